"""Set C of the constructed pages: body sources, synthetic furniture text, block renderers, and
the four families that are markup patterns rather than publishing systems (hashed CSS-in-JS divs,
a mega menu with a long table of contents, teasers marked up as `<article>`, `<br><br>` runs in
a table cell); page_families_c.py holds the other ten and `build_pages`.

Why a third set: sets A and B have both been used to find and fix extraction failures, so they no
longer say how digest does on page structures it was not fixed on. Set C was written in session 7
(helper h-pages3) without reading digest's extraction code, notes or any helper's report, imitating
14 other real publishing structures, and frozen (committed) before digest was first run on it: it
is the held-out check of the session's extraction changes. The plumbing (Ctx, Pool, Page,
gold_text, flow, teaser lists) is set A's and set B's, imported.

Bodies, read at run time from ../shared/data (never copied into the repo), chosen to be little
used by sets A and B:
- ECB+ documents of the `ecb` half (../shared/data/stories), which neither set uses (set B takes
  the `ecbplus` half); they carry no headline, so the first sentence becomes the headline and the
  body starts at the second sentence (wire stories and portals often print the lede as headline);
- BBC News texts by category (sport for match reports, business for markets, tech for science
  releases, entertainment for episode pages, politics for the plain-div sites), drawn with set C's
  own seeds (sets A and B each draw about 150 of the 2,225 per seed);
- full-content English feed entries for the blog-like families (block theme, Tumblr), and entries
  with subheadings for the long-contents family.

The gold follows sets A and B (page_templates.py, page_templates_b.py), the convention of the 181
real gold texts: body paragraphs, subheadings, lists, tables, quotes, the dateline; never the
headline, standfirst, byline, captions, pull quotes, comments or page furniture. Decisions for
structures sets A and B lack (where the 181 real pages show one, it decided):
- wire credits at the end of a wire story ("___ Associated Press writer X contributed to this
  report", "(Reporting by X; Editing by Y)") are not article: the 181 real gold texts leave them
  out (contributor lines 2 of 2, Reporting/Editing lines 2 of 3); the copyright line is not either;
- inline ticker chips inside a sentence ("shares of Northwind NWD +1.24% rose") are article text
  (they sit inside the paragraph a reader copies); the quote table box, market strip and the
  "not investment advice" disclaimer are not;
- a science release: the body and its funding paragraph are article; the Journal / DOI / method /
  article-title metadata, the disclaimer, media contacts and "Cite this page" are not;
- an obituary: the obituary text is article; the name and life dates (the headline), service
  times and places box, guestbook entries, flower/tree calls to action are not;
- an episode page: the show notes (description, the "Links" list and the section headings "Show
  notes", "Links", "Transcript") and the transcript with its speaker labels are article; the
  player, "Listen on" buttons, chapter timestamps, sponsor lines and other episodes are not;
- a match report: the report text is article; the score box, line-ups, match-stats table and the
  minute-by-minute live text tail are not (data widgets and another tab's feed, not the report);
- a local paper's "If you go" block of bold-labelled paragraphs inside the body is article; the
  comment rules, "Be the first to know" alerts and e-edition promos are not;
- a Tumblr post: the post text and the reblogged text it quotes are article; notes ("x reblogged
  this from y and added: ..."), tags, source line are not;
- a block theme: paragraphs inside groups, columns and covers are article; a query/related block,
  donate and newsletter blocks, embeds' captions, pull quotes, "Republish this story" are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import json
import random
import string

from page_templates import (
    DATA,
    PEOPLE,
    Block,
    Body,
    Ctx,
    date,
    esc,
    feed_bodies,
    slug,
)
from page_templates_b import (
    _ecb_paragraphs,
    ad_slot,
    block_html,
    blog_bodies,
    first_words,
    flow,
    headlines,
    inserts,
    promo_card,
    signup_insert,
    site_footer,
    teaser_list,
    top_nav,
)

# ---------------------------------------------------------------------------------------------
# Sources


def ecb_lede_bodies() -> list[Body]:
    """ECB+ `ecb` documents: first sentence as headline, the rest (>= 120 words) as the body."""
    bodies = []
    path = DATA / "stories" / "ecbplus_docs.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["subtopic"] != "ecb":
            continue
        lines = [" ".join(s.split()) for s in row["text"].splitlines() if s.strip()]
        if len(lines) < 5:
            continue
        title = lines[0]
        rest = [s for s in lines[1:] if len(s.split()) >= 4 and s != title]
        if not 5 <= len(title.split()) <= 32:
            continue
        blocks = _ecb_paragraphs(rest, random.Random(f"c:{row['doc_id']}"))
        b = Body(title, blocks, "en", f"ecb:{row['doc_id']}")
        if len(blocks) >= 4 and b.words() >= 120:
            bodies.append(b)
    return bodies


def bbc_category(bodies: list[Body], category: str) -> list[Body]:
    return [b for b in bodies if b.source.startswith(f"bbc:{category}/") and b.words() >= 150]


def headed_bodies() -> list[Body]:
    """Feed entries in English with at least two subheadings and three paragraphs."""
    return [
        b
        for b in map(without_title_echo, feed_bodies())
        if b.lang == "en"
        and sum(k == "h" for k, _ in b.blocks) >= 2
        and sum(k == "p" for k, _ in b.blocks) >= 3
        and b.words() >= 200
    ]


def without_title_echo(b: Body) -> Body:
    """The body without a first block that repeats the headline (feeds often print it twice):
    the headline is never gold, so its echo would count against an extractor that drops it."""
    first = b.blocks[0] if b.blocks else ("", "")
    if " ".join(str(first[1]).split()).lower() == " ".join(b.title.split()).lower():
        return Body(b.title, b.blocks[1:], b.lang, b.source)
    return b


def short_blog_bodies() -> list[Body]:
    return [b for b in map(without_title_echo, blog_bodies()) if 60 <= b.words()]


# ---------------------------------------------------------------------------------------------
# Small synthetic texts (furniture only; bodies stay real texts)


def hashed(c: Ctx) -> str:
    """A CSS-in-JS class name: "css-1q2w3e4 e1abc0" (emotion / styled-components style)."""
    alphabet = string.ascii_lowercase + string.digits
    a = "".join(c.rng.choice(alphabet) for _ in range(c.rng.randint(5, 7)))
    b = "".join(c.rng.choice(alphabet) for _ in range(c.rng.randint(5, 7)))
    return f"css-{a} e{b}{c.rng.randint(0, 9)}"


_HANDLE_A = (
    "moonlit quiet paper velvet static coffee tiny lost golden rainy midnight softer".split()
)
_HANDLE_B = (
    "archive fox garden notes ghost reader daydream radio orchard lantern tapes room".split()
)


def handle(rng: random.Random) -> str:
    return f"{rng.choice(_HANDLE_A)}-{rng.choice(_HANDLE_B)}{rng.choice(['', '', str(rng.randint(1, 99))])}"


_CLUBS_A = "Northbridge Eastfield Kingsport Westhaven Ashford Riverside Millbrook Stonegate".split()
_CLUBS_B = ["United", "City", "Rovers", "Athletic", "Town", "Albion", "Wanderers", "FC"]
_SURNAMES = "Walker Okoro Silva Brennan Novak Haddad Lindqvist Moreau Tanaka Kowalski Reyes Byrne Adeyemi Fischer Costa Murphy Petrov Nilsson Ward Duarte".split()
_INITIALS = "A. B. C. D. J. K. L. M. R. S. T.".split()


def club(rng: random.Random) -> str:
    return f"{rng.choice(_CLUBS_A)} {rng.choice(_CLUBS_B)}"


def player(rng: random.Random) -> str:
    return f"{rng.choice(_INITIALS)} {rng.choice(_SURNAMES)}"


_COMMENTARY = [
    "Full time. {h} {hs}, {a} {as_}.",
    "Second half ends, {h} {hs}, {a} {as_}.",
    "Substitution, {team}. {p1} replaces {p2}.",
    "Foul by {p1} ({team}).",
    "{p1} ({team}) wins a free kick in the defensive half.",
    "Attempt saved. {p1} ({team}) right footed shot from outside the box is saved in the centre of the goal.",
    "Corner, {team}. Conceded by {p2}.",
    "Offside, {team}. {p1} is caught offside.",
    "Attempt missed. {p1} ({team}) header from the centre of the box misses to the left.",
    "{p1} ({team}) is shown the yellow card for a bad foul.",
    "Delay in match because of an injury {p2} ({team}).",
    "Attempt blocked. {p1} ({team}) left footed shot from the left side of the box is blocked.",
]


def commentary(c: Ctx, home: str, away: str, hs: int, as_: int, n: int) -> str:
    items = []
    minute = 90 + c.rng.randint(2, 6)
    for k in range(n):
        line = _COMMENTARY[0] if k == 0 else c.rng.choice(_COMMENTARY[2:])
        team = c.rng.choice([home, away])
        text = line.format(
            h=home, a=away, hs=hs, as_=as_, team=team, p1=player(c.rng), p2=player(c.rng)
        )
        shown = f"90'+{minute - 90}" if minute > 90 else f"{minute}'"
        items.append(
            f'<li class="commentary-item"><span class="time">{shown}</span><p>{esc(text)}</p></li>'
        )
        minute -= c.rng.randint(1, 4)
    c.used.append("live-text-tail")
    return f'<section class="live-text"><h2>Live Text</h2><ol class="commentary">{"".join(items)}</ol><button>Show more</button></section>'


_TICKERS = ["NWD", "BLPK", "CRDL", "HLX", "MRDN", "SMT", "VTG", "EVGN", "ORCA", "ZNTH", "QRTZ"]
_INDICES = ["DOW", "S&P 500", "NASDAQ", "FTSE 100", "DAX", "NIKKEI", "10-YR", "OIL", "GOLD", "BTC"]


def pct(rng: random.Random) -> str:
    v = rng.uniform(-4, 4)
    return f"{'+' if v >= 0 else ''}{v:.2f}%"


def quote_chip(c: Ctx) -> tuple[str, str]:
    """(HTML, text) of an inline ticker chip."""
    t, ch = c.rng.choice(_TICKERS), pct(c.rng)
    cls = "up" if ch.startswith("+") else "down"
    return (
        f'<a class="QuoteChip" href="/quotes/{t}/"><span class="sym">{t}</span><span class="QuoteChip-change {cls}">{ch}</span></a>',
        f"{t} {ch}",
    )


def market_strip(c: Ctx) -> str:
    c.used.append("market-strip")
    items = "".join(
        f'<li><a href="/quotes/{slug(i)}/"><span class="name">{esc(i)}</span><span class="last">{c.rng.uniform(100, 40000):,.2f}</span><span class="chg">{pct(c.rng)}</span></a></li>'
        for i in c.rng.sample(_INDICES, 6)
    )
    return f'<div class="MarketsBanner"><ul>{items}</ul></div>'


def quote_table(c: Ctx) -> str:
    c.used.append("quote-table")
    rows = "".join(
        f"<tr><td><a href='/quotes/{t}/'>{t}</a></td><td>{c.rng.uniform(5, 900):.2f}</td><td>{c.rng.uniform(-9, 9):+.2f}</td><td>{pct(c.rng)}</td></tr>"
        for t in c.rng.sample(_TICKERS, c.rng.randint(2, 5))
    )
    return (
        '<div class="QuoteTable"><table><thead><tr><th>Symbol</th><th>Last</th><th>Chg</th><th>%Chg</th></tr></thead>'
        f'<tbody>{rows}</tbody></table><p class="QuoteTable-time">Data as of {c.rng.randint(1, 4)}:{c.rng.randint(10, 59)} PM ET. Quotes delayed at least 15 minutes.</p></div>'
    )


_JOURNALS = [
    "Nature Communications",
    "Science Advances",
    "PLOS ONE",
    "The Lancet",
    "Cell Reports",
    "Journal of Applied Physics",
    "Proceedings of the National Academy of Sciences",
    "Environmental Research Letters",
]
_FUNDERS = [
    "the National Science Foundation",
    "the European Research Council",
    "the Wellcome Trust",
    "the National Institutes of Health",
    "the Engineering and Physical Sciences Research Council",
    "the Swiss National Science Foundation",
]
_UNIS = [
    "University of Northfield",
    "Eastbrook Institute of Technology",
    "Lakeside University",
    "Royal College of Westmoor",
    "Southern Plains University",
    "Helmholtz-style Research Centre Ostwald",
]


def funding(rng: random.Random) -> str:
    a, b = rng.sample(_FUNDERS, 2)
    return (
        f"The research was supported by {a} (grant {rng.randint(1_000_000, 9_999_999)}) and by {b}. "
        f"The funders had no role in study design, data collection and analysis, or the decision to publish."
    )


_CONDOLENCES = [
    "Our deepest sympathy to the family.",
    "She was the kindest neighbour anyone could ask for, and we will miss her smile.",
    "So sorry for your loss. Keeping you all in our thoughts and prayers.",
    "I worked with him for many years and he always had time for a word and a laugh.",
    "Rest in peace, old friend. The lake will not be the same without you.",
    "Sending love and strength to the whole family at this difficult time.",
    "What a wonderful life, and what a wonderful person. Thank you for everything.",
    "We have so many happy memories of summers together. Heartfelt condolences.",
    "May the memories you shared bring you comfort in the days ahead.",
    "A true gentleman who will be greatly missed by everyone at the club.",
]

_CITIES = ["Springfield", "Riverton", "Fairview", "Greenville", "Oak Harbor", "Milford", "Salem"]


def guestbook(c: Ctx, n: int) -> str:
    c.used.append("guestbook")
    items = []
    for _ in range(n):
        text = " ".join(c.rng.sample(_CONDOLENCES, c.rng.randint(1, 3)))
        items.append(
            f'<div class="guestbook-entry"><p class="entry-text">{esc(text)}</p>'
            f'<p class="entry-signature">{c.rng.choice(PEOPLE)} · {c.rng.choice(_CITIES)} · {date(c.rng)}</p>'
            '<div class="entry-actions"><a>Like</a> <a>Report</a></div></div>'
        )
    return (
        f'<section class="guestbook"><h2>Guest Book</h2><p class="guestbook-intro">Sign the guest book to share a memory or offer condolences.</p>'
        f'<form><textarea placeholder="Share a memory"></textarea><button>Sign Guest Book</button></form>{"".join(items)}'
        f'<a class="view-all">View all {n + c.rng.randint(0, 40)} entries</a></section>'
    )


_PLATFORMS = ["Apple Podcasts", "Spotify", "Overcast", "Pocket Casts", "YouTube", "RSS"]
_CHAPTERS = [
    "Intro",
    "Catching up",
    "The main story",
    "Listener question",
    "What we got wrong last week",
    "Recommendations",
    "Sponsor break",
    "Wrap-up",
]
_SPONSORS = [
    "This episode is sponsored by Northwind Mattress. Go to northwind.example/show for 20% off.",
    "Support for this show comes from Helix VPN. Try it free for 30 days at helix.example.",
    "Thanks to Bluepeak Coffee for supporting the show: use code LISTEN for a free bag.",
]


def chapters(c: Ctx) -> str:
    c.used.append("chapters")
    t, items = 0, []
    for name in c.rng.sample(_CHAPTERS, c.rng.randint(4, 7)):
        items.append(f'<li><a href="#t={t}">{t // 60:02d}:{t % 60:02d}</a> {esc(name)}</li>')
        t += c.rng.randint(180, 900)
    return f'<h3>Chapters</h3><ul class="chapters">{"".join(items)}</ul>'


_SECTION_MENU = {
    "News": ["Local", "National", "World", "Politics", "Education", "Crime", "Obituaries"],
    "Business": ["Markets", "Economy", "Real estate", "Personal finance", "Technology", "Jobs"],
    "Sports": ["Football", "Basketball", "Baseball", "High school", "College", "Outdoors"],
    "Opinion": ["Editorials", "Columnists", "Letters", "Guest opinion", "Cartoons"],
    "Life": ["Food", "Travel", "Health", "Home & garden", "Books", "Arts", "Movies", "Music"],
    "Guides": ["Best of", "How to", "Explainers", "Events calendar", "Weather", "Traffic"],
}


def mega_menu(c: Ctx, blurbs: bool) -> str:
    """A three-level menu with, on some sites, a one-line blurb under each item."""
    c.used.append("mega-menu" + ("+blurbs" if blurbs else ""))
    cols = []
    for top, subs in _SECTION_MENU.items():
        lis = []
        for s in subs:
            blurb = (
                f'<span class="menu-blurb">{esc(first_words(c.pool.headline(c.rng, c.body), 7))}</span>'
                if blurbs
                else ""
            )
            lis.append(f'<li><a href="/{slug(top)}/{slug(s)}/">{esc(s)}</a>{blurb}</li>')
        cols.append(
            f'<li class="menu-item has-children"><a href="/{slug(top)}/">{top}</a><ul class="sub-menu">{"".join(lis)}</ul></li>'
        )
    return f'<nav class="mega-menu" aria-label="Main"><button>Menu</button><ul>{"".join(cols)}</ul></nav>'


_GENERIC_HEADS = [
    "What happened",
    "Background",
    "Why it matters",
    "What people are saying",
    "The numbers",
    "What comes next",
    "How we got here",
    "The reaction",
]


def with_headings(c: Ctx, blocks: list[Block]) -> list[Block]:
    """A body that has no subheadings gets generic ones every two to four paragraphs."""
    if sum(k == "h" for k, _ in blocks) >= 2:
        return blocks
    heads = c.rng.sample(_GENERIC_HEADS, len(_GENERIC_HEADS))
    out: list[Block] = []
    i = c.rng.randint(1, 2)
    out += blocks[:i]
    while i < len(blocks) and heads:
        out.append(("h", heads.pop()))
        n = c.rng.randint(2, 4)
        out += blocks[i : i + n]
        i += n
    return out + blocks[i:]


def wp_block(c: Ctx, block: Block) -> tuple[str, list[Block]]:
    kind, value = block
    if kind == "p":
        return f"<p>{esc(str(value))}</p>", [block]
    if kind == "h":
        if c.rng.random() < 0.4:
            c.used.append("wp-cover-heading")
            return (
                f'<div class="wp-block-cover alignfull"><span class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background" src="/cv.jpg" alt="">'
                f'<div class="wp-block-cover__inner-container"><h2 class="wp-block-heading has-text-align-center">{esc(str(value))}</h2></div></div>',
                [block],
            )
        return f'<h2 class="wp-block-heading">{esc(str(value))}</h2>', [block]
    if kind in ("ul", "ol"):
        items = "".join(f"<li>{esc(str(v))}</li>" for v in value)  # type: ignore[attr-defined]
        return f'<{kind} class="wp-block-list">{items}</{kind}>', [block]
    if kind == "table":
        rows = "".join(
            "<tr>" + "".join(f"<td>{esc(x)}</td>" for x in row) + "</tr>"
            for row in value  # type: ignore[attr-defined]
        )
        cap = esc(first_words(c.pool.sentences(c.rng, c.body, 1), 10))
        return (
            f'<figure class="wp-block-table"><table><tbody>{rows}</tbody></table><figcaption class="wp-element-caption">{cap}</figcaption></figure>',
            [block],
        )
    return block_html(c, block)


# ---------------------------------------------------------------------------------------------
# Markup patterns


def fam_css_in_js(c: Ctx) -> tuple[str, list[Block]]:
    """A React site: divs only, hashed class names, no <article>, no semantic names."""

    def d(inner: str) -> str:
        return f'<div class="{hashed(c)}">{inner}</div>'

    tag = c.rng.choice(["p", "div"])
    parts: list[str] = []
    gold: list[Block] = []
    blocks = c.body.blocks
    for i, b in enumerate(blocks):
        if b[0] == "p":
            parts.append(d(f'<{tag} class="{hashed(c)}">{esc(str(b[1]))}</{tag}>'))
            gold.append(b)
        else:
            h, g = block_html(c, b)
            parts.append(d(h))
            gold += g
        if 0 < i < len(blocks) - 1 and c.rng.random() < 0.15:
            t = c.pool.headline(c.rng, c.body)
            c.used.append("inline-teaser")
            parts.append(
                d(
                    d(
                        f'<a href="https://{c.site}/{slug(t)}"><span class="{hashed(c)}">Read more</span>{d(esc(t))}</a>'
                    )
                )
            )
    nav_links = "".join(
        d(f'<a href="/{slug(s)}">{s}</a>')
        for s in [
            "World",
            "U.S.",
            "Politics",
            "Business",
            "Tech",
            "Science",
            "Health",
            "Sports",
            "Arts",
        ]
    )
    cards = "".join(
        d(
            d(f'<a href="https://{c.site}/{slug(t)}">{d(esc(t))}</a>')
            + d(esc(c.pool.sentences(c.rng, c.body, 1)))
        )
        for t in headlines(c, c.rng.randint(3, 6))
    )
    news = d(
        d("Sign up for the Morning newsletter")
        + d("Get the day's top stories and analysis, every weekday morning.")
        + f'<form class="{hashed(c)}"><input type="email" placeholder="Email address"><button class="{hashed(c)}">Sign up</button></form>'
    )
    person = c.rng.choice(PEOPLE)
    c.used += ["hashed-classes", f"paragraphs-in-{tag}", "cards-divs", "newsletter-divs"]
    html = (
        f'<body><div id="app">{d(d(f"<a href=/>{c.site}</a>") + d(nav_links))}'
        + d(
            d(f'<h1 class="{hashed(c)}">{esc(c.body.title)}</h1>')
            + d(esc(first_words(c.pool.sentences(c.rng, c.body, 1), 18)))
            + d(d(f"By {person}") + d(date(c.rng)))
            + d('<img src="/h.jpg" alt="">' + d(esc(c.pool.sentences(c.rng, c.body, 1))))
            + d("".join(parts))
            + d(d(f"{person} is a correspondent based in {c.rng.choice(_CITIES)}."))
        )
        + d(d("More to read") + cards)
        + news
        + d(d("© Media Company") + d("Terms · Privacy · Help"))
        + "</div></body></html>"
    )
    return html, gold


def fam_toc_menu(c: Ctx) -> tuple[str, list[Block]]:
    """A guide behind a mega menu and a long table of contents (with sub-entries)."""
    blocks = with_headings(c, c.body.blocks)
    blurbs = c.rng.random() < 0.5
    heads = [str(v) for k, v in blocks if k == "h"]
    toc_items = []
    for h in heads:
        sub = ""
        if c.rng.random() < 0.4:
            sub = (
                "<ul>"
                + "".join(
                    f'<li><a href="#{slug(h)}-{k}">{esc(first_words(c.pool.headline(c.rng, c.body), 5))}</a></li>'
                    for k in range(c.rng.randint(1, 3))
                )
                + "</ul>"
            )
        toc_items.append(f'<li><a href="#{slug(h)}">{esc(h)}</a>{sub}</li>')
    toc = f'<nav class="toc" aria-label="Table of contents"><h2>Table of Contents</h2><ol>{"".join(toc_items)}</ol><button>Hide</button></nav>'
    body, gold = flow(c, blocks, inserts(c, (promo_card, ad_slot)), c.rng.randint(0, 2))
    c.used += ["long-toc"]
    person = c.rng.choice(PEOPLE)
    html = (
        f'<body><header class="site-header"><a class="logo" href="/">{c.site}</a>{mega_menu(c, blurbs)}<a>Subscribe</a></header>'
        f'<main><nav class="breadcrumb"><a href="/">Home</a> / <a href="/guides/">Guides</a></nav><div class="guide">'
        f'<h1>{esc(c.body.title)}</h1><p class="byline">By {person} · Reviewed by {c.rng.choice(PEOPLE)} · Updated {date(c.rng)}</p>'
        f'{toc}<div class="guide-body">{body}</div>'
        f'<div class="was-helpful">Was this guide helpful? <button>Yes</button> <button>No</button></div></div>'
        f"{teaser_list(c, 'Related guides', 5, excerpt=True)}</main>{site_footer(c, 14)}</body></html>"
    )
    return html, gold


def fam_article_cards(c: Ctx) -> tuple[str, list[Block]]:
    """Teaser cards, a sign-up promo and a most-popular list that are each `<article>`s."""
    body, gold = flow(c, c.body.blocks, inserts(c, (promo_card,)), c.rng.randint(0, 2))
    main_is_article = c.rng.random() < 0.5
    person = c.rng.choice(PEOPLE)

    def card(t: str, excerpt: bool) -> str:
        ex = (
            f'<p class="card-excerpt">{esc(c.pool.sentences(c.rng, c.body, c.rng.randint(2, 3)))}</p>'
            if excerpt
            else ""
        )
        return f'<article class="card"><a href="https://{c.site}/{slug(t)}/"><img src="/c.jpg" alt=""><h3 class="card-title">{esc(t)}</h3></a>{ex}<span class="card-meta">{c.rng.choice(PEOPLE)} · {date(c.rng)}</span></article>'

    promo = (
        '<article class="promo newsletter-promo"><h2>The Evening Brief</h2>'
        "<p>Everything you need to know at the end of the day, in one short email. Our editors pick the stories that matter, explain what they mean and point you to the best reads from around the web. "
        "Join more than 200,000 readers who start their evening with us. It's free, and you can unsubscribe at any time with one click.</p>"
        '<form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form><p class="legal">By subscribing you agree to our Terms and Privacy Policy.</p></article>'
    )
    popular = "".join(
        f'<article class="popular-item"><span class="rank">{k + 1}</span><h4>{c.link(t)}</h4></article>'
        for k, t in enumerate(headlines(c, 5))
    )
    c.used += ["cards-as-article", "promo-as-article", "popular-as-article"]
    c.used.append("main-article" if main_is_article else "main-div")
    tag = "article" if main_is_article else "div"
    lead_cards = "".join(card(t, True) for t in headlines(c, c.rng.randint(1, 2)))
    html = (
        f'<body><header>{top_nav(c)}</header><main class="layout">'
        f'<div class="top-rail">{lead_cards}</div>'
        f'<{tag} class="story"><div class="story-head"><h1>{esc(c.body.title)}</h1><p class="byline">{person} · {date(c.rng)}</p></div>'
        f'<div class="story-text">{body}</div></{tag}>{promo}'
        f'<section class="more"><h2>More stories</h2>{"".join(card(t, c.rng.random() < 0.7) for t in headlines(c, c.rng.randint(4, 8)))}</section>'
        f'<aside class="popular"><h3>Most popular</h3>{popular}</aside></main>{signup_insert(c)}{site_footer(c)}</body></html>'
    )
    return html, gold


def fam_legacy_br(c: Ctx) -> tuple[str, list[Block]]:
    """An old table-layout site: the story is text runs split by <br><br> in one cell."""
    paras = [b for b in c.body.blocks if b[0] == "p"]
    runs = "<br><br>\n".join(esc(str(v)) for _, v in paras)
    gold: list[Block] = list(paras)
    font = c.rng.random() < 0.5
    story = f'<font face="Verdana" size="2">{runs}</font>' if font else runs
    others = "".join(
        f'<tr><td class="small"><a href="/news/story.php?id={c.rng.randint(1000, 99999)}">{esc(t)}</a> <font color="#999">({date(c.rng)})</font></td></tr>'
        for t in headlines(c, c.rng.randint(4, 8))
    )
    left = "".join(
        f'<a href="/{slug(s)}.php">{s}</a><br>'
        for s in [
            "Home",
            "Local News",
            "Sports",
            "Obituaries",
            "Classifieds",
            "Weather",
            "Contact Us",
            "Archives",
        ]
    )
    c.used += [
        "table-layout",
        "br-paragraphs",
        "printer-friendly",
        "other-headlines",
        "hit-counter",
    ]
    in_div = c.rng.random() < 0.5
    cell = f'<div class="storytext">{story}</div>' if in_div else story
    html = (
        '<body bgcolor="#ffffff"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2">'
        f'<a href="/"><img src="/banner.gif" alt="{c.site}"></a></td></tr><tr><td width="160" valign="top" class="leftnav">{left}'
        '<br><img src="/ad160.gif" alt="Advertisement"></td><td valign="top"><table width="100%" cellpadding="6"><tr><td>'
        f'<font size="4"><b>{esc(c.body.title)}</b></font><br><font size="1">By {c.rng.choice(PEOPLE)}, Staff Writer<br>{date(c.rng)}</font></td></tr>'
        f'<tr><td class="story">{cell}</td></tr>'
        '<tr><td><a href="?print=1">Printer-friendly version</a> | <a href="mailto:?subject=story">E-mail this story</a></td></tr></table>'
        f'<table width="100%"><tr><td><b>Other headlines</b></td></tr>{others}</table></td></tr>'
        f'<tr><td colspan="2" align="center"><font size="1">Copyright © {c.rng.randint(1998, 2012)} {c.site}. All rights reserved.<br>You are visitor number {c.rng.randint(10000, 999999)}</font></td></tr></table></body></html>'
    )
    return html, gold

"""Set C of the constructed pages: 14 template families that sets A and B lack, and `build_pages`.

Each family imitates a real, common publishing structure: a big-metro newspaper on Arc XP, a
local paper on TownNews BLOX, a WordPress block theme (Newspack-like), a Tumblr text post, a
football match report, a markets story, a science news release, an obituary, a podcast episode
page, a wire story on a portal, a site of hashed CSS-in-JS divs, a guide behind a mega menu and a
long table of contents, a page whose teasers and sign-up form are themselves `<article>`s, and an
old table-layout site whose paragraphs are `<br><br>` runs in one cell. Furniture sits both around
the article and inside its container. Written blind to digest's extraction rules and frozen
before digest was first run on it (session 7); the gold convention and the decisions for new
structures are in page_templates_c.py's docstring.

    .venv/bin/python bench/bench_pages.py --set c --seed 201
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import random
from collections.abc import Callable

from page_families_b import family_pages
from page_templates import (
    _SENT,
    PEOPLE,
    Block,
    Body,
    Ctx,
    Page,
    Pool,
    bbc_bodies,
    date,
    esc,
    gold_text,
    slug,
)
from page_templates_b import (
    ad_slot,
    block_html,
    first_words,
    flow,
    headlines,
    image_block,
    label_links,
    site_footer,
    teaser_list,
    top_nav,
    video_block,
)
from page_templates_c import (
    _CITIES,
    _JOURNALS,
    _PLATFORMS,
    _SPONSORS,
    _UNIS,
    bbc_category,
    chapters,
    club,
    commentary,
    ecb_lede_bodies,
    fam_article_cards,
    fam_css_in_js,
    fam_legacy_br,
    fam_toc_menu,
    funding,
    guestbook,
    handle,
    headed_bodies,
    market_strip,
    player,
    quote_chip,
    quote_table,
    short_blog_bodies,
    wp_block,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]


def retitle(c: Ctx, title: str) -> None:
    c.body = Body(title, c.body.blocks, c.body.lang, c.body.source)


# ---------------------------------------------------------------------------------------------
# Newspapers


def fam_arc_metro(c: Ctx) -> tuple[str, list[Block]]:
    """A big-metro paper on Arc XP: one wrapper per paragraph, interstitial links, gift bar."""

    para = '<p class="wpds-c-cYdRxM wpds-c-cYdRxM-iPJLV-css overrideStyles font-copy" data-el="text" data-apitype="text">'

    def wrap(h: str) -> str:
        return (
            '<div class="article-body" data-qa="article-body-wrapper">'
            + h.replace("<p>", para)
            + "</div>"
        )

    def interstitial() -> str:
        c.used.append("interstitial-link")
        h = c.pool.headline(c.rng, c.body)
        return f'<div class="article-body"><p class="interstitial" data-qa="interstitial-link"><b>Read more:</b> <a href="https://{c.site}/{slug(h)}/">{esc(h)}</a></p></div>'

    def continues() -> str:
        c.used.append("ad-continues")
        return '<div class="wpds-c-hXZdwP"><div class="ad-label">Story continues below advertisement</div><div id="slug_inline_1"></div></div>'

    def fix_newsletter() -> str:
        c.used.append("newsletter-inline")
        return '<div data-qa="newsletter-inline" class="nl-inline"><p><b>Sign up for The 5-Minute Fix</b>, a daily guide to the news, delivered to your inbox.</p><button>Sign up</button></div>'

    body, gold = flow(
        c,
        c.body.blocks,
        [interstitial, continues, fix_newsletter, lambda: image_block(c, "figure")],
        c.rng.randint(2, 5),
        wrap=wrap,
    )
    people = c.rng.sample(PEOPLE, c.rng.randint(1, 2))
    bios = "".join(
        f'<div class="author-bio" data-qa="author-bio"><a href="/people/{slug(p)}/">{p}</a><p>{p} is a reporter covering {c.rng.choice(["the White House", "local government", "national security", "climate", "transportation"])} for the paper. {p.split()[0]} joined in {c.rng.randint(2005, 2022)} from a regional daily.</p><a>Follow</a></div>'
        for p in people
    )
    most = "".join(
        f'<li><span class="num">{i + 1}</span><a href="https://{c.site}/{slug(t)}/">{esc(t)}</a></li>'
        for i, t in enumerate(headlines(c, 5))
    )
    c.used += ["gift-bar", "listen", "author-bios", "most-read-rail", "more-from-cards"]
    kicker = c.rng.choice(["Politics", "Local", "World", "National", "Investigations"])
    html = (
        f'<body><div id="__next"><div class="wpds-c-PJLV sticky-top"><header class="wpds-c-kYjkYq">{top_nav(c, ["Sections", "Politics", "Opinions", "Style", "Investigations", "Climate", "Tech", "Lifestyle", "World"])}'
        '<a href="/subscribe">Subscribe</a> <a href="/signin">Sign in</a></header></div>'
        f'<main id="main-content"><article class="wpds-c-dHkKIA"><div class="headline-kicker"><a href="/{slug(kicker)}/">{kicker}</a></div>'
        f'<h1 data-qa="headline"><span data-qa="headline-text">{esc(c.body.title)}</span></h1>'
        f'<h2 data-qa="subheadline" class="font-body">{esc(first_words(c.pool.sentences(c.rng, c.body, 1), 20))}</h2>'
        f'<div data-qa="author-byline">By {" and ".join(f"<a href=/people/{slug(p)}/>{p}</a>" for p in people)}</div>'
        f'<div data-qa="timestamp"><span>Updated {date(c.rng)} at {c.rng.randint(1, 11)}:{c.rng.randint(10, 59)} p.m. EST</span></div>'
        f'<div class="share-bar" data-qa="share-bar"><button>Gift Article</button><button>Share</button><button data-qa="comments-btn">{c.rng.randint(20, 4000):,}</button><button>Save</button></div>'
        f'<div data-qa="listen"><button>Listen</button><span>{c.rng.randint(3, 12)} min</span></div>'
        f'<div data-qa="lead-art">{image_block(c, "figure")}</div>'
        f'<div class="grid-body" data-qa="article-body">{body}</div>'
        f'<div data-qa="article-end"><div class="share-bar"><button>Gift Article</button><button>Share</button></div>{bios}</div></article>'
        f'<aside class="right-rail" data-qa="right-rail"><div data-qa="most-read"><h2>Most Read {kicker}</h2><ol>{most}</ol></div></aside>'
        f"{teaser_list(c, 'More from the paper', 6, excerpt=True)}</main>"
        f"{site_footer(c, 14)}</div></body></html>"
    )
    return html, gold


_RULES = (
    "<strong>Welcome to the discussion.</strong> Keep it Clean. Please avoid obscene, vulgar, lewd, racist or "
    "sexually-oriented language. PLEASE TURN OFF YOUR CAPS LOCK. Don't Threaten. Threats of harming another person "
    "will not be tolerated. Be Truthful. Don't knowingly lie about anyone or anything. Be Nice. No racism, sexism or "
    "any sort of -ism that is degrading to another person. Be Proactive. Use the 'Report' link on each comment to let "
    "us know of abusive posts. Share with Us. We'd love to hear eyewitness accounts, the history behind an article."
)


def fam_blox_local(c: Ctx) -> tuple[str, list[Block]]:
    """A local paper on TownNews BLOX: preview/subscriber-only split, comment rules, alerts."""
    blocks = list(c.body.blocks)
    cut = c.rng.randint(1, min(3, len(blocks) - 1))
    pre, g1 = flow(c, blocks[:cut], [], 0)
    related = (
        '<div class="inline-asset inline-related"><h4>Related to this story</h4><ul>'
        + "".join(f"<li>{c.link(t)}</li>" for t in headlines(c, c.rng.randint(2, 4)))
        + "</ul></div>"
    )

    def support() -> str:
        c.used.append("support-local")
        return '<div class="tncms-inline-promo"><p><strong>Support local journalism.</strong> Subscribe today for unlimited digital access.</p><a class="btn">Subscribe</a></div>'

    rest, g2 = flow(c, blocks[cut:], [lambda: related, support], c.rng.randint(1, 2))
    gold = g1 + g2
    event = ""
    if c.rng.random() < 0.45:
        what = first_words(c.body.title, 6)
        where = f"{c.rng.choice(['Civic Center', 'Memorial Park', 'Public Library', 'Grange Hall'])}, {c.rng.randint(10, 999)} {c.rng.choice(['Main', 'Oak', 'Elm', 'River'])} St."
        items = [
            ("What:", what),
            (
                "When:",
                f"{c.rng.randint(5, 8)} p.m. {c.rng.choice(['Friday', 'Saturday', 'Sunday'])}",
            ),
            ("Where:", where),
            (
                "Cost:",
                c.rng.choice(["Free", f"${c.rng.randint(5, 40)}; children under 12 free"]),
            ),
        ]
        event = "<p><strong>If you go</strong></p>" + "".join(
            f"<p><strong>{k}</strong> {esc(v)}</p>" for k, v in items
        )
        gold += [("p", "If you go")] + [("p", f"{k} {v}") for k, v in items]
        c.used.append("if-you-go")
    cal = ""
    if c.rng.random() < 0.5:
        c.used.append("events-calendar-card")
        cal = (
            '<div class="tnt-event-card"><h4>Upcoming Events</h4><ul>'
            + "".join(
                f"<li><span>{date(c.rng)}</span> {esc(first_words(t, 6))} <span>{c.rng.choice(_CITIES)}</span></li>"
                for t in headlines(c, 3)
            )
            + "</ul></div>"
        )
    person = c.rng.choice(PEOPLE)
    popular = "".join(f"<li>{c.link(t)}</li>" for t in headlines(c, 5))
    c.used += ["comment-rules", "breaking-alerts", "popular-tabs", "e-edition"]
    html = (
        f'<body class="tncms"><div id="site-container"><header id="site-header"><div id="site-top-nav">{top_nav(c, ["News", "Sports", "Obituaries", "Opinion", "Lifestyles", "Classifieds", "e-Edition", "Jobs", "Contests"])}</div>'
        f'<div class="masthead"><a href="/">{c.site}</a></div></header><div id="main-page-container"><section id="main-body"><div class="row"><div class="col-md-8 main-content">'
        '<article class="asset clearfix story" itemscope itemtype="http://schema.org/NewsArticle">'
        f'<header class="asset-header"><ul class="list-inline"><li><a class="asset-section" href="/news/local/">Local News</a></li></ul>'
        f'<h1 class="headline"><span class="asset-headline tnt-headline" itemprop="headline">{esc(c.body.title)}</span></h1>'
        f'<ul class="list-inline asset-byline"><li><span itemprop="author">{person}</span> <span class="tnt-byline-title">Staff Writer</span></li><li><time>{date(c.rng)}</time></li></ul>'
        '<div class="share-container"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a><a>SMS</a><a>Email</a><a>Print</a><a>Copy article link</a><a>Save</a></div></header>'
        f'<div class="asset-photo">{image_block(c, "figure")}</div>'
        f'<div class="asset-body"><div class="asset-content subscriber-premium" itemprop="articleBody"><div class="subscriber-preview">{pre}</div>'
        '<div class="tnt-ads-container"><div class="tnt-ads">Advertisement</div></div>'
        f'<div class="subscriber-only">{rest}{event}</div></div></div>{cal}'
        f'<div class="asset-tags"><h4>Tags</h4><ul class="list-inline">{"".join(f"<li><a href=/tags/{slug(w)}>{w}</a></li>" for w in ["Local news", "Government", "Community"])}</ul></div>'
        f'<div class="asset-author"><h5>{person}</h5><p>Reporter</p><a href="mailto:x@{c.site}">Email</a></div>'
        '<div class="tncms-block breaking-alerts"><h3>Be the first to know</h3><p>Get local news delivered to your inbox!</p><form><input type="email" placeholder="Email"><button>Sign up!</button></form></div>'
        f'<div id="asset-comments"><h4>Comments</h4><div class="comment-rules">{_RULES}</div><button>Load comments</button></div></article></div>'
        f'<div class="col-md-4"><aside><div class="tabs"><h3>Most Popular</h3><ul class="nav-tabs"><li>Stories</li><li>Videos</li><li>Commented</li></ul><ol>{popular}</ol></div>'
        f'<div class="e-edition"><h4>Latest e-Edition</h4><p>Read today\'s paper as it appeared in print.</p><a>Read now</a></div></aside></div></div></section></div>'
        f"{site_footer(c, 10)}</div></body></html>"
    )
    return html, gold


def fam_gutenberg(c: Ctx) -> tuple[str, list[Block]]:
    """A WordPress block theme (Newspack-like): groups, columns, covers, query and donate blocks."""
    gold: list[Block] = []
    out: list[str] = []
    blocks = c.body.blocks
    i = 0

    def query_block(n: int) -> str:
        c.used.append("wp-homepage-articles")
        arts = "".join(
            f'<article class="post-has-image"><figure class="post-thumbnail"><img src="/q.jpg"></figure><div class="entry-wrapper"><h3 class="entry-title"><a href="https://{c.site}/{slug(t)}/">{esc(t)}</a></h3>'
            f'<div class="excerpt"><p>{esc(c.pool.sentences(c.rng, c.body, 1))}</p></div><div class="entry-meta"><span class="byline">By {c.rng.choice(PEOPLE)}</span><time>{date(c.rng)}</time></div></div></article>'
            for t in headlines(c, n)
        )
        return f'<div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image"><h2 class="article-section-title">Related</h2><div data-posts>{arts}</div></div>'

    def furniture() -> str:
        what = c.rng.choice(["embed", "pullquote", "donate", "newsletter", "image", "separator"])
        c.used.append(f"wp-{what}")
        if what == "embed":
            cap = esc(c.pool.sentences(c.rng, c.body, 1))
            return f'<figure class="wp-block-embed is-type-video is-provider-youtube wp-embed-aspect-16-9"><div class="wp-block-embed__wrapper"><iframe title="{esc(first_words(c.pool.headline(c.rng, c.body), 6))}" src="https://www.youtube.example/embed/x"></iframe></div><figcaption class="wp-element-caption">{cap}</figcaption></figure>'
        if what == "pullquote":
            paras = [str(v) for k, v in blocks if k == "p"]
            q = _SENT.split(c.rng.choice(paras))[0] if paras else ""
            return f'<figure class="wp-block-pullquote"><blockquote><p>{esc(q)}</p><cite>{c.rng.choice(PEOPLE)}</cite></blockquote></figure>'
        if what == "donate":
            return '<div class="wp-block-newspack-blocks-donate"><h3>Support our nonprofit newsroom</h3><p>Our reporting is free to read and republish. It is made possible by readers like you. Give monthly, annually or once.</p><div class="tiers"><button>$10</button><button>$25</button><button>$50</button></div><button type="submit">Donate now</button></div>'
        if what == "newsletter":
            return '<div class="wp-block-newspack-newsletters-subscribe"><p class="newspack-newsletters-subscribe__title">Get our free weekly newsletter, with the stories you need to know.</p><form><input type="email" placeholder="Email address"><input type="submit" value="Sign up"></form></div>'
        if what == "image":
            cap = esc(c.pool.sentences(c.rng, c.body, 1))
            return f'<figure class="wp-block-image size-large"><img src="/w.jpg" alt=""><figcaption class="wp-element-caption">{cap} (Photo by {c.rng.choice(PEOPLE)})</figcaption></figure>'
        return '<hr class="wp-block-separator has-alpha-channel-opacity">'

    while i < len(blocks):
        n = c.rng.randint(1, 4)
        part = blocks[i : i + n]
        i += n
        htmls = []
        for b in part:
            h, g = wp_block(c, b)
            htmls.append(h)
            gold += g
        inner = "".join(htmls)
        roll = c.rng.random()
        if roll < 0.3:
            c.used.append("wp-group")
            out.append(
                f'<div class="wp-block-group is-layout-constrained"><div class="wp-block-group__inner-container">{inner}</div></div>'
            )
        elif roll < 0.45 and i < len(blocks):
            c.used.append("wp-columns")
            side = query_block(c.rng.randint(2, 3)) if c.rng.random() < 0.5 else furniture()
            out.append(
                f'<div class="wp-block-columns is-layout-flex"><div class="wp-block-column" style="flex-basis:66.66%">{inner}</div><div class="wp-block-column" style="flex-basis:33.33%">{side}</div></div>'
            )
        else:
            out.append(inner)
        if i < len(blocks) and c.rng.random() < 0.35:
            out.append(furniture())
    if c.rng.random() < 0.5:
        out.append(query_block(3))
    person = c.rng.choice(PEOPLE)
    thread = ""
    if c.rng.random() < 0.6:
        c.used.append("wp-comments-block")
        thread = (
            '<div class="wp-block-comments"><h2 class="wp-block-comments-title">'
            f"{c.rng.randint(1, 9)} responses</h2><ol class='wp-block-comment-template'>"
            + "".join(
                f'<li class="comment"><div class="wp-block-comment-author-name">{p}</div><div class="wp-block-comment-date">{date(c.rng)}</div><div class="wp-block-comment-content"><p>{esc(c.pool.sentences(c.rng, c.body, c.rng.randint(1, 3)))}</p></div><div class="wp-block-comment-reply-link"><a>Reply</a></div></li>'
                for p in c.rng.sample(PEOPLE, c.rng.randint(1, 4))
            )
            + '</ol><div class="wp-block-post-comments-form"><h3>Leave a Reply</h3><form><textarea></textarea><input type="submit" value="Post Comment"></form></div></div>'
        )
    c.used += ["republish", "wp-query-related"]
    related = "".join(
        f'<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="https://{c.site}/{slug(t)}/">{esc(t)}</a></h3><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{esc(c.pool.sentences(c.rng, c.body, 2))}</p></div></li>'
        for t in headlines(c, 3)
    )
    html = (
        f'<body class="wp-theme-newspack single single-post"><div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/">{c.site}</a></p>'
        f'<nav class="wp-block-navigation">{top_nav(c, ["News", "Environment", "Education", "Housing", "Health", "Data", "About", "Events"])}</nav>'
        '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link">Donate</a></div></div></div></header>'
        f'<main class="wp-block-group"><div class="wp-block-group"><div class="wp-block-post-terms"><a href="/category/news/">News</a></div><h1 class="wp-block-post-title">{esc(c.body.title)}</h1>'
        f'<div class="wp-block-post-author"><div class="wp-block-post-author__name">{person}</div></div><div class="wp-block-post-date"><time>{date(c.rng)}</time></div></div>'
        '<figure class="wp-block-post-featured-image"><img src="/f.jpg" alt=""></figure>'
        f'<div class="entry-content wp-block-post-content is-layout-constrained">{"".join(out)}</div>'
        '<div class="newspack-republish-button"><button>Republish this story</button></div>'
        f'<div class="wp-block-group author-bio"><h4>{person}</h4><p>{person} covers the environment and public health. Reach {person.split()[0]} at tips@{c.site}.</p></div>'
        f'<div class="wp-block-query"><h2>More stories</h2><ul class="wp-block-post-template">{related}</ul></div>{thread}</main>'
        f'<footer class="wp-block-template-part"><div class="wp-block-group"><p>{c.site} is a nonprofit newsroom.</p>{site_footer(c, 8)}</div></footer></div></body></html>'
    )
    return html, gold


def fam_tumblr(c: Ctx) -> tuple[str, list[Block]]:
    """A Tumblr text post: a short post (maybe a reblog trail), notes, tags."""
    limit = c.rng.randint(50, 260)
    blocks: list[Block] = []
    total = 0
    for b in c.body.blocks:
        if b[0] not in ("p", "ul", "ol", "quote"):
            continue
        n = len(gold_text([b]).split())
        if blocks and total + n > limit:
            break
        blocks.append(b)
        total += n
    owner, original = handle(c.rng), handle(c.rng)
    titled = c.rng.random() < 0.5
    if len(blocks) >= 2 and c.rng.random() < 0.5:
        c.used.append("reblog-trail")
        trail, g1 = flow(c, blocks[:-1], [], 0)
        mine, g2 = flow(c, blocks[-1:], [], 0)
        content = f'<div class="reblog-list"><div class="reblog-list-item"><a class="tumblelog" href="https://{original}.tumblr.example/">{original}</a>: <blockquote>{trail}</blockquote></div></div>{mine}'
        gold = g1 + g2
    else:
        content, gold = flow(c, blocks, [], 0)
    notes = []
    for _ in range(c.rng.randint(5, 25)):
        a, b = handle(c.rng), handle(c.rng)
        roll = c.rng.random()
        if roll < 0.25:
            notes.append(
                f'<li class="note reblog"><a href="#">{a}</a> reblogged this from <a href="#">{b}</a> and added:<blockquote>{esc(c.pool.sentences(c.rng, c.body, 1))}</blockquote></li>'
            )
        elif roll < 0.6:
            notes.append(
                f'<li class="note reblog"><a href="#">{a}</a> reblogged this from <a href="#">{b}</a></li>'
            )
        else:
            notes.append(f'<li class="note like"><a href="#">{a}</a> liked this</li>')
    c.used += ["tumblr-notes", "tumblr-tags", "ask-archive-links"]
    tags = " ".join(
        f'<a href="/tagged/{t}">#{t}</a>'
        for t in c.rng.sample(["thoughts", "writing", "life", "long post", "news", "personal"], 3)
    )
    title = f'<h2 class="post-title">{esc(c.body.title)}</h2>' if titled else ""
    html = (
        f'<body class="tumblr-theme"><div id="container"><header id="header"><h1><a href="/">{owner}</a></h1><p class="description">{esc(first_words(c.pool.headline(c.rng, c.body), 9))}</p>'
        '<nav><a href="/ask">Ask me anything</a> <a href="/submit">Submit a post</a> <a href="/archive">Archive</a> <a href="/random">Random</a></nav></header>'
        f'<section id="posts"><article class="post text" id="post-{c.rng.randint(10**10, 10**11)}"><div class="post-content">{title}<div class="body-text">{content}</div></div>'
        f'<div class="post-meta"><a class="date" href="#">{date(c.rng)}</a> · <a class="notes-link" href="#notes">{c.rng.randint(12, 40000):,} notes</a> · <a href="#">Reblog</a></div>'
        f'<div class="tags">{tags}</div><div class="source">Source: <a href="#">{original}</a></div>'
        f'<ol class="notes" id="notes">{"".join(notes)}</ol></article></section>'
        '<nav class="pagination"><a href="#">← Previous</a> <a href="#">Next →</a></nav>'
        "<footer><p>Theme by a tumblr user · Powered by Tumblr</p></footer></div></body></html>"
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# Page kinds


def fam_match_report(c: Ctx) -> tuple[str, list[Block]]:
    """A football match report: score box on top; line-ups, stats and live text after."""
    home, away = club(c.rng), club(c.rng)
    while away == home:
        away = club(c.rng)
    hs, as_ = c.rng.randint(0, 4), c.rng.randint(0, 3)

    def scorers(n: int) -> str:
        return "".join(
            f"<li>{player(c.rng)} ({c.rng.randint(2, 90)}'{c.rng.choice(['', '', ' pen'])})</li>"
            for _ in range(n)
        )

    score = (
        f'<div class="sp-scoreboard"><div class="team home"><span class="team-name">{home}</span><span class="score">{hs}</span></div>'
        f'<div class="status">FT</div><div class="team away"><span class="score">{as_}</span><span class="team-name">{away}</span></div>'
        f'<ul class="scorers home">{scorers(hs)}</ul><ul class="scorers away">{scorers(as_)}</ul>'
        f'<p class="venue">Venue: {c.rng.choice(_CITIES)} Stadium · Attendance: {c.rng.randint(3000, 60000):,}</p></div>'
    )
    tabs = '<nav class="match-tabs"><a class="active">Report</a><a>Live</a><a>Line-ups</a><a>Stats</a><a>Table</a></nav>'
    body, gold = flow(
        c, c.body.blocks, [lambda: image_block(c), lambda: video_block(c)], c.rng.randint(0, 2)
    )

    def lineup(team: str) -> str:
        xi = "".join(
            f"<li><span class='num'>{k}</span> {player(c.rng)}</li>"
            for k in c.rng.sample(range(1, 40), 11)
        )
        subs = "".join(f"<li>{player(c.rng)}</li>" for _ in range(7))
        return f'<div class="lineup"><h3>{team}</h3><ol>{xi}</ol><h4>Substitutes</h4><ul>{subs}</ul></div>'

    p = c.rng.randint(35, 65)
    stats = "".join(
        f"<tr><td>{a}</td><th>{k}</th><td>{b}</td></tr>"
        for k, a, b in [
            ("Possession", f"{p}%", f"{100 - p}%"),
            ("Shots", c.rng.randint(3, 20), c.rng.randint(3, 20)),
            ("Shots on target", c.rng.randint(0, 9), c.rng.randint(0, 9)),
            ("Corners", c.rng.randint(0, 12), c.rng.randint(0, 12)),
            ("Fouls", c.rng.randint(5, 18), c.rng.randint(5, 18)),
        ]
    )
    after = (
        f'<div class="potm"><h3>Player of the match</h3><p>Vote for your player of the match</p><ul>{"".join(f"<li><button>{player(c.rng)}</button></li>" for _ in range(4))}</ul></div>'
        f'<section class="lineups"><h2>Line-ups</h2>{lineup(home)}{lineup(away)}<p class="referee">Referee: {player(c.rng)}</p></section>'
        f'<section class="match-stats"><h2>Match Stats</h2><table><tbody>{stats}</tbody></table></section>'
        f"{commentary(c, home, away, hs, as_, c.rng.randint(8, 25))}"
    )
    inside = c.rng.random() < 0.5
    c.used += ["score-box", "match-tabs", "lineups", "stats-table", "potm-vote"]
    c.used.append("widgets-inside-article" if inside else "widgets-after-article")
    html = (
        f"<body><header>{top_nav(c, ['Football', 'Scores & Fixtures', 'Tables', 'Transfers', 'Cricket', 'Rugby', 'Tennis', 'Golf'])}</header>"
        f'<main><div class="match-header">{score}{tabs}</div><article class="match-report"><h1>{esc(c.body.title)}</h1>'
        f'<p class="byline">By {c.rng.choice(PEOPLE)} · Football reporter at {c.rng.choice(_CITIES)} Stadium</p>'
        f'<div class="story-body">{body}</div>{after if inside else ""}</article>{"" if inside else after}'
        f"{teaser_list(c, 'More on this story', 4)}</main>{site_footer(c)}</body></html>"
    )
    return html, gold


def fam_markets(c: Ctx) -> tuple[str, list[Block]]:
    """A markets story: ticker chips inside sentences, a quote table, a disclaimer."""
    gold: list[Block] = []
    parts: list[str] = []
    blocks = c.body.blocks
    table_at = c.rng.randint(1, max(1, len(blocks) - 1))
    for i, (kind, value) in enumerate(blocks):
        if i == table_at:
            parts.append(quote_table(c))
        if kind == "p" and c.rng.random() < 0.4:
            sents = _SENT.split(str(value))
            k = c.rng.randrange(len(sents))
            ws = sents[k].split()
            cut = c.rng.randint(1, max(1, len(ws) - 1))
            chip_html, chip_text = quote_chip(c)
            before, after = (
                " ".join(sents[:k] + [" ".join(ws[:cut])]),
                " ".join([" ".join(ws[cut:])] + sents[k + 1 :]),
            )
            parts.append(f"<p>{esc(before)} {chip_html} {esc(after)}</p>")
            gold.append(("p", f"{before} {chip_text} {after}"))
            c.used.append("ticker-chip")
            continue
        h, g = block_html(c, (kind, value))
        parts.append(h)
        gold += g
        if i and c.rng.random() < 0.12:
            parts.append(video_block(c))
    disclaimer = (
        '<p class="disclaimer"><em>This article is for information only and is not investment advice. '
        "Market data provided by a third party; quotes delayed at least 15 minutes.</em></p>"
    )
    tip = "<p class='tip'><em>Got a confidential news tip? We want to hear from you.</em></p>"
    c.used += ["disclaimer", "trending-tickers"]
    trending = "".join(
        f"<li><a href='/quotes/{t}/'>{t}</a> <span>{c.rng.uniform(5, 500):.2f}</span> <span>{c.rng.uniform(-5, 5):+.2f}%</span></li>"
        for t in ["NWD", "ORCA", "HLX", "QRTZ", "VTG"]
    )
    html = (
        f"<body><header>{top_nav(c, ['Markets', 'Business', 'Investing', 'Tech', 'Politics', 'Video', 'Watchlist', 'Pro'])}{market_strip(c)}</header>"
        f'<main><div class="ArticleHeader"><a class="ArticleHeader-eyebrow" href="/markets/">Markets</a><h1 class="ArticleHeader-headline">{esc(c.body.title)}</h1>'
        f'<div class="ArticleHeader-time">Published {date(c.rng)} · Updated {c.rng.randint(1, 11)} hours ago</div></div>'
        f'<div class="ArticleBody"><div class="Author"><a>{c.rng.choice(PEOPLE)}</a><a>@handle</a><a>Share</a></div>'
        f'<div class="group">{"".join(parts)}</div>{disclaimer}{tip if c.rng.random() < 0.5 else ""}</div>'
        f'<aside class="RightRail"><h3>Trending tickers</h3><ul>{trending}</ul>{teaser_list(c, "Trending Now", 5)}</aside>'
        f"</main>{site_footer(c, 12)}</body></html>"
    )
    return html, gold


def fam_science_release(c: Ctx) -> tuple[str, list[Block]]:
    """A science news release (EurekAlert- or ScienceDaily-like): journal metadata after."""
    uni = c.rng.choice(_UNIS)
    body, gold = flow(c, c.body.blocks, [lambda: image_block(c, "div")], c.rng.randint(0, 1))
    fund = ""
    if c.rng.random() < 0.7:
        text = funding(c.rng)
        fund = f"<p>{esc(text)}</p>"
        gold.append(("p", text))
        c.used.append("funding")
    journal = c.rng.choice(_JOURNALS)
    doi = f"10.{c.rng.randint(1000, 9999)}/{slug(journal)[:6]}.{c.rng.randint(2018, 2024)}.{c.rng.randint(10000, 99999)}"
    art_title = c.pool.headline(c.rng, c.body)
    person = c.rng.choice(PEOPLE)
    if c.rng.random() < 0.5:
        c.used += ["release-metadata", "disclaimer", "media-contact"]
        meta = "".join(
            f"<dt>{k}</dt><dd>{v}</dd>"
            for k, v in [
                ("Journal", esc(journal)),
                ("DOI", f'<a href="https://doi.example/{doi}">{doi}</a>'),
                (
                    "Method of Research",
                    c.rng.choice(
                        [
                            "Experimental study",
                            "Observational study",
                            "Computational simulation/modeling",
                        ]
                    ),
                ),
                (
                    "Subject of Research",
                    c.rng.choice(["Animals", "People", "Not applicable", "Cells"]),
                ),
                ("Article Title", esc(art_title)),
                ("Article Publication Date", date(c.rng)),
                ("COI Statement", "The authors declare no competing interests."),
            ]
        )
        html_body = (
            f'<div class="release"><p class="release-type">NEWS RELEASE <time>{date(c.rng)}</time></p><h1 class="page_title">{esc(c.body.title)}</h1>'
            f'<p class="subtitle">Peer-Reviewed Publication</p><p class="institution">{uni.upper()}</p>'
            '<div class="share"><a>Share</a> <a>Print</a> <a>E-Mail</a></div>'
            f'<div class="entry">{body}{fund}<p class="center">###</p></div>'
            f'<div class="metadata"><dl>{meta}</dl></div>'
            '<p class="disclaimer"><strong>Disclaimer:</strong> We are not responsible for the accuracy of news releases posted by contributing institutions or for the use of any information through this system.</p>'
            f'<div class="contacts"><h3>Media Contact</h3><p>{person}<br>{uni}<br>press@{slug(uni)[:12]}.example<br>Office: {c.rng.randint(200, 999)}-555-{c.rng.randint(1000, 9999)}</p></div></div>'
        )
    else:
        c.used += ["story-source", "journal-reference", "cite-this-page"]
        html_body = (
            f'<div id="story"><h1 id="headline">{esc(c.body.title)}</h1><dl class="dl-horizontal"><dt>Date:</dt><dd>{date(c.rng)}</dd><dt>Source:</dt><dd>{uni}</dd>'
            f'<dt>Summary:</dt><dd>{esc(c.pool.sentences(c.rng, c.body, 1))}</dd></dl><div class="share">Share: <a>Facebook</a> <a>X</a> <a>Email</a></div>'
            f'<div id="story_text"><div id="text">{body}{fund}</div></div>'
            f'<div id="story_source"><h3>Story Source:</h3><p>Materials provided by <a>{uni}</a>. Note: Content may be edited for style and length.</p></div>'
            f'<div id="journal_references"><h3>Journal Reference:</h3><ol><li>{person}, {c.rng.choice(PEOPLE)} et al. <strong>{esc(art_title)}</strong>. <em>{journal}</em>, {c.rng.randint(2018, 2024)}; DOI: {doi}</li></ol></div>'
            f'<div id="citations"><h3>Cite This Page:</h3><ul><li>MLA</li><li>APA</li><li>Chicago</li></ul><p>{uni}. "{esc(c.body.title)}." ScienceNews site, {date(c.rng)}.</p></div></div>'
        )
    html = (
        f"<body><header>{top_nav(c, ['News Releases', 'Multimedia', 'Meetings', 'Journals', 'Funding', 'Experts', 'Log in'])}</header>"
        f'<main><div class="container">{html_body}</div><aside><h3>Trending science news</h3><ol>{"".join(f"<li>{c.link(t)}</li>" for t in headlines(c, 6))}</ol>'
        '<div class="newsletter"><h4>Get science news in your inbox</h4><form><input type="email"><button>Subscribe</button></form></div></aside></main>'
        f"{site_footer(c, 9)}</body></html>"
    )
    return html, gold


def fam_obituary(c: Ctx) -> tuple[str, list[Block]]:
    """An obituary on a funeral-home / memorial site: services box, guest book, flowers."""
    name = f"{c.rng.choice(['Margaret', 'Robert', 'Helen', 'James', 'Dorothy', 'William', 'Ruth', 'Charles'])} {c.rng.choice(['A.', 'L.', 'M.', 'J.'])} {c.rng.choice(['Hansen', 'Murphy', 'Kowalski', 'Bennett', 'Larsen', 'Doyle', 'Whitaker'])}"
    born, died = c.rng.randint(1925, 1960), c.rng.randint(2015, 2024)
    city = c.rng.choice(_CITIES)
    retitle(c, f"{name} Obituary ({born} - {died}) - {city}")
    body, gold = flow(c, c.body.blocks, [], 0)
    home = f"{c.rng.choice(['Peaceful Valley', 'Oakwood', 'Riverside', 'St. Mark'])} Funeral Home"

    def service(kind: str) -> str:
        return (
            f'<div class="service"><h3>{kind}</h3><p class="when">{date(c.rng)} · {c.rng.randint(9, 11)}:00 AM - {c.rng.randint(1, 7)}:00 PM</p>'
            f'<p class="where">{home}<br>{c.rng.randint(10, 999)} {c.rng.choice(["Main", "Church", "Maple"])} Street, {city}</p><a class="directions">Get Directions</a> <a>Add to calendar</a></div>'
        )

    services = f'<section class="services"><h2>Services</h2>{service("Visitation")}{service("Funeral Service")}</section>'
    recent = "".join(
        f"<li><a href='/obituaries/{k}'>{c.rng.choice(PEOPLE)}</a> <span>{date(c.rng)}</span></li>"
        for k in range(6)
    )
    c.used += ["services-box", "flowers-cta", "funeral-home-card", "recent-obituaries"]
    where_services = c.rng.random() < 0.5
    html = (
        f'<body class="obituary-page"><header>{top_nav(c, ["Obituaries", "Search", "Send Flowers", "Plan a Funeral", "Grief Support", "Place an Obituary"])}</header>'
        f'<main><div class="obit"><div class="obit-header"><img class="portrait" src="/p.jpg" alt="{name}"><h1>{name}</h1><p class="lifespan">{born} - {died}</p><p class="location">{city}</p></div>'
        '<div class="cta-row"><a class="btn">Send Flowers</a> <a class="btn">Plant a Tree</a> <a class="btn">Share</a> <a class="btn">Sign Guest Book</a></div>'
        f'{services if where_services else ""}<div class="obit-text">{body}</div>{"" if where_services else services}'
        f'<div class="funeral-home-card"><p>Arrangements by <a>{home}</a></p><p>{city} · ({c.rng.randint(200, 999)}) 555-{c.rng.randint(1000, 9999)}</p><a>Visit website</a></div>'
        f"{guestbook(c, c.rng.randint(3, 14))}</div>"
        f'<aside><div class="flowers-ad"><h3>Send flowers to the family</h3><p>Same-day delivery available. Show your support.</p><a>Shop now</a></div><h3>Recent obituaries in {city}</h3><ul>{recent}</ul></aside></main>'
        f"{site_footer(c, 8)}</body></html>"
    )
    return html, gold


def fam_episode(c: Ctx) -> tuple[str, list[Block]]:
    """A podcast / video episode page: player, show notes with links, a transcript."""
    paras = [b for b in c.body.blocks if b[0] == "p"]
    notes, rest = paras[:1], paras[1:]
    links = headlines(c, c.rng.randint(2, 6))
    hosts = c.rng.sample(PEOPLE, 2)
    gold: list[Block] = [("h", "Show notes"), *notes, ("h", "Links"), ("ul", links)]
    gold.append(("h", "Transcript"))
    transcript = []
    for k, (_, v) in enumerate(rest):
        who = hosts[k % 2] if c.rng.random() < 0.8 else hosts[(k + 1) % 2]
        transcript.append(f"<p><strong>{who}:</strong> {esc(str(v))}</p>")
        gold.append(("p", f"{who}: {v}"))
    sponsor = f'<p class="sponsor">{c.rng.choice(_SPONSORS)}</p>' if c.rng.random() < 0.6 else ""
    collapsed = c.rng.random() < 0.5
    tr = "".join(transcript)
    tr_html = (
        f'<section class="transcript"><details><summary><h2>Transcript</h2></summary><div class="transcript-body">{tr}</div></details></section>'
        if collapsed
        else f'<section class="transcript"><h2>Transcript</h2><div class="transcript-body">{tr}</div></section>'
    )
    show = c.rng.choice(["The Long Signal", "Open Tabs", "Culture Desk Weekly", "Field Notes"])
    cards = "".join(
        f'<article class="episode-card"><h3><a href="/episodes/{slug(t)}">{esc(t)}</a></h3><p>{esc(c.pool.sentences(c.rng, c.body, 1))}</p><span>{date(c.rng)} · {c.rng.randint(20, 90)} min</span></article>'
        for t in headlines(c, 4)
    )
    c.used += ["player", "listen-on", "show-notes-links", "more-episodes-articles"]
    c.used += ["transcript-collapsed" if collapsed else "transcript-open"] + (
        ["sponsor"] if sponsor else []
    )
    html = (
        f"<body><header>{top_nav(c, ['Podcasts', 'Shows', 'Episodes', 'Newsletter', 'About', 'Support us'])}</header>"
        f'<main><div class="episode"><p class="show-name"><a href="/shows/{slug(show)}">{show}</a></p><p class="ep-num">Episode {c.rng.randint(12, 480)}</p>'
        f'<h1>{esc(c.body.title)}</h1><p class="meta">{date(c.rng)} · {c.rng.randint(20, 90)} min</p>'
        f'<div class="player"><audio controls preload="none" src="/ep.mp3"></audio><button>Play</button><span>00:00 / {c.rng.randint(20, 90)}:{c.rng.randint(10, 59)}</span><button>1x</button><a href="/ep.mp3">Download</a></div>'
        f'<div class="subscribe"><span>Listen on</span>{"".join(f"<a>{p}</a>" for p in _PLATFORMS)}</div>'
        f'<section class="show-notes"><h2>Show notes</h2>{"".join(f"<p>{esc(str(v))}</p>" for _, v in notes)}'
        f"<h3>Links</h3><ul>{''.join(f'<li>{c.link(t)}</li>' for t in links)}</ul>{chapters(c)}{sponsor}</section>"
        f"{tr_html}</div>"
        f'<section class="more-episodes"><h2>More episodes</h2>{cards}</section></main>{site_footer(c, 8)}</body></html>'
    )
    return html, gold


def fam_wire_portal(c: Ctx) -> tuple[str, list[Block]]:
    """A news-agency story on a portal: provider logo, dateline, related coverage, credits."""
    agency = c.rng.choice(["AP", "Reuters", "AFP"])
    full = {"AP": "The Associated Press", "Reuters": "Reuters", "AFP": "Agence France-Presse"}[
        agency
    ]
    city = c.rng.choice(["WASHINGTON", "LOS ANGELES", "LONDON", "PARIS", "CHICAGO", "NEW YORK"])
    blocks = list(c.body.blocks)
    blocks[0] = ("p", f"{city} ({agency}) — {blocks[0][1]}")
    c.used.append("dateline")

    def related() -> str:
        c.used.append("related-coverage")
        return f'<div class="caas-related"><h3>Related coverage</h3><ul>{"".join(f"<li>{c.link(t)}</li>" for t in headlines(c, c.rng.randint(2, 3)))}</ul></div>'

    body, gold = flow(
        c, blocks, [related, lambda: label_links(c), lambda: ad_slot(c)], c.rng.randint(1, 3)
    )
    if agency == "AP":
        credit = f"<p>___</p><p>Associated Press writer {c.rng.choice(PEOPLE)} in {c.rng.choice(['Chicago', 'Boston', 'Atlanta'])} contributed to this report.</p>"
        gold.append(("p", "___"))
    elif agency == "Reuters":
        credit = f"<p>(Reporting by {c.rng.choice(PEOPLE)}; Editing by {c.rng.choice(PEOPLE)})</p>"
    else:
        credit = f"<p>{slug(c.rng.choice(PEOPLE))[:3]}/{slug(c.rng.choice(PEOPLE))[:3]}</p>"
    copy = f"<p class='copyright'>Copyright {c.rng.randint(2012, 2024)} {full}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>"
    c.used += ["wire-credit", "wire-copyright", "recommended-stream+excerpts", "trending-now"]
    stream = "".join(
        f'<li class="stream-item"><div class="provider">{c.rng.choice(["Reuters", "AP", "The Hill", "Bloomberg", "USA TODAY"])}</div><h3>{c.link(t)}</h3><p>{esc(c.pool.sentences(c.rng, c.body, 2))}</p></li>'
        for t in headlines(c, 8)
    )
    trending = "".join(
        f"<li><span>{k + 1}</span> {c.link(t)}</li>" for k, t in enumerate(headlines(c, 10))
    )
    collapsed = c.rng.random() < 0.4
    html = (
        '<body class="portal"><header id="ybar"><a href="/">portal</a><a>Mail</a><a>News</a><a>Finance</a><a>Sports</a><a>Weather</a><form><input placeholder="Search the web"></form><a>Sign in</a></header>'
        f'<main><div class="caas-container"><div class="caas-header"><div class="caas-attr-provider"><img alt="{full}" src="/logo.png"><span>{full}</span></div>'
        f'<h1 data-test-locator="headline">{esc(c.body.title)}</h1><div class="caas-attr-meta">{c.rng.choice(PEOPLE)} · Updated {date(c.rng)} · {c.rng.randint(2, 8)} min read</div></div>'
        '<div class="caas-share"><a>Share</a><a>Facebook</a><a>X</a><a>Email</a></div>'
        f'<div class="caas-body{" caas-body-collapsed" if collapsed else ""}">{body}{credit}{copy}</div>'
        f"{'<div class=caas-readmore><button>Story continues</button></div>' if collapsed else ''}"
        f'<div class="conversation"><button>View comments ({c.rng.randint(10, 9000):,})</button><p>Join the conversation. Read our community guidelines.</p></div></div>'
        f'<div class="stream"><h2>Recommended Stories</h2><ul>{stream}</ul></div><aside><h3>Trending Now</h3><ol>{trending}</ol></aside></main>'
        f"{site_footer(c, 12)}</body></html>"
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "arc-metro": (fam_arc_metro, "ecb"),
    "blox-local": (fam_blox_local, "ecb"),
    "gutenberg": (fam_gutenberg, "blog"),
    "tumblr": (fam_tumblr, "short"),
    "match-report": (fam_match_report, "sport"),
    "markets": (fam_markets, "business"),
    "science-release": (fam_science_release, "tech"),
    "obituary": (fam_obituary, "ecb"),
    "episode": (fam_episode, "entertainment"),
    "wire-portal": (fam_wire_portal, "ecb"),
    "css-in-js": (fam_css_in_js, "politics"),
    "toc-menu": (fam_toc_menu, "headed"),
    "article-cards": (fam_article_cards, "ecb"),
    "legacy-br": (fam_legacy_br, "politics"),
}


def build_pages(per_family: int = 16, seed: int = 201) -> list[Page]:
    """Set C: `per_family` pages per family, the same on every run; no body twice in one seed."""
    ecb, bbc = ecb_lede_bodies(), bbc_bodies()
    blogs = [b for b in short_blog_bodies() if b.words() >= 150]
    headed = headed_bodies()
    kinds: dict[str, list[Body]] = {
        "ecb": ecb,
        "blog": blogs,
        "short": short_blog_bodies(),
        "headed": headed + bbc_category(bbc, "business"),
    }
    for cat in ("sport", "business", "tech", "entertainment", "politics"):
        kinds[cat] = bbc_category(bbc, cat)
    pool = Pool(ecb + bbc)
    used: set[str] = set()
    pages = []
    for family, (template, kind) in FAMILIES.items():
        rng = random.Random(f"set-c:{seed}:{family}")
        candidates = [b for b in kinds[kind] if b.source + b.title not in used]
        if kind == "headed":  # subheaded feed entries first, BBC texts only when they run out
            fresh = [b for b in headed if b.source + b.title not in used]
            picks = rng.sample(fresh, k=min(per_family // 2, len(fresh)))
            rest = [b for b in candidates if b not in picks]
            picks += rng.sample(rest, k=per_family - len(picks))
        else:
            picks = rng.sample(candidates, k=min(per_family, len(candidates)))
        used.update(b.source + b.title for b in picks)
        pages += family_pages("c", family, template, picks, rng, pool, "example.net")
    return pages


if __name__ == "__main__":  # page_families_c.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    args = sys.argv[1:] + ["", "201"][len(sys.argv) - 1 :]
    for page in build_pages(seed=int(args[1])):
        if page.page_id == args[0] or not args[0]:
            print(f"{page.page_id} {page.url} {page.body_source} {','.join(page.furniture)}")
        if page.page_id == args[0]:
            print(page.html, "\n=== GOLD ===\n" + page.gold)

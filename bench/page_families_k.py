"""Set K of the constructed pages: 12 mid-era (about 2012-2020) news and blog families, and
`build_pages`.

Six families are in page_templates_k.py (a Jannah-theme WordPress news site, a Bootstrap-3
newspaper with infinite scroll, a state-media English edition, a fact-check page, an investing
analysis site, a social-media roundup); here a syndicated advice column on a newspaper site, a
public-radio story (NPR-2015-like), a React-15 server-rendered digital-native news page, a
Genesis-framework lifestyle blog, a hyperlocal news platform (Patch-like) and a crypto-currency
news site (2018). Written blind to digest's extraction rules and frozen before anyone ran digest
on it; its builder never ran digest, trafilatura or bench_pages on it (session 10, helper
h-setk). The gold convention is in page_templates_k.py's docstring; the decisions for this
module's families, written down before the set was committed:
- a syndicated advice column (2014-2018, on a newspaper site): the column's letters and
  answers are article: each letter's paragraphs, the first opening with the salutation as
  printed ("DEAR MARGO: "), the letter's sign-off line ("— WORRIED IN WICHITA", the writer's
  own signature, printed as the letter's last paragraph), and each answer's paragraphs, the
  first opening with "DEAR WORRIED: "; a column may hold two letters. The column logo and
  name, the byline ("By X, Creators Syndicate"), the closing "Write to X at ..." /
  "To order ..." lines and the syndicate's copyright line (inside the same container as the
  column), "Previous / Next column", "More advice", the horoscope box and the comments are not;
- a public-radio story (NPR-2015-like): the storytext paragraphs and subheadings are article;
  the blog / program slug ("The Two-Way", "Heard on Morning Edition"), the audio module
  ("Listen · 3:45", "Queue", "Download", "Embed", "Transcript"), the image buckets with
  "Enlarge this image", their captions, credits and "hide caption" / "toggle caption", the
  "Related NPR Stories" internal-link asides inside storytext, the member-station copyright
  line ("Copyright 2016 NPR. To see more, visit ..."), the share tools, the newsletter box,
  "More Stories From NPR", the station's support appeal and the Disqus comments are not;
- a React-15 server-rendered news page (2016-2017, Mic- / HuffPost-like): the body's
  paragraphs and subheadings are article, their text including the runs React wraps in
  `<!-- react-text: N -->` comments and the inline links between them; the
  `window.__PRELOADED_STATE__` JSON (a script), the trending bar, the share bar with counts,
  the "Advertisement" slots, the sticky "Up Next" video widget, "Recommended" cards, the
  newsletter box and the noscript message are not;
- a Genesis-framework lifestyle blog (StudioPress, 2015-2019): the entry-content paragraphs,
  headings and lists are article; the affiliate disclosure at the top of entry-content ("This
  post may contain affiliate links ..."), the Mediavine / AdThrive ad slots inside it, the
  "Click To Tweet" boxes (they repeat a sentence, like pull quotes), the Pinterest "Save"
  hover button and image captions, the AddThis inline toolbox, the "Filed Under / Tagged
  With" entry footer, the after-entry newsletter box, the author box, "You May Also Like",
  the comments (with CommentLuv's "X recently posted ..." lines), the sidebar and the footer
  are not;
- a hyperlocal news platform (Patch-like, 2017): the article-body paragraphs, with the
  dateline when there is one, are article; the patch name and "Subscribe" button, the byline
  ("By X, Patch Staff | date"), the inline "Don't miss out on local news: Sign up ..." and
  "Also see:" lines, image credits, "The views expressed in this post are the author's own."
  on neighbor posts, the Thank / Reply / Share bar, the newsletter box, Taboola and "More from"
  are not;
- a crypto-currency news site (2018, CCN- / Bitcoinist-like): the entry-content paragraphs
  and subheadings are article; the price ticker bar, the "Also Read:" link lines inside the
  body, the closing "Featured image from Shutterstock. Charts from TradingView." line, the
  "Disclaimer: ..." paragraph, "Follow us on Telegram ..." and "This article was edited by X."
  lines, tags, "Related posts", the price-index sidebar and the Disqus comments are not.

    .venv/bin/python bench/bench_pages.py --set k --seed 1001 --no-variants
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import json
from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import PEOPLE, Block, Ctx, Page, esc, gold_text, slug
from page_templates_b import block_html, headlines
from page_templates_c import pct
from page_templates_e import brand, hexid, sentence, with_dateline
from page_templates_g import body_html
from page_templates_j import links, weave
from page_templates_k import (
    addthis,
    addthis_script,
    cookie_bar,
    date_k,
    disqus_embed,
    fam_fact_check,
    fam_infinite,
    fam_invest,
    fam_jannah,
    fam_social_roundup,
    fam_state_media,
    fb_comments,
    iso_k,
    mid_head,
    outbrain,
    shorten,
    taboola,
    tail_scripts,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]

# ---------------------------------------------------------------------------------------------
# 7. A syndicated advice column on a newspaper site

_COLUMNS = [
    ("Dear Margo", "MARGO", "Margo Hale", "Creators Syndicate"),
    ("Ask Helen", "HELEN", "Helen Marsh", "Tribune Content Agency"),
    ("Dear Annie", "ANNIE", "Annie Crane", "Creators Syndicate"),
    ("Ask Ellen", "ELLEN", "Ellen Ford", "Andrews McMeel Syndication"),
    ("Dear Harriet", "HARRIET", "Harriet Cole", "Andrews McMeel Syndication"),
]
_SIGNOFFS = [
    ("WORRIED", "IN WICHITA"),
    ("STUCK", "IN THE MIDDLE"),
    ("HEARTBROKEN", "IN HOUSTON"),
    ("CONFUSED", "IN CLEVELAND"),
    ("FED UP", "IN FLORIDA"),
    ("LOST", "IN LANSING"),
    ("TIRED", "OF WAITING"),
    ("ANXIOUS", "AUNT"),
    ("BEWILDERED", "IN BOSTON"),
]


def _advice_pair(
    c: Ctx, blocks: list[Block], to: str, signoff: tuple[str, str], bold: bool
) -> tuple[list[str], list[Block]]:
    """One letter and its answer: the first one or two paragraphs are the letter."""
    paras = [i for i, b in enumerate(blocks) if b[0] == "p"]
    cut = paras[min(len(paras) - 1, c.rng.choice([1, 1, 2]))] if len(paras) > 1 else len(blocks)
    letter, answer = blocks[:cut], blocks[cut:]
    short, where = signoff
    out: list[str] = []
    gold: list[Block] = []

    def lead(label: str, b: list[Block]) -> list[Block]:
        """The part with `label` opening its first paragraph (as the column prints it)."""
        first = next((i for i, x in enumerate(b) if x[0] == "p"), None)
        if first is None:
            return b
        return [*b[:first], ("p", f"{label} {b[first][1]}"), *b[first + 1 :]]

    for i, (part, label) in enumerate(((letter, f"DEAR {to}:"), (answer, f"DEAR {short}:"))):
        html, g = body_html(c, lead(label, part), "<p>", "<h3>")
        if bold:
            html = [h.replace(f"<p>{label}", f"<p><strong>{label}</strong>", 1) for h in html]
        out += html
        gold += g
        if i == 0:
            sig = f"— {short} {where}"
            out.append(f"<p>{esc(sig)}</p>")
            gold.append(("p", sig))
    return out, gold


def fam_advice(c: Ctx) -> FamilyOut:
    """A syndicated advice column: "DEAR X:" letters with sign-offs and answers (one or two
    letters), the syndicate's "Write to ..." and copyright lines inside the column container,
    previous / next column, "More advice", horoscopes."""
    name, to, author, syndicate = c.rng.choice(_COLUMNS)
    blocks = c.body.blocks
    bold = c.rng.random() < 0.6
    n_p = sum(1 for b in blocks if b[0] == "p")
    signoffs = c.rng.sample(_SIGNOFFS, 2)
    if n_p >= 6 and c.rng.random() < 0.5:
        c.used.append("advice-two-letters")
        mid = len(blocks) // 2
        while mid < len(blocks) - 1 and blocks[mid][0] != "p":
            mid += 1
        p1, g1 = _advice_pair(c, blocks[:mid], to, signoffs[0], bold)
        p2, g2 = _advice_pair(c, blocks[mid:], to, signoffs[1], bold)
        parts, gold = [*p1, *p2], [*g1, *g2]
    else:
        parts, gold = _advice_pair(c, blocks, to, signoffs[0], bold)
    contact = f"{slug(name).replace('-', '')}@{slug(syndicate.split()[0])}.example"
    closing = c.rng.choice(
        [
            f"<p><em>Write to {author.split()[0]} at {contact} or c/o {syndicate}, 737 3rd Street, Hermosa Beach, CA 90254.</em></p>",
            f"<p><em>Send questions to {contact}. To find out more about {author} and read features by other {syndicate} writers, visit the website at www.{slug(syndicate.split()[0])}.example.</em></p>",
            f"<p><em>To order “{c.rng.choice(['How to Be Popular', 'Keepers', 'The Best of ' + name])},” send your name and mailing address, plus check or money order for $8 (U.S. funds), to: {name} Booklet, P.O. Box 447, Mount Morris, IL 61054-0447.</em></p>",
        ]
    )
    copyright_line = (
        f"<p>COPYRIGHT {c.rng.randint(2014, 2018)} {syndicate.upper()}</p>"
        if c.rng.random() < 0.7
        else ""
    )
    paper = (
        f"The {brand(c)} {c.rng.choice(['Gazette', 'Courier', 'Record', 'Daily News', 'Tribune'])}"
    )
    horoscope = "".join(
        f"<li><strong>{s}</strong> {sentence(c)}</li>"
        for s in c.rng.sample(["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra"], 3)
    )
    c.used += "advice-logo advice-byline advice-closing advice-prev-next advice-more horoscopes paper-nav paper-footer".split()
    if copyright_line:
        c.used.append("advice-copyright")
    comments = (
        fb_comments(c, f"https://{c.site}/lifestyles/advice/{slug(c.body.title)[:50]}")
        if c.rng.random() < 0.5
        else ""
    )
    html = (
        f'<body class="asset-page lifestyles"><div id="site-top"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="/">{paper}</a></div><ul class="nav navbar-nav">{"".join(f"<li><a href=/{slug(w)}/>{w}</a></li>" for w in ("News", "Sports", "Business", "Opinion", "Lifestyles", "Obituaries", "Classifieds", "e-Edition"))}</ul></div></div>'
        f'<div class="container"><div class="row"><div class="col-md-8 main-content"><ol class="breadcrumb"><li><a href="/lifestyles/">Lifestyles</a></li><li><a href="/lifestyles/advice/">Advice</a></li></ol>'
        f'<article class="asset story"><header class="asset-header"><div class="column-logo"><img src="/content/columns/{slug(name)}.png" alt="{name}"><span class="column-name">{name}</span></div><h1 class="headline"><span>{esc(c.body.title)}</span></h1>'
        f'<ul class="list-inline asset-meta"><li class="asset-byline">By {author}, {syndicate}</li><li><time datetime="{iso_k(c)}">{date_k(c.rng)}</time></li></ul>{addthis(c)}</header>'
        f'<div class="asset-body"><div class="asset-content subscriber-premium" itemprop="articleBody">{"".join(parts)}{closing}{copyright_line}</div></div>'
        f'<div class="asset-prev-next clearfix"><a class="pull-left" href="#">« Previous column</a><a class="pull-right" href="#">Next column »</a></div></article>{comments}</div>'
        f'<aside class="col-md-4 sidebar"><div class="panel"><h4 class="panel-title">More {esc(name)}</h4><ul class="list-unstyled">{links(c, 4, "lifestyles/advice/")}</ul></div><div class="panel horoscopes"><h4 class="panel-title">Horoscopes</h4><ul class="list-unstyled">{horoscope}</ul></div></aside></div></div>'
        f'<footer id="site-footer"><div class="container"><p>&copy; Copyright {c.rng.randint(2015, 2019)}, {paper}. Powered by BLOX Content Management System from TownNews.com.</p><ul class="list-inline"><li><a href="/site/terms.html">Terms of Use</a></li><li><a href="/site/privacy.html">Privacy Policy</a></li></ul></div></footer>{addthis_script(c)}</body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A public-radio story (NPR-2015-like)

_PROGRAMS = ["Morning Edition", "All Things Considered", "Weekend Edition Saturday", "Here & Now"]
_BLOGS = ["The Two-Way", "All Tech Considered", "Shots", "The Salt", "Goats and Soda", "Parallels"]


def _npr_image(c: Ctx) -> str:
    c.used.append("npr-image-bucket")
    n = c.rng.randint(10**8, 10**9)
    return f'<div id="res{n}" class="bucketwrap image large"><div class="imagewrap" data-crop-type=""><img src="https://media.npr.org/assets/img/{c.rng.randint(2014, 2017)}/{c.rng.randint(1, 12):02d}/{c.rng.randint(1, 28):02d}/{hexid(c, 10)}_wide-{hexid(c, 8)}.jpg?s=1400" class="img" alt=""><a class="enlargebtn" href="#" data-metrics=\'{{"action":"Click Enlarge Image"}}\'><b class="enlarge_measure"></b><b class="enlarge_html"><b class="toggle-caption"></b><span class="enlarge-label">Enlarge this image</span></b></a></div><div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>{sentence(c)}<b class="hide-caption"><b>hide caption</b></b></p></div></div><b class="toggle-caption"><b>toggle caption</b></b><span class="credit" aria-label="Image credit">{c.rng.choice(PEOPLE)}/{c.rng.choice(["NPR", "Getty Images", "AP", "AFP/Getty Images"])}</span></div></div>'


def _npr_related(c: Ctx) -> str:
    c.used.append("npr-related-aside")
    items = "".join(
        f'<li><a href="/sections/thetwo-way/{c.rng.randint(2014, 2017)}/{slug(h)[:50]}"><span class="program">{c.rng.choice(_BLOGS)}</span> <span class="title">{esc(h)}</span></a></li>'
        for h in headlines(c, 2)
    )
    return f'<aside id="res{c.rng.randint(10**8, 10**9)}" class="bucketwrap internallink insettwocolumn inset2col"><div class="bucket img"><p class="bucket-label">Related NPR Stories</p><ul>{items}</ul></div></aside>'


def fam_public_radio(c: Ctx) -> FamilyOut:
    """An NPR-2015-like story: blog slug, "Heard on", the audio module, image buckets with
    "Enlarge this image" / "hide caption", "Related NPR Stories" asides in storytext, the
    member-station copyright line, share tools, "More Stories From NPR", Disqus."""
    parts, gold = body_html(c, c.body.blocks, "<p>", "<h3>")
    body = weave(
        c,
        parts,
        c.rng.randint(1, 3),
        lambda: c.rng.choice([_npr_image, _npr_image, _npr_related])(c),
    )
    blog = c.rng.choice(_BLOGS)
    heard = c.rng.random() < 0.5
    program = c.rng.choice(_PROGRAMS)
    who = c.rng.choice(PEOPLE)
    year = c.rng.randint(2014, 2017)
    station = c.rng.choice(["WBEZ", "KQED", "WAMU", "KPCC", "WNYC", "KUOW"])
    copyright_line = ""
    if c.rng.random() < 0.4:
        c.used.append("npr-station-copyright")
        copyright_line = f'<p class="disclaimer">Copyright {year} NPR. To see more, visit http://www.npr.org/.</p>'
    audio = ""
    if heard:
        c.used.append("npr-audio-module")
        audio = f'<div class="audio-module"><div class="audio-module-controls-wrap"><button class="audio-module-listen"><b class="audio-module-listen-inner"><b class="audio-module-listen-icon icn-play"></b><b class="audio-module-listen-text"><b class="audio-module-cta">Listen</b> <b class="audio-module-listen-duration">· {c.rng.randint(2, 9)}:{c.rng.randint(0, 59):02d}</b></b></b></button></div><div class="audio-module-tools"><ul class="audio-tools"><li class="audio-tool audio-tool-playlist"><a href="#">Queue</a></li><li class="audio-tool audio-tool-download"><a href="#">Download</a></li><li class="audio-tool audio-tool-embed"><a href="#">Embed</a></li><li class="audio-tool audio-tool-transcript"><a href="/templates/transcript/transcript.php?storyId={c.rng.randint(10**8, 10**9)}">Transcript</a></li></ul></div></div>'
    c.used += "npr-slug npr-byline npr-share npr-newsletter npr-more-stories npr-support disqus npr-footer".split()
    html = (
        f'<body class="story-page"><div id="global-navigation"><header class="globalheader"><a class="logo" href="/">{brand(c)} PR</a><nav class="global-nav"><ul>{"".join(f"<li><a href=/sections/{slug(w)}/>{w}</a></li>" for w in ("News", "Arts &amp; Life", "Music", "Podcasts", "Programs"))}</ul></nav><a class="donate" href="/donate">Donate</a></header></div>'
        f'<main id="main-section"><article class="story tmplHasSlideshow" id="story"><div class="storytitle"><div class="slug-wrap"><h3 class="slug"><a href="/sections/{slug(blog)}/">{blog}</a></h3></div><h1>{esc(c.body.title)}</h1></div>'
        + (
            f'<div class="program-block"><span>Heard on</span> <a href="/programs/{slug(program)}/">{program}</a></div>'
            if heard
            else ""
        )
        + f'<div id="storybyline" class="storylocation"><div class="bylinewrap"><div class="byline byline--block"><div class="byline__name byline__name--block"><a href="/people/{c.rng.randint(10**8, 10**9)}/{slug(who)}" rel="author">{who}</a></div></div></div><div class="dateblock"><time datetime="{iso_k(c)}"><span class="date">{date_k(c.rng)}</span><span class="time">{c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {c.rng.choice(["AM", "PM"])} ET</span></time></div></div>'
        f"{audio}"
        f'<div id="storytext" class="storytext storylocation linkLocation">{_npr_image(c) if c.rng.random() < 0.6 else ""}{"".join(body)}{copyright_line}</div>'
        f'<div class="share-tools share-tools--secondary"><ul><li class="share-tool share-tool--facebook"><a href="#">Facebook</a></li><li class="share-tool share-tool--twitter"><a href="#">Twitter</a></li><li class="share-tool share-tool--google"><a href="#">Google+</a></li><li class="share-tool share-tool--email"><a href="#">Email</a></li></ul></div>'
        f'<div class="newsletter-acquisition-callout"><h3>Sign Up For The {c.rng.choice(["NPR Politics", "Daily", "Health", "Weekend"])} Newsletter</h3><p>{c.rng.choice(["Get the latest news delivered to your inbox.", "A weekly digest of the best stories."])}</p><form><input type="email" placeholder="What\'s your email?"><button>Subscribe</button></form><p class="legal">By subscribing, you agree to our terms of use and privacy policy.</p></div>'
        f'<section class="comments"><h3>Comments</h3>{disqus_embed(c)}</section></article>'
        f'<aside id="main-sidebar"><div class="localization-promo"><p>Support public radio: <a href="#">donate to {station}</a>.</p></div><section class="more-stories"><h3>More Stories From {brand(c)} PR</h3><ul>{links(c, 4, "sections/")}</ul></section></aside></main>'
        f'<footer id="globalfooter"><p>&copy; {year} {brand(c)} PR</p><ul><li><a href="/about/">About</a></li><li><a href="/about-npr/179878450/privacy-policy">Privacy</a></li><li><a href="/sponsorship/">Sponsorship</a></li></ul></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A React-15 server-rendered news page (2016-2017)


class _Ids:
    """data-reactid numbering, in document order."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> int:
        self.n += 1
        return self.n


def _react_para(c: Ctx, ids: _Ids, text: str) -> str:
    """A paragraph as React 15 renders it: text runs in react-text comments, a link between."""
    t = text.split(" ")
    pid = ids()
    if len(t) < 8 or c.rng.random() < 0.4:
        return f'<p data-reactid="{pid}">{esc(text)}</p>'
    a = c.rng.randint(1, len(t) - 4)
    b = a + c.rng.randint(2, 3)
    before, inner, after = " ".join(t[:a]) + " ", " ".join(t[a:b]), " " + " ".join(t[b:])
    r1, r2, r3 = ids(), ids(), ids()
    return f'<p data-reactid="{pid}"><!-- react-text: {r1} -->{esc(before)}<!-- /react-text --><a href="/topics/{slug(inner)[:30]}" data-reactid="{r2}">{esc(inner)}</a><!-- react-text: {r3} -->{esc(after)}<!-- /react-text --></p>'


def fam_react15(c: Ctx) -> FamilyOut:
    """A React-15 server-rendered page: data-reactid on every element, react-text comments in
    paragraphs, `window.__PRELOADED_STATE__`, trending bar, share counts, ad slots, the sticky
    "Up Next" video, "Recommended" cards, the newsletter box."""
    ids = _Ids()
    ids.n = c.rng.randint(30, 80)  # the header's elements come first in the real numbering
    parts: list[str] = []
    gold: list[Block] = []
    for block in shorten(c, c.body.blocks, 0.15):
        if block[0] == "p":
            parts.append(_react_para(c, ids, str(block[1])))
            gold.append(block)
        elif block[0] == "h":
            parts.append(f'<h2 data-reactid="{ids()}">{esc(str(block[1]))}</h2>')
            gold.append(block)
        else:
            h, g = block_html(c, block)
            parts.append(f'<div class="embed-wrapper" data-reactid="{ids()}">{h}</div>')
            gold += g

    def ad() -> str:
        c.used.append("react-ad")
        return f'<div class="ad-container ad-inline" data-reactid="{ids()}"><span class="ad-label" data-reactid="{ids()}">Advertisement</span><div id="ad-{hexid(c, 6)}" data-reactid="{ids()}"></div></div>'

    body = weave(c, parts, c.rng.randint(1, 2), ad)
    who = c.rng.choice(PEOPLE)
    text = gold_text(gold)
    state = {
        "article": {
            "id": hexid(c, 10),
            "title": c.body.title,
            "author": {"name": who},
            "publishedAt": iso_k(c),
            "body": "".join(f"<p>{esc(p)}</p>" for p in text.split("\n\n")),
        },
        "ui": {"menuOpen": False, "videoDocked": True},
    }
    state_js = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    recs = "".join(
        f'<a class="rec-card" href="/articles/{c.rng.randint(10**5, 10**6)}/{slug(h)[:50]}" data-reactid="{ids()}"><img src="https://i.{c.site}/{hexid(c, 12)}.jpg" alt="" data-reactid="{ids()}"><h3 data-reactid="{ids()}">{esc(h)}</h3></a>'
        for h in headlines(c, 4)
    )
    trending = "".join(
        f'<a href="/topics/{slug(h)[:30]}" data-reactid="{ids()}">{esc(h[:40])}</a>'
        for h in headlines(c, 3)
    )
    c.used += "react-state react-trending react-share react-up-next react-recommended react-newsletter react-noscript".split()
    html = (
        f'<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"><div data-reactroot="" data-reactid="{ids()}" data-react-checksum="{c.rng.randint(-(2**31), 2**31)}">'
        f'<header class="site-header" data-reactid="{ids()}"><a class="logo" href="/" data-reactid="{ids()}">{brand(c).lower()}</a><nav data-reactid="{ids()}">{"".join(f"<a href=/{slug(w)} data-reactid={ids()}>{w}</a>" for w in ("News", "Identity", "Politics", "Culture", "Tech", "Video"))}</nav><div class="trending-bar" data-reactid="{ids()}"><span data-reactid="{ids()}">Trending:</span>{trending}</div></header>'
        f'<main data-reactid="{ids()}"><article class="article" data-reactid="{ids()}"><header data-reactid="{ids()}"><h1 class="article-title" data-reactid="{ids()}">{esc(c.body.title)}</h1><div class="byline" data-reactid="{ids()}"><!-- react-text: {ids()} -->By <!-- /react-text --><a href="/profile/{slug(who)}" data-reactid="{ids()}">{who}</a><time data-reactid="{ids()}">{date_k(c.rng)}</time></div>'
        f'<div class="share-bar" data-reactid="{ids()}"><span class="share-count" data-reactid="{ids()}">{c.rng.randint(10, 90000):,}</span><!-- react-text: {ids()} --> shares<!-- /react-text --><button data-reactid="{ids()}">Share</button><button data-reactid="{ids()}">Tweet</button></div></header>'
        f'<div class="article-hero" data-reactid="{ids()}"><img src="https://i.{c.site}/{hexid(c, 12)}.jpg" alt="" data-reactid="{ids()}"><span class="credit" data-reactid="{ids()}">{c.rng.choice(["Source: AP", "Getty Images", "Source: Twitter"])}</span></div>'
        f'<div class="article-body" data-reactid="{ids()}">{"".join(body)}</div></article>'
        f'<section class="recommended" data-reactid="{ids()}"><h2 data-reactid="{ids()}">Recommended</h2>{recs}</section>'
        f'<section class="newsletter" data-reactid="{ids()}"><h3 data-reactid="{ids()}">Sign up for the daily</h3><input type="email" placeholder="Your email" data-reactid="{ids()}"><button data-reactid="{ids()}">Sign up</button></section></main>'
        f'<div class="video-dock is-docked" data-reactid="{ids()}"><span class="up-next" data-reactid="{ids()}">Up Next</span><p data-reactid="{ids()}">{esc(headlines(c, 1)[0])}</p><div class="player" data-reactid="{ids()}"></div></div>'
        f'<footer data-reactid="{ids()}"><p data-reactid="{ids()}">© {c.rng.randint(2016, 2017)} {brand(c)} Network Inc.</p></footer></div></div>'
        f"<script>window.__PRELOADED_STATE__ = {state_js};</script>"
        f'<script src="/static/js/main.{hexid(c, 8)}.js"></script></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Genesis-framework lifestyle blog (StudioPress)


def _genesis_insert(c: Ctx, sentences: list[str]) -> str:
    kind = c.rng.choice(["ad", "ad", "tweet", "pin"])
    if kind == "tweet" and sentences:
        c.used.append("click-to-tweet")
        s = c.rng.choice(sentences)
        return f'<span class="bctt-click-to-tweet"><span class="bctt-ctt-text"><a href="https://twitter.com/intent/tweet?url=x&amp;text={esc(slug(s)[:40])}" target="_blank" rel="noopener noreferrer">{esc(s)}</a></span><a href="#" target="_blank" class="bctt-ctt-btn" rel="noopener noreferrer">Click To Tweet</a></span>'
    if kind == "pin":
        c.used.append("pinterest-image")
        return f'<div class="wp-block-image"><figure class="aligncenter"><span class="pin-it-wrapper"><img class="wp-image-{c.rng.randint(100, 9999)}" src="/wp-content/uploads/{c.rng.randint(2015, 2019)}/{c.rng.randint(1, 12):02d}/{hexid(c, 8)}-683x1024.jpg" alt="" data-pin-description="{sentence(c)}"><a class="pin-it-button" data-pin-do="buttonPin" href="https://www.pinterest.com/pin/create/button/">Save</a></span><figcaption>{sentence(c)}</figcaption></figure></div>'
    c.used.append("mediavine-ad")
    return f'<div class="{c.rng.choice(["adthrive-ad adthrive-content", "mv-ad-box"])}" data-slotname="content_{c.rng.randint(1, 9)}" style="min-height:250px;"><span class="mv-ad-label">ADVERTISEMENT</span></div>'


def fam_genesis(c: Ctx) -> FamilyOut:
    """A Genesis lifestyle blog: the affiliate disclosure, Mediavine / AdThrive slots, "Click
    To Tweet" boxes and Pinterest images in entry-content, AddThis, "Filed Under / Tagged
    With", the after-entry opt-in, author box, "You May Also Like", CommentLuv comments."""
    parts, gold = body_html(c, c.body.blocks, "<p>", "<h2>")
    sents = [
        str(v).split(". ")[0].rstrip(".") + "."
        for k, v in c.body.blocks
        if k == "p" and len(str(v)) < 400
    ]
    body = weave(c, parts, c.rng.randint(2, 4), lambda: _genesis_insert(c, sents))
    disclosure = ""
    if c.rng.random() < 0.7:
        c.used.append("affiliate-disclosure")
        disclosure = f'<p class="disclosure"><em>{c.rng.choice(["This post may contain affiliate links. Please see my disclosure policy for details.", "This post contains affiliate links, which means I may earn a small commission at no extra cost to you.", "Disclosure: This post is sponsored by our friends, but all opinions are my own."])} <a href="/disclosure-policy/">Read more</a></em></p>'
    who = c.rng.choice(PEOPLE)
    first = who.split()[0]
    site = f"{brand(c)} {c.rng.choice(['& Co', 'Mama', 'Living', 'Nest', 'Kitchen', 'Journey'])}"
    toolbox_top = addthis(c) if c.rng.random() < 0.6 else ""
    comments = "".join(
        f'<li class="comment depth-1" id="comment-{c.rng.randint(1000, 99999)}"><article><header class="comment-header"><p class="comment-author"><img alt="" src="https://secure.gravatar.com/avatar/{hexid(c, 32)}?s=48" class="avatar avatar-48 photo" height="48" width="48"><span class="comment-author-name">{p.split()[0]}</span> <span class="says">says</span></p><p class="comment-meta"><time class="comment-time">{date_k(c.rng)} at {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} pm</time></p></header><div class="comment-content"><p>{sentence(c, c.rng.randint(1, 2))}</p>'
        + (
            f'<span class="cluv">{p.split()[0]} recently posted...<a class="cluv-link" href="#">{esc(headlines(c, 1)[0])}</a></span>'
            if c.rng.random() < 0.5
            else ""
        )
        + '</div><div class="comment-reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>'
        for p in c.rng.sample(PEOPLE, c.rng.randint(0, 4))
    )
    cats = c.rng.sample(["Lifestyle", "Home", "Family", "Budget", "DIY", "Travel", "Organizing"], 2)
    related = "".join(
        f'<div class="related-post"><a href="/{slug(h)[:40]}/"><img src="/wp-content/uploads/{hexid(c, 8)}-300x200.jpg" alt=""><p class="related-title">{esc(h)}</p></a></div>'
        for h in headlines(c, 3)
    )
    c.used += "genesis-header genesis-entry-meta genesis-entry-footer genesis-after-entry genesis-author-box related-posts genesis-comments genesis-sidebar genesis-footer".split()
    html = (
        f'<body class="post-template-default single single-post header-image header-full-width content-sidebar genesis-breadcrumbs-hidden genesis-footer-widgets-visible"><div class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li></ul>'
        f'<header class="site-header"><div class="wrap"><div class="title-area"><p class="site-title"><a href="/">{site}</a></p><p class="site-description">{c.rng.choice(["Simple living for busy families", "Real life, on a budget", "Home, heart and everything in between"])}</p></div></div></header>'
        f'<nav class="nav-primary" aria-label="Main"><div class="wrap"><ul id="menu-primary" class="menu genesis-nav-menu menu-primary">{"".join(f"<li class=menu-item><a href=/{slug(w)}/><span>{w}</span></a></li>" for w in ("Home", "Start Here", "Recipes", "Home Decor", "Budget", "Shop", "About"))}</ul></div></nav>'
        f'<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content"><article class="post-{c.rng.randint(100, 9999)} post type-post status-publish format-standard has-post-thumbnail entry" itemscope itemtype="https://schema.org/CreativeWork">'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(c.body.title)}</h1><p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="{iso_k(c)}">{date_k(c.rng)}</time> by <span class="entry-author" itemprop="author"><a href="/author/{slug(who)}/" class="entry-author-link"><span class="entry-author-name">{first}</span></a></span> <span class="entry-comments-link"><a href="#comments">{c.rng.randint(0, 60)} Comments</a></span></p></header>'
        f'<div class="entry-content" itemprop="text">{disclosure}{toolbox_top}{"".join(body)}{addthis(c)}</div>'
        f'<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: {", ".join(f"<a href=/category/{slug(w)}/ rel=category>{w}</a>" for w in cats)}</span> <span class="entry-tags">Tagged With: {", ".join(f"<a href=/tag/{slug(w)}/ rel=tag>{w.lower()}</a>" for w in c.body.title.split()[:3])}</span></p></footer></article>'
        f'<div class="after-entry widget-area"><section class="widget enews-widget"><div class="widget-wrap"><div class="enews"><h3 class="widgettitle widget-title">{c.rng.choice(["Get my free printable!", "Join 20,000+ readers", "Never miss a post"])}</h3><p>{c.rng.choice(["Sign up for weekly tips delivered to your inbox.", "Subscribe and get my free guide."])}</p><form id="subscribeenews-ext-{c.rng.randint(2, 9)}" class="enews-form"><input type="text" placeholder="First Name"><input type="email" placeholder="E-Mail Address"><input type="submit" value="Sign Me Up!"></form></div></div></section></div>'
        f'<section class="author-box"><img alt="" src="https://secure.gravatar.com/avatar/{hexid(c, 32)}?s=70" class="avatar avatar-70 photo"><h4 class="author-box-title">About <span itemprop="name">{first}</span></h4><div class="author-box-content"><p>{first} is a {c.rng.choice(["mom of three", "former teacher", "recovering perfectionist"])} who loves {c.rng.choice(["thrift finds", "simple dinners", "road trips"])}.</p></div></section>'
        f'<div class="yarpp-related"><h3>You May Also Like:</h3><div class="related-posts-grid">{related}</div></div>'
        f'<div class="entry-comments" id="comments"><h3>{"Comments" if comments else "Leave a Reply"}</h3><ol class="comment-list">{comments}</ol></div>'
        f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p><textarea id="comment" name="comment"></textarea><p class="comment-form-cluv"><input type="checkbox" id="doluv" name="doluv" checked> <label for="doluv">CommentLuv badge</label></p><input name="submit" type="submit" value="Post Comment"></form></div></main>'
        f'<aside class="sidebar sidebar-primary widget-area" role="complementary"><section class="widget user-profile"><div class="widget-wrap"><h4 class="widget-title widgettitle">Hi, I\'m {first}!</h4><p>Welcome to {site}! {sentence(c)}</p><a href="/about/">Read More…</a></div></section><section class="widget featured-content"><div class="widget-wrap"><h4 class="widget-title widgettitle">Popular Posts</h4><ul>{links(c, 4)}</ul></div></section></aside></div></div>'
        f'<footer class="site-footer"><div class="wrap"><p>Copyright &#x000A9;&nbsp;{c.rng.randint(2015, 2019)} · {site} · <a rel="nofollow" href="https://www.studiopress.com/">Genesis Framework</a> · <a rel="nofollow" href="https://wordpress.org/">WordPress</a> · <a href="/wp-login.php">Log in</a></p></div></footer></div>{addthis_script(c)}{tail_scripts(c)}</body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A hyperlocal news platform (Patch-like, 2017)

_TOWNS = [
    ("Fairfax City", "VA"),
    ("Naperville", "IL"),
    ("Montclair", "NJ"),
    ("Westport", "CT"),
    ("Decatur", "GA"),
    ("Redondo Beach", "CA"),
    ("Bel Air", "MD"),
    ("Wayne", "PA"),
]


def _patch_inline(c: Ctx, town: str) -> str:
    if c.rng.random() < 0.5:
        c.used.append("patch-newsletter-line")
        return f"<p><em>Don't miss out on local news: <a href=\"/subscribe\">Sign up for Patch's free daily {esc(town)} newsletter and breaking news alerts.</a></em></p>"
    c.used.append("patch-also-see")
    h = headlines(c, 1)[0]
    return f'<p><strong>{c.rng.choice(["Also see:", "Related:", "ALSO ON PATCH:"])}</strong> <a href="/{slug(town)}/{slug(h)[:50]}">{esc(h)}</a></p>'


def fam_patch(c: Ctx) -> FamilyOut:
    """A Patch-like local story or neighbor post: patch name and "Subscribe", the inline
    newsletter / "Also see:" lines, the neighbor-post note, Thank / Reply / Share, Taboola."""
    town, state = c.rng.choice(_TOWNS)
    blocks = shorten(c, c.body.blocks, 0.3)
    neighbor = c.rng.random() < 0.2
    if not neighbor and c.rng.random() < 0.5:
        blocks = with_dateline(c, blocks, f"{town.upper()}, {state}", " — ")
        c.used.append("dateline")
    parts, gold = body_html(c, blocks, "<p>", "<h3>")
    body = weave(c, parts, c.rng.randint(0, 2), lambda: _patch_inline(c, town))
    who = c.rng.choice(PEOPLE)
    role = f"{town} Community" if neighbor else "Patch Staff"
    note = ""
    if neighbor:
        c.used.append("patch-neighbor-note")
        note = '<p class="styles_Disclaimer"><em>The views expressed in this post are the author\'s own. Want to post on Patch? <a href="/register">Register for a user account</a>.</em></p>'
    credit = f'<figure class="styles_Figure"><img src="https://patch.com/img/cdn20/users/{c.rng.randint(10**5, 10**7)}/{c.rng.randint(2016, 2018)}{c.rng.randint(1, 12):02d}/{hexid(c, 12)}.jpg?width=725" alt=""><figcaption class="styles_Figure__credit">({c.rng.choice(["Shutterstock", "Patch file photo", "Image via " + c.rng.choice(PEOPLE), "Courtesy of the " + town + " Police Department"])})</figcaption></figure>'
    c.used += "patch-header patch-byline patch-actions patch-newsletter taboola patch-more patch-footer".split()
    html = (
        f'<body><div id="__patch"><header class="styles_Header"><a class="styles_Logo" href="/">Patch</a><div class="styles_PatchName"><a href="/{state.lower()}/{slug(town)}">{town} Patch</a><button class="btn btn-primary styles_Subscribe">Subscribe</button></div><nav class="styles_Nav">{"".join(f"<a href=/{state.lower()}/{slug(town)}/{slug(w)}>{w}</a> " for w in ("News Feed", "Events", "Classifieds", "Real Estate", "Neighbor Posts"))}</nav></header>'
        f'<main class="styles_Main"><article class="styles_Article"><div class="styles_Category"><a href="#">{c.rng.choice(["Crime &amp; Safety", "Local News", "Politics &amp; Government", "Schools", "Traffic &amp; Transit", "Community Corner"])}</a></div><h1 class="styles_Title">{esc(c.body.title)}</h1>'
        + (f'<h6 class="styles_Subtitle">{sentence(c)}</h6>' if c.rng.random() < 0.5 else "")
        + f'<div class="styles_Byline"><a href="/users/{slug(who)}">{who}</a>, <span>{role}</span> <span class="styles_Divider">|</span> <time datetime="{iso_k(c)}">{date_k(c.rng)} {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {c.rng.choice(["am", "pm"])} ET</time>{" <span class=styles_Updated>Updated " + date_k(c.rng) + "</span>" if c.rng.random() < 0.3 else ""}</div>'
        f"{credit}"
        f'<section class="styles_ArticleBody" id="patch-article-body">{"".join(body)}{note}</section>'
        f'<div class="styles_Actions"><button class="styles_Thank"><i class="fa fa-heart-o"></i> Thank <span>{c.rng.randint(0, 30)}</span></button><button class="styles_Reply"><i class="fa fa-comment-o"></i> Reply <span>{c.rng.randint(0, 40)}</span></button><button class="styles_Share"><i class="fa fa-share"></i> Share</button></div></article>'
        f'<section class="styles_NewsletterSignup"><h3>Get more local news delivered straight to your inbox.</h3><p>Sign up for free Patch newsletters and alerts.</p><form><input type="email" placeholder="Your email address"><button>Subscribe</button></form></section>'
        f"{taboola(c, 'below-article')}"
        f'<section class="styles_MoreFrom"><h3>More from {town}</h3><ul>{links(c, 4, slug(town) + "/")}</ul></section></main>'
        f'<footer class="styles_Footer"><p>© {c.rng.randint(2016, 2018)} Patch Media. All Rights Reserved.</p><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/community-guidelines">Community Guidelines</a></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A crypto-currency news site (2018, CCN- / Bitcoinist-like)

_COINS = [
    ("BTC", 3500, 19000),
    ("ETH", 90, 1300),
    ("XRP", 0.2, 3.0),
    ("BCH", 80, 3500),
    ("LTC", 25, 350),
    ("EOS", 2, 20),
    ("XLM", 0.1, 0.8),
]


def _also_read(c: Ctx) -> str:
    c.used.append("crypto-also-read")
    h = headlines(c, 1)[0]
    return f'<h3 class="also-read"><strong>Also Read: </strong><a href="/{slug(h)[:60]}/" target="_blank">{esc(h)}</a></h3>'


def fam_crypto(c: Ctx) -> FamilyOut:
    """A 2018 crypto news site: the price ticker bar, "Also Read:" lines, the image and chart
    credit line, the disclaimer, "Follow us on Telegram", "edited by", tags, related, Disqus."""
    blocks = shorten(c, c.body.blocks, 0.3)
    parts, gold = body_html(c, blocks, "<p>", "<h2>")
    body = weave(c, parts, c.rng.randint(0, 2), lambda: _also_read(c))
    outlet = f"{brand(c)}{c.rng.choice(['CCN', 'Coin', 'ist', ' Crypto'])}"
    ticker = "".join(
        f'<li class="ticker-item"><span class="sym">{sym}</span> <span class="price">${c.rng.uniform(lo, hi):,.2f}</span> <span class="chg">{pct(c.rng)}</span></li>'
        for sym, lo, hi in c.rng.sample(_COINS, 5)
    )
    tail: list[str] = []
    if c.rng.random() < 0.7:
        c.used.append("crypto-image-credit")
        tail.append(
            f"<p><em>{c.rng.choice(['Featured image from Shutterstock. Charts from TradingView.', 'Featured Image from Shutterstock.', 'Images from Shutterstock and Bitcoinist archives.'])}</em></p>"
        )
    if c.rng.random() < 0.6:
        c.used.append("crypto-disclaimer")
        tail.append(
            f"<p><strong>Disclaimer:</strong> {c.rng.choice(['The views expressed in the article are wholly those of the author and do not represent those of, nor should they be attributed to, ' + outlet + '.', 'This article should not be taken as, and is not intended to provide, investment advice. Please conduct your own thorough research before investing in any cryptocurrency.'])}</p>"
        )
    if c.rng.random() < 0.5:
        c.used.append("crypto-telegram")
        tail.append(
            f'<p><em>Follow us on <a href="https://t.me/{slug(outlet)}">Telegram</a> or subscribe to our newsletter <a href="/newsletter/">here</a>.</em></p>'
        )
    if c.rng.random() < 0.3:
        c.used.append("crypto-edited-by")
        tail.append(f"<p><em>This article was edited by {c.rng.choice(PEOPLE)}.</em></p>")
    c.rng.shuffle(tail)
    who = c.rng.choice(PEOPLE)
    tags = " ".join(
        f'<a href="/tag/{slug(w)}/" rel="tag">{w}</a>'
        for w in c.rng.sample(
            [
                "bitcoin",
                "ethereum",
                "blockchain",
                "crypto markets",
                "regulation",
                "ico",
                "altcoins",
                "exchanges",
            ],
            3,
        )
    )
    c.used += "crypto-ticker crypto-header crypto-byline crypto-share crypto-tags crypto-related disqus crypto-sidebar crypto-footer".split()
    if c.rng.random() < 0.4:
        c.used.append("outbrain")
    html = (
        f'<body class="post-template-default single single-post"><div class="price-ticker-bar"><ul class="price-ticker marquee">{ticker}</ul></div>'
        f'<header id="masthead" class="site-header navbar-static-top"><div class="container"><a class="navbar-brand" href="/">{outlet}</a><ul class="nav navbar-nav">{"".join(f"<li><a href=/{slug(w)}/>{w}</a></li>" for w in ("News", "Bitcoin", "Ethereum", "Altcoins", "Blockchain", "Analysis", "Press Releases"))}</ul></div></header>'
        f'<div class="container"><div class="row"><div class="col-md-8 content-area"><article class="post type-post"><header class="entry-header"><span class="cat-links"><a href="/news/">{c.rng.choice(["News", "Analysis", "Markets", "Regulation"])}</a></span><h1 class="entry-title">{esc(c.body.title)}</h1>'
        f'<div class="entry-meta"><span class="byline">by <a class="url fn n" href="/author/{slug(who)}/">{who}</a></span> <span class="posted-on"><time class="entry-date published" datetime="{iso_k(c)}">{date_k(c.rng)}</time></span> <span class="reading-time">{c.rng.randint(1, 5)} min read</span></div>'
        f'<div class="share-buttons"><a class="btn btn-fb" href="#">Share</a><a class="btn btn-tw" href="#">Tweet</a><a class="btn btn-tg" href="#">Telegram</a><a class="btn btn-rd" href="#">Reddit</a></div></header>'
        f'<div class="post-thumbnail"><img src="/wp-content/uploads/{c.rng.randint(2017, 2019)}/{c.rng.randint(1, 12):02d}/{hexid(c, 10)}-1024x683.jpg" class="attachment-large wp-post-image" alt=""></div>'
        f'<div class="entry-content">{"".join(body)}{"".join(tail)}</div>'
        f'<footer class="entry-footer"><span class="tags-links">Tags: {tags}</span></footer></article>'
        f'<div class="related-posts"><h3 class="related-title">Related Posts</h3><ul>{links(c, 3)}</ul></div>'
        f'{outbrain(c) if "outbrain" in c.used else ""}<div class="comments-area"><h3>Comments</h3>{disqus_embed(c)}</div></div>'
        f'<aside class="col-md-4 sidebar"><section class="widget price-index"><h3 class="widget-title">Price Index</h3><table class="table">{"".join(f"<tr><td>{sym}</td><td>${c.rng.uniform(lo, hi):,.2f}</td><td>{pct(c.rng)}</td></tr>" for sym, lo, hi in _COINS[:4])}</table></section><section class="widget"><h3 class="widget-title">Latest News</h3><ul>{links(c, 5)}</ul></section></aside></div></div>'
        f'<footer class="site-footer"><div class="container"><p>&copy; {c.rng.randint(2017, 2019)} {outlet}. All rights reserved.</p><p class="risk">{c.rng.choice(["Investing in cryptocurrencies carries a high level of risk.", "Nothing on this site is financial advice."])}</p></div></footer>{cookie_bar(c) if c.rng.random() < 0.5 else ""}{tail_scripts(c)}</body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind); the scarce kinds are drawn first
    "genesis-blog": (fam_genesis, "blog"),
    "advice-column": (fam_advice, "blog"),
    "public-radio": (fam_public_radio, "tech"),
    "crypto-news": (fam_crypto, "tech"),
    "patch-local": (fam_patch, "lede"),
    "jannah-news": (fam_jannah, "ecb"),
    "social-roundup": (fam_social_roundup, "entertainment"),
    "state-media": (fam_state_media, "politics"),
    "fact-check": (fam_fact_check, "politics"),
    "invest-analysis": (fam_invest, "business"),
    "infinite-scroll": (fam_infinite, "news"),
    "react15-news": (fam_react15, "news"),
}


def build_pages(per_family: int = 16, seed: int = 1001) -> list[Page]:
    """Set K: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment")
    return draw_set(
        "k",
        seed,
        per_family,
        FAMILIES,
        kinds,
        pool,
        "example.com",
        key=text_key,
        amend=lambda family: mid_head,
    )


if __name__ == "__main__":  # page_families_k.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 1001)

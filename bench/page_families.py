"""The template families of the constructed pages, and `build_pages` (see page_templates.py).

Designed before digest's output on them was looked at: every family here (session 6).
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import random
from collections.abc import Callable

from page_templates import (
    _SENT,
    _WORD,
    NAMES,
    PEOPLE,
    WORDS,
    Block,
    Body,
    Ctx,
    Page,
    Pool,
    author_bio,
    bbc_bodies,
    bio,
    comments,
    cookie,
    crumbs,
    date,
    disqus,
    esc,
    feed_bodies,
    footer,
    gold_text,
    nav,
    newsletter,
    pagination,
    related_grid,
    render_blocks,
    share,
    sidebar,
    slug,
    tags,
    words,
    zyte_bodies,
)

# ---------------------------------------------------------------------------------------------
# Families: one per publishing system or page kind


def head(c: Ctx, lang: str = "en") -> str:
    t = esc(c.body.title)
    first = next((str(v) for k, v in c.body.blocks if k == "p"), "")
    desc = esc(_SENT.split(first)[0][:200])
    meta = f'<meta property="og:title" content="{t}">' if c.rng.random() < 0.8 else ""
    meta += f'<meta name="description" content="{desc}">' if c.rng.random() < 0.6 else ""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<title>{t} – {c.site}</title>{meta}<link rel="stylesheet" href="/s.css">'
        "<script>window.dataLayer=[];</script></head>"
    )


def byline(c: Ctx, person: str) -> str:
    return f'<div class="meta"><span>{c.W["by"]} <a href="/author/{slug(person)}/">{person}</a></span> · <time>{date(c.rng)}</time></div>'


def fam_wordpress(c: Ctx) -> tuple[str, list[Block]]:
    person = c.rng.choice(PEOPLE)
    body, gold = render_blocks(c, c.body.blocks)
    pid = c.rng.randint(100, 9999)
    extras = share(c) + (related_grid(c, 3) if c.rng.random() < 0.5 else "")
    after = (author_bio(c, person) if c.rng.random() < 0.6 else "") + pagination(c)
    thread = comments(c, "wp") if c.rng.random() < 0.8 else disqus(c)
    html = (
        f'<body class="post-template-default single"><div id="page" class="site"><header id="masthead">'
        f'<div class="site-branding"><p class="site-title"><a href="/">{c.site}</a></p></div>'
        f'<nav id="site-navigation">{nav(c)}</nav></header><div id="content" class="site-content">'
        f'<div id="primary" class="content-area"><main id="main" class="site-main">'
        f'<article id="post-{pid}" class="post-{pid} post type-post status-publish">'
        f'<header class="entry-header"><h1 class="entry-title">{esc(c.body.title)}</h1>'
        f'<div class="entry-meta">Posted on {date(c.rng)} by {person}</div></header>'
        f'<div class="entry-content">{body}{extras}</div><footer class="entry-footer">{tags(c)}</footer>'
        f"</article>{after}{thread}</main></div>"
        f'<aside id="secondary" class="widget-area">{sidebar(c, c.rng.random() < 0.5)}</aside></div>'
        f"{footer(c)}</div></body></html>"
    )
    return html, gold


def fam_ghost(c: Ctx) -> tuple[str, list[Block]]:
    person = c.rng.choice(PEOPLE)
    first = next((str(v) for k, v in c.body.blocks if k == "p"), "")
    body, gold = render_blocks(c, c.body.blocks)
    cta = (
        '<section class="footer-cta"><div class="inner"><h2>Sign up for more like this.</h2>'
        '<a class="footer-cta-button" href="#/portal">Enter your email<span>Subscribe</span></a>'
        "</div></section>"
    )
    thread = disqus(c) if c.rng.random() < 0.5 else comments(c, "plain")
    cards = []
    for _ in range(3):
        o = c.pool.other(c.rng, c.body)
        cards.append(
            f'<article class="post-card post"><a class="post-card-image-link" href="/{slug(o.title)}/">'
            f'<img src="/c.jpg" alt=""></a><div class="post-card-content"><a href="/{slug(o.title)}/">'
            f'<header><h2 class="post-card-title">{esc(o.title)}</h2></header><div class="post-card-excerpt">'
            f"{esc(c.pool.sentences(c.rng, c.body, 2))}</div></a></div></article>"
        )
    c.used.append("related+excerpts-as-article")
    html = (
        f'<body class="post-template"><div class="viewport"><header id="gh-head">{nav(c)}</header>'
        f'<div class="site-content"><main id="site-main" class="site-main"><article class="article post">'
        f'<header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/news/">News</a>'
        f'</section><h1 class="article-title">{esc(c.body.title)}</h1>'
        f'<p class="article-excerpt">{esc(_SENT.split(first)[0])}</p>'
        f'<div class="article-byline"><a href="/author/{slug(person)}/">{person}</a>'
        f"<time>{date(c.rng)}</time></div></header>"
        f'<section class="gh-content gh-canvas">{body}</section>{cta}</article>'
        f'<section class="article-comments gh-canvas">{thread}</section></main></div>'
        f'<aside class="read-more-wrap outer"><div class="read-more inner"><h3>{c.W["read"]}</h3>{"".join(cards)}</div></aside>'
        f"{footer(c)}</div></body></html>"
    )
    return html, gold


def fam_medium(c: Ctx) -> tuple[str, list[Block]]:
    c.N = NAMES["obf"]
    person = c.rng.choice(PEOPLE)
    paras: list[str] = []
    gold: list[Block] = []
    for kind, value in c.body.blocks:
        if kind == "p":
            paras.append(
                f'<p class="pw-post-body-paragraph lk ll fj lm b ln lo lp">{esc(str(value))}</p>'
            )
        elif kind == "h":
            paras.append(f'<h2 class="pw-post-body-heading mg mh">{esc(str(value))}</h2>')
        elif kind in ("ul", "ol"):
            paras.append(
                "<ul>" + "".join(f'<li class="nw nx">{esc(str(v))}</li>' for v in value) + "</ul>"
            )  # type: ignore[attr-defined]
        else:
            continue
        gold.append((kind, value))
    more = "".join(
        f'<div class="qr qs"><div><h2>{c.link(o.title)}</h2><div><h3>{esc(c.pool.sentences(c.rng, c.body, 2))}</h3></div></div></div>'
        for o in (c.pool.other(c.rng, c.body) for _ in range(4))
    )
    c.used.append("more-from-author+excerpts")
    html = (
        f'<body><div id="root"><div class="a b c"><div class="d e f">{nav(c)}</div>'
        f'<div class="l"><article><div class="m"><section><div class="n p"><div class="ab ca cb">'
        f'<div><h1 class="pw-post-title gw gx">{esc(c.body.title)}</h1></div>'
        f'<div class="hf hg"><a href="/@{slug(person)}">{person}</a><span>·</span><span>Follow</span>'
        f"<span>{c.rng.randint(3, 14)} min read</span><span>·</span><span>{date(c.rng)}</span></div>"
        f'<div class="ik il"><span>{c.rng.randint(10, 900)}</span><span>{c.rng.randint(1, 30)}</span></div>'
        f"{''.join(paras)}</div></div></section></div></article></div>"
        f'<div class="ry rz"><div><h2>{c.W["written"]} {person}</h2><p>{esc(bio(c.rng, person))}</p></div></div>'
        f"{comments(c, 'card')}"
        f'<div class="sa sb"><h2>More from {person}</h2>{more}</div></div></div></body></html>'
    )
    c.used.append("bio")
    return html, gold


def fam_substack(c: Ctx) -> tuple[str, list[Block]]:
    name = c.site.split(".")[0].title()
    widget = (
        f'<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">'
        f"Thanks for reading {name}! Subscribe for free to receive new posts and support my work.</p>"
        '<form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email…">'
        '<input type="submit" value="Subscribe"></form></div></div>'
    )
    c.used.append("subscribe-widget")
    blocks = c.body.blocks
    mid = len(blocks) // 2
    b1, g1 = render_blocks(c, blocks[:mid], inline=False)
    b2, g2 = render_blocks(c, blocks[mid:], inline=c.rng.random() < 0.5)
    person = c.rng.choice(PEOPLE)
    html = (
        f'<body><div class="main-menu"><a href="/">{name}</a>{nav(c)}</div><div class="single-post-container">'
        f'<div class="container"><div class="single-post"><article class="typography newsletter-post post">'
        f'<div class="post-header"><h1 class="post-title">{esc(c.body.title)}</h1>'
        f'<h3 class="subtitle">{esc(c.pool.sentences(c.rng, c.body, 1))}</h3>'
        f'<div class="post-meta"><a href="/@{slug(person)}">{person}</a><div>{date(c.rng)}</div></div></div>'
        f'<div class="available-content"><div class="body markup" dir="auto">{b1}{widget}{b2}</div></div>'
        f'<div class="post-footer">{share(c)}</div></article></div></div>'
        f'<div class="comments-section"><h4>{c.W["discussion"]}</h4>{comments(c, c.rng.choice(["card", "plain"]))}</div>'
        f'<div class="post-end-cta"><h3>{c.W["ready"]}</h3>{widget}</div></div></body></html>'
    )
    return html, g1 + g2


def fam_news(c: Ctx) -> tuple[str, list[Block]]:
    person = c.rng.choice(PEOPLE)
    blocks = list(c.body.blocks)
    dl = ""
    if blocks and blocks[0][0] == "p" and c.rng.random() < 0.6:
        dl = c.rng.choice(["LONDON", "NEW YORK", "BERLIN", "NAIROBI", "TOKYO"]) + " (Reuters) — "
        blocks[0] = ("p", dl + str(blocks[0][1]))
        c.used.append("dateline")
    body, gold = render_blocks(c, blocks)
    lead = (
        f'<figure class="lead"><img src="/lead.jpg" alt=""><figcaption>{esc(c.pool.sentences(c.rng, c.body, 1))}'
        f"</figcaption></figure>"
    )
    most = "".join(f"<li>{c.link(c.pool.headline(c.rng, c.body))}</li>" for _ in range(5))
    html = (
        f"<body><header>{nav(c)}</header>{cookie(c)}<main><article>{crumbs(c)}"
        f'<h1>{esc(c.body.title)}</h1><p class="standfirst">{esc(c.pool.sentences(c.rng, c.body, 1))}</p>'
        f'{byline(c, person)}{lead}<div class="article-body">{body}</div>{share(c)}{tags(c)}</article>'
        f"{related_grid(c, 0, excerpts=c.rng.random() < 0.5)}{newsletter(c)}</main>"
        f"<aside><h2>{c.W['popular']}</h2><ol>{most}</ol></aside><footer>{footer(c)}</footer></body></html>"
    )
    return html, gold


def fam_foreign_soup(c: Ctx) -> tuple[str, list[Block]]:
    lang = c.rng.choice(["de", "es", "pt", "nl", "neutral"])
    c.N = NAMES[lang]
    c.W = words(lang if lang in WORDS else "en")
    person = c.rng.choice(PEOPLE)
    body, gold = render_blocks(c, c.body.blocks, para=c.rng.choice(["p", "div", "br"]))
    thread = comments(c, "plain")
    html = (
        f'<body><div id="wrap"><div{c.cls("nav")}>{nav(c)}</div>{cookie(c)}<div class="container">'
        f'<div class="row"><div class="col-8">{crumbs(c)}<div class="titulo"><h1>{esc(c.body.title)}</h1></div>'
        f"{byline(c, person)}<div{c.cls('content')}>{body}</div>{share(c)}{tags(c)}"
        f"{author_bio(c, person) if c.rng.random() < 0.5 else ''}{related_grid(c, 4, excerpts=True)}{thread}</div>"
        f'<div class="col-4">{sidebar(c, True)}</div></div></div>{footer(c)}</div></body></html>'
    )
    return html, gold


def fam_split(c: Ctx) -> tuple[str, list[Block]]:
    blocks = c.body.blocks
    k = c.rng.randint(2, 4)
    cuts = sorted(c.rng.sample(range(1, len(blocks)), k=min(k - 1, len(blocks) - 1)))
    parts, gold = [], []
    name = c.rng.choice(["article-body__part", "story-text", "paywall", "body-section", ""])
    for a, b in zip([0, *cuts], [*cuts, len(blocks)], strict=True):
        html, g = render_blocks(c, blocks[a:b], inline=False)
        gold += g
        parts.append(f'<div class="{name}">{html}</div>' if name else f"<div>{html}</div>")
    between = [
        lambda: '<div class="ad-slot"><span>Advertisement</span></div>',
        lambda: newsletter(c),
        lambda: (
            f'<div class="inline-related"><h4>{c.W["related"]}</h4><ul>'
            + "".join(f"<li>{c.link(c.pool.headline(c.rng, c.body))}</li>" for _ in range(3))
            + "</ul></div>"
        ),
        lambda: (
            '<div class="video-embed"><iframe src="https://video.example/embed/1"></iframe></div>'
        ),
    ]
    c.used.append("split")
    joined = parts[0] + "".join(c.rng.choice(between)() + p for p in parts[1:])
    person = c.rng.choice(PEOPLE)
    html = (
        f'<body><header>{nav(c)}</header><div class="page"><article><h1>{esc(c.body.title)}</h1>'
        f"{byline(c, person)}{joined}</article>{related_grid(c)}{sidebar(c)}</div>{footer(c)}</body></html>"
    )
    return html, gold


def fam_liveblog(c: Ctx) -> tuple[str, list[Block]]:
    paras = [b for b in c.body.blocks if b[0] == "p"]
    posts, gold, keys = [], [], []
    i = 0
    hour, minute = 18, 0
    while i < len(paras):
        n = c.rng.randint(1, 3)
        chunk = paras[i : i + n]
        i += n
        minute -= c.rng.randint(3, 25)
        if minute < 0:
            hour, minute = hour - 1, minute + 60
        title = ""
        if c.rng.random() < 0.5:
            title = " ".join(_WORD.findall(str(chunk[0][1]))[:8])
            keys.append(title)
            gold.append(("h", title))
        gold += chunk
        ps = "".join(f"<p>{esc(str(v))}</p>" for _, v in chunk)
        h = f"<h2>{esc(title)}</h2>" if title else ""
        posts.append(
            f'<div class="block" id="block-{i}"><div class="block-time"><time>{hour:02d}:{minute:02d}</time></div>'
            f'<div class="block-elements">{h}{ps}</div><div class="block-share">{c.W["share"]}</div></div>'
        )
    key = "".join(f'<li><a href="#block-1">{esc(t)}</a></li>' for t in keys[:6])
    c.used.append("liveblog")
    html = (
        f'<body><header>{nav(c)}</header><main><div class="live"><span>LIVE</span>'
        f'<h1>{esc(c.body.title)}</h1><div class="key-events"><h3>{c.W["key"]}</h3><ul>{key}</ul></div>'
        f'<div class="live-blog-body">{"".join(posts)}</div><button>{c.W["more"]}</button></div>'
        f"{related_grid(c)}</main>{footer(c)}</body></html>"
    )
    return html, gold


def fam_short(c: Ctx) -> tuple[str, list[Block]]:
    blocks: list[Block] = []
    total = 0
    limit = c.rng.randint(40, 140)
    for kind, value in c.body.blocks:
        if kind != "p":
            continue
        n = len(_WORD.findall(str(value)))
        if blocks and total + n > limit:
            break
        if not blocks and n > limit:
            sents = _SENT.split(str(value))
            value = " ".join(sents[: max(1, len(sents) // 3)])
            n = len(_WORD.findall(value))
        blocks.append((kind, value))
        total += n
    c.body = Body(c.body.title, blocks, c.body.lang, c.body.source)
    style = c.rng.choice(["wordpress", "ghost", "foreign"])
    c.used.append(f"short-in-{style}")
    if style == "wordpress":
        return fam_wordpress(c)
    if style == "ghost":
        return fam_ghost(c)
    return fam_foreign_soup(c)


def fam_structured(c: Ctx) -> tuple[str, list[Block]]:
    toc = "".join(
        f'<li><a href="#s{i}">{esc(str(v))}</a></li>'
        for i, (k, v) in enumerate(c.body.blocks)
        if k == "h"
    )
    c.used.append("toc" if toc else "no-toc")
    body, gold = render_blocks(c, c.body.blocks, inline=c.rng.random() < 0.5)
    person = c.rng.choice(PEOPLE)
    html = (
        f'<body><div id="top">{nav(c)}</div><div class="wrap"><div class="post">{crumbs(c)}'
        f"<h1>{esc(c.body.title)}</h1>{byline(c, person)}"
        f"{f'<div class=toc><h4>Contents</h4><ol>{toc}</ol></div>' if toc else ''}"
        f'<div class="post-body">{body}</div>{share(c)}{author_bio(c, person)}</div>'
        f"{sidebar(c, True)}{comments(c, c.rng.choice(['wp', 'plain']))}</div>{footer(c)}</body></html>"
    )
    return html, gold


FAMILIES: dict[str, tuple[Callable[[Ctx], tuple[str, list[Block]]], str]] = {
    # name: (template, body kind)
    "wordpress": (fam_wordpress, "en"),
    "ghost": (fam_ghost, "en"),
    "medium": (fam_medium, "en"),
    "substack": (fam_substack, "en"),
    "news": (fam_news, "en"),
    "foreign-soup": (fam_foreign_soup, "en"),
    "split": (fam_split, "en"),
    "liveblog": (fam_liveblog, "en"),
    "short": (fam_short, "en"),
    "non-english": (fam_news, "xx"),
    "non-english-soup": (fam_foreign_soup, "xx"),
    "structured": (fam_structured, "structured"),
}


def _structured(b: Body) -> bool:
    return (
        any(k in ("ul", "ol", "table") for k, _ in b.blocks)
        and sum(k == "p" for k, _ in b.blocks) >= 3
    )


def build_pages(per_family: int = 16, seed: int = 17) -> list[Page]:
    """The labelled set: `per_family` pages per family, the same on every run."""
    bbc, zyte, feeds = bbc_bodies(), zyte_bodies(), feed_bodies()
    english = [b for b in bbc + zyte + feeds if b.lang == "en" and b.words() >= 150]
    pool = Pool(bbc + [b for b in zyte + feeds if b.lang == "en"])
    xx_pool = Pool([b for b in zyte + feeds if b.lang == "xx"] + bbc[:50])
    kinds = {
        "en": english,
        "xx": [b for b in zyte + feeds if b.lang == "xx" and b.words() >= 80],
        "structured": [b for b in feeds + zyte if b.lang == "en" and _structured(b)],
    }
    pages = []
    for family, (template, kind) in FAMILIES.items():
        rng = random.Random(f"{seed}:{family}")
        candidates = kinds[kind]
        picks = rng.sample(candidates, k=min(per_family, len(candidates)))
        for n, body in enumerate(picks):
            if len(body.blocks) > 40:
                body = Body(body.title, body.blocks[:40], body.lang, body.source)
            site = f"{family.replace('-', '')}{n}.example.org"
            lang = "pt" if kind == "xx" and rng.random() < 0.5 else ("de" if kind == "xx" else "en")
            c = Ctx(rng, body, xx_pool if kind == "xx" else pool, NAMES["en"], words(lang), site)
            html, gold_blocks = template(c)
            url = f"https://{site}/{rng.randint(2015, 2024)}/{slug(body.title)}/"
            page_html = head(c, "en" if kind != "xx" else lang) + html
            pages.append(
                Page(
                    f"{family}-{n:02d}",
                    family,
                    tuple(dict.fromkeys(c.used)),
                    url,
                    page_html,
                    gold_text(gold_blocks),
                    body.source,
                )
            )
    return pages


if __name__ == "__main__":
    import sys

    ps = build_pages()
    print(len(ps), "pages")
    from collections import Counter

    print(Counter(p.family for p in ps))
    if len(sys.argv) > 1:
        p = next(p for p in ps if p.page_id == sys.argv[1])
        print(p.url, p.furniture, p.body_source)
        print(p.html)
        print("=== GOLD ===")
        print(p.gold)

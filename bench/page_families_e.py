"""Set E of the constructed pages: 14 template families that sets A-D lack, and `build_pages`.

Each family imitates a real, common publishing structure: WordPress page builders (Elementor,
Divi), the tagDiv "Newspaper" theme, a HubSpot blog, a Shopify store blog, a Webflow blog, a
Beehiiv newsletter's web version (those seven in page_templates_e.py), and here a Nuxt/Vue
server-rendered news page, a dev.to-like developer post, an old hosted blog (TypePad, Movable
Type or LiveJournal), a local TV station story, a news site in German, French or Spanish
furniture, a printer-friendly page and a corporate newsroom on Adobe Experience Manager.
Furniture sits both around the article and inside its container. Written blind to digest's
extraction rules and frozen before digest was first run on it (session 8, the held-out judge of
that session's extraction changes); the gold convention and the decisions for new structures are
in page_templates_e.py's docstring.

    .venv/bin/python bench/bench_pages.py --set e --seed 401
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import re
from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_templates import PEOPLE, Block, Body, Ctx, Page, Pool, bbc_bodies, bio, date, esc, slug
from page_templates_b import (
    _CITIES,
    block_html,
    code_bodies,
    ecb_bodies,
    flow,
    headlines,
    image_block,
    inserts,
)
from page_templates_c import ecb_lede_bodies, handle, short_blog_bodies
from page_templates_e import (
    brand,
    chunks,
    fam_beehiiv,
    fam_divi,
    fam_elementor,
    fam_hubspot,
    fam_shopify,
    fam_tagdiv,
    fam_webflow,
    hexid,
    sentence,
    with_dateline,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]


# ---------------------------------------------------------------------------------------------
# Nuxt / Vue server-rendered news page


def _vue(html: str, scope: str) -> str:
    """Vue's scoped-style attribute on every start tag of a component's HTML."""
    return re.sub(r"<([a-z][a-z0-9]*)([ >])", rf"<\1 {scope}\2", html)


def _nuxt_teaser(c: Ctx) -> str:
    c.used.append("nuxt-inline-teaser")
    h = c.pool.headline(c.rng, c.body)
    return _vue(
        f'<div class="content-block content-block--teaser"><a href="/news/{slug(h)}-{c.rng.randint(10**5, 10**6)}" class="teaser-inline"><div class="teaser-inline__image"><img src="/_nuxt/img/t.jpg" loading="lazy" alt=""></div><div class="teaser-inline__text"><span class="teaser-inline__label">Also read</span><span class="teaser-inline__title">{esc(h)}</span></div></a></div>',
        f"data-v-{hexid(c, 8)}",
    )


def _nuxt_ad(c: Ctx) -> str:
    c.used.append("nuxt-ad-block")
    return _vue(
        f'<div class="content-block content-block--ad"><div class="ad-container" data-ad-slot="mid{c.rng.randint(1, 4)}"><span class="ad-label">Advertisement</span><div id="ad-mid-{c.rng.randint(1, 9)}"></div></div></div><!---->',
        f"data-v-{hexid(c, 8)}",
    )


def fam_nuxt(c: Ctx) -> tuple[str, list[Block]]:
    """A news page rendered by Nuxt: data-v-* attributes everywhere, <!----> placeholders, the
    body in content-block divs, inline teasers and ads, the window.__NUXT__ state script."""
    scope = f"data-v-{hexid(c, 8)}"
    parts, gold = [], []
    for part in chunks(c, c.body.blocks, c.rng.randint(2, 5)):
        html, g = flow(c, part, [], 0)
        parts.append(f'<div class="content-block content-block--text">{_vue(html, scope)}</div>')
        gold += g
        if c.rng.random() < 0.5:
            parts.append(c.rng.choice([_nuxt_teaser, _nuxt_ad])(c))
    who = c.rng.choice(PEOPLE)
    hs = headlines(c, 6)
    grid = "".join(
        f'<a href="/news/{slug(h)}" class="teaser-card"><div class="teaser-card__image"><img src="/_nuxt/img/c.jpg" loading="lazy" alt=""></div><span class="teaser-card__kicker">{c.rng.choice(["Politics", "Economy", "World", "Science"])}</span><h3 class="teaser-card__title">{esc(h)}</h3><p class="teaser-card__text">{sentence(c)}</p></a>'
        for h in hs[:4]
    )
    most = "".join(
        f'<li class="most-read__item"><span class="most-read__rank">{i + 1}</span><a href="/news/{slug(h)}">{esc(h)}</a></li>'
        for i, h in enumerate(headlines(c, 5))
    )
    nav = "".join(
        f'<li><a href="/{w.lower()}" class="main-nav__link">{w}</a></li>'
        for w in ("News", "Politics", "Economy", "World", "Science", "Culture", "Sport")
    )
    s = [f"data-v-{hexid(c, 8)}" for _ in range(6)]
    state = (
        f'window.__NUXT__=(function(a,b,c,d){{return {{layout:"default",data:[{{article:{{id:{c.rng.randint(10**5, 10**6)},title:a,section:b,author:c,published:d,'
        f'paywall:false,commentsEnabled:true}}}}],fetch:{{}},error:null,state:{{user:{{loggedIn:false}},consent:{{given:false}}}},serverRendered:true,routePath:"/news/{slug(c.body.title)}"}}}}'
        f'("{esc(c.body.title)}","news","{who}","2023-01-01T10:00:00Z"));'
    )
    c.used += ["nuxt-header", "nuxt-meta", "nuxt-tags", "nuxt-share", "nuxt-support-box"]
    c.used += ["nuxt-recommendations", "nuxt-most-read", "nuxt-state-script", "nuxt-footer"]
    html = (
        f'<body><div id="__nuxt"><!----><div id="__layout"><div {s[0]} class="app layout-default">'
        + _vue(
            f'<header class="site-header"><div class="site-header__inner"><a href="/" class="logo nuxt-link-active" aria-label="{brand(c)} home"><svg viewBox="0 0 120 24" aria-hidden="true"><path d="M0 0h120v24H0z"></path></svg></a><nav class="main-nav"><ul class="main-nav__list">{nav}</ul></nav><div class="site-header__actions"><a href="/subscribe" class="btn btn--primary">Subscribe</a><button class="btn btn--ghost">Log in</button></div></div></header>',
            s[1],
        )
        + f'<main {s[0]} class="page page--article"><article {s[2]} class="article">'
        + _vue(
            f'<div class="article-header"><span class="article-header__kicker">{c.rng.choice(["Politics", "Economy", "World", "Science"])}</span><h1 class="article-header__headline">{esc(c.body.title)}</h1><p class="article-header__teaser">{sentence(c)}</p>'
            f'<div class="meta"><span class="meta__author">By {who}</span><time class="meta__date">{date(c.rng)}</time><span class="meta__reading-time">{c.rng.randint(2, 9)} min read</span></div></div>'
            f'<figure class="article-image"><img src="/_nuxt/img/lead.jpg" alt=""><figcaption class="article-image__caption">{sentence(c)} <span class="article-image__credit">Photo: {c.rng.choice(PEOPLE)}</span></figcaption></figure><!---->',
            s[2],
        )
        + f'<div {s[2]} class="article-body">{"".join(parts)}</div>'
        + _vue(
            f'<div class="article-footer"><ul class="tag-list"><li><a href="/topic/{slug(hs[4])}" class="tag">{esc(hs[4][:24])}</a></li><li><a href="/topic/news" class="tag">News</a></li></ul>'
            '<div class="share-bar"><button class="share-bar__btn" aria-label="Share on Facebook">Facebook</button><button class="share-bar__btn" aria-label="Share on X">X</button><button class="share-bar__btn" aria-label="Share via email">Email</button><button class="share-bar__btn" aria-label="Copy link">Copy link</button></div>'
            '<div class="support-box"><h3 class="support-box__title">Support independent journalism</h3><p class="support-box__text">Our reporting is free for everyone. If you value it, become a supporter from just 5 a month and help us stay independent.</p><a href="/support" class="btn btn--primary">Support us</a></div><!----></div>',
            s[3],
        )
        + "</article>"
        + _vue(
            f'<section class="recommendations"><h2 class="recommendations__title">Recommended</h2><div class="teaser-grid">{grid}</div></section>',
            s[4],
        )
        + _vue(
            f'<aside class="sidebar"><div class="most-read"><h2 class="most-read__title">Most read</h2><ol class="most-read__list">{most}</ol></div></aside>',
            s[5],
        )
        + "</main>"
        + _vue(
            f'<footer class="site-footer"><ul class="site-footer__links"><li><a href="/about">About us</a></li><li><a href="/imprint">Imprint</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li><li><a href="/jobs">Jobs</a></li></ul><p class="site-footer__copy">© {c.rng.randint(2018, 2024)} {brand(c)}</p></footer>',
            s[1],
        )
        + f'</div></div></div><script>{state}</script><script src="/_nuxt/{hexid(c, 20)}.js" defer></script><script src="/_nuxt/{hexid(c, 20)}.js" defer></script></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A developer post (dev.to / Forem)


def _devto_block(c: Ctx, block: Block) -> tuple[str, list[Block]]:
    kind, value = block
    if kind == "code":
        lang = c.rng.choice(["go", "python", "shell", "javascript", "plaintext"])
        return (
            f'<div class="highlight js-code-highlight">\n<pre class="highlight {lang}"><code>{esc(str(value))}</code></pre>\n'
            '<div class="highlight__panel js-actions-panel">\n<div class="highlight__panel-action js-fullscreen-code-action">\n'
            '<svg xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-on"><title>Enter fullscreen mode</title><path d="M16 3h6v6h-2V5h-4V3z"></path></svg>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" width="20px" height="20px" viewBox="0 0 24 24" class="highlight-action crayons-icon highlight-action--fullscreen-off"><title>Exit fullscreen mode</title><path d="M18 7h4v2h-6V3h2v4z"></path></svg>\n'
            "</div>\n</div>\n</div>",
            [("p", str(value))],
        )
    if kind == "h":
        a = slug(str(value))
        return f'<h2>\n  <a name="{a}" href="#{a}">\n  </a>\n  {esc(str(value))}\n</h2>', [block]
    return block_html(c, block)


def fam_devto(c: Ctx) -> tuple[str, list[Block]]:
    """A Forem (dev.to) article: reactions column, crayons article card with tags, the body
    with code panels, "Top comments", "Read next", the author card and "More from"."""
    out, gold = [], []
    for block in c.body.blocks:
        html, g = _devto_block(c, block)
        out.append(html)
        gold += g
    who = c.rng.choice(PEOPLE)
    user = slug(who).replace("-", "")
    tags = "".join(
        f'<a class="crayons-tag crayons-tag--monochrome" href="/t/{t}"><span class="crayons-tag__prefix">#</span>{t}</a>'
        for t in c.rng.sample(["go", "python", "webdev", "programming", "devops", "tutorial"], 4)
    )
    n = c.rng.randint(1, 5)
    comments = "".join(
        f'<div class="comment single-comment-node root comment--deep-0" id="comment-node-{c.rng.randint(10**5, 10**6)}"><div class="comment__inner"><div class="comment__details"><div class="comment__content crayons-card"><div class="comment__header"><a href="/{handle(c.rng)}" class="crayons-link">{p}</a> <span class="color-base-30">•</span> <a href="#" class="comment-date crayons-link crayons-link--secondary fs-s"><time>{date(c.rng)}</time></a></div>'
        f'<div class="comment__body text-styles text-styles--secondary body-preview"><p>{sentence(c, c.rng.randint(1, 3))}</p></div></div>'
        f'<footer class="comment__footer"><button class="crayons-btn crayons-btn--ghost crayons-btn--s crayons-btn--icon-left reaction-like"><span class="reactions-count">{c.rng.randint(1, 40)}</span>&nbsp;<span class="reactions-label">likes</span></button><a class="actions crayons-btn crayons-btn--ghost crayons-btn--s crayons-btn--icon-left toggle-reply-form" href="#">Reply</a></footer></div></div></div>'
        for p in c.rng.sample(PEOPLE, n)
    )
    read_next = "".join(
        f'<a href="/{handle(c.rng)}/{slug(h)}" class="crayons-link fw-bold"><div class="flex items-center"><img src="/avatar.png" class="crayons-avatar__image" alt=""><div><h4 class="fs-l mb-0 lh-tight">{esc(h)}</h4><p class="fs-s color-base-60">{c.rng.choice(PEOPLE)} - {date(c.rng)}</p></div></div></a>'
        for h in headlines(c, 4)
    )
    more = "".join(
        f'<a href="/{user}/{slug(h)}" class="crayons-link crayons-link--contentful"><h3 class="fs-base">{esc(h)}</h3><div class="crayons-story__tags"><span class="crayons-tag">#go</span><span class="crayons-tag">#opensource</span></div></a>'
        for h in headlines(c, 3)
    )
    reactions = "".join(
        f'<button id="reaction-butt-{k}" class="crayons-reaction crayons-reaction--{k}" data-category="{k}" title="{t}"><span class="crayons-reaction__icon crayons-reaction__icon--inactive"><svg aria-hidden="true"></svg></span><span class="crayons-reaction__count" id="reaction-number-{k}">{c.rng.randint(0, 300)}</span></button>'
        for k, t in (("like", "Heart"), ("unicorn", "Unicorn"), ("readinglist", "Saved"))
    )
    c.used += ["forem-header", "reactions", "forem-tags", "code-panels", "top-comments"]
    c.used += ["read-next", "author-card", "more-from", "forem-footer"]
    html = (
        '<body class="default sans-serif-article-body" data-user-status="logged-out"><header id="topbar" class="crayons-header topbar print-hidden"><span id="route-change-target" tabindex="-1"></span><a href="#main-content" class="skip-content-link">Skip to content</a><div class="crayons-header__container"><a href="/" class="site-logo" aria-label="DEV Community Home"><svg aria-hidden="true"></svg></a>'
        '<div class="crayons-header--search js-search-form" id="header-search"><form accept-charset="UTF-8" method="get" action="/search" role="search"><div class="crayons-fields crayons-fields--horizontal"><div class="crayons-field flex-1 relative"><input class="crayons-header--search-input crayons-textfield" type="text" name="q" placeholder="Search..." autocomplete="off"></div></div></form></div>'
        '<div class="flex items-center h-100 ml-auto"><a href="/enter" class="c-link c-link--block">Log in</a><a href="/enter?state=new-user" class="c-cta c-cta--branded">Create account</a></div></div></header>'
        '<div id="page-content" class="wrapper articles-show"><div class="crayons-layout crayons-layout--3-cols crayons-layout--article">'
        f'<aside class="crayons-layout__sidebar-left" aria-label="Article actions"><div class="crayons-article-actions print-hidden"><div class="crayons-article-actions__inner">{reactions}<button class="crayons-btn crayons-btn--ghost crayons-btn--icon" aria-label="Jump to Comments">Comments</button><button class="crayons-btn crayons-btn--ghost" aria-label="Share post options">Share</button></div></div></aside>'
        f'<main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper"><article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="{c.rng.randint(10**5, 10**7)}">'
        f'<header class="crayons-article__header" id="main-title"><div class="crayons-article__cover"><img src="https://media.dev.to/cover.png" width="1000" height="420" class="crayons-article__cover__image" alt="Cover image for {esc(c.body.title)}"></div>'
        f'<div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row"><div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div><div class="crayons-article__subheader"><a href="/{user}" class="crayons-avatar crayons-avatar--l mr-2 shrink-0"><img src="/avatar.png" width="40" height="40" alt="{who}" class="crayons-avatar__img"></a><div class="pl-3 flex-1"><a href="/{user}" class="crayons-link fw-bold">{who}</a>'
        f'<p class="fs-xs color-base-60">Posted on <time datetime="2023-01-01T10:00:00Z" class="date-no-year">{date(c.rng)}</time></p></div></div></div>'
        f'<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">{esc(c.body.title)}</h1><div class="spec__tags flex flex-wrap">{tags}</div></div></header>'
        f'<div class="crayons-article__main"><div class="crayons-article__body text-styles spec__body" data-article-id="1" id="article-body">{"".join(out)}</div></div></article>'
        f'<section id="comments" data-follow-button-container="true" class="text-padding mb-4 crayons-card comments-container print-hidden"><header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments ({n})</h2><div class="flex items-center gap-2"><a class="crayons-btn crayons-btn--secondary" href="#">Subscribe</a></div></header>'
        '<form class="comment-form"><textarea placeholder="Add to the discussion" class="crayons-textfield comment-textarea"></textarea></form>'
        f'<div class="comments" id="comment-trees-container">{comments}</div><div class="mt-4"><a href="/code-of-conduct" class="crayons-link crayons-link--secondary">Code of Conduct</a> • <a href="/report-abuse" class="crayons-link crayons-link--secondary">Report abuse</a></div></section>'
        f'<section class="crayons-card crayons-card--secondary text-padding mb-4 print-hidden"><h2 class="crayons-subtitle-1">Read next</h2>{read_next}</section></div></main>'
        f'<aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation"><div class="crayons-article-sticky grid gap-4 break-word" id="article-show-primary-sticky-nav"><div class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid"><div class="-mt-4"><a href="/{user}" class="flex"><span class="crayons-avatar crayons-avatar--xl mr-2 shrink-0"><img src="/avatar.png" class="crayons-avatar__image" alt=""></span><span class="crayons-link crayons-subtitle-1 mt-5">{who}</span></a></div>'
        f'<button class="crayons-btn whitespace-nowrap follow-action-button w-100">Follow</button><div class="color-base-70">{esc(bio(c.rng, who))}</div><div class="user-metadata-details"><ul class="key-value-pairs"><li><div class="key">Location</div><div class="value">{c.rng.choice(_CITIES)}</div></li><li><div class="key">Joined</div><div class="value"><time>{date(c.rng)}</time></div></li></ul></div></div>'
        f'<div class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3 class="crayons-subtitle-2">More from <a href="/{user}" class="crayons-link">{who}</a></h3></header><div>{more}</div></div></div></aside></div></div>'
        f'<footer id="footer" class="crayons-footer print-hidden"><div id="footer-container" class="crayons-footer__container"><p class="fs-s crayons-footer__description"><a class="c-link" href="/">DEV Community</a> — A constructive and inclusive social network for software developers. With you every step of your journey.</p>'
        '<ul class="footer__nav-links flex justify-center flex-wrap fs-base"><li class="footer__nav-link"><a href="/" class="c-link c-link--block">Home</a></li><li class="footer__nav-link"><a href="/tags" class="c-link c-link--block">Tags</a></li><li class="footer__nav-link"><a href="/faq" class="c-link c-link--block">FAQ</a></li><li class="footer__nav-link"><a href="/privacy" class="c-link c-link--block">Privacy Policy</a></li></ul>'
        '<div class="fs-s"><p>Built on <a class="c-link" href="https://www.forem.com">Forem</a> — the open source software that powers DEV and other inclusive communities.</p><p>Made with love and Ruby on Rails. DEV Community © 2016 - 2024.</p></div></div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# Old hosted blogs: TypePad, Movable Type, LiveJournal


def _old_comments(c: Ctx, system: str, n: int) -> str:
    items = []
    for p in [c.rng.choice(PEOPLE) for _ in range(n)]:
        text = sentence(c, c.rng.randint(1, 3))
        when = f"{date(c.rng)} at {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} PM"
        if system == "typepad":
            items.append(
                f'<div class="comment font-entrybody" id="comment-{hexid(c, 16)}"><div class="comment-content font-entrybody"><p>{text}</p></div><p class="comment-footer font-entryfooter">Posted by: <a href="http://{handle(c.rng)}.example/">{p}</a> | <a href="#">{when}</a></p></div>'
            )
        elif system == "mt":
            items.append(
                f'<div class="comment" id="comment-{c.rng.randint(1000, 99999)}"><div class="inner"><div class="comment-header"><div class="asset-meta"><span class="byline"><span class="vcard author">{p}</span> | <a href="#"><abbr class="published">{when}</abbr></a></span></div></div><div class="comment-content"><p>{text}</p></div></div></div>'
            )
        else:
            items.append(
                f'<div class="b-tree-twig b-tree-twig-1"><div class="b-leaf b-leaf-withuserpic"><div class="b-leaf-inner"><div class="b-leaf-header"><span class="b-leaf-username"><span class="ljuser"><a href="https://{handle(c.rng)}.livejournal.com/"><b>{slug(p).replace("-", "_")}</b></a></span></span><span class="b-leaf-meta"><a class="b-leaf-permalink" href="#"><span class="b-leaf-createdtime">{when}</span></a></span></div>'
                f'<div class="b-leaf-article">{text}</div><div class="b-leaf-footer"><ul class="b-leaf-actions"><li class="b-leaf-actions-item b-leaf-actions-reply"><a href="#">Reply</a></li><li class="b-leaf-actions-item b-leaf-actions-thread"><a href="#">Thread</a></li><li class="b-leaf-actions-item b-leaf-actions-link"><a href="#">Link</a></li></ul></div></div></div></div>'
            )
    return "".join(items)


def fam_old_blog(c: Ctx) -> tuple[str, list[Block]]:
    """An old hosted blog's permalink page: TypePad (entry-body + entry-more), Movable Type
    (asset-body + asset-more) or LiveJournal (b-singlepost-body, <br><br> paragraphs)."""
    system = c.rng.choice(["typepad", "mt", "lj"])
    blocks = c.body.blocks
    cut = c.rng.randint(1, max(1, min(3, len(blocks) - 1)))
    n = c.rng.randint(1, 8)
    who = c.rng.choice(PEOPLE)
    title = esc(c.body.title)
    recent = "".join(f"<li>{c.link(h)}</li>" for h in headlines(c, 5))
    months = "".join(
        f'<li><a href="/{y}/{m:02d}/">{["January", "March", "June", "October"][i]} {y}</a></li>'
        for i, (y, m) in enumerate([(2009, 1), (2008, 3), (2008, 6), (2007, 10)])
    )
    c.used += [f"{system}-layout", f"{system}-comments", f"{system}-sidebar"]
    if system == "lj":
        body, gold = flow(c, blocks, [], 0, para="br")
        html = (
            '<body class="s-schemius p-authorpage-blog"><div class="s-header"><div class="s-header-inner"><a href="https://www.livejournal.com/" class="s-logo">LiveJournal</a><nav class="s-nav"><ul class="s-nav-rootlist"><li class="s-nav-item"><a href="/media">Top</a></li><li class="s-nav-item"><a href="/shop">Shop</a></li><li class="s-nav-item"><a href="/login">Log in</a></li><li class="s-nav-item"><a href="/create">Create blog</a></li></ul></nav></div></div>'
            f'<div class="j-w j-p-entry"><div class="j-w-inner"><header class="j-header"><h1 class="j-journal-name"><a href="/">{esc(handle(c.rng))}</a></h1><nav class="j-nav"><a href="/">Recent Entries</a> <a href="/archive">Archive</a> <a href="/friends">Friends</a> <a href="/profile">Profile</a></nav></header>'
            f'<article class="b-singlepost entry hentry"><h1 class="b-singlepost-title entry-title p-name">{title}</h1><p class="b-singlepost-author"><span class="ljuser"><a href="/profile"><b>{slug(who).replace("-", "_")}</b></a></span> <time class="b-singlepost-author-date published dt-published">{date(c.rng)}</time></p>'
            f'<div class="b-singlepost-body entry-content e-content">{body}</div>'
            f'<div class="b-singlepost-tags ljtags"><span class="ljtags-title">Tags:</span> <a href="/tag/life" rel="tag">life</a>, <a href="/tag/books" rel="tag">books</a></div>'
            f'<div class="b-singlepost-tools"><a class="b-singlepost-addcomment" href="#add_comment">{n} comments</a> <a href="#">Share</a> <a href="#">Flag</a></div></article>'
            f'<div class="b-xylem"><ul class="b-xylem-cells"><li class="b-xylem-cell b-xylem-cell-prev"><a class="b-controls b-controls-prev" href="#">Previous Entry</a></li><li class="b-xylem-cell b-xylem-cell-add"><a class="b-addcomment-inner" href="#">Add comment</a></li><li class="b-xylem-cell b-xylem-cell-next"><a class="b-controls b-controls-next" href="#">Next Entry</a></li></ul></div>'
            f'<div class="b-tree b-tree-root">{_old_comments(c, "lj", n)}</div></div>'
            f'<aside class="j-sidebar"><div class="j-w-sidebar-module"><h3>Recent Entries</h3><ul>{recent}</ul></div><div class="j-w-sidebar-module"><h3>Archive</h3><ul>{months}</ul></div></aside></div>'
            '<footer class="s-footer"><ul class="s-footer-nav"><li><a href="/about">About</a></li><li><a href="/legal/tos">Terms of Service</a></li><li><a href="/legal/privacy">Privacy Policy</a></li><li><a href="/support">Help</a></li></ul></footer></body></html>'
        )
        return html, gold
    part1, g1 = flow(c, blocks[:cut], [], 0)
    part2, g2 = flow(c, blocks[cut:], inserts(c, (image_block,)), c.rng.randint(0, 1))
    gold = g1 + g2
    blog = esc(
        f"{c.rng.choice(['Notes from', 'Letters from', 'Dispatches from'])} {c.rng.choice(_CITIES)}"
    )
    if system == "typepad":
        html = (
            '<body class="layout-two-column-right post"><div id="container"><div id="container-inner" class="pkg">'
            f'<div id="banner"><div id="banner-inner" class="pkg"><h1 id="banner-header"><a href="/" accesskey="1">{blog}</a></h1><h2 id="banner-description">{sentence(c)}</h2></div></div>'
            '<div id="pagebody"><div id="pagebody-inner" class="pkg"><div id="alpha"><div id="alpha-inner" class="pkg">'
            f'<div class="entry-category-books entry-author-{slug(who)} entry-type-post entry" id="entry-{hexid(c, 18)}"><h3 class="entry-header">{title}</h3>'
            f'<div class="entry-content"><div class="entry-body">{part1}</div><div class="entry-more" id="more">{part2}</div></div>'
            f'<div class="entry-footer"><p class="entry-footer-info"><span class="post-footers">Posted at {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} AM in <a href="/books/">Books</a> </span><span class="separator">|</span> <a class="permalink" href="#">Permalink</a></p>'
            '<p class="entry-footer-share"><span class="entry-footer-links"><a href="#" class="reblog-link">Reblog (0)</a></span> | <a href="#" class="digg-this">Digg This</a> | <a href="#">Save to del.icio.us</a></p></div></div>'
            f'<div class="comments" id="comments"><a id="comments"></a><h3 class="comments-header">Comments</h3><div class="comments-info"><p><a href="#">Feed</a> You can follow this conversation by subscribing to the <a href="#">comment feed</a> for this post.</p></div><div class="comments-content">{_old_comments(c, "typepad", n)}</div></div>'
            '<form id="comment-form" method="post" action="#"><h3 class="comments-open-header">Post a comment</h3><p>Comments are moderated, and will not appear until the author has approved them.</p><textarea id="comment-text" name="text" rows="10" cols="30"></textarea><input type="submit" name="post" value="Post"></form>'
            '</div></div><div id="beta"><div id="beta-inner" class="pkg">'
            f'<div class="module-about module"><h2 class="module-header">About</h2><div class="module-content"><p>{esc(bio(c.rng, who))}</p></div></div>'
            f'<div class="module-recent-posts module"><h2 class="module-header">Recent Posts</h2><div class="module-content"><ul class="module-list">{recent}</ul></div></div>'
            f'<div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content"><ul class="module-list">{months}</ul></div></div>'
            '<div class="module-syndicate module"><div class="module-content"><a href="/atom.xml">Subscribe to this blog\'s feed</a></div></div><div class="module-powered module"><div class="module-content">Powered by <a href="https://www.typepad.com/">Typepad</a></div></div></div></div></div></div></div></div></body></html>'
        )
        return html, gold
    html = (
        '<body id="classic-blog" class="mt-entry-archive layout-wtt"><div id="container"><div id="container-inner"><div id="header"><div id="header-inner"><div id="header-content">'
        f'<div id="header-name"><a href="/" accesskey="1">{blog}</a></div><div id="header-description">{sentence(c)}</div></div></div></div>'
        '<div id="content"><div id="content-inner"><div id="alpha"><div id="alpha-inner">'
        f'<div id="entry-{c.rng.randint(100, 9999)}" class="entry-asset asset hentry"><div class="asset-header"><h1 id="page-title" class="asset-name entry-title">{title}</h1><div class="asset-meta"><span class="byline">By <span class="vcard author">{who}</span> on <abbr class="published">{date(c.rng)} {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} PM</abbr></span><span class="separator">|</span> <a class="permalink" href="#">Permalink</a></div></div>'
        f'<div class="asset-content entry-content"><div class="asset-body">{part1}</div><div id="more" class="asset-more">{part2}</div></div>'
        '<div class="asset-footer"><div class="entry-categories"><h4>Categories<span class="delimiter">:</span></h4><ul><li class="entry-category"><a href="/essays/">Essays</a></li></ul></div><div class="entry-tags"><h4>Tags<span class="delimiter">:</span></h4><ul><li><a href="#" rel="tag">travel</a><span class="delimiter">,</span></li><li><a href="#" rel="tag">notes</a></li></ul></div></div></div>'
        f'<div id="comments" class="comments"><h2 class="comments-header">{n} Comments</h2><div class="comments-content">{_old_comments(c, "mt", n)}</div>'
        '<div class="comments-open" id="comments-open"><h2 class="comments-open-header">Leave a comment</h2><div class="comments-open-content"><div id="comment-greeting">Sign in to comment, or comment anonymously.</div><form method="post" action="/cgi-bin/mt/mt-comments.cgi" name="comments_form" id="comments-form"><textarea id="comment-text" name="text" rows="15" cols="50"></textarea><input type="submit" accesskey="s" name="post" id="comment-submit" value="Submit"></form></div></div></div>'
        '</div></div><div id="beta"><div id="beta-inner">'
        f'<div class="widget-recent-entries widget"><h3 class="widget-header">Recent Entries</h3><div class="widget-content"><ul>{recent}</ul></div></div>'
        f'<div class="widget-archive-monthly widget-archive widget"><h3 class="widget-header">Monthly Archives</h3><div class="widget-content"><ul>{months}</ul></div></div>'
        '<div class="widget-syndication widget"><div class="widget-content"><ul><li><img src="/mt-static/images/status_icons/feed.gif" alt="Subscribe to feed" width="9" height="9"> <a href="/atom.xml">Subscribe to this blog\'s feed</a></li></ul></div></div>'
        '<div class="widget-powered widget"><div class="widget-content"><a href="https://www.movabletype.com/"><img src="/mt-static/images/bug-pbmt-white.png" alt="Powered by Movable Type 5.2"></a></div></div></div></div></div></div>'
        '<div id="footer"><div id="footer-inner"><div id="footer-content"><div class="widget-powered widget"><div class="widget-content">Powered by <a href="https://www.movabletype.com/">Movable Type Pro</a></div></div>'
        f'<div class="widget-creative-commons widget"><div class="widget-content">This blog is licensed under a <a href="#">Creative Commons License</a>. © {c.rng.randint(2005, 2012)} {who}.</div></div></div></div></div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A local TV station story (TEGNA-like)

_CALLS = ["KXTV", "WKMG", "KUSA", "WTSP", "KPNX", "WFAA", "KSDK", "WUSA", "KING", "WZZM"]
_TV_CITIES = ["DENVER", "TAMPA, Fla.", "PHOENIX", "DALLAS", "ST. LOUIS", "SACRAMENTO, Calif."]


def _tv_section(kind: str, inner: str) -> str:
    extra = " utility__text" if kind == "text" else ""
    return f'<div class="article__section article__section_type_{kind}{extra}">{inner}</div>'


def _tv_video(c: Ctx) -> str:
    c.used.append("tv-inline-video")
    h = c.pool.headline(c.rng, c.body)
    return _tv_section(
        "video",
        f'<div class="video-player" data-video-id="{c.rng.randint(10**5, 10**6)}"><div class="video-player__poster"><img src="/video/poster.jpg" alt=""></div><button class="video-player__play" aria-label="Play video">Play</button><div class="video-player__title">{esc(h)}</div><div class="video-player__duration">{c.rng.randint(0, 3)}:{c.rng.randint(10, 59)}</div></div>',
    )


def _tv_related(c: Ctx) -> str:
    c.used.append("tv-related-line")
    return _tv_section(
        "text", f"<p><strong>RELATED: </strong>{c.link(c.pool.headline(c.rng, c.body))}</p>"
    )


def _tv_ad(c: Ctx) -> str:
    c.used.append("tv-ad")
    return _tv_section(
        "ad", f'<div class="ad ad_type_native" id="native-{c.rng.randint(1, 9)}"></div>'
    )


def fam_tv_station(c: Ctx) -> tuple[str, list[Block]]:
    """A local TV station's story page: weather bar, alert bar, lead video with playlist, the
    body in article__section divs with RELATED lines, videos and ads between, the app line and
    suggested videos at the end, trending rail, forecast, station footer (FCC public file)."""
    call = c.rng.choice(_CALLS)
    blocks = with_dateline(c, c.body.blocks, c.rng.choice(_TV_CITIES))
    sections: list[str] = []
    gold: list[Block] = []
    for kind, value in blocks:
        if sections and c.rng.random() < 0.22:
            sections.append(c.rng.choice([_tv_related, _tv_related, _tv_video, _tv_ad])(c))
        html, g = block_html(c, (kind, value))
        sections.append(_tv_section("text", html))
        gold += g
    if c.rng.random() < 0.7:
        c.used.append("tv-app-line")
        sections.append(
            _tv_section(
                "text",
                f"<p><em>Download the {call} app for breaking news, weather alerts and live newscasts.</em></p>",
            )
        )
    c.used.append("tv-suggested-videos")
    playlist = "".join(
        f'<li class="video-playlist__item"><a href="/video/{slug(h)}"><img src="/v.jpg" alt=""><span class="video-playlist__title">{esc(h)}</span><span class="video-playlist__duration">{c.rng.randint(0, 4)}:{c.rng.randint(10, 59)}</span></a></li>'
        for h in headlines(c, 4)
    )
    sections.append(
        _tv_section("text", f"<p><strong>SUGGESTED VIDEOS: Latest from {call}</strong></p>")
        + _tv_section("video", f'<ul class="video-playlist">{playlist}</ul>')
    )
    who = c.rng.choice(PEOPLE)
    trending = "".join(
        f'<li class="trending__item"><a href="/article/news/{slug(h)}"><img src="/t.jpg" alt=""><span class="trending__title">{esc(h)}</span></a></li>'
        for h in headlines(c, 5)
    )
    days = "".join(
        f'<li class="forecast__day"><span class="forecast__name">{d}</span><span class="forecast__high">{c.rng.randint(55, 95)}°</span><span class="forecast__low">{c.rng.randint(30, 60)}°</span><span class="forecast__cond">{c.rng.choice(["Sunny", "Partly Cloudy", "Showers", "Storms", "Windy"])}</span></li>'
        for d in ("Today", "Tue", "Wed", "Thu", "Fri")
    )
    nav = "".join(
        f'<li class="nav__item"><a href="/{slug(w)}" class="nav__link">{w}</a></li>'
        for w in ("Local News", "Weather", "Traffic", "Sports", "Verify", "Community", "Watch")
    )
    c.used += ["tv-weather-bar", "tv-alert-bar", "tv-lead-video", "tv-trending"]
    c.used += ["tv-forecast", "tv-more-stories", "tv-station-footer"]
    html = (
        f'<body class="page page_type_article"><div class="site-header"><div class="site-header__top"><a href="/" class="site-header__logo"><img src="/logo.svg" alt="{call}"></a>'
        f'<div class="weather-widget"><a href="/weather" class="weather-widget__link"><span class="weather-widget__temp">{c.rng.randint(20, 99)}°</span><span class="weather-widget__cond">{c.rng.choice(["Clear", "Cloudy", "Light Rain", "Fog"])}</span></a><a href="/weather/alerts" class="weather-widget__alerts">{c.rng.randint(1, 4)} Weather Alerts</a></div>'
        f'<a href="/watch" class="site-header__watch-live">Watch Live</a></div><nav class="nav"><ul class="nav__list">{nav}</ul></nav></div>'
        f'<div class="alert-bar alert-bar_type_{c.rng.choice(["breaking", "closings"])}"><span class="alert-bar__label">{c.rng.choice(["Breaking News", "Closings & Delays"])}</span><a href="/closings" class="alert-bar__text">{c.rng.randint(3, 60)} closings and delays reported. Check the full list.</a></div>'
        f'<main class="page__main"><article class="article"><div class="article__headline-wrapper"><h1 class="article__headline">{esc(c.body.title)}</h1><div class="article__summary">{sentence(c)}</div></div>'
        f'<div class="article__lead-asset"><div class="video-player" data-video-id="{c.rng.randint(10**5, 10**6)}"><div class="video-player__title">{esc(c.pool.headline(c.rng, c.body))}</div><div class="video-player__duration">{c.rng.randint(1, 3)}:{c.rng.randint(10, 59)}</div><div class="video-player__upnext">Up next: {esc(c.pool.headline(c.rng, c.body))}</div></div><div class="article__lead-asset-caption">{sentence(c)}</div></div>'
        f'<div class="article__published"><div class="article__author">Author: {who}</div><div class="article__published-date">Published: {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} PM EST {date(c.rng)}</div><div class="article__updated">Updated: {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} PM EST {date(c.rng)}</div></div>'
        '<div class="social-share"><a class="social-share__link social-share__link_type_facebook" href="#">Share on Facebook</a><a class="social-share__link social-share__link_type_twitter" href="#">Share on Twitter</a><a class="social-share__link social-share__link_type_email" href="#">Email</a></div>'
        f'<div class="article__body">{"".join(sections)}</div></article>'
        f'<aside class="page__rail"><div class="trending"><h2 class="trending__header">Trending on {call}</h2><ol class="trending__list">{trending}</ol></div>'
        f'<div class="forecast"><h2 class="forecast__header">{call} Forecast</h2><ul class="forecast__list">{days}</ul><a href="/radar">Interactive Radar</a></div></aside>'
        f'<section class="more-stories"><h2>More Stories</h2><ul>{"".join(f"<li>{c.link(h)}</li>" for h in headlines(c, 5))}</ul></section></main>'
        f'<footer class="footer"><ul class="footer__links"><li><a href="/contact">Contact Us</a></li><li><a href="/careers">Careers</a></li><li><a href="https://publicfiles.fcc.gov/tv-profile/{call.lower()}">{call} Public File</a></li><li><a href="/eeo">EEO Report</a></li><li><a href="/fcc-applications">FCC Applications</a></li><li><a href="/closed-captioning">Closed Captioning Contact</a></li><li><a href="/privacy">Privacy Policy</a></li></ul>'
        f'<p class="footer__copyright">© {c.rng.randint(2019, 2024)} {call}-TV. All Rights Reserved.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A news site in German, French or Spanish furniture around an English text

_FOREIGN: dict[str, dict[str, str]] = {
    "de": dict(
        also="Lesen Sie auch",
        ad="Anzeige",
        more="Mehr zum Thema",
        share="Artikel teilen",
        comments="Kommentare",
        discuss="Diskutieren Sie mit",
        most="Meistgelesen",
        listen="Artikel anhören",
        sub="Jetzt abonnieren",
        login="Anmelden",
        by="Von",
        tags="Themen",
        nav="Politik|Ausland|Panorama|Sport|Wirtschaft|Netzwelt|Wissenschaft|Kultur",
        foot="Impressum|Datenschutz|Nutzungsbedingungen|Kontakt|Cookies & Tracking|Abo kündigen",
        cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren, Werbung anzuzeigen und die Nutzung unseres Angebots zu analysieren. Sie können Ihre Einwilligung jederzeit widerrufen.",
        accept="Akzeptieren und weiter",
        news="Die wichtigsten Nachrichten des Tages, jeden Morgen kostenlos in Ihrem Postfach.",
        minutes="Min",
        rules="Bitte beachten Sie unsere Diskussionsregeln. Kommentare werden vor der Veröffentlichung geprüft.",
    ),
    "fr": dict(
        also="Lire aussi",
        ad="Publicité",
        more="Sur le même sujet",
        share="Partager",
        comments="Commentaires",
        discuss="Réagir",
        most="Les plus lus",
        listen="Écouter cet article",
        sub="S’abonner",
        login="Se connecter",
        by="Par",
        tags="Thèmes",
        nav="International|Politique|Société|Économie|Sport|Culture|Idées|Planète",
        foot="Mentions légales|Politique de confidentialité|Gestion des cookies|Conditions générales|Nous contacter|Aide",
        cookie="Nous utilisons des cookies pour améliorer votre expérience, mesurer l’audience et vous proposer des publicités adaptées. En poursuivant votre navigation, vous acceptez leur utilisation.",
        accept="Accepter et fermer",
        news="Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail.",
        minutes="min de lecture",
        rules="Les commentaires sont modérés. Merci de respecter notre charte de modération.",
    ),
    "es": dict(
        also="Te puede interesar",
        ad="Publicidad",
        more="Más información",
        share="Compartir",
        comments="Comentarios",
        discuss="Comenta esta noticia",
        most="Lo más visto",
        listen="Escuchar noticia",
        sub="Suscríbete",
        login="Iniciar sesión",
        by="Por",
        tags="Archivado en",
        nav="Internacional|España|Economía|Sociedad|Deportes|Cultura|Tecnología|Opinión",
        foot="Aviso legal|Política de privacidad|Política de cookies|Contacto|Mapa web|Publicidad",
        cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios, elaborar estadísticas y mostrarle publicidad relacionada con sus preferencias.",
        accept="Aceptar y continuar",
        news="Recibe cada mañana las noticias más importantes en tu correo.",
        minutes="min",
        rules="Los comentarios están sujetos a nuestras normas de participación.",
    ),
}


def site_lang(site: str) -> str:
    """German, French or Spanish by the page's number in its family (also read by `amend`)."""
    m = re.search(r"(\d+)\.", site)
    return ("de", "fr", "es")[int(m.group(1)) % 3 if m else 0]


def _foreign_amend(page_head: str, url: str) -> str:
    return page_head.replace('<html lang="en">', f'<html lang="{site_lang(url)}">', 1)


def fam_foreign(c: Ctx) -> tuple[str, list[Block]]:
    """A big German, French or Spanish news site: cookie wall, audio player, inline "read also"
    boxes and ad labels in the body, topic list, comments, most-read rail, all in the site's
    language around an English text."""
    lang = site_lang(c.site)
    w = _FOREIGN[lang]

    def also() -> str:
        c.used.append("foreign-read-also")
        h = c.pool.headline(c.rng, c.body)
        return f'<section class="catcher catcher--inline"><span class="catcher__title">{w["also"]}</span> <a class="catcher__link" href="/{slug(h)}/">{esc(h)}</a></section>'

    def ad() -> str:
        c.used.append("foreign-ad-label")
        return f'<div class="ad ad--inread" data-ad="inread"><span class="ad__label">{w["ad"]}</span></div>'

    def box() -> str:
        c.used.append("foreign-more-box")
        items = "".join(f"<li>{c.link(h)}</li>" for h in headlines(c, 3))
        return f'<aside class="inline-box"><h3>{w["more"]}</h3><ul>{items}</ul></aside>'

    body, gold = flow(c, c.body.blocks, [also, also, ad, box], c.rng.randint(1, 3))
    who = c.rng.choice(PEOPLE)
    nav = "".join(f'<li><a href="/{slug(x)}/">{x}</a></li>' for x in w["nav"].split("|"))
    foot = "".join(f'<li><a href="/{slug(x)}/">{x}</a></li>' for x in w["foot"].split("|"))
    most = "".join(f"<li>{c.link(h)}</li>" for h in headlines(c, 5))
    n = c.rng.randint(3, 9)
    comments = "".join(
        f'<div class="comment"><span class="comment__author">{handle(c.rng)}</span> <time>{date(c.rng)}</time><p>{sentence(c, c.rng.randint(1, 2))}</p></div>'
        for _ in range(n)
    )
    c.used += [f"foreign-{lang}", "foreign-cookie-wall", "foreign-audio", "foreign-tags"]
    c.used += ["foreign-comments", "foreign-most-read", "foreign-newsletter", "foreign-footer"]
    html = (
        f'<body class="article-page lang-{lang}"><div id="consent-layer" class="consent" role="dialog" aria-modal="true"><p>{w["cookie"]}</p><button class="consent__accept">{w["accept"]}</button><a href="/privacy/">{w["foot"].split("|")[1]}</a></div>'
        f'<header class="masthead"><a class="masthead__logo" href="/">{brand(c)}</a><div class="masthead__actions"><a href="/abo/" class="btn btn--sub">{w["sub"]}</a><a href="/login/">{w["login"]}</a></div><nav class="masthead__nav"><ul>{nav}</ul></nav></header>'
        f'<main class="main"><article class="article" data-area="article"><header class="article__header"><span class="article__kicker">{esc(c.body.title.split()[0])}</span><h1 class="article__title">{esc(c.body.title)}</h1><p class="article__desc">{sentence(c)}</p>'
        f'<p class="article__byline">{w["by"]} <a href="/autor/{slug(who)}/">{who}</a> · <time>{date(c.rng)}</time> · {c.rng.randint(2, 9)} {w["minutes"]}</p></header>'
        f'<div class="audio-player"><button class="audio-player__play">{w["listen"]}</button><span class="audio-player__time">{c.rng.randint(2, 9)}:{c.rng.randint(10, 59)}</span></div>'
        f'<figure class="article__media"><img src="/img/lead.jpg" alt=""><figcaption>{sentence(c)} <span class="credit">© {c.rng.choice(["dpa", "AFP", "EFE", "Reuters"])}</span></figcaption></figure>'
        f'<div class="article__content" data-area="text">{body}</div>'
        f'<footer class="article__footer"><div class="article__tags"><span>{w["tags"]}:</span> <a href="/thema/{slug(c.body.title.split()[0])}/">{esc(c.body.title.split()[0])}</a> <a href="/thema/news/">News</a></div>'
        f'<div class="share"><span>{w["share"]}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div></footer></article>'
        f'<section class="newsletter-box"><h3>Newsletter</h3><p>{w["news"]}</p><form><input type="email" placeholder="E-Mail"><button>{w["sub"]}</button></form></section>'
        f'<section class="comments" id="comments"><h2>{w["comments"]} ({n})</h2><p class="comments__rules">{w["rules"]}</p><a class="btn" href="#comment-form">{w["discuss"]}</a>{comments}</section>'
        f'<aside class="rail"><h2>{w["most"]}</h2><ol>{most}</ol><div class="ad ad--rail"><span class="ad__label">{w["ad"]}</span></div></aside></main>'
        f'<footer class="site-footer"><ul>{foot}</ul><p>© {c.rng.randint(2015, 2024)} {brand(c)}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A printer-friendly page


def fam_print_view(c: Ctx) -> tuple[str, list[Block]]:
    """A printer-friendly version: logo, print/close links, the URL, headline, byline, body
    with photo notes, the list of links referenced, copyright and "printed from" lines."""

    def photo() -> str:
        c.used.append("print-photo-note")
        return f'<p class="print-photo">[Photo: {sentence(c)} ({c.rng.choice(["AP", "Reuters", "Staff photo"])})]</p>'

    body, gold = flow(c, c.body.blocks, [photo], c.rng.randint(0, 2))
    who = c.rng.choice(PEOPLE)
    url = f"https://www.{c.site}/news/{slug(c.body.title)}/"
    links = "".join(
        f"<li>[{i + 1}] https://www.{c.site}/{slug(h)}/</li>"
        for i, h in enumerate(headlines(c, c.rng.randint(2, 5)))
    )
    c.used += ["print-actions", "print-url", "print-links-list", "print-copyright"]
    table = c.rng.random() < 0.4
    main = (
        f'<h1 class="print-headline">{esc(c.body.title)}</h1><p class="print-byline">By {who}, {c.rng.choice(["Staff Writer", "Correspondent", "Associated Press"])}</p><p class="print-date">{date(c.rng)}</p>'
        f'<div class="print-body">{body}</div>'
        f'<div class="print-links"><p><strong>Links referenced in this article:</strong></p><ol>{links}</ol></div>'
        f'<div class="print-footer"><p>Find this article at:<br>{url}</p><p class="print-note">Check the box to include the list of links referenced in the article.</p>'
        f'<p>© {c.rng.randint(2008, 2024)} {brand(c)}. All rights reserved. This copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution, use the Reprints tool.</p><p class="printed-from">Printed from {c.site} on {date(c.rng)}</p></div>'
    )
    if table:
        c.used.append("print-table-layout")
        main = f'<table width="600" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td class="print-content">{main}</td></tr></table>'
    html = (
        f'<body class="print-view" onload="window.print()"><div class="print-header"><img src="/images/logo-print.gif" alt="{brand(c)}" width="240" height="40">'
        '<div class="print-actions"><a href="#" onclick="window.print();return false;">Print this page</a> | <a href="javascript:window.close()">Close window</a></div></div>'
        f'<div class="print-url"><small>{url}</small></div>{main}</body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A corporate newsroom on Adobe Experience Manager (core components)

_CORP_A = ["Northwind", "Bluepeak", "Corvane", "Helix", "Meridian", "Summitline", "Vantage"]
_CORP_B = ["Group", "Systems", "Health", "Energy", "Industries", "Financial", "Foods"]
_CORP_CITIES = ["SEATTLE", "CHICAGO", "ZURICH", "LONDON", "ATLANTA", "MUNICH", "TORONTO"]


def _aem_col(kind: str, inner: str, width: int = 12) -> str:
    return f'<div class="{kind} aem-GridColumn aem-GridColumn--default--{width}">{inner}</div>'


def _aem_text(html: str) -> str:
    return _aem_col("text", f'<div class="cmp-text">{html}</div>')


def _aem_grid(cols: str, width: int = 12) -> str:
    return f'<div class="aem-Grid aem-Grid--{width} aem-Grid--default--{width}">{cols}</div>'


def _aem_container(inner: str, width: int = 12) -> str:
    return _aem_col(
        "container responsivegrid",
        f'<div class="cmp-container">{_aem_grid(inner, width)}</div>',
        width,
    )


def fam_aem_newsroom(c: Ctx) -> tuple[str, list[Block]]:
    """A company newsroom release on AEM core components: header/footer experience fragments,
    the release in several text components in an 8-column container (images, downloads and
    quotes between), a 4-column rail (media contacts, related releases, share), then the
    "About" and forward-looking-statements fragments."""
    corp = f"{c.rng.choice(_CORP_A)} {c.rng.choice(_CORP_B)}"
    blocks = with_dateline(
        c,
        c.body.blocks,
        f"{c.rng.choice(_CORP_CITIES)}, {c.rng.choice(['Jan.', 'March', 'May', 'Sept.', 'Nov.'])} {c.rng.randint(1, 28)}, {c.rng.randint(2016, 2024)}",
    )
    comps, gold = [], []
    for part in chunks(c, blocks, c.rng.randint(2, 4)):
        html, g = flow(c, part, [], 0)
        comps.append(_aem_text(html))
        gold += g
        r = c.rng.random()
        if r < 0.3:
            c.used.append("aem-image")
            comps.append(
                _aem_col(
                    "image",
                    f'<div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img src="/content/dam/newsroom/{hexid(c, 8)}.jpg" loading="lazy" class="cmp-image__image" itemprop="contentUrl" alt=""><span class="cmp-image__title" itemprop="caption">{sentence(c)}</span></div>',
                )
            )
        elif r < 0.5:
            c.used.append("aem-download")
            comps.append(
                _aem_col(
                    "download",
                    '<div class="cmp-download"><h3 class="cmp-download__title">Download high-resolution images</h3><div class="cmp-download__properties"><span class="cmp-download__property-content">ZIP</span><span class="cmp-download__property-content">24 MB</span></div><a class="cmp-download__action" href="/content/dam/newsroom/media-kit.zip"><span class="cmp-download__action-text">Download</span></a></div>',
                )
            )
    who = c.rng.sample(PEOPLE, 2)
    related = "".join(
        f'<li class="cmp-list__item"><article><a class="cmp-list__item-link" href="/newsroom/{slug(h)}.html"><span class="cmp-list__item-title">{esc(h)}</span><span class="cmp-list__item-date">{date(c.rng)}</span></a></article></li>'
        for h in headlines(c, 4)
    )
    rail = (
        _aem_text(
            f'<h3>Media contacts</h3><p><b>{who[0]}</b><br>Corporate Communications<br><a href="mailto:press@{c.site}">press@{c.site}</a><br>+1 555 0{c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)}</p><p><b>{who[1]}</b><br>Investor Relations<br><a href="mailto:ir@{c.site}">ir@{c.site}</a></p>'
        )
        + _aem_col(
            "list",
            f'<h3 class="cmp-list__title">Related releases</h3><ul class="cmp-list">{related}</ul>',
        )
        + _aem_col(
            "sharing",
            '<div class="cmp-sharing"><span class="cmp-sharing__label">Share</span><a class="cmp-sharing__link" href="#">LinkedIn</a><a class="cmp-sharing__link" href="#">X</a><a class="cmp-sharing__link" href="#">Email</a></div>',
        )
    )
    about = (
        f"<h2>About {corp}</h2><p>{corp} is a global company that develops and delivers products and services for customers in more than {c.rng.randint(20, 180)} countries. "
        f"Founded in {c.rng.randint(1890, 2005)} and headquartered in {c.rng.choice(_CORP_CITIES).title()}, the company employs about {c.rng.randint(2, 90)},000 people. "
        f"For more information, visit {c.site}.</p>"
    )
    fls = (
        "<h3>Forward-looking statements</h3><p>This press release contains forward-looking statements within the meaning of applicable securities laws, "
        "including statements regarding expected financial results, product plans and market opportunities. Such statements are based on current expectations "
        "and are subject to risks and uncertainties that could cause actual results to differ materially. The company undertakes no obligation to update any "
        "forward-looking statement, except as required by law.</p>"
    )
    nav = "".join(
        f'<li class="cmp-navigation__item cmp-navigation__item--level-0"><a href="/{slug(w)}.html" class="cmp-navigation__item-link">{w}</a></li>'
        for w in ("Products", "Solutions", "Sustainability", "Investors", "Careers", "Newsroom")
    )
    c.used += ["aem-header-xf", "aem-breadcrumb", "aem-release-date", "aem-media-contacts"]
    c.used += ["aem-related-list", "aem-share", "aem-about-xf", "aem-fls-xf", "aem-footer-xf"]
    main = (
        _aem_col(
            "title",
            f'<div class="cmp-title"><h1 class="cmp-title__text">{esc(c.body.title)}</h1></div>',
        )
        + _aem_text(
            f'<p class="release-meta">Press release · {date(c.rng)}</p><p class="release-sub"><i>{sentence(c)}</i></p>'
        )
        + _aem_container("".join(comps), 8)
        + _aem_container(rail, 4)
        + _aem_col(
            "experiencefragment",
            f'<div class="cmp-experiencefragment cmp-experiencefragment--about"><div class="xf-content-height">{_aem_grid(_aem_text(about))}</div></div>',
        )
        + _aem_col(
            "experiencefragment",
            f'<div class="cmp-experiencefragment cmp-experiencefragment--disclaimer"><div class="xf-content-height">{_aem_grid(_aem_text(fls))}</div></div>',
        )
    )
    html = (
        f'<body class="page basicpage" id="page-{hexid(c, 10)}"><div class="root container responsivegrid"><div class="cmp-container">'
        + _aem_grid(
            _aem_col(
                "experiencefragment",
                f'<div id="experiencefragment-header" class="cmp-experiencefragment cmp-experiencefragment--header"><div class="xf-content-height"><header class="cmp-header"><a class="cmp-header__logo" href="/"><img src="/content/dam/logo.svg" alt="{esc(corp)}"></a><nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">{nav}</ul></nav><div class="cmp-search"><input class="cmp-search__input" type="text" placeholder="Search" aria-label="Search"></div></header></div></div>',
            )
            + _aem_col(
                "breadcrumb",
                '<nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list"><li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/"><span>Home</span></a></li><li class="cmp-breadcrumb__item"><a class="cmp-breadcrumb__item-link" href="/newsroom.html"><span>Newsroom</span></a></li><li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Press releases</span></li></ol></nav>',
            )
            + _aem_container(main)
            + _aem_col(
                "experiencefragment",
                f'<div class="cmp-experiencefragment cmp-experiencefragment--footer"><footer class="cmp-footer"><ul class="cmp-footer__links"><li><a href="/legal.html">Legal notice</a></li><li><a href="/privacy.html">Privacy</a></li><li><a href="/cookies.html">Cookie settings</a></li><li><a href="/accessibility.html">Accessibility</a></li></ul><p>© {c.rng.randint(2016, 2024)} {esc(corp)}. All rights reserved.</p></footer></div>',
            )
        )
        + "</div></div></body></html>"
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind); the scarce kinds (code) are drawn first
    "devto": (fam_devto, "code"),
    "elementor": (fam_elementor, "blog"),
    "divi": (fam_divi, "news"),
    "tagdiv": (fam_tagdiv, "ecb"),
    "hubspot": (fam_hubspot, "blog"),
    "shopify-blog": (fam_shopify, "blog"),
    "webflow": (fam_webflow, "blog"),
    "beehiiv": (fam_beehiiv, "blog"),
    "nuxt-ssr": (fam_nuxt, "news"),
    "old-blog": (fam_old_blog, "blog"),
    "tv-station": (fam_tv_station, "lede"),
    "foreign-furniture": (fam_foreign, "news"),
    "print-view": (fam_print_view, "ecb"),
    "aem-newsroom": (fam_aem_newsroom, "lede"),
}


def _amend(family: str) -> Callable[[str, str], str] | None:
    """The foreign-furniture family's pages declare their language in <head>."""
    return _foreign_amend if family == "foreign-furniture" else None


def build_pages(per_family: int = 16, seed: int = 401) -> list[Page]:
    """Set E: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    bbc = [b for b in bbc_bodies() if b.words() >= 150]
    kinds: dict[str, list[Body]] = {
        "news": bbc,
        "ecb": ecb_bodies(),
        "lede": [b for b in ecb_lede_bodies() if b.words() >= 150],
        "blog": [b for b in short_blog_bodies() if b.words() >= 150],
        "code": code_bodies(),
    }
    pool = Pool(bbc + kinds["ecb"])
    return draw_set("e", seed, per_family, FAMILIES, kinds, pool, "example.net", amend=_amend)


if __name__ == "__main__":  # page_families_e.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 401)

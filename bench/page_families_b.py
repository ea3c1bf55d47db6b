"""Set B of the constructed pages: 14 template families that set A lacks, and `build_pages`.

Each family imitates a real, common publishing structure (Drupal, Blogger, Squarespace, a static
site generator, AMP, a big news site's busy article, a wire press release, a recipe blog, a
product review, a Q&A interview, a photo story, paywalls, a technical post with code, an article
split into numbered pages), with furniture both around the article and inside its container.
Written blind to digest's extraction rules and frozen before digest was first run on it
(session 7); the gold convention is in page_templates_b.py's docstring.

    .venv/bin/python bench/bench_pages.py --set b --seed 101
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import random
from collections.abc import Callable, Mapping

from page_families import head
from page_templates import (
    _SENT,
    NAMES,
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
    words,
)
from page_templates_b import (
    NEWS_INSERTS,
    ad_slot,
    block_html,
    blog_bodies,
    buy_buttons,
    code_bodies,
    ecb_bodies,
    first_words,
    flow,
    image_block,
    inserts,
    label_links,
    most_read_rail,
    press_parts,
    promo_card,
    questions,
    recipe_card,
    reply_thread,
    review_parts,
    signup_insert,
    site_footer,
    teaser_list,
    top_nav,
    video_block,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]


def fam_drupal(c: Ctx) -> tuple[str, list[Block]]:
    nid = c.rng.randint(100, 99999)
    lead = image_block(c, "div") if c.rng.random() < 0.7 else ""
    body, gold = flow(c, c.body.blocks, inserts(c, (promo_card, image_block)), c.rng.randint(0, 2))
    field_tags = "".join(
        f'<div class="field__item"><a href="/taxonomy/term/{c.rng.randint(1, 300)}">{t}</a></div>'
        for t in ("News", "Local", "Politics")[: c.rng.randint(1, 3)]
    )
    thread = reply_thread(c, c.rng.randint(2, 8), "drupal") if c.rng.random() < 0.7 else ""
    side = teaser_list(c, "Related content", 5, excerpt=c.rng.random() < 0.5) + teaser_list(
        c, "Popular this week", 5
    )
    html = (
        f'<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas"><div class="layout-container">'
        f'<header role="banner"><div class="region region-header"><a href="/" rel="home">{c.site}</a></div>'
        f'<div class="region region-primary-menu">{top_nav(c)}</div></header>'
        f'<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol></nav></div>'
        f'<main role="main"><div class="layout-content"><div class="region region-content"><div id="block-mainpagecontent">'
        f'<article role="article" class="node node--type-article node--view-mode-full" data-history-node-id="{nid}">'
        f'<h1 class="page-title"><span class="field field--name-title">{esc(c.body.title)}</span></h1>'
        f'<div class="node__meta"><span class="field--name-uid">{c.rng.choice(PEOPLE)}</span> <span class="field--name-created">{date(c.rng)}</span></div>'
        f'<div class="node__content"><div class="field field--name-field-image">{lead}</div>'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{body}</div>'
        f'<div class="field field--name-field-tags field__items"><div class="field__label">Tags</div>{field_tags}</div>'
        '<ul class="links inline"><li class="comment-forbidden"><a href="/user/login">Log in</a> to post comments</li></ul>'
        f'<section class="field--name-comment comment-wrapper"><h2 class="title">Comments</h2>{thread}</section></div></article>'
        f'</div></div></div><aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">{side}</div></aside></main>'
        f"{site_footer(c)}</div></div></body></html>"
    )
    return html, gold


def fam_blogger(c: Ctx) -> tuple[str, list[Block]]:
    person = c.rng.choice(PEOPLE)
    para = c.rng.choice(["br", "div", "p"])

    def caption_table() -> str:
        c.used.append("blogger-caption-table")
        cap = esc(c.pool.sentences(c.rng, c.body, 1))
        return (
            '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody>'
            f'<tr><td style="text-align:center"><a href="/img.jpg"><img border="0" src="/img.jpg" width="640"></a></td></tr>'
            f'<tr><td class="tr-caption" style="text-align:center">{cap}</td></tr></tbody></table>'
        )

    body, gold = flow(c, c.body.blocks, [caption_table], c.rng.randint(1, 2), para=para)
    labels = ", ".join(
        f'<a href="/search/label/{w}" rel="tag">{w}</a>'
        for w in ("life", "news", "thoughts")[: c.rng.randint(1, 3)]
    )
    archive = "".join(
        f'<li class="archivedate"><a class="toggle">►</a> <a href="/{y}/">{y}</a> <span class="post-count">({c.rng.randint(3, 60)})</span></li>'
        for y in range(2024, 2012, -1)
    )
    popular = "".join(
        f'<li><div class="item-title"><a href="/p/{slug(o)}.html">{esc(o)}</a></div><div class="item-snippet">{esc(c.pool.sentences(c.rng, c.body, 2))}</div></li>'
        for o in (c.pool.headline(c.rng, c.body) for _ in range(c.rng.randint(3, 5)))
    )
    c.used += ["blogger-archive", "popular-posts+snippets", "blogger-profile"]
    n = c.rng.randint(0, 7)
    thread = f'<div class="comments" id="comments"><h4>{n} comments:</h4><ol class="comment-thread">{reply_thread(c, n, "blogger")}</ol><p class="comment-footer"><a href="#">Post a Comment</a></p></div>'
    html = (
        '<body class="variant-indie"><div class="content-outer"><header><div class="header-inner"><div class="titlewrapper">'
        f'<h1 class="title"><a href="/">{c.site.split(".")[0].title()}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Notes, travels and opinions.</span></p></div></div></header>'
        '<div class="main-outer"><div class="main-inner"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">'
        f'<div class="date-outer"><h2 class="date-header"><span>{date(c.rng)}</span></h2><div class="date-posts"><div class="post-outer">'
        f'<div class="post hentry" itemprop="blogPost"><h3 class="post-title entry-title" itemprop="name">{esc(c.body.title)}</h3>'
        f'<div class="post-header"><div class="post-header-line-1"></div></div><div class="post-body entry-content" id="post-body-{c.rng.randint(10**6, 10**7)}" itemprop="description articleBody">{body}<div style="clear: both;"></div></div>'
        f'<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">{person}</span></span> '
        f'<span class="post-timestamp">at <a class="timestamp-link" href="#">{c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} PM</a></span> '
        f'<span class="post-comment-link"><a class="comment-link" href="#comments">{n} comments</a></span></div>'
        '<div class="post-share-buttons goog-inline-block"><a class="share-button sb-email" title="Email This"><span class="share-button-link-text">Email This</span></a><a title="BlogThis!"><span>BlogThis!</span></a><a title="Share to X"><span>Share to X</span></a><a title="Share to Facebook"><span>Share to Facebook</span></a><a title="Share to Pinterest"><span>Share to Pinterest</span></a></div>'
        f'<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: {labels}</span></div></div></div>'
        f"{thread}</div></div></div></div>"
        '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#">Newer Post</a></span>'
        '<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#">Older Post</a></span><a class="home-link" href="/">Home</a></div>'
        '<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/posts/default">Post Comments (Atom)</a></div></div></div></div></div></div>'
        f'<div class="column-right-inner"><aside><div class="widget Profile"><h2>About Me</h2><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link">{person}</a></dt>'
        f'<dd class="profile-textblock">Writer, walker, occasional photographer. Opinions are my own.</dd></dl><a class="profile-link">View my complete profile</a></div>'
        f'<div class="widget PopularPosts"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>{popular}</ul></div></div>'
        f'<div class="widget BlogArchive"><h2>Blog Archive</h2><div class="widget-content"><ul class="hierarchy">{archive}</ul></div></div></aside></div></div></div>'
        '<footer><div class="widget Attribution">Powered by <a href="https://www.blogger.com">Blogger</a>.</div></footer></div></body></html>'
    )
    return html, gold


def fam_squarespace(c: Ctx) -> tuple[str, list[Block]]:
    gold: list[Block] = []
    blocks, i, parts = c.body.blocks, 0, []
    while i < len(blocks):
        n = c.rng.randint(1, 4)
        html, g = flow(c, blocks[i : i + n], [], 0)
        gold += g
        i += n
        parts.append(
            f'<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">{html}</div></div></div>'
        )
        roll = c.rng.random()
        if i < len(blocks) and roll < 0.35:
            cap = esc(c.pool.sentences(c.rng, c.body, 1))
            c.used.append("sqs-image-caption")
            parts.append(
                f'<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure"><img data-src="/s/{i}.jpg"><figcaption class="image-caption-wrapper"><div class="image-caption"><p>{cap}</p></div></figcaption></figure></div></div>'
            )
        elif i < len(blocks) and roll < 0.45:
            parts.append(
                '<div class="sqs-block spacer-block sqs-block-spacer"><div class="sqs-block-content">&nbsp;</div></div>'
            )
        elif i < len(blocks) and roll < 0.55:
            c.used.append("sqs-button")
            parts.append(
                '<div class="sqs-block button-block"><div class="sqs-block-content"><a class="sqs-block-button-element" href="/shop">Shop the collection</a></div></div>'
            )
    summary = "".join(
        f'<div class="summary-item"><a class="summary-title-link" href="/blog/{slug(h)}">{esc(h)}</a><div class="summary-excerpt"><p>{esc(c.pool.sentences(c.rng, c.body, 1))}</p></div><a class="summary-read-more-link">Read More →</a></div>'
        for h in (c.pool.headline(c.rng, c.body) for _ in range(3))
    )
    news = (
        '<div class="sqs-block newsletter-block"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Join our mailing list</h2>'
        '<p class="newsletter-form-header-description">Never miss an update</p><form><input type="email" placeholder="Email Address"><button>Sign Up</button></form>'
        '<div class="form-submission-text hidden">Thank you!</div></div></div>'
    )
    inside_summary = c.rng.random() < 0.5
    c.used += ["summary-block+excerpts" + ("-inside" if inside_summary else ""), "sqs-newsletter"]
    person = c.rng.choice(PEOPLE)
    prev, nxt = c.pool.headline(c.rng, c.body), c.pool.headline(c.rng, c.body)
    html = (
        f'<body class="collection-type-blog view-item"><header id="header"><div class="header-title"><a href="/">{c.site}</a></div>{top_nav(c, ["Home", "Shop", "Blog", "About", "Contact"])}</header>'
        '<main id="page"><section class="page-section"><div class="content-wrapper"><div class="content"><article class="entry hentry blog-item">'
        f'<div class="blog-item-top-wrapper"><div class="blog-item-meta"><a class="blog-item-category" href="/blog?category=Stories">Stories</a> <time class="blog-date">{date(c.rng)}</time></div>'
        f'<h1 class="entry-title">{esc(c.body.title)}</h1><div class="blog-item-author-name-wrapper">Written by <a>{person}</a></div></div>'
        f'<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">'
        f"{''.join(parts)}{summary if inside_summary else ''}{news}</div></div></div></div></div>"
        f'<div class="blog-item-author-profile-wrapper"><a class="author-name">{person}</a><div class="author-bio"><p>{person} writes about design, food and travel from a small studio by the sea.</p></div></div>'
        f'<section class="item-pagination item-pagination--prev-next"><a class="item-pagination-link--prev" href="#"><span>Previous</span><h2 class="item-pagination-title">{esc(prev)}</h2></a>'
        f'<a class="item-pagination-link--next" href="#"><span>Next</span><h2 class="item-pagination-title">{esc(nxt)}</h2></a></section>'
        '<div class="squarespace-comments"><div class="comment-header">Comments (0)</div><div class="comment-controls">Newest First</div><div class="preview">Preview</div><div class="post-btn">POST COMMENT…</div></div>'
        f"</article>{'' if inside_summary else summary}</div></div></section></main>"
        f'<footer class="sections"><p>{c.site} · 12 Harbour Road · hello@{c.site}</p></footer></body></html>'
    )
    return html, gold


def fam_static_blog(c: Ctx) -> tuple[str, list[Block]]:
    """Hugo/Jekyll: footnotes with back-links, tags, previous/next, a tiny theme."""
    blocks = list(c.body.blocks)
    notes: list[str] = []
    for i, (kind, value) in enumerate(blocks):
        sents = _SENT.split(str(value)) if kind == "p" else []
        if len(sents) >= 3 and len(notes) < 3 and c.rng.random() < 0.4:
            notes.append(sents[-1])
            blocks[i] = ("p", " ".join(sents[:-1]) + f"FOOTREF{len(notes)}")
    gold: list[Block] = []
    out: list[str] = []
    for kind, value in blocks:
        html, g = block_html(c, (kind, value))
        if "FOOTREF" in html:
            n = html.split("FOOTREF")[1][0]
            html = html.replace(
                f"FOOTREF{n}",
                f'<sup id="fnref:{n}"><a href="#fn:{n}" class="footnote-ref" role="doc-noteref">{n}</a></sup>',
            )
            g = [(k, str(v).replace(f"FOOTREF{n}", n)) for k, v in g]
        out.append(html)
        gold += g
    foot = ""
    if notes:
        c.used.append("footnotes")
        items = "".join(
            f'<li id="fn:{j + 1}"><p>{esc(t)}&#160;<a href="#fnref:{j + 1}" class="footnote-backref" role="doc-backlink">↩︎</a></p></li>'
            for j, t in enumerate(notes)
        )
        foot = f'<div class="footnotes" role="doc-endnotes"><hr><ol>{items}</ol></div>'
        gold += [("p", t) for t in notes]
    prev, nxt = c.pool.headline(c.rng, c.body), c.pool.headline(c.rng, c.body)
    tags = " ".join(
        f'<a class="tag" href="/tags/{t}/">#{t}</a>'
        for t in ("notes", "essays", "tech", "life")[: c.rng.randint(1, 4)]
    )
    c.used += ["prev-next-titles", "tags"]
    generator = c.rng.choice(["Hugo", "Jekyll", "Eleventy"])
    toc = ""
    heads = [str(v) for k, v in c.body.blocks if k == "h"]
    if heads and c.rng.random() < 0.6:
        c.used.append("toc")
        toc = (
            '<details class="toc" open><summary>Table of Contents</summary><nav id="TableOfContents"><ul>'
            + "".join(f'<li><a href="#{slug(h)}">{esc(h)}</a></li>' for h in heads)
            + "</ul></nav></details>"
        )
    html = (
        f'<body><header class="site-header"><a class="site-title" href="/">{c.site}</a><nav><a href="/posts/">Posts</a> <a href="/about/">About</a> <a href="/index.xml">RSS</a></nav></header>'
        f'<main class="main"><article class="post-single"><header class="post-header"><h1 class="post-title">{esc(c.body.title)}</h1>'
        f'<div class="post-meta"><time>{date(c.rng)}</time>&nbsp;·&nbsp;{c.rng.randint(2, 15)} min&nbsp;·&nbsp;{c.rng.choice(PEOPLE)}</div></header>{toc}'
        f'<div class="post-content">{"".join(out)}{foot}</div>'
        f'<footer class="post-footer"><ul class="post-tags"><li>{tags}</li></ul><nav class="paginav"><a class="prev" href="#"><span class="title">« Prev</span><br><span>{esc(prev)}</span></a>'
        f'<a class="next" href="#"><span class="title">Next »</span><br><span>{esc(nxt)}</span></a></nav>'
        '<div class="edit-post"><a href="https://git.example/blog/edit/main/content/post.md">Suggest an edit</a></div></footer></article></main>'
        f'<footer class="footer"><span>© {c.rng.randint(2015, 2024)} {c.site}</span> · <span>Powered by <a href="#">{generator}</a></span></footer></body></html>'
    )
    return html, gold


def fam_amp(c: Ctx) -> tuple[str, list[Block]]:
    def amp_ad() -> str:
        c.used.append("amp-ad")
        return f'<div class="ad-wrap"><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/news/mid{c.rng.randint(1, 9)}"><div placeholder>Advertisement</div><div fallback>Ad failed to load</div></amp-ad></div>'

    def amp_related() -> str:
        c.used.append("amp-related-inline")
        h = c.pool.headline(c.rng, c.body)
        return f'<div class="related-link"><a href="https://{c.site}/amp/{slug(h)}/"><amp-img src="/t.jpg" width="100" height="56" layout="fixed"></amp-img><span>{esc(h)}</span></a></div>'

    body, gold = flow(c, c.body.blocks, [amp_ad, amp_related, amp_ad], c.rng.randint(2, 4))
    cap = esc(c.pool.sentences(c.rng, c.body, 1))
    side = "".join(
        f'<li><a href="/{slug(s)}/">{s}</a></li>'
        for s in [
            "Home",
            "US",
            "World",
            "Politics",
            "Business",
            "Health",
            "Entertainment",
            "Travel",
            "Sports",
            "Video",
            "Weather",
        ]
    )
    carousel = "".join(
        f'<div class="slide"><amp-img src="/c.jpg" width="300" height="169" layout="responsive"></amp-img><h3><a href="https://{c.site}/amp/{slug(h)}/">{esc(h)}</a></h3><p>{esc(c.pool.sentences(c.rng, c.body, 1))}</p></div>'
        for h in (c.pool.headline(c.rng, c.body) for _ in range(4))
    )
    c.used += ["amp-sidebar", "amp-carousel+excerpts", "amp-social-share"]
    html = (
        '<body><amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-1"}}</script></amp-analytics>'
        f'<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{side}</ul></amp-sidebar>'
        f'<header class="amp-header"><button on="tap:sidebar.toggle">☰ Menu</button><a href="/">{c.site}</a></header>'
        f'<main><article class="amp-article"><span class="section-label">{c.rng.choice(["World", "Politics", "US", "Entertainment", "Sports"])}</span>'
        f'<h1 class="amp-headline">{esc(c.body.title)}</h1><div class="amp-byline">By {c.rng.choice(PEOPLE)}, {date(c.rng)}</div>'
        f'<figure class="amp-lead"><amp-img src="/lead.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img><figcaption>{cap}</figcaption></figure>'
        '<div class="share"><amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share><amp-social-share type="email"></amp-social-share></div>'
        f'<div class="amp-body">{body}</div></article>'
        f'<section class="more-stories"><h2>More stories</h2><amp-carousel type="carousel" height="300" layout="fixed-height">{carousel}</amp-carousel></section></main>'
        f"{site_footer(c, 8)}</body></html>"
    )
    return html, gold


def fam_busy_news(c: Ctx) -> tuple[str, list[Block]]:
    """A big news site: one element per paragraph, promos, rails and ads between them."""

    def wrap(h: str) -> str:
        return f'<div data-component="text-block" class="text-block">{h}</div>'

    body, gold = flow(c, c.body.blocks, inserts(c, NEWS_INSERTS), c.rng.randint(3, 6), wrap=wrap)
    topics = "".join(
        f'<li><a href="/topics/{slug(t)}">{t}</a></li>'
        for t in c.rng.sample(
            ["Economy", "Climate", "Elections", "Health", "Crime", "Technology", "Europe"], 3
        )
    )
    c.used += ["related-topics", "top-stories", "features+excerpts"]
    html = (
        f'<body><div id="orb-banner"><a href="/">{c.site}</a></div>{top_nav(c)}<div id="main-content"><div class="page-grid">'
        '<article class="story"><header><div class="story-header__kicker">Live updates · Breaking</div>'
        f'<h1 id="main-heading">{esc(c.body.title)}</h1><div class="story-meta"><time>{c.rng.randint(1, 23)} hours ago</time>'
        f' · <span class="contributor">By {c.rng.choice(PEOPLE)}, {c.rng.choice(["Political correspondent", "Business reporter", "BBC News", "Staff writer"])}</span></div></header>'
        f'<div data-component="image-block">{image_block(c, "figure")}</div>'
        '<div class="listen"><button>Listen to this article</button><span>4 min</span></div>'
        f'{body}<div data-component="topic-list"><h2>Related Topics</h2><ul>{topics}</ul></div></article>'
        f'<aside class="secondary-column">{teaser_list(c, "Top Stories", 4)}{teaser_list(c, "Features", 6, excerpt=True)}</aside></div></div>'
        f"{site_footer(c, 14)}</body></html>"
    )
    return html, gold


def fam_press_release(c: Ctx) -> tuple[str, list[Block]]:
    org, city, about, contact = press_parts(c)
    blocks = list(c.body.blocks)
    wire = c.rng.choice(["PRNewswire", "Business Wire", "GLOBE NEWSWIRE"])
    dateline = f"{city.upper()}, {date(c.rng)} /{wire}/ -- "
    blocks[0] = ("p", dateline + str(blocks[0][1]))
    body, gold = flow(c, blocks, [], 0)
    body += f"<p><b>About {org}</b></p><p>{esc(about)}</p>"
    gold += [("h", f"About {org}"), ("p", about)]
    also = teaser_list(c, "Also from this source", 4, excerpt=True)
    explore = teaser_list(c, "Explore more news releases in similar topics", 6)
    c.used += ["dateline", "source-line", "view-original"]
    html = (
        f'<body class="release-page"><header>{top_nav(c, ["News", "Products", "Contact", "Resources", "For journalists", "Send a release"])}</header>'
        f'<main><div class="container"><header class="release-header"><h1>{esc(c.body.title)}</h1>'
        f'<div class="release-meta"><p>News provided by <a href="/news/{slug(org)}/">{org}</a></p><p>{date(c.rng)}, 08:{c.rng.randint(10, 59)} ET</p>'
        '<div class="social-share"><span>Share this article</span><a>Facebook</a><a>X</a><a>LinkedIn</a><a>Email</a></div></div></header>'
        f'<section class="release-body"><div class="row"><div class="col-lg-10 col-lg-offset-1">{body}{contact}'
        f'<p>SOURCE {org}</p><p class="view-original">View original content to download multimedia: https://www.{wire.lower().replace(" ", "")}.example/news-releases/{slug(c.body.title)}.html</p></div></div></section>'
        f"{also}{explore}</div></main>{site_footer(c, 10)}</body></html>"
    )
    return html, gold


def fam_recipe(c: Ctx) -> tuple[str, list[Block]]:
    person = c.rng.choice(PEOPLE)

    def pin_image() -> str:
        c.used.append("pin-image")
        return f'<div class="wp-block-image"><figure class="aligncenter"><img src="/p{c.rng.randint(1, 99)}.jpg" alt=""><a class="pin-it-button">Pin</a></figure></div>'

    story, gold = flow(
        c, c.body.blocks, [pin_image, lambda: ad_slot(c), pin_image], c.rng.randint(2, 5)
    )
    card, card_gold = recipe_card(c)
    gold += card_gold
    n = c.rng.randint(2, 9)
    thread = f'<div id="comments" class="comments-area"><h2 class="comments-title">{n} comments</h2><ol class="comment-list">{reply_thread(c, n, "recipe")}</ol><div id="respond"><h3>Leave a Comment</h3><p>Recipe Rating ☆☆☆☆☆</p><form><textarea></textarea><button>Post Comment</button></form></div></div>'
    c.used += ["jump-to-recipe", "affiliate-disclosure", "about-me-sidebar"]
    html = (
        f'<body class="single-post"><header class="site-header"><a class="site-title" href="/">{c.site}</a>{top_nav(c, ["Recipes", "Breakfast", "Dinner", "Desserts", "About", "Shop"])}</header>'
        '<div class="site-inner"><main class="content"><article class="post type-post entry">'
        f'<header class="entry-header"><h1 class="entry-title">{esc(c.body.title)}</h1><p class="entry-meta">By {person} · Updated {date(c.rng)} · {n} Comments</p>'
        '<div class="wprm-recipe-snippet"><a href="#recipe" class="wprm-recipe-jump">Jump to Recipe</a> <a class="wprm-recipe-print">Print Recipe</a></div></header>'
        '<div class="entry-content"><p class="disclosure"><em>This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases. Please read our disclosure policy.</em></p>'
        f"{story}{card}</div></article>{thread}</main>"
        f'<aside class="sidebar"><section class="widget"><img src="/me.jpg"><h3>Hi, I’m {person.split()[0]}!</h3><p>Welcome to my kitchen, where I share easy, family-friendly recipes with simple ingredients.</p><a>More about me →</a></section>'
        f"{teaser_list(c, 'Popular Recipes', 6)}</aside></div>{site_footer(c, 6)}</body></html>"
    )
    return html, gold


def fam_review(c: Ctx) -> tuple[str, list[Block]]:
    (box, box_gold), (table, table_gold), score = review_parts(c)
    blocks = list(c.body.blocks)
    verdict = blocks.pop() if len(blocks) > 4 else None
    cut = c.rng.randint(1, max(1, len(blocks) - 1))
    first, g1 = flow(c, blocks[:cut], [lambda: buy_buttons(c)], 1)
    rest, g2 = flow(
        c,
        blocks[cut:],
        [lambda: image_block(c, "figure"), lambda: buy_buttons(c)],
        c.rng.randint(1, 2),
    )
    gold = g1 + box_gold + g2
    parts = f"{first}{box}{rest}"
    if c.rng.random() < 0.7:
        parts += f"<h2>Specs</h2>{table}"
        gold += [("h", "Specs"), *table_gold]
    if verdict is not None:
        parts += f"<h2>Verdict</h2><p>{esc(str(verdict[1]))}</p>"
        gold += [("h", "Verdict"), verdict]
    c.used.append("how-we-test")
    html = (
        f'<body><header>{top_nav(c, ["Reviews", "Best picks", "Deals", "How to", "Phones", "Laptops", "TVs"])}</header><main><article class="review">'
        f'<nav class="breadcrumb"><a href="/reviews/">Reviews</a> › <a href="/reviews/phones/">Phones</a></nav><h1>{esc(c.body.title)}</h1>'
        f'<p class="strapline">{esc(c.pool.sentences(c.rng, c.body, 1))}</p><div class="byline">By {c.rng.choice(PEOPLE)} published {date(c.rng)}</div>'
        f'{score}{buy_buttons(c) if c.rng.random() < 0.6 else ""}<div id="article-body" class="text-copy">{parts}</div>'
        '<div class="how-we-test"><h4>How we test</h4><p>Every product is used for at least a week by our reviewers. <a href="/how-we-test/">Find out more</a></p></div>'
        f"</article><aside>{teaser_list(c, 'Best phones 2024', 5)}</aside>{teaser_list(c, 'You might also like', 4, excerpt=True)}</main>{site_footer(c)}</body></html>"
    )
    return html, gold


def fam_interview(c: Ctx) -> tuple[str, list[Block]]:
    paras = [b for b in c.body.blocks if b[0] == "p"]
    intro = c.rng.randint(1, 2)
    qs = questions(c, len(paras))
    style = c.rng.choice(["strong", "h3", "speaker"])
    guest = c.rng.choice(PEOPLE)
    out, gold = [], []
    for kind, value in paras[:intro]:
        out.append(f"<p>{esc(str(value))}</p>")
        gold.append((kind, value))
    i = intro
    while i < len(paras) and qs:
        q = qs.pop()
        if style == "strong":
            out.append(f"<p><strong>{esc(q)}</strong></p>")
            gold.append(("p", q))
        elif style == "h3":
            out.append(f"<h3>{esc(q)}</h3>")
            gold.append(("h", q))
        else:
            out.append(f"<p><b>Interviewer:</b> {esc(q)}</p>")
            gold.append(("p", f"Interviewer: {q}"))
        n = c.rng.randint(1, 2)
        for j, (_kind, value) in enumerate(paras[i : i + n]):
            text = f"{guest.split()[1]}: {value}" if style == "speaker" and j == 0 else str(value)
            out.append(
                f"<p>{esc(text)}</p>"
                if style != "speaker" or j
                else f"<p><b>{guest.split()[1]}:</b> {esc(str(value))}</p>"
            )
            gold.append(("p", text))
        i += n
        if c.rng.random() < 0.15:
            out.append(ad_slot(c))
    c.used.append(f"qa-{style}")
    note = (
        '<p class="editors-note"><em>This interview has been edited for length and clarity.</em></p>'
        if c.rng.random() < 0.5
        else ""
    )
    html = (
        f'<body><header>{top_nav(c, ["Culture", "Ideas", "Interviews", "Books", "Science", "Podcasts"])}</header><main><article class="interview">'
        f'<div class="rubric">The Conversation</div><h1>{esc(c.body.title)}</h1><p class="dek">{esc(first_words(str(paras[-1][1]), 14))}…</p>'
        f'<p class="byline">Interview by {c.rng.choice(PEOPLE)} · {date(c.rng)}</p>{image_block(c, "figure")}'
        f'<div class="article__body">{"".join(out)}{note}</div>'
        f'<div class="author-card"><p><b>{guest}</b> is the author of {c.rng.randint(2, 6)} books. Their newest is out this spring.</p></div></article>'
        f"{teaser_list(c, 'More interviews', 4, excerpt=True)}{signup_insert(c)}</main>{site_footer(c)}</body></html>"
    )
    return html, gold


def fam_photo_story(c: Ctx) -> tuple[str, list[Block]]:
    n_img = c.rng.randint(4, 9)
    body, gold = flow(c, c.body.blocks, inserts(c, (image_block,)), n_img)
    slides = "".join(
        f'<div class="gallery-slide"><img src="/g/{k}.jpg"><p class="slide-caption">{esc(c.pool.sentences(c.rng, c.body, 2))}</p><span class="slide-count">{k + 1} / 8</span></div>'
        for k in range(c.rng.randint(0, 5))
    )
    gallery = (
        f'<section class="lead-gallery">{slides}<a class="view-all">View all photos</a></section>'
        if slides
        else ""
    )
    c.used += ["lead-gallery"] if slides else []
    c.used.append("related-galleries")
    html = (
        f'<body>{top_nav(c)}<main><article class="photo-story"><h1>{esc(c.body.title)}</h1>'
        f'<div class="meta">Photographs by {c.rng.choice(PEOPLE)} · Text by {c.rng.choice(PEOPLE)} · {date(c.rng)}</div>'
        f'{gallery}<div class="story-body">{body}</div></article>'
        f"{teaser_list(c, 'More photo stories', 6)}</main>{site_footer(c)}</body></html>"
    )
    return html, gold


def fam_paywall(c: Ctx) -> tuple[str, list[Block]]:
    hard = c.rng.random() < 0.55
    blocks = c.body.blocks
    shown = blocks[: c.rng.randint(2, 3)] if hard else blocks
    body, gold = flow(
        c, shown, inserts(c, (promo_card, ad_slot)), 0 if hard else c.rng.randint(1, 2)
    )
    plans = "".join(
        f'<li class="plan"><h4>{p}</h4><p>{price}</p><button>Subscribe</button></li>'
        for p, price in (
            ("Digital", "$1 a week for the first year"),
            ("Digital + Print", "$4 a week, billed every four weeks"),
        )
    )
    if hard:
        c.used.append("paywall-hard")
        wall = (
            f'<div class="paywall" id="regwall"><h3>Subscribe to continue reading</h3><p>Get unlimited access to award-winning journalism. Cancel anytime.</p>'
            f'<ul class="plans">{plans}</ul><p class="login">Already a subscriber? <a href="/login">Log in</a></p></div>'
        )
        body = f'<div class="article-body truncated">{body}<div class="fade"></div></div>{wall}'
    else:
        c.used.append("paywall-metered-overlay")
        wall = (
            f'<div class="meter-modal" role="dialog"><p>You have read {c.rng.randint(3, 5)} of 5 free articles this month.</p><h3>Keep reading for just $1</h3>'
            f'<ul class="plans">{plans}</ul><a href="/login">Log in</a></div>'
        )
        body = (
            f'<div class="article-body">{body}</div>{wall}'
            if c.rng.random() < 0.5
            else f'{wall}<div class="article-body">{body}</div>'
        )
    html = (
        f'<body><header>{top_nav(c)}<a class="subscribe-cta" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></header>'
        f'<main><article><h1>{esc(c.body.title)}</h1><p class="byline">By {c.rng.choice(PEOPLE)} | {date(c.rng)}</p>{body}</article>'
        f"{teaser_list(c, 'Most popular', 5)}</main>{site_footer(c)}</body></html>"
    )
    return html, gold


def fam_docs_post(c: Ctx) -> tuple[str, list[Block]]:
    """A technical post or release notes in a documentation theme: code blocks, menu, TOC."""
    body, gold = flow(c, c.body.blocks, [], 0)
    heads = [str(v) for k, v in c.body.blocks if k == "h"]
    menu = "".join(
        f'<li><a href="/docs/{slug(t)}/">{t}</a></li>'
        for t in [
            "Introduction",
            "Installation",
            "Quick start",
            "Configuration",
            "CLI reference",
            "API",
            "Plugins",
            "Deployment",
            "Troubleshooting",
            "FAQ",
            "Changelog",
            "Contributing",
        ]
    )
    toc = "".join(f'<li><a href="#{slug(h)}">{esc(h)}</a></li>' for h in heads)
    prev, nxt = c.rng.sample(
        ["Installation", "Configuration", "Upgrading", "Release notes", "Plugins"], 2
    )
    c.used += [
        "docs-menu",
        "on-this-page" if toc else "no-toc",
        "feedback",
        "prev-next-docs",
        "code-copy",
    ]
    html = (
        f'<body><div class="navbar"><a class="brand" href="/">{c.site}</a><a href="/docs/">Docs</a><a href="/blog/">Blog</a><a href="https://git.example/">GitHub</a>'
        '<select class="version"><option>v3.2</option><option>v3.1</option></select><input type="search" placeholder="Search docs  Ctrl K"></div>'
        f'<div class="main-wrapper"><aside class="theme-doc-sidebar"><nav class="menu"><ul>{menu}</ul></nav></aside>'
        f'<main class="docMainContainer"><article><nav class="breadcrumbs"><a href="/">Docs</a> / <span>Blog</span></nav><div class="theme-doc-markdown markdown">'
        f'<header><h1>{esc(c.body.title)}</h1><p class="post-meta">{date(c.rng)} · {c.rng.randint(3, 12)} min read</p></header>{body}</div>'
        '<footer class="theme-doc-footer"><a class="edit-this-page" href="#">Edit this page</a><span class="last-updated">Last updated on '
        f'{date(c.rng)}</span><div class="feedback">Was this page helpful? <button>Yes</button><button>No</button></div></footer>'
        f'<nav class="pagination-nav"><a class="pagination-nav__link--prev" href="#"><div class="sublabel">Previous</div><div class="label">« {prev}</div></a>'
        f'<a class="pagination-nav__link--next" href="#"><div class="sublabel">Next</div><div class="label">{nxt} »</div></a></nav></article>'
        f"{f'<div class=table-of-contents><p>On this page</p><ul>{toc}</ul></div>' if toc else ''}</main></div>"
        f'<footer class="footer"><div>Docs · Community · More</div><p>Copyright © {c.rng.randint(2018, 2024)} {c.site}. Built with a static site generator.</p></footer></body></html>'
    )
    return html, gold


def fam_multipage(c: Ctx) -> tuple[str, list[Block]]:
    blocks = c.body.blocks
    pages = c.rng.randint(2, 4)
    size = max(2, -(-len(blocks) // pages))
    here = c.rng.randint(1, min(2, pages))
    part = blocks[(here - 1) * size : here * size] or blocks[:size]
    body, gold = flow(c, part, inserts(c, (label_links, ad_slot, video_block)), c.rng.randint(0, 2))
    nums = "".join(
        f"<li>{'<span class=current>' + str(k) + '</span>' if k == here else f'<a href=?page={k}>{k}</a>'}</li>"
        for k in range(1, pages + 1)
    )
    nxt = first_words(str(blocks[min(here * size, len(blocks) - 1)][1]), 8)
    cont = (
        f'<p class="continue"><a href="?page={here + 1}">Continue reading: {esc(nxt)}… »</a></p>'
        if here < pages
        else ""
    )
    c.used += ["page-numbers", "single-page-link"] + (["continue-link"] if cont else [])
    html = (
        f"<body><header>{top_nav(c)}</header><main><article><h1>{esc(c.body.title)}</h1>"
        f'<div class="byline">{c.rng.choice(PEOPLE)} · {date(c.rng)} · <span class="page-of">Page {here} of {pages}</span></div>'
        f'<div class="article-text">{body}</div>{cont}<nav class="pagination"><span>Page {here} of {pages}</span><ul>{"<li><a href=?page=" + str(here - 1) + ">« Previous</a></li>" if here > 1 else ""}{nums}'
        f'{"<li><a href=?page=" + str(here + 1) + ">Next »</a></li>" if here < pages else ""}</ul><a href="?view=all">View as single page</a></nav></article>'
        f"{teaser_list(c, 'Recommended', 5, excerpt=True)}{most_read_rail(c)}</main>{site_footer(c)}</body></html>"
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "drupal": (fam_drupal, "news"),
    "blogger": (fam_blogger, "blog"),
    "squarespace": (fam_squarespace, "blog"),
    "static-blog": (fam_static_blog, "blog"),
    "amp": (fam_amp, "news"),
    "busy-news": (fam_busy_news, "news"),
    "press-release": (fam_press_release, "news"),
    "recipe": (fam_recipe, "blog"),
    "review": (fam_review, "news"),
    "interview": (fam_interview, "news"),
    "photo-story": (fam_photo_story, "news"),
    "paywall": (fam_paywall, "news"),
    "docs-post": (fam_docs_post, "code"),
    "multipage": (fam_multipage, "news"),
}


def _amp_head(page_head: str, url: str) -> str:
    return page_head.replace("<html ", "<html amp ", 1).replace(
        "<head>", f'<head><link rel="canonical" href="{url}">', 1
    )


def family_pages(
    prefix: str,
    family: str,
    template: Family,
    picks: list[Body],
    rng: random.Random,
    pool: Pool,
    domain: str,
    amend: Callable[[str, str], str] | None = None,
) -> list[Page]:
    """One family's pages of a set (sets B and C): each body in the family's template on a site
    of its own; `amend` rewrites a page's <head> given its URL."""
    pages = []
    for n, body in enumerate(picks):
        if len(body.blocks) > 40:
            body = Body(body.title, body.blocks[:40], body.lang, body.source)
        site = f"{family.replace('-', '')}{n}.{domain}"
        c = Ctx(rng, body, pool, NAMES["en"], words("en"), site)
        html, gold_blocks = template(c)
        url = f"https://{site}/{rng.randint(2015, 2024)}/{rng.randint(1, 12):02d}/{slug(c.body.title)}"
        page_head = head(c)
        if amend is not None:
            page_head = amend(page_head, url)
        pages.append(
            Page(
                f"{prefix}-{family}-{n:02d}",
                family,
                tuple(dict.fromkeys(c.used)),
                url,
                page_head + html,
                gold_text(gold_blocks),
                body.source,
            )
        )
    return pages


def source_title(body: Body) -> str:
    """A body's identity in sets D-F: where it came from and its title."""
    return body.source + body.title


def draw_set(
    name: str,
    seed: int,
    per_family: int,
    families: Mapping[str, tuple[Family, str]],
    kinds: Mapping[str, list[Body]],
    pool: Pool,
    domain: str,
    *,
    key: Callable[[Body], str] = source_title,
    amend: Callable[[str], Callable[[str, str], str] | None] = lambda family: None,
) -> list[Page]:
    """A set's pages (sets D-G): per family 12 to `per_family` bodies of its kind, drawn by a
    random generator seeded with the set, seed and family (the same pages on every run), no body
    twice in one seed (by `key`); `amend(family)` may rewrite that family's <head>s."""
    used: set[str] = set()
    pages = []
    for family, (template, kind) in families.items():
        rng = random.Random(f"set-{name}:{seed}:{family}")
        k = min(per_family, rng.randint(12, max(12, per_family)))
        candidates = [b for b in kinds[kind] if key(b) not in used]
        picks = rng.sample(candidates, k=min(k, len(candidates)))
        used.update(key(b) for b in picks)
        pages += family_pages(name, family, template, picks, rng, pool, domain, amend(family))
    return pages


def show_pages(build: Callable[..., list[Page]], argv: list[str], default_seed: int) -> None:
    """`page_families_X.py [PAGE_ID [SEED]]`: every page's id line, and one page's HTML and gold."""
    args = argv + ["", str(default_seed)][len(argv) :]
    for page in build(seed=int(args[1])):
        if page.page_id == args[0] or not args[0]:
            print(f"{page.page_id} {page.url} {page.body_source} {','.join(page.furniture)}")
        if page.page_id == args[0]:
            print(page.html, "\n=== GOLD ===\n" + page.gold)


def build_pages(per_family: int = 16, seed: int = 101) -> list[Page]:
    """Set B: `per_family` pages per family, the same on every run; no body twice in one seed."""
    ecb, bbc, blogs, code = ecb_bodies(), bbc_bodies(), blog_bodies(), code_bodies()
    news = ecb + [b for b in bbc if b.words() >= 150]
    kinds = {"news": news, "blog": blogs + ecb, "code": code}
    pool = Pool(ecb + bbc)
    used: set[int] = set()
    pages = []
    for family, (template, kind) in FAMILIES.items():
        rng = random.Random(f"set-b:{seed}:{family}")
        candidates = [b for b in kinds[kind] if id(b) not in used]
        if kind == "blog":  # blog posts first; ECB+ news only when the blogs run out
            fresh = [b for b in blogs if id(b) not in used]
            picks = rng.sample(fresh, k=min(per_family, len(fresh)))
            rest = [b for b in candidates if b not in picks]
            picks += rng.sample(rest, k=per_family - len(picks)) if len(picks) < per_family else []
        else:
            picks = rng.sample(candidates, k=min(per_family, len(candidates)))
        used.update(id(b) for b in picks)
        amend = _amp_head if family == "amp" else None
        pages += family_pages("b", family, template, picks, rng, pool, "example.com", amend)
    return pages


if __name__ == "__main__":
    import sys
    from collections import Counter

    ps = build_pages(seed=int(sys.argv[2]) if len(sys.argv) > 2 else 101)
    print(len(ps), "pages", Counter(p.family for p in ps))
    if len(sys.argv) > 1 and sys.argv[1] != "-":
        p = next(p for p in ps if p.page_id == sys.argv[1])
        print(p.url, p.furniture, p.body_source)
        print(p.html)
        print("=== GOLD ===")
        print(p.gold)

"""Set N of the constructed pages: families of page structures that people follow by feed and
that sets A-M lack. Six are here (a Jekyll Minima blog post, a Weebly small-business blog
post, a Lemmy post page, a Ghost members-only post cut by the paywall gate, a Liferay public
news page, a newspaper e-edition text view); page_families_n.py
holds the others and `build_pages`.

Why a fourteenth set: sets A-M have all been seen by the extractor's builders, so the next
held-out judge needs structures it has not been checked on. Written in session 11 (helper
h-setn) without reading digest's extraction code, notes, docs, README or any helper's report,
and frozen (committed) before anyone ran digest on it; its builder never ran digest,
trafilatura, readability or bench_pages on it. The plumbing (Ctx, Page, draw_set, body_kinds,
render) is that of sets D-M, imported.

The gold follows sets D-M (page_templates_d.py's to _m.py's docstrings): body paragraphs,
subheadings, lists, tables, quotes, code blocks, the dateline; never the headline, standfirst,
byline, captions, pull quotes, comments or furniture. Decisions for this module's families,
written down before the families were coded:
- a Jekyll Minima blog post: the paragraphs, subheadings and lists in `div.post-content
  [itemprop=articleBody]` are article; the site header with page links, the post title, the
  "date • author" meta line, the "Subscribe via RSS" block, the footer's three columns (site
  title and email, GitHub / Twitter icons, site description) and any disqus thread are not;
- a Weebly small-business blog post: the paragraphs (each its own `div.paragraph` with an
  inline-styled `<p>`) and the `h2.wsite-content-title` subheadings in `div.blog-content`
  are article; the shop header with cart, the post title, the date, the image blocks with
  captions, the "0 Comments" link and comment form, the "Author" box, "Archives" and
  "Categories" sidebar lists, the RSS feed link and "Powered by Weebly" are not;
- a Lemmy post page: the post body (`div.md-div` under the post) is article; the community
  sidebar (name, subscribers, rules as paragraphs), the post title, the "submitted N hours ago
  by X to Y" line, the vote counts, the link-out domain, "N comments", the sort buttons, the
  comment tree (comments are markdown paragraphs in the same `div.md-div` markup) and the
  instance footer ("Powered by Lemmy") are not;
- a Ghost members-only post: only the paragraphs before the paywall gate are in the HTML and
  they are the article (2-4 paragraphs, so some pages are short by nature); the gate box
  ("This post is for paying subscribers only", "Subscribe now", "Already have an account?
  Sign in"), the header, the feature image caption, the author card, "You might also like"
  and the portal footer are not;
- a Liferay public news page (web content in portlets): the paragraphs and subheadings of the
  `journal-content-article` are article; the title and the news date placed inside that
  div, the portal dockbar, the navigation, breadcrumbs, the
  portlet title bars, the "Rate this" stars, the social bookmarks, the "Related Assets" asset
  publisher, the comments portlet ("N Comments", "Add Comment", comments as paragraphs in
  the same kind of portlet) and "Powered by Liferay" are not;
- a newspaper e-edition text view (PressReader-like): the article paragraphs and subheadings
  in `div.art-text` are article; the reader toolbar (Listen, Translate, Print, Share), the
  publication and "page A3" line, the kicker, the subheadline (deck), "By X", the "Continued
  on page N" jump line is absent (the e-edition joins jumps), the page thumbnails strip,
  "More from this issue" and the copyright footer are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from page_templates import PEOPLE, Block, Ctx, esc, slug
from page_templates_e import brand, hexid, sentence
from page_templates_j import iso, links, weave
from page_templates_l import day, render

FamilyOut = tuple[str, list[Block]]


def fam_jekyll(c: Ctx) -> FamilyOut:
    """A Jekyll Minima post: plain HTML, post-content articleBody, three-column footer."""
    parts, gold = render(c, c.body.blocks, lambda t: f'<h2 id="{slug(t)[:40]}">{esc(t)}</h2>')
    who = c.rng.choice(PEOPLE)
    site = f"{who.split()[0]}'s notes"
    c.used += "jekyll-header jekyll-meta jekyll-rss jekyll-footer".split()
    html = (
        f'<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">{esc(site)}</a><nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger"><label for="nav-trigger"><span class="menu-icon"></span></label><div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/projects/">Projects</a><a class="page-link" href="/now/">Now</a></div></nav></div></header>'
        f'<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{esc(c.body.title)}</h1><p class="post-meta"><time class="dt-published" datetime="{iso(c)}" itemprop="datePublished">{day(c)}</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{who}</span></span></p></header>'
        f'<div class="post-content e-content" itemprop="articleBody">{"".join(parts)}</div><a class="u-url" href="/{slug(c.body.title)[:40]}/" hidden></a></article></div></main>'
        f'<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">{esc(site)}</h2><div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">{who}</li><li><a class="u-email" href="mailto:{slug(who)}@example.org">{slug(who)}@example.org</a></li></ul></div><div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/{slug(who)}"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">{slug(who)}</span></a></li></ul></div><div class="footer-col footer-col-3"><p>Write an awesome description for your new site here. It will appear in your document head meta and in your feed.</p></div></div><p class="feed-subscribe"><a href="/feed.xml"><svg class="svg-icon orange"><use xlink:href="/assets/minima-social-icons.svg#rss"></use></svg><span>Subscribe</span></a></p></div></footer></body></html>'
    )
    return html, gold


def _weebly_image(c: Ctx) -> str:
    c.used.append("weebly-image")
    return f'<div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;padding-bottom:10px;margin-left:0;margin-right:0;text-align:center"><a><img src="/uploads/{c.rng.randint(1, 9)}/{c.rng.randint(100000, 999999)}/{hexid(c, 8)}_orig.jpg" alt="Picture" style="width:auto;max-width:100%"></a><div style="display:block;font-size:90%">{sentence(c)}</div></div></div>'


def fam_weebly(c: Ctx) -> FamilyOut:
    """A Weebly shop's blog post: each paragraph its own div.paragraph, image blocks, sidebar."""
    parts, gold = render(
        c,
        c.body.blocks,
        lambda t: f'<h2 class="wsite-content-title"><font size="5">{esc(t)}</font></h2>',
        '<div class="paragraph" style="text-align:left;"><p style="margin:0">',
    )
    parts = [
        p.replace("</p>", "</p></div>", 1) if p.startswith('<div class="paragraph"') else p
        for p in parts
    ]
    body = weave(c, parts, c.rng.randint(1, 2), lambda: _weebly_image(c))
    shop = f"{brand(c)} {c.rng.choice(['Bakery', 'Florist', 'Pottery Studio', 'Bike Shop', 'Farm Stand'])}"
    who = c.rng.choice(PEOPLE)
    c.used += "weebly-header weebly-date weebly-comments weebly-author weebly-archives weebly-categories weebly-rss weebly-footer".split()
    html = (
        f'<body class="no-header-page wsite-page-blog wsite-theme-light"><div class="wrapper"><div class="header"><div class="nav-wrap"><span class="wsite-logo"><a href="/"><span id="wsite-title">{shop}</span></a></span><ul class="wsite-menu-default"><li id="pg1"><a href="/" class="wsite-menu-item">Home</a></li><li id="pg2"><a href="/shop.html" class="wsite-menu-item">Shop</a></li><li id="active"><a href="/blog.html" class="wsite-menu-item">Blog</a></li><li id="pg3"><a href="/contact.html" class="wsite-menu-item">Contact</a></li></ul><div class="wsite-nav-cart"><a class="wsite-nav-cart-link">Cart (<span class="wsite-nav-cart-num">0</span>)</a></div></div></div>'
        f'<div class="main-wrap"><div class="container"><div id="wsite-content" class="wsite-elements wsite-not-footer"><div class="blog-body"><div id="blogTable"><div class="blog-post" id="blog-post-{c.rng.randint(100000000, 999999999)}"><div class="blog-header"><h2 class="blog-title"><a class="blog-title-link blog-link" href="/blog/{slug(c.body.title)[:40]}">{esc(c.body.title)}</a></h2><p class="blog-date"><span class="date-text">{c.rng.randint(1, 12)}/{c.rng.randint(1, 28)}/{c.rng.randint(2015, 2025)}</span></p></div>'
        f'<div class="blog-separator">&nbsp;</div><div class="blog-content">{"".join(body)}</div>'
        f'<div class="blog-comments-bottom"><a class="blog-link" href="/blog/{slug(c.body.title)[:40]}#comments">{c.rng.randint(0, 6)} Comments</a></div></div></div>'
        f'<div id="commentArea"><h2 class="blog-comment-area-title">Leave a Reply.</h2><form class="blogCommentForm"><label>Name (required)</label><input name="name"><label>Email (not published)</label><input name="email"><label>Website</label><input name="url"><label>Comments</label><textarea name="comment"></textarea><input type="submit" value="Submit"></form></div></div>'
        f'<div class="blog-sidebar"><div class="column-blog"><h2 class="wsite-content-title">Author</h2><div class="paragraph">{who} runs {shop} with a small team and writes here about the work.</div>'
        f'<h2 class="blog-sidebar-heading">Archives</h2><div class="blog-archive-list"><a href="/blog/archives/{c.rng.randint(1, 12):02d}-{c.rng.randint(2018, 2025)}">{c.rng.choice(["March", "June", "October"])} {c.rng.randint(2018, 2025)}</a><br><a href="/blog/archives/01-2018">January 2018</a><br></div>'
        f'<h2 class="blog-sidebar-heading">Categories</h2><ul class="blog-category-list"><li><a href="/blog/category/all">All</a></li><li><a href="/blog/category/news">News</a></li><li><a href="/blog/category/events">Events</a></li></ul><div class="blog-feed-link"><a href="/blog/feed">RSS Feed</a></div></div></div></div></div></div>'
        f'<div class="footer-wrap"><div class="footer"><div class="wsite-elements wsite-footer"><div class="paragraph" style="text-align:center;">{shop} · {c.rng.randint(10, 999)} Main Street · Open Tue–Sat 8–4</div></div></div></div></div>'
        f'<div id="weebly-footer-signup-container-v3"><a href="https://www.weebly.com/signup?utm_source=internal" class="powered-by">Powered by <span class="link weebly-icon">Weebly</span></a></div></body></html>'
    )
    return html, gold


def _lemmy_comment(c: Ctx, depth: int) -> str:
    c.used.append("lemmy-comment")
    who = slug(c.rng.choice(PEOPLE)).replace("-", "_")
    return f'<li class="comment" role="comment" style="margin-left:{depth}rem"><article class="comment-node py-2"><div class="d-flex flex-wrap align-items-center text-muted small"><a class="person-listing" href="/u/{who}">{who}</a><span class="mx-1">•</span><span class="moment-time pointer unselectable" data-tippy-content="{iso(c)}">{c.rng.randint(1, 20)}h</span></div><div class="md-div"><p>{sentence(c, c.rng.randint(1, 2))}</p></div><div class="d-flex justify-content-start"><button class="btn btn-link btn-animate text-muted" aria-label="Upvote"><span class="me-1">{c.rng.randint(1, 300)}</span></button><button class="btn btn-link btn-animate text-muted">reply</button></div></article></li>'


def fam_lemmy(c: Ctx) -> FamilyOut:
    """A Lemmy post page: the post's markdown, then the comment tree in the same markup."""
    parts, gold = render(c, c.body.blocks, lambda t: f"<h2>{esc(t)}</h2>")
    comm = c.rng.choice(["technology", "worldnews", "selfhosted", "books", "science"])
    op = slug(c.rng.choice(PEOPLE)).replace("-", "_")
    comments = "".join(_lemmy_comment(c, d) for d in [0, 1, 0, 1, 2][: c.rng.randint(3, 5)])
    c.used += "lemmy-navbar lemmy-title lemmy-submitted lemmy-votes lemmy-sort lemmy-sidebar lemmy-footer".split()
    html = (
        f'<body><div id="root"><nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg"><a class="d-flex align-items-center navbar-brand me-md-3" href="/">{brand(c)}.social</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/communities">Communities</a></li><li class="nav-item"><a class="nav-link" href="/create_post">Create Post</a></li><li class="nav-item"><a class="nav-link" href="/search">Search</a></li></ul><a class="nav-link" href="/login">Login</a></nav>'
        f'<div class="mt-4 p-0 fl-1"><div class="container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3"><div class="post-listing mt-2"><div class="row"><div class="col flex-grow-0 px-0"><div class="vote-bar small text-center"><button class="btn-animate btn btn-link p-0" aria-label="Upvote">▲</button><div class="unselectable pointer text-muted post-score">{c.rng.randint(10, 3000)}</div><button class="btn-animate btn btn-link p-0" aria-label="Downvote">▼</button></div></div>'
        f'<div class="col flex-grow-1"><div class="post-title"><h1 class="h5 d-inline text-break">{esc(c.body.title)}</h1></div><div class="small mb-1 mb-md-0">submitted <span class="moment-time">{c.rng.randint(2, 23)} hours ago</span> by <a class="person-listing" href="/u/{op}">{op}</a> to <a class="community-link" href="/c/{comm}">{comm}</a></div>'
        f'<article id="postContent" class="col-12 card my-2 p-2"><div class="md-div">{"".join(parts)}</div></article>'
        f'<div class="d-flex align-items-center justify-content-start flex-wrap text-muted"><a class="btn btn-link btn-sm text-muted ps-0" href="#comments">{c.rng.randint(5, 400)} comments</a><button class="btn btn-sm btn-link text-muted">share</button><button class="btn btn-sm btn-link text-muted">save</button></div></div></div></div>'
        f'<div class="btn-group btn-group-toggle flex-wrap me-3 mb-2" role="group"><label class="btn btn-outline-secondary pointer active">Hot</label><label class="btn btn-outline-secondary pointer">Top</label><label class="btn btn-outline-secondary pointer">New</label><label class="btn btn-outline-secondary pointer">Old</label></div>'
        f'<div class="comments"><ul class="comments" aria-label="Comments">{comments}</ul></div></main>'
        f'<aside class="d-none d-md-block col-md-4 col-lg-3"><div id="sidebarContainer"><section id="sidebarMain" class="card border-secondary mb-3"><div class="card-body"><h2 class="h5 mb-0">{comm}</h2><small>!{comm}@{brand(c).lower()}.social</small><ul class="badges my-1 list-inline"><li class="list-inline-item badge text-bg-secondary">{c.rng.randint(2, 90)}K subscribers</li><li class="list-inline-item badge text-bg-secondary">{c.rng.randint(100, 9000)} users / day</li></ul><button class="btn btn-secondary d-block mb-2 w-100">Subscribe</button></div></section>'
        f'<section class="card border-secondary mb-3"><div class="card-body"><div class="md-div"><p>Rules: be civil, no spam, link to the original source and keep titles as published.</p><p>{sentence(c)}</p></div></div></section></div></aside></div></div></div>'
        f'<nav class="container-lg d-flex navbar navbar-expand-md navbar-light navbar-bg p-0 px-3 my-2"><div class="navbar-collapse"><ul class="navbar-nav ms-auto"><li class="nav-item"><span class="nav-link">BE: 0.19.{c.rng.randint(1, 9)}</span></li><li class="nav-item"><a class="nav-link" href="/modlog">Modlog</a></li><li class="nav-item"><a class="nav-link" href="/instances">Instances</a></li><li class="nav-item"><a class="nav-link" href="/legal">Legal</a></li><li class="nav-item"><a class="nav-link" href="https://join-lemmy.org">Powered by Lemmy</a></li></ul></div></nav></div></body></html>'
    )
    return html, gold


def fam_ghost_gate(c: Ctx) -> FamilyOut:
    """A Ghost members-only post: 2-4 public paragraphs, then the paywall gate (rest absent)."""
    keep = c.rng.randint(2, 4)
    shown = [b for b in c.body.blocks if b[0] == "p"][:keep]
    parts, gold = render(c, shown, lambda t: f"<h2>{esc(t)}</h2>")
    pub = f"{brand(c)} {c.rng.choice(['Dispatch', 'Weekly', 'Review', 'Brief'])}"
    who = c.rng.choice(PEOPLE)
    c.used += "ghost-header ghost-tag ghost-byline ghost-caption ghost-gate ghost-author-card ghost-read-more ghost-footer".split()
    html = (
        f'<body class="post-template tag-members"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">{pub}</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-archive"><a href="/archive/">Archive</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>'
        f'<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-members"><header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/members/">Members</a></span></div><h1 class="article-title">{esc(c.body.title)}</h1><p class="article-excerpt">{sentence(c)}</p>'
        f'<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/{slug(who)}/" class="author-avatar"><img class="author-profile-image" src="/content/images/{hexid(c, 6)}.jpg" alt="{who}"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/{slug(who)}/">{who}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{iso(c)[:10]}">{day(c)}</time><span class="byline-reading-time"><span class="bull">•</span> {c.rng.randint(4, 14)} min read</span></div></div></section></div>'
        f'<figure class="article-image"><img src="/content/images/size/w1200/{hexid(c, 10)}.jpg" alt=""><figcaption>{sentence(c)}</figcaption></figure></header>'
        f'<section class="gh-content gh-canvas">{"".join(parts)}'
        f'<aside class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #ff1a75"><h2>This post is for paying subscribers only</h2><a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#ff1a75">Subscribe now</a><p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></aside></section></article></main>'
        f'<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">You might also like</h3><ul>{links(c, 3)}</ul></div></aside></div>'
        f'<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{pub}</a> © {c.rng.randint(2020, 2025)}</section><nav class="site-footer-nav"><a href="/privacy/">Privacy</a><a href="/account/">Account</a></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body></html>'
    )
    return html, gold


def fam_liferay(c: Ctx) -> FamilyOut:
    """A Liferay portal public page: web content portlet, ratings, related assets, comments."""
    parts, gold = render(c, c.body.blocks, lambda t: f"<h3>{esc(t)}</h3>")
    org = f"{brand(c)} {c.rng.choice(['Regional Authority', 'University Hospital', 'Water Board', 'Port Authority'])}"
    comments = "".join(
        f'<div class="lfr-discussion"><div class="lfr-discussion-details"><span class="user-name">{c.rng.choice(PEOPLE)}</span> <span class="small">{c.rng.randint(1, 9)} days ago</span></div><div class="lfr-discussion-message"><p>{sentence(c)}</p></div></div>'
        for _ in range(c.rng.randint(0, 3))
    )
    c.used += "liferay-dockbar liferay-nav liferay-breadcrumb liferay-portlet-title liferay-ratings liferay-social liferay-related liferay-comments liferay-footer".split()
    portlet = 'class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-static-end portlet-decorate"'
    html = (
        f'<body class="controls-visible signed-out public-page site"><div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper"><header id="banner" role="banner"><div id="heading"><div aria-level="1" class="site-title" role="heading"><a class="logo default-logo" href="/web/guest" title="Go to {org}"><span class="site-name">{org}</span></a></div></div><nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Site Pages" role="menubar"><li><a href="/web/guest/home" role="menuitem"><span>Home</span></a></li><li class="selected"><a href="/web/guest/news" role="menuitem"><span>News</span></a></li><li><a href="/web/guest/services" role="menuitem"><span>Services</span></a></li><li><a href="/web/guest/contact" role="menuitem"><span>Contact</span></a></li></ul></nav><a href="/c/portal/login" id="sign-in" rel="nofollow">Sign In</a></header>'
        f'<section id="content"><nav aria-label="Breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/web/guest/home">Home</a></li><li class="breadcrumb-item"><a href="/web/guest/news">News</a></li><li class="active breadcrumb-item">{esc(c.body.title[:40])}</li></ol></nav>'
        f'<div class="columns-1-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column" id="column-1"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-1">'
        f'<div {portlet} id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{hexid(c, 12)}_"><section class="portlet"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">News</h2></div></div>'
        f'<div class="portlet-content-container"><div class="portlet-body"><div class="journal-content-article" data-analytics-asset-id="{c.rng.randint(10000, 999999)}" data-analytics-asset-title="{esc(c.body.title)}" data-analytics-asset-type="web-content"><h1>{esc(c.body.title)}</h1><p class="news-date">{day(c)}</p>{"".join(parts)}</div>'
        f'<div class="taglib-ratings stars"><span class="rating-label">Rate this</span> <span class="rating-stars">★★★★★</span> <span class="rating-count">({c.rng.randint(0, 40)} Votes)</span></div><div class="taglib-social-bookmarks"><a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://twitter.com/intent/tweet">Twitter</a> <a href="https://www.linkedin.com/shareArticle">LinkedIn</a></div></div></div></div></section></div></div></div>'
        f'<div class="col-md-4 portlet-column" id="column-2"><div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_RelatedAssetsPortlet_"><section class="portlet"><h2 class="portlet-title-text">Related Assets</h2><ul class="list-unstyled">{links(c, 4, "web/guest/news/-/asset_publisher/")}</ul></section></div></div></div>'
        f'<div class="portlet-boundary portlet-boundary_com_liferay_comment_page_comments_web_portlet_PageCommentsPortlet_"><section class="portlet"><h2 class="portlet-title-text">Comments</h2><div class="taglib-discussion"><h3 class="h4">{c.rng.randint(0, 3)} Comments</h3>{comments}<button class="btn btn-secondary">Add Comment</button></div></section></div></div></section>'
        f'<footer id="footer" role="contentinfo"><p class="powered-by">{org} · <a href="/web/guest/privacy">Privacy</a> · Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p></footer></div></div></body></html>'
    )
    return html, gold


def fam_eedition(c: Ctx) -> FamilyOut:
    """A newspaper e-edition's text view (PressReader-like): toolbar, page strip, issue list."""
    parts, gold = render(c, c.body.blocks, lambda t: f'<h3 class="art-subhead">{esc(t)}</h3>')
    paper = (
        f"The {brand(c)} {c.rng.choice(['Herald', 'Courier', 'Gazette', 'Examiner', 'Sentinel'])}"
    )
    thumbs = "".join(
        f'<li class="page-thumb"><a href="/page/{n}"><img src="/thumbs/{hexid(c, 8)}.jpg" alt="Page {n}"><span>{n}</span></a></li>'
        for n in range(1, c.rng.randint(6, 12))
    )
    c.used += "eedition-toolbar eedition-publine eedition-kicker eedition-deck eedition-byline eedition-thumbs eedition-issue eedition-footer".split()
    html = (
        f'<body class="pr-reader textview"><div class="toolbar" role="toolbar"><a class="logo" href="/catalog">Reader</a><button class="tb-listen">Listen</button><button class="tb-translate">Translate</button><button class="tb-print">Print</button><button class="tb-share">Share</button><button class="tb-bookmark">Bookmark</button><a class="tb-signin" href="/signin">Sign in</a></div>'
        f'<div class="layout"><aside class="pages-strip"><h2 class="issue-title">{paper}</h2><p class="issue-date">{day(c)}</p><ol class="thumbs">{thumbs}</ol></aside>'
        f'<main class="article-view"><article class="art" data-article-id="{c.rng.randint(10**11, 10**12)}"><div class="art-pubinfo"><span class="art-pub">{paper}</span> · <span class="art-date">{day(c)}</span> · <span class="art-page">Page {c.rng.choice("ABC")}{c.rng.randint(1, 12)}</span></div>'
        f'<div class="art-section">{c.rng.choice(["NEWS", "BUSINESS", "LOCAL", "SPORT", "WORLD"])}</div><h1 class="art-title">{esc(c.body.title)}</h1><h2 class="art-subtitle">{sentence(c)}</h2><div class="art-byline">By {c.rng.choice(PEOPLE).upper()}</div>'
        f'<div class="art-text">{"".join(parts)}</div></article>'
        f'<section class="issue-articles"><h2>More from this issue</h2><ul>{links(c, 5, "article/")}</ul></section></main></div>'
        f'<footer class="reader-footer"><p>Printed and distributed by PressReader · PressReader.com · +1 604 278 4604</p><p>COPYRIGHT AND PROTECTED BY APPLICABLE LAW</p></footer></body></html>'
    )
    return html, gold

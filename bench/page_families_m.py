"""Set M of the constructed pages: 12 families of page structures, and `build_pages`.

Seven families are in page_templates_m.py (a Discourse topic, a Sphinx / Jupyter-Book blog
post, a city News Flash page, a museum collection blog, a WeChat-like mobile article, an
Obsidian Publish note, a Smore-like school newsletter); here a
Docusaurus project blog post, a cloud vendor's technical blog post (AWS-blog-like), an
outdoor retailer's editorial ("expert advice") with product cards inside the story, a
non-profit campaign update with donate boxes, and a sports league's game recap with line
score and box score. Written blind to digest's extraction rules and frozen before anyone ran
digest on it; its builder never ran digest, trafilatura, readability or bench_pages on it
(session 11, helper h-setm). The gold convention is in page_templates_m.py's docstring; the
decisions for this module's families, written down before they were coded:
- a Docusaurus blog post: the paragraphs, subheadings (without the zero-width hash-link),
  lists and code blocks inside `div.markdown[itemprop=articleBody]` are article; the navbar,
  the "Recent posts" sidebar, the date and "N min read" line, the author avatars with names
  and titles, the tags, "Edit this page", the Newer / Older post pagination, the right-hand
  table of contents, the announcement bar and the footer are not;
- a cloud vendor's technical blog post (AWS-blog-like): the paragraphs, subheadings, lists
  and code blocks in `section.blog-post-content` are article; the "by X and Y | on DATE | in
  categories | Permalink | Comments | Share" line, the figure captions, the "About the
  Authors" section at the end of the body (headed, with author photos and bios, inside the
  content section), "TAGS:", the comments trigger, the "Resources" and "Follow" sidebars,
  the site header and the footer are not;
- an outdoor retailer's editorial (expert-advice-like): the paragraphs, subheadings and
  lists are article; the product cards placed inside the story (brand, name, price, rating,
  "Shop now"), "Shop the story" carousel, "Written by X / Updated", the "Co-op member
  rewards" promo, "Related articles", the "Was this article helpful?" widget and the store
  header / footer are not;
- a non-profit campaign update: the update's paragraphs are article; the campaign name, the
  "Update #N" label and date, the progress thermometer ("$X raised of $Y goal, N donors"),
  the inline "Donate now" boxes and the matching-gift banner placed between paragraphs, photo
  captions, "Share this update", "Recent donors", "Other ways to give" and the footer with
  the charity registration number are not;
- a sports league's game recap page: the recap paragraphs (first with its "CITY (AP) — "
  dateline) are article; the scoreboard header (teams, records, score, "Final"), the line
  score table, the Recap / Box Score / Play-by-Play tabs, the "By The Associated Press"
  credit, the game-leaders cards, the box-score tables after the recap, "Up next", the
  video-highlights rail, the odds line and the footer are not.

    .venv/bin/python bench/bench_pages.py --set m --seed 1201 --no-variants
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key, unique_bodies
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_b import code_bodies, headlines
from page_templates_e import brand, hexid, sentence, with_dateline
from page_templates_j import iso, links, weave
from page_templates_l import day, heading_ids, render
from page_templates_m import (
    fam_civic,
    fam_discourse,
    fam_museum,
    fam_obsidian,
    fam_smore,
    fam_sphinx,
    fam_wechat,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


def _pre(
    c: Ctx, blocks: list[Block], head: Callable[[str], str], pre: str
) -> tuple[list[str], list[Block]]:
    """Blocks as HTML with code blocks in `pre` (a format with `{code}`); code is article."""
    out: list[str] = []
    gold: list[Block] = []
    for block in blocks:
        if block[0] == "code":
            out.append(pre.format(code=esc(str(block[1]))))
            gold.append(("p", str(block[1])))
            continue
        h, g = render(c, [block], head)
        out += h
        gold += g
    return out, gold


# ---------------------------------------------------------------------------------------------
# 6. A Docusaurus blog post


def fam_docusaurus(c: Ctx) -> FamilyOut:
    """A Docusaurus v3 blog post: hashed class names, authors, tags, pagination, TOC."""
    parts, gold = _pre(
        c,
        c.body.blocks,
        lambda t: (
            f'<h2 class="anchor anchorWithStickyNavbar_LWe7" id="{slug(t)[:40]}">{esc(t)}<a href="#{slug(t)[:40]}" class="hash-link" aria-label="Direct link to {esc(t)}" title="Direct link to {esc(t)}">\u200b</a></h2>'
        ),
        '<div class="language-bash codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-bash codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv">{code}</code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">Copy</button></div></div></div>',
    )
    proj = brand(c)
    authors = "".join(
        f'<div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm"><a href="https://github.com/{slug(who)}" class="avatar__photo-link"><img class="avatar__photo" src="https://github.com/{slug(who)}.png" alt="{who}"></a><div class="avatar__intro"><div class="avatar__name"><a href="https://github.com/{slug(who)}"><span>{who}</span></a></div><small class="avatar__subtitle">{c.rng.choice(["Maintainer", "Core team", "Docs lead", "Contributor"])} of {proj}</small></div></div></div>'
        for who in c.rng.sample(PEOPLE, c.rng.randint(1, 2))
    )
    tags = "".join(
        f'<li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/blog/tags/{w}">{w}</a></li>'
        for w in c.rng.sample(["release", "community", "roadmap", "performance", "i18n"], 2)
    )
    toc = "".join(
        f'<li><a href="#{i}" class="table-of-contents__link toc-highlight">{esc(t)}</a></li>'
        for i, t in heading_ids(c.body.blocks)
    )
    announce = ""
    if c.rng.random() < 0.5:
        c.used.append("docusaurus-announcement")
        announce = f'<div class="announcementBar_mb4j" role="banner"><div class="content_knG7 announcementBarContent_xLdY">⭐️ If you like {proj}, give it a star on <a target="_blank" rel="noopener noreferrer" href="https://github.com/{proj.lower()}">GitHub</a>! ⭐️</div><button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx">×</button></div>'
    c.used += "docusaurus-navbar docusaurus-sidebar docusaurus-meta docusaurus-authors docusaurus-tags docusaurus-edit docusaurus-pagination docusaurus-toc docusaurus-footer".split()
    html = (
        f'<body class="navigation-with-keyboard"><div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>{announce}'
        f'<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><b class="navbar__title text--truncate">{proj}</b></a><a class="navbar__item navbar__link" href="/docs/intro">Docs</a><a class="navbar__item navbar__link" href="/api">API</a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/blog">Blog</a></div><div class="navbar__items navbar__items--right"><a href="https://github.com/{proj.lower()}" class="navbar__item navbar__link">GitHub</a><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Placeholder">Search</span></button></div></div></div></nav>'
        f'<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="container margin-vert--lg"><div class="row"><aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="Blog recent posts navigation"><div class="sidebarItemTitle_pO2u margin-bottom--md">Recent posts</div><ul class="sidebarItemList_Yudw clean-list">{links(c, 5, "blog/")}</ul></nav></aside>'
        f'<main class="col col--7" itemscope itemtype="https://schema.org/Blog"><article itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="description" content="{sentence(c)}">'
        f'<header><h1 class="title_f1Hy" itemprop="headline">{esc(c.body.title)}</h1><div class="container_mt6G margin-vert--md"><time datetime="{iso(c)}" itemprop="datePublished">{day(c)}</time> · <!-- -->{c.rng.randint(3, 15)} min read</div><div class="margin-top--md margin-bottom--sm row">{authors}</div></header>'
        f'<div id="__blog-post-container" class="markdown" itemprop="articleBody">{"".join(parts)}</div>'
        f'<footer class="row docusaurus-mt-lg blogPostFooterDetailsFull_mRVl"><div class="col"><b>Tags:</b><ul class="tags_jXut padding--none margin-left--sm">{tags}</ul></div><div class="col margin-top--sm"><a href="https://github.com/{proj.lower()}/website/edit/main/blog/{slug(c.body.title)[:30]}.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">Edit this page</a></div></footer></article>'
        f'<nav class="pagination-nav docusaurus-mt-lg" aria-label="Blog post page navigation"><a class="pagination-nav__link pagination-nav__link--prev" href="/blog/{slug(headlines(c, 1)[0])[:30]}"><div class="pagination-nav__sublabel">Newer post</div><div class="pagination-nav__label">{esc(headlines(c, 1)[0])}</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/blog/{slug(headlines(c, 1)[0])[:30]}"><div class="pagination-nav__sublabel">Older post</div><div class="pagination-nav__label">{esc(headlines(c, 1)[0])}</div></a></nav></main>'
        f'<div class="col col--2"><div class="tableOfContents_bqdL thin-scrollbar"><ul class="table-of-contents table-of-contents__left-border">{toc}</ul></div></div></div></div></div>'
        f'<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col"><div class="footer__title">Docs</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="/docs/intro">Getting started</a></li></ul></div><div class="col footer__col"><div class="footer__title">Community</div><ul class="footer__items clean-list"><li class="footer__item"><a class="footer__link-item" href="https://discord.gg/{hexid(c, 6)}">Discord</a></li></ul></div></div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © {c.rng.randint(2020, 2025)} {proj}. Built with Docusaurus.</div></div></div></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 7. A cloud vendor's technical blog (AWS-blog-like)


def _vendor_figure(c: Ctx) -> str:
    c.used.append("vendor-figure")
    return f'<div id="attachment_{c.rng.randint(1000, 99999)}" class="wp-caption aligncenter"><img aria-describedby="caption-attachment" class="size-full" src="https://d2908q01vomqb2.cloudfront.net/{hexid(c, 40)}/{hexid(c, 8)}.png" alt="" width="1200" height="640"><p id="caption-attachment" class="wp-caption-text">Figure {c.rng.randint(1, 6)}: {sentence(c)}</p></div>'


def fam_vendor_blog(c: Ctx) -> FamilyOut:
    """An AWS-blog-like post: meta line with Permalink / Comments / Share, figures, authors."""
    parts, gold = _pre(
        c,
        c.body.blocks,
        lambda t: f"<h2>{esc(t)}</h2>",
        '<pre class="unlimited-height-code"><code class="lang-bash">{code}</code></pre>',
    )
    body = weave(c, parts, c.rng.randint(1, 2), lambda: _vendor_figure(c))
    who = c.rng.sample(PEOPLE, c.rng.randint(1, 2))
    cats = c.rng.sample(
        [
            "Amazon S3",
            "AWS Lambda",
            "Analytics",
            "Technical How-to",
            "Security, Identity, &amp; Compliance",
            "Compute",
            "Database",
        ],
        2,
    )
    bios = "".join(
        f'<footer><div class="blog-author-box"><div class="blog-author-image"><img class="alignleft" src="https://d2908q01vomqb2.cloudfront.net/authors/{slug(w)}.jpg" alt="" width="100" height="133"></div><p><strong>{w}</strong> is a {c.rng.choice(["Senior Solutions Architect", "Principal Engineer", "Specialist Solutions Architect", "Product Manager"])} at {brand(c)}. {c.rng.choice(["Outside of work, " + w.split()[0] + " enjoys hiking and cooking.", w.split()[0] + " helps customers design scalable systems.", "They focus on storage and data lakes."])}</p></div></footer>'
        for w in who
    )
    c.used += "vendor-header vendor-meta vendor-about-authors vendor-tags vendor-comments vendor-resources vendor-follow vendor-footer".split()
    html = (
        f'<body class="awsm"><div id="aws-page-header" class="lb-xb-grid"><header class="m-nav"><a class="m-nav-logo" href="/">{brand(c)} Cloud</a><nav><a href="/products/">Products</a><a href="/solutions/">Solutions</a><a href="/pricing/">Pricing</a><a href="/documentation/">Documentation</a><a href="/learn/">Learn</a></nav><a class="m-nav-cta" href="/console/">Sign In to the Console</a></header>'
        f'<div class="lb-grid blog-subnav"><a href="/blogs/">Blog Home</a> <select aria-label="Category"><option>Category</option></select> <select aria-label="Edition"><option>Edition</option></select> <a href="/blogs/rss.xml">Follow</a></div></div>'
        f'<main id="aws-page-content" class="lb-grid"><div class="lb-row lb-row-max-large"><div class="lb-col lb-tiny-24 lb-mid-18"><article class="blog-post" vocab="https://schema.org/" typeof="TechArticle"><meta property="inLanguage" content="en-US">'
        f'<h1 class="lb-h2 blog-post-title" property="name headline">{esc(c.body.title)}</h1>'
        f'<footer class="blog-post-meta">by {" and ".join(f"<span property=author typeof=Person><span property=name>{w}</span></span>" for w in who)} | on <time property="datePublished" datetime="{iso(c)}">{c.rng.randint(1, 28):02d} {c.rng.choice(["JAN", "MAR", "MAY", "AUG", "OCT", "DEC"])} {c.rng.randint(2021, 2025)}</time> | in <span class="blog-post-categories">{", ".join(f"<a href=/blogs/category/{slug(x)}/><span property=articleSection>{x}</span></a>" for x in cats)}</span> | <a href="https://{c.site}/blogs/{slug(c.body.title)[:40]}/" property="url">Permalink</a> | <a id="aws-comment-trigger-{c.rng.randint(1000, 99999)}" href="#Comments"><i class="icon-comment"></i> Comments</a> | <a href="#" role="button" data-share-dialog-toggle=""><span class="span icon-share"></span> Share</a></footer>'
        f'<section class="blog-post-content lb-rtxt" property="articleBody">{"".join(body)}<h3>About the Author{"s" if len(who) > 1 else ""}</h3>{bios}</section>'
        f'<footer class="blog-post-footer"><div class="blog-tags"><span class="blog-tag-label">TAGS: </span>{", ".join(f"<a href=/blogs/tag/{slug(x)}/ rel=tag>{x}</a>" for x in c.rng.sample(["serverless", "storage", "machine learning", "cost optimization", "observability"], 2))}</div></footer>'
        f'<div class="blog-comments"><div data-lb-comp="aws-blog:cosmic-comments" data-env="prod" data-content-id="{hexid(c, 8)}-{hexid(c, 4)}" data-title="{esc(c.body.title)}" data-url="https://{c.site}/blogs/x/"><p data-failed-message="Comments cannot be loaded… Please refresh and try again.">Loading comments…</p></div></div></article></div>'
        f'<div class="lb-col lb-mid-6 lb-tiny-24"><div class="blog-sidebar"><h3 class="lb-txt-bold lb-txt-16">Resources</h3><ul><li><a href="/getting-started/">Getting Started</a></li><li><a href="/new/">What\'s New</a></li><li><a href="/blogs/architecture/">Architecture Blog</a></li></ul><hr><h3 class="lb-txt-bold lb-txt-16">Follow</h3><ul><li><a href="https://twitter.com/{slug(brand(c))}">Twitter</a></li><li><a href="https://www.linkedin.com/company/{slug(brand(c))}">LinkedIn</a></li><li><a href="https://www.twitch.tv/{slug(brand(c))}">Twitch</a></li><li><a href="/subscribe/">Email Updates</a></li></ul></div></div></div></main>'
        f'<footer id="aws-page-footer" class="m-page-footer"><p>{brand(c)} Cloud is hiring. <a href="/careers/">Learn more</a></p><p><a href="/privacy/">Privacy</a> | <a href="/terms/">Site terms</a> | <a href="#" data-cookie-prefs="">Cookie Preferences</a> | © {c.rng.randint(2021, 2025)}, {brand(c)} Inc. or its affiliates. All rights reserved.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. An outdoor retailer's editorial with product cards in the story


def _product(c: Ctx) -> str:
    c.used.append("retail-product-card")
    stars = c.rng.randint(30, 50) / 10
    return (
        f'<div class="product-tile" data-ui="product-tile" data-product-id="{c.rng.randint(100000, 999999)}"><a href="/product/{c.rng.randint(100000, 999999)}/{hexid(c, 6)}"><img src="/media/product/{hexid(c, 10)}.jpg" alt=""></a>'
        f'<div class="product-tile__brand">{c.rng.choice(["Alpine Co.", "Ridgeline", "Summit Works", "Trailhead", "Northface Outfitters"])}</div><div class="product-tile__name">{c.rng.choice(["Ultralight Tent 2", "Trail Runner GTX", "Down Hoodie", "Daypack 22", "Insulated Bottle 32 oz"])}</div>'
        f'<div class="product-tile__price"><span class="price-value">${c.rng.randint(19, 499)}.{c.rng.choice(["00", "95", "99"])}</span></div><div class="product-tile__rating" aria-label="Rated {stars} out of 5 stars">★★★★☆ <span>({c.rng.randint(3, 2400)})</span></div><a class="product-tile__cta button" href="/product/">Shop now</a></div>'
    )


def fam_retail_journal(c: Ctx) -> FamilyOut:
    """An outdoor retailer's expert-advice article: product tiles inside the text, promos."""
    parts, gold = render(
        c, c.body.blocks, lambda t: f'<h2 class="article-heading" id="{slug(t)[:40]}">{esc(t)}</h2>'
    )
    body = weave(
        c,
        parts,
        c.rng.randint(2, 3),
        lambda: (
            f'<div class="inline-products">{_product(c)}{_product(c) if c.rng.random() < 0.5 else ""}</div>'
        ),
    )
    shop = "".join(_product(c) for _ in range(c.rng.randint(3, 5)))
    store = f"{brand(c)} {c.rng.choice(['Outfitters', 'Co-op', 'Outdoor Supply', 'Mountain Gear'])}"
    who = c.rng.choice(PEOPLE)
    c.used += "retail-header retail-byline retail-shop-the-story retail-member-promo retail-helpful retail-related retail-footer".split()
    html = (
        f'<body class="expert-advice"><div class="global-banner"><p>Free shipping on orders $50+ · <a href="/membership">Members get 10% back</a></p></div><header class="site-header"><a class="logo" href="/">{store}</a><nav class="department-nav"><a href="/c/camping-and-hiking">Camp &amp; Hike</a><a href="/c/climbing">Climb</a><a href="/c/cycling">Cycle</a><a href="/c/water-sports">Paddle</a><a href="/c/run">Run</a><a href="/c/snowsports">Snow</a><a href="/learn">Expert Advice</a></nav><form class="search"><input type="search" placeholder="Search for great gear &amp; clothing"></form><a href="/cart">Cart</a></header>'
        f'<main><nav class="breadcrumbs"><a href="/learn">Expert Advice</a> / <a href="/learn/camping">Camping</a></nav><article class="ea-article"><h1 class="ea-title">{esc(c.body.title)}</h1><div class="ea-byline"><span>Written by <a href="/learn/author/{slug(who)}">{who}</a></span> <span class="ea-updated">Updated {day(c)}</span></div>'
        f'<figure class="ea-hero"><img src="/media/learn/{hexid(c, 10)}.jpg" alt=""><figcaption>{sentence(c)}</figcaption></figure>'
        f'<div class="ea-body">{"".join(body)}</div>'
        f'<section class="shop-the-story"><h2>Shop the story</h2><div class="carousel">{shop}</div></section>'
        f'<aside class="member-promo"><h3>Co-op members get more</h3><p>Join once for $30 and get an annual member reward on eligible purchases, plus exclusive offers.</p><a class="button" href="/membership">Become a member</a></aside>'
        f'<div class="ea-helpful"><p>Was this article helpful?</p><button>Yes</button><button>No</button></div></article>'
        f'<section class="related-articles"><h2>Related articles</h2><ul>{links(c, 3, "learn/")}</ul></section></main>'
        f'<footer class="site-footer"><ul><li><a href="/help">Customer Service</a></li><li><a href="/stores">Find a Store</a></li><li><a href="/gift-cards">Gift Cards</a></li><li><a href="/careers">Careers</a></li></ul><p>© {c.rng.randint(2020, 2025)} {store}. All rights reserved.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A non-profit campaign update


def _donate_box(c: Ctx) -> str:
    if c.rng.random() < 0.4:
        c.used.append("nonprofit-match")
        return f'<div class="match-banner" role="note"><strong>Match alert!</strong> Every gift made before midnight {c.rng.choice(["Friday", "Sunday", "December 31"])} will be doubled, up to ${c.rng.randint(5, 50)},000.</div>'
    c.used.append("nonprofit-donate-inline")
    amounts = "".join(
        f'<button class="amount" data-amount="{a}">${a}</button>' for a in (25, 50, 100, 250)
    )
    return f'<div class="donate-inline"><h3>Help us reach our goal</h3><div class="amounts">{amounts}<input type="number" placeholder="Other"></div><a class="btn btn-donate" href="/give">Donate now</a></div>'


def fam_nonprofit(c: Ctx) -> FamilyOut:
    """A fundraising campaign's update page: thermometer, inline donate boxes, donors list."""
    parts, gold = render(c, c.body.blocks, lambda t: f"<h3>{esc(t)}</h3>")
    body = weave(c, parts, c.rng.randint(1, 3), lambda: _donate_box(c))
    org = (
        f"{brand(c)} {c.rng.choice(['Foundation', 'Relief Fund', 'Alliance', 'Trust', 'Project'])}"
    )
    goal = c.rng.choice([25000, 50000, 100000, 250000])
    raised = c.rng.randint(goal // 8, goal)
    donors = "".join(
        f'<li class="donor"><span class="donor-name">{c.rng.choice([*PEOPLE, "Anonymous", "Anonymous"])}</span> <span class="donor-amount">${c.rng.choice([10, 20, 25, 50, 100, 500])}</span> <span class="donor-time">{c.rng.randint(1, 23)} hours ago</span></li>'
        for _ in range(c.rng.randint(3, 6))
    )
    c.used += "nonprofit-header nonprofit-campaign nonprofit-update-label nonprofit-thermometer nonprofit-caption nonprofit-share nonprofit-donors nonprofit-ways nonprofit-footer".split()
    html = (
        f'<body class="campaign-page"><header class="org-header"><a class="org-logo" href="/">{org}</a><nav><a href="/our-work">Our Work</a><a href="/where-we-work">Where We Work</a><a href="/news">News</a><a href="/about">About</a></nav><a class="btn btn-donate" href="/give">Donate</a></header>'
        f'<main class="campaign"><section class="campaign-hero"><p class="campaign-label">Campaign</p><h2 class="campaign-name">{c.rng.choice(["Clean Water for Every Village", "Emergency Winter Appeal", "Rebuild the Library", "Keep Kids Learning"])}</h2>'
        f'<div class="thermometer" role="progressbar" aria-valuenow="{raised}" aria-valuemax="{goal}"><div class="thermometer__bar" style="width:{100 * raised // goal}%"></div><p class="thermometer__text"><strong>${raised:,}</strong> raised of ${goal:,} goal</p><p class="thermometer__donors">{c.rng.randint(20, 3000)} donors · {c.rng.randint(1, 60)} days left</p></div><a class="btn btn-donate btn-lg" href="/give">Give now</a></section>'
        f'<div class="campaign-columns"><article class="campaign-update"><p class="update-label">Update #{c.rng.randint(2, 14)} · <time datetime="{iso(c)}">{day(c)}</time></p><h1 class="update-title">{esc(c.body.title)}</h1>'
        f'<figure class="update-photo"><img src="/uploads/updates/{hexid(c, 10)}.jpg" alt=""><figcaption>{sentence(c)} Photo: {org}</figcaption></figure>'
        f'<div class="update-body">{"".join(body)}</div>'
        f'<div class="share-update"><span>Share this update</span> <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a> <a href="https://twitter.com/intent/tweet">X</a> <a href="mailto:?subject=update">Email</a></div></article>'
        f'<aside class="campaign-sidebar"><section class="recent-donors"><h3>Recent donors</h3><ul>{donors}</ul></section><section class="ways-to-give"><h3>Other ways to give</h3><ul><li><a href="/monthly">Give monthly</a></li><li><a href="/tribute">Give in honor of someone</a></li><li><a href="/stocks">Donate stock</a></li><li><a href="/daf">Donor-advised funds</a></li></ul></section></aside></div></main>'
        f'<footer class="org-footer"><p>{org} is a registered 501(c)(3) nonprofit organization. EIN {c.rng.randint(10, 99)}-{c.rng.randint(1000000, 9999999)}. Gifts are tax-deductible to the extent allowed by law.</p><p><a href="/privacy">Privacy</a> · <a href="/financials">Financials</a> · <a href="/contact">Contact</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A sports league's game recap with line score and box score


_TEAMS = [
    "Hawks",
    "Comets",
    "Rivermen",
    "Pioneers",
    "Storm",
    "Bears",
    "Kings",
    "Foxes",
    "Miners",
    "Sharks",
]


def _box(c: Ctx, team: str) -> str:
    rows = "".join(
        f"<tr><td class=player><a href=/player/{c.rng.randint(1000, 99999)}>{esc(p)}</a></td><td>{c.rng.randint(8, 40)}</td><td>{c.rng.randint(0, 12)}-{c.rng.randint(12, 20)}</td><td>{c.rng.randint(0, 12)}</td><td>{c.rng.randint(0, 10)}</td><td>{c.rng.randint(0, 35)}</td></tr>"
        for p in c.rng.sample(PEOPLE, 5)
    )
    return f'<table class="box-score" aria-label="{team} box score"><caption>{team}</caption><thead><tr><th>Player</th><th>MIN</th><th>FG</th><th>REB</th><th>AST</th><th>PTS</th></tr></thead><tbody>{rows}</tbody></table>'


def fam_league_recap(c: Ctx) -> FamilyOut:
    """A league site's game recap: scoreboard, line score, tabs, AP recap, leaders, box score."""
    city = c.rng.choice(["CHICAGO", "DENVER", "BOSTON", "PHOENIX", "MIAMI", "SEATTLE", "TORONTO"])
    parts, gold = render(
        c, with_dateline(c, c.body.blocks, f"{city} (AP)"), lambda t: f"<h3>{esc(t)}</h3>"
    )
    away, home = c.rng.sample(_TEAMS, 2)
    q = [[c.rng.randint(18, 36) for _ in range(4)] for _ in range(2)]
    line = "".join(
        f'<tr><th scope="row">{t}</th>{"".join(f"<td>{x}</td>" for x in s)}<td class="total">{sum(s)}</td></tr>'
        for t, s in zip((away, home), q, strict=True)
    )
    leaders = "".join(
        f'<div class="leader-card"><span class="leader-stat">{stat}</span><a class="leader-name" href="/player/{c.rng.randint(1000, 99999)}">{c.rng.choice(PEOPLE)}</a><span class="leader-value">{c.rng.randint(5, 40)}</span></div>'
        for stat in ("PTS", "REB", "AST")
    )
    rec = f"({c.rng.randint(5, 50)}-{c.rng.randint(5, 50)})"
    c.used += "league-nav league-scoreboard league-linescore league-tabs league-credit league-leaders league-boxscore league-upnext league-videos league-odds league-footer".split()
    html = (
        f'<body class="game-page"><header class="league-nav"><a class="league-logo" href="/">{brand(c)} League</a><nav><a href="/games">Games</a><a href="/schedule">Schedule</a><a href="/standings">Standings</a><a href="/stats">Stats</a><a href="/teams">Teams</a><a href="/tickets">Tickets</a><a href="/store">Store</a></nav><a href="/account">Sign In</a></header>'
        f'<section class="game-header"><div class="team team--away"><span class="team-name">{away}</span><span class="team-record">{rec}</span><span class="team-score">{sum(q[0])}</span></div><div class="game-status">Final</div><div class="team team--home"><span class="team-score">{sum(q[1])}</span><span class="team-name">{home}</span><span class="team-record">({c.rng.randint(5, 50)}-{c.rng.randint(5, 50)})</span></div>'
        f'<table class="linescore"><thead><tr><th></th><th>1</th><th>2</th><th>3</th><th>4</th><th>T</th></tr></thead><tbody>{line}</tbody></table></section>'
        f'<nav class="game-tabs" role="tablist"><a role="tab" aria-selected="true" href="#recap">Recap</a><a role="tab" href="/game/{hexid(c, 8)}/box-score">Box Score</a><a role="tab" href="/game/{hexid(c, 8)}/play-by-play">Play-by-Play</a><a role="tab" href="/game/{hexid(c, 8)}/videos">Videos</a></nav>'
        f'<main class="game-main"><article id="recap" class="game-recap"><h1 class="recap-headline">{esc(c.body.title)}</h1><p class="recap-credit">By The Associated Press · <time datetime="{iso(c)}">{day(c)}</time></p><div class="recap-body">{"".join(parts)}</div></article>'
        f'<section class="game-leaders"><h2>Game Leaders</h2>{leaders}</section>'
        f'<section class="box-scores"><h2>Box Score</h2>{_box(c, away)}{_box(c, home)}<a href="/game/box-score">Full box score</a></section>'
        f'<aside class="up-next"><h2>Up Next</h2><p>{away}: vs {c.rng.choice(_TEAMS)}, {c.rng.choice(["Fri", "Sat", "Sun", "Tue"])} {c.rng.randint(6, 9)}:00 PM</p><p>{home}: at {c.rng.choice(_TEAMS)}, {c.rng.choice(["Fri", "Sat", "Sun", "Wed"])} {c.rng.randint(6, 9)}:30 PM</p></aside>'
        f'<section class="video-rail"><h2>Highlights</h2><ul>{links(c, 3, "video/")}</ul></section>'
        f'<div class="odds-line">Odds: {home} -{c.rng.randint(1, 9)}.5 · O/U {c.rng.randint(200, 240)}.5 · <small>21+. Gambling problem? Call 1-800-GAMBLER.</small></div></main>'
        f'<footer class="league-footer"><p>© {c.rng.randint(2021, 2025)} {brand(c)} League. All rights reserved.</p><p><a href="/privacy">Privacy Policy</a> · <a href="/terms">Terms of Use</a> · <a href="/accessibility">Accessibility</a> · <a href="#">Do Not Sell or Share My Personal Information</a></p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind); the scarce kinds are drawn first
    "sphinx-blog": (fam_sphinx, "code"),
    "discourse-topic": (fam_discourse, "blog"),
    "docusaurus-blog": (fam_docusaurus, "tech"),
    "vendor-tech-blog": (fam_vendor_blog, "tech"),
    "museum-blog": (fam_museum, "entertainment"),
    "league-recap": (fam_league_recap, "sport"),
    "civic-newsflash": (fam_civic, "politics"),
    "nonprofit-update": (fam_nonprofit, "ecb"),
    "retail-journal": (fam_retail_journal, "news"),
    "wechat-article": (fam_wechat, "business"),
    "obsidian-note": (fam_obsidian, "blog"),
    "school-newsletter": (fam_smore, "lede"),
}

_GENERATOR = {
    "discourse-topic": '<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse version 1f2a3b4c">',
    "sphinx-blog": '<meta name="generator" content="Docutils 0.20.1: https://docutils.sourceforge.io/"><link rel="alternate" type="application/atom+xml" href="../atom.xml" title="Blog">',
    "docusaurus-blog": '<meta name="generator" content="Docusaurus v3.1.1"><link rel="alternate" type="application/rss+xml" href="/blog/rss.xml" title="Blog RSS Feed">',
    "civic-newsflash": '<link rel="alternate" type="application/rss+xml" href="/RSSFeed.aspx?ModID=1&amp;CID=All-newsflash.xml">',
    "wechat-article": '<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover"><meta property="og:site_name" content="WeChat Official Accounts Platform">',
}


def m_head(family: str) -> Callable[[str, str], str]:
    """The shared head with the family's additions (viewport, canonical, generator, feed)."""

    def amend(page_head: str, url: str) -> str:
        extra = f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="{url}">{_GENERATOR.get(family, "")}'
        return page_head.replace("</head>", extra + "</head>", 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 1201) -> list[Page]:
    """Set M: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    kinds["code"] = unique_bodies(code_bodies())
    return draw_set(
        "m", seed, per_family, FAMILIES, kinds, pool, "example.com", key=text_key, amend=m_head
    )


if __name__ == "__main__":  # page_families_m.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 1201)

"""Set D of the constructed pages: 11 template families that sets A, B and C lack, and `build_pages`.

Each family imitates a real, common publishing structure: a small newspaper on a Bootstrap
theme, a Joomla article, an English-language portal with dense link columns beside the text
(Chinese-portal style), a university news item under a left navigation tree, a government press
page (GOV.UK-like or a US agency release), a page whose article sits in `<section>`s between
sidebars of sponsored `<article>` cards, and (page_templates_d.py) a Mailchimp campaign-archive
email, a forum thread (phpBB or Discourse) whose first post is the article, a Wix blog post, a
numbered listicle and a long-form feature. Furniture sits both around the article and inside
its container. Written blind to digest's extraction rules and frozen before digest was first run
on it (session 7, the held-out check of the fixes made on set C); the gold convention and the
decisions for new structures are in page_templates_d.py's docstring.

    .venv/bin/python bench/bench_pages.py --set d --seed 301
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_templates import PEOPLE, Block, Body, Ctx, Page, Pool, bbc_bodies, date, esc, slug
from page_templates_b import (
    ad_slot,
    flow,
    headlines,
    image_block,
    inserts,
    promo_card,
    site_footer,
    teaser_list,
)
from page_templates_c import short_blog_bodies
from page_templates_d import (
    fam_forum,
    fam_listicle,
    fam_longform,
    fam_mail_archive,
    fam_wix,
    link_column,
    mailing_address,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]


def _brand(c: Ctx) -> str:
    return esc(c.site.split(".")[0].title())


# ---------------------------------------------------------------------------------------------
# Newspapers and portals


def _bs_related(c: Ctx) -> str:
    c.used.append("bs-alert-related")
    return f'<div class="alert alert-info" role="alert"><strong>Related:</strong> {c.link(c.pool.headline(c.rng, c.body))}</div>'


def fam_bootstrap_paper(c: Ctx) -> tuple[str, list[Block]]:
    """A small paper on a Bootstrap theme: container/row/col grid, cards in the sidebar."""
    body, gold = flow(
        c, c.body.blocks, inserts(c, (_bs_related, ad_slot, image_block)), c.rng.randint(1, 3)
    )
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="/{w.lower()}">{w}</a></li>'
        for w in ("Local", "County", "Sports", "Business", "Opinion", "Obituaries", "Classifieds")
    )
    ticker = " · ".join(esc(h) for h in headlines(c, 4))
    trending = "".join(
        f'<li class="list-group-item"><a href="/{slug(h)}">{esc(h)}</a></li>'
        for h in headlines(c, 5)
    )
    latest = "".join(
        f'<div class="d-flex mb-3"><img class="flex-shrink-0 me-3" src="/t.jpg" width="64" alt=""><div><h6 class="mb-1">{c.link(h)}</h6><p class="small text-muted mb-0">{esc(c.pool.sentences(c.rng, c.body, 1))}</p></div></div>'
        for h in headlines(c, 4)
    )
    cards = "".join(
        f'<div class="col"><div class="card h-100"><img src="/c.jpg" class="card-img-top" alt=""><div class="card-body"><h5 class="card-title">{c.link(h)}</h5><p class="card-text">{esc(c.pool.sentences(c.rng, c.body, 1))}</p></div></div></div>'
        for h in headlines(c, 3)
    )
    who = c.rng.choice(PEOPLE)
    c.used += ["breaking-ticker", "trending-card", "latest-media", "related-cards", "comment-form"]
    lead = image_block(c, "figure") if c.rng.random() < 0.6 else ""
    html = (
        f'<body><div class="top-bar bg-dark text-white small"><div class="container"><div class="row"><div class="col-md-6">{date(c.rng)} | Weather: {c.rng.randint(2, 30)}°C</div>'
        '<div class="col-md-6 text-end"><a href="#">Facebook</a> <a href="#">X</a> <a href="/e-edition">E-Edition</a></div></div></div></div>'
        f'<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container"><a class="navbar-brand" href="/">{_brand(c)}</a><button class="navbar-toggler" type="button" data-bs-toggle="collapse"><span class="navbar-toggler-icon"></span></button>'
        f'<div class="collapse navbar-collapse"><ul class="navbar-nav me-auto">{nav}</ul><form class="d-flex"><input class="form-control me-2" type="search" placeholder="Search"><button class="btn btn-outline-success">Search</button></form></div></div></nav>'
        f'<div class="breaking-news bg-danger text-white"><div class="container"><span class="badge bg-light text-danger">Breaking</span> <span class="ticker">{ticker}</span></div></div>'
        '<main class="container my-4"><div class="row"><div class="col-lg-8">'
        '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/local">Local</a></li></ol></nav>'
        f'<h1 class="display-6 fw-bold">{esc(c.body.title)}</h1><p class="text-muted small">By <a href="#">{who}</a> | {date(c.rng)} | {c.rng.randint(100, 9000)} views</p>{lead}'
        f'<div class="article-content">{body}</div>'
        '<div class="mb-3"><a class="badge bg-secondary" href="/tag/local">Local</a> <a class="badge bg-secondary" href="/tag/news">News</a></div>'
        '<div class="share-buttons mb-4"><a class="btn btn-primary btn-sm">Facebook</a> <a class="btn btn-info btn-sm">Twitter</a> <a class="btn btn-success btn-sm">WhatsApp</a> <a class="btn btn-secondary btn-sm">Email</a></div>'
        f'<h4>Related Stories</h4><div class="row row-cols-1 row-cols-md-3 g-4 mb-4">{cards}</div>'
        '<div class="card my-4"><div class="card-body"><h4>Leave a comment</h4><p class="small">Your email address will not be published. Required fields are marked *</p><form><textarea class="form-control"></textarea><input class="form-control" placeholder="Name*"><button class="btn btn-primary">Post Comment</button></form></div></div></div>'
        f'<div class="col-lg-4"><div class="card mb-4"><div class="card-header fw-bold">Trending</div><ul class="list-group list-group-flush">{trending}</ul></div>'
        '<div class="card mb-4 bg-light"><div class="card-body"><h5 class="card-title">Daily Headlines</h5><p class="card-text">Get the day\'s top local stories delivered to your inbox every morning.</p><input class="form-control mb-2" placeholder="Email"><button class="btn btn-dark w-100">Sign Up</button></div></div>'
        f'<div class="card"><div class="card-header fw-bold">Latest News</div><div class="card-body">{latest}</div></div></div></div></main>'
        f'<footer class="bg-dark text-white py-4"><div class="container"><div class="row"><div class="col-md-4"><h5>About Us</h5><p>{_brand(c)} has served the county since {c.rng.randint(1870, 1990)}. We are locally owned and committed to covering the stories that matter to our readers.</p></div>'
        '<div class="col-md-4"><h5>Sections</h5><ul class="list-unstyled"><li><a href="/local">Local</a></li><li><a href="/sports">Sports</a></li><li><a href="/obituaries">Obituaries</a></li><li><a href="/classifieds">Classifieds</a></li></ul></div>'
        f'<div class="col-md-4"><h5>Contact</h5><address>{mailing_address(c)}<br>Phone: (555) 0{c.rng.randint(100, 999)}</address></div></div></div></footer></body></html>'
    )
    return html, gold


def _joomla_module(c: Ctx) -> str:
    c.used.append("loadposition-module")
    items = "".join(
        f'<li><a href="/{slug(h)}" itemprop="url">{esc(h)}</a></li>' for h in headlines(c, 3)
    )
    return f'<div class="moduletable"><h3>Related Items</h3><ul class="relateditems mod-list">{items}</ul></div>'


def _joomla_img(c: Ctx) -> str:
    c.used.append("floated-image")
    return f'<p><img src="/images/{c.rng.randint(1, 99)}.jpg" alt="" style="float: right; margin: 5px;" width="300"></p>'


def fam_joomla(c: Ctx) -> tuple[str, list[Block]]:
    """A Joomla 4 (Cassiopeia) article view: article-info dl, articleBody, pagenav, modules."""
    body, gold = flow(
        c, c.body.blocks, inserts(c, (_joomla_module, _joomla_img)), c.rng.randint(0, 2)
    )
    menu = "".join(
        f'<li class="nav-item item-{100 + i}"><a href="/{w.lower()}">{w}</a></li>'
        for i, w in enumerate(("Home", "News", "Events", "Gallery", "About us", "Contact"))
    )
    prev_h, next_h = headlines(c, 2)

    def box(title: str, n: int) -> str:
        items = "".join(
            f'<li itemscope><a href="/{slug(h)}" itemprop="url"><span itemprop="name">{esc(h)}</span></a></li>'
            for h in headlines(c, n)
        )
        return f'<div class="sidebar-right card"><h3 class="card-header">{title}</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{items}</ul></div></div>'

    who = c.rng.choice(PEOPLE)
    hits = c.rng.randint(30, 9000)
    c.used += ["article-info", "pagenav", "latest-module", "login-module", "print-email-icons"]
    html = (
        f'<body class="site com_content wrapper-static view-article no-layout no-task itemid-{c.rng.randint(100, 999)} has-sidebar-right"><header class="header container-header full-width">'
        f'<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="{_brand(c)}">{_brand(c)}</span></a><div class="site-description">{c.rng.choice(["News from our village", "The association newsletter", "Community news and events"])}</div></div></div>'
        f'<div class="grid-child container-nav"><ul class="mod-menu mod-list nav">{menu}</ul><div class="container-search"><form class="mod-finder js-finder-searchform form-search"><label class="visually-hidden">Search</label><input type="text" class="js-finder-search-query form-control" placeholder="Search ..."></form></div></div></header>'
        '<div class="site-grid"><div class="grid-child container-component">'
        f'<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(c.body.title[:40])}</span></li></ol></nav>'
        '<div id="system-message-container" aria-live="polite"></div><main>'
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">'
        f'<div class="page-header"><h2 itemprop="headline">{esc(c.body.title)}</h2></div>'
        '<div class="icons"><div class="btn-group float-end"><button type="button" class="btn dropdown-toggle">Actions</button><ul class="dropdown-menu"><li class="print-icon"><a href="#">Print</a></li><li class="email-icon"><a href="#">Email</a></li></ul></div></div>'
        f'<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">{who}</span></dd>'
        f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/news" itemprop="genre">News</a></dd>'
        f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2022-01-01T10:00:00+00:00" itemprop="datePublished">Published: {date(c.rng)}</time></dd>'
        f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}">Hits: {hits}</dd></dl>'
        f'<div itemprop="articleBody" class="com-content-article__body">{body}</div>'
        f'<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/{slug(prev_h)}" rel="prev"><span class="visually-hidden">Previous article: {esc(prev_h)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a>'
        f'<a class="btn btn-sm btn-secondary next" href="/{slug(next_h)}" rel="next"><span class="visually-hidden">Next article: {esc(next_h)}</span><span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>'
        f'<div class="grid-child container-sidebar-right">{box("Latest Articles", 5)}{box("Most Read", 5)}'
        '<div class="sidebar-right card"><h3 class="card-header">Login Form</h3><div class="card-body"><form class="mod-login"><label>Username</label><input class="form-control"><label>Password</label><input type="password" class="form-control"><label><input type="checkbox"> Remember Me</label><button class="btn btn-primary">Log in</button>'
        '<ul class="mod-login__options list-unstyled"><li><a href="#">Forgot your password?</a></li><li><a href="#">Forgot your username?</a></li></ul></form></div></div></div></div>'
        f'<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer"><div class="footer1">Copyright © {c.rng.randint(2016, 2024)} {_brand(c)}. All Rights Reserved.</div><div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the <a href="#">GNU General Public License.</a></div></div></div></footer>'
        '<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a></body></html>'
    )
    return html, gold


def _portal_photo(c: Ctx) -> str:
    c.used.append("centred-caption-paragraph")
    cap = esc(c.pool.sentences(c.rng, c.body, 1))
    return f'<p align="center"><img src="/attachement/jpg/site1/{c.rng.randint(10**5, 10**6)}.jpg" border="0" id="{c.rng.randint(10**6, 10**7)}"></p><p align="center" style="color: #333399;font-family: Arial;font-size: 12px">{cap} [Photo/{c.rng.choice(["Xinhua", "IC", "VCG", "China Daily"])}]</p>'


def fam_portal(c: Ctx) -> tuple[str, list[Block]]:
    """An English-language news portal in the Chinese-portal style: two rows of channel links,
    a narrow column of link lists left of the text and a dense one right of it."""
    body, gold = flow(c, c.body.blocks, inserts(c, (_portal_photo,)), c.rng.randint(0, 2))
    chans = [
        "Home",
        "China",
        "World",
        "Business",
        "Lifestyle",
        "Culture",
        "Travel",
        "Sports",
        "Opinion",
        "Regional",
        "Forum",
        "Video",
        "Photo",
        "Newspaper",
        "Mobile",
    ]
    subs = [
        "Politics",
        "Society",
        "Innovation",
        "HK/Macao",
        "Cross-Strait",
        "Cover Story",
        "Environment",
        "Focus",
        "Military",
        "Photos",
        "Specials",
        "Education",
    ]
    row1 = " | ".join(f'<a href="/{slug(w)}/" target="_blank">{w}</a>' for w in chans)
    row2 = " ".join(f'<a href="/china/{slug(w)}/">{w}</a>' for w in subs)
    left = link_column(c, "Top News", 8) + link_column(c, "Specials", 6)
    right = (
        link_column(c, "Most Viewed", 10)
        + link_column(c, "Editor's Picks", 8)
        + '<div class="box"><div class="box-title">Photo</div>'
        + "".join(
            f'<div class="pic"><a href="#"><img src="/p/{i}.jpg"></a><p>{c.link(h)}</p></div>'
            for i, h in enumerate(headlines(c, 4))
        )
        + "</div>"
        + link_column(c, "Trending", 10)
    )
    editor = f"({c.rng.choice(['Editor', 'Web editor'])}: {c.rng.choice(PEOPLE)}, {c.rng.choice(PEOPLE)})"
    src = c.rng.choice(["Xinhua", "chinadaily.com.cn", "Global Times", "CGTN"])
    partners = "".join(
        f'<a href="#">{w}</a> '
        for w in (
            "Xinhua",
            "CGTN",
            "People's Daily",
            "China.org.cn",
            "Global Times",
            "ECNS",
            "CRI English",
            "Ministry of Commerce",
            "Ministry of Foreign Affairs",
        )
    )
    c.used += [
        "channel-rows",
        "left-link-columns",
        "right-link-columns",
        "editor-line",
        "partner-links",
    ]
    html = (
        f'<body><div class="topNav"><div class="topNav2_art">{row1}</div><div class="topNav3_art">{row2}</div></div>'
        f'<div class="header"><a href="/"><img src="/logo.png" alt="{_brand(c)}"></a><div class="search"><input type="text" value="Search"></div></div>'
        f'<div class="main_art"><div class="lft_art_nav">{left}</div>'
        f'<div id="lft-art" class="lft_art"><div class="mb10 tw3_01_2"><span class="info_l">{c.rng.choice(PEOPLE)} | {src} | Updated: {c.rng.randint(2015, 2024)}-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d} {c.rng.randint(7, 23):02d}:{c.rng.randint(10, 59)}</span>'
        '<span class="info_r"><a class="wx">WeChat</a><a class="wb">Weibo</a><a class="fb">Facebook</a><a class="tw">Twitter</a><a class="ln">LinkedIn</a></span></div>'
        f'<h1>{esc(c.body.title)}</h1><div id="Content">{body}</div>'
        f'<div class="edit"><p>{editor}</p><p>Source: {src}</p></div>'
        f'<div class="selectpage"><a href="#">Previous</a> <span>1</span> <a href="#">Next</a></div>'
        f'<div class="related"><div class="tit">Related Stories</div><ul>{"".join(f"<li>{c.link(h)}</li>" for h in headlines(c, 4))}</ul></div></div>'
        f'<div class="rt_art">{right}</div></div>'
        f'<div class="footer"><div class="links">{partners}</div><p>Copyright {c.rng.randint(1995, 2024)} - {c.rng.randint(2024, 2026)}. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to {_brand(c)}. Without written authorization, such content shall not be republished or used in any form.</p>'
        f"<p>Note: Browsers with 1024*768 or higher resolution are suggested for this site.</p><p>License for publishing multimedia online {c.rng.randint(10**7, 10**8)}</p></div></body></html>"
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# Institutions


def _nav_tree(c: Ctx) -> str:
    tree = {
        "About the School": ["History", "Leadership", "Strategic plan"],
        "Study": ["Undergraduate", "Postgraduate taught", "PhD opportunities", "Scholarships"],
        "Research": ["Research groups", "Facilities", "Publications", "Impact case studies"],
        "News and events": ["News", "Events", "Seminars", "Media enquiries"],
        "People": ["Academic staff", "Professional services", "Emeritus"],
        "Contact us": [],
    }
    items = []
    for top, kids in tree.items():
        active = top == "News and events"
        sub = "".join(
            f'<li class="{"active current" if k == "News" and active else ""}"><a href="/{slug(top)}/{slug(k)}">{k}</a></li>'
            for k in kids
        )
        items.append(
            f'<li class="{"open active-trail" if active else "closed"}"><a href="/{slug(top)}">{top}</a>{f"<ul>{sub}</ul>" if sub and (active or c.rng.random() < 0.4) else ""}</li>'
        )
    return f'<nav class="section-nav" aria-label="Section navigation"><h2 class="section-nav__title"><a href="/">School of {c.rng.choice(["Engineering", "Physics", "Computing", "Biosciences", "Economics"])}</a></h2><ul class="menu">{"".join(items)}</ul></nav>'


def fam_uni_news(c: Ctx) -> tuple[str, list[Block]]:
    """A university department news item: left navigation tree, media contact, events."""
    body, gold = flow(c, c.body.blocks, inserts(c, (image_block,)), c.rng.randint(0, 2))
    who = c.rng.choice(PEOPLE)
    events = "".join(
        f'<li class="event"><span class="date"><span class="day">{c.rng.randint(1, 28)}</span> <span class="month">{c.rng.choice(["Jan", "Mar", "May", "Oct", "Nov"])}</span></span><a href="/events/{slug(h)}">{esc(h)}</a><span class="loc">{c.rng.choice(["Lecture Theatre 2", "Online", "Main Library", "Room 4.12"])}</span></li>'
        for h in headlines(c, 3)
    )
    c.used += ["left-nav-tree", "media-contact", "events", "related-news", "uni-footer", "share"]
    html = (
        '<body class="page-news-item"><a class="skip-link" href="#main">Skip to main content</a>'
        '<div class="global-header"><a class="logo" href="/"><img src="/crest.svg" alt="University logo"></a><ul class="global-links"><li><a href="/study">Study</a></li><li><a href="/research">Research</a></li><li><a href="/about">About</a></li><li><a href="/staff">Staff</a></li><li><a href="/students">Students</a></li></ul><form class="search"><input placeholder="Search the University"></form></div>'
        '<ol class="breadcrumb"><li><a href="/">University home</a></li><li><a href="/faculty">Faculty of Science</a></li><li><a href="/school">School</a></li><li><a href="/school/news">News</a></li></ol>'
        f'<div class="layout"><aside class="layout__sidebar">{_nav_tree(c)}</aside><main id="main" class="layout__main">'
        f'<div class="news-item"><p class="news-item__type">News</p><h1>{esc(c.body.title)}</h1><p class="news-item__date">Published on {date(c.rng)}</p>'
        f'<div class="news-item__body wysiwyg">{body}</div>'
        '<div class="share-this"><span>Share this page</span><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Email</a></div>'
        f'<div class="contact-box"><h2>Media contact</h2><p>{who}<br>Communications Officer<br>Email: {slug(who).replace("-", ".")}@example.ac.uk<br>Tel: +44 (0)113 {c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)}</p></div></div>'
        f'<section class="related-news"><h2>Related news</h2><div class="cards">{"".join(f"<div class=card><img src=/t.jpg alt=><h3>{c.link(h)}</h3><p>{date(c.rng)}</p></div>" for h in headlines(c, 3))}</div></section>'
        f'</main><aside class="layout__right"><h2>Upcoming events</h2><ul class="events">{events}</ul><a href="/events">All events</a></aside></div>'
        f'<footer class="global-footer"><div class="address"><p>The University, {mailing_address(c)}</p><p>Registered charity number {c.rng.randint(10**5, 10**6)}</p></div>'
        '<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/foi">Freedom of information</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/contact">Contact us</a></li></ul></footer></body></html>'
    )
    return html, gold


_DEPTS = [
    "Department for Transport",
    "Department of Health and Social Care",
    "HM Treasury",
    "Ministry of Justice",
    "Department for Education",
    "Environment Agency",
]
_US = [
    "Department of Energy",
    "Environmental Protection Agency",
    "Department of Labor",
    "Small Business Administration",
    "Department of the Interior",
]


def _govuk(c: Ctx, body: str) -> str:
    dept = c.rng.choice(_DEPTS)
    summary = esc(c.pool.sentences(c.rng, c.body, 1))
    related = "".join(
        f'<li><a class="govuk-link" href="/government/news/{slug(h)}">{esc(h)}</a></li>'
        for h in headlines(c, 4)
    )
    topics = "".join(
        f'<li><a class="govuk-link" href="#">{w}</a></li>'
        for w in (
            "Benefits",
            "Births, deaths, marriages and care",
            "Business and self-employed",
            "Childcare and parenting",
            "Citizenship and living in the UK",
            "Crime, justice and the law",
            "Driving and transport",
            "Education and learning",
            "Employing people",
            "Environment and countryside",
            "Housing and local services",
            "Money and tax",
            "Passports, travel and living abroad",
            "Visas and immigration",
            "Working, jobs and pensions",
        )
    )
    c.used += [
        "govuk-cookie-banner",
        "govuk-metadata",
        "last-updated",
        "page-useful-feedback",
        "related-sidebar",
        "govuk-footer",
    ]
    return (
        '<body class="govuk-template__body"><a href="#main-content" class="govuk-skip-link">Skip to main content</a>'
        '<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" role="region" aria-label="Cookies on GOV.UK"><div class="govuk-cookie-banner"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>'
        "<p class=govuk-body>We use some essential cookies to make this website work.</p><p class=govuk-body>We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>"
        '<p class=govuk-body>We also use cookies set by other sites to help us deliver content from their services.</p><button class="govuk-button">Accept additional cookies</button><button class="govuk-button">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a></div></div>'
        '<header role="banner" class="gem-c-layout-super-navigation-header"><a href="/" class="gem-c-header__link">GOV.UK</a><button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button><button class="gem-c-layout-super-navigation-header__search-toggle-button">Search GOV.UK</button></header>'
        '<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs" data-module="gem-track-click"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/government">Government</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/government/news">News</a></li></ol></div>'
        f'<main role="main" id="main-content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><div class="gem-c-title govuk-!-margin-top-8"><span class="govuk-caption-xl gem-c-title__context">{c.rng.choice(["Press release", "News story"])}</span><h1 class="gem-c-title__text govuk-heading-l">{esc(c.body.title)}</h1></div>'
        f'<p class="gem-c-lead-paragraph">{summary}</p></div></div>'
        f'<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="metadata"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="#" class="govuk-link">{dept}</a> and <a href="#" class="govuk-link">The Rt Hon {c.rng.choice(PEOPLE)} MP</a></dd>'
        f'<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">{c.rng.randint(1, 28)} {c.rng.choice(["January", "May", "September"])} {c.rng.randint(2016, 2024)}</dd></dl></div>'
        f'<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">{body}</div></div>'
        '<div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link govuk-body-s gem-c-print-link__button">Print this page</button></div>'
        f'<div class="gem-c-published-dates" id="full-publication-update-history"><h2 class="govuk-visually-hidden">Updates to this page</h2>Published {c.rng.randint(1, 28)} March {c.rng.randint(2016, 2022)}<br>Last updated {c.rng.randint(1, 28)} April {c.rng.randint(2022, 2024)} <a href="#full-history" class="govuk-link">+ show all updates</a>'
        '<ol class="app-c-published-dates__list" id="full-history"><li class="app-c-published-dates__change-item"><time>14 April 2024</time><p class="app-c-published-dates__change-note">Added translation.</p></li><li><time>3 March 2022</time><p>First published.</p></li></ol></div></div>'
        f'<div class="govuk-grid-column-one-third"><aside class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation"><h2 class="gem-c-related-navigation__main-heading">Related content</h2><ul class="gem-c-related-navigation__link-list">{related}</ul>'
        '<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul><li><a class="govuk-link" href="#">Transport</a></li><li><a class="govuk-link" href="#">Public health</a></li></ul></div></aside></div></div>'
        '<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><div class="gem-c-feedback__prompt-questions"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><ul><li><button class="govuk-button">Yes <span class="govuk-visually-hidden">this page is useful</span></button></li><li><button class="govuk-button">No <span class="govuk-visually-hidden">this page is not useful</span></button></li></ul></div>'
        '<button class="govuk-button gem-c-feedback__prompt-link">Report a problem with this page</button></div>'
        '<form class="gem-c-feedback__form" hidden><h3 class="govuk-heading-m">Help us improve GOV.UK</h3><p class="govuk-body">Don’t include personal or financial information like your National Insurance number or credit card details.</p><label>What were you doing?</label><input class="govuk-input"><label>What went wrong?</label><input class="govuk-input"><button class="govuk-button">Send</button></form>'
        '<form class="gem-c-feedback__form" hidden><h3 class="govuk-heading-m">Help us improve GOV.UK</h3><p class="govuk-body">To help us improve GOV.UK, we’d like to know more about your visit today. We’ll send you a link to a feedback form. It will take only 2 minutes to fill in. Don’t worry we won’t send you spam or share your email address with anyone.</p><label>Email address</label><input class="govuk-input"><button class="govuk-button">Send me the survey</button></form></div></main></div>'
        f'<footer class="gem-c-layout-footer govuk-footer"><div class="govuk-width-container"><h2 class="govuk-heading-m">Topics</h2><ul class="govuk-footer__list">{topics}</ul><h2 class="govuk-heading-m">Government activity</h2><ul class="govuk-footer__list"><li><a href="#">Departments</a></li><li><a href="#">News</a></li><li><a href="#">Guidance and regulation</a></li><li><a href="#">Research and statistics</a></li><li><a href="#">Policy papers and consultations</a></li><li><a href="#">Transparency</a></li></ul>'
        '<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="#">Open Government Licence v3.0</a>, except where otherwise stated</span><a class="govuk-footer__copyright-logo" href="#">© Crown copyright</a></div></footer></body></html>'
    )


def _us_agency(c: Ctx, body: str) -> str:
    agency = c.rng.choice(_US)
    who = c.rng.choice(PEOPLE)
    c.used += ["usa-banner", "for-immediate-release", "contact-block", "end-mark", "usa-footer"]
    return (
        '<body><a class="usa-skipnav" href="#main-content">Skip to main content</a><section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of the United States government</p><button class="usa-accordion__button usa-banner__button"><span class="usa-banner__button-text">Here’s how you know</span></button></div></header>'
        '<div class="usa-banner__content usa-accordion__content" hidden><p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government organization in the United States.</p><p><strong>Secure .gov websites use HTTPS</strong><br>A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.</p></div></div></section>'
        f'<header class="usa-header usa-header--extended"><div class="usa-logo"><em class="usa-logo__text"><a href="/">U.S. {agency}</a></em></div><nav class="usa-nav"><ul class="usa-nav__primary usa-accordion"><li class="usa-nav__primary-item"><a href="/about">About</a></li><li class="usa-nav__primary-item"><a href="/newsroom" class="usa-current">Newsroom</a></li><li class="usa-nav__primary-item"><a href="/programs">Programs</a></li><li class="usa-nav__primary-item"><a href="/data">Data</a></li></ul></nav></header>'
        '<div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list"><li class="usa-breadcrumb__list-item"><a href="/" class="usa-breadcrumb__link">Home</a></li><li class="usa-breadcrumb__list-item"><a href="/newsroom" class="usa-breadcrumb__link">Newsroom</a></li><li class="usa-breadcrumb__list-item usa-current">Press Releases</li></ol></nav>'
        f'<main id="main-content" class="usa-layout-docs"><div class="grid-row grid-gap"><div class="desktop:grid-col-9"><p class="release-label"><strong>FOR IMMEDIATE RELEASE</strong><br>{date(c.rng)}</p>'
        f'<p class="contact"><strong>Contact:</strong> {who}, {slug(who).replace("-", ".")}@example.gov, (202) 555-0{c.rng.randint(100, 199)}</p>'
        f'<h1>{esc(c.body.title)}</h1><div class="field--name-body usa-prose">{body}<p class="text-center">###</p></div>'
        f'<div class="page-last-updated"><p>Last updated {date(c.rng)}</p></div>'
        '<div class="page-feedback"><h2>Was this page helpful?</h2><button class="usa-button usa-button--outline">Yes</button><button class="usa-button usa-button--outline">No</button><p class="usa-hint">This form is used for general feedback on this page. We cannot respond to individual questions.</p></div></div>'
        f'<aside class="desktop:grid-col-3"><div class="usa-sidenav"><h2>Recent Press Releases</h2><ul class="usa-sidenav">{"".join(f"<li class=usa-sidenav__item><a href=#>{esc(h)}</a></li>" for h in headlines(c, 5))}</ul></div></aside></div></main></div>'
        f'<footer class="usa-footer"><div class="usa-footer__primary-section"><ul class="usa-footer__nav"><li><a href="#">Accessibility</a></li><li><a href="#">FOIA</a></li><li><a href="#">No FEAR Act data</a></li><li><a href="#">Office of the Inspector General</a></li><li><a href="#">Privacy policy</a></li><li><a href="#">USA.gov</a></li></ul></div>'
        f'<div class="usa-identifier"><p class="usa-identifier__identity-disclaimer">An official website of the U.S. {agency}</p></div></footer></body></html>'
    )


def fam_gov_press(c: Ctx) -> tuple[str, list[Block]]:
    """A government press page: GOV.UK-like (summary, From/Published, "Is this page useful?")
    or a US agency release (FOR IMMEDIATE RELEASE, contact, dateline, ###, last updated)."""
    blocks = list(c.body.blocks)
    us = c.rng.random() < 0.5
    if us and blocks and blocks[0][0] == "p":
        city = c.rng.choice(["WASHINGTON", "DENVER, Colo.", "ATLANTA"])
        blocks[0] = ("p", f"{city} – {blocks[0][1]}")
    body, gold = flow(c, blocks, inserts(c, (image_block,)), c.rng.randint(0, 1))
    return (_us_agency if us else _govuk)(c, body), gold


# ---------------------------------------------------------------------------------------------
# The article in <section>s; sponsored <article>s around it


def _sponsored(c: Ctx, css: str) -> str:
    h = c.pool.headline(c.rng, c.body)
    brand = c.rng.choice(
        ["Northwind Bank", "Helio Energy", "Acme Travel", "Brightwater Insurance", "Orbit Mobile"]
    )
    return (
        f'<article class="{css}"><span class="label">Sponsored</span><a href="https://ads.example/{c.rng.randint(1, 999)}"><img src="/ad.jpg" alt=""><h3>{esc(h)}</h3></a>'
        f'<p>{esc(c.pool.sentences(c.rng, c.body, c.rng.randint(2, 3)))}</p><p class="sponsor">Presented by {brand}</p></article>'
    )


def fam_section_blocks(c: Ctx) -> tuple[str, list[Block]]:
    blocks = c.body.blocks
    n = len(blocks)
    cuts = sorted(c.rng.sample(range(1, n), k=min(n - 1, c.rng.randint(2, 4))))
    parts, gold = [], []
    for k, (a, b) in enumerate(zip([0, *cuts], [*cuts, n], strict=True)):
        html, g = flow(c, blocks[a:b], inserts(c, (promo_card,)), c.rng.randint(0, 1) if k else 0)
        parts.append(
            f'<section class="{"story-intro" if k == 0 else "story-section"}" data-section="{k}">{html}</section>'
        )
        gold += g
        if k == 1 and c.rng.random() < 0.6:
            c.used.append("sponsored-between-sections")
            parts.append(f'<section class="native-unit">{_sponsored(c, "native-ad")}</section>')
    left = "".join(_sponsored(c, "sponsored-card") for _ in range(c.rng.randint(2, 3)))
    right = "".join(_sponsored(c, "partner-content") for _ in range(c.rng.randint(2, 4)))
    recs = "".join(
        f'<article class="teaser"><h3>{c.link(h)}</h3><p>{esc(c.pool.sentences(c.rng, c.body, 1))}</p><time>{date(c.rng)}</time></article>'
        for h in headlines(c, 4)
    )
    c.used += ["sponsored-articles-left", "sponsored-articles-right", "teaser-articles"]
    html = (
        f'<body><header class="masthead"><a class="brand" href="/">{_brand(c)}</a>{teaser_list(c, "Top stories", 4)}</header>'
        f'<div class="page"><aside class="rail rail-left">{left}</aside>'
        f'<main class="content"><article class="story"><header><h1>{esc(c.body.title)}</h1><p class="byline">{c.rng.choice(PEOPLE)} · {date(c.rng)}</p></header>'
        + "".join(parts)
        + f'<footer class="story-footer"><p>Topics: <a href="/t/world">World</a>, <a href="/t/politics">Politics</a></p></footer></article>'
        f'<section class="recommended"><h2>Recommended for you</h2>{recs}</section></main>'
        f'<aside class="rail rail-right">{right}</aside></div>{site_footer(c)}</body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "bootstrap-paper": (fam_bootstrap_paper, "news"),
    "joomla": (fam_joomla, "news"),
    "portal-columns": (fam_portal, "news"),
    "uni-news": (fam_uni_news, "news"),
    "gov-press": (fam_gov_press, "news"),
    "section-blocks": (fam_section_blocks, "news"),
    "mail-archive": (fam_mail_archive, "blog"),
    "forum-thread": (fam_forum, "blog"),
    "wix-blog": (fam_wix, "blog"),
    "listicle": (fam_listicle, "news"),
    "longform": (fam_longform, "long"),
}


def build_pages(per_family: int = 16, seed: int = 301) -> list[Page]:
    """Set D: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    bbc = [b for b in bbc_bodies() if b.words() >= 150]
    blogs = [b for b in short_blog_bodies() if b.words() >= 150]
    kinds: dict[str, list[Body]] = {
        "news": bbc,
        "blog": blogs,
        "long": [b for b in bbc if b.words() >= 400 and len(b.blocks) >= 8],
    }
    pool = Pool(bbc)
    return draw_set("d", seed, per_family, FAMILIES, kinds, pool, "example.info")


if __name__ == "__main__":  # page_families_d.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 301)

"""Set AR, second half: six more English-language local, regional and trade news families (a
Sri Lankan English daily, Daily-Mirror-LK-like; a US metro daily of a newspaper chain,
Hearst-like; a US local TV station on its broadcaster group's WordPress, Nexstar-like; a US
regional business weekly, American-City-Business-Journals-like; a B2B trade publication of
the Endeavor-Business-Media kind; a US city magazine), `FAMILIES`, the head amender and
`build_pages`. Written under the same rules as page_templates_ar.py, whose docstring holds the
set's shared gold decisions and its first six families (session 22, helper for set AR, blind
to digest's extraction rules; never ran digest, trafilatura, readability or bench_pages on it).

Decisions for this module's families, made before they were coded:
- a Sri Lankan English daily (Daily-Mirror-LK-like, 2014-2026, Bootstrap PHP site): the
  paragraphs, subheadings, lists and quotes of `div.a-content` (inside `div.inner-content`) are
  article; the top bar (date, "E-Paper", "Tamil Mirror"), the menu ("Breaking News",
  "Top Story", "Opinion", "Business", "Sports"), the headline, the "By NAME" and date line,
  the photo caption, the view count, the share bar, the inline "Related" box, the
  comments ("Comments - N", "Reply"), "Most Viewed" and the footer are not;
- a US metro daily of a newspaper chain (Hearst-like, 2019-2026, custom React SSR with
  `belowMastheadWrapper`-style classes): the paragraphs, subheadings, lists and quotes of
  the `section.body` paragraphs are article; the header, the "Subscribe" and "Sign In"
  links, the headline, the dek, the byline and date, the lead photo caption and credit,
  the inline "RELATED:" lines, the in-body "Most Popular" list, the newsletter ("Sign up
  for the ... newsletter"), the reporter's bio ("Reach NAME: ..."), the "Top of the News"
  rail and the footer are not;
- a US local TV station on its group's WordPress (Nexstar-like, 2019-2026): the
  paragraphs, subheadings, lists and quotes of `div.article-content` (before 2021 with an
  inner `div.entry-content`) are article; the
  header (station call letters, "News", "Weather", "Sports", "Watch Live"), the headline,
  the byline and "Posted: / Updated:" line, the sticky video player ("Now Playing",
  "Watch more"), the "Trending stories", the inline "RELATED:" lines, the closing
  "Copyright YEAR Nexstar Media Inc. All rights reserved ..." line (furniture even inside
  the body), "Sign up for the ... newsletter", "Latest News" and the footer are not;
- a US regional business weekly (ACBJ-like, 2016-2026): the paragraphs, subheadings, lists,
  tables and quotes of `div.content__segment` are article; the header (market name,
  "News", "Lists & Leads", "People", "Events", "Subscribe"), the headline, the dek, the
  byline with job title, the lead image caption, the "Listen to this article" player, the
  inline "Related" cards, the "Industries & Tags", the "Want the latest ... Sign up" box,
  the "Already a subscriber? Sign In" prompt, "Trending" and the footer are not;
- a B2B trade publication (Endeavor-Business-Media-like, 2019-2026, Base platform
  `page-wrapper` markup): the paragraphs, subheadings, lists, tables and quotes of
  `div.page-contents__content-body` are article; the header, the section, the headline,
  the teaser, the byline and date, the "Continue reading: register for free" wall, the
  "Sponsored Recommendations" rail, "Voice your opinion!" comments note, the related
  content and the footer are not;
- a US city magazine (Philadelphia- / Atlanta-magazine-like, 2012-2026, WordPress with a
  custom theme): the paragraphs, subheadings, lists and quotes of `div.single-content`
  are article; the header ("News", "Food & Drink", "Best of", "Things to Do",
  "Subscribe"), the rubric, the headline, the dek, the byline, the photo credit, the
  pull quote (`aside.pullquote`, repeats the body), the in-body "Advertisement", the
  "Get our newsletter" box, "Trending", "The Latest", the "Sponsored" cards and the
  footer are not.

    .venv/bin/python bench/page_families_ar.py PAGE_ID 4301
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks
from page_templates_ah import clock
from page_templates_al import li_links
from page_templates_aq import EN_MONTHS, handle, link_line
from page_templates_ar import (
    consent,
    fam_acm_regional,
    fam_ht_city,
    fam_ie_echo,
    fam_nmg_monitor,
    fam_reach_live,
    fam_village_media,
    lazy_img,
    most_read,
    who,
)
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


# ---------------------------------------------------------------------------------------------
# 7. A Sri Lankan English daily (Daily-Mirror-LK-like)


def fam_lk_mirror(c: Ctx) -> FamilyOut:
    """Bootstrap article: top bar, view count, Related box, Comments - N with replies."""
    blocks = body_blocks(c, 0.2, 0.15, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2014, 2026)
    if c.rng.random() < 0.5:
        c.used.append("lk-related")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="related-box"><h4>Related</h4><ul>{li_links(c, 2, "/breaking_news/")}</ul></div>'
            ),
        )
    n = c.rng.randint(0, 4)
    comments = "".join(
        f'<div class="comment-item"><div class="comment-name">{esc(handle(c))}</div><div class="comment-date">{EN_MONTHS[m - 1][:3]} {d} {y}</div><p>{sentence(c)}</p><a class="reply">Reply</a> <span class="likes">{c.rng.randint(0, 30)}</span></div>'
        for _ in range(n)
    )
    if n:
        c.used.append("lk-comments")
    c.used += "lk-topbar lk-menu lk-headline lk-byline lk-caption lk-views lk-share lk-most-viewed lk-footer".split()
    html = (
        f'<body><div class="top-bar container"><span>{d} {EN_MONTHS[m - 1]} {y}</span> <a href="/epaper">E-Paper</a> <a href="https://www.tamilmirror.lk">Tamil Mirror</a></div>'
        f'<nav class="navbar navbar-default"><ul class="nav navbar-nav"><li><a href="/breaking_news/">Breaking News</a></li><li><a href="/top_story/">Top Story</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/business-news/">Business</a></li><li><a href="/sports/">Sports</a></li><li><a href="/life/">Life</a></li></ul></nav>'
        f'<div class="container"><div class="row"><div class="col-md-8"><div class="inner-content"><header><h1>{esc(c.body.title)}</h1>'
        f'<p class="byline">By {esc(who(c))} <span class="gtime">{d} {EN_MONTHS[m - 1][:3]} {y} - {clock(c)}</span> <span class="views"><i class="fa fa-eye"></i> {c.rng.randint(100, 9000)}</span></p></header>'
        + lazy_img(
            c,
            f"https://static.dailymirror.lk/assets/uploads/image_{hexid(c, 10)}.jpg",
            f"Pic by {esc(who(c))}",
            "img-responsive",
        )
        + f'<div class="a-content">{"".join(parts)}</div>'
        f'<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>'
        f'<div class="comments"><h3>Comments - {n}</h3>{comments}<form class="comment-form"><textarea placeholder="Add Comment"></textarea><button>Post</button></form></div></div></div>'
        f'<div class="col-md-4">{most_read(c, "most-viewed", "Most Viewed")}</div></div></div>'
        f'<footer class="footer"><p>Copyright © {y} Wijeya Newspapers Ltd.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A US metro daily of a newspaper chain (Hearst-like)


def fam_hearst_metro(c: Ctx) -> FamilyOut:
    """React SSR story: RELATED: lines, in-body Most Popular, newsletter, Reach NAME bio."""
    blocks = body_blocks(c, 0.3, 0.2, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="header">{esc(t)}</h2>')
    y, m, d = era_date(c, 2019, 2026)
    paper = pick(
        c, "San Antonio Express-News", "Houston Chronicle", "Times Union", "CT Insider", "SFGATE"
    )
    author = who(c)
    if c.rng.random() < 0.6:
        c.used.append("hearst-related")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            lambda: link_line(c, "RELATED:", "/news/article/", "related-line"),
        )
    if c.rng.random() < 0.5:
        c.used.append("hearst-most-popular")
        parts = weave(c, parts, 1, lambda: most_read(c, "most-popular-inline", "Most Popular"))
    if c.rng.random() < 0.5:
        c.used.append("hearst-newsletter")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="newsletter-inline"><p>Sign up for the {pick(c, "Morning Report", "Food &amp; Culture", "Breaking News")} newsletter</p><input type="email" placeholder="Email"><button>Sign Up</button><p>By signing up, you agree to our Terms of use and acknowledge that your information will be used as described in our Privacy Policy.</p></div>'
            ),
        )
    c.used += "hearst-header hearst-headline hearst-dek hearst-byline hearst-caption hearst-bio hearst-top-rail hearst-footer".split()
    html = (
        f'<body>{consent(c, "onetrust")}<div class="belowMastheadWrapper"><header class="masthead"><a href="/" class="logo">{paper}</a><nav><a href="/local/">Local</a> <a href="/sports/">Sports</a> <a href="/business/">Business</a> <a href="/opinion/">Opinion</a> <a href="/food/">Food</a> <a class="subscribe" href="/subscribe/">Subscribe</a> <a href="/signin/">Sign In</a></nav></header>'
        f'<main><article class="article-content"><header><h1 class="headline">{esc(c.body.title)}</h1><p class="dek">{sentence(c)}</p>'
        f'<div class="byline"><span>By <a href="/author/{slug(author)}/">{esc(author)}</a>, Staff writer</span> <time>Updated {EN_MONTHS[m - 1][:3]} {d}, {y} {clock(c)}</time></div></header>'
        + lazy_img(
            c,
            f"https://s.hdnux.com/photos/01/{c.rng.randint(10, 99)}/{c.rng.randint(10, 99)}/{c.rng.randint(10, 99)}/{c.rng.randint(10**7, 10**8)}/7/1200x0.jpg",
            f'{sentence(c)} <span class="credit">{esc(who(c))}/Staff photographer</span>',
            "lead-photo",
        )
        + f'<section class="body">{"".join(parts)}</section>'
        f'<div class="author-bio"><p>Reach {esc(author)}: <a href="mailto:{slug(author)}@example.com">{slug(author)}@example.com</a></p></div></article>'
        f'<aside class="top-of-news"><h3>Top of the News</h3><ul>{li_links(c, 4, "/news/article/")}</ul></aside></main>'
        f'<footer class="footer"><p>© {y} Hearst Communications, Inc. <a href="/privacy">Privacy Notice</a> <a href="/ccpa">Your California Privacy Rights</a></p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A US local TV station on its group's WordPress (Nexstar-like)


def fam_nexstar_tv(c: Ctx) -> FamilyOut:
    """Station story: sticky video player, RELATED: lines, trending, copyright line in body."""
    blocks = body_blocks(c, 0.25, 0.2, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2019, 2026)
    station = pick(c, "WGN-TV", "KRON4", "WFLA", "FOX8", "KXAN", "WJW")
    if c.rng.random() < 0.6:
        c.used.append("nx-related")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            lambda: link_line(c, "RELATED:", "/news/", "related-link"),
        )
    if c.rng.random() < 0.5:
        c.used.append("nx-trending-inline")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<aside class="article-list--trending"><h2>Trending Stories</h2><ul>{li_links(c, 4, "/news/")}</ul></aside>'
            ),
        )
    c.used.append("nx-copyright")
    parts.append(
        f"<p>Copyright {y} Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>"
        if c.rng.random() < 0.6
        else f"<p><em>The Associated Press contributed to this report.</em> Copyright {y} Nexstar Media Inc. All rights reserved.</p>"
    )
    player = ""
    if c.rng.random() < 0.7:
        c.used.append("nx-sticky-player")
        player = f'<div class="video-playlist sticky-player" data-jwplayer="{hexid(c, 8)}"><div class="jw-player"></div><p class="now-playing">Now Playing: {esc(headlines(c, 1)[0])}</p><a href="/video/">Watch more videos</a></div>'
    c.used += "nx-header nx-headline nx-byline nx-newsletter nx-latest nx-footer".split()
    html = (
        f'<body class="single single-post"><header class="site-header"><a class="site-logo" href="/">{station}</a><nav class="site-nav"><a href="/news/">News</a> <a href="/weather/">Weather</a> <a href="/sports/">Sports</a> <a href="/video/">Video</a> <a class="live" href="/live/">Watch Live</a></nav></header>'
        f'<main class="site-main"><article class="article"><header class="article-header"><h1 class="article-title">{esc(c.body.title)}</h1>'
        f'<div class="article-meta"><p class="article-authors">by: <a href="/author/{slug(who(c))}/">{esc(who(c))}</a></p><p class="article-dates">Posted: {EN_MONTHS[m - 1][:3]} {d}, {y} / {clock(c)} CDT</p><p>Updated: {EN_MONTHS[m - 1][:3]} {d}, {y} / {clock(c)} CDT</p></div></header>{player}'
        + (
            f'<div class="article-content article-body rich-text">{"".join(parts)}</div></article>'
            if y >= 2021
            else f'<div class="article-content"><div class="entry-content">{"".join(parts)}</div></div></article>'
        )
        + f'<div class="newsletter-signup"><h3>Sign up for the {station} newsletter</h3><p>Get the latest local news delivered to your inbox.</p><input type="email"><button>Sign up</button></div>'
        f'<section class="latest-news"><h2>Latest News</h2><ul>{li_links(c, 5, "/news/")}</ul></section></main>'
        f'<footer class="site-footer"><p><a href="/eeo-report/">EEO Report</a> <a href="/fcc-public-file/">FCC Public File</a> <a href="/privacy-policy/">Privacy Policy</a></p><p>© 1998 - {y} Nexstar Media Inc. | All Rights Reserved.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A US regional business weekly (ACBJ-like)


def fam_bizjournal(c: Ctx) -> FamilyOut:
    """content__segment story: listen player, Related cards, Industries & Tags, sign-in wall."""
    blocks = body_blocks(c, 0.4, 0.2, 0.25, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2016, 2026)
    market = pick(c, "Boston", "Charlotte", "Dallas", "Denver", "Phoenix", "Pittsburgh")
    if c.rng.random() < 0.6:
        c.used.append("acbj-related")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="related-card"><span class="label">Related</span><ul>{li_links(c, 1, f"/{market.lower()}/news/{y}/{m:02d}/{d:02d}/")}</ul></div>'
            ),
        )
    listen = ""
    if c.rng.random() < 0.5:
        c.used.append("acbj-listen")
        listen = f'<div class="audio-player"><button>Listen to this article</button> <span>{c.rng.randint(2, 9)} min</span></div>'
    wall = ""
    if c.rng.random() < 0.5:
        c.used.append("acbj-signin-wall")
        wall = '<div class="paywall-prompt"><p>Already a subscriber? <a href="/login">Sign In</a></p><p>Subscribe now for full access to the latest local business news.</p></div>'
    tags = "".join(
        f'<a href="/{market.lower()}/news/industry/{t}">{t.replace("-", " ").title()}</a>'
        for t in c.rng.sample(
            [
                "commercial-real-estate",
                "banking-financial-services",
                "technology",
                "health-care",
                "retailing",
            ],
            2,
        )
    )
    c.used += "acbj-header acbj-headline acbj-dek acbj-byline acbj-caption acbj-tags acbj-signup acbj-trending acbj-footer".split()
    html = (
        f'<body><header class="masthead"><a class="logo" href="/{market.lower()}/">{market} Business Journal</a><nav><a href="/{market.lower()}/news/">News</a> <a href="/{market.lower()}/datacenter/lists">Lists &amp; Leads</a> <a href="/{market.lower()}/people">People</a> <a href="/{market.lower()}/events">Events</a> <a class="cta" href="/subscribe">Subscribe</a></nav></header>'
        f'<main class="article"><header class="article__header"><h1 class="detail__headline">{esc(c.body.title)}</h1><p class="detail__dek">{sentence(c)}</p>'
        f'<div class="detail__byline"><span class="author">By {esc(who(c))}</span> – <span class="title">{pick(c, "Reporter", "Senior Reporter", "Managing Editor", "Digital Producer")}, {market} Business Journal</span> <time>{EN_MONTHS[m - 1][:3]} {d}, {y}</time></div></header>{listen}'
        + lazy_img(
            c,
            f"https://media.bizj.us/view/img/{c.rng.randint(10**7, 10**8)}/{hexid(c, 6)}*1200xx3000-1688-0-0.jpg",
            f"{sentence(c)} {esc(who(c))}",
            "detail__media",
        )
        + f'<div class="content"><div class="content__segment">{"".join(parts)}</div></div>{wall}'
        f'<div class="detail__tags"><h4>Industries &amp; Tags</h4>{tags}</div>'
        f'<div class="newsletter-cta"><p>Want the latest {market} business news in your inbox? Sign up for our free Morning and Afternoon Editions.</p><a href="/newsletters">Sign up</a></div></main>'
        f'<aside class="rail">{most_read(c, "trending", "Trending")}</aside>'
        f'<footer class="footer"><p>© {y} American City Business Journals. All rights reserved.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A B2B trade publication (Endeavor-Business-Media-like)


def fam_endeavor_trade(c: Ctx) -> FamilyOut:
    """Base-platform page: teaser, register-for-free wall, Sponsored Recommendations rail."""
    blocks = body_blocks(c, 0.5, 0.25, 0.2, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2019, 2026)
    pub = pick(
        c,
        "FleetOwner",
        "Healthcare Innovation",
        "EC&amp;M",
        "Plant Services",
        "Water &amp; Wastes Digest",
        "Machine Design",
    )
    section = pick(c, "Operations", "Technology", "Regulations", "Industry News", "Equipment")
    wall = ""
    if c.rng.random() < 0.5:
        c.used.append("eb-register-wall")
        wall = f'<div class="content-gate"><h4>Continue reading</h4><p>Register for free to unlock this article and get full access to {pub}.</p><a class="btn" href="/user/register">Register</a> <a href="/user/login">Already registered? Log in here.</a></div>'
    spons = "".join(
        f'<li><a href="/sponsored/{hexid(c, 8)}">{esc(h)}</a><span class="company">{pick(c, "Sponsored by Siemens", "Sponsored by Fluke", "Sponsored by Geotab")}</span></li>'
        for h in headlines(c, 3)
    )
    c.used += "eb-header eb-section eb-headline eb-teaser eb-byline eb-sponsored eb-voice eb-related eb-footer".split()
    html = (
        f'<body class="page"><div class="page-wrapper"><header class="site-header"><a class="site-header__logo" href="/">{pub}</a><nav class="site-navbar"><a href="/news">News</a> <a href="/resources">Resources</a> <a href="/webinars">Webinars</a> <a href="/magazine">Magazine</a> <a href="/subscribe">Subscribe</a></nav></header>'
        f'<main class="page-wrapper__body"><div class="document-container"><div class="page-contents"><div class="page-contents__section"><a href="/{slug(section)}">{section}</a></div>'
        f'<h1 class="page-contents__content-name">{esc(c.body.title)}</h1><div class="page-contents__content-teaser">{sentence(c)}</div>'
        f'<div class="page-contents__content-byline"><span>{esc(who(c))}</span> <span class="date">{EN_MONTHS[m - 1][:3]}. {d}, {y}</span></div>'
        + lazy_img(
            c,
            f"https://img.{slug(pub)}.com/files/base/ebm/{hexid(c, 6)}/image/{y}/{m:02d}/{hexid(c, 24)}.png?auto=format",
            f'{sentence(c)} <span class="credit">Dreamstime</span>',
            "page-contents__image",
        )
        + f'<div class="page-contents__content-body page-contents__content-body--article">{"".join(parts)}</div>{wall}'
        f'<div class="comments-note"><h4>Voice your opinion!</h4><p>To join the conversation, and become an exclusive member of {pub}, create an account today!</p></div></div></div>'
        f'<aside class="page-rail"><div class="sponsored-recs"><h3>Sponsored Recommendations</h3><ul>{spons}</ul></div><div class="related"><h3>Related</h3><ul>{li_links(c, 3, "/" + slug(section) + "/article/")}</ul></div></aside></main>'
        f'<footer class="site-footer"><p>© {y} Endeavor Business Media, LLC. All rights reserved.</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A US city magazine (Philadelphia- / Atlanta-magazine-like)


def fam_city_mag(c: Ctx) -> FamilyOut:
    """WordPress custom theme: rubric, dek, pull quote, ads, newsletter, trending, sponsored."""
    blocks = body_blocks(c, 0.5, 0.2, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="wp-block-heading">{esc(t)}</h2>')
    y, m, d = era_date(c, 2012, 2026)
    mag = pick(c, "Philadelphia", "Atlanta", "Boston", "Seattle Met", "Chicago", "Washingtonian")
    rubric = pick(c, "News", "Food &amp; Drink", "Things to Do", "Home &amp; Property", "Health")
    if c.rng.random() < 0.5 and len(gold) > 2:
        c.used.append("city-pullquote")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<aside class="pullquote"><p>{esc(" ".join(str(gold[0][1]).split()[:14]))}</p></aside>'
            ),
        )
    c.used.append("city-ads")
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: (
            f'<div class="ad ad--inline"><p class="ad__label">Advertisement</p><div id="ad-{hexid(c, 5)}"></div></div>'
        ),
    )
    spons = ""
    if c.rng.random() < 0.5:
        c.used.append("city-sponsored")
        spons = f'<section class="sponsored-content"><h3>Sponsored</h3><ul>{li_links(c, 2, "/sponsor-content/")}</ul></section>'
    c.used += "city-header city-rubric city-headline city-dek city-byline city-credit city-newsletter city-trending city-latest city-footer".split()
    html = (
        f'<body class="single single-post postid-{c.rng.randint(10**5, 10**6)}"><header class="site-header"><a class="site-logo" href="/">{mag} magazine</a><nav class="primary-menu"><a href="/news/">News</a> <a href="/foodanddrink/">Food &amp; Drink</a> <a href="/best-of/">Best of</a> <a href="/things-to-do/">Things to Do</a> <a class="subscribe" href="/subscribe/">Subscribe</a></nav></header>'
        f'<main id="main"><article class="post"><header class="entry-header"><span class="rubric"><a href="/{slug(rubric)}/">{rubric}</a></span><h1 class="entry-title">{esc(c.body.title)}</h1><p class="dek">{sentence(c)}</p>'
        f'<p class="byline">by <a href="/author/{slug(who(c))}/">{esc(who(c))}</a> · {EN_MONTHS[m - 1]} {d}, {y}, {clock(c)}</p></header>'
        + lazy_img(
            c,
            f"/wp-content/uploads/sites/{c.rng.randint(2, 9)}/{y}/{m:02d}/{hexid(c, 8)}-1024x683.jpg",
            f'{sentence(c)} <span class="photo-credit">Photograph by {esc(who(c))}</span>',
            "featured-image",
        )
        + f'<div class="single-content entry-content">{"".join(parts)}</div></article>'
        f'<div class="newsletter-signup"><h3>Get our newsletter</h3><p>Sign up for our weekly newsletter for the best of the city.</p><input type="email"><button>Subscribe</button></div>'
        f'{most_read(c, "trending-posts", "Trending")}<section class="latest"><h2>The Latest</h2><ul>{li_links(c, 4, "/news/")}</ul></section>{spons}</main>'
        f'<footer class="site-footer"><p>© {y} {mag} Magazine. All rights reserved. <a href="/privacy/">Privacy Policy</a></p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "uk-reach-live": (fam_reach_live, "news"),
    "ie-examiner-echo": (fam_ie_echo, "news"),
    "ca-village-hyperlocal": (fam_village_media, "news"),
    "au-acm-regional": (fam_acm_regional, "news"),
    "in-ht-city": (fam_ht_city, "politics"),
    "ug-nmg-monitor": (fam_nmg_monitor, "politics"),
    "lk-mirror-daily": (fam_lk_mirror, "news"),
    "us-hearst-metro": (fam_hearst_metro, "news"),
    "us-nexstar-tv": (fam_nexstar_tv, "news"),
    "us-bizjournal": (fam_bizjournal, "business"),
    "endeavor-trade": (fam_endeavor_trade, "tech"),
    "us-city-mag": (fam_city_mag, "entertainment"),
}

_LANG = {
    "uk-reach-live": "en-GB",
    "ie-examiner-echo": "en-IE",
    "ca-village-hyperlocal": "en-CA",
    "au-acm-regional": "en-AU",
    "in-ht-city": "en-IN",
    "ug-nmg-monitor": "en-UG",
    "lk-mirror-daily": "en-LK",
}

_LD = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","isAccessibleForFree":%s,"publisher":{"@type":"Organization","name":"%s"}}</script>'

_HEAD = {
    "uk-reach-live": _LD % ("true", "Reach plc")
    + '<script src="https://cdn.privacy-mgmt.com/unified/wrapperMessagingWithoutDetection.js"></script>',
    "ie-examiner-echo": _LD % ("false", "Irish Examiner")
    + '<meta name="generator" content="Nuxt">',
    "ca-village-hyperlocal": _LD % ("true", "Village Media")
    + '<link rel="preconnect" href="https://www.vmcdn.ca">',
    "au-acm-regional": _LD % ("false", "Australian Community Media")
    + '<meta name="next-head-count" content="42">',
    "in-ht-city": _LD % ("true", "Hindustan Times") + '<link rel="amphtml" href="/amp/x">',
    "ug-nmg-monitor": _LD % ("false", "Nation Media Group")
    + '<meta property="og:site_name" content="Monitor">',
    "lk-mirror-daily": '<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><meta property="og:site_name" content="Daily Mirror">',
    "us-hearst-metro": _LD % ("false", "Hearst Newspapers")
    + '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"></script>',
    "us-nexstar-tv": _LD % ("true", "Nexstar Media Inc.")
    + '<meta name="generator" content="WordPress VIP"><script src="https://cdn.jwplayer.com/libraries/x.js"></script>',
    "us-bizjournal": _LD % ("false", "American City Business Journals")
    + '<meta name="robots" content="max-image-preview:large">',
    "endeavor-trade": _LD % ("true", "Endeavor Business Media")
    + '<meta name="generator" content="Base CMS">',
    "us-city-mag": '<meta name="generator" content="WordPress 6.4.2">'
    + _LD % ("true", "City magazine"),
}


def ar_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language, canonical link, viewport and platform tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en-US")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 4301) -> list[Page]:
    """Set AR: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "sport", "entertainment")
    return draw_set(
        "ar", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=ar_head
    )


if __name__ == "__main__":  # page_families_ar.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 4301)

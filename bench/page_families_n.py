"""Set N of the constructed pages: 10 families of page structures, and `build_pages`.

Six families are in page_templates_n.py (a Jekyll Minima blog post, a Weebly small-business
blog post, a Lemmy post page, a Ghost members-only post cut by the paywall gate, a Liferay
public news page, a newspaper e-edition text view); here a
Wagtail charity news page, a national statistics office's release (ONS-like), a Fandom wiki
news blog post and an estate agency's market report with listing cards. Written blind to
digest's extraction rules and frozen before anyone ran digest on it; its builder never ran
digest, trafilatura, readability or bench_pages on it (session 11, helper h-setn). The gold
convention is in page_templates_n.py's docstring; the decisions for this module's families,
written down before they were coded:
- a Wagtail charity news page (StreamField blocks): the paragraphs of the `block-paragraph`
  rich-text blocks and the `block-heading` subheadings are article; the cookie banner, the
  "Donate" header, breadcrumbs, the news date and "Category" label, the `block-image` blocks
  with captions, the `block-quote` pull-quote blocks (a sentence repeated from the body), the
  "Get involved" call-to-action blocks inside the stream, "Related news" cards, the
  newsletter signup and the footer with charity number are not;
- a statistics release (ONS-like): the "Main points" bullets are NOT article (summaries
  repeating body sentences), the section paragraphs and subheadings under the numbered
  sections are article; the release-metadata block (release date, next release, contact,
  "Official Statistics" badge), the table of contents, chart figures with titles, sources and
  "Download this chart" links, the "Data on this page" box, "Related links", "Cite this
  statistical bulletin" and the footer are not;
- a Fandom wiki news blog post (community blog): the post's paragraphs and subheadings in
  `div.mw-parser-output` are article; the global navigation, the wiki's community header, the
  ad slots placed between paragraphs ("Advertisement"), the "Posted by X · N comments" line,
  the categories bar, the "Fan Feed" / "More Fandom" recirculation rails, the right rail
  "Popular pages" and the licence footer are not;
- an estate agency's market report: the report's paragraphs and subheadings are article; the
  key-figures strip (average price, change, days on market), listing cards placed inside the
  text (price, beds / baths, address, "View property"), the "Book a valuation" box, the
  agent card, "Latest listings" and the footer with the regulatory line are not.

    .venv/bin/python bench/page_families_n.py PAGE_ID 1301
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence
from page_templates_j import iso, links, weave
from page_templates_l import day, first_sentence, render, summary_items
from page_templates_n import (
    fam_eedition,
    fam_ghost_gate,
    fam_jekyll,
    fam_lemmy,
    fam_liferay,
    fam_weebly,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


# ---------------------------------------------------------------------------------------------
# 5. A Wagtail charity news page


def _wagtail_block(c: Ctx) -> str:
    roll = c.rng.random()
    if roll < 0.4:
        c.used.append("wagtail-image")
        return f'<div class="block-image"><figure><img alt="" src="/media/images/{hexid(c, 10)}.width-800.jpg" width="800" height="533"><figcaption>{sentence(c)}</figcaption></figure></div>'
    if roll < 0.7:
        c.used.append("wagtail-quote")
        paras = [str(b[1]) for b in c.body.blocks if b[0] == "p"]
        return f'<div class="block-quote"><blockquote class="pull-quote"><p>{esc(first_sentence(c.rng.choice(paras)))}</p></blockquote></div>'
    c.used.append("wagtail-cta")
    return '<div class="block-cta"><div class="cta-panel"><h3>Get involved</h3><p>Volunteer, fundraise or campaign with us.</p><a class="button" href="/get-involved/">Find out how</a></div></div>'


def fam_wagtail(c: Ctx) -> FamilyOut:
    """A Wagtail charity news page: StreamField blocks, pull quotes and CTAs in the stream."""
    parts, gold = render(
        c,
        c.body.blocks,
        lambda t: f'<div class="block-heading"><h2 id="{slug(t)[:40]}">{esc(t)}</h2></div>',
        '<div class="block-paragraph"><div class="rich-text"><p data-block-key="q8r2x">',
    )
    parts = [
        p.replace("</p>", "</p></div></div>", 1)
        if p.startswith('<div class="block-paragraph"')
        else p
        for p in parts
    ]
    body = weave(c, parts, c.rng.randint(2, 3), lambda: _wagtail_block(c))
    org = f"{brand(c)} {c.rng.choice(['Trust', 'Foundation', 'Society', 'Aid'])}"
    cards = "".join(
        f'<li class="card"><a href="/news/{slug(h)[:40]}/"><img src="/media/images/{hexid(c, 8)}.fill-400x260.jpg" alt=""><span class="card-date">{day(c)}</span><h3 class="card-title">{esc(h)}</h3></a></li>'
        for h in headlines(c, 3)
    )
    c.used += "wagtail-cookie wagtail-header wagtail-breadcrumb wagtail-meta wagtail-related wagtail-newsletter wagtail-footer".split()
    html = (
        f'<body class="template-newspage"><div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience. <a href="/privacy/">Read our cookie policy</a></p><button>Accept all</button><button>Manage settings</button></div>'
        f'<header class="header"><a class="header__logo" href="/">{org}</a><nav class="primary-nav"><ul><li><a href="/what-we-do/">What we do</a></li><li><a href="/get-involved/">Get involved</a></li><li><a href="/news/">News</a></li><li><a href="/about-us/">About us</a></li></ul></nav><a class="button button--donate" href="/donate/">Donate</a></header>'
        f'<main id="main-content"><nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ol></nav><div class="news-page"><header class="news-page__header"><p class="news-page__meta"><span class="news-page__category">Category: {c.rng.choice(["Press release", "Campaigns", "Research", "Stories"])}</span> <time datetime="{iso(c)[:10]}">{day(c)}</time></p><h1 class="news-page__title">{esc(c.body.title)}</h1></header>'
        f'<div class="streamfield">{"".join(body)}</div></div>'
        f'<section class="related-news"><h2>Related news</h2><ul class="card-list">{cards}</ul></section>'
        f'<section class="newsletter-signup"><h2>Stay in touch</h2><p>Sign up to hear about our work and how you can help.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section></main>'
        f'<footer class="footer"><ul class="footer__links"><li><a href="/contact/">Contact us</a></li><li><a href="/jobs/">Jobs</a></li><li><a href="/accessibility/">Accessibility</a></li></ul><p class="footer__legal">{org} is a registered charity in England and Wales ({c.rng.randint(200000, 1199999)}) and Scotland (SC0{c.rng.randint(10000, 49999)}).</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 6. A statistics office release (ONS-like)


def _chart(c: Ctx) -> str:
    c.used.append("stats-chart")
    return f'<div class="chart-container"><figure class="chart"><h4 class="chart__title">Figure {c.rng.randint(1, 9)}: {sentence(c)}</h4><p class="chart__subtitle">Index, {c.rng.randint(2010, 2016)} to {c.rng.randint(2020, 2025)}, UK</p><img src="/chartimage?uri={hexid(c, 12)}" alt="Line chart"><p class="figure__source">Source: Labour Force Survey from the Office for National Statistics</p><ul class="chart__downloads"><li><a href="/file?uri={hexid(c, 12)}.xlsx">Download this chart</a></li><li><a href="/chartimage?uri={hexid(c, 12)}&amp;png">Image (.png)</a></li></ul></figure></div>'


def fam_stats_release(c: Ctx) -> FamilyOut:
    """A statistical bulletin: metadata, Main points (summary), numbered sections, charts."""
    parts, gold = render(
        c, c.body.blocks, lambda t: f'<h2 class="section__title" id="{slug(t)[:40]}">{esc(t)}</h2>'
    )
    body = weave(c, parts, c.rng.randint(1, 3), lambda: _chart(c))
    points = summary_items(c, c.body.blocks, 2, 4)
    agency = f"{brand(c)} Statistics Office"
    c.used += "stats-header stats-meta stats-main-points stats-toc stats-data-box stats-related stats-cite stats-footer".split()
    html = (
        f'<body class="bulletin"><header class="ons-header"><a class="ons-header__logo" href="/">{agency}</a><nav class="ons-navigation"><ul><li><a href="/economy">Business, industry and trade</a></li><li><a href="/employmentandlabourmarket">Employment and labour market</a></li><li><a href="/peoplepopulationandcommunity">People, population and community</a></li></ul></nav><form class="ons-search"><input type="search" placeholder="Search for a keyword(s) or time series ID"></form></header>'
        f'<main id="main"><div class="page-intro"><nav class="ons-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/economy">Economy</a></li></ol></nav><h1 class="page-intro__title"><span class="page-intro__type">Statistical bulletin</span>{esc(c.body.title)}</h1></div>'
        f'<div class="meta-wrap"><ul class="meta__list"><li><span class="meta__term">Release date:</span> {day(c)}</li><li><span class="meta__term">Next release:</span> {day(c)}</li><li><span class="meta__term">Contact:</span> <a href="mailto:labour.market@example.gov">{c.rng.choice(PEOPLE)}</a></li></ul><a class="national-statistics__logo" href="/methodology/officialstatistics"><img src="/img/national-statistics.png" alt="This is an accredited official statistic"></a></div>'
        f'<nav class="table-of-contents" aria-label="Table of contents"><h2>Table of contents</h2><ol>{"".join(f"<li><a href=#{slug(str(b[1]))[:40]}>{esc(str(b[1]))}</a></li>" for b in c.body.blocks if b[0] == "h") or "<li><a href=#main-points>Main points</a></li>"}<li><a href="#related-links">Related links</a></li><li><a href="#cite">Cite this statistical bulletin</a></li></ol></nav>'
        f'<section id="main-points" class="section"><h2>1. Main points</h2><ul class="main-points">{points}</ul></section>'
        f'<section class="section bulletin-body">{"".join(body)}</section>'
        f'<aside class="data-box"><h3>Data on this page</h3><ul><li><a href="/datasets/{hexid(c, 6)}">Dataset: {esc(c.body.title[:40])}</a></li><li><a href="/timeseries/{hexid(c, 4)}">Time series</a></li></ul></aside>'
        f'<section id="related-links" class="section"><h2>Related links</h2><ul>{links(c, 3, "releases/")}</ul></section>'
        f'<section id="cite" class="section"><h2>Cite this statistical bulletin</h2><p class="cite">{agency} ({c.rng.randint(2020, 2025)}), released {day(c)}, website, statistical bulletin.</p></section></main>'
        f'<footer class="ons-footer"><p>All content is available under the Open Government Licence v3.0, except where otherwise stated.</p><p>© Crown copyright</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 7. A Fandom wiki news blog post


def _fandom_ad(c: Ctx) -> str:
    c.used.append("fandom-ad")
    return f'<div class="ad-slot-placeholder incontent-leaderboard" data-slot-name="incontent_boxad_{c.rng.randint(1, 5)}"><div class="ae-translatable-label" data-label="Advertisement">Advertisement</div><div id="incontent_boxad_{c.rng.randint(1, 5)}" class="gpt-ad"></div></div>'


def fam_fandom(c: Ctx) -> FamilyOut:
    """A Fandom community blog post: MediaWiki output with ad slots, rails, recirculation."""
    parts, gold = render(
        c,
        c.body.blocks,
        lambda t: (
            f'<h2><span class="mw-headline" id="{slug(t)[:40]}">{esc(t)}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a><span class="mw-editsection-bracket">]</span></span></h2>'
        ),
    )
    body = weave(c, parts, c.rng.randint(1, 3), lambda: _fandom_ad(c))
    wiki = f"{brand(c)} Wiki"
    who = slug(c.rng.choice(PEOPLE)).replace("-", "")
    c.used += "fandom-global-nav fandom-community-header fandom-posted fandom-categories fandom-fan-feed fandom-rail fandom-footer".split()
    html = (
        f'<body class="skin-fandomdesktop mediawiki ltr ns-500 page-User_blog"><div class="global-navigation"><a class="global-navigation__logo" href="https://www.fandom.com/">FANDOM</a><nav><a href="https://www.fandom.com/topics/games">Games</a><a href="https://www.fandom.com/topics/movies">Movies</a><a href="https://www.fandom.com/topics/tv">TV</a><a href="https://www.fandom.com/video">Video</a></nav><a href="/signin">Sign In</a><a class="wds-button" href="/register">Register</a></div>'
        f'<div class="main-container"><div class="community-header-wrapper"><header class="fandom-community-header"><a class="fandom-community-header__community-name" href="/wiki/">{wiki}</a><span class="fandom-community-header__top-container">{c.rng.randint(300, 40000)} pages</span><nav class="fandom-community-header__local-navigation"><a href="/wiki/Special:AllPages">Explore</a><a href="/wiki/Characters">Characters</a><a href="/wiki/Episodes">Episodes</a><a href="/wiki/Blog:Recent_posts">Community</a></nav></header></div>'
        f'<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header"><div class="page-header__top"><div class="page-header__categories">in: <a href="/wiki/Category:Blog_posts">Blog posts</a>, <a href="/wiki/Category:News">News</a></div></div><h1 class="page-header__title" id="firstHeading">User blog:{who}/{esc(c.body.title)}</h1><div class="page-header__blog-post-details"><a href="/wiki/User:{who}">{who}</a> · <time datetime="{iso(c)}">{day(c)}</time> · <a href="#articleComments">{c.rng.randint(0, 80)} comments</a></div></div>'
        f'<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">{"".join(body)}</div></div>'
        f'<div class="page-footer"><div class="categories"><span>Categories</span><ul><li><a href="/wiki/Category:Blog_posts">Blog posts</a></li><li><a href="/wiki/Category:News">News</a></li></ul></div></div></div>'
        f'<section class="fan-feed"><h2 class="fan-feed__title">Fan Feed</h2><ul>{links(c, 3, "wiki/")}</ul><h3>More Fandom</h3><ul><li><a href="https://www.fandom.com/articles/">Fandom Stories</a></li><li><a href="https://www.fandom.com/quizzes">Quizzes</a></li></ul></section></main>'
        f'<aside class="page__right-rail"><section class="rail-module popular-pages"><h2>Popular Pages</h2><ul>{links(c, 4, "wiki/")}</ul></section><div class="rail-module ad-slot">Advertisement</div></aside></div></div>'
        f'<footer class="global-footer"><p>Community content is available under <a href="/wiki/Licensing">CC-BY-SA</a> unless otherwise noted.</p><p>Fandom is a fan-powered entertainment platform.</p><a href="https://www.fandom.com/about">About</a> <a href="https://www.fandom.com/careers">Careers</a> <a href="https://www.fandom.com/terms-of-use">Terms of Use</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. An estate agency's market report with listing cards


def _listing(c: Ctx) -> str:
    c.used.append("estate-listing")
    beds = c.rng.randint(1, 5)
    return f'<div class="listing-card" data-listing-id="{c.rng.randint(100000, 999999)}"><a href="/property/{c.rng.randint(100000, 999999)}"><img src="/listings/{hexid(c, 10)}.jpg" alt=""></a><div class="listing-card__price">${c.rng.randint(250, 1900)},{c.rng.randint(0, 9)}00</div><div class="listing-card__facts"><span>{beds} bd</span> <span>{c.rng.randint(1, beds)} ba</span> <span>{c.rng.randint(700, 4200):,} sqft</span></div><div class="listing-card__address">{c.rng.randint(10, 9999)} {c.rng.choice(["Oak", "Maple", "Cedar", "Pine", "Elm"])} {c.rng.choice(["St", "Ave", "Ln", "Dr"])}</div><a class="listing-card__cta" href="/property/">View property</a></div>'


def fam_estate_report(c: Ctx) -> FamilyOut:
    """An estate agency's monthly market report: key figures, listing cards in the text."""
    parts, gold = render(c, c.body.blocks, lambda t: f'<h2 class="report-h2">{esc(t)}</h2>')
    body = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: f'<div class="listing-row">{_listing(c)}{_listing(c)}</div>',
    )
    agency = f"{brand(c)} {c.rng.choice(['Realty', 'Homes', 'Property Group', 'Estates'])}"
    who = c.rng.choice(PEOPLE)
    latest = "".join(_listing(c) for _ in range(3))
    c.used += "estate-header estate-key-figures estate-valuation estate-agent-card estate-latest estate-footer".split()
    html = (
        f'<body class="market-report"><header class="agency-header"><a class="agency-logo" href="/">{agency}</a><nav><a href="/buy">Buy</a><a href="/sell">Sell</a><a href="/rent">Rent</a><a href="/market-reports">Market Reports</a><a href="/agents">Agents</a></nav><a class="btn" href="/valuation">Free valuation</a></header>'
        f'<main class="report"><p class="report-kicker">Market Report · {c.rng.choice(["January", "April", "July", "October"])} {c.rng.randint(2021, 2025)}</p><h1 class="report-title">{esc(c.body.title)}</h1>'
        f'<ul class="key-figures"><li><span class="kf-label">Median sale price</span><span class="kf-value">${c.rng.randint(300, 1200)}K</span></li><li><span class="kf-label">Year over year</span><span class="kf-value">{c.rng.choice(["+", "-"])}{c.rng.randint(1, 12)}.{c.rng.randint(0, 9)}%</span></li><li><span class="kf-label">Days on market</span><span class="kf-value">{c.rng.randint(8, 90)}</span></li><li><span class="kf-label">Active listings</span><span class="kf-value">{c.rng.randint(80, 3000):,}</span></li></ul>'
        f'<div class="report-body">{"".join(body)}</div>'
        f'<aside class="valuation-box"><h3>What is your home worth?</h3><p>Get a free, no-obligation valuation from a local expert.</p><a class="btn" href="/valuation">Book a valuation</a></aside>'
        f'<div class="agent-card"><img src="/agents/{slug(who)}.jpg" alt=""><div><strong>{who}</strong><span>Licensed Realtor · DRE #{c.rng.randint(1000000, 9999999)}</span><a href="tel:555{c.rng.randint(1000000, 9999999)}">Call</a> <a href="/agents/{slug(who)}">Email</a></div></div>'
        f'<section class="latest-listings"><h2>Latest listings</h2><div class="listing-grid">{latest}</div></section></main>'
        f'<footer class="agency-footer"><p>{agency} · Equal Housing Opportunity · Each office independently owned and operated.</p><p>Market data deemed reliable but not guaranteed. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "jekyll-minima": (fam_jekyll, "blog"),
    "weebly-blog": (fam_weebly, "lede"),
    "lemmy-post": (fam_lemmy, "tech"),
    "ghost-members": (fam_ghost_gate, "business"),
    "wagtail-charity": (fam_wagtail, "ecb"),
    "stats-release": (fam_stats_release, "politics"),
    "fandom-blog": (fam_fandom, "entertainment"),
    "estate-report": (fam_estate_report, "news"),
    "liferay-news": (fam_liferay, "politics"),
    "eedition-text": (fam_eedition, "sport"),
}

_GENERATOR = {
    "jekyll-minima": '<meta name="generator" content="Jekyll v4.3.2"><link type="application/atom+xml" rel="alternate" href="/feed.xml">',
    "weebly-blog": '<link rel="alternate" type="application/rss+xml" title="RSS" href="/blog/feed">',
    "ghost-members": '<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" href="/rss/">',
    "fandom-blog": '<meta property="og:site_name" content="Fandom">',
}


def n_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus viewport, canonical link and the family's generator / feed tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _GENERATOR.get(
        family, ""
    )
    return lambda page_head, url: page_head.replace(
        "</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1
    )


def build_pages(per_family: int = 16, seed: int = 1301) -> list[Page]:
    """Set N: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    return draw_set(
        "n", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=n_head
    )


if __name__ == "__main__":  # page_families_n.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 1301)

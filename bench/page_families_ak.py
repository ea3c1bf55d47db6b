"""Set AK of the constructed pages: 12 families of English-language general news sites of
2007-2020 on newsroom CMSes that no earlier set has, and `build_pages`.

Six families are in page_templates_ak.py (a US daily on Ellington, a US daily on Saxotech
Online, a US metro site on Clickability, an Australian independent site on ExpressionEngine,
an Irish national daily on Atex Polopoly, a South African weekly's site with Disqus); here a
US non-profit newsroom on INN's Largo WordPress theme, a US community daily on NewsCycle
Solutions (Saxotech's successor), a New Zealand news site (Stuff-like, its "sics-component"
markup), a Canadian TV news site with Brightcove video (Global-News-like), an Indian digital
news site (Scroll-like) and a Singapore news site (TODAY-like). Written blind to digest's
extraction rules; its builder never ran digest, trafilatura, readability or bench_pages on it
(session 19, helper h-setak). The gold convention, with the decisions on datelines, inline
related lines, credit lines, video titles and script-only text, is in page_templates_ak.py's
docstring; the decisions for this module's families, written down before they were coded:
- a US non-profit newsroom on the Largo theme (INN member, 2014-2020): the paragraphs,
  subheadings, lists and quotes of `div.entry-content` are article; the sticky nav and
  header ("Donate"), the category, the headline, the subtitle (`h2.subtitle`, a dek), the
  byline (`h5.byline`, "By NAME", date), the hero image with its caption and credit, the
  share bar (`div.largo-follow`), the inline "Related:" line, the "Republish this story"
  button and its Creative Commons note, the donation box ("Support our nonprofit newsroom"),
  the author bio (`div.author-box`), "Related Posts", the newsletter widget and the footer
  ("Built with Largo", "INN Member") are not;
- a US community daily on NewsCycle Solutions (2014-2018, `/news/YYYYMMDD/slug` URLs): the
  paragraphs of `div.article-body` (dateline included), its subheadings, lists and quotes are
  article; the header, "Subscribe", the section label, the headline, the byline ("By NAME
  / Staff Writer"), "Posted", "Updated", the photo gallery strip ("1 of N", captions), the
  inline "Related content" list, ad labels ("Advertisement"), "Article Tools", the Facebook
  comments, "Stay informed" box, "Most Popular" and the footer are not;
- a New Zealand news site (Stuff-like, 2014-2019): the paragraphs, subheadings, lists and
  quotes of the `sics-component__story__body` are article (the component wrappers around
  each block notwithstanding); the header (National, World, Business, Sport,
  Entertainment), the headline, the intro (`p.sics-component__story__intro`, a
  standfirst), the byline ("NAME", "12:00, May 12 2016"), the Brightcove video and its
  title, the image captions ("STUFF", "SUPPLIED"), the "READ MORE:" list with its links, the
  closing source line ("- Stuff", "- AAP"), "Comments are closed" and the footer are not;
- a Canadian TV news site with Brightcove video (Global-News-like, WordPress, 2015-2020): the
  paragraphs, subheadings, lists and quotes of `div.l-article__text` are article; the header
  (Canada, World, Politics, Money, Health, "Watch", "Live"), the category, the headline,
  the byline ("By NAME Global News"), "Posted"/"Updated" times, the hero video with its
  "WATCH ABOVE:" line and title, inline "READ MORE:" and "WATCH:" lines with their players,
  the "— With files from The Canadian Press" line, the copyright line ("© 2019 Global News,
  a division of Corus Entertainment Inc."), the comments box, "Trending Now" and the footer
  are not;
- an Indian digital news site (Scroll-like, 2015-2020): the paragraphs, subheadings, lists
  and quotes of `div#article-contents` are article; the header (Latest, Politics, India,
  Culture, Video, "Support Scroll"), the category, the headline, the subtitle (`h2`, a dek),
  the author and "Published" line, the share buttons (WhatsApp, Facebook, Twitter), the
  hero image credit, the inline "Also read:" lines, "This article first appeared on ...",
  the "We welcome your comments at letters@..." line, the membership appeal, "Read more"
  and "Trending" lists and the footer are not;
- a Singapore news site (TODAY-like, Mediacorp, 2014-2019): the paragraphs, subheadings,
  lists and quotes of `div.article-detail_body` are article, a "SINGAPORE — " dateline
  included; the header (Singapore, World, Big Read, Commentary, Lifestyle, Sports), the
  headline, the byline ("NAME"), "Published" and "Updated" stamps, the image with its
  caption, the "Related" inline box, the "Have a news tip? Email it to ..." line, the
  share bar, the Facebook comments, "Most Popular" and the footer ("Mediacorp Pte Ltd. All
  rights reserved.") are not.

    .venv/bin/python bench/page_families_ak.py PAGE_ID 3601
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks, person
from page_templates_ah import clock, most_read, with_head
from page_templates_ak import (
    MONTHS,
    US_FIRST,
    US_LAST,
    ampm,
    dateline,
    fam_clickability,
    fam_ellington,
    fam_expressionengine,
    fam_polopoly,
    fam_saxotech,
    fam_za_weekly,
    us_date,
)
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


# ---------------------------------------------------------------------------------------------
# 7. A US non-profit newsroom on INN's Largo WordPress theme

_LARGO_SITES = [
    "Granite State Report",
    "The Gulf Coast Ledger",
    "High Plains Watch",
    "Ohio River Bureau",
]


def fam_largo(c: Ctx) -> FamilyOut:
    """Largo post: subtitle, h5 byline, largo-follow, Related: line, republish, donate box."""
    blocks = body_blocks(c, 0.35, 0.2, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    site = c.rng.choice(_LARGO_SITES)
    y, m, d, when = us_date(c, 2014, 2020)
    author = person(c, US_FIRST, US_LAST)
    pid = c.rng.randint(1000, 60000)
    cat = pick(c, "Education", "Environment", "Health", "Criminal Justice", "Government")
    if c.rng.random() < 0.6:
        c.used.append("largo-related-line")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<p class="related-inline"><strong>Related:</strong> <a href="/{y}/{m:02d}/{slug(h)[:40]}/">{esc(h)}</a></p>'
                ),
            ),
        )
    hero = ""
    if c.rng.random() < 0.75:
        c.used.append("largo-hero")
        hero = f'<div class="hero is-image"><figure class="wp-caption"><img class="attachment-full" src="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}-1170x658.jpg" alt=""><figcaption class="wp-caption-text">{sentence(c)}<span class="wp-media-credit">{esc(person(c, US_FIRST, US_LAST))} / {esc(site)}</span></figcaption></figure></div>'
    republish = ""
    if c.rng.random() < 0.6:
        c.used.append("largo-republish")
        republish = '<div class="republish-this"><button class="republish-button">Republish this story</button><p>This work is licensed under a <a href="https://creativecommons.org/licenses/by-nd/4.0/">Creative Commons Attribution-NoDerivatives 4.0 International License</a>.</p></div>'
    donate = f'<div class="donate-box widget"><h3>Support our nonprofit newsroom</h3><p>{esc(site)} is a nonprofit, nonpartisan newsroom. Readers like you make this reporting possible.</p><a class="btn btn-primary" href="/donate/">Donate now</a></div>'
    bio = f'<div class="author-box row-fluid author vcard clearfix"><h3 class="widgettitle">About {esc(author)}</h3><img class="avatar" src="/wp-content/uploads/{y}/01/{slug(author)}-96x96.jpg" alt=""><p>{esc(author)} covers {cat.lower()} for {esc(site)}. Contact: <a href="mailto:{slug(author).split("-")[0]}@example.org">{slug(author).split("-")[0]}@example.org</a></p><a class="more-by" href="/author/{slug(author)}/">More by {esc(author)}</a></div>'
    related = "".join(
        f'<li><a href="/{y}/{m:02d}/{slug(h)[:40]}/">{esc(h)}</a></li>' for h in headlines(c, 3)
    )
    follow = '<div class="largo-follow post-social clearfix"><span class="twitter"><a href="https://twitter.com/intent/tweet">Tweet</a></span><span class="facebook"><a href="https://www.facebook.com/sharer/sharer.php">Share</a></span><span class="email"><a href="mailto:?subject=">Email</a></span><span class="print"><a href="#">Print</a></span></div>'
    c.used += "largo-nav largo-header largo-category largo-title largo-subtitle largo-byline largo-follow largo-donate largo-bio largo-related largo-newsletter largo-footer".split()
    html = (
        f'<body class="post-template-default single single-post postid-{pid} single-format-standard normal"><div id="top"></div><div class="sticky-nav-wrapper"><div class="sticky-nav-holder"><nav id="sticky-nav" class="sticky-navbar navbar clearfix"><ul class="nav"><li><a href="/category/news/">News</a></li><li><a href="/category/investigations/">Investigations</a></li><li><a href="/about/">About</a></li><li class="donate-btn"><a href="/donate/">Donate</a></li></ul></nav></div></div>'
        f'<header id="site-header" class="clearfix"><h2 class="branding"><a href="/">{esc(site)}</a></h2><p class="site-description">{pick(c, "Nonprofit, nonpartisan news", "Independent reporting in the public interest", "Investigative journalism for our region")}</p></header>'
        f'<div id="main" class="row-fluid clearfix"><div id="content" class="span8" role="main"><article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{slug(cat)} clearfix">'
        f'<header><h5 class="top-tag"><a href="/category/{slug(cat)}/">{cat}</a></h5><h1 class="entry-title" itemprop="headline">{esc(c.body.title)}</h1><h2 class="subtitle">{sentence(c)}</h2>'
        f'<h5 class="byline"><span class="by-author"><span class="by">By</span> <span class="author vcard" itemprop="author"><a class="url fn n" href="/author/{slug(author)}/">{esc(author)}</a></span></span><span class="sep"> | </span><time class="entry-date updated dtstamp pubdate" datetime="{y}-{m:02d}-{d:02d}">{when}</time></h5>{follow}</header>'
        f'{hero}<section class="entry-content clearfix" itemprop="articleBody"><div class="entry-content">{"".join(parts)}</div></section>{republish}'
        f'<footer class="post-meta bottom-meta"><div class="tags clearfix"><h5>Filed under:</h5><ul><li><a href="/tag/{slug(cat)}/">{cat}</a></li></ul></div>{bio}</footer></article>'
        f'<div class="largo-related-posts"><h3>Related Posts</h3><ul class="related">{related}</ul></div></div>'
        f'<aside id="sidebar" class="span4">{donate}<div class="widget largo-newsletter"><h3>Get our newsletter</h3><form><input type="email" placeholder="Email address"><input type="submit" value="Sign up"></form></div></aside></div>'
        f'<footer id="site-footer"><div id="supplementary" class="row-fluid"><p>{esc(site)} is a member of the <a href="https://inn.org/">Institute for Nonprofit News</a>.</p></div><div id="boilerplate"><p>© {y} {esc(site)}. <a href="/privacy/">Privacy Policy</a></p><p class="footer-credit">Built with the <a href="https://largo.inn.org/">Largo WordPress Theme</a> from the <a href="https://inn.org/">Institute for Nonprofit News</a>.</p></div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A US community daily on NewsCycle Solutions

_NCS_PAPERS = [
    "The Hudson Valley Register",
    "Cape Ann Daily News",
    "The Rockford Star-Courier",
    "Ozark Morning Sun",
]


def fam_newscycle(c: Ctx) -> FamilyOut:
    """NewsCycle article: gallery strip, Related content, Article Tools, FB comments."""
    blocks = dateline(
        c,
        body_blocks(c, 0.2, 0.15, 0.2),
        0.55,
        ["POUGHKEEPSIE", "GLOUCESTER", "ROCKFORD", "SPRINGFIELD, Mo.", "ALBANY"],
    )
    parts, gold = body_html(c, blocks, lambda t: f'<h3 class="subhead">{esc(t)}</h3>')
    paper = c.rng.choice(_NCS_PAPERS)
    y, m, d, when = us_date(c, 2014, 2018)
    author = person(c, US_FIRST, US_LAST)
    section = pick(c, "News", "Local News", "Business", "Politics", "Education")
    if c.rng.random() < 0.65:
        c.used.append("ncs-related")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="related-content"><h4>Related content</h4><ul>{"".join(f"<li><a href=/news/{y}{m:02d}{c.rng.randint(10, 28)}/{slug(h)[:40]}>{esc(h)}</a></li>" for h in headlines(c, c.rng.randint(2, 4)))}</ul></div>'
            ),
        )
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: (
            f'<div class="ad-slot ad-inline"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-{c.rng.randint(10**12, 9 * 10**12)}-0"></div></div>'
        ),
    )
    gallery = ""
    if c.rng.random() < 0.6:
        c.used.append("ncs-gallery")
        k = c.rng.randint(2, 6)
        slides = "".join(
            f'<li class="slide"><img src="/storyimage/{pick(c, "HV", "CA", "RR", "OZ")}/{y}{m:02d}{d:02d}/NEWS/{c.rng.randint(100000000, 999999999)}/AR/0/AR-{c.rng.randint(100000000, 999999999)}.jpg" alt=""><p class="counter">{i} of {k}</p><p class="caption">{sentence(c)} [{esc(person(c, US_FIRST, US_LAST))}/{esc(paper.split()[-1])}]</p></li>'
            for i in range(1, k + 1)
        )
        gallery = f'<div class="photo-gallery"><ul class="slides">{slides}</ul><a class="prev" href="#">Prev</a> <a class="next" href="#">Next</a></div>'
    stamp = f'<p class="posted">Posted {when} at {ampm(c)}</p>'
    if c.rng.random() < 0.5:
        c.used.append("ncs-updated")
        stamp += f'<p class="updated">Updated {when} at {ampm(c)}</p>'
    tools = '<div class="article-tools"><h4>Article Tools</h4><a href="#">Font size</a> <a href="#">Print</a> <a href="#">Email</a> <a href="#">Reprints</a> <a href="#">Share</a></div>'
    c.used += "ncs-header ncs-subscribe ncs-section ncs-headline ncs-byline ncs-stamp ncs-tools ncs-ad ncs-fb-comments ncs-stayinformed ncs-mostpopular ncs-footer".split()
    html = (
        f'<body class="article-page"><header class="site-header"><div class="top-bar"><a href="/subscribe">Subscribe</a> <a href="/eedition">e-Edition</a> <a href="/login">Log in</a> <span class="weather">{c.rng.randint(20, 95)}°</span></div><a class="logo" href="/"><img src="/Global/images/head/nameplate/logo.png" alt="{esc(paper)}"></a><nav class="main-nav"><a href="/news">News</a><a href="/sports">Sports</a><a href="/entertainment">Entertainment</a><a href="/opinion">Opinion</a><a href="/lifestyle">Lifestyle</a><a href="/obituaries">Obituaries</a><a href="/classifieds">Classifieds</a></nav></header>'
        f'<div class="main-content"><div class="article-col"><article class="article" data-article-id="{y}{m:02d}{d:02d}/NEWS/{c.rng.randint(100000000, 999999999)}"><p class="section-label">{section}</p><h1 class="headline">{esc(c.body.title)}</h1>'
        f'<div class="byline">By {esc(author)}<br><span class="byline-title">{pick(c, "Staff Writer", "Correspondent", "GateWay News Service", "The Associated Press")}</span></div>{stamp}{gallery}'
        f'<div class="article-body">{"".join(parts)}</div>{tools}'
        f'<div class="stay-informed"><h4>Stay informed</h4><p>Get the latest local news delivered to your inbox.</p><a class="btn" href="/newsletters">Sign up</a></div>'
        f'<div class="comments"><h3>Comments</h3><div class="fb-comments" data-href="" data-numposts="5" data-width="100%"></div></div></article></div>'
        f'<aside class="right-rail"><div class="ad-slot"><span class="ad-label">Advertisement</span></div><div class="most-popular"><h3>Most Popular</h3><ol>{most_read(c, 5, f"/news/{y}{m:02d}", False)}</ol></div></aside></div>'
        f'<footer class="site-footer"><p><a href="/aboutus">About Us</a> | <a href="/contactus">Contact Us</a> | <a href="/advertise">Advertise</a> | <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Service</a></p><p>Copyright © {y} {esc(paper)}. All rights reserved. Powered by NEWSCYCLE Solutions.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A New Zealand news site (Stuff-like) with sics-component markup

_NZ_FIRST = ["Henry", "Laura", "Tony", "Katie", "Tom", "Jo", "Andrea", "Mike"]
_NZ_LAST = ["Cooke", "Walters", "Wall", "Kenny", "Pullar-Strecker", "Moir", "Vance", "Mather"]


def fam_nz_stuff(c: Ctx) -> FamilyOut:
    """Stuff story: component wrappers per block, intro, READ MORE list, - Stuff sign-off."""
    blocks = body_blocks(c, 0.3, 0.15, 0.2)
    raw, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    parts = [
        f'<div class="sics-component__html-injector sics-component__story__paragraph">{p}</div>'
        for p in raw
    ]
    y, m, d = era_date(c, 2014, 2019)
    author = person(c, _NZ_FIRST, _NZ_LAST)
    if c.rng.random() < 0.7:
        c.used.append("stuff-read-more")
        items = "".join(
            f'<li><a href="/national/{c.rng.randint(70000000, 119999999)}/{slug(h)[:40]}">{esc(h)}</a></li>'
            for h in headlines(c, c.rng.randint(2, 4))
        )
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="sics-component__html-injector"><p><strong>READ MORE:</strong></p><ul class="read-more-links">{items}</ul></div>'
            ),
        )
    if c.rng.random() < 0.5:
        c.used.append("stuff-inline-image")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="sics-component__image"><img src="https://resources.stuff.co.nz/content/dam/images/1/{hexid(c, 1)}/{hexid(c, 1)}/{hexid(c, 3)}/{hexid(c, 3)}/image.related.StuffLandscapeSixteenByNine.710x400.{hexid(c, 6)}.png" alt=""><p class="sics-component__caption">{sentence(c)} <span class="sics-component__caption__credit">{pick(c, "STUFF", "SUPPLIED", "GETTY IMAGES", esc(person(c, _NZ_FIRST, _NZ_LAST)).upper() + "/STUFF")}</span></p></div>'
            ),
        )
    signoff = pick(c, "- Stuff", "- AAP", "- Reuters", "- BusinessDesk", "- NZ Newswire")
    parts.append(
        f'<div class="sics-component__html-injector sics-component__story__paragraph"><p class="source-signoff">{signoff}</p></div>'
    )
    video = ""
    if c.rng.random() < 0.45:
        c.used.append("stuff-brightcove")
        video = f'<div class="sics-component__video"><video-js data-account="{c.rng.randint(10**12, 9 * 10**12)}" data-player="default" data-video-id="{c.rng.randint(10**12, 9 * 10**12)}" class="vjs-fluid"></video-js><p class="sics-component__video__title">{esc(headlines(c, 1)[0])}</p></div>'
    c.used += "stuff-header stuff-headline stuff-intro stuff-byline stuff-date stuff-signoff stuff-comments-closed stuff-footer".split()
    html = (
        f'<body class="story"><header class="sics-component__header"><a class="logo" href="/"><img src="/etc/designs/ffx/nz/stuff/social-media-logos/stuff-200x200.png" alt="Stuff"></a><nav class="sics-component__nav"><a href="/national">National</a><a href="/world">World</a><a href="/business">Business</a><a href="/sport">Sport</a><a href="/entertainment">Entertainment</a><a href="/life-style">Life &amp; Style</a><a href="/travel">Travel</a></nav></header>'
        f'<main class="sics-component__main"><article class="story_landing"><h1 class="sics-component__headline">{esc(c.body.title)}</h1><p class="sics-component__story__intro">{sentence(c)}</p>'
        f'<div class="sics-component__byline"><span class="sics-component__byline__author">{esc(author)}</span> <span class="sics-component__byline__date">{clock(c)}, {MONTHS[m - 1][:3]} {d} {y}</span></div>{video}'
        f'<div class="sics-component__story__body">{"".join(parts)}</div>'
        f'<div class="sics-component__comments"><p>Comments are closed on this story.</p></div></article>'
        f'<aside class="sics-component__sidebar"><div class="sics-component__ad"><span>Advertisement</span></div><h3>Most popular</h3><ol>{most_read(c, 5, "/national/", False)}</ol></aside></main>'
        f'<footer class="sics-component__footer"><p><a href="/about-stuff">About Stuff</a> <a href="/contact-us">Contact us</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms &amp; conditions</a></p><p>© {y} Stuff Limited</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Canadian TV news site with Brightcove video (Global-News-like)

_CA_FIRST = ["Amanda", "Rachel", "David", "Jesse", "Sean", "Emily", "Kerri", "Mercedes"]
_CA_LAST = ["Connolly", "Gilmore", "Akin", "Ferreras", "Boynton", "Mertz", "Breen", "Stephenson"]


def _watch(c: Ctx, label: str) -> str:
    return f'<div class="c-video c-video--inline"><div class="c-video__player" data-brightcove-id="{c.rng.randint(10**12, 9 * 10**12)}"></div><p class="c-video__caption"><strong>{label}</strong> {esc(headlines(c, 1)[0])}</p></div>'


def fam_ca_tv(c: Ctx) -> FamilyOut:
    """Global-News-like story: WATCH ABOVE hero video, READ MORE and WATCH lines, Corus line."""
    blocks = body_blocks(c, 0.35, 0.15, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="c-heading">{esc(t)}</h2>')
    y, m, d, when = us_date(c, 2015, 2020)
    author = person(c, _CA_FIRST, _CA_LAST)
    if c.rng.random() < 0.8:
        c.used.append("gn-read-more")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<p class="c-related-link"><strong>READ MORE:</strong> <a href="/news/{c.rng.randint(4000000, 7500000)}/{slug(h)[:40]}/">{esc(h)}</a></p>'
                ),
            ),
        )
    if c.rng.random() < 0.6:
        c.used.append("gn-watch-inline")
        parts = weave(c, parts, c.rng.randint(1, 2), lambda: _watch(c, "WATCH:"))
    if c.rng.random() < 0.5:
        c.used.append("gn-with-files")
        parts.append(
            f'<p class="c-article__credit"><em>— With files from {pick(c, "The Canadian Press", "Reuters", "the Associated Press", esc(person(c, _CA_FIRST, _CA_LAST)))}</em></p>'
        )
    hero = f'<div class="l-article__featured c-video"><div class="c-video__player" data-brightcove-id="{c.rng.randint(10**12, 9 * 10**12)}" data-account="{c.rng.randint(10**12, 9 * 10**12)}"></div><p class="c-video__caption"><strong>WATCH ABOVE:</strong> {sentence(c)}</p></div>'
    posted = f"{MONTHS[m - 1][:3]} {d}, {y} {ampm(c).replace('.', '').replace(' ', '')}"
    updated = (
        f'<span class="c-byline__updated">Updated {MONTHS[m - 1][:3]} {d}, {y} {ampm(c)}</span>'
        if c.rng.random() < 0.5
        else ""
    )
    trending = most_read(c, 5, "/news/", False)
    c.used += "gn-header gn-category gn-headline gn-byline gn-posted gn-hero-video gn-corus-line gn-comments gn-trending gn-footer".split()
    html = (
        f'<body class="single single-post"><header class="c-header"><a class="c-header__logo" href="/"><img src="/wp-content/themes/shaw-globalnews/images/global-news-logo.svg" alt="Global News"></a><nav class="c-nav"><a href="/canada/">Canada</a><a href="/world/">World</a><a href="/politics/">Politics</a><a href="/money/">Money</a><a href="/health/">Health</a><a href="/entertainment/">Entertainment</a><a href="/watch/">Watch</a><a class="c-nav__live" href="/live/">Live</a></nav></header>'
        f'<main class="l-main"><article class="l-article"><header class="l-article__header"><a class="c-category" href="/{pick(c, "canada", "politics", "money", "health", "world")}/">{pick(c, "Canada", "Politics", "Money", "Health", "World")}</a><h1 class="l-article__title">{esc(c.body.title)}</h1>'
        f'<div class="c-byline"><span class="c-byline__author">By <a href="/author/{slug(author)}/">{esc(author)}</a> Global News</span> <span class="c-byline__date">Posted {posted}</span> {updated}</div></header>{hero}'
        f'<div class="l-article__text js-story-text">{"".join(parts)}</div>'
        f'<p class="c-copyright">© {y} Global News, a division of Corus Entertainment Inc.</p>'
        f'<div class="c-comments"><h3>Comments</h3><p>Want to discuss? Please read our <a href="/pages/commenting-policy/">Commenting Policy</a> first.</p><div id="vf-conversations"></div></div></article>'
        f'<aside class="l-sidebar"><div class="c-ad"><span>Advertisement</span></div><div class="c-trending"><h3>Trending Now</h3><ol>{trending}</ol></div></aside></main>'
        f'<footer class="c-footer"><a href="/pages/about/">About Global News</a> <a href="/pages/contact-us/">Contact</a> <a href="https://www.corusent.com/privacy-policy/">Privacy Policy</a> <a href="/pages/terms-of-service/">Terms</a><p>© {y} Corus Entertainment Inc.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. An Indian digital news site (Scroll-like)

_IN_FIRST = ["Rohan", "Supriya", "Aarefa", "Shoaib", "Vijayta", "Arunabh", "Nayantara", "Abhishek"]
_IN_LAST = [
    "Venkataramakrishnan",
    "Sharma",
    "Johari",
    "Daniyal",
    "Lalwani",
    "Saikia",
    "Narayan",
    "Dey",
]


def fam_in_scroll(c: Ctx) -> FamilyOut:
    """A Scroll-like article: dek, Also read lines, first-appeared line, letters line, appeal."""
    blocks = body_blocks(c, 0.35, 0.2, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d, when = us_date(c, 2015, 2020)
    author = person(c, _IN_FIRST, _IN_LAST)
    if c.rng.random() < 0.75:
        c.used.append("scroll-also-read")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<p class="also-read"><strong>Also read:</strong> <a href="/article/{c.rng.randint(800000, 970000)}/{slug(h)[:40]}">{esc(h)}</a></p>'
                ),
            ),
        )
    after = ""
    if c.rng.random() < 0.3:
        c.used.append("scroll-first-appeared")
        after = f'<p class="article-source"><em>This article first appeared on <a href="#">{pick(c, "Quartz", "The Conversation", "IndiaSpend", "Dialogue Earth")}</a>.</em></p>'
    letters = (
        '<p class="letters-cta"><em>We welcome your comments at <a href="mailto:letters@scroll.in">letters@scroll.in</a>.</em></p>'
        if c.rng.random() < 0.6
        else ""
    )
    hero = f'<figure class="featured-image"><img src="https://sc0.blr1.cdn.digitaloceanspaces.com/article/{c.rng.randint(80000, 160000)}-{hexid(c, 8)}.jpg" alt=""><figcaption>{sentence(c)} <span class="credit">{pick(c, "PTI", "Reuters", "AFP", "Twitter/@ANI")}</span></figcaption></figure>'
    more = "".join(
        f'<li><a href="/article/{c.rng.randint(800000, 970000)}/{slug(h)[:40]}"><span class="category">{pick(c, "Politics", "Culture", "Economy", "Health")}</span>{esc(h)}</a></li>'
        for h in headlines(c, 4)
    )
    c.used += "scroll-header scroll-category scroll-headline scroll-dek scroll-author scroll-published scroll-share scroll-hero scroll-appeal scroll-readmore scroll-trending scroll-footer".split()
    html = (
        f'<body class="article-page"><header class="header"><a class="logo" href="/"><img src="/static/images/scroll-logo.svg" alt="Scroll.in"></a><nav class="header-nav"><a href="/latest/">Latest</a><a href="/topic/politics/">Politics</a><a href="/topic/india/">India</a><a href="/topic/culture/">Culture</a><a href="/video/">Video</a><a href="/field/">The Field</a></nav><a class="support-btn" href="/subscribe/">Support Scroll</a></header>'
        f'<main class="article-main"><article class="article-content"><header class="article-header"><span class="article-category"><a href="/topic/{c.rng.randint(50000, 56000)}/">{pick(c, "POLITICS", "ECONOMY", "HEALTH", "ENVIRONMENT", "LAW")}</a></span><h1>{esc(c.body.title)}</h1><h2>{sentence(c)}</h2>'
        f'<div class="article-meta"><address class="article-author-name"><a href="/author/{c.rng.randint(100, 9999)}/{slug(author)}">{esc(author)}</a></address> <time class="article-published-time">Published {when} · {c.rng.randint(1, 12):02d}:{c.rng.randint(0, 59):02d} {pick(c, "am", "pm")}</time></div>'
        f'<div class="share-buttons"><a href="https://api.whatsapp.com/send">WhatsApp</a> <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://twitter.com/intent/tweet">Twitter</a> <a href="#">Email</a></div></header>{hero}'
        f'<div id="article-contents" class="article-body">{"".join(parts)}</div>{after}{letters}'
        f'<div class="membership-appeal"><p>Support our journalism by <a href="/subscribe/">subscribing to Scroll+ here</a>. We welcome your comments at letters@scroll.in.</p></div></article>'
        f'<section class="read-more"><h3>Read more</h3><ul>{more}</ul></section><aside class="trending"><h3>Trending</h3><ol>{most_read(c, 5, "/article/", False)}</ol></aside></main>'
        f'<footer class="footer"><p>© {y} Scroll.in</p><a href="/about/">About Us</a> <a href="/contact/">Contact Us</a> <a href="/privacy/">Privacy Policy</a> <a href="/terms/">Terms &amp; Conditions</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Singapore news site (TODAY-like, Mediacorp)

_SG_FIRST = ["Kelly", "Navene", "Faris", "Tan", "Lee", "Justin", "Louisa", "Siau"]
_SG_LAST = ["Ng", "Elangovan", "Mokhtar", "Weizhen", "Yu Hui", "Ong", "Tang", "Ming En"]


def fam_sg_today(c: Ctx) -> FamilyOut:
    """TODAY-like story: SINGAPORE dateline, Related box, news-tip line, FB comments."""
    blocks = dateline(
        c, body_blocks(c, 0.25, 0.15, 0.25), 0.7, ["SINGAPORE", "KUALA LUMPUR", "JAKARTA"]
    )
    parts, gold = body_html(c, blocks, lambda t: f"<h3><strong>{esc(t)}</strong></h3>")
    y, m, d = era_date(c, 2014, 2019)
    author = person(c, _SG_FIRST, _SG_LAST)
    if c.rng.random() < 0.65:
        c.used.append("today-related")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="related-article-inline"><h4>Related</h4><ul>{"".join(f"<li><a href=/singapore/{slug(h)[:40]}>{esc(h)}</a></li>" for h in headlines(c, c.rng.randint(1, 3)))}</ul></div>'
            ),
        )
    tip = (
        '<p class="news-tip">Have a news tip? Email it to <a href="mailto:news@todayonline.com">news@todayonline.com</a>.</p>'
        if c.rng.random() < 0.6
        else ""
    )
    img = ""
    if c.rng.random() < 0.75:
        c.used.append("today-image")
        img = f'<figure class="article-detail_image"><img src="/sites/default/files/styles/new_app_article_detail/public/photos/{y}/{m:02d}/{hexid(c, 8)}.jpg" alt=""><figcaption>{sentence(c)} Photo: {pick(c, "Reuters", "Najeer Yusof/TODAY", "Robin Choo/TODAY", "Ooi Boon Keong/TODAY")}</figcaption></figure>'
    published = f"{d} {MONTHS[m - 1][:3].upper()}, {y} {c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d} {pick(c, 'AM', 'PM')}"
    updated = (
        f'<p class="article-detail_updated">Updated: {d} {MONTHS[m - 1][:3].upper()}, {y} {c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d} {pick(c, "AM", "PM")}</p>'
        if c.rng.random() < 0.5
        else ""
    )
    c.used += "today-header today-headline today-byline today-published today-share today-fb-comments today-mostpopular today-footer".split()
    html = (
        f'<body class="node-type-article"><header id="header"><a class="logo" href="/"><img src="/sites/all/themes/today/images/logo.png" alt="TODAY"></a><ul class="menu"><li><a href="/singapore">Singapore</a></li><li><a href="/world">World</a></li><li><a href="/big-read">Big Read</a></li><li><a href="/commentary">Commentary</a></li><li><a href="/lifestyle">Lifestyle</a></li><li><a href="/sports">Sports</a></li></ul></header>'
        f'<div id="main"><article class="article-detail"><h1 class="article-detail_title">{esc(c.body.title)}</h1><div class="article-detail_author">{esc(author)}</div>'
        f'<p class="article-detail_published">Published: {published}</p>{updated}'
        f'<div class="article-detail_share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>{img}'
        f'<div class="article-detail_body">{"".join(parts)}</div>{tip}'
        f'<div class="article-detail_comments"><div class="fb-comments" data-href="" data-numposts="5"></div></div></article>'
        f'<aside class="sidebar"><div class="ad"><span>Advertisement</span></div><div class="most-popular"><h3>Most Popular</h3><ol>{most_read(c, 5, "/singapore/", False)}</ol></div></aside></div>'
        f'<footer id="footer"><p><a href="/about-us">About Us</a> | <a href="/contact-us">Contact Us</a> | <a href="/terms-use">Terms of Use</a> | <a href="/privacy-policy">Privacy Policy</a></p><p>Mediacorp Pte Ltd. All rights reserved.</p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "ellington-django": (fam_ellington, "news"),
    "saxotech-daily": (fam_saxotech, "news"),
    "clickability-metro": (fam_clickability, "politics"),
    "ee-au-indie": (fam_expressionengine, "politics"),
    "polopoly-ie": (fam_polopoly, "business"),
    "za-weekly-disqus": (fam_za_weekly, "news"),
    "largo-nonprofit": (fam_largo, "ecb"),
    "newscycle-daily": (fam_newscycle, "lede"),
    "nz-stuff": (fam_nz_stuff, "news"),
    "ca-tv-brightcove": (fam_ca_tv, "politics"),
    "in-scroll": (fam_in_scroll, "business"),
    "sg-today": (fam_sg_today, "tech"),
}

_LANG = {
    "polopoly-ie": "en-IE",
    "za-weekly-disqus": "en-ZA",
    "ee-au-indie": "en-AU",
    "nz-stuff": "en-NZ",
    "ca-tv-brightcove": "en-CA",
    "in-scroll": "en-IN",
    "sg-today": "en-SG",
}

_HEAD = {
    "ellington-django": '<link rel="stylesheet" href="/media/css/story.css" type="text/css"><script src="/media/js/jquery-1.3.2.min.js"></script>',
    "saxotech-daily": '<meta name="generator" content="Saxotech Online"><script src="/includes/pluck/SiteLife.js"></script>',
    "clickability-metro": '<meta name="generator" content="Clickability"><script src="http://admin.brightcove.com/js/BrightcoveExperiences.js"></script><script src="http://s7.addthis.com/js/250/addthis_widget.js"></script>',
    "ee-au-indie": '<link rel="stylesheet" href="/index.php?css=site/style.v.1301234567"><link rel="alternate" type="application/rss+xml" href="/index.php/rss/">',
    "polopoly-ie": '<meta name="generator" content="Polopoly"><meta property="og:site_name" content="The Irish Ledger">',
    "za-weekly-disqus": '<meta property="og:site_name" content="Mail &amp; Guardian"><script src="http://mailandguardian.disqus.com/embed.js" async></script>',
    "largo-nonprofit": '<meta name="generator" content="WordPress 5.2.4"><link rel="stylesheet" href="/wp-content/themes/largo/css/style.min.css">',
    "newscycle-daily": '<meta name="generator" content="NEWSCYCLE Solutions"><script src="https://connect.facebook.net/en_US/sdk.js#xfbml=1&amp;version=v2.8" async></script>',
    "nz-stuff": '<meta property="og:site_name" content="Stuff"><script src="https://players.brightcove.net/default_default/index.min.js"></script>',
    "ca-tv-brightcove": '<meta property="og:site_name" content="Global News"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Global News"}}</script>',
    "in-scroll": '<meta property="og:site_name" content="Scroll.in"><meta name="twitter:site" content="@scroll_in">',
    "sg-today": '<meta name="Generator" content="Drupal 7 (http://drupal.org)"><meta property="og:site_name" content="TODAYonline">',
}


def ak_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's English variant, canonical link and platform tags; the
    pre-2014 families keep the old fixed-width head (no viewport)."""
    old = family in ("ellington-django", "saxotech-daily", "clickability-metro", "za-weekly-disqus")
    extra = (
        "" if old else '<meta name="viewport" content="width=device-width, initial-scale=1">'
    ) + _HEAD.get(family, "")
    lang = _LANG.get(family, "en-US")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 3601) -> list[Page]:
    """Set AK: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics")
    return draw_set(
        "ak", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=ak_head
    )


if __name__ == "__main__":  # page_families_ak.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 3601)

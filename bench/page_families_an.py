"""Set AN of the constructed pages: 12 families of English-language digital-native and
magazine news sites of 2015-2026 that no earlier set has, and `build_pages`.

Six families are in page_templates_an.py (a US investigative non-profit, ProPublica-like; a
California policy non-profit on WordPress VIP, CalMatters-like; a Texas non-profit on Django,
Texas-Tribune-like; an academics' explainer site, The-Conversation-like; a weekly magazine on
Condé Nast's Verso, New-Yorker-like; an online magazine, Slate-like); here a US progressive
magazine on WordPress VIP (Mother-Jones-like), a Philippine digital native (Rappler-like), a
South African digital daily (Daily-Maverick-like), an Indian digital native on WordPress
(ThePrint-like), a New Zealand digital magazine on headless WordPress with Next.js
(The-Spinoff-like) and a UK-based international opinion and investigations site
(openDemocracy-like). Written blind to digest's extraction rules; its builder never ran
digest, trafilatura, readability or bench_pages on it (session 20, helper h-setan). The gold
convention, with the decisions on inline related lines, appeals, credit and sign-off lines,
editor's notes and script-only text, is in page_templates_an.py's docstring; the decisions
for this module's families, written down before they were coded:
- a US progressive magazine on WordPress VIP (Mother-Jones-like, 2016-2026): the paragraphs,
  subheadings, lists and quotes of `div.entry-content` (`article.entry-content`'s wrapper)
  are article; the header ("Donate", "Subscribe"), the kicker, the headline, the dek
  (`h3.dek`), the byline and date, the hero image caption and credit, the inline "Looking
  for news you can trust? Subscribe to the Mother Jones Daily" unit, the in-body donation
  appeal, the end-of-article "Fact:" membership box, the "Related" list, "We Recommend", the
  author bio and the footer ("Copyright © Mother Jones and the Foundation for National
  Progress") are not;
- a Philippine digital native on WordPress VIP (Rappler-like, 2019-2026): the paragraphs,
  subheadings, lists and quotes of `div.entry-content` are article; the header, the
  breadcrumbs, the headline, the summary (`div.post-single__summary`), the author and date,
  the featured image caption ("RAPPLER", "AP"), the inline "RELATED" links, the "– Rappler.com"
  sign-off, the mood meter ("How does this make you feel?" with Happy, Sad, Angry ...), the
  "Join Rappler+" appeal, the comments notice, "More from Rappler" and the footer are not;
- a South African digital daily (Daily-Maverick-like, custom, 2018-2026): the paragraphs,
  subheadings, lists and quotes of `div.article-content` are article; the header ("Become an
  Insider", "DM168"), the section, the headline, the dek, the author and time, the image
  caption ("(Photo: NAME)"), the "Read more in Daily Maverick:" lines with their links, the
  "DM" sign-off (alone or as "DM/OBP"), the "Support Daily Maverick" appeal, the comment
  rules ("Please peer review 3 community comments before your comment can be posted"), "Related
  articles" and the footer are not;
- an Indian digital native on WordPress (ThePrint-like, 2017-2026): the paragraphs,
  subheadings, lists and quotes of `div.entry-content` (the site's own theme) are article; the header, the category, the headline, the
  excerpt, the byline and "Updated:" time, the image caption, the inline "Also read: ..."
  lines, the "(Edited by NAME)" line, the "Subscribe to our channels on YouTube & Telegram"
  line, the "Why news media is in crisis & How you can fix it" appeal, the share bar,
  "Most Popular" and the footer are not;
- a New Zealand digital magazine on headless WordPress with Next.js (The-Spinoff-like,
  2018-2026): the paragraphs, subheadings, lists and quotes of `div.the-content` are article;
  the header (Politics, Pop Culture, Kai, Te Ao Māori, "Members"), the section, the
  headline, the excerpt, the byline and date, the image caption, the editor's note above
  the body, the "Sign up to The Bulletin" block, the "Made possible by" sponsor line, the
  "Join Members" appeal, "Keep going!" and the footer are not; the `__NEXT_DATA__` script is
  not page text;
- a UK-based international opinion and investigations site (openDemocracy-like, 2019-2026):
  the paragraphs, subheadings, lists and quotes of `div.article-page__rich-text` are article;
  the header, the section and topic labels, the headline, the standfirst, the author and
  date, the image caption and credit, the in-body newsletter box ("We’ve got a newsletter
  for everyone"), the "Read more" box, the Creative Commons licence line, the author bio,
  the "Had enough of ‘alternative facts’?" appeal, "Related stories" and the footer are not.

    .venv/bin/python bench/page_families_an.py PAGE_ID 3901
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import json
from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks, person
from page_templates_ah import most_read
from page_templates_an import (
    MONTHS,
    US_FIRST,
    US_LAST,
    fam_calmatters,
    fam_conversation,
    fam_pp_investigation,
    fam_slate,
    fam_txtrib,
    fam_verso,
    related_links,
    sign_off,
    us_date,
)
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


def line_about(c: Ctx, make: Callable[[str, str], str], prefix: str) -> Callable[[], str]:
    """A maker of a link line about another story (link text and URL agree)."""

    def out() -> str:
        h = headlines(c, 1)[0]
        return make(h, f"{prefix}{slug(h)[:56]}/")

    return out


# ---------------------------------------------------------------------------------------------
# 7. A US progressive magazine on WordPress VIP (Mother-Jones-like)


def fam_mojo(c: Ctx) -> FamilyOut:
    """MoJo post: kicker, h3 dek, Daily newsletter unit, donation appeal, Fact: box."""
    blocks = body_blocks(c, 0.3, 0.2, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d, when = us_date(c, 2016, 2026)
    author = person(c, US_FIRST, US_LAST)
    kicker = pick(c, "Politics", "Environment", "Crime and Justice", "Food", "Media", "Health")
    if c.rng.random() < 0.6:
        c.used.append("mj-daily-unit")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                '<div class="mj-inline-newsletter"><p><strong>Looking for news you can trust?</strong></p><p>Subscribe to the <em>Mother Jones Daily</em> to have our top stories delivered directly to your inbox.</p><form><input type="email" placeholder="Your Email"><input type="submit" value="Sign up"></form></div>'
            ),
        )
    if c.rng.random() < 0.5:
        c.used.append("mj-related-inline")
        parts = weave(
            c,
            parts,
            1,
            line_about(
                c,
                lambda h, u: (
                    f'<p class="related-inline"><strong>Related:</strong> <a href="{u}">{esc(h)}</a></p>'
                ),
                f"/{slug(kicker)}/{y}/{m:02d}/",
            ),
        )
    if c.rng.random() < 0.4:
        c.used.append("mj-donate-inline")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                '<div class="donate-inline-ask"><p>We can’t do this without you. Mother Jones is a nonprofit, and reader donations are our lifeblood. <a href="https://secure.motherjones.com/fnp/">Please donate today</a>.</p></div>'
            ),
        )
    hero = ""
    if c.rng.random() < 0.75:
        c.used.append("mj-hero")
        hero = f'<div class="article-hero"><img src="https://www.motherjones.com/wp-content/uploads/{y}/{m:02d}/{hexid(c, 10)}.jpg?w=990" alt=""><p class="hero-caption">{sentence(c)} <span class="credit">{pick(c, "Mother Jones illustration; Getty", "AP", "Jim Watson/AFP via ZUMA")}</span></p></div>'
    c.used += "mj-header mj-kicker mj-headline mj-dek mj-byline mj-fact-box mj-recommend mj-bio mj-footer".split()
    html = (
        f'<body class="post-template-default single single-post"><header id="masthead"><a class="site-logo" href="/">Mother Jones</a><ul class="menu"><li><a href="/politics/">Politics</a></li><li><a href="/environment/">Environment</a></li><li><a href="/crime-justice/">Crime &amp; Justice</a></li><li><a href="/media/">Media</a></li><li><a href="/food/">Food</a></li></ul><a class="donate" href="https://secure.motherjones.com/fnp/">Donate</a> <a class="subscribe" href="/subscribe/">Subscribe</a></header>'
        f'<main id="main" class="site-main"><article class="entry"><header class="entry-header"><p class="kicker"><a href="/{slug(kicker)}/">{esc(kicker)}</a></p><h1 class="entry-title">{esc(c.body.title)}</h1><h3 class="dek">{sentence(c)}</h3>'
        f'<p class="byline-dateline"><span class="byline">{esc(author)}</span> <span class="dateline">{when}</span></p></header>{hero}'
        f'<div class="entry-content">{"".join(parts)}</div>'
        f'<div class="fact-box"><p><strong>Fact:</strong></p><p>Mother Jones was founded as a nonprofit in 1976 because we knew corporations and the wealthy wouldn’t fund the type of hard-hitting journalism we set out to do.</p><p><a href="https://secure.motherjones.com/fnp/">Donate</a></p></div>'
        f'<section class="we-recommend"><h2>We Recommend</h2><ul>{related_links(c, 4, f"/{slug(kicker)}/")}</ul></section>'
        f'<div class="author-bio"><p><strong>{esc(author)}</strong> is a reporter in Mother Jones’ Washington bureau. {sentence(c)}</p></div></article></main>'
        f'<footer class="site-footer"><p><a href="/about/">About Us</a> | <a href="/about/advertising/">Advertise</a> | <a href="/about/interact-engage/">Contact Us</a> | <a href="/about/policies/">Terms of Service</a> | <a href="/about/privacy-policy/">Privacy Policy</a></p><p>Copyright © {y} Mother Jones and the Foundation for National Progress. All Rights Reserved.</p><p>Powered by WordPress VIP</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Philippine digital native on WordPress VIP (Rappler-like)

_PH_FIRST = ["Pia", "Lian", "Dwight", "JC", "Bea", "Mara", "Jairo", "Camille", "Paterno"]
_PH_LAST = ["Ranada", "Buan", "de Leon", "Gotinga", "Cupin", "Cepeda", "Bolledo", "Elemia"]
_MOODS = ["Happy", "Sad", "Angry", "Don't Care", "Inspired", "Afraid", "Amused", "Annoyed"]


def fam_rappler(c: Ctx) -> FamilyOut:
    """Rappler post: summary, RELATED lines, – Rappler.com sign-off, mood meter, Rappler+."""
    blocks = body_blocks(c, 0.35, 0.2, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="wp-block-heading">{esc(t)}</h2>')
    y, m, d = era_date(c, 2019, 2026)
    author = person(c, _PH_FIRST, _PH_LAST)
    section = pick(c, "Nation", "Philippines", "Business", "Environment", "Newsbreak", "World")
    n_rel = c.rng.randint(0, 2)
    if n_rel:
        c.used.append("rp-related")
        parts = weave(
            c,
            parts,
            n_rel,
            line_about(
                c,
                lambda h, u: (
                    f'<p class="wp-block-rappler-related"><strong>RELATED:</strong> <a href="{u}">{esc(h)}</a></p>'
                ),
                f"https://www.rappler.com/{slug(section)}/",
            ),
        )
    parts = sign_off(c, parts, 0.8, "<p>– Rappler.com</p>", "rp-signoff")
    img = ""
    if c.rng.random() < 0.8:
        c.used.append("rp-image")
        img = f'<figure class="post-single__featured-image"><img src="https://www.rappler.com/tachyon/{y}/{m:02d}/{hexid(c, 8)}.jpg?resize=1280%2C720&amp;zoom=1" alt=""><figcaption>{sentence(c)} {pick(c, "Photo by", "File photo by")} {esc(person(c, _PH_FIRST, _PH_LAST))}/Rappler</figcaption></figure>'
    moods = "".join(
        f'<li class="mood-meter__item"><button data-mood="{slug(x)}"><span class="mood-meter__label">{x}</span> <span class="mood-meter__pct">{c.rng.randint(0, 100)}%</span></button></li>'
        for x in _MOODS
    )
    c.used += "rp-header rp-crumbs rp-headline rp-summary rp-byline rp-mood-meter rp-plus rp-comments rp-more rp-footer".split()
    html = (
        f'<body class="post-template-default single single-post"><header class="masthead"><a class="masthead__logo" href="/">Rappler</a><nav class="masthead__nav"><a href="/nation/">Philippines</a> <a href="/world/">World</a> <a href="/voices/">Voices</a> <a href="/business/">Business</a> <a href="/entertainment/">Entertainment</a> <a href="/sports/">Sports</a> <a href="/newsbreak/">Newsbreak</a></nav><a class="masthead__plus" href="/plus/">Join Rappler+</a></header>'
        f'<main><article class="post-single"><nav class="breadcrumbs"><a href="/">Home</a> › <a href="/{slug(section)}/">{esc(section)}</a></nav><h1 class="post-single__title">{esc(c.body.title)}</h1>'
        f'<div class="post-single__summary"><p>{sentence(c, 2)}</p></div>'
        f'<div class="post-single__authors"><a href="/author/{slug(author)}/">{esc(author)}</a></div><time class="entry-date published post__timeago" datetime="{y}-{m:02d}-{d:02d}T{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:00+08:00">{MONTHS[m - 1][:3]} {d}, {y} {c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d} {pick(c, "AM", "PM")}</time>{img}'
        f'<div class="post-single__content entry-content">{"".join(parts)}</div>'
        f'<section class="mood-meter"><h3 class="mood-meter__title">How does this make you feel?</h3><ul>{moods}</ul></section>'
        f'<div class="rappler-plus-cta"><p>Sustain the journalism you trust. Become a member of Rappler+ to enjoy exclusive content and events.</p><a href="/plus/">Join Rappler+</a></div>'
        f'<section class="comments"><h3>Add a comment</h3><p>How does this make you feel? <a href="#">Log in</a> to join the discussion.</p></section>'
        f'<section class="more-from"><h2>More from Rappler</h2><ul>{related_links(c, 4, f"/{slug(section)}/")}</ul></section></article></main>'
        f'<footer class="site-footer"><p><a href="/about-rappler/">About Rappler</a> · <a href="/about/rappler-corrections-policy/">Corrections</a> · <a href="/about/terms-of-use/">Terms of Use</a> · <a href="/about/privacy-statement/">Privacy Statement</a></p><p>Copyright © {y} Rappler Inc. All rights reserved.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A South African digital daily (Daily-Maverick-like, custom)

_ZA_FIRST = ["Ferial", "Marianne", "Rebecca", "Ed", "Chris", "Tiisetso", "Nkateko", "Ray"]
_ZA_LAST = ["Haffajee", "Merten", "Davis", "Stoddard", "Makinana", "Mabuza", "Munusamy"]


def fam_dm_za(c: Ctx) -> FamilyOut:
    """Daily Maverick article: Read more in Daily Maverick lines, DM sign-off, peer review."""
    blocks = body_blocks(c, 0.35, 0.2, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h4><strong>{esc(t)}</strong></h4>")
    y, m, d = era_date(c, 2018, 2026)
    author = person(c, _ZA_FIRST, _ZA_LAST)
    section = pick(
        c,
        "South Africa",
        "Business Maverick",
        "Our Burning Planet",
        "Maverick Citizen",
        "World",
        "Opinionista",
    )
    n_more = c.rng.randint(0, 3)
    if n_more:
        c.used.append("dm-read-more")
        parts = weave(
            c,
            parts,
            n_more,
            line_about(
                c,
                lambda h, u: (
                    f'<p><strong>Read more in Daily Maverick: <a href="{u}">{esc(h)}</a></strong></p>'
                ),
                f"https://www.dailymaverick.co.za/article/{y}-{m:02d}-{d:02d}-",
            ),
        )
    parts = sign_off(
        c,
        parts,
        0.85,
        f"<p><strong>{pick(c, 'DM', 'DM', 'DM/OBP', 'DM/MC', 'DM168')}</strong></p>",
        "dm-signoff",
    )
    img = ""
    if c.rng.random() < 0.8:
        c.used.append("dm-image")
        img = f'<figure class="article-image"><img src="https://www.dailymaverick.co.za/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}.jpg" alt=""><figcaption>{sentence(c)} (Photo: {esc(person(c, _ZA_FIRST, _ZA_LAST))} / {pick(c, "Gallo Images", "Daily Maverick", "EPA-EFE", "Bloomberg via Getty Images")})</figcaption></figure>'
    c.used += "dm-header dm-section dm-headline dm-dek dm-byline dm-support dm-comment-rules dm-related dm-footer".split()
    html = (
        f'<body><div id="__next"><header class="header"><a href="/" class="logo">Daily Maverick</a><nav><a href="/section/south-africa/">South Africa</a> <a href="/section/business-maverick/">Business</a> <a href="/section/our-burning-planet/">Our Burning Planet</a> <a href="/section/opinionista/">Opinionistas</a> <a href="/dm168/">DM168</a></nav><a class="btn-insider" href="/insider/">Become an Insider</a></header>'
        f'<main class="article-container"><article><div class="article-section"><a href="/section/{slug(section)}/">{esc(section)}</a></div><h1 class="article-title">{esc(c.body.title)}</h1><p class="article-dek">{sentence(c)}</p>'
        f'<div class="article-meta"><span class="author"><a href="/author/{slug(author)}/">{esc(author)}</a></span> <span class="date">{d:02d} {MONTHS[m - 1][:3]} {y}</span> <span class="read-time">{c.rng.randint(3, 12)} min read</span></div>{img}'
        f'<div class="article-content">{"".join(parts)}</div>'
        f'<div class="support-dm"><h3>Support Daily Maverick</h3><p>Journalism that holds power to account costs money. Become a Maverick Insider and help us keep it free for all.</p><a href="/insider/">Become an Insider</a></div>'
        f'<section class="comments-section"><h3>Comments - share your knowledge and experience</h3><p>Please peer review 3 community comments before your comment can be posted</p><p>Only Daily Maverick Insiders can comment. <a href="/insider/">Become an Insider</a> and join the conversation.</p></section>'
        f'<section class="related"><h3>Related articles</h3><ul>{related_links(c, 4, f"/article/{y}-{m:02d}-")}</ul></section></article></main>'
        f'<footer class="footer"><p><a href="/about/">About us</a> | <a href="/contact/">Contact</a> | <a href="/terms/">Terms and Conditions</a> | <a href="/privacy/">Privacy Policy</a></p><p>Daily Maverick © All Rights Reserved</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. An Indian digital native on WordPress (ThePrint-like)

_IN_FIRST = ["Apoorva", "Nayanima", "Sanya", "Moushumi", "Suraj", "Ananya", "Amrita", "Shanker"]
_IN_LAST = ["Mandavilli", "Basu", "Dhingra", "Das Gupta", "Singh Bisht", "Bhardwaj", "Nayak"]


def fam_theprint(c: Ctx) -> FamilyOut:
    """ThePrint post: Also read lines, (Edited by NAME), channels line, crisis appeal."""
    blocks = body_blocks(c, 0.35, 0.2, 0.2)
    parts, gold = body_html(c, blocks, lambda t: f"<h3><strong>{esc(t)}</strong></h3>")
    y, m, d = era_date(c, 2017, 2026)
    author = person(c, _IN_FIRST, _IN_LAST)
    cat = pick(c, "Politics", "India", "Economy", "Defence", "Opinion", "Health")
    n_also = c.rng.randint(0, 3)
    if n_also:
        c.used.append("tp-also-read")
        parts = weave(
            c,
            parts,
            n_also,
            line_about(
                c,
                lambda h, u: f'<p><strong>Also read: <a href="{u}">{esc(h)}</a></strong></p>',
                f"https://theprint.in/{slug(cat)}/",
            ),
        )
    parts = sign_off(
        c,
        parts,
        0.7,
        f"<p><em>(Edited by {esc(person(c, _IN_FIRST, _IN_LAST))})</em></p>",
        "tp-edited-by",
    )
    channels = (
        '<p class="channels-line"><strong>Subscribe to our channels on <a href="https://www.youtube.com/c/ThePrintIndia">YouTube</a> &amp; <a href="https://t.me/theprintindia">Telegram</a></strong></p>'
        if c.rng.random() < 0.6
        else ""
    )
    img = ""
    if c.rng.random() < 0.8:
        c.used.append("tp-image")
        img = f'<figure class="wp-caption"><img src="https://static.theprint.in/wp-content/uploads/{y}/{m:02d}/{hexid(c, 10)}.jpg?compress=true&amp;quality=80&amp;w=800&amp;dpr=1.3" alt=""><figcaption class="wp-caption-text">{sentence(c)} | Photo: {pick(c, "ANI", "PTI", "Praveen Jain | ThePrint", "Suraj Singh Bisht | ThePrint")}</figcaption></figure>'
    c.used += "tp-header tp-category tp-headline tp-excerpt tp-byline tp-updated tp-share tp-appeal tp-popular tp-footer".split()
    html = (
        f'<body class="post-template-default single single-post"><header class="site-header"><a class="logo" href="https://theprint.in/">ThePrint</a><ul class="menu"><li><a href="/category/politics/">Politics</a></li><li><a href="/category/governance/">Governance</a></li><li><a href="/category/economy/">Economy</a></li><li><a href="/category/defence/">Defence</a></li><li><a href="/category/opinion/">Opinion</a></li><li><a href="/category/india/">India</a></li></ul><a class="subscribe" href="/subscribe/">Subscribe</a></header>'
        f'<main class="site-content"><article class="post"><div class="post-category"><a href="/category/{slug(cat)}/">{esc(cat)}</a></div><h1 class="entry-title">{esc(c.body.title)}</h1><p class="post-excerpt">{sentence(c)}</p>'
        f'<div class="post-meta"><span class="author">{esc(author)}</span> <span class="updated">Updated: {d} {MONTHS[m - 1]}, {y} {c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d} {pick(c, "am", "pm")} IST</span></div>'
        f'<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">LinkedIn</a></div>{img}'
        f'<div class="entry-content">{"".join(parts)}</div>{channels}'
        f'<div class="support-appeal"><h3>Why news media is in crisis &amp; How you can fix it</h3><p>India needs free, fair, non-hyphenated and questioning journalism even more as it faces multiple crises. But the news media is in a crisis of its own.</p><a href="/subscribe/">Subscribe now</a></div></article>'
        f'<aside class="sidebar"><div class="ad"><span>Advertisement</span></div><div class="most-popular"><h3>Most Popular</h3><ol>{most_read(c, 5, "https://theprint.in/india/", False)}</ol></div></aside></main>'
        f'<footer class="site-footer"><p><a href="/about-us/">About Us</a> | <a href="/careers/">Careers</a> | <a href="/contact-us/">Contact Us</a> | <a href="/privacy-policy/">Privacy Policy</a></p><p>Copyright © {y} Printline Media Pvt. Ltd. All rights reserved.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A New Zealand digital magazine on headless WordPress with Next.js (The-Spinoff-like)

_NZ_FIRST = ["Toby", "Madeleine", "Alex", "Tara", "Duncan", "Anna", "Stewart", "Shanti"]
_NZ_LAST = ["Manhire", "Chapman", "Braae", "Ward", "Greive", "Rawhiti-Connell", "Sowman-Lund"]


def fam_spinoff(c: Ctx) -> FamilyOut:
    """Next.js post: editor's note, Bulletin block, sponsor line, Members appeal, NEXT_DATA."""
    blocks = body_blocks(c, 0.35, 0.2, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2018, 2026)
    author = person(c, _NZ_FIRST, _NZ_LAST)
    section = pick(
        c, "Politics", "Pop Culture", "Kai", "Te Ao Māori", "Society", "Auckland", "Business"
    )
    if c.rng.random() < 0.5:
        c.used.append("so-bulletin-block")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                '<div class="newsletter-block"><h4>Subscribe to The Bulletin</h4><p>Get the day’s top stories delivered to your inbox every weekday morning.</p><form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>'
            ),
        )
    note = ""
    if c.rng.random() < 0.3:
        c.used.append("so-editors-note")
        note = f'<div class="editors-note"><p><em>{sentence(c)}</em></p></div>'
    sponsor = ""
    if c.rng.random() < 0.4:
        c.used.append("so-sponsor-line")
        sponsor = f'<div class="sponsor-block"><p>Made possible by <a href="#">{pick(c, "Kiwibank", "Creative New Zealand", "Auckland Council", "Z Energy")}</a></p></div>'
    img = ""
    if c.rng.random() < 0.85:
        c.used.append("so-image")
        img = f'<figure class="post-header__image"><img src="https://thespinoff.co.nz/_next/image?url=https%3A%2F%2Fwp.thespinoff.co.nz%2Fwp-content%2Fuploads%2F{y}%2F{m:02d}%2F{hexid(c, 8)}.jpg&amp;w=1920&amp;q=75" alt=""><figcaption>{sentence(c)} (Image: {pick(c, "Getty Images", "Archi Banal", "Tina Tiller", "RNZ")})</figcaption></figure>'
    state = json.dumps(
        {
            "props": {
                "pageProps": {
                    "post": {
                        "id": c.rng.randint(100000, 400000),
                        "slug": slug(c.body.title)[:60],
                        "section": section,
                    }
                }
            },
            "page": "/[category]/[...slug]",
            "buildId": hexid(c, 12),
        }
    )
    c.used += "so-header so-section so-headline so-excerpt so-byline so-members so-keep-going so-footer so-next-data".split()
    html = (
        f'<body><div id="__next"><header class="site-header"><a class="logo" href="/">The Spinoff</a><nav><a href="/politics">Politics</a> <a href="/pop-culture">Pop Culture</a> <a href="/kai">Kai</a> <a href="/te-ao-maori">Te Ao Māori</a> <a href="/society">Society</a> <a href="/business">Business</a></nav><a class="members-button" href="/members">Members</a></header>'
        f'<main><article class="single-post"><header class="post-header"><a class="post-header__category" href="/{slug(section)}">{esc(section)}</a><h1 class="post-header__title">{esc(c.body.title)}</h1><p class="post-header__excerpt">{sentence(c)}</p>'
        f'<p class="post-header__byline">By <a href="/authors/{slug(author)}">{esc(author)}</a> <time>{d} {MONTHS[m - 1]} {y}</time></p>{img}</header>{note}'
        f'<div class="the-content">{"".join(parts)}</div>{sponsor}'
        f'<div class="members-block"><h3>Join Members</h3><p>The Spinoff is made possible by the support of our members. Join today to help us keep our journalism free for everyone.</p><a href="/members">Join Members</a></div>'
        f'<section class="keep-going"><h2>Keep going!</h2><ul>{related_links(c, 4, f"/{slug(section)}/{d:02d}-{m:02d}-{y}/")}</ul></section></article></main>'
        f'<footer class="site-footer"><p><a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/privacy-policy">Privacy</a> · <a href="/advertise">Advertise</a></p><p>© {y} The Spinoff</p></footer></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{state}</script></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A UK-based international opinion and investigations site (openDemocracy-like)

_UK_FIRST = ["Adam", "Jenna", "Peter", "Anita", "Claire", "Mary", "Ramzy", "Alice"]
_UK_LAST = ["Bychawski", "Corderoy", "Geoghegan", "Ramasastry", "Provost", "Fitzgerald", "Baroud"]


def fam_opendemocracy(c: Ctx) -> FamilyOut:
    """openDemocracy article: rich-text body, newsletter box, Read more box, CC licence line."""
    blocks = body_blocks(c, 0.4, 0.2, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2019, 2026)
    author = person(c, _UK_FIRST, _UK_LAST)
    section = pick(
        c,
        "openDemocracyUK",
        "Dark Money Investigations",
        "5050",
        "Global Extremes",
        "democraciaAbierta",
        "Beyond Trafficking and Slavery",
    )
    if c.rng.random() < 0.6:
        c.used.append("od-newsletter-box")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                '<div class="newsletter-inline"><h3>We’ve got a newsletter for everyone</h3><p>Whatever you’re interested in, there’s a free openDemocracy newsletter for you.</p><a href="/newsletters/">Sign up now</a></div>'
            ),
        )
    if c.rng.random() < 0.5:
        c.used.append("od-read-more")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<aside class="read-more-box"><h4>Read more</h4><ul>{related_links(c, c.rng.randint(1, 2), "/en/")}</ul></aside>'
            ),
        )
    img = ""
    if c.rng.random() < 0.75:
        c.used.append("od-image")
        img = f'<figure class="article-page__image"><img src="https://cdn.opendemocracy.net/media/images/{hexid(c, 10)}.width-800.jpg" alt=""><figcaption>{sentence(c)} <span class="credit">| {pick(c, "Alamy Stock Photo", "Guy Bell/Shutterstock", "PA Images", "Reuters")}</span></figcaption></figure>'
    c.used += "od-header od-section od-headline od-standfirst od-byline od-licence od-bio od-appeal od-related od-footer".split()
    html = (
        f'<body class="article-page"><header class="main-header"><a class="logo" href="/en/">openDemocracy</a><nav><a href="/en/opendemocracyuk/">UK</a> <a href="/en/5050/">5050</a> <a href="/en/democraciaabierta/">democraciaAbierta</a> <a href="/en/podcasts/">Podcasts</a> <a href="/en/newsletters/">Newsletters</a></nav><a class="donate" href="/en/donate/">Donate</a></header>'
        f'<main><article class="article-page__article"><div class="article-page__labels"><a href="/en/{slug(section)}/">{esc(section)}</a> <span class="label-topic">{pick(c, "Analysis", "Investigation", "Opinion", "Interview")}</span></div><h1 class="article-page__title">{esc(c.body.title)}</h1><p class="article-page__standfirst">{sentence(c)}</p>'
        f'<div class="article-page__meta"><a class="author" href="/en/author/{slug(author)}/">{esc(author)}</a> <time>{d} {MONTHS[m - 1][:3]} {y}, {c.rng.randint(0, 23):02d}.{c.rng.randint(0, 59):02d}</time></div>{img}'
        f'<div class="article-page__rich-text">{"".join(parts)}</div>'
        f'<p class="article-page__license"><a href="https://creativecommons.org/licenses/by-nc/4.0/">This article is published under a Creative Commons Attribution-NonCommercial 4.0 International licence.</a> If you have any queries about republishing please contact us.</p>'
        f'<div class="article-page__author-bio"><p><strong>{esc(author)}</strong> {sentence(c)}</p></div>'
        f'<div class="appeal"><h3>Had enough of ‘alternative facts’?</h3><p>openDemocracy is different. Join the conversation: get our weekly email.</p><a href="/en/newsletters/">Sign up</a></div>'
        f'<section class="related-stories"><h2>Related stories</h2><ul>{related_links(c, 3, "/en/")}</ul></section></article></main>'
        f'<footer class="main-footer"><p><a href="/en/about/">About</a> · <a href="/en/contact/">Contact</a> · <a href="/en/privacy-notice/">Privacy notice</a> · <a href="/en/write-for-opendemocracy/">Write for us</a></p><p>openDemocracy is an independent international media platform. Registered in England and Wales.</p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "pp-investigation": (fam_pp_investigation, "news"),
    "calmatters-wpvip": (fam_calmatters, "politics"),
    "txtrib-django": (fam_txtrib, "ecb"),
    "conv-explainer": (fam_conversation, "tech"),
    "verso-weekly": (fam_verso, "news"),
    "slate-custom": (fam_slate, "entertainment"),
    "mojo-wpvip": (fam_mojo, "politics"),
    "rappler-ph": (fam_rappler, "news"),
    "dm-za": (fam_dm_za, "business"),
    "theprint-in": (fam_theprint, "lede"),
    "spinoff-nz": (fam_spinoff, "news"),
    "opendemocracy-uk": (fam_opendemocracy, "business"),
}

_LANG = {
    "rappler-ph": "en-PH",
    "dm-za": "en-ZA",
    "theprint-in": "en-IN",
    "spinoff-nz": "en-NZ",
    "opendemocracy-uk": "en-GB",
    "conv-explainer": "en",
}

_HEAD = {
    "pp-investigation": '<meta property="og:site_name" content="ProPublica"><link rel="stylesheet" href="/static/dist/css/app.css">',
    "calmatters-wpvip": '<meta name="generator" content="WordPress 6.4.2"><link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css">',
    "txtrib-django": '<meta property="og:site_name" content="The Texas Tribune"><meta name="parsely-section" content="News">',
    "conv-explainer": '<meta property="og:site_name" content="The Conversation"><link rel="license" href="https://creativecommons.org/licenses/by-nd/4.0/">',
    "verso-weekly": '<meta property="og:site_name" content="The New Yorker"><script>window.__PRELOADED_STATE__ = {"transformed":{"article":{"headerProps":{}}}};</script>',
    "slate-custom": '<meta property="og:site_name" content="Slate Magazine"><link rel="stylesheet" href="/css/article.css">',
    "mojo-wpvip": '<meta name="generator" content="WordPress 6.2"><meta property="og:site_name" content="Mother Jones">',
    "rappler-ph": '<meta property="og:site_name" content="RAPPLER"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Rappler"}}</script>',
    "dm-za": '<meta property="og:site_name" content="Daily Maverick"><meta name="next-head-count" content="42">',
    "theprint-in": '<meta name="generator" content="WordPress 6.1.1"><meta property="og:site_name" content="ThePrint">',
    "spinoff-nz": '<meta property="og:site_name" content="The Spinoff"><meta name="next-head-count" content="38">',
    "opendemocracy-uk": '<meta property="og:site_name" content="openDemocracy"><link rel="stylesheet" href="/static/css/main.css">',
}


def an_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's English variant, canonical link, viewport and platform
    tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en-US")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 3901) -> list[Page]:
    """Set AN: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment")
    return draw_set(
        "an", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=an_head
    )


if __name__ == "__main__":  # page_families_an.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 3901)

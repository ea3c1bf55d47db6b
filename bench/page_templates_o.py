"""Set O of the constructed pages: families of news, magazine and blog publishers' page
structures (media and independent writers on 2020-2026 stacks) that sets A-N lack. Six are
here (a regional paper on a Brightspot-like SaaS CMS, a live-updated explainer with a "What we
know" box, a Q&A explainer whose answers sit in `<details>` accordions, a scrollytelling
feature whose middle is step blocks over a sticky graphic, a text-only "lite" news page, an
opinion column with a correction and an "About the author" footer); page_families_o.py holds
the others and `build_pages`.

Why a fifteenth set: sets A-N have all been seen by the extractor's builders, so the next
held-out judge needs structures it has not been checked on. Written in session 12 (helper
h-seto) without reading digest's extraction code, notes, docs, README, tests or any helper's
report, and frozen (committed) before anyone ran digest on it; its builder never ran digest,
trafilatura, readability or bench_pages on it. The plumbing (Ctx, Page, draw_set, body_kinds,
render, weave) is that of sets D-N, imported.

The gold follows sets D-N (page_templates_d.py's to _n.py's docstrings): body paragraphs,
subheadings, lists, tables, quotes, code blocks, the dateline; never the headline, standfirst,
byline, captions, pull quotes, comments or furniture. Decisions for this module's families,
written down before the families were coded:
- a regional paper on a Brightspot-like CMS: the paragraphs and subheadings of the
  `RichTextArticleBody-body` are article; the `Enhancement` blocks inside that same div (an
  image with caption and credit, a "RELATED:" story link, a newsletter sign-up, a "Watch"
  video promo), the section label, headline, sub-headline, byline with the "Published /
  Updated" dates, the share bar, "Most Read" list, the "Subscribe for $1" banner, the
  "Around the Web" sponsored list and the footer are not;
- a live-updated explainer: the explainer's paragraphs and subheadings are article; the
  "Updated N minutes ago" stamp, the "What we know" box above the body (bullets made of the
  body's first sentences: a summary), the "Follow our live coverage" banner inside the body,
  the "Update log" list at the end ("14:05 - This story has been updated with ..."), the
  topic chips and the "More on this story" cards are not;
- a Q&A explainer in accordions: the intro paragraphs, each question (the `<summary>` of a
  `<details>` element; it is a subheading of the text) and its answer blocks are article; the
  "At a glance" fact box (a `<dl>` of figures), the "Expand all" button, the "Have a
  question? Ask us" form, the "Sources" list, the byline and "Read more explainers" are not;
- a scrollytelling feature: the intro paragraphs, the text of every scroll step (each step a
  `div.step` over a sticky graphic) and the outro paragraphs are article; the sticky graphic
  (an SVG chart with axis labels and notes), the "Scroll to continue" hint, the progress bar,
  the "About this story" methodology note and the "Graphics by / Edited by" credits are not;
- a text-only "lite" news page (lite.cnn / text.npr-like): the story paragraphs and
  subheadings are article; the site line with "Go to full site", the headline, the "By X" and
  date lines (plain `<p>`s in the same container as the story), the "Source: X" line, the
  "See full web article" link and the footer links are not;
- an opinion column: the column's paragraphs and subheadings are article; the "Opinion"
  label, the columnist's photo and name, "Guest essay" / "Column" tags, the correction note
  after the text ("Correction: An earlier version of this column ..."), the "views expressed"
  disclaimer, the "About the author" footer, "More from this columnist", the "Letters" box,
  the comment count and the comments are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import re

from page_templates import PEOPLE, Block, Ctx, esc, slug
from page_templates_b import headlines
from page_templates_e import brand, chunks, hexid, sentence
from page_templates_j import iso, links, weave
from page_templates_l import day, render, summary_items

FamilyOut = tuple[str, list[Block]]

_CITIES = ["Springfield", "Riverton", "Lakewood", "Fairview", "Greenville", "Milford", "Ashland"]


def _paper(c: Ctx) -> str:
    kind = c.rng.choice(["Tribune", "Ledger", "Register", "Daily Press", "Star-Journal"])
    return f"The {c.rng.choice(_CITIES)} {kind}"


# ---------------------------------------------------------------------------------------------
# 1. A regional paper on a Brightspot-like SaaS CMS


def _bsp_enhancement(c: Ctx) -> str:
    align = c.rng.choice(["center", "left", "right"])
    roll = c.rng.random()
    if roll < 0.35:
        c.used.append("bsp-image")
        inner = f'<figure class="Figure"><picture><img class="Image" src="https://ewscripps.brightspotcdn.com/dims4/default/{hexid(c, 7)}/2147483647/strip/true/crop/1280x720+0+0/resize/1280x720!/quality/90/?url={hexid(c, 12)}.jpg" alt="" width="1280" height="720"></picture><div class="Figure-content"><div class="Figure-caption">{sentence(c)}</div><div class="Figure-credit">{c.rng.choice(PEOPLE)}/{c.rng.choice(["AP", "Staff", "Contributed"])}</div></div></figure>'
    elif roll < 0.65:
        c.used.append("bsp-related")
        h = headlines(c, 1)[0]
        inner = f'<div class="RelatedStory"><p><b>RELATED: </b><a class="Link" href="/news/local-news/{slug(h)[:50]}">{esc(h)}</a></p></div>'
    elif roll < 0.85:
        c.used.append("bsp-newsletter")
        inner = '<div class="NewsletterSignupInline"><h4 class="NewsletterSignupInline-title">Sign up for our Morning Headlines</h4><p class="NewsletterSignupInline-description">Get the day\'s top local stories delivered to your inbox.</p><form><input type="email" placeholder="Email address"><button class="Button">Sign Up</button></form></div>'
    else:
        c.used.append("bsp-video")
        inner = f'<div class="VideoEnhancement"><div class="VideoEnhancement-player" data-video-id="{hexid(c, 10)}"></div><p class="VideoEnhancement-title">Watch: {esc(headlines(c, 1)[0])}</p></div>'
    return f'<div class="Enhancement" data-align-{align}=""><div class="Enhancement-item">{inner}</div></div>'


def fam_brightspot(c: Ctx) -> FamilyOut:
    """A regional paper on a Brightspot-like CMS: Enhancement blocks inside the rich-text body."""
    parts, gold = render(c, c.body.blocks, lambda t: f"<h3>{esc(t)}</h3>")
    body = weave(c, parts, c.rng.randint(2, 4), lambda: _bsp_enhancement(c))
    paper = _paper(c)
    who = c.rng.choice(PEOPLE)
    section = c.rng.choice(["Local News", "Politics", "Education", "Business", "Weather"])
    most = "".join(
        f'<li class="List-items-item"><div class="PromoB"><span class="PromoB-number">{i}</span><a class="Link" href="/news/{slug(h)[:50]}">{esc(h)}</a></div></li>'
        for i, h in enumerate(headlines(c, 5), 1)
    )
    c.used += "bsp-header bsp-section bsp-byline bsp-share bsp-most-read bsp-subscribe bsp-sponsored bsp-footer".split()
    html = (
        f'<body class="Page ArticlePage" data-content-type="article"><div class="Page-above"><div class="SubscribeBanner" data-banner="promo"><p>{c.rng.choice(["Unlimited digital access for $1", "Subscribe for $1 a month", "Support local journalism: 3 months for $3"])}</p><a class="Button" href="/subscribe">Subscribe</a></div></div>'
        f'<header class="Page-header"><div class="Page-header-bar"><button class="Page-header-menu-trigger" aria-label="Menu"></button><a class="Page-header-logo" href="/"><span>{paper}</span></a><nav class="Page-header-navigation"><ul class="Navigation-items"><li class="Navigation-items-item"><a href="/news">News</a></li><li class="Navigation-items-item"><a href="/sports">Sports</a></li><li class="Navigation-items-item"><a href="/opinion">Opinion</a></li><li class="Navigation-items-item"><a href="/obituaries">Obituaries</a></li><li class="Navigation-items-item"><a href="/e-edition">e-Edition</a></li></ul></nav><a class="Page-header-login" href="/account/login">Sign In</a></div></header>'
        f'<main class="Page-main"><div class="Page-content"><div class="ArticlePage-breadcrumbs"><a class="Page-breadcrumb" href="/news/{slug(section)}">{section}</a></div>'
        f'<h1 class="Page-headline">{esc(c.body.title)}</h1><h2 class="Page-subHeadline">{sentence(c)}</h2>'
        f'<div class="Page-byline"><div class="Page-authors">By <a class="Link" href="/staff/{slug(who)}">{who}</a></div><div class="Page-datePublished">Published {day(c)} at {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {c.rng.choice(["AM", "PM"])}</div><div class="Page-dateModified">Updated {day(c)}</div></div>'
        f'<div class="Page-actions"><ul class="ActionBar"><li><a href="https://www.facebook.com/sharer/sharer.php">Share on Facebook</a></li><li><a href="https://twitter.com/intent/tweet">Share on X</a></li><li><a href="mailto:?subject=">Email</a></li><li><button>Print</button></li></ul></div>'
        f'<div class="Page-articleBody"><div class="RichTextArticleBody RichTextBody"><div class="RichTextArticleBody-body RichTextBody">{"".join(body)}</div></div></div>'
        f'<div class="Page-below"><div class="ListT"><h3 class="ListT-title">Around the Web</h3><ul>{links(c, 4, "sponsored/")}</ul><span class="Sponsored-label">Sponsored</span></div></div></div>'
        f'<aside class="Page-aside"><div class="List ListD"><h2 class="List-title">Most Read</h2><ul class="List-items">{most}</ul></div></aside></main>'
        f'<footer class="Page-footer"><div class="Page-footer-logo">{paper}</div><ul class="Page-footer-navigation"><li><a href="/contact-us">Contact Us</a></li><li><a href="/fcc-public-file">FCC Public File</a></li><li><a href="/privacy-policy">Privacy Policy</a></li><li><a href="/terms-of-use">Terms of Use</a></li></ul><p class="Page-footer-disclaimer">Copyright {c.rng.randint(2021, 2026)} {paper}. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 2. A live-updated explainer with a "What we know" box


def fam_whatweknow(c: Ctx) -> FamilyOut:
    """A developing story's explainer: 'What we know' summary box, update log at the end."""
    parts, gold = render(c, c.body.blocks, lambda t: f'<h2 class="article-subhead">{esc(t)}</h2>')
    live = f'<div class="live-banner" role="complementary"><span class="live-dot" aria-hidden="true"></span><strong>LIVE</strong> <a href="/live/{slug(c.body.title)[:40]}">Follow our live coverage for the latest updates</a></div>'
    c.used.append("explainer-live-banner")
    body = weave(c, parts, 1, lambda: live)
    box_title = c.rng.choice(["What we know", "What we know so far", "Key facts", "The latest"])
    log = "".join(
        f"<li><time>{c.rng.randint(6, 23):02d}:{c.rng.randint(0, 59):02d}</time> {c.rng.choice(['This story has been updated with new information.', 'Adds comment from officials.', 'Updates figures in the fifth paragraph.', 'This article was first published at'])}</li>"
        for _ in range(c.rng.randint(2, 4))
    )
    org = f"{brand(c)} {c.rng.choice(['News', 'Now', 'Today', 'Daily'])}"
    who = c.rng.choice(PEOPLE)
    cards = "".join(
        f'<li class="story-card"><a href="/news/{slug(h)[:50]}"><img src="/img/{hexid(c, 8)}.webp" alt=""><span class="story-card__title">{esc(h)}</span><span class="story-card__time">{c.rng.randint(1, 11)} hours ago</span></a></li>'
        for h in headlines(c, 3)
    )
    c.used += "explainer-header explainer-stamp explainer-whatweknow explainer-byline explainer-update-log explainer-topics explainer-more explainer-footer".split()
    html = (
        f'<body class="article-page developing"><header class="site-header"><a class="site-header__logo" href="/">{org}</a><nav class="site-header__nav"><a href="/world">World</a><a href="/politics">Politics</a><a href="/climate">Climate</a><a href="/live">Live</a></nav><a class="site-header__cta" href="/newsletters">Newsletters</a></header>'
        f'<main id="main"><article class="article"><header class="article-header"><span class="article-label article-label--developing">Developing story</span><h1 class="article-headline">{esc(c.body.title)}</h1>'
        f'<div class="article-meta"><span class="article-byline">By {who}</span> <span class="article-stamp" data-updated="{iso(c)}">Updated {c.rng.randint(2, 55)} minutes ago</span></div></header>'
        f'<aside class="key-facts" aria-labelledby="kf-title"><h2 id="kf-title" class="key-facts__title">{box_title}</h2><ul class="key-facts__list">{summary_items(c, c.body.blocks, 3, 5)}</ul></aside>'
        f'<div class="article-body" data-component="text-block">{"".join(body)}</div>'
        f'<section class="update-log"><h3 class="update-log__title">Update log</h3><ul>{log}</ul></section>'
        f'<ul class="article-topics"><li><a href="/topics/{slug(brand(c))}">{brand(c)}</a></li><li><a href="/topics/explainers">Explainers</a></li></ul></article>'
        f'<section class="more-on-story"><h2>More on this story</h2><ul class="story-cards">{cards}</ul></section></main>'
        f'<footer class="site-footer"><p>© {c.rng.randint(2022, 2026)} {org}. <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/corrections">Corrections</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. A Q&A explainer whose answers sit in <details> accordions

_EXPLAINER_QS = [
    "What happened?",
    "Why does it matter?",
    "Who is affected?",
    "How did we get here?",
    "What has been said about it?",
    "What are the key numbers?",
    "What happens next?",
    "What are critics saying?",
    "When will we know more?",
    "Is this likely to change?",
]


def fam_details_qa(c: Ctx) -> FamilyOut:
    """A Q&A explainer: intro, then each question a <summary> with its answer in <details>."""
    blocks = c.body.blocks
    n_intro = 1 if len(blocks) < 6 else 2
    intro, gold = render(c, blocks[:n_intro], lambda t: f"<h2>{esc(t)}</h2>")
    qs = sorted(c.rng.sample(_EXPLAINER_QS, 6), key=_EXPLAINER_QS.index)
    rest = chunks(c, blocks[n_intro:], min(6, c.rng.randint(3, 6)))
    items = []
    for q, part in zip(qs, [r for r in rest if r], strict=False):
        answer, g = render(c, part, lambda t: f"<h4>{esc(t)}</h4>")
        gold += [("h", q), *g]
        items.append(
            f'<details class="qa-item" id="q-{slug(q)[:30]}"{" open" if c.rng.random() < 0.3 else ""}><summary class="qa-item__question"><h3>{esc(q)}</h3><span class="qa-item__icon" aria-hidden="true"></span></summary><div class="qa-item__answer">{"".join(answer)}</div></details>'
        )
    facts = "".join(
        f"<div><dt>{label}</dt><dd>{value}</dd></div>"
        for label, value in [
            ("When", day(c)),
            ("Where", c.rng.choice(_CITIES)),
            (
                c.rng.choice(["People affected", "Cost", "Homes affected"]),
                f"{c.rng.randint(2, 900):,}{c.rng.choice([',000', 'm', ''])}",
            ),
        ]
    )
    org = f"{brand(c)} {c.rng.choice(['Explained', 'Public Media', 'Post', 'Observer'])}"
    who = c.rng.choice(PEOPLE)
    c.used += "qa-header qa-byline qa-at-a-glance qa-expand-all qa-ask-form qa-sources qa-more qa-footer".split()
    html = (
        f'<body class="explainer-template"><header class="masthead"><a class="masthead__brand" href="/">{org}</a><nav><a href="/news">News</a><a href="/explainers">Explainers</a><a href="/podcasts">Podcasts</a></nav><a class="masthead__donate" href="/donate">Donate</a></header>'
        f'<main><article class="explainer"><p class="explainer__kicker">Explainer</p><h1 class="explainer__title">{esc(c.body.title)}</h1><p class="explainer__byline">By {who} · {day(c)}</p>'
        f'<aside class="at-a-glance"><h2 class="at-a-glance__title">At a glance</h2><dl class="at-a-glance__list">{facts}</dl></aside>'
        f'<div class="explainer__intro">{"".join(intro)}</div>'
        f'<div class="qa-list"><button class="qa-list__toggle" type="button" data-action="expand-all">Expand all</button>{"".join(items)}</div>'
        f'<section class="ask-us"><h2>Have a question? Ask us</h2><p>Our reporters answer readers\' questions every week.</p><form><textarea name="question" placeholder="Your question"></textarea><input type="email" placeholder="Email (optional)"><button>Send</button></form></section>'
        f'<section class="explainer__sources"><h2>Sources</h2><ol><li><a href="/source/1">{esc(headlines(c, 1)[0])}</a></li><li><a href="/source/2">{esc(headlines(c, 1)[0])}</a></li></ol></section></article>'
        f'<section class="more-explainers"><h2>Read more explainers</h2><ul>{links(c, 4, "explainers/")}</ul></section></main>'
        f'<footer class="site-footer"><p>{org} is a nonprofit, member-supported newsroom.</p><p><a href="/ethics">Ethics policy</a> · <a href="/privacy">Privacy</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 4. A scrollytelling feature (text in step blocks over a sticky graphic)


def _sticky_chart(c: Ctx) -> str:
    years = sorted(c.rng.sample(range(2000, 2026), 4))
    ticks = "".join(
        f'<text class="axis-label" x="{60 + i * 120}" y="290">{y}</text>'
        for i, y in enumerate(years)
    )
    return f'<figure class="scrolly__graphic" aria-hidden="true"><svg viewBox="0 0 480 300" role="img"><g class="axis">{ticks}<text class="axis-label" x="10" y="20">{c.rng.choice(["Share of households", "Tonnes per year", "Average price", "Number of cases"])}</text></g><path class="line" d="M60,{c.rng.randint(100, 260)} L180,{c.rng.randint(60, 260)} L300,{c.rng.randint(60, 260)} L420,{c.rng.randint(40, 260)}"></path><text class="annotation" x="300" y="50">{c.rng.choice(["Peak", "Record high", "Policy change", "Lowest since records began"])}</text></svg><figcaption class="scrolly__source">Source: {c.rng.choice(["Census Bureau", "Eurostat", "World Bank", "National Statistics Office"])} · Chart: {c.rng.choice(PEOPLE)}</figcaption></figure>'


def fam_scrolly(c: Ctx) -> FamilyOut:
    """A scrollytelling feature: intro, then step blocks over a sticky chart, then the outro."""
    blocks = c.body.blocks
    n = len(blocks)
    a = 2 if n > 6 else 1
    b = min(n - 1, a + c.rng.randint(3, 6)) if n - a >= 3 else n
    intro, g1 = render(c, blocks[:a], lambda t: f'<h2 class="prose__h2">{esc(t)}</h2>')
    steps: list[str] = []
    g2: list[Block] = []
    for i, block in enumerate(blocks[a:b]):
        h, g = render(c, [block], lambda t: f'<h3 class="step__title">{esc(t)}</h3>')
        g2 += g
        steps.append(
            f'<div class="step{" is-active" if i == 0 else ""}" data-step="{i}"><div class="step__content">{"".join(h)}</div></div>'
        )
    outro, g3 = render(c, blocks[b:], lambda t: f'<h2 class="prose__h2">{esc(t)}</h2>')
    pub = f"{brand(c)} {c.rng.choice(['Times', 'Magazine', 'Report', 'Post'])}"
    who, editor = c.rng.sample(PEOPLE, 2)
    c.used += "scrolly-header scrolly-progress scrolly-hint scrolly-graphic scrolly-methodology scrolly-credits scrolly-footer".split()
    html = (
        f'<body class="interactive-page"><div class="progress-bar" role="progressbar" aria-valuenow="0" style="width:0%"></div><header class="interactive-header"><a class="interactive-header__logo" href="/">{pub}</a><a class="interactive-header__subscribe" href="/subscribe">Subscribe</a></header>'
        f'<main class="interactive"><header class="hed-wrap"><h1 class="hed">{esc(c.body.title)}</h1><p class="dek">{sentence(c)}</p><p class="byline">By {who} · {day(c)}</p><div class="scroll-hint" aria-hidden="true">Scroll to continue ↓</div></header>'
        f'<div class="prose prose--intro">{"".join(intro)}</div>'
        f'<section class="scrolly" id="scrolly-{hexid(c, 4)}"><div class="scrolly__sticky">{_sticky_chart(c)}</div><div class="scrolly__steps">{"".join(steps)}</div></section>'
        f'<div class="prose prose--outro">{"".join(outro)}</div>'
        f'<aside class="methodology"><h2 class="methodology__title">About this story</h2><p>{c.rng.choice(["Figures are adjusted for inflation.", "Data was collected from public records and verified with the agencies involved.", "Totals may not add up because of rounding."])} {sentence(c)}</p></aside>'
        f'<p class="credits">Graphics by {c.rng.choice(PEOPLE)}. Edited by {editor}. Additional reporting by {c.rng.choice(PEOPLE)}.</p></main>'
        f'<footer class="site-footer"><p>© {c.rng.randint(2021, 2026)} {pub}</p><a href="/graphics">More graphics and interactives</a></footer></body></html>'
    )
    return html, g1 + g2 + g3


# ---------------------------------------------------------------------------------------------
# 5. A text-only "lite" news page


def fam_lite_news(c: Ctx) -> FamilyOut:
    """A text-only news page: byline and date as plain <p>s beside the story's paragraphs."""
    style = c.rng.choice(["cnn", "npr"])
    who = c.rng.choice(PEOPLE)
    c.used += "lite-site-line lite-byline lite-date lite-source lite-full-link lite-footer".split()
    if style == "cnn":
        parts, gold = render(
            c,
            c.body.blocks,
            lambda t: f'<h2 class="subheader--lite">{esc(t)}</h2>',
            '<p class="paragraph--lite">',
        )
        html = (
            f'<body><div class="layout-homepage__lite"><header class="header--lite"><a href="/">{brand(c)} <span>lite</span></a> | <a href="https://www.{c.site}">Go to the full {brand(c)} experience</a></header>'
            f'<div class="layout-article-elevate__lite"><article class="article--lite"><h2 class="headline headline--lite">{esc(c.body.title)}</h2><p class="byline--lite">By {who}, {brand(c)}</p><p class="timestamp--lite">Updated: {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {c.rng.choice(["AM", "PM"])} EDT, {c.rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"])} {day(c)}</p><p class="source--lite">Source: <a href="https://www.{c.site}">{brand(c)}</a></p>'
            f'<div class="article__content--lite">{"".join(parts)}</div><p class="see-full--lite"><a href="https://www.{c.site}/{slug(c.body.title)[:40]}">See Full Web Article</a></p></article></div>'
            f'<footer class="footer--lite"><a href="/">Go to the full {brand(c)} experience</a><p>© {c.rng.randint(2022, 2026)} {brand(c)}. All Rights Reserved.</p><a href="/terms">Terms of Use</a> | <a href="/privacy">Privacy Policy</a> | <a href="/ad-choices">Ad Choices</a></footer></div></body></html>'
        )
        return html, gold
    parts, gold = render(c, c.body.blocks, lambda t: f"<h3>{esc(t)}</h3>")
    html = (
        f'<body><header><nav class="topic-nav"><a href="/">{brand(c).upper()} : National Public Radio</a> <a href="https://www.{c.site}">Go To Full Site</a></nav></header>'
        f'<main><div class="topic-container"><h1 class="story-title">{esc(c.body.title)}</h1><div class="story-head"><p>By {who}</p><p>{c.rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])}, {day(c)} • {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {c.rng.choice(["AM", "PM"])} ET</p></div>'
        f'<div class="paragraphs-container">{"".join(parts)}</div></div></main>'
        f'<footer><ul class="footer-links"><li><a href="/">News</a></li><li><a href="/culture">Culture</a></li><li><a href="/music">Music</a></li><li><a href="https://www.{c.site}/about/privacypolicy">Privacy Policy</a></li><li><a href="https://www.{c.site}">Go To Full Site</a></li></ul></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 6. An opinion column with a correction and "About the author"


def _comment(c: Ctx) -> str:
    c.used.append("opinion-comment")
    return f'<div class="coral-comment"><div class="coral-comment-username">{slug(c.rng.choice(PEOPLE)).replace("-", "")}{c.rng.randint(1, 99)}</div><div class="coral-comment-timestamp">{c.rng.randint(1, 20)} hours ago</div><div class="coral-comment-content"><p>{sentence(c, c.rng.randint(1, 2))}</p></div><button class="coral-comment-replyButton">Reply</button> <button class="coral-reaction-button">Respect {c.rng.randint(0, 90)}</button></div>'


def fam_opinion(c: Ctx) -> FamilyOut:
    """An opinion column: correction note and disclaimer after the text, author footer, comments."""
    parts, gold = render(c, c.body.blocks, lambda t: f'<h2 class="op-subhead">{esc(t)}</h2>')
    who = c.rng.choice(PEOPLE)
    paper = _paper(c)
    fix = c.rng.choice(
        [
            f"the year the program began. It was {c.rng.randint(2009, 2022)}",
            f"the name of a {c.rng.choice(['council member', 'school board trustee', 'state senator'])}. She is {c.rng.choice(PEOPLE)}",
            f"the cost of the project. It is ${c.rng.randint(2, 90)} million",
            f"the number of residents affected. It is about {c.rng.randint(2, 60) * 100:,}",
        ]
    )
    correction = f'<p class="op-correction"><em>Correction: An earlier version of this column misstated {fix}.</em></p>'
    disclaimer = '<p class="op-disclaimer"><em>The views expressed in this column are the author\'s own and do not necessarily reflect those of the editorial board.</em></p>'
    tail = (correction if c.rng.random() < 0.7 else "") + disclaimer
    comments = "".join(_comment(c) for _ in range(c.rng.randint(2, 5)))
    kind = c.rng.choice(["Column", "Guest essay", "Commentary", "Perspective"])
    c.used += "opinion-label opinion-columnist opinion-tags opinion-correction opinion-disclaimer opinion-about-author opinion-more opinion-letters opinion-count opinion-footer".split()
    html = (
        f'<body class="opinion section-opinion"><header class="site-header"><a class="site-header__logo" href="/">{paper}</a><nav><a href="/news">News</a><a href="/opinion" class="is-active">Opinion</a><a href="/sports">Sports</a><a href="/life">Life</a></nav><a href="/subscribe" class="btn-subscribe">Subscribe</a></header>'
        f'<main><article class="op-article"><header class="op-header"><a class="op-label" href="/opinion">Opinion</a><span class="op-kind">{kind}</span><h1 class="op-headline">{esc(c.body.title)}</h1>'
        f'<div class="op-columnist"><img class="op-columnist__photo" src="/staff/{slug(who)}.jpg" alt="{who}"><div><a class="op-columnist__name" href="/opinion/columnists/{slug(who)}">{who}</a><span class="op-columnist__role">{c.rng.choice(["Columnist", "Contributing writer", "Guest columnist"])}</span><time datetime="{iso(c)}">{day(c)}</time></div></div>'
        f'<a class="op-comments-count" href="#comments">{c.rng.randint(3, 400)} comments</a></header>'
        f'<div class="op-body">{"".join(parts)}{tail}</div>'
        f'<footer class="op-about"><h2 class="op-about__title">About the author</h2><p>{who} {c.rng.choice(["is a former city council member and writes about local government.", "teaches history at a community college and writes a monthly column.", "is a retired nurse and a community organizer.", "writes about housing, transport and the economy."])} {c.rng.choice(["Reach them at", "Email:"])} {slug(who)}@example.org.</p></footer></article>'
        f'<section class="op-more"><h2>More from {who}</h2><ul>{links(c, 3, "opinion/")}</ul></section>'
        f'<aside class="op-letters"><h2>Letters to the editor</h2><p>Have something to say about this column? <a href="/opinion/letters/submit">Submit a letter</a> of up to 200 words.</p><ul>{links(c, 2, "opinion/letters/")}</ul></aside>'
        f'<section id="comments" class="coral-stream"><h2>Comments</h2><div class="coral-comments">{comments}</div><button class="coral-load-more">Load more</button></section></main>'
        f'<footer class="site-footer"><p>© {c.rng.randint(2021, 2026)} {paper} · <a href="/ethics">Ethics and standards</a> · <a href="/corrections">Corrections policy</a></p></footer></body></html>'
    )
    return html, gold


_SENT_END = re.compile(r"(?<=[.!?])\s+")


def tweetable(blocks: list[Block]) -> list[str]:
    """The body as posts of at most 280 characters: each paragraph cut at sentence ends (a long
    sentence is a post of its own); list items and quotes one post each; headings, tables and
    code are left out."""
    posts: list[str] = []
    for kind, value in blocks:
        if kind in ("ul", "ol"):
            posts += [str(v) for v in value]  # type: ignore[attr-defined]
        elif kind in ("p", "quote", "dateline"):
            cur = ""
            for s in _SENT_END.split(str(value)):
                if cur and len(cur) + 1 + len(s) > 280:
                    posts.append(cur)
                    cur = s
                else:
                    cur = f"{cur} {s}" if cur else s
            if cur:
                posts.append(cur)
    return posts

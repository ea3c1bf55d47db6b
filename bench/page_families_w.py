"""Set W of the constructed pages: 12 families (Nordic, Central / Eastern European, Middle
Eastern and South Asian news publishers; finance, science and sports specialist publications),
and `build_pages`.

Six families are in page_templates_w.py (a Finnish Sanoma-like daily, a Czech iDNES-like
portal, a Hungarian Index-like portal, a Lithuanian Delfi-like portal, a Hebrew ynet-like
portal, a Persian news agency); here a Pakistani English daily of the Dawn kind, a Hindi news
portal, a personal-finance site with affiliate product cards, a science news aggregator of the
Phys.org kind, a cricket match report of the ESPNcricinfo kind and a motorsport news site of
the Motorsport.com kind. Written blind to digest's extraction rules and frozen before anyone
ran digest on it; its builder never ran digest, trafilatura, readability or bench_pages on it
(session 15, helper h-setw). The gold convention is in page_templates_w.py's docstring; the
decisions for this module's families, written down before they were coded:
- a Pakistani English daily of the Dawn kind (2012-2024): the paragraphs, subheadings, lists
  and quotes of `div.story__content` are article, with the "ISLAMABAD:" dateline of the first
  paragraph; the header (e-paper, Urdu / Aurora / Images links), the title, the excerpt
  (`div.story__excerpt`, standfirst), the byline and "Published ... Updated ...", the share
  bar, the lead image with its caption, the "Read: ..." / "Also read: ..." link paragraphs (the
  body's `<p>` markup), the "Advertisement" slots, the italic "Header image: ..." credit line
  at the end of the text (a caption in the body's markup: furniture), the comments (closed or
  open, with the "Comments are moderated" notice), "Most popular", the sponsored links and the
  footer ("Dawn Group") are not;
- a Hindi news portal (Jagran- / Amar-Ujala-like, 2016-2025): the paragraphs, subheadings and
  lists of `div.article-desc` are article, the "नई दिल्ली, जागरण संवाददाता।" dateline of the
  first paragraph included; the breadcrumb, the title, the "हाइलाइट्स" bullet box above the
  text (a summary of the text, like a standfirst), "Edited By: NAME" and "Updated: ... (IST)",
  "Google News पर फॉलो करें", the lead image with its caption, the "यह भी पढ़ें:" link
  paragraphs (bold label and link, the body's `<p>` markup) and "विज्ञापन" slots between the
  paragraphs, the web-story strip, "टैग्स", "संबंधित खबरें" and the footer are not;
- a personal-finance site with affiliate cards (NerdWallet- / Bankrate-like, 2018-2025): the
  paragraphs, subheadings, lists and tables of the article (`div.article-content`) are article;
  the "Advertiser disclosure" button and the partner disclaimer paragraph ("Many or all of the
  products featured here are from our partners ..."), the breadcrumb, the title, "Written by /
  Edited by" with "Updated ...", the fact-checked badge, the product cards inside the text
  (rating, APY, minimum balance, "Learn more", "on X's website"), the "MORE LIKE THIS" chips,
  the author box, the "On a similar note..." links and the long legal footer (NMLS ID, "We
  believe everyone should be able to make financial decisions with confidence") are not;
- a science news aggregator of the Phys.org kind (Science X, 2012-2025): the paragraphs,
  subheadings, lists and quotes of `div.article-main` are article; the network bar (Phys.org /
  Medical Xpress / Tech Xplore), the breadcrumb, the editorial-process banner ("This article
  has been reviewed according to Science X's editorial process ... fact-checked ...
  proofread"), the title, "by NAME, University of X", the date, the image with "Credit:"
  caption, the "Explore further" box and ads inside the text, the "More information: ... DOI:"
  reference paragraph, "Journal information:", "Provided by ...", the "Citation: ... retrieved
  ... from https://..." paragraph, the "This document is subject to copyright" notice (all
  five the aggregator's boilerplate after the text), the "Feedback to editors" box, the
  newsletter form, "Relevant PhysicsForums posts" and the footer are not;
- a cricket match report of the ESPNcricinfo kind (2012-2025): the paragraphs, subheadings
  and lists of the report body are article; the header, the match strip (teams, scores, "won
  by N runs", "Player of the match"), the report's title and standfirst, the byline and date,
  the "Scorecard | Report | Ball by ball" tabs, the scorecard summary table (a data panel
  beside the text, like set K's scoreboard), the "Ad" slots and the "Related: ..." links
  between the paragraphs, the italic contributor line at the end of the text ("NAME is a
  senior assistant editor at ...": a bio, in the body's `<p>` markup), the "Also see" links and
  the footer ("© ESPN Sports Media Ltd.") are not;
- a motorsport news site of the Motorsport.com kind (2014-2025): the paragraphs, subheadings,
  lists and quotes of `div.ms-article-content` are article; the series menu, the breadcrumb,
  the title, the standfirst, the author and date, the hero photo with "Photo by: NAME /
  Motorsport Images", the "Read Also:" boxes, the photo galleries and ads inside the text, the
  "Prime" upsell, the race-results widget (a data table outside the prose), "Latest news",
  the comments teaser ("Join the conversation") and the footer are not.

    .venv/bin/python bench/page_families_w.py PAGE_ID 2201
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence, with_dateline
from page_templates_j import weave
from page_templates_p import as_list, headed
from page_templates_q import pick, user
from page_templates_s import _MONTHS, body_html, era_date, quoted
from page_templates_v import clock, heads_list
from page_templates_w import (
    fam_cz_idnes,
    fam_fi_sanoma,
    fam_hu_index,
    fam_il_ynet,
    fam_ir_agency,
    fam_lt_delfi,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


# ---------------------------------------------------------------------------------------------
# 7. A Pakistani English daily of the Dawn kind


def fam_pk_dawn(c: Ctx) -> FamilyOut:
    """A Dawn-like story: excerpt, dateline, "Read:" lines, Advertisement, Header image credit."""
    city = pick(c, "ISLAMABAD", "KARACHI", "LAHORE", "PESHAWAR", "QUETTA")
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.2), "ul", 0.2), 0.3)
    if c.rng.random() < 0.7:
        c.used.append("pk-dateline")
        blocks = with_dateline(c, blocks, f"{city}:", " ")
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")

    def insert() -> str:
        if c.rng.random() < 0.5:
            c.used.append("pk-read")
            return f"<p>{pick(c, 'Read:', 'Also read:', 'Read more:')} {c.link(headlines(c, 1)[0])}</p>"
        c.used.append("pk-ad")
        return f'<div class="ad ad--inarticle"><span class="ad__label">Advertisement</span><div id="div-gpt-ad-{c.rng.randint(10**12, 10**13)}-{c.rng.randint(0, 5)}"></div></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    if c.rng.random() < 0.35:
        c.used.append("pk-header-image")
        parts.append(
            f"<p><em>Header image: {sentence(c)} — {pick(c, 'Reuters', 'AFP', 'APP', 'White Star', 'PPI')}/File</em></p>"
        )
    y, m, d = era_date(c, 2012, 2024)
    who = pick(c, c.rng.choice(PEOPLE), "Dawn Report", "Our Correspondent", "Reuters", "APP")
    closed = c.rng.random() < 0.4
    n = 0 if closed else c.rng.randint(0, 4)
    cmts = "".join(
        f'<div class="comment"><div class="comment__meta"><span class="comment__author">{esc(user(c))}</span> <span class="comment__time">{_MONTHS[m - 1][:3]} {d}, {y} {clock(c)}pm</span></div><div class="comment__body">{sentence(c)}</div><div class="comment__votes">Recommend <span>{c.rng.randint(0, 99)}</span></div></div>'
        for _ in range(n)
    )
    closed_note = '<p class="comments__closed">Comments are closed.</p>' if closed else ""
    c.used += "pk-header pk-title pk-excerpt pk-byline pk-dates pk-share pk-lead-image pk-comments pk-most-popular pk-sponsored pk-footer".split()
    html = (
        f'<body><header class="header"><div class="header__top"><a href="/epaper">E-Paper</a> | <a href="https://www.{c.site}/urdu">Urdu</a> | <a href="https://aurora.{c.site}">Aurora</a> | <a href="https://images.{c.site}">Images</a> | <a href="https://www.{c.site}/tech">Prism</a></div><a class="logo" href="/">{brand(c)}</a><nav class="nav"><a href="/latest-news">Latest</a><a href="/pakistan">Pakistan</a><a href="/opinion">Opinion</a><a href="/business">Business</a><a href="/world">World</a><a href="/sport">Sport</a><a href="/magazines">Magazines</a></nav></header>'
        f'<main class="container"><article class="story" data-id="{c.rng.randint(10**6, 2 * 10**6)}"><h2 class="story__title" data-layout="story"><a class="story__link" href="/news/{c.rng.randint(10**6, 2 * 10**6)}/{slug(c.body.title)}">{esc(c.body.title)}</a></h2>'
        f'<div class="story__excerpt">{sentence(c)}</div><div class="story__byline"><span class="story__byline__author"><a href="/authors/{c.rng.randint(100, 9999)}/{slug(who)}">{who}</a></span></div>'
        f'<div class="story__time"><span class="timestamp--label">Published</span> <span class="timestamp__time">{_MONTHS[m - 1]} {d}, {y}</span>{f" <span class=timestamp--label>Updated</span> <span class=timestamp__time>{_MONTHS[m - 1]} {d}, {y} {clock(c)}pm</span>" if c.rng.random() < 0.5 else ""}</div>'
        f'<div class="story__share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#comments">Comments ({n})</a></div>'
        f'<figure class="media media--lead"><img src="https://i.{c.site}/large/{y}/{m:02d}/{hexid(c, 13)}.jpg" alt=""><figcaption class="media__caption">{sentence(c)} — {pick(c, "Reuters", "AFP", "DawnNewsTV", "White Star")}</figcaption></figure>'
        f'<div class="story__content overflow-hidden text-4 sm:text-4.5 pt-1 mt-1">{"".join(parts)}</div></article>'
        f'<section id="comments" class="comments"><h3>Comments ({n})</h3>{closed_note}<p class="comments__notice">Comments are moderated and generally will be posted if they are on-topic and not abusive.</p>{cmts}</section>'
        f'<aside class="sidebar"><div class="box"><h3>Most popular</h3><ol>{heads_list(c, 5, "/news/")}</ol></div><div class="sponsored"><h3>Sponsored</h3><ul>{heads_list(c, 3, "https://ads.example.net/")}</ul></div></aside></main>'
        f'<footer class="footer"><p>Copyright © {y}, {brand(c)} Group of Newspapers</p><a href="/about">About us</a> <a href="/advertise">Advertise</a> <a href="/privacy">Privacy Policy</a> <a href="/contact">Contact us</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Hindi news portal (Jagran- / Amar-Ujala-like)


def fam_hi_portal(c: Ctx) -> FamilyOut:
    """A Hindi portal: हाइलाइट्स box, dateline, "यह भी पढ़ें:" lines, विज्ञापन, web stories."""
    city = pick(c, "नई दिल्ली", "लखनऊ", "पटना", "वाराणसी", "जयपुर", "भोपाल")
    blocks = as_list(c, headed(c, c.body.blocks, 0.3), "ul", 0.2)
    if c.rng.random() < 0.75:
        c.used.append("hi-dateline")
        blocks = with_dateline(
            c,
            blocks,
            f"{city}, {pick(c, 'जागरण संवाददाता', 'एजेंसी', 'डिजिटल डेस्क', 'ऑनलाइन डेस्क')}।",
            " ",
        )
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")

    def insert() -> str:
        if c.rng.random() < 0.55:
            c.used.append("hi-yah-bhi")
            return f"<p><strong>यह भी पढ़ें: </strong>{c.link(headlines(c, 1)[0])}</p>"
        c.used.append("hi-ad")
        return f'<div class="ad-container"><span class="ad-text">विज्ञापन</span><div id="div-gpt-ad-{hexid(c, 10)}"></div></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    y, m, d = era_date(c, 2016, 2025)
    highlights = ""
    if c.rng.random() < 0.6:
        c.used.append("hi-highlights")
        highlights = f'<div class="highlights"><h3>हाइलाइट्स</h3><ul>{"".join(f"<li>{sentence(c)}</li>" for _ in range(c.rng.randint(2, 3)))}</ul></div>'
    who = c.rng.choice(PEOPLE)
    stories = "".join(
        f'<a class="webstory" href="/web-stories/{slug(h)[:30]}"><img src="https://img.{c.site}/ws/{hexid(c, 8)}.jpg" alt=""><span>{esc(h)}</span></a>'
        for h in headlines(c, 4)
    )
    tags = "".join(
        f'<a href="/topics/{slug(t) or hexid(c, 5)}">{t}</a>'
        for t in c.rng.sample(
            ["राजनीति", "दिल्ली", "उत्तर प्रदेश", "चुनाव", "मौसम", "क्राइम", "बिजनेस"], 3
        )
    )
    c.used += "hi-breadcrumb hi-title hi-editor hi-updated hi-google-news hi-lead-image hi-web-stories hi-tags hi-related hi-footer".split()
    html = (
        f'<body><header class="topHeader"><a class="logo" href="/">{brand(c)}</a><nav><a href="/news/national-news-hindi.html">देश</a><a href="/world-news-hindi.html">दुनिया</a><a href="/uttar-pradesh.html">उत्तर प्रदेश</a><a href="/business-hindi.html">बिजनेस</a><a href="/cricket-hindi.html">क्रिकेट</a><a href="/entertainment-hindi.html">मनोरंजन</a></nav><a class="epaper" href="/epaper">ई-पेपर</a></header>'
        f'<div class="articleContainer"><div class="breadcrumb"><a href="/">होम</a> » <a href="/news/national-news-hindi.html">देश</a></div><h1 class="articleHd">{esc(c.body.title)}</h1>{highlights}'
        f'<div class="articleMeta"><span class="editedBy">Edited By: {who}</span> <span class="dateInfo">Updated: {pick(c, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}, {d:02d} {_MONTHS[m - 1][:3]} {y} {clock(c)} {pick(c, "AM", "PM")} (IST)</span></div>'
        f'<div class="followGoogle"><a href="https://news.google.com/publications/{hexid(c, 12)}">Google News पर फॉलो करें</a></div>'
        f'<div class="bodyImg"><img src="https://www.{c.site}/images/{y}/{m:02d}/{d:02d}/article/image/{slug(c.body.title)[:20]}-{c.rng.randint(10**12, 10**13)}.jpg" alt=""><p class="imgCaption">{sentence(c)} (फाइल फोटो)</p></div>'
        f'<div class="article-desc ArticleBody">{"".join(parts)}</div>'
        f'<div class="webStories"><h3>वेब स्टोरी</h3>{stories}</div><div class="tagsBox"><span>टैग्स</span> {tags}</div>'
        f'<div class="relatedNews"><h3>संबंधित खबरें</h3><ul>{heads_list(c, 4, "/news/")}</ul></div></div>'
        f'<footer class="footer"><p>Copyright © {y} {brand(c)} Prakashan Ltd. All rights reserved.</p><a href="/about-us">हमारे बारे में</a> <a href="/privacy-policy">प्राइवेसी पॉलिसी</a> <a href="/contact-us">संपर्क करें</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A personal-finance site with affiliate product cards


def _pf_card(c: Ctx) -> str:
    c.used.append("pf-product-card")
    bank = f"{pick(c, 'Ally', 'Marcus', 'Discover', 'Capital One', 'SoFi', 'Synchrony', 'Barclays')} {pick(c, 'High Yield Savings', 'Online Savings', '360 Performance Savings', 'Cash Rewards Card', 'CD 12-month')}"
    return (
        f'<div class="product-card" data-product-id="{hexid(c, 12)}"><div class="product-card__header"><img src="/assets/logos/{slug(bank)}.png" alt=""><h4 class="product-card__name">{bank}</h4>'
        f'<div class="rating"><span class="rating__label">{brand(c)} rating</span> <span class="rating__value">{c.rng.randint(35, 50) / 10}</span>/5</div></div>'
        f'<div class="product-card__body"><dl><dt>APY</dt><dd>{c.rng.randint(100, 530) / 100:.2f}%</dd><dt>Min. balance for APY</dt><dd>${pick(c, "0", "100", "500", "1,000")}</dd><dt>Bonus</dt><dd>{pick(c, "N/A", "$200", "Up to $300")}</dd></dl></div>'
        f'<div class="product-card__cta"><a class="btn" href="https://www.{c.site}/r/{hexid(c, 8)}" rel="sponsored">Learn more</a><span class="cta-sub">on {bank.split()[0]}\'s website</span></div></div>'
    )


def fam_pf_affiliate(c: Ctx) -> FamilyOut:
    """A personal-finance article: advertiser disclosure, product cards, tables, legal footer."""
    blocks = as_list(
        c, as_list(c, headed(c, c.body.blocks, 0.7), "ul", 0.35), "table", 0.3, ("#", "Step")
    )
    parts, gold = body_html(
        c, blocks, lambda t: f'<h2 class="article-heading" id="{slug(t)[:30]}">{esc(t)}</h2>'
    )
    parts = weave(c, parts, c.rng.randint(1, 3), lambda: _pf_card(c))
    y, m, d = era_date(c, 2018, 2025)
    writer, editor = c.rng.sample(PEOPLE, 2)
    chips = "".join(
        f'<a class="chip" href="/{slug(t)}">{t}</a>'
        for t in c.rng.sample(
            [
                "Banking",
                "Savings Accounts",
                "Credit Cards",
                "Investing",
                "Mortgages",
                "Personal Loans",
                "Taxes",
            ],
            3,
        )
    )
    c.used += "pf-disclosure pf-partner-note pf-breadcrumb pf-title pf-byline pf-fact-checked pf-more-like pf-author-box pf-similar pf-legal-footer".split()
    html = (
        f'<body><header class="site-header"><a class="logo" href="/">{brand(c)}</a><nav><a href="/credit-cards">Credit cards</a><a href="/banking">Banking</a><a href="/mortgages">Mortgages</a><a href="/investing">Investing</a><a href="/insurance">Insurance</a><a href="/loans">Loans</a></nav><a class="signin" href="/login">Sign in</a></header>'
        f'<main><div class="breadcrumbs"><a href="/banking">Banking</a> › <a href="/banking/savings">Savings</a></div>'
        f'<div class="disclosure"><button class="advertiser-disclosure">Advertiser disclosure</button><p class="partner-note">Many or all of the products featured here are from our partners who compensate us. This influences which products we write about and where and how the product appears on a page. However, this does not influence our evaluations. Our opinions are our own.</p></div>'
        f'<article><h1 class="article-title">{esc(c.body.title)}</h1><div class="byline"><span>Written by <a href="/author/{slug(writer)}">{writer}</a></span> <span>Edited by <a href="/author/{slug(editor)}">{editor}</a></span> <span class="updated">Updated {_MONTHS[m - 1][:3]} {d}, {y}</span> <span class="fact-checked">✓ Fact checked</span></div>'
        f'<div class="article-content">{"".join(parts)}</div>'
        f'<div class="more-like-this"><span>MORE LIKE THIS</span> {chips}</div>'
        f'<div class="author-box"><img src="/authors/{slug(writer)}.jpg" alt=""><p><strong>About the author:</strong> {writer} is a writer covering {pick(c, "banking", "credit", "personal finance", "investing")}. {sentence(c)} <a href="/author/{slug(writer)}">Read more</a></p></div></article>'
        f'<aside class="similar"><h3>On a similar note...</h3><ul>{heads_list(c, 4, "/article/banking/")}</ul></aside></main>'
        f'<footer class="legal-footer"><p>Disclaimer: {brand(c)} strives to keep its information accurate and up to date. This information may be different than what you see when you visit a financial institution, service provider or specific product’s site. All financial products, shopping products and services are presented without warranty.</p><p>We believe everyone should be able to make financial decisions with confidence. {brand(c)}, Inc., 55 Hawthorne St. - 10th Floor, San Francisco, CA 94105. NMLS ID# {c.rng.randint(1000000, 1999999)}. © {y} {brand(c)}. All Rights Reserved.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A science news aggregator of the Phys.org kind

_UNIS = [
    "University of Leeds",
    "ETH Zurich",
    "Kyoto University",
    "Rice University",
    "University of Copenhagen",
    "Monash University",
    "Max Planck Society",
]


def fam_sciencex(c: Ctx) -> FamilyOut:
    """A Science X article: editorial banner, Credit captions, More information / Provided by / Citation."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.25), "ul", 0.2), 0.4)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    uni = c.rng.choice(_UNIS)

    def insert() -> str:
        r = c.rng.random()
        if r < 0.4:
            c.used.append("sx-figure")
            return f'<figure class="article-img"><img src="https://scx1.b-cdn.net/csz/news/800a/{c.rng.randint(2012, 2025)}/{slug(c.body.title)[:20]}.jpg" alt=""><figcaption class="text-darken text-low-up text-truncate-js">{sentence(c)} Credit: {pick(c, uni, "Nature (2023). DOI: 10.1038/s41586-023-0" + str(c.rng.randint(1000, 9999)), "Pixabay/CC0 Public Domain", "NASA/JPL-Caltech")}</figcaption></figure>'
        if r < 0.7:
            c.used.append("sx-explore")
            return f'<div class="article-banner first-banner"><div class="explore-further"><span class="explore-label">Explore further</span><a href="/news/{c.rng.randint(2012, 2025)}-{c.rng.randint(1, 12):02d}-{slug(headlines(c, 1)[0])[:40]}.html">{esc(headlines(c, 1)[0])}</a></div></div>'
        c.used.append("sx-ad")
        return '<div class="d-none d-print-none d-md-block"><div class="ads-336x280">Advertisement</div></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    y, m, d = era_date(c, 2012, 2025)
    who = c.rng.choice(PEOPLE)
    journal = pick(
        c,
        "Nature",
        "Science",
        "Physical Review Letters",
        "Nature Communications",
        "PNAS",
        "The Astrophysical Journal",
    )
    tail = f'<div class="article-main__more p-4"><p><strong>More information:</strong> {who.split()[1]} et al, {esc(headlines(c, 1)[0])}, <i>{journal}</i> ({y}). <a href="https://dx.doi.org/10.{c.rng.randint(1000, 1200)}/{hexid(c, 10)}">DOI: 10.{c.rng.randint(1000, 1200)}/{hexid(c, 10)}</a></p></div>'
    if c.rng.random() < 0.7:
        tail += f'<div class="article-main__journal"><p><strong>Journal information:</strong> <a href="/journals/{slug(journal)}/">{journal}</a></p></div>'
    tail += f'<div class="article-main__credit"><p>Provided by <a href="/partners/{slug(uni)}/">{uni}</a></p></div>'
    citation = f'<div class="article-main__citation"><p><strong>Citation</strong>: {esc(c.body.title)} ({y}, {_MONTHS[m - 1]} {d}) retrieved {min(d + 1, 28)} {_MONTHS[m - 1]} {y} from https://{c.site}/news/{y}-{m:02d}-{slug(c.body.title)}.html</p><p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.</p></div>'
    c.used += "sx-network sx-breadcrumb sx-editorial sx-title sx-byline sx-more-information sx-provided-by sx-citation sx-feedback sx-newsletter sx-forums sx-footer".split()
    html = (
        f'<body><div class="network-bar"><a href="https://{c.site}/">Phys.org</a> <a href="https://medicalxpress.com/">Medical Xpress</a> <a href="https://techxplore.com/">Tech Xplore</a> <a href="https://sciencex.com/">Science X</a></div>'
        f'<header class="header"><a class="logo" href="/">{brand(c)}</a><nav><a href="/nanotech-news/">Nanotechnology</a><a href="/physics-news/">Physics</a><a href="/earth-news/">Earth</a><a href="/space-news/">Astronomy &amp; Space</a><a href="/chemistry-news/">Chemistry</a><a href="/biology-news/">Biology</a></nav></header>'
        f'<main class="container"><article class="news-article"><div class="breadcrumbs"><a href="/{pick(c, "physics", "space", "earth", "biology")}-news/">{pick(c, "Physics", "Space Exploration", "Environment", "Ecology")}</a></div>'
        f'<div class="article-gallery-editorial"><p>This article has been reviewed according to Science X\'s <a href="/help/editorial-policies/">editorial process</a> and <a href="/help/editorial-policies/">policies</a>. Editors have highlighted the following attributes while ensuring the content\'s credibility: <span>fact-checked</span> <span>{pick(c, "peer-reviewed publication", "trusted source", "preprint")}</span> <span>proofread</span></p></div>'
        f'<h1 class="text-extra-large line-low mb-2">{esc(c.body.title)}</h1><div class="article-byline text-low"><p>{_MONTHS[m - 1]} {d}, {y}</p><p>by {who}, {uni}</p>{f"<p>edited by {c.rng.choice(PEOPLE)}</p>" if c.rng.random() < 0.5 else ""}</div>'
        f'<div class="article-main">{"".join(parts)}{tail}{citation}</div>'
        f'<div class="article-feedback"><h3>Feedback to editors</h3><button>Use this form if you have come across a typo, inaccuracy or would like to send an edit request</button></div></article>'
        f'<aside class="sidebar"><div class="newsletter"><h3>Stay informed</h3><p>Get daily science news in your inbox</p><form><input type="email" placeholder="your@email.com"><button>Subscribe</button></form></div><div class="forums"><h3>Relevant PhysicsForums posts</h3><ul>{heads_list(c, 3, "https://www.physicsforums.com/threads/")}</ul></div><div class="latest"><h3>More news stories</h3><ul>{heads_list(c, 4, "/news/")}</ul></div></aside></main>'
        f'<footer class="footer"><p>© Phys.org 2003 - {y} powered by Science X Network</p><a href="/help/privacy-policy/">Privacy policy</a> <a href="/help/terms-of-use/">Terms of use</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A cricket match report of the ESPNcricinfo kind

_TEAMS = [
    "India",
    "Pakistan",
    "Australia",
    "England",
    "South Africa",
    "New Zealand",
    "Sri Lanka",
    "Bangladesh",
    "West Indies",
    "Afghanistan",
]


def fam_cricket_report(c: Ctx) -> FamilyOut:
    """A cricket report: match strip, tabs, scorecard summary, Related lines, contributor line."""
    blocks = as_list(c, headed(c, c.body.blocks, 0.2), "ul", 0.15)
    parts, gold = body_html(
        c,
        blocks,
        lambda t: f'<h2 class="ds-text-title-s">{esc(t)}</h2>',
        '<p class="ci-html-content">',
    )

    def insert() -> str:
        if c.rng.random() < 0.5:
            c.used.append("cr-related")
            return f'<p class="ci-html-content"><b>Related: </b><a href="/story/{slug(headlines(c, 1)[0])[:40]}-{c.rng.randint(10**6, 2 * 10**6)}">{esc(headlines(c, 1)[0])}</a></p>'
        c.used.append("cr-ad")
        return f'<div class="ds-my-4 ad-slot"><span class="ds-text-tight-xs">Ad</span><div id="ad-inline-{c.rng.randint(1, 4)}"></div></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    a, b = c.rng.sample(_TEAMS, 2)
    ra, rb = c.rng.randint(220, 360), c.rng.randint(150, 330)
    wk = c.rng.randint(3, 9)
    result = (
        f"{a} won by {ra - rb} runs" if ra > rb else f"{b} won by {c.rng.randint(2, 8)} wickets"
    )
    y, m, d = era_date(c, 2012, 2025)
    who = c.rng.choice(PEOPLE)
    if c.rng.random() < 0.5:
        c.used.append("cr-contributor-line")
        parts.append(
            f'<p class="ci-html-content"><i>{who} is a {pick(c, "senior assistant editor", "correspondent", "senior writer", "sub-editor")} at {brand(c)}</i></p>'
        )
    players = "".join(
        f"<tr><td>{p}</td><td>{c.rng.randint(0, 130)}{pick(c, '', '*')} ({c.rng.randint(5, 120)})</td><td>{c.rng.randint(0, 5)}-{c.rng.randint(20, 70)}</td></tr>"
        for p in c.rng.sample(PEOPLE, 4)
    )
    c.used += "cr-header cr-match-strip cr-pom cr-tabs cr-title cr-standfirst cr-byline cr-scorecard cr-also-see cr-footer".split()
    html = (
        f'<body><header class="ds-bg-ui-fill"><a class="logo" href="/">{brand(c)}</a><nav><a href="/live-cricket-score">Live Scores</a><a href="/series">Series</a><a href="/team">Teams</a><a href="/records">Stats</a><a href="/cricket-news">News</a><a href="/cricket-videos">Videos</a></nav></header>'
        f'<div class="match-header ds-px-4"><div class="ds-text-tight-s">{pick(c, "1st ODI", "2nd Test", "3rd T20I", "Final", "Super Four")} ({pick(c, "D/N", "N")}), {pick(c, "Lahore", "Mumbai", "Melbourne", "Lord’s", "Dhaka", "Colombo")}, {_MONTHS[m - 1]} {d}, {y}</div>'
        f'<div class="ci-team-score"><span class="team">{a}</span> <span class="score">{ra}/{wk}</span> <span class="overs">(50 ov)</span></div><div class="ci-team-score"><span class="team">{b}</span> <span class="score">{rb}</span> <span class="overs">({c.rng.randint(38, 49)}.{c.rng.randint(1, 5)} ov)</span></div>'
        f'<p class="ds-text-tight-m"><span>{result}</span></p><div class="pom">Player Of The Match: <a href="/cricketers/{slug(who)}">{c.rng.choice(PEOPLE)}</a></div>'
        f'<nav class="match-tabs"><a href="/full-scorecard">Scorecard</a> <a class="active" href="/match-report">Report</a> <a href="/ball-by-ball-commentary">Ball by Ball</a> <a href="/match-statistics">Stats</a> <a href="/match-videos">Videos</a></nav></div>'
        f'<main class="ds-flex"><article class="ds-w-2/3"><div class="story-header"><h1 class="ds-text-title-l">{esc(c.body.title)}</h1><p class="ds-text-comfortable-l">{sentence(c)}</p><div class="byline">{who} · <span>{_MONTHS[m - 1][:3]} {d}, {y}, {clock(c)} GMT</span></div></div>'
        f'<figure><img src="https://img1.hscicdn.com/image/upload/lsci/db/PICTURES/CMS/{c.rng.randint(10**5, 10**6)}/{c.rng.randint(10**5, 10**6)}.jpg" alt=""><figcaption>{sentence(c)} <span>© {pick(c, "Getty Images", "AFP/Getty Images", "BCCI", "PCB", "ICC via Getty")}</span></figcaption></figure>'
        f'<div class="ci-story-body">{"".join(parts)}</div>'
        f'<div class="also-see"><h3>Also see</h3><ul>{heads_list(c, 3, "/story/")}</ul></div></article>'
        f'<aside class="ds-w-1/3"><div class="scorecard-summary"><h3>Scorecard summary</h3><table><thead><tr><th>Player</th><th>Bat</th><th>Bowl</th></tr></thead><tbody>{players}</tbody></table><a href="/full-scorecard">Full scorecard</a></div><div class="latest"><h3>Latest</h3><ul>{heads_list(c, 4, "/story/")}</ul></div></aside></main>'
        f'<footer class="ds-footer"><p>© {y} ESPN Sports Media Ltd. All rights reserved</p><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/feedback">Feedback</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A motorsport news site of the Motorsport.com kind

_DRIVERS = [
    "Max Verstappen",
    "Lewis Hamilton",
    "Charles Leclerc",
    "Lando Norris",
    "Carlos Sainz",
    "George Russell",
    "Oscar Piastri",
    "Fernando Alonso",
    "Sergio Perez",
    "Pierre Gasly",
]


def _ms_insert(c: Ctx) -> str:
    r = c.rng.random()
    if r < 0.4:
        c.used.append("ms-read-also")
        items = "".join(
            f'<li><a href="/f1/news/{slug(h)[:40]}/{c.rng.randint(10**7, 2 * 10**7)}/">{esc(h)}</a></li>'
            for h in headlines(c, c.rng.randint(1, 3))
        )
        return f'<div class="ms-read-also"><span class="ms-read-also__title">Read Also:</span><ul>{items}</ul></div>'
    if r < 0.7:
        c.used.append("ms-gallery")
        n = c.rng.randint(2, 4)
        pics = "".join(
            f'<figure class="ms-item-gallery__item"><img src="https://cdn-{c.rng.randint(1, 9)}.motorsport.com/images/amp/{hexid(c, 8)}/s6/{slug(c.rng.choice(_DRIVERS))}.jpg" alt=""><figcaption><span class="ms-item-gallery__caption">{esc(c.rng.choice(_DRIVERS))}, {pick(c, "Red Bull Racing RB20", "Ferrari SF-24", "McLaren MCL38", "Mercedes W15")}</span> <span class="ms-photo-by">Photo by: {c.rng.choice(PEOPLE)} / Motorsport Images</span></figcaption></figure>'
            for _ in range(n)
        )
        return f'<div class="ms-item-gallery"><div class="ms-item-gallery__count">{n} Photos</div>{pics}</div>'
    c.used.append("ms-ad")
    return f'<div class="ms-ad ms-ad--inread"><div class="ms-ad__label">Advertisement</div><div id="ms-ad-inread-{c.rng.randint(1, 5)}"></div></div>'


def fam_motorsport(c: Ctx) -> FamilyOut:
    """A Motorsport.com-like story: Read Also boxes, photo galleries, Prime upsell, results widget."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.25), "ul", 0.15), 0.45)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    parts = weave(c, parts, c.rng.randint(1, 3), lambda: _ms_insert(c))
    y, m, d = era_date(c, 2014, 2025)
    who = c.rng.choice(PEOPLE)
    gp = pick(c, "Bahrain", "Monaco", "British", "Italian", "Japanese", "Brazilian", "Abu Dhabi")
    results = "".join(
        f'<tr><td class="ms-table_cell--pos">{i}</td><td>{dr}</td><td>{"+" + str(c.rng.randint(1, 60)) + "." + str(c.rng.randint(100, 999)) + "s" if i > 1 else "1:" + str(c.rng.randint(28, 45)) + ":" + str(c.rng.randint(10, 59)) + "." + str(c.rng.randint(100, 999))}</td><td>{[25, 18, 15, 12, 10, 8][i - 1]}</td></tr>'
        for i, dr in enumerate(c.rng.sample(_DRIVERS, 6), 1)
    )
    prime = ""
    if c.rng.random() < 0.5:
        c.used.append("ms-prime")
        prime = '<div class="ms-prime-upsell"><h3>Motorsport Prime</h3><p>Go ad-free and unlock exclusive analysis, technical insights and the full archive.</p><a class="ms-btn" href="/prime/">Subscribe now</a></div>'
    c.used += "ms-series-menu ms-breadcrumb ms-title ms-standfirst ms-author ms-date ms-hero ms-results ms-latest ms-comments ms-footer".split()
    html = (
        f'<body class="ms-page"><header class="ms-header"><a class="ms-logo" href="/">{brand(c)}</a><nav class="ms-series-menu"><a href="/f1/">Formula 1</a><a href="/motogp/">MotoGP</a><a href="/wec/">WEC</a><a href="/indycar/">IndyCar</a><a href="/nascar-cup/">NASCAR</a><a href="/wrc/">WRC</a><a href="/formula-e/">Formula E</a></nav><a class="ms-prime-link" href="/prime/">Prime</a></header>'
        f'<main class="ms-page__content"><article class="ms-article"><div class="ms-breadcrumbs"><a href="/f1/">Formula 1</a> / <a href="/f1/news/">News</a> / <a href="/f1/results/{y}/">{gp} GP</a></div>'
        f'<h1 class="ms-article__title">{esc(c.body.title)}</h1><p class="ms-article__subheader">{sentence(c)}</p>'
        f'<div class="ms-article__info"><a class="ms-article-author" href="/info/about-us/{slug(who)}/">{who}</a> <span class="ms-article-role">{pick(c, "Formula 1 Editor", "F1 Reporter", "Technical Editor", "Contributor")}</span> <time datetime="{y}-{m:02d}-{d:02d}">{_MONTHS[m - 1][:3]} {d}, {y}, {clock(c)} PM</time></div>'
        f'<figure class="ms-article__hero"><img src="https://cdn-1.motorsport.com/images/amp/{hexid(c, 8)}/s1000/{slug(c.rng.choice(_DRIVERS))}.jpg" alt=""><figcaption><span class="ms-photo-by">Photo by: {c.rng.choice(PEOPLE)} / Motorsport Images</span></figcaption></figure>'
        f'<div class="ms-article-content">{"".join(parts)}</div>{prime}'
        f'<div class="ms-widget-results"><h3>{gp} Grand Prix - Race results</h3><table class="ms-table"><thead><tr><th>Pos</th><th>Driver</th><th>Time</th><th>Pts</th></tr></thead><tbody>{results}</tbody></table><a href="/f1/results/{y}/">View full results</a></div>'
        f'<div class="ms-comments-teaser"><h3>Join the conversation</h3><p>Be the first to comment. <a href="/login/">Log in</a> to leave a comment.</p></div></article>'
        f'<aside class="ms-sidebar"><h3>Latest news</h3><ul>{heads_list(c, 5, "/f1/news/")}</ul></aside></main>'
        f'<footer class="ms-footer"><p>© {y} Motorsport Network. All rights reserved.</p><a href="/info/privacy/">Privacy</a> <a href="/info/terms/">Terms</a> <a href="/info/cookies/">Cookies</a></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "fi-sanoma": (fam_fi_sanoma, "news"),
    "cz-idnes": (fam_cz_idnes, "politics"),
    "hu-index": (fam_hu_index, "news"),
    "lt-delfi": (fam_lt_delfi, "lede"),
    "il-ynet": (fam_il_ynet, "news"),
    "ir-agency": (fam_ir_agency, "politics"),
    "pk-dawn": (fam_pk_dawn, "politics"),
    "hi-portal": (fam_hi_portal, "news"),
    "pf-affiliate": (fam_pf_affiliate, "business"),
    "sciencex": (fam_sciencex, "tech"),
    "cricket-report": (fam_cricket_report, "sport"),
    "motorsport": (fam_motorsport, "sport"),
}

_LANG = {
    "fi-sanoma": "fi",
    "cz-idnes": "cs",
    "hu-index": "hu",
    "lt-delfi": "lt",
    "il-ynet": 'he" dir="rtl',
    "ir-agency": 'fa" dir="rtl',
    "pk-dawn": "en-PK",
    "hi-portal": "hi",
}

_HEAD = {
    "fi-sanoma": '<meta property="og:site_name" content="Helsingin Sanomat"><meta name="article:paywall" content="true">',
    "cz-idnes": '<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="author" content="MAFRA, a.s.">',
    "hu-index": '<meta property="og:type" content="article"><meta name="robots" content="max-image-preview:large">',
    "lt-delfi": '<meta property="og:site_name" content="DELFI"><meta name="robots" content="index, follow">',
    "il-ynet": '<meta property="og:locale" content="he_IL"><meta name="vr:type" content="article">',
    "ir-agency": '<meta property="og:locale" content="fa_IR"><meta name="twitter:card" content="summary_large_image">',
    "pk-dawn": '<meta property="og:site_name" content="DAWN.COM"><meta name="news_keywords" content="Pakistan">',
    "hi-portal": '<meta property="og:locale" content="hi_IN"><link rel="amphtml" href="?amp=1">',
    "pf-affiliate": '<meta name="robots" content="max-snippet:-1"><meta property="og:type" content="article">',
    "sciencex": '<meta name="citation_title" content="Science X"><meta property="og:type" content="article">',
    "cricket-report": '<meta name="theme-color" content="#03a9f4"><meta property="og:type" content="article">',
    "motorsport": '<meta property="og:site_name" content="Motorsport.com"><meta name="theme-color" content="#000">',
}


def w_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language (and direction), viewport, canonical and tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 2201) -> list[Page]:
    """Set W: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    return draw_set(
        "w", seed, per_family, FAMILIES, kinds, pool, "example.com", key=text_key, amend=w_head
    )


if __name__ == "__main__":  # page_families_w.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 2201)

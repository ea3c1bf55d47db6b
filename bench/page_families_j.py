"""Set J of the constructed pages: 12 current (2018-2026) news and blog families, and
`build_pages`.

Six families are in page_templates_j.py (a Next.js news site, Blogger Contempo, a
WordPress.com blog, a Business-Insider-like story, a TechCrunch-like story, a Times-of-India-like
portal); here an Asian national news agency in English (Yonhap- / NHK-World-like), a GOV.UK-like
government news page, an Axios-like "smart brevity" story, a Politico-like story, a US
regional chain paper (McClatchy-like) and a GlobeNewswire-like release. Written blind to
digest's extraction rules and frozen before anyone ran digest on it; its builder never ran
digest, trafilatura or bench_pages on it (session 9). The gold convention is in
page_templates_j.py's docstring; the decisions for this module's families, written down before
the set was committed:
- an Asian national agency (Yonhap-like): the story paragraphs are article, the first with its
  dateline as printed ("SEOUL, Jan. 5 (Yonhap) -- "); the "(LEAD)" / "(2nd LD)" / "(URGENT)"
  notes (in the headline), the "(END)" mark after the last paragraph, the reporter's e-mail
  line, "Related articles", the keywords, "Most viewed" and the "All news" ticker are not;
- a GOV.UK-like news page: the govspeak body (paragraphs, headings, lists, tables) is
  article; "From: <Department>", "Published 5 January 2024", the contents list, the lead
  paragraph (a standfirst, `p.gem-c-lead-paragraph`), the "Share this page" links, "Related
  content" sidebar, "Is this page useful? Yes No", "Explore the topic" and the footer are not;
- an Axios-like story: every paragraph and bullet of the body is article, its bold lead-in
  ("Why it matters:", "The big picture:", "Between the lines:", "What's next:") included as
  the paragraph's first words; "Go deeper" / "Go deeper (2 min. read)" link lines, the
  newsletter plug ("Get more local stories in your inbox with Axios ...") and the byline /
  "Smart Brevity count" are not;
- a Politico-like story: the story paragraphs are article; the story-meta (byline, time,
  "Link Copied" share tool), the newsletter plug ("The following newsletter is an abridged
  version of ..." / "Sign up for ..."), the inline ads with their "Advertisement" labels,
  "Filed under:" links and the footer are not;
- a US regional chain paper (McClatchy-like): the story paragraphs (with a dateline when the
  story has one) are article; "Read Next" cards between paragraphs, "This story was
  originally published <date> <time>." (and "... updated"), the "Have a tip?" box, the
  subscription offer ("Get unlimited digital access"), the byline card and "Take Us With You"
  are not;
- a GlobeNewswire-like release: the release body is article, the first paragraph with its
  dateline ("NEW YORK, Jan. 05, 2024 (GLOBE NEWSWIRE) -- "), and, following sets B and H, the
  "About <Company>" heading and paragraph; the "Forward-Looking Statements" heading and
  paragraph are article as well (the issuer's own text in the release, like "About"); the
  contacts block, the "Attachments" list, "Tags", the source organisation box, "Share" and
  "Related links" are not.

    .venv/bin/python bench/bench_pages.py --set j --seed 901 --no-variants
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import MONTHS, PEOPLE, Block, Ctx, Page, date, esc, slug
from page_templates_b import block_html, headlines, press_parts
from page_templates_c import hashed
from page_templates_e import brand, hexid, sentence, with_dateline
from page_templates_g import body_html
from page_templates_j import (
    fam_blogger_contempo,
    fam_business_insider,
    fam_nextjs,
    fam_techcrunch,
    fam_toi,
    fam_wpcom,
    iso,
    links,
    weave,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
_MON = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()  # AP style

# ---------------------------------------------------------------------------------------------
# 7. An Asian national agency in English (Yonhap-like)


def fam_agency_asia(c: Ctx) -> tuple[str, list[Block]]:
    """A Yonhap-like story: "(LEAD)" in the headline, "SEOUL, Jan. 5 (Yonhap) --", "(END)",
    the reporter's e-mail line, "Related articles", keywords, "Most viewed"."""
    agency, city = c.rng.choice(
        [
            ("Yonhap", "SEOUL"),
            ("Yonhap", "BUSAN"),
            ("Kyodo", "TOKYO"),
            ("Bernama", "KUALA LUMPUR"),
            ("Antara", "JAKARTA"),
        ]
    )
    day = f"{c.rng.choice(_MON)} {c.rng.randint(1, 28)}"
    blocks = with_dateline(c, c.body.blocks, f"{city}, {day} ({agency})", " -- ")
    parts, gold = body_html(c, blocks, "<p>", '<h3 class="sub">')
    note = c.rng.choice(["(LEAD) ", "(2nd LD) ", "(URGENT) ", "(News Focus) ", ""])
    email = f"{c.rng.choice(PEOPLE).split()[0].lower()}@{slug(agency)}.example"
    related = "".join(
        f'<li><a href="/view/AEN{c.rng.randint(2019, 2026)}{c.rng.randint(10**6, 10**7)}">{esc(h)}</a></li>'
        for h in headlines(c, 3)
    )
    keywords = " ".join(
        f'<a class="keyword" href="/search?q={slug(w)}">#{w}</a>' for w in c.body.title.split()[:3]
    )
    c.used += "agency-note agency-end agency-email agency-related agency-keywords agency-most-viewed agency-ticker agency-footer".split()
    html = (
        f'<body><header id="header"><a href="/" class="logo">{agency} News Agency</a><nav class="gnb">{"".join(f"<a href=/{slug(w)}/all>{w}</a> " for w in ("National", "N. Korea", "Economy", "Market", "Sci/Tech", "Culture", "Sports", "World", "Photos"))}</nav>'
        f'<div class="ticker"><span>All news</span><ul>{links(c, 3, "view/")}</ul></div></header>'
        f'<div class="container"><div class="content01"><div class="title-article01"><h1 class="tit">{esc(note)}{esc(c.body.title)}</h1><p class="update-time">{date(c.rng)}, {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d} | All News</p><div class="share-box"><button>Share</button><button>Print</button><button>Font size</button></div></div>'
        f'<div class="story-news article">{"".join(parts)}<p class="end">(END)</p><p class="email">{email}</p></div>'
        f'<div class="keyword-zone"><strong>Keywords</strong> {keywords}</div><section class="related-article"><h2 class="tit-sec">Related articles</h2><ul>{related}</ul></section></div>'
        f'<aside class="aside"><section class="most-viewed"><h2>Most viewed</h2><ol>{links(c, 5, "view/")}</ol></section></aside></div>'
        f'<footer id="footer"><p>Copyright {agency}. All rights reserved. Unauthorized reproduction or redistribution is prohibited.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A GOV.UK-like government news page

_DEPTS = [
    "Department for Transport",
    "HM Treasury",
    "Department for Education",
    "Department of Health and Social Care",
    "Ministry of Justice",
    "Department for Business and Trade",
]


def fam_govuk(c: Ctx) -> tuple[str, list[Block]]:
    """A GOV.UK news story: "From:" and "Published" metadata, the lead paragraph, a contents
    list when the body has headings, the govspeak body, "Share this page", "Related content",
    "Is this page useful?" and "Explore the topic"."""
    dept = c.rng.choice(_DEPTS)
    lead = sentence(c)
    parts, gold = body_html(c, c.body.blocks, "<p>", '<h2 id="section">')
    heads = [str(v) for k, v in c.body.blocks if k == "h"]
    contents = (
        f'<nav class="gem-c-contents-list" aria-label="Contents"><h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">{"".join(f"<li class=gem-c-contents-list__list-item><a href=#{slug(h)}>{esc(h)}</a></li>" for h in heads)}</ol></nav>'
        if heads
        else ""
    )
    if contents:
        c.used.append("govuk-contents")
    pub = f"{c.rng.randint(1, 28)} {c.rng.choice(MONTHS.split())} {c.rng.randint(2019, 2026)}"
    related = "".join(
        f'<li class="gem-c-related-navigation__link"><a class="govuk-link" href="/government/news/{slug(h)[:50]}">{esc(h)}</a></li>'
        for h in headlines(c, 3)
    )
    c.used += "govuk-header govuk-breadcrumbs govuk-from govuk-published govuk-lead govuk-share govuk-related govuk-useful govuk-topic govuk-footer".split()
    html = (
        f'<body class="gem-c-layout-for-public govuk-template__body"><a href="#main-content" class="govuk-skip-link">Skip to main content</a><div class="gem-c-cookie-banner" hidden><p>Cookies on GOV.UK</p></div>'
        f'<header class="gem-c-layout-super-navigation-header"><a href="/" class="govuk-header__link">GOV.UK</a><nav><button>Menu</button><button>Search GOV.UK</button></nav></header>'
        f'<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><ol class="govuk-breadcrumbs__list"><li><a href="/">Home</a></li><li><a href="/government">Government</a></li><li><a href="/government/news">News</a></li></ol></div>'
        f'<main role="main" id="main-content" class="govuk-main-wrapper"><div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds"><span class="govuk-caption-xl gem-c-title__context">{c.rng.choice(["News story", "Press release"])}</span><h1 class="gem-c-title__text govuk-heading-l">{esc(c.body.title)}</h1>'
        f'<p class="gem-c-lead-paragraph">{lead}</p></div></div>'
        f'<div class="gem-c-metadata"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/{slug(dept)}" class="govuk-link">{dept}</a>{" and <a href=/government/people/x>" + c.rng.choice(PEOPLE) + " MP</a>" if c.rng.random() < 0.5 else ""}</dd><dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">{pub}</dd></dl></div>'
        f'<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">{contents}<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">{"".join(parts)}</div></div>'
        f'<div class="gem-c-share-links"><h2 class="gem-c-share-links__title">Share this page</h2><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul></div></div>'
        f'<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading">Related content</h2><ul>{related}</ul><h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul><li><a href="/transport">{c.rng.choice(["Transport", "Schools", "Health and social care", "Business and industry"])}</a></li></ul></aside></div></div>'
        f'<div class="gem-c-feedback"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><button class="govuk-button">Yes</button><button class="govuk-button">No</button><button class="govuk-button">Report a problem with this page</button></div></div></main></div>'
        f'<footer class="gem-c-layout-footer govuk-footer"><h2 class="govuk-visually-hidden">Support links</h2><ul><li><a href="/help">Help</a></li><li><a href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li><li><a href="/help/accessibility-statement">Accessibility statement</a></li></ul><p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p><a href="#">© Crown copyright</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. An Axios-like "smart brevity" story

_LEADINS = [
    "Why it matters:",
    "The big picture:",
    "Between the lines:",
    "Driving the news:",
    "What's next:",
    "The bottom line:",
    "Zoom in:",
    "By the numbers:",
]


def fam_axios(c: Ctx) -> tuple[str, list[Block]]:
    """An Axios-like story: bold lead-ins ("Why it matters:") opening body paragraphs (part of
    the paragraph), bullets, "Go deeper" link lines and the newsletter plug."""
    labels = c.rng.sample(_LEADINS, len(_LEADINS))
    parts: list[str] = []
    gold: list[Block] = []
    for i, block in enumerate(c.body.blocks):
        if block[0] == "p" and i > 0 and labels and c.rng.random() < 0.5:
            label = labels.pop()
            parts.append(f"<p><strong>{esc(label)}</strong> {esc(str(block[1]))}</p>")
            gold.append(("p", f"{label} {block[1]}"))
        else:
            h, g = (
                block_html(c, block)
                if block[0] != "p"
                else (f"<p>{esc(str(block[1]))}</p>", [block])
            )
            parts.append(h)
            gold += g

    def deeper() -> str:
        c.used.append("axios-go-deeper")
        h = headlines(c, 1)[0]
        return f'<p><strong>Go deeper{c.rng.choice(["", " (2 min. read)", ": " + esc(h)])}</strong>{"" if c.rng.random() < 0.5 else ": "}<a href="/{c.rng.randint(2022, 2026)}/{slug(h)[:40]}">{esc(h)}</a></p>'

    body = weave(c, parts, c.rng.randint(1, 2), deeper)
    who = c.rng.choice(PEOPLE)
    town = c.rng.choice(["Denver", "Charlotte", "Austin", "Columbus", "Seattle", "Phoenix"])
    c.used += "axios-header axios-byline axios-brevity-count axios-plug axios-footer".split()
    html = (
        f'<body><div id="__next"><header class="{hashed(c)}"><a href="/">{brand(c)}s</a><nav>{"".join(f"<a href=/{slug(w)}>{w}</a> " for w in ("Politics", "Economy", "Tech", "Media", "Local", "Newsletters"))}</nav></header>'
        f'<main><article class="{hashed(c)}"><h1 class="{hashed(c)}">{esc(c.body.title)}</h1><div class="{hashed(c)}" data-cy="byline"><a href="/authors/{slug(who)}">{who}</a><time datetime="{iso(c)}">{date(c.rng)}</time><span class="{hashed(c)}">Smart Brevity® count: {c.rng.randint(1, 4)} mins...{c.rng.randint(150, 900)} words</span></div>'
        f'<figure class="{hashed(c)}"><img src="/img/{hexid(c, 20)}.jpg" alt=""><figcaption>{c.rng.choice(["Illustration", "Photo"])}: {c.rng.choice(PEOPLE)}/{brand(c)}</figcaption></figure>'
        f'<div class="{hashed(c)} DraftjsBlocks-module__draftjs" data-cy="story-body">{"".join(body)}</div>'
        f'<div class="{hashed(c)}" data-cy="newsletter-plug"><p><em>Get more local stories in your inbox with {brand(c)}s {town}.</em></p><form><input type="email" placeholder="Enter your email"><button>Subscribe</button></form></div></article></main>'
        f'<footer class="{hashed(c)}"><p>© {c.rng.randint(2020, 2026)} {brand(c)}s Media. All rights reserved.</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Politico-like story


def fam_politico(c: Ctx) -> tuple[str, list[Block]]:
    """A Politico-like story: story-meta with "Link Copied", the newsletter note, inline ads
    labelled "Advertisement", "Filed under"."""
    parts, gold = body_html(
        c, c.body.blocks, '<p class="story-text__paragraph">', '<h3 class="story-text__heading">'
    )

    def ad() -> str:
        c.used.append("politico-ad")
        return f'<div class="ad ad--inline" data-ad-slot="{hexid(c, 6)}"><p class="ad__label">Advertisement</p><div class="ad__slot" id="pol-{c.rng.randint(1, 12):02d}"></div></div>'

    body = weave(c, parts, c.rng.randint(1, 3), ad)
    who = c.rng.choice(PEOPLE)
    plug = ""
    if c.rng.random() < 0.6:
        c.used.append("politico-newsletter-note")
        plug = f'<p class="story-intro"><em>The following newsletter is an abridged version of {c.rng.choice(["Playbook", "Morning Energy", "Weekly Trade", "California Playbook"])}. <a href="/newsletters">Subscribe</a> to get the full version in your inbox every morning.</em></p>'
    filed = ", ".join(
        f'<a href="/news/{slug(w)}">{w}</a>'
        for w in c.rng.sample(
            [
                "Congress",
                "White House",
                "Elections",
                "Senate",
                "Trade",
                "Energy",
                "Health Care",
                "Courts",
            ],
            3,
        )
    )
    c.used += "politico-nav politico-story-meta politico-link-copied politico-filed-under politico-footer".split()
    html = (
        f'<body class="story"><header class="global-header"><a class="logo" href="/">{brand(c).upper()}</a><nav>{"".join(f"<a href=/{slug(w)}>{w}</a> " for w in ("Congress", "White House", "Elections", "Policy", "Pro", "Newsletters", "Podcasts"))}</nav></header>'
        f'<main class="container"><article class="story-layout"><header class="story-header"><p class="headline-kicker"><a href="/news/politics">{c.rng.choice(["Politics", "Congress", "Policy"])}</a></p><h1 class="headline">{esc(c.body.title)}</h1><p class="dek">{sentence(c)}</p></header>'
        f'<div class="story-meta"><div class="story-meta__authors"><p class="story-meta__credit">By <a href="/staff/{slug(who)}">{who}</a></p><p class="story-meta__timestamp"><time datetime="{iso(c)}">{date(c.rng)} {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} pm ET</time></p></div><div class="story-meta__share"><button class="share-tools__copy">Link Copied</button><a href="#">Share</a></div></div>'
        f'<div class="story-text">{plug}{"".join(body)}</div><footer class="story-footer"><p class="story-tags">Filed under: {filed}</p></footer></article>'
        f'<aside class="sidebar"><h3>Most Read</h3><ol>{links(c, 5, "news/")}</ol></aside></main>'
        f'<footer class="global-footer"><p>© {c.rng.randint(2021, 2026)} {brand(c)} LLC</p><a href="/terms">Terms of Service</a> <a href="/privacy">Privacy Policy</a> <a href="#">Do not sell or share my personal information</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A US regional chain paper (McClatchy-like)


def _read_next(c: Ctx) -> str:
    c.used.append("chain-read-next")
    h = headlines(c, 1)[0]
    return f'<div class="read-next-card" data-mcp-read-next><h3 class="h3">Read Next</h3><a class="package" href="/news/local/article{c.rng.randint(10**8, 10**9)}.html"><img src="/thumb/{hexid(c, 10)}.jpg" alt=""><span class="title">{esc(h)}</span></a><p class="summary">{sentence(c)}</p></div>'


def fam_chain_paper(c: Ctx) -> tuple[str, list[Block]]:
    """A McClatchy-like regional paper: "Read Next" cards between paragraphs, "This story was
    originally published ...", the "Have a tip?" box and the subscription offer."""
    paper = f"The {c.rng.choice(['Fresno', 'Wichita', 'Macon', 'Tacoma', 'Modesto', 'Biloxi'])} {c.rng.choice(['Bee', 'Eagle', 'Telegraph', 'Ledger', 'Sun Herald', 'Star'])}"
    blocks = c.body.blocks
    if c.rng.random() < 0.5:
        blocks = with_dateline(
            c,
            blocks,
            c.rng.choice(["SACRAMENTO, Calif.", "RALEIGH, N.C.", "LEXINGTON, Ky.", "BOISE, Idaho"]),
            " — ",
        )
        c.used.append("chain-dateline")
    parts, gold = body_html(c, blocks, "<p>", "<h2>")
    body = weave(c, parts, c.rng.randint(1, 2), lambda: _read_next(c))
    who = c.rng.choice(PEOPLE)
    when = f"{c.rng.choice(MONTHS.split())} {c.rng.randint(1, 28)}, {c.rng.randint(2020, 2026)}, {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {c.rng.choice(['AM', 'PM'])}"
    c.used += "chain-nav chain-byline chain-originally-published chain-tip-box chain-subscribe chain-take-us chain-footer".split()
    html = (
        f'<body class="story-body"><header class="masthead"><a href="/" class="logo">{paper}</a><nav>{"".join(f"<a href=/{slug(w)}>{w}</a> " for w in ("News", "Sports", "Politics", "Opinion", "Food", "Obituaries", "eEdition"))}</nav><a class="subscribe" href="/subscribe">Subscribe</a></header>'
        f'<main><article class="story-body"><div class="header"><h1 class="h1">{esc(c.body.title)}</h1><div class="byline"><a class="ellipsis" href="/profile/{c.rng.randint(10**5, 10**6)}">By {who}</a> <time class="datetime">Updated {when}</time></div></div>'
        f'<figure><img src="/latest-news/{hexid(c, 10)}/alternates/LANDSCAPE_1140/photo.jpg" alt=""><figcaption>{sentence(c)} <span class="credit">{c.rng.choice(PEOPLE)} {c.rng.choice(["jdoe@fresnobee.com", "File photo", "Staff photo"])}</span></figcaption></figure>'
        f'{"".join(body)}<p class="story-originally"><em>This story was originally published {when}.</em></p>'
        f'<div class="tip-box"><h3>Have a tip?</h3><p>Contact the newsroom at news@{slug(paper)}.example or call {c.rng.randint(200, 999)}-555-{c.rng.randint(1000, 9999)}.</p></div>'
        f'<div class="subscription-offer"><h3>Get unlimited digital access</h3><p>Subscribe now for only ${c.rng.choice(["1", "0.50", "3"])} for the first {c.rng.choice(["month", "3 months", "6 months"])}.</p><a class="button" href="/subscribe">CLAIM OFFER</a></div></article>'
        f'<section class="take-us"><h3>Take Us With You</h3><p>Real-time updates and all local stories you want right in the palm of your hand.</p><a>{paper.upper()} APP</a></section></main>'
        f'<footer class="footer"><p>Copyright {c.rng.randint(2021, 2026)} {paper}. All rights reserved.</p><a href="#">Terms of Service</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A GlobeNewswire-like release

_FLS = (
    "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. "
    "Words such as “anticipate,” “believe,” “expect,” “intend” and “will” identify forward-looking statements, which are subject to risks and uncertainties "
    "that could cause actual results to differ materially. {org} undertakes no obligation to update any forward-looking statement, except as required by law."
)


def fam_globenewswire(c: Ctx) -> tuple[str, list[Block]]:
    """A GlobeNewswire-like release: the "CITY, Mon. DD, YYYY (GLOBE NEWSWIRE) --" dateline,
    "About <Company>", "Forward-Looking Statements", contacts, attachments, tags."""
    org, city, about, contact = press_parts(c)
    mon = c.rng.choice(_MON)
    dateline = f"{city.upper()}, {mon} {c.rng.randint(1, 28):02d}, {c.rng.randint(2019, 2026)} (GLOBE NEWSWIRE) --"
    blocks: list[Block] = [
        *with_dateline(c, c.body.blocks, dateline, " "),
        ("h", f"About {org}"),
        ("p", about),
    ]
    if c.rng.random() < 0.6:
        c.used.append("forward-looking")
        blocks += [("h", "Forward-Looking Statements"), ("p", _FLS.format(org=org))]
    parts, gold = body_html(c, blocks, '<p align="justify">', "<p><strong>")
    parts = [
        p.replace("</p><strong>", "</strong></p>") if p.startswith("<p><strong>") else p
        for p in parts
    ]
    attach = "".join(
        f'<li><a href="/Resource/Download/{hexid(c, 8)}-{hexid(c, 4)}">{esc(w)}</a></li>'
        for w in c.rng.sample(
            ["Company Logo", "Product Image", "Infographic", "Executive Headshot"],
            c.rng.randint(1, 2),
        )
    )
    tags = " ".join(
        f'<a class="tag" href="/search/tag/{slug(w)}">{w}</a>'
        for w in c.rng.sample(
            [
                "Partnership",
                "AI",
                "Earnings",
                "Product Launch",
                "Acquisition",
                "Healthcare",
                "Fintech",
            ],
            3,
        )
    )
    c.used += "gnw-header gnw-subtitle gnw-contacts gnw-attachments gnw-tags gnw-share gnw-source-box gnw-related gnw-footer".split()
    html = (
        f'<body><header class="header"><a href="/" class="logo">GlobeNewswire</a><nav><a href="/newsroom">Newsroom</a> <a href="/search">Search</a> <a href="/login">Sign in</a></nav></header>'
        f'<main class="main-container"><div class="main-header-container"><h1 class="article-headline">{esc(c.body.title)}</h1><h2 class="article-sub-headline">{sentence(c)}</h2><p class="article-published-source"><time datetime="{iso(c)}">{date(c.rng)} {c.rng.randint(7, 18):02d}:{c.rng.choice(["00", "30", "05"])} ET</time> | Source: <a href="/search/organization/{slug(org)}">{esc(org)}</a></p>'
        f'<div class="share-links"><span>Share</span><a>X</a><a>LinkedIn</a><a>Email</a></div></div>'
        f'<div class="main-body-container article-body" id="main-body-container">{"".join(parts)}'
        f"<p><strong>Contacts</strong></p>{contact}<p>{c.rng.choice(PEOPLE)}<br>Investor Relations<br>ir@{slug(org).replace('-', '')}.com</p></div>"
        f'<div class="attachment-list"><h4>Attachments</h4><ul>{attach}</ul></div>'
        f'<div class="tags-container"><h4>Tags</h4>{tags}</div>'
        f'<aside class="source-box"><h3>{esc(org)}</h3><p>{c.rng.choice([city.title(), "Nasdaq: " + hexid(c, 4).upper()])}</p><a href="#">Subscribe via RSS</a> <a href="#">Subscribe via ATOM</a></aside>'
        f'<section class="related-links"><h3>Related Links</h3><ul>{links(c, 3, "news-release/")}</ul></section></main>'
        f"<footer><p>© {c.rng.randint(2021, 2026)} GlobeNewswire, Inc. All Rights Reserved.</p></footer></body></html>"
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind); the scarce kinds are drawn first
    "techcrunch": (fam_techcrunch, "tech"),
    "axios": (fam_axios, "politics"),
    "politico": (fam_politico, "politics"),
    "business-insider": (fam_business_insider, "business"),
    "globenewswire": (fam_globenewswire, "business"),
    "nextjs-news": (fam_nextjs, "news"),
    "agency-asia": (fam_agency_asia, "ecb"),
    "chain-paper": (fam_chain_paper, "ecb"),
    "toi-portal": (fam_toi, "lede"),
    "govuk": (fam_govuk, "news"),
    "blogger-contempo": (fam_blogger_contempo, "blog"),
    "wpcom-blog": (fam_wpcom, "blog"),
}


def build_pages(per_family: int = 16, seed: int = 901) -> list[Page]:
    """Set J: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics")
    return draw_set("j", seed, per_family, FAMILIES, kinds, pool, "example.com", key=text_key)


if __name__ == "__main__":  # page_families_j.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 901)

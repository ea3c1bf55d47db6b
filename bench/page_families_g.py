"""Set G of the constructed pages: 12 template families that sets A-F lack, and `build_pages`.

Each family imitates a real, common publishing structure: a classic WordPress theme (Astra,
GeneratePress or OceanWP) with Jetpack sharing and related posts, a WPBakery page-builder post,
an Avada / Fusion Builder post, a Forbes-contributor-like page, a Bloomberg-like syndicated
business story, an international broadcaster (Al Jazeera- or DW-like) (those six in
page_templates_g.py), and here a regional European newspaper in English, a science magazine
feature with numbered references, a sports club's official news page, a LinkedIn-like article,
a newsletter's web archive (Buttondown- or Kit-like) and a Kinja-era blog post. Furniture sits
both around the article and inside its container. Written blind to digest's extraction rules and
frozen before digest was first run on it (session 8, the held-out judge after sets E and F); its
builder never ran digest on it. The gold convention and the decisions for new structures are in
page_templates_g.py's docstring.

    .venv/bin/python bench/bench_pages.py --set g --seed 601
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_templates import (
    PEOPLE,
    Block,
    Body,
    Ctx,
    Page,
    Pool,
    bbc_bodies,
    date,
    esc,
    gold_text,
    slug,
)
from page_templates_b import ecb_bodies, headlines
from page_templates_c import bbc_category, club, ecb_lede_bodies, hashed, player, short_blog_bodies
from page_templates_e import brand, hexid, sentence, with_dateline
from page_templates_f import rendered
from page_templates_g import (
    fam_avada,
    fam_bloomberg,
    fam_broadcaster_intl,
    fam_forbes,
    fam_wp_classic,
    fam_wpbakery,
    slots,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]

# ---------------------------------------------------------------------------------------------
# A regional European newspaper in English (The Local- or Irish-regional-like)

_EU_CITIES = ["STOCKHOLM", "COPENHAGEN", "VIENNA", "ZURICH", "CORK", "GALWAY", "LISBON", "OSLO"]


def fam_euro_regional(c: Ctx) -> tuple[str, list[Block]]:
    """A regional European paper in English: a consent banner (Didomi-like) first in the body
    element, the dateline story with "READ ALSO:" link paragraphs and a members box inside it,
    "Join the conversation" and a "Latest news" rail."""
    blocks = with_dateline(c, c.body.blocks, c.rng.choice(_EU_CITIES), c.rng.choice([" — ", ": "]))
    where = slots(c, len(blocks), c.rng.randint(1, 3))
    out: list[str] = []
    gold: list[Block] = []
    for i, block in enumerate(blocks):
        if i in where:
            if c.rng.random() < 0.7:
                c.used.append("eu-read-also")
                out.append(
                    f'<p><strong>READ ALSO: <a href="/{c.rng.choice(["se", "dk", "at", "ch"])}/{c.rng.randint(2019, 2024)}{c.rng.randint(10, 12)}{c.rng.randint(10, 28)}/{slug(c.pool.headline(c.rng, c.body))}">{esc(c.pool.headline(c.rng, c.body))}</a></strong></p>'
                )
            else:
                c.used.append("eu-members-box")
                out.append(
                    f'<div class="members-box"><h4>Members\' benefits</h4><p>Become a member of {brand(c)} to get unlimited access to our journalism, and support independent news in English.</p><a class="btn" href="/membership/">Become a Member</a></div>'
                )
        h, g = rendered(c, block, '<p class="article-paragraph">', "<h3>")
        out.append(h)
        gold += g
    c.used += ["eu-consent", "eu-header", "eu-comments-prompt", "eu-latest-rail", "eu-footer"]
    latest = "".join(
        f'<li><span class="time">{c.rng.randint(1, 23):02d}:{c.rng.randint(0, 59):02d}</span>{c.link(h)}</li>'
        for h in headlines(c, 6)
    )
    html = (
        f'<body><div id="didomi-host"><div class="didomi-popup-notice" role="dialog" aria-label="Cookie consent"><p class="didomi-notice-text">We and our partners use cookies and similar technologies to store and access information on your device, for purposes such as personalised ads and content, ad and content measurement, audience research and services development.</p><button id="didomi-notice-agree-button">Agree and close</button><button>Learn more</button></div></div>'
        f'<header class="site-header"><a class="logo" href="/">{brand(c)}</a><nav class="country-nav">{"".join(f"<a href=/{k}/>{v}</a>" for k, v in (("at", "Austria"), ("dk", "Denmark"), ("fr", "France"), ("de", "Germany"), ("ie", "Ireland"), ("se", "Sweden"), ("ch", "Switzerland")))}</nav><a class="member-login" href="/login/">Log in</a><a class="member-cta" href="/membership/">Become a Member</a></header>'
        f'<div class="container"><div class="article-col"><article class="article" itemscope itemtype="https://schema.org/NewsArticle"><div class="article-kicker">{c.rng.choice(["POLITICS", "PROPERTY", "WORKING", "TRAVEL", "SOCIETY"])}</div><h1 itemprop="headline">{esc(c.body.title)}</h1>'
        f'<div class="article-meta"><span class="author">{c.rng.choice(PEOPLE)}</span> <time>{date(c.rng)}</time> <span class="comment-count"><a href="#comments">{c.rng.randint(0, 40)} comments</a></span></div>'
        f'<figure class="article-image"><img src="/userdata/images/article/{hexid(c, 12)}.jpg" alt=""><figcaption>{sentence(c)} Photo: {c.rng.choice(PEOPLE)}/TT</figcaption></figure>'
        f'<div class="article-body" itemprop="articleBody">{"".join(out)}</div>'
        f'<div class="article-comments" id="comments"><h3>Join the conversation</h3><p>Comments are for members only. <a href="/membership/">Become a Member</a> or <a href="/login/">log in</a> to join the conversation.</p></div></article></div>'
        f'<aside class="latest-col"><h2>Latest news</h2><ul class="latest-list">{latest}</ul><div class="ad-slot"><span>Advertisement</span></div></aside></div>'
        f'<footer class="site-footer"><p>{brand(c)} is Europe\'s largest English-language news network.</p><a href="/about/">About us</a> <a href="/jobs/">Jobs</a> <a href="/advertise/">Advertise</a> <a href="/privacy/">Privacy</a><p>© {c.rng.randint(2019, 2024)} {brand(c)}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A science magazine feature with numbered references

_JOURNALS = ["Nature", "Science", "Cell", "The Lancet", "PNAS", "Nature Climate Change", "eLife"]


def fam_science_mag(c: Ctx) -> tuple[str, list[Block]]:
    """A science magazine feature: superscript reference markers at the end of some paragraphs
    (linked to the list), an inline "Further reading" box, the numbered reference list, the
    print-issue line and a subscription banner."""
    out: list[str] = []
    gold: list[Block] = []
    refs: list[str] = []
    box = c.rng.randint(2, max(2, len(c.body.blocks) - 1))
    for i, block in enumerate(c.body.blocks):
        if i == box:
            c.used.append("sci-further-reading")
            out.append(
                f'<aside class="further-reading"><h4>Further reading</h4><ul>{"".join(f"<li>{c.link(h)}</li>" for h in headlines(c, 2))}</ul></aside>'
            )
        if block[0] == "p" and c.rng.random() < 0.4:
            n = len(refs) + 1
            who = c.rng.choice(PEOPLE).split()[1]
            refs.append(
                f'<li id="ref-{n}">{who}, {c.rng.choice(["A.", "J.", "M.", "K."])} <em>et al.</em> {c.rng.choice(_JOURNALS)} <strong>{c.rng.randint(10, 600)}</strong>, {c.rng.randint(100, 999)}–{c.rng.randint(1000, 1999)} ({c.rng.randint(2015, 2024)}). <a href="https://doi.example/10.{c.rng.randint(1000, 9999)}/{hexid(c, 8)}">doi</a></li>'
            )
            text = str(block[1])
            out.append(f'<p>{esc(text)}<sup><a href="#ref-{n}" class="ref-link">{n}</a></sup></p>')
            gold.append(("p", f"{text}{n}"))
            continue
        h, g = rendered(c, block, "<p>", "<h2>")
        out.append(h)
        gold += g
    refs_html = (
        f'<section class="references"><h2>References</h2><ol class="reference-list">{"".join(refs)}</ol></section>'
        if refs
        else ""
    )
    if refs:
        c.used.append("sci-references")
    who = c.rng.choice(PEOPLE)
    c.used += ["sci-header", "sci-print-line", "sci-subscribe-banner", "sci-topics", "sci-footer"]
    html = (
        f'<body class="article-page"><div class="subscribe-banner"><p>Subscribe to {brand(c)} for award-winning science journalism — from {c.rng.randint(2, 6)}.{c.rng.randint(10, 99)} a month.</p><a href="/subscribe/">Subscribe</a></div>'
        f'<header class="masthead"><a href="/" class="masthead-logo">{brand(c)}</a><nav>{"".join(f"<a href=/{slug(w)}/>{w}</a>" for w in ("Health", "Space", "Physics", "Environment", "Technology", "Mind", "Magazine"))}</nav></header>'
        f'<main><article class="feature"><header class="feature-header"><p class="feature-type">Feature</p><h1 class="feature-title">{esc(c.body.title)}</h1><p class="feature-standfirst">{sentence(c)}</p><p class="byline">By <a href="/author/{slug(who)}/">{who}</a> · {date(c.rng)} · {c.rng.randint(8, 20)} min read</p></header>'
        f'<figure class="feature-hero"><img src="/media/{hexid(c, 10)}.jpg" alt=""><figcaption>{sentence(c)} <span class="credit">{c.rng.choice(PEOPLE)}/Science Photo Library</span></figcaption></figure>'
        f'<div class="feature-body article__body">{"".join(out)}</div>'
        f'<p class="print-issue"><em>This article appeared in the {c.rng.choice(["March", "June", "September", "December"])} {c.rng.randint(2019, 2024)} issue of {brand(c)} as "{esc(c.body.title[:40])}"</em></p>{refs_html}'
        f'<div class="topics"><span>Topics:</span> {"".join(f"<a href=/topic/{slug(t)}/>{t}</a> " for t in c.rng.sample(["genetics", "climate", "neuroscience", "astronomy", "ecology"], 2))}</div></article></main>'
        f'<footer><p>© {c.rng.randint(2019, 2024)} {brand(c)} Ltd. All rights reserved.</p><a href="/about/">About us</a><a href="/contact/">Contact</a><a href="/privacy/">Privacy</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A sports club's official news page


def fam_club_news(c: Ctx) -> tuple[str, list[Block]]:
    """A club's official news page: a fixtures ticker and match-centre widget, the story with a
    "Tickets" call-out and a "Related news" pair inside the body, the partners' logos, the shop
    promo and the club footer."""
    me = club(c.rng)
    where = slots(c, len(c.body.blocks), c.rng.randint(1, 2))
    out: list[str] = []
    gold: list[Block] = []
    for i, block in enumerate(c.body.blocks):
        if i in where:
            if c.rng.random() < 0.5:
                c.used.append("club-tickets-callout")
                out.append(
                    f'<div class="callout callout--tickets"><h4>Tickets</h4><p>Tickets for our next home game against {club(c.rng)} are on sale now to Season Ticket Holders and Members.</p><a class="btn" href="/tickets/">Buy tickets</a></div>'
                )
            else:
                c.used.append("club-related-inline")
                out.append(
                    f'<div class="related-inline"><span class="label">Related news</span>{"".join(f"<a class=card href=/news/{slug(h)}><span>{esc(h)}</span></a>" for h in headlines(c, 2))}</div>'
                )
        h, g = rendered(
            c, block, '<p class="rich-text__paragraph">', '<h2 class="rich-text__heading">'
        )
        out.append(h)
        gold += g
    fixtures = "".join(
        f'<li class="fixture"><span class="comp">{c.rng.choice(["League", "Cup", "Friendly"])}</span><span class="teams">{me} v {club(c.rng)}</span><span class="ko">{date(c.rng)} {c.rng.choice(["15:00", "19:45", "12:30"])}</span></li>'
        for _ in range(3)
    )
    partners = "".join(
        f'<a href="https://partner.example/{hexid(c, 4)}"><img src="/partners/{hexid(c, 6)}.png" alt="{t}"></a>'
        for t in c.rng.sample(
            [
                "Principal Partner",
                "Official Kit Partner",
                "Official Betting Partner",
                "Official Airline",
                "Official Beer",
            ],
            3,
        )
    )
    year = c.rng.randint(2023, 2025)
    season = f"{year}/{(year + 1) % 100}"
    category = c.rng.choice(["Men's First Team", "Academy", "Club News", "Interviews"])
    c.used += [
        "club-ticker",
        "club-header",
        "club-match-centre",
        "club-partners",
        "club-shop",
        "club-footer",
        "club-share",
    ]
    html = (
        f'<body class="club-site"><div class="fixture-ticker"><ul>{fixtures}</ul></div><header class="club-header"><a href="/" class="crest"><img src="/crest.svg" alt="{me}"></a><nav>{"".join(f"<a href=/{slug(w)}/>{w}</a>" for w in ("News", "Fixtures", "Tickets", "Teams", "Club", "Shop", "Hospitality"))}</nav><a href="/login/">My Account</a></header>'
        f'<main><article class="news-article"><div class="news-article__hero"><img src="/images/{hexid(c, 10)}.jpg" alt=""><span class="news-article__category">{category}</span><h1 class="news-article__title">{esc(c.body.title)}</h1><time>{date(c.rng)}</time></div>'
        f'<div class="share-bar"><span>Share</span><a href="https://x.example/intent">X</a><a href="https://facebook.example/share">Facebook</a><a href="whatsapp://send">WhatsApp</a><button>Copy link</button></div>'
        f'<div class="rich-text news-article__body">{"".join(out)}</div></article>'
        f'<aside class="match-centre"><h3>Next match</h3><p>{me} v {club(c.rng)}</p><p>{date(c.rng)}</p><a href="/match-centre/">Match Centre</a><h3>League table</h3><table class="mini-table"><tr><th>Pos</th><th>Team</th><th>Pts</th></tr>{"".join(f"<tr><td>{n}</td><td>{club(c.rng)}</td><td>{c.rng.randint(20, 80)}</td></tr>" for n in range(1, 5))}</table></aside>'
        f'<section class="shop-promo"><h3>New home kit</h3><p>The {season} home shirt is available now in the club shop.</p><a href="/shop/">Shop now</a></section></main>'
        f'<section class="partners"><h3>Our partners</h3>{partners}</section><footer class="club-footer"><p>© {me} Football Club {c.rng.randint(2020, 2024)}. All rights reserved.</p><a href="/accessibility/">Accessibility</a><a href="/safeguarding/">Safeguarding</a><a href="/privacy/">Privacy Policy</a><p>Top scorer this season: {player(c.rng)}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A LinkedIn-like article


def fam_linkedin(c: Ctx) -> tuple[str, list[Block]]:
    """A LinkedIn-like article seen signed out: the sign-in top bar, the author card with
    "Follow", the article-main__content body, reactions and "Report this article", "More
    articles by", "Explore topics" and the join-now modal."""
    who = c.rng.choice(PEOPLE)
    headline = c.rng.choice(
        [
            "Chief Executive Officer",
            "Head of Product",
            "Partner",
            "Founder & CEO",
            "Marketing Director",
        ]
    )
    out: list[str] = []
    gold: list[Block] = []
    for block in c.body.blocks:
        h, g = rendered(c, block, "<p>", "<h3>")
        out.append(h)
        gold += g
    more = "".join(
        f'<li class="more-articles__item"><a href="/pulse/{slug(h)}-{slug(who)}-{hexid(c, 5)}"><h3 class="base-main-card__title">{esc(h)}</h3><span class="base-main-card__metadata">{date(c.rng)}</span></a></li>'
        for h in headlines(c, 4)
    )
    c.used += ["li-topbar", "li-author-card", "li-reactions", "li-report", "li-more-articles"]
    c.used += ["li-explore-topics", "li-join-modal", "li-footer"]
    html = (
        f'<body class="pulse"><header class="public-post-header"><nav class="nav"><a class="nav__logo-link" href="/">{brand(c)}</a><a class="nav__button-tertiary" href="/signup">Join now</a><a class="nav__button-secondary" href="/login">Sign in</a></nav></header>'
        f'<main class="main"><section class="core-rail"><article class="article-main" data-test-id="publishing-text-block"><figure class="cover-img"><img class="cover-img__image" src="/dms/image/{hexid(c, 16)}/article-cover_image-shrink_720_1280/0/" alt=""></figure>'
        f'<h1 class="pulse-title">{esc(c.body.title)}</h1><div class="publisher-author-card"><a href="/in/{slug(who)}-{hexid(c, 6)}" class="base-card__full-link"><span class="sr-only">{who}</span></a><img src="/avatar.jpg" alt=""><div><h3 class="base-main-card__title">{who}</h3><h4 class="base-main-card__subtitle">{esc(headline)}</h4><div class="base-main-card__metadata"><span>Published {date(c.rng)}</span></div></div><a class="follow-button" href="/signup?trk=public_post_follow">+ Follow</a></div>'
        f'<div class="article-main__content" data-test-id="article-content-blocks"><div class="reader-text-block__paragraph">{"".join(out)}</div></div>'
        f'<div class="social-details-social-counts"><span class="social-counts-reactions">{c.rng.randint(3, 900)}</span><a href="#comments">{c.rng.randint(0, 80)} Comments</a></div><div class="social-actions"><a href="/signup">Like</a><a href="/signup">Comment</a><a href="/signup">Share</a></div>'
        f'<button class="report-article">Report this article</button></article>'
        f'<section class="comments"><p>To view or add a comment, <a href="/signup">sign in</a></p></section>'
        f'<section class="more-articles"><h2>More articles by {who}</h2><ul>{more}</ul><a href="/in/{slug(who)}/recent-activity/articles/">See all articles</a></section></section>'
        f'<aside class="right-rail"><h2>Explore topics</h2><ul>{"".join(f"<li><a href=/pulse/topics/{slug(t)}/>{t}</a></li>" for t in ("Sales", "Marketing", "IT Services", "Business Administration", "HR Management", "Engineering", "Soft Skills"))}</ul></aside></main>'
        f'<div class="join-modal" role="dialog"><h2>Sign in to view more content</h2><p>Create your free account or sign in to continue your search</p><a href="/login">Sign in</a><a href="/signup">Join now</a><p>By clicking Continue to join or sign in, you agree to the User Agreement, Privacy Policy, and Cookie Policy.</p></div>'
        f'<footer class="li-footer"><ul>{"".join(f"<li><a href=/legal/{slug(w)}>{w}</a></li>" for w in ("About", "Accessibility", "User Agreement", "Privacy Policy", "Cookie Policy", "Copyright Policy", "Brand Policy"))}</ul><p>© {c.rng.randint(2020, 2024)}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A newsletter's web archive (Buttondown- or Kit-like)


def _subscribe_form(c: Ctx, name: str, kind: str) -> str:
    if kind == "buttondown":
        return f'<form class="subscribe-form" action="https://buttondown.example/api/emails/embed-subscribe/{slug(name)}" method="post"><label for="bd-email">Subscribe to {esc(name)}</label><input type="email" name="email" id="bd-email" placeholder="you@example.com"><input type="submit" value="Subscribe"></form>'
    return f'<form action="https://app.kit.example/forms/{c.rng.randint(10**6, 10**7)}/subscriptions" class="seva-form formkit-form" method="post" data-sv-form="{c.rng.randint(10**6, 10**7)}" data-uid="{hexid(c, 10)}" data-format="inline" data-version="5"><div data-style="clean"><ul class="formkit-alert formkit-alert-error" data-element="errors" data-group="alert"></ul><div data-element="fields" class="seva-fields formkit-fields"><div class="formkit-field"><input class="formkit-input" name="email_address" aria-label="Email Address" placeholder="Email Address" required type="email"></div><button data-element="submit" class="formkit-submit"><span>Subscribe</span></button></div><div class="formkit-powered-by-convertkit-container"><a href="https://kit.example/features/forms" class="formkit-powered-by-convertkit" data-element="powered-by" target="_blank">Built with Kit</a></div></div></form>'


def fam_newsletter_web(c: Ctx) -> tuple[str, list[Block]]:
    """A newsletter issue on its archive site: Buttondown-like (email-body-content between two
    subscribe forms, "Don't miss what's next", "Powered by Buttondown") or Kit-like (the
    email in a post body with formkit forms and the archive list)."""
    kind = c.rng.choice(["buttondown", "kit"])
    name = f"{c.rng.choice(PEOPLE).split()[0]}'s {c.rng.choice(['Letter', 'Dispatch', 'Weekly', 'Notes', 'Sunday Thing'])}"
    out: list[str] = []
    gold: list[Block] = []
    for block in c.body.blocks:
        h, g = rendered(c, block, "<p>", "<h2>")
        out.append(h)
        gold += g
    archive = "".join(
        f'<li><a href="/archive/{slug(h)}/">{esc(h)}</a> <time>{date(c.rng)}</time></li>'
        for h in headlines(c, 5)
    )
    c.used += [
        f"nl-{kind}",
        "nl-subscribe-top",
        "nl-subscribe-bottom",
        "nl-archive-list",
        "nl-powered-by",
    ]
    if kind == "buttondown":
        html = (
            f'<body><div class="container"><header class="newsletter-header"><img src="/icon.png" alt="" class="newsletter-icon"><h2 class="newsletter-name"><a href="/">{esc(name)}</a></h2><p class="newsletter-description">{sentence(c)}</p>{_subscribe_form(c, name, kind)}<a href="/archive/">Archives</a></header>'
            f'<main><div class="email-detail"><h1 class="email-detail__subject">{esc(c.body.title)}</h1><div class="email-detail__meta"><time>{date(c.rng)}</time></div><div class="email-body-content">{"".join(out)}</div></div>'
            f"<div class=\"subscribe-bottom\"><h3>Don't miss what's next. Subscribe to {esc(name)}:</h3>{_subscribe_form(c, name, kind)}</div>"
            f'<div class="archive"><h3>More from the archive</h3><ul>{archive}</ul></div></main>'
            f'<footer><a href="https://buttondown.example/refer/{slug(name)}">Powered by Buttondown, the easiest way to start and grow your newsletter.</a></footer></div></body></html>'
        )
    else:
        html = (
            f'<body class="creator-profile"><header class="profile-header"><img src="/avatar.png" alt=""><h2>{esc(name)}</h2><p>{sentence(c)}</p>{_subscribe_form(c, name, kind)}</header>'
            f'<main class="post"><div class="post-header"><h1 class="post-title">{esc(c.body.title)}</h1><p class="post-date">{date(c.rng)}</p></div><div class="post-body"><div class="email-content">{"".join(out)}</div></div>'
            f'<section class="post-subscribe"><h3>Join {c.rng.randint(2, 90)},000+ readers</h3><p>Get the next issue in your inbox.</p>{_subscribe_form(c, name, kind)}</section>'
            f'<section class="posts-list"><h3>Previous issues</h3><ul>{archive}</ul></section></main>'
            f'<footer class="profile-footer"><p>© {c.rng.randint(2020, 2024)} {esc(name)}</p><p>{mailing_street(c)}</p><a href="https://kit.example/?utm_campaign=poweredby">Powered by Kit</a></footer></body></html>'
        )
    return html, gold


def mailing_street(c: Ctx) -> str:
    return f"{c.rng.randint(1, 999)} {c.rng.choice(['Main St', 'High Street', 'Oak Ave'])}, {c.rng.choice(['Denver, CO', 'Leeds', 'Toronto, ON'])}"


# ---------------------------------------------------------------------------------------------
# A Kinja-era blog post (Gizmodo / Jezebel-like)


def fam_kinja(c: Ctx) -> tuple[str, list[Block]]:
    """A Kinja-era post: hashed styled-component classes, the js_post-content body with an
    inline "Related Content" module and a commerce disclosure, the starter-post byline with
    the view count, "DISCUSSION" replies and the "Most Popular" rail."""
    pcls, hcls = hashed(c), hashed(c)
    who = c.rng.choice(PEOPLE)
    where = slots(c, len(c.body.blocks), 1)
    out: list[str] = []
    gold: list[Block] = []
    if c.rng.random() < 0.4:
        c.used.append("kinja-commerce-disclosure")
        out.append(
            f'<div class="{hashed(c)} js_commerce-disclosure"><p><em>We may earn a commission from links on this page.</em></p></div>'
        )
    for i, block in enumerate(c.body.blocks):
        if i in where:
            c.used.append("kinja-related-module")
            items = "".join(
                f'<div class="{hashed(c)}"><a href="https://{c.site}/{slug(h)}-{c.rng.randint(10**9, 10**10)}" data-ga=\'[["Embedded Url","Internal link"]]\'><h4>{esc(h)}</h4></a></div>'
                for h in headlines(c, 2)
            )
            out.append(
                f'<aside class="{hashed(c)} js_related-stories-inset"><h4 class="{hashed(c)}">Related Content</h4>{items}</aside>'
            )
        h, g = rendered(c, block, f'<p class="{pcls}">', f'<h3 class="{hcls}">')
        out.append(h)
        gold += g
    replies = "".join(
        f'<article class="{hashed(c)} js_reply"><div class="reply-byline"><a href="https://kinja.example/{slug(p)}">{p.split()[0].lower()}{c.rng.randint(1, 99)}</a><time>{c.rng.randint(1, 11)}h</time></div><p>{sentence(c)}</p></article>'
        for p in c.rng.sample(PEOPLE, c.rng.randint(1, 4))
    )
    c.used += [
        "kinja-header",
        "kinja-byline",
        "kinja-discussion",
        "kinja-most-popular",
        "kinja-footer",
    ]
    html = (
        f'<body><div id="__next"><header class="{hashed(c)}"><a href="/" class="{hashed(c)}" aria-label="{brand(c)}">{brand(c).upper()}</a><nav>{"".join(f"<a href=/{slug(w)}>{w}</a>" for w in ("Tech", "Reviews", "Science", "Earther", "io9", "Video", "Deals"))}</nav></header>'
        f'<main class="{hashed(c)}"><div class="js_starterpost"><div class="{hashed(c)}"><a href="/{c.rng.choice(["tech", "science", "reviews"])}">{c.rng.choice(["Tech", "Science", "Reviews"])}</a></div><header><h1 class="{hashed(c)}">{esc(c.body.title)}</h1></header>'
        f'<div class="{hashed(c)} js_meta-byline"><a href="/author/{slug(who)}">{who}</a><time datetime="{c.rng.randint(2015, 2019)}-0{c.rng.randint(1, 9)}-1{c.rng.randint(0, 9)}">{date(c.rng)}</time><span class="{hashed(c)}">{c.rng.randint(2, 90)}.{c.rng.randint(1, 9)}K</span><button>Save</button></div>'
        f'<figure class="{hashed(c)}"><img src="https://i.kinja-img.example/gawker-media/image/upload/c_fill,f_auto,fl_progressive,g_center,h_675,pg_1,q_80,w_1200/{hexid(c, 20)}.jpg" alt=""><figcaption>{sentence(c)} Photo: {c.rng.choice(PEOPLE)} (Getty Images)</figcaption></figure>'
        f'<div class="{hashed(c)} js_post-content"><div class="{hashed(c)} js_expandable-container">{"".join(out)}</div></div></div>'
        f'<div class="{hashed(c)} js_tags"><a href="/tag/{slug(c.body.title.split()[0])}">{esc(c.body.title.split()[0].lower())}</a></div>'
        f'<section class="js_discussion-region"><h3>DISCUSSION</h3>{replies}<button>Show all {c.rng.randint(5, 200)} replies</button></section>'
        f'<aside class="{hashed(c)}"><h3>Most Popular</h3><ol>{"".join(f"<li>{c.link(h)}</li>" for h in headlines(c, 5))}</ol></aside></main>'
        f'<footer class="{hashed(c)}"><a href="/about">About</a><a href="/privacy">Privacy Policy</a><a href="/terms">Terms of Service</a><p>© {c.rng.randint(2015, 2024)} {brand(c)} Media Group</p></footer></div></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind); the scarce kinds are drawn first
    "bloomberg-lite": (fam_bloomberg, "business"),
    "club-news": (fam_club_news, "sport"),
    "kinja": (fam_kinja, "tech"),
    "science-mag": (fam_science_mag, "tech"),
    "forbes-contrib": (fam_forbes, "ecb"),
    "euro-regional": (fam_euro_regional, "lede"),
    "broadcaster-intl": (fam_broadcaster_intl, "news"),
    "wp-classic": (fam_wp_classic, "blog"),
    "wpbakery": (fam_wpbakery, "blog"),
    "avada": (fam_avada, "blog"),
    "linkedin-article": (fam_linkedin, "blog"),
    "newsletter-web": (fam_newsletter_web, "blog"),
}


def text_key(b: Body) -> str:
    """A body's identity: its text's opening (a feed can hold one text under two titles)."""
    return gold_text(b.blocks)[:300]


def unique_bodies(bodies: list[Body]) -> list[Body]:
    """One body per text (the first one), in the order of each text's last appearance."""
    return list({text_key(b): b for b in reversed(bodies)}.values())[::-1]


def body_kinds(*categories: str) -> tuple[dict[str, list[Body]], Pool]:
    """Sets G-I's bodies by kind, one body per text: BBC News texts of >= 150 words ("news")
    and of the given BBC `categories`, ECB+ documents ("ecb") and ledes ("lede"), short blog
    posts ("blog"); and the pool that furniture is drawn from."""
    bbc = [b for b in bbc_bodies() if b.words() >= 150]
    kinds: dict[str, list[Body]] = {
        "news": bbc,
        **{category: bbc_category(bbc, category) for category in categories},
        "ecb": ecb_bodies(),
        "lede": [b for b in ecb_lede_bodies() if b.words() >= 150],
        "blog": [b for b in short_blog_bodies() if b.words() >= 150],
    }
    pool = Pool(bbc + kinds["ecb"])
    return {kind: unique_bodies(bodies) for kind, bodies in kinds.items()}, pool


def build_pages(per_family: int = 16, seed: int = 601) -> list[Page]:
    """Set G: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "sport")
    return draw_set("g", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key)


if __name__ == "__main__":  # page_families_g.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 601)

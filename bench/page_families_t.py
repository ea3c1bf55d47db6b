"""Set T of the constructed pages: 12 families of news publishers of Europe and the Americas,
and `build_pages`.

Six families are in page_templates_t.py (a French national daily, a Dutch public
broadcaster's news site, a Polish news portal, a Turkish national daily, a Portuguese daily
of the XHTML era, a Swedish evening paper); here a Canadian chain paper (Postmedia-like), an
Argentine national daily (Clarín-like), a US alt-weekly on a hosted alt-weekly CMS, a US
TV network's news page of 2009-2016, a US local nonprofit newsroom on Newspack and an
Austrian quality paper (Der-Standard-like). Written blind to digest's extraction rules and
frozen before anyone ran digest on it; its builder never ran digest, trafilatura,
readability or bench_pages on it (session 14, helper h-sett). The gold convention is in
page_templates_t.py's docstring; the decisions for this module's families, written down
before they were coded:
- a Canadian chain paper (Postmedia-like, 2019-2025): the paragraphs, subheadings and lists
  of the story's content groups (`section.article-content__content-group--story`; the story
  is cut into several groups with ads between them) are article; the kicker, the title, the
  subtitle (standfirst), "Author of the article:", "Published / Last updated / N minute
  read", "Join the conversation", the lead photo with its "Photo by" credit, the ad blocks
  ("Advertisement N", "This advertisement has not loaded yet, but your article continues
  below."), the "Article content" labels that open the groups after an ad (a `<p>` like the
  body's), the subscription card ("Subscribe now to read the latest news in your city and
  across Canada." with its list of benefits), the "Share this Story" bar, "Related Stories",
  the comments note ("Postmedia is committed to maintaining a lively but civil forum ..."),
  "Trending" and the footer are not;
- an Argentine national daily (Clarín-like, 2010-2020): the paragraphs, the intertitles
  (`h2`), lists and a quoted statement of `div.body-nota` are article; the breadcrumb, the
  title, the bajada (standfirst), the author and date, "Compartir", the lead photo and its
  "Foto: ..." caption, the "Mirá también" boxes inside the body, the "Publicidad" slots, the
  newsletter box, "Sobre la firma" (author card with bio), "Comentarios" ("Para comentar
  nuestras notas por favor ingresá como suscriptor"), "Tags relacionados", "Lo más leído"
  and the footer are not;
- a US alt-weekly on a hosted alt-weekly CMS (Foundation-like, 2016-2024: `fdn-` classes):
  the paragraphs, subheadings and lists of `div.fdn-content-body` are article; the
  "Keep X Free" appeal inside the body (a box with a heading, two paragraphs and buttons),
  the "ADVERTISING" slots, the inline photos with their captions and "Photo by" credits, the
  title, the subtitle (standfirst), "By NAME", the date, the share bar, the location card
  after the body (name, address, phone), "Related Stories", the newsletter box, "Trending"
  and the footer are not;
- a US TV network's news page (CBS-News-like, 2009-2016): the story's paragraphs (the first
  with the "(CBS/AP) CITY - " dateline on some pages: article) and lists are article; the
  section nav, the title, the byline line ("By NAME / CBS News / date"), the share buttons
  (Digg and StumbleUpon on the older pages), the lead video and the inline "Watch" video
  cards (title, description, duration), the "Special Section:" lines (a paragraph like the
  body's with a bold label and a link), the "Advertisement" slot, the italic "The
  Associated Press contributed to this report." line, the copyright notice ("This material
  may not be published, broadcast, rewritten, or redistributed."), "In:" topics, "Trending
  News", "Featured Local Savings" and the footer are not;
- a US local nonprofit newsroom on Newspack (WordPress, 2020-2026): the paragraphs,
  subheadings (`h2.wp-block-heading`), lists (`ul.wp-block-list`) and quotes of
  `div.entry-content` are article; the "Donate" header button, the category links, the title,
  the subtitle (`div.newspack-post-subtitle`), "By NAME", the dates, the featured image and
  its caption and credit, the in-content donate block (tiers, "Donate now"), the newsletter
  signup block, the in-content campaign prompt ("This story was made possible ..."), the
  "Republish this story" button with its licence note, "Tagged:", the author bio, the share
  buttons, "Related", "Previous / Next article" and the footer (the newsroom's about line,
  "Proudly powered by Newspack by Automattic") are not;
- an Austrian quality paper (Der-Standard-like, 2014-2024): the paragraphs, subheadings
  (`h3`) and lists of `div.article-body` are article, but not its last paragraph, the
  author's signature "(NAME, 12.3.2024)" (a byline in the body's paragraph markup); the
  consent wall ("PUR-Abo"), the kicker, the title, the subtitle (standfirst), the author
  and date, the "Postings" count, the lead photo with its "Foto: APA/..." caption, the
  "Weiterlesen" teasers and "Anzeige" slots inside the body, the "Links" list after it,
  "Zum Thema", the forum (community rules, postings with their votes) and the footer ("Nutzung
  ausschließlich für den privaten Eigenbedarf") are not.

    .venv/bin/python bench/page_families_t.py PAGE_ID 1901
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_b import headlines
from page_templates_e import brand, chunks, hexid, sentence, with_dateline
from page_templates_h import insert_at as weave
from page_templates_p import as_list, headed
from page_templates_q import pick
from page_templates_r import heads, hm, marked, quoted
from page_templates_t import (
    fam_fr_national,
    fam_nl_broadcaster,
    fam_pl_portal,
    fam_pt_daily,
    fam_se_tabloid,
    fam_tr_daily,
    maybe,
    ymd,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]

_EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)


# ---------------------------------------------------------------------------------------------
# 7. A Canadian chain paper (Postmedia-like)


def _ca_ad(c: Ctx, n: int) -> str:
    c.used.append("ca-advertisement")
    return f'<div class="ad__section-border"><div class="ad__inner"><span class="ad__label">Advertisement {n}</span><div class="ad__container" id="gpt-dsk-tab-article-inline-{n}"></div><p class="ad__placeholder">This advertisement has not loaded yet, but your article continues below.</p></div></div>'


def _ca_subscribe(c: Ctx) -> str:
    c.used.append("ca-subscribe-card")
    perks = [
        "Exclusive articles from across the country.",
        "Unlimited online access to articles from across Canada with one account.",
        "Get exclusive access to the e-Edition, the electronic replica of the print edition.",
        "Enjoy insights and behind-the-scenes analysis from our award-winning journalists.",
        "Support local journalists and the next generation of journalists.",
    ]
    items = "".join(f"<li>{p}</li>" for p in c.rng.sample(perks, 3))
    return f'<div class="article-content__subscription-card"><h3>Subscribe now to read the latest news in your city and across Canada.</h3><ul>{items}</ul><a class="button" href="/subscribe">Subscribe now</a><p>Already have an account? <a href="/sign-in">Sign In</a></p></div>'


def fam_ca_chain(c: Ctx) -> FamilyOut:
    """A Postmedia-like paper: content groups split by ads, "Article content" labels after them."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.35), "ul", 0.25), 0.3)
    groups = chunks(c, blocks, c.rng.randint(2, 4))
    out: list[str] = []
    gold: list[Block] = []
    for n, group in enumerate(groups):
        parts, g = marked(c, group, lambda t: f"<p>{t}</p>", lambda t: f"<h2>{t}</h2>")
        gold += g
        if n:
            out.append(_ca_subscribe(c) if n == 1 and c.rng.random() < 0.4 else _ca_ad(c, n + 1))
            c.used.append("ca-article-content-label")
            parts = ['<p class="article-content__ad-label">Article content</p>', *parts]
        out.append(
            f'<section class="article-content__content-group article-content__content-group--story">{"".join(parts)}</section>'
        )
    y, m, d = ymd(c, 2019, 2025)
    stamp = f"{_EN_MONTHS[m - 1][:3]} {d:02d}, {y}"
    who = c.rng.choice(PEOPLE)
    city = pick(
        c,
        "Calgary",
        "Edmonton",
        "Ottawa",
        "Vancouver",
        "Montreal",
        "Windsor",
        "Regina",
        "Saskatoon",
    )
    paper = pick(c, "Herald", "Journal", "Citizen", "Sun", "Star", "Leader-Post", "StarPhoenix")
    related = "".join(
        f'<li><a href="/news/local-news{u[:50]}">{t}</a></li>'
        for u, t in heads(c, c.rng.randint(2, 3))
    )
    trending = "".join(
        f'<li class="article-card"><a href="/news{u[:50]}"><h3 class="article-card__headline">{t}</h3></a></li>'
        for u, t in heads(c, 5)
    )
    c.used += "ca-header ca-kicker ca-title ca-subtitle ca-author ca-dates ca-join-conversation ca-lead-photo ca-share ca-related ca-comments-note ca-trending ca-footer".split()
    html = (
        f'<body class="single single-post postmedia"><header class="header"><a class="header__logo" href="/">{city} {paper}</a><nav class="header__nav"><a href="/category/news/">News</a><a href="/category/opinion/">Opinion</a><a href="/category/sports/">Sports</a><a href="/category/business/">Business</a><a href="/category/entertainment/">Arts</a><a href="/category/life/">Life</a><a href="/category/puzzles/">Puzzles</a><a href="/category/classifieds/">Classifieds</a></nav><a class="header__subscribe" href="/subscribe">Subscribe</a><a href="/sign-in">Sign In</a></header>'
        f'<main class="l-main"><article class="article-content"><header class="article-header"><div class="article-header__detail"><a class="article-header__kicker" href="/category/news/local-news/">{pick(c, "Local News", "News", "Politics", "Crime", "Business")}</a><h1 class="article-title">{esc(c.body.title)}</h1><p class="article-subtitle">{sentence(c)}</p></div>'
        f'<div class="article-header__author"><span class="article-header__author-label">Author of the article:</span><a class="article-header__author-name" href="/author/{slug(who)}">{who}</a><span class="article-header__author-org">{city} {paper}</span></div>'
        f'<div class="article-header__info"><span class="published-date">Published {stamp}</span>'
        + maybe(c, 0.6, f' <span class="updated-date">Last updated {stamp}</span>')
        + f' <span class="reading-time">{c.rng.randint(2, 8)} minute read</span><a class="comments-link" href="#comments-area">Join the conversation</a></div></header>'
        f'<figure class="featured-image"><img src="https://smartcdn.gprod.postmedia.digital/{slug(city)}{paper.lower()}/wp-content/uploads/{y}/{m:02d}/{hexid(c, 10)}.jpg?quality=90&amp;strip=all&amp;w=1200" alt=""><figcaption><span class="caption">{sentence(c)}</span> <span class="distributor">Photo by {c.rng.choice(PEOPLE)} /{pick(c, "Postmedia", "THE CANADIAN PRESS", "Files")}</span></figcaption></figure>'
        f'<div class="article-content__body">{"".join(out)}</div>'
        f'<div class="sharing-block"><span>Share this article in your social network</span><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Email</a></div>'
        f'<section class="related-stories"><h2>Related Stories</h2><ul>{related}</ul></section>'
        f'<section id="comments-area" class="comments"><h2>Comments</h2><p>Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site. You will receive an email if there is a reply to your comment, an update to a thread you follow or if a user you follow comments. Visit our Community Guidelines for more information.</p></section></article>'
        f'<aside class="l-sidebar"><section class="trending"><h2>Trending</h2><ol>{trending}</ol></section><div class="ad__section-border"><span class="ad__label">Advertisement</span></div></aside></main>'
        f'<footer class="footer"><p>365 Bloor Street East, Toronto, Ontario, M4W 3L4</p><p>© {y} {city} {paper}, a division of Postmedia Network Inc. All rights reserved. Unauthorized distribution, transmission or republication strictly prohibited.</p><ul><li><a href="#">Privacy Policy</a></li><li><a href="#">Terms of Use</a></li><li><a href="#">Accessibility</a></li></ul></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. An Argentine national daily (Clarín-like)


def _ar_mira(c: Ctx) -> str:
    c.used.append("latam-mira-tambien")
    u, t = heads(c, 1)[0]
    return f'<div class="mira-tambien"><span class="mira-tambien__label">Mirá también</span><a href="/politica{u[:50]}_0_{hexid(c, 9)}.html"><img src="/img/{hexid(c, 10)}.jpg" alt=""><h3>{t}</h3></a></div>'


def _ar_ad(c: Ctx) -> str:
    c.used.append("latam-publicidad")
    return f'<div class="banner-intext"><span class="banner-label">Publicidad</span><div id="div-gpt-ad-intext-{c.rng.randint(1, 4)}"></div></div>'


def fam_latam_daily(c: Ctx) -> FamilyOut:
    """An Argentine daily: bajada, "Mirá también" boxes, "Sobre la firma", subscriber comments."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.4), "ul", 0.2), 0.35)
    parts, gold = marked(
        c,
        blocks,
        lambda t: f"<p>{t}</p>",
        lambda t: f"<h2>{t}</h2>",
        quote=lambda t: f'<blockquote class="cita"><p>{t}</p></blockquote>',
    )
    body = weave(
        c, parts, c.rng.randint(1, 3), lambda: _ar_mira(c) if c.rng.random() < 0.6 else _ar_ad(c)
    )
    y, m, d = ymd(c, 2010, 2020)
    who = c.rng.choice(PEOPLE)
    section = pick(c, "Política", "Sociedad", "Economía", "El Mundo", "Deportes", "Espectáculos")
    most = "".join(
        f'<li><span class="n">{i}</span><a href="/{slug(section)}{u[:50]}_0_{hexid(c, 9)}.html">{t}</a></li>'
        for i, (u, t) in enumerate(heads(c, 5), 1)
    )
    tags = "".join(
        f'<li><a href="/tema/{slug(t)}.html">{t}</a></li>'
        for t in c.rng.sample(
            [
                "Mauricio Macri",
                "Cristina Kirchner",
                "Inflación",
                "Dólar",
                "Buenos Aires",
                "Congreso",
                "Elecciones 2019",
                "AFA",
            ],
            3,
        )
    )
    c.used += "latam-header latam-breadcrumb latam-title latam-bajada latam-author-date latam-share latam-photo latam-newsletter latam-sobre-la-firma latam-comments latam-tags latam-mas-leido latam-footer".split()
    html = (
        f'<body class="nota"><header id="header"><a class="logo" href="/">{brand(c)}</a><nav class="menu"><a href="/ultimo-momento/">Último momento</a><a href="/politica/">Política</a><a href="/economia/">Economía</a><a href="/sociedad/">Sociedad</a><a href="/policiales/">Policiales</a><a href="/deportes/">Deportes</a><a href="/espectaculos/">Espectáculos</a></nav><a class="btn-suscribite" href="/suscripciones/">Suscribite</a><a href="/ingresar/">Ingresar</a></header>'
        f'<div id="main" class="container"><article class="entry-nota"><div class="breadcrumb"><a href="/{slug(section)}/">{esc(section)}</a></div><h1 id="title">{esc(c.body.title)}</h1><div class="bajada"><h2>{sentence(c)}</h2></div>'
        f'<div class="author-date"><div class="nombre"><a href="/autor/{slug(who)}.html">{who}</a></div><div class="breadcrumb-date">{d:02d}/{m:02d}/{y} - {hm(c)}</div>'
        + maybe(
            c, 0.5, f'<div class="actualizado">Actualizado al {d:02d}/{m:02d}/{y} {hm(c)}</div>'
        )
        + f'</div><div class="social-bar"><span>Compartir</span><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a><a href="#">Mail</a><a href="#comentarios">Comentarios</a></div>'
        f'<figure class="img-nota"><img src="https://images.{c.site}/{y}/{m:02d}/{d:02d}/{hexid(c, 9)}_1200x630__1.jpg" alt=""><figcaption>{sentence(c)} Foto: {pick(c, "Reuters", "AP", "EFE", "Télam", "Archivo")}</figcaption></figure>'
        f'<div class="body-nota">{"".join(body)}</div>'
        f'<div class="newsletter-box"><p class="newsletter-title">Newsletter {brand(c)}</p><p>Recibí en tu email todas las noticias, coberturas, historias y análisis de la mano de nuestros periodistas especializados.</p><form><input type="email" placeholder="Tu email"><button>QUIERO RECIBIRLO</button></form></div>'
        f'<div class="sobre-la-firma"><span class="label">Sobre la firma</span><p class="nombre">{who}</p><p class="bio">Periodista. Redactor{pick(c, "", "a")} de la sección {esc(section)}.</p></div>'
        f'<ul class="tags-relacionados"><li class="titulo">Tags relacionados</li>{tags}</ul>'
        f'<div id="comentarios" class="comentarios"><h3>Comentarios</h3><p>Comentar las notas de {brand(c)} es exclusivo para suscriptores.</p><p>Para comentar nuestras notas por favor ingresá como suscriptor.</p><a class="btn" href="/suscripciones/">SUSCRIBITE</a></div></article>'
        f'<aside class="sidebar"><section class="mas-leido"><h3>Lo más leído</h3><ol>{most}</ol></section><div class="banner"><span class="banner-label">Publicidad</span></div></aside></div>'
        f'<footer id="footer"><p>{brand(c)}.com · Edición: {d} de {pick(c, "enero", "abril", "agosto", "noviembre")} de {y}</p><p>Director: {c.rng.choice(PEOPLE)} · Propiedad intelectual: {c.rng.randint(10**6, 10**7)}</p><p>Copyright 1996-{y} {brand(c)}.com - All rights reserved</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A US alt-weekly on a hosted alt-weekly CMS (Foundation-like)


def _aw_support(c: Ctx, paper: str, city: str) -> str:
    c.used.append("aw-keep-free")
    return (
        f'<div class="fdn-support-us-inline"><h3 class="fdn-support-title">Keep {paper} Free...</h3>'
        f"<p>Since we started {paper}, it has been defined as the free, independent voice of {city}, and we'd like to keep it that way. With local media under siege, it's more important than ever for us to rally support behind funding our local journalism.</p>"
        f'<p>You can help by participating in our "I Support" program, allowing us to keep offering readers access to our incisive coverage of local news, food and culture with no paywalls.</p>'
        f'<div class="fdn-support-buttons"><a href="/support?frequency=1">Make a one-time donation today for as little as $1.</a> <a class="button" href="/support">I Support</a></div></div>'
    )


def _aw_ad(c: Ctx) -> str:
    c.used.append("aw-advertising")
    return f'<div class="fdn-in-content-ad component-ad"><div class="ad-label">ADVERTISING</div><div id="dfp-ad-in_content_{c.rng.randint(1, 4)}"></div></div>'


def _aw_photo(c: Ctx) -> str:
    c.used.append("aw-inline-photo")
    return f'<div class="fdn-image-container"><img src="https://media1.{c.site}/{hexid(c, 8)}/{hexid(c, 4)}.jpg?width=900&amp;quality=75" alt=""><div class="fdn-image-caption">{sentence(c)}</div><div class="fdn-image-credit">Photo by {c.rng.choice(PEOPLE)}</div></div>'


def fam_alt_weekly(c: Ctx) -> FamilyOut:
    """A US alt-weekly: "Keep X Free..." appeal inside the body, ADVERTISING slots, location card."""
    city = pick(c, "Denver", "Phoenix", "Houston", "Dallas", "Miami", "Seattle", "Tucson")
    paper = pick(
        c, f"{brand(c)} Weekly", f"{city} {brand(c)}", f"{brand(c)} New Times", f"{brand(c)} Press"
    )
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.35), "ul", 0.2), 0.3)
    parts, gold = marked(c, blocks, lambda t: f"<p>{t}</p>", lambda t: f"<h2>{t}</h2>")
    body = weave(
        c, parts, c.rng.randint(1, 3), lambda: _aw_ad(c) if c.rng.random() < 0.5 else _aw_photo(c)
    )
    if len(body) > 3:
        at = c.rng.randint(len(body) // 2, len(body) - 1)
        body = [*body[:at], _aw_support(c, paper, city), *body[at:]]
    y, m, d = ymd(c, 2016, 2024)
    who = c.rng.choice(PEOPLE)
    location = maybe(
        c,
        0.5,
        f'<div class="fdn-location-card"><h4 class="fdn-location-name">{esc(headlines(c, 1)[0][:30])}</h4><p class="fdn-location-address">{c.rng.randint(100, 4999)} {pick(c, "Colfax Ave.", "Main St.", "Grand Ave.", "Washington St.")}<br>{city}</p><p class="fdn-location-phone">{c.rng.randint(200, 999)}-555-{c.rng.randint(1000, 9999)}</p><a href="#">Website</a></div>',
    )
    if location:
        c.used.append("aw-location-card")
    related = "".join(
        f'<div class="fdn-teaser"><a href="/news{u[:50]}-{c.rng.randint(10**7, 10**8)}"><img src="/img/{hexid(c, 6)}.jpg" alt=""><span class="fdn-teaser-headline">{t}</span></a></div>'
        for u, t in heads(c, 3)
    )
    trending = "".join(
        f'<li><a href="/arts{u[:50]}-{c.rng.randint(10**7, 10**8)}">{t}</a></li>'
        for u, t in heads(c, 4)
    )
    c.used += "aw-header aw-title aw-subtitle aw-byline aw-date aw-share aw-related aw-newsletter aw-trending aw-footer".split()
    html = (
        f'<body class="fdn-article"><header class="fdn-header"><a class="fdn-logo" href="/">{paper}</a><nav class="fdn-nav"><a href="/news">News</a><a href="/music">Music</a><a href="/arts">Arts &amp; Culture</a><a href="/restaurants">Food &amp; Drink</a><a href="/marijuana">Marijuana</a><a href="/best-of">Best of {city}</a><a href="/calendar">Calendar</a></nav><a class="fdn-support-button" href="/support">Support Us</a></header>'
        f'<main class="fdn-magnum-main"><article class="fdn-article-page"><header class="fdn-article-header"><a class="fdn-section" href="/arts">{pick(c, "Arts", "News", "Music", "Film", "Food News")}</a><h1 class="headline">{esc(c.body.title)}</h1><h3 class="subheadline">{sentence(c)}</h3>'
        f'<div class="fdn-authors-line"><span class="fdn-byline">By <a href="/authors/{slug(who)}-{c.rng.randint(10**6, 10**7)}">{who}</a></span> <span class="fdn-date">{_EN_MONTHS[m - 1]} {d}, {y}</span> <span class="fdn-time">{c.rng.randint(1, 12)}:{c.rng.choice(["00", "15", "30", "45"])}{pick(c, "AM", "PM")}</span></div>'
        f'<div class="fdn-share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a><a href="#">Copy Link</a></div></header>'
        f'{_aw_photo(c)}<div class="fdn-content-body">{"".join(body)}</div>{location}'
        f'<section class="fdn-related"><h2>Related Stories</h2>{related}</section>'
        f'<div class="fdn-newsletter"><h3>Get the {paper} newsletter</h3><p>Stay up to date on everything happening in {city}: news, music, food and more.</p><form><input type="email" placeholder="Enter your email address"><button>Sign Up</button></form></div></article>'
        f'<aside class="fdn-sidebar"><section class="fdn-trending"><h2>Trending</h2><ol>{trending}</ol></section><div class="fdn-in-content-ad"><div class="ad-label">ADVERTISING</div></div></aside></main>'
        f'<footer class="fdn-footer"><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact Us</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li></ul><p>©{y} {paper}, LLC. All rights reserved.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A US TV network's news page (CBS-News-like, 2009-2016)


def _tv_watch(c: Ctx) -> str:
    c.used.append("tv-watch-card")
    return f'<div class="embed-video"><a class="video-link" href="/videos/{slug(headlines(c, 1)[0])}/"><img src="/i/{hexid(c, 8)}.jpg" alt=""><span class="play">Play Video</span></a><h4 class="video-title">Watch: {esc(headlines(c, 1)[0])}</h4><p class="video-description">{sentence(c)}</p><span class="video-duration">0{c.rng.randint(1, 5)}:{c.rng.randint(10, 59)}</span></div>'


def _tv_special(c: Ctx) -> str:
    c.used.append("tv-special-section")
    u, t = heads(c, 1)[0]
    return f'<p><strong>{pick(c, "Special Section:", "Special Report:", "More from CBS:", "Full Coverage:")}</strong> <a href="/feature{u[:50]}/">{t}</a></p>'


def _tv_ad(c: Ctx) -> str:
    c.used.append("tv-advertisement")
    return '<div class="ad-inline"><span class="ad-label">Advertisement</span><div class="ad-unit" id="ad-mpu"></div></div>'


def fam_network_news(c: Ctx) -> FamilyOut:
    """A TV network's news page of 2009-2016: video cards, the AP and copyright lines in the body."""
    y, m, d = ymd(c, 2009, 2016)
    blocks = [b for b in c.body.blocks if b[0] in ("p", "ul", "ol")]
    if c.rng.random() < 0.5:
        c.used.append("tv-dateline")
        blocks = with_dateline(
            c,
            blocks,
            f"({brand(c).upper()}/AP) {pick(c, 'WASHINGTON', 'NEW YORK', 'CHICAGO', 'LOS ANGELES', 'MIAMI')}",
            " - ",
        )
    parts, gold = marked(
        c, as_list(c, blocks, "ul", 0.15), lambda t: f"<p>{t}</p>", lambda t: f"<h3>{t}</h3>"
    )
    makers = [lambda: _tv_watch(c), lambda: _tv_watch(c), lambda: _tv_special(c), lambda: _tv_ad(c)]
    body = weave(c, parts, c.rng.randint(1, 3), lambda: c.rng.choice(makers)())
    if c.rng.random() < 0.5:
        c.used.append("tv-ap-contributed")
        body.append("<p><em>The Associated Press contributed to this report.</em></p>")
    who = c.rng.choice(PEOPLE)
    net = brand(c).upper()
    share = (
        '<li><a href="#">Digg</a></li><li><a href="#">StumbleUpon</a></li>'
        if y < 2013
        else '<li><a href="#">Reddit</a></li><li><a href="#">Flipboard</a></li>'
    )
    trending = "".join(f'<li><a href="/news{u[:50]}/">{t}</a></li>' for u, t in heads(c, 5))
    savings = "".join(
        f'<li class="sponsored"><a href="https://ads.{c.site}/r/{hexid(c, 10)}">{pick(c, "Seniors Born Before 1960 Are Getting Big Discounts On This", "The Easiest Way To Lower Your Electric Bill", "Doctors Stunned By This Simple Trick", "New Rule For Drivers In Your Area")}</a><span>{pick(c, "SmartSaver", "Daily Finance Tips", "HealthWatch", "Insurance Today")}</span></li>'
        for _ in range(3)
    )
    topics = "".join(
        f'<a href="/tag/{slug(t)}/">{t}</a>'
        for t in c.rng.sample(
            ["Barack Obama", "Congress", "Economy", "Weather", "Crime", "Supreme Court", "Health"],
            2,
        )
    )
    lead = maybe(
        c,
        0.5,
        f'<div class="video-player lead-video"><div class="player" data-video-id="{hexid(c, 12)}"></div><p class="video-title">{esc(headlines(c, 1)[0])}</p></div>',
    )
    c.used += "tv-header tv-title tv-byline tv-share tv-copyright tv-topics tv-trending tv-local-savings tv-footer".split()
    html = (
        f'<body class="article"><div id="header"><a id="logo" href="/">{net} NEWS</a><ul id="nav"><li><a href="/video/">Video</a></li><li><a href="/us/">US</a></li><li><a href="/world/">World</a></li><li><a href="/politics/">Politics</a></li><li><a href="/entertainment/">Entertainment</a></li><li><a href="/health/">Health</a></li><li><a href="/moneywatch/">MoneyWatch</a></li><li><a href="/tech/">SciTech</a></li><li><a href="/crime/">Crime</a></li><li><a href="/sports/">Sports</a></li><li><a href="/live/">{net}N Live</a></li></ul></div>'
        f'<div id="content"><div class="article-wrap"><h1 class="title">{esc(c.body.title)}</h1>'
        f'<p class="byline"><span class="author">By {who}</span> / <span class="source">{net} News</span> / <span class="time">{_EN_MONTHS[m - 1]} {d}, {y}, {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {pick(c, "AM", "PM")}</span></p>'
        f'<ul class="share-bar"><li><a href="#">Share</a></li><li><a href="#">Tweet</a></li>{share}<li><a href="#">Email</a></li><li><a href="#comments">Comments</a></li></ul>'
        f'{lead}<div id="article-entry" class="entry">{"".join(body)}'
        f'<div class="copyright">© {y} {net} Interactive Inc. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.</div></div>'
        f'<p class="topics">In: {topics}</p><p class="first-published">First published on {_EN_MONTHS[m - 1]} {d}, {y} / {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {pick(c, "AM", "PM")}</p></div>'
        f'<div id="right-rail"><div class="trending"><h3>Trending News</h3><ol>{trending}</ol></div><div class="local-savings"><h3>Featured Local Savings</h3><ul>{savings}</ul></div></div></div>'
        f'<div id="footer"><p><a href="#">Privacy Policy</a> | <a href="#">Terms of Use</a> | <a href="#">Advertise</a> | <a href="#">Closed Captioning</a> | <a href="#">Mobile</a> | <a href="#">Newsletters</a></p><p>Copyright © {y} {net} Interactive Inc. All rights reserved.</p></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A US local nonprofit newsroom on Newspack (WordPress)


def _np_donate(c: Ctx, org: str) -> str:
    c.used.append("np-donate-block")
    tiers = "".join(
        f'<label class="tier"><input type="radio" name="donation_value_month"> ${v}</label>'
        for v in (c.rng.choice([5, 7, 8]), c.rng.choice([10, 15]), c.rng.choice([20, 25, 50]))
    )
    return f'<div class="wp-block-newspack-blocks-donate wpbnbd tiered"><form><div class="wp-block-newspack-blocks-donate__frequencies"><span>One-time</span> <span>Monthly</span> <span>Annually</span></div><p class="wpbnbd__header">Support independent local news. {org} is nonprofit and free for everyone.</p><div class="tiers">{tiers}<label class="tier"><input type="radio"> Other</label></div><button type="submit">Donate now</button></form></div>'


def _np_newsletter(c: Ctx, org: str) -> str:
    c.used.append("np-newsletter-block")
    return f'<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe"><form><p class="newspack-newsletters-subscribe__title">Get {org} in your inbox</p><p>Our free newsletter, {pick(c, "every weekday morning", "twice a week", "every Friday")}.</p><input type="email" placeholder="Email address"><input type="submit" value="Sign up"></form></div>'


def _np_prompt(c: Ctx, org: str) -> str:
    c.used.append("np-campaign-prompt")
    return f'<div class="newspack-popup newspack-inline-popup" role="dialog"><div class="wp-block-group"><p class="has-medium-font-size"><strong>This story was made possible by readers like you.</strong></p><p>{org} is a nonprofit newsroom. Become a member today to keep local reporting free for everyone.</p><div class="wp-block-buttons"><a class="wp-block-button__link" href="/donate/">Become a member</a></div></div></div>'


def fam_newspack_local(c: Ctx) -> FamilyOut:
    """A Newspack site: donate, newsletter and campaign blocks in the content, republish button."""
    org = pick(
        c, f"{brand(c)} Local", f"The {brand(c)} Beacon", f"{brand(c)} Voice", f"{brand(c)}Side"
    )
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.5), "ul", 0.3), 0.3)
    parts, gold = marked(
        c,
        blocks,
        lambda t: f"<p>{t}</p>",
        lambda t: f'<h2 class="wp-block-heading">{t}</h2>',
        ul=('<ul class="wp-block-list">', "<li>", "</ul>"),
        quote=lambda t: f'<blockquote class="wp-block-quote"><p>{t}</p></blockquote>',
    )
    makers = [
        lambda: _np_donate(c, org),
        lambda: _np_newsletter(c, org),
        lambda: _np_prompt(c, org),
    ]
    body = weave(c, parts, c.rng.randint(1, 2), lambda: c.rng.choice(makers)())
    y, m, d = ymd(c, 2020, 2026)
    who = c.rng.choice(PEOPLE)
    cats = "".join(
        f'<a href="/category/{slug(t)}/" rel="category tag">{t}</a>'
        for t in c.rng.sample(
            ["Government", "Housing", "Education", "Environment", "Public Safety", "Health"],
            c.rng.randint(1, 2),
        )
    )
    tags = ", ".join(
        f'<a href="/tag/{slug(t)}/" rel="tag">{t}</a>'
        for t in c.rng.sample(
            ["city council", "budget", "schools", "zoning", "water", "elections", "police"], 3
        )
    )
    related = "".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/{y}/{m:02d}{u[:50]}/">{t}</a></h4><p class="jp-relatedposts-post-date">{_EN_MONTHS[c.rng.randint(0, 11)]} {c.rng.randint(1, 28)}, {y}</p></div>'
        for u, t in heads(c, 3)
    )
    prev, nxt = headlines(c, 2)
    republish = maybe(
        c,
        0.5,
        '<div class="newspack-republish-button"><button class="republish-trigger">Republish this story</button><div class="republication-tracker-tool-modal" hidden><p>This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.</p><p>Republish our articles for free, online or in print, under a Creative Commons license.</p></div></div>',
    )
    if republish:
        c.used.append("np-republish")
    c.used += "np-header np-donate-button np-categories np-title np-subtitle np-byline np-dates np-featured-image np-tags np-author-bio np-share np-related np-post-nav np-footer".split()
    html = (
        f'<body class="post-template-default single single-post newspack-front-page h-stb h-sub single-featured-image-default has-sidebar"><div id="page" class="site"><header id="masthead" class="site-header hide-header-search"><div class="wrapper"><div class="site-branding"><a class="custom-logo-link" href="/">{org}</a><p class="site-description">{pick(c, "Nonprofit news for", "Independent journalism for", "Local news that serves")} {pick(c, "the valley", "the city", "the county", "our neighborhoods")}</p></div><nav class="main-navigation"><ul><li><a href="/category/news/">News</a></li><li><a href="/category/government/">Government</a></li><li><a href="/category/education/">Education</a></li><li><a href="/events/">Events</a></li><li><a href="/about/">About</a></li></ul></nav><a class="button donate" href="/donate/">Donate</a></div></header>'
        f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-{c.rng.randint(1000, 99999)}" class="post type-post status-publish format-standard has-post-thumbnail entry"><header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span>{cats}</span><h1 class="entry-title">{esc(c.body.title)}</h1><div class="newspack-post-subtitle">{sentence(c)}</div>'
        f'<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img src="https://secure.gravatar.com/avatar/{hexid(c, 32)}?s=80" alt=""></span><span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/{slug(who)}/">{who}</a></span></span><span class="posted-on"><time class="entry-date published" datetime="{y}-{m:02d}-{d:02d}">{_EN_MONTHS[m - 1]} {d}, {y}</time>'
        + maybe(
            c,
            0.5,
            f'<span class="updated-label">Updated </span><time class="updated">{_EN_MONTHS[m - 1]} {d}, {y} {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {pick(c, "a.m.", "p.m.")}</time>',
        )
        + f'</span></div><div class="entry-actions"><div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-x" href="#">X</a></li><li><a class="share-email" href="#">Email</a></li><li><a class="share-print" href="#">Print</a></li></ul></div></div></div></header>'
        f'<figure class="post-thumbnail"><img src="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}-1200x800.jpg" class="wp-post-image" alt=""><figcaption><span class="image-caption">{sentence(c)}</span> <span class="image-credit"><span class="credit-label-wrapper">Credit: </span>{c.rng.choice(PEOPLE)} / {org}</span></figcaption></figure>'
        f'<div class="entry-content">{"".join(body)}</div>{republish}'
        f'<footer class="entry-footer"><span class="tags-links"><span>Tagged: </span>{tags}</span></footer>'
        f'<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">{who}</h2></div><p>{who} covers {pick(c, "city hall", "schools", "housing", "the environment")} for {org}. {pick(c, "Before that, they reported for a daily newspaper.", "They joined the newsroom in its first year.", "Send tips by email.")}</p><a class="author-link" href="/author/{slug(who)}/">More by {who}</a></div></div>'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{related}</div>'
        f'<nav class="navigation post-navigation"><div class="nav-previous"><a href="/{slug(prev)}/"><span class="meta-nav">Previous article</span> <span class="post-title">{esc(prev)}</span></a></div><div class="nav-next"><a href="/{slug(nxt)}/"><span class="meta-nav">Next article</span> <span class="post-title">{esc(nxt)}</span></a></div></nav></article></main></div></div>'
        f'<footer id="colophon" class="site-footer"><div class="footer-branding"><p>{org} is a nonprofit, nonpartisan newsroom. We are a 501(c)(3) organization; donations are tax-deductible.</p></div><div class="site-info"><span class="copyright">© {y} {org}.</span> <a href="/privacy-policy/">Privacy Policy</a> <a class="imprint" href="https://newspack.com/">Proudly powered by Newspack by Automattic</a></div></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. An Austrian quality paper (Der-Standard-like)


def _at_weiter(c: Ctx) -> str:
    c.used.append("at-weiterlesen")
    items = "".join(
        f'<li><a href="/story/{c.rng.randint(2000000000000, 3000000000000)}{u[:50]}">{t}</a></li>'
        for u, t in heads(c, c.rng.randint(1, 2))
    )
    return f'<div class="js-embed-related story-related"><h4 class="story-related-title">Weiterlesen:</h4><ul>{items}</ul></div>'


def _at_ad(c: Ctx) -> str:
    c.used.append("at-anzeige")
    return f'<div class="adzone adzone--content"><span class="adzone-label">Anzeige</span><div id="ad-content-{c.rng.randint(1, 3)}"></div></div>'


def fam_at_quality(c: Ctx) -> FamilyOut:
    """An Austrian quality paper: signature "(NAME, d.m.yyyy)" closing the body, the forum."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.4), "ul", 0.25), 0.3)
    parts, gold = marked(c, blocks, lambda t: f"<p>{t}</p>", lambda t: f"<h3>{t}</h3>")
    body = weave(
        c, parts, c.rng.randint(1, 3), lambda: _at_weiter(c) if c.rng.random() < 0.6 else _at_ad(c)
    )
    y, m, d = ymd(c, 2014, 2024)
    who = c.rng.choice(PEOPLE)
    c.used.append("at-signature")
    body.append(f"<p>({who}, {d}.{m}.{y})</p>")
    kicker = pick(c, "Konjunktur", "Budget", "Arbeitsmarkt", "Inflation", "Energie", "Innenpolitik")
    posts = c.rng.randint(3, 900)
    postings = "".join(
        f'<div class="posting"><div class="posting-header"><span class="posting-user">{pick(c, "Grantler", "Wiener Melange", "rot-weiß-rot", "Skeptikerin", "Bobo aus Neubau", "Mostviertler")}</span> <span class="posting-time">{d}. {pick(c, "März", "Mai", "Oktober")} {y}, {hm(c)}</span></div><div class="posting-content">{sentence(c, c.rng.randint(1, 2))}</div><div class="posting-ratings"><span class="positive">{c.rng.randint(0, 150)}</span> <span class="negative">{c.rng.randint(0, 60)}</span></div></div>'
        for _ in range(c.rng.randint(2, 5))
    )
    sources = [
        ("www.statistik.at", "Statistik Austria"),
        ("www.wifo.ac.at", "WIFO"),
        ("www.parlament.gv.at", "Parlament"),
        ("www.oenb.at", "Nationalbank"),
    ]
    links = "".join(
        f'<li><a href="https://{host}/{hexid(c, 6)}" rel="noopener">{name}: {pick(c, "Pressemitteilung", "Bericht", "Studie", "Daten")}</a></li>'
        for host, name in c.rng.sample(sources, c.rng.randint(1, 2))
    )
    thema = "".join(
        f'<li><a href="/story/{c.rng.randint(2000000000000, 3000000000000)}{u[:50]}">{t}</a></li>'
        for u, t in heads(c, 3)
    )
    consent = maybe(
        c,
        0.4,
        f'<div class="consent-wall" role="dialog"><p>Willkommen bei {brand(c)}. Wir verwenden Cookies und Tracking, um unser Angebot zu finanzieren.</p><button>Zustimmen und weiter</button><a href="/pur">PUR-Abo: werbefrei lesen</a></div>',
    )
    c.used += "at-header at-kicker at-title at-subtitle at-author-date at-postings-count at-lead-photo at-links at-zum-thema at-forum at-footer".split()
    html = (
        f'<body class="story">{consent}<header class="site-header"><a class="site-logo" href="/">der{brand(c)}</a><nav class="site-nav"><a href="/international">International</a><a href="/inland">Inland</a><a href="/wirtschaft">Wirtschaft</a><a href="/web">Web</a><a href="/sport">Sport</a><a href="/panorama">Panorama</a><a href="/kultur">Kultur</a><a href="/meinung">Meinung</a></nav><a href="/abo">Abo</a> <a href="/anmelden">Anmelden</a></header>'
        f'<main class="site-main"><article class="story-article"><header class="article-header"><p class="article-kicker">{kicker}</p><h1 class="article-title">{esc(c.body.title)}</h1><p class="article-subtitle">{sentence(c, c.rng.randint(1, 2))}</p>'
        f'<div class="article-meta"><div class="article-byline"><span class="article-origins">{who}</span></div><time class="article-pubdate" datetime="{y}-{m:02d}-{d:02d}">{d}. {pick(c, "Jänner", "März", "Mai", "Juli", "Oktober", "Dezember")} {y}, {hm(c)}</time><a class="article-postings" href="#forum">{posts} Postings</a></div></header>'
        f'<figure class="article-figure"><img src="https://i.{c.site}/img/{hexid(c, 20)}/full.jpg" alt=""><figcaption>{sentence(c)} <span class="copyright">Foto: APA/{c.rng.choice(PEOPLE).upper()}</span></figcaption></figure>'
        f'<div class="article-body">{"".join(body)}</div>'
        f'<section class="article-links"><h4>Links</h4><ul>{links}</ul></section>'
        f'<section class="article-related"><h4>Zum Thema</h4><ul>{thema}</ul></section></article>'
        f'<section id="forum" class="forum"><h2>Forum</h2><p class="forum-count">Diskutieren Sie mit: {posts} Postings</p><p class="forum-rules">Die Kommentare von Usern und Userinnen geben nicht notwendigerweise die Meinung der Redaktion wieder. Bitte beachten Sie die Community-Richtlinien.</p>{postings}<a class="forum-more" href="#">Mehr Postings laden</a></section></main>'
        f'<footer class="site-footer"><ul><li><a href="/impressum">Impressum &amp; Offenlegung</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/agb">AGB</a></li></ul><p>© STANDARD Verlagsgesellschaft m.b.H. {y}</p><p>Alle Rechte vorbehalten. Nutzung ausschließlich für den privaten Eigenbedarf. Eine Weiterverwendung und Reproduktion über den persönlichen Gebrauch hinaus ist nicht gestattet.</p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "fr-national": (fam_fr_national, "politics"),
    "nl-broadcaster": (fam_nl_broadcaster, "news"),
    "pl-portal": (fam_pl_portal, "business"),
    "tr-daily": (fam_tr_daily, "sport"),
    "pt-daily": (fam_pt_daily, "lede"),
    "se-tabloid": (fam_se_tabloid, "entertainment"),
    "ca-chain": (fam_ca_chain, "news"),
    "latam-daily": (fam_latam_daily, "politics"),
    "alt-weekly": (fam_alt_weekly, "entertainment"),
    "network-news": (fam_network_news, "ecb"),
    "newspack-local": (fam_newspack_local, "news"),
    "at-quality": (fam_at_quality, "business"),
}

_LANG = {
    "fr-national": "fr",
    "nl-broadcaster": "nl",
    "pl-portal": "pl",
    "tr-daily": "tr",
    "pt-daily": "pt-PT",
    "se-tabloid": "sv",
    "ca-chain": "en-CA",
    "latam-daily": "es-AR",
    "alt-weekly": "en-US",
    "network-news": "en-US",
    "newspack-local": "en-US",
    "at-quality": "de-AT",
}

_HEAD = {
    "fr-national": '<meta name="robots" content="max-snippet:-1, max-image-preview:large"><meta property="og:locale" content="fr_FR">',
    "nl-broadcaster": '<meta name="next-head-count" content="24"><link rel="preload" as="script" href="/_next/static/chunks/main.js">',
    "ca-chain": '<meta name="generator" content="WordPress VIP"><link rel="alternate" type="application/rss+xml" href="/feed/">',
    "newspack-local": '<meta name="generator" content="WordPress 6.5.2"><meta name="generator" content="Newspack"><link rel="alternate" type="application/rss+xml" href="/feed/">',
    "alt-weekly": '<meta name="generator" content="Foundation"><link rel="alternate" type="application/rss+xml" href="/rss">',
    "network-news": '<meta name="medium" content="news"><link rel="alternate" type="application/rss+xml" href="/latest/rss/main">',
}

_XHTML = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'


def t_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus canonical link, the site's language and its generator tags; the
    XHTML-era families keep an XHTML doctype and no viewport."""
    lang = _LANG[family]
    old = family in ("pt-daily", "network-news")
    extra = _HEAD.get(family, "") + (
        "" if old else '<meta name="viewport" content="width=device-width, initial-scale=1">'
    )

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        if family == "pt-daily":
            out = out.replace("<!DOCTYPE html>", _XHTML, 1).replace(
                "<html ", '<html xmlns="http://www.w3.org/1999/xhtml" xml:', 1
            )
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 1901) -> list[Page]:
    """Set T: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    return draw_set(
        "t", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=t_head
    )


if __name__ == "__main__":  # page_families_t.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 1901)

"""Set AH of the constructed pages: 12 families of national and regional newspapers and news sites
of countries no earlier set has, each on the platform such a paper runs, and `build_pages`.

Six families are in page_templates_ah.py (a Slovak daily, a Serbian Cyrillic daily, a Slovene
Angular SSR portal, an Estonian daily, an Icelandic daily, a Danish broadsheet); here a Swiss
quality daily on Livingdocs (NZZ-like), a Flemish popular daily on DPG Media's platform
(HLN-like), a Malay-language daily on Drupal (Berita Harian-like), a Nepali news portal on
WordPress (Onlinekhabar-like), an Afrikaans daily on News24's platform (Netwerk24-like) and a
Colombian national daily (El Tiempo-like). The sites carry English bodies (the body pools are
English) in their own language's furniture. Written blind to digest's extraction rules; its
builder never ran digest, trafilatura, readability or bench_pages on it (session 18, helper
h-setah). The gold convention, with the decisions on paywall cuts, standfirsts inside the body
wrapper, inline "read also" lines and script-only text, is in page_templates_ah.py's
docstring; the decisions for this module's families, written down before they were coded:
- a Swiss quality daily on Livingdocs (NZZ-like, 2018-2025; Swiss spelling, no "ß"): the
  paragraphs (`p.articlecomponent.text`), subheadings (`h2.subtitle`), lists and quotes of
  `section.container--article` are article; the header (Schweiz, International, Wirtschaft,
  Feuilleton, Sport, Meinung, "Abo", "Anmelden"), the rubric, the title, the lead
  (`p.headline__lead`), the author and date line ("NAME, Zürich 12.03.2024, 05.30 Uhr"), the
  "Hören", "Merken", "Drucken", "Teilen" tools, the image with its "Keystone" caption, the
  inline "Passend zum Artikel" teaser, the ad slots ("Anzeige"), "Ein Artikel aus der «NZZ am
  Sonntag»", the NZZ Pro / newsletter box, "Mehr zum Thema" and the footer are not;
- a Flemish popular daily on DPG Media's platform (HLN-like, 2019-2025): the paragraphs
  (`p.article__paragraph`), subheadings (`h3.article__subheader`), lists and quotes of
  `div.article__body` are article; the header (Nieuws, Sport, Showbizz, Regio, "Inloggen",
  "Abonneer"), the label ("PREMIUM" / "PLUS"), the title, the intro (`p.article__intro`), the
  byline ("NAME", "Laatste update: ..."), the image with "© Belga" credit, "Lees ook" and
  "Bekijk ook" (video) boxes, the ad slots ("Advertentie"), the plus paywall ("Lees verder
  met onze proefperiode"; the body ends there), "Reageer", the newsletter box, "Meest
  gelezen" and the footer (DPG Media) are not;
- a Malay-language daily on Drupal (Berita Harian-like, NSTP, 2015-2025): the paragraphs,
  subheadings, lists and quotes of `div.field-name-body` are article; the header (Nasional,
  Dunia, Bisnes, Sukan, Hiburan, Rencana, "Langgan"), the breadcrumb (Utama > Berita >
  Nasional), the title, the "Oleh NAME" byline with e-mail, the date line ("Isnin, 12
  Februari 2024 @ 10:45 AM"), the image caption, the "Artikel Berkaitan" inline links, the
  "Iklan" ad slots, "Kongsi", the "Artikel ini disiarkan pada" line, tags, "Berita
  Berkaitan", "Paling Popular" and the footer are not;
- a Nepali news portal on WordPress (Onlinekhabar-like, Devanagari furniture, 2016-2025): the
  paragraphs, subheadings, lists and quotes of `div.ok18-single-post-content-wrap` are
  article; the header (समाचार, अर्थ, खेलकुद, मनोरञ्जन, विचार, English), the title, the author
  and Bikram Sambat date ("२०८१ असार १५ गते ११:३०"), the share counts, the "सम्बन्धित खबर"
  inline links, the ads ("विज्ञापन"), the "यो खबर पढेर तपाईलाई कस्तो महसुस भयो ?" reaction
  widget, "प्रतिक्रिया" (Facebook comments), "ट्रेन्डिङ" and the footer are not;
- an Afrikaans daily on News24's platform (Netwerk24-like, 2017-2025): the paragraphs,
  subheadings, lists and quotes of `div.article__body` are article; the header (Nuus,
  Sake, Sport, Kuier, Vermaak, "Teken in", "Meld aan"), the title, the synopsis
  (`p.article__synopsis`, a standfirst), the byline ("NAME", "Joernalis") and date, the image
  with "Foto: Gallo Images" credit, the "Lees ook" links, ads ("Advertensie"), the
  "Slegs vir intekenaars" wall (the body ends there), "Kommentaar is gesluit" / the comments
  count, "Meeste gelees" and the footer (Media24) are not;
- a Colombian national daily (El Tiempo-like, 2017-2025): the paragraphs, subheadings, lists
  and quotes of `div.articulo-contenido` are article; the header (Colombia, Bogotá,
  Internacional, Política, Economía, Deportes, "Suscríbase"), the breadcrumb, the title,
  the sumario (a standfirst), the byline ("Redacción Política" / "NAME - Periodista") and the
  closing signature in capitals (`p.firma-final`), the
  date, the image caption, the "Le puede interesar" boxes, "Siga bajando para encontrar más
  contenido", "Síganos en Google News", the Trust Project line ("Conforme a los criterios
  de"), the "Boletines EL TIEMPO" box, "Más noticias" and the footer are not.

    .venv/bin/python bench/page_families_ah.py PAGE_ID 3301
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks, person
from page_templates_ah import (
    clock,
    fam_dk_politiken,
    fam_ee_postimees,
    fam_is_mbl,
    fam_rs_politika,
    fam_si_24ur,
    fam_sk_sme,
    most_read,
    paywall_cut,
    with_head,
)
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


def swiss(text: str) -> str:
    """Swiss Standard German writes "ss" for "ß"."""
    return text.replace("ß", "ss")


# ---------------------------------------------------------------------------------------------
# 7. A Swiss quality daily on Livingdocs (NZZ-like)

_CH_FIRST = ["Andrea", "Lukas", "Nina", "Reto", "Simone", "Urs", "Corinne"]
_CH_LAST = ["Meier", "Brunner", "Keller", "Gerber", "Baumann", "Frei", "Moser"]


def fam_ch_nzz(c: Ctx) -> FamilyOut:
    """A Livingdocs article: articlecomponent paragraphs, lead, tools, Passend zum Artikel."""
    blocks = body_blocks(c, 0.45, 0.2, 0.25)
    parts, gold = body_html(
        c,
        blocks,
        lambda t: f'<h2 class="subtitle">{esc(t)}</h2>',
        '<p class="articlecomponent text">',
    )
    y, m, d = era_date(c, 2018, 2025)
    author = person(c, _CH_FIRST, _CH_LAST)
    if c.rng.random() < 0.6:
        c.used.append("nzz-passend")
        parts = weave(
            c,
            parts,
            1,
            with_head(
                c,
                lambda h: (
                    f'<div class="articlecomponent teaser-inline"><p class="teaser__flag">Passend zum Artikel</p><a href="/{pick(c, "schweiz", "international", "wirtschaft")}/{slug(h)[:40]}-ld.{c.rng.randint(1400000, 1850000)}"><h3>{esc(h)}</h3><p>{sentence(c)}</p></a></div>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: (
            f'<div class="resor resor--inarticle"><span class="resor__label">Anzeige</span><div id="inside-full-top-{hexid(c, 4)}"></div></div>'
        ),
    )
    origin = ""
    if c.rng.random() < 0.3:
        c.used.append("nzz-sonntag")
        origin = '<p class="articlecomponent-origin">Ein Artikel aus der «NZZ am Sonntag»</p>'
    img = ""
    if c.rng.random() < 0.75:
        c.used.append("nzz-image")
        img = f'<figure class="articlecomponent image"><img src="https://img.nzz.ch/2{y}/{m}/{d}/{hexid(c, 8)}.jpeg?width=1120" alt=""><figcaption><span class="image-caption">{swiss(sentence(c))}</span> <span class="image-credits">{pick(c, "Keystone", "Annick Ramp / NZZ", "Reuters", "Imago")}</span></figcaption></figure>'
    city = pick(c, "Zürich", "Bern", "Genf", "Berlin", "Brüssel", "Washington")
    more = "".join(
        f'<article class="teaser"><p class="teaser__flag">{pick(c, "KOMMENTAR", "ANALYSE", "INTERVIEW", "NEWS")}</p><h3><a href="/{slug(h)[:40]}-ld.{c.rng.randint(1400000, 1850000)}">{esc(h)}</a></h3><p class="teaser__author">{esc(person(c, _CH_FIRST, _CH_LAST))}</p></article>'
        for h in headlines(c, 3)
    )
    c.used += "nzz-header nzz-rubric nzz-title nzz-lead nzz-meta nzz-tools nzz-ad nzz-pro nzz-more nzz-footer".split()
    html = (
        f'<body class="nzz"><header class="navigation"><a class="navigation__logo" href="/"><img src="/assets/nzz-logo.svg" alt="Neue Zürcher Zeitung"></a><nav class="navigation__departments"><a href="/schweiz">Schweiz</a><a href="/international">International</a><a href="/wirtschaft">Wirtschaft</a><a href="/feuilleton">Feuilleton</a><a href="/sport">Sport</a><a href="/meinung">Meinung</a><a href="/zuerich">Zürich</a></nav><a class="navigation__abo" href="https://abo.nzz.ch/">Abo</a> <a href="#">Anmelden</a></header>'
        f'<main class="container container--article"><article class="article"><header class="headline"><a class="headline__rubric" href="#">{pick(c, "Schweiz", "International", "Wirtschaft", "Technologie", "Meinung")}</a><h1 class="headline__title">{esc(c.body.title)}</h1><p class="headline__lead">{swiss(sentence(c, 2))}</p></header>'
        f'<div class="metainfo"><span class="metainfo__author"><a href="/impressum/{slug(author)}-ld.{c.rng.randint(1000, 9999)}">{esc(author)}</a>, {city}</span> <time class="metainfo__time">{d:02d}.{m:02d}.{y}, {clock(c).replace(":", ".")} Uhr</time> <span class="metainfo__readtime">{c.rng.randint(3, 12)} min</span></div>'
        f'<div class="article-tools"><button class="tool tool--listen">Hören</button> <button class="tool tool--bookmark">Merken</button> <button class="tool tool--print">Drucken</button> <button class="tool tool--share">Teilen</button></div>'
        f'{img}<section class="container--article articlecomponents">{"".join(parts)}</section>{origin}</article>'
        f'<aside class="nzz-pro-box"><h3>Täglich das Wichtigste</h3><p>Der Newsletter «NZZ Briefing» ordnet die Ereignisse des Tages ein.</p><a class="button" href="https://abo.nzz.ch/newsletter">Jetzt abonnieren</a></aside>'
        f'<section class="more-about"><h2>Mehr zum Thema</h2>{more}</section></main>'
        f'<footer class="footer"><p>Neue Zürcher Zeitung AG · Falkenstrasse 11 · 8008 Zürich</p><a href="#">Impressum</a> <a href="#">AGB</a> <a href="#">Datenschutz</a> <a href="#">Cookie-Einstellungen</a> <a href="#">Kontakt</a><p>Copyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Flemish popular daily on DPG Media's platform (HLN-like)

_BE_FIRST = ["Jens", "Lien", "Pieter", "Sofie", "Wouter", "Elke", "Bart"]
_BE_LAST = ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Goossens", "Verhoeven"]
_NL_MONTHS = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()


def fam_be_hln(c: Ctx) -> FamilyOut:
    """A DPG Media article: intro, Lees ook, Bekijk ook video, Advertentie, plus wall."""
    blocks, walled = paywall_cut(c, body_blocks(c, 0.35, 0.2, 0.25), 0.4, "hln-plus-wall")
    parts, gold = body_html(
        c,
        blocks,
        lambda t: f'<h3 class="article__subheader">{esc(t)}</h3>',
        '<p class="article__paragraph">',
    )
    y, m, d = era_date(c, 2019, 2025)
    author = person(c, _BE_FIRST, _BE_LAST)
    if c.rng.random() < 0.7:
        c.used.append("hln-lees-ook")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<aside class="article__related"><h4 class="related__title">Lees ook</h4><ul><li><a href="/{pick(c, "binnenland", "buitenland", "economie")}/{slug(h)[:40]}~a{hexid(c, 8)}/">{esc(h)}</a></li></ul></aside>'
                ),
            ),
        )
    if c.rng.random() < 0.5:
        c.used.append("hln-bekijk-ook")
        parts = weave(
            c,
            parts,
            1,
            with_head(
                c,
                lambda h: (
                    f'<div class="article__video"><h4>Bekijk ook</h4><div class="video-player" data-video-id="{hexid(c, 10)}"><p class="video__title">{esc(h)}</p><span class="video__duration">0{c.rng.randint(0, 4)}:{c.rng.randint(10, 59)}</span></div></div>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        1,
        lambda: (
            f'<div class="dfp-space" data-ad="{hexid(c, 4)}"><span class="advertisement-label">Advertentie</span></div>'
        ),
    )
    label = ""
    if walled or c.rng.random() < 0.2:
        c.used.append("hln-plus-label")
        label = '<span class="article__label article__label--premium">PLUS</span>'
    wall = ""
    if walled:
        wall = '<div class="fjs-paywall paywall"><h3>Lees verder met onze proefperiode</h3><p>Onbeperkt toegang tot alle PLUS-artikels. De eerste maand gratis, daarna €2,50 per week. Altijd opzegbaar.</p><a class="button" href="https://aboshop.hln.be/">Probeer gratis</a><p>Al abonnee? <a href="https://login.hln.be/">Log in</a></p></div>'
    photo = f'<figure class="article__figure"><img src="https://images0.persgroep.net/rcs/{hexid(c, 27)}/1280/{hexid(c, 6)}.jpg" alt=""><figcaption><span class="caption">{sentence(c)}</span> <span class="credit">© {pick(c, "Belga", "Photo News", "HLN", "AP")}</span></figcaption></figure>'
    c.used += "hln-header hln-title hln-intro hln-byline hln-photo hln-ad hln-react hln-newsletter hln-mostread hln-footer".split()
    html = (
        f'<body class="article-page"><header class="app-header"><a class="app-header__logo" href="/"><img src="/assets/hln-logo.svg" alt="HLN"></a><nav class="app-header__nav"><a href="/nieuws/">Nieuws</a><a href="/sport/">Sport</a><a href="/showbizz/">Showbizz</a><a href="/regio/">Regio</a><a href="/geld/">Geld</a><a href="/podcast/">Podcast</a></nav><a href="https://login.hln.be/">Inloggen</a> <a class="button button--subscribe" href="https://aboshop.hln.be/">Abonneer</a></header>'
        f'<main class="app-main"><article class="article" data-article-id="{hexid(c, 8)}"><header class="article__header">{label}<h1 class="article__title">{esc(c.body.title)}</h1></header>'
        f'<div class="article__meta"><span class="author-info__name">{esc(author)}</span> <time class="article__time">Laatste update: {d:02d}-{m:02d}-{y}, {clock(c)}</time> <span class="article__read-time">{c.rng.randint(2, 9)} min</span></div>'
        f'{photo}<p class="article__intro">{sentence(c, 2)}</p><div class="article__body">{"".join(parts)}</div>{wall}'
        f'<div class="article__react"><a class="button" href="#reacties">Reageer ({c.rng.randint(0, 300)})</a> <button>Deel</button></div></article>'
        f'<aside class="newsletter-box"><h3>Schrijf je in voor onze nieuwsbrief</h3><p>Elke ochtend het belangrijkste nieuws in je mailbox.</p><form><input type="email" placeholder="E-mailadres"><button>Inschrijven</button></form></aside>'
        f'<section class="most-read"><h2>Meest gelezen</h2><ol>{most_read(c, 5, "/nieuws/")}</ol></section></main>'
        f'<footer class="app-footer"><p>© {y} DPG Media B.V. - alle rechten voorbehouden</p><a href="#">Privacy</a> <a href="#">Cookiebeleid</a> <a href="#">Gebruiksvoorwaarden</a> <a href="#">Privacy-instellingen</a> <a href="#">Contact</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A Malay-language daily on Drupal (Berita Harian-like)

_MY_DAYS = "Isnin Selasa Rabu Khamis Jumaat Sabtu Ahad".split()
_MY_MONTHS = (
    "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split()
)
_MY_NAMES = [
    "Mohd Hafiz Ismail",
    "Nur Aisyah Rahman",
    "Ahmad Fauzi Hashim",
    "Siti Nurhaliza Omar",
    "Khairul Anuar Yusof",
    "Farah Wahida Salleh",
]


def fam_my_bharian(c: Ctx) -> FamilyOut:
    """A Malay daily on Drupal 7: Oleh byline with e-mail, Artikel Berkaitan, Iklan, disiarkan."""
    blocks = body_blocks(c, 0.25, 0.2, 0.2)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2015, 2025)
    author = c.rng.choice(_MY_NAMES)
    mail = slug(author).replace("-", "")[:10]
    when = f"{_MY_DAYS[c.rng.randint(0, 6)]}, {d} {_MY_MONTHS[m - 1]} {y} @ {c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d} {pick(c, 'AM', 'PM')}"
    if c.rng.random() < 0.7:
        c.used.append("bh-berkaitan-inline")
        parts = weave(
            c,
            parts,
            1,
            with_head(
                c,
                lambda h: (
                    f'<div class="related-inline"><strong>Artikel Berkaitan</strong><ul><li><a href="/berita/nasional/{y}/{m:02d}/{c.rng.randint(1000000, 1299999)}/{slug(h)[:40]}">{esc(h)}</a></li></ul></div>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: (
            f'<div class="ads-inarticle"><small>Iklan</small><div id="div-gpt-ad-{hexid(c, 8)}"></div></div>'
        ),
    )
    img = ""
    if c.rng.random() < 0.75:
        c.used.append("bh-image")
        img = f'<div class="field-name-field-article-images"><img src="/sites/default/files/styles/article_large/public/articles/{y}/{m:02d}/{hexid(c, 8)}.jpg" alt=""><div class="caption">{sentence(c)} - Foto {pick(c, "BERNAMA", "NSTP/" + esc(c.rng.choice(_MY_NAMES)), "Reuters", "Hiasan")}</div></div>'
    tags = " ".join(
        f'<a href="/tags/{slug(t)}">{t}</a>'
        for t in c.rng.sample(
            ["Kerajaan", "Ekonomi", "Pendidikan", "Kesihatan", "Dewan Rakyat", "Banjir", "PDRM"],
            k=3,
        )
    )
    c.used += "bh-header bh-breadcrumb bh-title bh-byline bh-date bh-share bh-disiarkan bh-tags bh-related bh-popular bh-footer".split()
    html = (
        f'<body class="html not-front page-node node-type-article"><div id="page"><header id="header"><a class="logo" href="/"><img src="/sites/all/themes/bh/logo.png" alt="Berita Harian"></a><nav id="main-menu"><ul class="menu"><li><a href="/berita/nasional">Nasional</a></li><li><a href="/dunia">Dunia</a></li><li><a href="/bisnes">Bisnes</a></li><li><a href="/sukan">Sukan</a></li><li><a href="/hiburan">Hiburan</a></li><li><a href="/rencana">Rencana</a></li><li><a href="/bhplus">BHplus</a></li></ul></nav><a class="subscribe" href="/langgan">Langgan</a></header>'
        f'<div class="breadcrumb"><a href="/">Utama</a> › <a href="/berita">Berita</a> › <a href="/berita/nasional">Nasional</a></div>'
        f'<div id="main"><div class="region-content"><div class="node node-article"><h1 class="page-header">{esc(c.body.title)}</h1>'
        f'<div class="article-meta"><div class="author-info">Oleh <a href="/taxonomy/term/{c.rng.randint(100, 9999)}">{esc(author)}</a> <span class="email">{mail}@bh.com.my</span></div><div class="created">{when}</div><div class="share-links">Kongsi <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div></div>'
        f'{img}<div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even">{"".join(parts)}</div></div></div>'
        f'<p class="disiarkan">Artikel ini disiarkan pada : {when}</p><div class="field-name-field-tags">{tags}</div></div>'
        f'<div class="block-related"><h2>Berita Berkaitan</h2><ul>{most_read(c, 4, "/berita/nasional/", False)}</ul></div></div>'
        f'<div class="region-sidebar"><div class="ad-rectangle"><small>Iklan</small></div><div class="block-popular"><h2>Paling Popular</h2><ol>{most_read(c, 5, "/berita/")}</ol></div></div></div>'
        f'<footer id="footer"><p>Hak Cipta Terpelihara © {y} Berita Harian. New Straits Times Press (M) Berhad.</p><a href="#">Hubungi Kami</a> <a href="#">Dasar Privasi</a> <a href="#">Terma &amp; Syarat</a> <a href="#">Iklan Bersama Kami</a></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Nepali news portal on WordPress (Onlinekhabar-like)

_NP_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")
_NP_MONTHS = "बैशाख जेठ असार साउन भदौ असोज कात्तिक मंसिर पुस माघ फागुन चैत".split()
_NP_NAMES = ["रमेश अधिकारी", "सीता गुरुङ", "विकास थापा", "अनिता श्रेष्ठ", "सुमन पौडेल"]


def fam_np_onlinekhabar(c: Ctx) -> FamilyOut:
    """A Nepali WordPress portal: BS date in Devanagari, सम्बन्धित खबर, reaction widget."""
    blocks = body_blocks(c, 0.25, 0.2, 0.2)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2016, 2025)
    bs = f"{y + 57} {_NP_MONTHS[m - 1]} {d} गते {clock(c)}".translate(_NP_DIGITS)
    author = c.rng.choice(_NP_NAMES)
    if c.rng.random() < 0.7:
        c.used.append("ok-related-inline")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<div class="ok-related-inline"><span>सम्बन्धित खबर</span><a href="/{y}/{m:02d}/{c.rng.randint(1000000, 1600000)}">{esc(h)}</a></div>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        1,
        lambda: (
            f'<div class="ok-ads-inside"><small>विज्ञापन</small><a href="#"><img src="/wp-content/uploads/{y}/{m:02d}/ad-{hexid(c, 6)}.gif" alt=""></a></div>'
        ),
    )
    feelings = "".join(
        f'<li><span class="emoji">{e}</span><span class="label">{label}</span><span class="pct">{str(c.rng.randint(0, 80)).translate(_NP_DIGITS)}%</span></li>'
        for e, label in [
            ("😊", "खुशी"),
            ("😢", "दुःखी"),
            ("😲", "अचम्मित"),
            ("😡", "आक्रोशित"),
            ("😐", "उत्साहित"),
        ]
    )
    react = ""
    if c.rng.random() < 0.8:
        c.used.append("ok-reaction-widget")
        react = f'<div class="ok-reaction"><h4>यो खबर पढेर तपाईलाई कस्तो महसुस भयो ?</h4><ul>{feelings}</ul></div>'
    feature = (
        f'<div class="post-thumbnail"><img src="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}-1024x576.jpg" alt=""></div>'
        if c.rng.random() < 0.7
        else ""
    )
    c.used += "ok-header ok-title ok-author ok-date ok-share ok-ad ok-comments ok-trending ok-footer".split()
    html = (
        f'<body class="post-template-default single single-post"><header class="ok-header"><a class="ok-logo" href="/"><img src="/wp-content/themes/onlinekhabar-2021/img/logo.png" alt="अनलाइनखबर"></a><nav class="ok-nav"><ul><li><a href="/content/news">समाचार</a></li><li><a href="/business">अर्थ</a></li><li><a href="/sports">खेलकुद</a></li><li><a href="/entertainment">मनोरञ्जन</a></li><li><a href="/opinion">विचार</a></li><li><a href="https://english.onlinekhabar.com">English</a></li></ul></nav></header>'
        f'<main class="ok-container"><div class="ok-post-header"><h1 class="entry-title">{esc(c.body.title)}</h1><div class="ok-news-author"><span class="author-name">{author}</span> <span class="ok-post-date">{bs}</span></div><div class="ok-share"><span class="share-count">{str(c.rng.randint(10, 9000)).translate(_NP_DIGITS)} पटक सेयर गरिएको</span> <a href="#">Facebook</a> <a href="#">Messenger</a> <a href="#">Viber</a></div></div>'
        f'{feature}<div class="ok18-single-post-content-wrap">{"".join(parts)}</div>{react}'
        f'<div class="ok-comments"><h4>प्रतिक्रिया</h4><div class="fb-comments" data-numposts="10"></div></div>'
        f'<aside class="ok-sidebar"><h3>ट्रेन्डिङ</h3><ol>{most_read(c, 5, f"/{y}/{m:02d}/")}</ol><div class="ok-ads"><small>विज्ञापन</small></div></aside></main>'
        f'<footer class="ok-footer"><p>अनलाइनखबर डटकम · सूचना विभाग दर्ता नं. {str(c.rng.randint(100, 999)).translate(_NP_DIGITS)}/०७३-७४</p><a href="#">हाम्रो बारेमा</a> <a href="#">सम्पर्क</a> <a href="#">विज्ञापन</a> <a href="#">गोपनीयता नीति</a><p>© {y} सर्वाधिकार सुरक्षित</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. An Afrikaans daily on News24's platform (Netwerk24-like)

_ZA_FIRST = ["Marietjie", "Pieter", "Anneli", "Johan", "Elsabé", "Riaan", "Karin"]
_ZA_LAST = ["van der Merwe", "Botha", "Steyn", "du Plessis", "Pretorius", "Nel", "Coetzee"]
_ZA_MONTHS = "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember".split()


def fam_za_netwerk24(c: Ctx) -> FamilyOut:
    """An Afrikaans daily: synopsis, Joernalis byline, Lees ook, Advertensie, intekenaar wall."""
    blocks, walled = paywall_cut(c, body_blocks(c, 0.3, 0.2, 0.25), 0.5, "n24-wall")
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2017, 2025)
    author = person(c, _ZA_FIRST, _ZA_LAST)
    if c.rng.random() < 0.7:
        c.used.append("n24-lees-ook")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<div class="article__related-inline"><p><strong>Lees ook:</strong> <a href="/netwerk24/nuus/{pick(c, "politiek", "ekonomie", "misdaad", "gesondheid")}/{slug(h)[:40]}-{y}{m:02d}{d:02d}">{esc(h)}</a></p></div>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        1,
        lambda: (
            f'<div class="ad-container ad-container--inline"><span class="ad-label">Advertensie</span><div id="gpt-{hexid(c, 6)}"></div></div>'
        ),
    )
    wall = ""
    if walled:
        wall = '<div class="article__paywall"><h3>Slegs vir intekenaars</h3><p>Teken in vir onbeperkte toegang tot al ons stories, e-koerante en meer.</p><a class="btn" href="/netwerk24/inteken">Teken in vanaf R75 per maand</a><p>Reeds ’n intekenaar? <a href="/meld-aan">Meld aan</a></p></div>'
    photo = ""
    if c.rng.random() < 0.8:
        c.used.append("n24-photo")
        photo = f'<figure class="article__image"><img src="https://cdn.24.co.za/files/Cms/General/d/{c.rng.randint(1000, 9999)}/{hexid(c, 32)}.jpg" alt=""><figcaption>{sentence(c)} Foto: {pick(c, "Gallo Images", "Argief", "Netwerk24", "Reuters")}</figcaption></figure>'
    closed = pick(
        c, "Kommentaar is gesluit vir hierdie artikel.", f"Lees {c.rng.randint(1, 90)} kommentare"
    )
    c.used += "n24-header n24-title n24-synopsis n24-byline n24-date n24-ad n24-comments n24-mostread n24-footer".split()
    html = (
        f'<body class="netwerk24"><header class="header"><a class="header__logo" href="/netwerk24"><img src="/static/img/netwerk24-logo.svg" alt="Netwerk24"></a><nav class="header__nav"><a href="/netwerk24/nuus">Nuus</a><a href="/netwerk24/sake">Sake</a><a href="/netwerk24/sport">Sport</a><a href="/netwerk24/kuier">Kuier</a><a href="/netwerk24/vermaak">Vermaak</a><a href="/netwerk24/stemme">Stemme</a></nav><a class="btn btn--subscribe" href="/netwerk24/inteken">Teken in</a> <a href="/meld-aan">Meld aan</a></header>'
        f'<main class="article-layout"><article class="article"><h1 class="article__title">{esc(c.body.title)}</h1><p class="article__synopsis">{sentence(c, 2)}</p>'
        f'<div class="article__byline"><div class="byline__author"><span class="author__name">{esc(author)}</span> <span class="author__title">Joernalis</span></div><p class="article__date">{d} {_ZA_MONTHS[m - 1]} {y} | {clock(c)}</p></div>'
        f'{photo}<div class="article__body">{"".join(parts)}</div>{wall}'
        f'<div class="article__comments"><p>{closed}</p></div></article>'
        f'<aside class="sidebar"><h2>Meeste gelees</h2><ol>{most_read(c, 5, "/netwerk24/nuus/")}</ol><div class="ad-container"><span class="ad-label">Advertensie</span></div></aside></main>'
        f'<footer class="footer"><p>© {y} Netwerk24. Alle regte voorbehou. ’n Media24-publikasie.</p><a href="#">Kontak ons</a> <a href="#">Privaatheidsbeleid</a> <a href="#">Koekiebeleid</a> <a href="#">PAIA</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Colombian national daily (El Tiempo-like)

_CO_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
_CO_FIRST = ["Andrés", "Laura", "Juan Camilo", "Natalia", "Santiago", "Valentina"]
_CO_LAST = ["Rodríguez", "Gómez", "Martínez", "Restrepo", "Castaño", "Ospina"]


def fam_co_eltiempo(c: Ctx) -> FamilyOut:
    """A Colombian daily: sumario, Le puede interesar, Siga bajando, Trust Project, Boletines."""
    blocks = body_blocks(c, 0.35, 0.2, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>", '<p class="contenido">')
    y, m, d = era_date(c, 2017, 2025)
    section = pick(c, "Política", "Economía", "Colombia", "Internacional", "Bogotá")
    if c.rng.random() < 0.5:
        c.used.append("et-redaccion")
        byline = f'<span class="autor">Redacción {section}</span>'
    else:
        byline = f'<span class="autor">{esc(person(c, _CO_FIRST, _CO_LAST))} - Periodista de {section}</span>'
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        with_head(
            c,
            lambda h: (
                f'<div class="recomendado"><p class="titulo-recomendado">Le puede interesar</p><a href="/{slug(section)}/{slug(h)[:40]}-{c.rng.randint(600000, 899999)}">{esc(h)}</a></div>'
            ),
        ),
    )
    if c.rng.random() < 0.6:
        c.used.append("et-siga-bajando")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                '<div class="siga-bajando"><p>Siga bajando para encontrar más contenido</p></div>'
            ),
        )
    img = ""
    if c.rng.random() < 0.75:
        c.used.append("et-image")
        img = f'<figure class="imagen-principal"><img src="https://imagenes.eltiempo.com/files/image_1200_600/uploads/{y}/{m:02d}/{d:02d}/{hexid(c, 13)}.jpeg" alt=""><figcaption>{sentence(c)} <span class="credito">Foto: {pick(c, "César Melgarejo. EL TIEMPO", "Presidencia", "EFE", "AFP", "iStock")}</span></figcaption></figure>'
    more = "".join(
        f'<div class="mas-noticias__item"><a href="/{slug(section)}/{slug(h)[:40]}-{c.rng.randint(600000, 899999)}">{esc(h)}</a></div>'
        for h in headlines(c, 4)
    )
    c.used += "et-header et-breadcrumb et-title et-sumario et-byline et-date et-google-news et-trust et-boletines et-more et-footer".split()
    html = (
        f'<body><header class="header-eltiempo"><a class="logo" href="/"><img src="/bundles/eltiempo/img/logo-eltiempo.svg" alt="EL TIEMPO"></a><nav class="menu-principal"><a href="/colombia">Colombia</a><a href="/bogota">Bogotá</a><a href="/mundo">Internacional</a><a href="/politica">Política</a><a href="/economia">Economía</a><a href="/deportes">Deportes</a><a href="/cultura">Cultura</a></nav><a class="suscribase" href="https://suscripciones.eltiempo.com/">Suscríbase</a> <a href="#">Iniciar sesión</a></header>'
        f'<main class="main-articulo"><nav class="breadcrumb"><a href="/">Inicio</a> / <a href="/{slug(section)}">{section}</a></nav><article class="articulo"><h1 class="titulo">{esc(c.body.title)}</h1><div class="lead"><p class="sumario">{sentence(c, 2)}</p></div>'
        f'<div class="autor-fecha">{byline} <time class="fecha">{d} de {_CO_MONTHS[m - 1]} {y}, {clock(c)} {pick(c, "a. m.", "p. m.")}</time> <a class="google-news" href="https://news.google.com/publications/eltiempo">Síganos en Google News</a></div>'
        f'{img}<div class="articulo-contenido">{"".join(parts)}</div>'
        f'<p class="firma-final">{esc(person(c, _CO_FIRST, _CO_LAST)).upper()}<br>{pick(c, "REDACCIÓN", "PERIODISTA DE")} {section.upper()}</p>'
        f'<div class="trust-project"><a href="https://thetrustproject.org/">Conforme a los criterios de The Trust Project</a> <a href="#">Saber más</a></div>'
        f'<div class="boletines"><h3>Boletines EL TIEMPO</h3><p>Regístrese en nuestros boletines y reciba noticias en su correo según sus intereses.</p><form><input type="email" placeholder="Correo electrónico"><button>Inscribirse</button></form></div></article>'
        f'<section class="mas-noticias"><h2>Más noticias</h2>{more}</section></main>'
        f'<footer class="footer-eltiempo"><p>© {y} CASA EDITORIAL EL TIEMPO S.A. Todos los derechos reservados. NIT. 860.001.022-7</p><a href="#">Términos y condiciones</a> <a href="#">Política de privacidad</a> <a href="#">Política de cookies</a> <a href="#">Trabaje con nosotros</a></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "sk-sme": (fam_sk_sme, "politics"),
    "rs-politika": (fam_rs_politika, "news"),
    "si-24ur": (fam_si_24ur, "news"),
    "ee-postimees": (fam_ee_postimees, "business"),
    "is-mbl": (fam_is_mbl, "news"),
    "dk-politiken": (fam_dk_politiken, "politics"),
    "ch-nzz": (fam_ch_nzz, "ecb"),
    "be-hln": (fam_be_hln, "news"),
    "my-bharian": (fam_my_bharian, "lede"),
    "np-onlinekhabar": (fam_np_onlinekhabar, "news"),
    "za-netwerk24": (fam_za_netwerk24, "business"),
    "co-eltiempo": (fam_co_eltiempo, "politics"),
}

_LANG = {
    "sk-sme": "sk",
    "rs-politika": "sr-Cyrl",
    "si-24ur": "sl",
    "ee-postimees": "et",
    "is-mbl": "is",
    "dk-politiken": "da",
    "ch-nzz": "de-CH",
    "be-hln": "nl-BE",
    "my-bharian": "ms",
    "np-onlinekhabar": "ne",
    "za-netwerk24": "af",
    "co-eltiempo": "es-CO",
}

_HEAD = {
    "sk-sme": '<meta property="og:site_name" content="SME.sk"><script src="https://cdn.tinypass.com/api/tinypass.min.js" async></script>',
    "rs-politika": '<meta property="og:site_name" content="Политика Online"><link rel="stylesheet" href="/css/bootstrap.min.css">',
    "si-24ur": '<base href="/"><meta property="og:site_name" content="24ur.com"><link rel="stylesheet" href="/styles.3f9a1c2e8b7d.css">',
    "ee-postimees": '<meta property="og:site_name" content="Postimees"><meta name="article:content_tier" content="metered">',
    "is-mbl": '<meta property="og:site_name" content="mbl.is"><link rel="stylesheet" href="/a/css/mbl.css">',
    "dk-politiken": '<meta property="og:site_name" content="Politiken"><script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" async></script>',
    "ch-nzz": '<meta property="og:site_name" content="Neue Zürcher Zeitung"><meta name="generator" content="Livingdocs">',
    "be-hln": '<meta property="og:site_name" content="Het Laatste Nieuws"><meta name="article:publisher" content="DPG Media">',
    "my-bharian": '<meta name="Generator" content="Drupal 7 (http://drupal.org)"><meta property="og:site_name" content="Berita Harian">',
    "np-onlinekhabar": '<meta name="generator" content="WordPress 6.4.3"><meta property="og:site_name" content="Onlinekhabar">',
    "za-netwerk24": '<meta property="og:site_name" content="Netwerk24"><meta name="news24:platform" content="netwerk24">',
    "co-eltiempo": '<meta property="og:site_name" content="El Tiempo"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"El Tiempo"}}</script>',
}


def ah_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language, canonical link and platform tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 3301) -> list[Page]:
    """Set AH: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics")
    return draw_set(
        "ah", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=ah_head
    )


if __name__ == "__main__":  # page_families_ah.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 3301)

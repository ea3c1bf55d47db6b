"""Set AJ of the constructed pages: 12 families of specialist and trade news outlets, each on the
platform such an outlet runs, in its own language, and `build_pages`.

Six families are in page_templates_aj.py (a medical news site, a German science magazine, an
environmental news non-profit, a Dutch farming weekly, a French solar-energy trade site, an
aerospace trade site); here a shipping trade paper (TradeWinds-like, NHST), a Spanish defence
trade site (Infodefensa-like), a German Catholic news portal (katholisch.de-like), a
higher-education weekly (Times Higher Education-like), an Italian legal news site
(Altalex-like, Wolters Kluwer) and a Japanese logistics trade site (LNEWS-like). The sites carry
English bodies (the body pools are English) in their own language's furniture. Written blind to
digest's extraction rules; its builder never ran digest, trafilatura, readability or bench_pages
on it (session 19, helper h-setaj). The gold convention, with the decisions on walls, summary
bullets, reference lists, disclosures, agency signatures and inline promos, is in
page_templates_aj.py's docstring; the decisions for this module's families, written down
before they were coded:
- a shipping trade paper (TradeWinds-like, NHST Global Publications, 2018-2025): the
  paragraphs, subheadings, lists and quotes of `div.article-body` are article; the header
  (Tankers, Dry bulk, Containerships, Gas, Shipowners, Finance, "Subscribe"), the section
  label, the title, the lead (`p.article-lead`), the byline ("NAME Singapore"), the
  published/updated lines, the image credit ("Photo: ..."), the "Read more" boxes (a heading
  and a list of links between paragraphs), the ad slots, the subscription wall ("Read the full
  story"; the body ends there), the newsletter box, the tags, "Most read" and the footer are
  not;
- a Spanish defence trade site (Infodefensa-like, 2014-2025): the paragraphs, subheadings,
  lists and quotes of `div.cuerpo-noticia` are article; the header (Tierra, Naval, Aire,
  Industria, Seguridad, Latam, "Newsletter"), the sponsor banners ("Patrocinadores"), the
  section, the title, the subtitle (`h2.subtitulo`, a standfirst), the dateline byline
  ("NAME, Madrid"), the date, the photo caption, "Noticias relacionadas", "Sigue a Infodefensa
  en LinkedIn", the tags, the comment form, "Lo más leído" and the footer are not;
- a German Catholic news portal (katholisch.de-like, 2014-2025): the paragraphs,
  subheadings, lists and quotes of `div.article-body` are article; the header (Nachrichten,
  Standpunkt, Glaube, Kirche, Video, "Suche"), the title, the teaser (`p.teaser`, which
  opens with a dateline "Bonn ‐"), the "Von NAME" line, the date, the image credit ("Bild: ©
  KNA/..."), the agency signature at the end (`p.article-signature`, "rom/KNA"), the
  "Themenseite" box, "Mehr zum Thema", the sidebar "Tagesevangelium" (the day's gospel
  reading, long prose of its own) and "Heilige des Tages", and the footer are not;
- a higher-education weekly (Times Higher Education-like, Drupal, 2014-2025): the
  paragraphs, subheadings, lists and quotes of `div.article-content` are article; the header
  (News, Opinion, Features, World University Rankings, Student, "Subscribe"), the article
  type, the title, the standfirst, the byline with the "Twitter: @handle" line, the date, the
  image caption ("Source: Getty"), the "Campus resources" box, the registration wall
  ("Register to continue"; the body ends there), "Related articles", the comments
  ("Reader's comments (N)"), the newsletter box and the footer are not;
- an Italian legal news site (Altalex-like, Wolters Kluwer Italia, 2012-2025): the
  paragraphs, subheadings, lists and quotes of `div.testo-articolo` are article; the header
  (Notizie, Approfondimenti, Documenti, Formazione, "Shop"), the breadcrumb, the title, the
  abstract (`p.abstract`), "di NAME" and date, the "Scarica il documento" attachment box (a
  decision's reference), the closing "(Altalex, 12 marzo 2024. Nota di NAME)" line, the
  "Approfondisci con" product box, the "Altalex Formazione" course promo, the tags, the
  newsletter box, "Articoli correlati" and the footer are not;
- a Japanese logistics trade site (LNEWS-like, 2010-2025): the paragraphs, subheadings, lists
  and quotes of `div.article_body` are article; the header (物流ニュース, 物流企業, 荷主企業,
  倉庫, 物流施設, 調査・統計, 会員登録), the breadcrumb, the date ("2024年03月12日 14:05"), the
  title, the category tags, the image caption, the closing contact line ("お問い合わせ先"), the
  "関連記事" list, the "PR" sponsored links, the member sign-up box, "最新ニュース",
  "ランキング" and the footer are not.

    .venv/bin/python bench/page_families_aj.py PAGE_ID 3501
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks, person
from page_templates_ah import clock, paywall_cut, with_head
from page_templates_aj import (
    _EN_FIRST,
    _EN_LAST,
    en_date,
    fam_aviation_week,
    fam_de_spektrum,
    fam_fr_pv_magazine,
    fam_medscape,
    fam_mongabay,
    fam_nl_boerderij,
    links,
    maybe,
)
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


# ---------------------------------------------------------------------------------------------
# 7. A shipping trade paper (TradeWinds-like)


def fam_tradewinds(c: Ctx) -> FamilyOut:
    """A shipping trade paper: city byline, Read more boxes, updated line, subscription wall."""
    blocks, walled = paywall_cut(c, body_blocks(c, 0.3, 0.15, 0.3), 0.5, "tw-wall")
    parts, gold = body_html(
        c,
        blocks,
        lambda t: f'<h2 class="article-body__heading">{esc(t)}</h2>',
        '<p class="dn-text">',
    )
    y, when = en_date(c, 2018, 2025)
    author = person(c, _EN_FIRST, _EN_LAST)
    city = pick(c, "London", "Singapore", "Oslo", "Athens", "Hong Kong", "Stamford", "Hamburg")
    section = pick(
        c, "Tankers", "Dry bulk", "Containerships", "Gas", "Shipowners", "Finance", "Casualties"
    )
    if c.rng.random() < 0.75:
        c.used.append("tw-read-more")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            lambda: (
                f'<div class="read-more-box"><h3 class="read-more-box__title">Read more</h3><ul>{links(c, c.rng.randint(1, 3), f"https://www.tradewindsnews.com/{slug(section)}/")}</ul></div>'
            ),
        )
    if c.rng.random() < 0.5:
        c.used.append("tw-ad")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="ad-container"><span class="ad-label">Advertisement</span><div id="dfp-ad-{hexid(c, 6)}"></div></div>'
            ),
        )
    img = maybe(
        c,
        0.8,
        "tw-image",
        lambda: (
            f'<figure class="article-image"><img src="https://images.tradewindsnews.com/{hexid(c, 12)}.jpg?width=1200" alt=""><figcaption>{sentence(c)} <span class="credit">Photo: {pick(c, "Bloomberg", "Reuters", "Maersk", "MarineTraffic", "Getty Images")}</span></figcaption></figure>'
        ),
    )
    updated = maybe(
        c, 0.5, "tw-updated", f'<span class="updated">Updated {when}, {clock(c)} GMT</span>'
    )
    wall = ""
    if walled:
        wall = '<div class="paywall-container"><h3>Read the full story</h3><p>Get unlimited access to TradeWinds, the world’s leading shipping news source, and our archive of more than 100,000 articles.</p><a class="btn btn-primary" href="https://www.tradewindsnews.com/subscription">Subscribe now</a><p>Already a subscriber? <a href="https://www.tradewindsnews.com/login">Log in</a></p></div>'
    tags = "".join(
        f'<a class="tag" href="https://www.tradewindsnews.com/tag/{slug(t)}">{t}</a>'
        for t in c.rng.sample(
            [
                "Tankers",
                "Dry bulk",
                "Sale and purchase",
                "Newbuildings",
                "Sanctions",
                "Shipowners",
                "Chartering",
                "Greece",
                "China",
            ],
            3,
        )
    )
    c.used += "tw-header tw-section tw-title tw-lead tw-byline tw-published tw-newsletter tw-tags tw-mostread tw-footer".split()
    html = (
        f'<body class="article-page"><header class="dn-header"><a class="dn-header__logo" href="https://www.tradewindsnews.com/"><img src="/static/img/tradewinds-logo.svg" alt="TradeWinds"></a><nav class="dn-header__nav"><a href="/tankers">Tankers</a><a href="/bulkers">Dry bulk</a><a href="/containerships">Containerships</a><a href="/gas">Gas</a><a href="/shipowners">Shipowners</a><a href="/finance">Finance</a><a href="/casualties">Casualties</a></nav><a class="btn-subscribe" href="/subscription">Subscribe</a> <a href="/login">Log in</a></header>'
        f'<main class="dn-main"><article class="dn-article"><a class="article-section" href="/{slug(section)}">{section}</a><h1 class="article-title">{esc(c.body.title)}</h1><p class="article-lead">{sentence(c, 2)}</p>{img}'
        f'<div class="article-byline"><span class="author"><a href="https://www.tradewindsnews.com/authors/{slug(author)}">{esc(author)}</a><span class="author-city">{city}</span></span> <span class="published">Published {when}, {clock(c)} GMT</span> {updated}</div>'
        f'<div class="article-body">{"".join(parts)}</div>{wall}'
        f'<div class="newsletter-promo"><h3>Sign up for TradeWinds newsletters</h3><p>Breaking news, analysis and the week’s key deals, delivered to your inbox.</p><a href="https://www.tradewindsnews.com/newsletters">Sign up</a></div>'
        f'<div class="article-tags">{tags}</div></article>'
        f'<aside class="dn-sidebar"><h3>Most read</h3><ol>{links(c, 5, f"https://www.tradewindsnews.com/{slug(section)}/")}</ol></aside></main>'
        f'<footer class="dn-footer"><p>TradeWinds is published by NHST Global Publications AS · Christian Krohgs gate 16, Oslo</p><a href="#">About us</a> <a href="#">Advertise</a> <a href="#">Privacy policy</a> <a href="#">Cookie settings</a><p>© NHST Global Publications AS {y}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Spanish defence trade site (Infodefensa-like)

_ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
_ES_FIRST = ["Esteban", "Beatriz", "Javier", "Lucía", "Ricardo", "Carmen", "Óscar"]
_ES_LAST = ["Villarejo", "Carrasco", "Ortega", "Navarro", "Serrano", "Domínguez", "Gil"]


def fam_es_infodefensa(c: Ctx) -> FamilyOut:
    """A Spanish defence trade site: sponsor banners, subtítulo, city byline, LinkedIn line."""
    blocks = body_blocks(c, 0.3, 0.2, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2014, 2025)
    author = person(c, _ES_FIRST, _ES_LAST)
    section = pick(c, "Tierra", "Naval", "Aire", "Industria", "Seguridad", "Latam")
    sponsors = "".join(
        f'<a class="patrocinador" href="https://www.infodefensa.com/patrocinador/{slug(s)}"><img src="/uploads/patrocinadores/{slug(s)}.png" alt="{s}"></a>'
        for s in c.rng.sample(
            [
                "Indra",
                "Navantia",
                "GDELS Santa Bárbara",
                "Airbus",
                "Escribano",
                "Tecnobit",
                "Expal",
            ],
            c.rng.randint(2, 4),
        )
    )
    if c.rng.random() < 0.5:
        c.used.append("idf-banner-inline")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="banner banner-noticia"><span class="publicidad">Publicidad</span><a href="#"><img src="/uploads/banners/{hexid(c, 8)}.gif" alt=""></a></div>'
            ),
        )
    photo = maybe(
        c,
        0.8,
        "idf-photo",
        lambda: (
            f'<figure class="foto-noticia"><img src="https://www.infodefensa.com/images/showid/{c.rng.randint(1000000, 9999999)}/{hexid(c, 6)}.jpg" alt=""><figcaption>{sentence(c)} Foto: {pick(c, "Ministerio de Defensa", "Armada", "Ejército de Tierra", "Navantia")}</figcaption></figure>'
        ),
    )
    linkedin = maybe(
        c,
        0.6,
        "idf-linkedin",
        '<p class="siguenos"><a href="https://www.linkedin.com/company/infodefensa">Sigue a Infodefensa en LinkedIn</a> y recibe las últimas noticias del sector.</p>',
    )
    form = maybe(
        c,
        0.5,
        "idf-comments",
        '<div class="comentarios"><h3>Escribe tu comentario</h3><form><textarea></textarea><input placeholder="Nombre"><input placeholder="Email"><label><input type="checkbox"> He leído y acepto la política de privacidad</label><button>Enviar</button></form></div>',
    )
    tags = " ".join(
        f'<a href="https://www.infodefensa.com/tag/{slug(t)}">{t}</a>'
        for t in c.rng.sample(
            [
                "Ejército de Tierra",
                "Armada",
                "Ejército del Aire",
                "OTAN",
                "Presupuestos",
                "Fragatas F-110",
                "Eurofighter",
                "Blindados",
            ],
            3,
        )
    )
    c.used += "idf-header idf-sponsors idf-section idf-title idf-subtitulo idf-byline idf-date idf-related idf-tags idf-mostread idf-footer".split()
    html = (
        f'<body class="noticia"><header id="cabecera"><a class="logo" href="https://www.infodefensa.com/"><img src="/images/logo-infodefensa.png" alt="Infodefensa"></a><nav class="menu"><a href="/tierra">Tierra</a><a href="/naval">Naval</a><a href="/aire">Aire</a><a href="/industria">Industria</a><a href="/seguridad">Seguridad</a><a href="/latam">Latam</a><a href="/newsletter">Newsletter</a></nav></header>'
        f'<div class="patrocinadores"><span>Patrocinadores</span>{sponsors}</div>'
        f'<main class="contenedor"><article class="noticia-detalle"><div class="seccion"><a href="/{slug(section)}">{section}</a></div><h1 class="titulo">{esc(c.body.title)}</h1><h2 class="subtitulo">{sentence(c)}</h2>'
        f'<div class="autor-fecha"><span class="autor">{esc(author)}, {pick(c, "Madrid", "Bogotá", "Ciudad de México", "Lima", "Buenos Aires")}</span> <span class="fecha">{d:02d} {_ES_MONTHS[m - 1]} {y} - {clock(c)}</span></div>{photo}'
        f'<div class="cuerpo-noticia">{"".join(parts)}</div>{linkedin}'
        f'<div class="etiquetas">{tags}</div><div class="relacionadas"><h3>Noticias relacionadas</h3><ul>{links(c, c.rng.randint(2, 4), f"https://www.infodefensa.com/{slug(section)}/")}</ul></div>{form}</article>'
        f'<aside class="lateral"><div class="banner"><span class="publicidad">Publicidad</span></div><h3>Lo más leído</h3><ol>{links(c, 5, "https://www.infodefensa.com/texto-diario/mostrar/")}</ol></aside></main>'
        f'<footer id="pie"><p>© {y} Infodefensa.com · Revista Defensa S.L. Todos los derechos reservados.</p><a href="#">Aviso legal</a> <a href="#">Política de cookies</a> <a href="#">Publicidad</a> <a href="#">Contacto</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A German Catholic news portal (katholisch.de-like)

_KA_FIRST = ["Matthias", "Christoph", "Agathe", "Roland", "Benedikt", "Madeleine", "Steffen"]
_KA_LAST = ["Altmann", "Paul Hartig", "Lenssen", "Juchem", "Zinkant", "Spendel", "Zimmermann"]


def _gospel(c: Ctx) -> str:
    """The sidebar's gospel reading: several sentences of prose that are not the article."""
    verse = "".join(f"<p>{sentence(c, 2)}</p>" for _ in range(c.rng.randint(2, 3)))
    return f'<div class="tagesevangelium"><h3>Tagesevangelium</h3><p class="bibelstelle">{pick(c, "Mt", "Mk", "Lk", "Joh")} {c.rng.randint(1, 21)},{c.rng.randint(1, 20)}-{c.rng.randint(21, 40)}</p>{verse}<a href="https://www.katholisch.de/evangelium">Zum Evangelium mit Impuls</a></div>'


def fam_katholisch_de(c: Ctx) -> FamilyOut:
    """A Catholic news portal: dateline teaser, Themenseite box, KNA signature, day's gospel."""
    blocks = body_blocks(c, 0.4, 0.15, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2014, 2025)
    place = pick(c, "Bonn", "Rom", "Vatikanstadt", "Köln", "Limburg", "München")
    if c.rng.random() < 0.55:
        c.used.append("ka-themenseite")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="themenseite-box"><span class="label">Themenseite</span><a href="https://www.katholisch.de/artikel/{c.rng.randint(1000, 9999)}-{pick(c, "synodaler-weg", "missbrauch", "papst-franziskus", "weltsynode")}"><strong>{pick(c, "Synodaler Weg", "Missbrauch in der Kirche", "Papst Franziskus", "Weltsynode")}</strong></a><p>Alle Artikel, Hintergründe und Kommentare zum Thema.</p></div>'
            ),
        )
    if c.rng.random() < 0.4:
        c.used.append("ka-image-inline")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<figure class="inline-image"><img src="https://www.katholisch.de/images/{c.rng.randint(100000, 999999)}.jpg" alt=""><figcaption>{sentence(c)} <span class="credit">Bild: © KNA/{esc(person(c, _KA_FIRST, _KA_LAST))}</span></figcaption></figure>'
            ),
        )
    signature = (
        f"{pick(c, 'rom', 'KNA', 'mal', 'cph', 'tmg')}/KNA" if c.rng.random() < 0.6 else "KNA"
    )
    author = maybe(
        c,
        0.5,
        "ka-author",
        f'<div class="article-author">Von {esc(person(c, _KA_FIRST, _KA_LAST))}</div>',
    )
    saints = maybe(
        c,
        0.6,
        "ka-saints",
        f'<div class="heilige"><h3>Heilige des Tages</h3><ul><li><a href="#">Hl. {pick(c, "Benedikt", "Hildegard", "Elisabeth", "Franziskus", "Klara")}</a></li><li><a href="#">Hl. {pick(c, "Johannes", "Maria Goretti", "Bonifatius", "Edith Stein")}</a></li></ul></div>',
    )
    c.used += "ka-header ka-title ka-teaser ka-date ka-topimage ka-signature ka-more ka-gospel ka-footer".split()
    html = (
        f'<body class="article"><header class="page-header"><a class="logo" href="https://www.katholisch.de/"><img src="/static/img/katholisch-de-logo.svg" alt="katholisch.de"></a><nav class="main-nav"><a href="/aktuelles/nachrichten">Nachrichten</a><a href="/aktuelles/standpunkt">Standpunkt</a><a href="/glaube">Glaube</a><a href="/kirche">Kirche</a><a href="/video">Video</a></nav><a class="search" href="/suche">Suche</a></header>'
        f'<main class="page-main"><article class="article-detail"><h1 class="article-title">{esc(c.body.title)}</h1><p class="teaser">{place} ‐ {sentence(c, 2)}</p>'
        f'{author}<div class="article-date">Veröffentlicht am {d:02d}.{m:02d}.{y} um {clock(c)} Uhr – Lesedauer: {c.rng.randint(2, 6)} Minuten</div>'
        f'<figure class="article-image"><img src="https://www.katholisch.de/images/{c.rng.randint(100000, 999999)}.jpg" alt=""><figcaption><span class="credit">Bild: © KNA/{pick(c, "Cristian Gennari/Romano Siciliani", "Harald Oppitz", "Julia Steinbrecht", "Vatican Media")}</span></figcaption></figure>'
        f'<div class="article-body">{"".join(parts)}<p class="article-signature">{signature}</p></div>'
        f'<div class="mehr-zum-thema"><h3>Mehr zum Thema</h3><ul>{links(c, c.rng.randint(2, 4), "https://www.katholisch.de/artikel/")}</ul></div></article>'
        f'<aside class="sidebar">{_gospel(c)}{saints}</aside></main>'
        f'<footer class="page-footer"><p>katholisch.de ist das Nachrichtenportal der katholischen Kirche in Deutschland. Betreiber: APG mbH, Bonn</p><a href="#">Impressum</a> <a href="#">Datenschutz</a> <a href="#">Kontakt</a><p>© {y} katholisch.de</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A higher-education weekly (Times Higher Education-like)


def fam_times_higher_ed(c: Ctx) -> FamilyOut:
    """A higher-education weekly: standfirst, Twitter byline, campus box, register wall."""
    blocks, walled = paywall_cut(c, body_blocks(c, 0.35, 0.2, 0.3), 0.45, "the-register-wall")
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, when = en_date(c, 2014, 2025)
    author = person(c, _EN_FIRST, _EN_LAST)
    handle = slug(author).replace("-", "_")
    kind = pick(c, "News", "Opinion", "Features", "Analysis")
    if c.rng.random() < 0.5:
        c.used.append("the-campus-box")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="campus-promo"><span class="campus-promo__label">Campus resources</span><a href="https://www.timeshighereducation.com/campus/{slug(headlines(c, 1)[0])[:48]}">{pick(c, "How to design assessment that resists AI", "Ten tips for inclusive seminar teaching", "What makes a good research grant bid")}</a></div>'
            ),
        )
    img = maybe(
        c,
        0.8,
        "the-image",
        lambda: (
            f'<figure class="article-image"><img src="https://www.timeshighereducation.com/sites/default/files/styles/article785xauto/public/{hexid(c, 10)}.jpg" alt=""><figcaption>{sentence(c)} <span class="source">Source: {pick(c, "Getty", "iStock", "Alamy", "Reuters")}</span></figcaption></figure>'
        ),
    )
    twitter = maybe(
        c,
        0.6,
        "the-twitter",
        f'<div class="byline-twitter">Twitter: <a href="https://twitter.com/{handle}">@{handle}</a></div>',
    )
    wall = ""
    if walled:
        wall = '<div class="register-wall"><h3>Register to continue</h3><p>Why register?</p><ul class="register-benefits"><li>Registration is free and only takes a moment</li><li>Once registered, you can read 3 articles a month</li><li>Sign up for our newsletter</li></ul><a class="btn" href="https://www.timeshighereducation.com/register">Register</a> <p>Or <a href="https://www.timeshighereducation.com/subscribe">subscribe</a> for unlimited access to: Unlimited access to news, views, insights &amp; reviews; Digital editions; Digital access to THE’s university and college rankings analysis.</p><p>Already registered or a current subscriber? <a href="/user/login">Login</a></p></div>'
    n = c.rng.randint(0, 4)
    comments = "".join(
        f'<div class="comment"><p class="comment-author">{esc(person(c, _EN_FIRST, _EN_LAST))} {c.rng.randint(1, 11)} months ago</p><p>{sentence(c)}</p></div>'
        for _ in range(n)
    )
    if n:
        c.used.append("the-comments")
    c.used += "the-header the-type the-title the-standfirst the-byline the-date the-related the-comments-count the-newsletter the-footer".split()
    html = (
        f'<body class="node-type-article"><header id="header"><a class="logo" href="https://www.timeshighereducation.com/"><img src="/sites/all/themes/the/logo.svg" alt="Times Higher Education (THE)"></a><nav class="main-menu"><a href="/news">News</a><a href="/opinion">Opinion</a><a href="/features">Features</a><a href="/world-university-rankings">World University Rankings</a><a href="/student">Student</a><a href="/campus">Campus</a></nav><a class="subscribe" href="/subscribe">Subscribe</a> <a href="/user/login">Login</a></header>'
        f'<main id="main"><article class="article"><div class="article-type">{kind}</div><h1 class="article-title">{esc(c.body.title)}</h1><div class="standfirst"><p>{sentence(c)}</p></div>'
        f'<div class="article-byline"><a class="author" href="/author/{slug(author)}">{esc(author)}</a>{twitter}<div class="article-date">{when}</div></div>{img}'
        f'<div class="article-content">{"".join(parts)}</div>{wall}'
        f'<section class="related-articles"><h2>Related articles</h2><ul>{links(c, 3, "https://www.timeshighereducation.com/news/")}</ul></section>'
        f'<section class="comments"><h2>Reader\'s comments ({n})</h2>{comments}<p>You must be <a href="/user/login">logged in</a> to post a comment.</p></section></article>'
        f'<aside class="newsletter"><h3>Get the latest higher education news</h3><p>Sign up to THE’s daily newsletter.</p><form><input type="email"><button>Sign up</button></form></aside></main>'
        f'<footer id="footer"><p>© Times Higher Education {y}. THE World Universities Insights Limited.</p><a href="#">Terms and conditions</a> <a href="#">Privacy</a> <a href="#">Cookie policy</a> <a href="#">Contact us</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. An Italian legal news site (Altalex-like, Wolters Kluwer Italia)

_IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
_IT_FIRST = ["Giuseppe", "Francesca", "Marco", "Alessandra", "Luca", "Chiara", "Paolo"]
_IT_LAST = ["Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino"]


def fam_it_altalex(c: Ctx) -> FamilyOut:
    """An Italian legal news site: abstract, document download box, nota line, product promo."""
    blocks = body_blocks(c, 0.45, 0.25, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2012, 2025)
    author = person(c, _IT_FIRST, _IT_LAST)
    court = pick(
        c,
        "Cass. civ., sez. III",
        "Cass. pen., sez. VI",
        "Cons. Stato, sez. IV",
        "Corte cost.",
        "Trib. Milano",
    )
    if c.rng.random() < 0.5:
        c.used.append("alx-approfondisci")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="box-prodotto"><span class="box-prodotto__label">Approfondisci con</span><a href="https://shop.wki.it/{hexid(c, 8)}"><img src="https://shop.wki.it/img/{hexid(c, 6)}.jpg" alt=""><strong>{pick(c, "Codice civile commentato", "Il processo telematico", "Manuale di diritto penale", "Formulario degli atti notarili")}</strong></a><p>{pick(c, "Ipsoa", "Utet Giuridica", "Cedam", "Altalex Editore")}, {y} – Acquista ora</p></div>'
            ),
        )
    download = maybe(
        c,
        0.65,
        "alx-download",
        f'<div class="box-allegato"><span>Scarica il documento</span><a href="/documents/{c.rng.randint(10000, 99999)}/{hexid(c, 6)}.pdf">{court}, {pick(c, "ord.", "sent.")} {d:02d}/{m:02d}/{y}, n. {c.rng.randint(100, 39999)} (PDF)</a></div>',
    )
    nota = maybe(
        c,
        0.6,
        "alx-nota",
        f'<p class="nota-finale">(Altalex, {d} {_IT_MONTHS[m - 1]} {y}. Nota di {esc(person(c, _IT_FIRST, _IT_LAST))})</p>',
    )
    course = maybe(
        c,
        0.55,
        "alx-formazione",
        f'<div class="promo-formazione"><span>Altalex Formazione</span><a href="https://www.altalex.com/formazione/">{pick(c, "Master in diritto di famiglia", "Corso di aggiornamento sulla riforma Cartabia", "Webinar: la privacy dopo il GDPR")}</a><p>Crediti formativi CNF – Iscriviti ora</p></div>',
    )
    tags = ", ".join(
        f'<a href="https://www.altalex.com/tag/{slug(t)}">{t}</a>'
        for t in c.rng.sample(
            [
                "Responsabilità civile",
                "Processo civile",
                "Contratti",
                "Diritto di famiglia",
                "Privacy",
                "Condominio",
                "Lavoro",
                "Diritto penale",
            ],
            3,
        )
    )
    c.used += "alx-header alx-breadcrumb alx-title alx-abstract alx-author alx-date alx-tags alx-newsletter alx-related alx-footer".split()
    html = (
        f'<body class="article-page"><header class="alx-header"><a class="logo" href="https://www.altalex.com/"><img src="/assets/img/altalex-logo.svg" alt="Altalex"></a><nav><a href="/notizie">Notizie</a><a href="/approfondimenti">Approfondimenti</a><a href="/documenti">Documenti</a><a href="/formazione">Formazione</a><a href="https://shop.wki.it/">Shop</a></nav><a href="#">Accedi</a></header>'
        f'<main class="alx-main"><nav class="breadcrumb"><a href="/">Home</a> › <a href="/notizie">Notizie</a> › <a href="#">{pick(c, "Civile", "Penale", "Amministrativo", "Lavoro", "Professione")}</a></nav>'
        f'<article class="articolo"><h1 class="titolo">{esc(c.body.title)}</h1><p class="abstract">{sentence(c, 2)}</p>'
        f'<div class="info-articolo"><span class="autore">di <a href="/autori/{slug(author)}">{esc(author)}</a></span> <span class="data">{d:02d}/{m:02d}/{y}</span></div>'
        f'<div class="testo-articolo">{"".join(parts)}</div>{download}{nota}{course}'
        f'<div class="tags-articolo"><strong>Tag:</strong> {tags}</div>'
        f'<div class="newsletter-box"><h3>Iscriviti alla newsletter di Altalex</h3><p>Ogni giorno le principali novità normative e giurisprudenziali.</p><form><input type="email"><button>Iscriviti</button></form></div></article>'
        f'<aside class="correlati"><h3>Articoli correlati</h3><ul>{links(c, 4, "https://www.altalex.com/documents/news/")}</ul></aside></main>'
        f'<footer class="alx-footer"><p>© {y} Wolters Kluwer Italia S.r.l. – Via dei Missaglia n. 97, 20142 Milano – P.IVA 10209790152</p><a href="#">Privacy</a> <a href="#">Cookie policy</a> <a href="#">Note legali</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Japanese logistics trade site (LNEWS-like)


def fam_jp_lnews(c: Ctx) -> FamilyOut:
    """A Japanese logistics trade site: 年月日 date, category tags, contact line, PR links."""
    blocks = body_blocks(c, 0.3, 0.2, 0.15, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2010, 2025)
    cat = pick(c, "物流企業", "荷主企業", "倉庫", "物流施設", "調査・統計", "M&amp;A")
    img = maybe(
        c,
        0.6,
        "lnews-image",
        lambda: (
            f'<div class="photo"><img src="https://www.lnews.jp/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}.jpg" alt=""><p class="caption">{sentence(c)}</p></div>'
        ),
    )
    contact = maybe(
        c,
        0.55,
        "lnews-contact",
        f'<p class="contact">お問い合わせ先：{pick(c, "広報部", "経営企画部", "物流事業本部")}　TEL：03-{c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}</p>',
    )
    pr = maybe(
        c,
        0.6,
        "lnews-pr",
        lambda: (
            '<div class="pr-links"><h3>PR</h3><ul>'
            + "".join(
                f'<li><span class="pr">PR</span><a href="https://www.lnews.jp/pr/{hexid(c, 6)}">{t}</a></li>'
                for t in c.rng.sample(
                    [
                        "物流倉庫の空き情報を一括検索",
                        "3PL事業者を無料で比較",
                        "物流DXセミナー開催のお知らせ",
                        "冷凍冷蔵倉庫の新規開設",
                    ],
                    2,
                )
            )
            + "</ul></div>"
        ),
    )
    if c.rng.random() < 0.4:
        c.used.append("lnews-related-inline")
        parts = weave(
            c,
            parts,
            1,
            with_head(
                c,
                lambda h: (
                    f'<p class="kanren">関連記事：<a href="https://www.lnews.jp/{y}/{m:02d}/{hexid(c, 6)}.html">{esc(h)}</a></p>'
                ),
            ),
        )
    ranking = "".join(
        f'<li><span class="rank">{k}</span><a href="https://www.lnews.jp/{y}/{m:02d}/{hexid(c, 6)}.html">{esc(h)}</a></li>'
        for k, h in enumerate(headlines(c, 5), 1)
    )
    tags = "".join(
        f'<a href="https://www.lnews.jp/tag/{hexid(c, 4)}">{t}</a>'
        for t in c.rng.sample(
            ["物流施設", "3PL", "ドライバー不足", "2024年問題", "EC物流", "冷凍倉庫", "共同配送"], 2
        )
    )
    c.used += "lnews-header lnews-breadcrumb lnews-date lnews-title lnews-tags lnews-related lnews-signup lnews-latest lnews-ranking lnews-footer".split()
    html = (
        f'<body class="single"><header id="header"><p class="site-desc">物流ニュースのLNEWS</p><a class="logo" href="https://www.lnews.jp/"><img src="/common/img/logo.png" alt="LNEWS"></a><nav id="gnav"><a href="/">ニュース</a><a href="/category/logistics">物流企業</a><a href="/category/shipper">荷主企業</a><a href="/category/warehouse">倉庫</a><a href="/category/facility">物流施設</a><a href="/category/research">調査・統計</a></nav><a class="member" href="https://www.lnews.jp/member/">会員登録</a></header>'
        f'<div id="container"><p class="breadcrumb"><a href="/">トップ</a> &gt; <a href="#">{cat}</a> &gt; 記事</p><div id="main"><div class="entry"><p class="date">{y}年{m:02d}月{d:02d}日 {clock(c)}</p><h1 class="entry-title">{esc(c.body.title)}</h1><div class="entry-tags"><a class="cat" href="#">{cat}</a>{tags}</div>'
        f'{img}<div class="article_body">{"".join(parts)}</div>{contact}'
        f'<div class="kanren-list"><h3>関連記事</h3><ul>{links(c, c.rng.randint(2, 4), f"https://www.lnews.jp/{y}/{m:02d}/")}</ul></div>{pr}'
        f'<div class="member-box"><h3>LNEWS会員登録（無料）</h3><p>メールマガジンで毎日の物流ニュースをお届けします。</p><a href="https://www.lnews.jp/member/">登録する</a></div></div></div>'
        f'<div id="side"><div class="latest"><h3>最新ニュース</h3><ul>{links(c, 4, f"https://www.lnews.jp/{y}/{m:02d}/")}</ul></div><div class="ranking"><h3>ランキング</h3><ol>{ranking}</ol></div></div></div>'
        f'<footer id="footer"><ul><li><a href="#">LNEWSについて</a></li><li><a href="#">広告掲載</a></li><li><a href="#">プライバシーポリシー</a></li><li><a href="#">お問い合わせ</a></li></ul><p>Copyright © {y} LNEWS All rights reserved.</p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "medscape-news": (fam_medscape, "news"),
    "de-spektrum": (fam_de_spektrum, "tech"),
    "mongabay-env": (fam_mongabay, "news"),
    "nl-boerderij": (fam_nl_boerderij, "business"),
    "fr-pv-magazine": (fam_fr_pv_magazine, "business"),
    "aviation-week": (fam_aviation_week, "business"),
    "tradewinds-shipping": (fam_tradewinds, "business"),
    "es-infodefensa": (fam_es_infodefensa, "politics"),
    "katholisch-de": (fam_katholisch_de, "news"),
    "times-higher-ed": (fam_times_higher_ed, "politics"),
    "it-altalex": (fam_it_altalex, "ecb"),
    "jp-lnews": (fam_jp_lnews, "lede"),
}

_LANG = {
    "de-spektrum": "de",
    "nl-boerderij": "nl",
    "fr-pv-magazine": "fr",
    "es-infodefensa": "es",
    "katholisch-de": "de",
    "it-altalex": "it",
    "jp-lnews": "ja",
}

_HEAD = {
    "medscape-news": '<meta property="og:site_name" content="Medscape"><meta name="robots" content="max-image-preview:large">',
    "de-spektrum": '<meta property="og:site_name" content="Spektrum.de"><meta name="article:content_tier" content="metered">',
    "mongabay-env": '<meta name="generator" content="WordPress 6.2.2"><meta property="og:site_name" content="Mongabay Environmental News">',
    "nl-boerderij": '<meta property="og:site_name" content="Boerderij"><meta name="article:section" content="Agrarisch nieuws">',
    "fr-pv-magazine": '<meta name="generator" content="WordPress 6.4.2"><meta property="og:site_name" content="pv magazine France">',
    "aviation-week": '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><meta property="og:site_name" content="Aviation Week Network">',
    "tradewinds-shipping": '<meta property="og:site_name" content="TradeWinds | Latest shipping and maritime news"><meta name="article:content_tier" content="locked">',
    "es-infodefensa": '<meta property="og:site_name" content="Infodefensa"><meta name="news_keywords" content="defensa, industria, fuerzas armadas">',
    "katholisch-de": '<meta property="og:site_name" content="katholisch.de"><meta name="author" content="katholisch.de">',
    "times-higher-ed": '<meta name="Generator" content="Drupal 7 (http://drupal.org)"><meta property="og:site_name" content="Times Higher Education (THE)">',
    "it-altalex": '<meta property="og:site_name" content="Altalex"><meta name="publisher" content="Wolters Kluwer Italia">',
    "jp-lnews": '<meta property="og:site_name" content="LNEWS"><meta name="description" content="物流ニュースのLNEWS">',
}


def aj_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language, canonical link and platform tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 3501) -> list[Page]:
    """Set AJ: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics")
    return draw_set(
        "aj", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=aj_head
    )


if __name__ == "__main__":  # page_families_aj.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 3501)

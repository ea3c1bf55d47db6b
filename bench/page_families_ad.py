"""Set AD of the constructed pages: 12 families of article and news pages made with CMSes and
site builders sets A-AB lack, in several languages, and `build_pages`.

Six families are in page_templates_ad.py (a Russian Tilda longread, a Russian 1C-Bitrix news
page, a Ukrainian DataLife Engine story, a Dutch Umbraco news page, a Norwegian Episerver
municipality news item, a Czech Kentico news detail); here an English design studio's journal
on Craft CMS, a German Kirby notes blog, a French developer blog on Grav, a Spanish
cooperative's news on Statamic, an English web3 newsletter post on Mirror / Paragraph, and a
Polish club or municipality article on Joomla 4-5 with the Cassiopeia template. The
non-English sites carry English bodies (the body pools are English) in their own language's
furniture. Written blind to digest's extraction rules; its builder never ran digest,
trafilatura, readability or bench_pages on it (session 17, helper h-setad). The gold
convention is in page_templates_ad.py's docstring; the decisions for this module's families,
written down before they were coded:
- a design studio's journal on Craft CMS (3-5, Matrix blocks, 2017-2025, English): the
  paragraphs, subheadings, lists and quotes of the entry's Matrix text, heading and quote
  blocks (`div.block--text div.rich-text`, `div.block--heading`, `div.block--quote`: a quoted
  statement, article) are article; the header and menu (Work, Studio, Journal, Contact), the
  "Journal" label, the title, "Words by" and date, the reading time, the hero image, image
  blocks with their captions, the pull-quote block (`div.block--pullquote` repeating a
  sentence of the body: a pull quote, never article), "Share", the tags, the "Next article"
  card, the newsletter sign-up and the footer ("Site by ...") are not;
- a German notes blog on Kirby (3-4, blocks, starterkit-like, 2019-2025; a journalist or
  local association): the paragraphs, subheadings, lists and quotes of `div.note.text` (the
  blocks' `<p>`, `<h2>`, `<ul>`, `<blockquote>`) are article; the header menu, the
  `header.note-header` (title, date "3. April 2024"), the image blocks with their captions,
  the tags ("Schlagworte"), "Vorheriger / Nächster Beitrag", and the footer (Impressum,
  Datenschutz, "Made with Kirby") are not;
- a French developer blog on Grav (1.x, Quark theme, 2016-2025): the paragraphs,
  subheadings, lists, quotes and code blocks of `div.e-content` are article, code as its text;
  the navbar, the hero image, the title, the `span.blog-date`, the tag chips, "Article
  précédent / Article suivant", the sidebar (Rechercher, Catégories, Archives, "Flux RSS"),
  the comments placeholder ("Commentaires") and the footer ("Fait avec Grav par Trilby
  Media") are not;
- a Spanish cooperative's news on Statamic (3-5, Peak starter kit with Tailwind, 2020-2025):
  the paragraphs, subheadings, lists and quotes of the Bard field (`div.prose`) are article;
  "Saltar al contenido", the cookie notice, the header and menu, the breadcrumb, the category,
  the title, the date, author and "min de lectura", the image sets with their captions, the
  call-to-action set inside the text ("Hazte socia": a box, furniture), "Compartir",
  "También te puede interesar", the newsletter and the footer are not;
- a web3 newsletter post on Mirror (2021-2023) or Paragraph (2023-2025) (English, Next.js,
  ProseMirror content): the paragraphs, subheadings, lists and quotes of `div.ProseMirror` are
  article; the publication header with "Subscribe", the cover image, the title, the subtitle
  (a standfirst), the author (ENS name, "0x12ab…cd34"), the date, the subscribe embed inside
  the text (a box, furniture), the "Collect" mint box (editions, price), the verification
  block ("Arweave Transaction", "Author Address", "Content Digest"), "More from ..." and the
  footer are not;
- a Polish sports club or municipality article on Joomla 4-5 with the Cassiopeia template
  (2021-2025): the paragraphs, subheadings, lists, tables and quotes of
  `div.com-content-article__body` are article; the header (brand, site description), the
  `ul.mod-menu` navbar, "Jesteś tutaj:" breadcrumbs, the title (`div.page-header`), the
  `dl.article-info` ("Szczegóły", "Napisane przez", "Kategoria", "Opublikowano", "Odsłony"),
  the full-text image with its caption, the tags, the `nav.pagenavigation` ("Poprzedni
  artykuł / Następny artykuł"), the sidebar modules ("Najnowsze wiadomości", "Sponsorzy"),
  the footer and "Back to top" are not.

    .venv/bin/python bench/page_families_ad.py PAGE_ID 2901
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key, unique_bodies
from page_templates import Block, Ctx, Page, esc, slug
from page_templates_ad import (
    body_blocks,
    fam_bitrix_news,
    fam_dle_story,
    fam_episerver_kommune,
    fam_kentico_news,
    fam_tilda_longread,
    fam_umbraco_news,
)
from page_templates_b import code_bodies, headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date
from page_templates_v import heads_list

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]
_EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)


# ---------------------------------------------------------------------------------------------
# 7. A design studio's journal on Craft CMS (Matrix blocks)


def fam_craft_journal(c: Ctx) -> FamilyOut:
    """A Craft entry: Matrix text / heading / quote blocks, pull-quote block, image blocks."""
    blocks = body_blocks(c, 0.4, 0.3, 0.35)
    out: list[str] = []
    gold: list[Block] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(
                f'<div class="block block--text"><div class="rich-text">{"".join(run)}</div></div>'
            )
            run.clear()

    for block in blocks:
        parts, g = body_html(c, [block], lambda t: f"<h2>{esc(t)}</h2>")
        gold += g
        if block[0] == "h":
            flush()
            out.append(
                f'<div class="block block--heading"><h2 class="heading-lg">{esc(str(block[1]))}</h2></div>'
            )
        elif block[0] == "quote":
            flush()
            out.append(
                f'<div class="block block--quote"><blockquote class="quote"><p>{esc(str(block[1]))}</p></blockquote></div>'
            )
        else:
            run.append(parts[0])
    flush()
    paragraphs = [str(v) for k, v in blocks if k == "p"]
    if len(out) > 1 and len(paragraphs) > 2 and c.rng.random() < 0.5:
        c.used.append("craft-pullquote")
        pq = c.rng.choice(paragraphs[1:]).split(". ")[0].rstrip(".")
        out = weave(
            c,
            out,
            1,
            lambda: (
                f'<div class="block block--pullquote"><p class="pullquote">“{esc(pq)}.”</p></div>'
            ),
        )
    if len(out) > 1 and c.rng.random() < 0.6:
        c.used.append("craft-image-block")
        out = weave(
            c,
            out,
            c.rng.randint(1, 2),
            lambda: (
                f'<div class="block block--image"><figure><img src="/uploads/journal/_1600xAUTO_crop_center-center_82_none/{hexid(c, 8)}.jpg" srcset="/uploads/journal/_800xAUTO/{hexid(c, 8)}.jpg 800w" alt=""><figcaption class="caption">{sentence(c)}</figcaption></figure></div>'
            ),
        )
    studio = pick(c, "Northfold", "Studio Mast", "Field &amp; Form", "Halyard", "Common Ground")
    y, m, d = era_date(c, 2017, 2025)
    author = pick(c, "Hannah Boyd", "Tom Ellery", "Priya Raman", "Jack Okafor", "Mia Lindqvist")
    nxt = headlines(c, 1)[0]
    tags = "".join(
        f'<li><a href="/journal?tag={slug(t)}">{t}</a></li>'
        for t in c.rng.sample(
            ["Branding", "Architecture", "Process", "Culture", "Type", "Sustainability"], 2
        )
    )
    c.used += "craft-header craft-menu craft-label craft-title craft-byline craft-readtime craft-hero craft-share craft-tags craft-next craft-newsletter craft-footer".split()
    html = (
        f'<body class="entry-journal"><header class="site-header"><a class="site-header__logo" href="/">{studio}</a><nav class="site-nav"><ul><li><a href="/work">Work</a></li><li><a href="/studio">Studio</a></li><li><a href="/journal" class="is-active">Journal</a></li><li><a href="/contact">Contact</a></li></ul></nav><button class="menu-toggle" aria-expanded="false">Menu</button></header>'
        f'<main id="main"><article class="entry"><header class="entry-header"><p class="entry-header__label"><a href="/journal">Journal</a></p><h1 class="entry-header__title">{esc(c.body.title)}</h1><div class="entry-header__meta"><span>Words by {author}</span> <time datetime="{y}-{m:02d}-{d:02d}">{d} {_EN_MONTHS[m - 1]} {y}</time> <span>{c.rng.randint(3, 12)} min read</span></div></header>'
        f'<figure class="entry-hero"><img src="/uploads/journal/_2400xAUTO/{hexid(c, 8)}.jpg" alt=""></figure>'
        f'<div class="entry-body">{"".join(out)}</div>'
        f'<footer class="entry-footer"><div class="share"><span>Share</span> <a href="https://www.linkedin.com/sharing/share-offsite/?url=#">LinkedIn</a> <a href="#">X</a> <a href="#" class="copy-link">Copy link</a></div><ul class="entry-tags">{tags}</ul></footer></article>'
        f'<section class="next-entry"><p class="next-entry__label">Next article</p><a href="/journal/{slug(nxt)[:40]}"><h2>{esc(nxt)}</h2></a></section>'
        f'<section class="newsletter"><h2>Sign up to our newsletter</h2><p>Occasional notes on work, process and the things we are reading.</p><form action="https://{slug(studio)[:10]}.us{c.rng.randint(1, 21)}.list-manage.com/subscribe/post" method="post"><input type="email" name="EMAIL" placeholder="Email address"><button>Subscribe</button></form></section></main>'
        f'<footer class="site-footer"><p>{studio} Ltd, {pick(c, "London", "Bristol", "Manchester", "Glasgow")}</p><ul><li><a href="#">Instagram</a></li><li><a href="#">LinkedIn</a></li></ul><p>© {y} {studio}. <a href="/privacy">Privacy</a></p><p class="credit">Site by {pick(c, "Made by Shape", "Supply", "Studio Bolt")}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A German notes blog on Kirby (blocks)

_DE_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)


def fam_kirby_notes(c: Ctx) -> FamilyOut:
    """A Kirby note: menu, note-header with date, blocks in div.note.text, tags, prev/next."""
    blocks = body_blocks(c, 0.35, 0.3, 0.3, pick(c, "ul", "ol"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    if len(parts) > 2 and c.rng.random() < 0.6:
        c.used.append("kirby-image-block")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<figure><a href="/media/pages/notes/{slug(c.body.title)[:24]}/{hexid(c, 10)}-{c.rng.randint(10**9, 10**10)}/bild.jpg"><img src="/media/pages/notes/{slug(c.body.title)[:24]}/{hexid(c, 10)}-{c.rng.randint(10**9, 10**10)}/bild-1200x.jpg" alt=""></a><figcaption>{sentence(c)}</figcaption></figure>'
            ),
        )
    site = pick(
        c,
        "Notizen aus Leipzig",
        "Kulturverein Südstadt",
        "Ortsgeschichte Kiel",
        "Radentscheid Freiburg",
        "Heimatverein Alsfeld",
    )
    y, m, d = era_date(c, 2019, 2025)
    tags = "".join(
        f'<li><a href="/notes/tag:{slug(t)}">{t}</a></li>'
        for t in c.rng.sample(
            ["Stadtrat", "Verkehr", "Kultur", "Geschichte", "Umwelt", "Verein"], c.rng.randint(1, 3)
        )
    )
    prev, nxt = headlines(c, 2)
    c.used += (
        "kirby-header kirby-menu kirby-note-header kirby-tags kirby-prevnext kirby-footer".split()
    )
    html = (
        f'<body><div class="page"><header class="header"><a class="logo" href="/">{site}</a><nav id="menu" class="menu"><a href="/about">Über uns</a> <a href="/notes" aria-current="page">Notizen</a> <a href="/photography">Fotos</a> <a href="/termine">Termine</a> <a href="/kontakt">Kontakt</a></nav></header>'
        f'<main class="main"><article class="note"><header class="note-header intro"><h1>{esc(c.body.title)}</h1><time class="note-date" datetime="{y}-{m:02d}-{d:02d}">{d}. {_DE_MONTHS[m - 1]} {y}</time></header>'
        f'<div class="note text">{"".join(parts)}</div>'
        f'<footer class="note-footer"><h2 class="h2">Schlagworte</h2><ul class="note-tags">{tags}</ul></footer>'
        f'<nav class="blog-prevnext"><h2 class="h2">Weitere Notizen</h2><div class="note-excerpts grid"><div class="column"><a href="/notes/{slug(prev)[:40]}"><p class="note-excerpt-label">Vorheriger Beitrag</p><h3>{esc(prev)}</h3></a></div><div class="column"><a href="/notes/{slug(nxt)[:40]}"><p class="note-excerpt-label">Nächster Beitrag</p><h3>{esc(nxt)}</h3></a></div></div></nav></article></main>'
        f'<footer class="footer"><div class="grid"><div class="column"><h2><a href="/">{site}</a></h2><p>{pick(c, "Ein ehrenamtliches Projekt seit 2012.", "Gemeinnütziger Verein, eingetragen beim Amtsgericht.", "Geschrieben in der Freizeit.")}</p></div><div class="column"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/feed">RSS</a></li></ul></div></div><p class="made">Made with <a href="https://getkirby.com">Kirby</a></p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A French developer blog on Grav (Quark theme)

_FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)


def _grav_code(c: Ctx, text: str) -> str:
    lang = "html" if text.lstrip().startswith("<") else pick(c, "bash", "php", "yaml", "javascript")
    return f'<pre><code class="language-{lang}">{esc(text)}</code></pre>'


def fam_grav_blog(c: Ctx) -> FamilyOut:
    """A Grav Quark post: navbar, h-entry, blog-date, e-content with code, sidebar, Trilby footer."""
    blocks = body_blocks(c, 0.4, 0.3, 0.2)
    parts, gold = body_html(
        c, blocks, lambda t: f"<h2>{esc(t)}</h2>", code=lambda t: _grav_code(c, t)
    )
    y, m, d = era_date(c, 2016, 2025)
    site = pick(
        c,
        "Le blog de Julien",
        "Carnet technique",
        "Bidouilles &amp; Co",
        "Journal d'un dev",
        "Octets libres",
    )
    hero = ""
    if c.rng.random() < 0.5:
        c.used.append("grav-hero")
        hero = f'<section id="blog-hero" class="section modular-hero hero text-light hero-medium overlay-dark-gradient" style="background-image: url(\'/user/pages/02.blog/{slug(c.body.title)[:20]}/{hexid(c, 6)}.jpg\');"><div class="image-overlay"></div><section class="container grid-lg"><h1 class="p-name">{esc(c.body.title)}</h1></section></section>'
    tags = "".join(
        f'<a href="/blog/tag:{t}" class="label label-rounded label-secondary p-category">{t}</a>'
        for t in c.rng.sample(
            ["linux", "php", "docker", "grav", "nginx", "git", "auto-hébergement"],
            c.rng.randint(1, 3),
        )
    )
    prev, nxt = headlines(c, 2)
    comments = ""
    if c.rng.random() < 0.4:
        c.used.append("grav-comments")
        comments = '<div id="comments"><h3>Commentaires</h3><div id="disqus_thread"></div><noscript>Activez JavaScript pour voir les commentaires.</noscript></div>'
    cats = "".join(
        f'<li><a href="/blog/category:{t}">{t}</a> <span class="label label-rounded">{c.rng.randint(1, 30)}</span></li>'
        for t in ["Tutoriels", "Serveur", "Développement"]
    )
    arch = "".join(
        f'<li><a href="/blog/archives_month:{_FR_MONTHS[(m - k) % 12].lower()}_{y}">{_FR_MONTHS[(m - k) % 12]} {y}</a> <span class="label">{c.rng.randint(1, 6)}</span></li>'
        for k in range(1, 4)
    )
    c.used += (
        "grav-navbar grav-title grav-date grav-tags grav-prevnext grav-sidebar grav-footer".split()
    )
    title = (
        ""
        if hero
        else f'<h2 class="p-name mt-1"><a href="/blog/{slug(c.body.title)[:40]}">{esc(c.body.title)}</a></h2>'
    )
    html = (
        f'<body id="top" class="header-fixed header-animated sticky-footer"><div id="page-wrapper"><section id="header" class="section"><section class="container grid-lg"><nav class="navbar"><section class="navbar-section logo"><a href="/" class="navbar-brand mr-10">{site}</a></section><section class="navbar-section desktop-menu"><nav class="dropmenu animated"><ul class="navigation"><li><a href="/">Accueil</a></li><li><a href="/blog" class="active">Blog</a></li><li><a href="/projets">Projets</a></li><li><a href="/a-propos">À propos</a></li></ul></nav></section></nav></section></section>'
        f'{hero}<section id="start"><section id="body-wrapper" class="section blog-listing"><section class="container grid-lg"><div class="columns"><div id="item" class="column col-9 col-md-12 extra-spacing">'
        f'<div class="content-item h-entry"><div class="content-title text-center">{title}<span class="blog-date"><time class="dt-published" datetime="{y}-{m:02d}-{d:02d}T00:00:00+01:00"><i class="fa fa-calendar"></i> {d} {_FR_MONTHS[m - 1][:4]} {y}</time></span><span class="tags">{tags}</span></div>'
        f'<div class="e-content">{"".join(parts)}</div></div>'
        f'<p class="prev-next text-center"><a class="btn" href="/blog/{slug(prev)[:40]}"><i class="fa fa-angle-left"></i> Article précédent</a> <a class="btn" href="/blog/{slug(nxt)[:40]}">Article suivant <i class="fa fa-angle-right"></i></a></p>{comments}</div>'
        f'<div id="sidebar" class="column col-3 col-md-12"><div class="sidebar-content"><h4>Rechercher</h4><div class="search-wrapper"><input type="text" class="form-input" placeholder="Rechercher..." data-search-input="/search/query"></div></div><div class="sidebar-content"><h4>Catégories</h4><ul class="related-pages menu">{cats}</ul></div><div class="sidebar-content"><h4>Archives</h4><ul class="archives">{arch}</ul></div><div class="sidebar-content syndicate"><h4>Flux RSS</h4><a class="btn" href="/blog.atom"><i class="fa fa-rss-square"></i> Atom 1.0</a> <a class="btn" href="/blog.rss">RSS</a></div></div></div></section></section></section></div>'
        f'<section id="footer" class="section bg-gray"><section class="container grid-lg"><p>Fait avec <a href="https://getgrav.org">Grav</a> + <i class="fa fa-heart-o pulse"></i> par <a href="https://trilby.media">Trilby Media</a>. © {y} {site}</p></section></section></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Spanish cooperative's news on Statamic (Peak)

_ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()


def fam_statamic_news(c: Ctx) -> FamilyOut:
    """A Statamic Peak article: cookie notice, Bard prose with image and CTA sets, related."""
    blocks = body_blocks(c, 0.35, 0.3, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f'<h2 id="{slug(t)[:30]}">{esc(t)}</h2>')
    coop = pick(
        c,
        "Cooperativa Som Energia",
        "Ecoveïns",
        "La Colmena Verde",
        "Coop57 Aragón",
        "Huertas del Sur",
    )
    if len(parts) > 2 and c.rng.random() < 0.5:
        c.used.append("statamic-image-set")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<figure class="not-prose my-8"><img class="w-full rounded" src="/img/containers/assets/noticias/{hexid(c, 8)}.jpg/{hexid(c, 32)}.jpg" alt="" loading="lazy"><figcaption class="mt-2 text-sm text-neutral-600">{sentence(c)}</figcaption></figure>'
            ),
        )
    if len(parts) > 2 and c.rng.random() < 0.5:
        c.used.append("statamic-cta-set")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="not-prose my-10 p-8 rounded-lg bg-primary-100"><h3 class="text-xl font-bold">{pick(c, "Hazte socia", "Únete a la cooperativa", "Participa")}</h3><p>{pick(c, "Por solo 100 € de capital social puedes formar parte de la cooperativa.", "Tu participación hace posible nuevos proyectos en tu barrio.")}</p><a class="button" href="/hazte-socia">Quiero participar</a></div>'
            ),
        )
    y, m, d = era_date(c, 2020, 2025)
    cards = "".join(
        f'<article class="flex flex-col"><a href="/noticias/{slug(h)[:40]}" class="group"><span class="text-sm text-neutral-500">{min(28, d + k)} de {_ES_MONTHS[m - 1]} de {y}</span><h3 class="font-bold group-hover:underline">{esc(h)}</h3></a></article>'
        for k, h in enumerate(headlines(c, 3), 1)
    )
    c.used += "statamic-skip statamic-cookie statamic-header statamic-breadcrumb statamic-category statamic-title statamic-meta statamic-share statamic-related statamic-newsletter statamic-footer".split()
    html = (
        f'<body class="flex flex-col min-h-screen bg-white selection:bg-primary"><a class="sr-only focus:not-sr-only" href="#content">Saltar al contenido</a>'
        f'<div x-data="{{ show: true }}" x-show="show" class="fixed bottom-0 z-50 w-full p-4 bg-neutral-900 text-white cookie-notice"><p>Usamos cookies propias y de terceros para analizar el uso de la web. <a href="/politica-de-cookies">Más información</a></p><button @click="show = false">Aceptar</button> <button>Rechazar</button></div>'
        f'<header class="py-6 border-b"><div class="fluid-container flex justify-between"><a href="/" aria-label="{coop}"><img src="/visuals/logo.svg" alt="{coop}" class="h-10"></a><nav aria-label="Navegación principal"><ul class="flex gap-6"><li><a href="/quienes-somos">Quiénes somos</a></li><li><a href="/proyectos">Proyectos</a></li><li><a href="/noticias" aria-current="page">Noticias</a></li><li><a href="/contacto">Contacto</a></li><li><a class="button" href="/hazte-socia">Hazte socia</a></li></ul></nav></div></header>'
        f'<main id="content" class="flex-grow"><nav aria-label="Migas de pan" class="fluid-container text-sm"><ol class="flex gap-2"><li><a href="/">Inicio</a></li><li><a href="/noticias">Noticias</a></li><li aria-current="page">{esc(c.body.title[:40])}</li></ol></nav>'
        f'<article class="fluid-container py-12"><header class="max-w-3xl mx-auto"><a class="text-sm font-bold uppercase text-primary" href="/noticias/categoria/{pick(c, "energia", "barrio", "agricultura", "asamblea")}">{pick(c, "Energía", "Barrio", "Agricultura", "Asamblea")}</a><h1 class="text-4xl font-bold">{esc(c.body.title)}</h1><p class="text-neutral-500"><time datetime="{y}-{m:02d}-{d:02d}">{d} de {_ES_MONTHS[m - 1]} de {y}</time> · {pick(c, "Lucía Martín", "Pau Serra", "Ainhoa Etxeberria", "Equipo de comunicación")} · {c.rng.randint(2, 9)} min de lectura</p></header>'
        f'<div class="prose md:prose-lg max-w-3xl mx-auto">{"".join(parts)}</div>'
        f'<div class="max-w-3xl mx-auto flex gap-4 mt-8 share"><span>Compartir</span> <a href="https://t.me/share/url?url=#">Telegram</a> <a href="https://wa.me/?text=#">WhatsApp</a> <a href="#">Mastodon</a> <a href="#">Correo</a></div></article>'
        f'<section class="fluid-container py-12 bg-neutral-50"><h2 class="text-2xl font-bold">También te puede interesar</h2><div class="grid md:grid-cols-3 gap-8">{cards}</div></section>'
        f'<section class="fluid-container py-12"><h2>Suscríbete al boletín</h2><form method="POST" action="/!/forms/boletin"><input type="hidden" name="_token" value="{hexid(c, 40)}"><input type="email" name="email" placeholder="Tu correo electrónico"><label><input type="checkbox" name="privacidad"> Acepto la política de privacidad</label><button>Suscribirme</button></form></section></main>'
        f'<footer class="py-8 bg-neutral-900 text-white"><div class="fluid-container"><p>{coop} · {pick(c, "Girona", "Zaragoza", "Sevilla", "Valencia", "Bilbao")} · CIF F{c.rng.randint(10**7, 10**8 - 1)}</p><ul class="flex gap-4"><li><a href="/aviso-legal">Aviso legal</a></li><li><a href="/privacidad">Privacidad</a></li><li><a href="/politica-de-cookies">Cookies</a></li></ul></div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A web3 newsletter post on Mirror or Paragraph


def fam_paragraph_post(c: Ctx) -> FamilyOut:
    """A Mirror / Paragraph post: ProseMirror body, subscribe embed, Collect box, Arweave block."""
    blocks = body_blocks(c, 0.4, 0.35, 0.3, pick(c, "ul", "ol"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2021, 2025)
    mirror = y < 2023 or (y == 2023 and c.rng.random() < 0.5)
    c.used.append("pg-mirror" if mirror else "pg-paragraph")
    pub = pick(
        c,
        "Onchain Notes",
        "The Rollup Weekly",
        "Protocol Letters",
        "DeFi Dispatch",
        "Token Terminal Notes",
    )
    ens = pick(c, "vitalik.eth", "jess.eth", "0xmarc.eth", "linda.eth", "dwr.eth", "nader.eth")
    addr = f"0x{hexid(c, 4)}…{hexid(c, 4)}"
    if len(parts) > 3 and c.rng.random() < 0.5:
        c.used.append("pg-subscribe-embed")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div data-type="subscribeButton" class="subscribe-embed"><p>Subscribe to {pub}</p><a class="button" href="#subscribe">Subscribe</a></div>'
            ),
        )
    collect = f'<div class="collect-card"><h3>Collect this post</h3><p>Collect this post as an NFT.</p><dl><dt>Editions</dt><dd>{c.rng.randint(1, 900)} collected</dd><dt>Price</dt><dd>{pick(c, "Free", "0.001 ETH", "0.0025 ETH")}</dd><dt>Chain</dt><dd>{pick(c, "Base", "Optimism", "Ethereum")}</dd></dl><button>Collect</button></div>'
    verify = f'<div class="verification"><h4>Verification</h4><p>This entry has been permanently stored onchain and signed by its creator.</p><dl><dt>Arweave Transaction</dt><dd><a href="https://viewblock.io/arweave/tx/{hexid(c, 43)}">{hexid(c, 6)}…{hexid(c, 6)}</a></dd><dt>Author Address</dt><dd>{addr}</dd><dt>Content Digest</dt><dd>{hexid(c, 6)}…{hexid(c, 6)}</dd></dl></div>'
    more = "".join(
        f'<a class="post-card" href="/{slug(h)[:40]}"><h3>{esc(h)}</h3><p>{sentence(c)}</p></a>'
        for h in headlines(c, 2)
    )
    c.used += "pg-header pg-cover pg-title pg-subtitle pg-author pg-date pg-collect pg-verification pg-more pg-footer".split()
    if mirror:
        html = (
            f'<body><div id="__next"><header class="_1sjywpl0 _1sjywpl1 bc5nci4ai"><a href="/" class="publication"><img src="https://images.mirror-media.xyz/publication-images/{hexid(c, 20)}.png" alt=""><span>{pub}</span></a><button class="_1sjywpl2">Subscribe</button><button>Connect</button></header>'
            f'<main><article><div class="cover"><img src="https://images.mirror-media.xyz/publication-images/{hexid(c, 22)}.png?height=600&amp;width=1200" alt=""></div><h1 class="_2gklefg">{esc(c.body.title)}</h1>'
            f'<div class="author-row"><img src="https://cdn.stamp.fyi/avatar/eth:{hexid(c, 40)}" alt=""><span>{ens}</span> <span class="address">{addr}</span> <time>{_EN_MONTHS[m - 1][:3]} {d}, {y}</time></div>'
            f'<div class="_2gklefg ProseMirror" translate="no">{"".join(parts)}</div>{collect}{verify}</article>'
            f'<section class="more"><h2>More from {pub}</h2>{more}</section></main><footer><a href="https://mirror.xyz">Mirror</a> · <a href="#">Terms</a></footer></div></body></html>'
        )
    else:
        html = (
            f'<body class="__className_{hexid(c, 6)}"><div id="__next"><header class="sticky top-0 flex items-center justify-between"><a href="/@{slug(pub)}" class="flex items-center gap-2"><img src="https://storage.googleapis.com/papyrus_images/{hexid(c, 32)}.png" alt="" class="h-8 w-8 rounded"><span class="font-bold">{pub}</span></a><div class="flex gap-2"><button class="btn-primary">Subscribe</button><button>Sign in</button></div></header>'
            f'<main class="mx-auto max-w-2xl"><article><img class="cover-image rounded-lg" src="https://storage.googleapis.com/papyrus_images/{hexid(c, 32)}.jpg" alt=""><h1 class="text-4xl font-bold">{esc(c.body.title)}</h1><h2 class="subtitle text-xl text-gray-500">{sentence(c)}</h2>'
            f'<div class="flex items-center gap-2 author"><a href="/@{slug(pub)}/{ens}">{ens}</a> <span>·</span> <time datetime="{y}-{m:02d}-{d:02d}">{_EN_MONTHS[m - 1][:3]} {d}, {y}</time></div>'
            f'<div id="paragraph-tiptap-editor" class="tiptap ProseMirror prose" translate="no">{"".join(parts)}</div>{collect}{verify}</article>'
            f'<section class="more"><h2>More from {pub}</h2>{more}</section></main><footer class="text-sm text-gray-500">Powered by <a href="https://paragraph.com">Paragraph</a> · <a href="#">Terms</a> · <a href="#">Privacy</a></footer></div></body></html>'
        )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Polish club or municipality article on Joomla 4-5 (Cassiopeia)

_PL_MONTHS = "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień".split()


def fam_joomla4_cassiopeia(c: Ctx) -> FamilyOut:
    """A Cassiopeia article: container-header, mod-menu, breadcrumbs, article-info dl, pagenavigation."""
    blocks = body_blocks(c, 0.3, 0.3, 0.25, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    site = pick(
        c,
        "KS Orzeł Wąbrzeźno",
        "Gmina Nowa Dęba",
        "MKS Pogoń Siedlce",
        "Gmina Zbąszynek",
        "UKS Tęcza Kielce",
    )
    y, m, d = era_date(c, 2021, 2025)
    author = pick(c, "Administrator", "Super User", "Redakcja", "Anna Kowalska", "Piotr Nowak")
    info = [
        f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Napisane przez: <span itemprop="name">{author}</span></dd>',
        f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Kategoria: <a href="/aktualnosci" itemprop="genre">{pick(c, "Aktualności", "Ogłoszenia", "Seniorzy", "Młodzież")}</a></dd>',
        f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{y}-{m:02d}-{d:02d}T{c.rng.randint(6, 22):02d}:00:00+01:00" itemprop="datePublished">Opublikowano: {d:02d} {_PL_MONTHS[m - 1]} {y}</time></dd>',
    ]
    if c.rng.random() < 0.7:
        c.used.append("j4-hits")
        info.append(
            f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{c.rng.randint(20, 5000)}">Odsłony: {c.rng.randint(20, 5000)}</dd>'
        )
    img = ""
    if c.rng.random() < 0.6:
        c.used.append("j4-fulltext-image")
        cap = (
            f'<figcaption class="caption">{sentence(c)}</figcaption>'
            if c.rng.random() < 0.6
            else ""
        )
        img = f'<figure class="left item-image"><img src="/images/{y}/{slug(c.body.title)[:20]}.jpg#joomlaImage://local-images/{y}/{slug(c.body.title)[:20]}.jpg?width=800&amp;height=533" itemprop="image" alt="" width="800" height="533" loading="lazy">{cap}</figure>'
    tags = ""
    if c.rng.random() < 0.5:
        c.used.append("j4-tags")
        tags = (
            '<ul class="tags list-inline">'
            + "".join(
                f'<li class="list-inline-item tag-{c.rng.randint(2, 40)} tag-list0" itemprop="keywords"><a href="/component/tags/tag/{slug(t)}" class="btn-sm btn-info">{t}</a></li>'
                for t in c.rng.sample(
                    ["sport", "gmina", "wydarzenia", "młodzież", "inwestycje", "kultura"], 2
                )
            )
            + "</ul>"
        )
    sidebar = f'<div class="sidebar-right card"><h3 class="card-header">Najnowsze wiadomości</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{heads_list(c, c.rng.randint(3, 5), "/aktualnosci/")}</ul></div></div>'
    if c.rng.random() < 0.5:
        c.used.append("j4-sponsors")
        sidebar += f'<div class="sidebar-right card"><h3 class="card-header">{pick(c, "Sponsorzy", "Partnerzy", "Na skróty")}</h3><div class="card-body"><div class="mod-custom custom"><p><img src="/images/banners/{hexid(c, 6)}.png" alt="Partner"></p></div></div></div>'
    c.used += "j4-header j4-menu j4-breadcrumbs j4-title j4-article-info j4-pagenavigation j4-sidebar j4-footer j4-backtotop".split()
    html = (
        f'<body class="site com_content wrapper-static view-article layout-blog no-task itemid-{c.rng.randint(101, 400)} has-sidebar-right"><header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo.png" alt="{site}" width="240" height="80"></a><div class="site-description">{pick(c, "Oficjalny serwis", "Serwis informacyjny", "Strona klubu")}</div></div></div>'
        f'<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-label="Przełącz nawigację"><span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/">Strona główna</a></li><li class="nav-item item-102 current active"><a href="/aktualnosci" aria-current="location">Aktualności</a></li><li class="nav-item item-103"><a href="/{pick(c, "druzyny", "urzad", "terminarz")}">{pick(c, "Drużyny", "Urząd", "Terminarz")}</a></li><li class="nav-item item-104"><a href="/kontakt">Kontakt</a></li></ul></div></nav><div class="container-search"><div class="mod-finder js-finder-searchform"><input type="text" name="q" class="js-finder-search-query form-control" placeholder="Szukaj ..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Szukaj</button></div></div></div></header>'
        f'<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Jesteś tutaj: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Strona główna</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/aktualnosci" class="pathway"><span>Aktualności</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(c.body.title[:40])}</span></li></ol></nav>'
        f'<div id="system-message-container" aria-live="polite"></div><main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="pl-PL"><div class="page-header"><h1 itemprop="headline">{esc(c.body.title)}</h1></div>'
        f'<dl class="article-info text-muted"><dt class="article-info-term">Szczegóły</dt>{"".join(info)}</dl>{img}'
        f'<div itemprop="articleBody" class="com-content-article__body">{"".join(parts)}</div>{tags}'
        f'<nav class="pagenavigation" aria-label="Nawigacja strony"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/aktualnosci/{c.rng.randint(100, 999)}" rel="prev"><span class="visually-hidden">Poprzedni artykuł: {esc(headlines(c, 1)[0])}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Poprzedni artykuł</span></a><a class="btn btn-sm btn-secondary next" href="/aktualnosci/{c.rng.randint(100, 999)}" rel="next"><span class="visually-hidden">Następny artykuł: {esc(headlines(c, 1)[0])}</span><span aria-hidden="true">Następny artykuł</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>'
        f'<div class="grid-child container-sidebar-right">{sidebar}</div></div>'
        f'<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>{site} · {pick(c, "ul. Sportowa 1", "ul. Rynek 12", "ul. Kościuszki 5")} · tel. {c.rng.randint(12, 95)} {c.rng.randint(100, 999)} {c.rng.randint(10, 99)} {c.rng.randint(10, 99)}</p><p><a href="/polityka-prywatnosci">Polityka prywatności</a> | <a href="/deklaracja-dostepnosci">Deklaracja dostępności</a></p></div></div></footer>'
        f'<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "tilda-longread": (fam_tilda_longread, "entertainment"),
    "bitrix-news": (fam_bitrix_news, "business"),
    "dle-story": (fam_dle_story, "news"),
    "umbraco-news": (fam_umbraco_news, "lede"),
    "episerver-kommune": (fam_episerver_kommune, "politics"),
    "kentico-news": (fam_kentico_news, "tech"),
    "craft-journal": (fam_craft_journal, "blog"),
    "kirby-notes": (fam_kirby_notes, "ecb"),
    "grav-blog": (fam_grav_blog, "code"),
    "statamic-news": (fam_statamic_news, "news"),
    "paragraph-post": (fam_paragraph_post, "business"),
    "joomla4-cassiopeia": (fam_joomla4_cassiopeia, "sport"),
}

_LANG = {
    "tilda-longread": "ru",
    "bitrix-news": "ru",
    "dle-story": "uk",
    "umbraco-news": "nl",
    "episerver-kommune": "nb",
    "kentico-news": "cs",
    "craft-journal": "en-GB",
    "kirby-notes": "de",
    "grav-blog": "fr",
    "statamic-news": "es",
    "paragraph-post": "en",
    "joomla4-cassiopeia": "pl-pl",
}

_HEAD = {
    "tilda-longread": '<meta name="generator" content="Tilda"><link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css"><link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-blocks-page.min.css">',
    "bitrix-news": '<link href="/bitrix/cache/css/s1/portal/template_styles.css" rel="stylesheet"><script src="/bitrix/js/main/core/core.js"></script>',
    "dle-story": '<meta name="generator" content="DataLife Engine (https://dle-news.ru)"><link rel="search" type="application/opensearchdescription+xml" href="/index.php?do=opensearch">',
    "umbraco-news": '<link rel="stylesheet" href="/css/main.css?v=3"><script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="x"></script>',
    "episerver-kommune": '<link rel="stylesheet" href="/Static/css/main.min.css"><meta property="og:type" content="article">',
    "kentico-news": '<meta name="generator" content="Kentico CMS"><link href="/CMSPages/GetResource.ashx?stylesheetname=Default" rel="stylesheet">',
    "craft-journal": '<link rel="stylesheet" href="/dist/css/app.css"><meta property="og:type" content="article">',
    "kirby-notes": '<meta name="generator" content="Kirby"><link href="/assets/css/index.css" rel="stylesheet">',
    "grav-blog": '<meta name="generator" content="GravCMS"><link href="/user/themes/quark/css-compiled/spectre.min.css" rel="stylesheet">',
    "statamic-news": '<link rel="stylesheet" href="/build/assets/site-4f9a1c2e.css"><meta name="csrf-token" content="x">',
    "paragraph-post": '<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">',
    "joomla4-cassiopeia": '<meta name="generator" content="Joomla! - Open Source Content Management"><link href="/media/templates/site/cassiopeia/css/template.min.css" rel="stylesheet">',
}


def ad_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language, canonical link and platform tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 2901) -> list[Page]:
    """Set AD: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    kinds = {**kinds, "code": unique_bodies(code_bodies())}
    return draw_set(
        "ad", seed, per_family, FAMILIES, kinds, pool, "example.net", key=text_key, amend=ad_head
    )


if __name__ == "__main__":  # page_families_ad.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 2901)

"""Set R of the constructed pages: 12 families of news publishers' page structures, and
`build_pages`.

Six families are in page_templates_r.py (an Italian national daily on a Méthode-like CMS, a
Norwegian regional paper on Escenic, a German regional Zeitungsverlag page, a Chinese news
portal's article page, a gallery-led British tabloid, a UK regional paper with inline "READ
MORE:" links); here a Spanish sports daily, a Brazilian news portal (g1-like), a Russian news
agency, a British tech-news site of 2008-2014 (The-Register-like), a weekly news magazine
(Economist-like) and an Arabic-language daily (right-to-left furniture). The non-English
sites carry English bodies (the body pools are English) in their own language's furniture.
Written blind to digest's extraction rules and frozen before anyone ran digest on it; its
builder never ran digest, trafilatura, readability or bench_pages on it (session 12, helper
h-setr). The gold convention is in page_templates_r.py's docstring; the decisions for this
module's families, written down before they were coded:
- a Spanish sports daily (Marca- / AS-like, 2016-2024): the body paragraphs, subheadings and
  lists in `div.ue-c-article__body` are article, and so is a table of key moments inside the
  body; the kicker, the title, the standfirst, the scoreboard widget above the body (teams,
  score, "Finalizado", scorers with minutes), the byline ("NAME / Madrid"), "Actualizado"
  time, the share bar, the photo with its caption, the "Noticia relacionada" cards and the
  "Publicidad" slots inside the body, the "Comentarios" link, the league table
  ("Clasificación", a `<table>` in the sidebar), "Lo más visto" and the footer are not;
- a Brazilian news portal (g1-like, 2018-2025): the paragraphs (`p.content-text__container`,
  each in its own `div.mc-column`), the intertitles (`h2.content-intertitle`), lists and
  blockquotes of the body are article; the "LEIA TAMBÉM" / "VEJA TAMBÉM" blocks inside the
  body (a bold label paragraph and a list of links, in the same `mc-column` / list markup as
  the body), the video blocks ("VÍDEOS: ..." with titles), the "Publicidade" slots, the title,
  the subtitle, "Por NAME, g1 — city", the date line, the photos with "— Foto:" captions, the
  share bar, "Veja mais" feed items and the footer are not;
- a Russian news agency (TASS- / RIA-like, 2016-2025): the story's paragraphs (the first
  opening with the "MOSCOW, May 3. /AGENCY/. " dateline) and its quotes are article; the
  rubric, the title, the time and "Обновлено", the "Читайте также" inline links, the photo
  with its "Фото: ..." credit, the tags, "Поделиться", the "Все новости" feed beside the
  story (times and headlines), "Больше новостей" and the footer (registration notice, 18+)
  are not;
- a British tech-news site (The-Register-like, 2008-2014): the body paragraphs in
  `div#body`, its crossheads (`h3`), lists, tables and code are article; the section
  breadcrumb, the title, the standfirst (an `h2` under the title), the byline and date line,
  the "Sponsored:" link paragraph after the body, "Tips and corrections", the comment count
  and "Post your comment", the "More from" and "Most read" lists, the whitepaper box and the
  footer ("Biting the hand that feeds IT") are not;
- a weekly news magazine (Economist-like, 2020-2026): the body paragraphs
  (`p.article__body-text`, the first with its drop-cap span, the last with the end mark ■)
  and subheadings are article; the section and fly-title, the title, the rubric
  (standfirst), the date, "Listen to this story", share / save buttons, the chart figure
  with its "Chart: ..." caption, the "This article appeared in the X section of the print
  edition under the headline ..." line, "Reuse this content", the newsletter promo, "More
  from X" cards, the subscription banner and the footer are not;
- an Arabic-language daily (Al-Youm-like, `dir="rtl"`, 2014-2024; the English body sits in a
  `dir="ltr"` block): the body paragraphs and subheadings are article; the breadcrumb, the
  title, "كتب: NAME", the date, the share buttons, the "اقرأ أيضا" lines between the
  paragraphs (a `<p>` with a bold label and a link), the "إعلان" slots, the lead image and
  its caption, the keyword tags, the comments section, "الأكثر قراءة" and the footer
  ("جميع الحقوق محفوظة") are not.

    .venv/bin/python bench/page_families_r.py PAGE_ID 1701
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import random
from collections.abc import Callable

from page_families_b import family_pages, show_pages
from page_families_g import body_kinds, text_key
from page_templates import MONTHS, PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence, with_dateline
from page_templates_h import insert_at as weave
from page_templates_p import as_list, headed
from page_templates_q import pick
from page_templates_r import (
    fam_cn_portal,
    fam_de_regional,
    fam_escenic_no,
    fam_methode_it,
    fam_tabloid,
    fam_uk_regional,
    heads,
    hm,
    marked,
    quoted,
    year,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


# ---------------------------------------------------------------------------------------------
# 7. A Spanish sports daily (Marca- / AS-like)

_TEAMS = [
    "Real Madrid",
    "Atlético",
    "Sevilla",
    "Valencia",
    "Betis",
    "Villarreal",
    "Athletic",
    "Real Sociedad",
    "Osasuna",
    "Celta",
]


def _es_related(c: Ctx) -> str:
    c.used.append("es-noticia-relacionada")
    u, t = heads(c, 1)[0]
    return f'<aside class="ue-c-article__related"><span class="ue-c-article__related-kicker">Noticia relacionada</span><a href="/futbol/primera-division{u}.html"><img src="/assets/multimedia/imagenes/{hexid(c, 10)}.jpg" alt=""><h3>{t}</h3></a></aside>'


def _es_ad(c: Ctx) -> str:
    c.used.append("es-publicidad")
    return f'<div class="ue-ad ue-ad--robapaginas"><span class="ue-ad__label">Publicidad</span><div id="div-gpt-ad-{c.rng.randint(10**12, 10**13)}-{c.rng.randint(0, 4)}"></div></div>'


def fam_sports_es(c: Ctx) -> FamilyOut:
    """A Spanish sports daily: scoreboard widget, related cards, a league table in the rail."""
    blocks = quoted(
        c, as_list(c, headed(c, c.body.blocks, 0.4), "table", 0.2, ("Min.", "Jugada")), 0.4
    )
    parts, gold = marked(
        c,
        blocks,
        lambda t: f"<p>{t}</p>",
        lambda t: f'<h2 class="ue-c-article__subheadline">{t}</h2>',
        quote=lambda t: f'<blockquote class="ue-c-article__blockquote"><p>{t}</p></blockquote>',
        table='<table class="ue-c-article__table">',
    )
    body = weave(
        c, parts, c.rng.randint(1, 3), lambda: _es_related(c) if c.rng.random() < 0.5 else _es_ad(c)
    )
    home, away = c.rng.sample(_TEAMS, 2)
    gh, ga = c.rng.randint(0, 4), c.rng.randint(0, 3)
    scorers = "".join(
        f'<li>{c.rng.choice(PEOPLE).split()[1]} <span class="min">{c.rng.randint(1, 90)}\'</span></li>'
        for _ in range(gh + ga)
    )
    who = c.rng.choice(PEOPLE)
    y = year(c, 2016, 2024)
    table_rows = "".join(
        f"<tr><td>{i}</td><td>{t}</td><td>{c.rng.randint(20, 40)}</td><td>{c.rng.randint(20, 80)}</td></tr>"
        for i, t in enumerate(c.rng.sample(_TEAMS, 6), 1)
    )
    visto = "".join(f'<li><a href="/futbol{u}.html">{t}</a></li>' for u, t in heads(c, 5))
    c.used += "es-header es-kicker es-title es-standfirst es-scoreboard es-byline es-time es-share es-photo es-comments es-clasificacion es-mas-visto es-footer".split()
    html = (
        f'<body class="ue-l-article"><header class="ue-c-main-header"><a class="ue-c-main-header__logo" href="/">{brand(c).upper()}</a><nav class="ue-c-main-navigation"><a href="/futbol.html">Fútbol</a><a href="/baloncesto.html">Baloncesto</a><a href="/motor.html">Motor</a><a href="/tenis.html">Tenis</a><a href="/ciclismo.html">Ciclismo</a><a href="/resultados.html">Resultados</a></nav><a href="/registro/">Iniciar sesión</a></header>'
        f'<main class="ue-l-article__main"><article class="ue-c-article"><div class="ue-c-article__header"><p class="ue-c-article__kicker">{pick(c, "LaLiga EA Sports", "Champions League", "Copa del Rey", "Fútbol")}</p><h1 class="ue-c-article__headline">{esc(c.body.title)}</h1><p class="ue-c-article__standfirst">{sentence(c)}</p></div>'
        f'<div class="ue-c-match-score"><div class="team home"><span class="name">{home}</span><span class="goals">{gh}</span></div><div class="status">Finalizado</div><div class="team away"><span class="goals">{ga}</span><span class="name">{away}</span></div><ul class="scorers">{scorers}</ul><a href="/futbol/directo.html">Ver directo</a></div>'
        f'<div class="ue-c-article__byline"><span class="ue-c-article__byline-name"><a href="/autor/{slug(who)}.html">{who}</a></span> <span class="ue-c-article__byline-location">{pick(c, "Madrid", "Barcelona", "Sevilla", "Valencia")}</span> <time class="ue-c-article__publishdate">Actualizado {pick(c, "Lunes", "Martes", "Sábado", "Domingo")}, {c.rng.randint(1, 28)} {pick(c, "enero", "mayo", "octubre", "diciembre")} {y} - {hm(c)}</time></div>'
        f'<ul class="ue-c-article__share"><li><a href="#">Compartir en Facebook</a></li><li><a href="#">Compartir en Twitter</a></li><li><a href="#">Enviar por email</a></li><li><a href="#comentarios">Ver {c.rng.randint(0, 900)} comentarios</a></li></ul>'
        f'<figure class="ue-c-article__media"><img src="/assets/multimedia/imagenes/{y}/{c.rng.randint(1, 12):02d}/{c.rng.randint(1, 28):02d}/{c.rng.randint(10**12, 10**13)}.jpg" alt=""><figcaption class="ue-c-article__media-description">{sentence(c)} <span class="ue-c-article__media-source">{pick(c, "EFE", "AFP", "REUTERS", c.rng.choice(PEOPLE))}</span></figcaption></figure>'
        f'<div class="ue-c-article__body">{"".join(body)}</div><div id="comentarios" class="ue-c-article__comments"><a href="#">Comentarios</a></div></article>'
        f'<aside class="ue-l-article__aside"><section class="ue-c-standings"><h3>Clasificación</h3><table class="ue-c-standings__table"><thead><tr><th>#</th><th>Equipo</th><th>PJ</th><th>Pts</th></tr></thead><tbody>{table_rows}</tbody></table></section><section class="ue-c-most-read"><h3>Lo más visto</h3><ol>{visto}</ol></section></aside></main>'
        f'<footer class="ue-c-main-footer"><p>© {y} Unidad Editorial Información Deportiva, S.L.U. Todos los derechos reservados.</p><ul><li><a href="#">Aviso legal</a></li><li><a href="#">Política de privacidad</a></li><li><a href="#">Política de cookies</a></li></ul></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Brazilian news portal (g1-like)


def _mc(inner: str) -> str:
    return f'<div class="mc-column content-text active-extra-styles">{inner}</div>'


def _br_leia(c: Ctx) -> str:
    c.used.append("br-leia-tambem")
    label = pick(c, "LEIA TAMBÉM:", "LEIA TAMBÉM", "VEJA TAMBÉM:", "SAIBA MAIS:")
    items = "".join(
        f'<li><a href="https://g1.{c.site}/economia/noticia/{year(c, 2018, 2025)}/{c.rng.randint(1, 12):02d}/{c.rng.randint(1, 28):02d}{u[:60]}.ghtml">{t}</a></li>'
        for u, t in heads(c, c.rng.randint(2, 4))
    )
    return (
        _mc(f'<p class="content-text__container"><strong>{label}</strong></p>')
        + f'<div class="mc-column content-unordered-list"><ul>{items}</ul></div>'
    )


def _br_video(c: Ctx) -> str:
    c.used.append("br-video")
    return f'<div class="mc-column content-video"><div class="content-video__placeholder" data-video-id="{c.rng.randint(10**6, 10**7)}"><p class="content-video__title">{esc(headlines(c, 1)[0])}</p><span class="content-video__duration">0{c.rng.randint(1, 9)}:{c.rng.randint(10, 59)}</span></div></div>'


def _br_ad(c: Ctx) -> str:
    c.used.append("br-publicidade")
    return '<div class="mc-column content-ad"><div class="content-ad__label">Publicidade</div><div class="tag-manager-publicidade-container"></div></div>'


def _br_photo(c: Ctx) -> str:
    c.used.append("br-photo")
    return f'<div class="mc-column content-media content-media__image"><figure><img src="https://s2.glbimg.com/{hexid(c, 26)}=/0x0:1700x1065/984x0/smart/filters:strip_icc()/i.s3.glbimg.com/v1/AUTH_{hexid(c, 32)}/internal_photos/bs/{year(c, 2018, 2025)}/{hexid(c, 8)}.jpg" alt=""><figcaption class="content-media__description"><span>{sentence(c)}</span> — Foto: {c.rng.choice(PEOPLE)}/{pick(c, "Reuters", "Agência Brasil", "g1", "Arquivo pessoal")}</figcaption></figure></div>'


def fam_br_portal(c: Ctx) -> FamilyOut:
    """A g1-like portal: each paragraph its own mc-column, "LEIA TAMBÉM" link lists among them."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.45), "ul", 0.3), 0.4)
    parts, gold = marked(
        c,
        blocks,
        lambda t: _mc(f'<p class="content-text__container">{t}</p>'),
        lambda t: (
            f'<div class="mc-column content-intertitle"><h2 class="content-intertitle">{t}</h2></div>'
        ),
        ul=('<div class="mc-column content-unordered-list"><ul>', "<li>", "</ul></div>"),
        quote=lambda t: (
            f'<div class="mc-column content-blockquote"><blockquote class="content-blockquote">{t}</blockquote></div>'
        ),
    )
    makers = [
        lambda: _br_leia(c),
        lambda: _br_leia(c),
        lambda: _br_video(c),
        lambda: _br_ad(c),
        lambda: _br_photo(c),
    ]
    body = weave(c, parts, c.rng.randint(2, 4), lambda: c.rng.choice(makers)())
    who = c.rng.choice(PEOPLE)
    y = year(c, 2018, 2025)
    place = pick(c, "São Paulo", "Rio de Janeiro", "Brasília", "Belo Horizonte", "Porto Alegre")
    veja = "".join(
        f'<div class="feed-post"><a class="feed-post-link" href="/noticia{u}.ghtml">{t}</a><span class="feed-post-datetime">Há {c.rng.randint(1, 23)} horas</span><span class="feed-post-metadata-section">{pick(c, "Economia", "Política", "Mundo", place)}</span></div>'
        for u, t in heads(c, 4)
    )
    c.used += (
        "br-header br-title br-subtitle br-byline br-date br-share br-veja-mais br-footer".split()
    )
    html = (
        f'<body class="theme-g1"><header id="header-produto"><a class="header-logo" href="https://g1.{c.site}/">g1</a><nav class="menu"><a href="/economia/">Economia</a><a href="/politica/">Política</a><a href="/mundo/">Mundo</a><a href="/ciencia/">Ciência</a><a href="/sp/sao-paulo/">{place}</a></nav><a class="header-search" href="/busca/">BUSCAR</a></header>'
        f'<main class="mc-body theme"><div class="mc-article-header"><div class="title"><h1 class="content-head__title" itemprop="headline">{esc(c.body.title)}</h1></div><div class="medium-centered subtitle"><h2 class="content-head__subtitle" itemprop="alternativeHeadline">{sentence(c)}</h2></div>'
        f'<div class="content-publication-data"><p class="content-publication-data__from">Por <a href="/autor/{slug(who)}/">{who}</a>, g1 — {place}</p><p class="content-publication-data__updated"><time itemprop="datePublished">{c.rng.randint(1, 28):02d}/{c.rng.randint(1, 12):02d}/{y} {hm(c).replace(":", "h")}</time> · Atualizado há {c.rng.randint(1, 11)} horas</p></div>'
        f'<div class="content-share-bar"><a href="#">Facebook</a><a href="#">WhatsApp</a><a href="#">Twitter</a><a href="#">Email</a></div></div>'
        f'<article itemprop="articleBody" class="protected-content">{_br_photo(c)}{"".join(body)}</article>'
        f'<div class="content-footer"><div class="content-share-bar"><a href="#">Compartilhar</a></div></div>'
        f'<section class="veja-mais"><h2>Veja mais</h2>{veja}</section></main>'
        f'<footer class="footer"><p>© Copyright 2000-{y} Globo Comunicação e Participações S.A.</p><ul><li><a href="#">princípios editoriais</a></li><li><a href="#">política de privacidade</a></li><li><a href="#">minha conta</a></li><li><a href="#">anuncie conosco</a></li></ul></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A Russian news agency (TASS- / RIA-like)

_RU_CITIES = ["MOSCOW", "ST. PETERSBURG", "KAZAN", "NOVOSIBIRSK", "VLADIVOSTOK", "MINSK", "GENEVA"]


def _ru_also(c: Ctx) -> str:
    c.used.append("ru-chitaite-takzhe")
    u, t = heads(c, 1)[0]
    return f'<div class="text-include"><span class="text-include__title">Читайте также</span><a class="text-include__link" href="/politika/{c.rng.randint(10**6, 10**7)}">{t}</a></div>'


def fam_ru_agency(c: Ctx) -> FamilyOut:
    """A Russian agency: dateline with the agency's name, "Читайте также", the news feed."""
    agency = brand(c).upper()
    m = c.rng.choice(MONTHS.split())
    line = f"{c.rng.choice(_RU_CITIES)}, {m} {c.rng.randint(1, 28)}. /{agency}/."
    blocks = quoted(c, with_dateline(c, [b for b in c.body.blocks if b[0] == "p"], line, " "), 0.4)
    parts, gold = marked(
        c,
        blocks,
        lambda t: f'<p class="text-block">{t}</p>',
        lambda t: f"<h3>{t}</h3>",
        quote=lambda t: f'<blockquote class="text-quote"><p>{t}</p></blockquote>',
    )
    body = weave(c, parts, c.rng.randint(1, 2), lambda: _ru_also(c))
    y = year(c, 2016, 2025)
    month_ru = pick(c, "января", "марта", "мая", "июля", "сентября", "ноября")
    feed = "".join(
        f'<li class="news-feed__item"><span class="news-feed__time">{hm(c)}</span><a href="/obschestvo/{c.rng.randint(10**6, 10**7)}">{t}</a></li>'
        for _, t in heads(c, c.rng.randint(6, 10))
    )
    more = "".join(
        f'<div class="card"><a href="/ekonomika/{c.rng.randint(10**6, 10**7)}"><span class="card__title">{t}</span></a></div>'
        for _, t in heads(c, 3)
    )
    tags = "".join(
        f'<a class="tags__item" href="/tag/{slug(t)}">{t}</a>'
        for t in c.rng.sample(
            ["Политика", "Экономика", "В мире", "Происшествия", "Общество", "Наука"], 3
        )
    )
    c.used += "ru-header ru-rubric ru-title ru-time ru-photo ru-tags ru-share ru-feed ru-more ru-footer".split()
    html = (
        f'<body><header class="header"><a class="header__logo" href="/">{agency}</a><nav class="header__menu"><a href="/politika">Политика</a><a href="/ekonomika">Экономика</a><a href="/mezhdunarodnaya-panorama">Международная панорама</a><a href="/obschestvo">Общество</a><a href="/sport">Спорт</a><a href="/nauka">Наука</a></nav><a class="header__lang" href="https://{c.site}/en/">EN</a></header>'
        f'<div class="container"><main class="news"><div class="news-header"><a class="news-header__rubric" href="/politika">{pick(c, "Политика", "Международная панорама", "Экономика и бизнес", "Общество")}</a><h1 class="news-header__title">{esc(c.body.title)}</h1>'
        f'<div class="news-header__date"><time>{c.rng.randint(1, 28)} {month_ru} {y}, {hm(c)}</time><span class="news-header__updated">Обновлено {c.rng.randint(1, 28)} {month_ru} {y}, {hm(c)}</span></div></div>'
        f'<figure class="news-media"><img src="https://cdn-media.{c.site}/width/1020_b9261fa1/tass/m2/uploads/i/{hexid(c, 40)}.jpg" alt=""><figcaption>© {c.rng.choice(PEOPLE)}/{agency}</figcaption></figure>'
        f'<article class="text-content">{"".join(body)}</article>'
        f'<div class="tags">{tags}</div><div class="share"><span>Поделиться</span><a href="#">ВКонтакте</a><a href="#">Telegram</a><a href="#">Одноклассники</a></div>'
        f'<section class="more-news"><h2>Больше новостей</h2>{more}</section></main>'
        f'<aside class="news-feed"><h2>Все новости</h2><ul>{feed}</ul></aside></div>'
        f'<footer class="footer"><p>Информационное агентство {agency}. Свидетельство о регистрации СМИ № {c.rng.randint(10000, 99999)}. Главный редактор — {c.rng.choice(PEOPLE)}.</p><p>© {y} {agency}. Все права защищены.</p><span class="footer__age">18+</span></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A British tech-news site (The-Register-like, 2008-2014)


def fam_register(c: Ctx) -> FamilyOut:
    """A British tech-news site: standfirst as an h2, crossheads as h3, "Sponsored:" after."""
    blocks = quoted(
        c,
        as_list(
            c, headed(c, c.body.blocks, 0.5), c.rng.choice(["ul", "table"]), 0.3, ("#", "Detail")
        ),
        0.3,
    )
    parts, gold = marked(
        c,
        blocks,
        lambda t: f"<p>{t}</p>",
        lambda t: f'<h3 class="crosshead">{t}</h3>',
        table='<table class="simple">',
    )
    who = c.rng.choice(PEOPLE)
    y = year(c, 2008, 2014)
    section = pick(c, "Hardware", "Software", "Security", "Networks", "Business", "Science")
    more = "".join(
        f'<li><a href="/{y}/{c.rng.randint(1, 12):02d}/{c.rng.randint(1, 28):02d}{u[:50].replace("-", "_")}/">{t}</a></li>'
        for u, t in heads(c, 4)
    )
    most = "".join(
        f'<li><a href="/{y}{u[:50].replace("-", "_")}/">{t}</a></li>' for u, t in heads(c, 5)
    )
    wp = "".join(
        f'<li><a href="https://whitepapers.{c.site}/{c.rng.randint(1000, 9999)}">{t}</a></li>'
        for _, t in heads(c, 2)
    )
    c.used += "reg-header reg-crumbs reg-title reg-standfirst reg-byline reg-sponsored reg-tips reg-comments reg-more-from reg-most-read reg-whitepapers reg-footer".split()
    html = (
        f'<body id="article"><div id="site_nav"><a id="logo" href="/">The {brand(c)}</a><ul id="hot_topics"><li><a href="/data_centre/">Data Centre</a></li><li><a href="/software/">Software</a></li><li><a href="/networks/">Networks</a></li><li><a href="/security/">Security</a></li><li><a href="/business/">Business</a></li><li><a href="/hardware/">Hardware</a></li><li><a href="/science/">Science</a></li><li><a href="/bootnotes/">Bootnotes</a></li></ul></div>'
        f'<div id="page"><div id="main-col"><div id="crumbtrail"><a href="/">Home</a> &gt; <a href="/{section.lower()}/">{section}</a></div><div class="article_head"><h1>{esc(c.body.title)}</h1><h2>{sentence(c)}</h2>'
        f'<p class="byline">By <a href="/Author/{c.rng.randint(1000, 3000)}">{who}</a>, <span class="dateline">{c.rng.randint(1, 28)} {pick(c, "Jan", "Mar", "Jun", "Sep", "Nov")} {y} {hm(c)}</span></p>'
        f'<p class="comments"><a href="http://forums.{c.site}/forum/1/{y}/{c.rng.randint(1, 12):02d}/{c.rng.randint(1, 28):02d}/{slug(c.body.title)[:40].replace("-", "_")}/">{c.rng.randint(0, 300)} Reg comments</a> <a class="tips" href="/tips/">Got Tips?</a></p></div>'
        f'<div id="body">{"".join(parts)}'
        f'<p class="wptl btm"><a href="https://go.{c.site}/{hexid(c, 8)}">Sponsored: {esc(headlines(c, 1)[0])}</a></p></div>'
        f'<div id="article_body_btm"><p><a href="/tips/">Tips and corrections</a> <a href="http://forums.{c.site}/">Post your comment</a></p></div>'
        f'<div class="more-from"><h3>More from The {brand(c)}</h3><ul>{more}</ul></div></div>'
        f'<div id="right-col"><div class="most-read"><h3>Most read</h3><ol>{most}</ol></div><div class="whitepapers"><h3>Whitepapers</h3><ul>{wp}</ul></div></div></div>'
        f'<div id="footer"><p><a href="/about/">About us</a> | <a href="/about/company/privacy/">Privacy</a> | <a href="/about/company/contact/">Contact us</a> | <a href="/about/company/advertise/">Advertise with us</a></p><p>The {brand(c)} - Independent news and views for the tech community. Part of Situation Publishing</p><p>Biting the hand that feeds IT © 1998–{y}</p></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A weekly news magazine (Economist-like)


def fam_weekly(c: Ctx) -> FamilyOut:
    """A weekly news magazine: drop cap, end mark, chart figure, "appeared in the print edition"."""
    blocks = headed(c, [b for b in c.body.blocks if b[0] == "p"], 0.35)
    last_p = max(i for i, b in enumerate(blocks) if b[0] == "p")
    first_p = min(i for i, b in enumerate(blocks) if b[0] == "p")
    parts: list[str] = []
    gold: list[Block] = []
    for i, (kind, value) in enumerate(blocks):
        text = esc(str(value))
        gold.append((kind, value))
        if kind == "h":
            parts.append(f'<h2 class="article__subheadline">{text}</h2>')
            continue
        if i == first_p and len(text) > 1 and text[0].isalpha():
            text = f'<span data-caps="initial">{text[0]}</span>{text[1:]}'
        if i == last_p:
            text += '<span class="ufinish">\u25a0</span>'
        parts.append(f'<p class="article__body-text" data-component="paragraph">{text}</p>')

    def chart() -> str:
        c.used.append("weekly-chart")
        return f'<figure class="article__chart"><img src="https://www.{c.site}/content-assets/images/{year(c, 2020, 2026)}0{c.rng.randint(1, 9)}{c.rng.randint(10, 28)}_{pick(c, "FNC", "WOC", "BRC", "USC")}{c.rng.randint(100, 999)}.png" alt=""><figcaption class="article__chart-caption">Chart: The {brand(c)}</figcaption></figure>'

    body = weave(c, parts, c.rng.randint(0, 2), chart)
    y = year(c, 2020, 2026)
    section = pick(
        c,
        "Finance & economics",
        "Business",
        "Europe",
        "Britain",
        "International",
        "Science & technology",
    )
    headline = esc(" ".join(c.body.title.split()[:4]))
    more = "".join(
        f'<div class="teaser"><a href="/{slug(section)}/{y}/{c.rng.randint(1, 12):02d}/{c.rng.randint(1, 28):02d}{u[:50]}"><span class="teaser__flytitle">{pick(c, "Free exchange", "Buttonwood", "Schumpeter", "Bartleby", "Charlemagne")}</span><h3>{t}</h3></a></div>'
        for u, t in heads(c, 3)
    )
    c.used += "weekly-header weekly-section weekly-flytitle weekly-title weekly-rubric weekly-date weekly-audio weekly-share weekly-print-edition weekly-reuse weekly-newsletter weekly-more-from weekly-paywall-banner weekly-footer".split()
    html = (
        f'<body><div id="__next"><header class="ds-masthead"><a href="/" aria-label="The {brand(c)}">The {brand(c)}</a><nav><a href="/weeklyedition">Weekly edition</a><a href="/the-world-in-brief">The world in brief</a><a href="/search">Search</a></nav><a class="ds-button" href="/subscribe">Subscribe</a><a href="/login">Log in</a></header>'
        f'<main id="content"><article class="article"><header class="article__header"><a class="article__section" href="/{slug(section)}">{esc(section)}</a><p class="article__flytitle">{pick(c, "Hard times", "Bottom line", "Crunch time", "Out of step", "Changing course")}</p><h1 class="article__headline">{esc(c.body.title)}</h1><p class="article__description">{sentence(c)}</p>'
        f'<time class="article__dateline" datetime="{y}-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}">{c.rng.randint(1, 28)} {pick(c, "January", "May", "August", "October")} {y}</time>'
        f'<div class="article__audio"><button>Listen to this story.</button><p>Enjoy more audio and podcasts on <a href="#">iOS</a> or <a href="#">Android</a>.</p><audio>Your browser does not support the &lt;audio&gt; element.</audio></div><div class="article__share"><button>Share</button><button>Save</button><button>Give</button></div></header>'
        f'<section class="article__body" data-body-id="{hexid(c, 8)}">{"".join(body)}</section>'
        f'<p class="article__print-edition">This article appeared in the {esc(section)} section of the print edition under the headline "{headline}"</p>'
        f'<a class="article__reuse" href="https://{c.site}/rights/">Reuse this content</a>'
        f'<div class="newsletter-promo"><h3>{pick(c, "Simply Science", "The Economist this week", "Money Talks")}</h3><p>{pick(c, "Our weekly newsletter, delivered to your inbox.", "The best of our journalism, handpicked each day.")}</p><a href="/newsletters">Sign up</a></div></article>'
        f'<section class="more-from"><h2>More from {esc(section)}</h2>{more}</section></main>'
        f'<div class="paywall-banner" role="dialog"><p>Subscribers only: unlock every article, the weekly edition and our app.</p><a href="/subscribe">Subscribe now</a></div>'
        f'<footer class="ds-footer"><p>Published since September 1843 to take part in “a severe contest between intelligence, which presses forward, and an unworthy, timid ignorance obstructing our progress.”</p><p>Copyright © The {brand(c)} Newspaper Limited {y}. All rights reserved.</p><ul><li><a href="#">Accessibility</a></li><li><a href="#">Privacy</a></li><li><a href="#">Cookie settings</a></li><li><a href="#">Terms of use</a></li></ul></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. An Arabic-language daily (right-to-left furniture, English body)


def _ar_also(c: Ctx) -> str:
    c.used.append("ar-iqra-aydan")
    u, t = heads(c, 1)[0]
    return f'<p><strong>اقرأ أيضا:</strong> <a href="/News/Details/{c.rng.randint(10**6, 10**7)}{u[:40]}">{t}</a></p>'


def _ar_ad(c: Ctx) -> str:
    c.used.append("ar-ilan")
    return f'<div class="ads-inread"><span class="ads-label">إعلان</span><div id="div-gpt-ad-{c.rng.randint(10**12, 10**13)}"></div></div>'


def fam_ar_daily(c: Ctx) -> FamilyOut:
    """An Arabic-language daily: RTL page, LTR body block, "اقرأ أيضا" lines as paragraphs."""
    blocks = headed(c, c.body.blocks, 0.3)
    parts, gold = marked(
        c, blocks, lambda t: f"<p>{t}</p>", lambda t: f'<h2 class="sub-title">{t}</h2>'
    )
    body = weave(
        c, parts, c.rng.randint(1, 3), lambda: _ar_also(c) if c.rng.random() < 0.6 else _ar_ad(c)
    )
    who = c.rng.choice(PEOPLE)
    y = year(c, 2014, 2024)
    most = "".join(
        f'<li><a href="/News/Details/{c.rng.randint(10**6, 10**7)}">{t}</a></li>'
        for _, t in heads(c, 5)
    )
    tags = "".join(
        f'<a href="/Tags/{c.rng.randint(100, 9999)}">{t}</a>'
        for t in c.rng.sample(["مصر", "الاقتصاد", "الحكومة", "العالم", "الرياضة", "البرلمان"], 3)
    )
    c.used += "ar-header ar-breadcrumb ar-title ar-author ar-date ar-share ar-image ar-tags ar-comments ar-most-read ar-footer".split()
    html = (
        f'<body class="rtl"><header class="main-header"><a class="logo" href="/">{brand(c)} اليوم</a><nav><ul><li><a href="/Section/1">أخبار</a></li><li><a href="/Section/2">اقتصاد</a></li><li><a href="/Section/3">رياضة</a></li><li><a href="/Section/4">فن</a></li><li><a href="/Section/5">رأي</a></li></ul></nav></header>'
        f'<div class="container"><main class="article-page"><ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/Section/1">أخبار</a></li></ol><h1 class="article-title">{esc(c.body.title)}</h1>'
        f'<div class="article-info"><span class="author">كتب: {who}</span> <span class="date">{c.rng.randint(1, 28)}/{c.rng.randint(1, 12)}/{y} {hm(c)}</span></div>'
        f'<div class="share-buttons"><span>شارك</span><a href="#">فيسبوك</a><a href="#">تويتر</a><a href="#">واتساب</a></div>'
        f'<figure class="article-image"><img src="/Upload/News/{y}/{c.rng.randint(1, 12)}/{hexid(c, 8)}.jpg" alt=""><figcaption>{sentence(c)}</figcaption></figure>'
        f'<div class="article-body" dir="ltr" lang="en">{"".join(body)}</div>'
        f'<div class="article-tags"><span>الكلمات المفتاحية</span>{tags}</div>'
        f'<section class="comments"><h3>التعليقات</h3><p>أضف تعليقك</p><textarea></textarea><button>إرسال</button></section></main>'
        f'<aside class="sidebar"><section class="most-read"><h3>الأكثر قراءة</h3><ol>{most}</ol></section><div class="ads-side"><span class="ads-label">إعلان</span></div></aside></div>'
        f'<footer class="main-footer"><p>جميع الحقوق محفوظة © {y} {brand(c)}</p><ul><li><a href="/About">من نحن</a></li><li><a href="/Contact">اتصل بنا</a></li><li><a href="/Privacy">سياسة الخصوصية</a></li></ul></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "methode-it": (fam_methode_it, "politics"),
    "escenic-no": (fam_escenic_no, "ecb"),
    "de-regional": (fam_de_regional, "news"),
    "cn-portal": (fam_cn_portal, "lede"),
    "tabloid-gallery": (fam_tabloid, "entertainment"),
    "uk-regional-readmore": (fam_uk_regional, "news"),
    "sports-daily-es": (fam_sports_es, "sport"),
    "br-portal": (fam_br_portal, "business"),
    "ru-agency": (fam_ru_agency, "politics"),
    "register-tech": (fam_register, "tech"),
    "weekly-magazine": (fam_weekly, "business"),
    "ar-daily": (fam_ar_daily, "news"),
}

_LANG = {
    "methode-it": "it",
    "escenic-no": "nb",
    "de-regional": "de",
    "cn-portal": "zh-CN",
    "sports-daily-es": "es",
    "br-portal": "pt-BR",
    "ru-agency": "ru",
    "ar-daily": "ar",
}


def r_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus viewport and canonical link, and the site's language (and `dir`)."""
    lang = _LANG.get(family, "en-GB")
    attrs = f'lang="{lang}"' + (' dir="rtl"' if lang == "ar" else "")

    def amend(page_head: str, url: str) -> str:
        extra = f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="{url}"><meta property="og:type" content="article">'
        return page_head.replace('lang="en"', attrs, 1).replace("</head>", extra + "</head>", 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 1701) -> list[Page]:
    """Set R: `per_family` pages per family (drawn per seed), the same on every run; no body
    twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    used: set[str] = set()
    pages: list[Page] = []
    for family, (template, kind) in FAMILIES.items():
        rng = random.Random(f"set-r:{seed}:{family}")
        candidates = [b for b in kinds[kind] if text_key(b) not in used]
        picks = rng.sample(candidates, k=min(per_family, len(candidates)))
        used.update(text_key(b) for b in picks)
        pages += family_pages(
            "r", family, template, picks, rng, pool, "example.net", r_head(family)
        )
    return pages


if __name__ == "__main__":  # page_families_r.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 1701)

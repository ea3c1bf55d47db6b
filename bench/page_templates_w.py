"""Set W of the constructed pages: news sites and magazines of the Nordic countries, Central and
Eastern Europe, the Middle East and South Asia, and finance, science and sports specialist
publications. Six families are here (a Finnish national daily on a Sanoma-like platform, a Czech
news portal of the iDNES kind, a Hungarian news portal of the Index kind, a Lithuanian Delfi-like
portal, an Israeli Hebrew portal on a Draft.js-rendered front end, a Persian news agency);
page_families_w.py holds the other six and `build_pages`.

Why a twenty-sixth set: it is a blind judge for session 15, so it needs page structures the
extractor has not been checked on (none of the kinds of sets A-V is repeated: no Finnish,
Czech, Hungarian, Lithuanian, Hebrew or Persian site, no Draft.js body, no "انتهای پیام" end
mark). Written in session 15 (helper h-setw) without reading digest's extraction code, notes
(other than HELPERS.md), docs, README, tests, any bench_*.py or the sets X and Y written at the
same time, and frozen before anyone ran digest on it; its builder never ran digest, trafilatura,
readability or bench_pages on it. The plumbing (Ctx, Page, draw_set, body_kinds, render) is that
of sets D-V, imported. The non-English sites carry English bodies (the body pools are English) in
their own language's furniture.

The gold follows sets D-V (page_templates_d.py's to _v.py's docstrings): body paragraphs,
subheadings, lists, tables, quotes and the dateline; never the headline, standfirst, byline,
captions, pull quotes, comments or furniture. As in sets R-V, link lines set in the body's own
paragraph markup ("Lue myös:", "Skaitykite daugiau:") and credit / copyright / end-mark lines in
the body's paragraph markup are furniture. Decisions for this module's families, written down
before the families were coded:
- a Finnish national daily on a Sanoma-like platform (Helsingin-Sanomat-like, 2016-2025): the
  paragraphs, subheadings (`h2`), lists and quotes of `div.article-body` are article; the
  top bar ("Tilaa", "Kirjaudu"), the section navigation, the section label ("Kotimaa"), the
  "Tilaajille" badge, the title, the ingress (`p.article-ingress`, standfirst), the byline
  ("NAME HS", "Julkaistu ... | Päivitetty ..."), "Jaa" / "Lahjoita artikkeli" buttons, the lead
  image with its caption and "Kuva: NAME / HS", the "Lue myös:" link paragraphs between the
  paragraphs (same `<p>` markup), the "Mainos" slots, the "Aiheet" topic chips, the comments
  ("Kommentit", "Kirjaudu kommentoimaan"), "Luetuimmat" / "Uusimmat" and the footer (Sanoma
  Media Finland Oy, "Vastaava päätoimittaja") are not;
- a Czech news portal of the iDNES kind (2009-2022): the paragraphs, subheadings (`h3`), lists
  and quotes of `div#art-text div.bbtext` are article; the portal header and section menu, the
  title, the perex (`div.opener`, standfirst), "Autor: NAME, ČTK", the date ("15. března 2019
  8:32"), the "Sdílet" / "Diskuse (N)" buttons, the lead photo with "foto: NAME, MAFRA", the
  "Reklama" slots and the "Mohlo by vás zajímat" boxes inside the text, the video box ("Video:
  ..."), the related list "Témata:" and "Související", the discussion teaser ("Vstoupit do
  diskuse"), "Nejčtenější" and the footer ("© 1999–2022 MAFRA, a.s.") are not;
- a Hungarian news portal of the Index kind (2015-2024): the paragraphs, subheadings, lists and
  quotes of `div.cikk-torzs` are article; the navigation, the rovat label, the title, the
  lead (`div.lead`, standfirst), the author and date ("2021.03.04. 10:23"), the share bar, the
  "Kapcsolódó" related boxes and "Hirdetés" slots inside the text, the "(Borítókép: NAME /
  Index)" cover-photo credit paragraph at the end of the text (a credit line in the body's
  `<p>` markup: furniture), the "Támogassa az Indexet" support box, "Címkék", "Legfrissebb" /
  "Legolvasottabb" and the footer are not;
- a Lithuanian portal of the Delfi kind (2012-2022): the paragraphs, subheadings and lists of
  `div.article-body` are article; the top menu, the section, the title, the lead (bold,
  `div.delfi-article-lead`, standfirst), the source and date line ("DELFI, BNS", "2019 m.
  kovo 4 d. 10:23"), the photo with "Nuotr. NAME", the "Skaitykite daugiau:" paragraphs (the
  body's `<p>` with a bold label and a link) and "Reklama" slots inside the text, the copyright
  notice at the end of the text ("Griežtai draudžiama ... panaudoti ..."), "Komentarai (N)"
  with the anonymous comments (name, IP), the "Rašyti komentarą" form, "Populiariausi" and
  the footer are not;
- an Israeli Hebrew portal (ynet-like, 2014-2024; a right-to-left page whose text comes out of
  a Draft.js editor: each paragraph a `div.text_editor_paragraph` holding a
  `div.public-DraftStyleDefault-block` and `span[data-text]`): those paragraphs, the
  subheadings set in the same editor markup (`h2`) and lists are article; the header menu,
  the title, the subtitle (standfirst), the authors and "פורסם:" date, the share bar, the lead
  image with "(צילום: NAME)", the images inside the text with their credits, the "פרסומת"
  slots, the "כתבות נוספות" link boxes inside the text, the talkbacks ("טוקבקים", numbered,
  with "לכל הטוקבקים"), the "הכי נקראות" rail and the footer are not;
- a Persian news agency (Tasnim- / ISNA-like, 2013-2024; right to left): the paragraphs,
  subheadings and lists of `div.story` are article, the opening "به گزارش خبرگزاری NAME،"
  attribution (the agency's dateline: kept, as datelines are) included; the agency header and
  services menu, "کد خبر: N", the Solar-Hijri date and time, the title, the lead (`p.lead`,
  standfirst; its "لید" is the agency's summary), the lead image with its caption, the
  "انتهای پیام/" end mark in the body's `<p>` markup, the "اخبار مرتبط" box inside the text,
  the tools ("نسخه چاپی", "ارسال به دوستان"), "برچسب ها", the comments with "انتشار یافته: N"
  / "در انتظار بررسی: N", "پربیننده ترین" and the footer are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from page_templates import PEOPLE, Block, Ctx, esc, slug
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence, with_dateline
from page_templates_j import weave
from page_templates_p import as_list, headed
from page_templates_q import pick, user
from page_templates_s import body_html, era_date, quoted
from page_templates_v import clock, heads_list

FamilyOut = tuple[str, list[Block]]


def comments_n(c: Ctx, n: int, make: str) -> str:
    """`n` comments, each `make` with `{who}`, `{text}` and `{time}` filled per comment."""
    return "".join(
        make.format(who=esc(user(c)), text=sentence(c, c.rng.randint(1, 2)), time=clock(c))
        for _ in range(n)
    )


# ---------------------------------------------------------------------------------------------
# 1. A Finnish national daily on a Sanoma-like platform

_FI_SECTIONS = ["Kotimaa", "Ulkomaat", "Politiikka", "Talous", "Kaupunki", "Kulttuuri"]


def fam_fi_sanoma(c: Ctx) -> FamilyOut:
    """A Finnish daily: ingress, Tilaajille badge, "Lue myös:" lines, Mainos, Aiheet, comments."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.35), "ul", 0.25), 0.3)
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="article-subtitle">{esc(t)}</h2>')

    def insert() -> str:
        if c.rng.random() < 0.55:
            c.used.append("fi-lue-myos")
            h = headlines(c, 1)[0]
            return f'<p><strong>Lue myös:</strong> <a href="/{pick(c, "kotimaa", "politiikka", "talous")}/art-{c.rng.randint(2000000, 2000999999)}.html">{esc(h)}</a></p>'
        c.used.append("fi-mainos")
        return f'<div class="ad ad--inarticle"><span class="ad__label">Mainos</span><div id="sanoma-ad-{hexid(c, 6)}" class="ad__slot"></div><span class="ad__end">Mainos päättyy</span></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    y, m, d = era_date(c, 2016, 2025)
    sec = c.rng.choice(_FI_SECTIONS)
    who = c.rng.choice(PEOPLE)
    paid = c.rng.random() < 0.5
    badge = '<span class="article-badge article-badge--paid">Tilaajille</span>' if paid else ""
    gift = '<button class="gift-article">Lahjoita artikkeli</button>' if paid else ""
    updated = f" | Päivitetty {clock(c, '.')}" if c.rng.random() < 0.5 else ""
    n_cmt = c.rng.randint(0, 4)
    cmts = comments_n(
        c,
        n_cmt,
        '<li class="comment"><div class="comment__author">{who}</div><p class="comment__text">{text}</p><div class="comment__meta">'
        + f"{d}.{m}.{y}"
        + " {time} · <button>Vastaa</button> · <button>Suosittele</button></div></li>",
    )
    topics = "".join(
        f'<li><a class="topic-chip" href="/aihe/{slug(t)}">{t}</a></li>'
        for t in c.rng.sample(
            ["Eduskunta", "Helsinki", "Talous", "Venäjä", "Ilmasto", "Koulutus", "Sote", "Nato"], 3
        )
    )
    c.used += "fi-topbar fi-nav fi-section fi-title fi-ingress fi-byline fi-share fi-lead-image fi-topics fi-comments fi-most-read fi-footer".split()
    html = (
        f'<body class="article-page"><div id="app"><div class="top-bar"><a class="logo" href="/">{brand(c)}</a><a class="subscribe" href="https://tilaus.{c.site}/">Tilaa</a><a class="login" href="/kirjaudu">Kirjaudu</a></div>'
        f'<nav class="main-nav"><ul>{"".join(f"<li><a href=/{slug(s)}/>{s}</a></li>" for s in _FI_SECTIONS)}<li><a href="/urheilu/">Urheilu</a></li><li><a href="/mielipide/">Mielipide</a></li></ul></nav>'
        f'<main><article class="article"><header class="article-header"><div class="article-header__meta"><a class="section-label" href="/{slug(sec)}/">{sec}</a>{badge}</div><h1 class="article-headline">{esc(c.body.title)}</h1>'
        f'<p class="article-ingress">{sentence(c)}</p><div class="byline"><span class="byline__name">{who} HS</span><time class="byline__time" datetime="{y}-{m:02d}-{d:02d}">Julkaistu {d}.{m}.{y} {clock(c, ".")}{updated}</time></div>'
        f'<div class="share-tools"><button class="share-button">Jaa</button>{gift}</div></header>'
        f'<figure class="article-image"><img src="https://hs.mediadelivery.fi/img/{c.rng.randint(640, 1920)}/{hexid(c, 32)}.jpg" alt=""><figcaption><span class="caption">{sentence(c)}</span> <span class="credit">Kuva: {c.rng.choice(PEOPLE)} / HS</span></figcaption></figure>'
        f'<div class="article-body">{"".join(parts)}</div>'
        f'<footer class="article-footer"><h2 class="topics__title">Aiheet</h2><ul class="topics">{topics}</ul></footer></article>'
        f'<section class="comments"><h2>Kommentit ({n_cmt + c.rng.randint(0, 60)})</h2><p class="comments__login"><a href="/kirjaudu">Kirjaudu kommentoimaan</a>. Kommentointi on tilaajien etu.</p><ul>{cmts}</ul></section></main>'
        f'<aside class="rail"><section><h2>Luetuimmat</h2><ol>{heads_list(c, 5, "/kotimaa/art-")}</ol></section><section><h2>Uusimmat</h2><ul>{heads_list(c, 4, "/")}</ul></section></aside>'
        f'<footer class="site-footer"><p>© {brand(c)} · Sanoma Media Finland Oy</p><p>Vastaava päätoimittaja {c.rng.choice(PEOPLE)}</p><ul><li><a href="/asiakaspalvelu">Asiakaspalvelu</a></li><li><a href="/tietosuoja">Tietosuoja</a></li><li><a href="/evasteet">Evästeasetukset</a></li></ul></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 2. A Czech news portal of the iDNES kind

_CZ_MONTHS = (
    "ledna února března dubna května června července srpna září října listopadu prosince".split()
)


def _cz_insert(c: Ctx) -> str:
    r = c.rng.random()
    if r < 0.4:
        c.used.append("cz-reklama")
        return f'<div class="r-body"><div class="r-head"><span>Reklama</span></div><div id="r-{hexid(c, 6)}" class="r-main"></div></div>'
    if r < 0.75:
        c.used.append("cz-mohlo-by")
        items = "".join(
            f'<li><a href="/zpravy/domaci/{slug(h)[:40]}.A{c.rng.randint(100000, 999999)}_{c.rng.randint(100000, 999999)}_domaci_{hexid(c, 3)}"><img src="https://1gr.cz/fotky/idnes/{c.rng.randint(19, 22)}/0{c.rng.randint(1, 9)}/sph/{hexid(c, 8)}.jpg" alt=""><span>{esc(h)}</span></a></li>'
            for h in headlines(c, c.rng.randint(2, 3))
        )
        return f'<div class="art-related-box"><h3 class="tit">Mohlo by vás zajímat</h3><ul>{items}</ul></div>'
    c.used.append("cz-video")
    return f'<div class="vid-box"><div class="vid-player" data-vid="{hexid(c, 10)}"></div><p class="vid-title">Video: {esc(headlines(c, 1)[0])}</p><span class="vid-len">{c.rng.randint(0, 9)}:{c.rng.randint(10, 59)}</span></div>'


def fam_cz_idnes(c: Ctx) -> FamilyOut:
    """A Czech portal: opener perex, bbtext with Reklama and "Mohlo by vás zajímat", Diskuse."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.3), "ul", 0.2), 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    parts = weave(c, parts, c.rng.randint(1, 3), lambda: _cz_insert(c))
    y, m, d = era_date(c, 2009, 2022)
    who = c.rng.choice(PEOPLE)
    agency = pick(c, "", ", ČTK", ", iDNES.cz", " (ČTK)")
    n_disc = c.rng.randint(0, 400)
    topics = ", ".join(
        f'<a href="/zpravy/domaci/{slug(t)}">{t}</a>'
        for t in c.rng.sample(
            [
                "Poslanecká sněmovna",
                "Vláda",
                "Praha",
                "Policie ČR",
                "Andrej Babiš",
                "Energetika",
                "Zdravotnictví",
            ],
            3,
        )
    )
    photo = ""
    if c.rng.random() < 0.8:
        c.used.append("cz-photo")
        photo = f'<div class="opener-foto"><a href="/foto"><img src="https://1gr.cz/fotky/idnes/{y % 100:02d}/{m:02d}{d:02d}/org/{hexid(c, 12)}.jpg" alt=""></a><div class="text"><p>{sentence(c)}</p><span class="author">foto: {c.rng.choice(PEOPLE)}, MAFRA</span></div></div>'
    c.used += "cz-header cz-menu cz-title cz-opener cz-author cz-date cz-share cz-topics cz-related cz-disc cz-most-read cz-footer".split()
    html = (
        f'<body><div id="portal"><div id="header"><a id="logo" href="/"><img src="https://1gr.cz/o/{brand(c).lower()}-logo.svg" alt="{brand(c)}.cz"></a><ul id="menu"><li><a href="/zpravy">Zprávy</a></li><li><a href="/zpravy/domaci">Domácí</a></li><li><a href="/zpravy/zahranicni">Zahraniční</a></li><li><a href="/ekonomika">Ekonomika</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultura">Kultura</a></li><li><a href="/technet">Technet</a></li></ul><a class="premium" href="/premium">Předplatné</a></div>'
        f'<div id="content"><div class="col-a"><div class="art-full" id="space-a"><h1 itemprop="name headline">{esc(c.body.title)}</h1>'
        f'<div class="authors"><span class="aut">Autor: <a href="/novinari/{slug(who)}">{who}</a>{agency}</span> <span class="time-date" itemprop="datePublished" content="{y}-{m:02d}-{d:02d}">{d}. {_CZ_MONTHS[m - 1]} {y} {clock(c)}</span></div>'
        f'<div class="art-share"><a class="fb" href="#">Sdílet</a><a class="tw" href="#">X</a><a class="btn-disc" href="#disc">Diskuse ({n_disc})</a></div>'
        f'<div class="opener">{sentence(c, 2)}</div>{photo}'
        f'<div id="art-text"><div class="bbtext">{"".join(parts)}</div></div>'
        f'<div class="art-topics"><span class="tit">Témata:</span> {topics}</div>'
        f'<div class="art-relative"><h3>Související</h3><ul>{heads_list(c, c.rng.randint(2, 4), "/zpravy/domaci/")}</ul></div>'
        f'<div id="disc" class="disc-teaser"><a href="/diskuse">Vstoupit do diskuse ({n_disc} příspěvků)</a><p>Diskuse je určena pouze pro ověřené uživatele.</p></div></div></div>'
        f'<div class="col-b"><div class="most-read"><h3>Nejčtenější</h3><ol>{heads_list(c, 5, "/zpravy/")}</ol></div><div class="r-side"><span>Reklama</span></div></div></div>'
        f'<div id="footer"><p>© 1999–{y} MAFRA, a.s., a dodavatelé obsahu (ČTK, Reuters). Jakékoliv užití obsahu včetně převzetí článků je bez písemného souhlasu zakázáno.</p><p><a href="/kontakty">Kontakty</a> | <a href="/reklama">Reklama</a> | <a href="/zasady-ochrany-osobnich-udaju">Ochrana osobních údajů</a></p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. A Hungarian news portal of the Index kind


def fam_hu_index(c: Ctx) -> FamilyOut:
    """A Hungarian portal: lead, cikk-torzs with Kapcsolódó boxes, Borítókép credit, support box."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.3), "ul", 0.25), 0.35)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")

    def insert() -> str:
        if c.rng.random() < 0.55:
            c.used.append("hu-kapcsolodo")
            h = headlines(c, 1)[0]
            return f'<div class="cikk-bekezdes-kapcsolodo"><div class="kapcsolodo-doboz"><span class="kapcsolodo-cimke">Kapcsolódó</span><a href="/belfold/{era_date(c, 2015, 2024)[0]}/{c.rng.randint(1, 12):02d}/{c.rng.randint(1, 28):02d}/{slug(h)[:50]}/"><img src="https://kep.index.hu/1/0/{c.rng.randint(1000, 5000)}/{hexid(c, 6)}.jpg" alt=""><h3 class="kapcsolodo-cim">{esc(h)}</h3></a><p class="kapcsolodo-lead">{sentence(c)}</p></div></div>'
        c.used.append("hu-hirdetes")
        return f'<div class="cikk-hirdetes"><span class="hirdetes-cimke">Hirdetés</span><div id="index_cikk_{c.rng.randint(1, 6)}" class="goAdverticum"></div></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    if c.rng.random() < 0.6:
        c.used.append("hu-boritokep")
        parts.append(
            f"<p>(Borítókép: {c.rng.choice(PEOPLE)} / {pick(c, 'Index', 'MTI', 'Getty Images', 'AFP')})</p>"
        )
    y, m, d = era_date(c, 2015, 2024)
    rovat = pick(c, "Belföld", "Külföld", "Gazdaság", "Tech-Tudomány", "Kultúr")
    who = c.rng.choice(PEOPLE)
    tags = "".join(
        f'<li><a href="/cimke/{slug(t)}/">{t}</a></li>'
        for t in c.rng.sample(
            [
                "kormány",
                "Budapest",
                "Orbán Viktor",
                "infláció",
                "Európai Unió",
                "oktatás",
                "egészségügy",
            ],
            3,
        )
    )
    c.used += "hu-nav hu-rovat hu-title hu-lead hu-author hu-date hu-share hu-support hu-tags hu-latest hu-most-read hu-footer".split()
    html = (
        f'<body class="cikk"><header class="fejlec"><a class="logo" href="/">{brand(c)}</a><nav class="rovat-menu"><a href="/belfold/">Belföld</a><a href="/kulfold/">Külföld</a><a href="/gazdasag/">Gazdaság</a><a href="/sport/">Sport</a><a href="/kultur/">Kultúr</a><a href="/tech/">Tech</a><a href="/velemeny/">Vélemény</a></nav></header>'
        f'<div class="cikk-container"><article class="cikk-tartalom"><div class="rovat-cimke"><a href="/{slug(rovat)}/">{rovat}</a></div><div class="content-title"><h1>{esc(c.body.title)}</h1></div>'
        f'<div class="szerzo-datum"><div class="szerzo"><a href="/szerzo/{slug(who)}/">{who}</a></div><div class="datum">{y}.{m:02d}.{d:02d}. {clock(c)}</div></div>'
        f'<div class="megosztas"><a class="fb-share" href="#">Megosztás</a><a class="copy-link" href="#">Link másolása</a></div>'
        f'<div class="lead">{sentence(c, c.rng.randint(1, 2))}</div>'
        f'<div class="cikk-torzs">{"".join(parts)}</div>'
        f'<div class="tamogatas-doboz"><h3>Ha tetszett a cikk, támogassa az Indexet!</h3><p>A független újságírás pénzbe kerül. Támogasson minket havi rendszerességgel vagy egyszeri összeggel.</p><a class="gomb" href="https://tamogatas.{c.site}/">Támogatom</a></div>'
        f'<div class="cimkek"><span>Címkék:</span><ul>{tags}</ul></div></article>'
        f'<aside class="jobb-hasab"><section><h2>Legfrissebb</h2><ul>{heads_list(c, 4, "/belfold/")}</ul></section><section><h2>Legolvasottabb</h2><ol>{heads_list(c, 5, "/")}</ol></section></aside></div>'
        f'<footer class="lablec"><p>© {y} {brand(c)}.hu Zrt. Minden jog fenntartva.</p><a href="/impresszum/">Impresszum</a> <a href="/adatvedelem/">Adatvédelem</a> <a href="/mediaajanlat/">Médiaajánlat</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 4. A Lithuanian portal of the Delfi kind

_LT_MONTHS = "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split()


def fam_lt_delfi(c: Ctx) -> FamilyOut:
    """A Delfi-like portal: bold lead, "Skaitykite daugiau:" lines, copyright notice, anon comments."""
    blocks = as_list(c, headed(c, c.body.blocks, 0.25), "ul", 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")

    def insert() -> str:
        r = c.rng.random()
        if r < 0.45:
            c.used.append("lt-skaitykite")
            return f"<p><strong>Skaitykite daugiau:</strong> {c.link(headlines(c, 1)[0])}</p>"
        if r < 0.75:
            c.used.append("lt-reklama")
            return f'<div class="delfi-adx-block"><div class="adx-label">Reklama</div><div id="adx-{hexid(c, 8)}"></div></div>'
        c.used.append("lt-photo")
        return f'<figure class="article-image"><img src="https://g{c.rng.randint(1, 3)}.dcdn.lt/images/pix/{slug(c.body.title)[:30]}-{c.rng.randint(10**7, 10**8)}.jpg" alt=""><figcaption>{sentence(c)} <span class="photo-author">Nuotr. {c.rng.choice(PEOPLE)}</span></figcaption></figure>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    y, m, d = era_date(c, 2012, 2022)
    if c.rng.random() < 0.7:
        c.used.append("lt-copyright")
        parts.append(
            f'<p class="article-copyright"><em>Griežtai draudžiama {brand(c)} paskelbtą informaciją panaudoti kitose interneto svetainėse, žiniasklaidos priemonėse ar kitur arba platinti mūsų medžiagą kuriuo nors būdu be sutikimo, o jei sutikimas gautas, būtina nurodyti {brand(c)} kaip šaltinį.</em></p>'
        )
    source = pick(
        c,
        f"{brand(c).upper()}",
        f"{brand(c).upper()}, BNS",
        "BNS",
        f"{c.rng.choice(PEOPLE)}, {brand(c).upper()}",
    )
    n = c.rng.randint(0, 5)
    cmts = comments_n(
        c,
        n,
        '<div class="comment-item"><div class="comment-author">{who}</div><div class="comment-ip">IP: 78.'
        + f"{c.rng.randint(56, 63)}"
        + '.xxx.xxx</div><div class="comment-date">{time}</div><div class="comment-text">{text}</div><div class="comment-votes"><a href="#">+</a> <a href="#">−</a></div></div>',
    )
    sec = pick(c, "Lietuvoje", "Užsienyje", "Verslas", "Sportas", "Mokslas")
    c.used += "lt-topmenu lt-section lt-title lt-lead lt-source-date lt-lead-photo lt-comments lt-comment-form lt-popular lt-footer".split()
    html = (
        f'<body><div class="top-menu"><a class="logo" href="/">{brand(c)}</a><ul><li><a href="/news/daily/lithuania/">Lietuvoje</a></li><li><a href="/news/daily/world/">Užsienyje</a></li><li><a href="/verslas/">Verslas</a></li><li><a href="/sportas/">Sportas</a></li><li><a href="/mokslas/">Mokslas</a></li><li><a href="/veidai/">Veidai</a></li></ul><a class="plius" href="/plius/">{brand(c)} Plius</a></div>'
        f'<div class="container"><div class="col-main"><div class="article-section"><a href="/news/daily/">{sec}</a></div><h1 class="article-title">{esc(c.body.title)}</h1>'
        f'<div class="source-date"><span class="delfi-source-name">{source}</span> <span class="source-date-time">{y} m. {_LT_MONTHS[m - 1]} {d} d. {clock(c)}</span></div>'
        f'<div class="delfi-article-lead"><b>{sentence(c)}</b></div>'
        f'<div class="image-article"><img src="https://g1.dcdn.lt/images/pix/{hexid(c, 12)}.jpg" alt=""><div class="image-article-author">Nuotr. {c.rng.choice(PEOPLE)}</div></div>'
        f'<div class="article-body" itemprop="articleBody">{"".join(parts)}</div>'
        f'<div class="comments-block"><h3><a href="?com=1">Komentarai ({n + c.rng.randint(0, 300)})</a></h3>{cmts}<form class="comment-form"><h4>Rašyti komentarą</h4><input name="name" placeholder="Vardas"><textarea name="text"></textarea><p class="rules">Pranešimai, kuriuose kurstoma neapykanta, bus pašalinti.</p><button>Skelbti</button></form></div></div>'
        f'<div class="col-side"><div class="box-popular"><h3>Populiariausi</h3><ol>{heads_list(c, 5, "/news/daily/")}</ol></div><div class="delfi-adx-block"><div class="adx-label">Reklama</div></div></div></div>'
        f'<div class="footer"><p>© {y} UAB „{brand(c)}“. Visos teisės saugomos.</p><a href="/kontaktai/">Kontaktai</a> <a href="/reklama/">Reklama</a> <a href="/privatumas/">Privatumo politika</a></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 5. An Israeli Hebrew portal (ynet-like, Draft.js text)


def _draft(c: Ctx, text: str, tag: str = "div") -> str:
    """One Draft.js editor block, as the site's renderer emits it (a random 5-character key)."""
    key = hexid(c, 5)
    return f'<{tag} class="text_editor_paragraph rtl" data-offset-key="{key}-0-0"><div class="public-DraftStyleDefault-block public-DraftStyleDefault-rtl" data-offset-key="{key}-0-0"><span data-offset-key="{key}-0-0"><span data-text="true">{esc(text)}</span></span></div></{tag}>'


def fam_il_ynet(c: Ctx) -> FamilyOut:
    """A Hebrew portal: Draft.js paragraphs, RTL, "(צילום: ...)" images, ads, talkbacks."""
    blocks = as_list(c, headed(c, c.body.blocks, 0.3), "ul", 0.2)
    parts: list[str] = []
    for kind, value in blocks:
        if kind == "p":
            parts.append(_draft(c, str(value)))
        elif kind == "h":
            parts.append(_draft(c, str(value), "h2"))
        else:
            parts.append(body_html(c, [(kind, value)], lambda t: "")[0][0])

    def insert() -> str:
        r = c.rng.random()
        if r < 0.35:
            c.used.append("il-image")
            return f'<div class="ArticleImageContainer"><img src="https://ynet-pic1.yit.co.il/picserver5/crop_images/{c.rng.randint(2014, 2024)}/{c.rng.randint(1, 12):02d}/{hexid(c, 10)}.jpg" alt=""><div class="imageCredit">{sentence(c)} (צילום: {c.rng.choice(PEOPLE)})</div></div>'
        if r < 0.7:
            c.used.append("il-ad")
            return f'<div class="ads300x250 ad-inread"><div class="adLabel">פרסומת</div><div id="ads.inread.{hexid(c, 4)}"></div></div>'
        c.used.append("il-more-articles")
        return f'<div class="RelatedArticles"><div class="title">כתבות נוספות</div><ul>{heads_list(c, c.rng.randint(2, 3), "/news/article/")}</ul></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    y, m, d = era_date(c, 2014, 2024)
    who = c.rng.choice(PEOPLE)
    n = c.rng.randint(0, 5)
    talk = "".join(
        f'<li class="talkback"><span class="num">{i}.</span> <span class="tb-title">{sentence(c)[:60]}</span> <span class="tb-author">{esc(user(c))}</span> <span class="tb-date">{d:02d}.{m:02d}.{y % 100:02d}</span><div class="tb-text">{sentence(c)}</div></li>'
        for i in range(1, n + 1)
    )
    c.used += "il-header il-title il-subtitle il-authors il-date il-share il-lead-image il-talkbacks il-most-read il-footer".split()
    html = (
        f'<body dir="rtl"><div id="ynet"><header class="YnetPremiumHeader"><a class="logo" href="/">{brand(c)}</a><ul class="mainNav"><li><a href="/news/category/184">חדשות</a></li><li><a href="/economy/category/429">כלכלה</a></li><li><a href="/sport/category/3">ספורט</a></li><li><a href="/entertainment/category/538">תרבות</a></li><li><a href="/digital/category/544">דיגיטל</a></li><li><a href="/health/category/1208">בריאות</a></li></ul><a class="plus" href="/plus">+ynet</a></header>'
        f'<main class="ArticleBodyComponent"><div class="ArticleHeaderComponent"><h1 class="mainTitle">{esc(c.body.title)}</h1><div class="subTitle">{sentence(c)}</div>'
        f'<div class="authorAndDate"><span class="authors">{who}</span> | <span class="date">פורסם: <time datetime="{y}-{m:02d}-{d:02d}">{d:02d}.{m:02d}.{y % 100:02d} , {clock(c)}</time></span></div>'
        f'<div class="shareIcons"><a href="#" class="whatsapp">וואטסאפ</a><a href="#" class="facebook">פייסבוק</a><a href="#" class="mail">מייל</a><a href="#tb" class="talkbacks">טוקבקים ({n})</a></div></div>'
        f'<div class="mainMedia"><img src="https://ynet-pic1.yit.co.il/picserver5/wcm_upload/{y}/{m:02d}/{hexid(c, 12)}.jpg" alt=""><div class="imageCredit">(צילום: {c.rng.choice(PEOPLE)})</div></div>'
        f'<div class="ArticleBodyComponent__content" data-contents="true">{"".join(parts)}</div>'
        f'<div id="tb" class="ArticleTalkbacks"><div class="title">טוקבקים</div><button class="addTalkback">הוספת תגובה</button><ol>{talk}</ol><a class="allTalkbacks" href="#">לכל הטוקבקים</a></div></main>'
        f'<aside class="MostRead"><div class="title">הכי נקראות</div><ol>{heads_list(c, 5, "/news/article/")}</ol></aside>'
        f'<footer class="YnetFooter"><ul><li><a href="/about">אודות</a></li><li><a href="/contact">צור קשר</a></li><li><a href="/privacy">מדיניות פרטיות</a></li><li><a href="/terms">תנאי שימוש</a></li></ul><p>© כל הזכויות שמורות ל{brand(c)}</p></footer></div></body></html>'
    )
    return html, gold_of(blocks)


def gold_of(blocks: list[Block]) -> list[Block]:
    """The gold of blocks rendered by hand: the blocks themselves (subheadings and lists too)."""
    return list(blocks)


# ---------------------------------------------------------------------------------------------
# 6. A Persian news agency (Tasnim- / ISNA-like)

_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fa(text: object) -> str:
    """Digits in Persian numerals, as the agency prints dates and counts."""
    return str(text).translate(_FA_DIGITS)


def fam_ir_agency(c: Ctx) -> FamilyOut:
    """A Persian agency: news code, Hijri date, lead, "به گزارش" dateline, "انتهای پیام/" end mark."""
    agency = pick(c, "تسنیم", "ایسنا", "مهر", "ایرنا", "فارس")
    blocks = as_list(c, headed(c, c.body.blocks, 0.2), "ul", 0.2)
    if c.rng.random() < 0.65:
        c.used.append("fa-dateline")
        blocks = with_dateline(c, blocks, f"به گزارش خبرگزاری {agency}،", " ")
    parts, gold = body_html(c, blocks, lambda t: f"<h3><strong>{esc(t)}</strong></h3>")
    if c.rng.random() < 0.5:
        c.used.append("fa-related-inline")
        k = c.rng.randint(1, len(parts))
        parts.insert(
            k,
            f'<div class="related-news-inline"><h4>اخبار مرتبط</h4><ul>{heads_list(c, 2, "/news/")}</ul></div>',
        )
    parts.append(
        f"<p>{pick(c, 'انتهای پیام/', 'انتهای پیام/ ' + hexid(c, 3).upper(), '/انتهای پیام/')}</p>"
    )
    c.used.append("fa-end-mark")
    code = c.rng.randint(1390000000, 1403999999)
    y, m, d = c.rng.randint(1392, 1403), c.rng.randint(1, 12), c.rng.randint(1, 29)
    n = c.rng.randint(0, 4)
    cmts = "".join(
        f'<li class="comment"><div class="comment-head"><span class="name">{pick(c, "ناشناس", "محمد", "علی", "زهرا", "رضا")}</span> <span class="date">{fa(f"{y}/{m:02d}/{d:02d} - {clock(c)}")}</span></div><p>{sentence(c)}</p><div class="rate"><span class="up">{fa(c.rng.randint(0, 90))}</span> <span class="down">{fa(c.rng.randint(0, 40))}</span></div></li>'
        for _ in range(n)
    )
    tags = "".join(
        f'<li><a href="/tag/{fa(c.rng.randint(100, 9999))}">{t}</a></li>'
        for t in c.rng.sample(
            ["اقتصاد", "سیاست خارجی", "مجلس", "بورس", "انتخابات", "تهران", "نفت"], 3
        )
    )
    c.used += "fa-header fa-services fa-code fa-date fa-title fa-lead fa-lead-image fa-tools fa-tags fa-comments fa-most-viewed fa-footer".split()
    html = (
        f'<body dir="rtl"><header class="header"><div class="logo"><a href="/"><img src="/static/img/logo.png" alt="خبرگزاری {agency}"></a></div><ul class="services"><li><a href="/service/politics">سیاسی</a></li><li><a href="/service/economy">اقتصادی</a></li><li><a href="/service/society">اجتماعی</a></li><li><a href="/service/world">بین‌الملل</a></li><li><a href="/service/sport">ورزشی</a></li><li><a href="/service/culture">فرهنگی</a></li><li><a href="/photo">عکس</a></li></ul></header>'
        f'<div class="container"><article class="single-news"><div class="news-meta"><span class="news-code">کد خبر: {fa(code)}</span> <time class="pub-date">{fa(f"{d} ")}{pick(c, "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")} {fa(y)} - {fa(clock(c))}</time></div>'
        f'<h1 class="title">{esc(c.body.title)}</h1><p class="lead">{sentence(c, 2)}</p>'
        f'<figure class="lead-image"><img src="/files/fa/news/{fa(y)}/{m}/{d}/{c.rng.randint(10**6, 10**7)}.jpg" alt=""><figcaption>{sentence(c)}</figcaption></figure>'
        f'<div class="story">{"".join(parts)}</div>'
        f'<div class="tools"><a href="/print/{code}">نسخه چاپی</a> <a href="/send/{code}">ارسال به دوستان</a> <span class="short-link">لینک کوتاه: https://{c.site}/x/{hexid(c, 4)}</span></div>'
        f'<div class="tags"><h4>برچسب ها</h4><ul>{tags}</ul></div>'
        f'<section class="comments"><h4>نظرات</h4><div class="comment-stats">انتشار یافته: {fa(n)} | در انتظار بررسی: {fa(c.rng.randint(0, 30))} | غیرقابل انتشار: {fa(c.rng.randint(0, 9))}</div><ul>{cmts}</ul><form><textarea placeholder="نظر شما"></textarea><button>ارسال</button></form></section></article>'
        f'<aside class="sidebar"><h4>پربیننده ترین</h4><ol>{heads_list(c, 5, "/news/")}</ol></aside></div>'
        f'<footer class="footer"><p>کلیه حقوق این سایت متعلق به خبرگزاری {agency} است و استفاده از مطالب با ذکر منبع بلامانع است.</p><a href="/about">درباره ما</a> <a href="/contact">تماس با ما</a> <a href="/rss">آر اس اس</a></footer></body></html>'
    )
    return html, gold

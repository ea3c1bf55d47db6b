"""Set AH of the constructed pages: national newspapers and news sites of twelve countries that no
earlier set has, each on the platform such a paper runs, with its furniture in its own language.
Six families are here (a Slovak national daily, SME.sk-like; a Serbian daily in Cyrillic,
Politika-like; a Slovene news portal on Angular SSR, 24ur-like; an Estonian daily,
Postimees-like; an Icelandic daily, mbl.is-like; a Danish broadsheet, Politiken-like);
page_families_ah.py holds the other six and `build_pages`.

Why a thirty-fourth set: it is session 18's blind judge, so it needs page structures the
extractor has not been checked on (no family of sets A-AE is repeated: no Slovak, Serbian,
Slovene, Estonian, Icelandic or Danish paper, no Angular transfer state). Written in session 18
(helper h-setah) without reading digest's extraction code, notes, docs, README, tests, any
bench_*.py or the sets AF and AG written at the same time; its builder never ran digest,
trafilatura, readability or bench_pages on it. The plumbing (Ctx, Page, draw_set, body_kinds,
render) is that of sets D-AE, imported. The sites carry English bodies (the body pools are
English) in their own language's furniture.

The gold follows sets D-AE (page_templates_d.py's to _ae.py's docstrings): body paragraphs,
subheadings, lists, tables, quotes and code blocks; never the headline, standfirst (perex,
lead, manchet, ingress), byline, captions, pull quotes, comments or furniture. Decided before
the families were coded, as the earlier sets decided their like:
- a paywall teaser that cuts the article ("the rest is for subscribers") ends the article: the
  paragraphs above it are the article's text (set paywall's rule), the teaser is furniture;
- a standfirst set inside the article body's wrapper (Postimees' lead item) is still a
  standfirst, not article;
- inline "read also" boxes and lines, ad labels ("Článok pokračuje pod reklamou", "Oglasno
  sporočilo") and source lines ("Извор: Танјуг") are furniture wherever they sit;
- text that only a script carries (Angular's serialised transfer state, JSON-LD) is not page
  text and so not gold (it may repeat the body).
Decisions for this module's families:
- a Slovak national daily (SME.sk-like, Petit Press's own CMS, 2014-2025): the paragraphs,
  subheadings, lists and quotes of `div.article-body` are article; the top bar (SME logo,
  Domov, Slovensko, Svet, Ekonomika, Kultúra, Šport, "Predplatné"), the rubric, the title, the
  perex (`p.perex`), the author line ("Autor: NAME") and the date ("12. mar 2024 o 14:05"),
  the photo with its "Foto: TASR" caption, the "Prečítajte si aj" boxes, the "Článok
  pokračuje pod video reklamou" labels with their ad slots, the Piano paywall teaser ("Zvyšok
  článku je exkluzívne len pre predplatiteľov"; the body ends there), "Diskusia (N)", the
  "Témy" tags, "Najčítanejšie na SME.sk" and the footer (Petit Press) are not;
- a Serbian daily in Cyrillic (Politika-like, 2012-2025): the paragraphs, the `h3`
  intertitles, lists and quotes of `div.article-content` are article; the header (Насловна,
  Политика, Свет, Друштво, Економија, Култура, Спорт, the "Latinica" switch), the kicker
  (nadnaslov), the title, the lead (`div.lead`), "Аутор: NAME", the date ("понедељак,
  13.05.2024. у 18:30"), the photo credit ("Фото Танјуг"), the "Извор:" source line, the
  "Пратите нас" promo, the "Повезани текстови" list, the comments ("Коментари (N)", their
  rules and form), "Најчитаније" and the footer are not;
- a Slovene news portal on Angular SSR (24ur-like, 2019-2025): the paragraphs, headings,
  lists and quotes of `div.article__body` (elements carrying `_ngcontent-*` attributes) are
  article; the app shell header (Novice, Šport, Zabava, Magazin, VOYO), the section label,
  the title, the summary (`div.article__summary`), "Avtor:" and "objavljeno:" lines, the
  image and its "Foto: ..." credit, "Preberite še:" inline links, "Oglasno sporočilo" ad
  slots, "Komentarji (N)", "Najbolj brano", the footer and the serialised transfer state
  script are not;
- an Estonian daily (Postimees-like, 2016-2025), every block in its own
  `div.article-body__item` wrapper: the paragraphs, subheadings, lists and quotes of the
  `--htmlElement` items are article; the header (Eesti, Maailm, Majandus, Arvamus, Sport,
  Kultuur, "Telli"), the section, the title, the lead item (`--lead`, a standfirst), the
  authors ("Toimetaja: NAME"), the "LOE KA" boxes, the image with "FOTO: NAME" credit, the
  "Artikkel on ainult tellijatele" paywall (the body ends there), "Kommentaarid (N)",
  "Populaarsed" and the footer (AS Postimees Grupp) are not;
- an Icelandic daily (mbl.is-like, 2010-2025; an older table layout by chance): the paragraphs,
  subheadings, lists and quotes of `div.main-layout div.text` are article; the menu
  (Innlent, Erlent, Viðskipti, Íþróttir, Fólkið, Matur, Smartland), the section and time line
  ("Innlent | mbl | 12.3.2024 | 14:05"), the title, the image with its caption and
  "mbl.is/NAME" credit, the reporter line ("NAME | mail@mbl.is"), "Deila", "Fleira
  áhugavert", "Ummæli" (Facebook comments), "Mest lesið" and the footer (Árvakur hf.) are not;
- a Danish broadsheet (Politiken-like, JP/Politikens Hus, 2016-2025): the paragraphs,
  subheadings, lists and quotes of `div.article__body` are article; the cookie banner ("Vi
  bruger cookies", "Tillad alle"), the header (Danmark, Udland, Debat, Kultur, Sport, "Log
  ind", "Køb abonnement"), the "Politiken Plus" badge, the title, the manchet, the byline
  ("Journalist NAME"), the date ("12. mar. 2024 kl. 14.05"), "Lyt til artiklen", "Del
  artikel", "Gem", the "Læs også" links, "Artiklen fortsætter efter annoncen" ad slots, the
  photo with its "Foto: Ritzau Scanpix" caption, "Mest læste" and the footer are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_templates import Block, Ctx, esc, slug
from page_templates_ab import body_blocks, person
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

FamilyOut = tuple[str, list[Block]]


def paywall_cut(c: Ctx, blocks: list[Block], chance: float, tag: str) -> tuple[list[Block], bool]:
    """With probability `chance`, only the first few blocks (the paywall's free part)."""
    if len(blocks) < 6 or c.rng.random() >= chance:
        return blocks, False
    c.used.append(tag)
    return blocks[: c.rng.randint(3, len(blocks) // 2)], True


def most_read(c: Ctx, n: int, prefix: str, numbered: bool = True) -> str:
    """A numbered "most read" list of other stories."""
    out = []
    for k, h in enumerate(headlines(c, n), 1):
        num = f'<span class="num">{k}</span> ' if numbered else ""
        out.append(
            f'<li>{num}<a href="{prefix}{slug(h)[:40]}-{c.rng.randint(1000, 99999)}">{esc(h)}</a></li>'
        )
    return "".join(out)


def with_head(c: Ctx, make: Callable[[str], str]) -> Callable[[], str]:
    """A maker of furniture about one other story's headline (link text and slug agree)."""
    return lambda: make(headlines(c, 1)[0])


def clock(c: Ctx) -> str:
    return f"{c.rng.randint(6, 23):02d}:{c.rng.randint(0, 59):02d}"


# ---------------------------------------------------------------------------------------------
# 1. A Slovak national daily (SME.sk-like)

_SK_MONTHS = "jan feb mar apr máj jún júl aug sep okt nov dec".split()
_SK_FIRST = ["Martin", "Zuzana", "Tomáš", "Katarína", "Peter", "Monika", "Jakub"]
_SK_LAST = ["Kováč", "Horváthová", "Varga", "Tóthová", "Nagy", "Baláž", "Molnárová"]


def fam_sk_sme(c: Ctx) -> FamilyOut:
    """A Slovak daily: perex, Prečítajte si aj, video ad labels, Piano paywall, Diskusia."""
    blocks, walled = paywall_cut(c, body_blocks(c, 0.35, 0.2, 0.25), 0.4, "sme-paywall")
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2014, 2025)
    rubric = pick(c, "Domov", "Svet", "Ekonomika", "Kultúra", "Tech")
    author = person(c, _SK_FIRST, _SK_LAST)
    if c.rng.random() < 0.7:
        c.used.append("sme-read-also")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<div class="article-related-box"><span class="box-title">Prečítajte si aj</span><a href="https://{pick(c, "domov", "svet", "ekonomika")}.sme.sk/c/{c.rng.randint(22000000, 23999999)}/{slug(h)[:40]}.html">{esc(h)}</a></div>'
                ),
            ),
        )
    if c.rng.random() < 0.6:
        c.used.append("sme-video-ad")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                '<div class="artemis-ad-position"><p class="ad-label">Článok pokračuje pod video reklamou</p><div id="video-ad-'
                + hexid(c, 5)
                + '" class="ad-video"></div></div>'
            ),
        )
    photo = ""
    if c.rng.random() < 0.7:
        c.used.append("sme-photo")
        photo = f'<figure class="article-image"><img src="https://m.smedata.sk/api-media/media/image/sme/{c.rng.randint(1, 9)}/{c.rng.randint(10, 99)}/{hexid(c, 8)}.jpg?rev=1" alt=""><figcaption>{sentence(c)} <span class="author">Foto: {pick(c, "TASR", "SITA", "SME – Marko Erd", "Reuters")}</span></figcaption></figure>'
    wall = ""
    if walled:
        wall = '<div class="piano-paywall" id="js-paywall"><h3>Zvyšok článku je exkluzívne len pre predplatiteľov</h3><p>Predplaťte si SME.sk a čítajte bez obmedzení všetky články, komentáre a analýzy.</p><a class="btn btn-primary" href="https://predplatne.sme.sk/">Predplatiť od 0,99 €</a><p class="login">Máte predplatné? <a href="https://profil.sme.sk/prihlasenie">Prihláste sa</a></p></div>'
    topics = ", ".join(
        f'<a href="https://www.sme.sk/t/{c.rng.randint(10, 9999)}/">{pick(c, "Vláda SR", "Ekonomika", "Európska únia", "Bratislava", "Zdravotníctvo", "Voľby")}</a>'
        for _ in range(c.rng.randint(2, 4))
    )
    c.used += "sme-topbar sme-rubric sme-title sme-perex sme-author sme-date sme-discussion sme-topics sme-mostread sme-footer".split()
    html = (
        f'<body class="article-page"><div id="sme-top-bar" class="sme-top-bar"><a class="logo" href="https://www.sme.sk/"><img src="/static/img/sme-logo.svg" alt="SME.sk"></a><ul class="top-bar-menu"><li><a href="https://www.sme.sk/">Domov</a></li><li><a href="https://domov.sme.sk/">Slovensko</a></li><li><a href="https://svet.sme.sk/">Svet</a></li><li><a href="https://ekonomika.sme.sk/">Ekonomika</a></li><li><a href="https://kultura.sme.sk/">Kultúra</a></li><li><a href="https://sport.sme.sk/">Šport</a></li></ul><a class="btn-subscribe" href="https://predplatne.sme.sk/">Predplatné</a> <a class="login" href="#">Prihlásiť</a></div>'
        f'<div class="page-wrap"><div class="main-col"><article class="js-article article-detail" data-article-id="{c.rng.randint(22000000, 23999999)}"><div class="article-rubric"><a href="#">{rubric}</a></div><h1 class="js-article-title">{esc(c.body.title)}</h1>'
        f'<p class="perex">{sentence(c, 2)}</p><div class="article-published"><span class="article-author">Autor: <a href="https://www.sme.sk/autori/{c.rng.randint(10, 999)}/{slug(author)}">{esc(author)}</a></span> <span class="date">{d}. {_SK_MONTHS[m - 1]} {y} o {clock(c)}</span> <span class="share"><a href="#">Zdieľať</a></span></div>'
        f'{photo}<div class="article-body">{"".join(parts)}</div>{wall}'
        f'<div class="article-discussion"><a class="btn btn-discussion" href="https://www.sme.sk/diskusie/{c.rng.randint(1000000, 9999999)}/1/">Diskusia ({c.rng.randint(0, 900)})</a></div>'
        f'<div class="article-topics"><strong>Témy:</strong> {topics}</div></article></div>'
        f'<aside class="side-col"><div class="ad-box" id="ad-300x600"><span class="ad-label">Reklama</span></div><div class="most-read"><h3>Najčítanejšie na SME.sk</h3><ol>{most_read(c, 5, "https://domov.sme.sk/c/")}</ol></div></aside></div>'
        f'<footer class="sme-footer"><ul><li><a href="#">O nás</a></li><li><a href="#">Kontakty</a></li><li><a href="#">Reklama</a></li><li><a href="#">Ochrana súkromia</a></li><li><a href="#">Nastavenia súkromia</a></li></ul><p>© Copyright 1997-{y} Petit Press, a.s. Všetky práva vyhradené.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 2. A Serbian daily in Cyrillic (Politika-like)

_RS_DAYS = "понедељак уторак среда четвртак петак субота недеља".split()
_RS_FIRST = ["Милан", "Јелена", "Никола", "Марија", "Душан", "Ана", "Стефан"]
_RS_LAST = ["Јовановић", "Петровић", "Николић", "Марковић", "Ђорђевић", "Стојановић"]


def _rs_comment(c: Ctx) -> str:
    who = pick(c, "Мика", "Петар из Ниша", "Драган", "Београђанин", "Зоран С.", "Весна")
    return f'<li class="comment"><div class="comment-head"><strong>{who}</strong> <span>{c.rng.randint(1, 28):02d}.{c.rng.randint(1, 12):02d}.{c.rng.randint(2012, 2025)}. {clock(c)}</span></div><p>{sentence(c)}</p><div class="votes"><a href="#">Свиђа ми се ({c.rng.randint(0, 300)})</a> <a href="#">Не свиђа ми се ({c.rng.randint(0, 90)})</a></div></li>'


def fam_rs_politika(c: Ctx) -> FamilyOut:
    """A Serbian daily: Cyrillic menu, nadnaslov, lead, Извор line, Коментари with rules."""
    blocks = body_blocks(c, 0.3, 0.15, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2012, 2025)
    author = person(c, _RS_FIRST, _RS_LAST)
    kicker = pick(c, "АКТУЕЛНО", "ИНТЕРВЈУ", "ЕКОНОМИЈА", "ПОЛИТИКА", "СВЕТ")
    photo = ""
    if c.rng.random() < 0.75:
        c.used.append("rs-photo")
        photo = f'<div class="article-image"><img src="/upload/Article/Image/{y}_{m:02d}/{hexid(c, 10)}.jpg" alt=""><p class="image-caption">{sentence(c)} <span>(Фото {pick(c, "Танјуг", "Бета", "Reuters", "AP", author)})</span></p></div>'
    source = ""
    if c.rng.random() < 0.6:
        c.used.append("rs-source")
        source = f'<p class="article-source">Извор: {pick(c, "Танјуг", "Бета", "РТС", "Ројтерс", "АФП")}</p>'
    if c.rng.random() < 0.4:
        c.used.append("rs-follow")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                '<div class="follow-promo"><a href="https://www.facebook.com/politika">Пратите нас и на Фејсбуку</a> и <a href="https://t.me/politika">Телеграму</a></div>'
            ),
        )
    n_comments = c.rng.randint(0, 6)
    comments = "".join(_rs_comment(c) for _ in range(n_comments))
    if n_comments:
        c.used.append("rs-comments")
    related = "".join(
        f'<li><a href="/clanak/{c.rng.randint(400000, 620000)}/{slug(h)[:40]}">{esc(h)}</a></li>'
        for h in headlines(c, c.rng.randint(2, 4))
    )
    c.used += "rs-header rs-script-switch rs-kicker rs-title rs-lead rs-author rs-date rs-related rs-comment-form rs-mostread rs-footer".split()
    html = (
        f'<body><header class="site-header"><div class="top-line"><span class="date">{_RS_DAYS[c.rng.randint(0, 6)]}, {d:02d}.{m:02d}.{y}.</span> <a class="script-switch" href="?lat=1">Latinica</a> <a href="/pretplata">Претплата</a></div><a class="logo" href="/"><img src="/img/politika-logo.png" alt="Политика"></a>'
        f'<nav class="main-nav"><ul><li><a href="/">Насловна</a></li><li><a href="/rubrika/1/Politika">Политика</a></li><li><a href="/rubrika/2/Svet">Свет</a></li><li><a href="/rubrika/5/Drustvo">Друштво</a></li><li><a href="/rubrika/4/Ekonomija">Економија</a></li><li><a href="/rubrika/6/Kultura">Култура</a></li><li><a href="/rubrika/8/Sport">Спорт</a></li><li><a href="/rubrika/29/Beograd">Београд</a></li></ul></nav></header>'
        f'<div class="container"><div class="row"><div class="col-md-8"><article class="article"><p class="article-supertitle">{kicker}</p><h1 class="article-title">{esc(c.body.title)}</h1><div class="lead"><p>{sentence(c, 2)}</p></div>'
        f'<div class="article-info"><span class="author">Аутор: <a href="/autor/{c.rng.randint(100, 9999)}/">{esc(author)}</a></span> <span class="date">{_RS_DAYS[c.rng.randint(0, 6)]}, {d:02d}.{m:02d}.{y}. у {clock(c)}</span></div>'
        f'{photo}<div class="article-content">{"".join(parts)}{source}</div>'
        f'<div class="related-articles"><h4>Повезани текстови</h4><ul>{related}</ul></div>'
        f'<section class="comments"><h4>Коментари ({n_comments})</h4><ul class="comment-list">{comments}</ul><div class="comment-form"><h5>Пошаљи коментар</h5><p class="rules">Коментари који садрже увреде, претње или говор мржње неће бити објављени. Уредништво задржава право избора и скраћивања коментара.</p><form><input type="text" placeholder="Име"><textarea placeholder="Коментар"></textarea><button>Пошаљи</button></form></div></section></article></div>'
        f'<div class="col-md-4 sidebar"><div class="banner"><span>Реклама</span></div><div class="most-read"><h4>Најчитаније</h4><ol>{most_read(c, 5, "/clanak/", False)}</ol></div></div></div></div>'
        f'<footer class="site-footer"><ul><li><a href="#">Импресум</a></li><li><a href="#">Маркетинг</a></li><li><a href="#">Услови коришћења</a></li><li><a href="#">Контакт</a></li></ul><p>© {y} Политика Новине и Магазини д.о.о. Сва права задржана.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. A Slovene news portal on Angular SSR (24ur-like)

_SI_FIRST = ["Maja", "Luka", "Nina", "Jure", "Tjaša", "Matej", "Urška"]
_SI_LAST = ["Novak", "Horvat", "Kranjc", "Zupančič", "Potočnik", "Kovačič"]


def _ng_state(text: str) -> str:
    """Angular's TransferState escaping of a JSON string (&a; &q; &s; &l; &g;)."""
    for a, b in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"), (">", "&g;")):
        text = text.replace(a, b)
    return text


def fam_si_24ur(c: Ctx) -> FamilyOut:
    """An Angular SSR portal: _ngcontent attributes, summary, Preberite še, transfer state."""
    blocks = body_blocks(c, 0.3, 0.2, 0.2)
    ng = f"_ngcontent-serverapp-c{c.rng.randint(10, 250)}"
    parts, gold = body_html(
        c, blocks, lambda t: f'<h2 {ng}="" class="article__subtitle">{esc(t)}</h2>', f'<p {ng}="">'
    )
    y, m, d = era_date(c, 2019, 2025)
    author = person(c, _SI_FIRST, _SI_LAST)
    section = pick(c, "Slovenija", "Svet", "Gospodarstvo", "Znanost in tehnologija", "Kronika")
    if c.rng.random() < 0.7:
        c.used.append("si-read-also")
        parts = weave(
            c,
            parts,
            1,
            with_head(
                c,
                lambda h: (
                    f'<onl-article-related {ng}=""><div class="related"><span class="related__label">Preberite še:</span><a href="/novice/{slug(section)}/{slug(h)[:40]}.html">{esc(h)}</a></div></onl-article-related>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: (
            f'<onl-banner {ng}="" class="banner"><div class="banner__label">Oglasno sporočilo</div><div id="div-gpt-ad-{hexid(c, 6)}"></div></onl-banner>'
        ),
    )
    summary = ""
    if c.rng.random() < 0.85:
        c.used.append("si-summary")
        summary = f'<div {ng}="" class="article__summary">{sentence(c, 2)}</div>'
    state = _ng_state(
        '{"article-'
        + str(c.rng.randint(4000000, 4400000))
        + '":{"title":"'
        + c.body.title.replace('"', "'")
        + '","body":"'
        + "".join(f"<p>{str(v)}</p>" for k, v in blocks if k == "p" and isinstance(v, str)).replace(
            '"', "'"
        )
        + '"}}'
    )
    c.used += "si-app-shell si-header si-section si-title si-author si-date si-image si-banner si-comments si-mostread si-footer si-transfer-state".split()
    html = (
        f'<body><onl-root ng-version="{pick(c, "12.2.16", "14.3.0", "16.2.12", "17.3.1")}"><onl-header {ng}=""><header class="header"><a class="header__logo" href="/"><img src="/assets/24ur-logo.svg" alt="24ur.com"></a><nav class="header__nav"><a href="/novice">Novice</a><a href="/sport">Šport</a><a href="/zabava">Zabava</a><a href="/magazin">Magazin</a><a href="/ekskluziv">Ekskluziv</a><a href="https://voyo.si">VOYO</a></nav><button class="header__search">Iskanje</button></header></onl-header>'
        f'<main {ng}="" class="main"><onl-article {ng}=""><article class="article"><div class="article__section"><a href="/novice/{slug(section)}">{section}</a></div><h1 {ng}="" class="article__title">{esc(c.body.title)}</h1>{summary}'
        f'<div class="article__info"><span class="article__author">Avtor: {esc(author)}</span> <span class="article__date">objavljeno: {d:02d}.{m:02d}.{y} {clock(c)}</span> <span class="article__source">Vir: {pick(c, "24ur.com", "STA", "Reuters", "24ur.com, STA")}</span></div>'
        f'<figure class="article__image"><img src="https://images.24ur.com/media/images/884x497/{pick(c, "Jan", "Mar", "Jun", "Oct")}{y}/{hexid(c, 10)}.jpg" alt=""><figcaption>Foto: {pick(c, "Shutterstock", "Bobo", "Reuters", "Profimedia")}</figcaption></figure>'
        f'<onl-article-body {ng}=""><div {ng}="" class="article__body">{"".join(parts)}</div></onl-article-body>'
        f'<onl-comments {ng}=""><div class="comments-teaser"><a href="#komentarji">Komentarji ({c.rng.randint(0, 600)})</a><p>Za sodelovanje v razpravi se morate prijaviti.</p></div></onl-comments></article></onl-article>'
        f'<aside class="sidebar"><h3>Najbolj brano</h3><ol>{most_read(c, 5, "/novice/", False)}</ol></aside></main>'
        f'<onl-footer {ng}=""><footer class="footer"><p>© {y} 24ur.com, Vse pravice pridržane. Pro Plus d.o.o.</p><a href="#">Pogoji uporabe</a> <a href="#">Piškotki</a> <a href="#">Kontakt</a> <a href="#">Oglaševanje</a></footer></onl-footer></onl-root>'
        f'<script id="serverApp-state" type="application/json">{state}</script></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 4. An Estonian daily (Postimees-like): one wrapper per block

_EE_FIRST = ["Kadri", "Mart", "Liis", "Andres", "Triin", "Rasmus", "Kristiina"]
_EE_LAST = ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane"]


def fam_ee_postimees(c: Ctx) -> FamilyOut:
    """An Estonian daily: one div per block, lead item, LOE KA, FOTO credit, tellijatele wall."""
    blocks, walled = paywall_cut(c, body_blocks(c, 0.35, 0.2, 0.25), 0.45, "pm-paywall")
    raw, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    parts = [
        f'<div class="article-body__item article-body__item--htmlElement">{p}</div>' for p in raw
    ]
    y, m, d = era_date(c, 2016, 2025)
    authors = [person(c, _EE_FIRST, _EE_LAST) for _ in range(c.rng.randint(1, 2))]
    if c.rng.random() < 0.7:
        c.used.append("pm-loe-ka")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<div class="article-body__item article-body__item--articleBlock"><div class="article-block"><span class="article-block__label">LOE KA</span><a href="https://{pick(c, "www", "majandus", "arvamus", "sport")}.postimees.ee/{c.rng.randint(7000000, 8200000)}/{slug(h)[:40]}">{esc(h)}</a></div></div>'
                ),
            ),
        )
    if c.rng.random() < 0.6:
        c.used.append("pm-image")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="article-body__item article-body__item--image"><figure><img src="https://f10.pmo.ee/{hexid(c, 20)}/1200x0/smart/nginx/o/{y}/{m:02d}/{d:02d}/{hexid(c, 8)}.jpg" alt=""><figcaption>{sentence(c)} <span class="credit">FOTO: {esc(person(c, _EE_FIRST, _EE_LAST))}</span></figcaption></figure></div>'
            ),
        )
    wall = ""
    if walled:
        wall = '<div class="paywall-component"><p class="paywall__title">Artikkel on ainult tellijatele</p><p>Postimehe digipaketiga saad lugeda kõiki artikleid piiranguteta.</p><a class="button" href="https://tellimine.postimees.ee/">Telli kohe</a> <a href="https://kasutaja.postimees.ee/">Logi sisse</a></div>'
    lead = f'<div class="article-body__item article-body__item--lead"><p>{sentence(c, 2)}</p></div>'
    c.used += "pm-header pm-section pm-title pm-lead pm-authors pm-date pm-comments pm-popular pm-footer".split()
    html = (
        f'<body class="article-page"><header class="header"><a class="header__logo" href="https://www.postimees.ee/"><img src="/img/postimees-logo.svg" alt="Postimees"></a><nav class="header__menu"><a href="https://www.postimees.ee/section/1">Eesti</a><a href="https://www.postimees.ee/section/2">Maailm</a><a href="https://majandus.postimees.ee/">Majandus</a><a href="https://arvamus.postimees.ee/">Arvamus</a><a href="https://sport.postimees.ee/">Sport</a><a href="https://kultuur.postimees.ee/">Kultuur</a></nav><a class="header__subscribe" href="https://tellimine.postimees.ee/">Telli</a> <a class="header__login" href="#">Logi sisse</a></header>'
        f'<main class="main"><article class="article" data-article-id="{c.rng.randint(7000000, 8200000)}"><div class="article-superheader"><a href="#">{pick(c, "EESTI", "MAAILM", "MAJANDUS", "ARVAMUS", "TEHNIKA")}</a></div><h1 class="article-superheader__headline">{esc(c.body.title)}</h1>'
        f'<div class="article__meta"><span class="article__authors">{", ".join(esc(a) for a in authors)}</span> <span class="article__editor">Toimetaja: {esc(person(c, _EE_FIRST, _EE_LAST))}</span> <time>{d}. {m}. {y} {clock(c)}</time></div>'
        f'<div class="article-body">{lead}{"".join(parts)}</div>{wall}'
        f'<div class="article__comments"><a class="comments-button" href="#kommentaarid">Kommentaarid ({c.rng.randint(0, 400)})</a></div></article>'
        f'<aside class="sidebar"><h2>Populaarsed</h2><ol>{most_read(c, 5, "https://www.postimees.ee/", False)}</ol><div class="ad" data-placement="postimees_ee_right"><span>Reklaam</span></div></aside></main>'
        f'<footer class="footer"><p>AS Postimees Grupp · Maakri 23a, 10145 Tallinn</p><a href="#">Kontakt</a> <a href="#">Reklaam</a> <a href="#">Küpsised</a> <a href="#">Privaatsuspoliitika</a><p>© {y} Postimees. Kõik õigused kaitstud.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 5. An Icelandic daily (mbl.is-like)

_IS_FIRST = ["Ágúst", "Guðrún", "Sigurður", "Helga", "Jón", "Þóra", "Ragnar"]
_IS_LAST = ["Jónsson", "Sigurðardóttir", "Guðmundsson", "Ólafsdóttir", "Einarsson"]


def fam_is_mbl(c: Ctx) -> FamilyOut:
    """An Icelandic daily: section|time line, mbl.is credit, reporter mail, Fleira áhugavert."""
    blocks = body_blocks(c, 0.25, 0.15, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2010, 2025)
    section = pick(c, "Innlent", "Erlent", "Viðskipti", "Fólkið", "Tækni")
    reporter = person(c, _IS_FIRST, _IS_LAST)
    mail = slug(reporter.split()[0]).replace("-", "")[:6] + reporter.split()[1][0].lower()
    img = f'<div class="frett-mynd"><img src="https://cdn.mbl.is/frimg/1/{c.rng.randint(30, 52)}/{c.rng.randint(10, 99)}/{c.rng.randint(1000000, 1999999)}.jpg" alt=""><div class="myndatexti">{sentence(c)} <span class="ljosmynd">mbl.is/{esc(person(c, _IS_FIRST, _IS_LAST))}</span></div></div>'
    more = "".join(
        f'<div class="fleira-item"><a href="/frettir/{slug(section)}/{y}/{m:02d}/{d:02d}/{slug(h)[:30]}/"><img src="https://cdn.mbl.is/frimg/t/{c.rng.randint(1000000, 1999999)}.jpg" alt=""><h4>{esc(h)}</h4></a></div>'
        for h in headlines(c, c.rng.randint(3, 4))
    )
    comments = ""
    if c.rng.random() < 0.5:
        c.used.append("mbl-fb-comments")
        comments = '<div class="ummaeli"><h3>Ummæli</h3><div class="fb-comments" data-href="" data-numposts="5"></div><p class="athugid">Athugið að ummæli eru á ábyrgð þeirra sem þau rita.</p></div>'
    byline = f'<div class="hofundur">{esc(reporter)} | <a href="mailto:{mail}@mbl.is">{mail}@mbl.is</a></div>'
    menu = '<a href="/frettir/innlent/">Innlent</a> <a href="/frettir/erlent/">Erlent</a> <a href="/vidskipti/">Viðskipti</a> <a href="/sport/">Íþróttir</a> <a href="/folk/">Fólkið</a> <a href="/matur/">Matur</a> <a href="/smartland/">Smartland</a> <a href="/ferdalog/">Ferðalög</a>'
    line = f'<div class="frett-timi">{section} | mbl | {d}.{m}.{y} | {clock(c)}</div>'
    share = '<div class="deila"><span>Deila</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Tölvupóstur</a></div>'
    story = f'<div class="frett-container">{line}<h1>{esc(c.body.title)}</h1>{img}{byline if c.rng.random() < 0.5 else ""}<div class="text">{"".join(parts)}</div>{share}</div>'
    side = f'<div class="mest-lesid"><h3>Mest lesið</h3><ol>{most_read(c, 5, f"/frettir/{slug(section)}/{y}/", False)}</ol></div><div class="augl"><span>Auglýsing</span></div>'
    c.used += "mbl-menu mbl-timeline mbl-title mbl-image mbl-reporter mbl-share mbl-more mbl-mostread mbl-footer".split()
    if y < 2016:
        c.used.append("mbl-table-layout")
        page = f'<table class="main-layout" width="980" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="hausmenu">{menu}</td></tr><tr><td class="mid" valign="top">{story}<div class="fleira"><h3>Fleira áhugavert</h3>{more}</div>{comments}</td><td class="right" width="300" valign="top">{side}</td></tr></table>'
    else:
        page = f'<header class="mbl-header"><a class="logo" href="/"><img src="/a/img/mbl-logo.svg" alt="mbl.is"></a><nav class="main-menu">{menu}</nav></header><div class="main-layout"><div class="main-col">{story}<div class="fleira"><h3>Fleira áhugavert</h3>{more}</div>{comments}</div><div class="side-col">{side}</div></div>'
    html = (
        f"<body>{page}"
        f'<footer class="mbl-footer"><p>Árvakur hf. · Hádegismóum 2 · 110 Reykjavík · Sími 569 1100</p><p><a href="#">Um mbl.is</a> · <a href="#">Auglýsingar</a> · <a href="#">Persónuverndarstefna</a> · <a href="#">Vafrakökur</a></p><p>© Árvakur hf. {y}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 6. A Danish broadsheet (Politiken-like)

_DK_MONTHS = "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.".split()
_DK_FIRST = ["Mette", "Søren", "Anne", "Rasmus", "Louise", "Mikkel", "Camilla"]
_DK_LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Kristensen"]


def fam_dk_politiken(c: Ctx) -> FamilyOut:
    """A Danish broadsheet: cookie banner, Plus badge, manchet, Læs også, annonce slots."""
    blocks = body_blocks(c, 0.4, 0.2, 0.3)
    parts, gold = body_html(
        c, blocks, lambda t: f'<h2 class="body__h2">{esc(t)}</h2>', '<p class="body__p">'
    )
    y, m, d = era_date(c, 2016, 2025)
    author = person(c, _DK_FIRST, _DK_LAST)
    if c.rng.random() < 0.75:
        c.used.append("pol-laes-ogsaa")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<div class="body__related"><span class="related__label">Læs også</span> <a href="/{pick(c, "danmark", "udland", "oekonomi", "kultur")}/art{c.rng.randint(7000000, 10000000)}/{slug(h)[:40]}">{esc(h)}</a></div>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: (
            f'<div class="ad ad--inline"><p class="ad__label">Artiklen fortsætter efter annoncen</p><div id="ad-{hexid(c, 6)}"></div></div>'
        ),
    )
    plus = ""
    if c.rng.random() < 0.5:
        c.used.append("pol-plus-badge")
        plus = '<span class="badge badge--plus">Politiken Plus</span>'
    cookie = ""
    if c.rng.random() < 0.7:
        c.used.append("pol-cookie")
        cookie = '<div id="cmp-banner" class="cookie-consent"><h2>Vi bruger cookies</h2><p>Vi og vores partnere bruger cookies til at huske dine valg, måle trafikken og vise dig relevante annoncer.</p><button>Tillad alle</button> <button>Kun nødvendige</button> <a href="#">Indstillinger</a></div>'
    c.used += "pol-header pol-section pol-title pol-manchet pol-byline pol-date pol-tools pol-photo pol-ad pol-mostread pol-footer".split()
    html = (
        f'<body class="article">{cookie}<header class="site-header"><a class="site-header__logo" href="/"><img src="/static/img/politiken-logo.svg" alt="Politiken"></a><nav class="site-header__nav"><a href="/danmark/">Danmark</a><a href="/udland/">Udland</a><a href="/debat/">Debat</a><a href="/kultur/">Kultur</a><a href="/sport/">Sport</a><a href="/rejser/">Rejser</a><a href="/mad/">Mad</a></nav><a class="login" href="#">Log ind</a> <a class="btn btn--subscribe" href="/abonnement/">Køb abonnement</a></header>'
        f'<main><article class="article-page"><header class="article__header">{plus}<a class="article__section" href="#">{pick(c, "Danmark", "Udland", "Økonomi", "Kultur", "Klima")}</a><h1 class="article__title">{esc(c.body.title)}</h1><p class="summary__p">{sentence(c, 2)}</p>'
        f'<figure class="article__top-media"><img src="/img/{hexid(c, 12)}.jpg" alt=""><figcaption>{sentence(c)} Foto: {pick(c, "Ritzau Scanpix", esc(person(c, _DK_FIRST, _DK_LAST)), "Reuters")}</figcaption></figure>'
        f'<div class="article__byline"><span class="byline__role">Journalist</span> <a class="byline__name" href="/journalister/{slug(author)}">{esc(author)}</a> <time class="article__date">{d}. {_DK_MONTHS[m - 1]} {y} kl. {clock(c).replace(":", ".")}</time></div>'
        f'<div class="article__tools"><button>Lyt til artiklen</button> <button>Del artikel</button> <button>Gem</button></div></header>'
        f'<div class="article__body">{"".join(parts)}</div></article>'
        f'<section class="most-read"><h2>Mest læste</h2><ol>{most_read(c, 5, "/danmark/art")}</ol></section></main>'
        f'<footer class="site-footer"><p>Politiken · Rådhuspladsen 37 · 1785 København V</p><p>Ansvarshavende chefredaktør: {esc(person(c, _DK_FIRST, _DK_LAST))}</p><a href="#">Kundeservice</a> <a href="#">Privatlivspolitik</a> <a href="#">Cookiepolitik</a><p>© JP/Politikens Hus A/S</p></footer></body></html>'
    )
    return html, gold

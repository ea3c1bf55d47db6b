"""Set AM of the constructed pages: local and regional news outlets outside the English-speaking
world (city and county papers, regional dailies), each on its media group's own CMS, 2012-2026,
with its furniture in its own language. Six families are here (a French regional daily with
local editions, Ouest-France-like; a Spanish regional daily of a Vocento-like group; an Italian
city news site of a Citynews-like network; a Polish regional daily of a Polska-Press-like group;
a Czech regional daily, Deník-like; a Swedish local paper of an NTM-like group);
page_families_am.py holds the other six and `build_pages`.

Why a thirty-ninth set: it is session 20's blind judge, so it needs page structures the
extractor has not been checked on (no family of sets A-AK is repeated: no Ouest-France,
Vocento, Citynews, Polska Press, Deník or NTM page; the German regional, Norwegian Escenic,
g1, Jagran and Turkish national families of earlier sets are other kinds). Written in session
20 (helper h-setam) without reading digest's extraction code, notes, docs, README, tests, any
bench_*.py or the sets AL and AN written at the same time; its builder never ran digest,
trafilatura, readability or bench_pages on it. The plumbing (Ctx, Page, draw_set, body_kinds,
render) is that of sets D-AK, imported. The papers are made up; their markup follows the real
kinds of site. The sites carry English bodies (the body pools are English) in their own
language's furniture.

The gold follows sets D-AK (page_templates_d.py's to _ak.py's docstrings): body paragraphs,
subheadings, lists, tables, quotes and code blocks; never the headline, standfirst (chapô,
entradilla, sommario, lead, perex, ingress), byline, captions, pull quotes, comments or
furniture. Decided before the families were coded, as the earlier sets decided their like:
- a paywall teaser that cuts the article ends the article: the paragraphs above it are the
  article's text (set paywall's and set AH's rule), the teaser is furniture;
- inline "read also" boxes and lines ("À lire aussi", "Noticia relacionada", "Leggi anche",
  "Zobacz też", "Čtěte také", "Läs också"), ad labels ("Publicité", "Publicidad", "Reklama",
  "Annons") and source or credit lines are furniture wherever they sit;
- a standfirst set inside the body's wrapper is still a standfirst;
- text that only a script carries (JSON-LD, a CMP's config) is not page text and so not gold.
Decisions for this module's families:
- a French regional daily (Ouest-France-like, 2014-2025, local editions): the paragraphs,
  `h2` intertitles, lists and quotes of `div.article-body` are article; the header (Actualité,
  Sport, the local edition and "Changer d'édition", "Je m'abonne"), the breadcrumb (region,
  town), the headline, the chapô (`p.article-chapo`), "Ouest-Regions", the author line
  ("NAME, correspondant" or "Ouest-Régions"), "Publié le ... Modifié le ...", "Lecture : N
  min", the photo with its "Photo : NAME" credit, the "À lire aussi" links, "Publicité"
  slots, the premium teaser ("Cet article est réservé aux abonnés"; the body ends there),
  "Cet article vous a été utile ?", the "Dans la même commune" list and the footer are not;
- a Spanish regional daily of a Vocento-like group (2015-2025): the paragraphs (`p.voc-p`),
  subheadings, lists and quotes of `div.voc-d-c` are article; the header (Local, Comarcas,
  Deportes, Economía, "Suscríbete"), the antetítulo, the headline, the entradilla (`h2.voc-
  subtitle`), the author ("NAME", city) and date ("Lunes, 12 de mayo 2024, 08:15"), the
  "Comenta" and share buttons, the photo with its caption and credit, "Noticia relacionada"
  boxes, "Publicidad" slots, the ON+ teaser ("Esta noticia es exclusiva para suscriptores";
  the body ends there), "Temas", "Lo más leído" and the footer are not;
- an Italian city news site of a Citynews-like network (MilanoToday-like, 2013-2025): the
  paragraphs, subheadings, lists and quotes of `div.c-entry` are article; the header (city
  name, Cronaca, Politica, Economia, Eventi, "Segnala"), the category, the headline, the
  sommario (`p.l-entry__summary`), the author and date ("12 maggio 2024 10:05"), the photo
  with "Foto di repertorio" caption, "Leggi anche" and "Approfondimenti" boxes, "Pubblicità",
  the "Sostieni" box, "Potrebbe interessarti", "I più letti" and the footer are not;
- a Polish regional daily of a Polska-Press-like group (2014-2025): the paragraphs,
  subheadings, lists and quotes of `div.md-article-body` (each block in a `componentsBlock`
  wrapper) are article; the header (Wiadomości, Sport, Region, Kultura, "Subskrybuj"), the
  headline, the lead (`p.md-lead`), the author ("NAME"), the dates ("Aktualizacja: ..."),
  the photo with "fot. NAME" credit, "Zobacz też" and "Polecamy" boxes, "Treść dalej pod
  reklamą", the video ("Flesz"), "Dołącz do nas na Facebooku!", "Masz ciekawy temat? Napisz do
  nas!", tags ("Tagi"), "Komentarze" and the footer are not;
- a Czech regional daily (Deník-like, 2013-2025, a regional edition): the paragraphs,
  subheadings, lists and quotes of `div.article-body` are article; the header (region
  switch "Vyberte region", Zprávy, Sport, Kultura, "Předplatné"), the headline, the perex
  (`p.perex`), "Autor: NAME", the date ("12. 5. 2024 14:05"), the photo with "Foto: Deník/
  NAME", "Čtěte také:" lines, "Reklama" slots, the "Sdílet" bar, "Diskuze (N)", "Nejčtenější"
  and the footer (VLTAVA LABE MEDIA-like) are not;
- a Swedish local paper of an NTM-like group (2015-2025): the paragraphs, subheadings, lists
  and quotes of `div.article__body` are article; the header (Nyheter, Sport, Kultur, "Logga
  in", "Prenumerera"), the "Plus" badge, the headline, the ingress (`p.article__lead`), the
  reporter ("NAME", "Reporter", e-mail), "Publicerad" and "Uppdaterad" stamps, the photo
  with "Foto: NAME" credit, "Läs mer:" and "Läs också" lines, "Annons" slots, the paywall
  ("Den här artikeln är låst för dig som inte är prenumerant"; the body ends there), "Dela",
  "Mest läst" and the footer ("Ansvarig utgivare") are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from page_templates import Block, Ctx, esc, slug
from page_templates_ab import body_blocks, person
from page_templates_ah import clock, most_read, paywall_cut, with_head
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

FamilyOut = tuple[str, list[Block]]


def photo_credit(c: Ctx, cls: str, src: str, credit: str) -> str:
    """A figure with a caption sentence and a credit line (both captions, not article)."""
    return f'<figure class="{cls}"><img src="{src}" alt="" loading="lazy"><figcaption>{sentence(c)} <span class="credit">{credit}</span></figcaption></figure>'


# ---------------------------------------------------------------------------------------------
# 1. A French regional daily with local editions (Ouest-France-like)

_FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
_FR_FIRST = ["Yann", "Gwenaëlle", "Loïc", "Maëlle", "Erwan", "Sophie", "Thierry", "Nolwenn"]
_FR_LAST = ["Le Goff", "Guillou", "Morvan", "Le Roux", "Tanguy", "Jaouen", "Riou", "Hamon"]
_FR_TOWNS = [
    ("Bretagne", "Quimper"),
    ("Bretagne", "Lorient"),
    ("Pays de la Loire", "Laval"),
    ("Normandie", "Saint-Lô"),
    ("Pays de la Loire", "Cholet"),
]


def fam_fr_regional(c: Ctx) -> FamilyOut:
    """A French regional daily: edition switch, chapô, À lire aussi, premium teaser."""
    blocks, walled = paywall_cut(c, body_blocks(c, 0.35, 0.15, 0.25), 0.3, "fr-premium")
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="article-intertitle">{esc(t)}</h2>')
    y, m, d = era_date(c, 2014, 2025)
    region, town = c.rng.choice(_FR_TOWNS)
    author = person(c, _FR_FIRST, _FR_LAST)
    who = pick(c, f"{author}, correspondant", author, "Ouest-Régions")
    if c.rng.random() < 0.75:
        c.used.append("fr-lire-aussi")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<aside class="su-related"><span class="su-related__title">À lire aussi</span> <a href="/{slug(region)}/{slug(town)}/{slug(h)[:50]}-{hexid(c, 8)}">{esc(h)}</a></aside>'
                ),
            ),
        )
    if c.rng.random() < 0.6:
        c.used.append("fr-pub")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                '<div class="pub-inread"><span class="pub-label">Publicité</span><div id="dfp-inread"></div></div>'
            ),
        )
    photo = ""
    if c.rng.random() < 0.7:
        c.used.append("fr-photo")
        photo = photo_credit(
            c,
            "article-media",
            f"/images/{y}/{m:02d}/{hexid(c, 12)}.jpg",
            f"Photo : {esc(person(c, _FR_FIRST, _FR_LAST))}",
        )
    teaser = (
        '<div class="premium-teaser"><p class="premium-title">Cet article est réservé aux abonnés.</p><p>Profitez de notre offre : 1 € le premier mois, sans engagement.</p><a class="btn" href="/abonnement/">Je m\'abonne</a> <a href="/connexion/">Déjà abonné ? Je me connecte</a></div>'
        if walled
        else ""
    )
    useful = (
        '<div class="article-feedback"><p>Cet article vous a été utile ?</p><button>Oui</button> <button>Non</button><p>Sachez que vous pouvez modifier à tout moment votre choix de recevoir la newsletter.</p></div>'
        if c.rng.random() < 0.5
        else ""
    )
    same_town = "".join(
        f'<li><a href="/{slug(region)}/{slug(town)}/{slug(h)[:50]}-{hexid(c, 8)}">{esc(h)}</a></li>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    published = f"Publié le {d:02d}/{m:02d}/{y} à {clock(c).replace(':', 'h')}"
    modified = (
        f" Modifié le {d:02d}/{m:02d}/{y} à {clock(c).replace(':', 'h')}"
        if c.rng.random() < 0.5
        else ""
    )
    c.used += "fr-header fr-edition fr-crumbs fr-headline fr-chapo fr-author fr-dates fr-readtime fr-same-town fr-footer".split()
    html = (
        f'<body class="page-article"><header class="su-header"><a class="su-logo" href="/"><img src="/assets/logo-ouest-regions.svg" alt="Ouest-Régions"></a><nav class="su-nav"><a href="/actualite/">Actualité</a> <a href="/sport/">Sport</a> <a href="/{slug(region)}/">{region}</a> <a href="/{slug(region)}/{slug(town)}/">{town}</a> <a href="/economie/">Économie</a> <a href="/loisirs/">Loisirs</a></nav><div class="su-edition">Mon édition : <strong>{town}</strong> <a href="/editions/">Changer d\'édition</a></div><a class="su-subscribe" href="/abonnement/">Je m\'abonne</a></header>'
        f'<main><nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/{slug(region)}/">{region}</a> › <a href="/{slug(region)}/{slug(town)}/">{town}</a></nav>'
        f'<article class="article" data-premium="{str(walled).lower()}"><h1 class="article-title">{esc(c.body.title)}</h1><p class="article-chapo">{sentence(c)}</p>'
        f'<div class="article-meta"><span class="author">{esc(who)}</span> <time datetime="{y}-{m:02d}-{d:02d}">{published}{modified}</time> <span class="readtime">Lecture : {c.rng.randint(2, 6)} min</span></div>'
        f'<div class="share"><a href="#">Partager</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Copier le lien</a></div>{photo}'
        f'<div class="article-body">{"".join(parts)}</div>{teaser}{useful}</article>'
        f'<section class="same-town"><h2>Dans la même commune</h2><ul>{same_town}</ul></section></main>'
        f'<footer class="su-footer"><p><a href="/mentions-legales/">Mentions légales</a> · <a href="/cgu/">CGU</a> · <a href="/cookies/">Gestion des cookies</a> · <a href="/contact/">Contact</a></p><p>© Ouest-Régions {y}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 2. A Spanish regional daily of a Vocento-like group

_ES_DAYS = "Lunes Martes Miércoles Jueves Viernes Sábado Domingo".split()
_ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
_ES_FIRST = ["Iñaki", "Marta", "Javier", "Ainhoa", "Pedro", "Lucía", "Álvaro", "Nerea"]
_ES_LAST = ["Urkiola", "García", "Etxeberria", "Martínez", "Ruiz", "Ortiz", "Arrieta"]
_ES_PAPERS = [
    ("El Diario del Cantábrico", "Santander"),
    ("La Voz del Sur", "Málaga"),
    ("Heraldo Vizcaíno", "Bilbao"),
]


def fam_es_vocento(c: Ctx) -> FamilyOut:
    """A Vocento-like regional daily: voc- classes, entradilla, Noticia relacionada, ON+ wall."""
    blocks, walled = paywall_cut(c, body_blocks(c, 0.3, 0.15, 0.25), 0.35, "voc-onplus")
    parts, gold = body_html(
        c, blocks, lambda t: f'<h2 class="voc-d-c-h2">{esc(t)}</h2>', '<p class="voc-p">'
    )
    y, m, d = era_date(c, 2015, 2025)
    paper, city = c.rng.choice(_ES_PAPERS)
    author = person(c, _ES_FIRST, _ES_LAST)
    if c.rng.random() < 0.7:
        c.used.append("voc-related")
        parts = weave(
            c,
            parts,
            1,
            with_head(
                c,
                lambda h: (
                    f'<div class="voc-related"><p class="voc-related__title">Noticia relacionada</p><a href="/{slug(city)}/{slug(h)[:50]}-{y}{m:02d}{d:02d}{c.rng.randint(100000, 999999)}-nt.html">{esc(h)}</a></div>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: f'<div class="voc-ad" id="div-gpt-ad-{hexid(c, 6)}"><span>Publicidad</span></div>',
    )
    photo = ""
    if c.rng.random() < 0.75:
        c.used.append("voc-photo")
        photo = photo_credit(
            c,
            "voc-figure",
            f"/xlsemanal/{y}/{m:02d}/{hexid(c, 10)}-1200x840.jpg",
            esc(person(c, _ES_FIRST, _ES_LAST)),
        )
    teaser = (
        f'<div class="voc-paywall"><p class="voc-paywall__title">Esta noticia es exclusiva para suscriptores</p><p>Suscríbete a {esc(paper)} ON+ por 1€ el primer mes.</p><a href="/suscripcion/">Suscríbete</a> <a href="/login/">¿Ya eres suscriptor? Inicia sesión</a></div>'
        if walled
        else ""
    )
    topics = " ".join(
        f'<a href="/temas/{slug(t)}.html">{t}</a>'
        for t in c.rng.sample(
            [
                "Ayuntamiento",
                "Tráfico",
                "Sanidad",
                "Vivienda",
                "Turismo",
                "Gobierno Vasco",
                "Junta de Andalucía",
            ],
            k=3,
        )
    )
    stamp = f"{_ES_DAYS[c.rng.randint(0, 6)]}, {d} de {_ES_MONTHS[m - 1]} {y}, {clock(c)}"
    c.used += "voc-header voc-kicker voc-headline voc-subtitle voc-author voc-date voc-share voc-topics voc-mostread voc-footer".split()
    html = (
        f'<body class="voc-body voc-detail"><header class="voc-header"><a class="voc-logo" href="/">{esc(paper)}</a><nav class="voc-nav"><a href="/{slug(city)}/">{city}</a> <a href="/comarcas/">Comarcas</a> <a href="/deportes/">Deportes</a> <a href="/economia/">Economía</a> <a href="/opinion/">Opinión</a> <a href="/culturas/">Culturas</a></nav><a class="voc-subscribe" href="/suscripcion/">Suscríbete</a> <a href="/registro/">Inicia sesión</a></header>'
        f'<main class="voc-main"><article class="voc-article"><p class="voc-kicker">{pick(c, city, "Sucesos", "Política local", "Tráfico", "Sanidad")}</p><h1 class="voc-title">{esc(c.body.title)}</h1><h2 class="voc-subtitle">{sentence(c)}</h2>'
        f'<div class="voc-author"><span class="voc-author__name">{esc(author)}</span> <span class="voc-author__city">{city}</span> <time class="voc-author__time">{stamp}</time></div>'
        f'<div class="voc-share"><a href="#comments">Comenta</a> <a href="#">Compartir</a> <a href="#">Guardar</a></div>{photo}'
        f'<div class="voc-d-c">{"".join(parts)}</div>{teaser}<div class="voc-topics"><span>Temas</span> {topics}</div></article>'
        f'<aside class="voc-aside"><section class="voc-mostread"><h3>Lo más leído</h3><ol>{most_read(c, 5, f"/{slug(city)}/")}</ol></section></aside></main>'
        f'<footer class="voc-footer"><p>{esc(paper)} · <a href="/aviso-legal/">Aviso legal</a> · <a href="/privacidad/">Política de privacidad</a> · <a href="/cookies/">Política de cookies</a></p><p>© Corporación de Medios del Norte S.L. {y}. Todos los derechos reservados.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. An Italian city news site of a Citynews-like network

_IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
_IT_FIRST = ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Davide", "Simona"]
_IT_LAST = ["Rossi", "Bianchi", "Colombo", "Ferrari", "Esposito", "Galli", "Fontana"]
_IT_CITIES = ["Bergamo", "Padova", "Brescia", "Monza", "Parma", "Verona"]


def fam_it_citynews(c: Ctx) -> FamilyOut:
    """An Italian city news site: sommario, Leggi anche, Approfondimenti, Sostieni box."""
    blocks = body_blocks(c, 0.3, 0.15, 0.2)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2013, 2025)
    city = c.rng.choice(_IT_CITIES)
    brand = f"{city}Oggi"
    cat = pick(c, "Cronaca", "Politica", "Economia", "Attualità", "Cronaca / Incidenti stradali")
    if c.rng.random() < 0.7:
        c.used.append("cn-leggi-anche")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<p class="leggi-anche"><strong>Leggi anche</strong> <a href="/cronaca/{slug(h)[:50]}.html">{esc(h)}</a></p>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        1,
        lambda: '<div class="o-ad o-ad--inread"><span class="o-ad__label">Pubblicità</span></div>',
    )
    approf = ""
    if c.rng.random() < 0.6:
        c.used.append("cn-approfondimenti")
        approf = f'<section class="c-related"><h3>Approfondimenti</h3><ul>{"".join(f"<li><a href=/attualita/{slug(h)[:40]}.html>{esc(h)}</a></li>" for h in headlines(c, 3))}</ul></section>'
    photo = ""
    if c.rng.random() < 0.7:
        c.used.append("cn-photo")
        photo = photo_credit(
            c,
            "c-entry__image",
            f"https://citynews-{slug(brand)}.stgy.ovh/~media/horizontal-hi/{c.rng.randint(10**13, 10**14)}/{slug(c.body.title)[:30]}.jpg",
            pick(c, "Foto di repertorio", "Foto d'archivio", f"Foto {brand}"),
        )
    author = person(c, _IT_FIRST, _IT_LAST)
    sostieni = f'<div class="c-support"><h4>Sostieni {brand}</h4><p>Caro lettore, dal {c.rng.randint(2010, 2014)} {brand} ti offre gratuitamente un\'informazione libera e indipendente. Sostienici con un contributo.</p><a href="/sostieni/">Sostienici</a></div>'
    interest = "".join(
        f'<li><a href="/{slug(h)[:40]}.html">{esc(h)}</a></li>' for h in headlines(c, 4)
    )
    c.used += "cn-header cn-category cn-headline cn-summary cn-author cn-support cn-interest cn-mostread cn-footer".split()
    html = (
        f'<body class="l-page--article"><header class="l-header"><a class="l-header__logo" href="/">{brand}</a><nav class="l-header__nav"><a href="/cronaca/">Cronaca</a> <a href="/politica/">Politica</a> <a href="/economia/">Economia</a> <a href="/eventi/">Eventi</a> <a href="/zone/">Zone</a> <a href="/segnalazioni/">Segnala</a></nav></header>'
        f'<main class="l-main"><article class="l-entry"><p class="l-entry__category"><a href="/{slug(cat)}/">{cat}</a></p><h1 class="l-entry__title">{esc(c.body.title)}</h1><p class="l-entry__summary">{sentence(c)}</p>'
        f'<div class="l-entry__meta"><span class="u-author">{esc(author)}</span> <time>{d} {_IT_MONTHS[m - 1]} {y} {clock(c)}</time> <a href="#">Condividi</a></div>{photo}'
        f'<div class="c-entry">{"".join(parts)}</div>{approf}{sostieni if c.rng.random() < 0.7 else ""}</article>'
        f'<section class="c-interest"><h3>Potrebbe interessarti</h3><ul>{interest}</ul></section>'
        f'<aside class="l-sidebar"><div class="c-mostread"><h3>I più letti</h3><ol>{most_read(c, 5, "/cronaca/")}</ol></div></aside></main>'
        f'<footer class="l-footer"><p>{brand} supplemento al quotidiano telematico Citylife, reg. Tribunale n. {c.rng.randint(100, 999)}/{c.rng.randint(2008, 2012)}</p><p><a href="/info/privacy">Privacy</a> · <a href="/info/cookie">Cookie</a> · <a href="/info/contatti">Contatti</a> · P.IVA 0{c.rng.randint(1000000000, 9999999999)}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 4. A Polish regional daily of a Polska-Press-like group

_PL_FIRST = ["Anna", "Piotr", "Katarzyna", "Tomasz", "Agnieszka", "Marcin", "Joanna"]
_PL_LAST = ["Nowak", "Kowalczyk", "Wiśniewska", "Zieliński", "Lewandowska", "Wójcik"]
_PL_PAPERS = [
    ("Dziennik Pomorski", "gdansk"),
    ("Gazeta Podkarpacka", "rzeszow"),
    ("Kurier Śląski", "katowice"),
]


def fam_pl_regional(c: Ctx) -> FamilyOut:
    """A Polska-Press-like daily: componentsBlock wrappers, Zobacz też, Flesz, Napisz do nas."""
    blocks = body_blocks(c, 0.35, 0.2, 0.2)
    raw, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    parts = [f'<div class="componentsBlock componentsBlock--text">{p}</div>' for p in raw]
    y, m, d = era_date(c, 2014, 2025)
    paper, city = c.rng.choice(_PL_PAPERS)
    if c.rng.random() < 0.75:
        c.used.append("pl-zobacz")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<div class="componentsBlock componentsRelated"><strong>{pick(c, "Zobacz też:", "Polecamy:", "Czytaj także:")}</strong> <a href="/{slug(h)[:50]}/ar/c1-{c.rng.randint(10000000, 19999999)}">{esc(h)}</a></div>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: (
            '<div class="componentsBlock adContainer"><p class="adLabel">Treść dalej pod reklamą</p></div>'
        ),
    )
    if c.rng.random() < 0.5:
        c.used.append("pl-flesz")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="componentsBlock componentsVideo"><p class="videoTitle">Flesz: {esc(headlines(c, 1)[0])}</p><div class="video-player" data-id="{hexid(c, 10)}"></div></div>'
            ),
        )
    photo = ""
    if c.rng.random() < 0.7:
        c.used.append("pl-photo")
        photo = photo_credit(
            c,
            "md-photo",
            f"https://d-art.ppstatic.pl/kadry/k/r/1/{hexid(c, 2)}/{hexid(c, 2)}/{hexid(c, 13)}_o_full.jpg",
            f"fot. {esc(person(c, _PL_FIRST, _PL_LAST))}",
        )
    author = person(c, _PL_FIRST, _PL_LAST)
    tags = " ".join(
        f'<a href="/tagi/{slug(t)}">{t}</a>'
        for t in c.rng.sample(
            ["wypadek", "urząd miasta", "radni", "komunikacja", "szpital", "remont", "pogoda"], k=3
        )
    )
    fb = f'<div class="md-fb"><p>Dołącz do nas na Facebooku!</p><a href="https://www.facebook.com/{slug(paper)}">Polub</a></div>'
    tip = f'<div class="md-tip"><p>Masz ciekawy temat? Napisz do nas! Czekamy na Wasze sygnały: <a href="mailto:redakcja@{city}.example.pl">redakcja@{city}.example.pl</a></p></div>'
    c.used += "pl-header pl-headline pl-lead pl-author pl-dates pl-fb pl-tip pl-tags pl-comments pl-footer".split()
    html = (
        f'<body class="md-article"><header class="md-header"><a class="md-logo" href="/">{esc(paper)}</a><nav><a href="/wiadomosci/">Wiadomości</a> <a href="/sport/">Sport</a> <a href="/region/">Region</a> <a href="/kultura/">Kultura</a> <a href="/motofakty/">Motofakty</a></nav><a class="md-sub" href="/subskrypcja/">Subskrybuj</a></header>'
        f'<main><article class="md-main"><h1 class="md-title">{esc(c.body.title)}</h1><div class="md-meta"><span class="md-author">{esc(author)}</span> <time>{d:02d}.{m:02d}.{y}, {clock(c)}</time> <span class="md-updated">Aktualizacja: {d:02d}.{m:02d}.{y}, {clock(c)}</span></div>'
        f'<p class="md-lead">{sentence(c)}</p>{photo}<div class="md-article-body">{"".join(parts)}</div>{fb if c.rng.random() < 0.6 else ""}{tip if c.rng.random() < 0.6 else ""}'
        f'<div class="md-tags"><span>Tagi:</span> {tags}</div><section class="md-comments"><h3>Komentarze ({c.rng.randint(0, 60)})</h3><p>Dodając komentarz akceptujesz regulamin forum.</p></section></article>'
        f'<aside><div class="md-popular"><h3>Najczęściej czytane</h3><ol>{most_read(c, 5, "/")}</ol></div></aside></main>'
        f'<footer class="md-footer"><p>Copyright © {y} Media Regionalne Sp. z o.o. Wszelkie prawa zastrzeżone.</p><p><a href="/regulamin/">Regulamin</a> · <a href="/polityka-prywatnosci/">Polityka prywatności</a> · <a href="/kontakt/">Kontakt</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 5. A Czech regional daily (Deník-like)

_CZ_FIRST = ["Jana", "Petr", "Lucie", "Martin", "Tereza", "Jiří", "Kateřina"]
_CZ_LAST = ["Nováková", "Dvořák", "Procházková", "Černý", "Veselá", "Kratochvíl"]
_CZ_REGIONS = [
    ("Táborský deník", "tabor"),
    ("Jihlavský deník", "jihlava"),
    ("Kladenský deník", "kladno"),
    ("Zlínský deník", "zlin"),
]


def fam_cz_denik(c: Ctx) -> FamilyOut:
    """A Deník-like regional edition: region switch, perex, Čtěte také, Reklama, Diskuze."""
    blocks = body_blocks(c, 0.35, 0.15, 0.2)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2013, 2025)
    paper, town = c.rng.choice(_CZ_REGIONS)
    if c.rng.random() < 0.75:
        c.used.append("cz-ctete")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<p class="article-related"><strong>Čtěte také:</strong> <a href="https://{town}.example.cz/zpravy/{slug(h)[:50]}-{y}{m:02d}{d:02d}.html">{esc(h)}</a></p>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: '<div class="ads-inarticle"><span class="ads-label">Reklama</span></div>',
    )
    photo = ""
    if c.rng.random() < 0.7:
        c.used.append("cz-photo")
        photo = photo_credit(
            c,
            "article-photo",
            f"https://g.denik-static.example/foto/{hexid(c, 8)}/{slug(c.body.title)[:30]}.jpg",
            f"Foto: Deník/{esc(person(c, _CZ_FIRST, _CZ_LAST))}",
        )
    author = person(c, _CZ_FIRST, _CZ_LAST)
    regions = "".join(f'<li><a href="https://{t}.example.cz/">{p}</a></li>' for p, t in _CZ_REGIONS)
    c.used += "cz-header cz-regions cz-headline cz-perex cz-author cz-date cz-share cz-discussion cz-mostread cz-footer".split()
    html = (
        f'<body class="detail"><header class="header"><a class="logo" href="/">{paper}</a><div class="region-switch"><span>Vyberte region</span><ul>{regions}</ul></div><nav><a href="/zpravy/">Zprávy</a> <a href="/sport/">Sport</a> <a href="/kultura/">Kultura</a> <a href="/ekonomika/">Ekonomika</a> <a href="/volny-cas/">Volný čas</a></nav><a class="premium" href="/predplatne/">Předplatné</a></header>'
        f'<main><article class="article"><h1>{esc(c.body.title)}</h1><p class="perex">{sentence(c)}</p><div class="article-info"><span class="author">Autor: {esc(author)}</span> <time>{d}. {m}. {y} {clock(c)}</time></div>'
        f'<div class="share-bar"><a href="#">Sdílet</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-mail</a></div>{photo}'
        f'<div class="article-body">{"".join(parts)}</div><a class="discussion-link" href="diskuse">Diskuze ({c.rng.randint(0, 120)})</a></article>'
        f'<aside><div class="most-read"><h3>Nejčtenější</h3><ol>{most_read(c, 5, f"https://{town}.example.cz/zpravy/")}</ol></div></aside></main>'
        f'<footer class="footer"><p>© {y} Krajské noviny a.s. Všechna práva vyhrazena. ISSN 1802-{c.rng.randint(1000, 9999)}</p><p><a href="/kontakty/">Kontakty</a> · <a href="/inzerce/">Inzerce</a> · <a href="/ochrana-osobnich-udaju/">Ochrana osobních údajů</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 6. A Swedish local paper of an NTM-like group

_SV_FIRST = ["Erik", "Anna", "Johan", "Maria", "Lars", "Karin", "Oskar", "Sara"]
_SV_LAST = ["Lindqvist", "Johansson", "Berg", "Sandström", "Nyberg", "Holm", "Åkesson"]
_SV_PAPERS = [
    ("Östgöten", "Linköping"),
    ("Norrbottens-Kuriren", "Luleå"),
    ("Gotlands Allehanda", "Visby"),
]


def fam_se_local(c: Ctx) -> FamilyOut:
    """An NTM-like local paper: Plus badge, ingress, Läs mer lines, Annons, paywall."""
    blocks, walled = paywall_cut(c, body_blocks(c, 0.3, 0.15, 0.2), 0.4, "se-paywall")
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="article__subheading">{esc(t)}</h2>')
    y, m, d = era_date(c, 2015, 2025)
    paper, town = c.rng.choice(_SV_PAPERS)
    reporter = person(c, _SV_FIRST, _SV_LAST)
    if c.rng.random() < 0.7:
        c.used.append("se-las-mer")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<p class="article__readmore"><strong>{pick(c, "Läs mer:", "Läs också:")}</strong> <a href="/nyheter/{slug(h)[:50]}/{hexid(c, 6)}">{esc(h)}</a></p>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        1,
        lambda: '<div class="ad ad--panorama"><span class="ad__label">Annons</span></div>',
    )
    photo = ""
    if c.rng.random() < 0.75:
        c.used.append("se-photo")
        photo = photo_credit(
            c,
            "article__image",
            f"/images/{hexid(c, 8)}.jpg?w=1200",
            f"Foto: {esc(person(c, _SV_FIRST, _SV_LAST))}",
        )
    wall = (
        f'<div class="paywall"><h3>Den här artikeln är låst för dig som inte är prenumerant</h3><p>Prenumerera på {esc(paper)} – första månaden för 1 kr.</p><a href="/prenumerera/">Bli prenumerant</a> <a href="/logga-in/">Logga in</a></div>'
        if walled
        else ""
    )
    plus = '<span class="badge badge--plus">Plus</span>' if walled or c.rng.random() < 0.3 else ""
    updated = (
        f'<span class="article__updated">Uppdaterad {y}-{m:02d}-{d:02d} {clock(c)}</span>'
        if c.rng.random() < 0.5
        else ""
    )
    c.used += (
        "se-header se-headline se-lead se-reporter se-stamps se-share se-mostread se-footer".split()
    )
    html = (
        f'<body class="article-page"><header class="site-header"><a class="site-header__logo" href="/">{esc(paper)}</a><nav><a href="/nyheter/">Nyheter</a> <a href="/sport/">Sport</a> <a href="/kultur/">Kultur</a> <a href="/familj/">Familj</a> <a href="/e-tidning/">E-tidning</a></nav><a href="/logga-in/">Logga in</a> <a class="btn" href="/prenumerera/">Prenumerera</a></header>'
        f'<main><article class="article">{plus}<h1 class="article__headline">{esc(c.body.title)}</h1><p class="article__lead">{sentence(c)}</p>{photo}'
        f'<div class="article__byline"><span class="byline__name">{esc(reporter)}</span> <span class="byline__role">Reporter</span> <a href="mailto:{slug(reporter).replace("-", ".")}@example.se">{slug(reporter).replace("-", ".")}@example.se</a></div>'
        f'<div class="article__dates"><span>Publicerad {y}-{m:02d}-{d:02d} {clock(c)}</span> {updated}</div>'
        f'<div class="article__body">{"".join(parts)}</div>{wall}<div class="article__share"><a href="#">Dela</a> <a href="#">Facebook</a> <a href="#">Kopiera länk</a></div></article>'
        f'<aside><section class="most-read"><h3>Mest läst i {town}</h3><ol>{most_read(c, 5, "/nyheter/")}</ol></section></aside></main>'
        f'<footer class="site-footer"><p>Ansvarig utgivare: {esc(person(c, _SV_FIRST, _SV_LAST))}</p><p>© {y} {esc(paper)} · <a href="/kontakt/">Kontakta oss</a> · <a href="/cookies/">Cookies</a> · <a href="/personuppgifter/">Personuppgifter</a></p></footer></body></html>'
    )
    return html, gold

"""Set AB of the constructed pages: 12 families of institutional and specialist publishers, in
several languages, and `build_pages`.

Six families are in page_templates_ab.py (a German federal agency on the Government Site
Builder, a European Commission Press Corner release, a French Canada.ca news release, an
Australian minister's GovCMS media release, an Indian PIB release, a Danish court's news item);
here an Irish university faculty's news on TerminalFour, a Dutch company newsroom on Prezly, a
Finnish company release on a Cision newsroom, an Italian sports federation's news, a Spanish
trade union's news on WordPress with a union theme, and a standards body's news (W3C-like).
The non-English sites carry English bodies (the body pools are English) in their own
language's furniture. Written blind to digest's extraction rules and frozen before anyone ran
digest on it; its builder never ran digest, trafilatura, readability or bench_pages on it
(session 16, helper h-setab). The gold convention is in page_templates_ab.py's docstring; the
decisions for this module's families, written down before they were coded:
- an Irish university faculty's news on TerminalFour (T4 Site Manager, 2014-2025): the
  paragraphs, subheadings, lists and quotes of the story's `div.news-body` are article; the
  audience bar (Prospective Students, Current Students, Staff, Alumni), the Irish-language
  toggle ("Gaeilge"), the faculty header, the menu, the breadcrumb, the title, the date and
  "Posted in" category, the hero image with its caption, the pull quote box
  (`blockquote.pull-quote` repeating a sentence of the body: a pull quote, never article), the
  "Media contact" box, the "Related news" cards, the share bar, the T4 section footer and the
  university footer (registered charity number, "Ollscoil ...") are not;
- a Dutch company newsroom on Prezly (theme "Bea", Next.js, 2019-2025): the paragraphs,
  subheadings, lists and quotes of the story's `div.prezly-slate-document` (Prezly's rich text)
  are article; the cookie consent bar, the newsroom header (logo, Categorieën, Zoeken, Media,
  Taal), the category chips, the title, the subtitle (a standfirst), the date ("3 april 2024"),
  the share bar ("Delen"), the gallery, the "Over COMPANY" boilerplate (`div.boilerplate`),
  the "Mediacontacten" cards, "Gerelateerde verhalen", the subscribe form ("Abonneren") and
  the "Powered by Prezly" footer are not;
- a Finnish company release on a Cision newsroom (news.cision.com / mb.cision.com, 2012-2025):
  the paragraphs, subheadings, lists and quotes of `div.release-body` are article; the Cision
  header, the company bar ("Seuraa", "Tilaa"), the kind ("Lehdistötiedote", "Pörssitiedote")
  and date line ("3.4.2024 10:23 EEST"), the title, the lead (`p.lead`, a standfirst), the
  "Lisätietoja:" contact paragraph at the end of the release (name, title, phone: furniture,
  set in its own `div.contact-info`), the "Tietoja yhtiöstä" boilerplate, the "Liitteet"
  attachments and image list, the "Tilaa tiedotteet" box and the Cision footer are not;
- an Italian sports federation's news (a FIGC- / FIN-like national federation, 2015-2025):
  the paragraphs, subheadings, lists and quotes of `div.news-detail__text` are article; the
  sponsor strip at the top ("Top Sponsor", "Official Partner"), the federation header
  (Federazione, Nazionali, Competizioni, Regolamenti, Area stampa), the breadcrumb, the
  category label ("Nazionale", "Settore giovanile"), the date, the title, the photo with its
  "Foto:" credit, "Condividi", the "Tag", "Ultime notizie", the newsletter box and the footer
  (federation's address, "P.IVA", "Tutti i diritti riservati") are not;
- a Spanish trade union's news (CCOO- / UGT-like, WordPress with a union theme, 2014-2025): the
  paragraphs, subheadings, lists and quotes of `div.entry-content` are article; the "Afíliate"
  top bar, the union header with its federations menu, the breadcrumb, the title, the date
  and area ("Área: Acción sindical"), the featured image, the "Descarga el documento" PDF box,
  the "Afíliate" appeal at the end (a `div.afiliate-cta` repeated on every page), "Compartir",
  "Noticias relacionadas", the sidebar (Agenda, "Tu sindicato", social) and the footer are not;
- a standards body's news item (W3C-like, 2016-2025; tech bodies): the paragraphs, subheadings,
  lists, quotes and code of `div.component--text` are article, code as its text; the skip link,
  the global navigation (Standards, Participate, Membership, About W3C), the search, the
  breadcrumb, the title, the date and the kind ("News", "Press release", "Blog"), the
  "Related RSS feed" link, the tags ("Groups", "Technologies"), the author card, the "Related
  news" list and the footer (W3C, Copyright © W3C® (MIT, ERCIM, Keio, Beihang)) are not.

    .venv/bin/python bench/page_families_ab.py PAGE_ID 2701
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import Block, Ctx, Page, esc, slug
from page_templates_ab import (
    body_blocks,
    fam_canada_ca,
    fam_dk_court,
    fam_ec_presscorner,
    fam_govcms_media,
    fam_gsb_agency,
    fam_pib_release,
    person,
)
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date
from page_templates_v import clock, heads_list

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]
_EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)


# ---------------------------------------------------------------------------------------------
# 7. An Irish university faculty's news on TerminalFour


def fam_t4_faculty(c: Ctx) -> FamilyOut:
    """A T4 faculty story: audience bar, Gaeilge, news-body, pull quote, Media contact."""
    blocks = body_blocks(c, 0.3, 0.25, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    paragraphs = [str(v) for k, v in blocks if k == "p"]
    if len(paragraphs) > 2 and c.rng.random() < 0.5:
        c.used.append("t4-pull-quote")
        pq = c.rng.choice(paragraphs[1:]).split(". ")[0].rstrip(".")
        parts = weave(
            c, parts, 1, lambda: f'<blockquote class="pull-quote"><p>“{esc(pq)}.”</p></blockquote>'
        )
    uni = pick(
        c,
        "University of Galway",
        "Maynooth University",
        "University College Cork",
        "University of Limerick",
    )
    irish = {
        "University of Galway": "Ollscoil na Gaillimhe",
        "Maynooth University": "Ollscoil Mhá Nuad",
        "University College Cork": "Coláiste na hOllscoile Corcaigh",
        "University of Limerick": "Ollscoil Luimnigh",
    }[uni]
    faculty = pick(
        c,
        "College of Science and Engineering",
        "School of Law",
        "Faculty of Arts, Humanities and Social Sciences",
        "School of Medicine",
    )
    y, m, d = era_date(c, 2014, 2025)
    hero = ""
    if c.rng.random() < 0.7:
        c.used.append("t4-hero")
        hero = f'<figure class="news-hero"><img src="/media/{slug(faculty)[:20]}/content-assets/images/news/{y}/{hexid(c, 8)}.jpg" alt=""><figcaption>{esc(sentence(c))}</figcaption></figure>'
    related = "".join(
        f'<div class="card card--news"><a href="/{slug(faculty)[:20]}/news/{slug(h)[:40]}.html"><p class="card__date">{min(28, d + k)} {_EN_MONTHS[m - 1]} {y}</p><h3 class="card__title">{esc(h)}</h3></a></div>'
        for k, h in enumerate(headlines(c, 3), 1)
    )
    c.used += "t4-audience t4-gaeilge t4-header t4-menu t4-breadcrumb t4-title t4-meta t4-media-contact t4-related t4-share t4-section-footer t4-footer".split()
    html = (
        f'<body class="t4-news-story"><!-- t4 navigation: audience --><div class="audience-bar"><ul><li><a href="/prospective-students/">Prospective Students</a></li><li><a href="/current-students/">Current Students</a></li><li><a href="/staff/">Staff</a></li><li><a href="/alumni/">Alumni &amp; Friends</a></li><li><a href="/ga/" lang="ga">Gaeilge</a></li></ul></div>'
        f'<header class="site-header"><a class="site-logo" href="/"><img src="/media/central-content/logos/logo.svg" alt="{uni}"></a><div class="section-title"><a href="/{slug(faculty)[:20]}/">{faculty}</a></div><button class="search-toggle">Search</button></header>'
        f'<nav class="section-nav"><ul><li><a href="/{slug(faculty)[:20]}/about/">About</a></li><li><a href="/{slug(faculty)[:20]}/courses/">Courses</a></li><li><a href="/{slug(faculty)[:20]}/research/">Research</a></li><li><a href="/{slug(faculty)[:20]}/people/">People</a></li><li class="active"><a href="/{slug(faculty)[:20]}/news/">News &amp; Events</a></li></ul></nav>'
        f'<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/{slug(faculty)[:20]}/">{faculty}</a></li><li><a href="/{slug(faculty)[:20]}/news/">News</a></li><li>{esc(c.body.title[:40])}</li></ol></nav>'
        f'<main id="main-content"><article class="news-story"><h1 class="news-story__title">{esc(c.body.title)}</h1><div class="news-story__meta"><time datetime="{y}-{m:02d}-{d:02d}">{pick(c, "", "Monday, ", "Tuesday, ", "Thursday, ")}{d} {_EN_MONTHS[m - 1]} {y}</time> <span class="news-story__category">Posted in <a href="#">{pick(c, "Research", "Awards", "Student News", "Community")}</a></span></div>'
        f'{hero}<div class="news-body">{"".join(parts)}</div>'
        f'<div class="media-contact"><h2>Media contact</h2><p>{pick(c, "Aoife", "Ciarán", "Niamh", "Seán")} {pick(c, "Ní Bhriain", "Ó Súilleabháin", "Kelly", "Walsh")}, Press Officer<br>E: <a href="mailto:press@{c.site}">press@{c.site}</a><br>T: +353 {c.rng.randint(1, 99)} {c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)}</p></div>'
        f'<div class="share-bar"><span>Share</span> <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div></article>'
        f'<section class="related-news"><h2>Related news</h2><div class="card-grid">{related}</div></section></main>'
        f'<div class="section-footer"><h2>{faculty}</h2><p>{uni}, {pick(c, "University Road", "Main Campus", "College Road")}</p><ul><li><a href="#">Contact us</a></li><li><a href="#">Find us</a></li></ul></div>'
        f'<footer class="site-footer"><p>{uni} · {irish}</p><ul><li><a href="#">Accessibility</a></li><li><a href="#">Privacy</a></li><li><a href="#">Cookies</a></li><li><a href="#">Freedom of Information</a></li></ul><p>Registered charity number 200{c.rng.randint(10000, 99999)}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Dutch company newsroom on Prezly (theme Bea)

_NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()


def fam_prezly_room(c: Ctx) -> FamilyOut:
    """A Prezly story: cookie bar, category chips, prezly-slate-document, Over, Mediacontacten."""
    blocks = body_blocks(c, 0.35, 0.3, 0.3)
    parts, gold = body_html(
        c,
        blocks,
        lambda t: f'<h2 class="prezly-slate-heading prezly-slate-heading--heading-2">{esc(t)}</h2>',
        '<p class="prezly-slate-paragraph">',
    )
    company = brand(c)
    y, m, d = era_date(c, 2019, 2025)
    if c.rng.random() < 0.4:
        c.used.append("prezly-image")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<figure class="prezly-slate-image"><img src="https://cdn.uc.assets.prezly.com/{hexid(c, 8)}-{hexid(c, 4)}/-/preview/1200x1200/" alt=""><figcaption class="prezly-slate-media__caption">{esc(sentence(c))}</figcaption></figure>'
            ),
        )
    contacts = "".join(
        f'<div class="ContactCard_container"><h4 class="ContactCard_name">{n}</h4><p class="ContactCard_position">{pick(c, "Woordvoerder", "PR Manager", "Head of Communications")}</p><a href="mailto:pers@{c.site}">pers@{c.site}</a> <a href="tel:+31{c.rng.randint(10**8, 10**9)}">+31 {c.rng.randint(6, 99)} {c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)}</a></div>'
        for n in [
            person(
                c,
                ["Sanne", "Bram", "Femke", "Joost", "Lotte"],
                ["de Vries", "Jansen", "Bakker", "Visser", "Smit"],
            )
            for _ in range(c.rng.randint(1, 2))
        ]
    )
    related = "".join(
        f'<div class="StoryCard_container"><span class="StoryCard_category">{pick(c, "Nieuws", "Duurzaamheid", "Bedrijf")}</span><h3 class="StoryCard_title"><a href="/{slug(h)[:40]}">{esc(h)}</a></h3><span class="StoryCard_date">{min(28, d + k)} {_NL_MONTHS[m - 1]} {y}</span></div>'
        for k, h in enumerate(headlines(c, 3), 1)
    )
    c.used += "prezly-cookie prezly-header prezly-categories prezly-title prezly-subtitle prezly-date prezly-share prezly-boilerplate prezly-contacts prezly-related prezly-subscribe prezly-footer".split()
    html = (
        f'<body><div id="__next"><div class="CookieConsentBar_container"><p>Wij gebruiken cookies om de website te verbeteren. <a href="/privacy">Lees meer</a></p><button>Accepteren</button><button>Weigeren</button></div>'
        f'<header class="Header_container"><a class="Header_newsroom" href="/"><img class="Logo_image" src="https://cdn.uc.assets.prezly.com/{hexid(c, 8)}/logo.png" alt="{company}"></a><nav class="Header_navigation"><a href="/category/nieuws">Categorieën</a> <a href="/search">Zoeken</a> <a href="/media">Media</a> <a href="#">NL</a> <a class="Header_cta" href="https://{company.lower()}.nl">Ga naar website</a></nav></header>'
        f'<main class="Layout_content"><article class="Story_container"><div class="CategoriesList_container"><a class="CategoryLink" href="/category/{slug(pick(c, "pers", "nieuws", "innovatie"))}">{pick(c, "Persberichten", "Nieuws", "Innovatie")}</a></div>'
        f'<h1 class="Story_title">{esc(c.body.title)}</h1><p class="Story_subtitle">{esc(sentence(c, 2))}</p><div class="Story_meta"><time class="StoryPublicationDate">{d} {_NL_MONTHS[m - 1]} {y}</time><div class="SocialShare"><span>Delen</span> <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Kopieer link</a></div></div>'
        f'<div class="prezly-slate-document">{"".join(parts)}</div>'
        f'<div class="Boilerplate_container boilerplate"><h2>Over {company}</h2><p>{company} is {pick(c, "een Nederlandse producent van", "marktleider in", "een snelgroeiende aanbieder van")} {pick(c, "duurzame energie-oplossingen", "software voor de zorg", "fietsen en accessoires", "plantaardige voeding")}. Het bedrijf heeft {c.rng.randint(40, 4000)} medewerkers en is gevestigd in {pick(c, "Utrecht", "Amsterdam", "Eindhoven", "Rotterdam")}.</p></div>'
        f'<div class="ContactsList_container"><h2>Mediacontacten</h2>{contacts}</div></article>'
        f'<section class="Story_related"><h2>Gerelateerde verhalen</h2>{related}</section>'
        f'<section class="SubscribeForm_container"><h2>Abonneren op updates van {company}</h2><form><input type="email" placeholder="Je e-mailadres"><button>Abonneren</button></form><p class="SubscribeForm_disclaimer">Door je aan te melden ga je akkoord met het privacybeleid.</p></section></main>'
        f'<footer class="Footer_container"><a href="/privacy">Privacybeleid</a> <a href="#">Cookie-instellingen</a> <span>© {y} {company}</span> <a class="Footer_poweredBy" href="https://www.prezly.com/?utm_source=newsroom">Made with Prezly</a></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A Finnish company release on a Cision newsroom


def fam_cision_fi(c: Ctx) -> FamilyOut:
    """A Cision release: Seuraa / Tilaa, Lehdistötiedote, lead, Lisätietoja, Tietoja yhtiöstä."""
    blocks = body_blocks(c, 0.25, 0.3, 0.35)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    company = brand(c) + pick(c, " Oyj", " Oy", " Group")
    y, m, d = era_date(c, 2012, 2025)
    kind = pick(c, "Lehdistötiedote", "Pörssitiedote", "Tiedote")
    who = person(
        c,
        ["Mikko", "Laura", "Antti", "Sari", "Juha", "Elina"],
        ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen"],
    )
    contact = f'<div class="contact-info"><p><strong>Lisätietoja:</strong><br>{who}, {pick(c, "toimitusjohtaja", "viestintäjohtaja", "talousjohtaja")}, puh. +358 {c.rng.randint(40, 50)} {c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)}, <a href="mailto:viestinta@{c.site}">viestinta@{c.site}</a></p></div>'
    attach = ""
    if c.rng.random() < 0.6:
        c.used.append("cision-attachments")
        attach = f'<div class="release-attachments"><h3>Liitteet</h3><ul><li><a href="https://mb.cision.com/Public/{c.rng.randint(1000, 30000)}/{c.rng.randint(10**6, 10**7)}/{hexid(c, 16)}.pdf">{esc(c.body.title[:40])}.pdf</a></li></ul><h3>Kuvat</h3><ul><li><a href="https://mb.cision.com/Public/{c.rng.randint(1000, 30000)}/{hexid(c, 8)}.jpg">{pick(c, "Kuva", "Logo", "Tuotekuva")} ({c.rng.randint(1, 9)} MB)</a></li></ul></div>'
    c.used += "cision-header cision-company-bar cision-kind cision-date cision-title cision-lead cision-contact cision-about cision-subscribe cision-footer".split()
    html = (
        f'<body class="cision-newsroom"><header class="site-header"><a class="cision-logo" href="https://news.cision.com/fi">Cision</a><nav><a href="https://news.cision.com/fi">Uutiset</a> <a href="#">Yritykset</a> <a href="#">Hae</a> <a href="#">Kirjaudu</a></nav></header>'
        f'<div class="company-header"><img src="https://mb.cision.com/Public/{c.rng.randint(1000, 30000)}/logo.png" alt="{company}"><h2 class="company-name">{company}</h2><a class="btn-follow" href="#">Seuraa</a> <a class="btn-subscribe" href="#">Tilaa</a></div>'
        f'<main class="release-container"><article class="release"><div class="release-meta"><span class="release-type">{kind}</span> <time datetime="{y}-{m:02d}-{d:02d}">{d}.{m}.{y} {clock(c)} {pick(c, "EEST", "EET")}</time> | <span>{company}</span></div>'
        f'<h1 class="release-title">{esc(c.body.title)}</h1><p class="lead"><strong>{esc(sentence(c, 2))}</strong></p>'
        f'<div class="release-body">{"".join(parts)}{contact}</div>'
        f'<div class="release-about"><h3>Tietoja yhtiöstä {company}</h3><p>{company} on {pick(c, "suomalainen teknologiayhtiö", "pohjoismainen rakennusalan yhtiö", "kansainvälinen metsäteollisuusyhtiö")}, jonka liikevaihto vuonna {y - 1} oli {c.rng.randint(20, 900)} miljoonaa euroa. Yhtiön osake on listattu Nasdaq Helsingissä.</p></div>{attach}</article>'
        f'<aside class="release-sidebar"><div class="subscribe-box"><h3>Tilaa tiedotteet</h3><p>Tilaa {company}n tiedotteet sähköpostiisi.</p><form><input type="email" placeholder="Sähköpostiosoite"><button>Tilaa</button></form></div><div class="more-releases"><h3>Muut tiedotteet</h3><ul>{heads_list(c, 3, "/fi/" + slug(company) + "/r/")}</ul></div></aside></main>'
        f'<footer class="site-footer"><p>© {y} Cision. Kaikki oikeudet pidätetään.</p><a href="#">Tietosuoja</a> <a href="#">Evästeet</a> <a href="#">Käyttöehdot</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. An Italian national sports federation's news

_IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()


def fam_it_federation(c: Ctx) -> FamilyOut:
    """A federation news page: sponsor strip, category label, Foto credit, Tag, Ultime notizie."""
    blocks = body_blocks(c, 0.2, 0.2, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    fed = pick(
        c,
        "Federazione Italiana Nuoto",
        "Federazione Italiana Pallavolo",
        "Federazione Italiana di Atletica Leggera",
        "Federazione Italiana Rugby",
        "Federazione Ciclistica Italiana",
    )
    y, m, d = era_date(c, 2015, 2025)
    sponsors = "".join(
        f'<li><img src="/media/sponsor/{hexid(c, 6)}.png" alt="{s}"></li>'
        for s in c.rng.sample(
            ["Enel", "Kinder", "Fiat", "Eni", "Sky Sport", "Vodafone", "Frecciarossa"], 4
        )
    )
    photo = ""
    if c.rng.random() < 0.7:
        c.used.append("it-photo")
        photo = f'<figure class="news-detail__image"><img src="/media/news/{y}/{m:02d}/{hexid(c, 10)}.jpg" alt=""><figcaption>Foto: {pick(c, "Getty Images", "Federazione", "LaPresse", "Pagliaricci")}</figcaption></figure>'
    tags = "".join(
        f'<a class="tag" href="/tag/{slug(t)}">{t}</a>'
        for t in c.rng.sample(
            ["Nazionale", "Europei", "Mondiali", "Giovanili", "Campionato", "Olimpiadi"], 3
        )
    )
    c.used += "it-sponsors it-header it-breadcrumb it-category it-date it-title it-share it-tags it-latest it-newsletter it-footer".split()
    html = (
        f'<body class="page-news-detail"><div class="sponsor-bar"><span class="sponsor-bar__label">{pick(c, "Top Sponsor", "Main Sponsor")}</span><ul>{sponsors}</ul><span class="sponsor-bar__label">Official Partner</span></div>'
        f'<header class="header"><a class="header__logo" href="/"><img src="/static/img/logo.svg" alt="{fed}"></a><nav class="header__menu"><ul><li><a href="/federazione">Federazione</a></li><li><a href="/nazionali">Nazionali</a></li><li><a href="/competizioni">Competizioni</a></li><li><a href="/regolamenti">Regolamenti</a></li><li><a href="/comitati-regionali">Comitati regionali</a></li><li><a href="/area-stampa">Area stampa</a></li><li><a href="/tesseramento">Tesseramento</a></li></ul></nav><a class="header__shop" href="#">Store</a></header>'
        f'<main class="news-detail"><nav class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a> / <span>{esc(c.body.title[:35])}</span></nav>'
        f'<div class="news-detail__head"><span class="news-detail__category">{pick(c, "Nazionale", "Settore giovanile", "Attività federale", "Campionati")}</span> <time class="news-detail__date">{d} {_IT_MONTHS[m - 1]} {y}</time><h1 class="news-detail__title">{esc(c.body.title)}</h1></div>'
        f'{photo}<div class="news-detail__share"><span>Condividi</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>'
        f'<div class="news-detail__text">{"".join(parts)}</div><div class="news-detail__tags"><span>Tag</span> {tags}</div></main>'
        f'<section class="latest-news"><h2>Ultime notizie</h2><ul>{heads_list(c, 4, "/news/")}</ul></section>'
        f'<section class="newsletter"><h2>Iscriviti alla newsletter</h2><p>Ricevi tutte le notizie della {fed}.</p><form><input type="email" placeholder="La tua email"><button>Iscriviti</button></form></section>'
        f'<footer class="footer"><p>{fed} · Stadio Olimpico, Curva Nord · 00135 Roma · P.IVA {c.rng.randint(10**10, 10**11 - 1)}</p><p><a href="#">Privacy policy</a> | <a href="#">Cookie policy</a> | <a href="#">Amministrazione trasparente</a></p><p>© {y} Tutti i diritti riservati</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Spanish trade union's news (WordPress, union theme)

_ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()


def fam_es_union(c: Ctx) -> FamilyOut:
    """A union news item: Afíliate bar, federations menu, entry-content, PDF box, appeal."""
    blocks = body_blocks(c, 0.3, 0.35, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    union = pick(
        c,
        "Comisiones Obreras",
        "Unión General de Trabajadoras y Trabajadores",
        "Confederación Sindical",
        "Sindicato Unitario",
    )
    y, m, d = era_date(c, 2014, 2025)
    if c.rng.random() < 0.5:
        c.used.append("es-pdf-box")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="wp-block-file"><a href="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 6)}.pdf">Descarga el documento completo (PDF)</a> <a class="wp-block-file__button" href="#" download>Descargar</a></div>'
            ),
        )
    img = ""
    if c.rng.random() < 0.6:
        c.used.append("es-featured-image")
        img = f'<div class="post-thumbnail"><img class="attachment-large wp-post-image" src="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}-1024x576.jpg" alt=""></div>'
    agenda = "".join(
        f"<li><span>{min(28, d + k)}/{m:02d}</span> {esc(h)}</li>"
        for k, h in enumerate(headlines(c, 3), 1)
    )
    c.used += "es-afiliate-bar es-header es-federations es-breadcrumb es-title es-meta es-cta es-share es-related es-sidebar es-footer".split()
    html = (
        f'<body class="post-template-default single single-post"><div class="top-bar"><a class="btn-afiliate" href="/afiliate">Afíliate</a> <a href="/asesoria">Asesoría jurídica</a> <a href="/contacto">Contacto</a> <a href="/eus">Euskara</a> <a href="/cat">Català</a> <a href="/gl">Galego</a></div>'
        f'<header id="masthead" class="site-header"><a class="custom-logo-link" href="/"><img src="/wp-content/themes/sindicato/img/logo.svg" alt="{union}"></a><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/actualidad">Actualidad</a></li><li class="menu-item"><a href="/federaciones">Federaciones</a></li><li class="menu-item"><a href="/territorios">Territorios</a></li><li class="menu-item"><a href="/negociacion-colectiva">Negociación colectiva</a></li><li class="menu-item"><a href="/salud-laboral">Salud laboral</a></li><li class="menu-item"><a href="/igualdad">Igualdad</a></li></ul></nav></header>'
        f'<div id="content" class="site-content"><div class="breadcrumbs"><a href="/">Inicio</a> » <a href="/actualidad">Actualidad</a> » <span>{esc(c.body.title[:35])}</span></div><div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post status-publish format-standard hentry">'
        f'<header class="entry-header"><h1 class="entry-title">{esc(c.body.title)}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published">{d} {_ES_MONTHS[m - 1]}, {y}</time></span> <span class="cat-links">Área: <a href="#">{pick(c, "Acción sindical", "Empleo", "Políticas sociales", "Internacional")}</a></span></div></header>'
        f'{img}<div class="entry-content">{"".join(parts)}</div>'
        f'<div class="afiliate-cta"><h3>Afíliate</h3><p>Juntas y juntos somos más fuertes. Defiende tus derechos laborales: afíliate a {union} y participa en la negociación de tu convenio.</p><a class="button" href="/afiliate">Quiero afiliarme</a></div>'
        f'<div class="share-buttons"><span>Compartir</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div></article>'
        f'<section class="related-posts"><h2>Noticias relacionadas</h2><ul>{heads_list(c, 3, "/actualidad/")}</ul></section></main></div>'
        f'<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Agenda</h2><ul>{agenda}</ul></section><section class="widget"><h2 class="widget-title">Tu sindicato</h2><ul><li><a href="#">Encuentra tu sede</a></li><li><a href="#">Convenios colectivos</a></li><li><a href="#">Calculadora de nómina</a></li></ul></section><section class="widget"><h2 class="widget-title">Síguenos</h2><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Instagram</a></section></aside></div>'
        f'<footer id="colophon" class="site-footer"><p>{union} · C/ Fernández de la Hoz, {c.rng.randint(1, 90)} · 28010 Madrid · Tel. 91 {c.rng.randint(100, 999)} {c.rng.randint(10, 99)} {c.rng.randint(10, 99)}</p><p><a href="#">Aviso legal</a> | <a href="#">Política de privacidad</a> | <a href="#">Accesibilidad</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A standards body's news item (W3C-like)


def _code(text: str) -> str:
    return f'<div class="code-block"><pre><code class="language-{"html" if text.lstrip().startswith("<") else "javascript"}">{esc(text)}</code></pre></div>'


def fam_standards_news(c: Ctx) -> FamilyOut:
    """A standards body's news: global nav, component--text, RSS link, tags, author card."""
    blocks = body_blocks(c, 0.3, 0.3, 0.2)
    parts, gold = body_html(
        c, blocks, lambda t: f'<h2 id="{slug(t)[:30]}">{esc(t)}</h2>', "<p>", _code
    )
    y, m, d = era_date(c, 2016, 2025)
    kind = pick(c, "News", "Press release", "Blog")
    author = pick(
        c, "Coralie Mercier", "Philippe Le Hégaret", "Ralph Swick", "Xueyuan Jia", "Seth Dobbs"
    )
    groups = "".join(
        f'<li><a href="/groups/wg/{slug(g)}/">{g}</a></li>'
        for g in c.rng.sample(
            [
                "Web Applications Working Group",
                "CSS Working Group",
                "Accessibility Guidelines Working Group",
                "Web Performance Working Group",
                "Verifiable Credentials Working Group",
            ],
            2,
        )
    )
    card = ""
    if kind == "Blog":
        c.used.append("std-author-card")
        card = f'<div class="author-card"><img src="/assets/authors/{slug(author)}.jpg" alt=""><p class="author-card__name">{author}</p><p class="author-card__role">{pick(c, "Head of Marketing &amp; Communications", "Chief Technology Officer", "Strategy Lead")}</p></div>'
    c.used += "std-skip std-nav std-search std-breadcrumb std-title std-date std-rss std-tags std-related std-footer".split()
    html = (
        f'<body><a class="skip-link" href="#main">Skip to content</a><header class="global-header"><div class="l-center"><a class="logo-link" href="/"><img src="/assets/logos/w3c/w3c-no-bars.svg" alt="W3C"></a>'
        f'<nav id="global-nav" aria-label="Main"><ul class="nav__list"><li><a href="/standards/">Standards</a></li><li><a href="/participate/">Participate</a></li><li><a href="/membership/">Membership</a></li><li><a href="/about/">About W3C</a></li></ul></nav><form class="search-form" action="/search/"><input type="search" placeholder="Search"><button>Search</button></form><a class="button" href="/account/login/">My account</a></div></header>'
        f'<div class="l-center"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li>{esc(c.body.title[:40])}</li></ol></nav></div>'
        f'<main id="main" class="l-center"><article class="article"><header><p class="article__kind">{kind}</p><h1>{esc(c.body.title)}</h1><p class="article__date"><time datetime="{y}-{m:02d}-{d:02d}">{d} {_EN_MONTHS[m - 1]} {y}</time></p></header>'
        f'<div class="component component--text">{"".join(parts)}</div>{card}'
        f'<footer class="article__footer"><a class="rss-link" href="/news/feed/">Related RSS feed</a><div class="tags"><h2>Groups</h2><ul>{groups}</ul><h2>Technologies</h2><ul><li><a href="#">{pick(c, "Web API", "CSS", "Accessibility", "Privacy", "Security")}</a></li></ul></div></footer></article>'
        f'<section class="related"><h2>Related news</h2><ul>{heads_list(c, 3, "/news/")}</ul></section></main>'
        f'<footer class="global-footer"><div class="l-center"><ul><li><a href="/contact/">Contact W3C</a></li><li><a href="/help/">Help</a></li><li><a href="/policies/">Usage policies</a></li><li><a href="https://www.w3.org/news/feed/">Subscribe</a></li></ul><p class="copyright">Copyright © {y} World Wide Web Consortium. W3C<sup>®</sup> <a href="#">liability</a>, <a href="#">trademark</a> and <a href="#">permissive license</a> rules apply.</p></div></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "gsb-agency": (fam_gsb_agency, "news"),
    "ec-presscorner": (fam_ec_presscorner, "ecb"),
    "canada-ca": (fam_canada_ca, "politics"),
    "govcms-media": (fam_govcms_media, "politics"),
    "pib-release": (fam_pib_release, "business"),
    "dk-court": (fam_dk_court, "news"),
    "t4-faculty": (fam_t4_faculty, "lede"),
    "prezly-room": (fam_prezly_room, "business"),
    "cision-fi": (fam_cision_fi, "business"),
    "it-federation": (fam_it_federation, "sport"),
    "es-union": (fam_es_union, "news"),
    "standards-news": (fam_standards_news, "tech"),
}

_LANG = {
    "gsb-agency": "de",
    "ec-presscorner": "en",
    "canada-ca": "fr-CA",
    "govcms-media": "en-AU",
    "pib-release": "en-IN",
    "dk-court": "da",
    "t4-faculty": "en-IE",
    "prezly-room": "nl",
    "cision-fi": "fi",
    "it-federation": "it",
    "es-union": "es",
    "standards-news": "en",
}

_HEAD = {
    "gsb-agency": '<meta name="generator" content="Government Site Builder"><link rel="stylesheet" href="/SiteGlobals/Frontend/Styles/normal.css">',
    "ec-presscorner": '<meta name="og:site_name" content="European Commission - European Commission"><link rel="stylesheet" href="https://cdn1.fpfis.tech.ec.europa.eu/ecl/v3/ec/styles/ecl-ec.css">',
    "canada-ca": '<meta name="dcterms.creator" content="Gouvernement du Canada"><link rel="stylesheet" href="/etc/designs/canada/wet-boew/css/theme.min.css">',
    "govcms-media": '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="govcms" content="GovCMS">',
    "pib-release": '<meta http-equiv="X-UA-Compatible" content="IE=edge"><link rel="stylesheet" href="/css/bootstrap.min.css">',
    "dk-court": '<meta name="GENERATOR" content="Microsoft SharePoint"><meta property="og:site_name" content="Danmarks Domstole">',
    "t4-faculty": '<meta name="generator" content="TerminalFour"><link rel="stylesheet" href="/media/central-content/assets/css/main.css">',
    "prezly-room": '<meta name="generator" content="Prezly"><meta property="og:type" content="article">',
    "cision-fi": '<meta property="og:site_name" content="Cision News"><meta name="robots" content="index,follow">',
    "it-federation": '<meta property="og:type" content="article"><link rel="stylesheet" href="/static/css/app.css">',
    "es-union": '<meta name="generator" content="WordPress 6.4"><link rel="stylesheet" href="/wp-content/themes/sindicato/style.css">',
    "standards-news": '<link rel="alternate" type="application/rss+xml" href="/news/feed/"><link rel="stylesheet" href="/assets/website-2021/styles/core.css">',
}


def ab_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language, canonical link and platform tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 2701) -> list[Page]:
    """Set AB: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "sport")
    return draw_set(
        "ab", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=ab_head
    )


if __name__ == "__main__":  # page_families_ab.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 2701)

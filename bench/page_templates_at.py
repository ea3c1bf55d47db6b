"""Set AT of the constructed pages: mixed news and blogs, sampled the way a general "news and
blogs" web-extraction benchmark samples the web (2006-2026, several languages, English
included). Six NEWS families are here (a Turkish national wire agency, Anadolu-Ajansı-like; a
Finnish public broadcaster's news site, Yle-Uutiset-like; a French business daily, Les-Echos-
like; a German tech news site, heise-online-like; an Italian sports daily, Gazzetta-dello-
Sport-like; a US entertainment news site, E!-News-like); page_families_at.py holds the six
BLOG families (a French teenager's blog on Skyrock, a Russian author's channel on Dzen, a
professional's blog hosted by Psychology Today, a corporate product blog, Google's The
Keyword-like, a .NET developer's blog on BlogEngine.NET, a Chinese personal blog on the Halo
engine) and `build_pages`.

Why: it is a sealed judge of the final extractor, so it needs page structures no earlier set
has (none of Anadolu, Yle, Les Echos, heise, Gazzetta, E! News, Skyrock, Dzen, Psychology
Today, The Keyword, BlogEngine.NET or Halo is in sets A-AQ; each name was grepped for in
bench/page_*.py first). Written in session 22 (helper for set AT) without reading digest's
extraction code, notes, docs, README, tests, any bench_*.py or the sets AR and AS written at
the same time; its builder never ran digest, trafilatura, readability or bench_pages on it.
The plumbing (Ctx, Page, draw_set, body_kinds, render) is that of sets D-AQ, imported. The
sites are made up; their markup follows the real stacks. The body texts are the shared
English feed bodies; the furniture is in each site's language.

The gold follows sets D-AQ (page_templates_d.py's to _aq.py's docstrings): body paragraphs,
subheadings, lists, tables, quotes and code blocks; never the headline, standfirst (lead,
dek, chapô, spot), byline, captions, pull quotes, comments or furniture. Decided before the
families were coded, as the earlier sets decided their like:
- inline "İlgili haber", "Lue myös", "LIRE AUSSI", "Mehr zum Thema", "Leggi anche" and
  "RELATED:" lines and boxes between paragraphs are furniture wherever they sit, as are ad
  labels ("Anzeige", "Pubblicità", "Mainos", "Advertisement") and newsletter appeals;
- credit, sign-off and reuse lines are furniture even inside the body's last element: heise's
  editor's abbreviation "(ane)" in a span at the end of the last paragraph, Gazzetta's
  "© RIPRODUZIONE RISERVATA", Anadolu's reuse note, E!'s "(E! and NBC are both part of the
  NBCUniversal family.)" disclosure;
- a lead paragraph set apart above the body is a standfirst and so furniture;
- embedded-content consent boxes ("Empfohlener redaktioneller Inhalt") carry no article text
  and are furniture;
- text only a script carries (JSON-LD, hydration state) is not page text and so not gold.
Decisions for this module's families:
- a Turkish national wire agency (Anadolu-like, 2014-2026): the paragraphs, subheadings,
  lists and quotes of `div.detay-icerik` are article; the header ("Gündem", "Dünya",
  "Ekonomi", "Spor", "Analiz"), the breadcrumb, the headline, the spot (`h4`), the date and
  update line, the photo with "Fotoğraf: AA" credit, the inline "İlgili haber" lines, the
  tags ("Etiketler"), the HAS reuse note ("Anadolu Ajansı web sitesinde, AA Haber Akış
  Sistemi (HAS) üzerinden ..."), "Bu haberler de ilginizi çekebilir" and the footer are not;
- a Finnish public broadcaster (Yle-Uutiset-like, 2015-2026): the paragraphs (`p.yle__article
  __paragraph`), subheadings, lists and quotes of `section.yle__article__content` are
  article; the header ("Yle Uutiset", "Areena", "Kirjaudu"), the headline, the lead
  (`p.yle__article__lead`), the image with "Kuva: NAME / Yle" credit, the byline and date,
  the "Kuuntele" audio player, inline "Lue myös:" lines, the comments note ("Voit keskustella
  aiheesta ... asti"), "Suosittelemme" and the footer are not;
- a French business daily (Les-Echos-like, 2012-2026): the paragraphs, subheadings, lists,
  tables and quotes of `div.post-paywall` are article; the header ("Économie", "Finance -
  Marchés", "Idées", "S'abonner"), the rubric, the headline, the chapô, the byline and
  "Publié le ... Mis à jour le" line, the photo with "(Photo ...)" credit, the inline "LIRE
  AUSSI :" lines, the "Newsletter" box, the author box, "Les plus lus" and the footer are not;
- a German tech news site (heise-online-like, 2008-2026): the paragraphs, subheadings,
  lists, tables and quotes of `div.article-content` are article; the header ("heise online",
  "c't", "iX", "Mac & i", "heise+"), the kicker, the headline, the lead (`p.a-article-header
  __lead`), the authors and date, the image with "(Bild: NAME)" credit, the in-body
  "Anzeige" slots and "Mehr zum Thema" boxes, the embed consent box, the editor's
  abbreviation "(ane)" at the end of the last paragraph, the "Kommentare lesen (N Beiträge)"
  link, "Mehr von heise+" and the footer are not;
- an Italian sports daily (Gazzetta-like, 2012-2026): the paragraphs, subheadings, lists,
  tables and quotes of `div.bck-article-body` are article; the header ("Calcio", "Serie A",
  "Moto GP", "Abbonati"), the breadcrumb, the headline, the summary (`h2.summary`), the
  author and date, the photo with "LaPresse" / "Getty" credit, "Leggi anche" lines,
  "Pubblicità" slots, the tabellino (match box), "© RIPRODUZIONE RISERVATA", "I più letti"
  and the footer are not;
- a US entertainment news site (E!-News-like, 2010-2026): the paragraphs, subheadings,
  lists and quotes of `div.article-body` are article; the header ("News", "Shows",
  "Shopping", "Watch Live"), the headline, the dek, the byline ("by NAME | DATE"), the photo
  with "Getty Images" credit, inline "RELATED:" lines and "Advertisement" slots, the
  Instagram embed ("View this post on Instagram"), the "(E! and NBC ...)" disclosure, the
  "E! News Daily" newsletter box, "Trending Stories" and the footer are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from page_templates import PEOPLE, Block, Ctx, esc, slug
from page_templates_ab import body_blocks, person
from page_templates_ah import clock
from page_templates_al import FR_MONTHS, li_links
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

FamilyOut = tuple[str, list[Block]]

EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)
IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
FI_MONTHS = "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu".split()


def handle(c: Ctx) -> str:
    """A commenter's nickname (Latin letters)."""
    first, last = c.rng.choice(PEOPLE).split()[:2]
    return pick(c, first, f"{first} {last[0]}.", f"{first.lower()}{c.rng.randint(1, 99)}", last)


def link_line(c: Ctx, label: str, prefix: str, cls: str) -> str:
    """An inline "read also" line about another story (furniture)."""
    h = headlines(c, 1)[0]
    return f'<p class="{cls}"><strong>{label}</strong> <a href="{prefix}{slug(h)[:50]}">{esc(h)}</a></p>'


def maybe_weave(c: Ctx, parts: list[str], chance: float, tag: str, k: int, make) -> list[str]:  # noqa: ANN001
    """`parts` with up to `k` furniture strings woven in, with probability `chance`."""
    if c.rng.random() >= chance:
        return parts
    c.used.append(tag)
    return weave(c, parts, k, make)


# ---------------------------------------------------------------------------------------------
# 1. A Turkish national wire agency (Anadolu-like)

_TR_FIRST = ["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak", "Selin"]
_TR_LAST = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk"]


def fam_anadolu_wire(c: Ctx) -> FamilyOut:
    """Wire story: spot, date/update line, İlgili haber lines, Etiketler, HAS reuse note."""
    blocks = body_blocks(c, 0.25, 0.15, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2014, 2026)
    parts = maybe_weave(
        c,
        parts,
        0.6,
        "aa-ilgili-haber",
        c.rng.randint(1, 2),
        lambda: link_line(c, "İlgili haber", "/tr/gundem/", "ilgili-haber"),
    )
    section = pick(c, "Gündem", "Dünya", "Ekonomi", "Spor", "Politika", "Bilim-Teknoloji")
    photo = ""
    if c.rng.random() < 0.75:
        c.used.append("aa-photo")
        photo = f'<div class="detay-foto"><img src="https://cdnuploads.aa.com.tr/uploads/Contents/{y}/{m:02d}/{d:02d}/thumbs_b_c_{hexid(c, 32)}.jpg" alt=""><span class="detay-foto-editor">Fotoğraf: {esc(person(c, _TR_FIRST, _TR_LAST))}/AA</span></div>'
    tags = "".join(
        f'<a href="/tr/etiket/{slug(h)[:20]}">{esc(h.split()[0])}</a>' for h in headlines(c, 3)
    )
    upd = clock(c)
    c.used += "aa-header aa-breadcrumb aa-headline aa-spot aa-date aa-tags aa-has-note aa-related aa-footer".split()
    html = (
        f'<body><header class="header"><div class="container"><a class="logo" href="/tr">Anadolu Ajansı</a><nav class="menu"><ul><li><a href="/tr/gundem">Gündem</a></li><li><a href="/tr/dunya">Dünya</a></li><li><a href="/tr/ekonomi">Ekonomi</a></li><li><a href="/tr/spor">Spor</a></li><li><a href="/tr/analiz">Analiz</a></li><li><a href="/tr/info">İnfografik</a></li><li><a href="/tr/p/video">Video</a></li></ul></nav><div class="lang"><a href="/tr">TR</a> <a href="/en">EN</a> <a href="/ar">AR</a></div></div></header>'
        f'<div class="container detay"><ol class="breadcrumb"><li><a href="/tr">Ana Sayfa</a></li><li><a href="/tr/{slug(section)}">{esc(section)}</a></li></ol>'
        f'<div class="detay-spot-category"><h1>{esc(c.body.title)}</h1><h4>{sentence(c)}</h4></div>'
        f'<div class="detay-bilgi"><span class="tarih">{d:02d}.{m:02d}.{y}</span> <span class="tarih">Güncelleme: {d:02d}.{m:02d}.{y} {upd}</span></div>{photo}'
        f'<div class="detay-icerik"><div>{"".join(parts)}</div></div>'
        f'<div class="detay-paylas"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>'
        f'<div class="detay-etiket"><span>Etiketler:</span> {tags}</div>'
        f'<div class="detay-has"><p>Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.</p></div>'
        f'<section class="ilginizi-cekebilir"><h3>Bu haberler de ilginizi çekebilir</h3><ul>{li_links(c, 4, "/tr/gundem/")}</ul></section></div>'
        f'<footer class="footer"><p><a href="/tr/p/kurumsal">Kurumsal</a> <a href="/tr/p/iletisim">İletişim</a> <a href="/tr/p/gizlilik">Gizlilik Politikası</a> <a href="/tr/p/kvkk">KVKK</a></p><p>© Anadolu Ajansı {y}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 2. A Finnish public broadcaster's news site (Yle-Uutiset-like)

_FI_FIRST = ["Anni", "Juha", "Laura", "Mikko", "Saara", "Ville", "Elina"]
_FI_LAST = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen"]


def fam_yle_uutiset(c: Ctx) -> FamilyOut:
    """Yle article: lead, image credit, byline, Kuuntele player, Lue myös, comments note."""
    blocks = body_blocks(c, 0.45, 0.2, 0.3)
    parts, gold = body_html(
        c,
        blocks,
        lambda t: f'<h2 class="yle__article__heading yle__article__heading--h2">{esc(t)}</h2>',
        '<p class="yle__article__paragraph">',
    )
    y, m, d = era_date(c, 2015, 2026)
    parts = maybe_weave(
        c,
        parts,
        0.6,
        "yle-lue-myos",
        c.rng.randint(1, 2),
        lambda: link_line(c, "Lue myös:", "https://yle.fi/a/74-2000", "yle__article__paragraph"),
    )
    parts = maybe_weave(
        c,
        parts,
        0.4,
        "yle-inline-figure",
        1,
        lambda: (
            f'<figure class="yle__article__figure"><img src="https://images.cdn.yle.fi/image/upload/{hexid(c, 20)}.jpg" alt=""><figcaption class="yle__article__figcaption">{sentence(c)} <span class="aw-credit">Kuva: {esc(person(c, _FI_FIRST, _FI_LAST))} / Yle</span></figcaption></figure>'
        ),
    )
    player = ""
    if y >= 2019 and c.rng.random() < 0.5:
        c.used.append("yle-kuuntele")
        player = f'<div class="yle__article__audio"><button class="audio-button">Kuuntele</button><span>{c.rng.randint(1, 9)} min</span></div>'
    note = ""
    if c.rng.random() < 0.5:
        c.used.append("yle-comments-note")
        note = f'<p class="yle__article__comments-note">Voit keskustella aiheesta {d}.{m}. kello 23:00 asti.</p>'
    author = person(c, _FI_FIRST, _FI_LAST)
    c.used += "yle-header yle-headline yle-lead yle-main-image yle-byline yle-suosittelemme yle-footer".split()
    html = (
        f'<body><div id="__next"><header class="yle-header"><a class="yle-header__logo" href="https://yle.fi/">Yle</a><a href="https://yle.fi/uutiset">Yle Uutiset</a> <nav><a href="https://yle.fi/uutiset/tuoreimmat">Tuoreimmat</a> <a href="https://yle.fi/uutiset/kotimaa">Kotimaa</a> <a href="https://yle.fi/uutiset/ulkomaat">Ulkomaat</a> <a href="https://yle.fi/uutiset/talous">Talous</a> <a href="https://areena.yle.fi/">Areena</a></nav><button>Kirjaudu</button></header>'
        f'<main id="main-content"><article class="yle__article"><header class="yle__article__header"><h1 class="yle__article__heading yle__article__heading--h1">{esc(c.body.title)}</h1>'
        f'<p class="yle__article__lead">{sentence(c, 2)}</p>'
        f'<figure class="yle__article__figure"><img src="https://images.cdn.yle.fi/image/upload/{hexid(c, 20)}.jpg" alt=""><figcaption class="yle__article__figcaption">{sentence(c)} <span class="aw-credit">Kuva: {esc(person(c, _FI_FIRST, _FI_LAST))} / Yle</span></figcaption></figure>'
        f'<div class="yle__article__meta"><span class="yle__article__author">{esc(author)}</span> <time datetime="{y}-{m:02d}-{d:02d}">{d}.{m}.{y} {clock(c).replace(":", ".")}</time></div>{player}</header>'
        f'<section class="yle__article__content">{"".join(parts)}</section>{note}</article>'
        f'<section class="yle__recommendations"><h2>Suosittelemme</h2><ul>{li_links(c, 4, "https://yle.fi/a/74-2000")}</ul></section></main>'
        f'<footer class="yle-footer"><p><a href="https://yle.fi/aihe/yleisradio">Yleisradio</a> <a href="https://yle.fi/aihe/s/yle-uutiset/yhteystiedot">Yhteystiedot</a> <a href="https://yle.fi/aihe/s/10003/tietosuoja">Tietosuoja</a> <a href="#">Evästeasetukset</a></p><p>© Yle {y}</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. A French business daily (Les-Echos-like)

_FR_FIRST = ["Marie", "Guillaume", "Sophie", "Nicolas", "Claire", "Thibaut", "Elsa"]
_FR_LAST = ["Bembaron", "Dupont", "Lefèvre", "Moreau", "Chauveau", "Girard", "Renault"]


def fam_lesechos(c: Ctx) -> FamilyOut:
    """Business article: rubric, chapô, byline, LIRE AUSSI lines, newsletter box, author box."""
    blocks = body_blocks(c, 0.5, 0.2, 0.3, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2012, 2026)
    parts = maybe_weave(
        c,
        parts,
        0.75,
        "echos-lire-aussi",
        c.rng.randint(1, 3),
        lambda: link_line(c, "LIRE AUSSI :", "/finance-marches/", "lire-aussi"),
    )
    parts = maybe_weave(
        c,
        parts,
        0.4,
        "echos-newsletter",
        1,
        lambda: (
            '<div class="newsletter-inline"><p class="nl-title">Newsletter Les Echos Matin</p><p>Chaque matin, l\'essentiel de l\'actualité économique et financière.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m\'inscris</button></form></div>'
        ),
    )
    author = person(c, _FR_FIRST, _FR_LAST)
    rubric = pick(
        c, "Industrie - Services", "Finance - Marchés", "Économie France", "Tech - Médias", "Bourse"
    )
    premium = (
        '<span class="premium">Article réservé aux abonnés</span>' if c.rng.random() < 0.5 else ""
    )
    t1, t2 = clock(c), clock(c)
    c.used += "echos-header echos-rubric echos-headline echos-chapo echos-byline echos-photo echos-author-box echos-most-read echos-footer".split()
    html = (
        f'<body><div id="root"><header class="sc-header"><a class="logo" href="/">Les Echos</a><nav><a href="/economie-france">Économie</a> <a href="/politique-societe">Politique</a> <a href="/industrie-services">Industrie - Services</a> <a href="/finance-marches">Finance - Marchés</a> <a href="/idees-debats">Idées</a> <a href="/bourse">Bourse</a></nav><a class="btn" href="/abonnement">S\'abonner</a> <a href="/connexion">Se connecter</a></header>'
        f'<main><article><header class="article-header"><p class="rubric"><a href="/{slug(rubric)}">{esc(rubric)}</a></p>{premium}<h1>{esc(c.body.title)}</h1>'
        f'<p class="chapo">{sentence(c, 2)}</p>'
        f'<div class="byline">Par <a href="/journaliste/{slug(author)}">{esc(author)}</a><br>Publié le {d} {FR_MONTHS[m - 1]} {y} à {t1.replace(":", "h")} Mis à jour le {d} {FR_MONTHS[m - 1]} {y} à {t2.replace(":", "h")}</div></header>'
        f'<figure class="main-photo"><img src="https://media.lesechos.com/api/v1/images/view/{hexid(c, 24)}/1280x720/{c.rng.randint(100000, 999999)}.jpg" alt=""><figcaption>{sentence(c)} (Photo {pick(c, "Getty Images", "Hamilton/REA", "SIPA", "AFP")})</figcaption></figure>'
        f'<div class="post-paywall">{"".join(parts)}</div>'
        f'<div class="author-box"><p><strong>{esc(author)}</strong></p><a href="/journaliste/{slug(author)}">Suivre</a></div></article>'
        f'<aside class="most-read"><h2>Les plus lus</h2><ol>{li_links(c, 5, "/economie-france/")}</ol></aside></main>'
        f'<footer class="sc-footer"><p><a href="/mentions-legales">Mentions légales</a> <a href="/cgu">CGU</a> <a href="/donnees-personnelles">Données personnelles</a> <a href="/contact">Contact</a></p><p>© Les Echos {y}</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 4. A German tech news site (heise-online-like)

_HS_FIRST = ["Andreas", "Jürgen", "Dennis", "Stefan", "Kim", "Daniel", "Martin"]
_HS_LAST = ["Wilkens", "Kuri", "Schirrmacher", "Krempl", "Sperling", "Berger", "Holland"]


def fam_heise(c: Ctx) -> FamilyOut:
    """heise news: kicker, lead, Anzeige, Mehr zum Thema, embed consent, (ane) sign-off."""
    blocks = body_blocks(c, 0.45, 0.25, 0.25, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f'<h3 class="subheading">{esc(t)}</h3>')
    y, m, d = era_date(c, 2008, 2026)
    kurz = "".join(c.rng.choice("abcdefghjklmnoprstuw") for _ in range(c.rng.randint(2, 3)))
    if gold[-1][0] == "p" and parts[-1].startswith("<p>") and c.rng.random() < 0.8:
        c.used.append("heise-kuerzel-inline")
        parts[-1] = (
            parts[-1][: -len("</p>")]
            + f' <span class="redakteurskuerzel">(<a href="mailto:{kurz}@heise.de" title="{kurz}">{kurz}</a>)</span></p>'
        )
    else:
        c.used.append("heise-kuerzel-own")
        parts.append(
            f'<p><span class="redakteurskuerzel">(<a href="mailto:{kurz}@heise.de">{kurz}</a>)</span></p>'
        )
    parts = maybe_weave(
        c,
        parts,
        0.6,
        "heise-anzeige",
        1,
        lambda: (
            '<div class="ad-label">Anzeige</div><div class="ad ad--inread" id="ad_inread"></div>'
        ),
    )
    parts = maybe_weave(
        c,
        parts,
        0.5,
        "heise-mehr-zum-thema",
        1,
        lambda: (
            f'<aside class="inread-boxes"><h4>Mehr zum Thema</h4><ul>{li_links(c, 3, "/news/")}</ul></aside>'
        ),
    )
    parts = maybe_weave(
        c,
        parts,
        0.35,
        "heise-embed-consent",
        1,
        lambda: (
            '<div class="opt-in__content"><p class="opt-in__header">Empfohlener redaktioneller Inhalt</p><p>Mit Ihrer Zustimmung wird hier ein externes Video (YouTube) geladen.</p><button>Video immer laden</button> <button>Video jetzt laden</button></div>'
        ),
    )
    authors = esc(person(c, _HS_FIRST, _HS_LAST))
    if c.rng.random() < 0.3:
        authors += " und " + esc(person(c, _HS_FIRST, _HS_LAST))
    kicker = pick(
        c,
        "Sicherheitslücke",
        "Datenschutz",
        "Linux",
        "KI",
        "Smartphone",
        "Netzpolitik",
        "Prozessoren",
    )
    plus = ""
    if c.rng.random() < 0.5:
        c.used.append("heise-plus-teaser")
        plus = f'<section class="a-related heise-plus"><h2>Mehr von heise+</h2><ul>{li_links(c, 3, "/ratgeber/")}</ul></section>'
    credit = ""
    if c.rng.random() < 0.7:
        c.used.append("heise-image")
        credit = f'<figure class="aufmacherbild"><img src="/imgs/18/{c.rng.randint(1, 4)}/{c.rng.randint(100, 999)}/{c.rng.randint(100, 999)}/{hexid(c, 20)}.jpeg" alt=""><figcaption class="a-caption"><p class="a-caption__text">{sentence(c)}</p><p class="a-caption__source">(Bild: {pick(c, "heise online", "Shutterstock", esc(person(c, _HS_FIRST, _HS_LAST)))})</p></figcaption></figure>'
    c.used += "heise-header heise-kicker heise-headline heise-lead heise-meta heise-forum heise-footer".split()
    html = (
        f'<body class="heise-online"><header class="a-header"><a class="a-logo" href="/">heise online</a><nav class="a-nav"><a href="/newsticker/">News</a> <a href="/ct/">c\'t</a> <a href="/ix/">iX</a> <a href="/mac-and-i/">Mac &amp; i</a> <a href="/developer/">Developer</a> <a href="/security/">Security</a> <a href="/plus/">heise+</a></nav><a href="/sso/login/">Anmelden</a></header>'
        f'<main><article class="article"><header class="a-article-header"><span class="a-article-header__label">{kicker}</span><h1 class="a-article-header__title">{esc(c.body.title)}</h1>'
        f'<p class="a-article-header__lead">{sentence(c, 2)}</p><div class="a-publish-info"><span class="creator">Von {authors}</span> <time datetime="{y}-{m:02d}-{d:02d}">{d:02d}.{m:02d}.{y}, {clock(c)} Uhr</time> <a class="comments-link" href="/forum/heise-online/Kommentare/{hexid(c, 6)}/">Kommentare lesen ({c.rng.randint(3, 900)} Beiträge)</a></div></header>{credit}'
        f'<div class="article-content">{"".join(parts)}</div>'
        f'<footer class="article-footer"><a href="/forum/heise-online/Kommentare/{hexid(c, 6)}/">Kommentare lesen</a> <a href="#">Artikel verschenken</a> <a href="#">Drucken</a></footer></article>{plus}</main>'
        f'<footer class="a-footer"><p><a href="/impressum.html">Impressum</a> <a href="/datenschutzerklaerung">Datenschutz</a> <a href="/kontakt/">Kontakt</a> <a href="/mediadaten/">Mediadaten</a></p><p>© {y} Heise Medien GmbH &amp; Co. KG</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 5. An Italian sports daily (Gazzetta-like)

_IT_FIRST = ["Luca", "Andrea", "Francesca", "Matteo", "Giulia", "Marco", "Alessandro"]
_IT_LAST = ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci"]
_IT_CLUBS = ["Inter", "Milan", "Juventus", "Napoli", "Roma", "Lazio", "Atalanta", "Fiorentina"]


def fam_gazzetta(c: Ctx) -> FamilyOut:
    """Sports article: summary, Leggi anche, Pubblicità, tabellino, RIPRODUZIONE RISERVATA."""
    blocks = body_blocks(c, 0.4, 0.15, 0.3, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f'<h3 class="bck-subtitle">{esc(t)}</h3>')
    y, m, d = era_date(c, 2012, 2026)
    parts = maybe_weave(
        c,
        parts,
        0.7,
        "gds-leggi-anche",
        c.rng.randint(1, 2),
        lambda: link_line(c, "Leggi anche", "/calcio/serie-a/", "leggi-anche"),
    )
    parts = maybe_weave(
        c,
        parts,
        0.6,
        "gds-pubblicita",
        c.rng.randint(1, 2),
        lambda: (
            f'<div class="adv-box" id="div-gpt-ad-{hexid(c, 6)}"><span class="adv-label">Pubblicità</span></div>'
        ),
    )
    if c.rng.random() < 0.45:
        c.used.append("gds-tabellino")
        a, b = c.rng.sample(_IT_CLUBS, 2)
        box = f'<div class="tabellino"><p class="tabellino__score">{a} {c.rng.randint(0, 4)} - {c.rng.randint(0, 4)} {b}</p><p class="tabellino__info">Marcatori: {esc(c.rng.choice(PEOPLE).split()[-1])} {c.rng.randint(1, 90)}\'. Arbitro: {esc(person(c, _IT_FIRST, _IT_LAST))}.</p></div>'
        parts = weave(c, parts, 1, lambda: box)
    parts.append('<p class="copyright">© RIPRODUZIONE RISERVATA</p>')
    author = person(c, _IT_FIRST, _IT_LAST)
    sec = pick(c, "Serie A", "Champions League", "Ciclismo", "Moto GP", "Formula 1", "Tennis")
    c.used += "gds-header gds-breadcrumb gds-headline gds-summary gds-author gds-photo gds-riproduzione gds-most-read gds-footer".split()
    html = (
        f'<body class="article-page"><header class="bck-header"><a class="logo" href="/">La Gazzetta dello Sport</a><nav><a href="/calcio/">Calcio</a> <a href="/calcio/serie-a/">Serie A</a> <a href="/formula-1/">F1</a> <a href="/motogp/">Moto GP</a> <a href="/tennis/">Tennis</a> <a href="/basket/">Basket</a> <a href="/ciclismo/">Ciclismo</a></nav><a class="btn-abbonati" href="/abbonamenti/">Abbonati</a></header>'
        f'<main class="bck-main"><nav class="breadcrumb"><a href="/">Home</a> › <a href="/{slug(sec)}/">{esc(sec)}</a></nav><article class="bck-article">'
        f'<h1 class="title">{esc(c.body.title)}</h1><h2 class="summary">{sentence(c)}</h2>'
        f'<div class="article-meta"><span class="author">di {esc(author)}</span> <time>{d} {IT_MONTHS[m - 1]} {y} (modifica alle {clock(c)})</time></div>'
        f'<figure class="article-photo"><img src="https://images2.gazzettaobjects.it/methode_image/{y}/{m:02d}/{d:02d}/{sec.split()[0]}/Foto_{hexid(c, 8)}.jpg" alt=""><figcaption>{sentence(c)} {pick(c, "LaPresse", "Getty", "Ansa", "Ipp")}</figcaption></figure>'
        f'<div class="bck-article-body">{"".join(parts)}</div></article>'
        f'<section class="piu-letti"><h2>I più letti</h2><ol>{li_links(c, 5, "/calcio/")}</ol></section></main>'
        f'<footer class="bck-footer"><p>Copyright {y} © RCS Mediagroup S.p.a. Tutti i diritti sono riservati | Per la pubblicità: CAIRORCS MEDIA SpA</p><p><a href="/privacy/">Privacy</a> <a href="/cookie/">Cookie policy</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 6. A US entertainment news site (E!-News-like)


def fam_enews(c: Ctx) -> FamilyOut:
    """Celebrity story: dek, byline, RELATED lines, Instagram embed, NBCU disclosure, newsletter."""
    blocks = body_blocks(c, 0.3, 0.2, 0.35)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2010, 2026)
    parts = maybe_weave(
        c,
        parts,
        0.7,
        "enews-related",
        c.rng.randint(1, 2),
        lambda: link_line(c, "RELATED:", "/news/", "related-link"),
    )
    parts = maybe_weave(
        c,
        parts,
        0.6,
        "enews-ad",
        c.rng.randint(1, 2),
        lambda: '<div class="ad-container"><span class="ad-label">Advertisement</span></div>',
    )
    if y >= 2013:
        parts = maybe_weave(
            c,
            parts,
            0.5,
            "enews-instagram",
            1,
            lambda: (
                f'<div class="embed-instagram"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/{hexid(c, 11)}/"><a href="https://www.instagram.com/p/{hexid(c, 11)}/">View this post on Instagram</a></blockquote></div>'
            ),
        )
    if c.rng.random() < 0.5:
        c.used.append("enews-nbcu-disclosure")
        parts.append("<p><em>(E! and NBC are both part of the NBCUniversal family.)</em></p>")
    news_box = ""
    if c.rng.random() < 0.6:
        c.used.append("enews-newsletter")
        news_box = '<div class="newsletter-signup"><h3>E! News Daily</h3><p>Get the latest celebrity news delivered to your inbox.</p><form><input type="email" placeholder="Email address"><button>Sign Up</button></form></div>'
    author = person(c, PEOPLE, PEOPLE)
    c.used += "enews-header enews-headline enews-dek enews-byline enews-photo enews-trending enews-footer".split()
    html = (
        f'<body class="article-page"><header class="site-header"><a class="logo" href="/">E! News</a><nav><a href="/news">News</a> <a href="/shows">Shows</a> <a href="/shopping">Shopping</a> <a href="/photos">Photos</a> <a href="/videos">Videos</a> <a class="watch-live" href="/live">Watch Live</a></nav></header>'
        f'<main><article class="article"><header class="article-header"><h1 class="article__title">{esc(c.body.title)}</h1><h2 class="article__dek">{sentence(c)}</h2>'
        f'<div class="byline">by <a href="/news/author/{slug(author)}">{esc(author)}</a> | <time>{EN_MONTHS[m - 1][:3]} {d}, {y} {c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d} {pick(c, "AM", "PM")}</time></div></header>'
        f'<figure class="article-hero"><img src="https://akns-images.eonline.com/eol_images/Entire_Site/{y}{m:02d}{d:02d}/rs_1200x1200-{hexid(c, 12)}.jpg" alt=""><figcaption>{pick(c, "Getty Images", "Instagram", "NBC", "Netflix")}</figcaption></figure>'
        f'<div class="article-body">{"".join(parts)}</div>{news_box}</article>'
        f'<section class="trending"><h2>Trending Stories</h2><ul>{li_links(c, 4, "/news/")}</ul></section></main>'
        f'<footer class="site-footer"><p><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a> <a href="/ad-choices">Ad Choices</a> <a href="/ca-notice">CA Notice</a></p><p>© {y} E! Entertainment Television, LLC A Division of NBCUniversal. All Rights Reserved.</p></footer></body></html>'
    )
    return html, gold

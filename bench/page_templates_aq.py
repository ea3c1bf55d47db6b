"""Set AQ of the constructed pages: mixed news and blogs, sampled the way a general "news and
blogs" web-extraction benchmark samples the web (2008-2026, several languages, English
included). Six NEWS families are here (a Polish national wire agency, PAP-like; an Austrian
public broadcaster's news site, ORF.at-like; a French-language Lebanese national daily,
L'Orient-Le-Jour-like; a German business daily, Handelsblatt-like; an English tech news site,
Ars-Technica-like; an Argentine sports daily, Olé-like); page_families_aq.py holds the six
BLOG families (a Chinese personal blog on Hugo's Stack theme, an expert's blog on Kajabi, a
start-up's corporate blog built in Framer, a Russian hobby site on uCoz, an Italian food blog
hosted by GialloZafferano Blog, a multi-author blog on ForumMagnum, LessWrong-like) and
`build_pages`.

Why: it is a sealed judge of the final extractor, so it needs page structures no earlier set
has (none of PAP, ORF, L'Orient-Le Jour, Handelsblatt, Ars Technica, Olé, Hugo Stack, Kajabi,
Framer, uCoz, GialloZafferano or ForumMagnum is in sets A-AN; each name was grepped for in
bench/page_*.py first). Written in session 21 (helper h-setaq) without reading digest's
extraction code, notes, docs, README, tests, any bench_*.py or the sets AO and AP written at
the same time; its builder never ran digest, trafilatura, readability or bench_pages on it.
The plumbing (Ctx, Page, draw_set, body_kinds, render) is that of sets D-AN, imported. The
sites are made up; their markup follows the real stacks. The body texts are the shared
English feed bodies; the furniture is in each site's language.

The gold follows sets D-AN (page_templates_d.py's to _an.py's docstrings): body paragraphs,
subheadings, lists, tables, quotes and code blocks; never the headline, standfirst (lead,
dek), byline, captions, pull quotes, comments or furniture. Decided before the families
were coded, as the earlier sets decided their like:
- inline "Czytaj także:", "Lire aussi", "Mehr zum Thema", "Further Reading", "Mirá
  también" lines and boxes between paragraphs are furniture wherever they sit, as are ad
  labels ("Anzeige", "Publicidad", "Advertisement") and newsletter and subscription appeals;
- credit and sign-off lines are furniture even inside the body's last element: the wire's
  editors' initials ("mml/ pad/"), "(PAP)", the broadcaster's "red, ORF.at/Agenturen", the
  business daily's closing "Mehr: ..." line, the daily's "© L'Orient-Le Jour" reuse note;
- a lead paragraph set apart above the body (bold `p.lead`, `div.story-lead`) is a
  standfirst and so furniture;
- a table of contents that repeats the subheadings is furniture (set AF's rule);
- text only a script carries (JSON-LD, hydration state) is not page text and so not gold.
Decisions for this module's families:
- a Polish national wire agency (PAP-like, 2016-2026, Drupal-style field wrappers): the
  paragraphs, subheadings, lists and quotes of `div.field--name-body` are article; the
  header (Kraj, Świat, Biznes ...), the breadcrumbs, the headline, the date line, the lead
  (`div.field--name-field-lead`), the photo and its "Fot. PAP/NAME" credit, the inline
  "Czytaj także:" lines, the closing "autor: NAME" and initials line ("mml/ pad/"), the tags
  ("Tagi:"), "Zobacz także", the copyright note and the footer are not;
- an Austrian public broadcaster's news site (ORF.at-like, 2012-2026): the paragraphs,
  subheadings, lists and quotes of `div.story-content` are article; the header (News,
  Sport, Wetter, TVthek), the headline, `div.story-lead` (lead), the image with "ORF.at/NAME"
  or "APA/NAME" credit, the "red, ORF.at/Agenturen" byline line after the body, "Links:"
  with its external links, the "Mehr zum Thema" box and the footer are not;
- a French-language Lebanese daily (L'Orient-Le-Jour-like, 2016-2026): the paragraphs,
  subheadings, lists and quotes of `div.article-body` are article; the header ("Liban",
  "Moyen-Orient", "S'abonner"), the rubric, the headline, the chapô (`p.chapo`), the
  author and date, the photo and its "(Crédit ...)" caption, the inline "Lire aussi" lines,
  the "Pour mémoire" box, the reuse note ("Les articles de L'Orient-Le Jour sont protégés
  ..."), the subscription box ("Abonnez-vous"), the comments and the footer are not;
- a German business daily (Handelsblatt-like, 2015-2026): the paragraphs, subheadings,
  lists, tables and quotes of `div.c-article-text` are article; the header ("Unternehmen",
  "Finanzen", "Politik", "H+"), the overline, the headline, the teaser (`p.c-article-lead`),
  the authors and date, the image with "Foto: dpa" credit, the in-body "Anzeige" slots, the
  "Mehr zum Thema" box, the stock quote box (DAX ...), the "Handelsblatt Morning Briefing"
  newsletter box, the closing "Mehr: ..." line, the author box and the footer are not;
- an English tech news site (Ars-Technica-like, 2008-2026, two eras of its WordPress
  theme): the paragraphs, subheadings, lists, tables and quotes of `div.article-content`
  (pre-2024 `div.article-content.post-page`; 2024-on `div.post-content`) are article; the
  header ("Biz & IT", "Tech", "Science", "Policy", "Cars", "Gaming & Culture"), the
  headline, the dek, the byline ("NAME - DATE"), the "Enlarge" figure captions, the inline
  "Further Reading" boxes, the "Advertisement" slots, the author bio, "Promoted Comments",
  "Reader comments", "Channel Ars Technica" and the footer are not;
- an Argentine sports daily (Olé-like, 2014-2026): the paragraphs, subheadings, lists,
  tables and quotes of `div.body-nota` are article; the header, the breadcrumb and
  tags, the headline, the bajada (`h2.bajada`), the author and date, the photo caption, the
  inline "Mirá también" links, the "Publicidad" slots, the match box ("Boca 2 - 1 River"
  scoreboard), the "Newsletter Olé" box, "Seguí leyendo", the comments and the footer are
  not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from page_templates import PEOPLE, Block, Ctx, esc, slug
from page_templates_ab import body_blocks, person
from page_templates_ah import clock
from page_templates_al import ES_MONTHS, FR_MONTHS, li_links
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

FamilyOut = tuple[str, list[Block]]

DE_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)


def handle(c: Ctx) -> str:
    """A commenter's nickname (Latin letters)."""
    first, last = c.rng.choice(PEOPLE).split()[:2]
    return pick(c, first, f"{first} {last[0]}.", f"{first.lower()}{c.rng.randint(1, 99)}", last)


def link_line(c: Ctx, label: str, prefix: str, cls: str) -> str:
    """An inline "read also" line about another story (furniture)."""
    h = headlines(c, 1)[0]
    return f'<p class="{cls}"><strong>{label}</strong> <a href="{prefix}{slug(h)[:50]}">{esc(h)}</a></p>'


# ---------------------------------------------------------------------------------------------
# 1. A Polish national wire agency (PAP-like)

_PL_FIRST = ["Anna", "Piotr", "Katarzyna", "Marcin", "Agnieszka", "Tomasz", "Magdalena"]
_PL_LAST = ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zielińska"]


def fam_pap_wire(c: Ctx) -> FamilyOut:
    """Wire dispatch: Drupal field wrappers, lead, Czytaj także lines, initials sign-off."""
    blocks = body_blocks(c, 0.25, 0.15, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2016, 2026)
    section = pick(c, "Kraj", "Świat", "Biznes", "Nauka", "Kultura", "Sport")
    if c.rng.random() < 0.6:
        c.used.append("pap-czytaj-takze")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            lambda: link_line(c, "Czytaj także:", "/wiadomosci/", "read-also"),
        )
    author = person(c, _PL_FIRST, _PL_LAST)
    ini = lambda: "".join(c.rng.choice("abcdefghijklmnoprstwz") for _ in range(3))  # noqa: E731
    c.used.append("pap-signoff")
    parts.append(
        f"<p>{pick(c, 'autor', 'Autorka', 'Z Brukseli')}: {esc(author)} (PAP)</p>"
        if c.rng.random() < 0.6
        else ""
    )
    parts.append(f"<p>{ini()}/ {ini()}/</p>")
    photo = ""
    if c.rng.random() < 0.7:
        c.used.append("pap-photo")
        photo = f'<div class="field field--name-field-image"><img src="/sites/default/files/styles/main_image/public/{y}-{m:02d}/{hexid(c, 8)}.jpg" alt=""><div class="image-description">{sentence(c)} Fot. PAP/{esc(person(c, _PL_FIRST, _PL_LAST))}</div></div>'
    tags = "".join(
        f'<li><a href="/tagi/{slug(h)[:20]}">{esc(h.split()[0])}</a></li>' for h in headlines(c, 3)
    )
    c.used += "pap-header pap-breadcrumbs pap-headline pap-date pap-lead pap-tags pap-see-also pap-copyright pap-footer".split()
    html = (
        f'<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas"><header class="header"><a class="logo" href="/">PAP</a><nav class="main-menu"><ul><li><a href="/kraj">Kraj</a></li><li><a href="/swiat">Świat</a></li><li><a href="/biznes">Biznes</a></li><li><a href="/nauka">Nauka</a></li><li><a href="/kultura">Kultura</a></li><li><a href="/sport">Sport</a></li><li><a href="/serwis-wideo">Wideo</a></li></ul></nav><a class="btn" href="/subskrypcja">Serwisy PAP</a></header>'
        f'<main class="main-container"><nav class="breadcrumb"><a href="/">Strona główna</a> › <a href="/{slug(section)}">{esc(section)}</a></nav>'
        f'<article class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">{esc(c.body.title)}</span></h1>'
        f'<div class="moreInfo"><span class="date">{d:02d}.{m:02d}.{y} {clock(c)}</span> <span class="updated">Aktualizacja: {d:02d}.{m:02d}.{y} {clock(c)}</span></div>{photo}'
        f'<div class="field field--name-field-lead"><p><strong>{sentence(c)}</strong></p></div>'
        f'<div class="clearfix text-formatted field field--name-body field__item">{"".join(parts)}</div>'
        f'<div class="field field--name-field-tags"><span class="label">Tagi:</span><ul>{tags}</ul></div></article>'
        f'<section class="block-views-block-related"><h2>Zobacz także</h2><ul>{li_links(c, 4, "/wiadomosci/")}</ul></section>'
        f'<p class="copyright-note">Wszystkie materiały w serwisie są chronione prawem autorskim. Przedruk i rozpowszechnianie materiałów bez zgody PAP S.A. są zabronione.</p></main>'
        f'<footer class="footer"><p><a href="/o-pap">O PAP</a> <a href="/kontakt">Kontakt</a> <a href="/regulamin">Regulamin</a> <a href="/polityka-prywatnosci">Polityka prywatności</a></p><p>© {y} Polska Agencja Prasowa S.A.</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 2. An Austrian public broadcaster's news site (ORF.at-like)


def fam_orf_at(c: Ctx) -> FamilyOut:
    """Story page: story-lead, story-content with h2, red line, Links list, Mehr zum Thema."""
    blocks = body_blocks(c, 0.5, 0.15, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2012, 2026)
    if c.rng.random() < 0.5:
        c.used.append("orf-image-inline")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<figure class="image"><img src="https://orf.at/static/images/site/news/{y}{m:02d}/{hexid(c, 10)}.jpg" alt=""><figcaption><p>{sentence(c)}</p><p class="copyright">{pick(c, "APA", "ORF.at", "Reuters", "AFP")}/{esc(c.rng.choice(PEOPLE).split()[-1])}</p></figcaption></figure>'
            ),
        )
    links = ""
    if c.rng.random() < 0.7:
        c.used.append("orf-links")
        items = "".join(
            f'<li><a href="https://{slug(h)[:12]}.example.at/">{esc(h.split(":")[0][:40])}</a></li>'
            for h in headlines(c, c.rng.randint(1, 3))
        )
        links = f'<div class="story-footer"><h3>Links:</h3><ul class="links">{items}</ul></div>'
    more = ""
    if c.rng.random() < 0.6:
        c.used.append("orf-mehr-zum-thema")
        more = f'<aside class="related"><h3>Mehr zum Thema</h3><ul>{li_links(c, 3, "https://orf.at/stories/3")}</ul></aside>'
    c.used += "orf-header orf-headline orf-lead orf-red-line orf-footer".split()
    html = (
        f'<body class="orfon"><header class="oon-header"><a class="oon-logo" href="https://orf.at/">ORF.at</a><nav class="oon-nav"><a href="https://orf.at/">News</a> <a href="https://sport.orf.at/">Sport</a> <a href="https://wetter.orf.at/">Wetter</a> <a href="https://tvthek.orf.at/">TVthek</a> <a href="https://sound.orf.at/">Sound</a> <a href="https://on.orf.at/">ON</a></nav></header>'
        f'<main id="content"><div class="story"><div class="story-header"><h1>{esc(c.body.title)}</h1></div>'
        f'<div class="story-lead"><p>{sentence(c, 2)}</p></div>'
        f'<div class="story-content">{"".join(parts)}</div>'
        f'<div class="byline"><p>red, {pick(c, "ORF.at/Agenturen", "ORF.at", "ORF.at/dpa", "wien.ORF.at")}</p></div>{links}'
        f'<p class="story-meta">Publiziert am {d:02d}.{m:02d}.{y}</p></div>{more}</main>'
        f'<footer class="oon-footer"><p><a href="https://der.orf.at/kontakt/">Kontakt</a> <a href="https://orf.at/stories/impressum/">Impressum/Offenlegung</a> <a href="https://der.orf.at/datenschutz/">Datenschutz</a> <a href="https://orf.at/barrierefrei/">Barrierefreiheit</a></p><p>ORF.at · Österreichischer Rundfunk</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. A French-language Lebanese national daily (L'Orient-Le-Jour-like)

_LB_FIRST = ["Jeanine", "Anthony", "Lyana", "Philippe", "Caroline", "Mounir", "Soulayma"]
_LB_LAST = ["Jalkh", "Samrani", "Alam", "Abi Akl", "Hayek", "Rabbat", "Mardam Bey"]


def fam_lorient(c: Ctx) -> FamilyOut:
    """Daily article: rubric, chapô, Lire aussi lines, Pour mémoire box, abo box, comments."""
    blocks = body_blocks(c, 0.3, 0.15, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2016, 2026)
    if c.rng.random() < 0.7:
        c.used.append("olj-lire-aussi")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            lambda: link_line(c, "Lire aussi", "/article/13", "lire-aussi"),
        )
    memo = ""
    if c.rng.random() < 0.4:
        c.used.append("olj-pour-memoire")
        memo = f'<div class="pour-memoire"><h4>Pour mémoire</h4><ul>{li_links(c, 3, "/article/12")}</ul></div>'
    author = person(c, _LB_FIRST, _LB_LAST)
    photo = ""
    if c.rng.random() < 0.8:
        c.used.append("olj-photo")
        photo = f'<figure class="article-image"><img src="https://s.lorientlejour.com/storage/attachments/{c.rng.randint(3000, 4200)}/{hexid(c, 8)}_{c.rng.randint(100000, 999999)}.jpg" alt=""><figcaption>{sentence(c)} ({pick(c, "Crédit AFP", "Crédit Mohammad Yassine", "Crédit João Sousa", "Crédit Reuters")})</figcaption></figure>'
    comments = ""
    if c.rng.random() < 0.5:
        c.used.append("olj-comments")
        comments = (
            '<section class="comments"><h3>Commentaires ('
            + str(c.rng.randint(1, 6))
            + ")</h3>"
            + "".join(
                f'<div class="comment"><p class="comment-author">{esc(handle(c))}</p><p>{sentence(c)}</p></div>'
                for _ in range(c.rng.randint(1, 3))
            )
            + '<p class="notice">Les commentaires sont réservés aux abonnés.</p></section>'
        )
    rubric = pick(c, "Liban", "Moyen-Orient", "Économie", "Culture", "Opinions")
    c.used += "olj-header olj-rubric olj-headline olj-chapo olj-byline olj-reuse-note olj-abo-box olj-footer".split()
    html = (
        f'<body class="page-article"><header class="main-header"><a class="logo" href="/">L\'Orient-Le Jour</a><nav><a href="/liban">Liban</a> <a href="/moyen-orient">Moyen-Orient</a> <a href="/monde">Monde</a> <a href="/economie">Économie</a> <a href="/culture">Culture</a> <a href="/podcasts">Podcasts</a></nav><a class="btn-subscribe" href="/abonnement">S\'abonner</a> <a href="/connexion">Se connecter</a></header>'
        f'<main><article class="article"><p class="rubric"><a href="/{slug(rubric)}">{esc(rubric)}</a></p><h1 class="article-title">{esc(c.body.title)}</h1><p class="chapo">{sentence(c)}</p>'
        f'<div class="article-meta"><span class="author">Par <a href="/author/{c.rng.randint(10, 900)}-{slug(author)}">{esc(author)}</a></span>, <time>{d} {FR_MONTHS[m - 1]} {y} à {clock(c).replace(":", "h")}</time></div>{photo}'
        f'<div class="article-body">{"".join(parts)}</div>{memo}'
        f"<p class=\"reuse-note\">Les articles de L'Orient-Le Jour sont protégés par le droit d'auteur. Toute reproduction est interdite sans autorisation.</p>"
        f'<div class="abo-box"><h3>Soutenez un journalisme indépendant</h3><p>Abonnez-vous dès maintenant pour accéder à tous nos contenus.</p><a href="/abonnement">Je m\'abonne</a></div></article>{comments}'
        f'<section class="most-read"><h2>Les plus lus</h2><ol>{li_links(c, 5, "/article/13")}</ol></section></main>'
        f'<footer class="main-footer"><p><a href="/qui-sommes-nous">Qui sommes-nous</a> <a href="/contact">Contact</a> <a href="/cgu">CGU</a></p><p>© {y} L\'Orient-Le Jour. Tous droits réservés.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 4. A German business daily (Handelsblatt-like)

_DE_FIRST = ["Julian", "Katharina", "Moritz", "Teresa", "Florian", "Hannah", "Sönke"]
_DE_LAST = ["Olk", "Kerkmann", "Hildebrand", "Stratmann", "Brück", "Iwersen", "Reimann"]


def fam_handelsblatt(c: Ctx) -> FamilyOut:
    """Business article: overline, lead, Anzeige slots, quote box, Morning Briefing, Mehr: line."""
    blocks = body_blocks(c, 0.5, 0.2, 0.3, pick(c, "ul", "table"))
    parts, gold = body_html(
        c, blocks, lambda t: f'<h3 class="c-headline">{esc(t)}</h3>', '<p class="c-paragraph">'
    )
    y, m, d = era_date(c, 2015, 2026)
    if c.rng.random() < 0.7:
        c.used.append("hb-anzeige")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            lambda: (
                f'<div class="c-ad" id="ad-{hexid(c, 5)}"><span class="c-ad__label">Anzeige</span><div class="ad-slot"></div></div>'
            ),
        )
    if c.rng.random() < 0.5:
        c.used.append("hb-quote-box")
        idx = pick(c, "DAX", "MDAX", "Euro Stoxx 50", "Dow Jones")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="c-quote-box"><span class="c-quote-box__name">{idx}</span> <span class="c-quote-box__value">{c.rng.randint(4000, 19000)},{c.rng.randint(10, 99)}</span> <span class="c-quote-box__change">{pick(c, "+", "-")}{c.rng.randint(0, 3)},{c.rng.randint(1, 99):02d} %</span></div>'
            ),
        )
    if c.rng.random() < 0.5:
        c.used.append("hb-morning-briefing")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                '<div class="c-newsletter-teaser"><h4>Handelsblatt Morning Briefing</h4><p>Der Newsletter für alle, die früher mehr wissen wollen. Jetzt kostenlos anmelden.</p><form><input type="email" placeholder="E-Mail-Adresse"><button>Anmelden</button></form></div>'
            ),
        )
    if c.rng.random() < 0.4:
        c.used.append("hb-mehr-zum-thema")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<aside class="c-related-inline"><h4>Mehr zum Thema</h4><ul>{li_links(c, 2, "/unternehmen/")}</ul></aside>'
            ),
        )
    if c.rng.random() < 0.6:
        c.used.append("hb-mehr-line")
        h = headlines(c, 1)[0]
        parts.append(
            f'<p class="c-paragraph"><strong>Mehr:</strong> <a href="/finanzen/{slug(h)[:40]}/{c.rng.randint(27000000, 30000000)}.html">{esc(h)}</a></p>'
        )
    a1, a2 = person(c, _DE_FIRST, _DE_LAST), person(c, _DE_FIRST, _DE_LAST)
    authors = esc(a1) if c.rng.random() < 0.6 else f"{esc(a1)}, {esc(a2)}"
    plus = '<span class="c-hplus">H+</span> ' if c.rng.random() < 0.4 else ""
    c.used += "hb-header hb-overline hb-headline hb-lead hb-authors hb-image hb-author-box hb-footer".split()
    html = (
        f'<body class="page--article"><header class="c-header"><a class="c-logo" href="/">Handelsblatt</a><nav><a href="/unternehmen/">Unternehmen</a> <a href="/finanzen/">Finanzen</a> <a href="/politik/">Politik</a> <a href="/technik/">Technik</a> <a href="/meinung/">Meinung</a> <a href="/hplus/">H+</a></nav><a href="/abo/">Abo</a> <a href="/login/">Anmelden</a></header>'
        f'<main class="o-main"><article class="c-article"><header class="c-article-header"><p class="c-overline">{plus}{esc(pick(c, "Autoindustrie", "Geldanlage", "Energiewende", "Konjunktur", "Künstliche Intelligenz"))}</p><h1 class="c-article-title">{esc(c.body.title)}</h1>'
        f'<p class="c-article-lead">{sentence(c, 2)}</p><div class="c-article-meta"><span class="c-authors">{authors}</span> <time datetime="{y}-{m:02d}-{d:02d}">{d:02d}.{m:02d}.{y} - {clock(c)} Uhr</time></div></header>'
        f'<figure class="c-article-image"><img src="/images/{hexid(c, 12)}.jpg" alt=""><figcaption>{sentence(c)} <span class="c-credit">Foto: {pick(c, "dpa", "Reuters", "Bloomberg", "imago images")}</span></figcaption></figure>'
        f'<div class="c-article-text">{"".join(parts)}</div>'
        f'<div class="c-author-box"><p><strong>{esc(a1)}</strong> ist Korrespondent{pick(c, "", "in")} in {pick(c, "Frankfurt", "Düsseldorf", "Berlin", "München")}.</p><a href="/autoren/{slug(a1)}/">Alle Artikel</a></div></article></main>'
        f'<footer class="c-footer"><p><a href="/impressum/">Impressum</a> <a href="/agb/">AGB</a> <a href="/datenschutz/">Datenschutz</a> <a href="/kontakt/">Kontakt</a></p><p>© Handelsblatt GmbH - Alle Rechte vorbehalten.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 5. An English tech news site (Ars-Technica-like, two theme eras)


def _ars_figure(c: Ctx, y: int, m: int, new: bool) -> str:
    """An inline image; before 2024 with the "Enlarge" link before the caption."""
    up = f"https://cdn.arstechnica.net/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}"
    enlarge = "" if new else '<a href="#" class="enlarge-link">Enlarge</a> / '
    credit = pick(c, "Getty Images", "Aurich Lawson", "NASA", "Samuel Axon")
    return f'<figure class="image shortcode-img center large"><a href="{up}.jpg" class="enlarge" data-height="1080" data-width="1920"><img src="{up}-640x360.jpg" alt=""></a><figcaption class="caption"><div class="caption-text">{enlarge}{sentence(c)}</div><div class="caption-credit">{credit}</div></figcaption></figure>'


def fam_ars_tech(c: Ctx) -> FamilyOut:
    """Tech story: dek, byline, Enlarge captions, Further Reading boxes, ads, comments teaser."""
    blocks = body_blocks(c, 0.45, 0.25, 0.3, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2008, 2026)
    new = y >= 2024
    author = person(c, PEOPLE, PEOPLE)
    if c.rng.random() < 0.7:
        c.used.append("ars-enlarge-figure")
        parts = weave(c, parts, c.rng.randint(1, 2), lambda: _ars_figure(c, y, m, new))
    if c.rng.random() < 0.6:
        c.used.append("ars-further-reading")
        parts = weave(
            c,
            parts,
            1,
            lambda: link_line(c, "Further Reading", f"/{y}/{m:02d}/", "further-reading"),
        )
    if c.rng.random() < 0.6:
        c.used.append("ars-ad")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                '<div class="ad-wrapper"><div class="ad ad--mid-content"><span class="ad-label">Advertisement</span></div></div>'
            ),
        )
    section = pick(c, "Biz &amp; IT", "Tech", "Science", "Policy", "Cars", "Gaming &amp; Culture")
    n_comments = c.rng.randint(12, 480)
    promoted = ""
    if c.rng.random() < 0.4:
        c.used.append("ars-promoted-comments")
        promoted = f'<section class="promoted-comments"><h3>Promoted Comments</h3><div class="comment"><span class="author">{esc(handle(c))}</span><p>{sentence(c, 2)}</p></div></section>'
    body_cls = "post-content" if new else "article-content post-page"
    byline = f'<p class="byline">{"" if new else "by "}<a href="/author/{slug(author)}/" rel="author">{esc(author)}</a> - <time>{EN_MONTHS[m - 1][:3]} {d}, {y} {c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d} {pick(c, "am", "pm")} UTC</time></p>'
    c.used += "ars-header ars-section ars-headline ars-dek ars-byline ars-author-bio ars-comments ars-channel ars-footer".split()
    html = (
        f'<body class="single single-post{" ars-2024" if new else ""}"><header id="header" class="site-header"><a class="logo" href="/">Ars Technica</a><nav class="primary-nav"><a href="/information-technology/">Biz &amp; IT</a> <a href="/gadgets/">Tech</a> <a href="/science/">Science</a> <a href="/tech-policy/">Policy</a> <a href="/cars/">Cars</a> <a href="/gaming/">Gaming &amp; Culture</a> <a href="/store/">Store</a> <a href="/civis/">Forums</a></nav><a class="subscribe" href="/store/product/subscriptions/">Subscribe</a></header>'
        f'<main id="main"><article class="article-single"><header class="article-header"><p class="section-label">{section}</p><h1 itemprop="headline">{esc(c.body.title)}</h1><h2 itemprop="description" class="dek">{sentence(c)}</h2>{byline}</header>'
        f'<div class="{body_cls}" itemprop="articleBody">{"".join(parts)}</div>'
        f'<section class="author-bio"><p><a href="/author/{slug(author)}/">{esc(author)}</a> is a {pick(c, "senior technology reporter", "science editor", "senior policy reporter", "reviews editor")} at Ars Technica.</p></section>{promoted}'
        f'<section class="comments-teaser"><a href="/civis/threads/{slug(c.body.title)[:40]}.{c.rng.randint(1000000, 1999999)}/">Reader comments <span class="count">{n_comments}</span></a></section></article>'
        f'<section class="channel-ars"><h2>Channel Ars Technica</h2><ul>{li_links(c, 3, "/video/watch/")}</ul></section></main>'
        f'<footer class="site-footer"><p><a href="/store/">Store</a> <a href="/about-us/">About Us</a> <a href="/rss-feeds/">RSS Feeds</a> <a href="/contact-us/">Contact us</a></p><p>© {y} Condé Nast. All rights reserved. Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement and Privacy Policy.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 6. An Argentine sports daily (Olé-like)

_AR_FIRST = ["Martín", "Facundo", "Leandro", "Sofía", "Gonzalo", "Florencia", "Diego"]
_AR_LAST = ["Ríos", "Pereyra", "Gómez", "Fernández", "Acosta", "Benítez", "Sosa"]
_AR_CLUBS = [
    "Boca",
    "River",
    "Racing",
    "Independiente",
    "San Lorenzo",
    "Estudiantes",
    "Vélez",
    "Talleres",
]


def fam_ole(c: Ctx) -> FamilyOut:
    """Sports story: bajada, Mirá también links, Publicidad, match box, newsletter, comments."""
    blocks = body_blocks(c, 0.3, 0.15, 0.35, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2014, 2026)
    if c.rng.random() < 0.7:
        c.used.append("ole-mira-tambien")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            lambda: link_line(c, "Mirá también", "/futbol-primera/", "mira-tambien"),
        )
    if c.rng.random() < 0.6:
        c.used.append("ole-publicidad")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="banner-box"><span class="ad-label">Publicidad</span><div id="div-gpt-ad-{hexid(c, 6)}"></div></div>'
            ),
        )
    match = ""
    if c.rng.random() < 0.5:
        c.used.append("ole-match-box")
        h, a = c.rng.sample(_AR_CLUBS, 2)
        match = f'<div class="match-widget"><span class="tournament">{pick(c, "Liga Profesional", "Copa Libertadores", "Copa Argentina")}</span><span class="team home">{h}</span> <span class="score">{c.rng.randint(0, 4)} - {c.rng.randint(0, 4)}</span> <span class="team away">{a}</span> <span class="status">Final</span></div>'
    news = ""
    if c.rng.random() < 0.5:
        c.used.append("ole-newsletter")
        news = '<div class="newsletter-box"><h3>Newsletter Olé</h3><p>Recibí las noticias más importantes del día en tu mail.</p><form><input type="email" placeholder="Tu email"><button>Suscribirme</button></form></div>'
    comments = ""
    if c.rng.random() < 0.5:
        c.used.append("ole-comments")
        items = "".join(
            f'<div class="comment"><b>{esc(handle(c))}</b><p>{sentence(c)}</p></div>'
            for _ in range(c.rng.randint(1, 3))
        )
        comments = f'<section class="comentarios"><h3>Comentarios</h3><p class="rules">Para comentar tenés que estar registrado. Los comentarios publicados son de exclusiva responsabilidad de sus autores.</p>{items}</section>'
    club = pick(c, *_AR_CLUBS)
    author = person(c, _AR_FIRST, _AR_LAST)
    c.used += "ole-header ole-breadcrumb ole-headline ole-bajada ole-byline ole-photo ole-tags ole-segui-leyendo ole-footer".split()
    html = (
        f'<body class="nota"><header class="header-ole"><a class="logo" href="/">Olé</a><nav><a href="/futbol-primera/">Fútbol Primera</a> <a href="/futbol-ascenso/">Ascenso</a> <a href="/futbol-internacional/">Internacional</a> <a href="/seleccion/">Selección</a> <a href="/tenis/">Tenis</a> <a href="/basquet/">Básquet</a> <a href="/resultados/">Resultados</a></nav></header>'
        f'<main class="container"><div class="breadcrumb"><a href="/">Olé</a> &gt; <a href="/{slug(club)}/">{esc(club)}</a></div><article class="nota-completa"><h1 class="titulo">{esc(c.body.title)}</h1><h2 class="bajada">{sentence(c)}</h2>'
        f'<div class="nota-autor"><span class="autor">{esc(author)}</span> <span class="fecha">{d:02d}/{m:02d}/{y} {clock(c)}</span></div>'
        f'<figure class="foto-principal"><img src="https://images.ole.com.ar/{y}/{m:02d}/{d:02d}/{hexid(c, 10)}_1200x630__1.jpg" alt=""><figcaption>{sentence(c)} (Fotobaires)</figcaption></figure>{match}'
        f'<div class="body-nota">{"".join(parts)}</div>{news}'
        f'<div class="tags"><span>Tags:</span> <a href="/{slug(club)}/">{esc(club)}</a> <a href="/futbol-primera/">Liga Profesional</a></div></article>{comments}'
        f'<section class="segui-leyendo"><h3>Seguí leyendo</h3><ul>{li_links(c, 4, "/futbol-primera/")}</ul></section></main>'
        f'<footer class="footer-ole"><p>Olé - Diario deportivo. {ES_MONTHS[m - 1].capitalize()} {y}. Todos los derechos reservados.</p><p><a href="/terminos/">Términos y condiciones</a> <a href="/privacidad/">Privacidad</a></p></footer></body></html>'
    )
    return html, gold

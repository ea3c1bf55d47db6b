"""Set AA of the constructed pages: 12 families of blog, community and knowledge-platform page
structures in seven languages, and `build_pages`.

Six families are in page_templates_aa.py (a velog post, a Brunch article, a Juejin article, a
Douban note, a vc.ru entry, a Telegraph page); here a French Over-blog article, a German Jimdo
website blog post, a Spanish Invision Community forum topic, a wikiHow-style how-to article, a
Jekyll blog in the Chirpy theme and a new-style ("shreddit") Reddit text post. Written blind to
digest's extraction rules and frozen before anyone ran digest on it; its builder never ran
digest, trafilatura, readability or bench_pages on it (session 16, helper h-setaa). The gold
convention is in page_templates_aa.py's docstring; the decisions for this module's families,
written down before they were coded:
- an Over-blog article (the 2013-2025 Over-blog editor, French): the text of the article's
  sections (`div.ob-section-text` > `div.ob-text` paragraphs and `<h2>` / `<h3>` subheadings,
  lists, the quote section's `p.ob-quote-text`) is article, but not the quote section's
  author line (`p.ob-quote-author`), the image sections with their captions (`p.ob-caption`)
  nor the "Publicité" units between sections; the Over-blog bar ("Créer mon blog", "Se
  connecter"), the blog header, the title, "Publié le 14 mars 2017 par X", the categories
  ("#Société"), "Partager cet article" with its buttons, "Repost 0", "Vous aimerez aussi :",
  "Commenter cet article" with the comments, the sidebar (Articles récents, Catégories,
  Newsletter "Abonnez-vous pour être averti des nouveaux articles publiés.", Liens) and the
  footer ("Blog créé avec Over-blog", "Signaler un abus") are not;
- a Jimdo Creator website's blog post (about 2010-2022, a small German business): the text
  of the post's modules (`div.j-module.n.j-text` paragraphs and lists, `div.j-module.n.j-header`
  subheadings) is article; the image modules with their captions, the divider and spacing
  modules, the cookie notice ("Diese Website verwendet Cookies..."), the site header and
  navigation (Home, Über uns, Leistungen, Blog, Kontakt), the post title (`h1.j-blog-header`),
  the date ("Montag, 14. März 2016"), "Tags:", "Kommentar schreiben", "Kommentare: N" with
  the comments and the form (Name: *, E-Mail-Adresse: *, Homepage:, Kommentar: *), the sidebar
  (Öffnungszeiten, Kontakt) and the footer (Impressum | Datenschutz | Cookie-Richtlinie |
  Sitemap, "Abmelden | Bearbeiten") are not;
- an Invision Community 4 forum topic (about 2015-2025, a Spanish sports forum): the first
  post's `div[data-role="commentContent"]` (paragraphs, at most one list) is article, but not
  the "Editado el ... por X" note at its end; the header and navigation (Foros, Actividad,
  Buscar, Crear una cuenta, Conectarse), the breadcrumb, the title, "Por X, date en Forum",
  "Seguidores N", the author pane (name, rango, "Mensajes", "Reputación", avatar), "Publicado
  date", "Compartir en otros sitios", the reactions ("Me gusta N"), the signature, the ad unit,
  the replies (some quoting the first post in `blockquote.ipsQuote` with "X dijo:"), "Crear
  una cuenta o conectarse para comentar", "Unirse a la conversación", "Navegando este tema"
  and the "Powered by Invision Community" footer are not;
- a wikiHow-style how-to article (about 2015-2025, English): the intro paragraph, the
  section headings' text (not the "Method 1" / "Part 1" labels), each step's text
  (`div.step`: the bold first sentence and the rest, one paragraph; a list inside a step is
  article) are article; the step numbers, the step images, "Co-authored by", "Last Updated",
  the view count, "Download Article", the "Explore this Article" jump links, "Things You'll
  Need", "Related wikiHows", the numbered references, "About This Article", "Did this
  article help you?" (Yes / No), the newsletter box and the footer are not;
- a Jekyll blog in the Chirpy theme (about 2020-2025, an English personal tech blog): the
  paragraphs, subheadings (not their hashtag anchors), lists, tables, quotes, the text of the
  prompt boxes (`blockquote.prompt-tip` etc., article, as callouts were in earlier sets) and
  code blocks (`td.rouge-code`, not the `td.rouge-gutter` line numbers nor the code header
  with the language label and copy button) of `div.content` are article; the left sidebar
  (avatar, site title and subtitle, HOME / CATEGORIES / TAGS / ARCHIVES / ABOUT, social
  icons), the top bar (breadcrumb, search), the title, the description below it (a dek), the
  meta (Posted, Updated, By, "N min read"), the preview image, the post tail (category, tags,
  "This post is licensed under CC BY 4.0 by the author.", Share), "Recently Updated",
  "Trending Tags", "Contents", "Further Reading", Older / Newer, the giscus comments and the
  footer ("Using the Chirpy theme for Jekyll") are not;
- a new-style Reddit text post (the 2023-2025 "shreddit" web components): the paragraphs,
  lists, headings and quotes of the post's `div[slot="text-body"]` are article; the header
  (search, "Get App", "Log In"), the left nav (Home, Popular, Explore, All, communities), the
  subreddit and author line, "N hr. ago", the title, the flair, the vote / comment / share
  bar, the promoted post, "Join the conversation", the sort and comment search, the comments
  (`shreddit-comment`), the right sidebar (community description, Members, Online, rules,
  moderators), "More posts you may like" and the footer ("Reddit Rules", "Reddit, Inc. ©")
  are not.

    .venv/bin/python bench/page_families_aa.py PAGE_ID 2601
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key, unique_bodies
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_aa import (
    FamilyOut,
    anchored,
    fam_brunch,
    fam_douban,
    fam_juejin,
    fam_telegraph,
    fam_vcru,
    fam_velog,
)
from page_templates_b import code_bodies, headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_p import as_list, headed
from page_templates_q import count, items, paras, pick, user
from page_templates_s import _MONTHS, body_html, quoted
from page_templates_u import stamp

Family = Callable[[Ctx], FamilyOut]

_FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
_DE_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
_DE_DAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
_ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()


def _lis(value: object) -> str:
    return "".join(f"<li>{esc(t)}</li>" for t in items(value))


# ---------------------------------------------------------------------------------------------
# 7. An Over-blog article


def fam_overblog(c: Ctx) -> FamilyOut:
    """An Over-blog article: ob-section-text / -images / -quote sections, ads, sidebar."""
    blocks = as_list(c, headed(c, quoted(c, paras(c.body.blocks), 0.35), 0.4), "ul", 0.25)
    sections: list[str] = []
    gold: list[Block] = []
    run: list[str] = []
    ht = pick(c, "h2", "h3")

    def flush() -> None:
        if run:
            sections.append(
                f'<div class="ob-section ob-section-text"><div class="ob-text">{"".join(run)}</div></div>'
            )
            run.clear()

    for kind, value in blocks:
        gold.append((kind, value))
        if kind == "quote":
            flush()
            author = (
                f'<p class="ob-quote-author">— {esc(c.rng.choice(PEOPLE))}</p>'
                if c.rng.random() < 0.6
                else ""
            )
            sections.append(
                f'<div class="ob-section ob-section-quote"><p class="ob-quote-text">{esc(str(value))}</p>{author}</div>'
            )
            c.used.append("overblog-quote-section")
        elif kind == "h":
            run.append(f"<{ht}>{esc(str(value))}</{ht}>")
        elif kind == "ul":
            run.append(f"<ul>{_lis(value)}</ul>")
        else:
            run.append(f"<p>{esc(str(value))}</p>")
            if len(run) > 1 and c.rng.random() < 0.3:
                flush()
    flush()

    def image() -> str:
        c.used.append("overblog-image-section")
        cap = (
            f'<p class="ob-caption">{esc(c.pool.headline(c.rng, c.body)[:60])}</p>'
            if c.rng.random() < 0.5
            else ""
        )
        return f'<div class="ob-section ob-section-images"><div class="ob-row-1-col"><div class="ob-col"><div class="ob-media-container"><img class="ob-media-image" src="https://img.over-blog-kiwi.com/{c.rng.randint(1, 2)}/{c.rng.randint(10, 99)}/{c.rng.randint(10, 99)}/{c.rng.randint(10**7, 10**8)}/ob_{hexid(c, 6)}_img.jpg" alt=""></div>{cap}</div></div></div>'

    def ad() -> str:
        c.used.append("overblog-ad")
        return f'<div class="ob-ads ob-ads-inread"><span class="ob-ads-label">Publicité</span><div id="ob-ad-{hexid(c, 6)}" class="ob-ad-slot"></div></div>'

    sections = weave(
        c, sections, c.rng.randint(0, 2), lambda: image() if c.rng.random() < 0.6 else ad()
    )
    blog = pick(
        c,
        "Le blog de Mireille",
        "Chroniques d'ailleurs",
        "Le petit journal de Paul",
        "Regards citoyens",
        "Carnets de route",
    )
    who = pick(c, "Mireille", "Paul D.", "Jean-Luc", "Sandrine", "Le Blogueur")
    y, m, d, t = stamp(c, 2013, 2025)
    cats = "".join(
        f'<a class="ob-post-category" href="/tag/{slug(x)}/">#{x}</a> '
        for x in c.rng.sample(
            ["Société", "Politique", "Actualité", "Humeur", "Économie", "Culture"],
            c.rng.randint(1, 2),
        )
    )
    nc = c.rng.randint(0, 5)
    comments = "".join(
        f'<li class="ob-comment"><div class="ob-comment-head"><span class="ob-comment-author">{pick(c, "Marie", "Bernard", "Anonyme", "Lucie", user(c))}</span> <span class="ob-comment-date">{d} {_FR_MONTHS[m - 1]} {y}</span></div><div class="ob-comment-body"><p>{sentence(c, c.rng.randint(1, 2))}</p></div><a class="ob-comment-reply" href="#">Répondre</a></li>'
        for _ in range(nc)
    )
    recent = "".join(
        f'<li><a href="/{y}/{m:02d}/{slug(h)[:30]}.html">{esc(h)}</a></li>' for h in headlines(c, 5)
    )
    alike = "".join(
        f'<div class="ob-related-item"><a href="/{slug(h)[:30]}.html"><img src="https://img.over-blog-kiwi.com/{hexid(c, 8)}.jpg" alt=""><span class="ob-related-title">{esc(h)}</span></a></div>'
        for h in headlines(c, c.rng.randint(2, 4))
    )
    c.used += "overblog-bar overblog-header overblog-title overblog-published overblog-categories overblog-share overblog-repost overblog-related overblog-comments overblog-sidebar overblog-newsletter overblog-footer".split()
    html = (
        f'<body class="ob-body"><div class="ob-topbar"><a class="ob-topbar-logo" href="https://www.over-blog.com/">Over-blog</a><a class="ob-topbar-link" href="https://www.over-blog.com/signup">Créer mon blog</a><a class="ob-topbar-link" href="https://admin.over-blog.com/">Se connecter</a></div>'
        f'<header class="header"><div class="header-inner"><a class="blog-title" href="/">{esc(blog)}</a><p class="blog-description">{pick(c, "Humeurs et réflexions au fil des jours", "Un regard sur l&#x27;actualité", "Mes petits riens")}</p><nav class="blog-menu"><a href="/">Accueil</a> <a href="/contact">Contact</a></nav></div></header>'
        f'<div class="container"><main class="main"><article class="post"><header class="post-header"><h1 class="post-title">{esc(c.body.title)}</h1><p class="post-date">Publié le {d} {_FR_MONTHS[m - 1]} {y} par <span class="post-author">{who}</span></p><p class="post-categories">Catégories : {cats}</p></header>'
        f'<div class="post-content"><div class="ob-sections">{"".join(sections)}</div></div>'
        f'<footer class="post-footer"><div class="ob-share"><p class="ob-share-title">Partager cet article</p><a class="ob-share-button ob-share-facebook" href="#">Facebook</a><a class="ob-share-button ob-share-twitter" href="#">X (Twitter)</a><a class="ob-share-button ob-share-pinterest" href="#">Pinterest</a><a class="ob-share-button ob-share-email" href="#">E-mail</a></div><p class="ob-repost">Repost0</p>'
        f'<div class="ob-related"><p class="ob-related-heading">Vous aimerez aussi :</p>{alike}</div></footer></article>'
        f'<section class="comments" id="ob-comments"><h2 class="comments-title">Commenter cet article</h2><form class="ob-comment-form"><input type="text" placeholder="Nom"><input type="email" placeholder="Email"><textarea placeholder="Votre commentaire"></textarea><button>Publier</button></form><ol class="ob-comments-list">{comments}</ol></section></main>'
        f'<aside class="sidebar"><div class="widget"><h3 class="widget-title">Articles récents</h3><ul>{recent}</ul></div><div class="widget"><h3 class="widget-title">Catégories</h3><ul><li><a href="#">Société</a></li><li><a href="#">Humeur</a></li></ul></div><div class="widget widget-newsletter"><h3 class="widget-title">Newsletter</h3><p>Abonnez-vous pour être averti des nouveaux articles publiés.</p><form><input type="email" placeholder="Email"><button>S&#x27;abonner</button></form></div><div class="widget"><h3 class="widget-title">Liens</h3><ul><li><a href="https://www.over-blog.com/">Over-blog</a></li></ul></div></aside></div>'
        f'<footer class="footer"><p>Blog créé avec <a href="https://www.over-blog.com/">Over-blog</a> · <a href="#">Signaler un abus</a> · <a href="https://www.over-blog.com/cgu">CGU</a> · <a href="#">Contact</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Jimdo website blog post


def fam_jimdo(c: Ctx) -> FamilyOut:
    """A Jimdo Creator blog post: j-blog-meta, j-module text / header / image / hr modules."""
    blocks = as_list(c, headed(c, paras(c.body.blocks), 0.4), pick(c, "ul", "ol"), 0.3)
    mods: list[str] = []
    run: list[str] = []

    def mid() -> str:
        return f"cc-m-{c.rng.randint(10**9, 10**10)}"

    def flush() -> None:
        if run:
            mods.append(
                f'<div id="{mid()}" class="j-module n j-text"><p>{"</p><p>".join(run)}</p></div>'
            )
            run.clear()

    for kind, value in blocks:
        if kind == "h":
            flush()
            mods.append(
                f'<div id="{mid()}" class="j-module n j-header"><h2 class="" id="{mid()}">{esc(str(value))}</h2></div>'
            )
        elif kind in ("ul", "ol"):
            flush()
            mods.append(
                f'<div id="{mid()}" class="j-module n j-text"><{kind}>{_lis(value)}</{kind}></div>'
            )
        else:
            run.append(esc(str(value)))
            if c.rng.random() < 0.4:
                flush()
    flush()
    gold = list(blocks)

    def image() -> str:
        c.used.append("jimdo-image-module")
        cap = (
            f'<figcaption itemprop="caption">{esc(c.pool.headline(c.rng, c.body)[:50])}</figcaption>'
            if c.rng.random() < 0.6
            else ""
        )
        return f'<div id="{mid()}" class="j-module n j-imageSubtitle"><figure class="cc-imagewrapper cc-m-image-align-1"><img srcset="https://image.jimcdn.com/app/cms/image/transf/dimension=640x10000:format=jpg/path/{hexid(c, 16)}/image/{hexid(c, 8)}/version/{c.rng.randint(10**9, 10**10)}/image.jpg 640w" alt="" class=""></figure>{cap}</div>'

    mods = weave(
        c,
        mods,
        c.rng.randint(0, 2),
        lambda: (
            image()
            if c.rng.random() < 0.7
            else f'<div id="{mid()}" class="j-module n j-hr"><hr></div>'
        ),
    )
    firm = pick(
        c,
        "Malerbetrieb Schneider",
        "Physiotherapie am Markt",
        "Bäckerei Huber",
        "Steuerberatung Wolf",
        "Hundeschule Pfotenglück",
        "Fahrschule Becker",
    )
    y, m, d, _ = stamp(c, 2010, 2022)
    nc = c.rng.randint(0, 4)
    comments = "".join(
        f'<li class="commentstd clearover cc-m-blog-comment"><div class="com-meta"><span class="com-name">{pick(c, "Sabine", "Thomas K.", "Gast", "Jürgen", user(c))}</span> <span class="com-date">({d:02d}.{m:02d}.{y} {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d})</span></div><p class="com-text">{sentence(c, c.rng.randint(1, 2))}</p></li>'
        for _ in range(nc)
    )
    cookie = ""
    if c.rng.random() < 0.6:
        c.used.append("jimdo-cookie-notice")
        cookie = '<div id="cc-individual-cookie-settings" class="cc-cookie-notice"><p>Diese Website verwendet Cookies. Durch die Nutzung der Website stimmen Sie der Verwendung von Cookies zu. <a href="/j/privacy">Mehr erfahren</a></p><button class="cc-cookie-accept">OK</button></div>'
    nav = "".join(
        f'<li class="jmd-nav__list-item-0{" jmd-nav__item--current" if x == "Blog" else ""}"><a href="/{slug(x) if x != "Home" else ""}" class="level_1"><span>{x}</span></a></li>'
        for x in ["Home", "Über uns", "Leistungen", "Blog", "Kontakt"]
    )
    tags = ""
    if c.rng.random() < 0.5:
        c.used.append("jimdo-tags")
        tags = (
            '<div class="blogtags">Tags: '
            + ", ".join(
                f'<a href="/app/blog/tag/{x}/">{x}</a>'
                for x in c.rng.sample(["Aktuelles", "Tipps", "News", "Team", "Angebote"], 2)
            )
            + "</div>"
        )
    c.used += "jimdo-header jimdo-nav jimdo-title jimdo-date jimdo-comments jimdo-comment-form jimdo-sidebar jimdo-footer jimdo-login".split()
    html = (
        f'<body class="body cc-page cc-page-blog j-m-flash-styles j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles j-m-rss-styles j-m-form-styles-disabled j-m-table-styles j-m-textWithImage-styles j-m-downloadDocument-styles j-m-imageSubtitle-styles j-m-flickr-styles j-m-googlemaps-styles j-m-blogSelection-styles-disabled j-m-comment-styles j-m-jimdo-styles j-m-profile-styles j-m-guestbook-styles j-m-promotion-styles j-m-twitter-styles j-m-hgrid-styles j-m-shoppingcart-styles j-m-catalog-styles j-m-product-styles-disabled j-m-facebook-styles j-m-sharebuttons-styles j-m-formnew-styles-disabled j-m-callToAction-styles j-m-turbo-styles j-m-spacing-styles j-m-googleplus-styles j-m-dummy-styles j-m-search-styles j-m-booking-styles j-footer-styles cc-pagemode-default cc-content-parent" id="page-{c.rng.randint(10**9, 10**10)}">{cookie}'
        f'<div id="cc-inner" class="cc-content-parent"><div class="jtpl-header"><div class="jtpl-logo"><a href="/"><span class="cc-logo-text">{firm}</span></a></div><nav class="jtpl-navigation"><div data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">{nav}</ul></div></div></nav></div>'
        f'<div class="jtpl-content"><div id="content_area" data-container="content"><div id="content_start"></div><div class="j-blog"><div class="n j-blog-meta j-blog-post--header"><div class="blog-head"><h1 class="j-blog-header j-blog-headline j-blog-post--headline"><a href="/{y}/{m:02d}/{d:02d}/{slug(c.body.title)[:40]}/" class="j-blog-header">{esc(c.body.title)}</a></h1><span class="j-text j-blog-post--date"><span class="date-long">{_DE_DAYS[(y + m + d) % 7]}, {d:02d}. {_DE_MONTHS[m - 1]} {y}</span></span></div></div>'
        f'<div class="post j-blog-content"><div class="j-blog-post">{"".join(mods)}</div></div>{tags}'
        f'<div class="j-comment"><div id="commentsModule{c.rng.randint(10**5, 10**6)}"><p class="cc-comments-count">Kommentare: <i class="cc-comments-count-value">{nc}</i></p><ul class="com-list">{comments}</ul><div class="com-form"><h3 class="commentFormHeading">Kommentar schreiben</h3><form class="commentForm"><fieldset><dl><dt><label>Name: *</label></dt><dd><input type="text" name="name"></dd><dt><label>E-Mail-Adresse: *</label></dt><dd><input type="text" name="email"></dd><dt><label>Homepage:</label></dt><dd><input type="text" name="url"></dd><dt><label>Kommentar: *</label></dt><dd><textarea name="text" rows="5"></textarea></dd></dl><p class="com-privacy">Ich bin kein Roboter <a href="/j/privacy">Datenschutz</a></p><input type="submit" class="submit" value="Kommentar abschicken"></fieldset></form></div></div></div></div></div></div>'
        f'<div class="jtpl-sidebar" data-container="sidebar"><div class="j-module n j-header"><h2>Öffnungszeiten</h2></div><div class="j-module n j-text"><p>Mo–Fr: 8:00–17:00 Uhr<br>Sa: nach Vereinbarung</p></div><div class="j-module n j-header"><h2>Kontakt</h2></div><div class="j-module n j-text"><p>{firm}<br>{pick(c, "Hauptstraße", "Bahnhofstraße", "Lindenweg")} {c.rng.randint(1, 90)}<br>{c.rng.randint(10000, 99999)} {pick(c, "Augsburg", "Kassel", "Freiburg", "Bielefeld", "Rosenheim")}<br>Tel. 0{c.rng.randint(100, 999)} / {c.rng.randint(10000, 999999)}</p></div></div>'
        f'<div class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow"><a rel="nofollow" href="/about/">Impressum</a> | <a href="/j/privacy">Datenschutz</a> | <a href="#" class="cc-cookie-settings">Cookie-Richtlinie</a> | <a href="/sitemap/">Sitemap</a></div><div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">Anmelden</a></span><span class="loggedin"><a rel="nofollow" id="logout" href="/logout">Abmelden</a> | <a rel="nofollow" id="edit" href="https://a.jimdo.com/app/cms/">Bearbeiten</a></span></div></div><div class="jimdo-free-footer-ad">Diese Website wurde mit <a href="https://www.jimdo.com/de/">Jimdo</a> erstellt</div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. An Invision Community forum topic (Spanish)


def _ips_post(c: Ctx, who: str, body: str, when: str, first: bool) -> str:
    rank = pick(c, "Miembro", "Miembro activo", "Veterano", "Moderador", "Recién llegado")
    sig = ""
    if c.rng.random() < 0.35:
        c.used.append("ips-signature")
        sig = f'<div data-role="memberSignature" class="ipsResponsive_hidePhone"><hr class="ipsHr"><div class="ipsType_reset ipsType_light ipsType_blendLinks ipsType_richText" data-controller="core.global.core.lightboxedImages">{pick(c, "¡Aúpa el equipo!", "Socio desde 1998", "El fútbol es de los aficionados.", "Hala Madrid y nada más")}</div></div>'
    reacts = f'<div class="ipsItemControls"><div class="ipsReact ipsPos_right"><div class="ipsReact_blurb"><ul class="ipsReact_reactions"><li class="ipsReact_reactCount"><span><img src="/uploads/reactions/react_like.png" alt="Me gusta"></span><span>{c.rng.randint(1, 60)}</span></li></ul></div></div><ul class="ipsComment_controls ipsClearfix"><li><a href="#" data-action="quoteComment" class="ipsButton ipsButton_light ipsButton_verySmall">Citar</a></li></ul></div>'
    return (
        f'<article id="elComment_{c.rng.randint(10**5, 10**7)}" class="cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone{" cPost_first" if first else ""}">'
        f'<div class="cAuthorPane_mobile ipsResponsive_showPhone"></div><aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone"><h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break"><strong><a href="/profile/{c.rng.randint(10, 99999)}-{slug(who)}/" class="ipsType_break">{esc(who)}</a></strong></h3><ul class="cAuthorPane_info ipsList_reset"><li data-role="group">{rank}</li><li class="cAuthorPane_photo"><a href="#" class="ipsUserPhoto ipsUserPhoto_large"><img src="/uploads/monthly_{c.rng.randint(2015, 2025)}_{c.rng.randint(1, 12):02d}/{hexid(c, 10)}.thumb.jpg.{hexid(c, 32)}.jpg" alt="{esc(who)}"></a></li><li data-role="reputation-badge"><span class="ipsRepBadge ipsRepBadge_positive"><i class="fa fa-plus-circle"></i> {c.rng.randint(0, 9000)}</span></li><li class="ipsType_light">{c.rng.randint(1, 20000):,} mensajes</li></ul></aside>'
        f'<div class="ipsColumn ipsColumn_fluid ipsMargin:none"><div id="comment-{c.rng.randint(10**5, 10**7)}_wrap" data-controller="core.front.core.comment" class="ipsComment_content ipsType_medium"><div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse"><div class="ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap"><ul class="ipsList_inline ipsComment_tools"><li><a href="#" class="ipsType_blendLinks" data-ipsmenu>Compartir en otros sitios</a></li></ul></div><div class="ipsType_reset ipsResponsive_hidePhone"><a href="#" class="ipsType_blendLinks">Publicado <time datetime="{when}" title="{when}" data-short="{c.rng.randint(1, 9)} a">{when[:10]}</time></a></div></div>'
        f'<div class="cPost_contentWrap"><div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages">{body}</div>{reacts}{sig}</div></div></div></article>'
    )


def fam_ips_es(c: Ctx) -> FamilyOut:
    """An Invision Community 4 topic in Spanish: cPost articles, author pane, ipsQuote replies."""
    gold = as_list(c, paras(c.body.blocks), "ul", 0.25)
    body = "".join(f"<p>{esc(str(v))}</p>" if k == "p" else f"<ul>{_lis(v)}</ul>" for k, v in gold)
    op = user(c)
    y, m, d, t = stamp(c, 2015, 2025)
    when = f"{y}-{m:02d}-{d:02d}T{t}Z"
    human = f"{d} de {_ES_MONTHS[m - 1]} de {y}"
    if c.rng.random() < 0.35:
        c.used.append("ips-edited-note")
        body += f'<p><span style="font-size:8px;"><span class="ipsType_reset ipsType_medium ipsType_light" data-excludequote=""><strong>Editado el {human} por {esc(op)}</strong></span></span></p>'
    forum = pick(
        c, "Fútbol", "Baloncesto", "Liga", "Mercado de fichajes", "Charla general", "Motor"
    )
    sents = [str(v) for k, v in gold if k == "p"]
    replies = []
    for _ in range(c.rng.randint(2, 8)):
        text = f"<p>{sentence(c, c.rng.randint(1, 3))}</p>"
        if sents and c.rng.random() < 0.3:
            c.used.append("ips-reply-quote")
            text = f'<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-username="{esc(op)}" data-ipsquote-contentclass="forums_Topic"><div class="ipsQuote_citation">{esc(op)} dijo:</div><div class="ipsQuote_contents"><p>{esc(c.rng.choice(sents)[:160])}</p></div></blockquote>{text}'
        replies.append(_ips_post(c, user(c), text, when, False))
    ad = ""
    if c.rng.random() < 0.6:
        c.used.append("ips-ad")
        ad = f'<div class="ipsAdvertisement ipsSpacer_both ipsSpacer_half"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{c.rng.randint(10**15, 10**16)}" data-ad-slot="{c.rng.randint(10**9, 10**10)}" data-ad-format="auto"></ins></div>'
    site = pick(c, "ForoFútbol", "La Grada", "Foro Motor", "Comunidad Deportiva")
    browsing = ", ".join(user(c) for _ in range(c.rng.randint(0, 3)))
    c.used += "ips-header ips-nav ips-breadcrumb ips-title ips-meta ips-followers ips-author-pane ips-reactions ips-replies ips-join ips-browsing ips-footer".split()
    html = (
        f'<body class="ipsApp ipsApp_front ipsJS_has ipsClearfix ipsLayout_noBackground" data-controller="core.front.core.app" data-pageapp="forums" data-pagelocation="front" data-pagemodule="forums" data-pagecontroller="topic"><a href="#elContent" class="ipsHide" accesskey="m">Ir al contenido</a><div id="ipsLayout_header" class="ipsClearfix"><header><div class="ipsLayout_container"><a href="/" id="elLogo" accesskey="1"><img src="/uploads/monthly_2019_01/logo.png.{hexid(c, 32)}.png" alt="{site}"></a><ul id="elUserNav" class="ipsList_inline cSignedOut ipsResponsive_showDesktop"><li id="elSignInLink"><a href="/login/">¿Ya tienes cuenta? Conectarse</a></li><li><a href="/register/" class="ipsButton ipsButton_primary">Crear una cuenta</a></li></ul></div></header>'
        f'<nav data-controller="core.front.core.navBar" class="ipsNavBar_noSubBars ipsResponsive_showDesktop"><div class="ipsNavBar_primary ipsLayout_container ipsNavBar_noSubBars"><ul data-role="primaryNavBar" class="ipsClearfix"><li class="ipsNavBar_active"><a href="/" data-navitem-id="1">Foros</a></li><li><a href="/discover/" data-navitem-id="2">Actividad</a></li><li><a href="/staff/" data-navitem-id="3">Equipo</a></li><li><a href="/online/" data-navitem-id="4">Usuarios conectados</a></li></ul><div id="elSearchWrapper"><div id="elSearch"><form><input type="search" id="elSearchField" placeholder="Buscar..." name="q"><button class="cSearchSubmit" type="submit" aria-label="Buscar"></button></form></div></div></div></nav></div>'
        f'<main id="ipsLayout_body" class="ipsLayout_container"><div id="ipsLayout_contentArea"><div id="ipsLayout_contentWrapper"><nav class="ipsBreadcrumb ipsBreadcrumb_top ipsFaded_withHover"><ul data-role="breadcrumbList"><li><a href="/">Inicio</a></li><li><a href="/forum/{c.rng.randint(1, 40)}-{slug(forum) or "futbol"}/">{forum}</a></li><li>{esc(c.body.title)}</li></ul></nav>'
        f'<div id="ipsLayout_mainArea"><div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom"><div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4"><div class="ipsFlex-flex:11"><h1 class="ipsType_pageTitle ipsContained_container"><span class="ipsType_break ipsContained"><span>{esc(c.body.title)}</span></span></h1></div><div class="ipsFlex-flex:00 ipsType_light"><div class="ipsFollow ipsPos_middle ipsButton ipsButton_light ipsButton_verySmall"><span>Seguidores</span><span class="ipsCommentCount">{c.rng.randint(1, 12)}</span></div></div></div><div class="ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3"><div class="ipsFlex-flex:11"><div class="ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix"><div><p class="ipsType_reset ipsType_blendLinks"><span class="ipsType_normal">Por <strong><a href="#" class="ipsType_break">{esc(op)}</a></strong>, </span><span class="ipsType_light ipsType_noBreak"><time datetime="{when}">{human}</time></span> en <a href="#">{forum}</a></p></div></div></div></div></div>'
        f'<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" class="ipsClear"><div data-role="commentFeed" data-controller="core.front.core.moderation" class="ipsAreaBackground_reset">{_ips_post(c, op, body, when, True)}{ad}{"".join(replies)}</div></div>'
        f'<div class="ipsBox ipsPadding ipsResponsive_pull ipsResponsive_showDesktop ipsMargin_top"><div class="ipsType_center"><h2 class="ipsType_sectionHead">Crear una cuenta o conectarse para comentar</h2><p class="ipsType_light">Tienes que ser miembro para dejar un comentario</p><div class="ipsGrid ipsGrid_collapsePhone"><div class="ipsGrid_span6"><h2 class="ipsType_sectionHead">Crear una cuenta</h2><p class="ipsType_normal ipsType_reset ipsType_light">Regístrate para obtener una cuenta nueva en nuestra comunidad. ¡Es fácil!</p><a href="/register/" class="ipsButton ipsButton_primary ipsButton_small">Registrar una nueva cuenta</a></div><div class="ipsGrid_span6"><h2 class="ipsType_sectionHead">Conectarse</h2><p class="ipsType_normal ipsType_reset ipsType_light">¿Ya tienes una cuenta? Conéctate aquí.</p><a href="/login/" class="ipsButton ipsButton_primary ipsButton_small">Conectarse ahora</a></div></div></div></div>'
        f'<div class="ipsResponsive_noFloat ipsResponsive_showDesktop"><div class="ipsWidget ipsWidget_horizontal"><h3 class="ipsType_reset ipsWidget_title">Navegando este tema</h3><div class="ipsWidget_inner ipsPad"><span class="ipsType_light">{c.rng.randint(1, 4)} miembros</span> {browsing}</div></div></div></div></div></div></main>'
        f'<footer id="ipsLayout_footer" class="ipsClearfix"><div class="ipsLayout_container"><ul class="ipsList_inline ipsType_center ipsSpacer_top" id="elFooterLinks"><li><a href="/terms/">Términos de uso</a></li><li><a href="/privacy/">Política de privacidad</a></li><li><a href="/guidelines/">Normas</a></li><li><a href="/contact/">Contacto</a></li></ul><p id="elCopyright"><span id="elCopyright_userLine">{site} © {y}</span> <a rel="nofollow" title="Invision Community" href="https://www.invisioncommunity.com/">Powered by Invision Community</a></p></div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A wikiHow-style how-to article


def fam_wikihow(c: Ctx) -> FamilyOut:
    """A wikiHow-like article: intro, method sections of numbered steps with images, extras."""
    blocks = as_list(c, headed(c, paras(c.body.blocks), 0.9), "ul", 0.3)
    intro, rest = blocks[:1], blocks[1:]
    gold: list[Block] = list(intro)
    sections: list[tuple[str, list[Block]]] = []
    for kind, value in rest:
        if kind == "h" or not sections:
            sections.append((str(value) if kind == "h" else "", []))
            if kind == "h":
                continue
        sections[-1][1].append((kind, value))
    label = pick(c, "Method", "Part")
    out: list[str] = []
    n_sec = len([s for s in sections if s[1]])
    k = 0
    for head, steps in sections:
        if not steps:
            continue
        k += 1
        if head:
            gold.append(("h", head))
        lis = []
        n = 0
        for kind, value in steps:
            if kind == "ul":
                if lis:  # a list inside the previous step
                    head_part, _, tail = lis[-1].rpartition('<div class="clearall">')
                    lis[-1] = f'{head_part}<ul>{_lis(value)}</ul><div class="clearall">{tail}'
                    gold.append((kind, value))
                    continue
                gold.append((kind, value))
                n += 1
                lis.append(
                    f'<li id="step-id-{k}{n:02d}"><div class="step_num" aria-label="Step {n}">{n}</div><div class="step"><ul>{_lis(value)}</ul><div class="clearall"></div></div></li>'
                )
                continue
            gold.append((kind, value))
            n += 1
            text = str(value)
            first, _, more = text.partition(". ")
            bold = (
                f'<b class="whb">{esc(first + ("." if more else ""))}</b> {esc(more)}'
                if more
                else f'<b class="whb">{esc(text)}</b>'
            )
            img = (
                f'<div class="mwimg largeimage floatcenter"><div class="content-spacer"><img src="/images/thumb/{hexid(c, 1)}/{hexid(c, 2)}/{slug(c.body.title)[:30]}-Step-{n}.jpg/v4-460px.jpg" alt="" class="whcdn"></div></div>'
                if c.rng.random() < 0.7
                else ""
            )
            c.used.append("wikihow-step")
            lis.append(
                f'<li id="step-id-{k}{n:02d}">{img}<div class="step_num" aria-label="Step {n}">{n}</div><div class="step">{bold}<div class="clearall"></div></div></li>'
            )
        title_part = (
            f'<span class="method_label">{label} {k}</span><span class="mw-headline" id="{slug(head)[:40] or label}">{esc(head)}</span>'
            if head
            else '<span class="mw-headline" id="Steps">Steps</span>'
        )
        of = (
            f'<div class="altblock"><span>{label}</span> <span>{k}</span> <span>of {n_sec}:</span></div>'
            if head and n_sec > 1
            else ""
        )
        out.append(
            f'<div class="section steps{" steps_first" if k == 1 else ""}" id="{label.lower()}_{k}"><div class="headline_info"><h3>{of}{title_part}</h3></div><div class="section_text"><ol class="steps_list_2">{"".join(lis)}</ol></div></div>'
        )
    who = c.rng.choice(PEOPLE)
    y, m, d, _ = stamp(c, 2015, 2025)
    related = "".join(
        f'<div class="related-article"><a href="/{slug(h)[:40]}"><img src="/images/thumb/{hexid(c, 1)}/{hexid(c, 2)}/x.jpg" alt=""><div class="text"><p><span>How to</span></p><p>{esc(h)}</p></div></a></div>'
        for h in headlines(c, c.rng.randint(3, 6))
    )
    refs = "".join(
        f'<li id="_note-{i}"><a href="https://www.{pick(c, "nytimes.com", "cdc.gov", "consumerreports.org", "nih.gov")}/{hexid(c, 6)}" class="external free" rel="nofollow">https://www.example.org/{hexid(c, 8)}</a></li>'
        for i in range(1, c.rng.randint(2, 7))
    )
    need = ""
    if c.rng.random() < 0.4:
        c.used.append("wikihow-things-needed")
        need = f'<div class="section thingsyoullneed"><h2><span class="mw-headline" id="Things_You\'ll_Need">Things You\'ll Need</span></h2><div class="section_text"><ul><li>{pick(c, "A computer", "A notebook", "A phone", "Patience")}</li><li>{pick(c, "An internet connection", "A pen", "About 30 minutes")}</li></ul></div></div>'
    c.used += "wikihow-header wikihow-title wikihow-coauthor wikihow-updated wikihow-views wikihow-download wikihow-explore wikihow-related wikihow-references wikihow-about wikihow-helpful wikihow-newsletter wikihow-footer wikihow-step-numbers".split()
    html = (
        f'<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-{slug(c.body.title)[:30]} skin-owl action-view"><div id="header_container"><div id="header" class="hdr-ab"><a href="/Main-Page" id="logo_link" class="logo-link"><img src="/skins/owl/images/wikihow_logo.svg" alt="wikiHow"></a><form id="hs" action="/wikiHowTo"><input id="hs_query" type="text" name="search" placeholder="Search"></form><nav id="actions"><a class="nav" href="/Special:CommunityDashboard">Edit</a><a class="nav" href="/Special:UserLogin">Log in</a></nav></div></div>'
        f'<div id="main_container"><div id="main"><div id="article_shell"><div id="article" class="mw-body"><div id="intro" class="section"><h1 id="section_0"><a href="#">{esc(c.body.title)}</a></h1>'
        f'<div class="coauthor_byline"><div class="byline_info"><span>Co-authored by <a href="/User:{slug(who)}">{esc(who)}</a></span></div><div class="byline_info"><span>Last Updated: {_MONTHS[m - 1]} {d}, {y}</span></div><div class="byline_info"><span>References</span></div></div>'
        f'<div id="method_toc" class="showsummary"><span class="toc_header">Explore this Article</span>'
        + "".join(
            f'<a href="#{label.lower()}_{i}" class="method_toc_item">{label} {i}</a>'
            for i in range(1, k + 1)
        )
        + f'<a href="#Tips_sub">Tips</a><a href="#related_wikihows">Related Articles</a><a href="#references">References</a><a href="#article_info_section">Article Summary</a></div>'
        f'<div class="mf-section-0"><p>{esc(str(intro[0][1]))}</p></div><div class="article_download"><a href="/index.php?title={slug(c.body.title)[:30]}&amp;action=download" class="pdf_download">Download Article</a></div></div>'
        f'<div id="steps_container">{"".join(out)}</div>{need}'
        f'<div class="section" id="related_wikihows"><h2><span class="mw-headline">Related wikiHows</span></h2><div class="section_text">{related}</div></div>'
        f'<div class="section sourcesandcitations" id="references"><h2><span class="mw-headline">References</span></h2><div class="section_text"><ol class="references">{refs}</ol></div></div>'
        f'<div class="section" id="article_info_section"><h2><span class="mw-headline">About This Article</span></h2><div class="section_text"><p>This article was co-authored by {esc(who)}. This article has been viewed {c.rng.randint(1000, 900000):,} times.</p><div class="sp_box"><span class="sp_text">{c.rng.randint(2, 40)} votes - {c.rng.randint(60, 100)}%</span></div><div class="at_updated">Updated: {_MONTHS[m - 1]} {d}, {y}</div><div class="at_views">Views: {c.rng.randint(1000, 900000):,}</div></div></div>'
        f'<div id="article_rating" class="section"><div class="ar_box_vote"><p class="ar_prompt">Did this article help you?</p><button class="ar_yes">Yes</button><button class="ar_no">No</button></div></div>'
        f'<div id="newsletter_box" class="section"><p>Get all the best how-tos!</p><p>Sign up for wikiHow\'s weekly email newsletter</p><form><input type="email" placeholder="Your email address"><button>Subscribe</button></form></div></div></div></div></div>'
        f'<div id="footer_container"><div id="footer"><div id="footer_links"><a href="/Main-Page">Home</a> <a href="/wikiHow:About-wikiHow">About wikiHow</a> <a href="/wikiHow:Jobs">Jobs</a> <a href="/wikiHow:Terms-of-Use">Terms of Use</a> <a href="/wikiHow:Privacy-Policy">Privacy Policy</a> <a href="/Special:Sitemap">Site Map</a></div><p id="footer_tag">wikiHow is where trusted research and expert knowledge come together.</p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Jekyll blog in the Chirpy theme


def _rouge(c: Ctx, text: str) -> str:
    lang = pick(c, "python", "shell", "yaml", "javascript", "go", "plaintext")
    label = {
        "python": "Python",
        "shell": "Shell",
        "yaml": "YAML",
        "javascript": "JavaScript",
        "go": "Go",
        "plaintext": "Plaintext",
    }[lang]
    lines = text.split("\n")
    gutter = "\n".join(str(i) for i in range(1, len(lines) + 1))
    c.used.append("chirpy-rouge-table")
    return f'<div class="language-{lang} highlighter-rouge"><div class="code-header"><span data-label-text="{label}"><i class="fas fa-code fa-fw small"></i></span><button aria-label="copy" data-title-succeed="Copied!"><i class="far fa-clipboard"></i></button></div><div class="highlight"><code><table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">{gutter}\n</pre></td><td class="rouge-code"><pre>{esc(text)}\n</pre></td></tr></tbody></table></code></div></div>'


def fam_chirpy(c: Ctx) -> FamilyOut:
    """A Jekyll Chirpy post: sidebar, topbar, content with anchors, prompts, rouge tables."""
    ids: list[tuple[str, str]] = []
    blocks = as_list(
        c,
        headed(c, quoted(c, c.body.blocks, 0.3), 0.7),
        pick(c, "ul", "ol", "table"),
        0.35,
        ("Step", "Note"),
    )
    anchor = anchored(ids, "h2")

    def head(t: str) -> str:
        h = anchor(t)
        a = ids[-1][0]
        return h.replace(
            "</h2>",
            f'<a href="#{a}" class="anchor text-muted"><i class="fas fa-hashtag"></i></a></h2>',
        )

    parts, gold = body_html(c, blocks, head, code=lambda t: _rouge(c, t))
    parts = [
        p.replace("<table>", '<div class="table-wrapper"><table>').replace(
            "</table>", "</table></div>"
        )
        for p in parts
    ]
    if (
        len(parts) > 2 and c.rng.random() < 0.5
    ):  # a paragraph turned into a prompt box (its text stays article)
        idx = [i for i, p in enumerate(parts) if p.startswith("<p>")]
        if idx:
            i = c.rng.choice(idx)
            kind = pick(c, "tip", "info", "warning", "danger")
            parts[i] = f'<blockquote class="prompt-{kind}">{parts[i]}</blockquote>'
            c.used.append("chirpy-prompt")
    who = c.rng.choice(PEOPLE)
    site = pick(
        c,
        f"{who.split()[0]}'s Blog",
        "Notes to Self",
        "dev.log",
        "Homelab Notes",
        "Bits &amp; Bytes",
    )
    y, m, d, _ = stamp(c, 2020, 2025)
    cat = pick(c, "Homelab", "Tutorial", "DevOps", "Programming", "Linux", "Security")
    tags = c.rng.sample(
        ["docker", "linux", "python", "kubernetes", "git", "networking", "jekyll", "self-hosting"],
        c.rng.randint(1, 4),
    )
    toc = "".join(
        f'<li class="toc-list-item"><a href="#{a}" class="toc-link node-name--H2">{esc(t)}</a></li>'
        for a, t in ids
    )
    recent = "".join(
        f'<li class="text-truncate lh-lg"><a href="/posts/{slug(h)[:40]}/">{esc(h)}</a></li>'
        for h in headlines(c, 5)
    )
    trending = "".join(
        f'<a class="post-tag btn btn-outline-primary" href="/tags/{x}/">{x}</a>'
        for x in c.rng.sample(
            ["docker", "linux", "python", "homelab", "proxmox", "nginx", "bash", "git", "ssh"], 6
        )
    )
    further = "".join(
        f'<article class="col"><a href="/posts/{slug(h)[:40]}/" class="post-preview card h-100"><div class="card-body"><time>{_MONTHS[c.rng.randint(0, 11)][:3]} {c.rng.randint(1, 28)}, {c.rng.randint(2020, y)}</time><h4 class="pt-0 my-2">{esc(h)}</h4><div class="text-muted"><p>{sentence(c)}</p></div></div></a></article>'
        for h in headlines(c, 3)
    )
    older_newer = headlines(c, 2)
    desc = ""
    if c.rng.random() < 0.5:
        c.used.append("chirpy-description")
        desc = f'<p class="post-desc fw-light mb-4">{esc(c.pool.headline(c.rng, c.body))}</p>'
    preview = ""
    if c.rng.random() < 0.4:
        c.used.append("chirpy-preview-image")
        preview = f'<div class="mt-3 mb-3"><img src="/assets/img/posts/{slug(c.body.title)[:30]}.png" class="preview-img" alt="Preview Image" width="1200" height="630"><figcaption class="text-center pt-2 pb-2">{esc(c.pool.headline(c.rng, c.body)[:50])}</figcaption></div>'
    comments = ""
    if c.rng.random() < 0.6:
        c.used.append("chirpy-giscus")
        comments = '<div id="comments" class="mb-5"><script src="https://giscus.app/client.js" data-repo="user/blog" data-mapping="pathname" data-theme="preferred_color_scheme" crossorigin="anonymous" async></script><div class="giscus"></div></div>'
    c.used += "chirpy-sidebar chirpy-topbar chirpy-breadcrumb chirpy-search chirpy-title chirpy-meta chirpy-post-tail chirpy-license chirpy-share chirpy-recent chirpy-trending chirpy-toc chirpy-further-reading chirpy-post-nav chirpy-footer".split()
    html = (
        f'<body><aside aria-label="Sidebar" id="sidebar" class="d-flex flex-column align-items-end"><header class="profile-wrapper"><a href="/" id="avatar" class="rounded-circle"><img src="/assets/img/avatar.png" width="112" height="112" alt="avatar"></a><h1 class="site-title"><a href="/">{site}</a></h1><p class="site-subtitle fst-italic mb-0">{pick(c, "A minimal, responsive and feature-rich Jekyll theme for technical writing.", "Things I learned so I don&#x27;t forget them", "Homelab, code and other rabbit holes")}</p></header>'
        f'<nav class="flex-column flex-grow-1 w-100 ps-0"><ul class="nav"><li class="nav-item"><a href="/" class="nav-link"><i class="fa-fw fas fa-home"></i><span>HOME</span></a></li><li class="nav-item"><a href="/categories/" class="nav-link"><i class="fa-fw fas fa-stream"></i><span>CATEGORIES</span></a></li><li class="nav-item"><a href="/tags/" class="nav-link"><i class="fa-fw fas fa-tags"></i><span>TAGS</span></a></li><li class="nav-item"><a href="/archives/" class="nav-link"><i class="fa-fw fas fa-archive"></i><span>ARCHIVES</span></a></li><li class="nav-item"><a href="/about/" class="nav-link"><i class="fa-fw fas fa-info-circle"></i><span>ABOUT</span></a></li></ul></nav>'
        f'<div class="sidebar-bottom d-flex flex-wrap align-items-center w-100"><button type="button" class="btn btn-link nav-link" aria-label="Switch Mode" id="mode-toggle"><i class="fas fa-adjust"></i></button><span class="icon-border"></span><a href="https://github.com/{user(c)}" aria-label="github" target="_blank" rel="noopener noreferrer"><i class="fab fa-github"></i></a><a href="/feed.xml" aria-label="rss"><i class="fas fa-rss"></i></a></div></aside>'
        f'<div id="main-wrapper" class="d-flex justify-content-center"><div class="container d-flex flex-column px-xxl-5"><header id="topbar-wrapper" aria-label="Top Bar"><div id="topbar" class="d-flex align-items-center justify-content-between px-lg-3 h-100"><nav id="breadcrumb" aria-label="Breadcrumb"><span><a href="/">Home</a></span><span>{esc(c.body.title)}</span></nav><button type="button" id="sidebar-trigger" class="btn btn-link"><i class="fas fa-bars fa-fw"></i></button><div id="topbar-title">Post</div><button type="button" id="search-trigger" class="btn btn-link"><i class="fas fa-search fa-fw"></i></button><search id="search" class="align-items-center ms-3 ms-lg-0"><i class="fas fa-search fa-fw"></i><input class="form-control" id="search-input" type="search" aria-label="search" autocomplete="off" placeholder="Search..."></search><button type="button" class="btn btn-link text-decoration-none" id="search-cancel">Cancel</button></div></header>'
        f'<div class="row flex-grow-1"><main aria-label="Main Content" class="col-12 col-lg-11 col-xl-9 px-md-4"><article class="px-1"><header><h1 data-toc-skip>{esc(c.body.title)}</h1>{desc}<div class="post-meta text-muted"><span>Posted <time data-ts="{c.rng.randint(1577836800, 1735689600)}" data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom">{_MONTHS[m - 1][:3]} {d}, {y}</time></span>'
        + (
            f"<span>Updated <time>{_MONTHS[(m % 12)][:3]} {d}, {y}</time></span>"
            if c.rng.random() < 0.4
            else ""
        )
        + f'{preview}<div class="d-flex justify-content-between"><span>By <em><a href="https://github.com/{user(c)}">{esc(who)}</a></em></span><div><span class="readtime" data-bs-toggle="tooltip" data-bs-placement="bottom" title="{c.rng.randint(300, 3000)} words"><em>{c.rng.randint(2, 15)} min</em> read</span></div></div></div></header>'
        f'<div class="content">{"".join(parts)}</div>'
        f'<div class="post-tail-wrapper text-muted"><div class="post-meta mb-3"><i class="far fa-folder-open fa-fw me-1"></i><a href="/categories/{slug(cat)}/">{cat}</a></div><div class="post-tags"><i class="fa fa-tags fa-fw me-1"></i>'
        + "".join(f'<a href="/tags/{x}/" class="post-tag no-text-decoration">{x}</a>' for x in tags)
        + f'</div><div class="post-tail-bottom d-flex justify-content-between align-items-center mt-5 pb-2"><div class="license-wrapper">This post is licensed under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> by the author.</div><div class="share-wrapper d-flex align-items-center"><span class="share-label text-muted">Share</span><span class="share-icons"><a href="#" aria-label="Twitter"><i class="fa-fw fa-brands fa-square-x-twitter"></i></a><a href="#" aria-label="Telegram"><i class="fa-fw fab fa-telegram"></i></a><button class="btn text-start" data-title-succeed="Link copied successfully!"><i class="fa-fw fas fa-link pe-none fs-6"></i></button></span></div></div></div></article></main>'
        f'<aside aria-label="Panel" id="panel-wrapper" class="col-xl-3 ps-2 mb-5 text-muted"><div class="access"><section id="access-lastmod"><h2 class="panel-heading">Recently Updated</h2><ul class="content list-unstyled ps-0 pb-1 ms-1 mt-2">{recent}</ul></section><section><h2 class="panel-heading">Trending Tags</h2><div class="d-flex flex-wrap mt-3 mb-1 me-3">{trending}</div></section></div><div class="toc-border-cover z-3"></div><section id="toc-wrapper" class="invisible position-sticky ps-0 pe-4 pb-4"><h2 class="panel-heading ps-3 pb-2 mb-0">Contents</h2><nav id="toc"><ol class="toc-list">{toc}</ol></nav></section></aside></div>'
        f'<div class="row"><div id="tail-wrapper" class="col-12 col-lg-11 col-xl-9 px-md-4"><aside id="related-posts" aria-labelledby="related-label"><h3 class="mb-4" id="related-label">Further Reading</h3><nav class="row row-cols-1 row-cols-md-2 row-cols-xl-3 g-4 mb-4">{further}</nav></aside><nav class="post-navigation d-flex justify-content-between" aria-label="Post Navigation"><a href="#" class="btn btn-outline-primary" aria-label="Older"><p>{esc(older_newer[0])}</p></a><a href="#" class="btn btn-outline-primary" aria-label="Newer"><p>{esc(older_newer[1])}</p></a></nav>{comments}'
        f'<footer aria-label="Site Info" class="d-flex flex-column justify-content-center text-muted flex-lg-row justify-content-lg-between align-items-lg-center pb-lg-3"><p>© <time>{y}</time> <a href="https://github.com/{user(c)}">{esc(who)}</a>. <span data-bs-toggle="tooltip" data-bs-placement="top" title="Except where otherwise noted, the blog posts on this site are licensed under the Creative Commons Attribution 4.0 International (CC BY 4.0) License by the author.">Some rights reserved.</span></p><p>Using the <a data-bs-toggle="tooltip" data-bs-placement="top" title="v{c.rng.randint(5, 7)}.{c.rng.randint(0, 6)}.{c.rng.randint(0, 3)}" href="https://github.com/cotes2020/jekyll-theme-chirpy" target="_blank" rel="noopener">Chirpy</a> theme for <a href="https://jekyllrb.com" target="_blank" rel="noopener">Jekyll</a>.</p></footer></div></div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A new-style Reddit text post


def _sh_comment(c: Ctx, depth: int, post_id: str) -> str:
    c.used.append("shreddit-comment")
    who = user(c)
    kids = _sh_comment(c, depth + 1, post_id) if depth < 3 and c.rng.random() < 0.35 else ""
    cid = hexid(c, 7)
    return f'<shreddit-comment author="{who}" thingid="t1_{cid}" depth="{depth}" permalink="/r/x/comments/{post_id}/comment/{cid}/" postid="t3_{post_id}" score="{c.rng.randint(-5, 900)}"><div slot="commentMeta" class="flex flex-row items-center"><faceplate-hovercard><a href="/user/{who}/" class="font-bold text-neutral-content-strong">{who}</a></faceplate-hovercard><span class="inline-block my-0">•</span><faceplate-timeago ts="2024-01-01T00:00:00.000Z"><time>{c.rng.randint(1, 23)}h ago</time></faceplate-timeago></div><div slot="comment" id="t1_{cid}-comment-rtjson-content" class="md text-14-scalable"><p>{sentence(c, c.rng.randint(1, 2))}</p></div><shreddit-comment-action-row slot="actionRow"><span>{c.rng.randint(1, 900)}</span><button>Reply</button><button>Award</button><button>Share</button></shreddit-comment-action-row>{kids}</shreddit-comment>'


def fam_shreddit(c: Ctx) -> FamilyOut:
    """A shreddit text post: shreddit-post element, slot="text-body" md div, comment tree."""
    blocks = as_list(c, headed(c, quoted(c, c.body.blocks, 0.25), 0.2), pick(c, "ul", "ol"), 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    parts = [
        p.replace(
            "<blockquote>", '<blockquote class="border-s-md border-solid border-tone-4 ps-md">'
        )
        for p in parts
    ]
    sub = pick(
        c, "movies", "television", "Music", "books", "boxoffice", "popculturechat", "entertainment"
    )
    who = user(c)
    pid = hexid(c, 7)
    score = c.rng.randint(1, 40000)
    nc = c.rng.randint(2, 8)
    flair = ""
    if c.rng.random() < 0.6:
        c.used.append("shreddit-flair")
        flair = f'<shreddit-post-flair slot="post-flair"><a href="/r/{sub}/?f=flair_name%3A%22Discussion%22"><span class="bg-tone-4 inline-block truncate max-w-full text-12 font-normal box-border px-[6px] rounded-[20px]"><div class="flair-content">{pick(c, "Discussion", "News", "Review", "Question", "Article")}</div></span></a></shreddit-post-flair>'
    ad = ""
    if c.rng.random() < 0.6:
        c.used.append("shreddit-promoted")
        ad = f'<shreddit-ad-post class="promotedlink" post-title="{esc(c.pool.headline(c.rng, c.body))}"><span class="text-12">Promoted</span><a href="https://ads.example/{hexid(c, 6)}">{esc(c.pool.headline(c.rng, c.body))}</a><span>{pick(c, "Learn More", "Shop Now", "Sign Up")}</span></shreddit-ad-post>'
    rules = "".join(
        f"<li><details><summary>{i}. {x}</summary></details></li>"
        for i, x in enumerate(
            c.rng.sample(
                [
                    "Be civil",
                    "No spoilers in titles",
                    "No self-promotion",
                    "Stay on topic",
                    "No low-effort posts",
                    "No reposts",
                ],
                4,
            ),
            1,
        )
    )
    more = "".join(
        f'<li><a href="/r/{sub}/comments/{hexid(c, 7)}/{slug(h)[:40]}/">{esc(h)}</a><span>{c.rng.randint(1, 900)} upvotes · {c.rng.randint(1, 400)} comments</span></li>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    c.used += "shreddit-header shreddit-left-nav shreddit-subreddit shreddit-author shreddit-time shreddit-action-bar shreddit-join shreddit-sort shreddit-sidebar shreddit-rules shreddit-more-posts shreddit-footer".split()
    html = (
        f'<body class="v2 m-0 theme-beta"><shreddit-app pagetype="post_detail" routename="post_page" devicetype="desktop"><reddit-header-large><nav class="flex items-center justify-between h-header-large"><a href="/" aria-label="Home"><svg class="reddit-logo"></svg></a><reddit-search-large><faceplate-search-input placeholder="Search in r/{sub}"></faceplate-search-input></reddit-search-large><div class="flex items-center"><a href="https://reddit.app.link/" class="button-secondary">Get App</a><a href="https://www.reddit.com/login/" class="button-primary" id="login-button">Log In</a></div></nav></reddit-header-large>'
        f'<div class="grid-container"><flex-left-nav-container id="left-sidebar-container"><nav aria-label="Primary"><ul><li><a href="/">Home</a></li><li><a href="/r/popular/">Popular</a></li><li><a href="/explore/">Explore</a></li><li><a href="/r/all/">All</a></li></ul><details open><summary>Communities</summary><ul><li><a href="/r/{sub}/">r/{sub}</a></li></ul></details><details><summary>Resources</summary><ul><li><a href="https://redditinc.com">About Reddit</a></li><li><a href="https://ads.reddit.com">Advertise</a></li><li><a href="https://support.reddithelp.com">Help</a></li></ul></details></nav></flex-left-nav-container>'
        f'<div class="main-container"><main class="main w-full"><shreddit-post author="{who}" comment-count="{nc}" content-href="https://www.reddit.com/r/{sub}/comments/{pid}/" created-timestamp="2024-0{c.rng.randint(1, 9)}-1{c.rng.randint(0, 9)}T1{c.rng.randint(0, 9)}:00:00.000000+0000" domain="self.{sub}" id="t3_{pid}" permalink="/r/{sub}/comments/{pid}/{slug(c.body.title)[:40]}/" post-title="{esc(c.body.title)}" post-type="text" score="{score}" subreddit-prefixed-name="r/{sub}" class="block xs:mt-xs xs:-mx-xs xs:px-xs xs:rounded-[16px] pt-xs nd:pt-xs bg-neutral-background">'
        f'<div slot="credit-bar" class="flex justify-between text-12"><span class="flex items-center"><a href="/r/{sub}/" class="subreddit-name">r/{sub}</a><span>•</span><faceplate-timeago ts="2024-01-01T00:00:00.000Z"><time>{c.rng.randint(1, 23)} hr. ago</time></faceplate-timeago></span><span class="author-name"><a href="/user/{who}/">{who}</a></span></div>'
        f'<h1 slot="title" id="post-title-t3_{pid}" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-2xs xs:mb-xs">{esc(c.body.title)}</h1>{flair}'
        f'<div class="text-neutral-content" slot="text-body"><div class="mb-sm mb-xs px-md xs:px-0 overflow-hidden"><div class="md text-14-scalable" id="t3_{pid}-post-rtjson-content" property="schema:articleBody">{"".join(parts)}</div></div></div>'
        f'<span slot="vote-button" class="vote-count">{score if score < 1000 else f"{score / 1000:.1f}K"}</span><span slot="comment-count">{nc}</span><span slot="share-button">Share</span></shreddit-post>{ad}'
        f'<div class="comments-page-join"><faceplate-textarea-input placeholder="Join the conversation"></faceplate-textarea-input></div><div class="flex items-center"><shreddit-sort-dropdown>Sort by: <span>Best</span></shreddit-sort-dropdown><faceplate-search-input placeholder="Search Comments"></faceplate-search-input></div>'
        f'<shreddit-comment-tree post-id="t3_{pid}" totalcomments="{nc}">{"".join(_sh_comment(c, 0, pid) for _ in range(nc))}</shreddit-comment-tree>'
        f'<section class="more-posts"><h2>More posts you may like</h2><ul>{more}</ul></section></main>'
        f'<aside id="right-sidebar-container"><shreddit-subreddit-header prefixed-name="r/{sub}"><h2>r/{sub}</h2><p class="description">{pick(c, "The place to discuss everything on screen.", "News and discussion about the industry.", "A community for fans and critics.")}</p><div><faceplate-number number="{c.rng.randint(10**4, 3 * 10**7)}">{count(c, 10**4, 3 * 10**7)}</faceplate-number> Members</div><div><faceplate-number>{count(c, 50, 90000)}</faceplate-number> Online</div></shreddit-subreddit-header><div class="rules"><h2>r/{sub} Rules</h2><ol>{rules}</ol></div><div class="moderators"><h2>Moderators</h2><ul><li>u/{user(c)}</li><li>u/{user(c)}</li><li>u/AutoModerator</li></ul><a href="/message/compose?to=/r/{sub}">Message Mods</a></div></aside></div></div>'
        f'<footer class="text-12"><a href="https://www.redditinc.com/policies/content-policy">Reddit Rules</a> <a href="https://www.reddit.com/policies/privacy-policy">Privacy Policy</a> <a href="https://www.redditinc.com/policies/user-agreement">User Agreement</a> <span>Reddit, Inc. © {c.rng.randint(2023, 2025)}. All rights reserved.</span></footer></shreddit-app></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "velog-post": (fam_velog, "code"),
    "brunch-article": (fam_brunch, "blog"),
    "juejin-post": (fam_juejin, "code"),
    "douban-note": (fam_douban, "entertainment"),
    "vcru-entry": (fam_vcru, "business"),
    "telegraph-page": (fam_telegraph, "politics"),
    "overblog-fr": (fam_overblog, "blog"),
    "jimdo-blog": (fam_jimdo, "business"),
    "ips-forum-es": (fam_ips_es, "sport"),
    "wikihow-article": (fam_wikihow, "tech"),
    "jekyll-chirpy": (fam_chirpy, "tech"),
    "shreddit-post": (fam_shreddit, "entertainment"),
}

_LANG = {
    "velog-post": "ko",
    "brunch-article": "ko",
    "juejin-post": "zh",
    "douban-note": "zh-CN",
    "vcru-entry": "ru",
    "overblog-fr": "fr",
    "jimdo-blog": "de-DE",
    "ips-forum-es": "es-ES",
}

_HEAD = {
    "velog-post": '<meta property="og:site_name" content="velog"><link rel="manifest" href="/manifest.json"><style data-styled="active" data-styled-version="5.3.5"></style>',
    "brunch-article": '<meta property="og:site_name" content="브런치스토리"><meta name="twitter:card" content="summary_large_image"><link rel="stylesheet" href="//t1.daumcdn.net/brunch/static/build/css/service_article.css">',
    "juejin-post": '<meta name="keywords" content="掘金,稀土,Vue.js,前端面试题,Kotlin,ReactNative,Python"><meta property="og:site_name" content="稀土掘金"><meta name="apple-itunes-app" content="app-id=987739104">',
    "douban-note": '<meta name="referrer" content="always"><meta property="og:site_name" content="豆瓣"><link rel="stylesheet" href="https://img1.doubanio.com/f/vendors/note.css">',
    "vcru-entry": '<meta property="og:site_name" content="vc.ru"><meta name="yandex-verification" content="0"><link rel="alternate" type="application/rss+xml" href="/rss/all">',
    "telegraph-page": '<meta name="format-detection" content="telephone=no"><meta property="og:site_name" content="Telegraph"><link href="/css/quill.core.min.css" rel="stylesheet"><link href="/css/core.min.css?47" rel="stylesheet">',
    "overblog-fr": '<meta name="generator" content="Over-blog"><meta property="og:site_name" content="Over-blog"><link rel="alternate" type="application/rss+xml" href="/rss">',
    "jimdo-blog": '<meta name="generator" content="Jimdo Creator"><link href="https://assets.jimstatic.com/web.css.1a2b3c.css" rel="stylesheet" type="text/css"><link rel="alternate" type="application/rss+xml" title="Blog" href="/rss/blog">',
    "ips-forum-es": '<meta name="generator" content="Invision Community"><meta property="og:type" content="website"><link rel="stylesheet" href="/uploads/css_built_1/framework.css">',
    "wikihow-article": '<meta name="generator" content="MediaWiki 1.12"><meta property="og:site_name" content="wikiHow"><link rel="stylesheet" href="/load.php?modules=skins.owl&amp;only=styles">',
    "jekyll-chirpy": '<meta name="generator" content="Jekyll v4.3.3"><meta name="theme-color" media="(prefers-color-scheme: light)" content="#f7f7f7"><link rel="stylesheet" href="/assets/css/jekyll-theme-chirpy.css">',
    "shreddit-post": '<meta name="theme-color" content="#000000"><meta property="og:site_name" content="Reddit"><link rel="stylesheet" href="https://www.redditstatic.com/shreddit/en-US/shell.css">',
}


def aa_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus viewport, canonical link, the family's tags and its page language."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)
        return out.replace('<html lang="en">', f'<html lang="{lang}">', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 2601) -> list[Page]:
    """Set AA: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    kinds = {**kinds, "code": unique_bodies(code_bodies())}
    return draw_set(
        "aa", seed, per_family, FAMILIES, kinds, pool, "example.net", key=text_key, amend=aa_head
    )


if __name__ == "__main__":  # page_families_aa.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 2601)

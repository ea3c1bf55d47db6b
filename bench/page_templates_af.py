"""Set AF of the constructed pages: personal and small-team blogs on themes and engines no earlier
set has, in several languages. Six families are here (WordPress Astra in English, GeneratePress
in German, Kadence in Spanish, OceanWP in French, TieLabs' Sahifa in Arabic, Neve in Italian);
page_families_af.py holds the other six and `build_pages`.

Why a thirty-second set: it is session 18's blind judge, so it needs page structures the
extractor has not been checked on (none of the 377 families of sets A-AE is repeated: no Astra,
GeneratePress, Kadence, OceanWP, Sahifa or Neve post template; the earlier WordPress families
are the classic themes, Genesis, Elementor, Divi, Avada, WPBakery, tagDiv, Jannah, Newspack).
Written in session 18 (helper h-setaf) without reading digest's extraction code, notes, docs,
README, tests, any bench_*.py or the sets AG and AH written at the same time; its builder never
ran digest, trafilatura, readability or bench_pages on it. The plumbing (Ctx, Page, draw_set,
body_kinds, render) is that of sets D-AE, imported. The non-English blogs carry English bodies
(the body pools are English) in their own language's furniture.

The gold follows sets D-AE (page_templates_d.py's to _ae.py's docstrings): body paragraphs,
subheadings, lists, tables, quotes and code blocks; never the headline, standfirst, byline,
captions, pull quotes, comments or furniture. Parts that theme-built blogs add, decided as the
earlier sets decided their like, before the families were coded:
- a table of contents box set inside the entry content (Easy Table of Contents' `div#ez-toc-
  container`, a theme's "Table of Contents" details box) repeats the subheadings as links: it
  is furniture, as set AA's toc-menu family decided; the subheadings themselves are article;
- ad slots inside the entry content ("Anzeige", Sahifa's `div.e3lan`, Ad Inserter's
  `div.code-block`) and "read also" boxes inside it are furniture; so are image captions and
  the share bars that plugins put before or after the content;
- the post's category kicker, the entry meta ("By NAME", date, "N Comments", reading time,
  views), the author box, the post navigation ("Previous Post" / "Next Post"), the related
  posts, the comments and their reply form, the widget sidebar and the footer credit ("Powered
  by ... theme") are furniture, as in every earlier blog family.
Decisions for this module's families:
- a WordPress blog on Astra (English, 2019-2025): the paragraphs, subheadings, lists, tables
  and quotes of `div.entry-content` in `article.ast-article-single` are article; the header
  (`header#masthead`, site title, primary menu, search icon), the "Home » Category » Title"
  breadcrumb (Astra's own), the title, the `div.entry-meta` ("By NAME / March 3, 2024 /
  Category"), the featured image, the Sassy Social Share bar ("Share this"), the
  `div.ast-author-box`, "Post navigation", `div.ast-single-related-posts-container`
  ("Related Posts"), the comments ("N thoughts on", "Leave a Reply"), the sidebar widgets
  (Search, Recent Posts, Categories, Archives) and the footer ("Copyright © 2024 NAME |
  Powered by Astra WordPress Theme") are not;
- a German WordPress blog on GeneratePress (2017-2025): the paragraphs, subheadings, lists,
  tables and quotes of `div.entry-content[itemprop=text]` are article; the header and
  `nav#site-navigation` ("Startseite", "Über mich", "Kontakt"), the title, the entry meta
  ("von NAME", date), the Easy Table of Contents box ("Inhaltsverzeichnis", `div#ez-toc-
  container`, inside the content), the Ad Inserter "Anzeige" slot, the Shariff share buttons
  ("Teilen", "Twittern"), the footer meta ("Kategorien", "Schlagwörter"), the post navigation,
  "Schreibe einen Kommentar" with the DSGVO checkbox, the right sidebar, the Borlabs cookie
  box and the footer ("© 2024 NAME • Erstellt mit GeneratePress", "Impressum", "Datenschutz")
  are not;
- a Spanish WordPress blog on Kadence (2020-2025): the paragraphs, subheadings, lists, tables
  and quotes of `div.entry-content.single-content` are article; the header, the category
  links above the title (`div.entry-taxonomies`), the title, the meta ("Por NAME", date,
  "Actualizado el"), the featured image, the tags in `footer.entry-footer`, the author box
  (`div.entry-author`), the post navigation ("Anterior" / "Siguiente"), "Entradas similares"
  (`div.entry-related`), "Deja una respuesta", the sidebar and the footer ("© 2024 NAME -
  Tema de WordPress por Kadence WP") are not;
- a French WordPress blog on OceanWP (2017-2025): the paragraphs, subheadings, lists, tables
  and quotes of `div.entry-content` are article; the top bar, `header#site-header`, the page
  header with its title (repeated) and breadcrumb ("Accueil > Blog > ..."), the post title
  (`h2.single-post-title`), the meta list (author, date, category, "N commentaires", "N min
  de lecture"), the featured image, the "Partager cet article" bar, the author bio, "Vous
  aimerez aussi" (`section#related-posts`), the post navigation, the comments ("Laisser un
  commentaire"), the sidebar, the footer widgets, the copyright and the scroll-to-top button
  are not;
- an Arabic news-ish blog on TieLabs' Sahifa (2012-2019): the paragraphs, subheadings, lists,
  tables and quotes of `div.entry` in `article.post-listing` are article; the top nav with
  `span.today-date`, the logo, `nav#main-nav`, the breaking news ticker ("عاجل"), the
  breadcrumb (`div#crumbs`), the title (`h1.name.post-title`), `p.post-meta` (author, date,
  category, comments, views), the `div.e3lan` ad slots above, inside and below the entry, the
  "اقرأ أيضا" box inside the entry, the share bar (`div.share-post`), the tags ("الوسوم"), the
  author box, the post navigation, "مقالات ذات صلة" (`section#related_posts`), the comments
  ("اترك تعليقاً"), the sidebar and the footer are not;
- an Italian WordPress blog on Neve (2019-2025): the paragraphs, subheadings, lists, tables
  and quotes of `div.nv-content-wrap.entry-content` are article; the header builder rows
  (`div.hfg_header`), the title, `ul.nv-meta-list` ("di NAME", date, category, "N commenti"),
  the featured image with caption, the iubenda cookie banner, "Tag:" list, the post navigation,
  "Articoli correlati", "Lascia un commento", the sidebar (`div.nv-sidebar-wrap`) and the
  footer ("Realizzato con Neve | Powered by WordPress") are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from page_templates import PEOPLE, Block, Ctx, esc, slug
from page_templates_ab import body_blocks, person
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence
from page_templates_q import pick
from page_templates_s import body_html, era_date

FamilyOut = tuple[str, list[Block]]
EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)


def insert_at(c: Ctx, parts: list[str], extra: str, label: str) -> list[str]:
    """`extra` (furniture) put between two body blocks, never before the first."""
    if len(parts) < 3:
        return [*parts, extra]
    c.used.append(label)
    i = c.rng.randint(1, len(parts) - 1)
    return [*parts[:i], extra, *parts[i:]]


def toc_links(blocks: list[Block]) -> list[tuple[str, str]]:
    """(anchor, text) of the body's subheadings, for table of contents boxes."""
    return [(slug(str(v))[:40], str(v)) for k, v in blocks if k == "h"]


def wp_comments(
    c: Ctx, n: int, li_cls: str, says: str, reply: str, date_fmt: str = "{m}/{d}/{y}"
) -> str:
    """WordPress `ol.comment-list` items (comment text drawn from other articles)."""
    out = []
    for k in range(n):
        who = c.rng.choice(PEOPLE)
        y, m, d = era_date(c, 2018, 2025)
        out.append(
            f'<li id="comment-{c.rng.randint(100, 9999)}" class="comment {li_cls} depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{hexid(c, 12)}?s=50&amp;d=mm" class="avatar avatar-50 photo" height="50" width="50"><b class="fn">{esc(who)}</b> <span class="says">{says}</span></div>'
            f'<div class="comment-metadata"><a href="#comment-{k}"><time>{date_fmt.format(m=m, d=d, y=y)}</time></a></div></footer><div class="comment-content"><p>{sentence(c, c.rng.randint(1, 2))}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">{reply}</a></div></article></li>'
        )
    return "".join(out)


def wp_widgets(c: Ctx, titles: tuple[str, str, str], cats: list[str]) -> str:
    """Search, Recent Posts and Categories widgets of a WordPress sidebar."""
    recent = "".join(
        f'<li><a href="/{slug(h)[:40]}/">{esc(h)}</a></li>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    cat_li = "".join(
        f'<li class="cat-item"><a href="/category/{slug(x)}/">{esc(x)}</a></li>'
        for x in c.rng.sample(cats, k=min(len(cats), c.rng.randint(3, 5)))
    )
    return (
        f'<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">{titles[0]}</span><input type="search" class="search-field" placeholder="{titles[0]} …" name="s"></label><input type="submit" class="search-submit" value="{titles[0]}"></form></aside>'
        f'<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{titles[1]}</h2><ul>{recent}</ul></aside>'
        f'<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">{titles[2]}</h2><ul>{cat_li}</ul></aside>'
    )


# ---------------------------------------------------------------------------------------------
# 1. A WordPress blog on Astra (English)


def fam_astra(c: Ctx) -> FamilyOut:
    """An Astra single post: ast-separate-container, entry-meta, author box, related posts."""
    blocks = body_blocks(c, 0.4, 0.3, 0.2, pick(c, "ul", "ol", "table"))
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="wp-block-heading">{esc(t)}</h2>')
    site = pick(c, brand(c), "The Frugal Gardener", "Miles &amp; Mugs", "Quiet Desk", "Homebody")
    author = c.rng.choice(PEOPLE)
    y, m, d = era_date(c, 2019, 2025)
    cats = ["Lifestyle", "Travel", "Money", "Home", "Garden", "Productivity", "Food"]
    cat = c.rng.choice(cats)
    layout = pick(c, "ast-separate-container", "ast-plain-container", "ast-narrow-container")
    sidebar = c.rng.random() < 0.6
    thumb = ""
    if c.rng.random() < 0.6:
        c.used.append("astra-thumb")
        thumb = f'<div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}-1024x576.jpg" class="attachment-large size-large wp-post-image" alt="" decoding="async"></div>'
    share = ""
    if c.rng.random() < 0.5:
        c.used.append("astra-sassy-share")
        share = '<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing"><div class="heateor_sss_sharing_title" style="font-weight:bold">Share this</div><div class="heateor_sss_sharing_ul"><a class="heateor_sss_facebook" href="#" title="Facebook" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg"></span></a><a class="heateor_sss_button_x" href="#" title="X"><span class="heateor_sss_svg"></span></a><a class="heateor_sss_button_pinterest" href="#" title="Pinterest"><span class="heateor_sss_svg"></span></a><a class="heateor_sss_email" href="#" title="Email"><span class="heateor_sss_svg"></span></a></div></div>'
        parts = [share, *parts] if c.rng.random() < 0.5 else [*parts, share]
    author_box = ""
    if c.rng.random() < 0.5:
        c.used.append("astra-author-box")
        author_box = f'<div class="ast-single-author-box ast-author-meta"><div class="ast-author-avatar"><img src="https://secure.gravatar.com/avatar/{hexid(c, 12)}?s=100" class="avatar" alt=""></div><div class="ast-author-details"><h2 class="page-title ast-author-title">{esc(author)}</h2><div class="ast-author-bio">{sentence(c)}</div></div></div>'
    related = ""
    if c.rng.random() < 0.6:
        c.used.append("astra-related")
        related = (
            '<div class="ast-single-related-posts-container ast-container--fallback"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Related Posts</h2></div><div class="ast-related-posts-wrapper">'
            + "".join(
                f'<article class="ast-related-post post type-post"><div class="ast-related-posts-inner-section"><div class="ast-related-post-content"><div class="ast-related-post-featured-section ast-no-thumb"></div><header class="entry-header related-entry-header"><h3 class="ast-related-post-title entry-title"><a href="/{slug(h)[:40]}/" rel="bookmark">{esc(h)}</a></h3><div class="entry-meta ast-related-cat-style--none">{c.rng.choice(cats)}</div></header><div class="entry-content clear"><p class="ast-related-post-excerpt entry-content clear">{sentence(c)}</p></div><p class="ast-related-post-cta read-more"><a class="ast-related-post-link" href="#">Read more</a></p></div></div></article>'
                for h in headlines(c, 3)
            )
            + "</div></div>"
        )
    n_com = c.rng.choice([0, 0, 2, 3, 5])
    com_list = ""
    if n_com:
        c.used.append("astra-comments")
        com_list = f'<div class="comments-count-wrapper"><h3 class="comments-title">{n_com} thoughts on “{esc(c.body.title)}”</h3></div><ol class="ast-comment-list">{wp_comments(c, n_com, "ast-comment", "says:", "Reply", "{m}/{d}/{y}")}</ol>'
    aside = ""
    if sidebar:
        c.used.append("astra-sidebar")
        aside = f'<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">{wp_widgets(c, ("Search", "Recent Posts", "Categories"), cats)}</div></div>'
    crumbs = ""
    if c.rng.random() < 0.4:
        c.used.append("astra-breadcrumb")
        crumbs = f'<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><div class="ast-breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="/"><span>Home</span></a></li><li class="trail-item"><a href="/category/{slug(cat)}/"><span>{cat}</span></a></li><li class="trail-item trail-end"><span><span>{esc(c.body.title)}</span></span></li></ul></div></nav></div></div>'
    c.used += "astra-header astra-menu astra-title astra-meta astra-postnav astra-reply astra-footer".split()
    html = (
        f'<body class="post-template-default single single-post postid-{c.rng.randint(10, 9999)} single-format-standard wp-custom-logo {layout} ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header {"ast-right-sidebar" if sidebar else "ast-no-sidebar"} astra-4.{c.rng.randint(0, 8)}.{c.rng.randint(0, 9)}"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>'
        f'<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">'
        f'<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">{site}</a></span></div></div></div></div>'
        f'<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile"><li class="menu-item"><a href="/" class="menu-link">Home</a></li><li class="menu-item current-menu-parent"><a href="/blog/" class="menu-link">Blog</a></li><li class="menu-item"><a href="/about/" class="menu-link">About</a></li><li class="menu-item"><a href="/contact/" class="menu-link">Contact</a></li></ul></div></nav></div></div></div><div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search" data-section="section-header-search"><div class="ast-search-menu-icon slide-search"><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="Search …" name="s"></form><div class="ast-search-icon"><a class="slide-search astra-search-icon" aria-label="Search icon link" href="#"><span class="screen-reader-text">Search</span></a></div></div></div></div></div></div></div></div></div></header>'
        f'<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">{crumbs}<main id="main" class="site-main"><article class="post-{c.rng.randint(10, 9999)} post type-post status-publish format-standard has-post-thumbnail hentry category-{slug(cat)} ast-article-single" id="post-{c.rng.randint(10, 9999)}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1 ast-no-date-box">'
        f'<header class="entry-header">{thumb}<h1 class="entry-title" itemprop="headline">{esc(c.body.title)}</h1><div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by {esc(author)}" href="/author/{slug(author)}/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">{esc(author)}</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">{EN_MONTHS[m - 1]} {d}, {y}</span></span> / <span class="ast-terms-link"><a href="/category/{slug(cat)}/">{cat}</a></span></div></header>'
        f'<div class="entry-content clear" itemprop="text">{"".join(parts)}</div></div></article>{author_box}'
        f'<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a title="{esc(headlines(c, 1)[0])}" href="#" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="#" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>{related}'
        f'<div id="comments" class="comments-area comment-form-position-below">{com_list}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>'
        f"</main></div>{aside}</div></div>"
        f'<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright © {y} {site} | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></footer></div>'
        '<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="screen-reader-text">Scroll to Top</span></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 2. A German WordPress blog on GeneratePress

_DE_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
_DE_FIRST = ["Anna", "Jonas", "Katrin", "Matthias", "Sabine", "Tobias", "Ulrike", "Felix"]
_DE_LAST = ["Becker", "Hoffmann", "Krüger", "Lehmann", "Neumann", "Schulz", "Wagner", "Vogel"]


def fam_generatepress(c: Ctx) -> FamilyOut:
    """A GeneratePress post: inside-article, ez-toc box, Ad Inserter slot, Shariff, DSGVO form."""
    blocks = body_blocks(c, 0.7, 0.3, 0.15, pick(c, "ul", "table"))
    heads = toc_links(blocks)
    parts, gold = body_html(
        c,
        blocks,
        lambda t: (
            f'<h2><span class="ez-toc-section" id="{slug(t)[:40]}"></span>{esc(t)}<span class="ez-toc-section-end"></span></h2>'
        ),
    )
    site = pick(
        c, "Kaffeeklatsch Blog", "Wanderlust &amp; Wurst", "Gartenglück", "Zahlenfreund", brand(c)
    )
    who = person(c, _DE_FIRST, _DE_LAST)
    y, m, d = era_date(c, 2017, 2025)
    cats = ["Allgemein", "Reisen", "Finanzen", "Garten", "Technik", "Familie", "Rezepte"]
    cat = c.rng.choice(cats)
    if len(heads) >= 2 and c.rng.random() < 0.75:
        c.used.append("gp-ez-toc")
        toc = (
            '<div id="ez-toc-container" class="ez-toc-v2_0_61 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title">Inhaltsverzeichnis</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content">Umschalten</a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1">'
            + "".join(
                f'<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-{k}" href="#{a}" title="{esc(t)}">{esc(t)}</a></li>'
                for k, (a, t) in enumerate(heads, 1)
            )
            + "</ul></nav></div>"
        )
        parts = [*parts[:1], toc, *parts[1:]]
    if c.rng.random() < 0.6:
        ad = f'<div class="code-block code-block-{c.rng.randint(1, 9)}" style="margin: 8px auto; text-align: center; display: block; clear: both;"><p style="font-size:11px;color:#999">Anzeige</p><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-{c.rng.randint(10**15, 10**16 - 1)}" data-ad-slot="{c.rng.randint(10**9, 10**10 - 1)}"></ins></div>'
        parts = insert_at(c, parts, ad, "gp-adinserter")
    shariff = ""
    if c.rng.random() < 0.6:
        c.used.append("gp-shariff")
        shariff = '<div class="shariff shariff-align-flex-start shariff-widget-align-flex-start"><div class="ShariffHeadline">Teilen mit:</div><ul class="shariff-buttons theme-round orientation-horizontal buttonsize-medium"><li class="shariff-button facebook"><a href="#" title="Bei Facebook teilen" aria-label="Bei Facebook teilen" role="button" rel="noopener nofollow" class="shariff-link" target="_blank"><span class="shariff-icon"></span><span class="shariff-text">teilen</span></a></li><li class="shariff-button twitter"><a href="#" title="Bei X teilen" class="shariff-link"><span class="shariff-text">twittern</span></a></li><li class="shariff-button whatsapp"><a href="#" title="Bei Whatsapp teilen" class="shariff-link"><span class="shariff-text">teilen</span></a></li><li class="shariff-button mailto"><a href="#" title="Per E-Mail versenden" class="shariff-link"><span class="shariff-text">mail</span></a></li></ul></div>'
        parts = [*parts, shariff]
    n_com = c.rng.choice([0, 0, 1, 3, 4])
    com_list = ""
    if n_com:
        c.used.append("gp-comments")
        com_list = f'<h3 class="comments-title">{n_com} Gedanken zu „{esc(c.body.title)}“</h3><ol class="comment-list">{wp_comments(c, n_com, "even thread-even", "sagt:", "Antworten", "{d}. {m}. {y}")}</ol>'
    cookie = ""
    if c.rng.random() < 0.5:
        c.used.append("gp-borlabs")
        cookie = '<div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-labelledby="CookieBoxTextHeadline"><div class="bottom-center"><div class="_brlbs-box-wrap"><div class="_brlbs-box"><div class="cookie-box"><div class="container"><div class="row"><div class="col-12"><div class="_brlbs-flex-center"><span role="heading" aria-level="3" class="_brlbs-h3" id="CookieBoxTextHeadline">Datenschutzeinstellungen</span></div><p id="CookieBoxTextDescription">Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</p><p class="_brlbs-accept"><a href="#" tabindex="0" role="button" class="_brlbs-btn _brlbs-btn-accept-all _brlbs-cursor" data-cookie-accept-all>Alle akzeptieren</a></p><p class="_brlbs-refuse-btn"><a class="_brlbs-btn _brlbs-cursor" href="#" tabindex="0" role="button" data-cookie-refuse>Nur essenzielle Cookies akzeptieren</a></p><p class="_brlbs-manage-btn"><a href="#" class="_brlbs-cursor _brlbs-btn" tabindex="0" role="button" data-cookie-individual>Individuelle Datenschutzeinstellungen</a></p></div></div></div></div></div></div></div></div>'
    recent = "".join(
        f'<li><a href="/{slug(h)[:40]}/">{esc(h)}</a></li>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    c.used += "gp-header gp-nav gp-title gp-meta gp-footer-meta gp-postnav gp-reply gp-sidebar gp-footer".split()
    tags = ", ".join(
        f'<a href="/tag/{slug(t)}/" rel="tag">{t}</a>'
        for t in c.rng.sample(["Tipps", "Erfahrung", "Alltag", "Ratgeber", "Test", "Anleitung"], 2)
    )
    html = (
        f'<body class="post-template-default single single-post postid-{c.rng.randint(10, 9999)} single-format-standard wp-embed-responsive post-image-above-header post-image-aligned-center sticky-menu-fade right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope><a class="screen-reader-text skip-link" href="#content" title="Zum Inhalt springen">Zum Inhalt springen</a>'
        f'<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Website" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">{site}</a></p><p class="site-description" itemprop="description">{pick(c, "Ein Blog über das gute Leben", "Notizen aus dem Alltag", "Tipps, Tests und Erfahrungen")}</p></div>'
        f'<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primär" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menü</span></button><div id="primary-menu" class="main-nav"><ul id="menu-hauptmenue" class="menu sf-menu"><li class="menu-item"><a href="/">Startseite</a></li><li class="menu-item current-post-ancestor"><a href="/category/{slug(cat)}/">{cat}</a></li><li class="menu-item"><a href="/ueber-mich/">Über mich</a></li><li class="menu-item"><a href="/kontakt/">Kontakt</a></li></ul></div></div></nav></div></header>'
        f'<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main"><article id="post-{c.rng.randint(10, 9999)}" class="post type-post status-publish format-standard hentry category-{slug(cat)}" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
        f'<header class="entry-header" aria-label="Inhalt"><h1 class="entry-title" itemprop="headline">{esc(c.body.title)}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{y}-{m:02d}-{d:02d}T08:{c.rng.randint(10, 59)}:00+01:00" itemprop="datePublished">{d}. {_DE_MONTHS[m - 1]} {y}</time></span> <span class="byline">von <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/{slug(who)}/" title="Alle Beiträge von {who} anzeigen" rel="author" itemprop="url"><span class="author-name" itemprop="name">{who}</span></a></span></span></div></header>'
        f'<div class="entry-content" itemprop="text">{"".join(parts)}</div>'
        f'<footer class="entry-meta" aria-label="Beitragsmeta"><span class="cat-links"><span class="screen-reader-text">Kategorien </span><a href="/category/{slug(cat)}/" rel="category tag">{cat}</a></span> <span class="tags-links"><span class="screen-reader-text">Schlagwörter </span>{tags}</span><nav id="nav-below" class="post-navigation" aria-label="Beiträge"><div class="nav-previous"><span class="prev"><a href="#" rel="prev">{esc(headlines(c, 1)[0])}</a></span></div><div class="nav-next"><span class="next"><a href="#" rel="next">{esc(headlines(c, 1)[0])}</a></span></div></nav></footer></div></article>'
        f'<div class="comments-area"><div id="comments">{com_list}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Antworten abbrechen</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Deine E-Mail-Adresse wird nicht veröffentlicht.</span> <span class="required-field-message">Erforderliche Felder sind mit <span class="required">*</span> markiert</span></p><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Kommentar</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required><label for="email" class="screen-reader-text">E-Mail</label><input placeholder="E-Mail *" id="email" name="email" type="email" value="" size="30" required><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.</label></p><p class="wpgdprc-checkbox"><input type="checkbox" name="wpgdprc" id="wpgdprc" value="1" required> <label for="wpgdprc">Mit der Nutzung dieses Formulars erklärst du dich mit der Speicherung und Verarbeitung deiner Daten durch diese Website einverstanden. <abbr class="wpgdprc-required" title="Du musst diesem Punkt zustimmen.">*</abbr></label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kommentar abschicken"></p></form></div></div></div></main></div>'
        f'<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="block-2" class="widget inner-padding widget_block"><h2 class="widget-title">Über mich</h2><p>Hallo, ich bin {who.split()[0]}! {sentence(c)}</p></aside><aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul>{recent}</ul></aside><aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Kategorien</h2><ul>{"".join(f"<li class=cat-item><a href=/category/{slug(x)}/>{x}</a></li>" for x in cats[:5])}</ul></aside></div></div></div></div>'
        f'<div class="site-footer"><footer class="site-info" aria-label="Website" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="footer-bar"><aside id="nav_menu-2" class="widget inner-padding widget_nav_menu"><div class="menu-footer-container"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="/impressum/">Impressum</a></li><li class="menu-item"><a href="/datenschutz/">Datenschutz</a></li></ul></div></aside></div><div class="copyright-bar"><span class="copyright">© {y} {site}</span> • Erstellt mit <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>{cookie}</body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. A Spanish WordPress blog on Kadence

_ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
_ES_NAMES = [
    "Lucía Martín",
    "Javier Ortega",
    "Carmen Ruiz",
    "Pablo Navarro",
    "Marta Iglesias",
    "Diego Romero",
]


def fam_kadence(c: Ctx) -> FamilyOut:
    """A Kadence post: entry-taxonomies, entry-meta-divider, entry-author, entry-related carousel."""
    blocks = body_blocks(c, 0.5, 0.3, 0.2, pick(c, "ul", "ol", "table"))
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="wp-block-heading">{esc(t)}</h2>')
    site = pick(
        c,
        "Viajar sin prisa",
        "Finanzas de andar por casa",
        "La huerta de Lucía",
        "Café y código",
        brand(c),
    )
    who = c.rng.choice(_ES_NAMES)
    y, m, d = era_date(c, 2020, 2025)
    cats = ["Viajes", "Finanzas", "Huerto", "Recetas", "Tecnología", "Maternidad", "Opinión"]
    cat = c.rng.choice(cats)
    updated = ""
    if c.rng.random() < 0.5:
        c.used.append("kadence-updated")
        updated = f'<span class="updated-on"><span class="meta-label">Actualizado el</span><time class="entry-date updated" datetime="{y}-{m:02d}-{min(28, d + 3):02d}">{min(28, d + 3)} de {_ES_MONTHS[m - 1]} de {y}</time></span>'
    thumb = ""
    if c.rng.random() < 0.6:
        c.used.append("kadence-thumb")
        thumb = f'<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-behind alignwide kadence-thumbnail-ratio-2-3"><div class="post-thumbnail-inner"><img width="1200" height="800" src="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}.jpg" class="post-top-featured wp-post-image" alt="" decoding="async"></div></div>'
    if c.rng.random() < 0.4:
        fig = f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 6)}-1024x683.jpg" alt=""><figcaption class="wp-element-caption">{sentence(c)}</figcaption></figure>'
        parts = insert_at(c, parts, fig, "kadence-figure")
    author_box = ""
    if c.rng.random() < 0.6:
        c.used.append("kadence-author-box")
        author_box = f'<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{hexid(c, 12)}?s=80" class="avatar avatar-80 photo" height="80" width="80"></div><b class="entry-author-name author-name fn"><a href="/author/{slug(who)}/" title="Entradas de {who}" rel="author">{who}</a></b><div class="entry-author-description author-bio"><p>{sentence(c)}</p></div><div class="entry-author-follow author-follow"><a href="#" class="social-button instagram-link social-link-instagram" target="_blank" rel="noopener" title="Seguir en Instagram"></a></div></div></div>'
    related = ""
    if c.rng.random() < 0.7:
        c.used.append("kadence-related")
        related = (
            '<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Entradas similares</h2><div class="entry-related-carousel kadence-slide-init splide" data-columns-xxl="3" data-columns-xl="3" data-columns-md="3"><div class="splide__track"><ul class="splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3">'
            + "".join(
                f'<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post type-post"><div class="entry-content-wrap"><header class="entry-header"><div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="/category/{slug(x)}/" rel="tag">{x}</a></span></div><h3 class="entry-title"><a href="/{slug(h)[:40]}/" rel="bookmark">{esc(h)}</a></h3><div class="entry-meta entry-meta-divider-dot"><span class="posted-on"><time class="entry-date published">{c.rng.randint(1, 28)} de {c.rng.choice(_ES_MONTHS)} de {y}</time></span></div></header></div></article></li>'
                for h, x in zip(headlines(c, 3), c.rng.sample(cats, 3), strict=True)
            )
            + "</ul></div></div></div></div></div>"
        )
    n_com = c.rng.choice([0, 0, 2, 3])
    com_list = ""
    if n_com:
        c.used.append("kadence-comments")
        com_list = f'<h2 class="comments-title">{n_com} comentarios en «{esc(c.body.title)}»</h2><ol class="comment-list">{wp_comments(c, n_com, "even thread-even", "dice:", "Responder", "{d}/{m}/{y}")}</ol>'
    sidebar = c.rng.random() < 0.5
    aside = ""
    if sidebar:
        c.used.append("kadence-sidebar")
        aside = f'<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div class="sidebar-inner-wrap">{wp_widgets(c, ("Buscar", "Entradas recientes", "Categorías"), cats)}</div></aside>'
    tags = "".join(
        f'<a href="/tag/{slug(t)}/" title="{t}" class="tag-link" rel="tag"><span class="tag-hash">#</span>{t}</a>'
        for t in c.rng.sample(
            ["consejos", "ahorro", "viajes", "vida sencilla", "guía", "opinión"], 2
        )
    )
    c.used += "kadence-header kadence-taxonomies kadence-title kadence-meta kadence-tags kadence-postnav kadence-reply kadence-footer".split()
    html = (
        f'<body class="post-template-default single single-post postid-{c.rng.randint(10, 9999)} single-format-standard wp-custom-logo footer-on-bottom hide-focus-outline link-style-standard {"has-sidebar" if sidebar else "content-width-narrow"} content-title-style-normal content-vertical-padding-show non-transparent-header mobile-non-transparent-header"><div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Saltar al contenido</a>'
        f'<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard"><a class="brand" href="/" rel="home"><div class="site-title-wrap"><p class="site-title">{site}</p></div></a></div></div></div><div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation"><nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Navegación primaria"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">Inicio</a></li><li class="menu-item"><a href="/blog/">Blog</a></li><li class="menu-item"><a href="/sobre-mi/">Sobre mí</a></li><li class="menu-item"><a href="/contacto/">Contacto</a></li></ul></div></nav></div></div></div></div></div></div></div></div></div></header>'
        f'<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main"><div class="content-wrap">{thumb}<article id="post-{c.rng.randint(10, 9999)}" class="entry content-bg single-entry post type-post status-publish format-standard hentry category-{slug(cat)}"><div class="entry-content-wrap">'
        f'<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit"><div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="/category/{slug(cat)}/" rel="tag">{cat}</a></span></div><h1 class="entry-title">{esc(c.body.title)}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">Por</span><span class="author vcard"><a class="url fn n" href="/author/{slug(who)}/">{who}</a></span></span><span class="posted-on"><time class="entry-date published" datetime="{y}-{m:02d}-{d:02d}">{d} de {_ES_MONTHS[m - 1]} de {y}</time></span>{updated}</div></header>'
        f'<div class="entry-content single-content">{"".join(parts)}</div>'
        f'<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Etiquetas de entrada:</span>{tags}</span></div></footer></div></article>{author_box}'
        f'<nav class="navigation post-navigation" aria-label="Entradas"><h2 class="screen-reader-text">Navegación de entradas</h2><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><div class="post-navigation-sub"><small><span class="kadence-svg-iconset svg-baseline"></span>Anterior</small></div>{esc(headlines(c, 1)[0])}</a></div><div class="nav-next"><a href="#" rel="next"><div class="post-navigation-sub"><small>Siguiente</small></div>{esc(headlines(c, 1)[0])}</a></div></div></nav>{related}'
        f'<div id="comments" class="comments-area">{com_list}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Deja una respuesta <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancelar la respuesta</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Tu dirección de correo electrónico no será publicada.</span> <span class="required-field-message">Los campos obligatorios están marcados con <span class="required">*</span></span></p><p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" placeholder="Deja un comentario..." cols="45" rows="8" required></textarea><label class="float-label" for="comment">Comentario <span class="required">*</span></label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publicar el comentario"></p></form></div></div>'
        f"</div></main>{aside}</div></div></div>"
        f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom"><div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain"><div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="kadence_customizer_footer_html"><div class="footer-widget-area-inner site-info-inner"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>© {y} {site} - Tema de WordPress por <a href="https://www.kadencewp.com/" rel="nofollow noopener" target="_blank">Kadence WP</a></p></div></div></div></div></div></div></div></div></div></div></footer></div>'
        '<a id="kt-scroll-up" tabindex="-1" aria-hidden="true" aria-label="Desplazarse hacia arriba" href="#wrapper" class="kadence-scroll-to-top scroll-up-wrap scroll-ignore scroll-up-side-right scroll-up-style-outline vs-lg-true vs-md-true vs-sm-false"></a></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 4. A French WordPress blog on OceanWP

_FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
_FR_NAMES = [
    "Camille Durand",
    "Julien Moreau",
    "Élodie Fabre",
    "Nicolas Girard",
    "Sophie Lambert",
    "Thomas Roux",
]


def fam_oceanwp(c: Ctx) -> FamilyOut:
    """An OceanWP post: page-header title and breadcrumb, h2.single-post-title, meta list, share."""
    blocks = body_blocks(c, 0.5, 0.3, 0.2, pick(c, "ul", "ol", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    site = pick(
        c,
        "Les Carnets de Camille",
        "Maison &amp; Potager",
        "Zéro Déchet au Quotidien",
        "Le Petit Budget",
        brand(c),
    )
    who = c.rng.choice(_FR_NAMES)
    y, m, d = era_date(c, 2017, 2025)
    cats = ["Voyages", "Cuisine", "Jardin", "Finances", "Bien-être", "Maison", "Famille"]
    cat = c.rng.choice(cats)
    n_com = c.rng.choice([0, 0, 1, 2, 4])
    mins = max(1, len(" ".join(str(v) for _, v in blocks).split()) // 200)
    header_title = pick(c, esc(c.body.title), "Blog")
    topbar = ""
    if c.rng.random() < 0.4:
        c.used.append("owp-topbar")
        topbar = '<div id="top-bar-wrap" class="clr"><div id="top-bar" class="clr container has-no-content"><div id="top-bar-inner" class="clr"><div id="top-bar-content" class="clr has-content top-bar-left"><span class="topbar-content">Livraison de la newsletter chaque dimanche</span></div><div id="top-bar-social" class="clr top-bar-right"><ul class="clr" aria-label="Liens sociaux"><li class="oceanwp-instagram"><a href="#" aria-label="Instagram (opens in a new tab)" target="_blank" rel="noopener noreferrer"><i class=" fab fa-instagram" aria-hidden="true" role="img"></i></a></li><li class="oceanwp-pinterest"><a href="#" aria-label="Pinterest"><i class=" fab fa-pinterest-p" aria-hidden="true" role="img"></i></a></li></ul></div></div></div></div>'
    thumb = ""
    if c.rng.random() < 0.6:
        c.used.append("owp-thumb")
        thumb = f'<div class="thumbnail"><img width="1200" height="800" src="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}.jpg" class="attachment-full size-full wp-post-image" alt="Lire la suite à propos de l’article" itemprop="image" decoding="async"></div>'
    share = ""
    if c.rng.random() < 0.7:
        c.used.append("owp-share")
        share = '<div class="entry-share clr minimal side"><h3 class="theme-heading social-share-title"><span class="text" aria-hidden="true">Partager cet article</span><span class="screen-reader-text">Partagez cet article sur vos réseaux sociaux préférés</span></h3><ul class="oss-social-share clr" aria-label="Available sharing options"><li class="twitter"><a href="#" aria-label="Partager sur Twitter" onclick="owpShareOnClick( this.href );return false;"><span class="screen-reader-text">Opens in a new window</span><span class="owpss-icon" aria-hidden="true"></span></a></li><li class="facebook"><a href="#" aria-label="Partager sur Facebook"><span class="owpss-icon" aria-hidden="true"></span></a></li><li class="pinterest"><a href="#" aria-label="Partager sur Pinterest"><span class="owpss-icon" aria-hidden="true"></span></a></li><li class="email"><a href="#" aria-label="Partager par e-mail"><span class="owpss-icon" aria-hidden="true"></span></a></li></ul></div>'
    bio = ""
    if c.rng.random() < 0.5:
        c.used.append("owp-author-bio")
        bio = f'<section id="author-bio" class="clr"><div id="author-bio-inner"><div class="author-bio-avatar"><a href="/author/{slug(who)}/" title="Visiter la page de l’auteur" rel="author"><img alt="" src="https://secure.gravatar.com/avatar/{hexid(c, 12)}?s=100" class="avatar avatar-100 photo" height="100" width="100"></a></div><div class="author-bio-content clr"><h3 class="author-bio-title"><a href="/author/{slug(who)}/" title="Visiter la page de l’auteur">{who}</a></h3><div class="author-bio-description clr">{sentence(c)}</div></div></div></section>'
    related = ""
    if c.rng.random() < 0.7:
        c.used.append("owp-related")
        related = (
            '<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title"><span class="text">Vous aimerez aussi</span></h3><div class="oceanwp-row clr">'
            + "".join(
                f'<article class="related-post clr col span_1_of_3 col-{k} post type-post"><figure class="related-post-media clr"><a href="/{slug(h)[:40]}/" class="related-thumb"><img src="/wp-content/uploads/{y}/{hexid(c, 6)}-300x200.jpg" class="attachment-medium" alt="" decoding="async"></a></figure><h3 class="related-post-title"><a href="/{slug(h)[:40]}/" rel="bookmark">{esc(h)}</a></h3><time class="published" datetime="{y}-01-01">{c.rng.randint(1, 28)} {c.rng.choice(_FR_MONTHS)} {y}</time></article>'
                for k, h in enumerate(headlines(c, 3), 1)
            )
            + "</div></section>"
        )
    com_list = ""
    if n_com:
        c.used.append("owp-comments")
        com_list = f'<h3 class="theme-heading comments-title"><span class="text">{n_com} réflexion{"s" if n_com > 1 else ""} sur “{esc(c.body.title)}”</span></h3><ol class="comment-list">{wp_comments(c, n_com, "even thread-even", "dit :", "Répondre", "{d}/{m}/{y}")}</ol>'
    sidebar = c.rng.random() < 0.7
    aside = ""
    if sidebar:
        c.used.append("owp-sidebar")
        widgets = wp_widgets(c, ("Rechercher", "Articles récents", "Catégories"), cats)
        widgets = widgets.replace('class="widget ', 'class="sidebar-box widget ')
        aside = f'<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar" role="complementary" aria-label="Primary Sidebar"><div id="right-sidebar-inner" class="clr"><div id="ocean_about_me-2" class="sidebar-box widget-oceanwp-about-me about-me-widget clr"><h4 class="widget-title">Qui suis-je ?</h4><div class="oceanwp-about-me"><div class="oceanwp-about-me-avatar clr"><img src="/wp-content/uploads/moi.jpg" alt="{who}"><h3 class="oceanwp-about-me-name">{who}</h3></div><div class="oceanwp-about-me-text clr">{sentence(c)}</div></div></div>{widgets}</div></aside>'
    com_link = f"{n_com} commentaire{'s' if n_com > 1 else ''}" if n_com else "Aucun commentaire"
    c.used += "owp-header owp-page-header owp-breadcrumb owp-title owp-meta owp-postnav owp-reply owp-footer owp-scrolltop".split()
    html = (
        f'<body class="post-template-default single single-post postid-{c.rng.randint(10, 9999)} single-format-standard wp-custom-logo wp-embed-responsive oceanwp-theme dropdown-mobile default-breakpoint {"has-sidebar content-right-sidebar" if sidebar else "content-full-width"} post-in-category-{slug(cat)} has-topbar page-header-disabled has-breadcrumbs" itemscope="itemscope" itemtype="https://schema.org/Article"><div id="outer-wrap" class="site clr"><a class="skip-link screen-reader-text" href="#main">Aller au contenu</a><div id="wrap" class="clr">{topbar}'
        f'<div id="site-header-wrap" class="clr"><header id="site-header" class="minimal-header clr" data-height="74" itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner"><div id="site-header-inner" class="clr container"><div id="site-logo" class="clr" itemscope itemtype="https://schema.org/Brand"><div id="site-logo-inner" class="clr"><a href="/" class="site-title site-logo-text">{site}</a></div></div><div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" role="navigation"><ul id="menu-principal" class="main-menu dropdown-menu sf-menu"><li class="menu-item"><a href="/" class="menu-link"><span class="text-wrap">Accueil</span></a></li><li class="menu-item"><a href="/category/{slug(cat)}/" class="menu-link"><span class="text-wrap">{cat}</span></a></li><li class="menu-item"><a href="/a-propos/" class="menu-link"><span class="text-wrap">À propos</span></a></li><li class="menu-item"><a href="/contact/" class="menu-link"><span class="text-wrap">Contact</span></a></li><li class="search-toggle-li"><a href="#" class="site-search-toggle search-dropdown-toggle" aria-label="Rechercher sur le site"><i class=" icon-magnifier" aria-hidden="true" role="img"></i></a></li></ul></nav></div></div></header></div>'
        f'<main id="main" class="site-main clr" role="main"><header class="page-header"><div class="container clr page-header-inner"><h1 class="page-header-title clr" itemprop="headline">{header_title}</h1><nav role="navigation" aria-label="Fil d’Ariane" class="site-breadcrumbs clr position-"><ol class="trail-items" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="trail-item trail-begin"><a href="/" rel="home"><span itemprop="name"><i class=" icon-home" aria-hidden="true" role="img"></i><span class="breadcrumb-home has-icon">Accueil</span></span></a><span class="breadcrumb-sep">&gt;</span></li><li class="trail-item"><a href="/category/{slug(cat)}/"><span itemprop="name">{cat}</span></a><span class="breadcrumb-sep">&gt;</span></li><li class="trail-item trail-end"><span itemprop="name">{esc(c.body.title)}</span></li></ol></nav></div></header>'
        f'<div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr"><article class="single-post-article clr"><article id="post-{c.rng.randint(10, 9999)}" class="post type-post status-publish format-standard entry has-media">{thumb}'
        f'<header class="entry-header clr"><h2 class="single-post-title entry-title" itemprop="headline">{esc(c.body.title)}</h2></header>'
        f'<ul class="meta ospm-default clr"><li class="meta-author" itemprop="name"><span class="screen-reader-text">Auteur/autrice de la publication :</span><i class=" icon-user" aria-hidden="true" role="img"></i><a href="/author/{slug(who)}/" title="Articles par {who}" rel="author" itemprop="author" itemscope="itemscope" itemtype="https://schema.org/Person">{who}</a></li><li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Publication publiée :</span><i class=" icon-clock" aria-hidden="true" role="img"></i>{d} {_FR_MONTHS[m - 1]} {y}</li><li class="meta-cat"><span class="screen-reader-text">Post category:</span><i class=" icon-folder" aria-hidden="true" role="img"></i><a href="/category/{slug(cat)}/" rel="category tag">{cat}</a></li><li class="meta-comments"><span class="screen-reader-text">Commentaires publiés :</span><i class=" icon-bubble" aria-hidden="true" role="img"></i><a href="#comments" class="comments-link">{com_link}</a></li><li class="meta-rt"><span class="screen-reader-text">Temps de lecture :</span><i class=" icon-cup" aria-hidden="true" role="img"></i>{mins} min de lecture</li></ul>'
        f'<div class="entry-content clr" itemprop="text">{"".join(parts)}</div>{share}'
        f'<nav class="navigation post-navigation" aria-label="Read more articles"><h2 class="screen-reader-text">Lire plus d’articles</h2><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><span class="title"><i class=" fas fa-long-arrow-alt-left" aria-hidden="true" role="img"></i> Publication précédente</span><span class="post-title">{esc(headlines(c, 1)[0])}</span></a></div><div class="nav-next"><a href="#" rel="next"><span class="title"><i class=" fas fa-long-arrow-alt-right" aria-hidden="true" role="img"></i> Publication suivante</span><span class="post-title">{esc(headlines(c, 1)[0])}</span></a></div></div></nav>{bio}{related}'
        f'<section id="comments" class="comments-area clr has-comments">{com_list}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annuler la réponse</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="comment-textarea"><label for="comment" class="screen-reader-text">Commentaire</label><textarea name="comment" id="comment" cols="39" rows="4" tabindex="0" class="textarea-comment" placeholder="Votre commentaire ici..."></textarea></div><div class="comment-form-author"><label for="author" class="screen-reader-text">Saisissez votre nom ou votre nom d’utilisateur pour commenter</label><input type="text" name="author" id="author" value="" placeholder="Nom (obligatoire)" size="22" tabindex="0" aria-required="true" class="input-name"></div><p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="Laisser un commentaire"></p></form></div></section>'
        f"</article></article></div></div>{aside}</div></main>"
        f'<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo"><div id="footer-inner" class="clr"><div id="footer-bottom" class="clr no-footer-nav"><div id="footer-bottom-inner" class="container clr"><div id="copyright" class="clr" role="contentinfo">Copyright {y} - {site} · Thème OceanWP par <a href="https://oceanwp.org/" rel="nofollow">OceanWP</a> · <a href="/mentions-legales/">Mentions légales</a></div></div></div></div></footer></div></div>'
        '<a aria-label="Faire défiler vers le haut de la page" href="#" id="scroll-top" class="scroll-top-right"><i class=" fa fa-angle-up" aria-hidden="true" role="img"></i></a></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 5. An Arabic blog on TieLabs' Sahifa

_AR_MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
_AR_NAMES = [
    "أحمد الشمري",
    "سارة العتيبي",
    "محمد المصري",
    "ليلى حداد",
    "يوسف القحطاني",
    "نور الهدى",
]
_AR_CATS = ["تقنية", "اقتصاد", "منوعات", "سياسة", "رياضة", "صحة"]


def _e3lan(c: Ctx, where: str) -> str:
    return f'<div class="e3lan e3lan-{where}"><a href="#" title="" target="_blank" rel="nofollow"><img src="/wp-content/uploads/{c.rng.randint(2013, 2019)}/ads/{hexid(c, 6)}-728x90.jpg" alt=""></a></div>'


def fam_sahifa(c: Ctx) -> FamilyOut:
    """A Sahifa post: top-nav date, breaking ticker, crumbs, post-meta, e3lan ads, share-post, related."""
    blocks = body_blocks(c, 0.35, 0.25, 0.15, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    site = pick(c, "مدونة الرصيف", "عالم التقنية", "نافذة الخليج", "مدونة أرقام", brand(c))
    who = c.rng.choice(_AR_NAMES)
    y, m, d = era_date(c, 2012, 2019)
    cat = c.rng.choice(_AR_CATS)
    if c.rng.random() < 0.5:
        parts = insert_at(c, parts, _e3lan(c, "in-post1"), "sahifa-e3lan-inpost")
    if c.rng.random() < 0.5:
        h = headlines(c, 1)[0]
        also = f'<div class="tie-read-also"><strong>اقرأ أيضا:</strong> <a href="/{slug(h)[:40]}/">{esc(h)}</a></div>'
        parts = insert_at(c, parts, also, "sahifa-read-also")
    ticker = ""
    if c.rng.random() < 0.6:
        c.used.append("sahifa-breaking")
        ticker = (
            '<div class="clear"></div><div id="breaking-news" class="breaking-news"><span class="breaking-news-title"><i class="fa fa-bolt"></i> <span>عاجل</span></span><ul>'
            + heads_list_li(c, 4)
            + "</ul></div>"
        )
    meta_views = f'<span class="post-views"><i class="fa fa-eye"></i>{c.rng.randint(80, 40000)} مشاهدة</span>'
    n_com = c.rng.choice([0, 1, 3, 6])
    share = '<div class="share-post"><span class="share-text">شارك</span><ul class="flat-social"><li><a href="#" class="social-facebook" rel="external" target="_blank"><i class="fa fa-facebook"></i> <span>فيسبوك</span></a></li><li><a href="#" class="social-twitter" rel="external" target="_blank"><i class="fa fa-twitter"></i> <span>تويتر</span></a></li><li><a href="#" class="social-google-plus" rel="external" target="_blank"><i class="fa fa-google-plus"></i> <span>Google +</span></a></li><li><a href="#" class="social-whatsapp"><i class="fa fa-whatsapp"></i> <span>واتساب</span></a></li></ul><div class="clear"></div></div>'
    tags = ""
    if c.rng.random() < 0.6:
        c.used.append("sahifa-tags")
        tags = (
            '<p class="post-tag">الوسوم<a href="/tag/x/" rel="tag">'
            + '</a> <a href="/tag/y/" rel="tag">'.join(
                c.rng.sample(_AR_CATS + ["أخبار", "تحليل"], 3)
            )
            + "</a></p>"
        )
    author_box = ""
    if c.rng.random() < 0.5:
        c.used.append("sahifa-author-box")
        author_box = f'<section id="author-box"><div class="block-head"><h3>حول الكاتب </h3><div class="stripe-line"></div></div><div class="post-listing"><div class="author-bio"><div class="author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{hexid(c, 12)}?s=90" class="avatar avatar-90 photo" height="90" width="90"></div><div class="author-description">{sentence(c)}</div><div class="author-social flat-social"></div><div class="clear"></div></div></div></section>'
    related = (
        '<section id="related_posts"><div class="block-head"><h3>مقالات ذات صلة</h3><div class="stripe-line"></div></div><div class="post-listing">'
        + "".join(
            f'<div class="related-item"><div class="post-thumbnail"><a href="/{slug(h)[:40]}/"><img width="310" height="165" src="/wp-content/uploads/{y}/{hexid(c, 6)}-310x165.jpg" alt=""><span class="fa overlay-icon"></span></a></div><h3><a href="/{slug(h)[:40]}/" rel="bookmark">{esc(h)}</a></h3><p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{c.rng.randint(1, 28)} {c.rng.choice(_AR_MONTHS)}، {y}</span></p></div>'
            for h in headlines(c, 3)
        )
        + '<div class="clear"></div></div></section>'
    )
    com_list = ""
    if n_com:
        c.used.append("sahifa-comments")
        com_list = (
            f'<h3 id="comments-title">{n_com} تعليقات </h3><ol class="commentlist">'
            + "".join(
                f'<li class="comment even thread-even depth-1" id="li-comment-{c.rng.randint(100, 9999)}"><div class="comment-wrap"><div class="comment-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{hexid(c, 12)}?s=65" class="avatar"></div><div class="comment-content"><div class="author-comment"><cite class="fn">{c.rng.choice(_AR_NAMES)}</cite><div class="comment-meta commentmetadata"><a href="#">{c.rng.randint(1, 28)} {c.rng.choice(_AR_MONTHS)}، {y} في {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} م</a></div><div class="clear"></div></div><p>{sentence(c)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">رد</a></div></div></li>'
                for _ in range(n_com)
            )
            + "</ol>"
        )
    popular = heads_list_li(c, c.rng.randint(3, 5))
    c.used += "sahifa-topnav sahifa-date sahifa-logo sahifa-mainnav sahifa-crumbs sahifa-title sahifa-meta sahifa-e3lan sahifa-share sahifa-postnav sahifa-related sahifa-reply sahifa-sidebar sahifa-footer".split()
    html = (
        f'<body id="top" class="rtl post-template-default single single-post postid-{c.rng.randint(10, 9999)} single-format-standard lazy-enabled"><div class="wrapper-outer"><div class="background-cover"></div><aside id="slide-out"><div class="search-mobile"><form method="get" id="searchform-mobile" action="/"><input type="text" id="s-mobile" name="s" title="بحث" value="بحث"></form></div><div id="mobile-menu"></div></aside>'
        f'<div id="wrapper" class="boxed"><div class="inner-wrapper"><header id="theme-header" class="theme-header"><div id="top-nav" class="top-nav"><div class="container"><span class="today-date">{c.rng.choice(["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"])} , {d} {_AR_MONTHS[m - 1]} {y}</span><div class="top-menu"><ul id="menu-top" class="menu"><li class="menu-item"><a href="/about/">من نحن</a></li><li class="menu-item"><a href="/contact/">اتصل بنا</a></li><li class="menu-item"><a href="/privacy/">سياسة الخصوصية</a></li></ul></div><div class="search-block"><form method="get" id="searchform-header" action="/"><button class="search-button" type="submit" value="بحث"><i class="fa fa-search"></i></button><input class="search-live" type="text" id="s-header" name="s" title="بحث" value="بحث"></form></div><div class="social-icons"><a class="ttip-none" title="Facebook" href="#" target="_blank"><i class="fa fa-facebook"></i></a><a class="ttip-none" title="Twitter" href="#" target="_blank"><i class="fa fa-twitter"></i></a></div></div></div>'
        f'<div class="header-content"><a id="slide-out-open" class="slide-out-open" href="#"><span></span></a><div class="logo"><h2><a title="{site}" href="/"><img src="/wp-content/uploads/logo.png" alt="{site}"><strong>{site}</strong></a></h2></div>{_e3lan(c, "top")}<div class="clear"></div></div>'
        f'<nav id="main-nav" class="fixed-enabled"><div class="container"><div class="main-menu"><ul id="menu-main" class="menu"><li class="menu-item menu-item-home"><a href="/">الرئيسية</a></li>{"".join(f"<li class=menu-item><a href=/category/{k}/>{x}</a></li>" for k, x in enumerate(_AR_CATS))}</ul></div></div></nav></header>'
        f'<div id="main-content" class="container">{ticker}<div class="content"><div id="crumbs" xmlns:v="http://rdf.data-vocabulary.org/#"><span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" class="crumbs-home" href="/"><i class="fa fa-home"></i>الرئيسية</a></span> <span class="delimiter">/</span> <span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" href="/category/x/">{cat}</a></span> <span class="delimiter">/</span> <span class="current">{esc(c.body.title)}</span></div>'
        f'{_e3lan(c, "above")}<article class="post-listing post-{c.rng.randint(10, 9999)} post type-post status-publish format-standard has-post-thumbnail hentry" id="the-post"><div class="single-post-thumb"><img width="660" height="330" src="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}-660x330.jpg" class="attachment-slider size-slider wp-post-image" alt=""></div>'
        f'<div class="post-inner"><h1 class="name post-title entry-title"><span itemprop="name">{esc(c.body.title)}</span></h1><p class="post-meta"><span class="post-meta-author"><i class="fa fa-user"></i><a href="/author/x/" title="">{who} </a></span><span class="tie-date"><i class="fa fa-clock-o"></i>{d} {_AR_MONTHS[m - 1]}، {y}</span><span class="post-cats"><i class="fa fa-folder"></i><a href="/category/x/" rel="category tag">{cat}</a></span><span class="post-comments"><i class="fa fa-comments"></i><a href="#comments">{n_com} تعليقات</a></span>{meta_views}</p><div class="clear"></div>'
        f'<div class="entry">{"".join(parts)}</div>{tags}<div class="clear"></div></div>{share}</article>'
        f'{_e3lan(c, "below")}{author_box}<div class="post-navigation"><div class="post-previous"><a href="#" rel="prev"><span>السابق</span> {esc(headlines(c, 1)[0])}</a></div><div class="post-next"><a href="#" rel="next"><span>التالي</span> {esc(headlines(c, 1)[0])}</a></div></div>{related}'
        f'<div id="comments">{com_list}<div class="clear"></div><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> الحقول الإلزامية مشار إليها بـ <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">التعليق</label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق"></p></form></div></div></div>'
        f'<aside id="sidebar"><div class="theiaStickySidebar"><div id="posts-list-widget-2" class="widget posts-list"><div class="widget-top"><h4>الأكثر قراءة</h4><div class="stripe-line"></div></div><div class="widget-container"><ul>{popular}</ul><div class="clear"></div></div></div><div id="ads300_250-widget-2" class="widget e3lan e3lan300_250-widget"><div class="e3lan-widget-content e3lan300-250"><div class="e3lan-cell"><img src="/ads/300x250.jpg" alt=""></div></div></div></div></aside><div class="clear"></div></div>'
        f'<footer id="theme-footer"><div id="footer-widget-area" class="footer-3c"><div id="footer-first" class="footer-widgets-box"><div class="widget widget_text"><div class="footer-widget-top"><h4>عن الموقع</h4></div><div class="footer-widget-container"><div class="textwidget">{site} مدونة مستقلة.</div></div></div></div></div></footer><div class="clear"></div><div class="footer-bottom"><div class="container"><div class="alignright">جميع الحقوق محفوظة © {y} {site}</div><div class="alignleft">تصميم <a href="http://tielabs.com/" rel="nofollow">TieLabs</a></div><div class="clear"></div></div></div></div></div></div>'
        '<div id="topcontrol" class="fa fa-angle-up" title="إلى الأعلى"></div><div id="fb-root"></div></body></html>'
    )
    return html, gold


def heads_list_li(c: Ctx, n: int) -> str:
    """`<li>` links to other posts (sidebar lists, tickers)."""
    return "".join(f'<li><a href="/{slug(h)[:40]}/">{esc(h)}</a></li>' for h in headlines(c, n))


# ---------------------------------------------------------------------------------------------
# 6. An Italian WordPress blog on Neve

_IT_MONTHS = "Gennaio Febbraio Marzo Aprile Maggio Giugno Luglio Agosto Settembre Ottobre Novembre Dicembre".split()
_IT_NAMES = [
    "Giulia Rossi",
    "Marco Bianchi",
    "Francesca Greco",
    "Luca Ferrari",
    "Chiara Romano",
    "Davide Conti",
]


def fam_neve(c: Ctx) -> FamilyOut:
    """A Neve post: hfg header rows, nv-title-meta-wrap, nv-meta-list, nv-tags-list, iubenda banner."""
    blocks = body_blocks(c, 0.45, 0.3, 0.2, pick(c, "ul", "ol", "table"))
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="wp-block-heading">{esc(t)}</h2>')
    site = pick(
        c,
        "Cucina di Casa Nostra",
        "Viaggi Lenti",
        "Il Risparmio Semplice",
        "Pollice Verde",
        brand(c),
    )
    who = c.rng.choice(_IT_NAMES)
    y, m, d = era_date(c, 2019, 2025)
    cats = ["Viaggi", "Ricette", "Risparmio", "Giardinaggio", "Tecnologia", "Benessere"]
    cat = c.rng.choice(cats)
    n_com = c.rng.choice([0, 0, 1, 2, 3])
    thumb = ""
    if c.rng.random() < 0.55:
        c.used.append("neve-thumb")
        thumb = f'<div class="nv-thumb-wrap"><figure class="wp-caption"><img width="930" height="620" src="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}-930x620.jpg" class="skip-lazy wp-post-image" alt="" decoding="async"><figcaption class="wp-caption-text">{sentence(c)}</figcaption></figure></div>'
    tags = ""
    if c.rng.random() < 0.6:
        c.used.append("neve-tags")
        tags = (
            '<div class="nv-tags-list"><span>Tag:</span>'
            + "".join(
                f'<a href="/tag/{slug(t)}/" title="{t}" class="{slug(t)}" rel="tag">{t}</a>'
                for t in c.rng.sample(
                    ["consigli", "guida", "esperienza", "fai da te", "famiglia", "estate"], 3
                )
            )
            + " </div>"
        )
    related = ""
    if c.rng.random() < 0.5:
        c.used.append("neve-related")
        related = (
            '<div class="nv-related-posts"><h2 class="title">Articoli correlati</h2><div class="posts-wrapper">'
            + "".join(
                f'<div class="related-post col-12 col-sm-6 col-md-4"><div class="content"><h3 class="title"><a href="/{slug(h)[:40]}/">{esc(h)}</a></h3><div class="descripiton">{sentence(c)}</div></div></div>'
                for h in headlines(c, 3)
            )
            + "</div></div>"
        )
    com_list = ""
    if n_com:
        c.used.append("neve-comments")
        com_list = f'<div class="nv-comments-title-wrap"><h2 class="nv-comments-title">{n_com} commenti su “{esc(c.body.title)}”</h2></div><ol class="nv-comments-list">{wp_comments(c, n_com, "nv-comment-article", "ha detto:", "Rispondi", "{d} {m} {y}")}</ol>'
    com_meta = (
        f'<li class="meta comments"><a href="#comments">{n_com} commenti</a></li>' if n_com else ""
    )
    cookie = ""
    if c.rng.random() < 0.5:
        c.used.append("neve-iubenda")
        cookie = '<div id="iubenda-cs-banner" class="iubenda-cs-default iubenda-cs-bottom" role="alertdialog" aria-labelledby="iubenda-cs-title"><div class="iubenda-cs-container"><div class="iubenda-cs-content"><div class="iubenda-cs-rationale"><div class="iubenda-banner-content"><div id="iubenda-cs-title">Informativa</div><div id="iubenda-cs-paragraph"><p class="iub-p">Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella <a href="#" class="iubenda-cs-cookie-policy-lnk">cookie policy</a>.</p></div></div><div class="iubenda-cs-opt-group"><button class="iubenda-cs-customize-btn">Scopri di più e personalizza</button><button class="iubenda-cs-reject-btn iubenda-cs-btn-primary">Rifiuta</button><button class="iubenda-cs-accept-btn iubenda-cs-btn-primary">Accetta</button></div></div></div></div></div>'
    sidebar = c.rng.random() < 0.6
    aside = ""
    if sidebar:
        c.used.append("neve-sidebar")
        aside = f'<div class="nv-sidebar-wrap col-sm-12 nv-right blog-sidebar"><aside id="secondary" role="complementary">{wp_widgets(c, ("Cerca", "Articoli recenti", "Categorie"), cats)}</aside></div>'
    c.used += "neve-header neve-title neve-meta neve-postnav neve-reply neve-footer".split()
    html = (
        f'<body class="post-template-default single single-post postid-{c.rng.randint(10, 9999)} single-format-standard wp-custom-logo nv-blog-default nv-sidebar-{"right" if sidebar else "full-width"} menu_sidebar_slide_left" id="neve_body"><div class="wrapper"><header class="header"><a class="neve-skip-link show-on-focus" href="#content">Vai al contenuto</a><div id="header-grid" class="hfg_header site-header"><nav class="header--row header-main hide-on-mobile hide-on-tablet layout-full-contained nv-navbar header--row" data-row-id="main" data-show-on="desktop"><div class="header--row-inner header-main-inner"><div class="container"><div class="row row--wrapper" data-section="hfg_header_layout_main"><div class="hfg-slot left"><div class="builder-item desktop-left"><div class="item--inner builder-item--logo" data-section="title_tagline" data-item-id="logo"><div class="site-logo"><a class="brand" href="/" title="{site}" aria-label="{site}" rel="home"><div class="nv-title-tagline-wrap"><p class="site-title">{site}</p><small>{pick(c, "Un blog di cucina e vita", "Racconti di viaggio", "Consigli pratici")}</small></div></a></div></div></div></div>'
        f'<div class="hfg-slot right"><div class="builder-item has-nav"><div class="item--inner builder-item--primary-menu has_menu" data-section="header_menu_primary" data-item-id="primary-menu"><div class="nv-nav-wrap"><div role="navigation" class="nav-menu-primary" aria-label="Menu principale"><ul id="nv-primary-navigation-main" class="primary-menu-ul nav-ul menu-desktop"><li class="menu-item"><div class="wrap"><a href="/">Home</a></div></li><li class="menu-item"><div class="wrap"><a href="/category/{slug(cat)}/">{cat}</a></div></li><li class="menu-item"><div class="wrap"><a href="/chi-sono/">Chi sono</a></div></li><li class="menu-item"><div class="wrap"><a href="/contatti/">Contatti</a></div></li></ul></div></div></div></div></div></div></div></div></nav></div></header>'
        f'<main id="content" class="neve-main"><div class="container single-post-container"><div class="row"><article id="post-{c.rng.randint(10, 9999)}" class="nv-single-post-wrap col post type-post status-publish format-standard hentry category-{slug(cat)}">'
        f'<div class="entry-header"><div class="nv-title-meta-wrap"><small class="nv--yoast-breadcrumb neve-breadcrumbs-wrapper"><span><span><a href="/">Home</a></span> » <span><a href="/category/{slug(cat)}/">{cat}</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(c.body.title)}</span></span></small><h1 class="title entry-title">{esc(c.body.title)}</h1><ul class="nv-meta-list"><li class="meta author vcard"><span class="author-name fn">di <a href="/author/{slug(who)}/" title="Articoli scritti da {who}" rel="author">{who}</a></span></li><li class="meta date posted-on"><time class="entry-date published" datetime="{y}-{m:02d}-{d:02d}" content="{y}-{m:02d}-{d:02d}">{d} {_IT_MONTHS[m - 1]} {y}</time></li><li class="meta category"><a href="/category/{slug(cat)}/" rel="category tag">{cat}</a></li>{com_meta}</ul></div></div>'
        f'{thumb}<div class="nv-content-wrap entry-content">{"".join(parts)}</div>{tags}'
        f'<div class="nv-post-navigation"><div class="previous"><a href="#" rel="prev"><span class="nav-direction">precedente</span><span>{esc(headlines(c, 1)[0])}</span></a></div><div class="next"><a href="#" rel="next"><span class="nav-direction">successivo</span><span>{esc(headlines(c, 1)[0])}</span></a></div></div>{related}'
        f'<div class="nv-comments-wrap"><div id="comments" class="comments-area">{com_list}<div id="respond" class="comment-respond nv-is-boxed"><h2 id="reply-title" class="comment-reply-title">Lascia un commento <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Annulla risposta</a></small></h2><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Il tuo indirizzo email non sarà pubblicato.</span> <span class="required-field-message">I campi obbligatori sono contrassegnati <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Commento <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="button button-primary" value="Invia commento"></p></form></div></div></div></article>{aside}</div></div></main>'
        f'<footer class="site-footer" id="site-footer"><div class="hfg_footer"><div class="footer--row footer-bottom hide-on-mobile hide-on-tablet layout-full-contained" data-row-id="bottom" data-show-on="desktop"><div class="footer--row-inner footer-bottom-inner footer-content-wrap"><div class="container"><div class="hfg-grid nv-footer-content hfg-grid-bottom row--wrapper row"><div class="hfg-slot left"><div class="builder-item cr"><div class="item--inner"><div class="component-wrap"><div><p>© {y} {site} · P.IVA {c.rng.randint(10**10, 10**11 - 1)} | Realizzato con <a href="https://themeisle.com/themes/neve/" rel="nofollow">Neve</a> | Powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></div></div></div></div></div></div></div></div></footer></div>{cookie}</body></html>'
    )
    return html, gold

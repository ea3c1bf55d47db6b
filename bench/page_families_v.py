"""Set V of the constructed pages: 12 families (news of Asia, Africa and Oceania, specialist /
trade / magazine publications, non-English European blogs), and `build_pages`.

Six families are in page_templates_v.py (a Korean national daily, an Indonesian portal with
"Halaman" pagination, a Nigerian JNews site, an Australian Nine-like paper, a car review
magazine, a Future-plc-like gaming site); here a learned society's news page on Sitefinity, a
music magazine on a PMC-like WordPress VIP theme, a French Canalblog blog, a German Serendipity
(s9y) blog, a Polish Blox.pl blog and a Russian LiveInternet diary. The non-English sites carry
English bodies (the body pools are English) in their own language's furniture. Written blind to
digest's extraction rules and frozen before anyone ran digest on it; its builder never ran
digest, trafilatura, readability or bench_pages on it (session 14, helper h-setv). The gold
convention is in page_templates_v.py's docstring; the decisions for this module's families,
written down before they were coded:
- a learned society's news page on Sitefinity (2013-2022; `div.sf_colsIn` columns,
  `div.sfnewsDetails`): the paragraphs, subheadings, lists and quotes of `div.sfnewsContent`
  are article; the member utility bar (Join / Renew / Log in / Donate / Shop), the mega menu,
  the breadcrumb, the title, the date and author line, the summary (`div.sfnewsSummary`, a
  standfirst), the images inside the content and the italic caption paragraph under each
  (`p.image-caption`, a caption, even though it is a `<p>` in the content), the "Notes to
  editors" block at the end of the content (its heading, the press-office contact and the
  "About the Society" boilerplate: furniture repeated on every release), "« Back to news",
  the share links, "Related news", "Upcoming events" and the footer (registered charity number)
  are not;
- a music magazine on a PMC-like WordPress VIP theme (Rolling-Stone-like, 2017-2025): the
  paragraphs, subheadings, lists and quotes of `div.a-content` are article; the newsletter
  bar, the navigation, the category badge, the title, the dek (`h2.c-subtitle`), the byline
  and timestamp, the social bar, the lead figure with its caption and credit, the "Editor's
  picks" / "Related" link boxes and the "ADVERTISEMENT" slots inside the body, the Spotify /
  YouTube embeds, the "Trending Stories" list, "More News" cards, the newsletter form and the
  footer ("... is a part of Penske Media Corporation") are not;
- a French Canalblog blog (about 2006-2013; the old editor writes paragraphs as `<p>` or as
  text joined by `<br />` pairs, so only the body's paragraphs are used, `paras`; a paragraph
  set as a blockquote is article): the text of `div.articlebody` is article; the Canalblog
  ad banner ("Publicité"), the blog's banner (name, description), the date header, the title,
  the photos, the item footer ("Posté par X à 14:23 - Catégorie - Commentaires [3] - Permalien
  [#]"), "Tags :", the comments ("Posté par X, date"), the "Poster un commentaire" form, "«
  Précédent | Accueil | Suivant »" and the sidebar (Newsletter, Archives, Catégories, Derniers
  commentaires, Liens, "Visiteurs / Depuis la création / Pages vues") are not;
- a German Serendipity (s9y) blog (about 2006-2014): the text of `div.serendipity_entry_body`
  and of `div.serendipity_entry_extended` (the part after "Weiterlesen", shown in full on the
  entry page) is article, paragraphs, subheadings and lists alike; the banner, the date
  header, the title, the entry footer ("Geschrieben von X in Kategorie um 14:23 | Kommentare
  (3) | Trackbacks (0)"), the trackback section ("Trackback-URL für diesen Eintrag"), the
  comments ("#1 X am ... (Antwort)"), the "Kommentar schreiben" form with its notes (BBCode,
  spam protection), and the sidebar (Kalender, Schnellsuche, Archive, Kategorien, Blog
  abonnieren, Verwaltung des Blogs, "Powered by Serendipity") are not;
- a Polish Blox.pl blog (Agora, about 2007-2016; paragraphs as `<p>` or `<div>`, so only the
  body's paragraphs and a blockquote): the text of `div.BlogTrescWpisu` is article; the
  Agora / Blox top bar ("Załóż bloga", "Zaloguj"), the blog header, the date, the title, the
  entry footer ("Tagi:", "Kategoria:", the time and author, "Komentarze (3)", "Dodaj
  komentarz", "Link do wpisu"), the comments ("Gość: X, *.adsl.tpnet.pl"), and the sidebar
  (O mnie, Kategorie, Archiwum, Linki, "Kanał RSS") and the footer are not;
- a Russian LiveInternet diary (about 2007-2015; text joined by `<br />` pairs, `paras`): the
  post's text in `div.MESS` is article, and so is the quoted post's text when the entry is a
  "Цитата сообщения" (a repost: the diary shows the quoted text as its entry); the top bar,
  the diary header ("Дневник X"), the date line with "+ в цитатник", the title, the repost
  header ("Цитата сообщения X" with "Прочитать целиком" / "В свой цитатник или сообщество!"),
  "Рубрики:", "Метки:", "Понравилось: N пользователям", "Комментарии (N) Комментировать",
  "Процитировано N раз", the comments, the sidebar (Профиль, Календарь, Рубрики дневника,
  Поиск по дневнику, Подписка по e-mail, Интересы, Друзья, Статистика) and the footer are not.

    .venv/bin/python bench/page_families_v.py PAGE_ID 2101
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence
from page_templates_j import weave
from page_templates_p import as_list, headed
from page_templates_q import paras, pick, user
from page_templates_s import _MONTHS, body_html, era_date, months, quoted
from page_templates_v import (
    clock,
    fam_au_nine,
    fam_car_review,
    fam_future_gaming,
    fam_id_portal,
    fam_kr_daily,
    fam_ng_jnews,
    heads_list,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


def plain_body(c: Ctx, tag: str = "p", quote: float = 0.0) -> tuple[str, list[Block]]:
    """Only the body's paragraphs (one may be a blockquote), as `<tag>`s or `<br />` pairs."""
    blocks = quoted(c, paras(c.body.blocks), quote)
    if tag == "br":
        out = []
        for kind, text in blocks:
            t = esc(str(text))
            out.append(f"<blockquote>{t}</blockquote>" if kind == "quote" else f"{t}<br /><br />")
        return "".join(out), blocks
    html = "".join(
        f"<blockquote><p>{esc(str(v))}</p></blockquote>"
        if k == "quote"
        else f"<{tag}>{esc(str(v))}</{tag}>"
        for k, v in blocks
    )
    return html, blocks


# ---------------------------------------------------------------------------------------------
# 7. A learned society's news page on Sitefinity


def fam_sitefinity_society(c: Ctx) -> FamilyOut:
    """A society news item: sf_colsIn columns, sfnewsContent with captions, notes to editors."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.35), "ul", 0.3), 0.4)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")

    def image() -> str:
        c.used.append("sf-image-caption")
        return f'<p><span class="sfimageWrp"><img src="/images/default-source/news/{hexid(c, 10)}.jpg?sfvrsn={hexid(c, 8)}_0" alt="" title="{hexid(c, 6)}" data-displaymode="Original"></span></p><p class="image-caption"><em>{sentence(c)} Image: {pick(c, "Shutterstock", "the Society", c.rng.choice(PEOPLE))}</em></p>'

    parts = weave(c, parts, c.rng.randint(0, 2), image)
    society = f"{pick(c, 'Royal', 'British', 'European', 'Australian')} {pick(c, 'Society of Chemistry', 'Geological Society', 'Institute of Physics', 'Society for Microbiology', 'Statistical Society', 'Meteorological Society')}"
    if c.rng.random() < 0.45:
        c.used.append("sf-notes-to-editors")
        parts.append(
            f'<h3>Notes to editors</h3><p>For more information please contact the press office on 020 7{c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)} or email <a href="mailto:press@{c.site}">press@{c.site}</a>.</p><p><strong>About the {society}</strong><br>The {society} is a learned society and professional body with over {c.rng.randint(5, 60)},000 members worldwide. It is a registered charity that works to advance the discipline and its application for the public good.</p>'
        )
    y, m, d = era_date(c, 2013, 2022)
    related = "".join(
        f'<li><a href="/news/{y}/{slug(h)[:40]}">{esc(h)}</a><span class="sfnewsDate">{c.rng.randint(1, 28):02d} {_MONTHS[c.rng.randint(0, 11)]} {y}</span></li>'
        for h in headlines(c, 3)
    )
    events = "".join(
        f'<li><span class="event-date">{c.rng.randint(1, 28)} {_MONTHS[c.rng.randint(0, 11)][:3]}</span> <a href="/events/{hexid(c, 6)}">{pick(c, "Annual Conference", "Early Career Symposium", "Public Lecture", "Policy Breakfast", "Members Webinar")} {y + 1}</a> <span class="event-location">{pick(c, "London", "Online", "Edinburgh", "Manchester")}</span></li>'
        for _ in range(c.rng.randint(2, 3))
    )
    author = f" | {c.rng.choice(PEOPLE)}" if c.rng.random() < 0.5 else ""
    c.used += "sf-utility sf-menu sf-breadcrumb sf-title sf-date sf-summary sf-back sf-share sf-related sf-events sf-footer".split()
    html = (
        f'<body><form method="post" action="./{slug(c.body.title)[:30]}" id="aspnetForm"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{hexid(c, 40)}"></div>'
        f'<div class="sf_cols utility-bar"><div class="sf_colsOut sf_1col_1_100"><div class="sf_colsIn sf_1col_1in_100" data-sf-element="Column 1" data-placeholder-label="Utility"><ul class="utility-nav"><li><a href="/membership/join">Join us</a></li><li><a href="/membership/renew">Renew membership</a></li><li><a href="/login">Log in</a></li><li><a href="/my-account">My account</a></li><li><a href="/support-us/donate">Donate</a></li><li><a href="https://shop.{c.site}">Shop</a></li></ul></div></div></div>'
        f'<header class="site-header"><a class="logo" href="/"><img src="/images/default-source/logos/logo.svg" alt="{society}"></a><nav class="mega-menu"><ul class="sfNavHorizontalDropDown"><li><a href="/about-us">About us</a></li><li><a href="/membership">Membership</a></li><li><a href="/journals">Publishing</a></li><li><a href="/events">Events</a></li><li><a href="/policy">Policy</a></li><li><a href="/education">Education</a></li><li><a href="/news">News</a></li></ul></nav></header>'
        f'<div class="sf_cols main"><div class="sf_colsOut sf_2cols_1_67"><div class="sf_colsIn sf_2cols_1in_67" data-sf-element="Column 1" data-placeholder-label="Main"><nav class="breadcrumb" aria-label="breadcrumb"><a href="/">Home</a> <span class="sfBreadcrumbNavigation">/</span> <a href="/news">News</a> <span>/</span> <a href="/news/{y}">{y}</a></nav>'
        f'<div class="sfnewsDetails sfdetails"><h1 class="sfnewsTitle">{esc(c.body.title)}</h1><div class="sfnewsAuthorAndDate">{d:02d} {_MONTHS[m - 1]} {y}{author}</div><div class="sfnewsSummary"><p>{sentence(c)}</p></div><div class="sfnewsContent sfContent">{"".join(parts)}</div>'
        f'<div class="sfnewsLinksWrp"><a class="sfnewsBack" href="/news">« Back to news</a></div></div>'
        f'<div class="share-this"><span>Share this page</span> <a href="https://twitter.com/intent/tweet">Twitter</a> <a href="https://www.linkedin.com/shareArticle">LinkedIn</a> <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="mailto:?subject={slug(c.body.title)[:20]}">Email</a></div></div></div>'
        f'<div class="sf_colsOut sf_2cols_2_33"><div class="sf_colsIn sf_2cols_2in_33" data-sf-element="Column 2" data-placeholder-label="Sidebar"><div class="related-news"><h2>Related news</h2><ul class="sfnewsList">{related}</ul></div><div class="upcoming-events"><h2>Upcoming events</h2><ul>{events}</ul><a href="/events">View all events</a></div></div></div></div>'
        f'<footer class="site-footer"><div class="footer-links"><a href="/contact-us">Contact us</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a> <a href="/accessibility">Accessibility</a></div><p>© {society} {y}. Registered charity number {c.rng.randint(200000, 1199999)}. {pick(c, "Burlington House, Piccadilly, London W1J 0BA", "76 Portland Place, London W1B 1NT", "Charles Darwin House, 12 Roger Street, London WC1N 2JU")}.</p></footer></form></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A music magazine on a PMC-like WordPress VIP theme


def _pmc_insert(c: Ctx) -> str:
    r = c.rng.random()
    if r < 0.35:
        c.used.append("pmc-editors-picks")
        return f'<section class="pmc-related-link lrv-u-margin-b-1"><h3 class="c-heading">{pick(c, "Editor’s picks", "Related", "Trending Stories")}</h3><ul class="lrv-a-unstyle-list">{heads_list(c, c.rng.randint(2, 4), "/music/music-news/")}</ul></section>'
    if r < 0.7:
        c.used.append("pmc-ad")
        return f'<div class="admz" id="adm-inline-article-ad-{c.rng.randint(1, 6)}"><div class="adma">ADVERTISEMENT</div><div id="gpt-inline-{hexid(c, 6)}"></div></div>'
    c.used.append("pmc-embed")
    if c.rng.random() < 0.5:
        return f'<div class="pmc-spotify-embed"><iframe style="border-radius:12px" src="https://open.spotify.com/embed/album/{hexid(c, 22)}" width="100%" height="352" frameborder="0" allow="encrypted-media" loading="lazy"></iframe></div>'
    return f'<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper"><div class="jwplayer_placeholder"><iframe title="{esc(headlines(c, 1)[0])}" width="500" height="281" src="https://www.youtube.com/embed/{hexid(c, 11)}?feature=oembed" frameborder="0" allowfullscreen></iframe></div></div></figure>'


def fam_pmc_music(c: Ctx) -> FamilyOut:
    """A PMC-like music news page: lrv-/c-/a- classes, inline picks, embeds, Trending Stories."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.2), "ul", 0.2), 0.5)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    parts = weave(c, parts, c.rng.randint(2, 4), lambda: _pmc_insert(c))
    mag = f"{brand(c)} {pick(c, 'Stone', 'Sound', 'Beat', 'Board')}"
    who = c.rng.choice(PEOPLE)
    y, m, d = era_date(c, 2017, 2025)
    badge = pick(c, "Music News", "Music Features", "Album Reviews", "Live Reviews", "Country")
    more = "".join(
        f'<article class="o-tease-news"><a href="/music/{slug(h)[:48]}-{c.rng.randint(10**6, 10**7)}/"><img class="c-lazy-image__img" src="https://www.{c.site}/wp-content/uploads/{y}/{m:02d}/{hexid(c, 10)}.jpg?w=300" alt=""><h3 class="c-title">{esc(h)}</h3></a><span class="c-timestamp">{c.rng.randint(1, 23)} hours ago</span></article>'
        for h in headlines(c, 4)
    )
    trending = "".join(
        f'<li class="trending-list__item"><span class="c-number">{n}</span><a href="/music/{slug(h)[:48]}/">{esc(h)}</a></li>'
        for n, h in enumerate(headlines(c, 5), 1)
    )
    c.used += "pmc-newsletter-bar pmc-nav pmc-badge pmc-title pmc-dek pmc-byline pmc-social pmc-figure pmc-trending pmc-more-news pmc-newsletter pmc-footer".split()
    html = (
        f'<body class="single single-pmc_list post-template-default lrv-a-font-body"><div class="lrv-a-wrapper header-sticky"><div class="newsletter-bar"><a href="/newsletters/">Sign up for {mag} Newsletters</a></div><header class="header lrv-u-flex"><a class="c-logo" href="/"><span class="lrv-a-screen-reader-only">{mag}</span></a>'
        f'<nav class="site-header__nav"><ul class="o-nav__list"><li class="o-nav__list-item"><a href="/music/">Music</a></li><li class="o-nav__list-item"><a href="/politics/">Politics</a></li><li class="o-nav__list-item"><a href="/tv-movies/">TV &amp; Movies</a></li><li class="o-nav__list-item"><a href="/culture/">Culture</a></li><li class="o-nav__list-item"><a href="/product-recommendations/">Recommends</a></li><li class="o-nav__list-item"><a href="/charts/">Charts</a></li></ul></nav><a class="c-button" href="/subscribe">Subscribe</a></header></div>'
        f'<main id="main-wrapper" class="lrv-a-wrapper"><article class="single-article lrv-u-margin-t-1"><header class="article-header l-article-header"><a class="c-badge lrv-u-text-transform-uppercase" href="/music/{slug(badge)}/">{badge}</a><h1 class="l-article-header__row--title c-title">{esc(c.body.title)}</h1><h2 class="c-subtitle">{sentence(c)}</h2>'
        f'<div class="author lrv-u-flex"><span class="c-tagline">By <a href="/author/{slug(who)}/" class="c-link">{who}</a></span> <time class="c-timestamp" datetime="{y}-{m:02d}-{d:02d}">{_MONTHS[m - 1]} {d}, {y}</time></div>'
        f'<div class="c-social-bar"><a class="c-icon c-icon--facebook" href="#" title="Share on Facebook"></a><a class="c-icon c-icon--twitter" href="#" title="Post to X"></a><a class="c-icon c-icon--email" href="#" title="Email"></a><a class="c-icon c-icon--comment" href="#comments" title="Comments"></a></div></header>'
        f'<figure class="c-figure lrv-u-margin-b-1"><img class="c-lazy-image__img" src="https://www.{c.site}/wp-content/uploads/{y}/{m:02d}/{hexid(c, 10)}.jpg?w=1581" alt=""><figcaption class="c-figcaption">{sentence(c)} <cite class="c-figcaption__credit">{c.rng.choice(PEOPLE)}/{pick(c, "Getty Images", "Redferns", "WireImage", "AP")}</cite></figcaption></figure>'
        f'<div class="a-content pmc-u-line-height-copy pmc-paywall">{"".join(parts)}</div></article>'
        f'<section class="trending-stories"><h2 class="c-heading">Trending Stories</h2><ol class="trending-list">{trending}</ol></section>'
        f'<section class="more-news"><h2 class="c-heading">More News</h2><div class="lrv-a-grid">{more}</div></section>'
        f'<section class="newsletter-signup"><h2>Sign up for {mag}’s Newsletters</h2><form><input type="email" placeholder="Enter your email"><button>Sign Up</button></form><p>By providing your information, you agree to our Terms of Use and our Privacy Policy. We use vendors that may also process your information to help provide our services.</p></section></main>'
        f'<footer class="footer lrv-a-wrapper"><ul class="footer__links"><li><a href="/about-us/">About Us</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/contact-us/">Contact Us</a></li><li><a href="https://pmc.com/privacy-policy/">Privacy Policy</a></li></ul><p class="footer__copyright">{mag} is a part of Penske Media Corporation. © {y} {mag}, LLC. All rights reserved.</p><p class="footer__vip">Powered by <a href="https://wpvip.com/">WordPress.com VIP</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A French Canalblog blog

_FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)


def fam_canalblog(c: Ctx) -> FamilyOut:
    """A Canalblog entry: itemfooter "Posté par", comments, "Poster un commentaire", sidebar."""
    body, gold = plain_body(c, pick(c, "p", "br"), 0.25)
    blog = (
        pick(c, "Les carnets de ", "Chez ", "Le petit monde de ", "Au fil des jours avec ")
        + c.rng.choice(PEOPLE).split()[0]
    )
    who = user(c)
    y, m, d = era_date(c, 2006, 2013)
    fr_date = f"{d:02d} {_FR_MONTHS[m - 1]} {y}"
    cat = pick(c, "Actualité", "Humeurs", "Voyages", "Lectures", "Politique", "Divers")
    n = c.rng.randint(0, 5)
    comments = "".join(
        f'<div class="comment"><div class="commentbody">{sentence(c, c.rng.randint(1, 2))}</div><div class="itemfooter">Posté par {pick(c, user(c), "Anonyme", "Mamie Jo", "Fred")}, {c.rng.randint(d, 28):02d} {_FR_MONTHS[m - 1]} {y} à {clock(c)}</div></div>'
        for _ in range(n)
    )
    photo = (
        f'<p><a href="http://p{c.rng.randint(1, 9)}.storage.canalblog.com/{c.rng.randint(10, 99)}/{c.rng.randint(10, 99)}/{c.rng.randint(10**5, 10**6)}/{c.rng.randint(10**7, 10**8)}.jpg"><img src="http://p{c.rng.randint(1, 9)}.storage.canalblog.com/{hexid(c, 8)}_p.jpg" alt="" border="0" width="400"></a></p>'
        if c.rng.random() < 0.5
        else ""
    )
    arch = "".join(
        f"<li><a href=/archives/{y}/{k:02d}/>{_FR_MONTHS[k - 1]} {y}</a></li>"
        for k in range(m, max(0, m - 6), -1)
    )
    last = "".join(
        f'<li><a href="/archives/{y}/{m:02d}/{d:02d}/{c.rng.randint(10**6, 10**7)}.html#c{c.rng.randint(10**6, 10**7)}">{esc(headlines(c, 1)[0][:40])}</a> <span>{user(c)}</span></li>'
        for _ in range(3)
    )
    c.used += "cb-pub cb-banner cb-date cb-title cb-itemfooter cb-tags cb-comments cb-form cb-nav cb-sidebar cb-stats".split()
    html = (
        f'<body><div id="cb_pub" class="pub"><p class="pub_label">Publicité</p><div id="cb_adsense"><iframe src="http://ads.canalblog.com/show?{hexid(c, 12)}" width="728" height="90" frameborder="0"></iframe></div></div>'
        f'<div id="container"><div id="banner"><h1><a href="http://{c.site}/">{esc(blog)}</a></h1><h2 class="description">{esc(pick(c, "Petits riens et grandes questions", "Mes humeurs du moment", "Un blog sans prétention", "Ce que je pense, quand je pense"))}</h2></div>'
        f'<div id="content"><div class="blog"><h2 class="date">{pick(c, "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")} {fr_date}</h2><div class="blogbody"><a name="{c.rng.randint(10**6, 10**7)}"></a><h3 class="titre">{esc(c.body.title)}</h3>'
        f'<div class="articlebody" itemprop="articleBody">{photo}{body}</div>'
        f'<div class="itemfooter">Posté par <a href="http://{c.site}/about.html">{who}</a> à {clock(c)} - <a href="/archives/{slug(cat)}/index.html">{cat}</a> - <a href="#comments">Commentaires [{n}]</a> - <a href="/archives/{y}/{m:02d}/{d:02d}/{c.rng.randint(10**6, 10**7)}.html">Permalien [#]</a></div>'
        f'<div class="itemfooter tags">Tags : <a href="/tag/{slug(cat)}">{cat}</a>, <a href="/tag/{pick(c, "vie", "coup-de-gueule", "souvenirs")}">{pick(c, "vie", "coup de gueule", "souvenirs")}</a></div></div>'
        f'<div class="blogbody"><a name="comments"></a><h3 class="comments">Commentaires</h3>{comments}'
        f'<h3 class="comments">Poster un commentaire</h3><form method="post" action="http://www.canalblog.com/cf/comment.cfm"><p>Titre:<br><input name="title"></p><p>Nom:<br><input name="name"></p><p>E-mail:<br><input name="email"></p><p>URL:<br><input name="url"></p><p>Commentaire:<br><textarea name="body" rows="10" cols="50"></textarea></p><p><input type="submit" value="Poster"> <input type="submit" value="Prévisualiser"></p></form></div>'
        f'<p class="navigation"><a href="/archives/{y}/{m:02d}/{max(1, d - 2):02d}/{c.rng.randint(10**6, 10**7)}.html">« Précédent</a> | <a href="/">Accueil</a> | <a href="/archives/{y}/{m:02d}/{min(28, d + 2):02d}/{c.rng.randint(10**6, 10**7)}.html">Suivant »</a></p></div></div>'
        f'<div id="links"><div class="box"><h2>Newsletter</h2><form action="http://www.canalblog.com/cf/newsletter.cfm"><input name="email" size="15"> <input type="submit" value="S\'abonner"></form><p>Abonnez-vous à la newsletter de ce blog</p></div>'
        f'<div class="box"><h2>Archives</h2><ul>{arch}</ul></div><div class="box"><h2>Catégories</h2><ul><li><a href="/archives/actualite/">Actualité</a></li><li><a href="/archives/humeurs/">Humeurs</a></li><li><a href="/archives/voyages/">Voyages</a></li><li><a href="/archives/lectures/">Lectures</a></li></ul></div>'
        f'<div class="box"><h2>Derniers commentaires</h2><ul>{last}</ul></div><div class="box"><h2>Liens</h2><ul><li><a href="http://www.lemonde.fr/">Le Monde</a></li><li><a href="http://www.canalblog.com/">Canalblog</a></li></ul></div>'
        f'<div class="box"><h2>Visiteurs</h2><p>Depuis la création {c.rng.randint(1000, 900000)}</p><p>Pages vues {c.rng.randint(2000, 2000000)}</p></div><p class="powered"><a href="http://www.canalblog.com/"><img src="http://www.canalblog.com/images/pub/canalblog_logo.gif" alt="Canalblog"></a></p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A German Serendipity (s9y) blog

_DE_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
_DE_DAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()


def fam_s9y(c: Ctx) -> FamilyOut:
    """A Serendipity entry: entry body + extended part, entry footer, trackbacks, sidebar."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.3), pick(c, "ul", "ol"), 0.3), 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    cut = len(parts)
    if len(parts) > 3 and c.rng.random() < 0.65:
        c.used.append("s9y-extended")
        cut = c.rng.randint(1, 3)
    y, m, d = era_date(c, 2006, 2014)
    who = c.rng.choice(PEOPLE)
    eid = c.rng.randint(10, 2000)
    cat = pick(c, "Allgemein", "Politik", "Netzwelt", "Fundstücke", "Alltag", "Medien")
    n = c.rng.randint(0, 4)
    comments = "".join(
        f'<div class="serendipity_comment serendipity_comment_author_{hexid(c, 4)} serendipity_comments_odd" id="serendipity_comment_{c.rng.randint(100, 9999)}" style="padding-left: {(i % 2) * 20}px"><div class="serendipity_commentBody">{sentence(c, c.rng.randint(1, 3))}</div><div class="serendipity_comment_source"><a class="comment_source_trace" href="#c{i + 1}">#{i + 1}</a> <span class="comment_source_author">{pick(c, user(c), "Anonym", "Klaus", "Petra")}</span> am <span class="comment_source_date">{min(28, d + 1):02d}.{m:02d}.{y} {clock(c)}</span> (<a class="comment_reply" href="#serendipity_CommentForm">Antwort</a>)</div></div>'
        for i in range(n)
    )
    cal = "".join(
        "<tr>"
        + "".join(f"<td>{w * 7 + k + 1 if w * 7 + k < 28 else ''}</td>" for k in range(7))
        + "</tr>"
        for w in range(4)
    )
    arch = "".join(f"<li><a href=/archives/{y}/>{a}</a></li>" for a in months(c, 4, y, y))
    arch = (
        arch.replace("January", "Januar")
        .replace("March", "März")
        .replace("May", "Mai")
        .replace("June", "Juni")
        .replace("July", "Juli")
        .replace("October", "Oktober")
        .replace("December", "Dezember")
    )
    c.used += "s9y-banner s9y-date s9y-title s9y-footer s9y-trackbacks s9y-comments s9y-form s9y-calendar s9y-search s9y-archives s9y-categories s9y-syndication s9y-login s9y-powered".split()
    html = (
        f'<body><div id="serendipity_banner"><h1><a class="homelink1" href="/">{esc(c.rng.choice(PEOPLE).split()[0])}s {pick(c, "Weblog", "Notizblock", "Blog")}</a></h1><h2><a class="homelink2" href="/">{esc(pick(c, "Gedanken, Links und Fundstücke", "Aus dem Alltag eines Netzbürgers", "Meinungen, die keiner braucht"))}</a></h2></div>'
        f'<table id="mainpane"><tr><td id="content" valign="top"><div class="serendipity_Entry_Date"><h3 class="serendipity_date">{c.rng.choice(_DE_DAYS)}, {d}. {_DE_MONTHS[m - 1]} {y}</h3>'
        f'<h4 class="serendipity_title"><a href="/archives/{eid}-{slug(c.body.title)[:40]}.html">{esc(c.body.title)}</a></h4>'
        f'<div class="serendipity_entry serendipity_entry_author_{slug(who)}"><div class="serendipity_entry_body">{"".join(parts[:cut])}</div>'
        f"{'' if cut == len(parts) else '<a id=extended></a><div class=serendipity_entry_extended>' + ''.join(parts[cut:]) + '</div>'}"
        f'<div class="serendipity_entryFooter">Geschrieben von <a href="/authors/1-{slug(who)}">{who}</a> in <a href="/categories/{c.rng.randint(1, 20)}-{cat}">{cat}</a> um <a href="/archives/{eid}.html">{clock(c)}</a> | <a href="#comments">Kommentare ({n})</a> | <a href="#trackbacks">Trackbacks (0)</a></div></div>'
        f'<div class="serendipity_comments serendipity_section_trackbacks"><a id="trackbacks"></a><div class="serendipity_commentsTitle">Trackbacks</div><div class="serendipity_center"><a rel="nofollow" href="/comment.php?type=trackback&amp;entry_id={eid}">Trackback-URL für diesen Eintrag</a></div><div class="serendipity_center">Keine Trackbacks</div></div>'
        f'<div class="serendipity_comments serendipity_section_comments"><a id="comments"></a><div class="serendipity_commentsTitle">Kommentare</div><div class="serendipity_center">Ansicht der Kommentare: (<a href="?serendipity[cview]=linear">Linear</a> | Verschachtelt)</div>{comments or "<div class=serendipity_center>Noch keine Kommentare</div>"}'
        f'<div class="serendipity_commentsTitle">Kommentar schreiben</div><form id="serendipity_comment" action="/comment.php" method="post"><div class="serendipity_commentForm"><dl><dt>Name</dt><dd><input name="serendipity[name]"></dd><dt>E-Mail</dt><dd><input name="serendipity[email]"></dd><dt>Homepage</dt><dd><input name="serendipity[url]"></dd><dt>Antwort zu</dt><dd><select name="serendipity[replyTo]"><option value="0">[ Übergeordnet ]</option></select></dd><dt>Kommentar</dt><dd><textarea rows="10" name="serendipity[comment]"></textarea></dd></dl>'
        f'<div class="serendipity_commentDirection">BBCode-Formatierung erlaubt</div><div class="serendipity_commentDirection">Um maschinelle und automatische Übertragung von Spamkommentaren zu verhindern, bitte die Zeichenfolge im dargestellten Bild in der Eingabemaske eintragen.</div><input type="checkbox" name="serendipity[remember]"> Daten merken? <input type="submit" value="Abschicken"> <input type="submit" value="Vorschau"></div></form></div></div></td>'
        f'<td id="serendipityRightSideBar" valign="top"><div class="serendipitySideBarItem container_serendipity_calendar_plugin"><h3 class="serendipitySideBarTitle">Kalender</h3><div class="serendipitySideBarContent"><table class="serendipity_calendar"><tr><td class="serendipity_calendarHeader" colspan="7">{_DE_MONTHS[m - 1]} \'{str(y)[2:]}</td></tr><tr><td>Mo</td><td>Di</td><td>Mi</td><td>Do</td><td>Fr</td><td>Sa</td><td>So</td></tr>{cal}</table></div></div>'
        f'<div class="serendipitySideBarItem container_serendipity_quicksearch_plugin"><h3 class="serendipitySideBarTitle">Schnellsuche</h3><div class="serendipitySideBarContent"><form action="/index.php" method="get"><input type="text" name="serendipity[searchTerm]" size="13"></form></div></div>'
        f'<div class="serendipitySideBarItem container_serendipity_archives_plugin"><h3 class="serendipitySideBarTitle">Archive</h3><div class="serendipitySideBarContent"><ul>{arch}<li><a href="/archive">Das älteste</a></li></ul></div></div>'
        f'<div class="serendipitySideBarItem container_serendipity_categories_plugin"><h3 class="serendipitySideBarTitle">Kategorien</h3><div class="serendipitySideBarContent"><ul><li><a href="/categories/1-Allgemein">Allgemein</a></li><li><a href="/categories/2-Politik">Politik</a></li><li><a href="/categories/3-Netzwelt">Netzwelt</a></li><li><a href="/categories/4-Medien">Medien</a></li></ul></div></div>'
        f'<div class="serendipitySideBarItem container_serendipity_syndication_plugin"><h3 class="serendipitySideBarTitle">Blog abonnieren</h3><div class="serendipitySideBarContent"><a href="/feeds/index.rss2">XML RSS 2.0 feed</a><br><a href="/feeds/atom10.xml">ATOM 1.0 feed</a><br><a href="/feeds/comments.rss2">RSS 2.0 Kommentare</a></div></div>'
        f'<div class="serendipitySideBarItem container_serendipity_superuser_plugin"><h3 class="serendipitySideBarTitle">Verwaltung des Blogs</h3><div class="serendipitySideBarContent"><a href="/serendipity_admin.php" rel="nofollow">Login</a></div></div>'
        f'<div class="serendipitySideBarItem container_serendipity_plug_plugin"><h3 class="serendipitySideBarTitle">Powered by</h3><div class="serendipitySideBarContent"><a href="http://www.s9y.org/"><img src="/templates/default/img/s9y_banner_small.png" alt="Serendipity PHP Weblog"></a></div></div></td></tr></table></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Polish Blox.pl blog

_PL_MONTHS = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
_PL_DAYS = "poniedziałek wtorek środa czwartek piątek sobota niedziela".split()


def fam_bloxpl(c: Ctx) -> FamilyOut:
    """A Blox.pl entry: Agora top bar, BlogTrescWpisu, BlogStopka, guest comments, sidebar."""
    body, gold = plain_body(c, pick(c, "p", "div"), 0.3)
    who = user(c)
    y, m, d = era_date(c, 2007, 2016)
    cat = pick(c, "Polityka", "Codzienność", "Media", "Książki", "Podróże", "Różne")
    n = c.rng.randint(0, 5)
    comments = "".join(
        f'<div class="Komentarz"><div class="KomentarzAutor">{pick(c, "Gość: ", "")}<b>{pick(c, user(c), "anonim", "zbyszek", "kasia_k")}</b>, <span class="KomentarzHost">*.{pick(c, "adsl.tpnet.pl", "neoplus.adsl.tpnet.pl", "dynamic.chello.pl", "play-internet.pl")}</span></div><div class="KomentarzTresc">{sentence(c, c.rng.randint(1, 2))}</div><div class="KomentarzData">{y}/{m:02d}/{min(28, d + 1):02d} {clock(c)}:{c.rng.randint(10, 59)}</div></div>'
        for _ in range(n)
    )
    arch = "".join(
        f"<li><a href=/{y}/{k:02d}/>{y}-{k:02d}</a> ({c.rng.randint(1, 12)})</li>"
        for k in range(m, max(0, m - 5), -1)
    )
    c.used += "blox-topbar blox-header blox-date blox-title blox-footer blox-comments blox-sidebar blox-rss blox-bottom".split()
    html = (
        f'<body><div id="agoraTopBar"><a href="http://www.gazeta.pl/">Gazeta.pl</a> <a href="http://www.blox.pl/">Blox.pl</a> <a href="http://www.blox.pl/rejestracja">Załóż bloga</a> <a href="http://www.blox.pl/zaloguj">Zaloguj</a> <form action="http://www.blox.pl/szukaj"><input name="q"> <input type="submit" value="Szukaj"></form></div>'
        f'<div id="Blog"><div id="BlogHeader"><h1 class="BlogTytul"><a href="/">{esc(pick(c, "Notatki z peryferii", "Zapiski niepoprawne", "Okiem " + c.rng.choice(PEOPLE).split()[0] + "a", "Blog bez tytułu"))}</a></h1><p class="BlogOpis">{esc(pick(c, "O wszystkim i o niczym", "Komentarze do rzeczywistości", "Pisane po godzinach"))}</p></div>'
        f'<div id="BlogLewa"><div class="BlogWpisBox"><div class="BlogDataWpisu">{c.rng.choice(_PL_DAYS)}, {d} {_PL_MONTHS[m - 1]} {y}</div><h2 class="BlogTitle"><a href="/{y}/{m:02d}/{slug(c.body.title)[:40]}.html">{esc(c.body.title)}</a></h2>'
        f'<div class="BlogTrescWpisu">{body}</div>'
        f'<div class="BlogStopka"><div class="BlogTagi">Tagi: <a href="/tagi_b/{c.rng.randint(1, 999)},{slug(cat)}.html">{cat.lower()}</a> <a href="/tagi_b/{c.rng.randint(1, 999)},blog.html">blog</a></div><div class="BlogKategoria">Kategoria: <a href="/kategorie/{slug(cat)}/">{cat}</a></div><span class="BlogCzas">{clock(c)}, <a href="/o_mnie/">{who}</a></span> <a href="#komentarze">Komentarze ({n})</a> | <a href="#dodaj">Dodaj komentarz</a> | <a href="/{y}/{m:02d}/{slug(c.body.title)[:40]}.html">Link do wpisu</a></div></div>'
        f'<div id="komentarze" class="BlogKomentarze"><h3>Komentarze</h3>{comments}<a name="dodaj"></a><h3>Dodaj komentarz</h3><form action="/dodaj_komentarz.html" method="post"><p>Podpis: <input name="podpis"></p><p><textarea name="tresc" rows="8" cols="40"></textarea></p><p>Przepisz kod z obrazka: <img src="/captcha.png" alt=""> <input name="kod" size="6"></p><input type="submit" value="Dodaj komentarz"></form></div></div>'
        f'<div id="BlogPrawa"><div class="BlogBox"><h3>O mnie</h3><p><img src="/avatar.jpg" alt="" width="80"> {who}</p></div><div class="BlogBox"><h3>Kategorie</h3><ul><li><a href="/kategorie/polityka/">Polityka</a></li><li><a href="/kategorie/media/">Media</a></li><li><a href="/kategorie/ksiazki/">Książki</a></li><li><a href="/kategorie/rozne/">Różne</a></li></ul></div>'
        f'<div class="BlogBox"><h3>Archiwum</h3><ul>{arch}</ul></div><div class="BlogBox"><h3>Linki</h3><ul><li><a href="http://wyborcza.pl/">Gazeta Wyborcza</a></li><li><a href="http://www.tokfm.pl/">TOK FM</a></li></ul></div><div class="BlogBox"><h3>Kanał RSS</h3><a href="/rss/">Subskrybuj</a></div></div>'
        f'<div id="BlogStopkaStrony"><p>Blog prowadzony w serwisie <a href="http://www.blox.pl/">Blox.pl</a> — blogi, strony www. Copyright © 1999-{y} Agora SA</p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Russian LiveInternet diary

_RU_MONTHS = (
    "Января Февраля Марта Апреля Мая Июня Июля Августа Сентября Октября Ноября Декабря".split()
)
_RU_DAYS = "Понедельник Вторник Среда Четверг Пятница Суббота Воскресенье".split()


def fam_liveinternet(c: Ctx) -> FamilyOut:
    """A LiveInternet diary post: <br /> text, repost header, Рубрики / Метки, comments."""
    body, gold = plain_body(c, "br", 0.0)
    who = user(c).replace("_", "")
    y, m, d = era_date(c, 2007, 2015)
    pid = c.rng.randint(10**6, 10**8)
    if c.rng.random() < 0.3:
        c.used.append("li-repost")
        src = user(c).replace("_", "")
        body = f'<div class="quote_header"><img src="http://i.li.ru/images/quote.gif" alt=""> <b>Цитата сообщения <a href="http://www.liveinternet.ru/users/{src}/">{src}</a></b> <a href="http://www.liveinternet.ru/users/{src}/post{c.rng.randint(10**6, 10**8)}/">Прочитать целиком</a><br><a href="#">В свой цитатник или сообщество!</a></div><div class="quote_body">{body}</div>'
    n = c.rng.randint(0, 5)
    comments = "".join(
        f'<div class="comment" id="BlCom{c.rng.randint(10**6, 10**8)}"><div class="comm_head"><a href="http://www.liveinternet.ru/users/{user(c)}/">{user(c)}</a> <span class="comm_date">{min(28, d + 1):02d}.{m:02d}.{y} {clock(c)}</span></div><div class="comm_text">{sentence(c, c.rng.randint(1, 2))}</div><div class="comm_links"><a href="#">Ответить</a> <a href="#">С цитатой</a> <a href="#">В цитатник</a></div></div>'
        for _ in range(n)
    )
    rubric = pick(c, "Размышления", "Политика", "Новости", "Путешествия", "Книги", "Жизнь")
    tags = ", ".join(
        f'<a href="/users/{who}/tags/{slug(t) or hexid(c, 4)}/">{t}</a>'
        for t in c.rng.sample(["жизнь", "новости", "мысли", "политика", "мир", "люди", "город"], 3)
    )
    c.used += "li-topbar li-header li-date li-title li-rubric li-tags li-likes li-comment-count li-quoted li-comments li-sidebar li-stats li-footer".split()
    html = (
        f'<body><div id="lm_top"><a href="http://www.liveinternet.ru/"><img src="http://i.li.ru/images/li_logo.gif" alt="LiveInternet"></a> <a href="http://www.liveinternet.ru/journals.php">Дневники</a> <a href="http://www.liveinternet.ru/top/">Рейтинги</a> <a href="http://www.liveinternet.ru/journal_register.php">Регистрация</a> <a href="http://www.liveinternet.ru/journal_login.php">Вход</a> <form action="http://www.liveinternet.ru/search/"><input name="q"><input type="submit" value="Поиск"></form></div>'
        f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="GL_HEAD"><h1><a href="/users/{who}/">Дневник {who}</a></h1><div class="GL_DESCR">{esc(pick(c, "Всё, что думаю", "Записки на полях", "Мой маленький мир"))}</div></td></tr><tr><td valign="top" class="GL_MAIN">'
        f'<div class="JournalPost" id="post{pid}"><div class="JournalPostHeader">{c.rng.choice(_RU_DAYS)}, {d:02d} {_RU_MONTHS[m - 1]} {y} г. {clock(c)} <a href="#">+ в цитатник</a></div><h2 class="JournalPostTitle"><a href="/users/{who}/post{pid}/">{esc(c.body.title)}</a></h2>'
        f'<div class="MESS">{body}</div>'
        f'<div class="JournalPostFooter"><div class="rubric">Рубрики: <a href="/users/{who}/rubric/{c.rng.randint(10**5, 10**6)}/">{rubric}</a></div><div class="tags">Метки: {tags}</div><div class="likes">Понравилось: <a href="#">{c.rng.randint(1, 40)} пользователям</a></div>'
        f'<div class="actions"><a href="#comments">Комментарии ({n})</a> <a href="/users/{who}/post{pid}/#BlCom">Комментировать</a> <a href="#">В цитатник или сообщество</a></div>{"<div class=quoted>Процитировано " + str(c.rng.randint(1, 30)) + " раз</div>" if c.rng.random() < 0.4 else ""}</div></div>'
        f'<div id="comments" class="commentsbox"><h3>Комментарии</h3>{comments}<div class="comm_form"><a href="/users/{who}/post{pid}/#BlCom">Добавить комментарий</a>: <textarea rows="5" cols="50"></textarea><input type="submit" value="Отправить"></div></div></td>'
        f'<td valign="top" class="GL_SIDE" width="220"><div class="side_block"><h4>Профиль</h4><img src="http://img{c.rng.randint(0, 1)}.liveinternet.ru/images/avatar/{hexid(c, 3)}/{c.rng.randint(10**6, 10**7)}.jpg" alt="" width="100"><p>{who}</p></div>'
        f'<div class="side_block"><h4>Календарь</h4><p>{_RU_MONTHS[m - 1]} {y}</p></div><div class="side_block"><h4>Рубрики дневника</h4><ul><li><a href="#">Размышления</a> ({c.rng.randint(1, 90)})</li><li><a href="#">Новости</a> ({c.rng.randint(1, 90)})</li><li><a href="#">Книги</a> ({c.rng.randint(1, 90)})</li></ul></div>'
        f'<div class="side_block"><h4>Поиск по дневнику</h4><form><input name="q"> <input type="submit" value="Найти"></form></div><div class="side_block"><h4>Подписка по e-mail</h4><form><input name="email"> <input type="submit" value="Подписаться"></form></div>'
        f'<div class="side_block"><h4>Интересы</h4><p>книги, музыка, путешествия, кино</p></div><div class="side_block"><h4>Друзья</h4><p>{", ".join(user(c) for _ in range(4))}</p></div>'
        f'<div class="side_block"><h4>Статистика</h4><p>Создан: {c.rng.randint(1, 28):02d}.{c.rng.randint(1, 12):02d}.{y - c.rng.randint(1, 3)}<br>Записей: {c.rng.randint(10, 3000)}<br>Комментариев: {c.rng.randint(10, 9000)}<br>Написано: {c.rng.randint(10, 12000)}</p></div></td></tr></table>'
        f'<div id="lm_footer"><a href="http://www.liveinternet.ru/">LiveInternet.ru</a> Ссылки: <a href="#">на главную</a>|<a href="#">почта</a>|<a href="#">знакомства</a>|<a href="#">одноклассники</a>|<a href="#">фото</a>|<a href="#">открытки</a>|<a href="#">тесты</a>|<a href="#">чат</a><br><a href="#">О проекте</a> | <a href="#">Помощь</a> | <a href="#">Соглашение</a></div></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "kr-daily": (fam_kr_daily, "politics"),
    "id-halaman": (fam_id_portal, "news"),
    "ng-jnews": (fam_ng_jnews, "business"),
    "au-nine": (fam_au_nine, "news"),
    "car-review-mag": (fam_car_review, "tech"),
    "future-gaming": (fam_future_gaming, "entertainment"),
    "sitefinity-society": (fam_sitefinity_society, "ecb"),
    "pmc-music": (fam_pmc_music, "entertainment"),
    "canalblog-fr": (fam_canalblog, "blog"),
    "s9y-de": (fam_s9y, "blog"),
    "bloxpl-pl": (fam_bloxpl, "lede"),
    "liveinternet-ru": (fam_liveinternet, "blog"),
}

_LANG = {
    "kr-daily": "ko",
    "id-halaman": "id",
    "ng-jnews": "en-NG",
    "au-nine": "en-AU",
    "canalblog-fr": "fr",
    "s9y-de": "de",
    "bloxpl-pl": "pl",
    "liveinternet-ru": "ru",
}

_HEAD = {
    "kr-daily": '<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta property="og:site_name" content="일보">',
    "id-halaman": '<meta name="content_PublishedDate" content="2021-03-04 10:23:00"><link rel="amphtml" href="?page=amp">',
    "ng-jnews": '<meta name="generator" content="WordPress 6.5.2"><link rel="stylesheet" id="jnews-frontend-css" href="/wp-content/themes/jnews/assets/dist/frontend.min.css">',
    "au-nine": '<meta name="theme-color" content="#096dd2"><meta property="article:publisher" content="https://www.facebook.com/">',
    "car-review-mag": '<meta name="generator" content="WordPress 6.2"><meta property="og:type" content="article">',
    "future-gaming": '<meta name="pub_name" content="Future"><meta property="og:type" content="article">',
    "sitefinity-society": '<meta name="Generator" content="Sitefinity 10.2.6602.0 SE">',
    "pmc-music": '<meta name="generator" content="WordPress VIP"><link rel="stylesheet" href="/wp-content/themes/vip/pmc-larva/assets/build/css/larva.css">',
    "canalblog-fr": '<meta name="generator" content="Canalblog"><link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">',
    "s9y-de": '<meta name="generator" content="Serendipity v.1.7.8"><link rel="alternate" type="application/rss+xml" title="RSS" href="/feeds/index.rss2">',
    "bloxpl-pl": '<meta name="generator" content="Blox.pl"><link rel="alternate" type="application/rss+xml" href="/rss/">',
    "liveinternet-ru": '<meta name="keywords" content="дневник, блог"><link rel="alternate" type="application/rss+xml" href="/users/rss/">',
}


def v_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language, viewport, canonical link and generator tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 2101) -> list[Page]:
    """Set V: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    return draw_set(
        "v", seed, per_family, FAMILIES, kinds, pool, "example.com", key=text_key, amend=v_head
    )


if __name__ == "__main__":  # page_families_v.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 2101)

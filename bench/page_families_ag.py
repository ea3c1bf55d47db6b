"""Set AG of the constructed pages: 12 families of an article as a feed's link delivers it
through an intermediary, in several languages, and `build_pages`.

Six families are in page_templates_ag.py (a Wayback Machine snapshot, an archive.today
snapshot, an AMP cache copy, a website-translation proxy's page, a text-only mirror for old
browsers, a read-later reader view); here a portal's syndicated copy (MSN-like), a Japanese
news app's web article view (SmartNews-like), the web mirrors of three email platforms'
campaigns (Brevo/Sendinblue, MailerLite, Revue) and a feed reader's shared-article page
(Inoreader-like, a feed-to-web bridge). The bodies are English (the body pools are English);
the intermediary's chrome is in its own language. Written blind to digest's extraction rules;
its builder never ran digest, trafilatura, readability or bench_pages on it (session 18,
helper h-setag). The gold convention and the decisions on the intermediaries' chrome are in
page_templates_ag.py's docstring; the decisions for this module's families, written down
before they were coded:
- a portal's syndicated copy (MSN / Microsoft Start-like, 2016-2025, English, German or French
  edition): the paragraphs, subheadings, lists and quotes of the article body (`div.articlebody`
  of the classic page, `div.article-body` of the Start page) are article; the portal header
  (logo, "Search the web", "Sign in", the channel menu), the provider logo and "© Provided by
  NAME" / "Story by NAME • 3h" lines, "Follow", the lead image with its credit, the in-body
  "Related video" and ad slots ("Ad", "Anzeige", "Publicité"), the reaction bar (Like, comment
  count, Share), "More for You" cards, the sponsored rail ("Sponsored content", "Gesponserte
  Inhalte"), "Feedback" and the footer ("© 2024 Microsoft", "Privacy & Cookies") are not;
- a Japanese news app's web article view (SmartNews- / LINE NEWS-like, 2016-2025): the
  paragraphs, subheadings, lists and quotes of `div.article-body` are article; the app header
  (logo, the channel tabs トップ, エンタメ, スポーツ ...), "アプリで開く" banners, the provider
  line (logo, "提供：NAME", "フォロー"), the title, the date, the lead image with its caption,
  "元記事を読む" / "続きを読む（外部サイト）", the reaction buttons, "関連記事", "アクセスランキング",
  "あわせて読みたい" and the footer ("利用規約", "© SmartNews, Inc.") are not;
- a Brevo (Sendinblue) campaign's web mirror (2016-2025, French, German or Spanish): the
  newsletter's paragraphs, subheadings, lists and quotes in its `rnb` text blocks are article;
  the "Voir la version en ligne" line and preheader, the logo, the issue's title (an email
  headline, as a post's), the header image, the call-to-action buttons ("Lire la suite",
  "Mehr erfahren"), the social icons, the footer ("Cet e-mail a été envoyé à ...", "Vous avez
  reçu cet e-mail car ...", the address), "Se désinscrire", the "Envoyé par Sendinblue" /
  "Brevo" badge and the tracking pixel are not;
- a MailerLite campaign's web version (2016-2025, English, German or Lithuanian): the
  newsletter's paragraphs, subheadings, lists and quotes in its `mlContentTable` text blocks
  are article; the webview top bar ("Subscribe", share icons) of the archive page, the
  preheader with "View in browser", the logo, the issue's title, the image with its caption,
  the button, "Follow us" and the social icons, the footer ("You received this email because
  you signed up on our website or made purchase from us.", the address, "Unsubscribe") and the
  "Powered by MailerLite" badge are not;
- a Revue newsletter issue (getrevue.co, 2016-2022, English or Dutch): the editor's paragraphs,
  subheadings, lists and quotes (`p.revue-p`, `h2.revue-h2`, ...) are article; the profile
  header (avatar, newsletter name, description, "Subscribe" form), "By NAME - Issue #N", the
  issue title, the date, "View online", the link cards (image, link title, domain and the
  fetched description: link previews, as earlier sets decided embeds), the "Did you enjoy this
  issue? Yes / No" box, "If you don't want these updates anymore, please unsubscribe here",
  "If you were forwarded this newsletter...", "Powered by Revue", the past-issues list and the
  footer are not;
- a feed reader's shared-article page (Inoreader-like, 2016-2025, English or Spanish UI): the
  feed entry's full content (`div.article_content`: paragraphs, subheadings, lists, quotes) is
  article; the reader's header ("Sign in", "Sign up free", "Get the app"), the feed line
  (favicon, feed title, "Subscribe" / "Suscribirse", subscriber count), the title, "by NAME",
  the date, "Shared by USER", "Read original" / "Leer original", the feed's own "The post ...
  appeared first on SITE." tail and its tracking pixel (a feed footer, as a signature), the
  share icons, "More from FEED" (titles and snippets), the sign-up promo and the footer are not.

    .venv/bin/python bench/page_families_ag.py PAGE_ID 3201
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key, unique_bodies
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks
from page_templates_ag import (
    PAGE_LANG,
    fam_amp_cache,
    fam_archive_today,
    fam_reader_view,
    fam_text_mirror,
    fam_translate_proxy,
    fam_wayback_snapshot,
    set_lang,
    teaser_links,
)
from page_templates_b import code_bodies, headlines
from page_templates_e import brand, hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]
_EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)


# ---------------------------------------------------------------------------------------------
# 7. A portal's syndicated copy (MSN / Microsoft Start-like)

_MSN = {
    "en-us": (
        "News",
        "Weather",
        "Sports",
        "Money",
        "Entertainment",
        "Lifestyle",
        "Search the web",
        "Sign in",
        "Provided by",
        "Story by",
        "Follow",
        "Ad",
        "Related video",
        "More for You",
        "Sponsored content",
        "Feedback",
        "Privacy & Cookies",
        "Terms of use",
        "Advertise",
        "Like",
        "Comments",
        "Share",
    ),
    "de-de": (
        "Nachrichten",
        "Wetter",
        "Sport",
        "Finanzen",
        "Unterhaltung",
        "Lifestyle",
        "Im Web suchen",
        "Anmelden",
        "Bereitgestellt von",
        "Artikel von",
        "Folgen",
        "Anzeige",
        "Ähnliches Video",
        "Weitere Artikel",
        "Gesponserte Inhalte",
        "Feedback",
        "Datenschutz & Cookies",
        "Nutzungsbedingungen",
        "Werbung",
        "Gefällt mir",
        "Kommentare",
        "Teilen",
    ),
    "fr-fr": (
        "Actualité",
        "Météo",
        "Sports",
        "Finance",
        "Divertissement",
        "Style de vie",
        "Rechercher sur le web",
        "Se connecter",
        "Fourni par",
        "Article de",
        "Suivre",
        "Publicité",
        "Vidéo associée",
        "Plus pour vous",
        "Contenu sponsorisé",
        "Commentaires",
        "Confidentialité et cookies",
        "Conditions d’utilisation",
        "Publicité",
        "J’aime",
        "Commentaires",
        "Partager",
    ),
}


def fam_msn_syndicated(c: Ctx) -> FamilyOut:
    """A portal's partner copy: provider line, Follow, ad slots, More for You, sponsored rail."""
    market = pick(c, "en-us", "en-us", "de-de", "fr-fr")
    set_lang(c, market)
    c.used.append(f"msn-{market}")
    w = _MSN[market]
    blocks = body_blocks(c, 0.25, 0.2, 0.2)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    provider = pick(
        c,
        "Reuters",
        "The Associated Press",
        "USA TODAY",
        "The Independent",
        "dpa",
        "AFP",
        "Le Figaro",
        "FOCUS online",
    )
    author = c.rng.choice(PEOPLE)
    y, m, d = era_date(c, 2016, 2025)
    modern = y >= 2021
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: (
            f'<div class="intra-article-module" data-t=\'{{"n":"ad","b":"{c.rng.randint(1, 99)}"}}\'><span class="ad-label">{w[11]}</span><div id="nativead-{hexid(c, 6)}" class="native-ad"></div></div>'
        ),
    )
    if c.rng.random() < 0.5:
        c.used.append("msn-related-video")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="video-wrapper"><h3 class="video-module-title">{w[12]}</h3><div class="video-player" data-video-id="{hexid(c, 8)}"><img src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/{hexid(c, 8).upper()}.img" alt=""><span class="video-title">{esc(headlines(c, 1)[0])}</span><span class="video-provider">{provider}</span></div></div>'
            ),
        )
    cards = "".join(
        f'<div class="card"><a href="/{market}/news/world/{slug(h)[:40]}/ar-{hexid(c, 8).upper()}"><img src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/{hexid(c, 8).upper()}.img" alt=""><span class="card-provider">{pick(c, "Reuters", "CNN", "NBC News", "dpa", "AFP", "The Guardian")}</span><h3>{esc(h)}</h3></a></div>'
        for h in headlines(c, c.rng.randint(4, 6))
    )
    sponsored = "".join(
        f'<li><a href="https://trc.taboola.com/{hexid(c, 6)}"><img src="https://images.taboola.com/{hexid(c, 10)}.jpg" alt=""><span>{esc(h)}</span><em>{pick(c, "Sponsored", "Promoted", "Anzeige")} · {pick(c, "Hearing Advice", "Finance Tips", "Travel Daily", "Smart Home")}</em></a></li>'
        for h in headlines(c, c.rng.randint(3, 6))
    )
    menu = "".join(f'<li><a href="/{market}/{slug(x)}">{x}</a></li>' for x in w[:6])
    lead = ""
    if c.rng.random() < 0.75:
        c.used.append("msn-lead-image")
        lead = f'<figure class="article-image"><img src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/{hexid(c, 8).upper()}.img?w=768&amp;h=432" alt=""><figcaption>{sentence(c)} <span class="credit">© {pick(c, "Reuters", "AP", "Getty Images", "dpa", "AFP")}</span></figcaption></figure>'
    footer = f'<footer class="footer"><ul><li><a href="#">{w[16]}</a></li><li><a href="#">{w[17]}</a></li><li><a href="#">{w[18]}</a></li><li><a href="#">Your Privacy Choices</a></li></ul><span>© {y} Microsoft</span></footer>'
    if modern:
        c.used += "msn-start msn-story-by msn-follow msn-reactions".split()
        html = (
            f'<body><div id="root"><header class="header-wc"><a href="/{market}" class="logo" aria-label="Microsoft Start">Microsoft Start</a><form class="search"><input type="search" placeholder="{w[6]}"></form><button class="sign-in">{w[7]}</button></header><nav class="channel-nav"><ul>{menu}</ul></nav>'
            f'<main class="views-article"><div class="article-page"><div class="provider-bar"><img class="provider-logo" src="https://img-s-msn-com.akamaized.net/tenant/amp/entityid/AAbrand{hexid(c, 4)}.img" alt="{provider}"><span class="provider-name">{provider}</span> <button class="follow-button">{w[10]}</button></div>'
            f'<h1 class="article-title">{esc(c.body.title)}</h1><div class="byline"><span>{w[9]} {esc(author)}</span> • <span class="time">{c.rng.randint(1, 23)}h</span> • <span class="read-time">{c.rng.randint(2, 8)} min read</span></div>{lead}'
            f'<div class="article-body" data-t=\'{{"n":"body"}}\'>{"".join(parts)}</div>'
            f'<div class="engagement-bar"><button class="like">{w[19]}</button><button class="comments">{c.rng.randint(0, 900)} {w[20]}</button><button class="share">{w[21]}</button></div></div>'
            f'<section class="river"><h2>{w[13]}</h2><div class="cards">{cards}</div></section><aside class="sponsored-rail"><h2>{w[14]}</h2><ul>{sponsored}</ul></aside></main>'
            f'<button class="feedback-button">{w[15]}</button>{footer}</div></body></html>'
        )
    else:
        c.used += "msn-classic msn-provided-by".split()
        html = (
            f'<body class="article-page"><div id="header"><div class="logo"><a href="/{market}/">msn</a></div><form id="srchfrm" action="https://www.bing.com/search"><input type="text" name="q" placeholder="{w[6]}"><input type="submit" value="web search"></form><a class="signin" href="#">{w[7]}</a><ul class="nav">{menu}</ul></div>'
            f'<section id="maincontent"><div class="collection-headline"><div class="attribution"><span class="partnerlogo-img"><img src="https://static-global-s-msn-com.akamaized.net/hp-neu/sc/{hexid(c, 2)}/{hexid(c, 6)}.png" alt="{provider}"></span><span class="sourcename">{provider}</span> <time datetime="{y}-{m:02d}-{d:02d}">{m}/{d}/{y}</time></div><h1>{esc(c.body.title)}</h1><div class="authorinfo">{esc(author)}</div></div>{lead}'
            f'<section class="articlebody" data-parsely-metadata="">{"".join(parts)}<p class="copyright">© {provider} {y}. {w[8]} {provider}</p></section>'
            f'<div class="sharelinks"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>'
            f'<section class="more-for-you"><h2>{w[13]}</h2>{cards}</section><div class="taboola"><h2>{w[14]}</h2><ul>{sponsored}</ul></div></section>{footer}</body></html>'
        )
    c.used += "msn-header msn-menu msn-provider msn-title msn-ads msn-more msn-sponsored msn-footer".split()
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Japanese news app's web article view (SmartNews- / LINE NEWS-like)


def fam_smartnews_view(c: Ctx) -> FamilyOut:
    """A news app's web view: channel tabs, app banners, 提供 line, 元記事を読む, ranking."""
    set_lang(c, "ja")
    app = pick(c, "SmartNews", "LINE NEWS", "グノシー")
    c.used.append(f"sn-{slug(app)}")
    blocks = body_blocks(c, 0.3, 0.2, 0.15, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    provider = pick(
        c, "毎日新聞", "共同通信", "ITmedia NEWS", "東洋経済オンライン", "ロイター", "AFPBB News"
    )
    y, m, d = era_date(c, 2016, 2025)
    tabs = "".join(
        f'<li><a href="/ja/channel/{k}">{t}</a></li>'
        for k, t in enumerate("トップ エンタメ スポーツ グルメ 経済 国内 海外 テクノロジー".split())
    )
    if c.rng.random() < 0.6:
        c.used.append("sn-inline-app")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                '<div class="app-promo-inline"><p>このニュースの続きや関連情報はアプリで</p><a class="open-app" href="#">アプリで開く</a></div>'
            ),
        )
    rank = "".join(
        f'<li><span class="rank-num">{i}</span><a href="/ja/article/{hexid(c, 10)}">{esc(h)}</a><span class="rank-provider">{pick(c, "朝日新聞", "日本経済新聞", "ITmedia", "J-CASTニュース")}</span></li>'
        for i, h in enumerate(headlines(c, 5), 1)
    )
    lead = ""
    if c.rng.random() < 0.7:
        c.used.append("sn-lead-image")
        lead = f'<figure class="article-image"><img src="https://img.{slug(app)}.com/{hexid(c, 12)}.jpg" alt=""><figcaption>{sentence(c)}（写真：{provider}）</figcaption></figure>'
    c.used += "sn-header sn-tabs sn-app-banner sn-provider sn-title sn-date sn-original sn-reactions sn-related sn-ranking sn-footer".split()
    html = (
        f'<body><div class="app-banner"><img src="/static/app-icon.png" alt=""><p><b>{app}</b> 無料のニュースアプリ</p><a class="open-app" href="#">アプリで開く</a></div>'
        f'<header class="site-header"><a class="logo" href="/ja">{app}</a><nav class="channel-tabs"><ul>{tabs}</ul></nav></header>'
        f'<main class="article-main"><article class="article"><div class="provider"><img class="provider-logo" src="/logos/{hexid(c, 6)}.png" alt=""><span class="provider-name">提供：{provider}</span> <button class="follow">フォロー</button></div>'
        f'<h1 class="article-title">{esc(c.body.title)}</h1><time class="article-date" datetime="{y}-{m:02d}-{d:02d}">{y}/{m:02d}/{d:02d} {c.rng.randint(5, 23)}:{c.rng.randint(10, 59)}</time>{lead}'
        f'<div class="article-body">{"".join(parts)}</div>'
        f'<p class="original-link"><a href="https://www.{c.site}/articles/{hexid(c, 8)}" target="_blank" rel="noopener">{pick(c, "元記事を読む", "続きを読む（外部サイト）", "記事全文を読む")}</a></p>'
        f'<div class="reactions"><button>いいね！ {c.rng.randint(0, 999)}</button><button>シェア</button><button>保存</button></div></article>'
        f'<section class="related"><h2>{pick(c, "関連記事", "あわせて読みたい")}</h2><ul>{teaser_links(c, 4, "/ja/article/")}</ul></section>'
        f'<section class="ranking"><h2>アクセスランキング</h2><ol>{rank}</ol></section>'
        f'<div class="app-download"><p>{app}アプリなら、最新ニュースがサクサク読める</p><a href="#">App Store</a> <a href="#">Google Play</a></div></main>'
        f'<footer class="site-footer"><ul><li><a href="#">会社概要</a></li><li><a href="#">利用規約</a></li><li><a href="#">プライバシーポリシー</a></li><li><a href="#">お問い合わせ</a></li></ul><p>© {app}{", Inc." if app == "SmartNews" else ""}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A Brevo (Sendinblue) campaign's web mirror

_BREVO = {
    "fr": (
        "Voir la version en ligne",
        "Lire la suite",
        "Suivez-nous",
        "Cet e-mail a été envoyé à",
        "Vous avez reçu cet e-mail car vous vous êtes inscrit sur notre site.",
        "Se désinscrire",
        "Envoyé par",
    ),
    "de": (
        "Im Browser ansehen",
        "Mehr erfahren",
        "Folgen Sie uns",
        "Diese E-Mail wurde an",
        "Sie haben diese E-Mail erhalten, weil Sie sich für unseren Newsletter angemeldet haben.",
        "Abmelden",
        "Gesendet mit",
    ),
    "es": (
        "Ver en el navegador",
        "Leer más",
        "Síguenos",
        "Este correo fue enviado a",
        "Has recibido este correo porque te suscribiste a nuestro boletín.",
        "Darse de baja",
        "Enviado con",
    ),
}


def _rnb_row(inner: str) -> str:
    return f'<table class="rnb-del-min-width" width="100%" cellpadding="0" border="0" cellspacing="0" style="min-width:100%;"><tbody><tr><td class="rnb-del-min-width" align="center" valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0" class="rnb-container" bgcolor="#ffffff" style="background-color: rgb(255, 255, 255); padding-left: 20px; padding-right: 20px; border-collapse: separate; border-radius: 0px; border-bottom: 0px none rgb(200, 200, 200);"><tbody><tr><td class="rnb-container-padding" align="left"><table width="100%" border="0" cellpadding="0" cellspacing="0" class="rnb-columns-container"><tbody><tr><th class="rnb-force-col" style="text-align: left; font-weight: normal; padding-right: 0px;" valign="top"><table border="0" valign="top" cellspacing="0" cellpadding="0" width="100%" align="left" class="rnb-col-1"><tbody><tr><td style="font-size:14px; font-family:Arial,Helvetica,sans-serif, sans-serif; color:#3c4858; line-height: 21px;">{inner}</td></tr></tbody></table></th></tr></tbody></table></td></tr></tbody></table></td></tr></tbody></table>'


def fam_brevo_archive(c: Ctx) -> FamilyOut:
    """A Brevo/Sendinblue mirror: rnb layout tables, version en ligne, CTA, footer, badge."""
    lang = pick(c, "fr", "fr", "de", "es")
    set_lang(c, lang)
    c.used.append(f"brevo-{lang}")
    online, cta, follow, sent_to, why, unsub, by = _BREVO[lang]
    blocks = body_blocks(c, 0.4, 0.3, 0.15)
    parts, gold = body_html(
        c,
        blocks,
        lambda t: f'<div><span style="font-size:20px;"><strong>{esc(t)}</strong></span></div>',
        '<div style="margin-bottom:12px;">',
    )
    parts = [
        p.replace("</p>", "</div>") if p.startswith('<div style="margin-bottom:12px;">') else p
        for p in parts
    ]
    y, m, d = era_date(c, 2016, 2025)
    badge = "Brevo" if y >= 2023 else "Sendinblue"
    c.used.append(f"brevo-badge-{badge.lower()}")
    org = brand(c)
    # the text may be cut into two or three text blocks (an image or a button between them)
    cut = (
        sorted(c.rng.sample(range(1, len(parts)), k=min(len(parts) - 1, c.rng.randint(0, 2))))
        if len(parts) > 1
        else []
    )
    rows, last = [], 0
    for k in [*cut, len(parts)]:
        rows.append(_rnb_row("".join(parts[last:k])))
        if k < len(parts):
            if c.rng.random() < 0.5:
                c.used.append("brevo-inline-image")
                rows.append(
                    _rnb_row(
                        f'<img border="0" hspace="0" vspace="0" width="560" class="rnb-col-1-img" src="https://img.mailinblue.com/{c.rng.randint(1000000, 9999999)}/images/content_library/original/{hexid(c, 24)}.jpg" style="vertical-align: top; max-width: 560px; float: left;">'
                    )
                )
            else:
                c.used.append("brevo-inline-cta")
                rows.append(
                    _rnb_row(
                        f'<table width="100%" cellpadding="0" cellspacing="0" border="0" class="rnb-btn-col-content"><tbody><tr><td align="center" class="rnb-button" style="background-color:#0092ff; border-radius:4px; padding:12px 20px;"><a style="color:#ffffff; font-size:14px; text-decoration:none;" target="_blank" href="https://{c.site}/?utm_source=sendinblue&amp;utm_campaign={slug(c.body.title)[:20]}">{cta}</a></td></tr></tbody></table>'
                    )
                )
        last = k
    social = "".join(
        f'<a href="https://www.{n}.com/{org.lower()}" target="_blank"><img alt="{n.title()}" border="0" hspace="0" vspace="0" style="vertical-align:top;" target="_blank" src="https://img.mailinblue.com/new_images/rnb/theme1/rnb_ico_{n[:2]}.png"></a> '
        for n in ("facebook", "twitter", "linkedin", "instagram")[: c.rng.randint(2, 4)]
    )
    addr = pick(
        c,
        "12 rue de la Paix, 75002 Paris, France",
        "Friedrichstraße 68, 10117 Berlin, Deutschland",
        "Calle Mayor 5, 28013 Madrid, España",
    )
    c.used += "brevo-view-online brevo-preheader brevo-logo brevo-title brevo-social brevo-footer brevo-unsubscribe brevo-pixel".split()
    html = (
        f'<body style="margin:0; padding:0; background-color:#f9fafc;"><span class="preheader" style="display:none !important; visibility:hidden; opacity:0; color:transparent; height:0; width:0;">{sentence(c)}</span>'
        f'<table border="0" align="center" width="100%" cellpadding="0" cellspacing="0" class="main-template" bgcolor="#f9fafc" style="background-color: rgb(249, 250, 252);"><tbody><tr><td align="center" valign="top">'
        f'<div style="display:none;" class="rnb-mirror-link"></div><table class="rnb-del-min-width" width="100%" cellpadding="0" border="0" cellspacing="0" style="min-width:590px;"><tbody><tr><td align="center" style="font-size:11px; color:#888888; padding:10px;"><a href="https://{hexid(c, 6)}.r.{pick(c, "sendibt3", "sendibm1", "bh.d")}.com/mk/mr/{hexid(c, 40)}" style="color:#888888;">{online}</a></td></tr></tbody></table>'
        + _rnb_row(
            f'<div style="text-align:center;"><img border="0" width="200" hspace="0" vspace="0" alt="{org}" src="https://img.mailinblue.com/{c.rng.randint(1000000, 9999999)}/images/rnb/original/{hexid(c, 24)}.png"></div>'
        )
        + _rnb_row(
            f'<div><span style="font-size:26px;"><strong>{esc(c.body.title)}</strong></span></div>'
        )
        + "".join(rows)
        + _rnb_row(
            f'<div style="text-align:center;"><div style="font-size:14px; margin-bottom:8px;">{follow}</div>{social}</div>'
        )
        + _rnb_row(
            f'<div style="font-size:12px; color:#888888; text-align:center;"><div>{org}</div><div>{addr}</div><div>{sent_to} {pick(c, "{{ contact.EMAIL }}", "[EMAIL]", "vous@exemple.fr")}</div><div>{why}</div><div><a href="https://{hexid(c, 6)}.r.sendibt3.com/mk/un/{hexid(c, 30)}" style="text-decoration:underline; color:#888888;">{unsub}</a></div><div>© {y} {org}</div></div>'
        )
        + f'<table width="100%" cellpadding="0" border="0" cellspacing="0"><tbody><tr><td align="center" style="padding:20px 0;"><a href="https://www.{badge.lower()}.com/?utm_source=logo_mirror" target="_blank"><img border="0" hspace="0" vspace="0" alt="{by} {badge}" src="https://img.mailinblue.com/new_images/rnb/rnb-{badge.lower()}-logo-footer.png" width="140"></a></td></tr></tbody></table>'
        f'</td></tr></tbody></table><img width="1" height="1" src="https://{hexid(c, 6)}.r.sendibt3.com/tr/op/{hexid(c, 30)}" alt="" style="display:none;"></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A MailerLite campaign's web version

_ML = {
    "en": (
        "View in browser",
        "Read more",
        "Follow us",
        "You received this email because you signed up on our website or made purchase from us.",
        "Unsubscribe",
        "Subscribe",
        "Share",
    ),
    "de": (
        "Im Browser anzeigen",
        "Weiterlesen",
        "Folge uns",
        "Du erhältst diese E-Mail, weil du dich auf unserer Website angemeldet oder bei uns eingekauft hast.",
        "Abmelden",
        "Abonnieren",
        "Teilen",
    ),
    "lt": (
        "Peržiūrėti naršyklėje",
        "Skaityti daugiau",
        "Sekite mus",
        "Gavote šį laišką, nes užsiprenumeravote mūsų naujienlaiškį.",
        "Atsisakyti prenumeratos",
        "Prenumeruoti",
        "Dalintis",
    ),
}


def _ml_block(inner: str, pad: str = "20px 50px 20px 50px") -> str:
    return f'<table align="center" border="0" bgcolor="#ffffff" class="mlContentTable ml-default" cellpadding="0" cellspacing="0" width="640"><tbody><tr><td><table role="presentation" cellpadding="0" cellspacing="0" border="0" align="center" width="640" style="width: 640px; min-width: 640px;" class="mlContentTable"><tbody><tr><td align="left" class="mlContentContainer mlContentBlock" style="padding: {pad}; font-family: \'Open Sans\', Arial, Helvetica, sans-serif; font-size: 15px; line-height: 25px; color: #111111;">{inner}</td></tr></tbody></table></td></tr></tbody></table>'


def fam_mailerlite_archive(c: Ctx) -> FamilyOut:
    """A MailerLite webview: top bar, View in browser, mlContentTable blocks, footer, badge."""
    lang = pick(c, "en", "en", "de", "lt")
    set_lang(c, lang)
    c.used.append(f"ml-{lang}")
    view, more, follow, why, unsub, sub, share = _ML[lang]
    blocks = body_blocks(c, 0.4, 0.3, 0.2)
    parts, gold = body_html(
        c,
        blocks,
        lambda t: (
            f'<h2 style="font-size: 22px; line-height: 30px; margin: 0 0 10px 0;">{esc(t)}</h2>'
        ),
        '<p style="margin: 0 0 10px 0;">',
    )
    y, m, d = era_date(c, 2016, 2025)
    org = brand(c)
    body_rows = _ml_block("".join(parts))
    if c.rng.random() < 0.5 and len(parts) > 2:
        c.used.append("ml-split-image")
        k = c.rng.randint(1, len(parts) - 1)
        img = _ml_block(
            f'<img border="0" src="https://storage.mlcdn.com/account_image/{c.rng.randint(100000, 999999)}/{hexid(c, 20)}.jpg" width="540" class="mlContentImage" style="display: block; max-width: 540px;"><p class="mlContentCaption" style="font-size: 12px; color: #777777; margin: 6px 0 0 0;">{sentence(c)}</p>',
            "10px 50px 10px 50px",
        )
        body_rows = _ml_block("".join(parts[:k])) + img + _ml_block("".join(parts[k:]))
    button = ""
    if c.rng.random() < 0.6:
        c.used.append("ml-button")
        button = _ml_block(
            f'<table border="0" cellspacing="0" cellpadding="0" class="mlContentButton"><tbody><tr><td class="mlContentButton" align="center" bgcolor="#09c269" style="border-radius: 3px;"><a class="mlContentButton" href="https://{c.site}/?utm_source=mailerlite" style="color: #ffffff; font-size: 16px; padding: 12px 28px; display: inline-block; text-decoration: none;">{more}</a></td></tr></tbody></table>'
        )
    topbar = ""
    if c.rng.random() < 0.5:
        c.used.append("ml-webview-bar")
        topbar = f'<div class="ml-webview-header" style="background:#ffffff; border-bottom:1px solid #e5e5e5; padding:10px 20px;"><span class="ml-webview-title">{org}</span> <a class="ml-webview-subscribe" href="https://landing.mailerlite.com/webforms/landing/{hexid(c, 6)}">{sub}</a> <span class="ml-webview-share">{share}: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></span></div>'
    social = "".join(
        f'<a href="https://{n}.com/{org.lower()}" target="_blank"><img width="24" alt="{n}" src="https://assets.mlcdn.com/ml/images/icons/default/round/black/{n}.png" style="display: block;" border="0"></a> '
        for n in ("facebook", "instagram", "linkedin", "youtube")[: c.rng.randint(2, 4)]
    )
    addr = pick(
        c,
        "123 Main Street, Springfield, USA",
        "Gedimino pr. 1, Vilnius, Lietuva",
        "Hauptstraße 12, 80331 München",
    )
    c.used += "ml-preheader ml-view-browser ml-logo ml-title ml-social ml-footer ml-unsubscribe ml-badge".split()
    html = (
        f'<body class="mlBodyBackground" style="padding: 0; margin: 0; -webkit-font-smoothing:antialiased; background-color:#f6f8f9;">{topbar}<div class="document" role="article" aria-roledescription="email" lang="{lang}">'
        f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="bodyTable mlBodyBackground" role="presentation" style="width: 100%;"><tbody><tr><td class="mlTemplateContainer" align="center">'
        f'<table align="center" border="0" class="mlContentTable" cellpadding="0" cellspacing="0" width="640"><tbody><tr><td class="mlContentContainer" style="padding: 15px 50px 5px 50px; font-size: 12px; color: #888888;"><span class="preheader">{sentence(c)}</span> <a href="https://preview.mailerlite.io/preview/{c.rng.randint(100000, 999999)}/emails/{c.rng.randint(10**10, 10**11)}" style="color: #888888;">{view}</a></td></tr></tbody></table>'
        + _ml_block(
            f'<img border="0" src="https://storage.mlcdn.com/account_image/{c.rng.randint(100000, 999999)}/logo{hexid(c, 8)}.png" width="160" alt="{org}" style="display: block;">',
            "30px 50px 10px 50px",
        )
        + _ml_block(
            f'<h1 style="font-size: 30px; line-height: 38px; margin: 0;">{esc(c.body.title)}</h1>'
        )
        + body_rows
        + button
        + _ml_block(
            f'<p style="margin:0 0 8px 0; font-size: 14px;"><strong>{follow}</strong></p>{social}'
        )
        + _ml_block(
            f'<p style="font-size: 12px; line-height: 18px; color: #888888; margin: 0;">{org}<br>{addr}</p><p style="font-size: 12px; color: #888888;">{why}</p><p style="font-size: 12px;"><a class="unsubscribe" href="https://{c.site}/unsubscribe/{hexid(c, 20)}" style="color: #09c269;">{unsub}</a></p>',
            "20px 50px 20px 50px",
        )
        + '<table align="center" border="0" cellpadding="0" cellspacing="0" width="640" class="mlContentTable"><tbody><tr><td align="center" style="padding: 20px 0;"><a href="https://www.mailerlite.com?utm_medium=email&amp;utm_source=email-footer" target="_blank"><img width="100" alt="Powered by MailerLite" src="https://assets.mlcdn.com/ml/logo/created-with-mailerlite.png" border="0"></a></td></tr></tbody></table>'
        "</td></tr></tbody></table></div></body></html>"
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Revue newsletter issue (getrevue.co)

_REVUE = {
    "en": (
        "Subscribe",
        "Your email address",
        "Issue",
        "View online",
        "Did you enjoy this issue?",
        "Yes",
        "No",
        "If you don't want these updates anymore, please unsubscribe here.",
        "If you were forwarded this newsletter and you like it, you can subscribe here.",
        "Past issues",
        "By",
    ),
    "nl": (
        "Abonneren",
        "Je e-mailadres",
        "Editie",
        "Bekijk online",
        "Vond je deze editie leuk?",
        "Ja",
        "Nee",
        "Wil je deze updates niet meer ontvangen? Meld je hier af.",
        "Is deze nieuwsbrief naar je doorgestuurd en vind je hem leuk? Abonneer je hier.",
        "Eerdere edities",
        "Door",
    ),
}


def fam_revue_issue(c: Ctx) -> FamilyOut:
    """A Revue issue: profile header, Issue #N, revue-p text items, link cards, Did you enjoy."""
    lang = pick(c, "en", "en", "nl")
    set_lang(c, lang)
    c.used.append(f"revue-{lang}")
    w = _REVUE[lang]
    blocks = body_blocks(c, 0.4, 0.3, 0.2)
    parts, gold = body_html(
        c, blocks, lambda t: f'<h2 class="revue-h2">{esc(t)}</h2>', '<p class="revue-p">'
    )
    parts = [
        p.replace("<ul>", '<ul class="revue-ul">').replace(
            "<blockquote>", '<blockquote class="revue-blockquote">'
        )
        for p in parts
    ]
    y, m, d = era_date(c, 2016, 2022)
    editor = c.rng.choice(PEOPLE)
    handle = slug(editor).replace("-", "")[:14]
    name = f"{editor.split()[0]}'s {pick(c, 'Weekly', 'Digest', 'Notes', 'Roundup', 'Letter')}"
    n = c.rng.randint(3, 180)

    def card() -> str:
        h = headlines(c, 1)[0]
        c.used.append("revue-link-card")
        dom = pick(c, "theverge.com", "nytimes.com", "wired.com", "nrc.nl", "ft.com")
        return f'</div><div class="item link-item"><div class="link-image"><a href="https://www.getrevue.co/profile/{handle}/issues/{slug(name)}-{n}-{c.rng.randint(10**5, 10**6)}?utm_campaign=Issue&amp;utm_medium=email"><img src="https://s3.amazonaws.com/revue/items/images/{c.rng.randint(100, 999)}/{c.rng.randint(100, 999)}/{c.rng.randint(100, 999)}/web/{hexid(c, 8)}.jpg" alt=""></a></div><div class="link-title"><a href="https://www.{dom}/{slug(h)[:40]}">{esc(h)}</a></div><div class="link-source">{dom}</div><div class="link-description">{sentence(c)}</div></div><div class="item text-item">'

    parts = weave(c, parts, c.rng.randint(0, 3), card)
    past = "".join(
        f'<li><a href="/profile/{handle}/issues/{slug(h)[:30]}-{c.rng.randint(10**5, 10**6)}">{w[2]} #{n - k} · {esc(h)}</a></li>'
        for k, h in enumerate(headlines(c, c.rng.randint(3, 5)), 1)
    )
    c.used += "revue-profile revue-subscribe revue-issue-line revue-title revue-view-online revue-feedback revue-unsubscribe revue-forwarded revue-powered revue-past revue-footer".split()
    html = (
        f'<body class="revue-web profile-issue"><div class="revue-header"><div class="profile-header"><img class="profile-avatar" src="https://s3.amazonaws.com/revue/profiles/images/{c.rng.randint(1000, 999999)}/thumb/{hexid(c, 8)}.png" alt=""><h1 class="profile-title"><a href="/profile/{handle}">{esc(name)}</a></h1><p class="profile-description">{sentence(c)}</p>'
        f'<form class="subscribe-form" action="/profile/{handle}/add_subscriber" method="post"><input type="email" name="member[email]" placeholder="{w[1]}"><input type="submit" value="{w[0]}"></form></div></div>'
        f'<div class="issue-container"><div class="issue-meta"><span>{w[10]} <a href="https://twitter.com/{handle}">{esc(editor)}</a></span> - <span class="issue-number">{w[2]} #{n}</span> · <a href="https://www.getrevue.co/profile/{handle}/issues/{slug(c.body.title)[:40]}-{c.rng.randint(10**5, 10**6)}">{w[3]}</a></div>'
        f'<h2 class="issue-title">{esc(c.body.title)}</h2><time class="issue-date">{_EN_MONTHS[m - 1]} {d} · {y}</time>'
        f'<div class="issue-items"><div class="item text-item">{"".join(parts)}</div></div>'
        f'<div class="revue-feedback"><p>{w[4]}</p><a href="https://www.getrevue.co/app/issues/{c.rng.randint(10**5, 10**6)}/feedback/yes">{w[5]}</a> <a href="https://www.getrevue.co/app/issues/{c.rng.randint(10**5, 10**6)}/feedback/no">{w[6]}</a></div>'
        f'<div class="revue-footer-notes"><p><a href="https://www.getrevue.co/profile/{handle}/unsubscribe">{w[7]}</a></p><p><a href="https://www.getrevue.co/profile/{handle}">{w[8]}</a></p><p class="powered-by"><a href="https://www.getrevue.co/?utm_source=issue">Powered by Revue</a></p></div></div>'
        f'<aside class="past-issues"><h3>{w[9]}</h3><ul>{past}</ul></aside>'
        f'<footer class="revue-footer"><a href="https://www.getrevue.co/">Revue</a> · <a href="https://www.getrevue.co/terms">Terms</a> · <a href="https://www.getrevue.co/privacy">Privacy</a> · Twitter, Inc. 1355 Market Street, Suite 900, San Francisco, CA 94103</footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A feed reader's shared-article page (Inoreader-like, a feed-to-web bridge)

_INO = {
    "en": (
        "Sign in",
        "Sign up free",
        "Get the app",
        "Subscribe",
        "subscribers",
        "by",
        "Shared by",
        "Read original",
        "More from",
        "Start reading with Inoreader",
        "Take control of your news feed. Follow blogs, news sites and newsletters in one place.",
        "Terms",
        "Privacy",
        "Blog",
    ),
    "es": (
        "Iniciar sesión",
        "Regístrate gratis",
        "Descarga la app",
        "Suscribirse",
        "suscriptores",
        "por",
        "Compartido por",
        "Leer original",
        "Más de",
        "Empieza a leer con Inoreader",
        "Toma el control de tus noticias. Sigue blogs, sitios y boletines en un solo lugar.",
        "Términos",
        "Privacidad",
        "Blog",
    ),
}


def fam_feedreader_share(c: Ctx) -> FamilyOut:
    """A feed reader's shared article: feed line, Shared by, article_content, More from FEED."""
    lang = pick(c, "en", "en", "es")
    set_lang(c, lang)
    c.used.append(f"ino-{lang}")
    w = _INO[lang]
    blocks = body_blocks(c, 0.35, 0.25, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2016, 2025)
    feed = f"{brand(c)} {pick(c, 'Blog', 'News', '— Latest', 'Stories', 'Feed')}"
    author = c.rng.choice(PEOPLE)
    sharer = c.rng.choice(PEOPLE)
    if c.rng.random() < 0.4:
        c.used.append("ino-feed-image")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<p><img src="https://www.inoreader.com/camo/{hexid(c, 20)},ios/https://{c.site}/wp-content/uploads/{y}/{m:02d}/{hexid(c, 6)}.jpg" alt="" style="max-width:100%"></p>'
            ),
        )
    feedburner = ""
    if c.rng.random() < 0.3:
        c.used.append("ino-feedburner-tail")
        feedburner = f'<p>The post <a href="https://{c.site}/{slug(c.body.title)[:40]}/">{esc(c.body.title)}</a> appeared first on <a href="https://{c.site}">{brand(c)}</a>.</p><img src="https://feeds.feedburner.com/~r/{brand(c)}/~4/{hexid(c, 11)}" height="1" width="1" alt="">'
    more = "".join(
        f'<div class="more_article"><a href="/article/{hexid(c, 16)}-{slug(h)[:40]}"><h4>{esc(h)}</h4></a><p class="more_snippet">{sentence(c)}</p><span class="more_date">{c.rng.randint(1, 28)} {_EN_MONTHS[c.rng.randint(0, 11)][:3]} {y}</span></div>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    c.used += "ino-header ino-feed-line ino-title ino-byline ino-date ino-shared-by ino-read-original ino-share ino-more ino-promo ino-footer".split()
    html = (
        f'<body class="article_share_page"><div id="header" class="header_share"><a class="logo" href="https://www.inoreader.com/"><img src="/images/inoreader_logo_icon_blue.svg" alt="Inoreader">Inoreader</a><div class="header_buttons"><a href="/login" class="btn btn-outline">{w[0]}</a> <a href="/signup" class="btn btn-primary">{w[1]}</a> <a href="/apps" class="btn btn-link">{w[2]}</a></div></div>'
        f'<div id="reader_pane" class="article_full_contents"><div class="feed_line"><img class="feed_favicon" src="https://www.inoreader.com/cache/favicons/{c.site[0]}/{c.site}.ico" alt=""><a class="feed_title" href="/feed/https%3A%2F%2F{c.site}%2Ffeed%2F">{esc(feed)}</a> <span class="feed_subscribers">{c.rng.randint(12, 90000):,} {w[4]}</span> <a class="btn btn-sm subscribe_btn" href="/feed/https%3A%2F%2F{c.site}%2Ffeed%2F?subscribe=1">{w[3]}</a></div>'
        f'<div class="article_header"><h1 class="article_title"><a href="https://{c.site}/{slug(c.body.title)[:50]}/" target="_blank">{esc(c.body.title)}</a></h1><div class="article_author">{w[5]} {esc(author)}</div><div class="article_date">{d} {_EN_MONTHS[m - 1][:3]} {y}, {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}</div><div class="shared_by">{w[6]} <a href="/u/{slug(sharer)}">{esc(sharer)}</a></div></div>'
        f'<div class="article_content">{"".join(parts)}{feedburner}</div>'
        f'<div class="article_footer"><a class="read_original btn" href="https://{c.site}/{slug(c.body.title)[:50]}/" target="_blank">{w[7]}</a><div class="article_share_icons"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div></div></div>'
        f'<div class="more_from_feed"><h3>{w[8]} {esc(feed)}</h3>{more}</div>'
        f'<div class="signup_promo"><h3>{w[9]}</h3><p>{w[10]}</p><a class="btn btn-primary" href="/signup">{w[1]}</a></div>'
        f'<div id="footer"><a href="/terms">{w[11]}</a> · <a href="/privacy">{w[12]}</a> · <a href="https://blog.inoreader.com">{w[13]}</a> · © {y} Innologica</div></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "wayback-snapshot": (fam_wayback_snapshot, "blog"),
    "archive-today": (fam_archive_today, "news"),
    "amp-cache": (fam_amp_cache, "politics"),
    "translate-proxy": (fam_translate_proxy, "news"),
    "text-mirror": (fam_text_mirror, "business"),
    "reader-view": (fam_reader_view, "lede"),
    "msn-syndicated": (fam_msn_syndicated, "ecb"),
    "smartnews-view": (fam_smartnews_view, "tech"),
    "brevo-archive": (fam_brevo_archive, "blog"),
    "mailerlite-archive": (fam_mailerlite_archive, "lede"),
    "revue-issue": (fam_revue_issue, "blog"),
    "feedreader-share": (fam_feedreader_share, "tech"),
}

_WAYBACK_HEAD = '<script src="//archive.org/includes/athena.js" type="text/javascript"></script><script type="text/javascript">window.addEventListener(\'DOMContentLoaded\',function(){var v=archive_analytics.values;v.service=\'wb\';v.server_name=\'wwwb-app220.us.archive.org\';v.server_ms=412;archive_analytics.send_pageview({});});</script><script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=HxkREWBo" charset="utf-8"></script><script type="text/javascript" src="https://web-static.archive.org/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script><script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden"};</script><script type="text/javascript" src="https://web-static.archive.org/_static/js/ruffle/ruffle.js"></script><script type="text/javascript">__wm.init("https://web.archive.org/web");</script><link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v=S1zqJCYt"><link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv"><!-- End Wayback Rewrite JS Include -->'
_AMP_HEAD = '<style amp-runtime="" i-amphtml-version="012404191530000">html{overflow-x:hidden!important}html.i-amphtml-fie{height:100%!important;width:100%!important}[hidden]{display:none!important}.i-amphtml-layout-responsive,[layout=responsive]{display:block;position:relative}</style><script async="" src="https://cdn.ampproject.org/v0.js"></script><script async="" custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script><script async="" custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script><script async="" custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script><script async="" custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script><script async="" custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script><style amp-custom="">.amp-header{display:flex}.ad-container{text-align:center}</style>'
_HEAD = {
    "wayback-snapshot": '<meta name="generator" content="WordPress 3.5.1"><link rel="stylesheet" href="/web/20130101000000cs_/http://www.example.org/wp-content/themes/twentyten/style.css">',
    "archive-today": '<meta name="robots" content="index,noarchive"><link rel="icon" href="https://archive.ph/favicon.ico">',
    "amp-cache": _AMP_HEAD,
    "translate-proxy": '<link type="text/css" rel="stylesheet" charset="UTF-8" href="https://www.gstatic.com/_/translate_http/_/ss/k=translate_http.tr.26tY-h6gH9w.L.W.O/am=wA/d=0/rs=AN8SPfqRmvFl0OVqEBHRs8xpEg2YvEZnpw/m=el_main_css"><script type="text/javascript" src="https://translate.googleapis.com/_/translate_http/_/js/k=translate_http.tr.en_GB.VWlsl5bAVUQ.O/am=AQ/d=1/exm=el_conf/ed=1/rs=AN8SPfqh/m=el_main"></script>',
    "text-mirror": "",
    "reader-view": '<meta name="robots" content="noindex">',
    "msn-syndicated": '<meta name="ms.appid" content="msn-views"><meta property="og:site_name" content="MSN"><link rel="preconnect" href="https://assets.msn.com">',
    "smartnews-view": '<meta property="og:site_name" content="SmartNews"><meta name="apple-itunes-app" content="app-id=579581125">',
    "brevo-archive": '<meta name="x-apple-disable-message-reformatting"><style type="text/css">.rnb-del-min-width{min-width:0!important}@media only screen and (max-width:590px){.rnb-force-col{display:block;width:100%!important}}</style>',
    "mailerlite-archive": '<meta name="x-apple-disable-message-reformatting"><style type="text/css">@media only screen and (max-width:640px){.mlContentTable{width:100%!important;min-width:100%!important}}</style>',
    "revue-issue": '<meta name="generator" content="Revue"><link rel="stylesheet" href="https://www.getrevue.co/assets/profile-3f1c2a.css">',
    "feedreader-share": '<meta property="og:site_name" content="Inoreader"><link rel="stylesheet" href="https://www.inoreader.com/css/share.css">',
}


def ag_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the intermediary's injected parts and the page's language."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )

    def amend(page_head: str, url: str) -> str:
        lang = PAGE_LANG.get(urlsplit(url).hostname or "", "en")
        if family == "amp-cache":
            html_tag = f'<html ⚡ lang="{lang}" i-amphtml-layout="" i-amphtml-no-boilerplate="" transformed="google;v=1">'
        elif family == "translate-proxy":
            html_tag = '<html lang="en" class="translated-ltr">'
        else:
            html_tag = f'<html lang="{lang}">'
        out = page_head.replace('<html lang="en">', html_tag, 1)
        if family == "wayback-snapshot":
            out = out.replace("<head>", "<head>" + _WAYBACK_HEAD, 1)
        if family == "text-mirror":
            return out.replace(
                "<!DOCTYPE html>", '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">', 1
            )
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 3201) -> list[Page]:
    """Set AG: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics")
    kinds = {**kinds, "code": unique_bodies(code_bodies())}
    return draw_set(
        "ag", seed, per_family, FAMILIES, kinds, pool, "example.net", key=text_key, amend=ag_head
    )


if __name__ == "__main__":  # page_families_ag.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 3201)

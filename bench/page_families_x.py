"""Set X of the constructed pages: 12 families of blog and community-post page structures in
nine languages, and `build_pages`.

Six families are in page_templates_x.py (a XenForo 2 forum thread, a Chinese Hexo NexT blog, a
CSDN article, a Zenn article, a livedoor Blog entry, a Pikabu story); here a German vBulletin 4
forum thread, a Spanish Weblogs SL (Xataka / Genbeta) article, an Italian Splinder blog entry, a
Portuguese SAPO Blogs post, a Swedish blogg.se post and a company blog post on a Khoros
(Lithium) community. Written blind to digest's extraction rules and frozen before anyone ran
digest on it; its builder never ran digest, trafilatura, readability or bench_pages on it
(session 15, helper h-setx). The gold convention is in page_templates_x.py's docstring; the
decisions for this module's families, written down before they were coded:
- a German vBulletin 4 forum thread (about 2008-2014): the first post's
  `blockquote.postcontent.restore` (paragraphs as `<br>` lines, a BBCode list when there is
  one) is article; the navbar (Forum, Neue Beiträge, FAQ, Kalender, Foren-Aktionen,
  Quick-Links), the login box ("Benutzername", "Angemeldet bleiben?"), the breadcrumb, "Thema:
  title", the "Seite 1 von 2" page navigation, each post's head (date "14.03.2011, 21:14",
  "#1"), the user info ("Registriert seit", "Ort", "Beiträge"), the post's own title line, the
  signature (after "__________________"), the "Zitieren" / "Antworten" buttons, the Danke
  plugin box ("Folgende N Benutzer sagen Danke zu X für diesen nützlichen Beitrag:"), the
  "Anzeige" unit after the first post, the replies (some with "Zitat von X" quotes of the first
  post), "Ähnliche Themen", "Themen-Optionen", "Berechtigungen", "Alle Zeitangaben in WEZ +1"
  and the "Powered by vBulletin" footer are not;
- a Weblogs SL article (Xataka, Genbeta, Applesfera, Vida Extra; about 2016-2025, a Spanish
  company blog network): the paragraphs, `<h2>` / `<h3>` subheadings, lists, tables and quotes
  of `div.article-content` (`div.blob`) are article, but not two kinds of closing line that
  the network puts in that same div: the photo credit ("Imagen | Unsplash", "Fotos | X") and
  the related-story links ("En Xataka | title", "En Genbeta | title", the "Read also" links of
  earlier sets), nor the "article-asset" images with captions, the inline ad
  (`div.article-asset-ad`) or the embedded video; the header and network bar, the title, the
  author and editor lines, the date, the comment count, the share bar, "Temas", the
  "Recomendaciones" / "Te recomendamos" module, the comments, the newsletter box and the
  Webedia footer are not;
- an Italian Splinder blog entry (about 2004-2011): the entry's text (`div.postbody`,
  paragraphs as `<p>` or `<br><br>` runs) is article; the Splinder top bar ("Crea il tuo
  blog", "Accedi"), the blog title and description, the date header ("lunedì, 14 marzo
  2005"), the entry title, the "Scritto da X alle 21:14 | Commenti (N) | Permalink | Tag"
  line, the comments ("Commento di X — date"), the "Lascia un commento" form, the sidebar
  (Profilo, Archivio, Ultimi post, Ultimi commenti, Blog amici, tag cloud, the ShinyStat
  counter), the "Pubblicità" banner and the footer are not;
- a SAPO Blogs post (blogs.sapo.pt, about 2010-2025, Portuguese): the paragraphs, lists and
  quotes of `div.post-content` are article; the SAPO bar, the blog title and description, the
  date ("14.03.17"), the post title, the "publicado às 21:14" line, the tags, "link do post",
  "comentar" with the comment count, the comments, "Mais sobre mim", "Pesquisar",
  "Arquivo", "Tags", "Posts mais comentados", "Links", the "Subscrever por e-mail" box,
  "Destaques SAPO Blogs" (other blogs' featured posts) and the footer are not;
- a Swedish blogg.se post (about 2008-2016): the entry's text (`div.entrybody`, paragraphs as
  `<br><br>` runs or `<p>`s) is article; the blogg.se top bar ("Skapa blogg", "Logga in",
  "Nästa blogg"), the header, the entry date and title, the "Postat av: X | Kategori: |
  Kommentarer (N)" meta line, the "Läs hela inlägget »" anchor, the comments ("Postat av:
  X", "Publicerad den: date", "URL:"), the "Kommentera inlägget här:" form (Namn, Kom ihåg mig?,
  E-postadress, URL, Kommentar), the "Annons" units, the sidebar (Om mig, Kategorier, Arkiv,
  Senaste inläggen, Länkar, "Följ på Bloglovin'", RSS) and the footer are not;
- a company blog post on a Khoros (Lithium) community (about 2014-2025, English): the
  paragraphs, subheadings, lists, tables and quotes of the article's
  `div.lia-message-body-content` are article, but not the same div in the comments; the
  community header (Sign In, Help, the search with "Search instead for"), the breadcrumb, the
  title, the author card (avatar, name, rank "Community Manager"), the date, the "Options"
  menu (Subscribe to RSS Feed, Mark as New, Bookmark, Subscribe, Printer Friendly Page,
  Report Inappropriate Content), the "Labels" list, the kudos ("N Kudos"), the "N Comments"
  section with the comments and "You must be a registered user to add a comment", the
  sidebar (Latest Articles, Top Kudoed Authors) and the "Powered by Khoros" footer are not.

    .venv/bin/python bench/page_families_x.py PAGE_ID 2301
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key, unique_bodies
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_b import code_bodies, headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_p import as_list, headed
from page_templates_q import paras, pick, user
from page_templates_s import body_html, quoted
from page_templates_u import plain, stamp
from page_templates_x import (
    fam_csdn,
    fam_hexo_next,
    fam_livedoor,
    fam_pikabu,
    fam_xenforo,
    fam_zenn,
    plain_list,
)

FamilyOut = tuple[str, list[Block]]
Family = Callable[[Ctx], FamilyOut]


# ---------------------------------------------------------------------------------------------
# 7. A German vBulletin 4 forum thread


def _vb_post(c: Ctx, n: int, k: int, who: str, when: str, body: str, first: bool) -> str:
    sig = ""
    if c.rng.random() < 0.45:
        c.used.append("vb-signature")
        sig = f'<blockquote class="signature restore"><div class="signaturecontainer">{pick(c, "Gruß aus dem Pott", "Wer Rechtschreibfehler findet, darf sie behalten.", "Golf IV 1.9 TDI | BJ 2002 | 310.000 km", "Mein System: i7 920, 12 GB, GTX 470")}</div></blockquote>'
    thanks = ""
    if first and c.rng.random() < 0.5:
        c.used.append("vb-thanks-box")
        names = ", ".join(
            f'<a href="member.php?u={c.rng.randint(10, 99999)}">{user(c)}</a>'
            for _ in range(c.rng.randint(1, 5))
        )
        thanks = f'<div class="thanks_postbit"><div class="title">Folgende {names.count("<a ")} Benutzer sagen Danke zu {esc(who)} für diesen nützlichen Beitrag:</div><div class="content">{names}</div></div>'
    return (
        f'<li class="postbitlegacy postbitim postcontainer old" id="post_{n}"><div class="posthead"><span class="postdate old"><span class="date">{when}</span></span><span class="nodecontrols"><a name="post{n}" href="showthread.php?p={n}#post{n}" class="postcounter">#{k}</a></span></div>'
        f'<div class="postdetails"><div class="userinfo"><div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl" href="member.php?u={c.rng.randint(10, 99999)}"><strong>{esc(who)}</strong></a></div><img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="{esc(who)} ist offline"></div><span class="usertitle">{pick(c, "Erfahrener Benutzer", "Neuer Benutzer", "Moderator", "Mitglied", "Stammgast")}</span><a class="postuseravatar" href="#"><img src="customavatars/avatar{c.rng.randint(10, 99999)}_1.gif" alt="Avatar von {esc(who)}"></a><hr><dl class="userinfo_extra"><dt>Registriert seit</dt> <dd>{pick(c, "Jan", "Mar", "Jun", "Sep", "Nov")} {c.rng.randint(2003, 2012)}</dd><dt>Ort</dt> <dd>{pick(c, "Ruhrpott", "Berlin", "Nähe München", "Hamburg", "Wien", "Zürich")}</dd><dt>Beiträge</dt> <dd>{f"{c.rng.randint(1, 20000):,}".replace(",", ".")}</dd></dl></div>'
        f'<div class="postbody"><div class="postrow has_after_content"><h2 class="title icon">{"" if first or c.rng.random() < 0.7 else "AW: " + esc(c.body.title)}</h2><div class="content"><div id="post_message_{n}"><blockquote class="postcontent restore">{body}</blockquote></div></div>{thanks}</div><div class="after_content">{sig}</div><div class="cleardiv"></div></div>'
        f'<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols"><a id="qrwq_{n}" class="newreply" href="newreply.php?do=newreply&amp;p={n}" rel="nofollow" title="Zitat"><img id="quoteimg_{n}" src="images/buttons/quote_40b.png" alt="Zitat"> Zitieren</a></span><span class="postlinking"><a href="report.php?p={n}" rel="nofollow" title="Beitrag melden"><img class="inlineimg" src="images/buttons/report-40b.png" alt="Beitrag melden"></a></span></div></div></div><hr></li>'
    )


def fam_vbulletin_de(c: Ctx) -> FamilyOut:
    """A vBulletin 4 thread in German: postbitlegacy posts, Danke box, Zitat replies, footer."""
    body, gold = plain_list(c, c.body.blocks, "ol")
    op = user(c)
    y, m, d, t = stamp(c, 2008, 2014)
    base = c.rng.randint(10**5, 10**7)
    when = f"{d:02d}.{m:02d}.{y}, {t[:5]}"
    sents = [str(v) for k, v in gold if k == "p"]
    posts = [_vb_post(c, base, 1, op, when, body, True)]
    if c.rng.random() < 0.6:
        c.used.append("vb-anzeige")
        posts.append(
            f'<li class="postbitlegacy" id="post_thread_ad"><div class="posthead"><span class="date">Anzeige</span></div><div class="postbody"><div class="content"><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-{c.rng.randint(10**15, 10**16)}"></ins></div></div></li>'
        )
    nrep = c.rng.randint(2, 12)
    for k in range(2, nrep + 2):
        text = sentence(c, c.rng.randint(1, 3))
        if sents and c.rng.random() < 0.3:
            c.used.append("vb-reply-quote")
            text = f'<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div><div class="bbcode_postedby"><img src="images/misc/quote_icon.png" alt="Zitat"> Zitat von <strong>{esc(op)}</strong> <a href="showthread.php?p={base}#post{base}" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="Beitrag anzeigen"></a></div><div class="message">{esc(c.rng.choice(sents)[:200])}</div></div></div></div>{text}'
        posts.append(
            _vb_post(
                c,
                base + k * c.rng.randint(3, 40),
                k,
                user(c),
                f"{min(28, d + k // 5):02d}.{m:02d}.{y}, {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}",
                text,
                False,
            )
        )
    board = pick(
        c,
        "Off-Topic",
        "Technik",
        "Fußball allgemein",
        "Auto &amp; Motorrad",
        "Hardware",
        "Plauderecke",
    )
    similar = "".join(
        f'<tr><td class="alt1"><a href="showthread.php?t={c.rng.randint(10**4, 10**6)}" title="{esc(h)}">{esc(h)}</a></td><td class="alt2">{user(c)}</td><td class="alt1">{board}</td><td class="alt2">{c.rng.randint(1, 99)}</td><td class="alt1">{c.rng.randint(1, 28):02d}.{c.rng.randint(1, 12):02d}.{y}</td></tr>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    pages = c.rng.randint(1, 3)
    pagenav = (
        f'<div class="pagination_top"><div id="pagination_top" class="pagination popupmenu nohovermenu"><form action="showthread.php" method="get" class="pagination popupmenu nohovermenu"><span><a href="javascript://" class="popupctrl">Seite 1 von {pages}</a></span>{"".join(f"<span><a href=showthread.php?t={base}&amp;page={p}>{p}</a></span>" for p in range(2, pages + 1))}</form></div></div>'
        if pages > 1
        else ""
    )
    c.used += "vb-navbar vb-login vb-breadcrumb vb-thread-title vb-postbit vb-replies vb-similar vb-thread-tools vb-permissions vb-timezone vb-footer".split()
    html = (
        f'<body><div class="above_body"><div id="header" class="floatcontainer doc_header"><div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/vbulletin4_logo.png" alt="{esc(c.site.split(".")[0].title())} - Powered by vBulletin"></a></div>'
        f'<div id="toplinks" class="toplinks"><ul class="nouser"><li><a href="register.php" rel="nofollow">Registrieren</a></li><li id="navbar_login"><form id="navbar_loginform" action="login.php?do=login" method="post"><fieldset id="logindetails" class="logindetails"><div><input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" value="Benutzername"><input type="password" class="textbox" name="vb_login_password" size="10"><input type="submit" class="loginbutton" value="Anmelden"></div></fieldset><div id="remember" class="remember"><label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar" class="cb_cookieuser_navbar"> Angemeldet bleiben?</label></div></form></li></ul></div></div>'
        f'<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer"><li class="selected"><a class="navtab" href="forum.php">Forum</a><ul class="floatcontainer"><li><a href="search.php?do=getnew&amp;contenttype=vBForum_Post">Neue Beiträge</a></li><li><a rel="help" href="faq.php">FAQ</a></li><li><a href="calendar.php">Kalender</a></li><li class="popupmenu"><a href="javascript://" class="popupctrl">Foren-Aktionen</a></li><li class="popupmenu"><a href="javascript://" class="popupctrl">Quick-Links</a></li></ul></li><li><a class="navtab" href="search.php?do=getdaily">Was ist neu?</a></li></ul><div id="globalsearch" class="globalsearch"><form action="search.php?do=process" method="post"><input type="text" class="textbox" name="query" value="Suche..."><input type="image" class="searchbutton" src="images/buttons/search.png" alt="Suche"></form></div></div></div>'
        f'<div class="body_wrapper"><div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer"><li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="Startseite"></a></li><li class="navbit"><a href="forum.php">Forum</a></li><li class="navbit"><a href="forumdisplay.php?f={c.rng.randint(2, 90)}">{board}</a></li><li class="navbit lastnavbit"><span>{esc(c.body.title)}</span></li></ul><hr></div>'
        f'<div id="pagetitle"><h1>Thema: <span class="threadtitle"><a href="showthread.php?t={base}" title="Seite neu laden">{esc(c.body.title)}</a></span></h1></div>'
        f'<div id="above_postlist" class="above_postlist"><a href="newreply.php?p={base}&amp;noquote=1" class="newcontent_textcontrol" id="newreplylink_top"><span>+</span> Antworten</a>{pagenav}</div>'
        f'<div id="postlist" class="postlist restrain"><ol id="posts" class="posts" start="1">{"".join(posts)}</ol></div>'
        f'<div id="below_postlist" class="noinlinemod below_postlist"><a href="newreply.php?p={base}&amp;noquote=1" class="newcontent_textcontrol" id="newreplylink_bottom"><span>+</span> Antworten</a></div>'
        f'<div id="thread_info" class="thread_info block"><h4 class="threadinfohead blockhead">Themen-Informationen</h4><div id="thread_users" class="thread_info_block blockbody formcontrols"><p>Aktive Benutzer in diesem Thema: {c.rng.randint(1, 9)} (Registrierte Benutzer: 0, Gäste: {c.rng.randint(1, 9)})</p></div><h4 class="threadinfohead blockhead">Ähnliche Themen</h4><div id="similar_threads"><table class="similar_threads"><tr><th>Thema</th><th>Von</th><th>Forum</th><th>Antworten</th><th>Letzter Beitrag</th></tr>{similar}</table></div>'
        f'<h4 class="threadinfohead blockhead">Themen-Optionen</h4><ul class="thread_info_block"><li><a href="printthread.php?t={base}" rel="nofollow">Druckbare Version zeigen</a></li><li><a href="subscription.php?do=addsubscription&amp;t={base}">Thema abonnieren</a></li></ul><div class="options_block_container"><h4 class="blockhead">Berechtigungen</h4><ul class="youcandoblock"><li>Neue Themen erstellen: <strong>Nein</strong></li><li>Themen beantworten: <strong>Nein</strong></li><li>Anhänge hochladen: <strong>Nein</strong></li><li>Beiträge bearbeiten: <strong>Nein</strong></li></ul><div class="bbcodeblock"><a href="misc.php?do=bbcode">BB-Code</a> ist <strong>an</strong>. Smileys sind <strong>an</strong>. [IMG] Code ist <strong>an</strong>. HTML-Code ist <strong>aus</strong>.</div></div></div></div>'
        f'<div class="below_body"><div id="footer_time" class="shade footer_time">Alle Zeitangaben in WEZ +1. Es ist jetzt <span class="time">{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}</span> Uhr.</div><div id="footer_copyright" class="shade footer_copyright">Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin®</a> Version 4.{pick(c, "1.12", "2.0", "2.2", "2.5")}<br>Copyright ©{y} vBulletin Solutions, Inc. All rights reserved.<br>Deutsche Übersetzung: vBulletin-Germany.com</div><div id="footer_morecopyright" class="shade footer_morecopyright"><a href="impressum.php">Impressum</a> | <a href="datenschutz.php">Datenschutz</a></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Weblogs SL (Xataka, Genbeta ...) article


_WSL = {
    "xataka": ("Xataka", "Tecnología"),
    "genbeta": ("Genbeta", "Software"),
    "applesfera": ("Applesfera", "Apple"),
    "vidaextra": ("Vida Extra", "Videojuegos"),
}


def fam_xataka(c: Ctx) -> FamilyOut:
    """A Weblogs SL article: div.blob, article-asset images, "En X |" and "Imagen |" lines."""
    key = pick(c, *_WSL)
    name, vertical = _WSL[key]
    blocks = as_list(
        c,
        headed(c, quoted(c, c.body.blocks, 0.2), 0.6),
        pick(c, "ul", "ol", "table"),
        0.3,
        ("#", "Dato"),
    )
    ht = pick(c, "h2", "h2", "h3")
    parts, gold = body_html(c, blocks, lambda t: f"<{ht}>{esc(t)}</{ht}>")

    def asset() -> str:
        if c.rng.random() < 0.5:
            c.used.append("wsl-asset-ad")
            return f'<div class="article-asset-ad"><div class="ad-box" id="div-gpt-ad-{c.rng.randint(10**12, 10**13)}-{c.rng.randint(0, 4)}"></div></div>'
        c.used.append("wsl-asset-image")
        return f'<div class="article-asset-image article-asset-normal"><div class="asset-content"><picture><img alt="{esc(c.body.title)}" src="https://i.blogs.es/{hexid(c, 6)}/{slug(c.body.title)[:20]}/1366_2000.jpeg" width="1366"></picture><span class="asset-caption">{sentence(c)}</span></div></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), asset)
    tail = []
    if c.rng.random() < 0.6:
        c.used.append("wsl-image-credit")
        tail.append(
            f"<p>{pick(c, 'Imagen', 'Imágenes', 'Fotos', 'Imagen de portada')} | {pick(c, 'Unsplash', 'Pexels', name, esc(c.rng.choice(PEOPLE)), 'Xataka con Midjourney')}</p>"
        )
    if c.rng.random() < 0.8:
        c.used.append("wsl-en-links")
        tail += [
            f'<p>En {name} | <a class="text-link" href="https://www.{key}.com/{slug(h)[:50]}">{esc(h)}</a></p>'
            for h in headlines(c, c.rng.randint(1, 2))
        ]
    author = c.rng.choice(PEOPLE)
    y, m, d, t = stamp(c, 2016, 2025)
    mes = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()[
        m - 1
    ]
    ncom = c.rng.randint(0, 200)
    topics = "".join(
        f'<li class="tag-item"><a href="/tag/{slug(x)}">{x}</a></li>'
        for x in c.rng.sample(
            [
                "Inteligencia artificial",
                "Android",
                "Windows",
                "Apple",
                "Google",
                "Ciencia",
                "Empresas",
                "Consolas",
            ],
            c.rng.randint(1, 4),
        )
    )
    recs = "".join(
        f'<div class="recommended-item"><a href="https://www.{k}.com/{slug(h)[:50]}"><img src="https://i.blogs.es/{hexid(c, 6)}/x/375_142.jpeg" alt=""><span class="recommended-blog">{_WSL[k][0]}</span><span class="recommended-title">{esc(h)}</span></a></div>'
        for k, h in zip(c.rng.sample(list(_WSL), 3), headlines(c, 3), strict=True)
    )
    net = "".join(f'<li><a href="https://www.{k}.com">{n}</a></li>' for k, (n, _) in _WSL.items())
    c.used += "wsl-header wsl-network-bar wsl-title wsl-author wsl-date wsl-comment-count wsl-share wsl-topics wsl-recommended wsl-comments wsl-newsletter wsl-footer".split()
    html = (
        f'<body class="prod js-desktop {key}"><div class="head-container"><div class="head-network"><ul class="head-network-list"><li><a href="https://www.webedia.es">Webedia</a></li>{net}</ul></div><header class="head head-with-sticky"><div class="head-content-favicon"><a class="head-logo" href="/"><span class="head-logo-text">{name}</span></a></div><nav class="head-menu"><ul><li><a href="/categoria/moviles">Móviles</a></li><li><a href="/categoria/ordenadores">Ordenadores</a></li><li><a href="/categoria/{slug(vertical)}">{vertical}</a></li><li><a href="/categoria/analisis">Análisis</a></li><li><a href="/categoria/ciencia">Ciencia</a></li></ul></nav><div class="head-actions"><a href="/buscar" class="head-search">Buscar</a><a class="head-newsletter" href="/newsletter">Newsletter</a></div></header></div>'
        f'<div class="page-container"><div class="article-wrapper"><article class="article article-normal"><header class="article-normal-header"><div class="article-metadata-container"><div class="article-category"><a href="/categoria/{slug(vertical)}">{vertical}</a></div></div><h1 class="article-title">{esc(c.body.title)}</h1>'
        f'<div class="article-metadata-container"><div class="article-author"><a href="/autor/{slug(author)}" rel="author"><img src="https://i.blogs.es/{hexid(c, 6)}/avatar/100_100.jpeg" alt="" class="article-avatar"><span class="article-author-name">{esc(author)}</span></a>{"<span class=article-editor>Editor</span>" if c.rng.random() < 0.5 else ""}</div><div class="article-date"><time datetime="{y}-{m:02d}-{d:02d}T{t}Z">{d} {mes} {y}, {t[:5]}</time><span class="article-updated">{f"Actualizado {d} {mes} {y}, {c.rng.randint(0, 23):02d}:{c.rng.randint(10, 59)}" if c.rng.random() < 0.4 else ""}</span></div><a class="article-comments" href="#comments">{ncom} comentarios</a></div></header>'
        f'<div class="article-asset-big"><div class="asset-content"><img alt="" src="https://i.blogs.es/{hexid(c, 6)}/{slug(c.body.title)[:20]}/840_560.jpeg" width="840"></div></div>'
        f'<div class="social-share-wrapper"><ul class="social-share-list"><li><a class="btn-facebook js-facebook-share" href="#">Facebook</a></li><li><a class="btn-x js-x-share" href="#">X</a></li><li><a class="btn-flipboard" href="#">Flipboard</a></li><li><a class="btn-email js-email-share" href="#">E-mail</a></li></ul></div>'
        f'<div class="article-content-wrapper"><div class="article-content"><div class="blob js-post-images-container">{"".join(parts)}{"".join(tail)}</div></div></div>'
        f'<div class="article-topics"><span class="topics-title">Temas</span><ul class="tag-list">{topics}</ul></div></article>'
        f'<div class="newsletter-box"><p class="newsletter-title">Recibe cada mañana nuestra newsletter. Una guía para entender lo que importa en relación con la tecnología, la ciencia y la cultura digital.</p><form><input type="email" placeholder="Tu correo electrónico"><button>Suscríbete</button></form><p class="newsletter-legal">Al suscribirte aceptas nuestra política de privacidad</p></div>'
        f'<section class="section-recommended"><h2 class="section-recommended-title">Te recomendamos</h2><div class="recommended-list">{recs}</div></section>'
        f'<div class="article-comments-section" id="comments"><h3 class="comments-title">{ncom} comentarios</h3><div class="comment-list">{"".join(f"<div class=comment><div class=comment-author>{user(c)}</div><div class=comment-body><p>{sentence(c)}</p></div></div>" for _ in range(min(ncom, c.rng.randint(0, 4))))}</div><a class="btn-comments" href="#">Ver {ncom} comentarios</a></div></div></div>'
        f'<footer class="foot"><div class="foot-network"><p class="foot-title">Webedia</p><ul><li>Tecnología: <a href="https://www.xataka.com">Xataka</a>, <a href="https://www.xatakamovil.com">Xataka Móvil</a>, <a href="https://www.genbeta.com">Genbeta</a>, <a href="https://www.applesfera.com">Applesfera</a></li><li>Videojuegos: <a href="https://www.vidaextra.com">Vida Extra</a>, <a href="https://www.3djuegos.com">3DJuegos</a></li><li>Estilo de vida: <a href="https://www.directoalpaladar.com">Directo al Paladar</a>, <a href="https://www.trendencias.com">Trendencias</a></li></ul></div><div class="foot-legal"><a href="/aviso-legal">Aviso legal</a> <a href="/privacidad">Política de privacidad</a> <a href="/cookies">Configurar privacidad</a> <span>© {y} Webedia</span></div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. An Italian Splinder blog entry

_GIORNI = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
_MESI = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()


def fam_splinder(c: Ctx) -> FamilyOut:
    """A Splinder entry page: date header, postbody, "Scritto da" line, comments, ShinyStat."""
    gold = paras(c.body.blocks)
    text = plain(c, [str(v) for _, v in gold], 0.55)
    who = user(c).replace("_", "")
    y, m, d, t = stamp(c, 2004, 2011)
    date_it = f"{_GIORNI[(y + m + d) % 7]}, {d} {_MESI[m - 1]} {y}"
    nc = c.rng.randint(0, 7)
    comments = "".join(
        f'<div class="comment"><div class="commentbody">{sentence(c, c.rng.randint(1, 2))}</div><div class="commentinfo">Commento di <a href="http://{user(c).replace("_", "")}.splinder.com">{user(c)}</a> &mdash; {c.rng.randint(1, 28)}/{m:02d}/{y} @ {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}</div></div>'
        for _ in range(nc)
    )
    arch = "".join(
        f"<li><a href='/archive/{y}-{mm:02d}'>{_MESI[mm - 1]} {y}</a></li>"
        for mm in range(m, max(0, m - 6), -1)
    )
    friends = "".join(
        f'<li><a href="http://{user(c).replace("_", "")}.splinder.com/">{user(c)}</a></li>'
        for _ in range(c.rng.randint(3, 8))
    )
    recent = "".join(
        f'<li><a href="/post/{c.rng.randint(10**6, 10**8)}">{esc(h)}</a></li>'
        for h in headlines(c, 5)
    )
    cloud = " ".join(
        f'<a href="/tag/{x}" style="font-size:{c.rng.randint(9, 20)}px">{x}</a>'
        for x in c.rng.sample(
            [
                "musica",
                "vita",
                "amici",
                "lavoro",
                "politica",
                "cinema",
                "libri",
                "viaggi",
                "università",
                "calcio",
            ],
            c.rng.randint(4, 8),
        )
    )
    banner = ""
    if c.rng.random() < 0.6:
        c.used.append("splinder-banner")
        banner = f'<div class="banner"><span class="pubblicita">Pubblicità</span><iframe src="http://adv.splinder.com/ads/show?z={c.rng.randint(10, 99)}" width="468" height="60" frameborder="0" scrolling="no"></iframe></div>'
    c.used += "splinder-topbar splinder-header splinder-date splinder-title splinder-postfooter splinder-comment-form splinder-profile splinder-archive splinder-recent splinder-friends splinder-tagcloud splinder-shinystat splinder-footer".split()
    if nc:
        c.used.append("splinder-comments")
    html = (
        f'<body><div id="splinder_bar" style="height:28px"><a href="http://www.splinder.com/"><img src="http://www.splinder.com/images/splinder_logo_small.gif" alt="Splinder" border="0"></a> <a href="http://www.splinder.com/signup">Crea il tuo blog</a> | <a href="http://www.splinder.com/login">Accedi</a> | <a href="http://www.splinder.com/random">Blog a caso</a> | <a href="http://www.splinder.com/search">Cerca</a></div>'
        f'<div id="container"><div id="header"><h1><a href="http://{who}.splinder.com/">{pick(c, "Pensieri sparsi", "Il blog di " + who, "Diario di bordo", "Chiacchiere in libertà", "Parole al vento")}</a></h1><p class="description">{pick(c, "quello che mi passa per la testa", "appunti di vita quotidiana", "un blog come tanti", "")}</p></div>{banner}'
        f'<div id="content"><h2 class="date-header">{date_it}</h2><div class="post" id="post-{c.rng.randint(10**6, 10**8)}"><h3 class="posttitle"><a href="http://{who}.splinder.com/post/{c.rng.randint(10**6, 10**8)}">{esc(c.body.title)}</a></h3>'
        f'<div class="postbody">{text}</div><p class="postfooter">Scritto da <a href="http://www.splinder.com/profile/{who}">{who}</a> alle {t[:5]} | <a href="#comments">Commenti ({nc})</a> | <a href="http://{who}.splinder.com/post/{c.rng.randint(10**6, 10**8)}">Permalink</a>{" | Tag: " + ", ".join(c.rng.sample(["vita", "pensieri", "amici", "lavoro"], 2)) if c.rng.random() < 0.5 else ""}</p></div>'
        f'<div id="comments"><h4>Commenti</h4>{comments or "<p>Nessun commento.</p>"}<div class="commentform"><h4>Lascia un commento</h4><form action="/comment/add" method="post"><p>Nome: <input type="text" name="name"></p><p>E-mail: <input type="text" name="email"> (non sarà pubblicata)</p><p>Sito web: <input type="text" name="url"></p><p><textarea name="text" rows="6" cols="40"></textarea></p><p><input type="submit" value="Invia commento"></p></form></div></div></div>'
        f'<div id="sidebar"><div class="box"><h4>Profilo</h4><img src="http://files.splinder.com/{hexid(c, 32)}_square.jpg" width="80" alt=""><p><a href="http://www.splinder.com/profile/{who}">{who}</a><br>{pick(c, "Milano", "Roma", "Napoli", "Torino", "Bologna", "Palermo")}</p></div><div class="box"><h4>Archivio</h4><ul>{arch}</ul></div><div class="box"><h4>Ultimi post</h4><ul>{recent}</ul></div><div class="box"><h4>Ultimi commenti</h4><ul><li>{user(c)} su <a href="#">{esc(headlines(c, 1)[0])}</a></li></ul></div>'
        f'<div class="box"><h4>Blog amici</h4><ul>{friends}</ul></div><div class="box"><h4>Tag</h4><div class="tagcloud">{cloud}</div></div><div class="box"><h4>Contatore visite</h4><a href="http://www.shinystat.com/it/" target="_top"><img src="http://www.shinystat.com/cgi-bin/shinystat.cgi?USER={who}" alt="Contatore visite ShinyStat" border="0"></a></div></div>'
        f'<div id="footer"><p>Blog ospitato su <a href="http://www.splinder.com/">Splinder</a> &mdash; &copy; 2001-{y} Splinder | <a href="http://www.splinder.com/info/terms">Termini di servizio</a> | <a href="http://www.splinder.com/info/privacy">Privacy</a></p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A SAPO Blogs post (Portugal)


def fam_sapo(c: Ctx) -> FamilyOut:
    """A blogs.sapo.pt post page: SAPO bar, post-content, comment link, sidebar widgets."""
    blocks = as_list(c, quoted(c, c.body.blocks, 0.3), "ul", 0.25)
    parts, gold = body_html(
        c,
        [b for b in blocks if b[0] != "h"] if c.rng.random() < 0.5 else blocks,
        lambda t: f"<h3>{esc(t)}</h3>",
    )
    blog = pick(
        c,
        "Delito de Opinião",
        "Crónicas do Sul",
        "Mãe Galinha",
        "A Bola É Redonda",
        "Papéis Soltos",
        "Cheira-me a Revolução",
    )
    bslug = slug(blog).replace("-", "") or hexid(c, 8)
    y, m, d, t = stamp(c, 2010, 2025)
    nc = c.rng.randint(0, 12)
    meses = "Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro".split()
    arch = "".join(
        f'<li><a href="https://{bslug}.blogs.sapo.pt/{yy}/">{yy}</a><ul>{"".join(f"<li><a href=/{yy}/{mm:02d}/>{meses[mm - 1]}</a></li>" for mm in range(12, 0, -1 - c.rng.randint(1, 5)))}</ul></li>'
        for yy in range(y, y - c.rng.randint(2, 6), -1)
    )
    tags = "".join(
        f'<a href="https://{bslug}.blogs.sapo.pt/tag/{slug(x)}">{x}</a> '
        for x in c.rng.sample(
            ["política", "futebol", "cultura", "crónica", "sociedade", "Lisboa", "livros"],
            c.rng.randint(1, 3),
        )
    )
    comments = "".join(
        f'<div class="comment"><div class="comment-meta"><span class="comment-author">{pick(c, "Anónimo", user(c), "Maria", "Zé")}</span> <span class="comment-date">{d:02d}.{m:02d}.{y % 100:02d} {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}</span></div><div class="comment-body"><p>{sentence(c, c.rng.randint(1, 2))}</p></div></div>'
        for _ in range(min(nc, c.rng.randint(0, 5)))
    )
    featured = "".join(
        f'<li><a href="https://{hexid(c, 8)}.blogs.sapo.pt/{c.rng.randint(10**5, 10**6)}"><img src="https://blogs.sapo.pt/destaques/{hexid(c, 10)}.jpg" alt=""><span class="title">{esc(h)}</span></a></li>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    c.used += "sapo-bar sapo-header sapo-date sapo-title sapo-post-meta sapo-tags sapo-comment-link sapo-about sapo-search sapo-archive sapo-most-commented sapo-links sapo-subscribe sapo-featured sapo-footer".split()
    html = (
        f'<body class="blog-post"><div id="sapo_bar" class="bsu-v2"><div class="bsu-wrapper"><a href="https://www.sapo.pt" class="bsu-logo">SAPO</a><ul class="bsu-services"><li><a href="https://blogs.sapo.pt">Blogs</a></li><li><a href="https://24.sapo.pt">Notícias</a></li><li><a href="https://desporto.sapo.pt">Desporto</a></li></ul><div class="bsu-login"><a href="https://login.sapo.pt/">Entrar</a></div></div></div>'
        f'<div id="wrapper"><div id="header"><h1 class="blog-title"><a href="https://{bslug}.blogs.sapo.pt/">{blog}</a></h1><p class="blog-description">{pick(c, "Opiniões, notícias e afins.", "Um blogue sobre tudo e nada.", "Desde 2004.", "")}</p></div>'
        f'<div id="main"><div class="post"><div class="post-date"><span class="day">{d:02d}.{m:02d}.{y % 100:02d}</span></div><h2 class="post-title"><a href="https://{bslug}.blogs.sapo.pt/{slug(c.body.title)[:40]}-{c.rng.randint(10**5, 10**6)}">{esc(c.body.title)}</a></h2>'
        f'<div class="post-content">{"".join(parts)}</div>'
        f'<div class="post-meta"><span class="author">{esc(c.rng.choice(PEOPLE))}</span>, publicado às {t[:5]}{f"<p class=tags>tags: {tags}</p>" if c.rng.random() < 0.7 else ""}<ul class="post-links"><li><a href="#" class="link-post">link do post</a></li><li><a href="#comments" class="comments-link">comentar{f" ({nc})" if nc else ""}</a></li><li><a href="#" class="favorite">favorito</a></li></ul></div></div>'
        f'<div id="comments"><h3>{nc} comentários</h3>{comments}<div class="comment-form"><h4>Comentar post</h4><form><textarea name="comment" placeholder="O seu comentário"></textarea><input type="text" name="name" placeholder="Nome"><p>Este blog tem comentários moderados.</p><input type="submit" value="Comentar"></form></div></div></div>'
        f'<div id="sidebar"><div class="widget about"><h3>Mais sobre mim</h3><img src="https://blogs.sapo.pt/profile/{hexid(c, 8)}.jpg" alt=""><p><a href="https://{bslug}.blogs.sapo.pt/profile">foto do autor</a></p></div><div class="widget search"><h3>Pesquisar</h3><form><input type="text" placeholder="Pesquisar no Blog"><input type="submit" value="Pesquisar"></form></div>'
        f'<div class="widget archive"><h3>Arquivo</h3><ul>{arch}</ul></div><div class="widget tags"><h3>Tags</h3><p>{tags}<a href="/tags">todas as tags</a></p></div><div class="widget most-commented"><h3>Posts mais comentados</h3><ul>{"".join(f"<li><a href=#>{esc(h)}</a> ({c.rng.randint(10, 300)})</li>" for h in headlines(c, 4))}</ul></div>'
        f'<div class="widget links"><h3>Links</h3><ul><li><a href="https://www.publico.pt">Público</a></li><li><a href="https://expresso.pt">Expresso</a></li><li><a href="https://{hexid(c, 6)}.blogs.sapo.pt">{pick(c, "Blogue amigo", "A Terceira Noite", "O Insurgente")}</a></li></ul></div>'
        f'<div class="widget subscribe"><h3>Subscrever por e-mail</h3><p>A subscrição é anónima e gera, no máximo, um e-mail por dia.</p><form><input type="email" placeholder="o seu e-mail"><input type="submit" value="Subscrever"></form></div></div>'
        f'<div id="sapo-featured" class="featured-blogs"><h3>Destaques SAPO Blogs</h3><ul>{featured}</ul></div></div>'
        f'<div id="footer"><p><a href="https://blogs.sapo.pt/">Blogs do SAPO</a> | <a href="https://ajuda.sapo.pt/blogs">Ajuda</a> | <a href="https://www.sapo.pt/termos">Termos de utilização</a> | <a href="https://www.sapo.pt/privacidade">Política de privacidade</a></p><p>© {y} SAPO • MEO</p></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Swedish blogg.se post


_MANAD = (
    "januari februari mars april maj juni juli augusti september oktober november december".split()
)


def fam_bloggse(c: Ctx) -> FamilyOut:
    """A blogg.se entry page: topbar, entrybody, Postat av meta, comments and their form."""
    gold = paras(c.body.blocks)
    texts = [str(v) for _, v in gold]
    text = plain(c, texts, 0.65)
    who = user(c).replace("_", "")
    y, m, d, t = stamp(c, 2008, 2016)
    nc = c.rng.randint(0, 9)
    cat = pick(c, "Allmänt", "Vardag", "Träning", "Mode", "Mat", "Resor")
    date_sv = f"{d} {_MANAD[m - 1]} {y}"

    def annons() -> str:
        c.used.append("bloggse-annons")
        return f'<div class="bloggse-ad"><span>Annons</span><div id="bloggse_ad_{c.rng.randint(1, 9)}"></div></div>'

    comments = "".join(
        f'<div class="comment"><div class="commentbody">{sentence(c, c.rng.randint(1, 2))}</div><div class="commentmeta">Postat av: <a href="http://{user(c).replace("_", "")}.blogg.se">{user(c)}</a><br>Publicerad den: {c.rng.randint(1, 28)} {_MANAD[m - 1]} {y} kl. {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}<br>URL: <a href="http://{user(c).replace("_", "")}.blogg.se">http://{user(c).replace("_", "")}.blogg.se</a></div></div>'
        for _ in range(nc)
    )
    recent = "".join(
        f'<li><a href="/{y}/{_MANAD[m - 1]}/{slug(h)[:40]}.html">{esc(h)}</a></li>'
        for h in headlines(c, 5)
    )
    arch = "".join(
        f"<li><a href='/{y}/{_MANAD[mm - 1]}/'>{_MANAD[mm - 1].capitalize()} {y}</a></li>"
        for mm in range(m, max(0, m - 6), -1)
    )
    top_ad = annons() if c.rng.random() < 0.6 else ""
    post_ad = annons() if c.rng.random() < 0.5 else ""
    c.used += "bloggse-topbar bloggse-header bloggse-date bloggse-title bloggse-meta bloggse-comment-form bloggse-about bloggse-categories bloggse-archive bloggse-recent bloggse-links bloggse-bloglovin bloggse-rss bloggse-footer".split()
    if nc:
        c.used.append("bloggse-comments")
    html = (
        f'<body><div id="bloggse_topbar"><a href="http://blogg.se/" class="logo">blogg.se</a> <a href="http://blogg.se/skapa-blogg">Skapa blogg</a> | <a href="http://blogg.se/logga-in">Logga in</a> | <a href="http://blogg.se/nasta-blogg">Nästa blogg</a> | <a href="http://blogg.se/anmal?blog={who}">Anmäl</a></div>'
        f'<div id="wrapper"><div id="header"><a href="http://{who}.blogg.se/"><img src="http://{who}.blogg.se/images/header.jpg" alt="{pick(c, "Min blogg", who + "s blogg", "Livet som det är", "Vardagsliv")}" width="900"></a></div>{top_ad}'
        f'<div id="content"><div class="entry"><h5 class="date">{date_sv}</h5><h2 class="entrytitle"><a href="http://{who}.blogg.se/{y}/{_MANAD[m - 1]}/{slug(c.body.title)[:40]}.html">{esc(c.body.title)}</a></h2>'
        f'<div class="entrybody">{text}</div><a name="more"></a><div class="entrymeta">Postat av: {who} | <a href="http://{who}.blogg.se/category/{slug(cat)}.html">{cat}</a> | {date_sv} kl. {t[:5]} | <a href="#comments">Kommentarer ({nc})</a></div></div>{post_ad}'
        f'<div id="comments"><h3>Kommentarer</h3>{comments}<div class="commentform"><h4>Kommentera inlägget här:</h4><form method="post" action="/comment"><p>Namn: <input type="text" name="name"><br><input type="checkbox" name="remember"> Kom ihåg mig?</p><p>E-postadress: (publiceras ej)<br><input type="text" name="email"></p><p>URL/Bloggadress:<br><input type="text" name="url"></p><p>Kommentar:<br><textarea name="text" rows="5" cols="40"></textarea></p><p><input type="submit" value="Skicka"></p></form></div></div></div>'
        f'<div id="sidebar"><div class="box"><h4>Om mig</h4><img src="http://{who}.blogg.se/images/profil.jpg" width="150" alt=""><p>{pick(c, "Tjej på 24 från Göteborg som älskar träning och mat.", "Trebarnsmamma i Umeå.", "Student i Lund.", "Skriver om allt och inget.")}</p></div><div class="box"><h4>Kategorier</h4><ul><li><a href="#">{cat}</a></li><li><a href="#">Allmänt</a></li></ul></div><div class="box"><h4>Arkiv</h4><ul>{arch}</ul></div><div class="box"><h4>Senaste inläggen</h4><ul>{recent}</ul></div>'
        f'<div class="box"><h4>Länkar</h4><ul><li><a href="http://{user(c).replace("_", "")}.blogg.se">{pick(c, "Kusinens blogg", "Lisa", "Träningsdagbok")}</a></li><li><a href="http://{user(c).replace("_", "")}.blogg.se">{pick(c, "Bästa vännen", "Emma", "Matbloggen")}</a></li></ul></div><div class="box"><a href="https://www.bloglovin.com/blog/{c.rng.randint(10**6, 10**7)}" class="bloglovin">Följ på Bloglovin\'</a></div><div class="box"><h4>Prenumerera</h4><a href="http://{who}.blogg.se/index.rss">RSS 2.0</a></div></div>'
        f'<div id="footer"><p>Bloggdesign av {pick(c, "Designbloggen", "mig själv", "Malin")} | Drivs av <a href="http://blogg.se/">blogg.se</a></p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A company blog post on a Khoros (Lithium) community


def _lia_comment(c: Ctx) -> str:
    c.used.append("khoros-comment")
    return f'<div class="lia-linear-display-message-view"><div class="lia-message-view-blog-comment"><div class="lia-message-author-avatar"><img class="lia-user-avatar-message" src="/t5/image/serverpage/avatar-name/{user(c)}/avatar-theme/candy/avatar-collection/{pick(c, "fruit", "animals")}/avatar-display-size/message/version/2" alt=""></div><span class="UserName lia-user-name"><a class="lia-link-navigation lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/{c.rng.randint(10, 999999)}"><span>{user(c)}</span></a></span><div class="lia-message-rank"><span>{pick(c, "New Contributor", "Visitor", "Super User", "Frequent Visitor")}</span></div><span class="DateTime lia-message-posted-on"><span class="local-date">‎{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}-{c.rng.randint(2015, 2025)}</span> <span class="local-time">{c.rng.randint(1, 12):02d}:{c.rng.randint(0, 59):02d} {pick(c, "AM", "PM")}</span></span><div class="lia-message-body-wrapper lia-component-message-view-widget-body"><div class="lia-message-body"><div class="lia-message-body-content"><p>{sentence(c, c.rng.randint(1, 3))}</p></div></div></div><div class="lia-message-footer"><span class="lia-button-image-kudos-wrapper"><a class="lia-button-image-kudos-give" href="#">Kudo</a></span><span class="MessageKudosCount lia-component-kudos-widget-message-kudos-count">{c.rng.randint(0, 40)}</span><a class="lia-link-navigation reply-action-link lia-button" href="#">Reply</a></div></div></div>'


def fam_khoros(c: Ctx) -> FamilyOut:
    """A Khoros community blog article: lia-* wrappers, Options menu, labels, kudos, comments."""
    blocks = as_list(
        c,
        headed(c, quoted(c, c.body.blocks, 0.25), 0.55),
        pick(c, "ul", "ol", "table"),
        0.35,
        ("#", "Details"),
    )
    ht = pick(c, "h2", "h3")
    parts, gold = body_html(
        c, blocks, lambda t: f'<{ht} id="toc-hId-{c.rng.randint(-(10**9), 10**9)}">{esc(t)}</{ht}>'
    )
    if c.rng.random() < 0.4:
        c.used.append("khoros-inline-image")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<p><span class="lia-inline-image-display-wrapper lia-image-align-center" image-alt="screenshot.png" style="width: 999px;"><img src="/t5/image/serverpage/image-id/{c.rng.randint(10**4, 10**6)}i{hexid(c, 16).upper()}/image-size/large?v=v2&amp;px=999" role="button" title="screenshot.png" alt="screenshot.png"></span></p>'
            ),
        )
    company = c.site.split(".")[0].title()
    board = pick(
        c,
        "Product Updates",
        "Community Blog",
        "Engineering Blog",
        "Release Notes",
        "Tips &amp; Tricks",
    )
    who = c.rng.choice(PEOPLE)
    y, m, d, t = stamp(c, 2014, 2025)
    kudos = c.rng.randint(0, 300)
    nc = c.rng.randint(0, 6)
    labels = "".join(
        f'<li class="label"><a class="label-link lia-link-navigation" href="/t5/{slug(board)}/bg-p/{slug(board)}/label-name/{slug(x)}" rel="tag">{x}</a></li>'
        for x in c.rng.sample(
            [
                "Announcements",
                "Feature Release",
                "Best Practices",
                "How To",
                "Admin",
                "Integrations",
                "Security",
            ],
            c.rng.randint(1, 3),
        )
    )
    latest = "".join(
        f'<li class="lia-list-row"><a class="page-link lia-link-navigation" href="/t5/{slug(board)}/{slug(h)[:40]}/ba-p/{c.rng.randint(10**5, 10**7)}">{esc(h)}</a><span class="lia-message-stats">{c.rng.randint(0, 90)} Kudos</span></li>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    authors = "".join(
        f'<li><a href="/t5/user/viewprofilepage/user-id/{c.rng.randint(10, 999999)}">{user(c)}</a><span>{c.rng.randint(5, 900)}</span></li>'
        for _ in range(c.rng.randint(3, 5))
    )
    c.used += "khoros-header khoros-search khoros-breadcrumb khoros-title khoros-author-card khoros-date khoros-options-menu khoros-labels khoros-kudos khoros-comments-section khoros-register-prompt khoros-latest-articles khoros-top-kudoed khoros-footer".split()
    html = (
        f'<body class="lia-blog lia-user-status-anonymous BlogArticlePage lia-body" id="lia-body"><div id="{hexid(c, 8)}" class="ServiceNodeInfoHeader"></div><div class="lia-page"><center><div class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width"><div class="lia-content">'
        f'<div class="lia-quilt lia-quilt-blog-article-page lia-quilt-layout-two-column-main-side lia-top-quilt"><div class="lia-quilt-row lia-quilt-row-header"><div class="lia-quilt-column lia-quilt-column-24 lia-quilt-column-single"><div class="custom-community-header"><a class="community-logo" href="/"><img src="/html/assets/logo.svg" alt="{company} Community"></a><ul class="community-nav"><li><a href="/t5/forums/ct-p/forums">Forums</a></li><li><a href="/t5/blogs/ct-p/blogs">Blogs</a></li><li><a href="/t5/knowledge-base/ct-p/kb">Knowledge Base</a></li><li><a href="/t5/events/ct-p/events">Events</a></li></ul><div class="lia-header-nav-component-unread-count"><a class="login-link lia-link-navigation" href="/t5/s/{company.lower()}/plugins/common/feature/saml/doauth/login">Sign In</a><a href="/t5/help/faqpage">Help</a></div></div>'
        f'<div class="SearchBeforeContent lia-search-form-wrapper"><form class="SearchForm lia-search-form lia-form-inline search-form"><input class="lia-form-type-text lia-autocomplete-input search-input lia-search-input-message" placeholder="Search all content" type="text"><input class="lia-button lia-button-secondary lia-button-search" value="Search" type="submit"><div class="lia-autocomplete-footer"><span class="lia-search-granularity">Showing results for&nbsp;</span><span>Search instead for&nbsp;</span><span>Did you mean:&nbsp;</span></div></form></div>'
        f'<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb" aria-label="breadcrumbs" role="navigation"><ul class="lia-list-standard-inline"><li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-community lia-breadcrumb-community lia-breadcrumb-forum" href="/">{company} Community</a></li><li class="lia-breadcrumb-seperator crumb-community">:</li><li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-category" href="/t5/blogs/ct-p/blogs">Blogs</a></li><li class="lia-breadcrumb-seperator">:</li><li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-board" href="/t5/{slug(board)}/bg-p/{slug(board)}">{board}</a></li><li class="lia-breadcrumb-seperator">:</li><li class="lia-breadcrumb-node crumb final-crumb"><span class="lia-link-navigation child-thread lia-link-disabled">{esc(c.body.title)}</span></li></ul></div></div></div>'
        f'<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-18 lia-quilt-column-left lia-quilt-column-main-content"><div class="lia-quilt-column-alley lia-quilt-column-alley-left"><div class="lia-message-view-wrapper lia-js-data-messageUid-{c.rng.randint(10**5, 10**7)}"><div class="MessageView lia-message-view-blog-topic-message lia-message-view-display lia-row-standard-unread lia-thread-topic"><div class="lia-quilt lia-quilt-blog-topic-message">'
        f'<div class="lia-quilt-row lia-quilt-row-message-header-top"><div class="lia-message-subject lia-component-message-view-widget-subject"><h1 class="lia-message-subject-blog-topic" itemprop="name">{esc(c.body.title)}</h1></div><div class="lia-menu-navigation-wrapper lia-js-hidden lia-menu-action lia-component-message-view-widget-action-menu"><div class="lia-menu-navigation"><div class="dropdown-default-item"><a title="Show option menu" class="lia-js-menu-opener default-menu-option lia-js-click-menu lia-link-navigation" href="#">Options</a><div class="dropdown-positioning"><div class="dropdown-positioning-static"><ul class="lia-menu-dropdown-items"><li><a class="lia-link-navigation rss-thread-link lia-component-rss-action-thread" href="/rss/message?board.id={slug(board)}">Subscribe to RSS Feed</a></li><li><span class="lia-link-navigation mark-as-unread lia-link-disabled">Mark as New</span></li><li><span class="lia-link-navigation addMessageUserBookmark lia-link-disabled">Bookmark</span></li><li><span class="lia-link-navigation addMessageUserEmailSubscription lia-link-disabled">Subscribe</span></li><li><a class="lia-link-navigation print-article" href="#">Printer Friendly Page</a></li><li><a class="lia-link-navigation report-abuse-link" href="#">Report Inappropriate Content</a></li></ul></div></div></div></div></div></div>'
        f'<div class="lia-quilt-row lia-quilt-row-message-header-bottom"><div class="lia-message-author-avatar lia-component-author-avatar"><img class="lia-user-avatar-message" src="/t5/image/serverpage/avatar-name/{slug(who)}/avatar-display-size/profile/version/2" alt="{esc(who)}"></div><div class="lia-message-author-with-avatar"><span class="UserName lia-user-name lia-user-rank-Community-Manager lia-component-message-view-widget-author-username"><a class="lia-link-navigation lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/{c.rng.randint(10, 99999)}"><span>{esc(who)}</span></a></span><div class="lia-message-author-rank lia-component-author-rank">{pick(c, "Community Manager", "Product Manager", "Employee", "Staff", "Moderator")}</div></div><span class="DateTime lia-message-posted-on lia-component-common-widget-date"><span class="local-date">‎{m:02d}-{d:02d}-{y}</span> <span class="local-time">{t[:5]} {pick(c, "AM", "PM")}</span></span></div>'
        f'<div class="lia-quilt-row lia-quilt-row-message-main"><div class="lia-message-body-wrapper lia-component-message-view-widget-body"><div itemprop="text" id="bodyDisplay" class="lia-message-body"><div class="lia-message-body-content">{"".join(parts)}</div></div></div>'
        f'<div class="LabelsForArticle lia-component-labels"><span class="labels-title">Labels:</span><ul class="lia-list-standard-inline">{labels}</ul></div>'
        f'<div class="lia-message-footer"><div class="KudosButton lia-button-image-kudos-wrapper lia-component-kudos-widget-button-version-3 lia-component-kudos-widget-button lia-component-kudos-action"><a class="lia-link-navigation lia-button-image-kudos-give" href="#">Kudo</a></div><span class="MessageKudosCount lia-component-kudos-widget-message-kudos-count">{kudos}</span> <span class="lia-kudos-label">Kudos</span></div></div></div></div></div>'
        f'<div class="lia-blog-comments"><div class="lia-comments-header"><h2 class="comments-title">{nc} Comments</h2></div>{"".join(_lia_comment(c) for _ in range(nc))}<div class="lia-blog-comment-prompt">You must be a registered user to add a comment. If you\'ve already registered, sign in. Otherwise, register and sign in.</div><div class="lia-blog-comment-buttons"><a class="lia-button lia-button-primary" href="#">Comment</a></div></div></div></div>'
        f'<div class="lia-quilt-column lia-quilt-column-06 lia-quilt-column-right lia-quilt-column-side-content"><div class="lia-quilt-column-alley lia-quilt-column-alley-right"><div class="lia-panel lia-panel-standard LatestArticlesTaplet"><div class="lia-decoration-border"><div class="lia-panel-heading-bar-wrapper"><span class="lia-panel-heading-bar-title">Latest Articles</span></div><div class="lia-panel-content-wrapper"><ul class="lia-list-standard">{latest}</ul></div></div></div><div class="lia-panel lia-panel-standard KudosLeaderboardTaplet"><div class="lia-panel-heading-bar-wrapper"><span class="lia-panel-heading-bar-title">Top Kudoed Authors</span></div><ul class="UserList lia-list-standard">{authors}</ul></div></div></div></div></div></div></div></div></center>'
        f'<footer class="community-footer"><div class="footer-links"><a href="https://www.{company.lower()}.com/legal/terms">Terms of Use</a> <a href="https://www.{company.lower()}.com/legal/privacy">Privacy Policy</a> <a href="/t5/help/faqpage">Community Guidelines</a> <a href="#" class="ot-sdk-show-settings">Cookie Settings</a></div><div class="powered-by">Powered by <a href="https://khoros.com/">Khoros</a> · © {y} {company}, Inc. All rights reserved.</div></footer></div></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "xenforo-thread": (fam_xenforo, "tech"),
    "hexo-next": (fam_hexo_next, "code"),
    "csdn-blog": (fam_csdn, "tech"),
    "zenn-article": (fam_zenn, "code"),
    "livedoor-blog": (fam_livedoor, "blog"),
    "pikabu-story": (fam_pikabu, "blog"),
    "vbulletin-de": (fam_vbulletin_de, "sport"),
    "weblogs-sl": (fam_xataka, "tech"),
    "splinder-it": (fam_splinder, "blog"),
    "sapo-blogs": (fam_sapo, "politics"),
    "bloggse-post": (fam_bloggse, "blog"),
    "khoros-blog": (fam_khoros, "business"),
}

_LANG = {
    "hexo-next": "zh-CN",
    "csdn-blog": "zh-CN",
    "zenn-article": "ja",
    "livedoor-blog": "ja",
    "pikabu-story": "ru",
    "vbulletin-de": "de",
    "weblogs-sl": "es",
    "splinder-it": "it",
    "sapo-blogs": "pt-PT",
    "bloggse-post": "sv",
}

_HEAD = {
    "xenforo-thread": '<meta name="apple-mobile-web-app-title" content="Forums"><link rel="alternate" type="application/rss+xml" title="RSS feed" href="/forums/-/index.rss"><link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=1&amp;d=1700000000">',
    "hexo-next": '<meta name="generator" content="Hexo 6.3.0"><link rel="stylesheet" href="/css/main.css"><script id="hexo-configurations">var NexT = window.NexT || {};</script>',
    "csdn-blog": '<meta name="keywords" content="CSDN"><meta name="report" content=\'{"pid": "blog", "spm":"1001.2101"}\'><link rel="stylesheet" href="https://csdnimg.cn/release/blogv2/dist/pc/css/detail_enter-2a2d2cd0d4.min.css">',
    "zenn-article": '<meta property="og:site_name" content="Zenn"><meta name="twitter:site" content="@zenn_dev">',
    "livedoor-blog": '<meta name="generator" content="livedoor Blog"><link rel="alternate" type="application/rss+xml" title="RSS" href="/index.rdf">',
    "pikabu-story": '<meta property="og:site_name" content="Пикабу"><meta name="yandex-verification" content="0">',
    "vbulletin-de": '<meta name="generator" content="vBulletin 4.2.2"><link rel="alternate" type="application/rss+xml" title="RSS-Feed" href="external.php?type=RSS2"><script type="text/javascript" src="clientscript/vbulletin_important.css?v=422"></script>',
    "weblogs-sl": '<meta name="generator" content="Webedia"><link rel="alternate" type="application/rss+xml" href="/feedburner.xml">',
    "splinder-it": '<meta name="generator" content="Splinder"><link rel="alternate" type="application/rss+xml" title="RSS" href="/rss">',
    "sapo-blogs": '<meta name="generator" content="SAPO Blogs"><link rel="alternate" type="application/rss+xml" href="/data/rss">',
    "bloggse-post": '<meta name="generator" content="blogg.se"><link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/index.rss">',
    "khoros-blog": '<meta name="generator" content="Khoros Community"><link rel="stylesheet" href="/skins/6767676/a1b2c3/community/styles.css">',
}


def x_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus viewport, canonical link, the family's tags and its page language."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)
        return out.replace('<html lang="en">', f'<html lang="{lang}">', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 2301) -> list[Page]:
    """Set X: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    kinds = {**kinds, "code": unique_bodies(code_bodies())}
    return draw_set(
        "x", seed, per_family, FAMILIES, kinds, pool, "example.net", key=text_key, amend=x_head
    )


if __name__ == "__main__":  # page_families_x.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 2301)

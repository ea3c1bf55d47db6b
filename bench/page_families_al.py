"""Set AL, second half: six more personal and independent blog kinds (an Excite Blog (Exblog)
entry, a JUGEM entry, a Persian Blogfa weblog, a French newspaper-hosted reader / journalist
blog, a UK university WordPress multisite staff blog, a German PivotX blog), `FAMILIES`, the
head amender and `build_pages`. Written under the same rules as page_templates_al.py, whose
docstring holds the set's shared gold decisions.

Decisions for this module's families, made before they were coded:
- an Excite Blog (Exblog) entry (Japanese, 2005-2025, `div.POST`): the paragraphs,
  subheadings, lists, quotes and tables of `div.POST_BODY` (its "続きを読む" part too) are
  article; the Excite top bar ("エキサイト", "ログイン", "ブログトップ"), the blog title, the
  date (`div.POST_HEAD`'s "YYYY年 MM月 DD日"), `div.POST_TTL` (headline), the tags ("タグ："),
  `div.POST_TAIL` ("by NAME | HH:MM | カテゴリ | Comments(N)"), the "ファン申請" button, the
  excite ad ("PR"), the comments ("Commented by NAME at ..."), the form, the prev / next
  links ("＜ 前のページ", "次のページ ＞"), the sidebar ("カテゴリ", "以前の記事", "最新の
  コメント", "検索", "ブログジャンル") and "Powered by Excite Blog" are not;
- a JUGEM entry (Japanese, 2005-2022, GMO's hosted blog): the paragraphs, subheadings,
  lists, quotes and tables of `div.entry_body` and `div.entry_more` are article; the
  "スポンサーサイト" block at the page top ("一定期間更新がないため広告を表示しています") and
  any "PR" slot, the header, the `div.entry_date`, `div.entry_title`, `div.entry_state`
  ("comments(N)", "trackbacks(0)", "-", category, "by NAME"), the "COMMENT" list, the
  form, the sidebar ("CALENDAR", "SELECTED ENTRIES", "CATEGORIES", "ARCHIVES", "RECENT
  COMMENT", "PROFILE", "SEARCH THIS SITE", "OTHERS") and "Powered by JUGEM" are not;
- a Persian Blogfa weblog (2005-2018, RTL, a table layout by chance): the paragraphs,
  subheadings, lists and quotes of `div.postcontent` are article; the blog title and
  description, `div.posttitle`, the post footer ("نوشته شده در DATE ساعت HH:MM توسط NAME",
  "نظرات (N)"), the "ادامه مطلب" link, the sidebar ("درباره وبلاگ", "آرشیو", "پیوندها",
  "آخرین مطالب", "نویسندگان"), the counters and "Powered by BlogFa.com" are not;
- a French newspaper-hosted blog ("Les blogs du Monde"-like, WordPress, 2006-2019): the
  paragraphs, subheadings, lists, quotes and tables of `div.entry-content` are article; the
  newspaper's top bar (rubriques, "Abonnez-vous", "Se connecter"), the blog banner and its
  author line, the headline, the "Publié le DATE par NAME" line, the category, the share bar
  ("Partager", "Facebook", "Twitter", "Envoyer par e-mail"), the hosting disclaimer ("Ce blog
  est hébergé par Le Monde ... les propos n'engagent que leur auteur" — furniture as set AK's
  credit lines), the comments ("N réponses à « TITLE »", "Répondre"), the "Derniers billets"
  and "Les blogs du Monde" sidebars and the footer are not;
- a UK university WordPress multisite staff blog (2012-2025): the paragraphs, subheadings,
  lists, quotes and tables of `div.entry-content` are article; the university header and
  global nav ("Study", "Research", "About"), the network bar ("University blogs", "Create a
  blog", "Log in"), the blog title, the headline, the "Posted on DATE by NAME" line, the
  featured image with its "Image credit: ... licensed under CC BY" caption, the views
  disclaimer at the end ("Note: This article gives the views of the author, and not the
  position of ...", furniture as the AK credit lines), the "About the author" box, the "Share
  this:" / "Like this:" Jetpack blocks, "Related" posts, the categories and tags, the
  comments and the footer ("Proudly powered by WordPress", the university's legal links) are
  not; the "Print Friendly" button is furniture;
- a German PivotX blog (2009-2016): the paragraphs, subheadings, lists, quotes and tables of
  `div.entry` (introduction and body, "Weiterlesen" anchor between them) are article; the
  header, the `h2` headline, the `p.entry-meta` ("Geschrieben von NAME am DATE in
  KATEGORIE", "Kommentare (N)", "Permalink"), the tags ("Tags:"), the "Ähnliche Einträge"
  list, the comments (`div.comment`, "Kommentar von NAME"), the form ("Kommentar schreiben",
  "Persönliche Daten merken?", "Benachrichtigung per E-Mail"), the sidebar ("Kategorien",
  "Archiv", "Suche", "Letzte Kommentare", "Tagwolke", "Links") and "Powered by PivotX" are
  not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks
from page_templates_af import EN_MONTHS, insert_at
from page_templates_ah import clock
from page_templates_al import (
    JP_BLOGS,
    JP_NAMES,
    fam_b2evo_fr,
    fam_bludit_es,
    fam_microblog,
    fam_nucleus_nl,
    fam_seesaa,
    fam_textpattern,
    handle,
    li_links,
    split_more,
)
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_q import pick
from page_templates_s import body_html, era_date

FamilyOut = tuple[str, list[Block]]
Family = Callable[[Ctx], FamilyOut]

FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
DE_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
FA_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
FA_DAYS = "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه".split()
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fa(n: int | str) -> str:
    """A number in Persian digits."""
    return str(n).translate(_FA_DIGITS)


# ---------------------------------------------------------------------------------------------
# 7. An Excite Blog (Exblog) entry


def fam_exblog(c: Ctx) -> FamilyOut:
    """Exblog skin: POST > POST_HEAD / POST_TTL / POST_BODY / POST_TAIL, excite bar, sidebar."""
    parts, gold = body_html(c, body_blocks(c, 0.25, 0.2, 0.15), lambda t: f"<b>{esc(t)}</b><br>")
    shown, more = split_more(c, parts, 0.3)
    y, m, d = era_date(c, 2005, 2025)
    user = pick(c, "kazebito", "hanamizuki", "tabineko", "aozora22", "kobune", "shiori-m")
    author = c.rng.choice(JP_NAMES)
    eid = c.rng.randint(10**6, 3 * 10**7)
    more_html = f'<a name="{eid}_more"></a><div class="more">{"".join(more)}</div>' if more else ""
    tags = "".join(
        f'<a href="/i{c.rng.randint(2, 40)}/">#{t}</a> '
        for t in c.rng.sample(
            ["日記", "旅", "本", "写真", "ごはん", "季節", "仕事"], c.rng.randint(1, 3)
        )
    )
    n = c.rng.randint(0, 4)
    comments = "".join(
        f'<div class="COMMENT"><p>{sentence(c)}</p><div class="COMMENT_TAIL">Commented by <a href="https://{slug(handle(c))[:10] or "x"}.exblog.jp">{esc(handle(c))}</a> at {y}-{m:02d}-{c.rng.randint(d, 28):02d} {clock(c)}</div></div>'
        for _ in range(n)
    )
    c.used += "exblog-bar exblog-head exblog-title exblog-tail exblog-tags exblog-comments exblog-sidebar exblog-footer".split()
    html = (
        f'<body><div id="exhead"><a href="https://www.excite.co.jp/">エキサイト</a> <a href="https://www.exblog.jp/">エキサイトブログ</a> <a href="https://www.exblog.jp/login">ログイン</a> <a href="https://{user}.exblog.jp/">ブログトップ</a></div>'
        f'<div id="wrapper"><div id="header"><h1 class="BLOG_TTL"><a href="https://{user}.exblog.jp/">{esc(c.rng.choice(JP_BLOGS))}</a></h1><div class="BLOG_DESC">{esc(pick(c, "日々のことをのんびりと。", "写真と言葉の小さな記録", "旅先と台所から"))}</div></div>'
        f'<div id="main"><div class="POST"><div class="POST_HEAD"><div class="DATE">{y}年 {m:02d}月 {d:02d}日</div><div class="POST_TTL">{esc(c.body.title)}</div></div>'
        f'<div class="POST_BODY">{"".join(shown)}{more_html}</div>'
        f'<div class="TAGS">タグ：{tags}</div>'
        f'<div class="POST_TAIL">by <a href="https://{user}.exblog.jp/">{esc(author)}</a> | {clock(c)} | <a href="/i{c.rng.randint(2, 30)}/">{pick(c, "日記", "おでかけ", "読書", "暮らし")}</a> | <a href="/{eid}/#{eid}_1">Comments({n})</a> <a href="https://www.exblog.jp/fan/{user}" class="fan">ファン申請</a></div>'
        f'<div class="ex-ad"><span>PR</span><a href="https://ad.excite.co.jp/{hexid(c, 8)}">{pick(c, "ふるさと納税の人気返礼品", "今話題のスキンケア", "転職なら今がチャンス")}</a></div>'
        f'<div class="COMMENT_BOX">{comments}<form method="post" action="/comment"><p>名前 :<input name="name"> URL :<input name="url"></p><p><textarea name="comment"></textarea></p><p><input type="checkbox" name="secret"> 非公開コメント <input type="submit" value="送信"></p></form></div></div>'
        f'<div class="PAGER"><a href="/{eid - c.rng.randint(1, 900)}/">＜ 前のページ</a> | <a href="/{eid + c.rng.randint(1, 900)}/">次のページ ＞</a></div></div>'
        f'<div id="side"><div class="SIDE"><h3>カテゴリ</h3><ul><li><a href="/i2/">日記</a></li><li><a href="/i3/">おでかけ</a></li><li><a href="/i4/">読書</a></li></ul></div>'
        f'<div class="SIDE"><h3>以前の記事</h3><ul><li><a href="/m{y}-{m:02d}-01/">{y}年 {m:02d}月</a></li><li><a href="/m{y - 1}-12-01/">{y - 1}年 12月</a></li></ul></div>'
        f'<div class="SIDE"><h3>最新のコメント</h3><ul>{li_links(c, 3, "/")}</ul></div>'
        f'<div class="SIDE"><h3>検索</h3><form action="/search"><input name="q"><input type="submit" value="検索"></form></div>'
        f'<div class="SIDE"><h3>ブログジャンル</h3><p><a href="https://www.exblog.jp/genre/">{pick(c, "日々の出来事", "旅行・お出かけ", "本・読書")}</a></p></div></div>'
        f'<div id="footer">Powered by <a href="https://www.exblog.jp/">Excite Blog</a> | 会社概要 | 利用規約 | 個人情報保護 | 免責事項</div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A JUGEM entry


def fam_jugem(c: Ctx) -> FamilyOut:
    """JUGEM template: スポンサーサイト block, entry_title / entry_body / entry_more / state."""
    parts, gold = body_html(c, body_blocks(c, 0.25, 0.2, 0.2), lambda t: f"<h3>{esc(t)}</h3>")
    shown, more = split_more(c, parts, 0.45)
    y, m, d = era_date(c, 2005, 2022)
    user = pick(c, "mikan", "sorairo", "hitomi", "kotoba", "yamaneko", "tsukiyo")
    author = c.rng.choice(JP_NAMES)
    eid = c.rng.randint(10, 2400)
    sponsor = c.rng.random() < 0.55
    top = (
        '<div class="entry"><div class="entry_title">スポンサーサイト</div><div class="entry_body">一定期間更新がないため広告を表示しています</div><div class="entry_state"><a href="https://jugem.jp/">JUGEM</a></div></div>'
        if sponsor
        else ""
    )
    if sponsor:
        c.used.append("jugem-sponsor")
    n = c.rng.randint(0, 4)
    comments = "".join(
        f'<div class="comment"><div class="comment_body">{sentence(c)}</div><div class="comment_date">{esc(handle(c))} | {y}/{m:02d}/{c.rng.randint(d, 28):02d} {clock(c)}</div></div>'
        for _ in range(n)
    )
    cal = "".join(f'<td class="cell">{k}</td>' for k in range(1, 8))
    c.used += "jugem-header jugem-date jugem-title jugem-state jugem-comments jugem-sidebar jugem-footer".split()
    html = (
        f'<body><div id="header"><h1><a href="https://{user}.jugem.jp/">{esc(c.rng.choice(JP_BLOGS))}</a></h1><div class="description">{esc(pick(c, "ゆるゆる更新中", "好きなものの話", "子育てと仕事の記録"))}</div></div>'
        f'<div id="flame"><div id="main">{top}'
        f'<div class="entry"><div class="entry_date">{y}.{m:02d}.{d:02d} {pick(c, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}</div><div class="entry_title">{esc(c.body.title)}</div>'
        f'<div class="entry_body">{"".join(shown)}</div>'
        f"{'<div class=' + chr(34) + 'entry_more' + chr(34) + '><a name=' + chr(34) + 'sequel' + chr(34) + '></a>' + ''.join(more) + '</div>' if more else ''}"
        f'<div class="entry_state"><a href="/?eid={eid}">comments({n})</a> | <a href="/trackback/{eid}">trackbacks(0)</a> | - | <a href="/?cid={c.rng.randint(1, 40)}">{pick(c, "日記", "雑記", "読書", "ニュース")}</a> | by {esc(author)}</div></div>'
        f'<div class="comment_area"><div class="comment_title">COMMENT</div>{comments}'
        f'<form method="post" action="/comment"><div class="comment_form">name:<input name="name"><br>email:<input name="email"><br>url:<input name="url"><br>comments:<textarea name="body"></textarea><br><input type="checkbox" name="save"> cookieに保存 <input type="submit" value="送信"></div></form></div>'
        f'<div class="pager"><a href="/?eid={eid - 1}">&lt;&lt;</a> | <a href="/">TOP</a> | <a href="/?eid={eid + 1}">&gt;&gt;</a></div></div>'
        f'<div id="side"><div class="linktitle">CALENDAR</div><table class="calender"><tr>{cal}</tr></table>'
        f'<div class="linktitle">SELECTED ENTRIES</div><ul>{li_links(c, 5, "/?eid=")}</ul>'
        f'<div class="linktitle">CATEGORIES</div><ul><li><a href="/?cid=1">日記</a></li><li><a href="/?cid=2">雑記</a></li></ul>'
        f'<div class="linktitle">ARCHIVES</div><ul><li><a href="/?month={y}{m:02d}">{["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]} {y} ({c.rng.randint(1, 30)})</a></li></ul>'
        f'<div class="linktitle">RECENT COMMENT</div><ul><li>{esc(handle(c))}</li></ul>'
        f'<div class="linktitle">PROFILE</div><p>{esc(author)}</p>'
        f'<div class="linktitle">SEARCH THIS SITE</div><form action="/search"><input name="search"><input type="submit" value="search"></form>'
        f'<div class="linktitle">OTHERS</div><ul><li><a href="/?mode=rss">RSS1.0</a></li><li><a href="https://jugem.jp/">無料ブログ作成サービス JUGEM</a></li></ul></div></div>'
        f'<div id="footer"><a href="https://jugem.jp/" target="_blank">Powered by JUGEM</a></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A Persian Blogfa weblog


def fam_blogfa(c: Ctx) -> FamilyOut:
    """Blogfa template (RTL table layout): posttitle, postcontent, postdesc, sidebar, counters."""
    parts, gold = body_html(
        c, body_blocks(c, 0.2, 0.15, 0.2), lambda t: f"<p><strong>{esc(t)}</strong></p>"
    )
    shown, more = split_more(c, parts, 0.3)
    y, m, d = c.rng.randint(1384, 1397), c.rng.randint(1, 12), c.rng.randint(1, 29)
    user = pick(c, "delnevesht", "shabnam", "baran60", "raha", "parvaz", "kooche")
    author = pick(c, "علی", "مریم", "سارا", "رضا", "نازنین", "امید")
    pid = c.rng.randint(10, 600)
    when = f"{FA_DAYS[c.rng.randint(0, 6)]} {fa(d)} {FA_MONTHS[m - 1]} {fa(y)}"
    more_html = f'<a name="more"></a>{"".join(more)}' if more else ""
    c.used += (
        "blogfa-header blogfa-title blogfa-desc blogfa-sidebar blogfa-counter blogfa-footer".split()
    )
    side = (
        f'<div class="side"><div class="sidetitle">درباره وبلاگ</div><div class="sidecontent">{esc(pick(c, "اینجا از روزمرگی‌ها می‌نویسم.", "دل‌نوشته‌های یک دانشجو", "یادداشت‌های شخصی"))}<br>مدیر وبلاگ : {author}</div></div>'
        f'<div class="side"><div class="sidetitle">آخرین مطالب</div><div class="sidecontent">{"".join("<a href=" + chr(34) + f"/post/{pid - k}" + chr(34) + f">{esc(h)}</a><br>" for k, h in enumerate(headlines(c, 4)))}</div></div>'
        f'<div class="side"><div class="sidetitle">آرشیو</div><div class="sidecontent"><a href="/1{y}{m:02d}.aspx">{FA_MONTHS[m - 1]} {fa(y)}</a><br><a href="/1{y}{max(m - 1, 1):02d}.aspx">{FA_MONTHS[max(m - 1, 1) - 1]} {fa(y)}</a></div></div>'
        f'<div class="side"><div class="sidetitle">پیوندها</div><div class="sidecontent"><a href="http://{pick(c, "nilufar", "ghasedak", "yas")}.blogfa.com">{pick(c, "نیلوفر", "قاصدک", "یاس")}</a><br><a href="http://www.blogfa.com">بلاگفا</a></div></div>'
        f'<div class="side"><div class="sidetitle">آمار وبلاگ</div><div class="sidecontent">کل بازدید : {fa(c.rng.randint(1000, 90000))}<br>بازدید امروز : {fa(c.rng.randint(1, 200))}</div></div>'
    )
    html = (
        f'<body dir="rtl"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="header" colspan="2"><h1><a href="http://{user}.blogfa.com">{esc(pick(c, "دل‌نوشته", "کوچه باغ", "پرواز", "یادداشت‌های من"))}</a></h1><div class="desc">{esc(pick(c, "هر چه دل تنگت می‌خواهد بگو", "روزنوشت", "نوشته‌هایی برای خودم"))}</div></td></tr>'
        f'<tr><td class="main" valign="top"><div class="post"><div class="posttitle">{esc(c.body.title)}</div>'
        f'<div class="postcontent">{"".join(shown)}{more_html}</div>'
        f'<div class="postdesc">نوشته شده در {when} ساعت {fa(clock(c))} توسط {author} | <a href="javascript:void(0)" onclick="ShowComments({pid})">نظرات ({fa(c.rng.randint(0, 30))})</a></div></div></td>'
        f'<td class="sidebar" width="200" valign="top">{side}</td></tr>'
        f'<tr><td colspan="2" class="footer">Powered by <a href="http://www.blogfa.com">BlogFa.com</a></td></tr></table></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A French newspaper-hosted blog ("Les blogs du Monde"-like)


def fam_fr_paper_blog(c: Ctx) -> FamilyOut:
    """Newspaper blog network on WordPress: paper top bar, blog banner, entry, disclaimer."""
    parts, gold = body_html(c, body_blocks(c, 0.3, 0.2, 0.25), lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2006, 2019)
    author = pick(
        c, "Pierre Barthélemy", "Hélène Dufresne", "Marc Lefranc", "Anne Chemin", "Jean Quatremer"
    )
    name = pick(
        c,
        "Passeur de sciences",
        "Chroniques européennes",
        "Big Browser",
        "Vu d'ailleurs",
        "L'œil de l'économiste",
    )
    bslug = slug(name)[:20] or "blog"
    if c.rng.random() < 0.4:
        parts = insert_at(
            c,
            parts,
            '<div class="pub"><span class="pub-label">Publicité</span><div id="dfp-inread"></div></div>',
            "paper-ad",
        )
    n = c.rng.randint(0, 6)
    comments = "".join(
        f'<li class="comment"><div class="comment-author vcard"><cite class="fn">{esc(handle(c))}</cite> dit :</div><div class="comment-meta"><a href="#comment-{c.rng.randint(1000, 99999)}">{d} {FR_MONTHS[m - 1]} {y} à {clock(c)}</a></div><p>{sentence(c)}</p><div class="reply"><a class="comment-reply-link" href="#respond">Répondre</a></div></li>'
        for _ in range(n)
    )
    share = '<div class="partage"><span>Partager</span> <a class="facebook" href="https://www.facebook.com/sharer.php">Facebook</a> <a class="twitter" href="https://twitter.com/intent/tweet">Twitter</a> <a class="mail" href="mailto:?subject=">Envoyer par e-mail</a></div>'
    c.used += "paper-bar paper-banner paper-title paper-meta paper-share paper-disclaimer paper-comments paper-sidebar paper-footer".split()
    html = (
        f'<body class="single single-post"><div id="bandeau-lemonde"><a href="https://www.example-journal.fr/" class="logo">Le Journal.fr</a><ul class="rubriques"><li><a href="#">International</a></li><li><a href="#">Politique</a></li><li><a href="#">Économie</a></li><li><a href="#">Culture</a></li><li><a href="#">Idées</a></li></ul><a class="abo" href="#">Abonnez-vous à partir de 1 €</a> <a href="#">Se connecter</a></div>'
        f'<div id="page"><div id="header"><div class="blog-banner"><h1 id="blog-title"><a href="https://{bslug}.blog.example-journal.fr/">{esc(name)}</a></h1><p class="blog-author">{pick(c, "Un blog de ", "Par ")}{esc(author)}</p></div></div>'
        f'<div id="content"><div class="post hentry"><h2 class="entry-title">{esc(c.body.title)}</h2>'
        f'<div class="entry-meta">Publié le {d} {FR_MONTHS[m - 1]} {y} par <span class="author">{esc(author)}</span> dans <a href="/category/{pick(c, "non-classe", "europe", "sciences", "idees")}/" rel="category tag">{pick(c, "Non classé", "Europe", "Sciences", "Idées")}</a></div>'
        f'{share if c.rng.random() < 0.5 else ""}<div class="entry-content">{"".join(parts)}</div>{share}'
        f'<p class="disclaimer">Ce blog est hébergé par Le Journal.fr. Les propos tenus ici n\'engagent que leur auteur.</p>'
        f'<div id="comments"><h3 id="comments-title">{n} réponses à « {esc(c.body.title)} »</h3><ol class="commentlist">{comments}</ol>'
        f'<div id="respond"><h3>Laisser un commentaire</h3><p>Vous devez être <a href="#">connecté</a> pour publier un commentaire.</p></div></div></div>'
        f'<div class="navigation"><span class="prev"><a href="/{y}/{m:02d}/{c.rng.randint(1, 28):02d}/">« Billet précédent</a></span> <span class="next"><a href="/{y}/{m:02d}/{c.rng.randint(1, 28):02d}/">Billet suivant »</a></span></div></div>'
        f'<div id="sidebar"><div class="widget"><h3>À propos de ce blog</h3><p>{sentence(c)}</p></div><div class="widget"><h3>Derniers billets</h3><ul>{li_links(c, 5, f"/{y}/{m:02d}/")}</ul></div>'
        f'<div class="widget"><h3>Les blogs du Journal</h3><ul><li><a href="#">Blogs de journalistes</a></li><li><a href="#">Blogs invités</a></li><li><a href="#">Blogs des abonnés</a></li></ul></div></div>'
        f'<div id="footer"><p>© Le Journal.fr {y} - <a href="#">Conditions générales</a> - <a href="#">Charte des blogs</a> - <a href="#">Mentions légales</a></p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A UK university WordPress multisite staff blog


def fam_uni_multisite(c: Ctx) -> FamilyOut:
    """University blog network: uni header, network bar, WP post, views note, Jetpack, bio."""
    parts, gold = body_html(c, body_blocks(c, 0.35, 0.25, 0.2), lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2012, 2025)
    uni = pick(
        c,
        "University of Eastbridge",
        "Northfield University",
        "University of Kelvinside",
        "St Aldric's University",
    )
    uslug = slug(uni).split("-")[-1]
    blog = pick(
        c,
        "Research Matters",
        "Teaching Matters",
        "Policy Blog",
        "Library Blog",
        "Digital Education Blog",
        "History Department Blog",
    )
    author = c.rng.choice(PEOPLE)
    role = pick(
        c,
        "Senior Lecturer in Economics",
        "Research Fellow",
        "Professor of Public Policy",
        "Digital Skills Coordinator",
        "PhD candidate",
    )
    img = ""
    if c.rng.random() < 0.6:
        c.used.append("uni-featured")
        img = f'<figure class="wp-block-image post-thumbnail"><img src="/files/{y}/{m:02d}/{hexid(c, 10)}-1024x576.jpg" alt=""><figcaption>Image credit: {esc(c.rng.choice(PEOPLE))} via Flickr, licensed under CC BY 2.0</figcaption></figure>'
    note = f'<p class="views-note"><em>Note: This article gives the views of the author, and not the position of the {esc(blog)}, nor of the {esc(uni)}.</em></p>'
    bio = f'<div class="author-info"><h2 class="author-title">About the author</h2><p><strong>{esc(author)}</strong> is {role} at the {esc(uni)}. {sentence(c)}</p></div>'
    related = "".join(
        f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/{y}/{m:02d}/{slug(h)[:40]}/">{esc(h)}</a></h4><p class="jp-relatedposts-post-date">{EN_MONTHS[c.rng.randint(0, 11)]} {c.rng.randint(1, 28)}, {y}</p></div>'
        for h in headlines(c, 3)
    )
    n = c.rng.randint(0, 4)
    comments = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{esc(handle(c))}</b> <span class="says">says:</span> <time>{d} {EN_MONTHS[m - 1]} {y} at {clock(c)}</time></footer><div class="comment-content"><p>{sentence(c)}</p></div><div class="reply"><a href="#respond">Reply</a></div></article></li>'
        for _ in range(n)
    )
    c.used += "uni-header uni-network uni-title uni-meta uni-note uni-bio uni-share uni-related uni-comments uni-footer".split()
    html = (
        f'<body class="post-template-default single single-post"><div id="wpadminbar" class="nojq"><ul><li><a href="https://blogs.{uslug}.ac.uk/">{esc(uni)} blogs</a></li><li><a href="https://blogs.{uslug}.ac.uk/wp-signup.php">Create a blog</a></li><li><a href="/wp-login.php">Log in</a></li></ul></div>'
        f'<header class="uni-header"><a class="uni-logo" href="https://www.{uslug}.ac.uk/"><img src="https://www.{uslug}.ac.uk/logo.svg" alt="{esc(uni)}"></a><nav class="uni-global-nav"><a href="#">Study</a> <a href="#">Research</a> <a href="#">Business</a> <a href="#">About</a> <a href="#">Contact</a></nav></header>'
        f'<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{esc(blog)}</a></p><p class="site-description">{sentence(c)}</p></header>'
        f'<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post status-publish format-standard hentry"><header class="entry-header"><h1 class="entry-title">{esc(c.body.title)}</h1>'
        f'<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{y}-{m:02d}-{d:02d}">{d} {EN_MONTHS[m - 1]} {y}</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/{slug(author)}/">{esc(author)}</a></span></span></div></header>'
        f'{img}<div class="entry-content">{"".join(parts)}{note if c.rng.random() < 0.7 else ""}'
        f'<div class="printfriendly pf-button"><a href="#">Print Friendly, PDF &amp; Email</a></div>'
        f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter">Twitter</a></li><li><a class="share-facebook">Facebook</a></li><li><a class="share-linkedin">LinkedIn</a></li><li><a class="share-email">Email</a></li></ul></div>'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{related}</div></div>'
        f'{bio if c.rng.random() < 0.75 else ""}<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/{pick(c, "research", "teaching", "events", "opinion")}/">{pick(c, "Research", "Teaching", "Events", "Opinion")}</a></span> <span class="tags-links">Tagged <a href="/tag/{pick(c, "policy", "students", "covid-19", "open-access")}/">{pick(c, "policy", "students", "covid-19", "open-access")}</a></span></footer></article>'
        f'<div id="comments" class="comments-area">{"<h2 class=" + chr(34) + "comments-title" + chr(34) + ">" + str(n) + " thoughts on &ldquo;" + esc(c.body.title) + "&rdquo;</h2><ol class=" + chr(34) + "comment-list" + chr(34) + ">" + comments + "</ol>" if n else ""}<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea id="comment" name="comment"></textarea><p class="form-submit"><input type="submit" value="Post Comment"></p></div></div></main>'
        f'<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" action="/"><input type="search" name="s" placeholder="Search …"></form></section><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{li_links(c, 5, f"/{y}/")}</ul></section><section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="#">Research</a></li><li><a href="#">Teaching</a></li></ul></section></aside></div>'
        f'<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div><div class="uni-footer"><a href="#">Accessibility</a> <a href="#">Privacy and cookies</a> <a href="#">Freedom of information</a> <p>© {y} {esc(uni)}. Registered charity no. SC0{c.rng.randint(10000, 99999)}</p></div></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A German PivotX blog


def fam_pivotx_de(c: Ctx) -> FamilyOut:
    """PivotX default theme: entry with introduction + body, entry-meta, comments, sidebar."""
    parts, gold = body_html(c, body_blocks(c, 0.3, 0.2, 0.2), lambda t: f"<h3>{esc(t)}</h3>")
    intro, body = split_more(c, parts, 0.6)
    y, m, d = era_date(c, 2009, 2016)
    author = pick(c, "Stefan", "Katrin", "Michael K.", "Julia", "Thomas", "admin")
    blog = pick(c, "Gedankenstrich", "Notizen aus dem Alltag", "Kaffeesatz", "Randbemerkungen")
    cat = pick(c, "Allgemein", "Politik", "Technik", "Alltag", "Bücher")
    eslug = slug(c.body.title)[:40]
    n = c.rng.randint(0, 5)
    comments = "".join(
        f'<div class="comment" id="comment-{c.rng.randint(1, 900)}"><p>{sentence(c)}</p><p class="comment-meta">Kommentar von <a href="http://{slug(handle(c))[:12] or "x"}.example.de/" rel="nofollow">{esc(handle(c))}</a> | {d:02d}.{m:02d}.{y} um {clock(c)}</p></div>'
        for _ in range(n)
    )
    similar = (
        f'<div class="related"><h4>Ähnliche Einträge</h4><ul>{li_links(c, 3, "/entry/")}</ul></div>'
        if c.rng.random() < 0.5
        else ""
    )
    if similar:
        c.used.append("pivotx-related")
    tags = ", ".join(
        f'<a href="/tag/{t}" rel="tag">{t}</a>'
        for t in c.rng.sample(["internet", "politik", "leben", "medien", "berlin", "technik"], 3)
    )
    more = f'<a id="body"></a><div class="entry-body">{"".join(body)}</div>' if body else ""
    c.used += "pivotx-header pivotx-title pivotx-meta pivotx-tags pivotx-comments pivotx-form pivotx-sidebar pivotx-footer".split()
    html = (
        f'<body><div id="container"><div id="header"><h1><a href="/">{esc(blog)}</a></h1><p class="payoff">{esc(pick(c, "Ein Blog über dies und das", "Gedanken, Links, Fundstücke", "Seit 2009 online"))}</p></div>'
        f'<div id="main"><div class="entry" id="e{c.rng.randint(1, 900)}"><h2><a href="/entry/{eslug}">{esc(c.body.title)}</a></h2>'
        f'<div class="entry-introduction">{"".join(intro)}</div>{more}'
        f'<p class="entry-meta">Geschrieben von {esc(author)} am {d}. {DE_MONTHS[m - 1]} {y} um {clock(c)} in <a href="/category/{slug(cat)}">{cat}</a> | <a href="/entry/{eslug}#comm">Kommentare ({n})</a> | <a href="/entry/{eslug}">Permalink</a></p>'
        f'<p class="tags">Tags: {tags}</p></div>{similar}'
        f'<div id="comm"><h3>Kommentare</h3>{comments or "<p>Noch keine Kommentare.</p>"}</div>'
        f'<div id="commentform"><h3>Kommentar schreiben</h3><form method="post" action="/entry/{eslug}#message"><p><label>Name</label><input name="piv_name"></p><p><label>E-Mail</label><input name="piv_email"></p><p><label>URL</label><input name="piv_url"></p><p><textarea name="piv_comment"></textarea></p><p><input type="checkbox" name="piv_rememberinfo"> Persönliche Daten merken? <input type="checkbox" name="piv_notify"> Benachrichtigung per E-Mail bei neuen Kommentaren</p><p><input type="submit" value="Vorschau"> <input type="submit" value="Absenden"></p></form></div></div>'
        f'<div id="sidebar"><div class="sidebar-block"><h4>Suche</h4><form action="/search"><input name="q"><input type="submit" value="Suchen"></form></div>'
        f'<div class="sidebar-block"><h4>Kategorien</h4><ul><li><a href="/category/allgemein">Allgemein</a></li><li><a href="/category/politik">Politik</a></li><li><a href="/category/technik">Technik</a></li></ul></div>'
        f'<div class="sidebar-block"><h4>Archiv</h4><ul><li><a href="/archive/{y}-m{m:02d}">{DE_MONTHS[m - 1]} {y}</a></li></ul></div>'
        f'<div class="sidebar-block"><h4>Letzte Kommentare</h4><ul>{li_links(c, 3, "/entry/")}</ul></div>'
        f'<div class="sidebar-block"><h4>Tagwolke</h4><p class="tagcloud"><a href="/tag/internet">internet</a> <a href="/tag/medien">medien</a> <a href="/tag/leben">leben</a></p></div></div>'
        f'<div id="footer"><p>&copy; {y} {esc(blog)} | <a href="/impressum">Impressum</a> | <a href="http://pivotx.net" class="badge">Powered by PivotX</a></p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------

FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "textpattern-blog": (fam_textpattern, "blog"),
    "b2evo-fr": (fam_b2evo_fr, "politics"),
    "nucleus-nl": (fam_nucleus_nl, "blog"),
    "bludit-es": (fam_bludit_es, "tech"),
    "microblog-post": (fam_microblog, "blog"),
    "seesaa-jp": (fam_seesaa, "blog"),
    "exblog-jp": (fam_exblog, "blog"),
    "jugem-jp": (fam_jugem, "entertainment"),
    "blogfa-fa": (fam_blogfa, "news"),
    "fr-paper-blog": (fam_fr_paper_blog, "politics"),
    "uni-multisite": (fam_uni_multisite, "business"),
    "pivotx-de": (fam_pivotx_de, "blog"),
}

_LANG = {
    "b2evo-fr": "fr",
    "nucleus-nl": "nl",
    "bludit-es": "es",
    "seesaa-jp": "ja",
    "exblog-jp": "ja",
    "jugem-jp": "ja",
    "blogfa-fa": "fa",
    "fr-paper-blog": "fr",
    "uni-multisite": "en-GB",
    "pivotx-de": "de",
}

_HEAD = {
    "textpattern-blog": '<meta name="generator" content="Textpattern CMS"><link rel="stylesheet" href="/css.php?n=default"><link rel="alternate" type="application/rss+xml" href="/rss/">',
    "b2evo-fr": '<meta name="generator" content="b2evolution 4.1.7"><link rel="stylesheet" href="/skins/evopress/style.css"><base href="/skins/evopress/">',
    "nucleus-nl": '<meta name="generator" content="Nucleus CMS v3.64"><link rel="stylesheet" type="text/css" href="skins/default/default.css"><link rel="alternate" type="application/rss+xml" href="xml-rss2.php">',
    "bludit-es": '<meta name="generator" content="Bludit"><link rel="stylesheet" href="/bl-kernel/css/bootstrap.min.css"><link rel="stylesheet" href="/bl-themes/alternative/css/style.css">',
    "microblog-post": '<link rel="authorization_endpoint" href="https://micro.blog/indieauth/auth"><link rel="micropub" href="https://micro.blog/micropub"><link rel="webmention" href="https://micro.blog/webmention"><link rel="stylesheet" href="/css/marfa.css">',
    "seesaa-jp": '<meta name="generator" content="Seesaa Blog"><link rel="stylesheet" href="/styles-site.css" type="text/css">',
    "exblog-jp": '<meta name="generator" content="Excite Blog"><link rel="stylesheet" href="https://md.exblog.jp/skin/common.css">',
    "jugem-jp": '<meta name="generator" content="JUGEM"><link rel="stylesheet" href="https://imaging.jugem.jp/css/template.css">',
    "blogfa-fa": '<meta name="generator" content="BlogFa.com"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    "fr-paper-blog": '<meta name="generator" content="WordPress 4.9"><link rel="stylesheet" href="/wp-content/themes/journal-blogs/style.css">',
    "uni-multisite": '<meta name="generator" content="WordPress 6.3"><link rel="stylesheet" href="/wp-content/themes/twentysixteen/style.css"><link rel="stylesheet" href="/wp-content/plugins/jetpack/css/jetpack.css">',
    "pivotx-de": '<meta name="generator" content="PivotX"><link rel="stylesheet" href="/pivotx/templates/skinny/style.css">',
}


def al_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the blog's language (RTL for Blogfa), canonical link and engine tags."""
    extra = _HEAD.get(family, "")
    lang = _LANG.get(family, "en")
    rtl = ' dir="rtl"' if lang == "fa" else ""

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"{rtl}', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 3701) -> list[Page]:
    """Set AL: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment")
    return draw_set(
        "al", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=al_head
    )


if __name__ == "__main__":  # page_families_al.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 3701)

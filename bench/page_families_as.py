"""Set AS, second half: six ASIAN and MIDDLE-EASTERN blog families of kinds no earlier set has (a
Hebrew personal blog on Israblog, Nana's blog host; a Persian post on Virgool; a Japanese
personal blog on Nifty's Cocolog; a Korean blog on Egloos; a Chinese post on Jianshu; a Thai
diary on Pantip's Bloggang), `FAMILIES`, the head amender and `build_pages`. Written under the
same rules as page_templates_as.py, whose docstring holds the set's shared gold decisions and
its six European and Latin-American families (session 22, helper for set AS, blind to digest's
extraction rules; never ran digest, trafilatura, readability or bench_pages on it).

Decisions for this module's families, made before they were coded:
- a Hebrew personal blog on Israblog (2008-2019, right-to-left, table layout of Nana's host):
  the post text of `div.postedit` (paragraphs as text and `<br><br>`, bold `p > b` lines as
  subheadings, lists, quotes) is article; the Nana10 bar and ad banner ("פרסומת"), the blog title and description, the
  post's date line and title, the "תגובות (N)" / "הוסף תגובה" links, "קישור ישיר", the
  comments, the sidebar ("אודות", "ארכיון", "בלוגים שאני קורא", "מונה כניסות") and the
  footer are not;
- a Persian post on Virgool (2017-2026, Medium-like, right-to-left): the paragraphs,
  subheadings, lists and quotes of `div.post-content` are article; the header ("ویرگول",
  "ورود / ثبت نام"), the author box at the top (name, bio, "دنبال کردن"), the headline, the
  date and "زمان مطالعه: N دقیقه", the figure captions, the tags, the claps ("لایک"), the
  author card after the post, "پست‌های مرتبط", the comments ("نظرات") and the footer are not;
- a Japanese personal blog on Nifty's Cocolog (2008-2026, TypePad-derived markup): the
  paragraphs, subheadings (bold `p > strong` lines), lists and quotes of `div.entry-body` (and `div.entry-more`, "続きを読む"
  text that is part of the same post) are article; the Cocolog header ("ココログ", "@nifty"),
  the blog banner, the date header ("2014年3月3日 (月)"), the entry title, the entry footer
  ("投稿者 NAME 時刻 21:14 カテゴリー「日記・コラム・つぶやき」 | コメント (0) | トラックバック
  (0)"), the "トラックバック" section with its URL, the comments, the comment form, the
  sidebar ("最近の記事", "カテゴリー", "バックナンバー", "ブログパーツ"), the ad slot and the
  "Powered by @nifty ココログ" footer are not;
- a Korean blog on Egloos (2008-2019): the text of `div.hentry div.entry-content` is
  article; the Egloos top bar ("이글루스", "로그인", "이글루 만들기"), the blog title and
  nickname, the post title, the category and date, the "by NICK | 2012/05/03 21:14 |
  덧글(N) | 트랙백(N)" line, the Egloos valley/theme note ("이 글과 관련된 글"), the tags
  ("태그 :"), the "밸리" and share buttons, the comments ("덧글"), the trackback list, the
  sidebar ("카테고리", "최근 포스트", "최근 덧글", "링크", "달력", "방문자 통계") and the
  footer ("Powered by Egloos") are not;
- a Chinese post on Jianshu (简书, 2014-2026, React SSR with hashed classes): the paragraphs,
  subheadings, lists and quotes of `article._2rhmJa` are article; the header ("首页",
  "下载App", "会员", "登录", "注册"), the headline, the author line ("NAME 关注" with
  "字数 N 阅读 N"), the image captions, the copyright line ("著作权归作者所有"),
  "赞赏支持", the likes, the "被以下专题收入" list, "推荐阅读", the comments ("全部评论") and
  the footer are not;
- a Thai diary on Pantip's Bloggang (2008-2020, table layout): the text of the entry cell
  (`div.entry-text`, paragraphs as text and `<br><br>`, lists and quotes) is article; the
  Bloggang / Pantip header, the blog owner's header, the entry title and "Create Date / Last
  Update" line, the "Location :" line, the counters ("Counter : N Pageviews"), the centred grey signature
  line after the text ("ขอบคุณที่แวะมาอ่านนะคะ"), the "โหวต" vote box,
  the comments ("ความคิดเห็นที่ N"), the "Bloggang.com" footer and the sidebar ("สารบัญ",
  "Group Blog", "Friends' blogs", "Link") are not.

    .venv/bin/python bench/page_families_as.py PAGE_ID 4401
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks
from page_templates_ah import clock
from page_templates_al import li_links
from page_templates_as import (
    br_body,
    comments,
    fam_altervista,
    fam_nuvemshop,
    fam_skyrock,
    fam_teletype,
    fam_twoday,
    fam_webnode,
)
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]

FA_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
JA_DAYS = "月火水木金土日"
TH_MONTHS = (
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split()
)


# ---------------------------------------------------------------------------------------------
# 7. A Hebrew personal blog on Israblog (Nana)

_HE_NICKS = ["נועה", "יוסי_הגדול", "מיכל", "אבי מחיפה", "שירלי", "רוני"]


def fam_israblog(c: Ctx) -> FamilyOut:
    """Israblog post: Nana bar, RTL table layout, postedit with br paragraphs, comments."""
    blocks = body_blocks(c, 0.1, 0.15, 0.2)
    parts, gold = br_body(c, blocks, lambda t: f"<p><b>{esc(t)}</b></p>")
    y, m, d = era_date(c, 2008, 2019)
    blog_id = c.rng.randint(10000, 999999)
    title = pick(c, "מחשבות של לילה", "הבלוג של נועה", "פינה קטנה", "סתם כי בא לי", "יומן מסע")
    n_com = c.rng.randint(0, 6)
    com = comments(
        c,
        n_com,
        _HE_NICKS,
        lambda who, t: (
            f'<div class="comment"><div class="commentauthor">{who}</div><div class="commenttext">{t}</div><div class="commentdate">{d}/{m}/{y} {clock(c)}</div></div>'
        ),
    )
    ad = ""
    if c.rng.random() < 0.7:
        c.used.append("israblog-ad")
        ad = f'<div class="nana-ad"><span>פרסומת</span><iframe src="https://ads.nana10.co.il/{hexid(c, 8)}" width="728" height="90"></iframe></div>'
    c.used += "israblog-bar israblog-header israblog-date israblog-title israblog-links israblog-comments israblog-sidebar israblog-counter israblog-footer".split()
    html = (
        f'<body dir="rtl"><div id="nanabar"><a href="https://www.nana10.co.il/">נענע10</a> | <a href="https://israblog.nana10.co.il/">ישראבלוג</a> | <a href="https://israblog.nana10.co.il/tblogs.asp">בלוגים חמים</a> | <a href="https://israblog.nana10.co.il/login.asp">התחברות</a> | <a href="https://israblog.nana10.co.il/newblog.asp">פתח בלוג</a></div>{ad}'
        f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="blogheader"><h1><a href="/blogread.asp?blog={blog_id}">{title}</a></h1><div class="blogdesc">{pick(c, "כאן אני כותבת הכל", "דברים שעוברים לי בראש", "על החיים, בערך")}</div></td></tr>'
        f'<tr><td class="main" valign="top"><div class="post"><div class="postdate">{d}/{m}/{y}</div><div class="posttitle">{esc(c.body.title)}</div>'
        f'<div class="postedit">{"".join(parts)}</div>'
        f'<div class="postfooter"><a href="/blogread.asp?blog={blog_id}&amp;blogcode={c.rng.randint(10**6, 10**8)}">קישור ישיר</a> | <a href="#comments">תגובות ({n_com})</a> | <a href="#addcomment">הוסף תגובה</a> | נכתב ב-{clock(c)}</div></div>'
        f'<a name="comments"></a><div class="comments">{com}</div><div id="addcomment"><b>הוסף תגובה</b><form><input name="name"><textarea name="text"></textarea><input type="submit" value="שלח"></form></div></td>'
        f'<td class="sidebar" valign="top" width="200"><div class="box"><div class="boxtitle">אודות</div><div>{pick(c, "בת", "בן")} {c.rng.randint(15, 45)}, {pick(c, "תל אביב", "חיפה", "ירושלים", "באר שבע")}</div></div>'
        f'<div class="box"><div class="boxtitle">ארכיון</div><select><option>{m}/{y}</option><option>{max(m - 1, 1)}/{y}</option></select></div>'
        f'<div class="box"><div class="boxtitle">בלוגים שאני קורא</div><ul>{"".join(f"<li><a href=/blogread.asp?blog={c.rng.randint(10000, 999999)}>{n}</a></li>" for n in c.rng.sample(_HE_NICKS, 3))}</ul></div>'
        f'<div class="box"><div class="boxtitle">מונה כניסות</div><div>{c.rng.randint(1000, 900000)}</div></div></td></tr></table>'
        f'<div class="footer">© כל הזכויות שמורות לבעל הבלוג | <a href="https://israblog.nana10.co.il/terms.asp">תנאי שימוש</a> | ישראבלוג - Nana10</div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Persian post on Virgool

_FA_NAMES = ["سارا احمدی", "علی رضایی", "مریم کریمی", "محمد حسینی", "نگار موسوی", "رضا تهرانی"]


def fam_virgool(c: Ctx) -> FamilyOut:
    """Virgool post: author box on top, reading time, post-content, tags, claps, comments."""
    blocks = body_blocks(c, 0.55, 0.25, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = c.rng.randint(1396, 1405), c.rng.randint(1, 12), c.rng.randint(1, 29)
    author = pick(c, *_FA_NAMES)
    user = f"@{pick(c, 'sara', 'ali.r', 'maryam_k', 'mhosseini', 'negar')}"
    if c.rng.random() < 0.5:
        c.used.append("virgool-figure")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<figure><img src="https://files.virgool.io/upload/users/{c.rng.randint(1000, 99999)}/posts/{hexid(c, 12)}.jpeg" alt=""><figcaption>{sentence(c)}</figcaption></figure>'
            ),
        )
    n_com = c.rng.randint(0, 4)
    com = comments(
        c,
        n_com,
        _FA_NAMES,
        lambda who, t: (
            f'<div class="comment-item"><a class="comment-author">{who}</a><p>{t}</p><span class="time">{c.rng.randint(1, 20)} روز پیش</span></div>'
        ),
    )
    tags = " ".join(
        f'<a class="tag" href="/tag/{slug(h.split()[0])}">{esc(h.split()[0])}</a>'
        for h in headlines(c, c.rng.randint(2, 4))
    )
    bio = pick(c, "نویسنده و مترجم", "برنامه‌نویس وب", "دانشجوی جامعه‌شناسی", "عاشق کتاب و سفر")
    c.used += "virgool-header virgool-author-top virgool-title virgool-meta virgool-tags virgool-claps virgool-author-card virgool-related virgool-comments virgool-footer".split()
    html = (
        f'<body dir="rtl"><div id="app"><header class="header"><a class="logo" href="/">ویرگول</a><a href="/search">جستجو</a> <a class="btn" href="/login">ورود / ثبت نام</a></header>'
        f'<main class="post-page"><div class="author-box-top"><a href="/{user}"><img class="avatar" src="https://files.virgool.io/upload/users/{hexid(c, 10)}.jpeg" alt=""></a><div><a class="name" href="/{user}">{author}</a><p class="bio">{bio}</p><span class="date">{d} {FA_MONTHS[m - 1]} {y}</span> · <span class="read-time">زمان مطالعه: {c.rng.randint(2, 14)} دقیقه</span></div><button class="follow">دنبال کردن</button></div>'
        f'<article class="post"><h1 class="post-title">{esc(c.body.title)}</h1><div class="post-content">{"".join(parts)}</div>'
        f'<div class="post-tags">{tags}</div><div class="post-actions"><button class="like">لایک</button> <span>{c.rng.randint(0, 300)}</span> <button class="bookmark">ذخیره</button> <button class="share">اشتراک‌گذاری</button></div></article>'
        f'<div class="author-card"><a class="name" href="/{user}">{author}</a><p>{bio}</p><button class="follow">دنبال کردن</button></div>'
        f'<section class="related-posts"><h3>پست‌های مرتبط</h3><ul>{li_links(c, 3, "/")}</ul></section>'
        f'<section class="comments"><h3>نظرات ({n_com})</h3>{com}<a href="/login">برای نوشتن نظر وارد شوید</a></section></main>'
        f'<footer class="footer"><a href="/about">درباره ویرگول</a> · <a href="/terms">قوانین</a> · <a href="/privacy">حریم خصوصی</a></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A Japanese personal blog on Nifty's Cocolog

_JA_NICKS = ["たけし", "みどり", "通りすがり", "ゆうこ", "山田", "ねこまる"]


def fam_cocolog(c: Ctx) -> FamilyOut:
    """Cocolog entry: date header, entry-body (+ entry-more), posted line, trackbacks, sidebar."""
    blocks = body_blocks(c, 0.1, 0.2, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<p><strong>{esc(t)}</strong></p>")
    y, m, d = era_date(c, 2008, 2026)
    blog = pick(c, "のんびり日記", "散歩道の記録", "鉄道と写真", "本棚の片隅", "週末ガーデニング")
    owner = pick(c, *_JA_NICKS)
    cat = pick(
        c, "日記・コラム・つぶやき", "旅行・地域", "書籍・雑誌", "趣味", "グルメ・クッキング"
    )
    body = f'<div class="entry-body">{"".join(parts)}</div>'
    if len(parts) > 3 and c.rng.random() < 0.4:
        c.used.append("cocolog-entry-more")
        k = c.rng.randint(2, len(parts) - 1)
        body = f'<div class="entry-body">{"".join(parts[:k])}</div><div class="entry-more" id="more">{"".join(parts[k:])}</div>'
    n_com, n_tb = c.rng.randint(0, 4), c.rng.randint(0, 2)
    com = comments(
        c,
        n_com,
        _JA_NICKS,
        lambda who, t: (
            f'<div class="comment"><div class="comment-content"><p>{t}</p></div><p class="comment-footer">投稿: {who} | {y}年{m}月{d}日 ({JA_DAYS[c.rng.randint(0, 6)]}) {clock(c)}</p></div>'
        ),
    )
    tbs = "".join(
        f'<div class="trackback"><p><a href="http://example.cocolog-nifty.com/blog/{hexid(c, 6)}.html">{esc(h)}</a></p><p class="trackback-footer">Tracked on {y}/{m:02d}/{d:02d} {clock(c)}</p></div>'
        for h in headlines(c, n_tb)
    )
    ad = ""
    if c.rng.random() < 0.6:
        c.used.append("cocolog-ad")
        ad = f'<div class="cocolog-ad"><span>スポンサーリンク</span><iframe src="https://ad.nifty.com/{hexid(c, 8)}"></iframe></div>'
    c.used += "cocolog-header cocolog-banner cocolog-dateheader cocolog-title cocolog-footer-line cocolog-trackbacks cocolog-comments cocolog-sidebar cocolog-powered".split()
    html = (
        f'<body class="layout-two-column-right"><div id="cocolog-header"><a href="https://www.cocolog-nifty.com/">ココログ</a> <a href="https://www.nifty.com/">@nifty</a> <a href="https://www.cocolog-nifty.com/login">ログイン</a> <a href="https://www.cocolog-nifty.com/free/">ココログを始める</a></div>'
        f'<div id="container"><div id="container-inner" class="pkg"><div id="banner"><div id="banner-inner" class="pkg"><h1 id="banner-header"><a href="/">{blog}</a></h1><h2 id="banner-description">{pick(c, "日々のできごとを気ままに", "週末の記録", "写真と雑感")}</h2></div></div>'
        f'<div id="pagebody"><div id="pagebody-inner" class="pkg"><div id="alpha"><div id="alpha-inner" class="pkg">'
        f'<h2 class="date-header">{y}年{m}月{d}日 ({JA_DAYS[c.rng.randint(0, 6)]})</h2><div class="entry" id="entry-{c.rng.randint(10**7, 10**8)}"><h3 class="entry-header">{esc(c.body.title)}</h3>'
        f'<div class="entry-content">{body}</div>'
        f'<p class="entry-footer"><span class="post-footers">投稿者 {owner} 時刻 {clock(c)} <a href="/blog/cat{c.rng.randint(1000000, 9999999)}/index.html">{cat}</a></span> <span class="separator">|</span> <a class="permalink" href="#">個別ページ</a> | <a href="#comments">コメント ({n_com})</a> | <a href="#trackback">トラックバック ({n_tb})</a></p></div>'
        f'<div class="trackbacks"><h3 id="trackback" class="trackbacks-header">トラックバック</h3><div class="trackbacks-info"><p>この記事のトラックバックURL:<br>https://app.cocolog-nifty.com/t/trackback/{c.rng.randint(100000, 999999)}/{c.rng.randint(10**7, 10**8)}</p></div>{tbs}</div>'
        f'<div class="comments"><h3 id="comments" class="comments-header">コメント</h3><div class="comments-content">{com}</div><h2 class="comments-open-header">コメントを書く</h2><form class="comments-open-content"><label>名前:</label><input name="author"><label>コメント:</label><textarea name="text"></textarea><input type="submit" value="送信"></form></div></div></div>'
        f'<div id="beta"><div id="beta-inner" class="pkg">{ad}<div class="module-recent-entries module"><h2 class="module-header">最近の記事</h2><div class="module-content"><ul class="module-list">{li_links(c, 4, "/blog/")}</ul></div></div>'
        f'<div class="module-categories module"><h2 class="module-header">カテゴリー</h2><div class="module-content"><ul><li><a href="#">{cat}</a></li><li><a href="#">ペット</a></li><li><a href="#">音楽</a></li></ul></div></div>'
        f'<div class="module-archives module"><h2 class="module-header">バックナンバー</h2><div class="module-content"><ul>{"".join(f"<li><a href=/blog/{y}/{mm:02d}/index.html>{y}年{mm}月</a></li>" for mm in range(m, max(m - 3, 0), -1))}</ul></div></div>'
        f'<div class="module-powered module"><div class="module-content">Powered by <a href="https://www.cocolog-nifty.com/">@nifty ココログ</a></div></div></div></div></div></div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Korean blog on Egloos

_KO_NICKS = ["달빛고양이", "지나가던이", "민트초코", "바람돌이", "초록별", "하루"]


def fam_egloos(c: Ctx) -> FamilyOut:
    """Egloos post: top bar, post title, by-line with 덧글/트랙백 counts, tags, comments, sidebar."""
    blocks = body_blocks(c, 0.2, 0.15, 0.2)
    parts, gold = br_body(c, blocks, lambda t: f"<b>{esc(t)}</b><br><br>\n")
    y, m, d = era_date(c, 2008, 2019)
    nick = pick(c, *_KO_NICKS)
    sub = pick(c, "moonlight", "minty", "greenstar", "haru", "windy")
    n_com, n_tb = c.rng.randint(0, 6), c.rng.randint(0, 2)
    com = comments(
        c,
        n_com,
        _KO_NICKS,
        lambda who, t: (
            f'<li class="comment_list"><span class="comment_writer"><a href="http://{hexid(c, 6)}.egloos.com">{who}</a></span> <span class="comment_datetime">{y}/{m:02d}/{d:02d} {clock(c)}</span> <a class="comment_reply">#</a><div class="comment_text">{t}</div></li>'
        ),
    )
    related = ""
    if c.rng.random() < 0.5:
        c.used.append("egloos-related")
        related = f'<div class="post_related"><h4>이 글과 관련된 글</h4><ul>{li_links(c, 3, f"http://{sub}.egloos.com/")}</ul></div>'
    tags = ""
    if c.rng.random() < 0.7:
        c.used.append("egloos-tags")
        tags = f'<div class="post_taglist">태그 : {", ".join(f"<a href=/tag/{slug(h.split()[0])}>{esc(h.split()[0])}</a>" for h in headlines(c, 3))}</div>'
    cat = pick(c, "일상", "영화", "게임", "책", "음식", "여행")
    c.used += "egloos-topbar egloos-header egloos-title egloos-byline egloos-share egloos-comments egloos-trackbacks egloos-sidebar egloos-footer".split()
    html = (
        f'<body><div id="egloos_topbar"><a href="http://www.egloos.com/">이글루스</a> <a href="http://valley.egloos.com/">밸리</a> <a href="http://www.egloos.com/login.php">로그인</a> <a href="http://www.egloos.com/adm/join.php">이글루 만들기</a></div>'
        f'<div id="wrap"><div id="header"><h1 class="blog_title"><a href="http://{sub}.egloos.com/">{nick}의 이글루</a></h1><p class="blog_desc">{pick(c, "소소한 일상 기록", "좋아하는 것들에 대하여", "잡담과 리뷰")}</p></div>'
        f'<div id="content"><div class="hentry"><h2 class="entry-title"><span class="post_title_category"><a href="/category/{slug(cat) or "c"}">{cat}</a></span> {esc(c.body.title)}</h2>'
        f'<div class="post_info">by <a href="http://{sub}.egloos.com/">{nick}</a> | {y}/{m:02d}/{d:02d} {clock(c)} | <a href="#comments">덧글({n_com})</a> | <a href="#trackback">트랙백({n_tb})</a></div>'
        f'<div class="entry-content">{"".join(parts)}</div>{tags}{related}'
        f'<div class="post_btn"><a class="btn_valley" href="http://valley.egloos.com/">밸리</a> <a href="#">핑백</a> <a href="https://twitter.com/intent/tweet">트위터로 보내기</a> <a href="#">덧글 쓰기</a></div>'
        f'<div class="post_trackback" id="trackback"><h4>트랙백 주소 : http://{sub}.egloos.com/tb/{c.rng.randint(10**6, 10**7)}</h4><ul>{li_links(c, n_tb, "http://valley.egloos.com/")}</ul></div>'
        f'<div class="post_comment" id="comments"><h4>덧글</h4><ul>{com}</ul><div class="comment_write"><textarea></textarea><button>덧글 입력 영역</button></div></div></div></div>'
        f'<div id="sidebar"><div class="sidebox"><h3>카테고리</h3><ul><li><a href="#">{cat}</a></li><li><a href="#">잡담</a></li><li><a href="#">미분류</a></li></ul></div>'
        f'<div class="sidebox"><h3>최근 포스트</h3><ul>{li_links(c, 3, "/")}</ul></div><div class="sidebox"><h3>최근 덧글</h3><ul><li>{pick(c, *_KO_NICKS)}님</li></ul></div>'
        f'<div class="sidebox"><h3>링크</h3><ul>{"".join(f"<li><a href=http://{hexid(c, 5)}.egloos.com>{n}</a></li>" for n in c.rng.sample(_KO_NICKS, 2))}</ul></div>'
        f'<div class="sidebox"><h3>방문자 통계</h3><p>오늘 : {c.rng.randint(0, 300)}<br>어제 : {c.rng.randint(0, 300)}<br>전체 : {c.rng.randint(10000, 900000)}</p></div></div>'
        f'<div id="footer">Powered by <a href="http://www.egloos.com/">Egloos</a> | SK Communications</div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Chinese post on Jianshu (简书)

_ZH_NICKS = ["简友小白", "清风徐来", "一只猫", "半夏", "老王说事", "北岛"]


def fam_jianshu(c: Ctx) -> FamilyOut:
    """Jianshu post: hashed-class SSR, author line with word count, copyright, 赞赏, comments."""
    blocks = body_blocks(c, 0.5, 0.2, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2014, 2026)
    author = pick(c, *_ZH_NICKS)
    if c.rng.random() < 0.6:
        c.used.append("jianshu-image")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="image-package"><div class="image-container"><img data-original-src="//upload-images.jianshu.io/upload_images/{c.rng.randint(10**6, 10**7)}-{hexid(c, 16)}.jpg"></div><div class="image-caption">{pick(c, "图片来自网络", "图片发自简书App", esc(sentence(c)))}</div></div>'
            ),
        )
    words = sum(len(str(v).split()) for _, v in blocks)
    n_com = c.rng.randint(0, 5)
    com = comments(
        c,
        n_com,
        _ZH_NICKS,
        lambda who, t: (
            f'<div class="_2IUqKE"><a class="_1OhGeD" href="/u/{hexid(c, 12)}">{who}</a><div class="_2bDGm4">{c.rng.randint(1, 30)}楼 {y}.{m:02d}.{d:02d} {clock(c)}</div><div class="_2bDGm4">{t}</div><span>赞</span> <span>回复</span></div>'
        ),
    )
    topics = ""
    if c.rng.random() < 0.6:
        c.used.append("jianshu-collections")
        topics = f'<section class="_3Z3nHf"><h3>被以下专题收入，发现更多相似内容</h3><a href="/c/{hexid(c, 12)}">{pick(c, "首页投稿", "散文", "读书", "程序员", "想法")}</a> <a href="/c/{hexid(c, 12)}">{pick(c, "简书电影", "心理", "旅行")}</a></section>'
    c.used += "jianshu-header jianshu-title jianshu-author jianshu-copyright jianshu-reward jianshu-likes jianshu-recommend jianshu-comments jianshu-footer".split()
    html = (
        f'<body><div id="__next"><header class="_1oCieE"><a class="_2Oyy2o" href="/">简书</a><nav><a href="/">首页</a> <a href="/apps">下载App</a> <a href="/mobile/club">会员</a> <a href="/techareas">IT技术</a></nav><input placeholder="搜索"><a href="/sign_in">登录</a> <a class="_1OyPqC" href="/sign_up">注册</a></header>'
        f'<div class="_3VRLsv"><div class="_gp-ck"><section class="ouvJEz"><h1 class="_1RuRku">{esc(c.body.title)}</h1>'
        f'<div class="rEsl9f"><div class="_2mYfmT"><a class="_1OhGeD" href="/u/{hexid(c, 12)}">{author}</a> <button class="_3kba3h">关注</button></div><div class="s-dsoj"><time>{y}.{m:02d}.{d:02d} {clock(c)}:{c.rng.randint(10, 59)}</time><span>字数 {words}</span><span>阅读 {c.rng.randint(50, 90000)}</span></div></div>'
        f'<article class="_2rhmJa">{"".join(parts)}</article>'
        f'<div class="_1kCBjS">著作权归作者所有，转载请联系作者获得授权，并标注“简书作者”。</div>'
        f'<div class="_19DgIp"><div class="_191KSt">“{pick(c, "小礼物走一走，来简书关注我", "如果觉得有用，请点赞支持")}”</div><button class="_1OyPqC">赞赏支持</button><span>还没有人赞赏，支持一下</span></div>'
        f'<div class="_3BUZPB"><span class="_1LOh_5">{c.rng.randint(0, 500)}人点赞</span></div>{topics}</section>'
        f'<section class="_2xs8Vv" id="note-page-comment"><h3>全部评论 <span>{n_com}</span></h3>{com}</section>'
        f'<section class="_3Z3nHf"><h3>推荐阅读</h3><ul>{li_links(c, 4, "/p/")}</ul></section></div></div>'
        f'<footer class="_1sqhRR"><a href="/about">关于简书</a> · <a href="/contact">联系我们</a> · <a href="/p/c44d171298ce">用户协议</a> · ©2012-{y} 上海佰集信息科技有限公司 / 简书 / 沪ICP备11018329号-5</footer></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{{"props":{{"initialState":{{"note":{{"data":{{"id":{c.rng.randint(10**7, 10**8)}}}}}}}}}}}</script></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Thai diary on Pantip's Bloggang

_TH_NICKS = ["น้องแพร", "ลุงต้อม", "มะนาวหวาน", "ก้อนเมฆ", "พี่หมี", "ต้นข้าว"]


def fam_bloggang(c: Ctx) -> FamilyOut:
    """Bloggang entry: table layout, entry-text with br paragraphs, counters, votes, comments."""
    blocks = body_blocks(c, 0.15, 0.2, 0.15)
    parts, gold = br_body(
        c, blocks, lambda t: f'<font size="4" color="#CC3300"><b>{esc(t)}</b></font><br><br>\n'
    )
    y, m, d = era_date(c, 2008, 2020)
    owner = pick(c, *_TH_NICKS)
    member = c.rng.randint(100000, 9999999)
    if c.rng.random() < 0.5:
        c.used.append("bloggang-signature")
        parts.append(
            f'<br><div align="center"><font color="#999999">{pick(c, "ขอบคุณที่แวะมาอ่านนะคะ", "แล้วพบกันใหม่ครับ", "Create by " + owner)}</font></div>'
        )
    n_com = c.rng.randint(0, 5)
    com = "".join(
        f'<div class="comment-box"><b>ความคิดเห็นที่ {i + 1}</b><div>{sentence(c)}</div><div class="comment-by">โดย: <a href="/profile.php?id={c.rng.randint(100000, 9999999)}">{c.rng.choice(_TH_NICKS)}</a> วันที่: {d} {TH_MONTHS[m - 1]} {y + 543} เวลา:{clock(c)}:{c.rng.randint(10, 59)} น.</div></div>'
        for i in range(n_com)
    )
    location = (
        f"Location : {pick(c, 'กรุงเทพ', 'เชียงใหม่', 'ภูเก็ต')} Thailand<br>"
        if c.rng.random() < 0.5
        else ""
    )
    c.used += "bloggang-header bloggang-owner bloggang-title bloggang-dates bloggang-location bloggang-counter bloggang-vote bloggang-comments bloggang-sidebar bloggang-footer".split()
    html = (
        f'<body bgcolor="#FFFFFF"><div id="bg-header"><a href="https://www.bloggang.com/">Bloggang.com</a> | <a href="https://pantip.com/">Pantip.com</a> | <a href="https://www.bloggang.com/mainblog.php">หน้าหลัก</a> | <a href="https://www.bloggang.com/login.php">Login</a></div>'
        f'<table width="100%" border="0" cellpadding="4"><tr><td colspan="2" class="owner-header"><h1><a href="/mainblog.php?id={owner}">{owner}</a></h1><div>{pick(c, "บันทึกเรื่องราวเล็กๆ", "Life is a journey", "เล่าสู่กันฟัง")}</div></td></tr><tr>'
        f'<td width="200" valign="top" class="sidebar"><div class="box"><b>สารบัญ</b><ul>{li_links(c, 4, "/viewdiary.php?id=")}</ul></div><div class="box"><b>Group Blog</b><ul><li><a href="#">{pick(c, "ท่องเที่ยว", "ทำอาหาร", "หนังสือ", "ต้นไม้")}</a></li><li><a href="#">เรื่องทั่วไป</a></li></ul></div>'
        f'<div class="box"><b>Friends\' blogs</b><ul>{"".join(f"<li><a href=/mainblog.php?id={hexid(c, 5)}>{n}</a></li>" for n in c.rng.sample(_TH_NICKS, 3))}</ul></div><div class="box"><b>Link</b><ul><li><a href="https://pantip.com/">Pantip.com</a></li><li><a href="https://www.bloggang.com/">Bloggang.com</a></li></ul></div></td>'
        f'<td valign="top" class="main"><div class="entry-title"><font size="4"><b>{esc(c.body.title)}</b></font></div>'
        f'<div class="entry-text">{"".join(parts)}</div>'
        f'<div class="entry-info">Create Date : {d} {TH_MONTHS[m - 1]} {y + 543}<br>Last Update : {min(d + 1, 28)} {TH_MONTHS[m - 1]} {y + 543} {clock(c)}:{c.rng.randint(10, 59)} น.<br>{n_com} comments<br>Counter : {c.rng.randint(100, 20000)} Pageviews.<br>'
        f"{location}</div>"
        f'<div class="vote-box"><b>โหวตบล็อกนี้</b> <a href="#">ไม่มีอะไร</a> <a href="#">สวยงาม</a> <a href="#">น่ารัก</a> <a href="#">ให้ความรู้</a></div>'
        f'<div class="comments">{com}</div><div class="add-comment"><b>ชื่อ :</b><input name="name"> <b>Comment :</b><textarea name="text"></textarea><input type="submit" value="ส่ง"></div></td></tr></table>'
        f'<div id="footer" align="center">Bloggang.com : Member ID {member} | <a href="https://www.bloggang.com/privacy.php">นโยบายความเป็นส่วนตัว</a> | Copyright © 2003-{y} Internet Marketing Co., Ltd. All rights reserved.</div></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "twoday-de": (fam_twoday, "blog"),
    "skyrock-fr": (fam_skyrock, "blog"),
    "altervista-it": (fam_altervista, "blog"),
    "webnode-cz": (fam_webnode, "business"),
    "teletype-ru": (fam_teletype, "tech"),
    "nuvemshop-br": (fam_nuvemshop, "business"),
    "israblog-he": (fam_israblog, "blog"),
    "virgool-fa": (fam_virgool, "news"),
    "cocolog-jp": (fam_cocolog, "blog"),
    "egloos-kr": (fam_egloos, "blog"),
    "jianshu-zh": (fam_jianshu, "news"),
    "bloggang-th": (fam_bloggang, "blog"),
}

_LANG = {
    "twoday-de": "de",
    "skyrock-fr": "fr",
    "altervista-it": "it-IT",
    "webnode-cz": "cs",
    "teletype-ru": "ru",
    "nuvemshop-br": "pt-BR",
    "israblog-he": "he",
    "virgool-fa": "fa",
    "cocolog-jp": "ja",
    "egloos-kr": "ko",
    "jianshu-zh": "zh-CN",
    "bloggang-th": "th",
}

_HEAD = {
    "twoday-de": '<meta name="generator" content="Antville"><link rel="alternate" type="application/rss+xml" title="RSS" href="/rss">',
    "skyrock-fr": '<meta property="og:site_name" content="Skyrock"><link rel="stylesheet" href="https://static.skyrock.net/css/blog/common.css">',
    "altervista-it": '<meta name="generator" content="WordPress 6.2 - Altervista"><script src="https://static.altervista.org/js/av-toolbar.js"></script>',
    "webnode-cz": '<meta name="generator" content="Webnode 2"><link rel="stylesheet" href="https://d11bh4d8fhuq47.cloudfront.net/_system/skins/v19/50001451/css/style.css">',
    "teletype-ru": '<meta property="og:site_name" content="Teletype"><script>window.__NUXT__={"state":{"article":{}}}</script>',
    "nuvemshop-br": '<meta name="nuvemshop-store-id" content="1234567"><link rel="stylesheet" href="https://dcdn.mitiendanube.com/stores/theme/style.min.css">',
    "israblog-he": '<meta name="generator" content="Israblog (Nana10)"><link rel="stylesheet" href="/css/blogstyle.css">',
    "virgool-fa": '<meta property="og:site_name" content="ویرگول"><script type="application/ld+json">{"@type":"BlogPosting"}</script>',
    "cocolog-jp": '<meta name="generator" content="http://www.typepad.com/"><link rel="stylesheet" href="https://app.cocolog-nifty.com/t/styles/theme.css">',
    "egloos-kr": '<meta name="generator" content="Egloos"><link rel="stylesheet" href="http://md.egloos.com/skin/default/style.css">',
    "jianshu-zh": '<meta property="og:site_name" content="简书"><link rel="stylesheet" href="https://cdn2.jianshu.io/shakespeare/_next/static/css/styles.css">',
    "bloggang-th": '<meta name="generator" content="Bloggang.com"><link rel="stylesheet" href="https://www.bloggang.com/css/blog.css">',
}


def as_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language (dir="rtl" for Hebrew and Persian), canonical
    link, viewport and platform tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")
    rtl = ' dir="rtl"' if lang in ("he", "fa") else ""

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"{rtl}', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 4401) -> list[Page]:
    """Set AS: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "sport")
    return draw_set(
        "as", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=as_head
    )


if __name__ == "__main__":  # page_families_as.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 4401)

"""Set U of the constructed pages: families of BLOG and NEWSLETTER page structures in English
and East-Asian languages, on platforms sets A-S lack (2005-2026). Six are here (a Xanga-era
weblog entry, a Vox entry with an embedded collection item, a Japanese FC2 blog entry with its
"続きを読む" part and ranking banners, an Octopress post with line-numbered code, a Japanese
Ameblo entry, a Korean Tistory post); page_families_u.py holds the other six and `build_pages`.

Why a twenty-first set: sets A-S have all been seen by the extractor's builders, so the next
held-out judge needs blog structures it has not been checked on (sets A-S hold, among others,
WordPress and many of its themes, Ghost, Medium, Substack, beehiiv, Blogger, Jekyll Minima,
Hugo, Astro, Eleventy, Gatsby, Sphinx, MkDocs, Docusaurus, Hashnode, dev.to, Naver, note.com,
Hatena, cnblogs, Habr, LiveJournal, Typepad, Posterous, Svbtle and Bear; none is repeated).
Written in session 14 (helper h-setu) without reading digest's extraction code, notes, docs,
README, tests, any bench_*.py or the other sets being written at the same time, and frozen
before anyone ran digest on it; its builder never ran digest, trafilatura, readability or
bench_pages on it. The plumbing (Ctx, Page, draw_set, body_kinds, render) is that of sets D-S,
imported. The non-English sites carry English bodies (the body pools are English) in their
own language's furniture, as set S did.

The gold follows sets D-S (page_templates_d.py's to _s.py's docstrings, and set B's decisions:
footnotes of a blog post are article but not their back-links, code blocks are article, line
numbers are not): body paragraphs, subheadings, lists, tables, quotes, code blocks; never the
headline, standfirst, byline, captions, pull quotes, comments or furniture. Platforms whose
posts are plain text in practice (Xanga, Ameblo) use only the body's paragraphs, in the HTML
and the gold alike (`paras`). Decisions for this module's families, written down before the
families were coded:
- a Xanga-era weblog entry (about 2004-2007, table layout): the entry's text (`div.blogbody`,
  paragraphs as `<p>` or joined by `<br><br>`) is article; the Xanga top bar ("Sign In",
  "Create a Xanga"), the date header (`div.blogheader`), the entry's bold title line, the
  "Posted 3/14/2005 at 10:32 PM - eProps (N) - comments (N) - Email It - Permalink" line, the
  comments on the permalink page ("Posted ... by X", the "Add Comment" form), and the left
  column (the profile: Name, Birthday, Gender, Location, Interests; "Subscribe to X", "Sites",
  "Currently Reading" with its Amazon item, "Posting Calendar", "Recent Visitors", the
  Xanga ring) and the footer are not;
- a Vox entry (Six Apart's Vox, about 2006-2010): the paragraphs and quotes of
  `div.asset-body` are article; the Vox header (the member's name, "Explore Vox", "Sign
  in"), the entry's title, "Posted by X on date", the embedded collection item that Vox put
  in a post (`div.vox-item`: a book or album cover, its title, "by X", "Rating") when there is
  one, the tags, "Viewable by: Everyone", the favourites and comment counts, the comments,
  the sidebar (About Me, Neighborhood, Recent Posts, Tags) and the "Vox is a Six Apart
  service" footer are not;
- a Japanese FC2 blog entry (about 2007-2013, a classic user template): the text of
  `div.entry_body` and of `div.entry_more` (the "続きを読む" part, shown in full on the entry
  page) is article, paragraphs and `<h3>` subheadings alike; the "スポンサーサイト" pseudo-entry
  (the notice that FC2 shows on blogs not updated for a month) when present, the entry title,
  the ranking banners that bloggers paste at the end of the body ("にほんブログ村",
  "人気ブログランキングへ", inside `div.entry_body` but not the author's text), the "テーマ /
  ジャンル" line, the 拍手 and share buttons, the entry footer (category, comment and trackback
  counts, date), the comments (`dl` with titles, texts and "URL | name #- [ 編集 ]"), the
  comment form ("コメントの投稿", 非公開コメント), the trackback URL, the sidebar plugins
  (プロフィール, 最新記事, 最新コメント, 月別アーカイブ, カテゴリ, 検索フォーム, RSSリンク,
  リンク, ブロとも申請フォーム, QRコード) and "Powered by FC2ブログ" are not;
- an Octopress post (about 2011-2015, a tech blog): the paragraphs, subheadings, lists, quotes
  and code blocks of `div.entry-content` are article, the code as its lines (`td.code`) but
  not the line-number gutter (`td.gutter`) nor the file name in the code's figcaption; the
  banner hgroup (title, subtitle), the navigation with the RSS link and search form, the
  entry title and the "date | Comments" meta line, the footer meta ("Posted by X", date,
  categories), the Tweet / +1 / Like buttons, the previous / next links, the Disqus comments
  section ("Please enable JavaScript to view the comments powered by Disqus."), the sidebar
  (Recent Posts, GitHub Repos, Latest Tweets) and the "Powered by Octopress" footer are not;
- a Japanese Ameblo entry (about 2015-2022): the entry's lines in `div#entryBody` (each
  paragraph a `<p>` or a `<div>` with blank `<div><br></div>` lines between, emoji images
  among them) are article; the Ameba header bar, the blog title and description, the entry
  title, the date and the "テーマ：" line, the hashtag list under the body, the いいね！ /
  リブログ / コメント bar, the "読者になる" box, the share buttons, the "PR" ad units, the
  prev / next links, "関連記事" and "人気記事", the profile sidebar (プロフィール, 最新の記事,
  テーマ, アーカイブ, ランキング) and the CyberAgent footer are not;
- a Korean Tistory post (about 2018-2024, the Book Club / Odyssey skins): the paragraphs
  (`p[data-ke-size]`, not the empty `&nbsp;` ones), subheadings (`h2/h3[data-ke-size]`),
  lists and quotes (`blockquote[data-ke-style]`) of `div.tt_article_useless_p_margin` are
  article; the blog header and category menu, the title, the category and date line, the
  images with their captions (`figure.imageblock`), the "반응형" AdFit / AdSense units inside
  and under the post, the 공감 / 구독하기 / 공유하기 buttons, "'분류' 카테고리의 다른 글" (the
  other posts of the category), the tags ("태그"), the comments ("댓글") with their form, the
  sidebar (공지사항, 최근글 / 인기글, Total / Today / Yesterday) and the "DESIGN BY TISTORY"
  footer are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from page_templates import PEOPLE, Block, Ctx, esc, slug
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_p import as_list, headed
from page_templates_q import paras, pick, user
from page_templates_s import _MONTHS, body_html, era_date, long_date, months, quoted

FamilyOut = tuple[str, list[Block]]

_WEEK_JA = "月火水木金土日"
_WEEK_KO = "월화수목금토일"


def stamp(c: Ctx, lo: int, hi: int) -> tuple[int, int, int, str]:
    """A (year, month, day) of the family's era and a "21:14:05" time."""
    y, m, d = era_date(c, lo, hi)
    return (
        y,
        m,
        d,
        f"{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}",
    )


def plain(c: Ctx, texts: list[str], br_chance: float) -> str:
    """Plain-text paragraphs as the old editors wrote them: `<p>`s or `<br><br>` runs."""
    if c.rng.random() < br_chance:
        c.used.append("br-paragraphs")
        return "<br><br>".join(esc(t) for t in texts) + "<br>"
    return "".join(f"<p>{esc(t)}</p>" for t in texts)


# ---------------------------------------------------------------------------------------------
# 1. A Xanga-era weblog entry (permalink page, comments)


def _xanga_comment(c: Ctx) -> str:
    c.used.append("xanga-comment")
    who = user(c)
    y, m, d = era_date(c, 2004, 2007)
    return f'<div class="blogbody"><table cellspacing="0" cellpadding="4" width="100%"><tr><td class="blogbody">{sentence(c, c.rng.randint(1, 2))}<br><br><div class="smalltext">Posted {m}/{d}/{y} at {c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d} {pick(c, "AM", "PM")} by <a href="http://www.xanga.com/{who}">{who}</a> - <a href="#">reply</a></div></td></tr></table></div>'


def fam_xanga(c: Ctx) -> FamilyOut:
    """A Xanga entry page: table layout, blogheader / blogbody, eProps line, profile modules."""
    gold = paras(c.body.blocks)
    who = user(c).replace("_", "")
    y, m, d = era_date(c, 2004, 2007)
    text = plain(c, [str(v) for _, v in gold], 0.6)
    title = f'<b class="blogtitle">{esc(c.body.title)}</b><br><br>' if c.rng.random() < 0.7 else ""
    n = c.rng.randint(0, 6)
    comments = "".join(_xanga_comment(c) for _ in range(n))
    book = pick(
        c,
        "The Kite Runner",
        "Life of Pi",
        "The Da Vinci Code",
        "Blink",
        "Freakonomics",
        "Harry Potter and the Half-Blood Prince",
    )
    subs = "".join(
        f'<li><a href="http://www.xanga.com/{user(c)}">{user(c)}</a></li>'
        for _ in range(c.rng.randint(3, 8))
    )
    visitors = " ".join(
        f'<a href="http://www.xanga.com/{user(c)}"><img src="http://img.xanga.com/{hexid(c, 6)}/t.jpg" width="40" height="40" alt="{user(c)}"></a>'
        for _ in range(c.rng.randint(3, 6))
    )
    cal = "".join(
        f'<td class="calday"><a href="/?dir=back&amp;d={m}/{k}/{y}">{k}</a></td>'
        + ("</tr><tr>" if k % 7 == 0 else "")
        for k in range(1, 29)
    )
    c.used += "xanga-topbar xanga-blogheader xanga-eprops xanga-add-comment xanga-profile xanga-subscribe xanga-sites xanga-reading xanga-calendar xanga-visitors xanga-ring xanga-footer".split()
    html = (
        f'<body bgcolor="{pick(c, "#FFFFFF", "#000000", "#FFCCFF", "#336699")}" leftmargin="0" topmargin="0"><div id="topnav"><table width="100%" cellpadding="2" cellspacing="0" class="navigation"><tr><td><a href="http://www.xanga.com/"><img src="http://xat.xanga.com/images/xanga_logo_small.gif" alt="xanga" border="0"></a></td><td align="right"><a href="http://www.xanga.com/signin.aspx">Sign In</a> | <a href="http://www.xanga.com/register.aspx">Create a Xanga</a> | <a href="http://www.xanga.com/help/">Help</a> | <a href="http://www.xanga.com/{who}/">{who}\'s Xanga Site</a></td></tr></table></div>'
        f'<table width="100%" cellpadding="10" cellspacing="0"><tr><td valign="top" width="200"><div class="leftmodule"><table class="left" cellspacing="0" cellpadding="3" width="200"><tr><th class="left">{who}</th></tr><tr><td class="left"><img src="http://img.xanga.com/{hexid(c, 6)}/b{c.rng.randint(10**6, 10**7)}.jpg" width="150" alt=""><br><b>Name:</b> {pick(c, "Jen", "Mike", "Kat", "Dave", "Steph")}<br><b>Birthday:</b> {c.rng.randint(1, 12)}/{c.rng.randint(1, 28)}/{c.rng.randint(1980, 1990)}<br><b>Gender:</b> {pick(c, "Female", "Male")}<br><b>Location:</b> {pick(c, "Houston, Texas", "Toronto, Ontario", "San Jose, California", "Singapore")}<br><b>Interests:</b> {pick(c, "music, youth group, sleeping in", "anime, drawing, coffee", "soccer, friends, the OC")}<br><br><a href="http://www.xanga.com/private/subscriptions.aspx?user={who}">Subscribe to {who}</a></td></tr></table></div>'
        f'<div class="leftmodule"><table class="left" cellspacing="0" width="200"><tr><th class="left">Sites</th></tr><tr><td class="left"><ul>{subs}</ul></td></tr></table></div>'
        f'<div class="leftmodule"><table class="left" cellspacing="0" width="200"><tr><th class="left">Currently Reading</th></tr><tr><td class="left"><a href="http://www.amazon.com/exec/obidos/ASIN/{c.rng.randint(10**9, 10**10)}/xanga-20"><img src="http://images.amazon.com/images/P/{c.rng.randint(10**9, 10**10)}.01.MZZZZZZZ.jpg" border="0" alt=""><br>{book}</a><br>{esc(c.rng.choice(PEOPLE))}</td></tr></table></div>'
        f'<div class="leftmodule"><table class="left" cellspacing="0" width="200"><tr><th class="left">Posting Calendar</th></tr><tr><td class="left"><table class="calendar"><tr><td colspan="7">{_MONTHS[m - 1]} {y}</td></tr><tr>{cal}</tr></table></td></tr></table></div>'
        f'<div class="leftmodule"><table class="left" cellspacing="0" width="200"><tr><th class="left">Recent Visitors</th></tr><tr><td class="left">{visitors}</td></tr></table></div>'
        f'<div class="leftmodule"><table class="left" width="200"><tr><td class="left"><a href="http://www.xanga.com/groups/group.aspx?id={c.rng.randint(10**5, 10**6)}">{pick(c, "Class of 2006", "Christian Teens", "Emo Kids Unite", "Houston Xangans")}</a><br><a href="#">&lt;&lt; Prev</a> | <a href="#">Next &gt;&gt;</a> | <a href="#">Join!</a></td></tr></table></div></td>'
        f'<td valign="top"><div class="blogheader">{long_date(c, y, y)}</div><table class="blogbody" cellspacing="0" cellpadding="4" width="100%"><tr><td class="blogbody"><div class="searchable">{title}{text}</div><br><div class="smalltext">Posted {m}/{d}/{y} at {c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d} {pick(c, "AM", "PM")} - <a href="#">eProps ({c.rng.randint(0, 20)})</a> - <a href="#">comments ({n})</a> - <a href="#">Email It</a> - <a href="#">Permalink</a></div></td></tr></table>'
        f'<div class="blogheader">Comments ({n})</div>{comments}<div class="blogbody"><form method="post" action="/item.aspx"><b>Add Comment</b><br><textarea name="comment" rows="6" cols="50"></textarea><br><input type="checkbox" name="eprop"> Give eProps<br><input type="submit" value="Submit"></form></div></td></tr></table>'
        f'<div align="center" class="footer"><a href="http://www.xanga.com/">Xanga.com</a> - Weblogs, Photoblogs and Videoblogs | <a href="http://www.xanga.com/help/">Help</a> | <a href="http://www.xanga.com/terms.aspx">Terms of Use</a> | © 1999-{y} Xanga.com, Inc.</div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 2. A Vox entry (Six Apart), with an embedded collection item


def _vox_item(c: Ctx) -> str:
    c.used.append("vox-item")
    kind = pick(c, "book", "album", "movie")
    name = pick(
        c,
        "Neon Bible",
        "The Road",
        "Sound of Silver",
        "Atonement",
        "Juno",
        "Kala",
        "Persepolis",
        "Boxer",
    )
    return f'<div class="vox-item vox-item-{kind}"><div class="vox-item-image"><img src="https://a{c.rng.randint(1, 9)}.vox.com/{hexid(c, 16)}-pi" width="75" alt=""></div><div class="vox-item-meta"><div class="vox-item-title"><a href="/library/{kind}/{hexid(c, 12)}/">{name}</a></div><div class="vox-item-creator">by {esc(c.rng.choice(PEOPLE))}</div><div class="vox-item-rating">Rating: {"★" * c.rng.randint(2, 5)}</div></div></div>'


def _vox_comment(c: Ctx) -> str:
    c.used.append("vox-comment")
    who = user(c)
    return f'<div class="comment" id="comment-{hexid(c, 32)}"><div class="comment-avatar"><a href="http://{who}.vox.com/"><img src="https://a{c.rng.randint(1, 9)}.vox.com/{hexid(c, 16)}-32si" width="32" height="32" alt=""></a></div><div class="comment-content"><p>{sentence(c, c.rng.randint(1, 3))}</p></div><div class="comment-meta">Posted by <a href="http://{who}.vox.com/">{who}</a> | {long_date(c, 2006, 2010)} at {c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d} {pick(c, "AM", "PM")}</div></div>'


def fam_vox(c: Ctx) -> FamilyOut:
    """A Vox entry: asset-body with an embedded vox-item, tags, privacy line, neighborhood."""
    blocks = quoted(c, paras(c.body.blocks), 0.4)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    if c.rng.random() < 0.6:
        parts.insert(c.rng.randint(0, min(2, len(parts))), _vox_item(c))
    who = user(c).replace("_", "")
    y, m, d = era_date(c, 2006, 2010)
    n = c.rng.randint(0, 5)
    tags = ", ".join(
        f'<a href="/tags/{t}/" rel="tag">{t}</a>'
        for t in c.rng.sample(
            ["music", "books", "movies", "life", "work", "cats", "photos", "politics"], 3
        )
    )
    hood = "".join(
        f'<li><a href="http://{user(c)}.vox.com/"><img src="https://a{c.rng.randint(1, 9)}.vox.com/{hexid(c, 16)}-50si" width="50" height="50" alt=""></a></li>'
        for _ in range(c.rng.randint(4, 9))
    )
    recent = "".join(
        f'<li><a href="/library/post/{hexid(c, 32)}.html">{esc(h)}</a></li>'
        for h in headlines(c, 4)
    )
    c.used += "vox-header vox-title vox-posted-by vox-tags vox-privacy vox-favorites vox-comment-form vox-about vox-neighborhood vox-recent vox-footer".split()
    html = (
        f'<body class="user-profile asset-page"><div id="container"><div id="header"><div id="header-inner"><div id="vox-nav"><a href="https://www.vox.com/" class="vox-logo">Vox</a> <a href="https://www.vox.com/explore/">Explore Vox</a> | <a href="https://www.vox.com/signin">Sign in</a> | <a href="https://www.vox.com/join">Join Vox</a></div><h1 id="site-name"><a href="http://{who}.vox.com/">{esc(pick(c, f"{who}’s blog", "Small Hours", "Notes from the Couch", "the daily whatever"))}</a></h1></div></div>'
        f'<div id="content"><div id="main"><div id="asset-{hexid(c, 32)}" class="asset asset-post"><div class="asset-header"><h2 class="asset-name">{esc(c.body.title)}</h2><div class="asset-meta">Posted by <a href="http://{who}.vox.com/profile/">{who}</a> on {_MONTHS[m - 1][:3]} {d}, {y} at {c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d} {pick(c, "AM", "PM")}</div></div>'
        f'<div class="asset-content"><div class="asset-body">{"".join(parts)}</div></div>'
        f'<div class="asset-footer"><div class="asset-tags">Tags: {tags}</div><div class="asset-privacy">Viewable by: {pick(c, "Everyone", "Everyone", "Neighborhood")}</div><ul class="asset-actions"><li class="favorite"><a href="#">Favorite</a> ({c.rng.randint(0, 12)})</li><li><a href="#comments">{n} Comments</a></li><li><a href="#">Share This</a></li></ul></div></div>'
        f'<div id="comments" class="comments"><h3>Comments</h3>{"".join(_vox_comment(c) for _ in range(n))}<form class="comment-form"><h4>Leave a Comment</h4><p>You need to be a member of Vox to leave a comment. <a href="https://www.vox.com/signin">Sign in</a> or <a href="https://www.vox.com/join">Join Vox</a>.</p></form></div></div>'
        f'<div id="sidebar"><div class="module about-me"><h3>About Me</h3><img src="https://a{c.rng.randint(1, 9)}.vox.com/{hexid(c, 16)}-75si" alt=""><p>{esc(pick(c, "Reader, listener, occasional cook.", "I live in Portland and I like records.", "Grad student. Too many cats."))}</p></div><div class="module neighborhood"><h3>Neighborhood</h3><ul class="user-icons">{hood}</ul><a href="/neighborhood/">See all</a></div>'
        f'<div class="module recent-posts"><h3>Recent Posts</h3><ul>{recent}</ul></div></div></div>'
        f'<div id="footer"><p>Vox is a <a href="http://www.sixapart.com/">Six Apart</a> service. © {y} Six Apart Ltd. <a href="https://www.vox.com/terms">Terms of Service</a> | <a href="https://www.vox.com/privacy">Privacy</a></p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. A Japanese FC2 blog entry (続きを読む, ranking banners, comments, trackbacks)


def _fc2_rank(c: Ctx) -> str:
    c.used.append("fc2-ranking-banner")
    if c.rng.random() < 0.5:
        genre = pick(c, "sports", "baseball", "soccer", "diary", "tv")
        return f'<p><a href="http://{genre}.blogmura.com/ranking.html" target="_blank"><img src="http://{genre}.blogmura.com/img/{genre}88_31.gif" width="88" height="31" border="0" alt="にほんブログ村 {genre}ブログへ"></a><br><a href="http://{genre}.blogmura.com/ranking.html" target="_blank">にほんブログ村</a></p>'
    return f'<p><a href="http://blog.with2.net/link.php?{c.rng.randint(10**5, 10**6)}" target="_blank"><img src="http://image.with2.net/img/banner/c/banner_1/br_c_{c.rng.randint(1000, 9999)}_1.gif" border="0" alt=""><br>人気ブログランキングへ</a></p>'


def _fc2_comment(c: Ctx, n: int) -> str:
    c.used.append("fc2-comment")
    y, m, d, t = stamp(c, 2007, 2013)
    return f'<dl class="comment" id="comment{c.rng.randint(100, 9999)}"><dt class="comment_title">{esc(pick(c, "No title", "こんばんは", "お疲れ様です", "Re:", "はじめまして"))}</dt><dd class="comment_body">{sentence(c, c.rng.randint(1, 2))}</dd><dd class="sub_footer">{y}/{m:02d}/{d:02d}({_WEEK_JA[(d + n) % 7]}) {t} | <a href="http://{user(c)}.blog{c.rng.randint(1, 130)}.fc2.com/">URL</a> | {esc(user(c))} <a href="#">#-</a>[ <a href="#">編集</a> ]</dd></dl>'


def fam_fc2(c: Ctx) -> FamilyOut:
    """An FC2 entry: スポンサーサイト notice, entry_body + entry_more, ranking banners, plugins."""
    blocks = as_list(c, headed(c, c.body.blocks, 0.3), "ul", 0.2)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    cut = c.rng.randint(1, max(1, len(parts) - 1)) if c.rng.random() < 0.6 else len(parts)
    body, more = "".join(parts[:cut]), "".join(parts[cut:])
    body += _fc2_rank(c) if c.rng.random() < 0.7 else ""
    who = user(c).replace("_", "")
    srv = c.rng.randint(1, 130)
    home = f"http://{who}.blog{srv}.fc2.com"
    y, m, d, t = stamp(c, 2007, 2013)
    eid = c.rng.randint(50, 1500)
    n = c.rng.randint(0, 5)
    cat = pick(c, "野球", "サッカー", "日記", "観戦記", "未分類")
    theme = pick(c, "プロ野球", "サッカー日本代表", "スポーツ", "日記")
    sponsor = ""
    if c.rng.random() < 0.4:
        c.used.append("fc2-sponsor-site")
        sponsor = f'<div class="entry"><h2 class="entry_header">スポンサーサイト</h2><div class="entry_body">上記の広告は1ヶ月以上更新のないブログに表示されています。<br>新しい記事を書く事で広告が消せます。</div><div class="entry_footer"><ul class="entry_state"><li>--/--/--(--) --:--:--</li><li>| <a href="{home}/blog-category-0.html">スポンサー広告</a> |</li></ul></div></div>'
    more_div = ""
    if more:
        c.used.append("fc2-entry-more")
        more_div = f'<div class="entry_more" id="more">{more}</div>'
    recent = "".join(
        f'<li><a href="{home}/blog-entry-{eid - k}.html">{esc(h)} ({m:02d}/{max(1, d - k):02d})</a></li>'
        for k, h in enumerate(headlines(c, 5), 1)
    )
    rcom = "".join(
        f'<li>{esc(user(c))}:<a href="{home}/blog-entry-{eid - c.rng.randint(0, 9)}.html#comment">{esc(h[:24])}</a> ({m:02d}/{c.rng.randint(1, 28):02d})</li>'
        for h in headlines(c, 3)
    )
    arch = "".join(
        f'<li><a href="{home}/blog-date-{x}.html">{x[:4]}/{x[4:]} ({c.rng.randint(2, 30)})</a></li>'
        for x in months(c, c.rng.randint(4, 10), y, y, "{y}{n:02d}")
    )
    cats = "".join(
        f'<li><a href="{home}/blog-category-{k}.html">{x} ({c.rng.randint(1, 90)})</a></li>'
        for k, x in enumerate(["未分類", "野球", "サッカー", "日記", "観戦記"])
    )
    links = "".join(
        f'<li><a href="http://{user(c)}.blog{c.rng.randint(1, 130)}.fc2.com/">{x}</a></li>'
        for x in c.rng.sample(
            ["虎党日記", "サッカー観戦ノート", "今日も球場へ", "ぼちぼち日記", "管理画面"], 3
        )
    )
    c.used += "fc2-header fc2-entry-title fc2-theme fc2-clap fc2-entry-footer fc2-comment-form fc2-trackback fc2-profile fc2-recent fc2-recent-comments fc2-archives fc2-categories fc2-search fc2-rss fc2-links fc2-friends fc2-qr fc2-footer".split()
    html = (
        f'<body><a name="top"></a><div id="container"><div id="header"><h1><a href="{home}/" accesskey="0" title="{esc(who)}">{pick(c, "今日もスタジアム日和", "ゆるスポーツ日記", "ベンチから一言", "観戦記録帳")}</a></h1><div class="introduction">{pick(c, "ゆるく観戦した試合の感想を書いています。", "スポーツ観戦と日常のこと。", "毎週末更新を目指しています。")}</div></div>'
        f'<div id="main"><div class="content">{sponsor}<div class="entry" id="e{eid}"><h2 class="entry_header"><a href="{home}/blog-entry-{eid}.html">{esc(c.body.title)}</a></h2>'
        f'<div class="entry_body">{body}</div>{more_div}'
        f'<ul class="entry_state"><li>テーマ：<a href="http://blog.fc2.com/tag/{theme}" class="tagword">{theme}</a> - ジャンル：<a href="http://blog.fc2.com/genre/{c.rng.randint(1, 30)}/">{pick(c, "スポーツ", "日記", "ニュース")}</a></li></ul>'
        f'<div class="fc2_footer" style="text-align:left;vertical-align:middle;height:auto;"><div class="fc2button-clap" data-clap-url="//blogvote.fc2.com/pickup/{who}/{eid}/clap" id="fc2button-clap-{eid}" style="vertical-align:top;border:none;display:inline;margin-right:2px;"><script type="text/javascript">(function(d){{var img=new Image();d.getElementById("fc2button-clap-{eid}").appendChild(img);img.src="//static.fc2.com/image/clap/number/white/0.gif";}})(document);</script></div><div class="fc2button-twitter" style="vertical-align:top;border:none;margin-right:2px;display:inline-block;*display:inline;"><a href="https://twitter.com/share" class="twitter-share-button" data-url="{home}/blog-entry-{eid}.html" data-text="{esc(c.body.title)}" data-lang="ja">ツイート</a></div></div>'
        f'<div class="entry_footer"><ul class="entry_state"><li><a href="{home}/blog-category-1.html" title="このカテゴリ一覧を見る">カテゴリ：{cat}</a></li><li><a href="{home}/blog-entry-{eid}.html#comment" title="コメントの投稿">コメント：{n}</a></li><li><a href="{home}/blog-entry-{eid}.html#trackback" title="トラックバック">トラックバック：0</a></li><li>{y}/{m:02d}/{d:02d}({_WEEK_JA[d % 7]}) {t}</li></ul></div></div>'
        f'<div class="page_navi"><a href="{home}/blog-entry-{eid + 1}.html" title="{esc(headlines(c, 1)[0])}">« 次の記事</a> | <a href="{home}/">ホーム</a> | <a href="{home}/blog-entry-{eid - 1}.html">前の記事 »</a></div>'
        f'<div id="comment"><h3 class="sub_header">コメント</h3><div class="sub_body">{"".join(_fc2_comment(c, k) for k in range(n))}</div></div>'
        f'<div class="form"><h3 class="sub_header">コメントの投稿</h3><form method="post" action="{home}/blog-entry-{eid}.html" name="comment_form"><input type="hidden" name="mode" value="regist"><input type="hidden" name="comment[no]" value="{eid}"><dl><dt><label for="name">名前</label></dt><dd><input id="name" type="text" name="comment[name]" size="30"></dd><dt><label for="subject">タイトル</label></dt><dd><input id="subject" name="comment[title]" type="text" size="30" value="No title"></dd><dt><label for="mail">メールアドレス</label></dt><dd><input id="mail" type="text" name="comment[mail]" size="30"></dd><dt><label for="url">URL</label></dt><dd><input id="url" type="text" name="comment[url]" size="30"></dd><dt><label for="comment">本文</label></dt><dd><textarea id="comment" cols="50" rows="5" name="comment[body]"></textarea></dd><dt><label for="pass">パスワード</label></dt><dd><input id="pass" type="password" name="comment[pass]" size="20"></dd><dt>非公開コメント</dt><dd><input id="himitu" type="checkbox" name="comment[himitu]"><label for="himitu">管理者にだけ表示を許可する</label></dd></dl><p class="form_btn"><input type="submit" value="送信"></p></form></div>'
        f'<div id="trackback"><h3 class="sub_header">トラックバック</h3><div class="sub_body"><div class="trackback_url">トラックバックURL<br><input type="text" value="{home}/tb.php/{eid}-{hexid(c, 8)}" readonly onfocus="this.select()"></div><p>この記事にトラックバックする(FC2ブログユーザー)</p></div></div></div></div>'
        f'<div id="sidemenu"><div class="sidemenu_plugin"><h3 class="plugin_title">プロフィール</h3><div class="plugin-myimage" style="text-align:left"><img src="https://blog-imgs-{c.rng.randint(10, 160)}.fc2.com/{who[0]}/{who[:2]}/{who}/{hexid(c, 10)}.jpg" alt=""></div><p style="text-align:left">Author:{esc(who)}<br>{esc(pick(c, "阪神ファン歴20年。", "週末は球場かスタジアムにいます。", "サッカーと野球が好きな会社員です。"))}</p></div>'
        f'<div class="sidemenu_plugin"><h3 class="plugin_title">最新記事</h3><ul class="plugin_list">{recent}</ul></div><div class="sidemenu_plugin"><h3 class="plugin_title">最新コメント</h3><ul class="plugin_list">{rcom}</ul></div>'
        f'<div class="sidemenu_plugin"><h3 class="plugin_title">月別アーカイブ</h3><ul class="plugin_list">{arch}</ul></div><div class="sidemenu_plugin"><h3 class="plugin_title">カテゴリ</h3><ul class="plugin_list">{cats}</ul></div>'
        f'<div class="sidemenu_plugin"><h3 class="plugin_title">検索フォーム</h3><form action="{home}/blog-entry-{eid}.html" method="get"><p class="plugin-search"><input type="text" size="20" name="q" maxlength="200"><br><input type="submit" value=" 検索 "></p></form></div>'
        f'<div class="sidemenu_plugin"><h3 class="plugin_title">RSSリンクの表示</h3><ul><li><a href="{home}/?xml">最近記事のRSS</a></li><li><a href="{home}/?xml&amp;comment">最新コメントのRSS</a></li><li><a href="{home}/?xml&amp;trackback">最新トラックバックのRSS</a></li></ul></div>'
        f'<div class="sidemenu_plugin"><h3 class="plugin_title">リンク</h3><ul class="plugin_list">{links}<li><a href="{home}/?mode=link">このブログをリンクに追加する</a></li></ul></div>'
        f'<div class="sidemenu_plugin"><h3 class="plugin_title">ブロとも申請フォーム</h3><p class="plugin-friends"><a href="{home}/?mode=friends">この人とブロともになる</a></p></div><div class="sidemenu_plugin"><h3 class="plugin_title">QRコード</h3><div class="plugin-qrcode"><img src="https://blog-imgs-{c.rng.randint(10, 160)}.fc2.com/{who[0]}/{who[:2]}/{who}/{hexid(c, 8)}.png" alt="QR"></div></div></div>'
        f'<div id="footer"><p class="footer_text">Copyright &copy; {esc(who)} All Rights Reserved.<br>Powered by <a href="http://blog.fc2.com/" title="FC2ブログ">FC2ブログ</a>. Template by <a href="http://templates.blog.fc2.com/">FC2ブログのテンプレート</a></p><p class="page_top"><a href="#top">ページトップ</a></p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 4. An Octopress post (figure.code with a line-number gutter, Disqus, asides)


def _octo_code(c: Ctx, text: str) -> str:
    lines = text.split("\n")
    if c.rng.random() < 0.3:
        c.used.append("octo-plain-pre")
        return f"<pre><code>{esc(text)}</code></pre>"
    c.used.append("octo-figure-code")
    lang = pick(c, "ruby", "bash", "go", "python", "js", "text")
    cap = ""
    if c.rng.random() < 0.6:
        c.used.append("octo-code-caption")
        cap = f'<figcaption><span>{pick(c, "Rakefile", "config.ru", "main.go", "setup.sh", "app.js", lang)}</span><a href="https://gist.github.com/{c.rng.randint(10**6, 10**7)}">link</a></figcaption>'
    gutter = "\n".join(f"<span class='line-number'>{k}</span>" for k in range(1, len(lines) + 1))
    code = "\n".join(f"<span class='line'>{esc(x)}</span>" for x in lines)
    return f"<figure class='code'>{cap}<div class=\"highlight\"><table><tr><td class=\"gutter\"><pre class=\"line-numbers\">{gutter}</pre></td><td class='code'><pre><code class='{lang}'>{code}</code></pre></td></tr></table></div></figure>"


def fam_octopress(c: Ctx) -> FamilyOut:
    """An Octopress post: hgroup banner, entry-content with gutter code, sharing, Disqus."""
    blocks = quoted(c, as_list(c, c.body.blocks, "ul", 0.3), 0.2)
    parts, gold = body_html(
        c, blocks, lambda t: f"<h2>{esc(t)}</h2>", code=lambda t: _octo_code(c, t)
    )
    name = c.rng.choice(PEOPLE)
    handle = user(c)
    y, m, d = era_date(c, 2011, 2015)
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    when = f'<time datetime="{y}-{m:02d}-{d:02d}T{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:00-08:00" pubdate data-updated="true">{_MONTHS[m - 1][:3]} {d}<span>{suffix}</span>, {y}</time>'
    base = f"/blog/{y}/{m:02d}/{d:02d}"
    cats = "".join(
        f"<a class='category' href='/blog/categories/{t}/'>{t}</a>, "
        for t in c.rng.sample(
            ["ruby", "rails", "devops", "golang", "vim", "testing", "javascript"], 2
        )
    )[:-2]
    prev_h, next_h = headlines(c, 2)
    recent = "".join(
        f'<li class="post"><a href="/blog/{y}/{c.rng.randint(1, 12):02d}/{c.rng.randint(1, 28):02d}/{slug(h)[:40]}/">{esc(h)}</a></li>'
        for h in headlines(c, 5)
    )
    c.used += "octo-banner octo-nav octo-search octo-title octo-meta octo-byline octo-categories octo-sharing octo-prevnext octo-disqus octo-recent octo-github octo-tweets octo-footer".split()
    html = (
        f'<body><header role="banner"><hgroup><h1><a href="/">{esc(pick(c, name, handle + ".log", "Code and Coffee", "Bits &amp; Pieces"))}</a></h1><h2>{esc(pick(c, "A blogging framework for hackers.", "Notes on Ruby, Go and shipping software.", "Things I learned the hard way."))}</h2></hgroup></header>'
        f'<nav role="navigation"><ul class="subscribe" data-subscription="rss"><li><a href="/atom.xml" rel="subscribe-rss" title="subscribe via RSS">RSS</a></li></ul><form action="https://www.google.com/search" method="get"><fieldset role="search"><input type="hidden" name="q" value="site:{c.site}"><input class="search" type="text" name="q" results="0" placeholder="Search"></fieldset></form><ul class="main-navigation"><li><a href="/">Blog</a></li><li><a href="/blog/archives">Archives</a></li><li><a href="/about">About</a></li></ul></nav>'
        f'<div id="main"><div id="content"><div><article class="hentry" role="article"><header><h1 class="entry-title">{esc(c.body.title)}</h1><p class="meta">{when} | <a href="{base}/{slug(c.body.title)[:40]}/#disqus_thread">Comments</a></p></header>'
        f'<div class="entry-content">{"".join(parts)}</div>'
        f'<footer><p class="meta"><span class="byline author vcard">Posted by <span class="fn">{name}</span></span> {when} <span class="categories">{cats}</span></p>'
        f'<div class="sharing"><a href="//twitter.com/share" class="twitter-share-button" data-url="https://{c.site}{base}/" data-via="{handle}" data-counturl="https://{c.site}{base}/">Tweet</a><div class="g-plusone" data-size="medium"></div><div class="fb-like" data-send="true" data-width="450" data-show-faces="false"></div></div>'
        f'<p class="meta"><a class="basic-alignment left" href="/blog/{slug(prev_h)[:40]}/" title="Previous Post: {esc(prev_h)}">&laquo; {esc(prev_h)}</a><a class="basic-alignment right" href="/blog/{slug(next_h)[:40]}/" title="Next Post: {esc(next_h)}">{esc(next_h)} &raquo;</a></p></footer></article>'
        f'<section><h1>Comments</h1><div id="disqus_thread" aria-live="polite"><noscript>Please enable JavaScript to view the <a href="http://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript></div></section></div>'
        f'<aside class="sidebar"><section><h1>Recent Posts</h1><ul id="recent_posts">{recent}</ul></section><section><h1>GitHub Repos</h1><ul id="gh_repos"><li class="loading">Status updating...</li></ul><a href="https://github.com/{handle}">@{handle}</a> on GitHub</section>'
        f'<section><h1>Latest Tweets</h1><ul id="tweets"><li class="loading">Status updating...</li></ul><a href="https://twitter.com/{handle}" class="twitter-follow-button" data-show-count="false">Follow @{handle}</a></section></aside></div></div>'
        f'<footer role="contentinfo"><p>Copyright &copy; {y} - {name} - <span class="credit">Powered by <a href="http://octopress.org">Octopress</a></span></p></footer>'
        f"<script type=\"text/javascript\">var disqus_shortname = '{handle}'; var disqus_identifier = 'https://{c.site}{base}/';</script></body></html>"
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 5. A Japanese Ameblo entry


def _ameblo_lines(c: Ctx, texts: list[str]) -> str:
    emoji = [
        f'<img src="https://stat100.ameba.jp/blog/ucs/img/char/char{c.rng.randint(2, 4)}/{c.rng.randint(1, 400):03d}.png" alt="{pick(c, "ニコニコ", "キラキラ", "ルンルン", "ラブラブ", "汗")}" width="24" height="24" class="emoji">'
        for _ in texts
    ]
    if c.rng.random() < 0.5:
        c.used.append("ameblo-div-lines")
        return "<div><br></div>".join(
            f"<div>{esc(t)}{e if c.rng.random() < 0.4 else ''}</div>"
            for t, e in zip(texts, emoji, strict=True)
        )
    return "<p>&nbsp;</p>".join(
        f"<p>{esc(t)}{e if c.rng.random() < 0.4 else ''}</p>"
        for t, e in zip(texts, emoji, strict=True)
    )


def _ameblo_ad(c: Ctx) -> str:
    c.used.append("ameblo-pr")
    return f'<div class="_2z8h3nd6 js-adUnit" data-slot="pc_entry_{pick(c, "upper", "lower", "middle")}"><p class="skin-textQuiet _1HUJbLw2">PR</p><div id="gpt_ad_{hexid(c, 8)}" style="min-height:250px"></div></div>'


def fam_ameblo(c: Ctx) -> FamilyOut:
    """An Ameblo entry: skin-* classes, entryBody lines with emoji, いいね bar, PR units, profile."""
    gold = paras(c.body.blocks)
    texts = [str(v) for _, v in gold]
    who = user(c).replace("_", "-")
    y, m, d, t = stamp(c, 2015, 2022)
    eid = c.rng.randint(12000000000, 12800000000)
    theme = pick(c, "ブログ", "日記", "子育て", "お出かけ", "ごはん", "美容")
    tags = "".join(
        f'<li><a href="https://ameblo.jp/hashtag/{h}">#{h}</a></li>'
        for h in c.rng.sample(
            ["日常", "ひとりごと", "おうち時間", "週末", "カフェ", "読書", "ランチ"],
            c.rng.randint(1, 4),
        )
    )
    rel = "".join(
        f'<li class="skin-widgetItem"><a href="https://ameblo.jp/{who}/entry-{eid - c.rng.randint(1, 900)}.html"><img src="https://stat.ameba.jp/user_images/{y}{m:02d}{d:02d}/{c.rng.randint(10, 23)}/{who}/{hexid(c, 2)}/{hexid(c, 2)}/j/o{c.rng.randint(10**7, 10**8)}.jpg" alt="" width="80"><p>{esc(h)}</p></a></li>'
        for h in headlines(c, c.rng.randint(3, 6))
    )
    latest = "".join(
        f'<li><a href="https://ameblo.jp/{who}/entry-{eid - k}.html">{esc(h)}</a></li>'
        for k, h in enumerate(headlines(c, 5), 1)
    )
    themes = "".join(
        f'<li><a href="https://ameblo.jp/{who}/theme-{c.rng.randint(10**10, 10**11)}.html">{x}（{c.rng.randint(1, 400)}）</a></li>'
        for x in c.rng.sample(["ブログ", "日記", "子育て", "お出かけ", "ごはん", "美容", "旅行"], 4)
    )
    arch = "".join(
        f'<li><a href="https://ameblo.jp/{who}/archive{x.replace("年", "").replace("月", "")}.html">{x}（{c.rng.randint(1, 31)}）</a></li>'
        for x in months(c, 5, y, y, "{y}年{n:02d}月")
    )
    pr = _ameblo_ad(c) if c.rng.random() < 0.7 else ""
    c.used += "ameblo-header ameblo-blogtitle ameblo-entrytitle ameblo-date ameblo-theme ameblo-hashtags ameblo-iine ameblo-reader ameblo-share ameblo-pager ameblo-related ameblo-popular ameblo-profile ameblo-latest ameblo-themes ameblo-archive ameblo-ranking ameblo-footer".split()
    html = (
        f'<body><div id="app"><div class="amebaHeader" id="ambHeader"><div class="amb-header__inner"><a class="amb-header__logo" href="https://www.ameba.jp/"><span>Ameba</span></a><ul class="amb-header__nav"><li><a href="https://blog.ameba.jp/ucs/entry/srventryinsertinput.do">ブログを書く</a></li><li><a href="https://dauth.user.ameba.jp/login/ameba">ログイン</a></li><li><a href="https://auth.user.ameba.jp/signup">新規登録</a></li></ul></div></div>'
        f'<div class="skin-bgMain"><div class="skin-blogHeaderInner"><h1 class="skin-blogTitle"><a href="https://ameblo.jp/{who}/" class="skin-blogTitleLink">{pick(c, "ゆるっと日記", "まいにちのこと", "ママのひとりごと", "おうちカフェ日和", "週末おでかけ記録")}</a></h1><p class="skin-blogDescription">{pick(c, "日々のできごとをゆるく綴っています", "読者登録お気軽にどうぞ", "ごはんとお出かけの記録")}</p></div>'
        f'<div class="skin-blogMain"><main class="skin-blogBody"><article class="js-entryWrapper skin-entry" data-unique-entry-id="{eid}" data-unique-ameba-id="{who}"><div class="skin-entryHead"><h1 class="skin-entryTitle"><a class="skinArticleTitle" href="https://ameblo.jp/{who}/entry-{eid}.html" rel="bookmark">{esc(c.body.title)}</a></h1>'
        f'<div class="skin-entryHead2"><p class="skin-textQuiet"><time datetime="{y}-{m:02d}-{d:02d}" class="skin-textQuiet">{y}-{m:02d}-{d:02d} {t}</time></p><dl class="_1ORxc7sk skin-entryThemes"><dt class="skin-textQuiet">テーマ：</dt><dd><a href="https://ameblo.jp/{who}/theme-{c.rng.randint(10**10, 10**11)}.html" rel="tag">{theme}</a></dd></dl></div></div>'
        f'<div class="skin-entryInner"><div class="skin-entryBody _2p8RYbbW" id="entryBody">{_ameblo_lines(c, texts)}</div>'
        f'<div class="skin-entryHashtags"><ul class="_1pH4T5oh">{tags}</ul></div></div>{pr}'
        f'<div class="js-entryFooter skin-entryFooter"><ul class="_3Hmvyq4t skin-entryActions"><li><button class="js-iineButton skin-iineButton" type="button"><span class="skin-iineIcon"></span>いいね！</button><span class="skin-iineCount">{c.rng.randint(3, 400)}</span></li><li><a href="https://ameblo.jp/{who}/entry-{eid}.html#cbox">コメント（{c.rng.randint(0, 30)}）</a></li><li><a href="https://blog.ameba.jp/reblog/{eid}">リブログ（{c.rng.randint(0, 5)}）</a></li></ul>'
        f'<div class="skin-readerBox"><p>{pick(c, "このブログの読者になる", "読者になる")}</p><a class="skin-readerButton" href="https://blog.ameba.jp/reader.do?bnm={who}">読者になる</a></div><div class="skin-shareButtons"><a href="https://twitter.com/intent/tweet">ツイート</a><a href="https://social-plugins.line.me/lineit/share">LINEで送る</a><a href="https://www.facebook.com/sharer/sharer.php">シェア</a></div></div></article>'
        f'<div class="skin-entryPaging"><a href="https://ameblo.jp/{who}/entry-{eid - 1}.html" class="skin-pagingPrev">前の記事</a><a href="https://ameblo.jp/{who}/entrylist.html">記事一覧</a><a href="https://ameblo.jp/{who}/entry-{eid + 1}.html" class="skin-pagingNext">次の記事</a></div>'
        f'<div class="skin-widget skin-relatedEntries"><h2 class="skin-widgetTitle">関連記事</h2><ul>{rel}</ul></div><div class="skin-widget skin-popularEntries"><h2 class="skin-widgetTitle">人気記事</h2><ol>{latest}</ol></div></main>'
        f'<aside class="skin-blogSubA"><div class="skin-widget skin-profile"><h3 class="skin-widgetTitle">プロフィール</h3><img src="https://stat.profile.ameba.jp/profile_images/{y}{m:02d}/{hexid(c, 10)}.jpg" alt="" width="96"><p class="skin-profileName">{esc(who)}</p><p>{pick(c, "二児の母です。", "アラフォー会社員。", "カフェ巡りが趣味です。")}</p><a class="skin-followButton" href="#">フォロー</a></div>'
        f'<div class="skin-widget"><h3 class="skin-widgetTitle">最新の記事</h3><ul>{latest}</ul></div><div class="skin-widget"><h3 class="skin-widgetTitle">テーマ</h3><ul>{themes}</ul></div><div class="skin-widget"><h3 class="skin-widgetTitle">アーカイブ</h3><ul>{arch}</ul></div>'
        f'<div class="skin-widget skin-ranking"><h3 class="skin-widgetTitle">ランキング</h3><p>ジャンル：{pick(c, "主婦", "日記", "グルメ")} {c.rng.randint(1, 9000)}位</p></div></aside></div></div>'
        f'<footer class="amebaFooter"><ul><li><a href="https://helps.ameba.jp/">ヘルプ</a></li><li><a href="https://helps.ameba.jp/rules/">利用規約</a></li><li><a href="https://www.cyberagent.co.jp/">運営会社</a></li></ul><p>CyberAgent, Inc. All Rights Reserved.</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 6. A Korean Tistory post (data-ke markup, AdFit, 공감, 다른 글)


def _ti_ad(c: Ctx) -> str:
    c.used.append("tistory-ad")
    if c.rng.random() < 0.5:
        return f'<div class="revenue_unit_wrap"><div class="revenue_unit_item adfit"><div class="revenue_unit_info">반응형</div><ins class="kakao_ad_area" style="display:none;" data-ad-unit="DAN-{hexid(c, 16)}" data-ad-width="728" data-ad-height="90"></ins></div></div>'
    return f'<div class="revenue_unit_wrap"><div class="revenue_unit_item adsense responsive"><div class="revenue_unit_info">반응형</div><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-{c.rng.randint(10**15, 10**16)}" data-ad-slot="{c.rng.randint(10**9, 10**10)}" data-ad-format="auto"></ins></div></div>'


def _ti_image(c: Ctx) -> str:
    c.used.append("tistory-image")
    cap = f"<figcaption>{sentence(c)}</figcaption>" if c.rng.random() < 0.5 else ""
    return f'<figure class="imageblock alignCenter" data-ke-mobileStyle="widthOrigin" data-filename="{hexid(c, 10)}.png"><span data-url="https://blog.kakaocdn.net/dn/{hexid(c, 6)}/{hexid(c, 11)}/img.png" data-lightbox="lightbox"><img src="https://blog.kakaocdn.net/dn/{hexid(c, 6)}/{hexid(c, 11)}/img.png" srcset="https://img1.daumcdn.net/thumb/R1280x0/?scode=mtistory2&amp;fname={hexid(c, 20)}" onerror="this.onerror=null; this.src=\'//t1.daumcdn.net/tistory_admin/static/images/no-image-v1.png\';" data-origin-width="1200" data-origin-height="800"></span>{cap}</figure>'


def fam_tistory(c: Ctx) -> FamilyOut:
    """A Tistory post: data-ke paragraphs and headings, blank &nbsp; lines, AdFit, 다른 글."""

    def head(t: str) -> str:
        lvl, size = (2, 26) if c.rng.random() < 0.5 else (3, 23)
        return f'<h{lvl} data-ke-size="size{size}">{esc(t)}</h{lvl}>'

    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.6), pick(c, "ul", "ol"), 0.4), 0.3)
    parts: list[str] = []
    gold: list[Block] = []
    for block in blocks:
        if block[0] == "quote":
            parts.append(
                f'<blockquote data-ke-style="style{c.rng.randint(1, 3)}">{esc(str(block[1]))}</blockquote>'
            )
            gold.append(block)
            continue
        h, g = body_html(c, [block], head, '<p data-ke-size="size16">')
        h = [
            x.replace(
                "<ul>", '<ul style="list-style-type: disc;" data-ke-list-type="disc">'
            ).replace("<ol>", '<ol style="list-style-type: decimal;" data-ke-list-type="decimal">')
            for x in h
        ]
        parts += h
        gold += g
        if c.rng.random() < 0.3:
            c.used.append("tistory-blank-p")
            parts.append('<p data-ke-size="size16">&nbsp;</p>')
    parts = weave(c, parts, c.rng.randint(1, 3), lambda: _ti_image(c))
    parts = weave(c, parts, c.rng.randint(0, 1), lambda: _ti_ad(c))
    who = user(c).replace("_", "")
    y, m, d, t = stamp(c, 2018, 2024)
    pid = c.rng.randint(20, 900)
    cat = pick(c, "IT/리뷰", "개발/공부", "일상", "IT 소식", "정보")
    others = "".join(
        f'<tr><th><a href="/{pid - k}">{esc(h)}</a>&nbsp;&nbsp;<span>({c.rng.randint(3, 60)})</span></th><td>{y}.{c.rng.randint(1, 12):02d}.{c.rng.randint(1, 28):02d}</td></tr>'
        for k, h in enumerate(headlines(c, 5), 1)
    )
    tags = ", ".join(
        f'<a href="/tag/{x}" rel="tag">{x}</a>'
        for x in c.rng.sample(["아이폰", "갤럭시", "리뷰", "IT", "개발", "정보", "뉴스", "AI"], 3)
    )
    comments = "".join(
        f'<li class="rp_general" id="comment{c.rng.randint(10**7, 10**8)}"><span class="author-meta"><span class="nickname">{esc(user(c))}</span><span class="date">{y}.{m:02d}.{d:02d} {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}</span></span><p>{sentence(c)}</p><div class="control"><a href="#">수정/삭제</a><a href="#">댓글쓰기</a></div></li>'
        for _ in range(c.rng.randint(0, 4))
    )
    recent = "".join(
        f'<li><a href="/{pid - k}"><span class="title">{esc(h)}</span></a></li>'
        for k, h in enumerate(headlines(c, 5), 1)
    )
    c.used += "tistory-header tistory-menu tistory-title tistory-meta tistory-postbtn tistory-another-category tistory-tags tistory-comments tistory-sidebar tistory-counter tistory-footer".split()
    html = (
        f'<body id="tt-body-page" class="layout-aside-right paging-number"><div id="wrap" class="wrap-right"><div id="container"><header id="header"><div class="inner"><h1><a href="https://{who}.tistory.com/">{esc(pick(c, "개발자의 기록", "IT 리뷰 노트", "소소한 일상", "정보 창고", who + "의 블로그"))}</a></h1><button type="button" class="mobile-menu"><span>메뉴</span></button><div class="menu"><nav id="gnb"><ul class="tt_category"><li><a href="/category" class="link_tit">분류 전체보기</a></li><li><a href="/category/{slug(cat) or "it"}">{cat}</a></li></ul></nav></div><div class="search"><input type="text" name="search" value="" placeholder="검색내용을 입력하세요."></div></div></header>'
        f'<section class="container"><article id="content"><div class="inner"><div class="hgroup"><div class="category">{cat}</div><h1>{esc(c.body.title)}</h1><div class="post-meta"><span class="author">{esc(who)}</span><span class="date">{y}. {m}. {d}. {t[:5]}</span></div></div>'
        f'<div class="entry-content"><div class="contents_style"><div class="tt_article_useless_p_margin contents_style">{"".join(parts)}</div></div>'
        f'{_ti_ad(c) if c.rng.random() < 0.7 else ""}<div class="container_postbtn #post_button_group"><div class="postbtn_like"><div class="wrap_btn" id="reaction-{pid}"><button class="btn_post uoc-icon"><div class="uoc-icon"><span class="ico_postbtn ico_like">좋아요</span><span class="txt_like uoc-count">{c.rng.randint(0, 40)}</span></div></button><span class="txt_tooltip">공감</span></div><div class="wrap_btn wrap_btn_share"><button type="button" class="btn_post sns_btn btn_share"><span class="ico_postbtn ico_share">공유하기</span></button></div><div class="wrap_btn wrap_btn_etc"><button type="button" class="btn_post btn_etc1"><span class="ico_postbtn ico_etc">게시글 관리</span></button></div></div><div data-tistory-react-app="SupportButton"></div><div class="subscribe"><button type="button" class="btn_subscription"><span class="txt_state">구독하기</span></button></div></div>'
        f'<div class="another_category another_category_color_gray"><h4>\'<a href="/category/{slug(cat) or "it"}">{cat}</a>\' 카테고리의 다른 글</h4><table>{others}</table></div></div>'
        f'<div class="tags"><h2>태그</h2><div class="items">{tags}</div></div><div class="comments" id="comments"><h2>댓글<span class="count">{comments.count("rp_general")}</span></h2><ul class="tt-list-reply">{comments}</ul><form class="tt-box-write" method="post"><div class="tt-area-write"><textarea name="comment" placeholder="여러분의 소중한 댓글을 입력해주세요"></textarea></div><button type="submit" class="tt-btn_register">등록</button><label><input type="checkbox" name="secret"> 비밀글</label></form></div></div></article>'
        f'<aside id="aside" class="sidebar"><div class="sidebar-1"><div class="box_tag"><h2>공지사항</h2><ul><li><a href="/notice/{c.rng.randint(1, 99)}">{esc(pick(c, "블로그 이용 안내", "댓글 정책", "이전 블로그 안내"))}</a></li></ul></div><div class="post-list tab-ui"><div id="recent" class="tab-list"><h2>최근글</h2><ul>{recent}</ul></div><div id="popular" class="tab-list"><h2>인기글</h2><ul>{recent}</ul></div></div>'
        f'<div class="count"><h2>Total</h2><p class="total">{c.rng.randint(10**4, 10**7):,}</p><ul><li><strong>Today</strong>{c.rng.randint(10, 9000)}</li><li><strong>Yesterday</strong>{c.rng.randint(10, 9000)}</li></ul></div></div></aside></section></div>'
        f'<footer id="footer"><div class="inner"><p class="copyright">DESIGN BY <a href="https://www.tistory.com">TISTORY</a> <a href="https://{who}.tistory.com/manage" class="admin">관리자</a></p></div></footer></div></body></html>'
    )
    return html, gold

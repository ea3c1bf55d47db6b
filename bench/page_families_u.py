"""Set U of the constructed pages: 12 families of blog and newsletter page structures in
English and East-Asian languages, and `build_pages`.

Six families are in page_templates_u.py (a Xanga-era weblog entry, a Vox entry, a Japanese FC2
blog entry, an Octopress post, a Japanese Ameblo entry, a Korean Tistory post); here a Zhihu
column article (Chinese), a Qiita article with code (Japanese), a write.as / WriteFreely post,
a Buttondown newsletter's web archive page, a Quarto blog post and a Pelican post in the
notmyidea theme. Written blind to digest's extraction rules and frozen before anyone ran digest
on it; its builder never ran digest, trafilatura, readability or bench_pages on it (session 14,
helper h-setu). The gold convention is in page_templates_u.py's docstring; the decisions for
this module's families, written down before they were coded:
- a Zhihu column article (zhuanlan, about 2019-2024): the paragraphs (`p[data-pid]`), `<h2>`
  subheadings, lists, tables and blockquotes of `div.RichText.ztext.Post-RichText` are
  article; the column header ("首发于" the column, 写文章, 登录/注册), the title image, the
  title, the author card (name, badge line, 关注), "N 人赞同了该文章", the figures and their
  captions, the link cards the author pasted into the body (`a.LinkCard`: another article's
  title and its site, furniture), "编辑于 / 发布于 date・IP 属地 X", the topic tags, the
  action bar (赞同, N 条评论, 分享, 喜欢, 收藏, 申请转载), "文章被以下专栏收录", the comments
  (`CommentContent`), "推荐阅读" and the login prompt are not;
- a Qiita article (about 2020-2025, Japanese tech): the paragraphs, subheadings (not their
  `fa-link` anchors), lists, tables, quotes, the text of the `:::note` boxes (`div.note`, the
  author's callouts) and the code blocks (`div.code-frame`, not the file-name label above the
  code) of `div.it-MdContent` are article; the Qiita header, the "この記事は最終更新日から1年以上
  が経過しています" warning, the author line, the dates (投稿日 / 更新日), the tags, the LGTM
  and stock counts and buttons, the table of contents ("目次", repeating the subheadings), the
  author card (フォロー), "コメント" with its login prompt, "関連記事", "この記事にいいねした
  ユーザー", the Advent-Calendar / event banners and the footer are not;
- a write.as / WriteFreely post (about 2018-2025): the paragraphs, subheadings, lists and
  quotes of `article#post-body div.e-content` are article, but not the trailing line of
  hashtag links (`a.hashtag`, tags as in set S's Bear-Blog family); the blog title and pinned
  page links, the date, the title, the "Discuss..." (Remark.as) link, the email subscription
  box ("Subscribe to X by email") and the "published with write.as" footer are not;
- a Buttondown newsletter's web archive page (about 2021-2026): the issue's text in the
  email body (paragraphs, subheadings, lists, quotes) is article; the header (the
  newsletter's name, its avatar and description, "Subscribe"), the subject line (the
  headline), the date, the "Forwarded this email? Subscribe here" line and the sponsor box
  ("This issue is brought to you by ...", an ad) inside the email body, the "Don't miss
  what's next. Subscribe to X" form, the share links, the archive navigation (previous /
  next issue) and "Powered by Buttondown" are not;
- a Quarto blog post (about 2022-2026, a data-science blog, code folded away): the
  paragraphs, subheadings (in `section.level2`), lists, tables and quotes of
  `main#quarto-document-content`, the text of the callouts (not their "Note" / "Tip" title
  bar) and the text of the footnotes (not the "↩︎" back-links, nor the section's "Footnotes"
  heading) are article; the navbar, the title block (title, categories, Author, Published,
  the description), the "On this page" table of contents, the figures with "Figure N:"
  captions, the appendix (Reuse, Citation with its BibTeX), the giscus comments and the
  footer are not;
- a Pelican post in the notmyidea theme (about 2011-2018): the paragraphs, subheadings (in
  reStructuredText `div.section`s or plain), lists, tables and quotes of
  `div.entry-content` are article, but not the `footer.post-info` the theme puts at the top
  of that same div ("Published: date", "By X", "In category", "tags"); the banner and menu,
  the title, the "Comments !" section with Disqus, the extras (blogroll "links", "social")
  and the contentinfo footer ("Proudly powered by Pelican ...") are not.

    .venv/bin/python bench/page_families_u.py PAGE_ID 2001
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
from page_templates_l import render
from page_templates_p import as_list, headed
from page_templates_q import pick, user
from page_templates_s import _MONTHS, blogroll, body_html, era_date, quoted, raw
from page_templates_u import (
    fam_ameblo,
    fam_fc2,
    fam_octopress,
    fam_tistory,
    fam_vox,
    fam_xanga,
    stamp,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]

_DAYS_SHORT = "Mon Tue Wed Thu Fri Sat Sun".split()


# ---------------------------------------------------------------------------------------------
# 7. A Zhihu column article (zhuanlan)


def _zh_figure(c: Ctx) -> str:
    c.used.append("zhihu-figure")
    cap = f"<figcaption>{sentence(c)}</figcaption>" if c.rng.random() < 0.6 else ""
    src = f"https://pic{c.rng.randint(1, 4)}.zhimg.com/v2-{hexid(c, 32)}_b.jpg"
    return f'<figure data-size="normal"><noscript><img src="{src}" data-rawwidth="1080" data-rawheight="720" class="origin_image zh-lightbox-thumb" width="1080"></noscript><img src="data:image/svg+xml;utf8,&lt;svg xmlns=\'http://www.w3.org/2000/svg\' width=\'1080\' height=\'720\'&gt;&lt;/svg&gt;" data-size="normal" class="origin_image zh-lightbox-thumb lazy" width="1080" data-actualsrc="{src}">{cap}</figure>'


def _zh_card(c: Ctx) -> str:
    c.used.append("zhihu-linkcard")
    h = headlines(c, 1)[0]
    return f'<a target="_blank" href="https://zhuanlan.zhihu.com/p/{c.rng.randint(10**8, 10**9)}" data-draft-node="block" data-draft-type="link-card" class="LinkCard new"><span class="LinkCard-contents"><span class="LinkCard-title two-line">{esc(h)}</span><span class="LinkCard-desc"><span style="display:inline-flex;align-items:center">​<svg width="14" height="14"></svg></span>zhuanlan.zhihu.com/p/{c.rng.randint(10**8, 10**9)}</span></span><span class="LinkCard-image LinkCard-image--horizontal"><img src="https://pic{c.rng.randint(1, 4)}.zhimg.com/v2-{hexid(c, 32)}_180x120.jpg" alt=""></span></a>'


def fam_zhihu(c: Ctx) -> FamilyOut:
    """A Zhihu column: RichText ztext with p[data-pid], figures, LinkCards, ContentItem-actions."""
    blocks = quoted(
        c,
        as_list(c, headed(c, c.body.blocks, 0.5), pick(c, "ul", "ol", "table"), 0.4, ("#", "要点")),
        0.3,
    )
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    parts = [
        p.replace("<p>", f'<p data-pid="{hexid(c, 8)}">', 1) if p.startswith("<p>") else p
        for p in parts
    ]
    parts = weave(c, parts, c.rng.randint(1, 3), lambda: _zh_figure(c))
    if c.rng.random() < 0.5:
        parts = weave(c, parts, 1, lambda: _zh_card(c))
    name = pick(c, "林深时见鹿", "数据漫谈", "老王说财经", "一只程序猿", "Kevin Zhang", "半岛观察")
    column = pick(c, "财经观察", "商业评论", "投资笔记", "职场与思考", "宏观经济漫谈")
    y, m, d, t = stamp(c, 2019, 2024)
    likes = c.rng.randint(3, 9000)
    n = c.rng.randint(0, 5)
    topics = "".join(
        f'<div class="Tag Topic css-1s3a4zw"><span class="Tag-content"><a class="TopicLink" href="https://www.zhihu.com/topic/{c.rng.randint(10**7, 10**8)}" target="_blank"><div class="css-1gomreu">{x}</div></a></span></div>'
        for x in c.rng.sample(["经济", "金融", "投资", "商业", "创业", "互联网", "宏观经济"], 3)
    )
    comments = "".join(
        f'<div class="CommentItemV2"><div class="CommentItemV2-meta"><span class="UserLink"><a class="UserLink-link" href="https://www.zhihu.com/people/{user(c)}">{esc(user(c))}</a></span><span class="CommentItemV2-time">{y}-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}</span></div><div class="CommentItemV2-metaSibling"><div class="CommentContent css-1ygdre8">{sentence(c)}</div><div class="CommentItemV2-footer"><button class="Button CommentItemV2-likeBtn Button--plain">赞 {c.rng.randint(0, 200)}</button><button class="Button Button--plain">回复</button></div></div></div>'
        for _ in range(n)
    )
    recs = "".join(
        f'<div class="PostItem"><a href="https://zhuanlan.zhihu.com/p/{c.rng.randint(10**8, 10**9)}"><h3 class="PostItem-title">{esc(h)}</h3></a><div class="PostItem-summary">{sentence(c)}</div><div class="PostItem-footer">{c.rng.randint(1, 999)} 赞同 · {c.rng.randint(0, 99)} 评论</div></div>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    c.used += "zhihu-column-header zhihu-title-image zhihu-title zhihu-author zhihu-voters zhihu-time zhihu-topics zhihu-actions zhihu-column-box zhihu-comments zhihu-recommend zhihu-login".split()
    html = (
        f'<body><div id="root"><div class="App"><main role="main" class="App-main"><div class="Post-content" data-zop-usertoken="{{}}"><div class="ColumnPageHeader-Wrapper"><div class="Sticky"><div class="ColumnPageHeader"><div class="ColumnPageHeader-content"><a href="//www.zhihu.com" aria-label="知乎"><svg viewBox="0 0 64 30" fill="#1772F6" width="64" height="30"></svg></a><i class="ColumnPageHeader-Line"></i><div class="ColumnPageHeader-Title"><div class="ColumnPageHeader-TitleName"><span class="ColumnPageHeader-TitleMeta">首发于</span><a class="ColumnLink ColumnPageHeader-TitleColumn" href="https://www.zhihu.com/column/c_{c.rng.randint(10**17, 10**18)}">{column}</a></div></div><div class="ColumnPageHeader-Button"><button type="button" class="Button ColumnPageHeader-WriteButton Button--blue">写文章</button><button type="button" class="Button Button--primary Button--blue">登录/注册</button></div></div></div></div></div>'
        f'<div><img class="TitleImage" src="https://pic{c.rng.randint(1, 4)}.zhimg.com/v2-{hexid(c, 32)}_720w.jpg" alt="{esc(c.body.title)}"></div>'
        f'<article class="Post-Main Post-NormalMain" tabindex="-1"><header class="Post-Header"><h1 class="Post-Title">{esc(c.body.title)}</h1><div class="Post-Author"><div class="AuthorInfo" itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="{name}"><span class="UserLink AuthorInfo-avatarWrapper"><img class="Avatar Avatar--round AuthorInfo-avatar" width="38" height="38" src="https://picx.zhimg.com/v2-{hexid(c, 32)}_l.jpg" alt="{name}"></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="//www.zhihu.com/people/{user(c)}">{name}</a></span></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">{pick(c, "金融从业者", "经济学硕士", "互联网产品经理", "专注宏观研究")}</div></div></div></div><button type="button" class="Button FollowButton Button--primary Button--blue">关注</button></div></div>'
        f'<div class="LabelContainer-wrapper"></div><div><span class="Voters"><button type="button" class="Button Button--plain">{likes} 人赞同了该文章</button></span></div></header>'
        f'<div class="Post-RichTextContainer"><div class="css-376mun"><div class="RichText ztext Post-RichText css-1yl6ec1" options="[object Object]">{"".join(parts)}</div></div></div>'
        f'<div class="ContentItem-time">{pick(c, "编辑于", "发布于")} {y}-{m:02d}-{d:02d} {t[:5]}・IP 属地{pick(c, "北京", "上海", "广东", "浙江", "四川")}</div>'
        f'<div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics">{topics}</div></div>'
        f'<div class="RichContent-actions"><div class="ContentItem-actions"><span><button aria-label="赞同 {likes}" type="button" class="Button VoteButton VoteButton--up">赞同 {likes}</button><button aria-label="反对" type="button" class="Button VoteButton VoteButton--down"></button></span><button type="button" class="Button BottomActions-CommentBtn Button--plain">{n} 条评论</button><div class="Popover ShareMenu"><button type="button" class="Button Button--plain">分享</button></div><button type="button" class="Button ContentItem-action Button--plain">喜欢</button><button type="button" class="Button ContentItem-action Button--plain">收藏</button><button type="button" class="Button ContentItem-action Button--plain">申请转载</button></div></div></article>'
        f'<div class="Post-Sub Post-NormalSub"><div class="PostIndex-Contributions"><h3 class="BlockTitle">文章被以下专栏收录</h3><ul><div class="ContentItem Column-ColumnItem"><div class="ContentItem-main"><div class="ContentItem-head"><h2 class="ContentItem-title"><a href="https://www.zhihu.com/column/c_{c.rng.randint(10**17, 10**18)}">{column}</a></h2><div class="ContentItem-meta">{pick(c, "聊聊经济与生活", "每周一篇深度分析", "记录与思考")}</div></div></div></div></ul></div>'
        f'<div class="Comments-container"><div class="CommentsV2 CommentsV2--withEditor"><div class="Topbar CommentTopbar"><div class="Topbar-title"><h2 class="CommentTopbar-title">{n} 条评论</h2></div><div class="Topbar-options"><button class="Button Button--plain">默认</button><button class="Button Button--plain">最新</button></div></div><div class="CommentListV2">{comments or "<div class=EmptyState>还没有评论，发表第一个评论吧</div>"}</div></div></div>'
        f'<div class="Recommendations-Main"><h3 class="BlockTitle Recommendations-BlockTitle">推荐阅读</h3><div class="Recommendations-List">{recs}</div></div></div></div></main>'
        f'<div class="Modal-wrapper signFlowModal"><div class="Modal-inner"><div class="signQr-title">打开知乎App</div><div class="signQr-leftContainer">在「我的页」右上角打开扫一扫</div><div class="SignContainer-tip">登录即可查看 超5亿 专业优质内容</div></div></div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Qiita article (Japanese tech, code frames, note boxes)


def _qiita_code(c: Ctx, text: str) -> str:
    c.used.append("qiita-code-frame")
    lang = pick(c, "python", "go", "bash", "javascript", "shell", "text")
    label = ""
    if c.rng.random() < 0.5:
        c.used.append("qiita-code-label")
        label = f'<div class="code-lang"><span class="bold">{pick(c, "main.py", "main.go", "terminal", "index.js", "config.yml", lang)}</span></div>'
    return f'<div class="code-frame" data-lang="{lang}" data-sourcepos="{c.rng.randint(1, 200)}:1-{c.rng.randint(201, 400)}:3">{label}<div class="highlight"><pre><code>{esc(text)}</code></pre></div></div>'


def fam_qiita(c: Ctx) -> FamilyOut:
    """A Qiita item: it-MdContent with fragment anchors, code-frames, note boxes, 目次, LGTM."""
    ids: list[tuple[str, str]] = []

    def head(t: str) -> str:
        a = slug(t)[:40] or f"s{len(ids)}"
        ids.append((a, t))
        return f'<h2 data-sourcepos="{c.rng.randint(1, 300)}:1-{c.rng.randint(1, 300)}:{len(t) + 3}"><span id="{a}" class="fragment"></span><a href="#{a}"><i class="fa fa-link"></i></a>{esc(t)}</h2>'

    blocks = as_list(c, headed(c, c.body.blocks, 0.7), pick(c, "ul", "ol"), 0.3)
    parts: list[str] = []
    gold: list[Block] = []
    noted = False
    for i, block in enumerate(blocks):
        h, g = body_html(c, [block], head, code=lambda t: _qiita_code(c, t))
        if block[0] == "p" and i > 0 and not noted and c.rng.random() < 0.2:
            noted = True
            c.used.append("qiita-note")
            kind = pick(c, "info", "warn", "alert")
            icon = {
                "info": "fa-check-circle",
                "warn": "fa-exclamation-circle",
                "alert": "fa-times-circle",
            }[kind]
            h = [
                f'<div class="note {kind}"><span class="fa fa-fw {icon}"></span><div>{h[0]}</div></div>'
            ]
        parts += h
        gold += g
    who = user(c).replace("_", "")
    y, m, d = era_date(c, 2019, 2025)
    old = c.rng.random() < 0.5
    tags = "".join(
        f'<a href="/tags/{t.lower()}" class="style-1ynb3p8"><span>{t}</span></a>'
        for t in c.rng.sample(
            ["Python", "Go", "Docker", "AWS", "初心者", "Linux", "JavaScript", "Git", "TypeScript"],
            c.rng.randint(2, 5),
        )
    )
    lgtm = c.rng.randint(0, 900)
    toc = "".join(f'<li><a href="#{a}">{esc(t)}</a></li>' for a, t in ids)
    related = "".join(
        f'<li><a href="https://qiita.com/{user(c)}/items/{hexid(c, 20)}">{esc(h)}</a></li>'
        for h in headlines(c, 4)
    )
    likers = "".join(
        f'<a href="/{user(c)}"><img src="https://qiita-user-profile-images.imgix.net/{hexid(c, 12)}.png" alt="" width="24"></a>'
        for _ in range(min(lgtm, c.rng.randint(0, 8)))
    )
    advent = ""
    if c.rng.random() < 0.3:
        c.used.append("qiita-advent-banner")
        advent = f'<div class="style-advent-banner"><a href="https://qiita.com/advent-calendar/{y}/{pick(c, "python", "go", "aws", "docker")}">この記事は {pick(c, "Python", "Go", "AWS", "Docker")} Advent Calendar {y} の {c.rng.randint(1, 25)} 日目の記事です。</a></div>'
    c.used += "qiita-header qiita-author qiita-dates qiita-tags qiita-lgtm qiita-stock qiita-toc qiita-author-card qiita-comments qiita-related qiita-likers qiita-footer".split()
    if old:
        c.used.append("qiita-old-warning")
    html = (
        f'<body><div id="main"><div class="style-a7g8oy"><header class="st-Header"><div class="st-Header_start"><a href="/" class="st-Header_logo" aria-label="Qiita"><svg viewBox="0 0 426.57 130.18"></svg></a><div class="st-Header_community"><a href="/trend">トレンド</a><a href="/question-feed">質問</a><a href="/official-events">公式イベント</a><a href="/official-campaigns">公式コラボ</a><a href="/release-notes">記事投稿キャンペーン</a></div></div><div class="st-Header_end"><form action="/search"><input type="search" name="q" placeholder="キーワードを入力"></form><a href="/login">ログイン</a><a href="/signup" class="st-Header_signupButton">新規登録</a></div></header>'
        f'<div class="p-items_wrapper"><div class="p-items_container"><div class="p-items_main"><article class="style-itc7cl"><div class="style-1ec4l3u"><a href="/{who}" class="style-1nmmnz7"><img src="https://qiita-user-profile-images.imgix.net/{hexid(c, 12)}.png" alt="" width="24">@{esc(who)}</a>{"<span class=style-org>in <a href=/organizations/" + hexid(c, 6) + ">" + esc(pick(c, "株式会社サンプル", "Example Inc.", "テック合同会社")) + "</a></span>" if c.rng.random() < 0.3 else ""}</div>'
        f'<div class="style-pvl4wm"><time datetime="{y}-{m:02d}-{d:02d}">投稿日 {y}年{m:02d}月{d:02d}日</time>{f"<span>更新日 {y + 1}年{c.rng.randint(1, 12):02d}月{c.rng.randint(1, 28):02d}日</span>" if c.rng.random() < 0.5 else ""}</div><h1 class="style-wo2a1i">{esc(c.body.title)}</h1><div class="style-1ej6qy0">{tags}</div>'
        f"{'<div class=style-w6vsje><p>この記事は最終更新日から1年以上が経過しています。</p></div>' if old else ''}{advent}"
        f'<div class="style-1s5xyiu"><button class="style-lgtm" aria-label="LGTM"><span>{lgtm}</span></button><button class="style-stock" aria-label="ストック">ストック</button></div>'
        f'<section class="it-MdContent"><div id="personal-public-article-body"><div class="mdContent-inner">{"".join(parts)}</div></div></section>'
        f'<div class="style-lf8sqp"><button class="style-lgtm-bottom">LGTM <span>{lgtm}</span></button><button class="style-stock-bottom">ストック</button><a class="style-x-share" href="https://twitter.com/intent/tweet?url=https://qiita.com/{who}/items/{hexid(c, 20)}">ポスト</a><a class="style-hatebu" href="https://b.hatena.ne.jp/entry/">はてブ</a></div></article>'
        f'<section class="style-author-card"><a href="/{who}"><img src="https://qiita-user-profile-images.imgix.net/{hexid(c, 12)}.png" alt="" width="48"></a><div><a href="/{who}">@{esc(who)}</a><p>{pick(c, "Webエンジニアです。", "バックエンドとインフラをやっています。", "機械学習勉強中。", "SIer勤務。")}</p><button class="style-follow">フォロー</button></div></section>'
        f'<section class="style-comments" id="comments"><h2>コメント</h2><p>ログインするとコメントできます。</p><a href="/login?redirect_to=%2F{who}">ログイン</a> <a href="/signup">新規登録</a></section>'
        f'<section class="style-related"><h2>関連記事 Recommended by <a href="https://logly.co.jp/">Logly</a></h2><ul>{related}</ul></section><section class="style-likers"><h2>この記事にいいねしたユーザー</h2><div>{likers}</div></section></div>'
        f'<aside class="p-items_toc"><div class="style-toc"><div class="style-toc-title">目次</div><ul>{toc}</ul></div></aside></div></div>'
        f'<footer class="st-Footer"><div class="st-Footer_start"><a href="/about">About</a><a href="/terms">利用規約</a><a href="/privacy">プライバシーポリシー</a><a href="https://help.qiita.com/ja/articles/qiita-community-guideline">ガイドライン</a><a href="https://increments.co.jp/">運営会社</a></div><p class="st-Footer_copyright">© {c.rng.randint(2021, 2026)} Qiita Inc.</p><p>How developers code is here.</p></footer></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A write.as / WriteFreely post


def fam_writeas(c: Ctx) -> FamilyOut:
    """A WriteFreely post: article#post-body h-entry, trailing hashtags, email sub, "published with"."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.3), "ul", 0.3), 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    alias = user(c).replace("_", "")
    hosted = c.rng.random() < 0.6
    tags = list(
        c.rng.sample(
            [
                "writing",
                "life",
                "thoughts",
                "journal",
                "books",
                "work",
                "100DaysToOffload",
                "politics",
            ],
            c.rng.randint(0, 3),
        )
    )
    if tags:
        c.used.append("writeas-hashtags")
        parts.append(
            "<p>"
            + " ".join(
                f'<a href="/tag:{t}" class="hashtag"><span>#</span><span class="p-category">{t}</span></a>'
                for t in tags
            )
            + "</p>"
        )
    y, m, d = era_date(c, 2018, 2025)
    blog = esc(pick(c, alias, "Field Notes", "Small Notebook", "Marginalia", "Thinking Out Loud"))
    pinned = "".join(
        f'<a class="pinned" href="/{x.lower()}">{x}</a>'
        for x in c.rng.sample(["About", "Now", "Contact", "Archive"], c.rng.randint(0, 3))
    )
    extra = ""
    if c.rng.random() < 0.5:
        c.used.append("writeas-remark")
        extra += f'<p class="remark"><a href="https://remark.as/p/{alias}/{slug(c.body.title)[:40]}">Discuss...</a></p>'
    if c.rng.random() < 0.6:
        c.used.append("writeas-emailsub")
        extra += f'<div id="emailsub"><form method="post" action="/api/collections/{alias}/email/subscribe"><input type="hidden" name="slug" value="{slug(c.body.title)[:40]}"><input type="hidden" name="web" value="1"><p>Subscribe to {blog} by email</p><input type="email" name="email" placeholder="me@example.com"><input type="submit" id="subscribe-btn" value="Subscribe"></form></div>'
    footer = (
        'published with <a class="home pubd" href="https://write.as/">write.as</a>'
        if hosted
        else 'powered by <a class="home pubd" href="https://writefreely.org">writefreely</a>'
    )
    c.used += "writeas-header writeas-pinned writeas-date writeas-title writeas-footer".split()
    html = (
        f'<body id="post"><div id="overlay"></div><header><h1 dir="auto" id="blog-title"><a rel="author" href="/{"" if hosted else alias + "/"}" class="h-card p-author">{blog}</a></h1><nav>{pinned}</nav></header>'
        f'<article id="post-body" class="norm h-entry " itemscope itemtype="http://schema.org/BlogPosting"><time class="dt-published" datetime="{y}-{m:02d}-{d:02d}T{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:00Z" pubdate itemprop="datePublished" content="{y}-{m:02d}-{d:02d}">{_MONTHS[m - 1][:3]} {d}, {y}</time><h2 id="title" class="p-name">{esc(c.body.title)}</h2>'
        f'<div class="e-content">{"".join(parts)}</div></article>{extra}'
        f'<footer dir="ltr"><hr><nav><p style="font-size: 0.9em">{footer}</p></nav></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Buttondown newsletter's web archive page


def fam_buttondown(c: Ctx) -> FamilyOut:
    """A Buttondown archive page: subscribe header, email body with a forward line and a sponsor
    box, "Don't miss what's next", "Powered by Buttondown"."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.4), "ul", 0.4), 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    name = pick(
        c,
        "The Weekly Dispatch",
        "Capitol Notes",
        "Ballot Box",
        "The Policy Letter",
        "Around the Statehouse",
        "Public Square",
    )
    handle = slug(name).replace("-", "")
    if c.rng.random() < 0.5:
        c.used.append("bd-forwarded")
        parts.insert(
            0,
            f'<p><em>Forwarded this email? <a href="https://buttondown.com/{handle}">Subscribe here</a> for more.</em></p>',
        )
    if c.rng.random() < 0.5:
        c.used.append("bd-sponsor")
        sponsor = f'<div class="sponsor" style="border:1px solid #ddd;padding:12px"><p><strong>This issue is brought to you by {esc(pick(c, "Ground News", "Brilliant", "Notion", "the Civic Data Project"))}.</strong> {sentence(c)} <a href="https://example.org/?ref={handle}">Try it free</a>.</p></div>'
        parts.insert(c.rng.randint(1, len(parts)), sponsor)
    y, m, d = era_date(c, 2021, 2026)
    num = c.rng.randint(3, 400)
    sub = f'<form action="https://buttondown.com/api/emails/embed-subscribe/{handle}" method="post" class="embeddable-buttondown-form"><label for="bd-email">Enter your email</label><input type="email" name="email" id="bd-email" placeholder="you@example.com"><input type="submit" value="Subscribe"></form>'
    prev_h, next_h = headlines(c, 2)
    c.used += "bd-header bd-description bd-subject bd-date bd-subscribe-bottom bd-share bd-archive-nav bd-powered".split()
    html = (
        f'<body class="archive email-detail"><div class="container"><header class="newsletter-header"><a href="https://buttondown.com/{handle}" class="newsletter-avatar"><img src="https://assets.buttondown.email/icons/{hexid(c, 8)}-{hexid(c, 4)}.png" alt="" width="48"></a><div><a href="https://buttondown.com/{handle}" class="newsletter-name">{esc(name)}</a><p class="newsletter-description">{esc(pick(c, "A weekly look at the politics behind the headlines.", "State politics, explained every Friday.", "What happened in Congress this week, and why it matters."))}</p></div><a class="subscribe-button" href="https://buttondown.com/{handle}#subscribe-form">Subscribe</a></header>'
        f'<main><div class="email-detail__header"><a href="https://buttondown.com/{handle}/archive/" class="archive-link">← Archives</a><h1 class="subject">{esc(c.body.title)}</h1><div class="email-detail__metadata"><time datetime="{y}-{m:02d}-{d:02d}">{_MONTHS[m - 1]} {d}, {y}</time>{f" · Issue #{num}" if c.rng.random() < 0.5 else ""}</div></div>'
        f'<div class="email-body-content">{"".join(parts)}</div>'
        f'<div class="email-detail__subscribe" id="subscribe-form"><h3>Don\'t miss what\'s next. Subscribe to {esc(name)}:</h3>{sub}</div>'
        f'<div class="email-detail__share"><span>Share this email:</span><a href="mailto:?subject={slug(c.body.title)[:30]}">Share via email</a><a href="https://twitter.com/intent/tweet">Share on X</a><a href="https://bsky.app/intent/compose">Share on Bluesky</a><a href="https://www.linkedin.com/sharing/share-offsite/">Share on LinkedIn</a></div>'
        f'<nav class="email-detail__nav"><a href="https://buttondown.com/{handle}/archive/{slug(prev_h)[:40]}/">← {esc(prev_h)}</a><a href="https://buttondown.com/{handle}/archive/{slug(next_h)[:40]}/">{esc(next_h)} →</a></nav></main>'
        f'<footer class="powered-by"><a href="https://buttondown.com/refer/{handle}">Powered by Buttondown, the easiest way to start and grow your newsletter.</a></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Quarto blog post (sections, callouts, footnotes, appendix)


def fam_quarto(c: Ctx) -> FamilyOut:
    """A Quarto post: title block, section.level2, callouts, figures, footnotes, appendix, giscus."""
    blocks = quoted(
        c,
        as_list(
            c, headed(c, c.body.blocks, 0.7), pick(c, "table", "ul", "ol"), 0.5, ("#", "Finding")
        ),
        0.2,
    )
    parts: list[str] = []
    gold: list[Block] = []
    toc: list[tuple[str, str]] = []
    notes: list[str] = []
    open_section = False
    callout = False
    nfig = [0]
    for i, block in enumerate(blocks):
        if block[0] == "h":
            a = slug(str(block[1]))[:40] or f"sec{i}"
            toc.append((a, str(block[1])))
            parts.append(
                ("</section>" if open_section else "")
                + f'<section id="{a}" class="level2"><h2 class="anchored" data-anchor-id="{a}">{esc(str(block[1]))}</h2>'
            )
            open_section = True
            gold.append(block)
            continue
        h, g = render(c, [block], lambda t: f"<h2>{esc(t)}</h2>")
        html = h[0]
        if block[0] == "p" and i > 0 and not callout and c.rng.random() < 0.15:
            callout = True
            kind = pick(c, "note", "tip", "important", "warning")
            c.used.append("quarto-callout")
            html = f'<div class="callout callout-style-default callout-{kind} callout-titled"><div class="callout-header d-flex align-content-center"><div class="callout-icon-container"><i class="callout-icon"></i></div><div class="callout-title-container flex-fill">{kind.title()}</div></div><div class="callout-body-container callout-body">{html}</div></div>'
        elif block[0] == "p" and c.rng.random() < 0.2 and len(notes) < 3:
            notes.append(raw(c))
            k = len(notes)
            html = (
                html[: -len("</p>")]
                + f'<a href="#fn{k}" class="footnote-ref" id="fnref{k}" role="doc-noteref"><sup>{k}</sup></a></p>'
            )
        parts.append(html)
        gold += g
        if block[0] == "p" and c.rng.random() < 0.12:
            nfig[0] += 1
            c.used.append("quarto-figure")
            parts.append(
                f'<div class="cell"><div class="cell-output-display"><div id="fig-{nfig[0]}" class="quarto-float quarto-figure quarto-figure-center anchored"><figure class="quarto-float quarto-float-fig figure"><div aria-describedby="fig-{nfig[0]}-caption-{hexid(c, 8)}"><img src="index_files/figure-html/fig-{nfig[0]}-1.png" class="img-fluid figure-img" width="672"></div><figcaption class="quarto-float-caption-bottom quarto-float-caption quarto-float-fig" id="fig-{nfig[0]}-caption-{hexid(c, 8)}">Figure&nbsp;{nfig[0]}: {sentence(c)}</figcaption></figure></div></div></div>'
            )
    if open_section:
        parts.append("</section>")
    foot = ""
    if notes:
        c.used.append("quarto-footnotes")
        foot = (
            '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><h2 class="anchored quarto-appendix-heading">Footnotes</h2><ol>'
            + "".join(
                f'<li id="fn{k}"><p>{esc(t)}<a href="#fnref{k}" class="footnote-back" role="doc-backlink">↩︎</a></p></li>'
                for k, t in enumerate(notes, 1)
            )
            + "</ol></section>"
        )
        gold += [("p", t) for t in notes]
    author = c.rng.choice(PEOPLE)
    y, m, d = era_date(c, 2022, 2026)
    cats = "".join(
        f'<div class="quarto-category">{t}</div>'
        for t in c.rng.sample(
            [
                "R",
                "python",
                "statistics",
                "tidyverse",
                "visualization",
                "machine learning",
                "open data",
            ],
            c.rng.randint(1, 3),
        )
    )
    desc = f'<div class="description"><p>{sentence(c)}</p></div>' if c.rng.random() < 0.6 else ""
    toc_html = "".join(
        f'<li><a href="#{a}" id="toc-{a}" class="nav-link" data-scroll-target="#{a}">{esc(t)}</a></li>'
        for a, t in toc
    )
    bib = esc(
        f"@online{{{author.split()[-1].lower()}{y},\n  author = {{{author}}},\n  title = {{{c.body.title}}},\n  date = {{{y}-{m:02d}-{d:02d}}},\n  url = {{https://{c.site}/posts/{slug(c.body.title)[:40]}/}},\n  langid = {{en}}\n}}"
    )
    c.used += "quarto-navbar quarto-title quarto-categories quarto-meta quarto-toc quarto-appendix quarto-reuse quarto-citation quarto-giscus quarto-footer".split()
    html = (
        f'<body class="nav-fixed fullcontent"><div id="quarto-search-results"></div><header id="quarto-header" class="headroom fixed-top"><nav class="navbar navbar-expand-lg " data-bs-theme="dark"><div class="navbar-container container-fluid"><div class="navbar-brand-container mx-auto"><a class="navbar-brand" href="../../index.html"><span class="navbar-title">{esc(author)}</span></a></div><div id="quarto-search" title="Search"></div><div class="collapse navbar-collapse" id="navbarCollapse"><ul class="navbar-nav navbar-nav-scroll ms-auto"><li class="nav-item"><a class="nav-link" href="../../about.html"><span class="menu-text">About</span></a></li><li class="nav-item"><a class="nav-link" href="../../index.html"><span class="menu-text">Blog</span></a></li><li class="nav-item compact"><a class="nav-link" href="https://github.com/{user(c)}"><i class="bi bi-github" role="img"></i></a></li><li class="nav-item compact"><a class="nav-link" href="../../index.xml"><i class="bi bi-rss" role="img"></i></a></li></ul></div></div></nav></header>'
        f'<header id="title-block-header" class="quarto-title-block default page-columns page-full"><div class="quarto-title-banner page-columns page-full"><div class="quarto-title column-body"><h1 class="title">{esc(c.body.title)}</h1><div class="quarto-categories">{cats}</div></div></div>{desc}<div class="quarto-title-meta"><div><div class="quarto-title-meta-heading">Author</div><div class="quarto-title-meta-contents"><p>{esc(author)}</p></div></div><div><div class="quarto-title-meta-heading">Published</div><div class="quarto-title-meta-contents"><p class="date">{_MONTHS[m - 1]} {d}, {y}</p></div></div></div></header>'
        f'<div id="quarto-content" class="quarto-container page-columns page-rows-contents page-layout-article page-navbar"><div id="quarto-margin-sidebar" class="sidebar margin-sidebar">{f"<nav id=TOC role=doc-toc class=toc-active><h2 id=toc-title>On this page</h2><ul>{toc_html}</ul></nav>" if toc else ""}</div>'
        f'<main class="content quarto-banner-title-block" id="quarto-document-content">{"".join(parts)}{foot}'
        f'<div id="quarto-appendix" class="default"><section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2><div class="quarto-appendix-contents"><div><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div></div></section><section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div><div class="quarto-appendix-secondary-label">BibTeX citation:</div><pre class="sourceCode code-with-copy quarto-appendix-bibtex"><code class="sourceCode bibtex">{bib}</code></pre><div class="quarto-appendix-secondary-label">For attribution, please cite this work as:</div><div id="ref-{slug(author)}{y}" class="csl-entry quarto-appendix-citeas" role="listitem">{esc(author.split()[-1])}, {esc(author.split()[0][0])}. {y}. <span>“{esc(c.body.title)}.”</span> {_MONTHS[m - 1]} {d}, {y}.</div></div></section></div>'
        f'<div class="giscus"><script src="https://giscus.app/client.js" data-repo="{user(c)}/blog" data-mapping="title" data-reactions-enabled="1" data-theme="light" crossorigin="anonymous" async></script></div></main></div>'
        f'<footer class="footer"><div class="nav-footer"><div class="nav-footer-left">© {y} {esc(author)} · <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div><div class="nav-footer-right">Made with <a href="https://quarto.org/">Quarto</a></div></div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Pelican post in the notmyidea theme (post-info inside entry-content)


def fam_pelican(c: Ctx) -> FamilyOut:
    """A Pelican notmyidea post: footer.post-info first in div.entry-content, rst sections."""
    blocks = quoted(
        c,
        as_list(c, headed(c, c.body.blocks, 0.5), pick(c, "ul", "ol", "table"), 0.3, ("#", "Item")),
        0.3,
    )
    rst = c.rng.random() < 0.5
    parts: list[str] = []
    gold: list[Block] = []
    open_section = False
    for block in blocks:
        if block[0] == "h" and rst:
            c.used.append("pelican-rst-section")
            a = slug(str(block[1]))[:40] or "section"
            parts.append(
                ("</div>" if open_section else "")
                + f'<div class="section" id="{a}"><h2>{esc(str(block[1]))}</h2>'
            )
            open_section = True
            gold.append(block)
            continue
        h, g = body_html(c, [block], lambda t: f"<h2>{esc(t)}</h2>")
        parts += h
        gold += g
    if open_section:
        parts.append("</div>")
    who = c.rng.choice(PEOPLE)
    y, m, d = era_date(c, 2011, 2018)
    cat = pick(c, "misc", "python", "notes", "travel", "economics", "linux")
    tags = "".join(
        f'<a href="/tag/{t}.html">{t}</a> '
        for t in c.rng.sample(
            ["pelican", "python", "life", "news", "europe", "policy", "reading"],
            c.rng.randint(1, 3),
        )
    )
    menu = "".join(
        f'<li{" class=active" if x == cat else ""}><a href="/category/{x}.html">{x}</a></li>'
        for x in ["misc", "python", "notes", "economics"]
    )
    wd = _DAYS_SHORT[(d + m) % 7]
    published = f'<abbr class="published" title="{y}-{m:02d}-{d:02d}T{c.rng.randint(0, 23):02d}:00:00+01:00">Published: {wd} {d:02d} {_MONTHS[m - 1]} {y}</abbr>'
    disqus = c.rng.random() < 0.6
    c.used += "pelican-banner pelican-menu pelican-title pelican-post-info pelican-blogroll pelican-social pelican-contentinfo".split()
    if disqus:
        c.used.append("pelican-comments")
    html = (
        f'<body id="index" class="home"><header id="banner" class="body"><h1><a href="/">{esc(pick(c, who, "Notes", "A Pelican Blog", "Random Walks"))} <strong>{esc(pick(c, "", "thoughts and notes", "a weblog"))}</strong></a></h1><nav><ul>{menu}</ul></nav></header>'
        f'<section id="content" class="body"><article><header><h1 class="entry-title"><a href="/{slug(c.body.title)[:50]}.html" rel="bookmark" title="Permalink to {esc(c.body.title)}">{esc(c.body.title)}</a></h1></header>'
        f'<div class="entry-content"><footer class="post-info">{published}<br><address class="vcard author">By <a class="url fn" href="/author/{slug(who)}.html">{who}</a></address><p>In <a href="/category/{cat}.html">{cat}</a>.</p><p>tags: {tags}</p></footer><!-- /.post-info -->{"".join(parts)}</div><!-- /.entry-content -->'
        + (
            f'<div class="comments"><h2>Comments !</h2><div id="disqus_thread"></div><script type="text/javascript">var disqus_shortname = \'{user(c)}\'; var disqus_identifier = \'{slug(c.body.title)[:50]}.html\';</script><noscript>Please enable JavaScript to view the comments.</noscript></div>'
            if disqus
            else ""
        )
        + f'</article></section><section id="extras" class="body"><div class="blogroll"><h2>links</h2><ul><li><a href="https://getpelican.com/">Pelican</a></li><li><a href="https://www.python.org/">Python.org</a></li><li><a href="https://palletsprojects.com/p/jinja/">Jinja2</a></li>{blogroll(c, 2)}</ul></div>'
        f'<div class="social"><h2>social</h2><ul><li><a href="/feeds/all.atom.xml" type="application/atom+xml" rel="alternate">atom feed</a></li><li><a href="https://github.com/{user(c)}">github</a></li><li><a href="https://twitter.com/{user(c)}">twitter</a></li></ul></div></section>'
        f'<footer id="contentinfo" class="body"><address id="about" class="vcard body">Proudly powered by <a href="https://getpelican.com/">Pelican</a>, which takes great advantage of <a href="https://www.python.org/">Python</a>.</address><p>The theme is by <a href="https://www.smashingmagazine.com/2009/08/designing-a-html-5-layout-from-scratch/">Smashing Magazine</a>, thanks!</p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "xanga-weblog": (fam_xanga, "blog"),
    "vox-entry": (fam_vox, "entertainment"),
    "fc2-blog": (fam_fc2, "sport"),
    "octopress-post": (fam_octopress, "code"),
    "ameblo-entry": (fam_ameblo, "blog"),
    "tistory-post": (fam_tistory, "tech"),
    "zhihu-column": (fam_zhihu, "business"),
    "qiita-item": (fam_qiita, "code"),
    "writeas-post": (fam_writeas, "blog"),
    "buttondown-archive": (fam_buttondown, "politics"),
    "quarto-blog": (fam_quarto, "tech"),
    "pelican-notmyidea": (fam_pelican, "lede"),
}

_LANG = {
    "fc2-blog": "ja",
    "ameblo-entry": "ja",
    "qiita-item": "ja",
    "tistory-post": "ko",
    "zhihu-column": "zh-CN",
}

_HEAD = {
    "xanga-weblog": '<meta name="keywords" content="xanga, weblog, blog"><link rel="alternate" type="application/rss+xml" title="RSS" href="http://www.xanga.com/rss.aspx">',
    "vox-entry": '<meta name="generator" content="http://www.vox.com/"><link rel="alternate" type="application/atom+xml" title="Atom" href="/library/posts/atom.xml">',
    "fc2-blog": '<meta http-equiv="Content-Style-Type" content="text/css"><link rel="alternate" type="application/rss+xml" title="RSS" href="/?xml">',
    "octopress-post": '<meta name="author" content=""><link href="/atom.xml" rel="alternate" title="Blog" type="application/atom+xml"><script src="/javascripts/modernizr-2.0.js"></script>',
    "ameblo-entry": '<meta property="og:site_name" content="Ameba (アメーバ)"><link rel="alternate" type="application/rss+xml" href="https://rssblog.ameba.jp/x/rss20.xml">',
    "tistory-post": '<meta property="og:site_name" content="Tistory"><link rel="alternate" type="application/rss+xml" href="/rss"><script src="//t1.daumcdn.net/tistory_admin/lib/jquery/jquery-3.5.1.min.js"></script>',
    "zhihu-column": '<meta name="renderer" content="webkit"><meta property="og:site_name" content="知乎专栏">',
    "qiita-item": '<meta property="og:site_name" content="Qiita"><link rel="alternate" type="application/atom+xml" href="/feed">',
    "writeas-post": '<meta name="generator" content="WriteFreely"><link rel="alternate" type="application/rss+xml" href="/feed/">',
    "buttondown-archive": '<link rel="alternate" type="application/rss+xml" href="/rss">',
    "quarto-blog": '<meta name="generator" content="quarto-1.4.550"><link href="../../site_libs/bootstrap/bootstrap.min.css" rel="stylesheet">',
    "pelican-notmyidea": '<meta name="generator" content="Pelican"><link href="/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="Full Atom Feed">',
}


def u_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus viewport, canonical link, the family's tags and its page language."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)
        return out.replace('<html lang="en">', f'<html lang="{lang}">', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 2001) -> list[Page]:
    """Set U: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    kinds = {**kinds, "code": unique_bodies(code_bodies())}
    return draw_set(
        "u", seed, per_family, FAMILIES, kinds, pool, "example.net", key=text_key, amend=u_head
    )


if __name__ == "__main__":  # page_families_u.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 2001)

"""Set AQ, second half: six BLOG families of kinds no earlier set has (a Chinese personal blog
on Hugo's Stack theme, an expert's / coach's blog on Kajabi, a start-up's corporate blog built
in Framer, a Russian hobby site on uCoz, an Italian food blog hosted by GialloZafferano Blog,
a multi-author blog on ForumMagnum, LessWrong-like), `FAMILIES`, the head amender and
`build_pages`. Written under the same rules as page_templates_aq.py, whose docstring holds the
set's shared gold decisions and its six news families (session 21, helper h-setaq, blind to
digest's extraction rules; never ran digest, trafilatura, readability or bench_pages on it).

Decisions for this module's families, made before they were coded:
- a Chinese personal blog on Hugo's Stack theme (2020-2026): the paragraphs, subheadings,
  lists, tables and quotes of `section.article-content` are article; the left sidebar
  (avatar, site name, "主页", "归档", "搜索", "关于", the dark-mode switch), the categories,
  the `h2.article-title` headline, the `h3.article-subtitle` (a dek), the "发表于" date and
  "阅读时长" line, the right-hand table of contents (it repeats the subheadings), the tags,
  the licence line ("Licensed under CC BY-NC-SA 4.0"), "相关文章", the comment widget and
  the footer ("使用 Hugo 构建", "主题 Stack 由 Jimmy 设计") are not;
- an expert's / coach's blog on Kajabi (2018-2026): the paragraphs, subheadings, lists and
  quotes of `div.blog-post-body` are article; the header ("Courses", "Coaching",
  "Podcast", "Login"), the headline, the date, the featured image, the share buttons, the
  in-body "Free guide" opt-in box, Kajabi's default opt-in section ("Stay connected with
  news and updates! ... We hate SPAM."), the sidebar ("Recent Posts", "Categories", the
  author card), "Don't miss a beat!" and the footer ("Powered by Kajabi") are not;
- a start-up's corporate blog built in Framer (2022-2026, hashed `framer-*` classes): the
  `framer-text` paragraphs, subheadings, lists and quotes of the rich-text container
  (`data-framer-component-type="RichTextContainer"`) are article; the navbar ("Product",
  "Pricing", "Customers", "Blog", "Book a demo"), the category pill, the headline, the
  summary under it, the author and "N min read" line, the cover image, the in-body CTA
  card, the "Ready to get started?" banner, "More articles", the footer and the "Made in
  Framer" badge are not;
- a Russian hobby site on uCoz (2008-2016, table layout, "Каталог статей" module): the
  paragraphs, subheadings, lists, tables and quotes of `div.eMessage` are article; the uCoz
  ad bar, the site header, `div.eTitle` (headline), `div.eDetails` ("Категория", "Просмотров",
  "Добавил", "Рейтинг", "Теги"), "Всего комментариев: N", the comments (`div.cBlock`),
  the registration notice, the side blocks ("Меню сайта", "Форма входа", "Поиск",
  "Календарь", "Статистика", "Друзья сайта") and the footer ("Хостинг от uCoz") are not;
- an Italian food blog hosted by GialloZafferano Blog (2013-2026): the paragraphs,
  subheadings, lists, tables and quotes of `div.entry-content` are article; the GZ network
  bar ("Ricette", "Blog", "Accedi"), the cookie banner, the blog header and menu, the
  headline, the category and date, the "Stampa" / "Salva" buttons, the "Pubblicità" slots,
  the "Ti potrebbe interessare anche" network widget, the "Seguimi su Instagram" box, the
  comments ("N commenti", "Lascia un commento") and the footer are not;
- a multi-author blog on ForumMagnum (LessWrong-like, 2018-2026, React SSR with MUI-style
  classes): the paragraphs, subheadings, lists and quotes of the post body
  (`div.ContentStyles-postBody`) are article; the header, the tags ("AI", "Rationality",
  "Frontpage"), the headline, the authors, the karma and date, "N min read", the "Curated"
  label, the crosspost note ("Crossposted from the AI Alignment Forum"), the table of
  contents, "Mentioned in", the comments ("N comments, sorted by top scoring", each with
  its karma) and the footer are not.

    .venv/bin/python bench/page_families_aq.py PAGE_ID 4201
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks
from page_templates_ah import clock
from page_templates_al import li_links
from page_templates_aq import (
    EN_MONTHS,
    fam_ars_tech,
    fam_handelsblatt,
    fam_lorient,
    fam_ole,
    fam_orf_at,
    fam_pap_wire,
    handle,
)
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]

IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()


def headings_of(blocks: list[Block]) -> list[str]:
    return [str(v) for k, v in blocks if k == "h"]


# ---------------------------------------------------------------------------------------------
# 7. A Chinese personal blog on Hugo's Stack theme


def fam_hugo_stack(c: Ctx) -> FamilyOut:
    """Stack theme post: left sidebar, subtitle, TOC widget, tags, licence, related, Waline."""
    blocks = body_blocks(c, 0.6, 0.25, 0.3, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f'<h2 id="{slug(t)[:40]}">{esc(t)}</h2>')
    y, m, d = era_date(c, 2020, 2026)
    name = pick(c, "小明的博客", "林间笔记", "阿杰的自留地", "Kevin's Notes", "半亩方塘")
    heads = headings_of(blocks)
    toc = ""
    if heads and c.rng.random() < 0.8:
        c.used.append("stack-toc")
        items = "".join(f'<li><a href="#{slug(h)[:40]}">{esc(h)}</a></li>' for h in heads)
        toc = f'<aside class="sidebar right-sidebar sticky"><section class="widget archives"><h2 class="widget-title section-title">目录</h2><div class="widget--toc"><nav id="TableOfContents"><ol>{items}</ol></nav></div></section></aside>'
    subtitle = ""
    if c.rng.random() < 0.5:
        c.used.append("stack-subtitle")
        subtitle = f'<h3 class="article-subtitle">{sentence(c)}</h3>'
    related = ""
    if c.rng.random() < 0.6:
        c.used.append("stack-related")
        cards = "".join(
            f'<article><a href="/p/{slug(h)[:30]}/"><div class="article-details"><h2 class="article-title">{esc(h)}</h2></div></a></article>'
            for h in headlines(c, 3)
        )
        related = f'<aside class="related-content--wrapper"><h2 class="section-title">相关文章</h2><div class="related-content"><div class="flex article-list--tile">{cards}</div></div></aside>'
    cat = pick(c, "技术", "生活", "读书", "随笔", "折腾")
    c.used += "stack-left-sidebar stack-category stack-title stack-time stack-tags stack-copyright stack-comments stack-footer".split()
    html = (
        f'<body class="article-page"><div class="container main-container flex on-phone--column extended">'
        f'<aside class="sidebar left-sidebar sticky"><header><figure class="site-avatar"><a href="/"><img src="/img/avatar_hu{hexid(c, 16)}.png" class="site-logo" alt="Avatar"></a><span class="emoji">🍥</span></figure><div class="site-meta"><h1 class="site-name"><a href="/">{name}</a></h1><h2 class="site-description">{pick(c, "记录生活，分享技术", "慢慢来，比较快", "Stay hungry, stay foolish")}</h2></div></header>'
        f'<ol class="menu" id="main-menu"><li><a href="/">主页</a></li><li><a href="/archives/">归档</a></li><li><a href="/search/">搜索</a></li><li><a href="/links/">友链</a></li><li><a href="/about/">关于</a></li><li id="dark-mode-toggle"><span>暗色模式</span></li></ol></aside>'
        f'<main class="main full-width"><article class="has-image main-article"><header class="article-header"><div class="article-details"><header class="article-category"><a href="/categories/{slug(cat) or "c"}/">{cat}</a></header>'
        f'<div class="article-title-wrapper"><h2 class="article-title"><a href="#">{esc(c.body.title)}</a></h2>{subtitle}</div>'
        f'<footer class="article-time"><div><time class="article-time--published">{y}-{m:02d}-{d:02d}</time></div><div><time class="article-time--reading">阅读时长: {c.rng.randint(2, 15)} 分钟</time></div></footer></div></header>'
        f'<section class="article-content">{"".join(parts)}</section>'
        f'<footer class="article-footer"><section class="article-tags"><a href="/tags/{hexid(c, 4)}/">{cat}</a><a href="/tags/hugo/">Hugo</a></section>'
        f'<section class="article-copyright"><span>Licensed under CC BY-NC-SA 4.0</span></section><section class="article-lastmod"><span>最后更新于 {y}-{m:02d}-{min(d + 2, 28):02d} {clock(c)}</span></section></footer></article>{related}'
        f'<div id="waline" class="waline-container"></div><script src="https://unpkg.com/@waline/client@v2/dist/waline.js"></script>'
        f'<footer class="site-footer"><section class="copyright">© {y - c.rng.randint(0, 3)} - {y} {name}</section><section class="powerby">使用 <a href="https://gohugo.io/">Hugo</a> 构建 <br>主题 <b><a href="https://github.com/CaiJimmy/hugo-theme-stack">Stack</a></b> 由 <a href="https://jimmycai.com">Jimmy</a> 设计</section></footer></main>{toc}</div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. An expert's / coach's blog on Kajabi


def fam_kajabi(c: Ctx) -> FamilyOut:
    """Kajabi blog post: share buttons, opt-in box, default opt-in section, sidebar, footer."""
    blocks = body_blocks(c, 0.45, 0.3, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2018, 2026)
    first, last = c.rng.choice(PEOPLE).split()[:2]
    brand = f"{first} {last} {pick(c, 'Coaching', 'Academy', 'Consulting', 'Leadership')}"
    if c.rng.random() < 0.6:
        c.used.append("kajabi-guide-optin")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="optin-box"><h3>FREE GUIDE: {pick(c, "7 Steps to a Calmer Week", "The Pricing Playbook", "Your First 90 Days")}</h3><p>Download it now and start today.</p><a class="btn btn--solid" href="/resource_redirect/landing_pages/{c.rng.randint(2000000, 2999999)}">Get the Guide</a></div>'
            ),
        )
    share = ""
    if c.rng.random() < 0.7:
        c.used.append("kajabi-share")
        share = '<div class="blog-post-share"><span>Share:</span> <a class="facebook" href="#">Facebook</a> <a class="twitter" href="#">Twitter</a> <a class="linkedin" href="#">LinkedIn</a></div>'
    img = ""
    if c.rng.random() < 0.7:
        c.used.append("kajabi-featured-image")
        img = f'<div class="blog-post-img"><img src="https://kajabi-storefronts-production.kajabi-cdn.com/kajabi-storefronts-production/file-uploads/blogs/{c.rng.randint(2140000000, 2149999999)}/images/{hexid(c, 6)}-{hexid(c, 4)}-{hexid(c, 6)}.jpg" alt=""></div>'
    recent = li_links(c, 4, "/blog/")
    c.used += "kajabi-header kajabi-title kajabi-date kajabi-default-optin kajabi-sidebar kajabi-footer".split()
    html = (
        f'<body id="{hexid(c, 8)}" class="background-light"><header class="header header--light sticky--false"><div class="container"><a class="logo" href="/">{esc(brand)}</a><nav class="header__block"><a class="link-list__link" href="/courses">Courses</a> <a class="link-list__link" href="/coaching">Coaching</a> <a class="link-list__link" href="/podcast">Podcast</a> <a class="link-list__link" href="/blog">Blog</a> <a class="link-list__link" href="/login">Login</a></nav></div></header>'
        f'<section class="section section--blog-post"><div class="container"><div class="row"><div class="col-sm-8 blog-container"><div class="blog-post-body-wrapper">'
        f'<h1 class="blog-post-title">{esc(c.body.title)}</h1><p class="blog-post-date">{EN_MONTHS[m - 1][:3]} {d:02d}, {y}</p>{img}'
        f'<div class="blog-post-body">{"".join(parts)}</div>{share}</div></div>'
        f'<div class="col-sm-4 blog-sidebar"><div class="sidebar__block"><h4>About {esc(first)}</h4><p>{sentence(c)}</p></div><div class="sidebar__block"><h4>Recent Posts</h4><ul>{recent}</ul></div><div class="sidebar__block"><h4>Categories</h4><ul><li><a href="/blog?tag=mindset">Mindset</a></li><li><a href="/blog?tag=business">Business</a></li><li><a href="/blog?tag=leadership">Leadership</a></li></ul></div></div></div></div></section>'
        f'<section class="section section--optin"><div class="container"><h2>Stay connected with news and updates!</h2><p>Join our mailing list to receive the latest news and updates from our team.<br>Don\'t worry, your information will not be shared.</p><form class="form"><input type="text" placeholder="Name"><input type="email" placeholder="Email"><button class="btn">Subscribe</button></form><p class="disclaimer-text">We hate SPAM. We will never sell your information, for any reason.</p></div></section>'
        f'<footer class="footer footer--dark"><div class="container"><p>© {y} {esc(brand)}</p><a href="/pages/terms">Terms</a> <a href="/pages/privacy-policy">Privacy</a><p class="powered-by"><a href="https://kajabi.com">Powered by Kajabi</a></p></div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A start-up's corporate blog built in Framer


def _fr(c: Ctx) -> str:
    return f"framer-{hexid(c, 5)}"


def fam_framer(c: Ctx) -> FamilyOut:
    """Framer CMS post: hashed framer classes, rich-text container, CTA card, badge."""
    blocks = body_blocks(c, 0.55, 0.3, 0.25)
    parts, gold = body_html(
        c,
        blocks,
        lambda t: (
            f'<h2 class="framer-text framer-styles-preset-{hexid(c, 6)}" data-styles-preset="{hexid(c, 9)}">{esc(t)}</h2>'
        ),
        f'<p class="framer-text framer-styles-preset-{hexid(c, 6)}" data-styles-preset="{hexid(c, 9)}">',
    )
    parts = [
        p.replace("<ul>", '<ul class="framer-text">', 1).replace("<li>", '<li class="framer-text">')
        for p in parts
    ]
    y, m, d = era_date(c, 2022, 2026)
    co = pick(c, "Loopwise", "Kitebase", "Northlane", "Quillr", "Fathomly", "Stackbird")
    if c.rng.random() < 0.5:
        c.used.append("framer-cta-card")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="{_fr(c)}" data-framer-name="CTA"><p class="framer-text">Try {co} free for 14 days</p><a class="{_fr(c)} framer-text" href="/signup">Start free trial</a></div>'
            ),
        )
    author = c.rng.choice(PEOPLE)
    cover = ""
    if c.rng.random() < 0.8:
        c.used.append("framer-cover")
        cover = f'<div class="{_fr(c)}" data-framer-name="Cover"><img src="https://framerusercontent.com/images/{hexid(c, 27)}.jpg" alt="" sizes="1000px"></div>'
    more = "".join(
        f'<a class="{_fr(c)}" href="/blog/{slug(h)[:40]}"><div class="{_fr(c)}" data-framer-name="Card"><p class="framer-text">{esc(pick(c, "Product", "Engineering", "Company", "Guides"))}</p><h3 class="framer-text">{esc(h)}</h3></div></a>'
        for h in headlines(c, 3)
    )
    cat = pick(c, "Product", "Engineering", "Company", "Guides", "Customers")
    c.used += "framer-nav framer-category framer-title framer-summary framer-author framer-banner framer-more framer-footer framer-badge".split()
    html = (
        f'<body><div id="main" data-framer-hydrate-v2="{hexid(c, 12)}"><div class="framer-{hexid(c, 5)} framer-{hexid(c, 6)}" style="min-height:100vh;width:auto">'
        f'<nav class="{_fr(c)}" data-framer-name="Navbar"><a class="{_fr(c)}" href="/">{co}</a><a href="/product">Product</a><a href="/pricing">Pricing</a><a href="/customers">Customers</a><a href="/blog">Blog</a><a class="{_fr(c)}" href="/demo">Book a demo</a></nav>'
        f'<div class="{_fr(c)}" data-framer-name="Header"><div class="{_fr(c)}" data-framer-name="Category"><p class="framer-text">{cat}</p></div><div class="{_fr(c)}" data-framer-component-type="RichTextContainer"><h1 class="framer-text">{esc(c.body.title)}</h1></div>'
        f'<div class="{_fr(c)}" data-framer-component-type="RichTextContainer"><p class="framer-text">{sentence(c)}</p></div>'
        f'<div class="{_fr(c)}" data-framer-name="Author"><p class="framer-text">{esc(author)}</p><p class="framer-text">{EN_MONTHS[m - 1][:3]} {d}, {y}</p><p class="framer-text">{c.rng.randint(3, 12)} min read</p></div></div>{cover}'
        f'<div class="{_fr(c)}" data-framer-name="Content" data-framer-component-type="RichTextContainer">{"".join(parts)}</div>'
        f'<div class="{_fr(c)}" data-framer-name="Banner"><h2 class="framer-text">Ready to get started?</h2><p class="framer-text">Join thousands of teams who ship faster with {co}.</p><a href="/signup">Get started</a></div>'
        f'<div class="{_fr(c)}" data-framer-name="More"><h2 class="framer-text">More articles</h2>{more}</div>'
        f'<footer class="{_fr(c)}" data-framer-name="Footer"><p class="framer-text">© {y} {co}, Inc.</p><a href="/privacy">Privacy</a><a href="/terms">Terms</a><a href="/careers">Careers</a></footer></div></div>'
        f'<div id="__framer-badge-container"><a href="https://www.framer.com/" class="__framer-badge">Made in Framer</a></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Russian hobby site on uCoz


def fam_ucoz(c: Ctx) -> FamilyOut:
    """uCoz "Каталог статей" entry: table layout, eTitle / eMessage / eDetails, side blocks."""
    blocks = body_blocks(c, 0.3, 0.2, 0.2, pick(c, "ul", "table"))
    parts, gold = body_html(
        c,
        blocks,
        lambda t: f"<p><b>{esc(t)}</b></p>" if c.rng.random() < 0.4 else f"<h3>{esc(t)}</h3>",
        pick(c, "<p>", '<p align="justify">'),
    )
    y, m, d = era_date(c, 2008, 2016)
    hobby = pick(
        c,
        "Стендовый моделизм",
        "Рыбалка на Волге",
        "Аквариумистика",
        "Радиолюбитель",
        "Нумизматика",
        "Садоводство",
    )
    author = pick(c, "Admin", "Serg", "Kolyan", "rybak77", "modelist", "Tanya")
    comments = ""
    n = c.rng.randint(0, 4)
    if n:
        c.used.append("ucoz-comments")
        items = "".join(
            f'<div class="cBlock{1 + k % 2}"><table border="0" width="100%"><tr><td><b>{k + 1}</b> <a class="cUser" href="/index/8-{c.rng.randint(1, 400)}">{esc(handle(c))}</a> <span class="cDate">({d:02d}.{m:02d}.{y} {clock(c)})</span><div class="cMessage">{sentence(c)}</div></td></tr></table></div>'
            for k in range(n)
        )
        comments = f'<table border="0" width="100%"><tr><td class="cAll">Всего комментариев: <b>{n}</b></td></tr></table><div id="allEntries">{items}</div>'
    c.used += "ucoz-adbar ucoz-header ucoz-title ucoz-details ucoz-reg-notice ucoz-sideblocks ucoz-footer".split()
    side = (
        '<div class="block"><div class="blocktitle">Меню сайта</div><div class="blockcontent"><ul class="uMenuRoot"><li><a href="/">Главная</a></li><li><a href="/publ/">Каталог статей</a></li><li><a href="/photo/">Фотоальбом</a></li><li><a href="/forum/">Форум</a></li><li><a href="/gb/">Гостевая книга</a></li></ul></div></div>'
        '<div class="block"><div class="blocktitle">Форма входа</div><div class="blockcontent"><form>Логин: <input type="text"> Пароль: <input type="password"> <input type="submit" value="Вход"></form><a href="/index/3">Регистрация</a> · <a href="/index/5">Забыл пароль?</a></div></div>'
        '<div class="block"><div class="blocktitle">Поиск</div><div class="blockcontent"><form><input type="text"><input type="submit" value="Найти"></form></div></div>'
        f'<div class="block"><div class="blocktitle">Статистика</div><div class="blockcontent"><div class="tOnline">Онлайн всего: <b>{c.rng.randint(1, 9)}</b></div><div class="gOnline">Гостей: {c.rng.randint(1, 8)}</div><div class="uOnline">Пользователей: 0</div></div></div>'
        '<div class="block"><div class="blocktitle">Друзья сайта</div><div class="blockcontent"><ul><li><a href="//ucoz.ru/">Создать сайт бесплатно</a></li><li><a href="//forum.ucoz.ru/">Форум поддержки</a></li></ul></div></div>'
    )
    html = (
        f'<body><div id="uzadbar" style="text-align:center"><a href="//www.ucoz.ru/">uCoz</a> <span>Реклама</span></div>'
        f'<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td class="header" colspan="2"><h1 class="sitename">{hobby}</h1><div class="slogan">Сайт для увлечённых людей</div><div class="navi"><a href="/">Главная</a> | <a href="/publ/">Статьи</a> | <a href="/forum/">Форум</a> | <a href="/index/3">Регистрация</a> | <a href="/index/1">Вход</a></div></td></tr>'
        f'<tr><td valign="top" width="200" class="sidebar">{side}</td><td valign="top" class="content"><div class="cont_top"><a href="/">Главная</a> » <a href="/publ/">Статьи</a> » <a href="/publ/{c.rng.randint(1, 20)}">{pick(c, "Советы новичкам", "Наши работы", "Снаряжение", "Разное")}</a></div>'
        f'<table border="0" width="100%" cellspacing="1" cellpadding="2" class="eBlock"><tr><td class="eTitle">{esc(c.body.title)}</td></tr>'
        f'<tr><td class="eMessage"><div id="nativeroll_video_cont" style="display:none;"></div>{"".join(parts)}</td></tr>'
        f'<tr><td class="eDetails">Категория: <a href="/publ/{c.rng.randint(1, 20)}">{pick(c, "Советы новичкам", "Наши работы", "Разное")}</a> | Добавил: <a href="/index/8-1">{author}</a> ({d:02d}.{m:02d}.{y})<br>Просмотров: {c.rng.randint(40, 9000)} | Рейтинг: {c.rng.randint(1, 5)}.{c.rng.randint(0, 9)}/{c.rng.randint(1, 30)}</td></tr></table>'
        f'{comments}<div class="commReg" align="center">Добавлять комментарии могут только зарегистрированные пользователи.<br>[ <a href="/index/3">Регистрация</a> | <a href="/index/1">Вход</a> ]</div></td></tr>'
        f'<tr><td class="footer" colspan="2">Copyright MyCorp © {y} | <a href="https://www.ucoz.ru/" title="Создать сайт бесплатно">Хостинг от uCoz</a></td></tr></table></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. An Italian food blog hosted by GialloZafferano Blog


def fam_gz_food(c: Ctx) -> FamilyOut:
    """GZ-hosted blog post: network bar, cookie banner, Pubblicità, GZ widget, Instagram box."""
    blocks = body_blocks(c, 0.4, 0.35, 0.2, pick(c, "ul", "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2013, 2026)
    blog = pick(
        c,
        "Le ricette di Nonna Pina",
        "Cucina con Marta",
        "Il Pasticcio Goloso",
        "Profumo di Basilico",
        "Fornelli in Festa",
    )
    if c.rng.random() < 0.7:
        c.used.append("gz-pubblicita")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            lambda: (
                f'<div class="gz-adv"><span class="gz-adv-label">Pubblicità</span><div id="gpt-{hexid(c, 6)}"></div></div>'
            ),
        )
    tools = ""
    if c.rng.random() < 0.6:
        c.used.append("gz-tools")
        tools = '<div class="gz-post-tools"><a class="gz-print" href="#print">Stampa</a> <a class="gz-save" href="#save">Salva</a> <a class="gz-share" href="#share">Condividi</a></div>'
    insta = ""
    if c.rng.random() < 0.5:
        c.used.append("gz-instagram")
        insta = f'<div class="follow-box"><p>Seguimi su Instagram <a href="https://instagram.com/{slug(blog)[:20]}">@{slug(blog)[:20].replace("-", "")}</a> e sulla mia pagina Facebook!</p></div>'
    n = c.rng.randint(0, 4)
    comments = "".join(
        f'<li class="comment"><div class="comment-author"><b>{esc(handle(c))}</b> <span>{d} {IT_MONTHS[m - 1]} {y} alle {clock(c)}</span></div><p>{sentence(c)}</p><a class="comment-reply-link" href="#">Rispondi</a></li>'
        for _ in range(n)
    )
    if n:
        c.used.append("gz-comments")
    c.used += "gz-network-bar gz-cookie gz-header gz-title gz-meta gz-widget gz-comment-form gz-footer".split()
    html = (
        f'<body class="single single-post gz-blog"><div id="gz-cookie-banner"><p>Questo sito utilizza cookie, anche di terze parti, per inviarti pubblicità e servizi in linea con le tue preferenze.</p><button>Accetta</button></div>'
        f'<div class="gz-topbar"><a class="gz-logo" href="https://www.giallozafferano.it/">GialloZafferano</a><a href="https://www.giallozafferano.it/ricette-cat/">Ricette</a> <a href="https://blog.giallozafferano.it/">Blog</a> <a href="https://www.giallozafferano.it/login">Accedi</a></div>'
        f'<header class="site-header"><a class="site-title" href="/">{esc(blog)}</a><nav class="main-navigation"><a href="/category/primi/">Primi</a> <a href="/category/secondi/">Secondi</a> <a href="/category/dolci/">Dolci</a> <a href="/chi-sono/">Chi sono</a></nav></header>'
        f'<main id="main"><article class="post type-post"><header class="entry-header"><span class="cat-links"><a href="/category/{pick(c, "primi", "dolci", "secondi")}/">{pick(c, "Primi piatti", "Dolci", "Secondi")}</a></span><h1 class="entry-title">{esc(c.body.title)}</h1><span class="posted-on"><time>{d} {IT_MONTHS[m - 1]} {y}</time></span></header>{tools}'
        f'<div class="entry-content">{"".join(parts)}</div>{insta}</article>'
        f'<div class="gz-widget-related"><h3>Ti potrebbe interessare anche</h3><ul>{li_links(c, 4, "https://blog.giallozafferano.it/")}</ul></div>'
        f'<div id="comments" class="comments-area"><h3 class="comments-title">{n} commenti</h3><ol class="comment-list">{comments}</ol><div id="respond"><h3>Lascia un commento</h3><form><textarea></textarea><input placeholder="Nome"><input placeholder="Email"><button>Pubblica il commento</button></form></div></div></main>'
        f'<footer class="gz-footer"><p>{esc(blog)} è un blog di <a href="https://blog.giallozafferano.it/">GialloZafferano Blog</a></p><p>© Mondadori Media S.p.A. - P.IVA 08009080964 - <a href="#">Privacy</a> - <a href="#">Cookie policy</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A multi-author blog on ForumMagnum (LessWrong-like)


def fam_forummagnum(c: Ctx) -> FamilyOut:
    """ForumMagnum post: tags, karma, curated label, crosspost note, TOC, comments with karma."""
    blocks = body_blocks(c, 0.6, 0.3, 0.35)
    parts, gold = body_html(c, blocks, lambda t: f'<h2 id="{slug(t)[:40]}">{esc(t)}</h2>')
    y, m, d = era_date(c, 2018, 2026)
    authors = [handle(c) for _ in range(c.rng.randint(1, 3))]
    heads = headings_of(blocks)
    toc = ""
    if heads:
        c.used.append("fm-toc")
        toc = (
            '<div class="TableOfContents-root"><div class="TableOfContentsRow-root TableOfContentsRow-title">'
            + esc(c.body.title)
            + "</div>"
            + "".join(
                f'<div class="TableOfContentsRow-root TableOfContentsRow-level1"><a href="#{slug(h)[:40]}">{esc(h)}</a></div>'
                for h in heads
            )
            + "</div>"
        )
    curated = ""
    if c.rng.random() < 0.3:
        c.used.append("fm-curated")
        curated = '<span class="PostsPageTitle-curated">Curated</span>'
    cross = ""
    if c.rng.random() < 0.3:
        c.used.append("fm-crosspost")
        cross = '<div class="PostsPagePostHeader-crosspost">Crossposted from the <a href="https://www.alignmentforum.org/">AI Alignment Forum</a>. May contain more technical jargon than usual.</div>'
    n = c.rng.randint(0, 4)
    comments = "".join(
        f'<div class="CommentsNode-root"><div class="CommentsItem-root"><span class="UsersName-userName">{esc(handle(c))}</span> <span class="CommentsItemKarma-karma">{c.rng.randint(-3, 60)}</span> <span class="CommentsItemDate-date">{c.rng.randint(1, 30)}d</span><div class="CommentBody-root ContentStyles-commentBody"><p>{sentence(c, c.rng.randint(1, 2))}</p></div><a class="CommentsItem-replyLink">Reply</a></div></div>'
        for _ in range(n)
    )
    if n:
        c.used.append("fm-comments")
    tags = (
        "".join(
            f'<a class="FooterTag-root" href="/tag/{slug(t)}">{t}</a>'
            for t in c.rng.sample(
                ["AI", "Rationality", "World Modeling", "Practical", "Community", "Forecasting"], 2
            )
        )
        + '<a class="FooterTag-root FooterTag-core" href="/tag/frontpage">Frontpage</a>'
    )
    mention = ""
    if c.rng.random() < 0.4:
        c.used.append("fm-mentioned-in")
        mention = f'<div class="PingbacksList-root"><h3>Mentioned in</h3><ul>{li_links(c, c.rng.randint(1, 3), "/posts/" + hexid(c, 17) + "/")}</ul></div>'
    site = pick(c, "LessWrong", "LESSWRONG")
    c.used += "fm-header fm-title fm-authors fm-karma fm-date fm-tags fm-footer".split()
    html = (
        f'<body><div class="wrapper" id="wrapper"><header class="Header-root"><a class="Header-titleLink" href="/">{site}</a><div class="SearchBar-root"><input placeholder="Search"></div><a href="/login">Login</a></header>'
        f'<div class="Layout-main"><div class="SingleColumnSection-root"><div class="ToCColumn-root"><div class="ToCColumn-toc">{toc}</div><div class="ToCColumn-content"><div class="PostsPage-root">'
        f'<div class="PostsPagePostHeader-root">{cross}<h1 class="PostsPageTitle-root">{curated}<a href="#">{esc(c.body.title)}</a></h1>'
        f'<div class="PostsPagePostHeader-authorAndSecondaryInfo"><span class="PostsAuthors-authorName">by {", ".join(esc(a) for a in authors)}</span> <span class="PostsPageDate-date">{d} {EN_MONTHS[m - 1][:3]} {y}</span> <span class="ReadTime-root">{c.rng.randint(3, 30)} min read</span> <span class="PostsVote-voteScore">{c.rng.randint(5, 400)}</span></div><div class="FooterTagList-root">{tags}</div></div>'
        f'<div class="PostsPage-postContent instapaper_body ContentStyles-base content ContentStyles-postBody"><div>{"".join(parts)}</div></div>{mention}'
        f'<div class="PostsPage-commentsSection"><div class="CommentsListSection-root"><div class="CommentsListSection-commentsHeadline">{n} comments, sorted by <span>top scoring</span></div><div class="CommentsNewForm-root"><p>Click to highlight new comments since: Today at {clock(c)}</p></div>{comments}</div></div>'
        f'</div></div></div></div></div><footer class="Footer-root"><a href="/about">About</a> <a href="/faq">FAQ</a> <a href="/library">Library</a> <a href="/allPosts">All Posts</a></footer></div></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "pl-pap-wire": (fam_pap_wire, "news"),
    "at-orf-broadcaster": (fam_orf_at, "news"),
    "lb-lorient-daily": (fam_lorient, "politics"),
    "de-handelsblatt-biz": (fam_handelsblatt, "business"),
    "ars-tech-news": (fam_ars_tech, "tech"),
    "ar-ole-sports": (fam_ole, "sport"),
    "hugo-stack-zh": (fam_hugo_stack, "blog"),
    "kajabi-expert": (fam_kajabi, "business"),
    "framer-corporate": (fam_framer, "tech"),
    "ucoz-hobby-ru": (fam_ucoz, "blog"),
    "gz-food-blog-it": (fam_gz_food, "blog"),
    "forummagnum-group": (fam_forummagnum, "blog"),
}

_LANG = {
    "pl-pap-wire": "pl",
    "at-orf-broadcaster": "de-AT",
    "lb-lorient-daily": "fr",
    "de-handelsblatt-biz": "de",
    "ars-tech-news": "en-US",
    "ar-ole-sports": "es-AR",
    "hugo-stack-zh": "zh-CN",
    "kajabi-expert": "en",
    "framer-corporate": "en",
    "ucoz-hobby-ru": "ru",
    "gz-food-blog-it": "it-IT",
    "forummagnum-group": "en-US",
}

_HEAD = {
    "pl-pap-wire": '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><meta property="og:site_name" content="PAP">',
    "at-orf-broadcaster": '<meta property="og:site_name" content="news.ORF.at"><link rel="stylesheet" href="/static/css/oon.css">',
    "lb-lorient-daily": '<meta property="og:site_name" content="L\'Orient-Le Jour"><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>',
    "de-handelsblatt-biz": '<meta property="og:site_name" content="Handelsblatt"><meta name="robots" content="max-image-preview:large">',
    "ars-tech-news": '<meta name="generator" content="WordPress"><meta property="og:site_name" content="Ars Technica">',
    "ar-ole-sports": '<meta property="og:site_name" content="Olé"><meta name="twitter:site" content="@diarioole">',
    "hugo-stack-zh": '<meta name="generator" content="Hugo 0.121.1"><link rel="stylesheet" href="/scss/style.min.css">',
    "kajabi-expert": '<meta name="kajabi-site-id" content="2147'
    + "5" * 6
    + '"><link rel="stylesheet" href="https://kajabi-app-assets.kajabi-cdn.com/assets/core.css">',
    "framer-corporate": '<meta name="generator" content="Framer 6a1b2c3"><meta name="framer-search-index" content="https://framerusercontent.com/sites/x/searchIndex.json">',
    "ucoz-hobby-ru": '<meta http-equiv="content-type" content="text/html; charset=UTF-8"><script src="/.s/src/jquery-1.12.4.min.js"></script><link type="text/css" rel="StyleSheet" href="/.s/src/css/1234.css">',
    "gz-food-blog-it": '<meta name="generator" content="WordPress 6.3"><link rel="stylesheet" href="https://blog.giallozafferano.it/wp-content/themes/gz-blog/style.css">',
    "forummagnum-group": '<meta property="og:site_name" content="LessWrong"><script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{}};</script>',
}


def aq_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language, canonical link, viewport and platform tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 4201) -> list[Page]:
    """Set AQ: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "sport")
    return draw_set(
        "aq", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=aq_head
    )


if __name__ == "__main__":  # page_families_aq.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 4201)

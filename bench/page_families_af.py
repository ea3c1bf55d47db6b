"""Set AF of the constructed pages: 12 families of personal and small-team blogs on themes and
engines no earlier set has, in several languages, and `build_pages`.

Six families are in page_templates_af.py (WordPress Astra, GeneratePress in German, Kadence in
Spanish, OceanWP in French, Sahifa in Arabic, Neve in Italian); here a Hugo blog on the PaperMod
theme, a Jekyll blog on Minimal Mistakes, a Catalan Zola blog on the tabi theme, a Chinese
Typecho blog (default theme), a Chinese Z-BlogPHP blog (default theme) and a Polish Publii
static blog (Simple theme). The non-English blogs carry English bodies (the body pools are
English) in their own language's furniture. Written blind to digest's extraction rules; its
builder never ran digest, trafilatura, readability or bench_pages on it (session 18, helper
h-setaf). The gold convention, with the decisions on in-content tables of contents, ad slots,
share bars and entry meta, is in page_templates_af.py's docstring; the decisions for this
module's families, written down before they were coded:
- a Hugo blog on PaperMod (English, 2021-2025; code bodies): the paragraphs, subheadings
  (without their hidden "#" anchor links), lists, quotes and code blocks (chroma `div.highlight`,
  the code as its text; the line-number column of `table.lntable` is furniture) of
  `div.post-content` are article; the header (logo, theme toggle, "Archive", "Search",
  "Tags"), the "Home » Posts" breadcrumb, the title, the `div.post-description` (a
  standfirst), the `div.post-meta` ("March 3, 2024 · 5 min · 1021 words · NAME | Suggest
  Changes"), the cover figure with caption, the "Table of Contents" details box, the post
  tags, the "« Prev" / "Next »" pager, the share buttons, the comments and the footer
  ("Powered by Hugo & PaperMod") are not;
- a Jekyll blog on Minimal Mistakes (English, 2017-2025; code bodies): the paragraphs,
  subheadings, lists, quotes and code blocks (Rouge `div.highlighter-rouge`) of
  `section.page__content` are article; the masthead with `nav#site-nav.greedy-nav`, the
  author sidebar (`div.author__avatar`, name, bio, "Follow" and its location / e-mail / GitHub
  links), the title, `p.page__meta` ("N minute read", date), the "On this page" table of
  contents (`aside.sidebar__right` inside the content section), `footer.page__meta` ("Tags:",
  "Categories:", "Updated:"), `section.page__share` ("Share on" Twitter Facebook LinkedIn),
  the "Previous" / "Next" pagination, "Leave a comment", "You may also enjoy" and the footer
  ("Follow:", "Feed", "Powered by Jekyll & Minimal Mistakes.") are not;
- a Catalan Zola blog on the tabi theme (2023-2025): the paragraphs, subheadings (without
  their `a.zola-anchor` "#" links), lists, quotes and tables of `section.e-content.body` are
  article; the navbar ("blog", "arxiu",
  "etiquetes", "projectes", search, language and theme switchers), the title, the meta lists
  ("Publicat el", "N min de lectura", "Etiquetes:", "Actualitzat el"), the "Taula de
  continguts" details box inside the content section, the "← Anterior" / "Següent →"
  navigation, the comments loader ("Carrega els comentaris") and the footer (socials, "mapa
  del lloc", licence, "Desenvolupat per Zola i tabi") are not;
- a Chinese Typecho blog on the default theme (2014-2025): the paragraphs, subheadings,
  lists, quotes and tables of `div.post-content[itemprop=articleBody]` are article; the header
  (`#logo`, `p.description`, "搜索", `nav#nav-menu` "首页", "关于"), the title, `ul.post-meta`
  ("作者:", "时间:", "分类:"), the copyright notice a plugin appends at the end of the content
  ("本文链接：", "版权声明：" in `div.post-copyright`, a licence line, furniture as set AE's
  licence lines), "标签:", `ul.post-near` ("上一篇:", "下一篇:"), the comments ("已有 N 条评论",
  "添加新评论"), the sidebar ("最新文章", "最近回复", "分类", "归档", "其它") and the footer
  ("由 Typecho 强力驱动", the "京ICP备" licence number) are not;
- a Chinese Z-BlogPHP blog on the default theme (2015-2025): the paragraphs, subheadings,
  lists, quotes and tables of `div.post-body` are article; `#divTop` (blog title and
  subtitle), `#divNavBar`, the date line (`h4.post-date`), the title (`h2.post-title`), "Tags:",
  `h6.post-footer` ("发布:", "分类:", "评论:", "浏览:"), the "相关文章:" list, the comments
  (`ul.msg`, "回复该评论"), "发表评论:" with its form, the sidebar (`dl.function`: the calendar
  table "日历", "控制面板", "网站分类", "最近发表", "文章归档") and `#divBottom` ("Powered By
  Z-BlogPHP") are not;
- a Polish Publii static blog on the Simple theme (2019-2025): the paragraphs, subheadings,
  lists, quotes and tables of `div.post__entry` are article; the header (`a.logo`, the navbar,
  the search), the title, `div.feat__meta` (author, date), the share buttons ("Udostępnij"),
  "Tagi", "Ostatnia aktualizacja", the author bio (`div.content__bio`), the post navigation
  ("Poprzedni wpis" / "Następny wpis"), "Zobacz również" (`div.content__related`) and the
  footer ("Powered by Publii", "Wróć na górę") are not.

    .venv/bin/python bench/page_families_af.py PAGE_ID 3101
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key, unique_bodies
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks
from page_templates_af import (
    EN_MONTHS,
    fam_astra,
    fam_generatepress,
    fam_kadence,
    fam_neve,
    fam_oceanwp,
    fam_sahifa,
    heads_list_li,
    insert_at,
    toc_links,
)
from page_templates_b import code_bodies, headlines
from page_templates_e import brand, hexid, sentence
from page_templates_q import pick
from page_templates_s import body_html, era_date

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


def _lang_of(text: str) -> str:
    """The highlighter's language label guessed from the code."""
    if "def " in text or "import " in text:
        return "python"
    if "func " in text or "package " in text:
        return "go"
    return "bash" if text.lstrip().startswith(("$", "#", "sudo", "npm", "pip")) else "plaintext"


# ---------------------------------------------------------------------------------------------
# 7. A Hugo blog on PaperMod


def _chroma(c: Ctx, text: str) -> str:
    lang = _lang_of(text)
    lines = text.split("\n")
    code = "".join(
        f'<span class="line"><span class="cl">{esc(line)}\n</span></span>' for line in lines
    )
    if c.rng.random() < 0.4:
        c.used.append("papermod-lineno")
        nums = "".join(f'<span class="lnt">{k}\n</span>' for k in range(1, len(lines) + 1))
        return f'<div class="highlight"><div class="chroma"><table class="lntable"><tr><td class="lntd"><pre tabindex="0" class="chroma"><code>{nums}</code></pre></td><td class="lntd"><pre tabindex="0" class="chroma"><code class="language-{lang}" data-lang="{lang}">{code}</code></pre></td></tr></table></div></div>'
    return f'<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-{lang}" data-lang="{lang}">{code}</code></pre></div>'


def fam_papermod(c: Ctx) -> FamilyOut:
    """A PaperMod post: post-header, post-description, post-meta, toc details, chroma code, paginav."""
    blocks = body_blocks(c, 0.45, 0.25, 0.15)
    parts, gold = body_html(
        c,
        blocks,
        lambda t: (
            f'<h2 id="{slug(t)[:40]}">{esc(t)}<a hidden class="anchor" aria-hidden="true" href="#{slug(t)[:40]}">#</a></h2>'
        ),
        "<p>",
        lambda t: _chroma(c, t),
    )
    site = pick(c, brand(c), "~/notes", "bits and bytes", "dev log", "Null Pointer")
    author = c.rng.choice(PEOPLE)
    y, m, d = era_date(c, 2021, 2025)
    n_words = sum(len(str(v).split()) for _, v in blocks)
    desc = ""
    if c.rng.random() < 0.6:
        c.used.append("papermod-description")
        desc = f'<div class="post-description">{sentence(c)}</div>'
    cover = ""
    if c.rng.random() < 0.35:
        c.used.append("papermod-cover")
        cover = f'<figure class="entry-cover"><img loading="eager" src="/posts/{slug(c.body.title)[:30]}/cover.png" alt="{esc(c.body.title[:40])}"><p>{sentence(c)}</p></figure>'
    heads = toc_links(blocks)
    toc = ""
    if heads and c.rng.random() < 0.7:
        c.used.append("papermod-toc")
        toc = (
            '<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>'
            + "".join(
                f'<li><a href="#{a}" aria-label="{esc(t)}">{esc(t)}</a></li>' for a, t in heads
            )
            + "</ul></div></details></div>"
        )
    suggest = ""
    if c.rng.random() < 0.5:
        c.used.append("papermod-suggest")
        suggest = f'&nbsp;|&nbsp;<a href="https://github.com/{slug(author).split("-")[0]}/blog/tree/main/content/posts/{slug(c.body.title)[:30]}.md" rel="noopener noreferrer" target="_blank">Suggest Changes</a>'
    tags = "".join(
        f'<li><a href="/tags/{t}/">{t}</a></li>'
        for t in c.rng.sample(["go", "python", "linux", "devops", "til", "homelab", "databases"], 3)
    )
    share = ""
    if c.rng.random() < 0.6:
        c.used.append("papermod-share")
        share = (
            '<ul class="share-buttons">'
            + "".join(
                f'<li><a target="_blank" rel="noopener noreferrer" aria-label="share {esc(c.body.title[:30])} on {s}" href="#"><svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px" fill="currentColor"><path d="M0 0"></path></svg></a></li>'
                for s in ("x", "linkedin", "reddit", "hacker news", "telegram")
            )
            + "</ul>"
        )
    comments = ""
    if c.rng.random() < 0.4:
        c.used.append("papermod-giscus")
        comments = '<div class="comments"><script src="https://giscus.app/client.js" data-repo="me/blog" data-mapping="pathname" data-theme="preferred_color_scheme" crossorigin="anonymous" async></script></div>'
    prev_h, next_h = headlines(c, 2)
    c.used += "papermod-header papermod-menu papermod-breadcrumbs papermod-title papermod-meta papermod-tags papermod-paginav papermod-footer papermod-toplink".split()
    html = (
        f'<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") {{ document.body.classList.add(\'dark\'); }}</script>'
        f'<header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="{site} (Alt + H)">{site}</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div><ul id="menu"><li><a href="/archives/" title="Archive"><span>Archive</span></a></li><li><a href="/search/" title="Search (Alt + /)" accesskey="/"><span>Search</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li><li><a href="/about/" title="About"><span>About</span></a></li></ul></nav></header>'
        f'<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">{esc(c.body.title)}</h1>{desc}'
        f'<div class="post-meta"><span title="{y}-{m:02d}-{d:02d} 00:00:00 +0000 UTC">{EN_MONTHS[m - 1]} {d}, {y}</span>&nbsp;·&nbsp;{max(1, n_words // 200)} min&nbsp;·&nbsp;{n_words} words&nbsp;·&nbsp;{esc(author)}{suggest}</div></header>{cover}{toc}'
        f'<div class="post-content">{"".join(parts)}</div>'
        f'<footer class="post-footer"><ul class="post-tags">{tags}</ul><nav class="paginav"><a class="prev" href="/posts/{slug(prev_h)[:40]}/"><span class="title">« Prev</span><br><span>{esc(prev_h)}</span></a><a class="next" href="/posts/{slug(next_h)[:40]}/"><span class="title">Next »</span><br><span>{esc(next_h)}</span></a></nav>{share}</footer>{comments}</article></main>'
        f'<footer class="footer"><span>&copy; {y} <a href="/">{site}</a></span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer>'
        '<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Jekyll blog on Minimal Mistakes


def _rouge_mm(text: str) -> str:
    lang = _lang_of(text)
    return f'<div class="language-{lang} highlighter-rouge"><div class="highlight"><pre class="highlight"><code>{esc(text)}</code></pre></div></div>'


def fam_minimal_mistakes(c: Ctx) -> FamilyOut:
    """A Minimal Mistakes post: greedy-nav, author__ sidebar, page__meta, toc aside, page__share, related."""
    blocks = body_blocks(c, 0.5, 0.25, 0.15)
    parts, gold = body_html(
        c, blocks, lambda t: f'<h2 id="{slug(t)[:40]}">{esc(t)}</h2>', "<p>", _rouge_mm
    )
    author = c.rng.choice(PEOPLE)
    site = pick(c, f"{esc(author)}’s Blog", brand(c), "Data Wrangling Notes", "Field Notes")
    y, m, d = era_date(c, 2017, 2025)
    n_words = sum(len(str(v).split()) for _, v in blocks)
    heads = toc_links(blocks)
    if heads and c.rng.random() < 0.6:
        c.used.append("mm-toc")
        toc = (
            '<aside class="sidebar__right sticky"><nav class="toc"><header><h4 class="nav__title"><i class="fas fa-file-alt"></i> On this page</h4></header><ul class="toc__menu">'
            + "".join(f'<li><a href="#{a}">{esc(t)}</a></li>' for a, t in heads)
            + "</ul></nav></aside>"
        )
        parts = [toc, *parts]
    handle = slug(author).split("-")[0]
    sidebar = ""
    if c.rng.random() < 0.75:
        c.used.append("mm-author-sidebar")
        sidebar = f'<div class="sidebar sticky"><div itemscope itemtype="https://schema.org/Person" class="h-card"><div class="author__avatar"><a href="/"><img src="/assets/images/bio-photo.jpg" alt="{esc(author)}" itemprop="image" class="u-photo"></a></div><div class="author__content"><h3 class="author__name p-name" itemprop="name"><a class="u-url" rel="me" href="/" itemprop="url">{esc(author)}</a></h3><div class="author__bio p-note" itemprop="description"><p>{sentence(c)}</p></div></div><div class="author__urls-wrapper"><button class="btn btn--inverse">Follow</button><ul class="author__urls social-icons"><li itemprop="homeLocation" itemscope itemtype="https://schema.org/Place"><i class="fas fa-fw fa-map-marker-alt" aria-hidden="true"></i> <span itemprop="name" class="p-locality">{pick(c, "Berlin", "Seattle", "Toronto", "Lisbon")}</span></li><li><a href="mailto:{handle}@example.org" rel="me" class="u-email"><meta itemprop="email" content="{handle}@example.org"><i class="fas fa-fw fa-envelope-square" aria-hidden="true"></i><span class="label">Email</span></a></li><li><a href="https://github.com/{handle}" rel="nofollow noopener noreferrer me" itemprop="sameAs"><i class="fab fa-fw fa-github" aria-hidden="true"></i><span class="label">GitHub</span></a></li></ul></div></div></div>'
    share = ""
    if c.rng.random() < 0.7:
        c.used.append("mm-share")
        share = '<section class="page__share"><h4 class="page__share-title">Share on</h4><a href="#" class="btn btn--twitter" onclick="window.open(this.href, \'window\', \'left=20,top=20,width=500,height=500,toolbar=1,resizable=0\'); return false;" title="Share on Twitter"><i class="fab fa-fw fa-twitter" aria-hidden="true"></i><span> Twitter</span></a><a href="#" class="btn btn--facebook" title="Share on Facebook"><i class="fab fa-fw fa-facebook" aria-hidden="true"></i><span> Facebook</span></a><a href="#" class="btn btn--linkedin" title="Share on LinkedIn"><i class="fab fa-fw fa-linkedin" aria-hidden="true"></i><span> LinkedIn</span></a></section>'
    comments = ""
    if c.rng.random() < 0.5:
        c.used.append("mm-comments")
        comments = '<div class="page__comments"><h4 class="page__comments-title">Leave a comment</h4><section id="utterances-comments"></section></div>'
    related = (
        '<div class="page__related"><h2 class="page__related-title">You may also enjoy</h2><div class="grid__wrapper">'
        + "".join(
            f'<div class="grid__item"><article class="archive__item" itemscope itemtype="https://schema.org/CreativeWork"><h2 class="archive__item-title no_toc" itemprop="headline"><a href="/{y}/{slug(h)[:40]}/" rel="permalink">{esc(h)}</a></h2><p class="page__meta"><span class="page__meta-readtime"><i class="far fa-clock" aria-hidden="true"></i> {c.rng.randint(2, 12)} minute read</span></p><p class="archive__item-excerpt" itemprop="description">{sentence(c)}</p></article></div>'
            for h in headlines(c, 4)
        )
        + "</div></div>"
    )
    tags = ", ".join(
        f'<a href="/tags/#{t}" class="page__taxonomy-item p-category" rel="tag">{t}</a>'
        for t in c.rng.sample(["python", "data", "tutorial", "jekyll", "tooling", "notes"], 2)
    )
    date = f"{EN_MONTHS[m - 1]} {d}, {y}"
    c.used += "mm-skip mm-masthead mm-greedy-nav mm-title mm-meta mm-taxonomy mm-pagination mm-related mm-footer".split()
    html = (
        f'<body class="layout--single"><nav class="skip-links"><ul><li><a href="#site-nav" class="screen-reader-shortcut">Skip to primary navigation</a></li><li><a href="#main" class="screen-reader-shortcut">Skip to content</a></li><li><a href="#footer" class="screen-reader-shortcut">Skip to footer</a></li></ul></nav>'
        f'<div class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu"><nav id="site-nav" class="greedy-nav"><a class="site-title" href="/">{site}</a><ul class="visible-links"><li class="masthead__menu-item"><a href="/posts/">Posts</a></li><li class="masthead__menu-item"><a href="/categories/">Categories</a></li><li class="masthead__menu-item"><a href="/tags/">Tags</a></li><li class="masthead__menu-item"><a href="/about/">About</a></li></ul><button class="search__toggle" type="button"><span class="visually-hidden">Toggle search</span><i class="fas fa-search"></i></button><button class="greedy-nav__toggle hidden" type="button"><span class="visually-hidden">Toggle menu</span><div class="navicon"></div></button><ul class="hidden-links hidden"></ul></nav></div></div></div>'
        f'<div class="initial-content"><div id="main" role="main">{sidebar}<article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork"><meta itemprop="headline" content="{esc(c.body.title)}"><meta itemprop="datePublished" content="{y}-{m:02d}-{d:02d}T00:00:00+00:00"><div class="page__inner-wrap">'
        f'<header><h1 id="page-title" class="page__title p-name" itemprop="headline"><a href="/{y}/{slug(c.body.title)[:40]}/" class="u-url" itemprop="url">{esc(c.body.title)}</a></h1><p class="page__meta"><span class="page__meta-date"><i class="far fa-calendar-alt" aria-hidden="true"></i> <time datetime="{y}-{m:02d}-{d:02d}T00:00:00+00:00">{date}</time></span><span class="page__meta-sep"></span><span class="page__meta-readtime"><i class="far fa-clock" aria-hidden="true"></i> {max(1, n_words // 200)} minute read</span></p></header>'
        f'<section class="page__content e-content" itemprop="text">{"".join(parts)}</section>'
        f'<footer class="page__meta"><p class="page__taxonomy"><strong><i class="fas fa-fw fa-tags" aria-hidden="true"></i> Tags: </strong><span itemprop="keywords">{tags}</span></p><p class="page__taxonomy"><strong><i class="fas fa-fw fa-folder-open" aria-hidden="true"></i> Categories: </strong><span itemprop="keywords"><a href="/categories/#blog" class="page__taxonomy-item p-category" rel="tag">blog</a></span></p><p class="page__date"><strong><i class="fas fa-fw fa-calendar-alt" aria-hidden="true"></i> Updated:</strong> <time class="dt-published" datetime="{y}-{m:02d}-{d:02d}">{date}</time></p></footer>'
        f'{share}<nav class="pagination"><a href="#" class="pagination--pager" title="Previous">Previous</a><a href="#" class="pagination--pager" title="Next">Next</a></nav></div>{comments}</article>{related}</div></div>'
        f'<div class="search-content"><div class="search-content__inner-wrap"><form class="search-content__form" onkeydown="return event.key != \'Enter\';" role="search"><label class="sr-only" for="search">Enter your search term...</label><input type="search" id="search" class="search-input" tabindex="-1" placeholder="Enter your search term..."></form><div id="results" class="results"></div></div></div>'
        f'<div id="footer" class="page__footer"><footer><div class="page__footer-follow"><ul class="social-icons"><li><strong>Follow:</strong></li><li><a href="https://github.com/{handle}" rel="nofollow noopener noreferrer"><i class="fab fa-fw fa-github" aria-hidden="true"></i> GitHub</a></li><li><a href="/feed.xml"><i class="fas fa-fw fa-rss-square" aria-hidden="true"></i> Feed</a></li></ul></div><div class="page__footer-copyright">© {y} {esc(author)}. Powered by <a href="https://jekyllrb.com" rel="nofollow">Jekyll</a> &amp; <a href="https://mademistakes.com/work/jekyll-themes/minimal-mistakes/" rel="nofollow">Minimal Mistakes</a>.</div></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A Catalan Zola blog on the tabi theme

_CA_MONTHS = (
    "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split()
)


def _ca_date(d: int, m: int, y: int) -> str:
    name = _CA_MONTHS[m - 1]
    de = "d’" if name[0] in "aeiou" else "de "
    return f"{d} {de}{name} de {y}"


def fam_zola_tabi(c: Ctx) -> FamilyOut:
    """A tabi post: navbar with switchers, article-title, meta lists, toc details, article-navigation."""
    blocks = body_blocks(c, 0.55, 0.3, 0.2, pick(c, "ul", "ol", "table"))
    parts, gold = body_html(
        c,
        blocks,
        lambda t: (
            f'<h2 id="{slug(t)[:40]}">{esc(t)}<a class="zola-anchor" href="#{slug(t)[:40]}" aria-label="Anchor link for: {slug(t)[:40]}">#</a></h2>'
        ),
    )
    site = pick(c, "quadern.cat", "el blog d’en Pau", "notes de camp", brand(c))
    who = pick(c, "Pau Vidal", "Marta Puig", "Jordi Soler", "Laia Ferrer", "Núria Casals")
    y, m, d = era_date(c, 2023, 2025)
    n_words = sum(len(str(v).split()) for _, v in blocks)
    tag_list = c.rng.sample(["programari", "reflexions", "web", "llengua", "fotografia", "zola"], 2)
    tags = "".join(
        f'<li class="tag"><a class="p-category" href="/ca/tags/{t}/">{t}</a>{",&nbsp;" if k < len(tag_list) - 1 else ""}</li>'
        for k, t in enumerate(tag_list)
    )
    updated = ""
    if c.rng.random() < 0.4:
        c.used.append("tabi-updated")
        updated = f'<ul class="meta last-updated"><li>Actualitzat el <time class="dt-updated" datetime="{y}-{m:02d}-{min(28, d + 5):02d}">{_ca_date(min(28, d + 5), m, y)}</time></li></ul>'
    heads = toc_links(blocks)
    if len(heads) >= 2 and c.rng.random() < 0.6:
        c.used.append("tabi-toc")
        toc = (
            '<div class="toc-container"><details><summary class="toc-title">Taula de continguts</summary><ul>'
            + "".join(f'<li><a href="#{a}">{esc(t)}</a></li>' for a, t in heads)
            + "</ul></details></div>"
        )
        parts = [toc, *parts]
    comments = ""
    if c.rng.random() < 0.5:
        c.used.append("tabi-comments")
        comments = '<div class="comments" id="comments" data-repo="pau/quadern" data-repo-id="R_kgDO" data-category="Comments" data-mapping="slug" data-lang="ca"><noscript>Necessites JavaScript activat per veure els comentaris.</noscript><button class="load-comments" type="button">Carrega els comentaris</button><p class="privacy-notice">En carregar els comentaris, acceptes la <a href="https://docs.github.com/ca/site-policy/privacy-policies/github-privacy-statement">política de privadesa de GitHub</a>.</p></div>'
    prev_h, next_h = headlines(c, 2)
    c.used += "tabi-navbar tabi-switchers tabi-title tabi-meta tabi-navigation tabi-footer".split()
    html = (
        f'<body><header><nav class="navbar"><div class="nav-title"><a class="home-title" href="/ca/">{site}</a></div><div class="nav-navs"><ul><li><a class="nav-links no-hover-padding" href="/ca/blog/">blog</a></li><li><a class="nav-links no-hover-padding" href="/ca/archive/">arxiu</a></li><li><a class="nav-links no-hover-padding" href="/ca/tags/">etiquetes</a></li><li><a class="nav-links no-hover-padding" href="/ca/projects/">projectes</a></li>'
        '<div class="menu-icons-container"><ul class="menu-icons-group"><li class="js menu-icon"><div role="button" tabindex="0" class="search-icon interactive-icon" title="Cerca ($SHORTCUT to open)" aria-label="Cerca"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M0 0"></path></svg></div></li><li class="language-switcher"><details class="dropdown"><summary role="button" aria-haspopup="true" title="Idioma" aria-label="Idioma"><div class="language-switcher-icon"></div></summary><div class="dropdown-content" role="menu"><a role="menuitem" lang="en" href="/blog/" aria-label="English">English</a><a role="menuitem" lang="es" href="/es/blog/" aria-label="Español">Español</a></div></details></li><li class="theme-switcher-wrapper js"><div title="Canvia el tema" class="theme-switcher" tabindex="0" role="button" aria-label="Canvia el tema" aria-pressed="false"></div><div title="Restableix el tema per defecte" class="theme-resetter arrow" tabindex="0" role="button" aria-hidden="true" aria-label="Restableix el tema per defecte"></div></li></ul></div></ul></div></nav></header>'
        f'<div class="content"><main><article class="h-entry"><h1 class="article-title p-name">{esc(c.body.title)}</h1><ul class="meta"><span class="hidden p-author h-card"><a rel="author" href="/ca/" title="{who}" class="u-url">{who}</a></span><li>Publicat el <time class="dt-published" datetime="{y}-{m:02d}-{d:02d}">{_ca_date(d, m, y)}</time></li><li title="{n_words} paraules"><span class="separator" aria-hidden="true">•</span>{max(1, n_words // 200)} min de lectura</li><li class="tag"><span class="separator" aria-hidden="true">•</span>Etiquetes:&nbsp;</li>{tags}</ul>{updated}'
        f'<section class="e-content body">{"".join(parts)}</section></article>'
        f'<nav class="full-width article-navigation"><div><a href="/ca/blog/{slug(prev_h)[:40]}/" aria-label="Anterior" aria-describedby="left_title"><span class="arrow">←</span>&nbsp;Anterior</a><p aria-hidden="true" id="left_title">{esc(prev_h)}</p></div><div><a href="/ca/blog/{slug(next_h)[:40]}/" aria-label="Següent" aria-describedby="right_title">Següent&nbsp;<span class="arrow">→</span></a><p aria-hidden="true" id="right_title">{esc(next_h)}</p></div></nav>{comments}</main></div>'
        f'<footer><section><nav class="socials nav-navs"><ul><li><a class="nav-links no-hover-padding social" rel="noopener" href="/ca/atom.xml"><img loading="lazy" alt="feed" title="feed" src="/social_icons/rss.svg"></a></li><li><a class="nav-links no-hover-padding social" rel="noopener me" href="https://mastodon.social/@{slug(who).split("-")[0]}"><img loading="lazy" alt="mastodon" title="mastodon" src="/social_icons/mastodon.svg"></a></li></ul></nav><nav class="nav-navs"><small><ul><li><a class="nav-links no-hover-padding" href="/ca/sitemap.xml">mapa del lloc</a></li></ul></small></nav><div class="credits"><small><p>© {y} {who} • Llicència <a rel="noopener" href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a></p><p>Desenvolupat per <a rel="noopener" href="https://www.getzola.org">Zola</a> i <a rel="noopener" href="https://github.com/welpo/tabi">tabi</a></p></small></div></section></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Chinese Typecho blog (default theme)

_ZH_NAMES = ["老张", "小林", "王晓明", "陈静", "李然", "admin"]


def fam_typecho(c: Ctx) -> FamilyOut:
    """A Typecho default-theme post: #logo, ul.post-meta, post-content, post-copyright, post-near, comments."""
    blocks = body_blocks(c, 0.4, 0.3, 0.2, pick(c, "ul", "ol", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    site = pick(c, "折腾笔记", "一只小站", "代码与咖啡", "某某的博客", brand(c))
    who = c.rng.choice(_ZH_NAMES)
    y, m, d = era_date(c, 2014, 2025)
    cat = pick(c, "默认分类", "技术", "生活", "随笔", "折腾")
    url = f"https://{c.site}/archives/{c.rng.randint(10, 999)}/"
    if c.rng.random() < 0.45:
        c.used.append("typecho-copyright")
        parts = [
            *parts,
            f'<div class="post-copyright"><p>本文作者：{who}</p><p>本文链接：<a href="{url}">{url}</a></p><p>版权声明：本博客所有文章除特别声明外，均采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/">CC BY-NC-SA 4.0</a> 许可协议。转载请注明出处！</p></div>',
        ]
    n_com = c.rng.choice([0, 1, 2, 4])
    com = ""
    if n_com:
        c.used.append("typecho-comments")
        com = (
            f'<h3>已有 {n_com} 条评论</h3><ol class="comment-list">'
            + "".join(
                f'<li id="li-comment-{k + 2}" class="comment-body comment-parent comment-{"odd" if k % 2 == 0 else "even"}"><div id="comment-{k + 2}"><div class="comment-author"><img class="avatar" src="https://cravatar.cn/avatar/{hexid(c, 12)}?s=32&amp;r=G&amp;d=" alt="" width="32" height="32"><cite class="fn">{c.rng.choice(_ZH_NAMES)}</cite></div><div class="comment-meta"><a href="{url}comment-page-1#comment-{k + 2}"><time datetime="{y}-{m:02d}-{d:02d}T12:00:00+08:00">{y}年{m:02d}月{d:02d}日</time></a></div><div class="comment-content"><p>{sentence(c)}</p></div><div class="comment-reply"><a href="{url}?replyTo={k + 2}#respond-post-1" rel="nofollow">回复</a></div></div></li>'
                for k in range(n_com)
            )
            + "</ol>"
        )
    tags = ", ".join(
        f'<a href="/tag/{t}/">{t}</a>'
        for t in c.rng.sample(["Linux", "折腾", "笔记", "工具", "读书", "生活"], 2)
    )
    recent_replies = "".join(
        f'<li><a href="{url}#comment-{k}">{c.rng.choice(_ZH_NAMES)}</a>: {sentence(c)[:30]}</li>'
        for k in range(c.rng.randint(2, 4))
    )
    c.used += "typecho-header typecho-search typecho-nav typecho-title typecho-meta typecho-tags typecho-near typecho-respond typecho-sidebar typecho-footer".split()
    html = (
        '<body><!--[if lt IE 8]><div class="browsehappy" role="dialog">当前网页 <strong>不支持</strong> 你正在使用的浏览器. 为了正常的访问, 请 <a href="http://browsehappy.com/">升级你的浏览器</a>.</div><![endif]-->'
        f'<header id="header" class="clearfix"><div class="container"><div class="row"><div class="site-name col-mb-12 col-9"><a id="logo" href="/">{site}</a><p class="description">{pick(c, "Just So So ...", "记录折腾的点点滴滴", "生活不止眼前的代码")}</p></div><div class="site-search col-3 kit-hidden-tb"><form id="search" method="post" action="/" role="search"><label for="s" class="sr-only">搜索关键字</label><input type="text" id="s" name="s" class="text" placeholder="输入关键字搜索"><button type="submit" class="submit">搜索</button></form></div><div class="col-mb-12"><nav id="nav-menu" class="clearfix" role="navigation"><a href="/">首页</a><a href="/about.html" title="关于">关于</a><a href="/links.html" title="友情链接">友情链接</a></nav></div></div></div></header>'
        f'<div id="body"><div class="container"><div class="row"><div class="col-mb-12 col-8" id="main" role="main"><article class="post" itemscope itemtype="http://schema.org/BlogPosting"><h1 class="post-title" itemprop="name headline"><a itemprop="url" href="{url}">{esc(c.body.title)}</a></h1>'
        f'<ul class="post-meta"><li itemprop="author" itemscope itemtype="http://schema.org/Person">作者: <a itemprop="name" href="/author/1/" rel="author">{who}</a></li><li>时间: <time datetime="{y}-{m:02d}-{d:02d}T10:{c.rng.randint(10, 59)}:00+08:00" itemprop="datePublished">{y}-{m:02d}-{d:02d}</time></li><li>分类: <a href="/category/{slug(cat) or "default"}/">{cat}</a></li></ul>'
        f'<div class="post-content" itemprop="articleBody">{"".join(parts)}</div><p itemprop="keywords" class="tags">标签: {tags}</p></article>'
        f'<div id="comments">{com}<div id="respond-post-{c.rng.randint(1, 999)}" class="respond"><div class="cancel-comment-reply"><a id="cancel-comment-reply-link" href="{url}#respond-post-1" rel="nofollow" style="display:none">取消回复</a></div><h3 id="response">添加新评论</h3><form method="post" action="{url}comment" id="comment-form" role="form"><p><label for="author" class="required">称呼</label><input type="text" name="author" id="author" class="text" value="" required></p><p><label for="mail" class="required">Email</label><input type="email" name="mail" id="mail" class="text" value="" required></p><p><label for="url">网站</label><input type="url" name="url" id="url" class="text" placeholder="http://" value=""></p><p><label for="textarea" class="required">内容</label><textarea rows="8" cols="50" name="text" id="textarea" class="textarea" required></textarea></p><p><button type="submit" class="submit">提交评论</button></p></form></div></div>'
        f'<ul class="post-near"><li>上一篇: <a href="#" title="{esc(headlines(c, 1)[0])}">{esc(headlines(c, 1)[0])}</a></li><li>下一篇: {pick(c, "没有了", esc(headlines(c, 1)[0]))}</li></ul></div>'
        f'<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary"><section class="widget"><h3 class="widget-title">最新文章</h3><ul class="widget-list">{heads_list_li(c, c.rng.randint(4, 6))}</ul></section><section class="widget"><h3 class="widget-title">最近回复</h3><ul class="widget-list">{recent_replies}</ul></section><section class="widget"><h3 class="widget-title">分类</h3><ul class="widget-list"><li><a href="/category/default/">默认分类</a></li><li><a href="/category/tech/">技术</a></li><li><a href="/category/life/">生活</a></li></ul></section><section class="widget"><h3 class="widget-title">归档</h3><ul class="widget-list">{"".join(f"<li><a href=/{y}/{k:02d}/>{y}年{k}月</a></li>" for k in range(m, 0, -1))}</ul></section><section class="widget"><h3 class="widget-title">其它</h3><ul class="widget-list"><li class="last"><a href="/admin/">登录</a></li><li><a href="/feed/">文章 RSS</a></li><li><a href="/feed/comments/">评论 RSS</a></li><li><a href="http://www.typecho.org">Typecho</a></li></ul></section></div></div></div></div>'
        f'<footer id="footer" role="contentinfo">&copy; {y} <a href="/">{site}</a>. 由 <a href="http://www.typecho.org">Typecho</a> 强力驱动.{pick(c, "", " <a href=https://beian.miit.gov.cn/ target=_blank>京ICP备" + str(c.rng.randint(10**7, 10**8 - 1)) + "号-1</a>")}</footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Chinese Z-BlogPHP blog (default theme)


def _calendar(c: Ctx, y: int, m: int) -> str:
    """The Z-Blog calendar widget: a month table of day numbers (furniture)."""
    first = c.rng.randint(0, 6)
    cells = [""] * first + [str(k) for k in range(1, c.rng.choice([29, 30, 31]) + 1)]
    cells += [""] * (-len(cells) % 7)
    rows = "".join(
        "<tr>" + "".join(f"<td>{x}</td>" for x in cells[i : i + 7]) + "</tr>"
        for i in range(0, len(cells), 7)
    )
    return f'<table id="tbCalendar"><caption><a href="#">«</a>&nbsp;&nbsp;&nbsp;<a href="#">{y}年{m}月</a>&nbsp;&nbsp;&nbsp;<a href="#">»</a></caption><thead><tr><th title="星期一" scope="col"><small>一</small></th><th title="星期二" scope="col"><small>二</small></th><th title="星期三" scope="col"><small>三</small></th><th title="星期四" scope="col"><small>四</small></th><th title="星期五" scope="col"><small>五</small></th><th title="星期六" scope="col"><small>六</small></th><th title="星期日" scope="col"><small>日</small></th></tr></thead><tbody>{rows}</tbody></table>'


def fam_zblog(c: Ctx) -> FamilyOut:
    """A Z-BlogPHP default-theme post: divAll/divMiddle, post-date, post-body, post-footer, msg comments, calendar."""
    blocks = body_blocks(c, 0.35, 0.25, 0.15, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    site = pick(c, "草根站长博客", "闲云野鹤", "山间小屋", "新闻杂谈", brand(c))
    y, m, d = era_date(c, 2015, 2025)
    cat = pick(c, "默认分类", "新闻", "杂谈", "资讯")
    who = c.rng.choice(_ZH_NAMES)
    n_com = c.rng.choice([0, 0, 1, 3])
    pid = c.rng.randint(10, 999)
    related = ""
    if c.rng.random() < 0.6:
        c.used.append("zblog-related")
        related = (
            '<ul class="msg msghead"><li class="tbname">相关文章:</li></ul><ul class="msg mutuality"><li class="tbname">'
            + "".join(
                f'<p><a href="/?id={c.rng.randint(1, 999)}" title="{esc(h)}">{esc(h)}</a>&nbsp;&nbsp;<small>({y}-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d})</small></p>'
                for h in headlines(c, c.rng.randint(3, 5))
            )
            + "</li></ul>"
        )
    com = ""
    if n_com:
        c.used.append("zblog-comments")
        com = "".join(
            f'<ul class="msg" id="cmt{k}"><li class="msgname"><img class="avatar" src="/zb_users/avatar/0.png" alt="" width="32">&nbsp;<span class="commentname"><a href="#" rel="nofollow" target="_blank">{c.rng.choice(_ZH_NAMES)}</a></span><br><small>&nbsp;发布于&nbsp;{y}-{m:02d}-{d:02d} {c.rng.randint(10, 23)}:{c.rng.randint(10, 59)}:{c.rng.randint(10, 59)}&nbsp;&nbsp;<span class="revertcomment"><a href="#comment" onclick="zbp.comment.reply(\'{k}\')">回复该评论</a></span></small></li><li class="msgarticle"><p>{sentence(c)}</p><label id="AjaxComment{k}"></label></li></ul>'
            for k in range(1, n_com + 1)
        )
    recent = heads_list_li(c, c.rng.randint(4, 6))
    c.used += "zblog-top zblog-navbar zblog-date zblog-title zblog-tags zblog-footer-line zblog-commentpost zblog-calendar zblog-sidebar zblog-bottom".split()
    html = (
        f'<body class="single"><div id="divAll"><div id="divPage"><div id="divMiddle"><div id="divTop"><h1 id="BlogTitle"><a href="/">{site}</a></h1><h3 id="BlogSubTitle">{pick(c, "Good Luck To You!", "记录生活，分享点滴", "又一个Z-Blog网站")}</h3></div>'
        f'<div id="divNavBar"><hr><ul><li id="nvabar-item-index"><a href="/">首页</a></li><li id="navbar-page-2"><a href="/?id=2">留言本</a></li><li id="navbar-category-1"><a href="/?cate=1">{cat}</a></li></ul><hr></div>'
        f'<div id="divMain"><div class="post single"><h4 class="post-date">{y}年{m:02d}月{d:02d}日</h4><h2 class="post-title">{esc(c.body.title)}</h2><div class="post-body">{"".join(parts)}</div>'
        f'<h5 class="post-tags">Tags: {"".join(f"<a href=/?tags={k}>{t}</a>&nbsp;" for k, t in enumerate(c.rng.sample(["生活", "新闻", "随笔", "经济", "社会"], 2), 1))}</h5><h6 class="post-footer">发布:{who} | 分类:<a href="/?cate=1">{cat}</a> | 评论:{n_com} | 浏览:<span id="spn{pid}">{c.rng.randint(20, 9000)}</span></h6></div>'
        f'{related}<label id="AjaxCommentBegin"></label>{com}<label id="AjaxCommentEnd"></label>'
        f'<div class="commentpost" id="divCommentPost"><p class="posttop"><a name="comment">发表评论:</a><a rel="nofollow" id="cancel-reply" href="#divCommentPost" style="display:none;"><small>取消回复</small></a></p><form id="frmSumbit" target="_self" method="post" action="/zb_system/cmd.php?act=cmt&amp;postid={pid}&amp;key={hexid(c, 32)}"><input type="hidden" name="inpId" id="inpId" value="{pid}"><input type="hidden" name="inpRevID" id="inpRevID" value="0"><p><input type="text" name="inpName" id="inpName" class="text" value="访客" size="28" tabindex="1"> <label for="inpName">名称(*)</label></p><p><input type="text" name="inpEmail" id="inpEmail" class="text" value="" size="28" tabindex="2"> <label for="inpEmail">邮箱</label></p><p><input type="text" name="inpHomePage" id="inpHomePage" class="text" value="" size="28" tabindex="3"> <label for="inpHomePage">网址</label></p><p><label for="txaArticle">正文(*)</label></p><p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" rows="4" tabindex="5"></textarea></p><p><input name="sumbit" type="submit" tabindex="6" value="提交" onclick="return zbp.comment.post()" class="button"></p></form><p class="postbottom">◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。</p></div></div>'
        f'<div id="divSidebar"><dl class="function" id="divCalendar"><dt class="function_t">日历</dt><dd class="function_c"><div>{_calendar(c, y, m)}</div></dd></dl><dl class="function" id="divContorPanel"><dt class="function_t">控制面板</dt><dd class="function_c"><div><span class="cp-hello">您好，欢迎到访网站！</span><br><span class="cp-login"><a href="/zb_system/cmd.php?act=login">[用户登录]</a></span></div></dd></dl><dl class="function" id="divCatalog"><dt class="function_t">网站分类</dt><dd class="function_c"><ul><li><a title="{cat}" href="/?cate=1">{cat}</a></li></ul></dd></dl><dl class="function" id="divPrevious"><dt class="function_t">最近发表</dt><dd class="function_c"><ul>{recent}</ul></dd></dl><dl class="function" id="divArchives"><dt class="function_t">文章归档</dt><dd class="function_c"><ul>{"".join(f"<li><a title={y}年{k}月 href=/?date={y}-{k}>{y}年{k}月</a></li>" for k in range(m, max(0, m - 4), -1))}</ul></dd></dl></div>'
        f'<div id="divBottom"><h3 id="BlogCopyRight">Copyright © {y} {site}. Some Rights Reserved.</h3><h4 id="BlogPowerBy">Powered By <a href="https://www.zblogcn.com/" title="RainbowSoft Z-BlogPHP" target="_blank">Z-BlogPHP</a></h4></div><div class="clear"></div></div><div class="clear"></div></div><div class="clear"></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Polish Publii static blog (Simple theme)

_PL_MONTHS = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()
_PL_NAMES = [
    "Anna Kowalska",
    "Piotr Nowak",
    "Katarzyna Wiśniewska",
    "Tomasz Wójcik",
    "Magda Lewandowska",
]


def fam_publii(c: Ctx) -> FamilyOut:
    """A Publii Simple post: top header, hero with feat__meta, post__entry, share, tags, bio, related."""
    blocks = body_blocks(c, 0.45, 0.3, 0.2, pick(c, "ul", "ol", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    site = pick(c, "Zapiski z podróży", "Mały budżet", "Domowe ogrody", "Kawa i książki", brand(c))
    who = c.rng.choice(_PL_NAMES)
    y, m, d = era_date(c, 2019, 2025)
    date = f"{d} {_PL_MONTHS[m - 1]} {y}"
    if c.rng.random() < 0.4:
        fig = f'<figure class="post__image post__image--center"><img loading="lazy" src="/media/posts/{c.rng.randint(1, 90)}/{hexid(c, 6)}.jpg" sizes="(max-width: 48em) 100vw, 768px" alt="" width="1200" height="800"><figcaption>{sentence(c)}</figcaption></figure>'
        parts = insert_at(c, parts, fig, "publii-figure")
    hero_img = c.rng.random() < 0.5
    share = ""
    if c.rng.random() < 0.7:
        c.used.append("publii-share")
        share = '<section class="content__share"><button class="btn--share js-content__share-button"><svg width="16" height="16" aria-hidden="true"><use xlink:href="/assets/svg/svg-map.svg#share"></use></svg> Udostępnij</button><div class="content__share-popup js-content__share-popup"><a href="#" class="js-share facebook" rel="nofollow noopener noreferrer"><svg class="icon" aria-hidden="true" focusable="false"><use xlink:href="/assets/svg/svg-map.svg#facebook"></use></svg><span>Facebook</span></a><a href="#" class="js-share twitter" rel="nofollow noopener noreferrer"><span>Twitter</span></a><a href="#" class="js-share pinterest" rel="nofollow noopener noreferrer"><span>Pinterest</span></a></div></section>'
    tags = ""
    if c.rng.random() < 0.7:
        c.used.append("publii-tags")
        tags = (
            '<div class="content__tag"><h3 class="content__tag-title">Tagi</h3><ul class="content__tag-list">'
            + "".join(
                f'<li><a href="/tags/{slug(t)}/">{t}</a></li>'
                for t in c.rng.sample(
                    ["podróże", "ogród", "oszczędzanie", "książki", "poradnik", "kuchnia"], 2
                )
            )
            + "</ul></div>"
        )
    bio = ""
    if c.rng.random() < 0.6:
        c.used.append("publii-bio")
        bio = f'<div class="content__bio bio"><img class="bio__avatar" src="/media/website/avatar.jpg" loading="lazy" alt="{who}" width="80" height="80"><div class="bio__info"><h3 class="bio__name"><a href="/authors/{slug(who)}/" class="invert" rel="author">{who}</a></h3><p>{sentence(c)}</p></div></div>'
    related = ""
    if c.rng.random() < 0.7:
        c.used.append("publii-related")
        related = (
            '<div class="content__related related"><div class="wrapper"><h2 class="h5 related__title">Zobacz również</h2>'
            + "".join(
                f'<article class="related__item"><div class="feat__wrapper"><a href="/{slug(h)[:40]}/" class="feat__image"><img src="/media/posts/{c.rng.randint(1, 90)}/{hexid(c, 6)}-thumbnail.jpg" loading="lazy" alt=""></a><div class="feat__meta"><h3 class="h6"><a href="/{slug(h)[:40]}/">{esc(h)}</a></h3><time class="feat__date" datetime="{y}-01-01">{c.rng.randint(1, 28)} {c.rng.choice(_PL_MONTHS)} {y}</time></div></div></article>'
                for h in headlines(c, 3)
            )
            + "</div></div>"
        )
    prev_h, next_h = headlines(c, 2)
    c.used += "publii-header publii-navbar publii-search publii-title publii-meta publii-updated publii-postnav publii-footer".split()
    html = (
        f'<body><div class="site-container"><header class="top js-header"><a class="logo" href="/">{site}</a><nav class="navbar js-navbar"><button class="navbar__toggle js-toggle" aria-label="Menu" aria-haspopup="true" aria-expanded="false"><span class="navbar__toggle-box"><span class="navbar__toggle-inner">Menu</span></span></button><ul class="navbar__menu"><li><a href="/" target="_self">Strona główna</a></li><li><a href="/tags/podroze/" target="_self">Podróże</a></li><li><a href="/o-mnie/" target="_self">O mnie</a></li><li><a href="/kontakt/" target="_self">Kontakt</a></li></ul></nav><div class="search"><div class="search__overlay js-search-overlay"><form action="/search.html" class="search__form"><input class="search__input" type="search" name="q" placeholder="szukaj..." aria-label="szukaj..." autofocus="autofocus"></form><button class="search__close js-search-close" aria-label="Zamknij">Zamknij</button></div><button class="search__btn js-search-btn" aria-label="Szukaj"><svg aria-hidden="true"><use xlink:href="/assets/svg/svg-map.svg#search"></use></svg></button></div></header>'
        f'<main class="post"><article class="content"><div class="hero {"hero--image" if hero_img else "hero--noimage"}">{f"<figure class=hero__image><div class=hero__image-wrapper><img src=/media/posts/{c.rng.randint(1, 90)}/hero.jpg alt=></div></figure>" if hero_img else ""}<header class="hero__content"><div class="wrapper"><h1>{esc(c.body.title)}</h1><div class="feat__meta"><img src="/media/website/avatar.jpg" loading="eager" alt="{who}" class="feat__author-img" width="40" height="40"><div><a href="/authors/{slug(who)}/" class="feat__author" rel="author">{who}</a><time datetime="{y}-{m:02d}-{d:02d} 10:00" class="feat__date">{date}</time></div></div></div></header></div>'
        f'<div class="entry-wrapper content__entry"><div class="wrapper post__entry">{"".join(parts)}</div></div>'
        f'<div class="entry-wrapper content__actions">{share}{tags}</div><div class="content__footer"><div class="entry-wrapper"><p class="content__updated">Ostatnia aktualizacja: {min(28, d + 2)} {_PL_MONTHS[m - 1]} {y}</p>{bio}</div></div></article>'
        f'<nav class="content__nav"><div class="wrapper"><div class="content__nav__prev"><a class="content__nav__link" href="/{slug(prev_h)[:40]}/" rel="prev"><span>Poprzedni wpis</span>{esc(prev_h)}</a></div><div class="content__nav__next"><a class="content__nav__link" href="/{slug(next_h)[:40]}/" rel="next"><span>Następny wpis</span>{esc(next_h)}</a></div></div></nav>{related}</main>'
        f'<footer class="footer"><div class="footer__copyright"><p>© {y} {site} · Powered by <a href="https://getpublii.com" target="_blank" rel="nofollow noopener">Publii</a></p></div><button class="footer__bttop js-footer__bttop" aria-label="Wróć na górę"><svg aria-hidden="true"><use xlink:href="/assets/svg/svg-map.svg#toparrow"></use></svg></button></footer></div></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "astra-blog": (fam_astra, "blog"),
    "generatepress-de": (fam_generatepress, "business"),
    "kadence-es": (fam_kadence, "lede"),
    "oceanwp-fr": (fam_oceanwp, "news"),
    "sahifa-ar": (fam_sahifa, "politics"),
    "neve-it": (fam_neve, "blog"),
    "hugo-papermod": (fam_papermod, "code"),
    "minimal-mistakes": (fam_minimal_mistakes, "code"),
    "zola-tabi-ca": (fam_zola_tabi, "tech"),
    "typecho-zh": (fam_typecho, "tech"),
    "zblog-zh": (fam_zblog, "news"),
    "publii-pl": (fam_publii, "blog"),
}

_LANG = {
    "astra-blog": "en-US",
    "generatepress-de": "de-DE",
    "kadence-es": "es-ES",
    "oceanwp-fr": "fr-FR",
    "sahifa-ar": 'ar" dir="rtl',
    "neve-it": "it-IT",
    "hugo-papermod": "en",
    "minimal-mistakes": "en-US",
    "zola-tabi-ca": "ca",
    "typecho-zh": "zh-CN",
    "zblog-zh": "zh-Hans",
    "publii-pl": "pl",
}

_WP = '<meta name="generator" content="WordPress 6.{v}">'
_HEAD = {
    "astra-blog": _WP.format(v=5)
    + "<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>",
    "generatepress-de": _WP.format(v=4)
    + "<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all'><link rel='stylesheet' id='shariffcss-css' href='/wp-content/plugins/shariff/css/shariff.min.css?ver=4.6.13' media='all'>",
    "kadence-es": _WP.format(v=5)
    + "<link rel='stylesheet' id='kadence-global-css' href='/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.3' media='all'>",
    "oceanwp-fr": _WP.format(v=3)
    + "<link rel='stylesheet' id='oceanwp-style-css' href='/wp-content/themes/oceanwp/assets/css/style.min.css?ver=3.5.4' media='all'>",
    "sahifa-ar": '<meta name="generator" content="WordPress 4.9.8"><link rel="stylesheet" id="tie-style-css" href="/wp-content/themes/sahifa/style.css" type="text/css" media="all"><link rel="stylesheet" id="tie-rtl-css" href="/wp-content/themes/sahifa/rtl.css" type="text/css" media="all">',
    "neve-it": _WP.format(v=4)
    + "<link rel='stylesheet' id='neve-style-css' href='/wp-content/themes/neve/style-main-new.min.css?ver=3.7.5' media='all'>",
    "hugo-papermod": '<meta name="generator" content="Hugo 0.125.4"><link crossorigin="anonymous" href="/assets/css/stylesheet.min.css" rel="preload stylesheet" as="style"><meta name="robots" content="index, follow">',
    "minimal-mistakes": '<!-- Begin Jekyll SEO tag v2.8.0 --><meta name="generator" content="Jekyll v3.9.5"><!-- End Jekyll SEO tag --><link rel="stylesheet" href="/assets/css/main.css"><script>document.documentElement.className = document.documentElement.className.replace(/\\bno-js\\b/g, \'\') + \' js \';</script>',
    "zola-tabi-ca": '<link rel="stylesheet" href="/main.css"><meta name="color-scheme" content="light dark"><link rel="alternate" type="application/atom+xml" title="quadern - Atom Feed" href="/ca/atom.xml">',
    "typecho-zh": '<meta name="generator" content="Typecho 1.2.1"><meta name="template" content="default"><link rel="stylesheet" href="/usr/themes/default/normalize.css"><link rel="stylesheet" href="/usr/themes/default/grid.css"><link rel="stylesheet" href="/usr/themes/default/style.css">',
    "zblog-zh": '<meta name="generator" content="Z-BlogPHP 1.7.3"><link rel="stylesheet" href="/zb_users/theme/default/style/default.css" type="text/css" media="all"><script src="/zb_system/script/jquery-2.2.4.min.js"></script><script src="/zb_system/script/zblogphp.js"></script>',
    "publii-pl": '<meta name="generator" content="Publii Open-Source CMS for Static Site"><link rel="stylesheet" href="/assets/css/style.css?v=0123456789">',
}


def af_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the blog's language, canonical link and engine/theme tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 3101) -> list[Page]:
    """Set AF: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics")
    kinds = {**kinds, "code": unique_bodies(code_bodies())}
    return draw_set(
        "af", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=af_head
    )


if __name__ == "__main__":  # page_families_af.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 3101)

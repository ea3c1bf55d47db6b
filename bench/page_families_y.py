"""Set Y of the constructed pages: 12 families (4 news sites, 4 blogs, 4 institutional sites,
in several languages), and `build_pages`.

Six families are in page_templates_y.py (a Japanese daily, a VnExpress-like Vietnamese portal,
an iDNES-like Czech portal, a Ynet-like Hebrew site, a Sina Blog post, a Blog.hu post); here a
Chinese tech blog on Hexo with the NexT theme, a Portuguese SAPO Blogs post, a French ministry
on the State design system (DSFR), a German university's news on TYPO3 (tx_news), a Spanish-
language NGO on Plone, and a Swedish corporate newsroom on Mynewsdesk. The non-English sites
carry English bodies (the body pools are English) in their own language's furniture. Written
blind to digest's extraction rules and frozen before anyone ran digest on it; its builder never
ran digest, trafilatura, readability or bench_pages on it (session 15, helper h-sety). The gold
convention is in page_templates_y.py's docstring; the decisions for this module's families,
written down before they were coded:
- a Chinese tech blog on Hexo with the NexT theme (2016-2024; code bodies): the paragraphs,
  subheadings, lists and code of `div.post-body` are article, the code as its text only (Hexo
  writes each code block as a `figure.highlight` table whose first cell is the line-number
  gutter: the numbers are not article; each line is a `span.line` followed by `<br>`, as Hexo
  writes it); the heading anchors (`a.headerlink`), the site header and menu (首页 / 归档 / 分类
  / 标签 / 关于), the sidebar (站点概览, 文章目录 — a table of contents that repeats the
  headings), the title, the post meta ("发表于", "分类于", "本文字数", "阅读时长"), the "本文结束
  感谢您的阅读" line, the reward button ("打赏"), the copyright block ("本文作者 / 本文链接 /
  版权声明"), the tags, prev / next, the comments (Valine / Gitalk) and the footer ("由 Hexo &
  NexT.Gemini 强力驱动", busuanzi visit counts) are not;
- a Portuguese SAPO Blogs post (about 2010-2022): the paragraphs, subheadings, lists and quotes
  of `div.post-content` are article; the SAPO top bar, the blog header, the date header, the
  title, the post footer ("publicado às 10:23", "link do post", "comentar", "partilhar",
  "favorito", "tags:"), the "Destaque SAPO" badge, the comments ("Comentar post"), the sidebar
  ("Mais sobre mim", "Pesquisar", "Arquivo", "Tags", "Links", "Comentários recentes",
  "Subscrever por e-mail") and the footer ("Blogs SAPO") are not;
- a French ministry's press page on the State design system (DSFR, 2021-2025): the paragraphs,
  subheadings, lists and quotes of the content column (`div.fr-content`) are article; the
  `fr-header` (Marianne, "République Française", the ministry's name), the skip links, the
  `fr-nav` menu, the breadcrumb ("Vous êtes ici :"), the title, the lead (`p.fr-text--lead`, a
  standfirst), the date ("Publié le 3 avril 2024"), the tags, the "Partager la page" share
  bar, the images with their `fr-content-media__caption`, the download link boxes ("Télécharger
  le dossier de presse", PDF, size), the "À lire aussi" callout, the press contact block
  ("Contact presse", a mailto), the newsletter / follow block and the `fr-footer`
  (legifrance.gouv.fr, gouvernement.fr ...) are not;
- a German university's news on TYPO3 with tx_news (2012-2024): the paragraphs, subheadings,
  lists and quotes of `div.news-text-wrap` are article; the service navigation (Studium,
  Forschung, English, Suche), the logo, the breadcrumb ("Sie sind hier:"), the left sub-menu,
  the title, the date, the teaser (`div.teaser-text`, a standfirst), the news image with its
  caption and "Foto: ..." credit, the "Kontakt" / "Weitere Informationen" block at the end of
  the text (the press contact: name, institute, phone, e-mail — furniture repeated on every
  release, inside `news-text-wrap` but set in its own `div.news-contact`), the related links
  ("Verwandte Nachrichten"), the "Zurück" link, the share buttons and the footer (Impressum,
  Datenschutz, Barrierefreiheit) are not;
- a Spanish-language NGO on Plone 4/5 (2010-2020): the paragraphs, subheadings, lists and
  quotes of `div#parent-fieldname-text` are article; `#portal-top` (logo, search, "Dona"),
  the global navigation, the breadcrumbs ("Usted está aquí:"), the title
  (`h1.documentFirstHeading`), the byline ("por NAME — última modificación ..."), the
  description (`div.documentDescription`, a standfirst), the news image with its caption, the
  donation appeal at the end of the text (a `p.callout` "Colabora con nosotros..."; an appeal
  repeated on every page, furniture even though it is in the text field), the document actions
  ("Enviar esto", "Imprimir"), "Archivado en:", the portlets (Noticias, Eventos, Dona) and the
  footer / colophon ("Desarrollado con Plone") are not;
- a Swedish corporate newsroom on Mynewsdesk (2012-2024): the paragraphs, subheadings, lists
  and quotes of the release body are article (a quote of the chief executive is article, as in
  the body); the cookie banner, the newsroom header with its tabs (Nyheter, Pressmeddelanden,
  Bilder, Dokument, Kontaktpersoner), "Följ", the material type and date ("Pressmeddelande • 3
  apr 2024 10:23 CEST"), the title, the summary (ingress, a standfirst), the image with
  "Ladda ner", the "Om Företaget" boilerplate after the body, the subjects / categories /
  regions, the contact-person cards, "Relaterat innehåll", the follow / subscribe box and the
  Mynewsdesk footer are not.

    .venv/bin/python bench/page_families_y.py PAGE_ID 2401
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key, unique_bodies
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_b import code_bodies, headlines
from page_templates_e import brand, hexid, sentence
from page_templates_j import weave
from page_templates_p import as_list, headed
from page_templates_q import pick, user
from page_templates_s import body_html, era_date, quoted
from page_templates_v import clock, heads_list
from page_templates_y import (
    fam_blog_hu,
    fam_cz_idnes,
    fam_he_ynet,
    fam_jp_daily,
    fam_sina_blog,
    fam_vn_express,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


def body_blocks(c: Ctx, head: float, lst: float, quote: float) -> list[Block]:
    """The body with generic subheadings, one list and one blockquote, each by chance."""
    return quoted(c, as_list(c, headed(c, c.body.blocks, head), "ul", lst), quote)


# ---------------------------------------------------------------------------------------------
# 7. A Chinese tech blog on Hexo / NexT (gutter tables, 本文结束, 版权声明)


def _hexo_code(c: Ctx, text: str) -> str:
    c.used.append("hexo-highlight")
    lang = pick(c, "python", "bash", "js", "go", "yaml", "plain")
    lines = text.split("\n")
    gutter = "".join(f'<span class="line">{i}</span><br>' for i in range(1, len(lines) + 1))
    code = "".join(f'<span class="line">{esc(line)}</span><br>' for line in lines)
    return f'<figure class="highlight {lang}"><table><tr><td class="gutter"><pre>{gutter}</pre></td><td class="code"><pre>{code}</pre></td></tr></table></figure>'


def fam_hexo_next(c: Ctx) -> FamilyOut:
    """A Hexo NexT post: gutter code tables, headerlinks, TOC sidebar, 版权声明, 打赏."""
    blocks = as_list(c, headed(c, c.body.blocks, 0.6), "ul", 0.3)

    def head(t: str) -> str:
        hid = slug(t)[:40]
        return (
            f'<h2 id="{hid}"><a href="#{hid}" class="headerlink" title="{esc(t)}"></a>{esc(t)}</h2>'
        )

    parts, gold = body_html(c, blocks, head, code=lambda t: _hexo_code(c, t))
    who = pick(c, "Ryan", "Jerry", "小明", "阿飞", "Kevin") + pick(c, "", " Zhang", " Li", "")
    y, m, d = era_date(c, 2016, 2024)
    words = sum(len(str(v)) for _, v in gold)
    toc = "".join(
        f'<li class="nav-item nav-level-2"><a class="nav-link" href="#{slug(str(v))[:40]}"><span class="nav-number">{i}.</span> <span class="nav-text">{esc(str(v))}</span></a></li>'
        for i, (k, v) in enumerate([b for b in blocks if b[0] == "h"], 1)
        if k == "h"
    )
    cat = pick(c, "后端", "运维", "前端", "笔记", "Python", "Linux")
    url = f"https://{c.site}/{y}/{m:02d}/{d:02d}/{slug(c.body.title)[:40]}/"
    comments = (
        '<div class="comments" id="valine-comments"><div class="vwrap"><div class="vheader"><input name="nick" placeholder="昵称"><input name="mail" placeholder="邮箱"><input name="link" placeholder="网址(http://)"></div><textarea class="veditor" placeholder="欢迎留言~"></textarea><button class="vsubmit">提交</button></div><div class="vcount"><span class="vnum">0</span> 评论</div><div class="vempty">快来做第一个评论的人吧~</div><div class="vpower">Powered By Valine</div></div>'
        if c.rng.random() < 0.5
        else f'<div class="comments" id="gitalk-container"><div class="gt-container"><div class="gt-header"><a class="gt-btn gt-btn-login">使用 GitHub 登录</a></div><div class="gt-meta"><span class="gt-counts"><a href="https://github.com/{user(c)}/blog-comments/issues/{c.rng.randint(1, 99)}">{c.rng.randint(0, 9)}</a> 条评论</span></div></div></div>'
    )
    reward = (
        '<div class="reward-container"><div>请我喝杯咖啡吧~</div><button>打赏</button><div class="post-reward"><div><img src="/images/wechatpay.png" alt="微信支付"><span>微信支付</span></div><div><img src="/images/alipay.png" alt="支付宝"><span>支付宝</span></div></div></div>'
        if c.rng.random() < 0.6
        else ""
    )
    c.used += "hexo-header hexo-menu hexo-sidebar hexo-toc hexo-title hexo-meta hexo-end-line hexo-copyright hexo-tags hexo-nav hexo-comments hexo-footer hexo-busuanzi".split()
    html = (
        f'<body itemscope itemtype="http://schema.org/WebPage"><div class="container use-motion"><div class="headband"></div><header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="header-inner"><div class="site-brand-container"><div class="site-meta"><a href="/" class="brand" rel="start"><span class="logo-line-before"><i></i></span><h1 class="site-title">{esc(who)}的博客</h1><span class="logo-line-after"><i></i></span></a><p class="site-subtitle" itemprop="description">{pick(c, "记录学习的点滴", "Stay hungry, stay foolish", "写代码的地方")}</p></div></div>'
        f'<nav class="site-nav"><ul id="menu" class="main-menu menu"><li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>首页</a></li><li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>归档</a></li><li class="menu-item menu-item-categories"><a href="/categories/" rel="section">分类</a></li><li class="menu-item menu-item-tags"><a href="/tags/" rel="section">标签</a></li><li class="menu-item menu-item-about"><a href="/about/" rel="section">关于</a></li><li class="menu-item menu-item-search"><a role="button" class="popup-trigger">搜索</a></li></ul></nav></div></header>'
        f'<main class="main"><div class="main-inner"><div class="content-wrap"><div class="content post posts-expand"><article itemscope itemtype="http://schema.org/Article" class="post-block" lang="zh-CN"><link itemprop="mainEntityOfPage" href="{url}">'
        f'<header class="post-header"><h1 class="post-title" itemprop="name headline">{esc(c.body.title)}</h1><div class="post-meta"><span class="post-meta-item"><span class="post-meta-item-text">发表于</span> <time title="创建时间：{y}-{m:02d}-{d:02d} {clock(c)}:00" itemprop="dateCreated datePublished" datetime="{y}-{m:02d}-{d:02d}T{clock(c)}:00+08:00">{y}-{m:02d}-{d:02d}</time></span><span class="post-meta-item"><span class="post-meta-item-text">分类于</span> <span itemprop="about"><a href="/categories/{slug(cat) or hexid(c, 4)}/" itemprop="url" rel="index"><span itemprop="name">{cat}</span></a></span></span>'
        f'<span class="post-meta-item" title="本文字数"><span class="post-meta-item-text">本文字数：</span> <span>{words / 1000:.1f}k</span></span><span class="post-meta-item" title="阅读时长"><span class="post-meta-item-text">阅读时长 &asymp;</span> <span>{max(1, words // 1200)} 分钟</span></span></div></header>'
        f'<div class="post-body" itemprop="articleBody">{"".join(parts)}</div>'
        f'<div><div style="text-align:center;color:#ccc;font-size:14px;">-------------本文结束<i class="fa fa-paw"></i>感谢您的阅读-------------</div></div>{reward}'
        f'<div><ul class="post-copyright"><li class="post-copyright-author"><strong>本文作者： </strong>{esc(who)}</li><li class="post-copyright-link"><strong>本文链接：</strong> <a href="{url}" title="{esc(c.body.title)}">{url}</a></li><li class="post-copyright-license"><strong>版权声明： </strong>本博客所有文章除特别声明外，均采用 <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/zh-CN" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a> 许可协议。转载请注明出处！</li></ul></div>'
        f'<footer class="post-footer"><div class="post-tags"><a href="/tags/{hexid(c, 4)}/" rel="tag"># {pick(c, "Docker", "Python", "Nginx", "Git", "Kubernetes")}</a> <a href="/tags/{hexid(c, 4)}/" rel="tag"># {pick(c, "教程", "踩坑", "笔记")}</a></div><div class="post-nav"><div class="post-nav-item"><a href="/{y}/{hexid(c, 4)}/" rel="prev" title="{esc(headlines(c, 1)[0])}"><i class="fa fa-chevron-left"></i> {esc(headlines(c, 1)[0])}</a></div><div class="post-nav-item"><a href="/{y}/{hexid(c, 4)}/" rel="next">{esc(headlines(c, 1)[0])} <i class="fa fa-chevron-right"></i></a></div></div></footer></article></div></div>{comments}</div>'
        f'<div class="toggle sidebar-toggle"><span class="toggle-line toggle-line-first"></span></div><aside class="sidebar"><div class="sidebar-inner"><ul class="sidebar-nav motion-element"><li class="sidebar-nav-toc">文章目录</li><li class="sidebar-nav-overview">站点概览</li></ul><div class="post-toc-wrap sidebar-panel"><div class="post-toc motion-element"><ol class="nav">{toc}</ol></div></div>'
        f'<div class="site-overview-wrap sidebar-panel"><div class="site-author motion-element"><img class="site-author-image" src="/images/avatar.png" alt="{esc(who)}"><p class="site-author-name">{esc(who)}</p><div class="site-description">{pick(c, "一个普通的程序员", "后端 / DevOps", "Coder")}</div></div><div class="site-state-wrap motion-element"><nav class="site-state"><div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">{c.rng.randint(10, 300)}</span><span class="site-state-item-name">日志</span></a></div><div class="site-state-item site-state-categories"><span class="site-state-item-count">{c.rng.randint(3, 20)}</span><span class="site-state-item-name">分类</span></div><div class="site-state-item site-state-tags"><span class="site-state-item-count">{c.rng.randint(10, 90)}</span><span class="site-state-item-name">标签</span></div></nav></div>'
        f'<div class="links-of-author motion-element"><span class="links-of-author-item"><a href="https://github.com/{user(c)}" title="GitHub"><i class="fab fa-github fa-fw"></i>GitHub</a></span><span class="links-of-author-item"><a href="mailto:{user(c)}@{c.site}" title="E-Mail"><i class="fa fa-envelope fa-fw"></i>E-Mail</a></span></div></div></div></aside></div></main>'
        f'<footer class="footer"><div class="footer-inner"><div class="copyright">&copy; {y - c.rng.randint(1, 4)} – {y} <span class="with-love"><i class="fa fa-heart"></i></span> <span class="author" itemprop="copyrightHolder">{esc(who)}</span></div><div class="powered-by">由 <a href="https://hexo.io/" class="theme-link" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.org/" class="theme-link" rel="noopener" target="_blank">NexT.{pick(c, "Gemini", "Mist", "Pisces", "Muse")}</a> 强力驱动</div>'
        f'<div class="busuanzi-count"><span class="post-meta-item" id="busuanzi_container_site_uv">本站访客数 <span id="busuanzi_value_site_uv">{c.rng.randint(1000, 99999)}</span> 人次</span> <span class="post-meta-item" id="busuanzi_container_site_pv">本站总访问量 <span id="busuanzi_value_site_pv">{c.rng.randint(10**4, 10**6)}</span> 次</span></div>{"<div class=beian><a href=https://beian.miit.gov.cn/>京ICP备" + str(c.rng.randint(10**7, 10**8)) + "号</a></div>" if c.rng.random() < 0.5 else ""}</div></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Portuguese SAPO Blogs post

_PT_MONTHS = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
_PT_DAYS = "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split()


def fam_sapo_blogs(c: Ctx) -> FamilyOut:
    """A SAPO Blogs post: SAPO bar, post-content, "publicado às", comentar / partilhar, sidebar."""
    parts, gold = body_html(c, body_blocks(c, 0.2, 0.2, 0.35), lambda t: f"<h3>{esc(t)}</h3>")
    if c.rng.random() < 0.4:
        c.used.append("sapo-image")
        parts.insert(
            0,
            f'<p><img src="https://blogs.sapo.pt/{hexid(c, 8)}/{hexid(c, 6)}.jpg" alt="" width="500" height="333"></p>',
        )
    blog = pick(
        c,
        "Delito de Opinião",
        "Corta-fitas",
        "O Insurgente",
        "Aventar",
        "Estado Sentido",
        "Crónicas do Rochedo",
    )
    who = c.rng.choice(PEOPLE)
    y, m, d = era_date(c, 2010, 2022)
    n = c.rng.randint(0, 4)
    comments = "".join(
        f'<div class="comment"><div class="comment-author">{pick(c, "Anónimo", user(c), "Maria", "Zé")} <span class="comment-date">{min(28, d + 1)}.{m:02d}.{y}</span></div><div class="comment-body"><p>{esc(sentence(c, c.rng.randint(1, 2)))}</p></div><a class="comment-reply" href="#">Responder</a></div>'
        for _ in range(n)
    )
    destaque = (
        '<div class="destaque-sapo"><img src="https://blogs.sapo.pt/images/destaque.png" alt=""> Destaque SAPO Blogs</div>'
        if c.rng.random() < 0.3
        else ""
    )
    tags = ", ".join(
        f'<a href="/tag/{slug(t)}">{t}</a>'
        for t in c.rng.sample(
            ["política", "portugal", "economia", "sociedade", "europa", "lisboa"], 2
        )
    )
    arch = "".join(
        f'<li><a href="/{y}/{k:02d}">{_PT_MONTHS[k - 1].capitalize()} {y}</a></li>'
        for k in range(m, max(0, m - 5), -1)
    )
    c.used += "sapo-bar sapo-header sapo-date sapo-title sapo-footer sapo-comments sapo-sidebar sapo-footer-site".split()
    html = (
        f'<body class="blog"><div id="bsu-v2"><a href="https://www.sapo.pt/">SAPO</a> <a href="https://blogs.sapo.pt/">Blogs</a> <a href="https://blogs.sapo.pt/criar">Criar blog</a> <a href="https://login.sapo.pt/">Entrar</a></div>'
        f'<header id="header"><h1><a href="https://{slug(blog)}.blogs.sapo.pt/">{esc(blog)}</a></h1><p class="blog-description">{esc(pick(c, "Blog colectivo de opinião", "Ideias, conversas e embirrações", "Um olhar sobre a actualidade"))}</p></header>'
        f'<div id="content"><div id="main"><div class="date-header">{_PT_DAYS[c.rng.randint(0, 6)]}, {d:02d}.{m:02d}.{y % 100:02d}</div>{destaque}'
        f'<article class="post"><header class="post-header"><h2 class="post-title"><a href="/{slug(c.body.title)[:40]}-{c.rng.randint(10**5, 10**6)}">{esc(c.body.title)}</a></h2></header>'
        f'<div class="post-content">{"".join(parts)}</div>'
        f'<footer class="post-footer"><span class="post-author">{who}</span> <span class="post-time">publicado às {clock(c)}</span> <a href="/{slug(c.body.title)[:40]}" class="post-link">link do post</a> | <a href="#comentarios">comentar</a> | <a href="#" class="share">partilhar</a> | <a href="#" class="fav">favorito</a><div class="post-tags">tags: {tags}</div></footer></article>'
        f'<section id="comentarios"><h3>{n} comentários</h3>{comments}<div class="comment-form"><h4>Comentar post</h4><form><input name="name" placeholder="Nome"><input name="email" placeholder="Email"><textarea name="comment"></textarea><p class="note">Este blog tem comentários moderados.</p><button>Enviar</button></form></div></section></div>'
        f'<aside id="sidebar"><div class="widget"><h3>Mais sobre mim</h3><p><img src="https://blogs.sapo.pt/profile/{hexid(c, 6)}.jpg" alt="" width="80"> <a href="/profile">foto do autor</a></p></div><div class="widget"><h3>Pesquisar</h3><form><input name="q"><button>Pesquisar</button></form></div>'
        f'<div class="widget"><h3>Arquivo</h3><ul>{arch}</ul></div><div class="widget"><h3>Tags</h3><p><a href="#">política</a> <a href="#">economia</a> <a href="#">todas as tags</a></p></div><div class="widget"><h3>Links</h3><ul><li><a href="https://www.publico.pt/">Público</a></li><li><a href="https://expresso.pt/">Expresso</a></li></ul></div>'
        f'<div class="widget"><h3>Comentários recentes</h3><ul>{"".join("<li>" + user(c) + ": " + esc(sentence(c)[:40]) + "…</li>" for _ in range(3))}</ul></div><div class="widget"><h3>Subscrever por e-mail</h3><form><input name="email"><button>Subscrever</button></form></div></aside></div>'
        f'<footer id="footer"><p><a href="https://blogs.sapo.pt/">Blogs SAPO</a> | <a href="https://www.sapo.pt/termos">Termos de utilização</a> | <a href="#">Denunciar conteúdo</a></p><p>© {y} MEO - Serviços de Comunicações e Multimédia, S.A.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A French ministry on the State design system (DSFR)

_FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)


def _dsfr_insert(c: Ctx) -> str:
    r = c.rng.random()
    if r < 0.35:
        c.used.append("dsfr-image")
        return f'<figure class="fr-content-media" role="group" aria-label="© {pick(c, "Ministère", "Gouvernement", "AFP")}"><div class="fr-content-media__img"><img class="fr-responsive-img fr-ratio-16x9" src="/sites/default/files/styles/16x9/public/{c.rng.randint(2021, 2025)}-{c.rng.randint(1, 12):02d}/{hexid(c, 10)}.jpg" alt=""></div><figcaption class="fr-content-media__caption">{esc(sentence(c))} © {pick(c, "Ministère", "Gouvernement", "AFP")}</figcaption></figure>'
    if r < 0.65:
        c.used.append("dsfr-download")
        return f'<div class="fr-download"><p><a href="/sites/default/files/{hexid(c, 8)}.pdf" download class="fr-download__link">Télécharger {pick(c, "le dossier de presse", "le communiqué", "la synthèse", "le rapport")} <span class="fr-download__detail">PDF – {c.rng.randint(1, 9)},{c.rng.randint(1, 9)} Mo</span></a></p></div>'
    c.used.append("dsfr-callout")
    return f'<div class="fr-callout fr-icon-information-line"><h3 class="fr-callout__title">À lire aussi</h3><p class="fr-callout__text">{c.link(headlines(c, 1)[0])}</p></div>'


def fam_dsfr_ministry(c: Ctx) -> FamilyOut:
    """A DSFR ministry page: fr-header, breadcrumb, lead, fr-content with callouts, fr-footer."""
    parts, gold = body_html(c, body_blocks(c, 0.5, 0.35, 0.3), lambda t: f"<h2>{esc(t)}</h2>")
    parts = weave(c, parts, c.rng.randint(1, 3), lambda: _dsfr_insert(c))
    ministry = pick(
        c,
        "Ministère de l’Économie, des Finances et de la Souveraineté industrielle et numérique",
        "Ministère de la Transition écologique",
        "Ministère de l’Éducation nationale",
        "Ministère du Travail, de la Santé et des Solidarités",
        "Ministère de l’Intérieur",
    )
    y, m, d = era_date(c, 2021, 2025)
    kind = pick(c, "Communiqué de presse", "Actualité", "Discours")
    contact = (
        f'<div class="fr-highlight"><p><strong>Contact presse</strong><br>Service de presse du ministère<br>Tél. : 01 {c.rng.randint(40, 53)} {c.rng.randint(10, 99)} {c.rng.randint(10, 99)} {c.rng.randint(10, 99)}<br><a href="mailto:presse@{c.site}">presse@{c.site}</a></p></div>'
        if c.rng.random() < 0.5
        else ""
    )
    tags = "".join(
        f'<li><a class="fr-tag fr-tag--sm" href="/actualites?theme={hexid(c, 4)}">{t}</a></li>'
        for t in c.rng.sample(
            ["Économie", "Emploi", "Climat", "Europe", "Numérique", "Industrie", "Territoires"], 2
        )
    )
    c.used += "dsfr-skiplinks dsfr-header dsfr-nav dsfr-breadcrumb dsfr-title dsfr-lead dsfr-date dsfr-tags dsfr-share dsfr-follow dsfr-footer".split()
    html = (
        f'<body><div class="fr-skiplinks"><nav class="fr-container" role="navigation" aria-label="Accès rapide"><ul class="fr-skiplinks__list"><li><a class="fr-link" href="#contenu">Contenu</a></li><li><a class="fr-link" href="#header-navigation">Menu</a></li><li><a class="fr-link" href="#footer">Pied de page</a></li></ul></nav></div>'
        f'<header role="banner" class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row"><div class="fr-header__brand fr-enlarge-link"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div></div><div class="fr-header__service"><a href="/" title="Accueil - {esc(ministry)}"><p class="fr-header__service-title">{esc(ministry)}</p></a></div></div>'
        f'<div class="fr-header__tools"><div class="fr-header__tools-links"><ul class="fr-btns-group"><li><a class="fr-btn fr-icon-mail-line" href="/presse">Espace presse</a></li><li><a class="fr-btn" href="/contact">Contact</a></li></ul></div><div class="fr-header__search fr-modal"><div class="fr-search-bar" role="search"><label class="fr-label" for="search">Rechercher</label><input class="fr-input" placeholder="Rechercher" type="search" id="search"><button class="fr-btn" title="Rechercher">Rechercher</button></div></div></div></div></div></div>'
        f'<div class="fr-header__menu fr-modal"><div class="fr-container"><nav class="fr-nav" id="header-navigation" role="navigation" aria-label="Menu principal"><ul class="fr-nav__list"><li class="fr-nav__item"><a class="fr-nav__link" href="/actualites">Actualités</a></li><li class="fr-nav__item"><button class="fr-nav__btn" aria-expanded="false">Le ministère</button></li><li class="fr-nav__item"><button class="fr-nav__btn" aria-expanded="false">Politiques publiques</button></li><li class="fr-nav__item"><a class="fr-nav__link" href="/presse">Presse</a></li><li class="fr-nav__item"><a class="fr-nav__link" href="/demarches">Démarches</a></li></ul></nav></div></div></header>'
        f'<main id="contenu" role="main"><div class="fr-container"><nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :"><button class="fr-breadcrumb__button" aria-expanded="false">Voir le fil d’Ariane</button><div class="fr-collapse"><ol class="fr-breadcrumb__list"><li><a class="fr-breadcrumb__link" href="/">Accueil</a></li><li><a class="fr-breadcrumb__link" href="/presse">Presse</a></li><li><a class="fr-breadcrumb__link" aria-current="page">{esc(c.body.title[:40])}</a></li></ol></div></nav>'
        f'<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-8"><p class="fr-tag fr-tag--sm">{kind}</p><h1>{esc(c.body.title)}</h1><p class="fr-text--lead">{esc(sentence(c, 2))}</p><p class="fr-text--sm fr-mb-2w">Publié le {d} {_FR_MONTHS[m - 1]} {y}</p><ul class="fr-tags-group">{tags}</ul>'
        f'<div class="fr-content">{"".join(parts)}{contact}</div>'
        f'<div class="fr-share"><p class="fr-share__title">Partager la page</p><ul class="fr-btns-group"><li><a class="fr-btn--facebook fr-btn" href="#">Partager sur Facebook</a></li><li><a class="fr-btn--twitter-x fr-btn" href="#">Partager sur X</a></li><li><a class="fr-btn--linkedin fr-btn" href="#">Partager sur LinkedIn</a></li><li><a class="fr-btn--mail fr-btn" href="#">Partager par messagerie</a></li><li><button class="fr-btn--copy fr-btn">Copier dans le presse-papier</button></li></ul></div></div>'
        f'<div class="fr-col-12 fr-col-md-4"><div class="fr-card"><div class="fr-card__body"><h3 class="fr-card__title">Dernières actualités</h3><ul>{heads_list(c, 3, "/actualites/")}</ul></div></div></div></div></div>'
        f'<div class="fr-follow"><div class="fr-container"><div class="fr-follow__newsletter"><h2 class="fr-h5">Abonnez-vous à notre lettre d’information</h2><form><input class="fr-input" type="email" placeholder="Votre adresse électronique (ex. : nom@domaine.fr)"><button class="fr-btn">S’abonner</button></form><p class="fr-hint-text">En renseignant votre adresse électronique, vous acceptez de recevoir nos actualités par courriel.</p></div><div class="fr-follow__social"><h2 class="fr-h5">Suivez-nous sur les réseaux sociaux</h2><ul class="fr-btns-group"><li><a class="fr-btn--x fr-btn" href="#">X</a></li><li><a class="fr-btn--linkedin fr-btn" href="#">LinkedIn</a></li></ul></div></div></div></main>'
        f'<footer class="fr-footer" role="contentinfo" id="footer"><div class="fr-container"><div class="fr-footer__body"><div class="fr-footer__brand"><p class="fr-logo">République<br>Française</p></div><div class="fr-footer__content"><ul class="fr-footer__content-list"><li><a class="fr-footer__content-link" href="https://legifrance.gouv.fr">legifrance.gouv.fr</a></li><li><a class="fr-footer__content-link" href="https://info.gouv.fr">info.gouv.fr</a></li><li><a class="fr-footer__content-link" href="https://service-public.fr">service-public.fr</a></li><li><a class="fr-footer__content-link" href="https://data.gouv.fr">data.gouv.fr</a></li></ul></div></div>'
        f'<div class="fr-footer__bottom"><ul class="fr-footer__bottom-list"><li><a class="fr-footer__bottom-link" href="/plan-du-site">Plan du site</a></li><li><a class="fr-footer__bottom-link" href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a class="fr-footer__bottom-link" href="/mentions-legales">Mentions légales</a></li><li><a class="fr-footer__bottom-link" href="/donnees-personnelles">Données personnelles</a></li><li><button class="fr-footer__bottom-link">Gestion des cookies</button></li></ul><div class="fr-footer__bottom-copy"><p>Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous <a href="https://github.com/etalab/licence-ouverte/blob/master/LO.md">licence etalab-2.0</a></p></div></div></div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A German university's news on TYPO3 (tx_news, frame / ce- content elements)

_DE_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)


def fam_typo3_uni(c: Ctx) -> FamilyOut:
    """A TYPO3 tx_news item: service nav, left sub-menu, teaser-text, news-text-wrap, Kontakt."""
    parts, gold = body_html(
        c, body_blocks(c, 0.4, 0.3, 0.3), lambda t: f"<h2>{esc(t)}</h2>", '<p class="bodytext">'
    )
    uni = pick(
        c,
        "Universität Rheinstadt",
        "Technische Universität Nordheim",
        "Ludwig-Maximilians-Universität Südberg",
        "Universität Hansehafen",
        "Hochschule Mittelland",
    )
    y, m, d = era_date(c, 2012, 2024)
    who = c.rng.choice(PEOPLE)
    if c.rng.random() < 0.3:
        c.used.append("typo3-inline-image")
        parts.insert(
            c.rng.randint(1, len(parts)),
            f'<div class="ce-textpic ce-right ce-intext"><div class="ce-gallery" data-ce-columns="1" data-ce-images="1"><figure class="image"><img class="image-embed-item" src="/fileadmin/_processed_/{hexid(c, 1)}/{hexid(c, 1)}/csm_{hexid(c, 8)}_{hexid(c, 10)}.jpg" width="300" height="200" alt=""><figcaption class="image-caption">{esc(sentence(c))} Foto: {c.rng.choice(PEOPLE)}</figcaption></figure></div></div>',
        )
    if c.rng.random() < 0.6:
        c.used.append("typo3-contact")
        parts.append(
            f'<div class="news-contact"><h3>Kontakt</h3><p class="bodytext">Prof. Dr. {who}<br>Institut für {pick(c, "Politikwissenschaft", "Informatik", "Volkswirtschaftslehre", "Geographie", "Physik")}<br>Tel.: +49 {c.rng.randint(30, 911)} {c.rng.randint(100, 999)}-{c.rng.randint(1000, 9999)}<br>E-Mail: <a href="mailto:{slug(who).replace("-", ".")}@{c.site}">{slug(who).replace("-", ".")}@{c.site}</a></p></div>'
        )
    img = (
        f'<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><a href="/fileadmin/user_upload/{hexid(c, 8)}.jpg" title="" class="lightbox" rel="lightbox[myImageSet]"><img src="/fileadmin/_processed_/{hexid(c, 1)}/{hexid(c, 1)}/csm_{hexid(c, 10)}.jpg" width="600" height="400" alt=""></a></div><p class="news-img-caption">{esc(sentence(c))} (Foto: {pick(c, "Pressestelle", c.rng.choice(PEOPLE), "Colourbox")})</p></div></div>'
        if c.rng.random() < 0.7
        else ""
    )
    old = c.rng.random() < 0.4
    frame = (
        '<div id="c{n}" class="csc-default">'
        if old
        else '<div id="c{n}" class="frame frame-default frame-type-news_newsdetail frame-layout-0">'
    )
    related = "".join(
        f'<li><a href="/news/detail/{slug(h)[:40]}">{esc(h)}</a></li>'
        for h in headlines(c, c.rng.randint(2, 3))
    )
    submenu = "".join(
        f'<li><a href="/{slug(t)}/">{t}</a></li>'
        for t in [
            "Pressemitteilungen",
            "Aktuelles",
            "Veranstaltungen",
            "Pressefotos",
            "Expertendienst",
            "Kontakt Pressestelle",
        ]
    )
    c.used += "typo3-service-nav typo3-logo typo3-breadcrumb typo3-submenu typo3-title typo3-date typo3-teaser typo3-related typo3-back typo3-share typo3-footer".split()
    html = (
        f'<body id="p{c.rng.randint(10, 9999)}" class="page-{c.rng.randint(10, 999)} pagelevel-3 language-0 backendlayout-subpage layout-default"><a class="sr-only" href="#main">Zum Inhalt springen</a><div class="service-nav"><ul><li><a href="/studium/">Studium</a></li><li><a href="/forschung/">Forschung</a></li><li><a href="/universitaet/">Universität</a></li><li><a href="/en/">English</a></li><li><a href="/suche/">Suche</a></li><li><a href="https://intranet.{c.site}/">Intranet</a></li></ul></div>'
        f'<header id="page-header"><a class="logo" href="/"><img src="/typo3conf/ext/sitepackage/Resources/Public/Images/logo.svg" alt="{uni}"></a><nav class="main-nav"><ul><li><a href="/studium/">Studium</a></li><li><a href="/forschung/">Forschung</a></li><li><a href="/transfer/">Transfer</a></li><li class="active"><a href="/presse/">Presse</a></li></ul></nav></header>'
        f'<div class="breadcrumb"><span>Sie sind hier:</span> <a href="/">Startseite</a> &gt; <a href="/presse/">Presse</a> &gt; <a href="/presse/pressemitteilungen/">Pressemitteilungen</a> &gt; <span>{y}</span></div>'
        f'<div class="page-body"><nav class="subnav"><ul>{submenu}</ul></nav><main id="main">'
        + frame.format(n=c.rng.randint(100, 99999))
        + f'<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h1 itemprop="headline">{esc(c.body.title)}</h1></div>'
        f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{y}-{m:02d}-{d:02d}">{d:02d}.{m:02d}.{y}</time></span> <span class="news-list-category">{pick(c, "Pressemitteilung", "Forschung", "Campus", "Personalia")}</span></p></div>'
        f'{img}<div class="teaser-text" itemprop="description"><p>{esc(sentence(c, 2))}</p></div>'
        f'<div class="news-text-wrap" itemprop="articleBody">{"".join(parts)}</div>'
        f'<div class="news-related-wrap"><div class="news-related news-related-news"><h4>Verwandte Nachrichten</h4><ul>{related}</ul></div></div>'
        f'<div class="news-backlink-wrap"><a href="/presse/pressemitteilungen/">Zurück</a></div><div class="news-share"><a href="#" class="share-mail">E-Mail</a> <a href="#" class="share-linkedin">LinkedIn</a> <a href="#" class="share-mastodon">Mastodon</a></div></div></div></div></main></div>'
        f'<footer id="page-footer"><div class="footer-address"><p>{uni}<br>{pick(c, "Schlossplatz 1", "Universitätsstraße 10", "Campus 2", "Hochschulring 5")}<br>{c.rng.randint(10000, 99999)} {pick(c, "Rheinstadt", "Nordheim", "Südberg", "Hansehafen")}</p></div><ul class="footer-links"><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/barrierefreiheit/">Barrierefreiheit</a></li><li><a href="/kontakt/">Kontakt</a></li></ul><p>© {y} {uni}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Spanish-language NGO on Plone (portal-column-content, parent-fieldname-text)


def fam_plone_ngo(c: Ctx) -> FamilyOut:
    """A Plone news item: portal-top, breadcrumbs, documentByLine, documentDescription, portlets."""
    parts, gold = body_html(c, body_blocks(c, 0.35, 0.3, 0.3), lambda t: f"<h2>{esc(t)}</h2>")
    ngo = pick(
        c,
        "Fundación Horizonte Solidario",
        "Acción por la Infancia",
        "Red Ciudadana por el Agua",
        "Asociación Tierra Viva",
        "Cooperación Sur-Norte",
    )
    if c.rng.random() < 0.6:
        c.used.append("plone-appeal")
        parts.append(
            '<p class="callout"><strong>Colabora con nosotros:</strong> tu apoyo hace posible nuestro trabajo. <a href="/colabora/dona">Dona ahora</a> o <a href="/colabora/hazte-socio">hazte socio/a</a>.</p>'
        )
    y, m, d = era_date(c, 2010, 2020)
    who = c.rng.choice(PEOPLE)
    image = (
        f'<div class="newsImageContainer"><a href="./image/image_view_fullscreen" id="parent-fieldname-image"><img src="./image_mini" alt="{esc(c.body.title)}" title="{esc(c.body.title)}" class="newsImage" height="200" width="150"><p class="discreet"><span>{esc(sentence(c))}</span></p></a></div>'
        if c.rng.random() < 0.6
        else ""
    )
    news = "".join(
        f'<dd class="portletItem"><a href="/noticias/{slug(h)[:40]}" class="tile">{esc(h)}<span class="portletItemDetails">{c.rng.randint(1, 28):02d}/{c.rng.randint(1, 12):02d}/{y}</span></a></dd>'
        for h in headlines(c, 3)
    )
    subjects = "".join(
        f'<a href="/@@search?Subject%3Alist={slug(t)}" class="link-category" rel="tag">{t}</a> '
        for t in c.rng.sample(
            [
                "Derechos humanos",
                "Infancia",
                "Agua",
                "Cooperación",
                "Migraciones",
                "Medio ambiente",
            ],
            2,
        )
    )
    c.used += "plone-top plone-globalnav plone-breadcrumbs plone-title plone-byline plone-description plone-actions plone-subjects plone-portlets plone-footer plone-colophon".split()
    html = (
        f'<body class="template-newsitem_view portaltype-news-item site-{slug(ngo)[:16]} section-noticias icons-on" dir="ltr"><div id="visual-portal-wrapper"><div id="portal-top" class="row"><div class="cell width-full position-0"><div id="portal-header"><p class="hiddenStructure"><a accesskey="2" href="#documentContent">Saltar a contenido.</a> | <a accesskey="6" href="#portal-globalnav">Saltar a navegación</a></p>'
        f'<div id="portal-personaltools-wrapper"><dl class="actionMenu deactivated" id="portal-personaltools"><dd class="actionMenuContent"><ul><li><a href="/login">Iniciar sesión</a></li></ul></dd></dl></div>'
        f'<div id="portal-searchbox"><form id="searchGadget_form" action="/search"><div class="LSBox"><label class="hiddenStructure" for="searchGadget">Buscar en el sitio</label><input name="SearchableText" type="text" size="18" title="Buscar en el sitio" placeholder="Buscar en el sitio" class="searchField"><input class="searchButton" type="submit" value="Buscar"></div></form></div>'
        f'<a id="portal-logo" title="{ngo}" accesskey="1" href="/"><img src="/logo.png" alt="{ngo}"></a><a class="boton-dona" href="/colabora/dona">Dona</a>'
        f'<h5 class="hiddenStructure">Secciones</h5><ul id="portal-globalnav"><li id="portaltab-index_html" class="plain"><a href="/">Inicio</a></li><li class="plain"><a href="/quienes-somos">Quiénes somos</a></li><li class="plain"><a href="/que-hacemos">Qué hacemos</a></li><li class="selected"><a href="/noticias">Noticias</a></li><li class="plain"><a href="/publicaciones">Publicaciones</a></li><li class="plain"><a href="/colabora">Colabora</a></li></ul></div></div></div>'
        f'<div id="portal-columns" class="row"><div id="portal-column-content" class="cell width-3:4 position-0"><div id="viewlet-above-content"><div id="portal-breadcrumbs"><span id="breadcrumbs-you-are-here">Usted está aquí:</span> <span id="breadcrumbs-home"><a href="/">Inicio</a><span class="breadcrumbSeparator"> → </span></span><span id="breadcrumbs-1" dir="ltr"><a href="/noticias">Noticias</a><span class="breadcrumbSeparator"> → </span></span><span id="breadcrumbs-current">{esc(c.body.title[:50])}</span></div></div>'
        f'<div id="content"><div id="viewlet-above-content-title"></div><h1 id="parent-fieldname-title" class="documentFirstHeading">{esc(c.body.title)}</h1>'
        f'<div id="plone-document-byline" class="documentByLine"><span class="documentAuthor">por <a href="/author/{user(c)}">{who}</a></span> — <span class="documentModified"><span>última modificación</span> {d:02d}/{m:02d}/{y} {clock(c)}</span></div>'
        f'<div id="parent-fieldname-description" class="documentDescription">{esc(sentence(c, 2))}</div><div id="viewlet-above-content-body"></div>'
        f'<div id="content-core">{image}<div id="parent-fieldname-text" class="plain">{"".join(parts)}</div></div>'
        f'<div id="viewlet-below-content-body"><div class="visualClear"><!-- --></div><div class="documentActions"><h5 class="hiddenStructure">Acciones de Documento</h5><ul><li id="document-action-sendto"><a href="/sendto_form" title="">Enviar esto</a></li><li id="document-action-print"><a href="javascript:this.print();" title="">Imprimir esto</a></li></ul></div>'
        f'<div id="category" class="documentByLine">Archivado en: {subjects}</div></div></div></div>'
        f'<div id="portal-column-two" class="cell width-1:4 position-3:4"><dl class="portlet portletNews"><dt class="portletHeader"><span class="portletTopLeft"></span><a href="/noticias" class="tile">Noticias</a><span class="portletTopRight"></span></dt>{news}<dd class="portletFooter"><a href="/noticias">Más noticias…</a></dd></dl>'
        f'<dl class="portlet portletEvents"><dt class="portletHeader"><a href="/eventos">Próximos eventos</a></dt><dd class="portletItem"><a href="/eventos/{hexid(c, 6)}">{pick(c, "Jornada de voluntariado", "Charla: agua y derechos", "Concierto solidario")}<span class="portletItemDetails">{c.rng.randint(1, 28):02d}/{c.rng.randint(1, 12):02d}/{y + 1}</span></a></dd></dl>'
        f'<dl class="portlet portletStaticText portlet-dona"><dt class="portletHeader">Haz tu donativo</dt><dd class="portletItem"><p>Con {c.rng.randint(5, 50)} € al mes puedes cambiar vidas.</p><p><a href="/colabora/dona">Dona ahora</a></p></dd></dl></div></div>'
        f'<div id="portal-footer-wrapper" class="row"><div id="portal-footer"><p>{ngo} · CIF G{c.rng.randint(10**7, 10**8)} · Inscrita en el Registro de Fundaciones con el n.º {c.rng.randint(100, 2000)}</p><p><a href="/aviso-legal">Aviso legal</a> | <a href="/privacidad">Política de privacidad</a> | <a href="/transparencia">Transparencia</a> | <a href="/contacto">Contacto</a></p></div>'
        f'<div id="portal-colophon"><div class="colophonWrapper"><ul><li><a href="http://plone.org" title="Este sitio fue construido utilizando Plone CMS, el Sistema de Gestión de Contenidos de Fuentes Abiertas. Haga clic para más información.">Desarrollado con Plone®</a></li></ul></div></div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Swedish corporate newsroom on Mynewsdesk

_SV_MONTHS = "jan feb mar apr maj jun jul aug sep okt nov dec".split()


def fam_mynewsdesk(c: Ctx) -> FamilyOut:
    """A Mynewsdesk release: cookie banner, newsroom tabs, summary, body, Om-boilerplate, contacts."""
    parts, gold = body_html(c, body_blocks(c, 0.3, 0.3, 0.5), lambda t: f"<h3>{esc(t)}</h3>")
    company = f"{brand(c)} {pick(c, 'AB', 'Group AB', 'Sverige AB', 'Bygg AB', 'Energi AB')}"
    y, m, d = era_date(c, 2012, 2024)
    kind = pick(c, "Pressmeddelande", "Nyhet", "Pressmeddelande", "Blogginlägg")
    contacts = "".join(
        f'<div class="contact-card"><img class="contact-card__image" src="https://mnd-assets.mynewsdesk.com/image/upload/c_fill,h_100,w_100/{hexid(c, 20)}" alt=""><div class="contact-card__info"><p class="contact-card__name">{p}</p><p class="contact-card__title">{pick(c, "Presschef", "Kommunikationsdirektör", "VD", "Pressansvarig", "Head of Communications")}</p><p class="contact-card__phone">+46 {c.rng.randint(70, 76)} {c.rng.randint(100, 999)} {c.rng.randint(10, 99)} {c.rng.randint(10, 99)}</p><a class="contact-card__email" href="mailto:{slug(p).replace("-", ".")}@{c.site}">{slug(p).replace("-", ".")}@{c.site}</a></div></div>'
        for p in c.rng.sample(PEOPLE, c.rng.randint(1, 3))
    )
    related = "".join(
        f'<li class="material-list__item"><span class="material-list__type">{pick(c, "Pressmeddelande", "Nyhet", "Bild")}</span><a href="/se/{slug(company)}/pressreleases/{slug(h)[:40]}-{c.rng.randint(10**6, 10**7)}">{esc(h)}</a><time>{c.rng.randint(1, 28)} {_SV_MONTHS[c.rng.randint(0, 11)]} {y}</time></li>'
        for h in headlines(c, 3)
    )
    image = (
        f'<figure class="material__image"><img src="https://mnd-assets.mynewsdesk.com/image/upload/ar_16:9,c_fill,dpr_auto,f_auto,g_auto,q_auto:good,w_746/{hexid(c, 20)}" alt=""><figcaption>{esc(sentence(c))}</figcaption><a class="material__download" href="#">Ladda ner</a> <span class="material__license">Licens: {pick(c, "Medieanvändning", "Creative Commons erkännande")}</span></figure>'
        if c.rng.random() < 0.65
        else ""
    )
    about = f'<div class="boilerplate"><h3>Om {company}</h3><p>{company} är {pick(c, "ett ledande", "ett av Nordens största", "ett snabbväxande")} {pick(c, "energibolag", "byggföretag", "teknikbolag", "fastighetsbolag")} med cirka {c.rng.randint(2, 90) * 100} medarbetare i {pick(c, "Sverige, Norge och Finland", "Norden", "tolv länder")}. Bolaget är noterat på Nasdaq Stockholm. Läs mer på www.{c.site}.</p></div>'
    c.used += "mnd-cookie mnd-header mnd-tabs mnd-follow mnd-type-date mnd-title mnd-summary mnd-boilerplate mnd-subjects mnd-contacts mnd-related mnd-subscribe mnd-footer".split()
    html = (
        f'<body class="newsroom-layout"><div id="cookie-consent" class="cookie-banner"><p>Vi använder cookies för att förbättra din upplevelse. <a href="https://www.mynewsdesk.com/se/about/cookies">Läs mer</a></p><button>Acceptera alla</button><button>Endast nödvändiga</button></div>'
        f'<header class="newsroom-header"><div class="newsroom-header__logo"><img src="https://mnd-assets.mynewsdesk.com/image/upload/c_limit,h_90/{hexid(c, 20)}" alt="{company}"></div><h2 class="newsroom-header__name">{company}</h2><button class="btn btn--follow">Följ {company}</button>'
        f'<nav class="newsroom-tabs"><a href="/se/{slug(company)}" class="newsroom-tabs__item">Hem</a><a href="/se/{slug(company)}/latest_news" class="newsroom-tabs__item">Nyheter</a><a href="/se/{slug(company)}/pressreleases" class="newsroom-tabs__item is-active">Pressmeddelanden</a><a href="/se/{slug(company)}/images" class="newsroom-tabs__item">Bilder</a><a href="/se/{slug(company)}/documents" class="newsroom-tabs__item">Dokument</a><a href="/se/{slug(company)}/contact_people" class="newsroom-tabs__item">Kontaktpersoner</a></nav></header>'
        f'<main class="material" id="main"><article class="material__article"><header class="material__header"><p class="material__meta"><span class="material__type">{kind}</span> • <time datetime="{y}-{m:02d}-{d:02d}T{clock(c)}:00+02:00">{d} {_SV_MONTHS[m - 1]} {y} {clock(c)} CEST</time></p><h1 class="material__title">{esc(c.body.title)}</h1></header>'
        f'{image}<div class="material__summary"><p><strong>{esc(sentence(c, 2))}</strong></p></div>'
        f'<div class="material__body">{"".join(parts)}</div>{about}'
        f'<div class="material__tags"><h4>Ämnen</h4><a href="#">{pick(c, "Energi", "Bygg", "Teknik", "Hållbarhet", "Ekonomi")}</a> <a href="#">{pick(c, "Finans", "Miljö", "Industri")}</a><h4>Kategorier</h4><a href="#">{pick(c, "rapport", "hållbarhet", "förvärv", "utnämning")}</a><h4>Regioner</h4><a href="#">{pick(c, "Stockholm", "Göteborg", "Malmö", "Sverige")}</a></div></article>'
        f'<aside class="material__aside"><section class="contacts"><h3>Kontaktpersoner</h3>{contacts}</section><section class="related"><h3>Relaterat innehåll</h3><ul class="material-list">{related}</ul></section>'
        f'<section class="subscribe"><h3>Prenumerera på nyheter från {company}</h3><form><input type="email" placeholder="Din e-postadress"><button>Prenumerera</button></form><p class="subscribe__legal">Genom att prenumerera godkänner du Mynewsdesks integritetspolicy.</p></section></aside></main>'
        f'<footer class="mnd-footer"><p>Pressrummet drivs av <a href="https://www.mynewsdesk.com/se">Mynewsdesk</a>. <a href="https://www.mynewsdesk.com/se/signup">Skapa ditt eget pressrum</a></p><p><a href="#">Integritetspolicy</a> · <a href="#">Cookie-inställningar</a> · <a href="#">Användarvillkor</a></p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "jp-daily": (fam_jp_daily, "politics"),
    "vn-express": (fam_vn_express, "news"),
    "cz-idnes": (fam_cz_idnes, "business"),
    "he-ynet": (fam_he_ynet, "news"),
    "sina-blog": (fam_sina_blog, "blog"),
    "blog-hu": (fam_blog_hu, "blog"),
    "hexo-next": (fam_hexo_next, "code"),
    "sapo-blogs": (fam_sapo_blogs, "lede"),
    "dsfr-ministry": (fam_dsfr_ministry, "ecb"),
    "typo3-uni": (fam_typo3_uni, "tech"),
    "plone-ngo": (fam_plone_ngo, "news"),
    "mynewsdesk": (fam_mynewsdesk, "business"),
}

_LANG = {
    "jp-daily": "ja",
    "vn-express": "vi",
    "cz-idnes": "cs",
    "he-ynet": "he",
    "sina-blog": "zh-CN",
    "blog-hu": "hu",
    "hexo-next": "zh-CN",
    "sapo-blogs": "pt-PT",
    "dsfr-ministry": "fr",
    "typo3-uni": "de",
    "plone-ngo": "es",
    "mynewsdesk": "sv",
}

_HEAD = {
    "jp-daily": '<meta name="cXenseParse:recs:articleid" content="AS0000"><meta property="og:type" content="article">',
    "vn-express": '<meta name="its_section" content="thoi-su"><meta name="tt_article_id" content="4000000">',
    "cz-idnes": '<meta name="author" content="MAFRA, a.s."><meta property="og:site_name" content="iDNES.cz">',
    "he-ynet": '<meta property="og:locale" content="he_IL"><meta name="dir" content="rtl">',
    "sina-blog": '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><link rel="stylesheet" href="http://simg.sinajs.cn/blog7style/css/conf/blog/article.css">',
    "blog-hu": '<meta name="generator" content="blog.hu"><link rel="alternate" type="application/rss+xml" href="/rss">',
    "hexo-next": '<meta name="generator" content="Hexo 5.4.0"><link rel="stylesheet" href="/css/main.css">',
    "sapo-blogs": '<meta name="generator" content="SAPO Blogs"><link rel="alternate" type="application/rss+xml" href="/data/rss">',
    "dsfr-ministry": '<meta name="theme-color" content="#000091"><link rel="stylesheet" href="/dsfr/dsfr.min.css">',
    "typo3-uni": '<meta name="generator" content="TYPO3 CMS"><link rel="stylesheet" href="/typo3temp/assets/compressed/merged-styles.css">',
    "plone-ngo": '<meta name="generator" content="Plone - http://plone.org"><base href="./">',
    "mynewsdesk": '<meta name="generator" content="Mynewsdesk"><meta property="og:type" content="article">',
}


def y_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language (and direction), canonical link and site tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")
    attrs = f'lang="{lang}" dir="rtl"' if lang == "he" else f'lang="{lang}"'

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', attrs, 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 2401) -> list[Page]:
    """Set Y: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    kinds = {**kinds, "code": unique_bodies(code_bodies())}
    return draw_set(
        "y", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=y_head
    )


if __name__ == "__main__":  # page_families_y.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 2401)

"""Set AO, second half: six more English blog and newsletter kinds (a Blot.im blog, a listmonk
newsletter's public archive, an open-source project's blog on Hugo's Docsy theme, a company
engineering blog on VitePress, a HEY World post, an omg.lol weblog entry), `FAMILIES`, the head
amender and `build_pages`. Written under the same rules as page_templates_ao.py, whose docstring
holds the set's shared gold decisions.

Decisions for this module's families, made before they were coded:
- a Blot.im blog (2015-2025, the "Blank" / "Magazine" templates; posts written as files in a
  folder): the paragraphs, subheadings, lists, quotes and tables of `div.entry` after the
  title are article; the header (blog name, "Archives", "Search", "Feed"), the entry `h1`,
  the date (`span.date`), the tags ("Tagged"), the "Previous" / "Next" links, the Disqus
  block and the footer are not;
- a listmonk newsletter's public archive (2022-2026, self-hosted; the email shown in the
  archive page's `div.wrap`): the paragraphs, subheadings, lists, quotes and tables of the
  campaign body (the `td.content` cell of the email's layout table) are article, the
  greeting and sign-off too (the author's text); the archive header ("Archive", the list
  name), the `h2` campaign subject (headline), the date line, the "View in browser" link, the
  email's own header (logo, issue line), the "Forward to a friend" box, the footer ("Unsubscribe",
  "Manage preferences", postal address) and "Powered by listmonk" are not;
- an open-source project's blog on Hugo Docsy (2019-2026; code bodies, as the Kubernetes /
  gRPC blogs): the paragraphs, subheadings (without their "#" anchors), lists, quotes, tables
  and code (Chroma `div.highlight`, with its "Copy" button not) of `div.td-content` after the
  header are article; the navbar (project logo, "Documentation", "Blog", "Community",
  version dropdown, search), the left blog nav (years, post list), the right `td-toc` ("On
  this page", "Edit this page", "Create child page", "Create documentation issue"), the `h1`
  headline, the `div.lead` (standfirst), the `div.td-byline` ("By NAME (ORG) | Date"), the
  "Feedback" box ("Was this page helpful?" Yes / No), the "Last modified" line, the
  prev / next pager and the footer (CNCF / license lines, "Privacy Policy") are not;
- a company engineering blog on VitePress (2022-2026; code bodies): the paragraphs,
  subheadings (without the `a.header-anchor`), lists, quotes, tables and code (Shiki `div
  [class*=language-]`, its `span.lang` label and `button.copy` not) of `div.vp-doc` are
  article; the VPNav (logo, "Engineering", "Careers", "Product", social links), the
  `h1` headline, the author / date / "N min read" line, the tag chips, the "We're hiring!"
  callout (`div.custom-block.tip` with a careers link — furniture as set AF's promo boxes),
  the "Edit this page on GitHub" / "Last updated" footer, the prev / next `VPDocFooter` pager,
  the right aside outline ("On this page") and the site footer are not;
- a HEY World post (2021-2024, posts written as emails): the paragraphs, subheadings, lists
  and quotes of `div.trix-content` are article; the header ("HEY World", the author's name
  and avatar), the `h1` subject, the date line, the "Subscribe to NAME's HEY World" form
  ("Your email address", "Subscribe"), the "Reply" link ("Reply via email"), the "More from
  NAME" list and the "HEY World is a blog-by-email platform" footer are not;
- an omg.lol weblog entry (weblog.lol, 2022-2026): the paragraphs, subheadings, lists,
  quotes and tables of the entry's markdown in `article.post` (after the title) are
  article; the header (address "NAME.omg.lol", the `nav` links), the `h1` title, the date
  (`div.weblog-date`), the tags (`div.tags`, "#tag" links), the "Reply by email" link, the
  "Recent posts" list, the status.lol / now page badges and the footer ("Powered by
  omg.lol", "weblog.lol") are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key, unique_bodies
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks
from page_templates_af import EN_MONTHS, insert_at
from page_templates_ao import (
    fam_hakyll_tufte,
    fam_mataroa,
    fam_nikola,
    fam_tinyletter,
    fam_transistor,
    fam_wowchemy_lab,
    lang_of,
    li_links,
    us_date,
)
from page_templates_b import code_bodies, headlines
from page_templates_e import hexid, sentence
from page_templates_q import pick
from page_templates_s import body_html, era_date

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


# ---------------------------------------------------------------------------------------------
# 7. A Blot.im blog


def fam_blot(c: Ctx) -> FamilyOut:
    """Blot "Blank" template: header links, div.entry holding h1 then the body, pagination."""
    parts, gold = body_html(
        c, body_blocks(c, 0.3, 0.25, 0.2), lambda t: f'<h2 id="{slug(t)[:40]}">{esc(t)}</h2>'
    )
    y, m, d = era_date(c, 2015, 2025)
    name = c.rng.choice(PEOPLE)
    blog = pick(
        c, name, f"{name.split()[0]}'s notebook", "Field Notes", "Marginalia", "Working Notes"
    )
    eslug = slug(c.body.title)[:40]
    if c.rng.random() < 0.3:
        img = f'<p><img src="/_image_cache/{hexid(c, 8)}-{hexid(c, 4)}.jpg" width="{c.rng.randint(600, 1400)}" height="{c.rng.randint(400, 900)}" alt=""></p>'
        parts = insert_at(c, parts, img, "blot-image")
    tags = (
        '<div class="tags">Tagged '
        + ", ".join(
            f'<a href="/tagged/{t}">{t}</a>'
            for t in c.rng.sample(
                ["writing", "photography", "walking", "tools", "books", "design"], 2
            )
        )
        + "</div>"
        if c.rng.random() < 0.6
        else ""
    )
    disqus = (
        '<div id="disqus_thread"></div><script src="https://blot.disqus.com/embed.js"></script>'
        if c.rng.random() < 0.3
        else ""
    )
    c.used += "blot-header blot-title blot-date blot-pager blot-footer".split()
    html = (
        f'<body><div class="container"><header class="header"><a class="site-title" href="/">{esc(blog)}</a><nav class="links"><a href="/archives">Archives</a> <a href="/search">Search</a> <a href="/feed.rss">Feed</a></nav></header>'
        f'<div class="entry"><h1><a href="/{eslug}">{esc(c.body.title)}</a></h1><span class="date">{us_date(m, d, y)}</span>{"".join(parts)}</div>{tags}'
        f'<div class="pagination"><a class="previous" href="/{slug(headlines(c, 1)[0])[:40]}">&larr; Previous</a> <a class="next" href="/{slug(headlines(c, 1)[0])[:40]}">Next &rarr;</a></div>{disqus}'
        f'<footer class="footer"><p>&copy; {y} {esc(name)} &middot; <a href="/feed.rss">RSS</a> &middot; Published with <a href="https://blot.im">Blot</a></p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A listmonk newsletter's public archive


def fam_listmonk(c: Ctx) -> FamilyOut:
    """listmonk archive: archive header, campaign subject, the email's table layout, footer."""
    parts, gold = body_html(
        c, body_blocks(c, 0.35, 0.3, 0.15), lambda t: f'<h2 style="font-size:20px">{esc(t)}</h2>'
    )
    y, m, d = era_date(c, 2022, 2026)
    who = c.rng.choice(PEOPLE)
    lst = pick(
        c,
        "Weekly Notes",
        "The Changelog Letter",
        "Open Source Digest",
        "Field Reports",
        "Monthly Roundup",
    )
    if c.rng.random() < 0.6:
        hello = pick(c, "Hello everyone,", "Hi there,", "Welcome back,")
        parts, gold = [f"<p>{hello}</p>", *parts], [("p", hello), *gold]
        c.used.append("lm-greeting")
    if c.rng.random() < 0.5:
        bye = pick(
            c,
            f"Cheers, {who.split()[0]}",
            f"See you next month. {who}",
            "That's all for this issue.",
        )
        parts.append(f"<p>{esc(bye)}</p>")
        gold.append(("p", bye))
        c.used.append("lm-signoff")
    issue = c.rng.randint(5, 150)
    forward = (
        '<table class="forward" width="100%"><tr><td style="background:#f4f4f4;padding:15px">Was this forwarded to you? <a href="/subscription/form">Subscribe here</a>.</td></tr></table>'
        if c.rng.random() < 0.5
        else ""
    )
    if forward:
        c.used.append("lm-forward")
    c.used += "lm-archive-header lm-subject lm-date lm-email-header lm-footer".split()
    html = (
        f'<body><div class="container archive"><header class="header"><div class="logo"><a href="/archive"><img src="/public/static/logo.svg" alt="{esc(lst)}"></a></div></header>'
        f'<section class="archive-campaign"><p class="breadcrumb"><a href="/archive">&larr; Archive</a></p><h2>{esc(c.body.title)}</h2><p class="date">{d} {EN_MONTHS[m - 1][:3]} {y}</p>'
        f'<div class="campaign-body"><div class="gutter" style="background-color:#F0F1F3;padding:30px 0"><table class="wrap" width="100%" cellspacing="0" cellpadding="0" style="max-width:600px;margin:0 auto;background:#fff"><tr><td class="header" style="padding:20px 30px;border-bottom:1px solid #eee"><a href="/"><img src="/uploads/{slug(lst)}.png" alt="{esc(lst)}" height="40"></a><span class="issue" style="float:right;color:#888">Issue #{issue} &middot; <a href="/archive/{c.rng.randint(10, 900)}">View in browser</a></span></td></tr>'
        f'<tr><td class="content" style="padding:30px">{"".join(parts)}</td></tr>{"<tr><td>" + forward + "</td></tr>" if forward else ""}</table>'
        f'<div class="footer" style="text-align:center;font-size:12px;color:#888;padding:15px"><p>You are receiving this because you subscribed to {esc(lst)}.<br><a href="/subscription/{hexid(c, 8)}-{hexid(c, 4)}">Unsubscribe</a> &nbsp;&nbsp; <a href="/subscription/{hexid(c, 8)}/manage">Manage preferences</a></p><p>{c.rng.randint(10, 999)} {pick(c, "Elm Street", "Market Street", "Harbour Road")}, {pick(c, "Portland, OR", "Leeds, UK", "Toronto, ON")}</p></div>'
        f'<div class="gutter">&nbsp;<img src="/campaign/{hexid(c, 8)}/px.png" alt=""></div></div></div></section>'
        f'<footer class="container"><p class="powered">Powered by <a href="https://listmonk.app" target="_blank" rel="noreferrer">listmonk</a></p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. An open-source project's blog on Hugo Docsy


def _chroma_copy(c: Ctx, text: str, cls: str) -> str:
    lang = lang_of(text)
    code = "".join(
        f'<span class="line"><span class="cl">{esc(line)}\n</span></span>'
        for line in text.split("\n")
    )
    return f'<div class="{cls}"><button class="td-click-to-copy" title="Copy to clipboard">Copy</button><div class="highlight"><pre tabindex="0" class="chroma" style="background-color:#f8f8f8"><code class="language-{lang}" data-lang="{lang}">{code}</code></pre></div></div>'


def fam_docsy(c: Ctx) -> FamilyOut:
    """Docsy blog post: td-navbar, td-sidebar, td-content with byline, td-toc, feedback, pager."""
    parts, gold = body_html(
        c,
        body_blocks(c, 0.45, 0.25, 0.1),
        lambda t: (
            f'<h2 id="{slug(t)[:40]}">{esc(t)}<a class="td-heading-self-link" href="#{slug(t)[:40]}" aria-label="Heading self-link"></a></h2>'
        ),
        "<p>",
        lambda t: _chroma_copy(c, t, "td-code-wrap"),
    )
    y, m, d = era_date(c, 2019, 2026)
    project = pick(c, "Kestrel", "Tessera", "Driftwood", "Quill", "Lattice", "Harbor")
    authors = ", ".join(
        f"{esc(a)} ({pick(c, 'Google', 'Red Hat', 'independent', 'VMware', 'Microsoft')})"
        for a in c.rng.sample(PEOPLE, c.rng.randint(1, 3))
    )
    lead = f'<div class="lead">{sentence(c)}</div>' if c.rng.random() < 0.5 else ""
    if lead:
        c.used.append("docsy-lead")
    years = "".join(
        f'<li class="td-sidebar-nav__section-title"><a href="/blog/{yy}/" class="align-left pl-0 td-sidebar-link">{yy}</a></li>'
        for yy in range(y, max(2018, y - 3), -1)
    )
    toc = "".join(
        f'<li><a href="#{slug(str(v))[:40]}">{esc(str(v))}</a></li>' for k, v in gold if k == "h"
    )
    c.used += "docsy-navbar docsy-sidebar docsy-toc docsy-title docsy-byline docsy-feedback docsy-pager docsy-footer".split()
    html = (
        f'<body class="td-page td-blog"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row"><a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"><svg width="32" height="32"></svg></span><span class="navbar-brand__name">{project}</span></a><div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/docs/"><span>Documentation</span></a></li><li class="nav-item"><a class="nav-link active" href="/blog/"><span>Blog</span></a></li><li class="nav-item"><a class="nav-link" href="/community/"><span>Community</span></a></li><li class="nav-item dropdown d-none d-lg-block"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown">v1.{c.rng.randint(2, 31)}</a></li></ul></div><div class="d-none d-lg-block"><div class="td-search"><input type="search" class="form-control td-search__input" placeholder="Search this site…" aria-label="Search this site…"></div></div></div></nav></header>'
        f'<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0">{years}</ul></nav></div></aside>'
        f'<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0"><a href="https://github.com/{slug(project)}/website/edit/main/content/en/blog/{y}/{slug(c.body.title)[:30]}.md" target="_blank"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a> <a href="https://github.com/{slug(project)}/website/new/main/content/en/blog/{y}" target="_blank"><i class="fa-solid fa-pen-to-square fa-fw"></i> Create child page</a> <a href="https://github.com/{slug(project)}/website/issues/new" target="_blank"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a></div>'
        f'<div class="td-toc"><nav id="TableOfContents"><ul>{toc}</ul></nav></div></aside>'
        f'<main class="col-12 col-md-9 col-xl-8 ps-md-5 pe-md-4" role="main"><div class="td-content"><h1>{esc(c.body.title)}</h1>{lead}<div class="td-byline mb-4">By <b>{authors}</b> | <time datetime="{y}-{m:02d}-{d:02d}" class="text-body-secondary">{us_date(m, d, y)}</time></div>'
        f'<header class="article-meta"></header>{"".join(parts)}'
        f'<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p><button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button> <button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button></div>'
        f'<div class="text-body-secondary mt-5 pt-3 border-top">Last modified {us_date(m, min(28, d + 1), y)}: <a href="https://github.com/{slug(project)}/website/commit/{hexid(c, 40)}">{esc(headlines(c, 1)[0][:50])} ({hexid(c, 7)})</a></div>'
        f'<ul class="td-pagination list-unstyled d-flex justify-content-between align-items-center mt-3"><li><a href="/blog/{y}/{slug(headlines(c, 1)[0])[:30]}/" class="btn btn-primary">&laquo; Prev</a></li><li><a href="/blog/{y}/{slug(headlines(c, 1)[0])[:30]}/" class="btn btn-primary">Next &raquo;</a></li></ul></div></main></div></div>'
        f'<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1"><ul class="td-footer__links-list"><li class="td-footer__links-item"><a href="https://github.com/{slug(project)}" aria-label="GitHub">GitHub</a></li><li class="td-footer__links-item"><a href="https://slack.example.org" aria-label="Slack">Slack</a></li></ul></div><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">&copy; {y} The {project} Authors | Documentation Distributed under <a href="https://creativecommons.org/licenses/by/4.0">CC BY 4.0</a></span> <span class="td-footer__all_rights_reserved">All Rights Reserved</span> <a class="td-footer__privacy-link" href="https://policies.linuxfoundation.org/privacy-policy">Privacy Policy</a></div></div></div></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A company engineering blog on VitePress


def _shiki(c: Ctx, text: str) -> str:
    lang = lang_of(text)
    code = "".join(
        f'<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8">{esc(line)}</span></span>\n'
        for line in text.split("\n")
    )
    return f'<div class="language-{lang} vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">{lang}</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code>{code}</code></pre></div>'


def fam_vitepress(c: Ctx) -> FamilyOut:
    """VitePress blog: VPNav, VPDoc with vp-doc content, hiring callout, VPDocFooter, aside."""
    parts, gold = body_html(
        c,
        body_blocks(c, 0.45, 0.25, 0.15),
        lambda t: (
            f'<h2 id="{slug(t)[:40]}" tabindex="-1">{esc(t)} <a class="header-anchor" href="#{slug(t)[:40]}" aria-label="Permalink to &quot;{esc(t)}&quot;">&#8203;</a></h2>'
        ),
        "<p>",
        lambda t: _shiki(c, t),
    )
    y, m, d = era_date(c, 2022, 2026)
    company = pick(
        c, "Fernbrook", "Quayside", "Nimbus Pay", "Tallyworks", "Orchard Health", "Relay"
    )
    author = c.rng.choice(PEOPLE)
    if c.rng.random() < 0.45:
        hire = f'<div class="tip custom-block"><p class="custom-block-title">We\'re hiring!</p><p>{esc(company)} is looking for {pick(c, "backend engineers", "SREs", "data engineers", "a staff engineer")}. <a href="https://{slug(company)}.example.com/careers">See open roles</a>.</p></div>'
        parts = insert_at(c, parts, hire, "vp-hiring") if c.rng.random() < 0.5 else [*parts, hire]
        c.used.append("vp-hiring-box")
    chips = "".join(
        f'<a class="tag" href="/tags/{t}">{t}</a>'
        for t in c.rng.sample(
            ["infrastructure", "postgres", "kubernetes", "frontend", "observability", "culture"], 2
        )
    )
    outline = "".join(
        f'<li><a class="outline-link" href="#{slug(str(v))[:40]}">{esc(str(v))}</a></li>'
        for k, v in gold
        if k == "h"
    )
    c.used += "vp-nav vp-title vp-meta vp-tags vp-editlink vp-pager vp-aside vp-footer".split()
    html = (
        f'<body><div id="app"><div class="Layout" data-v-5d98c3a5><header class="VPNav" data-v-5d98c3a5><div class="VPNavBar has-sidebar"><div class="wrapper"><div class="container"><div class="title"><a class="title" href="/"><img class="VPImage logo" src="/logo.svg" alt=""><span>{esc(company)} Engineering</span></a></div><div class="content"><nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu"><span id="main-nav-aria-label" class="visually-hidden">Main Navigation</span><a class="VPLink link VPNavBarMenuLink active" href="/blog/">Blog</a><a class="VPLink link VPNavBarMenuLink" href="https://{slug(company)}.example.com/careers">Careers</a><a class="VPLink link VPNavBarMenuLink" href="https://{slug(company)}.example.com/">Product</a></nav><div class="VPSocialLinks"><a class="VPSocialLink" href="https://github.com/{slug(company)}" aria-label="github"></a></div></div></div></div></div></header>'
        f'<div class="VPContent has-sidebar" id="VPContent"><div class="VPDoc has-sidebar has-aside"><div class="container"><div class="aside"><div class="aside-container"><div class="aside-content"><div class="VPDocAside"><nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline has-outline"><div class="content"><div class="outline-marker"></div><div aria-level="2" class="outline-title" role="heading" id="doc-outline-aria-label">On this page</div><ul class="VPDocOutlineItem root">{outline}</ul></div></nav></div></div></div></div>'
        f'<div class="content"><div class="content-container"><main class="main"><div style="position:relative" class="vp-doc _blog_{slug(c.body.title)[:30].replace("-", "_")}"><div><h1 id="{slug(c.body.title)[:40]}" tabindex="-1">{esc(c.body.title)} <a class="header-anchor" href="#{slug(c.body.title)[:40]}">&#8203;</a></h1>'
        f'<div class="post-meta"><img class="avatar" src="https://github.com/{slug(author)}.png" alt=""><span class="author">{esc(author)}</span> · <time datetime="{y}-{m:02d}-{d:02d}">{us_date(m, d, y)}</time> · <span>{c.rng.randint(4, 15)} min read</span><div class="tags">{chips}</div></div>'
        f"{''.join(parts)}</div></div></main>"
        f'<footer class="VPDocFooter"><div class="edit-info"><div class="edit-link"><a class="VPLink link vt-link edit-link-button" href="https://github.com/{slug(company)}/engineering-blog/edit/main/posts/{slug(c.body.title)[:30]}.md" target="_blank">Edit this page on GitHub</a></div><div class="last-updated"><p class="VPLastUpdated">Last updated: <time datetime="{y}-{m:02d}-{d:02d}">{m}/{d}/{y}, {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} PM</time></p></div></div>'
        f'<nav class="prev-next" aria-labelledby="doc-footer-aria-label"><span class="visually-hidden" id="doc-footer-aria-label">Pager</span><div class="pager"><a class="VPLink link pager-link prev" href="/blog/{slug(headlines(c, 1)[0])[:30]}"><span class="desc">Previous page</span><span class="title">{esc(headlines(c, 1)[0])}</span></a></div><div class="pager"><a class="VPLink link pager-link next" href="/blog/{slug(headlines(c, 1)[0])[:30]}"><span class="desc">Next page</span><span class="title">{esc(headlines(c, 1)[0])}</span></a></div></nav></footer></div></div></div></div></div>'
        f'<footer class="VPFooter"><div class="container"><p class="message">Views are our engineers\' own.</p><p class="copyright">Copyright &copy; {y} {esc(company)}, Inc.</p></div></footer></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A HEY World post


def fam_hey_world(c: Ctx) -> FamilyOut:
    """HEY World: author header, subject h1, trix-content (blog by email), subscribe, more list."""
    parts, gold = body_html(
        c, body_blocks(c, 0.2, 0.2, 0.2), lambda t: f"<div><strong>{esc(t)}</strong></div>"
    )
    parts = [
        p.replace("<p>", "<div>", 1).replace("</p>", "<br><br></div>") if p.startswith("<p>") else p
        for p in parts
    ]
    y, m, d = era_date(c, 2021, 2024)
    name = c.rng.choice(PEOPLE)
    uname = slug(name).split("-")[0]
    more = (
        f'<section class="more-posts"><h2>More from {esc(name)}</h2><ul>{li_links(c, c.rng.randint(2, 4), f"/{uname}/")}</ul></section>'
        if c.rng.random() < 0.7
        else ""
    )
    c.used += "hey-header hey-subject hey-date hey-subscribe hey-reply hey-footer".split()
    html = (
        f'<body class="world"><header class="world-header"><a href="https://world.hey.com/{uname}" class="world-author"><img class="avatar" src="https://world.hey.com/{uname}/avatar-{hexid(c, 10)}" alt="" width="48" height="48"><span class="world-author-name">{esc(name)}</span></a><a href="https://world.hey.com/" class="world-logo">HEY World</a></header>'
        f'<main class="world-post"><article><h1 class="world-post__title">{esc(c.body.title)}</h1><p class="world-post__date"><time datetime="{y}-{m:02d}-{d:02d}">{EN_MONTHS[m - 1]} {d}, {y}</time></p>'
        f'<div class="trix-content">{"".join(parts)}</div>'
        f'<p class="world-post__reply"><a href="mailto:{uname}@hey.com?subject=Re: {esc(c.body.title[:40])}">Reply via email</a></p></article>'
        f'<section class="world-subscribe"><h3>Subscribe to {esc(name.split()[0])}\'s HEY World</h3><p>Get posts like this sent right to your inbox.</p><form action="https://world.hey.com/{uname}/subscribers" method="post"><input type="email" name="subscriber[email_address]" placeholder="Your email address" required><button type="submit">Subscribe</button></form></section>{more}</main>'
        f'<footer class="world-footer"><p>HEY World is a blog-by-email platform from <a href="https://hey.com/world/">HEY</a>. Write a post by sending an email.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. An omg.lol weblog entry


def fam_weblog_lol(c: Ctx) -> FamilyOut:
    """weblog.lol entry: address header, nav, article.post, tags, reply link, recent posts."""
    parts, gold = body_html(c, body_blocks(c, 0.3, 0.25, 0.2), lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2022, 2026)
    name = c.rng.choice(PEOPLE)
    addr = slug(name).split("-")[0] + pick(c, "", "z", "b", str(c.rng.randint(1, 99)))
    tags = "".join(
        f'<a href="/tag/{t}">#{t}</a> '
        for t in c.rng.sample(
            ["personal", "web", "indieweb", "music", "books", "coffee"], c.rng.randint(1, 3)
        )
    )
    recent = (
        f'<aside class="recent"><h3>Recent posts</h3><ul>{li_links(c, c.rng.randint(3, 5), "/")}</ul></aside>'
        if c.rng.random() < 0.6
        else ""
    )
    badges = (
        f'<p class="badges"><a href="https://{addr}.status.lol/">status.lol</a> · <a href="https://{addr}.omg.lol/now">/now</a></p>'
        if c.rng.random() < 0.5
        else ""
    )
    c.used += "lol-header lol-nav lol-title lol-date lol-tags lol-reply lol-footer".split()
    html = (
        f'<body><header><h1 class="site-title"><a href="/">{esc(addr)}.omg.lol</a></h1><nav><ul><li><a href="/">Weblog</a></li><li><a href="https://{addr}.omg.lol/">Profile</a></li><li><a href="https://{addr}.omg.lol/now">Now</a></li><li><a href="/feed">Feed</a></li></ul></nav></header>'
        f'<main><article class="post"><h1>{esc(c.body.title)}</h1><div class="weblog-date">{d} {EN_MONTHS[m - 1]} {y}</div>{"".join(parts)}'
        f'<div class="tags">{tags}</div><p class="reply"><a href="mailto:{addr}@omg.lol?subject={esc(c.body.title[:40])}">Reply by email</a></p></article>{recent}</main>'
        f'<footer>{badges}<p>Powered by <a href="https://omg.lol">omg.lol</a> · <a href="https://weblog.lol">weblog.lol</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------

FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "wowchemy-lab": (fam_wowchemy_lab, "tech"),
    "nikola-blog": (fam_nikola, "code"),
    "hakyll-tufte": (fam_hakyll_tufte, "blog"),
    "tinyletter-archive": (fam_tinyletter, "blog"),
    "transistor-episode": (fam_transistor, "entertainment"),
    "mataroa-post": (fam_mataroa, "blog"),
    "blot-blog": (fam_blot, "blog"),
    "listmonk-archive": (fam_listmonk, "business"),
    "docsy-project": (fam_docsy, "code"),
    "vitepress-eng": (fam_vitepress, "tech"),
    "hey-world": (fam_hey_world, "business"),
    "weblog-lol": (fam_weblog_lol, "blog"),
}

_HEAD = {
    "wowchemy-lab": '<meta name="generator" content="Wowchemy 5.7.0 for Hugo"><link rel="stylesheet" href="/css/wowchemy.4b0e8a1f9c2d.css"><link rel="alternate" href="/post/index.xml" type="application/rss+xml">',
    "nikola-blog": '<meta name="generator" content="Nikola (getnikola.com)"><link href="/assets/css/all-nocdn.css" rel="stylesheet" type="text/css"><link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">',
    "hakyll-tufte": '<link rel="stylesheet" href="/css/tufte.css"><link rel="stylesheet" href="/css/pandoc.css"><link rel="alternate" type="application/atom+xml" href="/atom.xml">',
    "tinyletter-archive": '<link rel="stylesheet" href="https://tinyletter.com/site/css/letter-archive.css"><meta name="viewport" content="width=device-width">',
    "transistor-episode": '<link rel="stylesheet" href="https://transistor.fm/assets/website/themes/basic.css"><link rel="alternate" type="application/rss+xml" href="https://feeds.transistor.fm/show">',
    "mataroa-post": '<meta name="generator" content="mataroa.blog"><link rel="stylesheet" href="/static/style.css"><link rel="alternate" type="application/rss+xml" href="/rss/">',
    "blot-blog": '<meta name="generator" content="Blot"><link rel="stylesheet" href="/style.css"><link rel="alternate" type="application/rss+xml" href="/feed.rss">',
    "listmonk-archive": '<meta name="generator" content="listmonk"><link rel="stylesheet" href="/public/static/style.css">',
    "docsy-project": '<meta name="generator" content="Hugo 0.121.1"><link rel="stylesheet" href="/scss/main.min.css"><link rel="alternate" type="application/rss+xml" href="/blog/index.xml">',
    "vitepress-eng": '<meta name="generator" content="VitePress v1.0.2"><link rel="preload stylesheet" href="/assets/style.B4m6GJ.css" as="style"><link rel="modulepreload" href="/assets/app.C0z1kx.js">',
    "hey-world": '<link rel="stylesheet" href="https://world.hey.com/assets/world.css"><link rel="alternate" type="application/atom+xml" href="/feed.atom">',
    "weblog-lol": '<meta name="generator" content="weblog.lol"><link rel="stylesheet" href="https://cdn.cache.lol/css/weblog.css"><link rel="alternate" type="application/rss+xml" href="/rss.xml">',
}


def ao_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus a canonical link and the engine's generator and stylesheet tags."""
    extra = _HEAD.get(family, "")

    def amend(page_head: str, url: str) -> str:
        return page_head.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 4001) -> list[Page]:
    """Set AO: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment")
    kinds = {**kinds, "code": unique_bodies(code_bodies())}
    return draw_set(
        "ao", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=ao_head
    )


if __name__ == "__main__":  # page_families_ao.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 4001)

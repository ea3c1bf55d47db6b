"""Set AE of the constructed pages: 12 families of research and reference publishing, in several
languages, and `build_pages`.

Six families are in page_templates_ae.py (a Brazilian OJS 3 journal article, an arXiv HTML
preprint, a French OpenEdition article, an Italian encyclopedia entry, a German think tank's
policy brief, a Japanese J-STAGE article); here an English-language think tank's commentary
on Drupal, a legal scholarship blog (Verfassungsblog-like, WordPress), a research lab's blog
on Jekyll's al-folio theme, a Dutch national library's blog, a university press blog
(OUPblog-like) and a Spanish research council's science news. The non-English sites carry
English bodies (the body pools are English) in their own language's furniture. Written blind
to digest's extraction rules; its builder never ran digest, trafilatura, readability or
bench_pages on it (session 17, helper h-setae). The gold convention, with the decisions on
abstracts, note markers, notes lists, reference lists and cite-as boxes, is in
page_templates_ae.py's docstring; the decisions for this module's families, written down
before they were coded:
- an English-language think tank's commentary (Brookings- / Chatham House-like, Drupal 9-10,
  2018-2025): the paragraphs, subheadings, lists and quotes of `div.field--name-body` are
  article; the header (Research, Experts, Events, Publications, "Donate"), the content kind
  ("Commentary", "Expert comment"), the title, the summary line (a standfirst), the expert
  cards (name, title, program), the date and "N min read", the "Download the PDF" link, the
  footnote markers (`sup > a.footnote`) and the "Footnotes" list, the "Related topics" tags,
  the "The views expressed ... are the author's own" disclaimer, the "Support our work"
  donation box, "More from the program" cards, the newsletter sign-up and the footer are not;
- a legal scholarship blog (Verfassungsblog-like, WordPress, 2016-2025): the paragraphs,
  subheadings, lists and quotes of `div.entry-content` are article; the blog header ("On
  Matters Constitutional", the debate menu, "Support us"), the breadcrumb of the debate, the
  title, the subtitle (a standfirst), the author line and the author box with affiliation, the
  date, the Word-style footnote markers ("[1]", `a[href^="#_ftn"]`) and the footnote list
  after a rule (citations of cases and articles), the "DOI: 10.59704/..." line, the "Cite as"
  box, the licence line ("Licensed under CC BY-SA 4.0"), "Explore posts related to this",
  the Steady support box, "Leave a Reply" and the footer are not;
- a research lab's blog on Jekyll's al-folio theme (2019-2025; code bodies): the paragraphs,
  subheadings, lists, quotes and code blocks (`figure.highlight`, code as its text) of
  `article.post-content` are article; the navbar (about, blog, publications, projects, people,
  cv, the light/dark toggle), the title, the "March 3, 2024 • Author" meta line, the tags and
  categories, the "Enjoy Reading This Article?" list of other posts, the giscus comments and
  the "Powered by Jekyll with al-folio theme" footer are not;
- a Dutch national library's blog (KB-like, Drupal, 2015-2025): the paragraphs, subheadings,
  lists and quotes of `div.blog-body` are article; the header (Zoeken, Collecties, Onderzoek,
  Bezoeken, "Word lid"), the breadcrumb, the title, "door NAME", the date, the intro line
  (`p.intro`, a standfirst), the images with their "Bron: Delpher" credit captions, the
  "Bekijk in Delpher" collection box, the tags, "Deel dit artikel", the "Over de auteur" box,
  "Reacties" with the form, "Lees ook" and the footer are not;
- a university press blog (OUPblog-like, WordPress, 2012-2025): the paragraphs, subheadings,
  lists and quotes of `div.entry-content` are article; the blog header (categories menu,
  "Subscribe"), the category, the title, "By NAME", the date, the featured image with its
  "Featured image: ... via Unsplash" credit line (at the top or after the body), the author
  bio box ("NAME is ... author of BOOK"), the book promotion box ("Buy the book"), the tags,
  the share bar, "Related posts", "Subscribe to the OUPblog via email", "Recent Comments" and
  the footer are not;
- a Spanish research council's science news (CSIC-like, Drupal, 2016-2025): the paragraphs,
  subheadings, lists and quotes of `div.field--name-body` are article; the header (Ministerio
  line, "Consejo Superior de Investigaciones Científicas", Investigación, Institutos,
  Comunicación, Sede electrónica), the breadcrumb, the kind ("Noticia", "Nota de prensa"),
  the date, the title, the entradilla (a standfirst), the image with its credit, the
  "Referencia:" box with the paper's citation and DOI (set apart, furniture as a cite box), the
  "Archivos adjuntos" PDF, the "Contacto de prensa" block, the tags ("Área:", "Instituto:"),
  "Otras noticias" and the footer are not.

    .venv/bin/python bench/page_families_ae.py PAGE_ID 3001
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key, unique_bodies
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks
from page_templates_ae import (
    author_names,
    doi,
    fam_arxiv_html,
    fam_jstage_article,
    fam_ojs_journal,
    fam_openedition,
    fam_swp_brief,
    fam_treccani_entry,
    note_marks,
)
from page_templates_b import code_bodies, headlines
from page_templates_e import brand, hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date
from page_templates_v import heads_list

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]
_EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)


# ---------------------------------------------------------------------------------------------
# 7. An English-language think tank's commentary (Drupal)


def fam_thinktank_commentary(c: Ctx) -> FamilyOut:
    """A think tank commentary: expert cards, PDF, footnote markers, Footnotes, donate box."""
    blocks = body_blocks(c, 0.5, 0.25, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    parts, n_notes = note_marks(
        c,
        parts,
        "<p>",
        lambda n: (
            f'<sup><a class="footnote" href="#footnote-{n}" id="footnote-ref-{n}">{n}</a></sup>'
        ),
        0,
        5,
    )
    org = pick(
        c,
        "The Brookings Institution",
        "Chatham House",
        "Carnegie Endowment",
        "Centre for European Reform",
    )
    kind = pick(c, "Commentary", "Expert comment", "Analysis", "Op-ed")
    y, m, d = era_date(c, 2018, 2025)
    program = pick(
        c,
        "Global Economy and Development",
        "Foreign Policy",
        "Governance Studies",
        "Europe Programme",
    )
    experts = "".join(
        f'<div class="expert-card"><img src="/wp-content/uploads/experts/{slug(a)}.jpg" alt=""><div><a class="expert-card__name" href="/experts/{slug(a)}/">{esc(a)}</a><p class="expert-card__title">{pick(c, "Senior Fellow", "Director", "Research Associate", "Nonresident Fellow")} - {program}</p></div></div>'
        for a in author_names(c, c.rng.randint(1, 3))
    )
    notes = ""
    if n_notes:
        c.used.append("tt-footnotes")
        items = "".join(
            f'<li id="footnote-{k}">{esc(c.rng.choice(PEOPLE))}, “{esc(h)},” {pick(c, "Working Paper", "Policy Brief", "Report")}, {org}, {c.rng.randint(2010, y)}. <a href="#footnote-ref-{k}">↑</a></li>'
            for k, h in enumerate(headlines(c, n_notes), 1)
        )
        notes = f'<section class="footnotes"><h2>Footnotes</h2><ol>{items}</ol></section>'
    donate = ""
    if c.rng.random() < 0.5:
        c.used.append("tt-donate-inline")
        donate = '<div class="donate-callout"><h3>Support our work</h3><p>Independent research depends on the generosity of readers like you.</p><a class="button" href="/donate/">Donate</a></div>'
        parts = weave(c, parts, 1, lambda: donate)
    more = "".join(
        f'<div class="card"><p class="card__kind">{pick(c, "Report", "Commentary", "Podcast", "Event")}</p><h3><a href="/articles/{slug(h)[:40]}/">{esc(h)}</a></h3></div>'
        for h in headlines(c, 3)
    )
    c.used += "tt-header tt-kind tt-title tt-summary tt-experts tt-date tt-pdf tt-topics tt-disclaimer tt-more tt-newsletter tt-footer".split()
    html = (
        f'<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a><header class="site-header"><a class="site-logo" href="/"><img src="/themes/custom/thinktank/logo.svg" alt="{org}"></a>'
        f'<nav class="main-menu"><ul><li><a href="/research/">Research</a></li><li><a href="/topics/">Topics</a></li><li><a href="/experts/">Experts</a></li><li><a href="/events/">Events</a></li><li><a href="/publications/">Publications</a></li><li><a href="/about/">About</a></li></ul></nav><a class="btn btn--donate" href="/donate/">Donate</a> <button class="search-toggle">Search</button></header>'
        f'<main id="main-content"><article class="node node--type-article"><div class="article-header"><p class="content-type">{kind}</p><h1 class="page-title">{esc(c.body.title)}</h1><p class="summary">{sentence(c, 1)}</p>'
        f'<div class="experts">{experts}</div><div class="article-meta"><time datetime="{y}-{m:02d}-{d:02d}">{_EN_MONTHS[m - 1]} {d}, {y}</time> <span class="read-time">{c.rng.randint(4, 14)} min read</span> <a class="pdf-link" href="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 6)}.pdf">Download the PDF</a></div></div>'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{"".join(parts)}</div>{notes}'
        f'<div class="related-topics"><h2>Related topics</h2><ul><li><a href="#">{pick(c, "Trade", "Climate", "Democracy", "China", "Fiscal policy")}</a></li><li><a href="#">{pick(c, "Elections", "Technology", "Security", "Development")}</a></li></ul></div>'
        f'<p class="disclaimer"><em>The views expressed in this {kind.lower()} are the author’s own and do not represent an institutional position of {org}.</em></p></article>'
        f'<section class="more-from"><h2>More from {program}</h2><div class="cards">{more}</div></section>'
        f'<section class="newsletter-signup"><h2>Get the latest from {org}</h2><form><input type="email" placeholder="Email address"><button>Sign up</button></form></section></main>'
        f'<footer class="site-footer"><p>{org} · {pick(c, "1775 Massachusetts Ave., NW, Washington, DC 20036", "10 St James’s Square, London SW1Y 4LE", "14 Great College Street, London SW1P 3RX")}</p><ul><li><a href="#">Careers</a></li><li><a href="#">Contact</a></li><li><a href="#">Privacy policy</a></li><li><a href="#">Terms of use</a></li></ul><p>© {y} {org}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A legal scholarship blog (Verfassungsblog-like, WordPress)


def fam_legal_scholar_blog(c: Ctx) -> FamilyOut:
    """A law blog post: debate crumb, author box, [1] markers, footnotes, DOI, Cite as, Steady."""
    blocks = body_blocks(c, 0.45, 0.2, 0.35)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    parts, n_notes = note_marks(
        c,
        parts,
        "<p>",
        lambda n: f'<a href="#_ftn{n}" name="_ftnref{n}"><sup>[{n}]</sup></a>',
        0,
        6,
    )
    y, m, d = era_date(c, 2016, 2025)
    author = c.rng.choice(PEOPLE)
    affil = f"{pick(c, 'Professor of Public Law', 'Postdoctoral researcher', 'PhD candidate', 'Senior lecturer')} at {pick(c, 'Humboldt University Berlin', 'the University of Amsterdam', 'the European University Institute', 'Leiden University', 'the University of Vienna')}"
    the_doi = f"10.59704/{hexid(c, 16)}"
    notes = ""
    if n_notes:
        c.used.append("vb-footnotes")
        notes = "<hr>" + "".join(
            f'<p><a href="#_ftnref{k}" name="_ftn{k}">[{k}]</a> {pick(c, "See", "Cf.", "On this,")} {pick(c, "CJEU, Case C-", "ECtHR, App. no. ", "BVerfG, 2 BvR ")}{c.rng.randint(100, 999)}/{c.rng.randint(10, 24)}, <em>{esc(h)}</em>, para. {c.rng.randint(10, 120)}.</p>'
            for k, h in enumerate(headlines(c, n_notes), 1)
        )
    debate = ""
    if c.rng.random() < 0.5:
        c.used.append("vb-debate")
        debate = f'<div class="debate-crumb"><a href="/category/debates/">Debates</a> » <a href="/category/debates/{slug(headlines(c, 1)[0])[:30]}/">{esc(headlines(c, 1)[0])}</a></div>'
    c.used += "vb-header vb-menu vb-title vb-subtitle vb-author vb-date vb-doi vb-cite vb-license vb-explore vb-steady vb-reply vb-footer".split()
    html = (
        f'<body class="post-template-default single single-post postid-{c.rng.randint(10000, 99999)}"><div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Verfassungsblog</a></p><p class="site-description">On Matters Constitutional</p></div>'
        f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/category/articles/">Articles</a></li><li><a href="/category/debates/">Debates</a></li><li><a href="/category/books/">Books</a></li><li><a href="/category/podcast/">Podcast</a></li><li><a href="/about/">About</a></li><li class="menu-support"><a href="/support/">Support us</a></li></ul></nav></header>'
        f'<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post status-publish hentry">{debate}'
        f'<header class="entry-header"><h1 class="entry-title">{esc(c.body.title)}</h1><h2 class="entry-subtitle">{sentence(c)}</h2><div class="entry-meta"><span class="byline"><a class="url fn n" href="/author/{slug(author)}/">{esc(author)}</a></span> <span class="posted-on"><time class="entry-date published">{d} {_EN_MONTHS[m - 1]} {y}</time></span></div></header>'
        f'<div class="entry-content">{"".join(parts)}{notes}</div>'
        f'<footer class="entry-footer"><div class="doi-box">DOI: <a href="https://doi.org/{the_doi}">{the_doi}</a></div><div class="cite-as"><h4>Cite as:</h4><p>{esc(author)}, “{esc(c.body.title)}”, <i>VerfBlog</i>, {y}/{m}/{d}, https://verfassungsblog.de/{slug(c.body.title)[:40]}/, DOI: {the_doi}.</p></div>'
        f'<p class="license">Licensed under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>.</p>'
        f'<div class="author-box"><img src="/wp-content/uploads/authors/{slug(author)}.jpg" alt=""><h4>{esc(author)}</h4><p>{esc(author)} is {affil}.</p></div>'
        f'<div class="explore"><h4>Explore posts related to this:</h4><p><a href="#">{pick(c, "Rule of Law", "Fundamental Rights", "EU Law", "Constitutional Courts")}</a>, <a href="#">{pick(c, "Hungary", "Poland", "Germany", "European Union")}</a></p><h4>Other posts about this region:</h4><p><a href="#">{pick(c, "Europa", "Deutschland", "Polska")}</a></p></div></footer></article>'
        f'<div class="steady-box"><h3>Support Verfassungsblog</h3><p>We are free to read for everyone, forever. Become a member on Steady and help us keep it that way.</p><a class="steady-button" href="https://steadyhq.com/">Support us on Steady</a></div>'
        f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave A Comment</h3><form class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div></main></div>'
        f'<footer id="colophon" class="site-footer"><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/newsletter/">Newsletter</a></li><li><a href="/feed/">RSS</a></li></ul><p>ISSN 2366-7044</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A research lab's blog on Jekyll's al-folio theme (code)


def _rouge(text: str) -> str:
    lang = "python" if "def " in text or "import " in text else "bash"
    return f'<figure class="highlight"><pre><code class="language-{lang}" data-lang="{lang}">{esc(text)}</code></pre></figure>'


def fam_alfolio_lab(c: Ctx) -> FamilyOut:
    """An al-folio lab post: navbar, post-meta, post-content with Rouge code, more-articles."""
    blocks = body_blocks(c, 0.3, 0.2, 0.15)
    parts, gold = body_html(
        c, blocks, lambda t: f'<h2 id="{slug(t)[:30]}">{esc(t)}</h2>', "<p>", _rouge
    )
    lab = pick(
        c, "NLP Group", "Robust ML Lab", "Computational Biology Lab", "Systems Lab", brand(c)
    )
    y, m, d = era_date(c, 2019, 2025)
    author = c.rng.choice(PEOPLE)
    tags = " ".join(
        f'<a href="/blog/tag/{t}"><i class="fa-solid fa-hashtag fa-sm"></i> {t}</a>'
        for t in c.rng.sample(
            ["research", "tutorial", "ml", "systems", "reproducibility", "tools"], 2
        )
    )
    more = "".join(
        f'<li class="my-2"><a class="text-pink-700 underline" href="/blog/{y}/{slug(h)[:40]}/">{esc(h)}</a></li>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    comments = ""
    if c.rng.random() < 0.5:
        c.used.append("alfolio-giscus")
        comments = '<div id="giscus_thread" style="max-width: 800px; margin: 0 auto;"><div class="giscus"><iframe class="giscus-frame" title="Comments" src="https://giscus.app/widget?origin=x" loading="lazy"></iframe></div><noscript>Please enable JavaScript to view the <a href="http://giscus.app/?ref_noscript">comments powered by giscus.</a></noscript></div>'
    c.used += (
        "alfolio-navbar alfolio-title alfolio-meta alfolio-tags alfolio-more alfolio-footer".split()
    )
    html = (
        f'<body class="fixed-top-nav"><header><nav id="navbar" class="navbar navbar-light navbar-expand-sm fixed-top" role="navigation"><div class="container"><a class="navbar-brand title font-weight-lighter" href="/"><span class="font-weight-bold">{lab}</span></a>'
        f'<div class="collapse navbar-collapse text-right" id="navbarNav"><ul class="navbar-nav ml-auto flex-nowrap"><li class="nav-item"><a class="nav-link" href="/">about</a></li><li class="nav-item active"><a class="nav-link" href="/blog/">blog<span class="sr-only">(current)</span></a></li><li class="nav-item"><a class="nav-link" href="/publications/">publications</a></li><li class="nav-item"><a class="nav-link" href="/projects/">projects</a></li><li class="nav-item"><a class="nav-link" href="/people/">people</a></li><li class="nav-item"><a class="nav-link" href="/cv/">cv</a></li><li class="toggle-container"><button id="light-toggle" title="Change theme"><i class="ti ti-sun-moon" id="light-toggle-system"></i></button></li></ul></div></div></nav><progress id="progress" value="0"><div class="progress-container"><span class="progress-bar"></span></div></progress></header>'
        f'<div class="container mt-5" role="main"><div class="post"><header class="post-header"><h1 class="post-title">{esc(c.body.title)}</h1><p class="post-meta">{_EN_MONTHS[m - 1]} {d}, {y} • {esc(author)}</p><p class="post-tags">{tags} &nbsp; · &nbsp; <a href="/blog/category/{pick(c, "posts", "notes", "research")}"><i class="fa-solid fa-tag fa-sm"></i> {pick(c, "posts", "notes", "research")}</a></p></header>'
        f'<article class="post-content"><div id="markdown-content">{"".join(parts)}</div></article>'
        f'<br><hr><br><ul class="list-disc pl-8"></ul><h2 class="text-3xl font-semibold mb-4 mt-12">Enjoy Reading This Article?</h2><p class="mb-2">Here are some more articles you might like to read next:</p>{more}{comments}</div></div>'
        f'<footer class="fixed-bottom" role="contentinfo"><div class="container mt-0">© Copyright {y} {lab}. Powered by <a href="https://jekyllrb.com/" target="_blank" rel="external nofollow noopener">Jekyll</a> with <a href="https://github.com/alshedivat/al-folio" rel="external nofollow noopener" target="_blank">al-folio</a> theme. Hosted by <a href="https://pages.github.com/" target="_blank" rel="external nofollow noopener">GitHub Pages</a>. Last updated: {_EN_MONTHS[m - 1]} {d}, {y}.</div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Dutch national library's blog (KB-like, Drupal)

_NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()


def fam_kb_library_blog(c: Ctx) -> FamilyOut:
    """A library blog: door NAME, intro, Bron: Delpher captions, Bekijk in Delpher, Reacties."""
    blocks = body_blocks(c, 0.4, 0.2, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    for _ in range(c.rng.randint(0, 2)):
        c.used.append("kb-image")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<figure class="media media--image"><img src="/sites/default/files/styles/large/public/{hexid(c, 8)}.jpg" alt=""><figcaption>{sentence(c)} <span class="credit">Bron: {pick(c, "Delpher", "KB", "Nationaal Archief", "Rijksmuseum")}</span></figcaption></figure>'
            ),
        )
    y, m, d = era_date(c, 2015, 2025)
    author = c.rng.choice(PEOPLE)
    delpher = ""
    if c.rng.random() < 0.6:
        c.used.append("kb-delpher-box")
        delpher = f'<div class="collection-box"><h3>Bekijk in Delpher</h3><p>{pick(c, "Kranten", "Boeken", "Tijdschriften")} uit de periode {c.rng.randint(1700, 1900)}-{c.rng.randint(1901, 1990)}</p><a class="button" href="https://www.delpher.nl/nl/kranten/results?query={slug(c.body.title)[:20]}">Zoek in Delpher</a></div>'
    comments = ""
    n_comments = c.rng.randint(0, 3)
    if n_comments:
        c.used.append("kb-comments")
        comments = "".join(
            f'<div class="comment"><p class="comment__author">{esc(c.rng.choice(PEOPLE))} <span>{min(28, d + k)} {_NL_MONTHS[m - 1]} {y}</span></p><p>{sentence(c)}</p></div>'
            for k in range(n_comments)
        )
    c.used += "kb-header kb-breadcrumb kb-title kb-author kb-date kb-intro kb-tags kb-share kb-about kb-reacties kb-lees-ook kb-footer".split()
    html = (
        f'<body class="page-node-type-blog"><a class="skip-link" href="#main">Naar hoofdinhoud</a><header class="header"><a class="header__logo" href="/"><img src="/themes/kb/logo.svg" alt="KB nationale bibliotheek"></a><nav class="menu--main"><ul><li><a href="/zoeken">Zoeken</a></li><li><a href="/collecties">Collecties</a></li><li><a href="/onderzoek">Onderzoek</a></li><li><a href="/bezoeken">Bezoeken</a></li><li><a href="/over-ons">Over ons</a></li></ul></nav><a class="button--lid" href="/lid-worden">Word lid</a> <a href="/en">EN</a></header>'
        f'<main id="main"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/blogs">Blogs</a></li><li>{esc(c.body.title[:40])}</li></ol></nav><article class="node node--type-blog">'
        f'<h1 class="page-title">{esc(c.body.title)}</h1><div class="blog-meta"><span class="author">door <a href="/auteur/{slug(author)}">{esc(author)}</a></span> <time>{d} {_NL_MONTHS[m - 1]} {y}</time></div><p class="intro">{sentence(c, 2)}</p>'
        f'<div class="blog-body">{"".join(parts)}</div>{delpher}'
        f'<div class="tags"><span>Onderwerpen:</span> <a href="#">{pick(c, "Geschiedenis", "Kranten", "Middeleeuwen", "Digitalisering", "Letterkunde")}</a> <a href="#">{pick(c, "Collectie", "Onderzoek", "Erfgoed")}</a></div>'
        f'<div class="share"><span>Deel dit artikel</span> <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">Mail</a></div>'
        f'<div class="about-author"><h3>Over de auteur</h3><p>{esc(author)} is {pick(c, "conservator", "onderzoeker", "collectiespecialist", "webredacteur")} bij de KB.</p></div></article>'
        f'<section class="comments"><h2>Reacties</h2>{comments}<form class="comment-form"><label>Uw reactie</label><textarea></textarea><button>Plaats reactie</button></form></section>'
        f'<section class="read-more"><h2>Lees ook</h2><ul>{heads_list(c, 3, "/blogs/")}</ul></section></main>'
        f'<footer class="footer"><p>KB nationale bibliotheek · Prins Willem-Alexanderhof 5 · 2595 BE Den Haag</p><ul><li><a href="#">Contact</a></li><li><a href="#">Privacy</a></li><li><a href="#">Cookies</a></li><li><a href="#">Toegankelijkheid</a></li><li><a href="#">Nieuwsbrief</a></li></ul></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A university press blog (OUPblog-like, WordPress)


def fam_upress_blog(c: Ctx) -> FamilyOut:
    """A university press blog post: By NAME, featured image credit, author bio, Buy the book."""
    blocks = body_blocks(c, 0.35, 0.25, 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    press = pick(
        c,
        "Oxford University Press",
        "Cambridge University Press",
        "Princeton University Press",
        "Yale University Press",
    )
    blog = {
        "Oxford University Press": "OUPblog",
        "Cambridge University Press": "Fifteen Eighty Four",
        "Princeton University Press": "Ideas",
        "Yale University Press": "Yale Books Unbound",
    }[press]
    y, m, d = era_date(c, 2012, 2025)
    author = c.rng.choice(PEOPLE)
    book = esc(headlines(c, 1)[0])
    credit = f'<p class="featured-credit"><em>Featured image: {pick(c, "Photo", "Image")} by {esc(c.rng.choice(PEOPLE))} via {pick(c, "Unsplash", "Wikimedia Commons", "Pixabay")}, {pick(c, "public domain", "CC BY-SA 4.0", "Unsplash license")}</em></p>'
    top_img = f'<div class="featured-image"><img class="wp-post-image" src="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 8)}.jpg" alt=""></div>'
    if c.rng.random() < 0.5:
        c.used.append("up-credit-bottom")
        after, top = credit, top_img
    else:
        c.used.append("up-credit-top")
        after, top = "", top_img + credit
    buy = ""
    if c.rng.random() < 0.7:
        c.used.append("up-buy-book")
        buy = f'<div class="book-promo"><img src="/wp-content/uploads/{y}/{m:02d}/cover-{hexid(c, 5)}.jpg" alt="{book}"><h4>{book}</h4><p>{esc(author)}</p><a class="button" href="https://global.oup.com/academic/product/{hexid(c, 10)}">Buy the book</a></div>'
    recent = "".join(
        f'<li><span class="comment-author-link">{esc(c.rng.choice(PEOPLE))}</span> on <a href="#">{esc(h)}</a></li>'
        for h in headlines(c, 3)
    )
    c.used += "up-header up-category up-title up-byline up-date up-bio up-tags up-share up-related up-subscribe up-recent-comments up-footer".split()
    html = (
        f'<body class="post-template-default single single-post"><div id="page"><header id="masthead" class="site-header"><a class="site-title" href="/">{blog}</a><p class="site-description">{press}’s academic insights for the thinking world</p>'
        f'<nav class="main-navigation"><ul><li><a href="/category/arts_and_humanities/">Arts &amp; Humanities</a></li><li><a href="/category/law/">Law</a></li><li><a href="/category/science_medicine/">Science &amp; Medicine</a></li><li><a href="/category/social_sciences/">Social Sciences</a></li><li><a href="/category/series-columns/">Series &amp; Columns</a></li><li><a href="/subscribe/">Subscribe</a></li></ul></nav></header>'
        f'<div id="content"><div id="primary"><article class="post hentry"><header class="entry-header"><span class="cat-links"><a href="#">{pick(c, "History", "Philosophy", "Politics", "Economics", "Linguistics")}</a></span><h1 class="entry-title">{esc(c.body.title)}</h1><div class="entry-meta"><span class="byline">By <a href="/authors/{slug(author)}/">{esc(author)}</a></span> <time class="entry-date">{_EN_MONTHS[m - 1]} {d}, {y}</time></div></header>'
        f'{top}<div class="entry-content">{"".join(parts)}</div>{after}'
        f'<div class="author-bio"><h3>{esc(author)}</h3><p>{esc(author)} is {pick(c, "Professor of History", "Reader in Economics", "Associate Professor of Political Science", "a Senior Research Fellow")} at {pick(c, "the University of Oxford", "King’s College London", "the University of Chicago", "McGill University")}, and the author of <em>{book}</em> ({press}, {y}).</p></div>{buy}'
        f'<footer class="entry-footer"><span class="tags-links">Tags: <a href="#">{pick(c, "history", "books", "research", "economics")}</a>, <a href="#">{pick(c, "academic publishing", "policy", "ideas")}</a></span><div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></div></footer></article>'
        f'<section class="related-posts"><h2>Related posts</h2><ul>{heads_list(c, 3, "/")}</ul></section></div>'
        f'<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Subscribe to the {blog} via email:</h2><form><input type="email" placeholder="Your email address"><button>Subscribe</button></form></section><section class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><ul>{recent}</ul></section></aside></div>'
        f'<footer id="colophon" class="site-footer"><p>© {press} {y}</p><ul><li><a href="#">Privacy policy</a></li><li><a href="#">Cookie policy</a></li><li><a href="#">Legal notice</a></li></ul></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Spanish research council's science news (CSIC-like, Drupal)

_ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()


def fam_csic_news(c: Ctx) -> FamilyOut:
    """A research council news item: entradilla, image credit, Referencia box, press contact."""
    blocks = body_blocks(c, 0.35, 0.25, 0.35)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    institute = pick(
        c,
        "Instituto de Ciencias del Mar",
        "Centro Nacional de Biotecnología",
        "Instituto de Física Teórica",
        "Estación Biológica de Doñana",
        "Instituto de Economía, Geografía y Demografía",
    )
    y, m, d = era_date(c, 2016, 2025)
    author = c.rng.choice(PEOPLE)
    img = ""
    if c.rng.random() < 0.7:
        c.used.append("csic-image")
        img = f'<figure class="field--name-field-imagen"><img src="/sites/default/files/styles/noticia/public/{y}-{m:02d}/{hexid(c, 8)}.jpg" alt=""><figcaption>{sentence(c)} / {pick(c, "CSIC", institute, "ESA", "Wikimedia")}</figcaption></figure>'
    ref = f'<div class="field--name-field-referencia"><h4>Referencia:</h4><p>{esc(author)} <em>et al.</em> {esc(headlines(c, 1)[0])}. <em>{pick(c, "Nature", "Science", "PNAS", "Nature Communications", "Scientific Reports")}</em> ({y}). DOI: {doi(c, "10.10")}</p></div>'
    attach = ""
    if c.rng.random() < 0.5:
        c.used.append("csic-attachments")
        attach = f'<div class="field--name-field-archivos"><h4>Archivos adjuntos</h4><ul><li><a href="/sites/default/files/{y}-{m:02d}/np_{hexid(c, 6)}.pdf">Nota de prensa (PDF, {c.rng.randint(100, 900)} KB)</a></li></ul></div>'
    c.used += "csic-header csic-breadcrumb csic-kind csic-date csic-title csic-entradilla csic-reference csic-contact csic-tags csic-more csic-footer".split()
    html = (
        f'<body class="path-node page-node-type-noticia"><a href="#main-content" class="visually-hidden focusable">Pasar al contenido principal</a><header role="banner"><div class="region-top"><img src="/themes/csic/img/logo-ministerio.svg" alt="Gobierno de España. Ministerio de Ciencia, Innovación y Universidades"><a class="site-logo" href="/es"><img src="/themes/csic/img/logo-csic.svg" alt="Consejo Superior de Investigaciones Científicas"></a><a href="https://sede.csic.gob.es">Sede electrónica</a> <a href="/en">EN</a></div>'
        f'<nav class="menu--main"><ul><li><a href="/es/investigacion">Investigación</a></li><li><a href="/es/institutos">Institutos</a></li><li><a href="/es/formacion-y-empleo">Formación y empleo</a></li><li class="active"><a href="/es/actualidad-del-csic">Comunicación</a></li><li><a href="/es/el-csic">El CSIC</a></li></ul></nav></header>'
        f'<main id="main-content"><nav class="breadcrumb"><ol><li><a href="/es">Inicio</a></li><li><a href="/es/actualidad-del-csic">Actualidad</a></li><li><a href="/es/actualidad-del-csic/noticias">Noticias</a></li></ol></nav>'
        f'<article class="node node--type-noticia"><div class="node-meta"><span class="tipo">{pick(c, "Noticia", "Nota de prensa")}</span> <time>{d} {_ES_MONTHS[m - 1]} {y}</time></div><h1 class="page-title">{esc(c.body.title)}</h1><div class="field--name-field-entradilla"><p>{sentence(c, 2)}</p></div>'
        f'{img}<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">{"".join(parts)}</div>{ref}{attach}'
        f'<div class="field--name-field-contacto"><h4>Contacto de prensa</h4><p>{pick(c, "Comunicación", "Departamento de Comunicación")} CSIC · {institute}<br>Tel.: 91 568 {c.rng.randint(10, 99)} {c.rng.randint(10, 99)}<br><a href="mailto:comunicacion@csic.es">comunicacion@csic.es</a></p></div>'
        f'<div class="field--name-field-tags"><p>Área: <a href="#">{pick(c, "Vida", "Materia", "Sociedad")}</a></p><p>Instituto: <a href="#">{institute}</a></p></div></article>'
        f'<section class="view-otras-noticias"><h2>Otras noticias</h2><ul>{heads_list(c, 4, "/es/actualidad-del-csic/")}</ul></section></main>'
        f'<footer role="contentinfo"><p>Consejo Superior de Investigaciones Científicas · C/ Serrano, 117 · 28006 Madrid</p><ul><li><a href="#">Aviso legal</a></li><li><a href="#">Accesibilidad</a></li><li><a href="#">Protección de datos</a></li><li><a href="#">Mapa del sitio</a></li></ul><p>© CSIC {y}</p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "ojs-journal": (fam_ojs_journal, "politics"),
    "arxiv-html": (fam_arxiv_html, "tech"),
    "openedition-article": (fam_openedition, "news"),
    "treccani-entry": (fam_treccani_entry, "news"),
    "swp-brief": (fam_swp_brief, "politics"),
    "jstage-article": (fam_jstage_article, "business"),
    "thinktank-commentary": (fam_thinktank_commentary, "ecb"),
    "legal-scholar-blog": (fam_legal_scholar_blog, "politics"),
    "alfolio-lab": (fam_alfolio_lab, "code"),
    "kb-library-blog": (fam_kb_library_blog, "news"),
    "upress-blog": (fam_upress_blog, "lede"),
    "csic-news": (fam_csic_news, "news"),
}

_LANG = {
    "ojs-journal": "pt-BR",
    "arxiv-html": "en",
    "openedition-article": "fr",
    "treccani-entry": "it",
    "swp-brief": "de",
    "jstage-article": "ja",
    "thinktank-commentary": "en",
    "legal-scholar-blog": "en-US",
    "alfolio-lab": "en",
    "kb-library-blog": "nl",
    "upress-blog": "en-GB",
    "csic-news": "es",
}

_HEAD = {
    "ojs-journal": '<meta name="generator" content="Open Journal Systems 3.3.0.14"><meta name="citation_journal_title" content="Revista"><meta name="DC.Type.articleType" content="Artigos">',
    "arxiv-html": '<link rel="stylesheet" href="https://arxiv.org/static/browse/0.3.4/css/ar5iv.0.7.9.min.css"><meta name="generator" content="LaTeXML">',
    "openedition-article": '<meta name="generator" content="Lodel"><meta name="DC.type" content="journalArticle"><link rel="stylesheet" href="/css/openedition.css">',
    "treccani-entry": '<meta property="og:site_name" content="Treccani"><link rel="stylesheet" href="/assets/css/main.css">',
    "swp-brief": '<meta name="generator" content="TYPO3 CMS"><meta name="citation_doi" content="10.18449/">',
    "jstage-article": '<meta name="citation_publisher" content="J-STAGE"><link rel="stylesheet" href="/static/css/jstage.css">',
    "thinktank-commentary": '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:type" content="article">',
    "legal-scholar-blog": '<meta name="generator" content="WordPress 6.5"><meta name="citation_doi" content="10.59704/">',
    "alfolio-lab": '<meta name="generator" content="Jekyll v4.3.3"><link rel="stylesheet" href="/assets/css/main.css"><link rel="stylesheet" href="/assets/css/jekyll-pygments-themes-github.css">',
    "kb-library-blog": '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><meta property="og:site_name" content="KB">',
    "upress-blog": '<meta name="generator" content="WordPress 6.2"><link rel="stylesheet" href="/wp-content/themes/oupblog/style.css">',
    "csic-news": '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:site_name" content="CSIC">',
}


def ae_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language, canonical link and platform tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 3001) -> list[Page]:
    """Set AE: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics")
    kinds = {**kinds, "code": unique_bodies(code_bodies())}
    return draw_set(
        "ae", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=ae_head
    )


if __name__ == "__main__":  # page_families_ae.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 3001)

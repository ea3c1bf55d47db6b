"""Set AI of the constructed pages: 12 families of posts on community publishing platforms and
in developer / design publications no earlier set has, in several languages, and `build_pages`.

Six families are in page_templates_ai.py (HubPages, Vocal, Ecency/Hive in Spanish, Kompasiana
in Indonesian, PIXNET in Traditional Chinese, Posthaven); here a HackerNoon story, a DZone
article, a CSS-Tricks article, an A List Apart article, a SitePoint article and a French
LinuxFr.org journal or dépêche. Written blind to digest's extraction rules; its builder never
ran digest, trafilatura, readability or bench_pages on it (session 19, helper h-setai). The
gold convention, with the decisions on platform boxes, votes and badges, is in
page_templates_ai.py's docstring; the decisions for this module's families, written down
before they were coded:
- a HackerNoon story (English, 2020-2025, Next.js; tech bodies, its code markup kept): the
  paragraphs, subheadings, lists, quotes and code blocks (the code as its text; the "Copy"
  button is furniture) of `div.story-container` are article; the navbar ("Write", "Learn",
  "Read", "Sign Up"), the "Too Long; Didn't Read" box (a standfirst), the title, "by @handle",
  the date, "Read on Terminal Reader", "Print this story", "Read this story w/o Javascript",
  the languages list, the "Audio Presented by" sponsor, the emoji reaction counters, the
  featured image, the "Story's Credibility" pills, "About Author", "Comments", "TOPICS",
  "Related Stories" and the footer are not;
- a DZone article (English, 2016-2025; code bodies): the paragraphs, subheadings, lists,
  quotes and code blocks (`div.codeMirror-wrapper`: the code as its text; the language label
  and "Copy" are furniture) of `div.content-html` are article; the header ("Refcards", "Trend
  Reports", "Events", "Join For Free"), the breadcrumb ("DZone > Coding > Java"), the title,
  the subtitle (a standfirst), the byline ("by NAME · Mar. 03, 24 · Tutorial"), "Like (N)",
  "Comment", "Save", "Tweet", "N Views", the "Join the DZone community and get the full member experience." box, "Opinions
  expressed by DZone contributors are their own.", "Topics:", "Popular on DZone", "Partner
  Resources", the comments and the footer are not;
- a CSS-Tricks article (English, 2016-2025; code bodies): the paragraphs, subheadings, lists,
  quotes and code blocks (`pre.wp-block-csstricks-code-block`) of `div.article-content` are
  article; the header (logo, "Articles", "Guides", "Almanac", "Picks", search), the title,
  the author row ("NAME on DATE (Updated on DATE)"), the DigitalOcean notes ("DigitalOcean
  provides cloud products ...", "Psst! Create a DigitalOcean account ..."), the Jetpack
  related posts, the comments with "Leave a Reply" and the footer are not;
- an A List Apart article (English, 2013-2025; tech bodies without code): the paragraphs,
  subheadings, lists and quotes of `div.entry-content` are article; the header (logo, topic
  menu "Code", "Content", "Design", ..., "Write for us"), "Issue № N", the title, the byline
  with date and "Published in", the illustration and its credit ("Illustration by NAME"),
  the pull quotes (`aside.pull-quote`, a body sentence repeated), "About the Author", "N
  Reader Comments", "More from ALA" and the footer ("ISSN 1534-0295", "Copyright ... A List
  Apart & Our Authors") are not;
- a SitePoint article (English, 2018-2025; tech bodies, its Prism markup kept): the
  paragraphs, subheadings, lists, quotes and code blocks (Prism `pre[class*=language-]`, the
  code as its text; the toolbar with "Copy" is furniture) of `section.article_body` are
  article; the header ("Blog", "Premium", "Forums", "Start Free Trial"), the category crumb,
  the title, the author line ("Published in ... · DATE"), "Share this article", the "Key
  Takeaways" box (bullets repeating the body, furniture as set L's summary bullets and a
  standfirst), the Premium upsell, the author bio, "Stuff we do", the related articles, the
  "On this page" list and the footer ("© 2000 – 2024 SitePoint Pty. Ltd.") are not;
- a French LinuxFr.org journal or dépêche (2008-2025; tech bodies): the paragraphs,
  subheadings, lists, quotes and tables of `div.content.entry-content` are article; the
  branding and menus ("Dépêches", "Journaux", "Forums", "Suivi", "Wiki", "Proposer un
  contenu"), the title with its "Journal" / section link, the `div.meta` ("Posté par NAME le
  DATE. Licence CC By‑SA."), the score and vote figures, the dépêche's `ul.links` ("Lien n°1
  ... (N clics)") and its "Sommaire" (a table of contents, furniture as set AA decided), the
  tags ("Étiquettes :"), `footer.actions` ("N commentaires", "Poster un commentaire"), the
  comment threads ("Re: ...", "Évalué à"), the sidebar and the footer are not.

    .venv/bin/python bench/page_families_ai.py PAGE_ID 3401
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key, unique_bodies
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks
from page_templates_af import EN_MONTHS, insert_at, toc_links
from page_templates_ai import (
    cards,
    fam_ecency_es,
    fam_hubpages,
    fam_kompasiana,
    fam_pixnet,
    fam_posthaven,
    fam_vocal,
)
from page_templates_b import code_bodies, headlines
from page_templates_e import hexid, sentence
from page_templates_q import pick
from page_templates_s import body_html, era_date

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


def code_lang(text: str) -> str:
    """A highlighter's language label guessed from the code."""
    if "def " in text or "import " in text:
        return "python"
    if "{" in text and ":" in text and ";" in text:
        return pick_css_js(text)
    return "bash" if text.lstrip().startswith(("$", "#", "sudo", "npm", "pip")) else "plaintext"


def pick_css_js(text: str) -> str:
    return "javascript" if ("function" in text or "const " in text or "=>" in text) else "css"


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


# ---------------------------------------------------------------------------------------------
# 7. A HackerNoon story


def fam_hackernoon(c: Ctx) -> FamilyOut:
    """A HackerNoon story: TL;DR box, Terminal Reader links, reactions, credibility pills."""
    blocks = body_blocks(c, 0.5, 0.25, 0.1)
    copy = c.rng.random() < 0.6

    def code(t: str) -> str:
        btn = '<button class="sc-copy-btn" aria-label="Copy code">Copy</button>' if copy else ""
        return f'<div class="code-container">{btn}<pre><code class="language-{code_lang(t)}">{esc(t)}</code></pre></div>'

    parts, gold = body_html(
        c,
        blocks,
        lambda t: f'<h2 id="{slug(t)[:40]}" class="heading">{esc(t)}</h2>',
        '<p class="paragraph">',
        code,
    )
    handle = slug(c.rng.choice(PEOPLE)).replace("-", "")
    y, m, d = era_date(c, 2020, 2025)
    tldr = ""
    if c.rng.random() < 0.7:
        c.used.append("hn-tldr")
        tldr = f'<div class="sc-tldr"><h2 class="tldr-title">Too Long; Didn\'t Read</h2><p>{sentence(c, 2)}</p></div>'
    langs = ""
    if c.rng.random() < 0.5:
        c.used.append("hn-languages")
        langs = (
            '<div class="story-languages"><span>Languages:</span>'
            + "".join(
                f'<a href="/lang/{k}/{slug(c.body.title)[:40]}">{k.upper()}</a>'
                for k in ("es", "hi", "zh", "vi", "fr", "pt", "ja")
            )
            + "</div>"
        )
    sponsor = ""
    if c.rng.random() < 0.4:
        c.used.append("hn-audio-sponsor")
        sponsor = f'<div class="audio-player"><button>Listen to this story</button><span>Audio Presented by</span><a href="#" rel="sponsored"><img src="/sponsor/{hexid(c, 6)}.png" alt="{pick(c, "Bright Data", "Aptible", "Hasura")}"></a></div>'
    reacts = "".join(
        f'<button class="reaction"><span>{e}</span><span class="count">{c.rng.randint(0, 40)}</span></button>'
        for e in ("👍", "❤️", "🔥", "🚀", "👀")
    )
    cred = ""
    if c.rng.random() < 0.5:
        c.used.append("hn-credibility")
        cred = (
            '<div class="story-credibility"><h3>STORY\'S CREDIBILITY</h3>'
            + "".join(
                f'<span class="cred-pill">{x}</span>'
                for x in c.rng.sample(
                    [
                        "Code License",
                        "Guide",
                        "Original Reporting",
                        "Opinion piece / Thought Leadership",
                    ],
                    2,
                )
            )
            + "</div>"
        )
    tags = "".join(
        f'<a href="/tagged/{t}" class="tag">#{t}</a>'
        for t in c.rng.sample(
            [
                "programming",
                "javascript",
                "python",
                "devops",
                "software-development",
                "web-development",
                "hackernoon-top-story",
            ],
            4,
        )
    )
    related = cards(
        c,
        c.rng.randint(3, 6),
        '<div class="related-story"><a href="{href}"><img src="/r.png" alt=""><h3>{h}</h3></a></div>',
    )
    c.used += "hn-navbar hn-title hn-byline hn-terminal hn-reactions hn-about hn-tags hn-related hn-footer".split()
    html = (
        f'<body><div id="__next"><nav class="sc-navbar"><a href="/" class="logo"><img src="/hn-logo.png" alt="HackerNoon"></a><ul><li><a href="/write">Write</a></li><li><a href="/learn">Learn</a></li><li><a href="/">Read</a></li></ul><input type="search" placeholder="Search..."><a href="/signup" class="signup">Sign Up</a></nav>'
        f'<main><div class="story-header"><div class="featured-image"><img src="https://hackernoon.imgix.net/images/{hexid(c, 20)}.jpeg" alt=""></div><h1 class="story-title">{esc(c.body.title)}</h1>'
        f'<div class="story-meta"><a href="/u/{handle}" class="author">by @{handle}</a><span class="date">{EN_MONTHS[m - 1]} {_ordinal(d)}, {y}</span><span class="reading-time">{c.rng.randint(3, 14)}m</span></div>'
        f'<div class="story-links"><a href="https://hackernoon.com/reader/{slug(c.body.title)[:40]}">Read on Terminal Reader</a><a href="#" class="print">Print this story</a><a href="https://hackernoon.com/lite/{slug(c.body.title)[:40]}">Read this story w/o Javascript</a></div>{langs}{sponsor}<div class="reactions">{reacts}</div></div>'
        f'{tldr}<div class="story-container"><div class="content">{"".join(parts)}</div></div>{cred}'
        f'<div class="about-author"><h3>About Author</h3><a href="/u/{handle}">@{handle}</a><p>{sentence(c)}</p><a href="/u/{handle}" class="btn">Read my stories</a></div>'
        f'<div class="comments"><h3>Comments</h3><p>Signup or Login to Join the Discussion</p></div><div class="topics"><h3>TOPICS</h3>{tags}</div>'
        f'<div class="related-stories"><h2>Related Stories</h2>{related}</div></main>'
        f'<footer class="sc-footer"><ul><li><a href="/about">About</a></li><li><a href="/help">Help</a></li><li><a href="/sponsor">Sponsor</a></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul><p>Made with 💚 for the community · © {y} HackerNoon</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A DZone article

_DZ_MONTHS = "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Oct. Nov. Dec.".split()


def fam_dzone(c: Ctx) -> FamilyOut:
    """A DZone article: zone crumb, Like/Save/Tweet bar, join box, codeMirror wrapper, disclaimer."""
    blocks = body_blocks(c, 0.45, 0.25, 0.1)

    def code(t: str) -> str:
        lang = code_lang(t)
        return f'<div class="codeMirror-wrapper"><div class="codeHeader"><div class="codeMirror-code--wrapper"><div class="codeMirror-code-lang">{lang.title()}</div><div class="copy-button">Copy</div></div></div><div contenteditable="false"><pre class="codeMirror-code-block" data-lang="{lang}">{esc(t)}</pre></div></div>'

    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>", "<p>", code)
    author = c.rng.choice(PEOPLE)
    y, m, d = era_date(c, 2016, 2025)
    zone, area = pick(
        c,
        "Coding|Java",
        "Coding|JavaScript",
        "Data Engineering|Databases",
        "Software Design and Architecture|Cloud Architecture",
        "Testing, Deployment, and Maintenance|DevOps and CI/CD",
    ).split("|")
    kind = pick(c, "Tutorial", "Analysis", "Opinion", "Code Snippet")
    bar = f'<div class="article-actions"><a class="like"><i class="icon-thumbs-up"></i> Like ({c.rng.randint(0, 40)})</a><a class="comment">Comment</a><a class="save">Save</a><a class="tweet">Tweet</a><a class="share">Share</a><span class="views">{c.rng.randint(1, 90):,}.{c.rng.randint(1, 9)}K Views</span></div>'
    join = ""
    if c.rng.random() < 0.7:
        c.used.append("dz-join")
        join = '<div class="join-box"><p>Join the DZone community and get the full member experience.</p><a class="btn" href="/static/registration.html">Join For Free</a></div>'
    popular = cards(
        c, c.rng.randint(4, 6), '<li class="popular-item"><a href="/articles{href}">{h}</a></li>'
    )
    partner = ""
    if c.rng.random() < 0.5:
        c.used.append("dz-partner")
        partner = f'<div class="partner-resources"><h3>Partner Resources</h3><ul>{cards(c, 3, "<li><a href=/go{href} rel=sponsored>{h}</a></li>")}</ul></div>'
    topics = ", ".join(
        f'<a href="/tag/{t}">{t}</a>'
        for t in c.rng.sample(
            ["java", "spring boot", "microservices", "kubernetes", "api", "tutorial", "sql"], 3
        )
    )
    c.used += "dz-header dz-crumb dz-title dz-byline dz-actions dz-disclaimer dz-topics dz-popular dz-footer".split()
    html = (
        f'<body><header class="header"><div class="header-top"><a href="/" class="logo"><img src="/themes/dz20/images/dz_cropped.png" alt="DZone"></a><ul class="main-nav"><li><a href="/refcardz">Refcards</a></li><li><a href="/trendreports">Trend Reports</a></li><li><a href="/events">Events</a></li><li><a href="/video">Video Library</a></li></ul><a class="join" href="/static/registration.html">Join For Free</a></div></header>'
        f'<div class="container article-page"><div class="breadcrumb"><a href="/">DZone</a> <span>&gt;</span> <a href="/{slug(zone)}">{zone}</a> <span>&gt;</span> <a href="/{slug(area)}">{area}</a> <span>&gt;</span> <span>{esc(c.body.title)}</span></div>'
        f'<div class="row"><div class="col-md-8"><div class="article-header"><h1 class="article-title">{esc(c.body.title)}</h1><p class="article-subtitle">{sentence(c)}</p>'
        f'<div class="author-info">by <a class="author-name" href="/users/{c.rng.randint(10**5, 10**7)}/{slug(author)}.html">{esc(author)}</a>{pick(c, " <span class=badge>CORE</span>", "")} · {_DZ_MONTHS[m - 1]} {d:02d}, {y % 100:02d} · {zone} Zone · {kind}</div>{bar}</div>{join}'
        f'<div class="article-body"><div class="content-html" itemprop="text">{"".join(parts)}</div></div>'
        f'<p class="disclaimer">Opinions expressed by DZone contributors are their own.</p><div class="article-topics">Topics: {topics}</div>{bar}'
        f'<div class="comments"><h3>Comments</h3><p><a href="/login">Sign in</a> to comment.</p></div>{partner}</div>'
        f'<div class="col-md-4 sidebar"><div class="popular"><h3>Popular on DZone</h3><ul>{popular}</ul></div><div class="ad-unit">ADVERTISEMENT</div></div></div></div>'
        f'<footer class="footer"><div class="footer-cols"><ul><li>ABOUT US</li><li><a href="/pages/about">About DZone</a></li><li><a href="/pages/careers">Careers</a></li></ul><ul><li>ADVERTISE</li><li><a href="/pages/advertise">Advertise with DZone</a></li></ul><ul><li>CONTRIBUTE ON DZONE</li><li><a href="/pages/guidelines">Article Submission Guidelines</a></li><li><a href="/pages/mvb">MVB Program</a></li></ul><ul><li>LEGAL</li><li><a href="/pages/tos">Terms of Service</a></li><li><a href="/pages/privacy">Privacy Policy</a></li></ul></div><p>DZone, Inc. 3343 Perimeter Hill Dr Suite 100 Nashville, TN 37211 · Let\'s be friends:</p><p>© {y} DZone</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A CSS-Tricks article


def fam_css_tricks(c: Ctx) -> FamilyOut:
    """A CSS-Tricks article: mega-header, author row, DigitalOcean notes, csstricks code block."""
    blocks = body_blocks(c, 0.5, 0.3, 0.15)

    def code(t: str) -> str:
        lang = code_lang(t)
        return f'<pre rel="{lang.upper() if lang == "css" else lang.title()}" class="wp-block-csstricks-code-block language-{lang}" data-line=""><code markup="tt">{esc(t)}</code></pre>'

    parts, gold = body_html(
        c,
        blocks,
        lambda t: f'<h2 class="wp-block-heading" id="aa-{slug(t)[:40]}">{esc(t)}</h2>',
        "<p>",
        code,
    )
    author = c.rng.choice(PEOPLE)
    y, m, d = era_date(c, 2016, 2025)
    do = y >= 2022
    upd = ""
    if c.rng.random() < 0.4:
        c.used.append("ct-updated")
        upd = f' <span class="updated">(Updated on {EN_MONTHS[c.rng.randint(0, 11)]} {c.rng.randint(1, 28)}, {min(2025, y + 1)})</span>'
    do_top = ""
    if do:
        c.used.append("ct-do-note")
        do_top = '<div class="article-sponsor"><p><a href="https://www.digitalocean.com/">DigitalOcean</a> provides cloud products for every stage of your journey. Get started with <a href="#">$200 in free credit!</a></p></div>'
        parts = [
            *parts,
            '<p class="do-psst"><strong>Psst!</strong> Create a DigitalOcean account and get <a href="#">$200 in free credit</a> for cloud-based hosting and services.</p>',
        ]
    related = ""
    if not do or c.rng.random() < 0.5:
        c.used.append("ct-related")
        related = f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">{cards(c, 3, "<div class=jp-relatedposts-post><h4 class=jp-relatedposts-post-title><a href={href}>{h}</a></h4></div>")}</div></div>'
    n_com = c.rng.choice([0, 2, 3, 6])
    com = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img class="avatar" src="https://secure.gravatar.com/avatar/{hexid(c, 12)}?s=80" alt=""><b class="fn">{esc(w)}</b></div><div class="comment-metadata"><a href="#"><time>Permalink to comment#</time></a> {EN_MONTHS[m - 1]} {d}, {y}</div></footer><div class="comment-content"><p>{sentence(c)}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>'
        for w in c.rng.sample(PEOPLE, n_com)
    )
    if n_com:
        c.used.append("ct-comments")
    c.used += "ct-header ct-title ct-author ct-footer".split()
    html = (
        f'<body class="single single-post"><header class="site-header"><a href="/" class="site-logo" aria-label="CSS-Tricks home"><svg viewBox="0 0 40 40"></svg>CSS-Tricks</a><nav class="site-nav"><ul><li><a href="/category/articles/">Articles</a></li><li><a href="/guides/">Guides</a></li><li><a href="/almanac/">Almanac</a></li><li><a href="/category/picks/">Picks</a></li></ul></nav><form class="search-form" action="/"><input type="search" name="s" placeholder="Search"></form></header>'
        f'<main id="maincontent"><article class="article-article post type-post status-publish"><header class="mega-header"><h1 class="post-title">{esc(c.body.title)}</h1><div class="author-row"><img class="avatar" src="https://secure.gravatar.com/avatar/{hexid(c, 12)}?s=80" alt=""><a href="/author/{slug(author)}/" class="author-name">{esc(author)}</a> on <time datetime="{y}-{m:02d}-{d:02d}">{EN_MONTHS[m - 1]} {d}, {y}</time>{upd}</div>{do_top}</header>'
        f'<div class="article-content">{"".join(parts)}</div>{related}'
        f'<section class="comments-area" id="comments"><h2 class="comments-title">Comments</h2><ol class="comment-list">{com}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a id="cancel-comment-reply-link" href="#respond" style="display:none">Cancel reply</a></small></h3><form class="comment-form"><textarea name="comment"></textarea><input type="submit" class="submit" value="Post Comment"></form></div></section></article></main>'
        f'<footer class="site-footer"><p>CSS-Tricks is {"powered by <a href=https://www.digitalocean.com/>DigitalOcean</a>" if do else "hosted by Flywheel"}.</p><p>Keep up to date on web dev with our hand-crafted newsletter</p><ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy-policy/">Privacy</a></li></ul><p>© {y} {"DigitalOcean, LLC" if do else "CSS-Tricks"}. All rights reserved.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. An A List Apart article


def fam_alistapart(c: Ctx) -> FamilyOut:
    """An A List Apart article: Issue №, illustration credit, pull quotes, author bio, More from ALA."""
    blocks = body_blocks(c, 0.55, 0.25, 0.25, pick(c, "ul", "ol"))
    parts, gold = body_html(
        c, blocks, lambda t: f'<h2 id="section{c.rng.randint(1, 9)}">{esc(t)}</h2>'
    )
    author = c.rng.choice(PEOPLE)
    y, m, d = era_date(c, 2013, 2025)
    topics = c.rng.sample(
        ["Design", "Process", "Content", "Workplace", "Culture", "Accessibility", "UX"], 2
    )
    paras = [str(v) for k, v in blocks if k == "p"]
    for _ in range(c.rng.randint(0, 2)):
        if paras:
            quote = c.rng.choice(paras).split(". ")[0].rstrip(".") + "."
            parts = insert_at(
                c, parts, f'<aside class="pull-quote"><p>{esc(quote)}</p></aside>', "ala-pullquote"
            )
    illus = ""
    if c.rng.random() < 0.7:
        c.used.append("ala-illustration")
        illus = f'<figure class="article-illustration"><img src="/wp-content/uploads/{y}/{m:02d}/{slug(c.body.title)[:30]}-960x540.jpg" alt=""><figcaption>Illustration by {esc(c.rng.choice(PEOPLE))}</figcaption></figure>'
    n_com = c.rng.choice([0, 3, 7, 12])
    more = cards(
        c,
        3,
        '<article class="more-item"><h3><a href="/article{href}/">{h}</a></h3><p class="byline">by '
        + esc(c.rng.choice(PEOPLE))
        + "</p></article>",
    )
    issue = (
        f'<p class="issue">Issue № {c.rng.randint(380, 560)}</p>' if c.rng.random() < 0.7 else ""
    )
    c.used += "ala-header ala-title ala-byline ala-bio ala-comments ala-more ala-footer".split()
    html = (
        f'<body class="single single-post"><a class="skip-link" href="#content">Skip to content</a><header id="masthead" class="site-header"><a href="/" class="site-logo"><img src="/wp-content/themes/alistapart/images/ala-logo.svg" alt="A List Apart"></a><nav class="main-navigation"><ul>{"".join(f"<li><a href=/topic/{t.lower()}/>{t}</a></li>" for t in ("Code", "Content", "Culture", "Design", "Process", "Workplace"))}<li><a href="/about/">About</a></li><li><a href="/about/contribute/">Write for us</a></li></ul></nav></header>'
        f'<main id="content"><article class="post"><header class="entry-header">{issue}<h1 class="entry-title">{esc(c.body.title)}</h1><div class="entry-meta"><span class="byline">by <a href="/author/{slug(author)}/">{esc(author)}</a></span> · <time datetime="{y}-{m:02d}-{d:02d}">{EN_MONTHS[m - 1]} {d:02d}, {y}</time> · Published in {", ".join(f"<a href=/topic/{slug(t)}/>{t}</a>" for t in topics)}</div>{illus}</header>'
        f'<div class="entry-content">{"".join(parts)}</div>'
        f'<footer class="entry-footer"><section class="author-bio"><h2>About the Author</h2><img src="/wp-content/uploads/authors/{slug(author)}.jpg" alt=""><p><a href="/author/{slug(author)}/">{esc(author)}</a> {sentence(c)}</p></section>'
        f'<section class="comments"><h2>{n_com} Reader Comments</h2><button class="load-comments">Load Comments</button></section></footer></article>'
        f'<section class="more-from-ala"><h2>More from ALA</h2>{more}</section></main>'
        f'<footer class="site-footer"><p>A List Apart explores the design, development, and meaning of web content, with a special focus on web standards and best practices.</p><p>ISSN 1534-0295 · Copyright 1998–{y} A List Apart &amp; Our Authors</p><ul><li><a href="/about/">About</a></li><li><a href="/about/contribute/">Contribute</a></li><li><a href="/feed/">RSS</a></li></ul></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A SitePoint article


def fam_sitepoint(c: Ctx) -> FamilyOut:
    """A SitePoint article: category crumb, Key Takeaways, Prism code toolbar, Premium upsell."""
    blocks = body_blocks(c, 0.5, 0.25, 0.1)
    toolbar = c.rng.random() < 0.6

    def code(t: str) -> str:
        lang = code_lang(t)
        pre = f'<pre class="language-{lang}" tabindex="0"><code class="language-{lang}">{esc(t)}</code></pre>'
        if toolbar:
            return f'<div class="code-toolbar">{pre}<div class="toolbar"><div class="toolbar-item"><span>{lang}</span></div><div class="toolbar-item"><button class="copy-to-clipboard-button" type="button"><span>Copy</span></button></div></div></div>'
        return pre

    parts, gold = body_html(
        c, blocks, lambda t: f'<h2 id="{slug(t)[:40]}">{esc(t)}</h2>', "<p>", code
    )
    author = c.rng.choice(PEOPLE)
    y, m, d = era_date(c, 2018, 2025)
    cat = pick(c, "JavaScript", "CSS", "PHP", "Python", "AI", "Web")
    keys = ""
    paras = [str(v) for k, v in blocks if k == "p"]
    if paras and c.rng.random() < 0.55:
        c.used.append("sp-key-takeaways")
        keys = (
            '<div class="key-takeaways"><h2>Key Takeaways</h2><ul>'
            + "".join(
                f"<li>{esc(p.split('. ')[0].rstrip('.'))}.</li>"
                for p in paras[: c.rng.randint(2, 4)]
            )
            + "</ul></div>"
        )
    upsell = ""
    if c.rng.random() < 0.5:
        c.used.append("sp-premium")
        upsell = f'<div class="premium-upsell"><h3>{pick(c, "Level up your skills", "Get the book")}</h3><p>Unlock {c.rng.randint(400, 700)}+ books and courses with SitePoint Premium.</p><a class="btn" href="/premium/">Start Free Trial</a></div>'
        if c.rng.random() < 0.5:
            parts, upsell = insert_at(c, parts, upsell, "sp-premium-inline"), ""
    share = '<div class="share-article"><span>Share this article</span><a href="#" aria-label="Share on X"></a><a href="#" aria-label="Share on LinkedIn"></a><a href="#" aria-label="Share on Facebook"></a></div>'
    related = cards(
        c,
        c.rng.randint(3, 4),
        '<article class="related-card"><a href="/{href}/"><h3>{h}</h3></a></article>',
    )
    heads = toc_links(blocks)
    c.used += "sp-header sp-crumb sp-title sp-author sp-share sp-bio sp-stuff sp-related sp-footer".split()
    html = (
        f'<body><div id="__next"><header class="site-header"><a href="/" class="logo"><img src="/sitepoint.svg" alt="SitePoint"></a><nav><a href="/blog/">Blog</a><a href="/premium/library/">Premium</a><a href="https://www.sitepoint.com/community/">Forums</a><a href="/jobs/">Jobs</a></nav><a class="btn-trial" href="/premium/">Start Free Trial</a> <a href="/premium/sign-in/">Sign In</a></header>'
        f'<main class="article-page"><div class="article-header"><a class="category" href="/{slug(cat)}/">{cat}</a><h1>{esc(c.body.title)}</h1><div class="author-line"><img class="avatar" src="/avatars/{slug(author)}.jpg" alt=""><a href="/author/{slug(author)}/">{esc(author)}</a><p>Published in <a href="/{slug(cat)}/">{cat}</a> · {EN_MONTHS[m - 1]} {d}, {y}</p></div>{share}</div>'
        f'<section class="article_body">{keys}{"".join(parts)}</section>'
        f'{share}<div class="author-bio"><h3>{esc(author)}</h3><p>{sentence(c)}</p></div>{upsell}'
        f'<div class="stuff-we-do"><h3>Stuff we do</h3><ul><li><a href="/premium/">Premium</a></li><li><a href="/newsletters/">Newsletters</a></li><li><a href="/community/">Forums</a></li></ul></div>'
        f'<section class="related-articles"><h2>Related Articles</h2>{related}</section>'
        f"{'<nav class=article-toc><p>On this page</p><ul>' + ''.join(f'<li><a href=#{a}>{esc(t)}</a></li>' for a, t in heads) + '</ul></nav>' if heads and c.rng.random() < 0.4 else ''}</main>"
        f'<footer class="site-footer"><ul><li><a href="/about-us/">About</a></li><li><a href="/write-for-us/">Write for Us</a></li><li><a href="/legals/">Terms</a></li><li><a href="/privacy-policy/">Privacy</a></li></ul><p>© 2000 – {y} SitePoint Pty. Ltd.</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A LinuxFr.org journal or dépêche (French)

_FR_USERS = [
    "Zenitram",
    "Benoît",
    "palm123",
    "Ysabeau",
    "bubar",
    "Nÿco",
    "Xavier_C",
    "gUI",
    "Pierre_J",
]


def fam_linuxfr(c: Ctx) -> FamilyOut:
    """A LinuxFr.org node: Journal / dépêche title link, meta, liens, Sommaire, threaded comments."""
    blocks = body_blocks(c, 0.5, 0.3, 0.2, pick(c, "ul", "ol", "table"))
    parts, gold = body_html(c, blocks, lambda t: f'<h2 id="toc-{slug(t)[:30]}">{esc(t)}</h2>')
    news = c.rng.random() < 0.4
    who = c.rng.choice(_FR_USERS)
    y, m, d = era_date(c, 2008, 2025)
    section = pick(
        c, "Logiciels libres", "Administration système", "Programmation", "Matériel", "Communauté"
    )
    links = sommaire = ""
    if news:
        c.used.append("lf-news")
        links = (
            '<ul class="links">'
            + "".join(
                f'<li>lien nᵒ {k} : <a title="https://example.org/{hexid(c, 6)}" href="https://example.org/{hexid(c, 6)}">{esc(h)}</a> ({c.rng.randint(5, 900)} clics)</li>'
                for k, h in enumerate(headlines(c, c.rng.randint(1, 4)), 1)
            )
            + "</ul>"
        )
        heads = toc_links(blocks)
        if heads:
            c.used.append("lf-sommaire")
            sommaire = (
                '<h2 class="sommaire">Sommaire</h2><ul class="toc">'
                + "".join(f'<li><a href="#toc-{a[:30]}">{esc(t)}</a></li>' for a, t in heads)
                + "</ul>"
            )
    title_link = (
        f'<a href="/sections/{slug(section)}">{section}</a>'
        if news
        else '<a href="/journaux">Journal</a>'
    )
    kind = "news" if news else "diary"
    n_com = c.rng.choice([0, 2, 4, 7])
    com = "".join(
        f'<li class="comment" id="comment-{c.rng.randint(10**6, 10**7)}"><h2 class="title"><a href="#">Re: {esc(c.body.title[:40])}</a></h2><div class="meta">Posté par <a href="/users/{slug(w)}">{esc(w)}</a> le {d:02d}/{m:02d}/{y % 100:02d} à {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}. Évalué à {c.rng.randint(-2, 9)} (+{c.rng.randint(0, 9)}/-{c.rng.randint(0, 3)}).</div><div class="content"><p>{sentence(c, c.rng.randint(1, 2))}</p></div><ul class="actions"><li><a href="#">Répondre au commentaire</a></li></ul></li>'
        for w in c.rng.sample(_FR_USERS, n_com)
    )
    if n_com:
        c.used.append("lf-comments")
    tags = "".join(
        f'<li><a href="/tags/{t}/public" rel="tag">{t}</a></li>'
        for t in c.rng.sample(
            ["linux", "debian", "python", "rust", "vie_privée", "auto-hébergement", "wayland"], 3
        )
    )
    c.used += "lf-branding lf-menu lf-meta lf-score lf-tags lf-actions lf-sidebar lf-footer".split()
    html = (
        f'<body class="{kind}-show"><div id="top"><header id="branding"><h1 id="logo"><a href="/" title="Accueil">LinuxFr.org</a></h1><nav id="topbar"><ul><li><a href="/news">Dépêches</a></li><li><a href="/journaux">Journaux</a></li><li><a href="/forums">Forums</a></li><li><a href="/liens">Liens</a></li><li><a href="/suivi">Suivi</a></li><li><a href="/wiki">Wiki</a></li><li><a href="/board">Tribune</a></li></ul><a class="propose" href="/proposer-un-contenu">Proposer un contenu</a></nav></header></div>'
        f'<main id="contents"><article id="node-{c.rng.randint(10**5, 10**6)}" class="node hentry score{c.rng.randint(1, 4)} {kind}"><header><h1 class="entry-title">{title_link} {esc(c.body.title)}</h1>'
        f'<div class="meta">Posté par <a rel="author" href="/users/{slug(who)}">{esc(who)}</a> le {d:02d}/{m:02d}/{y % 100:02d} à {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}.{" Modéré par " + esc(c.rng.choice(_FR_USERS)) + "." if news else ""} Licence <a href="https://creativecommons.org/licenses/by-sa/4.0/deed.fr">CC By‑SA</a>.</div>'
        f'<div class="tags"><span>Étiquettes :</span><ul>{tags}</ul></div><div class="figures"><figure class="score" title="Note de ce contenu">{c.rng.randint(-5, 60)}</figure></div></header>'
        f'{links}<div class="content entry-content">{sommaire}{"".join(parts)}</div>'
        f'<footer class="actions"><a class="action" href="#comments">{n_com} commentaire{"s" if n_com != 1 else ""}</a> <a class="action" href="#new-comment">Poster un commentaire</a> <a class="action" href="#">Tout marquer comme lu</a> <span class="votes">Pertinent · Inutile</span></footer></article>'
        f'<section id="comments"><ul class="threads">{com}</ul></section></main>'
        f'<aside id="sidebar"><div class="box login"><h1>Se connecter</h1><form><input type="text" placeholder="Identifiant"><input type="password" placeholder="Mot de passe"></form></div><div class="box"><h1>Derniers commentaires</h1><ul>{cards(c, 4, "<li><a href={href}>{h}</a></li>")}</ul></div><div class="box"><h1>Étiquettes (tags) populaires</h1><ul><li>linux</li><li>logiciel_libre</li><li>python</li></ul></div></aside>'
        f'<footer id="footer"><p>LinuxFr.org est le site d\'information francophone sur Linux et le Logiciel Libre. <a href="/faire_un_don">Faire un don</a> · <a href="/mentions_legales">Mentions légales</a> · <a href="/regles_de_moderation">Règles de modération</a></p><p>Site propulsé par une équipe de bénévoles · © 1998–{y}</p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    # the two code families draw first: the code pool (34 bodies) shares feeds with "blog"
    "dzone-article": (fam_dzone, "code"),
    "css-tricks": (fam_css_tricks, "code"),
    "hubpages": (fam_hubpages, "blog"),
    "vocal-story": (fam_vocal, "blog"),
    "ecency-es": (fam_ecency_es, "lede"),
    "kompasiana-id": (fam_kompasiana, "news"),
    "pixnet-tw": (fam_pixnet, "blog"),
    "posthaven": (fam_posthaven, "business"),
    "hackernoon": (fam_hackernoon, "tech"),
    "alistapart": (fam_alistapart, "tech"),
    "sitepoint": (fam_sitepoint, "tech"),
    "linuxfr-fr": (fam_linuxfr, "tech"),
}

_LANG = {
    "ecency-es": "es",
    "kompasiana-id": "id",
    "pixnet-tw": "zh-TW",
    "linuxfr-fr": "fr",
}

_HEAD = {
    "hubpages": '<meta property="og:site_name" content="HubPages"><link rel="stylesheet" href="https://usercontent1.hubstatic.com/css/hub.css">',
    "vocal-story": '<meta name="next-head-count" content="24"><meta property="og:site_name" content="Vocal"><style data-emotion="css" data-s=""></style>',
    "ecency-es": '<meta property="og:site_name" content="Ecency"><meta name="theme-color" content="#357ce6"><link rel="stylesheet" href="/static/css/main.css">',
    "kompasiana-id": '<meta property="og:site_name" content="KOMPASIANA"><meta name="content_PublishedDate" content=""><link rel="stylesheet" href="https://assets.kompasiana.com/statics/css/read.css">',
    "pixnet-tw": '<meta name="generator" content="PIXNET"><link rel="stylesheet" href="https://s.pixfs.net/blog/css/blog_style.css" type="text/css">',
    "posthaven": '<meta name="generator" content="Posthaven"><link rel="alternate" type="application/atom+xml" href="/posts.atom">',
    "hackernoon": '<meta property="og:site_name" content="HackerNoon"><meta name="next-head-count" content="31">',
    "dzone-article": '<meta property="og:site_name" content="DZone"><link rel="stylesheet" href="/themes/dz20/css/main.css">',
    "css-tricks": '<meta name="generator" content="WordPress 6.4"><link rel="stylesheet" href="/wp-content/themes/CSS-Tricks-21/style.css">',
    "alistapart": '<meta name="generator" content="WordPress 6.2"><link rel="stylesheet" href="/wp-content/themes/alistapart/style.css">',
    "sitepoint": '<meta property="og:site_name" content="SitePoint"><meta name="next-head-count" content="40">',
    "linuxfr-fr": '<link rel="stylesheet" href="/assets/application.css"><link rel="alternate" type="application/atom+xml" title="Flux Atom" href="/journaux.atom">',
}


def ai_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the platform's language, canonical link and site tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 3401) -> list[Page]:
    """Set AI: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics")
    kinds = {**kinds, "code": unique_bodies(code_bodies())}
    return draw_set(
        "ai", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=ai_head
    )


if __name__ == "__main__":  # page_families_ai.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 3401)

"""Set S of the constructed pages: 12 families of blog page structures, and `build_pages`.

Six families are in page_templates_s.py (a LiveJournal-like journal entry, a Typepad-era
photoblog entry with trackbacks, a Hatena-Blog-like Japanese entry, a cnblogs-like Chinese
tech post, a Daily-Kos-like community diary, an Eleventy IndieWeb post); here a company
engineering blog on Gatsby with code and footnotes, a WordPress travel blog with affiliate
boxes, a French Dotclear gardening blog with rétroliens, a Bear-Blog-like minimal post, a
Distill-style academic lab post and a Svbtle-like post with Kudos and "Now read this". The
non-English sites carry English bodies (the body pools are English) in their own language's
furniture. Written blind to digest's extraction rules and frozen before anyone ran digest on
it; its builder never ran digest, trafilatura, readability or bench_pages on it (session 13,
helper h-sets). The gold convention is in page_templates_s.py's docstring; the decisions for
this module's families, written down before they were coded:
- a company engineering blog on Gatsby (`div#___gatsby`, hashed css-* classes): the post's
  paragraphs, subheadings (not the autolink anchor icons), lists, tables, quotes and code
  blocks (`div.gatsby-highlight`) are article, and so is the text of the footnotes at the end
  (`div.footnotes`, the author's text, set B's rule) but not their "↩" back-links nor the
  superscript markers; the header and navigation, the tag pill, the title, the author cards
  (name, role), the date and reading time, the hero image, the "We're hiring!" box, the share
  row, "More from <brand> Engineering" cards (title, excerpt, author), the newsletter footer
  and the gatsby route announcer ("Navigated to ...") are not;
- a WordPress travel blog (Kadence-like theme, block editor): the paragraphs, subheadings and
  lists of `div.entry-content` are article; the affiliate disclosure at its top, the Easy
  Table of Contents box (`div#ez-toc-container`, "Table of Contents" with the headings as
  links), the images and their captions (`figure.wp-block-image`), the "Pin it for later"
  image, the "Where to stay" affiliate info box (hotel names, "Check rates on Booking.com"),
  the tour widget ("Powered by GetYourGuide"), the "Read more:" link paragraphs, the ad slots,
  the author box, "You might also like", the comments and the reply form, the sidebar ("Hi,
  I'm X!", Instagram, categories) and the footer are not;
- a French Dotclear gardening blog (Blowup-like theme, about 2008-2014): the post's text is
  article: the `div.post-excerpt` (the chapô, which on Dotclear is the opening of the post as
  the author wrote it, not repeated in the content) when there is one, then `div.post-content`
  (paragraphs, `<h3>` subheadings, lists); the header, the prelude links ("Aller au contenu"),
  the prev / next links, the title, "Par X, le ... - <catégorie>", the tags ("Mots-clés"), the
  photos with their legends, the attachments ("Pièces jointes"), the comments, the rétroliens
  (the trackback URL and each excerpt), the comment form ("Nom ou pseudo", "envoyer"), the
  comments feed link, the sidebar (Rechercher, Catégories, Billets sélectionnés, Liens,
  S'abonner, Archives) and "Propulsé par Dotclear" are not;
- a Bear-Blog-like minimal post (no article wrapper: the date paragraph and the body's
  paragraphs are siblings in `<main>`): the body's paragraphs, subheadings, lists and quotes
  are article; the header (blog name, nav), the title, the italic date paragraph, the "#tag"
  paragraph, "Reply to this post by email", the "Subscribe via RSS" line, the upvote ("toast")
  form with its count and the "Powered by Bear" footer are not;
- a Distill-style academic lab post (`d-article` in a Distill template): the paragraphs,
  subheadings, lists and tables of `d-article` are article (the `d-cite` markers are empty
  until scripts run); the lab's site header (People, Publications, Blog), `d-front-matter`
  JSON, the `d-title` (title and the description under it), the `d-byline` (authors,
  affiliations, "Published", DOI), the figures with "Figure N." captions, the `d-appendix`
  (Acknowledgments, Author contributions, "Reuse", "Citation" with its BibTeX, the
  `d-bibliography` reference list, "Updates and corrections") and the footer are not;
- a Svbtle-like post (about 2012-2018; the post's blocks are children of `article.post`
  after the title, no body wrapper): the paragraphs, subheadings, lists and quotes are
  article; the left column (avatar, blog name, tagline, links, "Svbtle" logo), the title, the
  Kudos buttons with their counts, the date, the "Subscribe to X" box, the "Now read this"
  teaser (another post's title and its first sentences, "Continue →") and the footer are not.

    .venv/bin/python bench/page_families_s.py PAGE_ID 1801
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import json
from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key, unique_bodies
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_b import code_bodies, headlines
from page_templates_e import brand, hexid, sentence
from page_templates_j import iso, weave
from page_templates_l import day
from page_templates_p import as_list, headed
from page_templates_q import pick, user
from page_templates_s import (
    _MONTHS,
    blogroll,
    body_html,
    era_date,
    fam_cnblogs,
    fam_eleventy,
    fam_hatena,
    fam_kos_diary,
    fam_livejournal,
    fam_typepad,
    months,
    quoted,
    raw,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


def css(c: Ctx) -> str:
    """An emotion-style hashed class pair, "css-1x9k2ab e1abc0"."""
    return f"css-{c.rng.randint(1, 9)}{hexid(c, 6)} e{hexid(c, 5)}{c.rng.randint(0, 9)}"


# ---------------------------------------------------------------------------------------------
# 7. A company engineering blog on Gatsby (code, footnotes)


def fam_gatsby_eng(c: Ctx) -> FamilyOut:
    """A Gatsby engineering post: prism code, autolink headings, footnotes, hiring CTA."""

    def head(t: str) -> str:
        a = slug(t)[:40]
        return f'<h2 id="{a}" style="position:relative;"><a href="#{a}" aria-label="{a} permalink" class="anchor before"><svg aria-hidden="true" focusable="false" height="16" version="1.1" viewBox="0 0 16 16" width="16"><path fill-rule="evenodd" d="M4 9h1v1H4c-1.5 0-3-1.69-3-3.5S2.55 3 4 3h4"></path></svg></a>{esc(t)}</h2>'

    def code(t: str) -> str:
        lang = pick(c, "js", "ts", "go", "python", "shell", "text")
        return f'<div class="gatsby-highlight" data-language="{lang}"><pre class="language-{lang}"><code class="language-{lang}">{esc(t)}</code></pre></div>'

    blocks = quoted(c, c.body.blocks, 0.2)
    parts, gold = body_html(c, blocks, head, code=code)
    notes: list[str] = []
    para_idx = [i for i, p in enumerate(parts) if p.startswith("<p>")]
    for n, i in enumerate(
        sorted(c.rng.sample(para_idx, min(len(para_idx), c.rng.randint(0, 3)))), 1
    ):
        parts[i] = (
            parts[i][: -len("</p>")]
            + f'<sup id="fnref-{n}"><a href="#fn-{n}" class="footnote-ref">{n}</a></sup></p>'
        )
        notes.append(raw(c))
    foot = ""
    if notes:
        c.used.append("gatsby-footnotes")
        foot = (
            '<div class="footnotes"><hr><ol>'
            + "".join(
                f'<li id="fn-{n}"><p>{esc(t)}<a href="#fnref-{n}" class="footnote-backref">↩</a></p></li>'
                for n, t in enumerate(notes, 1)
            )
            + "</ol></div>"
        )
        gold += [("p", t) for t in notes]
    b = brand(c)
    authors = "".join(
        f'<a class="{css(c)}" href="/authors/{slug(p)}/"><div class="gatsby-image-wrapper gatsby-image-wrapper-constrained" style="width:40px;height:40px"><img width="40" height="40" data-main-image="" sizes="40px" decoding="async" loading="lazy" src="/static/{hexid(c, 32)}/{slug(p)}.jpg" alt="{p}"></div><div><span class="author-name">{p}</span><span class="author-role">{pick(c, "Staff Software Engineer", "Engineering Manager", "Senior SRE", "Data Engineer", "Principal Engineer")}</span></div></a>'
        for p in c.rng.sample(PEOPLE, c.rng.randint(1, 3))
    )
    tag = pick(
        c, "Infrastructure", "Performance", "Data", "Mobile", "Security", "Developer Experience"
    )
    more = "".join(
        f'<a class="{css(c)} post-card" href="/blog/{slug(h)[:50]}/"><h3 class="{css(c)}">{esc(h)}</h3><p class="{css(c)}">{sentence(c)}</p><span class="{css(c)}">{c.rng.choice(PEOPLE)} · {day(c)}</span></a>'
        for h in headlines(c, 3)
    )
    y, m, d = era_date(c, 2019, 2024)
    c.used += "gatsby-header gatsby-tag gatsby-title gatsby-authors gatsby-meta gatsby-hero gatsby-hiring gatsby-share gatsby-more gatsby-newsletter gatsby-footer gatsby-announcer".split()
    html = (
        f'<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="{css(c)}"><header class="{css(c)}"><a aria-label="{b} Engineering" class="{css(c)}" href="/"><svg role="img" viewBox="0 0 24 24"><title>{b}</title></svg><span>Engineering</span></a><nav class="{css(c)}"><a href="/">Blog</a><a href="/open-source/">Open Source</a><a href="/talks/">Talks</a><a href="https://{c.site}/careers">Careers</a></nav></header>'
        f'<main class="{css(c)}"><article class="{css(c)} post"><header class="{css(c)}"><div class="{css(c)} tag-pill"><a href="/tags/{slug(tag)}/">{tag}</a></div><h1 class="{css(c)}">{esc(c.body.title)}</h1><div class="{css(c)} authors">{authors}</div><p class="{css(c)} meta"><time datetime="{y}-{m:02d}-{d:02d}">{_MONTHS[m - 1]} {d}, {y}</time> · {c.rng.randint(4, 22)} min read</p></header>'
        f'<div class="gatsby-image-wrapper gatsby-image-wrapper-fullWidth hero" style="position:relative"><div aria-hidden="true" data-placeholder-image="" style="opacity:0"></div><picture><source type="image/webp" srcset="/static/{hexid(c, 32)}/hero.webp 1200w"><img data-main-image="" sizes="100vw" decoding="async" src="/static/{hexid(c, 32)}/hero.png" alt=""></picture></div>'
        f'<section class="{css(c)} post-body">{"".join(parts)}{foot}</section>'
        f'<aside class="{css(c)} hiring-cta"><h3>We\'re hiring!</h3><p>Interested in working on problems like this? The {b} engineering team is growing. <a href="https://{c.site}/careers">See open roles</a>.</p></aside>'
        f'<div class="{css(c)} share"><span>Share this post</span><a href="https://twitter.com/intent/tweet?url=https://{c.site}/blog/">Twitter</a><a href="https://www.linkedin.com/sharing/share-offsite/?url=https://{c.site}/blog/">LinkedIn</a><a href="https://news.ycombinator.com/submitlink?u=https://{c.site}/blog/">Hacker News</a></div></article>'
        f'<section class="{css(c)} more-posts"><h2 class="{css(c)}">More from {b} Engineering</h2><div class="{css(c)}">{more}</div></section></main>'
        f'<footer class="{css(c)}"><div class="{css(c)} newsletter"><h3>Subscribe to the {b} Engineering newsletter</h3><p>One email a month, no spam.</p><form><input type="email" placeholder="you@company.com"><button type="submit">Subscribe</button></form></div><p>© {c.rng.randint(2019, 2026)} {b}, Inc. · <a href="https://{c.site}/privacy">Privacy</a> · <a href="/rss.xml">RSS</a></p></footer></div></div>'
        f'<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true">Navigated to {esc(c.body.title)}</div></div>'
        f'<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/blog/{slug(c.body.title)[:40]}/";/*]]>*/</script></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A WordPress travel blog with affiliate boxes


def _tr_figure(c: Ctx) -> str:
    c.used.append("travel-figure")
    cap = (
        f'<figcaption class="wp-element-caption">{sentence(c)}</figcaption>'
        if c.rng.random() < 0.7
        else ""
    )
    return f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="https://{c.site}/wp-content/uploads/{c.rng.randint(2019, 2025)}/{c.rng.randint(1, 12):02d}/{hexid(c, 8)}-1024x683.jpg" alt="" class="wp-image-{c.rng.randint(1000, 99999)}">{cap}</figure>'


def _tr_insert(c: Ctx) -> str:
    r = c.rng.random()
    if r < 0.4:
        return _tr_figure(c)
    if r < 0.6:
        c.used.append("travel-read-more")
        return f"<p><strong>Read more:</strong> {c.link(headlines(c, 1)[0])}</p>"
    if r < 0.8:
        c.used.append("travel-ad")
        return f'<div class="mv-ad-box" data-slotname="content_{c.rng.randint(1, 9)}_wrapper"><span class="mv-ad-label">Advertisement</span><div id="content_{c.rng.randint(1, 9)}_wrapper"></div></div>'
    c.used.append("travel-gyg")
    return f'<div data-gyg-widget="auto" data-gyg-partner-id="{hexid(c, 7).upper()}" data-gyg-number-of-items="3" data-gyg-locale-code="en-US"><span>Powered by <a target="_blank" rel="sponsored" href="https://www.getyourguide.com/">GetYourGuide</a></span></div>'


def fam_travel(c: Ctx) -> FamilyOut:
    """A WordPress travel post: disclosure, ez-toc, many figures, affiliate boxes, sidebar."""
    blocks = as_list(c, headed(c, c.body.blocks, 0.8), "ul", 0.5)
    ids: list[tuple[str, str]] = []

    def head(t: str) -> str:
        a = slug(t)[:40].replace("-", "_").title()
        ids.append((a, t))
        return f'<h2 class="wp-block-heading"><span class="ez-toc-section" id="{a}"></span>{esc(t)}<span class="ez-toc-section-end"></span></h2>'

    parts, gold = body_html(c, blocks, head)
    parts = weave(c, parts, c.rng.randint(2, 5), lambda: _tr_insert(c))
    city = pick(c, "Lisbon", "Kyoto", "Oaxaca", "Tbilisi", "Ljubljana", "Hoi An", "Porto", "Cusco")
    hotels = "".join(
        f'<li><strong>{h}</strong> – {pick(c, "Budget", "Mid-range", "Luxury")}: <a href="https://www.booking.com/hotel/{slug(h)}.html?aid={c.rng.randint(10**5, 10**7)}" rel="sponsored nofollow" target="_blank">Check rates on Booking.com</a></li>'
        for h in c.rng.sample(
            [
                f"Casa {city}",
                f"Hotel {brand(c)}",
                "The Old Post Office",
                "Riverside Hostel",
                "Palácio Azul",
                "Garden Suites",
            ],
            3,
        )
    )
    stay = f'<div class="wp-block-kadence-infobox kt-info-box{c.rng.randint(100, 999)}"><div class="kt-blocks-info-box-link-wrap info-box-link kt-blocks-info-box-media-align-left"><div class="kt-infobox-textcontent"><h3 class="kt-blocks-info-box-title">Where to stay in {city}</h3><ul class="kt-svg-icon-list">{hotels}</ul></div></div></div>'
    parts.insert(c.rng.randint(1, len(parts)), stay)
    c.used.append("travel-stay-box")
    if ids:
        c.used.append("travel-ez-toc")
        toc = "".join(
            f'<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-{k}" href="#{a}" title="{esc(t)}">{esc(t)}</a></li>'
            for k, (a, t) in enumerate(ids, 1)
        )
        parts.insert(
            min(1, len(parts)),
            f'<div id="ez-toc-container" class="ez-toc-v2_0_61 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"></a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1">{toc}</ul></nav></div>',
        )
    pin = (
        f'<figure class="wp-block-image size-full pin-image"><img src="https://{c.site}/wp-content/uploads/pin-{hexid(c, 6)}.jpg" alt="Pin it for later: {esc(c.body.title)}" data-pin-description="{esc(c.body.title)}"><figcaption>Pin it for later!</figcaption></figure>'
        if c.rng.random() < 0.6
        else ""
    )
    who = c.rng.choice(PEOPLE)
    first = who.split()[0]
    related = "".join(
        f'<article class="loop-entry"><a class="post-thumbnail" href="/{slug(h)[:50]}/"><img src="/wp-content/uploads/{hexid(c, 8)}-400x300.jpg" alt=""></a><h3 class="entry-title"><a href="/{slug(h)[:50]}/">{esc(h)}</a></h3></article>'
        for h in headlines(c, 3)
    )
    comments = "".join(
        f'<li id="comment-{c.rng.randint(1000, 99999)}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{hexid(c, 32)}?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60" width="60"><b class="fn">{c.rng.choice(PEOPLE).split()[0]}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#"><time datetime="{iso(c)}">{day(c)}</time></a></div></footer><div class="comment-content"><p>{sentence(c, c.rng.randint(1, 2))}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div></article></li>'
        for _ in range(c.rng.randint(1, 5))
    )
    c.used += "travel-header travel-breadcrumbs travel-title travel-meta travel-disclosure travel-pin travel-author-box travel-related travel-comments travel-reply-form travel-sidebar travel-footer".split()
    html = (
        f'<body class="post-template-default single single-post single-format-standard wp-embed-responsive content-title-style-normal content-width-normal content-style-unboxed"><div id="wrapper" class="site wp-site-blocks"><header id="masthead" class="site-header" role="banner"><div class="site-branding"><a class="brand" href="/"><span class="site-title">{esc(first)} {pick(c, "Wanders", "Abroad", "on the Road", "Travels", "Goes Places")}</span></a></div><nav id="site-navigation" class="main-navigation" aria-label="Primary"><ul id="primary-menu" class="menu"><li><a href="/destinations/">Destinations</a></li><li><a href="/europe/">Europe</a></li><li><a href="/asia/">Asia</a></li><li><a href="/travel-tips/">Travel Tips</a></li><li><a href="/resources/">Resources</a></li><li><a href="/about/">About</a></li></ul></nav></header>'
        f'<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main"><div class="content-wrap"><article id="post-{c.rng.randint(100, 99999)}" class="entry content-bg single-entry post type-post status-publish format-standard has-post-thumbnail"><div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit"><nav class="kadence-breadcrumbs" aria-label="Breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="/">Home</a></span> / <span><a href="/destinations/">Destinations</a></span> / <span>{city}</span></div></nav>'
        f'<h1 class="entry-title">{esc(c.body.title)}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n" href="/author/{slug(who)}/">{who}</a></span></span><span class="updated-on"><span class="meta-label">Updated on</span><time class="entry-date published updated" datetime="{iso(c)}">{day(c)}</time></span><span class="meta-comments"><a href="#comments">{c.rng.randint(1, 60)} Comments</a></span></div></header>'
        f'<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-below kadence-thumbnail-ratio-2-3"><div class="post-thumbnail-inner"><img width="1200" height="800" src="https://{c.site}/wp-content/uploads/{hexid(c, 8)}.jpg" class="post-top-featured wp-post-image" alt=""></div></div>'
        f'<div class="entry-content single-content"><p class="affiliate-disclosure"><em>This post may contain affiliate links, which means I may earn a small commission at no extra cost to you if you book through them. Thank you for supporting {esc(first)}!</em></p>{"".join(parts)}{pin}</div>'
        f'<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span><a href="/tag/{slug(city)}/" rel="tag">#{city}</a><a href="/tag/itinerary/" rel="tag">#Itinerary</a></span></div></footer></div></article>'
        f'<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{hexid(c, 32)}?s=80" class="avatar avatar-80 photo" height="80" width="80"></div><b class="entry-author-name author-name fn"><a href="/author/{slug(who)}/">{who}</a></b><div class="entry-author-description author-bio"><p>{esc(first)} has visited {c.rng.randint(20, 90)} countries and still overpacks. She writes slow-travel guides and itineraries for people with a week off and a tight budget.</p></div><div class="entry-author-follow author-follow"><a href="https://instagram.com/{user(c)}" class="instagram-link social-button">Instagram</a><a href="https://pinterest.com/{user(c)}" class="pinterest-link social-button">Pinterest</a></div></div></div>'
        f'<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><h2 class="entry-related-title">You might also like</h2><div class="entry-related-carousel kadence-slide-init splide">{related}</div></div></div>'
        f'<div id="comments" class="comments-area"><h3 class="comments-title">{c.rng.randint(1, 60)} Comments</h3><ol class="comment-list">{comments}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div></main>'
        f'<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary"><div class="sidebar-inner-wrap"><section id="block-3" class="widget widget_block"><h2 class="widget-title">Hi, I\'m {esc(first)}!</h2><p>{sentence(c)}</p><p><a href="/about/">Read my story →</a></p></section><section class="widget null-instagram-feed"><h2 class="widget-title">Instagram</h2><ul class="instagram-pics">{"".join(f"<li><a href=https://instagram.com/p/{hexid(c, 11)}/><img src=/ig/{hexid(c, 8)}.jpg alt=></a></li>" for _ in range(6))}</ul></section><section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="/europe/">Europe</a></li><li><a href="/asia/">Asia</a></li><li><a href="/latin-america/">Latin America</a></li><li><a href="/travel-tips/">Travel Tips</a></li></ul></section></div></aside></div></div>'
        f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="footer-widget-area"><p>Sign up for my monthly travel letter.</p><form><input type="email" placeholder="Email"><button>Join</button></form></div><div class="site-info"><p>&copy; {c.rng.randint(2020, 2026)} {esc(first)} {pick(c, "Wanders", "Abroad", "Travels")} · <a href="/privacy-policy/">Privacy Policy</a> · <a href="/disclosure/">Disclosure</a> · Kadence WP</p></div></div></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A French Dotclear gardening blog with rétroliens


_JOURS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
_MOIS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)


def _fr_date(c: Ctx) -> str:
    y, m, d = era_date(c, 2008, 2014)
    return f"{c.rng.choice(_JOURS)} {d} {_MOIS[m - 1]} {y}, {c.rng.randint(6, 23)}:{c.rng.randint(0, 59):02d}"


def _dc_photo(c: Ctx) -> str:
    c.used.append("dc-photo")
    name = f"{pick(c, 'potager', 'tomates', 'rosier', 'serre', 'semis', 'verger')}_{c.rng.randint(1, 99)}"
    legend = f"<br><em>{sentence(c)}</em>" if c.rng.random() < 0.5 else ""
    return f'<p style="text-align:center"><img src="/public/jardin/.{name}_m.jpg" alt="{name}" title="{name}, {_fr_date(c)}">{legend}</p>'


def fam_dotclear(c: Ctx) -> FamilyOut:
    """A Dotclear (Blowup) post: chapô + content, Mots-clés, commentaires, rétroliens."""
    blocks = as_list(c, headed(c, c.body.blocks, 0.4), "ul", 0.4)
    first = blocks[0] if blocks and blocks[0][0] == "p" and c.rng.random() < 0.5 else None
    rest = blocks[1:] if first else blocks
    excerpt = ""
    gold: list[Block] = []
    if first:
        c.used.append("dc-excerpt")
        excerpt = f'<div class="post-excerpt"><p>{esc(str(first[1]))}</p></div>'
        gold.append(first)
    parts, g = body_html(c, rest, lambda t: f"<h3>{esc(t)}</h3>")
    gold += g
    parts = weave(c, parts, c.rng.randint(0, 2), lambda: _dc_photo(c))
    blog = pick(
        c,
        "Le jardin de Mamie Jo",
        "Carnets du potager",
        "Au fond du jardin",
        "La main verte",
        "Les pieds dans la terre",
    )
    who = c.rng.choice(PEOPLE).split()[0]
    cat = pick(c, "Potager", "Jardin", "Verger", "Semis", "Balcon")
    pid = c.rng.randint(100, 2000)
    tags = "".join(
        f'<li><a href="/tag/{t}">{t}</a></li>'
        for t in c.rng.sample(
            ["tomates", "compost", "printemps", "paillage", "semis", "rosiers", "potager"], 3
        )
    )
    cmts = "".join(
        f'<dt id="c{c.rng.randint(1000, 9999)}" class="{"odd" if k % 2 else "even"}"><a href="#c" class="comment-number">{k}.</a> Le {_fr_date(c)}, par <a href="http://{user(c)}.over-blog.com/" rel="nofollow">{c.rng.choice(PEOPLE).split()[0]}</a></dt><dd class="{"odd" if k % 2 else "even"}"><p>{sentence(c, c.rng.randint(1, 2))}</p></dd>'
        for k in range(1, c.rng.randint(2, 6))
    )
    pings = "".join(
        f'<dt id="c{c.rng.randint(1000, 9999)}" class="ping"><a href="#c" class="ping-number">{k}.</a> Le {_fr_date(c)}, par <a href="http://{slug(b)}.canalblog.com/">{b}</a></dt><dd class="ping"><p><strong>{esc(headlines(c, 1)[0][:60])}</strong></p><p>{sentence(c)}&#8230;</p></dd>'
        for k, b in enumerate(
            c.rng.sample(
                ["Potager urbain", "Les Jardins de Sophie", "Graines et Cie"], c.rng.randint(1, 2)
            ),
            1,
        )
    )
    links = blogroll(c, 5)
    arch = "".join(
        f'<li><a href="/archive/{x.split()[1]}">{x}</a></li>'
        for x in months(c, 6, 2008, 2014, "{m} {y}")
    )
    attach = (
        '<div id="attachments"><h3>Pièces jointes</h3><ul><li class="jpg"><a title="plan_potager.jpg" href="/public/plan_potager.jpg">plan_potager.jpg</a></li></ul></div>'
        if c.rng.random() < 0.3
        else ""
    )
    nav_prev, nav_next = headlines(c, 2)
    c.used += "dc-top dc-prelude dc-navlinks dc-title dc-post-info dc-tags dc-comments dc-pings dc-form dc-comments-feed dc-sidebar dc-footer".split()
    html = (
        f'<body class="dc-post"><div id="page"><div id="top" role="banner"><h1><span><a href="/">{blog}</a></span></h1><p id="blogdesc">{pick(c, "Semis, récoltes et petits bonheurs du jardin.", "Un potager en Bretagne, depuis 2006.", "Notes d&#039;une jardinière du dimanche.")}</p></div>'
        f'<p id="prelude" role="navigation"><a href="#main">Aller au contenu</a> | <a href="#blognav">Aller au menu</a> | <a href="#search">Aller à la recherche</a></p>'
        f'<div id="wrapper"><div id="main" role="main"><div id="content"><p id="navlinks"><a href="/post/{pid - 1}" title="{esc(nav_prev)}" class="prev">&#171; {esc(nav_prev[:40])}</a> <span>-</span> <a href="/post/{pid + 1}" title="{esc(nav_next)}" class="next">{esc(nav_next[:40])} &#187;</a></p>'
        f'<div id="p{pid}" class="post" role="article" lang="fr"><h2 class="post-title">{esc(c.body.title)}</h2><p class="post-info">Par {who}, {_fr_date(c)} - <a href="/category/{cat}">{cat}</a></p>{excerpt}<div class="post-content">{"".join(parts)}</div>'
        f'<ul class="post-tags"><li class="post-tags-title">Mots-clés&nbsp;:</li>{tags}</ul></div>{attach}'
        f'<div id="comments"><h3>Commentaires</h3><dl>{cmts}</dl></div>'
        f'<div id="pings"><h3>Rétroliens</h3><p id="ping-url">URL de rétrolien : http://{c.site}/index.php/trackback/{pid}</p><dl>{pings}</dl></div>'
        f'<form action="/post/{pid}#pr" method="post" id="comment-form"><h3>Ajouter un commentaire</h3><fieldset><p class="field"><label for="c_name">Nom ou pseudo&nbsp;:</label><input name="c_name" id="c_name" type="text" size="30" maxlength="255" value=""></p><p class="field"><label for="c_mail">Adresse email&nbsp;:</label><input name="c_mail" id="c_mail" type="text" size="30" maxlength="255" value=""></p><p class="field"><label for="c_site">Site web (facultatif)&nbsp;:</label><input name="c_site" id="c_site" type="text" size="30" maxlength="255" value=""></p><p style="display:none"><input name="f_mail" type="text" size="30" maxlength="255" value=""></p><p class="field"><label for="c_content">Commentaire&nbsp;:</label><textarea name="c_content" id="c_content" cols="35" rows="7"></textarea></p><p class="form-help">Le code HTML est affiché comme du texte et les adresses web sont automatiquement transformées.</p></fieldset><fieldset><p class="buttons"><input type="submit" class="preview" name="preview" value="prévisualiser"> <input type="submit" class="submit" value="envoyer"></p></fieldset></form>'
        f'<p id="comments-feed"><a class="feed" href="/feed/atom/comments/{pid}" title="Fil Atom des commentaires de ce billet">Fil des commentaires de ce billet</a></p></div></div>'
        f'<div id="sidebar" role="complementary"><div id="blognav"><div id="search"><h2><label for="q">Rechercher</label></h2><form action="/" method="get"><fieldset><p><input type="text" size="10" maxlength="255" id="q" name="q" value=""> <input class="submit" type="submit" value="ok"></p></fieldset></form></div>'
        f'<div class="categories"><h2>Catégories</h2><ul><li><a href="/category/Potager">Potager</a></li><li><a href="/category/Jardin">Jardin</a></li><li><a href="/category/Verger">Verger</a></li><li><a href="/category/Recettes">Recettes du jardin</a></li></ul></div>'
        f'<div class="selected"><h2>Billets sélectionnés</h2><ul>{"".join(f"<li><a href=/post/{c.rng.randint(10, 900)}>{esc(h)}</a></li>" for h in headlines(c, 3))}</ul></div><div class="links"><h2>Liens</h2><ul>{links}</ul></div></div>'
        f'<div id="blogextra"><div class="syndicate"><h2>S\'abonner</h2><ul><li><a type="application/atom+xml" href="/feed/atom" title="Fil Atom des billets de ce blog" class="feed">Fil des billets</a></li><li><a type="application/atom+xml" href="/feed/atom/comments" class="feed">Fil des commentaires</a></li></ul></div><div class="archives"><h2>Archives</h2><ul>{arch}</ul></div></div></div></div>'
        f'<div id="footer" role="contentinfo"><p>Propulsé par <a href="http://dotclear.org/">Dotclear</a></p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Bear-Blog-like minimal post


def fam_bear(c: Ctx) -> FamilyOut:
    """A Bear-Blog-like post: body paragraphs as siblings of the date line, toast button."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.3), "ul", 0.3), 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    name = pick(c, user(c), c.rng.choice(PEOPLE).split()[0].lower(), "notes", "field notes")
    y, m, d = era_date(c, 2021, 2026)
    tags = " ".join(
        f'<a href="/blog/?q={t}">#{t}</a>'
        for t in c.rng.sample(
            ["life", "tech", "thoughts", "reading", "work", "politics", "web"], c.rng.randint(1, 3)
        )
    )
    extra = ""
    if c.rng.random() < 0.5:
        c.used.append("bear-reply-email")
        extra += f'<p><a href="mailto:hi@{c.site}?subject={slug(c.body.title)[:30]}">Reply to this post by email ↪</a></p>'
    if c.rng.random() < 0.5:
        c.used.append("bear-subscribe")
        extra += '<p><small>Subscribe via <a href="/feed/">RSS</a> or <a href="/subscribe/">email</a>.</small></p>'
    c.used += "bear-header bear-nav bear-title bear-date bear-tags bear-upvote bear-footer".split()
    html = (
        f'<body class="post"><header><a class="title" href="/"><h2>{esc(name)}</h2></a><nav><p><a href="/">Home</a> <a href="/now/">Now</a> <a href="/blog/">Blog</a></p></nav></header>'
        f'<main><h1>{esc(c.body.title)}</h1><p><i><time datetime="{y}-{m:02d}-{d:02d}T{c.rng.randint(0, 23):02d}:00Z">{d:02d} {_MONTHS[m - 1][:3]}, {y}</time></i></p>'
        f'{"".join(parts)}<p class="tags">{tags}</p>{extra}'
        f'<form id="upvote-form" class="upvote-form" action="/upvote/" method="post" style="display: inline"><small><input hidden name="uid" value="{hexid(c, 20)}"><input hidden name="title" value="{esc(c.body.title[:40])}"><button class="upvote-button" title="Toast this post"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><polyline points="17 11 12 6 7 11"></polyline></svg><small class="upvote-count">{c.rng.randint(1, 120)}</small></button></small></form></main>'
        f'<footer><span>Powered by <a href="https://bearblog.dev">Bear ʕ•ᴥ•ʔ</a></span></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Distill-style academic lab post


def fam_distill(c: Ctx) -> FamilyOut:
    """A Distill-style lab post: d-title, d-byline, d-article with d-cite, d-appendix."""
    blocks = as_list(
        c, headed(c, c.body.blocks, 0.7), pick(c, "table", "ul", "ol"), 0.6, ("#", "Observation")
    )
    keys = [
        f"{c.rng.choice(PEOPLE).split()[-1].lower()}{c.rng.randint(2012, 2024)}{pick(c, 'a', 'b', '')}"
        for _ in range(c.rng.randint(3, 7))
    ]
    parts: list[str] = []
    gold: list[Block] = []
    for block in blocks:
        h, g = body_html(c, [block], lambda t: f"<h2>{esc(t)}</h2>")
        if block[0] == "p" and c.rng.random() < 0.4:
            h = [h[0][: -len("</p>")] + f'<d-cite key="{c.rng.choice(keys)}"></d-cite></p>']
            c.used.append("distill-cite")
        parts += h
        gold += g
    nfig = [0]

    def figure() -> str:
        nfig[0] += 1
        c.used.append("distill-figure")
        return f'<figure class="l-body"><img src="figures/fig{nfig[0]}.svg" alt="" width="100%"><figcaption><b>Figure {nfig[0]}.</b> {sentence(c)}</figcaption></figure>'

    parts = weave(c, parts, c.rng.randint(1, 3), figure)
    lab = f"{brand(c)} {pick(c, 'Lab', 'Group', 'Computational Ecology Lab', 'Vision Lab', 'Learning Group', 'Climate Dynamics Group')}"
    uni = pick(
        c,
        "University of Leeds",
        "ETH Zürich",
        "University of Toronto",
        "TU Delft",
        "University of Melbourne",
        "McGill University",
    )
    authors = c.rng.sample(PEOPLE, c.rng.randint(2, 4))
    y, m, d = era_date(c, 2018, 2025)
    front = json.dumps(
        {
            "title": c.body.title,
            "description": "",
            "authors": [{"author": p, "affiliation": uni} for p in authors],
            "katex": {"delimiters": [{"left": "$", "right": "$", "display": False}]},
        }
    )
    byline = "".join(
        f'<p class="author"><a class="name" href="https://{c.site}/people/{slug(p)}/">{p}</a></p><p class="affiliation"><a class="affiliation" href="https://{slug(uni)}.edu/">{uni}</a></p>'
        for p in authors
    )
    bib = "".join(
        f'<li id="{k}"><span class="title">{esc(headlines(c, 1)[0])}</span><br>{c.rng.choice(PEOPLE)}, {c.rng.choice(PEOPLE)}. <i>{pick(c, "Nature", "NeurIPS", "PNAS", "ICML", "Ecology Letters", "arXiv preprint")}</i>, {k[-5:-1] if k[-1].isalpha() else k[-4:]}.</li>'
        for k in keys
    )
    bibtex = esc(
        f"@article{{{slug(authors[0]).split('-')[-1]}{y}{slug(c.body.title).split('-')[0]},\n  author = {{{' and '.join(authors)}}},\n  title = {{{c.body.title}}},\n  journal = {{{lab} Blog}},\n  year = {{{y}}},\n  note = {{https://{c.site}/blog/{slug(c.body.title)[:40]}}}\n}}"
    )
    c.used += "distill-header distill-front-matter distill-title distill-description distill-byline distill-appendix distill-acknowledgments distill-contributions distill-reuse distill-citation distill-bibliography distill-corrections distill-footer".split()
    html = (
        f'<body><div class="lab-header"><nav class="l-page"><a class="logo" href="https://{c.site}/">{lab}</a><a href="/people/">People</a><a href="/publications/">Publications</a><a href="/blog/">Blog</a><a href="/join/">Join us</a></nav></div>'
        f'<d-front-matter><script type="text/json">{front}</script></d-front-matter>'
        f"<d-title><h1>{esc(c.body.title)}</h1><p>{sentence(c)}</p></d-title>"
        f'<d-byline><div class="byline grid"><div class="authors-affiliations grid"><h3>Authors</h3><h3>Affiliations</h3>{byline}</div><div><h3>Published</h3><p>{_MONTHS[m - 1]} {d}, {y}</p></div><div><h3>DOI</h3><p><a href="https://doi.org/10.{c.rng.randint(1000, 99999)}/{slug(lab)[:10]}.{y}.{c.rng.randint(1, 99):03d}">10.{c.rng.randint(1000, 99999)}/{slug(lab)[:10]}.{y}</a></p></div></div></d-byline>'
        f"<d-article>{''.join(parts)}</d-article>"
        f"<d-appendix><h3>Acknowledgments</h3><p>We thank {c.rng.choice(PEOPLE)} and {c.rng.choice(PEOPLE)} for comments on a draft of this post. This work was supported by {pick(c, 'the Wellcome Trust', 'NSERC', 'the Swiss National Science Foundation', 'an ERC Starting Grant')}.</p>"
        f"<h3>Author Contributions</h3><p>{authors[0]} ran the analysis and wrote the post. {authors[-1]} supervised the project.</p>"
        f'<h3 id="reuse">Reuse</h3><p>Text and figures are licensed under Creative Commons Attribution <a href="https://creativecommons.org/licenses/by/4.0/">CC-BY 4.0</a>, unless noted otherwise.</p>'
        f'<h3 id="citation">Citation</h3><p>For attribution, please cite this work as</p><pre class="citation short">{esc(authors[0].split()[-1])} et al., "{esc(c.body.title)}", {lab} Blog, {y}.</pre><p>BibTeX citation</p><pre class="citation long">{bibtex}</pre>'
        f'<h3 id="updates-and-corrections">Updates and Corrections</h3><p>If you see mistakes or want to suggest changes, please <a href="https://github.com/{slug(lab)}/blog/issues/new">create an issue on GitHub</a>.</p>'
        f'<d-bibliography><h3 class="references">References</h3><ol class="references">{bib}</ol></d-bibliography></d-appendix>'
        f'<distill-footer><div class="l-page"><a href="https://{c.site}/">{lab}</a> · {uni} · <a href="/blog/index.xml">RSS</a> · Made with <a href="https://distill.pub">Distill</a></div></distill-footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Svbtle-like post (Kudos, "Now read this")


def _kudo(c: Ctx, pid: str, where: str, n: int) -> str:
    return f'<figure class="kudo able clearfix" id="kudo_{where}_{pid}" data-id="{pid}" data-url="https://{c.site}/{pid}"><a href="#kudo" class="kudo_link"><div class="filling">&nbsp;</div></a><div class="num">{n}</div><div class="txt">Kudos</div></figure>'


def fam_svbtle(c: Ctx) -> FamilyOut:
    """A Svbtle-like post: blocks straight in article.post, Kudos, "Now read this"."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.4), "ul", 0.4), 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    name = c.rng.choice(PEOPLE)
    pid = hexid(c, 16)
    kudos = c.rng.randint(10, 3000)
    nxt = headlines(c, 1)[0]
    y, m, d = era_date(c, 2012, 2018)
    subscribe = (
        f'<section id="subscribe"><p>Subscribe to {name}</p><form action="/subscribe" method="post"><input type="email" name="email" placeholder="your@email.com"><button>Subscribe</button></form><p class="small">Get new posts by email. No spam, unsubscribe any time.</p></section>'
        if c.rng.random() < 0.6
        else ""
    )
    c.used += "svbtle-sidebar svbtle-title svbtle-kudos svbtle-date svbtle-read-next svbtle-footer".split()
    if subscribe:
        c.used.append("svbtle-subscribe")
    html = (
        f'<body class="posts show"><nav id="sidebar"><figure class="avatar"><a href="/"><img src="https://svbtleusercontent.com/{hexid(c, 20)}_small.jpg" alt="{name}"></a></figure><h1 class="blog_title"><a href="/">{name}</a></h1><p class="blog_tagline">{esc(pick(c, "Writing about building things.", "Product, design, and the in-between.", "Occasional essays on work and cities."))}</p><ul class="links"><li><a href="https://twitter.com/{user(c)}">@{user(c)}</a></li><li><a href="/">Blog</a></li><li><a href="/feed">Feed</a></li></ul><a href="https://svbtle.com" class="svbtle_logo"><span>Svbtle</span></a></nav>'
        f'<section id="container"><article class="post" id="{pid}"><h1 class="article_title"><a href="/{slug(c.body.title)[:50]}">{esc(c.body.title)}</a></h1>'
        f'{"".join(parts)}{_kudo(c, pid, "bottom", kudos)}<p class="article_time"><time datetime="{y}-{m:02d}-{d:02d}">{_MONTHS[m - 1]} {d}, {y}</time></p></article>{subscribe}'
        f'<section id="read_next" class="read_next"><p class="next_title">Now read this</p><h2><a href="/{slug(nxt)[:50]}">{esc(nxt)}</a></h2><p class="next_excerpt">{sentence(c, 2)} <a href="/{slug(nxt)[:50]}">Continue →</a></p></section></section>'
        f'<footer id="foot"><a href="https://svbtle.com" class="svbtle_logo">Svbtle</a> <a href="https://svbtle.com/terms">Terms</a> <a href="https://svbtle.com/privacy">Privacy</a></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "lj-journal": (fam_livejournal, "blog"),
    "typepad-photo": (fam_typepad, "entertainment"),
    "hatena-blog": (fam_hatena, "tech"),
    "cnblogs-post": (fam_cnblogs, "code"),
    "kos-diary": (fam_kos_diary, "politics"),
    "eleventy-indieweb": (fam_eleventy, "blog"),
    "gatsby-eng": (fam_gatsby_eng, "code"),
    "travel-blog": (fam_travel, "news"),
    "dotclear-fr": (fam_dotclear, "lede"),
    "bear-blog": (fam_bear, "blog"),
    "distill-lab": (fam_distill, "tech"),
    "svbtle-post": (fam_svbtle, "business"),
}

_HEAD = {
    "lj-journal": '<meta name="generator" content="LiveJournal / LiveJournal.com"><link rel="alternate" type="application/rss+xml" title="RSS" href="/data/rss">',
    "typepad-photo": '<meta name="generator" content="http://www.typepad.com/"><link rel="alternate" type="application/atom+xml" title="Posts on this blog" href="/atom.xml">',
    "hatena-blog": '<meta property="og:site_name" content="はてなブログ"><meta http-equiv="Content-Language" content="ja"><link rel="alternate" type="application/atom+xml" title="Atom" href="/feed">',
    "cnblogs-post": '<meta http-equiv="Content-Language" content="zh-cn"><link rel="alternate" type="application/rss+xml" href="/rss">',
    "eleventy-indieweb": '<meta name="generator" content="Eleventy v2.0.1"><link rel="webmention" href="https://webmention.io/x/webmention"><link rel="alternate" type="application/atom+xml" href="/feed/feed.xml">',
    "gatsby-eng": '<meta name="generator" content="Gatsby 5.12.4"><link rel="alternate" type="application/rss+xml" href="/rss.xml">',
    "travel-blog": '<meta name="generator" content="WordPress 6.4.3"><link rel="alternate" type="application/rss+xml" href="/feed/">',
    "dotclear-fr": '<meta name="generator" content="Dotclear"><meta http-equiv="Content-Language" content="fr"><link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="/feed/atom">',
    "bear-blog": '<link rel="alternate" type="application/atom+xml" href="/feed/">',
    "distill-lab": '<script src="https://distill.pub/template.v2.js"></script>',
}


def s_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus viewport, canonical link and the family's generator / feed tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    return lambda page_head, url: page_head.replace(
        "</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1
    )


def build_pages(per_family: int = 16, seed: int = 1801) -> list[Page]:
    """Set S: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    kinds = {**kinds, "code": unique_bodies(code_bodies())}
    return draw_set(
        "s", seed, per_family, FAMILIES, kinds, pool, "example.net", key=text_key, amend=s_head
    )


if __name__ == "__main__":  # page_families_s.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 1801)

"""Set AI of the constructed pages: posts on community publishing platforms and in developer /
design publications no earlier set has, in several languages. Six families are here
(HubPages, Vocal, Ecency on the Hive chain in Spanish, Kompasiana in Indonesian, PIXNET in
Traditional Chinese, Posthaven); page_families_ai.py holds the other six and `build_pages`.

Why a thirty-fifth set: it is session 19's blind judge, so it needs page structures the
extractor has not been checked on (none of the 413 families of sets A-AH is repeated: no
HubPages hub, Vocal story, Hive/Ecency post, Kompasiana article, PIXNET blog entry or
Posthaven post; the earlier community platforms are Medium, dev.to, Hashnode, Substack,
Tumblr, LiveJournal, Naver, note, velog, brunch, Habr and the like). Written in session 19
(helper h-setai) without reading digest's extraction code, notes, docs, README, tests, any
bench_*.py or the sets AJ and AK written at the same time; its builder never ran digest,
trafilatura, readability or bench_pages on it. The plumbing (Ctx, Page, draw_set, body_kinds,
render) is that of sets D-AH, imported. The non-English posts carry English bodies (the body
pools are English) in their own platform's furniture.

The gold follows sets D-AH (page_templates_d.py's to _ah.py's docstrings): body paragraphs,
subheadings, lists, tables, quotes and code blocks; never the headline, standfirst, byline,
captions, pull quotes, comments or furniture. Parts that community platforms add, decided as
the earlier sets decided their like, before the families were coded:
- the platform's own boxes set inside or right after the post body (HubPages' Amazon and poll
  capsules, Kompasiana's "Baca juga" links and ad slots, PIXNET's sponsor blocks, Vocal's
  "Reader insights") are furniture, as set AF decided in-content ad slots and "read also"
  boxes; so are image captions and their credits;
- votes, claps, likes, tips, payouts, reposts, view counts, reading times, reputation scores
  and badges ("Top Story", "Pilihan", "Artikel Utama") are furniture, as the entry meta of
  every earlier blog family; so are the author box, tags, the "more from" lists, the
  comments and their forms, the sidebars and the footers;
- a capsule or section title drawn from the body's subheadings is a subheading (article).
Decisions for this module's families:
- a HubPages hub (English, 2011-2019): the paragraphs, subheadings, lists, tables and quotes
  of the text capsules (`div.module.moduleText` in `div#hub_content`) are article; the
  HubPages header (logo, "Explore", "Sign In", "Join"), the topic breadcrumb, the title, the
  author line ("NAME" with "more" link, `div.author_follow` "Follow"), "Updated on", the photo
  capsules with their captions ("Source"), the Amazon product capsule, the poll capsule ("Vote
  Now", "See results"), the "Questions & Answers" capsule, the accuracy disclaimer ("This
  content is accurate and true to the best of the author's knowledge ..."), the comments
  ("Comments", "Sort by"), the "Related Articles" rail and the footer ("Copyright © 2019
  HubPages Inc. and respective owners", "Terms of Use", "Privacy Policy") are not;
- a Vocal story (English, 2019-2025; Next.js with emotion class names): the paragraphs,
  subheadings, lists and quotes of `div#post-body` are article; the top bar ("Join", "Sign
  in"), the community name ("Humans", "Lifehack", ...), the title, the subtitle (a
  standfirst), "By NAME", "Published N months ago • N min read", the Top Story / challenge
  badge, the like and share buttons, "Reader insights" (Outstanding, Good content, ...), "Add
  your insights", "About the Creator", the tip box ("Enjoyed the story? Support the Creator"),
  the comments ("Sign in to comment"), "More stories from NAME and writers in COMMUNITY and
  other communities" and the footer ("© 2024 Creatd, Inc. All Rights Reserved.") are not;
- a Spanish Hive post on Ecency (2020-2025): the paragraphs, subheadings, lists, quotes and
  tables of `div.entry-body.markdown-view` are article; the Ecency navbar ("Descubrir",
  "Comunidades", "Waves"), the community crumb ("en NAME"), the title, the author line (name,
  reputation "(68)", "hace N días"), the cover image, the separator image and the "Gracias por
  leer" / "Imagen de portada:" credit lines the author appends (after a `hr`), the tags, the
  entry footer (votes, "$12.34", reblogs, "Responder"), the beneficiary note, the
  "Recomendados" cards, the comments and the footer are not;
- a Kompasiana article (Indonesian, 2012-2025): the paragraphs, subheadings, lists, quotes
  and tables of `div.read-content` are article; the header (logo, "Tulis", menu), the
  breadcrumb ("Home > Kategori"), the labels ("Pilihan", "Artikel Utama"), the title, the
  author box (name, "Terverifikasi", "Kompasianer", "Ikuti"), the date with "Diperbarui",
  the view count ("Dibaca"), the featured image with caption ("Sumber gambar: ..."), the "Baca
  juga:" lines and "Advertisement" slots inside the content, "Lihat ... Selengkapnya", the
  reaction poll ("Aktual", "Bermanfaat", "Inspiratif", ...), the tags, the report link
  ("Laporkan Konten"), the comments ("Beri Komentar"), "Artikel Terkait" and the footer are
  not;
- a PIXNET blog entry (Traditional Chinese, 2008-2025): the paragraphs, subheadings, lists,
  quotes and tables of `div.article-content-inner` are article; the header (`div#banner`, blog
  name and description), the PIXNET top bar ("痞客邦", "登入"), the date box (`li.publish`),
  the title, "全站分類：", "個人分類：", the sponsor block ("贊助商連結", ads by PIXNET),
  `div.article-footer` ("留言(N)", "引用(0)", "人氣(N)"), "此分類上一篇：" / "此分類下一篇：", the
  related articles ("相關文章"), the comments ("留言列表", "發表留言"), the sidebar
  (`div#links`: "文章分類", "最新文章", "參觀人氣", "誰來我家") and the footer ("Blog Designed by
  PIXNET") are not;
- a Posthaven post (English, 2013-2025): the paragraphs, subheadings, lists, quotes and
  tables of `div.post-body` are article; the blog header (title, description, "Subscribe"),
  the post title, the "Posted on" date, the view count ("N views"), the tags, the "Subscribe
  to BLOG" box, the previous / next links, the comments and the footer ("Powered by
  Posthaven") are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from page_templates import PEOPLE, Block, Ctx, esc, slug
from page_templates_ab import body_blocks, person
from page_templates_af import EN_MONTHS, insert_at
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence
from page_templates_q import pick
from page_templates_s import body_html, era_date

FamilyOut = tuple[str, list[Block]]


def chunked(c: Ctx, parts: list[str], k: int) -> list[list[str]]:
    """Rendered body parts cut into up to `k` consecutive non-empty runs (capsules, sections)."""
    n = len(parts)
    cuts = sorted(c.rng.sample(range(1, n), k=min(n - 1, k - 1))) if n > 1 else []
    return [parts[a:b] for a, b in zip([0, *cuts], [*cuts, n], strict=True)]


def cards(c: Ctx, n: int, wrap: str, title: str = "h3") -> str:
    """`n` links to other posts, each in `wrap` (a format string with {href} and {h})."""
    return "".join(wrap.format(href=f"/{slug(h)[:40]}", h=esc(h), t=title) for h in headlines(c, n))


# ---------------------------------------------------------------------------------------------
# 1. A HubPages hub (English)


def fam_hubpages(c: Ctx) -> FamilyOut:
    """A HubPages hub: capsules (text, photo, Amazon, poll, Q&A), author follow, disclaimer."""
    blocks = body_blocks(c, 0.6, 0.3, 0.15, pick(c, "ul", "ol", "table"))
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="subtitle">{esc(t)}</h2>')
    author = c.rng.choice(PEOPLE)
    handle = slug(author).replace("-", "")
    y, m, d = era_date(c, 2011, 2019)
    topic = pick(c, "Family", "Personal Finance", "Travel", "Gardening", "Food and Cooking", "Pets")
    caps = []
    for k, run in enumerate(chunked(c, parts, c.rng.randint(2, 4))):
        caps.append(
            f'<div class="module moduleText" id="txtModule{k}" data-capsule="text"><div class="txtd">{"".join(run)}</div></div>'
        )
        if c.rng.random() < 0.35:
            c.used.append("hp-photo")
            caps.append(
                f'<div class="module modulePhoto" data-capsule="photo"><div class="photo_container"><img src="https://usercontent2.hubstatic.com/{c.rng.randint(10**6, 10**7)}_f520.jpg" width="520" alt=""><div class="photo_caption">{sentence(c)}<p class="photo_source">Source: <a href="#" rel="nofollow">{pick(c, "Pixabay", "Unsplash", "Author")}</a></p></div></div></div>'
            )
    if c.rng.random() < 0.4:
        c.used.append("hp-amazon")
        amazon = f'<div class="module moduleAmazon" data-capsule="amazon"><h2 class="moduleTitle">{pick(c, "Recommended", "Useful Books", "My Favourite Tools")}</h2><div class="amazon_product"><a href="https://www.amazon.com/dp/{hexid(c, 10).upper()}?tag=hubpages-20" rel="nofollow sponsored"><img src="/amazon/{hexid(c, 8)}.jpg" alt=""></a><div class="amazon_title"><a href="#" rel="nofollow">{esc(headlines(c, 1)[0])}</a></div><div class="amazon_price">Buy Now</div></div></div>'
        caps.insert(c.rng.randint(1, len(caps)), amazon)
    if c.rng.random() < 0.4:
        c.used.append("hp-poll")
        opts = "".join(
            f'<li><label><input type="radio" name="poll">{x}</label></li>'
            for x in ("Yes", "No", "Not sure yet")
        )
        caps.insert(
            c.rng.randint(1, len(caps)),
            f'<div class="module modulePoll" data-capsule="poll"><h2 class="moduleTitle">{pick(c, "Have you tried this?", "What do you think?", "Would you do it again?")}</h2><form class="poll_form"><ul class="poll_options">{opts}</ul><a class="vote_btn" href="#">Vote Now</a> <a class="see_results" href="#">See results</a></form></div>',
        )
    qa = ""
    if c.rng.random() < 0.35:
        c.used.append("hp-qa")
        qa = f'<div class="module moduleQna" data-capsule="qna"><h2 class="moduleTitle">Questions &amp; Answers</h2><div class="qna_item"><div class="question"><span class="q">Question:</span> {sentence(c)}</div><div class="answer"><span class="a">Answer:</span> {sentence(c)}</div></div></div>'
    com = ""
    n_com = c.rng.choice([0, 2, 3, 5])
    if n_com:
        c.used.append("hp-comments")
        items = "".join(
            f'<div class="comment" id="comment{c.rng.randint(10**5, 10**6)}"><div class="comment_author"><a href="/@{slug(w)}">{esc(w)}</a> <span class="date">{c.rng.randint(2, 9)} years ago</span></div><div class="comment_body"><p>{sentence(c, c.rng.randint(1, 2))}</p></div><a class="reply" href="#">Reply</a></div>'
            for w in c.rng.sample(PEOPLE, n_com)
        )
        com = f'<div class="module moduleComments" id="comments"><h2 class="moduleTitle">Comments</h2><div class="comment_sort">Sort by <a href="#">Newest</a> <a href="#">Oldest</a></div><div class="comment_form">Sorry, comments are not being accepted at this time.</div>{items}</div>'
    related = cards(
        c,
        c.rng.randint(4, 6),
        '<li class="related_hub"><a href="{href}"><img src="/x/thumb.jpg" alt=""><span class="title">{h}</span></a></li>',
    )
    disclaimer = ""
    if c.rng.random() < 0.6:
        c.used.append("hp-disclaimer")
        disclaimer = f'<div class="disclaimer"><p>This content is accurate and true to the best of the author’s knowledge and is not meant to substitute for formal and individualized advice from a qualified professional.</p><p class="copyright">© {y} {esc(author)}</p></div>'
    c.used += "hp-header hp-crumbs hp-title hp-author hp-related hp-footer".split()
    html = (
        f'<body class="hub_page"><div id="header"><div class="header_inner"><a id="logo" href="https://hubpages.com/"><img src="/x/hubpages-logo.png" alt="HubPages"></a><ul class="header_nav"><li><a href="/explore">Explore</a></li><li><a href="/{slug(topic)}/">{topic}</a></li></ul><div class="header_user"><a href="/signin/">Sign In</a> <a class="button" href="/signup/">Join</a></div></div></div>'
        f'<div id="container"><div id="hub_wrapper" class="hub_{c.rng.randint(10**6, 10**7)}"><div class="breadcrumbs"><a href="/{slug(topic)}/">{topic}</a> » <a href="/{slug(topic)}/{pick(c, "tips", "guides", "stories")}/">{pick(c, "Tips", "Guides", "Stories")}</a></div>'
        f'<div id="hub_title"><h1>{esc(c.body.title)}</h1></div><div class="author_container"><div class="author_image"><img src="/u/{hexid(c, 7)}_100.jpg" alt=""></div><div class="author_info"><a class="author_name" href="/@{handle}">{esc(author)}</a> <a class="more" href="/@{handle}">more</a><div class="author_bio">{sentence(c)}</div><div class="author_follow"><a class="follow_button" href="#">Follow</a></div><div class="date">Updated on {EN_MONTHS[m - 1]} {d}, {y}</div></div></div>'
        f'<div id="hub_content">{"".join(caps)}{qa}</div>{disclaimer}{com}</div>'
        f'<div id="rail"><div class="related_hubs"><h2>Related Articles</h2><ul>{related}</ul></div><div class="ad_unit" id="ad_rail_1" data-ad="dfp">Advertisement</div></div></div>'
        f'<div id="footer"><ul class="footer_links"><li><a href="/about/">About</a></li><li><a href="/help/">Help</a></li><li><a href="/terms/">Terms of Use</a></li><li><a href="/privacy/">Privacy Policy</a></li></ul><p class="copyright">Copyright © {y} HubPages Inc. and respective owners. Other product and company names shown may be trademarks of their respective owners.</p></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 2. A Vocal story (English)


def _emo(c: Ctx) -> str:
    return f"css-{hexid(c, 6)}"


def fam_vocal(c: Ctx) -> FamilyOut:
    """A Vocal story: community crumb, subtitle, Top Story badge, Reader insights, tip box."""
    blocks = body_blocks(c, 0.35, 0.2, 0.2, pick(c, "ul", "ol"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    author = c.rng.choice(PEOPLE)
    community = pick(c, "Humans", "Lifehack", "Journal", "Motivation", "Longevity", "Families")
    y = c.rng.randint(2019, 2025)
    if c.rng.random() < 0.5:
        c.used.append("vocal-inline-image")
        parts = insert_at(
            c,
            parts,
            f'<figure class="{_emo(c)}"><img src="https://res.cloudinary.com/jerrick/image/upload/c_scale,f_jpg,q_auto/{hexid(c, 24)}.jpg" alt=""><figcaption>{sentence(c)}</figcaption></figure>',
            "vocal-figure",
        )
    badge = ""
    if c.rng.random() < 0.4:
        c.used.append("vocal-badge")
        badge = f'<div class="{_emo(c)}" data-testid="badge"><span>{pick(c, "Top Story - " + EN_MONTHS[c.rng.randint(0, 11)] + " " + str(y), "Challenge Winner", "Vocal+ Member")}</span></div>'
    subtitle = ""
    if c.rng.random() < 0.6:
        c.used.append("vocal-subtitle")
        subtitle = f'<h2 class="{_emo(c)}" data-testid="story-subtitle">{sentence(c)}</h2>'
    insights = ""
    if c.rng.random() < 0.5:
        c.used.append("vocal-insights")
        insights = (
            f'<section class="{_emo(c)}"><h3>Reader insights</h3><div class="{_emo(c)}"><p>Be the first to share your insights about this piece.</p><button>Add your insights</button></div><ul>'
            + "".join(
                f'<li><span class="{_emo(c)}">{x}</span></li>'
                for x in c.rng.sample(
                    [
                        "Outstanding",
                        "Good content",
                        "Expert insights",
                        "Heartfelt and relatable",
                        "Masterful proofreading",
                        "Eye opening",
                    ],
                    3,
                )
            )
            + "</ul></section>"
        )
    tip = ""
    if c.rng.random() < 0.5:
        c.used.append("vocal-tip")
        tip = f'<div class="{_emo(c)}" data-testid="tip-box"><h3>Enjoyed the story? Support the Creator.</h3><p>Subscribe for free to receive all their stories in your feed. You could also pledge your support or give them a one-off tip, letting them know you appreciate their work.</p><button>Subscribe For Free</button><button>Pledge Your Support</button></div>'
    n_com = c.rng.choice([0, 0, 1, 2, 4])
    comments = f'<section class="{_emo(c)}" id="comments"><h3>Comments{f" ({n_com})" if n_com else ""}</h3><p><a href="/login">Sign in to comment</a></p>'
    for w in c.rng.sample(PEOPLE, n_com):
        comments += f'<div class="{_emo(c)}"><a href="/authors/{slug(w)}">{esc(w)}</a><span>about {c.rng.randint(1, 11)} months ago</span><p>{sentence(c)}</p><button>Like</button> <button>Reply</button></div>'
    comments += "</section>"
    if n_com:
        c.used.append("vocal-comments")
    more = cards(
        c,
        c.rng.randint(3, 6),
        '<a class="' + _emo(c) + '" href="{href}"><img src="/x.jpg" alt=""><h4>{h}</h4></a>',
    )
    c.used += "vocal-topbar vocal-community vocal-byline vocal-like vocal-creator vocal-more vocal-footer".split()
    html = (
        f'<body><div id="__next"><header class="{_emo(c)}"><a href="/" aria-label="Vocal"><svg viewBox="0 0 24 24"></svg></a><nav class="{_emo(c)}"><a href="/">Home</a><a href="/communities">Communities</a><a href="/challenges">Challenges</a></nav><div class="{_emo(c)}"><a href="/signup">Join</a><a href="/login">Sign in</a></div></header>'
        f'<main class="{_emo(c)}"><article class="{_emo(c)}"><div class="{_emo(c)}"><a href="/{slug(community)}" data-testid="community-link">{community}</a></div>{badge}<h1 class="{_emo(c)}" data-testid="story-title">{esc(c.body.title)}</h1>{subtitle}'
        f'<div class="{_emo(c)}"><a href="/authors/{slug(author)}"><img src="/avatar.jpg" alt="">By <span>{esc(author)}</span></a><p>Published {c.rng.randint(2, 11)} months ago • {c.rng.randint(2, 9)} min read</p></div>'
        f'<div class="{_emo(c)}"><button aria-label="Like">{c.rng.randint(1, 90)}</button><button aria-label="Share">Share</button></div>'
        f'<div id="post-body" class="{_emo(c)}">{"".join(parts)}</div>'
        f'<div class="{_emo(c)}"><button aria-label="Like">Like</button><button aria-label="Share">Share</button><button>Tip</button></div>{insights}'
        f'<section class="{_emo(c)}"><h3>About the Creator</h3><a href="/authors/{slug(author)}">{esc(author)}</a><p>{sentence(c)}</p><button>Follow</button></section>{tip}{comments}</article>'
        f'<section class="{_emo(c)}"><h2>More stories from {esc(author)} and writers in {community} and other communities.</h2><div class="{_emo(c)}">{more}</div></section></main>'
        f'<footer class="{_emo(c)}"><nav><a href="/about">About</a><a href="/guidelines">Community Guidelines</a><a href="/privacy">Privacy Policy</a><a href="/terms">Terms of Use</a></nav><p>© {y} Creatd, Inc. All Rights Reserved.</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. A Spanish Hive post on Ecency

_ES_NAMES = ["lauramartinez", "josegarcia", "anarodriguez", "carlosdiaz", "mariafer", "pedrolopez"]


def fam_ecency_es(c: Ctx) -> FamilyOut:
    """An Ecency (Hive) post: community crumb, reputation, markdown body, payout, reblogs."""
    blocks = body_blocks(c, 0.45, 0.3, 0.2, pick(c, "ul", "ol", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    who = c.rng.choice(_ES_NAMES)
    community = pick(c, "Comunidad Latina", "HiveCuba", "Holos &amp; Lotus", "Aliento", "Hispapro")
    tag = f"hive-{c.rng.randint(10**5, 10**6 - 1)}"
    if c.rng.random() < 0.6:
        c.used.append("ecency-cover")
        parts = [
            f'<center><img src="https://images.ecency.com/DQm{hexid(c, 40)}/portada.png" alt="portada.png"></center>',
            *parts,
        ]
    if c.rng.random() < 0.6:
        c.used.append("ecency-signoff")
        parts += [
            "<hr>",
            f'<center><img src="https://images.ecency.com/DQm{hexid(c, 40)}/separador.png" alt="separador.png"></center>',
            f"<p>{pick(c, 'Gracias por leer. ¡Hasta la próxima!', '¡Gracias por leer y comentar!', 'Nos vemos en la próxima publicación.')}</p>",
            f"<p><sub>Imagen de portada: {pick(c, 'Canva', 'propia', 'Pixabay')}. Traducido con DeepL.</sub></p>",
        ]
    tags = "".join(
        f'<a class="entry-tag" href="/created/{t}"><div class="entry-tag">{t}</div></a>'
        for t in [
            tag,
            *c.rng.sample(
                ["spanish", "blog", "vida", "reflexion", "economia", "tecnologia", "hive-latam"], 3
            ),
        ]
    )
    votes = c.rng.randint(12, 480)
    payout = f"{c.rng.randint(0, 40)}.{c.rng.randint(0, 99):02d}"
    n_com = c.rng.choice([0, 1, 2, 3, 5])
    com = ""
    for w in c.rng.sample(_ES_NAMES, min(n_com, len(_ES_NAMES))):
        com += f'<div class="discussion-item"><div class="item-inner"><div class="item-figure"><img class="avatar" src="https://images.ecency.com/u/{w}/avatar/small" alt=""></div><div class="item-content"><div class="item-header"><a class="author" href="/@{w}">{w}</a><span class="author-reputation">{c.rng.randint(40, 75)}</span><span class="separator"></span><span class="date">hace {c.rng.randint(1, 20)} días</span></div><div class="item-body markdown-view mini-markdown"><p>{sentence(c)}</p></div><div class="item-controls"><span class="entry-votes">{c.rng.randint(0, 30)}</span><a class="reply-btn">Responder</a></div></div></div></div>'
    if n_com:
        c.used.append("ecency-comments")
    bene = ""
    if c.rng.random() < 0.4:
        c.used.append("ecency-beneficiary")
        bene = f'<div class="entry-beneficiary"><span>Beneficiarios: @{pick(c, "ecency", "hive-latam", "aliento")} (5%)</span></div>'
    recs = cards(
        c,
        c.rng.randint(3, 5),
        '<div class="similar-entries-list-item"><a href="{href}"><div class="item-image"><img src="/x.jpg" alt=""></div><div class="item-title">{h}</div></a></div>',
    )
    c.used += (
        "ecency-navbar ecency-crumb ecency-author ecency-tags ecency-footer ecency-recs".split()
    )
    html = (
        f'<body><div id="root"><div class="app-wrapper"><div class="sticky-container"><div class="navbar-ecency"><div class="brand"><a href="/"><img src="/assets/logo-circle.svg" class="brand-logo" alt="Logo"></a></div><div class="text-menu"><a class="menu-item" href="/discover">Descubrir</a><a class="menu-item" href="/communities">Comunidades</a><a class="menu-item" href="/waves">Waves</a></div><div class="search-bar"><input type="text" placeholder="Buscar..."></div><div class="login-required"><button class="btn btn-primary">Iniciar sesión</button> <button class="btn btn-outline-primary">Registrarse</button></div></div></div>'
        f'<div class="app-content entry-page"><div class="the-entry"><div class="entry-header"><div class="entry-tag-in"><a href="/created/{tag}">en {community}</a></div><h1 class="entry-title">{esc(c.body.title)}</h1>'
        f'<div class="entry-info"><div class="entry-info-inner"><div class="info-line-1"><div class="author notranslate"><a href="/@{who}"><span class="author-name">{who}</span></a><span class="author-reputation">({c.rng.randint(45, 78)})</span></div></div><div class="info-line-2"><span class="date">hace {c.rng.randint(1, 29)} días</span><span class="separator circle-separator"></span><span class="entry-app">por ecency</span></div></div><span class="flex-spacer"></span><div class="entry-controls"><span class="bookmark-btn">Guardar</span></div></div></div>'
        f'<div itemprop="articleBody" class="entry-body markdown-view user-selectable">{"".join(parts)}</div>'
        f'<div class="entry-footer"><div class="entry-tags">{tags}</div><div class="entry-info"><span class="date">{c.rng.randint(1, 28)}/{c.rng.randint(1, 12)}/{c.rng.randint(2020, 2025)}</span><span>por <a href="/@{who}">{who}</a></span></div><div class="entry-controls"><div class="entry-votes"><span class="btn-vote">{votes}</span></div><div class="entry-payout">${payout}</div><span class="entry-reblog-btn">{c.rng.randint(0, 9)} reblogs</span><a class="reply-btn">Responder</a><span class="share-btn">Compartir</span></div>{bene}</div>'
        f'<div class="similar-entries-list"><div class="similar-entries-list-header"><div class="list-header-text">Recomendados</div></div><div class="similar-entries-list-body">{recs}</div></div>'
        f'<div class="discussion"><div class="discussion-header"><div class="count">{n_com} comentarios</div><div class="order">Ordenar: <select><option>Populares</option><option>Recientes</option></select></div></div><div class="discussion-list">{com}</div></div></div></div>'
        f'<div class="landing-footer"><p>Ecency es una red social descentralizada basada en Hive.</p><a href="/faq">FAQ</a> · <a href="/terms-of-service">Términos</a> · <a href="/privacy-policy">Privacidad</a></div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 4. A Kompasiana article (Indonesian)

_ID_FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Ayu", "Hendra", "Wulan"]
_ID_LAST = ["Santoso", "Rahayu", "Wijaya", "Lestari", "Hidayat", "Pratama", "Saputra"]
_ID_MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)


def fam_kompasiana(c: Ctx) -> FamilyOut:
    """A Kompasiana article: Pilihan / Artikel Utama labels, Baca juga, reactions, Laporkan."""
    blocks = body_blocks(c, 0.35, 0.25, 0.15, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2><strong>{esc(t)}</strong></h2>")
    who = person(c, _ID_FIRST, _ID_LAST)
    y, m, d = era_date(c, 2012, 2025)
    cat = pick(c, "Humaniora", "Ekonomi", "Gaya Hidup", "Teknologi", "Politik", "Regional")
    for h in headlines(c, c.rng.randint(0, 2)):
        parts = insert_at(
            c,
            parts,
            f'<p class="baca-juga"><strong>Baca juga: <a href="/{slug(h)[:30]}_{hexid(c, 12)}">{esc(h)}</a></strong></p>',
            "kompasiana-bacajuga",
        )
    if c.rng.random() < 0.6:
        parts = insert_at(
            c,
            parts,
            f'<div class="ads-on-body"><div class="adv-label">Advertisement</div><div id="div-gpt-ad-{c.rng.randint(10**12, 10**13)}-0" style="min-height:250px"></div></div>',
            "kompasiana-ad",
        )
    labels = ""
    if c.rng.random() < 0.6:
        c.used.append("kompasiana-label")
        labels = (
            '<div class="read-label">'
            + "".join(
                f'<span class="label-{slug(x)}">{x}</span>'
                for x in c.rng.sample(["Pilihan", "Artikel Utama"], c.rng.randint(1, 2))
            )
            + "</div>"
        )
    img = ""
    if c.rng.random() < 0.6:
        c.used.append("kompasiana-image")
        img = f'<div class="photo"><img src="https://assets.kompasiana.com/items/album/{y}/{m:02d}/{d:02d}/{hexid(c, 24)}.jpg?t=o&amp;v=770" alt=""><div class="photo-caption">{sentence(c)} (Sumber gambar: {pick(c, "Dokumentasi pribadi", "Pixabay", "Kompas.com")})</div></div>'
    tags = "".join(
        f'<li><a href="/tag/{t}">{t}</a></li>'
        for t in c.rng.sample(
            ["keluarga", "pendidikan", "umkm", "lingkungan", "kuliner", "digital", "opini"], 3
        )
    )
    reacts = "".join(
        f'<li class="react-item"><span class="react-icon react-{slug(x)}"></span><span class="react-label">{x}</span></li>'
        for x in (
            "Aktual",
            "Bermanfaat",
            "Inspiratif",
            "Menarik",
            "Unik",
            "Menghibur",
            "Tidak Menarik",
        )
    )
    n_com = c.rng.choice([0, 1, 2, 4])
    com = "".join(
        f'<div class="comment-item"><div class="comment-name"><a href="#">{person(c, _ID_FIRST, _ID_LAST)}</a> <span class="comment-date">{d}/{m}/{y}</span></div><div class="comment-text">{sentence(c)}</div><a class="balas" href="#">Balas</a></div>'
        for _ in range(n_com)
    )
    if n_com:
        c.used.append("kompasiana-comments")
    related = cards(
        c, c.rng.randint(3, 5), '<li><a href="{href}"><div class="title">{h}</div></a></li>'
    )
    c.used += "kompasiana-header kompasiana-crumb kompasiana-author kompasiana-react kompasiana-report kompasiana-related kompasiana-footer".split()
    html = (
        f'<body><header class="header"><div class="container"><a class="logo" href="https://www.kompasiana.com/"><img src="https://assets.kompasiana.com/statics/kompasiana_logo.png" alt="Kompasiana"></a><nav class="main-nav"><ul><li><a href="/terpopuler">Terpopuler</a></li><li><a href="/terbaru">Terbaru</a></li><li><a href="/pilihan">Pilihan</a></li><li><a href="/{slug(cat)}">{cat}</a></li></ul></nav><a class="btn-tulis" href="/new">Tulis</a> <a class="btn-masuk" href="/login">Masuk</a></div></header>'
        f'<div class="container"><div class="row"><div class="col-lg-8 col-main"><div class="breadcrumb"><a href="/">Home</a> <span>&gt;</span> <a href="/{slug(cat)}">{cat}</a></div>'
        f'<div class="read-header">{labels}<h1 class="read-title">{esc(c.body.title)}</h1><div class="read-author"><div class="author-avatar"><img src="https://assets.kompasiana.com/avatar/{hexid(c, 10)}.jpg" alt=""></div><div class="author-name"><a href="/{slug(who)}">{who}</a>{pick(c, " <span class=verified>Terverifikasi</span>", "")}<div class="author-desc">Kompasianer</div></div><a class="btn-ikuti" href="#">Ikuti</a></div>'
        f'<div class="read-info"><span class="count-date">{d} {_ID_MONTHS[m - 1]} {y}, {c.rng.randint(6, 23):02d}:{c.rng.randint(0, 59):02d}</span> <span class="count-update">Diperbarui: {d} {_ID_MONTHS[m - 1]} {y}</span> <span class="count-read">Dibaca: {c.rng.randint(30, 4000)}</span> <span class="count-comment">Komentar: {n_com}</span> <span class="count-rating">Nilai: {c.rng.randint(0, 20)}</span></div></div>'
        f'{img}<div class="read-content">{"".join(parts)}</div>'
        f'<div class="read-more-link"><a href="/{slug(who)}">Lihat {cat} Selengkapnya</a></div><div class="read-reaction"><h4>Beri Nilai</h4><ul class="react-list">{reacts}</ul></div><div class="read-tag"><span>Tag</span><ul>{tags}</ul></div><div class="report"><a href="#" class="laporkan">Laporkan Konten</a></div>'
        f'<div class="comments"><h4>Komentar ({n_com})</h4><div class="comment-form"><textarea placeholder="Beri Komentar..."></textarea><button>Kirim</button></div>{com}</div>'
        f'<div class="related"><h4>Artikel Terkait</h4><ul>{related}</ul></div></div><div class="col-lg-4 col-sidebar"><div class="ads-sidebar">Advertisement</div><div class="box-terpopuler"><h4>Terpopuler</h4><ol>{cards(c, 5, "<li><a href={href}>{h}</a></li>")}</ol></div></div></div></div>'
        f'<footer class="footer"><div class="container"><p>Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi Kompas.</p><ul><li><a href="/about">Tentang Kompasiana</a></li><li><a href="/syarat">Syarat &amp; Ketentuan</a></li><li><a href="/kontak">Kontak Kami</a></li></ul><p>© {y} Kompasiana.com</p></div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 5. A PIXNET blog entry (Traditional Chinese)


def fam_pixnet(c: Ctx) -> FamilyOut:
    """A PIXNET entry: li.publish date box, 全站分類, sponsor block, article-footer counters."""
    blocks = body_blocks(c, 0.35, 0.25, 0.15, pick(c, "ul", "table"))
    parts, gold = body_html(
        c,
        blocks,
        lambda t: f'<h2><span style="color:#e67e22;"><strong>{esc(t)}</strong></span></h2>',
    )
    user = pick(c, "mimi", "a0912", "travel8", "sunnyday", "lovecat", "foodie") + str(
        c.rng.randint(1, 99)
    )
    blog = pick(c, "小資女的生活筆記", "旅行中的貓", "吃喝玩樂日記", "阿宅的碎碎念", brand(c))
    y, m, d = era_date(c, 2008, 2025)
    cat = pick(c, "生活", "旅遊", "美食", "3C", "理財", "心情")
    if c.rng.random() < 0.55:
        c.used.append("pixnet-sponsor")
        parts = insert_at(
            c,
            parts,
            f'<div class="pixnet-ad-in-article" id="pixnet-ad-{hexid(c, 6)}"><div class="ad-title">贊助商連結</div><div class="ad-body"><iframe src="https://ad.pixnet.net/{hexid(c, 8)}" width="300" height="250" frameborder="0"></iframe></div><div class="ad-by">ads by PIXNET</div></div>',
            "pixnet-sponsor",
        )
    n_com = c.rng.choice([0, 1, 3])
    com = "".join(
        f'<div class="single-post"><div class="single-post-wrap"><ul class="user-info"><li class="user-name"><a href="#">{pick(c, "路人甲", "訪客", "小明", "阿芳")}</a></li><li class="post-time">於 {y}/{m:02d}/{d:02d} {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d} 回覆</li></ul><div class="post-text">{sentence(c)}</div></div></div>'
        for _ in range(n_com)
    )
    if n_com:
        c.used.append("pixnet-comments")
    related = cards(c, c.rng.randint(3, 6), '<li><a href="{href}">{h}</a></li>')
    c.used += "pixnet-topbar pixnet-banner pixnet-date pixnet-category pixnet-footer-counts pixnet-near pixnet-sidebar pixnet-footer".split()
    html = (
        f'<body class="blog-body"><div id="pixnet-navbar" class="pixnavbar"><a class="pixnavbar-logo" href="https://www.pixnet.net/">痞客邦</a><a href="https://www.pixnet.net/blog">部落格</a><a href="https://www.pixnet.net/">首頁</a><a class="login" href="https://panel.pixnet.cc/">登入</a></div>'
        f'<div id="container"><div id="container2"><div id="container3"><div id="banner"><h1><a href="https://{user}.pixnet.net/blog">{blog}</a></h1><h2>{pick(c, "記錄生活的點點滴滴", "一個人的旅行", "吃遍天下", "歡迎光臨")}</h2></div>'
        f'<div id="main"><div id="content"><div class="inner-box" id="article-box"><div class="article" id="article-{c.rng.randint(10**7, 10**8)}"><ul class="article-head"><li class="publish"><span class="year">{y}</span><span class="month">{m}月</span><span class="date">{d}</span><span class="time">{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}</span></li>'
        f'<li class="title" data-article-link="https://{user}.pixnet.net/blog/post/{c.rng.randint(10**8, 10**9)}"><h2><a href="#">{esc(c.body.title)}</a></h2></li><li class="main-category">全站分類：<a href="https://www.pixnet.net/blog/articles/category/{c.rng.randint(1, 40)}">{cat}</a></li><li class="category">個人分類：<a href="/blog/category/{c.rng.randint(10**5, 10**6)}">{cat}</a></li></ul>'
        f'<div class="article-body"><div class="article-content"><div class="article-content-inner" id="article-content-inner">{"".join(parts)}</div></div>'
        f'<div class="article-keyword">文章標籤 <a href="#" class="tag">{cat}</a> <a href="#" class="tag">{pick(c, "心得", "分享", "推薦")}</a></div>'
        f'<div class="article-footer"><ul class="refer"><li><a href="#comments">留言({n_com})</a></li><li>引用(0)</li><li>人氣({c.rng.randint(10, 90000)})</li></ul><div class="back-to-top"><a href="#top">TOP</a></div></div>'
        f'<div class="relation-article"><h3>相關文章</h3><ul>{related}</ul></div><div class="next-prev"><ul><li class="previous-article">此分類上一篇：<a href="#">{esc(headlines(c, 1)[0])}</a></li><li class="next-article">此分類下一篇：<a href="#">{esc(headlines(c, 1)[0])}</a></li></ul></div></div></div>'
        f'<div class="comments" id="comments"><div class="comments-title">留言列表 ({n_com})</div><div class="comments-list">{com}</div><div class="comment-form"><h4>發表留言</h4><form><input type="text" placeholder="暱稱"><textarea></textarea><input type="submit" value="送出"></form></div></div></div></div>'
        f'<div id="links"><div class="box" id="categories"><div class="box-title">文章分類</div><ul><li><a href="#">{cat} (12)</a></li><li><a href="#">心情 (40)</a></li><li><a href="#">未分類文章 (3)</a></li></ul></div><div class="box" id="latest-article"><div class="box-title">最新文章</div><ul>{cards(c, 4, "<li><a href={href}>{h}</a></li>")}</ul></div><div class="box" id="counter"><div class="box-title">參觀人氣</div><ul><li>本日人氣：{c.rng.randint(10, 999)}</li><li>累積人氣：{c.rng.randint(10**4, 10**6)}</li></ul></div><div class="box" id="visitors"><div class="box-title">誰來我家</div></div></div></div>'
        f'<div id="footer"><div class="footer-inner">Blog Designed by <a href="https://www.pixnet.net/">PIXNET</a> | © {y} {blog}</div></div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 6. A Posthaven post (English)


def fam_posthaven(c: Ctx) -> FamilyOut:
    """A Posthaven post: plain header, post-body, views counter, subscribe box, Powered by."""
    blocks = body_blocks(c, 0.3, 0.25, 0.2, pick(c, "ul", "ol", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>", "<p>")
    author = c.rng.choice(PEOPLE)
    blog = pick(c, esc(author), brand(c), "Notes from the Back Office", "Early Days", "Field Notes")
    y, m, d = era_date(c, 2013, 2025)
    tags = ""
    if c.rng.random() < 0.5:
        c.used.append("posthaven-tags")
        tags = (
            '<div class="tags">Tags: '
            + ", ".join(
                f'<a href="/tag/{t}">{t}</a>'
                for t in c.rng.sample(["startups", "hiring", "product", "notes", "management"], 2)
            )
            + "</div>"
        )
    n_com = c.rng.choice([0, 0, 1, 2])
    com = "".join(
        f'<div class="comment"><div class="comment-author"><img src="/avatar.png" alt=""><span class="name">{esc(w)}</span> <span class="time">{EN_MONTHS[m - 1]} {d}, {y}</span></div><div class="comment-body"><p>{sentence(c)}</p></div></div>'
        for w in c.rng.sample(PEOPLE, n_com)
    )
    if n_com:
        c.used.append("posthaven-comments")
    subscribe = ""
    if c.rng.random() < 0.7:
        c.used.append("posthaven-subscribe")
        subscribe = f'<div class="subscribe-box"><h4>Subscribe to {blog}</h4><p>Don’t miss out on the latest posts. Sign up now to get access to the library of members-only posts.</p><form action="/subscriptions" method="post"><input type="email" name="email" placeholder="you@example.com"><input type="submit" value="Subscribe"></form></div>'
    c.used += "posthaven-header posthaven-title posthaven-date posthaven-views posthaven-nav posthaven-footer".split()
    html = (
        f'<body class="posthaven-theme"><div id="wrapper"><header id="site-header"><h1 class="site-title"><a href="/">{blog}</a></h1><p class="site-description">{pick(c, "Occasional writing.", "Thoughts on work and life.", "A blog.")}</p><a class="subscribe-link" href="#subscribe">Subscribe</a></header>'
        f'<div id="posts"><article class="post" id="post_{c.rng.randint(10**6, 10**7)}"><header><h2 class="post-title"><a href="/{slug(c.body.title)[:50]}">{esc(c.body.title)}</a></h2><div class="post-meta"><span class="posted-on">Posted on <time datetime="{y}-{m:02d}-{d:02d}">{EN_MONTHS[m - 1]} {d}, {y}</time></span></div></header>'
        f'<div class="post-body">{"".join(parts)}</div><footer class="post-footer"><div class="views"><span class="count">{c.rng.randint(40, 9000):,}</span> views</div>{tags}</footer></article>'
        f'<div id="subscribe">{subscribe}</div><nav class="post-nav"><a class="prev" href="#">← {esc(headlines(c, 1)[0])}</a> <a class="next" href="#">{esc(headlines(c, 1)[0])} →</a></nav>'
        f'<section id="comments"><h4>{n_com} responses</h4>{com}<p class="comment-signin"><a href="/login">Log in</a> to comment.</p></section></div>'
        f'<footer id="site-footer"><p>{blog} · <a href="/archive">Archive</a> · <a href="/feed.atom">Feed</a></p><p class="powered">Powered by <a href="https://posthaven.com">Posthaven</a></p></footer></div></body></html>'
    )
    return html, gold

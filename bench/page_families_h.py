"""Set H of the constructed pages: 12 old-era families (about 2004-2014), and `build_pages`.

Each family imitates a real, common structure of the older web with its era's markup: a
table-layout regional newspaper story, a Blogger classic (Minima) post, a Drupal 6 node, a press
release wire page, an ASP.NET WebForms news page, a newspaper's "print this article" page (those
six in page_templates_h.py), and here a mailing-list archive message (Mailman pipermail-like),
an ad-heavy magazine page of 2008, a Slashdot-like story page, an article-directory page
(EzineArticles-like), a MediaWiki article in the Monobook skin and a 2008 news portal story
(CNN-like). Written blind to digest's extraction rules and frozen before anyone ran digest on
it; its builder never ran digest, trafilatura or bench_pages on it (session 9). The gold
convention is in page_templates_h.py's docstring; the decisions for this module's families,
written down before the set was committed:
- a mailing-list archive message: the message's own text in the `<pre>` is article, one gold
  paragraph per blank-line-separated paragraph as written (hard-wrapped at 72 columns; the
  gold joins the lines with spaces), its lists, headings and code lines included; the quoted
  `>` lines and their attribution line ("On ..., X wrote:"), the signature after "-- ", the
  list footer Mailman appends ("_____ / <List> mailing list / listinfo URL"), the subject
  `<h1>`, the From / date lines and the "Previous message / Next message / Messages sorted by"
  lists are not;
- an ad-heavy magazine page of 2008: the story's paragraphs between the
  `<!-- google_ad_section_start -->` markers are article (the page holds the story as served,
  the page-number links are furniture); the deck, byline, article tools, "Advertisement"
  labels and `document.write` / iframe ad units, "Story continues below", photo captions,
  digg / del.icio.us / StumbleUpon share links, "Most emailed" / "Most viewed", the newsletter
  box, "Ads by Google", reader comments and "1 | 2 | Next »" are not;
- a Slashdot-like story: the story text is article: the submitter's quoted text, with its
  "<submitter> writes" lead-in and quotation marks (they open the story's first paragraph, as
  a dateline does), and the editor's own paragraph after it when there is one; "Posted by
  <editor> on ... from the X dept.", the topic title, "Read the N comments", the comment
  threshold / mode controls, "The Fine Print", every comment, the "Related Links" slashbox,
  the poll, navigation and the footer's fortune quote are not;
- an article-directory page (EzineArticles-like): the article's paragraphs are article; the
  "By <author>" line, rating stars and "Rate this article", "Article Views / Word Count", the
  "About the Author" resource box (the author's bio and link), the "Article Source:" line, the
  "Ezine Articles submission" / "Popular articles" / "Other articles by" boxes and ad units are
  not;
- a MediaWiki article (Monobook): the prose paragraphs, section headings (their text, without
  "[edit]") and the lists and tables inside the article's sections are article; a reference
  marker "[1]" belongs to its paragraph's text (as set G's superscript numbers do); the
  "From <wiki>" line, hatnote, infobox, table of contents, "[edit]" links, thumbnail captions,
  the "See also", "References" and "External links" sections (headings and lists), "Retrieved
  from", the category links and the portlets ("Views", "Personal tools", "Navigation",
  "Search", "Toolbox") and the footer are not;
- a 2008 news portal story (CNN-like): the story paragraphs, with the "(XNN) --" or "CITY
  (XNN) --" dateline, are article; "STORY HIGHLIGHTS" (a standfirst: its bullets restate the
  story), the byline ("By X / XNN"), the updated time, the photo caption, the "RELATED:" and
  "Watch: ... »" / "See photos ... »" lines between paragraphs, the "Don't Miss" box, the
  "XNN's X contributed to this report." line, "E-mail to a friend | Mixx it | Share", "All About
  <topic>" links and the right rail are not.

    .venv/bin/python bench/bench_pages.py --set h --seed 701 --no-variants
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import textwrap
from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key, unique_bodies
from page_templates import PEOPLE, Block, Ctx, Page, esc, gold_text, slug
from page_templates_b import headlines
from page_templates_c import handle, headed_bodies
from page_templates_e import brand, hexid, sentence
from page_templates_h import (
    adsense,
    any_ad,
    dw_ad,
    era_head,
    fam_aspnet,
    fam_blogger_minima,
    fam_drupal6,
    fam_print_page,
    fam_table_paper,
    fam_wire_release,
    iframe_ad,
    insert_at,
    old_body,
    old_date,
    snippet,
    stamp,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# ---------------------------------------------------------------------------------------------
# 7. A mailing-list archive message (Mailman pipermail)


def _wrap(text: str, first: str = "", rest: str = "") -> str:
    return textwrap.fill(
        text,
        72,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _mail_block(block: Block) -> tuple[str, list[Block]]:
    """A body block as the plain text of an email, and its gold."""
    kind, value = block
    if kind in ("ul", "ol"):
        return "\n".join(_wrap(str(v), "  * ", "    ") for v in value), [block]  # type: ignore[attr-defined]
    if kind == "table":
        return "\n".join("  ".join(row) for row in value), [block]  # type: ignore[attr-defined]
    if kind == "code":
        return "\n".join("    " + line for line in str(value).splitlines()), [("p", str(value))]
    if kind == "quote":
        return _wrap(str(value), "    ", "    "), [block]
    return _wrap(str(value)), [block]


def _quoted(c: Ctx) -> str:
    return _wrap(c.pool.sentences(c.rng, c.body, c.rng.randint(1, 4)), "> ", "> ")


def fam_mailman(c: Ctx) -> tuple[str, list[Block]]:
    """A Mailman 2 pipermail message page: the HTML 3.2 head, the subject `<h1>`, the From line
    with the obfuscated address and the date, "Previous message / Next message / Messages
    sorted by" above and below, the message in `<pre>` (reply quotes with "> ", the signature
    after "-- " and the list footer Mailman appends)."""
    project = c.rng.choice("freeside kestrel openvale lumen tessera quillpad hearth rivet".split())
    lst = f"{project}-{c.rng.choice('users devel discuss general help'.split())}"
    who = c.rng.choice(PEOPLE)
    addr = f"{who.split()[0].lower()} at {c.rng.choice(['gmail.com', 'yahoo.com', 'example.org', slug(who.split()[1]) + '.net'])}"
    subject = f"[{lst.title()}] {'Re: ' if c.rng.random() < 0.6 else ''}{esc(c.body.title)}"
    texts: list[str] = []
    gold: list[Block] = []
    for block in c.body.blocks:
        t, g = _mail_block(block)
        texts.append(esc(t))
        gold += g
    mode = c.rng.choice(["top-quote", "interleaved", "fresh", "bottom-quote"])
    other = c.rng.choice(PEOPLE)
    attribution = c.rng.choice(
        [
            f"On {c.rng.choice(_DAYS)}, {old_date(c)} at {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {c.rng.choice(['AM', 'PM'])}, {other} wrote:",
            f"{other} wrote:",
            f"Quoting {other} &lt;{other.split()[0].lower()} at example.org&gt;:",
            f"On {old_date(c)}, {other} wrote:",
        ]
    )
    c.used.append(f"mail-{mode}")
    if mode == "top-quote":
        texts = [f"{attribution}\n{esc(_quoted(c))}", *texts]
    elif mode == "interleaved":
        cut = max(1, len(texts) // 2)
        texts = [f"{attribution}\n{esc(_quoted(c))}", *texts[:cut], esc(_quoted(c)), *texts[cut:]]
    elif mode == "bottom-quote":
        texts = [*texts, f"{attribution}\n{esc(_quoted(c))}"]
    if c.rng.random() < 0.8:
        c.used.append("mail-signature")
        texts.append(
            f"-- \n{who}\n"
            + c.rng.choice(
                [
                    f"http://www.{slug(who.split()[1])}.net/",
                    f"GPG key ID: 0x{hexid(c, 8).upper()}",
                    f"{who.split()[0]} | {c.rng.choice(['Sysadmin', 'Developer', 'Release manager'])} | {brand(c)}",
                    "Sent from my BlackBerry",
                ]
            )
        )
    footer = f'_______________________________________________\n{lst.title()} mailing list\n{lst} at lists.{c.site}\n<A HREF="http://lists.{c.site}/mailman/listinfo/{lst}">http://lists.{c.site}/mailman/listinfo/{lst}</A>'
    texts.append(footer)
    prev, nxt = headlines(c, 2)
    num = c.rng.randint(1000, 30000)

    def navlist(pos: str) -> str:
        return (
            f"<P><UL>\n{'        <!--threads-->' if pos == 'bottom' else ''}\n"
            f'        <LI>Previous message: <A HREF="{num - 1:06d}.html">[{lst.title()}] {esc(prev)}\n</A></li>\n'
            f'        <LI>Next message: <A HREF="{num + 1:06d}.html">[{lst.title()}] Re: {esc(nxt)}\n</A></li>\n'
            f'         <LI> <B>Messages sorted by:</B> \n              <a href="date.html#{num}">[ date ]</a>\n              <a href="thread.html#{num}">[ thread ]</a>\n              <a href="subject.html#{num}">[ subject ]</a>\n              <a href="author.html#{num}">[ author ]</a>\n         </LI>\n       </UL>\n'
        )

    c.used += "mail-subject mail-from-line mail-nav mail-list-footer mail-listinfo-link".split()
    time = f"{c.rng.choice(_DAYS)} {old_date(c).replace(',', '')[:3]} {c.rng.randint(1, 28)} {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d} {c.rng.choice(['EST', 'EDT', 'PST', 'GMT', 'CET'])} {c.rng.choice(range(2004, 2015))}"
    html = (
        f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">\n<HTML>\n <HEAD>\n   <TITLE> {subject}\n   </TITLE>\n   <LINK REL="Index" HREF="index.html" >\n'
        f'   <LINK REL="made" HREF="mailto:{lst}%40lists.{c.site}?Subject={slug(c.body.title)}&In-Reply-To=%3C{hexid(c, 12)}%40mail.gmail.com%3E">\n   <META NAME="robots" CONTENT="index,nofollow">\n'
        f'   <style type="text/css">\n       pre {{\n           white-space: pre-wrap;       /* css-2.1, curent FF, Opera, Safari */\n           }}\n   </style>\n   <META http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
        f'   <LINK REL="Previous"  HREF="{num - 1:06d}.html">\n   <LINK REL="Next"  HREF="{num + 1:06d}.html">\n </HEAD>\n <BODY BGCOLOR="#ffffff">\n   <H1>{subject}</H1>\n'
        f'    <B>{who}</B> \n    <A HREF="mailto:{lst}%40lists.{c.site}?Subject={slug(c.body.title)}" TITLE="{subject}">{addr}\n       </A><BR>\n    <I>{time}</I>\n'
        f"    {navlist('top')}    <HR>  \n<!--beginarticle-->\n<PRE>{chr(10).join(t + chr(10) for t in texts)}</PRE>\n\n<!--endarticle-->\n    <HR>\n    {navlist('bottom')}\n"
        f'<hr>\n<a href="http://lists.{c.site}/mailman/listinfo/{lst}">More information about the {lst.title()}\nmailing list</a><br>\n</body></html>\n'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. An ad-heavy magazine page of 2008


def _mag_inline_ad(c: Ctx) -> str:
    c.used.append("mag-inline-ad")
    note = '<div class="continues">Story continues below</div>' if c.rng.random() < 0.4 else ""
    return f'<!-- google_ad_section_end -->\n<div class="ad-inline" style="float:right;margin:0 0 10px 10px;"><div class="adlabel">Advertisement</div>{any_ad(c)}{note}</div>\n<!-- google_ad_section_start -->\n'


def _mag_photo(c: Ctx) -> str:
    c.used.append("mag-photo")
    return f'<div class="photo"><img src="/images/{c.rng.choice(range(2006, 2010))}/{hexid(c, 8)}.jpg" width="300" height="225" alt=""><p class="caption">{sentence(c)}</p><p class="credit">{c.rng.choice(["Getty Images", "AP Photo", "WireImage", "Reuters"])}</p></div>\n'


def fam_magazine_2008(c: Ctx) -> tuple[str, list[Block]]:
    """An ad-heavy magazine story of 2008: the leaderboard document.write ad, nav with unclosed
    `<li>`, the deck and byline, article tools, the body between google_ad_section markers with
    ad units ("Advertisement") and photos between paragraphs, page numbers, the social
    bookmarking links (Digg, del.icio.us, StumbleUpon), tags, reader comments and a sidebar with
    "Most emailed", "Most viewed", a newsletter form and "Ads by Google"."""
    name = brand(c)
    parts, gold = old_body(c, c.body.blocks, c.rng.choice(["p", "p", "p-open"]))
    out = insert_at(
        c,
        parts,
        c.rng.randint(2, 3),
        lambda: _mag_inline_ad(c) if c.rng.random() < 0.7 else _mag_photo(c),
    )
    url = f"http%3A%2F%2Fwww.{c.site}%2F{slug(c.body.title)[:30]}"
    share = " ".join(
        f'<a href="{u}{url}" target="_blank"><img src="/images/icons/{slug(t)}.gif" width="16" height="16" border="0" alt=""> {t}</a>'
        for t, u in c.rng.sample(
            [
                ("Digg", "http://digg.com/submit?phase=2&amp;url="),
                ("del.icio.us", "http://del.icio.us/post?url="),
                ("StumbleUpon", "http://www.stumbleupon.com/submit?url="),
                ("Facebook", "http://www.facebook.com/sharer.php?u="),
                ("Reddit", "http://reddit.com/submit?url="),
                ("Newsvine", "http://www.newsvine.com/_tools/seed&amp;save?u="),
                ("Yahoo! Buzz", "http://buzz.yahoo.com/buzz?targetUrl="),
            ],
            5,
        )
    )
    pager = c.rng.choice(
        [
            'Page: <b>1</b> | <a href="?page=2">2</a> | <a href="?page=2">Next &raquo;</a>',
            '<a href="?page=2">1</a> | <a href="?page=2">2</a> | <a href="?page=2">Next &raquo;</a> | <a href="?page=all">Single page</a>',
            '&laquo; Previous | <b>1</b> | <a href="?page=2">2</a> | <a href="?page=3">3</a> | <a href="?page=2">Next &raquo;</a>',
        ]
    )
    k = c.rng.choice([0, 2, 3, 5])
    comments = "".join(
        f'<div class="comment"><p>{sentence(c, c.rng.randint(1, 3))}</p><p class="commenter">Posted by {c.rng.choice(PEOPLE).split()[0].lower()}{c.rng.randint(1, 99)} at {old_date(c)} {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} PM</p></div>\n'
        for _ in range(k)
    )
    most = "".join(f'<li><a href="/{slug(h)[:40]}.html">{esc(h)}</a></li>' for h in headlines(c, 5))
    viewed = "".join(f'<li><a href="/{slug(h)[:40]}.html">{esc(h)}</a>' for h in headlines(c, 5))
    nav = "".join(
        f'<li><a href="/{slug(w)}/">{w}</a>\n'
        for w in ("Home", "News", "Celebrity", "Movies", "TV", "Music", "Style", "Photos", "Video")
    )
    c.used += "mag-leaderboard mag-nav mag-deck mag-tools mag-pager mag-share mag-tags mag-comments mag-most-emailed mag-most-viewed mag-newsletter ads-by-google mag-footer".split()
    year = c.rng.choice([2007, 2008, 2008, 2009])
    html = (
        era_head(
            c,
            c.rng.choice(["xhtml", "html4"]),
            f"{esc(c.body.title)} | {name}.com",
            f'<meta name="description" content="{sentence(c)}">\n<script type="text/javascript" src="http://partner.googleadservices.com/gampad/google_service.js"></script>\n',
        )
        + f'<body>\n<div id="top-ad" align="center"><span class="adlabel">Advertisement</span><br>{dw_ad(c, "728x90")}</div>\n<div id="container">\n'
        f'<div id="header"><a href="/"><img src="/images/logo_{year}.gif" alt="{name}" border="0"></a><div id="header-search"><form action="/search/" method="get"><input type="hidden" name="sitesearch" value="{c.site}"><input type="hidden" name="client" value="pub-{c.rng.randint(10**15, 10**16)}"><input type="text" name="q" size="20"> <input type="submit" value="Search"></form></div>\n<ul id="nav">\n{nav}</ul></div>\n'
        f'<div id="content"><div id="main">\n<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/{c.rng.choice(["movies", "music", "tv", "celebrity"])}/">{c.rng.choice(["Movies", "Music", "TV", "Celebrity"])}</a></div>\n'
        f'<h1 class="headline">{esc(c.body.title)}</h1>\n<h2 class="deck">{sentence(c)}</h2>\n<div class="byline">By <a href="/author/{slug(c.rng.choice(PEOPLE))}/">{c.rng.choice(PEOPLE)}</a> &nbsp;|&nbsp; Posted {old_date(c)} {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} PM ET</div>\n'
        f'<div class="article-tools"><a href="/email/">E-mail</a> | <a href="javascript:window.print()">Print</a> | <a href="#comments">Comments ({k})</a> | Text size: <a href="#" onclick="resize(1)">A+</a> <a href="#" onclick="resize(-1)">A-</a></div>\n'
        f'<!-- google_ad_section_start -->\n<div id="articleBody" class="entry">\n{"".join(out)}</div>\n<!-- google_ad_section_end -->\n'
        f'<div class="pagination">{pager}</div>\n<div class="share"><b>Share this:</b> {share}</div>\n'
        f'<div class="tags"><b>Tags:</b> {", ".join(f"<a href=/tag/{slug(w)}/>{w}</a>" for w in c.body.title.split()[:3])}</div>\n'
        f'<div id="comments"><h3>Reader Comments ({k})</h3>\n{comments}<form action="/comments/post" method="post"><input type="hidden" name="entry_id" value="{c.rng.randint(1000, 99999)}"><p>Post a comment</p><textarea name="text" rows="5" cols="50"></textarea><br><input type="submit" value="Submit"></form></div>\n</div>\n'
        f'<div id="sidebar"><div class="ad300"><div class="adlabel">Advertisement</div>{iframe_ad(c, 300, 250)}</div>\n<div class="box" id="most-emailed"><h3>Most Emailed</h3><ol>{most}</ol></div>\n<div class="box" id="most-viewed"><h3>Most Viewed</h3><ol>{viewed}</ol></div>\n'
        f'<div class="box" id="newsletter"><h3>Free Newsletter</h3><form action="/newsletter/" method="post"><p>Sign up for the {name} Daily and get the latest news in your inbox.</p><input type="text" name="email" value="Enter e-mail address"><input type="hidden" name="list" value="daily"><input type="submit" value="Sign up"></form></div>\n'
        f'<div class="box sponsored"><h4>Ads by Google</h4>{adsense(c, 300, 250)}</div></div>\n</div>\n'
        f'<div id="footer"><a href="/about/">About Us</a> | <a href="/advertise/">Advertise</a> | <a href="/subscribe/">Subscribe</a> | <a href="/privacy/">Privacy Policy</a> | <a href="/terms/">Terms of Use</a><br>&copy; {year} {name} Media Inc. All rights reserved. Reproduction in whole or in part without permission is prohibited.</div>\n</div>\n'
        f'<script type="text/javascript">_qoptions={{qacct:"p-{hexid(c, 12)}"}};</script><script type="text/javascript" src="http://edge.quantserve.com/quant.js"></script><noscript><img src="http://pixel.quantserve.com/pixel/p-{hexid(c, 12)}.gif" style="display: none;" border="0" height="1" width="1" alt="Quantcast"/></noscript>\n</body>\n</html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A Slashdot-like story page


_EDITORS = "timmo kdawes CmdrKelp ScuttleFish Zonker samzen Soulskull michaelp".split()
_DEPTS = "the-more-you-know what-could-possibly-go-wrong i-for-one-welcome not-a-moment-too-soon slow-news-day insert-witty-name-here we-have-the-technology sounds-familiar and-then-what".split()
_MODS = "Insightful Interesting Informative Funny Troll Offtopic Redundant Flamebait".split()
_TOPICS = "Technology|Science|Hardware|IT|Your Rights Online|Games|Politics|Businesses".split("|")


def _slash_comment(c: Ctx, depth: int) -> str:
    cid = c.rng.randint(22 * 10**6, 32 * 10**6)
    user = "Anonymous Coward" if c.rng.random() < 0.25 else handle(c.rng)
    by = (
        user
        if user == "Anonymous Coward"
        else f'<a href="//slashdot.org/~{esc(user)}">{esc(user)} ({c.rng.randint(1000, 999999)})</a>'
    )
    body = "".join(f"<p>{sentence(c, c.rng.randint(1, 3))}</p>" for _ in range(c.rng.randint(1, 3)))
    if c.rng.random() < 0.3:
        body = f'<div class="quote"><p>{sentence(c)}</p></div>{body}'
    kids = "".join(
        _slash_comment(c, depth + 1) for _ in range(c.rng.randint(0, 2) if depth < 2 else 0)
    )
    return (
        f'<li id="tree_{cid}" class="comment"><div class="cw" id="comment_{cid}"><div class="commentTop"><div class="title"><h4><a name="{cid}">{"Re:" if depth else ""}{snippet(c, 30)}</a></h4> <span id="comment_score_{cid}" class="score">(Score:{c.rng.randint(-1, 5)}{", " + c.rng.choice(_MODS) if c.rng.random() < 0.7 else ""})</span></div>'
        f'<div class="details">by {by} on {c.rng.choice(_DAYS)} {old_date(c)} @{c.rng.randint(1, 12):02d}:{c.rng.randint(10, 59)}{c.rng.choice(["AM", "PM"])} (<a href="//slashdot.org/comments.pl?cid={cid}">#{cid}</a>)</div></div>'
        f'<div class="commentBody"><div id="comment_body_{cid}">{body}</div></div><div class="commentSub" id="comment_sub_{cid}">[ <a href="#{cid}">Parent</a> ]</div></div>\n<ul id="commentlisting_{cid}">{kids}</ul></li>\n'
    )


def fam_slashdot(c: Ctx) -> tuple[str, list[Block]]:
    """A Slashdot-like story page of 2006-2010: "Posted by <editor> on ... from the X dept.",
    the submitter's quoted text ("<submitter> writes <i>"..."</i>") with `<br><br>` between its
    paragraphs and sometimes the editor's own paragraph after it, "Read the N comments", the
    threshold / mode / sort controls, "The Fine Print", nested comments, the "Related Links"
    slashbox, a poll and the footer's fortune quote."""
    paras = [str(v) for k, v in c.body.blocks if k == "p"]
    quoted = paras[:1]
    limit = c.rng.randint(90, 200)  # a submission is a few short paragraphs
    for p in paras[1 : c.rng.randint(2, 4)]:
        if len(" ".join(quoted).split()) + len(p.split()) > limit:
            break
        quoted.append(p)
    k = len(quoted)
    editor_para = paras[k] if len(paras) > k and c.rng.random() < 0.4 else ""
    sub = c.rng.choice(["An anonymous reader", handle(c.rng), handle(c.rng), c.rng.choice(PEOPLE)])
    link = (
        sub
        if sub == "An anonymous reader"
        else f'<a href="http://{slug(sub)}.example.net/">{esc(sub)}</a>'
    )
    verb = "writes"
    gold: list[Block] = []
    runs: list[str] = []
    for i, p in enumerate(quoted):
        text = ('"' if i == 0 else "") + p + ('"' if i == len(quoted) - 1 else "")
        gold.append(("p", f"{sub} {verb} {text}" if i == 0 else text))
        runs.append(esc(text))
    intro = f"{link} {verb} <i>{'<br><br>'.join(runs)}</i>"
    if editor_para:
        c.used.append("slash-editor-note")
        gold.append(("p", editor_para))
        intro += f"<br><br>{esc(editor_para)}"
    editor = c.rng.choice(_EDITORS)
    topic = c.rng.choice(_TOPICS)
    sid = f"{c.rng.randint(6, 10):02d}/{c.rng.randint(1, 12):02d}/{c.rng.randint(1, 28):02d}/{c.rng.randint(10**6, 10**7)}"
    n = c.rng.randint(40, 900)
    comments = "".join(_slash_comment(c, 0) for _ in range(c.rng.randint(2, 5)))
    related = "".join(
        f'<li>+ <a href="http://{slug(h)[:20]}.example.com/">{esc(h)}</a></li>'
        for h in headlines(c, c.rng.randint(1, 3))
    )
    opts = "".join(
        f'<option value="{t}"{" selected" if t == 1 else ""}>{t}: {max(1, n - 120 * (t + 1))} comments</option>'
        for t in range(-1, 6)
    )
    fortune = c.rng.choice(
        "Real programmers don't comment their code. It was hard to write, it should be hard to understand.|You will be successful in your work.|Never trust a computer you can't throw out a window.|Your lucky number has been disconnected.|If it happens once, it's a bug. If it happens twice, it's a feature.".split(
            "|"
        )
    )
    c.used += "slash-details slash-dept slash-storylinks slash-threshold-form slash-fine-print slash-comments slash-related-links slash-poll slash-fortune slash-nav".split()
    html = (
        era_head(
            c,
            c.rng.choice(["html4", "strict"]),
            f"{brand(c)} | {esc(c.body.title)}",
            '<link rel="alternate" title="RSS" href="http://rss.example.org/Slashdot/slashdot" type="application/rss+xml">\n',
        )
        + f'<body class="anon index2 article">\n<div id="jump"><a href="#main-articles">Stories</a><br><a href="#blocks">Slash Boxes</a><br><a href="#comments">Comments</a></div>\n<div id="frame">\n'
        f'<div id="topnav"><div id="logo"><h1><a href="//{c.site}">{brand(c)}</a></h1></div><ul id="hdr-links"><li><a href="//{c.site}/login.pl">Log In</a></li><li><a href="//{c.site}/my/newuser">Create Account</a></li><li><a href="//{c.site}/subscribe.pl">Subscribe</a></li><li><a href="//{c.site}/faq">FAQ</a></li></ul>'
        f'<div class="search"><form method="get" action="//{c.site}/search.pl"><fieldset><legend>Search</legend><input type="text" name="query" value="" id="search" size="20"><input type="submit" value="Search" class="button"></fieldset></form></div></div>\n<div id="slogan"><h2>News for nerds, stuff that matters</h2></div>\n'
        f'<div id="links"><div class="block" id="navigation"><div class="title"><h4>Navigation</h4></div><div class="content"><ul>{"".join(f"<li><a href=//{c.site}/{slug(w)}>{w}</a></li>" for w in ("Stories", "Recent", "Popular", "Ask Slashdot", "Book Reviews", "Games", "Idle", "YRO", "Polls"))}</ul></div></div></div>\n'
        f'<div id="contents"><div id="articles"><div class="article">\n<div class="generaltitle"><div class="title"><h3><a href="//{slug(topic)}.{c.site}/">{topic}</a>: <a href="//{c.site}/article.pl?sid={sid}">{esc(c.body.title)}</a></h3></div></div>\n'
        f'<div class="details">Posted by <a href="mailto:{editor.lower()}@{c.site}">{editor}</a> on {stamp(c).replace(",", "", 1)}, @{c.rng.randint(1, 12):02d}:{c.rng.randint(10, 59)}{c.rng.choice(["AM", "PM"])}<br>from the <b>{c.rng.choice(_DEPTS)}</b> dept.</div>\n'
        f'<div class="body"><div id="text-{sid.split("/")[-1]}" class="intro">{intro}</div></div>\n'
        f'<div class="storylinks"><div><ul><li class="comments"><a href="//{c.site}/article.pl?sid={sid}#comments">Read the {n} comments</a></li><li><a href="//{c.site}/search.pl?tid={c.rng.randint(1, 200)}">{topic}</a></li><li class="tags">{" ".join(f"<a href=//{c.site}/tag/{w}>{w}</a>" for w in c.rng.sample(["hardware", "news", "science", "privacy", "linux", "story", "itsatrap", "government"], 3))}</li></ul></div></div>\n</div>\n'
        f'<a name="comments"></a><div class="commentBox"><form action="//{c.site}/comments.pl" method="get"><input type="hidden" name="sid" value="{sid}"><input type="hidden" name="op" value="Change">Threshold: <select name="threshold">{opts}</select> <select name="mode"><option value="thread">Threaded</option><option value="nested">Nested</option><option value="flat">Flat</option><option value="nocomment">No Comments</option></select> <select name="commentsort"><option value="0">Oldest First</option><option value="1">Newest First</option><option value="3">Highest Scores First</option></select> <input type="submit" value="Change"></form>\n'
        f'<div class="commentBox"><small><b>The Fine Print:</b> The following comments are owned by whoever posted them. We are not responsible for them in any way.</small></div>\n<ul id="commentlisting">\n{comments}</ul>\n<p><a href="//{c.site}/article.pl?sid={sid}&amp;threshold=-1">Load all {n} comments</a></p></div>\n</div></div>\n'
        f'<div id="slashboxes"><div class="block" id="related"><div class="title"><h4>Related Links</h4></div><div class="content"><ul>{related}<li>+ <a href="//{slug(topic)}.{c.site}/">More {topic} stories</a></li><li><a href="//{c.site}/~{editor}">Also by {editor}</a></li></ul></div></div>\n'
        f'<div class="block" id="poll"><div class="title"><h4>{brand(c)} Poll</h4></div><div class="content"><form action="//{c.site}/pollBooth.pl"><input type="hidden" name="qid" value="{c.rng.randint(1000, 2000)}"><b>My preferred number of monitors:</b><br><input type="radio" name="aid" value="1">1<br><input type="radio" name="aid" value="2">2<br><input type="radio" name="aid" value="3">3 or more<br><input type="radio" name="aid" value="4">CowboyNeal<br><input type="submit" value="Vote"></form></div></div></div>\n'
        f'<div id="footer"><em>{esc(fortune)}</em><div class="copyright">Trademarks property of their respective owners. Comments are owned by the Poster. The Rest &copy; 1997-{c.rng.choice(range(2007, 2011))} {brand(c)}.</div></div>\n</div>\n</body>\n</html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. An article-directory page (EzineArticles-like, 2009)


def fam_article_directory(c: Ctx) -> tuple[str, list[Block]]:
    """An article directory page of about 2009: the article with "By <author>", rating stars,
    views and word count, the body (`<p>` or `<br><br>` runs) with an ad unit inside, the
    resource box ("About the Author"), the "Article Source:" line, and the sidebar's submission
    pitch, "Popular Articles" and "Other articles by this author"."""
    who = c.rng.choice(PEOPLE)
    name = brand(c)
    style = c.rng.choice(["p", "p-open", "br"])
    parts, gold = old_body(c, c.body.blocks, style)
    if len(parts) > 2:
        at = c.rng.randint(1, min(3, len(parts) - 1))
        parts.insert(
            at,
            f'<div class="in-article-ad" style="float:left;margin:0 10px 5px 0">{adsense(c, 336, 280)}</div>\n',
        )
    expert = who.replace(" ", "_")
    aid = c.rng.randint(10**5, 4 * 10**6)
    site = f"www.{slug(who.split()[1])}{c.rng.choice(['marketing', 'coaching', 'homeloans', 'fitness', 'travel', 'seo'])}.com"
    bio = c.rng.choice(
        [
            f"{who} is a {c.rng.choice(['marketing consultant', 'personal trainer', 'freelance writer', 'mortgage broker'])} with over {c.rng.randint(5, 25)} years of experience.",
            f"{who} writes about {c.rng.choice(['home improvement', 'personal finance', 'online marketing', 'health and fitness'])}.",
        ]
    )
    sig = f'<div id="sig"><div class="sig-title"><b>About the Author</b></div><p>{bio} For more tips and free resources, visit <a href="http://{site}/" target="_blank" rel="nofollow">http://{site}</a></p></div>'
    stars = c.rng.choice(["4", "4_5", "5", "3_5"])
    popular = "".join(
        f'<li><a href="/?{slug(h)[:40]}&amp;id={c.rng.randint(10**5, 4 * 10**6)}">{esc(h)}</a></li>'
        for h in headlines(c, 5)
    )
    others = "".join(
        f'<li><a href="/?{slug(h)[:40]}&amp;id={c.rng.randint(10**5, 4 * 10**6)}">{esc(h)}</a></li>'
        for h in headlines(c, c.rng.randint(2, 4))
    )
    cat = c.rng.choice(
        "Business Home-and-Family Health-and-Fitness Internet-and-Businesses-Online Self-Improvement Finance".split()
    )
    c.used += "dir-author-line dir-rating dir-stats dir-resource-box dir-article-source dir-submission-box dir-popular dir-other-articles adsense".split()
    html = (
        era_head(
            c,
            "xhtml",
            f"{esc(c.body.title)}",
            f'<meta name="description" content="{sentence(c)}" />\n',
        )
        + f'<body>\n<div id="header"><a href="/"><img src="/images/logo.gif" alt="{name} - Expert Authors, Quality Original Articles" /></a><div id="topnav"><a href="/submit/">Submit Articles</a> | <a href="/members/">Member Login</a> | <a href="/signup/">Become a member</a> | <a href="/help/">Help</a></div>'
        f'<form id="search" action="/search/" method="get"><input type="text" name="q" size="30" /><input type="hidden" name="type" value="all" /><input type="submit" value="Search" /></form></div>\n'
        f'<div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/?cat={cat}">{cat.replace("-", " ")}</a> &gt; <a href="/?cat={cat}:General">General</a></div>\n'
        f'<div id="container"><div id="article-page">\n<h1>{esc(c.body.title)}</h1>\n<div class="author">By <a href="/?expert={expert}">{who}</a> &nbsp; | &nbsp; Submitted On {old_date(c)}</div>\n'
        f'<div class="art-rating"><span>Article Rating:</span> <img src="/images/stars/{stars}.gif" alt="{stars.replace("_", ".")} stars" /> ({c.rng.randint(1, 40)} votes) &nbsp; <span class="rate">Rate This Article: <a href="#">1</a> <a href="#">2</a> <a href="#">3</a> <a href="#">4</a> <a href="#">5</a></span></div>\n'
        f'<div class="article-tools">Article Views: {c.rng.randint(50, 9000):,} &nbsp; Word Count: {len(" ".join(str(v) for _, v in c.body.blocks).split())} &nbsp; Article Comments: 0 &nbsp;|&nbsp; <a href="/print/?id={aid}">Print</a> <a href="/email/?id={aid}">Email</a> <a class="addthis_button" href="http://www.addthis.com/bookmark.php?v=250">Share</a></div>\n'
        f'<div id="article-content"><div id="body">\n{"".join(parts)}</div>\n{sig}\n'
        f'<p class="source">Article Source: <a href="http://{c.site}/?expert={expert}">http://{c.site}/?expert={expert}</a><br />\n<a href="http://{c.site}/?id={aid}">http://{c.site}/?id={aid}</a></p></div>\n'
        f'<div class="ads-bottom"><h4>Sponsored Links</h4>{adsense(c, 468, 60)}</div>\n</div>\n'
        f'<div id="sidebar"><div class="box"><h3>{name} Submission</h3><p>Submit Your Best Quality Original Articles For Massive Exposure, Ezine Publishers Get 25 Free Article Reprints</p><a href="/submit/">Submit Articles</a></div>\n'
        f'<div class="box"><h3>Popular Articles</h3><ol>{popular}</ol></div>\n<div class="box"><h3>Other articles by {who}</h3><ul>{others}</ul></div>\n{iframe_ad(c, 160, 600)}</div></div>\n'
        f'<div id="footer">&copy; 1999-{c.rng.choice(range(2008, 2012))} {name}. All Rights Reserved Worldwide. <a href="/terms/">Terms of Service</a> | <a href="/privacy/">Privacy Policy</a> | <a href="/contact/">Contact Us</a></div>\n</body>\n</html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A MediaWiki article (Monobook skin)


def _anchor(text: str) -> str:
    return slug(text).replace("-", "_").capitalize() or "Section"


def _wiki_ref(c: Ctx, n: int) -> str:
    return f'<sup id="cite_ref-{n - 1}" class="reference"><a href="#cite_note-{n - 1}" title=""><span>[</span>{n}<span>]</span></a></sup>'


def _wiki_section_heading(c: Ctx, n: int, text: str, title: str) -> str:
    return f'<a name="{_anchor(text)}" id="{_anchor(text)}"></a><h2><span class="editsection">[<a href="/w/index.php?title={_anchor(title)}&amp;action=edit&amp;section={n}" title="Edit section: {esc(text)}">edit</a>]</span> <span class="mw-headline">{esc(text)}</span></h2>\n'


def _wiki_thumb(c: Ctx) -> str:
    c.used.append("wiki-thumb")
    f = f"{hexid(c, 6)}.jpg"
    return f'<div class="thumb t{c.rng.choice(["right", "left"])}"><div class="thumbinner" style="width:222px;"><a href="/wiki/File:{f}" class="image" title=""><img alt="" src="/images/thumb/{f[0]}/{f[:2]}/{f}/220px-{f}" width="220" height="165" border="0" class="thumbimage" /></a><div class="thumbcaption"><div class="magnify"><a href="/wiki/File:{f}" class="internal" title="Enlarge"><img src="/skins/common/images/magnify-clip.png" width="15" height="11" alt="" /></a></div>{sentence(c)}</div></div></div>\n'


def fam_mediawiki(c: Ctx) -> tuple[str, list[Block]]:
    """A MediaWiki 1.1x article in Monobook: #siteSub, a hatnote, an infobox, the lead, the
    table of contents (with its toggle script), h2 sections with "[edit]" links and
    mw-headline spans, thumbnails, reference markers, "See also", "References", "External
    links", the parser's limit-report comment, "Retrieved from", the category links and the
    column-one portlets (Views, Personal tools, Navigation, Search, Toolbox)."""
    wiki = f"{brand(c)}Wiki"
    title = c.body.title
    out: list[str] = []
    gold: list[Block] = []
    toc: list[str] = []
    refs: list[str] = []
    section = 0
    seen_heading = False
    for block in c.body.blocks:
        if block[0] == "h":
            if not seen_heading:
                out.append("@@TOC@@")
                seen_heading = True
            section += 1
            toc.append(
                f'<li class="toclevel-1"><a href="#{_anchor(str(block[1]))}"><span class="tocnumber">{section}</span> <span class="toctext">{esc(str(block[1]))}</span></a></li>'
            )
            out.append(_wiki_section_heading(c, section, str(block[1]), title))
            gold.append(block)
            if c.rng.random() < 0.3:
                out.append(_wiki_thumb(c))
            continue
        if block[0] == "p" and c.rng.random() < 0.35:
            n = len(refs) + 1
            refs.append(
                f'<li id="cite_note-{n - 1}"><b><a href="#cite_ref-{n - 1}" title="">^</a></b> {c.rng.choice(PEOPLE)} ({c.rng.choice(range(1995, 2010))}). &quot;{esc(c.pool.headline(c.rng, c.body))}&quot;. <i>{c.rng.choice(["The Times", "Nature", "BBC News", "The Guardian", "Journal of History"])}</i>. Retrieved on {c.rng.choice(range(2006, 2011))}-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}.</li>'
            )
            out.append(f"<p>{esc(str(block[1]))}{_wiki_ref(c, n)}</p>\n")
            gold.append(("p", f"{block[1]}[{n}]"))
            continue
        h, g = old_body(c, [block], "p")
        out += h
        gold += g
    toc_html = f'<table id="toc" class="toc" summary="Contents"><tr><td><div id="toctitle"><h2>Contents</h2> <span class="toctoggle">[<a id="togglelink" class="internal" href="javascript:toggleToc()">hide</a>]</span></div>\n<ul>\n{"".join(toc)}\n</ul>\n</td></tr></table><script type="text/javascript">\n if (window.showTocToggle) {{ var tocShowText = "show"; var tocHideText = "hide"; showTocToggle(); }} \n</script>\n'
    body = "".join(toc_html if o == "@@TOC@@" else o for o in out)
    tail = ""
    n = section
    if c.rng.random() < 0.6:
        n += 1
        c.used.append("wiki-see-also")
        tail += (
            _wiki_section_heading(c, n, "See also", title)
            + "<ul>"
            + "".join(
                f'<li><a href="/wiki/{_anchor(h)}" title="{esc(h)}">{esc(h)}</a></li>'
                for h in headlines(c, c.rng.randint(2, 4))
            )
            + "</ul>\n"
        )
    if refs:
        n += 1
        c.used.append("wiki-references")
        tail += (
            _wiki_section_heading(c, n, "References", title)
            + f'<div class="references-small"><ol class="references">{"".join(refs)}</ol></div>\n'
        )
    n += 1
    tail += (
        _wiki_section_heading(c, n, "External links", title)
        + f'<ul><li><a href="http://www.{slug(title)[:20]}.example.org/" class="external text" title="http://www.{slug(title)[:20]}.example.org/" rel="nofollow">Official website</a></li></ul>\n'
    )
    hat = (
        f'<div class="dablink">For other uses, see <a href="/wiki/{_anchor(title)}_(disambiguation)" title="{esc(title)} (disambiguation)">{esc(title)} (disambiguation)</a>.</div>\n'
        if c.rng.random() < 0.3
        else ""
    )
    infobox = ""
    if c.rng.random() < 0.4:
        c.used.append("wiki-infobox")
        rows = "".join(
            f'<tr><th scope="row" style="text-align:left;">{k}</th><td>{v}</td></tr>'
            for k, v in (
                ("Type", c.rng.choice(["Event", "Organisation", "Place", "Person"])),
                ("Founded", str(c.rng.choice(range(1850, 2005)))),
                ("Location", c.rng.choice(["London", "Ohio", "Lyon", "Osaka"])),
                ("Website", f"{slug(title)[:12]}.example.org"),
            )
        )
        infobox = f'<table class="infobox" cellspacing="5" style="width: 22em; text-align: left; font-size: 88%; line-height: 1.5em;"><tr><th colspan="2" style="text-align: center; font-size: 125%;">{esc(title)}</th></tr>{rows}</table>\n'
    cats = " | ".join(
        f'<span dir="ltr"><a href="/wiki/Category:{_anchor(w)}" title="Category:{w}">{w}</a></span>'
        for w in c.rng.sample(
            "History Politics Technology Culture Economics Media Science Society".split(),
            c.rng.randint(2, 4),
        )
    )
    portlet = "".join(
        f'<li id="n-{slug(w)}"><a href="/wiki/{_anchor(w)}">{w}</a></li>'
        for w in (
            "Main Page",
            "Community portal",
            "Current events",
            "Recent changes",
            "Random page",
            "Help",
            "Donations",
        )
    )
    tools = "".join(
        f'<li id="t-{slug(w)}"><a href="/wiki/Special:{_anchor(w)}">{w}</a></li>'
        for w in (
            "What links here",
            "Related changes",
            "Upload file",
            "Special pages",
            "Printable version",
            "Permanent link",
        )
    )
    c.used += "wiki-sitesub wiki-toc wiki-edit-links wiki-external-links wiki-limit-report wiki-retrieved-from wiki-catlinks wiki-portlets wiki-footer".split()
    if hat:
        c.used.append("wiki-hatnote")
    page = _anchor(title)
    html = (
        era_head(
            c,
            "strict",
            f"{esc(title)} - {wiki}",
            '<link rel="search" type="application/opensearchdescription+xml" href="/w/opensearch_desc.php" title="Wiki (en)" />\n<script type="text/javascript">var skin = "monobook"; var wgArticlePath = "/wiki/$1"; var wgNamespaceNumber = 0;</script>\n<script type="text/javascript" src="/skins/common/wikibits.js?207"></script>\n',
        )
        + f'<body class="mediawiki ltr ns-0 ns-subject page-{page} skin-monobook">\n<div id="globalWrapper">\n<div id="column-content">\n<div id="content">\n<a name="top" id="top"></a>\n<div id="siteNotice"></div>\n'
        f'<h1 id="firstHeading" class="firstHeading">{esc(title)}</h1>\n<div id="bodyContent">\n<h3 id="siteSub">From {wiki}</h3>\n<div id="contentSub"></div>\n'
        f'<div id="jump-to-nav">Jump to: <a href="#column-one">navigation</a>, <a href="#searchInput">search</a></div>\n<!-- start content -->\n{hat}{infobox}{body}{tail}'
        f"<!-- \nNewPP limit report\nPreprocessor node count: {c.rng.randint(100, 9000)}/1000000\nPost-expand include size: {c.rng.randint(1000, 90000)}/2048000 bytes\nTemplate argument size: {c.rng.randint(100, 9000)}/2048000 bytes\nExpensive parser function count: 0/500\n-->\n"
        f'<div class="printfooter">\nRetrieved from "<a href="http://{c.site}/wiki/{page}">http://{c.site}/wiki/{page}</a>"</div>\n'
        f'<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:&#32;{cats}</div></div>\n<!-- end content -->\n<div class="visualClear"></div>\n</div>\n</div>\n</div>\n'
        f'<div id="column-one">\n<div id="p-cactions" class="portlet"><h5>Views</h5><div class="pBody"><ul><li id="ca-nstab-main" class="selected"><a href="/wiki/{page}" title="View the content page [c]" accesskey="c">Article</a></li><li id="ca-talk"><a href="/wiki/Talk:{page}" title="Discussion about the content page [t]" accesskey="t">Discussion</a></li><li id="ca-edit"><a href="/w/index.php?title={page}&amp;action=edit" title="You can edit this page. Please use the preview button before saving. [e]" accesskey="e">Edit this page</a></li><li id="ca-history"><a href="/w/index.php?title={page}&amp;action=history" title="Past versions of this page [h]" accesskey="h">History</a></li></ul></div></div>\n'
        f'<div class="portlet" id="p-personal"><h5>Personal tools</h5><div class="pBody"><ul><li id="pt-login"><a href="/w/index.php?title=Special:UserLogin&amp;returnto={page}" title="You are encouraged to log in; however, it is not mandatory. [o]" accesskey="o">Log in / create account</a></li></ul></div></div>\n'
        f'<div class="portlet" id="p-logo"><a style="background-image: url(/skins/common/images/wiki.png);" href="/wiki/Main_Page" title="Visit the main page [z]" accesskey="z"></a></div>\n<script type="text/javascript"> if (window.isMSIE55) fixalpha(); </script>\n'
        f'<div class="generated-sidebar portlet" id="p-navigation"><h5>Navigation</h5><div class="pBody"><ul>{portlet}</ul></div></div>\n'
        f'<div id="p-search" class="portlet"><h5><label for="searchInput">Search</label></h5><div id="searchBody" class="pBody"><form action="/w/index.php" id="searchform"><div><input type="hidden" name="title" value="Special:Search"/><input id="searchInput" name="search" type="text" title="Search {wiki} [f]" accesskey="f" value="" /><input type="submit" name="go" class="searchButton" id="searchGoButton" value="Go" title="Go to a page with this exact name if exists" />&nbsp;<input type="submit" name="fulltext" class="searchButton" id="mw-searchButton" value="Search" title="Search the pages for this text" /></div></form></div></div>\n'
        f'<div class="portlet" id="p-tb"><h5>Toolbox</h5><div class="pBody"><ul>{tools}</ul></div></div>\n</div>\n<div class="visualClear"></div>\n'
        f'<div id="footer"><div id="f-poweredbyico"><a href="http://www.mediawiki.org/"><img src="/skins/common/images/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" /></a></div><ul id="f-list"><li id="lastmod"> This page was last modified on {old_date(c)}, at {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}.</li><li id="viewcount">This page has been accessed {c.rng.randint(100, 99999):,} times.</li><li id="privacy"><a href="/wiki/{wiki}:Privacy_policy">Privacy policy</a></li><li id="about"><a href="/wiki/{wiki}:About">About {wiki}</a></li><li id="disclaimer"><a href="/wiki/{wiki}:General_disclaimer">Disclaimers</a></li></ul></div>\n'
        f'</div>\n<script type="text/javascript">if (window.runOnloadHook) runOnloadHook();</script>\n<!-- Served in 0.{c.rng.randint(10, 999)} secs. -->\n</body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A 2008 news portal story (CNN-like)

_PORTAL_CITIES = "WASHINGTON|ATLANTA, Georgia|LONDON, England|NEW YORK|LOS ANGELES, California|BAGHDAD, Iraq|CHICAGO, Illinois".split(
    "|"
)


def _highlights(c: Ctx) -> str:
    """Story highlights: short restatements of some of the story's own sentences."""
    paras = [str(v) for k, v in c.body.blocks if k == "p"]
    firsts = [p.split(". ")[0].rstrip(".") for p in paras]
    short = [f for f in firsts if 5 <= len(f.split()) <= 22] or [
        " ".join(f.split()[:14]) for f in firsts
    ]
    picks = c.rng.sample(short, min(len(short), c.rng.randint(3, 4)))
    items = "".join(f"<li>{esc(f)}</li>" for f in picks)
    return f'<div class="cnnStoryHighlights"><h2>STORY HIGHLIGHTS</h2><ul>{items}</ul></div>\n'


def _portal_inline(c: Ctx, net: str) -> str:
    kind = c.rng.choice(["related", "watch", "photos", "dontmiss"])
    c.used.append(f"portal-{kind}")
    h = esc(c.pool.headline(c.rng, c.body))
    if kind == "related":
        return f'<p><b>RELATED: </b><a href="/{c.rng.choice(range(2007, 2010))}/WORLD/{slug(h)[:30]}/index.html">{h}</a></p>\n'
    if kind == "watch":
        return f'<p><a href="/video/#/video/world/{slug(h)[:30]}"><b>Watch</b> {c.rng.choice(["how the story unfolded", "reaction from the scene", net + " report on the latest", "the interview"])} &#187;</a></p>\n'
    if kind == "photos":
        return f'<p><a href="/{c.rng.choice(range(2007, 2010))}/gallery/{slug(h)[:20]}/index.html"><b>See photos</b> of {c.rng.choice(["the scene", "the aftermath", "the event", "the crowds"])} &#187;</a></p>\n'
    items = "".join(
        f'<li><a href="/{slug(x)[:30]}/index.html">{esc(x)}</a></li>' for x in headlines(c, 3)
    )
    return f'<div class="cnnStoryElementBox"><h4>Don\'t Miss</h4><ul>{items}</ul></div>\n'


def fam_portal_2008(c: Ctx) -> tuple[str, list[Block]]:
    """A big news portal's story of 2008 (CNN- or MSNBC-like): "STORY HIGHLIGHTS" bullets, the
    photo with caption, "By X / XNN", the "(XNN) --" dateline, "RELATED:", "Watch: ... »" and
    "See photos ... »" lines and a "Don't Miss" box between paragraphs, "XNN's X contributed to
    this report.", "E-mail to a friend | Mixx it | Share", "All About" topic links and the
    right rail (ad iframe, "Most Popular", sponsored links)."""
    net = c.rng.choice(["CNN", "GNN", "WNN", "UBN", "KNN"])
    where = c.rng.choice(["", *_PORTAL_CITIES])
    first = f"{where} ({net}) -- " if where else f"({net}) -- "
    blocks = [("p", first + str(c.body.blocks[0][1])), *c.body.blocks[1:]]
    parts, gold = old_body(c, blocks, "p")
    out = parts[:1] + insert_at(c, parts[1:], c.rng.randint(1, 3), lambda: _portal_inline(c, net))
    if c.rng.random() < 0.5:
        c.used.append("portal-contributed")
        out.append(f"<p><i>{net}'s {c.rng.choice(PEOPLE)} contributed to this report.</i></p>\n")
    who = c.rng.choice(PEOPLE)
    topics = " &#8226; ".join(
        f'<a href="/topics/{slug(t)}/">{esc(t)}</a>'
        for t in c.rng.sample(
            "Barack Obama|Iraq|Economy|Afghanistan|Climate Change|U.S. Congress|Gas Prices|Hurricanes|Olympic Games".split(
                "|"
            ),
            c.rng.randint(1, 3),
        )
    )
    popular = "".join(
        f'<li><a href="/{slug(h)[:30]}/index.html">{esc(h)}</a></li>' for h in headlines(c, 6)
    )
    tools = f'<div class="cnnStoryTools"><a href="javascript:cnnEmailStory()">E-mail to a friend</a> | <a href="http://www.mixx.com/submit?page_url=http://{c.site}/">Mixx it</a> | <a href="#" onclick="cnnShare()">Share</a> | <a href="javascript:cnnPrint()">Print</a></div>'
    photo = (
        f'<div class="cnnStoryPhotoBox"><img src="http://i.{c.site}/{c.rng.choice(range(2007, 2010))}/WORLD/{hexid(c, 6)}.jpg" width="292" height="219" alt="" border="0"><p class="cnnStoryPhotoCaption">{sentence(c)}</p></div>\n'
        if c.rng.random() < 0.7
        else ""
    )
    year = c.rng.choice([2007, 2008, 2008, 2009])
    nav = " | ".join(
        f'<a href="/{slug(w)}/">{w}</a>'
        for w in (
            "Home",
            "World",
            "U.S.",
            "Weather",
            "Business",
            "Sports",
            "Politics",
            "Law",
            "Tech",
            "Science",
            "Health",
            "Entertainment",
            "Offbeat",
            "Travel",
            "Education",
            "Video",
            "iReport",
        )
    )
    c.used += "portal-highlights portal-byline portal-dateline portal-tools portal-all-about portal-most-popular portal-nav portal-footer".split()
    html = (
        era_head(
            c,
            "html4",
            f"{net}.com - {esc(c.body.title)} - {stamp(c)}",
            '<meta name="section" content="world">\n<script src="http://i.cdn.example/cnn/.element/js/2.0/csiManager.js" type="text/javascript"></script>\n',
        )
        + f'<body id="cnnMainPage">\n<a name="top_of_page"></a>\n<div id="cnnHeader"><div class="cnnAd728">{dw_ad(c, "728x90")}</div>\n<a href="/"><img src="/.element/img/2.0/global/header/intl/hdr-globe-central.gif" width="{c.rng.randint(100, 130)}" height="52" alt="{net}.com" border="0"></a>\n'
        f'<form action="http://search.{c.site}/search" method="get" name="cnnHeadSearch"><input type="hidden" name="sites" value="{net.lower()}"><input type="text" name="query" size="20"> <input type="radio" name="type" value="web" checked>Web <input type="radio" name="type" value="news">{net}.com <input type="image" src="/.element/img/2.0/search/btn_search.gif" alt="Search"></form>\n<div id="cnnNavBar">{nav}</div></div>\n'
        f'<div id="cnnContentContainer"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td valign="top" id="cnnSCContentColumn">\n'
        f'<div class="cnnStoryContent"><p class="cnnUpdated">updated {c.rng.randint(1, 11)}:{c.rng.randint(10, 59)} {c.rng.choice(["a.m.", "p.m."])} EDT, {stamp(c).replace(",", "", 1)}</p>\n<h1>{esc(c.body.title)}</h1>\n'
        f'{_highlights(c)}{photo}<p class="cnnAttribution">By <a href="/profiles/{slug(who)}/">{who}</a><br />{net}</p>\n'
        f"<!--startclickprintinclude-->\n{''.join(out)}<!--endclickprintinclude-->\n{tools}\n"
        f'<div class="cnnAllAbout">All About {topics}</div>\n</div></td>\n'
        f'<td valign="top" width="336" id="cnnSCRightColumn"><div class="cnnAdvertisement">ADVERTISEMENT<br>{iframe_ad(c, 336, 280)}</div>\n<div class="cnnMostPopular"><h4>Most Popular</h4><ul class="cnnTabs"><li>Stories</li><li>Searches</li><li>Videos</li></ul><ol>{popular}</ol></div>\n'
        f'<div class="cnnSponsored"><h4>Sponsored Links</h4>{adsense(c, 300, 250)}</div></td></tr></table></div>\n'
        f'<div id="cnnFooter"><div class="cnnFootNav">{nav}</div><p>&copy; {year} Cable News Network LP, LLLP. A Time Warner Company. All Rights Reserved.<br><a href="/interactive_legal.html">Terms</a> under which this service is provided to you. Read our <a href="/privacy.html">privacy guidelines</a>. <a href="/feedback/">Contact us</a>.</p></div>\n'
        f'<img src="http://{net.lower()}.112.2o7.net/b/ss/{net.lower()}dev/1/H.1--NS/0" height="1" width="1" border="0" alt="" />\n</body>\n</html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind); the scarce kinds are drawn first
    "mediawiki": (fam_mediawiki, "headed"),
    "slashdot": (fam_slashdot, "tech"),
    "magazine-2008": (fam_magazine_2008, "entertainment"),
    "wire-release": (fam_wire_release, "business"),
    "portal-2008": (fam_portal_2008, "news"),
    "table-paper": (fam_table_paper, "ecb"),
    "print-page": (fam_print_page, "ecb"),
    "aspnet-news": (fam_aspnet, "lede"),
    "blogger-minima": (fam_blogger_minima, "blog"),
    "drupal6": (fam_drupal6, "blog"),
    "mailman": (fam_mailman, "blog"),
    "article-directory": (fam_article_directory, "blog"),
}


def _own_head(family: str) -> Callable[[str, str], str]:
    """Set H's pages write their own era doctype and head: the shared modern head is dropped."""
    return lambda head, url: ""


def build_pages(per_family: int = 16, seed: int = 701) -> list[Page]:
    """Set H: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "entertainment", "tech")
    # one body per opening: a feed's release notes can share their first sentences
    headed = unique_bodies(headed_bodies())
    kinds["headed"] = list({gold_text(b.blocks)[:80]: b for b in headed}.values())
    return draw_set(
        "h", seed, per_family, FAMILIES, kinds, pool, "example.net", key=text_key, amend=_own_head
    )


if __name__ == "__main__":  # page_families_h.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 701)

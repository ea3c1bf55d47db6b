"""Set Q of the constructed pages: families of page structures that people follow by feed
(communities, aggregators, video and chat platforms, code hosts) and that sets A-P lack. Six
are here (a Hacker-News-like item page with a text post, a Quora-like answer page, a
YouTube-like watch page's description, a Telegram channel's web preview, a Stack-Exchange-like
question page, a GitLab-like issue page); page_families_q.py holds the other six and
`build_pages`.

Why a seventeenth set: sets A-P have all been seen by the extractor's builders, so the next
held-out judge needs structures it has not been checked on. Written in session 12 (helper
h-setq) without reading digest's extraction code, notes, docs, README, tests or any helper's
report, and frozen (committed) before anyone ran digest on it; its builder never ran digest,
trafilatura, readability or bench_pages on it. The plumbing (Ctx, Page, draw_set, body_kinds,
render) is that of sets D-P, imported.

The gold follows sets D-P (page_templates_d.py's to _p.py's docstrings): body paragraphs,
subheadings, lists, tables, quotes, code blocks; never the headline, standfirst, byline,
captions, comments or furniture. On these platforms the post, the answers and the comments
share one markup, so the gold is the one text the page's URL names. Several platforms have no
subheadings or lists in a post (Hacker News, YouTube, Telegram): there only the body's
paragraphs are used, in the HTML and in the gold alike (`paras`). Decisions for this module's
families, written down before the families were coded:
- a Hacker-News-like item page ("Ask HN" / "Show HN" / a text post): the post's text
  (`div.toptext`, the first paragraph bare, the next ones opened by `<p>`, as HN writes them)
  is article; the orange header bar, the vote arrow, the title, the "N points by X N hours ago
  | hide | past | favorite | N comments" subline, the "add comment" form, the comment tree
  (each `div.commtext`, written in the same bare-then-`<p>` way, some 3-4 sentences long), the
  "reply" links and the footer (Guidelines, FAQ, Lists, API, search) are not;
- a Quora-like answer page (`/What-is-X/answer/Name`): the answer the URL names, first on the
  page, is article (paragraphs in `p.q-text`, subheadings as bold paragraphs, lists); the
  question title, the "Answered by / credential / date" line, the "N views · View upvotes"
  line, the upvote / share bar, the "Related questions" and "Sponsored by" boxes, the other
  answers below it ("More answers below", in the same `q-box` markup, 1-2 paragraphs each)
  and the footer are not;
- a YouTube-like watch page (server-rendered, `ytd-*` elements): the description's paragraphs
  (`yt-attributed-string` spans separated by blank lines turned into `<br><br>`) are article;
  the player, the title, the channel row (subscribers, Subscribe, Join), the like / share
  buttons, the "N views  N days ago  #hashtags" line, the chapters list (timestamps with
  titles), "Transcript", the comments (`#content-text`), the "Up next" list of video titles
  with channels and views, and the masthead and guide are not;
- a Telegram channel's web preview (`t.me/s/channel`): the feed item is one message; the page
  shows the channel's recent messages in the same `tgme_widget_message_text` markup, and the
  message the URL names (`data-post`, its paragraphs joined by `<br><br>`) is article, but
  not the bold first line that repeats the title on some pages; the channel header (title, subscribers, description), the other messages (1-3 sentences each,
  some forwarded, some with link previews whose site name, title and description are not
  article), the views and dates, "Load more" and the "Preview channel / Join" bar are not;
- a Stack-Exchange-like question page (a site's question feed): the question's body
  (`div.s-prose.js-post-body` of `div.question`) is article, with its lists and code; the
  site header, the title, "Asked / Modified / Viewed", the vote cell, the tags, the user
  cards, the comments under the question and under answers ("comment-copy"), the answers
  (each in the same `s-prose` markup, 1-2 paragraphs), "Your Answer", the sidebar (The Overflow
  Blog, Featured on Meta, Linked, Related, Hot Network Questions) and the footer are not;
- a GitLab-like issue page (a project's issues feed): the issue description (`div.description
  div.md`, paragraphs, subheadings with anchor links, task lists whose item text is article
  but not the checkboxes, code) is article; the project sidebar, the breadcrumbs, the "Open"
  badge, "Issue created N days ago by X", the title, the award emoji bar, the "Related
  issues" and "Linked merge requests" boxes, the activity list (system notes such as "added
  ~bug label" and comments in `div.note-text.md`, the same markup as the description), the
  comment form and the right sidebar (assignee, labels, milestone, due date, time tracking,
  participants) are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from typing import cast

from page_templates import PEOPLE, Block, Ctx, esc, slug
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence
from page_templates_j import iso, links
from page_templates_l import day, render
from page_templates_p import as_list

FamilyOut = tuple[str, list[Block]]


def pick(c: Ctx, *options: str) -> str:
    return c.rng.choice(list(options))


def user(c: Ctx) -> str:
    first, last = c.rng.choice(PEOPLE).split()[:2]
    return pick(
        c,
        f"{first.lower()}{c.rng.randint(2, 99)}",
        f"{first[0].lower()}{last.lower()}",
        f"{last.lower()}_{first.lower()}",
    )


def paras(blocks: list[Block]) -> list[Block]:
    """Only the paragraphs: the platforms with plain-text posts have no headings or lists."""
    return [b for b in blocks if b[0] == "p"]


def items(value: object) -> list[str]:
    """A list block's items as strings."""
    return [str(v) for v in cast(list[object], value)]


def count(c: Ctx, lo: int, hi: int) -> str:
    n = c.rng.randint(lo, hi)
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


# ---------------------------------------------------------------------------------------------
# 1. A Hacker-News-like item page


def _hn_text(texts: list[str]) -> str:
    return texts[0] + "".join(f"<p>{t}" for t in texts[1:])


def _hn_comment(c: Ctx, indent: int) -> str:
    c.used.append("hn-comment")
    cid = c.rng.randint(40000000, 42000000)
    texts = [sentence(c, c.rng.randint(1, 4)) for _ in range(c.rng.randint(1, 3))]
    return (
        f'<tr class="athing comtr" id="{cid}"><td><table border="0"><tr><td class="ind" indent="{indent}"><img src="s.gif" height="1" width="{indent * 40}"></td>'
        f'<td valign="top" class="votelinks"><center><a id="up_{cid}" href="vote?id={cid}&amp;how=up&amp;goto=item"><div class="votearrow" title="upvote"></div></a></center></td>'
        f'<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id={user(c)}" class="hnuser">{user(c)}</a> <span class="age" title="{iso(c)}"><a href="item?id={cid}">{c.rng.randint(1, 23)} hours ago</a></span> <span id="unv_{cid}"></span><span class="navs"> | <a href="#{cid + 7}" class="clicky">next</a> <a class="togg clicky" id="{cid}" n="{c.rng.randint(1, 9)}" href="javascript:void(0)">[–]</a></span></span></div><br>'
        f'<div class="comment"><div class="commtext c00">{_hn_text(texts)}</div><div class="reply"><p><font size="1"><u><a href="reply?id={cid}&amp;goto=item">reply</a></u></font></p></div></div></td></tr></table></td></tr>'
    )


def fam_hn_item(c: Ctx) -> FamilyOut:
    """A Hacker-News-like item page: table layout, bare-then-<p> text, the comment tree."""
    gold = paras(c.body.blocks)
    text = _hn_text([esc(str(v)) for _, v in gold])
    iid = c.rng.randint(40000000, 42000000)
    title = f"{pick(c, 'Ask HN: ', 'Show HN: ', 'Tell HN: ', '')}{esc(c.body.title)}"
    tree = "".join(_hn_comment(c, d) for d in [0, 1, 2, 0, 1, 0, 0, 1][: c.rng.randint(3, 8)])
    n = c.rng.randint(10, 600)
    c.used += "hn-header hn-vote hn-title hn-subline hn-form hn-footer".split()
    html = (
        f'<body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef"><tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a href="https://news.{c.site}"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td>'
        f'<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">{brand(c)} News</a></b><a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a> | <a href="show">show</a> | <a href="jobs">jobs</a> | <a href="submit" rel="nofollow">submit</a></span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D{iid}">login</a></span></td></tr></table></td></tr>'
        f'<tr id="pagespace" title="{title}" style="height:10px"></tr><tr><td><table class="fatitem" border="0"><tr class="athing submission" id="{iid}"><td align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top" class="votelinks"><center><a id="up_{iid}" href="vote?id={iid}&amp;how=up&amp;goto=item%3Fid%3D{iid}"><div class="votearrow" title="upvote"></div></a></center></td><td class="title"><span class="titleline"><a href="item?id={iid}">{title}</a></span></td></tr>'
        f'<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_{iid}">{c.rng.randint(5, 900)} points</span> by <a href="user?id={user(c)}" class="hnuser">{user(c)}</a> <span class="age" title="{iso(c)}"><a href="item?id={iid}">{c.rng.randint(1, 23)} hours ago</a></span> <span id="unv_{iid}"></span> | <a href="hide?id={iid}&amp;goto=item%3Fid%3D{iid}">hide</a> | <a href="https://hn.algolia.com/?query={slug(c.body.title)[:30]}&amp;type=story" class="hnpast">past</a> | <a href="fave?id={iid}&amp;auth=x">favorite</a> | <a href="item?id={iid}">{n}&nbsp;comments</a></span></td></tr>'
        f'<tr><td colspan="2"></td><td><div class="toptext">{text}</div></td></tr><tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="{iid}"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br><br>'
        f'<table border="0" class="comment-tree">{tree}</table><br><br></td></tr>'
        f'<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br><center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | <a href="lists">Lists</a> | <a href="https://github.com/HackerNews/API">API</a> | <a href="security.html">Security</a> | <a href="/legal">Legal</a> | <a href="/apply">Apply to YC</a> | <a href="mailto:hn@{c.site}">Contact</a></span><br><br><form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off" autocomplete="off"></form></center></td></tr></table></center></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 2. A Quora-like answer page

_QP = '<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start" style="direction:ltr">'


def _q_box(inner: str, cls: str = "") -> str:
    return f'<div class="q-box {cls}">{inner}</div>'


def _quora_answer(c: Ctx, body: str, who: str) -> str:
    return _q_box(
        _q_box(
            f'<div class="q-flex qu-alignItems--center"><a class="q-box qu-cursor--pointer" href="/profile/{slug(who)}"><img class="q-image qu-borderRadius--circle" src="https://qph.cf2.quoracdn.net/main-thumb-{c.rng.randint(10**8, 10**9)}-50.jpeg" alt="Profile photo for {who}"></a><div class="q-text qu-dynamicFontSize--small"><span class="q-text qu-bold"><a href="/profile/{slug(who)}">{who}</a></span> · <span class="q-text qu-color--gray">{pick(c, "Former analyst", "Studied at University of Leeds", "Lives in Toronto", "Author has 2.1K answers", "Engineer at a logistics firm")}</span><br><a class="answer_timestamp" href="#">{pick(c, "Answered ", "Updated ")}{day(c)}</a></div></div>'
        )
        + _q_box(
            f'<div class="q-text"><span class="q-box qu-userSelect--text">{body}</span></div>',
            "spacing_log_answer_content puppeteer_test_answer_content",
        )
        + f'<div class="q-text qu-color--gray qu-dynamicFontSize--small">{count(c, 200, 90000)} views · <a href="#">View upvotes</a></div>'
        + f'<div class="q-flex qu-justifyContent--space-between" role="toolbar"><button class="q-click-wrapper" aria-label="Upvote">Upvote · {count(c, 2, 4000)}</button><button class="q-click-wrapper" aria-label="Comment">{c.rng.randint(0, 80)}</button><button class="q-click-wrapper" aria-label="Share">{c.rng.randint(0, 40)}</button></div>',
        "dom_annotate_question_answer_item_0 qu-borderBottom qu-pt--medium",
    )


def fam_quora_answer(c: Ctx) -> FamilyOut:
    """A Quora-like answer page: the named answer first, then more answers in the same markup."""
    blocks = as_list(c, c.body.blocks, "ul", 0.4)
    parts, gold = render(c, blocks, lambda t: f"{_QP}<b>{esc(t)}</b></p>", _QP)
    question = f"{pick(c, 'What do you think about ', 'Why is ', 'How will ', 'Is it true that ')}{esc(c.body.title.rstrip('?.'))}?"
    main = _quora_answer(c, "".join(parts), c.rng.choice(PEOPLE))
    c.used += "quora-header quora-question quora-credential quora-views quora-upvote quora-related quora-sponsored quora-more-answers quora-footer".split()
    more = "".join(
        _quora_answer(
            c,
            "".join(
                f"{_QP}{sentence(c, c.rng.randint(2, 3))}</p>" for _ in range(c.rng.randint(1, 2))
            ),
            c.rng.choice(PEOPLE),
        )
        for _ in range(c.rng.randint(2, 4))
    )
    related = "".join(
        f'<div class="q-box qu-borderBottom"><a class="q-box qu-cursor--pointer" href="/{slug(h)[:50]}"><span class="q-text qu-dynamicFontSize--regular">{esc(h)}?</span></a></div>'
        for h in headlines(c, c.rng.randint(4, 8))
    )
    ad = f'<div class="q-box qu-bg--raised"><div class="q-text qu-color--gray">Sponsored by {brand(c)} Labs</div><div class="q-text qu-bold">{sentence(c)}</div><div class="q-text">{sentence(c, 2)}</div><a class="q-click-wrapper" href="https://ads.{c.site}/">Learn more</a></div>'
    below = _q_box('<div class="q-text qu-bold">More answers below</div>' + more, "qu-mt--small")
    html = (
        f'<body class="q-platform--desktop"><div id="root"><div class="q-box qu-bg--white qu-borderBottom"><div class="q-flex qu-alignItems--center"><a class="q-box" href="/" aria-label="Home">Quora</a><nav class="q-flex"><a href="/">Home</a><a href="/following">Following</a><a href="/answer">Answer</a><a href="/spaces">Spaces</a><a href="/notifications">Notifications</a></nav><input class="q-input" placeholder="Search Quora"><button class="q-click-wrapper">Add question</button></div></div>'
        f'<div class="q-box qu-display--flex"><main class="q-box qu-flex--auto"><div class="q-box qu-borderAll qu-bg--raised"><div class="q-text puppeteer_test_question_title"><span class="q-box qu-userSelect--text"><span>{question}</span></span></div>'
        f'<div class="q-flex"><button class="q-click-wrapper">Answer</button><button class="q-click-wrapper">Follow · {c.rng.randint(1, 900)}</button><button class="q-click-wrapper">Request</button></div></div>'
        f'<div class="q-box">{main}</div>{below}</main>'
        f'<aside class="q-box qu-ml--medium"><div class="q-box qu-borderAll"><div class="q-text qu-bold">Related questions</div>{related}</div>{ad}</aside></div>'
        f'<div class="q-box qu-color--gray"><a href="/about">About</a> · <a href="/careers">Careers</a> · <a href="/about/privacy">Privacy</a> · <a href="/about/tos">Terms</a> · <a href="/contact">Contact</a> · <a href="/press">Press</a> · Your Ad Choices</div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. A YouTube-like watch page's description


def _yt_comment(c: Ctx) -> str:
    c.used.append("yt-comment")
    who = user(c)
    return f'<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer"><ytd-comment-view-model id="comment" class="style-scope ytd-comment-thread-renderer"><div id="author-thumbnail"><img src="https://yt3.ggpht.com/{hexid(c, 16)}=s88" alt=""></div><div id="main"><div id="header-author"><a id="author-text" href="/@{who}"><span>@{who}</span></a><span id="published-time-text"><a href="#">{c.rng.randint(1, 11)} {pick(c, "days", "weeks", "months")} ago</a></span></div><ytd-expander id="expander"><div id="content"><yt-attributed-string id="content-text" class="style-scope ytd-comment-view-model"><span class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap" role="text">{sentence(c, c.rng.randint(1, 3))}</span></yt-attributed-string></div></ytd-expander><div id="toolbar"><span id="vote-count-middle">{count(c, 0, 5000)}</span><button aria-label="Reply">Reply</button></div></div></ytd-comment-view-model></ytd-comment-thread-renderer>'


def _yt_next(c: Ctx, title: str) -> str:
    return f'<ytd-compact-video-renderer class="style-scope ytd-item-section-renderer"><div id="dismissible"><ytd-thumbnail><a id="thumbnail" href="/watch?v={hexid(c, 11)}"><img src="https://i.ytimg.com/vi/{hexid(c, 11)}/hqdefault.jpg" alt=""><span class="ytd-thumbnail-overlay-time-status-renderer">{c.rng.randint(1, 59)}:{c.rng.randint(0, 59):02d}</span></a></ytd-thumbnail><div class="details"><a id="video-title-link" href="/watch?v={hexid(c, 11)}"><span id="video-title" class="style-scope ytd-compact-video-renderer">{esc(title)}</span></a><ytd-channel-name><yt-formatted-string id="text">{brand(c)} {pick(c, "News", "TV", "Explained", "Live")}</yt-formatted-string></ytd-channel-name><div id="metadata-line"><span class="inline-metadata-item">{count(c, 900, 9000)} views</span><span class="inline-metadata-item">{c.rng.randint(1, 11)} months ago</span></div></div></div></ytd-compact-video-renderer>'


def fam_youtube(c: Ctx) -> FamilyOut:
    """A YouTube-like watch page: the description spans, chapters, comments, "Up next"."""
    gold = paras(c.body.blocks)
    desc = "<br><br>".join(esc(str(v)) for _, v in gold)
    channel = f"{brand(c)} {pick(c, 'News', 'Explained', 'Daily', 'Report', 'Channel')}"
    vid = hexid(c, 11)
    tags = " ".join(
        f'<a href="/hashtag/{t}">#{t}</a>'
        for t in c.rng.sample(
            ["news", "explained", "uk", "politics", "economy", "science", "live", "report"], 3
        )
    )
    chapters = "".join(
        f'<ytd-macro-markers-list-item-renderer><a id="endpoint" href="/watch?v={vid}&amp;t={c.rng.randint(10, 900)}s"><h4 class="macro-markers">{esc(h[:60])}</h4><div id="time">{c.rng.randint(0, 14)}:{c.rng.randint(0, 59):02d}</div></a></ytd-macro-markers-list-item-renderer>'
        for h in headlines(c, c.rng.randint(3, 6))
    )
    comments = "".join(_yt_comment(c) for _ in range(c.rng.randint(3, 8)))
    upnext = "".join(_yt_next(c, h) for h in headlines(c, c.rng.randint(5, 10)))
    c.used += "yt-masthead yt-guide yt-player yt-title yt-owner yt-actions yt-info yt-chapters yt-transcript yt-upnext".split()
    html = (
        f'<body dir="ltr"><ytd-app><div id="masthead-container"><ytd-masthead id="masthead"><div id="start"><a id="logo" href="/" title="YouTube Home">YouTube</a></div><div id="center"><form id="search-form" action="/results"><input id="search" name="search_query" placeholder="Search"></form></div><div id="end"><a href="/signin">Sign in</a></div></ytd-masthead></div>'
        f'<tp-yt-app-drawer id="guide"><ytd-guide-renderer><a href="/">Home</a><a href="/shorts">Shorts</a><a href="/feed/subscriptions">Subscriptions</a><a href="/feed/you">You</a></ytd-guide-renderer></tp-yt-app-drawer>'
        f'<ytd-page-manager id="page-manager"><ytd-watch-flexy class="style-scope ytd-page-manager" video-id="{vid}"><div id="columns"><div id="primary"><div id="player"><div class="html5-video-player"><video class="video-stream html5-main-video" src="blob:https://www.{c.site}/{hexid(c, 8)}"></video><div class="ytp-chrome-bottom"><button class="ytp-play-button" aria-label="Play (k)"></button><span class="ytp-time-current">0:00</span> / <span class="ytp-time-duration">{c.rng.randint(2, 40)}:{c.rng.randint(0, 59):02d}</span></div></div></div>'
        f'<div id="below"><ytd-watch-metadata class="watch-active-metadata"><div id="title"><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string>{esc(c.body.title)}</yt-formatted-string></h1></div>'
        f'<div id="top-row"><div id="owner"><ytd-video-owner-renderer><a href="/@{slug(channel)}"><img src="https://yt3.ggpht.com/{hexid(c, 16)}=s48" alt=""></a><div id="upload-info"><ytd-channel-name><a href="/@{slug(channel)}">{channel}</a></ytd-channel-name><yt-formatted-string id="owner-sub-count">{count(c, 1000, 9999)}K subscribers</yt-formatted-string></div></ytd-video-owner-renderer><div id="subscribe-button"><button>Subscribe</button></div></div>'
        f'<div id="actions"><like-button-view-model><button aria-label="like this video">{count(c, 10, 9000)}</button></like-button-view-model><button aria-label="Share">Share</button><button aria-label="Save">Save</button><button aria-label="More actions">…</button></div></div>'
        f'<div id="bottom-row"><div id="description" class="item style-scope ytd-watch-metadata"><ytd-text-inline-expander id="description-inline-expander"><div id="info-container"><yt-formatted-string id="info"><span class="bold">{count(c, 1000, 900000)} views</span> <span class="bold">{c.rng.randint(1, 20)} days ago</span> {tags}</yt-formatted-string></div>'
        f'<yt-attributed-string class="style-scope ytd-text-inline-expander"><span class="yt-core-attributed-string yt-core-attributed-string--white-space-pre-wrap" dir="auto">{desc}</span></yt-attributed-string><tp-yt-paper-button id="collapse">Show less</tp-yt-paper-button></ytd-text-inline-expander>'
        f'<ytd-structured-description-content-renderer><ytd-horizontal-card-list-renderer><div id="header"><h2>Chapters</h2><a href="#">View all</a></div><div id="items">{chapters}</div></ytd-horizontal-card-list-renderer>'
        f"<ytd-video-description-transcript-section-renderer><h2>Transcript</h2><p>Follow along using the transcript.</p><button>Show transcript</button></ytd-video-description-transcript-section-renderer>"
        f'<ytd-video-description-infocards-section-renderer><a href="/@{slug(channel)}/videos">Videos</a> <a href="/@{slug(channel)}/about">About</a></ytd-video-description-infocards-section-renderer></ytd-structured-description-content-renderer></div></div></ytd-watch-metadata>'
        f'<ytd-comments id="comments"><ytd-comments-header-renderer><h2 id="count"><span>{c.rng.randint(10, 4000)} Comments</span></h2><div id="sort-menu">Sort by</div><div id="simple-box"><input placeholder="Add a comment…"></div></ytd-comments-header-renderer><div id="contents">{comments}</div></ytd-comments></div></div>'
        f'<div id="secondary"><ytd-watch-next-secondary-results-renderer><div id="chips"><yt-chip-cloud-chip-renderer>All</yt-chip-cloud-chip-renderer><yt-chip-cloud-chip-renderer>From {channel}</yt-chip-cloud-chip-renderer><yt-chip-cloud-chip-renderer>Related</yt-chip-cloud-chip-renderer></div><div id="items">{upnext}</div></ytd-watch-next-secondary-results-renderer></div></div></ytd-watch-flexy></ytd-page-manager></ytd-app></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 4. A Telegram channel's web preview


def _tg_message(c: Ctx, chan: str, n: int, text: str, title: str) -> str:
    views = count(c, 900, 90000)
    extra = ""
    if not text.count("<br>") and c.rng.random() < 0.4:
        c.used.append("tg-link-preview")
        extra = f'<a class="tgme_widget_message_link_preview" href="https://{pick(c, "news", "www", "blog")}.{c.site}/{slug(headlines(c, 1)[0])[:40]}"><div class="link_preview_site_name">{brand(c)}</div><div class="link_preview_title">{esc(headlines(c, 1)[0])}</div><div class="link_preview_description">{sentence(c, 2)}</div></a>'
    fwd = ""
    if not text.count("<br>") and c.rng.random() < 0.25:
        c.used.append("tg-forwarded")
        fwd = f'<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/{slug(brand(c))}"><span dir="auto">{brand(c)} Live</span></a></div>'
    return (
        f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{chan}/{n}" data-view="{hexid(c, 24)}"><div class="tgme_widget_message_user"><a href="https://t.me/{chan}"><i class="tgme_widget_message_user_photo bgcolor{c.rng.randint(0, 6)}" data-content="{title[0]}"></i></a></div>'
        f'<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{chan}"><span dir="auto">{title}</span></a></div>{fwd}'
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>{extra}'
        f'<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">{views}</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{chan}/{n}"><time datetime="{iso(c)[:19]}+00:00" class="time">{c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}</time></a></span></div></div></div></div></div>'
    )


def fam_telegram(c: Ctx) -> FamilyOut:
    """A t.me/s/ channel preview: the named message among the channel's short ones."""
    gold = paras(c.body.blocks)
    chan = f"{slug(brand(c)).replace('-', '')}{pick(c, 'news', '_official', 'daily', 'info', '')}"
    title = f"{brand(c)} {pick(c, 'News', 'Daily', 'Official', 'Info', 'Updates')}"
    n = c.rng.randint(1000, 40000)
    text = f"<b>{esc(c.body.title)}</b><br><br>" if c.rng.random() < 0.4 else ""
    if text:
        c.used.append("tg-bold-title")
    text += "<br><br>".join(esc(str(v)) for _, v in gold)
    before = [
        _tg_message(c, chan, n - k, sentence(c, c.rng.randint(1, 3)), title)
        for k in range(c.rng.randint(2, 6), 0, -1)
    ]
    after = [
        _tg_message(c, chan, n + k, sentence(c, c.rng.randint(1, 3)), title)
        for k in range(1, c.rng.randint(1, 5))
    ]
    msgs = "".join(before + [_tg_message(c, chan, n, text, title)] + after)
    c.used += "tg-header tg-channel-info tg-other-messages tg-views tg-join".split()
    html = (
        f'<body class="widget_frame_base tgme_webpreview emoji_image no_transitions"><header class="tgme_header search_collapsed"><div class="tgme_header_wrap"><div class="tgme_header_info"><a class="tgme_header_link" href="https://t.me/{chan}"><i class="tgme_page_photo_image bgcolor1" data-content="{title[0]}"></i><div class="tgme_header_title_wrap"><div class="tgme_header_title"><span dir="auto">{title}</span></div><div class="tgme_header_counter">{count(c, 1000, 9999)}K subscribers</div></div></a></div>'
        f'<div class="tgme_header_right_column"><section class="tgme_right_column"><div class="tgme_channel_info"><div class="tgme_channel_info_header"><div class="tgme_channel_info_header_title"><span dir="auto">{title}</span></div><div class="tgme_channel_info_header_username"><a href="https://t.me/{chan}">@{chan}</a></div></div>'
        f'<div class="tgme_channel_info_description">{sentence(c, 2)}<br><br>Contact: @{chan}_bot</div><div class="tgme_channel_info_counters"><div class="tgme_channel_info_counter"><span class="counter_value">{count(c, 1000, 9999)}K</span> <span class="counter_type">subscribers</span></div><div class="tgme_channel_info_counter"><span class="counter_value">{count(c, 1000, 20000)}</span> <span class="counter_type">photos</span></div><div class="tgme_channel_info_counter"><span class="counter_value">{c.rng.randint(10, 900)}</span> <span class="counter_type">links</span></div></div></div></section></div></div></header>'
        f'<main class="tgme_main"><section class="tgme_channel_history js-message_history"><div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{chan}?before={n - 7}" class="tme_messages_more js-messages_more" data-before="{n - 7}"></a></div>{msgs}</section></main>'
        f'<div class="tgme_channel_join_telegram"><a class="tgme_action_button_new" href="tg://resolve?domain={chan}">View in Telegram</a><a class="tgme_action_button_new" href="https://t.me/{chan}">Preview channel</a></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 5. A Stack-Exchange-like question page


def _se_comments(c: Ctx, k: int) -> str:
    items = "".join(
        f'<li class="comment js-comment" data-comment-id="{c.rng.randint(10**8, 10**9)}"><div class="comment-score js-comment-score">{c.rng.randint(1, 40)}</div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">{sentence(c, c.rng.randint(1, 2))}</span> – <a href="/users/{c.rng.randint(1, 99999)}" class="comment-user">{user(c)}</a> <span class="comment-date"><span class="relativetime-clean">{day(c)}</span></span></div></div></li>'
        for _ in range(k)
    )
    return f'<div class="post-layout--right js-post-comments-component"><div class="comments js-comments-container"><ul class="comments-list js-comments-list">{items}</ul></div><a class="js-add-link comments-link" href="#">Add a comment</a></div>'


def _se_card(c: Ctx, verb: str) -> str:
    who = user(c)
    return f'<div class="post-signature"><div class="user-info"><div class="user-action-time">{verb} <span class="relativetime">{day(c)}</span></div><div class="user-gravatar32"><a href="/users/{c.rng.randint(1, 99999)}/{who}"><img src="https://i.sstatic.net/{hexid(c, 6)}.png" alt="{who}\'s user avatar" width="32" height="32"></a></div><div class="user-details"><a href="/users/{c.rng.randint(1, 99999)}/{who}">{who}</a><div class="-flair"><span class="reputation-score">{count(c, 1, 90000)}</span><span class="badge1"></span><span class="badgecount">{c.rng.randint(1, 40)}</span></div></div></div></div>'


def _se_post(c: Ctx, kind: str, body: str, pid: int, after: str = "") -> str:
    return (
        f'<div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container"><button class="js-vote-up-btn" aria-label="Up vote">▲</button><div class="js-vote-count" itemprop="upvoteCount">{c.rng.randint(-2, 300)}</div><button class="js-vote-down-btn" aria-label="Down vote">▼</button></div></div>'
        f'<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">{body}</div>{after}'
        f'<div class="mt24 mb12"><div class="post-menu"><a href="/{kind[0]}/{pid}" class="js-share-link">Share</a> <a href="/posts/{pid}/edit">Improve this {kind}</a> <button class="js-follow-post">Follow</button></div>{_se_card(c, "asked" if kind == "question" else "answered")}</div></div>'
        f"{_se_comments(c, c.rng.randint(0, 3))}</div>"
    )


def _se_links(c: Ctx, n: int, mark: str) -> str:
    return "".join(
        f'<div class="spacer"><a class="question-hyperlink" href="/q/{c.rng.randint(10**5, 10**7)}">{esc(h)}{mark}</a></div>'
        for h in headlines(c, n)
    )


def fam_se_question(c: Ctx) -> FamilyOut:
    """A Stack-Exchange-like question page: the question's s-prose body; answers alike."""
    blocks = as_list(c, c.body.blocks, "ol", 0.3)
    parts, gold = render(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    qid = c.rng.randint(10**6, 10**8)
    site = pick(c, "politics", "economics", "travel", "history", "law", "skeptics", "worldbuilding")
    tags = "".join(
        f'<li class="d-inline mr4"><a href="/questions/tagged/{t}" class="post-tag">{t}</a></li>'
        for t in c.rng.sample(
            [
                "united-kingdom",
                "economy",
                "elections",
                "policy",
                "trade",
                "media",
                "sources",
                "europe",
                "government",
            ],
            3,
        )
    )
    answers = "".join(
        f'<div id="answer-{qid + k}" class="answer js-answer{" accepted-answer" if k == 1 and c.rng.random() < 0.5 else ""}" data-answerid="{qid + k}" itemprop="suggestedAnswer">{_se_post(c, "answer", "".join(f"<p>{sentence(c, c.rng.randint(2, 3))}</p>" for _ in range(c.rng.randint(1, 2))), qid + k)}</div>'
        for k in range(1, c.rng.randint(2, 4))
    )
    taglist = f'<div class="post-taglist"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">{tags}</ul></div>'
    c.used += "se-header se-title se-meta se-votes se-tags se-user-card se-comments se-answers se-your-answer se-sidebar se-footer".split()
    side = "".join(
        f'<li class="s-sidebarwidget--item"><a href="/questions/{c.rng.randint(10**5, 10**7)}">{esc(h)}</a></li>'
        for h in headlines(c, c.rng.randint(3, 6))
    )
    hot = "".join(
        f'<li><div class="favicon favicon-{pick(c, "math", "superuser", "english", "physics")}"></div><a href="https://{pick(c, "math", "superuser", "english", "physics")}.{c.site}/questions/{c.rng.randint(10**5, 10**7)}">{esc(h)}?</a></li>'
        for h in headlines(c, c.rng.randint(4, 8))
    )
    html = (
        f'<body class="question-page unified-theme"><header class="s-topbar js-top-bar"><div class="s-topbar--container"><a href="https://{site}.{c.site}" class="s-topbar--logo"><span class="-img">{site.title()} Stack Exchange</span></a><ol class="s-navigation"><li><a href="/questions" class="s-navigation--item">Questions</a></li><li><a href="/tags" class="s-navigation--item">Tags</a></li><li><a href="/users" class="s-navigation--item">Users</a></li></ol><form class="s-topbar--searchbar"><input name="q" placeholder="Search on {site.title()}…"></form><a href="/users/login" class="s-btn">Log in</a><a href="/users/signup" class="s-btn s-btn__primary">Sign up</a></div></header>'
        f'<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar"><nav role="navigation"><ol class="nav-links"><li><a href="/">Home</a></li><li><a href="/questions">Questions</a></li><li><a href="/unanswered">Unanswered</a></li><li><a href="/ai">AI Assist</a></li></ol></nav></div>'
        f'<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1"><a href="/questions/{qid}/{slug(c.body.title)[:60]}" class="question-hyperlink">{esc(c.body.title)}</a></h1><a href="/questions/ask" class="s-btn s-btn__primary">Ask Question</a></div>'
        f'<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="{iso(c)}"><span class="fc-black-400 mr2">Asked</span> <time itemprop="dateCreated" datetime="{iso(c)}">{day(c)}</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span> <a href="?lastactivity" class="s-link s-link__inherit">{c.rng.randint(1, 11)} months ago</a></div><div class="flex--item ws-nowrap mb8"><span class="fc-black-400 mr2">Viewed</span> {count(c, 40, 90000)} times</div></div>'
        f'<div id="mainbar" role="main"><div class="question js-question" data-questionid="{qid}" id="question">{_se_post(c, "question", "".join(parts), qid, taglist)}</div>'
        f'<div id="answers"><div id="answers-header"><h2 class="mb0" data-answercount="{answers.count("js-answer")}">{answers.count("data-answerid")} Answers</h2><div class="js-sort-dropdown"><label>Sorted by:</label><select><option>Highest score (default)</option><option>Date modified (newest first)</option></select></div></div>{answers}'
        f'<form id="post-form" class="post-form"><h2 class="space">Your Answer</h2><textarea class="wmd-input"></textarea><p>By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.</p><button class="s-btn s-btn__primary">Post Your Answer</button></form></div></div></div>'
        f'<div id="sidebar" class="show-votes" role="complementary"><div class="s-sidebarwidget s-sidebarwidget__yellow"><ul class="d-block p0 m0"><div class="s-sidebarwidget--header">The Overflow Blog</div>{side}<div class="s-sidebarwidget--header">Featured on Meta</div><li class="s-sidebarwidget--item">{sentence(c)}</li></ul></div>'
        f'<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked">{_se_links(c, 2, "")}</div></div>'
        f'<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related">{_se_links(c, c.rng.randint(3, 6), "?")}</div></div>'
        f'<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://{c.site}/questions?tab=hot">Hot Network Questions</a></h4><ul>{hot}</ul></div></div></div>'
        f'<footer id="footer" class="site-footer"><div class="site-footer--container"><nav class="site-footer--nav"><ul><li><a href="/">{site.title()}</a></li><li><a href="/tour">Tour</a></li><li><a href="/help">Help</a></li><li><a href="https://chat.{c.site}">Chat</a></li><li><a href="/contact">Contact</a></li><li><a href="https://meta.{site}.{c.site}">Feedback</a></li></ul></nav><p class="site-footer--copyright">Site design / logo © {c.rng.randint(2023, 2026)} Stack Exchange Inc; user contributions licensed under <a href="/help/licensing">CC BY-SA</a>. rev {c.rng.randint(2023, 2026)}.{c.rng.randint(1, 12)}.{c.rng.randint(1, 28)}.{c.rng.randint(1000, 99999)}</p></div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 6. A GitLab-like issue page


def _gl_heading(t: str) -> str:
    a = slug(t)[:40]
    return f'<h2 data-sourcepos="1:1-1:{len(t) + 3}" dir="auto">&#x000A;<a href="#{a}" aria-hidden="true" class="anchor" id="user-content-{a}"></a>{esc(t)}</h2>'


def _gl_tasks(c: Ctx, items: list[str]) -> str:
    c.used.append("gl-task-list")
    return (
        '<ul data-sourcepos="1:1-3:20" class="task-list" dir="auto">'
        + "".join(
            f'<li data-sourcepos="{n}:1-{n}:60" class="task-list-item{" task-list-item-checked" if done else ""}"><input type="checkbox" class="task-list-item-checkbox"{" checked" if done else ""} disabled> {esc(t)}</li>'
            for n, (t, done) in enumerate(((t, c.rng.random() < 0.4) for t in items), 1)
        )
        + "</ul>"
    )


def _gl_note(c: Ctx) -> str:
    nid = c.rng.randint(10**6, 10**9)
    who = user(c)
    head = f'<div class="note-header"><div class="note-header-info"><a href="/{who}"><span class="note-header-author-name">{who.replace("_", " ").title()}</span> <span class="author-username">@{who}</span></a> <span class="note-headline-light">·</span> <a href="#note_{nid}" class="note-timestamp"><time class="js-timeago" datetime="{iso(c)}">{c.rng.randint(1, 30)} days ago</time></a></div></div>'
    if c.rng.random() < 0.45:
        c.used.append("gl-system-note")
        act = pick(
            c,
            "added ~bug label",
            "changed milestone to %Q3",
            "assigned to @" + user(c),
            "mentioned in merge request !" + str(c.rng.randint(10, 9999)),
            "changed the description",
            "marked this issue as related to #" + str(c.rng.randint(10, 9999)),
        )
        return f'<li class="note system-note timeline-entry note-wrapper" id="note_{nid}"><div class="timeline-entry-inner"><div class="timeline-icon"></div><div class="timeline-content"><div class="note-header"><div class="note-header-info"><a href="/{who}"><span class="note-header-author-name">{who}</span></a> <span class="system-note-message">{act}</span> <time>{c.rng.randint(1, 30)} days ago</time></div></div></div></div></li>'
    c.used.append("gl-comment")
    body = "".join(
        f'<p data-sourcepos="1:1-1:80" dir="auto">{sentence(c, c.rng.randint(1, 3))}</p>'
        for _ in range(c.rng.randint(1, 2))
    )
    return f'<li class="note note-wrapper timeline-entry" id="note_{nid}" data-note-id="{nid}"><div class="timeline-entry-inner"><div class="timeline-avatar gl-float-left"><img class="avatar s32" src="/uploads/-/system/user/avatar/{c.rng.randint(1, 9999)}/avatar.png" alt=""></div><div class="timeline-content">{head}<div class="timeline-discussion-body"><div class="note-body"><div class="note-text md">{body}</div></div></div><div class="note-actions"><button class="note-action-button" title="Add reaction">😀</button><button class="js-reply-button" title="Reply to comment">Reply</button></div></div></div></li>'


def fam_gitlab_issue(c: Ctx) -> FamilyOut:
    """A GitLab-like issue page: the description's .md, activity notes in the same markup."""
    blocks = as_list(c, c.body.blocks, "ul", 0.5)
    parts: list[str] = []
    gold: list[Block] = []
    for block in blocks:
        if block[0] == "ul" and c.rng.random() < 0.7:
            parts.append(_gl_tasks(c, items(block[1])))
            gold.append(block)
        else:
            h, g = render(c, [block], _gl_heading, '<p data-sourcepos="1:1-1:80" dir="auto">')
            parts += h
            gold += g
    group = slug(brand(c))
    project = pick(c, "platform", "website", "infrastructure", "docs", "api", "mobile-app")
    iid = c.rng.randint(10, 9999)
    who = user(c)
    labels = "".join(
        f'<span class="gl-label gl-label-sm" style="--label-background-color:#{hexid(c, 6)}"><a class="gl-label-link" href="/{group}/{project}/-/issues?label_name={t}"><span class="gl-label-text">{t}</span></a></span>'
        for t in c.rng.sample(
            [
                "bug",
                "feature",
                "priority::2",
                "workflow::ready",
                "frontend",
                "backend",
                "documentation",
                "needs-investigation",
            ],
            c.rng.randint(1, 4),
        )
    )
    notes = "".join(_gl_note(c) for _ in range(c.rng.randint(3, 8)))
    c.used += "gl-topbar gl-project-sidebar gl-breadcrumbs gl-status gl-created-by gl-title gl-awards gl-related gl-activity gl-comment-form gl-right-sidebar".split()
    html = (
        f'<body class="ui-indigo tab-width-8 gl-browser-firefox page-initialised" data-page="projects:issues:show" data-project="{project}"><header class="header-logged-out"><nav class="header-logged-out-nav"><a class="header-logged-out-logo" href="/">GitLab</a><a href="/explore">Explore</a><a href="/users/sign_in">Sign in</a><a href="/users/sign_up">Register</a></nav></header>'
        f'<div class="layout-page page-with-super-sidebar"><aside class="super-sidebar" aria-label="Project navigation"><ul class="gl-list-none"><li><a href="/{group}/{project}">Project overview</a></li><li><a href="/{group}/{project}/-/tree/main">Repository</a></li><li class="active"><a href="/{group}/{project}/-/issues">Issues <span class="badge">{c.rng.randint(10, 900)}</span></a></li><li><a href="/{group}/{project}/-/merge_requests">Merge requests</a></li><li><a href="/{group}/{project}/-/pipelines">Pipelines</a></li><li><a href="/{group}/{project}/-/wikis/home">Wiki</a></li></ul></aside>'
        f'<div class="content-wrapper"><div class="top-bar-fixed"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ol class="breadcrumb"><li><a href="/{group}">{brand(c)}</a></li><li><a href="/{group}/{project}">{project}</a></li><li><a href="/{group}/{project}/-/issues">Issues</a></li><li><a href="/{group}/{project}/-/issues/{iid}">#{iid}</a></li></ol></nav></div>'
        f'<main class="content" id="content-body"><div class="issue-details issuable-details"><div class="detail-page-header"><div class="detail-page-header-body"><span class="badge badge-success gl-badge issuable-status-badge">Open</span> <span class="gl-display-none gl-sm-display-block">Issue created <time class="js-timeago" datetime="{iso(c)}">{c.rng.randint(1, 60)} days ago</time> by <a class="author-link" href="/{who}"><span class="author">{who}</span></a></span></div><div class="detail-page-header-actions"><button class="btn">Edit</button><button class="btn">New related issue</button></div></div>'
        f'<div class="detail-page-description"><h1 class="title qa-title" dir="auto">{esc(c.body.title)}</h1><div class="description js-task-list-container"><div class="md">{"".join(parts)}</div><textarea class="hidden js-task-list-field"></textarea></div><small class="edited-text">Edited {c.rng.randint(1, 20)} days ago by {user(c)}</small></div>'
        f'<div class="awards js-awards-block"><button class="btn award-control"><gl-emoji data-name="thumbsup">👍</gl-emoji><span class="award-control-text">{c.rng.randint(1, 90)}</span></button><button class="btn award-control"><gl-emoji data-name="eyes">👀</gl-emoji><span class="award-control-text">{c.rng.randint(1, 9)}</span></button></div>'
        f'<div class="related-issues-block"><h3 class="card-title">Linked items <span class="badge">{c.rng.randint(0, 4)}</span></h3><ul class="related-items-list">{links(c, c.rng.randint(1, 3), f"{group}/{project}/-/issues/")}</ul></div>'
        f'<div class="mr-widget-section"><h3>Related merge requests</h3><ul><li><a href="/{group}/{project}/-/merge_requests/{c.rng.randint(10, 9999)}">Draft: {esc(headlines(c, 1)[0])}</a></li></ul></div>'
        f'<div class="issuable-discussion"><h2 class="gl-font-size-h1">Activity</h2><div class="js-sort-dropdown">Sort or filter</div><ul id="notes-list" class="notes main-notes-list timeline">{notes}</ul>'
        f'<div class="js-comment-form"><textarea placeholder="Write a comment or drag your files here…"></textarea><p>Supports Markdown. For quick actions, type /.</p><button class="btn btn-confirm">Comment</button></div></div></div></main>'
        f'<aside class="right-sidebar right-sidebar-expanded issuable-sidebar" aria-label="Issue"><div class="block assignee"><div class="title">Assignee</div><a href="/{user(c)}">{c.rng.choice(PEOPLE)}</a></div><div class="block labels"><div class="title">Labels</div>{labels}</div><div class="block milestone"><div class="title">Milestone</div><a href="/{group}/{project}/-/milestones/{c.rng.randint(1, 90)}">{pick(c, "Q3", "v2.1", "Backlog", "Sprint 14", "None")}</a></div><div class="block due_date"><div class="title">Due date</div><span>{day(c)}</span></div><div class="block time-tracking"><div class="title">Time tracking</div><span>Spent: {c.rng.randint(0, 9)}h</span> <span>Estimate: {c.rng.randint(1, 9)}d</span></div><div class="block confidentiality"><div class="title">Confidentiality</div><span>Not confidential</span></div><div class="block participants"><div class="title">{c.rng.randint(2, 9)} Participants</div></div><div class="block reference"><span>Reference: {group}/{project}#{iid}</span></div></aside></div></div></body></html>'
    )
    return html, gold

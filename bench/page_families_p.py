"""Set P of the constructed pages: 12 families of page structures, and `build_pages`.

Six families are in page_templates_p.py (a SaaS changelog entry, an open-source project's
MkDocs Material blog post, a central bank speech, a parliament committee news page, a church
newsletter, a hospital news page on Sitecore SXA); here an old-Reddit-style self post, a
Confluence Server blog post, a conference recap on an event site, a company careers blog
post, a charity's annual-report page and a school district news post on a Finalsite-like CMS.
Written blind to digest's extraction rules and frozen before anyone ran digest on it; its
builder never ran digest, trafilatura, readability or bench_pages on it (session 12, helper
h-setp). The gold convention is in page_templates_p.py's docstring; the decisions for this
module's families, written down before they were coded:
- an old-Reddit-style self post (a local group's or project's subreddit): the self text
  (`div.expando div.usertext-body div.md` under the post) is article; the subreddit bar, the
  header tabs, the vote arrows and score, the title, the "submitted N hours ago by X to r/Y"
  tagline, the flat-list buttons ("N comments", share, save, hide, report), the side bar
  (search, "this post was submitted on", points, shortlink, the subreddit's description and
  rules in the same `div.md` markup, moderators), the "all N comments" area and "sorted by"
  menu, the comment tree (comments are `div.md` paragraphs too, some several sentences long)
  and the footer are not;
- a Confluence Server / Data Center blog post (a space's news blog): the paragraphs,
  subheadings, lists and tables (`table.confluenceTable`) in `div#main-content.wiki-content`
  are article, and so is the body of an info / note panel (`confluence-information-macro`,
  made of a body paragraph) but not the panel's title; the AUI header, the space sidebar with
  the blog tree (years, months, post titles), the page buttons (Edit, Save for later, Watch,
  Share), breadcrumbs, the title, "Created by X, last modified on date", the table-of-contents
  macro, the "Related articles" (content by label) macro at the end of the wiki content, the
  labels, "Like", the comments section (comments in `div.comment-content.wiki-content`) and
  "Powered by Atlassian Confluence" are not;
- a conference recap on an event site (an events platform's hosted site): the recap's
  paragraphs and subheadings are article; the event hero (name, dates, venue, "Register for
  next year"), the "In numbers" counters, the session cards placed inside the recap (time,
  room, session title, speakers, "Watch the recording"), the photo strip with captions, the
  sponsors wall by tier, the "Save the date" banner, the newsletter box and the footer are not;
- a company careers blog post ("Life at X"): the story's paragraphs, subheadings and lists are
  article; the careers header ("View open roles"), the category and reading time, the author
  card, the employee spotlight cards placed inside the text (photo, a quote, name and role:
  testimonials, not the story), the benefits grid, the embedded job board ("Open positions"
  by department with locations, Greenhouse-like markup), the "Don't see a role?" box and the
  footer are not;
- a charity's annual-report web page: the foreword's paragraphs, subheadings, lists and tables
  are article; the report hero ("Annual Report 2024/25"), the "Our year in numbers" stat
  counters (some rendered with their final figure, some with "0" and a data attribute), the
  signature block (name, role) after the foreword, the income / spending chart with its
  legend, "Download the full report (PDF)", "Previous reports", the trustees grid, the donate
  call-out and the footer with the registered charity number are not;
- a school district news post on a Finalsite-like CMS (`fsElement` containers): the post's
  paragraphs, subheadings, lists and tables in `div.fsBody` are article; the emergency alert
  bar, the district header, the "Translate" menu, the post's title, date, author and
  categories, "Back to all posts", the quick-links element, the upcoming-events calendar
  element, "Related posts" with their summaries, and the footer with the district address and
  the long non-discrimination statement are not.

    .venv/bin/python bench/page_families_p.py PAGE_ID 1501
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence
from page_templates_j import iso, weave
from page_templates_l import day, heading_ids, render
from page_templates_p import (
    as_list,
    fam_cb_speech,
    fam_changelog,
    fam_church,
    fam_hospital,
    fam_mkdocs_blog,
    fam_parliament,
    headed,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


def _pick(c: Ctx, *options: str) -> str:
    return c.rng.choice(list(options))


def _user(c: Ctx) -> str:
    name = c.rng.choice(PEOPLE).split()
    return _pick(
        c, f"{name[0]}_{name[1]}", f"{name[0].lower()}{c.rng.randint(1, 99)}", f"the{name[1]}"
    )


# ---------------------------------------------------------------------------------------------
# 7. An old-Reddit-style self post


def _reddit_comment(c: Ctx, depth: int) -> str:
    c.used.append("reddit-comment")
    kids = ""
    if depth < 2 and c.rng.random() < 0.4:
        kids = f'<div class="child"><div class="sitetable listing">{_reddit_comment(c, depth + 1)}</div></div>'
    paras = "".join(
        f"<p>{sentence(c, c.rng.randint(1, 3))}</p>" for _ in range(c.rng.randint(1, 2))
    )
    tid = hexid(c, 7)
    return (
        f'<div class="thing id-t1_{tid} {_pick(c, "odd", "even")} comment noncollapsed" data-fullname="t1_{tid}" data-type="comment" data-author="{_user(c)}"><p class="parent"><a name="{tid}"></a></p>'
        f'<div class="midcol unvoted"><div class="arrow up login-required access-required" role="button" aria-label="upvote" tabindex="0"></div><div class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div>'
        f'<div class="entry unvoted"><p class="tagline"><a href="javascript:void(0)" class="expand">[–]</a><a href="/user/{_user(c)}" class="author may-blank">{_user(c)}</a><span class="userattrs"></span> <span class="score unvoted" title="{c.rng.randint(1, 900)}">{c.rng.randint(1, 900)} points</span> <time class="live-timestamp" datetime="{iso(c)}">{c.rng.randint(1, 20)} hours ago</time></p>'
        f'<form action="#" class="usertext warn-on-unload" id="form-t1_{tid}"><div class="usertext-body may-blank-within md-container"><div class="md">{paras}</div></div></form>'
        f'<ul class="flat-list buttons"><li class="first"><a href="#" class="bylink" rel="nofollow">permalink</a></li><li><a href="#" class="embed-comment">embed</a></li><li class="comment-save-button save-button login-required"><a href="javascript:void(0)">save</a></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li><li class="reply-button login-required"><a href="javascript:void(0)">reply</a></li></ul></div>{kids}<div class="clearleft"></div></div>'
    )


def fam_reddit_self(c: Ctx) -> FamilyOut:
    """An old-Reddit-style self post: the .md body, a side bar of rules, a comment tree."""
    blocks = as_list(c, c.body.blocks, "ul", 0.3)
    parts, gold = render(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    sub = _pick(
        c,
        "Portland",
        "selfhosted",
        "RBNZ",
        "homeassistant",
        "Leeds",
        "AskHistorians",
        "opensource",
        "LocalLibrary",
    )
    op = _user(c)
    tid = hexid(c, 6)
    comments = "".join(_reddit_comment(c, 0) for _ in range(c.rng.randint(3, 7)))
    rules = "".join(
        f"<li><strong>{r}</strong> {sentence(c)}</li>"
        for r in c.rng.sample(
            [
                "Be civil.",
                "No spam or self-promotion.",
                "Stay on topic.",
                "Use descriptive titles.",
                "No personal information.",
                "Flair your posts.",
            ],
            4,
        )
    )
    ncom = c.rng.randint(8, 600)
    c.used += "reddit-srbar reddit-header reddit-votes reddit-title reddit-tagline reddit-buttons reddit-side reddit-rules reddit-sort reddit-footer".split()
    html = (
        f'<body class="listing-chooser-collapsed comments-page" ><div id="header" role="banner"><div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop"><span class="selected title">my subreddits</span></div><div class="sr-list"><ul class="flat-list sr-bar hover"><li><a href="/r/popular/" class="choice">popular</a></li><li><span class="separator">-</span><a href="/r/all/" class="choice">all</a></li><li><span class="separator">-</span><a href="/r/random/" class="choice">random</a></li></ul><span class="separator">&nbsp;|&nbsp;</span><ul class="flat-list sr-bar hover"><li><a href="/r/AskReddit/" class="choice">AskReddit</a></li><li><span class="separator">-</span><a href="/r/news/" class="choice">news</a></li><li><span class="separator">-</span><a href="/r/worldnews/" class="choice">worldnews</a></li></ul></div><a href="/subreddits/" id="sr-more-link">more »</a></div></div>'
        f'<div id="header-bottom-left"><a href="/" id="header-img" class="default-header" title="">reddit.com</a>&nbsp;<span class="hover pagename redditname"><a href="/r/{sub}/">{sub}</a></span><ul class="tabmenu "><li class="selected"><a href="/r/{sub}/comments/{tid}/" class="choice">comments</a></li><li><a href="/r/{sub}/wiki/" class="choice">wiki</a></li></ul></div><div id="header-bottom-right"><span class="user">Want to join? <a href="/login" class="login-required login-link">Log in or sign up</a> in seconds.</span><span class="separator">|</span><ul class="flat-list hover"><li><a href="/prefs/" class="pref-lang choice">English</a></li></ul></div></div>'
        f'<div class="side"><div class="spacer"><form action="/r/{sub}/search" id="search" role="search"><input type="text" name="q" placeholder="search" tabindex="20"><input type="submit" value="" tabindex="22"></form></div>'
        f'<div class="spacer"><div class="linkinfo"><div class="date"><span>this post was submitted on &#32;</span><time datetime="{iso(c)}">{day(c)}</time></div><div class="score"><span class="number">{c.rng.randint(10, 9000):,}</span><span class="word">points</span> ({c.rng.randint(70, 99)}% upvoted)</div><div class="shortlink">shortlink: <input type="text" value="https://redd.it/{tid}" readonly></div></div></div>'
        f'<div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a href="/r/{sub}/" class="hover">{sub}</a></h1><span class="fancy-toggle-button subscribe-button toggle" ><a class="option active add login-required" href="#">join</a></span><span class="subscribers"><span class="number">{c.rng.randint(2, 900):,},{c.rng.randint(100, 999)}</span>&#32;<span class="word">readers</span></span><p class="users-online" title="logged-in users viewing this subreddit in the past 15 minutes"><span class="number">{c.rng.randint(20, 3000):,}</span>&#32;<span class="word">users here now</span></p>'
        f'<div class="usertext-body may-blank-within md-container"><div class="md"><p>Welcome to r/{sub}! {sentence(c, 2)}</p><h3>Rules</h3><ol>{rules}</ol><p>Please read the <a href="/r/{sub}/wiki/">wiki</a> before posting.</p></div></div><div class="bottom">created by <a href="/user/{_user(c)}" class="author may-blank">{_user(c)}</a><span class="age">a community for {c.rng.randint(2, 15)} years</span></div></div></div>'
        f'<div class="spacer"><div class="sidecontentbox"><div class="title"><h1>MODERATORS</h1></div><ul class="content"><li><a href="/user/{_user(c)}" class="author may-blank">{_user(c)}</a></li><li><a href="/user/{_user(c)}" class="author may-blank">{_user(c)}</a></li><li class="more"><a href="/r/{sub}/about/moderators">about moderation team »</a></li></ul></div></div></div>'
        f'<a name="content"></a><div class="content" role="main"><div class="sitetable linklisting" id="siteTable"><div class=" thing id-t3_{tid} odd link self" data-fullname="t3_{tid}" data-type="link" data-author="{op}" data-subreddit="{sub}" data-domain="self.{sub}" data-comments-count="{ncom}"><p class="parent"></p><span class="rank"></span>'
        f'<div class="midcol unvoted"><div class="arrow up login-required access-required" role="button" aria-label="upvote" tabindex="0"></div><div class="score dislikes" title="">{c.rng.randint(10, 9000)}</div><div class="score unvoted" title="{c.rng.randint(10, 9000)}">{c.rng.randint(1, 9)}.{c.rng.randint(0, 9)}k</div><div class="arrow down login-required access-required" role="button" aria-label="downvote" tabindex="0"></div></div>'
        f'<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank " data-event-action="title" href="/r/{sub}/comments/{tid}/{slug(c.body.title)[:40].replace("-", "_")}/" tabindex="1">{esc(c.body.title)}</a> <span class="domain">(<a href="/r/{sub}/">self.{sub}</a>)</span></p>'
        f'<p class="tagline ">submitted&#32;<time title="{day(c)}" datetime="{iso(c)}" class="live-timestamp">{c.rng.randint(2, 23)} hours ago</time>&#32;by&#32;<a href="/user/{op}" class="author may-blank">{op}</a><span class="userattrs"></span>&#32;to&#32;<a href="/r/{sub}/" class="subreddit hover may-blank">r/{sub}</a></p></div>'
        f'<div class="expando "><form action="#" class="usertext warn-on-unload" id="form-t3_{tid}"><input type="hidden" name="thing_id" value="t3_{tid}"><div class="usertext-body may-blank-within md-container "><div class="md">{"".join(parts)}</div></div></form></div>'
        f'<ul class="flat-list buttons"><li class="first"><a href="/r/{sub}/comments/{tid}/" data-event-action="comments" class="bylink comments may-blank" rel="nofollow">{ncom} comments</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li class="link-save-button save-button login-required"><a href="#">save</a></li><li><form action="/post/hide" class="state-button hide-button"><span><a href="javascript:void(0)">hide</a></span></form></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required">report</a></li></ul></div><div class="child"></div><div class="clearleft"></div></div></div>'
        f'<div class="commentarea"><div class="panestack-title"><span class="title">all {ncom} comments</span></div><div class="menuarea"><div class="spacer"><span class="dropdown-title lightdrop">sorted by: </span><div class="dropdown lightdrop"><span class="selected">{_pick(c, "best", "top", "new", "controversial")}</span></div></div></div>'
        f'<div class="sitetable nestedlisting" id="siteTable_t3_{tid}">{comments}</div></div></div>'
        f'<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="hover"><li class="flat-vert title">about</li><li><a href="/blog/" class="choice">blog</a></li><li><a href="/about/" class="choice">about</a></li><li><a href="/advertising" class="choice">advertising</a></li><li><a href="/careers" class="choice">careers</a></li></ul></div><div class="col"><ul class="hover"><li class="flat-vert title">help</li><li><a href="/wiki/" class="choice">site rules</a></li><li><a href="/help" class="choice">Reddit help center</a></li><li><a href="/wiki/reddiquette" class="choice">reddiquette</a></li></ul></div>'
        f'<p class="bottommenu">Use of this site constitutes acceptance of our&#32;<a href="/help/useragreement">User Agreement</a>&#32;and&#32;<a href="/help/privacypolicy">Privacy Policy</a>. &copy; {c.rng.randint(2016, 2026)} reddit inc. All rights reserved.</p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Confluence Server / Data Center blog post


_PANELS = [("information", "info"), ("note", "warning"), ("tip", "approve"), ("warning", "error")]


def _conf_panel(c: Ctx, text: str) -> str:
    kind, icon = c.rng.choice(_PANELS)
    c.used.append("confluence-panel")
    title = _pick(c, "Before you start", "Please note", "Good to know", "Important", "")
    head = f'<p class="title">{title}</p>' if title else ""
    extra = " has-title" if title else ""
    return f'<div class="confluence-information-macro confluence-information-macro-{kind}{extra} conf-macro output-block" data-hasbody="true" data-macro-name="{kind}">{head}<span class="aui-icon aui-icon-small aui-iconfont-{icon} confluence-information-macro-icon"></span><div class="confluence-information-macro-body"><p>{esc(text)}</p></div></div>'


def _conf_body(c: Ctx, blocks: list[Block]) -> tuple[list[str], list[Block]]:
    paras = [i for i, b in enumerate(blocks) if b[0] == "p"]
    boxed = set(c.rng.sample(paras, k=min(len(paras) - 1, c.rng.randint(0, 2)))) if paras else set()
    out: list[str] = []
    gold: list[Block] = []
    for i, block in enumerate(blocks):
        if i in boxed:
            out.append(_conf_panel(c, str(block[1])))
            gold.append(block)
            continue
        if block[0] == "table":
            rows = list(block[1])  # type: ignore[call-overload]
            trs = "".join(
                "<tr>"
                + "".join(f'<{t} class="confluence{t.title()}">{esc(x)}</{t}>' for x in row)
                + "</tr>"
                for t, row in zip(["th"] + ["td"] * len(rows), rows, strict=False)
            )
            out.append(
                f'<div class="table-wrap"><table class="wrapped confluenceTable"><colgroup><col><col></colgroup><tbody>{trs}</tbody></table></div>'
            )
            gold.append(block)
            continue
        h, g = render(
            c, [block], lambda t: f'<h2 id="{slug(c.body.title)[:20]}-{slug(t)[:30]}">{esc(t)}</h2>'
        )
        out += h
        gold += g
    return out, gold


def fam_confluence(c: Ctx) -> FamilyOut:
    """A Confluence Server blog post: AUI header, blog tree, panels, labels, page comments."""
    blocks = headed(c, c.body.blocks, 0.7)
    blocks = as_list(c, as_list(c, blocks, "ol", 0.4), "table", 0.4, ("Step", "Details"))
    parts, gold = _conf_body(c, blocks)
    space = f"{brand(c)} {_pick(c, 'IT Services', 'Engineering', 'Library Systems', 'Research Computing', 'HR Portal')}"
    key = "".join(w[0] for w in space.split()).upper() + _pick(c, "", "KB", "NEWS")
    who, editor = c.rng.choice(PEOPLE), c.rng.choice(PEOPLE)
    heads = heading_ids(blocks)
    toc = ""
    if heads:
        c.used.append("confluence-toc")
        toc = f'<div class="toc-macro client-side-toc-macro conf-macro output-block" data-headerelements="H1,H2,H3"><ul>{"".join(f"<li><a href=#{slug(c.body.title)[:20]}-{slug(t)[:30]}>{esc(t)}</a></li>" for _, t in heads)}</ul></div>'
    related = ""
    if c.rng.random() < 0.6:
        items = "".join(
            f'<li><div><span class="icon aui-icon content-type-blogpost" title="Blog post">Blog post:</span></div><div class="details"><a href="/display/{key}/{slug(h)[:30]}">{esc(h)}</a></div></li>'
            for h in headlines(c, c.rng.randint(2, 4))
        )
        related = f'<div class="plugin-contentbylabel conf-macro output-block" data-macro-name="contentbylabel"><h2 id="related">Related articles</h2><ul class="content-by-label">{items}</ul></div>'
    tree = "".join(
        f'<li><div class="plugin_pagetree_childtoggle_container"><a class="plugin_pagetree_childtoggle aui-icon aui-icon-small aui-iconfont-chevron-right" href=""></a></div><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="/display/{key}/{slug(h)[:30]}">{esc(h)}</a></span></div></li>'
        for h in headlines(c, c.rng.randint(3, 6))
    )
    ncom = c.rng.randint(0, 3)
    comments = "".join(
        f'<li class="comment-thread"><div class="comment" id="comment-{c.rng.randint(10**7, 10**8)}"><p class="comment-user-logo"><a class="userLogoLink"><img class="userLogo logo" src="/images/icons/profilepics/default.svg" alt=""></a></p><div class="comment-header"><h4 class="author"><a class="url fn confluence-userlink">{c.rng.choice(PEOPLE)}</a></h4></div><div class="comment-body"><div class="comment-content wiki-content"><p>{sentence(c, c.rng.randint(1, 2))}</p></div><div class="comment-actions"><ul class="comment-actions-primary"><li class="first action-reply-comment"><a href="#">Reply</a></li><li class="comment-action-like"><a href="#">Like</a></li></ul><ul class="comment-actions-secondary"><li class="comment-date"><a href="#">{day(c)}</a></li></ul></div></div></div></li>'
        for _ in range(ncom)
    )
    version = f"{_pick(c, '7.19', '8.5', '7.13', '8.9')}.{c.rng.randint(1, 20)}"
    c.used += "confluence-header confluence-sidebar confluence-blog-tree confluence-buttons confluence-crumbs confluence-meta confluence-labels confluence-likes confluence-comments confluence-footer".split()
    if related:
        c.used.append("confluence-related")
    html = (
        f'<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default synchrony-active"><div id="page"><div id="full-height-container"><div id="header-precursor"></div><header id="header" role="banner"><nav class="aui-header aui-dropdown2-trigger-group" role="navigation"><div class="aui-header-inner"><div class="aui-header-primary"><h1 id="logo" class="aui-header-logo aui-header-logo-custom"><a href="/"><img src="/download/attachments/{c.rng.randint(100000, 999999)}/atl.site.logo" alt="{brand(c)} Wiki"><span class="aui-header-logo-text">{brand(c)} Wiki</span></a></h1>'
        f'<ul class="aui-nav"><li><a href="/spacedirectory/view.action" class="aui-nav-link" title="Spaces">Spaces</a></li><li><a href="/browsepeople.action" class="aui-nav-link">People</a></li><li><a id="create-page-button" class="aui-button aui-button-primary" href="#">Create</a></li></ul></div><div class="aui-header-secondary"><ul class="aui-nav"><li><form id="quick-search" class="aui-quicksearch dont-default-focus header-quicksearch" action="/dosearchsite.action"><label for="quick-search-query" class="assistive">Quick Search</label><input id="quick-search-query" class="quick-search-query" type="text" placeholder="Search" name="queryString"></form></li><li><a href="/login.action" class="aui-nav-link login-link">Log in</a></li></ul></div></div></nav></header>'
        f'<div class="ia-splitter"><div class="ia-splitter-left"><div class="ia-fixed-sidebar"><div class="acs-side-bar ia-scrollable-section"><div class="acs-side-bar-space-info tipsy-enabled"><div class="avatar"><div class="space-logo" data-key="{key}"><div class="avatar-inner"><a href="/display/{key}"><img src="/download/attachments/{c.rng.randint(1000, 99999)}/{key}" alt=""></a></div></div></div><div class="space-information-container"><a href="/display/{key}" class="space-name">{space}</a></div></div>'
        f'<div class="acs-nav-wrapper"><div class="acs-nav-sections"><div class="acs-nav-item pages"><a href="/collector/pages.action?key={key}"><span class="icon"></span><span class="acs-nav-item-label">Pages</span></a></div><div class="acs-nav-item blog current-item"><a href="/pages/viewrecentblogposts.action?key={key}"><span class="icon"></span><span class="acs-nav-item-label">Blog</span></a></div></div></div>'
        f'<div class="ia-secondary-container" data-tree-type="blogs"><div class="ia-secondary-header"><h2 class="ia-secondary-header-title blog"><span class="label">Blog</span></h2></div><div class="ia-secondary-content"><ul class="plugin_pagetree_children_list"><li><span class="year">{c.rng.randint(2019, 2026)}</span><ul><li><span class="month">{_pick(c, "January", "March", "June", "September", "November")}</span><ul class="plugin_pagetree_children_list">{tree}</ul></li></ul></li></ul></div></div></div></div></div>'
        f'<div class="ia-splitter-right"><div id="main" class="aui-page-panel"><div id="main-header"><div id="navigation" class="content-navigation view"><ul class="ajs-menu-bar"><li class="ajs-button normal"><a id="editPageLink" href="#" rel="nofollow" class="aui-button aui-button-subtle edit" accesskey="e"><span>Edit</span></a></li><li class="ajs-button normal"><a id="page-favourite" href="#" class="aui-button aui-button-subtle"><span>Save for later</span></a></li><li class="ajs-button normal"><a id="watch-content-button" href="#" class="aui-button aui-button-subtle"><span>Watch</span></a></li><li class="ajs-button normal"><a id="shareContentLink" href="#" class="aui-button aui-button-subtle share"><span>Share</span></a></li></ul></div>'
        f'<div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs"><li class="first"><span class=""><a href="/display/{key}">{space}</a></span></li><li><span class=""><a href="/pages/viewrecentblogposts.action?key={key}">Blog</a></span></li><li><span class=""><a href="/display/{key}/{iso(c)[:4]}">{iso(c)[:4]}</a></span></li></ol></nav></div>'
        f'<h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a href="/display/{key}/{slug(c.body.title)[:40]}">{esc(c.body.title)}</a></span></h1></div>'
        f'<div id="content" class="page view"><div id="action-messages"></div><div class="page-metadata"><ul><li class="page-metadata-modification-info">Created by <span class="author"><a href="/display/~{slug(who)}" class="url fn confluence-userlink">{who}</a></span>, last modified by <span class="editor"><a href="/display/~{slug(editor)}" class="url fn confluence-userlink">{editor}</a></span> on <a class="last-modified" href="#">{day(c)}</a></li></ul></div>'
        f'<div id="main-content" class="wiki-content">{toc}{"".join(parts)}{related}</div>'
        f'<div id="likes-and-labels-container"><div id="likes-section"><a href="" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span><span>Like</span></a><div class="like-summary">{_pick(c, "Be the first to like this", f"{c.rng.choice(PEOPLE)} likes this", f"{c.rng.randint(2, 20)} people like this")}</div></div>'
        f'<div id="labels-section" class="pageSection group"><div class="labels-section-content content-column"><div class="labels-content"><ul class="label-list"><li class="aui-label"><a class="aui-label-split-main" href="/label/{key}/news" rel="tag">news</a></li><li class="aui-label"><a class="aui-label-split-main" href="/label/{key}/announcement" rel="tag">announcement</a></li></ul></div></div></div></div>'
        f'<div id="comments-section" class="pageSection group"><div class="section-header"><h2 id="comments-section-title" class="section-title">{ncom or "No"} Comment{"" if ncom == 1 else "s"}</h2></div><ol class="comment-threads top-level" id="page-comments">{comments}</ol><div class="quick-comment-container comment add"><p class="comment-user-logo"></p><div class="quick-comment-body"><div class="quick-comment-loading-container" style="display:none"></div><form class="quick-comment-form aui" method="post" name="inlinecommentform"><textarea class="comment-placeholder" placeholder="Write a comment…"></textarea></form></div></div></div></div></div></div></div>'
        f'<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby"><li class="noprint">Powered by <a href="https://www.atlassian.com/software/confluence" class="hover-footer-link" rel="nofollow">Atlassian Confluence</a> <span id="footer-build-information">{version}</span></li><li class="print-only">Printed by Atlassian Confluence {version}</li><li class="noprint"><a href="https://support.atlassian.com/help/confluence" class="hover-footer-link" rel="nofollow">Report a bug</a></li><li class="noprint"><a href="https://www.atlassian.com/company/news" class="hover-footer-link" rel="nofollow">Atlassian News</a></li></ul><div id="footer-logo"><a href="http://www.atlassian.com/" rel="nofollow">Atlassian</a></div></section></div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A conference recap on an event site


def _session_card(c: Ctx) -> str:
    c.used.append("event-session-card")
    speakers = ", ".join(f"{p} ({brand(c)})" for p in c.rng.sample(PEOPLE, c.rng.randint(1, 3)))
    start = c.rng.randint(9, 16)
    return f'<div class="session-card" data-session-id="{c.rng.randint(1000, 99999)}"><div class="session-card__meta"><span class="session-card__time">{start}:{_pick(c, "00", "30")} – {start + 1}:{_pick(c, "00", "15", "30")}</span><span class="session-card__room">{_pick(c, "Main Stage", "Hall B", "Room 2.14", "Workshop Room")}</span></div><h4 class="session-card__title">{esc(headlines(c, 1)[0])}</h4><p class="session-card__speakers">{speakers}</p><a class="session-card__video" href="/sessions/{hexid(c, 8)}#recording">Watch the recording</a></div>'


def _counter(c: Ctx, value: int, label: str) -> str:
    return f'<div class="stat"><span class="stat__value">{value:,}</span><span class="stat__label">{label}</span></div>'


def _tier(c: Ctx, tier: str) -> str:
    names = [
        "Northwind",
        "Helio",
        "Acme Cloud",
        "Orbit",
        "Quill",
        "Tidewater",
        "Lumen Labs",
        "Foxglove",
    ]
    logos = "".join(
        f'<li><a href="https://{slug(n)}.example.com" rel="sponsored"><img src="/media/sponsors/{slug(n)}.svg" alt="{n}"></a></li>'
        for n in c.rng.sample(names, c.rng.randint(2, 4))
    )
    return f'<div class="sponsor-tier sponsor-tier--{tier.lower()}"><h3>{tier}</h3><ul>{logos}</ul></div>'


def fam_event_recap(c: Ctx) -> FamilyOut:
    """A conference recap on an event site: hero, counters, session cards in the text, sponsors."""
    blocks = headed(c, c.body.blocks, 0.5)
    parts, gold = render(c, blocks, lambda t: f'<h2 class="recap__heading">{esc(t)}</h2>')
    body = weave(c, parts, c.rng.randint(1, 3), lambda: _session_card(c))
    event = f"{brand(c)}{_pick(c, 'Conf', ' Summit', 'Con', ' Forum', ' Days')} {c.rng.randint(2016, 2025)}"
    stats = "".join(
        _counter(c, v, lab)
        for v, lab in [
            (c.rng.randint(200, 9000), "attendees"),
            (c.rng.randint(20, 200), "sessions"),
            (c.rng.randint(10, 90), "countries"),
            (c.rng.randint(5, 60), "volunteers"),
        ][: c.rng.randint(3, 4)]
    )
    photos = "".join(
        f'<figure class="gallery__item"><img src="/media/gallery/{hexid(c, 10)}.jpg" alt="" loading="lazy"><figcaption>{sentence(c)}</figcaption></figure>'
        for _ in range(c.rng.randint(2, 4))
    )
    tiers = "".join(_tier(c, t) for t in ["Platinum", "Gold", "Community"][: c.rng.randint(2, 3)])
    c.used += "event-header event-hero event-counters event-gallery event-sponsors event-save-date event-newsletter event-footer".split()
    html = (
        f'<body class="event-site theme-{_pick(c, "dark", "light", "brand")}"><header class="event-nav"><a class="event-nav__logo" href="/">{event}</a><nav><a href="/agenda">Agenda</a><a href="/speakers">Speakers</a><a href="/sponsors">Sponsors</a><a href="/venue">Venue</a><a class="is-active" href="/blog">Blog</a></nav><a class="btn btn--cta" href="/register">Get tickets</a></header>'
        f'<section class="event-hero"><p class="event-hero__kicker">Recap</p><h1 class="event-hero__title">{esc(c.body.title)}</h1><p class="event-hero__meta">{day(c)} · {_pick(c, "Lisbon", "Berlin", "Toronto", "Austin", "Singapore", "Online")} · {_pick(c, "Congress Centre", "Convention Hall", "Arena", "Campus")}</p><a class="btn" href="/register">Register for next year</a></section>'
        f'<main class="recap"><section class="recap__numbers"><h2 class="visually-hidden">In numbers</h2><div class="stats-grid">{stats}</div></section>'
        f'<article class="recap__body"><div class="recap__byline">Posted by the {event} team · {day(c)}</div><div class="recap__content">{"".join(body)}</div></article>'
        f'<section class="gallery"><h2>Photos</h2><div class="gallery__strip">{photos}</div><a href="/gallery">See all photos</a></section>'
        f'<section class="sponsors"><h2>Thank you to our sponsors</h2>{tiers}</section>'
        f'<section class="save-the-date"><h2>Save the date</h2><p>{brand(c)}{_pick(c, "Conf", " Summit")} returns {_pick(c, "next spring", "in October", "next June")}. Call for papers opens soon.</p><a class="btn" href="/cfp">Get notified</a></section>'
        f'<section class="newsletter"><h2>Stay in the loop</h2><form action="/subscribe"><input type="email" placeholder="Email"><button>Subscribe</button></form></section></main>'
        f'<footer class="event-footer"><p>{event} is organised by the {brand(c)} Foundation. <a href="/code-of-conduct">Code of conduct</a> · <a href="/privacy">Privacy</a></p><p class="powered">Event site powered by {_pick(c, "Eventpop", "Sessionboard", "Hubly")}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A company careers blog post ("Life at X") with an embedded job board


def _spotlight(c: Ctx) -> str:
    c.used.append("careers-spotlight")
    who = c.rng.choice(PEOPLE)
    role = _pick(
        c,
        "Senior Software Engineer",
        "Product Designer",
        "Customer Success Lead",
        "Data Analyst",
        "Engineering Manager",
    )
    return f'<aside class="employee-spotlight"><img src="/images/team/{slug(who)}.jpg" alt=""><blockquote class="employee-spotlight__quote">“{sentence(c)}”</blockquote><p class="employee-spotlight__name"><strong>{who}</strong>, {role} · joined {c.rng.randint(2015, 2025)}</p></aside>'


def _openings(c: Ctx) -> str:
    depts = c.rng.sample(
        ["Engineering", "Design", "Sales", "Customer Success", "Operations", "Marketing"],
        c.rng.randint(2, 4),
    )
    roles = [
        "Backend Engineer",
        "Frontend Engineer",
        "Account Executive",
        "Support Specialist",
        "Product Manager",
        "Recruiter",
        "Data Engineer",
        "Content Designer",
    ]
    out = []
    for d in depts:
        ops = "".join(
            f'<div class="opening" department_id="{c.rng.randint(10**5, 10**6)}" office_id="{c.rng.randint(10**5, 10**6)}"><a data-mapped="true" href="https://boards.greenhouse.io/{slug(brand(c))}/jobs/{c.rng.randint(10**6, 10**7)}">{_pick(c, "Senior ", "", "Staff ", "Lead ")}{c.rng.choice(roles)}</a><span class="location">{_pick(c, "Remote (EU)", "Berlin, Germany", "London, UK", "New York, NY", "Remote (US)", "Lisbon, Portugal")}</span></div>'
            for _ in range(c.rng.randint(1, 4))
        )
        out.append(
            f'<section class="level-0"><h3 id="{c.rng.randint(10**5, 10**6)}">{d}</h3>{ops}</section>'
        )
    return "".join(out)


def fam_careers(c: Ctx) -> FamilyOut:
    """A "Life at X" careers post: spotlight cards in the text, benefits grid, job board."""
    blocks = as_list(c, headed(c, c.body.blocks, 0.5), "ul", 0.4)
    parts, gold = render(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    body = weave(c, parts, c.rng.randint(1, 2), lambda: _spotlight(c))
    company = f"{brand(c)}{_pick(c, '', ' Labs', 'ify', ' Technologies')}"
    who = c.rng.choice(PEOPLE)
    perks = "".join(
        f'<li class="benefit"><span class="benefit__icon" aria-hidden="true"></span><h4>{t}</h4><p>{d}</p></li>'
        for t, d in c.rng.sample(
            [
                ("Remote-first", "Work from anywhere in our hiring countries."),
                (
                    "Learning budget",
                    f"€{c.rng.randint(5, 30)}00 a year for courses, books and conferences.",
                ),
                ("Parental leave", f"{c.rng.randint(12, 26)} weeks fully paid for every parent."),
                ("Health", "Private health and dental cover for you and your family."),
                ("Time off", f"{c.rng.randint(25, 30)} days plus public holidays."),
                ("Equity", "Every employee is an owner."),
            ],
            k=4,
        )
    )
    c.used += "careers-header careers-meta careers-author careers-benefits careers-job-board careers-no-role careers-footer".split()
    html = (
        f'<body class="careers-site"><header class="careers-header"><a class="careers-header__logo" href="/careers">{company} Careers</a><nav><a href="/careers/teams">Teams</a><a href="/careers/life">Life at {company}</a><a href="/careers/blog" aria-current="page">Blog</a></nav><a class="button button--primary" href="#open-positions">View open roles</a></header>'
        f'<main class="careers-main"><article class="post"><header class="post__header"><p class="post__meta"><a class="post__category" href="/careers/blog/category/{_pick(c, "culture", "engineering", "people")}">{_pick(c, "Culture", "Engineering", "People")}</a> · {c.rng.randint(3, 12)} min read</p><h1 class="post__title">{esc(c.body.title)}</h1>'
        f'<div class="post__author"><img src="/images/team/{slug(who)}.jpg" alt=""><div><span class="post__author-name">{who}</span><span class="post__author-role">{_pick(c, "People Partner", "Talent Lead", "Engineering Manager", "Head of People")}</span><time datetime="{iso(c)[:10]}">{day(c)}</time></div></div></header>'
        f'<div class="post__body rich-text">{"".join(body)}</div></article>'
        f'<section class="benefits"><h2>Why {company}</h2><ul class="benefits__grid">{perks}</ul></section>'
        f'<section id="open-positions" class="job-board"><h2>Open positions</h2><div id="grnhse_app"><div id="main"><div id="flash_wrapper"></div><section class="level-0">{_openings(c)}</section></div></div></section>'
        f'<aside class="no-role"><h3>Don\'t see a role that fits?</h3><p>Send us your CV anyway. We keep every application on file for 12 months.</p><a class="button" href="/careers/general-application">Apply now</a></aside></main>'
        f'<footer class="careers-footer"><p>{company} is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees.</p><nav><a href="/">{company}.com</a><a href="/privacy/applicants">Applicant privacy</a><a href="https://www.linkedin.com/company/{slug(company)}">LinkedIn</a></nav></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A charity's annual-report page (WordPress, Kadence-like count-up blocks)


def _count_up(c: Ctx, value: int, label: str) -> str:
    c.used.append("report-counter")
    shown = f"{value:,}" if c.rng.random() < 0.5 else "0"
    return f'<div class="wp-block-kadence-countup kb-count-up kb-count-up-{hexid(c, 6)}"><div class="kb-count-up-over"><div class="kb-count-up-process kb-count-up-number" data-start="0" data-end="{value}" data-prefix="" data-suffix="{_pick(c, "", "+", "")}" data-duration="2.5" data-separator=",">{shown}</div><p class="kb-count-up-title">{label}</p></div></div>'


def fam_annual_report(c: Ctx) -> FamilyOut:
    """A charity annual report page: count-up stats, foreword with signature, money chart."""
    blocks = as_list(c, headed(c, c.body.blocks, 0.6), "ul", 0.4)
    parts, gold = render(c, blocks, lambda t: f'<h2 class="wp-block-heading">{esc(t)}</h2>')
    org = f"{brand(c)} {_pick(c, 'Foundation', 'Trust', 'Children’s Charity', 'Food Network', 'Hospice')}"
    year = c.rng.randint(2016, 2025)
    signer = c.rng.choice(PEOPLE)
    figures = [
        (
            c.rng.randint(1000, 90000),
            _pick(c, "families supported", "meals delivered", "calls answered"),
        ),
        (
            c.rng.randint(100, 3000),
            _pick(c, "volunteers", "volunteer drivers", "community partners"),
        ),
        (
            c.rng.randint(5, 400) * 1000,
            _pick(c, "hours of care", "nights of shelter", "books given"),
        ),
        (c.rng.randint(3, 60), _pick(c, "towns reached", "schools", "projects funded")),
    ]
    counters = "".join(_count_up(c, v, lab) for v, lab in figures[: c.rng.randint(3, 4)])
    shares = [c.rng.randint(30, 55), c.rng.randint(10, 25), c.rng.randint(5, 15)]
    legend = "".join(
        f'<li><span class="swatch swatch--{n}"></span>{lab} <strong>{v}%</strong></li>'
        for n, (lab, v) in enumerate(
            zip(
                ["Donations", "Grants", "Trading", "Legacies"],
                [*shares, 100 - sum(shares)],
                strict=True,
            )
        )
    )
    trustees = "".join(
        f'<div class="wp-block-column trustee"><figure class="wp-block-image"><img src="/wp-content/uploads/{year}/06/{slug(p)}.jpg" alt=""></figure><p class="trustee__name"><strong>{p}</strong></p><p class="trustee__role">{r}</p></div>'
        for p, r in zip(c.rng.sample(PEOPLE, 3), ["Chair", "Treasurer", "Trustee"], strict=True)
    )
    previous = "".join(
        f'<li><a href="/wp-content/uploads/{y}/07/annual-report-{y}.pdf">Annual Report {y - 1}/{str(y)[2:]}</a></li>'
        for y in range(year - 1, year - c.rng.randint(3, 5), -1)
    )
    c.used += "report-header report-hero report-signature report-chart report-download report-previous report-trustees report-donate report-footer".split()
    html = (
        f'<body class="page-template-default page wp-embed-responsive"><div class="wp-site-blocks"><header class="wp-block-template-part site-header"><div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a href="/">{org}</a></p><nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/what-we-do/">What we do</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/get-help/">Get help</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/about/">About</a></li></ul></nav><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/donate/">Donate</a></div></div></div></header>'
        f'<main class="wp-block-group"><div class="entry-content wp-block-post-content is-layout-constrained">'
        f'<div class="wp-block-cover alignfull report-hero"><span class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background" src="/wp-content/uploads/{year}/06/hero.jpg" alt=""><div class="wp-block-cover__inner-container"><p class="has-text-align-center report-kicker">Annual Report {year - 1}/{str(year)[2:]}</p><h1 class="wp-block-heading has-text-align-center">{esc(c.body.title)}</h1></div></div>'
        f'<div class="wp-block-group report-numbers"><h2 class="wp-block-heading has-text-align-center">Our year in numbers</h2><div class="wp-block-columns">{counters}</div></div>'
        f'<div class="wp-block-group report-foreword">{"".join(parts)}<p class="has-text-align-right signature"><strong>{signer}</strong><br>{_pick(c, "Chair of Trustees", "Chief Executive", "Chair of the Board")}</p></div>'
        f'<div class="wp-block-group report-finances"><h2 class="wp-block-heading">Where our money came from</h2><figure class="wp-block-image chart chart--donut"><img src="/wp-content/uploads/{year}/06/income-chart.svg" alt="Donut chart of income"></figure><ul class="chart-legend">{legend}</ul><p class="has-small-font-size">Total income £{c.rng.randint(1, 40)}.{c.rng.randint(1, 9)}m. Full accounts are filed with the Charity Commission.</p></div>'
        f'<div class="wp-block-file report-download"><a href="/wp-content/uploads/{year}/07/annual-report-{year}.pdf">Download the full report (PDF, {c.rng.randint(2, 12)}.{c.rng.randint(0, 9)} MB)</a><a class="wp-block-file__button wp-element-button" href="/wp-content/uploads/{year}/07/annual-report-{year}.pdf" download>Download</a></div>'
        f'<div class="wp-block-group report-previous"><h3 class="wp-block-heading">Previous reports</h3><ul class="wp-block-list">{previous}</ul></div>'
        f'<div class="wp-block-group report-trustees"><h2 class="wp-block-heading">Our trustees</h2><div class="wp-block-columns">{trustees}</div></div>'
        f'<div class="wp-block-group has-background report-donate"><h2 class="wp-block-heading">Help us do more next year</h2><p>£{c.rng.randint(5, 50)} could {_pick(c, "pay for a week of meals", "fund a night of care", "buy a school uniform")}.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/donate/">Donate now</a></div></div></div></div></main>'
        f'<footer class="wp-block-template-part site-footer"><div class="wp-block-group"><p>{org} is a registered charity in England and Wales (no. {c.rng.randint(200000, 1199999)}) and a company limited by guarantee (no. {c.rng.randint(1000000, 9999999):08d}).</p><p><a href="/privacy/">Privacy</a> · <a href="/accessibility/">Accessibility</a> · <a href="/contact/">Contact</a></p></div></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A school district news post on a Finalsite-like CMS


def _fs(tag: str, kind: str, title: str, inner: str) -> str:
    head = f'<header><h2 class="fsElementTitle">{title}</h2></header>' if title else ""
    return f'<{tag} class="fsElement {kind}" id="fsEl_{len(inner) % 99991}">{head}<div class="fsElementContent">{inner}</div></{tag}>'


_TRANSLATE = '<button class="fsTranslateTrigger">Translate</button><ul class="fsTranslateList"><li lang="es">Español</li><li lang="zh">中文</li><li lang="vi">Tiếng Việt</li><li lang="ar">العربية</li></ul>'


def fam_finalsite(c: Ctx) -> FamilyOut:
    """A school district news post (Finalsite-like): alert bar, translate, calendar, footer."""
    blocks = as_list(c, headed(c, c.body.blocks, 0.3), "ul", 0.4)
    parts, gold = render(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    district = f"{brand(c)} {_pick(c, 'Public Schools', 'Unified School District', 'Community Schools', 'Area School District')}"
    alert = ""
    if c.rng.random() < 0.6:
        c.used.append("finalsite-alert")
        alert = f'<div id="fsAlertsWrapper"><div class="fsAlert fsStyleAlert{_pick(c, "Emergency", "Info")}"><div class="fsAlertContent"><strong>{_pick(c, "Weather update:", "Reminder:", "Notice:")}</strong> {sentence(c)} <a href="/alerts">Read more</a></div><button class="fsAlertClose" aria-label="Close alert">×</button></div></div>'
    quick = "".join(
        f'<li><a href="/{slug(t)}">{t}</a></li>'
        for t in [
            "Calendar",
            "Lunch Menus",
            "Bus Routes",
            "Staff Directory",
            "Enrollment",
            "Board of Education",
            "Employment",
        ]
    )
    events = "".join(
        f'<article class="fsStyleDefaultBox"><div class="fsDateTime"><span class="fsMonth">{m}</span> <span class="fsDay">{c.rng.randint(1, 28)}</span></div><a class="fsCalendarEventTitle fsCalendarEventLink" href="/calendar/{hexid(c, 6)}">{t}</a><div class="fsTimeRange">{c.rng.randint(1, 8)}:00 PM</div><div class="fsLocation">{_pick(c, "District Office", "High School Auditorium", "Middle School Gym")}</div></article>'
        for m, t in zip(
            c.rng.sample(["Jan", "Feb", "Mar", "Apr", "May", "Sep", "Oct", "Nov"], 3),
            c.rng.sample(
                [
                    "Board of Education Meeting",
                    "Early Dismissal",
                    "Spring Concert",
                    "Parent-Teacher Conferences",
                    "No School - Staff Development",
                    "Kindergarten Registration",
                ],
                3,
            ),
            strict=True,
        )
    )
    related = "".join(
        f'<article class="fsPostItem"><div class="fsTitle"><a class="fsPostLink" href="/news/{slug(h)[:40]}">{esc(h)}</a></div><div class="fsDate">{day(c)}</div><div class="fsSummary"><p>{sentence(c, 2)}</p></div><a class="fsReadMoreLink" href="/news/{slug(h)[:40]}">Read More <span class="fsReadMoreLabel">about {esc(h[:50])}</span></a></article>'
        for h in headlines(c, 3)
    )
    post = (
        f'<article class="fsPostDetail fsBoard-{c.rng.randint(10, 400)}"><div class="fsTitle"><h1>{esc(c.body.title)}</h1></div><div class="fsDate"><time datetime="{iso(c)[:10]}">{day(c)}</time></div>'
        f'<div class="fsAuthor"><span class="fsLabel">Posted by</span> <span class="fsAuthorName">{_pick(c, "Communications Office", "Superintendent", "District News")}</span></div>'
        f'<div class="fsBody">{"".join(parts)}</div><div class="fsCategories"><span class="fsLabel">Categories:</span> <a class="fsCategory" href="/news?category=district">District News</a></div><a class="fsBackButton" href="/news">Back to all posts</a></article>'
    )
    logo = f'<a href="/">{district}</a>'
    menu = "".join(
        f'<li><a href="/{slug(t)}">{t}</a></li>'
        for t in ["About Us", "Schools", "Families", "Departments", "Employment"]
    )
    menu = f'<ul class="fsNavLevel1">{menu}</ul>'
    c.used += "finalsite-header finalsite-translate finalsite-meta finalsite-quick-links finalsite-calendar finalsite-related finalsite-footer".split()
    html = (
        f'<body class="fsNoCompose fsPostPage" data-pageid="{c.rng.randint(100, 9999)}"><div id="fsPageBodyWrapper" class="fsPageBodyWrapper"><div id="fsPageBody" class="fsPageBody">{alert}'
        f'<header id="fsHeader" class="fsHeader"><div class="fsBanner">{_fs("div", "fsContent fsLogo", "", logo)}'
        f"{_fs('nav', 'fsNavigation fsMenu fsMegaMenu', '', menu)}"
        f"{_fs('div', 'fsTranslate', '', _TRANSLATE)}</div></header>"
        f'<div id="fsPageContentWrapper"><div id="fsPageContent" class="fsPageContent"><div class="fsPageLayout fsLayout fsTwoColumnLayout"><div class="fsDiv fsStyleTwoColumn"><div class="fsDiv fsColumn fsColumn1">{_fs("section", "fsPostElement fsDetail", "", post)}</div>'
        f'<div class="fsDiv fsColumn fsColumn2">{_fs("section", "fsContent fsQuickLinks", "Quick Links", f"<ul>{quick}</ul>")}{_fs("section", "fsCalendar fsList", "Upcoming Events", events)}</div></div>'
        f"{_fs('section', 'fsPostElement fsList', 'Related Posts', related)}</div></div></div>"
        f'<footer id="fsFooter" class="fsFooter">{_fs("div", "fsContent", "", f"<p>{district} · {c.rng.randint(10, 999)} School Street · Phone ({c.rng.randint(200, 999)}) {c.rng.randint(200, 999)}-{c.rng.randint(1000, 9999)}</p><p>The {district} does not discriminate on the basis of race, color, national origin, sex, disability, religion or age in its programs and activities, and provides equal access to designated youth groups. Inquiries regarding the non-discrimination policies may be directed to the Title IX Coordinator at the district office.</p>")}'
        f'<div class="fsPoweredByFinalsite"><a href="https://www.finalsite.com" target="_blank">Powered by Finalsite</a></div></footer></div></div></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "saas-changelog": (fam_changelog, "tech"),
    "mkdocs-blog": (fam_mkdocs_blog, "blog"),
    "cb-speech": (fam_cb_speech, "business"),
    "parliament-committee": (fam_parliament, "politics"),
    "church-newsletter": (fam_church, "lede"),
    "hospital-sxa": (fam_hospital, "news"),
    "oldreddit-self": (fam_reddit_self, "entertainment"),
    "confluence-blog": (fam_confluence, "ecb"),
    "event-recap": (fam_event_recap, "sport"),
    "careers-blog": (fam_careers, "business"),
    "annual-report": (fam_annual_report, "news"),
    "finalsite-district": (fam_finalsite, "news"),
}

_GENERATOR = {
    "mkdocs-blog": '<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.5.{n}"><link rel="alternate" type="application/rss+xml" title="RSS feed" href="/feed_rss_created.xml">',
    "saas-changelog": '<link rel="alternate" type="application/rss+xml" title="Changelog" href="/changelog/rss.xml">',
    "confluence-blog": '<meta name="ajs-version-number" content="7.19.{n}"><meta name="confluence-space-key" content="NEWS"><link rel="alternate" type="application/rss+xml" href="/createrssfeed.action?types=blogpost&amp;spaces=NEWS">',
    "annual-report": '<meta name="generator" content="WordPress 6.{n}"><link rel="alternate" type="application/rss+xml" href="/feed/">',
    "oldreddit-self": '<link rel="alternate" type="application/rss+xml" href=".rss">',
    "finalsite-district": '<link rel="alternate" type="application/rss+xml" href="/fs/post-manager/boards/12/posts/rss">',
}


def p_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus viewport, canonical link and the family's generator / feed tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _GENERATOR.get(
        family, ""
    ).replace("{n}", str(len(family) % 7))
    return lambda page_head, url: page_head.replace(
        "</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1
    )


def build_pages(per_family: int = 16, seed: int = 1501) -> list[Page]:
    """Set P: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    return draw_set(
        "p", seed, per_family, FAMILIES, kinds, pool, "example.net", key=text_key, amend=p_head
    )


if __name__ == "__main__":  # page_families_p.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 1501)

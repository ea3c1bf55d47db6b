"""Set I of the constructed pages: the shared old-era markup (bodies as `<br><br>` text, unclosed
`<P>`, `<FONT>`, tables for layout, `document.write` ads, spacer gifs) and six of its families
(the WordPress Kubrick default theme, a Joomla 1.5 article, a PHP-Nuke-like news portal, a
university or government news release, a 2010 Asian news portal, a GeoCities / Tripod homepage
essay); page_families_i.py holds the other six and `build_pages`.

Why an old-era set: sets A-G imitate modern publishing systems (semantic tags, one `<p>` per
paragraph, class names that say what a block is), while pages from 2004-2014 (table layouts,
paragraphs cut by `<br><br>`, `<font>` wrappers, uppercase unclosed tags, inline ad scripts, no
`<article>` or `<main>`) are common in crawls and in older extraction benchmarks. Set I is a
tuning set for that era, written in session 9 (helper h-old) without reading digest's extraction
code or notes, and frozen (committed) before digest was first run on it. Set H (another
helper's, same era) is the held-out judge; set I's builder never read it. The plumbing (Ctx,
Pool, Page, gold_text, draw_set) is that of sets A-G, imported.

Bodies, read at run time from ../shared/data (never copied into the repo), drawn with set I's
own seeds: BBC News texts (business ones for the wire and portal stories, sport ones for the
sports site), ECB+ documents (with real headlines, or the lede as headline) for news releases,
portal news and the AP story, full-content English feed entries for the blog-like families.

The gold follows set D (page_templates_d.py's docstring, the convention of the 181 real gold
texts): body paragraphs, subheadings, lists, tables, quotes, the dateline; never the headline,
standfirst/summary, byline, captions, pull quotes, comments or page furniture. Decisions for the
structures of this set, written down before the set was committed:
- WordPress Kubrick (2005-09): the div.entry paragraphs, headings, lists and quotes are article;
  the "Tags:" line and p.postmetadata ("This entry was posted on ... filed under ... You can
  follow any responses ...") inside div.entry, plugin boxes inside the entry (Sociable "Share
  and Enjoy:", "Related posts:", AdSense scripts), the post navigation, the "N Responses to"
  comment list, "Leave a Reply" and its form, the sidebar and the footer are not;
- a Joomla 1.5 article: the text cell of table.contentpaneopen (paragraphs, also when wrapped
  in `<span style>`; empty `&nbsp;` paragraphs carry no text) is article; td.contentheading
  (headline), the PDF / Print / E-mail icons, "Written by", the create date, "Last Updated (
  ... )", "Hits", "< Prev  Next >", the Related Items module, the menus, "Who's Online" and
  the "Powered by Joomla!" footer are not;
- a PHP-Nuke-like portal: the story text (home text and extended text, `<br><br>` paragraphs
  in `<font class="content">`) is article; "Posted by admin on ... (N reads)", the topic icon,
  the left and right blocks (Modules, Who's Online, Login, Related Links, Article Rating,
  Options: "Printer Friendly Page", "Send to a Friend"), the other stories' teasers with
  "(Read More... | N bytes more | Score: N)", the comments bar and the footer are not;
- a university or government news release (2005): the release's paragraphs and subheadings,
  with the dateline, are article; "NEWS RELEASE", "FOR IMMEDIATE RELEASE", the release date,
  the "Contact:" block, the headline, the "-30-" / "###" end mark, the standing "About <the
  institution>" paragraph after the end mark, "Return to News Index", the left navigation and
  "Last modified" are not;
- a 2010 Asian news portal (Rediff- / Sify-like): the `<br><br>` paragraphs of the story (the
  dateline "City:" included) are article; the inline "Also read:" and "Slideshow:" link lines,
  the closing "-- With inputs from PTI" / "Source: agencies" credit, the photo caption, the
  standfirst, the byline, "Tags:", "Print this article | Email | Comments (N)", the comment
  list and "Get news updates" are not;
- a GeoCities / Tripod homepage essay: the essay's paragraphs and headings are article; the
  `<marquee>` welcome, the page title, the hit counter line, "Sign my guestbook", the webring
  box, the navigation links, "Last updated", "Best viewed with", "E-mail me!" and the host's
  injected ad code are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from page_templates import PEOPLE, Block, Ctx, esc, slug
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence, with_dateline
from page_templates_g import slots

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = (
    "January February March April May June July August September October November December".split()
)


def old_date(c: Ctx, lo: int, hi: int, style: str = "long") -> str:
    """A date of the era in one of its spellings."""
    day, month, year = c.rng.randint(1, 28), c.rng.choice(MONTHS), c.rng.randint(lo, hi)
    if style == "joomla":
        return f"{c.rng.choice(WEEKDAYS)}, {day:02d} {month} {year} {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}"
    if style == "nuke":
        return f"{c.rng.choice(WEEKDAYS)}, {month} {day:02d} @ {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}"
    if style == "wp":
        sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
        return f"{c.rng.choice(WEEKDAYS)}, {month} {day}{sfx}, {year}"
    if style == "short":
        return f"{month[:3]} {day:02d}, {year}"
    return f"{month} {day}, {year}"


def olink(c: Ctx, title: str, path: str = "") -> str:
    """A link of the era: plain http, query-string or .html addresses."""
    kind = c.rng.randint(0, 2)
    href = (
        f"http://{c.site}/{path}{slug(title)}.html",
        f"http://{c.site}/{path}index.php?id={c.rng.randint(100, 99999)}",
        f"/{path}{c.rng.randint(2004, 2011)}/{c.rng.randint(1, 12):02d}/{slug(title)}.htm",
    )[kind]
    return f'<a href="{href}">{esc(title)}</a>'


def spacer(c: Ctx, w: int = 1, h: int = 1, upper: bool = False) -> str:
    name = c.rng.choice(["spacer", "pixel", "blank", "trans"])
    if upper:
        return f'<IMG SRC="/images/{name}.gif" WIDTH={w} HEIGHT={h} BORDER=0 ALT="">'
    return f'<img src="/images/{name}.gif" width="{w}" height="{h}" border="0" alt="">'


def docwrite_ad(c: Ctx, size: str = "300x250") -> str:
    """An inline ad script of the era (`document.write` of a DoubleClick tag) with its noscript."""
    c.used.append("docwrite-ad")
    zone = c.rng.choice(["news", "home", "sports", "blogs", "ros", "article"])
    w, h = size.split("x")
    return (
        f'<script type="text/javascript" language="JavaScript"><!--\nord = Math.random()*10000000000000000;\ndocument.write(\'<scr\'+\'ipt language="JavaScript" src="http://ad.doubleclick.net/adj/{brand(c).lower()}.{zone}/article;pos={c.rng.randint(1, 4)};sz={size};ord=\' + ord + \'?" type="text/javascript"></scr\'+\'ipt>\');\n//--></script>'
        f'<noscript><a href="http://ad.doubleclick.net/jump/{brand(c).lower()}.{zone}/article;sz={size};ord=123456789?" target="_blank"><img src="http://ad.doubleclick.net/ad/{brand(c).lower()}.{zone}/article;sz={size};ord=123456789?" width="{w}" height="{h}" border="0" alt=""></a></noscript>'
    )


def adsense(c: Ctx, w: int = 468, h: int = 60) -> str:
    c.used.append("adsense")
    return f'<script type="text/javascript"><!--\ngoogle_ad_client = "pub-{c.rng.randint(10**15, 10**16)}";\ngoogle_ad_slot = "{c.rng.randint(10**9, 10**10)}";\ngoogle_ad_width = {w};\ngoogle_ad_height = {h};\n//-->\n</script>\n<script type="text/javascript" src="http://pagead2.googlesyndication.com/pagead/show_ads.js"></script>'


def iframe_ad(c: Ctx, w: int = 728, h: int = 90) -> str:
    c.used.append("iframe-ad")
    return f'<iframe src="http://ads.{brand(c).lower()}.example/iframe.php?zone={c.rng.randint(1, 99)}&amp;size={w}x{h}" width="{w}" height="{h}" frameborder="0" scrolling="no" marginwidth="0" marginheight="0"></iframe>'


def urchin(c: Ctx) -> str:
    return f'<script src="http://www.google-analytics.com/urchin.js" type="text/javascript"></script>\n<script type="text/javascript">_uacct = "UA-{c.rng.randint(10**5, 10**7)}-1";\nurchinTracker();</script>'


def old_blocks(
    c: Ctx, blocks: list[Block], style: str, upper: bool = False
) -> tuple[list[str], list[Block]]:
    """Each block in an old page's markup, and the gold blocks. `style`: "p" (closed `<p>`),
    "open" (unclosed `<p>`), "br" (text then `<br><br>`), "div" (email: a `<div>` per paragraph,
    `<div><br></div>` between); lists, tables and quotes in the era's markup (unclosed `<li>` /
    `<td>` when `upper`)."""

    def t(s: str) -> str:
        return s.upper() if upper else s

    end = "" if upper else None
    out: list[str] = []
    gold: list[Block] = []
    for kind, value in blocks:
        text = esc(str(value))
        if kind == "p":
            html = {
                "p": f"<p>{text}</p>",
                "open": f"{t('<p>')}{text}\n",
                "br": f"{text}<br><br>\n",
                "div": f"<div>{text}</div><div><br></div>",
            }[style]
        elif kind == "h":
            html = {
                "p": f"<p><strong>{text}</strong></p>",
                "open": f"{t('<p><b>')}{text}{t('</b>')}\n",
                "br": f"<b>{text}</b><br><br>\n",
                "div": f"<div><b>{text}</b></div><div><br></div>",
            }[style]
        elif kind in ("ul", "ol"):
            close = t(f"</{kind}>")
            items = "".join(
                f"{t('<li>')}{esc(str(v))}{end if end is not None else '</li>'}"
                for v in value  # type: ignore[attr-defined]
            )
            html = f"{t(f'<{kind}>')}{items}{close}"
        elif kind == "table":
            rows = "".join(
                t("<tr>")
                + "".join(
                    f"{t('<td>')}{esc(cell)}{end if end is not None else '</td>'}" for cell in row
                )
                + (end if end is not None else "</tr>")
                for row in value  # type: ignore[attr-defined]
            )
            html = f"{t('<table border=1 cellpadding=3 cellspacing=0>')}{rows}{t('</table>')}"
        elif kind == "quote":
            html = f"{t('<blockquote>')}{text}{t('</blockquote>')}"
        else:
            html = f"<pre>{text}</pre>"
        out.append(html)
        gold.append((kind, value))
    return out, gold


# ---------------------------------------------------------------------------------------------
# WordPress Kubrick default theme (2005-09)


def _kubrick_extras(c: Ctx) -> str:
    out = ""
    if c.rng.random() < 0.4:
        c.used.append("wp-sociable")
        sites = c.rng.sample(
            [
                "Digg",
                "del.icio.us",
                "StumbleUpon",
                "Facebook",
                "Reddit",
                "Technorati",
                "Google",
                "email",
            ],
            5,
        )
        items = "".join(
            f'<li><a rel="nofollow" target="_blank" href="http://{slug(s)}.example/submit?url=http%3A%2F%2F{c.site}" title="{s}"><img src="http://{c.site}/wp-content/plugins/sociable/images/{slug(s)}.png" title="{s}" alt="{s}" class="sociable-hovers" /></a></li>'
            for s in sites
        )
        out += f'<div class="sociable"><div class="sociable_tagline"><strong>Share and Enjoy:</strong></div><ul>{items}</ul></div>'
    if c.rng.random() < 0.5:
        c.used.append("wp-related-posts")
        items = "".join(f"<li>{olink(c, h)}</li>" for h in headlines(c, c.rng.randint(3, 5)))
        out += f"<p>Related posts:</p><ol>{items}</ol>"
    return out


def fam_kubrick(c: Ctx) -> tuple[str, list[Block]]:
    """The WordPress default theme of 2005-09: div.post > div.entry with "Tags:" and
    p.postmetadata inside it, plugin boxes in the entry, the comment list, "Leave a Reply" and
    (in the two-column variant) the sidebar."""
    blog = f"{c.rng.choice(PEOPLE).split()[0]}'s {c.rng.choice(['Blog', 'Weblog', 'Corner', 'Ramblings', 'Notebook'])}"
    who = c.rng.choice(PEOPLE)
    pid = c.rng.randint(10, 3000)
    html_blocks, gold = old_blocks(c, c.body.blocks, "p")
    if c.rng.random() < 0.3 and len(html_blocks) > 2:
        html_blocks.insert(1, f'<span id="more-{pid}"></span>')
    if c.rng.random() < 0.4:
        html_blocks.insert(c.rng.randint(1, len(html_blocks)), adsense(c))
    if c.rng.random() < 0.3:
        html_blocks.insert(c.rng.randint(1, len(html_blocks)), "<p>&nbsp;</p>")
    cats = c.rng.sample(
        ["General", "Uncategorized", "Politics", "Personal", "Tech", "Books", "Music", "Links"],
        c.rng.randint(1, 2),
    )
    tags = ", ".join(
        f'<a href="http://{c.site}/tag/{slug(t)}/" rel="tag">{t}</a>'
        for t in c.rng.sample(
            ["news", "life", "web", "thoughts", "linux", "photos", "travel", "work"], 3
        )
    )
    date = old_date(c, 2005, 2009, "wp")
    meta = (
        f'<p class="postmetadata alt"><small>This entry was posted on {date} at {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {c.rng.choice(["am", "pm"])} and is filed under {", ".join(f"<a href=http://{c.site}/category/{slug(x)}/ title=View all posts in {x} rel=category tag>{x}</a>" for x in cats)}. '
        f'You can follow any responses to this entry through the <a href="http://{c.site}/?feed=rss2&amp;p={pid}">RSS 2.0</a> feed. '
        + c.rng.choice(
            [
                f'You can <a href="#respond">leave a response</a>, or <a href="http://{c.site}/wp-trackback.php?p={pid}" rel="trackback">trackback</a> from your own site.',
                "Both comments and pings are currently closed.",
                f'Responses are currently closed, but you can <a href="http://{c.site}/wp-trackback.php?p={pid}" rel="trackback">trackback</a> from your own site.',
            ]
        )
        + "</small></p>"
    )
    entry = "\n".join(html_blocks) + _kubrick_extras(c) + f"\n<p>Tags: {tags}</p>\n{meta}"
    n = c.rng.randint(0, 5)
    comments = "".join(
        f'<li class="{"alt" if k % 2 == 0 else ""}" id="comment-{pid * 10 + k}"><cite><a href="http://{slug(p)}.example/" rel="external nofollow">{p}</a></cite> Says:<br /><small class="commentmetadata"><a href="#comment-{pid * 10 + k}" title="">{old_date(c, 2005, 2009, "long")} at {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} pm</a> </small><p>{sentence(c, c.rng.randint(1, 3))}</p></li>'
        for k, p in enumerate(c.rng.sample(PEOPLE, n))
    )
    resp = (
        f'<h3 id="comments">{n} Response{"s" if n != 1 else ""} to &#8220;{esc(c.body.title)}&#8221;</h3><ol class="commentlist">{comments}</ol>'
        if n
        else ""
    )
    form = (
        f'<h3 id="respond">Leave a Reply</h3><form action="http://{c.site}/wp-comments-post.php" method="post" id="commentform">'
        '<p><input type="text" name="author" id="author" value="" size="22" tabindex="1" /><label for="author"><small>Name (required)</small></label></p>'
        '<p><input type="text" name="email" id="email" value="" size="22" tabindex="2" /><label for="email"><small>Mail (will not be published) (required)</small></label></p>'
        '<p><input type="text" name="url" id="url" value="" size="22" tabindex="3" /><label for="url"><small>Website</small></label></p>'
        "<p><small><strong>XHTML:</strong> You can use these tags: &lt;a href=&quot;&quot; title=&quot;&quot;&gt; &lt;abbr title=&quot;&quot;&gt; &lt;acronym title=&quot;&quot;&gt; &lt;b&gt; &lt;blockquote cite=&quot;&quot;&gt; &lt;code&gt; &lt;em&gt; &lt;i&gt; &lt;strike&gt; &lt;strong&gt; </small></p>"
        f'<p><textarea name="comment" id="comment" cols="100%" rows="10" tabindex="4"></textarea></p><p><input name="submit" type="submit" id="submit" tabindex="5" value="Submit Comment" /><input type="hidden" name="comment_post_ID" value="{pid}" /></p></form>'
    )
    prev, nxt = headlines(c, 2)
    two_col = c.rng.random() < 0.5
    sidebar = ""
    if two_col:
        c.used.append("wp-sidebar")
        months = "".join(
            f'<li><a href="http://{c.site}/{y}/{m:02d}/" title="{MONTHS[m - 1]} {y}">{MONTHS[m - 1]} {y}</a></li>'
            for y, m in sorted(
                {(c.rng.randint(2005, 2009), c.rng.randint(1, 12)) for _ in range(6)}, reverse=True
            )
        )
        blogroll = "".join(
            f'<li><a href="http://{slug(p)}.example/">{p}</a></li>' for p in c.rng.sample(PEOPLE, 4)
        )
        sidebar = (
            f'<div id="sidebar"><ul><li><form method="get" id="searchform" action="http://{c.site}/"><div><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="Search" /></div></form></li>'
            f"<li><h2>Author</h2><p>A little something about {who.split()[0]}.</p></li>"
            f'<li><h2>Archives</h2><ul>{months}</ul></li><li class="categories"><h2>Categories</h2><ul>{"".join(f"<li class=cat-item><a href=http://{c.site}/category/{slug(x)}/>{x}</a> ({c.rng.randint(1, 80)})</li>" for x in cats)}</ul></li>'
            f'<li id="linkcat-2" class="linkcat"><h2>Blogroll</h2><ul>{blogroll}</ul></li><li><h2>Meta</h2><ul><li><a href="http://{c.site}/wp-login.php">Log in</a></li><li><a href="http://validator.w3.org/check/referer" title="This page validates as XHTML 1.0 Transitional">Valid <abbr title="eXtensible HyperText Markup Language">XHTML</abbr></a></li><li><a href="http://gmpg.org/xfn/"><abbr title="XHTML Friends Network">XFN</abbr></a></li><li><a href="http://wordpress.org/" title="Powered by WordPress, state-of-the-art semantic personal publishing platform.">WordPress</a></li></ul></li></ul></div>'
        )
    c.used += ["wp-postmetadata", "wp-tags-line", "wp-leave-reply", "wp-footer", "wp-post-nav"]
    if n:
        c.used.append("wp-comment-list")
    html = (
        f'<body><div id="page"><div id="header" role="banner"><div id="headerimg"><h1><a href="http://{c.site}/">{esc(blog)}</a></h1><div class="description">{c.rng.choice(["Just another WordPress weblog", "Thoughts, links and the odd rant", "Notes from the road"])}</div></div></div><hr />'
        f'<div id="content" class="{"narrowcolumn" if two_col else "widecolumn"}" role="main">'
        f'<div class="navigation"><div class="alignleft">&laquo; {olink(c, prev)}</div><div class="alignright">{olink(c, nxt)} &raquo;</div></div>'
        f'<div class="post" id="post-{pid}"><h2><a href="http://{c.site}/?p={pid}" rel="bookmark" title="Permanent Link to {esc(c.body.title)}">{esc(c.body.title)}</a></h2>'
        + (f"<small>{old_date(c, 2005, 2009, 'long')} <!-- by {who} --></small>" if two_col else "")
        + f'<div class="entry">\n{entry}\n</div></div>\n{resp}\n{form}</div>\n{sidebar}'
        f'<hr /><div id="footer" role="contentinfo"><p>{esc(blog)} is proudly powered by <a href="http://wordpress.org/">WordPress</a><br /><a href="http://{c.site}/?feed=rss2">Entries (RSS)</a> and <a href="http://{c.site}/?feed=comments-rss2">Comments (RSS)</a>.</p></div></div>\n{urchin(c) if c.rng.random() < 0.5 else ""}</body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# Joomla 1.5 article (rhuk_milkyway-like template)


def _joomla_body(c: Ctx) -> tuple[str, list[Block]]:
    """TinyMCE paragraphs of the era: justified `<p>`, `<span style>` wrappers, `&nbsp;` gaps."""
    out: list[str] = []
    span = c.rng.random() < 0.4
    justify = c.rng.random() < 0.5
    html_blocks, gold = old_blocks(c, c.body.blocks, "p")
    for h in html_blocks:
        if span and h.startswith("<p>"):
            h = f'<p><span style="font-family: arial,helvetica,sans-serif; font-size: {c.rng.choice(["10pt", "small", "12px"])};">{h[3:-4]}</span></p>'
        if justify and h.startswith("<p>"):
            h = '<p style="text-align: justify;">' + h[3:]
        out.append(h)
        if c.rng.random() < 0.15:
            out.append("<p>&nbsp;</p>")
    return "\n".join(out), gold


def fam_joomla(c: Ctx) -> tuple[str, list[Block]]:
    """A Joomla 1.5 article: two table.contentpaneopen (heading with PDF / Print / E-mail icons,
    then the meta rows and the text cell), the page navigation, the Related Items module and the
    left menus in a table layout."""
    who = c.rng.choice(PEOPLE)
    aid = c.rng.randint(10, 900)
    body, gold = _joomla_body(c)
    section = c.rng.choice(["News", "Latest News", "Articles", "Community", "Press Releases"])
    icons = ""
    if c.rng.random() < 0.85:
        c.used.append("joomla-icons")
        icons = (
            f'<td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id={aid}&amp;format=pdf" title="PDF" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no\'); return false;" rel="nofollow"><img src="/images/M_images/pdf_button.png" alt="PDF"  /></a></td>'
            f'<td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id={aid}&amp;tmpl=component&amp;print=1&amp;layout=default&amp;page=" title="Print" onclick="window.open(this.href,\'win2\',\'status=no\'); return false;" rel="nofollow"><img src="/images/M_images/printButton.png" alt="Print"  /></a></td>'
            f'<td align="right" width="100%" class="buttonheading"><a href="/index.php?option=com_mailto&amp;tmpl=component&amp;link={hexid(c, 24)}" title="E-mail" onclick="window.open(this.href,\'win2\',\'width=400,height=350\'); return false;"><img src="/images/M_images/emailButton.png" alt="E-mail"  /></a></td>'
        )
    rows = ""
    if c.rng.random() < 0.8:
        c.used.append("joomla-written-by")
        rows += f'<tr><td valign="top"><span class="small">Written by {who}</span>&nbsp;&nbsp;</td></tr>'
    rows += f'<tr><td valign="top" class="createdate">{old_date(c, 2007, 2011, "joomla")}</td></tr>'
    rows += f'<tr><td valign="top">{body}</td></tr>'
    if c.rng.random() < 0.7:
        c.used.append("joomla-last-updated")
        rows += f'<tr><td colspan="2" align="left" class="modifydate">Last Updated ( {old_date(c, 2007, 2011, "joomla")} )</td></tr>'
    hits = (
        f'<span class="small">Hits: {c.rng.randint(12, 9000)}</span>'
        if c.rng.random() < 0.3
        else ""
    )
    prev, nxt = (
        ("&lt; Prev", "Next &gt;") if c.rng.random() < 0.6 else ("&lt; Previous", "Next &gt;")
    )
    pagenav = f'<table align="center" class="pagenav"><tr><th class="pagenav_prev"><a href="/index.php?option=com_content&amp;view=article&amp;id={aid - 1}">{prev}</a></th><td width="50">&nbsp;</td><th class="pagenav_next"><a href="/index.php?option=com_content&amp;view=article&amp;id={aid + 1}">{nxt}</a></th></tr></table>'
    related = ""
    if c.rng.random() < 0.7:
        c.used.append("joomla-related-items")
        related = f'<div class="moduletable"><h3>Related Items</h3><ul class="relateditems">{"".join(f"<li><a href=/index.php?option=com_content&amp;view=article&amp;id={c.rng.randint(10, 900)}>{esc(h)}</a></li>" for h in headlines(c, c.rng.randint(2, 5)))}</ul></div>'
    side = bool(related) and c.rng.random() < 0.5
    menu = "".join(
        f'<li class="item{k}"><a href="/index.php?option=com_content&amp;view=section&amp;id={k}&amp;Itemid={k + 50}"><span>{w}</span></a></li>'
        for k, w in enumerate(["Home", section, "About Us", "Events", "Links", "Contact Us"], 1)
    )
    latest = "".join(
        f'<li class="latestnews"><a href="/index.php?option=com_content&amp;view=article&amp;id={c.rng.randint(10, 900)}" class="latestnews">{esc(h)}</a></li>'
        for h in headlines(c, 5)
    )
    c.used += [
        "joomla-contentheading",
        "joomla-pagenav",
        "joomla-menu",
        "joomla-latest",
        "joomla-whos-online",
        "joomla-footer",
    ]
    html = (
        f'<body id="page_bg" class="color_{c.rng.choice(["white", "blue", "green"])} bg_blue width_fmax"><a name="up" id="up"></a><div class="center" align="center"><div id="wrapper"><div id="wrapper_r"><div id="header"><div id="header_l"><div id="header_r"><div id="logo">{brand(c)}</div>'
        f'<div class="moduletable"><form action="index.php" method="post"><div class="search"><input name="searchword" id="mod_search_searchword" maxlength="20" alt="Search" class="inputbox" type="text" size="20" value="search..."  onblur="if(this.value==\'\') this.value=\'search...\';" onfocus="if(this.value==\'search...\') this.value=\'\';" /></div><input type="hidden" name="task"   value="search" /></form></div></div></div></div>'
        f'<div id="tabarea"><div id="tabarea_l"><div id="tabarea_r"><div id="tabmenu"><table cellpadding="0" cellspacing="0" class="pill"><tr><td class="pill_l">&nbsp;</td><td class="pill_m"><div id="pillmenu"><ul id="mainlevel-nav">{"".join(f"<li><a href=/index.php?Itemid={k} class=mainlevel-nav>{w}</a></li>" for k, w in enumerate(["Home", "News", "Downloads", "Forum", "Contact"], 1))}</ul></div></td><td class="pill_r">&nbsp;</td></tr></table></div></div></div></div>'
        f'<div id="search">&nbsp;</div><div id="pathway"><span class="breadcrumbs pathway"><a href="/" class="pathway">Home</a> <img src="/templates/rhuk_milkyway/images/arrow.png" alt=""  /> <a href="/index.php?option=com_content&amp;view=section&amp;id=1" class="pathway">{section}</a> <img src="/templates/rhuk_milkyway/images/arrow.png" alt=""  /> {esc(c.body.title)}</span></div><div class="clr"></div>'
        f'<div id="whitebox"><div id="whitebox_t"><div id="whitebox_tl"><div id="whitebox_tr"></div></div></div><div id="whitebox_m"><div id="area"><div id="leftcolumn">'
        f'<div class="module_menu"><div><div><div><h3>Main Menu</h3><ul class="menu">{menu}</ul></div></div></div></div>'
        f'<div class="module"><div><div><div><h3>Latest News</h3><ul class="latestnews">{latest}</ul></div></div></div></div>'
        f'<div class="module"><div><div><div><h3>Who\'s Online</h3>We have {c.rng.randint(2, 90)}&nbsp;guests online</div></div></div></div></div>'
        f'<div id="maincolumn"><table class="nopad"><tr valign="top"><td>'
        f'<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(c.body.title)}</td>{icons}</tr></table>'
        f'<table class="contentpaneopen">{rows}</table>{hits}<span class="article_separator">&nbsp;</span>{pagenav}'
        f"</td>{f'<td class=greyline>&nbsp;</td><td width=170>{related}</td>' if side else ''}</tr></table>{'' if side else related}</div>"
        f'<div class="clr"></div></div></div></div><div id="footerspacer"></div></div><div id="footer"><div id="footer_l"><div id="footer_r"><p id="syndicate"><a href="/index.php?format=feed&amp;type=rss"><img src="/images/M_images/livemarks.png" alt="feed-image"  /> <span>Feed Entries</span></a></p><p id="power_by">Powered by <a href="http://www.joomla.org">Joomla!</a>. valid <a href="http://validator.w3.org/check/referer">XHTML</a> and <a href="http://jigsaw.w3.org/css-validator/check/referer">CSS</a>.</p></div></div></div></div></div>'
        f"{urchin(c) if c.rng.random() < 0.5 else ''}</body></html>"
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A PHP-Nuke-like news portal


def _nuke_block(title: str, inner: str) -> str:
    return f'<table border="0" cellpadding="1" cellspacing="0" bgcolor="#000000" width="150"><tr><td><table border="0" cellpadding="3" cellspacing="0" bgcolor="#dedebb" width="100%"><tr><td align="left"><font class="content" color="#363636"><b>{title}</b></font></td></tr></table></td></tr></table><table border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff" width="150"><tr valign="top"><td bgcolor="#ffffff"><font class="content">{inner}</font></td></tr></table><br>'


def _nuke_teaser(c: Ctx, title: str) -> str:
    c.used.append("nuke-other-teasers")
    return (
        f'<table border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#000000"><tr><td><table border="0" cellpadding="3" cellspacing="1" width="100%"><tr><td bgcolor="#dedebb"><font class="option" color="#363636"><b>{esc(title)}</b></font><br><font class="content">Posted by <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=admin">admin</a> on {old_date(c, 2004, 2008, "nuke")} ({c.rng.randint(40, 9000)} reads)</font></td></tr>'
        f'<tr><td bgcolor="#ffffff"><font class="content">{sentence(c, c.rng.randint(1, 3))}</font></td></tr><tr><td bgcolor="#dedebb" align="right"><font class="content">(<a href="modules.php?name=News&amp;file=article&amp;sid={c.rng.randint(10, 5000)}"><b>Read More...</b></a> | {c.rng.randint(200, 9000)} bytes more | <a href="modules.php?name=News&amp;file=article&amp;sid={c.rng.randint(10, 5000)}#comments">{c.rng.randint(0, 30)} comments</a> | Score: {c.rng.randint(1, 5)})</font></td></tr></table></td></tr></table><br>'
    )


def fam_nuke(c: Ctx) -> tuple[str, list[Block]]:
    """A PHP-Nuke-like portal's article page: nested tables, left blocks (Modules, Who's Online,
    Login), the story box (home text, then extended text, `<br><br>` paragraphs), the right
    blocks (Related Links, Article Rating, Options), the other stories' teasers and comments."""
    blocks = c.body.blocks
    cut = c.rng.randint(1, min(2, len(blocks)))
    home, _ = old_blocks(c, blocks[:cut], "br")
    more, _ = old_blocks(c, blocks[cut:], "br")
    gold = list(blocks)
    if c.rng.random() < 0.3:
        more.insert(c.rng.randint(0, len(more)), docwrite_ad(c, "468x60"))
    topic = c.rng.choice(["linux", "news", "security", "internet", "hardware", "community"])
    sid = c.rng.randint(10, 5000)
    story = (
        f'<table border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#000000"><tr><td><table border="0" cellpadding="3" cellspacing="1" width="100%"><tr><td bgcolor="#dedebb"><img src="themes/DeepBlue/images/arrow.gif" border="0" alt=""> <font class="option" color="#363636"><b>{esc(c.body.title)}</b></font><br>'
        f'<font class="content">Posted by <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=admin">admin</a> on {old_date(c, 2004, 2008, "nuke")} {c.rng.choice(["EDT", "CET", "PST", ""])} ({c.rng.randint(40, 9000)} reads)</font></td></tr>'
        f'<tr><td bgcolor="#ffffff"><a href="modules.php?name=News&amp;new_topic={c.rng.randint(1, 20)}"><img src="images/topics/{topic}.gif" border="0" alt="{topic.title()}" title="{topic.title()}" align="right" hspace="10" vspace="10"></a><font class="content">{"".join(home)}{"".join(more)}</font></td></tr></table></td></tr></table><br>'
    )
    modules = "".join(
        f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name={m.replace(" ", "_")}">{m}</a><br>'
        for m in [
            "Home",
            "AvantGo",
            "Downloads",
            "Encyclopedia",
            "FAQ",
            "Feedback",
            "Forums",
            "Journal",
            "Members List",
            "Private Messages",
            "Recommend Us",
            "Search",
            "Statistics",
            "Stories Archive",
            "Submit News",
            "Top 10",
            "Topics",
            "Web Links",
            "Your Account",
        ]
        if c.rng.random() < 0.7
    )
    online = f'There are currently, {c.rng.randint(2, 300)} guest(s) and {c.rng.randint(0, 20)} member(s) that are online.<br><br>You are Anonymous user. You can register for free by clicking <a href="modules.php?name=Your_Account&amp;op=new_user">here</a>'
    login = '<form action="modules.php?name=Your_Account" method="post"><center>Nickname<br><input type="text" name="username" size="10" maxlength="25"><br>Password<br><input type="password" name="user_password" size="10" maxlength="20"><br><input type="submit" value="Login"></center></form><center>Don\'t have an account yet? You can <a href="modules.php?name=Your_Account&amp;op=new_user">create one</a>. As a registered user you have some advantages like theme manager, comments configuration and post comments with your name.</center>'
    related = f'<font class="content"><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;topic={topic}">More about {topic.title()}</a><br><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;author=admin">News by admin</a><br><br><center><b>Most read story about {topic.title()}:</b><br>{olink(c, c.pool.headline(c.rng, c.body))}</center></font>'
    rating = f'<center>Average Score: <b>{c.rng.randint(1, 4)}.{c.rng.randint(0, 99):02d}</b><br>Votes: <b>{c.rng.randint(1, 40)}</b><br><br><form action="modules.php?name=News" method="post">Please take a second and vote for this article:<br><input type="radio" name="score" value="5"> <img src="images/articles/stars-5.gif" border="0" width="50" height="10" alt="Excellent"><br><input type="radio" name="score" value="1"> <img src="images/articles/stars-1.gif" alt="Bad"><br><input type="submit" value="Cast my Vote!"></form></center>'
    options = f'<font class="content"><img src="images/print.gif" border="0" alt="Printer Friendly Page" title="Printer Friendly Page" width="16" height="11">&nbsp;&nbsp;<a href="modules.php?name=News&amp;file=print&amp;sid={sid}">Printer Friendly Page</a><br><br><img src="images/friend.gif" border="0" alt="Send to a Friend" width="16" height="11">&nbsp;&nbsp;<a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={sid}">Send to a Friend</a><br><br></font>'
    ncom = c.rng.randint(0, 4)
    comments = "".join(
        f'<table width="99%" border="0" cellspacing="1" cellpadding="2" bgcolor="#000000"><tr><td bgcolor="#ffffff"><a name="{k}"></a><b>Re: {esc(c.body.title[:40])}</b> (Score: {c.rng.randint(0, 5)})<br>by <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username={slug(p)}">{slug(p).replace("-", "")}</a> on {old_date(c, 2004, 2008, "nuke")}<br>(<a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username={slug(p)}">User Info</a> | <a href="modules.php?name=Private_Messages&amp;mode=post">Send a Message</a>)</td></tr><tr><td bgcolor="#ffffff">{sentence(c, c.rng.randint(1, 2))}</td></tr></table>'
        for k, p in enumerate(c.rng.sample(PEOPLE, ncom))
    )
    combar = f'<table width="99%" border="0" cellspacing="1" cellpadding="2"><tr><td bgcolor="#dedebb" align="center"><font class="content">"{esc(c.body.title[:50])}" | <a href="modules.php?name=Your_Account">Login/Create an Account</a> | <b>{ncom}</b> comments | <a href="modules.php?name=Search&amp;type=comments&amp;sid={sid}">Search Discussion</a></font></td></tr><tr><td bgcolor="#ffffff" align="center"><font class="tiny">The comments are owned by the poster. We aren\'t responsible for their content.</font></td></tr></table>{comments}'
    teasers = (
        "".join(_nuke_teaser(c, h) for h in headlines(c, c.rng.randint(1, 2)))
        if c.rng.random() < 0.5
        else ""
    )
    site = brand(c)
    c.used += [
        "nuke-posted-by",
        "nuke-blocks",
        "nuke-related-links",
        "nuke-rating",
        "nuke-options",
        "nuke-comments",
        "nuke-footer",
    ]
    html = (
        f'<body bgcolor="#505050" text="#000000" link="#363636" vlink="#363636" alink="#d5ae83"><br><table border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#ffffff" align="center"><tr><td bgcolor="#ffffff"><a href="index.php"><img src="themes/DeepBlue/images/logo.gif" border="0" alt="Welcome to {site}" align="left"></a></td><td align="right">{iframe_ad(c, 468, 60) if c.rng.random() < 0.5 else docwrite_ad(c, "468x60")}</td></tr></table>'
        f'<table border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#dedebb"><tr><td>{spacer(c, 1, 1)}</td><td align="left"><font class="content"><b>{site}: {c.rng.choice(["Your source for news", "The community portal", "News for the community"])}</b></font></td><td align="right"><form action="modules.php?name=Search" method="post"><font class="content">Search <input type="text" name="query" size="14"></font></form></td><td align="right"><font class="content">{old_date(c, 2004, 2008, "long")}</font></td></tr></table>'
        f'<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top"><td bgcolor="#ffffff">{spacer(c, 1, 10)}</td></tr></table>'
        f'<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top"><td bgcolor="#ffffff" width="150" valign="top">{_nuke_block("Modules", modules)}{_nuke_block("Who&#039;s Online", online)}{_nuke_block("Login", login)}</td>'
        f'<td>{spacer(c, 10, 1)}</td><td width="100%">{story}{combar}{teasers}</td><td>{spacer(c, 10, 1)}</td>'
        f'<td valign="top" width="150">{_nuke_block("Related Links", related)}{_nuke_block("Article Rating", rating)}{_nuke_block("Options", options)}</td></tr></table>'
        f'<br><table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff"><tr><td align="center"><font class="footmsg">All logos and trademarks in this site are property of their respective owner. The comments are property of their posters, all the rest &copy; {c.rng.randint(2003, 2008)} by {site}<br>You can syndicate our news using the file <a href="backend.php">backend.php</a> or <a href="ultramode.txt">ultramode.txt</a><br>PHP-Nuke Copyright &copy; 2005 by Francisco Burzi. This is free software, and you may redistribute it under the <a href="http://phpnuke.org/files/gpl.txt">GPL</a>. PHP-Nuke comes with absolutely no warranty, for details, see the <a href="http://phpnuke.org/files/gpl.txt">license</a>.<br>Page Generation: {c.rng.randint(0, 1)}.{c.rng.randint(10, 99)} Seconds</font></td></tr></table></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A university or government static news release (2005)

_RELEASE_CITIES = [
    "ALBANY, N.Y.",
    "AUSTIN, Texas",
    "MADISON, Wis.",
    "LINCOLN, Neb.",
    "BOULDER, Colo.",
    "COLUMBUS, Ohio",
    "SACRAMENTO, Calif.",
    "RALEIGH, N.C.",
]


def fam_release(c: Ctx) -> tuple[str, list[Block]]:
    """A static news release of 2005 in uppercase HTML: a header image with an image map, a
    left navigation cell with spacer gifs, `<CENTER>`, `<HR>`, "FOR IMMEDIATE RELEASE", the
    contact block, unclosed `<P>` paragraphs in `<FONT>`, the end mark, "About" and "Return to
    News Index"."""
    gov = c.rng.random() < 0.5
    org = (
        f"{c.rng.choice(['State', 'Department', 'Office'])} of {c.rng.choice(['Environmental Conservation', 'Transportation', 'Health', 'Agriculture', 'Labor'])}"
        if gov
        else f"{brand(c)} {c.rng.choice(['University', 'State University', 'College'])}"
    )
    blocks = with_dateline(
        c, c.body.blocks, c.rng.choice(_RELEASE_CITIES), c.rng.choice([" -- ", " - ", " — "])
    )
    body, gold = old_blocks(c, blocks, "open", upper=True)
    who = c.rng.choice(PEOPLE)
    date = old_date(c, 2003, 2007, "long")
    contact = f'<B>Contact:</B> {who}, {c.rng.choice(["Office of University Relations", "Public Information Office", "Media Relations", "Press Office"])}<BR>({c.rng.randint(200, 989)}) {c.rng.randint(200, 999)}-{c.rng.randint(1000, 9999)}, <A HREF="mailto:{slug(who).replace("-", ".")}@{c.site}">{slug(who).replace("-", ".")}@{c.site}</A><BR>'
    top_contact = c.rng.random() < 0.6
    end = c.rng.choice(["-30-", "###", "# # #", "- 30 -"])
    about = ""
    if c.rng.random() < 0.5:
        c.used.append("release-about")
        about = f'<P><B>About {org}:</B> {org} {c.rng.choice(["serves more than 20,000 students", "protects and improves the health of all residents", "is committed to serving the public", "was founded in 1865 and enrolls students from all 50 states"])}. For more information, visit <A HREF="http://{c.site}/">{c.site}</A>.\n'
    nav = "".join(
        f'{spacer(c, 8, 8, True)}<A HREF="/{slug(w)}/index.html"><FONT FACE="Verdana, Arial" SIZE=1 COLOR="#FFFFFF"><B>{w.upper()}</B></FONT></A><BR>{spacer(c, 1, 6, True)}<BR>'
        for w in (
            ["About Us", "Programs", "Newsroom", "Publications", "Forms", "Contact Us"]
            if gov
            else [
                "Admissions",
                "Academics",
                "Research",
                "Athletics",
                "News & Events",
                "Alumni",
                "Giving",
            ]
        )
    )
    c.used += [
        "release-header-map",
        "release-left-nav",
        "release-immediate",
        "release-contact",
        "release-end-mark",
        "release-return-index",
        "release-last-modified",
    ]
    html = (
        f'<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#003366" VLINK="#663366" TOPMARGIN=0 LEFTMARGIN=0 MARGINWIDTH=0 MARGINHEIGHT=0>'
        f'<TABLE WIDTH={c.rng.choice([760, 770, 780])} BORDER=0 CELLPADDING=0 CELLSPACING=0><TR><TD COLSPAN=3><IMG SRC="/images/header_{hexid(c, 4)}.jpg" WIDTH=760 HEIGHT=90 BORDER=0 ALT="{esc(org)}" USEMAP="#navmap"></TD></TR>'
        f'<TR><TD WIDTH=150 VALIGN=TOP BGCOLOR="{c.rng.choice(["#003366", "#660000", "#334455"])}">{spacer(c, 150, 10, True)}<BR>{nav}</TD><TD WIDTH=15>{spacer(c, 15, 1, True)}</TD><TD WIDTH=595 VALIGN=TOP><BR>'
        f'<CENTER><FONT FACE="Arial, Helvetica" SIZE=2><B>{c.rng.choice(["NEWS RELEASE", "PRESS RELEASE", "NEWS"])}</B></FONT></CENTER><HR NOSHADE SIZE=1>'
        f'<FONT FACE="Arial, Helvetica, sans-serif" SIZE=2><B>FOR IMMEDIATE RELEASE</B><BR>{date}<BR><BR>{contact if top_contact else ""}<BR>'
        f"<CENTER><B><FONT SIZE=3>{esc(c.body.title)}</FONT></B></CENTER>\n"
        + "".join(body)
        + f"<P><CENTER>{end}</CENTER>\n{about}{'' if top_contact else '<P>' + contact}"
        f'<P><HR NOSHADE SIZE=1><A HREF="/news/index.html">Return to News Index</A> | <A HREF="/">{esc(org)} Home</A>'
        f'<P><FONT SIZE=1>Last modified: {old_date(c, 2003, 2007, "short")}<BR>Copyright &copy; {c.rng.randint(2003, 2007)} {esc(org)}. All rights reserved.<BR><A HREF="/disclaimer.html">Disclaimer</A> | <A HREF="/privacy.html">Privacy Policy</A></FONT></FONT></TD></TR></TABLE>'
        f'<MAP NAME="navmap"><AREA SHAPE="rect" COORDS="0,0,300,90" HREF="/" ALT="Home"><AREA SHAPE="rect" COORDS="600,60,760,90" HREF="/search.html" ALT="Search"></MAP></BODY></HTML>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A 2010 Asian news portal (Rediff- / Sify-like)

_IN_CITIES = [
    "New Delhi",
    "Mumbai",
    "Kolkata",
    "Chennai",
    "Bengaluru",
    "Hyderabad",
    "Islamabad",
    "Dhaka",
    "Colombo",
]


def fam_asia_portal(c: Ctx) -> tuple[str, list[Block]]:
    """A 2010 Asian portal story: `<br><br>` paragraphs in one div (a photo table floated in
    it), inline "Also read:" and "Slideshow:" lines, an inline ad script, the agency credit, then
    "Tags:", the comment count and list, and the right rail."""
    rediff = c.rng.random() < 0.5
    blocks = with_dateline(
        c,
        c.body.blocks,
        c.rng.choice(_IN_CITIES),
        c.rng.choice([": ", ", " + old_date(c, 2009, 2011, "short")[:6] + ": "]),
    )
    body, gold = old_blocks(c, blocks, "br")
    where = slots(c, len(body), c.rng.randint(1, 3))
    out: list[str] = []
    for i, h in enumerate(body):
        if i in where:
            r = c.rng.random()
            if r < 0.5:
                c.used.append("portal-also-read")
                out.append(
                    f"<b>Also read:</b> {olink(c, c.pool.headline(c.rng, c.body), 'news/')}<br><br>\n"
                )
            elif r < 0.75:
                c.used.append("portal-slideshow")
                out.append(
                    f'<font color="#cc0000"><b>Slideshow:</b></font> {olink(c, "Images: " + c.pool.headline(c.rng, c.body), "slide-show/")}<br><br>\n'
                )
            else:
                out.append(docwrite_ad(c, "300x250"))
        out.append(h)
    credit = c.rng.choice(
        [
            "<i>-- With inputs from PTI</i>",
            "Source: PTI",
            "<i>(With inputs from agencies)</i>",
            "<b>Source:</b> IANS",
        ]
    )
    out.append(f"{credit}<br>")
    photo = f'<table align="right" width="{c.rng.choice([200, 250, 300])}" cellpadding="4"><tr><td><img src="http://im.{c.site}/news/{c.rng.randint(2009, 2011)}/{hexid(c, 6)}.jpg" border="0" width="200" alt=""><br><font class="sm1">Image: {sentence(c)}<br>Photograph: {c.rng.choice(["Reuters", "AFP", "PTI", "File photo"])}</font></td></tr></table>'
    cls = c.rng.choice(["arti_content_n", "fullstory", "story_content", "storybody"])
    ncom = c.rng.randint(0, 60)
    comments = "".join(
        f'<div class="cmtbox"><b>Sub: {esc(sentence(c)[:40])}</b><br><span class="cmtby">by {p.split()[0]} {c.rng.choice(["from India", "from Dubai", "from USA", ""])} on {old_date(c, 2009, 2011, "short")} {c.rng.randint(10, 23)}:{c.rng.randint(10, 59)} IST</span><br>{sentence(c, c.rng.randint(1, 2))}<br><a href="#">Reply</a> | <a href="#">Report Abuse</a></div>'
        for p in c.rng.sample(PEOPLE, min(ncom, c.rng.randint(0, 4)))
    )
    portal = brand(c)
    nav = " | ".join(
        f'<a href="http://{c.site}/{slug(w)}/">{w}</a>'
        for w in [
            "Home",
            "News",
            "Business",
            "Movies",
            "Cricket",
            "Get Ahead",
            "Money",
            "Shopping",
            "Videos",
        ]
    )
    byline = c.rng.choice(
        [
            f"{portal} News Bureau",
            f"{c.rng.choice(PEOPLE)} in {c.rng.choice(_IN_CITIES)}",
            f"{portal} News",
            "Agencies",
        ]
    )
    popular = "".join(f"<li>{olink(c, h, 'news/')}</li>" for h in headlines(c, 6))
    c.used += [
        "portal-credit",
        "portal-photo-caption",
        "portal-byline",
        "portal-tools",
        "portal-tags",
        "portal-comments",
        "portal-news-updates",
        "portal-most-popular",
    ]
    html = (
        f'<body topmargin="0" leftmargin="0" marginheight="0" marginwidth="0"><div id="topbar"><a href="http://{c.site}/">{portal}</a> | <a href="http://mail.{c.site}/">Mail</a> | <a href="http://shopping.{c.site}/">Shopping</a> | <a href="http://{c.site}/signin">Sign in</a></div>'
        f'<table width="980" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td width="200"><a href="http://{c.site}/"><img src="http://im.{c.site}/logo.gif" border="0" alt="{portal}"></a></td><td align="right">{iframe_ad(c)}</td></tr></table>'
        f'<div id="navbar" class="navbar">{nav}</div><div id="wrapper"><div id="leftcontainer">'
        f'<div class="breadcrumb"><a href="http://{c.site}/">{portal}</a> &raquo; <a href="http://{c.site}/news/">News</a> &raquo; {c.rng.choice(["Report", "Interview", "PTI", "Special"])}</div>'
        f'<h1 class="arti_heading">{esc(c.body.title)}</h1>'
        + (f'<div class="arti_stitle"><i>{sentence(c)}</i></div>' if c.rng.random() < 0.6 else "")
        + f'<div class="byline"><b>{esc(byline)}</b> | {old_date(c, 2009, 2011, "long")} {c.rng.randint(10, 23)}:{c.rng.randint(10, 59)} IST</div>'
        f'<div class="sharebar"><a href="http://{c.site}/print/{hexid(c, 6)}.htm" target="_blank">Print this article</a> | <a href="http://{c.site}/email/{hexid(c, 6)}">Email</a> | <a href="http://www.facebook.com/sharer.php?u=http://{c.site}/">Facebook</a> | <a href="http://twitter.com/home?status=http://{c.site}/">Twitter</a> | <a href="#comments">Comments ({ncom})</a></div>'
        + ("" if rediff else '<div class="vspacer"></div>')
        + f'<div id="{cls}" class="{cls}">{photo if c.rng.random() < 0.7 else ""}{"".join(out)}</div>'
        f'<div class="tags"><b>Tags:</b> {", ".join(f"<a href=http://{c.site}/tags/{slug(t)}>{t}</a>" for t in c.rng.sample(["India", "Pakistan", "Congress", "BJP", "Economy", "Cricket", "Terror", "Mumbai", "China", "Delhi"], 3))}</div>'
        f'<div id="comments"><h3>Comments ({ncom})</h3>{comments}<a href="http://{c.site}/comments/write">Write a comment</a></div></div>'
        f'<div id="rightcontainer">{iframe_ad(c, 300, 250)}<div class="box"><h3>Get news updates:</h3><form>Email: <input type="text" name="email"><input type="submit" value="Go"></form><a href="http://{c.site}/rss/">RSS</a> | <a href="http://m.{c.site}/">Mobile</a></div>'
        f'<div class="box"><h3>Most Popular</h3><ul>{popular}</ul></div></div></div>'
        f'<div id="footer"><p>&copy; {c.rng.randint(2009, 2011)} {portal}.com India Limited. All rights reserved. <a href="http://{c.site}/disclaimer">Disclaimer</a> | <a href="http://{c.site}/feedback">Feedback</a> | <a href="http://{c.site}/advertise">Advertise with us</a></p></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A GeoCities / Tripod personal homepage essay


def fam_homepage(c: Ctx) -> tuple[str, list[Block]]:
    """A personal homepage essay in uppercase HTML: `<BODY BGCOLOR>`, a `<MARQUEE>`, the essay in
    nested `<FONT FACE>` (unclosed `<P>` or `<BR><BR>`), the hit counter, "Sign my guestbook",
    the webring box, and the host's ad code (Tripod's at the top, GeoCities' after </HTML>)."""
    who = c.rng.choice(PEOPLE)
    first = who.split()[0]
    tripod = c.rng.random() < 0.4
    style = c.rng.choice(["open", "br"])
    body, gold = old_blocks(c, c.body.blocks, style, upper=True)
    face = c.rng.choice(["Arial", "Comic Sans MS", "Verdana", "Times New Roman", "Georgia"])
    bg, fg = c.rng.choice(
        [
            ("#000080", "#FFFF00"),
            ("#000000", "#00FF00"),
            ("#FFFFCC", "#000000"),
            ("#000000", "#FFFFFF"),
            ("#C0C0C0", "#000080"),
        ]
    )
    host = "tripod.example" if tripod else "geocities.example"
    backdrop = c.rng.choice(["", ' BACKGROUND="stars.gif"'])
    ring = c.rng.choice(
        [
            "Fantasy Writers Ring",
            "Cat Lovers WebRing",
            "Sci-Fi Fans Ring",
            "Homeschool Ring",
            "Trekkie Ring",
        ]
    )
    top = ""
    if tripod:
        c.used.append("homepage-tripod-ad")
        top = f'<!--#echo banner=""--><script language="javascript" type="text/javascript">var cm_role = "live"; var cm_host = "{host}"; var cm_taxid = "/memberembedded";</script><script language="javascript" type="text/javascript" src="http://ads.{host}/ad/code/tripodad.js"></script><noscript><a href="http://ads.{host}/click?{hexid(c, 8)}"><img src="http://ads.{host}/img?{hexid(c, 8)}" border="0" width="468" height="60"></a></noscript>'
    tail = ""
    if not tripod:
        c.used.append("homepage-geocities-ad")
        tail = f'\n<!-- text below generated by server. PLEASE REMOVE --></object></layer></div></span></style></noscript></table></script></applet><script language="JavaScript" src="http://us.i1.yimg.example/us.yimg.com/i/mc/mc.js"></script><script language="JavaScript" src="http://{host}/js_source/geov2.js"></script><script language="javascript">geovisit();</script><noscript><img src="http://visit.{host}/visit.gif?us{c.rng.randint(10**9, 10**10)}" alt="setstats" border="0" width="1" height="1"></noscript>\n<IMG SRC="http://visit.{host}/visit.gif?&r=http%3A//www.{host}/&b=Netscape%205.0&s=1024x768&o=Win32&c=24&j=true&v=1.2" BORDER=0 WIDTH=1 HEIGHT=1>'
    marquee = ""
    if c.rng.random() < 0.7:
        c.used.append("homepage-marquee")
        marquee = f'<CENTER><MARQUEE BEHAVIOR={c.rng.choice(["SCROLL", "ALTERNATE"])} WIDTH=80% BGCOLOR="#FF0000"><FONT COLOR="#FFFFFF" SIZE=4><B>{c.rng.choice(["Welcome to", "Welcome to", "Thanks for visiting"])} {first}\'s {c.rng.choice(["Homepage", "Corner of the Web", "Little Page", "Place"])}!!!</B></FONT></MARQUEE></CENTER>'
    counter = f'<IMG SRC="http://counter.digits.example/wc/-d/{c.rng.randint(4, 7)}/{slug(first)}{c.rng.randint(1, 99)}" ALIGN=ABSMIDDLE WIDTH=60 HEIGHT=20 BORDER=0 ALT="hit counter">'
    since = f"{c.rng.choice(MONTHS)} {c.rng.randint(1, 28)}, {c.rng.randint(1997, 2003)}"
    navl = " | ".join(
        f'<A HREF="{slug(w)}.html">{w}</A>'
        for w in c.rng.sample(
            [
                "Home",
                "About Me",
                "My Poems",
                "My Links",
                "Photos",
                "My Cats",
                "Favorite Books",
                "Stories",
            ],
            4,
        )
    )
    c.used += [
        "homepage-title",
        "homepage-counter",
        "homepage-guestbook",
        "homepage-webring",
        "homepage-nav",
        "homepage-updated",
    ]
    html = (
        f'<BODY BGCOLOR="{bg}" TEXT="{fg}" LINK="#00FFFF" VLINK="#FF00FF" ALINK="#FF0000"{backdrop}>{top}'
        f"{marquee}"
        f'<CENTER><IMG SRC="{c.rng.choice(["construction.gif", "flames.gif", "welcome.gif", "rainbow_line.gif"])}" ALT=""><BR><FONT FACE="{face}" SIZE=6 COLOR="{fg}"><B>{esc(c.body.title)}</B></FONT><BR><FONT SIZE=2>by {who}</FONT></CENTER>'
        f'<HR WIDTH=80% SIZE=3><TABLE WIDTH={c.rng.choice([560, 600, 640])} ALIGN=CENTER BORDER=0 CELLPADDING=10><TR><TD><FONT FACE="{face}" SIZE={c.rng.choice([2, 3])} COLOR="{fg}">\n'
        + "".join(body)
        + f'</FONT></TD></TR></TABLE><HR WIDTH=80% SIZE=3><CENTER><A HREF="index.html"><IMG SRC="home.gif" BORDER=0 ALT="Home"></A><BR><FONT SIZE=2>{navl}</FONT>'
        f"<P>You are visitor number {counter} since {since}!"
        f'<P><A HREF="http://www.guestbook.example/sign.cgi?id={slug(first)}{c.rng.randint(1, 999)}"><IMG SRC="guestbook.gif" BORDER=0 ALT=""> Sign my guestbook</A> | <A HREF="http://www.guestbook.example/view.cgi?id={slug(first)}">View my guestbook</A>'
        f'<P><TABLE BORDER=2 CELLPADDING=4 BGCOLOR="#FFFFFF"><TR><TD ALIGN=CENTER><FONT FACE="Arial" SIZE=2 COLOR="#000000">This <A HREF="http://www.webring.example/hub?ring={slug(ring)}">{ring}</A> site is owned by <A HREF="mailto:{slug(first)}@hotmail.example">{who}</A>.<BR>[ <A HREF="http://www.webring.example/go?ring={slug(ring)};id=1;prev">Previous</A> | <A HREF="http://www.webring.example/go?ring={slug(ring)};id=1;next">Next</A> | <A HREF="http://www.webring.example/go?ring={slug(ring)};random">Random Site</A> | <A HREF="http://www.webring.example/hub?ring={slug(ring)};list">List Sites</A> | <A HREF="http://www.webring.example/join?ring={slug(ring)}">Join</A> ]</FONT></TD></TR></TABLE>'
        f'<P><FONT SIZE=1>Last updated: {c.rng.choice(MONTHS)} {c.rng.randint(1, 28)}, {c.rng.randint(1999, 2005)}<BR>{c.rng.choice(["Best viewed with Netscape Navigator 4.0 at 800x600", "Best viewed with Internet Explorer 5.0 at 1024x768", "This page is best viewed in 800x600"])}<BR><A HREF="mailto:{slug(first)}@hotmail.example">E-mail me!</A></FONT></CENTER></BODY></HTML>{tail}'
    )
    return html, gold

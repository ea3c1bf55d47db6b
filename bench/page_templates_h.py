"""Set H of the constructed pages: old-era web pages (about 2004-2014, as web crawls and older
extraction benchmarks still hold them). Six of its families are here (a table-layout regional
newspaper story, a Blogger classic "Minima" post, a Drupal 6 node, a 2010-era press release
wire page, an ASP.NET WebForms council or corporate news page, a newspaper's "print this
article" page), with the era's shared markup (document heads, document.write / iframe / AdSense
ads, spacer gifs, `<br>`-separated and unclosed paragraphs); page_families_h.py holds the other
six and `build_pages`.

Why an eighth set: sets A-G were built on today's publishing systems; set H judges the extractor
on the markup habits of the older web, which it has not been checked on: table layouts,
`<font>` and `<center>`, upper-case tags and attributes, unclosed `<p>` and `<li>`, paragraphs
split by `<br><br>` (the visible text of each run between breaks is one gold paragraph), `&nbsp;`,
inline `<script>document.write(...)</script>` ads with `<noscript>` fallbacks, `<iframe>` ads,
`<!-- google_ad_section_start -->` comments, hidden inputs, no `<article>` or `<main>`. Written in
session 9 (helper h-seth) without reading digest's extraction code, notes, docs or any helper's
report, and frozen (committed) before anyone ran digest on it; its builder never ran digest,
trafilatura or bench_pages on it. The plumbing (Ctx, Pool, Page, gold_text, draw_set) is that
of sets A-G, imported; each page writes its own era `<!DOCTYPE>` and `<head>`.

Bodies, read at run time from ../shared/data (never copied into the repo), drawn with set H's own
seeds: ECB+ documents (real headlines, or the lede as headline) for the newspaper-like families,
BBC News texts (business for the wire release, entertainment for the magazine, tech for the
Slashdot-like story, all categories for the news portal), full-content English feed entries for
the blog, Drupal, mailing-list and article-directory families, and entries with subheadings for
the wiki.

The gold follows sets D and G (page_templates_d.py's and page_templates_g.py's docstrings, the
convention of the 181 real gold texts): body paragraphs, subheadings, lists, tables, quotes, the
dateline; never the headline, standfirst, byline, captions, pull quotes, comments or furniture.
Decisions for the structures of this set, written down before the set was committed:
- a table-layout regional newspaper story: the story's paragraphs in their `<td>` (with the
  dateline where the story has one) are article, whether they are `<p>` (closed or not) or
  `<br><br>`-separated runs; the left navigation column, the date/weather strip, the breadcrumb,
  the headline and the "By X, Staff Writer / Published" lines, the photo caption table, the ad
  tables inside the story cell, "E-mail this story / Print this story", the "Related stories"
  table and the footer are not;
- a Blogger classic (Minima) post: each `<br />`-separated run of div.post-body is a gold
  paragraph; the date header, the title, "Posted by X at 10:32 AM", the Labels line, the email /
  edit icons, "N comments:" and the comments, "Newer Post Older Post Home", "Subscribe to: Post
  Comments (Atom)", the navbar iframe, the blog archive and the profile sidebar are not;
- a Drupal 6 node: the paragraphs, headings and lists of div.node > div.content are article;
  "Submitted by X on ...", the taxonomy term links, the `ul.links` line ("Login or register to
  post comments", "Printer-friendly version", "N reads"), the book navigation inside the content
  (child pages, "‹ previous | up | next ›"), the comments, the "Related" / "Recent comments"
  blocks, the login and search forms are not;
- a press release wire page (PR Newswire- or Business Wire-like): the release body is article,
  its first paragraph with the wire dateline as printed ("CITY, Month D, YYYY /PRNewswire/ --",
  "CITY--(BUSINESS WIRE)--"), and, as in set B's press release, the "About <Company>" heading and
  paragraph (the company's own text in the release); the subtitle (a standfirst), "###", "SOURCE
  <Company>", the contact block, "Web site:", "Related links", the share toolbar, "More news
  from" lists and the wire's footer are not;
- an ASP.NET WebForms news page: the `<br>`-separated runs (or `<p>`s) of the lblBody span are
  article; the title and date labels, breadcrumb (SiteMapPath), the table menu, "In this
  section", "Back to news", the related-news GridView, the "Was this page useful?" form, hidden
  inputs and the footer are not;
- a "print this article" page: the story paragraphs are article; the masthead, "Print | Close
  window", the headline, byline and date, the "URL:" / "Find this article at:" line and the
  copyright notice are not.
The decisions for the other six families are in page_families_h.py's docstring.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_templates import PEOPLE, Block, Ctx, date, esc, slug
from page_templates_b import headlines, press_parts
from page_templates_e import brand, hexid, sentence, with_dateline

DOCTYPES = {
    "html4": '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">',
    "xhtml": '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    "strict": '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
    "none": "",
}
_YEARS = range(2004, 2015)


def era_head(c: Ctx, doctype: str, title: str, extra: str = "", upper: bool = False) -> str:
    """The page's opening: an era doctype, `<head>` with an http-equiv charset, keywords, the
    site's scripts (urchin or ga.js) and `extra`; upper-case tags when `upper`."""
    charset = c.rng.choice(["iso-8859-1", "utf-8", "windows-1252"])
    words = ", ".join(w.lower() for w in c.body.title.split()[:6])
    tracker = c.rng.choice(
        [
            '<script src="http://www.google-analytics.com/urchin.js" type="text/javascript"></script><script type="text/javascript">_uacct = "UA-'
            + str(c.rng.randint(10**5, 10**7))
            + '-1"; urchinTracker();</script>',
            '<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www."); document.write(unescape("%3Cscript src=\'" + gaJsHost + "google-analytics.com/ga.js\' type=\'text/javascript\'%3E%3C/script%3E"));</script>',
            '<script language="JavaScript" type="text/javascript" src="/js/common.js"></script>',
        ]
    )
    xmlns = (
        ' xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"'
        if doctype in ("xhtml", "strict")
        else ""
    )
    head = (
        f'{DOCTYPES[doctype]}\n<html{xmlns}>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f'<title>{title}</title>\n<meta name="keywords" content="{esc(words)}">\n'
        f'<link rel="stylesheet" type="text/css" href="/css/style.css?v={c.rng.randint(1, 40)}">\n{extra}{tracker}\n</head>\n'
    )
    if upper:
        for tag in ("html", "head", "title", "meta", "link", "/title", "/head"):
            head = head.replace(f"<{tag}", f"<{tag.upper()}")
    return head


def spacer(c: Ctx, upper: bool = False) -> str:
    tag = (
        '<IMG SRC="/images/spacer.gif" WIDTH="1" HEIGHT="{h}" BORDER="0" ALT="">'
        if upper
        else '<img src="/images/spacer.gif" width="1" height="{h}" border="0" alt="">'
    )
    return tag.format(h=c.rng.choice([1, 5, 8, 10, 15]))


def dw_ad(c: Ctx, size: str = "300x250") -> str:
    """A DoubleClick-style `document.write` ad tag with its `<noscript>` fallback."""
    c.used.append("docwrite-ad")
    zone = f"{slug(brand(c))}/{c.rng.choice(['news', 'local', 'home', 'story', 'ros'])}"
    return (
        f'<script language="JavaScript" type="text/javascript">\n<!--\nif (typeof(ord) == "undefined") {{ ord = Math.random() * 10000000000000000; }}\n'
        f"document.write('<scr' + 'ipt language=\"JavaScript\" src=\"http://ad.doubleclick.net/adj/{zone};sz={size};tile={c.rng.randint(1, 6)};ord=' + ord + '?\" type=\"text/javascript\"></scr' + 'ipt>');\n//-->\n</script>"
        f'<noscript><a href="http://ad.doubleclick.net/jump/{zone};sz={size};ord=123456789?" target="_blank"><img src="http://ad.doubleclick.net/ad/{zone};sz={size};ord=123456789?" width="{size.split("x")[0]}" height="{size.split("x")[1]}" border="0" alt="Click here"></a></noscript>'
    )


def adsense(c: Ctx, w: int = 468, h: int = 60) -> str:
    """A 2005-2010 AdSense unit (inline variables, then show_ads.js)."""
    c.used.append("adsense")
    return (
        f'<script type="text/javascript"><!--\ngoogle_ad_client = "pub-{c.rng.randint(10**15, 10**16)}";\ngoogle_ad_slot = "{c.rng.randint(10**9, 10**10)}";\n'
        f'google_ad_width = {w};\ngoogle_ad_height = {h};\n//-->\n</script>\n<script type="text/javascript" src="http://pagead2.googlesyndication.com/pagead/show_ads.js"></script>'
    )


def iframe_ad(c: Ctx, w: int = 300, h: int = 250) -> str:
    c.used.append("iframe-ad")
    return f'<iframe src="http://ads.{c.site}/www/delivery/afr.php?zoneid={c.rng.randint(1, 60)}&amp;cb={c.rng.randint(10**6, 10**7)}" framespacing="0" frameborder="no" scrolling="no" width="{w}" height="{h}" marginwidth="0" marginheight="0"><a href="http://ads.{c.site}/www/delivery/ck.php?n=a{hexid(c, 6)}" target="_blank"><img src="http://ads.{c.site}/www/delivery/avw.php?zoneid={c.rng.randint(1, 60)}&amp;n=a{hexid(c, 6)}" border="0" alt=""></a></iframe>'


def any_ad(c: Ctx, w: int = 300, h: int = 250) -> str:
    kind = c.rng.choice(["dw", "adsense", "iframe"])
    if kind == "dw":
        return dw_ad(c, f"{w}x{h}")
    return adsense(c, w, h) if kind == "adsense" else iframe_ad(c, w, h)


def old_block(c: Ctx, block: Block, style: str, br: str = "<br>") -> tuple[str, list[Block]]:
    """A body block in an era's markup: `style` "p" (closed), "p-open" (unclosed `<p>`), "P"
    (upper-case, unclosed) or "br" (text runs ended by two `br`s); lists with unclosed `<li>`
    in the older styles. Returns the HTML and the gold blocks."""
    kind, value = block
    text = esc(str(value))
    if kind == "p":
        if style == "br":
            return f"{text}{br}{br}\n", [block]
        tag = "P" if style == "P" else "p"
        return f"<{tag}>{text}" + ("</p>\n" if style == "p" else "\n"), [block]
    if kind == "h":
        if style == "br":
            return f"<b>{text}</b>{br}\n", [block]
        return (f"<P><B>{text}</B>\n" if style == "P" else f"<p><b>{text}</b></p>\n"), [block]
    if kind in ("ul", "ol"):
        close = "</li>" if style == "p" else ""
        items = "".join(f"<li>{esc(str(v))}{close}\n" for v in value)  # type: ignore[attr-defined]
        return f"<{kind}>\n{items}</{kind}>\n", [block]
    if kind == "table":
        rows = "".join(
            "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>\n"
            for row in value  # type: ignore[attr-defined]
        )
        return f'<table border="1" cellpadding="3" cellspacing="0">\n{rows}</table>\n', [block]
    if kind == "code":
        return f"<pre>{text}</pre>\n", [("p", str(value))]
    return f"<blockquote>{text}</blockquote>\n", [block]


def old_body(
    c: Ctx, blocks: list[Block], style: str, br: str = "<br>"
) -> tuple[list[str], list[Block]]:
    out: list[str] = []
    gold: list[Block] = []
    for block in blocks:
        h, g = old_block(c, block, style, br)
        out.append(h)
        gold += g
    return out, gold


def insert_at(c: Ctx, parts: list[str], k: int, make: Callable[[], str]) -> list[str]:
    """`parts` with up to `k` furniture strings (from `make()`) between them, never first."""
    n = len(parts)
    where = set(c.rng.sample(range(1, n), k=min(k, n - 1))) if n > 1 else set()
    out: list[str] = []
    for i, part in enumerate(parts):
        if i in where:
            out.append(make())
        out.append(part)
    return out


def snippet(c: Ctx, n: int) -> str:
    """The first `n` characters of another article's sentence (a comment's title, a teaser)."""
    return esc(c.pool.sentences(c.rng, c.body, 1)[:n])


def old_date(c: Ctx) -> str:
    """A date of the era, e.g. "March 11, 2008"."""
    return f"{date(c.rng).rsplit(' ', 1)[0]} {c.rng.choice(_YEARS)}"


def stamp(c: Ctx) -> str:
    """A dated line of the era, e.g. "Tuesday, March 11, 2008"."""
    day = c.rng.choice(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    )
    return f"{day}, {old_date(c)}"


# ---------------------------------------------------------------------------------------------
# 1. A table-layout regional newspaper story


_SECTIONS = "Home|Local News|Sports|Business|Opinion|Obituaries|Lifestyles|Classifieds|Weather|Archives|Contact Us".split(
    "|"
)
_TOWNS = "SPRINGFIELD MILFORD FAIRVIEW GREENVILLE SALEM RIVERTON CLINTON MADISON".split()


def _paper_ad_table(c: Ctx) -> str:
    c.used.append("paper-inline-ad-table")
    return f'<TABLE ALIGN="RIGHT" BORDER="0" CELLPADDING="4" CELLSPACING="0"><TR><TD ALIGN="CENTER"><FONT FACE="Arial" SIZE="1" COLOR="#999999">ADVERTISEMENT</FONT><BR>{dw_ad(c, "300x250")}</TD></TR></TABLE>\n'


def fam_table_paper(c: Ctx) -> tuple[str, list[Block]]:
    """A regional paper of about 2005: nested layout tables, upper-case tags, a left navigation
    cell, the story in a `<td>` inside `<FONT>`, an ad table floated in the story, "E-mail this
    story / Print this story" and a "Related stories" table."""
    blocks = c.body.blocks
    if c.rng.random() < 0.35:
        c.used.append("dateline")
        blocks = with_dateline(
            c, blocks, c.rng.choice(_TOWNS), c.rng.choice([" -- ", " - ", " — "])
        )
    style = c.rng.choice(["P", "p-open", "br"])
    parts, gold = old_body(c, blocks, style, c.rng.choice(["<BR>", "<br>"]))
    parts = insert_at(c, parts, c.rng.randint(1, 2), lambda: _paper_ad_table(c))
    name = brand(c)
    who = c.rng.choice(PEOPLE)
    left = "".join(
        f'<A HREF="/{slug(s)}/" CLASS="navlink">{s}</A><BR>\n{spacer(c, True)}<BR>\n'
        for s in _SECTIONS
    )
    related = "".join(
        f'<TR><TD VALIGN="TOP"><FONT SIZE="2">&#149;</FONT></TD><TD><FONT FACE="Arial" SIZE="2"><A HREF="/news/{c.rng.choice(_YEARS)}/{slug(h)[:40]}.html">{esc(h)}</A></FONT></TD></TR>\n'
        for h in headlines(c, c.rng.randint(2, 5))
    )
    photo = ""
    if c.rng.random() < 0.5:
        c.used.append("paper-photo-table")
        photo = f'<TABLE ALIGN="RIGHT" WIDTH="250" BORDER="0" CELLPADDING="3"><TR><TD><IMG SRC="/photos/{hexid(c, 8)}.jpg" WIDTH="250" HEIGHT="180" BORDER="0"></TD></TR><TR><TD><FONT FACE="Arial" SIZE="1">{sentence(c)} <I>Staff photo by {c.rng.choice(PEOPLE)}</I></FONT></TD></TR></TABLE>\n'
    search = f'<FORM ACTION="/cgi-bin/search.pl" METHOD="GET"><INPUT TYPE="hidden" NAME="site" VALUE="{slug(name)}"><INPUT TYPE="hidden" NAME="section" VALUE="all"><INPUT TYPE="text" NAME="q" SIZE="12"><INPUT TYPE="submit" VALUE="Search"></FORM>'
    year = c.rng.choice(_YEARS)
    c.used += (
        "paper-left-nav paper-date-strip paper-email-print paper-related-table paper-footer".split()
    )
    html = (
        era_head(c, c.rng.choice(["html4", "none"]), f"{name} - {esc(c.body.title)}", upper=True)
        + f'<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#003366" VLINK="#663366" LEFTMARGIN="0" TOPMARGIN="0" MARGINWIDTH="0" MARGINHEIGHT="0">\n<CENTER>\n'
        f'<TABLE WIDTH="760" BORDER="0" CELLPADDING="0" CELLSPACING="0">\n<TR><TD COLSPAN="3"><A HREF="/"><IMG SRC="/images/masthead.gif" WIDTH="760" HEIGHT="90" BORDER="0" ALT="{name}"></A></TD></TR>\n'
        f'<TR><TD COLSPAN="3" BGCOLOR="#003366"><FONT FACE="Arial" SIZE="1" COLOR="#FFFFFF">&nbsp;{stamp(c)} &nbsp;|&nbsp; Weather: {c.rng.randint(20, 95)}&deg;F {c.rng.choice(["Partly cloudy", "Sunny", "Rain", "Fair"])} &nbsp;|&nbsp; <A HREF="/subscribe/"><FONT COLOR="#FFFFFF">Subscribe</FONT></A></FONT></TD></TR>\n'
        f'<TR><TD WIDTH="150" VALIGN="TOP" BGCOLOR="#E8E8E8">{spacer(c, True)}<BR><FONT FACE="Arial" SIZE="2"><B>SECTIONS</B><BR>\n{left}</FONT>{search}<BR><CENTER>{dw_ad(c, "120x600")}</CENTER></TD>\n'
        f'<TD WIDTH="10"><IMG SRC="/images/spacer.gif" WIDTH="10" HEIGHT="1"></TD>\n<TD WIDTH="600" VALIGN="TOP">\n'
        f'<TABLE WIDTH="100%" BORDER="0" CELLPADDING="2"><TR><TD><FONT FACE="Arial" SIZE="1"><A HREF="/">Home</A> &gt; <A HREF="/news/">News</A> &gt; <A HREF="/news/local/">Local</A></FONT></TD></TR></TABLE>\n'
        f'<TABLE WIDTH="100%" BORDER="0" CELLPADDING="4" CELLSPACING="0"><TR><TD>\n<FONT FACE="Georgia, Times New Roman" SIZE="5"><B>{esc(c.body.title)}</B></FONT><BR>\n'
        f'<FONT FACE="Arial" SIZE="2">By <B>{who}</B><BR>{c.rng.choice(["Staff Writer", "Staff Reporter", "Correspondent"])}<BR>Published: {stamp(c)}</FONT><BR><BR>\n'
        f'{photo}<FONT FACE="Times New Roman, Times" SIZE="3">\n{"".join(parts)}</FONT>\n</TD></TR></TABLE>\n'
        f'<TABLE BORDER="0" CELLPADDING="4"><TR><TD><IMG SRC="/images/icon_email.gif" WIDTH="16" HEIGHT="11"> <A HREF="/cgi-bin/email.pl?story={c.rng.randint(10**4, 10**6)}"><FONT FACE="Arial" SIZE="2">E-mail this story</FONT></A> &nbsp;&nbsp; <IMG SRC="/images/icon_print.gif" WIDTH="16" HEIGHT="14"> <A HREF="/cgi-bin/print.pl?story={c.rng.randint(10**4, 10**6)}"><FONT FACE="Arial" SIZE="2">Print this story</FONT></A></TD></TR></TABLE>\n'
        f'<TABLE WIDTH="100%" BORDER="0" CELLPADDING="3" BGCOLOR="#EEEEEE"><TR><TD COLSPAN="2"><FONT FACE="Arial" SIZE="2" COLOR="#003366"><B>Related stories</B></FONT></TD></TR>\n{related}</TABLE>\n'
        f'</TD></TR>\n<TR><TD COLSPAN="3" ALIGN="CENTER"><HR SIZE="1" NOSHADE><FONT FACE="Arial" SIZE="1"><A HREF="/contact/">Contact Us</A> | <A HREF="/advertise/">Advertise</A> | <A HREF="/subscribe/">Subscribe</A> | <A HREF="/privacy/">Privacy Policy</A><BR>'
        f"Copyright &copy; {year} {name}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</FONT></TD></TR>\n</TABLE>\n</CENTER>\n</BODY>\n</HTML>"
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 2. A Blogger classic ("Minima") post


_LABELS = (
    "life family travel books politics photography music rants work garden recipes tech".split()
)


def _blogger_comment(c: Ctx, n: int) -> str:
    who = c.rng.choice([*PEOPLE, "Anonymous"])
    cid = c.rng.randint(10**17, 10**18)
    return (
        f'<dt class="comment-author" id="c{cid}"><a name="c{cid}"></a>'
        + (
            who
            if who == "Anonymous"
            else f'<a href="http://www.blogger.com/profile/{c.rng.randint(10**19, 10**20)}" rel="nofollow">{who}</a>'
        )
        + f' said...</dt>\n<dd class="comment-body"><p>{sentence(c, c.rng.randint(1, 3))}</p></dd>\n'
        f'<dd class="comment-footer"><span class="comment-timestamp"><a href="#c{cid}" title="comment permalink">{old_date(c)} {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {c.rng.choice(["AM", "PM"])}</a> <span class="item-control blog-admin pid-{n}"><a href="http://www.blogger.com/delete-comment.g?blogID=1&amp;postID={cid}" title="Delete Comment"><img src="//www.blogger.com/img/icon_delete13.gif"></a></span></span></dd>\n'
    )


def fam_blogger_minima(c: Ctx) -> tuple[str, list[Block]]:
    """A Blogger classic post (Minima, 2006-2010): the navbar iframe, div.post-body with
    `<br />`-separated paragraphs (the "convert line breaks" setting) and a floated
    BLOGGER_PHOTO image, the post footer ("Posted by X at 10:32 AM", email / edit icons, labels),
    "N comments:" with the comment list, the blog pager, the Atom feed link and the sidebar
    (profile, blog archive, blog list)."""
    who = c.rng.choice(PEOPLE)
    blog = f"{who.split()[0]}'s {c.rng.choice(['Blog', 'Musings', 'Corner', 'Ramblings', 'Notebook', 'Journal'])}"
    blog_id = c.rng.randint(10**17, 10**18)
    parts, gold = old_body(c, c.body.blocks, "br", c.rng.choice(["<br />", "<br />", "<br/>"]))
    if c.rng.random() < 0.6:
        c.used.append("blogger-photo")
        pid = c.rng.randint(5 * 10**18, 6 * 10**18)
        side = c.rng.choice(["left", "right"])
        img = f'<a onblur="try {{parent.deselectBloggerImageGracefully();}} catch(e) {{}}" href="http://{c.rng.randint(1, 4)}.bp.blogspot.com/_{hexid(c, 11)}/{hexid(c, 11)}/s1600-h/IMG_{c.rng.randint(1000, 9999)}.JPG"><img style="float:{side}; margin:0 10px 10px 0;cursor:pointer; cursor:hand;width: 320px; height: 240px;" src="http://{c.rng.randint(1, 4)}.bp.blogspot.com/_{hexid(c, 11)}/s320/IMG.JPG" border="0" alt="" id="BLOGGER_PHOTO_ID_{pid}" /></a>'
        parts.insert(c.rng.choice([0, min(1, len(parts))]), img)
    n = c.rng.choice([0, 0, 1, 2, 3, 5, 8])
    comments = "".join(_blogger_comment(c, i) for i in range(n))
    labels = ", ".join(
        f'<a href="http://{c.site}/search/label/{w}" rel="tag">{w}</a>'
        for w in c.rng.sample(_LABELS, c.rng.randint(1, 3))
    )
    year = c.rng.choice(range(2005, 2012))
    months = "".join(
        f'<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">&#9658;&nbsp;</span></a><a class="post-count-link" href="http://{c.site}/{year}_{m:02d}_01_archive.html">{mon}</a> <span class="post-count" dir="ltr">({c.rng.randint(1, 12)})</span></li>\n'
        for m, mon in (
            (
                m,
                "January February March April May June July August September October November December".split()[
                    m - 1
                ],
            )
            for m in sorted(c.rng.sample(range(1, 13), 4), reverse=True)
        )
    )
    posts = "".join(
        f'<li><a href="http://{c.site}/{year}/{c.rng.randint(1, 12):02d}/{slug(h)[:30]}.html">{esc(h)}</a></li>\n'
        for h in headlines(c, c.rng.randint(2, 5))
    )
    older = "".join(
        f'<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)"><span class="zippy">&#9658;&nbsp;</span></a><a class="post-count-link" href="http://{c.site}/{y}/">{y}</a> <span class="post-count" dir="ltr">({c.rng.randint(5, 90)})</span></li>\n'
        for y in range(year - 1, year - c.rng.randint(2, 4), -1)
    )
    bloglist = ""
    if c.rng.random() < 0.5:
        c.used.append("blogger-bloglist")
        bloglist = f'<div class="widget BlogList" id="BlogList1"><h2 class="title">My Blog List</h2><div class="widget-content"><div class="blog-list-container" id="BlogList1_container"><ul id="BlogList1_blogs">{"".join(f"<li><div class=blog-content><div class=blog-title><a href=http://{slug(p)}.blogspot.com/ target=_blank>{p.split()[0]}&#39;s place</a></div><div class=item-content><span class=item-title><a href=http://{slug(p)}.blogspot.com/>{esc(h)}</a></span></div><div class=item-time>{c.rng.randint(2, 11)} hours ago</div></div></li>" for p, h in zip(c.rng.sample(PEOPLE, 3), headlines(c, 3), strict=True))}</ul></div></div></div>'
    c.used += "blogger-navbar blogger-post-footer blogger-labels blogger-comments blogger-pager blogger-feed-link blogger-profile blogger-archive".split()
    extra = f'<link rel="alternate" type="application/atom+xml" title="{esc(blog)} - Atom" href="http://{c.site}/feeds/posts/default" />\n<link rel="service.post" type="application/atom+xml" title="{esc(blog)} - Atom" href="http://www.blogger.com/feeds/{blog_id}/posts/default" />\n<link rel="EditURI" type="application/rsd+xml" title="RSD" href="http://www.blogger.com/rsd.g?blogID={blog_id}" />\n<style id="page-skin-1" type="text/css"><!--\n/* Blogger Template Style Name: Minima Designer: Douglas Bowman */\nbody {{ background:#fff; margin:0; color:#333; font:x-small Georgia Serif; }}\n--></style>\n'
    html = (
        era_head(c, "xhtml", f"{esc(blog)}: {esc(c.body.title)}", extra)
        + f'<body>\n<div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"><script type="text/javascript">function setAttributeOnload(object, attribute, val) {{ if(window.addEventListener) {{ window.addEventListener("load", function(){{ object[attribute] = val; }}, false); }} else {{ window.attachEvent("onload", function(){{ object[attribute] = val; }}); }} }}</script>\n'
        f'<div id="navbar-iframe-container"></div><iframe src="http://www.blogger.com/navbar.g?targetBlogID={blog_id}&amp;blogName={esc(slug(blog))}&amp;publishMode=PUBLISH_MODE_BLOGSPOT&amp;navbarType=BLUE" marginwidth="0" marginheight="0" scrolling="no" frameborder="0" height="30px" width="100%" id="navbar-iframe" title="Blogger Navigation and Search"></iframe><div></div></div></div>\n'
        f'<div id="outer-wrapper"><div id="wrap2">\n<span id="skiplinks" style="display:none;"><a href="#main">skip to main </a> | <a href="#sidebar">skip to sidebar</a></span>\n'
        f'<div id="header-wrapper"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="http://{c.site}/">{esc(blog)}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>{c.rng.choice(["Thoughts, rants and the occasional recipe.", "Just another day in the life.", "Notes from a small town.", ""])}</span></p></div></div></div></div></div>\n'
        f'<div id="content-wrapper"><div id="crosscol-wrapper" style="text-align:center"><div class="crosscol no-items section" id="crosscol"></div></div>\n'
        f'<div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">\n<!--Can\'t find substitution for tag [defaultAdStart]-->\n'
        f'<h2 class="date-header">{stamp(c)}</h2>\n<div class="post hentry uncustomized-post-template"><a name="{c.rng.randint(10**17, 10**18)}"></a>\n'
        f'<h3 class="post-title entry-title"><a href="http://{c.site}/{year}/{c.rng.randint(1, 12):02d}/{slug(c.body.title)[:38]}.html">{esc(c.body.title)}</a></h3>\n<div class="post-header-line-1"></div>\n'
        f'<div class="post-body entry-content">\n{"".join(parts)}<div style="clear: both;"></div>\n</div>\n'
        f'<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">{who}</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="#" rel="bookmark" title="permanent link"><abbr class="published" title="{year}-03-11T10:32:00-07:00">{c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {c.rng.choice(["AM", "PM"])}</abbr></a></span> <span class="post-comment-link"></span> '
        f'<span class="post-icons"><span class="item-action"><a href="http://www.blogger.com/email-post.g?blogID={blog_id}&amp;postID={c.rng.randint(10**17, 10**18)}" title="Email Post"><img alt="" class="icon-action" height="13" src="http://www.blogger.com/img/icon18_email.gif" width="18"/></a></span> <span class="item-control blog-admin pid-1"><a href="http://www.blogger.com/post-edit.g?blogID={blog_id}" title="Edit Post"><img alt="" class="icon-action" height="18" src="http://www.blogger.com/img/icon18_edit_allbkg.gif" width="18"/></a></span></span></div>\n'
        f'<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: {labels}</span></div>\n<div class="post-footer-line post-footer-line-3"></div></div></div>\n'
        f'<div class="comments" id="comments"><a name="comments"></a><h4>{n} comment{"" if n == 1 else "s"}:</h4>\n<dl class="avatar-comment-indent" id="comments-block">\n{comments}</dl>\n<p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID={blog_id}&amp;postID=1" onclick="">Post a Comment</a></p></div>\n'
        f'<div id="backlinks-container"><div id="Blog1_backlinks-container"></div></div>\n<!--Can\'t find substitution for tag [adEnd]-->\n</div>\n'
        f'<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#" id="Blog1-newer-link" title="Newer Post">Newer Post</a></span>\n<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#" id="Blog1-older-link" title="Older Post">Older Post</a></span>\n<a class="home-link" href="http://{c.site}/">Home</a></div>\n'
        f'<div class="clear"></div>\n<div class="post-feeds"><div class="feed-links">Subscribe to:\n<a class="feed-link" href="http://{c.site}/feeds/1/comments/default" target="_blank" type="application/atom+xml">Post Comments (Atom)</a></div></div>\n</div></div></div>\n'
        f'<div id="sidebar-wrapper"><div class="sidebar section" id="sidebar">{bloglist}\n<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><div id="BlogArchive1_ArchiveList"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">&#9660;&nbsp;</span></a><a class="post-count-link" href="http://{c.site}/{year}/">{year}</a> <span class="post-count" dir="ltr">({c.rng.randint(10, 80)})</span>\n<ul class="hierarchy">{months}<li class="archivedate expanded"><ul class="posts">{posts}</ul></li></ul></li>\n{older}</ul></div></div></div></div>\n'
        f'<div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="http://www.blogger.com/profile/{c.rng.randint(10**19, 10**20)}"><img alt="My Photo" class="profile-img" height="80" src="http://bp{c.rng.randint(0, 3)}.blogger.com/_{hexid(c, 10)}/S220/me.jpg" width="60"/></a><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link" href="#" rel="author">{who}</a></dt><dd class="profile-data">{c.rng.choice(["Ohio, United States", "London, United Kingdom", "Toronto, Canada", "Sydney, Australia"])}</dd><dd class="profile-textblock">{c.rng.choice(["Mother of three, reader, walker.", "Retired teacher with too many opinions.", "I write about whatever is on my mind."])}</dd></dl><a class="profile-link" href="#" rel="author">View my complete profile</a><div class="clear"></div></div></div>\n'
        f'</div></div>\n<div style="clear: both"></div>\n</div>\n<div id="footer-wrapper"><div class="footer no-items section" id="footer"></div></div>\n</div></div>\n'
        f"<script type=\"text/javascript\">window.setTimeout(function() {{ document.body.className = document.body.className.replace('loading', ''); }}, 10);</script>\n</body>\n</html>"
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. A Drupal 6 node (Garland-like theme)


_TERMS = "Community|Events|Local history|Environment|Education|Transport|Housing|Arts|Open source|Volunteering".split(
    "|"
)


def _drupal_block(c: Ctx, bid: str, title: str, inner: str) -> str:
    return f'<div id="block-{bid}" class="clear-block block block-{bid.split("-")[0]}">\n<h2>{title}</h2>\n<div class="content">{inner}</div>\n</div>\n'


def _drupal_login(c: Ctx) -> str:
    return _drupal_block(
        c,
        "user-0",
        "User login",
        f'<form action="/node/{c.rng.randint(10, 9999)}?destination=node%2F1" accept-charset="UTF-8" method="post" id="user-login-form"><div><div class="form-item" id="edit-name-wrapper"><label for="edit-name">Username: <span class="form-required" title="This field is required.">*</span></label><input type="text" maxlength="60" name="name" id="edit-name" size="15" value="" class="form-text required" /></div>'
        f'<div class="form-item" id="edit-pass-wrapper"><label for="edit-pass">Password: <span class="form-required" title="This field is required.">*</span></label><input type="password" name="pass" id="edit-pass" maxlength="60" size="15" class="form-text required" /></div><input type="submit" name="op" id="edit-submit" value="Log in" class="form-submit" />'
        f'<div class="item-list"><ul><li class="first"><a href="/user/register" title="Create a new user account.">Create new account</a></li><li class="last"><a href="/user/password" title="Request new password via e-mail.">Request new password</a></li></ul></div><input type="hidden" name="form_build_id" id="form-{hexid(c, 32)}" value="form-{hexid(c, 32)}" /><input type="hidden" name="form_id" id="edit-user-login-block" value="user_login_block" /></div></form>',
    )


def fam_drupal6(c: Ctx) -> tuple[str, list[Block]]:
    """A Drupal 6 node page: Garland-like wrappers, the search and login forms with hidden
    form_build_id inputs, the breadcrumb, div.node with "Submitted by X on ...", taxonomy
    terms, div.content (with book navigation in book pages), `ul.links` ("Login or register to
    post comments", "Printer-friendly version", "N reads"), comments and a "Related" block."""
    nid = c.rng.randint(100, 9999)
    who = c.rng.choice(PEOPLE)
    parts, gold = old_body(c, c.body.blocks, "p")
    book = c.rng.random() < 0.4
    if book:
        c.used.append("drupal-book-nav")
        kids = "".join(
            f'<li class="leaf"><a href="/node/{c.rng.randint(100, 9999)}">{esc(h)}</a></li>'
            for h in headlines(c, c.rng.randint(0, 3))
        )
        prev, up, nxt = headlines(c, 3)
        parts.append(
            f'<div id="book-navigation-{c.rng.randint(1, 99)}" class="book-navigation">\n'
            + (f'<ul class="menu">{kids}</ul>' if kids else "")
            + f'<div class="page-links clear-block"><a href="/node/{nid - 1}" class="page-previous" title="Go to previous page">&lsaquo; {esc(prev)}</a><a href="/node/{nid // 2}" class="page-up" title="Go to parent page">up</a><a href="/node/{nid + 1}" class="page-next" title="Go to next page">{esc(nxt)} &rsaquo;</a></div>\n</div>\n'
        )
    terms = "".join(
        f'<li class="taxonomy_term_{c.rng.randint(1, 200)}{" first" if i == 0 else ""}"><a href="/taxonomy/term/{c.rng.randint(1, 200)}" rel="tag" title="">{t}</a></li>'
        for i, t in enumerate(c.rng.sample(_TERMS, c.rng.randint(1, 3)))
    )
    day = c.rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    when = f"{day}, {c.rng.randint(1, 12):02d}/{c.rng.randint(1, 28):02d}/{c.rng.choice(range(2007, 2013))} - {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}"
    submitted = c.rng.choice(
        [
            f'Submitted by <a href="/user/{c.rng.randint(1, 500)}" title="View user profile.">{who}</a> on {when}.',
            f'{when} &mdash; <a href="/user/{c.rng.randint(1, 500)}" title="View user profile.">{who}</a>',
        ]
    )
    links = [
        f'<li class="blog_usernames_blog first"><a href="/blog/{c.rng.randint(1, 500)}" title="Read {who}&#039;s latest blog entries.">{who}&#039;s blog</a></li>',
        f'<li class="comment_forbidden"><span><a href="/user/login?destination=comment%2Freply%2F{nid}%23comment-form">Login</a> or <a href="/user/register?destination=comment%2Freply%2F{nid}%23comment-form">register</a> to post comments</span></li>',
    ]
    if c.rng.random() < 0.6:
        links.append(
            f'<li class="statistics_counter"><span>{c.rng.randint(30, 9000)} reads</span></li>'
        )
    links.append(
        f'<li class="{"book_printer" if book else "print_html"} last"><a href="/{"book/export/html" if book else "print"}/{nid}" title="Display a printer-friendly version of this page." class="print-page" rel="nofollow">Printer-friendly version</a></li>'
    )
    comments = ""
    for _ in range(c.rng.choice([0, 0, 1, 2, 4])):
        c.used.append("drupal-comments")
        cid = c.rng.randint(1, 9999)
        comments += f'<a id="comment-{cid}"></a>\n<div class="comment comment-published {c.rng.choice(["odd", "even"])}"><div class="clear-block"><span class="submitted">{when} &mdash; <a href="/user/{c.rng.randint(1, 500)}">{c.rng.choice(PEOPLE)}</a></span>\n<h3><a href="/node/{nid}#comment-{cid}" class="active">{snippet(c, 40)}</a></h3>\n<div class="content"><p>{sentence(c, c.rng.randint(1, 3))}</p></div></div>\n<div class="links"><ul class="links"><li class="comment_forbidden first last"><span><a href="/user/login">Login</a> or <a href="/user/register">register</a> to post comments</span></li></ul></div></div>\n'
    related_title = c.rng.choice(
        ["Related", "Related content", "Similar entries", "Recent blog posts"]
    )
    related = _drupal_block(
        c,
        "similarterms-0",
        related_title,
        '<div class="item-list"><ul>'
        + "".join(
            f'<li><a href="/node/{c.rng.randint(100, 9999)}">{esc(h)}</a></li>'
            for h in headlines(c, 5)
        )
        + "</ul></div>",
    )
    recent = _drupal_block(
        c,
        "comment-0",
        "Recent comments",
        '<div class="item-list"><ul>'
        + "".join(
            f'<li><a href="/node/{c.rng.randint(100, 9999)}#comment-{c.rng.randint(1, 9999)}">{snippet(c, 30)}</a><br />{c.rng.randint(1, 23)} hours {c.rng.randint(1, 59)} min ago</li>'
            for _ in range(4)
        )
        + "</ul></div>",
    )
    nav = _drupal_block(
        c,
        "user-1",
        "Navigation",
        '<ul class="menu">'
        + "".join(
            f'<li class="leaf"><a href="/{slug(w)}">{w}</a></li>'
            for w in ("Recent posts", "Forums", "Blogs", "Events", "Contact")
        )
        + "</ul>",
    )
    search = f'<form action="/node/{nid}" accept-charset="UTF-8" method="post" id="search-theme-form"><div><div id="search" class="container-inline"><div class="form-item" id="edit-search-theme-form-1-wrapper"><label for="edit-search-theme-form-1">Search this site: </label><input type="text" maxlength="128" name="search_theme_form" id="edit-search-theme-form-1" size="15" value="" title="Enter the terms you wish to search for." class="form-text" /></div><input type="submit" name="op" id="edit-submit-1" value="Search" class="form-submit" /><input type="hidden" name="form_build_id" id="form-{hexid(c, 32)}" value="form-{hexid(c, 32)}" /><input type="hidden" name="form_token" id="edit-search-theme-form-form-token" value="{hexid(c, 32)}" /><input type="hidden" name="form_id" id="edit-search-theme-form" value="search_theme_form" /></div></div></form>'
    left = nav + (_drupal_login(c) if c.rng.random() < 0.7 else "")
    c.used += "drupal-search-form drupal-breadcrumb drupal-submitted drupal-terms drupal-links drupal-related-block drupal-recent-comments drupal-footer".split()
    name = brand(c)
    extra = f'<link rel="shortcut icon" href="/misc/favicon.ico" type="image/x-icon" />\n<link type="text/css" rel="stylesheet" media="all" href="/sites/default/files/css/css_{hexid(c, 32)}.css" />\n<script type="text/javascript" src="/sites/default/files/js/js_{hexid(c, 32)}.js"></script>\n<script type="text/javascript">\n<!--//--><![CDATA[//><!--\njQuery.extend(Drupal.settings, {{ "basePath": "/" }});\n//--><!]]>\n</script>\n'
    html = (
        era_head(c, c.rng.choice(["xhtml", "strict"]), f"{esc(c.body.title)} | {name}", extra)
        + f'<body class="sidebars">\n<div id="header-region" class="clear-block"></div>\n<div id="wrapper">\n<div id="container" class="clear-block">\n'
        f'<div id="header"><div id="logo-floater"><h1><a href="/" title="{name}"><img src="/sites/all/themes/garland/logo.png" alt="{name}" id="logo" /><span>{name}</span></a></h1></div>\n'
        f'<ul class="links primary-links">{"".join(f"<li class=menu-{c.rng.randint(100, 999)}><a href=/{slug(w)} title=>{w}</a></li>" for w in ("Home", "News", "Blogs", "Forums", "About us"))}</ul>\n{search}</div>\n'
        f'<div id="sidebar-left" class="sidebar">{left}</div>\n'
        f'<div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">\n'
        f'<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/blog">Blogs</a> &rsaquo; <a href="/blog/{c.rng.randint(1, 500)}">{who}&#039;s blog</a></div>\n'
        f'<h2>{esc(c.body.title)}</h2>\n<div class="clear-block">\n'
        f'<div id="node-{nid}" class="node">\n<div class="meta">\n<span class="submitted">{submitted}</span>\n<div class="terms terms-inline"><ul class="links inline">{terms}</ul></div>\n</div>\n'
        f'<div class="content">\n{"".join(parts)}</div>\n'
        f'<div class="links"><ul class="links inline">{"".join(links)}</ul></div>\n</div>\n'
        f'<div id="comments">{comments}</div>\n</div>\n'
        f'<div id="footer"><a href="http://drupal.org"><img src="/misc/powered-blue-80x15.png" alt="Powered by Drupal, an open source content management system" title="Powered by Drupal, an open source content management system" width="80" height="15" /></a> &copy; {c.rng.choice(_YEARS)} {name}</div>\n'
        f'</div></div></div></div>\n<div id="sidebar-right" class="sidebar">{related}{recent}</div>\n</div>\n</div>\n</body>\n</html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 4. A 2010-era press release wire page (PR Newswire- or Business Wire-like)

_STATES = {
    "NEW YORK": "N.Y.",
    "SAN JOSE": "Calif.",
    "AUSTIN": "Texas",
    "BOSTON": "Mass.",
    "CHICAGO": "Ill.",
    "SEATTLE": "Wash.",
    "ATLANTA": "Ga.",
    "DENVER": "Colo.",
}


def fam_wire_release(c: Ctx) -> tuple[str, list[Block]]:
    """A wire service's release page of about 2010: the wire dateline in the first paragraph,
    "About <Company>", "SOURCE <Company>" (PR Newswire) or the "Contacts" section (Business
    Wire), "###", the contact block, "Related links", the share toolbar (Digg, del.icio.us,
    Facebook, Twitter) and "More news from" lists."""
    org, _city, about, contact = press_parts(c)
    city = c.rng.choice(sorted(_STATES))
    wire = c.rng.choice(["prn", "bw"])
    month, day = old_date(c).split()[:2]
    year = c.rng.choice(range(2008, 2013))
    if wire == "prn":
        dateline = f"{city}, {month} {day} {year} /PRNewswire/ -- "
    else:
        dateline = f"{city}, {_STATES[city]}--(BUSINESS WIRE)--"
    blocks = [("p", dateline + str(c.body.blocks[0][1])), *c.body.blocks[1:]]
    parts, gold = old_body(c, blocks, "p")
    about_html = f"<p><b>About {org}</b></p>\n<p>{esc(about)}</p>\n"
    gold += [("h", f"About {org}"), ("p", about)]
    end = "<p>###</p>\n" if c.rng.random() < 0.6 else ""
    site = f"www.{slug(org).replace('-', '')}.com"
    if end:
        c.used.append("release-end-mark")
    if wire == "prn":
        body = f'<div id="releaseBody">\n{"".join(parts)}{about_html}{end}{contact}\n<p>SOURCE {org}</p>\n<p>Web Site: <a href="http://{site}" target="_blank">http://{site}</a></p>\n</div>\n'
        tools = '<div class="toolbar"><a href="javascript:window.print()">Print</a> | <a href="/email-release/">Email</a> | <a href="/rss/">RSS</a> | <a href="/widgets/">Widgets</a></div>'
        brandname, foot = (
            "PR Newswire",
            f"&copy; {year} PR Newswire Association LLC. All Rights Reserved. A United Business Media company.",
        )
    else:
        body = f'<div class="bw-release-story">\n{"".join(parts)}{about_html}{end}</div>\n<div class="bw-release-contact"><h2>Contacts</h2>{contact}</div>\n'
        tools = '<div class="bw-release-tools"><a href="javascript:window.print()">Print</a> <a href="/email/">Email</a> <a href="/news/home/permalink/">Permalink</a></div>'
        brandname, foot = "Business Wire", f"&copy; {year} Business Wire. All Rights Reserved."
    share = "".join(
        f'<a href="http://{d}/submit?url=http%3A%2F%2F{c.site}%2Fnews-releases%2F{c.rng.randint(10**5, 10**6)}.html" target="_blank"><img src="/images/share/{slug(n)}.gif" width="16" height="16" border="0" alt="{n}" /> {n}</a> '
        for n, d in (
            ("Digg", "digg.com"),
            ("del.icio.us", "del.icio.us"),
            ("Facebook", "www.facebook.com"),
            ("Twitter", "twitter.com"),
            ("StumbleUpon", "www.stumbleupon.com"),
        )
    )
    subtitle = ""
    if c.rng.random() < 0.4:
        c.used.append("release-subtitle")
        subtitle = f'<h2 class="subtitle"><i>{sentence(c)}</i></h2>\n'
    more = "".join(
        f'<li><a href="/news-releases/{slug(h)[:50]}-{c.rng.randint(10**7, 10**8)}.html">{esc(h)}</a> <span class="date">{old_date(c)}</span></li>\n'
        for h in headlines(c, 4)
    )
    related = "".join(
        f'<li><a href="http://{site}/{w}" target="_blank">http://{site}/{w}</a></li>'
        for w in c.rng.sample(["", "news/", "investors/", "products/"], c.rng.randint(1, 2))
    )
    c.used += [
        f"wire-{wire}",
        "wire-dateline",
        "wire-share-toolbar",
        "wire-source-line",
        "wire-related-links",
        "wire-more-news",
        "wire-footer",
        "about-company",
    ]
    html = (
        era_head(
            c,
            "xhtml",
            f"{esc(c.body.title)} -- {org} -- {brandname}",
            '<meta name="robots" content="index,follow" />\n',
        )
        + f'<body>\n<div id="wrapper">\n<div id="header"><a href="/"><img src="/images/logo.gif" alt="{brandname}" width="220" height="50" border="0" /></a>\n'
        f'<ul id="topnav"><li><a href="/news-releases/">News Releases</a></li><li><a href="/multimedia/">Multimedia</a></li><li><a href="/for-journalists/">For Journalists</a></li><li><a href="/for-bloggers/">For Bloggers</a></li><li><a href="/send-release/">Send a Release</a></li></ul>\n'
        f'<form action="/search/" method="get" id="searchform"><input type="hidden" name="lang" value="en" /><input type="hidden" name="page" value="1" /><input type="text" name="keyword" value="Search news releases" onfocus="this.value=\'\'" /><input type="image" src="/images/btn_search.gif" alt="Search" /></form></div>\n'
        f'<div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/news-releases/">News Releases</a> &gt; <a href="/news-releases/{c.rng.choice(["business", "technology", "financial-services", "health"])}/">{c.rng.choice(["Business", "Technology", "Financial", "Health"])}</a></div>\n'
        f'<div id="content"><div id="leftcol">\n<div class="news-release">\n<h1>{esc(c.body.title)}</h1>\n{subtitle}{tools}\n'
        f'<div class="share-toolbar"><span>Share this release:</span> {share}<script type="text/javascript" src="http://s7.addthis.com/js/250/addthis_widget.js#username=xa-{hexid(c, 16)}"></script></div>\n'
        f'<p class="date">{month} {day} {year}, {c.rng.randint(6, 11):02d}:{c.rng.choice(["00", "30", "05", "15"])} ET</p>\n{body}'
        f'<div class="related-links"><h3>Related links</h3><ul>{related}</ul></div>\n</div>\n'
        f'<div class="more-news"><h3>More news from {org}</h3><ul>{more}</ul></div>\n</div>\n'
        f'<div id="rightcol"><div class="box"><h3>Journalists and Bloggers</h3><p>Visit {brandname} for Journalists for releases, photos, customized feeds just for Media.</p><a href="/for-journalists/">View and download archived video content</a></div>\n{iframe_ad(c, 300, 250)}\n</div></div>\n'
        f'<div id="footer"><ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/terms/">Terms of Use</a></li><li><a href="/privacy/">Privacy Policy</a></li><li><a href="/sitemap/">Site Map</a></li></ul><p>{foot}</p></div>\n</div>\n</body>\n</html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 5. An ASP.NET WebForms council or corporate news page


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _viewstate(c: Ctx, n: int) -> str:
    return "/wEPDwUK" + "".join(c.rng.choice(_B64) for _ in range(n)) + "=="


def fam_aspnet(c: Ctx) -> tuple[str, list[Block]]:
    """An ASP.NET WebForms news page (a borough council or a company's media centre, 2006-2012):
    the whole page in `<form id="aspnetForm">` with __VIEWSTATE and __EVENTVALIDATION, the
    __doPostBack script, a table-rendered Menu, the SiteMapPath breadcrumb, "In this section",
    the body in span#ctl00_ContentPlaceHolder1_lblBody as `<br>`-separated runs (or `<p>`s from
    a rich-text editor), "Back to news", a related-news GridView and a "Was this page useful?"
    RadioButtonList."""
    council = c.rng.random() < 0.5
    name = (
        f"{brand(c)} {c.rng.choice(['Borough Council', 'District Council', 'City Council'])}"
        if council
        else f"{brand(c)} Group plc"
    )
    style = c.rng.choice(["br", "br", "p"])
    parts, gold = old_body(c, c.body.blocks, style, c.rng.choice(["<br>", "<br />", "<BR>"]))
    menu_items = (
        ["Home", "Council and democracy", "Bins and recycling", "Planning", "Council tax", "News"]
        if council
        else ["Home", "About us", "Investors", "Media centre", "Careers", "Contact"]
    )
    menu = "".join(
        f'<td onmouseover="Menu_HoverStatic(this)" onmouseout="Menu_Unhover(this)" onkeyup="Menu_Key(this)" id="ctl00_Menu1n{i}"><table cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td style="white-space:nowrap;"><a class="ctl00_Menu1_1" href="/{slug(w)}.aspx">{w}</a></td></tr></table></td><td style="width:3px;"></td>'
        for i, w in enumerate(menu_items)
    )
    section = "".join(
        f'<li><a href="/news/{slug(w)}.aspx">{w}</a></li>'
        for w in (
            ["Latest news", "News archive", "Press releases", "Consultations", "Events"]
            if council
            else ["Press releases", "News archive", "Image library", "Media contacts"]
        )
    )
    news_word = "News" if council else "Media centre"
    grid = "".join(
        f'<tr><td>{c.rng.randint(1, 28):02d}/{c.rng.randint(1, 12):02d}/{c.rng.choice(range(2006, 2013))}</td><td><a href="/news/newsitem.aspx?id={c.rng.randint(100, 9999)}">{esc(h)}</a></td></tr>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    useful = ""
    if c.rng.random() < 0.6:
        c.used.append("aspnet-feedback-form")
        useful = '<div class="feedback"><span id="ctl00_lblUseful">Was this page useful?</span><table id="ctl00_rblUseful" border="0"><tr><td><input id="ctl00_rblUseful_0" type="radio" name="ctl00$rblUseful" value="Yes" /><label for="ctl00_rblUseful_0">Yes</label></td><td><input id="ctl00_rblUseful_1" type="radio" name="ctl00$rblUseful" value="No" /><label for="ctl00_rblUseful_1">No</label></td></tr></table><input type="submit" name="ctl00$btnFeedback" value="Send feedback" id="ctl00_btnFeedback" /></div>'
    image = ""
    if c.rng.random() < 0.4:
        c.used.append("aspnet-news-image")
        image = f'<img id="ctl00_ContentPlaceHolder1_imgNews" src="/images/news/{hexid(c, 8)}.jpg" alt="{esc(c.body.title)}" style="border-width:0px;float:right;" /><span id="ctl00_ContentPlaceHolder1_lblCaption" class="caption">{sentence(c)}</span><br />\n'
    back = c.rng.choice(
        [
            "Back to news",
            "&lt;&lt; Back to news",
            "Back to news listing",
            f"Return to {news_word.lower()}",
        ]
    )
    c.used += "aspnet-viewstate aspnet-menu aspnet-breadcrumb aspnet-in-this-section aspnet-back-link aspnet-related-grid aspnet-footer".split()
    extra = (
        '<meta name="GENERATOR" content="Microsoft Visual Studio .NET 7.1" />\n'
        if c.rng.random() < 0.3
        else ""
    )
    html = (
        era_head(c, "xhtml", f"{esc(c.body.title)} - {name}", extra)
        + f'<body>\n<form name="aspnetForm" method="post" action="newsitem.aspx?id={c.rng.randint(100, 9999)}" id="aspnetForm">\n<div>\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(c, c.rng.randint(200, 900))}" />\n</div>\n'
        "<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\nif (!theForm) {\n    theForm = document.aspnetForm;\n}\nfunction __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n"
        f'<script src="/WebResource.axd?d={hexid(c, 22)}&amp;t=633{c.rng.randint(10**11, 10**12)}" type="text/javascript"></script>\n'
        f'<div id="ctl00_pnlHeader" class="header"><a href="#content" class="skip">Skip to main content</a><a href="/default.aspx"><img id="ctl00_imgLogo" src="/images/logo.gif" alt="{name}" style="border-width:0px;" /></a>'
        f'<div class="toplinks"><a href="/a-z.aspx">A-Z of services</a> | <a href="/contact.aspx">Contact us</a> | <a href="/accessibility.aspx">Accessibility</a></div>'
        f'<div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="searchbox" /><input type="submit" name="ctl00$btnSearch" value="Go" id="ctl00_btnSearch" /></div></div>\n'
        f'<table id="ctl00_Menu1" class="ctl00_Menu1_2" cellpadding="0" cellspacing="0" border="0"><tr>{menu}</tr></table>\n'
        f'<div id="ctl00_SiteMapPath1" class="breadcrumb"><a href="#ctl00_SiteMapPath1_SkipLink"><img alt="Skip Navigation Links" height="0" width="0" src="/WebResource.axd?d={hexid(c, 20)}" style="border-width:0px;" /></a><span><a href="/default.aspx">Home</a></span><span> &gt; </span><span><a href="/news/default.aspx">{news_word}</a></span><span> &gt; </span><span>{esc(c.body.title[:40])}</span><a id="ctl00_SiteMapPath1_SkipLink"></a></div>\n'
        f'<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td id="leftcol" valign="top" width="200"><div class="section-nav"><h3>In this section</h3><ul>{section}</ul></div></td>\n'
        f'<td id="content" valign="top"><h1><span id="ctl00_ContentPlaceHolder1_lblTitle">{esc(c.body.title)}</span></h1>\n<span id="ctl00_ContentPlaceHolder1_lblDate" class="newsdate">{old_date(c)}</span><br /><br />\n{image}'
        f'<span id="ctl00_ContentPlaceHolder1_lblBody">{"".join(parts)}</span>\n<br />\n<a id="ctl00_ContentPlaceHolder1_hlBack" href="/news/default.aspx">{back}</a>\n'
        f'<h3>Related news</h3><div><table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_gvRelated" style="border-collapse:collapse;"><tr><th scope="col">Date</th><th scope="col">Title</th></tr>{grid}</table></div>\n{useful}</td></tr></table>\n'
        f'<div id="footer">&copy; {c.rng.choice(range(2006, 2013))} {name} | <a href="/terms.aspx">Terms and conditions</a> | <a href="/privacy.aspx">Privacy</a> | <a href="/accessibility.aspx">Accessibility</a><br />Page last updated: {old_date(c)}</div>\n'
        f'<div>\n<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBAL{"".join(c.rng.choice(_B64) for _ in range(60))}" />\n</div>\n'
        '<script type="text/javascript">\n//<![CDATA[\nvar ctl00_Menu1_Data = new Object();\nctl00_Menu1_Data.disappearAfter = 500;\n//]]>\n</script>\n</form>\n</body>\n</html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 6. A newspaper's "print this article" page


def fam_print_page(c: Ctx) -> tuple[str, list[Block]]:
    """A newspaper's printer-friendly page of about 2008: the masthead (text or logo), "Print |
    Close window", the headline, byline and date, the story (closed or unclosed `<p>`s, or
    `<br><br>` runs), the "URL:" or "Find this article at:" line and the copyright notice."""
    name = brand(c)
    year = c.rng.choice(_YEARS)
    blocks = c.body.blocks
    if c.rng.random() < 0.3:
        c.used.append("dateline")
        blocks = with_dateline(c, blocks, c.rng.choice(_TOWNS), c.rng.choice([" -- ", " - "]))
    style = c.rng.choice(["p", "p-open", "br"])
    parts, gold = old_body(c, blocks, style)
    url = f"http://www.{slug(name).replace('-', '')}.com/news/{year}/{c.rng.randint(1, 12):02d}/{c.rng.randint(1, 28):02d}/{slug(c.body.title)[:40]}.html"
    kind = c.rng.choice(["url-line", "find-at"])
    controls = c.rng.choice(
        [
            '<a href="javascript:window.print()">Print</a> | <a href="javascript:window.close()">Close window</a>',
            '<a href="#" onclick="window.print(); return false;">Print this page</a> &nbsp; <a href="javascript:self.close()">Close this window</a>',
            '<a href="javascript:window.print()"><img src="/images/print.gif" border="0" alt=""> Print</a> | <a href="javascript:history.back()">Return to story</a>',
        ]
    )
    masthead = c.rng.choice(
        [
            f'<img src="/images/print_logo.gif" alt="{name}" border="0">',
            f'<font face="Times New Roman" size="6"><b>{name}</b></font>',
            f'<h2 class="masthead">{name}.com</h2>',
        ]
    )
    who = c.rng.choice(PEOPLE)
    if kind == "url-line":
        foot = f'<p class="url">URL: {url}</p>\n<p class="copyright">&copy; {year} {name}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>'
    else:
        foot = f'<p>Find this article at:<br>\n<a href="{url}">{url}</a></p>\n<p><input type="checkbox" name="links" onclick="toggleLinks()"> Check the box to include the list of links referenced in the article.</p>\n<p class="copyright">&copy; {year} {name}</p>'
    c.used += ["print-masthead", "print-controls", f"print-{kind}", "print-copyright"]
    body_attr = ' onload="window.print()"' if c.rng.random() < 0.4 else ""
    html = (
        era_head(
            c,
            c.rng.choice(["html4", "xhtml", "none"]),
            f"{name} - Print this article",
            '<style type="text/css" media="print">.noprint { display: none; }</style>\n<meta name="robots" content="noindex, nofollow">\n',
        )
        + f'<body{body_attr} bgcolor="#ffffff">\n<div id="printheader">{masthead}<br>\n<span class="noprint">{controls}</span></div>\n<hr size="1" noshade>\n'
        f'<div class="printstory">\n<h1>{esc(c.body.title)}</h1>\n<div class="byline">By {who}<br>{c.rng.choice(["Staff Writer", "The Associated Press", "Staff Reporter"])}</div>\n<div class="date">{c.rng.choice(["Published", "Posted", "Updated"])}: {stamp(c)}</div>\n'
        f'{"<p>" if style == "br" else ""}{"".join(parts)}{"</p>" if style == "br" else ""}\n</div>\n<hr size="1" noshade>\n<div class="printfooter">{foot}</div>\n'
        f'<script type="text/javascript">var pageTracker = _gat._getTracker("UA-{c.rng.randint(10**5, 10**7)}-1"); pageTracker._trackPageview();</script>\n</body>\n</html>'
    )
    return html, gold

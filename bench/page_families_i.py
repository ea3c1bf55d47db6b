"""Set I of the constructed pages: 12 old-era template families (2004-2014) and `build_pages`.

Families: the WordPress Kubrick default theme, a Joomla 1.5 article, a PHP-Nuke-like portal, a
university or government news release, a 2010 Asian news portal, a GeoCities / Tripod homepage
essay (those six in page_templates_i.py), and here an AP story on a partner site, a Disqus-era
blog on a Thesis-like theme, a Posterous post, a 2009 Reuters-like story, a HuffPost-2010-like
blog entry and a 2009 sports site story with a statistics table. Each page's <head> is the era's
(HTML 4.01 / XHTML 1.0 doctype, `http-equiv` charset, `og:` tags only on the 2010-era families).
Written blind to digest's extraction rules and frozen before digest was first run on it
(session 9, helper h-old): a tuning set for old-era pages; set H is the held-out judge. The gold
convention and the decisions for the first six families are in page_templates_i.py's
docstring; those for the families here, written down before the set was committed:
- an AP story on a partner site (2010, a local TV station or newspaper platform): the story's
  paragraphs with the "CITY (AP) -- " dateline are article; the "By NAME, Associated Press
  Writer" byline, the "Associated Press writer X in CITY contributed to this report." credit
  (a byline, like set G's "--With assistance from"), the AP copyright line, the story tools
  ("Email to a friend", "Print"), the weather box, "Most Popular" and the partner's furniture
  are not;
- a Disqus-era blog on a Thesis-like theme (2011): the post's paragraphs, headings, lists and
  quotes are article; the TweetMeme button, AddThis "Share this:" toolbox and LinkWithin "You
  might also like:" thumbnails inside the post, "Filed under:", the Disqus thread with its
  noscript and "blog comments powered by Disqus", the sidebar widgets and the theme footer are
  not;
- a Posterous post (2010): the autopost's paragraphs (a `<div>` per paragraph with `<div><br>`
  between when posted by email, or `<p>`) and quotes are article; the e-mail signature inside
  the post ("--" then "Sent from my iPhone"), "Posted via email from X's posterous", "Filed
  under //", "N responses", "Like", the comments, the profile box and the archive are not;
- a 2009 Reuters-like story: the #resizeableText paragraphs with the "CITY (Reuters) - "
  dateline are article; the "Related News" / "Related Quotes" box inside it (its quote table
  included), "(Reporting by X; Editing by Y)" (a credit line, like the AP one), "Email | Print
  | Share | Reprints | Single Page", "[-] Text [+]", "© Thomson Reuters" and the rails are not;
- a HuffPost-2010-like blog entry: the entry_body_text paragraphs are article; the blogger's
  card (name, title, "Posted:"), the share bar with the comment count, the closing "Follow X
  on Twitter: www.twitter.com/..." line, "Read More:" tags, "Related News on Huffington
  Post:" with its teasers, "Get HuffPost Alerts" and the comments are not;
- a 2009 sports site story: the story paragraphs and the statistics table inside the story
  text (a table of the article, as in set D) are article; the photo caption, "Print | Email |
  Share", "Most sent" / "Most read" boxes, the scores ticker, the league table in the rail, the
  comments and the footer are not.

    .venv/bin/python bench/bench_pages.py --set i --seed 801
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import random
import re
from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_b import headlines
from page_templates_c import club
from page_templates_e import brand, hexid, sentence, with_dateline
from page_templates_g import slots
from page_templates_i import (
    MONTHS,
    docwrite_ad,
    fam_asia_portal,
    fam_homepage,
    fam_joomla,
    fam_kubrick,
    fam_nuke,
    fam_release,
    iframe_ad,
    old_blocks,
    old_date,
    olink,
    spacer,
    urchin,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]

_US_CITIES = [
    "WASHINGTON",
    "NEW YORK",
    "CHICAGO",
    "LOS ANGELES",
    "ATLANTA",
    "DENVER",
    "BOSTON",
    "MIAMI",
]
_WORLD_CITIES = [
    "LONDON",
    "PARIS",
    "BERLIN",
    "TOKYO",
    "NEW YORK",
    "FRANKFURT",
    "SINGAPORE",
    "MOSCOW",
]

# ---------------------------------------------------------------------------------------------
# An AP story hosted on a partner site (2010)


def fam_ap_partner(c: Ctx) -> tuple[str, list[Block]]:
    """An AP story on a partner's platform (WorldNow-like TV station or a newspaper): the AP
    byline, the dateline story (`<p>` or `<br><br>`), the contributor credit and the copyright
    line in the story element, story tools, the weather box and "Most Popular"."""
    city = c.rng.choice(_US_CITIES)
    blocks = with_dateline(c, c.body.blocks, f"{city} (AP)", c.rng.choice([" \u2014 ", " -- "]))
    tv = c.rng.random() < 0.5
    body, gold = old_blocks(c, blocks, "p" if tv or c.rng.random() < 0.5 else "br")
    who = c.rng.choice(PEOPLE)
    if c.rng.random() < 0.6:
        c.used.append("ap-contributed")
        helpers = " and ".join(c.rng.sample(PEOPLE, c.rng.randint(1, 2)))
        s = "s" if " and " in helpers else ""
        line = f"Associated Press writer{s} {helpers} in {c.rng.choice(_US_CITIES).title()} contributed to this report."
        body.append(f"<p>{line}</p>" if body[0].startswith("<p>") else f"{line}<br><br>")
    copyright_line = c.rng.choice(
        [
            f"Copyright {c.rng.randint(2008, 2011)} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            f"(Copyright {c.rng.randint(2008, 2011)} by The Associated Press. All Rights Reserved.)",
        ]
    )
    body.append(
        f"<p>{copyright_line}</p>" if body[0].startswith("<p>") else f"<i>{copyright_line}</i>"
    )
    posted = old_date(c, 2009, 2011, "short")
    byline = (
        f'<div id="WNStoryByline"><span class="byline">By {who.upper()}<br>Associated Press Writer</span></div>'
        if tv
        else f'<p class="byline">By {who}, Associated Press Writer</p>'
    )
    popular = "".join(f"<li>{olink(c, h, 'story/')}</li>" for h in headlines(c, 5))
    weather = f'<div class="wnWeatherBox"><h3>Current Conditions</h3><span class="temp">{c.rng.randint(20, 99)}&deg;F</span> {c.rng.choice(["Partly Cloudy", "Sunny", "Light Rain", "Overcast", "Fair"])}<br>Humidity: {c.rng.randint(20, 99)}%<br><a href="/weather/">7-Day Forecast</a> | <a href="/weather/radar">Interactive Radar</a></div>'
    tools = f'<div class="wnStoryTools"><a href="/global/story.asp?s={c.rng.randint(10**6, 10**7)}&amp;action=email">Email to a friend</a> | <a href="/global/story.asp?action=print">Print this article</a> | <a href="http://www.addthis.com/bookmark.php">Bookmark</a> | <a href="/story/report">Report an error</a></div>'
    c.used += [
        "ap-byline",
        "ap-copyright",
        "ap-tools",
        "ap-most-popular",
        "ap-partner-nav",
        "ap-footer",
    ]
    if tv:
        c.used.append("ap-weather")
        call = "".join(
            c.rng.choice("KW") + "".join(c.rng.choice("ABCDEFGHIJKLMNOPRSTUVXYZ") for _ in range(3))
        )
        html = (
            f'<body id="WNBody"><div id="WNHeader"><a href="/"><img src="/images/{call.lower()}_logo.gif" alt="{call}" border="0"></a>{iframe_ad(c)}<ul id="WNMenu">{"".join(f"<li><a href=/category/{k}/{slug(w)}>{w}</a></li>" for k, w in enumerate(["News", "Weather", "Sports", "Video", "Community", "Contests", "Contact Us"], 1))}</ul></div>'
            f'<table id="WNColsAll" width="980" cellpadding="0" cellspacing="0"><tr><td id="WNCol23" valign="top"><div id="WNStoryHeader"><h1 id="WNStoryTitle" class="wnStoryHeadline">{esc(c.body.title)}</h1>{byline}<div class="wnDate">Posted: {posted} {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} AM EDT</div><div class="wnDate">Updated: {posted} {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} PM EDT</div></div>'
            f'<div id="WNStoryBody" class="wnStoryBody">{"".join(body)}</div>{tools}<div id="WNAffAP"><img src="/images/ap_logo.gif" alt="AP" border="0"></div></td>'
            f'<td id="WNCol4" width="300" valign="top">{weather}{iframe_ad(c, 300, 250)}<div class="wnBlock"><h3>Most Popular Stories</h3><ol>{popular}</ol></div></td></tr></table>'
            f'<div id="WNFooter">All content &copy; Copyright 2000 - {c.rng.randint(2009, 2011)} WorldNow and {call}. All Rights Reserved. For more information on this site, please read our <a href="/privacy">Privacy Policy</a> and <a href="/terms">Terms of Service</a>.</div>{urchin(c)}</body></html>'
        )
    else:
        paper = f"The {brand(c)} {c.rng.choice(['Herald', 'Courier', 'Gazette', 'Tribune', 'Daily News'])}"
        html = (
            f'<body><table width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/img/masthead.gif" alt="{esc(paper)}" border="0"></a></td><td align="right">{docwrite_ad(c, "728x90")}</td></tr></table>'
            f'<div id="nav">{" | ".join(f"<a href=/{slug(w)}/>{w}</a>" for w in ["Home", "News", "Sports", "Business", "Obituaries", "Classifieds", "Jobs", "Cars", "Homes"])}</div>'
            f'<div id="content"><div id="story"><p class="kicker">Nation/World</p><h1 class="headline">{esc(c.body.title)}</h1>{byline}<p class="dateline-meta">{posted}</p>'
            f'<div class="story-body">{"".join(body)}</div>{tools}</div><div id="rail"><div class="box"><h3>Most Popular</h3><ol>{popular}</ol></div>{docwrite_ad(c, "300x250")}</div></div>'
            f'<div id="footer">Copyright &copy; {c.rng.randint(2009, 2011)} {esc(paper)}. All rights reserved. <a href="/contact/">Contact us</a> | <a href="/subscribe/">Subscribe</a> | <a href="/advertise/">Advertise</a></div></body></html>'
        )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A Disqus-era blog on a Thesis-like theme (2011)


def _linkwithin(c: Ctx) -> str:
    c.used.append("blog-linkwithin")
    posts = "".join(
        f'<a href="http://{c.site}/{c.rng.randint(2009, 2011)}/{c.rng.randint(1, 12):02d}/{slug(h)}/" class="linkwithin_link" id="linkwithin_link_{k}"><div class="linkwithin_img" style="background: url(http://i.linkwithin.example/thumb/{hexid(c, 16)}) no-repeat;"></div><div class="linkwithin_title">{esc(h)}</div></a>'
        for k, h in enumerate(headlines(c, c.rng.choice([3, 4, 5])))
    )
    return f'<div class="linkwithin_hook" id="{hexid(c, 8)}"></div><div class="linkwithin_div"><div class="linkwithin_inner"><div class="linkwithin_text">You might also like:</div><div class="linkwithin_posts">{posts}</div><div class="linkwithin_footer"><a href="http://www.linkwithin.example/learn" class="linkwithin_logo">LinkWithin</a></div></div></div>'


def _addthis(c: Ctx) -> str:
    c.used.append("blog-addthis")
    return f'<div class="addthis_toolbox addthis_default_style"><span class="addthis_label">Share this:</span><a class="addthis_button_facebook_like" fb:like:layout="button_count"></a><a class="addthis_button_tweet"></a><a class="addthis_button_email">Email</a><a class="addthis_button_stumbleupon">StumbleUpon</a><a class="addthis_counter addthis_pill_style"></a></div><script type="text/javascript" src="http://s7.addthis.example/js/250/addthis_widget.js#pubid=xa-{hexid(c, 16)}"></script>'


def fam_thesis_disqus(c: Ctx) -> tuple[str, list[Block]]:
    """A 2011 blog on a Thesis-like theme: the format_text entry with a TweetMeme button at the
    top, AddThis and LinkWithin boxes at its end, "Filed under:", the Disqus thread and the
    sidebar widgets."""
    who = c.rng.choice(PEOPLE)
    body, gold = old_blocks(c, c.body.blocks, "p")
    if c.rng.random() < 0.5:
        c.used.append("blog-tweetmeme")
        body.insert(
            0,
            f'<div class="tweetmeme_button" style="float: right; margin-left: 10px;"><iframe src="http://api.tweetmeme.example/button.js?url=http%3A%2F%2F{c.site}%2F&amp;style=normal" height="61" width="50" frameborder="0" scrolling="no"></iframe></div>',
        )
    extras = [
        _addthis(c) if c.rng.random() < 0.8 else "",
        _linkwithin(c) if c.rng.random() < 0.8 else "",
    ]
    c.rng.shuffle(extras)
    cats = ", ".join(
        f'<a href="http://{c.site}/category/{slug(t)}/" rel="category tag">{t}</a>'
        for t in c.rng.sample(
            ["Blogging", "Marketing", "Productivity", "Life", "Tech", "Writing", "Social Media"],
            c.rng.randint(1, 3),
        )
    )
    shortname = slug(brand(c)).replace("-", "")
    recent = "".join(f"<li>{olink(c, h)}</li>" for h in headlines(c, 5))
    c.used += [
        "blog-filed-under",
        "blog-disqus",
        "blog-sidebar",
        "blog-thesis-footer",
        "blog-headline-meta",
    ]
    html = (
        f'<body class="custom"><div id="container"><div id="page"><div id="header"><p id="logo"><a href="http://{c.site}">{brand(c)}</a></p><h1 id="tagline">{c.rng.choice(["Ideas worth stealing", "Notes on work and life", "A blog about the web"])}</h1></div>'
        f'<ul class="menu"><li class="tab tab-home current"><a href="http://{c.site}">Home</a></li><li class="tab tab-1"><a href="http://{c.site}/about/">About</a></li><li class="tab tab-2"><a href="http://{c.site}/archives/">Archives</a></li><li class="rss"><a href="http://feeds.feedburner.example/{shortname}" title="{brand(c)} RSS Feed" rel="nofollow">Subscribe</a></li></ul>'
        f'<div id="content_box"><div id="content" class="hfeed"><div class="post_box top" id="post-{c.rng.randint(100, 9999)}"><div class="headline_area"><h1 class="entry-title">{esc(c.body.title)}</h1><p class="headline_meta">by <span class="author vcard fn">{who}</span> on <abbr class="published" title="{c.rng.randint(2010, 2012)}-0{c.rng.randint(1, 9)}-1{c.rng.randint(0, 9)}">{old_date(c, 2010, 2012, "long")}</abbr></p></div>'
        f'<div class="format_text entry-content">{"".join(body)}{"".join(extras)}<p class="to_comments"><span class="bracket">{{</span> <a href="#comments" rel="nofollow"><span>{c.rng.randint(0, 90)}</span> comments&#8230;</a> <span class="bracket">}}</span></p></div>'
        f'<p class="post_tags">Filed under: {cats}</p></div>'
        f"<div id=\"comments\"><div id=\"disqus_thread\"></div><script type=\"text/javascript\">var disqus_shortname = '{shortname}'; (function() {{ var dsq = document.createElement('script'); dsq.type = 'text/javascript'; dsq.async = true; dsq.src = 'http://' + disqus_shortname + '.disqus.com/embed.js'; (document.getElementsByTagName('head')[0] || document.getElementsByTagName('body')[0]).appendChild(dsq); }})();</script>"
        f'<noscript>Please enable JavaScript to view the <a href="http://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript><a href="http://disqus.com" class="dsq-brlink">blog comments powered by <span class="logo-disqus">Disqus</span></a></div>'
        f'<div class="prev_next post_nav"><p class="previous">Previous post: {olink(c, c.pool.headline(c.rng, c.body))}</p><p class="next">Next post: {olink(c, c.pool.headline(c.rng, c.body))}</p></div></div>'
        f'<div id="sidebars"><div id="sidebar_1" class="sidebar"><ul class="sidebar_list"><li class="widget"><h3>About</h3><p>{who} {c.rng.choice(["writes about marketing and the web.", "is a designer and writer.", "helps small businesses blog better."])}</p></li>'
        f'<li class="widget"><h3>Subscribe by email</h3><form action="http://feedburner.example/fb/a/mailverify" method="post"><p>Enter your email address:</p><p><input type="text" name="email"/></p><input type="submit" value="Subscribe" /><p>Delivered by <a href="http://feedburner.example">FeedBurner</a></p></form></li>'
        f'<li class="widget"><h3>Recent Posts</h3><ul>{recent}</ul></li><li class="widget"><h3>Blogroll</h3><ul>{"".join(f"<li><a href=http://{slug(p)}.example/>{p}</a></li>" for p in c.rng.sample(PEOPLE, 3))}</ul></li></ul></div></div></div>'
        f'<div id="footer"><p>Get smart with the <a href="http://diythemes.example/">Thesis WordPress Theme</a> from DIYthemes.</p><p><a href="http://{c.site}/wp-admin/">WordPress Admin</a></p></div></div></div>{urchin(c)}</body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A Posterous post (2010)


def fam_posterous(c: Ctx) -> tuple[str, list[Block]]:
    """A Posterous post: the posterous_autopost body (email `<div>`s or `<p>`s, an image embed),
    an e-mail signature inside it, "Posted via email from", "Filed under //", "N responses",
    "Like", the comments and the profile sidebar."""
    who = c.rng.choice(PEOPLE)
    first = who.split()[0]
    email = c.rng.random() < 0.6
    body, gold = old_blocks(c, c.body.blocks, "div" if email else "p")
    if c.rng.random() < 0.5:
        c.used.append("posterous-image")
        body.insert(
            c.rng.randint(0, len(body)),
            f'<div class="p_embed p_image_embed"><a href="http://posterous.example/getfile/files.posterous.example/{slug(first)}/{hexid(c, 20)}/IMG_{c.rng.randint(1000, 9999)}.jpg"><img alt="Img_{c.rng.randint(1000, 9999)}" height="375" src="http://posterous.example/getfile/files.posterous.example/{slug(first)}/{hexid(c, 20)}/IMG_{c.rng.randint(1000, 9999)}.jpg.scaled.500.jpg" width="500" /></a></div>',
        )
    if email and c.rng.random() < 0.5:
        c.used.append("posterous-signature")
        body.append(
            f"<div>--<br>{c.rng.choice(['Sent from my iPhone', 'Sent from my BlackBerry', first, f'{first} | http://{slug(first)}.example'])}</div>"
        )
    via = "email" if email else c.rng.choice(["web", "email"])
    n = c.rng.randint(0, 6)
    comments = "".join(
        f'<div class="comment"><div class="commentmeta"><a href="http://{slug(p)}.posterous.example">{p}</a> responded:</div><div class="commenttext">{sentence(c, c.rng.randint(1, 2))}</div><div class="commentdate">{old_date(c, 2009, 2011, "short")}</div></div>'
        for p in c.rng.sample(PEOPLE, min(n, 4))
    )
    tags = " ".join(
        f'<a href="http://{slug(first)}.posterous.example/tag/{t}">{t}</a>'
        for t in c.rng.sample(
            ["life", "links", "photos", "work", "travel", "ideas", "mobile"], c.rng.randint(1, 3)
        )
    )
    archive = "".join(
        f'<li><a href="http://{slug(first)}.posterous.example/?page={k}">{m} {c.rng.randint(2009, 2011)}</a> ({c.rng.randint(1, 30)})</li>'
        for k, m in enumerate(c.rng.sample(MONTHS, 4), 1)
    )
    c.used += [
        "posterous-posted-via",
        "posterous-filed-under",
        "posterous-responses",
        "posterous-like",
        "posterous-profile",
        "posterous-archive",
    ]
    html = (
        f'<body><div id="header"><div id="logo"><h1><a href="http://{slug(first)}.posterous.example">{first}\'s posterous</a></h1></div><div class="description">{sentence(c) if c.rng.random() < 0.3 else "Just my stuff."}</div></div>'
        f'<div id="main"><div class="post"><div class="posttitle"><h2 class="title"><a href="http://{slug(first)}.posterous.example/{slug(c.body.title)}">{esc(c.body.title)}</a></h2></div>'
        f'<div class="postbody"><div class="postmeta">{old_date(c, 2009, 2011, "long")}</div><div class="bodytext"><div class="posterous_autopost">{"".join(body)}</div>'
        f'<p style="font-size: 10px;"><a href="http://posterous.example">Posted via {via}</a> from <a href="http://{slug(first)}.posterous.example/{slug(c.body.title)}">{first}\'s posterous</a></p></div></div>'
        f'<div class="tags">Filed under // {tags}</div><div class="postactions"><a href="#comments">{n} response{"" if n == 1 else "s"}</a> | <a class="like" href="#">Like</a> <span class="loading">Loading...</span> | <a href="http://twitter.example/share">Tweet</a></div>'
        f'<div id="comments"><h3>{n} response{"" if n == 1 else "s"}</h3>{comments}<div class="comment_form"><h3>Leave a comment...</h3><form><textarea name="comment[body]" rows="6"></textarea><br>Name <input type="text" name="comment[name]"> Email <input type="text" name="comment[email]"><br><input type="submit" value="Submit comment"></form></div></div></div></div>'
        f'<div id="sidebar"><div class="profile"><img src="http://files.posterous.example/user_profile_pics/{c.rng.randint(10**5, 10**6)}/avatar.jpg" width="75" height="75" alt=""><h3>{who}</h3><a href="http://posterous.example/people/{hexid(c, 8)}">Subscribe to this posterous</a> | <a href="http://{slug(first)}.posterous.example/rss.xml">RSS</a></div>'
        f'<div class="archive"><h3>Archive</h3><ul>{archive}</ul></div><div class="tags_list"><h3>Tags</h3>{tags}</div></div>'
        f'<div id="footer"><a href="http://posterous.example">Powered by Posterous</a> | Theme by {c.rng.choice(PEOPLE)} | <a href="http://posterous.example/privacy">Privacy</a></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A 2009 Reuters-like story


def _reuters_related(c: Ctx) -> str:
    c.used.append("reuters-related-box")
    news = "".join(
        f'<li>{olink(c, h, "article/")}<br><span class="timestamp">{old_date(c, 2009, 2009, "short")}</span></li>'
        for h in headlines(c, c.rng.randint(2, 4))
    )
    quotes = ""
    if c.rng.random() < 0.6:
        c.used.append("reuters-related-quotes")
        rows = "".join(
            f'<tr><td><a href="/stocks/overview?symbol={sym}">{sym}</a></td><td>{c.rng.randint(5, 300)}.{c.rng.randint(10, 99)}</td><td>{c.rng.choice("+-")}{c.rng.randint(0, 9)}.{c.rng.randint(10, 99)}</td></tr>'
            for sym in (
                f"{''.join(c.rng.choice('ABCDEFGHKLMNPRSTUVWXYZ') for _ in range(c.rng.randint(2, 4)))}.{c.rng.choice('NOLT')}"
                for _ in range(c.rng.randint(1, 3))
            )
        )
        quotes = f'<div class="relatedQuotes"><h3>Related Quotes</h3><table class="dataTable"><tr><th>Company</th><th>Price</th><th>Change</th></tr>{rows}</table><p class="timestamp">{c.rng.randint(1, 12)}:{c.rng.randint(10, 59)}pm EDT</p></div>'
    return f'<div class="relatedInfo"><div class="relatedNews"><h3>Related News</h3><ul>{news}</ul></div>{quotes}</div>'


def fam_reuters(c: Ctx) -> tuple[str, list[Block]]:
    """A 2009 Reuters-like page: the article tools bar, #resizeableText with midArticle spans,
    the "Related News" / "Related Quotes" box after the first paragraphs, the "(Reporting by
    ...; Editing by ...)" line, the copyright and the rails."""
    city = c.rng.choice(_WORLD_CITIES)
    blocks = with_dateline(c, c.body.blocks, f"{city} (Reuters)", " - ")
    html_blocks, gold = old_blocks(c, blocks, "p")
    out: list[str] = (
        [f'<span class="focusParagraph">{html_blocks[0]}</span>']
        if c.rng.random() < 0.6
        else [html_blocks[0]]
    )
    box_at = c.rng.randint(1, min(3, len(html_blocks)))
    for k, h in enumerate(html_blocks[1:], 1):
        if k == box_at:
            out.append(_reuters_related(c))
        out.append(f'<span id="midArticle_{k - 1}"></span>{h}')
    if box_at >= len(html_blocks):
        out.append(_reuters_related(c))
    reporters = " and ".join(c.rng.sample(PEOPLE, c.rng.randint(1, 2)))
    out.append(
        f"<p>(Reporting by {reporters}; {c.rng.choice(['Editing by', 'Writing by', 'Additional reporting by'])} {c.rng.choice(PEOPLE)})</p>"
    )
    stamp = f"{c.rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {c.rng.choice(MONTHS)[:3]} {c.rng.randint(1, 28)}, 2009 {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)}{c.rng.choice(['am', 'pm'])} EDT"
    tools = '<div class="articleTools"><ul><li class="email"><a href="#">Email</a></li><li class="print"><a href="#">Print</a></li><li class="share"><a href="#">Share</a></li><li class="reprints"><a href="http://www.reutersreprints.example">Reprints</a></li><li class="singlePage"><a href="?sp=true">Single Page</a></li><li class="textSize"><a href="#">[-]</a> Text <a href="#">[+]</a></li></ul></div>'
    most = "".join(f"<li>{olink(c, h, 'article/')}</li>" for h in headlines(c, 5))
    analysis = "".join(f"<li>{olink(c, h, 'article/')}</li>" for h in headlines(c, 3))
    c.used += [
        "reuters-reporting-by",
        "reuters-tools",
        "reuters-copyright",
        "reuters-most-read",
        "reuters-header",
        "reuters-footer",
    ]
    html = (
        f'<body><div id="topBar"><a href="/"><img src="/resources/images/reuters_logo.gif" alt="Reuters" border="0"></a><div id="editionSwitcher">U.S. Edition</div><ul id="navBar">{"".join(f"<li><a href=/news/{slug(w)}>{w}</a></li>" for w in ["Home", "Business", "Markets", "World", "Technology", "Politics", "Entertainment", "Health", "Science", "Video"])}</ul><form><input type="text" value="Search News &amp; Quotes"></form></div>'
        f'<div class="section primaryContent"><div class="column1 gridPanel grid8"><div class="article primaryContent"><div id="articleInfo"><p class="byline">By {c.rng.choice(PEOPLE)}</p><p><span class="location">{city}</span> | <span class="timestamp">{stamp}</span></p></div>'
        f'<h1>{esc(c.body.title)}</h1>{tools}<span id="midArticle_start"></span><div id="resizeableText">{"".join(out)}</div>{tools if c.rng.random() < 0.5 else ""}'
        f'<p class="copyright">&copy; Thomson Reuters {c.rng.choice([2009, 2009, 2010])} All rights reserved</p></div></div>'
        f'<div class="column2 gridPanel grid4">{docwrite_ad(c, "300x250")}<div class="module"><h3>Most Read Articles</h3><ol>{most}</ol></div><div class="module"><h3>Analysis &amp; Opinion</h3><ul>{analysis}</ul></div></div></div>'
        f'<div id="footer"><p><a href="/tools/contact">Help &amp; Contact Us</a> | <a href="/advertise">Advertise With Us</a> | <a href="/mobile">Mobile</a> | <a href="/tools/rss">RSS</a></p><p>Thomson Reuters is the world\'s largest international multimedia news agency, providing investing news, world news, business news, technology news, headline news, small business news, news alerts, personal finance, stock market, and mutual funds information available on Reuters.com, video, mobile, and interactive television platforms.</p></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A HuffPost-2010-like blog entry


def fam_huffpost_blog(c: Ctx) -> tuple[str, list[Block]]:
    """A 2010 group-blog entry: the blogger card, the share bar, entry_body_text ending with
    "Follow X on Twitter: www.twitter.com/...", "Read More:" tags and "Related News on
    Huffington Post:" teasers."""
    who = c.rng.choice(PEOPLE)
    handle = slug(who).replace("-", "")
    body, gold = old_blocks(c, c.body.blocks, "p")
    if c.rng.random() < 0.7:
        c.used.append("hp-follow-twitter")
        body.append(
            f'<p>Follow {who} on Twitter: <a href="http://www.twitter.com/{handle}">www.twitter.com/{handle}</a></p>'
        )
    section = c.rng.choice(["Politics", "Media", "Business", "Green", "Living", "World", "Tech"])
    tags = ", ".join(
        f'<a href="/news/{slug(t)}">{t}</a>'
        for t in c.rng.sample(
            [
                "Barack Obama",
                "Congress",
                "Wall Street",
                "Climate Change",
                "Facebook",
                "Healthcare Reform",
                "Afghanistan",
                "Sarah Palin",
                "Twitter",
                "Elections 2010",
            ],
            c.rng.randint(3, 5),
        )
    )
    related = "".join(
        f'<div class="related_entry"><a href="/{c.rng.randint(2009, 2010)}/{slug(h)}_n_{c.rng.randint(10**5, 10**6)}.html"><img src="http://i.huffpost.example/gen/{c.rng.randint(10**5, 10**6)}/thumbs/s-{hexid(c, 6)}-large.jpg" width="70" height="70" alt=""></a><h4><a href="/{slug(h)}.html">{esc(h)}</a></h4><p>{sentence(c)}</p></div>'
        for h in headlines(c, c.rng.randint(2, 4))
    )
    ncom = c.rng.randint(0, 900)
    share = f'<div class="social_share"><a href="http://www.stumbleupon.example/submit">Stumble</a> <a href="http://digg.example/submit">Digg</a> <a href="http://reddit.example/submit">Reddit</a> <a href="http://www.facebook.com/sharer.php">Facebook</a> <a href="http://twitter.example/share">Twitter</a> <a href="#">Buzz up!</a> <a href="#comments">Comments ({ncom})</a> <a href="#">Print</a></div>'
    c.used += [
        "hp-author-card",
        "hp-share-bar",
        "hp-read-more-tags",
        "hp-related-news",
        "hp-alerts",
        "hp-comments",
        "hp-header",
        "hp-footer",
    ]
    html = (
        f'<body><div id="header"><a href="/" id="logo">{brand(c)}</a><ul id="nav">{"".join(f"<li><a href=/{slug(w)}/>{w}</a></li>" for w in ["Politics", "Business", "Entertainment", "Media", "Living", "Style", "Green", "World", "Tech", "Comedy", "Sports", "Local"])}</ul><div class="alerts">Get {brand(c)} {section} Alerts <form><input type="text" value="Email"><input type="submit" value="Sign Up"></form></div></div>'
        f'<div id="blog_body"><div class="entry"><div class="blog_author_info"><a href="/{handle}"><img src="http://i.huffpost.example/contributors/{handle}/headshot.jpg" width="90" alt="{who}"></a><h2><a class="author_name" href="/{handle}">{who}</a></h2><p class="author_title">{c.rng.choice(["Author", "Political analyst", "Professor", "Journalist", "Comedian and writer"])}{c.rng.choice(["", ", &#8216;" + brand(c) + " " + c.rng.choice(["Nation", "Rising", "Unbound"]) + "&#8217;"])}</p><p class="posted">Posted: {old_date(c, 2009, 2011, "long")} {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {c.rng.choice(["AM", "PM"])}</p></div>'
        f'<div class="entry_right"><h1 class="title_h1">{esc(c.body.title)}</h1>{share}<div class="entry_body_text">{"".join(body)}</div>'
        f'<div class="read_more"><b>Read More:</b> {tags}</div>'
        f'<div class="blogger_email">Get {who}\'s blog posts via email <a href="/{handle}/alerts">Sign Up</a> | <a href="http://www.facebook.com/{handle}">Become a fan of {who}</a></div>'
        f'<div class="related_news_on_hp"><h3>Related News On {brand(c)}:</h3>{related}</div>{share}</div></div>'
        f'<div id="comments"><h3>{ncom} Comments</h3><div class="comment_tabs"><a href="#">Pending Comments</a> <a href="#">View FAQ</a></div><p>Comments are closed for this entry</p></div></div>'
        f'<div id="sidebar">{iframe_ad(c, 300, 250)}<div class="box"><h3>More in {section}...</h3><ul>{"".join(f"<li>{olink(c, h)}</li>" for h in headlines(c, 5))}</ul></div></div>'
        f'<div id="footer"><p>Copyright &copy; {c.rng.randint(2009, 2011)} {brand(c)}.com | <a href="/terms">User Agreement</a> | <a href="/privacy">Privacy</a> | <a href="/faq">Comment Policy</a> | <a href="/about">About Us</a> | <a href="/advertise">Advertise</a></p></div>{urchin(c)}</body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# A 2009 sports site story with a statistics table in the body


def _stats_table(c: Ctx, home: str, away: str) -> list[Block]:
    h, a = c.rng.randint(30, 70), 0
    a = 100 - h
    rows = [
        ["Match stats", home, away],
        ["Possession", f"{h}%", f"{a}%"],
        ["Shots", str(c.rng.randint(3, 25)), str(c.rng.randint(3, 25))],
        ["Shots on target", str(c.rng.randint(0, 12)), str(c.rng.randint(0, 12))],
        ["Corners", str(c.rng.randint(0, 14)), str(c.rng.randint(0, 14))],
        ["Fouls", str(c.rng.randint(4, 22)), str(c.rng.randint(4, 22))],
    ]
    if c.rng.random() < 0.5:
        rows.append(["Yellow cards", str(c.rng.randint(0, 5)), str(c.rng.randint(0, 5))])
    return [("table", rows)]


def fam_sports_2009(c: Ctx) -> tuple[str, list[Block]]:
    """A 2009 sports site: a scores ticker, the story in a layout table (photo with caption,
    "Print | Email | Share"), a statistics table inside the story text, "Most sent" and "Most
    read" boxes, the comments and a league table in the rail."""
    home = club(c.rng)
    away = next(t for t in (club(c.rng) for _ in range(50)) if t != home)
    blocks = list(c.body.blocks)
    at = c.rng.choice([len(blocks), len(blocks), c.rng.randint(1, max(1, len(blocks) - 1))])
    blocks[at:at] = _stats_table(c, home, away)
    c.used.append("sports-stats-table")
    body, gold = old_blocks(c, blocks, c.rng.choice(["p", "p", "br"]))
    where = slots(c, len(body), 1)
    out: list[str] = []
    for i, h in enumerate(body):
        if i in where and c.rng.random() < 0.6:
            out.append(f'<div class="inlineAd">{docwrite_ad(c, "300x250")}</div>')
        out.append(h)
    ticker = " &nbsp;|&nbsp; ".join(
        f"{club(c.rng)} {c.rng.randint(0, 4)}-{c.rng.randint(0, 4)} {club(c.rng)}" for _ in range(4)
    )
    most = "".join(f"<li>{olink(c, h, 'sport/')}</li>" for h in headlines(c, 5))
    read = "".join(f"<li>{olink(c, h, 'sport/')}</li>" for h in headlines(c, 5))
    ncom = c.rng.randint(0, 5)
    comments = "".join(
        f'<div class="comment"><p class="commentBy"><b>{p.split()[0].lower()}{c.rng.randint(1, 999)}</b> wrote on {old_date(c, 2008, 2010, "short")}:</p><p>{sentence(c, c.rng.randint(1, 2))}</p><a href="#">Report this comment</a></div>'
        for p in c.rng.sample(PEOPLE, ncom)
    )
    table = "".join(
        f"<tr><td>{k}</td><td>{club(c.rng)}</td><td>{c.rng.randint(10, 38)}</td><td>{c.rng.randint(10, 90)}</td></tr>"
        for k in range(1, 7)
    )
    boxes = [
        f'<div class="box mostSent"><h3>Most sent</h3><ol>{most}</ol></div>',
        f'<div class="box mostRead"><h3>Most read</h3><ol>{read}</ol></div>',
    ]
    c.rng.shuffle(boxes)
    c.used += [
        "sports-ticker",
        "sports-caption",
        "sports-tools",
        "sports-most-sent",
        "sports-comments",
        "sports-league-table",
        "sports-footer",
    ]
    html = (
        f'<body bgcolor="#ffffff" marginwidth="0" marginheight="0"><table width="100%" cellpadding="0" cellspacing="0" bgcolor="#003300"><tr><td><a href="/"><img src="/img/sport_logo.gif" border="0" alt="{brand(c)} Sport"></a></td><td align="right">{docwrite_ad(c, "728x90")}</td></tr></table>'
        f'<div class="ticker"><marquee scrollamount="3">{ticker}</marquee></div><div id="nav">{" | ".join(f"<a href=/sport/{slug(w)}/>{w}</a>" for w in ["Football", "Cricket", "Rugby Union", "Tennis", "Golf", "Motorsport", "Results", "Fixtures"])}</div>'
        f'<table width="970" cellpadding="0" cellspacing="0" border="0"><tr><td width="640" valign="top"><div class="storyHead"><h1>{esc(c.body.title)}</h1><p class="byline">By {c.rng.choice(PEOPLE)} | {old_date(c, 2008, 2010, "long")}</p></div>'
        f'<div class="tools"><a href="#">Print</a> | <a href="#">Email</a> | <a href="#">Share</a> | <a href="#comments">Comments ({ncom})</a></div>'
        f'<table align="right" width="240" cellpadding="0" cellspacing="4"><tr><td><img src="/img/{hexid(c, 8)}.jpg" width="236" height="180" alt=""><br><span class="caption">{sentence(c)} <i>Photo: {c.rng.choice(["Getty Images", "Reuters", "PA", "Action Images"])}</i></span></td></tr></table>'
        f'<div class="storyText">{"".join(out)}</div>{spacer(c, 1, 10)}'
        f'<div id="comments"><h3>Comments ({ncom})</h3>{comments}<p><a href="/login">Log in</a> or <a href="/register">register</a> to post a comment.</p></div></td><td width="20">{spacer(c, 20, 1)}</td>'
        f'<td width="310" valign="top">{"".join(boxes)}<div class="box"><h3>League table</h3><table class="league"><tr><th>Pos</th><th>Team</th><th>P</th><th>Pts</th></tr>{table}</table></div></td></tr></table>'
        f'<div id="footer">&copy; {c.rng.randint(2008, 2010)} {brand(c)} Sport. All rights reserved. <a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/terms">Terms</a></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# The set


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind); the scarce kinds are drawn first
    "sports-2009": (fam_sports_2009, "sport"),
    "reuters-2009": (fam_reuters, "business"),
    "asia-portal": (fam_asia_portal, "news"),
    "release-2005": (fam_release, "lede"),
    "ap-partner": (fam_ap_partner, "ecb"),
    "joomla-15": (fam_joomla, "lede"),
    "nuke-portal": (fam_nuke, "tech"),
    "kubrick": (fam_kubrick, "blog"),
    "homepage": (fam_homepage, "blog"),
    "thesis-disqus": (fam_thesis_disqus, "blog"),
    "posterous": (fam_posterous, "blog"),
    "huffpost-blog": (fam_huffpost_blog, "blog"),
}

_DOCTYPES = {
    "html4": '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">',
    "none": '<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">',
    "xhtml": '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
}
_HEAD_KIND = {
    "release-2005": ("html4", False),
    "homepage": ("none", False),
    "nuke-portal": ("html4", False),
    "kubrick": ("xhtml", False),
    "joomla-15": ("xhtml", False),
    "asia-portal": ("xhtml", True),
    "ap-partner": ("html4", True),
    "thesis-disqus": ("xhtml", True),
    "posterous": ("xhtml", True),
    "reuters-2009": ("html4", False),
    "huffpost-blog": ("xhtml", True),
    "sports-2009": ("html4", False),
}
_OG = re.compile(r'<meta property="og:title" content="[^"]*">')


def old_head(family: str) -> Callable[[str, str], str]:
    """The family's <head> rewritten as the era wrote it: its doctype and charset, no `og:`
    tags before 2010, old script tags (the meta description kept as the page had it)."""
    kind, og = _HEAD_KIND[family]

    def amend(head: str, url: str) -> str:
        rng = random.Random(f"head-i:{url}")
        head = head.replace(
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">', _DOCTYPES[kind]
        )
        if not og or rng.random() < 0.3:
            head = _OG.sub("", head)
        head = head.replace(
            '<link rel="stylesheet" href="/s.css">',
            f'<link rel="stylesheet" type="text/css" href="/{rng.choice(["style", "css/main", "templates/default/css/template"])}.css">',
        )
        head = head.replace(
            "<script>window.dataLayer=[];</script></head>",
            '<script type="text/javascript" language="JavaScript" src="/js/common.js"></script></head>',
        )
        if kind != "xhtml":
            head = (
                head.replace("<title>", "<TITLE>")
                .replace("</title>", "</TITLE>")
                .replace("</head>", "</HEAD>")
            )
        return head

    return amend


def build_pages(per_family: int = 16, seed: int = 801) -> list[Page]:
    """Set I: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "sport")
    return draw_set(
        "i", seed, per_family, FAMILIES, kinds, pool, "example.net", key=text_key, amend=old_head
    )


if __name__ == "__main__":  # page_families_i.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 801)

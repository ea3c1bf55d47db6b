"""Set Z of the constructed pages: 12 families (news publishers of South-Eastern and Eastern
Europe, Central Asia, North and East Africa, South-East and South Asia and the Caribbean), and
`build_pages`.

Six families are in page_templates_z.py (a Greek daily, a Romanian HotNews-like portal, a
Bulgarian Dnevnik-like daily, a Croatian Index.hr-like portal, a Ukrainian Ukrainska-Pravda-like
paper, an Uzbek Kun.uz-like portal); here a Moroccan French-language portal of the Le360 kind, a
Kenyan daily of The Standard kind, a Philippine daily of the Inquirer kind, a Thai-language
portal of the Thairath kind, a Bangladeshi English daily of The Daily Star kind (Drupal) and a
Jamaican daily of The Gleaner kind. Written blind to digest's extraction rules and frozen
before anyone ran digest on it; its builder never ran digest, trafilatura, readability or
bench_pages on it (session 16, helper h-setz). The gold convention is in page_templates_z.py's
docstring; the decisions for this module's families, written down before they were coded:
- a Moroccan French-language portal of the Le360 kind (2014-2025): the paragraphs, subheadings
  (`h2`), lists and quotes of `div.article-body` are article; the header with the language
  switch ("FR عربية ES"), the rubric, the title, the chapô (`p.chapo`, standfirst), "Par NAME",
  "Le 04/03/2021 à 10h23", the share bar ("Partager"), the lead photo with "© Copyright : DR",
  the "Lire aussi :" link paragraphs (the body's `<p>` markup) and "Publicité" slots inside the
  text, "Tags", the comments form ("Votre commentaire", "Merci pour votre commentaire..."), "Les
  plus lus" and the footer are not;
- a Kenyan daily of The Standard kind (2016-2025): the paragraphs, subheadings, lists and
  quotes of `div.article-body` are article, the "NAIROBI, KENYA:" dateline of the first
  paragraph included (a dateline); the header ("ePaper", "Subscribe"), the category, the title,
  the summary bullets ("Article Summary" / "In Summary", a summary of the text: standfirst),
  "By NAME | Mar. 4, 2021", the share bar, the lead photo with caption "[Photo: NAME,
  Standard]", the "Also Read" boxes and "Advertisement" slots inside the text, the "Follow The
  Standard channel on WhatsApp" line, "Related Topics", "Recommended Articles" and the footer
  are not;
- a Philippine daily of the Inquirer kind (WordPress, 2012-2025): the paragraphs, subheadings,
  lists and quotes of `div#article_content` are article, the "MANILA, Philippines —" dateline
  included; the header, the title, the byline ("By: NAME - Reporter / @inquirerdotnet"), the
  date ("05:23 AM March 04, 2021"), the share bar, the photo with its caption, the "READ:" /
  "RELATED STORY:" link paragraphs (the body's `<p>` markup) and "ADVERTISEMENT" slots inside
  the text, the editor's initials at the end of the text ("/cb", "/atm": an editing mark in
  the body's `<p>` markup, furniture), the "Subscribe to INQUIRER PLUS" box, the
  "Disclaimer: Comments do not necessarily represent..." notice, "Read Next", "EDITORS'
  PICK", "MOST READ" and the footer are not;
- a Thai-language portal of the Thairath kind (Next.js, 2017-2025): the paragraphs,
  subheadings, lists and quotes of the article text (`div.article-content`, each paragraph a
  `<p>` with generated CSS-module classes) are article; the header, the category, the title,
  the Buddhist-era date ("4 มี.ค. 2564 10:23 น."), "ผู้เขียน: NAME", the share bar ("แชร์"), the
  lead photo with "ภาพ: NAME", the "อ่านข่าวที่เกี่ยวข้อง" boxes and "โฆษณา" slots inside the
  text, the "อ่านข่าวต้นฉบับ" / "ติดตาม ... ได้ที่" follow line after the text, the hashtag
  chips, "ข่าวแนะนำ" and the footer are not;
- a Bangladeshi English daily of The Daily Star kind (Drupal 8/9, 2016-2025): the paragraphs,
  subheadings, lists and quotes of `div.field--name-body` are article; the header with the
  Bangla link ("বাংলা") and "E-paper", the breadcrumb, the title, the intro
  (`div.field--name-field-intro`, standfirst), "Staff Correspondent" / "NAME", the date ("Thu
  Mar 4, 2021 10:23 AM / Last update on: ..."), the share bar, the photo with "Photo: Star /
  NAME" and caption, the "Related topic" box, the "Advertisement" slots and "READ MORE:" link
  paragraphs (the body's `<p>` markup) inside the text, "Follow The Daily Star on Google
  News", "Related topic"s chips, "More from Bangladesh" and the footer are not;
- a Jamaican daily of The Gleaner kind (Drupal 7, 2012-2025): the paragraphs, subheadings (set
  as bold `<p><strong>` lines, as the paper does), lists and quotes of `div.field-name-body` are
  article; the header, the section, the title,
  the date ("Published: Thursday | March 4, 2021 | 12:10 AM") and the author ("NAME/Staff
  Reporter" and the reporter's e-mail line at the end of the text: a byline in the body's `<p>`
  markup, furniture), the lead photo with its caption ("NAME/Photographer"), the "RELATED
  STORY" boxes and "Advertisement" slots inside the text, the "Follow The Gleaner on X and
  Instagram ... Send us a message on WhatsApp ..." paragraph at the end of the text (a call to
  action in the body's `<p>` markup: furniture), the comment policy ("We welcome reader
  comments on all topics ..."), "Latest Stories", "Trending" and the footer are not.

    .venv/bin/python bench/page_families_z.py PAGE_ID 2501
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import PEOPLE, Block, Ctx, Page, esc, slug
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence, with_dateline
from page_templates_j import weave
from page_templates_p import as_list, headed
from page_templates_q import pick
from page_templates_s import _DAYS, _MONTHS, body_html, era_date, quoted
from page_templates_v import clock, heads_list
from page_templates_w import comments_n
from page_templates_z import (
    chips,
    fam_bg_daily,
    fam_gr_daily,
    fam_hr_portal,
    fam_ro_portal,
    fam_ua_pravda,
    fam_uz_portal,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


# ---------------------------------------------------------------------------------------------
# 7. A Moroccan French-language portal of the Le360 kind


def fam_ma_portal(c: Ctx) -> FamilyOut:
    """A Le360-like story: chapô, "Lire aussi :" lines, Publicité, © Copyright : DR, comment form."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.3), "ul", 0.2), 0.3)
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="article-subtitle">{esc(t)}</h2>')

    def insert() -> str:
        if c.rng.random() < 0.55:
            c.used.append("ma-lire-aussi")
            h = headlines(c, 1)[0]
            return f'<p><strong>Lire aussi : </strong><a href="/{pick(c, "politique", "economie", "societe", "monde")}/{slug(h)[:50]}_{hexid(c, 26).upper()}/">{esc(h)}</a></p>'
        c.used.append("ma-pub")
        return f'<div class="ad-slot ad-slot--inread"><span class="ad-slot__label">Publicité</span><div id="gpt-inread-{c.rng.randint(1, 5)}"></div></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    y, m, d = era_date(c, 2014, 2025)
    who = c.rng.choice(PEOPLE)
    rubric = pick(c, "Politique", "Economie", "Société", "Monde", "Culture", "Sports")
    tags = chips(
        c,
        ["Maroc", "Rabat", "Casablanca", "Gouvernement", "Parlement", "Union européenne", "Sahara"],
        3,
        "/tags/",
    )
    c.used += "ma-header ma-lang ma-rubric ma-title ma-chapo ma-author ma-date ma-share ma-photo ma-tags ma-comment-form ma-most-read ma-footer".split()
    html = (
        f'<body class="article-page"><header class="header"><a class="header__logo" href="/">{brand(c)}</a><div class="header__lang"><a class="active" href="/">FR</a> <a href="https://ar.{c.site}/">عربية</a> <a href="https://es.{c.site}/">ES</a></div>'
        f'<nav class="header__nav"><a href="/politique/">Politique</a><a href="/economie/">Economie</a><a href="/societe/">Société</a><a href="/monde/">Monde</a><a href="/culture/">Culture</a><a href="/sports/">Sports</a><a href="/videos/">Vidéos</a></nav></header>'
        f'<main class="main"><article class="article"><div class="article__rubric"><a href="/{slug(rubric)}/">{rubric}</a></div><h1 class="article__title">{esc(c.body.title)}</h1>'
        f'<p class="chapo">{sentence(c, c.rng.randint(1, 2))}</p>'
        f'<div class="article__meta"><span class="author">Par <a href="/auteurs/{slug(who)}/">{who}</a></span> <span class="date">Le {d:02d}/{m:02d}/{y} à {clock(c, "h")}</span></div>'
        f'<div class="share"><span>Partager</span><a href="#" class="share--fb">Facebook</a><a href="#" class="share--x">X</a><a href="#" class="share--wa">WhatsApp</a></div>'
        f'<figure class="article__photo"><img src="https://{c.site}/resizer/{hexid(c, 28)}=/1200x675/filters:focal(600:300)/{hexid(c, 24)}.jpg" alt=""><figcaption>{sentence(c)} <span class="copyright">© Copyright : {pick(c, "DR", "Le360", "AFP", "MAP")}</span></figcaption></figure>'
        f'<div class="article-body">{"".join(parts)}</div>'
        f'<div class="article__tags"><span>Tags</span><ul>{tags}</ul></div>'
        f'<section class="comments"><h3>Votre commentaire</h3><form><input name="nom" placeholder="Nom"><input name="email" placeholder="Email"><textarea placeholder="Votre commentaire"></textarea><button>Envoyer</button></form><p class="comments__note">Merci pour votre commentaire. Il sera publié après validation.</p></section></article>'
        f'<aside class="sidebar"><h3>Les plus lus</h3><ol>{heads_list(c, 5, "/societe/")}</ol></aside></main>'
        f'<footer class="footer"><p>© {y} {brand(c)}. Tous droits réservés.</p><a href="/mentions-legales/">Mentions légales</a> <a href="/contact/">Contact</a> <a href="/cgu/">CGU</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Kenyan daily of The Standard kind


def fam_ke_standard(c: Ctx) -> FamilyOut:
    """A Standard-like story: summary bullets, dateline, "Also Read" boxes, WhatsApp line."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.25), "ul", 0.2), 0.35)
    if c.rng.random() < 0.6:
        c.used.append("ke-dateline")
        blocks = with_dateline(
            c, blocks, pick(c, "NAIROBI, KENYA:", "MOMBASA:", "KISUMU, KENYA:", "NAKURU:"), " "
        )
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")

    def insert() -> str:
        if c.rng.random() < 0.55:
            c.used.append("ke-also-read")
            return f'<div class="also-read"><span class="also-read__label">Also Read</span><ul>{heads_list(c, 2, "/article/" + str(c.rng.randint(2001400000, 2001499999)) + "/")}</ul></div>'
        c.used.append("ke-advert")
        return f'<div class="ads-container"><p class="ads-label">Advertisement</p><div id="div-gpt-ad-std-{c.rng.randint(1, 6)}"></div></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    y, m, d = era_date(c, 2016, 2025)
    who = c.rng.choice(PEOPLE)
    summary = ""
    if c.rng.random() < 0.6:
        c.used.append("ke-summary")
        summary = f'<div class="article-summary"><h4>{pick(c, "Article Summary", "In Summary")}</h4><ul><li>{sentence(c)}</li><li>{sentence(c)}</li></ul></div>'
    premium = '<span class="premium-badge">Premium</span>' if c.rng.random() < 0.25 else ""
    cat = pick(c, "National", "Politics", "Business", "Counties", "Sports", "World")
    c.used += "ke-header ke-category ke-title ke-byline ke-share ke-photo ke-whatsapp ke-topics ke-recommended ke-footer".split()
    html = (
        f'<body><header class="site-header"><a class="logo" href="/">The {brand(c)}</a><nav><a href="/category/1/national">National</a><a href="/category/3/politics">Politics</a><a href="/business">Business</a><a href="/sports">Sports</a><a href="/entertainment">Entertainment</a><a href="/opinion">Opinion</a></nav><a class="epaper" href="https://epaper.{c.site}/">ePaper</a><a class="subscribe" href="/premium/subscribe">Subscribe</a></header>'
        f'<div class="container"><div class="row"><div class="col-md-8"><article class="article"><a class="article-category" href="/category/{slug(cat)}">{cat}</a>{premium}<h1 class="article-title">{esc(c.body.title)}</h1>{summary}'
        f'<div class="article-meta"><span class="author">By <a href="/author/{slug(who)}">{who}</a></span> | <span class="date">{_MONTHS[m - 1][:3]}. {d}, {y}</span></div>'
        f'<div class="share-bar"><a href="#" class="fb">Facebook</a><a href="#" class="tw">X</a><a href="#" class="wa">WhatsApp</a><a href="#" class="ln">LinkedIn</a></div>'
        f'<figure class="article-image"><img src="https://cdn.{c.site}/images/articles/thumbnails/{hexid(c, 20)}.jpg" alt=""><figcaption>{sentence(c)} [Photo: {c.rng.choice(PEOPLE)}, Standard]</figcaption></figure>'
        f'<div class="article-body">{"".join(parts)}</div>'
        f'<p class="whatsapp-follow"><a href="https://whatsapp.com/channel/{hexid(c, 22)}">Follow The {brand(c)} channel on WhatsApp</a></p>'
        f'<div class="related-topics"><h4>Related Topics</h4><ul>{chips(c, ["William Ruto", "Finance Bill", "Nairobi", "Parliament", "KRA", "Economy", "Education"], 3, "/topic/")}</ul></div></article></div>'
        f'<div class="col-md-4"><div class="recommended"><h3>Recommended Articles</h3><ul>{heads_list(c, 5, "/article/")}</ul></div></div></div></div>'
        f'<footer class="footer"><p>© {y} The {brand(c)} Group PLC. All rights reserved.</p><a href="/about-us">About Us</a> <a href="/contact-us">Contact Us</a> <a href="/privacy-policy">Privacy Policy</a></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A Philippine daily of the Inquirer kind


def fam_ph_inquirer(c: Ctx) -> FamilyOut:
    """An Inquirer-like story: dateline, "READ:" lines, ADVERTISEMENT, editor initials, disclaimer."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.2), "ul", 0.2), 0.3)
    if c.rng.random() < 0.65:
        c.used.append("ph-dateline")
        blocks = with_dateline(
            c,
            blocks,
            pick(
                c,
                "MANILA, Philippines",
                "CEBU CITY, Philippines",
                "DAVAO CITY, Philippines",
                "BAGUIO CITY, Philippines",
            ),
        )
    parts, gold = body_html(c, blocks, lambda t: f"<h2><strong>{esc(t)}</strong></h2>")

    def insert() -> str:
        if c.rng.random() < 0.5:
            c.used.append("ph-read")
            h = headlines(c, 1)[0]
            return f'<p><strong>{pick(c, "READ:", "RELATED STORY:", "READ MORE:")}</strong> <a href="https://{pick(c, "newsinfo", "globalnation", "business", "sports")}.{c.site}/{c.rng.randint(1000000, 1999999)}/{slug(h)[:50]}">{esc(h)}</a></p>'
        c.used.append("ph-advert")
        return f'<div class="ztoop"><div class="adv-label">ADVERTISEMENT</div><div id="inq_inarticle_{c.rng.randint(1, 4)}"></div></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    if c.rng.random() < 0.7:
        c.used.append("ph-initials")
        parts.append(f"<p>{pick(c, '/cb', '/atm', '/jpv', '/abc', '/dl', '/cgg')}</p>")
    y, m, d = era_date(c, 2012, 2025)
    who = c.rng.choice(PEOPLE)
    photo = ""
    if c.rng.random() < 0.75:
        c.used.append("ph-photo")
        photo = f'<div id="art_img" class="wp-caption"><img src="https://{c.site}/files/{y}/{m:02d}/{hexid(c, 10)}-620x349.jpg" alt=""><p class="wp-caption-text">{sentence(c)} {pick(c, "INQUIRER PHOTO / ", "AFP FILE PHOTO / ", "PHOTO FROM ")}{c.rng.choice(PEOPLE).upper()}</p></div>'
    c.used += "ph-header ph-title ph-byline ph-date ph-share ph-plus ph-disclaimer ph-read-next ph-editors-pick ph-most-read ph-footer".split()
    html = (
        f'<body class="single"><div id="inq_header"><a id="inq_logo" href="/">{brand(c)}.net</a><ul id="inq_nav"><li><a href="https://newsinfo.{c.site}">News</a></li><li><a href="https://globalnation.{c.site}">Global Nation</a></li><li><a href="https://business.{c.site}">Business</a></li><li><a href="https://sports.{c.site}">Sports</a></li><li><a href="https://entertainment.{c.site}">Entertainment</a></li><li><a href="https://opinion.{c.site}">Opinion</a></li></ul></div>'
        f'<div id="inq_wrap"><div id="landing-headline"><h1 class="entry-title">{esc(c.body.title)}</h1></div>'
        f'<div id="art_plat"><div id="art_author"><span>By: <a href="/byline/{slug(who)}">{who}</a></span> - <span class="role">{pick(c, "Reporter", "Inquirer.net", "Philippine Daily Inquirer", "Contributor")}</span> / <a href="https://twitter.com/inquirerdotnet">@inquirerdotnet</a></div><div class="art_date">{clock(c)} {pick(c, "AM", "PM")} {_MONTHS[m - 1]} {d:02d}, {y}</div>'
        f'<div id="shr_top"><a href="#">Share</a><a href="#">Tweet</a><a href="#">Viber</a></div></div>{photo}'
        f'<div id="article_content"><div class="article-content">{"".join(parts)}</div></div>'
        f'<div id="inq_plus"><p>Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer &amp; other 70+ titles, share up to 5 gadgets, listen to the news, download as early as 4am &amp; share articles on social media. Call 896 6000.</p></div>'
        f'<div id="fb-root"></div><div id="disclaimer"><p>Disclaimer: Comments do not necessarily represent the views of the management and owner of {brand(c)}.net. We reserve the right to exclude comments which we deem to be inconsistent with our editorial standards.</p></div>'
        f'<div id="readnext"><h3>Read Next</h3><ul>{heads_list(c, 1, "https://newsinfo." + c.site + "/")}</ul></div>'
        f'<div id="editors-pick"><h3>EDITORS\' PICK</h3><ul>{heads_list(c, 4, "/")}</ul></div><div id="most-read"><h3>MOST READ</h3><ol>{heads_list(c, 5, "/")}</ol></div></div>'
        f'<div id="inq_footer"><p>© Copyright 1997-{y} {brand(c)} Interactive, Inc. All Rights Reserved.</p><a href="/about">About Us</a> <a href="/privacy-policy">Privacy Policy</a></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Thai-language portal of the Thairath kind (Next.js, CSS modules)

_TH_MONTHS = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()


def fam_th_portal(c: Ctx) -> FamilyOut:
    """A Thairath-like story: CSS-module classes, Buddhist-era date, related boxes, hashtags."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.3), "ul", 0.2), 0.25)
    mod = hexid(c, 5)
    parts, gold = body_html(
        c,
        blocks,
        lambda t: f'<h2 class="css-{mod}h {hexid(c, 6)}">{esc(t)}</h2>',
        f'<p class="css-{mod}p">',
    )

    def insert() -> str:
        if c.rng.random() < 0.5:
            c.used.append("th-related")
            return f'<div class="css-{hexid(c, 6)} related-inline"><span>อ่านข่าวที่เกี่ยวข้อง</span><ul>{heads_list(c, c.rng.randint(1, 3), "/news/politic/")}</ul></div>'
        c.used.append("th-ad")
        return f'<div class="css-{hexid(c, 6)} ads"><span class="css-{hexid(c, 5)}">โฆษณา</span><div id="div-gpt-ad-{c.rng.randint(10**12, 10**13)}"></div></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    y, m, d = era_date(c, 2017, 2025)
    if c.rng.random() < 0.6:
        c.used.append("th-follow")
        parts.append(
            f'<p class="css-{mod}p"><strong>ติดตามข่าวสาร{brand(c)}ได้ที่</strong> <a href="https://line.me/R/ti/p/@{slug(brand(c))}">LINE</a> <a href="https://www.facebook.com/{slug(brand(c))}">Facebook</a></p>'
        )
    cat = pick(c, "การเมือง", "เศรษฐกิจ", "ต่างประเทศ", "กีฬา", "บันเทิง", "ในประเทศ")
    tags = "".join(
        f'<a class="css-{hexid(c, 5)}" href="/tags/{slug(t) or hexid(c, 4)}">#{t}</a>'
        for t in c.rng.sample(
            ["ข่าวการเมือง", "รัฐบาล", "เศรษฐกิจไทย", "กรุงเทพฯ", "ข่าวต่างประเทศ", "นายกรัฐมนตรี"], 3
        )
    )
    c.used += "th-header th-category th-title th-date th-author th-share th-photo th-hashtags th-recommended th-footer".split()
    html = (
        f'<body><div id="__next"><header class="css-{hexid(c, 6)}"><a href="/" class="css-{hexid(c, 5)}">{brand(c)}</a><nav class="css-{hexid(c, 6)}"><a href="/news">ข่าว</a><a href="/news/politic">การเมือง</a><a href="/money">เศรษฐกิจ</a><a href="/sport">กีฬา</a><a href="/entertain">บันเทิง</a><a href="/lifestyle">ไลฟ์สไตล์</a></nav></header>'
        f'<main class="css-{hexid(c, 6)}"><div class="css-{hexid(c, 6)} article-header"><a class="css-{hexid(c, 5)}" href="/news/politic">{cat}</a><h1 class="css-{hexid(c, 6)}">{esc(c.body.title)}</h1>'
        f'<div class="css-{hexid(c, 6)}"><span>{d} {_TH_MONTHS[m - 1]} {y + 543} {clock(c)} น.</span> <span>ผู้เขียน: {c.rng.choice(PEOPLE)}</span></div>'
        f'<div class="css-{hexid(c, 6)} share"><span>แชร์</span><a href="#">Facebook</a><a href="#">LINE</a><a href="#">X</a></div></div>'
        f'<figure class="css-{hexid(c, 6)}"><img src="https://static.{c.site}/media/{hexid(c, 32)}.webp" alt=""><figcaption>ภาพ: {c.rng.choice(PEOPLE)}</figcaption></figure>'
        f'<div class="css-{mod} article-content">{"".join(parts)}</div>'
        f'<div class="css-{hexid(c, 6)} hashtags">{tags}</div>'
        f'<section class="css-{hexid(c, 6)}"><h2 class="css-{hexid(c, 5)}">ข่าวแนะนำ</h2><ul>{heads_list(c, 5, "/news/")}</ul></section></main>'
        f'<footer class="css-{hexid(c, 6)}"><p>© {y} {brand(c)} Co., Ltd. สงวนลิขสิทธิ์</p><a href="/privacy">นโยบายความเป็นส่วนตัว</a> <a href="/contact">ติดต่อเรา</a></footer></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"id":"{c.rng.randint(2000000, 2999999)}","section":"news"}}}},"page":"/news/[...slug]","buildId":"{hexid(c, 21)}"}}</script></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Bangladeshi English daily of The Daily Star kind (Drupal)


def fam_bd_star(c: Ctx) -> FamilyOut:
    """A Daily-Star-like Drupal node: intro field, Related topic box, READ MORE lines, Google News."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.25), "ul", 0.25), 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")

    def insert() -> str:
        r = c.rng.random()
        if r < 0.35:
            c.used.append("bd-read-more")
            h = headlines(c, 1)[0]
            return f'<p><strong>READ MORE: </strong><a href="/news/bangladesh/news/{slug(h)[:50]}-{c.rng.randint(2000000, 3800000)}">{esc(h)}</a></p>'
        if r < 0.7:
            c.used.append("bd-advert")
            return f'<div class="block-ads"><div class="ads-label">Advertisement</div><div id="dfp-ad-inner_{c.rng.randint(1, 4)}"></div></div>'
        c.used.append("bd-related-box")
        h = headlines(c, 1)[0]
        return f'<div class="related-news-box"><span class="label">Related topic</span><a href="/tags/{slug(h)[:20]}"><span>{esc(h)}</span></a></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    y, m, d = era_date(c, 2016, 2025)
    who = pick(
        c,
        "Staff Correspondent",
        "Star Online Report",
        "Star Business Report",
        c.rng.choice(PEOPLE),
        f"{c.rng.choice(PEOPLE)}, from {pick(c, 'Chattogram', 'Rajshahi', 'Sylhet', 'Khulna')}",
    )
    day = c.rng.choice(_DAYS)[:3]
    stamp = f"{day} {_MONTHS[m - 1][:3]} {d}, {y} {clock(c)} {pick(c, 'AM', 'PM')}"
    updated = (
        f'<div class="date">Last update on: {day} {_MONTHS[m - 1][:3]} {d}, {y} {clock(c)} PM</div>'
        if c.rng.random() < 0.6
        else ""
    )
    nid = c.rng.randint(2000000, 3800000)
    intro = ""
    if c.rng.random() < 0.55:
        c.used.append("bd-intro")
        intro = f'<div class="field field--name-field-intro field--type-string-long"><p>{sentence(c)}</p></div>'
    c.used += "bd-header bd-breadcrumb bd-title bd-byline bd-date bd-share bd-photo bd-google-news bd-topics bd-more-from bd-footer".split()
    html = (
        f'<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas"><header class="header"><a class="logo" href="/">The {brand(c)} Star</a><a class="bangla" href="https://bangla.{c.site}/">বাংলা</a><a class="epaper" href="https://epaper.{c.site}/">E-paper</a>'
        f'<nav class="main-menu"><ul class="menu"><li class="menu-item"><a href="/news">News</a></li><li class="menu-item"><a href="/business">Business</a></li><li class="menu-item"><a href="/opinion">Opinion</a></li><li class="menu-item"><a href="/sports">Sports</a></li><li class="menu-item"><a href="/entertainment">Entertainment</a></li><li class="menu-item"><a href="/youth">Youth</a></li></ul></nav></header>'
        f'<main role="main"><div class="region region-content"><div class="block block-system-main-block"><article role="article" data-history-node-id="{nid}" class="node node--type-article node--view-mode-full">'
        f'<div class="breadcrumb"><a href="/news">News</a> <span>&gt;</span> <a href="/news/bangladesh">Bangladesh</a></div><h1 class="fw-700 e-mt-15 article-title">{esc(c.body.title)}</h1>{intro}'
        f'<div class="byline"><div class="author-name">{esc(who)}</div><div class="date">{stamp}</div>{updated}</div>'
        f'<div class="social-share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Email</a></div>'
        f'<div class="media-image"><img src="https://tds-images.{c.site}/styles/big_202/public/images/{y}/{m:02d}/{d:02d}/{hexid(c, 12)}.jpg" alt=""><div class="caption">{sentence(c)} <span class="credit">Photo: {pick(c, "Star", "Collected", "Star/File", "AFP")}{"" if c.rng.random() < 0.5 else " / " + c.rng.choice(PEOPLE)}</span></div></div>'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{"".join(parts)}</div>'
        f'<div class="google-news"><a href="https://news.google.com/publications/{hexid(c, 20)}">Follow The {brand(c)} Star on Google News</a></div>'
        f'<div class="related-topics"><h4>Related topic</h4><ul>{chips(c, ["Dhaka", "Election Commission", "Awami League", "BNP", "Rohingya", "Economy", "Padma Bridge"], 3, "/tags/")}</ul></div></article></div>'
        f'<div class="block more-from"><h3>More from Bangladesh</h3><ul>{heads_list(c, 5, "/news/bangladesh/news/")}</ul></div></div></main>'
        f'<footer class="footer"><p>© {y} thedailystar.net | Powered by: <a href="#">Star Digital</a></p><a href="/about-us">About Us</a> <a href="/contact-us">Contact Us</a> <a href="/privacy-policy">Privacy Policy</a></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Jamaican daily of The Gleaner kind (Drupal 7)


def fam_jm_gleaner(c: Ctx) -> FamilyOut:
    """A Gleaner-like story: Published line, RELATED STORY boxes, e-mail byline, follow-us line."""
    blocks = quoted(c, as_list(c, headed(c, c.body.blocks, 0.3), "ul", 0.2), 0.3)
    parts, gold = body_html(c, blocks, lambda t: f"<p><strong>{esc(t)}</strong></p>")

    def insert() -> str:
        if c.rng.random() < 0.5:
            c.used.append("jm-related")
            return f'<div class="related-story-inline"><div class="label">RELATED STORY</div>{c.link(headlines(c, 1)[0])}</div>'
        c.used.append("jm-advert")
        return f'<div class="advert-box"><div class="advert-label">Advertisement</div><div id="div-gpt-ad-gleaner-{c.rng.randint(1, 6)}"></div></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), insert)
    who = c.rng.choice(PEOPLE)
    if c.rng.random() < 0.6:
        c.used.append("jm-email")
        parts.append(
            f'<p><strong><a href="mailto:{slug(who).replace("-", ".")}@gleanerjm.com">{slug(who).replace("-", ".")}@gleanerjm.com</a></strong></p>'
        )
    if c.rng.random() < 0.6:
        c.used.append("jm-follow-us")
        parts.append(
            f"<p><em>Follow The {brand(c)} on X and Instagram @Jamaica{brand(c)} and on Facebook @{brand(c)}Jamaica. Send us a message on WhatsApp at 1-876-499-{c.rng.randint(1000, 9999)} or email us at onlinefeedback@gleanerjm.com or editors@gleanerjm.com.</em></p>"
        )
    y, m, d = era_date(c, 2012, 2025)
    sec = pick(c, "News", "Lead Stories", "Business", "Sports", "Entertainment", "Commentary")
    n = c.rng.randint(0, 3)
    cmts = comments_n(
        c,
        n,
        '<div class="comment"><span class="comment-author">{who}</span> <span class="comment-time">{time}</span><div class="comment-text">{text}</div></div>',
    )
    photo = ""
    if c.rng.random() < 0.75:
        c.used.append("jm-photo")
        photo = f'<div class="field field-name-field-image"><img src="https://{c.site}/sites/default/files/styles/jg_article_image/public/media/article_images/{y}/{m:02d}/{d:02d}/{hexid(c, 10)}.jpg" alt=""><div class="image-caption">{sentence(c)}</div><div class="image-credit">{c.rng.choice(PEOPLE)}/Photographer</div></div>'
    c.used += "jm-header jm-section jm-title jm-date jm-author jm-comment-policy jm-comments jm-latest jm-trending jm-footer".split()
    html = (
        f'<body class="html not-front page-node node-type-article"><div id="page"><div id="header"><a id="logo" href="/">The {brand(c)}</a><ul class="menu"><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/sports">Sports</a></li><li><a href="/entertainment">Entertainment</a></li><li><a href="/letters">Letters</a></li><li><a href="/classifieds">Classifieds</a></li></ul></div>'
        f'<div id="main"><div id="content" class="column"><div class="section-label"><a href="/{slug(sec)}">{sec}</a></div><h1 class="title" id="page-title">{esc(c.body.title)}</h1>'
        f'<div id="node-{c.rng.randint(600000, 999999)}" class="node node-article clearfix"><div class="submitted"><span class="pub-date">Published: {c.rng.choice(_DAYS)} | {_MONTHS[m - 1]} {d}, {y} | {c.rng.randint(1, 12)}:{c.rng.randint(0, 59):02d} {pick(c, "AM", "PM")}</span></div>'
        f'<div class="field field-name-field-byline"><span class="author">{who}/{pick(c, "Staff Reporter", "Senior Staff Reporter", "Gleaner Writer", "Contributor")}</span></div>{photo}'
        f'<div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even">{"".join(parts)}</div></div></div></div>'
        f'<div id="comments" class="comment-wrapper"><div class="comment-policy"><p>We welcome reader comments on all topics of interest. Please note that comments are moderated. Offensive or defamatory comments will be removed.</p></div>{cmts}</div></div>'
        f'<div id="sidebar" class="column sidebar"><div class="block"><h2>Latest Stories</h2><ul>{heads_list(c, 5, "/news/" + str(y) + "/")}</ul></div><div class="block"><h2>Trending</h2><ol>{heads_list(c, 4, "/")}</ol></div></div></div>'
        f'<div id="footer"><p>© {y} The {brand(c)} Company (Media) Limited. All rights reserved.</p><a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a> <a href="/contact">Contact Us</a></div></div></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "gr-daily": (fam_gr_daily, "politics"),
    "ro-portal": (fam_ro_portal, "news"),
    "bg-daily": (fam_bg_daily, "business"),
    "hr-portal": (fam_hr_portal, "entertainment"),
    "ua-pravda": (fam_ua_pravda, "news"),
    "uz-portal": (fam_uz_portal, "lede"),
    "ma-portal": (fam_ma_portal, "politics"),
    "ke-standard": (fam_ke_standard, "news"),
    "ph-inquirer": (fam_ph_inquirer, "news"),
    "th-portal": (fam_th_portal, "sport"),
    "bd-star": (fam_bd_star, "business"),
    "jm-gleaner": (fam_jm_gleaner, "news"),
}

_LANG = {
    "gr-daily": "el",
    "ro-portal": "ro",
    "bg-daily": "bg",
    "hr-portal": "hr",
    "ua-pravda": "uk",
    "uz-portal": "uz",
    "ma-portal": "fr-MA",
    "ke-standard": "en-KE",
    "ph-inquirer": "en-PH",
    "th-portal": "th",
    "bd-star": "en-BD",
    "jm-gleaner": "en-JM",
}

_HEAD = {
    "gr-daily": '<meta property="og:locale" content="el_GR"><meta name="generator" content="WordPress 6.4.3">',
    "ro-portal": '<meta property="og:locale" content="ro_RO"><meta name="robots" content="max-image-preview:large">',
    "bg-daily": '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta property="og:locale" content="bg_BG">',
    "hr-portal": '<meta property="og:site_name" content="Index.hr"><meta property="fb:app_id" content="216060115209819">',
    "ua-pravda": '<meta property="og:locale" content="uk_UA"><link rel="alternate" hreflang="ru" href="/rus/">',
    "uz-portal": '<meta property="og:locale" content="uz_UZ"><meta name="yandex-verification" content="0f1e2d3c4b5a">',
    "ma-portal": '<meta property="og:locale" content="fr_FR"><meta name="arc:site" content="le360">',
    "ke-standard": '<meta property="og:site_name" content="The Standard"><meta name="theme-color" content="#b40000">',
    "ph-inquirer": '<meta property="og:site_name" content="INQUIRER.net"><meta name="generator" content="WordPress 5.9">',
    "th-portal": '<meta property="og:locale" content="th_TH"><meta name="next-head-count" content="42">',
    "bd-star": '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><meta property="og:site_name" content="The Daily Star">',
    "jm-gleaner": '<meta name="Generator" content="Drupal 7 (http://drupal.org)"><meta property="og:site_name" content="Jamaica Gleaner">',
}


def z_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language, viewport, canonical and tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 2501) -> list[Page]:
    """Set Z: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    return draw_set(
        "z", seed, per_family, FAMILIES, kinds, pool, "example.com", key=text_key, amend=z_head
    )


if __name__ == "__main__":  # page_families_z.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 2501)

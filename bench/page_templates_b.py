"""Set B of the constructed pages: body sources, synthetic card content and in-body furniture.

Why a second set: set A (page_families.py) was designed by people who knew digest's rules, and
its families were then used to fix those rules. Set B was written without reading digest's
extraction code or notes (session 7, helper h-pages2), imitating other real publishing
structures, and frozen before digest was first run on it, so that it can serve as a held-out check
of extraction changes. The plumbing (Ctx, Pool, Page, render_blocks, gold_text) is set A's.

Bodies, read at run time from ../shared/data (never copied into the repo):
- ECB+ news articles (../shared/data/stories), which set A does not use: the `ecbplus` documents,
  whose first line is the real headline; leading date/byline lines are dropped, and sentences (one
  per line in the corpus) are grouped into paragraphs of one to three, as news sites print them;
- BBC News texts (../shared/data/summaries), real paragraphs, also drawn by set A (2,225 texts, of
  which set A draws about 150 per seed);
- feed entries with code blocks (`<pre>`, e.g. Russ Cox's blog), kept as code, for the
  documentation-like family; other full-content feed entries for the personal-blog families.

The gold follows set A's convention, which is the convention of the 181 real gold texts: body
paragraphs, subheadings, lists, tables, quotes, the dateline; never the headline, byline,
captions, comments, page furniture. Decisions for structures set A lacks, each following the 181
real pages where they show one (a recipe page there keeps the recipe card's name, "Ingredients"
and "Instructions" and their lists, and Q&A pages keep the questions):
- recipe card: its name, the Ingredients / Instructions / Notes headings and items are article;
  times, servings, ratings, nutrition, Print/Pin buttons are not;
- review: pros/cons lists, the spec table and the verdict section inside the body are article; the
  score box, price/affiliate buttons and deals widgets are not;
- press release: the dateline, the body and the "About <company>" section are article (it is part
  of every release's text); the media contact, "SOURCE", "View original content" lines are not;
- interview: the questions (bold paragraphs or headings) and the answers are article;
- footnotes of a blog post are article (the author's text), their back-links are not;
- code blocks of a technical post are article; "Copy" buttons, the docs menu, "On this page"
  are not;
- a hard paywall: only the teaser paragraphs in the page are gold; a metered overlay over the full
  text: the full text is gold;
- an article split into numbered pages: only the part on this page is gold.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable

import lxml.html
from page_templates import (
    _WORD,
    DATA,
    PEOPLE,
    Block,
    Body,
    Ctx,
    _feed_blocks,
    date,
    esc,
    feed_bodies,
    render_blocks,
    slug,
)

# ---------------------------------------------------------------------------------------------
# Sources


def _ecb_paragraphs(lines: list[str], rng: random.Random) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        n = rng.choice([1, 1, 2, 2, 3])
        blocks.append(("p", " ".join(lines[i : i + n])))
        i += n
    return blocks


def ecb_bodies() -> list[Body]:
    """ECB+ `ecbplus` articles with a real headline and at least 150 words of body."""
    bodies = []
    path = DATA / "stories" / "ecbplus_docs.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["subtopic"] != "ecbplus":
            continue
        lines = [" ".join(s.split()) for s in row["text"].splitlines() if s.strip()]
        title = " ".join(row["first_sentence"].split())
        # the headline, then dates and bylines ("December 23, 2012 6: 11 PM", "Posted 1 year
        # ago"): every short line before the first sentence of prose
        start = 0
        while start < min(4, len(lines)) and (
            lines[start] == title or len(lines[start].split()) < 12
        ):
            start += 1
        body = [s for s in lines[start:] if len(s.split()) >= 4]
        blocks = _ecb_paragraphs(body, random.Random(row["doc_id"]))
        b = Body(title, blocks, "en", f"ecb:{row['doc_id']}")
        if len(title.split()) >= 4 and len(blocks) >= 4 and b.words() >= 150:
            bodies.append(b)
    return bodies


_PRE = re.compile(r"<pre\b.*?</pre>", re.S | re.I)


def _mark_code(content: str) -> tuple[str, list[str]]:
    """The HTML with each `<pre>` replaced by a `CODEBLOCK<n>` paragraph, and the codes."""
    codes: list[str] = []

    def mark(m: re.Match[str]) -> str:
        codes.append(lxml.html.fromstring(m.group(0)).text_content().strip("\n"))
        return f"<p>CODEBLOCK{len(codes) - 1}</p>"

    return _PRE.sub(mark, content), codes


def code_bodies() -> list[Body]:
    """Feed entries that hold code blocks; each `<pre>` kept as a ("code", text) block."""
    import feedparser

    bodies = []
    for name in sorted((DATA / "feeds").iterdir()):
        if name.suffix in (".md", ".json", ".csv", ".gz"):
            continue
        for entry in feedparser.parse(str(name)).entries:
            content = (entry.get("content") or [{}])[0].get("value") or entry.get("summary", "")
            marked, codes = _mark_code(content)
            if not codes:
                continue
            blocks = _feed_blocks(marked)
            title = " ".join(entry.get("title", "").split())
            if not blocks or not title:
                continue
            out: list[Block] = []
            for kind, value in blocks:
                m = re.fullmatch(r"CODEBLOCK(\d+)", str(value)) if kind == "p" else None
                out.append(("code", codes[int(m.group(1))]) if m else (kind, value))
            b = Body(title, out[:40], "en", f"feed:{name.name}")
            if sum(k == "code" for k, _ in out) and b.words() >= 150 and _prose_share(b) >= 0.7:
                bodies.append(b)
    return bodies


def _prose_share(b: Body) -> float:
    prose = sum(len(_WORD.findall(str(v))) for k, v in b.blocks if k in ("p", "code"))
    return prose / max(1, b.words())


def blog_bodies() -> list[Body]:
    """Full-content feed entries in English (personal and company blogs), mostly prose: entries
    that are mainly link lists (podcast show notes) are left out."""
    return [
        b for b in feed_bodies() if b.lang == "en" and b.words() >= 150 and _prose_share(b) >= 0.7
    ]


# ---------------------------------------------------------------------------------------------
# The body with furniture between its blocks


Insert = Callable[[], str]


def block_html(c: Ctx, block: Block, para: str = "p") -> tuple[str, list[Block]]:
    if block[0] == "code":
        code = str(block[1])
        lang = c.rng.choice(["go", "python", "shell", "text"])
        return (
            f'<div class="highlight"><button class="copy-btn" aria-label="Copy">Copy</button>'
            f'<pre class="chroma"><code class="language-{lang}">{esc(code)}</code></pre></div>',
            [("p", code)],
        )
    return render_blocks(c, [block], para=para, inline=False)


def flow(
    c: Ctx,
    blocks: list[Block],
    inserts: list[Insert],
    k: int,
    para: str = "p",
    wrap: Callable[[str], str] | None = None,
) -> tuple[str, list[Block]]:
    """Blocks as HTML with `k` inserts drawn from `inserts` placed between them (never first)."""
    n = len(blocks)
    slots = set(c.rng.sample(range(1, n), k=min(k, n - 1))) if n > 1 and inserts else set()
    out: list[str] = []
    gold: list[Block] = []
    for i, block in enumerate(blocks):
        if i in slots:
            out.append(c.rng.choice(inserts)())
        html, g = block_html(c, block, para)
        out.append(wrap(html) if wrap else html)
        gold += g
    return "\n".join(out), gold


def headlines(c: Ctx, n: int) -> list[str]:
    return [c.pool.headline(c.rng, c.body) for _ in range(n)]


def promo_card(c: Ctx) -> str:
    c.used.append("promo-card")
    h = c.pool.headline(c.rng, c.body)
    kicker = c.rng.choice(["Read more", "Related", "More on this story", "Don't miss"])
    return (
        f'<aside class="inline-promo"><a href="https://{c.site}/{slug(h)}/"><img src="/p/{c.rng.randint(1, 99)}.jpg" alt="">'
        f'<span class="promo-kicker">{kicker}</span><span class="promo-headline">{esc(h)}</span></a></aside>'
    )


def label_links(c: Ctx) -> str:
    c.used.append("label-links")
    label = c.rng.choice(["RELATED:", "ALSO READ:", "SEE ALSO:", "MORE:", "READ MORE:"])
    items = "".join(f"<li>{c.link(h)}</li>" for h in headlines(c, c.rng.randint(1, 3)))
    return f'<div class="related-inline"><strong>{label}</strong><ul>{items}</ul></div>'


def most_read_rail(c: Ctx) -> str:
    c.used.append("most-read-inline")
    items = "".join(
        f'<li><span class="rank">{i + 1}</span>{c.link(h)}</li>'
        for i, h in enumerate(headlines(c, 5))
    )
    return f'<section class="most-popular" aria-label="Most read"><h3>Most read</h3><ol>{items}</ol></section>'


def ad_slot(c: Ctx) -> str:
    c.used.append("ad-continues")
    n = c.rng.randint(1, 9)
    return (
        f'<div class="ad-container"><div class="ad-label">ADVERTISEMENT</div><div id="gpt-ad-mid-{n}" class="gpt-ad"></div>'
        '<p class="ad-continue">Story continues below advertisement</p></div>'
    )


def signup_insert(c: Ctx) -> str:
    c.used.append("signup-inline")
    what = c.rng.choice(
        ["The Morning Briefing", "Breaking News Alerts", "Weekend Reads", "The Daily"]
    )
    return (
        f'<div class="newsletter-promo"><h4>Sign up for {what}</h4><p>Get the news you need to start your day, '
        'straight to your inbox.</p><form><input type="email" placeholder="Enter email address">'
        '<button>Sign up</button></form><p class="legal">By signing up you agree to our Terms of Use and '
        "acknowledge that your data will be used as described in our Privacy Policy.</p></div>"
    )


def video_block(c: Ctx) -> str:
    c.used.append("video-inline")
    h = c.pool.headline(c.rng, c.body)
    return (
        f'<div class="video-player" data-video-id="{c.rng.randint(10**5, 10**6)}"><video poster="/v.jpg"></video>'
        f'<p class="video-title">WATCH: {esc(h)}</p><span class="duration">0{c.rng.randint(1, 4)}:{c.rng.randint(10, 59)}</span></div>'
    )


def image_block(c: Ctx, style: str = "") -> str:
    """An image with a caption and credit, in one of the markups sites use."""
    c.used.append("image-caption")
    cap = esc(c.pool.sentences(c.rng, c.body, c.rng.randint(1, 2)))
    credit = c.rng.choice(["Getty Images", "Reuters", "AP Photo", "AFP", c.rng.choice(PEOPLE)])
    img = f'<img src="/img/{c.rng.randint(1, 999)}.jpg" alt="" width="800" height="533">'
    style = style or c.rng.choice(["figure", "div", "p"])
    if style == "figure":
        return f'<figure class="image">{img}<figcaption><span class="caption-text">{cap}</span> <span class="credit">{credit}</span></figcaption></figure>'
    if style == "div":
        return f'<div class="image-block">{img}<p class="caption">{cap}</p><p class="image-credit">Photo: {credit}</p></div>'
    return f"<p>{img}<br><em>{cap} ({credit})</em></p>"


def poll(c: Ctx) -> str:
    c.used.append("poll")
    return (
        '<div class="poll"><p class="poll-question">What do you think? Have your say in our poll</p>'
        "<form><label><input type=radio name=v> Yes</label><label><input type=radio name=v> No</label>"
        "<label><input type=radio name=v> Not sure</label><button>Vote</button></form></div>"
    )


NEWS_INSERTS = (promo_card, label_links, most_read_rail, ad_slot, signup_insert, video_block, poll)


def inserts(c: Ctx, fns: tuple[Callable[[Ctx], str], ...]) -> list[Insert]:
    return [lambda f=f: f(c) for f in fns]  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------
# Furniture around the article


def top_nav(c: Ctx, sections: list[str] | None = None) -> str:
    c.used.append("nav")
    sections = sections or [
        "Home",
        "News",
        "Politics",
        "Business",
        "Tech",
        "Sport",
        "Life",
        "Opinion",
    ]
    links = "".join(f'<li><a href="/{slug(s)}/">{esc(s)}</a></li>' for s in sections)
    return f'<nav class="primary-navigation"><ul>{links}</ul></nav>'


def teaser_list(c: Ctx, title: str, n: int, excerpt: bool = False) -> str:
    c.used.append(f"list-{slug(title)}" + ("+excerpts" if excerpt else ""))
    items = []
    for h in headlines(c, n):
        ex = f"<p>{esc(c.pool.sentences(c.rng, c.body, 1))}</p>" if excerpt else ""
        items.append(
            f'<li><a href="https://{c.site}/{slug(h)}/">{esc(h)}</a>{ex}<span class="date">{date(c.rng)}</span></li>'
        )
    return f'<section class="teasers"><h2>{esc(title)}</h2><ul>{"".join(items)}</ul></section>'


def site_footer(c: Ctx, n: int = 12) -> str:
    words = [
        "About us",
        "Contact",
        "Careers",
        "Advertise",
        "Terms of use",
        "Privacy policy",
        "Cookie settings",
        "Accessibility",
        "Sitemap",
        "RSS",
        "Help",
        "Corrections",
        "Newsletters",
        "Podcasts",
    ]
    links = "".join(f'<li><a href="/{slug(w)}/">{w}</a></li>' for w in words[:n])
    return f'<footer class="site-footer"><ul>{links}</ul><p>© {c.rng.randint(2012, 2024)} {c.site}. All rights reserved.</p></footer>'


def reply_thread(c: Ctx, n: int, markup: str) -> str:
    """A comment thread; `markup` is one of drupal, blogger, recipe, squarespace."""
    c.used.append(f"comments-{markup}")
    items = []
    for _ in range(n):
        person, text = (
            c.rng.choice(PEOPLE),
            esc(c.pool.sentences(c.rng, c.body, c.rng.randint(1, 3))),
        )
        if markup == "drupal":
            items.append(
                f'<article class="comment js-comment"><footer class="comment__meta"><p class="comment__author">{person}</p>'
                f'<p class="comment__time">{date(c.rng)}</p></footer><div class="comment__content"><h3><a href="#">{esc(text[:30])}</a></h3>'
                f'<div class="field--name-comment-body"><p>{text}</p></div><ul class="links inline"><li><a href="#">Reply</a></li></ul></div></article>'
            )
        elif markup == "blogger":
            items.append(
                f'<li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user">{person}</cite>'
                f'<span class="datetime secondary-text"><a href="#">{date(c.rng)} at 9:{c.rng.randint(10, 59)} AM</a></span></div>'
                f'<p class="comment-content">{text}</p><span class="comment-actions secondary-text"><a>Reply</a><a>Delete</a></span></div></li>'
            )
        elif markup == "recipe":
            stars = "★" * c.rng.randint(3, 5)
            items.append(
                f'<li class="comment"><div class="comment-author vcard"><b class="fn">{person}</b> says:</div>'
                f'<div class="wprm-comment-rating">{stars}</div><div class="comment-content"><p>{text}</p></div>'
                '<div class="reply"><a class="comment-reply-link">Reply</a></div></li>'
            )
        else:
            items.append(
                f'<div class="comment"><div class="comment-author">{person}</div><div class="comment-date">{date(c.rng)}</div>'
                f'<div class="comment-body"><p>{text}</p></div><div class="comment-actions">Like · Reply</div></div>'
            )
    return "".join(items)


# ---------------------------------------------------------------------------------------------
# Synthetic card content (short; the bodies stay real texts)

_DISHES = [
    "Lemon Garlic Chicken",
    "Easy Banana Bread",
    "Creamy Tomato Soup",
    "One-Pot Chili",
    "Spiced Apple Cake",
    "Vegetable Stir Fry",
    "Classic Pancakes",
    "Roasted Carrot Salad",
]
_INGREDIENTS = [
    "2 cups all-purpose flour",
    "1 teaspoon baking soda",
    "1/2 teaspoon salt",
    "3 ripe bananas, mashed",
    "1/2 cup unsalted butter, melted",
    "2 large eggs",
    "1 tablespoon olive oil",
    "4 cloves garlic, minced",
    "1 medium onion, diced",
    "1 can (14 oz) crushed tomatoes",
    "1 cup chicken or vegetable stock",
    "1/2 cup heavy cream",
    "2 teaspoons ground cumin",
    "1 tablespoon fresh lemon juice",
    "1 cup brown sugar",
    "1 teaspoon vanilla extract",
    "Fresh parsley, chopped, to serve",
    "Salt and black pepper to taste",
]
_STEPS = [
    "Preheat the oven to 350°F (175°C) and grease a loaf pan.",
    "In a large bowl, whisk together the dry ingredients until evenly combined.",
    "Heat the oil in a heavy pot over medium heat and cook the onion until soft, about 5 minutes.",
    "Stir in the garlic and spices and cook for another minute, until fragrant.",
    "Add the remaining ingredients and bring to a gentle simmer, stirring occasionally.",
    "Pour the batter into the prepared pan and smooth the top with a spatula.",
    "Bake for 50 to 60 minutes, until a toothpick inserted in the center comes out clean.",
    "Let cool for 10 minutes before slicing, then serve warm or at room temperature.",
    "Taste, adjust the seasoning, and garnish with fresh herbs before serving.",
]
_NOTES = [
    "Leftovers keep in an airtight container in the fridge for up to 4 days.",
    "You can freeze this for up to 3 months; thaw overnight in the fridge.",
    "For a dairy-free version, use coconut cream instead of heavy cream.",
]


def recipe_card(c: Ctx) -> tuple[str, list[Block]]:
    rng = c.rng
    name = rng.choice(_DISHES)
    ings = rng.sample(_INGREDIENTS, rng.randint(6, 10))
    steps = rng.sample(_STEPS, rng.randint(4, 7))
    note = rng.choice(_NOTES)
    gold: list[Block] = [
        ("h", name),
        ("h", "Ingredients"),
        ("ul", ings),
        ("h", "Instructions"),
        ("ol", steps),
    ]
    notes = ""
    if rng.random() < 0.6:
        gold += [("h", "Notes"), ("p", note)]
        notes = f'<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header">Notes</h3><div class="wprm-recipe-notes"><span>{esc(note)}</span></div></div>'
    li = "".join(f'<li class="wprm-recipe-ingredient">{esc(i)}</li>' for i in ings)
    ol = "".join(
        f'<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">{esc(s)}</div></li>'
        for s in steps
    )
    c.used.append("recipe-card")
    html = (
        f'<div id="recipe" class="wprm-recipe-container"><div class="wprm-recipe wprm-recipe-template-chic">'
        f'<img src="/r.jpg" alt=""><h2 class="wprm-recipe-name">{esc(name)}</h2>'
        f'<div class="wprm-recipe-rating">★★★★★ <span>{rng.randint(40, 50) / 10} from {rng.randint(3, 400)} votes</span></div>'
        '<div class="wprm-recipe-buttons"><a class="wprm-recipe-print">Print Recipe</a> <a class="wprm-recipe-pin">Pin Recipe</a></div>'
        f'<div class="wprm-recipe-times-container"><div>Prep Time <span>{rng.randint(5, 30)} mins</span></div>'
        f"<div>Cook Time <span>{rng.randint(10, 90)} mins</span></div><div>Servings <span>{rng.randint(2, 12)}</span></div>"
        "<div>Course <span>Main Course</span></div><div>Cuisine <span>American</span></div></div>"
        f'<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients</h3><ul class="wprm-recipe-ingredients">{li}</ul></div>'
        f'<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Instructions</h3><ol class="wprm-recipe-instructions">{ol}</ol></div>'
        f"{notes}"
        f'<div class="wprm-nutrition-label-container">Calories: {rng.randint(150, 650)}kcal | Carbohydrates: {rng.randint(5, 80)}g | '
        f"Protein: {rng.randint(2, 40)}g | Fat: {rng.randint(2, 30)}g | Sodium: {rng.randint(50, 900)}mg</div>"
        '<div class="wprm-call-to-action">Tried this recipe? Mention @site or tag #sitecooks!</div></div></div>'
    )
    return html, gold


_PROS = [
    "Bright, sharp display",
    "Excellent battery life",
    "Fast performance",
    "Solid build quality",
    "Great value for money",
    "Comfortable to use for hours",
    "Easy setup",
    "Quiet operation",
]
_CONS = [
    "Expensive",
    "No headphone jack",
    "Slow charging",
    "Bulky design",
    "Limited storage",
    "Mediocre speakers",
    "Software feels unfinished",
    "Short warranty",
]
_SPECS = [
    ("Price", ["$199", "$349", "$499", "$799", "$1,099"]),
    ("Weight", ["168 g", "204 g", "1.2 kg", "1.9 kg"]),
    ("Battery", ["4,500 mAh", "5,000 mAh", "up to 18 hours"]),
    ("Storage", ["128 GB", "256 GB", "512 GB", "1 TB"]),
    ("Screen", ["6.1-inch OLED", "6.7-inch LCD", "13.3-inch, 2560 x 1600"]),
    ("Warranty", ["1 year", "2 years"]),
]


def review_parts(c: Ctx) -> tuple[tuple[str, list[Block]], tuple[str, list[Block]], str]:
    """(pros/cons box, spec table) each as (HTML, gold), and the score box (not gold)."""
    rng = c.rng
    pros, cons = rng.sample(_PROS, rng.randint(2, 4)), rng.sample(_CONS, rng.randint(2, 3))
    box = (
        '<div class="pros-cons"><div class="pros"><h4>Pros</h4><ul>'
        + "".join(f"<li>{esc(p)}</li>" for p in pros)
        + '</ul></div><div class="cons"><h4>Cons</h4><ul>'
        + "".join(f"<li>{esc(p)}</li>" for p in cons)
        + "</ul></div></div>"
    )
    specs = [[k, rng.choice(v)] for k, v in rng.sample(_SPECS, rng.randint(3, 6))]
    table = (
        '<table class="specs"><tbody>'
        + "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in specs)
        + "</tbody></table>"
    )
    score = (
        f'<div class="review-score"><span class="score">{rng.randint(50, 95) / 10}</span><span>/10</span>'
        f'<span class="badge">{rng.choice(["Editor’s Choice", "Recommended", "Best Buy"])}</span></div>'
    )
    c.used += ["pros-cons", "spec-table", "score-box"]
    return (
        (box, [("h", "Pros"), ("ul", pros), ("h", "Cons"), ("ul", cons)]),
        (table, [("table", specs)]),
        score,
    )


def buy_buttons(c: Ctx) -> str:
    c.used.append("affiliate-buttons")
    shops = c.rng.sample(["Amazon", "Best Buy", "Walmart", "Currys", "John Lewis", "B&H Photo"], 3)
    rows = "".join(
        f'<li><a rel="sponsored nofollow" href="https://shop.example/{slug(s)}">${c.rng.randint(99, 1999)} at {s}</a><span>Check price</span></li>'
        for s in shops
    )
    return f'<div class="price-widget"><h4>Today’s best deals</h4><ul>{rows}</ul><p class="disclaimer">We may earn a commission when you buy through links on our site.</p></div>'


_ORG_A = [
    "Northwind",
    "Bluepeak",
    "Cardinal",
    "Helix",
    "Meridian",
    "Summit",
    "Vantage",
    "Evergreen",
]
_ORG_B = ["Systems", "Health", "Energy", "Analytics", "Labs", "Holdings", "Foods", "Networks"]
_CITIES = [
    "Austin, Texas",
    "Boston",
    "Chicago",
    "Denver",
    "Atlanta",
    "San Jose, Calif.",
    "Toronto",
    "London",
]


def press_parts(c: Ctx) -> tuple[str, str, str, str]:
    """(organisation, city, "About" paragraph, contact block HTML)."""
    rng = c.rng
    org = f"{rng.choice(_ORG_A)} {rng.choice(_ORG_B)}"
    city = rng.choice(_CITIES)
    about = (
        f"Founded in {rng.randint(1950, 2015)}, {org} is a leading provider of "
        f"{rng.choice(['software', 'services', 'products', 'solutions'])} for "
        f"{rng.choice(['healthcare', 'retail', 'manufacturing', 'financial', 'public sector'])} organizations. "
        f"Headquartered in {city}, the company employs more than {rng.randint(2, 90) * 100} people "
        f"in {rng.randint(3, 40)} countries. For more information, visit www.{slug(org).replace('-', '')}.com."
    )
    person = rng.choice(PEOPLE)
    contact = (
        f'<div class="media-contact"><p><b>Media Contact:</b><br>{person}<br>{org}<br>'
        f"+1 ({rng.randint(200, 999)}) 555-{rng.randint(1000, 9999)}<br>press@{slug(org).replace('-', '')}.com</p></div>"
    )
    c.used += ["about-company", "media-contact"]
    return org, city, about, contact


_QUESTIONS = [
    "How did it all start?",
    "What happened next?",
    "What was the hardest part?",
    "Why does this matter now?",
    "How did people react?",
    "What would you do differently?",
    "What comes next?",
    "Were you surprised?",
    "What do critics get wrong?",
    "What should readers take away from this?",
]


def questions(c: Ctx, n: int) -> list[str]:
    return c.rng.sample(_QUESTIONS, min(n, len(_QUESTIONS)))


def first_words(text: str, n: int) -> str:
    return " ".join(_WORD.findall(text)[:n])

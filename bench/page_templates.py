"""Labelled article pages built here: real article texts in templates of common publishing systems.

Why: the 181 pages of ../shared/data/articles hold none of the page structures on which, per
issue 17, digest lost to trafilatura on independent pages (comment threads, sign-up forms,
teasers, related grids, very short posts...). This module builds such pages, deterministically,
from texts we may use for internal testing (read at run time, never copied into the repo):

- the gold article bodies of ../shared/data/articles/ground-truth.json (MIT benchmark; the texts are
  third-party, kept for benchmarking), re-wrapped;
- the full-content entries of the real feeds in ../shared/data/feeds (test fixtures only);
- BBC News texts of ../shared/data/summaries (internal testing only).

The gold of a page is what a reader would call the article, following the convention of the 181
gold texts (measured on their HTML: figure captions are left out of the gold 103 times in 105,
embedded tweets kept 14 times in 17, subheadings, lists and tables of the body kept): body
paragraphs, subheadings, lists, tables, embedded tweets and quotes, the dateline; never the
headline, byline, captions, pull quotes (they repeat the body), comments or any page furniture.

Every page belongs to a template family (a publishing system or page kind); the furniture around
the article is drawn per page, with class names varied (English, other languages, obfuscated, or
none) so that no extraction rule can key on these templates' own names.

    from page_families import build_pages   # [Page(page_id, family, furniture, url, html, gold)]
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

import glob
import html as html_lib
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
_WORD = re.compile(r"\w+")
_EN_STOP = frozenset("the and of to a in is that for was on with it as by said at he".split())

Block = tuple[str, object]  # ("p", str) | ("h", str) | ("ul", [str]) | ("table", [[str]]) ...


@dataclass
class Body:
    """An article: title, ordered blocks, language ("en" or "xx"), source."""

    title: str
    blocks: list[Block]
    lang: str
    source: str

    def words(self) -> int:
        return len(_WORD.findall(gold_text(self.blocks)))


@dataclass
class Page:
    page_id: str
    family: str
    furniture: tuple[str, ...]
    url: str
    html: str
    gold: str
    body_source: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def esc(text: str) -> str:
    return html_lib.escape(text, quote=True)


def gold_text(blocks: list[Block]) -> str:
    out: list[str] = []
    for kind, value in blocks:
        if kind in ("p", "h", "quote", "tweet", "dateline"):
            out.append(str(value))
        elif kind in ("ul", "ol"):
            out.extend(str(v) for v in value)  # type: ignore[attr-defined]
        elif kind == "table":
            out.extend(" ".join(row) for row in value)  # type: ignore[attr-defined]
    return "\n\n".join(out)


# ---------------------------------------------------------------------------------------------
# Sources


def _english(text: str) -> bool:
    toks = [t.lower() for t in _WORD.findall(text)]
    return bool(toks) and sum(t in _EN_STOP for t in toks) / len(toks) > 0.08


def _paras(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def bbc_bodies() -> list[Body]:
    bodies = []
    path = DATA / "summaries" / "bbc_news_summary.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("duplicate_of"):
            continue
        paras = _paras(row["body"])
        bodies.append(
            Body(row["title"].strip(), [("p", p) for p in paras], "en", f"bbc:{row['id']}")
        )
    return bodies


def _og_title(raw: str) -> str:
    m = re.search(r'<meta[^>]+property="og:title"[^>]+content="([^"]+)"', raw)
    if not m:
        m = re.search(r"<title[^>]*>(.*?)</title>", raw, re.S | re.I)
    return " ".join(html_lib.unescape(m.group(1)).split()) if m else ""


def zyte_bodies() -> list[Body]:
    import gzip

    gold = json.loads((DATA / "articles" / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = []
    for key in sorted(gold):
        text = gold[key]["articleBody"]
        raw = gzip.open(DATA / "articles" / "html" / f"{key}.html.gz").read().decode("utf-8")
        title = _og_title(raw)
        if not title:
            continue
        paras = _paras(text)
        lang = "en" if _english(text) else "xx"
        bodies.append(Body(title, [("p", p) for p in paras], lang, f"zyte:{key[:12]}"))
    return bodies


_BLOCK_XPATH = "//p|//h2|//h3|//h4|//ul|//ol|//table|//pre|//blockquote"


def _feed_blocks(content: str) -> list[Block] | None:
    """An entry's HTML as blocks, or None when its text does not sit in block elements."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(content)
    except Exception:
        return None
    for bad in root.xpath("//script|//style|//figure|//figcaption|//img|//iframe"):
        bad.drop_tree()
    picked = root.xpath(_BLOCK_XPATH)
    top = [el for el in picked if not any(a in picked for a in el.iterancestors())]
    blocks: list[Block] = []
    for el in top:
        text = " ".join(el.text_content().split())
        if not text:
            continue
        if el.tag in ("ul", "ol"):
            items = [" ".join(li.text_content().split()) for li in el.iter("li")]
            items = [i for i in items if i]
            if items:
                blocks.append(("ul", items))
        elif el.tag == "table":
            rows = []
            for tr in el.iter("tr"):
                cells = [" ".join(c.text_content().split()) for c in tr if c.tag in ("td", "th")]
                if any(cells):
                    rows.append([c for c in cells if c])
            if rows:
                blocks.append(("table", rows))
        elif el.tag in ("h2", "h3", "h4"):
            blocks.append(("h", text))
        elif el.tag == "blockquote":
            blocks.append(("quote", text))
        else:
            blocks.append(("p", text))
    inside = len(_WORD.findall(gold_text(blocks)))
    total = len(_WORD.findall(root.text_content()))
    return blocks if total and inside >= 0.9 * total else None


def feed_bodies() -> list[Body]:
    import feedparser

    bodies = []
    files = sorted(glob.glob(str(DATA / "feeds" / "*")))
    for name in files:
        if name.endswith((".md", ".json", ".csv", ".gz")):
            continue
        parsed = feedparser.parse(name)
        for entry in parsed.entries:
            content = (entry.get("content") or [{}])[0].get("value") or entry.get("summary", "")
            title = " ".join(html_lib.unescape(entry.get("title", "")).split())
            if not title or len(_WORD.findall(re.sub("<[^>]+>", " ", content))) < 150:
                continue
            blocks = _feed_blocks(content)
            if not blocks or len(blocks) < 3:
                continue
            text = gold_text(blocks)
            lang = "en" if _english(text) else "xx"
            bodies.append(Body(title, blocks, lang, f"feed:{Path(name).name}"))
    return bodies


# ---------------------------------------------------------------------------------------------
# Text for furniture: other articles' titles, first sentences, comment-like snippets


_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


class Pool:
    """Texts of OTHER articles, for headlines, teasers and comments around a page's article."""

    def __init__(self, bodies: list[Body]) -> None:
        self.bodies = bodies

    def other(self, rng: random.Random, body: Body, lang: str | None = None) -> Body:
        while True:
            b = rng.choice(self.bodies)
            if b is not body and (lang is None or b.lang == lang):
                return b

    def headline(self, rng: random.Random, body: Body) -> str:
        return self.other(rng, body).title

    def sentences(self, rng: random.Random, body: Body, n: int) -> str:
        b = self.other(rng, body, body.lang if body.lang == "en" else None)
        text = " ".join(str(v) for k, v in b.blocks if k == "p")
        sents = _SENT.split(text)
        start = rng.randrange(max(1, len(sents) - n))
        # texts the splitter cannot cut (no capital after a full stop: Korean, Kannada...) would
        # give one "sentence" of thousands of words: a caption or comment is never that long
        return " ".join(" ".join(s.split()[:45]) for s in sents[start : start + n])


# ---------------------------------------------------------------------------------------------
# Names: class vocabularies, so no rule can key on one template's names

NAMES: dict[str, dict[str, str]] = {
    "en": dict(
        content="entry-content",
        comments="comments",
        related="related-posts",
        share="share",
        bio="author-bio",
        news="newsletter",
        side="sidebar",
        tags="tags",
        crumbs="breadcrumb",
        cookie="cookie-notice",
        nav="main-nav",
        foot="site-footer",
    ),
    "neutral": dict(
        content="text",
        comments="responses",
        related="more",
        share="social",
        bio="profile",
        news="signup",
        side="aside-col",
        tags="topics",
        crumbs="trail",
        cookie="consent",
        nav="menu",
        foot="bottom",
    ),
    "de": dict(
        content="artikel-inhalt",
        comments="kommentare",
        related="weitere-artikel",
        share="teilen",
        bio="autor-box",
        news="newsletter-anmeldung",
        side="seitenleiste",
        tags="schlagworte",
        crumbs="brotkrumen",
        cookie="datenschutz-hinweis",
        nav="hauptmenue",
        foot="fusszeile",
    ),
    "es": dict(
        content="cuerpo-noticia",
        comments="comentarios",
        related="noticias-relacionadas",
        share="compartir",
        bio="autor",
        news="boletin",
        side="barra-lateral",
        tags="etiquetas",
        crumbs="migas",
        cookie="aviso-galletas",
        nav="menu-principal",
        foot="pie",
    ),
    "pt": dict(
        content="materia-conteudo",
        comments="comentarios-leitores",
        related="leia-mais",
        share="compartilhe",
        bio="sobre-autor",
        news="inscreva-se",
        side="coluna-lateral",
        tags="assuntos",
        crumbs="trilha",
        cookie="aviso-cookies",
        nav="menu-topo",
        foot="rodape",
    ),
    "nl": dict(
        content="artikel-tekst",
        comments="reacties",
        related="gerelateerd",
        share="delen",
        bio="over-de-auteur",
        news="nieuwsbrief",
        side="zijbalk",
        tags="trefwoorden",
        crumbs="kruimelpad",
        cookie="koekjes",
        nav="navigatie",
        foot="voettekst",
    ),
    "obf": dict(
        content="pw-post-body",
        comments="ab cd ef",
        related="gh ij",
        share="kl mn",
        bio="op qr",
        news="st uv",
        side="wx yz",
        tags="za zb",
        crumbs="zc zd",
        cookie="ze zf",
        nav="zg zh",
        foot="zi zj",
    ),
}

WORDS: dict[str, dict[str, str]] = {
    "en": dict(
        comments="{n} Comments",
        responses="{n} responses",
        reply="Reply",
        related="Related posts",
        like="You might also like",
        share="Share this:",
        tags="Tags:",
        news="Get our newsletter",
        news2="The best stories of the week, every Friday in your inbox. No spam, unsubscribe "
        "at any time.",
        sub="Subscribe",
        email="Your email address",
        cookie="We use cookies to "
        "improve your experience on our site. By continuing to browse you agree to our use of "
        "cookies.",
        accept="Accept",
        home="Home",
        about="About the author",
        read="Read more",
        leave="Leave a Reply",
        recent="Recent Posts",
        popular="Most read",
        cats="Categories",
        archive="Archives",
        next="Next post",
        prev="Previous post",
        page="Page",
        by="By",
        written="Written by",
        follow="Follow",
        key="Key events",
        more="Load more",
        discussion="Discussion about this post",
        ready="Ready for more?",
    ),
    "de": dict(
        comments="{n} Kommentare",
        responses="{n} Antworten",
        reply="Antworten",
        related="Das könnte Sie auch interessieren",
        like="Mehr zum Thema",
        share="Teilen:",
        tags="Schlagworte:",
        news="Unser Newsletter",
        news2="Die wichtigsten Nachrichten des "
        "Tages, jeden Morgen in Ihrem Postfach. Abmeldung jederzeit möglich.",
        sub="Abonnieren",
        email="Ihre E-Mail-Adresse",
        cookie="Wir verwenden Cookies, um Ihnen "
        "das beste Nutzererlebnis zu bieten. Mit der Nutzung der Seite stimmen Sie zu.",
        accept="Zustimmen",
        home="Startseite",
        about="Über den Autor",
        read="Weiterlesen",
        leave="Schreiben Sie einen Kommentar",
        recent="Neueste Beiträge",
        popular="Meistgelesen",
        cats="Kategorien",
        archive="Archiv",
        next="Nächster Artikel",
        prev="Vorheriger Artikel",
        page="Seite",
        by="Von",
        written="Geschrieben von",
        follow="Folgen",
        key="Das Wichtigste",
        more="Mehr laden",
        discussion="Diskussion zu diesem Beitrag",
        ready="Lust auf mehr?",
    ),
    "pt": dict(
        comments="{n} comentários",
        responses="{n} respostas",
        reply="Responder",
        related="Leia também",
        like="Você pode gostar",
        share="Compartilhe:",
        tags="Tags:",
        news="Receba nossa newsletter",
        news2="As principais notícias do dia no seu e-mail. Cancele quando quiser.",
        sub="Inscrever",
        email="Seu e-mail",
        cookie="Utilizamos "
        "cookies para melhorar a sua experiência. Ao continuar navegando, você concorda.",
        accept="Aceitar",
        home="Início",
        about="Sobre o autor",
        read="Leia mais",
        leave="Deixe um comentário",
        recent="Posts recentes",
        popular="Mais lidas",
        cats="Categorias",
        archive="Arquivo",
        next="Próximo post",
        prev="Post anterior",
        page="Página",
        by="Por",
        written="Escrito por",
        follow="Seguir",
        key="Destaques",
        more="Carregar mais",
        discussion="Discussão sobre este post",
        ready="Quer mais?",
    ),
}


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


PEOPLE = [
    "Maria Lopez",
    "James Okafor",
    "Hannah Schmidt",
    "Ravi Patel",
    "Chen Wei",
    "Sofia Rossi",
    "Tom Becker",
    "Aisha Bello",
    "Lucas Martin",
    "Emma Jansen",
    "Kenji Sato",
    "Olga Ivanova",
]
MONTHS = "January February March April May June July August September October November December"


def date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS.split())} {rng.randint(1, 28)}, {rng.randint(2015, 2024)}"


def bio(rng: random.Random, person: str) -> str:
    beat = rng.choice(["technology", "politics", "the economy", "science", "sport", "culture"])
    years = rng.randint(3, 20)
    return (
        f"{person} is a senior writer covering {beat}. Before joining us {years} years ago, "
        f"{person.split()[0]} reported for regional newspapers and a national broadcaster, and "
        f"has written two books about {beat}. Follow {person.split()[0]} on social media for "
        "updates and occasional photos of the office cat."
    )


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(title: str) -> str:
    return _SLUG.sub("-", title.lower()).strip("-")[:60] or "post"


Render = Callable[..., str]


# ---------------------------------------------------------------------------------------------
# Furniture: each returns HTML; `N` are the class names of the page, `W` its words


@dataclass
class Ctx:
    rng: random.Random
    body: Body
    pool: Pool
    N: dict[str, str]
    W: dict[str, str]
    site: str
    used: list[str] = field(default_factory=list)

    def link(self, title: str) -> str:
        return f'<a href="https://{self.site}/{self.rng.randint(2015, 2024)}/{slug(title)}/">{esc(title)}</a>'

    def cls(self, key: str, variant: str = "") -> str:
        """A class attribute (or none: a third of divs in the wild carry no useful name)."""
        name = self.N[key] + (f"-{variant}" if variant else "")
        return f' class="{name}"'


def nav(c: Ctx) -> str:
    c.used.append("nav")
    items = "".join(
        f'<li><a href="/{slug(w)}/">{esc(w)}</a></li>'
        for w in ["News", "World", "Business", "Tech", "Culture", "Sport", "Opinion", "Video"]
    )
    return f"<div{c.cls('nav')}><ul>{items}</ul></div>"


def crumbs(c: Ctx) -> str:
    c.used.append("breadcrumbs")
    return (
        f'<div{c.cls("crumbs")}><a href="/">{c.W["home"]}</a> › <a href="/news/">News</a> › '
        f"<span>{esc(c.body.title[:40])}</span></div>"
    )


def cookie(c: Ctx) -> str:
    c.used.append("cookie")
    return (
        f'<div{c.cls("cookie")} style="position:fixed"><p>{c.W["cookie"]}</p>'
        f'<button>{c.W["accept"]}</button> <a href="/privacy/">Privacy policy</a></div>'
    )


def share(c: Ctx) -> str:
    c.used.append("share")
    nets = ["Facebook", "Twitter", "LinkedIn", "WhatsApp", "Email", "Print"]
    links = "".join(f'<li><a href="https://share.example/{n.lower()}">{n}</a></li>' for n in nets)
    return f"<div{c.cls('share')}><span>{c.W['share']}</span><ul>{links}</ul></div>"


def tags(c: Ctx) -> str:
    c.used.append("tags")
    ws = sorted({w for w in _WORD.findall(c.body.title) if len(w) > 4})[:5] or ["news"]
    links = ", ".join(f'<a href="/tag/{slug(w)}/" rel="tag">{esc(w)}</a>' for w in ws)
    return f"<div{c.cls('tags')}>{c.W['tags']} {links}</div>"


def author_bio(c: Ctx, person: str) -> str:
    c.used.append("bio")
    return (
        f'<div{c.cls("bio")}><img src="/a.jpg" alt=""><h4>{c.W["about"]}</h4>'
        f"<p><strong>{person}</strong></p><p>{esc(bio(c.rng, person))}</p>"
        f'<a href="/author/{slug(person)}/">{c.W["follow"]}</a></div>'
    )


def related_grid(c: Ctx, n: int = 0, excerpts: bool = False) -> str:
    c.used.append("related" + ("+excerpts" if excerpts else ""))
    n = n or c.rng.randint(3, 6)
    cards = []
    for _ in range(n):
        other = c.pool.other(c.rng, c.body)
        ex = f"<p>{esc(c.pool.sentences(c.rng, c.body, 1))}</p>" if excerpts else ""
        cards.append(
            f'<div class="card"><img src="/t.jpg" alt=""><h3>{c.link(other.title)}</h3>{ex}</div>'
        )
    head = c.rng.choice([c.W["related"], c.W["like"]])
    return f"<div{c.cls('related')}><h2>{head}</h2>{''.join(cards)}</div>"


def newsletter(c: Ctx) -> str:
    c.used.append("newsletter")
    return (
        f"<div{c.cls('news')}><h3>{c.W['news']}</h3><p>{c.W['news2']}</p>"
        f'<form action="/subscribe"><input type="email" placeholder="{c.W["email"]}">'
        f'<button type="submit">{c.W["sub"]}</button></form></div>'
    )


def sidebar(c: Ctx, long: bool = False) -> str:
    c.used.append("sidebar" + ("-long" if long else ""))
    recent = "".join(f"<li>{c.link(c.pool.headline(c.rng, c.body))}</li>" for _ in range(6))
    parts = [f'<div class="widget"><h3>{c.W["recent"]}</h3><ul>{recent}</ul></div>']
    cats = "".join(
        f'<li><a href="/category/{w.lower()}/">{w}</a></li>' for w in ["Politics", "Tech", "Life"]
    )
    parts.append(f'<div class="widget"><h3>{c.W["cats"]}</h3><ul>{cats}</ul></div>')
    if long:
        pops = []
        for _ in range(5):
            o = c.pool.other(c.rng, c.body)
            pops.append(
                f"<li><h4>{c.link(o.title)}</h4><p>{esc(c.pool.sentences(c.rng, c.body, 2))}</p></li>"
            )
        parts.append(f'<div class="widget"><h3>{c.W["popular"]}</h3><ol>{"".join(pops)}</ol></div>')
        arch = "".join(
            f'<li><a href="/2020/{m:02d}/">{MONTHS.split()[m - 1]} 2020</a></li>'
            for m in range(1, 13)
        )
        parts.append(f'<div class="widget"><h3>{c.W["archive"]}</h3><ul>{arch}</ul></div>')
    return f"<div{c.cls('side')}>{''.join(parts)}</div>"


def footer(c: Ctx) -> str:
    return (
        f"<div{c.cls('foot')}><p>© {c.rng.randint(2015, 2024)} {c.site}. All rights reserved.</p>"
        '<a href="/about/">About</a> <a href="/contact/">Contact</a> <a href="/privacy/">Privacy</a></div>'
    )


def pagination(c: Ctx) -> str:
    c.used.append("post-nav")
    a, b = c.pool.headline(c.rng, c.body), c.pool.headline(c.rng, c.body)
    return (
        f'<div class="nav-links"><div>{c.W["prev"]}: {c.link(a)}</div>'
        f"<div>{c.W['next']}: {c.link(b)}</div></div>"
    )


def _comment(c: Ctx, style: str, depth: int) -> str:
    person = c.rng.choice(PEOPLE)
    text = c.pool.sentences(c.rng, c.body, c.rng.randint(1, 4))
    kids = ""
    if depth < 2 and c.rng.random() < 0.3:
        kids = _comment(c, style, depth + 1)
    if style == "wp":
        return (
            f'<li class="comment depth-{depth + 1}"><article class="comment-body"><footer class="comment-meta">'
            f'<b class="fn">{person}</b> <time>{date(c.rng)}</time></footer>'
            f'<div class="comment-content"><p>{esc(text)}</p></div>'
            f'<a class="comment-reply-link" href="#">{c.W["reply"]}</a></article>'
            f"{f'<ol class=children>{kids}</ol>' if kids else ''}</li>"
        )
    if style == "plain":  # no "comment" anywhere: a neutral or foreign name, or none
        return (
            f"<div{c.cls('comments', 'item')}><div><span>{person}</span> · <span>{date(c.rng)}</span></div>"
            f'<p>{esc(text)}</p><a href="#">{c.W["reply"]}</a>{kids}</div>'
        )
    # "card": Medium/Substack-like responses, obfuscated classes
    return (
        f'<div class="{c.N["comments"].split()[0]}x"><div><div><a href="/@{slug(person)}">{person}</a></div>'
        f"<div>{date(c.rng)}</div></div><div><div><p>{esc(text)}</p></div></div>"
        f"<div><span>{c.rng.randint(1, 90)}</span> <button>{c.W['reply']}</button></div>{kids}</div>"
    )


def comments(c: Ctx, style: str, n: int = 0) -> str:
    n = n or c.rng.randint(4, 12)
    c.used.append(f"comments-{style}")
    items = "".join(_comment(c, style, 0) for _ in range(n))
    head = c.W["comments"].format(n=n) if style != "card" else c.W["responses"].format(n=n)
    if style == "wp":
        return (
            f'<div id="comments" class="comments-area"><h2 class="comments-title">{head}</h2>'
            f'<ol class="comment-list">{items}</ol><div id="respond"><h3>{c.W["leave"]}</h3>'
            '<form><textarea></textarea><input type="submit"></form></div></div>'
        )
    return f"<div{c.cls('comments')}><h3>{head}</h3>{items}</div>"


def disqus(c: Ctx) -> str:
    c.used.append("comments-disqus")
    return (
        '<div id="disqus_thread"></div><script>var disqus_config = function () {};'
        "(function(){var d=document,s=d.createElement('script');s.src='https://x.disqus.com/embed.js';"
        "(d.head||d.body).appendChild(s);})();</script>"
        "<noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript>"
    )


# ---------------------------------------------------------------------------------------------
# The article body, with what sits inside it


def render_blocks(
    c: Ctx, blocks: list[Block], para: str = "p", inline: bool = True
) -> tuple[str, list[Block]]:
    """Blocks as HTML, with furniture inside the body (figures, pull quotes, tweets, boxes).

    Returns the HTML and the gold blocks (tweets added to the body count as article text).
    """
    out: list[str] = []
    gold: list[Block] = []
    n = len(blocks)
    slots = set(c.rng.sample(range(1, n), k=min(n - 1, 3))) if inline and n > 2 else set()
    for i, (kind, value) in enumerate(blocks):
        if i in slots:
            extra = c.rng.choice(["figure", "pullquote", "tweet", "readalso", "ad", "newsletter"])
            out.append(_inline(c, extra, gold, blocks))
        if kind == "p":
            if para == "p":
                out.append(f"<p>{esc(str(value))}</p>")
            elif para == "div":
                out.append(f"<div>{esc(str(value))}</div>")
            else:  # text and <br><br>
                out.append(f"{esc(str(value))}<br><br>\n")
        elif kind == "h":
            out.append(f"<h2>{esc(str(value))}</h2>")
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{esc(str(v))}</li>" for v in value)  # type: ignore[attr-defined]
            out.append(f"<ul>{items}</ul>")
        elif kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>"
                for row in value  # type: ignore[attr-defined]
            )
            out.append(f"<table><tbody>{rows}</tbody></table>")
        elif kind in ("quote",):
            out.append(f"<blockquote><p>{esc(str(value))}</p></blockquote>")
        gold.append((kind, value))
    return "\n".join(out), gold


def _inline(c: Ctx, what: str, gold: list[Block], blocks: list[Block]) -> str:
    c.used.append(what)
    if what == "figure":
        cap = c.pool.sentences(c.rng, c.body, 1)
        return (
            f'<figure><img src="/img/{c.rng.randint(1, 999)}.jpg" alt="">'
            f"<figcaption>{esc(cap)} <span>Photo: {c.rng.choice(PEOPLE)}</span></figcaption></figure>"
        )
    if what == "pullquote":
        sents = [str(v) for k, v in blocks if k == "p"]
        quote = _SENT.split(c.rng.choice(sents))[0] if sents else ""
        return f'<aside class="pull"><blockquote>{esc(quote)}</blockquote></aside>'
    if what == "tweet":
        text = c.pool.sentences(c.rng, c.body, 1)[:240]
        person = c.rng.choice(PEOPLE)
        attribution = f"— {person} (@{slug(person).replace('-', '')}) {date(c.rng)}"
        gold.append(("tweet", f"{text} {attribution}"))
        return (
            f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{esc(text)}</p>'
            f'&mdash; {person} (@{slug(person).replace("-", "")}) <a href="https://twitter.com/x/status/1">'
            f"{date(c.rng)}</a></blockquote>"
        )
    if what == "readalso":
        return f"<p><strong>{c.W['read']}:</strong> {c.link(c.pool.headline(c.rng, c.body))}</p>"
    if what == "ad":
        return '<div class="ad-slot"><span>Advertisement</span><div id="div-gpt-ad-1"></div></div>'
    return newsletter(c)

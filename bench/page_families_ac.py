"""Set AC of the constructed pages: 12 families of specialist, hobby and lifestyle magazines on
the web, in several languages, and `build_pages`.

Six families are in page_templates_ac.py (a French film-criticism review on SPIP, an
architecture and design magazine, a German photo magazine, a Spanish mountaineering magazine,
a Dutch parenting site, a British money-guide site); here a Japanese gardening magazine, an
Italian pets magazine, a Polish hi-fi test magazine, a British cycling news site, a Russian
chess news site and a Portuguese wine magazine. The non-English sites carry English bodies
(the body pools are English) in their own language's furniture. Written blind to digest's
extraction rules and frozen before anyone ran digest on it; its builder never ran digest,
trafilatura, readability or bench_pages on it (session 17, helper h-setac). The gold
convention is in page_templates_ac.py's docstring; the decisions for this module's families,
written down before they were coded:
- a Japanese gardening magazine (a みんなの趣味の園芸- / LOVEGREEN-like site, 2012-2025): the
  paragraphs, `<h2>` / `<h3>` subheadings, lists and quotes of `div.article-body` are article;
  the header (植物図鑑, 育て方, 季節の花, 寄せ植え, 読みもの), the breadcrumb, the category,
  the title, the date and author line, the "PR" label, the 目次 (table of contents repeating
  the subheadings), the photographs with captions, the 植物データ box (学名, 科名, 原産地,
  開花期, 耐寒性: a data box), the SNS share buttons, "この記事を書いた人" (author box),
  "関連記事", "人気記事ランキング" and the footer are not;
- an Italian pets magazine (a WordPress site with a Jannah-free magazine theme, 2013-2025):
  the paragraphs, subheadings, lists and quotes of `div.entry-content` are article, but not
  the "Leggi anche:" boxes between paragraphs, the breed card ("Scheda razza": Taglia, Peso,
  Aspettativa di vita, Carattere: a data box) nor the vet-review note ("Articolo revisionato
  dal medico veterinario Dott. NAME": furniture); the Iubenda cookie banner, the header (Cani,
  Gatti, Piccoli animali, Salute, Alimentazione), the breadcrumb, the category, the title,
  the author and date, the featured image, the share bar ("Condividi"), "Potrebbe
  interessarti", the comments and the footer ("P.IVA") are not;
- a Polish hi-fi test magazine (a HiFi.pl- / Audio-like site, 2008-2025): the paragraphs,
  `<h3>` subheadings, lists and quotes of `div.tresc` are article; the header (Testy,
  Wzmacniacze, Kolumny, Źródła, Słuchawki, Wydarzenia), the breadcrumb, the title, the lead
  (`p.lead`, a standfirst), "Autor: NAME", the date, the product photos with captions, the
  "Dane techniczne" spec table (a data box beside the text, `div.dane-techniczne`), the
  "Cena / Dystrybutor" box, the ratings box ("Ocena": Brzmienie, Wykonanie, Funkcjonalność
  with stars), the award badge ("Wyróżnienie"), the "System odsłuchowy" list of the
  reviewer's test gear (a furniture box: it lists equipment, not the review's text), the
  comments and the footer are not;
- a British cycling news site (a road.cc-like Drupal site, 2010-2025): the paragraphs,
  subheadings, lists and quotes of `div.field-name-body` are article, but not the affiliate
  "Buy now" boxes set between paragraphs (`div.buy-now`: product, price, shop button), nor the
  "support us" appeal closing the story ("If you enjoyed this story, please consider
  subscribing..."): furniture, as sets X and W decided closing appeals; the header (News,
  Reviews, Buyer's guides, Tech, Forum, Subscribe), the section label, the title, the author
  and date, the hero photo with caption and credit, the share bar, the tags, "You might also
  like", the "Latest comments" sidebar, the comments and the footer are not;
- a Russian chess news site (a ChessPro- / Chess-News.ru-like site, 2009-2025): the
  paragraphs, subheadings and quotes of `div.news-text` are article, but not the PGN viewer
  widget set between paragraphs (`div.pgn-viewer`: the players, the board and the move list
  "1.e4 e5 2.Кf3 ...", a game embed, furniture like any embed) nor the "Источник:" source line
  at the end; the header (Новости, Турниры, Интервью, Обучение, Форум), the date and views,
  the title, the author, the tournament widget with its crosstable ("Турнирная таблица",
  beside the story), the tags, "Читайте также", the comments ("Комментарии") and the footer
  are not;
- a Portuguese wine magazine (a Revista de Vinhos-like site, 2012-2025): the paragraphs,
  subheadings, lists and quotes of `div.artigo-corpo` are article, but not the tasting-note
  boxes (`div.nota-prova`: wine, producer, Região, Castas, Pontuação "17,5", Preço: data
  boxes) nor the "Publicidade" slots between paragraphs; the age-gate banner ("Confirme que
  tem idade legal..."), the header (Vinhos, Provas, Enoturismo, Gastronomia, Eventos), the
  category, the title, the "pós-título" (a standfirst), the author and date, the photograph
  with caption, "Partilhar", the "Assine a revista" box, "Artigos relacionados" and the
  footer ("Seja responsável. Beba com moderação.") are not.

    .venv/bin/python bench/page_families_ac.py PAGE_ID 2801
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import Block, Ctx, Page, esc, slug
from page_templates_aa import anchored
from page_templates_ab import body_blocks, person
from page_templates_ac import (
    cards,
    comments,
    fam_de_foto,
    fam_design_mag,
    fam_es_montana,
    fam_fr_film,
    fam_money_guide,
    fam_nl_ouders,
    teaser,
)
from page_templates_b import headlines
from page_templates_e import hexid
from page_templates_j import weave
from page_templates_q import count, pick
from page_templates_s import body_html, era_date
from page_templates_v import clock, heads_list

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]
_EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)
_IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
_PT_MONTHS = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
_RU_MONTHS = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)


# ---------------------------------------------------------------------------------------------
# 7. A Japanese gardening magazine


def fam_jp_garden(c: Ctx) -> FamilyOut:
    """A Japanese gardening article: 目次, photos, 植物データ box, author box, ranking."""
    ids: list[tuple[str, str]] = []
    blocks = body_blocks(c, 0.8, 0.3, 0.2)
    parts, gold = body_html(
        c, blocks, anchored(ids, pick(c, "h2", "h3"), ' class="article-heading"')
    )

    def photo() -> str:
        c.used.append("garden-photo")
        return f'<figure class="article-image"><img src="https://cdn.{esc(c.site)}/images/{hexid(c, 16)}.jpg" alt="" loading="lazy"><figcaption>{teaser(c)}</figcaption></figure>'

    parts = weave(c, parts, c.rng.randint(1, 3), photo)
    data = ""
    if c.rng.random() < 0.6:
        c.used.append("garden-plant-data")
        data = f'<div class="plant-data"><p class="plant-data__title">植物データ</p><dl><dt>学名</dt><dd>{pick(c, "Rosa", "Hydrangea macrophylla", "Lavandula", "Camellia japonica")}</dd><dt>科名</dt><dd>{pick(c, "バラ科", "アジサイ科", "シソ科", "ツバキ科")}</dd><dt>原産地</dt><dd>{pick(c, "日本", "地中海沿岸", "東アジア", "北アメリカ")}</dd><dt>開花期</dt><dd>{c.rng.randint(3, 6)}月～{c.rng.randint(7, 10)}月</dd><dt>耐寒性</dt><dd>{pick(c, "強い", "普通", "弱い")}</dd></dl></div>'
        parts = weave(c, parts, 1, lambda: data)
    toc = ""
    if ids and c.rng.random() < 0.8:
        c.used.append("garden-toc")
        toc = (
            '<div class="toc"><p class="toc__title">目次</p><ol>'
            + "".join(f'<li><a href="#{a}">{esc(t)}</a></li>' for a, t in ids)
            + "</ol></div>"
        )
    y, m, d = era_date(c, 2012, 2025)
    who = pick(c, "山田 花子", "佐藤 健", "鈴木 みどり", "高橋 園芸店", "編集部")
    pr = '<span class="label-pr">PR</span>' if c.rng.random() < 0.2 else ""
    ranking = "".join(
        f'<li><span class="rank">{i}</span><a href="/articles/{c.rng.randint(1000, 99999)}">{esc(h)}</a></li>'
        for i, h in enumerate(headlines(c, 5), 1)
    )
    c.used += "garden-header garden-breadcrumb garden-category garden-title garden-meta garden-share garden-author garden-related garden-ranking garden-footer".split()
    html = (
        f'<body><header class="l-header"><div class="l-header__inner"><a class="l-header__logo" href="/"><img src="/assets/img/logo.svg" alt=""></a><nav class="g-nav"><ul><li><a href="/plants/">植物図鑑</a></li><li><a href="/howto/">育て方</a></li><li><a href="/season/">季節の花</a></li><li><a href="/yoseue/">寄せ植え</a></li><li><a href="/articles/">読みもの</a></li></ul></nav></div></header>'
        f'<div class="l-container"><ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/articles/">読みもの</a></li><li>{esc(c.body.title[:20])}</li></ol>'
        f'<main class="l-main"><article class="article"><div class="article-header"><span class="article-category">{pick(c, "育て方", "ガーデニング", "観葉植物", "家庭菜園", "バラ")}</span>{pr}<h1 class="article-title">{esc(c.body.title)}</h1><div class="article-meta"><time datetime="{y}-{m:02d}-{d:02d}">{y}.{m:02d}.{d:02d}</time><span class="article-author">{who}</span></div></div>'
        f'{toc}<div class="article-body">{"".join(parts)}</div>'
        f'<div class="sns-share"><a class="sns-share__x" href="#">ポスト</a><a class="sns-share__fb" href="#">シェア</a><a class="sns-share__line" href="#">LINEで送る</a><a class="sns-share__hatena" href="#">はてブ</a></div>'
        f'<div class="author-box"><p class="author-box__title">この記事を書いた人</p><img src="/images/authors/{hexid(c, 6)}.jpg" alt=""><p class="author-box__name">{who}</p><p class="author-box__text">{pick(c, "園芸家。バラと宿根草の庭づくりが専門。", "ガーデンデザイナー。", "植物好きの編集者です。")}</p></div></article>'
        f'<section class="related"><h2 class="related__title">関連記事</h2><div class="related__list">{cards(c, c.rng.randint(3, 6), "related-card", "/articles/")}</div></section></main>'
        f'<aside class="l-side"><section class="ranking"><h2>人気記事ランキング</h2><ol>{ranking}</ol></section></aside></div>'
        f'<footer class="l-footer"><ul><li><a href="/company/">運営会社</a></li><li><a href="/privacy/">プライバシーポリシー</a></li><li><a href="/contact/">お問い合わせ</a></li></ul><p class="copyright">© {y} {esc(c.site)} All Rights Reserved.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. An Italian pets magazine


def fam_it_pets(c: Ctx) -> FamilyOut:
    """An Italian pets article: Leggi anche boxes, Scheda razza, vet-review note, Iubenda."""
    blocks = body_blocks(c, 0.6, 0.3, 0.2)
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="wp-block-heading">{esc(t)}</h2>')

    def read_also() -> str:
        c.used.append("pets-read-also")
        h = headlines(c, 1)[0]
        return f'<div class="leggi-anche"><span class="leggi-anche__label">Leggi anche:</span> <a href="/{slug(h)[:48]}/">{esc(h)}</a></div>'

    parts = weave(c, parts, c.rng.randint(1, 2), read_also)
    if c.rng.random() < 0.5:
        c.used.append("pets-breed-card")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="scheda-razza"><h4>Scheda razza</h4><ul><li><strong>Taglia:</strong> {pick(c, "piccola", "media", "grande")}</li><li><strong>Peso:</strong> {c.rng.randint(3, 40)} kg</li><li><strong>Aspettativa di vita:</strong> {c.rng.randint(9, 12)}-{c.rng.randint(13, 17)} anni</li><li><strong>Carattere:</strong> {pick(c, "affettuoso", "vivace", "indipendente", "docile")}</li></ul></div>'
            ),
        )
    vet = ""
    if c.rng.random() < 0.6:
        c.used.append("pets-vet-review")
        vet = f'<p class="revisione-vet"><em>Articolo revisionato dal medico veterinario Dott. {person(c, ["Marco", "Giulia", "Paolo", "Chiara"], ["Rossi", "Bianchi", "Ferrari", "Esposito"])}</em></p>'
        if c.rng.random() < 0.5:
            parts.insert(0, vet)
        else:
            parts.append(vet)
    y, m, d = era_date(c, 2013, 2025)
    who = person(
        c, ["Francesca", "Luca", "Sara", "Alessandro"], ["Romano", "Colombo", "Ricci", "Marino"]
    )
    cat = pick(c, "Cani", "Gatti", "Salute", "Alimentazione", "Comportamento")
    nc = c.rng.randint(0, 4)
    c.used += "pets-cookie pets-header pets-breadcrumb pets-category pets-title pets-byline pets-image pets-share pets-more pets-comments pets-footer".split()
    html = (
        f'<body class="post-template-default single single-post"><div id="iubenda-cs-banner" class="iubenda-cs-default"><div class="iubenda-cs-content"><p>Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.</p><button class="iubenda-cs-accept-btn">Accetta</button><button class="iubenda-cs-reject-btn">Rifiuta</button></div></div>'
        f'<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/logo.png" alt=""></a></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/cani/">Cani</a></li><li class="menu-item"><a href="/gatti/">Gatti</a></li><li class="menu-item"><a href="/piccoli-animali/">Piccoli animali</a></li><li class="menu-item"><a href="/salute/">Salute</a></li><li class="menu-item"><a href="/alimentazione/">Alimentazione</a></li></ul></nav></header>'
        f'<div id="content" class="site-content"><main id="main" class="site-main"><nav class="breadcrumbs"><span><a href="/">Home</a></span> » <span><a href="/{slug(cat)}/">{cat}</a></span> » <span class="breadcrumb_last">{esc(c.body.title[:40])}</span></nav>'
        f'<article class="post type-post status-publish format-standard has-post-thumbnail"><header class="entry-header"><span class="cat-links"><a href="/{slug(cat)}/" rel="category tag">{cat}</a></span><h1 class="entry-title">{esc(c.body.title)}</h1><div class="entry-meta"><span class="byline">di <a class="url fn n" href="/author/{slug(who)}/">{who}</a></span> <time class="entry-date published" datetime="{y}-{m:02d}-{d:02d}">{d} {_IT_MONTHS[m - 1]} {y}</time></div></header>'
        f'<div class="post-thumbnail"><img src="/wp-content/uploads/{y}/{m:02d}/{hexid(c, 10)}-1024x683.jpg" class="attachment-post-thumbnail wp-post-image" alt=""></div>'
        f'<div class="entry-content">{"".join(parts)}</div>'
        f'<div class="share-buttons"><span>Condividi:</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Pinterest</a> <a href="#">Email</a></div></article>'
        f'<section class="related-posts"><h3>Potrebbe interessarti</h3><div class="related-grid">{cards(c, c.rng.randint(3, 4), "related-item")}</div></section>'
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{nc} commenti</h2><ol class="comment-list">{comments(c, nc, "comment-body", ["Marta", "Giovanni", "Elena B.", "Roberto"], _IT_MONTHS[m - 1])}</ol><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Lascia un commento</h3><form><textarea name="comment"></textarea><input type="submit" value="Pubblica il commento"></form></div></div></main></div>'
        f'<footer id="colophon" class="site-footer"><p>© {y} {esc(c.site)} – P.IVA {c.rng.randint(10**10, 10**11 - 1)} · <a href="/privacy-policy/">Privacy Policy</a> · <a href="/cookie-policy/">Cookie Policy</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A Polish hi-fi test magazine


def fam_pl_hifi(c: Ctx) -> FamilyOut:
    """A Polish hi-fi test: lead, photos, Dane techniczne, Cena box, Ocena, System odsłuchowy."""
    blocks = body_blocks(c, 0.6, 0.25, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")

    def photo() -> str:
        c.used.append("hifi-photo")
        return f'<div class="foto"><a href="/foto/{hexid(c, 8)}.jpg" class="lightbox"><img src="/foto/{hexid(c, 8)}_m.jpg" alt=""></a><p class="podpis">{teaser(c)}</p></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), photo)
    product = f"{pick(c, 'Yamaha', 'Denon', 'Marantz', 'Pylon Audio', 'Audiovector', 'Cambridge Audio')} {pick(c, 'A-S1200', 'PMA-1700NE', 'Model 40n', 'Sapphire 25', 'R3 Arreté', 'CXA81')}"
    specs = f'<div class="dane-techniczne"><h4>Dane techniczne</h4><table><tr><td>Moc wyjściowa</td><td>{c.rng.randint(2, 20) * 10} W / 8 Ω</td></tr><tr><td>Pasmo przenoszenia</td><td>{c.rng.randint(5, 20)} Hz – {c.rng.randint(20, 100)} kHz</td></tr><tr><td>Wymiary</td><td>{c.rng.randint(400, 450)} x {c.rng.randint(100, 180)} x {c.rng.randint(300, 460)} mm</td></tr><tr><td>Masa</td><td>{c.rng.randint(5, 25)} kg</td></tr></table></div>'
    price = f'<div class="cena-box"><p><strong>Cena:</strong> {c.rng.randint(2, 40) * 1000 - 1} zł</p><p><strong>Dystrybutor:</strong> {pick(c, "Audio Klan", "Horn Distribution", "Voice", "Rafko")}</p><p><a href="#" rel="nofollow">www.{slug(product.split()[0])}.pl</a></p></div>'
    stars = lambda: "★" * c.rng.randint(3, 5)  # noqa: E731
    ocena = f'<div class="ocena"><h4>Ocena</h4><ul><li>Brzmienie: {stars()}</li><li>Wykonanie: {stars()}</li><li>Funkcjonalność: {stars()}</li><li>Cena/jakość: {stars()}</li></ul></div>'
    extras = [specs, price, ocena]
    if c.rng.random() < 0.5:
        c.used.append("hifi-system")
        extras.append(
            f'<div class="system-odsluchowy"><h4>System odsłuchowy</h4><ul><li>Źródło: {pick(c, "Lumin T2", "Marantz SA-10", "Technics SL-1200G")}</li><li>Kolumny: {pick(c, "Harbeth M30.2", "Dynaudio Contour 30", "ProAc D2R")}</li><li>Kable: {pick(c, "Tellurium Q", "Melodika", "Albedo")}</li></ul></div>'
        )
    if c.rng.random() < 0.4:
        c.used.append("hifi-award")
        extras.append(
            f'<div class="wyroznienie"><img src="/img/wyroznienie-{c.rng.randint(2008, 2025)}.png" alt="Wyróżnienie"></div>'
        )
    c.rng.shuffle(extras)
    y, m, d = era_date(c, 2008, 2025)
    who = person(
        c,
        ["Tomasz", "Wojciech", "Marek", "Krzysztof"],
        ["Karasiński", "Pacuła", "Nowak", "Wiśniewski"],
    )
    nc = c.rng.randint(0, 5)
    c.used += "hifi-header hifi-breadcrumb hifi-title hifi-lead hifi-author hifi-specs hifi-price hifi-rating hifi-comments hifi-footer".split()
    html = (
        f'<body><div id="naglowek"><a href="/" class="logo"><img src="/img/logo.png" alt=""></a><ul class="menu"><li><a href="/testy/">Testy</a></li><li><a href="/testy/wzmacniacze/">Wzmacniacze</a></li><li><a href="/testy/kolumny/">Kolumny</a></li><li><a href="/testy/zrodla/">Źródła</a></li><li><a href="/testy/sluchawki/">Słuchawki</a></li><li><a href="/wydarzenia/">Wydarzenia</a></li></ul></div>'
        f'<div id="strona"><div class="okruszki"><a href="/">Strona główna</a> / <a href="/testy/">Testy</a> / {esc(product)}</div>'
        f'<div class="artykul"><h1>{esc(product)}: {esc(c.body.title)}</h1><p class="lead">{teaser(c)}</p><p class="autor">Autor: <a href="/autorzy/{slug(who)}/">{who}</a> · {d:02d}.{m:02d}.{y}</p>'
        f'<div class="kolumny"><div class="tresc">{"".join(parts)}</div><div class="boczna">{"".join(extras)}</div></div></div>'
        f'<div class="komentarze"><h3>Komentarze ({nc})</h3>{comments(c, nc, "komentarz", ["audiofil", "Piotr", "Kazik_HiFi", "Ewa"], "dni temu")}<form><textarea></textarea><button>Dodaj komentarz</button></form></div></div>'
        f'<div id="stopka"><p>© {y} {esc(c.site)} · <a href="/reklama/">Reklama</a> · <a href="/kontakt/">Kontakt</a> · <a href="/polityka-prywatnosci/">Polityka prywatności</a></p></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A British cycling news site (Drupal)


def fam_cycling_news(c: Ctx) -> FamilyOut:
    """A road.cc-like Drupal story: field-name-body, Buy now boxes, support appeal, sidebar."""
    blocks = body_blocks(c, 0.3, 0.2, 0.35)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")

    def buy_now() -> str:
        c.used.append("cycling-buy-now")
        return f'<div class="buy-now"><img src="/sites/default/files/styles/thumb/public/{hexid(c, 8)}.jpg" alt=""><div class="buy-now__text"><span class="buy-now__product">{pick(c, "Shimano Ultegra R8100 groupset", "Garmin Edge 840", "Continental GP5000 tyre", "Castelli Perfetto jacket")}</span><span class="buy-now__price">£{c.rng.randint(20, 1400)}.{c.rng.choice([0, 49, 99]):02d}</span></div><a class="buy-now__button" href="https://www.awin1.com/cread.php?awinmid={c.rng.randint(1000, 9999)}" rel="sponsored nofollow">Buy now</a></div>'

    parts = weave(c, parts, c.rng.randint(0, 2), buy_now)
    if c.rng.random() < 0.6:
        c.used.append("cycling-appeal")
        parts.append(
            '<p class="support-us"><em>If you enjoyed this story, please consider subscribing. Your support keeps independent cycling journalism going — <a href="/subscribe">subscribe from £1.99 a month</a>.</em></p>'
        )
    y, m, d = era_date(c, 2010, 2025)
    who = person(
        c,
        ["Simon", "Jack", "Ryan", "Anna", "Dan"],
        ["MacMichael", "Sexty", "Mallon", "Alberts", "Tuck"],
    )
    section = pick(c, "News", "Pro cycling", "Cycle commuting", "Tech news", "Sportives")
    hero = ""
    if c.rng.random() < 0.8:
        c.used.append("cycling-hero")
        hero = f'<div class="field-name-field-image"><img src="/sites/default/files/styles/main_width/public/thumbnails/image/{hexid(c, 10)}.jpg" alt="" typeof="foaf:Image"><div class="image-caption">{teaser(c)} <span class="credit">(picture credit: {pick(c, "Zac Williams/SWpix.com", "Simon MacMichael", "Alex Whitehead/SWpix.com", "Twitter")})</span></div></div>'
    latest = "".join(
        f'<li><span class="views-field-name">{pick(c, "mdavidford", "Rendel Harris", "chrisonabike", "Hirsute", "wycombewheeler")}</span> <a href="/content/news/{c.rng.randint(10**5, 10**6)}">{esc(h[:50])}</a> <span class="ago">{c.rng.randint(1, 59)} min ago</span></li>'
        for h in headlines(c, 5)
    )
    nc = c.rng.randint(0, 6)
    c.used += "cycling-header cycling-section cycling-title cycling-byline cycling-share cycling-tags cycling-more cycling-latest-comments cycling-comments cycling-footer".split()
    html = (
        f'<body class="html not-front not-logged-in page-node node-type-news"><div id="page"><header id="header" role="banner"><a href="/" title="Home" rel="home" id="logo"><img src="/sites/all/themes/roadcc/logo.png" alt="Home"></a><div class="region region-header"><ul class="menu"><li class="first leaf"><a href="/news">News</a></li><li class="leaf"><a href="/reviews">Reviews</a></li><li class="leaf"><a href="/buyers-guides">Buyer\'s guides</a></li><li class="leaf"><a href="/tech">Tech</a></li><li class="leaf"><a href="/forum">Forum</a></li><li class="last leaf"><a href="/subscribe">Subscribe</a></li></ul></div></header>'
        f'<div id="main"><div id="content" class="column" role="main"><div class="node node-news node-full" about="/content/news/{c.rng.randint(10**5, 10**6)}" typeof="sioc:Item foaf:Document"><div class="field-name-field-section"><a href="/{slug(section)}">{section}</a></div><h1 class="title" id="page-title">{esc(c.body.title)}</h1>'
        f'<div class="submitted"><span class="username">by {who}</span> <span class="date">Mon, {d} {_EN_MONTHS[m - 1][:3]} {y} {clock(c)}</span></div>'
        f'<div class="share-links"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#comments">{nc} comments</a></div>{hero}'
        f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{"".join(parts)}</div></div></div>'
        f'<div class="field-name-field-tags"><span class="label">Tags:</span> {" ".join(f"<a href=/tags/{slug(t)}>{t}</a>" for t in c.rng.sample(["Cycle safety", "Infrastructure", "Road racing", "Commuting", "E-bikes", "Tour de France"], 3))}</div></div>'
        f'<div class="block-more"><h2>You might also like</h2><div class="view-content">{cards(c, 3, "views-row", "/content/news/")}</div></div>'
        f'<div id="comments"><h2 class="title">{nc} comments</h2>{comments(c, nc, "comment", ["Rik Mayals unwashed y-fronts", "HoarseMann", "brooksby", "Secret_squirrel"], "hours ago")}</div></div>'
        f'<aside class="sidebars"><div class="block block-views" id="block-views-latest-comments"><h2 class="block-title">Latest Comments</h2><ul>{latest}</ul></div></aside></div>'
        f'<footer id="footer"><p>© {y} Farrelly Atkinson Ltd · <a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/advertise">Advertise</a></p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Russian chess news site


_PIECES = "Кр Ф Л С К".split()


def _moves(c: Ctx) -> str:
    """A short move list ("1.e4 e5 2.Кf3 Кc6 ..."), as the PGN viewer prints it."""
    out = []
    for n in range(1, c.rng.randint(6, 14)):
        w = f"{pick(c, '', *_PIECES)}{pick(c, *'abcdefgh')}{c.rng.randint(3, 6)}"
        b = f"{pick(c, '', *_PIECES)}{pick(c, *'abcdefgh')}{c.rng.randint(3, 6)}"
        out.append(
            f'<span class="move-num">{n}.</span><span class="move">{w}</span> <span class="move">{b}</span>'
        )
    return " ".join(out) + f' <span class="result">{pick(c, "1-0", "0-1", "½-½")}</span>'


def fam_chess_ru(c: Ctx) -> FamilyOut:
    """A Russian chess news story: PGN viewer widgets, source line, crosstable widget."""
    blocks = body_blocks(c, 0.3, 0.0, 0.35)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    players = [
        "Непомнящий",
        "Карлсен",
        "Гукеш",
        "Каруана",
        "Аронян",
        "Фирузджа",
        "Дин Лижэнь",
        "Грищук",
    ]

    def pgn() -> str:
        c.used.append("chess-pgn-viewer")
        a, b = c.rng.sample(players, 2)
        return f'<div class="pgn-viewer" data-pgn-id="{c.rng.randint(10**4, 10**6)}"><div class="pgn-header"><span class="white">{a}</span> – <span class="black">{b}</span><span class="event">{pick(c, "Тур", "Раунд")} {c.rng.randint(1, 13)}</span></div><div class="board" style="width:360px;height:360px"></div><div class="pgn-moves">{_moves(c)}</div><div class="pgn-controls"><button>⏮</button><button>◀</button><button>▶</button><button>⏭</button></div></div>'

    parts = weave(c, parts, c.rng.randint(1, 2), pgn)
    if c.rng.random() < 0.5:
        c.used.append("chess-source")
        parts.append(
            f'<p class="source">Источник: <a href="#" rel="nofollow">{pick(c, "chess.com", "ФИДЕ", "lichess.org", "РШФ")}</a></p>'
        )
    y, m, d = era_date(c, 2009, 2025)
    who = pick(c, "Евгений Суров", "Владимир Барский", "Илья Одесский", "Редакция")
    ranked = c.rng.sample(players, 6)
    table = "".join(
        f"<tr><td>{i}</td><td>{p}</td><td>{c.rng.randint(8, 18) / 2:g}</td></tr>"
        for i, p in enumerate(ranked, 1)
    )
    nc = c.rng.randint(0, 8)
    c.used += "chess-header chess-date chess-views chess-title chess-author chess-crosstable chess-tags chess-read-also chess-comments chess-footer".split()
    html = (
        f'<body><div class="wrapper"><div class="header"><a href="/" class="logo"><img src="/images/logo.png" alt=""></a><ul class="main-menu"><li><a href="/news/">Новости</a></li><li><a href="/tournaments/">Турниры</a></li><li><a href="/interview/">Интервью</a></li><li><a href="/school/">Обучение</a></li><li><a href="/forum/">Форум</a></li></ul></div>'
        f'<div class="content"><div class="main-col"><div class="news-item"><div class="news-info"><span class="date">{d} {_RU_MONTHS[m - 1]} {y}, {clock(c)}</span> <span class="views">Просмотров: {count(c, 100, 40000)}</span></div><h1>{esc(c.body.title)}</h1><div class="author">Автор: {who}</div>'
        f'<div class="news-text">{"".join(parts)}</div>'
        f'<div class="tags">Теги: <a href="/tags/{c.rng.randint(1, 500)}">{pick(c, "Суперфинал", "Candidates", "Олимпиада", "Кубок мира")}</a>, <a href="/tags/{c.rng.randint(1, 500)}">{c.rng.choice(players)}</a></div>'
        f'<div class="read-also"><h4>Читайте также</h4><ul>{heads_list(c, c.rng.randint(3, 5), "/news/")}</ul></div></div>'
        f'<div class="comments"><h3>Комментарии ({nc})</h3>{comments(c, nc, "comment", ["Гроссмейстер", "kasparovfan", "Петрович", "e2e4"], _RU_MONTHS[m - 1])}<p>Чтобы оставить комментарий, <a href="/login/">войдите</a> или <a href="/register/">зарегистрируйтесь</a>.</p></div></div>'
        f'<div class="side-col"><div class="tournament-widget"><h4>Турнирная таблица</h4><table class="crosstable"><tr><th>№</th><th>Участник</th><th>Очки</th></tr>{table}</table></div></div></div>'
        f'<div class="footer"><p>© 2009–{y} {esc(c.site)}. При использовании материалов ссылка обязательна.</p></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Portuguese wine magazine


def fam_pt_wine(c: Ctx) -> FamilyOut:
    """A Portuguese wine magazine article: age gate, tasting-note boxes, ads, subscribe box."""
    blocks = body_blocks(c, 0.5, 0.25, 0.25)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")

    def note() -> str:
        c.used.append("wine-tasting-note")
        return f'<div class="nota-prova"><p class="nota-prova__vinho"><strong>{pick(c, "Quinta do Vale", "Herdade da Mata", "Casa de Santar", "Quinta da Serra")} {pick(c, "Reserva", "Grande Reserva", "Colheita", "Vinhas Velhas")} {pick(c, "Tinto", "Branco")} {c.rng.randint(2012, 2023)}</strong></p><ul><li>Região: {pick(c, "Douro", "Alentejo", "Dão", "Bairrada", "Vinho Verde")}</li><li>Castas: {pick(c, "Touriga Nacional, Tinta Roriz", "Alvarinho", "Encruzado", "Baga", "Aragonez, Trincadeira")}</li><li>Pontuação: {c.rng.randint(15, 18)},{c.rng.choice([0, 5])}</li><li>Preço: {c.rng.randint(6, 90)} €</li></ul></div>'

    parts = weave(c, parts, c.rng.randint(1, 3), note)
    if c.rng.random() < 0.5:
        c.used.append("wine-ad")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="publicidade"><span>Publicidade</span><div id="div-gpt-ad-{c.rng.randint(10**12, 10**13)}-0"></div></div>'
            ),
        )
    y, m, d = era_date(c, 2012, 2025)
    who = person(
        c, ["João", "Maria", "Nuno", "Ana", "Rui"], ["Afonso", "Silva", "Pires", "Martins", "Sousa"]
    )
    cat = pick(c, "Vinhos", "Provas", "Enoturismo", "Gastronomia", "Produtores")
    photo = ""
    if c.rng.random() < 0.7:
        c.used.append("wine-photo")
        photo = f'<figure class="artigo-foto"><img src="/uploads/{y}/{m:02d}/{hexid(c, 10)}.jpg" alt=""><figcaption>{teaser(c)} | Foto: {person(c, ["Ricardo", "Paulo"], ["Palma Veiga", "Castro"])}</figcaption></figure>'
    c.used += "wine-age-gate wine-header wine-category wine-title wine-dek wine-byline wine-share wine-subscribe wine-related wine-footer".split()
    html = (
        f'<body><div class="age-gate" id="ageGate"><p>Confirme que tem idade legal para consumir bebidas alcoólicas no seu país.</p><button>Sim, tenho mais de 18 anos</button><button>Não</button></div>'
        f'<header class="cabecalho"><a class="logo" href="/"><img src="/img/logo.svg" alt=""></a><nav><ul><li><a href="/vinhos/">Vinhos</a></li><li><a href="/provas/">Provas</a></li><li><a href="/enoturismo/">Enoturismo</a></li><li><a href="/gastronomia/">Gastronomia</a></li><li><a href="/eventos/">Eventos</a></li><li><a href="/assinaturas/">Assinaturas</a></li></ul></nav></header>'
        f'<main class="principal"><article class="artigo"><a class="artigo-categoria" href="/{slug(cat)}/">{cat}</a><h1 class="artigo-titulo">{esc(c.body.title)}</h1><p class="artigo-pos-titulo">{teaser(c)}</p><p class="artigo-autor">Texto de <strong>{who}</strong> · {d} de {_PT_MONTHS[m - 1]} de {y}</p>'
        f'{photo}<div class="artigo-corpo">{"".join(parts)}</div>'
        f'<div class="partilhar"><span>Partilhar</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div></article>'
        f'<aside class="assine"><img src="/img/capa-{y}-{c.rng.randint(1, 12):02d}.jpg" alt=""><h3>Assine a revista</h3><p>12 edições por apenas {c.rng.randint(30, 60)} €</p><a class="botao" href="/assinaturas/">Assinar</a></aside>'
        f'<section class="relacionados"><h2>Artigos relacionados</h2>{cards(c, c.rng.randint(3, 4), "relacionado")}</section></main>'
        f'<footer class="rodape"><p class="moderacao">Seja responsável. Beba com moderação.</p><p>© {y} {esc(c.site)} · <a href="/estatuto-editorial/">Estatuto editorial</a> · <a href="/privacidade/">Privacidade</a> · <a href="/contactos/">Contactos</a></p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "fr-film-critique": (fam_fr_film, "entertainment"),
    "design-mag": (fam_design_mag, "lede"),
    "de-foto-mag": (fam_de_foto, "tech"),
    "es-montana": (fam_es_montana, "sport"),
    "nl-ouders": (fam_nl_ouders, "blog"),
    "money-guide": (fam_money_guide, "business"),
    "jp-garden": (fam_jp_garden, "blog"),
    "it-pet-mag": (fam_it_pets, "news"),
    "pl-hifi": (fam_pl_hifi, "tech"),
    "cycling-news": (fam_cycling_news, "sport"),
    "chess-ru": (fam_chess_ru, "sport"),
    "pt-wine": (fam_pt_wine, "entertainment"),
}

_LANG = {
    "fr-film-critique": "fr",
    "design-mag": "en-GB",
    "de-foto-mag": "de",
    "es-montana": "es",
    "nl-ouders": "nl",
    "money-guide": "en-GB",
    "jp-garden": "ja",
    "it-pet-mag": "it",
    "pl-hifi": "pl",
    "cycling-news": "en-GB",
    "chess-ru": "ru",
    "pt-wine": "pt-PT",
}

_HEAD = {
    "fr-film-critique": '<meta name="generator" content="SPIP 4.2 GPL"><link rel="stylesheet" href="squelettes/css/spip.css" type="text/css">',
    "design-mag": '<meta name="generator" content="WordPress 6.5"><meta property="og:type" content="article">',
    "de-foto-mag": '<meta property="og:site_name" content="Foto-Magazin"><link rel="stylesheet" href="/assets/css/app.min.css">',
    "es-montana": '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><link rel="stylesheet" href="/css/estilos.css">',
    "nl-ouders": '<meta name="generator" content="WordPress 6.4"><link rel="stylesheet" href="/wp-content/themes/ouders/style.css">',
    "money-guide": '<meta name="robots" content="max-image-preview:large"><link rel="stylesheet" href="/static/css/guides.css">',
    "jp-garden": '<meta property="og:locale" content="ja_JP"><link rel="stylesheet" href="/assets/css/style.css">',
    "it-pet-mag": '<meta name="generator" content="WordPress 6.3"><script src="https://cs.iubenda.com/autoblocking/0.js"></script>',
    "pl-hifi": '<meta name="keywords" content="test, hi-fi, audio, wzmacniacz, kolumny"><link rel="stylesheet" href="/css/style.css">',
    "cycling-news": '<meta name="Generator" content="Drupal 7 (http://drupal.org)"><link rel="stylesheet" href="/sites/all/themes/roadcc/css/styles.css">',
    "chess-ru": '<meta name="keywords" content="шахматы, новости, турниры"><link rel="stylesheet" href="/css/main.css">',
    "pt-wine": '<meta property="og:locale" content="pt_PT"><link rel="stylesheet" href="/css/revista.css">',
}


def ac_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language, canonical link and platform tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 2801) -> list[Page]:
    """Set AC: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("entertainment", "tech", "sport", "business")
    return draw_set(
        "ac", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=ac_head
    )


if __name__ == "__main__":  # page_families_ac.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 2801)

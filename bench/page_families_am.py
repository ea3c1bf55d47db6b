"""Set AM of the constructed pages: 12 families of local and regional news outlets outside the
English-speaking world, each on its media group's own CMS (2012-2026), and `build_pages`.

Six families are in page_templates_am.py (a French regional daily with local editions, a
Spanish regional daily of a Vocento-like group, an Italian city news site of a Citynews-like
network, a Polish regional daily of a Polska-Press-like group, a Czech regional daily,
Deník-like, a Swedish local paper of an NTM-like group); here a Brazilian regional daily of
an RBS-like group (GZH-like), a Mexican state paper of an OEM-like chain (El Sol de ...), a
Japanese prefectural paper, a Korean local paper on the ND Soft news CMS that most Korean
local papers rent, a Turkish city paper on a TE-Bilişim-like CMS and a Marathi daily's
district edition (Lokmat-like). Written blind to digest's extraction rules; its builder never
ran digest, trafilatura, readability or bench_pages on it (session 20, helper h-setam). The
gold convention, with the decisions on paywall teasers, inline read-also lines, ad labels,
credit lines and script-only text, is in page_templates_am.py's docstring; the decisions for
this module's families, written down before they were coded:
- a Brazilian regional daily of an RBS-like group (GZH-like, Porto Alegre, 2018-2025): the
  paragraphs, subheadings, lists and quotes of `div.article-paragraphs` are article; the
  header (Notícias, Esportes, Colunistas, "Assine"), the editoria, the headline, the linha
  fina (`h2.article-support-line`, a dek), the author ("NAME", "Porto Alegre"), the dates,
  the photo with "Foto: NAME / Agência RBS" credit, "Leia também" lists, "Publicidade", the
  WhatsApp promo ("Receba as notícias no WhatsApp"), the subscribers' wall ("Conteúdo
  exclusivo para assinantes"; the body ends there), "Mais lidas" and the footer are not;
- a Mexican state paper of an OEM-like chain (El Sol de ...-like, 2015-2025): the paragraphs,
  subheadings, lists and quotes of `div.news-body` are article; the header (Local, Policiaca,
  Mundo, Deportes, Gossip, "Suscríbete"), the section, the headline, the sumario, the author
  ("NAME | El Sol de ..."), the date, the photo with "Foto: NAME | El Sol de ..." credit, the
  inline "Lee también:" lines, "Te recomendamos" and "Te puede interesar" boxes,
  "Publicidad", "Da clic aquí para recibir las noticias en WhatsApp", "Síguenos en Google
  News", the tags, "Lo más visto" and the footer (Organización Editorial) are not;
- a Japanese prefectural paper (2014-2025): the paragraphs (`p` inside `div.article-body`),
  subheadings, lists and quotes are article; the header (県内, 全国・世界, スポーツ, 地域, "会員登録",
  "ログイン"), the breadcrumb, the headline, the date ("2024年5月12日 14:05"), the photo
  with its caption ("（写真）..."), the members' wall ("この記事は会員限定です"; the body ends
  there), "関連記事", the share buttons, "アクセスランキング" and the footer (無断転載を禁じます) are
  not;
- a Korean local paper on the ND Soft CMS (2014-2025): the paragraphs of `article#article-
  view-content-div` (each a `p`), its subheadings, lists and quotes are article; the header
  (전체기사, 지역, 정치, 경제, 사회, 문화), the section line, the headline, the subtitle
  (`h2.subheading`), the info group ("기자명 NAME 기자", "입력 2024.05.12 14:05"), the share
  and font buttons, the photo with its caption, the reporter's e-mail and "저작권자 © ...
  무단전재 및 재배포 금지" line, "관련기사", "키워드", the comments ("댓글 N", "로그인"), "많이 본 뉴스"
  and the footer (청소년보호책임자, 등록번호) are not;
- a Turkish city paper on a TE-Bilişim-like CMS (2016-2025): the paragraphs, subheadings, lists
  and quotes of `div.article-text` are article; the header (Gündem, Asayiş, Ekonomi, Spor,
  Siyaset, "Son Dakika" ticker), the breadcrumb, the headline, the spot (`h2.spot`), "Muhabir:
  NAME" and dates ("Giriş: ...", "Güncelleme: ..."), the image with its caption, "Reklam"
  slots, "BUNLARI DA OKUYABİLİRSİNİZ", "Google News'te Takip Et", the comments box ("Bu habere
  henüz yorum yapılmamış"), the sidebar widgets (Nöbetçi Eczaneler, Namaz Vakitleri, Hava
  Durumu, "Çok Okunanlar") and the footer ("Yazılım: ...") are not;
- a Marathi daily's district edition (Lokmat-like, 2016-2025): the paragraphs, subheadings,
  lists and quotes of `div.article-content` are article; the header (मुख्य, महाराष्ट्र, the
  district, क्रीडा, मनोरंजन, "ई-पेपर"), the breadcrumb, the headline, the summary line
  (`h2.summary`), "By NAME | Published: ...", the photo credit, "हेही वाचा" lines,
  "जाहिरात" slots, "Web Title:" (the English title line), the tags ("Tags"), "Read in
  English" link, "लोकप्रिय" and the footer are not.

    .venv/bin/python bench/page_families_am.py PAGE_ID 3801
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks, person
from page_templates_ah import clock, most_read, paywall_cut, with_head
from page_templates_am import (
    fam_cz_denik,
    fam_es_vocento,
    fam_fr_regional,
    fam_it_citynews,
    fam_pl_regional,
    fam_se_local,
    photo_credit,
)
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

FamilyOut = tuple[str, list[Block]]
Family = Callable[[Ctx], FamilyOut]


# ---------------------------------------------------------------------------------------------
# 7. A Brazilian regional daily of an RBS-like group (GZH-like)

_BR_FIRST = ["Eduardo", "Juliana", "Rodrigo", "Carolina", "Gustavo", "Fernanda", "Leandro"]
_BR_LAST = ["Rosa", "Becker", "Schmitt", "Oliveira", "Kern", "Vargas", "Wagner"]


def fam_br_rbs(c: Ctx) -> FamilyOut:
    """A GZH-like regional daily: linha fina, Leia também, WhatsApp promo, subscribers' wall."""
    blocks, walled = paywall_cut(c, body_blocks(c, 0.35, 0.15, 0.25), 0.35, "br-wall")
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="article-subtitle">{esc(t)}</h2>')
    y, m, d = era_date(c, 2018, 2025)
    ed = pick(c, "Porto Alegre", "Segurança", "Política", "Educação", "Economia", "Geral")
    if c.rng.random() < 0.7:
        c.used.append("br-leia")

        def items() -> str:
            return "".join(
                f'<li><a href="/{slug(ed)}/noticia/{y}/{m:02d}/{slug(h)[:50]}-{hexid(c, 24)}.html">{esc(h)}</a></li>'
                for h in headlines(c, c.rng.randint(1, 3))
            )

        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="related-news"><p class="related-news__title">Leia também</p><ul>{items()}</ul></div>'
            ),
        )
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: f'<div class="ad-slot" id="banner-{hexid(c, 4)}"><span>Publicidade</span></div>',
    )
    photo = ""
    if c.rng.random() < 0.75:
        c.used.append("br-photo")
        photo = photo_credit(
            c,
            "article-image",
            f"https://www.example.com.br/img/{y}/{m:02d}/{hexid(c, 16)}.jpg",
            f"Foto: {esc(person(c, _BR_FIRST, _BR_LAST))} / Agência RBS",
        )
    wall = (
        '<div class="paywall-box"><h3>Conteúdo exclusivo para assinantes</h3><p>Assine GZ por R$ 1,90 no primeiro mês e tenha acesso ilimitado.</p><a href="/assine/">Assine agora</a> <a href="/login/">Já sou assinante</a></div>'
        if walled
        else ""
    )
    whats = '<div class="whatsapp-promo"><p>Receba as notícias mais importantes do dia no WhatsApp.</p><a href="https://whatsapp.com/channel/">Entrar no canal</a></div>'
    c.used += "br-header br-editoria br-headline br-support-line br-author br-dates br-share br-mostread br-footer".split()
    html = (
        f'<body class="article-page"><header class="header"><a class="header__logo" href="/">GZ</a><nav><a href="/ultimas-noticias/">Notícias</a> <a href="/esportes/">Esportes</a> <a href="/colunistas/">Colunistas</a> <a href="/porto-alegre/">Porto Alegre</a> <a href="/destemperados/">Gastronomia</a></nav><a class="btn-subscribe" href="/assine/">Assine</a></header>'
        f'<main><article class="article"><p class="article-hat"><a href="/{slug(ed)}/">{ed}</a></p><h1 class="article-title">{esc(c.body.title)}</h1><h2 class="article-support-line">{sentence(c)}</h2>'
        f'<div class="article-author"><span class="author-name">{esc(person(c, _BR_FIRST, _BR_LAST))}</span> <span class="author-city">Porto Alegre</span></div>'
        f'<div class="article-dates"><time>{d:02d}/{m:02d}/{y} - {clock(c)}h</time>{f" <span>Atualizada em {d:02d}/{m:02d}/{y} - {clock(c)}h</span>" if c.rng.random() < 0.5 else ""}</div>'
        f'<div class="share-bar"><a href="#">Compartilhe</a> <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a></div>{photo}'
        f'<div class="article-paragraphs">{"".join(parts)}</div>{wall}{whats if c.rng.random() < 0.6 else ""}</article>'
        f'<aside><section class="most-read"><h3>Mais lidas</h3><ol>{most_read(c, 5, "/geral/noticia/")}</ol></section></aside></main>'
        f'<footer class="footer"><p>© {y} Grupo Regional de Comunicação. Todos os direitos reservados.</p><p><a href="/termos-de-uso/">Termos de uso</a> · <a href="/privacidade/">Política de privacidade</a> · <a href="/fale-conosco/">Fale conosco</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Mexican state paper of an OEM-like chain (El Sol de ...)

_MX_FIRST = ["Alejandra", "Jesús", "Guadalupe", "Raúl", "Itzel", "Rodrigo", "Mariana"]
_MX_LAST = ["Hernández", "López", "Ramírez", "Cruz", "Morales", "Jiménez", "Sánchez"]
_MX_SUNS = [
    "El Sol de Puebla",
    "El Sol de Toluca",
    "El Sol del Bajío",
    "El Sol de Sinaloa",
    "El Sol de Durango",
]
_ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()


def fam_mx_oem(c: Ctx) -> FamilyOut:
    """An El-Sol-de-like state paper: sumario, Lee también, WhatsApp line, Google News."""
    blocks = body_blocks(c, 0.3, 0.15, 0.2)
    parts, gold = body_html(c, blocks, lambda t: f'<h2 class="news-subtitle">{esc(t)}</h2>')
    y, m, d = era_date(c, 2015, 2025)
    paper = c.rng.choice(_MX_SUNS)
    section = pick(c, "Local", "Policiaca", "Local / Municipios", "Finanzas")
    if c.rng.random() < 0.8:
        c.used.append("mx-lee")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<p class="lee-tambien"><strong>Lee también: </strong><a href="/local/{slug(h)[:50]}-{c.rng.randint(10**6, 10**7)}.html">{esc(h)}</a></p>'
                ),
            ),
        )
    if c.rng.random() < 0.5:
        c.used.append("mx-recomendamos")
        parts = weave(
            c,
            parts,
            1,
            with_head(
                c,
                lambda h: (
                    f'<div class="te-recomendamos"><span>Te recomendamos</span><a href="/local/{slug(h)[:50]}.html"><img src="/img/{hexid(c, 8)}.jpg" alt=""> {esc(h)}</a></div>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: (
            f'<div class="ad-container" id="div-gpt-ad-{hexid(c, 8)}"><span class="ad-label">Publicidad</span></div>'
        ),
    )
    photo = ""
    if c.rng.random() < 0.75:
        c.used.append("mx-photo")
        photo = photo_credit(
            c,
            "news-image",
            f"https://www.example.com.mx/doble-via/{hexid(c, 8)}-focus-0-0-1200-600.jpg",
            f"Foto: {esc(person(c, _MX_FIRST, _MX_LAST))} | {paper}",
        )
    whats = f'<p class="whatsapp-cta">📲 <a href="https://whatsapp.com/channel/">Da clic aquí para recibir las noticias de {paper} en WhatsApp</a></p>'
    gnews = '<p class="gnews-cta"><a href="https://news.google.com/publications/">Síguenos en Google News</a></p>'
    interest = "".join(
        f'<li><a href="/local/{slug(h)[:40]}.html">{esc(h)}</a></li>' for h in headlines(c, 3)
    )
    tags = " ".join(
        f'<a href="/temas/{slug(t)}">{t}</a>'
        for t in c.rng.sample(
            [
                "Ayuntamiento",
                "Seguridad",
                "Gobierno del Estado",
                "Clima",
                "Transporte público",
                "Salud",
            ],
            k=3,
        )
    )
    c.used += "mx-header mx-section mx-headline mx-summary mx-author mx-date mx-interest mx-tags mx-mostseen mx-footer".split()
    html = (
        f'<body class="news-detail"><header class="main-header"><a class="logo" href="/">{paper}</a><nav><a href="/local/">Local</a> <a href="/policiaca/">Policiaca</a> <a href="/mexico/">México</a> <a href="/mundo/">Mundo</a> <a href="/deportes/">Deportes</a> <a href="/gossip/">Gossip</a></nav><a class="subscribe" href="/suscripcion/">Suscríbete</a></header>'
        f'<main><article class="news"><p class="news-section"><a href="/local/">{section}</a></p><h1 class="news-title">{esc(c.body.title)}</h1><h2 class="news-summary">{sentence(c)}</h2>'
        f'<div class="news-byline"><span class="byline-author">{esc(person(c, _MX_FIRST, _MX_LAST))} | {paper}</span> <span class="byline-date">{d} de {_ES_MONTHS[m - 1]} de {y}</span></div>{photo}'
        f'<div class="news-body">{"".join(parts)}</div>{whats if c.rng.random() < 0.7 else ""}{gnews if c.rng.random() < 0.6 else ""}'
        f'<div class="news-tags">{tags}</div><section class="te-puede-interesar"><h3>Te puede interesar</h3><ul>{interest}</ul></section></article>'
        f'<aside><div class="mas-visto"><h3>Lo más visto</h3><ol>{most_read(c, 5, "/local/")}</ol></div></aside></main>'
        f'<footer class="main-footer"><p>Organización Editorial del Sol S.A. de C.V. Todos los derechos reservados © {y}</p><p><a href="/aviso-de-privacidad/">Aviso de privacidad</a> · <a href="/directorio/">Directorio</a> · <a href="/contacto/">Contacto</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A Japanese prefectural paper

_JP_NAMES = ["佐藤 健", "鈴木 美咲", "高橋 一郎", "渡辺 由美", "伊藤 拓也"]
_JP_PAPERS = [
    ("北陸日日新聞", "石川"),
    ("山陰中央日報", "島根"),
    ("東奥新報", "青森"),
    ("南海新聞", "高知"),
]


def fam_jp_prefectural(c: Ctx) -> FamilyOut:
    """A prefectural paper: 県内 tabs, members' wall, 関連記事, アクセスランキング."""
    blocks, walled = paywall_cut(c, body_blocks(c, 0.2, 0.1, 0.1), 0.35, "jp-members")
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2014, 2025)
    paper, pref = c.rng.choice(_JP_PAPERS)
    photo = ""
    if c.rng.random() < 0.7:
        c.used.append("jp-photo")
        photo = f'<figure class="article-photo"><img src="/images/article/{y}{m:02d}{d:02d}/{hexid(c, 10)}.jpg" alt=""><figcaption>（写真）{sentence(c)}＝{pref}県内</figcaption></figure>'
    wall = (
        '<div class="member-only"><p>この記事は会員限定です。</p><p>会員登録すると続きをお読みいただけます。</p><a href="/member/register/">会員登録（無料）</a> <a href="/member/login/">ログイン</a></div>'
        if walled
        else ""
    )
    related = "".join(
        f'<li><a href="/news/{y}{c.rng.randint(100000, 999999)}.html">{esc(h)}</a></li>'
        for h in headlines(c, c.rng.randint(2, 4))
    )
    writer = (
        f'<p class="article-writer">（{c.rng.choice(_JP_NAMES)}）</p>'
        if c.rng.random() < 0.4
        else ""
    )
    if writer:
        c.used.append("jp-writer")
    c.used += (
        "jp-header jp-crumbs jp-headline jp-date jp-share jp-related jp-ranking jp-footer".split()
    )
    html = (
        f'<body class="article"><header id="header"><a class="logo" href="/"><img src="/common/img/logo.png" alt="{paper}"></a><ul class="global-nav"><li><a href="/news/local/">県内</a></li><li><a href="/news/national/">全国・世界</a></li><li><a href="/news/sports/">スポーツ</a></li><li><a href="/news/area/">地域</a></li><li><a href="/news/culture/">文化・くらし</a></li></ul><div class="member-nav"><a href="/member/register/">会員登録</a> <a href="/member/login/">ログイン</a></div></header>'
        f'<div id="contents"><ol class="breadcrumb"><li><a href="/">トップ</a></li><li><a href="/news/local/">県内</a></li><li>記事</li></ol>'
        f'<article class="article-main"><h1 class="article-title">{esc(c.body.title)}</h1><p class="article-date">{y}年{m}月{d}日 {clock(c)}</p>'
        f'<ul class="share-buttons"><li><a href="#">X</a></li><li><a href="#">Facebook</a></li><li><a href="#">LINE</a></li><li><a href="#">はてな</a></li></ul>{photo}'
        f'<div class="article-body">{"".join(parts)}{writer}</div>{wall}'
        f'<section class="related-articles"><h2>関連記事</h2><ul>{related}</ul></section></article>'
        f'<aside class="sidebar"><section class="ranking"><h2>アクセスランキング</h2><ol>{most_read(c, 5, "/news/")}</ol></section><div class="ad-box"><span>広告</span></div></aside></div>'
        f'<footer id="footer"><ul><li><a href="/company/">会社案内</a></li><li><a href="/privacy/">個人情報保護方針</a></li><li><a href="/copyright/">著作権について</a></li><li><a href="/ad/">広告のご案内</a></li></ul><p>当サイトに掲載の記事・写真の無断転載を禁じます。Copyright © {paper} All Rights Reserved.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Korean local paper on the ND Soft news CMS

_KR_NAMES = ["김민수", "이지은", "박성호", "최유진", "정대현", "한수빈"]
_KR_PAPERS = [
    ("경남도민신문", "gndomin"),
    ("충청일보", "ccilbo"),
    ("전북중앙", "jbjungang"),
    ("강원투데이", "gwtoday"),
]


def fam_kr_ndsoft(c: Ctx) -> FamilyOut:
    """An ND Soft local paper: article-view-content-div, info group, 저작권자 line, 댓글."""
    blocks = body_blocks(c, 0.25, 0.1, 0.15)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2014, 2025)
    paper, code = c.rng.choice(_KR_PAPERS)
    name = c.rng.choice(_KR_NAMES)
    idx = c.rng.randint(100000, 999999)
    if c.rng.random() < 0.75:
        c.used.append("kr-photo")
        fig = f'<figure class="photo-layout image photo-center"><img src="/news/photo/{y}{m:02d}/{idx}_{c.rng.randint(100000, 999999)}_{c.rng.randint(1000, 9999)}.jpg" alt=""><figcaption>{sentence(c)} /사진={paper}</figcaption></figure>'
        parts = [fig, *parts] if c.rng.random() < 0.6 else weave(c, parts, 1, lambda: fig)
    sub = f'<h2 class="subheading">{sentence(c)}</h2>' if c.rng.random() < 0.6 else ""
    related = "".join(
        f'<li><a href="/news/articleView.html?idxno={c.rng.randint(100000, 999999)}">{esc(h)}</a></li>'
        for h in headlines(c, c.rng.randint(2, 4))
    )
    kw = " ".join(
        f'<a href="/news/articleList.html?sc_word={slug(t)}">#{t}</a>'
        for t in c.rng.sample(["도의회", "시청", "교육청", "지역경제", "축제", "교통"], k=3)
    )
    n = c.rng.randint(0, 4)
    comments = "".join(
        f'<li class="comment-item"><span class="nick">{pick(c, "지역주민", "ㅇㅇ", "시민", "독자")}{c.rng.randint(1, 99)}</span><p>{sentence(c)}</p></li>'
        for _ in range(n)
    )
    c.used += "kr-header kr-section kr-headline kr-infogroup kr-share kr-copyright kr-related kr-keywords kr-comments kr-mostread kr-footer".split()
    html = (
        f'<body><div id="user-wrap"><header class="user-header"><a class="logo" href="/"><img src="/image/logo/toplogo_{code}.png" alt="{paper}"></a><nav class="nav-menu"><a href="/news/articleList.html?view_type=sm">전체기사</a> <a href="/news/articleList.html?sc_section_code=S1N1">지역</a> <a href="/news/articleList.html?sc_section_code=S1N2">정치</a> <a href="/news/articleList.html?sc_section_code=S1N3">경제</a> <a href="/news/articleList.html?sc_section_code=S1N4">사회</a> <a href="/news/articleList.html?sc_section_code=S1N5">문화</a></nav></header>'
        f'<div id="user-container"><div class="float-center max-width-1080"><header class="article-view-header"><div class="info-text"><a href="#">{pick(c, "지역", "사회", "정치", "경제")}</a></div><h1 class="heading">{esc(c.body.title)}</h1>{sub}'
        f'<ul class="infomation"><li><i class="icon-user-o"></i> 기자명 {name} 기자</li><li><i class="icon-clock-o"></i> 입력 {y}.{m:02d}.{d:02d} {clock(c)}</li>{f"<li>수정 {y}.{m:02d}.{d:02d} {clock(c)}</li>" if c.rng.random() < 0.4 else ""}<li>댓글 {n}</li></ul>'
        f'<div class="share-btns"><a href="#">페이스북</a> <a href="#">카카오톡</a> <a href="#">URL복사</a> <button>글씨키우기</button> <button>프린트</button></div></header>'
        f'<div class="article-veiw-body view-page font-size17"><article id="article-view-content-div" class="article-veiw-body" itemprop="articleBody">{"".join(parts)}</article>'
        f'<div class="view-copyright">{name} 기자 {code}@example.co.kr</div><div class="view-copyright">저작권자 © {paper} 무단전재 및 재배포 금지</div></div>'
        f'<div class="view-tags">키워드 {kw}</div><section class="relation"><h2>관련기사</h2><ul>{related}</ul></section>'
        f'<section id="comments"><h2>댓글 {n}</h2><ul>{comments}</ul><p>댓글을 작성하려면 <a href="/member/login.html">로그인</a> 해주세요</p></section>'
        f'<aside class="side"><div class="auto-article"><h3>많이 본 뉴스</h3><ol>{most_read(c, 5, "/news/articleView.html?idxno=", False)}</ol></div></aside></div></div>'
        f'<footer class="user-footer"><p>제호 : {paper} · 등록번호 : 경남 아{c.rng.randint(10, 999):05d} · 발행인 · 편집인 : {c.rng.choice(_KR_NAMES)} · 청소년보호책임자 : {c.rng.choice(_KR_NAMES)}</p><p>Copyright © {y} {paper}. All rights reserved. mail to {code}@example.co.kr</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Turkish city paper on a TE-Bilişim-like CMS

_TR_FIRST = ["Mehmet", "Ayşe", "Hakan", "Elif", "Murat", "Zeynep", "Serkan"]
_TR_LAST = ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Aydın", "Öztürk"]
_TR_CITIES = ["Eskişehir", "Konya", "Samsun", "Denizli", "Manisa", "Kayseri"]


def fam_tr_city(c: Ctx) -> FamilyOut:
    """A city paper: Son Dakika ticker, spot, Reklam slots, pharmacy and prayer-time widgets."""
    blocks = body_blocks(c, 0.3, 0.15, 0.15)
    parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
    y, m, d = era_date(c, 2016, 2025)
    city = c.rng.choice(_TR_CITIES)
    paper = f"{city} {pick(c, 'Haber', 'Ekspres', 'Postası', 'Sabah')}"
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: (
            f'<div class="ad-inarticle"><span class="ad-title">Reklam</span><div id="ad-{hexid(c, 5)}"></div></div>'
        ),
    )
    if c.rng.random() < 0.6:
        c.used.append("tr-bunlari")
        parts = weave(
            c,
            parts,
            1,
            with_head(
                c,
                lambda h: (
                    f'<div class="inline-related"><strong>BUNLARI DA OKUYABİLİRSİNİZ</strong><a href="/{slug(h)[:50]}-{c.rng.randint(10000, 99999)}h.htm">{esc(h)}</a></div>'
                ),
            ),
        )
    img = ""
    if c.rng.random() < 0.8:
        c.used.append("tr-image")
        img = f'<figure class="post-image"><img src="/uploads/{y}/{m:02d}/{hexid(c, 12)}.jpg" alt="{esc(c.body.title)}"><figcaption>{sentence(c)}</figcaption></figure>'
    ticker = "".join(
        f'<li><a href="/{slug(h)[:40]}-{c.rng.randint(10000, 99999)}h.htm">{esc(h)}</a></li>'
        for h in headlines(c, 3)
    )
    pharm = "".join(
        f"<li>{pick(c, 'Şifa', 'Merkez', 'Hayat', 'Güven', 'Yeni')} Eczanesi – {pick(c, 'Odunpazarı', 'Merkez', 'Atatürk Cd.', 'Cumhuriyet Mh.')}</li>"
        for _ in range(3)
    )
    prayer = " ".join(
        f"<span>{n} {c.rng.randint(4, 21):02d}:{c.rng.randint(0, 59):02d}</span>"
        for n in ["İmsak", "Güneş", "Öğle", "İkindi", "Akşam", "Yatsı"]
    )
    upd = (
        f' <span class="updated">Güncelleme: {d:02d}.{m:02d}.{y} {clock(c)}</span>'
        if c.rng.random() < 0.5
        else ""
    )
    c.used += "tr-header tr-ticker tr-crumbs tr-headline tr-spot tr-meta tr-gnews tr-comments tr-pharmacy tr-prayer tr-weather tr-mostread tr-footer".split()
    html = (
        f'<body class="page-post"><header class="header"><a class="logo" href="/">{esc(paper)}</a><nav class="main-menu"><a href="/gundem">Gündem</a> <a href="/asayis">Asayiş</a> <a href="/ekonomi">Ekonomi</a> <a href="/spor">Spor</a> <a href="/siyaset">Siyaset</a> <a href="/yazarlar">Yazarlar</a></nav></header>'
        f'<div class="breaking-news"><strong>Son Dakika</strong><ul>{ticker}</ul></div>'
        f'<main class="container"><nav class="breadcrumb"><a href="/">Anasayfa</a> / <a href="/gundem">Gündem</a></nav><article class="post"><h1 class="post-title">{esc(c.body.title)}</h1><h2 class="spot">{sentence(c)}</h2>'
        f'<div class="post-meta"><span>Muhabir: {esc(person(c, _TR_FIRST, _TR_LAST))}</span> <span>Giriş: {d:02d}.{m:02d}.{y} {clock(c)}</span>{upd}</div>{img}'
        f'<div class="article-text">{"".join(parts)}</div><p class="gnews"><a href="https://news.google.com/publications/">Google News\'te Takip Et</a></p>'
        f'<section class="comments"><h3>Yorumlar</h3><p>Bu habere henüz yorum yapılmamış. İlk yorumu siz yapın.</p><form><textarea name="comment" placeholder="Yorumunuz"></textarea><button>Gönder</button></form></section></article>'
        f'<aside class="sidebar"><div class="widget pharmacy"><h3>Nöbetçi Eczaneler</h3><ul>{pharm}</ul></div><div class="widget prayer"><h3>Namaz Vakitleri – {city}</h3>{prayer}</div><div class="widget weather"><h3>Hava Durumu</h3><p>{city} {c.rng.randint(-5, 38)}°C</p></div>'
        f'<div class="widget most-read"><h3>Çok Okunanlar</h3><ol>{most_read(c, 5, "/")}</ol></div></aside></main>'
        f'<footer class="footer"><p>© {y} {esc(paper)} – Tüm hakları saklıdır. Sitemizde yer alan haberlerin kaynak gösterilmeden kullanılması yasaktır.</p><p><a href="/kunye">Künye</a> · <a href="/iletisim">İletişim</a> · <a href="/gizlilik">Gizlilik</a> · Yazılım: TE Yazılım</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Marathi daily's district edition (Lokmat-like)

_MR_NAMES = ["राहुल पाटील", "स्नेहा जोशी", "अमोल देशमुख", "प्रिया कुलकर्णी", "सचिन पवार"]
_MR_DISTRICTS = [
    ("जळगाव", "jalgaon"),
    ("कोल्हापूर", "kolhapur"),
    ("नाशिक", "nashik"),
    ("सोलापूर", "solapur"),
]


def fam_mr_district(c: Ctx) -> FamilyOut:
    """A Marathi district edition: हेही वाचा lines, जाहिरात slots, Web Title, Read in English."""
    blocks = body_blocks(c, 0.3, 0.15, 0.15)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2016, 2025)
    district, dslug = c.rng.choice(_MR_DISTRICTS)
    if c.rng.random() < 0.75:
        c.used.append("mr-hehi")
        parts = weave(
            c,
            parts,
            c.rng.randint(1, 2),
            with_head(
                c,
                lambda h: (
                    f'<p class="also-read"><strong>हेही वाचा:</strong> <a href="/{dslug}/{slug(h)[:50]}-a{c.rng.randint(10**8, 10**9)}/">{esc(h)}</a></p>'
                ),
            ),
        )
    parts = weave(
        c,
        parts,
        c.rng.randint(1, 2),
        lambda: '<div class="ad-block"><span class="ad-label">जाहिरात</span></div>',
    )
    photo = ""
    if c.rng.random() < 0.7:
        c.used.append("mr-photo")
        photo = f'<figure class="article-img"><img src="https://images.example.in/{y}/{m:02d}/{hexid(c, 10)}.jpg" alt=""><figcaption>{pick(c, "प्रतिकात्मक फोटो", "फोटो: लोकमत", "संग्रहित छायाचित्र")}</figcaption></figure>'
    english = (
        ""
        if c.rng.random() < 0.5
        else f'<p class="read-english"><a href="https://english.example.in/{dslug}/{slug(c.body.title)[:50]}/">Read in English</a></p>'
    )
    tags = " ".join(
        f'<a href="/topics/{t}/">{t}</a>'
        for t in c.rng.sample(
            ["Jalgaon", "Police", "Municipal Corporation", "Farmer", "Rain", "Zilla Parishad"], k=3
        )
    )
    c.used += "mr-header mr-crumbs mr-headline mr-summary mr-byline mr-webtitle mr-tags mr-popular mr-footer".split()
    html = (
        f'<body class="story-page"><header class="site-header"><a class="logo" href="/"><img src="/static/logo-mr.svg" alt="लोकवार्ता"></a><nav><a href="/">मुख्य</a> <a href="/maharashtra/">महाराष्ट्र</a> <a href="/{dslug}/">{district}</a> <a href="/sports/">क्रीडा</a> <a href="/entertainment/">मनोरंजन</a> <a href="/epaper/">ई-पेपर</a></nav></header>'
        f'<main><nav class="breadcrumb"><a href="/">मुख्य</a> › <a href="/maharashtra/">महाराष्ट्र</a> › <a href="/{dslug}/">{district}</a></nav>'
        f'<article class="story"><h1 class="story-title">{esc(c.body.title)}</h1><h2 class="summary">{sentence(c)}</h2>'
        f'<div class="byline">By {c.rng.choice(_MR_NAMES)} | Published: {pick(c, "January", "March", "May", "July", "October", "December")} {d}, {y} {clock(c)} IST</div>{photo}'
        f'<div class="article-content">{"".join(parts)}</div><p class="web-title">Web Title: {esc(c.body.title)}</p>{english}'
        f'<div class="story-tags"><span>Tags</span> {tags}</div></article>'
        f'<aside><section class="popular"><h3>लोकप्रिय</h3><ol>{most_read(c, 5, f"/{dslug}/")}</ol></section></aside></main>'
        f'<footer class="site-footer"><p>© {y} लोकवार्ता मीडिया प्रा. लि. सर्व हक्क राखीव.</p><p><a href="/about-us/">About Us</a> · <a href="/privacy-policy/">Privacy Policy</a> · <a href="/contact-us/">Contact Us</a></p></footer></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "fr-ouest-regional": (fam_fr_regional, "news"),
    "es-vocento-regional": (fam_es_vocento, "politics"),
    "it-citynews-local": (fam_it_citynews, "news"),
    "pl-polskapress-regional": (fam_pl_regional, "lede"),
    "cz-denik-regional": (fam_cz_denik, "news"),
    "se-ntm-local": (fam_se_local, "ecb"),
    "br-rbs-regional": (fam_br_rbs, "business"),
    "mx-oem-state": (fam_mx_oem, "news"),
    "jp-prefectural": (fam_jp_prefectural, "lede"),
    "kr-ndsoft-local": (fam_kr_ndsoft, "politics"),
    "tr-tebilisim-city": (fam_tr_city, "news"),
    "mr-lokmat-district": (fam_mr_district, "business"),
}

_LANG = {
    "fr-ouest-regional": "fr",
    "es-vocento-regional": "es",
    "it-citynews-local": "it",
    "pl-polskapress-regional": "pl",
    "cz-denik-regional": "cs",
    "se-ntm-local": "sv",
    "br-rbs-regional": "pt-BR",
    "mx-oem-state": "es-MX",
    "jp-prefectural": "ja",
    "kr-ndsoft-local": "ko",
    "tr-tebilisim-city": "tr",
    "mr-lokmat-district": "mr",
}

_HEAD = {
    "fr-ouest-regional": '<meta property="og:site_name" content="Ouest-Régions"><script src="https://sdk.privacy-center.org/loader.js" async></script>',
    "es-vocento-regional": '<meta name="generator" content="Vocento Eidos"><meta property="og:site_name" content="Diario regional">',
    "it-citynews-local": '<meta property="og:site_name" content="CityOggi"><link rel="stylesheet" href="https://citynews.stgy.ovh/assets/main.css">',
    "pl-polskapress-regional": '<meta property="og:site_name" content="Media Regionalne"><script src="https://s-pt.ppstatic.pl/p/js/main.js" defer></script>',
    "cz-denik-regional": '<meta property="og:site_name" content="Deník"><meta name="author" content="Krajské noviny a.s.">',
    "se-ntm-local": '<meta property="og:site_name" content="Lokaltidning"><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>',
    "br-rbs-regional": '<meta property="og:site_name" content="GZ"><meta name="theme-color" content="#0b3d91">',
    "mx-oem-state": '<meta property="og:site_name" content="El Sol"><script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
    "jp-prefectural": '<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta property="og:site_name" content="新聞">',
    "kr-ndsoft-local": '<meta name="generator" content="ND SOFT"><link rel="stylesheet" href="/css/user.css">',
    "tr-tebilisim-city": '<meta name="generator" content="TE Bilişim"><link rel="stylesheet" href="/themes/haber/css/style.css">',
    "mr-lokmat-district": '<meta property="og:site_name" content="लोकवार्ता"><link rel="alternate" hreflang="en" href="https://english.example.in/">',
}


def am_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language, canonical link, viewport and platform tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', f'lang="{lang}"', 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 3801) -> list[Page]:
    """Set AM: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics")
    return draw_set(
        "am", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=am_head
    )


if __name__ == "__main__":  # page_families_am.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 3801)

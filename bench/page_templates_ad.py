"""Set AD of the constructed pages: article and news pages made with CMSes and site builders
that sets A-AB lack, in Russian, Ukrainian, Dutch, Norwegian, Czech, German, French, Spanish,
Polish and English. Six families are here (a Tilda longread, a 1C-Bitrix news.detail page, a
DataLife Engine full story, an Umbraco grid news page, an Optimizely/Episerver municipality
news item, a Kentico portal-engine news detail); page_families_ad.py holds the other six and
`build_pages`.

Why a thirtieth set: it is session 17's blind judge, so it needs page structures the extractor
has not been checked on (none of the 341 families of sets A-AB is repeated: no Tilda, Bitrix,
DLE, Umbraco, Episerver, Kentico, Craft, Kirby, Grav, Statamic, Paragraph or Joomla 4
Cassiopeia family exists). Written in session 17 (helper h-setad) without reading digest's
extraction code, notes, docs, README, tests, any bench_*.py or the sets AC and AE written at the
same time; its builder never ran digest, trafilatura, readability or bench_pages on it. The
plumbing (Ctx, Page, draw_set, body_kinds, render) is that of sets D-AB, imported. The
non-English sites carry English bodies (the body pools are English) in their own language's
furniture.

The gold follows sets D-AB (page_templates_d.py's to _ab.py's docstrings): body paragraphs,
subheadings, lists, tables, quotes, code blocks and the dateline; never the headline,
standfirst, byline, captions, pull quotes, comments or furniture. Decisions for this module's
families, written down before the families were coded:
- a Tilda longread in Russian (Tilda Publishing, 2016-2025): the page is a column of records
  (`div#allrecords.t-records > div.r.t-rec[data-record-type]`); the paragraphs of the text
  records (`div.t-text`, often several paragraphs in one field split by `<br><br>`, as Tilda's
  editor saves them), the heading records (`div.t-title` / `div.t-name`: subheadings), the lists
  inside text records and the quote records (`div.t-quote__text`, an article quote, not a pull
  quote: it is not repeated from the body) are article; the menu record (T228, logo, links,
  "Записаться"), the cover record (title and `div.t-cover__descr`, a standfirst), the author
  record (photo, name, role), image records with their `div.t-descr` captions, the "Поделиться"
  share record, the subscribe form record ("Подпишитесь на рассылку"), the "Читайте также"
  cards record (T-feed), the footer record and the "Made on Tilda" label are not;
- a 1C-Bitrix news.detail page in Russian (a regional business portal, 2010-2025): the text of
  `div.news-detail` after the picture and date (DETAIL_TEXT: `<p>`s in the newer era, bare text
  with `<br />` in the older "text" type), with its subheadings, lists, tables and quotes, is
  article; the header (phone, "Обратный звонок"), the horizontal menu
  (`ul#horizontal-multilevel-menu`), the breadcrumb (`div.bx-breadcrumb`), the title, the
  `span.news-date-time`, the `img.detail_picture`, the "Источник:" property line, the Yandex
  share block (`div.ya-share2`), "Возврат к списку", the "Отзывы" reviews (forum.topic.reviews,
  comments), "Другие новости", the sidebar banner and the footer (© and "Работает на
  1С-Битрикс") are not;
- a DataLife Engine full story in Ukrainian (a regional news site, DLE 9-17, 2011-2025): the
  text of `div#news-id-N` inside `div.full-text` (`<br><br>` paragraphs in older stories, `<p>`
  in newer), with its bold subheadings, lists and DLE quotes (`div.quote` between
  `<!--QuoteBegin-->` comments: a quoted statement, article) is article; the header, the menu,
  the "Новини" category links, the title, the date / author / views line ("Переглядів:"), the
  rating, the `<!--dle_image_begin-->` picture with its caption, the "Теги" links, "Схожі
  новини" (related_news), the "Шановний відвідувачу" guest info box, the comments and the
  "Додати коментар" form, the calendar / archive / poll sidebar and the footer are not;
- an Umbraco news page in Dutch (a housing corporation or foundation, Umbraco 7-13 grid or
  block grid, 2014-2025): the paragraphs, subheadings, lists and quotes of the rich-text
  cells (`div.umb-grid ... div.rte` or `div.umb-block-grid__layout-item div.rte`) are article;
  the Cookiebot banner, the header (logo, "Mijn omgeving", "Zoeken"), the menu, the
  breadcrumb, the date, the title, the intro (`p.intro`, a standfirst), image cells with their
  captions, the "Deel dit bericht" share, "Meer nieuws", the newsletter box ("Meld je aan") and
  the footer (KvK-nummer) are not;
- an Optimizely / Episerver news item of a Norwegian municipality (kommune, Episerver 7 to
  Optimizely CMS 12, 2013-2025): the paragraphs, subheadings, lists, tables and quotes of the
  main body (`div.article__body`, the MainBody XhtmlString) are article; "Hopp til
  hovedinnhold", the header (logo, "Min side", "Søk", "Språk"), the menu, the breadcrumb, the
  title, the ingress (`p.article__ingress`, a standfirst), "Publisert" and "Sist endret", the
  image with its "Foto:" credit, the "Kontaktperson" box, the "Del" links, the "Var denne siden
  nyttig?" feedback, the "Andre nyheter" content-area teasers and the footer (Postadresse,
  Org.nr., "Personvernerklæring") are not;
- a Kentico portal-engine news detail in Czech (Kentico CMS 8-12 ASP.NET WebForms, 2013-2025; a
  technology company or university faculty): the paragraphs, subheadings, lists, tables and
  quotes of the news text (`div.NewsText` inside the web part zone) are article; the
  `__VIEWSTATE` form furniture, the language switch ("English"), the `ul.CMSListMenuUL` menu,
  the `CMSBreadCrumbs` path, the title, "Publikováno:" date, the perex (`div.NewsSummary`, a
  standfirst), the teaser image, "Zpět na aktuality", "Sdílet", "Související články", the
  newsletter subscription web part ("Odebírat novinky") and the footer are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_templates import Block, Ctx, esc, slug
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_p import as_list, headed
from page_templates_q import pick
from page_templates_s import body_html, era_date, quoted
from page_templates_v import clock, heads_list

FamilyOut = tuple[str, list[Block]]


def body_blocks(c: Ctx, head: float, lst: float, quote: float, kind: str = "ul") -> list[Block]:
    """The body with generic subheadings, one list (or table) and one blockquote, each by chance."""
    return quoted(c, as_list(c, headed(c, c.body.blocks, head), kind, lst), quote)


def table_html(rows: list[list[str]], cls: str = "") -> str:
    """A table block as plain rows (article)."""
    body = "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in row) + "</tr>" for row in rows)
    return f"<table{f' class={chr(34)}{cls}{chr(34)}' if cls else ''}><tbody>{body}</tbody></table>"


def br_flow(
    blocks: list[Block],
    head: Callable[[str], str],
    quote: Callable[[str], str],
    sep: str = "<br><br>",
) -> str:
    """Blocks the way WYSIWYG fields of the 2000s save them: paragraphs as bare text joined by
    `sep`, headings, lists, tables and quotes in their own markup between them."""
    out: list[str] = []
    for kind, value in blocks:
        if kind == "p":
            out.append(f"{esc(str(value))}{sep}\n")
        elif kind == "h":
            out.append(head(str(value)))
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>{''.join(f'<li>{esc(str(v))}</li>' for v in value)}</{kind}>")  # type: ignore[attr-defined]
        elif kind == "table":
            out.append(table_html(value))  # type: ignore[arg-type]
        elif kind == "quote":
            out.append(quote(str(value)))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# 1. A Tilda longread (records, t-text with <br><br>, Made on Tilda)

_RU_MONTHS = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
)


def _t_rec(c: Ctx, rtype: int | str, inner: str) -> str:
    pt, pb = c.rng.choice([15, 30, 45, 60]), c.rng.choice([15, 30, 45, 60])
    return f'<div id="rec{c.rng.randint(10**8, 10**9)}" class="r t-rec t-rec_pt_{pt} t-rec_pb_{pb}" style="padding-top:{pt}px;padding-bottom:{pb}px;" data-record-type="{rtype}"><!-- t{rtype} -->{inner}</div>'


def fam_tilda_longread(c: Ctx) -> FamilyOut:
    """A Tilda page: T228 menu, cover record, text records split by <br><br>, quote records."""
    blocks = body_blocks(c, 0.5, 0.3, 0.35)
    records: list[str] = []
    paras: list[str] = []

    def flush() -> None:
        if paras:
            records.append(
                _t_rec(
                    c,
                    106,
                    f'<div class="t106"><div class="t-container"><div class="t-col t-col_8 t-prefix_2"><div class="t-text t-text_md" field="text">{"<br><br>".join(paras)}</div></div></div></div>',
                )
            )
            paras.clear()

    for kind, value in blocks:
        if kind == "p":
            paras.append(esc(str(value)))
            if c.rng.random() < 0.35:
                flush()
        elif kind == "h":
            flush()
            records.append(
                _t_rec(
                    c,
                    pick(c, "30", "127"),
                    f'<div class="t030"><div class="t-container t-align_left"><div class="t-col t-col_8 t-prefix_2"><div class="t030__title t-title t-title_xxs" field="title">{esc(str(value))}</div></div></div></div>',
                )
            )
        elif kind in ("ul", "ol"):
            items = "".join(f"<li>{esc(str(v))}</li>" for v in value)  # type: ignore[attr-defined]
            paras.append(f"<{kind}>{items}</{kind}>")
            flush()
        elif kind == "table":
            paras.append(table_html(value))  # type: ignore[arg-type]
            flush()
        elif kind == "quote":
            flush()
            who = (
                f'<div class="t-quote__author t-uptitle t-uptitle_sm">{pick(c, "Анна Смирнова", "Илья Воронов", "Мария Ким", "Дмитрий Орлов")}</div>'
                if c.rng.random() < 0.5
                else ""
            )
            records.append(
                _t_rec(
                    c,
                    49,
                    f'<div class="t-quote"><div class="t-container"><div class="t-col t-col_8 t-prefix_2"><div class="t-quote__text t-text t-text_md" field="text">{esc(str(value))}</div>{who}</div></div></div>',
                )
            )
    flush()
    if len(records) > 2 and c.rng.random() < 0.6:
        c.used.append("tilda-image-record")
        records = weave(
            c,
            records,
            1,
            lambda: _t_rec(
                c,
                3,
                f'<div class="t107"><div class="t-align_center"><img class="t-img t-width t107__width t-width_8" src="https://static.tildacdn.com/tild{hexid(c, 4)}-{hexid(c, 4)}-{hexid(c, 4)}/photo.jpg" data-original="https://static.tildacdn.com/tild{hexid(c, 4)}/photo.jpg" imgfield="img" alt=""></div><div class="t-container"><div class="t-col t-col_8 t-prefix_2"><div class="t-descr t-descr_xxs" field="descr">{sentence(c)}</div></div></div></div>',
            ),
        )
    y, m, d = era_date(c, 2016, 2025)
    brand = pick(
        c,
        "Школа дизайна",
        "Кофейня «Зерно»",
        "Студия «Север»",
        "Фонд «Открытые двери»",
        "Агентство «Точка»",
    )
    author = ""
    if c.rng.random() < 0.6:
        c.used.append("tilda-author")
        author = _t_rec(
            c,
            396,
            f'<div class="t396"><div class="t396__artboard"><div class="t396__elem tn-elem" data-elem-type="image"><img class="tn-atom__img" src="https://static.tildacdn.com/tild{hexid(c, 4)}/avatar.jpg" alt=""></div><div class="t396__elem tn-elem" data-elem-type="text"><div class="tn-atom">{pick(c, "Текст: ", "Автор: ", "")}{pick(c, "Ольга Белова", "Кирилл Павлов", "Елена Жукова")}</div></div><div class="t396__elem tn-elem" data-elem-type="text"><div class="tn-atom">{pick(c, "главный редактор", "основатель студии", "куратор программы")}</div></div></div></div>',
        )
    feed = "".join(
        f'<li class="t-feed__post-item"><a class="t-feed__link" href="/tpost/{hexid(c, 10)}-{slug(h)[:30]}"><div class="t-feed__post-bgimg" data-original="https://static.tildacdn.com/tild{hexid(c, 4)}/cover.jpg"></div><div class="t-feed__post-title t-name t-name_xs">{esc(h)}</div></a></li>'
        for h in headlines(c, 3)
    )
    c.used += (
        "tilda-menu tilda-cover tilda-share tilda-form tilda-feed tilda-footer tilda-label".split()
    )
    cover = f'<div class="t-cover" itemscope><div class="t-cover__carrier" data-content-cover-bg="https://static.tildacdn.com/tild{hexid(c, 4)}/cover.jpg"></div><div class="t-cover__filter"></div><div class="t-container"><div class="t-width t-width_10"><div class="t-cover__wrapper t-valign_middle"><div class="t001 t-align_center"><div class="t001__uptitle t-uptitle t-uptitle_sm" field="subtitle">{d} {_RU_MONTHS[m - 1]} {y}</div><h1 class="t001__title t-title t-title_xl" field="title">{esc(c.body.title)}</h1><div class="t-cover__descr t001__descr t-descr t-descr_xl" field="descr">{sentence(c, 2)}</div></div></div></div></div></div>'
    html = (
        f'<body class="t-body" style="margin:0;"><div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="{c.rng.randint(10**5, 10**7)}" data-tilda-page-id="{c.rng.randint(10**7, 10**8)}" data-tilda-formskey="{hexid(c, 32)}" data-tilda-lazy="yes">'
        + _t_rec(
            c,
            257,
            f'<div class="t228 t228__positionfixed" data-menu="yes"><div class="t228__maincontainer"><div class="t228__leftside"><a href="/" class="t228__imgwrapper"><img class="t228__imglogo" src="https://static.tildacdn.com/tild{hexid(c, 4)}/logo.svg" alt="{brand}"></a></div><nav class="t228__centerside"><ul class="t228__list" role="menubar"><li class="t228__list_item"><a class="t-menu__link-item" href="/about">О нас</a></li><li class="t228__list_item"><a class="t-menu__link-item" href="/blog">Блог</a></li><li class="t228__list_item"><a class="t-menu__link-item" href="/contacts">Контакты</a></li></ul></nav><div class="t228__rightside"><a href="#order" class="t-btn t-btn_sm"><table role="presentation"><tr><td>{pick(c, "Записаться", "Оставить заявку", "Связаться")}</td></tr></table></a></div></div></div>',
        )
        + _t_rec(c, 1, cover)
        + author
        + "".join(records)
        + _t_rec(
            c,
            898,
            '<div class="t898"><div class="t-section__title t-title">Поделиться</div><div class="t-sociallinks"><ul><li><a href="#" data-share="vk">ВКонтакте</a></li><li><a href="#" data-share="telegram">Telegram</a></li><li><a href="#" data-share="ok">Одноклассники</a></li></ul></div></div>',
        )
        + _t_rec(
            c,
            678,
            f'<div class="t678"><div class="t-section__title t-title t-title_xs">Подпишитесь на рассылку</div><div class="t-section__descr t-descr t-descr_xl">{pick(c, "Раз в месяц присылаем лучшие материалы", "Только полезные письма, без спама")}</div><form class="t-form js-form-proccess" action="https://forms.tildacdn.com/procces/" data-formactiontype="2"><input class="t-input" type="text" name="Email" placeholder="Ваш e-mail"><button type="submit" class="t-submit">Подписаться</button><div class="t-form__bottom-text t-text t-text_xs">Нажимая на кнопку, вы даете согласие на обработку персональных данных</div></form></div>',
        )
        + _t_rec(
            c,
            915,
            f'<div class="t-feed"><div class="t-section__title t-title t-title_xs">Читайте также</div><ul class="t-feed__container">{feed}</ul></div>',
        )
        + _t_rec(
            c,
            345,
            f'<div class="t345"><div class="t345-wrapper"><div class="t345-text t-descr t-descr_xxs">© {y} {brand}. {pick(c, "Все права защищены", "Москва, ул. Пятницкая, 12", "Санкт-Петербург")}</div><div class="t345-socials"><a href="#">Telegram</a> <a href="#">VK</a></div></div></div>',
        )
        + '</div><div class="t-tildalabel" id="tildacopy" data-tilda-sign="tilda"><a href="https://tilda.cc/?upm=" class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">Made on </div><div class="t-tildalabel__wrapimg"><img src="https://static.tildacdn.com/img/tildacopy.png" class="t-tildalabel__img" alt=""></div><div class="t-tildalabel__txtright">Tilda</div></div></a></div></body></html>'
    )
    return html, blocks


# ---------------------------------------------------------------------------------------------
# 2. A 1C-Bitrix news.detail page (regional business portal)


def fam_bitrix_news(c: Ctx) -> FamilyOut:
    """A Bitrix news.detail: horizontal-multilevel-menu, news-date-time, DETAIL_TEXT, ya-share2."""
    blocks = body_blocks(c, 0.3, 0.3, 0.25, pick(c, "ul", "table"))
    y, m, d = era_date(c, 2010, 2025)
    if y < 2016 and c.rng.random() < 0.6:
        c.used.append("bitrix-text-type")
        text = br_flow(
            blocks,
            lambda t: f"<b>{esc(t)}</b><br />\n",
            lambda t: f"<blockquote>{esc(t)}</blockquote>",
            "<br />\n<br />\n",
        )
        gold = blocks
    else:
        parts, gold = body_html(c, blocks, lambda t: f"<h3>{esc(t)}</h3>")
        text = "".join(parts)
    city = pick(c, "Екатеринбург", "Новосибирск", "Казань", "Самара", "Пермь", "Тюмень")
    portal = pick(c, "Деловой квартал", "Бизнес-Регион", "Экономика города", "ПромВестник")
    pic = ""
    if c.rng.random() < 0.7:
        c.used.append("bitrix-detail-picture")
        pic = f'<img class="detail_picture" border="0" src="/upload/iblock/{hexid(c, 3)}/{hexid(c, 32)}.jpg" width="{c.rng.choice([600, 740, 800])}" height="{c.rng.choice([400, 450, 500])}" alt="{esc(c.body.title)}" title="{esc(c.body.title)}">'
    source = ""
    if c.rng.random() < 0.5:
        c.used.append("bitrix-source")
        source = f'<div class="news-detail-property">Источник:&nbsp;{pick(c, "пресс-служба компании", "РИА Новости", "ТАСС", "Интерфакс")}</div>'
    reviews = ""
    nrev = c.rng.randint(0, 3)
    if nrev:
        c.used.append("bitrix-reviews")
        reviews = (
            '<div class="reviews-block-container"><h3>Отзывы</h3>'
            + "".join(
                f'<div class="reviews-post-table"><div class="reviews-post-info"><b>{pick(c, "Сергей", "Наталья", "Гость", "Андрей К.")}</b> <span class="reviews-post-date">{min(28, d + 1):02d}.{m:02d}.{y} {clock(c)}</span></div><div class="reviews-text">{sentence(c)}</div></div>'
                for _ in range(nrev)
            )
            + '<form class="reviews-form"><textarea name="REVIEW_TEXT"></textarea><input type="submit" value="Отправить"></form></div>'
        )
    c.used += "bitrix-header bitrix-menu bitrix-breadcrumb bitrix-title bitrix-date bitrix-share bitrix-back bitrix-other-news bitrix-banner bitrix-footer".split()
    html = (
        f'<body><div id="panel"></div><div class="wrapper"><div id="header"><div class="header-logo"><a href="/"><img src="/bitrix/templates/portal/images/logo.png" alt="{portal}"></a><span class="slogan">{portal} — новости бизнеса, {city}</span></div><div class="header-contacts"><span class="phone">+7 ({c.rng.randint(300, 499)}) {c.rng.randint(200, 399)}-{c.rng.randint(10, 99)}-{c.rng.randint(10, 99)}</span> <a href="#callback" class="callback">Обратный звонок</a></div>'
        f'<form action="/search/index.php" class="search-form"><input type="text" name="q" placeholder="Поиск по сайту"><input name="s" type="submit" value="Найти"></form></div>'
        f'<ul id="horizontal-multilevel-menu"><li><a href="/news/" class="root-item-selected">Новости</a></li><li><a href="/analytics/" class="root-item">Аналитика</a></li><li><a href="/companies/" class="root-item">Компании</a></li><li><a href="/events/" class="root-item">События</a></li><li><a href="/advert/" class="root-item">Реклама</a></li></ul><div class="menu-clear-left"></div>'
        f'<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><div class="bx-breadcrumb-item" id="bx_breadcrumb_0"><a href="/" itemprop="item"><span itemprop="name">Главная</span></a></div><i class="fa fa-angle-right"></i><div class="bx-breadcrumb-item" id="bx_breadcrumb_1"><a href="/news/" itemprop="item"><span itemprop="name">Новости</span></a></div><i class="fa fa-angle-right"></i><div class="bx-breadcrumb-item"><span>{esc(c.body.title[:40])}</span></div></div>'
        f'<div class="workarea"><div class="content-left"><h1>{esc(c.body.title)}</h1>'
        f'<div class="news-detail">{pic}<span class="news-date-time">{d:02d}.{m:02d}.{y}</span>{text}<div style="clear:both"></div><br />{source}'
        f'<div class="news-detail-share"><noindex><div class="ya-share2" data-services="vkontakte,odnoklassniki,telegram,whatsapp" data-size="s"><span>Поделиться:</span> <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a> <a href="#">WhatsApp</a></div></noindex></div></div>'
        f'<p><a href="/news/">Возврат к списку</a></p>{reviews}'
        f'<div class="news-list other-news"><h3>Другие новости</h3><ul>{heads_list(c, c.rng.randint(3, 5), "/news/")}</ul></div></div>'
        f'<div class="content-right"><div class="banner"><a href="/bitrix/rk.php?id={c.rng.randint(1, 99)}"><img src="/upload/rk/{hexid(c, 3)}/banner_240x400.gif" alt="Реклама"></a></div><div class="sidebar-block"><h4>Популярное</h4><ul>{heads_list(c, 3, "/news/")}</ul></div></div></div>'
        f'<div id="footer"><div class="copyright">© 2008–{y} «{portal}». При использовании материалов ссылка на сайт обязательна. 18+</div><div class="counters"><a href="https://metrika.yandex.ru">Яндекс.Метрика</a></div><div class="bitrix-copy"><a href="https://www.1c-bitrix.ru/">Работает на «1С-Битрикс: Управление сайтом»</a></div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. A DataLife Engine full story (Ukrainian regional news)

_UA_MONTHS = (
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split()
)


def _dle_quote(t: str) -> str:
    return f'<!--QuoteBegin--><div class="quote"><!--QuoteEBegin-->{esc(t)}<!--QuoteEnd--></div><!--QuoteEEnd-->'


def fam_dle_story(c: Ctx) -> FamilyOut:
    """A DLE fullstory: news-id div, QuoteBegin quotes, guest info box, related_news, comments."""
    blocks = body_blocks(c, 0.3, 0.3, 0.4)
    y, m, d = era_date(c, 2011, 2025)
    nid = c.rng.randint(1000, 90000)
    if y < 2018:
        c.used.append("dle-br-text")
        text = br_flow(blocks, lambda t: f"<b>{esc(t)}</b><br>", _dle_quote)
    else:
        text = "".join(
            _dle_quote(str(b[1]))
            if b[0] == "quote"
            else body_html(c, [b], lambda t: f"<p><b>{esc(t)}</b></p>")[0][0]
            for b in blocks
        )
    if c.rng.random() < 0.6:
        c.used.append("dle-image")
        img = f'<div style="text-align:center;"><!--dle_image_begin:/uploads/posts/{y}-{m:02d}/{hexid(c, 10)}.jpg|--><img src="/uploads/posts/{y}-{m:02d}/{hexid(c, 10)}.jpg" style="max-width:100%;" alt=""><!--dle_image_end--></div>'
        if c.rng.random() < 0.5:
            img += f'<div style="text-align:center;"><i>{pick(c, "Фото: ", "Фото ілюстративне: ", "Джерело фото: ")}{pick(c, "пресслужба ОДА", "Facebook", "УНІАН", "соцмережі")}</i></div>'
        text = img + text
    city = pick(c, "Полтава", "Вінниця", "Черкаси", "Житомир", "Рівне", "Тернопіль")
    site = pick(
        c, "Новини Полтавщини", "Вінницькі вісті", "Черкаський край", "Житомир.info", "Рівне Медіа"
    )
    ncom = c.rng.randint(0, 4)
    comments = "".join(
        f'<div id="comment-id-{c.rng.randint(1000, 99999)}"><div class="comment"><div class="com-info"><b>{pick(c, "Олег", "гість", "Natalka", "Петро_В", "читач")}</b> <span class="com-date">{min(28, d + 1)} {_UA_MONTHS[m - 1]} {y} {clock(c)}</span></div><div class="com-text"><div id="comm-id-{c.rng.randint(1000, 99999)}">{sentence(c)}</div></div><div class="com-links"><a href="#">Відповісти</a> <a href="#">Цитувати</a></div></div></div>'
        for _ in range(ncom)
    )
    tags = ", ".join(
        f'<a href="/tags/{t}/">{t}</a>'
        for t in c.rng.sample(["новини", city, "область", "громада", "економіка", "суспільство"], 3)
    )
    c.used += "dle-header dle-menu dle-category dle-title dle-info dle-rating dle-tags dle-related dle-guest-box dle-comments dle-add-comment dle-sidebar dle-footer".split()
    html = (
        f'<body><div class="wrap"><header class="header"><a class="logo" href="/"><img src="/templates/{slug(site)[:10]}/images/logo.png" alt="{site}"></a><div class="header-date">{city}, {d} {_UA_MONTHS[m - 1]} {y}</div><form method="post" class="search"><input type="hidden" name="do" value="search"><input type="hidden" name="subaction" value="search"><input name="story" type="text" placeholder="Пошук..."><button type="submit">Знайти</button></form><div class="login"><a href="/index.php?do=register">Реєстрація</a> | <a href="#">Вхід</a></div></header>'
        f'<nav class="topmenu"><ul><li><a href="/">Головна</a></li><li><a href="/news/">Новини</a></li><li><a href="/polityka/">Політика</a></li><li><a href="/ekonomika/">Економіка</a></li><li><a href="/sport/">Спорт</a></li><li><a href="/kultura/">Культура</a></li><li><a href="/index.php?do=feedback">Контакти</a></li></ul></nav>'
        f'<div class="main"><div id="dle-content"><article class="full-story"><div class="full-cat"><a href="/news/">Новини</a> » <a href="/news/{pick(c, "region", "misto", "ekonomika")}/">{pick(c, "Регіон", "Місто", "Економіка", "Суспільство")}</a></div><h1 class="full-title">{esc(c.body.title)}</h1>'
        f'<div class="full-info"><span class="date"><i class="icon-time"></i> {pick(c, "Сьогодні", "Вчора", f"{d:02d}-{m:02d}-{y}")}, {clock(c)}</span> <span class="author"><i class="icon-user"></i> <a onclick="ShowProfile(\'admin\', \'/user/admin/\', \'0\'); return false;" href="/user/{pick(c, "admin", "redaktor", "news")}/">{pick(c, "admin", "redaktor", "news")}</a></span> <span class="views">Переглядів: {c.rng.randint(40, 9000)}</span> <span class="comm">Коментарі: {ncom}</span></div>'
        f'<div class="full-text"><div id="news-id-{nid}" style="display:inline;">{text}</div></div>'
        f'<div class="full-rating"><div id="ratig-layer-{nid}"><div class="rating"><ul class="unit-rating"><li class="current-rating" style="width:{c.rng.randint(0, 100)}%;">{c.rng.randint(0, 100)}</li><li><a href="#" title="Погано" class="r1-unit">1</a></li><li><a href="#" class="r5-unit">5</a></li></ul></div></div></div>'
        f'<div class="full-tags"><span>Теги:</span> <span class="tags_link">{tags}</span></div></article>'
        f'<div class="related"><h3>Схожі новини</h3><ul>{heads_list(c, c.rng.randint(3, 5), "/news/")}</ul></div>'
        f'<div class="berrors">Шановний відвідувачу, Ви зайшли на сайт як незареєстрований користувач.<br>Ми рекомендуємо Вам <a href="/index.php?do=register">зареєструватися</a> або зайти на сайт під своїм іменем.</div>'
        f'<div class="comments"><h3>Коментарі ({ncom})</h3><div id="dle-ajax-comments"></div>{comments}</div>'
        f'<div class="addcomment"><h3>Додати коментар</h3><form method="post" name="dle-comments-form" id="dle-comments-form"><input type="text" name="name" placeholder="Ваше ім\'я"><textarea name="comments" id="comments"></textarea><div class="captcha"><img src="/engine/modules/antibot/antibot.php" alt="Включіть цю картинку для відображення коду безпеки"></div><button type="submit">Надіслати</button></form></div></div></div>'
        f'<aside class="sidebar"><div class="block"><h4>Календар</h4><table id="calendar" class="calendar"><tr><th colspan="7" class="monthselect">{_UA_MONTHS[m - 1]} {y}</th></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr></table></div><div class="block"><h4>Архів новин</h4><a href="/{y}/{m:02d}/">{_UA_MONTHS[m - 1]} {y}</a></div><div class="block"><h4>Опитування</h4><div id="vote-layer"><p>{pick(c, "Чи задоволені ви роботою громади?", "Як ви оцінюєте стан доріг?")}</p><label><input type="radio" name="vote"> Так</label> <label><input type="radio" name="vote"> Ні</label></div></div></aside>'
        f'<footer class="footer"><p>© 2011–{y} {site}. Усі права захищені. При використанні матеріалів посилання на сайт обов\'язкове.</p><p><a href="/index.php?do=feedback">Зворотний зв\'язок</a> | <a href="/reklama.html">Реклама</a></p></footer></div></body></html>'
    )
    return html, blocks


# ---------------------------------------------------------------------------------------------
# 4. An Umbraco news page (Dutch housing corporation or foundation; grid or block grid)

_NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()


def fam_umbraco_news(c: Ctx) -> FamilyOut:
    """An Umbraco news page: Cookiebot, p.intro, grid rows of div.rte cells, Deel dit bericht."""
    blocks = body_blocks(c, 0.35, 0.3, 0.3)
    y, m, d = era_date(c, 2014, 2025)
    grid = y < 2022 or c.rng.random() < 0.3
    c.used.append("umb-grid" if grid else "umb-block-grid")
    n = len(blocks)
    cuts = sorted(c.rng.sample(range(1, n), k=min(n - 1, c.rng.randint(0, 2)))) if n > 1 else []
    cells, gold = [], []
    for a, b in zip([0, *cuts], [*cuts, n], strict=True):
        parts, g = body_html(c, blocks[a:b], lambda t: f"<h2>{esc(t)}</h2>")
        cells.append("".join(parts))
        gold += g
    org = pick(
        c,
        "Woonstichting De Hoven",
        "Stichting Mooiwonen",
        "Fonds Cultuurparticipatie",
        "Woonbron Zuid",
        "Stichting Leefbaar Dorp",
    )

    def image() -> str:
        c.used.append("umb-image")
        return f'<figure class="image-block"><img src="/media/{hexid(c, 8)}/{slug(org)[:12]}-{c.rng.randint(1, 40)}.jpg?width=1200&amp;height=675&amp;rnd={c.rng.randint(10**17, 10**18)}" alt=""><figcaption>{sentence(c)}</figcaption></figure>'

    if grid:
        rows = [
            f'<div class="row clearfix"><div class="col-md-{pick(c, "12", "8")} column"><div><div class="rte">{cell}</div></div></div></div>'
            for cell in cells
        ]
        if len(rows) > 1 and c.rng.random() < 0.6:
            rows = weave(
                c,
                rows,
                1,
                lambda: (
                    f'<div class="row clearfix"><div class="col-md-12 column"><div>{image()}</div></div></div>'
                ),
            )
        body = f'<div class="umb-grid"><div class="grid-section"><div><div class="container">{"".join(rows)}</div></div></div></div>'
    else:
        items = [
            f'<div class="umb-block-grid__layout-item" data-content-element-type-alias="richTextBlock" data-col-span="12" data-row-span="1"><div class="rte">{cell}</div></div>'
            for cell in cells
        ]
        if len(items) > 1 and c.rng.random() < 0.6:
            items = weave(
                c,
                items,
                1,
                lambda: (
                    f'<div class="umb-block-grid__layout-item" data-content-element-type-alias="imageBlock" data-col-span="12">{image()}</div>'
                ),
            )
        body = f'<div class="umb-block-grid" data-grid-columns="12"><div class="umb-block-grid__layout-container">{"".join(items)}</div></div>'
    news = "".join(
        f'<li class="news-card"><a href="/nieuws/{slug(h)[:40]}/"><span class="news-card__date">{min(28, d + k)} {_NL_MONTHS[m - 1]} {y}</span><span class="news-card__title">{esc(h)}</span></a></li>'
        for k, h in enumerate(headlines(c, 3), 1)
    )
    c.used += "umb-cookiebot umb-header umb-menu umb-breadcrumb umb-date umb-title umb-intro umb-share umb-more-news umb-newsletter umb-footer".split()
    html = (
        f'<body class="newsItem"><div id="CybotCookiebotDialog" class="CybotCookiebotDialogActive" role="dialog"><div id="CybotCookiebotDialogBodyContentTitle">Deze website gebruikt cookies</div><div id="CybotCookiebotDialogBodyContentText">We gebruiken cookies om content te personaliseren en om ons websiteverkeer te analyseren.</div><a id="CybotCookiebotDialogBodyButtonAccept" href="#">Alle cookies toestaan</a> <a href="#">Alleen noodzakelijke</a></div>'
        f'<a class="skiplink" href="#main">Direct naar de inhoud</a><header class="header"><div class="container"><a class="header__logo" href="/"><img src="/media/{hexid(c, 8)}/logo.svg" alt="{org}"></a><ul class="header__service"><li><a href="/mijn-omgeving/">Mijn omgeving</a></li><li><a href="/contact/">Contact</a></li><li><a href="/zoeken/">Zoeken</a></li></ul></div>'
        f'<nav class="main-nav"><ul><li><a href="/huren/">{pick(c, "Huren", "Projecten", "Aanvragen")}</a></li><li><a href="/wonen/">{pick(c, "Wonen", "Programma", "Subsidies")}</a></li><li><a href="/over-ons/">Over ons</a></li><li class="active"><a href="/nieuws/">Nieuws</a></li></ul></nav></header>'
        f'<main id="main"><div class="container"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/nieuws/">Nieuws</a></li><li class="active">{esc(c.body.title[:40])}</li></ol>'
        f'<article class="news-detail"><span class="news-detail__date">{d} {_NL_MONTHS[m - 1]} {y}</span><h1>{esc(c.body.title)}</h1><p class="intro">{sentence(c, 2)}</p>{body}'
        f'<div class="share"><span>Deel dit bericht</span> <a href="https://www.linkedin.com/shareArticle?url=#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="mailto:?subject=">E-mail</a></div></article>'
        f'<section class="more-news"><h2>Meer nieuws</h2><ul class="news-cards">{news}</ul><a class="btn" href="/nieuws/">Bekijk al het nieuws</a></section>'
        f'<section class="newsletter-block"><h2>Blijf op de hoogte</h2><p>Meld je aan voor onze nieuwsbrief en ontvang het laatste nieuws in je mailbox.</p><form action="/umbraco/surface/newsletter/subscribe" method="post"><input type="email" placeholder="E-mailadres"><button>Aanmelden</button><input name="__RequestVerificationToken" type="hidden" value="CfDJ8{hexid(c, 30)}"></form></section></div></main>'
        f'<footer class="footer"><div class="container"><div class="footer__col"><h3>{org}</h3><p>Postbus {c.rng.randint(100, 9999)}<br>{c.rng.randint(1000, 9999)} {pick(c, "AB", "CD", "KL", "RS")} {pick(c, "Utrecht", "Zwolle", "Arnhem", "Leiden", "Breda")}</p></div><div class="footer__col"><p>KvK-nummer {c.rng.randint(10**7, 10**8 - 1)}</p><ul><li><a href="/privacy/">Privacyverklaring</a></li><li><a href="/cookies/">Cookieverklaring</a></li><li><a href="/toegankelijkheid/">Toegankelijkheid</a></li></ul></div></div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 5. An Optimizely / Episerver news item of a Norwegian municipality

_NO_MONTHS = (
    "januar februar mars april mai juni juli august september oktober november desember".split()
)


def fam_episerver_kommune(c: Ctx) -> FamilyOut:
    """An Episerver kommune news item: ingress, MainBody, Kontaktperson, Var denne siden nyttig?"""
    blocks = body_blocks(c, 0.35, 0.3, 0.3, pick(c, "ul", "ol", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    kommune = pick(c, "Bærum", "Tromsø", "Drammen", "Fredrikstad", "Bodø", "Ålesund", "Lillehammer")
    y, m, d = era_date(c, 2013, 2025)
    img = ""
    if c.rng.random() < 0.6:
        c.used.append("epi-image")
        img = f'<figure class="article__image"><img src="/globalassets/nyheter/{y}/{hexid(c, 8)}.jpg?width=960&amp;mode=crop" alt=""><figcaption>{sentence(c)} <span class="credit">Foto: {pick(c, "Kari Nordmann", "Ole Hansen", f"{kommune} kommune", "NTB")}</span></figcaption></figure>'
    edited = (
        f'<span class="article__updated">Sist endret {min(28, d + c.rng.randint(0, 3))}.{m:02d}.{y}</span>'
        if c.rng.random() < 0.5
        else ""
    )
    contact = ""
    if c.rng.random() < 0.7:
        c.used.append("epi-contact")
        contact = f'<div class="contact-block"><h2>Kontaktperson</h2><p class="contact-block__name">{pick(c, "Ingrid", "Lars", "Marte", "Henrik", "Sigrid")} {pick(c, "Berg", "Johansen", "Haugen", "Solberg", "Dahl")}</p><p>{pick(c, "kommunalsjef", "enhetsleder", "kommunikasjonsrådgiver")}</p><p>Telefon: <a href="tel:+47{c.rng.randint(10**7, 10**8 - 1)}">{c.rng.randint(400, 999)} {c.rng.randint(10, 99)} {c.rng.randint(100, 999)}</a></p></div>'
    teasers = "".join(
        f'<div class="block newsteaserblock col-md-4"><a class="teaser" href="/nyheter/{slug(h)[:40]}/"><span class="teaser__date">{min(28, d + k)}. {_NO_MONTHS[m - 1]} {y}</span><h3 class="teaser__title">{esc(h)}</h3></a></div>'
        for k, h in enumerate(headlines(c, 3), 1)
    )
    c.used += "epi-skip epi-header epi-menu epi-breadcrumb epi-title epi-ingress epi-published epi-share epi-feedback epi-teasers epi-footer".split()
    html = (
        f'<body class="articlepage"><a class="skip-link" href="#main-content">Hopp til hovedinnhold</a><header class="site-header"><div class="container"><a class="site-header__logo" href="/"><img src="/Static/gfx/{slug(kommune)}-kommune-logo.svg" alt="{kommune} kommune"></a><ul class="site-header__tools"><li><a href="/min-side/">Min side</a></li><li><a href="/sok/">Søk</a></li><li><a href="/en/">Språk / Language</a></li></ul></div>'
        f'<nav class="main-menu" aria-label="Hovedmeny"><ul><li><a href="/helse-og-omsorg/">Helse og omsorg</a></li><li><a href="/barnehage-og-skole/">Barnehage og skole</a></li><li><a href="/bygg-og-eiendom/">Bygg, kart og eiendom</a></li><li><a href="/kultur-idrett-fritid/">Kultur, idrett og fritid</a></li><li><a href="/politikk/">Politikk og organisasjon</a></li></ul></nav></header>'
        f'<main id="main-content"><div class="container"><nav class="breadcrumbs" aria-label="Brødsmulesti"><ol><li><a href="/">Forside</a></li><li><a href="/nyheter/">Nyheter</a></li><li aria-current="page">{esc(c.body.title[:40])}</li></ol></nav>'
        f'<article class="article"><h1 class="article__title">{esc(c.body.title)}</h1><p class="article__ingress">{sentence(c, 2)}</p><div class="article__meta"><span class="article__published">Publisert {d}. {_NO_MONTHS[m - 1]} {y}</span> {edited}</div>{img}'
        f'<div class="article__body">{"".join(parts)}</div>{contact}'
        f'<div class="share-links"><span>Del:</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="mailto:?subject=">E-post</a></div></article>'
        f'<div class="feedback-block"><h2>Var denne siden nyttig?</h2><button>Ja</button> <button>Nei</button></div>'
        f'<section class="content-area"><h2>Andre nyheter</h2><div class="row">{teasers}</div></section></div></main>'
        f'<footer class="site-footer"><div class="container"><div class="site-footer__col"><h2>{kommune} kommune</h2><p>Postadresse: Postboks {c.rng.randint(1, 900)}, {c.rng.randint(1000, 9999)} {kommune}</p><p>Sentralbord: {c.rng.randint(10, 99)} {c.rng.randint(10, 99)} {c.rng.randint(10, 99)} {c.rng.randint(10, 99)}</p><p>Org.nr. {c.rng.randint(9 * 10**8, 10**9 - 1)}</p></div><ul class="site-footer__links"><li><a href="/personvern/">Personvernerklæring</a></li><li><a href="/tilgjengelighet/">Tilgjengelighetserklæring</a></li><li><a href="/informasjonskapsler/">Informasjonskapsler</a></li></ul></div></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 6. A Kentico portal-engine news detail (Czech)


def fam_kentico_news(c: Ctx) -> FamilyOut:
    """A Kentico news detail: VIEWSTATE form, CMSListMenuUL, CMSBreadCrumbs, NewsSummary, NewsText."""
    blocks = body_blocks(c, 0.3, 0.3, 0.2, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2013, 2025)
    org = pick(
        c,
        "Fakulta informatiky",
        "TechSoft a.s.",
        "Ústav fyziky materiálů",
        "DataBrno s.r.o.",
        "Vysoká škola technická",
    )
    zone = f"p_lt_ctl0{c.rng.randint(1, 4)}_pageplaceholder_p_lt_ctl0{c.rng.randint(0, 3)}"
    teaser = ""
    if c.rng.random() < 0.6:
        c.used.append("kentico-teaser")
        teaser = f'<div class="NewsTeaser"><img src="/getattachment/{hexid(c, 8)}-{hexid(c, 4)}-{hexid(c, 4)}/{slug(c.body.title)[:20]}.aspx?width=800" alt="{esc(c.body.title)}"></div>'
    related = ""
    if c.rng.random() < 0.7:
        c.used.append("kentico-related")
        related = f'<div class="RelatedArticles"><h3>Související články</h3><ul>{heads_list(c, c.rng.randint(2, 4), "/Aktuality/")}</ul></div>'
    menu = "".join(
        f'<li class="CMSListMenuLI{"highlighted" if t == "Aktuality" else ""}"><a class="CMSListMenuLink{"highlighted" if t == "Aktuality" else ""}" href="/{slug(t)}">{t}</a></li>'
        for t in [
            "O nás",
            pick(c, "Studium", "Produkty"),
            pick(c, "Věda a výzkum", "Služby"),
            "Aktuality",
            "Kontakty",
        ]
    )
    c.used += "kentico-form kentico-lang kentico-menu kentico-breadcrumbs kentico-title kentico-date kentico-summary kentico-back kentico-share kentico-newsletter kentico-footer".split()
    html = (
        f'<body class="LTR Safari Chrome ENCZ ContentBody"><form method="post" action="/Aktuality/{y}/{slug(c.body.title)[:30]}" id="form"><div class="aspNetHidden"><input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="{hexid(c, 40)}"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMT{hexid(c, 30)}"></div>'
        f'<div id="header"><a href="/" class="logo"><img src="/App_Themes/Default/Images/logo.png" alt="{org}"></a><div class="lang"><a href="/en/News">English</a></div><div id="p_lt_ctl00_SmartSearchBox_pnlSearch" class="searchBox"><label for="p_lt_ctl00_SmartSearchBox_txtWord" class="hidden">Hledat:</label><input name="p$lt$ctl00$SmartSearchBox$txtWord" type="text" id="p_lt_ctl00_SmartSearchBox_txtWord" class="form-control"><input type="submit" value="Hledat" class="btn btn-default"></div></div>'
        f'<div id="menu"><ul id="menuElem" class="CMSListMenuUL">{menu}</ul></div>'
        f'<div class="breadcrumbs"><a href="/" class="CMSBreadCrumbsLink">Úvod</a> <span class="separator">&gt;</span> <a href="/Aktuality" class="CMSBreadCrumbsLink">Aktuality</a> <span class="separator">&gt;</span> <span class="CMSBreadCrumbsCurrentItem">{esc(c.body.title[:40])}</span></div>'
        f'<div id="{zone}_pnlZone" class="zoneContent"><div class="NewsDetail"><h1 class="NewsTitle">{esc(c.body.title)}</h1><div class="NewsDate">Publikováno: {d}. {m}. {y}</div>'
        f'<div class="NewsSummary"><p>{sentence(c, 2)}</p></div>{teaser}<div class="NewsText">{"".join(parts)}</div></div>'
        f'<div class="NewsFooter"><a href="/Aktuality" class="back">« Zpět na aktuality</a><div class="share">Sdílet: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">X</a></div></div>{related}</div>'
        f'<div id="p_lt_ctl05_NewsletterSubscription_pnlSubscription" class="NewsletterSubscription"><h3>Odebírat novinky</h3><label for="p_lt_ctl05_NewsletterSubscription_txtEmail">E-mail:</label><input name="p$lt$ctl05$NewsletterSubscription$txtEmail" type="text"><input type="submit" value="Přihlásit k odběru"></div>'
        f'<div id="footer"><p>© {y} {org} · {pick(c, "Botanická 68a, Brno", "Technická 2, Praha 6", "Kounicova 10, Brno")}</p><ul><li><a href="/Prohlaseni-o-pristupnosti">Prohlášení o přístupnosti</a></li><li><a href="/Ochrana-osobnich-udaju">Ochrana osobních údajů</a></li><li><a href="/Mapa-stranek">Mapa stránek</a></li></ul></div></form></body></html>'
    )
    return html, gold

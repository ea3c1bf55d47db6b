"""Set Q of the constructed pages: 12 families of page structures, and `build_pages`.

Six families are in page_templates_q.py (a Hacker-News-like item page, a Quora-like answer
page, a YouTube-like watch page's description, a Telegram channel's web preview, a
Stack-Exchange-like question page, a GitLab-like issue page); here a Naver-like Korean blog
post (SmartEditor ONE), a note.com-like Japanese article, a Habr-like Russian tech article, a
Goodreads-like review page, a Steam-like game news post and a Meetup-like event page. The
three non-English sites carry English bodies (the body pools are English) in their own
language's furniture. Written blind to digest's extraction rules and frozen before anyone ran
digest on it; its builder never ran digest, trafilatura, readability or bench_pages on it
(session 12, helper h-setq). The gold convention is in page_templates_q.py's docstring; the
decisions for this module's families, written down before they were coded:
- a Naver-like blog post (SmartEditor ONE, `div.se-main-container`): the text components'
  paragraphs (`p.se-text-paragraph` spans; the empty zero-width paragraphs between them carry
  no text) and the section-title components are article, and so is the text of a quotation
  component made of a body paragraph; the blog header and menu, the category line, the
  document-title component (title, nickname, date), the image components with their
  `se-caption`, the sticker components, "공감" / "댓글" counts, the "이웃추가" button, the
  tag list, "이 블로그 인기글", the category post list and the footer are not;
- a note.com-like Japanese article (`div.note-common-styles__textnote-body`): the paragraphs
  and subheadings (each `<p name=... id=...>`, `<h3>`), lists and the text of the blockquotes
  are article; the header, the title, the creator row (name, "フォロー"), the date, the eye
  catch image, figures with captions, the hashtag list, the "スキ" count, "この記事が気に
  入ったらサポートをしてみませんか？" support box, the magazine card, the creator profile
  card at the end, "おすすめ" cards and the footer are not;
- a Habr-like Russian tech article (`div.article-formatted-body`): the paragraphs,
  subheadings, lists, tables and code blocks are article; the header, the author line and
  time, "Время на прочтение", "Охват и читатели", the hub list, the title, the "Tutorial"
  label, tags and hubs under the article, the voting / bookmark / comment counters, the
  author card (Карма, Рейтинг, a bio sentence), the comments (their bodies in the same
  `article-formatted-body` markup), the sidebar ("Читают сейчас", "Вакансии", "Ближайшие
  события") and the footer are not;
- a Goodreads-like review page (`/review/show/N`): the review text (`section.ReviewText` >
  `span.Formatted`, paragraphs joined by `<br><br>`) is article; the book card (cover, title,
  author, average rating, the book's description: several sentences in the sidebar, not the
  review), the reviewer card (name, N reviews, N followers), the star rating and "it was
  amazing", the shelves line, "Read N", likes and comments, the comment list, "More reviews by
  X", "Readers also enjoyed" and the footer are not;
- a Steam-like game news post (an event page from a game's news hub): the body's paragraphs
  (`p.bb_paragraph`), subheadings (`div.bb_h2`) and lists (`ul.bb_ul`) in
  `div.EventDetailsBody` are article; the global header, the game's banner and "Add to Cart"
  price box, the event type ("Patch Notes", "News", "Major Update"), the title, date, the
  header image, the "Rate up / Rate down / N comments" bar, the comment thread
  (`commentthread_comment_text`), "Read more news from" the game, "Recent events" and the
  Valve-like footer with its legal text are not;
- a Meetup-like event page: the event's "Details" text (`div#event-details div.break-words`
  paragraphs, subheadings as bold paragraphs, lists) is article; the title, the host row
  ("Hosted by X"), the group card (name, rating, "Public group"), the date / time / location
  card with "How to find us", the attendee list ("Attendees (N)" with names and roles), the
  photos, "Related topics" chips, "Similar events nearby", the sticky "Attend" bar with price
  and spots left and the footer are not.

    .venv/bin/python bench/page_families_q.py PAGE_ID 1601
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
from page_templates_l import day, render
from page_templates_p import as_list, headed
from page_templates_q import (
    count,
    fam_gitlab_issue,
    fam_hn_item,
    fam_quora_answer,
    fam_se_question,
    fam_telegram,
    fam_youtube,
    items,
    paras,
    pick,
    user,
)

Family = Callable[[Ctx], tuple[str, list[Block]]]
FamilyOut = tuple[str, list[Block]]


# ---------------------------------------------------------------------------------------------
# 7. A Naver-like Korean blog post (SmartEditor ONE)


def _se(kind: str, inner: str) -> str:
    return f'<div class="se-component se-{kind} se-l-default"><div class="se-component-content"><div class="se-section se-section-{kind} se-l-default">{inner}</div></div></div>'


def _se_text(c: Ctx, text: str) -> str:
    empty = '<p class="se-text-paragraph se-text-paragraph-align-left" style=""><span class="se-fs- se-ff-" id="SE-x">\u200b</span></p>'
    span = f'<span class="se-fs-{pick(c, "", "fs15", "fs16")} se-ff-{pick(c, "", "nanumgothic", "system")}">{text}</span>'
    para = f'<p class="se-text-paragraph se-text-paragraph-align-{pick(c, "left", "left", "justify")}" style="">{span}</p>'
    inner = para + (empty if c.rng.random() < 0.6 else "")
    return _se("text", f'<div class="se-module se-module-text">{inner}</div>')


def _naver_image(c: Ctx) -> str:
    c.used.append("naver-image")
    cap = (
        f'<div class="se-module se-module-text se-caption"><p class="se-text-paragraph"><span>{sentence(c)}</span></p></div>'
        if c.rng.random() < 0.6
        else ""
    )
    return _se(
        "image",
        f'<div class="se-module se-module-image"><a class="se-module-image-link __se_image_link __se_link" data-linktype="img"><img src="https://postfiles.pstatic.net/{hexid(c, 20)}/IMG_{c.rng.randint(1000, 9999)}.jpg?type=w773" alt="" class="se-image-resource egjs-visible"></a></div>{cap}',
    )


def _naver_sticker(c: Ctx) -> str:
    c.used.append("naver-sticker")
    return _se(
        "sticker",
        f'<div class="se-module se-module-sticker"><img src="https://storep-phinf.pstatic.net/ogq_{hexid(c, 12)}/original_{c.rng.randint(1, 24)}.png?type=p100_100" alt="" class="se-sticker-image"></div>',
    )


def fam_naver(c: Ctx) -> FamilyOut:
    """A Naver-like blog post: SmartEditor ONE components, stickers, 공감 / 댓글 bar."""
    blocks = [b for b in headed(c, c.body.blocks, 0.4) if b[0] in ("p", "h")]
    quoted = (
        c.rng.choice([i for i, b in enumerate(blocks) if b[0] == "p"][1:] or [-1])
        if c.rng.random() < 0.5
        else -1
    )
    parts: list[str] = []
    for i, (kind, value) in enumerate(blocks):
        text = esc(str(value))
        if kind == "h":
            parts.append(
                _se(
                    "sectionTitle",
                    f'<div class="se-module se-module-text"><p class="se-text-paragraph"><span class="se-fs-fs24">{text}</span></p></div>',
                )
            )
        elif i == quoted:
            c.used.append("naver-quotation")
            parts.append(
                _se(
                    "quotation",
                    f'<blockquote class="se-quotation-container"><div class="se-module se-module-text se-quote"><p class="se-text-paragraph"><span>{text}</span></p></div></blockquote>',
                )
            )
        else:
            parts.append(_se_text(c, text))
    body = weave(
        c,
        parts,
        c.rng.randint(1, 3),
        lambda: _naver_image(c) if c.rng.random() < 0.7 else _naver_sticker(c),
    )
    nick = pick(c, "하늘바람", "여행하는곰", "daily_note", "책읽는밤", "커피한잔")
    blog_id = user(c)
    cat = pick(c, "일상", "여행", "경제 이야기", "책 리뷰", "뉴스 정리")
    title = _se(
        "documentTitle",
        f'<div class="se-module se-module-text se-title-text"><p class="se-text-paragraph"><span>{esc(c.body.title)}</span></p></div><div class="blog2_container"><span class="nick"><a href="/{blog_id}">{nick}</a></span><span class="se_publishDate pcol2">{c.rng.randint(2019, 2025)}. {c.rng.randint(1, 12)}. {c.rng.randint(1, 28)}. {c.rng.randint(0, 23)}:{c.rng.randint(0, 59):02d}</span><a class="btn_follow" href="#">이웃추가</a></div>',
    )
    tags = "".join(
        f'<a href="/PostList.naver?tag={t}" class="item pcol2 itemTagfont"><span class="ell">#{t}</span></a>'
        for t in c.rng.sample(["일상", "정보", "뉴스", "경제", "여행", "리뷰", "추천", "블로그"], 4)
    )
    popular = "".join(
        f'<li><a href="/{blog_id}/{c.rng.randint(10**11, 10**12)}" class="title">{esc(h)}</a><span class="date">{day(c)}</span></li>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    rows = "".join(
        f'<tr><td><a href="#">{esc(h)}</a></td><td class="date">{day(c)}</td></tr>'
        for h in headlines(c, 3)
    )
    c.used += "naver-header naver-menu naver-category naver-title naver-like naver-comments naver-follow naver-tags naver-popular naver-postlist naver-footer".split()
    html = (
        f'<body class="se_body"><div id="whole-border"><div id="whole-body"><div id="blog-header"><h1 class="blog-title"><a href="/{blog_id}">{nick}의 블로그</a></h1><p class="blog-desc">{pick(c, "소소한 하루 기록", "읽고 쓰고 걷는 사람", "경제와 일상 사이")}</p></div>'
        f'<div id="blog-menu" class="blog-menu"><ul><li><a href="/{blog_id}">블로그</a></li><li><a href="/PostList.naver?blogId={blog_id}&amp;categoryNo=0">전체글 보기</a></li><li><a href="/prologue/{blog_id}">프롤로그</a></li><li><a href="/guestbook/{blog_id}">안부</a></li></ul></div>'
        f'<div id="postListBody"><div class="post _post_wrap _param(1)" id="post-view{c.rng.randint(10**11, 10**12)}"><div class="post-top"><div class="blog2_series"><a class="pcol2" href="/PostList.naver?categoryNo={c.rng.randint(1, 30)}">{cat}</a></div></div>'
        f'<div class="se-viewer se-theme-default" lang="ko-KR"><div class="se-main-container">{title}{"".join(body)}</div></div>'
        f'<div class="post_tag"><div class="wrap_tag">{tags}</div></div>'
        f'<div class="area_sympathy"><a class="u_likeit_list_btn _button" href="#"><span class="u_ico"></span><em class="u_txt">공감</em><em class="u_cnt _count">{c.rng.randint(1, 300)}</em></a></div><div class="area_comment"><a class="btn_comment pcol2" href="#"><span class="ico"></span>댓글 <em id="commentCount">{c.rng.randint(0, 60)}</em></a></div></div></div>'
        f'<div class="popular-posts"><h3 class="title">이 블로그 인기글</h3><ul>{popular}</ul></div>'
        f'<div class="category-list"><h3>{cat} 카테고리 글</h3><table class="blog2_list"><tbody>{rows}</tbody></table></div>'
        f'<div id="footer" class="footer"><p>이 블로그의 저작권은 작성자에게 있습니다.</p><a href="https://blog.{c.site}">NAVER 블로그</a></div></div></div></body></html>'
    )
    return html, [(k, v) for k, v in blocks]


# ---------------------------------------------------------------------------------------------
# 8. A note.com-like Japanese article


def fam_note(c: Ctx) -> FamilyOut:
    """A note.com-like article: <p name id> paragraphs, hashtags, スキ, support box."""

    def nid() -> str:
        return f"{hexid(c, 8)}-{hexid(c, 4)}-{hexid(c, 4)}-{hexid(c, 4)}-{hexid(c, 12)}"

    parts: list[str] = []
    gold: list[Block] = []
    for block in as_list(c, headed(c, c.body.blocks, 0.4), "ul", 0.3):
        if block[0] == "p":
            u = nid()
            parts.append(f'<p name="{u}" id="{u}">{esc(str(block[1]))}</p>')
            gold.append(block)
        elif block[0] == "h":
            u = nid()
            parts.append(f'<h3 name="{u}" id="{u}">{esc(str(block[1]))}</h3>')
            gold.append(block)
        else:
            h, g = render(c, [block], lambda t: f"<h3>{esc(t)}</h3>")
            parts += h
            gold += g

    def figure() -> str:
        c.used.append("note-figure")
        u = nid()
        return f'<figure name="{u}" id="{u}"><img src="https://assets.st-note.com/img/{c.rng.randint(10**12, 10**13)}-{hexid(c, 10)}.png?width=1200" alt="画像" width="620" height="349"><figcaption>{sentence(c)}</figcaption></figure>'

    body = weave(c, parts, c.rng.randint(0, 2), figure)
    who = pick(c, "山田 花子", "佐藤けんじ", "tanaka_note", "みどり｜編集者", "コバヤシ")
    urlname = user(c)
    tags = "".join(
        f'<a class="a-tag__link" href="/hashtag/{t}"><div class="a-tag__label">#{t}</div></a>'
        for t in c.rng.sample(
            ["ニュース", "経済", "仕事", "読書", "考察", "エッセイ", "社会", "海外"],
            c.rng.randint(2, 5),
        )
    )
    recs = "".join(
        f'<div class="m-largeNoteWrapper"><a href="/{user(c)}/n/n{hexid(c, 12)}"><h3 class="m-noteBodyTitle__title">{esc(h)}</h3></a><div class="o-largeNoteSummary__userName">{pick(c, "編集部", "ゆう", "Kenta", "はるか")}</div><span class="m-noteSkiCount">{c.rng.randint(1, 900)}</span></div>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    c.used += "note-header note-title note-creator note-date note-eyecatch note-hashtags note-like note-support note-magazine note-profile note-recommend note-footer".split()
    html = (
        f'<body><div id="__nuxt"><div id="__layout"><div class="o-noteLayout"><header class="o-globalHeader"><a class="o-globalHeader__logo" href="/">note</a><div class="o-globalHeader__search"><input placeholder="キーワードやクリエイターで検索"></div><a class="a-button" href="/login">ログイン</a><a class="a-button a-button--primary" href="/signup">会員登録</a></header>'
        f'<main class="o-noteContentLayout"><div class="o-noteContentHeader"><div class="o-noteEyecatch"><img src="https://assets.st-note.com/production/uploads/images/{c.rng.randint(10**7, 10**8)}/rectangle_large_type_2_{hexid(c, 32)}.png?width=1200" alt="見出し画像"></div><h1 class="o-noteContentHeader__title">{esc(c.body.title)}</h1>'
        f'<div class="o-noteContentHeader__info"><a class="o-noteContentHeader__name" href="/{urlname}">{who}</a><button class="a-button o-followButton">フォロー</button><div class="o-noteContentHeader__date"><time datetime="{iso(c)}">{day(c)}</time></div></div></div>'
        f'<div class="note-common-styles__textnote-body" data-name="body">{"".join(body)}</div>'
        f'<div class="o-noteContentFooter"><div class="m-tagList">{tags}</div><div class="o-noteLikeV3"><button class="o-noteLikeV3__iconButton" aria-label="スキ"></button><span class="o-noteLikeV3__count">{c.rng.randint(1, 3000)}</span></div>'
        f'<div class="o-supportBox"><p class="o-supportBox__text">この記事が気に入ったらサポートをしてみませんか？</p><button class="a-button">サポート</button></div>'
        f'<div class="m-magazineCard"><span class="m-magazineCard__label">この記事が含まれているマガジン</span><a href="/{urlname}/m/m{hexid(c, 12)}">{pick(c, "日々のメモ", "仕事について", "読んだ本", "ニュースを読む")}</a><span>{c.rng.randint(3, 400)}本</span></div>'
        f'<div class="o-creatorProfile"><a href="/{urlname}">{who}</a><p class="o-creatorProfile__description">{pick(c, "会社員。週末に書いています。", "編集者。ニュースと本の話。", "東京在住。ときどき海外。")}</p><button class="a-button o-followButton">フォロー</button></div></div></main>'
        f'<section class="o-recommendNotes"><h2>おすすめ</h2>{recs}</section>'
        f'<footer class="o-footer"><ul><li><a href="/about">noteについて</a></li><li><a href="/terms">ご利用規約</a></li><li><a href="/privacy">プライバシーポリシー</a></li><li><a href="/help">ヘルプセンター</a></li></ul><p>© note inc.</p></footer></div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. A Habr-like Russian tech article


def _habr_comment(c: Ctx) -> str:
    c.used.append("habr-comment")
    who = user(c)
    body = "".join(f"<p>{sentence(c, c.rng.randint(1, 3))}</p>" for _ in range(c.rng.randint(1, 3)))
    return f'<section class="tm-comment-thread"><article class="tm-comment-thread__comment"><div class="tm-comment"><header class="tm-comment__header"><a href="/ru/users/{who}/" class="tm-user-info__username">{who}</a><a class="tm-comment-thread__comment-link" href="#comment_{c.rng.randint(10**7, 10**8)}"><time datetime="{iso(c)}">{day(c)}</time></a></header><div class="tm-comment__body-content"><div xmlns="http://www.w3.org/1999/xhtml" class="article-formatted-body article-formatted-body article-formatted-body_version-2">{body}</div></div><div class="tm-comment-footer"><button class="tm-comment-footer__button">Ответить</button><span class="tm-votes-meter__value">{c.rng.randint(-3, 40)}</span></div></div></article></section>'


def fam_habr(c: Ctx) -> FamilyOut:
    """A Habr-like article: article-formatted-body, hubs, karma card, comments alike."""
    parts, gold = render(
        c, as_list(c, headed(c, c.body.blocks, 0.5), "ul", 0.4), lambda t: f"<h2>{esc(t)}</h2>"
    )
    who = user(c)
    hubs = c.rng.sample(
        [
            "Программирование",
            "Python",
            "Анализ и проектирование систем",
            "Научно-популярное",
            "IT-инфраструктура",
            "Экономика в IT",
            "Информационная безопасность",
            "Управление проектами",
        ],
        3,
    )
    hub_links = "".join(
        f'<span class="tm-publication-hub__link-container"><a href="/ru/hubs/{slug(h)}/" class="tm-publication-hub__link"><span>{h}</span><span title="Профильный хаб" class="tm-article-snippet__profiled-hub">*</span></a></span>'
        for h in hubs
    )
    comments = "".join(_habr_comment(c) for _ in range(c.rng.randint(2, 6)))
    read_now = "".join(
        f'<li class="tm-article-card"><a href="/ru/articles/{c.rng.randint(700000, 900000)}/" class="tm-article-card__title">{esc(h)}</a><span class="tm-icon-counter__value">{count(c, 500, 40000)}</span></li>'
        for h in headlines(c, c.rng.randint(4, 6))
    )
    c.used += "habr-header habr-author-line habr-reading-time habr-reach habr-hubs habr-title habr-tags habr-votes habr-author-card habr-comments habr-sidebar habr-footer".split()
    label = (
        '<div class="tm-article-labels"><span class="tm-article-label">Туториал</span></div>'
        if c.rng.random() < 0.3
        else ""
    )
    html = (
        f'<body><div id="app"><div class="tm-layout__wrapper"><header class="tm-header"><div class="tm-page-width"><a class="tm-header__logo" href="/ru/feed/">Хабр</a><nav class="tm-main-menu"><a href="/ru/articles/">Статьи</a><a href="/ru/news/">Новости</a><a href="/ru/hubs/">Хабы</a><a href="/ru/companies/">Компании</a><a href="/ru/users/">Авторы</a><a href="/ru/sandbox/">Песочница</a></nav><a class="tm-header-user-menu__login" href="/kek/v1/auth/habrahabr/">Войти</a></div></header>'
        f'<div class="tm-page__wrapper"><main class="tm-layout__container"><div class="tm-page-article__body"><article class="tm-article-presenter__content tm-article-presenter__content_narrow"><div class="tm-article-presenter__header"><div class="tm-article-snippet tm-article-snippet">'
        f'<div class="tm-article-snippet__meta-container"><div class="tm-article-snippet__meta"><span class="tm-user-info tm-article-snippet__author"><a href="/ru/users/{who}/" class="tm-user-info__userpic"><img src="https://habrastorage.org/getpro/habr/avatars/{hexid(c, 32)}.png" alt=""></a><span class="tm-user-info__user"><a href="/ru/users/{who}/" class="tm-user-info__username">{who}</a></span></span><span class="tm-article-datetime-published"><time datetime="{iso(c)}">{c.rng.randint(1, 28)} {pick(c, "янв", "мар", "мая", "сен", "ноя")} {c.rng.randint(2019, 2025)} в {c.rng.randint(0, 23)}:{c.rng.randint(0, 59):02d}</time></span></div></div>'
        f'<h1 lang="ru" class="tm-title tm-title_h1" data-test-id="articleTitle"><span>{esc(c.body.title)}</span></h1><div class="tm-article-snippet__stats"><div class="tm-article-complexity">{pick(c, "Простой", "Средний", "Сложный")}</div><div class="tm-article-reading-time"><span class="tm-article-reading-time__label">Время на прочтение {c.rng.randint(3, 25)} мин</span></div><span class="tm-icon-counter tm-data-icons__item"><span class="tm-icon-counter__value">{count(c, 800, 90000)}</span></span><a href="#" class="tm-article-reach">Охват и читатели</a></div>'
        f'<div class="tm-publication-hubs__container"><div class="tm-publication-hubs">{hub_links}</div></div>{label}</div></div>'
        f'<div id="post-content-body"><div><div xmlns="http://www.w3.org/1999/xhtml" class="article-formatted-body article-formatted-body article-formatted-body_version-2">{"".join(parts)}</div></div></div>'
        f'<div class="tm-article-presenter__meta"><div class="tm-separated-list tm-article-presenter__meta-list"><span class="tm-separated-list__title">Теги:</span><ul class="tm-separated-list__list">{"".join(f"<li class=tm-separated-list__item><a href=/ru/search/>{t}</a></li>" for t in c.rng.sample(["python", "архитектура", "devops", "аналитика", "open source", "данные"], 3))}</ul></div><div class="tm-separated-list tm-article-presenter__meta-list"><span class="tm-separated-list__title">Хабы:</span><ul class="tm-separated-list__list">{"".join(f"<li class=tm-separated-list__item><a href=/ru/hubs/>{h}</a></li>" for h in hubs)}</ul></div></div></article>'
        f'<div class="tm-article-sticky-panel"><div class="tm-votes-meter"><span class="tm-votes-meter__value tm-votes-meter__value_positive">+{c.rng.randint(1, 120)}</span></div><button class="bookmarks-button"><span class="bookmarks-button__counter">{c.rng.randint(1, 400)}</span></button><a class="tm-article-comments-counter-link" href="#comments"><span class="tm-article-comments-counter-link__value">Комментарии {c.rng.randint(2, 200)}</span></a></div>'
        f'<div class="tm-article-author"><div class="tm-user-card"><a href="/ru/users/{who}/" class="tm-user-card__title">{who}</a><div class="tm-karma__votes">{c.rng.randint(1, 300)}</div><div class="tm-karma__text">Карма</div><div class="tm-rating__counter">{c.rng.randint(1, 500)}.{c.rng.randint(1, 9)}</div><div class="tm-rating__text">Рейтинг</div><p class="tm-user-card__short-info">{pick(c, "Backend-разработчик", "Системный аналитик", "Инженер данных", "Тимлид")} @{brand(c)}</p></div></div>'
        f'<div class="tm-comments-wrapper"><div id="comments" class="tm-comments"><h2 class="tm-comments-wrapper__title">Комментарии</h2>{comments}</div></div></div></main>'
        f'<aside class="tm-layout__sidebar"><div class="tm-block"><h3 class="tm-block__title">Читают сейчас</h3><ul>{read_now}</ul></div><div class="tm-block"><h3 class="tm-block__title">Вакансии</h3><p>{pick(c, "Python-разработчик", "Аналитик данных", "DevOps-инженер")} · {brand(c)} · от {c.rng.randint(150, 400)} 000 ₽</p></div><div class="tm-block"><h3 class="tm-block__title">Ближайшие события</h3><p>{c.rng.randint(1, 28)} {pick(c, "марта", "апреля", "октября")} · Онлайн · {brand(c)} Meetup</p></div></aside></div>'
        f'<footer class="tm-footer"><div class="tm-footer__container"><a href="/ru/docs/help/">Помощь</a><a href="/ru/docs/help/rules/">Правила</a><a href="/ru/feedback/">Техническая поддержка</a><span class="tm-footer__copyright">© 2006–{c.rng.randint(2024, 2026)}, Habr</span></div></footer></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Goodreads-like review page


def fam_goodreads(c: Ctx) -> FamilyOut:
    """A Goodreads-like review page: br-joined review text, the book's long description."""
    gold = paras(c.body.blocks)
    text = "<br><br>".join(esc(str(v)) for _, v in gold)
    reviewer = c.rng.choice(PEOPLE)
    author = c.rng.choice(PEOPLE)
    book = esc(headlines(c, 1)[0][:50])
    stars = c.rng.randint(2, 5)
    words = {2: "it was ok", 3: "liked it", 4: "really liked it", 5: "it was amazing"}[stars]
    comments = "".join(
        f'<article class="Comment"><div class="Comment__header"><a href="/user/show/{c.rng.randint(10**6, 10**8)}">{c.rng.choice(PEOPLE)}</a> <span class="Text__subdued">{day(c)}</span></div><div class="Comment__body"><span class="Formatted">{sentence(c, c.rng.randint(1, 2))}</span></div></article>'
        for _ in range(c.rng.randint(0, 4))
    )
    more = "".join(
        f'<li class="ReviewCard"><a href="/book/show/{c.rng.randint(10**5, 10**7)}">{esc(h[:50])}</a><span class="RatingStars" aria-label="Rating {c.rng.randint(1, 5)} out of 5"></span><span class="Formatted">{sentence(c)}</span></li>'
        for h in headlines(c, c.rng.randint(2, 4))
    )
    also = "".join(
        f'<div class="BookCard"><a href="/book/show/{c.rng.randint(10**5, 10**7)}"><img src="https://images.gr-assets.com/books/{hexid(c, 10)}.jpg" alt=""><span class="BookCard__title">{esc(h[:50])}</span></a><span class="BookCard__author">{c.rng.choice(PEOPLE)}</span></div>'
        for h in headlines(c, c.rng.randint(3, 6))
    )
    c.used += "gr-header gr-book-card gr-book-description gr-reviewer gr-rating gr-shelves gr-likes gr-comments gr-more-reviews gr-also-enjoyed gr-footer".split()
    html = (
        f'<body><div class="PageFrame"><header class="SiteHeader"><a class="SiteHeader__logo" href="/">goodreads</a><nav><a href="/">Home</a><a href="/review/list">My Books</a><a href="/book">Browse</a><a href="/group">Community</a></nav><form action="/search"><input placeholder="Search books"></form><a href="/user/sign_in">Sign in</a><a href="/user/sign_up">Join</a></header>'
        f'<main class="PageFrame__main ReviewPage"><aside class="ReviewPage__book"><div class="BookCard BookCard--large"><img class="ResponsiveImage" src="https://images.gr-assets.com/books/{c.rng.randint(10**9, 10**10)}l/{c.rng.randint(10**5, 10**7)}.jpg" alt="{book}"><h2 class="Text Text__title2"><a href="/book/show/{c.rng.randint(10**5, 10**7)}">{book}</a></h2><h3 class="Text Text__title3">by <a class="ContributorLink" href="/author/show/{c.rng.randint(10**3, 10**6)}">{author}</a></h3><div class="RatingStatistics"><span class="RatingStatistics__rating">{c.rng.randint(30, 47) / 10}</span> · {count(c, 100, 90000)} ratings · {count(c, 10, 9000)} reviews</div>'
        f'<div class="BookPageMetadataSection__description"><div class="TruncatedContent"><div class="TruncatedContent__text TruncatedContent__text--large"><span class="Formatted">{sentence(c, c.rng.randint(3, 5))}</span></div><button class="Button Button--link">Show more</button></div></div><div class="BookDetails"><p>{c.rng.randint(180, 640)} pages, Hardcover</p><p>First published {day(c)}</p></div></div></aside>'
        f'<section class="ReviewPage__review"><article class="ReviewCard"><div class="ReviewerProfile"><a href="/user/show/{c.rng.randint(10**6, 10**8)}-{slug(reviewer)}" class="ReviewerProfile__name">{reviewer}</a><span class="ReviewerProfile__meta">{c.rng.randint(10, 2000)} reviews · {count(c, 5, 90000)} followers</span><button class="Button Button--secondary">Follow</button></div>'
        f'<div class="ReviewCard__content"><div class="ShelfStatus"><span class="RatingStars RatingStars__small" aria-label="Rating {stars} out of 5" role="img">{"★" * stars}{"☆" * (5 - stars)}</span> <span class="Text Text__body3">{words}</span></div><div class="ReviewCard__row"><span class="Text Text__body3"><a href="/review/show/{c.rng.randint(10**9, 10**10)}">{day(c)}</a></span></div>'
        f'<section class="ReviewText"><div class="TruncatedContent"><div class="TruncatedContent__text"><section class="ReviewText__content"><span class="Formatted">{text}</span></section></div></div></section>'
        f'<div class="ReviewCard__tags"><span class="Text__subdued">Shelves:</span> <a href="/review/list?shelf=read">read</a>, <a href="/review/list?shelf={c.rng.randint(2019, 2025)}">{c.rng.randint(2019, 2025)}</a>, <a href="/review/list?shelf=nonfiction">nonfiction</a></div><div class="ReviewCard__row">Read {day(c)}</div>'
        f'<footer class="SocialFooter"><div class="SocialFooter__statsContainer"><span>{c.rng.randint(0, 900)} likes</span> · <span>{c.rng.randint(0, 40)} comments</span></div><div class="SocialFooter__actionButtons"><button>Like</button><button>Comment</button></div></footer></div></article>'
        f'<section class="CommentsList"><h3>Comments</h3>{comments}<textarea placeholder="Write a comment"></textarea></section>'
        f'<section class="MoreReviews"><h3>More reviews by {reviewer}</h3><ul>{more}</ul></section><section class="Carousel"><h3>Readers also enjoyed</h3>{also}</section></section></main>'
        f'<footer class="SiteFooter"><div><h3>Company</h3><a href="/about/us">About us</a> <a href="/jobs">Careers</a> <a href="/about/terms">Terms</a> <a href="/about/privacy">Privacy</a></div><div><h3>Work with us</h3><a href="/author/program">Authors</a> <a href="/advertisers">Advertise</a></div><p>© {c.rng.randint(2024, 2026)} Goodreads, Inc.</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. A Steam-like game news post


def _steam_comment(c: Ctx) -> str:
    c.used.append("steam-comment")
    return f'<div class="commentthread_comment responsive_body_text" id="comment_{c.rng.randint(10**15, 10**16)}"><div class="commentthread_comment_avatar playerAvatar {pick(c, "online", "offline", "in-game")}"><a href="/id/{user(c)}"><img src="https://avatars.akamai.steamstatic.com/{hexid(c, 40)}.jpg" alt=""></a></div><div class="commentthread_comment_content"><div class="commentthread_comment_author"><a class="hoverunderline commentthread_author_link" href="/id/{user(c)}"><bdi>{user(c)}</bdi></a><span class="commentthread_comment_timestamp" title="{iso(c)}">{c.rng.randint(1, 23)} hours ago</span></div><div class="commentthread_comment_text">{sentence(c, c.rng.randint(1, 2))}</div></div></div>'


def fam_steam(c: Ctx) -> FamilyOut:
    """A Steam-like game news event: bb_paragraph body, store box, comment thread."""
    blocks = as_list(c, headed(c, c.body.blocks, 0.5), "ul", 0.5)
    parts: list[str] = []
    gold: list[Block] = []
    for kind, value in blocks:
        if kind == "p":
            parts.append(f'<p class="bb_paragraph">{esc(str(value))}</p>')
        elif kind == "h":
            parts.append(f'<div class="bb_h2">{esc(str(value))}</div>')
        elif kind == "ul":
            parts.append(
                '<ul class="bb_ul">'
                + "".join(f"<li>{esc(str(v))}</li>" for v in items(value))
                + "</ul>"
            )
        else:
            continue
        gold.append((kind, value))
    img = f'<p class="bb_paragraph"><img src="https://clan.akamai.steamstatic.com/images/{c.rng.randint(10**7, 10**8)}/{hexid(c, 40)}.png"></p>'
    body = weave(c, parts, c.rng.randint(0, 2), lambda: img)
    game = f"{brand(c)} {pick(c, 'Tactics', 'Frontier', 'Legends', 'Simulator', 'Odyssey', 'Kart')}"
    appid = c.rng.randint(200000, 3000000)
    etype = pick(
        c, "Patch Notes", "News", "Major Update", "Regular Update", "Small Update / Patch Notes"
    )
    recent = "".join(
        f'<div class="partnereventdisplay_PartnerEventRow"><span class="eventtype">{pick(c, "NEWS", "PATCH NOTES", "EVENT")}</span><a href="/news/app/{appid}/view/{c.rng.randint(10**17, 10**18)}">{esc(h)}</a><span class="date">{day(c)}</span></div>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    comments = "".join(_steam_comment(c) for _ in range(c.rng.randint(2, 7)))
    price = f"{c.rng.randint(4, 59)}.99"
    c.used += "steam-header steam-banner steam-store-box steam-event-type steam-date steam-header-image steam-rate steam-comments steam-more-news steam-footer".split()
    html = (
        f'<body class="v6 responsive_page"><div class="responsive_page_frame with_header"><div id="global_header"><div class="content"><div class="logo"><a href="https://store.{c.site}/">STEAM</a></div><div class="supernav_container"><a class="menuitem supernav" href="https://store.{c.site}/">STORE</a><a class="menuitem supernav" href="https://steamcommunity.{c.site}/">COMMUNITY</a><a class="menuitem" href="https://help.{c.site}/">SUPPORT</a></div><div id="global_actions"><a class="global_action_link" href="/login">login</a> | <a class="global_action_link" href="/language">language</a></div></div></div>'
        f'<div class="responsive_page_content"><div class="apphub_HomeHeaderContent"><div class="apphub_AppName">{game}</div><div class="apphub_OtherSiteInfo"><a class="btnv6_blue_hoverfade btn_medium" href="https://store.{c.site}/app/{appid}"><span>Store Page</span></a></div></div>'
        f'<div class="partnereventwebrowembed_EventDetailsPage"><div class="eventbbcodeparser_EventBanner"><img src="https://clan.akamai.steamstatic.com/images/{c.rng.randint(10**7, 10**8)}/{hexid(c, 40)}.jpg" alt=""></div>'
        f'<div class="partnereventshared_EventDetails"><div class="partnereventshared_EventCategory">{etype}</div><div class="partnereventshared_EventTitle">{esc(c.body.title)}</div><div class="partnereventshared_EventDate">{day(c)} - <a href="/app/{appid}">{game}</a></div>'
        f'<div class="EventDetailsBody" data-panel=\'{{"type":"PanelGroup"}}\'>{"".join(body)}</div>'
        f'<div class="partnereventshared_RateEventCtn"><button class="RateUp">Rate up</button><span>{c.rng.randint(10, 4000)}</span><button class="RateDown">Rate down</button><span>{c.rng.randint(0, 300)}</span><a href="#comments">{c.rng.randint(2, 900)} Comments</a><button class="Share">Share</button></div></div>'
        f'<div class="game_area_purchase_game"><h1>Buy {game}</h1><div class="game_purchase_action"><div class="game_purchase_price price">${price}</div><a class="btn_green_steamui btn_medium" href="#"><span>Add to Cart</span></a></div></div>'
        f'<div id="comments" class="commentthread_area"><div class="commentthread_header"><div class="commentthread_count">{c.rng.randint(2, 900)} Comments</div></div><div class="commentthread_entry"><textarea placeholder="Add a comment"></textarea></div><div class="commentthread_comments">{comments}</div></div>'
        f'<div class="partnereventdisplay_MoreEvents"><h2>Read more news from {game}</h2><h3>Recent events</h3>{recent}</div></div></div>'
        f'<div id="footer"><div class="footer_content"><div class="valve_links"><a href="https://{c.site}/about/">About</a> | <a href="https://{c.site}/legal/">Legal</a> | <a href="https://{c.site}/privacy/">Privacy Policy</a></div><div class="copyright">© {c.rng.randint(2023, 2026)} {brand(c)} Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries. VAT included in all prices where applicable.</div></div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Meetup-like event page


def fam_meetup(c: Ctx) -> FamilyOut:
    """A Meetup-like event page: the Details text, a time / place card, attendees, similar."""
    blocks = as_list(c, headed(c, c.body.blocks, 0.4), "ul", 0.4)
    parts, gold = render(
        c, blocks, lambda t: f'<p class="mb-4"><strong>{esc(t)}</strong></p>', '<p class="mb-4">'
    )
    group = f"{brand(c)} {pick(c, 'Tech Meetup', 'Book Club', 'Civic Hackers', 'Runners', 'Photography Group', 'Startup Circle')}"
    host = c.rng.choice(PEOPLE)
    going = c.rng.randint(8, 300)
    attendees = "".join(
        f'<div class="flex flex-col items-center rounded-md bg-white p-4"><img class="rounded-full" src="https://secure.meetupstatic.com/photos/member/{hexid(c, 6)}/thumb.jpeg" alt=""><p class="text-sm font-medium">{p.split()[0]} {p.split()[-1][0]}.</p><p class="text-xs text-gray6">{r}</p></div>'
        for p, r in zip(
            c.rng.sample(PEOPLE, 5),
            ["Event host", "Member", "Member", "Co-organizer", "Member"],
            strict=True,
        )
    )
    similar = "".join(
        f'<a class="flex rounded-lg bg-white" href="/{slug(group)}/events/{c.rng.randint(10**8, 10**9)}/"><time class="text-sm uppercase text-viridian">{day(c)}</time><h3 class="font-semibold">{esc(h)}</h3><p class="text-xs">{brand(c)} {pick(c, "Writers", "Founders", "Hikers")}</p><p class="text-xs text-gray6">{c.rng.randint(3, 120)} attendees</p></a>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    chips = "".join(
        f'<a class="rounded-full border px-3 py-1 text-sm" href="/topics/{slug(t)}/">{t}</a>'
        for t in c.rng.sample(
            [
                "Networking",
                "Software Development",
                "Book Club",
                "Social",
                "Civic Tech",
                "Photography",
                "Running",
                "Entrepreneurship",
            ],
            4,
        )
    )
    where = f"{brand(c)} {pick(c, 'Library', 'Community Hall', 'Coworking', 'Brewery', 'Park')}"
    c.used += "meetup-header meetup-title meetup-host meetup-group-card meetup-time-place meetup-map meetup-attendees meetup-photos meetup-topics meetup-similar meetup-attend-bar meetup-footer".split()
    html = (
        f'<body><div id="__next"><header class="sticky top-0 z-10 bg-white"><div class="flex items-center justify-between px-5"><a href="/" aria-label="Meetup Home">Meetup</a><form role="search"><input placeholder="Search events"></form><a href="/login/">Log in</a><a href="/register/" class="rounded-md bg-viridian">Sign up</a></div></header>'
        f'<main class="flex w-full flex-col items-center"><div class="px-5 w-full border-b bg-white py-2 lg:py-6"><div class="mx-auto max-w-screen-xl"><h1 class="overflow-hidden overflow-ellipsis text-3xl font-bold leading-snug">{esc(c.body.title)}</h1><div class="mt-1 flex items-center"><img class="rounded-full" src="https://secure.meetupstatic.com/photos/member/{hexid(c, 6)}/thumb.jpeg" alt=""><div class="ml-6"><div>Hosted By</div><div><span class="font-medium">{host}</span></div></div></div></div></div>'
        f'<div class="w-full bg-gray1 pb-12"><div class="mx-auto flex max-w-screen-xl flex-col lg:flex-row"><div class="flex flex-grow flex-col lg:mr-16"><picture data-testid="event-description-image"><img src="https://secure.meetupstatic.com/photos/event/{hexid(c, 6)}/highres_{c.rng.randint(10**8, 10**9)}.jpeg" alt=""></picture>'
        f'<div class="break-words" id="event-details"><h2 class="text-xl font-semibold">Details</h2><div class="break-words">{"".join(parts)}</div></div>'
        f'<div class="mt-5"><h2 class="text-xl font-semibold">Related topics</h2><div class="flex flex-wrap gap-2">{chips}</div></div>'
        f'<div id="attendees" class="mt-10"><div class="flex justify-between"><h2 class="text-xl font-semibold">Attendees ({going})</h2><a href="#">See all</a></div><div class="grid grid-cols-3 gap-2">{attendees}</div></div>'
        f'<div class="mt-10"><h2 class="text-xl font-semibold">Photos ({c.rng.randint(1, 40)})</h2><a href="#">See all</a></div></div>'
        f'<div class="sticky top-24 lg:w-[380px]"><a class="flex rounded-lg bg-white p-4" href="/{slug(group)}/" data-event-label="event-home"><img src="https://secure.meetupstatic.com/photos/event/{hexid(c, 6)}/600_{c.rng.randint(10**8, 10**9)}.jpeg" alt=""><div><div class="font-semibold">{group}</div><div class="text-sm">{pick(c, "Public group", "Private group")} · {c.rng.randint(40, 48) / 10} ★</div></div></a>'
        f'<div class="rounded-lg bg-white p-4"><div class="flex"><time datetime="{iso(c)}" class="block">{pick(c, "Saturday", "Tuesday", "Thursday")}, {day(c)}<br>{c.rng.randint(9, 19)}:00 to {c.rng.randint(20, 22)}:00 {pick(c, "GMT", "EDT", "CET", "PDT")}</time></div><div class="flex"><a class="text-viridian" href="https://maps.{c.site}/?q={slug(where)}">{where}</a><div class="text-gray6">{c.rng.randint(1, 300)} {pick(c, "Market Street", "Station Road", "King Street")} · {pick(c, "Leeds", "Austin", "Toronto", "Dublin", "Melbourne")}</div></div><p class="text-sm"><b>How to find us:</b> {pick(c, "Second floor, ring the bell.", "Look for the sign at the front desk.", "Meet at the main entrance.")}</p><img class="rounded-lg" src="https://maps.{c.site}/static?center={c.rng.randint(1, 90)}.{c.rng.randint(1000, 9999)}" alt="Map of the venue"></div></div></div>'
        f'<div class="mx-auto max-w-screen-xl"><h2 class="text-xl font-semibold">Similar events nearby</h2><div class="grid grid-cols-2 gap-4">{similar}</div></div></div></main>'
        f'<div class="sticky bottom-0 w-full bg-white shadow" data-testid="event-action-bar"><div class="flex items-center justify-between"><div><time class="uppercase">{day(c)}</time><p class="font-semibold">{esc(c.body.title[:60])}</p></div><div><span class="font-semibold">{pick(c, "FREE", f"£{c.rng.randint(3, 20)}.00", f"${c.rng.randint(5, 30)}.00")}</span><span class="text-sm">{c.rng.randint(1, 30)} spots left</span><button data-testid="attend-irl-btn" class="rounded-md bg-viridian px-8">Attend</button></div></div></div>'
        f'<footer class="bg-black text-white"><div><h3>Create your own Meetup group.</h3><a href="/start/">Get Started</a></div><ul><li><a href="/help/">Help</a></li><li><a href="/about/">About</a></li><li><a href="/blog/">Blog</a></li><li><a href="/careers/">Careers</a></li><li><a href="/terms/">Terms of Service</a></li><li><a href="/privacy/">Privacy Policy</a></li></ul><p>© {c.rng.randint(2024, 2026)} Meetup</p></footer></div></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "hn-item": (fam_hn_item, "blog"),
    "quora-answer": (fam_quora_answer, "entertainment"),
    "youtube-watch": (fam_youtube, "news"),
    "telegram-channel": (fam_telegram, "politics"),
    "se-question": (fam_se_question, "ecb"),
    "gitlab-issue": (fam_gitlab_issue, "tech"),
    "naver-blog": (fam_naver, "lede"),
    "note-article": (fam_note, "business"),
    "habr-article": (fam_habr, "tech"),
    "goodreads-review": (fam_goodreads, "entertainment"),
    "steam-news": (fam_steam, "sport"),
    "meetup-event": (fam_meetup, "news"),
}

_HEAD = {
    "hn-item": '<meta name="referrer" content="origin"><link rel="alternate" type="application/rss+xml" title="RSS" href="rss">',
    "telegram-channel": '<meta property="og:site_name" content="Telegram"><meta name="twitter:card" content="summary">',
    "naver-blog": '<meta property="og:site_name" content="네이버 블로그 | {n}"><meta http-equiv="Content-Language" content="ko">',
    "note-article": '<meta property="og:site_name" content="note（ノート）"><meta http-equiv="Content-Language" content="ja">',
    "habr-article": '<meta property="og:site_name" content="Хабр"><link rel="alternate" type="application/rss+xml" href="https://habr.com/ru/rss/articles/">',
    "gitlab-issue": '<meta content="GitLab" property="og:site_name"><link rel="alternate" type="application/atom+xml" title="Issues" href="/-/issues.atom">',
    "steam-news": '<link rel="alternate" type="application/rss+xml" href="/feeds/news/app/{n}/">',
}


def q_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus viewport, canonical link and the family's site / feed tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    ).replace("{n}", str(len(family) * 7))
    return lambda page_head, url: page_head.replace(
        "</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1
    )


def build_pages(per_family: int = 16, seed: int = 1601) -> list[Page]:
    """Set Q: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics", "entertainment", "sport")
    return draw_set(
        "q", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=q_head
    )


if __name__ == "__main__":  # page_families_q.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 1601)

"""Set AP of the constructed pages: 12 families of national news sites of large non-English
markets, each on its own CMS (2010-2026), and `build_pages`.

Six families are in page_templates_ap.py (a German weekly news magazine's site, a Spanish
digital-native members' daily, a Brazilian national daily, a French public broadcaster's news
site, an Italian digital-native daily on WordPress, a Japanese commercial TV network's news
site); here a Korean public broadcaster's news site (KBS-like), a Russian business daily
(Kommersant-like), an Egyptian Arabic news portal (Youm7-like), a Hindi TV news channel's
portal (Aaj-Tak-like), an Indonesian news magazine's site (Tempo-like) and a Chinese digital
news platform (The-Paper-like). Written blind to digest's extraction rules; its builder never
ran digest, trafilatura, readability or bench_pages on it (session 21, helper h-setap). The
gold convention, with the decisions on paywalls, inline read-also lines, ad labels, summary
bullets, blocked embeds and script-only text, is in page_templates_ap.py's docstring; the
decisions for this module's families, written down before they were coded:
- a Korean public broadcaster's news site (KBS-like, 2014-2026): the paragraphs, subheadings,
  lists and quotes of `div#cont_newstext` are article; the header (정치, 경제, 사회, 문화,
  IT·과학, 국제, 재난, 날씨), the program tag ("뉴스 9"), the headline, "입력 2024.05.12
  (14:05)" and "수정", the video player, the photo with its caption, the reporter box ("NAME
  기자", e-mail, "기자 정보"), the reaction buttons (좋아요, 훈훈해요, 슬퍼요, 화나요, 후속요청),
  the tip-off box ("...는 여러분의 제보로 함께 세상을 바꿉니다"), the copyright line ("무단 전재,
  재배포 및 이용(AI 학습 포함) 금지"), "많이 본 뉴스" and the footer are not;
- a Russian business daily (Kommersant-like, 2012-2026): the paragraphs (`p.doc__text`),
  subheadings, lists and quotes of `div.doc__body` are article; the header (Политика,
  Экономика, Бизнес, ..., "Подписка"), the rubric, the print line ("Газета «...» №83 от
  12.05.2024, стр. 1"), the headline, the subtitle (`h2.doc_header__subheader`), the date, the
  photo with "Фото: NAME, Вестник" credit, the "Читайте также" and "Подробнее — в материале"
  lines, "Реклама" slots, the author line after the text (`p.document_authors`), "Новости
  партнеров", the comments and the footer (registration, "18+") are not;
- an Egyptian Arabic news portal (Youm7-like, 2012-2026, right to left): the paragraphs,
  subheadings, lists and quotes of `div#articleBody` are article; the header (أخبار مصر, سياسة,
  اقتصاد, حوادث, رياضة, فن, ...), the "عاجل" ticker, the headline, "كتب NAME", the date ("الأحد،
  12 مايو 2024 02:05 م"), the photo with its caption, "اقرأ أيضا" lines, "إعلان" slots, the
  tags ("الكلمات المتعلقة"), the comment form ("اضف تعليق"), "الأكثر قراءة" and the footer are not;
- a Hindi TV news channel's portal (Aaj-Tak-like, 2017-2026): the paragraphs, subheadings,
  lists and quotes of `div.story-with-main-sec` are article; the header (होम, वीडियो, लाइव टीवी,
  देश, राज्य, दुनिया, ...), the breadcrumb, the headline, the summary (`h2.summary`), the byline
  ("NAME", city, "अपडेटेड ... IST"), the video, the photo with caption, "ये भी पढ़ें" boxes,
  "विज्ञापन" slots, "WhatsApp चैनल फॉलो करें", "लेटेस्ट वीडियो", "टॉप खबरें" and the footer are not;
- an Indonesian news magazine's site (Tempo-like, 2014-2026): the paragraphs, subheadings,
  lists and quotes of `div.detail-in` are article; the header (Nasional, Bisnis, Metro, Dunia,
  Bola, ..., "Majalah", "Berlangganan"), the rubric, the headline, "Reporter: NAME" and
  "Editor: NAME", the date ("Minggu, 12 Mei 2024 14:05 WIB"), "Baca berita dengan sedikit
  iklan", the photo with "WARTA/NAME" credit, "Baca juga:" lines, "Scroll ke bawah untuk
  melanjutkan membaca" ad labels, the "Pilihan Editor:" line after the text, the magazine
  wall ("Artikel ini khusus pelanggan"; the body ends there), "Topik", "Artikel Terkait" and
  the footer are not;
- a Chinese digital news platform (The-Paper-like, 2015-2026): the paragraphs, subheadings,
  lists and quotes of `div.index_cententWrap` are article; the header (要闻, 深度, 思想, 生活,
  视频, 号), the headline, "澎湃新闻记者 NAME"-like reporter line, the date and "来源", the photo
  with its caption ("图片来源"), "责任编辑：NAME" and "校对：NAME" after the text, the tip-off
  line ("新闻报料"), the platform disclaimer ("特别声明"), the share bar ("分享到"), "相关推荐",
  "热门评论" and the footer (沪ICP备) are not.

    .venv/bin/python bench/page_families_ap.py PAGE_ID 4101
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_families_b import draw_set, show_pages
from page_families_g import body_kinds, text_key
from page_templates import Block, Ctx, Page, esc, slug
from page_templates_ab import body_blocks
from page_templates_ah import clock, most_read, paywall_cut
from page_templates_ap import (
    ads,
    fam_br_national,
    fam_de_newsmag,
    fam_es_members,
    fam_fr_public,
    fam_it_digital,
    fam_jp_tv_news,
    inline,
    link_list,
)
from page_templates_b import headlines
from page_templates_e import hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

FamilyOut = tuple[str, list[Block]]
Family = Callable[[Ctx], FamilyOut]


# ---------------------------------------------------------------------------------------------
# 7. A Korean public broadcaster's news site (KBS-like)

_KR_NAMES = ["김민지", "이준호", "박서연", "최도윤", "정하은", "강태현", "윤지우"]


def fam_kr_public_tv(c: Ctx) -> FamilyOut:
    """A KBS-like news page: program tag, reporter box, reaction buttons, 제보 box."""
    blocks = body_blocks(c, 0.3, 0.15, 0.15)
    parts, gold = body_html(c, blocks, lambda t: f"<h3 class='sub-title'>{esc(t)}</h3>")
    y, m, d = era_date(c, 2014, 2026)
    reporter = c.rng.choice(_KR_NAMES)
    email = f"{hexid(c, 6)}@example.co.kr"
    parts = ads(c, parts, 1, lambda: '<div class="ad-inarticle"><span>광고</span></div>')
    photo = ""
    if c.rng.random() < 0.6:
        c.used.append("kr-photo")
        photo = f'<div class="photo-wrap"><img src="https://news.example.co.kr/data/news/{y}/{m:02d}/{d:02d}/{c.rng.randint(10**6, 10**7)}_{hexid(c, 4)}.jpg" alt=""><p class="caption">{sentence(c)}</p></div>'
    player = (
        f'<div class="video-wrap" data-vod="{hexid(c, 12)}"><button>재생</button></div>'
        if c.rng.random() < 0.7
        else ""
    )
    if player:
        c.used.append("kr-player")
    program = pick(c, "뉴스 9", "뉴스광장", "뉴스7", "930뉴스")
    updated = (
        f' <span class="txt-info">수정 {y}.{m:02d}.{d:02d} ({clock(c)})</span>'
        if c.rng.random() < 0.5
        else ""
    )
    reactions = "".join(
        f'<button class="btn-emotion"><span>{e}</span><em>{c.rng.randint(0, 99)}</em></button>'
        for e in ["좋아요", "훈훈해요", "슬퍼요", "화나요", "후속요청"]
    )
    tip = (
        "<div class=\"box-report\"><p>공영방송 뉴스는 여러분의 제보로 함께 세상을 바꿉니다.</p><ul><li>전화 : 02-781-1234, 4444</li><li>이메일 : newsjebo@example.co.kr</li><li>카카오톡 : '제보' 검색</li></ul></div>"
        if c.rng.random() < 0.7
        else ""
    )
    c.used += "kr-header kr-program kr-headline kr-dates kr-reporter kr-reactions kr-copyright kr-mostread kr-footer".split()
    html = (
        f'<body><div id="wrap"><header id="header"><h1 class="logo"><a href="/news/">공영방송 뉴스</a></h1><nav class="gnb"><a href="/news/list.do?ctcd=0003">정치</a> <a href="/news/list.do?ctcd=0004">경제</a> <a href="/news/list.do?ctcd=0005">사회</a> <a href="/news/list.do?ctcd=0006">문화</a> <a href="/news/list.do?ctcd=0007">IT·과학</a> <a href="/news/list.do?ctcd=0008">국제</a> <a href="/news/list.do?ctcd=0011">재난</a> <a href="/weather/">날씨</a></nav></header>'
        f'<div id="container"><div class="landing-box"><p class="program"><a href="/news/program.do">{program}</a></p><h4 class="headline-title">{esc(c.body.title)}</h4>'
        f'<div class="dates"><span class="input-date">입력 {y}.{m:02d}.{d:02d} ({clock(c)})</span>{updated}</div><div class="share-wrap"><button>공유하기</button> <button>글자크기</button> <button>인쇄</button></div></div>{player}'
        f'<div class="detail-body font-size">{photo}<div id="cont_newstext">{"".join(parts)}</div></div>'
        f'<div class="reporter-info"><span class="name">{reporter} 기자</span> <a href="mailto:{email}">{email}</a> <a href="/reporter/{hexid(c, 5)}">기자 정보</a></div>'
        f'<div class="emotion-wrap"><p>이 기사가 좋으셨다면</p>{reactions}</div>{tip}'
        f'<p class="copyright">&lt;저작권자 ⓒ 공영방송 무단 전재, 재배포 및 이용(AI 학습 포함) 금지&gt;</p>'
        f'<aside class="most-viewed"><h3>많이 본 뉴스</h3><ol>{most_read(c, 5, "/news/pc/view/view.do?ncd=")}</ol></aside></div>'
        f'<footer id="footer"><p>서울특별시 영등포구 여의공원로 00 · 대표전화 02-781-0000</p><p>Copyright © 공영방송. All rights reserved.</p></footer></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 8. A Russian business daily (Kommersant-like)

_RU_NAMES = ["Ирина Волкова", "Дмитрий Козлов", "Анна Смирнова", "Олег Сапожков", "Юлия Лебедева"]


def fam_ru_business(c: Ctx) -> FamilyOut:
    """A Kommersant-like page: print line, subheader, Подробнее lines, author after the text."""
    blocks = body_blocks(c, 0.35, 0.15, 0.15)
    parts, gold = body_html(
        c,
        blocks,
        lambda t: f'<h3 class="doc__text doc__intext_head">{esc(t)}</h3>',
        '<p class="doc__text">',
    )
    y, m, d = era_date(c, 2012, 2026)
    rubric = pick(c, "Экономика", "Бизнес", "Финансы", "Политика", "Мир")
    parts = inline(
        c,
        parts,
        0.7,
        "ru-more",
        2,
        lambda h: pick(
            c,
            f'<p class="doc__text doc__link_more">Подробнее — в материале «Вестника» <a href="/doc/{c.rng.randint(10**6, 10**7)}">«{esc(h)}»</a>.</p>',
            f'<div class="doc_media doc_media--related"><p class="doc_media__title">Читайте также</p><a href="/doc/{c.rng.randint(10**6, 10**7)}">{esc(h)}</a></div>',
        ),
    )
    parts = ads(
        c,
        parts,
        2,
        lambda: (
            f'<div class="adv adv--inread"><span class="adv__label">Реклама</span><div id="adfox_{c.rng.randint(10**14, 10**15)}"></div></div>'
        ),
    )
    photo = ""
    if c.rng.random() < 0.75:
        c.used.append("ru-photo")
        photo = f'<figure class="doc_media"><img src="https://im.example.ru/Issues.photo/CORP/{y}/{m:02d}/{d:02d}/KSP_{c.rng.randint(10**5, 10**6)}_00{c.rng.randint(100, 999)}_1_t222_{hexid(c, 6)}.jpg" alt=""><figcaption class="doc_media__caption"><p>{sentence(c)}</p><p class="doc_media__copyright">Фото: {c.rng.choice(_RU_NAMES)}, Вестник</p></figcaption></figure>'
    print_line = (
        f'<p class="doc_header__publish_issue">Газета «Деловой вестник» №{c.rng.randint(1, 240)} от {d:02d}.{m:02d}.{y}, стр. {c.rng.randint(1, 12)}</p>'
        if c.rng.random() < 0.6
        else ""
    )
    subheader = (
        f'<h2 class="doc_header__subheader">{sentence(c)}</h2>' if c.rng.random() < 0.8 else ""
    )
    authors = ", ".join(c.rng.sample(_RU_NAMES, c.rng.randint(1, 2)))
    partners = "".join(
        f'<li><a href="https://partner.example.ru/r/{hexid(c, 10)}">{esc(h)}</a></li>'
        for h in headlines(c, 4)
    )
    c.used += "ru-header ru-rubric ru-headline ru-date ru-authors ru-partners ru-comments ru-footer".split()
    html = (
        f'<body class="page-doc"><header class="main_header"><a class="main_header__logo" href="/">Деловой вестник</a><nav class="main_header__nav"><a href="/rubric/2">Политика</a> <a href="/rubric/3">Экономика</a> <a href="/rubric/4">Бизнес</a> <a href="/rubric/40">Финансы</a> <a href="/rubric/5">Мир</a> <a href="/rubric/7">Общество</a> <a href="/rubric/6">Происшествия</a> <a href="/rubric/9">Спорт</a> <a href="/rubric/8">Культура</a></nav><a href="/subscribe">Подписка</a></header>'
        f'<main class="layout"><article class="doc" data-article-id="{c.rng.randint(10**6, 10**7)}"><header class="doc_header"><p class="doc_header__rubric"><a href="/rubric/3">{rubric}</a></p>{print_line}'
        f'<h1 class="doc_header__name">{esc(c.body.title)}</h1>{subheader}<time class="doc_header__publish_time" datetime="{y}-{m:02d}-{d:02d}">{d:02d}.{m:02d}.{y}, {clock(c)}</time></header>{photo}'
        f'<div class="doc__body">{"".join(parts)}<p class="doc__text document_authors">{authors}</p></div>'
        f'<div class="doc_footer"><div class="doc_footer__share"><a href="#">ВКонтакте</a> <a href="#">Telegram</a> <a href="#">Одноклассники</a></div></div></article>'
        f'<section class="partners"><h3>Новости партнеров</h3><ul>{partners}</ul></section><section class="comments"><h3>Комментарии</h3><p>Войдите, чтобы оставить комментарий</p></section>'
        f'<aside class="side"><h3>Самое читаемое</h3><ol>{most_read(c, 5, "/doc/")}</ol></aside></main>'
        f'<footer class="main_footer"><p>Сетевое издание «Деловой вестник». Свидетельство о регистрации Эл № ФС77-{c.rng.randint(10000, 99999)}. <span class="age">18+</span></p><p>© АО «Издательский дом», {y}. Все права защищены.</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 9. An Egyptian Arabic news portal (Youm7-like)

_AR_DAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
_AR_MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
_AR_NAMES = ["محمد السيد", "أحمد عبد الحليم", "هند المصري", "مصطفى عنبر", "إيمان حنا", "عمرو صابر"]


def fam_eg_portal(c: Ctx) -> FamilyOut:
    """A Youm7-like Arabic page: عاجل ticker, كتب NAME, اقرأ أيضا lines, comment form."""
    blocks = body_blocks(c, 0.3, 0.15, 0.1)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2012, 2026)
    parts = inline(
        c,
        parts,
        0.75,
        "eg-read-also",
        2,
        lambda h: (
            f'<p class="read-also"><strong>اقرأ أيضا:</strong> <a href="/story/{y}/{m}/{d}/{slug(h)[:40]}/{c.rng.randint(10**6, 10**7)}">{esc(h)}</a></p>'
        ),
    )
    parts = ads(
        c, parts, 2, lambda: '<div class="adsCont"><span class="adLabel">إعلان</span></div>'
    )
    photo = ""
    if c.rng.random() < 0.8:
        c.used.append("eg-photo")
        photo = f'<div class="img-cont"><img src="https://img.example.com.eg/images/News/{y}/{m:02d}/{d:02d}/{c.rng.randint(10**5, 10**6)}-{hexid(c, 6)}.jpg" alt=""><p class="img-caption">{sentence(c)}</p></div>'
    hour = c.rng.randint(1, 12)
    stamp = f"{c.rng.choice(_AR_DAYS)}، {d} {_AR_MONTHS[m - 1]} {y} {hour:02d}:{c.rng.randint(0, 59):02d} {pick(c, 'ص', 'م')}"
    ticker = "".join(f"<li>{esc(h)}</li>" for h in headlines(c, 3))
    tags = " ".join(
        f'<a href="/Tags/{c.rng.randint(1000, 99999)}">{t}</a>'
        for t in c.rng.sample(["مصر", "الحكومة", "البرلمان", "الاقتصاد", "القاهرة", "الأهلي"], 3)
    )
    c.used += "eg-header eg-ticker eg-headline eg-author eg-date eg-tags eg-comments eg-mostread eg-footer".split()
    html = (
        f'<body dir="rtl"><header class="header"><a class="logo" href="/">اليوم المصري</a><nav class="mainNav"><a href="/Section/97">أخبار مصر</a> <a href="/Section/65">سياسة</a> <a href="/Section/297">اقتصاد</a> <a href="/Section/203">حوادث</a> <a href="/Section/298">رياضة</a> <a href="/Section/48">فن</a> <a href="/Section/296">المحافظات</a> <a href="/Section/286">عرب وعالم</a></nav>'
        f'<div class="breakingNews"><span>عاجل</span><ul>{ticker}</ul></div></header>'
        f'<main class="container"><article class="articleCont"><div class="articleHeader"><h1>{esc(c.body.title)}</h1><div class="writeBy"><span class="writer">كتب {c.rng.choice(_AR_NAMES)}</span> <span class="newsDate">{stamp}</span></div></div>{photo}'
        f'<div id="articleBody" class="articleBody">{"".join(parts)}</div>'
        f'<div class="tags"><span>الكلمات المتعلقة</span> {tags}</div><div class="share"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>'
        f'<section class="commentsCont"><h3>اضف تعليق</h3><form><input placeholder="الاسم"><input placeholder="البريد الإلكتروني"><textarea placeholder="التعليق"></textarea><button>إرسال</button></form><p>لا توجد تعليقات على الخبر</p></section></article>'
        f'<aside class="mostRead"><h3>الأكثر قراءة</h3><ol>{most_read(c, 6, "/story/")}</ol></aside></main>'
        f'<footer class="footer"><p>جميع الحقوق محفوظة © اليوم المصري {y}</p><p><a href="/about">من نحن</a> · <a href="/privacy">سياسة الخصوصية</a> · <a href="/contact">اتصل بنا</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 10. A Hindi TV news channel's portal (Aaj-Tak-like)

_HI_MONTHS = "जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split()
_HI_NAMES = ["अमित कुमार", "प्रियंका शर्मा", "राहुल गौतम", "सुनीता पांडेय", "विकास त्रिपाठी"]


def fam_hi_tv_portal(c: Ctx) -> FamilyOut:
    """An Aaj-Tak-like page: summary, byline with IST update, ये भी पढ़ें boxes, WhatsApp promo."""
    blocks = body_blocks(c, 0.3, 0.2, 0.1)
    parts, gold = body_html(c, blocks, lambda t: f"<h2><strong>{esc(t)}</strong></h2>")
    y, m, d = era_date(c, 2017, 2026)
    city = pick(c, "नई दिल्ली", "मुंबई", "लखनऊ", "पटना", "भोपाल")
    parts = inline(
        c,
        parts,
        0.75,
        "hi-ye-bhi",
        2,
        lambda h: (
            f'<div class="also-read"><p class="also-read-title">ये भी पढ़ें</p><ul><li><a href="/india/story/{slug(h)[:50]}-{c.rng.randint(10**6, 10**7)}-{y}-{m:02d}-{d:02d}">{esc(h)}</a></li></ul></div>'
        ),
    )
    parts = ads(
        c, parts, 2, lambda: '<div class="ads-box"><span class="ads-label">विज्ञापन</span></div>'
    )
    media = ""
    if c.rng.random() < 0.8:
        c.used.append("hi-media")
        media = pick(
            c,
            f'<div class="main-img"><img src="https://akm-img.example.in/images/story/{y}{m:02d}/{hexid(c, 12)}.jpg?size=948:533" alt=""><p class="img-caption">{sentence(c)} (फोटो- {pick(c, "PTI", "ANI", "गेटी")})</p></div>',
            f'<div class="main-video" data-video-id="{c.rng.randint(10**6, 10**7)}"><button>Play</button><p class="video-title">{esc(headlines(c, 1)[0])}</p></div>',
        )
    author = c.rng.choice(_HI_NAMES)
    stamp = f"{d} {_HI_MONTHS[m - 1]} {y}, (अपडेटेड {d} {_HI_MONTHS[m - 1]} {y}, {c.rng.randint(1, 12)}:{c.rng.randint(10, 59)} {pick(c, 'AM', 'PM')} IST)"
    summary = f'<h2 class="summary">{sentence(c)}</h2>' if c.rng.random() < 0.8 else ""
    whatsapp = (
        '<div class="whatsapp-promo"><a href="https://whatsapp.com/channel/example">WhatsApp चैनल फॉलो करें</a></div>'
        if c.rng.random() < 0.6
        else ""
    )
    c.used += (
        "hi-header hi-crumbs hi-headline hi-byline hi-latest-videos hi-top-news hi-footer".split()
    )
    html = (
        f'<body class="story-page"><header class="header"><a class="logo" href="/">तक न्यूज़</a><nav><a href="/">होम</a> <a href="/videos">वीडियो</a> <a href="/livetv">लाइव टीवी</a> <a href="/india">देश</a> <a href="/india/states">राज्य</a> <a href="/world">दुनिया</a> <a href="/sports">स्पोर्ट्स</a> <a href="/entertainment">मनोरंजन</a> <a href="/business">बिजनेस</a></nav><a class="live-btn" href="/livetv">LIVE TV</a></header>'
        f'<main class="content-area"><nav class="breadcrumb"><a href="/">होम</a> / <a href="/india">देश</a></nav><div class="story-heading"><h1>{esc(c.body.title)}</h1>{summary}</div>'
        f'<div class="byline"><span class="author-name">{author}</span> <span class="city">{city},</span> <span class="date">{stamp}</span></div>{media}'
        f'<div class="story-with-main-sec"><div class="text-formatted">{"".join(parts)}</div></div>{whatsapp}'
        f'<section class="latest-videos"><h3>लेटेस्ट वीडियो</h3><ul>{link_list(c, 3, "/videos/video/")}</ul></section>'
        f'<aside class="top-news"><h3>टॉप खबरें</h3><ol>{most_read(c, 5, "/india/story/", False)}</ol></aside></main>'
        f'<footer class="footer"><p>Copyright © {y} Tak Media Network Pvt. Ltd.. For reprint rights: Syndications Today</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 11. An Indonesian news magazine's site (Tempo-like)

_ID_DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
_ID_MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
_ID_NAMES = ["Dewi Nurita", "Ahmad Faiz", "Riri Rahayu", "Hendartyo Hanggi", "Fajar Pebrianto"]


def fam_id_newsmag(c: Ctx) -> FamilyOut:
    """A Tempo-like page: Reporter/Editor, Baca juga lines, Pilihan Editor, magazine wall."""
    blocks, walled = paywall_cut(c, body_blocks(c, 0.3, 0.15, 0.2), 0.3, "id-wall")
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    y, m, d = era_date(c, 2014, 2026)
    rubric = pick(c, "Nasional", "Bisnis", "Metro", "Dunia", "Politik")
    parts = inline(
        c,
        parts,
        0.8,
        "id-baca",
        2,
        lambda h: (
            f'<p class="baca-juga"><strong>Baca juga:</strong> <a href="/{slug(rubric)}/{slug(h)[:50]}-{c.rng.randint(10**5, 10**6)}">{esc(h)}</a></p>'
        ),
    )
    parts = ads(
        c,
        parts,
        1,
        lambda: (
            '<div class="ads-inarticle"><p class="ads-label">Scroll ke bawah untuk melanjutkan membaca</p></div>'
        ),
    )
    if not walled and c.rng.random() < 0.6:
        c.used.append("id-pilihan")
        h = headlines(c, 1)[0]
        parts = [
            *parts,
            f'<p class="pilihan-editor"><strong>Pilihan Editor:</strong> <a href="/{slug(rubric)}/{slug(h)[:50]}">{esc(h)}</a></p>',
        ]
    photo = ""
    if c.rng.random() < 0.8:
        c.used.append("id-photo")
        photo = f'<figure class="foto-detail"><img src="https://statik.example.co.id/data/{y}/{m:02d}/{d:02d}/id_{c.rng.randint(10**6, 10**7)}/{c.rng.randint(10**6, 10**7)}_720.jpg" alt=""><figcaption>{sentence(c)} WARTA/{esc(c.rng.choice(_ID_NAMES))}</figcaption></figure>'
    wall = (
        '<div class="paywall-box"><h3>Artikel ini khusus pelanggan</h3><p>Berlangganan untuk membaca semua artikel Majalah mulai Rp 54.945 per bulan.</p><a href="/berlangganan">Berlangganan</a> <a href="/login">Masuk</a></div>'
        if walled
        else ""
    )
    day = _ID_DAYS[c.rng.randint(0, 6)]
    topics = " ".join(
        f'<a href="/topik/{slug(t)}">{t}</a>'
        for t in c.rng.sample(["Prabowo", "DPR", "KPK", "Pemilu", "Jakarta", "Rupiah"], 3)
    )
    c.used += "id-header id-rubric id-headline id-reporter id-date id-less-ads id-topics id-related id-footer".split()
    html = (
        f'<body class="detail-page"><header class="header"><a class="logo" href="/">WARTA</a><nav><a href="/nasional">Nasional</a> <a href="/bisnis">Bisnis</a> <a href="/metro">Metro</a> <a href="/dunia">Dunia</a> <a href="/bola">Bola</a> <a href="/tekno">Tekno</a> <a href="/otomotif">Otomotif</a> <a href="/majalah">Majalah</a></nav><a class="btn-subscribe" href="/berlangganan">Berlangganan</a></header>'
        f'<main class="main"><article class="detail"><p class="rubrik"><a href="/{slug(rubric)}">{rubric}</a></p><h1 class="title">{esc(c.body.title)}</h1>'
        f'<div class="detail-info"><p>Reporter: <a href="/penulis/{slug(c.rng.choice(_ID_NAMES))}">{c.rng.choice(_ID_NAMES)}</a></p><p>Editor: {c.rng.choice(_ID_NAMES)}</p><p class="date">{day}, {d} {_ID_MONTHS[m - 1]} {y} {clock(c)} WIB</p></div>'
        f'<p class="less-ads"><a href="/berlangganan">Baca berita dengan sedikit iklan, klik di sini</a></p>{photo}'
        f'<div class="detail-in">{"".join(parts)}</div>{wall}'
        f'<div class="topik"><span>Topik</span> {topics}</div><section class="terkait"><h3>Artikel Terkait</h3><ul>{link_list(c, 4, f"/{slug(rubric)}/")}</ul></section></article>'
        f"<aside><h3>Terpopuler</h3><ol>{most_read(c, 5, f'/{slug(rubric)}/')}</ol></aside></main>"
        f'<footer class="footer"><p>© WARTA Media Group {y}</p><p><a href="/tentang-kami">Tentang Kami</a> · <a href="/pedoman-media-siber">Pedoman Media Siber</a> · <a href="/kode-etik">Kode Etik</a></p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 12. A Chinese digital news platform (The-Paper-like)

_ZH_NAMES = ["王晓燕", "李明", "张静", "刘洋", "陈思远", "杨帆", "赵一鸣"]


def fam_cn_platform(c: Ctx) -> FamilyOut:
    """A The-Paper-like page: reporter line, 来源, 责任编辑 and 校对 after the text, 特别声明."""
    blocks = body_blocks(c, 0.3, 0.15, 0.1)
    parts, gold = body_html(c, blocks, lambda t: f"<h2><strong>{esc(t)}</strong></h2>")
    y, m, d = era_date(c, 2015, 2026)
    if c.rng.random() < 0.6:
        c.used.append("cn-inline-img")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<p class="image_wrap"><img src="https://imagecloud.example.cn/image/{y}{m:02d}{d:02d}/{hexid(c, 32)}.jpg" alt=""></p><p class="image_desc">{sentence(c)} 图片来源：视觉中国</p>'
            ),
        )
    reporter = c.rng.choice(_ZH_NAMES)
    outlet = pick(c, "澎浪新闻", "澎浪新闻·澎浪号")
    editor, proof = c.rng.sample(_ZH_NAMES, 2)
    tip = '<p class="news_tip">澎浪新闻报料：021-962866</p>' if c.rng.random() < 0.6 else ""
    notice = (
        '<div class="statement"><p>特别声明</p><p>本文为澎浪号作者或机构在澎浪新闻上传并发布，仅代表该作者或机构观点，不代表澎浪新闻的观点或立场，澎浪新闻仅提供信息发布平台。</p></div>'
        if outlet.endswith("号")
        else ""
    )
    related = "".join(
        f'<li><a href="/newsDetail_forward_{c.rng.randint(10**7, 10**8)}">{esc(h)}</a><span>{c.rng.randint(1, 999)}</span></li>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    c.used += "cn-header cn-headline cn-reporter cn-date cn-editor cn-share cn-related cn-comments cn-footer".split()
    html = (
        f'<body><div class="index_wrapper"><header class="header"><a class="logo" href="/">澎浪新闻</a><nav><a href="/">要闻</a> <a href="/channel_25951">深度</a> <a href="/channel_25952">思想</a> <a href="/channel_25953">生活</a> <a href="/video">视频</a> <a href="/gov">澎浪号</a></nav><a href="/login">登录</a></header>'
        f'<main class="index_main"><div class="index_left"><h1 class="index_title">{esc(c.body.title)}</h1>'
        f'<div class="index_headerContent"><div class="ant-space"><span>{outlet}记者 {reporter}</span></div><div class="ant-space"><span>{y}-{m:02d}-{d:02d} {clock(c)}</span> <span>来源：{outlet}</span></div></div>'
        f'<div class="index_cententWrap">{"".join(parts)}</div>'
        f'<p class="index_editor">责任编辑：{editor}</p><p class="index_proof">校对：{proof}</p>{tip}{notice}'
        f'<div class="index_share"><span>分享到</span> <a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>'
        f'<section class="index_related"><h3>相关推荐</h3><ul>{related}</ul></section><section class="index_comment"><h3>热门评论</h3><p>暂无评论</p></section></div>'
        f'<aside class="index_right"><h3>热榜</h3><ol>{most_read(c, 5, "/newsDetail_forward_")}</ol></aside></main>'
        f'<footer class="footer"><p>上海澎浪传媒有限公司 版权所有 · 沪ICP备{c.rng.randint(10**7, 10**8)}号</p></footer></div></body></html>'
    )
    return html, gold


FAMILIES: dict[str, tuple[Family, str]] = {
    # name: (template, body kind)
    "de-newsmag-plus": (fam_de_newsmag, "politics"),
    "es-members-daily": (fam_es_members, "news"),
    "br-national-meter": (fam_br_national, "business"),
    "fr-public-info": (fam_fr_public, "news"),
    "it-digital-wp": (fam_it_digital, "lede"),
    "jp-tv-network": (fam_jp_tv_news, "news"),
    "kr-public-tv": (fam_kr_public_tv, "politics"),
    "ru-business-daily": (fam_ru_business, "business"),
    "eg-arabic-portal": (fam_eg_portal, "news"),
    "hi-tv-portal": (fam_hi_tv_portal, "lede"),
    "id-newsmag": (fam_id_newsmag, "ecb"),
    "cn-news-platform": (fam_cn_platform, "tech"),
}

_LANG = {
    "de-newsmag-plus": "de",
    "es-members-daily": "es",
    "br-national-meter": "pt-BR",
    "fr-public-info": "fr",
    "it-digital-wp": "it",
    "jp-tv-network": "ja",
    "kr-public-tv": "ko",
    "ru-business-daily": "ru",
    "eg-arabic-portal": "ar",
    "hi-tv-portal": "hi",
    "id-newsmag": "id",
    "cn-news-platform": "zh-CN",
}

_HEAD = {
    "de-newsmag-plus": '<meta property="og:site_name" content="DER WOCHENSPIEGEL"><meta name="robots" content="max-snippet:-1"><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":"False"}</script>',
    "es-members-daily": '<meta property="og:site_name" content="elPeriódico.digital"><script src="https://cdn.example.es/js/didomi.js" async></script>',
    "br-national-meter": '<meta property="og:site_name" content="Jornal da Paulista"><meta name="theme-color" content="#1a1a1a">',
    "fr-public-info": '<meta property="og:site_name" content="infopublique"><script src="https://tag.aticdn.example/smarttag.js" async></script>',
    "it-digital-wp": '<meta name="generator" content="WordPress 6.4"><link rel="stylesheet" href="/wp-content/themes/quotidiano/style.css">',
    "jp-tv-network": '<meta property="og:site_name" content="さくらテレビNEWS"><meta name="twitter:card" content="summary_large_image">',
    "kr-public-tv": '<meta property="og:site_name" content="공영방송 뉴스"><meta http-equiv="X-UA-Compatible" content="IE=edge">',
    "ru-business-daily": '<meta property="og:site_name" content="Деловой вестник"><script src="https://yastatic.example/metrika/tag.js" async></script>',
    "eg-arabic-portal": '<meta property="og:site_name" content="اليوم المصري"><meta name="google" content="notranslate">',
    "hi-tv-portal": '<meta property="og:site_name" content="तक न्यूज़"><link rel="amphtml" href="/amp/story/">',
    "id-newsmag": '<meta property="og:site_name" content="WARTA"><meta name="robots" content="index, follow">',
    "cn-news-platform": '<meta name="renderer" content="webkit"><meta property="og:site_name" content="澎浪新闻">',
}


def ap_head(family: str) -> Callable[[str, str], str]:
    """The shared head plus the site's language (and right-to-left), canonical, viewport and
    platform tags."""
    extra = '<meta name="viewport" content="width=device-width, initial-scale=1">' + _HEAD.get(
        family, ""
    )
    lang = _LANG.get(family, "en")
    attrs = f'lang="{lang}" dir="rtl"' if lang == "ar" else f'lang="{lang}"'

    def amend(page_head: str, url: str) -> str:
        out = page_head.replace('lang="en"', attrs, 1)
        return out.replace("</head>", f'<link rel="canonical" href="{url}">{extra}</head>', 1)

    return amend


def build_pages(per_family: int = 16, seed: int = 4101) -> list[Page]:
    """Set AP: 12 to `per_family` pages per family (drawn per seed), the same on every run; no
    body twice in one seed."""
    kinds, pool = body_kinds("business", "tech", "politics")
    return draw_set(
        "ap", seed, per_family, FAMILIES, kinds, pool, "example.org", key=text_key, amend=ap_head
    )


if __name__ == "__main__":  # page_families_ap.py [PAGE_ID [SEED]]: one page's HTML, then its gold
    import sys

    show_pages(build_pages, sys.argv[1:], 4101)

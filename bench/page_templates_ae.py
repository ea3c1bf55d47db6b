"""Set AE of the constructed pages: research and reference publishing, in several languages. Six
families are here (a Brazilian open-access journal article on OJS 3, an arXiv HTML (LaTeXML)
preprint rendering, a French OpenEdition Journals article, an Italian encyclopedia entry
(Treccani-like), a German think tank's policy brief (SWP-Aktuell-like), a Japanese J-STAGE
journal article); page_families_ae.py holds the other six and `build_pages`.

Why a thirty-first set: it is session 17's blind judge, so it needs page structures the
extractor has not been checked on (none of the 341 families of sets A-AB is repeated: no OJS,
no LaTeXML, no OpenEdition, no encyclopedia portal, no think tank brief, no J-STAGE). Written
in session 17 (helper h-setae) without reading digest's extraction code, notes, docs, README,
tests, any bench_*.py or the sets AC and AD written at the same time; its builder never ran
digest, trafilatura, readability or bench_pages on it. The plumbing (Ctx, Page, draw_set,
body_kinds, render) is that of sets D-AB, imported. The non-English sites carry English bodies
(the body pools are English) in their own language's furniture.

The gold follows sets D-AB (page_templates_d.py's to _ab.py's docstrings): body paragraphs,
subheadings, lists, tables, quotes and code blocks; never the headline, standfirst, byline,
captions, pull quotes, comments or furniture. Parts that research publishing adds, decided as
the earlier sets decided their like, before the families were coded:
- an abstract ("Abstract", "Resumo", "Résumé", "Kurzfassung", "抄録") is the article's summary
  set above it, as a standfirst or GSB's `p.abstract` (set AB): not article; so are keywords;
- footnote and endnote markers (`<sup>` numbers or "[1]" links after a sentence) are left out
  of the gold, as set P's central bank speech leaves them out; the notes list of a scholarly
  page (citations, thanks, "Vgl." / "Voir" references) is furniture there and here, as are
  the reference list / bibliography (sets G, H, P, S) and the "cite as" box;
- section numbers that the markup sets apart from the heading's words (LaTeXML's
  `span.ltx_tag`) are left out with them, as the "¶" and "[edit]" links are (sets H, P);
- authors, affiliations, ORCID links, DOI, dates received/accepted, licence, metrics
  (views, downloads, Altmetric), PDF links and figure captions are furniture.
Decisions for this module's families:
- a Brazilian open-access journal article on OJS 3 (PKP theme "default", Portuguese UI,
  2016-2025) with its HTML galley inlined: the section headings and paragraphs, lists, tables
  and quotes of `div.item.html_galley` (`div.galley-body`) are article; the PKP header (journal
  name, "Atual", "Arquivos", "Sobre", "Buscar"), the breadcrumb ("Capa / Arquivos / v. 12 n.
  3 (2023) / Artigos"), the title, the authors with affiliations and ORCID, the DOI, "Palavras-
  chave", the "Resumo" and "Abstract" blocks, the "Downloads" PDF button, "Referências", the
  "Como Citar" box with its format menu, the "Edição" and "Seção" lines, the licence (CC BY
  4.0), the sidebar ("Submissões", "Idioma", "Palavras-chave" cloud) and the "Plataforma &
  fluxo de trabalho por OJS / PKP" footer are not;
- an arXiv HTML (LaTeXML) preprint rendering (2023-2025; tech bodies): the paragraphs
  (`div.ltx_para > p.ltx_p`), section titles without their `span.ltx_tag` numbers, lists
  (`ul.ltx_itemize`), tables and code listings of `article.ltx_document` are article; the
  arXiv banner ("This is experimental HTML to improve accessibility", "Report issue", "Back
  to abstract page", "Download PDF", "Switch to light mode"), the "License: CC BY 4.0" line,
  the identifier line ("arXiv:2403.01234v2 [cs.CL] 03 Apr 2024"), the title, the authors with
  affiliations and e-mails (`div.ltx_authors`), the abstract (`div.ltx_abstract`), the
  citation markers ("[12]", `cite.ltx_cite`), the figures with "Figure 1:" captions, the
  bibliography (`section.ltx_bibliography`), the "Generated on ... by LaTeXML" footer and the
  "Report Issue" buttons are not;
- a French OpenEdition Journals article (Lodel 1.0, 2017-2025): the paragraphs (`p.texte`),
  section headings (`h1.texte` ... inside `div#text`), lists and quotes (`p.citation`) of the
  "Texte intégral" are article; the OpenEdition top bar ("OpenEdition", "Nos plateformes",
  "Freemium"), the journal header and menu, "Sommaire - Document précédent - Document
  suivant", the title, the authors, the "Résumés" (Français, English) and "Entrées d'index"
  ("Mots-clés", "Keywords"), the "Plan" (table of contents), the note markers
  (`a.footnotecall`), "Bibliographie", "Notes", "Pour citer cet article" ("Référence
  papier", "Référence électronique"), "Auteur" (affiliation), "Droits d'auteur", the
  "Consulter"/"Citer"/"Partager" tools and the footer (ISSN, "Mentions légales") are not;
- an Italian encyclopedia entry (Treccani-like portal, 2015-2025): the entry's paragraphs,
  subheadings, lists and tables in `div.text` are article; the portal header (Enciclopedia,
  Vocabolario, Sinonimi, Magazine, "Cerca"), the entry's kind line ("Enciclopedia on line",
  "Enciclopedia Italiana (1935)", "Dizionario di Economia e Finanza"), the title, the
  pronunciation/short definition (`p.lemma-def`, a standfirst), the author signature at the end
  ("di Mario Rossi", `p.firma`), "Bibliografia", "Vedi anche" links, "Condividi", "Cita questo
  articolo", the "Lemmi correlati" list, the ads and the footer (P.IVA, "Istituto della
  Enciclopedia Italiana") are not;
- a German think tank's policy brief (SWP-Aktuell-like, TYPO3, 2014-2025): the paragraphs,
  subheadings, lists and quotes of the brief's `div.ce-bodytext` are article; the header
  (Themen, Regionen, Publikationen, Veranstaltungen, Über uns, "EN"), the series line
  ("SWP-Aktuell 2024/A 17, 03.04.2024, 8 Seiten"), the title, the authors, the "doi:" line,
  the "Kurzfassung" bullets (`div.summary`, an abstract), the endnote markers and the
  "Endnoten" list, "Zitierhinweis", the "PDF herunterladen" box, "Themen" / "Regionen" tags,
  the "Das könnte Sie auch interessieren" teasers, the newsletter box and the footer (ISSN,
  "© Stiftung ..., Berlin") are not;
- a Japanese J-STAGE journal article (full text HTML view, 2015-2025): the paragraphs,
  section headings, lists and tables of the article's full text (`div.article-fulltext`,
  the "本文" tab; citation markers "1)" are left out) are article; the J-STAGE header ("J-STAGE トップ", "資料トップ", "ログイン", language
  switch), the journal banner, the volume line ("2024 年 58 巻 3 号 p. 123-145"), the title
  (Japanese and English), the authors, "著者関連情報", "抄録" (abstract), "キーワード", the
  "PDF形式でダウンロード (1234K)" button, "発行日", "受付日", "公開日", the "引用文献"
  list, "被引用文献", the "関連記事" box, "記事の利用", the "メトリクス" counts and the
  footer ("国立研究開発法人 科学技術振興機構") are not.
"""

# ruff: noqa: E501  (HTML templates read better as whole lines)

from __future__ import annotations

from collections.abc import Callable

from page_templates import PEOPLE, Block, Ctx, esc, slug
from page_templates_ab import body_blocks
from page_templates_b import headlines
from page_templates_e import brand, hexid, sentence
from page_templates_j import weave
from page_templates_q import pick
from page_templates_s import body_html, era_date

FamilyOut = tuple[str, list[Block]]


def note_marks(
    c: Ctx, parts: list[str], p_open: str, mark: Callable[[int], str], lo: int = 2, hi: int = 5
) -> tuple[list[str], int]:
    """Footnote markers after the last sentence of some paragraphs (left out of the gold)."""
    where = [i for i, p in enumerate(parts) if p.startswith(p_open) and p.endswith("</p>")]
    chosen = sorted(c.rng.sample(where, k=min(len(where), c.rng.randint(lo, hi))))
    out = list(parts)
    for n, i in enumerate(chosen, 1):
        out[i] = out[i][:-4] + mark(n) + "</p>"
    return out, len(chosen)


def author_names(c: Ctx, n: int) -> list[str]:
    return [str(p) for p in c.rng.sample(PEOPLE, k=min(n, len(PEOPLE)))]


def references(c: Ctx, n: int, journals: list[str]) -> list[str]:
    """Reference-list entries, "Surname, I. (2019). Title. Journal, 12(3), 45-67."."""
    out = []
    for h in headlines(c, n):
        first, last = c.rng.choice(PEOPLE).split()[:2]
        p = c.rng.randint(1, 300)
        out.append(
            f"{esc(last)}, {first[0]}. ({c.rng.randint(1995, 2024)}). {esc(h)}. <em>{c.rng.choice(journals)}</em>, {c.rng.randint(3, 80)}({c.rng.randint(1, 6)}), {p}-{p + c.rng.randint(8, 30)}."
        )
    return out


def doi(c: Ctx, prefix: str = "10.") -> str:
    return f"{prefix}{c.rng.randint(1000, 99999)}/{hexid(c, 4)}.{c.rng.randint(2015, 2025)}.{c.rng.randint(100, 9999)}"


# ---------------------------------------------------------------------------------------------
# 1. A Brazilian open-access journal article on OJS 3 (HTML galley inlined)

_PT_MONTHS = "jan. fev. mar. abr. maio jun. jul. ago. set. out. nov. dez.".split()


def fam_ojs_journal(c: Ctx) -> FamilyOut:
    """An OJS 3 article: PKP header, authors and ORCID, Resumo, galley body, Como Citar."""
    blocks = body_blocks(c, 0.8, 0.3, 0.2, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    parts, n_notes = note_marks(
        c, parts, "<p>", lambda n: f'<sup><a href="#nota{n}" id="ref{n}">{n}</a></sup>', 0, 4
    )
    journal = pick(
        c,
        "Revista Brasileira de Economia Aplicada",
        "Cadernos de Políticas Públicas",
        "Revista de Estudos Urbanos",
        "Revista Eletrônica de Ciências Sociais",
    )
    y, m, d = era_date(c, 2016, 2025)
    vol, num = c.rng.randint(3, 40), c.rng.randint(1, 4)
    authors = author_names(c, c.rng.randint(1, 3))
    unis = [
        "Universidade de São Paulo",
        "Universidade Federal do Rio Grande do Sul",
        "Universidade Estadual de Campinas",
        "Universidade Federal de Minas Gerais",
        "Fundação Getulio Vargas",
    ]
    author_html = "".join(
        f'<li><span class="name">{esc(a)}</span><span class="affiliation">{c.rng.choice(unis)}</span><span class="orcid"><a href="https://orcid.org/0000-000{c.rng.randint(1, 3)}-{c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}">https://orcid.org/0000-000{c.rng.randint(1, 3)}-{c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}</a></span></li>'
        for a in authors
    )
    the_doi = doi(c, "10.5")
    notes = ""
    if n_notes:
        c.used.append("ojs-notes")
        notes = (
            '<div class="notas"><h3>Notas</h3><ol>'
            + "".join(
                f'<li id="nota{k}">{sentence(c)} <a href="#ref{k}">↑</a></li>'
                for k in range(1, n_notes + 1)
            )
            + "</ol></div>"
        )
    refs = "".join(
        f"<p>{r}</p>"
        for r in references(
            c,
            c.rng.randint(4, 8),
            ["Revista de Economia Política", "Dados", "Novos Estudos CEBRAP", "Lua Nova"],
        )
    )
    kw = "; ".join(
        pick(
            c,
            "políticas públicas",
            "desigualdade",
            "mercado de trabalho",
            "federalismo",
            "inovação",
        )
        for _ in range(3)
    )
    fmt_menu = ""
    if c.rng.random() < 0.6:
        c.used.append("ojs-cite-formats")
        fmt_menu = '<div class="citation_formats"><button class="citation_formats_button">Mais formatos de citação</button><ul class="citation_formats_styles"><li><a href="#">ACM</a></li><li><a href="#">ACS</a></li><li><a href="#">APA</a></li><li><a href="#">ABNT</a></li><li><a href="#">Chicago</a></li><li><a href="#">Harvard</a></li><li><a href="#">IEEE</a></li><li><a href="#">MLA</a></li><li><a href="#">Vancouver</a></li></ul><div class="label">Baixar Citação</div><ul class="citation_formats_styles"><li><a href="#">Endnote/Zotero/Mendeley (RIS)</a></li><li><a href="#">BibTeX</a></li></ul></div>'
    abstract_en = ""
    if c.rng.random() < 0.7:
        c.used.append("ojs-abstract-en")
        abstract_en = f'<section class="item abstract"><h2 class="label">Abstract</h2><p>{sentence(c, 3)}</p></section>'
    c.used += "ojs-header ojs-nav ojs-breadcrumb ojs-title ojs-authors ojs-doi ojs-keywords ojs-resumo ojs-pdf ojs-references ojs-cite ojs-issue ojs-license ojs-sidebar ojs-footer".split()
    first = authors[0].split()[-1].upper()
    html = (
        f'<body class="pkp_page_article pkp_op_view"><div class="pkp_structure_page"><header class="pkp_structure_head" id="headerNavigationContainer" role="banner"><nav class="cmp_skip_to_content"><a href="#pkp_content_main">Ir para o conteúdo principal</a><a href="#siteNav">Ir para o menu de navegação principal</a></nav>'
        f'<div class="pkp_head_wrapper"><div class="pkp_site_name_wrapper"><div class="pkp_site_name"><a href="/index.php/rev/index" class="is_text">{journal}</a></div></div>'
        f'<nav class="pkp_site_nav_menu" id="siteNav"><ul id="navigationPrimary" class="pkp_navigation_primary pkp_nav_list"><li><a href="/index.php/rev/issue/current">Atual</a></li><li><a href="/index.php/rev/issue/archive">Arquivos</a></li><li><a href="/index.php/rev/announcement">Notícias</a></li><li><a href="/index.php/rev/about">Sobre</a></li></ul><ul id="navigationUser" class="pkp_navigation_user"><li><a href="/index.php/rev/user/register">Cadastro</a></li><li><a href="/index.php/rev/login">Acesso</a></li></ul><a href="/index.php/rev/search" class="pkp_search">Buscar</a></nav></div></header>'
        f'<div class="pkp_structure_content has_sidebar"><div class="pkp_structure_main" id="pkp_content_main" role="main"><nav class="cmp_breadcrumbs" role="navigation"><ol><li><a href="/index.php/rev/index">Capa</a> <span class="separator">/</span></li><li><a href="/index.php/rev/issue/archive">Arquivos</a> <span class="separator">/</span></li><li><a href="/index.php/rev/issue/view/{c.rng.randint(10, 400)}">v. {vol} n. {num} ({y})</a> <span class="separator">/</span></li><li class="current">Artigos</li></ol></nav>'
        f'<article class="obj_article_details"><h1 class="page_title">{esc(c.body.title)}</h1><div class="row"><div class="main_entry"><section class="item authors"><h2 class="pkp_screen_reader">Autores</h2><ul class="authors">{author_html}</ul></section>'
        f'<section class="item doi"><h2 class="label">DOI:</h2> <span class="value"><a href="https://doi.org/{the_doi}">https://doi.org/{the_doi}</a></span></section><section class="item keywords"><h2 class="label">Palavras-chave:</h2> <span class="value">{kw}</span></section>'
        f'<section class="item abstract"><h2 class="label">Resumo</h2><p>{sentence(c, 3)}</p></section>{abstract_en}'
        f'<div class="item html_galley"><div class="galley-body">{"".join(parts)}{notes}</div></div>'
        f'<section class="item references"><h2 class="label">Referências</h2><div class="value">{refs}</div></section></div>'
        f'<div class="entry_details"><div class="item galleys"><h2 class="pkp_screen_reader">Downloads</h2><ul class="value galleys_links"><li><a class="obj_galley_link pdf" href="/index.php/rev/article/view/{c.rng.randint(1000, 90000)}/{c.rng.randint(1000, 90000)}">PDF</a></li><li><a class="obj_galley_link file" href="#">HTML</a></li></ul></div>'
        f'<div class="item published"><section class="sub_item"><h2 class="label">Publicado</h2><div class="value"><span>{d:02d}-{m:02d}-{y}</span></div></section></div>'
        f'<div class="item citation"><section class="sub_item citation_display"><h2 class="label">Como Citar</h2><div class="value"><div id="citationOutput" role="region"><div class="csl-bib-body"><div class="csl-entry">{esc(first)}, {esc(authors[0].split()[0][0])}. {esc(c.body.title)}. <i>{journal}</i>, [S. l.], v. {vol}, n. {num}, p. {c.rng.randint(1, 90)}–{c.rng.randint(91, 200)}, {y}. DOI: {the_doi}.</div></div></div>{fmt_menu}</div></section></div>'
        f'<div class="item issue"><section class="sub_item"><h2 class="label">Edição</h2><div class="value"><a class="title" href="#">v. {vol} n. {num} ({y})</a></div></section><section class="sub_item"><h2 class="label">Seção</h2><div class="value">Artigos</div></section></div>'
        f'<div class="item copyright"><h2 class="label">Licença</h2><p>Copyright (c) {y} {esc(authors[0])}</p><a rel="license" href="https://creativecommons.org/licenses/by/4.0/"><img alt="Creative Commons License" src="//i.creativecommons.org/l/by/4.0/88x31.png"></a><p>Este trabalho está licenciado sob uma licença <a href="#">Creative Commons Attribution 4.0 International License</a>.</p></div></div></div></article></div>'
        f'<div class="pkp_structure_sidebar left" role="complementary"><div class="pkp_block block_make_submission"><a class="block_make_submission_link" href="/index.php/rev/about/submissions">Enviar Submissão</a></div><div class="pkp_block block_language"><h2 class="title">Idioma</h2><ul><li><a href="#">English</a></li><li><a href="#">Español (España)</a></li><li class="current"><a href="#">Português (Brasil)</a></li></ul></div><div class="pkp_block block_keyword_cloud"><h2 class="title">Palavras-chave</h2><ul><li><a href="#">economia</a></li><li><a href="#">política fiscal</a></li><li><a href="#">educação</a></li></ul></div></div></div>'
        f'<div class="pkp_structure_footer_wrapper" role="contentinfo"><div class="pkp_structure_footer"><div class="pkp_footer_content"><p>{journal} · ISSN {c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)} (online)</p></div><div class="pkp_brand_footer" role="complementary"><a href="/index.php/rev/about/aboutThisPublishingSystem"><img alt="Plataforma &amp; fluxo de trabalho por OJS / PKP" src="/templates/images/ojs_brand.png"></a></div></div></div></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 2. An arXiv HTML (LaTeXML) preprint rendering


def _ltx_code(text: str) -> str:
    lines = "".join(f'<div class="ltx_listingline">{esc(line)}</div>' for line in text.split("\n"))
    return f'<div class="ltx_listing ltx_lst_language_Python ltx_lstlisting ltx_listing"><pre class="ltx_verbatim ltx_font_typewriter">{esc(text)}</pre><div class="ltx_listing_data" hidden>{lines}</div></div>'


def fam_arxiv_html(c: Ctx) -> FamilyOut:
    """An arXiv HTML paper: experimental banner, ltx_authors, ltx_abstract, ltx_section, bib."""
    blocks = body_blocks(c, 1.0, 0.35, 0.0, pick(c, "ul", "table"))
    sec = [0]

    def head(t: str) -> str:
        sec[0] += 1
        return f'</section><section class="ltx_section" id="S{sec[0]}"><h2 class="ltx_title ltx_title_section"><span class="ltx_tag ltx_tag_section">{sec[0]} </span>{esc(t)}</h2>'

    parts, gold = body_html(c, blocks, head, '<p class="ltx_p">', _ltx_code)
    parts = [
        f'<div class="ltx_para" id="p{i}">{p}</div>' if p.startswith('<p class="ltx_p">') else p
        for i, p in enumerate(parts)
    ]
    # citation markers inside paragraphs: "[12]" after a sentence, left out of the gold
    nbib = c.rng.randint(6, 14)
    for i in c.rng.sample(range(len(parts)), k=min(len(parts), c.rng.randint(2, 5))):
        if parts[i].endswith("</p></div>"):
            k = c.rng.randint(1, nbib)
            parts[i] = (
                parts[i][:-10]
                + f' <cite class="ltx_cite ltx_citemacro_cite">[<a href="#bib.bib{k}" class="ltx_ref">{k}</a>]</cite></p></div>'
            )
    if c.rng.random() < 0.5:
        c.used.append("arxiv-figure")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<figure class="ltx_figure" id="S1.F1"><img src="x1.png" class="ltx_graphics" width="598" height="300" alt="Refer to caption"><figcaption class="ltx_caption ltx_centering"><span class="ltx_tag ltx_tag_figure">Figure 1: </span>{sentence(c)}</figcaption></figure>'
            ),
        )
    y, m, d = era_date(c, 2023, 2025)
    ident = f"{y % 100:02d}{m:02d}.{c.rng.randint(1000, 29999):05d}v{c.rng.randint(1, 4)}"
    cat = pick(c, "cs.CL", "cs.LG", "cs.CV", "stat.ML", "cs.IR", "econ.GN")
    authors = "".join(
        f'<span class="ltx_creator ltx_role_author"><span class="ltx_personname">{esc(a)}</span><span class="ltx_author_notes"><span class="ltx_contact ltx_role_affiliation">{pick(c, "University of Toronto", "ETH Zürich", "Tsinghua University", "Allen Institute for AI", "University of Edinburgh")}</span><span class="ltx_contact ltx_role_email"><a href="mailto:{slug(a).replace("-", ".")}@example.edu">{slug(a).replace("-", ".")}@example.edu</a></span></span></span>'
        for a in author_names(c, c.rng.randint(2, 5))
    )
    bib = "".join(
        f'<li id="bib.bib{k}" class="ltx_bibitem"><span class="ltx_tag ltx_tag_bibitem">[{k}]</span><span class="ltx_bibblock">{r}</span></li>'
        for k, r in enumerate(
            references(
                c, nbib, ["NeurIPS", "ACL", "ICML", "Transactions of the ACL", "arXiv preprint"]
            ),
            1,
        )
    )
    c.used += "arxiv-banner arxiv-license arxiv-id arxiv-title arxiv-authors arxiv-abstract arxiv-cites arxiv-bib arxiv-footer arxiv-report".split()
    html = (
        f'<body><div class="ltx_page_main"><header class="desktop_header"><div class="html-header-logo"><a href="https://arxiv.org/"><img alt="logo" class="logomark" src="https://services.dev.arxiv.org/html/static/arxiv-logomark-small-white.svg"><span class="sr-only">Back to arXiv</span></a></div>'
        f'<div class="html-header-message" role="banner"><p>This is <strong>experimental HTML</strong> to improve accessibility. We invite you to report rendering errors. Use Alt+Y to toggle on accessible reporting links and Alt+Shift+Y to toggle off. Learn more <a href="https://info.arxiv.org/about/accessible_HTML.html">about this project</a> and <a href="#">help improve conversions</a>.</p></div>'
        f'<nav class="html-header-nav"><a class="ar5iv-footer-button hover-effect" href="https://info.arxiv.org/help/why_html.html">Why HTML?</a><a class="ar5iv-footer-button hover-effect" href="#">Report Issue</a><a class="ar5iv-footer-button hover-effect" href="https://arxiv.org/abs/{ident}">Back to Abstract</a><a class="ar5iv-footer-button hover-effect" href="https://arxiv.org/pdf/{ident}">Download PDF</a><a class="ar5iv-toggle-color-scheme" href="#"><span class="color-scheme-icon" aria-label="Switch to light mode"></span></a></nav></header>'
        f'<div class="package-alerts ltx_document" role="status"><button aria-label="Dismiss alert">×</button><p>HTML conversions <a href="#">sometimes display errors</a> due to content that did not convert correctly from the source.</p></div>'
        f'<div id="main" class="ltx_page_content"><div class="section" id="target-section"><div id="license-tr">License: {pick(c, "CC BY 4.0", "arXiv.org perpetual non-exclusive license", "CC BY-SA 4.0")}</div><div id="watermark-tr">arXiv:{ident} [{cat}] {d:02d} {"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]} {y}</div></div>'
        f'<article class="ltx_document ltx_authors_1line"><h1 class="ltx_title ltx_title_document">{esc(c.body.title)}</h1><div class="ltx_authors">{authors}</div>'
        f'<div class="ltx_abstract"><h6 class="ltx_title ltx_title_abstract">Abstract</h6><p class="ltx_p">{sentence(c, 3)}</p></div>'
        f'<section class="ltx_section" id="S0">{"".join(parts)}</section>'
        f'<section id="bib" class="ltx_bibliography"><h2 class="ltx_title ltx_title_bibliography">References</h2><ul class="ltx_biblist">{bib}</ul></section></article></div>'
        f'<footer class="ltx_page_footer"><div class="ltx_page_logo">Generated on {pick(c, "Mon", "Tue", "Wed", "Thu", "Fri")} {"Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]} {d} {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d} {y} by <a href="http://dlmf.nist.gov/LaTeXML/" class="ltx_LaTeXML_logo">LaTeXML</a></div></footer></div>'
        f'<button type="button" class="btn btn-primary hover-rp-button" id="openForm">Report Issue</button><div class="modal" id="myForm" role="dialog" hidden><form class="modal-content"><h5 class="modal-title">Report Github Issue</h5><label>Title:</label><input type="text"><label>Content selection saved. Describe the issue below:</label><textarea></textarea><button type="submit">Submit without Github</button><button type="submit">Submit in Github</button></form></div>'
        f'<button id="openForm" class="btn btn-primary hover-rp-button small-report-button">Report Issue for Selection</button></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 3. A French OpenEdition Journals article (Lodel)


def fam_openedition(c: Ctx) -> FamilyOut:
    """An OpenEdition article: top bar, Résumés, Plan, p.texte, footnotecall, Pour citer."""
    blocks = body_blocks(c, 0.75, 0.2, 0.35)
    heads: list[str] = []

    def head(t: str) -> str:
        heads.append(t)
        return f'<h1 class="texte" id="tocto1n{len(heads)}">{esc(t)}</h1>'

    parts, gold = body_html(c, blocks, head, '<p class="texte">')
    parts = [
        p.replace("<blockquote><p>", '<p class="citation">').replace("</p></blockquote>", "</p>")
        for p in parts
    ]
    parts, n_notes = note_marks(
        c,
        parts,
        '<p class="texte">',
        lambda n: f'<a class="footnotecall" id="bodyftn{n}" href="#ftn{n}">{n}</a>',
        1,
        6,
    )
    revue = pick(
        c,
        "Revue d’économie politique",
        "Cahiers de recherche sociologique",
        "Revue des droits de l’homme",
        "Géocarrefour",
        "Études rurales",
    )
    y, m, d = era_date(c, 2017, 2025)
    authors = author_names(c, c.rng.randint(1, 2))
    nums = c.rng.randint(20, 120)
    notes = "".join(
        f'<p class="notesbaspage"><a class="FootnoteSymbol" id="ftn{k}" href="#bodyftn{k}">{k}</a> {pick(c, "Voir", "Cf.", "Sur ce point, voir")} {esc(c.rng.choice(PEOPLE))}, « {esc(h)} », {pick(c, "Paris, PUF", "Paris, La Découverte", "Lyon, ENS Éditions")}, {c.rng.randint(1990, 2023)}, p. {c.rng.randint(3, 300)}.</p>'
        for k, h in enumerate(headlines(c, n_notes), 1)
    )
    biblio = "".join(
        f'<p class="bibliographie">{r}</p>'
        for r in references(
            c,
            c.rng.randint(3, 7),
            ["Annales", "Revue française de sociologie", "Sociologie du travail", "L’Homme"],
        )
    )
    plan = "".join(f'<li><a href="#tocto1n{k}">{esc(h)}</a></li>' for k, h in enumerate(heads, 1))
    plan_html = (
        f'<div id="toc"><h2 class="section">Plan</h2><ul class="sommaire">{plan}</ul></div>'
        if heads
        else ""
    )
    if heads:
        c.used.append("oe-plan")
    doc_authors = "".join(f'<div class="docAuthor"><a href="#">{esc(a)}</a></div>' for a in authors)
    author_notes = "".join(
        f'<div class="author"><h3><a href="#">{esc(a)}</a></h3><p class="description">{pick(c, "Maître de conférences", "Professeure", "Chargé de recherche CNRS", "Doctorante")}, {pick(c, "Université Paris 1 Panthéon-Sorbonne", "Université de Lyon", "Sciences Po", "EHESS")}</p></div>'
        for a in authors
    )
    c.used += "oe-topbar oe-header oe-menu oe-sommaire oe-title oe-authors oe-resumes oe-index oe-notes oe-biblio oe-cite oe-author oe-rights oe-tools oe-footer".split()
    html = (
        f'<body class="lodel-article"><div id="oe-topbar"><a class="oe-logo" href="https://www.openedition.org">OpenEdition</a><ul><li><a href="#">Nos plateformes</a><ul><li><a href="#">OpenEdition Books</a></li><li><a href="#">OpenEdition Journals</a></li><li><a href="#">Calenda</a></li><li><a href="#">Hypothèses</a></li></ul></li><li><a href="#">Bibliothèques</a></li><li><a href="#">OpenEdition Freemium</a></li></ul><form class="oe-search"><input type="text" placeholder="Chercher dans OpenEdition Search"><button>Rechercher</button></form><span class="oe-lang">Français</span></div>'
        f'<div id="header"><p class="revue-name"><a href="/{slug(revue)[:20]}/">{revue}</a></p><ul id="menu"><li><a href="#">Accueil</a></li><li><a href="#">Numéros</a></li><li><a href="#">Catalogue des numéros</a></li><li><a href="#">Présentation</a></li><li><a href="#">Consignes aux auteurs</a></li></ul></div>'
        f'<div id="main"><div id="navigation"><p><a href="#">Sommaire</a> - <a href="#">Document précédent</a> - <a href="#">Document suivant</a></p><p class="numero"><a href="#">{nums} | {y}</a> : {esc(headlines(c, 1)[0])}</p><p class="rubrique">Articles</p></div>'
        f'<div id="docTitle"><h1 id="docTitle" class="title">{esc(c.body.title)}</h1></div><div id="docAuthor">{doc_authors}</div>'
        f'<div id="abstract" class="section"><h2 class="section">Résumés</h2><div class="tabs"><span>Français</span> <span>English</span></div><p class="resume" lang="fr">{sentence(c, 3)}</p><p class="resume" lang="en">{sentence(c, 2)}</p></div>'
        f'<div id="entries" class="section"><h2 class="section">Entrées d’index</h2><p><strong>Mots-clés :</strong> <a href="#">{pick(c, "politiques publiques", "mondialisation", "travail", "territoire")}</a>, <a href="#">{pick(c, "histoire", "droit", "économie")}</a></p><p><strong>Keywords:</strong> <a href="#">{pick(c, "public policy", "globalisation", "labour")}</a></p></div>{plan_html}'
        f'<div id="text" class="section"><h2 class="section">Texte intégral</h2><div class="text wResizable">{"".join(parts)}</div></div>'
        f'<div id="bibliography" class="section"><h2 class="section">Bibliographie</h2>{biblio}</div>'
        + (
            f'<div id="notes" class="section"><h2 class="section">Notes</h2>{notes}</div>'
            if n_notes
            else ""
        )
        + f'<div id="quotation" class="section"><h2 class="section">Pour citer cet article</h2><h3>Référence papier</h3><p class="quotation">{esc(authors[0])}, « {esc(c.body.title)} », <em>{revue}</em>, {nums} | {y}, {c.rng.randint(5, 90)}-{c.rng.randint(91, 200)}.</p><h3>Référence électronique</h3><p class="quotation">{esc(authors[0])}, « {esc(c.body.title)} », <em>{revue}</em> [En ligne], {nums} | {y}, mis en ligne le {d} {"janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()[m - 1]} {y}. URL : http://journals.openedition.org/{slug(revue)[:12]}/{c.rng.randint(1000, 30000)} ; DOI : https://doi.org/{doi(c, "10.4000/")}</p></div>'
        f'<div id="author" class="section"><h2 class="section">Auteur</h2>{author_notes}</div>'
        f'<div id="licence" class="section"><h2 class="section">Droits d’auteur</h2><p><a href="https://creativecommons.org/licenses/by-nc-nd/4.0/">CC-BY-NC-ND-4.0</a></p></div></div>'
        f'<div id="tools"><ul><li><a href="#">Consulter</a></li><li><a href="#">Citer</a></li><li><a href="#">Partager</a></li><li><a href="#">Imprimer</a></li><li><a href="#">PDF</a></li></ul></div>'
        f'<div id="footer"><p>{revue} · eISSN {c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}</p><ul><li><a href="#">Plan du site</a></li><li><a href="#">Contacts</a></li><li><a href="#">Crédits</a></li><li><a href="#">Mentions légales</a></li><li><a href="#">Politique de confidentialité</a></li><li><a href="#">Syndication</a></li></ul><p><a href="https://www.openedition.org">OpenEdition</a> · Lodel</p></div></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 4. An Italian encyclopedia entry (Treccani-like)


def fam_treccani_entry(c: Ctx) -> FamilyOut:
    """An encyclopedia entry: portal header, kind line, lemma-def, firma, Bibliografia, Cita."""
    blocks = body_blocks(c, 0.45, 0.25, 0.1, pick(c, "ul", "table"))
    parts, gold = body_html(c, blocks, lambda t: f'<h3 class="paragrafo">{esc(t)}</h3>')
    work = pick(
        c,
        "Enciclopedia on line",
        "Enciclopedia Italiana (1935)",
        "Dizionario di Economia e Finanza (2012)",
        "Enciclopedia del Novecento",
        "Lessico del XXI Secolo (2013)",
    )
    author = c.rng.choice(PEOPLE)
    firma = ""
    if "on line" not in work:
        c.used.append("treccani-firma")
        firma = f'<p class="firma">di {esc(author)}</p>'
    if c.rng.random() < 0.4:
        c.used.append("treccani-ad")
        parts = weave(
            c,
            parts,
            1,
            lambda: (
                f'<div class="adv adv--box" data-slot="mpu-{hexid(c, 4)}"><span class="adv__label">Pubblicità</span></div>'
            ),
        )
    biblio = ""
    if c.rng.random() < 0.7:
        c.used.append("treccani-biblio")
        works = "; ".join(
            f"{esc(c.rng.choice(PEOPLE))}, {esc(h)}, {pick(c, 'Milano', 'Torino', 'Bologna', 'Roma')} {c.rng.randint(1950, 2020)}"
            for h in headlines(c, c.rng.randint(2, 4))
        )
        biblio = f'<div class="bibliografia"><h4>Bibliografia</h4><p>{works}.</p></div>'
    related = "".join(
        f'<li><a href="/enciclopedia/{slug(h)[:30]}/">{esc(h)}</a> <span>{pick(c, "Enciclopedia on line", "Dizionario di Storia", "Vocabolario on line")}</span></li>'
        for h in headlines(c, c.rng.randint(3, 5))
    )
    see_also = "".join(f'<li><a href="#">{esc(h)}</a></li>' for h in headlines(c, 2))
    c.used += "treccani-header treccani-kind treccani-title treccani-def treccani-share treccani-cite treccani-related treccani-footer".split()
    html = (
        f'<body class="page-enciclopedia"><header class="header"><div class="header__top"><a class="header__logo" href="/"><img src="/assets/img/treccani-logo.svg" alt="Treccani"></a><nav class="header__nav"><ul><li><a href="/enciclopedia/">Enciclopedia</a></li><li><a href="/vocabolario/">Vocabolario</a></li><li><a href="/sinonimi/">Sinonimi</a></li><li><a href="/magazine/">Magazine</a></li><li><a href="/scuola/">Scuola</a></li><li><a href="/catalogo/">Catalogo</a></li></ul></nav><form class="search"><input type="search" placeholder="Cerca in Enciclopedia"><button>Cerca</button></form><a class="header__login" href="/login">Accedi</a></div></header>'
        f'<main class="main"><div class="container"><div class="adv adv--leaderboard"><span class="adv__label">Pubblicità</span></div><article class="module-article"><p class="module-article__kind">{work}</p>'
        f'<h1 class="title-search">{esc(c.body.title.upper())}</h1><div class="module-briciole_di_pane"><a href="#">Condividi</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>'
        f'<div class="text spiega"><p class="lemma-def"><strong>{esc(c.body.title.split(" ")[0])}</strong> {sentence(c)}</p>{"".join(parts)}{firma}</div>{biblio}'
        f'<div class="cita-articolo"><h4>Cita questo articolo</h4><p>{esc(author)}, <em>{esc(c.body.title)}</em>, in {work}, Istituto della Enciclopedia Italiana. <button>Copia</button></p><p class="fonte">Fonte: {work}</p></div></article>'
        f'<aside class="lemmi-correlati"><h3>Lemmi correlati</h3><ul>{related}</ul><h3>Vedi anche</h3><ul>{see_also}</ul></aside></div></main>'
        f'<footer class="footer"><div class="footer__links"><a href="#">Chi siamo</a> <a href="#">Contatti</a> <a href="#">Lavora con noi</a> <a href="#">Privacy</a> <a href="#">Cookie policy</a> <a href="#">Preferenze cookie</a></div><p>© Istituto della Enciclopedia Italiana fondata da Giovanni Treccani S.p.A. · P.IVA 00892411000 · Tutti i diritti riservati</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 5. A German think tank's policy brief (SWP-Aktuell-like, TYPO3)


def fam_swp_brief(c: Ctx) -> FamilyOut:
    """A policy brief: series line, Kurzfassung, ce-bodytext, Endnoten, Zitierhinweis, PDF."""
    blocks = body_blocks(c, 0.7, 0.25, 0.15)
    parts, gold = body_html(c, blocks, lambda t: f"<h2>{esc(t)}</h2>")
    parts, n_notes = note_marks(
        c, parts, "<p>", lambda n: f'<sup><a href="#fn-{n}" id="fnref-{n}">{n}</a></sup>', 1, 7
    )
    y, m, d = era_date(c, 2014, 2025)
    series = pick(c, "SWP-Aktuell", "SWP-Studie", "SWP-Kurz gesagt", "SWP-Comment")
    org = pick(
        c,
        "Stiftung Wissenschaft und Politik",
        "Deutsches Institut für Internationale Politik",
        "Institut für Europäische Politik",
    )
    nr = f"{y}/A {c.rng.randint(1, 70)}"
    authors = author_names(c, c.rng.randint(1, 3))
    summary = ""
    if c.rng.random() < 0.8:
        c.used.append("swp-kurzfassung")
        summary = f'<div class="summary"><h2>Kurzfassung</h2><ul>{"".join(f"<li>{sentence(c)}</li>" for _ in range(c.rng.randint(2, 4)))}</ul></div>'
    endnotes = "".join(
        f'<li id="fn-{k}">Vgl. {esc(c.rng.choice(PEOPLE))}, »{esc(h)}«, {pick(c, "SWP-Studie", "Bundestagsdrucksache", "Pressemitteilung")} {c.rng.randint(1, 30)}/{c.rng.randint(2010, y)}, S. {c.rng.randint(1, 80)}. <a href="#fnref-{k}">↩</a></li>'
        for k, h in enumerate(headlines(c, n_notes), 1)
    )
    teasers = "".join(
        f'<div class="teaser"><p class="teaser__meta">{series} {y}/A {c.rng.randint(1, 70)}</p><h3><a href="/publikation/{slug(h)[:40]}">{esc(h)}</a></h3><p class="teaser__author">{esc(c.rng.choice(PEOPLE))}</p></div>'
        for h in headlines(c, 3)
    )
    by = ", ".join(f'<a href="/wissenschaftler-in/{slug(a)}">{esc(a)}</a>' for a in authors)
    c.used += "swp-header swp-series swp-title swp-authors swp-doi swp-endnotes swp-cite swp-pdf swp-tags swp-teasers swp-newsletter swp-footer".split()
    html = (
        f'<body id="p{c.rng.randint(100, 9999)}" class="page-publication"><a class="skiplink" href="#content">Zum Inhalt springen</a><header class="page-header"><a class="logo" href="/"><img src="/typo3conf/ext/swp_site/Resources/Public/Images/logo.svg" alt="{org}"></a>'
        f'<nav class="main-nav"><ul><li><a href="/themen/">Themen</a></li><li><a href="/regionen/">Regionen</a></li><li class="active"><a href="/publikationen/">Publikationen</a></li><li><a href="/veranstaltungen/">Veranstaltungen</a></li><li><a href="/ueber-uns/">Über uns</a></li></ul></nav><a class="lang" href="/en/">EN</a> <a class="search" href="/suche/">Suche</a></header>'
        f'<main id="content"><article class="publication"><div class="publication__meta"><p class="series">{series} {nr}, {d:02d}.{m:02d}.{y}, {c.rng.randint(4, 40)} Seiten</p><p class="doi">doi:{doi(c, "10.18449/")}</p></div>'
        f'<h1 class="publication__title">{esc(c.body.title)}</h1><p class="publication__authors">{by}</p>{summary}'
        f'<div class="frame frame-default frame-type-text"><div class="ce-bodytext">{"".join(parts)}</div></div>'
        f'<div class="endnotes"><h2>Endnoten</h2><ol>{endnotes}</ol></div>'
        f'<div class="citation"><h2>Zitierhinweis</h2><p>{esc(authors[0])}, {esc(c.body.title)}, {series} {nr}, Berlin: {org}, {y}, doi: {doi(c, "10.18449/")}</p><p class="issn">ISSN (Print) 1611-6364 · ISSN (Online) 2747-5018</p></div>'
        f'<aside class="download-box"><a class="btn btn-download" href="/fileadmin/contents/products/aktuell/{y}A{c.rng.randint(1, 70):02d}_{hexid(c, 5)}.pdf">PDF herunterladen</a><span>({c.rng.randint(200, 900)} KB)</span></aside>'
        f'<div class="tags"><h2>Themen</h2><ul><li><a href="#">{pick(c, "Europäische Union", "Sicherheitspolitik", "Klimapolitik", "Handelspolitik")}</a></li><li><a href="#">{pick(c, "Energie", "Digitalisierung", "Migration")}</a></li></ul><h2>Regionen</h2><ul><li><a href="#">{pick(c, "Osteuropa", "Asien", "Nahost", "Afrika", "Amerika")}</a></li></ul></div></article>'
        f'<section class="related"><h2>Das könnte Sie auch interessieren</h2>{teasers}</section>'
        f'<section class="newsletter"><h2>Newsletter</h2><p>Bleiben Sie informiert über neue Publikationen und Veranstaltungen.</p><form><input type="email" placeholder="E-Mail-Adresse"><button>Abonnieren</button></form></section></main>'
        f'<footer class="page-footer"><ul><li><a href="#">Kontakt</a></li><li><a href="#">Presse</a></li><li><a href="#">Karriere</a></li><li><a href="#">Impressum</a></li><li><a href="#">Datenschutz</a></li><li><a href="#">Barrierefreiheit</a></li></ul><p>© {org}, Berlin, {y}</p></footer></body></html>'
    )
    return html, gold


# ---------------------------------------------------------------------------------------------
# 6. A Japanese J-STAGE journal article (full text HTML view)


def fam_jstage_article(c: Ctx) -> FamilyOut:
    """A J-STAGE article: J-STAGE header, 抄録, キーワード, 本文 tab, 引用文献, メトリクス."""
    blocks = body_blocks(c, 0.8, 0.3, 0.0, pick(c, "ol", "table"))
    sec = [0]

    def head(t: str) -> str:
        sec[0] += 1
        return f'<div class="section-title" id="sec{sec[0]}"><h3>{esc(t)}</h3></div>'

    parts, gold = body_html(c, blocks, head, '<p class="para">')
    parts, n_cites = note_marks(
        c,
        parts,
        '<p class="para">',
        lambda n: f'<sup><a class="ref-link" href="#ref{n}">{n})</a></sup>',
        1,
        5,
    )
    journal = pick(
        c,
        "日本経済研究",
        "情報処理学会論文誌",
        "社会学評論",
        "土木学会論文集",
        "日本建築学会計画系論文集",
    )
    y, m, d = era_date(c, 2015, 2025)
    authors = author_names(c, c.rng.randint(1, 4))
    refs = "".join(
        f'<li id="ref{k}"><span class="ref-no">{k})</span> {r} <a href="#" class="crossref">CrossRef</a> <a href="#" class="gscholar">Google Scholar</a></li>'
        for k, r in enumerate(
            references(
                c,
                max(n_cites, c.rng.randint(3, 8)),
                [
                    "Journal of Japanese Studies",
                    "日本経済研究",
                    "社会学評論",
                    "Asian Economic Journal",
                ],
            ),
            1,
        )
    )
    metrics = ""
    if c.rng.random() < 0.7:
        c.used.append("jstage-metrics")
        metrics = f'<div class="metrics-box"><h4>メトリクス</h4><p>記事閲覧数 <span>{c.rng.randint(100, 9999)}</span></p><p>被引用数 <span>{c.rng.randint(0, 40)}</span></p><div class="altmetric-embed" data-doi="{doi(c)}"></div></div>'
    by = "、".join(f'<a href="#">{esc(a)}</a>' for a in authors)
    affil = "".join(
        f"<li>{esc(a)}: {pick(c, '東京大学', '京都大学', '大阪大学', '東北大学', '一橋大学')}{pick(c, '大学院経済学研究科', '工学部', '社会科学研究所')}</li>"
        for a in authors
    )
    keywords = ", ".join(
        f'<a href="#">{pick(c, "マクロ経済", "労働市場", "地域政策", "機械学習", "都市計画")}</a>'
        for _ in range(3)
    )
    related = "".join(f'<li><a href="#">{esc(h)}</a></li>' for h in headlines(c, 3))
    c.used += "jstage-header jstage-banner jstage-volume jstage-title jstage-authors jstage-affil jstage-abstract jstage-keywords jstage-pdf jstage-dates jstage-tabs jstage-refs jstage-related jstage-use jstage-footer".split()
    html = (
        f'<body><div id="header"><div class="global-header"><a href="/browse/-char/ja"><img src="/static/images/jstage-logo.png" alt="J-STAGE"></a><ul class="global-nav"><li><a href="/browse/-char/ja">J-STAGE トップ</a></li><li><a href="/browse/{hexid(c, 6)}/-char/ja">資料トップ</a></li><li><a href="#">ログイン</a></li><li><a href="#">カート</a></li><li><a href="#">English</a></li></ul><form class="search"><input type="text" placeholder="資料名で検索"><button>検索</button></form></div>'
        f'<div class="journal-banner"><h2>{journal}</h2><p>ISSN {c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}</p><ul><li><a href="#">巻号一覧</a></li><li><a href="#">この資料について</a></li><li><a href="#">投稿規程</a></li></ul></div></div>'
        f'<div id="article-page"><div class="global-article-title"><p class="volume-info">{y} 年 {c.rng.randint(3, 70)} 巻 {c.rng.randint(1, 4)} 号 p. {c.rng.randint(1, 200)}-{c.rng.randint(201, 400)}</p><div class="global-article-title">{esc(c.body.title)}</div><p class="en-title">{esc(c.body.title)}</p>'
        f'<div class="global-authors-name-tags">{by}</div><div class="accordion_container"><h4>著者情報</h4><ul>{affil}</ul></div>'
        f'<p class="doi">DOI: <a href="#">https://doi.org/{doi(c, "10.1")}</a></p></div>'
        f'<div class="tab-nav"><ul><li class="active"><a href="#article-fulltext">本文</a></li><li><a href="#article-references">引用文献</a></li><li><a href="#article-citedby">被引用文献</a></li></ul></div>'
        f'<div class="article-abstract"><h4>抄録</h4><p>{sentence(c, 3)}</p><h4>キーワード</h4><p>{keywords}</p></div>'
        f'<div class="pdf-download"><a class="btn" href="/article/{hexid(c, 6)}/_pdf/-char/ja">PDF形式でダウンロード ({c.rng.randint(300, 4000)}K)</a></div>'
        f'<div class="dates"><p>発行日: {y}/{m:02d}/{d:02d}</p><p>受付日: {y - 1}/{c.rng.randint(1, 12):02d}/{c.rng.randint(1, 28):02d}</p><p>J-STAGE公開日: {y}/{m:02d}/{d:02d}</p></div>'
        f'<div id="article-fulltext" class="article-fulltext">{"".join(parts)}</div>'
        f'<div id="article-references" class="references"><h4>引用文献</h4><ol>{refs}</ol></div><div id="article-citedby"><h4>被引用文献 (0)</h4></div>'
        f'<div class="side-box"><h4>関連記事</h4><ul>{related}</ul>{metrics}<h4>記事の利用</h4><p>この記事は<a href="#">クリエイティブ・コモンズ [表示 - 非営利 4.0 国際]</a>ライセンスの下に提供されています。</p><p>{journal} {brand(c)}</p></div></div>'
        f'<div id="footer"><ul><li><a href="#">J-STAGEについて</a></li><li><a href="#">利用規約</a></li><li><a href="#">プライバシーポリシー</a></li><li><a href="#">お問合せ</a></li></ul><p>国立研究開発法人 科学技術振興機構 · Copyright © {y} Japan Science and Technology Agency</p></div></body></html>'
    )
    return html, gold

"""The story's opening paragraphs that trim cut as a header (ingest.extract_opening): kept.

The page imitates an explainer: a kicker, the headline, a byline and an "at a glance" box, then
the story's first paragraphs in an intro box of their own, then the questions and answers as
`<details>` items. readability scores the answers' box best, so `trim` cut everything before it,
the intro too; trafilatura's broad and precision passes both keep the intro.
"""

from __future__ import annotations

from extract_choice import rule_choice

from digest.ingest.extract import extract_page
from digest.ingest.extract_lost import RULES
from digest.ingest.extract_opening import OPENED, OPENING, opened_text, opening_kept, set_apart
from digest.ingest.extract_rules import (
    BROAD,
    DERIVED,
    PRECISE,
    READABLE,
    TRIMMED,
    Candidates,
    Choice,
    Thresholds,
)

URL = "https://explained.example.org/2024/05/why-the-river-flooded"
TITLE = "Why the river flooded the lower town again this spring"
INTRO = [
    "The river rose over its banks in the lower town for the third spring in a row, and the "
    "water stood in the streets by the old mill for four days before the pumps could clear it.",
    "Engineers from the county say the new bridge narrowed the channel, the council says the "
    "rain was the heaviest in forty years, and the people who live by the mill say both are "
    "right and that nobody listened when they warned about the bridge two years ago. The "
    "insurers have started to ask the same questions as the residents.",
]
ANSWERS = [
    (
        "What happened this year?",
        "Heavy rain in the hills fell for six days in a row in early April, and the river took "
        "it all at once because the fields upstream were still frozen and could not soak it up.",
    ),
    (
        "Why does the bridge matter?",
        "The new bridge stands on four piers where the old one stood on two, so the channel under "
        "it is narrower and the water backs up towards the mill when the river is high.",
    ),
    (
        "What will the council do?",
        "The council has promised a study of the channel by the autumn and has asked the county "
        "to pay for temporary barriers along the mill road before next spring's rains come.",
    ),
    (
        "Who pays for the damage?",
        "Most households are insured, but the insurers say a third flood in three years will "
        "raise premiums across the lower town, and some have stopped writing new policies there.",
    ),
]

LONGER = (
    "Residents who have lived by the river for decades say the floods used to come once in a "
    "generation, and that the town grew into the low ground in the dry years after the war, "
    "when nobody thought about where the water would go; the old maps show the meadows there."
)


def _page(intro: list[str]) -> str:
    qa = "".join(
        f"<details class='qa-item' open><summary><h3>{q}</h3></summary>"
        f"<div class='qa-item__answer'><p>{a}</p><p>{LONGER} {a}</p><p>{LONGER}</p></div>"
        "</details>"
        for q, a in ANSWERS
    )
    return (
        f"<html><head><title>{TITLE}</title><meta property='og:title' content='{TITLE}'>"
        "</head><body><header><a href='/'>Explained</a><nav><a href='/news'>News</a>"
        "<a href='/explainers'>Explainers</a></nav></header><main><article class='explainer'>"
        f"<p class='kicker'>Explainer</p><h1>{TITLE}</h1>"
        "<p class='byline'>By Ada Brook · May 3, 2024</p>"
        "<aside class='at-a-glance'><h2>At a glance</h2><dl><div><dt>When</dt><dd>April 2024"
        "</dd></div><div><dt>Where</dt><dd>Lower town</dd></div></dl></aside>"
        "<div class='explainer__intro'>"
        + "".join(f"<p>{p}</p>" for p in intro)
        + f"</div><div class='qa-list'>{qa}</div></article></main>"
        "<footer><p>Explained is a reader-funded newsroom.</p></footer></body></html>"
    )


def test_the_intro_that_trim_cut_is_kept_when_the_precision_pass_keeps_it() -> None:
    page = _page(INTRO)
    before = rule_choice(page, URL, RULES - {OPENING})
    assert before.rule == "trim" and before.name in DERIVED  # the intro was cut before
    choice = rule_choice(page, URL)
    assert choice == Choice(OPENED[before.name], OPENING)
    text = extract_page(page, URL).text
    assert all(p in text for p in INTRO)
    assert all(a in text for _, a in ANSWERS)


def test_one_paragraph_over_the_story_s_first_question_is_its_opening() -> None:
    """One intro paragraph, then the first question's heading (a `<summary>`'s `<h3>`, set as
    the questions in trim's span are): the story's opening, not a dek."""
    page = _page(INTRO[:1])
    before = rule_choice(page, URL, RULES - {OPENING})
    assert before.rule == "trim" and before.name in DERIVED  # the intro was cut before
    assert rule_choice(page, URL) == Choice(OPENED[before.name], OPENING)
    text = extract_page(page, URL).text
    assert INTRO[0] in text and ANSWERS[0][0] in text  # the intro and the first question


def test_a_single_paragraph_in_the_header_is_a_dek_and_stays_cut() -> None:
    """The same paragraph in the same box, set in the header over the byline and the "at a
    glance" box: the text between it and the first question is the header's: a dek."""
    box = f"<div class='explainer__intro'><p>{INTRO[0]}</p></div>"
    page = (
        _page([])
        .replace("<div class='explainer__intro'>", "<div>")
        .replace("<p class='byline'>", box + "<p class='byline'>")
    )
    choice = rule_choice(page, URL)
    assert choice.rule == "trim" and choice.name in DERIVED
    assert INTRO[0] not in extract_page(page, URL).text


def test_one_paragraph_is_an_opening_only_with_the_rule_on(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Switched off, the one paragraph stays cut (the rule's check)."""
    import digest.ingest.extract_opening as opening

    monkeypatch.setattr(opening, "ONE_PARA", False)
    page = _page(INTRO[:1])
    choice = rule_choice(page, URL)
    assert choice.rule == "trim" and choice.name in DERIVED
    assert INTRO[0] not in extract_page(page, URL).text


def _texts(precise: str) -> Candidates:
    story = "\n".join(a for _, a in ANSWERS)
    texts = {BROAD: "\n".join([TITLE, *INTRO, story]), READABLE: story, PRECISE: precise}
    makers = {name: (lambda t=text: t) for name, text in texts.items()}
    cands = Candidates(makers)
    makers[OPENED[TRIMMED]] = lambda: opened_text(cands, TRIMMED, (TITLE,))  # as extract does
    return cands


def test_the_cut_stands_when_the_precision_pass_drops_the_paragraphs() -> None:
    trim = Choice(TRIMMED, "trim")
    story = "\n".join(a for _, a in ANSWERS)
    kept = _texts("\n".join([*INTRO, story]))
    assert opening_kept(kept, trim, (TITLE,), Thresholds()) == Choice(OPENED[TRIMMED], OPENING)
    opened = opened_text(kept, TRIMMED, (TITLE,)).splitlines()
    assert opened == [*INTRO, *story.splitlines()]  # the headline goes, the intro comes back
    dropped = _texts("\n".join([INTRO[0], story]))
    assert opening_kept(dropped, trim, (TITLE,), Thresholds()) == trim


def _abstracts_page(open_box: str, langs: tuple[str, str] = ("", "")) -> str:
    """The explainer page with its intro box opened by `open_box` and its paragraphs in `langs`."""
    paras = "".join(
        f"<p{f' lang={lang!r}' if lang else ''}>{p}</p>"
        for p, lang in zip(INTRO, langs, strict=True)
    )
    return _page(INTRO).replace(
        "<div class='explainer__intro'>" + "".join(f"<p>{p}</p>" for p in INTRO),
        open_box + paras,
    )


def test_paragraphs_in_a_box_named_as_a_summary_are_abstracts_and_stay_cut() -> None:
    """A scholarly page's abstracts ("Résumés", "Abstract") sit before its text in a box of
    their own: several paragraphs, which the precision pass keeps too, yet no opening."""
    for box in ("<div id='abstract' class='section'>", "<div class='resumo-box'>"):
        page = _abstracts_page(box)
        choice = rule_choice(page, URL)
        assert choice.rule == "trim" and choice.name in DERIVED, box
        assert INTRO[1] not in extract_page(page, URL).text


def test_paragraphs_in_two_languages_are_abstracts_and_stay_cut() -> None:
    page = _abstracts_page("<div class='explainer__intro'>", ("fr", "en"))
    choice = rule_choice(page, URL)
    assert choice.rule == "trim" and choice.name in DERIVED
    same = _abstracts_page("<div class='explainer__intro'>", ("en", "en"))
    assert rule_choice(same, URL).rule == OPENING  # one language: the story's opening


def test_set_apart_reads_the_container_names_and_the_languages() -> None:
    import lxml.html

    def apart(body: str) -> bool:
        return set_apart(lxml.html.fromstring(f"<html><body>{body}</body></html>"), INTRO)

    ps = "".join(f"<p>{p}</p>" for p in INTRO)
    assert not apart(f"<div class='intro'>{ps}</div>")
    assert apart(f"<div class='resume'>{ps}</div>")
    assert apart(f"<section id='zusammenfassung'><div>{ps}</div></section>")
    assert apart(f"<p lang='pt'>{INTRO[0]}</p><p lang='en'>{INTRO[1]}</p>")
    assert not apart(f"<div lang='en-GB'><p>{INTRO[0]}</p><p lang='en'>{INTRO[1]}</p></div>")


def _widened(precise: str) -> Candidates:
    """trim's span already opens with the intro (widened over a list's other items, as
    `span_with_items` does), though readability's first line is the first answer."""
    story = "\n".join(a for _, a in ANSWERS)
    texts = {
        BROAD: "\n".join([TITLE, *INTRO, story]),
        READABLE: story,
        PRECISE: precise,
        TRIMMED: "\n".join([*INTRO, story]),
    }
    makers = {name: (lambda t=text: t) for name, text in texts.items()}
    cands = Candidates(makers)
    makers[OPENED[TRIMMED]] = lambda: opened_text(cands, TRIMMED, (TITLE,))
    return cands


def test_what_the_span_holds_is_not_put_back_twice() -> None:
    story = "\n".join(a for _, a in ANSWERS)
    cands = _widened("\n".join([*INTRO, story]))
    trim = Choice(TRIMMED, "trim")
    assert opening_kept(cands, trim, (TITLE,), Thresholds()) == trim  # nothing was cut
    assert opened_text(cands, TRIMMED, (TITLE,)) == ""


def test_the_span_s_opening_was_put_back_twice_with_the_check_off(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import digest.ingest.extract_opening as opening

    monkeypatch.setattr(opening, "OPEN_AT_SPAN", False)
    story = "\n".join(a for _, a in ANSWERS)
    cands = _widened("\n".join([*INTRO, story]))
    trim = Choice(TRIMMED, "trim")
    assert opening_kept(cands, trim, (TITLE,), Thresholds()) == Choice(OPENED[TRIMMED], OPENING)
    assert opened_text(cands, TRIMMED, (TITLE,)).count(INTRO[0]) == 2

"""A question page's `split` undone (ingest.extract_unsplit): the question, not question + answers.

readability holds the question and its two answers (each in a post body of its own), at more
than twice the broad pass's length, so `split` took it; trafilatura's cascade keeps the question
alone, and the answers hold none of the description's words. A split story (its second part
holding description words the first part lacks) keeps its split.
"""

from __future__ import annotations

from digest.ingest.extract_lost import RULES, choose_article
from digest.ingest.extract_rules import (
    BROAD,
    CASCADE,
    PRECISE,
    READABLE,
    Candidates,
    Choice,
    Evidence,
)
from digest.ingest.extract_unsplit import UNSPLIT

TITLE = "Why do coastal councils publish flood maps so late in the year"
QUESTION = [
    "Every coastal council I have looked at publishes its flood maps in the autumn, after the "
    "storm season has started, even though the surveys behind them are finished in spring.",
    "Is there a legal reason for the delay, or is it only the way the budget year is set up?",
]
ANSWERS = [
    "The maps go through a public consultation of twelve weeks, and most councils start it "
    "only after their planning committee has met in the summer, which adds months to it.",
    "In my county the insurers are shown the draft first, and their comments come back in "
    "late summer; the council will not publish until it has answered every one of them.",
    "There is also the printing: the paper copies for the libraries are ordered once a year, "
    "and the online maps are released on the same day so the two versions never differ.",
    "Our council explained at a public meeting that the mapping contractor delivers the final "
    "files in August, and the checking by the environment agency takes another six weeks.",
]
SECOND_PART = [
    "The surveys behind the coastal flood maps finish in spring, but councils publish the maps "
    "only in the autumn, and the storm season has started by then in every county we checked.",
    "Councils say the delay comes from consultation rules, insurers' comments and printing.",
    "Residents say the maps should come out before the storms, and two councils now agree.",
    "One of them will publish its next maps in June, four months earlier than it did last year.",
]


def _cands(readable: list[str], cascade: list[str]) -> Candidates:
    texts = {
        BROAD: "\n".join(QUESTION),
        READABLE: "\n".join(readable),
        PRECISE: "\n".join(QUESTION),
        CASCADE: "\n".join(cascade),
    }
    return Candidates({name: (lambda t=text: t) for name, text in texts.items()})


def _evidence(description: str) -> Evidence:
    return Evidence(title_forms=(TITLE,), title=TITLE, description=description)


def test_a_question_with_its_answers_is_the_question() -> None:
    cands = _cands(QUESTION + ANSWERS, QUESTION)
    evidence = _evidence(QUESTION[0])
    assert choose_article(cands, evidence, rules=RULES - {UNSPLIT}) == Choice(READABLE, "split")
    assert choose_article(cands, evidence) == Choice(BROAD, UNSPLIT)


def test_a_split_story_whose_second_part_holds_the_description_stays_split() -> None:
    description = "Councils say consultation rules, insurers and printing delay the flood maps."
    cands = _cands(QUESTION + SECOND_PART, QUESTION)  # the cascade keeps the first part
    assert choose_article(cands, _evidence(description)) == Choice(READABLE, "split")


def test_a_split_the_cascade_takes_whole_stays_split() -> None:
    cands = _cands(QUESTION + ANSWERS, QUESTION + ANSWERS)
    assert choose_article(cands, _evidence(QUESTION[0])) == Choice(READABLE, "split")

"""The story every quick extraction lost together (ingest.extract_lost): trafilatura's cascade
replaces a pick that lacks the page's description when the cascade holds it.

The candidates imitate an old-Reddit thread page: the side bar's rules box comes first and uses
the post's markup, so trafilatura's broad and precision passes and readability all keep it; the
page's og:description is the post's first sentence; trafilatura's full cascade keeps the post.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from digest.ingest.extract import extract_page
from digest.ingest.extract_lost import LOST_TOGETHER, choose_article, lost_together
from digest.ingest.extract_rules import (
    ALL_RULES,
    BROAD,
    CASCADE,
    PRECISE,
    READABLE,
    Candidates,
    Choice,
    Evidence,
    Thresholds,
)

TITLE = "Library extends opening hours for exam season"
DESCRIPTION = (
    "The central library will stay open until midnight during the exam weeks, the city said."
)
POST = [DESCRIPTION] + [
    f"Paragraph {n}: students asked for quiet desks late in the evening, and the librarians "
    f"agreed to staff the reading rooms in shifts until the exams end in June ({n})."
    for n in range(8)
]
RULES_BOX = [
    "Welcome to the community! This is the place for news, questions and events about our town, "
    "its schools, its parks and its people; please read the wiki before you post anything here.",
    "Be civil. Personal attacks, insults and slurs get a ban without warning from the moderators, "
    "and so does arguing in bad faith with anyone who disagrees with you about local matters.",
    "Stay on topic. Every submission must concern the town, its people or its events somehow; "
    "national politics belongs elsewhere unless a decision changes something here directly.",
    "No spam. Self-promotion beyond one post in ten by the same account gets removed quickly, and "
    "repeated advertising for shops or services leads to a permanent ban from the community.",
]


def _recorded(texts: dict[str, str], asked: list[str]) -> Candidates:
    def maker(name: str, text: str) -> Callable[[], str]:
        def make() -> str:
            asked.append(name)
            return text

        return make

    return Candidates({name: maker(name, text) for name, text in texts.items()})


def _evidence(description: str | None = DESCRIPTION) -> Evidence:
    return Evidence(title_forms=(TITLE,), title=TITLE, description=description)


def _page(cascade: list[str]) -> dict[str, str]:
    side = "\n".join(RULES_BOX)
    return {BROAD: side, READABLE: side, PRECISE: side, CASCADE: "\n".join(cascade)}


def test_the_cascade_replaces_a_block_every_quick_extraction_took_without_the_description() -> None:
    asked: list[str] = []
    cands = _recorded(_page(POST), asked)
    assert choose_article(cands, _evidence()) == Choice(CASCADE, LOST_TOGETHER)
    # without the rule the pick is the side bar (the quick candidates agree on it)
    assert choose_article(_recorded(_page(POST), []), _evidence(), rules=ALL_RULES).name == BROAD


def test_without_a_description_nothing_says_the_story_was_lost() -> None:
    for description in (None, "", "Reddit"):  # fewer than two content words: no evidence
        asked: list[str] = []
        choice = choose_article(_recorded(_page(POST), asked), _evidence(description))
        assert choice.name == BROAD
        assert CASCADE not in asked  # the cascade is not even computed


def test_a_pick_holding_the_description_is_kept_and_the_cascade_never_runs() -> None:
    asked: list[str] = []
    texts = {BROAD: "\n".join(POST), READABLE: "\n".join(POST), CASCADE: "\n".join(RULES_BOX)}
    assert choose_article(_recorded(texts, asked), _evidence()).name == BROAD
    assert CASCADE not in asked


def test_a_cascade_that_lacks_the_description_too_is_not_taken() -> None:
    other = [line.replace("library", "pool") for line in RULES_BOX[::-1]] + ["Opening hours."]
    assert choose_article(_recorded(_page(other), []), _evidence()).name == BROAD


def test_a_cascade_holding_the_same_block_is_not_taken() -> None:
    # the cascade took the side bar too and only added the description's sentence after it
    same = [*RULES_BOX, DESCRIPTION]
    assert choose_article(_recorded(_page(same), []), _evidence()).name == BROAD


def test_a_pick_that_cut_what_broad_kept_is_left_to_the_guard_and_the_cascade_never_runs() -> None:
    # the pick lacks the description but trafilatura's broad pass holds it (a cut that dropped
    # the standfirst): not every quick extraction lost the story; the cascade is not asked
    asked: list[str] = []
    texts = {
        BROAD: "\n".join([DESCRIPTION, *RULES_BOX]),
        READABLE: "\n".join(RULES_BOX),
        CASCADE: "\n".join(POST),
    }
    cands = _recorded(texts, asked)
    choice = Choice(READABLE, "trim")
    assert lost_together(cands, choice, _evidence(), Thresholds()) == choice
    assert CASCADE not in asked


def test_an_old_reddit_like_thread_page_yields_its_post() -> None:
    # an old-Reddit thread page's markup (set P's family, cut down; the texts are this file's):
    # the side bar's rules box comes before the post, in the same div.md markup
    html = (Path(__file__).parent / "data" / "oldreddit_thread.html").read_text()
    for text in (TITLE, DESCRIPTION, *POST, *RULES_BOX):
        assert html.count(text) >= 1
    text = extract_page(html, "https://example.org/r/town/comments/x1/")
    assert "students asked for quiet desks" in text.text
    assert "Personal attacks" not in text.text

"""The story every quick extraction lost together (ingest.extract_lost): trafilatura's cascade
replaces a pick that lacks the page's description when the cascade holds it.

The candidates imitate an old-Reddit thread page: the side bar's rules box comes first and uses
the post's markup, so trafilatura's broad and precision passes and readability all keep it; the
page's og:description is the post's first sentence; trafilatura's full cascade keeps the post.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from digest.ingest.extract import extract_page
from digest.ingest.extract_lost import (
    LOST_TOGETHER,
    RULES,
    UNTITLED,
    choose_article,
    lost_together,
    stated_title_words,
    untitled,
)
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


# `untitled`: on a page without a description, the title the page states twice is the evidence.
STATED = (TITLE, f"{TITLE} – example.org", "town", "MODERATORS")  # og:title, <title>, two <h1>s


def _titled(sources: tuple[str, ...] = STATED, title: str = TITLE) -> Evidence:
    return Evidence(title_forms=sources, title=title, title_sources=sources)


def test_a_pick_holding_none_of_the_stated_title_s_words_gives_way_to_the_cascade() -> None:
    # the old-Reddit page without a description: every quick extraction took the side bar
    assert stated_title_words(_titled()) == {
        "library",
        "extends",
        "opening",
        "hours",
        "exam",
        "season",
    }
    cands = _recorded(_page(POST), [])
    assert choose_article(cands, _titled()) == Choice(CASCADE, UNTITLED)
    without = choose_article(_recorded(_page(POST), []), _titled(), rules=RULES - {UNTITLED})
    assert without.name == BROAD


def test_title_words_the_page_holds_in_its_headline_alone_are_no_evidence() -> None:
    # a story that never repeats its headline's words, on a page that holds them nowhere else
    # (the headline once): nothing says the story is elsewhere; the cascade is not even asked
    once = Counter({word: 1 for word in stated_title_words(_titled())})
    twice = once + Counter({"library": 1})  # the post below the side bar names it again
    for counts, name in ((once, BROAD), (twice, CASCADE)):
        asked: list[str] = []
        evidence = replace(_titled(), page_words=lambda counts=counts: counts)
        assert choose_article(_recorded(_page(POST), asked), evidence).name == name
        assert (CASCADE in asked) == (name == CASCADE)


def test_a_title_stated_once_is_no_evidence_and_the_cascade_never_runs() -> None:
    # a Tumblr-like post: no og:title, the only <h1> is the blog's name, the <title> the post's
    blog = "Paper Lantern Notes"
    sources = (f"{TITLE} – example.org", blog)
    assert stated_title_words(_titled(sources, blog)) == frozenset()
    asked: list[str] = []
    texts = {**_page(POST), BROAD: "\n".join(POST[1:]), READABLE: "\n".join(POST[1:])}
    texts[CASCADE] = "\n".join([blog, *POST, *RULES_BOX])
    assert choose_article(_recorded(texts, asked), _titled(sources, blog)).name == BROAD
    assert CASCADE not in asked


def test_a_pick_that_repeats_a_title_word_stands_and_the_cascade_never_runs() -> None:
    asked: list[str] = []
    side = [*RULES_BOX, "Opening times of the town hall change in summer."]  # one title word
    texts = {**_page(POST), BROAD: "\n".join(side), READABLE: "\n".join(side)}
    texts[PRECISE] = texts[BROAD]
    assert choose_article(_recorded(texts, asked), _titled()).name == BROAD
    assert CASCADE not in asked


def test_with_a_description_the_title_is_not_read() -> None:
    # the description is the better evidence (`together`, the guard): here the pick holds it
    evidence = Evidence(
        title_forms=STATED, title=TITLE, title_sources=STATED, description=RULES_BOX[0]
    )
    asked: list[str] = []
    assert choose_article(_recorded(_page(POST), asked), evidence).name == BROAD
    assert CASCADE not in asked


def test_a_cascade_of_the_same_block_or_without_the_title_s_words_is_not_taken() -> None:
    choice = Choice(BROAD, "agree")
    same = _recorded(_page([*RULES_BOX, DESCRIPTION]), [])  # the side bar again, and a line
    assert untitled(same, choice, _titled(), Thresholds()) == choice
    other = [line.replace("library", "pool").replace("exam", "swim") for line in POST]
    assert untitled(_recorded(_page(other), []), choice, _titled(), Thresholds()) == choice


def test_one_comment_readability_scored_gives_way_to_the_video_s_description() -> None:
    # a YouTube-like watch page without a description: trafilatura's broad pass holds the menu,
    # the headline, the video's description, the chapters (links) and the comments, each ending
    # in its "Reply" link; readability scored one comment. `disjoint` keeps that comment (broad
    # loses on its link lines and its repeated control link); it holds no word of the title,
    # and trafilatura's cascade holds the description and the title's words
    title = "Three radio hosts share the late-night music show"
    description = [
        f"The late-night music show passes to three radio hosts from February ({n}): each will "
        "present one evening a week, with new music from unsigned bands across the country."
        for n in range(6)
    ]
    chapters = [f"Chapter {n} interview with the producers" for n in range(5)]
    comments = [
        f"@viewer{n} {n + 2} days ago\nI always wondered how they picked the records, and "
        f"the answer was in this interview after all ({n}).\n{n + 1}.2K\nReply"
        for n in range(6)
    ]
    menu = ["Home", "Shorts", "Subscriptions", "You"]
    one = "We drove to the coast in July and the ferry left an hour behind time, as every year."
    texts = {
        BROAD: "\n".join([*menu, title, *description, *chapters, *comments]),
        READABLE: "\n".join([f"@someone 3 months ago\n{one} {one} {one}", "1.4K"]),
        PRECISE: title,
        CASCADE: "\n".join([*description, *comments]),
    }
    keys = [*menu, *chapters, "Reply"]
    links = frozenset(tuple(k.lower().split()) for k in keys)
    sources = (title, f"{title} - example.org")
    evidence = Evidence(
        title_forms=sources, title=title, title_sources=sources, link_titles=lambda: links
    )
    before = choose_article(_recorded(texts, []), evidence, rules=RULES - {UNTITLED})
    assert before == Choice(READABLE, "disjoint")
    assert choose_article(_recorded(texts, []), evidence) == Choice(CASCADE, UNTITLED)


def test_an_old_reddit_like_thread_page_without_a_description_yields_its_post() -> None:
    # the page of the test above without its meta description (set P's 4 pages `together`
    # left): og:title and <title> state the post's title, which the side bar never mentions
    html = (Path(__file__).parent / "data" / "oldreddit_thread.html").read_text()
    bare = html.replace(f'<meta name="description" content="{DESCRIPTION}">', "")
    assert bare != html
    text = extract_page(bare, "https://example.org/r/town/comments/x1/")
    assert "students asked for quiet desks" in text.text
    assert "Personal attacks" not in text.text

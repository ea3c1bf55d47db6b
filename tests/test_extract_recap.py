"""A summary box of the story's own first sentences above the story is not its text."""

from __future__ import annotations

from digest.ingest.extract import finish_text
from digest.ingest.extract_recap import drop_recap

STORY = [
    "The council approved the new tram line on Tuesday. Works start in spring, it said.",
    "The line runs from the station to the harbour. It has eleven stops and two depots.",
    "Residents asked for a stop near the school. The council will decide in June.",
    "The first trams are due in two years, the transport office said in a statement.",
]


def first_sentence(paragraph: str) -> str:
    return paragraph.split(". ")[0] + "."


def test_a_key_takeaways_box_of_the_first_sentences_goes_with_its_heading() -> None:
    """Set L's client alert and health article, set J's Business-Insider-like story: every
    extractor keeps the bullets that restate the story's first sentences word for word."""
    bullets = [f"- {first_sentence(p)}" for p in STORY[:3]]
    text = "\n".join(["By Ana Ruiz", "Key Takeaways", *bullets, *STORY])
    assert finish_text(text, ()) == "\n\n".join(["By Ana Ruiz", *STORY])


def test_a_standfirst_repeating_the_lede_or_a_story_without_a_recap_is_kept() -> None:
    """One line repeating the lede is a standfirst, not a run; a story whose lines open no
    later line is left as it is; so are repeated short labels."""
    one = [first_sentence(STORY[0]), *STORY]
    assert drop_recap(one) == one
    assert drop_recap(STORY) == STORY
    labels = ["Background", "Update", "Background", "Update", *STORY]
    assert drop_recap(labels) == labels


def test_a_feature_list_repeated_under_a_second_model_is_kept() -> None:
    """One of the 181 real pages (a deals post): the same feature bullets under two models open
    list items, not paragraphs of prose; they are the page's text (gold) and stay."""
    features = ["- Easy setup for all your Apple devices.", "- Charges quickly in the case."]
    paras = [STORY[0], "AirPods", *features, "AirPods with Wireless Case", *features, *STORY[1:]]
    assert drop_recap(paras) == paras

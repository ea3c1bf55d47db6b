"""Editors' edits on an issue: drop, pin, subject; pure values in and out."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.compose.edits import (
    SUBJECT_MAX,
    IssueEdits,
    apply_edits,
    clean_subject,
    rebase,
)
from digest.compose.sections import subject_for
from digest.model.types import DigestItem, Issue, Section

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)


def item(article_id: str, title: str | None = None) -> DigestItem:
    return DigestItem(
        article_id=article_id,
        title=title or f"Story {article_id}",
        url=f"https://example.org/{article_id}",
        source="Example",
        published=NOW,
        summary=(f"Summary of {article_id}.",),
    )


def issue_of(layout: dict[str, list[str]], subject: str = "Subject") -> Issue:
    return Issue(
        id="daily-2026-11-28",
        schedule="daily",
        title="Daily Digest",
        subject=subject,
        window_start=NOW,
        window_end=NOW,
        created_at=NOW,
        sections=tuple(Section(name, tuple(item(a) for a in ids)) for name, ids in layout.items()),
        status="held",
    )


def ids(issue: Issue) -> list[str]:
    return [i.article_id for i in issue.items]


def layout(issue: Issue) -> list[tuple[str, list[str]]]:
    return [(s.name, [i.article_id for i in s.items]) for s in issue.sections]


BASE = issue_of({"World": ["w1", "w2", "w3"], "Tech": ["t1", "t2"], "Business": ["b1"]})


def rule(sections) -> str:
    return subject_for("Daily Digest", sections, NOW, None)


def test_drop_removes_the_item_and_empty_sections() -> None:
    edited = apply_edits(BASE, IssueEdits().drop("w2").drop("b1"))
    assert layout(edited) == [("World", ["w1", "w3"]), ("Tech", ["t1", "t2"])]


def test_pin_leads_the_issue_within_its_section() -> None:
    edited = apply_edits(BASE, IssueEdits().pin("t2"))
    assert layout(edited) == [
        ("Tech", ["t2", "t1"]),
        ("World", ["w1", "w2", "w3"]),
        ("Business", ["b1"]),
    ]


def test_latest_pin_leads_and_sections_follow_pin_order() -> None:
    edited = apply_edits(BASE, IssueEdits().pin("w3").pin("b1").pin("w2"))
    assert ids(edited)[:2] == ["w2", "w3"]
    assert [s.name for s in edited.sections] == ["World", "Business", "Tech"]


def test_drop_unpins_and_pin_restores() -> None:
    edits = IssueEdits().pin("w2").drop("w2")
    assert edits.pinned == () and edits.dropped == ("w2",)
    edits = edits.pin("w2")
    assert edits.dropped == () and edits.pinned == ("w2",)
    assert edits.restore("w2").unpin("w2").is_empty


def test_subject_override_and_reset() -> None:
    edits = IssueEdits().with_subject("  Budget\nday  ")
    assert apply_edits(BASE, edits).subject == "Budget day"
    assert apply_edits(BASE, edits.with_subject(None)).subject == "Subject"
    assert edits.with_subject("   ").subject is None


def test_built_subject_follows_the_new_top_story_but_a_custom_one_stays() -> None:
    built = replace(BASE, subject=rule(BASE.sections))
    assert "Story w1" in built.subject
    edited = apply_edits(built, IssueEdits().drop("w1"), subject_of=rule)
    assert edited.subject.endswith(": Story w2")
    pinned = apply_edits(built, IssueEdits().pin("t2"), subject_of=rule)
    assert pinned.subject.endswith(": Story t2")
    custom = replace(BASE, subject="Our own words")
    assert apply_edits(custom, IssueEdits().drop("w1"), subject_of=rule).subject == "Our own words"


@pytest.mark.parametrize(
    ("text", "message"), [("", "empty"), (" \n\t", "empty"), ("x" * (SUBJECT_MAX + 1), "under")]
)
def test_clean_subject_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        clean_subject(text)


def test_unknown_ids_are_ignored_and_dict_round_trip() -> None:
    edits = IssueEdits().drop("gone").pin("also-gone").with_subject("S")
    assert ids(apply_edits(BASE, edits)) == ids(BASE)
    assert IssueEdits.from_dict(edits.to_dict()) == edits
    assert IssueEdits.from_dict(None) == IssueEdits()


def test_rebase_keeps_the_base_until_the_pipeline_rebuilds() -> None:
    edits = IssueEdits().drop("w1")
    stored = apply_edits(BASE, edits)
    assert rebase(replace(stored, status="approved"), BASE, edits) == replace(
        BASE, status="approved"
    )
    rebuilt = issue_of({"World": ["w1", "w9"]})  # fresh articles, same id, edits not applied
    assert rebase(rebuilt, BASE, edits) == rebuilt
    assert ids(apply_edits(rebase(rebuilt, BASE, edits), edits)) == ["w9"]
    assert rebase(stored, None, edits) == stored


article_ids = st.sampled_from(ids(BASE))
actions = st.lists(
    st.tuples(st.sampled_from(["drop", "restore", "pin", "unpin"]), article_ids), max_size=12
)


@given(actions)
def test_edits_never_lose_or_duplicate_an_item(steps: list[tuple[str, str]]) -> None:
    edits = IssueEdits()
    for action, article_id in steps:
        edits = getattr(edits, action)(article_id)
    edited = apply_edits(BASE, edits)
    assert sorted(ids(edited)) == sorted(set(ids(BASE)) - set(edits.dropped))
    assert not set(edits.pinned) & set(edits.dropped)
    if edits.pinned:
        assert ids(edited)[0] == edits.pinned[0]
    # Every item stays in the section it was grouped in.
    home = {i.article_id: s.name for s in BASE.sections for i in s.items}
    assert all(home[i.article_id] == s.name for s in edited.sections for i in s.items)
    # Applying the same edits to the edited issue changes nothing.
    assert apply_edits(edited, edits) == edited

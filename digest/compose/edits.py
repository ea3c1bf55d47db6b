"""Editors' changes to a pending issue: drop an item, pin an item to the top, override the subject.

Pure: values in, values out. The edits are kept apart from the issue they apply to (as a small
`IssueEdits` value saved beside it), so they can be undone one by one and re-applied when the
pipeline rebuilds the issue with fresh articles:

    edits  = IssueEdits().drop("a1").pin("b7").with_subject("Budget day")
    edited = apply_edits(base_issue, edits, subject_of=...)

Pinning moves an item to the top of its section and that section to the top of the issue, so
the story leads the email while subscribers' section filters keep working (an item never leaves
the section it was grouped in).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from digest.model.types import DigestItem, Issue, Section

SUBJECT_MAX = 200  # long subjects are cut by every client; this is already generous


@dataclass(frozen=True)
class IssueEdits:
    """What editors changed on one issue, applied on top of the issue as built."""

    dropped: tuple[str, ...] = ()  # article ids left out of the issue
    pinned: tuple[str, ...] = ()  # article ids moved to the top, first pinned leads
    subject: str | None = None  # replaces the built subject line; None keeps it

    def drop(self, article_id: str) -> IssueEdits:
        """Leave an item out (a dropped item is also unpinned)."""
        dropped = self.dropped if article_id in self.dropped else (*self.dropped, article_id)
        return replace(self, dropped=dropped, pinned=_without(self.pinned, article_id))

    def restore(self, article_id: str) -> IssueEdits:
        return replace(self, dropped=_without(self.dropped, article_id))

    def pin(self, article_id: str) -> IssueEdits:
        """Move an item to the top; the latest pin leads (a pinned item is also restored)."""
        pinned = (article_id, *_without(self.pinned, article_id))
        return replace(self, pinned=pinned, dropped=_without(self.dropped, article_id))

    def unpin(self, article_id: str) -> IssueEdits:
        return replace(self, pinned=_without(self.pinned, article_id))

    def with_subject(self, subject: str | None) -> IssueEdits:
        """Override the subject; None or blank goes back to the built one."""
        cleaned = clean_subject(subject) if subject and subject.strip() else None
        return replace(self, subject=cleaned)

    @property
    def is_empty(self) -> bool:
        return not (self.dropped or self.pinned or self.subject)

    def to_dict(self) -> dict[str, Any]:
        return {"dropped": list(self.dropped), "pinned": list(self.pinned), "subject": self.subject}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> IssueEdits:
        if not data:
            return cls()
        return cls(
            dropped=tuple(str(a) for a in data.get("dropped") or ()),
            pinned=tuple(str(a) for a in data.get("pinned") or ()),
            subject=data.get("subject") or None,
        )


def _without(ids: tuple[str, ...], article_id: str) -> tuple[str, ...]:
    return tuple(a for a in ids if a != article_id)


def clean_subject(text: str) -> str:
    """One line of at most SUBJECT_MAX characters; ValueError when nothing is left.

    Whitespace runs (a pasted line break included) become one space: a subject is a header,
    and `message.build_message` would fold it the same way.
    """
    subject = re.sub(r"\s+", " ", text).strip()
    if not subject:
        raise ValueError("the subject is empty; write a line of text")
    if len(subject) > SUBJECT_MAX:
        raise ValueError(f"the subject has {len(subject)} characters; keep it under {SUBJECT_MAX}")
    return subject


def apply_edits(
    issue: Issue,
    edits: IssueEdits,
    *,
    subject_of: Callable[[Sequence[Section]], str] | None = None,
) -> Issue:
    """The issue with the edits applied; ids that are no longer in the issue are ignored.

    `subject_of` builds a subject from sections (the schedule's subject rule). When given and
    the issue's subject is the one it builds, the subject is rebuilt from the edited sections,
    so a subject naming the top story never names a dropped one.
    """
    dropped = set(edits.dropped)
    sections = [
        Section(s.name, tuple(i for i in s.items if i.article_id not in dropped))
        for s in issue.sections
    ]
    sections = _pin(sections, edits.pinned)
    sections = [s for s in sections if s.items]
    if edits.subject:
        subject = edits.subject
    elif subject_of is not None and issue.subject == subject_of(issue.sections):
        subject = subject_of(sections)
    else:
        subject = issue.subject
    return replace(issue, sections=tuple(sections), subject=subject)


def _pin(sections: list[Section], pinned: Sequence[str]) -> list[Section]:
    where: dict[str, int] = {}
    for index, section in enumerate(sections):
        for item in section.items:
            where.setdefault(item.article_id, index)
    present = [a for a in pinned if a in where]
    if not present:
        return sections
    rank = {article_id: n for n, article_id in enumerate(present)}
    reordered: list[Section] = []
    for section in sections:
        tops = sorted((i for i in section.items if i.article_id in rank), key=_by(rank))
        rest = [i for i in section.items if i.article_id not in rank]
        reordered.append(Section(section.name, (*tops, *rest)))
    lead = {where[a]: n for n, a in reversed(list(enumerate(present)))}
    order = sorted(range(len(reordered)), key=lambda i: (lead.get(i, len(present)), i))
    return [reordered[i] for i in order]


def _by(rank: dict[str, int]) -> Callable[[DigestItem], int]:
    return lambda item: rank[item.article_id]


def comparable(issue: Issue) -> Issue:
    """The issue without fields that change under it for other reasons (status)."""
    return replace(issue, status="")


def rebase(
    stored: Issue,
    base: Issue | None,
    edits: IssueEdits,
    *,
    subject_of: Callable[[Sequence[Section]], str] | None = None,
) -> Issue:
    """The unedited issue to apply edits to.

    `stored` is what the store holds now, `base` the unedited issue saved with the edits. If the
    stored issue is still `base` with the edits applied, `base` is it; otherwise the pipeline has
    rebuilt the issue since (new articles, same id) and the stored issue is the new base.
    """
    if base is None or base.id != stored.id:
        return stored
    expected = apply_edits(base, edits, subject_of=subject_of)
    if comparable(expected) == comparable(stored):
        return replace(base, status=stored.status)
    return stored

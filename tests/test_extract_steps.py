"""A how-to's numbered steps: trafilatura glues each step's number to its text, readability
writes it on a line of its own (extract_shingles._loosened, the trim rule's span)."""

from __future__ import annotations

from digest.ingest.extract_rules import NOTED, Candidates, Choice, Evidence, choose

TITLE = "How to rebuild a harbour wall"
INTRO = "Rebuilding a harbour wall takes a season, a crew and a lot of stone from the quarry."
STEPS = [
    f"Step text {n}: lay the stones of course {n} on a bed of lime mortar, checking the line with "
    f"a string and a level before the tide comes back in over the footing (course {n}). " * 3
    for n in range(1, 9)
]  # about 100 words each, as a how-to's steps are
FOOTER = [
    "About This Article",
    "This article was co-authored by Anna Berg and has been read by many people.",
    "Did this article help you?",
    "Cookie settings",
    "Terms of use and the privacy policy of the site, and its imprint.",
]


def test_steps_with_glued_numbers_are_matched_line_by_line() -> None:
    # trafilatura: "- 1Step text ..."; readability: "1" then "Step text ...". Without the
    # number loosened off the first word only the steps whose text opens with a non-word
    # character matched, and the trim span began halfway down the steps (recall 0.54)
    # readability keeps the steps and the "About" box after them, not the title and intro
    broad = "\n".join([TITLE, INTRO, *(f"- {n}{s}" for n, s in enumerate(STEPS, 1)), *FOOTER])
    steps = [line for n, s in enumerate(STEPS, 1) for line in (str(n), s)]
    readable = "\n".join(steps + FOOTER[:3])
    cands = Candidates({"broad": lambda: broad, "readable": lambda: readable})
    evidence = Evidence(title_forms=(TITLE,), title=TITLE)
    assert choose(cands, evidence) == Choice(NOTED, "trim")
    kept = cands.text(NOTED)
    assert all(s in kept for s in STEPS)
    assert INTRO not in kept and FOOTER[3] not in kept

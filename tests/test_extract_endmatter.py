"""End matter: the notices after a story (copyright, contacts, DOI, credits) are not its text."""

from __future__ import annotations

from digest.ingest.extract import finish_text
from digest.ingest.extract_endmatter import drop_end_matter, is_notice

BODY = [
    "The council approved the new tram line on Tuesday; works start in spring next year.",
    "The line runs from the station to the harbour, with eleven stops and two new depots.",
    "Residents asked for a stop near the school, and the council will decide on it in June.",
]


def test_the_notices_after_a_story_go() -> None:
    """Sets C/I (wire credits and copyright), J/L (press contacts), W (sciencex's DOI, Index's
    photo credit), R (Italian copyright): every extractor kept these lines after the story."""
    wire = [
        "(Reporting by Ana Ruiz; Editing by Bo Lind)",
        "© Thomson Reuters 2009 All rights reserved",
    ]
    assert finish_text("\n".join([*BODY, *wire]), ()) == "\n\n".join(BODY)
    contacts = ["Media contact", "press@tramco.example.com", "+1 (872) 555-9392"]
    assert drop_end_matter([*BODY, *contacts]) == [*BODY, "Media contact"]
    for notice in (
        "More information: Ruiz et al, Trams and towns, Science (2015). DOI: 10.1009/34c0679660",
        "(Borítókép: Ana Ruiz / MTI)",
        "© RIPRODUZIONE RISERVATA",
        "COPYRIGHT 2015 ANDREWS MCMEEL SYNDICATION",
    ):
        assert drop_end_matter([*BODY, notice]) == BODY


def test_prose_code_and_lines_inside_the_story_are_kept() -> None:
    """A last paragraph that gives a number in a sentence, a shell prompt, an IP address, a
    notice followed by more story, and a text that is mostly notices are all kept."""
    police = (
        "Anyone with information about the fire is asked to contact Surrey Police on 101 "
        "quoting reference 45190112233, or Crimestoppers anonymously on 0800 555 111."
    )
    assert drop_end_matter([*BODY, police]) == [*BODY, police]
    code = ["dom@dreizehn:/etc$ cat hosts", "127.0.0.1 localhost"]
    assert drop_end_matter([*BODY, *code]) == [*BODY, *code]
    inside = [BODY[0], "© Ana Ruiz", *BODY[1:]]
    assert drop_end_matter(inside) == inside
    short = [BODY[0], "press@tramco.example.com", "Copyright 2019 Tram News. All rights reserved."]
    assert drop_end_matter(short) == short
    assert not is_notice("Version 2.4.1 ships the new timetable.")


def test_the_story_is_weighed_against_the_run_that_goes_not_the_paragraph_that_ended_it() -> None:
    """The walk stops at a notice that would take the run past `TAIL_MAX_WORDS`; that notice
    stays, so the story it is weighed with is the text before the run that goes."""
    story = [" ".join(["tram"] * 112)]
    stays = "(" + " ".join(["credit"] * 10) + ")"
    goes = "Copyright 2019 " + " ".join(["notice"] * 53)
    assert drop_end_matter([*story, stays, goes]) == [*story, stays]

"""Sections: merge, rank, cap; the same input in any order gives the same sections."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.compose.sections import build_sections, filter_sections
from digest.model.codec import issue_to_dict
from digest.model.types import Article, Issue

NOW = datetime(2026, 11, 28, 7, 0, tzinfo=UTC)

STORIES = [
    (
        "Harbour strike",
        "Dock workers in Rotterdam walked out on Monday over pay. Ships queued "
        "outside the harbour as the strike entered its third day. The union said talks had failed.",
    ),
    (
        "Comet visible",
        "A bright comet is visible to the naked eye this week. Astronomers say it "
        "will be best seen before dawn. It last passed the sun 6,000 years ago.",
    ),
    (
        "Rates on hold",
        "The central bank kept interest rates at 4.5 percent on Thursday. Its "
        "governor said inflation was easing. Markets expect a cut in the spring.",
    ),
    (
        "Chess prodigy",
        "A twelve-year-old won the national chess championship on Sunday. She beat "
        "the defending champion in a tie-break. She is the youngest winner ever.",
    ),
]


def article(n: int, story: int, source: str, hours: int, section: str = "News") -> Article:
    title, text = STORIES[story]
    return Article(
        id=f"{source}-{n}",
        feed_url=f"https://{source}.example/feed",
        source=source,
        section=section,
        title=f"{title} ({source})",
        url=f"https://{source}.example/{n}",
        published=NOW - timedelta(hours=hours),
        text=text,
        guid=str(n),
        content_hash=f"{source}{n}",
    )


ARTICLES = [
    article(1, 0, "alpha", 5),
    article(2, 0, "beta", 4),
    article(3, 0, "gamma", 6),
    article(4, 1, "alpha", 1),
    article(5, 2, "beta", 2, section="Business"),
    article(6, 3, "gamma", 3),
]


def render(sections) -> str:  # type: ignore[no-untyped-def]
    issue = Issue("i", "s", "t", "s", NOW, NOW, NOW, sections)
    return repr(issue_to_dict(issue))


def test_same_story_is_one_item_ranked_by_coverage_then_recency() -> None:
    sections = build_sections(ARTICLES, section_order=["News", "Business"])
    assert [s.name for s in sections] == ["News", "Business"]
    news = sections[0].items
    # Three sources on the strike story put it first; then newest first.
    assert news[0].title.startswith("Harbour strike")
    assert {link.source for link in news[0].also} == {"alpha", "beta", "gamma"} - {news[0].source}
    assert [i.title.split(" (")[0] for i in news[1:]] == ["Comet visible", "Chess prodigy"]
    for item in news:
        assert item.check_also is None or item.check_also.url != item.url
        assert item.check_also is None or item.check_also.url not in {a.url for a in item.also}


def test_cap_per_section() -> None:
    sections = build_sections(ARTICLES, max_items_per_section=1)
    assert all(len(s.items) <= 1 for s in sections)


def test_order_of_input_does_not_change_the_output() -> None:
    expected = render(build_sections(ARTICLES))
    rng = random.Random(7)
    for _ in range(5):
        shuffled = ARTICLES[:]
        rng.shuffle(shuffled)
        assert render(build_sections(shuffled)) == expected


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 3), st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 48)),
        min_size=1,
        max_size=12,
        unique_by=lambda t: t[:2],
    )
)
def test_grouping_loses_no_article(spec: list[tuple[int, str, int]]) -> None:
    articles = [article(i, story, source, hours) for i, (story, source, hours) in enumerate(spec)]
    sections = build_sections(articles, max_items_per_section=100)
    shown = set()
    for section in sections:
        for item in section.items:
            shown.add(item.url)
            shown.update(link.url for link in item.also)
            assert item.check_also is None or item.check_also.url != item.url
    assert shown == {a.url for a in articles}


def test_teaser_cut_short_still_gets_a_summary() -> None:
    teaser = article(9, 0, "wp", 1)
    teaser = Article(**{**teaser.__dict__, "text": "Dock workers walked out over pay …"})
    [section] = build_sections([teaser])
    assert section.items[0].summary == ("Dock workers walked out over pay …",)


def test_filter_sections_is_case_insensitive() -> None:
    sections = build_sections(ARTICLES)
    assert [s.name for s in filter_sections(sections, ["business"])] == ["Business"]
    assert filter_sections(sections, None) == sections


def test_the_item_is_titled_by_the_central_report_not_the_longest() -> None:
    # A long piece that strays from the event (history, background) is kept as other coverage;
    # the report closest to the others speaks for the story.
    strike = [article(n, 0, source, hours) for n, (source, hours) in enumerate(
        [("alpha", 5), ("beta", 4), ("delta", 3)]
    )]  # fmt: skip
    long_piece = Article(
        **{
            **article(7, 0, "gamma", 6).__dict__,
            "title": "A century of strikes at Rotterdam's harbour",
            "text": STORIES[0][1]
            + " The harbour has seen strikes before. In 1979 dockers stopped work for weeks, "
            "and in 2002 a lockout closed the container terminals. Historians say the port "
            "grew from a fishing village into Europe's largest harbour, with canals, cranes "
            "and warehouses along the river Maas, and its unions grew with it over a century.",
        }
    )
    [section] = build_sections([*strike, long_piece])
    item = section.items[0]
    assert long_piece.url in {link.url for link in item.also}  # merged ...
    assert item.title != long_piece.title  # ... but not the one that titles the item

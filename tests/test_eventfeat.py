"""Event features: dates, counts, amounts, scores and weekdays as tokens; the fast scan is exact."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from digest.compose import eventfeat
from digest.compose.eventfeat import dates, event_tokens, quantities, weekdays


def test_full_dates_count_at_day_month_and_year_grain() -> None:
    for text in (
        "May 3, 2013",
        "MAY 03 2013",
        "Friday, May 3rd, 2013",
        "3 May 2013",
        "03 of May, 2013",
        "2013-05-03",
    ):
        assert dates(text) == {"y:2013": 1, "m:2013-05": 1, "d:2013-05-03": 1}, text


def test_partial_dates() -> None:
    assert dates("from September 2010 to June, 2011") == {
        "y:2010": 1,
        "m:2010-09": 1,
        "y:2011": 1,
        "m:2011-06": 1,
    }
    assert dates("on Dec. 11 and on 11 December") == {"md:12-11": 2}
    assert dates("back in 1998, and 2.5 million") == {"y:1998": 1}
    # Not dates: a modal "may", a time, an impossible day, a figure that only looks like a year.
    assert dates("They may 3D print it at 11:25 on March 45, for $2013") == {}


def test_counts_amounts_and_scores() -> None:
    found = quantities("Twelve people died and 3 dead were found; 23 pirates held.")
    assert found["n:12:peopl"] == 1 and found["n:3:dead"] == 1 and found["n:23:pirat"] == 1
    money = quantities("diamonds worth 85 million euros ($108 million) and €2m, 5 m tall")
    assert money["amt:85000000"] == 1 and money["amt:108000000"] == 1
    assert money["amt:2000000"] == 1
    assert money["amt~8"] == 2  # 85 and 108 million: one order of magnitude, one event
    assert not any(k.startswith("amt:5") for k in money)  # "5 m" without a currency: metres
    assert quantities("Chelsea beat Arsenal 2-1; it ended 24 - 17")["score:1-2"] == 1
    assert quantities("it ended 17-24")["score:17-24"] == 1
    # Years, times of day and function words after a figure are not counts.
    assert quantities("In 2008 people met at 11: 00 when 94 just left") == {}


def test_weekdays_and_the_whole_article() -> None:
    assert weekdays("on Thursday night, not monday") == {"wd:4": 1}
    tokens = event_tokens(
        "Quake kills 12 on Sunday", "The 6.1 quake of May 3, 2013 killed 12 people."
    )
    assert tokens["wd:7"] == 1 and tokens["d:2013-05-03"] == 1 and tokens["n:12:peopl"] == 1


def test_positions_survive_letters_whose_lower_case_is_longer() -> None:
    assert dates("İstanbul, May 3, 2013")["d:2013-05-03"] == 1
    assert quantities("İİİ twelve people")["n:12:peopl"] == 1


TOKENS = st.one_of(
    st.integers(0, 40).map(str),
    st.sampled_from(["1998", "2013", "03", "3rd", "12th", "2. 6", "1,500", "24-17", "11:25"]),
    st.sampled_from(["May", "MAY", "Dec.", "december", "june", "Sept", "of", "İstanbul"]),
    st.sampled_from(["$", "€", "US$", "Rs", "bn", "m", "million", "twelve", "people", "dead"]),
)
SEPARATORS = st.sampled_from([" ", " ", ", ", "-", " - ", "", "\n"])
PIECES = st.lists(st.tuples(TOKENS, SEPARATORS), max_size=12).map(
    lambda pairs: "".join(token + sep for token, sep in pairs)
)


@settings(max_examples=300, deadline=None)
@given(PIECES)
@example("0US$0 bn ")  # "US$" glued to a figure: no boundary before "US", the amount starts at "$"
def test_the_fast_scan_finds_what_finditer_finds(text: str) -> None:
    # The patterns are only tried where a match can start (`_scan`); that must change nothing.
    amounts, counts, scores = eventfeat._quantity_starts(text)
    starts = {
        eventfeat._DATE: eventfeat._date_starts(text),
        eventfeat._AMOUNT: amounts,
        eventfeat._COUNT: counts,
        eventfeat._SCORE: scores,
    }
    for pattern, where in starts.items():
        fast = [(m.span(), m.groups()) for m in eventfeat._scan(pattern, text, where)]
        slow = [(m.span(), m.groups()) for m in pattern.finditer(text) if m.end() > m.start()]
        assert fast == slow, pattern.pattern[:40]


@settings(max_examples=300, deadline=None)
@given(PIECES, st.integers(0, 60))
def test_dates_within_keep_exactly_the_mentions_that_start_there(text: str, within: int) -> None:
    # `dates(text, within)` looks for starts in a prefix only; it must find exactly the matches
    # of the whole-text scan that start before `within`, each read whole.
    early = [
        m.span()
        for m in eventfeat._DATE.finditer(text)
        if m.end() > m.start() and m.start() < within
    ]
    starts = [s for s in eventfeat._date_starts(text[: within + 16]) if s < within]
    assert [m.span() for m in eventfeat._scan(eventfeat._DATE, text, starts)] == early
    assert set(dates(text, within)) <= set(dates(text))
    assert dates(text, len(text) + 1) == dates(text)


def test_lead_days_are_the_days_stated_near_the_top() -> None:
    text = "WASHINGTON, May 29, 2013 - The jury met. " + "Words. " * 150 + "Back on Dec. 11 ..."
    assert eventfeat.lead_days("Verdict on 30 May", text, 800) == {"05-30", "05-29"}
    assert eventfeat.lead_days("Verdict", text, 5000) == {"05-29", "12-11"}
    assert eventfeat.lead_days("Verdict", "In June 2008 and in 2013.", 800) == frozenset()

"""Event features: what tells two events of one kind apart — when, and how many.

Two reports of one earthquake name the same day ("Sunday, May 3, 2013"), the same toll ("killed
12 people", "twelve dead") and the same magnitude; last year's earthquake names another day, year
and toll, while the event words ("earthquake", "struck", "rescue") are the same. This module turns
those mentions into tokens for a separate block of `digest.compose.textsim`'s vectors:

* dates written in the text, at three grains so that partial agreement still counts:
  "May 3, 2013" -> ``d:2013-05-03``, ``m:2013-05``, ``y:2013``; "December 2008" -> ``m:2008-12``,
  ``y:2008``; "on Dec. 11" -> ``md:12-11``; a bare year 1900-2099 -> ``y:2013``;
* counts with what they count: "12 people", "twelve people" -> ``n:12:peopl``; "3 dead" ->
  ``n:3:dead`` (spelled-out numbers one to twenty are read as figures);
* amounts: "$2 million", "€2m", "2.6 million" -> ``amt:2000000``;
* scores: "24-17", "3 - 1" -> ``score:17-24`` (order-free).

Pure and cheap (a few regular expressions over the text); the result is cached per text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

import Stemmer

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}  # fmt: skip
_SPELLED = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000,
}  # fmt: skip
_SCALE = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip

_MONTH = r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_DATE = re.compile(
    "|".join(
        (
            # May 3, 2013 / May 03 2013 / MAY 23, 2005
            rf"\b{_MONTH.format(g='m1')}\s+{_DAY.format(g='d1')},?\s+{_YEAR.format(g='y1')}\b",
            # 3 May 2013 / 27 NOVEMBER, 2005 / 09 Sep 2013
            rf"\b{_DAY.format(g='d2')}\s+(?:of\s+)?{_MONTH.format(g='m2')},?\s+{_YEAR.format(g='y2')}\b",
            # 2013-05-03
            rf"\b{_YEAR.format(g='y3')}-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)\b",
            # December 2008 / June, 2005
            rf"\b{_MONTH.format(g='m4')},?\s+{_YEAR.format(g='y4')}\b",
            # Dec. 11 / December 11th (no year)
            rf"\b{_MONTH.format(g='m5')}\s+{_DAY.format(g='d5')}\b(?!\s*[:.,]?\s*\d)",
            # 11 December (no year)
            rf"\b{_DAY.format(g='d6')}\s+(?:of\s+)?{_MONTH.format(g='m6')}(?![\w,]*\s+\d)",
            # a bare year
            rf"(?<![\d.,:$€£-]){_YEAR.format(g='y7')}(?![\d.,:]\d)",
        )
    ),
    re.IGNORECASE,
)
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\s?\d+)?)"
_SPELLED_ALT = "|".join(sorted(_SPELLED, key=len, reverse=True))
_COUNT = re.compile(
    rf"(?<![\w$€£.,:-])(?<!:\s)(?P<n>{_NUMBER}|{_SPELLED_ALT})(?=\s+(?:-\s+)?(?P<w>[a-z][a-z'-]+))",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    rf"(?P<cur>[$€£]|\b(?:us\$|usd|eur|gbp|rs\.?|inr)\s?)?(?P<n>{_NUMBER})\s?(?:-\s)?"
    r"(?P<s>thousand|million|billion|trillion|mln|mn|bn|tn|[kmb])\b",
    re.IGNORECASE,
)
_SCORE = re.compile(r"(?<![\d.,:-])(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})(?![\d.,:]|\s?[-–]\s?\d)")
# Words after a figure that say nothing about the event (units of time, "of", ...).
_NOT_COUNTED = frozenset(
    """of and or to the a an in on at for by from with per percent than times year years month
months week weeks day days hour hours minute minutes second seconds time times am pm a.m p.m
gmt utc est edt pst pdt bst cet local o'clock more less about over under nearly some after
before just when around near then that this these those who which what where while was were is
are be been has have had will would can could may might should it its he she they we you i his
her their our not no as if so but also into out up down off all other others each every many
much most only still yet ago later earlier""".split()
)
_STEMMER = Stemmer.Stemmer("english")

# Where a match can start. A pattern that opens with \b or a lookbehind makes the regex engine
# try every alternative at every character (about 6 ms for a long article); these patterns
# open with literals, which the engine finds with a fast scan, and the full pattern is then
# tried only at those places (`_scan`). The matches are exactly `finditer`'s.
_YEAR_FIND = re.compile(r"(?:19|20)\d\d")
_MONTH_FIND = re.compile(r"j(?:an|u[nl])|feb|ma[ry]|a(?:pr|ug)|sep|oct|nov|dec")  # as a trie
_DAY_BEFORE = re.compile(r"[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# A grouped figure can start inside a longer run of digits ("19981,500 bn": "981,500 bn"):
# `_AMOUNT` has no boundary on its left. (Counts and scores have one: they start at a run.)
_GROUP_INSIDE = re.compile(r"\d{1,3}(?=,\d{3})")
_COMMA_GROUP = re.compile(r",\d{3}")
# Zero-width (a lookahead): every place one can start, overlapping ones too ("us$" and its "$":
# "0US$5 bn" has no word boundary before "US", so the amount starts at the "$").
_SPELLED_FIND = re.compile(
    r"(?=t(?:wo|hree|en|welve|hirteen|wenty|housands)|f(?:our|ive|ifteen|ourteen)|"
    r"s(?:ix|even|eventeen|ixteen)|e(?:ight|ighteen|leven)|n(?:ine|ineteen)|one|dozens?|hundreds)"
)  # every key of _SPELLED, as a trie (a plain alternation is scanned twice as slowly)
_CURRENCY_FIND = re.compile(r"(?=[$€£]|us\$|usd|eur|gbp|rs|inr)")


def _lowered(text: str) -> str:
    """`text.lower()` with every character in its place (positions found in it are used on
    `text`); a character whose lower case is longer ("İ") is left as it is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _date_starts(text: str) -> list[int]:
    """Every place a `_DATE` match can start: a year, a month name, or a day before one."""
    starts = {m.start() for m in _YEAR_FIND.finditer(text)}
    for m in _MONTH_FIND.finditer(_lowered(text)):
        starts.add(m.start())
        before = _DAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if before is not None:
            starts.add(before.start())
            starts.update(range(before.start(), m.start()))  # any shorter day inside it
    return sorted(starts)


def _quantity_starts(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where `_AMOUNT`, `_COUNT` and `_SCORE` matches can start: at a figure, a currency, a
    spelled-out number."""
    runs = [m.span() for m in _DIGITS.finditer(text)]
    numbers = [start for start, _ in runs]
    lowered = _lowered(text)
    spelled = [m.start() for m in _SPELLED_FIND.finditer(lowered)]
    currencies = [m.start() for m in _CURRENCY_FIND.finditer(lowered)]
    # `_GROUP_INSIDE.finditer(text)`, read off the runs of digits: a match is followed by a
    # comma, so it ends where its run ends, and starts at most three digits before that.
    grouped = [max(start, end - 3) for start, end in runs if _COMMA_GROUP.match(text, end)]
    return sorted({*numbers, *grouped, *currencies}), sorted({*numbers, *spelled}), numbers


def _scan(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, given a sorted list holding every place a match can start."""
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None and m.end() > m.start():
            yield m
            end = m.end()


def _day(text: str | None) -> int | None:
    if text is None:
        return None
    day = int(text)
    return day if 1 <= day <= 31 else None


def dates(text: str, within: int | None = None) -> Counter:
    """Date mentions as tokens at day, month and year grain (see the module docstring).

    `within`: only the mentions that start in the first `within` characters (a date that starts
    there is read whole)."""
    return _counter(_add_dates({}, text, within))


def _counter(counts: dict[str, int]) -> Counter:
    """`counts` as a Counter (Counter(mapping) pays an ABC check and an update per call)."""
    found: Counter = Counter()
    dict.update(found, counts)
    return found


def _add_dates(found: dict[str, int], text: str, within: int | None = None) -> dict[str, int]:
    """`dates(text, within)`, added into `found` (returned)."""
    if within is None:
        starts = _date_starts(text)
    else:  # a day is found at most 12 characters before its month name
        starts = [s for s in _date_starts(text[: within + 16]) if s < within]
    for m in _scan(_DATE, text, starts):
        g = m.groupdict()
        k = next(k for k in "1234567" if any(g.get(f"{x}{k}") is not None for x in "ymd"))
        year = g.get(f"y{k}")
        month_text = g.get(f"m{k}")
        if k == "3":
            month = int(month_text) if month_text else None
            if not month or not 1 <= month <= 12:
                continue
        else:
            month = _MONTHS.get(month_text.lower().rstrip(".")) if month_text else None
        day = _day(g.get(f"d{k}"))
        if k in "56" and (month is None or day is None):
            continue
        if year is not None:
            _add(found, f"y:{year}")
        if year is not None and month is not None:
            _add(found, f"m:{year}-{month:02d}")
            if day is not None:
                _add(found, f"d:{year}-{month:02d}-{day:02d}")
        elif month is not None and day is not None:
            _add(found, f"md:{month:02d}-{day:02d}")
    return found


def _add(found: dict[str, int], token: str) -> None:
    found[token] = found.get(token, 0) + 1


def _value(text: str) -> float | None:
    t = text.lower().replace(",", "").replace(" ", "")
    if t in _SPELLED:
        return float(_SPELLED[t])
    try:
        return float(t)
    except ValueError:
        return None


def _figure(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def quantities(text: str) -> Counter:
    """Counts with the word they count, amounts, scores (see the module docstring)."""
    return _counter(_add_quantities({}, text))


def _add_quantities(found: dict[str, int], text: str) -> dict[str, int]:
    """`quantities(text)`, added into `found` (returned)."""
    amount_starts, count_starts, score_starts = _quantity_starts(text)
    for m in _scan(_AMOUNT, text, amount_starts):
        value = _value(m.group("n"))
        scale = _SCALE.get(m.group("s").lower())
        if value is None or scale is None:
            continue
        if len(m.group("s")) == 1 and not m.group("cur"):
            continue  # "5 m" is more often metres than millions without a currency
        amount = value * scale
        _add(found, f"amt:{_figure(round(amount, -3 if amount >= 1e4 else 0))}")
        if amount >= 1:  # the same sum reported in other currencies or roundings: its magnitude
            _add(found, f"amt~{round(math.log10(amount) * 2) / 2:g}")
    for m in _scan(_COUNT, text, count_starts):
        word = m.group("w").lower()
        if word in _NOT_COUNTED or word in _SCALE or word.rstrip(".") in _MONTHS:
            continue
        value = _value(m.group("n"))
        if value is None or (1900 <= value <= 2099 and value == int(value)):
            continue  # a year, not a count
        _add(found, f"n:{_figure(value)}:{_STEMMER.stemWord(word)}")
    for m in _scan(_SCORE, text, score_starts):
        a, b = sorted((int(m.group("a")), int(m.group("b"))))
        _add(found, f"score:{a}-{b}")
    return found


_WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_WEEKDAYS = {"Mon": 1, "Tues": 2, "Wednes": 3, "Thurs": 4, "Fri": 5, "Satur": 6, "Sun": 7}


def weekdays(text: str) -> Counter:
    """Days of the week named in the text ("on Thursday"): reports of one event name its day."""
    return _counter(_add_weekdays({}, text))


def _add_weekdays(found: dict[str, int], text: str) -> dict[str, int]:
    """`weekdays(text)`, added into `found` (returned)."""
    for m in _WEEKDAY.finditer(text):
        _add(found, f"wd:{_WEEKDAYS[m.group(1)]}")
    return found


@lru_cache(maxsize=8192)
def event_tokens(title: str, text: str) -> Counter:
    """All event tokens of one article (title and text); cached, callers must not mutate it.

    Counted into one dict, made a Counter once: the seven Counters and their sums this was
    built from cost as much as the scans (~0.1 s per 1,000 articles)."""
    found: dict[str, int] = {}
    for add in (_add_dates, _add_quantities, _add_weekdays):
        add(found, title)
        add(found, text)
    return _counter(found)


@lru_cache(maxsize=8192)
def lead_days(title: str, text: str, within: int) -> frozenset[str]:
    """Month and day ("05-29") of every day-grain date in the title or starting in the first
    `within` characters of the text: the day a report is about, where reports state it (a
    background date further down — the last time this happened — says nothing about which
    event this is). Cached."""
    found: set[str] = set()
    for token in (*dates(title), *dates(text, within)):
        kind, _, value = token.partition(":")
        if kind == "d":
            found.add(value[5:])
        elif kind == "md":
            found.add(value)
    return frozenset(found)


EventProfile = tuple[frozenset[str], frozenset[str], frozenset[str]]  # lead days, months, years


def event_profile(texts: Iterable[tuple[str, str]], lead_chars: int) -> EventProfile:
    """The days a group's reports (title, text) lead with, and every year and month they
    mention (`related.pick_check_also`'s same-event tests)."""
    days: set[str] = set()
    months: set[str] = set()
    years: set[str] = set()
    for title, text in texts:
        days |= lead_days(title, text, lead_chars)
        for token in event_tokens(title, text):
            kind, _, value = token.partition(":")
            if kind == "y":
                years.add(value)
            elif kind == "m":
                months.add(value)
    return frozenset(days), frozenset(months), frozenset(years)


def same_event(a: EventProfile, b: EventProfile) -> bool:
    """Both lead with the same day, and neither the years nor the months they mention disagree
    (both name some and none in common: "May 29, 2008" and "May 29, 2013" are two events)."""
    if not a[0] & b[0]:
        return False
    return not any(x and y and not x & y for x, y in ((a[1], b[1]), (a[2], b[2])))


def years_apart(a: EventProfile, b: EventProfile) -> bool:
    """Both name years, and none in common: two events, whatever else they share (v7)."""
    return bool(a[2] and b[2] and not a[2] & b[2])

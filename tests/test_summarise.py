"""Sentence splitting and extractive summaries (digest.compose.summarise)."""

from __future__ import annotations

import json
import math
import re
import statistics
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.compose.summarise import lead, split_sentences, summarise, textrank

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "article.txt"
BBC = ROOT.parent / "shared" / "data" / "summaries" / "bbc_news_summary.jsonl"

# --- splitting ----------------------------------------------------------------------------------

SPLIT_CASES = [
    (
        "The U.S. economy grew 3.5% last year. Analysts expected more.",
        ["The U.S. economy grew 3.5% last year.", "Analysts expected more."],
    ),
    (
        "Mr. Smith met Dr. Jones in Sept. last year. They talked.",
        ["Mr. Smith met Dr. Jones in Sept. last year.", "They talked."],
    ),
    (
        "Apple Inc. reported sales of $10.9bn. Shares rose.",
        ["Apple Inc. reported sales of $10.9bn.", "Shares rose."],
    ),
    (
        "Apple's parent is Apple Inc. The firm grew.",
        ["Apple's parent is Apple Inc.", "The firm grew."],
    ),
    (
        "Some fruit, e.g. apples, are red. Others, i.e. bananas, are not.",
        ["Some fruit, e.g. apples, are red.", "Others, i.e. bananas, are not."],
    ),
    ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
    ("He said “no.” Then he left.", ["He said “no.”", "Then he left."]),
    (
        "'I am happy,' she said. 'Very happy.' He smiled.",
        ["'I am happy,' she said.", "'Very happy.'", "He smiled."],
    ),
    (
        '"Why now?" asked the minister. Nobody answered.',
        ['"Why now?" asked the minister.', "Nobody answered."],
    ),
    (
        "J. R. R. Tolkien wrote books. George W. Bush was president.",
        ["J. R. R. Tolkien wrote books.", "George W. Bush was president."],
    ),
    (
        "Wait for it... The answer came. Really?! Yes… Fine.",
        ["Wait for it...", "The answer came.", "Really?!", "Yes…", "Fine."],
    ),
    ("It was... odd. Very odd.", ["It was... odd.", "Very odd."]),
    (
        "It cost £3.5m (about $6.6m). The deal closed at 5 p.m. on Friday.",
        ["It cost £3.5m (about $6.6m).", "The deal closed at 5 p.m. on Friday."],
    ),
    (
        "He lives in the U.S. The weather is fine.",
        ["He lives in the U.S.", "The weather is fine."],
    ),
    (
        "The firm, based in the U.K., grew. It hired 300 staff.",
        ["The firm, based in the U.K., grew.", "It hired 300 staff."],
    ),
    (
        "No. 10 Downing St. is famous. It is in London.",
        ["No. 10 Downing St. is famous.", "It is in London."],
    ),
    (
        "Version 2.0 shipped in 2004. 2005 was quieter.",
        ["Version 2.0 shipped in 2004.", "2005 was quieter."],
    ),
    (
        "Der Preis stieg um 3,5 Prozent. Das ist z. B. viel. Am 3. Oktober war Feiertag.",
        ["Der Preis stieg um 3,5 Prozent.", "Das ist z. B. viel.", "Am 3. Oktober war Feiertag."],
    ),
    (
        "¿Dónde está el Sr. García? No lo sé. ¡Qué pena!",
        ["¿Dónde está el Sr. García?", "No lo sé.", "¡Qué pena!"],
    ),
    (
        "O Sr. Silva chegou às 10h. Ele disse olá.",
        ["O Sr. Silva chegou às 10h.", "Ele disse olá."],
    ),
    (
        "今天天气很好。我们去公园吧！你觉得怎么样？",
        ["今天天气很好。", "我们去公园吧！", "你觉得怎么样？"],
    ),
    (
        "東京は晴れです。「明日は雨。」と彼は言った。",
        ["東京は晴れです。", "「明日は雨。」と彼は言った。"],
    ),
    ("یہ ایک جملہ ہے۔ کیا یہ دوسرا ہے؟ ہاں۔", ["یہ ایک جملہ ہے۔", "کیا یہ دوسرا ہے؟", "ہاں۔"]),
    ("هذه جملة. هل هذه جملة ثانية؟ نعم.", ["هذه جملة.", "هل هذه جملة ثانية؟", "نعم."]),
    (
        "Heading without stop\n\nFirst sentence here. Second one.\nCaption line",
        ["Heading without stop", "First sentence here.", "Second one.", "Caption line"],
    ),
    (
        "A hard-wrapped line that runs\non in lower case. Next one.",
        ["A hard-wrapped line that runs on in lower case.", "Next one."],
    ),
    (
        "Visit www.example.com for details. Thanks.",
        ["Visit www.example.com for details.", "Thanks."],
    ),
    # Capitalised abbreviations only count when capitalised: these words end sentences.
    ("The answer was no. We left.", ["The answer was no.", "We left."]),
    ("He loves art. She loves music.", ["He loves art.", "She loves music."]),
    ("The cat sat. Dogs barked.", ["The cat sat.", "Dogs barked."]),
    (
        "HAYWARD, Calif. (AP) — A train stopped. Nobody was hurt.",
        ["HAYWARD, Calif. (AP) — A train stopped.", "Nobody was hurt."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_split_sentences_cases(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_split_empty_and_blank() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t ") == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_split_keeps_every_character(text: str) -> None:
    """Splitting only cuts at whitespace: no character is lost, added or reordered."""
    sentences = split_sentences(text)
    assert all(s and s == s.strip() for s in sentences)
    assert "".join("".join(sentences).split()) == "".join(text.split())


# --- summaries: properties ----------------------------------------------------------------------

WORDS = st.sampled_from(
    "market price bank rate growth minister plan vote team match goal film music phone data "
    "company shares profit report police court city river school".split()
)


@st.composite
def plain_sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=4, max_size=14))
    end = draw(st.sampled_from([".", "!", "?", '."']))
    return words[0].capitalize() + " " + " ".join(words[1:]) + end


@st.composite
def articles(draw: st.DrawFn) -> str:
    paragraphs = draw(st.lists(st.lists(plain_sentences(), min_size=1, max_size=5), max_size=8))
    noise = draw(
        st.lists(
            st.sampled_from(
                ["By John Smith", "Published 12 March 2021", "Check Also", "Read more", "Title"]
            ),
            max_size=3,
        )
    )
    blocks = [" ".join(p) for p in paragraphs]
    for i, line in enumerate(noise):
        blocks.insert(min(i * 2, len(blocks)), line)
    return "\n\n".join(blocks)


def _is_subsequence(part: tuple[str, ...], whole: list[str]) -> bool:
    items = iter(whole)
    return all(any(p == w for w in items) for p in part)


@settings(max_examples=150, deadline=None)
@given(articles(), st.integers(min_value=0, max_value=6))
def test_summary_is_ordered_subsequence_of_sentences(text: str, n: int) -> None:
    summary = summarise(text, n=n)
    assert len(summary) <= n
    assert _is_subsequence(summary, split_sentences(text))
    assert len(set(summary)) == len(summary)
    if n > 0 and any(s[-1] in '.!?"' for s in split_sentences(text)):
        assert summary, "an article with sentences gets a summary"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=0, max_value=4))
def test_summary_of_any_text_is_bounded_subsequence(text: str, n: int) -> None:
    summary = summarise(text, n=n)
    assert len(summary) <= n
    assert _is_subsequence(summary, split_sentences(text))


# --- summaries: what is never picked ------------------------------------------------------------

NOISY_ARTICLE = """Central bank raises rates again

By John Smith, Economics Correspondent
Published 12 March 2021
Updated: 13 March 2021 10:04 GMT

The central bank raised interest rates again on Thursday to fight rising prices across the economy.
Photo: central bank building, Reuters.

The bank said prices and interest rates would stay high while the economy cooled.
Read more: why the central bank raises interest rates.
Share this article on social media about the central bank rates.

Economists said the central bank would raise rates twice more this year as prices kept rising.
Sign up for our newsletter on central bank interest rates and prices.
Ministers welcomed the decision on interest rates by the central bank.
Central bank interest rates prices economy
The bank's next rate decision on prices is due in May, and markets expect another rise…

Check Also

Central bank interest rates rise again as prices climb in the economy of the country.

Leave a Reply

Your email address will not be published. Required fields are marked *
"""
NEVER = re.compile(
    r"By John|Published|Updated|Photo:|Read more|Share this|newsletter|Check Also|Leave a Reply"
    r"|email address|climb in the economy|another rise…"
    r"|^Central bank interest rates prices economy$"
)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 6, 10])
def test_boilerplate_bylines_dates_and_headings_never_picked(n: int) -> None:
    summary = summarise(NOISY_ARTICLE, title="Central bank raises rates again", n=n)
    assert summary
    for sentence in summary:
        assert not NEVER.search(sentence), sentence
        assert sentence[-1] in ".!?", sentence  # complete sentences only
    assert len(summary) == min(n, 4)  # the four real sentences, nothing else


def test_title_and_repeated_sentences_not_picked() -> None:
    text = "Big match tonight.\n\nThe team won the big match tonight at home. " * 3 + (
        "Fans cheered the team in the city. The coach praised the players after the match."
    )
    summary = summarise(text, title="Big match tonight", n=3)
    assert "Big match tonight." not in summary
    assert summary.count("The team won the big match tonight at home.") == 1
    assert len(summary) == 3


def test_short_texts_and_n() -> None:
    assert summarise("") == ()
    assert summarise("Just a heading") == ()
    one = "The council approved the new budget on Monday."
    assert summarise(one) == (one,)
    assert summarise(one, n=0) == ()
    text = " ".join(f"Sentence number {w} is about the budget." for w in "abcdefgh")
    assert len(summarise(text, n=1)) == 1
    assert len(summarise(text, n=5)) == 5


def test_non_english_articles() -> None:
    chinese = (
        "国家统计局今天公布了最新的经济数据。数据显示，经济增长速度有所加快。"
        "专家认为，经济增长主要得益于消费的增加。消费者信心指数也创下新高。"
        "政府表示将继续支持经济增长。"
    )
    summary = summarise(chinese, n=2)
    assert len(summary) == 2 and _is_subsequence(summary, split_sentences(chinese))
    urdu = (
        "حکومت نے نیا بجٹ پیش کر دیا۔ بجٹ میں تعلیم کے لیے زیادہ رقم رکھی گئی ہے۔ "
        "اپوزیشن نے بجٹ پر تنقید کی۔ کیا یہ بجٹ کامیاب ہوگا؟"
    )
    summary = summarise(urdu, n=2)
    assert len(summary) == 2 and all(s[-1] in "۔؟" for s in summary)
    german = (
        "Die Regierung hat am 3. Oktober einen neuen Haushalt vorgelegt. Der Haushalt sieht z. B. "
        "mehr Geld für Schulen vor. Die Opposition kritisierte den Haushalt scharf. Ob der "
        "Haushalt im Parlament eine Mehrheit findet, ist offen."
    )
    summary = summarise(german, n=2)
    assert len(summary) == 2 and all(s.endswith(".") for s in summary)
    assert not any(s.endswith("3.") for s in summary)


# --- the seed article ---------------------------------------------------------------------------


def test_seed_article_summary() -> None:
    text = SEED.read_text(encoding="utf-8")
    title = text.splitlines()[0]
    for given_title in (title, None):
        summary = summarise(text, title=given_title)
        assert len(summary) == 3
        assert summary[0].startswith(
            "Russian President Putin wants guarantees that NATO will not expand further east"
        )
        joined = " ".join(summary)
        for junk in ("Check Also", "Leave a Reply", "Your email address", "House Speaker"):
            assert junk not in joined
        assert _is_subsequence(summary, split_sentences(text))


# --- baselines ----------------------------------------------------------------------------------


def test_lead() -> None:
    assert lead(["a", "b", "c", "d"]) == [0, 1, 2]
    assert lead(["a"], n=3) == [0]
    assert lead([], n=3) == []
    assert lead(["a", "b"], n=0) == []


def _reference_textrank(sentences: list[str]) -> np.ndarray:
    """The loop in ../shared/data/tools/bbc_baselines.py, verbatim in substance."""
    toks = [set(re.findall(r"[a-z0-9]+", s.lower())) for s in sentences]
    n = len(sentences)
    w = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            if i != j and len(toks[i]) > 1 and len(toks[j]) > 1:
                w[i, j] = len(toks[i] & toks[j]) / (math.log(len(toks[i])) + math.log(len(toks[j])))
    rs = w.sum(1)
    rs[rs == 0] = 1
    m = (w / rs[:, None]).T
    p = np.ones(n) / n
    for _ in range(100):
        p = 0.15 / n + 0.85 * m @ p
    return p


def _bbc_rows(every: int) -> list[dict]:
    with BBC.open(encoding="utf-8") as lines:
        return [json.loads(line) for k, line in enumerate(lines) if k % every == 0]


def test_textrank_matches_reference_implementation() -> None:
    for row in _bbc_rows(every=300):
        sentences = split_sentences(row["body"])
        p = _reference_textrank(sentences)
        expected = sorted(int(i) for i in np.argsort(-p)[:3])
        assert textrank(sentences) == expected
    assert textrank([]) == [] and textrank(["One sentence."]) == [0]
    picked = textrank(split_sentences(_bbc_rows(every=1000)[1]["body"]), n=5)
    assert len(picked) == 5 and picked == sorted(picked)  # document order


# --- quality on a BBC sample --------------------------------------------------------------------


def test_bbc_sample_beats_lead3() -> None:
    """On ~30 BBC articles the summary's mean ROUGE beats Lead-3 (full figures: the bench)."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    ours: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeL": []}
    base: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeL": []}
    wins = 0
    rows = _bbc_rows(every=75)
    for row in rows:
        summary = summarise(row["body"], row["title"])
        assert len(summary) == 3
        sentences = split_sentences(row["body"])
        ours_scores = scorer.score(row["summary"], " ".join(summary))
        lead_scores = scorer.score(row["summary"], " ".join(sentences[i] for i in lead(sentences)))
        for metric in ours:
            ours[metric].append(ours_scores[metric].fmeasure)
            base[metric].append(lead_scores[metric].fmeasure)
        wins += ours_scores["rouge2"].fmeasure >= lead_scores["rouge2"].fmeasure
    for metric in ours:
        assert statistics.fmean(ours[metric]) > statistics.fmean(base[metric]) + 0.05, metric
    assert wins > len(rows) * 0.6


def test_very_long_text_ranks_only_its_opening_candidates() -> None:
    # Scoring is quadratic, so only the first 200 candidates are ranked (speed is in the bench).
    text = " ".join(f"Sentence {i} says the council met about item {i % 37}." for i in range(5000))
    summary = summarise(text)
    assert len(summary) == 3
    numbers = [int(s.split()[1]) for s in summary]
    assert max(numbers) < 200

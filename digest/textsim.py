"""Text → weighted sparse vectors for comparing news articles.

Why not plain TF-IDF: two reports of the same event share its *names and numbers* (who, where, how
many), while two events of the same kind share only the event words ("rehab", "earthquake"). So a
vector here has three blocks, each TF-IDF weighted and L2-normalised on its own, then scaled by a
block weight and normalised again:

* ``words``: every content word (lower-cased, stop words dropped, Snowball-stemmed), title counted
  more;
* ``names``: proper nouns — words written capitalised mid-sentence somewhere in the article — and
  runs of them ("betty ford"), so a name keeps counting when it opens a sentence or the title;
* ``numbers``: figures and years ("6.1", "1500", "2013").

The cosine of two vectors is then (about) a weighted mean of the three block cosines. Texts in
scripts written without spaces (Chinese, Japanese) fall back to character bigrams in ``words``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
import Stemmer

if TYPE_CHECKING:  # scipy is imported where it is used: importing it costs a few tenths of a second
    from scipy import sparse

# A compact English stop list (function words, reporting verbs and calendar words: they are common
# to every story, so they only add noise to "same story?" decisions).
STOP_WORDS = frozenset(
    """
a about above after again against all almost also although always am among an and another any
are around as at away back be became because been before being below between both but by can
cannot could did do does doing done down during each either else even ever every few first for
from further get gets got had has have having he her here hers herself him himself his how however
i if in including into is it its itself just last least less like made make many may me might
more most much must my myself near never new next no nor not now of off often on once one only or
other others our ours ourselves out over own per perhaps rather really said same say says see
seen she should since so some still such than that the their theirs them themselves then there
these they this those though through thus to too two under until up upon us very was we well were
what when where whether which while who whom whose why will with within without would yet you your
yours yourself yourselves told tell according also just week weeks year years day days time
today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february
march april june july august september october november december jan feb mar apr jun jul aug sep
sept oct nov dec mr mrs ms dr st am pm via news report reports reported reporting people
""".split()
)
# Capitalised words that are not names even mid-sentence (titles, calendar, pronoun "I").
NOT_NAMES = frozenset(
    """
i mr mrs ms dr st monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december the a an
""".split()
)

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,:]\d+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class BlockWeights:
    """How much each block counts in the cosine (relative; they need not sum to 1)."""

    words: float = 1.0
    names: float = 1.0
    numbers: float = 0.25
    title_boost: float = 2.0  # a title word counts as this many body occurrences


_STEMMER = Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower-case and stem (Snowball), so "bombs"/"bombing" and "checks"/"checked" meet."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return _STEMMER.stemWord(w)


def _number(token: str) -> str:
    """Normalise a figure: "1,500" → "1500", "03" → "3"; decimals keep their point."""
    t = token.replace(",", "")
    if t.isdigit():
        return str(int(t)) if len(t) < 12 else t
    return t


@lru_cache(maxsize=8192)
def features(title: str, text: str, title_boost: float = 2.0) -> tuple[Counter, Counter, Counter]:
    """Raw term counts of one article, per block: (words, names, numbers).

    Cached: grouping and Check Also look at the same articles; callers must not mutate the result.
    """
    words: Counter = Counter()
    names: Counter = Counter()
    numbers: Counter = Counter()
    # 1. Learn which words this article writes as names: capitalised but not opening a sentence,
    #    and collect runs of capitalised words ("Betty Ford Center") as phrases.
    name_words: set[str] = set()
    text_tokens: list[str] = []  # the text's tokens (a token never spans a sentence break)
    for sentence in _SENTENCE_END.split(text):
        tokens = _TOKEN.findall(sentence)
        text_tokens += tokens
        run: list[str] = []
        for position, token in enumerate(tokens):
            if token[0].isupper() and (position > 0 or len(token) > 1):
                lower = token.lower()
                if lower not in NOT_NAMES:
                    if position > 0 and lower not in STOP_WORDS:
                        name_words.add(fold(lower))
                    run.append(lower)
                    continue
            if run:
                if len(run) > 1:
                    _add_run(run, name_words, names)
                run = []
        if len(run) > 1:
            _add_run(run, name_words, names)
    # 2. Count every token; title tokens count `title_boost` times. Each distinct token is
    #    looked at once (`_term`), its count added as a whole: the sums are whole numbers, so
    #    they come out the same as adding one occurrence at a time.
    for counts, factor in (
        (Counter(_TOKEN.findall(title)), title_boost),
        (Counter(text_tokens), 1.0),
    ):
        for token, count in counts.items():
            term = _TERMS.get(token)
            if term is None:
                term = _term(token)
            kind, value = term
            if kind is _WORD:
                words[value] += factor * count
                if value in name_words:
                    names[value] += factor * count
            elif kind is _NUMBER:
                numbers[value] += factor * count
            elif kind is _BIGRAMS:
                for bigram in value:
                    words[bigram] += factor * count
    return words, names, numbers


_WORD, _NUMBER, _BIGRAMS, _SKIP = "word", "number", "bigrams", "skip"
_TERMS: dict[str, tuple[str, Any]] = {}  # token -> what it counts as (bounded, see _term)
_TERMS_MAX = 200_000


def _term(token: str) -> tuple[str, Any]:
    """What one token adds, whatever the article: a figure, a stemmed word, CJK bigrams or
    nothing (a stop word, a single letter)."""
    if token[0].isdigit():
        term: tuple[str, Any] = (_NUMBER, _number(token))
    else:
        lower = token.lower()
        if lower in STOP_WORDS or len(lower) < 2:
            term = (_SKIP, None)
        elif _SPACELESS.search(token):
            term = (_BIGRAMS, [a + b for a, b in zip(token, token[1:], strict=False)])
        else:
            term = (_WORD, fold(lower))
    if len(_TERMS) >= _TERMS_MAX:
        _TERMS.clear()
    _TERMS[token] = term
    return term


def _add_run(run: list[str], name_words: set[str], names: Counter) -> None:
    # A run that opens a sentence may start with an ordinary word ("Police Chief Smith").
    trimmed = [fold(w) for w in run if w not in STOP_WORDS]
    if len(trimmed) > 1 and any(w in name_words for w in trimmed):
        names[" ".join(trimmed)] += 1


def vectorize(
    docs: Sequence[tuple[str, str]], weights: BlockWeights = BlockWeights(), min_df: int = 1
) -> sparse.csr_matrix:
    """Rows of L2-normalised block-weighted TF-IDF vectors, one per (title, text).

    IDF comes from `docs` themselves: the batch (and archive) being compared is the background,
    which is what makes a word that every article of the day uses count for little. Terms found
    in fewer than `min_df` of the docs are left out (they match nothing, but lengthen the vector).
    """
    from scipy import sparse

    n = len(docs)
    block_counts = [features(title, text, weights.title_boost) for title, text in docs]
    block_weight = (weights.words, weights.names, weights.numbers)
    columns: list[np.ndarray] = []
    rows: list[np.ndarray] = []
    values: list[np.ndarray] = []
    offset = 0
    for b in range(3):
        if block_weight[b] <= 0:
            continue
        vocab: dict[str, int] = {}
        term_ids: list[int] = []
        counts: list[float] = []
        lengths: list[int] = []
        for doc in block_counts:
            block = doc[b]
            terms = sorted(block)  # a fixed order: the same floats whatever the dict order
            term_ids.extend([vocab.setdefault(t, len(vocab)) for t in terms])
            counts.extend([block[t] for t in terms])
            lengths.append(len(terms))
        if not term_ids:
            continue
        ids = np.array(term_ids, dtype=np.int64)
        doc_of = np.repeat(np.arange(n), lengths)
        df = np.bincount(ids, minlength=len(vocab))
        idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
        w = (1.0 + np.log(np.array(counts, dtype=np.float64))) * idf[ids]
        if min_df > 1:
            w[df[ids] < min_df] = 0.0
        norms = np.sqrt(np.bincount(doc_of, weights=w * w, minlength=n))
        norms[norms == 0] = 1.0
        w *= math.sqrt(block_weight[b]) / norms[doc_of]
        columns.append(ids + offset)
        rows.append(doc_of)
        values.append(w)
        offset += len(vocab)
    if not values:
        return sparse.csr_matrix((n, 1), dtype=np.float64)
    matrix = sparse.csr_matrix(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(columns))),
        shape=(n, offset),
    )
    return normalize_rows(matrix)


def normalize_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """L2-normalise each row (empty rows stay empty)."""
    from scipy import sparse

    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def cosine_matrix(a: sparse.csr_matrix, b: sparse.csr_matrix | None = None) -> np.ndarray:
    """Dense cosine similarities between the rows of `a` and of `b` (rows already normalised)."""
    other = a if b is None else b
    return np.asarray((a @ other.T).toarray(), dtype=np.float64)

"""Text → weighted sparse vectors for comparing news articles.

Why not plain TF-IDF: two reports of the same event share its *names and numbers* (who, where, how
many), while two events of the same kind share only the event words ("rehab", "earthquake"). So a
vector here has three blocks, each TF-IDF weighted and L2-normalised on its own, then scaled by a
block weight and normalised again:

* ``words``: every content word (lower-cased, stop words dropped, plural folded), title counted more;
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

import numpy as np
import Stemmer
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
    for sentence in _SENTENCE_END.split(text):
        run: list[str] = []
        for position, token in enumerate(_TOKEN.findall(sentence)):
            first = token[0]
            if first.isupper() and (len(token) > 1 or position > 0):
                lower = token.lower()
                if lower not in NOT_NAMES:
                    if position > 0 and lower not in STOP_WORDS:
                        name_words.add(fold(lower))
                    run.append(lower)
                    continue
            if len(run) > 1:
                _add_run(run, name_words, names)
            run = []
        if len(run) > 1:
            _add_run(run, name_words, names)
    # 2. Count every token; title tokens count `title_boost` times.
    for part, factor in ((title, title_boost), (text, 1.0)):
        for token in _TOKEN.findall(part):
            if token[0].isdigit():
                numbers[_number(token)] += factor
                continue
            lower = token.lower()
            if lower in STOP_WORDS or len(lower) < 2:
                continue
            if _SPACELESS.search(token):
                for a, b in zip(token, token[1:], strict=False):
                    words[a + b] += factor
                continue
            folded = fold(lower)
            words[folded] += factor
            if folded in name_words:
                names[folded] += factor
    return words, names, numbers


def _add_run(run: list[str], name_words: set[str], names: Counter) -> None:
    # A run that opens a sentence may start with an ordinary word ("Police Chief Smith").
    trimmed = [fold(w) for w in run if w not in STOP_WORDS]
    if len(trimmed) > 1 and any(w in name_words for w in trimmed):
        names[" ".join(trimmed)] += 1


class Vocabulary:
    """Maps terms to columns, one space per block (a prefix keeps blocks apart)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def column(self, key: str) -> int:
        col = self.index.get(key)
        if col is None:
            col = len(self.index)
            self.index[key] = col
        return col


def vectorize(
    docs: Sequence[tuple[str, str]], weights: BlockWeights = BlockWeights()
) -> sparse.csr_matrix:
    """Rows of L2-normalised block-weighted TF-IDF vectors, one per (title, text).

    IDF comes from `docs` themselves: the batch (and archive) being compared is the background,
    which is what makes a word that every article of the day uses count for little.
    """
    n = len(docs)
    block_counts = [features(title, text, weights.title_boost) for title, text in docs]
    block_weight = (weights.words, weights.names, weights.numbers)
    vocab = Vocabulary()
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for b in range(3):
        if block_weight[b] <= 0:
            continue
        df: Counter = Counter()
        for counts in block_counts:
            df.update(counts[b].keys())
        idf = {t: math.log((1 + n) / (1 + d)) + 1.0 for t, d in df.items()}
        scale = math.sqrt(block_weight[b])
        for i, counts in enumerate(block_counts):
            block = counts[b]
            if not block:
                continue
            terms = sorted(block)  # fixed order: the same floats whatever dict order
            w = np.array([(1.0 + math.log(block[t])) * idf[t] for t in terms])
            w *= scale / np.linalg.norm(w)
            rows.extend([i] * len(terms))
            cols.extend(vocab.column(f"{b}:{t}") for t in terms)
            vals.extend(w.tolist())
    matrix = sparse.csr_matrix(
        (np.array(vals, dtype=np.float64), (np.array(rows), np.array(cols))),
        shape=(n, max(1, len(vocab.index))),
    )
    return normalize_rows(matrix)


def normalize_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """L2-normalise each row (empty rows stay empty)."""
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def cosine_matrix(a: sparse.csr_matrix, b: sparse.csr_matrix | None = None) -> np.ndarray:
    """Dense cosine similarities between the rows of `a` and of `b` (rows already normalised)."""
    other = a if b is None else b
    return np.asarray((a @ other.T).toarray(), dtype=np.float64)

"""Text → weighted sparse vectors for comparing news articles.

Why not plain TF-IDF: two reports of the same event share its *names and numbers* (who, where, how
many), while two events of the same kind share only the event words ("rehab", "earthquake"). So a
vector here has three blocks, each TF-IDF weighted and L2-normalised on its own, then scaled by a
block weight and normalised again:

* ``words``: every content word (lower-cased, stop words dropped, Snowball-stemmed), title counted
  more;
* ``names``: proper nouns — words written capitalised mid-sentence somewhere in the article — and
  runs of them ("betty ford"), so a name keeps counting when it opens a sentence or the title;
* ``numbers``: figures and years ("6.1", "1500", "2013");
* ``events`` (weight 0 unless asked for): dates at day, month and year grain, counts with what
  they count, amounts, scores and weekdays, from `eventfeat` — when and how many, what
  tells two events of one kind apart.

The cosine of two vectors is then (about) a weighted mean of the block cosines. Texts in
scripts written without spaces (Chinese, Japanese) fall back to character bigrams in ``words``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress
from operator import not_
from typing import TYPE_CHECKING, Any

import numpy as np
import Stemmer

from digest.compose.eventfeat import event_tokens

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
# A _TOKEN (captured) or a _SENTENCE_END ("" in findall), in one left-to-right scan. The two
# never start on the same character (a letter or digit vs a space, newline or closing quote), so
# their order does not change what matches; tokens first is ~10% faster.
_TOKENS_AND_ENDS = re.compile(
    rf"({_TOKEN.pattern})|{_SENTENCE_END.pattern}",
    re.UNICODE,
)
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class BlockWeights:
    """How much each block counts in the cosine (relative; they need not sum to 1)."""

    words: float = 1.0
    names: float = 1.0
    numbers: float = 0.25
    title_boost: float = 2.0  # a title word counts as this many body occurrences
    events: float = 0.0  # dates, counts, amounts and scores (`digest.compose.eventfeat`)


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
    if t.isdecimal():  # not isdigit(): "¹" is a digit that int() refuses
        return str(int(t)) if len(t) < 12 else t
    return t


@lru_cache(maxsize=8192)
def features(
    title: str, text: str, title_boost: float = 2.0
) -> tuple[Mapping[str, float], Mapping[str, float], Mapping[str, float]]:
    """Raw term counts of one article, per block: (words, names, numbers), each a dict of term
    -> weight (not Counters: a dict of strings and numbers is not tracked by the cyclic garbage
    collector, and making three Counters per article cost ~5% of this function).

    Cached: grouping and Check Also look at the same articles; callers must not mutate the result
    (hence typed as read-only mappings).
    """
    names: dict[str, float] = {}
    # 1. Learn which words this article writes as names: capitalised but not opening a sentence,
    #    and collect runs of capitalised words ("Betty Ford Center") as phrases.
    name_words: set[str] = set()
    # The text's tokens, with "" where a sentence ends: one scan instead of a split and a scan
    # per sentence (the same tokens and sentences: a token never spans a sentence end).
    flat = _TOKENS_AND_ENDS.findall(text)
    # Only capitalised tokens can be names or extend a run; any other token ends a run.
    # Visiting just those (and the sentence ends), in order, is the same walk with the
    # ordinary tokens skipped.
    run: list[str] = []
    start = 0  # index in `flat` of the sentence's first token
    last = -2  # position in the sentence of the run's last token
    for index in _names_and_ends(flat):
        token = flat[index]
        if not token:  # a sentence ends
            if len(run) > 1:
                _add_run(run, name_words, names)
            run, start, last = [], index + 1, -2
            continue
        position = index - start
        lower = token.lower()
        if (position == 0 and len(token) == 1) or lower in NOT_NAMES:
            continue  # not a name: ends the run (the next name is not adjacent)
        if position != last + 1 and run:
            if len(run) > 1:
                _add_run(run, name_words, names)
            run = []
        if position > 0 and lower not in STOP_WORDS:
            name_words.add(fold(lower))
        run.append(lower)
        last = position
    if len(run) > 1:
        _add_run(run, name_words, names)
    # 2. Count every token; title tokens count `title_boost` times.
    title_tokens = _TOKEN.findall(title)
    word_counts: dict[str, float] = {}
    name_counts: dict[str, float] = dict(names)  # the phrases found above
    number_counts: dict[str, float] = {}
    if not float(title_boost).is_integer():  # rare: add one occurrence at a time, as ever
        text_tokens = [token for token in flat if token]
        for tokens, factor in ((title_tokens, title_boost), (text_tokens, 1.0)):
            for token in tokens:
                _count(token, factor, 1, name_words, word_counts, name_counts, number_counts)
        return word_counts, name_counts, number_counts
    # Each distinct token is looked at once, its count added as a whole: with a whole-number
    # boost every sum is a whole number, so it comes out the same as one occurrence at a time.
    title_counts, text_counts = Counter(title_tokens), Counter(flat)
    text_counts.pop("", None)  # the sentence ends
    get_term = _TERMS.get
    _learn_terms([t for t in (*title_counts, *text_counts) if get_term(t) is None])
    for counts, factor in ((title_counts, title_boost), (text_counts, 1.0)):
        for token, count in counts.items():
            term = get_term(token)
            if term is None:
                term = _term(token)
            kind, value = term
            if kind is _WORD:
                word_counts[value] = word_counts.get(value, 0) + factor * count
                if value in name_words:
                    name_counts[value] = name_counts.get(value, 0) + factor * count
            elif kind is _NUMBER:
                number_counts[value] = number_counts.get(value, 0) + factor * count
            elif kind is _BIGRAMS:
                for bigram in value:
                    word_counts[bigram] = word_counts.get(bigram, 0) + factor * count
    return word_counts, name_counts, number_counts


def _names_and_ends(flat: list[str]) -> list[int]:
    """The positions in `flat` of the sentence ends ("") and the tokens that start with a
    capital letter, in order. A token that is all lower case (`str.islower`: it has a cased
    character and no upper-case one) cannot start with a capital, so those, most of a text,
    are skipped by C-level filters before the exact test runs on the rest."""
    maybe = compress(range(len(flat)), map(not_, map(str.islower, flat)))
    return [i for i in maybe if not flat[i] or flat[i][0].isupper()]


def _count(
    token: str,
    factor: float,
    count: int,
    name_words: set[str],
    words: dict[str, float],
    names: dict[str, float],
    numbers: dict[str, float],
) -> None:
    """Add `count` occurrences of one token (weighted by `factor`) to the blocks."""
    kind, value = _TERMS.get(token) or _term(token)
    if kind is _WORD:
        words[value] = words.get(value, 0) + factor * count
        if value in name_words:
            names[value] = names.get(value, 0) + factor * count
    elif kind is _NUMBER:
        numbers[value] = numbers.get(value, 0) + factor * count
    elif kind is _BIGRAMS:
        for bigram in value:
            words[bigram] = words.get(bigram, 0) + factor * count


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


@lru_cache(maxsize=8192)
def _sorted_blocks(
    title: str, text: str, title_boost: float
) -> tuple[tuple[tuple[str, ...], tuple[float, ...]], ...]:
    """`features` as (terms, counts) per block, terms sorted: a fixed order, so the floats do not
    depend on dict order. Cached beside `features`: every `vectors` call wants it sorted."""
    blocks = []
    for block in features(title, text, title_boost):
        terms = tuple(sorted(block))
        blocks.append((terms, tuple([block[t] for t in terms])))
    return tuple(blocks)


@lru_cache(maxsize=8192)
def _sorted_events(title: str, text: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """`eventfeat.event_tokens` as (terms, counts), terms sorted (see `_sorted_blocks`)."""
    found = event_tokens(title, text)
    terms = tuple(sorted(found))
    return terms, tuple([float(found[t]) for t in terms])


def _forget_features() -> None:
    """`features.cache_clear()`: also forgets the per-token memo, so a cleared cache is cold."""
    _clear_feature_cache()
    _sorted_blocks.cache_clear()
    _sorted_events.cache_clear()
    event_tokens.cache_clear()
    _TERMS.clear()


_clear_feature_cache = features.cache_clear
features.cache_clear = _forget_features  # type: ignore[method-assign]


def _learn_terms(tokens: list[str]) -> None:
    """`_term` for many new tokens at once, stemming the words in one call (a C loop)."""
    if not tokens:
        return
    words: list[tuple[str, str]] = []
    for token in tokens:
        if token[0].isdigit():
            _term(token)
            continue
        lower = token.lower()
        if lower in STOP_WORDS or len(lower) < 2 or _SPACELESS.search(token):
            _term(token)
            continue
        w = lower.lower().replace("’", "'")  # as `fold` does
        words.append((token, w[:-2] if w.endswith("'s") else w))
    if len(_TERMS) + len(words) >= _TERMS_MAX:
        _TERMS.clear()
    stems = _STEMMER.stemWords([w for _, w in words])
    for (token, _), stem in zip(words, stems, strict=True):
        _TERMS[token] = (_WORD, stem)


def _add_run(run: list[str], name_words: set[str], names: dict[str, float]) -> None:
    # A run that opens a sentence may start with an ordinary word ("Police Chief Smith").
    trimmed = [fold(w) for w in run if w not in STOP_WORDS]
    if len(trimmed) > 1 and any(w in name_words for w in trimmed):
        phrase = " ".join(trimmed)
        names[phrase] = names.get(phrase, 0) + 1


def vectorize(
    docs: Sequence[tuple[str, str]], weights: BlockWeights = BlockWeights(), min_df: int = 1
) -> sparse.csr_matrix:
    """Rows of L2-normalised block-weighted TF-IDF vectors, one per (title, text).

    IDF comes from `docs` themselves: the batch (and archive) being compared is the background,
    which is what makes a word that every article of the day uses count for little. Terms found
    in fewer than `min_df` of the docs are left out (they match nothing, but lengthen the vector).
    """
    return vectors(docs, weights, min_df).to_scipy()


def vectors(
    docs: Sequence[tuple[str, str]],
    weights: BlockWeights = BlockWeights(),
    min_df: int = 1,
    units: Sequence[int] | np.ndarray | None = None,
) -> Csr:
    """`vectorize` as a `Csr` (the same arrays), for callers that do not need scipy.sparse.

    `units`, one integer per doc, counts document frequency over units instead of docs: with the
    docs' story groups as units, a word that one story's twenty reports repeat is as rare as a
    word of one report (IDF then says how many *stories* use a word, not how much coverage
    each got). `min_df` then counts units too.
    """
    n = len(docs)
    block_counts = [_sorted_blocks(title, text, weights.title_boost) for title, text in docs]
    block_weight: tuple[float, ...] = (weights.words, weights.names, weights.numbers)
    if weights.events > 0:
        block_counts = [
            (*blocks, _sorted_events(title, text))
            for blocks, (title, text) in zip(block_counts, docs, strict=True)
        ]
        block_weight = (*block_weight, weights.events)
    columns: list[np.ndarray] = []
    rows: list[np.ndarray] = []
    values: list[np.ndarray] = []
    offset = 0
    for b in range(len(block_weight)):
        if block_weight[b] <= 0:
            continue
        every_term = list(chain.from_iterable(doc[b][0] for doc in block_counts))
        counts = list(chain.from_iterable(doc[b][1] for doc in block_counts))
        lengths = [len(doc[b][0]) for doc in block_counts]
        # Term ids in order of first appearance (dicts keep insertion order), looked up in C.
        vocab = {term: i for i, term in enumerate(dict.fromkeys(every_term))}
        term_ids = list(map(vocab.__getitem__, every_term))
        if not term_ids:
            continue
        ids = np.array(term_ids, dtype=np.int64)
        doc_of = np.repeat(np.arange(n), lengths)
        if units is None:
            df = np.bincount(ids, minlength=len(vocab))
            n_units = n
        else:  # each (unit, term) pair once
            unit_of = np.asarray(units, dtype=np.int64)
            n_units = len(np.unique(unit_of))
            df = np.bincount(
                np.unique(unit_of[doc_of] * len(vocab) + ids) % len(vocab), minlength=len(vocab)
            )
        idf = np.log((1.0 + n_units) / (1.0 + df)) + 1.0
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
        return Csr.empty((n, 1))
    matrix = Csr.from_coo(
        np.concatenate(values), np.concatenate(rows), np.concatenate(columns), (n, offset)
    )
    return matrix.normalized()


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


# --------------------------------------------------------------------------------------------
# Sparse matrices without importing scipy.sparse
#
# Importing scipy.sparse costs ~0.12 s (it pulls in its array-API layer), more than grouping a
# day's articles. Its C kernels live in one extension module, scipy.sparse._sparsetools, which
# loads in about a millisecond on its own. `Csr` calls those kernels exactly as scipy.sparse's
# csr_matrix methods do (same kernel, same arguments, same order of entries), so every float is
# the same as with scipy.sparse; `to_scipy()` hands the same arrays to scipy.sparse when a
# caller wants a real matrix.

_KERNELS: Any = None


def _kernels() -> Any:
    """scipy.sparse._sparsetools, loaded without running scipy.sparse's package __init__."""
    global _KERNELS
    if _KERNELS is not None:
        return _KERNELS
    import sys

    name = "scipy.sparse._sparsetools"
    module = sys.modules.get(name)
    if module is None:
        try:
            import importlib.machinery
            import importlib.util
            from pathlib import Path

            scipy_spec = importlib.util.find_spec("scipy")
            assert scipy_spec is not None and scipy_spec.submodule_search_locations
            folder = Path(next(iter(scipy_spec.submodule_search_locations))) / "sparse"
            path = next(
                folder / f"_sparsetools{suffix}"
                for suffix in importlib.machinery.EXTENSION_SUFFIXES
                if (folder / f"_sparsetools{suffix}").is_file()
            )
            spec = importlib.util.spec_from_file_location(name, path)
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            # Registered under its own name: a later `import scipy.sparse` reuses it.
            sys.modules[name] = module
        except Exception:  # another layout: the ordinary (slower) import
            from scipy.sparse import _sparsetools as module
    _KERNELS = module
    return module


_DENSE_BOUND = 1 << 22  # results of up to this many cells skip the counting pass


def _index_dtype(*sizes: int) -> type[np.signedinteger[Any]]:
    return np.int32 if max(sizes, default=0) <= np.iinfo(np.int32).max else np.int64


class Csr:
    """A compressed-sparse-row matrix: just the operations textsim and related need."""

    __slots__ = ("indptr", "indices", "data", "shape")

    def __init__(
        self, indptr: np.ndarray, indices: np.ndarray, data: np.ndarray, shape: tuple[int, int]
    ):
        nnz = int(indptr[-1])  # trimmed, as scipy's check_format/prune do
        self.indptr, self.indices, self.data = indptr, indices[:nnz], data[:nnz]
        self.shape = (int(shape[0]), int(shape[1]))

    @classmethod
    def empty(cls, shape: tuple[int, int]) -> Csr:
        idx = _index_dtype(*shape)
        return cls(np.zeros(shape[0] + 1, idx), np.zeros(0, idx), np.zeros(0), shape)

    @classmethod
    def from_coo(
        cls, data: np.ndarray, rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int]
    ) -> Csr:
        """csr_matrix((data, (rows, cols)), shape): entries sorted, duplicates summed."""
        k = _kernels()
        m, n = shape
        nnz = len(rows)
        idx = _index_dtype(nnz, m, n)
        indptr = np.empty(m + 1, dtype=idx)
        indices = np.empty(nnz, dtype=idx)
        values = np.empty(nnz, dtype=data.dtype)
        k.coo_tocsr(m, n, nnz, rows.astype(idx), cols.astype(idx), data, indptr, indices, values)
        if not k.csr_has_canonical_format(m, indptr, indices):
            if not k.csr_has_sorted_indices(m, indptr, indices):
                k.csr_sort_indices(m, indptr, indices, values)
            k.csr_sum_duplicates(m, n, indptr, indices, values)
        return cls(indptr, indices, values, shape)

    @property
    def nnz(self) -> int:
        return int(self.indptr[-1])

    def rows(self, stop: int) -> Csr:
        """The first `stop` rows (matrix[:stop])."""
        end = int(self.indptr[stop])
        return Csr(self.indptr[: stop + 1].copy(), self.indices[:end], self.data[:end],
                   (stop, self.shape[1]))  # fmt: skip

    def transposed(self) -> Csr:
        """The transpose, as CSR (what scipy converts `matrix.T` to before multiplying)."""
        m, n = self.shape
        idx = _index_dtype(self.nnz, m, n)
        indptr = np.empty(n + 1, dtype=idx)
        indices = np.empty(self.nnz, dtype=idx)
        data = np.empty(self.nnz, dtype=self.data.dtype)
        _kernels().csr_tocsc(m, n, self.indptr.astype(idx), self.indices.astype(idx), self.data,
                             indptr, indices, data)  # fmt: skip
        return Csr(indptr, indices, data, (n, m))

    def __matmul__(self, other: Csr) -> Csr:
        k = _kernels()
        m, n = self.shape[0], other.shape[1]
        idx = _index_dtype(self.nnz, other.nnz, m, n, self.shape[1])
        a_ptr, a_ind = self.indptr.astype(idx), self.indices.astype(idx)
        b_ptr, b_ind = other.indptr.astype(idx), other.indices.astype(idx)
        if m * n <= _DENSE_BOUND and self.nnz and other.nnz:
            # The result cannot hold more than m x n entries: allocate that (pages never
            # written cost nothing) and skip scipy's counting pass, a third of the product's
            # time when the result is dense. The product itself is the same call.
            nnz = m * n
        else:
            nnz = k.csr_matmat_maxnnz(m, n, a_ptr, a_ind, b_ptr, b_ind)
        if nnz == 0:
            return Csr.empty((m, n))
        if _index_dtype(nnz) is not idx:
            idx = np.int64
            a_ptr, a_ind = a_ptr.astype(idx), a_ind.astype(idx)
            b_ptr, b_ind = b_ptr.astype(idx), b_ind.astype(idx)
        indptr = np.empty(m + 1, dtype=idx)
        indices = np.empty(nnz, dtype=idx)
        data = np.empty(nnz, dtype=np.result_type(self.data, other.data))
        k.csr_matmat(m, n, a_ptr, a_ind, self.data, b_ptr, b_ind, other.data,
                     indptr, indices, data)  # fmt: skip
        return Csr(indptr, indices, data, (m, n))

    def squared(self) -> Csr:
        """Elementwise self * self (scipy's `matrix.multiply(matrix)`)."""
        m, n = self.shape
        maxnnz = 2 * self.nnz
        idx = _index_dtype(maxnnz, m, n)
        ptr, ind = self.indptr.astype(idx), self.indices.astype(idx)
        indptr = np.empty(m + 1, dtype=idx)
        indices = np.empty(maxnnz, dtype=idx)
        data = np.empty(maxnnz, dtype=self.data.dtype)
        _kernels().csr_elmul_csr(m, n, ptr, ind, self.data, ptr, ind, self.data,
                                 indptr, indices, data)  # fmt: skip
        return Csr(indptr, indices, data, (m, n))

    def row_sums(self) -> np.ndarray:
        """matrix.sum(axis=1), raveled: numpy's add.reduceat over each non-empty row."""
        sums = np.zeros(self.shape[0], dtype=np.float64)
        non_empty = np.flatnonzero(np.diff(self.indptr))
        if non_empty.size:
            sums[non_empty] = np.add.reduceat(self.data, self.indptr[non_empty].astype(np.intp))
        return sums

    def scaled_rows(self, factors: np.ndarray) -> Csr:
        """diags(factors) @ matrix (a zero factor empties its row, as there)."""
        n = len(factors)
        keep = factors != 0
        idx = _index_dtype(n)
        diagonal = Csr(
            np.concatenate(([0], np.cumsum(keep))).astype(idx),
            np.flatnonzero(keep).astype(idx),
            factors[keep].astype(np.float64),
            (n, n),
        )
        return diagonal @ self

    def normalized(self) -> Csr:
        """Each row L2-normalised (empty rows stay empty): `normalize_rows`."""
        norms = np.sqrt(self.squared().row_sums())
        norms[norms == 0] = 1.0
        return self.scaled_rows(1.0 / norms)

    def toarray(self) -> np.ndarray:
        out = np.zeros(self.shape, dtype=self.data.dtype)
        m, n = self.shape
        _kernels().csr_todense(m, n, self.indptr, self.indices, self.data, out)
        return out

    def to_scipy(self) -> sparse.csr_matrix:
        from scipy import sparse

        return sparse.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)


def cosines(a: Csr, b: Csr | None = None) -> np.ndarray:
    """`cosine_matrix` for `Csr` rows: (a @ b.T) as a dense array.

    Two kernels give the same floats here. The sparse product adds, for each pair of rows,
    the products of their shared terms in column order. When nearly every pair shares nearly
    every term (a small vocabulary: look-alike articles, 1,000 of them with ~100 terms, as in
    the generated feeds of bench/vs_rss2email.py), a sparse row times the dense transpose does
    the same additions in the same order, only with exact zeros (+0.0) in between, which change
    no sum of these non-negative weights, and runs about four times faster (~0.05 s per
    product there). Otherwise it would do far more work: the sparse product it is.
    """
    other = a if b is None else b
    if _dense_pays(a, other):
        m, n = a.shape[0], other.shape[0]
        dense_t = other.transposed().toarray()  # terms x rows of `other`
        out = np.zeros((m, n), dtype=np.float64)
        _kernels().csr_matvecs(m, a.shape[1], n, a.indptr, a.indices, a.data,
                               dense_t.ravel(), out.ravel())  # fmt: skip
        return out
    return (a @ other.transposed()).toarray().astype(np.float64, copy=False)


def _dense_pays(a: Csr, b: Csr) -> bool:
    """Whether `a @ b.T` is cheaper as sparse rows times a dense `b.T` (see `cosines`): its
    multiply-adds (`a`'s entries times `b`'s rows) are at most twice the sparse product's (per
    term, the rows of `a` times the rows of `b` that hold it), `b.T` is small, and the weights
    are the non-negative float64 the argument in `cosines` needs."""
    terms = a.shape[1]
    if not a.nnz or not b.nnz or terms * b.shape[0] > _DENSE_BOUND:
        return False
    if a.data.dtype != np.float64 or b.data.dtype != np.float64:
        return False
    if a.indptr.dtype != a.indices.dtype:
        return False
    sparse_work = float(
        np.dot(
            np.bincount(a.indices, minlength=terms).astype(np.float64),
            np.bincount(b.indices, minlength=terms).astype(np.float64),
        )
    )
    if a.nnz * b.shape[0] > 2.0 * sparse_work:
        return False
    return bool(a.data.min() >= 0.0 and b.data.min() >= 0.0)

"""Text → sentences → a short extractive summary (pure: no I/O, no clock, nothing downloaded).

Splitting is a hand-written rule splitter rather than a library. Measured on the 2,225 BBC articles
(`bench/bench_summarise.py --splitters`, figures in `notes/summarise.md`): pysbd is 10-30 ms per
article and mis-splits Spanish ("Sr.") and Urdu; sentencex does not split inside a quotation, so a
multi-sentence quote becomes one "sentence"; blingfire (last release 2021) joins a heading to the
next paragraph and splits German dates. The rules below handle abbreviations, initials, quotes,
decimals, ellipses and CJK, Urdu and Arabic full stops at ~0.15 ms per article, and cover more of
the BBC reference sentences exactly than any of the three.

A summary ranks the candidate sentences (complete, not boilerplate, not a byline or date stamp) by
a weighted sum of two centrality measures (mean in-article frequency of a sentence's content words;
TextRank over word overlap), its length and a bonus for the lede, and returns the top n in article
order. The weights were chosen on half of the BBC articles (`notes/summarise.md`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

# --- sentence splitting -------------------------------------------------------------------------

# A candidate boundary: terminators, closing quotes/brackets, then whitespace. CJK full stops need
# no whitespace after them.
_BOUNDARY = re.compile(
    r"(?P<term>\.{2,}|…|[.!?۔؟।]+)(?P<close>[\"'”’»)\]]*)\s+"
    r"|(?P<cjk>[。！？]+)(?P<cjkclose>[」』”’）)]*)\s*"
)
# Abbreviations are matched in the case they are written in: capitalised ones ("Mr", "No", "Art")
# only when the word is capitalised, so "the answer was no." and "he loves art." still end.
# Abbreviations that introduce a name or a number: a sentence never ends on them.
_NEVER_FINAL = frozenset(
    """Mr Mrs Ms Messrs Dr Prof Gen Col Lt Sgt Capt Cmdr Adm Gov Sen Rep Rev Hon Pres Supt Insp
    Det Fr Hr Sra Srta Sr Dña Ud Uds Vs No Nos Nr Art Fig Figs Vol Ch Pp
    vs v pp ca cf approx""".split()
)
# Abbreviations that may also end a sentence ("...a unit of Apple Inc. The firm"), US states in
# AP style among them: they end one only when a typical sentence opener follows.
_MAYBE_FINAL = frozenset(
    """Inc Ltd Co Corp Plc Llc Bros Jr St Ave Rd Blvd Mt Ft Jan Feb Mar Apr Jun Jul Aug Sep Sept
    Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Dept Univ Assn Est Tel Orig Etc
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ida Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont
    Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo
    etc est al bzw usw ggf vgl ff dh zb ua sog evtl pág núm tel orig""".split()
)
# Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary.
_OPENERS = frozenset(
    """the a an it he she they we i you this that these those there but and in on at as if when
    while after before its his her their our my however meanwhile so yet some many most all now
    then also last earlier later since for to not what who why how where one two three more
    der die das ein eine er es wir ich aber und im el la los las un una pero y en lo o os um uma
    mas e em ele ela eles elas""".split()
)
_GERMAN_MONTHS = frozenset(
    "januar jänner februar märz april mai juni juli august september oktober november "
    "dezember".split()
)
_DOTTED_ACRONYM = re.compile(r"^(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}$")  # U.S, e.g, i.e, p.m, z.B
_OPENING_PUNCT = "\"'“‘«([¿¡"
_NEXT_WORD = re.compile(r"[\"'“‘«(\[¿¡]*([^\W_]+)")
# Lines joined to the previous one: a hard-wrapped continuation (no end punctuation, lower-case).
_LINE_END_PUNCT = re.compile(r"[.!?…。！？۔؟।:;\"'”’»)\]]\s*$")


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, keeping every character of each sentence (only spaces trimmed).

    Line breaks end a sentence (headings and captions stand alone), except a hard-wrapped line that
    runs on in lower case.
    """
    sentences: list[str] = []
    for block in _blocks(text):
        sentences.extend(_split_block(block))
    return sentences


def _blocks(text: str) -> list[str]:
    """Non-empty lines, with hard-wrapped continuation lines joined back on."""
    blocks: list[str] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        if blocks and line[0].islower() and not _LINE_END_PUNCT.search(blocks[-1]):
            blocks[-1] += " " + line
        else:
            blocks.append(line)
    return blocks


def _split_block(block: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(block):
        end = m.end()
        if end >= len(block):
            break
        if m.group("cjk") is None:
            if not _is_boundary(block, m, start):
                continue
        elif m.group("cjkclose") and block[end] in "とっ":
            continue  # Japanese quotative: 「明日は雨。」と彼は言った。
        piece = block[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    tail = block[start:].strip()
    if tail:
        out.append(tail)
    return out


def _is_boundary(block: str, m: re.Match[str], start: int) -> bool:
    """Decide whether a '.', '!', '?' or ellipsis followed by space ends a sentence."""
    nxt = block[m.end()]
    if nxt.islower() and not (len(block) > m.end() + 1 and block[m.end() + 1].isupper()):
        return False  # "p.m. on Friday", '?" said X' (but "iPhone" still opens a sentence)
    term = m.group("term")
    if term != "." or m.group("close"):
        return True  # !, ?, ..., or a full stop inside quotes/brackets: 'He said "no." Then'
    word_start = max(block.rfind(" ", start, m.start()) + 1, start)
    prev = block[word_start : m.start()].lstrip(_OPENING_PUNCT)
    if not prev:
        return True
    written = prev if prev[0].islower() else prev.capitalize()  # "INC" is "Inc"
    nm = _NEXT_WORD.match(block, m.end())
    next_word = nm.group(1).lower() if nm else ""
    if written in _NEVER_FINAL:
        return False
    if len(prev) == 1 and prev.isupper():  # an initial: "George W. Bush", "J. R. R. Tolkien"
        return next_word in _OPENERS
    if written in _MAYBE_FINAL or _DOTTED_ACRONYM.match(prev):  # "Inc.", "U.S.", "e.g."
        return next_word in _OPENERS
    if prev.isdigit() and len(prev) <= 2 and next_word in _GERMAN_MONTHS:
        return False  # German ordinal date: "am 3. Oktober"
    if len(prev) == 1 and prev.isalpha() and prev != "a":  # "z. B. viel", "u. a."
        return next_word in _OPENERS
    return True


# --- what may be picked -------------------------------------------------------------------------

# A line that opens the page's trailing furniture (related links, comments): it and all after it go.
_TAIL_MARKER = re.compile(
    r"(?:check also|see also|leave a (?:reply|comment)|\d+ comments?|comments?|related"
    r"(?: articles| posts| stories| news| content| coverage)?|read next|more stories"
    r"|more from [^.!?]{0,40}|you (?:may|might) also (?:like|be interested in)"
    r"|recommended(?: for you)?|most (?:read|popular)|trending(?: now)?|about the author"
    r"|share this(?: article| story| post)?)[\s:»›>→-]*$"  # no full stop: a real sentence goes on
)
# Phrases that make a sentence boilerplate wherever they stand (matched on lower-cased text).
_BOILERPLATE = re.compile(
    r"check also|leave a (?:reply|comment)|read more|read next|share this|sign up (?:for|to)"
    r"|subscribe (?:to|for|now)|newsletter|your email address|required fields are marked"
    r"|all rights reserved|click here|follow us|cookies? (?:policy|settings)"
    r"|terms of (?:use|service)|privacy policy|related (?:articles|posts|stories)"
    r"|you (?:may|might) also like|continue reading"
    r"|this (?:article|story) (?:was |first )?(?:originally )?(?:published|appeared)"
    r"|^(?:advertisement|sponsored)\b|^(?:tags|filed under|categories)\s*:"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_DATE = re.compile(
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
)
# Lines that only carry a credit, a date stamp or a caption (matched on lower-cased text).
_STAMP = re.compile(
    r"(?:written|posted|reported|reporting|additional reporting|editing|photos?|words|text)"
    r" (?:and \w+ )?by\b"
    r"|(?:published|updated|last updated|first published|posted|modified)"
    rf"\s*(?::|on\b|at\b|\d|{_DAY}|{_MONTH}\s)"
    r"|(?:photo|image|picture|video|source|credit|caption|illustration|graphic|file photo)s?"
    r"(?:\s+credit)?\s*[:|©/]|©|\(c\)|copyright\b"
)
# "By Jane Doe, BBC News": a byline is short and names people in capitals (so "By 2030, ..." and
# "By then the firm had ..." stay sentences).
_BYLINE = re.compile(
    r"(?i:by|von|por|par)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\W*"
    r"(?:$|[,|•·–—-]|(?i:and|und|y|et)\s)"
)
_MIN_WORDS = 4
_LETTERS = re.compile(r"[^\W\d_]+")
_MAX_BYLINE_WORDS = 10
# A complete sentence ends in one of these, maybe inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?。！？۔؟।][\"'”’»)\]」』）]*$")
# A sentence cut short: an ellipsis at its end ("... criticism from fellow Republicans …").
_TRUNCATED = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])[\"'”’»)\]]*$")


def _is_candidate(sentence: str) -> bool:
    """A complete, non-boilerplate sentence of at least a few words (CJK: a few characters)."""
    ending = sentence[-6:]
    if not _SENTENCE_END.search(ending) or _TRUNCATED.search(ending):
        return False
    words = sentence.split()
    if len(words) < _MIN_WORDS and not (len(sentence) >= 8 and _CJK.search(sentence)):
        return False
    lowered = sentence.lower()
    if _BOILERPLATE.search(lowered) or _STAMP.match(lowered):
        return False
    if len(words) <= _MAX_BYLINE_WORDS:
        if _BYLINE.match(sentence):
            return False
        if _is_date_stamp(lowered):
            return False
    return True


_STAMP_WORDS = frozenset(
    "on at am pm gmt utc bst cet cest est edt pst pdt ist mon monday tue tuesday wed wednesday thu "
    "thursday fri friday sat saturday sun sunday".split()
)


def _is_date_stamp(lowered: str) -> bool:
    """A line that is a date and little else: "Monday 12 March 2021, 10:04 GMT."."""
    if not _DATE.search(lowered):
        return False
    rest = [w for w in _LETTERS.findall(_DATE.sub(" ", lowered)) if w not in _STAMP_WORDS]
    return len(rest) <= 1


# --- scoring ------------------------------------------------------------------------------------

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"\w+")
_ALNUM = re.compile(r"[a-z0-9]+")
# Function words (English first; then common ones of German, French, Spanish, Portuguese) that say
# nothing about what a sentence is about. Words of one or two letters are dropped anyway.
_STOP_WORDS = frozenset(
    """about above after again against all also and any are because been before being between
    both but can could did does for from had has have her hers him his how into its just more most
    not off once only other our out over own said says same she should some such than that the
    their them then there these they this those too under until very was were what when where
    which while who whom why will with would you your yours mrs
    der die das den dem des ein eine einer eines einem einen und oder aber auch als auf aus bei
    bis für mit nach nicht noch nur sich sie sind über von vor war wie wir wird wurde zum zur ist
    hat haben werden dass les une est pas pour par sur dans qui que avec son ses aux été
    del los las una por para con como más pero sus fue este esta entre sobre sin también
    dos uma com não mais mas foi pelo pela seu sua são""".split()
)


def _words(sentence: str) -> list[str]:
    """Lower-cased words; runs of CJK characters become character bigrams."""
    words = _WORD.findall(sentence.lower())
    if sentence.isascii() or not _CJK.search(sentence):
        return words
    expanded: list[str] = []
    for word in words:
        if len(word) > 1 and _CJK.search(word):
            expanded.extend(word[i : i + 2] for i in range(len(word) - 1))
        else:
            expanded.append(word)
    return expanded


def _pagerank(weights: np.ndarray, damping: float = 0.85) -> np.ndarray:
    """Stationary scores of a weighted graph, solved directly (one linear solve, no iterations)."""
    size = len(weights)
    row_sums = weights.sum(axis=1)
    row_sums[row_sums == 0] = 1.0
    transition = (weights / row_sums[:, None]).T
    system = np.eye(size) - damping * transition
    return np.linalg.solve(system, np.full(size, (1.0 - damping) / size))


def _overlap_graph(word_sets: Sequence[set[str]]) -> np.ndarray:
    """Mihalcea & Tarau (2004) similarity: shared words / (log |Si| + log |Sj|)."""
    size = len(word_sets)
    shared = np.zeros((size, size))
    if size > 1:
        upper = np.triu_indices(size, 1)
        shared[upper] = [len(a & b) for i, a in enumerate(word_sets) for b in word_sets[i + 1 :]]
        shared += shared.T
    sizes = np.array([len(words) for words in word_sets], dtype=float)
    log_sizes = np.log(np.maximum(sizes, 1.0))
    denominator = log_sizes[:, None] + log_sizes[None, :]
    denominator[denominator == 0] = np.inf
    graph = shared / denominator
    lonely = sizes <= 1  # log(1) = 0: one-word sentences get no edges, as in the reference code
    graph[lonely, :] = 0.0
    graph[:, lonely] = 0.0
    return graph


def textrank(sentences: list[str], n: int = 3) -> list[int]:
    """Baseline: TextRank (Mihalcea word overlap, PageRank d=0.85); top-n indices in doc order.

    Written to match `../shared/data/tools/bbc_baselines.py` (words = [a-z0-9]+, 100 iterations of
    the power method from uniform), so its figures reproduce that folder's reference points.
    """
    if n <= 0 or not sentences:
        return []
    if len(sentences) == 1:
        return [0]
    sets = [set(_ALNUM.findall(s.lower())) for s in sentences]
    graph = _overlap_graph(sets)
    size = len(sentences)
    row_sums = graph.sum(axis=1)
    row_sums[row_sums == 0] = 1.0
    transition = (graph / row_sums[:, None]).T
    rank = np.ones(size) / size
    for _ in range(100):
        rank = 0.15 / size + 0.85 * transition @ rank
    return sorted(int(i) for i in np.argsort(-rank)[:n])


def lead(sentences: Sequence[str], n: int = 3) -> list[int]:
    """Baseline: the first n sentences."""
    return list(range(min(max(n, 0), len(sentences))))


# Feature weights, chosen on the even lines of the BBC JSONL, odd ones held out (notes/summarise.md)
# Features, one column each in `_features`, in this order:
_FEATURES = (
    "frequency",  # mean in-article count of the sentence's content words (centroid), mean-scaled
    "textrank",  # TextRank score (word-overlap centrality), mean-scaled
    "content",  # log(1 + content words): a longer sentence carries more of the story
    "common",  # mean share of other sentences holding each of its words (generic wording), scaled
    "first",  # 1 for the first sentence: a news lede states the story
)
# Scoring is quadratic in sentences: a page longer than this (a transcript, a live blog) is ranked
# on its opening part, where a news story says what it is about.
_MAX_CANDIDATES = 200
_WEIGHTS = np.array([1.0, 1.5, 0.5, -0.3, 0.5])


def _fold(word: str) -> str:
    """Fold an English plural onto its singular, so "talks" and "talk" count as one word."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _content_words(words: Sequence[str]) -> list[str]:
    return [_fold(w) for w in words if len(w) > 2 and w not in _STOP_WORDS]


def _features(sentences: Sequence[str], title: str | None) -> np.ndarray:
    """A (sentences x features) matrix; see `_FEATURES`."""
    size = len(sentences)
    tokens = [_words(s) for s in sentences]
    sets = [set(t) for t in tokens]
    content = [_content_words(t) for t in tokens]
    title_words = set(_content_words(_words(title or "")))

    counts: dict[str, int] = {}
    for words in content:
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    for w in title_words:  # the title names the story: its words count once more
        if w in counts:
            counts[w] += 1
    frequency = [sum(counts[w] for w in ws) / len(ws) if ws else 0.0 for ws in content]

    doc_freq: dict[str, int] = {}
    for word_set in sets:
        for w in word_set:
            doc_freq[w] = doc_freq.get(w, 0) + 1
    common = [sum(doc_freq[w] - 1 for w in ws) / len(ws) if ws else 0.0 for ws in sets]

    matrix = np.zeros((size, len(_FEATURES)))
    matrix[:, 0] = _unit_mean(np.array(frequency))
    matrix[:, 1] = _pagerank(_overlap_graph(sets)) * size
    matrix[:, 2] = np.log1p([len(ws) for ws in content])
    matrix[:, 3] = _unit_mean(np.array(common))
    matrix[0, 4] = 1.0
    return matrix


def _unit_mean(values: np.ndarray) -> np.ndarray:
    mean = values.mean()
    return values / mean if mean > 0 else values


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def summarise(text: str, title: str | None = None, n: int = 3) -> tuple[str, ...]:
    """The n best-scoring complete sentences of the text, in article order.

    Boilerplate, bylines, datelines, headings and sentences cut short are never picked; neither is
    a repeat of the title or of an earlier sentence.
    """
    if n <= 0:
        return ()
    picked = _candidates(text, title)[:_MAX_CANDIDATES]
    if len(picked) <= n:
        return tuple(picked)
    order = np.argsort(-(_features(picked, title) @ _WEIGHTS), kind="stable")[:n]
    return tuple(picked[i] for i in sorted(order))


def _candidates(text: str, title: str | None) -> list[str]:
    """The sentences a summary may use, in article order, each text once.

    Reading stops at the page's trailing furniture ("Check Also", "Leave a Reply", ...) once the
    article has given at least one sentence.
    """
    title_key = _norm(title) if title else None
    picked: list[str] = []
    seen: set[str] = set()
    for block in _blocks(text):
        if picked and _TAIL_MARKER.match(block.lower()):
            break
        for sentence in _split_block(block):
            if not _is_candidate(sentence):
                continue
            key = _norm(sentence)
            if key in seen or key == title_key:
                continue
            seen.add(key)
            picked.append(sentence)
    return picked

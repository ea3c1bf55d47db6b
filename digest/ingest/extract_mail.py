"""A mail archive's message: its quotes of the earlier message and its signature are not its text.

Pure: takes a chosen text's paragraphs, returns paragraphs. No network, disk or clock.

Why: a mailing-list archive (Mailman's pipermail, MHonArc, a list's web view) prints the message
as the sender wrote it, in `<pre>`: a reply quotes the message it answers line by line ("> "),
under an attribution line ("On 12 May, Ana wrote:", "Quoting Ana <...>:"), and the sender's
signature follows the "-- " line (RFC 3676's delimiter), then the footer the list appends under
a rule of underscores. Every extractor keeps all of it (set H's Mailman pages: F1 0.84 / 0.85
for digest / trafilatura). These are e-mail's own conventions, plain in the text:

- a quote is a run of at least `QUOTE_MIN_LINES` lines opening with ">" (its first line one
  level deep: ">>>" is a Python prompt, not a quote). Quotes go only in a text that is a reply
  by this evidence: one run at least under an attribution line (a short line ending in ":");
  then every quoted run goes, with its attribution;
- the signature and the list footer: from the first "--" line, or line of underscores, that
  has a short tail to the end (`TAIL_MAX_WORDS`: a name, a URL, a key id, the list's name
  and address); a story's last paragraphs after a divider are longer, or not a mail's.
"""

from __future__ import annotations

import re

__all__ = ["QUOTE_MIN_LINES", "TAIL_MAX_WORDS", "drop_mail_furniture"]

_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r"^>")
_QUOTE_START = re.compile(r"^>(?!>)")  # the outer level: ">>>" opens a Python prompt
_SIGNATURE = re.compile(r"^(?:--|_{10,})$")  # "-- " (collapsed) or Mailman's footer rule
QUOTE_MIN_LINES = 2  # quoted lines in a run (a reply quotes a passage, not one ">" line)
TAIL_MAX_WORDS = 60  # words after the signature line: a signature and a list footer
_ATTRIBUTION_MAX_WORDS = 25  # "On Tue, 12 May 2009 at 10:41 PM, Ana Ruiz <ana at x.org> wrote:"


def _quoted_runs(paras: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of quoted lines, the first line one level deep."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(paras):
        if _QUOTE_START.match(paras[i]):
            end = i
            while end < len(paras) and _QUOTED.match(paras[end]):
                end += 1
            if end - i >= QUOTE_MIN_LINES:
                runs.append((i, end))
            i = end
        else:
            i += 1
    return runs


def _attribution(paras: list[str], start: int) -> bool:
    if not start:
        return False
    line = paras[start - 1].rstrip()
    return line.endswith(":") and len(_WORD.findall(line)) <= _ATTRIBUTION_MAX_WORDS


def drop_mail_furniture(paras: list[str]) -> list[str]:
    """`paras` without a reply's quotes and a message's signature and list footer."""
    if not any(p[:1] == ">" or p == "--" or p[:10] == "__________" for p in paras):
        return paras  # no mail's marks (nearly every page): one look at each first character
    drop: set[int] = set()
    runs = _quoted_runs(paras)
    if any(_attribution(paras, start) for start, _ in runs):
        for start, end in runs:
            drop.update(range(start, end))
            if _attribution(paras, start):
                drop.add(start - 1)
    words = [len(_WORD.findall(p)) for p in paras]
    for i in range(1, len(paras)):  # the first such line with a short tail: the signature's
        if _SIGNATURE.match(paras[i]) and sum(words[i + 1 :]) <= TAIL_MAX_WORDS:
            drop.update(range(i, len(paras)))
            break
    if not drop:
        return paras
    return [p for i, p in enumerate(paras) if i not in drop]

"""Fast sentence boundaries for news text.

A regular expression rather than pysbd or syntok: attribution must run at over 1 MB/s on one
core, and both libraries are one to two orders of magnitude slower (see benchmarks/speed.py).
Boundaries only guide where cues are searched, so the rare error costs little.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """mr mrs ms dr st sen sens rep reps gov gen lt col maj capt sgt adm cmdr prof rev jr sr vs v no
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u inc corp co ltd dept
    est approx fig al pres amb lt.gen brig ft mt""".split()
)
INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+")
# "U.S." (or initials, "J.D.") ends a sentence when a word that opens sentences follows ("in the
# U.S. He says").
COUNTRY_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "e.u"})
# Dotted initials that are a US state or district: after a comma they end a place ("Washington,
# D.C."); any others after a comma open a name ("Last week, J.J. Goldberg").
STATE_INITIALS = frozenset("D.C N.J N.Y N.C S.C N.H N.D S.D N.M R.I".split())
OPENER_AFTER = re.compile(r"\s+[\"“‘(]?(?:He|She|It|They|We|I|The|This|That|These|Those|But|And|"
                          r"In|On|At|If|When|While|After|Before|However|Meanwhile|There|His|Her|"
                          r"Their|Our|Its|A|An|So|Some|Many|Most|Yet|Still)\s")
# A "”" after a space and before a capital opens the next sentence ('ministry. ”Side by side').
# The leading lookahead lets the engine skip every position that cannot end a sentence (half
# the time of the bare alternation on 1,706 corpus articles, same matches).
# A stray colon, after other marks at most, may stand between sentences where a caption or
# link was cut out ('officials said. : "The building ...', 'Watters reported.-: "Obviously').
STRAY_MARKS = r"[\s\-–—,.)\]‘’']"
# So may a stray comma after a space, where a picture's credit was cut out ('... May 9, 2022.
# '' , The Pentagon continues'; not "Schiff, D-Calif., Rep. Barbara Lee").
STRAY_COMMA = r"\s+(?:''\s+)?,\s+"
BOUNDARY = re.compile(
    r"(?=[.!?…\n])(?:[.!?…]+[\"”’')\]]*(?=(?:\s+|" + STRAY_MARKS + r"+:\s+|" + STRAY_COMMA +
    r")(?:[*•]\s+)?(?:[\"“”‘(\[]|'')?[A-Z0-9])|\n+)")
# (what is left of it where the next sentence starts)
STRAY_LEAD = re.compile(rf"{STRAY_MARKS}*:\s+|(?:''\s+)?,\s+")
# A bullet that opens a list item ('... on Friday.  * President Vladimir Putin said')
BULLET = re.compile(r"[*•]\s+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, newlines always ending one; whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in BOUNDARY.finditer(text):
        if m.group()[0] == ".":
            word = _word_before(text, m.start())
            low = word.lower()
            # "J.D. Vance", "R.P. Eddy"; not a state ("Washington, D.C. Thompson", "(D-N.J.)")
            # or a bill ("H.B. 7")
            before = text[max(0, m.start() - len(word) - 2):m.start() - len(word)]
            initials = INITIALS.fullmatch(word) is not None and \
                text[m.end():m.end() + 3].strip()[:1].isalpha() and \
                not before.endswith("-") and not (before.endswith(", ") and word in STATE_INITIALS)
            if (low in ABBREVIATIONS or len(word) == 1 and word.isupper() or initials) and not (
                    (low in COUNTRY_ABBREVIATIONS or initials) and
                    OPENER_AFTER.match(text, m.end())):
                continue
        _add(text, spans, start, m.end())
        start = m.end()
    _add(text, spans, start, len(text))
    return spans


# The letters and dots that end at a position; the lookbehinds make each failed start cheap.
WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?<!\.)(?:[^\W\d_]|\.)*$")


def _word_before(text: str, i: int) -> str:
    """The letters and dots just before `i` (an abbreviation is short: a word longer than 24
    characters is returned cut, which tells the same)."""
    if i and text[i - 1] == "\n":  # the regex's "$" also matches before a final newline
        m = WORD_BEFORE.search(text, max(0, i - 24), i)
        return m.group() if m else text[max(0, i - 24):i]
    # A backward scan: three times faster than the regex, which tries every start in the window.
    lo, j = max(0, i - 24), i
    while j > lo and (text[j - 1] == "." or text[j - 1].isalnum() and not text[j - 1].isdecimal()):
        j -= 1
    return text[j:i]


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    if spans and (stray := STRAY_LEAD.match(text, start, end)) is not None:
        start = stray.end()
    if (bullet := BULLET.match(text, start, end)) is not None:
        start = bullet.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def context_span(text: str, start: int, end: int, max_chars: int = 600) -> tuple[int, int]:
    """The sentence(s) that carry text[start:end], widened to whole sentences, capped."""
    lo = max(0, start - max_chars)
    hi = min(len(text), end + max_chars)
    spans = sentence_spans(text[lo:hi])
    a, b = start, end
    after = min(end + 2, hi)  # past a closing mark, so that '," he said.' is included
    for s, e in spans:
        if s + lo <= start < e + lo:
            a = s + lo
        if s + lo < after <= e + lo:
            b = e + lo
    return a, max(b, end)

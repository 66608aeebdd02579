"""Find quotation spans: pair opening and closing marks, recover from unbalanced ones."""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
# Two apostrophes stand for a double quotation mark in some archives (the NYT's '').
# After a word, three apostrophes close a single and then a double quotation (NYT: ''We are
# told all the time, 'Kosovo is a special case,''' Mr. Putin said), so the first stands alone.
# The leading lookahead lets the engine skip every other character quickly.
MARKS = re.compile(r"(?=[\"“”«»„‘’'])(?:(?<![\s'])'(?=''(?!'))|''|[\"“”«»„‘’'])")
# The longest stretch a quotation may run inside one paragraph; longer is a lost closing mark.
MAX_QUOTE_CHARS = 1500
MAX_SINGLE_CHARS = 300
# A markup tag with attributes (PolNeAR's '<tweet id="..." author="@..." datetime="...">'):
# its attribute values are not quotations.
TAG = re.compile(r"<[A-Za-z][\w-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'))+\s*/?>")


@dataclass(frozen=True)
class Quote:
    """A quoted span: the marks at `open`/`close` and the content between them."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark's last character, or the paragraph end
    start: int  # content start (after the mark, whitespace trimmed)
    end: int  # content end
    single: bool  # delimited by single quotation marks
    runs_on: bool  # no closing mark at the paragraph end; the next paragraph opens with a mark
    continued: bool  # this quote continues the previous paragraph's quote


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def _opens(text: str, i: int, width: int = 1) -> bool:
    """A straight or ambiguous mark at i looks like an opening one."""
    before, after = _prev(text, i), _next(text, i + width - 1)
    return (before.isspace() or before in "([{—–-/:;,“‘\"'" or i == 0) and not after.isspace()


def _closes(text: str, i: int, width: int = 1) -> bool:
    """A straight or ambiguous mark at i looks like a closing one."""
    j = i + width - 1
    before, after = _prev(text, i), _next(text, j)
    return not before.isspace() and (not _is_word(after) or after in "sS" and not _is_word(
        text[j + 2] if j + 2 < len(text) else " "))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _starts_with_open(text: str, start: int, end: int) -> bool:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i < end and (text[i] in DOUBLE_OPEN or text[i] == '"' or
                        text.startswith("''", i))


def _double_pairs(
    text: str, start: int, end: int, in_tags: frozenset[int] = frozenset()
) -> tuple[list[tuple[int, int]], int | None, list[tuple[int, int]]]:
    """Pair double marks within one paragraph; return pairs, an unclosed opening mark, and
    quotations that run on into a new opening mark after a full stop (paragraphs that lost
    their breaks: 'He warned: "This is dangerous. "If Putin even thinks of it, ...'),
    as (opening mark, next opening mark)."""
    pairs: list[tuple[int, int]] = []
    run_ons: list[tuple[int, int]] = []
    pending: int | None = None
    for m in MARKS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch in "‘’'" or i in in_tags:
            continue
        width = len(ch)
        if ch in DOUBLE_OPEN:
            is_open, is_close = True, False
            # ... and an opening one used as a closing one (“It's unusual,“ said Larry Noble).
            if pending is not None and _closes(text, i) and not _opens(text, i):
                is_open, is_close = False, True
        elif ch in DOUBLE_CLOSE:
            is_open, is_close = False, True
            # A closing curly mark used as an opening one ("”Hello”) is a common typo.
            if pending is None and _opens(text, i) and not _closes(text, i):
                is_open, is_close = True, False
        else:  # straight " or ''
            is_open, is_close = _opens(text, i, width), _closes(text, i, width)
            if is_open and is_close:
                is_open, is_close = pending is None, pending is not None
            elif not is_open and not is_close:
                is_open, is_close = pending is None, pending is not None
        if pending is None:
            if is_open:
                pending = i
        elif is_close:
            if i - pending <= MAX_QUOTE_CHARS:
                pairs.append((pending, i))
            pending = None
        elif is_open:
            # A second opening mark while one is pending: the first lost its closing mark,
            # and when it ended a sentence the same words go on (a flattened paragraph break).
            if i - pending <= MAX_QUOTE_CHARS and \
                    text[pending + 1:i].rstrip().endswith((".", "?", "!", "…")) and \
                    len(text[pending + 1:i].split()) >= 3:
                run_ons.append((pending, i))
            pending = i
    return pairs, pending, run_ons


def _single_pairs(text: str, start: int, end: int, in_tags: frozenset[int] = frozenset()
                  ) -> list[tuple[int, int]]:
    """Pair single quotation marks (‘…’ and 'straight' in headlines), skipping apostrophes."""
    pairs: list[tuple[int, int]] = []
    pending: int | None = None
    for m in MARKS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch not in "‘’'" or i in in_tags:  # (also skips the two-character '')
            continue
        before, after = _prev(text, i), _next(text, i)
        if _is_word(before) and _is_word(after):
            continue  # apostrophe: don't, Ukraine’s
        if pending is None:
            if (ch == "‘" or ch == "'") and _opens(text, i) and not after.isdigit():
                pending = i
        elif ch in "’'" and _closes(text, i) and not (before in "sS" and after == " " and
                                                     i - pending < 3):
            if i - pending <= MAX_SINGLE_CHARS and i - pending > 1:
                pairs.append((pending, i))
            pending = None
        elif ch == "‘" and _opens(text, i):
            pending = i
    return pairs


def find_quotes(text: str) -> list[Quote]:
    """All quotations in `text`, in order; nested single quotes inside double ones are dropped."""
    quotes: list[Quote] = []
    paragraphs = _paragraphs(text)
    carried = False
    in_tags = frozenset(i for m in TAG.finditer(text) for i in range(*m.span())
                        if text[i] in "\"'") if "<" in text else frozenset()
    for n, (p_start, p_end) in enumerate(paragraphs):
        pairs, pending, run_ons = _double_pairs(text, p_start, p_end, in_tags)
        first = _first_mark(text, p_start, p_end)
        goes_on = {b for _, b in run_ons}  # opening marks that continue a run-on quotation
        found: list[tuple[int, int, bool, bool, bool]] = []
        for a, b in pairs:
            found.append((a, b, False, False, carried and a == first or a in goes_on))
        for a, b in run_ons:
            found.append((a, b, False, True, carried and a == first or a in goes_on))
        if pending is not None:
            next_opens = n + 1 < len(paragraphs) and _starts_with_open(text, *paragraphs[n + 1])
            if next_opens and p_end - pending <= MAX_QUOTE_CHARS:
                continued = carried and pending == first or pending in goes_on
                found.append((pending, p_end, False, True, continued))
                carried = True
            else:
                carried = False
        else:
            carried = False
        doubles = [(a, b) for a, b, *_ in found]
        for a, b in _single_pairs(text, p_start, p_end, in_tags):
            if not any(x < a and b < y for x, y in doubles):
                found.append((a, b, True, False, False))
        for a, b, single, runs_on, continued in sorted(found):
            start, end = _trim(text, a + (2 if text.startswith("''", a) else 1), b)
            if not runs_on and text.startswith("''", b):
                b += 1  # `close` is the last character of the closing mark
            if end > start:
                quotes.append(Quote(a, b, start, end, single, runs_on, continued))
    return quotes


def _first_mark(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i

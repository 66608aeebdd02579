"""Load PolNeAR gold attributions (BRAT standoff) for the accuracy benchmarks.

PolNeAR (US political news, 2015-2016) annotates every attribution relation: a
Source, a Cue and a Content, tied by an event line
(``E1  Attribution:T4 Content:T3 Cue:T2 Source:T1``). This module reads one
annotator's file per article and classifies each Content into the kinds of
``specs/labels.md``. It imports nothing from ``stance`` so that it measures the
engine from the outside.

Reading
-------
* One ``.ann`` per article: the alphabetically first annotator suffix
  (``NAME_4b22.ann`` before ``NAME_6b86.ann``). 16 train and 2 dev articles
  have several annotators' files.
* An annotation's text may run over several lines (spans that cross a
  paragraph break); lines that do not start with an id continue the previous one.
* Span offsets index the ``.txt`` exactly: the annotated text equals the
  parts of the span joined by one space, for all 77,678 train and 8,601 dev
  text-bound annotations (0 mismatches; ``span_mismatches`` re-checks).
* One ``GoldAttribution`` per event that has a Content (train 19,832 of 19,868 events,
  dev 2,192 of 2,193; the rest have none and are skipped). 57 train and 3 dev events carry
  a ``Content2`` (the second half of an interrupted quotation, linked separately); its
  parts are merged into ``content``. Parts are sorted by offset (BRAT does not guarantee
  it). Events without a Source (``Attribution-no-source``: 1,472 train, 126 dev) get
  ``source=None``. ``Discard`` and ``Discuss`` spans are ignored.

Kinds
-----
PolNeAR's Content span includes its quotation marks: 3,639 of the 3,678 direct train
contents start and end with one. The quoted regions are nevertheless found in the whole
article, not in the span: double quotes are ``"``, ``“ ”`` and NYT's doubled apostrophes
``''`` (NYT writes ``''Quote,'' he said``); the direction of a mark is read from its
neighbours first and its glyph second (texts contain ``”`` used as an opening mark); a
quotation still open at a paragraph break is closed there (the multi-paragraph
convention); single ``‘ ’`` count only as a pair outside double quotes (``’`` alone is an
apostrophe); straight single quotes are not quotation marks. Markup such as
``<tweet ...>`` (60 articles) is masked first. Then, counting the content's words that
are not inside the event's own Source or Cue (some contiguous Contents include the
interrupting "he wrote"):

* ``indirect``: no word of the content is inside quotation marks.
* ``partial``: some words are quoted and some are not (``said that “...”``,
  ``called it a “witch hunt”``), or a quote mark in the content could not be paired; or
  every word is quoted but the quotation is a fragment woven into the reporter's
  sentence: it follows a word rather than a paragraph start or punctuation
  (``, : ; . ! ? — ( "``) and starts lower-case or has fewer than four words
  (``called his executive actions “a crucial step forward”``, ``the so called
  “Self-Determination Initiative”``), or it starts lower-case inside a longer quotation.
* ``direct``: every word is quoted and the quotation stands as a full quote.

Interrupted quotations (``“A,” he said. “B.”``) are annotated as ONE Content with
discontinuous parts (1,608 of 3,678 direct train contents and 155 of 414 in dev have two
or more parts), a few with ``Content2``, and only rarely as two events. They stay one gold
attribution here; note that ``specs/labels.md`` counts them as two statements
(``benchmarks/attribution.py`` cuts them).

Counts (events with a Content, first annotator per article):

=====  ======  =======  ========  ======
split  direct  partial  indirect  total
=====  ======  =======  ========  ======
train  3,678   2,790    13,364    19,832
dev    414     322      1,456     2,192
=====  ======  =======  ========  ======

PolNeAR annotates every attribution, not only speech: beliefs, plans and evidence
("signs the campaign sees that ...", "polls show ...") and Contents that are noun
phrases ("turned to "little" Marco Rubio"). Much of the ``indirect`` gold is therefore
not reported speech in the sense of ``specs/labels.md``.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

DEFAULT_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"

Span = tuple[int, int]
KINDS = ("direct", "partial", "indirect")


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution: its content parts, its source and cue, and its kind."""

    content: tuple[Span, ...]
    source: tuple[Span, ...] | None
    source_text: str | None
    cue_text: str | None
    kind: str  # "direct" | "partial" | "indirect"


@dataclass(frozen=True)
class TextBound:
    """A text-bound BRAT annotation (``T12  Cue 10 14;20 25  said it``)."""

    id: str
    label: str
    spans: tuple[Span, ...]
    text: str


@dataclass(frozen=True)
class Annotation:
    """The parsed content of one ``.ann`` file."""

    spans: dict[str, TextBound]
    events: list[dict[str, str]]  # role ("Attribution", "Content", "Cue", ...) -> T id


# --- reading the files --------------------------------------------------------------------

_RECORD = re.compile(r"^[TERAMN#*]\d+\t")


def _records(raw: str) -> list[str]:
    """Split a .ann file into records; a line without an id continues the previous one."""
    if raw.endswith("\n"):
        raw = raw[:-1]
    out: list[str] = []
    for line in raw.split("\n"):
        if _RECORD.match(line) or not out:
            out.append(line)
        else:
            out[-1] += "\n" + line
    return out


def parse_ann(raw: str) -> Annotation:
    """Parse BRAT standoff text into text-bound spans and events."""
    spans: dict[str, TextBound] = {}
    events: list[dict[str, str]] = []
    for rec in _records(raw):
        id_, _, rest = rec.partition("\t")
        if id_.startswith("T"):
            head, _, text = rest.partition("\t")
            label, _, offsets = head.partition(" ")
            parts = tuple((int(a), int(b)) for a, b in (p.split() for p in offsets.split(";")))
            spans[id_] = TextBound(id_, label, parts, text)
        elif id_.startswith("E"):
            events.append(dict(arg.split(":", 1) for arg in rest.split()))
    return Annotation(spans, events)


def annotation_files(split: str, root: Path = DEFAULT_ROOT) -> dict[str, Path]:
    """Map each article name to its chosen .ann file (first annotator suffix, sorted)."""
    by_name: dict[str, list[Path]] = defaultdict(list)
    for path in (Path(root) / split / "attributions").glob("*.ann"):
        name, _, _annotator = path.stem.rpartition("_")
        by_name[name].append(path)
    return {name: sorted(paths)[0] for name, paths in sorted(by_name.items())}


def read_article(split: str, name: str, root: Path = DEFAULT_ROOT) -> str:
    """Return an article's text exactly as its offsets index it."""
    path = Path(root) / split / "text" / f"{name}.txt"
    return path.read_text(encoding="utf-8")


def span_text(text: str, spans: tuple[Span, ...]) -> str:
    """The text of a (possibly discontinuous) span, parts joined by one space as BRAT does."""
    return " ".join(text[a:b] for a, b in spans)


def span_mismatches(split: str, root: Path = DEFAULT_ROOT) -> list[tuple[str, str]]:
    """List (article, T id) whose annotated text differs from the .txt at its offsets."""
    bad = []
    for name, path in annotation_files(split, root).items():
        text = read_article(split, name, root)
        ann = parse_ann(path.read_text(encoding="utf-8"))
        bad += [(name, t.id) for t in ann.spans.values() if span_text(text, t.spans) != t.text]
    return bad


def load_dates(root: Path = DEFAULT_ROOT) -> dict[str, str]:
    """Map article name to its publication date (ISO) from ``metadata.tsv``."""
    dates = {}
    lines = (Path(root) / "metadata.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    i_name, i_date = header.index("filename"), header.index("publication_date")
    for line in lines[1:]:
        cols = line.split("\t")
        if len(cols) > max(i_name, i_date) and cols[i_date] not in ("", "None"):
            dates[cols[i_name]] = cols[i_date]
    return dates


# --- quotation marks ----------------------------------------------------------------------

_DOUBLE = re.compile(r"''|[\"“”]")
_TAG = re.compile(r"<[^<>\n]*>")
_OPENS_AFTER = set("([{—–-/‘'\"“")
_CLOSES_BEFORE = set(".,;:!?)]}—–-…’'")
_BOUNDARY = set(',:;.!?—–-(["“”’')
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _space(c: str) -> bool:
    return c.isspace() or unicodedata.category(c) == "Cf"


def _direction(mark: str, prev: str, nxt: str) -> str | None:
    """Opening or closing, from the neighbours first and the glyph second."""
    after_space = _space(prev) or prev in _OPENS_AFTER
    before_space = _space(nxt) or nxt in _CLOSES_BEFORE
    if after_space and not before_space:
        return "open"
    if before_space and not after_space:
        return "close"
    return {"“": "open", "”": "close"}.get(mark)


def _double_regions(para: str, base: int) -> list[Span]:
    """Double-quoted regions of one paragraph, marks included; nesting depth up to 2."""
    out, stack = [], []
    for m in _DOUBLE.finditer(para):
        prev = para[m.start() - 1] if m.start() else " "
        nxt = para[m.end()] if m.end() < len(para) else " "
        way = _direction(m.group(), prev, nxt) or ("close" if stack else "open")
        if way == "open" and len(stack) < 2:
            stack.append(base + m.start())
        elif way == "close" and stack:
            start = stack.pop()
            if not stack:
                out.append((start, base + m.end()))
    if stack:
        out.append((stack[0], base + len(para)))
    return out


def _single_regions(para: str, base: int) -> list[Span]:
    """Regions in curly single quotes: an opening ‘ paired with the next closing ’."""
    out = []
    for m in re.finditer(r"‘(?=\w)", para):
        if m.start() and not (_space(para[m.start() - 1]) or para[m.start() - 1] in _BOUNDARY):
            continue
        close = re.compile(r"(?<=\S)’(?!\w)").search(para, m.end())
        if close and not any(a <= m.start() < b for a, b in out):
            out.append((base + m.start(), base + close.end()))
    return out


def quoted_regions(text: str) -> list[Span]:
    """Character ranges of ``text`` inside quotation marks (the marks included), sorted."""
    text = _TAG.sub(lambda m: " " * len(m.group()), text)
    regions: list[Span] = []
    pos = 0
    for para in text.split("\n"):
        double = _double_regions(para, pos)
        single = [r for r in _single_regions(para, pos) if not _inside(r[0], double)]
        regions += double + single
        pos += len(para) + 1
    return sorted(regions)


def _inside(i: int, regions: list[Span]) -> Span | None:
    return next((r for r in regions if r[0] <= i < r[1]), None)


# --- kinds --------------------------------------------------------------------------------


def _words(text: str, spans: tuple[Span, ...], exclude: tuple[Span, ...]) -> list[tuple[int, str]]:
    """(offset, word) for the words of ``spans`` that do not start inside ``exclude``."""
    out = []
    for a, b in spans:
        for m in _WORD.finditer(text, a, b):
            if not _inside(m.start(), list(exclude)):
                out.append((m.start(), m.group()))
    return out


def _is_fragment(text: str, first: int, region: Span, n_words: int) -> bool:
    """True when a fully quoted content is woven into the reporter's sentence."""
    lead = text[region[0] : first]
    if any(c.isalnum() for c in lead):  # the content starts inside a longer quotation
        return not text[first].isupper()
    j = region[0] - 1
    while j >= 0 and _space(text[j]) and text[j] != "\n":
        j -= 1
    if j < 0 or text[j] == "\n" or text[j] in _BOUNDARY:
        return False
    return not (text[first].isupper() and n_words >= 4)


def classify(
    text: str,
    content: tuple[Span, ...],
    regions: list[Span],
    exclude: tuple[Span, ...] = (),
) -> str:
    """Kind of a content span: direct, partial or indirect (rule in the module docstring)."""
    words = _words(text, content, exclude)
    quoted = [w for w in words if _inside(w[0], regions)]
    marks = any(m in span_text(text, content) for m in ('"', "“", "”", "''"))
    if not quoted:
        return "partial" if marks else "indirect"
    if len(quoted) < len(words):
        return "partial"
    first = quoted[0][0]
    region = _inside(first, regions)
    return "partial" if _is_fragment(text, first, region, len(words)) else "direct"


# --- gold attributions --------------------------------------------------------------------


def gold_attributions(text: str, ann: Annotation) -> list[GoldAttribution]:
    """One GoldAttribution per event with a Content, in order of content offset."""
    regions = quoted_regions(text)
    out = []
    for event in ann.events:
        parts = [ann.spans[event[r]].spans for r in ("Content", "Content2") if r in event]
        if not parts:
            continue
        content = tuple(sorted(s for p in parts for s in p))
        source = ann.spans.get(event.get("Source", ""))
        cue = ann.spans.get(event.get("Cue", ""))
        exclude = (source.spans if source else ()) + (cue.spans if cue else ())
        out.append(
            GoldAttribution(
                content=content,
                source=source.spans if source else None,
                source_text=source.text if source else None,
                cue_text=cue.text if cue else None,
                kind=classify(text, content, regions, exclude),
            )
        )
    return sorted(out, key=lambda g: g.content)


def load_split(
    split: str, root: Path = DEFAULT_ROOT
) -> list[tuple[str, str, list[GoldAttribution]]]:
    """Read a split: (article name, text, gold attributions) per article, sorted by name."""
    out = []
    mismatches = 0
    for name, path in annotation_files(split, root).items():
        text = read_article(split, name, root)
        ann = parse_ann(path.read_text(encoding="utf-8"))
        mismatches += sum(span_text(text, t.spans) != t.text for t in ann.spans.values())
        out.append((name, text, gold_attributions(text, ann)))
    if mismatches:
        warnings.warn(f"PolNeAR {split}: {mismatches} spans differ from the text", stacklevel=2)
    return out


if __name__ == "__main__":
    from collections import Counter

    for split in ("train", "dev"):
        data = load_split(split)
        kinds = Counter(g.kind for _, _, golds in data for g in golds)
        print(split, len(data), "articles", dict(kinds), "total", sum(kinds.values()))
        print("  span mismatches:", len(span_mismatches(split)))

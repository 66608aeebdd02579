"""Accuracy of stance's statement and speaker extraction against PolNeAR's gold attributions.

Run from the repository root::

    python benchmarks/attribution.py [--split dev|train] [--limit N] [--json OUT] [--errors N]

Each article becomes a ``stance.types.Article`` (id = PolNeAR file name, date from
``metadata.tsv``) and goes through ``stance.attribution.extract`` with one ``ActorRegistry``.

Scoring
-------
* Spans: quotation marks and whitespace at the edges of every part are stripped on both
  sides. A system statement matches a gold one when their overlap covers at least half of
  each (overlap / len(system) >= 0.5 and overlap / len(gold) >= 0.5; a discontinuous gold
  span counts the total length of its parts). Matching is one-to-one, greedy by overlap.
* Interrupted quotations: PolNeAR annotates ``"A," he said. "B."`` as ONE content with two
  parts; ``specs/labels.md`` counts two statements. By default a direct gold content is cut
  into one gold statement per part group at every gap holding a word (the interrupting
  attribution); ``--whole-gold`` keeps the gold content whole instead.
* Rows: ``direct`` (gold direct vs system direct), ``quoted`` (direct+partial on both
  sides), ``indirect`` (gold indirect vs system indirect): precision, recall, F1.
* Named-speaker accuracy, over matched pairs whose gold Source is a name: the head name of
  the Source (the run of capitalised tokens that ends the first segment ending in one,
  segments split at commas, brackets, "who" and prepositions, where a segment after a
  preposition only modifies the one before: "a longtime adviser to Trump" names nobody,
  "a spokesman for Bernie Sanders" speaks for him; titles, pronouns,
  determiners and party words are not name tokens, nor is a first token the article also
  writes in lower case, like "Officials"; so "Sanders campaign manager Jeff Weaver" gives
  Jeff Weaver and "Clinton aides" gives no name) must be the same entity as the system's
  ``speaker`` (else ``speaker_mention``; neither counts as wrong): the system name's last
  token is one of the head name's tokens and the first names do not clash ("Bill Clinton"
  is not "Hillary Clinton"), or rapidfuzz's partial_ratio >= 90.
* Pronoun-source accuracy (approximate): for gold Sources he/she/him/his/her/hers, the
  gold speaker is taken to be the nearest preceding gold Source in the article that is a
  name; then compared as above. Pronouns with no named Source before them are skipped.

Note that PolNeAR annotates every attribution, beliefs and evidence too ("polls show
that ..."), so the indirect row's recall is bounded well below 1 for a speech extractor.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

# benchmarks/ is not a package (pysbd installs a top-level "benchmarks" that would shadow it):
# scripts here run with benchmarks/ on sys.path, and the tests put it there.
from polnear import DEFAULT_ROOT, KINDS, GoldAttribution, load_dates, load_split

from stance.atomic import atomic_write

try:
    from rapidfuzz import fuzz
except ImportError:  # optional: the token rule alone
    fuzz = None

Span = tuple[int, int]
Parts = tuple[Span, ...]

QUOTE_MARKS = "\"'“”‘’„«»"
ROWS = {  # row -> (gold kinds, system kinds)
    "direct": ({"direct"}, {"direct"}),
    "quoted (direct+partial)": ({"direct", "partial"}, {"direct", "partial"}),
    "indirect": ({"indirect"}, {"indirect"}),
}
PRONOUNS = frozenset("he she him his her hers".split())
NOT_NAMES = frozenset(
    """the a an this that these those he she him his her hers they them their it its we us
    our i me my you your who whom which some many most several other others another both all
    mr mrs ms miss dr sen senator rep representative gov governor president vice secretary
    chairman chairwoman chair speaker leader minister prime gen general lt col sgt adm judge
    justice attorney mayor candidate nominee former then sir lady first chief officer rev
    reverend del delegate state democrat democrats democratic republican republicans gop
    u.s us american americans according director ambassador spokesman spokeswoman
    spokesperson commissioner adviser advisor aide deputy""".split()
)
SUFFIXES = frozenset("jr sr ii iii".split())
NAME_TOKEN = re.compile(r"[A-Za-z][\w.'’-]*")
# Segments of a gold Source: after a comma, bracket or relative pronoun a new description or
# name may start ("a leading advocate, Andrew J. Pincus"); after a preposition only a modifier
# does ("a longtime adviser to Trump" is nobody named), unless the head speaks for it ("a
# spokesman for Bernie Sanders": the system gives the voice's principal, as specs/labels.md's
# "person or organisation whose words are reported").
SEGMENT_BREAK = re.compile(r"([,;:(\[]|\b(?:who|which|that)\b)|\b(of|at|for|from|in|on|with|to)\b")
VOICE_HEAD = re.compile(r"\b(?:spokes\w*|representatives?|statement|secretary)\s*$", re.I)

ExtractFn = Callable[[object], list]  # Article -> list[Statement]


# --- spans --------------------------------------------------------------------------------


def strip_span(text: str, start: int, end: int) -> Span:
    """Move a span's edges inwards past whitespace and quotation marks."""
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_MARKS):
        end -= 1
    return start, end


def strip_parts(text: str, parts: Iterable[Span]) -> Parts:
    """Strip every part; drop parts left empty."""
    stripped = (strip_span(text, a, b) for a, b in parts)
    return tuple(p for p in stripped if p[1] > p[0])


def length(parts: Parts) -> int:
    """Total length of the parts."""
    return sum(b - a for a, b in parts)


def overlap(a: Parts, b: Parts) -> int:
    """Characters shared by two sets of parts."""
    return sum(max(0, min(x2, y2) - max(x1, y1)) for x1, x2 in a for y1, y2 in b)


def is_match(system: Parts, gold: Parts) -> bool:
    """True when the overlap covers at least half of each side."""
    ov = overlap(system, gold)
    return ov > 0 and 2 * ov >= length(system) and 2 * ov >= length(gold)


def match(system: list[Parts], gold: list[Parts]) -> list[tuple[int, int]]:
    """One-to-one (system index, gold index) pairs, greedy by overlap."""
    candidates = sorted(
        (-overlap(s, g), i, j)
        for i, s in enumerate(system)
        for j, g in enumerate(gold)
        if is_match(s, g)
    )
    pairs, used_s, used_g = [], set(), set()
    for _, i, j in candidates:
        if i not in used_s and j not in used_g:
            pairs.append((i, j))
            used_s.add(i)
            used_g.add(j)
    return sorted(pairs)


# --- gold statements ----------------------------------------------------------------------


@dataclass(frozen=True)
class GoldStatement:
    """A gold statement as scored: stripped parts, kind and source."""

    parts: Parts
    kind: str
    source_text: str | None
    source_start: int | None


def split_interrupted(text: str, parts: Parts) -> list[Parts]:
    """Group parts, starting a new group at every gap that holds a word."""
    groups: list[list[Span]] = []
    for part in parts:
        if groups and not re.search(r"\w", text[groups[-1][-1][1] : part[0]]):
            groups[-1].append(part)
        else:
            groups.append([part])
    return [tuple(g) for g in groups]


def gold_statements(
    text: str, golds: list[GoldAttribution], whole: bool = False
) -> list[GoldStatement]:
    """Gold attributions as scored statements; direct ones cut at interruptions unless whole."""
    out = []
    for g in golds:
        parts = strip_parts(text, g.content)
        if not parts:
            continue
        groups = [parts] if whole or g.kind != "direct" else split_interrupted(text, parts)
        start = g.source[0][0] if g.source else None
        out += [GoldStatement(p, g.kind, g.source_text, start) for p in groups]
    return out


# --- speakers -----------------------------------------------------------------------------


def _clean(token: str) -> str:
    """Lower case, no possessive, no accents ("Erdoğan" is "Erdogan": one actor's spellings)."""
    token = re.sub(r"['’]s?$", "", token)
    folded = "".join(c for c in unicodedata.normalize("NFKD", token)
                     if not unicodedata.combining(c))
    return folded.rstrip(".").lower()


def _is_name_token(token: str) -> bool:
    return token[:1].isupper() and _clean(token) not in NOT_NAMES


def _trailing_run(segment: str) -> list[str]:
    """The name tokens that end a segment ("Sanders campaign manager Jeff Weaver")."""
    run: list[str] = []
    for tok in reversed(NAME_TOKEN.findall(segment)):
        if not _is_name_token(tok):
            break
        run.insert(0, tok)
    return run


def _segments(source_text: str) -> list[str]:
    """The parts of a Source that may hold its name (see SEGMENT_BREAK). A part after a
    preposition may when it goes on past the preposition's object to a name ("master of
    ceremonies Asab Al-Tabchi", "Speaker of the House Rep. Paul Ryan") or the part before
    it is an office's title ("Secretary of State John Kerry"); a lone word after a comma
    goes on with a part that may not ("a woman in Worcester, Massachusetts")."""
    parts = SEGMENT_BREAK.split(source_text)  # text, clause break, preposition, text, ...
    out, eligible, title_before = [], True, False
    for i in range(0, len(parts), 3):
        text = parts[i]
        if not eligible:
            run = _trailing_run(text)
            before = text[:text.rfind(run[0])] if run else text
            eligible = bool(run) and (re.search(r"(?:^|\s)[a-z]", before) is not None or
                                      title_before)
        if eligible:
            out.append(text)
        if i + 2 < len(parts):
            if parts[i + 2] is not None:  # a preposition
                title_before = bool(text.strip()) and all(
                    w[:1].isupper() for w in text.split()) and not _trailing_run(text)
                eligible = bool(VOICE_HEAD.search(text))
            else:
                eligible = eligible or len(parts[i + 3].split()) > 1 if i + 3 < len(parts) \
                    else eligible
    return out


def head_name(source_text: str | None, lower_words: frozenset[str] = frozenset()) -> list[str]:
    """Lowercased tokens of the name a gold Source text gives, or [] when it gives none.

    The name is the run of capitalised tokens that ends the first segment ending in one
    (segments split at commas, brackets, relative pronouns and prepositions; a segment after
    a preposition only modifies the one before), so "Clinton aides", "The New York
    businessman" and "a longtime adviser to Trump" give none; a run ending in a possessive
    ("Trump's") counts only when no segment has another.
    """
    if not source_text:
        return []
    first = NAME_TOKEN.search(source_text)
    if first and _clean(first.group()) in lower_words:  # "Officials said", "Critics say"
        source_text = source_text[first.end() :]
    runs = [r for r in map(_trailing_run, _segments(source_text)) if r]
    plain = [r for r in runs if not re.search(r"['’]s?$", r[-1])]
    chosen = plain[0] if plain else runs[0] if runs else []
    return [_clean(t) for t in chosen]


def is_pronoun(source_text: str | None) -> bool:
    """True for the singular personal pronouns scored by pronoun-source accuracy."""
    return bool(source_text) and _clean(source_text.strip()) in PRONOUNS


def _transliterated(name: str) -> str:
    """A first name with the i/y endings of Russian and Ukrainian transliterations made one:
    Nikolay, Nikolai -> nikolai; Vitaliy, Vitaly -> vitali (Ivana is not Ivanka)."""
    return re.sub(r"(?:iy|ii|y)$", "i", name.replace("yi", "i"))


def same_entity(system_name: str | None, gold: list[str]) -> bool:
    """Whether a system speaker name refers to the gold head name (lowercased tokens)."""
    if not system_name or not gold:
        return False
    sys_tokens = [_clean(t) for t in NAME_TOKEN.findall(system_name)]
    sys_tokens = [t for t in sys_tokens if t and t not in NOT_NAMES or t in gold]
    sys_tokens = [t for t in sys_tokens if t not in SUFFIXES] or sys_tokens
    if not sys_tokens:
        return False
    s0, g0 = sys_tokens[0], gold[0]
    if len(sys_tokens) > 1 and len(gold) > 1 and s0 not in gold and g0 not in sys_tokens and \
            _transliterated(s0) != _transliterated(g0):
        return False  # Bill Clinton is not Hillary Clinton (Nikolai is Nikolay Patrushev)
    if sys_tokens[-1] in gold:
        return True
    return fuzz is not None and fuzz.partial_ratio(" ".join(sys_tokens), " ".join(gold)) >= 90


def lower_words(text: str) -> frozenset[str]:
    """Words the article writes in lower case (to tell "Officials" from "Trump")."""
    return frozenset(re.findall(r"\b[a-z][a-z'’-]*\b", text))


def resolve_pronoun(start: int, named: list[tuple[int, list[str]]]) -> list[str]:
    """The nearest named gold Source before ``start`` ([] if none)."""
    before = [name for pos, name in named if pos < start]
    return before[-1] if before else []


# --- scoring ------------------------------------------------------------------------------


@dataclass
class RowScore:
    """Counts for one row; precision, recall and accuracies derive from them."""

    tp: int = 0
    system: int = 0
    gold: int = 0
    named_ok: int = 0
    named_n: int = 0
    pronoun_ok: int = 0
    pronoun_n: int = 0

    def add(self, other: RowScore) -> None:
        for k, v in asdict(other).items():
            setattr(self, k, getattr(self, k) + v)

    def summary(self) -> dict:
        p = self.tp / self.system if self.system else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        named = self.named_ok / self.named_n if self.named_n else None
        pron = self.pronoun_ok / self.pronoun_n if self.pronoun_n else None
        return {
            **asdict(self),
            "precision": p,
            "recall": r,
            "f1": f1,
            "named_speaker_accuracy": named,
            "pronoun_source_accuracy_approx": pron,
        }


@dataclass
class ErrorCase:
    """One error on the direct row, for the engine developer."""

    category: str
    article: str
    text: str
    detail: str = ""


@dataclass
class Result:
    """Everything a run measured."""

    split: str
    articles: int = 0
    characters: int = 0
    seconds: float = 0.0
    crashes: list[str] = field(default_factory=list)
    gold_attributions: Counter = field(default_factory=Counter)
    gold_statements: Counter = field(default_factory=Counter)
    system: Counter = field(default_factory=Counter)
    rows: dict[str, RowScore] = field(default_factory=lambda: {r: RowScore() for r in ROWS})
    errors: list[ErrorCase] = field(default_factory=list)


def _speaker(stmt) -> str | None:
    return stmt.speaker or stmt.speaker_mention


def score_speakers(
    pairs: list[tuple[int, int]],
    statements: list,
    golds: list[GoldStatement],
    text: str,
) -> tuple[RowScore, list[tuple[str, int, int]]]:
    """Named- and pronoun-source counts over matched pairs, and the wrong ones."""
    lw = lower_words(text)
    named = sorted(
        (g.source_start, head_name(g.source_text, lw))
        for g in golds
        if g.source_start is not None and head_name(g.source_text, lw)
    )
    score, wrong = RowScore(), []
    for i, j in pairs:
        g = golds[j]
        if is_pronoun(g.source_text):
            target = resolve_pronoun(g.source_start, named)
            if not target:
                continue
            ok = same_entity(_speaker(statements[i]), target)
            score.pronoun_n += 1
            score.pronoun_ok += ok
            kind = "pronoun"
        else:
            target = head_name(g.source_text, lw)
            if not target:
                continue
            ok = same_entity(_speaker(statements[i]), target)
            score.named_n += 1
            score.named_ok += ok
            kind = "name"
        if not ok:
            wrong.append((kind, i, j))
    return score, wrong


def score_row(
    statements: list, system: list[Parts], golds: list[GoldStatement], text: str, row: str
) -> tuple[RowScore, list[tuple[int, int]], list[int], list[int]]:
    """Match one row in one article: its counts, pairs, and the row's system/gold indices."""
    gold_kinds, sys_kinds = ROWS[row]
    s_idx = [i for i, st in enumerate(statements) if st.kind in sys_kinds and system[i]]
    g_idx = [j for j, g in enumerate(golds) if g.kind in gold_kinds]
    local = match([system[i] for i in s_idx], [golds[j].parts for j in g_idx])
    pairs = [(s_idx[a], g_idx[b]) for a, b in local]
    score, _ = score_speakers(pairs, statements, golds, text)
    score.tp, score.system, score.gold = len(pairs), len(s_idx), len(g_idx)
    return score, pairs, s_idx, g_idx


def _snippet(text: str, parts: Parts, width: int = 110) -> str:
    s = " … ".join(text[a:b] for a, b in parts).replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def _mark_style(text: str, parts: Parts) -> str:
    a, b = parts[0][0], parts[-1][1]
    window = text[max(0, a - 2) : b + 2]
    if "''" in window:
        return "''"
    if "“" in window or "”" in window:
        return "curly"
    return "straight" if '"' in window else "none"


def missed_category(i_gold: Parts, statements: list, system: list[Parts], taken: set) -> str:
    """Why a gold direct quotation found no system direct statement."""
    for i, parts in enumerate(system):
        if parts and is_match(parts, i_gold) and statements[i].kind != "direct":
            return f"missed: system calls it {statements[i].kind}"
    for i, parts in enumerate(system):
        if not parts or statements[i].kind != "direct" or not overlap(parts, i_gold):
            continue
        if i in taken:
            return "missed: overlapping system quote matched another gold quote"
        ov = overlap(parts, i_gold)
        return (
            "missed: system span too long"
            if 2 * ov >= length(i_gold)
            else "missed: system span too short"
        )
    return "missed: no overlapping statement"


def false_positive_category(parts: Parts, golds: list[GoldStatement]) -> str:
    """Why a system direct statement matched no gold direct quotation."""
    for g in golds:
        if is_match(parts, g.parts) and g.kind != "direct":
            return f"false positive: gold calls it {g.kind}"
    if any(overlap(parts, g.parts) for g in golds if g.kind == "direct"):
        return "false positive: boundary differs from a gold direct quote"
    if any(overlap(parts, g.parts) for g in golds):
        return "false positive: overlaps a non-direct gold content"
    return "false positive: no gold attribution there"


def direct_errors(
    name: str,
    text: str,
    statements: list,
    system: list[Parts],
    golds: list[GoldStatement],
) -> list[ErrorCase]:
    """Missed gold quotes, false positives and speaker errors on the direct row."""
    _, pairs, s_idx, g_idx = score_row(statements, system, golds, text, "direct")
    matched_s = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    out = []
    for j in g_idx:
        if j not in matched_g:
            cat = missed_category(golds[j].parts, statements, system, matched_s)
            if cat == "missed: no overlapping statement":
                cat += f" ({_mark_style(text, golds[j].parts)} quotes)"
            out.append(ErrorCase(cat, name, _snippet(text, golds[j].parts)))
    for i in s_idx:
        if i not in matched_s:
            cat = false_positive_category(system[i], golds)
            out.append(ErrorCase(cat, name, _snippet(text, system[i])))
    _, wrong = score_speakers(pairs, statements, golds, text)
    for kind, i, j in wrong:
        said = _speaker(statements[i])
        cat = f"speaker {'missing' if not said else 'wrong'} (gold source is a {kind})"
        detail = f"system: {said!r}, gold: {golds[j].source_text!r}"
        out.append(ErrorCase(cat, name, _snippet(text, golds[j].parts), detail))
    return out


def score_article(
    name: str, text: str, golds: list[GoldAttribution], statements: list, whole: bool = False
) -> tuple[dict[str, RowScore], Counter, list[ErrorCase]]:
    """All rows for one article, its scored gold counts, and its direct-row errors."""
    gs = gold_statements(text, golds, whole)
    system = [strip_parts(text, [(st.start, st.end)]) for st in statements]
    rows = {row: score_row(statements, system, gs, text, row)[0] for row in ROWS}
    return rows, Counter(g.kind for g in gs), direct_errors(name, text, statements, system, gs)


# --- running ------------------------------------------------------------------------------


def load_articles(split: str, limit: int | None = None, root: Path = DEFAULT_ROOT) -> list:
    """(name, text, date, gold attributions) for the first ``limit`` articles of a split."""
    dates = load_dates(root)
    data = load_split(split, root)[:limit] if limit else load_split(split, root)
    return [(name, text, dates.get(name), golds) for name, text, golds in data]


def evaluate(articles: list, extract_fn: ExtractFn, split: str, whole: bool = False) -> Result:
    """Run ``extract_fn`` over the articles and score it; the extractor's time is measured."""
    from stance.types import Article

    result = Result(split)
    for name, text, date, golds in articles:
        result.articles += 1
        result.characters += len(text)
        result.gold_attributions.update(g.kind for g in golds)
        t0 = time.perf_counter()
        try:
            statements = list(extract_fn(Article(id=name, text=text, date=date)))
        except Exception as exc:  # one bad article must not stop the benchmark
            result.crashes.append(f"{name}: {type(exc).__name__}: {exc}")
            statements = []
        result.seconds += time.perf_counter() - t0
        result.system.update(st.kind for st in statements)
        rows, gold_counts, errors = score_article(name, text, golds, statements, whole)
        for row, score in rows.items():
            result.rows[row].add(score)
        result.gold_statements.update(gold_counts)
        result.errors += errors
    return result


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"


def render_markdown(result: Result, errors: int = 0) -> str:
    """The result as Markdown tables (and the top error kinds when ``errors`` > 0)."""
    lines = [
        f"## PolNeAR {result.split}: statement extraction",
        "",
        "| row | gold | system | matched | P | R | F1 | named speaker | pronoun source ≈ |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row, score in result.rows.items():
        s = score.summary()
        lines.append(
            f"| {row} | {s['gold']} | {s['system']} | {s['tp']} | {_pct(s['precision'])} "
            f"| {_pct(s['recall'])} | {_pct(s['f1'])} "
            f"| {_pct(s['named_speaker_accuracy'])} (n={s['named_n']}) "
            f"| {_pct(s['pronoun_source_accuracy_approx'])} (n={s['pronoun_n']}) |"
        )
    lines += [
        "",
        "| kind | gold attributions | gold statements scored | system statements |",
        "| --- | ---: | ---: | ---: |",
    ]
    for kind in KINDS:
        lines.append(
            f"| {kind} | {result.gold_attributions[kind]} | {result.gold_statements[kind]} "
            f"| {result.system[kind]} |"
        )
    rate = result.characters / result.seconds if result.seconds else 0.0
    lines += [
        "",
        f"{result.articles} articles, {result.characters:,} characters, "
        f"{result.seconds:.1f} s in the extractor ({rate:,.0f} characters/s); "
        f"{len(result.crashes)} articles raised an error.",
    ]
    if errors:
        lines += ["", "### Most frequent errors on the direct row", ""]
        by_cat: dict[str, list[ErrorCase]] = defaultdict(list)
        for e in result.errors:
            by_cat[e.category].append(e)
        top = sorted(by_cat.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:10]
        for cat, cases in top:
            lines.append(f"- **{cat}**: {len(cases)}")
            for e in cases[:errors]:
                extra = f" [{e.detail}]" if e.detail else ""
                lines.append(f"  - {e.article}: «{e.text}»{extra}")
    return "\n".join(lines)


def to_json(result: Result) -> dict:
    """The result as plain data."""
    return {
        "split": result.split,
        "articles": result.articles,
        "characters": result.characters,
        "seconds": round(result.seconds, 3),
        "crashes": result.crashes,
        "gold_attributions": dict(result.gold_attributions),
        "gold_statements": dict(result.gold_statements),
        "system": dict(result.system),
        "rows": {row: score.summary() for row, score in result.rows.items()},
        "error_counts": dict(Counter(e.category for e in result.errors).most_common()),
    }


def engine() -> ExtractFn:
    """stance's extractor with one registry, loaded once."""
    from stance.actors import ActorRegistry
    from stance.attribution import extract

    try:
        registry = ActorRegistry.load()
    except (OSError, ValueError) as exc:  # RegistryError is a ValueError
        print(f"warning: no actor registry ({exc}); using an empty one", file=sys.stderr)
        registry = ActorRegistry([])
    return lambda article: extract(article, registry)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--json", type=Path, default=None, help="also write the result here")
    parser.add_argument("--errors", type=int, default=0, help="show N examples of top errors")
    parser.add_argument(
        "--whole-gold", action="store_true", help="do not cut interrupted gold quotations"
    )
    args = parser.parse_args(argv)
    if not (DEFAULT_ROOT / args.split).is_dir():
        print(f"PolNeAR not found at {DEFAULT_ROOT}", file=sys.stderr)
        return 2
    articles = load_articles(args.split, args.limit)
    result = evaluate(articles, engine(), args.split, args.whole_gold)
    print(render_markdown(result, args.errors))
    if args.json:
        with atomic_write(args.json) as fh:
            fh.write(json.dumps(to_json(result), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

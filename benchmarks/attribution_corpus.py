"""Quotation and speaker accuracy on hand-labelled articles of the war corpus.

Run from the repository root::

    python benchmarks/attribution_corpus.py [--split test|dev|all] [--errors N] [--json OUT]

The gold file, ``data/attribution/corpus-gold.jsonl`` (how it was sampled and labelled:
``data/attribution/README.md``), lists every pair of quotation marks in 80 articles of
``../shared/data/corpus/ukraine-news.jsonl`` with its kind (direct, partial, or not a
statement) and its speaker. Its articles are split by labelling batch: ``dev`` (batches b1,
b2, b5 and b6, 40 articles) may be read to find faults; ``test`` (b3, b4, b7 and b8, 40
articles) is only ever measured.

Scoring, with the span rules of ``benchmarks/attribution.py`` (a system statement matches a
gold one when each covers at least half of the other; one-to-one, greedy by overlap):

* quotations: gold direct+partial against system direct+partial (precision, recall, F1); a
  system quotation on a span the labellers called no statement is a false positive;
* speakers, over matched quotations: a gold speaker that is a name (``named``), made
  canonical through the actor registry where it knows the name ("Pyotr Poroshenko" is
  "Petro Poroshenko"), must be the same entity as the system's ``speaker`` (``same_entity``
  of that script; an empty speaker is wrong); for a gold speaker that names nobody (null, a
  description such as "a senior US defense official", or two people), the system should give
  no speaker, since a wrong speaker is worse than none (specs/labels.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from attribution import RowScore, engine, head_name, match, same_entity, strip_span

from stance.atomic import atomic_write

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "attribution" / "corpus-gold.jsonl"
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "ukraine-news.jsonl"
QUOTED = ("direct", "partial")
SPLITS = {"dev": {"b1", "b2", "b5", "b6"}, "test": {"b3", "b4", "b7", "b8"}}


def load_gold(path: Path = GOLD, split: str = "all") -> dict[str, list[dict]]:
    """Gold quotations by article id, of one split ("dev", "test") or "all"."""
    out: dict[str, list[dict]] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            if split == "all" or g["labeller"] in SPLITS[split]:
                out.setdefault(g["article_id"], []).append(g)
    return out


def load_articles(ids: set[str], corpus: Path = CORPUS) -> dict[str, dict]:
    """The corpus articles with these ids (streamed)."""
    out = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a.get("id") in ids:
                out[a["id"]] = a
    return out


def score(gold: dict[str, list[dict]], articles: dict[str, dict], extract_fn,
          canonical=lambda name: name) -> dict:
    """Counts over all articles, and the wrong or missed cases. `canonical` maps a gold
    speaker to the registry's name for it (labellers wrote the article's spelling, "Pyotr
    Poroshenko"; specs/labels.md's speaker is the registry's, "Petro Poroshenko")."""
    from stance.types import Article

    c: Counter = Counter()
    errors: list[tuple[str, str, str]] = []
    for aid, golds in gold.items():
        a = articles[aid]
        text = a["text"]
        statements = [s for s in extract_fn(Article(aid, text, date=a.get("date")))
                      if s.kind in QUOTED]
        system = [(strip_span(text, s.start, s.end),) for s in statements]
        quoted = [g for g in golds if g["kind"] in QUOTED]
        not_statements = [(strip_span(text, g["start"], g["end"]),) for g in golds
                          if g["kind"] not in QUOTED]
        pairs = match(system, [(strip_span(text, g["start"], g["end"]),) for g in quoted])
        c["gold"] += len(quoted)
        c["system"] += len(system)
        c["matched"] += len(pairs)
        matched_s, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
        unmatched = [span for i, span in enumerate(system) if i not in matched_s]
        c["on_not_statement"] += len(match(unmatched, not_statements))
        for j, g in enumerate(quoted):
            if j not in matched_g:
                errors.append(("missed quotation", aid, g["text"][:90]))
        for i, j in pairs:
            g, s = quoted[j], statements[i]
            c[f"kind_ok_{g['kind']}"] += s.kind == g["kind"]
            c[f"n_{g['kind']}"] += 1
            if g["named"] and g["speaker"]:
                ok = same_entity(s.speaker, head_name(canonical(g["speaker"])))
                row = "named_direct" if g["kind"] == "direct" else "named_partial"
                c[row] += 1
                c[row + "_ok"] += ok
                if not ok:
                    what = "speaker missing" if s.speaker is None else "speaker wrong"
                    errors.append((what, aid, f"«{g['text'][:70]}» system {s.speaker!r}, "
                                              f"gold {g['speaker']!r}"))
            else:
                c["unnamed"] += 1
                c["unnamed_ok"] += s.speaker is None
                if s.speaker is not None:
                    errors.append(("speaker given where the text names none", aid,
                                   f"«{g['text'][:70]}» system {s.speaker!r}, gold "
                                   f"{g['speaker']!r}"))
    return {"counts": dict(c), "errors": errors}


def _registry_names():
    """A gold speaker's canonical name, where the actor registry knows it."""
    from stance.actors import ActorRegistry

    registry = ActorRegistry.load()

    def canonical(name: str) -> str:
        actor = registry.get(name)
        return actor.name if actor is not None else name
    return canonical


def _pct(ok: int, n: int) -> str:
    return f"{100 * ok / n:.1f}% ({ok}/{n})" if n else "–"


def render(result: dict, n_articles: int, split: str, errors: int = 0) -> str:
    c = Counter(result["counts"])
    prf = RowScore(tp=c["matched"], system=c["system"], gold=c["gold"]).summary()
    p, r, f1 = prf["precision"], prf["recall"], prf["f1"]
    named = c["named_direct"] + c["named_partial"]
    named_ok = c["named_direct_ok"] + c["named_partial_ok"]
    lines = [
        f"## War corpus gold, {split} ({n_articles} articles): quotations and speakers",
        "",
        "| measure | value |",
        "| --- | ---: |",
        f"| quotations (direct+partial): gold / system / matched | {c['gold']} / {c['system']}"
        f" / {c['matched']} |",
        f"| precision / recall / F1 | {100 * p:.1f} / {100 * r:.1f} / {100 * f1:.1f} |",
        f"| system quotations on spans that are no statement | {c['on_not_statement']} |",
        f"| kind right (direct / partial) | {_pct(c['kind_ok_direct'], c['n_direct'])} / "
        f"{_pct(c['kind_ok_partial'], c['n_partial'])} |",
        f"| named speaker right, direct | {_pct(c['named_direct_ok'], c['named_direct'])} |",
        f"| named speaker right, partial | {_pct(c['named_partial_ok'], c['named_partial'])} |",
        f"| named speaker right, all quotations | {_pct(named_ok, named)} |",
        f"| no speaker where the text names none | {_pct(c['unnamed_ok'], c['unnamed'])} |",
    ]
    if errors:
        by_kind: dict[str, list] = {}
        for what, aid, detail in result["errors"]:
            by_kind.setdefault(what, []).append((aid, detail))
        lines += ["", "### Errors", ""]
        for what, cases in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
            lines.append(f"- **{what}**: {len(cases)}")
            lines += [f"  - {aid}: {detail}" for aid, detail in cases[:errors]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--errors", type=int, default=0, help="show N examples per error kind")
    parser.add_argument("--json", type=Path, default=None, help="also write the counts here")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    gold = load_gold(args.gold, args.split)
    articles = load_articles(set(gold), args.corpus)
    result = score(gold, articles, engine(), _registry_names())
    print(render(result, len(gold), args.split, args.errors))
    if args.json:
        with atomic_write(args.json) as fh:
            fh.write(json.dumps(result["counts"], indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build data/attribution/corpus-gold.jsonl from the labellers' files (data/attribution/README.md).

    python scripts/build_attribution_gold.py ../shared/data/corpus/ukraine-news.jsonl

Each raw line gives an article id, the quotation's text as copied (its first 80 characters
when longer), its kind, speaker and whether the speaker is named. The quotation is found in
the article in reading order; its end is the closing mark of the same family. Writes one gold
line per quotation with character offsets; a label that cannot be found is reported and left
out.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from stance.atomic import atomic_write

ROOT = Path(__file__).resolve().parents[1] / "data" / "attribution"
OPENING = re.compile(r"(?:^|(?<=\s))[“\"]")
CLOSING = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "„": "“"}


def closing_mark(text: str, start: int, copied_end: int) -> int | None:
    """Where the quotation that opens at text[start - 1] closes, searching from copied_end:
    the closing mark of the opener's family, else any closing mark (mismatched marks)."""
    opener = text[start - 1] if start > 0 else ""
    for marks in (CLOSING.get(opener, ""), "”\"’»"):
        best = None
        for close in marks:
            i = copied_end
            while (i := text.find(close, i)) != -1:
                # a single mark followed by a letter is an apostrophe ("don't")
                if close in "'’" and i + 1 < len(text) and text[i + 1].isalpha():
                    i += 1
                    continue
                best = i if best is None else min(best, i)
                break
        if best is not None:
            return best
    return None


def locate(text: str, quote: str, frm: int) -> tuple[int, int] | None:
    """The span of a copied quotation in text, at or after frm (else anywhere). A quotation
    of 120 characters or more was copied as its first 80 (some labellers trimmed the last
    space): one copied that long and not followed by its closing mark runs to that mark,
    unless a new quotation opens first (a mark left open at a paragraph's end)."""
    quote = quote.strip()
    for lo in (frm, 0):
        start = text.find(quote, lo)
        if start == -1:
            continue
        end = start + len(quote)
        if len(quote) < 70 or text[end:end + 1] in set("”\"’'»"):
            return start, end
        close = closing_mark(text, start, end)
        opener = OPENING.search(text, end)
        if close is None or opener is not None and opener.start() < close:
            return start, end
        return start, close
    return None


def _same_speaker(a: str | None, b: str | None) -> bool:
    """Two labels name the same speaker: equal up to "the", or the same last word with no
    clashing first word ("Pentagon" = "the Pentagon", "Zelensky" = "Volodymyr Zelensky"; not
    "Joe Biden" = "Jill Biden", nor "a Russian official" = "a Ukrainian official")."""
    if not a or not b:
        return a == b
    wa = [w for w in a.lower().split() if w not in ("the", "a", "an")]
    wb = [w for w in b.lower().split() if w not in ("the", "a", "an")]
    if wa == wb:
        return True
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    shorter, longer = sorted((wa, wb), key=len)
    return all(w in longer for w in shorter)  # one is the other with words added


def agreement(gold: list[dict], second: list[dict]) -> str:
    """How a second labeller's quotations, kinds and speakers agree with the gold file."""
    both = [g for g in gold if g["article_id"] in {s["article_id"] for s in second}]
    kind = speaker = named = matched = 0
    speakers = 0
    for s in second:
        near = [g for g in both if g["article_id"] == s["article_id"] and
                min(g["end"], s["end"]) - max(g["start"], s["start"]) >=
                0.5 * max(g["end"] - g["start"], s["end"] - s["start"])]
        if not near:
            continue
        g = near[0]
        matched += 1
        kind += g["kind"] == s["kind"]
        if g["kind"] != "not" and s["kind"] != "not":
            speakers += 1
            speaker += _same_speaker(g["speaker"], s["speaker"])
            named += g["named"] == s["named"]
    n_articles = len({s["article_id"] for s in second})
    return (f"second labelling: {len(second)} quotations on {n_articles} articles, gold "
            f"{len(both)}; matched {matched}; kind agrees {kind}/{matched}; "
            f"speaker agrees {speaker}/{speakers}, named flag {named}/{speakers}")


def read_labels(path: Path) -> list[tuple[int, dict]]:
    """A labeller's file: (line number, label) for each quotation, not for empty marks."""
    out = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        label = json.loads(line) if line.strip() else None
        if label and label["quote"].strip():
            out.append((n, label))
    return out


def locate_labels(labels: list[tuple[int, dict]], texts: dict[str, str]
                  ) -> list[tuple[int, dict, tuple[int, int] | None]]:
    """One labeller's labels with their spans, found in reading order within each article."""
    pos: dict[str, int] = {}
    out = []
    for n, label in labels:
        aid = label["article_id"]
        span = locate(texts[aid], label["quote"], pos.get(aid, 0))
        if span is not None:
            pos[aid] = span[1]
        out.append((n, label, span))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--raw", nargs="*", default=sorted(str(p) for p in
                                                          (ROOT / "raw").glob("labels-b*.jsonl")))
    parser.add_argument("-o", "--output", default=str(ROOT / "corpus-gold.jsonl"))
    args = parser.parse_args()
    batches = [(Path(name).stem.removeprefix("labels-"), read_labels(Path(name)))
               for name in args.raw]
    wanted = {r["article_id"] for _, labels in batches for _, r in labels}
    texts, dates = {}, {}
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a.get("id") in wanted:
                texts[a["id"]], dates[a["id"]] = a["text"], a.get("date")
    out, missing = [], 0
    for batch, labels in batches:
        for n, r, span in locate_labels(labels, texts):
            if span is None:
                missing += 1
                print(f"{batch} line {n}: not found in {r['article_id']}: {r['quote'][:60]!r}")
                continue
            text = texts[r["article_id"]]
            out.append({"article_id": r["article_id"], "date": dates[r["article_id"]],
                        "labeller": batch, "kind": r["kind"], "start": span[0], "end": span[1],
                        "text": text[span[0]:span[1]], "speaker": r.get("speaker"),
                        "named": bool(r.get("named")), "note": r.get("note", "")})
    with atomic_write(args.output) as fh:
        fh.write("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
    print(f"{len(out)} gold quotations written to {args.output}; {missing} not found")
    second = ROOT / "raw" / "labels-second.jsonl"
    if second.is_file():
        spans = [{**r, "start": span[0], "end": span[1]}
                 for _, r, span in locate_labels(read_labels(second), texts) if span is not None]
        print(agreement(out, spans))


if __name__ == "__main__":
    main()

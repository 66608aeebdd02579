"""Draw corpus articles for a hand-made attribution gold set (data/attribution/README.md).

    python scripts/sample_attribution_gold.py ../shared/data/corpus/ukraine-news.jsonl \
        -n 40 --seed 2026 --exclude 'data/labelled/raw/round*-sample.csv' -o OUT.jsonl

Articles of 1,500-5,000 characters with at least three quotations, none of which gave a
statement to the stance labelling rounds (whose labellers' speaker fixes shaped the rules),
drawn at random; deterministic for a given seed. Writes id, date, outlet, url and text.
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import re

import pandas as pd

from stance.atomic import atomic_write

QUOTE_OPEN = re.compile(r"[“\"]")


def candidates(path: str, exclude: set[str], lo: int, hi: int) -> list[dict]:
    """Articles of the wanted length with three or more quotation marks pairs."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            text = article.get("text") or ""
            if article.get("id") in exclude or not lo <= len(text) <= hi:
                continue
            if len(QUOTE_OPEN.findall(text)) >= 6:  # ~three pairs (straight marks count twice)
                out.append(article)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("-n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--exclude", nargs="*", default=[],
                        help="CSV files (globs) whose article_id column is left out, or JSON "
                             "Lines files (a gold file) whose article_id fields are")
    parser.add_argument("--min-chars", type=int, default=1500)
    parser.add_argument("--max-chars", type=int, default=5000)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    exclude: set[str] = set()
    for pattern in args.exclude:
        for name in glob.glob(pattern):
            if name.endswith(".jsonl"):
                with open(name, encoding="utf-8") as f:
                    exclude |= {json.loads(line)["article_id"] for line in f if line.strip()}
            else:
                exclude |= set(pd.read_csv(name, usecols=["article_id"])["article_id"]
                               .astype(str))
    pool = candidates(args.corpus, exclude, args.min_chars, args.max_chars)
    chosen = random.Random(args.seed).sample(pool, min(args.n, len(pool)))
    with atomic_write(args.output) as f:
        for a in chosen:
            keep = {k: a.get(k) for k in ("id", "date", "outlet", "url", "text")}
            f.write(json.dumps(keep, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} of {len(pool)} candidate articles ({len(exclude)} excluded ids)")


if __name__ == "__main__":
    main()

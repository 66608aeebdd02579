"""Speed and memory of `stance quotes` and `stance analyze` on the real corpus.

    python benchmarks/speed.py [--corpus PATH] [--limit N] [--repeat 4] [--repeat-jobs 1 2]

Each run is a separate `stance` process; its peak memory is the peak of the summed resident
memory of the process and its workers, sampled from /proc every 50 ms. The baseline is the
naive single-process path measured in the same run: the whole corpus loaded into memory, each
article attributed and scored one at a time, all rows kept in one DataFrame.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from stance.atomic import atomic_write

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "ukraine-news.jsonl"
STANCE = [sys.executable, "-m", "stance.cli"]
BASELINE = """
import json, sys
import pandas as pd
from stance.pipeline import Scorer, Settings
from stance.types import Article
articles = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
scorer = Scorer(Settings())
frames = [scorer.score_articles([Article(id=a["id"], text=a["text"], date=a.get("date"),
                                         outlet=a.get("outlet"))])[0] for a in articles]
table = pd.concat(frames)
print(len(table))
"""


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo += [int(c) for c in fh.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def measure(cmd: list[str]) -> dict:
    """Wall time and peak tree memory of one command."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err[-2000:]}")
    return {"seconds": time.perf_counter() - t0, "peak_mb": peak / 2**20, "stdout": out,
            "stderr": err}


def corpus_stats(path: Path) -> tuple[int, int]:
    articles = chars = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            articles += 1
            chars += len(json.loads(line)["text"])
    return articles, chars


def subset(src: Path, dst: Path, limit: int | None, repeat: int) -> Path:
    """The first `limit` articles, `repeat` times over, with fresh ids."""
    with open(src, encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(limit or 10**9), fh, strict=False)]
    with open(dst, "w", encoding="utf-8") as out:
        for r in range(repeat):
            for row in rows:
                out.write(json.dumps({**row, "id": f"{row['id']}-{r}"}) + "\n")
    return dst


def statements_of(run: dict) -> int:
    for part in run["stderr"].split(";"):
        if "statements" in part:
            return int(part.split("statements")[0].split()[-1])
    return int(run["stdout"].strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, help="first N articles only")
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--skip-repeat", action="store_true")
    parser.add_argument("--repeat-jobs", type=int, nargs="+", default=[2],
                        help="job counts for the repeated corpus (default: 2; 1 takes long)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--baseline-limit", type=int, default=2000,
                        help="articles the slow baseline runs on (its rate is per article)")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} is not available")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="stance-bench-"))
    once = subset(args.corpus, tmp / "once.jsonl", args.limit, 1)
    inputs = {"corpus": once}
    if not args.skip_repeat:
        inputs[f"corpus x{args.repeat}"] = subset(args.corpus, tmp / "many.jsonl", args.limit,
                                                  args.repeat)
    rows = []
    n_art, n_chars = corpus_stats(once)
    first = subset(args.corpus, tmp / "first.jsonl", args.baseline_limit, 1)
    b_art, b_chars = corpus_stats(first)
    base = measure([sys.executable, "-c", BASELINE, str(first)])
    rows.append(("baseline: naive single process", f"first {b_art}", b_art, b_chars, base,
                 statements_of(base)))
    q = measure([*STANCE, "quotes", str(once), "-o", str(tmp / "q.jsonl")])
    rows.append(("stance quotes (1 core)", f"corpus, {n_art} articles", n_art, n_chars, q,
                 statements_of(q)))
    for name, path in inputs.items():
        arts, chars = corpus_stats(path)
        for jobs in (1, 2) if path == once else args.repeat_jobs:
            run = measure([*STANCE, "analyze", str(path), "-o", str(tmp / "out.parquet"),
                           "--jobs", str(jobs), "--quiet", "--force"])
            rows.append((f"stance analyze --jobs {jobs}", f"{name}, {arts} articles", arts,
                         chars, run, statements_of(run)))
    base_per_article = base["seconds"] / b_art
    print("| run | input | articles/s | MB of text/s | statements/s | peak memory | "
          "wall time | speed-up vs baseline |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    results = []
    for name, inp, arts, chars, run, n_st in rows:
        s = run["seconds"]
        speedup = base_per_article / (s / arts)
        print(f"| {name} | {inp} ({chars / 1e6:.1f} MB) | {arts / s:,.0f} | "
              f"{chars / s / 1e6:.2f} | {n_st / s:,.0f} | {run['peak_mb']:,.0f} MB | "
              f"{s:.1f} s | {speedup:.2f}x |")
        results.append({"run": name, "input": inp, "articles": arts, "chars": chars,
                        "statements": n_st, "seconds": s, "peak_mb": run["peak_mb"]})
    if args.json:
        with atomic_write(args.json) as fh:
            fh.write(json.dumps(results, indent=2))
    for f in tmp.iterdir():
        f.unlink()
    os.rmdir(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())

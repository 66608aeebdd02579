"""Measure the sentiment stage on news: VADER, and the model trained on NewsMTSC.

Run from the repository root::

    python benchmarks/sentiment.py                 # VADER, and the shipped model if present
    python benchmarks/sentiment.py --train-model   # choose params by CV, train, gate, save

Data (``../shared/data/sentiment``, never copied into the repo):

* ``vader-nyt-editorial-snippets.tsv``: ``id<TAB>mean human rating<TAB>sentence``, ratings
  in [-4, 4]; ids are ``<editorial>_<sentence>``. Measured: Pearson r with the rating.
* ``newsmtsc/{train,devtest_mt,devtest_rw}.jsonl``: one sentence per line with target
  mentions, each with a polarity 2/4/6 = negative/neutral/positive. Scored per target (the
  dataset's unit); VADER and the model read the sentence only, so every target of a
  sentence gets the same prediction. The model trains on the train sentences whose targets
  all share one polarity (7,357 of 7,758), one row each. ``devtest_mt`` holds sentences
  with two or more targets, and in 294 of its 721 sentences they differ in polarity, so no
  sentence-level scorer can get all of it right.

Intervals are 95% percentile bootstraps (1000 resamples) over editorials (NYT) or sentences
(NewsMTSC), paired between VADER and the model. With ``--train-model`` the parameters are
chosen by 5-fold CV on train grouped by article (devtest is never looked at), the model is
fitted on all of train, and saved only if its macro-F1 beats VADER's on both devtest files
with the lower end of the paired interval above zero.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
import skops
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import GroupKFold, cross_val_score

from stance.atomic import atomic_write
from stance.sentiment import (
    LABELS,
    label_from_compound,
    load_model,
    news_pipeline,
    news_polarity,
    news_scores,
    read_newsmtsc,
    save_model,
    sentence_labels,
    train_news_model,
    vader_scores,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "sentiment"
MODEL = ROOT / "models" / "sentiment-news.skops"
RESULTS = ROOT / "benchmarks" / "results" / "sentiment.json"
DEVTEST = ("devtest_mt", "devtest_rw")
GRID = [{"C": c, "char_ngrams": ch} for ch in (False, True) for c in (0.3, 1.0, 3.0)]
N_BOOT = 1000


# -- data ---------------------------------------------------------------------------------------
def read_nyt(path: Path) -> pd.DataFrame:
    """The NYT snippets: id, editorial, human rating, text."""
    df = pd.read_csv(path, sep="\t", header=None, names=["id", "rating", "text"],
                     quoting=csv.QUOTE_NONE, dtype={"id": str}, keep_default_na=False)
    return df.assign(editorial=df["id"].str.split("_").str[0])


# -- metrics ------------------------------------------------------------------------------------
def macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    """Macro-F1 over the three labels from integer codes (fast, for the bootstrap)."""
    k = len(LABELS)
    cm = np.bincount(gold * k + pred, minlength=k * k).reshape(k, k)
    return float(np.mean(2 * np.diag(cm) / np.maximum(cm.sum(0) + cm.sum(1), 1)))


def pearson(x: np.ndarray, y: np.ndarray) -> float:
    """Pearson correlation of two score arrays."""
    return float(np.corrcoef(x, y)[0, 1])


def paired_bootstrap(metric: Callable, gold, a, b, groups, n_boot: int = N_BOOT,
                     seed: int = 0) -> dict:
    """95% percentile intervals for metric(gold, a), metric(gold, b) and b - a, by group."""
    gold, a, b = np.asarray(gold), np.asarray(a), np.asarray(b)
    _, inverse = np.unique(np.asarray(groups), return_inverse=True)
    members = np.split(np.argsort(inverse, kind="stable"), np.cumsum(np.bincount(inverse))[:-1])
    rng = np.random.default_rng(seed)
    draws = []
    for _ in range(n_boot):
        idx = np.concatenate([members[g] for g in rng.integers(0, len(members), len(members))])
        ma, mb = metric(gold[idx], a[idx]), metric(gold[idx], b[idx])
        draws.append((ma, mb, mb - ma))
    lo, hi = np.percentile(np.array(draws), [2.5, 97.5], axis=0)
    return {name: [round(float(lo[i]), 4), round(float(hi[i]), 4)]
            for i, name in enumerate(["a", "b", "delta"])}


def label_scores(gold, pred) -> dict:
    """n, macro-F1, accuracy and per-class F1 for string labels."""
    per_class = f1_score(gold, pred, labels=list(LABELS), average=None, zero_division=0)
    return {"n": len(gold), "macro_f1": round(float(per_class.mean()), 4),
            "accuracy": round(float(accuracy_score(gold, pred)), 4),
            "f1_per_class": dict(zip(LABELS, per_class.round(4).tolist(), strict=True))}


def codes(labels) -> np.ndarray:
    """Labels as integer codes in LABELS order."""
    return np.array([LABELS.index(x) for x in labels])


# -- training -----------------------------------------------------------------------------------
def cv_select(train: pd.DataFrame, folds: int = 5, jobs: int = 1) -> tuple[dict, list[dict]]:
    """Each GRID point's sentence-level macro-F1 by CV grouped by article; best point, table."""
    table = []
    for params in GRID:
        start = time.perf_counter()
        f1 = cross_val_score(news_pipeline(**params), train["text"].tolist(), train["label"],
                             groups=train["article_id"], cv=GroupKFold(folds),
                             scoring="f1_macro", n_jobs=jobs)
        table.append({**params, "cv_macro_f1": round(float(f1.mean()), 4),
                      "cv_sd": round(float(f1.std()), 4),
                      "seconds": round(time.perf_counter() - start, 1)})
        print(f"  CV {params}: {f1.mean():.4f} ± {f1.std():.4f}", file=sys.stderr)
    best = max(table, key=lambda row: row["cv_macro_f1"])
    return {"C": best["C"], "char_ngrams": best["char_ngrams"]}, table


# -- the measurements ---------------------------------------------------------------------------
def measure_nyt(nyt: pd.DataFrame, model) -> dict:
    """Pearson r of VADER (and the model's P(pos) - P(neg)) with the human ratings."""
    vader = np.array(vader_scores(nyt["text"]))
    ours = vader if model is None else np.array(news_polarity(model, nyt["text"]))
    boot = paired_bootstrap(pearson, nyt["rating"], vader, ours, nyt["editorial"])
    out = {"n": len(nyt), "n_editorials": int(nyt["editorial"].nunique()),
           "vader_r": round(pearson(vader, nyt["rating"].to_numpy()), 4), "vader_r_ci": boot["a"]}
    if model is None:
        return out
    return {**out, "model_r": round(pearson(ours, nyt["rating"].to_numpy()), 4),
            "model_r_ci": boot["b"], "delta_r_ci": boot["delta"]}


def measure_newsmtsc(frame: pd.DataFrame, model) -> dict:
    """VADER's (and the model's) labels per target against NewsMTSC's polarity."""
    vader = [label_from_compound(c) for c in vader_scores(frame["text"])]
    ours = vader if model is None else news_scores(model, frame["text"])[0]
    boot = paired_bootstrap(macro_f1, codes(frame["label"]), codes(vader), codes(ours),
                            frame["sentence_id"])
    out = {"n_sentences": int(frame["sentence_id"].nunique()),
           "vader": {**label_scores(frame["label"], vader), "macro_f1_ci": boot["a"]}}
    if model is None:
        return out
    out["model"] = {**label_scores(frame["label"], ours), "macro_f1_ci": boot["b"]}
    out["delta_macro_f1"] = round(out["model"]["macro_f1"] - out["vader"]["macro_f1"], 4)
    out["delta_macro_f1_ci"] = boot["delta"]
    return out


def verdict(results: dict) -> list[str]:
    """One line per data set: is the model better or worse than VADER (paired 95% CI)?"""
    def word(ci: list[float]) -> str:
        return "better" if ci[0] > 0 else "worse" if ci[1] < 0 else "not distinguishable"

    nyt = word(results["nyt"]["delta_r_ci"])
    lines = [f"- NYT editorial snippets (Pearson r): the model is {nyt} than VADER."]
    for name in DEVTEST:
        ci = results["newsmtsc"][name]["delta_macro_f1_ci"]
        lines.append(f"- NewsMTSC {name} (macro-F1): the model is {word(ci)} than VADER.")
    return lines


def beats_vader(results: dict) -> bool:
    """True when the model's macro-F1 beats VADER on every devtest file (paired CI above 0)."""
    return all(results["newsmtsc"][name]["delta_macro_f1_ci"][0] > 0 for name in DEVTEST)


# -- output -------------------------------------------------------------------------------------
def _fmt(value, ci=None) -> str:
    """A number with its interval, or a dash."""
    if value is None:
        return "–"
    return f"{value:.3f}" + (f" [{ci[0]:.3f}, {ci[1]:.3f}]" if ci else "")


def _shown(path: Path) -> str:
    """A path relative to the repository when it is inside it."""
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def markdown(results: dict) -> str:
    """The measured numbers as a Markdown table."""
    nyt = results["nyt"]
    has_model = "model_r" in nyt
    rows = [("NYT editorial snippets", "Pearson r with human rating",
             f"{nyt['n']} ({nyt['n_editorials']} editorials)", _fmt(nyt["vader_r"], nyt.get(
                 "vader_r_ci")), _fmt(nyt.get("model_r"), nyt.get("model_r_ci")),
             _fmt(nyt["model_r"] - nyt["vader_r"], nyt["delta_r_ci"]) if has_model else "–")]
    for name in DEVTEST:
        r = results["newsmtsc"][name]
        v, m = r["vader"], r.get("model", {})
        n = f"{v['n']} targets ({r['n_sentences']} sentences)"
        rows.append((f"NewsMTSC {name}", "macro-F1 (3 classes)", n,
                     _fmt(v["macro_f1"], v.get("macro_f1_ci")),
                     _fmt(m.get("macro_f1"), m.get("macro_f1_ci")),
                     _fmt(r.get("delta_macro_f1"), r.get("delta_macro_f1_ci"))))
        rows.append((f"NewsMTSC {name}", "accuracy", n, _fmt(v["accuracy"]),
                     _fmt(m.get("accuracy")),
                     _fmt(m["accuracy"] - v["accuracy"]) if m else "–"))
    head = ["data", "measure", "n", "VADER (±0.05)", "news model", "model − VADER"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train-model", action="store_true",
                        help=f"choose params by CV, train on train.jsonl, save {MODEL.name}")
    parser.add_argument("--jobs", type=int, default=2, help="processes for cross-validation")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} not found: nothing to measure", file=sys.stderr)
        return 1

    results: dict = {"versions": {"python": platform.python_version(),
                                  "scikit-learn": sklearn.__version__,
                                  "skops": skops.__version__}}
    model = None
    if args.train_model:
        train = sentence_labels(read_newsmtsc(args.data / "newsmtsc" / "train.jsonl"))
        start = time.perf_counter()
        params, table = cv_select(train, jobs=args.jobs)
        cv_seconds = time.perf_counter() - start
        start = time.perf_counter()
        model = train_news_model(train["text"].tolist(), train["label"].tolist(), **params)
        results["training"] = {"n_sentences": len(train), "params": params, "cv": table,
            "cv_seconds": round(cv_seconds, 1),
            "fit_seconds": round(time.perf_counter() - start, 1)}
    elif args.model.exists():
        model = load_model(args.model)

    results["nyt"] = measure_nyt(read_nyt(args.data / "vader-nyt-editorial-snippets.tsv"), model)
    results["newsmtsc"] = {name: measure_newsmtsc(
        read_newsmtsc(args.data / "newsmtsc" / f"{name}.jsonl"), model) for name in DEVTEST}

    if model is not None:
        results["beats_vader"] = beats_vader(results)
    if args.train_model and results["beats_vader"]:
        save_model(model, args.model)
    if model is not None and args.model.exists():
        data = args.model.read_bytes()
        results["model_file"] = {"path": _shown(args.model), "bytes": len(data),
                                 "sha256": hashlib.sha256(data).hexdigest()}

    print(markdown(results))
    if model is not None:
        print("\n" + "\n".join(verdict(results)))
    if model is None:
        print(f"\nNo news model ({args.model} absent); run with --train-model.")
    elif args.train_model and not results["beats_vader"]:
        print("\nThe model does not beat VADER on both devtest files: not saved.")
    with atomic_write(args.out) as fh:
        json.dump(results, fh, indent=2)
        fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

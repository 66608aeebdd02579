"""Scores for stance predictions, and the baselines every model must beat."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

from stance.classify.labelled import LABELS

# Keyword rules: a deliberately simple baseline, one list of cues per label and target.
KEYWORDS = {
    "ukraine": {
        "favor": r"support(?:ing)? ukrain|stand with ukrain|sanction|war crime|atrocit|"
                 r"invasion|aggress|unprovoked|brave|heroic|slava ukraini|weapons to ukrain|"
                 r"aid to ukrain|condemn",
        "against": r"nazi|provocat|special (?:military )?operation|denazif|nato expansion|"
                   r"blame|puppet|regime in kiev|kiev regime|stop (?:sending|arming)|"
                   r"blank check|corrupt",
    },
    "us": {
        "favor": r"thank(?:s| you)? (?:to )?(?:the )?(?:united states|america|u\.?s\.?|biden|"
                 r"washington)|strong(?:est)? (?:ally|partner)|american (?:support|leadership)|"
                 r"grateful|stand (?:with|together)",
        "against": r"washington(?:'s)? (?:lies|hypocris)|hegemon|imperial|american aggress|"
                   r"u\.?s\.? (?:is|has been) (?:lying|provoking)|provocat|proxy war|"
                   r"abandon|betray|failed|weak|disaster",
    },
}


def scores(y_true, y_pred) -> dict:
    """Macro-F1, SemEval's mean F1 of favor and against, per-class P/R/F1 and the confusion."""
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    p, r, f, n = precision_recall_fscore_support(y_true, y_pred, labels=list(LABELS),
                                                 zero_division=0)
    per_class = {label: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]),
                         "support": int(n[i])} for i, label in enumerate(LABELS)}
    return {
        "n": int(len(y_true)),
        "macro_f1": float(f1_score(y_true, y_pred, labels=list(LABELS), average="macro",
                                   zero_division=0)),
        "semeval_f1": float((f[0] + f[1]) / 2),
        "per_class": per_class,
        "confusion": confusion_matrix(y_true, y_pred, labels=list(LABELS)).tolist(),
    }


def majority_baseline(train_labels: pd.Series, n: int) -> np.ndarray:
    """The most frequent training label, everywhere."""
    return np.array([train_labels.value_counts().idxmax()] * n)


def keyword_baseline(texts: pd.Series, target: str) -> np.ndarray:
    """favor/against when that label's keywords appear (against wins ties), else none."""
    rules = {label: re.compile(p, re.I) for label, p in KEYWORDS[target].items()}
    out = []
    for text in texts.fillna("").astype(str):
        if rules["against"].search(text):
            out.append("against")
        elif rules["favor"].search(text):
            out.append("favor")
        else:
            out.append("none")
    return np.array(out)


def vader_baseline(compound: pd.Series, threshold: float = 0.05) -> np.ndarray:
    """VADER's sign as stance: positive -> favor, negative -> against."""
    c = compound.to_numpy(dtype=float)
    return np.where(c >= threshold, "favor", np.where(c <= -threshold, "against", "none"))


def markdown_table(rows: dict[str, dict]) -> str:
    """One line per system: macro-F1, SemEval F1 and per-class F1."""
    lines = ["| system | macro-F1 | SemEval F1 (favor, against) | F1 favor | F1 against | "
             "F1 none |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, s in rows.items():
        pc = s["per_class"]
        lines.append(f"| {name} | {s['macro_f1']:.3f} | {s['semeval_f1']:.3f} | "
                     f"{pc['favor']['f1']:.3f} | {pc['against']['f1']:.3f} | "
                     f"{pc['none']['f1']:.3f} |")
    return "\n".join(lines)


def confusion_table(s: dict) -> str:
    """The confusion matrix as Markdown (rows: gold, columns: predicted)."""
    lines = ["| gold \\ predicted | " + " | ".join(LABELS) + " |",
             "| --- | " + " | ".join("---:" for _ in LABELS) + " |"]
    for label, row in zip(LABELS, s["confusion"], strict=True):
        lines.append(f"| {label} | " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(lines)


def per_class_table(s: dict) -> str:
    lines = ["| class | precision | recall | F1 | support |", "| --- | ---: | ---: | ---: | ---: |"]
    for label in LABELS:
        c = s["per_class"][label]
        lines.append(f"| {label} | {c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} | "
                     f"{c['support']} |")
    return "\n".join(lines)

"""Sentiment of statements: VADER's compound score, and a news-trained alternative.

VADER is a lexicon built for social media; on news it is weak (``benchmarks/sentiment.py``
measures it). The alternative is a TF-IDF + logistic regression model trained on NewsMTSC
(targeted sentiment in news sentences, MIT licence). NewsMTSC gives one polarity per *target
mention*; statements have no target, so the model reads the sentence alone and learns from
the sentences whose targets all share one polarity (95% of train; a sentence whose targets
disagree has no sentence label). It outputs negative / neutral / positive, and
P(positive) - P(negative) as a score. Measured (``benchmarks/results/sentiment.json``): it
beats VADER's three classes on held-out NewsMTSC, but its score correlates worse than VADER's
compound with human tone ratings of NYT editorial sentences.

Models are saved with skops, never pickle, and loaded only when every type in the file is
one our pipelines are made of (``TRUSTED_TYPES``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from stance.modelfiles import ModelFileError, load_skops, save_skops

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

THRESHOLD = 0.05
LABELS = ("negative", "neutral", "positive")
NEWSMTSC_POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}

# Chosen by 5-fold cross-validation on NewsMTSC train (grouped by article); the benchmark
# re-runs that search with --train-model and reports its table.
NEWS_PARAMS = {"C": 1.0, "char_ngrams": True}

# The types a news model is made of. A file holding anything else is refused unread.
TRUSTED_TYPES = frozenset({
    "sklearn.pipeline.Pipeline",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "numpy.ndarray",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
})



# -- VADER ---------------------------------------------------------------------------------------
def _as_text(value) -> str:
    """A text cell as a string; None and NaN become ''."""
    if isinstance(value, str):
        return value
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


VADER_COLUMNS = ("vader_compound", "vader_pos", "vader_neg")


def vader_table(texts: Iterable[str]) -> np.ndarray:
    """VADER's compound, positive and negative scores, one row per text (missing text: 0)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    rows = []
    for text in texts:
        s = analyzer.polarity_scores(_as_text(text))
        rows.append((s["compound"], s["pos"], s["neg"]))
    return np.asarray(rows, dtype=float).reshape(len(rows), 3)


def vader_scores(texts: Iterable[str]) -> list[float]:
    """VADER's compound score in [-1, 1] for each text (missing text scores 0.0)."""
    return [float(c) for c in vader_table(texts)[:, 0]]


def label_from_compound(c: float, threshold: float = THRESHOLD) -> str:
    """'positive' at or above +threshold, 'negative' at or below -threshold, else 'neutral'."""
    if c >= threshold:
        return "positive"
    if c <= -threshold:
        return "negative"
    return "neutral"


def score_frame(df: pd.DataFrame, text_col: str = "text") -> pd.DataFrame:
    """A copy of `df` with VADER's `sentiment` (compound) and `sentiment_label` columns."""
    if text_col not in df.columns:
        raise KeyError(f"score_frame: no column {text_col!r} (columns: {list(df.columns)})")
    out = df.copy()
    out["sentiment"] = pd.Series(vader_scores(out[text_col]), index=out.index, dtype=float)
    out["sentiment_label"] = pd.Series(
        [label_from_compound(c) for c in out["sentiment"]], index=out.index, dtype=str)
    return out


# -- NewsMTSC ------------------------------------------------------------------------------------
def read_newsmtsc(path: str | Path) -> pd.DataFrame:
    """One row per target of a NewsMTSC jsonl file: sentence, target span and label."""
    path = Path(path)
    rows = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            gid = record["primary_gid"]
            for target in record["targets"]:
                label = NEWSMTSC_POLARITY.get(target["polarity"])
                if label is None:
                    raise ValueError(f"{path}:{lineno}: unknown polarity {target['polarity']!r}")
                rows.append({"sentence_id": gid, "article_id": "_".join(gid.split("_")[:3]),
                             "text": record["sentence_normalized"], "target": target["mention"],
                             "start": target["from"], "end": target["to"], "label": label})
    return pd.DataFrame(rows, columns=["sentence_id", "article_id", "text", "target", "start",
                                       "end", "label"])


def sentence_labels(targets: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence whose targets all share one label (the model's training rows)."""
    agree = targets.groupby("sentence_id", sort=False)["label"].transform("nunique") == 1
    return targets[agree].drop_duplicates("sentence_id")[["sentence_id", "article_id", "text",
                                                           "label"]].reset_index(drop=True)


# -- the news model ------------------------------------------------------------------------------
def news_pipeline(C: float = 1.0, char_ngrams: bool = True, random_state: int = 0) -> Pipeline:
    """An unfitted TF-IDF (word 1-2 grams, optionally char 2-5 grams) + logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    word = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
    features = FeatureUnion([("word", word), ("char", char if char_ngrams else "drop")])
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=2000,
                             random_state=random_state)
    return Pipeline([("features", features), ("clf", clf)])


def train_news_model(texts: Sequence[str], labels: Sequence[str], random_state: int = 0,
                     **params) -> Pipeline:
    """Fit the news model on texts and negative/neutral/positive labels (NEWS_PARAMS by default)."""
    bad = sorted(set(labels) - set(LABELS))
    if bad:
        raise ValueError(f"train_news_model: unknown labels {bad}; expected {list(LABELS)}")
    model = news_pipeline(**{**NEWS_PARAMS, **params}, random_state=random_state)
    return model.fit([_as_text(t) for t in texts], list(labels))


def news_scores(model: Pipeline, texts: Iterable[str]) -> tuple[list[str], list[float]]:
    """The model's label for each text and the probability it gives that label."""
    proba = model.predict_proba([_as_text(t) for t in texts])
    classes = model.classes_
    best = proba.argmax(axis=1)
    return [str(classes[i]) for i in best], [float(p) for p in proba.max(axis=1)]


def news_polarity(model: Pipeline, texts: Iterable[str]) -> list[float]:
    """P(positive) - P(negative) for each text: a score in [-1, 1] like VADER's compound."""
    proba = model.predict_proba([_as_text(t) for t in texts])
    classes = list(model.classes_)
    pos, neg = classes.index("positive"), classes.index("negative")
    return [float(p) for p in proba[:, pos] - proba[:, neg]]


def save_model(model: Pipeline, path: str | Path) -> Path:
    """Write `model` as a skops file, byte-for-byte the same for the same model."""
    return save_skops(model, path)


def load_model(path: str | Path) -> Pipeline:
    """Load a news model, refusing (ValueError) a file that holds a type outside TRUSTED_TYPES."""
    from sklearn.pipeline import Pipeline

    model = load_skops(path, TRUSTED_TYPES)
    if not isinstance(model, Pipeline):
        raise ModelFileError(f"{path}: holds a {type(model).__name__}, not a scikit-learn "
                             "Pipeline")
    return model

"""Sentiment of statements: VADER's compound score and its label."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

THRESHOLD = 0.05


def vader_scores(texts: Iterable[str]) -> list[float]:
    """VADER compound scores in [-1, 1]; one analyser per call, not per text."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    return [analyzer.polarity_scores(t)["compound"] if isinstance(t, str) and t.strip() else 0.0
            for t in texts]


def label_from_compound(c: float, threshold: float = THRESHOLD) -> str:
    """positive (>= +threshold), negative (<= -threshold) or neutral."""
    if c >= threshold:
        return "positive"
    if c <= -threshold:
        return "negative"
    return "neutral"


def score_frame(df: pd.DataFrame, text_col: str = "text") -> pd.DataFrame:
    """A copy of `df` with `sentiment` (compound) and `sentiment_label` columns."""
    out = df.copy()
    out["sentiment"] = vader_scores(out[text_col].tolist()) if len(out) else []
    out["sentiment_label"] = out["sentiment"].map(label_from_compound)
    return out

"""Features for stance: the statement and its context as text, target terms, and sentiment."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from stance.sentiment import VADER_COLUMNS, vader_table

# Mentions of each side, counted separately in the statement and in its context: a hostile
# statement about Russia reads differently from one about Ukraine or the United States. Whole
# words only, and "US" in capitals: "said" holds no "aid", "really" no "ally", "us" is no
# country, "accusation" no "usa".
TERMS = {
    "ukraine": r"\bukrain\w*|\bkyiv\b|\bkiev\b|\bzelensk\w*|\bkharkiv\b|\bmariupol\b|\bdonbas\w*",
    "russia": r"\brussia\w*|\bkremlin\b|\bmoscow\b|\bputin\w*|\blavrov\b|\bpeskov\b|\bsoviet\w*",
    "us": r"\bamerica\w*|\bu\.s\.|(?-i:\bUS\b)|\busa\b|\bunited states\b|\bwashington\b|"
          r"\bbiden\w*|\btrump\w*|\bpentagon\b|\bwhite house\b|\bblinken\b|\bstate department\b",
    "west": r"\bnato\b|\bwest\w*|\beu\b|\beurope\w*|\ballies\b|\balliance\w*",
    "war": r"\binvasion\w*|\binvade\w*|\bwars?\b|\battack\w*|\bshell\w*|\bmissile\w*|\btroops?\b|"
           r"\bkill\w*|\bcivilian\w*",
    "aid": r"\baid\b|\bsupport\w*|\bweapon\w*|\bsanction\w*|\bassistance\b|\bhelp\w*|"
           r"\barm(?:s|ed|ing|y|ies|ament\w*)?\b",
    "blame": r"\bprovocat\w*|\bnazi\w*|\baggress\w*|\blie[sd]?\b|\blying\b|\bpropaganda\b|"
             r"\bfault\w*|\bblame\w*|\bthreat\w*",
    "thanks": r"\bthank\w*|\bgrateful\b|\bgratitude\b|\bpartner\w*|\bally\b|\bfriend\w*",
}
# All the terms in one pattern, so that a text is scanned once, not once per side.
ANY_TERM = re.compile("|".join(f"(?P<{name}>{p})" for name, p in TERMS.items()), re.I)


def term_counts(texts) -> np.ndarray:
    """How often each side's terms occur in each text (a match counts for its first side)."""
    index = {name: j for j, name in enumerate(TERMS)}
    out = np.zeros((len(texts), len(TERMS)))
    for i, text in enumerate(texts):
        for m in ANY_TERM.finditer(text):
            out[i, index[m.lastgroup]] += 1
    return out


def combined_text(df: pd.DataFrame) -> pd.Series:
    """The statement, then its context, for the word vectoriser."""
    text = df["text"].fillna("").astype(str)
    context = df["context"].fillna("").astype(str) if "context" in df else ""
    return text + " || " + context


class TargetTerms(BaseEstimator, TransformerMixin):
    """Counts of each side's terms in the statement and in its context (log-scaled)."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        parts = []
        for field in ("text", "context"):
            values = X[field].fillna("").astype(str) if field in X else pd.Series([""] * len(X))
            parts.append(np.log1p(term_counts(values.tolist())))
        return np.hstack(parts)

    def get_feature_names_out(self, input_features=None):
        return np.array([f"{f}_{n}" for f in ("text", "context") for n in TERMS])


class VaderFeatures(BaseEstimator, TransformerMixin):
    """VADER's compound, positive and negative scores of the statement; precomputed
    `vader_*` columns are used when the caller has them (they are the same numbers)."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        if all(c in X for c in VADER_COLUMNS):
            return X[list(VADER_COLUMNS)].to_numpy(dtype=float)
        return vader_table(X["text"].tolist())

    def get_feature_names_out(self, input_features=None):
        return np.array(["vader_compound", "vader_pos", "vader_neg"])


def looks_english(text: str) -> bool:
    """Enough English function words to be worth classifying (empty and foreign text isn't)."""
    words = re.findall(r"[a-z']+", text.lower())
    if len(words) < 2:
        return False
    return sum(w in ENGLISH_STOP_WORDS for w in words) / len(words) >= 0.15

"""The labelled-data file (specs/labels.md): reading, validation and the fixed test split."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass

import pandas as pd

COLUMNS = ("text", "context", "speaker", "ukraine", "us", "source", "date", "url")
TARGETS = ("ukraine", "us")
LABELS = ("favor", "against", "none")


class LabelledDataError(ValueError):
    """A labelled file that cannot be trained on; the message names the file and row."""


@dataclass(frozen=True)
class Labelled:
    """Validated labelled rows and the origin they came from."""

    frame: pd.DataFrame
    origin: str


def parse_labelled(text: str, origin: str = "<labelled>") -> Labelled:
    """Validate a labelled CSV's text; every problem names the file and the CSV row."""
    try:
        rows = list(csv.DictReader(io.StringIO(text)))
    except csv.Error as exc:
        raise LabelledDataError(f"{origin}: not a readable CSV ({exc})") from None
    if not rows:
        raise LabelledDataError(f"{origin}: no rows")
    missing = [c for c in ("text", "ukraine", "us") if c not in rows[0]]
    if missing:
        raise LabelledDataError(f"{origin}: missing column(s) {', '.join(missing)} "
                                f"(columns: {', '.join(rows[0])})")
    seen: dict[tuple[str, str], int] = {}
    for i, row in enumerate(rows, start=2):  # row 1 is the header
        if None in row:
            raise LabelledDataError(f"{origin}:{i}: more fields than the header has")
        if not (row.get("text") or "").strip():
            raise LabelledDataError(f"{origin}:{i}: empty text")
        for target in TARGETS:
            if row[target] not in LABELS:
                raise LabelledDataError(f"{origin}:{i}: unknown {target} label {row[target]!r} "
                                        f"(expected one of {', '.join(LABELS)})")
        key = (row["text"].strip(), (row.get("context") or "").strip())
        if key in seen:
            raise LabelledDataError(f"{origin}:{i}: duplicate of row {seen[key]}")
        seen[key] = i
    frame = pd.DataFrame(rows).fillna("")
    for col in COLUMNS:
        if col not in frame:
            frame[col] = ""
    return Labelled(frame[list(COLUMNS)], origin)


def row_key(text: str, context: str) -> str:
    """A stable id for a labelled row, used to pin the test split."""
    return hashlib.sha1(f"{text}\x1f{context}".encode()).hexdigest()[:16]


def stratified_split(frame: pd.DataFrame, test_size: float = 0.2, seed: int = 0) -> pd.Series:
    """'train'/'test' per row, stratified on both targets' labels jointly."""
    from sklearn.model_selection import train_test_split

    strata = frame["ukraine"] + "|" + frame["us"]
    counts = strata.value_counts()
    strata = strata.where(strata.map(counts) >= 2, "rare")
    if (strata == "rare").sum() == 1:  # a lone rare row joins the largest stratum
        strata = strata.replace("rare", strata.value_counts().idxmax())
    _, test_idx = train_test_split(frame.index, test_size=test_size, random_state=seed,
                                   stratify=strata)
    split = pd.Series("train", index=frame.index)
    split[test_idx] = "test"
    return split

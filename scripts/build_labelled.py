"""Build data/labelled/statements.csv and split.csv from the raw labelling records.

    python scripts/build_labelled.py

data/labelled/raw/ holds each sampling round (round*-sample.csv, from
scripts/sample_for_labelling.py) and each labeller's file (labels-batch*.csv: row, valid,
speaker_fix, ukraine, us). Rows marked invalid are dropped; a corrected speaker replaces the
engine's. The test split is fixed once per row (split.csv, keyed by text and context) and is
kept as it is when rows are added. The second labeller's file is only used for agreement.
"""

from __future__ import annotations

import glob
from pathlib import Path

import pandas as pd

from stance.atomic import atomic_write
from stance.classify.labelled import COLUMNS, row_key, stratified_split

ROOT = Path(__file__).resolve().parents[1] / "data" / "labelled"


def load_raw(raw: Path) -> pd.DataFrame:
    samples = pd.concat([pd.read_csv(p) for p in sorted(glob.glob(str(raw / "round*-sample.csv")))])
    labels = pd.concat([pd.read_csv(p, dtype={"speaker_fix": str})
                        for p in sorted(glob.glob(str(raw / "labels-batch*.csv")))])
    merged = samples.merge(labels, on="row", how="inner", validate="one_to_one")
    merged = merged[merged["valid"].str.strip().str.lower() == "yes"].copy()
    fix = merged["speaker_fix"].fillna("").str.strip()
    merged["speaker"] = fix.where(fix != "", merged["speaker"])
    merged["source"] = merged["source"].str.replace(r"^www\.", "", regex=True)
    return merged


def main() -> None:
    rows = load_raw(ROOT / "raw")
    rows = rows.drop_duplicates(["text", "context"])
    out = rows[list(COLUMNS)].reset_index(drop=True)
    keys = [row_key(t, c) for t, c in zip(out["text"], out["context"], strict=True)]
    split_path = ROOT / "split.csv"
    known = (pd.read_csv(split_path) if split_path.exists()
             else pd.DataFrame(columns=["key", "split"]))
    fixed = dict(zip(known["key"], known["split"], strict=True))
    new = [i for i, k in enumerate(keys) if k not in fixed]
    if new:
        fresh = stratified_split(out.iloc[new], seed=len(fixed))
        fixed.update({keys[i]: fresh.loc[out.index[i]] for i in new})
    with atomic_write(ROOT / "statements.csv") as fh:
        out.to_csv(fh, index=False)
    with atomic_write(split_path) as fh:
        pd.DataFrame({"key": keys, "split": [fixed[k] for k in keys]}).to_csv(fh, index=False)
    n_test = sum(fixed[k] == "test" for k in keys)
    print(f"{len(out)} labelled statements; {n_test} in the test split")
    for target in ("ukraine", "us"):
        print(target, out[target].value_counts().to_dict())


if __name__ == "__main__":
    main()

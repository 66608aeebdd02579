"""Agreement between the first labels and an independent second labelling (Cohen's kappa).

    python scripts/agreement.py

Compares each second labelling (data/labelled/raw/labels-second-labeller*.csv: round 1 and
round 3) with the batch labels of the same rows, per file and pooled.
"""

from __future__ import annotations

import glob
from pathlib import Path

import pandas as pd
from sklearn.metrics import cohen_kappa_score

RAW = Path(__file__).resolve().parents[1] / "data" / "labelled" / "raw"


def main() -> None:
    files = sorted(glob.glob(str(RAW / "labels-batch*.csv")))
    first = pd.concat([pd.read_csv(p, dtype=str) for p in files])
    seconds = {Path(p).stem: pd.read_csv(p, dtype=str)
               for p in sorted(glob.glob(str(RAW / "labels-second-labeller*.csv")))}
    seconds["pooled"] = pd.concat(seconds.values())
    for name, second in seconds.items():
        print(f"## {name}")
        report(first.merge(second, on="row", suffixes=("_1", "_2")))


def report(both: pd.DataFrame) -> None:
    valid = both[(both["valid_1"] == "yes") & (both["valid_2"] == "yes")]
    print(f"{len(both)} rows labelled twice; {len(valid)} valid for both labellers")
    print(f"validity: agreement {(both['valid_1'] == both['valid_2']).mean():.3f}, "
          f"kappa {cohen_kappa_score(both['valid_1'], both['valid_2']):.3f}")
    print("| target | rows | raw agreement | Cohen's kappa |")
    print("| --- | ---: | ---: | ---: |")
    for target in ("ukraine", "us"):
        for name, rows in (("both valid", valid), ("all", both)):
            a, b = rows[f"{target}_1"], rows[f"{target}_2"]
            print(f"| {target} ({name}) | {len(rows)} | {(a == b).mean():.3f} | "
                  f"{cohen_kappa_score(a, b):.3f} |")


if __name__ == "__main__":
    main()

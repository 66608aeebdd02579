"""Per-actor statistics with uncertainty, as a reduction that can run over chunks.

The scored statements table (one row per statement) is reduced in two steps:

    partial_counts(chunk)  ->  per-group sufficient statistics (integers and sets of ids)
    combine(parts)         ->  the same statistics summed over chunks
    finalize(counts)       ->  shares, net stance, means and intervals

Every statistic kept by `partial_counts` is an integer count, an integer sum, a set of
article ids or a min/max of ISO date strings, so `combine` is exact and order-free, and
``finalize(combine(partial_counts(c) for c in chunks))`` equals ``aggregate(whole)``
bit for bit however the table is split. `aggregate(df)` is ``finalize(partial_counts(df))``.

Sentiment is summed in fixed point, in units of 1e-4 (`SENTIMENT_SCALE`): VADER rounds
its compound score to four decimals, so for VADER output this loses nothing, and for any
other score in [-1, 1] the error is at most 5e-5 per statement. Floating-point sums are
not associative, so summing raw floats would make the result depend on the chunking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from statistics import NormalDist

import numpy as np
import pandas as pd

__all__ = [
    "AggregateOptions",
    "GROUP_KEYS",
    "LABELS",
    "SENTIMENT_SCALE",
    "TARGETS",
    "aggregate",
    "combine",
    "finalize",
    "iso_dates",
    "months",
    "partial_counts",
    "result_columns",
]

TARGETS = ("ukraine", "us")
LABELS = ("favor", "against", "none")
GROUP_KEYS = ("speaker", "outlet", "month")
SENTIMENT_SCALE = 10_000  # sentiment is summed in units of 1/SENTIMENT_SCALE
UNKNOWN_OUTLET = "(unknown)"
UNDATED = "(undated)"
NET_METHODS = ("wald", "dirichlet")

_COUNT_COLUMNS = (
    "n",
    "sentiment_n",
    "sentiment_sum",
    "sentiment_sumsq",
    *(f"{t}_{lab}_n" for t in TARGETS for lab in LABELS),
)
_STAT_COLUMNS = (*_COUNT_COLUMNS, "article_ids", "first_date", "last_date")


@dataclass(frozen=True)
class AggregateOptions:
    """How statements are grouped, and how much evidence an actor needs to be charted.

    by:             group keys, from "speaker", "outlet", "month" (default: per speaker).
                    Statements with no speaker are left out when "speaker" is a key; a missing
                    outlet is grouped as "(unknown)" and an unparseable date as "(undated)".
    min_statements: a group with at least this many statements is `charted`.
    level:          confidence level of every interval.
    net_method:     "wald" (default: adjusted Wald, analytic) or "dirichlet" (Monte Carlo
                    draws from the Dirichlet posterior of the label counts, `n_boot` draws
                    seeded from `seed` and the counts themselves).
    n_boot, seed:   used by net_method="dirichlet" only.
    """

    by: tuple[str, ...] = ("speaker",)
    min_statements: int = 5
    n_boot: int = 2000
    seed: int = 0
    level: float = 0.95
    net_method: str = "wald"

    def __post_init__(self) -> None:
        by = tuple(self.by) if not isinstance(self.by, str) else (self.by,)
        object.__setattr__(self, "by", by)
        if not by or len(set(by)) != len(by) or not set(by) <= set(GROUP_KEYS):
            raise ValueError(f"by must be distinct keys from {GROUP_KEYS}, got {self.by!r}")
        if not 0 < self.level < 1:
            raise ValueError(f"level must be in (0, 1), got {self.level!r}")
        if self.min_statements < 0:
            raise ValueError("min_statements must be >= 0")
        if self.n_boot < 1:
            raise ValueError("n_boot must be >= 1")
        if self.net_method not in NET_METHODS:
            raise ValueError(f"net_method must be one of {NET_METHODS}, got {self.net_method!r}")


def result_columns(by: Iterable[str] = ("speaker",)) -> list[str]:
    """The columns of the aggregate table, in order."""
    cols = [*by, "n_statements", "n_articles", "first_date", "last_date",
            "sentiment_mean", "sentiment_lo", "sentiment_hi"]
    for t in TARGETS:
        cols += [f"{t}_{lab}_n" for lab in LABELS]
        cols += [f"{t}_{lab}_share" for lab in LABELS]
        cols += [f"{t}_net", f"{t}_net_lo", f"{t}_net_hi"]
    return [*cols, "charted"]


# ------------------------------------------------------------------------------ dates

_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


@lru_cache(maxsize=1 << 16)
def _iso_day_of_text(text: str) -> str | None:
    m = _ISO_DAY.match(text)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _iso_day(value: object) -> str | None:
    if isinstance(value, str):
        return _iso_day_of_text(value)
    if isinstance(value, (datetime, date)) and not pd.isna(value):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, np.datetime64) and not np.isnat(value):
        return str(value.astype("datetime64[D]"))
    return None


def _iso_day_list(values: Iterable[object]) -> list[str | None]:
    return [_iso_day(v) for v in values]


def iso_dates(values: pd.Series) -> pd.Series:
    """ISO yyyy-mm-dd where a value is (or starts with) a valid ISO date, else None.

    The corpus reader already turns every date it can parse into yyyy-mm-dd and keeps the
    rest raw, so only ISO dates (and datetime values) are read here.
    """
    return pd.Series(_iso_day_list(values.to_numpy(dtype=object)), index=values.index,
                     dtype=object)


def months(values: pd.Series) -> pd.Series:
    """yyyy-mm where the date parses (see `iso_dates`), else None."""
    return pd.Series([d[:7] if d else None for d in _iso_day_list(values.to_numpy(dtype=object))],
                     index=values.index, dtype=object)


def _day_int(day: str | None, missing: int) -> int:
    return int(day[:4] + day[5:7] + day[8:10]) if isinstance(day, str) else missing


def _day_str(value: int) -> str | None:
    if value <= 0 or value >= _NO_DAY_HI:
        return None
    return f"{value // 10000:04d}-{value // 100 % 100:02d}-{value % 100:02d}"


# ---------------------------------------------------------------------- partial counts

_NO_DAY_HI = 99_999_999  # "no date" for a running minimum of yyyymmdd integers


def _keys_of(counts: pd.DataFrame) -> list[str]:
    return [c for c in counts.columns if c not in _STAT_COLUMNS]


def _column(df: pd.DataFrame, name: str) -> np.ndarray:
    if name in df.columns:
        return df[name].to_numpy(dtype=object)
    return np.full(len(df), None, dtype=object)


def _reduce(keys: list[str], key_cols: list[list], matrix: np.ndarray, ids: list,
            first: np.ndarray, last: np.ndarray, ids_are_sets: bool) -> pd.DataFrame:
    """Group rows by their key tuples and reduce them exactly; the one place counts are built.

    key_cols: one list of str per key; matrix: int64 (rows x _COUNT_COLUMNS); ids: an article
    id (or None) per row, or a set of ids per row; first/last: yyyymmdd ints per row
    (missing = _NO_DAY_HI / 0). Returns the canonical counts table, sorted by the keys.
    """
    index: dict[tuple, int] = {}
    codes = np.fromiter((index.setdefault(t, len(index)) for t in zip(*key_cols, strict=True)),
                        dtype=np.int64, count=len(matrix))
    groups = len(index)
    sums = np.zeros((groups, len(_COUNT_COLUMNS)), dtype=np.int64)
    np.add.at(sums, codes, matrix)
    lo = np.full(groups, _NO_DAY_HI, dtype=np.int64)
    hi = np.zeros(groups, dtype=np.int64)
    np.minimum.at(lo, codes, first)
    np.maximum.at(hi, codes, last)
    id_sets: list[set] = [set() for _ in range(groups)]
    if ids_are_sets:
        for c, s in zip(codes.tolist(), ids, strict=True):
            id_sets[c].update(s)
    else:
        for c, a in zip(codes.tolist(), ids, strict=True):
            if a is not None:
                id_sets[c].add(a)
    tuples = list(index)
    order = sorted(range(groups), key=tuples.__getitem__)
    frame: dict[str, np.ndarray] = {
        k: _objects([tuples[g][i] for g in order]) for i, k in enumerate(keys)}
    for j, c in enumerate(_COUNT_COLUMNS):
        frame[c] = sums[order, j]
    frame["article_ids"] = _objects([frozenset(id_sets[g]) for g in order])
    frame["first_date"] = _objects([_day_str(int(lo[g])) for g in order])
    frame["last_date"] = _objects([_day_str(int(hi[g])) for g in order])
    return pd.DataFrame(frame, copy=False)


def _objects(values: list) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _empty_counts(keys: Iterable[str]) -> pd.DataFrame:
    return _reduce(list(keys), [[] for _ in keys], np.zeros((0, len(_COUNT_COLUMNS)), "int64"),
                   [], np.zeros(0, "int64"), np.zeros(0, "int64"), False)


def partial_counts(df: pd.DataFrame, by: Iterable[str] = ("speaker",)) -> pd.DataFrame:
    """Per-group sufficient statistics of one chunk of the scored statements table.

    One row per group: the group keys, then `n` (statements), `sentiment_n`,
    `sentiment_sum` and `sentiment_sumsq` (integers in units of 1/SENTIMENT_SCALE and its
    square; scores are clipped to [-1, 1]), `<target>_<label>_n` for each target and label,
    `article_ids` (frozenset of distinct ids), `first_date` and `last_date` (ISO strings or
    None). Sorted by the keys.
    Statements without a speaker are dropped when "speaker" is a key; a missing outlet is
    grouped as "(unknown)" and a date that does not parse as "(undated)".
    """
    by = AggregateOptions(by=tuple(by)).by
    keys = list(by)
    if df is None or len(df) == 0:
        return _empty_counts(keys)
    if "speaker" in by and "speaker" not in df.columns:
        raise ValueError("the statements table has no 'speaker' column")
    keep = np.ones(len(df), dtype=bool)
    if "speaker" in by:
        keep = ~pd.isna(df["speaker"].to_numpy(dtype=object))
    rows = df[keep] if not keep.all() else df
    if len(rows) == 0:
        return _empty_counts(keys)

    days = _iso_day_list(_column(rows, "date"))
    key_cols = []
    for k in by:
        if k == "speaker":
            key_cols.append([str(v) for v in rows["speaker"].to_numpy(dtype=object)])
        elif k == "outlet":
            key_cols.append([UNKNOWN_OUTLET if pd.isna(v) else str(v)
                             for v in _column(rows, "outlet")])
        else:
            key_cols.append([d[:7] if d else UNDATED for d in days])

    n = len(rows)
    matrix = np.zeros((n, len(_COUNT_COLUMNS)), dtype=np.int64)
    matrix[:, 0] = 1
    if "sentiment" in rows.columns:
        sent = pd.to_numeric(rows["sentiment"], errors="coerce").to_numpy(dtype="float64")
    else:
        sent = np.full(n, np.nan)
    q = np.rint(np.clip(sent, -1.0, 1.0) * SENTIMENT_SCALE)  # compound scores lie in [-1, 1]
    has = ~np.isnan(q)
    qi = np.where(has, q, 0).astype(np.int64)
    matrix[:, 1] = has
    matrix[:, 2] = qi
    matrix[:, 3] = qi * qi
    j = 4
    for t in TARGETS:
        labels = np.array([v.strip().lower() if isinstance(v, str) else ""
                           for v in _column(rows, t)], dtype=object)
        for lab in LABELS:
            matrix[:, j] = labels == lab
            j += 1

    ids = [None if pd.isna(v) else str(v) for v in _column(rows, "article_id")]
    first = np.fromiter((_day_int(d, _NO_DAY_HI) for d in days), dtype=np.int64, count=n)
    last = np.fromiter((_day_int(d, 0) for d in days), dtype=np.int64, count=n)
    return _reduce(keys, key_cols, matrix, ids, first, last, ids_are_sets=False)


def combine(parts: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Sum the partial counts of several chunks (exact: integers, set unions, min/max)."""
    parts = [p for p in parts if p is not None]
    if not parts:
        return _empty_counts(["speaker"])
    keys = _keys_of(parts[0])
    for p in parts[1:]:
        if _keys_of(p) != keys:
            raise ValueError(f"partial counts grouped differently: {keys} vs {_keys_of(p)}")
    parts = [p for p in parts if len(p)]
    if not parts:
        return _empty_counts(keys)
    allc = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    key_cols = [allc[k].tolist() for k in keys]
    first = [_day_int(_iso_day(d), _NO_DAY_HI) for d in allc["first_date"].tolist()]
    last = [_day_int(_iso_day(d), 0) for d in allc["last_date"].tolist()]
    return _reduce(keys, key_cols, allc[list(_COUNT_COLUMNS)].to_numpy(dtype=np.int64),
                   allc["article_ids"].tolist(), np.asarray(first, dtype=np.int64),
                   np.asarray(last, dtype=np.int64), ids_are_sets=True)


# --------------------------------------------------------------------------- intervals


def _z(level: float) -> float:
    return NormalDist().inv_cdf(0.5 + level / 2)


def _t_crit(level: float, dof: np.ndarray) -> np.ndarray:
    out = np.full(dof.shape, np.nan)
    ok = dof >= 1
    if ok.any():
        # scipy (a scikit-learn dependency); scipy.special loads far faster than scipy.stats
        from scipy.special import stdtrit

        out[ok] = stdtrit(dof[ok].astype("float64"), 0.5 + level / 2)
    return out


def _sentiment_stats(counts: pd.DataFrame, level: float):
    k = counts["sentiment_n"].to_numpy(dtype="int64")
    s = counts["sentiment_sum"].tolist()
    ss = counts["sentiment_sumsq"].tolist()
    kk = k.tolist()
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.array([si / (SENTIMENT_SCALE * ki) if ki else np.nan
                         for si, ki in zip(s, kk, strict=True)], dtype="float64")
        # sample variance from exact integer sums: (k*SS - S^2) / (k (k-1)), no cancellation
        var = np.array([(ki * ssi - si * si) / (ki * (ki - 1)) / SENTIMENT_SCALE**2
                        if ki > 1 else np.nan for si, ssi, ki in zip(s, ss, kk, strict=True)],
                       dtype="float64")
        half = _t_crit(level, k - 1) * np.sqrt(var) / np.sqrt(k)
    lo = np.clip(mean - half, -1.0, 1.0)
    hi = np.clip(mean + half, -1.0, 1.0)
    return mean, lo, hi


def _net_wald(f: np.ndarray, a: np.ndarray, m: np.ndarray, level: float):
    """Adjusted Wald interval for p_favor - p_against from one multinomial sample.

    Add one pseudo-count to favor and to against (n + 2 in all) and use the multinomial
    variance of a difference of two cell proportions, Var = (p1 + p2 - (p1 - p2)^2) / n.
    This is the adjusted Wald interval for a difference of paired proportions (Bonett and
    Price 2012, in the Agresti-Caffo/Agresti-Min family): the difference of two discordant
    cells of a 2x2 table has exactly this form.  The plain Wald interval has zero width when
    every statement has the same label and under-covers at small n; the adjusted one needs
    only the counts and, at the 95% level, has exact coverage (enumerated over a grid of
    p_favor, p_against in steps of 0.05) averaging 0.976, 0.966, 0.961 and 0.955 at n = 5,
    10, 20 and 50, with a worst case of 0.89 (n = 10, extreme shares).
    """
    n = f + a + m
    with np.errstate(invalid="ignore", divide="ignore"):
        p1 = (f + 1) / (n + 2)
        p2 = (a + 1) / (n + 2)
        centre = p1 - p2
        half = _z(level) * np.sqrt((p1 + p2 - centre**2) / (n + 2))
    lo, hi = centre - half, centre + half
    lo[n == 0] = np.nan
    hi[n == 0] = np.nan
    return lo, hi


def _net_dirichlet(f, a, m, level: float, n_boot: int, seed: int):
    """Equal-tailed interval of p_favor - p_against under a Dirichlet(counts + 1/2) posterior.

    Each group's generator is seeded from (seed, favor, against, none), so the interval is a
    function of the counts alone: deterministic and independent of the chunking.
    """
    lo = np.full(len(f), np.nan)
    hi = np.full(len(f), np.nan)
    cache: dict[tuple[int, int, int], tuple[float, float]] = {}
    tail = (1 - level) / 2
    for i, key in enumerate(zip(f.tolist(), a.tolist(), m.tolist(), strict=True)):
        if sum(key) == 0:
            continue
        if key not in cache:
            rng = np.random.default_rng([seed, *key])
            p = rng.dirichlet(np.asarray(key, dtype="float64") + 0.5, size=n_boot)
            d = p[:, 0] - p[:, 1]
            cache[key] = (float(np.quantile(d, tail)), float(np.quantile(d, 1 - tail)))
        lo[i], hi[i] = cache[key]
    return lo, hi


# ---------------------------------------------------------------------------- finalize


def finalize(counts: pd.DataFrame, options: AggregateOptions = AggregateOptions()) -> pd.DataFrame:
    """Shares, net stance, mean sentiment and their intervals from (combined) partial counts.

    Mean sentiment: a Student t interval, mean +/- t_{n-1} s / sqrt(n), computed from n, the
    sum and the sum of squares. The compound score is bounded in [-1, 1], so the mean is
    close to normal for the sample sizes that get charted (n >= min_statements), and a
    bootstrap over statements would need the raw scores, which the reduction does not keep.
    NaN for n < 2; clipped to [-1, 1].

    Net stance (favor - against) / n: by default the adjusted Wald interval (see
    `_net_wald`), analytic, deterministic and a function of the label counts only; or, with
    net_method="dirichlet", a seeded Monte Carlo interval from the Dirichlet posterior of the
    counts. Either is clipped to [-1, 1] and, where its shrunken centre would leave the
    observed net outside (only possible at extreme shares or low levels), widened to it.
    Shares and net use the statements that carry a label for that target (normally all).
    """
    keys = _keys_of(counts)
    if set(keys) != set(options.by):
        raise ValueError(f"counts are grouped by {keys}, options.by is {list(options.by)}")
    keys = list(options.by)
    missing = [c for c in _STAT_COLUMNS if c not in counts.columns]
    if missing:
        raise ValueError(f"not a partial-counts table: missing {missing}")
    frame: dict[str, object] = {
        k: pd.Series(counts[k].tolist(), dtype=object) for k in keys}
    frame["n_statements"] = counts["n"].to_numpy(dtype=np.int64)
    frame["n_articles"] = np.array([len(x) if isinstance(x, (set, frozenset)) else len(set(x))
                                    for x in counts["article_ids"]], dtype=np.int64)
    for c in ("first_date", "last_date"):
        frame[c] = pd.Series([_iso_day(d) for d in counts[c].tolist()], dtype=object)
    mean, lo, hi = _sentiment_stats(counts, options.level)
    frame["sentiment_mean"], frame["sentiment_lo"], frame["sentiment_hi"] = mean, lo, hi
    for t in TARGETS:
        f, a, m = (counts[f"{t}_{lab}_n"].to_numpy(dtype=np.int64) for lab in LABELS)
        n = f + a + m
        for lab, c in zip(LABELS, (f, a, m), strict=True):
            frame[f"{t}_{lab}_n"] = c
        with np.errstate(invalid="ignore", divide="ignore"):
            for lab, c in zip(LABELS, (f, a, m), strict=True):
                frame[f"{t}_{lab}_share"] = np.where(n > 0, c / np.maximum(n, 1), np.nan)
            net = np.where(n > 0, (f - a) / np.maximum(n, 1), np.nan)
        if options.net_method == "wald":
            lo, hi = _net_wald(f, a, m, options.level)
        else:
            lo, hi = _net_dirichlet(f, a, m, options.level, options.n_boot, options.seed)
        lo = np.fmin(np.clip(lo, -1.0, 1.0), net)
        hi = np.fmax(np.clip(hi, -1.0, 1.0), net)
        frame[f"{t}_net"], frame[f"{t}_net_lo"], frame[f"{t}_net_hi"] = net, lo, hi
    frame["charted"] = frame["n_statements"] >= options.min_statements
    out = pd.DataFrame(frame)[result_columns(keys)]
    out = out.sort_values(["n_statements", *keys], ascending=[False] + [True] * len(keys),
                          kind="mergesort").reset_index(drop=True)
    out.attrs.update(_attrs(options))
    return out


def _attrs(options: AggregateOptions) -> dict:
    return {"by": tuple(options.by), "level": options.level,
            "min_statements": options.min_statements, "net_method": options.net_method}


def aggregate(df: pd.DataFrame, options: AggregateOptions = AggregateOptions()) -> pd.DataFrame:
    """One row per group of the scored statements table, sorted by n_statements descending.

    Columns: the group keys; n_statements, n_articles (distinct article ids), first_date,
    last_date (ISO; None where no date parses); sentiment_mean/_lo/_hi; for each target
    t in (ukraine, us): t_<label>_n, t_<label>_share, t_net = (favor - against) / n,
    t_net_lo/_hi; charted (n_statements >= options.min_statements). The intervals are
    described in `finalize`. Identical to ``finalize(combine(partial_counts(c) ...))`` over
    any chunking of `df`.
    """
    return finalize(partial_counts(df, options.by), options)


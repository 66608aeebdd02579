"""Per-actor aggregation: counts, shares, intervals, and exact chunk invariance."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from stance.aggregate import (
    AggregateOptions,
    aggregate,
    combine,
    finalize,
    iso_dates,
    months,
    partial_counts,
    result_columns,
)

Z95 = 1.959963984540054
T95_DF3 = 3.182446305284263  # Student t, 0.975 quantile, 3 degrees of freedom

COLUMNS = ["article_id", "kind", "text", "start", "end", "speaker", "speaker_mention", "cue",
           "context", "title", "date", "outlet", "url", "sentiment", "sentiment_label",
           "ukraine", "ukraine_favor", "ukraine_against", "ukraine_none",
           "us", "us_favor", "us_against", "us_none"]


def frame(rows: list[dict]) -> pd.DataFrame:
    """A scored statements table with the full schema; unspecified cells are NaN."""
    return pd.DataFrame([{c: r.get(c, np.nan) for c in COLUMNS} for r in rows], columns=COLUMNS)


def row(speaker, article, date, ukraine, us, sentiment, outlet="Al Jazeera", text="..."):
    return {"speaker": speaker, "article_id": article, "date": date, "ukraine": ukraine,
            "us": us, "sentiment": sentiment, "outlet": outlet, "text": text, "kind": "direct"}


@pytest.fixture
def small() -> pd.DataFrame:
    # real statements from the seed article, with hand-chosen labels and dates
    return frame([
        row("Keir Starmer", "a1", "2022-03-01", "favor", "none", 0.5,
            text="We are at a crossroads in history today"),
        row("Keir Starmer", "a1", "2022-03-05", "favor", "none", 0.1,
            text="Europe must do the heavy lifting"),
        row("Keir Starmer", "a2", "March 2022", "against", "none", -0.2,
            text="This is not a moment for more talk."),
        row("Keir Starmer", "a3", np.nan, "none", "against", 0.0, outlet=np.nan,
            text="No two countries are more closely aligned than the UK and the US"),
        row("Volodymyr Zelenskyy", "b1", "2022-04-10", "against", "favor", -0.6,
            text="Despite the tough discussions, we remain strategic partners"),
        row("Volodymyr Zelenskyy", "b1", "2022-04-11", "against", "favor", -0.4,
            text="But honesty and directness are essential to understanding our shared goals."),
        row(np.nan, "c1", "2022-04-12", "favor", "favor", 0.9,
            text="once-in-a-generation moment"),
    ])


def synthetic(n: int = 500, seed: int = 7) -> pd.DataFrame:
    """Messy synthetic rows: missing speakers, outlets, dates, labels and scores."""
    rng = np.random.default_rng(seed)
    speakers = ["Keir Starmer", "Volodymyr Zelenskyy", "Vladimir Putin", "Donald Trump",
                "Ursula von der Leyen", "Peter Zalmayev", None]
    dates = ["2022-02-24", "2022-03-01", "2022-03-17", "2022-04-30", "2023-01-09",
             "2025-03-02", "Spring 2022", "2022-02-30", None]
    labels = ["favor", "against", "none", None]
    sentiment = rng.uniform(-1, 1, n)  # full float precision, not VADER's 4 decimals
    sentiment[rng.random(n) < 0.05] = np.nan
    rows = []
    for i in range(n):
        rows.append(row(speakers[rng.integers(len(speakers))], f"art-{rng.integers(120)}",
                        dates[rng.integers(len(dates))], labels[rng.integers(4)],
                        labels[rng.integers(3)], sentiment[i],
                        outlet=["BBC", "Reuters", "TASS", None][rng.integers(4)]))
    return frame(rows)


# ------------------------------------------------------------------------- small frame


def test_counts_shares_and_net_by_hand(small):
    agg = aggregate(small)
    assert list(agg.columns) == result_columns(["speaker"])
    assert list(agg["speaker"]) == ["Keir Starmer", "Volodymyr Zelenskyy"]
    ks = agg.iloc[0]
    assert ks["n_statements"] == 4
    assert ks["n_articles"] == 3
    assert (ks["first_date"], ks["last_date"]) == ("2022-03-01", "2022-03-05")
    assert (ks["ukraine_favor_n"], ks["ukraine_against_n"], ks["ukraine_none_n"]) == (2, 1, 1)
    assert ks["ukraine_favor_share"] == pytest.approx(0.5)
    assert ks["ukraine_against_share"] == pytest.approx(0.25)
    assert ks["ukraine_none_share"] == pytest.approx(0.25)
    assert ks["ukraine_net"] == pytest.approx(0.25)
    assert ks["us_net"] == pytest.approx(-0.25)
    assert ks["us_none_share"] == pytest.approx(0.75)

    # mean sentiment with a t interval: values 0.5, 0.1, -0.2, 0.0
    values = np.array([0.5, 0.1, -0.2, 0.0])
    half = T95_DF3 * values.std(ddof=1) / 2
    assert ks["sentiment_mean"] == pytest.approx(0.1)
    assert ks["sentiment_lo"] == pytest.approx(0.1 - half)
    assert ks["sentiment_hi"] == pytest.approx(0.1 + half)

    # adjusted Wald: p1 = (2+1)/6, p2 = (1+1)/6
    p1, p2 = 3 / 6, 2 / 6
    se = math.sqrt((p1 + p2 - (p1 - p2) ** 2) / 6)
    assert ks["ukraine_net_lo"] == pytest.approx(p1 - p2 - Z95 * se)
    assert ks["ukraine_net_hi"] == pytest.approx(p1 - p2 + Z95 * se)

    vz = agg.iloc[1]
    assert (vz["n_statements"], vz["n_articles"]) == (2, 1)
    assert vz["ukraine_net"] == -1.0 and vz["us_net"] == 1.0
    assert vz["sentiment_mean"] == pytest.approx(-0.5)
    assert not agg["charted"].any()  # default min_statements = 5


def test_nan_speakers_are_excluded(small):
    agg = aggregate(small)
    assert agg["speaker"].notna().all()
    assert agg["n_statements"].sum() == small["speaker"].notna().sum()


def test_min_evidence_flag(small):
    agg = aggregate(small, AggregateOptions(min_statements=3))
    assert dict(zip(agg["speaker"], agg["charted"], strict=True)) == {
        "Keir Starmer": True, "Volodymyr Zelenskyy": False}
    assert aggregate(small, AggregateOptions(min_statements=2))["charted"].all()


def test_month_grouping(small):
    agg = aggregate(small, AggregateOptions(by=("speaker", "month")))
    got = {(r.speaker, r.month): r.n_statements for r in agg.itertuples()}
    assert got == {("Keir Starmer", "2022-03"): 2, ("Keir Starmer", "(undated)"): 2,
                   ("Volodymyr Zelenskyy", "2022-04"): 2}
    assert list(agg.columns[:2]) == ["speaker", "month"]


def test_outlet_grouping_keeps_unknown_outlets(small):
    agg = aggregate(small, AggregateOptions(by=("speaker", "outlet")))
    got = {(r.speaker, r.outlet): r.n_statements for r in agg.itertuples()}
    assert got[("Keir Starmer", "(unknown)")] == 1
    assert got[("Keir Starmer", "Al Jazeera")] == 3


def test_grouping_without_speaker_keeps_unattributed(small):
    agg = aggregate(small, AggregateOptions(by=("month",)))
    assert agg["n_statements"].sum() == len(small)


def test_missing_labels_and_scores():
    df = frame([row("A", "x", "2022-01-01", None, "favor", np.nan),
                row("A", "y", "2022-01-02", "favor", "favor", np.nan)])
    r = aggregate(df).iloc[0]
    assert r["n_statements"] == 2
    assert r["ukraine_favor_share"] == 1.0  # shares over labelled statements
    assert math.isnan(r["sentiment_mean"]) and math.isnan(r["sentiment_lo"])
    df = frame([row("A", "x", None, None, None, 0.2)])
    r = aggregate(df).iloc[0]
    assert math.isnan(r["ukraine_net"]) and math.isnan(r["ukraine_net_lo"])
    assert r["sentiment_mean"] == pytest.approx(0.2) and math.isnan(r["sentiment_lo"])
    assert r["first_date"] is None or pd.isna(r["first_date"])


def test_empty_frame_gives_empty_table():
    for df in (frame([]), frame([row(np.nan, "a", "2022-01-01", "favor", "none", 0.1)])):
        agg = aggregate(df)
        assert agg.empty
        assert list(agg.columns) == result_columns(["speaker"])
    agg = aggregate(frame([]), AggregateOptions(by=("speaker", "outlet", "month")))
    assert list(agg.columns) == result_columns(["speaker", "outlet", "month"])
    assert finalize(combine([])).empty


# --------------------------------------------------------------------------- intervals


@pytest.mark.parametrize("method", ["wald", "dirichlet"])
@pytest.mark.parametrize("counts", [(3, 1, 1), (5, 0, 0), (0, 4, 1), (2, 2, 1), (0, 0, 5),
                                    (1, 0, 0)])
def test_intervals_contain_estimate_and_shrink(method, counts):
    opts = AggregateOptions(net_method=method, n_boot=500)
    widths, swidths = [], []
    labels = [lab for lab, k in zip(("favor", "against", "none"), counts, strict=True)
              for _ in range(k)]
    for scale in (1, 4, 16):  # the same statements, repeated
        rows = [row("A", f"a{j}", "2022-01-01", lab, "none", 0.2 * ((i + j) % 3) - 0.1)
                for j in range(scale) for i, lab in enumerate(labels)]
        r = aggregate(frame(rows), opts).iloc[0]
        assert -1 <= r["ukraine_net_lo"] <= r["ukraine_net"] <= r["ukraine_net_hi"] <= 1
        widths.append(r["ukraine_net_hi"] - r["ukraine_net_lo"])
        if not math.isnan(r["sentiment_lo"]):
            assert r["sentiment_lo"] <= r["sentiment_mean"] <= r["sentiment_hi"]
            swidths.append(r["sentiment_hi"] - r["sentiment_lo"])
    assert widths[0] > widths[1] > widths[2] > 0
    assert all(a > b for a, b in zip(swidths, swidths[1:], strict=False))


def test_point_estimate_stays_inside_at_low_levels():
    rows = [row("A", f"a{i}", None, "favor", "favor", 0.5) for i in range(3)]
    for level in (0.5, 0.8, 0.99):
        r = aggregate(frame(rows), AggregateOptions(level=level)).iloc[0]
        assert r["ukraine_net_lo"] <= r["ukraine_net"] == 1.0 <= r["ukraine_net_hi"]


def test_higher_level_gives_wider_intervals():
    df = synthetic(200)
    narrow = aggregate(df, AggregateOptions(level=0.8))
    wide = aggregate(df, AggregateOptions(level=0.99))
    for col in ("ukraine_net", "us_net", "sentiment"):
        lo, hi = (f"{col}_lo", f"{col}_hi") if col != "sentiment" else ("sentiment_lo",
                                                                           "sentiment_hi")
        assert ((wide[hi] - wide[lo]) >= (narrow[hi] - narrow[lo]) - 1e-12).all()


def test_deterministic():
    df = synthetic(300)
    pd.testing.assert_frame_equal(aggregate(df), aggregate(df.copy()), check_exact=True)
    opts = AggregateOptions(net_method="dirichlet", n_boot=300, seed=3)
    first = aggregate(df, opts)
    pd.testing.assert_frame_equal(first, aggregate(df, opts), check_exact=True)
    other = aggregate(df, AggregateOptions(net_method="dirichlet", n_boot=300, seed=4))
    assert not np.allclose(first["ukraine_net_lo"], other["ukraine_net_lo"])


# ---------------------------------------------------------------------- chunk invariance


def chunks(df: pd.DataFrame, size: int) -> list[pd.DataFrame]:
    return [df.iloc[i:i + size] for i in range(0, len(df), size)]


@pytest.fixture(scope="module")
def big() -> pd.DataFrame:
    return synthetic(500)


@pytest.mark.parametrize(("size", "order"), [
    (1, "shuffled"), (7, "forward"), (7, "reversed"), (7, "shuffled"),
    (100, "forward"), (100, "reversed"), (100, "shuffled"),
])
def test_chunk_invariance(big, size, order):
    expected = aggregate(big)
    rng = np.random.default_rng(size)
    df = big.iloc[rng.permutation(len(big))] if order == "shuffled" else big
    parts = [partial_counts(c) for c in chunks(df, size)]
    if order == "reversed":
        parts = parts[::-1]
    elif order == "shuffled":
        parts = [parts[i] for i in rng.permutation(len(parts))]
    pd.testing.assert_frame_equal(finalize(combine(parts)), expected, check_exact=True)


@pytest.mark.parametrize("by", [("speaker", "outlet"), ("speaker", "month"),
                                ("speaker", "outlet", "month"), ("month",)])
def test_chunk_invariance_with_other_keys(big, by):
    opts = AggregateOptions(by=by, net_method="dirichlet", n_boot=200)
    expected = aggregate(big, opts)
    for size in (7, 100):
        parts = [partial_counts(c, by) for c in chunks(big, size)][::-1]
        pd.testing.assert_frame_equal(finalize(combine(parts), opts), expected,
                                      check_exact=True)


def test_combine_is_associative(big):
    parts = [partial_counts(c) for c in chunks(big, 50)]
    nested = combine([combine(parts[:3]), combine(parts[3:7]), combine(parts[7:])])
    flat = combine(parts)
    pd.testing.assert_frame_equal(nested, flat, check_exact=True)
    pd.testing.assert_frame_equal(finalize(nested), aggregate(big), check_exact=True)


def test_partial_counts_are_sufficient_statistics(small):
    counts = partial_counts(small)
    ks = counts.set_index("speaker").loc["Keir Starmer"]
    assert ks["n"] == 4 and ks["article_ids"] == frozenset({"a1", "a2", "a3"})
    assert ks["sentiment_n"] == 4 and ks["sentiment_sum"] == 4000  # units of 1e-4
    assert ks["sentiment_sumsq"] == 5000**2 + 1000**2 + 2000**2
    assert (ks["first_date"], ks["last_date"]) == ("2022-03-01", "2022-03-05")


def test_mismatched_groupings_are_refused(small):
    with pytest.raises(ValueError, match="grouped differently"):
        combine([partial_counts(small), partial_counts(small, ("speaker", "month"))])
    with pytest.raises(ValueError, match="options.by"):
        finalize(partial_counts(small), AggregateOptions(by=("speaker", "month")))


@pytest.mark.parametrize("kwargs", [{"by": ()}, {"by": ("speaker", "speaker")},
                                    {"by": ("country",)}, {"level": 1.0},
                                    {"min_statements": -1}, {"net_method": "exact"}])
def test_options_are_validated(kwargs):
    with pytest.raises(ValueError):
        AggregateOptions(**kwargs)


def test_dates_and_months():
    s = pd.Series(["2022-03-01", "2022-02-30", "March 2022", None, np.nan, "2023-12-31T10:00",
                   pd.Timestamp("2024-01-05")], dtype=object)
    assert list(iso_dates(s)) == ["2022-03-01", None, None, None, None, "2023-12-31",
                                  "2024-01-05"]
    assert list(months(s)) == ["2022-03", None, None, None, None, "2023-12", "2024-01"]
    dt = pd.Series(pd.to_datetime(["2022-05-06", None]))
    assert list(iso_dates(dt)) == ["2022-05-06", None]

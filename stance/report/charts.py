"""Charts of the per-actor table and of single actors (matplotlib, no pyplot state).

Every function builds a `matplotlib.figure.Figure` directly (nothing is registered with
pyplot, so nothing needs closing and nothing is ever shown) and returns it; `save_figure`
renders it with the Agg canvas and writes the file atomically.  Colours are the Okabe-Ito
palette, which stays distinguishable under the common colour-vision deficiencies; stance
labels also differ by position and text, never by colour alone.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from stance.aggregate import LABELS, TARGETS, iso_dates
from stance.atomic import atomic_write

__all__ = [
    "OKABE_ITO",
    "plot_actor",
    "plot_overview",
    "plot_stance_vs_sentiment",
    "plot_timeline",
    "save_figure",
]

OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "grey": "#999999",
}
LABEL_COLOURS = {"favor": OKABE_ITO["blue"], "against": OKABE_ITO["vermillion"],
                 "none": "#BBBBBB"}
LABEL_NAMES = {"favor": "favour", "against": "against", "none": "no position"}
TARGET_COLOURS = {"ukraine": OKABE_ITO["blue"], "us": OKABE_ITO["vermillion"]}
TARGET_TITLES = {"ukraine": "Support for Ukraine", "us": "Trust in the United States"}
TARGET_SHORT = {"ukraine": "Ukraine", "us": "US"}
SERIES_COLOURS = [OKABE_ITO[c] for c in ("blue", "vermillion", "bluish_green",
                                         "reddish_purple", "orange", "sky_blue", "black")]
SERIES_MARKERS = ["o", "s", "^", "D", "v", "P", "X"]
NET_AXIS = "net stance: (favour − against) / n"


def _figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _style(ax) -> None:
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(True, axis="x", color="#DDDDDD", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.tick_params(labelsize=9)


def _level_text(agg: pd.DataFrame) -> str:
    level = agg.attrs.get("level", 0.95)
    return f"{level:.0%} interval"


def _row_labels(agg: pd.DataFrame) -> list[str]:
    keys = [k for k in agg.attrs.get("by", ("speaker",)) if k in agg.columns]
    keys = keys or [c for c in ("speaker", "outlet", "month") if c in agg.columns]
    return [" · ".join(str(r[k]) for k in keys) for _, r in agg.iterrows()]


def _charted(agg: pd.DataFrame) -> pd.DataFrame:
    if "charted" in agg.columns:
        return agg[agg["charted"].astype(bool)]
    return agg


def _no_data(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes,
            color="#555555", zorder=5, bbox={"facecolor": "white", "edgecolor": "none"})
    ax.set_xticks([])
    ax.set_yticks([])


# ---------------------------------------------------------------------------- overview


def plot_overview(agg: pd.DataFrame, top: int = 25) -> Figure:
    """Net stance per charted actor towards Ukraine and the US, with interval bars.

    Two panels sharing the actor axis; actors (the `top` with most statements) are sorted by
    net stance towards Ukraine, and each tick label carries the actor's n.
    """
    rows = _charted(agg).sort_values("n_statements", ascending=False, kind="mergesort")
    rows = rows.head(top)
    rows = rows.sort_values(["ukraine_net", "n_statements"], ascending=[True, True],
                            kind="mergesort", na_position="first")
    k = len(rows)
    fig = _figure(11, max(3.2, 0.34 * k + 1.8))
    axes = fig.subplots(1, 2, sharey=True)
    labels = [f"{name} (n={n})" for name, n in zip(_row_labels(rows), rows["n_statements"],
                                                   strict=True)]
    y = np.arange(k)
    for ax, t in zip(axes, TARGETS, strict=True):
        _style(ax)
        n_t = int(rows[[f"{t}_{lab}_n" for lab in LABELS]].to_numpy().sum()) if k else 0
        ax.set_title(f"{TARGET_TITLES[t]}\nn = {n_t} statements, {k} actors", loc="left")
        ax.axvline(0, color="#444444", linewidth=1)
        ax.set_xlim(-1.08, 1.08)
        ax.set_xticks([-1, -0.5, 0, 0.5, 1])
        ax.set_xlabel(f"← against     {NET_AXIS}     favour →\n"
                      f"dots: net stance; bars: {_level_text(agg)}")
        if not k:
            _no_data(ax, "no actor has enough statements to chart")
            continue
        net = rows[f"{t}_net"].to_numpy(dtype=float)
        lo = rows[f"{t}_net_lo"].to_numpy(dtype=float)
        hi = rows[f"{t}_net_hi"].to_numpy(dtype=float)
        err = np.vstack([np.nan_to_num(net - lo), np.nan_to_num(hi - net)])
        ax.errorbar(net, y, xerr=err, fmt="o", color=TARGET_COLOURS[t], ecolor="#777777",
                    elinewidth=1.4, capsize=2.5, markersize=6, zorder=3)
    axes[0].set_yticks(y, labels)
    axes[0].set_ylim(-0.7, max(k, 1) - 0.3)
    fig.suptitle("Net stance by actor", fontsize=13, x=0.01, ha="left")
    return fig


# ------------------------------------------------------------------------------- actor


def _label_counts(rows: pd.DataFrame, target: str) -> dict[str, int]:
    if target not in rows:
        return dict.fromkeys(LABELS, 0)
    labels = rows[target].astype("string").str.strip().str.lower()
    return {lab: int((labels == lab).sum()) for lab in LABELS}


def plot_actor(df: pd.DataFrame, name: str) -> Figure:
    """One speaker: stance shares (with counts) for both targets, and the sentiment histogram."""
    rows = df[df["speaker"] == name] if "speaker" in df else df.iloc[:0]
    n = len(rows)
    n_art = rows["article_id"].nunique() if "article_id" in rows else 0
    fig = _figure(11, 3.6)
    ax_st, ax_se = fig.subplots(1, 2, width_ratios=[1.25, 1])
    fig.suptitle(f"{name}: {n} statements in {n_art} articles", fontsize=13, x=0.01,
                 ha="left")

    # stance: one stacked horizontal bar per target
    _style(ax_st)
    ylabels = []
    for i, t in enumerate(TARGETS):
        counts = _label_counts(rows, t)
        n_t = sum(counts.values())
        ylabels.append(f"{TARGET_TITLES[t]}\n(n={n_t})")
        left = 0.0
        y = len(TARGETS) - 1 - i
        for lab in LABELS:
            share = counts[lab] / n_t if n_t else 0.0
            ax_st.barh(y, share, left=left, color=LABEL_COLOURS[lab], edgecolor="white",
                       height=0.6, label=LABEL_NAMES[lab] if i == 0 else None)
            if share >= 0.04:
                colour = "black" if lab == "none" else "white"
                text = f"{counts[lab]}\n{share:.0%}" if share >= 0.12 else str(counts[lab])
                ax_st.text(left + share / 2, y, text, ha="center", va="center",
                           fontsize=8.5, color=colour)
            left += share
    ax_st.set_yticks(range(len(TARGETS) - 1, -1, -1), ylabels)
    ax_st.set_xlim(0, 1)
    ax_st.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0%}")
    ax_st.set_xlabel("share of statements")
    ax_st.set_title(f"Stance (n = {n} statements)", loc="left")
    ax_st.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=3, frameon=False)

    # sentiment histogram
    _style(ax_se)
    sent = (pd.to_numeric(rows["sentiment"], errors="coerce").dropna()
            if "sentiment" in rows else pd.Series(dtype=float))
    ax_se.set_title(f"Sentiment, VADER compound (n = {len(sent)})", loc="left")
    ax_se.set_xlim(-1, 1)
    ax_se.set_xlabel("← negative      compound score      positive →")
    ax_se.set_ylabel("statements")
    if len(sent):
        heights, _, _ = ax_se.hist(sent.clip(-1, 1), bins=np.linspace(-1, 1, 21),
                                   color=OKABE_ITO["sky_blue"], edgecolor="white")
        ax_se.set_ylim(0, max(1.0, float(np.max(heights))) * 1.3)  # room for the legend
        mean = float(sent.mean())
        ax_se.axvline(mean, color="black", linestyle="--", linewidth=1.2,
                      label=f"mean {mean:+.2f}")
        ax_se.axvline(0, color="#888888", linewidth=0.8)
        ax_se.legend(loc="upper left", frameon=True, facecolor="white", edgecolor="none",
                     framealpha=0.9)
        ax_se.yaxis.get_major_locator().set_params(integer=True)
    else:
        _no_data(ax_se, "no sentiment scores")
    return fig


# ---------------------------------------------------------------------------- timeline


def _net_series(rows: pd.DataFrame, t: str) -> tuple[float, int]:
    counts = _label_counts(rows, t)
    n_t = sum(counts.values())
    return ((counts["favor"] - counts["against"]) / n_t if n_t else np.nan), n_t


def plot_timeline(df: pd.DataFrame, actors: Sequence[str], freq: str = "M") -> Figure | None:
    """Net stance per period (month by default) for the given actors; None if < 2 periods."""
    if "date" not in df or "speaker" not in df or not len(actors):
        return None
    rows = df[df["speaker"].isin(list(actors))]
    days = pd.to_datetime(iso_dates(rows["date"]), format="%Y-%m-%d", errors="coerce")
    rows = rows[days.notna().to_numpy()]
    days = days[days.notna()]
    if rows.empty:
        return None
    periods = days.dt.to_period(freq)
    if periods.nunique() < 2:
        return None
    rows = rows.assign(_period=periods.to_numpy())
    unit = {"M": "month", "Q": "quarter", "W": "week", "Y": "year", "A": "year",
            "D": "day"}.get(freq.upper()[:1], freq)

    fig = _figure(11, 6.2)
    axes = fig.subplots(2, 1, sharex=True)
    shown = [a for a in actors if (rows["speaker"] == a).any()]

    def colour_of(i: int) -> str:
        return SERIES_COLOURS[i % len(SERIES_COLOURS)]

    for ax, t in zip(axes, TARGETS, strict=True):
        _style(ax)
        ax.grid(True, axis="y", color="#DDDDDD", linewidth=0.6)
        ax.axhline(0, color="#444444", linewidth=1)
        ax.set_ylim(-1.1, 1.1)
        n_total = 0
        for i, actor in enumerate(shown):
            sub = rows[rows["speaker"] == actor]
            points = {}
            for period, grp in sub.groupby("_period", sort=True):
                net, n_t = _net_series(grp, t)
                if n_t:
                    points[period] = (net, n_t)
            if not points:
                continue
            # lines join consecutive periods only: a gap in the data is a gap in the line
            span = pd.period_range(min(points), max(points), freq=min(points).freq)
            line = [points[p][0] if p in points else np.nan for p in span]
            ax.plot(np.array([p.start_time.to_datetime64() for p in span]), line,
                    color=colour_of(i), linewidth=1.2, alpha=0.75,
                    linestyle="-" if i < len(SERIES_COLOURS) else "--")
            x = [p.start_time.to_datetime64() for p in points]
            yv = [v[0] for v in points.values()]
            nv = [v[1] for v in points.values()]
            n_total += sum(nv)
            colour = colour_of(i)
            ax.scatter(np.array(x), yv, s=[18 + 10 * np.sqrt(v) for v in nv], color=colour,
                       marker=SERIES_MARKERS[i % len(SERIES_MARKERS)], zorder=3,
                       edgecolor="white", linewidth=0.5,
                       label=f"{actor} (n={sum(nv)})" if t == TARGETS[0] else None)
        ax.set_title(f"{TARGET_TITLES[t]} by {unit} (n = {n_total} dated statements)",
                     loc="left")
        ax.set_ylabel("net stance")
    axes[-1].set_xlabel(f"{unit} (marker area grows with the number of statements)")
    fig.legend(loc="outside right upper", frameon=False, title="actor")
    fig.suptitle(f"Net stance over time: (favour − against) / n per {unit}", fontsize=13,
                 x=0.01, ha="left")
    return fig


# ------------------------------------------------------------------ stance vs sentiment


QUADRANTS = (  # (x side, y side, text)
    (1, 1, "warm and supportive"),
    (-1, 1, "hostile but supportive"),
    (1, -1, "warm but opposed"),
    (-1, -1, "hostile and opposed"),
)


def _place_labels(ax, xs, ys, sizes, names, xlim, ylim) -> None:
    """Label points, trying positions right and left of each point at growing vertical
    offsets, and taking the first that overlaps no other label and no point (greedy)."""
    fig = ax.figure
    width_in = fig.get_figwidth() * 0.85
    height_in = fig.get_figheight() * 0.8
    char_w = 0.068 / width_in * (xlim[1] - xlim[0])  # ~ width of one 8.5pt character
    line_h = 0.16 / height_in * (ylim[1] - ylim[0])
    # points as boxes (radius from the marker area in points^2)
    radius = [np.sqrt(s) / 2 / 72 for s in sizes]
    points = [(x - r / width_in * (xlim[1] - xlim[0]), x + r / width_in * (xlim[1] - xlim[0]),
               y - r / height_in * (ylim[1] - ylim[0]), y + r / height_in * (ylim[1] - ylim[0]))
              for x, y, r in zip(xs, ys, radius, strict=True)]
    boxes: list[tuple[float, float, float, float]] = []

    def free(box, own: int) -> bool:
        x0, x1, y0, y1 = box
        if x0 < xlim[0] or x1 > xlim[1] or y0 < ylim[0] or y1 > ylim[1]:
            return False
        others = boxes + [p for j, p in enumerate(points) if j != own]
        return all(x1 <= bx0 or bx1 <= x0 or y1 <= by0 or by1 <= y0
                   for bx0, bx1, by0, by1 in others)

    for i in np.argsort(-np.asarray(sizes)):
        x, y, name = xs[i], ys[i], names[i]
        w = char_w * len(name)
        gap = points[i][1] - x + char_w * 0.6
        chosen = None
        for step in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6):
            ly = y + step * line_h * 0.55
            for side in (1, -1):
                x0 = x + gap if side > 0 else x - gap - w
                box = (x0, x0 + w, ly - line_h / 2, ly + line_h / 2)
                if free(box, i):
                    chosen = (side, x0, ly, box)
                    break
            if chosen:
                break
        if chosen is None:  # crowded: put it to the right and accept the overlap
            x0 = x + gap
            chosen = (1, x0, y, (x0, x0 + w, y - line_h / 2, y + line_h / 2))
        side, x0, ly, box = chosen
        boxes.append(box)
        ax.annotate(name, (x, y), xytext=(x0 if side > 0 else x0 + w, ly),
                    ha="left" if side > 0 else "right", va="center", fontsize=8.5, zorder=4,
                    bbox={"boxstyle": "square,pad=0.05", "facecolor": "white",
                          "edgecolor": "none", "alpha": 0.75},
                    arrowprops=({"arrowstyle": "-", "color": "#888888", "linewidth": 0.6,
                                 "shrinkA": 0, "shrinkB": 4}
                                if abs(ly - y) > line_h * 0.3 else None))


def plot_stance_vs_sentiment(agg: pd.DataFrame) -> Figure:
    """Mean sentiment (x) against net stance towards Ukraine (y), one labelled point per actor."""
    rows = _charted(agg)
    rows = rows[rows["sentiment_mean"].notna() & rows["ukraine_net"].notna()]
    k = len(rows)
    fig = _figure(9, 6.5)
    ax = fig.subplots()
    ax.spines[["top", "right"]].set_visible(False)
    n_total = int(rows["n_statements"].sum()) if k else 0
    ax.set_title(f"Tone and support for Ukraine (n = {k} actors, {n_total} statements)",
                 loc="left", fontsize=12)
    span = 0.25
    if k:
        span = float(np.nanmax(np.abs(rows[["sentiment_lo", "sentiment_hi",
                                            "sentiment_mean"]].to_numpy(dtype=float))))
        span = min(1.0, max(0.25, span * 1.1))
    xlim = (-span, span)
    ylim = (-1.1, 1.1)
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.axhline(0, color="#444444", linewidth=1)
    ax.axvline(0, color="#444444", linewidth=1)
    for sx, sy, text in QUADRANTS:
        ax.text(0.98 if sx > 0 else 0.02, 0.98 if sy > 0 else 0.02, text,
                transform=ax.transAxes, ha="right" if sx > 0 else "left",
                va="top" if sy > 0 else "bottom", fontsize=10, style="italic",
                color="#777777")
    ax.set_xlabel("mean sentiment of statements (VADER compound)  ← hostile · warm →")
    ax.set_ylabel(f"net stance towards Ukraine  ← opposed · supportive →\n{NET_AXIS}")
    if not k:
        _no_data(ax, "no actor has enough statements to chart")
        return fig
    x = rows["sentiment_mean"].to_numpy(dtype=float)
    y = rows["ukraine_net"].to_numpy(dtype=float)
    xerr = np.vstack([np.nan_to_num(x - rows["sentiment_lo"].to_numpy(dtype=float)),
                      np.nan_to_num(rows["sentiment_hi"].to_numpy(dtype=float) - x)])
    yerr = np.vstack([np.nan_to_num(y - rows["ukraine_net_lo"].to_numpy(dtype=float)),
                      np.nan_to_num(rows["ukraine_net_hi"].to_numpy(dtype=float) - y)])
    ax.errorbar(x, y, xerr=xerr, yerr=yerr, fmt="none", ecolor="#CCCCCC", elinewidth=0.9,
                zorder=1)
    sizes = 20 + 12 * np.sqrt(rows["n_statements"].to_numpy(dtype=float))
    ax.scatter(x, y, s=sizes, color=OKABE_ITO["blue"], edgecolor="white", linewidth=0.7,
               zorder=3)
    names = [f"{name} ({n})" for name, n in zip(_row_labels(rows), rows["n_statements"],
                                                strict=True)]
    _place_labels(ax, x, y, sizes, names, xlim, ylim)
    ax.text(0.99, -0.11, f"bars: {_level_text(agg)}s; point area grows with n (in brackets)",
            transform=ax.transAxes, ha="right", va="top", fontsize=8, color="#555555")
    return fig


# -------------------------------------------------------------------------------- save


def save_figure(fig: Figure, path: str | Path, dpi: int = 150) -> Path:
    """Render `fig` with Agg and write it atomically to `path` (format from the suffix)."""
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower() or "png"
    FigureCanvasAgg(fig)
    try:
        with atomic_write(path, mode="wb") as fh:
            fig.savefig(fh, format=fmt, dpi=dpi, bbox_inches="tight", facecolor="white")
    finally:
        pyplot = sys.modules.get("matplotlib.pyplot")
        if pyplot is not None:
            pyplot.close(fig)
    return path

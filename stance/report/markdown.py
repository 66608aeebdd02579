"""The Markdown report: summary, per-actor sections with quotations, coverage, methods.

`render_report` writes ``out_dir/report.md`` and ``out_dir/figures/*.png`` (linked
relatively, so the folder can be moved or committed and renders on GitHub). Every file is
written atomically; the figures first and report.md last, so report.md never links to a
figure that is not there yet.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from stance.aggregate import LABELS, TARGETS, AggregateOptions, aggregate, iso_dates
from stance.atomic import atomic_write
from stance.report.charts import (
    LABEL_NAMES,
    TARGET_TITLES,
    plot_actor,
    plot_overview,
    plot_stance_vs_sentiment,
    plot_timeline,
    save_figure,
)

__all__ = ["Coverage", "DEFAULT_METHODS", "escape_md", "extract_scores", "render_report",
           "slugify"]

MAX_QUOTE_CHARS = 500
MAX_OTHER_ACTORS = 60
MAX_SKIP_REASONS = 10
TIMELINE_ACTORS = 6
# GitHub's ids for the report's own headings; an actor's anchor must not take one of them
_RESERVED_ANCHORS = frozenset({
    "summary", "charts", "net-stance-by-actor", "tone-and-support-for-ukraine", "over-time",
    "actors", "other-actors", "coverage", "methods-and-limits", "how-statements-are-found",
    "models-and-their-measured-scores", "how-to-read-the-numbers", "limits",
    "support-for-ukraine", "trust-in-the-united-states"})

DEFAULT_METHODS = (
    "Statements are found in each article by three detectors. Direct quotations are text "
    "between matching quotation marks (straight, curly or single) that a speech verb or an "
    "\"according to\" phrase ties to a source; partial quotations are quoted fragments woven "
    "into the reporter's sentence; indirect statements are reported speech without quotation "
    "marks, a speech or thought verb (\"said\", \"warned\", \"argued\") with a that-clause "
    "or an object. Quotation marks around titles, nicknames and scare quotes are not "
    "statements. The speaker is the nearest attributed mention (a name, a title such as "
    "\"the prime minister\", a description or a pronoun), resolved within the article to a "
    "canonical name through the actor registry, which knows spelling variants and who held "
    "which title on the article's date. Where the text does not say who is speaking the "
    "statement is left unattributed: a wrong speaker is worse than none. Each statement is "
    "then scored for sentiment (VADER compound) and classified for stance towards Ukraine "
    "and trust in the United States (favour, against, no position) from the statement and "
    "the sentence that carries it, never from what the speaker is known to think elsewhere."
)

VADER_CAVEAT = (
    "**Sentiment is a weak signal on news.** VADER is a lexicon-and-rules scorer built for "
    "social-media text. In war reporting it reads the subject matter (\"war\", \"attack\", "
    "\"killed\", \"crisis\") as negative whatever the speaker's attitude, it does not know "
    "whom the sentiment is about, and it misses irony and diplomatic understatement. Treat "
    "mean sentiment as a rough measure of tone, not of stance, and compare actors rather "
    "than reading absolute values."
)

LIMITS = [
    "Net stance describes what the press reported each actor as saying in this corpus, "
    "which depends on which outlets were read and what they chose to quote; it is not a "
    "measure of the actor's policy.",
    "Errors in quotation detection, speaker attribution and stance classification add up; "
    "the intervals reflect sampling only (how many statements there are), not these errors.",
    "Statements are counted individually, so an actor quoted many times in one article "
    "weighs more; the article count is given next to the statement count.",
    "Actors with few statements are listed but not charted; their shares are not reliable.",
]


@dataclass(frozen=True)
class Coverage:
    """What was read and found, for the report's coverage section.

    skip_reasons: one reason per skipped article (repeats are counted and the most common
    are shown), e.g. ``[p.reason for p in read_log.problems]``.
    """

    articles_read: int
    articles_skipped: int
    skip_reasons: list[str]
    statements: int
    unattributed: int

    @classmethod
    def from_run(cls, read_log, statements: pd.DataFrame) -> Coverage:
        """From a `stance.types.ReadLog` and the statements table."""
        speakers = statements["speaker"] if "speaker" in statements else pd.Series(dtype=object)
        return cls(articles_read=read_log.read, articles_skipped=read_log.skipped,
                   skip_reasons=[p.reason for p in read_log.problems],
                   statements=len(statements), unattributed=int(speakers.isna().sum()))


# ---------------------------------------------------------------------------- helpers


def slugify(name: str) -> str:
    """A lowercase ASCII slug for anchors and file names: "Volodymyr Zelenskyy" ->
    "volodymyr-zelenskyy", "Zelenský" -> "zelensky"; "actor" if nothing is left."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text or "actor"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~$#])")


def escape_md(text: object, limit: int | None = None) -> str:
    """`text` as inline Markdown that renders literally, on one line, safe in a table cell.

    Newlines and tabs become spaces; &, < and > become entities (so no HTML gets through);
    backslash, backtick, asterisk, underscore, brackets, pipe, tilde, dollar and hash are
    backslash-escaped. With `limit`, text longer than that is cut at a word and gets "…".
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    s = " ".join(str(text).split())
    if limit is not None and len(s) > limit:
        cut = s[:limit].rsplit(" ", 1)[0] if " " in s[:limit] else s[:limit]
        s = cut.rstrip(" ,;:") + "…"
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", s)


def _safe_url(url: object) -> str | None:
    if not isinstance(url, str) or not re.match(r"https?://", url.strip(), re.IGNORECASE):
        return None
    url = url.strip()
    for ch, rep in ((" ", "%20"), ("<", "%3C"), (">", "%3E"), ("(", "%28"), (")", "%29")):
        url = url.replace(ch, rep)
    return url


def _num(x: float, fmt: str = "{:+.2f}") -> str:
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else fmt.format(x)


def _interval(row: pd.Series, prefix: str) -> str:
    mid, lo, hi = row[prefix], row[f"{prefix}_lo"], row[f"{prefix}_hi"]
    if pd.isna(mid):
        return "–"
    if pd.isna(lo) or pd.isna(hi):
        return _num(mid)
    return f"{_num(mid)} [{_num(lo)}, {_num(hi)}]"


def _dates(first: object, last: object) -> str:
    if not isinstance(first, str):
        return "undated"
    return first if first == last else f"{first} – {last}"


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "–"


def _table(header: list[str], rows: Iterable[list[str]], align: str | None = None) -> str:
    align = align or "l" * len(header)
    marks = {"l": "---", "r": "---:", "c": ":---:"}
    lines = ["| " + " | ".join(header) + " |",
             "| " + " | ".join(marks[a] for a in align) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def extract_scores(model_card: str, level: int = 4) -> str | None:
    """The "Scores"/"Results" sections of a model card, headings shifted to start at `level`.

    Returns None when the card has no heading containing "score" or "result".
    """
    lines = model_card.splitlines()
    chunks: list[list[str]] = []
    i = 0
    in_fence = False
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        m = None if in_fence else _HEADING.match(line)
        if m and re.search(r"score|result", m.group(2), re.IGNORECASE):
            depth = len(m.group(1))
            section = [line]
            i += 1
            fence = False
            while i < len(lines):
                nxt = lines[i]
                if nxt.lstrip().startswith(("```", "~~~")):
                    fence = not fence
                h = None if fence else _HEADING.match(nxt)
                if h and len(h.group(1)) <= depth:
                    break
                section.append(nxt)
                i += 1
            chunks.append(_shift_headings(section, depth, level))
            continue
        i += 1
    if not chunks:
        return None
    return "\n\n".join("\n".join(c).strip() for c in chunks)


def _shift_headings(lines: list[str], top: int, level: int) -> list[str]:
    out = []
    fence = False
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        m = None if fence else _HEADING.match(line)
        if m:
            depth = min(6, len(m.group(1)) - top + level)
            line = "#" * depth + " " + m.group(2)
        out.append(line)
    return out


# ----------------------------------------------------------------------- quotations


def _quotes(rows: pd.DataFrame, target: str, label: str, k: int) -> tuple[int, list[str]]:
    if target not in rows:
        return 0, []
    labels = rows[target].astype("string").str.strip().str.lower()
    sel = rows[(labels == label).fillna(False).to_numpy()]
    total = len(sel)
    prob = f"{target}_{label}"
    if prob in sel:
        sel = sel.assign(_p=pd.to_numeric(sel[prob], errors="coerce").fillna(-1.0))
        sel = sel.sort_values("_p", ascending=False, kind="mergesort")
    lines, seen = [], set()
    for _, r in sel.iterrows():
        text = " ".join(str(r.get("text", "")).split()).rstrip(" ,")
        if not text or text.lower() in seen:
            continue
        seen.add(text.lower())
        lines.append(_quote_line(r, prob))
        if len(lines) >= k:
            break
    return total, lines


def _quote_line(r: pd.Series, prob: str) -> str:
    parts = []
    outlet = r.get("outlet")
    if isinstance(outlet, str) and outlet.strip():
        parts.append(f"*{escape_md(outlet)}*")
    day = r.get("date")
    if isinstance(day, str) and day.strip():
        parts.append(escape_md(day))
    url = _safe_url(r.get("url"))
    if url:
        parts.append(f"[source](<{url}>)")
    p = r.get(prob)
    if p is not None and not pd.isna(p):
        parts.append(f"p = {float(p):.2f}")
    source = " — " + ", ".join(parts) if parts else ""
    text = " ".join(str(r.get("text", "")).split()).rstrip(" ,")
    return f"- “{escape_md(text, MAX_QUOTE_CHARS)}”{source}"


# ---------------------------------------------------------------------------- sections


def _summary_paragraph(df: pd.DataFrame, agg: pd.DataFrame, coverage: Coverage,
                       min_n: int, max_actors: int) -> str:
    charted = agg[agg["charted"]]
    days = iso_dates(df["date"]).dropna() if "date" in df and len(df) else pd.Series([])
    span = f" dated {days.min()} to {days.max()}" if len(days) else ""
    attributed = coverage.statements - coverage.unattributed
    if not coverage.statements:
        return (f"No statements were found in the {coverage.articles_read:,} articles read, "
                "so there is nothing to measure.")
    text = (f"This report covers {coverage.statements:,} statements found in "
            f"{coverage.articles_read:,} articles{span}. {attributed:,} "
            f"({_pct(attributed, coverage.statements)}) were attributed to "
            f"{len(agg):,} speakers, of whom {len(charted):,} have at least {min_n} statements "
            "and are charted"
            + (f" (the {max_actors} with most statements in detail)"
               if len(charted) > max_actors else "")
            + ". Net stance is the share of an actor's statements in favour of a "
            "target minus the share against it, from −1 (all against) to +1 (all in favour); "
            f"brackets give {_level(agg)} intervals.")
    # Extremes are ranked by the end of the interval nearest zero: an actor with five
    # statements, all in favour, has a wide interval and does not outrank a well-measured one.
    ranked = charted.dropna(subset=["ukraine_net"])
    if len(ranked) >= 2:
        top = _extreme(ranked, "ukraine_net", most=True)
        low = _extreme(ranked, "ukraine_net", most=False)
        text += (f" Among charted actors, ranked by the end of their interval nearest zero, "
                 f"the most supportive of Ukraine is "
                 f"{escape_md(top['speaker'])} ({_interval(top, 'ukraine_net')}) and the "
                 f"least is {escape_md(low['speaker'])} ({_interval(low, 'ukraine_net')}).")
    ranked = charted.dropna(subset=["us_net"])
    if len(ranked) >= 2:
        low = _extreme(ranked, "us_net", most=False)
        text += (f" The most doubtful of the United States is {escape_md(low['speaker'])} "
                 f"({_interval(low, 'us_net')}).")
    if coverage.statements and coverage.unattributed / coverage.statements > 0.3:
        text += (f" Note that {_pct(coverage.unattributed, coverage.statements)} of "
                 "statements could not be attributed to a speaker.")
    return text


def _extreme(ranked: pd.DataFrame, col: str, most: bool) -> pd.Series:
    """The actor whose interval lies furthest up (most) or down: the lower bound is ranked for
    the top, the upper bound for the bottom; the point estimate when there is no interval."""
    bound = f"{col}_lo" if most else f"{col}_hi"
    key = ranked[bound].fillna(ranked[col]) if bound in ranked else ranked[col]
    return ranked.loc[key.idxmax() if most else key.idxmin()]  # the first of any tie


def _summary_table(shown: pd.DataFrame, anchors: dict[str, str]) -> str:
    rows = []
    for _, r in shown.iterrows():
        rows.append([f"[{escape_md(r['speaker'])}](#{anchors[r['speaker']]})",
                     f"{r['n_statements']:,}", f"{r['n_articles']:,}",
                     _dates(r["first_date"], r["last_date"]),
                     _interval(r, "ukraine_net"), _interval(r, "us_net"),
                     _interval(r.rename({"sentiment_mean": "sentiment"}), "sentiment")])
    lv = _level(shown)
    header = ["Actor", "Statements", "Articles", "Dates", f"Net Ukraine [{lv} CI]",
              f"Net US [{lv} CI]", f"Mean sentiment [{lv} CI]"]
    return _table(header, rows, "lrrlccc")


SECTION_MIN = 2  # statements an actor needs for a section of its own (charts need min_n)


def _actor_section(r: pd.Series, rows: pd.DataFrame, anchor: str, figure: str | None,
                   quotes_per_stance: int, min_n: int) -> str:
    name = r["speaker"]
    out = [f'### <a id="{anchor}"></a>{escape_md(name)}', ""]
    out.append(
        f"{r['n_statements']:,} statements in {r['n_articles']:,} articles "
        f"({_dates(r['first_date'], r['last_date'])}). "
        f"Net stance towards Ukraine {_interval(r, 'ukraine_net')}, towards the US "
        f"{_interval(r, 'us_net')}; mean sentiment "
        f"{_interval(r.rename({'sentiment_mean': 'sentiment'}), 'sentiment')}.")
    if figure is not None:
        out += ["", f"![{escape_md(name)}: stance and sentiment]({figure})", ""]
    else:
        out += ["", f"Fewer than {min_n} statements: not charted, and the shares above say "
                "little. The quotations show what was found.", ""]
    for t in TARGETS:
        out += [f"#### {TARGET_TITLES[t]}", ""]
        for lab in LABELS:
            total, lines = _quotes(rows, t, lab, quotes_per_stance)
            head = f"**{LABEL_NAMES[lab].capitalize()}** ({total:,} statements)"
            if not lines:
                out += [head + ": none.", ""]
                continue
            shown = f", the {len(lines)} most confident shown" if total > len(lines) else ""
            out += [head.replace(" statements)", f" statements{shown})"), ""]
            out += lines
            out.append("")
    return "\n".join(out)


def _other_actors(agg: pd.DataFrame, shown: set[str], min_n: int, max_actors: int) -> str:
    others = agg[~agg["speaker"].isin(shown)]
    if agg.empty:
        return "No statement was attributed to a speaker."
    if others.empty:
        return "Every actor with a statement is charted above."
    rows = []
    for _, r in others.head(MAX_OTHER_ACTORS).iterrows():
        why = (f"beyond the top {max_actors}" if r["charted"]
               else f"fewer than {min_n} statements")
        rows.append([escape_md(r["speaker"]), f"{r['n_statements']:,}",
                     f"{r['n_articles']:,}", _num(r["ukraine_net"]), _num(r["us_net"]), why])
    text = ("These actors are not charted; with so few statements their shares say little.\n\n"
            + _table(["Actor", "Statements", "Articles", "Net Ukraine", "Net US",
                      "Not charted because"], rows, "lrrrrl"))
    if len(others) > MAX_OTHER_ACTORS:
        rest = others.iloc[MAX_OTHER_ACTORS:]
        text += (f"\n\n…and {len(rest):,} more actors with {int(rest['n_statements'].sum()):,} "
                 "statements between them (see the aggregate table).")
    return text


def _coverage(coverage: Coverage, agg: pd.DataFrame, min_n: int) -> str:
    attributed = coverage.statements - coverage.unattributed
    total_articles = coverage.articles_read + coverage.articles_skipped
    rows = [
        ["Articles read", f"{coverage.articles_read:,}"],
        ["Articles skipped", f"{coverage.articles_skipped:,} "
                             f"({_pct(coverage.articles_skipped, total_articles)})"],
        ["Statements found", f"{coverage.statements:,}"],
        ["Attributed to a speaker", f"{attributed:,} ({_pct(attributed, coverage.statements)})"],
        ["Left unattributed",
         f"{coverage.unattributed:,} ({_pct(coverage.unattributed, coverage.statements)})"],
        ["Speakers", f"{len(agg):,}"],
        [f"Charted actors (≥ {min_n} statements)", f"{int(agg['charted'].sum()):,}"],
    ]
    text = _table(["", "Count"], rows, "lr")
    if coverage.skip_reasons:
        counts = Counter(" ".join(str(s).split()) for s in coverage.skip_reasons)
        top = counts.most_common(MAX_SKIP_REASONS)
        text += "\n\nWhy articles were skipped"
        text += (f" (the {len(top)} most common of {len(counts)} reasons):" if len(counts) >
                 len(top) else ":")
        text += "\n\n" + _table(["Reason", "Articles"],
                                [[escape_md(k, 200), f"{v:,}"] for k, v in top], "lr")
    elif coverage.articles_skipped:
        text += "\n\nNo reasons were recorded for the skipped articles."
    return text


def _models(model_card: str | None, model_card_path: str | Path | None, out_dir: Path) -> str:
    link = "`models/MODEL_CARD.md`"
    if model_card_path is not None:
        rel = os.path.relpath(Path(model_card_path).resolve(), out_dir.resolve())
        link = f"[{escape_md(Path(model_card_path).name)}](<{Path(rel).as_posix()}>)"
    text = ("Stance is predicted by one scikit-learn classifier per target (Ukraine, United "
            "States), trained on labelled statements from news articles; sentiment is VADER's "
            "compound score (−1 to +1).")
    if model_card is None:
        return text + f" No model card was supplied; the measured scores are in {link}."
    scores = extract_scores(model_card, level=4)
    if scores is None:
        return text + (f" The model card has no scores section; see {link} for how the "
                       "models were trained and measured.")
    return text + f" Measured scores, from {link}:\n\n{scores}"


def _level(agg: pd.DataFrame) -> str:
    return f"{agg.attrs.get('level', 0.95):.0%}"


def _reading_note(agg: pd.DataFrame) -> str:
    if agg.attrs.get("net_method", "wald") == "dirichlet":
        net = ("an equal-tailed interval of the Dirichlet posterior of the label counts "
               "(half a pseudo-count per label), drawn with a fixed seed")
    else:
        net = ("an adjusted Wald interval for a difference of two multinomial proportions "
               "(one pseudo-count added to favour and to against), which behaves well for "
               "small n")
    return (f"Net stance = (favour − against) / n over an actor's statements, from −1 to +1. "
            f"Its {_level(agg)} interval is {net}; the interval for mean sentiment is a "
            "Student t interval. Both describe sampling uncertainty only, not errors of "
            "attribution or classification.")


# ------------------------------------------------------------------------------ render


def render_report(
    df: pd.DataFrame,
    agg: pd.DataFrame | None,
    coverage: Coverage,
    model_card: str | None,
    out_dir: Path,
    *,
    title: str = "Stance report",
    max_actors: int = 30,
    quotes_per_stance: int = 3,
    methods: str | None = None,
    model_card_path: str | Path | None = None,
    dpi: int = 150,
) -> Path:
    """Write ``out_dir/report.md`` and its figures; return the path of report.md.

    df: the scored statements table; agg: ``aggregate(df)`` grouped by speaker alone (None
    to compute it with the default options); model_card: the text of models/MODEL_CARD.md,
    whose Scores/Results sections are included (model_card_path, if given, is linked);
    methods: a paragraph on how statements are found (default `DEFAULT_METHODS`); dpi: of
    the PNG figures.
    """
    out_dir = Path(out_dir)
    fig_dir = out_dir / "figures"
    if agg is None:
        agg = aggregate(df)
    if "speaker" not in agg.columns or len(agg.attrs.get("by", ("speaker",))) != 1:
        raise ValueError("render_report needs the table aggregated by speaker alone")
    min_n = int(agg.attrs.get("min_statements", AggregateOptions().min_statements))
    charted = agg[agg["charted"]].head(max_actors)
    shown = list(charted["speaker"])
    anchors: dict[str, str] = {}
    used: set[str] = set()
    for name in agg["speaker"]:
        slug, i = slugify(name), 2
        while slug in used or slug in _RESERVED_ANCHORS:
            slug, i = f"{slugify(name)}-{i}", i + 1
        used.add(slug)
        anchors[name] = slug

    # figures first
    save_figure(plot_overview(agg, top=max_actors), fig_dir / "overview.png", dpi=dpi)
    save_figure(plot_stance_vs_sentiment(agg), fig_dir / "stance-vs-sentiment.png", dpi=dpi)
    timeline = plot_timeline(df, shown[:TIMELINE_ACTORS])
    if timeline is not None:
        save_figure(timeline, fig_dir / "timeline.png", dpi=dpi)
    # Every actor with a few statements gets a section with its quotations; only those with
    # enough evidence get a chart.
    sectioned = agg[agg["n_statements"] >= SECTION_MIN].head(max_actors)
    by_speaker = {name: g for name, g in
                  df[df["speaker"].isin(sectioned["speaker"])].groupby("speaker")}
    actor_figs = {}
    for name in shown:
        rel = f"figures/actor-{anchors[name]}.png"
        save_figure(plot_actor(by_speaker.get(name, df.iloc[:0]), name), out_dir / rel,
                    dpi=dpi)
        actor_figs[name] = rel

    parts = [f"# {escape_md(title)}", "",
             _summary_paragraph(df, agg, coverage, min_n, max_actors), ""]
    parts += ["## Summary", ""]
    if shown:
        parts += [_summary_table(charted, anchors), ""]
    else:
        parts += [f"No actor has {min_n} or more statements, so nothing is charted.", ""]
    parts += ["## Charts", "", "### Net stance by actor", "",
              "![Net stance towards Ukraine and the United States by actor, with intervals]"
              "(figures/overview.png)", "",
              "### Tone and support for Ukraine", "",
              "![Mean sentiment against net stance towards Ukraine, one point per actor]"
              "(figures/stance-vs-sentiment.png)", "",
              "### Over time", ""]
    if timeline is not None:
        parts += [f"Net stance by month for the {min(len(shown), TIMELINE_ACTORS)} actors with "
                  "most statements.", "",
                  "![Net stance by month for the main actors](figures/timeline.png)", ""]
    else:
        parts += ["Too few dated months for a timeline.", ""]
    parts += ["## Actors", ""]
    if sectioned.empty:
        parts += [f"No actor has {SECTION_MIN} or more statements.", ""]
    else:
        parts += ["Quotations are the statements the classifier is most confident about for "
                  "each label (p is its probability); they show what was counted, including "
                  "its mistakes.", ""]
    for _, r in sectioned.iterrows():
        name = r["speaker"]
        parts += [_actor_section(r, by_speaker.get(name, df.iloc[:0]), anchors[name],
                                 actor_figs.get(name), quotes_per_stance, min_n), ""]
    parts += ["## Other actors", "",
              _other_actors(agg, set(sectioned["speaker"]), min_n, max_actors), ""]
    parts += ["## Coverage", "", _coverage(coverage, agg, min_n), ""]
    parts += ["## Methods and limits", "", "### How statements are found", "",
              (methods or DEFAULT_METHODS).strip(), "",
              "### Models and their measured scores", "",
              _models(model_card, model_card_path, out_dir), "", VADER_CAVEAT, "",
              "### How to read the numbers", "",
              _reading_note(agg), "",
              "### Limits", ""]
    parts += [f"- {line}" for line in LIMITS]
    report = out_dir / "report.md"
    with atomic_write(report) as fh:
        fh.write("\n".join(parts).rstrip() + "\n")
    return report

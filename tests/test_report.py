"""Charts and the Markdown report, built from a small scored statements table."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from stance.aggregate import AggregateOptions, aggregate
from stance.report import (
    Coverage,
    plot_actor,
    plot_overview,
    plot_stance_vs_sentiment,
    plot_timeline,
    render_report,
)
from stance.report.charts import save_figure
from stance.report.markdown import _summary_paragraph, escape_md, extract_scores, slugify

SEED = Path(__file__).resolve().parents[1] / "data" / "sample" / \
    "starmer-coalition-of-the-willing.txt"
PNG = b"\x89PNG\r\n\x1a\n"
URL = "https://www.aljazeera.com/news/2025/3/2/starmer-coalition-of-the-willing"
NASTY = 'Peace *now* | <b>not</b> later\nsaid [the] `leader` $5 _x_'

# (speaker, text, ukraine, us, date) from the seed article, labelled by hand
QUOTES = [
    ("Keir Starmer", "We are at a crossroads in history today", "favor", "none",
     "2025-02-20"),
    ("Keir Starmer", "This is not a moment for more talk. It’s time to act.", "favor", "none",
     "2025-03-02"),
    ("Keir Starmer", "this effort must have strong US backing", "favor", "favor", "2025-03-02"),
    ("Keir Starmer", "No two countries are more closely aligned than the UK and the US",
     "none", "favor", "2025-02-21"),
    ("Keir Starmer", "Europe must do the heavy lifting", "favor", "none", "2025-03-02"),
    ("Volodymyr Zelenskyy", "I think our relationship will continue", "none", "favor",
     "2025-02-28"),
    ("Volodymyr Zelenskyy", "We are all working together in Europe in order to find a basis "
     "for cooperation with America for a true peace and guaranteed security", "favor", "favor",
     "2025-03-02"),
    ("Volodymyr Zelenskyy", "Despite the tough discussions, we remain strategic partners",
     "none", "favor", "2025-03-02"),
    ("Ursula von der Leyen", "it is now of utmost importance to step up the defence "
     "investment for a prolonged period of time", "favor", "none", "2025-03-02"),
    ("Peter Zalmayev", "if Europe did not wake up this time, it will never wake up", "favor",
     "none", "2025-03-02"),
    (None, "once-in-a-generation moment", "none", "none", "2025-03-02"),
]


def statements() -> pd.DataFrame:
    seed = SEED.read_text(encoding="utf-8")
    rows = []
    for i, (speaker, text, uk, us, day) in enumerate(QUOTES):
        start = seed.find(text)
        probs = {f"{t}_{lab}": (0.9 - i / 100 if lab == label else (0.1 + i / 100) / 2)
                 for t, label in (("ukraine", uk), ("us", us))
                 for lab in ("favor", "against", "none")}
        rows.append({"article_id": "starmer-coalition-of-the-willing", "kind": "direct",
                     "text": text, "start": start, "end": start + len(text),
                     "speaker": speaker, "speaker_mention": speaker, "cue": "said",
                     "context": text, "title": "Starmer assembles ‘coalition of the willing’",
                     "date": day, "outlet": "Al Jazeera", "url": URL,
                     "sentiment": round(0.15 * (i % 5) - 0.2, 4), "sentiment_label": "neutral",
                     "ukraine": uk, "us": us, **probs})
    # a synthetic statement full of Markdown syntax, the most confident "against"
    nasty = dict(rows[0], text=NASTY, ukraine="against", ukraine_against=0.99,
                 ukraine_favor=0.005, ukraine_none=0.005, article_id="other", url=np.nan,
                 date="2025-02-25", outlet="Outlet | with pipe")
    return pd.DataFrame([*rows, nasty])


@pytest.fixture(scope="module")
def df() -> pd.DataFrame:
    return statements()


@pytest.fixture(scope="module")
def agg(df) -> pd.DataFrame:
    return aggregate(df, AggregateOptions(min_statements=3))


# ------------------------------------------------------------------------------ charts


def texts(fig: Figure) -> str:
    out = [fig._suptitle.get_text() if fig._suptitle else ""]
    for ax in fig.axes:
        out += [ax.get_title(loc) for loc in ("left", "center", "right")]
        out += [t.get_text() for t in ax.get_yticklabels() + ax.get_xticklabels()]
        out += [t.get_text() for t in ax.texts]
    return "\n".join(out)


def test_overview(agg):
    fig = plot_overview(agg)
    assert isinstance(fig, Figure) and len(fig.axes) == 2
    for ax in fig.axes:
        assert "n = 9 statements, 2 actors" in ax.get_title(loc="left")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "Keir Starmer (n=6)" in labels and "Volodymyr Zelenskyy (n=3)" in labels
    assert not any("Zalmayev" in label for label in labels)  # below the threshold


def test_overview_top_limits_actors(agg):
    labels = [t.get_text() for t in plot_overview(agg, top=1).axes[0].get_yticklabels()]
    assert labels == ["Keir Starmer (n=6)"]


def test_actor(df):
    fig = plot_actor(df, "Keir Starmer")
    assert len(fig.axes) == 2
    assert "n = 6" in fig.axes[0].get_title(loc="left")
    assert "n = 6" in fig.axes[1].get_title(loc="left")
    assert "Keir Starmer" in texts(fig)
    assert "(n=6)" in texts(fig)  # per-target n on the stance bars


def test_timeline(df):
    fig = plot_timeline(df, ["Keir Starmer", "Volodymyr Zelenskyy"])
    assert fig is not None and len(fig.axes) == 2
    for ax in fig.axes:
        assert "n = 9 dated statements" in ax.get_title(loc="left")


def test_timeline_needs_two_periods(df):
    one_month = df.assign(date="2025-03-02")
    assert plot_timeline(one_month, ["Keir Starmer"]) is None
    assert plot_timeline(df.assign(date=np.nan), ["Keir Starmer"]) is None
    assert plot_timeline(df, []) is None


def test_stance_vs_sentiment(agg):
    fig = plot_stance_vs_sentiment(agg)
    assert len(fig.axes) == 1
    assert "n = 2 actors, 9 statements" in fig.axes[0].get_title(loc="left")
    body = texts(fig)
    for quadrant in ("warm but opposed", "hostile but supportive"):
        assert quadrant in body
    assert "Keir Starmer (6)" in body


def test_charts_cope_with_no_charted_actor(df):
    agg = aggregate(df, AggregateOptions(min_statements=100))
    assert len(plot_overview(agg).axes) == 2
    assert len(plot_stance_vs_sentiment(agg).axes) == 1
    assert len(plot_actor(df, "Nobody").axes) == 2


def test_save_figure_writes_png_atomically(agg, tmp_path):
    path = save_figure(plot_stance_vs_sentiment(agg), tmp_path / "sub" / "chart.png", dpi=40)
    assert path.read_bytes()[:8] == PNG
    assert [p.name for p in path.parent.iterdir()] == ["chart.png"]


# ------------------------------------------------------------------------------ report


CARD = """# Model card

## Training data

Labelled statements.

## Scores

| target | macro F1 |
| --- | ---: |
| ukraine | 0.71 |

### Sentiment (VADER on news)

Spearman 0.41 with human ratings.

## Limits

Not in the report.
"""


@pytest.fixture(scope="module")
def report(df, agg, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report")
    coverage = Coverage(articles_read=12, articles_skipped=3,
                        skip_reasons=["empty text", "empty text", "invalid JSON"],
                        statements=len(df), unattributed=int(df["speaker"].isna().sum()))
    return render_report(df, agg, coverage, CARD, out, title="Test | report",
                         quotes_per_stance=2, methods="Custom methods paragraph.", dpi=40)


@pytest.fixture(scope="module")
def md(report) -> str:
    return report.read_text(encoding="utf-8")


def test_report_sections(report, md):
    assert report.name == "report.md"
    headings = re.findall(r"^##+ .*$", md, flags=re.MULTILINE)
    for h in ("## Summary", "## Charts", "## Actors", "## Other actors", "## Coverage",
              "## Methods and limits"):
        assert h in headings
    assert md.startswith("# Test \\| report\n")
    assert md.index("## Summary") < md.index("figures/overview.png") < md.index("## Actors")


def test_report_figures_exist(report, md):
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", md)
    assert "figures/overview.png" in links
    assert "figures/stance-vs-sentiment.png" in links
    assert "figures/timeline.png" in links
    assert "figures/actor-keir-starmer.png" in links
    for link in links:
        assert not Path(link).is_absolute()
        assert (report.parent / link).read_bytes()[:8] == PNG
    leftovers = [p for p in report.parent.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_report_summary_table_and_anchors(md):
    assert "| [Keir Starmer](#keir-starmer) | 6 | 2 | 2025-02-20 – 2025-03-02 |" in md
    assert '### <a id="keir-starmer"></a>Keir Starmer' in md
    assert '### <a id="volodymyr-zelenskyy"></a>Volodymyr Zelenskyy' in md
    for anchor in re.findall(r"\]\(#([^)]+)\)", md):
        assert f'<a id="{anchor}"></a>' in md


def test_report_quotes_are_escaped(md):
    assert ("“Peace \\*now\\* \\| &lt;b&gt;not&lt;/b&gt; later said \\[the\\] \\`leader\\` "
            "\\$5 \\_x\\_”") in md
    assert "<b>" not in md
    assert "*Outlet \\| with pipe*" in md


def test_report_quotes_per_stance(md):
    section = md.split('<a id="keir-starmer"></a>')[1].split("### <a id=")[0]
    favour = section.split("**Favour** (4 statements")[1].split("**Against**")[0]
    assert favour.count("\n- “") == 2  # quotes_per_stance
    assert "We are at a crossroads in history today" in favour  # the most confident
    assert "Europe must do the heavy lifting" not in favour  # the least confident
    assert f"[source](<{URL}>)" in favour and "2025-02-20" in favour
    assert "*Al Jazeera*" in favour


def test_report_lists_actors_below_threshold(md):
    others = md.split("## Other actors")[1].split("## Coverage")[0]
    assert "| Ursula von der Leyen | 1 | 1 |" in others
    assert "| Peter Zalmayev | 1 | 1 |" in others
    assert "fewer than 3 statements" in others
    assert "Ursula von der Leyen" not in md.split("## Other actors")[0].split("## Actors")[1]


def test_report_coverage(md, df):
    cov = md.split("## Coverage")[1].split("## Methods")[0]
    assert "| Articles read | 12 |" in cov
    assert "| Articles skipped | 3 (20.0%) |" in cov
    assert f"| Statements found | {len(df)} |" in cov
    assert "| Left unattributed | 1 (8.3%) |" in cov
    assert "| empty text | 2 |" in cov and "| invalid JSON | 1 |" in cov


def test_report_methods_and_model_card(md):
    methods = md.split("## Methods and limits")[1]
    assert "Custom methods paragraph." in methods
    assert "| ukraine | 0.71 |" in methods
    assert "#### Scores" in methods and "##### Sentiment (VADER on news)" in methods
    assert "Not in the report." not in methods
    assert "VADER" in methods and "weak" in methods


def test_report_without_model_card_or_actors(tmp_path):
    df = statements().assign(speaker=np.nan)
    cov = Coverage(articles_read=1, articles_skipped=0, skip_reasons=[], statements=len(df),
                   unattributed=len(df))
    md = render_report(df, None, cov, None, tmp_path, dpi=30).read_text(encoding="utf-8")
    assert "No model card was supplied" in md
    assert "No actor has 5 or more statements" in md
    assert "| Left unattributed | 12 (100.0%) |" in md
    md2 = render_report(df, None, cov, "# Card\n\nNo numbers here.\n", tmp_path / "b", dpi=30,
                        model_card_path=tmp_path / "models" / "MODEL_CARD.md")
    text = md2.read_text(encoding="utf-8")
    assert "no scores section" in text and "(<../models/MODEL_CARD.md>)" in text


def test_report_needs_per_speaker_table(df, tmp_path):
    agg = aggregate(df, AggregateOptions(by=("speaker", "month")))
    with pytest.raises(ValueError, match="speaker alone"):
        render_report(df, agg, Coverage(1, 0, [], 1, 0), None, tmp_path)


# ----------------------------------------------------------------------------- helpers


def test_slugify():
    assert slugify("Volodymyr Zelenskyy") == "volodymyr-zelenskyy"
    assert slugify("Viktor Orbán") == "viktor-orban"
    assert slugify("  Ursula von der Leyen ") == "ursula-von-der-leyen"
    assert slugify("AT&T / O'Brien") == "at-t-o-brien"
    assert slugify("Зеленський") == "actor"


def test_escape_md():
    assert escape_md("a|b") == "a\\|b"
    assert escape_md("<script>") == "&lt;script&gt;"
    assert escape_md("one\ntwo\r\n three") == "one two three"
    assert escape_md("2*3") == "2\\*3"
    assert escape_md(np.nan) == ""
    assert escape_md("word " * 10, limit=12) == "word word…"


def test_extract_scores():
    got = extract_scores(CARD, level=3)
    assert got.startswith("### Scores")
    assert "#### Sentiment (VADER on news)" in got and "Training data" not in got
    assert extract_scores("# Card\n\n## Usage\n\ntext\n") is None
    fenced = "## Usage\n\n```\n## Results inside a code block\n```\n"
    assert extract_scores(fenced) is None


def test_summary_ranks_extremes_by_the_interval_not_the_point_estimate(df):
    """Five statements all in favour (+1.00, wide interval) do not outrank 500 statements at
    +0.60 with a narrow one; the same on the doubtful side."""
    agg = pd.DataFrame({
        "speaker": ["Few", "Many", "Middle"], "charted": [True, True, True],
        "ukraine_net": [1.0, 0.6, -0.7], "ukraine_net_lo": [0.2, 0.55, -0.75],
        "ukraine_net_hi": [1.0, 0.65, -0.65],
        "us_net": [-1.0, -0.5, 0.0], "us_net_lo": [-1.0, -0.55, -0.1],
        "us_net_hi": [-0.1, -0.45, 0.1],
    })
    coverage = Coverage(articles_read=3, articles_skipped=0, skip_reasons=[], statements=505,
                         unattributed=0)
    text = _summary_paragraph(df, agg, coverage, min_n=5, max_actors=30)
    assert "the most supportive of Ukraine is Many (+0.60 [+0.55, +0.65])" in text
    assert "the least is Middle" in text
    assert "The most doubtful of the United States is Many" in text

"""Charts (matplotlib) and the Markdown report built from the scored statements table."""

from stance.report.charts import (
    plot_actor,
    plot_overview,
    plot_stance_vs_sentiment,
    plot_timeline,
    save_figure,
)
from stance.report.markdown import Coverage, render_report, slugify

__all__ = [
    "Coverage",
    "plot_actor",
    "plot_overview",
    "plot_stance_vs_sentiment",
    "plot_timeline",
    "render_report",
    "save_figure",
    "slugify",
]

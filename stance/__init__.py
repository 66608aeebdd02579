"""stance: who said what in news about the war in Ukraine, and how each speaker leans.

The public API, for notebooks and scripts:

    import stance
    articles, log = stance.read_corpus(["data/sample"])
    statements = stance.extract(articles[0])             # list of Statement dataclasses
    df = stance.analyze(["data/sample"])                 # or a DataFrame of articles
    table = stance.aggregate(df)
    fig = stance.plot_overview(table)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from stance.actors import ActorRegistry
from stance.aggregate import AggregateOptions, aggregate
from stance.attribution import Attributor, extract
from stance.classify.model import StanceModel
from stance.corpus import Columns, read_corpus
from stance.pipeline import RunLog, Settings, build_report, iter_scored
from stance.report import (
    plot_actor,
    plot_overview,
    plot_stance_vs_sentiment,
    plot_timeline,
)
from stance.types import Article, Statement

__version__ = "0.1.0"


def statements_frame(statements: Iterable[Statement]) -> pd.DataFrame:
    """Statements as a DataFrame, one row each."""
    return pd.DataFrame([s.to_dict() for s in statements],
                        columns=list(Statement.__dataclass_fields__))


def analyze(source: pd.DataFrame | str | Path | Iterable[str | Path],
            settings: Settings | None = None) -> pd.DataFrame:
    """The scored statements table for a corpus: paths, or a DataFrame of articles."""
    from stance.pipeline import analyze_frame

    settings = settings or Settings()
    if isinstance(source, pd.DataFrame):
        return analyze_frame(source, settings)
    paths = [source] if isinstance(source, (str, Path)) else list(source)
    frames = list(iter_scored(paths, settings, RunLog()))
    if frames:
        return pd.concat(frames, ignore_index=True)
    return analyze_frame(pd.DataFrame(columns=["id", "text"]), settings)


__all__ = [
    "ActorRegistry", "AggregateOptions", "Article", "Attributor", "Columns", "Settings",
    "StanceModel", "Statement", "aggregate", "analyze", "build_report", "extract",
    "plot_actor", "plot_overview", "plot_stance_vs_sentiment", "plot_timeline", "read_corpus",
    "statements_frame",
]

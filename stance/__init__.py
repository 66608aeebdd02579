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

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    import pandas as pd

    from stance.pipeline import Settings
    from stance.types import Statement

# The public names and where they live. They are imported on first use, so that
# `stance quotes` does not pay for pandas' plotting or scikit-learn when it needs neither.
_EXPORTS = {
    "ActorRegistry": "stance.actors",
    "AggregateOptions": "stance.aggregate",
    "aggregate": "stance.aggregate",
    "Attributor": "stance.attribution",
    "extract": "stance.attribution",
    "StanceModel": "stance.classify.model",
    "Columns": "stance.corpus",
    "read_corpus": "stance.corpus",
    "RunLog": "stance.pipeline",
    "Settings": "stance.pipeline",
    "build_report": "stance.pipeline",
    "iter_scored": "stance.pipeline",
    "plot_actor": "stance.report",
    "plot_overview": "stance.report",
    "plot_stance_vs_sentiment": "stance.report",
    "plot_timeline": "stance.report",
    "Article": "stance.types",
    "Statement": "stance.types",
}


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'stance' has no attribute {name!r}")


__version__ = "0.1.0"


def statements_frame(statements: Iterable[Statement]) -> pd.DataFrame:
    """Statements as a DataFrame, one row each."""
    import pandas as pd

    from stance.types import Statement

    return pd.DataFrame([s.to_dict() for s in statements],
                        columns=list(Statement.__dataclass_fields__))


def analyze(source: pd.DataFrame | str | Path | Iterable[str | Path],
            settings: Settings | None = None) -> pd.DataFrame:
    """The scored statements table for a corpus: paths, or a DataFrame of articles."""
    from pathlib import Path

    import pandas as pd

    from stance.pipeline import RunLog, Settings, analyze_frame, iter_scored

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

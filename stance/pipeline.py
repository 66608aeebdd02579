"""The one place where stages are chained: read -> attribute -> score -> aggregate -> render."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from stance.actors import ActorRegistry
from stance.attribution import Attributor
from stance.attribution.lexicon import load_lexicon
from stance.corpus import Columns, iter_articles
from stance.types import Article, ReadLog, ReadProblem, Statement


@dataclass(frozen=True)
class Settings:
    """What a run needs beyond its inputs."""

    columns: Columns = Columns()
    actors: tuple[str, ...] = ()  # extra registry files


def make_attributor(settings: Settings) -> Attributor:
    """Load the registry and lexicon once, for a whole run (or once per worker)."""
    return Attributor(ActorRegistry.load(settings.actors), load_lexicon())


def attribute_articles(
    articles: Iterable[Article], attributor: Attributor, log: ReadLog
) -> Iterator[tuple[Article, list[Statement]]]:
    """Statements per article; an article that fails is skipped and recorded, never fatal."""
    for article in articles:
        try:
            statements = attributor.extract(article)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            log.problems.append(
                ReadProblem(article.origin or article.id, f"attribution failed: {exc!r}")
            )
            continue
        yield article, statements


def iter_statements(
    paths: Iterable[str | Path], settings: Settings, log: ReadLog
) -> Iterator[Statement]:
    """Stream every statement of a corpus, in article order."""
    attributor = make_attributor(settings)
    for _, statements in attribute_articles(iter_articles(paths, settings.columns, log),
                                            attributor, log):
        yield from statements

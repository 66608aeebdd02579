"""The one place where stages are chained: read -> attribute -> score -> aggregate -> render.

The per-article stages (read, attribute, score) run over chunks of articles, in this process
or in a pool of worker processes that each load the models once; aggregation is a reduction
over the chunks' partial counts, so its numbers do not depend on chunk size or job count.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from stance.actors import ActorRegistry
from stance.attribution import Attributor
from stance.attribution.lexicon import load_lexicon
from stance.attribution.sentences import context_span
from stance.classify.labelled import LABELS, TARGETS, LabelledDataError, parse_labelled, row_key
from stance.corpus import Columns, iter_articles
from stance.sentiment import VADER_COLUMNS, label_from_compound, vader_table
from stance.types import Article, ReadLog, ReadProblem, Statement

if TYPE_CHECKING:
    from stance.classify.model import StanceModel

REPO = Path(__file__).resolve().parent.parent
DEFAULT_MODELS = REPO / "models"
STATEMENT_COLUMNS = ["article_id", "kind", "text", "start", "end", "speaker", "speaker_mention",
                     "cue"]
ARTICLE_COLUMNS = ["title", "date", "outlet", "url"]
STANCE_COLUMNS = [f"{t}_{label}" for t in TARGETS for label in LABELS]
SCORED_COLUMNS = (STATEMENT_COLUMNS + ["context"] + ARTICLE_COLUMNS +
                  ["sentiment", "sentiment_label"] +
                  [c for t in TARGETS for c in [t] + [f"{t}_{label}" for label in LABELS]])


@dataclass(frozen=True)
class Settings:
    """What a run needs beyond its inputs."""

    columns: Columns = Columns()
    actors: tuple[str, ...] = ()  # extra registry files
    models: Path | None = DEFAULT_MODELS  # None: no stance models (sentiment only)
    jobs: int = 1
    chunk_size: int = 100  # articles per unit of work
    engine: str = "local"  # or "dask"
    scheduler: str | None = None  # a distributed scheduler's address, for engine="dask"


@dataclass
class RunLog(ReadLog):
    """What a run read, skipped and found."""

    statements: int = 0
    unattributed: int = 0
    extra: dict = field(default_factory=dict)


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


# -- scoring ----------------------------------------------------------------------------------
def statement_rows(pairs: Iterable[tuple[Article, list[Statement]]]) -> pd.DataFrame:
    """One row per statement, with its context sentence(s) and its article's metadata."""
    rows = []
    for article, statements in pairs:
        for st in statements:
            a, b = context_span(article.text, st.start, st.end)
            rows.append({**st.to_dict(), "context": article.text[a:b], "title": article.title,
                         "date": article.date, "outlet": article.outlet, "url": article.url})
    return pd.DataFrame(rows, columns=STATEMENT_COLUMNS + ["context"] + ARTICLE_COLUMNS)


def score_frame(df: pd.DataFrame, model: StanceModel | None) -> pd.DataFrame:
    """Add sentiment and, where a model is given, stance labels and probabilities."""
    out = df.copy()
    vader = vader_table(out["text"].tolist())
    for j, col in enumerate(VADER_COLUMNS):  # one VADER pass: sentiment and stance features
        out[col] = pd.Series(vader[:, j], index=out.index, dtype=float)
    out["sentiment"] = out["vader_compound"]
    out["sentiment_label"] = out["sentiment"].map(label_from_compound)
    if model is not None and len(out):
        proba = model.predict_proba(out)
        labels = model.decide(proba, out)
        for target in model.pipelines:
            out[target] = labels[target]
            for label in LABELS:
                out[f"{target}_{label}"] = proba[f"{target}_{label}"]
    for col in SCORED_COLUMNS:
        if col not in out:
            out[col] = pd.Series(dtype=object if col in TARGETS else float)
    return out[SCORED_COLUMNS]


class Scorer:
    """Everything the per-article stages need, loaded once (per process)."""

    def __init__(self, settings: Settings):
        self.attributor = make_attributor(settings)
        from stance.classify.model import StanceModel  # scikit-learn: only when scoring

        self.model = StanceModel.load(settings.models) if settings.models else None

    def score_articles(self, articles: list[Article]) -> tuple[pd.DataFrame, list[ReadProblem]]:
        log = ReadLog()
        pairs = list(attribute_articles(articles, self.attributor, log))
        return score_frame(statement_rows(pairs), self.model), log.problems


# A worker process's Scorer, built once by the pool's initializer: the models are loaded once
# per worker, not once per chunk.
_WORKER: dict[str, Scorer] = {}


def _init_worker(settings: Settings) -> None:
    _WORKER["scorer"] = Scorer(settings)


def _score_in_worker(articles: list[Article]) -> tuple[pd.DataFrame, list[ReadProblem]]:
    return _WORKER["scorer"].score_articles(articles)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def article_hash(article: Article) -> str:
    """The key under which an article's analysis is remembered: a hash of its text."""
    return hashlib.sha1(article.text.encode("utf-8")).hexdigest()[:20]


@dataclass
class Seen:
    """Articles analysed before (`known`) and in this run (`added`), by hash."""

    known: frozenset[str] = frozenset()
    added: set[str] = field(default_factory=set)


def _unseen(articles: Iterable[Article], seen: Seen | None, log: RunLog) -> Iterator[Article]:
    """Articles not analysed before; the hashes of those let through are recorded."""
    for article in articles:
        if seen is not None:
            key = article_hash(article)
            if key in seen.known:
                log.extra["unchanged"] = log.extra.get("unchanged", 0) + 1
                continue
            seen.added.add(key)
        yield article


def iter_scored(paths: Iterable[str | Path], settings: Settings, log: RunLog,
                on_chunk=None, seen: Seen | None = None) -> Iterator[pd.DataFrame]:
    """Scored statements, one DataFrame per chunk of articles, in corpus order.

    With jobs > 1 the chunks are scored in a process pool; at most 2 x jobs chunks are in
    flight, so memory stays flat however large the corpus is. Articles in `seen.known` are
    skipped (already analysed); the hashes of the others go into `seen.added`.
    """
    if settings.engine == "dask":
        yield from iter_scored_dask(paths, settings, log, on_chunk, settings.scheduler, seen)
        return
    articles = _unseen(iter_articles(paths, settings.columns, log), seen, log)
    chunks = _chunks(articles, settings.chunk_size)
    if settings.jobs <= 1:
        scorer = Scorer(settings)
        results = (scorer.score_articles(chunk) for chunk in chunks)
        yield from _collect(results, log, on_chunk)
        return
    with ProcessPoolExecutor(settings.jobs, initializer=_init_worker,
                             initargs=(settings,)) as pool:
        pending = []
        for chunk in chunks:
            pending.append(pool.submit(_score_in_worker, chunk))
            if len(pending) >= 2 * settings.jobs:
                yield from _collect([pending.pop(0).result()], log, on_chunk)
        yield from _collect((f.result() for f in pending), log, on_chunk)


def iter_scored_dask(paths: Iterable[str | Path], settings: Settings, log: RunLog,
                     on_chunk=None, scheduler: str | None = None,
                     seen: Seen | None = None) -> Iterator[pd.DataFrame]:
    """Like iter_scored, with the per-article stages mapped over the partitions of Dask bags
    on a `distributed` cluster: the one at `scheduler`, or a LocalCluster of `jobs` workers.

    The client reads the corpus and sends it in bags of 4 partitions per worker, so memory
    stays flat; each worker loads the models once; results come back in corpus order.
    """
    import dask.bag as db
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, settings.jobs), threads_per_worker=1,
                               processes=True, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info()["workers"]))
        articles = _unseen(iter_articles(paths, settings.columns, log), seen, log)
        for batch in _chunks(_chunks(articles, settings.chunk_size), 4 * workers):
            bag = db.from_sequence(batch, npartitions=len(batch))
            results = bag.map(_score_on_dask_worker, settings).compute()
            yield from _collect(results, log, on_chunk)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _score_on_dask_worker(articles: list[Article], settings: Settings):
    """Score a chunk with the worker's Scorer, built on its first chunk."""
    from distributed import get_worker

    worker = get_worker()
    scorer = getattr(worker, "stance_scorer", None)
    if scorer is None:
        scorer = worker.stance_scorer = Scorer(settings)
    return scorer.score_articles(articles)


def _collect(results, log: RunLog, on_chunk) -> Iterator[pd.DataFrame]:
    for frame, problems in results:
        log.problems.extend(problems)
        log.statements += len(frame)
        log.unattributed += int(frame["speaker"].isna().sum())
        if on_chunk is not None:
            on_chunk(frame)
        yield frame


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyze_frame(articles: pd.DataFrame, settings: Settings | None = None) -> pd.DataFrame:
    """Score a DataFrame of articles (`id`, `text`, optional metadata columns)."""
    settings = settings or Settings()
    scorer = Scorer(settings)
    cols = settings.columns
    items = []
    for i, row in enumerate(articles.to_dict("records")):
        text = row.get(cols.text)
        if not isinstance(text, str) or not text.strip():
            continue
        items.append(Article(id=str(row.get(cols.id, i)), text=text,
                             title=row.get(cols.title), date=row.get(cols.date),
                             outlet=row.get(cols.outlet), url=row.get(cols.url)))
    frame, _ = scorer.score_articles(items)
    return frame



# -- training and evaluation ------------------------------------------------------------------
DEFAULT_LABELLED = REPO / "data" / "labelled" / "statements.csv"
RUW = REPO.parent / "shared" / "data" / "stance-external" / "ruw"
RUW_VAL = RUW / "raw_val_Russia_Ukraine.csv"
RUW_TRAIN = RUW / "raw_train_Russia_Ukraine.csv"


def load_labelled(path: str | Path) -> pd.DataFrame:
    """The labelled rows, validated, with a `split` column from split.csv beside them."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LabelledDataError(f"{path}: cannot read ({exc})") from None
    frame = parse_labelled(text, str(path)).frame
    split_path = path.with_name("split.csv")
    fixed = {}
    if split_path.exists():
        known = pd.read_csv(split_path)
        fixed = dict(zip(known["key"], known["split"], strict=True))
    frame["split"] = [fixed.get(row_key(t, c), "train")
                      for t, c in zip(frame["text"], frame["context"], strict=True)]
    return frame


def train_models(labelled: str | Path, targets: Iterable[str], out_dir: str | Path,
                 command: str, ruw: Path | None = RUW_VAL,
                 ruw_train: Path | None = RUW_TRAIN) -> dict:
    """Fit, evaluate on the test split, save the models and write MODEL_CARD.md.

    RUW's training tweets, where present, may join the `ukraine` statement-only pipeline's
    training data, with a weight chosen by cross-validation (0 leaves them out)."""
    from stance.atomic import atomic_write
    from stance.classify.train import (
        evaluate_external,
        evaluate_models,
        fit_models,
        render_model_card,
        ruw_frame,
    )

    targets = tuple(targets)
    frame = load_labelled(labelled)
    train, test = frame[frame["split"] == "train"], frame[frame["split"] == "test"]
    extra = {}
    if "ukraine" in targets and ruw_train is not None and ruw_train.exists():
        extra["ukraine"] = ruw_frame(pd.read_csv(ruw_train, encoding="utf-8",
                                                 encoding_errors="replace"))
    model, _ = fit_models(train, targets, extra=extra)
    results = evaluate_models(model, train, test) if len(test) else {}
    external = None
    if "ukraine" in model.pipelines and ruw is not None and ruw.exists():
        raw = pd.read_csv(ruw, encoding="utf-8", encoding_errors="replace")
        external = evaluate_external(model, ruw_frame(raw), "ukraine")
    out_dir = Path(out_dir)
    written = model.save(out_dir)
    card = render_model_card(model, results, train, test, external, command)
    with atomic_write(out_dir / "MODEL_CARD.md") as fh:
        fh.write(card)
    written.append(out_dir / "MODEL_CARD.md")
    return {"results": results, "external": external, "written": written}


def evaluate_saved(labelled: str | Path, models: str | Path) -> dict:
    """Saved models on the labelled file's test split (all rows if it has no split)."""
    from stance.classify.model import StanceModel
    from stance.classify.train import evaluate_models

    frame = load_labelled(labelled)
    test = frame[frame["split"] == "test"]
    train = frame[frame["split"] == "train"]
    if test.empty:
        test, train = frame, frame
    return evaluate_models(StanceModel.load(models), train, test)


def predict_csv(
    in_path: str | Path, out_path: str | Path | None, models: str | Path
) -> pd.DataFrame:
    """`stance predict`: the input rows in order, with label and probability columns added."""
    in_path = Path(in_path)
    try:
        df = pd.read_csv(in_path, dtype=str, keep_default_na=False)
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise PredictInputError(f"{in_path}: cannot read as CSV ({str(exc).splitlines()[0]})") \
            from None
    if "text" not in df.columns:
        raise PredictInputError(f"{in_path}: missing text column 'text' "
                                f"(columns: {', '.join(df.columns)})")
    from stance.classify.model import StanceModel

    model = StanceModel.load(models)
    labels = model.predict(df)
    proba = model.predict_proba(df)
    out = df.copy()
    for target in model.pipelines:
        out[target] = labels[target]
    for col in proba.columns:
        out[col] = proba[col].round(4)
    if out_path is not None:
        from stance.atomic import atomic_write

        with atomic_write(out_path) as fh:
            out.to_csv(fh, index=False)
    return out


class PredictInputError(ValueError):
    """A `stance predict` input that cannot be read."""



# -- analysis tables and reports ---------------------------------------------------------------
def write_table(frames: Iterable[pd.DataFrame], path: str | Path) -> int:
    """Stream scored chunks to CSV or Parquet (by extension), atomically; return the row count."""
    from stance.atomic import atomic_write

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in {".csv", ".parquet", ".pq"}:
        raise ValueError(f"{path}: unsupported output type {suffix!r} (use .csv or .parquet)")
    n = 0
    if suffix == ".csv":
        with atomic_write(path) as fh:
            header = True
            for frame in frames:
                frame.to_csv(fh, index=False, header=header)
                header, n = False, n + len(frame)
            if header:
                pd.DataFrame(columns=SCORED_COLUMNS).to_csv(fh, index=False)
        return n
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = None
    with atomic_write(path, "wb") as fh:
        writer = None
        for frame in frames:
            table = pa.Table.from_pandas(_typed(frame), preserve_index=False, schema=schema)
            if writer is None:
                schema = table.schema
                writer = pq.ParquetWriter(fh, schema)
            writer.write_table(table)
            n += len(frame)
        if writer is None:
            pq.write_table(pa.Table.from_pandas(_typed(pd.DataFrame(columns=SCORED_COLUMNS)),
                                                preserve_index=False), fh)
        else:
            writer.close()
    return n


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Stable column types across chunks (a chunk with no speakers is still strings)."""
    out = frame.copy()
    for col in SCORED_COLUMNS:
        if col in ("start", "end"):
            out[col] = out[col].astype("Int64")
        elif col == "sentiment" or col.split("_")[-1] in LABELS and col not in TARGETS:
            out[col] = out[col].astype("float64")
        else:
            out[col] = out[col].astype("string")
    return out


def iter_table(path: str | Path, rows: int = 50_000) -> Iterator[pd.DataFrame]:
    """A scored table in chunks, so that an old table can be carried into a new one."""
    path = Path(path)
    if path.suffix.lower() in {".parquet", ".pq"}:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=rows):
            yield batch.to_pandas()
    else:
        yield from pd.read_csv(path, chunksize=rows)


def models_fingerprint(settings: Settings) -> str:
    """What a scored row depends on besides its article: models, registry files, lexicon."""
    h = hashlib.sha1()
    files = sorted(settings.models.glob("stance-*")) if settings.models else []
    for path in [*files, REPO / "data" / "actors.toml", *map(Path, settings.actors)]:
        if path.exists():
            h.update(path.name.encode() + path.read_bytes())
    h.update(load_lexicon().__repr__().encode())
    return h.hexdigest()[:20]


def analyze_to(paths: Iterable[str | Path], out: str | Path, settings: Settings, log: RunLog,
               on_chunk=None, force: bool = False) -> int:
    """`stance analyze`: write the scored table, reusing rows of articles already in `out`.

    `out` has a manifest beside it (`<out>.stance.json`) with the hashes of the articles it
    covers and the fingerprint of the models that scored them. When the fingerprint still
    matches, only articles with new content are scored, and the old rows are carried over;
    `force` recomputes everything.
    """
    out = Path(out)
    manifest = out.with_name(out.name + ".stance.json")
    fingerprint = models_fingerprint(settings)
    seen = Seen()
    old: list = []
    if not force and out.exists() and manifest.exists():
        meta = json.loads(manifest.read_text("utf-8"))
        if meta.get("models") == fingerprint:
            seen = Seen(frozenset(meta["articles"]))
            staged = out.with_name(f".{out.stem}.previous{out.suffix}")
            os.replace(out, staged)  # read from a copy: `out` itself is about to be replaced
            old = [staged]
    try:
        frames = (frame for source in old for frame in iter_table(source))
        fresh = iter_scored(paths, settings, log, on_chunk, seen)
        n = write_table(_chain(frames, fresh), out)
    except BaseException:
        for staged in old:
            os.replace(staged, out)
        raise
    for staged in old:
        staged.unlink()
    from stance.atomic import atomic_write

    with atomic_write(manifest) as fh:
        json.dump({"models": fingerprint, "articles": sorted(seen.known | seen.added)}, fh)
    return n


def _chain(*iterables: Iterable[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    for it in iterables:
        yield from it


def read_table(path: str | Path) -> pd.DataFrame:
    """A scored table written by `stance analyze`."""
    path = Path(path)
    if path.suffix.lower() in {".parquet", ".pq"}:
        return pd.read_parquet(path)
    return pd.read_csv(path)


@dataclass
class ReportResult:
    path: Path
    log: RunLog
    statements: pd.DataFrame
    table: pd.DataFrame


def build_report(paths: Iterable[str | Path], out_dir: str | Path, settings: Settings,
                 on_chunk=None, title: str = "Stance report",
                 breakdowns: Iterable[str] = ()) -> ReportResult:
    """Read, attribute, score, aggregate and render `out_dir/report.md` with its figures.

    The per-actor table is also written as `actors.csv`, and, for each of `breakdowns`
    ("outlet", "month"), per actor and that key as `actors-by-<key>.csv`.
    """
    from stance.aggregate import AggregateOptions, combine, finalize, partial_counts
    from stance.atomic import atomic_write
    from stance.report.markdown import Coverage, render_report

    log = RunLog()
    groupings = [("speaker",)] + [("speaker", key) for key in breakdowns]
    frames, parts = [], {by: [] for by in groupings}
    for frame in iter_scored(paths, settings, log, on_chunk):
        frames.append(frame)
        for by in groupings:
            parts[by].append(partial_counts(frame, by))
    df = pd.concat(frames, ignore_index=True) if frames else score_frame(
        statement_rows([]), None)
    tables = {by: finalize(combine(parts[by]) if parts[by] else partial_counts(df, by),
                           AggregateOptions(by=by)) for by in groupings}
    table = tables[("speaker",)]
    out_dir = Path(out_dir)
    for by, t in tables.items():
        name = "actors.csv" if len(by) == 1 else f"actors-by-{by[1]}.csv"
        with atomic_write(out_dir / name) as fh:
            t.to_csv(fh, index=False)
    card_path = settings.models / "MODEL_CARD.md" if settings.models else None
    card = card_path.read_text("utf-8") if card_path and card_path.exists() else None
    coverage = Coverage(articles_read=log.read, articles_skipped=log.skipped,
                        skip_reasons=[p.reason for p in log.problems],
                        statements=log.statements, unattributed=log.unattributed)
    path = render_report(df, table, coverage, card, out_dir, title=title,
                         model_card_path=_relative(card_path, out_dir) if card_path else None)
    return ReportResult(path, log, df, table)


def _relative(target: Path, start: Path) -> str:
    try:
        return os.path.relpath(target.resolve(), start.resolve())
    except ValueError:  # another drive
        return str(target)

"""The `stance` command: argument parsing and printing only; the work is in pipeline.py."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from stance.actors import RegistryError
from stance.atomic import atomic_write
from stance.classify.labelled import TARGETS, LabelledDataError
from stance.corpus import Columns, CorpusError
from stance.modelfiles import ModelFileError
from stance.pipeline import (
    DEFAULT_LABELLED,
    DEFAULT_MODELS,
    PredictInputError,
    RunLog,
    Settings,
    analyze_to,
    build_report,
    default_jobs,
    evaluate_saved,
    iter_statements,
    predict_csv,
    train_models,
)
from stance.types import ReadLog


def _add_corpus_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=".txt/.md files or folders, .jsonl or .csv files")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="an extra actor registry (TOML), added to the shipped one")
    for field in ("id", "text", "title", "date", "outlet", "url"):
        p.add_argument(f"--{field}-col", default=field, metavar="NAME",
                       help=f"the column or JSON field holding the {field} (default: {field})")


def _add_run_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--models", type=Path, default=DEFAULT_MODELS, metavar="DIR",
                   help="the stance models (default: the shipped models/)")
    p.add_argument("--jobs", type=int, default=0, metavar="N",
                   help="worker processes (default: all cores)")
    p.add_argument("--chunk-size", type=int, default=100, metavar="N",
                   help="articles per unit of work (default: 100)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local process pool, or a Dask cluster (pip install stance[dask])")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: a running scheduler (default: a LocalCluster)")


def _settings(args: argparse.Namespace) -> Settings:
    columns = Columns(id=args.id_col, text=args.text_col, title=args.title_col,
                      date=args.date_col, outlet=args.outlet_col, url=args.url_col)
    settings = Settings(columns=columns, actors=tuple(args.actors))
    if hasattr(args, "models"):
        if args.engine == "dask":
            try:
                import dask.bag  # noqa: F401
                import distributed  # noqa: F401
            except ImportError:
                raise ValueError("--engine dask needs the dask extra: "
                                 "pip install 'stance[dask]'") from None
        settings = Settings(columns=columns, actors=tuple(args.actors), models=args.models,
                            jobs=args.jobs or default_jobs(), chunk_size=max(1, args.chunk_size),
                            engine=args.engine, scheduler=args.scheduler)
    return settings


def _progress(args: argparse.Namespace):
    """A tqdm bar counting statements (the number of articles is unknown while streaming)."""
    if args.quiet or not sys.stderr.isatty():
        return None, lambda frame: None
    from tqdm import tqdm

    bar = tqdm(unit=" statements", file=sys.stderr, desc="stance")
    return bar, lambda frame: bar.update(len(frame))


def _summary(log: RunLog, seconds: float) -> str:
    share = log.unattributed / log.statements if log.statements else 0.0
    return (f"stance: {log.read} articles read, {log.skipped} skipped; {log.statements} "
            f"statements ({share:.0%} unattributed) in {seconds:.1f} s")


def _report_log(log: ReadLog) -> None:
    for problem in log.problems:
        print(f"stance: skipped {problem}", file=sys.stderr)


def cmd_quotes(args: argparse.Namespace) -> int:
    log = ReadLog()
    statements = iter_statements(args.paths, _settings(args), log)
    n = 0
    if args.output:
        with atomic_write(args.output) as fh:
            for st in statements:
                fh.write(json.dumps(st.to_dict(), ensure_ascii=False) + "\n")
                n += 1
    else:
        for st in statements:
            sys.stdout.write(json.dumps(st.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    _report_log(log)
    print(f"stance: {n} statements from {log.read} articles ({log.skipped} skipped)",
          file=sys.stderr)
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    import time

    t0 = time.perf_counter()
    log = RunLog()
    bar, tick = _progress(args)
    try:
        analyze_to(args.paths, args.output, _settings(args), log, tick, force=args.force)
    finally:
        if bar is not None:
            bar.close()
    _report_log(log)
    unchanged = log.extra.get("unchanged", 0)
    kept = f"; {unchanged} unchanged articles kept from the last run" if unchanged else ""
    print(_summary(log, time.perf_counter() - t0) + kept + f"; wrote {args.output}",
          file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    import time

    t0 = time.perf_counter()
    bar, tick = _progress(args)
    try:
        result = build_report(args.paths, args.output, _settings(args), tick, title=args.title,
                              breakdowns=args.by)
    finally:
        if bar is not None:
            bar.close()
    _report_log(result.log)
    print(_summary(result.log, time.perf_counter() - t0) + f"; wrote {result.path}",
          file=sys.stderr)
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    targets = TARGETS if args.target == "all" else (args.target,)
    command = "make train" if args.labelled == DEFAULT_LABELLED else \
        f"stance train {args.labelled} --target {args.target}"
    out = train_models(args.labelled, targets, args.output, command)
    for target, rows in out["results"].items():
        m = rows["model"]
        print(f"{target}: test macro-F1 {m['macro_f1']:.3f} (n={m['n']}); " +
              "; ".join(f"{k} {v['macro_f1']:.3f}" for k, v in rows.items() if k != "model"))
    if out["external"]:
        print(f"ukraine on RUW val tweets: macro-F1 {out['external']['macro_f1']:.3f} "
              f"(n={out['external']['n']})")
    print("wrote " + ", ".join(str(p) for p in out["written"]), file=sys.stderr)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from stance.classify.evaluate import markdown_table

    for target, rows in evaluate_saved(args.labelled, args.models).items():
        print(f"## {target}\n\n{markdown_table(rows)}\n")
    return 0


def cmd_predict(args: argparse.Namespace) -> int:
    out = predict_csv(args.input, args.output, args.models)
    if args.output is None:
        out.to_csv(sys.stdout, index=False)
    else:
        print(f"stance: {len(out)} rows predicted; wrote {args.output}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stance", description="Who said what in news, and how each speaker leans.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("quotes", help="extract attributed statements as JSON Lines")
    _add_corpus_args(p)
    p.add_argument("-o", "--output", type=Path, help="write JSON Lines here (default: stdout)")
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("analyze", help="the scored statements table (CSV or Parquet)")
    _add_corpus_args(p)
    _add_run_args(p)
    p.add_argument("-o", "--output", type=Path, required=True,
                   help="FILE.csv or FILE.parquet")
    p.add_argument("--force", action="store_true",
                   help="recompute every article, even those already in the output")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("report", help="the Markdown report with per-actor charts")
    _add_corpus_args(p)
    _add_run_args(p)
    p.add_argument("-o", "--output", type=Path, default=Path("reports"), metavar="DIR")
    p.add_argument("--title", default="Stance report")
    p.add_argument("--by", nargs="+", choices=["outlet", "month"], default=[],
                   help="also write per-actor tables broken down by outlet and/or month")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("train", help="train the stance classifiers and write the model card")
    p.add_argument("labelled", nargs="?", type=Path, default=DEFAULT_LABELLED)
    p.add_argument("--target", choices=[*TARGETS, "all"], default="all")
    p.add_argument("-o", "--output", type=Path, default=DEFAULT_MODELS, metavar="DIR")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="score saved models on a labelled file's test split")
    p.add_argument("labelled", nargs="?", type=Path, default=DEFAULT_LABELLED)
    p.add_argument("--models", type=Path, default=DEFAULT_MODELS, metavar="DIR")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("predict", help="add stance labels and probabilities to a CSV")
    p.add_argument("input", type=Path, metavar="FILE.csv")
    p.add_argument("-o", "--output", type=Path, help="write here (default: stdout)")
    p.add_argument("--models", type=Path, default=DEFAULT_MODELS, metavar="DIR")
    p.set_defaults(func=cmd_predict)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (CorpusError, RegistryError, LabelledDataError, ModelFileError, PredictInputError,
            ValueError, OSError) as exc:
        print(f"stance: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("stance: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

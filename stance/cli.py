"""The `stance` command: argument parsing and printing only; the work is in pipeline.py."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from stance.actors import RegistryError
from stance.atomic import atomic_write
from stance.corpus import Columns, CorpusError
from stance.pipeline import Settings, iter_statements
from stance.types import ReadLog


def _add_corpus_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=".txt/.md files or folders, .jsonl or .csv files")
    p.add_argument("--actors", action="append", default=[], metavar="FILE",
                   help="an extra actor registry (TOML), added to the shipped one")
    for field in ("id", "text", "title", "date", "outlet", "url"):
        p.add_argument(f"--{field}-col", default=field, metavar="NAME",
                       help=f"the column or JSON field holding the {field} (default: {field})")


def _settings(args: argparse.Namespace) -> Settings:
    columns = Columns(id=args.id_col, text=args.text_col, title=args.title_col,
                      date=args.date_col, outlet=args.outlet_col, url=args.url_col)
    return Settings(columns=columns, actors=tuple(args.actors))


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stance", description="Who said what in news, and how each speaker leans.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("quotes", help="extract attributed statements as JSON Lines")
    _add_corpus_args(p)
    p.add_argument("-o", "--output", type=Path, help="write JSON Lines here (default: stdout)")
    p.set_defaults(func=cmd_quotes)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (CorpusError, RegistryError) as exc:
        print(f"stance: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("stance: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

"""Reading a corpus: plain-text files, folders, JSON Lines and CSV, streamed into `Article`s.

Bad input never stops a batch: each unreadable file, line or row is skipped and recorded as a
`ReadProblem` in the `ReadLog`, and reading goes on. Only a path that does not exist at all is
fatal (`CorpusError`), and that is checked before anything is read.

JSONL and CSV are read line by line in binary with a bounded ``readline``, so neither a huge
file nor a single huge line is ever held in memory whole.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from stance.types import Article, ReadLog, ReadProblem

__all__ = [
    "Columns",
    "CorpusError",
    "MAX_FILE_BYTES",
    "MAX_LINE_BYTES",
    "SUFFIXES",
    "iter_articles",
    "normalise_date",
    "read_corpus",
]

MAX_LINE_BYTES = 10_000_000  # longest JSONL/CSV line read; longer lines are skipped unread
MAX_FILE_BYTES = 10_000_000  # largest .txt/.md file read
SUFFIXES = (".txt", ".md", ".jsonl", ".csv")

_BINARY_PROBE = 8192  # a NUL byte in this many leading bytes marks a file as binary
_DRAIN_CHUNK = 1 << 20  # bytes per read while skipping the rest of an over-long line
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Columns:
    """Column (CSV) or field (JSONL) names to read each part of an article from."""

    id: str = "id"
    text: str = "text"
    title: str = "title"
    date: str = "date"
    outlet: str = "outlet"
    url: str = "url"


class CorpusError(ValueError):
    """A fatal problem with the paths given (as opposed to bad contents, which are logged)."""


# ---------------------------------------------------------------------------- public API


def iter_articles(
    paths: Iterable[str | Path] | str | Path,
    columns: Columns = Columns(),
    log: ReadLog | None = None,
) -> Iterator[Article]:
    """Stream articles from files/folders; bad items are skipped and logged in `log`, never raised.

    Every path is checked up front: one that does not exist raises `CorpusError` straight away,
    before anything is read. The returned iterator is lazy; `log.read` counts articles yielded.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    checked = [Path(p) for p in paths]
    for path in checked:
        if not os.path.lexists(path):
            raise CorpusError(f"{path}: no such file or directory")
    return _Reader(columns, log if log is not None else ReadLog()).run(checked)


def read_corpus(
    paths: Iterable[str | Path] | str | Path, columns: Columns = Columns()
) -> tuple[list[Article], ReadLog]:
    """Read everything into a list; returns the articles and the log of what was skipped."""
    log = ReadLog()
    articles = list(iter_articles(paths, columns, log))
    return articles, log


_MONTH_FIRST = ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")
_DAY_FIRST = ("%d %B %Y", "%d %b %Y", "%d %B, %Y", "%d %b, %Y")
_NUMERIC = ("%Y/%m/%d", "%d.%m.%Y")  # unambiguous; d/m/Y vs m/d/Y with slashes is never guessed
_DATE_FORMATS = _MONTH_FIRST + _DAY_FIRST + _NUMERIC

# yyyy-mm-dd, optionally followed by a time of day and a zone (the date is kept as written)
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE
)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_ABBREV_DOT = re.compile(r"\b([A-Za-z]{3,4})\.")
_SEPT = re.compile(r"\bsept\b", re.IGNORECASE)


def normalise_date(raw: Any) -> str | None:
    """ISO yyyy-mm-dd where `raw` parses unambiguously; else the raw string stripped.

    Accepted: ISO dates and datetimes (any time/zone suffix; the date is kept as written),
    "March 2, 2022", "Mar. 2nd 2022", "Wednesday, March 2, 2022", "2 March 2022",
    "2022/03/02" and "02.03.2022" (day.month.year). Slash dates with the year last
    ("02/03/2022") are ambiguous between day- and month-first and are kept raw, as are
    partial dates ("July 2022"). Returns None for None or a blank string.
    """
    if raw is None:
        return None
    text = raw.strip() if isinstance(raw, str) else str(raw).strip()
    if not text:
        return None
    iso = _ISO.fullmatch(text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        except ValueError:
            return text
    cleaned = " ".join(text.split())
    cleaned = _WEEKDAY.sub("", cleaned, count=1) if _WEEKDAY.match(cleaned) else cleaned
    cleaned = _ORDINAL.sub(r"\1", cleaned)
    cleaned = _SEPT.sub("Sep", _ABBREV_DOT.sub(r"\1", cleaned))
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return text


# ---------------------------------------------------------------------------- helpers


class _LineTooLong(Exception):
    """Raised by `_CsvLines` in place of a line longer than MAX_LINE_BYTES."""


def _mb(n: int) -> str:
    return f"{n / 1_000_000:g} MB"


def _short(text: str, limit: int = 60) -> str:
    """`text` on one line and at most `limit` characters long, for use inside a reason."""
    text = " ".join(_clean(text[: limit * 4]).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _names(names: Iterable[Any], limit: int = 12) -> str:
    names = list(names)
    shown = ", ".join(_short(str(n), 40) for n in names[:limit])
    return shown + (f", … ({len(names)} in all)" if len(names) > limit else "")


def _not_utf8(data: bytes, err: UnicodeDecodeError, base: int) -> str:
    return f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {base + err.start})"


def _os_reason(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return "cannot read (permission denied)"
    return f"cannot read ({err.strerror or type(err).__name__})"


def _clean(value: str) -> str:
    """Replace lone surrogates (from JSON escapes like \\ud800) with U+FFFD; length is kept."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return re.sub("[\ud800-\udfff]", "\ufffd", value)
    return value


def _meta(value: Any) -> str | None:
    """A metadata value as a stripped string, or None when absent, blank or not a scalar."""
    if value is None or isinstance(value, (bool, list, dict)):
        return None
    text = _clean(value if isinstance(value, str) else str(value)).strip()
    return text or None


def _bounded_lines(f: BinaryIO) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield (byte offset, line, quotes) per line of `f`; line is None when over MAX_LINE_BYTES.

    An over-long line is never read whole: at most MAX_LINE_BYTES + 1 bytes are held, and the
    rest of the line is skipped in 1 MB chunks. `quotes` counts the '"' bytes in a skipped line
    (0 otherwise), so a CSV reader can tell whether the line closed a quoted field.
    """
    offset = 0
    while True:
        limit = MAX_LINE_BYTES
        line = f.readline(limit + 1)
        if not line:
            return
        start, offset = offset, offset + len(line)
        if len(line) > limit and not line.endswith(b"\n"):
            quotes = line.count(b'"')
            del line
            while True:
                rest = f.readline(_DRAIN_CHUNK)
                offset += len(rest)
                quotes += rest.count(b'"')
                if not rest or rest.endswith(b"\n"):
                    break
            yield start, None, quotes
        else:
            yield start, line, 0


class _CsvLines:
    """Decoded physical lines for `csv.reader`, bounded in length, noting undecodable bytes.

    Lines are decoded with surrogateescape so that the csv parser never sees a decode error;
    the first bad byte in the current record is remembered so the row can be rejected.
    Unlike a generator, this iterator survives raising `_LineTooLong`, so the reader can go on.
    It also counts '"' in the current record: after a failed record, `resync` skips the rest of
    a quoted field left open, instead of parsing its remaining lines as rows.
    """

    def __init__(self, f: BinaryIO) -> None:
        self._lines = _bounded_lines(f)
        self._bad: str | None = None
        self._quotes = 0
        self._first = True

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        offset, line, skipped_quotes = next(self._lines)
        if line is None:
            self._quotes += skipped_quotes
            raise _LineTooLong
        self._quotes += line.count(b'"')
        if self._first:
            self._first = False
            if line.startswith(_BOM):
                line, offset = line[3:], offset + 3
        try:
            return line.decode("utf-8")
        except UnicodeDecodeError as err:
            if self._bad is None:
                self._bad = _not_utf8(line, err, offset)
            return line.decode("utf-8", "surrogateescape")

    def end_record(self) -> str | None:
        """Start a new record; returns the decoding problem of the one just read, if any."""
        bad, self._bad, self._quotes = self._bad, None, 0
        return bad

    def resync(self) -> None:
        """After a failed record, skip lines up to the end of a quoted field it left open."""
        while self._quotes % 2:
            try:
                next(self)
            except StopIteration:
                break
            except _LineTooLong:
                continue
        self.end_record()


# ---------------------------------------------------------------------------- the reader


class _Reader:
    """One run over a list of paths: owns the log and the set of ids already read."""

    def __init__(self, columns: Columns, log: ReadLog) -> None:
        self.columns = columns
        self.log = log
        self.seen_ids: dict[str, str] = {}  # id -> origin of its first article
        self.seen_files: set[str] = set()

    def problem(self, origin: Any, reason: str) -> None:
        self.log.problems.append(ReadProblem(_clean(str(origin)), reason))

    def run(self, paths: list[Path]) -> Iterator[Article]:
        for path in paths:
            if os.path.isdir(path):
                for file in self._walk(path):
                    yield from self._read_file(file)
            else:
                yield from self._read_file(path)

    def _walk(self, folder: Path) -> list[Path]:
        """Supported, non-hidden files under `folder`, recursively, sorted by relative path."""
        found: list[tuple[tuple[str, ...], Path]] = []

        def unreadable(err: OSError) -> None:
            self.problem(err.filename or folder, _os_reason(err).replace("read", "list", 1))

        for root, dirs, files in os.walk(folder, onerror=unreadable):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                if name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
                    continue
                file = Path(root, name)
                found.append((file.relative_to(folder).parts, file))
        found.sort(key=lambda item: item[0])
        return [file for _, file in found]

    def _read_file(self, path: Path) -> Iterator[Article]:
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            what = f"'{path.suffix}'" if path.suffix else "(no extension)"
            self.problem(path, f"unsupported file type {what}; expected {', '.join(SUFFIXES)}")
            return
        real = os.path.realpath(path)
        if real in self.seen_files:  # same file named twice (or via a folder): read it once
            return
        self.seen_files.add(real)
        try:
            if os.path.exists(path) and not os.path.isfile(path):
                self.problem(path, "not a regular file")
                return
            if suffix in (".txt", ".md"):
                yield from self._read_text(path)
            else:
                with open(path, "rb") as f:
                    if b"\0" in f.read(_BINARY_PROBE):
                        self.problem(path, "binary file")
                        return
                    f.seek(0)
                    if suffix == ".jsonl":
                        yield from self._read_jsonl(path, f)
                    else:
                        yield from self._read_csv(path, f)
        except OSError as err:
            self.problem(path, _os_reason(err))

    def _emit(self, origin: str, fields: dict[str, Any], fallback_id: str) -> Article | None:
        """Build an Article from raw field values, or log why not and return None."""
        c = self.columns
        text = fields.get(c.text)
        if not isinstance(text, str):
            if text is not None:
                self.problem(origin, f"'{c.text}' is not a string (got {type(text).__name__})")
                return None
            text = ""
        if not text.strip():
            self.problem(origin, "empty text")
            return None
        raw_id = fields.get(c.id)
        if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
            art_id = _clean(fallback_id)
        elif isinstance(raw_id, str):
            art_id = _clean(raw_id.strip())
        elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
            art_id = str(raw_id)
        else:
            kind = type(raw_id).__name__
            self.problem(origin, f"'{c.id}' must be a string or integer (got {kind})")
            return None
        first = self.seen_ids.get(art_id)
        if first is not None:
            self.problem(
                origin, f"duplicate id {_short(repr(art_id[:100]), 80)} (first read at {first})"
            )
            return None
        self.seen_ids[art_id] = origin
        return Article(
            id=art_id,
            text=_clean(text),
            title=_meta(fields.get(c.title)),
            date=normalise_date(_meta(fields.get(c.date))),
            outlet=_meta(fields.get(c.outlet)),
            url=_meta(fields.get(c.url)),
            origin=_clean(origin),
        )

    def _yield(self, article: Article | None) -> Iterator[Article]:
        if article is not None:
            self.log.read += 1
            yield article

    # -- formats

    def _read_text(self, path: Path) -> Iterator[Article]:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            self.problem(path, f"larger than {_mb(MAX_FILE_BYTES)}")
            return
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:  # grew since stat
            self.problem(path, f"larger than {_mb(MAX_FILE_BYTES)}")
            return
        if b"\0" in data[:_BINARY_PROBE]:
            self.problem(path, "binary file")
            return
        base = 3 if data.startswith(_BOM) else 0
        try:
            text = data[base:].decode("utf-8")
        except UnicodeDecodeError as err:
            self.problem(path, _not_utf8(data[base:], err, base))
            return
        if not text.strip():
            self.problem(path, "empty")
            return
        # a text file has no id field: its id is the file name without extension
        yield from self._yield(self._emit(str(path), {self.columns.text: text}, path.stem))

    def _read_jsonl(self, path: Path, f: BinaryIO) -> Iterator[Article]:
        nonblank = 0
        for lineno, (offset, line, _) in enumerate(_bounded_lines(f), start=1):
            origin = f"{path}:{lineno}"
            if line is None:
                nonblank += 1
                self.problem(origin, f"line longer than {_mb(MAX_LINE_BYTES)}")
                continue
            if lineno == 1 and line.startswith(_BOM):
                line, offset = line[3:], offset + 3
            if not line.strip():
                continue
            nonblank += 1
            try:
                decoded = line.rstrip(b"\r\n").decode("utf-8")
            except UnicodeDecodeError as err:
                self.problem(origin, _not_utf8(line, err, offset))
                continue
            try:
                obj = json.loads(decoded)
            except json.JSONDecodeError as err:
                self.problem(origin, f"invalid JSON ({err.msg} at column {err.colno})")
                continue
            except RecursionError:
                self.problem(origin, "invalid JSON (nested too deeply)")
                continue
            except ValueError as err:  # e.g. an integer with too many digits
                self.problem(origin, f"invalid JSON ({_short(str(err), 80)})")
                continue
            if not isinstance(obj, dict):
                self.problem(origin, f"not a JSON object (got {_json_type(obj)})")
                continue
            if self.columns.text not in obj:
                self.problem(origin, f"no '{self.columns.text}' field (fields: {_names(obj)})")
                continue
            yield from self._yield(self._emit(origin, obj, f"{path.stem}-{lineno}"))
        if nonblank == 0:
            self.problem(path, "empty")

    def _read_csv(self, path: Path, f: BinaryIO) -> Iterator[Article]:
        if csv.field_size_limit() < MAX_LINE_BYTES:
            csv.field_size_limit(MAX_LINE_BYTES)
        lines = _CsvLines(f)
        reader = csv.reader(lines)
        row_no = 0
        # header: the first non-blank row
        while True:
            row_no += 1
            try:
                header = next(reader)
            except StopIteration:
                self.problem(path, "empty")
                return
            except _LineTooLong:
                self.problem(f"{path}:{row_no}", f"line longer than {_mb(MAX_LINE_BYTES)}")
                return
            except csv.Error as err:
                self.problem(path, f"malformed CSV header ({_short(str(err), 80)})")
                return
            bad = lines.end_record()
            if bad:
                self.problem(path, bad)
                return
            if any(cell.strip() for cell in header):
                break
        names = [name.strip() for name in header]
        index: dict[str, int] = {}
        for i, name in enumerate(names):
            index.setdefault(name, i)
        if self.columns.text not in index:
            missing = f"missing text column '{self.columns.text}' (columns: {_names(names)})"
            self.problem(path, missing)
            return
        wanted = {name: index[name] for name in vars(self.columns).values() if name in index}
        rows = 0  # non-blank rows, read or not
        while True:
            row_no += 1
            rows += 1
            origin = f"{path}:{row_no}"
            try:
                row = next(reader)
            except StopIteration:
                rows -= 1
                break
            except _LineTooLong:
                lines.resync()
                self.problem(origin, f"line longer than {_mb(MAX_LINE_BYTES)}")
                continue
            except csv.Error as err:
                lines.resync()
                self.problem(origin, f"malformed CSV ({_short(str(err), 80)})")
                continue
            bad = lines.end_record()
            if not any(cell.strip() for cell in row):
                rows -= 1  # a blank line is not a row
                continue
            if bad:
                self.problem(origin, bad)
                continue
            if len(row) > len(names):
                self.problem(origin, f"row has {len(row)} fields, header has {len(names)}")
                continue
            fields = {name: row[i] for name, i in wanted.items() if i < len(row)}
            yield from self._yield(self._emit(origin, fields, f"{path.stem}-{row_no}"))
        if rows == 0:
            self.problem(path, "empty (no rows after the header)")


def _json_type(value: Any) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    return "number"

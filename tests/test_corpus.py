"""Tests for stance.corpus: reading .txt/.md, folders, JSONL and CSV, and skipping bad input."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stance import corpus
from stance.corpus import (
    Columns,
    CorpusError,
    iter_articles,
    normalise_date,
    read_corpus,
)
from stance.types import Article, ReadLog

REAL_CORPUS = Path("/work/shared/data/corpus/ukraine-news.jsonl")


def jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def only_problem(log: ReadLog) -> str:
    assert len(log.problems) == 1, [str(p) for p in log.problems]
    return str(log.problems[0])


# ---------------------------------------------------------------------------- formats


def test_txt_and_md_files(tmp_path: Path) -> None:
    text = '  Zelensky said: "We will not give up."\r\nMore text.\n'
    (tmp_path / "a1.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "b2.md").write_text("# Heading\n\nBody.", encoding="utf-8")
    arts, log = read_corpus([tmp_path / "a1.txt", tmp_path / "b2.md"])
    assert log.problems == [] and log.read == 2
    a, b = arts
    assert a == Article(id="a1", text=text, origin=str(tmp_path / "a1.txt"))  # text kept as is
    assert b.id == "b2" and b.text == "# Heading\n\nBody." and b.title is None


def test_txt_utf8_bom_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfHello")
    arts, log = read_corpus([tmp_path / "bom.txt"])
    assert [a.text for a in arts] == ["Hello"] and not log.problems


def test_jsonl_fields_and_origins(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "news.jsonl",
        {"id": "x1", "text": "One.", "title": " T ", "date": "March 2, 2022", "outlet": "bbc"},
        {"text": "No id here.", "url": "https://e.x/2", "date": None, "title": None},
        {"id": 7, "text": "Numeric id.", "source": "ignored"},
    )
    arts, log = read_corpus([path])
    assert not log.problems and log.read == 3
    assert arts[0] == Article(
        id="x1",
        text="One.",
        title="T",
        date="2022-03-02",
        outlet="bbc",
        url=None,
        origin=f"{path}:1",
    )
    assert arts[1].id == "news-2" and arts[1].url == "https://e.x/2" and arts[1].date is None
    assert arts[1].origin == f"{path}:2"
    assert arts[2].id == "7"


def test_jsonl_blank_lines_crlf_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "A"}\r\n\r\n  \n{"id": "b", "text": "B"}')
    arts, log = read_corpus([path])
    assert [(a.id, a.origin) for a in arts] == [("a", f"{path}:1"), ("b", f"{path}:4")]
    assert not log.problems


def test_jsonl_line_separators_inside_strings_are_not_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "u.jsonl"
    path.write_text(json.dumps({"id": "u", "text": "a\u2028b\x85c"}, ensure_ascii=False) + "\n")
    arts, log = read_corpus([path])
    assert [a.text for a in arts] == ["a\u2028b\x85c"] and not log.problems


def test_csv_rows_and_origins(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text(
        "id,title,text,date\n"
        'a,Title A,"He said, ""yes"".\nSecond line.",2022-03-02T08:00:00Z\n'
        ",,No id.,\n",
        encoding="utf-8",
    )
    arts, log = read_corpus([path])
    assert not log.problems and log.read == 2
    assert arts[0].id == "a" and arts[0].text == 'He said, "yes".\nSecond line.'
    assert arts[0].title == "Title A" and arts[0].date == "2022-03-02"
    assert arts[0].origin == f"{path}:2"
    assert arts[1].id == "news-3" and arts[1].title is None and arts[1].date is None
    assert arts[1].origin == f"{path}:3"


def test_csv_long_field_beyond_default_limit(tmp_path: Path) -> None:
    big = "word " * 60_000  # 300 kB: over csv's default 128 kB field limit
    path = tmp_path / "long.csv"
    path.write_text(f'id,text\nbig,"{big}"\n', encoding="utf-8")
    arts, log = read_corpus([path])
    assert [a.text for a in arts] == [big] and not log.problems


def test_csv_short_row_is_padded(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("id,text,title\nr1,Body\n", encoding="utf-8")
    arts, log = read_corpus([path])
    assert [(a.id, a.title) for a in arts] == [("r1", None)] and not log.problems


def test_folder_recursion_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "z.txt").write_text("Z")
    (tmp_path / "b" / "m.md").write_text("M")
    (tmp_path / "b" / "deep" / "d.csv").write_text("id,text\nd1,D\n")
    (tmp_path / "a.jsonl").write_text('{"id": "a1", "text": "A"}\n')
    (tmp_path / ".secret.txt").write_text("hidden file")
    (tmp_path / ".hidden" / "h.txt").write_text("in hidden folder")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # unsupported, found by walking: ignored
    (tmp_path / "folder.txt").mkdir()  # a directory named *.txt is walked, not read
    (tmp_path / "folder.txt" / "inner.txt").write_text("I")
    arts, log = read_corpus([tmp_path])
    assert [a.id for a in arts] == ["a1", "d1", "m", "inner", "z"]
    assert not log.problems
    again, _ = read_corpus([tmp_path])
    assert again == arts


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "a.jsonl", {"id": "1", "text": "x"})
    arts, log = read_corpus([path, tmp_path, str(path)])
    assert [a.id for a in arts] == ["1"] and not log.problems


def test_column_renaming(tmp_path: Path) -> None:
    cols = Columns(text="body", id="uid", title="headline", date="published")
    j = jsonl(tmp_path / "r.jsonl", {"uid": "j1", "body": "J", "headline": "H", "text": "no"})
    c = tmp_path / "r.csv"
    c.write_text("uid,body,published\nc1,C,2 March 2022\n")
    arts, log = read_corpus([j, c], cols)
    assert not log.problems
    assert [(a.id, a.text, a.title, a.date) for a in arts] == [
        ("j1", "J", "H", None),
        ("c1", "C", None, "2022-03-02"),
    ]


def test_iter_articles_is_lazy_and_counts(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "a.jsonl", *({"id": str(i), "text": "t"} for i in range(5)))
    log = ReadLog()
    it = iter_articles([path], log=log)
    assert log.read == 0
    first_two = list(itertools.islice(it, 2))
    assert [a.id for a in first_two] == ["0", "1"] and log.read == 2
    assert len(list(it)) == 3 and log.read == 5


def test_single_path_string_is_accepted(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "a.jsonl", {"id": "1", "text": "x"})
    arts, _ = read_corpus(str(path))
    assert [a.id for a in arts] == ["1"]


def test_missing_path_raises_before_reading(tmp_path: Path) -> None:
    good = jsonl(tmp_path / "a.jsonl", {"id": "1", "text": "x"})
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(CorpusError, match=f"{missing}: no such file or directory"):
        iter_articles([good, missing])  # raised at call time, not on first next()
    with pytest.raises(CorpusError):
        read_corpus([missing])
    assert issubclass(CorpusError, ValueError)


# ---------------------------------------------------------------------------- bad input
# Each bad item yields exactly one problem naming the file (and line/row); good items survive.

GOOD = {"id": "good", "text": "Good article."}


def test_unsupported_extension_given_explicitly(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    noext = tmp_path / "README"
    noext.write_text("hello")
    good = jsonl(tmp_path / "g.jsonl", GOOD)
    arts, log = read_corpus([pdf, good, noext])
    assert [a.id for a in arts] == ["good"]
    assert [str(p) for p in log.problems] == [
        f"{pdf}: unsupported file type '.pdf'; expected .txt, .md, .jsonl, .csv",
        f"{noext}: unsupported file type (no extension); expected .txt, .md, .jsonl, .csv",
    ]


def test_txt_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Café".encode("latin-1"))
    (tmp_path / "ok.txt").write_text("fine")
    arts, log = read_corpus([tmp_path])
    assert [a.id for a in arts] == ["ok"]
    assert only_problem(log) == f"{bad}: not UTF-8 text (byte 0xe9 at offset 3)"


def test_txt_not_utf8_offset_counts_the_bom(tmp_path: Path) -> None:
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xef\xbb\xbfab\xff")
    _, log = read_corpus([bad])
    assert only_problem(log) == f"{bad}: not UTF-8 text (byte 0xff at offset 5)"


@pytest.mark.parametrize("name", ["e.txt", "e.md", "e.jsonl", "e.csv"])
@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n "])
def test_empty_files(tmp_path: Path, name: str, content: bytes) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = jsonl(tmp_path / "g.jsonl", GOOD)
    arts, log = read_corpus([bad, good])
    assert [a.id for a in arts] == ["good"]
    assert only_problem(log) == f"{bad}: empty"


def test_csv_header_only(tmp_path: Path) -> None:
    bad = tmp_path / "h.csv"
    bad.write_text("id,text\n")
    _, log = read_corpus([bad])
    assert only_problem(log) == f"{bad}: empty (no rows after the header)"


@pytest.mark.parametrize("name", ["bin.txt", "bin.md", "bin.jsonl", "bin.csv"])
def test_binary_files(tmp_path: Path, name: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    good = jsonl(tmp_path / "g.jsonl", GOOD)
    arts, log = read_corpus([bad, good])
    assert [a.id for a in arts] == ["good"]
    assert only_problem(log) == f"{bad}: binary file"


def test_jsonl_invalid_json_line(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    path.write_text('{"id": "a", "text": "A"}\n{"id": "b", "text": \n{"id": "c", "text": "C"}\n')
    arts, log = read_corpus([path])
    assert [a.id for a in arts] == ["a", "c"]
    assert only_problem(log) == f"{path}:2: invalid JSON (Expecting value at column 21)"


@pytest.mark.parametrize(
    ("value", "kind"),
    [([1, 2], "array"), ("just a string", "string"), (3.5, "number"), (None, "null")],
)
def test_jsonl_not_an_object(tmp_path: Path, value: object, kind: str) -> None:
    path = jsonl(tmp_path / "j.jsonl", GOOD, value)
    arts, log = read_corpus([path])
    assert [a.id for a in arts] == ["good"]
    assert only_problem(log) == f"{path}:2: not a JSON object (got {kind})"


def test_jsonl_deeply_nested_line(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + json.dumps(GOOD) + "\n")
    arts, log = read_corpus([path])
    assert [a.id for a in arts] == ["good"]
    assert only_problem(log).startswith(f"{path}:1: invalid JSON")


def test_jsonl_not_utf8_line(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    line1 = json.dumps(GOOD).encode() + b"\n"
    path.write_bytes(line1 + b'{"id": "x", "text": "caf\xe9"}\n' + b'{"id": "y", "text": "Y"}\n')
    arts, log = read_corpus([path])
    assert [a.id for a in arts] == ["good", "y"]
    offset = len(line1) + len(b'{"id": "x", "text": "caf')
    assert only_problem(log) == f"{path}:2: not UTF-8 text (byte 0xe9 at offset {offset})"


@pytest.mark.parametrize("text", ["", "   \n\t", None])
def test_jsonl_empty_text(tmp_path: Path, text: str | None) -> None:
    path = jsonl(tmp_path / "j.jsonl", {"id": "e", "text": text}, GOOD)
    arts, log = read_corpus([path])
    assert [a.id for a in arts] == ["good"]
    assert only_problem(log) == f"{path}:1: empty text"


def test_jsonl_missing_or_wrongly_typed_fields(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "j.jsonl",
        {"id": "m", "body": "wrong field name"},
        {"id": "n", "text": 42},
        {"id": ["l"], "text": "list id"},
        GOOD,
    )
    arts, log = read_corpus([path])
    assert [a.id for a in arts] == ["good"]
    assert [str(p) for p in log.problems] == [
        f"{path}:1: no 'text' field (fields: id, body)",
        f"{path}:2: 'text' is not a string (got int)",
        f"{path}:3: 'id' must be a string or integer (got list)",
    ]


def test_lone_surrogate_escapes_are_replaced(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s", "text": "a\\ud800b", "title": "\\udc00"}\n')
    arts, log = read_corpus([path])
    assert not log.problems
    assert arts[0].text == "a\ufffdb" and arts[0].title == "\ufffd"
    json.dumps(arts[0].to_dict(), ensure_ascii=False).encode("utf-8")  # writable as UTF-8


def test_csv_missing_text_column(tmp_path: Path) -> None:
    bad = tmp_path / "c.csv"
    bad.write_text("a,b,c\n1,2,3\n4,5,6\n")
    good = tmp_path / "d.csv"
    good.write_text("text\nhello\n")
    arts, log = read_corpus([bad, good])
    assert [a.text for a in arts] == ["hello"]
    assert only_problem(log) == f"{bad}: missing text column 'text' (columns: a, b, c)"


@pytest.mark.parametrize("content, reason", [
    (b"id,text\nr1,\nr2,Two\n", "empty text"),
    (b"id,text\nr1,caf\xe9\nr2,Two\n", "not UTF-8 text (byte 0xe9 at offset 14)"),
    (b"id,text\nr1,a,b\nr2,Two\n", "row has 3 fields, header has 2"),
], ids=["empty text", "not utf-8", "too many fields"])
def test_csv_bad_row_is_skipped_and_named(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(content)
    arts, log = read_corpus([path])
    assert [a.id for a in arts] == ["r2"]
    assert only_problem(log) == f"{path}:2: {reason}"


def test_csv_not_utf8_header(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(b"id,t\xe9xt\nr1,x\n")
    _, log = read_corpus([path])
    assert only_problem(log) == f"{path}: not UTF-8 text (byte 0xe9 at offset 4)"


def test_duplicate_ids_keep_first(tmp_path: Path) -> None:
    a = jsonl(tmp_path / "a.jsonl", {"id": "x", "text": "first"})
    b = tmp_path / "b.csv"
    b.write_text("id,text\nx,second\ny,other\n")
    arts, log = read_corpus([a, b])
    assert [(x.id, x.text) for x in arts] == [("x", "first"), ("y", "other")]
    assert only_problem(log) == f"{b}:2: duplicate id 'x' (first read at {a}:1)"


def test_permission_error_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = jsonl(tmp_path / "locked.jsonl", GOOD)
    good = jsonl(tmp_path / "ok.jsonl", {"id": "ok", "text": "fine"})
    real_open = open

    def fake_open(file, *args, **kwargs):  # root can read anything, so simulate EACCES
        if Path(file).name == "locked.jsonl":
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(corpus, "open", fake_open, raising=False)
    arts, log = read_corpus([locked, good])
    assert [a.id for a in arts] == ["ok"]
    assert only_problem(log) == f"{locked}: cannot read (permission denied)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_chmod_unreadable_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    try:
        _, log = read_corpus([locked])
    finally:
        locked.chmod(0o644)
    assert only_problem(log) == f"{locked}: cannot read (permission denied)"


def test_fifo_is_not_read(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _, log = read_corpus([fifo])  # must not block on open
    assert only_problem(log) == f"{fifo}: not a regular file"


# ---------------------------------------------------------------------------- size limits


def test_large_txt_file_skipped_by_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("x" * 1001)
    (tmp_path / "small.txt").write_text("x" * 1000)
    arts, log = read_corpus([tmp_path])
    assert [a.id for a in arts] == ["small"]
    assert only_problem(log) == f"{big}: larger than 0.001 MB"


def test_txt_over_10_mb(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(10_000_001)  # sparse: cheap to make
    _, log = read_corpus([big])
    assert only_problem(log) == f"{big}: larger than 10 MB"


def _write_long_line_jsonl(path: Path, line_bytes: int) -> None:
    with open(path, "wb") as f:
        f.write(json.dumps({"id": "before", "text": "B"}).encode() + b"\n")
        f.write(b'{"id": "huge", "text": "')
        chunk = b"a" * 1_000_000
        for _ in range(line_bytes // len(chunk)):
            f.write(chunk)
        f.write(b'"}\n')
        f.write(json.dumps({"id": "after", "text": "A"}).encode() + b"\n")


def test_jsonl_line_over_10_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    _write_long_line_jsonl(path, 15_000_000)
    tracemalloc.start()
    try:
        arts, log = read_corpus([path])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [a.id for a in arts] == ["before", "after"]
    assert only_problem(log) == f"{path}:2: line longer than 10 MB"
    # At most the 10 MB limit is held (readline copies it once: ~20 MB peak); reading the
    # 15 MB line whole would take >= 30 MB for the bytes alone, plus the decoded text.
    assert peak < 25_000_000, peak


def test_jsonl_long_line_memory_is_bounded_by_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corpus, "MAX_LINE_BYTES", 100_000)
    path = tmp_path / "huge.jsonl"
    _write_long_line_jsonl(path, 12_000_000)
    tracemalloc.start()
    try:
        arts, log = read_corpus([path])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [a.id for a in arts] == ["before", "after"]
    assert only_problem(log) == f"{path}:2: line longer than 0.1 MB"
    assert peak < 4_000_000, peak  # 1 MB drain chunks, never the 12 MB line


def test_csv_line_over_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "MAX_LINE_BYTES", 100_000)
    path = tmp_path / "huge.csv"
    path.write_text("id,text\nr1,One\nr2," + "z" * 500_000 + "\nr3,Three\n")
    arts, log = read_corpus([path])
    assert [a.id for a in arts] == ["r1", "r3"]
    assert only_problem(log) == f"{path}:3: line longer than 0.1 MB"


@pytest.fixture
def small_csv_field_limit():
    """Lower csv's process-wide field limit for one test, and put it back afterwards."""
    old = csv.field_size_limit(100_000)
    yield
    csv.field_size_limit(old)


@pytest.mark.usefixtures("small_csv_field_limit")
def test_csv_multiline_field_over_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "MAX_LINE_BYTES", 100_000)
    path = tmp_path / "huge.csv"
    many_lines = "\n".join(['y ""quoted"" y' * 80] * 200)  # 200 kB field of short lines
    path.write_text(f'id,text\nr1,One\nr2,"{many_lines}" \nr3,Three\n')
    arts, log = read_corpus([path])
    assert [a.id for a in arts] == ["r1", "r3"]  # the rest of r2's lines are not parsed as rows
    assert only_problem(log).startswith(f"{path}:3: malformed CSV (field larger than field limit")


def test_csv_over_long_line_inside_quoted_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(corpus, "MAX_LINE_BYTES", 1000)
    path = tmp_path / "q.csv"
    path.write_text('id,text\nr1,"start\n' + "x" * 5000 + '\nend"\nr2,Two\n')
    arts, log = read_corpus([path])
    assert [a.id for a in arts] == ["r2"]
    assert only_problem(log) == f"{path}:2: line longer than 0.001 MB"


# ---------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2022-03-02", "2022-03-02"),
        (" 2022-03-02 ", "2022-03-02"),
        ("2022-03-02T08:15:00", "2022-03-02"),
        ("2022-03-02T08:15:00Z", "2022-03-02"),
        ("2022-03-02T23:59:59.123456+02:00", "2022-03-02"),
        ("2022-03-02 08:15", "2022-03-02"),
        ("2022-03-02T08:15:00-0500", "2022-03-02"),
        ("July 11, 2022", "2022-07-11"),
        ("July 8, 2022", "2022-07-08"),
        ("Mar 2, 2022", "2022-03-02"),
        ("Sept. 5, 2022", "2022-09-05"),
        ("March 2nd, 2022", "2022-03-02"),
        ("Wednesday, March 2, 2022", "2022-03-02"),
        ("2 March 2022", "2022-03-02"),
        ("2 Mar 2022", "2022-03-02"),
        ("21st March 2022", "2022-03-21"),
        ("2022/03/02", "2022-03-02"),
        ("02.03.2022", "2022-03-02"),
        # ambiguous or partial: kept raw (stripped)
        ("02/03/2022", "02/03/2022"),
        ("3/13/2022", "3/13/2022"),
        (" July 2022 ", "July 2022"),
        ("2022", "2022"),
        ("2022-02-30", "2022-02-30"),
        ("yesterday", "yesterday"),
        (20220302, "20220302"),
        # empty
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_normalise_date(raw: object, expected: str | None) -> None:
    assert normalise_date(raw) == expected


# ---------------------------------------------------------------------------- robustness


def _check_never_raises(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, data in files.items():
            path = Path(tmp, name)
            path.write_bytes(data)
            paths.append(path)
        arts, log = read_corpus(paths)
        assert log.read == len(arts)
        for art in arts:
            assert isinstance(art, Article) and art.text.strip()
            art.text.encode("utf-8")
        for problem in log.problems:
            assert "\n" not in str(problem)
        assert len({a.id for a in arts}) == len(arts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.binary(max_size=2000), st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(jl: bytes, cs: bytes, tx: bytes) -> None:
    _check_never_raises({"a.jsonl": jl, "b.csv": cs, "c.txt": tx, "d.md": tx})


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
_records = st.fixed_dictionaries(
    {},
    optional={
        "id": _json_values,
        "text": _json_values,
        "title": _json_values,
        "date": _json_values,
    },
)
_lines = st.one_of(
    _records.map(lambda r: json.dumps(r).encode()),
    _json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=50),
    st.text(max_size=50).map(str.encode),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_lines, max_size=12), st.lists(st.lists(st.text(max_size=15), max_size=4)))
def test_structured_junk_never_raises(lines: list[bytes], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "text", "date"])
    writer.writerows(rows)
    _check_never_raises(
        {"a.jsonl": b"\n".join(lines), "b.csv": buf.getvalue().encode("utf-8", "surrogatepass")}
    )


# ---------------------------------------------------------------------------- the real corpus


def test_real_corpus_first_50_lines(tmp_path: Path) -> None:
    if not REAL_CORPUS.is_file():
        pytest.skip(f"{REAL_CORPUS} not available")
    sample = tmp_path / "sample.jsonl"
    with open(REAL_CORPUS, "rb") as src, open(sample, "wb") as dst:
        for line in itertools.islice(src, 50):
            dst.write(line)
    arts, log = read_corpus([sample])
    assert log.problems == [] and log.read == 50 and len(arts) == 50
    for art in arts:
        assert art.text.strip() and art.id.startswith("un-")
        assert art.date is not None and len(art.date) == 10
        assert normalise_date(art.date) == art.date  # already ISO yyyy-mm-dd
        assert art.date[4] == "-" and art.date[7] == "-"
        assert art.outlet and art.url

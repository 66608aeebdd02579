"""The chained stages and the command line, on the seed article and copies of it."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import ROOT, SEED

import stance
from stance.cli import main
from stance.pipeline import SCORED_COLUMNS, RunLog, Settings, iter_scored, read_table, write_table


@pytest.fixture(scope="module")
def scored():
    return stance.analyze([SEED])


def test_analyze_gives_one_scored_row_per_statement(scored):
    assert list(scored.columns) == SCORED_COLUMNS
    text = SEED.read_text("utf-8")
    assert all(text[r.start:r.end] == r.text for r in scored.itertuples())
    assert scored["sentiment"].between(-1, 1).all()
    assert set(scored["ukraine"]) <= {"favor", "against", "none"}
    starmer = scored[scored["speaker"] == "Keir Starmer"]
    assert "We are at a crossroads in history today" in set(starmer["text"])


def test_analyze_accepts_a_dataframe_of_articles(scored):
    articles = pd.DataFrame({"id": ["seed"], "text": [SEED.read_text("utf-8")]})
    again = stance.analyze(articles)
    assert list(again["text"]) == list(scored["text"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Six copies of the seed as a JSONL corpus, one with a broken line."""
    path = tmp_path_factory.mktemp("corpus") / "c.jsonl"
    text = SEED.read_text("utf-8")
    lines = [json.dumps({"id": f"a{i}", "text": text, "outlet": "x", "date": "2025-03-02"})
             for i in range(6)]
    lines.insert(3, "{not json")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_process_pool_gives_the_same_rows_as_one_process(corpus):
    one = pd.concat(iter_scored([corpus], Settings(jobs=1, chunk_size=2), RunLog()))
    log = RunLog()
    two = pd.concat(iter_scored([corpus], Settings(jobs=2, chunk_size=1), log))
    pd.testing.assert_frame_equal(one.reset_index(drop=True), two.reset_index(drop=True))
    assert (log.read, log.skipped) == (6, 1)
    assert "c.jsonl:4" in str(log.problems[0])


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_tables_are_written_and_read_back(tmp_path, scored, suffix):
    path = tmp_path / f"out{suffix}"
    assert write_table([scored.iloc[:5], scored.iloc[5:]], path) == len(scored)
    back = read_table(path)
    assert list(back.columns) == SCORED_COLUMNS and len(back) == len(scored)
    assert list(back["text"]) == list(scored["text"])


def test_cli_quotes_writes_the_jsonl_contract(tmp_path, capsys):
    out = tmp_path / "q.jsonl"
    assert main(["quotes", str(SEED.parent), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert set(rows[0]) == {"article_id", "kind", "text", "start", "end", "speaker",
                            "speaker_mention", "cue"}
    assert {r["article_id"] for r in rows} == {SEED.stem}


def test_cli_skips_a_bad_file_and_reports_it(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x01binary\x00")
    assert main(["quotes", str(tmp_path), "-o", str(tmp_path / "q.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "bad.txt" in err and "1 skipped" in err


def test_cli_missing_path_is_one_line_error(tmp_path, capsys):
    assert main(["quotes", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("stance: error:") and "\n" not in err


def test_cli_predict_keeps_rows_and_adds_labels(tmp_path):
    src = tmp_path / "in.csv"
    pd.DataFrame({"id": [3, 1, 2], "text": ["We thank America for its support.", "",
                                            "NATO provoked this war."],
                  "context": ["", "", ""]}).to_csv(src, index=False)
    out = tmp_path / "out.csv"
    assert main(["predict", str(src), "-o", str(out)]) == 0
    got = pd.read_csv(out, keep_default_na=False)
    assert list(got["id"]) == [3, 1, 2]
    assert {"ukraine", "us", "ukraine_favor", "us_none"} <= set(got.columns)
    assert got.loc[1, "ukraine"] == "none"


def test_cli_predict_without_text_column_names_the_file(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_text("body\nhello\n", "utf-8")
    assert main(["predict", str(src)]) == 2
    assert "in.csv: missing text column 'text'" in capsys.readouterr().err


def test_cli_train_refuses_a_bad_labelled_file_and_trains_nothing(tmp_path, capsys):
    bad = tmp_path / "l.csv"
    bad.write_text("text,context,speaker,ukraine,us\nx,y,z,maybe,none\n", "utf-8")
    assert main(["train", str(bad), "-o", str(tmp_path / "m")]) == 2
    assert "l.csv:2: unknown ukraine label 'maybe'" in capsys.readouterr().err
    assert not (tmp_path / "m").exists()


def test_report_on_the_sample(tmp_path):
    result = stance.build_report([ROOT / "data" / "sample"], tmp_path, Settings(),
                                 breakdowns=["outlet"])
    actors = pd.read_csv(tmp_path / "actors.csv")
    assert actors.iloc[0]["speaker"] == "Keir Starmer"
    assert {"speaker", "outlet", "ukraine_net"} <= set(pd.read_csv(tmp_path /
                                                                  "actors-by-outlet.csv"))
    text = result.path.read_text("utf-8")
    sections = {part.split("\n", 1)[0].split("</a>")[-1]: part
                for part in text.split("\n### ")[1:]}
    gold = {g["text"][:40]: g["speaker"] for g in map(
        json.loads, (ROOT / "tests" / "fixtures" / "seed-gold.jsonl").read_text().splitlines())}
    assert {"Keir Starmer", "Volodymyr Zelenskyy", "Ursula von der Leyen"} <= set(sections)
    shown = 0
    for name in ("Keir Starmer", "Volodymyr Zelenskyy", "Ursula von der Leyen"):
        for line in sections[name].splitlines():
            if line.startswith("- “"):
                quote = line[3:].split("”")[0].replace("\\", "")
                if quote[:40] in gold:
                    assert gold[quote[:40]] == name, (name, quote)
                    shown += 1
    assert shown >= 6
    for link in [line.split("](")[1].split(")")[0] for line in text.splitlines()
                 if "](figures/" in line]:
        assert (tmp_path / link).exists()


def test_a_growing_corpus_scores_only_new_articles(tmp_path):
    from stance.pipeline import analyze_to

    text = SEED.read_text("utf-8")
    paragraphs = [p for p in text.splitlines() if "“" in p]
    corpus = tmp_path / "c.jsonl"

    def write(n):
        corpus.write_text("".join(json.dumps({"id": f"p{i}", "text": paragraphs[i]}) + "\n"
                                  for i in range(n)), "utf-8")

    out = tmp_path / "out.parquet"
    write(4)
    first = RunLog()
    analyze_to([corpus], out, Settings(), first)
    write(7)
    second = RunLog()
    analyze_to([corpus], out, Settings(), second)
    assert second.extra["unchanged"] == 4 and second.read == 7
    fresh = tmp_path / "fresh.parquet"
    analyze_to([corpus], fresh, Settings(), RunLog())
    pd.testing.assert_frame_equal(read_table(out), read_table(fresh))
    forced = RunLog()
    analyze_to([corpus], out, Settings(), forced, force=True)
    assert "unchanged" not in forced.extra

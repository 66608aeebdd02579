"""The hand-labelled war-corpus attribution gold (data/attribution) and its benchmark's scoring."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from conftest import shared_path

from stance.types import Statement

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "data" / "attribution" / "corpus-gold.jsonl"
sys.path.insert(0, str(REPO / "benchmarks"))
_spec = importlib.util.spec_from_file_location(
    "attribution_corpus", REPO / "benchmarks" / "attribution_corpus.py")
corpus_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus_bench)


def _gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]


def test_gold_lines_are_well_formed():
    gold = _gold()
    assert len({g["article_id"] for g in gold}) == 80
    assert set(corpus_bench.SPLITS["dev"]).isdisjoint(corpus_bench.SPLITS["test"])
    for g in gold:
        assert g["kind"] in {"direct", "partial", "not"}
        assert 0 <= g["start"] < g["end"]
        assert g["labeller"] in corpus_bench.SPLITS["dev"] | corpus_bench.SPLITS["test"]
        assert g["kind"] != "not" or (g["speaker"] is None and not g["named"])
        assert not g["named"] or g["speaker"]


def test_gold_spans_are_the_article_text():
    corpus = shared_path("corpus", "ukraine-news.jsonl")
    gold = _gold()
    articles = corpus_bench.load_articles({g["article_id"] for g in gold}, corpus)
    assert all(articles[g["article_id"]]["text"][g["start"]:g["end"]] == g["text"]
               for g in gold)


def _statement(text: str, sub: str, kind: str, speaker: str | None) -> Statement:
    start = text.index(sub)
    return Statement("a", kind, sub, start, start + len(sub), speaker, speaker, None)


def test_scoring_counts_quotations_speakers_and_unnamed_sources():
    text = ('"We will not give up," Zelensky said. An official called it a "success". '
            'The show "Newsnight" aired.')
    gold = {"a": [
        {"kind": "direct", "start": 1, "end": 20, "text": "We will not give up",
         "speaker": "Volodymyr Zelensky", "named": True},
        {"kind": "partial", "start": text.index("success"), "end": text.index("success") + 7,
         "text": "success", "speaker": "an official", "named": False},
        {"kind": "not", "start": text.index("Newsnight"), "end": text.index("Newsnight") + 9,
         "text": "Newsnight", "speaker": None, "named": False},
    ]}
    system = [_statement(text, "We will not give up", "direct", "Volodymyr Zelenskyy"),
              _statement(text, "success", "partial", "Volodymyr Zelenskyy"),
              _statement(text, "Newsnight", "partial", None)]
    result = corpus_bench.score(gold, {"a": {"text": text, "date": None}}, lambda a: system)
    c = result["counts"]
    assert (c["gold"], c["system"], c["matched"], c["on_not_statement"]) == (2, 3, 2, 1)
    assert (c["named_direct"], c["named_direct_ok"]) == (1, 1)
    assert (c["unnamed"], c["unnamed_ok"]) == (1, 0)  # a speaker where the text names none
    # A gold name goes through the registry's canonical name before it is compared.
    system[0] = _statement(text, "We will not give up", "direct", "Petro Poroshenko")
    gold["a"][0]["speaker"] = "Pyotr Poroshenko"
    plain = corpus_bench.score(gold, {"a": {"text": text, "date": None}}, lambda a: system)
    canon = corpus_bench.score(gold, {"a": {"text": text, "date": None}}, lambda a: system,
                               {"Pyotr Poroshenko": "Petro Poroshenko"}.get)
    assert (plain["counts"]["named_direct_ok"], canon["counts"]["named_direct_ok"]) == (0, 1)

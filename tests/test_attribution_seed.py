"""The seed article against its hand-made gold file (tests/fixtures/seed-gold.jsonl).

The gold file was written by reading the article against ../shared/specs/labels.md: every
quotation with its kind and canonical speaker, and the indirect statements of named speakers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED

from stance.types import Article

GOLD = [json.loads(line) for line in
        (Path(__file__).parent / "fixtures" / "seed-gold.jsonl").read_text("utf-8").splitlines()]


def _overlap(a, b) -> bool:
    inter = min(a["end"], b.end) - max(a["start"], b.start)
    return inter >= 0.5 * (a["end"] - a["start"]) and inter >= 0.5 * (b.end - b.start)


@pytest.fixture(scope="module")
def statements(attributor):
    return attributor.extract(Article("seed", SEED.read_text("utf-8"), date="2025-03-02"))


def test_gold_file_is_consistent_with_the_article():
    text = SEED.read_text("utf-8")
    assert all(text[g["start"]:g["end"]] == g["text"] for g in GOLD)
    quotes = [g for g in GOLD if g["kind"] != "indirect"]
    assert len(quotes) == 20 and sum(g["kind"] == "partial" for g in quotes) == 7


@pytest.mark.parametrize("gold", [g for g in GOLD if g["kind"] != "indirect"],
                         ids=lambda g: g["text"][:40])
def test_every_quotation_is_found_with_its_kind_and_speaker(statements, gold):
    found = [s for s in statements if s.start == gold["start"] and s.end == gold["end"]]
    assert found, f"missed: {gold['text']}"
    assert found[0].kind == gold["kind"]
    assert found[0].speaker == gold["speaker"]


@pytest.mark.parametrize("gold", [g for g in GOLD if g["kind"] == "indirect"],
                         ids=lambda g: g["text"][:40])
def test_indirect_statements_of_named_speakers(statements, gold):
    found = [s for s in statements if s.kind == "indirect" and _overlap(gold, s)]
    assert found, f"missed: {gold['text']}"
    assert found[0].speaker == gold["speaker"]


def test_no_quotation_is_invented(statements):
    quoted = [s for s in statements if s.kind != "indirect"]
    assert len(quoted) == 20


def test_text_is_the_article_span(statements):
    text = SEED.read_text("utf-8")
    assert all(text[s.start:s.end] == s.text for s in statements)

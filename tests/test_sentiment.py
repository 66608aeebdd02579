"""The sentiment stage: VADER labels and frames, NewsMTSC reading, the news model's persistence."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import f1_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from stance.sentiment import (
    LABELS,
    THRESHOLD,
    label_from_compound,
    load_model,
    news_polarity,
    news_scores,
    read_newsmtsc,
    save_model,
    score_frame,
    sentence_labels,
    train_news_model,
    vader_scores,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SEED = ROOT / "data" / "sample" / "starmer-coalition-of-the-willing.txt"
MODEL = ROOT / "models" / "sentiment-news.skops"

# Real sentences of the seed article (checked against the file below).
HOSTILE = ("His visit to London followed a strained meeting at the White House, where Trump and "
           "Vice President JD Vance criticised Zelenskyy for rejecting proposed truce terms and "
           "accused him of lacking gratitude.")
WARNING = "Trump warned that Zelenskyy’s position could escalate the war into a global conflict."
FACTUAL = ("The summit was attended by representatives from Germany, Denmark, Italy, Turkey, "
           "NATO, and the European Union.")
COOPERATIVE = ("We are all working together in Europe in order to find a basis for cooperation "
               "with America for a true peace and guaranteed security")
ALIGNED = "No two countries are more closely aligned than the UK and the US"


def shared(*parts: str) -> Path:
    """A path under ../shared/data, or a clean skip where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def test_seed_sentences_are_real():
    text = SEED.read_text(encoding="utf-8")
    for sentence in (HOSTILE, WARNING, FACTUAL, COOPERATIVE, ALIGNED):
        assert sentence in text


# -- VADER ---------------------------------------------------------------------------------------
def test_label_thresholds_are_inclusive_at_plus_minus_0_05():
    assert THRESHOLD == 0.05
    assert label_from_compound(0.05) == "positive"
    assert label_from_compound(-0.05) == "negative"
    assert label_from_compound(0.0499) == "neutral"
    assert label_from_compound(-0.0499) == "neutral"
    assert label_from_compound(0.0) == "neutral"
    assert label_from_compound(1.0) == "positive"
    assert label_from_compound(-1.0) == "negative"
    assert label_from_compound(math.nan) == "neutral"
    assert label_from_compound(0.3, threshold=0.5) == "neutral"


def test_vader_scores_missing_text_is_zero():
    scores = vader_scores(t for t in ["", None, math.nan, pd.NA, HOSTILE])
    assert scores[:4] == [0.0, 0.0, 0.0, 0.0]
    assert all(isinstance(s, float) and -1.0 <= s <= 1.0 for s in scores)


def test_score_frame_on_seed_sentences():
    df = pd.DataFrame({"text": [HOSTILE, WARNING, FACTUAL, COOPERATIVE]}, index=[10, 11, 12, 13])
    out = score_frame(df)
    assert list(df.columns) == ["text"]  # the input is not modified
    assert list(out.index) == [10, 11, 12, 13]
    assert list(out["sentiment_label"]) == ["negative", "negative", "neutral", "positive"]
    assert out.loc[12, "sentiment"] == 0.0
    assert out["sentiment"].between(-1, 1).all()


def test_vader_misreads_a_negated_comparison():
    # "No two countries are more closely aligned" is warm; VADER's negation rule reads "No"
    # and scores it negative. Pinned so the README's caveat stays true (or a fix is noticed).
    assert score_frame(pd.DataFrame({"text": [ALIGNED]}))["sentiment_label"].iloc[0] == "negative"


def test_score_frame_missing_and_empty_text():
    out = score_frame(pd.DataFrame({"quote": ["", None, np.nan]}), text_col="quote")
    assert out["sentiment"].tolist() == [0.0, 0.0, 0.0]
    assert out["sentiment_label"].tolist() == ["neutral"] * 3
    empty = score_frame(pd.DataFrame({"text": []}))
    assert {"sentiment", "sentiment_label"} <= set(empty.columns) and empty.empty
    assert empty["sentiment"].dtype == float
    with pytest.raises(KeyError, match="quote"):
        score_frame(pd.DataFrame({"text": ["x"]}), text_col="quote")


# -- NewsMTSC ------------------------------------------------------------------------------------
def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _record(gid: str, sentence: str, *polarities: float) -> dict:
    return {"primary_gid": gid, "sentence_normalized": sentence,
            "targets": [{"from": 0, "to": 3, "mention": sentence[:3], "polarity": p}
                        for p in polarities]}


def test_read_newsmtsc_and_sentence_labels(tmp_path):
    path = _write_jsonl(tmp_path / "mini.jsonl", [
        _record("allsides_1_2_3_A_0_3", "Ann praised Bob.", 6.0),
        _record("allsides_1_2_4_A_0_3", "Ann and Bob met Cy.", 4.0, 4.0),
        _record("allsides_5_6_1_A_0_3", "Ann attacked Bob.", 6.0, 2.0),
    ])
    targets = read_newsmtsc(path)
    assert targets["label"].tolist() == ["positive", "neutral", "neutral", "positive", "negative"]
    assert targets["article_id"].tolist()[0] == "allsides_1_2"
    sentences = sentence_labels(targets)
    assert sentences["text"].tolist() == ["Ann praised Bob.", "Ann and Bob met Cy."]
    assert sentences["label"].tolist() == ["positive", "neutral"]


def test_read_newsmtsc_rejects_unknown_polarity(tmp_path):
    path = _write_jsonl(tmp_path / "bad.jsonl", [_record("g_1_2", "Ann spoke.", 4.0),
                                                 _record("g_1_3", "Ann left.", 5.0)])
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        read_newsmtsc(path)


# -- the news model and its persistence -----------------------------------------------------------
TOY = [("the talks were a great success", "positive"), ("a great and welcome deal", "positive"),
       ("leaders praised the deal as a success", "positive"),
       ("the attack was a brutal failure", "negative"), ("a brutal attack on the city", "negative"),
       ("critics called the deal a failure", "negative"),
       ("the meeting took place on monday", "neutral"), ("the city hosted the meeting", "neutral"),
       ("the talks took place in the city", "neutral")]


@pytest.fixture(scope="module")
def toy_model() -> Pipeline:
    texts, labels = zip(*TOY, strict=True)
    return train_news_model(list(texts), list(labels))


def test_news_model_scores(toy_model):
    labels, proba = news_scores(toy_model, ["a great success", "a brutal failure", None])
    assert labels[:2] == ["positive", "negative"]
    assert all(1 / 3 <= p <= 1 for p in proba)
    polarity = news_polarity(toy_model, ["a great success", "a brutal failure"])
    assert polarity[0] > 0 > polarity[1]
    with pytest.raises(ValueError, match="unknown labels"):
        train_news_model(["a", "b"], ["good", "bad"])


def test_save_is_deterministic_and_round_trips(toy_model, tmp_path):
    first, second = save_model(toy_model, tmp_path / "a.skops"), tmp_path / "b.skops"
    save_model(train_news_model(*map(list, zip(*TOY, strict=True))), second)
    assert first.read_bytes() == second.read_bytes()
    loaded = load_model(first)
    texts = [t for t, _ in TOY]
    np.testing.assert_array_equal(loaded.predict_proba(texts), toy_model.predict_proba(texts))


def _shout(x):
    return x


def test_load_refuses_unknown_types(tmp_path):
    path = save_model(Pipeline([("f", FunctionTransformer(_shout))]), tmp_path / "evil.skops")
    with pytest.raises(ValueError, match=r"evil\.skops.*untrusted.*_shout"):
        load_model(path)


def test_load_refuses_missing_and_broken_files(tmp_path):
    with pytest.raises(ValueError, match=r"nothing\.skops: no such model file"):
        load_model(tmp_path / "nothing.skops")
    broken = tmp_path / "broken.skops"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ValueError, match=r"broken\.skops: not a readable skops model"):
        load_model(broken)


def test_shipped_model_loads_and_reads_the_seed():
    if not MODEL.exists():
        pytest.skip(f"{MODEL} not shipped")
    model = load_model(MODEL)
    assert tuple(model.classes_) == LABELS
    labels, _ = news_scores(model, [HOSTILE, FACTUAL, COOPERATIVE])
    assert labels == ["negative", "neutral", "positive"]


# -- on the shared data (skipped in a user's clone) -----------------------------------------------
def test_vader_newsmtsc_macro_f1_is_near_the_measured_figure():
    targets = read_newsmtsc(shared("sentiment", "newsmtsc", "devtest_rw.jsonl"))
    assert len(targets) == 1146
    predicted = [label_from_compound(c) for c in vader_scores(targets["text"])]
    f1 = f1_score(targets["label"], predicted, average="macro")
    assert 0.48 <= f1 <= 0.55  # measured 0.512 (benchmarks/sentiment.py)


def test_vader_nyt_correlation_is_near_the_measured_figure():
    nyt = pd.read_csv(shared("sentiment", "vader-nyt-editorial-snippets.tsv"), sep="\t",
                      header=None, names=["id", "rating", "text"], quoting=3)
    r = np.corrcoef(vader_scores(nyt["text"]), nyt["rating"])[0, 1]
    assert len(nyt) == 5190 and 0.47 <= r <= 0.54  # measured 0.503

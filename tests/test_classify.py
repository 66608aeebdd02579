"""Stance classifiers: labelled-file validation, reproducibility, skops safety, odd input."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import skops.io as sio
from conftest import ROOT

from stance.classify.features import TERMS, looks_english, term_counts
from stance.classify.labelled import LABELS, LabelledDataError, parse_labelled, stratified_split
from stance.classify.model import (
    TRUSTED_TYPES,
    StanceModel,
    _cv_proba,
    _frame,
    build_pipeline,
    naive_bayes,
)
from stance.modelfiles import ModelFileError, load_skops

LABELLED = ROOT / "data" / "labelled" / "statements.csv"
HEADER = "text,context,speaker,ukraine,us,source,date,url\n"
ROW = '"We will not allow it",ctx,Putin,against,none,rt.com,2022-03-01,\n'


@pytest.mark.parametrize("body, message", [
    ("text,ukraine\nhello,none\n", "missing column(s) us"),
    (HEADER + ROW.replace("against", "maybe"), ":2: unknown ukraine label 'maybe'"),
    (HEADER + ROW + ' ,ctx,Putin,none,none,rt.com,2022-03-01,\n', ":3: empty text"),
    (HEADER + ROW + ROW, ":3: duplicate of row 2"),
])
def test_bad_labelled_rows_are_named(body, message):
    with pytest.raises(LabelledDataError) as err:
        parse_labelled(body, "mine.csv")
    assert str(err.value).startswith("mine.csv") and message in str(err.value)
    assert "\n" not in str(err.value)


def test_the_shipped_labelled_file_is_valid():
    frame = parse_labelled(LABELLED.read_text("utf-8"), str(LABELLED)).frame
    assert len(frame) >= 2000
    counts = frame["ukraine"].value_counts()
    assert counts["favor"] >= 300 and counts["against"] >= 300
    assert (frame["us"].value_counts()[["favor", "against"]] >= 200).all()


def test_new_rows_split_even_with_one_row_of_a_rare_label_pair():
    """Round 6 held one row whose ukraine x us pair occurred once: the split must not fail."""
    frame = parse_labelled(LABELLED.read_text("utf-8"), str(LABELLED)).frame.head(60).copy()
    frame.loc[frame.index[0], ["ukraine", "us"]] = ["favor", "against"]
    frame.loc[frame.index[1:], ["ukraine", "us"]] = [["none", "none"], ["favor", "none"]] * 29 + \
        [["none", "none"]]
    split = stratified_split(frame, seed=3)
    assert set(split) == {"train", "test"} and (split == "test").sum() == 12
    assert split.equals(stratified_split(frame, seed=3))  # reproducible


@pytest.fixture(scope="module")
def small():
    """120 real labelled rows, 40 per ukraine label, enough to fit a model in seconds."""
    frame = parse_labelled(LABELLED.read_text("utf-8"), str(LABELLED)).frame
    return frame.groupby("ukraine").head(40).reset_index(drop=True)


@pytest.fixture(scope="module")
def fitted(small):
    return StanceModel.fit(small, ("ukraine",), {"ukraine": {"C": 0.5, "alpha": 0.5}})


def test_same_data_and_seed_give_the_same_predictions(small, fitted):
    again = StanceModel.fit(small, ("ukraine",), {"ukraine": {"C": 0.5, "alpha": 0.5}})
    pd.testing.assert_frame_equal(fitted.predict_proba(small), again.predict_proba(small))


def test_skops_round_trip_keeps_predictions(tmp_path, small, fitted):
    fitted.save(tmp_path)
    loaded = StanceModel.load(tmp_path)
    pd.testing.assert_frame_equal(fitted.predict_proba(small), loaded.predict_proba(small))
    assert not list(tmp_path.glob("*.pkl"))
    assert (tmp_path / "stance-ukraine-text.skops").exists()
    bare = small.assign(context="")
    pd.testing.assert_frame_equal(fitted.predict_proba(bare), loaded.predict_proba(bare))


def test_rows_without_context_use_the_statement_only_pipeline(small, fitted):
    """The same statement scores differently with and without its context, and without it
    the scores are exactly the statement-only pipeline's."""
    english = small[small["text"].map(looks_english)]
    bare = english.assign(context="")
    with_context = fitted.predict_proba(english)
    alone = fitted.predict_proba(bare)
    assert not np.allclose(with_context.to_numpy(), alone.to_numpy())
    pipe = fitted.text_pipelines["ukraine"]
    direct = pipe.predict_proba(_frame(bare))[:, [list(pipe.classes_).index(x) for x in LABELS]]
    np.testing.assert_allclose(alone.to_numpy(), direct)


def test_external_rows_train_only_the_statement_only_pipeline(small, fitted):
    """Rows given as `extra` with a weight change the statement-only pipeline and leave the
    context pipeline as it was; with weight 0 they are left out."""
    frame = parse_labelled(LABELLED.read_text("utf-8"), str(LABELLED)).frame
    extra = {"ukraine": frame.iloc[len(frame) // 2:].groupby("ukraine").head(30)}
    params = {"ukraine": {"C": 0.5, "alpha": 0.5}}
    weighted = StanceModel.fit(small, ("ukraine",), {"ukraine": {**params["ukraine"],
                                                                 "extra_weight": 0.3}}, extra)
    ignored = StanceModel.fit(small, ("ukraine",), params, extra)
    bare = small.assign(context="")
    pd.testing.assert_frame_equal(fitted.predict_proba(small), weighted.predict_proba(small))
    pd.testing.assert_frame_equal(fitted.predict_proba(bare), ignored.predict_proba(bare))
    assert not np.allclose(fitted.predict_proba(bare), weighted.predict_proba(bare))
    assert weighted.meta["params"]["ukraine"]["extra_weight"] == 0.3


class Payload:
    """A type no model of ours contains."""


def test_a_model_file_with_an_unknown_type_is_refused(tmp_path):
    path = tmp_path / "stance-ukraine.skops"
    sio.dump({"model": Payload()}, path)
    with pytest.raises(ModelFileError) as err:
        load_skops(path, TRUSTED_TYPES)
    assert str(path) in str(err.value) and "Payload" in str(err.value)


def test_missing_models_give_a_clear_error(tmp_path):
    with pytest.raises(ModelFileError, match="make train"):
        StanceModel.load(tmp_path)


def test_empty_and_non_english_text_is_none_with_low_confidence(fitted):
    odd = pd.DataFrame({"text": ["", "   ", "Мы не допустим этого никогда",
                                 "Wir werden das niemals zulassen"]})
    assert (fitted.predict(odd)["ukraine"] == "none").all()
    proba = fitted.predict_proba(odd)
    assert (proba.max(axis=1) < 0.5).all()


def test_shipped_models_load_and_predict_the_contract_columns():
    model = StanceModel.load(ROOT / "models")
    df = pd.DataFrame({"text": ["Russia's invasion of Ukraine is a crime and we will keep "
                                "sending weapons to Kyiv."]})
    proba = model.predict_proba(df)
    assert list(proba.columns) == [f"{t}_{label}" for t in ("ukraine", "us")
                                   for label in ("favor", "against", "none")]
    assert proba.sum(axis=1).round(6).eq(2.0).all()
    assert set(model.predict(df).columns) == {"ukraine", "us"}


def test_models_dir_holds_no_pickles():
    models = Path(ROOT / "models")
    assert not [p for p in models.iterdir() if p.suffix in {".pkl", ".pickle", ".joblib"}]


def test_target_terms_are_whole_words_and_us_is_no_pronoun():
    """Statements from the labelled file: "us" the pronoun names no country (it counted as
    the US before); then "said" holds no "aid" and "really" no "ally"."""
    col = {name: j for j, name in enumerate(TERMS)}
    counts = term_counts([
        "help us to stop Russian atrocity in Ukraine.",
        "Rape is used as a tool of war in Ukraine to break our spirits, to humiliate us and to "
        "show us that we can be helpless to protect our women and children and their bodies",
        "What is the red line for NATO to come and help us?",
    ])
    assert counts[:, col["us"]].tolist() == [0, 0, 0]
    assert counts[:, col["ukraine"]].tolist() == [1, 1, 0]
    assert counts[:, col["aid"]].tolist() == [1, 1, 1]  # "help", "helpless"; not "Rape"
    assert counts[:, col["west"]].tolist() == [0, 0, 1]
    assert term_counts(["He said the US really thanked its allies."])[0].tolist() == [
        0, 0, 1, 1, 0, 0, 0, 1]  # "said" is no "aid", "really" no "ally"


def test_naive_bayes_vote_is_the_weighted_mean_that_selection_scores(tmp_path, small):
    """select_params scores a naive Bayes weight by mixing its members' cross-validated
    probabilities; that must be what the fitted soft vote predicts, and it must survive skops."""
    X, y = _frame(small), small["ukraine"]
    params = {"C": 0.5, "context": "separate", "context_weight": 1.5, "context_chars": 0.5}
    vote = _cv_proba(build_pipeline(**params, nb_weight=0.3), X, y, folds=3, n_jobs=1)
    mixed = 0.7 * _cv_proba(build_pipeline(**params), X, y, folds=3, n_jobs=1) + \
        0.3 * _cv_proba(naive_bayes(), X, y, folds=3, n_jobs=1)
    np.testing.assert_allclose(vote, mixed)
    model = StanceModel.fit(small, ("ukraine",), {"ukraine": {**params, "nb_weight": 0.3}})
    model.save(tmp_path)
    pd.testing.assert_frame_equal(model.predict_proba(small),
                                  StanceModel.load(tmp_path).predict_proba(small))

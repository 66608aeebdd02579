"""The stance classifier per target: a scikit-learn Pipeline, chosen by cross-validation."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import VotingClassifier
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler
from sklearn.svm import LinearSVC

from stance.classify.features import TargetTerms, VaderFeatures, combined_text, looks_english
from stance.classify.labelled import LABELS, TARGETS
from stance.modelfiles import ModelFileError, load_skops, save_skops
from stance.sentiment import VADER_COLUMNS, vader_table

RANDOM_STATE = 0
# The grid searched by cross-validation on the training split only. `context` is how the
# context sentence enters: appended to the statement's words (True) or as words of its own
# ("separate"), whose TF-IDF block is then scaled by `context_weight` (1.0 was below 1.5 for
# both targets in the round-16 models' cross-validation; 2.0 was 0.002-0.003 above 1.5 in a
# cross-validation on the round-20 train split). Appending the context, and C = 2, were dropped
# after the round-22 models' cross-validation, each point at its best decision rule, put
# appending below the best "separate" weight at the same C (by 0.008-0.018) and C = 2 below
# C = 0.5 at every context setting (by 0.0002-0.003). The context's character n-grams,
# weighted 0.5, were 0.003 above none for `ukraine` in a cross-validation on the rounds 1-24
# train split.
GRID = [
    {"C": 0.5, "chars": True, "context": "separate", "context_weight": weight,
     "context_chars": context_chars}
    for weight in (1.5, 2.0)
    for context_chars in (0.0, 0.5)
]
# Weights of a complement naive Bayes whose probabilities are averaged with the SVM's, tried
# by the same cross-validation (0 leaves it out; it costs one more fit per fold, not per point).
NB_WEIGHTS = (0.0, 0.2, 0.3, 0.4)
NB_SMOOTHING = 0.3
# The decision rule: argmax of p(label) / prior(label) ** alpha. alpha = 0 is the calibrated
# argmax, which favours the majority `none`; alpha > 0 trades some of it for the rare classes.
ALPHAS = (0.0, 0.25, 0.5, 0.75, 1.0)
# Rows without context (a tweet, a sentence of a speech) go to a second pipeline fitted on the
# statements alone: for `ukraine` the context model lost 0.12-0.18 macro-F1 in cross-validation
# when the context was taken away; the statement-only model is 0.05 below it with context.
TEXT_ONLY = {"C": 0.5, "chars": True, "context": False}
# Weights tried, by cross-validation, for external labelled rows (RUW's tweets for `ukraine`)
# added to the statement-only pipeline's training data; 0 leaves them out.
EXTRA_WEIGHTS = (0.0, 0.3, 1.0)


def _hashed_tfidf(**kwargs) -> list[tuple[str, object]]:
    """TF-IDF over hashed n-grams: no vocabulary to store, so a saved model stays a few MB
    (a vocabulary of 100k n-grams made each skops file 45 MB)."""
    return [("hash", HashingVectorizer(n_features=2**17, alternate_sign=False, norm=None,
                                       **kwargs)),
            ("tfidf", TfidfTransformer(sublinear_tf=True))]


def _statement(df: pd.DataFrame) -> pd.Series:
    return df["text"].fillna("").astype(str)


def _context(df: pd.DataFrame) -> pd.Series:
    return df["context"].fillna("").astype(str)


def naive_bayes() -> Pipeline:
    """Complement naive Bayes over TF-IDF words of the statement and its context: alone far
    below the SVM, but averaged into its probabilities it added 0.003 macro-F1 for `ukraine` in
    cross-validation on the rounds 1-24 train split."""
    return Pipeline([("pick", FunctionTransformer(combined_text)),
                     *_hashed_tfidf(ngram_range=(1, 2)),
                     ("classify", ComplementNB(alpha=NB_SMOOTHING))])


def build_pipeline(C: float = 0.1, chars: bool = True, context: bool | str = True,
                   context_weight: float = 1.0, context_chars: float = 0.0,
                   nb_weight: float = 0.0):
    """TF-IDF words (statement, statement + context, or each on its own), optional char
    n-grams (of the statement, and with `context_chars` > 0 of a separate context, weighted
    so), target terms and VADER, into a class-balanced linear SVM whose scores are
    sigmoid-calibrated into probabilities (a multinomial logistic regression fit 40 times
    slower here, no better). With `nb_weight` > 0, a soft vote of that pipeline and
    `naive_bayes()`, weighted 1 - nb_weight and nb_weight."""
    words = combined_text if context is True else _statement
    parts = [
        ("words", Pipeline([("pick", FunctionTransformer(words)),
                            *_hashed_tfidf(ngram_range=(1, 2))]), ["text", "context"]),
        ("terms", Pipeline([("count", TargetTerms()), ("scale", StandardScaler())]),
         ["text", "context"]),
        ("vader", VaderFeatures(), ["text", *VADER_COLUMNS]),
    ]
    if context == "separate":
        parts.append(("context", Pipeline([("pick", FunctionTransformer(_context)),
                                           *_hashed_tfidf(ngram_range=(1, 2))]), ["context"]))
    if chars:
        parts.append(("chars", Pipeline([("pick", FunctionTransformer(_statement)),
                                         *_hashed_tfidf(analyzer="char_wb", ngram_range=(3, 5))]),
                      ["text"]))
    if context == "separate" and context_chars > 0:
        parts.append(("context_chars",
                      Pipeline([("pick", FunctionTransformer(_context)),
                                *_hashed_tfidf(analyzer="char_wb", ngram_range=(3, 5))]),
                      ["context"]))
    base = LinearSVC(C=C, class_weight="balanced", max_iter=5000, random_state=RANDOM_STATE)
    classifier = CalibratedClassifierCV(base, method="sigmoid", cv=3, ensemble=False)
    weights = {"context": context_weight, "context_chars": context_chars} \
        if context == "separate" else None
    svm = Pipeline([("features", ColumnTransformer(parts, transformer_weights=weights)),
                    ("classify", classifier)])
    if nb_weight <= 0:
        return svm
    return VotingClassifier([("svm", svm), ("nb", naive_bayes())], voting="soft",
                            weights=[1 - nb_weight, nb_weight])


def _cv_proba(estimator, X: pd.DataFrame, y: pd.Series, folds: int, n_jobs: int):
    """Cross-validated probabilities, columns in sorted label order."""
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=RANDOM_STATE)
    return cross_val_predict(estimator, X, y, cv=cv, n_jobs=n_jobs, method="predict_proba")


def _rule(proba: np.ndarray, prior: np.ndarray, alpha) -> np.ndarray:
    """The decision rule: column index of argmax p(label) / prior(label) ** alpha (alpha may be
    one value per row)."""
    return (proba * prior[None, :] ** -np.asarray(alpha, dtype=float).reshape(-1, 1)).argmax(
        axis=1)


def _with_alphas(params: dict, proba: np.ndarray, y: pd.Series) -> list[dict]:
    """Macro-F1 of each decision rule on cross-validated probabilities."""
    classes = np.array(sorted(y.unique()))
    prior = y.value_counts(normalize=True)[classes].to_numpy()
    return [{**params, "alpha": alpha,
             "macro_f1": float(f1_score(y, classes[_rule(proba, prior, alpha)],
                                        average="macro"))}
            for alpha in ALPHAS]


def select_params(
    X: pd.DataFrame, y: pd.Series, folds: int = 4, n_jobs: int = 2
) -> tuple[dict, list[dict]]:
    """The grid point (with its naive Bayes weight and decision rule) with the best
    cross-validated macro-F1 on the training data. The same folds serve every point, so a
    soft vote's probabilities are the weighted mean of its members' (as VotingClassifier's)."""
    X = _frame(X)
    nb = _cv_proba(naive_bayes(), X, y, folds, n_jobs)
    results = []
    for params in GRID:
        svm = _cv_proba(build_pipeline(**params), X, y, folds, n_jobs)
        for w in NB_WEIGHTS:
            results += _with_alphas({**params, "nb_weight": w}, (1 - w) * svm + w * nb, y)
    best = max(results, key=lambda r: r["macro_f1"])
    keys = ("C", "chars", "context", "context_weight", "context_chars", "nb_weight", "alpha")
    return {k: best[k] for k in keys}, results


def select_text_alpha(
    X: pd.DataFrame, y: pd.Series, folds: int = 4, n_jobs: int = 2
) -> tuple[float, list[dict]]:
    """The decision rule of the statement-only pipeline, by cross-validation without context."""
    X = _frame(X).assign(context="")
    proba = _cv_proba(build_pipeline(**TEXT_ONLY), X, y, folds, n_jobs)
    results = _with_alphas(TEXT_ONLY, proba, y)
    return max(results, key=lambda r: r["macro_f1"])["alpha"], results


def select_extra_weight(
    X: pd.DataFrame, y: pd.Series, extra: pd.DataFrame, extra_y: pd.Series, folds: int = 4,
    n_jobs: int = 2,
) -> tuple[float, float, list[dict]]:
    """The weight of external rows (and the decision rule) for the statement-only pipeline.

    Both sets are cut into folds; each fold's model is fitted on the other folds of our rows
    plus, with weight w, the other folds of the external rows, and predicts the held-out rows
    of both. The score is the mean of the two macro-F1s: the weight must pay for itself on our
    statements and on the external kind of text alike.
    """
    X, E = _frame(X).assign(context=""), _frame(extra).assign(context="")
    y, extra_y = y.reset_index(drop=True), extra_y.reset_index(drop=True)
    X, E = X.reset_index(drop=True), E.reset_index(drop=True)
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=RANDOM_STATE)
    splits = list(zip(cv.split(X, y), cv.split(E, extra_y), strict=True))
    classes = np.array(sorted(y.unique()))
    prior = y.value_counts(normalize=True)[classes].to_numpy()
    results = []
    for w in EXTRA_WEIGHTS:
        ours, theirs = np.zeros((len(X), len(classes))), np.zeros((len(E), len(classes)))
        for (tr, te), (etr, ete) in splits:
            rows, labels = X.iloc[tr], y.iloc[tr]
            weight = np.ones(len(tr))
            if w > 0:
                rows = pd.concat([rows, E.iloc[etr]])
                labels = pd.concat([labels, extra_y.iloc[etr]])
                weight = np.r_[weight, np.full(len(etr), w)]
            pipe = build_pipeline(**TEXT_ONLY).fit(rows, labels, classify__sample_weight=weight)
            order = [list(pipe.classes_).index(c) for c in classes]
            ours[te] = pipe.predict_proba(X.iloc[te])[:, order]
            theirs[ete] = pipe.predict_proba(E.iloc[ete])[:, order]
        for alpha in ALPHAS:  # our prior for both sets: the rule the fitted model applies
            f1s = [float(f1_score(gold, classes[_rule(p, prior, alpha)], average="macro"))
                   for gold, p in ((y, ours), (extra_y, theirs))]
            results.append({**TEXT_ONLY, "alpha": alpha, "extra_weight": w,
                            "macro_f1": float(np.mean(f1s)), "macro_f1_ours": f1s[0],
                            "macro_f1_extra": f1s[1]})
    best = max(results, key=lambda r: r["macro_f1"])
    return best["extra_weight"], best["alpha"], results


def _frame(df: pd.DataFrame) -> pd.DataFrame:
    """The model's input columns; VADER is scored here once for all targets, unless the caller
    already has its `vader_*` columns (the pipeline scores sentiment with the same pass)."""
    out = pd.DataFrame({"text": df["text"].fillna("").astype(str)}, index=df.index)
    out["context"] = df["context"].fillna("").astype(str) if "context" in df else ""
    if all(c in df for c in VADER_COLUMNS):
        for col in VADER_COLUMNS:
            out[col] = df[col].astype(float)
        return out
    scores = vader_table(out["text"].tolist())
    for j, col in enumerate(VADER_COLUMNS):
        out[col] = scores[:, j] if len(out) else pd.Series(dtype=float)
    return out


def _row_kinds(df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Which rows the model can read (English text), and which come without context."""
    english = df["text"].fillna("").astype(str).map(looks_english).to_numpy()
    context = df["context"] if "context" in df else pd.Series("", index=df.index)
    alone = (context.fillna("").astype(str).str.strip() == "").to_numpy()
    return english, alone


@dataclass
class StanceModel:
    """Per target, a pipeline for statements with context and one for statements alone,
    with the metadata that produced them."""

    pipelines: dict[str, Pipeline] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)
    text_pipelines: dict[str, Pipeline] = field(default_factory=dict)

    @classmethod
    def fit(cls, df: pd.DataFrame, targets=TARGETS, params: dict | None = None,
            extra: dict[str, pd.DataFrame] | None = None) -> StanceModel:
        """Fit each target's pipelines; `params` maps target -> grid point, plus an optional
        `text_alpha` for the statement-only pipeline and `extra_weight` for the target's rows
        in `extra` (external statements added to that pipeline's training data)."""
        X = _frame(df)
        bare = X.assign(context="")
        model = cls(meta={"params": {}, "priors": {}})
        for target in targets:
            p = dict((params or {}).get(target, {}))
            alpha = p.pop("alpha", 0.0)
            text_alpha = p.pop("text_alpha", alpha)
            weight = p.pop("extra_weight", 0.0)
            model.pipelines[target] = build_pipeline(**p).fit(X, df[target])
            rows, labels, weights = bare, df[target], np.ones(len(bare))
            more = (extra or {}).get(target)
            if weight > 0 and more is not None and len(more):
                rows = pd.concat([bare, _frame(more).assign(context="")])
                labels = pd.concat([df[target], more[target]])
                weights = np.r_[weights, np.full(len(more), weight)]
            model.text_pipelines[target] = build_pipeline(**TEXT_ONLY).fit(
                rows, labels, classify__sample_weight=weights)
            model.meta["params"][target] = {**p, "alpha": alpha, "text_alpha": text_alpha,
                                            "extra_weight": weight}
            prior = df[target].value_counts(normalize=True)
            model.meta["priors"][target] = {label: float(prior.get(label, 0.0))
                                            for label in LABELS}
        return model

    def predict_proba(self, df: pd.DataFrame) -> pd.DataFrame:
        """Columns `<target>_<label>`; rows without context go to the statement-only pipeline;
        empty or non-English text gets an uninformative 1/3."""
        X = _frame(df)
        english, alone = _row_kinds(X)
        out = pd.DataFrame(index=df.index)
        for target, pipe in self.pipelines.items():
            proba = np.full((len(X), len(LABELS)), 1 / len(LABELS))
            text_pipe = self.text_pipelines.get(target, pipe)
            for rows, p in ((english & ~alone, pipe), (english & alone, text_pipe)):
                if rows.any():
                    got = p.predict_proba(X[rows])
                    classes = list(p.classes_)
                    proba[rows] = got[:, [classes.index(label) for label in LABELS]]
            for j, label in enumerate(LABELS):
                out[f"{target}_{label}"] = proba[:, j]
        return out

    def predict(self, df: pd.DataFrame) -> pd.DataFrame:
        """One label column per target, by the decision rule chosen in cross-validation;
        text the model cannot read is `none`."""
        return self.decide(self.predict_proba(df), df)

    def decide(self, proba: pd.DataFrame, df: pd.DataFrame) -> pd.DataFrame:
        """Labels from probabilities already computed by predict_proba (for the same rows)."""
        english, alone = _row_kinds(df)
        out = pd.DataFrame(index=df.index)
        for target in self.pipelines:
            cols = [f"{target}_{label}" for label in LABELS]
            params = self.meta.get("params", {}).get(target, {})
            prior = self.meta.get("priors", {}).get(target, {})
            floor = np.array([max(prior.get(label, 1.0), 1e-6) for label in LABELS])
            alpha = params.get("alpha", 0.0)
            text_alpha = params.get("text_alpha", alpha) if target in self.text_pipelines \
                else alpha
            labels = _rule(proba[cols].to_numpy(), floor, np.where(alone, text_alpha, alpha))
            out[target] = np.where(english, np.array(LABELS)[labels], "none")
        return out

    # -- persistence with skops (never pickle) -------------------------------------------------
    def save(self, directory: str | Path) -> list[Path]:
        """Write `<target>.skops` files and `stance-models.json`."""
        from stance.atomic import atomic_write

        directory = Path(directory)
        written = [save_skops(pipe, directory / f"stance-{target}.skops")
                   for target, pipe in self.pipelines.items()]
        written += [save_skops(pipe, directory / f"stance-{target}-text.skops")
                    for target, pipe in self.text_pipelines.items()]
        meta_path = directory / "stance-models.json"
        with atomic_write(meta_path) as fh:
            json.dump({**self.meta, "targets": list(self.pipelines),
                       "text_targets": list(self.text_pipelines)}, fh, indent=2, default=str)
        written.append(meta_path)
        return written

    @classmethod
    def load(cls, directory: str | Path) -> StanceModel:
        """Load the models in `directory`, refusing any file that holds an unexpected type."""
        directory = Path(directory)
        meta_path = directory / "stance-models.json"
        if not meta_path.exists():
            raise ModelFileError(f"{directory}: no stance models here (stance-models.json missing);"
                                 " run `make train`")
        meta = json.loads(meta_path.read_text("utf-8"))
        model = cls(meta=meta)
        for target in meta["targets"]:
            model.pipelines[target] = load_skops(directory / f"stance-{target}.skops",
                                                 TRUSTED_TYPES)
        for target in meta.get("text_targets", []):
            model.text_pipelines[target] = load_skops(directory / f"stance-{target}-text.skops",
                                                      TRUSTED_TYPES)
        return model


# Types our own pipelines are made of, beyond what skops trusts by default.
TRUSTED_TYPES = frozenset({
    "stance.classify.features.TargetTerms",
    "stance.classify.features.VaderFeatures",
    "stance.classify.features.combined_text",
    "stance.classify.model._statement",
    "stance.classify.model._context",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.ensemble._voting.VotingClassifier",
    "sklearn.naive_bayes.ComplementNB",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.preprocessing._function_transformer.FunctionTransformer",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._label.LabelEncoder",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "numpy.dtype",
    "builtins.slice",
    "sklearn.utils._bunch.Bunch",
})

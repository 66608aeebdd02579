"""Training and evaluation runs: pure functions from labelled frames to models and score reports."""

from __future__ import annotations

import platform
from datetime import date

import pandas as pd
import sklearn

from stance.classify.evaluate import (
    confusion_table,
    keyword_baseline,
    majority_baseline,
    markdown_table,
    per_class_table,
    scores,
    vader_baseline,
)
from stance.classify.labelled import LABELS, TARGETS
from stance.classify.model import (
    GRID,
    NB_WEIGHTS,
    StanceModel,
    _frame,
    select_extra_weight,
    select_params,
    select_text_alpha,
)
from stance.sentiment import VADER_COLUMNS, vader_scores


def fit_models(train: pd.DataFrame, targets=TARGETS, folds: int = 4,
               extra: dict[str, pd.DataFrame] | None = None) -> tuple[StanceModel, dict]:
    """Choose each target's grid point by cross-validation on `train` (and, for a target with
    external rows in `extra`, their weight by cross-validation on both), then fit on all."""
    chosen, cv_results = {}, {}
    train = _with_vader(train)  # VADER once, not once per selection and fit
    extra = {t: _with_vader(rows) for t, rows in (extra or {}).items()
             if t in targets and len(rows)}
    for target in targets:
        chosen[target], cv_results[target] = select_params(train, train[target], folds=folds)
        if target in extra:
            weight, alpha, text_cv = select_extra_weight(
                train, train[target], extra[target], extra[target][target], folds)
            chosen[target].update(text_alpha=alpha, extra_weight=weight)
        else:
            chosen[target]["text_alpha"], text_cv = select_text_alpha(train, train[target],
                                                                      folds)
        cv_results[target] += [{**r, "statement_only": True} for r in text_cv]
    model = StanceModel.fit(train, targets, chosen, extra)
    model.meta.update({"cv": cv_results, "n_train": int(len(train)),
                       "n_extra": {t: int(len(rows)) for t, rows in extra.items()},
                       "trained": date.today().isoformat(),
                       "sklearn": sklearn.__version__, "python": platform.python_version()})
    return model, cv_results


def _with_vader(frame: pd.DataFrame) -> pd.DataFrame:
    scored = _frame(frame)
    return frame.assign(**{col: scored[col] for col in VADER_COLUMNS})


def evaluate_models(model: StanceModel, train: pd.DataFrame, test: pd.DataFrame) -> dict:
    """The model and the baselines on the test split, per target."""
    predicted = model.predict(test)
    alone = model.predict(test.assign(context=""))  # as for a tweet or a speech sentence
    compound = pd.Series(vader_scores(test["text"].fillna("").tolist()), index=test.index)
    out = {}
    for target in model.pipelines:
        gold = test[target]
        out[target] = {
            "model": scores(gold, predicted[target]),
            "model, statement without context": scores(gold, alone[target]),
            "majority class": scores(gold, majority_baseline(train[target], len(test))),
            "keyword rules": scores(gold, keyword_baseline(test["text"], target)),
            "VADER sign": scores(gold, vader_baseline(compound)),
        }
    return out


def ruw_frame(raw: pd.DataFrame) -> pd.DataFrame:
    """RUW's tweets as statements with their `ukraine` gold label (Target 2 / Stance 2)."""
    return pd.DataFrame({"text": raw["Tweet"].fillna("").astype(str), "context": "",
                         "ukraine": raw["Stance 2"].fillna("NONE").str.lower()})


def evaluate_external(model: StanceModel, frame: pd.DataFrame, target: str) -> dict:
    """The model on an out-of-domain set with gold labels for one target."""
    frame = frame[frame[target].isin(LABELS)]
    return scores(frame[target], model.predict(frame)[target])


def _extra_lines(model: StanceModel) -> list[str]:
    """What the model card says of external training rows (RUW's tweets), if any were read."""
    n = model.meta.get("n_extra", {}).get("ukraine")
    if not n:
        return []
    weight = model.meta["params"]["ukraine"].get("extra_weight", 0.0)
    use = (f"they join the `ukraine` statement-only pipeline's training data with weight "
           f"{weight}" if weight else "cross-validation chose to leave them out")
    return [f"External rows: RUW's {n} training tweets "
            "(`../shared/data/stance-external/ruw/raw_train_Russia_Ukraine.csv`, Target 2 = "
            f"Ukraine) were offered to the statement-only `ukraine` pipeline; {use}. The weight "
            "(0, 0.3 or 1) and the decision rule were chosen by 4-fold cross-validation on our "
            "train split and RUW's training tweets together (the mean of the two macro-F1s). "
            "RUW's validation tweets were not used.", ""]


def label_counts(frame: pd.DataFrame) -> str:
    lines = ["| target | " + " | ".join(LABELS) + " |", "| --- | ---: | ---: | ---: |"]
    for target in TARGETS:
        counts = frame[target].value_counts()
        lines.append(f"| {target} | " + " | ".join(str(counts.get(x, 0)) for x in LABELS) + " |")
    return "\n".join(lines)


def _options(key: str) -> str:
    """The values GRID tries for one parameter, for the model card's prose."""
    return " or ".join(f"{v:g}" for v in sorted({p[key] for p in GRID}))


def render_model_card(model: StanceModel, results: dict, train: pd.DataFrame,
                      test: pd.DataFrame, external: dict | None, command: str) -> str:
    """models/MODEL_CARD.md: data, method, scores, limits and intended use."""
    lines = [
        "# Model card: stance classifiers (`ukraine`, `us`)", "",
        f"Rebuilt by `{command}` on {model.meta.get('trained')} with scikit-learn "
        f"{model.meta.get('sklearn')} (Python {model.meta.get('python')}). Same data and seed "
        "give the same models and predictions.", "",
        "## Data", "",
        "`data/labelled/statements.csv`: real statements extracted by `stance` from "
        "`ukraine-news.jsonl` (13 outlets, 2019-2022) and labelled by reading them against "
        "`specs/labels.md`; see `data/labelled/README.md` for sampling, labelling and agreement.",
        "",
        f"Train split: {len(train)} rows; test split: {len(test)} rows (fixed, stratified, "
        "`data/labelled/split.csv`; never used to choose anything).", "",
        *_extra_lines(model),
        "Train labels:", "", label_counts(train), "", "Test labels:", "", label_counts(test), "",
        "## Method", "",
        "Per target, a scikit-learn `Pipeline`: TF-IDF word 1-2-grams of the statement and of "
        "its context, character 3-5-grams of the statement (each hashed into 2^17 features, so "
        "that the saved model holds no vocabulary), log counts of target terms "
        "(Ukraine, Russia, the US, the West, war, aid, blame, thanks) in statement and context, "
        "and VADER's compound/positive/negative scores; then a class-balanced linear SVM "
        "(`LinearSVC`) whose scores are sigmoid-calibrated into probabilities "
        f"(`CalibratedClassifierCV`), C = {_options('C')}. The context enters as words of its "
        f"own; their weight against the statement's ({_options('context_weight')}), whether "
        f"the context's character 3-5-grams join them (weight {_options('context_chars')}, 0 "
        f"leaving them out), and the weight w ({' or '.join(f'{w:g}' for w in NB_WEIGHTS)}) "
        "of a complement naive Bayes over TF-IDF words of the statement and its context, whose "
        "probabilities make a weighted mean with the SVM pipeline's (1 - w and w, a soft "
        "`VotingClassifier`; 0 leaves it out), were chosen by 4-fold stratified "
        "cross-validation (macro-F1) on the train split only.", "",
        "A second pipeline per target, fitted on the statements alone (C = 0.5, no context), "
        "scores rows that come without context (`stance predict` on a CSV of tweets or speech "
        "sentences): for `ukraine`, the context pipeline lost 0.12-0.18 macro-F1 in "
        "cross-validation when the context was removed, while a pipeline fitted on statements "
        "alone is 0.05 below the context pipeline with context (0.02 for `us`).", "",
        "The decision rule is the argmax of p(label) / prior(label)^alpha, with alpha also "
        "chosen by that cross-validation (alpha = 0 is the plain argmax of the calibrated "
        "probabilities; the probabilities themselves are reported unchanged).", "",
        "| target | C | char n-grams | context | naive Bayes weight | alpha | CV macro-F1 |",
        "| --- | ---: | --- | --- | ---: | ---: | ---: |",
    ]
    for target, grid in model.meta.get("cv", {}).items():
        for alone in (False, True):
            rows = [r for r in grid if bool(r.get("statement_only")) == alone]
            if not rows:
                continue
            best = max(rows, key=lambda r: r["macro_f1"])
            context = "none (statement-only pipeline)" if alone else best["context"]
            if not alone and best.get("context_weight", 1.0) != 1.0:
                context = f"{context}, weight {best['context_weight']}"
            if not alone and best.get("context_chars"):
                context += f", its char n-grams weighted {best['context_chars']}"
            score = f"{best['macro_f1']:.3f}"
            if "extra_weight" in best:
                context += f", RUW tweets weighted {best['extra_weight']}"
                score += (f" (ours {best['macro_f1_ours']:.3f}, RUW "
                          f"{best['macro_f1_extra']:.3f})")
            lines.append(f"| {target} | {best['C']} | {best['chars']} | {context} | "
                         f"{best.get('nb_weight', 0.0):g} | {best['alpha']} | {score} |")
    lines += ["", "## Scores", "", "On the test split. SemEval F1 is the mean F1 of favor and "
              "against.", ""]
    for target, rows in results.items():
        lines += [f"### `{target}`", "", markdown_table(rows), "", "Per class (model):", "",
                  per_class_table(rows["model"]), "", "Confusion (model):", "",
                  confusion_table(rows["model"]), ""]
    if external:
        lines += ["### Out of domain: RUW tweets (`ukraine`)", "",
                  "`../shared/data/stance-external/ruw/raw_val_Russia_Ukraine.csv`, Target 2 = "
                  "Ukraine; never used for training or selection.", "",
                  markdown_table({"model": external}), ""]
    lines += [
        "## Intended use", "",
        "Estimating how named actors in English news lean on Ukraine and on the United States, "
        "in aggregate over many statements with uncertainty shown (`stance report`). Not for "
        "judging a single statement or person without reading it.", "",
        "## Limits", "",
        "- Trained on 2019-2022 coverage; leaders, issues and vocabulary after that are "
        "unseen.",
        "- Statements come from the attribution engine: wrongly attributed or cut spans were "
        "dropped or fixed when labelling, but at run time its errors pass through.",
        "- Labels were made by AI assistants reading each row against the spec (see the data "
        "README), not by domain experts; agreement figures are there.",
        "- A linear bag-of-words model: it misses negation, sarcasm and reported denials "
        "(\"X denied that ...\").",
        "- Empty or non-English text is returned as `none` with probabilities of 1/3.",
        "- VADER, used as a feature and for sentiment, is weak on news (see the README).",
    ]
    return "\n".join(lines) + "\n"

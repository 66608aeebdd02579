"""The speech-verb lexicon, built from PolNeAR's training cues by benchmarks/speech_verbs.py."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

# Cue forms PolNeAR annotates that are not verbs of saying on their own.
NOT_VERBS = frozenset(
    "to for of in on at as by with about from : , - — that is are was were be been have has had "
    "would will could should can may might do does did not also criticism opposition support "
    "supports supporting backing showing show shows showed found see saw sees seems seemed "
    "appears appeared appear read named want wants wanted plans is expected are expected "
    "expected willing seeking sought hope hopes hoping feel feels fear know knows".split()
)
# Of the data's verbs, those that report speech with an object rather than a that-clause
# ("X urged leaders to ..."); only forms also seen as cues in the data are used.
OBJECT_VERBS = frozenset(
    "urged urges urging called calls calling asked asks asking told tells telling accused "
    "accuses blamed blames praised praises criticized criticised criticizes criticises "
    "condemned condemns warned warns suggested suggests suggesting proposed proposes "
    "demanded demands pledged pledges promised promises vowed vows denied denies "
    "rejected rejects dismissed dismisses defended defends welcomed welcomes thanked thanks "
    "described describes appealed threatened threatens reaffirmed reaffirms reiterated "
    "reiterates stressed stresses emphasized emphasised underscored expressed".split()
)


@dataclass(frozen=True)
class Lexicon:
    """Speech-verb forms (said, told, ...) and multiword cues (according to, ...)."""

    verbs: frozenset[str]
    phrases: tuple[str, ...]
    object_verbs: frozenset[str] = OBJECT_VERBS


def parse_lexicon(text: str) -> Lexicon:
    """Read `form<TAB>count<TAB>lemma` rows; '#' lines are comments."""
    verbs: set[str] = set()
    phrases: list[str] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("form\t"):
            continue
        form = line.split("\t")[0].strip().lower().rstrip(":")
        if not form or form in NOT_VERBS:
            continue
        forms = {form}
        if "iz" in form:  # the data is American; British news writes "criticised"
            forms.add(form.replace("iz", "is"))
        for f in forms:
            if " " in f:
                words = f.split()
                if words[0] not in NOT_VERBS and words[-1] not in NOT_VERBS:
                    phrases.append(f)
            elif f.isalpha():
                verbs.add(f)
    phrases.sort(key=len, reverse=True)
    return Lexicon(frozenset(verbs), tuple(phrases), OBJECT_VERBS & frozenset(verbs))


def load_lexicon() -> Lexicon:
    """The lexicon shipped with the package."""
    text = resources.files("stance").joinpath("resources/speech_verbs.tsv").read_text("utf-8")
    return parse_lexicon(text)

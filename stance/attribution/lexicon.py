"""The speech-verb lexicon, built from PolNeAR's training cues by benchmarks/speech_verbs.py."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

# A form is kept when annotators marked at least this share of its occurrences as a cue.
MIN_CUE_RATE = 0.35
# Function words, and cues PolNeAR marks for beliefs and evidence ("polls show", "is
# expected") that do not report anybody's words.
NOT_VERBS = frozenset(
    "to for of in on at as by with about from that is are was were be been have has had "
    "would will could should can may might do does did not also according expected "
    "expecting found finds shows showed shown show known seemed seems appeared appears "
    "considered considers named learned sought seeks estimated estimates projected nominated "
    "ordered listed titled regarded worried worries hopes hoped hoping prefer preferred "
    "prefers supported opposed oppose endorsed endorses offered pushed pushing "
    "issued realized imagined startled thrilled outraged angered impressed convinced "
    "persuaded mounting lining resonated unleashed displayed spotted suspected rumors "
    "restricting aiming opted renewed negotiated pivoted sided billed credited".split()
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
    "reiterates stressed stresses emphasized emphasised underscored expressed announced "
    "announces".split()
)
# Thought verbs (specs/labels.md: indirect speech is "a speech or thought verb with a
# that-clause or an object"). They report what somebody believes, hopes or plans, never a
# quotation's source, so they (and the two sets below) are searched for indirect statements
# only.
THOUGHT_VERBS = frozenset(
    "think thinks thought believe believes believed hope hopes hoped fear fears feared "
    "expect expects worry worries worried doubt doubts doubted suspect suspects suspected "
    "feel feels felt know knows knew want wants wanted plans planned intend intends "
    "intended expected expecting considered considers remember viewed view realized imagined "
    "guess prefer prefers preferred estimated estimates projected noticed learned hoping "
    "understood assumed".split()
)
# Verbs of communication that PolNeAR's cues attest too rarely for the quotation lexicon
# (cue_rate under MIN_CUE_RATE, or listed in NOT_VERBS) but that report speech when they
# head a clause or an object: "endorsed Cruz", "alleged that ...". Hand-picked from the
# rarer forms in speech_verbs.tsv; actions ("voted", "signed", "fired") are left out, and so
# is "speaks", which heads photo captions ("Putin speaks during a news conference").
RARE_SPEECH_VERBS = frozenset(
    "endorsed endorse endorses endorsing claim claims reports agree agrees ask tell promises "
    "promise note alleged explain describe recognize recognized advocate demands demanded "
    "praise criticize admit admitting disagree express expressing apologize remind repeat "
    "echoing disputed pledge pledged threatening write writing quotes highlight "
    "highlighting".split()
)
# Evidence ("a Morning Consult poll found that ...", "the reports show ..."): reported as
# the findings of whoever published them, only when the subject is such a source.
EVIDENCE_VERBS = frozenset("show shows showed shown found finds".split())
INDIRECT_ONLY = THOUGHT_VERBS | RARE_SPEECH_VERBS | EVIDENCE_VERBS


@dataclass(frozen=True)
class Lexicon:
    """Speech-verb forms (said, told, ...) and multiword cues (according to, ...)."""

    verbs: frozenset[str]
    phrases: tuple[str, ...]
    object_verbs: frozenset[str] = OBJECT_VERBS
    indirect_verbs: frozenset[str] = INDIRECT_ONLY  # searched for indirect statements only


def parse_lexicon(text: str, min_rate: float = MIN_CUE_RATE) -> Lexicon:
    """Read `form<TAB>count<TAB>lemma<TAB>cue_rate` rows; '#' lines are comments."""
    verbs: set[str] = set()
    phrases: list[str] = []
    for line in text.splitlines():
        cols = line.split("\t")
        if not line.strip() or line.startswith("#") or cols[0] == "form":
            continue
        form = cols[0].strip().lower()
        rate = float(cols[3]) if len(cols) > 3 and cols[3] else 1.0
        if rate < min_rate:
            continue
        forms = {form}
        if "iz" in form:  # the data is American; British news writes "criticised"
            forms.add(form.replace("iz", "is"))
        for f in forms:
            words = f.split()
            if len(words) == 1 and f.isalpha() and f not in NOT_VERBS:
                verbs.add(f)
            elif len(words) > 1:
                phrases.append(f)
    # A phrase is kept only when it starts with a kept verb ("pointed out", "warned of").
    phrases = sorted({p for p in phrases if p.split()[0] in verbs}, key=len, reverse=True)
    return Lexicon(frozenset(verbs), tuple(phrases), OBJECT_VERBS & frozenset(verbs),
                   INDIRECT_ONLY - frozenset(verbs))


def load_lexicon() -> Lexicon:
    """The lexicon shipped with the package."""
    text = resources.files("stance").joinpath("resources/speech_verbs.tsv").read_text("utf-8")
    return parse_lexicon(text)

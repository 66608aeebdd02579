"""Build stance/resources/speech_verbs.tsv from the Cue spans of PolNeAR's training split.

Run from the repository root: ``python benchmarks/speech_verbs.py``. Deterministic: the
same data gives the same file, byte for byte.

Every Cue span of the train split (one annotator per article, as ``polnear.py`` picks) is
lowercased and tokenised. A one-word cue counts for its form; a multiword cue ("told
reporters", "has said", "is quoted as saying") counts for its head verb, the first token
that is a verb and not an auxiliary, modal or ``-ly`` adverb, and, when it is seen at least
``MIN_COUNT`` times as a whole, for the phrase too ("according to", "said in a statement").

A form is a verb when it is an irregular verb form (table below) or when the train texts
attest the ``-ed`` form of its lemma; this drops the prepositions, nouns and adverbs that
PolNeAR also marks as cues ("in", "statement", "reportedly"). The lemma of a regular form is
the candidate stem with the most attested inflections ``L``, ``L+s``, ``L+ed``, ``L+ing``
(noting -> note, adding -> add, hoping -> hope, sparred -> spar).

Note that PolNeAR's cues cover every attribution, so the verbs include thought, belief and
evidence verbs ("think", "believe", "show", "found", "seemed") besides verbs of saying.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

# benchmarks/ is not a package (pysbd installs a top-level "benchmarks" that would shadow it):
# scripts here run with benchmarks/ on sys.path, and the tests put it there.
from polnear import DEFAULT_ROOT, annotation_files, parse_ann, read_article

from stance.atomic import atomic_write

MIN_COUNT = 3
OUT = Path(__file__).resolve().parents[1] / "stance" / "resources" / "speech_verbs.tsv"
TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)*|['’][a-z]+")

AUXILIARIES = {
    **dict.fromkeys("be is are was were been being am".split(), "be"),
    **dict.fromkeys("have has had having".split(), "have"),
    **dict.fromkeys("do does did".split(), "do"),
}
# Words never taken as a cue's head: modals, negation, determiners, pronouns, prepositions.
FUNCTION_WORDS = frozenset(
    "'s 'd 'll 're 've will would can could may might shall should must also not never n't "
    "the a an this that these those his her their its our my your him them us me it he she "
    "they we you i who which what and or but of in on at for to with about from by as into "
    "over after before than then so if while because up out off even just still only now "
    "actually again already too very much more most first last further far best well later "
    "once ever own past news ready s re".split()
) | frozenset(AUXILIARIES)

# Irregular verb forms seen among news cues: form -> lemma.
IRREGULAR = {
    **dict.fromkeys(["say", "says", "said", "saying"], "say"),
    **dict.fromkeys(["tell", "tells", "told", "telling"], "tell"),
    **dict.fromkeys(["write", "writes", "wrote", "written", "writing"], "write"),
    **dict.fromkeys(["think", "thinks", "thought", "thinking"], "think"),
    **dict.fromkeys(["see", "sees", "saw", "seen", "seeing"], "see"),
    **dict.fromkeys(["know", "knows", "knew", "known", "knowing"], "know"),
    **dict.fromkeys(["speak", "speaks", "spoke", "spoken", "speaking"], "speak"),
    **dict.fromkeys(["find", "finds", "found", "finding"], "find"),
    **dict.fromkeys(["feel", "feels", "felt", "feeling"], "feel"),
    **dict.fromkeys(["give", "gives", "gave", "given", "giving"], "give"),
    **dict.fromkeys(["make", "makes", "made", "making"], "make"),
    **dict.fromkeys(["take", "takes", "took", "taken", "taking"], "take"),
    **dict.fromkeys(["mean", "means", "meant", "meaning"], "mean"),
    **dict.fromkeys(["hear", "hears", "heard", "hearing"], "hear"),
    **dict.fromkeys(["hold", "holds", "held", "holding"], "hold"),
    **dict.fromkeys(["seek", "seeks", "sought", "seeking"], "seek"),
    **dict.fromkeys(["teach", "teaches", "taught", "teaching"], "teach"),
    **dict.fromkeys(["read", "reads", "reading"], "read"),
    **dict.fromkeys(["put", "puts", "putting"], "put"),
    **dict.fromkeys(["set", "sets", "setting"], "set"),
    **dict.fromkeys(["begin", "begins", "began", "begun", "beginning"], "begin"),
    **dict.fromkeys(["bring", "brings", "brought", "bringing"], "bring"),
    **dict.fromkeys(["get", "gets", "got", "gotten", "getting"], "get"),
    **dict.fromkeys(["go", "goes", "went", "gone", "going"], "go"),
    **dict.fromkeys(["come", "comes", "came", "coming"], "come"),
    **dict.fromkeys(["swear", "swears", "swore", "sworn", "swearing"], "swear"),
    **dict.fromkeys(["understand", "understands", "understood"], "understand"),
    **dict.fromkeys(["forecast", "forecasts", "forecasting"], "forecast"),
    **dict.fromkeys(["foresee", "foresees", "foresaw", "foreseen"], "foresee"),
    **dict.fromkeys(["predict", "predicts", "predicted", "predicting"], "predict"),
    **dict.fromkeys(["lead", "leads", "led", "leading"], "lead"),
    **dict.fromkeys(["leave", "leaves", "left", "leaving"], "leave"),
    **dict.fromkeys(["keep", "keeps", "kept", "keeping"], "keep"),
    **dict.fromkeys(["stand", "stands", "stood", "standing"], "stand"),
    **dict.fromkeys(["strike", "strikes", "struck", "striking"], "strike"),
    **dict.fromkeys(["draw", "draws", "drew", "drawn", "drawing"], "draw"),
    **dict.fromkeys(["show", "shows", "showed", "shown", "showing"], "show"),
    **dict.fromkeys(["choose", "chooses", "chose", "chosen"], "choose"),
    **dict.fromkeys(["send", "sends", "sent", "sending"], "send"),
    **dict.fromkeys(["pay", "pays", "paid", "paying"], "pay"),
    **dict.fromkeys(["lay", "lays", "laid", "laying"], "lay"),
    **dict.fromkeys(["win", "wins", "won", "winning"], "win"),
    **dict.fromkeys(["hit", "hits", "hitting"], "hit"),
    **dict.fromkeys(["bet", "bets", "betting"], "bet"),
    **dict.fromkeys(["deal", "deals", "dealt", "dealing"], "deal"),
    **dict.fromkeys(["fight", "fights", "fought", "fighting"], "fight"),
    **dict.fromkeys(["sing", "sings", "sang", "sung", "singing"], "sing"),
    **dict.fromkeys(["rise", "rises", "rose", "risen", "rising"], "rise"),
    **dict.fromkeys(["fall", "falls", "fell", "fallen", "falling"], "fall"),
    **dict.fromkeys(["forget", "forgets", "forgot", "forgotten"], "forget"),
    "according": "according",  # only in "according to"
}


def tokens(text: str) -> list[str]:
    """Lowercased word tokens of a cue or a text."""
    return TOKEN.findall(text.lower().replace("’", "'"))


def train_cues(root: Path = DEFAULT_ROOT) -> list[str]:
    """The text of every Cue span in the train split, one annotator per article."""
    cues = []
    for path in annotation_files("train", root).values():
        ann = parse_ann(path.read_text(encoding="utf-8"))
        cues += [t.text for t in ann.spans.values() if t.label == "Cue"]
    return cues


def vocabulary(root: Path = DEFAULT_ROOT) -> Counter:
    """How often each lowercased word occurs in the train texts."""
    words: Counter = Counter()
    for name in annotation_files("train", root):
        words.update(tokens(read_article("train", name, root)))
    return words


def phrase_counts(phrases: list[str], root: Path = DEFAULT_ROOT) -> Counter:
    """How often each multiword phrase occurs in the train texts (token-aligned)."""
    found: Counter = Counter()
    for name in annotation_files("train", root):
        joined = " " + " ".join(tokens(read_article("train", name, root))) + " "
        for p in phrases:
            found[p] += joined.count(" " + p + " ")
    return found


def _past(lemma: str) -> str:
    """The regular past tense: noted, added, worried."""
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    return lemma + ("d" if lemma.endswith("e") else "ed")


def _inflections(lemma: str) -> set[str]:
    """The regular inflections of a lemma: L, L+s, L+ed, L+ing (with e-drop, y->i, doubling)."""
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    if re.search(r"[^aeiou]y$", lemma):
        third = lemma[:-1] + "ies"
    elif re.search(r"(s|x|z|ch|sh|o)$", lemma):
        third = lemma + "es"
    else:
        third = lemma + "s"
    forms = {lemma, third, _past(lemma), stem + "ing"}
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):  # hop -> hopped, commit -> committed
        doubled = {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
        if len(re.findall(r"[aeiouy]+", lemma)) == 1:  # one syllable: only the doubled forms
            forms -= {_past(lemma), stem + "ing"}
        forms |= doubled
    return forms


def _candidates(form: str) -> list[str]:
    """Possible lemmas of a regular verb form, most likely first."""
    out = [form]
    for suffix in ("ing", "ed", "es", "s", "d"):
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            stem = form[: -len(suffix)]
            if not re.search(r"(sh|ch|ck|x|[aeiou][aeiou][lmnr]|([^aeiou])\2)$", stem):
                out.append(stem + "e")
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # sparred -> spar (before sparr; add beats ad on score)
            out.append(stem)
            if suffix in ("ed", "es") and stem.endswith("i"):
                out.append(stem[:-1] + "y")
    return [c for i, c in enumerate(out) if c not in out[:i]]


def lemma_of(form: str, vocab: Counter) -> tuple[str, bool]:
    """(lemma, is_verb) for a single word, judged against the train texts' word counts.

    The lemma is the candidate with the most attested inflections (ties: the more frequent
    lemma, then the earlier candidate); it is a verb when its -ed form is attested too.
    """
    if form in FUNCTION_WORDS:
        return AUXILIARIES.get(form, form), False
    if form in IRREGULAR:
        return IRREGULAR[form], True
    scored = [
        (len([f for f in _inflections(c) if vocab[f]]), vocab[c], -i, c)
        for i, c in enumerate(_candidates(form))
        if form in _inflections(c)
    ]
    best = max(scored)[-1]
    pasts = {f for f in _inflections(best) if f.endswith("ed") and f != best}
    return best, any(vocab[f] for f in pasts)


def _word_lemma(word: str, vocab: Counter) -> str:
    """A phrase word's lemma: verbs and auxiliaries lemmatised, other words as they are."""
    lemma, is_verb = lemma_of(word, vocab)
    return lemma if is_verb or word in AUXILIARIES else word


def head(words: list[str], vocab: Counter) -> str | None:
    """The head verb of a cue: its first verb that is not an auxiliary or -ly adverb."""
    for w in words:
        if w in FUNCTION_WORDS or w.endswith("ly"):
            continue
        if lemma_of(w, vocab)[1]:
            return w
    return None


def count_cues(cues: list[str], vocab: Counter) -> tuple[Counter, Counter]:
    """Count head-verb forms and whole multiword phrases."""
    forms: Counter = Counter()
    phrases: Counter = Counter()
    for cue in cues:
        words = tokens(cue)
        if not words:
            continue  # punctuation only (":", "--")
        h = head(words, vocab)
        if h:
            forms[h] += 1
        if len(words) > 1:
            phrases[" ".join(words)] += 1
    return forms, phrases


def rows(
    forms: Counter, phrases: Counter, vocab: Counter, in_text: Counter
) -> list[tuple[str, int, str, float]]:
    """(form, count, lemma, cue rate) for forms and phrases seen MIN_COUNT times.

    The cue rate is the share of the form's occurrences in the train texts that annotators
    marked as a cue: "said" is nearly always one, "made" rarely. The engine uses it to keep
    only forms that signal attribution reliably.
    """
    out = [(f, n, lemma_of(f, vocab)[0], _rate(n, vocab[f])) for f, n in forms.items()
           if n >= MIN_COUNT]
    for phrase, n in phrases.items():
        if n < MIN_COUNT:
            continue
        lemma = " ".join(_word_lemma(w, vocab) for w in phrase.split())
        out.append((phrase, n, lemma, _rate(n, in_text[phrase])))
    return sorted(out, key=lambda r: (-r[1], r[0]))


def _rate(n: int, occurrences: int) -> float:
    return round(min(1.0, n / occurrences), 3) if occurrences else 0.0


def render(table: list[tuple[str, int, str, float]], n_cues: int) -> str:
    """The TSV text, with its '#' header."""
    head_lines = [
        "# Speech-verb lexicon built from PolNeAR train Cue spans (one annotator per article)",
        f"# by `python benchmarks/speech_verbs.py`: {n_cues} cues; head verbs of one- and",
        f"# multiword cues, and multiword cue phrases, each seen >= {MIN_COUNT} times.",
        "# Includes PolNeAR's thought/evidence cues (think, show, found); see the script.",
        "# cue_rate: the share of the form's occurrences in the train texts marked as a cue.",
        "form\tcount\tlemma\tcue_rate",
    ]
    body = [f"{f}\t{n}\t{lem}\t{r}" for f, n, lem, r in table]
    return "\n".join(head_lines + body) + "\n"


def main() -> int:
    cues = train_cues()
    vocab = vocabulary()
    forms, phrases = count_cues(cues, vocab)
    multi = [p for p, n in phrases.items() if n >= MIN_COUNT]
    table = rows(forms, phrases, vocab, phrase_counts(multi))
    with atomic_write(OUT) as fh:  # (creates OUT's directory)
        fh.write(render(table, len(cues)))
    print(f"wrote {OUT} ({len(table)} rows from {len(cues)} cues)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

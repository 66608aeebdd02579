"""Build stance/resources/first_names.tsv: the gender of first names, for "he" and "she".

Run from the repository root: ``python benchmarks/first_names.py`` (needs the dev extras).
Deterministic: the same data gives the same file, byte for byte.

The registry knows the gender of its own people only, so "she said" after "Pamela Falk said"
could go to a man named before her. Two sources give first names a gender:

* The 1990 US Census first-name lists (public domain, as shipped by the MIT-licensed
  ``names`` package): a name is kept for the gender with at least ``MIN_CENSUS_SHARE`` of
  its combined frequency ("Lawrence" m, "Pamela" f; not "Jordan"), unless two articles
  below give it the other gender. Only names borne by ``MIN_CENSUS_PERCENT`` of the
  population or more, and more often as first names than as surnames, count: the lists
  also hold East Asian surnames ("Li", "Tran") and surnames like "King" and "Taylor".
* News text, for the names a US census misses ("Oleksandr", "Iryna"): per first name, the
  votes of articles (one per article and gender) that refer back to a person they named in
  full ("Pamela Falk"), by an honorific with the same surname in the same article ("Ms.
  Falk", "Mr Falk"), or by a pronoun right after a sentence that names that one person
  ('..., she said', or "She" opening the next sentence). A full name is two capitalised
  words, the first no title, role or sentence opener ("Chancellor Olaf" is none) and the
  last no organisation's or place's ending ("Oval Office", "Sheremetyevo Airport"). A name
  is kept with at least ``MIN_VOTES`` votes of which at least ``MIN_SHARE`` agree, if the
  texts rarely write it in lower case ("Middle", "Grand") and it is no place or, unless the
  census lists it, people's adjective ("Crimean"); where it disagrees with the census, the
  news wins.

The texts are PolNeAR's train split and the war corpus without the articles of the
hand-labelled attribution gold (``data/attribution/corpus-gold.jsonl``, both splits), so
nothing evaluated here has shaped the list.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

from polnear import DEFAULT_ROOT

from stance.atomic import atomic_write
from stance.attribution.mentions import (
    NOT_NAMES,
    ORG_WORDS,
    PERSON_ROLES,
    TITLE_WORDS,
    load_places,
)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "stance" / "resources" / "first_names.tsv"
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "ukraine-news.jsonl"
GOLD = ROOT / "data" / "attribution" / "corpus-gold.jsonl"
MIN_VOTES = 3
MIN_SHARE = 0.9
MIN_CENSUS_SHARE = 0.97
MIN_CENSUS_PERCENT = 0.01  # the name's male and female percentages in the lists, summed

NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# A lookahead, so that every start is tried: "President Joe Biden" gives "Joe Biden" too.
FULL_NAME = re.compile(rf"(?=\b({NAME})\s+((?:[A-Z]\.\s+)?{NAME})\b)")
HONORIFIC = re.compile(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+({NAME})\b")
HONORIFIC_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
# Capitalised words that open sentences or titles, never first names.
NOT_FIRST = frozenset("""The A An This That These Those He She It They We His Her Their Its
    In On At For With From By But And Or If When While After Before As Mr Mrs Ms Miss Dr
    President Prime Minister Secretary Senator Sen Rep Gov Governor General Gen Foreign Defence
    Defense Deputy Former Chief Kremlin Russian Ukrainian American British French German
    Chinese White House State United New North South East West Saint St Fox News""".split())
# "..., he said." in the full name's sentence, or "He"/"She" opening the next one.
SAID_PRONOUN = re.compile(r"[,”\"]\s+(he|she)\s+(?:said|says|added|told|wrote|noted|explained)\b")
PRONOUN_OPENER = re.compile(r"(He|She)\s")
LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
CAPITAL_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?![\w’'-])")
# Adjectives of peoples and places, capitalised like names: "Crimean", "Polish", "Soviet"
# (unless the census lists the word as a first name: "Roman", "Brian").
DEMONYM = re.compile(r"[a-z]+(?:ean|ian|ish|ese|ic|an|et|azi)")
# Last words of organisations' and places' names: "Oval Office", "Sheremetyevo Airport".
PLACE_ENDS = ORG_WORDS | frozenset("""airport church cathedral station stadium hotel hospital
    school bridge park palace castle""".split())
PLACES = load_places()  # "Middle East", "Las Vegas"
SENTENCE = re.compile(r"[^.!?]+[.!?]+[\"”’']?\s*")


def texts() -> list[str]:
    """PolNeAR train texts, then the corpus articles outside the attribution gold."""
    out = [p.read_text("utf-8") for p in sorted((DEFAULT_ROOT / "train" / "text").glob("*.txt"))]
    gold = {json.loads(line)["article_id"] for line in GOLD.read_text("utf-8").splitlines()
            if line.strip()}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] not in gold:
                out.append(row["text"])
    return out


def _a_person(m: re.Match) -> bool:
    """May a FULL_NAME match be a person's name (not "Oval Office", "Chatham House", nor a
    title and a name: "Chancellor Olaf")?"""
    first = m.group(1).lower()
    return m.group(1) not in NOT_FIRST and "-" not in first and first not in TITLE_WORDS and \
        first not in PERSON_ROLES and first not in NOT_NAMES and \
        m.group(2).split()[-1].lower() not in PLACE_ENDS and \
        f"{first} {m.group(2).lower()}" not in PLACES


def votes(text: str) -> list[tuple[str, str]]:
    """(first name, gender) votes from one article, at most one of each."""
    full: dict[str, set[str]] = defaultdict(set)  # surname -> first names in the article
    for m in FULL_NAME.finditer(text):
        if _a_person(m):
            full[m.group(2).split()[-1]].add(m.group(1))
    out = []
    honorifics: dict[str, set[str]] = defaultdict(set)
    for m in HONORIFIC.finditer(text):
        honorifics[m.group(2)].add(HONORIFIC_GENDER[m.group(1)])
    for surname, genders in honorifics.items():
        firsts = full.get(surname, set())
        if len(genders) == 1 and len(firsts) == 1:
            out.append((next(iter(firsts)), next(iter(genders))))
    sentences = [s.strip() for s in SENTENCE.findall(text)]
    for prev, nxt in zip(sentences, [*sentences[1:], ""], strict=True):
        names = {m.group(1, 2) for m in FULL_NAME.finditer(prev) if _a_person(m)}
        if len(names) != 1:
            continue
        first, surname = next(iter(names))
        if len(full.get(surname.split()[-1], ())) > 1:
            continue
        said = SAID_PRONOUN.search(prev)
        if said is None and (opener := PRONOUN_OPENER.match(nxt)) is not None:
            said = opener
        if said is not None:
            out.append((first, "m" if said.group(1).lower() == "he" else "f"))
    return sorted(set(out))


def census_frequencies() -> dict[str, Counter]:
    """Name -> percent of the population with it as a male ("m") or female ("f") first name
    and as a surname ("last"), from the census lists."""
    freq: dict[str, Counter] = defaultdict(Counter)
    lists = (("m", "dist.male.first"), ("f", "dist.female.first"), ("last", "dist.all.last"))
    for kind, file in lists:
        for line in resources.files("names").joinpath(file).read_text("utf-8").splitlines():
            if line.strip():
                name, percent = line.split()[:2]
                freq[name.lower()][kind] += float(percent)
    return freq


def census(freq: dict[str, Counter]) -> dict[str, tuple[str, float]]:
    """First name -> (gender, share of its frequency) from the census lists, for names that
    are common as first names and rarer as surnames (not "Li", "Tran", "King", "Taylor")."""
    out = {}
    for name, c in freq.items():
        first = Counter({k: v for k, v in c.items() if k != "last"})
        total = sum(first.values())
        if total < MIN_CENSUS_PERCENT or c["last"] >= total:
            continue
        gender, n = first.most_common(1)[0]
        out[name] = (gender, n / total)
    return out


def build(all_texts: list[str]) -> list[tuple[str, str, str, str]]:
    """(first name, gender, source, evidence), sorted by name."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for text in all_texts:
        for first, gender in votes(text):
            counts[first.lower()][gender] += 1
    rows = {}
    freq = census_frequencies()
    listed = {name for name, c in freq.items() if set(c) - {"last"}}
    for name, (gender, share) in census(freq).items():
        # (not where two articles say otherwise: "Dana")
        other = sum(n for g, n in counts.get(name, Counter()).items() if g != gender)
        if share >= MIN_CENSUS_SHARE and other < 2:
            rows[name] = (gender, "census", f"{share:.2f}")
    # Capitalised words that are no first names: words the texts also write in lower case
    # (one time in ten or more: "Central", "Middle", "Grand"), and places ("Crimea").
    words = Counter(w for text in all_texts for w in LOWER_WORD.findall(text))
    capitalised = Counter(w.lower() for text in all_texts for w in CAPITAL_WORD.findall(text))
    not_first = set(PLACES) | {p.split()[0] for p in PLACES}
    for name, c in counts.items():
        total = sum(c.values())
        gender, n = c.most_common(1)[0]
        looks_like_a_name = words[name] < 0.1 * capitalised[name] and name not in not_first \
            and (name in listed or not DEMONYM.fullmatch(name))
        if total >= MIN_VOTES and n / total >= MIN_SHARE and looks_like_a_name:
            rows[name] = (gender, "news", f"{n}/{total}")
    return [(name, *rows[name]) for name in sorted(rows)]


def main() -> int:
    all_texts = texts()
    rows = build(all_texts)
    lines = [
        "# First-name genders built by `python benchmarks/first_names.py` from the 1990 US",
        f"# Census lists and {len(all_texts)} news articles (PolNeAR train and the war corpus",
        "# outside the attribution gold); see the script. evidence: the census share of the",
        "# name's frequency, or agreeing/all votes of articles that referred back to a named",
        "# person by honorific or pronoun.",
        "first_name\tgender\tsource\tevidence",
        *("\t".join(row) for row in rows),
    ]
    with atomic_write(OUT) as f:
        f.write("\n".join(lines) + "\n")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} first names from {len(all_texts)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Draw statements from the corpus for hand labelling (data/labelled/README.md says how).

    python scripts/sample_for_labelling.py ../shared/data/corpus/ukraine-news.jsonl \
        -n 2600 -o OUT.csv

Statements come from the attribution engine; the sample is stratified by outlet and by the
speaker's country group, and statements that name the United States are oversampled, because
the `us` classes are rare. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import re

import pandas as pd

from stance.attribution.sentences import context_span
from stance.corpus import iter_articles
from stance.pipeline import Settings, attribute_articles, make_attributor
from stance.types import ReadLog

US_TERMS = re.compile(
    r"\b(?:America|American|Americans|U\.S\.|US|USA|United States|Washington|Biden|Trump|"
    r"Pentagon|White House|Blinken|State Department|NATO)\b"
)
GROUPS = {
    "Ukraine": "ukraine", "Russia": "russia", "United States": "us", "Belarus": "russia",
}
EUROPE = {"United Kingdom", "France", "Germany", "European Union", "NATO", "Poland", "Italy",
          "Hungary", "Estonia", "Latvia", "Lithuania", "Finland", "Sweden", "Denmark",
          "Netherlands", "Spain", "Czech Republic", "Slovakia", "Romania", "Norway"}


def speaker_group(actor) -> str:
    if actor is None or actor.country is None:
        return "other"
    if actor.country in GROUPS:
        return GROUPS[actor.country]
    return "europe" if actor.country in EUROPE else "other"


def collect(path: str) -> pd.DataFrame:
    attributor = make_attributor(Settings())
    registry = attributor.registry
    rows = []
    log = ReadLog()
    for article, statements in attribute_articles(iter_articles([path], log=log), attributor,
                                                  log):
        for st in statements:
            if st.speaker is None or not 40 <= len(st.text) <= 700:
                continue
            if st.kind == "partial" and len(st.text.split()) < 6:
                continue
            a, b = context_span(article.text, st.start, st.end)
            rows.append({
                "article_id": article.id, "kind": st.kind, "text": st.text,
                "context": article.text[a:b], "speaker": st.speaker,
                "group": speaker_group(registry.get(st.speaker)),
                "source": article.outlet, "date": article.date, "url": article.url,
                "mentions_us": bool(US_TERMS.search(article.text[a:b])),
            })
    return pd.DataFrame(rows).drop_duplicates("text")


def sample(df: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """Half the rows name the US; each half is spread evenly over outlet x speaker group."""
    parts = []
    for flag, share in ((True, 0.45), (False, 0.55)):
        pool = df[df["mentions_us"] == flag]
        cells = pool.groupby(["source", "group"])
        per_cell = max(1, int(n * share / max(1, cells.ngroups)))
        taken = cells.sample(frac=1.0, random_state=seed).groupby(["source", "group"]).head(
            per_cell)
        rest = pool.drop(taken.index)
        short = int(n * share) - len(taken)
        if short > 0:
            taken = pd.concat([taken, rest.sample(min(short, len(rest)), random_state=seed)])
        parts.append(taken)
    return pd.concat(parts).sample(frac=1.0, random_state=seed).head(n)


def _draw(pools: list[tuple[pd.DataFrame, float]], n: int, seed: int) -> pd.DataFrame:
    """A share of n rows from each pool (all of a smaller pool), shuffled together."""
    parts = [pool.sample(min(len(pool), int(n * share)), random_state=seed)
             for pool, share in pools]
    return pd.concat(parts).sample(frac=1.0, random_state=seed)


def sample_rare(df: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """A second round aimed at the rare classes: Russian speakers (most `ukraine: against`)
    and statements whose own text names the United States (`us: favor` and `against`)."""
    names_us = df["text"].str.contains(US_TERMS)
    allies = df["group"].isin(["ukraine", "europe"])
    pools = [(df[(df["group"] == "russia") & ~names_us], 0.3),
             (df[names_us & (df["group"] == "russia")], 0.2),
             (df[names_us & allies], 0.25),
             (df[names_us & df["group"].isin(["us", "other"])], 0.25)]
    return _draw(pools, n, seed)


def sample_allies(df: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """Ukrainian and European speakers whose context names the United States (thanks to,
    reliance on, or doubts about Washington are where `us: favor` lives)."""
    pool = df[df["group"].isin(["ukraine", "europe"]) & df["mentions_us"]]
    return pool.sample(min(len(pool), n), random_state=seed)


COMMITMENT = re.compile(r"\b(?:allies|ally|alliance|NATO|commitments?|committed|stand with|"
                        r"stand by|support|partners?|partnership|defend|together|united)\b", re.I)


def sample_us_voices(df: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """American speakers on the US, its allies and commitments (where `us: favor` lives once
    the allied pools are used up), other speakers naming the US, and Russian speakers."""
    names_us = df["text"].str.contains(US_TERMS)
    pools = [(df[(df["group"] == "us") & (names_us | df["text"].str.contains(COMMITMENT))], 0.5),
             (df[(df["group"] == "other") & names_us], 0.28),
             (df[(df["group"] == "russia") & ~names_us], 0.22)]
    return _draw(pools, n, seed)


CRITICAL = re.compile(r"\b(?:blam\w*|accus\w*|hypocri\w*|hegemon\w*|provoc\w*|interfer\w*|"
                      r"fail\w*|weak\w*|betray\w*|lie|lies|lying|propaganda|aggressi\w*|"
                      r"escalat\w*|drag\w*|abandon\w*|reckless\w*|disaster\w*|threat\w*|"
                      r"sanction\w*|fault|mistake\w*|trust\w*|distrust\w*)\b", re.I)


def sample_us_critics(df: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """Where `us: against` lives: Russian speakers naming the US, and other and American
    speakers whose statement names the US with words of blame, threat or trust."""
    names_us = df["text"].str.contains(US_TERMS)
    critical = df["text"].str.contains(CRITICAL)
    pools = [(df[(df["group"] == "russia") & names_us], 0.4),
             (df[df["group"].isin(["other", "europe", "ukraine"]) & names_us & critical], 0.3),
             (df[(df["group"] == "us") & names_us & critical], 0.3)]
    for pool, share in pools:
        print(f"pool of {len(pool)} rows for {int(n * share)}")
    return _draw(pools, n, seed)


WAR_TERMS = re.compile(r"\b(?:Ukrain\w*|Russia\w*|Kyiv|Kiev|Moscow|Kremlin|Putin|Zelensk\w*|"
                       r"war|invasion|invade\w*|NATO|Donbas\w*|Crimea\w*|sanction\w*)\b")


def sample_war_voices(df: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """Aimed at the `ukraine` classes: Russian speakers (most `against`), Ukrainian and
    European speakers (most `favor`), and other speakers whose statement names the war."""
    names_war = df["text"].str.contains(WAR_TERMS)
    pools = [(df[df["group"] == "russia"], 0.3),
             (df[df["group"].isin(["ukraine", "europe"])], 0.3),
             (df[df["group"].isin(["us", "other"]) & names_war], 0.4)]
    return _draw(pools, n, seed)


SAMPLERS = {"even": sample, "rare": sample_rare, "allies": sample_allies,
            "us-voices": sample_us_voices, "us-critics": sample_us_critics,
            "war-voices": sample_war_voices}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("-n", type=int, default=2600)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--rare", action="store_true",
                        help="oversample the rare classes (see sample_rare)")
    parser.add_argument("--pool", choices=SAMPLERS, help="the sampler (--rare = --pool rare)")
    parser.add_argument("--max-per-group", type=int,
                        help="keep at most this many rows per speaker group")
    parser.add_argument("--exclude", nargs="*", default=[],
                        help="CSVs of rows already sampled (skipped by text)")
    parser.add_argument("--first-row", type=int, default=0, help="number rows from here")
    args = parser.parse_args()
    df = collect(args.corpus)
    for seen in args.exclude:
        df = df[~df["text"].isin(set(pd.read_csv(seen)["text"]))]
    pick = SAMPLERS[args.pool or ("rare" if args.rare else "even")]
    out = pick(df, args.n, args.seed)
    if args.max_per_group:
        out = out.groupby("group", sort=False).head(args.max_per_group)
    out = out.reset_index(drop=True)
    out.insert(0, "row", range(args.first_row, args.first_row + len(out)))
    out.to_csv(args.output, index=False)
    print(f"{len(df)} candidate statements; {len(out)} sampled")
    print(out.groupby(["group"]).size().to_string())
    print(out.groupby(["source"]).size().to_string())


if __name__ == "__main__":
    main()

"""Build stance/resources/common_words.txt: words that news writes in lower case.

Run from the repository root: ``python benchmarks/common_words.py``. Deterministic: the
same data gives the same file, byte for byte.

A capitalised word that opens a sentence may be a name ("Striuk said") or an ordinary
word ("Street fighting is under way, he said", "Shortly after, ..."). The mention finder
already drops such a word when its own article writes it in lower case; this list carries
the same evidence from a larger body of news. A word is kept when the texts write it in lower
case at least ``MIN_LOWER`` times and, inside a sentence (after a lower-case letter or a
comma and a space, where nothing forces a capital), capitalised at most
``MAX_CAPITAL_SHARE`` as often:
"fighting" and "shortly" pass; "price" (Ned Price), "brown" and "will" do not. The mention
finder also spares a word that names a person of the article or is a first name.

The texts are PolNeAR's train split and the war corpus without the articles of the
hand-labelled attribution gold, as for ``first_names.py``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

# benchmarks/ is on sys.path when this runs (see speech_verbs.py)
from first_names import LOWER_WORD, texts

from stance.atomic import atomic_write

MIN_LOWER = 20
MAX_CAPITAL_SHARE = 0.02
OUT = Path(__file__).resolve().parents[1] / "stance" / "resources" / "common_words.txt"
# A capitalised word right after a lower-case letter or a comma and a space: inside a
# sentence, so a name
MID_CAPITAL = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}(?![\w’'-])")


def build(all_texts: list[str]) -> list[str]:
    """The common lower-case words, sorted."""
    lower: Counter = Counter()
    capital: Counter = Counter()
    for text in all_texts:
        lower.update(w for w in LOWER_WORD.findall(text) if len(w) >= 3)
        capital.update(w.lower() for w in MID_CAPITAL.findall(text))
    return sorted(w for w, n in lower.items()
                  if n >= MIN_LOWER and capital[w] <= MAX_CAPITAL_SHARE * n)


def main() -> int:
    words = build(texts())
    header = ("# Words the news writes in lower case, built by\n"
              "# `python benchmarks/common_words.py`\n"
              f"# (at least {MIN_LOWER} times, and capitalised inside a sentence at most "
              f"{MAX_CAPITAL_SHARE:.0%} as often).\n")
    with atomic_write(OUT) as f:
        f.write(header + "".join(f"{w}\n" for w in words))
    print(f"{len(words)} words -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Speech cues around a span: the verb ("said", "according to") and the phrase naming the source."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from stance.attribution.lexicon import Lexicon
from stance.attribution.mentions import (
    ABBREVIATED_TITLES,
    DAY_NAMES,
    MONTHS,
    NOT_NAMES,
    ORG_WORDS,
    POSSESSIVE,
    ROLE_WORDS,
    TITLE_WORDS,
)
from stance.attribution.mentions import PARTY_TAG as BARE_PARTY_TAG

# (not the nouns "family", "ally", "assembly": "Pinner's family described him"; nor a name:
# "Mr Seely also indicated")
ADVERB = (r"(?:(?!(?i:fami|al|assemb|supp|ral)ly\b)[a-z]\w*ly|also|later|earlier|already|then|"
          r"again|once|further|has|have|had|was|were|is|would|will|did|itself|themselves)")
DAY = "(?:" + "|".join(sorted(d.capitalize() for d in DAY_NAMES)) + ")"
PART_OF_DAY = r"(?:night|morning|afternoon|evening)"
# A time or a medium between a source and its verb: "Hillary Clinton on Tuesday said", "the
# ministry in a statement said".
ADJUNCT = (rf"(?:(?:on|last|this|late|early|earlier)\s+(?:{DAY}|week|month|year|weekend|"
           rf"{PART_OF_DAY})(?:\s+{PART_OF_DAY})?|on\s+(?:Twitter|X|Telegram|Facebook)|"
           r"in\s+an?\s+(?:statement|interview|tweet|post|letter|speech|video))")
TRAILING_ADVERBS = re.compile(rf"(?:\s+(?:{ADVERB}|{ADJUNCT}))+\s*$")
MONTH = "(?:" + "|".join(sorted(m.capitalize() for m in MONTHS)) + ")"
# A time that opens a sentence with no comma before its subject: "In September she said",
# "On Tuesday Clinton said" (the time is no part of the source).
LEADING_TIME = re.compile(
    rf"(?:(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y)\s+(?:(?:early|late|mid-)\s*)?(?:{MONTH}|{DAY})"
    rf"(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|[Ii]n\s+(?:19|20)\d\d|"
    rf"(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this)\s+(?:week|month|year|weekend|{DAY}))"
    r"\s+(?=[A-Z]|(?:he|she|they|we|the)\b)")
# A time word after an opening comma: "However, now the Ukrainian Ministry of Defence has said"
# (not after "and": "... and yesterday Russia said" is another clause's cue).
TIME_AFTER_COMMA = re.compile(r"(?:now|then|meanwhile|later|earlier|today|yesterday|still|"
                              r"instead)\s+(?=[A-Z]|(?:he|she|they|we|the)\b)")
# What may follow a cue ("X said", "X said Tuesday") before a participle that goes on with
# the same speaker's words: '"...," Ryabkov said, warning ...', "Nuland said Tuesday, warning".
CUE_THEN_PARTICIPLE = (rf"(?:\s+(?:on\s+)?(?:{DAY}|today|yesterday)(?:\s+{PART_OF_DAY})?)?"
                       r"\s*,\s*(?:\w+ly\s+)?")
PARTICIPLE = re.compile(rf"{CUE_THEN_PARTICIPLE}[a-z]+ing\b")
LEADING_ADVERBS = re.compile(rf"^(?:{ADVERB}\s+)+")
CLAUSE_BREAK = re.compile(
    # (no comma inside a number, "250,000 Syrians", or before a suffix, "Gen. Brown, Jr.")
    r"(?:(?<!\d),|,(?!\d{3}\b))(?!\s*(?:Jr|Sr)\b)|[;:()—–]|\s--?\s|&|"
    r"(?<![\w-])(?:and|but|yet|while|that|who|which|because|after|before|when|as|if|whereas|"
    r"although|though|since|where|so|despite|during|following|amid)(?![\w-])",
    re.I,
)
SUBJECT_STOP = re.compile(
    r"^(?:it|this|that|there|which|who|what|in|on|at|for|to|of|by|with|from|and|but|or|"
    r"if|as|when|so|not|no|having|being|speaking|responding|referring|addressing|asked|"
    r"following)\b",
    re.I,
)


PREPOSITIONS = frozenset(
    "in on at to into from with by about over under after before during against without "
    "through across".split()
)
# Offices whose name goes on with "to": "Ambassador to the United Nations Nikki Haley". The
# place after "to" completes the office; it is not the source ("the US ambassador to Poland").
# (Not "adviser to": "an adviser to Zelensky" is somebody else, and is nobody by name.)
ROLES_TO = frozenset({"ambassador", "amb.", "envoy"})
_ROLE_TO = rf"\b(?i:{'|'.join(map(re.escape, sorted(ROLES_TO)))})\s+to\s+(?:the\s+)?"
OFFICE_TO = re.compile(rf"{_ROLE_TO}$")
OFFICE_TO_PLACE = re.compile(rf"{_ROLE_TO}[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}$")
ARTICLES = ("the ", "a ", "an ", "one ", "another ", "two ", "three ", "some ", "several ",
            "many ", "most ", "both ")
PRONOUNS = frozenset("he she they we i it".split())
ROLE_DETERMINER = re.compile(r"(?:the|a|an|another|his|her|their)\s")
DETERMINERS = frozenset("his her their its our my this that these those".split())
POSSESSIVE_DETERMINERS = frozenset("his her their its our my".split())  # "his family"
# Heads of a possessive description that can speak ("his family", "her lawyer"; not "her
# experience", "his jet", or "his statement", which is his own).
KIN_AND_STAFF = frozenset("""family wife husband mother father son daughter sons daughters
    parents relatives brother sister brothers sisters grandmother grandfather widow widower
    partner fiancee fiancée fiance girlfriend boyfriend uncle aunt cousin niece nephew friend
    friends colleague colleagues lawyer lawyers attorney attorneys spokesman spokeswoman
    spokesperson aide aides adviser advisers advisor advisors team campaign office staff
    supporters neighbour neighbours neighbor neighbors counterpart deputy boss""".split())


# A share of a surveyed group: "Six in 10", "three-quarters of the voters", "55 percent of
# all voters", "majorities in all five".
SHARE = re.compile(
    r"(?:(?:about|around|nearly|almost|roughly|only|just|more\s+than|fewer\s+than|less\s+than|"
    r"over|under)\s+)?(?:\d[\d.,]*\s*(?:percent|%)|(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine)\s+in\s+(?:10|ten)|half|a\s+third|two-thirds|three-quarters|a\s+quarter|"
    r"a\s+majority|majorities)(?:\s+(?:of|in)\s+(?:the\s+|all\s+)?)?(?:\s*[\w’'-]+){0,5}",
    re.I,
)


TITLE_JOINERS = frozenset("former for of the and".split())


def plausible_subject(phrase: str, verbs: frozenset[str]) -> bool:
    """Does a phrase look like a noun phrase naming a source, not a clause fragment?"""
    if SHARE.fullmatch(phrase):
        return True
    words = phrase.split()
    # (two offices may come before a name: "former Pennsylvania Gov. and Democratic National
    # Committee Chairman Ed Rendell"; not a description: "the younger and far more ...
    # brother of Hollywood legend Ron Howard")
    # A long title of capitalised words, then the name, may run to 12 words too: "former
    # Principle Deputy Undersecretary for Homeland Intelligence Jack Thomas Tomarchio" (not
    # "Association of the U.S. Navy National Executive Director Jason Beardsley": an
    # organisation first).
    longest = 12 if _ends_in_name(words) and ("and" in words and "of" not in words and
                                              not phrase.lower().startswith(ARTICLES) or
                                              words[0].lower().rstrip(".") in ROLE_WORDS
                                              and all(w[:1].isupper() or w in TITLE_JOINERS
                                                      for w in words) or
                                              _role_of_body(words)) else 9
    if not words or len(words) > longest:
        return False
    low = phrase.lower()
    if len(words) == 1 and low in PRONOUNS:
        return True
    if len(words) > 1 and words[-1].lower() in PRONOUNS and low.startswith(ARTICLES):
        return False  # "a situation he (said is ...)": a relative clause's subject
    first = words[0]
    if first[:1].islower() and not (low.startswith(ARTICLES) or first in DETERMINERS or
                                    len(words) <= 3 and words[-1].endswith("s") or
                                    _ends_in_name(words) or
                                    len(words) == 2 and "-" in first and words[1][:1].isupper()):
        return False  # "issued a statement Tuesday" is a verb phrase, not a source
    if not (first[:1].isupper() or any(w[:1].isupper() for w in words) or
            low.startswith(ARTICLES) or first in POSSESSIVE_DETERMINERS and
            2 <= len(words) <= 3 and words[-1].lower() in KIN_AND_STAFF):
        # A bare plural or a share: "critics", "52 percent of registered voters".
        if len(words) > 6 or not (words[-1].endswith("s") or words[0][:1].isdigit()):
            return False
    for i in range(1, len(words)):
        w, lw = words[i], words[i].lower().strip(",.")
        if lw == "to" and _office_to(words, i, low) or \
                lw == "in" and words[i - 1].lower() == "embassy" and i + 1 < len(words) and \
                words[i + 1][:1].isupper():
            continue  # "the US ambassador to Poland", "the Russian embassy in Washington"
        if (words[i - 1].lower(), lw) in SOURCE_PREPOSITIONS or \
                lw in {"by", "from", "of"} and words[i - 1].lower() in DOCUMENTS:
            continue  # "a source familiar with the matter", "a report by the IAEA"
        if w[:1].islower() and (lw in verbs or lw in PREPOSITIONS or
                                lw.endswith("ing") and lw not in ING_MODIFIERS):
            return False
    return True


def _role_of_body(words: list[str]) -> bool:
    """"the head of the Kyiv city military administration Serhiy Popko": a role of a body,
    then the person who holds it."""
    return len(words) > 4 and words[0].lower() + " " in ARTICLES and \
        words[1].lower() in ROLE_WORDS and words[2] == "of"


def _office_to(words: list[str], i: int, low: str) -> bool:
    """Is words[i], "to", part of an office: "the US ambassador to the United Nations" (a
    description), "Ambassador to the UN Nikki Haley" (a place, then a first and last name)? Not
    "Ukraine's ambassador to the U.S." after a name, nor "envoy to the conflict"."""
    place = [n for n in words[i + 1:i + 3] if n != "the"][:1]
    return words[i - 1].lower() in ROLES_TO and bool(place) and place[0][:1].isupper() and (
        low.startswith(ARTICLES) or sum(n[:1].isupper() for n in words[i + 1:]) >= 3)


# Prepositions inside a source phrase: an unnamed source's ("a person familiar with the
# plans", "sources close to the Kremlin") and a document's maker ("a report by the IAEA").
SOURCE_PREPOSITIONS = frozenset({("familiar", "with"), ("close", "to"), ("briefed", "on")})
DOCUMENTS = frozenset("""statement report letter post tweet message bulletin release advisory
    communique communiqué memo assessment""".split())


# Words in -ing that modify a title, not verbs: "Oversight ranking Democrat Elijah Cummings".
ING_MODIFIERS = frozenset("""ranking leading acting outgoing incoming founding governing sitting
    presiding managing visiting serving planning organizing polling marketing consulting
    fundraising advertising publishing broadcasting banking engineering training housing
    accounting hacking ruling monitoring peacekeeping lobbying contributing commanding""".split())


def _ends_in_name(words: list[str]) -> bool:
    """"former Obama adviser David Axelrod": a description that ends in a full name."""
    return len(words) >= 3 and all(w[:1].isupper() for w in words[-2:])


# A source phrase after its verb runs to the next punctuation; a full stop after a title or
# an initial ("Mr. Burr", "George W. Bush") does not end it.
SUBJECT_AFTER = re.compile(
    r"(?:[^,.;:!?“”\"()—–]|(?:" + "|".join(
        rf"(?<=\b{t})" for t in ABBREVIATED_TITLES) + r"|(?<=\b[A-Z]))\.){1,90}"
)


@dataclass(frozen=True)
class Cue:
    """A speech cue: the verb's span and the source phrase's span."""

    verb_start: int
    verb_end: int
    subj_start: int
    subj_end: int
    participle: bool = False  # ", arguing that ..." / "but insisted": the sentence's subject
    joint: bool = False  # "Jeb Bush and Chris Christie say": two sources, no single speaker
    relative: bool = False  # "Kevin McCarthy, who warned ...": the source of a relative clause
    passive: bool = False  # "Harris was mocked as": the subject is spoken of, no source named


WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class VerbMatch:
    """A found cue verb or phrase, with the few methods of re.Match that callers use."""

    span_start: int
    span_end: int
    form: str

    def start(self) -> int:
        return self.span_start

    def end(self) -> int:
        return self.span_end

    def group(self) -> str:
        return self.form


def _ascii_letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i] in _LETTERS


_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NOT_LETTERS_TO_SPACE = bytes(c if chr(c) in _LETTERS else 32 for c in range(256))


class _Words:
    """The distinct lower-cased ASCII words of a text, and where each occurs as a whole word."""

    def __init__(self, text: str):
        self.text = text
        low = text.lower()
        # Lower-casing keeps the offsets for all but a few characters ("İ"); a text with one
        # of those looks its words up by their own spellings.
        self.low = low if len(low) == len(text) else None
        self.spellings: dict[str, list[str]] = {}
        if self.low is not None:
            # WORD's words, split out by C string methods at half the regex's cost.
            self.distinct = set(low.encode("ascii", "replace").translate(_NOT_LETTERS_TO_SPACE)
                                .decode("ascii").split())
        else:
            for word in set(WORD.findall(text)):
                self.spellings.setdefault(word.lower(), []).append(word)
            self.distinct = set(self.spellings)

    def starts(self, low: str) -> list[int]:
        text, n, out = self.text, len(low), []
        for haystack, word in ([(self.low, low)] if self.low is not None else
                               [(text, w) for w in self.spellings[low]]):
            i = haystack.find(word)
            while i >= 0:
                # (isascii: "\u212a" lower-cases to an ASCII "k" but is no letter of a word)
                if not _ascii_letter(text, i - 1) and not _ascii_letter(text, i + n) and \
                        text[i:i + n].isascii():
                    out.append(i)
                i = haystack.find(word, i + n)
        return out


# "a Washington-based think tank": a noun, not the verb "think".
THINK_TANK = re.compile(r"think[\s-]+tanks?\b", re.I)


class VerbIndex:
    """Every cue verb of one text, found in one pass; searched by position like a regex."""

    def __init__(self, text: str, patterns: BoundPatterns):
        found: list[VerbMatch] = []
        indirect_only: list[VerbMatch] = []
        verbs, firsts = patterns.lexicon.verbs, patterns.phrase_firsts
        # The text's distinct words meet the cue words in one set intersection, and only the
        # cue words' occurrences are visited.
        words = _Words(text)
        for low in words.distinct & patterns.cue_words:
            for i in words.starts(low):
                p = firsts[low].match(text, i) if low in firsts else None
                if p:
                    found.append(VerbMatch(p.start(), p.end(), p.group()))
                elif low in verbs:
                    found.append(VerbMatch(i, i + len(low), text[i:i + len(low)]))
        for low in words.distinct & patterns.indirect_only:
            indirect_only += [VerbMatch(i, i + len(low), text[i:i + len(low)])
                              for i in words.starts(low) if not THINK_TANK.match(text, i)]
        found.sort(key=lambda v: v.span_start)
        self.matches = found
        self.starts = [v.span_start for v in found]
        indirect_only.sort(key=lambda v: v.span_start)
        self.indirect = indirect_only
        self.indirect_starts = [v.span_start for v in indirect_only]

    def with_indirect_verbs(self, lo: int, hi: int) -> list[VerbMatch]:
        """Cue verbs and the indirect-only verbs between `lo` and `hi`, in text order."""
        i = bisect.bisect_left(self.indirect_starts, lo)
        extra = []
        while i < len(self.indirect) and self.indirect[i].span_end <= hi:
            extra.append(self.indirect[i])
            i += 1
        found = self.finditer(None, lo, hi)
        return sorted(found + extra, key=lambda v: v.span_start) if extra else found

    def finditer(self, text: str, lo: int, hi: int) -> list[VerbMatch]:
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.matches) and self.matches[i].span_end <= hi:
            out.append(self.matches[i])
            i += 1
        return out

    def search(self, text: str, lo: int, hi: int) -> VerbMatch | None:
        i = bisect.bisect_left(self.starts, lo)
        if i < len(self.matches) and self.matches[i].span_end <= hi:
            return self.matches[i]
        return None


# A phrase's preposition is not the day's ("called on Friday for an end to the war").
NOT_A_DAY = r"\b(?!\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"


class CuePatterns:
    """Regular expressions and word sets compiled once from a lexicon."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        by_first: dict[str, list[str]] = {}
        for phrase in lexicon.phrases:
            if phrase != "according to":
                by_first.setdefault(phrase.split()[0], []).append(phrase)
        self.phrase_firsts = {
            first: re.compile(
                "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") +
                                 (NOT_A_DAY if p.endswith(" on") else "") for p in
                                 sorted(ps, key=len, reverse=True)) + r")\b", re.I)
            for first, ps in by_first.items()
        }
        self.according = re.compile(r"\baccording\s+to\s+", re.I)
        self.cue_words = frozenset(lexicon.verbs | self.phrase_firsts.keys())
        self.indirect_only = frozenset(lexicon.indirect_verbs - self.cue_words)

    def bind(self, text: str) -> BoundPatterns:
        """The patterns with this text's cue verbs indexed."""
        return BoundPatterns(self.lexicon, self.according, VerbIndex(text, self))


@dataclass(frozen=True)
class BoundPatterns:
    lexicon: Lexicon
    according: re.Pattern
    verb: VerbIndex


# A full stop that belongs to the name before it: "Kenneth F. McKenzie Jr.", "Acme Inc."
ABBREVIATED_END = re.compile(r"(?<![\w.])(?:Jr|Sr|Inc|Corp|Co|Ltd)\.$")


def strip_span(text: str, start: int, end: int, name: bool = False) -> tuple[int, int]:
    """Trim whitespace and edge punctuation from a span (a source's `name` keeps the full
    stop of its "Jr." or "Ltd."; a statement's content does not)."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-." and not (
            name and text[end - 1] == "." and
            ABBREVIATED_END.search(text, max(start, end - 5), end))):
        end -= 1
    return start, end


PROPER_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*")
FULL_NAME = re.compile(r"\b[A-Z][a-z][\w’'.-]*\s+[A-Z][a-z][\w’'-]*")
# "Jeffrey Lewis of the ...", "Michael O'Hanlon with the Brookings Institution"
NAME_OF = re.compile(r"[A-Z][a-z][\w’'.-]*\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]*[a-z][\w’'-]*\s+"
                     r"(?:of|at|from|with)\s")
NAME_AT_END = re.compile(rf"(?<![\w’'.-])(?!{DAY}\b)[A-Z][\w’'.-]*\s+$")  # not "early Thursday and"
# Offices that "and" may join before one holder's name.
OFFICES = frozenset("""director secretary minister chairman chairwoman chair president ceo
    founder editor chief commander ambassador governor senator""".split())


BARE_OFFICES = OFFICES | {"head", "deputy", "mayor", "spokesman", "spokeswoman", "spokesperson"}
# Capitalised last words of a role that a holder's name may follow after a comma
# ("UNICEF's Ukraine Deputy Representative, Laura Bill, said").
ROLE_ENDS = BARE_OFFICES | {"representative", "envoy", "commissioner", "adviser", "advisor",
                            "leader", "officer", "coordinator", "negotiator"}


# Trades that end a bare description before a name and a comma.
TRADE_ENDS = frozenset("""expert analyst professor researcher economist historian journalist
    correspondent commentator strategist""".split())


def _joins_offices(text: str, breaks: list[re.Match], lo: int, end: int) -> bool:
    """Does the last break, "and", join two offices of the one person named after them ("CIA
    Director and Defense Secretary Leon Panetta"), not two people ("the president and attorney
    general", "The President and Vice President Kamala Harris", "Ukraine's President and ...")?"""
    brk = breaks[-1]
    if brk.group().lower() != "and":
        return False
    first = text[breaks[-2].end() if len(breaks) > 1 else lo:brk.start()].split()
    after = text[brk.end():end].split()
    return bool(first) and first[-1].lower() in OFFICES and \
        not any(w.lower() in {"the", "a", "an", "both"} or POSSESSIVE.search(w)
                for w in first) and \
        len(after) >= 3 and after[0][:1].isupper() and after[-1][:1].isupper()


# An aside between a subject and its verb: "Durbin, noting the size of his following, said",
# "Clinton, who called Sanders shortly after the winner was declared, told her supporters".
PARTICIPIAL_ASIDE = re.compile(r",\s+(?:(?!during\b|according\b|[a-z]*thing\b)(?:[a-z]+ing|asked|"
                               r"pressed)\b[^,;:“”\"()]{0,100}|"
                               r"who\b(?:[^,;:“”\"()]|(?<=\d),(?=\d)){0,120}),\s*$")
# A verb phrase that hands its subject on to the verb of speech after "to" ("went on to say",
# "was quick to add"); "continued" or "appeared" only to a few verbs of saying ("continues to
# claim", not "continues to threaten": the Kremlin's threats are no statement).
GOES_ON_TO = re.compile(r"\s+(?:(?:has|had|have|was|were|is|are)\s+)?(?:(?:went|goes|go|gone|going)"
                        r"\s+on|(?:was|were|is|are|(?:has|have|had)\s+been)\s+"
                        r"(?:quick|prompted|careful|keen|eager)|"
                        r"(continued|continues|appeared|appears|seemed|seems))\s+to\s+$")
CONTINUED_SPEECH = frozenset("say claim insist deny argue maintain suggest acknowledge".split())
# An aside between dashes ("-- a key ally of McConnell --"); "--" pairs do not run together.
DASHED = r"(?:—|–|--|(?<=\s)-(?=\s))(?:(?!--|\s-\s)[^—–.;:!?“”\"()]){1,120}?(?:—|–|--|\s-(?=\s|$))"
DASH_ASIDE = re.compile(rf"\s+{DASHED}\s*$")
OF_THE = re.compile(r"\s(?:of|at|for)\s+the\s+[A-Z]")
JOINT_AND = re.compile(r"\s(?:and|&)\s+(?:the\s+)?[A-Z]")
JOINT_LAST = re.compile(r"\s*(?:and|or)\s+(?:the\s+)?[A-Z]")  # ", and Office of ..., said"


def subject_before(
    text: str, lo: int, verb_start: int, verbs: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The source phrase that ends just before a verb, after the last clause break."""
    m = GOES_ON_TO.search(text, max(lo, verb_start - 40), verb_start)
    if m is not None and m.start() > lo and (m.group(1) is None or (
            (verb := WORD.match(text, verb_start)) and verb.group().lower() in CONTINUED_SPEECH)):
        verb_start = m.start()  # "Zelensky went on to say that ...": Zelensky says it
    m = TRAILING_ADVERBS.search(text, max(lo, verb_start - 60), verb_start)  # "$" is the verb
    end = m.start() if m else verb_start
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end > lo and text[end - 1] == ",":  # only then can an aside end here (and it rarely does)
        aside = PARTICIPIAL_ASIDE.search(text, max(lo, end - 130), end)
        verb = WORD.match(text, verb_start)
        if aside is not None and aside.start() > lo and \
                not (verb and verb.group().endswith("ing")):
            end = aside.start()  # "Durbin, noting the size of his following, said"
    elif end > lo and text[end - 1] in "—–-":
        aside = DASH_ASIDE.search(text, max(lo, end - 130), end)
        if aside is not None and aside.start() > lo:
            end = aside.start()  # "Many speakers — including Muslims, Jews — said"
    tag = PARTY_TAG.search(text, max(lo, end - 30), end) or \
        ACRONYM_TAG.search(text, max(lo, end - 12), end)
    if tag is not None:
        end = tag.start()  # "(R-Fla.)", "(IAEA)"
    while end > lo and (text[end - 1].isspace() or text[end - 1] in ",("):
        end -= 1  # "Sen. Richard J. Durbin (D-Ill.)": the tag's parenthesis goes too
    # Only the last three clause breaks matter: look for them near the verb first.
    window = max(lo, end - 100)
    breaks = list(CLAUSE_BREAK.finditer(text, window, end))
    if len(breaks) < 3 and window > lo:
        breaks = list(CLAUSE_BREAK.finditer(text, lo, end))
    while breaks and _joins_offices(text, breaks, lo, end):
        breaks.pop()  # "ex-CIA Director and Defense Secretary Leon Panetta": two offices, one man
    if len(breaks) >= 2 and breaks[-1].group() == "and" and breaks[-2].group() == "," and \
            OF_THE.search(text, breaks[-2].end(), breaks[-1].start()):
        breaks.pop()  # ", director of the National Counterintelligence and Security Center,"
    start = breaks[-1].end() if breaks else lo
    if breaks and breaks[-1].group() in {"and", "&"} and NAME_AT_END.search(
            text, max(lo, breaks[-1].start() - 80), breaks[-1].start()):
        return _name_before_appositive(text, lo, end)  # "Trump and Vance": no single source
    s, e = strip_span(text, start, end, name=True)
    if (time := LEADING_TIME.match(text, s, e)) is not None or \
            text[:s].rstrip().endswith(",") and \
            (time := TIME_AFTER_COMMA.match(text, s, e)) is not None:
        s = time.end()
    elif (adjunct := LEADING_ADJUNCT.fullmatch(text, s, e)) is not None:
        s = adjunct.start(1)  # "In a tweet on Saturday he wrote:": the pronoun
    if e > s and len(breaks) >= 2 and breaks[-1].group().lower() == "and" and \
            breaks[-2].group() == "," and \
            not CLAUSE_VERB.match(text, breaks[-2].end(), breaks[-1].start()) and \
            (_is_appositive(text[breaks[-2].end():breaks[-1].start()].strip()) or
             POSSESSOR_ROLE.fullmatch(text[breaks[-2].end():breaks[-1].start()].strip()) or
             re.match(r"\s*(?:a|an|the)\s", text[breaks[-2].end():breaks[-1].start()]) and
             text.startswith(("the ", "a ", "an "), s)):
        # (also "Justin Crump, a veteran of the British army and the CEO of ..., told"; not a
        # clause: "Anatoliy Fedoruk, said more than 300 residents had been killed and ...
        # Zelensky said")
        # "Anthony Anton, president and CEO of X, stated": an appositive with "and" in it.
        a, b = strip_span(text, breaks[-3].end() if len(breaks) >= 3 else lo,
                          breaks[-2].start(), name=True)
        if b > a and PROPER_NAME.fullmatch(text, a, b) and not SUBJECT_STOP.match(text[a:b]):
            return a, b
    if e > s and breaks and breaks[-1].group() == ",":
        # "Peter Zalmayev, executive director of X, urged": the name before the appositive.
        a, b = strip_span(text, breaks[-2].end() if len(breaks) >= 2 else lo,
                          breaks[-1].start(), name=True)
        tag = a, b
        if len(breaks) >= 2 and breaks[-2].group() == "," and not _a_name(text[s:e]) and \
                text[s:e].lower() not in PRONOUNS and \
                (BARE_PARTY_TAG.fullmatch(text, a, b) or AGE.fullmatch(text, a, b)) and \
                (len(breaks) < 3 or breaks[-3].group() == "," or
                 SENTENCE_STOP.search(text, breaks[-3].end(), breaks[-2].start())):
            # "Sen. Ron Wyden, D-Ore., the chairman of the Senate Finance Committee, told",
            # "Shipenko, 38, a film director, said": a tag or an age before the appositive
            # (not in a relative clause: "Bolduc, who is running against Sen. Margaret
            # Hassan, D-N.H., this fall, said", or another clause: "opposition from Republicans
            # and Sen. Joe Manchin, D-W.Va, he called for"; nor before a name: "how his
            # proposed ban would affect Khan, 45, Trump said")
            a = breaks[-3].end() if len(breaks) >= 3 else lo
            for stop in SENTENCE_STOP.finditer(text, a, breaks[-2].start()):
                a = stop.end()  # (the name's own sentence only)
            a, b = strip_span(text, a, breaks[-2].start(), name=True)
        if (_is_appositive(text[s:e]) or _described_name(text, s, e, a, b) or
                POSSESSOR_ROLE.fullmatch(text, s, e) and _a_name(text[a:b])) and b > a and \
                text[a].isupper() and not SUBJECT_STOP.match(text[a:b]) and \
                plausible_subject(text[a:b], verbs):
            return a, b
        if b > a and text.startswith(("a ", "an "), s) and \
                (org := ORG_NAME.fullmatch(text, a, b)) is not None and \
                org.group(1).lower() not in NOT_NAMES:
            if any(w.lower() in ORG_WORDS for w in text[a:b].split()):
                # "The Institute for the Study of War, a US-based think tank, said": an
                # organisation's name with "of" or "for" in it, then what it is
                return a, b
            cut = AFFILIATION.search(text, a, b)
            if cut is not None and _holder(text[a:cut.start()]):
                return a, cut.start()  # "Rep. Tom Cole of Oklahoma, an ally of GOP leadership,"
            if text[a:b].split()[0].lower().rstrip(".") in TITLE_WORDS | {"former"} and \
                    FULL_NAME_END.search(text, a, b):
                # "Former Director of National Intelligence James Clapper, a frequent critic
                # of the Trump administration, said": a title with "of", then the name
                return a, b
        if (a, b) != tag:
            if b > a and text[a].isupper() and FULL_NAME.search(text, a, b) and \
                    plausible_subject(text[a:b], verbs):
                return a, b  # "Russian Foreign Minister Sergei Lavrov, 72, a veteran diplomat,"
            return tag  # (a tag whose name is not found names nobody)
        if len(breaks) >= 3 and breaks[-2].group() == "," and breaks[-3].group() == "," and \
                b > a and text.startswith(("the ", "a ", "an "), a) and \
                text.startswith(("the ", "a ", "an "), s):
            # "Dmitry Razumkov, the former speaker of the Verkhovna Rada, the country’s
            # parliament, has argued": two descriptions after the name
            n_s, n_e = strip_span(text, breaks[-3].end(), breaks[-2].start(), name=True)
            if n_e > n_s and FULL_NAME.fullmatch(text, n_s, n_e) and \
                    not SUBJECT_STOP.match(text[n_s:n_e]):
                return n_s, n_e
        if len(breaks) >= 2 and breaks[-2].group() == "," and b > a and \
                text[a].islower() and re.match(r"(?:a|an)\s(?!.*\b(?:who|which|that)\b)",
                                               text[s:e]):
            # "Matteo Marchegiani, leader of the Ancona chapter of Arcigay, a nationwide
            # advocacy organization, told": a role, then a description of its body
            n_s, n_e = strip_span(text, breaks[-3].end() if len(breaks) >= 3 else lo,
                                  breaks[-2].start(), name=True)
            if n_e > n_s and PROPER_NAME.fullmatch(text, n_s, n_e) and \
                    not SUBJECT_STOP.match(text[n_s:n_e]) and _a_name(text[n_s:n_e]):
                return n_s, n_e
    phrase = text[s:e]
    if e > s and not plausible_subject(phrase, verbs) and FULL_NAME.search(phrase):
        cut = AFFILIATION.search(text, s, e)
        if cut is not None and _holder(text[s:cut.start()]):
            # "former Gov. Jeb Bush of Florida said", "Svyatoslav Palamar from the
            # controversial Azov regiment said": the holder, not his state or unit
            e = cut.start()
            phrase = text[s:e]
    if (pronoun := RELATIVE_PRONOUN.search(phrase)) is not None:
        return s + pronoun.start(1), e  # "a situation he said is": the clause's subject
    if e <= s or SUBJECT_STOP.match(phrase) or not plausible_subject(phrase, verbs):
        return _name_before_appositive(text, lo, end)
    return s, e


# A pronoun after a noun phrase, the subject of a clause on it with no "that" ("a situation
# he", "another example of what it").
RELATIVE_PRONOUN = re.compile(
    r"^(?:[Aa]n?|[Tt]he|[Aa]nother|[Ss]ome)\s[^,;:]*?\s(he|she|it|they|we|I)$")


FULL_NAME_END = re.compile(r"\b[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]*$")
# An organisation's name of capitalised words, "of" or "for" among them ("The Institute for the
# Study of War", "Center for Strategic and International Studies").
ORG_NAME = re.compile(r"(?:The\s+)?([A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*)*\s+(?:of|for)\s+"
                      r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?"
                      r"[A-Z][\w’'.-]*)*")


def _holder(phrase: str) -> bool:
    """Titles at most, then a person's two or three names: "former Gov. Jeb Bush", not "Former
    Democratic U.S. Representative", "The Russian Ministry" or "the Kerch Strait"."""
    words = phrase.split()
    while words and (words[0].lower().rstrip(".") in TITLE_WORDS or
                     words[0].lower() in {"former", "ex-", "then-"}):
        words = words[1:]
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and \
        words[0].lower() not in NOT_NAMES and \
        not any(w.lower().rstrip(".") in ROLE_WORDS or w.lower() in ORG_WORDS or
                w.lower() == "fellow" for w in words)


def _name_before_appositive(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """"James A. Lewis, a former government cybersecurity expert who now studies ... at the
    Center for Strategic and International Studies, said": a full name, then a long
    appositive with a clause in it."""
    m = NAME_THEN_APPOSITIVE.match(text, lo, end)
    if m is None or any(w.lower().rstrip(".") in NOT_NAMES for w in m.group("name").split()
                        if not INITIAL.fullmatch(w)):
        return None  # "On Monday, the ministry said": a time, not a name ("A." an initial)
    return m.span("name")


INITIAL = re.compile(r"[A-Z]\.")
NAME_THEN_APPOSITIVE = re.compile(r"\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+"
                                  r"(?:an?|the|former)\s[^,;:“”\"()]*$")


def _described_name(text: str, s: int, e: int, a: int, b: int) -> bool:
    """"Brian Fallon, a spokesman for the Clinton campaign, said": a proper name (text[a:b]),
    then a description (text[s:e]) that starts with an article; a lone surname only when a
    comma closes the description (see SURNAME)."""
    return text.startswith(("a ", "an ", "the "), s) and \
        (PROPER_NAME.fullmatch(text, a, b) is not None or
         SURNAME.fullmatch(text, a, b) is not None and text.startswith(",", e) and
         not AND_BEFORE.search(text, max(0, a - 6), a)) and \
        text[a:b].split()[0].lower() not in NOT_NAMES


# One capitalised word before a description closed by a comma: a surname ("Dombrovskis, an EU
# commission vice-president, said"); not an opening adverb, whose description runs on to the
# verb ("Regardless, the State Department said", "Clinton, a top aide said,"), nor the second
# of two ("Wilcox and Beruff, a Sarasota Republican,").
SURNAME = re.compile(r"[A-Z][a-z][\w’'-]+")
AND_BEFORE = re.compile(r"(?:\band|&)\s+$")  # "Wilcox and Beruff, a Sarasota Republican,": two


def _is_appositive(phrase: str) -> bool:
    if BARE_PARTY_TAG.fullmatch(phrase):
        return True  # "Sen. Tom Cotton, R-Ark., said": a party tag, the name is before it
    if phrase.lower() in PRONOUNS:
        return False  # "Later, he said": the pronoun is the source
    if phrase.isdigit():
        return True  # "Shipenko, 38, ... said": an age
    if re.match(r"(?:Republican|Democrat|Independent)\s+(?:of|from)\s", phrase):
        return True  # "Senator Shelley Moore Capito, Republican of West Virginia, called"
    return (phrase[:1].islower() and not phrase.startswith(("the ", "a ", "an "))) or (
        _is_role(phrase) and not _titled_name(phrase)) or \
        phrase.lower().startswith(("the former", "a former", "the head", "a senior"))


# "Ireland's U.N. ambassador", "Putin's spokesman": an office of somebody's, in apposition to a
# name before it (not "Ukraine's President Volodymyr Zelensky", which ends in a name).
POSSESSOR_ROLE = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+(?:[A-Z][\w.-]*\s+)*"
                            r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}")


def _a_name(phrase: str) -> bool:
    """Capitalised words, not an opening adverb or time ("Meanwhile", "Last Monday")."""
    words = phrase.split()
    return bool(words) and all(w[:1].isupper() for w in words) and \
        words[0].lower().rstrip(",") not in NOT_NAMES


def _is_role(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and words[0] in {"executive", "chief", "head", "director", "professor",
                                        "spokesman", "spokeswoman", "spokesperson", "founder",
                                        "president", "chairman", "leader", "former", "senior",
                                        "ceo", "cfo", "coo", "co-founder", "managing", "deputy"}


def _titled_name(phrase: str) -> bool:
    """"President Trump" is a title and a name, the subject itself; "President of X" or
    "Chief Executive" is a role in apposition to a name before it."""
    words = phrase.split()
    return len(words) >= 2 and words[-1][:1].isupper() and \
        words[-1].lower().rstrip(".") not in ROLE_WORDS and \
        not any(w in {"of", "at", "for", "from", "with", "in", "to", "and"} for w in words)


NAME_THEN_ADJUNCT = re.compile(
    r"[a-z.](?=\s+(?:on|in|at|during|after|before|from|to|with|about|when|while|last|this|"
    r"earlier|later|told|said|says)\b)"
)
RELATIVE_AFTER_NAME = re.compile(r"(?<=[a-z])\s+(?:who|whose)\s")
PARTICIPLE_AFTER_NAME = re.compile(r"\b[A-Z][\w’'-]*[a-z](?<![’']s)(\s+)([a-z]{2,}ing)"
                                   r"(?!(?:\s+[a-z][\w-]*){0,1}\s+[A-Z])\s+[a-z]")
AFFILIATION = re.compile(r"(?<=[A-Za-z])\s+(?:of|from|at|with)\s+(?:the\s+(?:[a-z]+\s+)?)?[A-Z]")
# A party-and-state tag after a name: "Sen. Marco Rubio (R-Fla.)", "Howard Dean (D)".
# The comma after it may stay: "Gov. John Kasich (R-OH), said, ...".
PARTY_TAG = re.compile(r"\s*\((?:[RDI]|[RDI]-[A-Z][\w.\s-]{0,12})\),?\s*$")
ACRONYM_TAG = re.compile(r"\s*\([A-Z][A-Za-z]{1,7}\),?\s*$")  # "the Security Service (SBU)"


def subject_after(
    text: str, pos: int, hi: int, verbs: frozenset[str] = frozenset(), *, quoted: bool = False
) -> tuple[int, int] | None:
    """The source phrase that follows an inverted verb: "said Dmitry Peskov, the ...".

    After a quotation (`quoted`), a description with an adjunct may come before the name:
    '," said his best friend at Lehigh, Bruce Turry' (in reported speech, "said the staff
    member who ..., Paul Manafort, should be" has the name as the reported clause's subject).

    Time and manner phrases come first sometimes: "said on Monday the ministry" is rare, so
    only the phrase up to the next punctuation is taken.
    """
    m = SUBJECT_AFTER.match(text, pos, hi)
    if not m:
        return None
    s, e = strip_span(text, m.start(), m.end(), name=True)
    whole = e
    cut = NAME_THEN_ADJUNCT.search(text, s, e)
    if cut is not None:
        e = cut.start() + 1  # "said Carly Fiorina during the debate": the name only
    cut = RELATIVE_AFTER_NAME.search(text, s, e)
    if cut is not None:
        e = cut.start()  # "said Sen. Jim Whelan who represents Atlantic City": the name only
    cut = PARTICIPLE_AFTER_NAME.search(text, s, e)
    if cut is not None and cut.group(2) not in ING_MODIFIERS:
        e = cut.start(1)  # "said Yuri pointing out a British-supplied anti-tank weapon"
    if len(text[s:e].split()) > 9:
        cut = AFFILIATION.search(text, s, e)
        if cut is not None:
            e = cut.start()  # "said Stephen Vladeck of the University of Texas School of Law"
    cut_e = e
    if quoted and text[whole:whole + 1] == "," and ROLE_DETERMINER.match(text, s):
        e = whole  # "his best friend at Lehigh," (uncut): a name may follow
    phrase = text[s:e]
    if e > s and (phrase[:1].islower() or phrase.rsplit(None, 1)[-1][:1].islower()) and \
            text[e:e + 1] == "," and not any(m.group().split()[-1].lower() not in ORG_WORDS
                                             for m in FULL_NAME.finditer(phrase)):
        # (not "said undecided voter Stephanie Hooton of Derry, N.H.": the name came first)
        # "said his best friend at Lehigh, Bruce Turry": the name after the description.
        n = SUBJECT_AFTER.match(text, e + 1, hi)
        if n:
            a, b = strip_span(text, n.start(), n.end(), name=True)
            if b > a and text[a].isupper() and plausible_subject(text[a:b], verbs):
                return a, b
    e = cut_e
    phrase = text[s:e]
    if e > s and not plausible_subject(phrase, verbs) and FULL_NAME.search(phrase):
        cut = AFFILIATION.search(text, s, e)
        if cut is not None:
            e = cut.start()  # "undecided Republican voter Stephanie Hooton of Derry"
            phrase = text[s:e]
    if e <= s or SUBJECT_STOP.match(phrase) or not plausible_subject(phrase, verbs):
        return None
    return s, e


LONG_APPOSITIVE = re.compile(r"[\s,”\"’']*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4}),\s+"
                             r"(?:an?|the|former|then|(?P<who>who|whose))\s(?:[^“”\"();:.!?]|(?<=[A-Z])\.){10,220}?,\s+(?:\w+ly\s+)?"
                             r"(?P<verb>[a-z]+)\b")
# '"...," the Interfax news agency quoted Yuri Borisov as saying': the one quoted is the source.
QUOTED_AS_SAYING = re.compile(r"(?:quoted|quotes|cited|cites)\s+(?!by\b|as\b)"
                              r"([^,;:.!?“”\"()]{2,80}?|[^;:!?“”\"()]{2,80}?,)"
                              r"\s+as\s+(?:saying|telling|writing)\b")


def find_right_cue(
    text: str, pos: int, hi: int, patterns: BoundPatterns, *, inverted_ok: bool = True
) -> Cue | None:
    """A cue right after a quotation: '," Starmer declared' or '," said Peskov'."""
    cue = _right_cue(text, pos, hi, patterns, inverted_ok)
    if cue is None:
        # '," Scott Anderson, a former U.S. diplomat and a visiting fellow in governance
        # studies at the Brookings Institution, told ABC News': a long appositive
        m = LONG_APPOSITIVE.match(text, pos, min(hi, pos + 320))
        if m is not None and m.group("verb") in patterns.lexicon.verbs and \
                m.group("name").split()[0].lower() not in NOT_NAMES and \
                (not m.group("who") or "," in text[max(0, pos - 2):pos + 1]):
            # (a relative clause only after the quotation's comma: "'...', Prime Minister
            # Jonas Gahr Store, whose nation shares a land border with Russia ..., told")
            return Cue(*m.span("verb"), *m.span("name"))
    if cue is not None and cue.subj_end <= cue.verb_start:
        m = QUOTED_AS_SAYING.match(text, cue.verb_start, hi)
        if m is not None and m.group(1).split()[0].lower() not in NOT_NAMES:
            # (not "she was quoted Thursday as saying by Finnish broadcaster YLE")
            return Cue(cue.verb_start, cue.verb_end, *strip_span(text, *m.span(1), name=True))
    return cue


def _right_cue(text: str, pos: int, hi: int, patterns: BoundPatterns, inverted_ok: bool
               ) -> Cue | None:
    window_end = min(hi, pos + 160)
    v = patterns.verb.search(text, pos, window_end)
    if not v:
        acc = patterns.according.match(text, _skip_punct(text, pos, window_end))
        if acc:
            subj = subject_after(text, acc.end(), hi, patterns.lexicon.verbs)
            if subj:
                return Cue(acc.start(), acc.end() - 1, *subj)
        return None
    pre_s, pre_e = strip_span(text, pos, v.start(), name=True)
    if CONTRAST.match(text, pre_s, pre_e):
        return None  # '"monstrous provocation," but the Pentagon accused': another speaker
    pre = LEADING_ADVERBS.sub("", text[pre_s:pre_e])
    if not pre.strip():
        if not inverted_ok or v.group().split()[0].lower().endswith("ing"):
            return None  # '," recalling Putin's invasion': no source follows a participle
        if v.group().split()[0].lower() in LISTENER_VERBS:
            return None  # '“...” told the Post': the one told is no source
        subj = subject_after(text, v.end(), hi, patterns.lexicon.verbs, quoted=True)
        return Cue(v.start(), v.end(), *subj) if subj else None
    first_chunk = ACRONYM_TAG.sub("", PARTY_TAG.sub("", text[pre_s:pre_e].split(",")[0])).split()
    first_comma = text.find(",", pre_s, pre_e)
    named = _name_after_role(text, pre_s, first_comma, pre_e)
    # A source before its verb is short, unless it is a long title ending in a name
    # ("New York City Public Advocate Trish James said") or followed by one.
    # ("the head of the Kyiv city military administration Serhiy Popko wrote": a role of a
    # body, then its holder)
    longest = 16 if named else (14 if "of" in first_chunk else 9) if _ends_in_name(first_chunk) \
        else 6
    name_of = NAME_OF.match(text, pre_s, pre_e) and text.find(",", pre_s, pre_e) == -1 and \
        not JOINT_AND.search(text, pre_s, pre_e)  # (not "X of NATO and Y of State said")
    if name_of:
        longest = 16  # "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies"
    if text[pos:v.start()].count("\n") or len(first_chunk) > longest or \
            len(text[pre_s:pre_e].split()) > 16:
        return None
    # ", Peter Zalmayev, executive director of X, said": the first chunk names the source.
    if first_comma != -1:
        last_chunk = text[pre_s:pre_e].rsplit(",", 1)[-1].strip()
        if last_chunk.lower() in PRONOUNS:
            return None  # 'South Carolina, he said, was "...': the next statement's cue
        if JOINT_LAST.match(last_chunk):
            return None  # "the FBI, CISA, and ODNI said": a joint source, nobody alone
        chunks = text[pre_s:pre_e].split(",")
        if len(chunks) == 3 and FULL_NAME.fullmatch(chunks[2].strip()) and \
                re.match(r"\s*(?:the|a|an)\s", chunks[1]):
            # '“returning” Crimea, the Ukrainian presidential representative for the region,
            # Tamila Tasheva said': the object of the reporter's clause, a role, its holder.
            n_a = text.rindex(",", pre_s, pre_e) + 1
            return Cue(v.start(), v.end(), *strip_span(text, n_a, pre_e, name=True))
        a, b = strip_span(text, pre_s, first_comma, name=True)
        # "the White House spokesman, Josh Earnest, said" and "the economist Jared Bernstein,
        # a former adviser ..., said" start with an article; "his wife, Gabriela Violeta
        # Lazar, wrote" and "another friend, Mariam Emara told" with a determiner.
        # (an office may also open the phrase bare: "governor of the Donetsk region, Pavlo
        # Kyrylenko, announced", or a trade end it: "foreign relations expert, Samuel Ramani,
        # tweeted"; not "in a phone call with the German chancellor, Olaf
        # Scholz, the Kremlin said", "mentality, The New York Times reported")
        if b > a and (text[a].isupper() or ROLE_DETERMINER.match(text, a) or
                      named and (text[a:b].split()[0].lower() in BARE_OFFICES or
                                 text[a:b].split()[-1].lower() in TRADE_ENDS)):
            if named:
                return Cue(v.start(), v.end(), *named)
            if plausible_subject(text[a:b], patterns.lexicon.verbs):
                return Cue(v.start(), v.end(), a, b)
        return None
    if name_of:
        return Cue(v.start(), v.end(), pre_s, pre_e)
    subj = subject_before(text, pre_s, v.start(), patterns.lexicon.verbs)
    if subj is not None and SUBORDINATE.search(text, pre_s, subj[0]):
        return None  # '"lynch" them if the police simply reveal': another clause's verb
    if subj is None and JOINT_NAMES.fullmatch(text, pre_s, pre_e) and \
            not v.group().startswith("report") and not any(
                w.lower().rstrip(".") in NOT_JOINT_WORDS for w in text[pre_s:pre_e].split()):
        # (not '," Stars and Stripes reported', "German Food and Agriculture Minister Cem
        # Ozdemir said", "Cheshire Fire and Rescue Service said")
        # '," Joey and Paula Reed said': two sources, no single speaker (and nobody before)
        return Cue(v.start(), v.end(), pre_s, pre_e, joint=True)
    return Cue(v.start(), v.end(), *subj) if subj else None


_CAPS = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
JOINT_NAMES = re.compile(rf"{_CAPS}\s+(?:and|&)\s+{_CAPS}")
NOT_JOINT_WORDS = TITLE_WORDS | ROLE_WORDS | ORG_WORDS  # (words of one title or body)


# An opening adjunct with no comma before a pronoun subject: "In a tweet on Saturday he" (not
# "In what he acknowledged as a 'rant,' President Obama": a name comes after).
LEADING_ADJUNCT = re.compile(r"(?:(?:In|On|At|During)\s+(?:a|an|the|his|her|its|their)\s|"
                             r"(?:On\s+)?[A-Z][a-z]+day\s)[^,;:“”\"]{0,50}?\s(he|she|they|we|I)")
AGE = re.compile(r"\d{1,3}")  # "Shipenko, 38, a film director," (not "October 7, 2016,")
# The end of a sentence, with any quotation marks after it (not an initial or an abbreviated
# title: "Sen. Ron Wyden", "George W. Bush").
SENTENCE_STOP = re.compile(
    r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?][\"”’'‘“\s]*\s(?=[A-Z])")
# A conjunction that opens a contrasting clause after a quotation, with a source of its own.
CONTRAST = re.compile(r"(?:but|while|whereas|although|though|yet)\s")
# Verbs whose object is the listener, so never inverted before the source.
LISTENER_VERBS = frozenset("told tells informed informs assured assures reminded reminds "
                           "briefed briefs".split())
# A verb that opens a stretch after a name's comma: a clause, not an appositive.
CLAUSE_VERB = re.compile(r"\s*(?:said|says|told|has|had|have|was|were|is|are|will|would|"
                         r"[a-z]+ed)\b")
# An opening subordinate clause ("When Trump suggested ..."), then the main clause's subject
# and verb right before the quotation (", Rubio fired back forcefully: ").
OPENING_CLAUSE = re.compile(r"\W*(?:When|After|As|While|Before|Once|Although|Though)\s")
MAIN_CLAUSE_CUE = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|he|she|they)\s+"
                             r"([a-z]{3,}(?:\s+(?:back|out|up))?)(?:\s+\w+ly)?\s*[:,]\s*"
                             r"[“\"‘']*\s*$")
# Words that open a clause of its own between a quotation and a later subject.
SUBORDINATE = re.compile(r"\b(?:if|when|because|since|unless|while|whereas|although|though|"
                         r"after|before|until|that|which|who)\b")
_NAME_RUN = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
_PAST = r"[a-z]{3,}ed"
# After a quotation, also an irregular past and a particle: '...," Trump shot back'.
_PAST_AFTER = rf"(?:{_PAST}|shot|went|spoke|wrote|told|began|broke)(?:\s+(?:back|on|in|up|out))?"
# After a whole quoted sentence, also the present: '...," Bozell points out.'
_PRESENT = r"(?!(?:this|his|its|has|was|thus|plus|less|unless|across|perhaps|always)\b)[a-z]{3,}s"
_PAST_OR_PRESENT_AFTER = rf"(?:{_PAST_AFTER}|{_PRESENT}(?:\s+(?:back|on|in|up|out))?)"


def _modified_name(article: str) -> str:
    """A name, after an article and one modifier at most: "an angry Hollande"."""
    return rf"(?P<subj>(?:(?:{article})\s+[a-z-]+\s+)?(?P<name>{_NAME_RUN}))"


_ADJUNCT = (r"(?=\s*[.,;]|\s+(?:on|in|at|to|of|about|with|during|after|before|last|this|when|"
            r"while|as|and|"
            rf"{DAY})\b)")
# '...," Toomey fumed on Tuesday.' / '...," mused Blaze co-host Stu Burguiere.': right after a
# quotation that ends in a comma or a question mark, a name and a past-tense verb attribute it,
# whatever the verb (the lexicon keeps only verbs PolNeAR's annotators marked at least three
# times).
def _post_quote_cue(verb: str, inverted: str) -> re.Pattern:
    return re.compile(
        rf"[\s”\"’']*(?:{_modified_name('an?|the')}\s+(?P<verb>{verb}){_ADJUNCT}"
        rf"|(?P<verb2>{inverted})\s+(?P<subj2>(?:[A-Za-z-]+\s+){{0,4}}?{_NAME_RUN})"
        r"(?=\s*[.,;]))"
    )


POST_QUOTE_CUE = _post_quote_cue(_PAST_AFTER, _PAST)
# '...," agrees Michelle Stevens, 30, of Gainesville'
POST_QUOTE_CUE_PRESENT = _post_quote_cue(_PAST_OR_PRESENT_AFTER, rf"(?:{_PAST}|{_PRESENT})")
# 'A flabbergasted Noah quipped, "': the mirror image, a sentence that is only a name and a
# past-tense verb before a comma or colon and the quotation.
PRE_QUOTE_CUE = re.compile(rf"\s*{_modified_name('[Aa]n?|[Tt]he')}\s+(?P<verb>{_PAST})\s*[,:]\s*$")


def post_quote_cue(text: str, pos: int, hi: int, verbs: frozenset[str] = frozenset()
                   ) -> Cue | None:
    """A name and any past-tense verb right after a quotation (see POST_QUOTE_CUE), or,
    given the lexicon's `verbs`, the present of one of them after a whole quoted sentence
    ('..., Bozell points out', 'agrees Michelle Stevens'; not 'analysts Mason Clark')."""
    m = POST_QUOTE_CUE_PRESENT.match(text, pos, hi) if verbs else None
    if m is not None:
        word = (m.group("verb") or m.group("verb2")).split()[0]
        if word.endswith("s") and not word.endswith("ed") and \
                not ({word, word[:-1] + "ed", word[:-1] + "d", word[:-3] + "ied"} & verbs):
            m = None
    if m is None:
        m = POST_QUOTE_CUE.match(text, pos, hi)
    if m is None or m.group("verb"):
        return _name_verb_cue(m, "verb", "subj", "name")
    return _name_verb_cue(m, "verb2", "subj2", "subj2")


# A quotation that is a paragraph of its own, then a paragraph that is only a dash and a name:
# the attribution line of fact checks and epigraphs ("... 1 percent." / "- Bernie Sanders.").
DASH_LINE = re.compile(r"[\s”\"’'.]*?\n\s*(?P<dash>[-—–]+)[ \t]*"
                       r"(?P<name>[A-Z][^\n]{0,60}?)[ \t]*[.,]?[ \t]*(?=\n|$)")


def dash_line_cue(text: str, pos: int) -> Cue | None:
    """The name on the dash line that follows a quotation's paragraph (see DASH_LINE)."""
    m = DASH_LINE.match(text, pos)
    if m is None or not PROPER_NAME.fullmatch(m.group("name").split(",")[0]) and \
            len(m.group("name").split()) > 1:
        return None
    return Cue(m.start("dash"), m.end("dash"), m.start("name"), m.end("name"))


# '...the sun looked like an orange moon.” — Ryleigh Onwuatuegwu', '...in May 1945.”— Sergiy
# Kyslytsya, Ukrainian Ambassador to the United Nations': a dash and a name right after a
# quoted sentence, then the end, a comma, a bracket or the next quotation (readers' comments,
# epigraphs, quoted posts); not a credit line ("— CBS News' Kathryn Watson contributed").
DASH_NAME = re.compile(r"[ \t]*[—–][ \t]*(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3})"
                       r"(?=[ \t]*(?:$|\n|[,(]|[“\"]))")


def dash_name_cue(text: str, pos: int) -> Cue | None:
    """The name after a dash that closes a quoted sentence (see DASH_NAME)."""
    m = DASH_NAME.match(text, pos)
    if m is None or re.search(r"\bcontribut", text[m.end():m.end() + 80]) or \
            m.group("name").split()[0].lower() in NOT_NAMES:
        return None
    name_end = m.end("name")
    while name_end > m.start("name") and text[name_end - 1] in ".,":
        name_end -= 1
    return Cue(m.start(), m.start("name"), m.start("name"), name_end)


def pre_quote_cue(text: str, lo: int, pos: int) -> Cue | None:
    """A name and any past-tense verb that make up the words before a quotation."""
    return _name_verb_cue(PRE_QUOTE_CUE.match(text, lo, pos), "verb", "subj", "name")


def _name_verb_cue(m: re.Match | None, verb: str, subj: str, name: str) -> Cue | None:
    """The cue of a name-and-verb match, unless its subject opens a clause or is no name."""
    if m is None or SUBJECT_STOP.match(m.group(subj)) or \
            m.group(name).split()[0].lower() in NOT_NAMES:
        return None
    return Cue(m.start(verb), m.end(verb), m.start(subj), m.end(subj))


def _name_after_role(text: str, pre_s: int, comma: int, pre_e: int) -> tuple[int, int] | None:
    """"Ms. Merkel's spokesman, Steffen Seibert, wrote": the proper name after a role."""
    if comma == -1:
        return None
    a, b = strip_span(text, pre_s, comma, name=True)
    last = text[a:b].rsplit(None, 1)[-1] if b > a else ""
    if b <= a or not (last[:1].islower() or last.lower().rstrip(".") in ROLE_ENDS or
                      OFFICE_TO_PLACE.search(text, a, b)):
        # a role ends in a lower-case word, an office or a place: "ambassador to Poland"
        return None
    second = text.find(",", comma + 1, pre_e + 1)
    if second != -1 and text[second + 1:pre_e].strip():
        return None  # "the German chancellor, Olaf Scholz, the Kremlin said": another source
    n_a, n_b = strip_span(text, comma + 1, second if second != -1 else pre_e, name=True)
    return (n_a, n_b) if PROPER_NAME.fullmatch(text, n_a, n_b) else None


# 'As The Post's Dana Milbank puts it, "', 'As the Rainmakers sang back in the 1980s, "': the
# source of a quotation set off by "As ... <verb>,".
AS_SOURCE = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\s-\s)|(?<=—))\s*As\s+(?P<subj>[^,;:“”\"]{2,90}?)\s+"
    r"(?:(?:had|has|have|once|famously|memorably|recently|so\s+\w+ly)\s+)*"
    r"(?P<verb>puts?\s+it|[a-z]{3,})\b[^,;:“”\"]{0,50},\s*$", re.M)
SUNG = frozenset("sang sings sung written put".split())


# 'what he called the “unhinged” media', 'what Moscow calls "referendums"', "Here's what
# Trump said:": "what" opens the clause whose subject is the source (only right before the
# quotation: elsewhere "what the Russians say" is no attribution).
WHAT_SOURCE = re.compile(
    r"\bwhat\s+(?P<subj>(?:the\s+)?[^;:“”\"()]{1,100}?)(?:['’]s|\s+(?:has|had|have|is|was|are|"
    r"were))?(?:\s+(?:still|also|now|repeatedly|often|once|previously|recently|has|have))*\s+"
    r"(?P<verb>call(?:s|ed|ing)?|describ(?:es|ed|ing)\s+as|dub(?:s|bed)|term(?:s|ed)|"
    r"label(?:s|led|ed)|brand(?:s|ed)|characteri[sz](?:es|ed)\s+as|refer(?:s|red)\s+to\s+as|"
    r"sa(?:id|ys|y)|wr(?:ote|ites)|told)\b[^,;“”\"]{0,40}?[\s:]*(?:the\s+|a\s+|an\s+)?$")


# 'TV Rain, described by The New York Times as a “', 'what was called by Peskov "': the one
# after "by" is the source (right before the quotation only).
BY_SOURCE = re.compile(
    r"\b(?P<verb>(?:described|called|dubbed|labell?ed|branded|characteri[sz]ed|termed))\s+by\s+"
    r"(?P<subj>(?:the\s+)?[A-Z][^,;:“”\"()]{1,60}?)\s+as\s+(?:an?\s+|the\s+)?$")


BY_SOURCE_END = re.compile(r"\s(?:after|during|in|at|on|from|with|before|since|following|"
                           r"last|this)\s")


def by_source_cue(text: str, lo: int, pos: int) -> Cue | None:
    """The source after 'described by X as' (see BY_SOURCE)."""
    m = BY_SOURCE.search(text, max(lo, pos - 120), pos)
    if m is None or m.group("subj").split()[0].lower() in NOT_NAMES - {"the"}:
        return None
    a, b = m.span("subj")
    time = TRAILING_ADVERBS.search(text, a, b)  # "by NATO Secretary-General ... last week as"
    after = BY_SOURCE_END.search(text, a, b)  # "by the Nuremberg tribunal after WW2 as"
    b = min(time.start() if time else b, after.start() if after else b)
    return Cue(*m.span("verb"), *strip_span(text, a, b, name=True))


def what_source_cue(text: str, lo: int, pos: int, verbs: frozenset[str]) -> Cue | None:
    """The source of a quotation after 'what X called' (see WHAT_SOURCE)."""
    m = WHAT_SOURCE.search(text, lo, pos)
    if m is None or SUBJECT_STOP.match(m.group("subj")):
        return None
    # ("what Bay Buchanan, national treasurer for ..., called": the name before its appositive)
    subj = subject_before(text, m.start("subj"), m.end("subj"), verbs)
    return Cue(m.start("verb"), m.end("verb"), *subj) if subj else None


def as_source_cue(text: str, lo: int, pos: int, verbs: frozenset[str]) -> Cue | None:
    """The source of a quotation after 'As X put it,' (see AS_SOURCE)."""
    m = AS_SOURCE.search(text, lo, pos)
    if m is None:
        return None
    verb = m.group("verb").split()[0]
    subj = m.group("subj")
    if not (verb in verbs or verb in SUNG or verb == "puts") or \
            not re.search(r"(?:^|\s)[A-Z]", subj[1:]) and not subj[:1].isupper() or \
            not plausible_subject(subj, verbs):
        return None
    return Cue(m.start("verb"), m.end("verb"), m.start("subj"), m.end("subj"))


# A source of its own between "according to X" and the verb of saying that introduces the
# quotation (", Kadyrov said:"; not ", Washington refused ... a move Zakharova branded").
SAYING = frozenset("said says told tells added wrote writes stated noted claimed warned "
                   "insisted explained declared announced praised called described urged "
                   "accused criticized criticised replied responded emailed".split())
OWN_SOURCE = re.compile(r"\s*,\s*(?:[A-Z][\w’'.-]*|he|she|they|we)(?:\s+[A-Z][\w’'.-]*){0,3}\s+")


def find_left_cue(
    text: str, lo: int, pos: int, patterns: BoundPatterns, *, max_gap_words: int = 40
) -> Cue | None:
    """A cue before a quotation: 'He said: "' or 'Starmer urged leaders to seize a "'."""
    cue = as_source_cue(text, lo, pos, patterns.lexicon.verbs) or \
        what_source_cue(text, lo, pos, patterns.lexicon.verbs) or by_source_cue(text, lo, pos)
    if cue is not None:
        return cue
    accs = list(patterns.according.finditer(text, lo, pos))
    if accs:
        acc = accs[-1]
        subj = subject_after(text, acc.end(), pos, patterns.lexicon.verbs)
        # (a verb of speech after it has its own source: "According to Russia Today, Kadyrov
        # said:", the medium only relays; not "according to the United Nations, which warned")
        verb = patterns.verb.search(text, subj[1], pos) if subj else None
        if subj and (verb is None or verb.group().split()[0] not in SAYING or
                     not OWN_SOURCE.fullmatch(text, subj[1], verb.start())):
            return Cue(acc.start(), acc.end() - 1, *subj)
    last = before_last = None
    for v in patterns.verb.finditer(text, lo, pos):
        before_last, last = last, v
    if last is None:
        return _colon_cue(text, lo, pos, patterns.lexicon.verbs) or pre_quote_cue(text, lo, pos)
    if len(text[last.end():pos].split()) > max_gap_words:
        return None
    if OPENING_CLAUSE.match(text, lo, last.start()) and \
            (main := MAIN_CLAUSE_CUE.search(text, last.end(), pos)) is not None and \
            main.group(1).split()[0].lower() not in NOT_NAMES - PRONOUNS:
        # "When Trump suggested that ..., Rubio fired back forcefully:": the verb of the
        # opening clause is not the quotation's; the main clause's subject introduces it
        return Cue(*main.span(2), *main.span(1))
    word = last.group().split()[0]
    aux = PASSIVE.search(text, max(lo, last.start() - 20), last.start()) \
        if not word.endswith("ing") else None
    if aux is not None and word not in {"told", "asked", "quoted", "cited"}:
        subj = subject_before(text, lo, aux.start(), patterns.lexicon.verbs) \
            if before_last is None and PASSIVE_NAMING.fullmatch(text, last.end(), pos) else None
        if subj is not None and any(ch.isupper() for ch in text[subj[0]:subj[1]]):
            # "Harris was mocked as 'perpetually unprepared'", "The Russian president is said
            # to be 'incandescent'": a subject with a capital (a name, a title) is spoken of,
            # and no source is named (an agent after the quotation, "was called 'X' by
            # Tehran", is not read)
            return Cue(last.start(), last.end(), -1, -1, passive=True)
    elif aux is not None:
        by = re.match(r"\s+by\s+", text[last.end():pos])
        clause = by and re.search(r"\s(?:if|whether|about|that|to)\s",
                                  text[last.end() + by.end():pos])
        agent = by and subject_after(
            text, last.end() + by.end(),
            last.end() + by.end() + clause.start() if clause else pos, patterns.lexicon.verbs)
        if agent:
            # "was told by Sergei Shoigu that", "was asked by MSNBC’s Chris Hayes if"
            return Cue(last.start(), last.end(), *agent)
        if before_last is not None and \
                subject_before(text, lo, before_last.start(), patterns.lexicon.verbs):
            # "Murphy says he was asked to “...”": the one who reports what he was asked
            last, before_last = before_last, None
        elif len(text[last.end():pos].split()) <= 4 or before_last is not None:
            # "Trump ... was told:": whoever told him is not named (no source)
            return Cue(last.start(), last.end(), -1, -1)
    if before_last is not None and HYPOTHETICAL.search(text, max(lo, last.start() - 40),
                                                       last.start()) and \
            not CLAUSE_JOIN.search(text, before_last.end(), last.start()):
        # "Stevens noted ... that most Republicans would have until only-recently agreed the
        # party stood for 'some basic principles'": nobody said it; the verb before did
        last, before_last = before_last, None
    with_subject = WITH_SUBJECT.search(text, max(lo, last.start() - 80), last.start())
    if with_subject is not None and last.group().split()[0].endswith("ing"):
        # '... with a senior U.S. defense official telling reporters that ...': the source
        # of the participle is the noun phrase after "with"
        a, b = with_subject.start(1), with_subject.end(1)
        adverbs = TRAILING_ADVERBS.search(text, a, b)  # "with Cruz recently promising"
        return Cue(last.start(), last.end(), *strip_span(
            text, a, adverbs.start() if adverbs and adverbs.start() > a else b, name=True))
    if participle_after_comma(text, last):
        # "Trump went after Bush, calling him": the verb shares the subject that opens the
        # sentence, never the words before the comma.
        return Cue(last.start(), last.end(), -1, -1, participle=True)
    subj = subject_before(text, lo, last.start(), patterns.lexicon.verbs)
    if subj is None and (subj := relative_antecedent(text, lo, last.start(),
                                                     patterns.lexicon.verbs)):
        return Cue(last.start(), last.end(), *subj, relative=True)
    if subj is None and before_last is not None and \
            (said := SAID_PRONOUN.fullmatch(text, before_last.end(), last.start())):
        # "but Trump said he responded:", "Downing Street said they discussed the 'needs'":
        # the words are reported by the first verb's subject, else by the pronoun's referent
        subj = subject_before(text, lo, before_last.start(), patterns.lexicon.verbs) or \
            (said.span(1) if said.group(1) in ("he", "she") else None)
    if subj is None and before_last is not None and last.group().split()[0].endswith("ing") and \
            not text[before_last.end():last.start()].strip():
        # "Ingraham responded saying,": the participle goes on with the verb before it
        subj = subject_before(text, lo, before_last.start(), patterns.lexicon.verbs)
    if subj is None and (it := IT_SUBJECT.search(text, max(lo, last.start() - 12), last.start())):
        subj = it.span(1)  # "It added that ...": an organisation that spoke before (extract.py)
    if subj is None and last.start() == lo and text[lo].isupper() and \
            not last.group().split()[0].endswith("ing"):
        subj = subject_after(text, last.end(), pos, patterns.lexicon.verbs)  # 'Said Comey, "'
    if subj is None:
        if COORDINATED.search(text, lo, last.start()):
            # "but said": the verb shares the subject that opens the sentence.
            return Cue(last.start(), last.end(), -1, -1, participle=True)
        return None
    return Cue(last.start(), last.end(), *subj)


def relative_antecedent(text: str, lo: int, verb_start: int, verbs: frozenset[str]
                        ) -> tuple[int, int] | None:
    """The source of a quotation's verb after "who" or ", which": the name before it.

    'political adviser Franak Viacorka, who wrote', 'Sen. Lindsey Graham, R-S.C., who
    tweeted', 'Valery Markus, a senior sergeant of the 47th Armed Forces Battalion, who wrote'
    (the name before the appositive); a person may follow a preposition ('a response from Sen.
    Chris Murphy (D-Conn.), who tweeted'), not a place ('one driver in Arizona who said'), a
    thing ('a petition against arms supplies to Ukraine, which stated', 'words of Jesus from
    the Bible, who said') or a name's tail ('the Human Rights Ombudsperson of the Ukrainian
    Parliament, who said')."""
    rel = RELATIVE_SUBJECT.search(text, max(lo, verb_start - 40), verb_start)
    if rel is None or rel.group(1) == "which" and not rel.group().startswith(","):
        return None  # ("Mr Zelensky signed a decree which formally declared": the decree)
    tag = PARTY_TAG.search(text, max(lo, rel.start() - 20), rel.start()) or \
        COMMA_PARTY_TAG.search(text, max(lo, rel.start() - 20), rel.start())
    end = tag.start() if tag else rel.start()
    appos = NAME_THEN_APPOSITIVE.search(text, max(lo, end - 140), end) or \
        NAME_THEN_ROLE.search(text, max(lo, end - 140), end)
    tail = text[max(lo, end - 60):end].split()[-1:] if appos is not None else []
    if appos is not None and not text[appos.start("name") - 1:appos.start("name")].isalnum() \
            and appos.group("name").split()[0].lower() not in NOT_NAMES and \
            not (rel.group(1) == "which" and tail and tail[0][:1].isupper()):
        # (but ", which" after "the president of the Communications Workers of America" is
        # the union's, not the president's)
        return appos.span("name")
    name = TRAILING_NAME.search(text, max(lo, end - 80), end)
    if name is None:
        # "Ms Truss - who insisted", "Irishman Looney, 51, who once called": the source phrase
        # before the relative pronoun, if it is only a name (not a "which": "Across Asia, ...
        # pronouncements, which have challenged")
        subj = subject_before(text, lo, end, verbs) if rel.group(1) == "who" else None
        return subj if subj is not None and PROPER_NAME.fullmatch(text, *subj) else None
    a, b = name.span()
    if COURT_CASE.search(text, max(lo, a - 6), a):
        return None  # a court case: "Walmart Stores v. Dukes, which denied"
    while a < b and (w := WORD.match(text, a)) and not w.group().isupper() and \
            w.group().lower() in NOT_NAMES and w.group().lower() not in TITLE_WORDS:
        a = w.end() + 1  # "But", "Monday"
    raw = text[max(lo, a - 40):a].split()
    article = bool(raw) and raw[-1].lower() in {"the", "a", "an"}
    if article:
        raw.pop()
    word = raw[-1].lower() if raw else ""
    if a >= b:
        return None
    titled = text[a:b].split()[0].lower().rstrip(".") in TITLE_WORDS
    if not text[a].isupper() or not plausible_subject(text[a:b], verbs) or \
            SUBJECT_STOP.match(text[a:b]) or \
            word in {"of", "for"} and not titled or \
            word in {"and", "&"} and len(raw) >= 2 and raw[-2][:1].isupper() or \
            word.endswith(",") and len(raw) >= 2 and raw[-2].lower() in PLACE_PREPOSITIONS or \
            word == "from" and " " not in text[a:b] and not titled or \
            word in PREPOSITIONS and (rel.group(1) == "which" or article or
                                      word in PLACE_PREPOSITIONS and not titled):
        # ("the Human Rights Ombudsperson of the Ukrainian Parliament, who", "the DHS Office
        # of Intelligence and Analysis, which", "a street artist in Llanelli, Wales, who",
        # "words of Jesus from the Bible, who", "a woman from Mariupol who", though "a
        # response from Sen. Chris Murphy, who")
        return None
    the = THE_BEFORE.search(text, max(lo, a - 6), a)
    if the is not None and titled and " " not in text[a:b]:
        a = the.start()  # a title alone: "the President, who had indicated"
    return a, b


def participle_after_comma(text: str, v: VerbMatch) -> bool:
    """", saying" / ", calling him" / ", referring to": a participle set off by a comma."""
    return text[v.start() - 2:v.start()] == ", " and v.group().split()[0].endswith("ing")


# An auxiliary that makes the participle after it passive ("was told", "he was welcomed by
# Starmer"; a progressive, "is calling for", is no passive).
PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
# What stands between a passive verb and the quotation its subject is called: "was mocked as
# '", "is said to be '", "has been called the '".
PASSIVE_NAMING = re.compile(r"\s+(?:as\s+|to\s+be\s+)?(?:(?:a|an|the)\s+)?[“\"‘'\s]*")
# A modal that makes a verb of speech hypothetical ("would have agreed", "could argue").
HYPOTHETICAL = re.compile(r"\b(?:would|could|might|should)(?:\s+not)?(?:\s+have)?"
                          r"(?:\s+(?:until\s+)?(?!only\b)[\w-]+ly)?\s+$")
# A second clause with a subject of its own ("..., and Putin was", "but Blinken would").
CLAUSE_JOIN = re.compile(r",\s*(?:and|but)\b|;|\b(?:but|while|whereas)\b")
# The pronoun between two verbs of speech: "Trump said he responded".
SAID_PRONOUN = re.compile(r"\s+(he|she|they|we|I)\s+")
# "It added that ...", opening its sentence (not "what it calls", "nor would it say").
IT_SUBJECT = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=[.;:!?]”\s)|(?<=[.;:!?]\"\s))(It)\s+(?:also\s+)?$", re.M)
# (or a bare plural of sources: "with officials warning"; not "met with leaders telling them")
WITH_SUBJECT = re.compile(
    r"\bwith\s+((?:the|a|an)\s+[^,;:“”\"()—–-]{2,70}?|[A-Z][^,;:“”\"()—–]{1,60}?|"
    r"(?:[a-z]+\s+)?(?:officials|organi[sz]ers|residents|locals|experts|analysts|critics|"
    r"witnesses|authorities|sources|lawmakers|activists|protesters|diplomats|researchers))\s+$")
# "Serhii Bolvinov, head of Kharkiv region Police Investigative Department who said",
# "Volodymyr Zelenskiy, Ukraine’s president, who said"
NAME_THEN_ROLE = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+"
                            r"(?:[a-z][\w-]*\s+of\s|[A-Z][\w.-]*['’]s\s+[a-z])[^,;:“”\"()]*$")
PLACE_PREPOSITIONS = frozenset("in on at near across".split())  # "a driver in Arizona who"
COURT_CASE = re.compile(r"(?<![\w.])vs?\.\s*$")  # "Walmart Stores v. Dukes"
THE_BEFORE = re.compile(r"(?<!\w)[Tt]he\s+$")
COMMA_PARTY_TAG = re.compile(rf",\s*{BARE_PARTY_TAG.pattern},?\s*$")  # "Graham, R-S.C., who"
TRAILING_NAME = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*$")
RELATIVE_SUBJECT = re.compile(r"(?:,\s+|\s+)(who|which)\s+(?:(?:\w+ly|also|has|have|had|once|"
                              r"later|then)\s+)*$")
COORDINATED = re.compile(rf"\b(?:and|but)\s+(?:{ADVERB}\s+)?$")
NAME_COLON = re.compile(
    r"(?:^|[-—–:.]\s+|[\"”]\s+|\n)([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*:\s*$")


# Words of labels before a colon that name no source ('Translation: "..."', 'Answer: "..."',
# 'Exclusive: "..."', 'Website Statement: "..."').
COLON_LABELS = frozenset("""translation answer question q a note quote caption headline
    transcript excerpt editor editor's statement text summary exclusive opinion analysis
    context background timeline explainer correction clarification poll reaction response
    verdict source sources advertisement subscribe listen tweet title result lesson plus ps
    p.s watch update breaking related website""".split())


def _colon_cue(text: str, lo: int, pos: int, verbs: frozenset[str]) -> Cue | None:
    """'Carl Bialik: "..."' (live blogs, headlines, transcripts): a bare name and a colon,
    opening a line or a sentence, or right after the previous quotation."""
    m = NAME_COLON.search(text, max(0, lo - 2), pos)  # (lo - 2: the stop and space before lo)
    if m is None or not plausible_subject(m.group(1), verbs):
        return None
    words = [w.lower().rstrip(".") for w in m.group(1).split()]
    if words[0] in NOT_NAMES or words[0].endswith("ing") or COLON_LABELS.intersection(words):
        return None  # 'And: "..."', 'Continuing: "..."', 'Website Statement: "..."'
    colon = text.rindex(":", m.start(1), pos)
    return Cue(colon, colon + 1, m.start(1), m.end(1))


def _skip_punct(text: str, pos: int, hi: int) -> int:
    while pos < hi and (text[pos].isspace() or text[pos] in ",;—–-"):
        pos += 1
    return pos

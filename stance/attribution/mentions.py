"""Names in an article, linked to one another and to the actor registry."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from typing import NamedTuple

from stance.actors import Actor, ActorRegistry, country_of

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
PARTICLE = r"(?:von|van|der|den|de|da|di|du|del|al|el|bin|ibn|le|la|ul|ter)"
# A full stop belongs to a name only after an initial or a title ("J.", "Sen.", "Jr.");
# dotted abbreviations ("U.S.") are one token.
# Abbreviated honorifics and titles, whose full stop a source phrase runs past ("Sen.").
ABBREVIATED_TITLES = ("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Sen", "Rep", "Gov", "Gen", "Lt",
                      "Col", "Maj", "Adm", "Prof", "Rev", "Amb", "Brig", "Cmdr")
ABBREVIATED = (*ABBREVIATED_TITLES, "Capt", "Sgt", "Ft", "Mt")
CAP_TOKEN = (rf"(?:(?:[{UPPER}]\.){{2,}}|[{UPPER}](?:[\w’'\-]*\w)?"
             r"(?:(?:" + "|".join(rf"(?<=\b{t})" for t in ABBREVIATED) +
             r"|(?<=\b[A-Z]))\.)?)")
# The lookahead lets the engine skip most positions at once (a capital or a particle's first
# letter must start a name): the pattern alone ran 15% faster on 1,706 corpus articles, with
# the same matches.
_STARTS = "".join(sorted({p[0] for p in PARTICLE[3:-1].split("|")}))
NAME = re.compile(
    rf"(?=[{UPPER}{_STARTS}])(?<![\w’'])(?:{PARTICLE}\s+)*{CAP_TOKEN}"
    rf"(?:[ \t]+(?:{PARTICLE}[ \t]+)*{CAP_TOKEN})*"
)
POSSESSIVE = re.compile(r"[’']s?$")
# A capitalised word and a lower-case one joined by a hyphen: an adjective ("Kremlin-backed").
HYPHENED_MODIFIER = re.compile(r"[A-Z][\w’']*-[a-z][\w-]*")
MODIFIER_SUFFIX = re.compile(r"-(?:led|backed|based|installed|controlled|born|owned|run|allied|"
                             r"imposed|occupied|linked|affiliated|supported|funded|held|annexed|"
                             r"appointed|friendly|leaning|aligned|made|style|winner|winning)$")

# A prefix that makes the capitalised word after it a modifier ("ex-Army", "pro-Kremlin"; not
# the particle of "al-Assad").
MODIFIER_PREFIX = re.compile(r"(?<![\w-])(?:ex|pro|anti|non|post|pre|co|neo|pan|mid|un|then)-$")
# A nickname in quotation marks after a first name, then the surname ('Lois "Bunny" Drueke').
NICKNAME = re.compile(r"[ \t]+(?P<mark>[‘'\"“])[A-Z][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*)?[’'\"”][ \t]+"
                      r"(?P<surname>[A-Z][\w’'-]*[a-z](?:[ \t]+[A-Z][\w’'-]*[a-z]){0,2})")
# Words of the names of things and places, never of people.
NO_PERSON_WORDS = frozenset("""war cathedral church monastery mosque square street avenue bridge
    palace tower stadium airport station museum mall river sea island plant""".split())
# A picture's credit ("Photograph: Alex Brandon/AP", "REUTERS/Leah Millis/Pool"): the
# photographer and the agency (glued to the next sentence's first word in some pages:
# "/APPsaki") say nothing. Any name right after a slash is skipped ("Biden/Harris" too).
CREDIT = re.compile(r"\b(?i:Photograph|Photo|Illustration|Composite)s?:[ \t]*$")
# Capitalised words that start sentences or name things other than speakers.
NOT_NAMES = frozenset(
    """a an the this that these those there here then but and or so yet for nor if as at by in
    on of to from with without into onto over under after before during since until while
    when where why how what which who whom whose despite although though because however
    meanwhile following according also still even just only now today yesterday tomorrow
    it its he she his her him they them their we our us i me my you your one some many most
    more several all both each every no not any other another such last next first
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec mr mrs ms dr read watch click breaking update updated photo video getty afp
    reuters ap live related based speaking asked aside retired reporting additional image
    pictured editing writing north south east west northern southern eastern western
    instead indeed moreover furthermore nevertheless nonetheless later earlier afterwards
    finally overall separately elsewhere similarly likewise otherwise thus hence therefore
    besides perhaps maybe clearly obviously already again once recently previously currently
    ultimately eventually initially additionally tonight gmt bst cet cest utc edt pdt
    regardless notwithstanding follow
    did does is was were are has have had would could should might must
    consider imagine let whether early late like given said says i'll i’ll i'm i’m i've i’ve
    i'd i’d amid ahead well really afterward simultaneously nobody everybody somebody anyone
    everyone someone scores photograph photographs photos pictures videos images sign
    prior around among amongst throughout upon unlike across beyond within toward towards
    here's here’s""".split()
)
# What follows a capitalised common word that opens a sentence as a word: a comma, a
# lower-case word or a quotation ("Shortly after", "Polls show", "Certainly,", 'Named
# "Hedgehog", the drills').
COMMON_WORD_AFTER = re.compile(r",|\s+[a-z“\"‘']")
# Prepositions that a sentence-opening capital glues to the name after them ("On Clinton").
LEADING_PREPOSITIONS = frozenset("on in at for with from of by about after before under".split())
# Participles that open a sentence: the name after one is its object, not the sentence's
# subject ("Calling Putin a war criminal, he said ...", "Noting Biden has warned ...").
OPENING_PARTICIPLES = frozenset(
    """noting citing adding saying calling claiming warning urging responding referring
    commenting describing addressing explaining insisting arguing acknowledging announcing
    praising criticising criticizing slamming blasting echoing quoting recalling stressing
    highlighting thanking welcoming defending rejecting denying dismissing accusing asking
    telling""".split()
)
NOT_NAMES |= OPENING_PARTICIPLES
# Plural nouns for groups of people who speak unnamed: alone, opening a sentence ("Critics
# say", "Officials in Kazan said"), they are no name (but "Doctors Without Borders" is).
# (The first, who speak for institutions, also end a joint subject: "Russian and Ukrainian
# officials"; indirect.JOINT_SUBJECT.)
INSTITUTION_GROUPS = tuple(
    """officials spokesmen spokespeople spokespersons leaders lawmakers diplomats sources
    authorities officers representatives ministers negotiators aides analysts experts
    investigators prosecutors researchers commanders""".split()
)
GROUP_NOUNS = frozenset(INSTITUTION_GROUPS) | frozenset(
    """residents soldiers troops members voters workers observers critics activists civilians
    witnesses employees refugees families students victims survivors detainees prisoners
    patients doctors journalists reporters protesters demonstrators locals citizens senators
    legislators economists scientists historians academics commentators pundits insiders
    advisers advisors others supporters opponents separatists rebels militants campaigners
    volunteers""".split()
)
# Numbers, named alone, that open a sentence ("Two people who claimed ... told Reuters"; but
# "Two Farmers" is a crisp maker).
NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve dozens
    hundreds thousands millions""".split())
DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("""january february march april may june july august september october
    november december""".split())
# Words that make a capitalised sequence a title, not part of a person's name.
TITLE_WORDS = frozenset(
    """president vice prime minister ministers secretary foreign defence defense chancellor
    spokesman spokeswoman spokesperson press sen senator rep representative gov governor
    gen general lt col colonel maj major adm admiral commander chief chairman chairwoman chair
    mayor ambassador deputy former acting leader head director king queen prince pope
    mr mrs ms dr sir lady lord dame state commission commissioner high representative
    speaker majority minority house senate white kremlin ukrainian russian american british
    french german european us u.s. uk u.k. eu nato un u.n. former then first
    interior finance economy economic affairs sec judge justice attorney officer home health
    energy trade transport education culture agriculture commerce labor labour treasury
    solicitor exchequer envoy special top senior chief presidents undersecretary amb cmdr
    brig""".split()
)
SUFFIXES = frozenset("jr sr ii iii iv".split())
SECTION_LABELS = frozenset({"full text", "abstract"})
# Titles that only a person bears.
PERSON_TITLES = frozenset("""mr mrs ms dr sen senator rep representative gov governor president
    gen general lt col colonel maj major adm admiral sir lady lord dame judge justice prime
    chancellor mayor ambassador pope king queen prince""".split())
# Words of a job or role that can stand before a name the registry does not know: the name
# is what follows the last of them ("Tesla CEO Elon Musk", "Dakota Gov. Kristi Noem").
ROLE_WORDS = TITLE_WORDS | frozenset(
    """ceo cfo coo correspondent editor author actor actress analyst congressman congresswoman
    administrator marshal lieutenant marine host anchor elect professor prof reporter
    columnist journalist economist historian lawmaker strategist pollster adviser advisor aide
    sergeant sgt capt captain founder executive manager coach rev reverend bishop cardinal
    commentator activist candidate nominee delegate assemblyman assemblywoman councilman
    councilwoman superintendent inspector ombudsman ombudswoman advocate democrat republican
    member counsel billionaire businessman businesswoman entrepreneur investor lawyer
    engineer mp mep soldier warlord prosecutor diplomat volunteer medic doctor nurse pilot
    veteran scientist researcher blogger presenter boss headmaster headmistress headteacher
    teacher principal psychologist psychiatrist conductor loyalist pm assistant
    director-general secretary-general treasurer comedian rapper musician novelist poet
    filmmaker athlete footballer pastor rabbi imam""".split()
)
OPENERS = " \t\n\"'“‘(-—–"
# A party-and-state tag that follows a name: "Sen. Tom Cotton, R-Ark., said" (cues.py uses it too).
PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.]*")
ORG_WORDS = frozenset(
    """ministry department office house council committee commission agency service party
    union bank group institute initiative university police army forces force navy
    government administration parliament congress senate duma court news times post
    journal press network company corporation inc corp ltd foundation fund organisation
    organization alliance command staff kremlin pentagon nato un eu embassy center centre
    association federation bureau street avenue square city county island river sea valley
    region oblast province republic assembly convention conference summit fleet brigade
    regiment battalion corps directorate inspectorate""".split()
)


@dataclass
class Entity:
    """One referent of an article: a registry actor or a name the article gives."""

    name: str
    actor: Actor | None = None
    is_org: bool = False
    person_like: bool = False  # a registry person, or a first-and-last name that is no place

    @property
    def gender(self) -> str | None:
        return self.actor.gender if self.actor else None


class Mention(NamedTuple):
    """One name in the text (a tuple: articles have thousands of them)."""

    start: int
    end: int
    text: str
    entity: Entity
    subject: bool  # the first name in its sentence, outside quotations, not after a preposition
    quoted: bool  # inside a quotation: the speaker's words, not the reporter's


@dataclass
class ArticleMentions:
    """All name mentions of one article, in order, for lookups by position."""

    mentions: list[Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie within text[start:end]."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[i:j] if m.end <= end]

    def before(self, pos: int) -> list[Mention]:
        """Mentions that end before `pos`, nearest last."""
        i = bisect.bisect_left(self.starts, pos)
        return [m for m in self.mentions[max(0, i - 40):i] if m.end <= pos]


def _word_list(name: str) -> frozenset[str]:
    """The lower-cased lines of a list shipped in stance/resources, less its comments."""
    text = resources.files("stance").joinpath(f"resources/{name}").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def load_places() -> frozenset[str]:
    """Lower-cased place names shipped with the package."""
    return _word_list("places.txt")


def load_common_words() -> frozenset[str]:
    """Words news writes in lower case (benchmarks/common_words.py): a sentence that opens
    with one alone ("Street fighting is under way") does not open with a name."""
    return _word_list("common_words.txt")


def strip_name(text: str) -> str:
    """Drop a possessive and leading title words: "President Zelenskyy's" -> "Zelenskyy"."""
    text = POSSESSIVE.sub("", text.strip())
    tokens = text.split()
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in TITLE_WORDS | {"the"}:
        tokens = tokens[1:]
    return " ".join(tokens)


def _written_as_word(text: str, word: str) -> bool:
    """Does `word` occur in `text` as a whole word, exactly as given?"""
    i = text.find(word)
    while i != -1:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalpha()) and (j == len(text) or not text[j].isalpha()):
            return True
        i = text.find(word, j)
    return False


def _is_role(token: str) -> bool:
    """A role word, also inside a hyphenated one ("Co-host", "Lieutenant-General")."""
    low = token.lower().rstrip(".")
    return low in ROLE_WORDS or "-" in low and any(p in ROLE_WORDS for p in low.split("-"))


def _tokens(text: str) -> list[str]:
    """A name's tokens; "Turkey’s Foreign Minister Hakan Fidan" keeps what follows "Turkey’s"."""
    tokens = text.split()
    for i in range(len(tokens) - 2, -1, -1):
        if POSSESSIVE.search(tokens[i]) and tokens[i][-1] in "sS":
            tokens = tokens[i + 1:]
            break
    if tokens:
        tokens[-1] = POSSESSIVE.sub("", tokens[-1])
    # A word or a name twice in a row is a page's leftover ("Russian President Vladimir Putin
    # Putin himself", where a link was stripped; "Evgeny Leshan Evgeny Leshan"), not a name;
    # but "Sirhan Sirhan" alone is one.
    tokens = [t for t in tokens if t]
    if len(tokens) > 2:
        tokens = [t for i, t in enumerate(tokens) if i == 0 or t != tokens[i - 1]]
    half = len(tokens) // 2
    return tokens[:half] if half > 1 and tokens[:half] == tokens[half:] else tokens


class _Plan(NamedTuple):
    """The article-independent reading of a name string, kept across articles."""

    surname: str | None  # a single token: the article's own earlier name for it comes first
    name: str | None  # None: names nothing we track
    actor: Actor | None = None
    is_org: bool = False
    person: bool = False
    bare: str | None = None  # the string lower-cased without a possessive, if it is one word
    twice: str | None = None  # "pompeo" for "Pompeo Pompeo": one word written twice
    sir: bool = False  # "Sir Tony": a British title before a first name


# Short forms of two countries' names: one speaker with the full name ("The U.S. said", "the
# US says"; the upper-case "US" is no pronoun).
COUNTRY_SHORT = re.compile(r"(?:[Tt]he\s+)?(?:(?P<United_States>U\.S\.?(?:A\.?)?|USA?)|"
                           r"(?P<United_Kingdom>U\.K\.?|UK))(?:['’]s?)?")


def _first_name_jan(words: list[str]) -> bool:
    """"Jan" before a surname is a first name ("Jan Egeland", "Jan Lipavsky"), not January."""
    return len(words) > 1 and words[0] == "Jan" and words[1][:1].isupper()


class Linker:
    """Resolves name strings to entities, remembering the article's earlier names."""

    def __init__(self, registry: ActorRegistry, places: frozenset[str] = frozenset(),
                 plans: dict[str, _Plan] | None = None,
                 common_words: frozenset[str] = frozenset()):
        self.registry = registry
        self.places = places
        self.common_words = common_words
        # Readings of name strings; an Attributor passes the same dict to every article.
        self.plans: dict[str, _Plan] = {} if plans is None else plans
        self.by_key: dict[str, Entity] = {}
        self.by_surname: dict[str, Entity] = {}
        # Resolved names, valid until the article introduces another surname.
        self.memo: dict[str, Entity | None] = {}
        self.memo_by_surname: dict[str, list[str]] = {}  # memo keys that are a bare surname
        # A first name -> the one person of the article with it (None: several have it).
        self.by_first: dict[str, Entity | None] = {}

    def entity(self, text: str) -> Entity | None:
        """The entity a capitalised sequence names, or None when it names nothing we track."""
        if text in self.memo:
            return self.memo[text]
        plan = self.plans.get(text)
        if plan is None:
            if len(self.plans) > 1 << 17:
                self.plans.clear()
            plan = self.plans[text] = self._plan(text)
        ent = self._resolve(plan)
        self.memo[text] = ent
        if plan.bare is not None:
            self.memo_by_surname.setdefault(plan.bare, []).append(text)
        return ent

    def known(self, name: str) -> bool:
        """Does the registry or the list of places know this name?"""
        return name.lower() in self.places or self.registry.get(name) is not None

    def _add_surname(self, surname: str, ent: Entity) -> None:
        """Remember a surname; a bare mention of it resolved before may now mean `ent`."""
        if self.by_surname.get(surname) is ent:
            return
        self.by_surname[surname] = ent
        for key in self.memo_by_surname.pop(surname, ()):
            self.memo.pop(key, None)

    def _resolve(self, plan: _Plan) -> Entity | None:
        if plan.surname is not None and plan.surname in self.by_surname:
            return self.by_surname[plan.surname]  # the article's own "Biden" first
        if plan.surname is not None and (not plan.person or plan.sir) and \
                self.by_first.get(plan.surname) is not None:  # (not "Sen. Scott"; "Sir Tony")
            return self.by_first[plan.surname]  # "Natalia Chekotun ... Natalia says"
        if plan.actor is not None:
            return self._actor_entity(plan.actor, plan.name.split()[-1])
        if plan.name is None:
            return None
        if plan.twice is not None and plan.twice in self.by_surname:
            return self.by_surname[plan.twice]  # "Pompeo Pompeo": a leftover of a known name
        key = plan.name.lower()
        if key in self.by_key:
            return self.by_key[key]
        ent = Entity(plan.name, None, plan.is_org, plan.person)
        self.by_key[key] = ent
        if not plan.is_org and " " in plan.name:
            words = [w for w in plan.name.split() if w.lower().rstrip(".,") not in SUFFIXES]
            # ("Harry B. Harris Jr." is "Harris", not "Jr.")
            surname = (words or plan.name.split())[-1].lower()
            held = self.by_surname.get(surname)
            # (a run-together caption "Putin Bolduc" does not take "Bolduc" from the "Don
            # Bolduc" named before: its first word is no first name, his is)
            if held is None or not (held.person_like and held.actor is None and words and
                                    self.registry.given_name_gender(held.name.split()[0]) and
                                    not self.registry.given_name_gender(words[0])):
                self._add_surname(surname, ent)
            if plan.person and len(words) > 1:
                self._add_first(words[0].lower(), ent)
        return ent

    def _add_first(self, first: str, ent: Entity) -> None:
        """Remember a person's first name, if it is one ("Natalia" of "Natalia Chekotun"); a
        second person with it leaves it to nobody."""
        if self.registry.given_name_gender(first) is None or \
                self.by_first.get(first, ent) is None:
            return
        self.by_first[first] = ent if self.by_first.get(first, ent) is ent else None
        for key in self.memo_by_surname.pop(first, ()):
            self.memo.pop(key, None)

    def _plan(self, text: str) -> _Plan:
        """The reading of a name string, with its bare form (which keys the memo's resets)."""
        bare = POSSESSIVE.sub("", text).lower()
        plan = self._reading(text)
        words = plan.name.lower().split() if plan.name and plan.actor is None else []
        return plan._replace(bare=None if " " in bare else bare,
                             twice=words[0] if len(words) == 2 and words[0] == words[1] else None,
                             sir=any(w.lower() in ("sir", "dame") for w in text.split()[:-1]))

    def _reading(self, text: str) -> _Plan:
        """What a name string refers to, as far as it does not depend on the article."""
        if (short := COUNTRY_SHORT.fullmatch(text.strip())) is not None:
            return self._reading(short.lastgroup.replace("_", " "))
        words = POSSESSIVE.sub("", text.strip()).split()
        while words and (words[0].lower() in NOT_NAMES and not _first_name_jan(words) or
                         len(words) > 1 and HYPHENED_MODIFIER.fullmatch(words[0])):
            words = words[1:]
        whole = " ".join(words)
        if whole.lower().rstrip(".") in SECTION_LABELS or whole.lower() in GROUP_NOUNS:
            # "FULL TEXT.", "ABSTRACT.": an archive's section labels; "Critics": a group
            return _Plan(None, None)
        if len(words) > 1 and (words[-1].lower() in ORG_WORDS or any(
                w in ORG_OF_WORDS for w in words) and any(w.lower() in ORG_HEADS for w in words)):
            # "Russia’s Defense Ministry" is an organisation of Russia, not a "Ministry"; the
            # "Department of Justice" is one too.
            actor = self.registry.get(whole)
            return _Plan(None, whole, actor, True, False)
        tokens = _tokens(text)
        while len(tokens) > 1 and tokens[-1].lower() in DAY_NAMES:
            tokens.pop()  # "Biden Tuesday followed through with ...": a name, then its day
        titled = False  # "Governor Reagan": a person's title before a single name
        # (a place keeps its compass word: "South Carolina" is no "Carolina")
        while tokens and " ".join(tokens).lower() not in self.places and (
                tokens[0].lower().rstrip(".") in NOT_NAMES and not _first_name_jan(tokens) or
                HYPHENED_MODIFIER.fullmatch(tokens[0]) and
                (len(tokens) > 1 or MODIFIER_SUFFIX.search(tokens[0]))):
            # ("Mrs. Clinton": an honorific makes a single name a person's)
            titled = titled or len(tokens) > 1 and tokens[0].lower().rstrip(".") in PERSON_TITLES
            tokens = tokens[1:]  # "Trump-backed Mo Brooks", "London-based International ...",
            # and a lone "Russian-led" ("The Russian-led alliance, the Collective ...") names
            # nothing (but "Ing-wen" and "Fact-checkers" are names and nouns)
        if not tokens or len(tokens) == 1 and "-" in tokens[0] and \
                all(country_of(part) for part in tokens[0].split("-")):
            return _Plan(None, None)  # (nor does "British-Ukrainian", two nationalities)
        surname = tokens[0].lower() if len(tokens) == 1 else None
        if surname is not None and PARTY_TAG.fullmatch(tokens[0]):
            return _Plan(None, None)  # "R-Ark." after "Sen. Tom Cotton"
        if len(tokens) > 1 and all(t.lower().rstrip(".") in TITLE_WORDS for t in tokens[:-1]):
            # "Admiral Harris" is the article's Harry B. Harris Jr. before the registry's Kamala
            # Harris, who never held that title; "President Biden" is the registry's Joe Biden
            # (not the article's Jill Biden), "Vice President Harris" Kamala Harris.
            known = self.registry.get(tokens[-1])
            title = " ".join(tokens[:-1])
            if known is None or not self.registry.holds(known, "then " + title, None):
                surname = tokens[-1].lower()
        actor = self._registry_actor(tokens)
        if actor is None:
            # (a role word must leave a name: "Martin Luther King Jr." is no king)
            roles = [i for i, t in enumerate(tokens[:-1]) if _is_role(t) and any(
                u.lower().rstrip(".") not in SUFFIXES for u in tokens[i + 1:])]
            if roles:
                titled = any(t.lower().rstrip(".") in PERSON_TITLES for t in tokens[:roles[-1] + 1])
                tokens = tokens[roles[-1] + 1:]
                actor = self._registry_actor(tokens)
        if actor is not None:
            return _Plan(surname, " ".join(tokens), actor)
        while len(tokens) > 1 and (tokens[0].lower().rstrip(".") in TITLE_WORDS or
                                   tokens[0].lower() in self.places):
            titled = titled or tokens[0].lower().rstrip(".") in PERSON_TITLES
            tokens = tokens[1:]
        if all(t.lower().rstrip(".") in TITLE_WORDS or t.lower().rstrip(".") in SUFFIXES
               for t in tokens):
            return _Plan(surname, None)  # (and "Jr." alone: "Gen. Brown, Jr. warned")
        if len(tokens) == 1 and (tokens[0][-3:] in {"ing", "ed."} | {"ed"} or
                                 tokens[0].lower() in NUMBER_WORDS):
            return _Plan(surname, None)  # a sentence-opening participle: "Speaking", "Asked"
        name = " ".join(tokens)
        key = name.lower()
        is_org = any(t.lower() in ORG_WORDS for t in tokens)
        is_place = key in self.places or tokens[0].lower() in self.places
        person = (len(tokens) > 1 or titled) and not is_org and not is_place and \
            not any(t.lower() in NO_PERSON_WORDS for t in tokens) and \
            not (len(tokens) > 1 and name.isupper()) and \
            not (tokens[0] in ("St.", "Saint") and not titled)
        # ("World War Two", "Saint Sophia Cathedral", "St. Petersburg", "DON'T MISS" are
        # nobody's "he" or "she")
        # An acronym ("FBI", "CNN") or a place that speaks ("Russia said") is never "he" or "she".
        group = is_org or len(tokens) == 1 and (key in self.places or
                                                len(name) > 1 and name.isupper())
        return _Plan(surname, name, None, group, person)

    def _registry_actor(self, tokens: list[str]) -> Actor | None:
        """The registry actor the tokens name, after title words or a place at most; or a
        registry person's full name that ends them (not after a first name)."""
        for i in range(len(tokens)):
            skipped = tokens[i - 1].lower().rstrip(".") if i else ""
            if i and skipped not in TITLE_WORDS and skipped not in self.places:
                break  # a first name was skipped: "Hunter Biden" is not Joe Biden
            actor = self.registry.get(" ".join(tokens[i:]))
            if actor is not None:
                return actor
        # A known full name that ends a longer run of capitals ("Minister for Reintegration of
        # the Temporarily Occupied Territories Irina Vereschuk"); never one word of it, nor
        # after a first name (a headline's object: "Donald Trump Praises Vladimir Putin").
        for i in range(1, len(tokens) - 1):
            if self.registry.knows_first_name(tokens[i - 1]):
                break
            actor = self.registry.get(" ".join(tokens[i:]))
            if actor is not None and actor.kind == "person":
                return actor
        return None

    def _actor_entity(self, actor: Actor, surname: str) -> Entity:
        key = actor.name.lower()
        ent = self.by_key.get(key)
        if ent is None:
            ent = Entity(actor.name, actor, actor.kind != "person", actor.kind == "person")
            self.by_key[key] = ent
        if actor.kind == "person":
            self._add_surname(surname.lower(), ent)
            self._add_surname(actor.name.split()[-1].lower(), ent)
            self._add_first(actor.name.split()[0].lower(), ent)
        return ent


PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|on|at|to|into|from|with|by|of|for|about|against|between|than|like|via|"
    r"toward|towards|across|through|over|under|near|and|or|during)\s+(?:the\s+|an?\s+)?$|"
    # (conjunctions too, so only before "the": "Enacted shortly after the Civil War, the
    # clause", but "even after Clinton ... agreed")
    r"\b(?:after|before|since|until)\s+the\s+$",
    re.I,
)


VERB_AFTER = re.compile(r"(?:,\s+\d{1,3},)?\s+(?:has|have|had|is|was|will|would|also|then|later|"
                        r"said|says|told|shot|wrote|spoke|made|took|gave|went|came|met|sent|"
                        r"held|led|sought|[a-z]+ed)\b")  # (", 70, said": an age between)
# A sentence that opens with the question put to its subject, up to a name in the question.
ASKED_OPENS = re.compile(r"\W*(?:(?:When|If|After|Once)\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)"
                         r"\b[^,;:“”\"]*$")
# "Secretary of State Madeleine Albright": "of" inside a title is no preposition before a subject.
TITLE_OF = re.compile(r"\b(?:Secretary|Minister|Ministry|Department|Chief|Head|Director|Governor|"
                      r"Attorney|Speaker)\s+of\s+(?:the\s+)?$")
DATELINE = re.compile(r"\.?\s*(?:\([^()]{1,30}\)\s*)?[–—-]{1,2}\s+[“\"]?[A-Z]")
PRONOUN_OPENS = re.compile(r"[\W]*(?:(?:Now|Then|Later|Still|Yet|So|But|And)\s+|"
                           r"[^,;:“”\"]{1,30},\s+)?(?:[Hh]e|[Ss]he)\s+[a-z]")
ROLE_GAP = re.compile(r"\s+(?:[a-z][a-z-]*\s+){1,4}")


# A role and "of", "for", "at" or "to" before a name: the capitalised words that follow up to
# the person's own name complete the title ("Director of National Intelligence James Clapper",
# "Sergeant at Arms Karen Gibson", "EU Ambassador to the U.S. Stavros Lambrinidis").
TITLE_COMPLEMENT = re.compile(r"([A-Z][\w.-]*)\s+(?:of|for|at|to)\s+(?:the\s+)?$")
INITIAL = re.compile(r"[A-Z]\.?")
PARTICLES = frozenset(PARTICLE[3:-1].split("|"))


def _person_after_title(text: str, start: int, raw: str) -> tuple[int, int]:
    """How many characters of `raw` (a name at `start`) complete a title before the person's
    "First [X.] Last", and where that title's role word starts; (0, start) when it is not a
    title's complement or no such name ends it."""
    m = TITLE_COMPLEMENT.search(text, max(0, start - 40), start)
    if m is None or m.end() != start or not _is_role(m.group(1)):
        return 0, start
    tokens = list(re.finditer(r"\S+", raw))
    if len(tokens) < 3 or tokens[-1].group().lower() in ORG_WORDS:
        return 0, start
    i = len(tokens) - 1
    while i > 1 and (INITIAL.fullmatch(tokens[i - 1].group()) or
                     tokens[i - 1].group() in PARTICLES):
        i -= 1
    i -= 1  # the first name
    first = tokens[i].group().lower().rstrip(".")
    if i < 1 or first in TITLE_WORDS or first in ORG_WORDS:
        return 0, start
    return tokens[i].start(), m.start(1)


def _after_body_noun(text: str, start: int) -> bool:
    """Does an organisation's head noun stand right before `start` ("spy agency The ...")?"""
    words = text[max(0, start - 20):start].split()
    return bool(words) and words[-1].lower() in ORG_HEADS


# Verbs that make the words between two names a clause, not a title ("Hrytsenko met national
# security adviser Jake Sullivan", "The Pentagon sent defense secretary Lloyd Austin").
GAP_VERB = re.compile(r"(?!(?:armed|retired|elected|appointed|united|designated|unnamed)$)"
                      r"(?:has|have|had|is|was|were|are|will|would|said|says|told|met|sent|gave|"
                      r"took|made|held|led|saw|went|came|[a-z]+ed)")


def role_gap(text: str, start: int, end: int) -> bool:
    """Are text[start:end] a few lower-case words that end in a person's role, with no verb:
    "press secretary", "deputy counsel", "presidential nominee"?"""
    gap = ROLE_GAP.fullmatch(text, start, end)
    words = gap.group().split() if gap is not None else []
    return bool(words) and words[-1] in PERSON_ROLES and \
        not any(GAP_VERB.fullmatch(w) for w in words)


def unnamed_phrase(ent: Entity, first_name_gender: Callable[[str], str | None]) -> bool:
    """A capitalised phrase of several words that the registry does not know and whose first
    word is no first name ("U.S. Democratic", "Presumptive Republican"): before a role, it only
    modifies the person named next."""
    return ent.actor is None and " " in ent.name and not first_name_gender(ent.name)


def _heads_subject(text: str, prev: Mention, start: int,
                   first_name_gender: Callable[[str], str | None] | None = None) -> bool:
    """Is `prev` a modifier of the subject whose head name starts at `start`? So is a
    person's possessive before a role ("Zelensky’s chief of staff Andrey Yermak"), and a
    "person" with no known first name ("U.S. Democratic presidential candidate Hillary
    Clinton"), given `first_name_gender`."""
    gap = ROLE_GAP.fullmatch(text, prev.end, start)
    return prev.subject and gap is not None and (
        not prev.entity.person_like or
        first_name_gender is not None and role_gap(text, prev.end, start) and
        unnamed_phrase(prev.entity, first_name_gender) or
        POSSESSIVE.search(prev.text) is not None and
        (gap.group().split()[-1] in ROLE_WORDS or gap.group().endswith("of staff ")))


# Organisations whose name goes on after "of" or "for": "Ministry of Foreign Affairs",
# "Institute for the Study of War", "Office of the Director of National Intelligence".
ORG_HEADS = frozenset("""ministry department office committee commission bureau institute
    council agency service court university academy foundation federation association
    organisation organization embassy secretariat league board chamber observatory centre
    center directorate inspectorate""".split())
# Words of a person's office: after them, an organisation's name is over.
PERSON_ROLES = PERSON_TITLES | (ROLE_WORDS - TITLE_WORDS) | frozenset(
    """director secretary minister spokesman spokeswoman spokesperson inspector chief head
    chairman chairwoman chair commissioner deputy envoy officer commander""".split())
ORG_OF_WORDS = frozenset({"of", "for"})
ORG_OF = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")
ORG_AND = re.compile(r"[ \t]+and[ \t]+(?=[A-Z])")
APPOSITIVE_AFTER = re.compile(r",\s+(?:a|an|the|who)\s")


def _name_text(raw: str) -> str:
    """A NAME match without a sentence's full stop (an abbreviation keeps its own)."""
    return raw[:-1] if raw[-1] == "." and len(raw.rsplit(None, 1)[-1]) > 4 else raw


def _organisation(text: str, start: int, raw: str, first_gender: Callable[[str], str | None],
                  known: Callable[[str], bool]) -> str:
    """An organisation's whole name from its head word on, through "of"/"for" and the names
    that follow ("Office of the Director of National Intelligence")."""
    end = start + len(raw)
    while (of := ORG_OF.match(text, end)) and (nxt := NAME.match(text, of.end())):
        # The tail's words with their own ends: NAME lets several spaces or a tab part them.
        words = list(re.finditer(r"\S+", _name_text(nxt.group())))
        if words[0].group().lower() in NOT_NAMES:
            break  # "the Ministry of Defence for Monday", "... of The Times"
        while len(words) > 1 and words[-1].group().lower() in NOT_NAMES:
            words.pop()  # "the Russian Ministry of Foreign Affairs Friday"
        office = [w.group().lower().rstrip(".") in PERSON_ROLES for w in words]
        if True in office and not all(office[office.index(True):]):
            break  # "Department of Justice Inspector General Michael E. Horowitz": a person
        end = nxt.start() + words[-1].end()
    # "Centre for Strategic Communications and Information Security", "Office of Intelligence
    # and Analysis": one name, though not "... and Foreign Ministry" (a second organisation),
    # "... and Ukraine's ..." or "... and Secretary ..." (a person)
    if end > start + len(raw) and (conj := ORG_AND.match(text, end)) and \
            (nxt := NAME.match(text, conj.end())):
        tail = _name_text(nxt.group())
        words = tail.split()
        # (nor a man, "... Seventh Circuit and William M. Landes, a law professor", nor an
        # actor or place the registry knows: "Ministry of Foreign Affairs and Kuleba")
        if not POSSESSIVE.search(words[-1]) and len(words) <= 3 and not any(
                w.lower().rstrip(".") in PERSON_ROLES or w.lower() in ORG_HEADS or
                w.lower() in NOT_NAMES or INITIAL.fullmatch(w) for w in words) and \
                not first_gender(tail) and not known(tail) and \
                not APPOSITIVE_AFTER.match(text, nxt.start() + len(tail)):
            end = nxt.start() + len(tail)
    return text[start:end]


def _opens_question(text: str, sentences: list[tuple[int, int]], s_starts: list[int],
                    pos: int) -> bool:
    """Does `pos` open a sentence that ends in a question mark?"""
    k = bisect.bisect_right(s_starts, pos) - 1
    return k >= 0 and not text[s_starts[k]:pos].strip(OPENERS) and \
        text[s_starts[k]:sentences[k][1]].rstrip("\"”’' ").endswith("?")


OPENING_WORD = re.compile(r"([A-Z][a-z]{2,}ing)[ \t]+")


def _opening_gerund(text: str, s_starts: list[int], start: int, raw: str, linker: Linker) -> int:
    """The length of a sentence-opening "-ing" word glued to the name after it ("Touting
    Azerbaijan", "Recognizing Ukraine": a place or a known actor), or 0 (not "Downing Street",
    "Channing Frampton" or "Irving Lavrov")."""
    m = OPENING_WORD.match(raw)
    if m is None:
        return 0
    k = bisect.bisect_right(s_starts, start) - 1
    rest = raw[m.end():]
    if k < 0 or text[s_starts[k]:start].strip(OPENERS) or linker.known(raw) or \
            linker.registry.first_name_gender(raw) or \
            not (linker.known(rest) or linker.known(rest.split()[0])):
        return 0
    return m.end()


def _after_first_word(start: int, raw: str) -> tuple[int, str]:
    """A name's start and text without its first word (a verb or a prefix glued to it)."""
    cut = re.match(r"\S+\s+", raw).end()
    return start + cut, raw[cut:]


def find_mentions(
    text: str, sentences: list[tuple[int, int]], quotes: list[tuple[int, int]], linker: Linker
) -> ArticleMentions:
    """Every capitalised name in `text` linked to an entity, with subject-position flags."""
    out = ArticleMentions()
    s_starts = [s for s, _ in sentences]
    q_opens = [a for a, _ in quotes]
    open_marks = frozenset(q_opens)
    last_sentence = -1
    lowered: dict[str, bool] = {}  # is this word also written in lower case in the article?
    memo = linker.memo
    taken = 0  # the end of the last organisation's name, which may run over several matches
    for m in NAME.finditer(text):
        start = m.start()
        if start < taken:
            continue
        raw = _name_text(m.group())
        before = text[start - 3:start]
        if len(raw) < 2 or before.endswith("/") or ":" in before and \
                CREDIT.search(text, max(0, start - 16), start):
            continue
        if MODIFIER_PREFIX.search(text, max(0, start - 6), start) is not None:
            # "ex-Army", "pro-Kremlin": a prefix makes the word a modifier ("co-Anchor
            # DeMarco Morgan": the name after it)
            if " " not in raw:
                continue
            start, raw = _after_first_word(start, raw)
        if raw.startswith(("Will ", "Can ")) and _opens_question(text, sentences, s_starts,
                                                                 start):
            start, raw = _after_first_word(start, raw)  # "Will Biden secretly agree ...?": a verb
        gerund = _opening_gerund(text, s_starts, start, raw, linker)
        if gerund:  # "Touting Azerbaijan as ...", "Neighboring Ukraine is": the name after it
            start, raw = start + gerund, raw[gerund:]
        if raw.rsplit(None, 1)[-1].lower() in ORG_HEADS:
            # "Department of Justice", not "Department"
            raw = _organisation(text, start, raw, linker.registry.first_name_gender,
                                linker.known)
            taken = start + len(raw)
        # The entity of "Director of National Intelligence James Clapper" is James Clapper; the
        # mention keeps its words, for the checks that read the words before it.
        cut, head = _person_after_title(text, start, raw) if raw.count(" ") >= 2 and \
            text[start - 1:start] == " " else (0, start)
        name = raw[cut:] if cut else raw
        if not cut and " " not in raw and \
                (nick := NICKNAME.match(text, start + len(raw))) is not None and \
                nick.start("mark") not in open_marks:
            # 'Eritha ‘Akile’ Cainion': one person, by first name and surname (the extractor
            # takes no statement from the nickname)
            name = f"{raw} {nick.group('surname')}"
            raw = text[start:nick.end()]
            taken = nick.end()
        # None for "The", "But" and other NOT_NAMES; most names were seen before in the article.
        ent = memo[name] if name in memo else linker.entity(name)
        if ent is None:
            continue
        k = bisect.bisect_right(s_starts, start) - 1
        if ent.actor is None and " " not in raw and k >= 0 and \
                start - s_starts[k] <= 4 and not text[s_starts[k]:start].strip(OPENERS):
            low = POSSESSIVE.sub("", raw).lower()
            if low not in lowered:
                # (or its singular: "Polls show ..." after "the poll")
                lowered[low] = _written_as_word(text, low) or \
                    low.endswith("s") and len(low) > 4 and low not in linker.by_surname and \
                    _written_as_word(text, low[:-1])  # (not "Sessions" after Jeff Sessions)
            if lowered[low] or low in linker.common_words and ent.name == name and \
                    COMMON_WORD_AFTER.match(text, start + len(raw)) and \
                    not linker.registry.first_name_gender(low):
                # "Later, he said", "Shortly after, ...", "Polls show": a word that opens
                # the sentence, not a name (a common word still names a person of the
                # article before, "Long said" after Billy Long, and "Area 1" and
                # "Photographer: Stefani Reynolds" are no sentences)
                continue
        qi = bisect.bisect_right(q_opens, start) - 1
        quoted = qi >= 0 and quotes[qi][0] < start < quotes[qi][1]
        subject = False
        words = raw.split()
        first_word = words[0].lower()
        if gerund or first_word in OPENING_PARTICIPLES or first_word in LEADING_PREPOSITIONS and \
                len(words) > 1 and words[1].lower() not in DAY_NAMES | MONTHS and \
                not POSSESSIVE.search(raw):
            # The participle's or preposition's object ("On Clinton: ...", "For Griner and
            # Whelan, though, he said"), no subject; but "On Monday Mr Lavrov claimed" has
            # one, and "In Putin's statement ..., he said" is about Putin.
            pass
        elif not quoted and k != last_sentence and DATELINE.match(text, start + len(raw)) and (
                raw.isupper() or text.startswith(".", start + len(raw)) or
                raw.lower() in linker.places):
            # "Fla. – Jake Bequette ... told", "LONDON -- A highly-anticipated report": a
            # dateline's place, before the subject (not "Russia — which denies it — said")
            pass
        elif not quoted and k != last_sentence and k >= 0 and \
                ASKED_OPENS.match(text, s_starts[k], start):
            # "Asked on Monday whether Mr. Clinton would hold a cabinet position, Mrs. Clinton
            # shook her head": a name in the question is not the sentence's subject
            pass
        elif not quoted and k != last_sentence:
            last_sentence = k
            # A title's "of"/"to" is no preposition before the subject ("Director of National
            # Intelligence James Clapper", "US Ambassador to the United Nations Linda
            # Thomas-Greenfield"): what counts is the word before the role.
            subject = (not PREPOSITION_BEFORE.search(text, max(0, head - 20), head) or
                       TITLE_OF.search(text, max(0, start - 30), start) is not None) and \
                not PRONOUN_OPENS.match(text, s_starts[k] if k >= 0 else 0, start)
            # (not after the pronoun that opens the sentence: "He said he wouldn't
            # underestimate Chinese President Xi Jinping's determination", "Now he is on the
            # front lines ... as Vladimir Putin's army slams")
        elif not quoted and ent.person_like and \
                text[start + len(raw):start + len(raw) + 1] in (" ", ",") and \
                VERB_AFTER.match(text, start + len(raw)) and \
                not PREPOSITION_BEFORE.search(text, max(0, start - 20), start):
            subject = True  # "Since launching his bid, Trump has taken ...": a later subject
            if out.mentions and _heads_subject(text, out.mentions[-1], start,
                                               linker.registry.first_name_gender) and \
                    role_gap(text, out.mentions[-1].end, start):
                # "White House press secretary Jen Psaki said": the office only modifies him
                out.mentions[-1] = out.mentions[-1]._replace(subject=False)
        elif out.mentions and (ent.person_like or ent.is_org and _after_body_noun(text, start)) \
                and _heads_subject(text, out.mentions[-1], start,
                                   linker.registry.first_name_gender):
            # "Democratic presidential candidate Bernie Sanders", "Kiev’s top spy agency The
            # Security Service of Ukraine": the name heads the subject.
            out.mentions[-1] = out.mentions[-1]._replace(subject=False)
            subject = True
        out.mentions.append(Mention(start, start + len(raw), raw, ent, subject, quoted))
        out.starts.append(start)
    return out

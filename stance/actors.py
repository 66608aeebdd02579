"""Actor registry: canonical names, aliases and dated roles of the war's speakers.

Answers three questions for the attribution engine: who a name refers to (`get`), who
held a title on a date (`by_title`), and whether an actor held a title on a date
(`holds`). The default data lives in ``data/actors.toml``; user files may add to it.

Dates are ISO strings. A role's ``start`` is inclusive and its ``end`` exclusive. Reduced
precision ("2023-06", "2021") is accepted and compares as the first day of the period,
which the data file uses for conservative bounds where the exact day is not known.

Ambiguity policy: an alias shared by two or more actors ("Johnson": Boris Johnson, Mike
Johnson, Ron Johnson) resolves to nobody. ``get`` returns None for it, ``alias_index``
leaves it out, and ``candidates`` / ``ambiguous_aliases`` list who shares it, so the
caller can decide from context. A canonical name always beats another actor's alias.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python < 3.11
    import tomli as tomllib

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "actors.toml"

# Single-token aliases that are also everyday English words or common first names
# ("Price", "Pence", "Truss", "Hunt"). They stay in `alias_index`, but a text scanner
# should only accept them when capitalised mid-sentence or followed by a speech verb.
COMMON_WORD_ALIASES = frozenset(
    """
    austin bacon bennett boris brink burns carter cooper costa cotton graham healey hill
    hunt kerry khan moore musk paul pence power price rice ryan store truss turner waltz
    cleverly ban abe anand pavel michal marin
    """.split()
)


class RegistryError(ValueError):
    """A registry file could not be read; the message names the file and, if known, the actor."""


# --------------------------------------------------------------------------- normalisation

_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys("\u2019\u2018\u02bc\u02bb`\u00b4\u2032", "'"),
        **dict.fromkeys("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212", " "),
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)
_INITIALS = re.compile(r"\b(?:[^\W\d_]\.\s?){2,}")
_POSSESSIVE = re.compile(r"'s\b|(?<=s)'(?=\s|$)")
_NON_WORD = re.compile(r"[^\w]+")
# Spelling variants folded to one token in both names and titles.
_TOKEN_MAP = {
    "defense": "defence",
    "advisor": "adviser",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "organization": "organisation",
    "kiev": "kyiv",
    "turkiye": "turkey",
}


def _tokens(text: str) -> list[str]:
    """Lowercase word tokens: diacritics folded, U.S. -> us, possessives and hyphens dropped."""
    text = str(text).translate(_TRANSLATE)
    if not text.isascii():  # NFKD and combining marks change nothing in ASCII
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower()
    text = _INITIALS.sub(lambda m: m.group(0).replace(".", "").replace(" ", "") + " ", text)
    text = _POSSESSIVE.sub("", text.replace(".", " ")).replace("'", "")
    return [_TOKEN_MAP.get(t, t) for t in _NON_WORD.sub(" ", text).replace("_", " ").split()]


# A Russian or Ukrainian patronymic between a first name and a surname ("Maria Vladimirovna
# Zakharova", "Sergey Viktorovich Lavrov"): the registry knows the name without it.
_PATRONYMIC = re.compile(r"[a-z]{3,}(?:ovich|evich|ovna|evna|ichna)")


@lru_cache(maxsize=1 << 16)
def normalise_name(text: str) -> str:
    """Key under which a name or alias is indexed ("Mr. Zelenskyy’s" -> "mr zelenskyy",
    "Maria Vladimirovna Zakharova" -> "maria zakharova")."""
    toks = _tokens(text)
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]
    if len(toks) >= 3:
        toks = [toks[0], *(t for t in toks[1:-1] if not _PATRONYMIC.fullmatch(t)), toks[-1]]
    return " ".join(toks)


@lru_cache(maxsize=1 << 16)
def normalise_title(text: str) -> str:
    """Key under which a title is indexed ("the U.S. President" -> "us president")."""
    return " ".join(t for t in _tokens(text) if t != "the")


# --------------------------------------------------------------------------- dates

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_QUERY_DATE_RE = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ].*)?$")


def _check_date(value: object) -> str | None:
    """Validate a role date from a file; return its ISO string, raise ValueError if bad."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise ValueError(f"date must be a string like '2022-02-24', not {value!r}")
    m = _DATE_RE.match(value.strip())
    if not m:
        raise ValueError(f"bad date {value!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = m.groups()
    try:
        if day:
            _dt.date(int(year), int(month), int(day))
        elif month and not 1 <= int(month) <= 12:
            raise ValueError
    except ValueError:
        raise ValueError(f"bad date {value!r} (no such day)") from None
    return value.strip()


def _query_date(date: object) -> str | None:
    """ISO prefix of an article date; None when absent or unparseable (= unknown)."""
    if date is None:
        return None
    if isinstance(date, _dt.datetime):
        return date.date().isoformat()
    if isinstance(date, _dt.date):
        return date.isoformat()
    m = _QUERY_DATE_RE.match(str(date).strip())
    return m.group(1) if m else None


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Role:
    """A dated office: `role` is a lowercase head ("foreign minister"), `of` the body."""

    role: str
    of: str | None = None
    start: str | None = None
    end: str | None = None

    def active(self, date: str | None) -> bool:
        """True if the role is held on `date` (inclusive start, exclusive end); None => True."""
        d = _query_date(date)
        if d is None:
            return True
        return (self.start is None or self.start <= d) and (self.end is None or d < self.end)


@dataclass(frozen=True)
class Actor:
    """A person or organisation that can be quoted."""

    name: str
    aliases: tuple[str, ...] = ()
    gender: str | None = None
    country: str | None = None
    affiliation: str | None = None
    kind: str = "person"
    roles: tuple[Role, ...] = ()

    def titles_on(self, date: str | None) -> list[str]:
        """Normalised titles held on `date`, specific first ("ukrainian president", ...)."""
        specific: list[str] = []
        bare: list[str] = []
        for role in self.roles:
            if role.active(date):
                full, short = _role_titles(role)
                specific.extend(full)
                bare.extend(short)
        return list(dict.fromkeys(specific + bare))


# --------------------------------------------------------------------------- titles

# Body -> (names, adjectives). Names give "president of X" and "X president"; adjectives
# give "ADJ president". Keys and entries are in normalise_title form.
_PLACES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "united states": (
        ("united states", "us", "usa", "america", "united states of america"),
        ("american", "washington"),
    ),
    "united kingdom": (
        ("united kingdom", "uk", "britain", "great britain"),
        ("british", "london"),
    ),
    "ukraine": (("ukraine",), ("ukrainian", "kyiv")),
    "russia": (("russia", "russian federation"), ("russian", "moscow")),
    "france": (("france",), ("french", "paris")),
    "germany": (("germany",), ("german", "berlin")),
    "italy": (("italy",), ("italian", "rome")),
    "poland": (("poland",), ("polish", "warsaw")),
    "hungary": (("hungary",), ("hungarian", "budapest")),
    "turkey": (("turkey",), ("turkish", "ankara")),
    "estonia": (("estonia",), ("estonian",)),
    "latvia": (("latvia",), ("latvian",)),
    "lithuania": (("lithuania",), ("lithuanian",)),
    "finland": (("finland",), ("finnish",)),
    "sweden": (("sweden",), ("swedish",)),
    "norway": (("norway",), ("norwegian",)),
    "denmark": (("denmark",), ("danish",)),
    "canada": (("canada",), ("canadian", "ottawa")),
    "japan": (("japan",), ("japanese", "tokyo")),
    "china": (("china", "prc", "people republic of china"), ("chinese", "beijing")),
    "india": (("india",), ("indian",)),
    "belarus": (("belarus",), ("belarusian", "belarussian", "belorussian", "minsk")),
    "netherlands": (("netherlands", "holland"), ("dutch",)),
    "belgium": (("belgium",), ("belgian",)),
    "spain": (("spain",), ("spanish",)),
    "portugal": (("portugal",), ("portuguese",)),
    "austria": (("austria",), ("austrian",)),
    "czech republic": (("czech republic", "czechia"), ("czech",)),
    "slovakia": (("slovakia",), ("slovak", "slovakian")),
    "moldova": (("moldova",), ("moldovan",)),
    "serbia": (("serbia",), ("serbian",)),
    "kazakhstan": (("kazakhstan",), ("kazakh",)),
    "iran": (("iran",), ("iranian", "tehran")),
    "israel": (("israel",), ("israeli",)),
    "north korea": (("north korea", "dprk"), ("north korean", "pyongyang")),
    "south korea": (("south korea", "republic of korea"), ("south korean", "seoul")),
    "brazil": (("brazil",), ("brazilian",)),
    "south africa": (("south africa",), ("south african",)),
    "saudi arabia": (("saudi arabia",), ("saudi",)),
    "australia": (("australia",), ("australian",)),
    "chechnya": (("chechnya", "chechen republic"), ("chechen",)),
    "european union": (("european union", "eu"), ("european",)),
    "european commission": (("european commission", "eu commission", "commission"), ()),
    "european council": (("european council", "eu council"), ()),
    "european parliament": (("european parliament", "eu parliament"), ()),
    "nato": (("nato", "north atlantic treaty organisation", "alliance"), ()),
    "united nations": (("united nations", "un"), ()),
    "iaea": (
        (
            "iaea",
            "international atomic energy agency",
            "un nuclear watchdog",
            "nuclear watchdog",
            "un atomic watchdog",
            "atomic watchdog",
        ),
        (),
    ),
    "kremlin": (("kremlin",), ()),
    "white house": (("white house",), ()),
    "pentagon": (("pentagon", "defence department", "department of defence"), ()),
    "state department": (("state department", "department of state", "us state department"), ()),
    "wagner group": (("wagner group", "wagner", "pmc wagner"), ()),
    "cia": (("cia", "central intelligence agency"), ()),
    "fsb": (("fsb", "federal security service"), ()),
    "state duma": (
        (
            "state duma",
            "duma",
            "russian duma",
            "russia duma",
            "russian state duma",
            "russia state duma",
            "state duma of russia",
        ),
        (),
    ),
    "federation council": (
        (
            "federation council",
            "russian federation council",
            "russia federation council",
            "federation council of russia",
        ),
        (),
    ),
    "verkhovna rada": (
        (
            "verkhovna rada",
            "rada",
            "ukrainian parliament",
            "ukraine parliament",
            "parliament of ukraine",
        ),
        (),
    ),
    "holy see": (("holy see", "vatican", "catholic church", "roman catholic church"), ()),
    "imf": (("imf", "international monetary fund"), ()),
    "world health organisation": (("world health organisation", "who"), ()),
    "international criminal court": (("international criminal court", "icc"), ()),
    "mi6": (("mi6", "secret intelligence service"), ()),
    "security council of russia": (
        (
            "security council of russia",
            "russia security council",
            "russian security council",
            "kremlin security council",
            "security council",
        ),
        (),
    ),
    "national security and defence council of ukraine": (
        (
            "national security and defence council of ukraine",
            "national security and defence council",
            "ukraine national security and defence council",
            "nsdc",
            "ukraine nsdc",
            "ukrainian nsdc",
            "ukrainian national security and defence council",
            "ukraine security council",
            "ukrainian security council",
            "security council of ukraine",
            "security council",
        ),
        (),
    ),
    "kyiv": (("kyiv",), ()),
    "reform uk": (("reform uk", "reform"), ()),
    "conservative party": (("conservative party", "conservatives", "tories", "tory"), ()),
    "russian direct investment fund": (("russian direct investment fund", "rdif"), ()),
    "gazprom": (("gazprom",), ()),
    "rosatom": (("rosatom",), ()),
}

# Head -> further heads meaning the same office (all in normalise_title form).
_HEAD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "prime minister": ("premier", "pm"),
    "premier": ("prime minister", "pm"),
    "foreign minister": (
        "minister of foreign affairs",
        "minister for foreign affairs",
        "foreign affairs minister",
        "top diplomat",
        "chief diplomat",
    ),
    "foreign secretary": ("foreign minister", "top diplomat", "chief diplomat"),
    "secretary of state": ("top diplomat", "chief diplomat"),
    "defence minister": (
        "minister of defence",
        "armed forces minister",
        "minister of armed forces",
    ),
    "defence secretary": (
        "secretary of defence",
        "defence minister",
        "secretary of war",
        "war secretary",
    ),
    "spokesperson": ("press secretary",),
    "press secretary": ("spokesperson",),
    "secretary general": ("chief", "head", "boss"),
    "director general": ("chief", "head", "boss"),
    "director": ("chief", "head", "boss"),
    "managing director": ("chief", "head", "boss"),
    "head": ("chief", "leader", "boss"),
    "chief": ("head", "boss"),
    "commander in chief": (
        "army chief",
        "armed forces chief",
        "military chief",
        "top commander",
        "top general",
        "commander of armed forces",
        "chief commander",
    ),
    "chief of general staff": ("army chief", "military chief", "armed forces chief", "top general"),
    "chair of joint chiefs of staff": (
        "chair of joint chiefs",
        "joint chiefs chair",
        "top general",
        "top military officer",
        "military chief",
    ),
    "chief of defence staff": (
        "armed forces chief",
        "head of armed forces",
        "military chief",
        "defence chief",
    ),
    "vice president": ("vp", "veep"),
    "deputy prime minister": ("deputy pm", "deputy premier", "vice premier", "vice prime minister"),
    "speaker": ("chair", "head"),
    "speaker of house": ("house speaker", "speaker"),
    "king": ("monarch",),
    "supreme leader": ("top leader",),
    "pope": ("pontiff",),
    "representative": ("congressman", "congresswoman", "congressperson", "rep"),
    "senator": ("sen",),
    "ombudsman": ("human rights commissioner", "human rights ombudsman"),
    "human rights commissioner": ("ombudsman", "human rights ombudsman"),
    "high commissioner for human rights": (
        "human rights chief",
        "rights chief",
        "human rights commissioner",
    ),
    "high representative": (
        "foreign policy chief",
        "top diplomat",
        "chief diplomat",
        "foreign affairs chief",
        "high representative for foreign affairs and security policy",
    ),
    "head of presidential office": (
        "chief of staff",
        "presidential chief of staff",
        "head of office of president",
    ),
    "security council secretary": (
        "secretary of security council",
        "national security and defence council secretary",
        "nsdc secretary",
        "secretary of national security and defence council",
    ),
    "head of military intelligence": (
        "military intelligence chief",
        "intelligence chief",
        "spy chief",
        "head of defence intelligence",
    ),
    "foreign intelligence chief": (
        "head of foreign intelligence",
        "spy chief",
        "intelligence chief",
    ),
    "director of national intelligence": (
        "national intelligence director",
        "intelligence chief",
        "spy chief",
        "dni",
    ),
    "central bank governor": ("central bank chief", "head of central bank", "central bank head"),
    "finance minister": ("minister of finance",),
    "treasury secretary": ("secretary of treasury",),
    "interior minister": (
        "minister of internal affairs",
        "minister of interior",
        "internal affairs minister",
    ),
    "home secretary": ("interior minister",),
    "chancellor of exchequer": ("finance minister",),
    "senate majority leader": ("majority leader",),
    "senate minority leader": ("minority leader",),
    "house minority leader": ("minority leader",),
    "prosecutor": ("chief prosecutor",),
    "special envoy": ("envoy",),
    "leader": ("head",),
    "presidential adviser": ("adviser to president",),
    "foreign policy adviser": ("foreign policy aide",),
    "deputy chair": ("deputy head",),
    "first lady": (),
    "digital transformation minister": ("digital minister", "minister of digital transformation"),
    "economy minister": ("minister of economy", "economic minister"),
    "energy minister": ("minister of energy",),
}

# Heads that make an actor "the X leader" of the body, when not the default set below.
_PRESIDENTIAL = frozenset(
    {
        "united states",
        "russia",
        "ukraine",
        "france",
        "turkey",
        "belarus",
        "china",
        "brazil",
        "kazakhstan",
        "south korea",
        "moldova",
        "serbia",
        "lithuania",
        "south africa",
    }
)
_LEADER_HEADS_BY_BODY = {
    "iran": frozenset({"supreme leader"}),
    "north korea": frozenset({"supreme leader"}),
    "chechnya": frozenset({"head"}),
    "saudi arabia": frozenset({"crown prince"}),
}
_PRESIDENT_HEADS = frozenset({"president", "acting president"})
_GOVERNMENT_HEADS = frozenset({"prime minister", "chancellor", "premier"})

# Titles added for particular (head, body) pairs.
_EXTRA_TITLES: dict[tuple[str, str], tuple[str, ...]] = {
    ("president", "russia"): ("kremlin leader", "kremlin chief", "kremlin boss"),
    ("defence secretary", "united states"): ("pentagon chief", "pentagon boss", "head of pentagon"),
    ("president", "european commission"): ("commission chief", "eu commission chief"),
}

# Bare heads that name a single office in the world, so `by_title` may resolve them alone.
_UNIQUE_BARE = frozenset(
    {
        "pope",
        "pontiff",
        "speaker of house",
        "house speaker",
        "senate majority leader",
        "senate minority leader",
        "house minority leader",
        "house majority leader",
        "chancellor of exchequer",
        "house foreign affairs committee chair",
    }
)

_ENVOY_RE = re.compile(r"^(ambassador|envoy|permanent representative) to (.+)$")
_QUALIFIED_RE = re.compile(r"^(.+?) (for|to) .+$")


def _place_by_form() -> dict[str, str]:
    """Every name form of a body -> its _PLACES key ("un" -> "united nations")."""
    seen: dict[str, set[str]] = {}
    for key, (names, _) in _PLACES.items():
        for form in (key, *names):
            seen.setdefault(form, set()).add(key)
    out = {form: next(iter(keys)) for form, keys in seen.items() if len(keys) == 1}
    out.update({key: key for key in _PLACES})
    return out


_PLACE_BY_FORM = _place_by_form()


# Bodies in _PLACES that are no country (their adjectives are no nationality).
_NOT_COUNTRIES = frozenset({"european union", "chechnya"})


def country_of(word: str) -> str | None:
    """The country that a name, short name or adjective stands for ("U.S.", "Russian",
    "Ukraine's" -> "United States", "Russia", "Ukraine"); None for anything else."""
    key = normalise_title(_POSSESSIVE.sub("", word))
    key = _PLACE_BY_FORM.get(key, key)
    if key not in _PLACES:
        key = next((k for k, (_, adjectives) in _PLACES.items() if key in adjectives), key)
    adjectives = _PLACES.get(key, ((), ()))[1]
    return key.title() if adjectives and key not in _NOT_COUNTRIES else None


def capital_of(country: str) -> str | None:
    """The capital that stands for a country in _PLACES ("Russia" -> "Moscow"), if known."""
    adjectives = _PLACES.get(normalise_title(country), ((), ()))[1]
    last = adjectives[-1] if len(adjectives) >= 2 else ""
    # (a second nationality word is none: "slovak", "slovakian")
    return last.title() if last and not re.search(r"(?:an|ish|ese|i)$", last) else None


def _place_forms(of: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not of:
        return (), ()
    key = normalise_title(of)
    key = _PLACE_BY_FORM.get(key, key)
    return _PLACES.get(key, ((key,), ()))


def _heads(role: str) -> list[str]:
    """The role head and every synonym, normalised, original first."""
    head = normalise_title(role)
    out = [head, *_HEAD_SYNONYMS.get(head, ())]
    m = _ENVOY_RE.match(head)
    if m:
        names = _place_forms(m.group(2))[0] or (m.group(2),)
        for n in names:
            out += [f"{w} to {n}" for w in ("ambassador", "envoy", "permanent representative")]
            out += [f"{n} ambassador", f"{n} envoy"]
        out += ["ambassador", "envoy"]
    else:
        m = _QUALIFIED_RE.match(head)
        if m and m.group(1) in _HEAD_SYNONYMS:
            out += [m.group(1), *_HEAD_SYNONYMS[m.group(1)]]
    return list(dict.fromkeys(normalise_title(h) for h in out))


def _is_leader_role(head: str, body: str) -> bool:
    if body in _LEADER_HEADS_BY_BODY:
        return head in _LEADER_HEADS_BY_BODY[body]
    return head in (_PRESIDENT_HEADS if body in _PRESIDENTIAL else _GOVERNMENT_HEADS)


@cache
def _role_titles(role: Role) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(titles naming the body, bare titles) for one role, all normalised."""
    heads = _heads(role.role)
    names, adjs = _place_forms(role.of)
    body = _PLACE_BY_FORM.get(normalise_title(role.of), normalise_title(role.of)) if role.of else ""
    full: list[str] = []
    for h in heads:
        for n in names:
            full += [f"{h} of {n}", f"{n} {h}"]
        full += [f"{a} {h}" for a in adjs]
        if h.startswith("top "):  # "top US diplomat", "top Russian general"
            full += [f"top {p} {h[4:]}" for p in (*names, *adjs)]
    bare = list(heads)
    if body and _is_leader_role(heads[0], body):
        full += [f"leader of {n}" for n in names] + [f"{p} leader" for p in (*names, *adjs)]
        bare.append("leader")
    full += [normalise_title(t) for t in _EXTRA_TITLES.get((heads[0], body), ())]
    full = [normalise_title(t) for t in full]
    return tuple(dict.fromkeys(full)), tuple(dict.fromkeys(bare))


@cache
def _role_title_set(role: Role) -> frozenset[str]:
    full, bare = _role_titles(role)
    return frozenset(full) | frozenset(bare)


# --------------------------------------------------------------------------- get() prefixes

_HONORIFICS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady baroness""".split()
)
_TITLE_WORDS = frozenset(
    """
    president vice prime minister chancellor foreign defence secretary of state senator sen
    rep representative congressman congresswoman speaker general gen lt lieutenant col colonel
    maj major admiral adm ambassador envoy special governor gov mayor king queen pope
    commissioner former ex then acting deputy chief head spokesperson press leader premier pm
    first high commander marshal field army military top diplomat adviser national security
    director ministry affairs house senate majority minority
    """.split()
)


def _prefix_words() -> frozenset[str]:
    words = set(_HONORIFICS | _TITLE_WORDS)
    for head, synonyms in _HEAD_SYNONYMS.items():
        for form in (head, *synonyms):
            words.update(form.split())
    for names, adjs in _PLACES.values():
        for form in (*names, *adjs):
            words.update(form.split())
    return frozenset(words)


_PREFIX_WORDS = _prefix_words()


# --------------------------------------------------------------------------- parsing

_ACTOR_KEYS = frozenset(
    {"name", "aliases", "gender", "country", "affiliation", "kind", "roles", "note"}
)
_ROLE_KEYS = frozenset({"role", "of", "from", "to", "note"})
_KINDS = {"person": "person", "organisation": "organisation", "organization": "organisation"}
_GENDERS = frozenset({"m", "f"})
_ACTOR_HEADER = re.compile(r"^\s*\[\[\s*actor\s*\]\]")


def _opt_str(entry: dict, key: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"'{key}' must be a non-empty string")
    return value.strip()


def _parse_actor(entry: object) -> Actor:
    if not isinstance(entry, dict):
        raise ValueError("each [[actor]] must be a table")
    unknown = sorted(set(entry) - _ACTOR_KEYS)
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(unknown)}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("missing 'name'")
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ValueError("'aliases' must be a list of non-empty strings")
    kind = entry.get("kind", "person")
    if kind not in _KINDS:
        raise ValueError(f"unknown kind {kind!r} (expected 'person' or 'organisation')")
    gender = entry.get("gender")
    if gender is not None and gender not in _GENDERS:
        raise ValueError(f"unknown gender {gender!r} (expected 'm', 'f' or omitted)")
    roles_raw = entry.get("roles", [])
    if not isinstance(roles_raw, list):
        raise ValueError("'roles' must be a list of tables")
    roles = []
    for i, r in enumerate(roles_raw, 1):
        if not isinstance(r, dict):
            raise ValueError(f"role {i} must be a table")
        unknown = sorted(set(r) - _ROLE_KEYS)
        if unknown:
            raise ValueError(f"role {i}: unknown key(s) {', '.join(unknown)}")
        head = r.get("role")
        if not isinstance(head, str) or not head.strip():
            raise ValueError(f"role {i}: missing 'role'")
        try:
            of = _opt_str(r, "of")
            start, end = _check_date(r.get("from")), _check_date(r.get("to"))
        except ValueError as exc:
            raise ValueError(f"role {i} ({head}): {exc}") from None
        if start and end and start >= end:
            raise ValueError(f"role {i} ({head}): 'to' {end} is not after 'from' {start}")
        roles.append(Role(head.strip().lower(), of, start, end))
    return Actor(
        name=name.strip(),
        aliases=tuple(dict.fromkeys(a.strip() for a in aliases)),
        gender=gender,
        country=_opt_str(entry, "country"),
        affiliation=_opt_str(entry, "affiliation"),
        kind=_KINDS[kind],
        roles=tuple(roles),
    )


def _parse(text: str, origin: str) -> list[Actor]:
    """Parse one TOML document into actors, raising RegistryError on any problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{origin}: malformed TOML: {' '.join(str(exc).split())}") from None
    unknown = sorted(set(data) - {"actor"})
    if unknown:
        raise RegistryError(
            f"{origin}: unknown top-level key(s) {', '.join(unknown)} (expected [[actor]] tables)"
        )
    entries = data.get("actor", [])
    if not isinstance(entries, list):
        raise RegistryError(f"{origin}: 'actor' must be an array of tables ([[actor]])")
    lines = [i for i, line in enumerate(text.splitlines(), 1) if _ACTOR_HEADER.match(line)]
    actors: list[Actor] = []
    seen: dict[str, int] = {}
    for k, entry in enumerate(entries):
        where = f"{origin}:{lines[k]}" if len(lines) == len(entries) else origin
        label = entry.get("name") if isinstance(entry, dict) else None
        who = f"actor {label!r}" if isinstance(label, str) and label else f"actor #{k + 1}"
        try:
            actor = _parse_actor(entry)
        except ValueError as exc:
            raise RegistryError(f"{where}: {who}: {exc}") from None
        key = normalise_name(actor.name)
        if not key:
            raise RegistryError(f"{where}: {who}: name has no letters")
        if key in seen:
            raise RegistryError(f"{where}: {who}: duplicate of actor #{seen[key] + 1}")
        seen[key] = k
        actors.append(actor)
    return actors


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read actor file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{path}: not UTF-8 (byte {exc.start})") from None


# --------------------------------------------------------------------------- registry


def _role_head(title: str) -> str:
    """The word a bare description uses for an office: "secretary" of "secretary of state" and
    "secretary general", "minister" of "foreign minister"; none for "vice president" or
    "press secretary" ("the president" and "the secretary" are somebody else)."""
    words = title.lower().split()
    if not words or words[0] in {"vice", "deputy", "press", "assistant", "under"}:
        return ""
    # (the word before the first "of" or "to": "ambassador" of "ambassador to the United
    # States", "adviser" of "adviser to the head of ...")
    joiner = next((i for i, w in enumerate(words) if i and w in ("of", "to")), None)
    if joiner is not None:
        return words[joiner - 1]
    return words[0] if words[0] == "secretary" else words[-1]


# Leading words of registry names that give no gender for other people: surnames that come
# first ("Kim", "Xi"), names common to both sexes ("Lindsey", "Jan"), and titles or initials.
_NO_FIRST_NAMES = frozenset("""kim li lin wang xi zhao qin yoon mao ban ash pat jan h. jd king
    pope grant rand lindsey kristen karol jean""".split())


class ActorRegistry:
    """Actors indexed by normalised name, alias and dated title."""

    def __init__(self, actors: Iterable[Actor] = (),
                 first_names: dict[str, str] | None = None) -> None:
        # Genders of first names beyond the registry's people (see load_first_names).
        self._name_genders = dict(first_names or {})
        merged: dict[str, Actor] = {}
        for actor in actors:
            merged[normalise_name(actor.name)] = actor  # later actor replaces earlier
        self._actors = list(merged.values())
        self._build(merged)

    @classmethod
    def load(
        cls, extra: Iterable[str | Path] = (), *, include_default: bool = True
    ) -> ActorRegistry:
        """The default registry plus user files; a user actor replaces a default one by name.
        The packaged first-name list (load_first_names) always comes with it; a registry from
        `from_toml` or the constructor has only what it is given."""
        if isinstance(extra, (str, Path)):
            extra = [extra]
        paths = ([DEFAULT_PATH] if include_default else []) + [Path(p) for p in extra]
        actors: list[Actor] = []
        for path in paths:
            actors.extend(_parse(_read(path), str(path)))
        return cls(actors, first_names=load_first_names())

    @classmethod
    def from_toml(cls, text: str, origin: str = "<string>") -> ActorRegistry:
        """A registry from TOML text alone (no default file)."""
        return cls(_parse(text, origin))

    def _build(self, merged: dict[str, Actor]) -> None:
        owners: dict[str, dict[str, Actor]] = {}
        for actor in self._actors:
            for alias in (actor.name, *actor.aliases):
                key = normalise_name(alias)
                if key:
                    owners.setdefault(key, {})[actor.name] = actor
        self._canonical = merged
        self._owners = {k: tuple(v.values()) for k, v in owners.items()}
        self._index: dict[str, Actor] = {}
        self._ambiguous: dict[str, tuple[Actor, ...]] = {}
        # Lookups by name string; the registry never changes once built, so they can be kept.
        self._found: dict[str, tuple[Actor, ...]] = {}
        for key, found in self._owners.items():
            if key in merged:
                self._index[key] = merged[key]
            elif len(found) == 1:
                self._index[key] = found[0]
            else:
                self._ambiguous[key] = found
        # First names of the registry's people whose holders all share one gender ("Mark",
        # "Ursula"): a hint for people the registry does not know.
        genders: dict[str, set[str]] = {}
        for actor in self._actors:
            if actor.kind == "person" and actor.gender and " " in actor.name:
                genders.setdefault(actor.name.split()[0].lower(), set()).add(actor.gender)
        self._first_gender = {k: next(iter(v)) for k, v in genders.items()
                              if len(v) == 1 and k not in _NO_FIRST_NAMES}
        self._titles: dict[str, list[tuple[Actor, Role]]] = {}
        for actor in self._actors:
            for role in actor.roles:
                full, bare = _role_titles(role)
                for title in (*full, *(t for t in bare if t in _UNIQUE_BARE)):
                    self._titles.setdefault(title, []).append((actor, role))

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def __repr__(self) -> str:
        return f"<ActorRegistry: {len(self)} actors>"

    def get(self, name: str) -> Actor | None:
        """The actor a name or alias refers to; None if unknown or shared by several actors.

        Tolerates case, diacritics, apostrophe and hyphen variants, possessives, and leading
        honorifics or titles ("Mr Putin", "Russian President Vladimir Putin"); a match found
        only after dropping a title must be a person.
        """
        found = self.candidates(name)
        return found[0] if len(found) == 1 else None

    def candidates(self, name: str) -> tuple[Actor, ...]:
        """Every actor a name could refer to (several for an ambiguous surname)."""
        if not isinstance(name, str):
            return ()
        found = self._found.get(name)
        if found is None:
            if len(self._found) > 1 << 17:
                self._found.clear()
            found = self._found[name] = self._candidates(name)
        return found

    def _candidates(self, name: str) -> tuple[Actor, ...]:
        toks = normalise_name(name).split()
        for i in range(len(toks)):
            if i and toks[i - 1] not in _PREFIX_WORDS:
                break
            key = " ".join(toks[i:])
            if key in self._index:
                actor = self._index[key]
                return (actor,) if not i or actor.kind == "person" else ()
            if key in self._ambiguous:
                found = self._ambiguous[key]
                return found if not i else tuple(a for a in found if a.kind == "person")
        return ()

    def by_title(self, description: str, date: str | None) -> Actor | None:
        """The single actor holding the described title on `date`, else None.

        Needs the body ("the US president", "NATO's secretary general"); a bare role
        ("the prime minister") returns None except for unique offices such as "the pope".
        "Former"/"then-" titles return None: the article date says nothing about them.
        """
        key = normalise_title(description)
        if not key or key.split()[0] in ("former", "ex", "then", "a", "an", "another"):
            return None
        found = {a.name: a for a, r in self._titles.get(key, ())
                 if r.active(date) and _sex_fits(a, description)}
        return next(iter(found.values())) if len(found) == 1 else None

    def holds(self, actor: Actor | str, description: str, date: str | None) -> bool:
        """True if `actor` holds a role matching `description` on `date`.

        Bare roles match by head ("the prime minister", "the leader"); "former X" matches a
        role that ended by `date`, "then-X" a role held at any time.
        """
        if isinstance(actor, str):
            actor = self.get(actor)
            if actor is None:
                return False
        if not _sex_fits(actor, description):
            return False  # "the congressman" is no Nancy Pelosi
        toks = normalise_title(description).split()
        mode = "now"
        if toks and toks[0] in ("former", "ex", "then"):
            mode = "ever" if toks[0] == "then" else "former"
            toks = toks[1:]
        key = " ".join(toks)
        if not key:
            return False
        d = _query_date(date)
        for role in actor.roles:
            if key not in _role_title_set(role):
                continue
            if mode == "ever" or (mode == "now" and role.active(d)):
                return True
            if mode == "former" and role.end is not None and (d is None or role.end <= d):
                return True
        return False

    def first_name_gender(self, name: str) -> str | None:
        """The gender the registry's people with this full name's first name share, else the
        gender of that first name in the first-name list, if any."""
        words = name.split()
        return self.given_name_gender(words[0]) if len(words) >= 2 else None

    def given_name_gender(self, word: str) -> str | None:
        """The gender of a first name standing alone ("Natalia"), as first_name_gender."""
        first = word.lower()
        if first in self._first_gender or first in _NO_FIRST_NAMES:
            return self._first_gender.get(first)
        return self._name_genders.get(first)

    def knows_first_name(self, word: str) -> bool:
        """Is `word` the first name of people the registry knows, all of one gender?"""
        return word.lower() in self._first_gender

    def holds_word(self, actor: Actor, word: str, date: str | None) -> bool:
        """True if a role `actor` holds on `date` is headed by `word` ("secretary" for
        "secretary of state"): what "the secretary" can mean after the holder was named."""
        return any(_role_head(role.role) == word for role in actor.roles if role.active(date))

    def alias_index(self) -> dict[str, Actor]:
        """Normalised name/alias -> actor, for scanning text.

        Keys are lowercase, `normalise_name` form. Aliases shared by several actors are left
        out (see `ambiguous_aliases`); keys in COMMON_WORD_ALIASES need a capitalisation check.
        """
        return dict(self._index)

    def ambiguous_aliases(self) -> dict[str, tuple[Actor, ...]]:
        """Normalised aliases that several actors share, with the actors sharing them."""
        return dict(self._ambiguous)


# Titles in use in a man's and a woman's form; each names one sex only (but "ombudsman" is
# also a woman's title).
SEXED_TITLES = {f"{stem}{form}": sex for stem in ("congress", "spokes", "chair", "council",
                                                   "assembly", "business")
                for form, sex in (("man", "m"), ("woman", "f"))}


def _sex_fits(actor: Actor, description: str) -> bool:
    """"The congressman" is no woman, "the spokeswoman" no man."""
    head = description.lower().split()[-1] if description.split() else ""
    return actor.gender is None or SEXED_TITLES.get(head, actor.gender) == actor.gender


def load_first_names() -> dict[str, str]:
    """First name -> "m" or "f", from the 1990 US Census lists and news text (built by
    benchmarks/first_names.py)."""
    text = resources.files("stance").joinpath("resources/first_names.tsv").read_text("utf-8")
    return parse_first_names(text)


def parse_first_names(text: str, origin: str = "first_names.tsv") -> dict[str, str]:
    """The first_name/gender columns of a first-names TSV (comments and header skipped), with
    names lowercased; a malformed line raises RegistryError naming the line."""
    out = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith(("#", "first_name\t")):
            continue
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0].strip() or fields[1] not in ("m", "f"):
            raise RegistryError(f"{origin}: line {number}: expected a first name, a tab and "
                                f"'m' or 'f', got {line[:60]!r}")
        out[fields[0].strip().lower()] = fields[1]
    return out


def load(extra: Iterable[str | Path] = (), *, include_default: bool = True) -> ActorRegistry:
    """Shortcut for `ActorRegistry.load`."""
    return ActorRegistry.load(extra, include_default=include_default)

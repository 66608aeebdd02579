"""Tests for the actor registry (stance/actors.py, data/actors.toml)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stance.actors import (
    DEFAULT_PATH,
    Actor,
    ActorRegistry,
    RegistryError,
    Role,
    capital_of,
    country_of,
    normalise_name,
    normalise_title,
    parse_first_names,
)


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.load()


def name_of(actor: Actor | None) -> str | None:
    return actor.name if actor else None


# ------------------------------------------------------------------ default data


def test_default_file_loads_many_actors(reg):
    assert DEFAULT_PATH.name == "actors.toml"
    assert len(reg) >= 150
    assert len(list(reg)) == len(reg)
    kinds = {a.kind for a in reg}
    assert kinds == {"person", "organisation"}


def test_every_person_has_gender_and_organisations_have_none(reg):
    for actor in reg:
        if actor.kind == "person":
            assert actor.gender in ("m", "f"), actor.name
        else:
            assert actor.gender is None, actor.name


def test_default_roles_are_well_formed(reg):
    for actor in reg:
        for role in actor.roles:
            assert role.role == role.role.lower(), actor.name
            if role.start and role.end:
                assert role.start < role.end, actor.name


def test_no_two_holders_of_a_single_office_overlap(reg):
    """A national title must never resolve to two people on the same day."""
    for title, days in {
        "us president": ["2016-06-01", "2019-01-01", "2023-05-01", "2025-03-02"],
        "british prime minister": ["2016-07-13", "2019-07-24", "2022-09-06", "2024-07-05"],
        "ukrainian foreign minister": ["2020-03-04", "2024-09-05"],
        "us secretary of state": ["2018-04-26", "2021-01-26", "2025-01-21"],
        "nato secretary general": ["2014-10-01", "2024-10-01"],
    }.items():
        for day in days:
            assert reg.by_title(title, day) is not None, (title, day)


# ------------------------------------------------------------------ get()


@pytest.mark.parametrize(
    "mention",
    ["Zelensky", "Zelenskiy", "Zelenskyy", "ZELENSKY", "Volodymyr Zelensky", "Zelenskyy’s",
     "Zelensky's", "President Zelensky", "Ukrainian President Volodymyr Zelenskiy"],
)  # fmt: skip
def test_zelenskyy_spellings(reg, mention):
    assert name_of(reg.get(mention)) == "Volodymyr Zelenskyy"


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Mr Putin", "Vladimir Putin"),
        ("Mr. Putin's", "Vladimir Putin"),
        ("Putin", "Vladimir Putin"),
        ("Russian President Vladimir Putin", "Vladimir Putin"),
        ("Dr Tedros", "Tedros Adhanom Ghebreyesus"),
        ("Ms Leavitt", "Karoline Leavitt"),
        ("Sir Keir Starmer", "Keir Starmer"),
        ("Starmer", "Keir Starmer"),
        ("Karine Jean Pierre", "Karine Jean-Pierre"),
        ("Radoslaw Sikorski", "Radosław Sikorski"),
        ("Orban", "Viktor Orbán"),
        ("J.D. Vance", "JD Vance"),
        ("J. D. Vance", "JD Vance"),
        ("Robert O’Brien", "Robert O'Brien"),
        ("ursula von der leyen", "Ursula von der Leyen"),
        ("Gen. Mark Milley", "Mark Milley"),
        ("the Kremlin", "Kremlin"),
        ("Russia's Defence Ministry", "Ministry of Defence of Russia"),
        ("Russian Defense Ministry", "Ministry of Defence of Russia"),
        ("Ukraine's Ministry of Defence", "Ministry of Defence of Ukraine"),
        ("U.N.", "United Nations"),
        ("Trump", "Donald Trump"),
        ("Trump Jr.", "Donald Trump Jr."),
        ("Maria Vladimirovna Zakharova", "Maria Zakharova"),  # a patronymic (Fox News, 2022)
        ("Vladimir Vladimirovich Putin", "Vladimir Putin"),
    ],
)
def test_get_tolerates_variants(reg, mention, expected):
    assert name_of(reg.get(mention)) == expected


@pytest.mark.parametrize(
    "mention",
    ["", "Johnson", "Mr Johnson", "Kim", "Miller", "Li", "General Staff", "British Prime Minister",
     "Polish Foreign Ministry", "Somebody Unknown"],
)  # fmt: skip
def test_get_returns_none_for_unknown_or_ambiguous(reg, mention):
    assert reg.get(mention) is None


def test_title_prefix_never_resolves_to_an_organisation():
    reg = ActorRegistry.from_toml('[[actor]]\nname = "Treasury"\nkind = "organisation"\n')
    assert name_of(reg.get("Treasury")) == "Treasury"
    assert reg.get("UK Treasury") is None


# ------------------------------------------------------------------ by_title()


@pytest.mark.parametrize(
    ("description", "date", "expected"),
    [
        ("the US president", "2016-06-01", "Barack Obama"),
        ("US President", "2019-06-01", "Donald Trump"),
        ("American president", "2023-05-01", "Joe Biden"),
        ("the president of the United States", "2025-03-02", "Donald Trump"),
        ("the U.S. president", "2025-01-20", "Donald Trump"),
        ("the U.S. president", "2025-01-19", "Joe Biden"),
        ("Ukraine's president", "2025-03-02", "Volodymyr Zelenskyy"),
        ("the Ukrainian leader", "2025-03-02", "Volodymyr Zelenskyy"),
        ("Russian Foreign Minister", "2023-01-01", "Sergei Lavrov"),
        ("NATO Secretary General", "2023-01-01", "Jens Stoltenberg"),
        ("NATO Secretary-General", "2025-03-02", "Mark Rutte"),
        ("the European Commission president", "2025-03-02", "Ursula von der Leyen"),
        ("European Commission President", "2023-01-01", "Ursula von der Leyen"),
        ("British Prime Minister", "2025-03-02", "Keir Starmer"),
        ("British Prime Minister", "2022-03-01", "Boris Johnson"),
        ("the UK prime minister", "2022-10-01", "Liz Truss"),
        ("the Kremlin spokesman", "2023-01-01", "Dmitry Peskov"),
        ("Russia's foreign ministry spokeswoman", "2023-01-01", "Maria Zakharova"),
        ("the top U.S. diplomat", "2023-01-01", "Antony Blinken"),
        ("EU foreign policy chief", "2025-03-02", "Kaja Kallas"),
        ("the UN secretary-general", "2023-01-01", "António Guterres"),
        ("IAEA chief", "2023-01-01", "Rafael Grossi"),
        ("Ukraine's army chief", "2023-01-01", "Valerii Zaluzhnyi"),
        ("Ukrainian commander-in-chief", "2024-06-01", "Oleksandr Syrskyi"),
        ("Ukraine's defence minister", "2024-01-01", "Rustem Umerov"),
        ("Ukrainian Defense Minister", "2022-03-01", "Oleksii Reznikov"),
        ("Ukraine's foreign minister", "2024-10-01", "Andrii Sybiha"),
        ("German Chancellor", "2022-03-01", "Olaf Scholz"),
        ("German Chancellor", "2025-06-01", "Friedrich Merz"),
        ("French President", "2022-03-01", "Emmanuel Macron"),
        ("Wagner chief", "2023-06-01", "Yevgeny Prigozhin"),
        ("White House press secretary", "2023-01-01", "Karine Jean-Pierre"),
        ("US defense secretary", "2025-03-01", "Pete Hegseth"),
        ("Pentagon chief", "2023-01-01", "Lloyd Austin"),
        ("Russia's UN ambassador", "2023-01-01", "Vassily Nebenzia"),
        ("the US ambassador to the United Nations", "2023-01-01", "Linda Thomas-Greenfield"),
        ("deputy chairman of Russia's Security Council", "2023-01-01", "Dmitry Medvedev"),
        ("Ukraine's NSDC secretary", "2023-01-01", "Oleksiy Danilov"),
        ("the mayor of Kyiv", "2023-01-01", "Vitali Klitschko"),
        ("House Speaker", "2024-03-01", "Mike Johnson"),
        ("the pope", "2024-03-01", "Pope Francis"),
        ("Kremlin leader", "2023-01-01", "Vladimir Putin"),
        ("the Ukrainian president", "2022-02-24T06:00:00Z", "Volodymyr Zelenskyy"),
    ],
)
def test_by_title(reg, description, date, expected):
    assert name_of(reg.by_title(description, date)) == expected


@pytest.mark.parametrize(
    ("description", "date"),
    [
        ("the prime minister", "2025-03-02"),  # bare: context decides
        ("the president", "2025-03-02"),
        ("the foreign minister", "2023-01-01"),
        ("the leader", "2023-01-01"),
        ("the US president", None),  # several holders over time
        ("the US president", "not a date"),  # unparseable = unknown
        ("US special envoy", "2025-06-01"),  # Witkoff and Kellogg
        ("Wagner chief", "2023-09-01"),  # Prigozhin died 2023-08-23
        ("the pope", "2025-04-25"),  # sede vacante
        ("former US president", "2023-01-01"),
        ("then-US president", "2023-01-01"),
        ("a Kremlin spokesman", "2023-01-01"),
        ("Martian president", "2023-01-01"),
        ("", "2023-01-01"),
    ],
)
def test_by_title_none(reg, description, date):
    assert reg.by_title(description, date) is None


# ------------------------------------------------------------------ holds() and titles_on()


def test_holds_bare_roles(reg):
    starmer = reg.get("Keir Starmer")
    assert reg.holds(starmer, "the prime minister", "2025-03-02")
    assert reg.holds(starmer, "the British prime minister", "2025-03-02")
    assert reg.holds(starmer, "the leader", "2025-03-02")
    assert reg.holds(starmer, "the British leader", "2025-03-02")
    assert not reg.holds(starmer, "the prime minister", "2023-01-01")
    assert not reg.holds(starmer, "the president", "2025-03-02")
    assert reg.holds("Keir Starmer", "the prime minister", "2025-03-02")
    assert not reg.holds("Nobody Known", "the prime minister", "2025-03-02")


def test_holds_former_and_then(reg):
    johnson = reg.get("Boris Johnson")
    assert not reg.holds(johnson, "the prime minister", "2025-03-02")
    assert reg.holds(johnson, "the former prime minister", "2025-03-02")
    assert reg.holds(johnson, "former British prime minister", "2025-03-02")
    assert not reg.holds(johnson, "the former prime minister", "2021-01-01")
    assert reg.holds(johnson, "then-foreign secretary", "2025-03-02")


def test_holds_ukrainian_leader(reg):
    zelenskyy = reg.get("Zelensky")
    assert reg.holds(zelenskyy, "the Ukrainian leader", "2025-03-02")
    assert not reg.holds(zelenskyy, "the Ukrainian leader", "2018-01-01")
    assert not reg.holds(reg.get("Denys Shmyhal"), "the Ukrainian leader", "2023-01-01")


def test_titles_on(reg):
    titles = reg.get("Volodymyr Zelenskyy").titles_on("2025-03-02")
    for t in ["president of ukraine", "ukrainian president", "ukraine president",
              "ukrainian leader", "president"]:  # fmt: skip
        assert t in titles
    assert titles.index("ukrainian president") < titles.index("president")
    assert reg.get("Volodymyr Zelenskyy").titles_on("2018-01-01") == []


def test_role_active_bounds():
    role = Role("president", "United States", "2021-01-20", "2025-01-20")
    assert role.active(None)
    assert role.active("2021-01-20")
    assert not role.active("2025-01-20")  # end is exclusive
    assert not role.active("2021-01-19")
    month = Role("spokesperson", "State Department", "2023-06", "2025-01-20")
    assert not month.active("2023-05-31")
    assert month.active("2023-06-01")


# ------------------------------------------------------------------ aliases


def test_alias_index_excludes_ambiguous_surnames(reg):
    index = reg.alias_index()
    assert index["zelensky"].name == "Volodymyr Zelenskyy"
    assert index["boris johnson"].name == "Boris Johnson"
    assert index["mike johnson"].name == "Mike Johnson"
    assert "johnson" not in index
    shared = {a.name for a in reg.ambiguous_aliases()["johnson"]}
    assert {"Boris Johnson", "Mike Johnson"} <= shared
    assert {a.name for a in reg.candidates("Johnson")} == shared
    index["zelensky"] = None  # a copy: callers cannot corrupt the registry
    assert reg.get("Zelensky") is not None


def test_duplicate_alias_in_user_file_is_ambiguous_not_an_error():
    reg = ActorRegistry.from_toml(
        """
        [[actor]]
        name = "Anna Smith"
        aliases = ["Smith", "A. Smith"]
        gender = "f"

        [[actor]]
        name = "Bob Smith"
        aliases = ["Smith", "Smith"]
        gender = "m"
        """
    )
    assert len(reg) == 2
    assert reg.get("Smith") is None
    assert "smith" not in reg.alias_index()
    assert name_of(reg.get("A. Smith")) == "Anna Smith"
    assert reg.get("Bob Smith").aliases == ("Smith",)


def test_canonical_name_beats_another_actors_alias():
    reg = ActorRegistry.from_toml(
        """
        [[actor]]
        name = "Kremlin"
        kind = "organisation"

        [[actor]]
        name = "Vladimir Putin"
        aliases = ["Kremlin"]
        """
    )
    assert name_of(reg.get("the Kremlin")) == "Kremlin"
    assert reg.alias_index()["kremlin"].name == "Kremlin"


# ------------------------------------------------------------------ user files and errors


def test_user_file_adds_and_overrides(tmp_path, reg):
    user = tmp_path / "mine.toml"
    user.write_text(
        """
        [[actor]]
        name = "Peter Zalmayev"
        aliases = ["Zalmayev"]
        gender = "m"
        country = "Ukraine"
        affiliation = "Eurasia Democracy Initiative"

        [[actor]]
        name = "keir starmer"
        aliases = ["Keir"]
        gender = "m"
        roles = [{ role = "prime minister", of = "UK", from = "2024-07-05" }]
        """,
        encoding="utf-8",
    )
    merged = ActorRegistry.load([user])
    assert len(merged) == len(reg) + 1
    assert name_of(merged.get("Zalmayev")) == "Peter Zalmayev"
    starmer = merged.get("Keir")
    assert starmer.name == "keir starmer" and starmer.affiliation is None
    assert merged.get("Sir Keir Starmer") is starmer  # "Sir" dropped, canonical name matches
    assert merged.get("Starmer") is None  # old aliases went with the old entry
    assert merged.by_title("British prime minister", "2025-03-02") is starmer
    only = ActorRegistry.load([str(user)], include_default=False)
    assert len(only) == 2


def test_load_accepts_a_single_path(tmp_path):
    user = tmp_path / "one.toml"
    user.write_text('[[actor]]\nname = "Solo Person"\n', encoding="utf-8")
    assert len(ActorRegistry.load(user, include_default=False)) == 1


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('[[actor]]\nname = "X"\naliases = ["a",\n', "malformed TOML"),
        ('[[actor]]\nname = "A"\n\n[[actor]]\naliases = ["b"]\n', ":4: actor #2: missing 'name'"),
        ('[[actor]]\nname = "A"\nroles = [{ role = "president", from = "2022-02-30" }]\n',
         "actor 'A': role 1 (president): bad date"),
        ('[[actor]]\nname = "A"\nroles = [{ role = "president", from = "24/02/2022" }]\n',
         "bad date"),
        ('[[actor]]\nname = "A"\ngender = "male"\n', "unknown gender 'male'"),
        ('[[actor]]\nname = "A"\nkind = "group"\n', "unknown kind"),
        ('[[actor]]\nname = "A"\nalias = ["x"]\n', "unknown key(s) alias"),
        ('[[actors]]\nname = "A"\n', "unknown top-level key(s) actors"),
        ('[[actor]]\nname = "A"\n[[actor]]\nname = "a"\n', "duplicate"),
        ('[[actor]]\nname = "A"\nroles = [{ role = "x", from = "2022", to = "2021" }]\n',
         "is not after"),
        ('[[actor]]\nname = "A"\nroles = [{ of = "Ukraine" }]\n', "missing 'role'"),
    ],
)  # fmt: skip
def test_bad_files_raise_registry_error_naming_the_file(tmp_path, text, fragment):
    bad = tmp_path / "broken-actors.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        ActorRegistry.load([bad])
    message = str(err.value)
    assert "broken-actors.toml" in message
    assert fragment in message
    assert "\n" not in message


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(RegistryError, match="nope.toml"):
        ActorRegistry.load([tmp_path / "nope.toml"])
    latin = tmp_path / "latin.toml"
    latin.write_bytes('[[actor]]\nname = "Orbán"\n'.encode("latin-1"))
    with pytest.raises(RegistryError, match="latin.toml: not UTF-8"):
        ActorRegistry.load([latin], include_default=False)


def test_registry_error_is_a_value_error():
    with pytest.raises(ValueError, match="<string>"):
        ActorRegistry.from_toml("not toml at all = = =")


def test_native_toml_dates_are_accepted():
    reg = ActorRegistry.from_toml(
        '[[actor]]\nname = "A"\n'
        'roles = [{ role = "president", of = "Ukraine", from = 2022-02-24 }]\n'
    )
    assert reg.get("A").roles[0].start == "2022-02-24"


# ------------------------------------------------------------------ normalisation


def test_normalisation():
    assert normalise_title("the U.S. President") == "us president"
    assert normalise_title("Ukraine’s president") == "ukraine president"
    assert normalise_title("NATO Secretary-General") == "nato secretary general"
    assert normalise_title("Defense Secretary") == "defence secretary"
    assert normalise_name("Mr. Zelenskyy’s") == "mr zelenskyy"
    assert normalise_name("Radosław Sikorski") == "radoslaw sikorski"
    assert normalise_name("Jean-Pierre") == normalise_name("Jean Pierre")


@given(st.text(max_size=40))
def test_lookups_never_raise(text):
    reg = _SMALL
    normalise_name(text)
    assert normalise_title(normalise_title(text)) == normalise_title(text)
    reg.get(text)
    reg.by_title(text, "2023-01-01")
    reg.by_title("the US president", text)


_SMALL = ActorRegistry.from_toml(
    '[[actor]]\nname = "Joe Biden"\naliases = ["Biden"]\n'
    'roles = [{ role = "president", of = "United States", from = "2021-01-20" }]\n'
)


def test_first_name_gender_is_shared_by_the_registrys_people():
    registry = ActorRegistry.load()
    assert registry.first_name_gender("Mark Levin") == "m"      # Mark Rutte, Mark Milley, ...
    assert registry.first_name_gender("Ursula Smith") == "f"
    assert registry.first_name_gender("Kim Jones") is None      # "Kim" is a surname in Kim Jong Un
    assert registry.first_name_gender("Levin") is None          # one word: no first name


def test_first_names_beyond_the_registry_come_from_the_first_name_list():
    """People the registry does not know get their first name's gender from
    resources/first_names.tsv (census lists and news text); a registry from TOML alone has
    no such list, and the registry's surnames that stand first ("Kim") stay genderless."""
    registry = ActorRegistry.load()
    assert registry.first_name_gender("Pamela Falk") == "f"          # census
    assert registry.first_name_gender("Lawrence Robbins") == "m"     # census
    assert registry.first_name_gender("Svitlana Kovalenko") == "f"   # news text only
    assert registry.first_name_gender("Kim Jones") is None
    assert _SMALL.first_name_gender("Pamela Falk") is None


def test_parse_first_names_skips_comments_and_the_header():
    text = "# built by ...\nfirst_name\tgender\tsource\tevidence\nPamela\tf\tcensus\t1.00\n"
    assert parse_first_names(text) == {"pamela": "f"}


@pytest.mark.parametrize("line", ["pamela", "pamela\tx\tcensus", "\tf"])
def test_parse_first_names_names_the_bad_line(line):
    with pytest.raises(RegistryError, match=r"first_names\.tsv: line 2: "):
        parse_first_names("first_name\tgender\n" + line)


def test_holds_word_is_the_office_a_bare_description_names():
    """"the secretary" after Blinken (secretary of state); "the president" is no vice
    president's."""
    registry = ActorRegistry.load()
    assert registry.holds_word(registry.get("Antony Blinken"), "secretary", "2022-03-05")
    assert not registry.holds_word(registry.get("Kamala Harris"), "president", "2022-03-05")
    assert not registry.holds_word(registry.get("Antony Blinken"), "secretary", "2026-01-01")


@pytest.mark.parametrize("word, country", [
    ("U.S.", "United States"), ("Russian", "Russia"), ("Ukraine's", "Ukraine"),
    ("British", "United Kingdom"), ("Polish", "Poland"),
    ("NATO", None), ("EU", None), ("Kyiv", None), ("Frank", None)])
def test_a_country_by_its_name_or_adjective(word, country):
    """An embassy's country: a name, short name or nationality; no alliance, city or name."""
    assert country_of(word) == country


def test_a_capital_stands_for_its_country():
    assert capital_of("United States") == "Washington"
    assert capital_of("Ukraine") == "Kyiv"
    assert capital_of("Estonia") is None  # none that stands for the country in titles

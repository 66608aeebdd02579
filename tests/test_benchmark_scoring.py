"""Tests for the PolNeAR loader and the attribution benchmark's matching and scoring."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from stance.types import Statement

REPO = Path(__file__).resolve().parents[1]
POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"

# benchmarks/ is not a package (pysbd ships a top-level "benchmarks" that would shadow it):
# put the folder on sys.path, as running a script there does, and load the files by path.
sys.path.insert(0, str(REPO / "benchmarks"))


def _load(name: str, filename: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / filename)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


polnear = _load("polnear", "polnear.py")
bench = _load("benchmark_attribution", "attribution.py")
GoldAttribution = polnear.GoldAttribution

needs_data = pytest.mark.skipif(
    not (POLNEAR / "dev").is_dir(), reason="PolNeAR is not in ../shared/data"
)


def statement(start: int, end: int, kind: str = "direct", speaker: str | None = None, text=""):
    """A system statement over [start, end) of ``text``."""
    return Statement("a", kind, text[start:end], start, end, speaker, None, "said")


# --- span matching ------------------------------------------------------------------------


def test_overlap_of_exactly_half_of_each_side_matches():
    assert bench.is_match(((0, 10),), ((5, 15),))  # 5 of 10 on both sides


def test_overlap_just_under_half_does_not_match():
    assert not bench.is_match(((0, 10),), ((5, 16),))  # 5 of 11 on the gold side
    assert not bench.is_match(((0, 11),), ((6, 16),))  # 5 of 11 on the system side


def test_disjoint_and_empty_spans_do_not_match():
    assert not bench.is_match(((0, 5),), ((5, 10),))
    assert not bench.is_match((), ((0, 4),))


def test_discontinuous_gold_counts_the_total_length_of_its_parts():
    gold = ((0, 4), (10, 14))  # 8 characters
    assert bench.overlap(((0, 14),), gold) == 8
    assert bench.is_match(((0, 4),), gold)  # 4 of 8
    assert bench.is_match(((0, 14),), gold)  # 8 of 14 system characters
    assert not bench.is_match(((0, 3),), gold)  # 3 of 8
    assert not bench.is_match(((0, 20),), gold)  # 8 of 20


def test_greedy_matching_is_one_to_one_and_prefers_the_larger_overlap():
    gold = [((0, 10),)]
    system = [((0, 6),), ((0, 10),)]  # both match the one gold span
    assert bench.match(system, gold) == [(1, 0)]


def test_one_system_span_goes_to_the_gold_span_it_overlaps_most():
    system = [((0, 10),), ((10, 20),)]
    gold = [((2, 12),), ((0, 11),)]
    # (0,10) overlaps gold 1 by 10 and gold 0 by 8: it takes gold 1; (10,20) finds no match
    # with gold 0 (2 of 10), so only one pair.
    assert bench.match(system, gold) == [(0, 1)]


def test_matching_fills_every_pair_when_each_has_its_own_partner():
    system = [((20, 30),), ((0, 10),)]
    gold = [((0, 9),), ((21, 30),)]
    assert bench.match(system, gold) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('"Hello world,"', "Hello world,"),
        ("“Hello world.” ", "Hello world."),
        ("''Hello world,''", "Hello world,"),
        ("  ‘Hello’ ", "Hello"),
        ('" "', ""),
    ],
)
def test_quotation_marks_and_whitespace_are_stripped_at_the_edges(raw, expected):
    a, b = bench.strip_span(raw, 0, len(raw))
    assert raw[a:b] == expected


def test_quote_marks_at_the_edges_do_not_change_a_match():
    text = 'He said: "We will win this election," and left.'
    start = text.index('"')
    end = text.index(",") + 2  # the gold span includes both quotation marks
    gold = bench.strip_parts(text, [(start, end)])
    system = ((start + 1, end - 1),)
    assert bench.overlap(system, gold) == bench.length(gold) == bench.length(system)


def test_an_interrupted_quotation_becomes_two_gold_statements():
    text = "“We will win,” she said. “And then we will govern.”"
    first = (0, text.index(" she"))
    second = (text.index("“And"), len(text))
    gold = GoldAttribution((first, second), ((15, 18),), "she", "said", "direct")
    pieces = bench.gold_statements(text, [gold])
    assert [text[p.parts[0][0] : p.parts[-1][1]] for p in pieces] == [
        "We will win,",
        "And then we will govern.",
    ]
    assert len(bench.gold_statements(text, [gold], whole=True)) == 1


def test_parts_split_only_by_punctuation_stay_one_statement():
    text = '"One thing . . . and another."'
    parts = ((0, 11), (12, 13), (14, 30))
    assert bench.split_interrupted(text, parts) == [parts]


# --- speakers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Trump", ["trump"]),
        ("Hillary Clinton", ["hillary", "clinton"]),
        ("The New York Post", ["new", "york", "post"]),
        ("Sen. Tim Kaine", ["tim", "kaine"]),
        ("Sanders campaign manager Jeff Weaver", ["jeff", "weaver"]),
        ("Clinton’s running mate, Sen. Tim Kaine", ["tim", "kaine"]),
        ("Mr. Morgan of the Sierra Club", ["morgan"]),
        ("Brian Fallon, the campaign’s press secretary,", ["brian", "fallon"]),
        ("Trump's", ["trump"]),
        ("he", []),
        ("a source", []),
        ("officials", []),
        ("The Democratic nominee", []),
        ("Clinton aides", []),
        # a segment after a preposition only modifies the one before (PolNeAR train sources)
        ("a longtime adviser to Trump", []),
        ("the former top aide to President George W. Bush", []),
        ("a Wednesday editorial in The Des Moines Register", []),
        ("another leading Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown",
         ["andrew", "j", "pincus"]),
        ("a spokesman for Bernie Sanders", ["bernie", "sanders"]),  # a voice: its principal
    ],
)
def test_head_name_of_a_gold_source(source, name):
    assert bench.head_name(source) == name


def test_a_capitalised_common_noun_at_the_start_is_not_a_name():
    assert bench.head_name("Officials", frozenset({"officials"})) == []


@pytest.mark.parametrize(
    ("system", "gold", "same"),
    [
        ("Donald Trump", "Mr. Trump", True),
        ("Hillary Clinton", "Clinton", True),
        ("Hillary Clinton", "Hillary Rodham Clinton", True),
        ("Tim Kaine", "Sen. Tim Kaine", True),
        ("The New York Post", "The New York Post", True),
        ("Bill Clinton", "Hillary Clinton", False),
        ("Nikolai Patrushev", "Nikolay Patrushev", True),  # a transliteration
        ("Recep Tayyip Erdoğan", "Erdogan", True),  # an accent
        ("Bernie Sanders", "Sanders campaign manager Jeff Weaver", False),
        ("Donald Trump", "Hillary Clinton", False),
        (None, "Trump", False),
        ("Trump", "he", False),
    ],
)
def test_same_entity(system, gold, same):
    assert bench.same_entity(system, bench.head_name(gold)) is same


def test_pronoun_resolves_to_the_nearest_preceding_named_source():
    named = [(0, ["trump"]), (50, ["clinton"]), (200, ["kaine"])]
    assert bench.resolve_pronoun(120, named) == ["clinton"]
    assert bench.resolve_pronoun(0, named) == []


# --- scoring with a fake extractor --------------------------------------------------------

TEXT = (
    "“We will win,” Trump said. “Believe me.”\n"
    "Clinton said the plan was “a disaster” for workers.\n"
    "She said she would fight for families.\n"
    "“Nobody asked,” a spokesman said.\n"
)


def _span(text: str, sub: str) -> tuple[int, int]:
    start = text.index(sub)
    return start, start + len(sub)


def _gold() -> list:
    q1 = _span(TEXT, "“We will win,”")
    q2 = _span(TEXT, "“Believe me.”")
    partial = _span(TEXT, "the plan was “a disaster” for workers")
    indirect = _span(TEXT, "she would fight for families")
    anon = _span(TEXT, "“Nobody asked,”")
    return [
        GoldAttribution((q1, q2), (_span(TEXT, "Trump"),), "Trump", "said", "direct"),
        GoldAttribution((partial,), (_span(TEXT, "Clinton"),), "Clinton", "said", "partial"),
        GoldAttribution((indirect,), (_span(TEXT, "She"),), "She", "said", "indirect"),
        GoldAttribution((anon,), (_span(TEXT, "a spokesman"),), "a spokesman", "said", "direct"),
    ]


def _fake_extract(article):
    """Finds both halves of Trump's quote (one with the wrong speaker), Clinton's partial
    quote, the indirect statement, and one false positive; misses the spokesman."""
    t = article.text
    found = [
        (_span(t, "We will win,"), "direct", "Donald Trump"),
        (_span(t, "Believe me."), "direct", "Hillary Clinton"),
        (_span(t, "the plan was “a disaster” for workers"), "partial", "Hillary Clinton"),
        (_span(t, "she would fight for families"), "indirect", "Hillary Clinton"),
        (_span(t, "Clinton said the plan"), "direct", None),
    ]
    return [statement(a, b, kind, who, t) for (a, b), kind, who in found]


def test_evaluate_scores_a_fake_extractor():
    articles = [("a", TEXT, "2016-09-01", _gold())]
    result = bench.evaluate(articles, _fake_extract, "dev")
    direct = result.rows["direct"].summary()
    assert (direct["gold"], direct["system"], direct["tp"]) == (3, 3, 2)
    assert direct["precision"] == pytest.approx(2 / 3)
    assert direct["recall"] == pytest.approx(2 / 3)
    assert (direct["named_ok"], direct["named_n"]) == (1, 2)  # "a spokesman" is no name
    quoted = result.rows["quoted (direct+partial)"].summary()
    assert (quoted["gold"], quoted["system"], quoted["tp"]) == (4, 4, 3)
    indirect = result.rows["indirect"].summary()
    assert (indirect["tp"], indirect["precision"], indirect["recall"]) == (1, 1.0, 1.0)
    # "She" resolves to the nearest named gold source before it, Clinton
    assert (indirect["pronoun_ok"], indirect["pronoun_n"]) == (1, 1)
    assert result.gold_attributions["direct"] == 2
    assert result.gold_statements["direct"] == 3
    assert result.system["direct"] == 3
    categories = {e.category for e in result.errors}
    assert "missed: no overlapping statement (curly quotes)" in categories
    assert "speaker wrong (gold source is a name)" in categories
    assert any(c.startswith("false positive") for c in categories)


def test_a_crashing_extractor_is_counted_not_fatal():
    def boom(article):
        raise RuntimeError("bad article")

    result = bench.evaluate([("a", TEXT, None, _gold())], boom, "dev")
    assert result.crashes == ["a: RuntimeError: bad article"]
    assert result.rows["direct"].summary()["recall"] == 0.0


def test_markdown_and_json_carry_the_rows():
    result = bench.evaluate([("a", TEXT, None, _gold())], _fake_extract, "dev")
    md = bench.render_markdown(result, errors=1)
    assert "| direct | 3 | 3 | 2 | 66.7 | 66.7 | 66.7 |" in md
    assert "Most frequent errors" in md
    data = bench.to_json(result)
    assert data["rows"]["indirect"]["f1"] == 1.0
    assert data["articles"] == 1


# --- the loader ---------------------------------------------------------------------------


def test_default_root_is_next_to_the_repository_not_the_cwd():
    assert polnear.DEFAULT_ROOT == REPO.parent / "shared" / "data" / "polnear"
    assert bench.DEFAULT_ROOT == polnear.DEFAULT_ROOT


def test_parse_ann_reads_multiline_and_discontinuous_spans():
    raw = (
        "T1\tSource 0 5\tTrump\n"
        "T2\tCue 6 10\tsaid\n"
        "T3\tContent 11 20;30 40\tfirst bit\n\nsecond\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
        "#1\tAnnotatorNotes T3\ta note\n"
    )
    ann = polnear.parse_ann(raw)
    assert ann.spans["T3"].spans == ((11, 20), (30, 40))
    assert ann.spans["T3"].text == "first bit\n\nsecond"
    assert ann.events == [{"Attribution": "T2", "Content": "T3", "Cue": "T2", "Source": "T1"}]


def _write_corpus(root: Path) -> str:
    text = "“We will win,” Trump said. Officials said it was over.\n"
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir(parents=True)
    (root / "dev" / "text" / "art.txt").write_text(text, encoding="utf-8")
    good = (
        "T1\tSource 15 20\tTrump\nT2\tCue 21 25\tsaid\nT3\tContent 0 14\t“We will win,”\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
        "T4\tSource 27 36\tOfficials\nT5\tCue 37 41\tsaid\nT6\tContent 42 53\tit was over\n"
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n"
        "T7\tDiscard 0 3\t“We\n"
    )
    (root / "dev" / "attributions" / "art_4b22.ann").write_text(good, encoding="utf-8")
    wrong = "T1\tSource 0 5\tWRONG\nT3\tContent 0 14\tx\nE1\tContent:T3 Source:T1\n"
    (root / "dev" / "attributions" / "art_6b86.ann").write_text(wrong, encoding="utf-8")
    return text


def test_load_split_uses_the_first_annotator_and_classifies(tmp_path):
    text = _write_corpus(tmp_path)
    [(name, got_text, golds)] = polnear.load_split("dev", tmp_path)
    assert (name, got_text) == ("art", text)
    assert [(g.kind, g.source_text, g.cue_text) for g in golds] == [
        ("direct", "Trump", "said"),
        ("indirect", "Officials", "said"),
    ]
    assert polnear.span_mismatches("dev", tmp_path) == []


def test_load_split_warns_when_a_span_does_not_match_the_text(tmp_path):
    _write_corpus(tmp_path)
    path = tmp_path / "dev" / "attributions" / "art_4b22.ann"
    path.write_text(path.read_text(encoding="utf-8").replace("\tTrump", "\tTramp"), "utf-8")
    with pytest.warns(UserWarning, match="1 spans differ"):
        polnear.load_split("dev", tmp_path)
    assert polnear.span_mismatches("dev", tmp_path) == [("art", "T1")]


def _kind(text: str, content: str, source: str = "") -> str:
    start = text.index(content)
    exclude = (_span(text, source),) if source else ()
    regions = polnear.quoted_regions(text)
    return polnear.classify(text, ((start, start + len(content)),), regions, exclude)


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        ("“We will win,” Trump said.", "“We will win,”", "direct"),
        ("“We will win,” Trump said.", "We will win,", "direct"),  # marks outside the span
        ("Trump said, ''We will win.''", "''We will win.''", "direct"),  # NYT style
        ('Trump said: "We will win."', '"We will win."', "direct"),
        ("Trump said he would “win big” in Ohio.", "he would “win big” in Ohio", "partial"),
        ("Trump called it “a disaster.”", "“a disaster.”", "partial"),  # fragment
        ("Trump said he would win.", "he would win", "indirect"),
        ("Trump’s team said it would win.", "it would win", "indirect"),  # apostrophe
    ],
)
def test_classify(text, content, kind):
    assert _kind(text, content) == kind


def test_classify_ignores_the_attribution_inside_a_contiguous_content():
    text = "“As a guardian,” he wrote, “we are rooting for you.”"
    assert _kind(text, text, source="he") != "direct"  # "wrote" is unquoted and not excluded
    start = text.index("he wrote")
    exclude = ((start, start + 2), (start + 3, start + 8))
    regions = polnear.quoted_regions(text)
    assert polnear.classify(text, ((0, len(text)),), regions, exclude) == "direct"


def test_a_quotation_open_at_a_paragraph_break_closes_there():
    text = '"First paragraph of a long quote.\n"Second paragraph," he said.'
    regions = polnear.quoted_regions(text)
    assert regions[0] == (0, text.index("\n"))
    assert text[regions[1][0] : regions[1][1]] == '"Second paragraph,"'


@needs_data
def test_load_split_dev_reads_every_article_with_spans_that_match_the_text():
    data = polnear.load_split("dev")
    assert len(data) >= 84
    assert polnear.span_mismatches("dev") == []
    kinds = {g.kind for _, _, golds in data for g in golds}
    assert kinds == {"direct", "partial", "indirect"}
    for name, text, golds in data[:10]:
        raw = (POLNEAR / "dev" / "text" / f"{name}.txt").read_text(encoding="utf-8")
        assert text == raw
        for g in golds:
            assert all(0 <= a < b <= len(text) for a, b in g.content)
            if g.source:
                assert polnear.span_text(text, g.source) == g.source_text


@needs_data
def test_a_gold_oracle_scores_perfectly_on_real_articles():
    articles = bench.load_articles("dev", limit=5)
    assert all(date for _, _, date, _ in articles)

    def oracle(article):
        [golds] = [g for name, _, _, g in articles if name == article.id]
        pieces = bench.gold_statements(article.text, golds)
        return [
            Statement(
                article.id, p.kind, "", p.parts[0][0], p.parts[0][1], p.source_text, None, None
            )
            for p in pieces
            if len(p.parts) == 1
        ]

    result = bench.evaluate(articles, oracle, "dev")
    for row in result.rows.values():
        s = row.summary()
        assert s["precision"] == 1.0
        assert s["tp"] == s["system"] > 0
        assert s["named_speaker_accuracy"] is None or s["named_speaker_accuracy"] > 0.9


first_names = _load("first_names", "first_names.py")


def test_first_name_votes_read_honorifics_and_pronouns():
    """An article's "Ms. Falk", and "He" after the one person a sentence names, are votes; a
    title before a name is no first name, and the last sentence votes too."""
    text = ("Pamela Falk asked the ambassador. Ms. Falk then asked again. "
            "Chancellor Olaf Scholz arrived in Kyiv. He spoke briefly. "
            "The talks went well, Maria Zakharova wrote, she added.")
    assert first_names.votes(text) == [("Maria", "f"), ("Olaf", "m"), ("Pamela", "f")]


def test_census_first_names_leave_out_surnames():
    """The census lists hold surnames too ("Li", "Tran"); names more common as surnames
    ("King", "Taylor") get no gender either."""
    pytest.importorskip("names")
    genders = first_names.census(first_names.census_frequencies())
    assert genders["pamela"][0] == "f" and genders["lawrence"][0] == "m"
    assert not {"li", "tran", "king", "taylor"} & set(genders)


@pytest.mark.skipif(not first_names.CORPUS.is_file() or not (POLNEAR / "train").is_dir(),
                    reason="the corpus or PolNeAR is not in ../shared/data")
def test_first_names_file_is_what_the_script_builds():
    pytest.importorskip("names")
    rows = first_names.build(first_names.texts())
    shipped = (REPO / "stance" / "resources" / "first_names.tsv").read_text("utf-8")
    body = [line for line in shipped.splitlines() if not line.startswith("#")][1:]
    assert body == ["\t".join(row) for row in rows]


common_words = _load("common_words", "common_words.py")


def test_common_words_are_rarely_capitalised_inside_a_sentence():
    """A word the texts write in lower case often and capitalise inside a sentence rarely is
    common ("fighting"); one that is often a name inside a sentence is not ("Price")."""
    text = ("Heavy fighting went on. " * 25 + "Ned Price said so, and the price rose. " * 25)
    words = common_words.build([text])
    assert "fighting" in words and "price" not in words and "heavy" not in words


@pytest.mark.skipif(not first_names.CORPUS.is_file() or not (POLNEAR / "train").is_dir(),
                    reason="the corpus or PolNeAR is not in ../shared/data")
def test_common_words_file_is_what_the_script_builds():
    words = common_words.build(first_names.texts())
    shipped = (REPO / "stance" / "resources" / "common_words.txt").read_text("utf-8")
    assert [w for w in shipped.splitlines() if not w.startswith("#")] == words

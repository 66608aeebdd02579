"""From an article to its statements: quotations and indirect speech with resolved speakers."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from stance.actors import ActorRegistry, capital_of, country_of
from stance.attribution.cues import (
    CLAUSE_JOIN,
    DASH_NAME,
    DOCUMENTS,
    FULL_NAME,
    OFFICE_TO,
    PARTICIPLE,
    PRONOUNS,
    SHARE,
    BoundPatterns,
    Cue,
    CuePatterns,
    dash_line_cue,
    dash_name_cue,
    find_left_cue,
    find_right_cue,
    post_quote_cue,
    subject_before,
)
from stance.attribution.indirect import AUXILIARIES, find_indirect
from stance.attribution.lexicon import Lexicon, load_lexicon
from stance.attribution.mentions import (
    ABBREVIATED_TITLES,
    COUNTRY_SHORT,
    GROUP_NOUNS,
    HYPHENED_MODIFIER,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_ROLES,
    POSSESSIVE,
    ROLE_WORDS,
    TITLE_WORDS,
    ArticleMentions,
    Entity,
    Linker,
    Mention,
    find_mentions,
    load_common_words,
    load_places,
    role_gap,
    unnamed_phrase,
)
from stance.attribution.quotes import Quote, find_quotes
from stance.attribution.sentences import sentence_spans
from stance.types import Article, Statement

# One-for-one swaps of marks some wires type for others: an acute accent for an apostrophe
# ("Yoon´s deputy"), a double prime for a quotation mark ('″I don’t know,” he told').
APOSTROPHES = str.maketrans({"´": "’", "″": "\""})
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
# The rest of a list of names that makes a subject joint: ", European Union and United
# Kingdom", " and Vance".
_CAP = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*"
# (then a verb, not a noun of an appositive: "Hugh Williamson, Europe and Central Asia director
# at the charity, said")
JOINT_SUBJECT = re.compile(
    rf"(?:\s*,\s*{_CAP})*,?\s+(?:and|&)\s+(?P<last>{_CAP})(?=\s+(?:[a-z]+(?:ed|s|ing)|have|"
    r"had|are|were|will|would|also|both|jointly|together|said|told|wrote|spoke|met|made|took|"
    r"gave|put|did|do|can|could|should|must|may|might|agree|warn|say|urge|call)\b)")
# Heads of a description of a news medium ("the paper", "the outlet").
MEDIA_HEADS = frozenset("paper newspaper outlet broadcaster channel website daily tabloid".split())
# What may stand between "the" and such a head (not "the Young Theater website", "the
# Russian state-run media outlet").
MEDIA_MODIFIERS = frozenset("us u.s. american british uk u.k. news".split())
# People whom a "they" after an organisation's statement may stand for instead ("the BBC
# asked military experts ... They agreed").
PEOPLE_PLURAL = re.compile(r"\b(?:" + "|".join(sorted(GROUP_NOUNS | {
    "people", "men", "women", "children", "staff"})) + r")\b")
# An absolute clause: a role after a comma, its holder's name, then the participle.
ABSOLUTE = re.compile(r",\s+(?:the|a|an)\s+[^,;:“”\"]{2,80},\s+"
                      r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s*$")
# The rest of an appositive that a list's last name only began: "Hugh Williamson, Europe and
# Central Asia programs director at the charity, said".
APPOSITIVE_END = re.compile(r"\s+[a-z][^,.;:“”\"]{0,60},\s+(?:\w+\s+)?(?:said|says|told|"
                            r"added|wrote|warned|noted|argued|explained|commented|stated|called)\b")
# What may come before a "they" that opens its sentence: nothing, or "In a statement,", "In a
# follow up tweet".
THEY_OPENS = re.compile(r"[\s“”\"'‘’]*(?:In\s+(?:a|an|the|its|their)\s+[\w\s-]{1,40},?\s*)?")
NOT_A_STATEMENT = re.compile(
    r"(?:so-called|dubbed|nicknamed|titled|entitled|known\s+as|the\s+words?|the\s+terms?|"
    r"the\s+phrase|hashtag|slogan|headlined|code-?named|a\s+film|the\s+film|the\s+book|"
    r"the\s+song|the\s+show|the\s+series)\s*$",
    re.I,
)
OPENING_SUBJECT = re.compile(
    r"(?:[^,.;“”\"]{0,60},\s+)?(he|she|[Tt]he\s+(?:[\w’'.-]+\s+){0,3}?(?:leader|president|"
    r"minister|chancellor|secretary|spokesman|spokeswoman|spokesperson|ministry|kremlin|"
    r"premier|envoy|ambassador|official|commander|general))\b",
    re.I,
)
# "a spokesman for X", "a report by X" (the documents of cues.DOCUMENTS; "communiqués" too),
# "The website of the State Duma".
VOICE = re.compile(r"\b(?:(?:spokes\w*|representatives?|press\s+secretary|website|"
                   r"channel)\s+(?:for|of|from)|(?:" +
                   "|".join(sorted(w for w in DOCUMENTS if not w.startswith("communiqu"))) +
                   r"|communiqu\w+)\s+(?:for|of|by|from))\b")
REPORTING = re.compile(r"\b(?:said|says|told|tells|added|adds|warned|warns|argued|argues|"
                       r"claimed|claims|insisted|insists|noted|notes|stated|states|believes|"
                       r"thinks|speculated|wrote|writes)\b")
ONLY_ADJUNCT = re.compile(r"(?:\s+(?:in|on|at|during)\s+(?:a|an|the)\s+(?:statement|interview|"
                          r"email|letter|post|tweet|speech)|\s+(?:on\s+)?[A-Z][a-z]+day)?\s*[.:]\s*")
PASSIVE_AGENT = re.compile(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:announced|said|stated|"
                           r"declared|revealed|confirmed|unveiled|made)\s+by\s+(?:[\w’'.-]+\s+)"
                           r"{0,4}$")
AFTER_PREPOSITION = re.compile(
    r"\b(?i:on|in|at|from|of|by|for|with)\s*(?:[A-Z][\w.-]*['’]s?\s*)?$")
SUBORDINATE_LEAD = re.compile(r"\b(?:when|since|if|as|after|before|while|because|although|"
                              r"though|until|whom|whose|which|that|where|whether|asked|he|she|"
                              r"they|it|we|I|his|her|their)\b", re.I)
CAPTION_DATE = re.compile(r"\b(?:19|20)\d\d\W*$")  # "... on Feb. 14, 2022." (a caption)
# A picture's caption: a name and a verb of what the picture shows ("Russian President
# Vladimir Putin gestures while speaking ...", "President Donald Trump, right, shakes hands").
CAPTION_VERB = re.compile(r"(?:,\s*(?:left|right|center|centre|second\s+\w+)\s*,)?\s+"
                          r"(?:speaks|listens|gestures|shakes|attends|arrives|walks|sits|stands|"
                          r"waves|smiles|poses|reacts|greets|toasts|applauds|prays|salutes)\b")
CLAUSE_WORD = re.compile(r"[;:]|,\s+(?:while|whereas|but|although|though|as|and|which|who)\b|"
                         r"\b(?:while|whereas|although|because)\b")
# ', according to X.' closing a sentence (the comma may stand inside the closing mark).
FINAL_ACCORDING = re.compile(r"(?:,|(?<=,[”\"’']))\s+according\s+to\s+"
                             r"((?:the\s+)?[^,;:“”\"()]{2,80}?)\s*[.!?]?\s*$")
# A name in a source phrase before a title in it: "Bill Eastland, wearing ...", "Chang, author".
NAMED_BEFORE_TITLE = re.compile(rf"{FULL_NAME.pattern}|\b[A-Z][a-z][\w’'-]*,\s")
# A sentence telling that its subject gave out words: "the DNC issued a statement" (not
# someone else's: "published a letter from fifty scientists").
ISSUED = re.compile(r"\b(?:issued|released|put\s+out|posted|sent\s+out)\s+(?:a|an|the)"
                    r"\s+(?:[\w-]+\s+){0,2}(?:statement|message|letter|response|remarks)\b")
FROM_SOMEONE = re.compile(r"\s+(?:from|by|of|signed\s+by)\s")
# Data or a document made by its source ("data collected by X"; not "obtained by" a paper).
MADE_BY = re.compile(r"\b(?:collected|compiled|published|released|issued|conducted|"
                     r"commissioned|prepared|gathered|produced|analy[sz]ed)\s+by\s+(?:the\s+)?")
# The rest of a cue up to the comma and the mark that open the next quotation ('Petraeus said
# Sunday, "').
NEXT_QUOTE_INTRO = re.compile(r"[^.;:!?“”\"]{0,40}?,\s*[\"“‘]")
# A verb that goes on to report its own clause: "added later that", "said the fire was".
# ("responded to point out that")
REPORTED_CLAUSE = re.compile(r"(?:\s+(?:on\s+)?\w+(?:ly|day))?\s+(?:later\s+)?"
                             r"(?:to\s+[a-z]+\s+(?:out\s+|up\s+)?)?that\b")
UNNAMED = re.compile(r"\b(?:sources?|people|persons?|officials?|someone|insiders?|aides?)\s+"
                     r"(?:close|familiar|briefed)\s+(?:to|with|on)\b")
# A news medium or document that reports someone's words: after a fragment whose comma stands
# inside the closing mark, not taken as its source (the sentence's subject is the speaker).
MEDIA_NAMES = (r"Reuters|CNN|AP|AFP|BBC|NBC|CBS|ABC|Fox|Sky|Guardian|Times|Independent|Post|"
               r"Telegraph|Journal|Bloomberg|Axios|Politico")
MEDIA_SOURCE = re.compile(rf"\b(?:{MEDIA_NAMES}|media|reports?|wording|documents?|outlets?|"
                          r"newspapers?|agenc(?:y|ies))\b")
# A news medium's name ends in one of these words ("the Washington Post", "Kyiv Independent").
MEDIUM_NAME = re.compile(rf"\b(?:{MEDIA_NAMES}|Tass|TASS|RIA|Interfax|Izvestia|Kommersant|Pravda|"
                         r"Mirror|Mail|Sun|Express|Economist|Spiegel|Bild|Monde|Figaro|Observer|"
                         r"Herald|Tribune|Gazette|News|Newsweek|Ukrainska|Meduza)$")
POLL_AFTER = re.compile(r"\s+(?:poll|survey)\b")
# A sentence that links in another story: "It comes as ...", "This came after ...".
IT_COMES = re.compile(r"[\s\"“‘']*(?:It|This|That)\s+(?:comes?|came)\s+(?:as|after|amid|following|"
                      r"days?|weeks?|hours?|just)\b")
HONORIFICS = frozenset(ABBREVIATED_TITLES) - {"St", "Jr", "Sr"}
# The lower-case noun phrase after a possessive name: "Ukraine’s human rights monitor".
OWNED = re.compile(r"(?:\s+(?!(?:said|says|told|has|had|have|is|was|will|would)\b)[a-z][\w-]*)+"
                   r"(?!\s+[A-Z])")  # (not "Law's advocacy group One Nation")
# Papers an organisation issues, which speak for it when it spoke just before ("The NSA's
# Cybersecurity Directorate said ... '...,' the advisory said"; "the directive warned").
ISSUED_PAPERS = frozenset("advisory directive bulletin communique communiqué release".split())
# A town's or region's own body after its name: "the Mariupol city council".
LOCAL_BODY = re.compile(r"\s+((?:city|regional|oblast|district)(?:\s+(?:military|state))?\s+"
                        r"(?:council|administration)|city\s+hall|military\s+administration)\b")
# A person of this gender referred back to ("It's where he met his wife").
SAME_PERSON = {"m": re.compile(r"\b(?:he|his|him)\b", re.I),
               "f": re.compile(r"\b(?:she|her|hers)\b", re.I)}
# The ministries of a country, as "the Norwegian foreign ministry" calls them, and their
# names in the registry's form ("Ministry of Foreign Affairs of Russia").
MINISTRIES = {"foreign": "Foreign Affairs", "defence": "Defence", "defense": "Defence",
              "interior": "Internal Affairs", "health": "Health", "finance": "Finance",
              "economy": "Economy", "energy": "Energy", "justice": "Justice",
              "emergencies": "Emergency Situations", "emergency": "Emergency Situations",
              "agriculture": "Agriculture", "education": "Education", "culture": "Culture",
              "transport": "Transport", "environment": "Environment"}
# A country's embassy, and where it is: "the U.S. Embassy in Kyiv", "Ukraine's embassy".
_COUNTRY_WORDS = r"(?:U\.S\.|U\.K\.|[A-Z]\w*(?:\s+[A-Z][a-z]+)?)"
COUNTRY_MINISTRY = re.compile(rf"(?:[Tt]he\s+)?(?P<country>{_COUNTRY_WORDS}(?:['’]s)?)\s+"
                              rf"(?P<dept>(?i:{'|'.join(MINISTRIES)}))\s+(?i:ministry)")
EMBASSY = re.compile(rf"(?:[Tt]he\s+)?(?P<country>{_COUNTRY_WORDS})(?:['’]s)?\s+[Ee]mbassy"
                     rf"(?:\s+in\s+(?:the\s+)?(?P<place>{_COUNTRY_WORDS}))?")
# A relative clause that gives a person's background: "who has previously criticised".
BACKGROUND = re.compile(r"\b(?:has|have|had|previously|once|long|repeatedly)\b")
# Words that a picture's caption holds besides names and numbers ("Viktor Bout in 2010.").
CAPTION_WORDS = frozenset(
    "in on at of and the from during with left right center centre".split()) | {""}
# A nationality's man or woman: "the 29-year-old Frenchwoman", "the Dutchman".
DEMONYM_PERSON = re.compile(r"(?:French|English|Irish|Dutch|Scots|Welsh)(?:wo)?man")
# A capitalised plural ("Friends", "Democrats"): no "he" or "she" by itself.
BARE_PLURAL = re.compile(r"[A-Z][a-z]+s")
# An unnamed person who spoke: "a staff member for the international group Médecins Sans
# Frontières in the city", "A refugee living alone in emergency accommodation"; its head is
# the word before the first preposition, comma or relative word.
INDEFINITE_PERSON = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<pre>[^,;:()]*?)(?P<head>[a-z]+)"
                               r"(?=\s+(?:of|for|from|in|at|with|who|living|based)\b|\s*,|\s*$)")
# A sentence that ends with such a source's cue: "..., a staff member ... said."
FINAL_UNNAMED = re.compile(r",\s+(?P<subj>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[^,;:“”\"]{2,120}?)\s+"
                           r"(?P<verb>[a-z]+)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?[.!]?$")
# What comes before an appositive's indefinite phrase: a comma, or a comma and "and" before it.
APPOSED = re.compile(r",(?:[^,;:]*\band)?\s*$")
# A claim and its owner before its that-clause: "Putin’s claim that", "claims from Kremlin
# spokesperson Dmitry Peskov that", "McEnany's assertion that".
CLAIM_NOUNS = (r"(?:claims?|assertions?|accusations?|allegations?|insistence|suggestions?|"
               r"warnings?|assurances?|charges?)")
NOUN_CUE = re.compile(rf"(?:(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})"
                      rf"(?P<poss>['’]s?)\s+(?:[a-z]+\s+)?{CLAIM_NOUNS}|"
                      rf"{CLAIM_NOUNS}\s+(?:from|by)\s+"
                      rf"(?P<by>[^,;:“”\"()]{{2,80}}?))\s+that\s")
# Finite verbs: a second one after a claim's "that" is the main clause's.
FINITE = re.compile(rf"\b{AUXILIARIES}\b")
# ... or with a relative clause on it: "remarks from a Ukrainian woman, who said".
RELATIVE_UNNAMED = re.compile(r"\b(?P<subj>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[^,;:“”\"]{2,80}?),?"
                              r"\s+who\s+(?P<verb>[a-z]+)\b")
# A subordinate clause with its own subject and past verb, then "and" and the verb of speech
# at the end of the search ("..., as Russia's top diplomat walked out of a meeting and",
# "investors fled risk assets after Putin ordered a partial mobilisation and").
SUBORDINATE_SUBJECT = re.compile(
    r"(?:,\s+|\s)(?:as|while|after|when|because|since|before|whereas|although|though)\s+"
    r"(?P<subj>(?:[Tt]he\s+)?[A-Z](?:(?!\s(?:him|her|them|it|to|is|was)\s)[^,;:“”\"()]){1,60}?)"
    r"(?:\s+(?:[a-z]+ly|then|also))?\s+[a-z]{3,}ed\b[^,;:“”\"()]{0,80}?"
    r"\s+(?:and|but)\s+(?:\w+ly\s+)?$")
# ... whose verb of speech is in the past, as the clause's ("and demanded", not "and demanding").
PAST_SPEECH = re.compile(r"[a-z]+ed|said|told|wrote|spoke", re.I)
# A document and who issued it: "a statement from the emergency service", "a statement by
# Ukraine's defence ministry", "a bulletin issued Monday by the Department of ...".
DOCUMENT_SOURCE = re.compile(
    rf"\s*(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(DOCUMENTS))})"
    r"(?:\s+(?:issued|released|published|posted|sent))?(?:\s+(?:on\s+)?[A-Z][a-z]+day)?"
    r"\s+(?:from|by)\s+(?P<src>\S.*?)\s*$", re.S)
# Verbs of asking: who answers is the person asked.
ASKING = frozenset("asked asks asking questioned wondered pressed".split())
# Heads that tell a person's sex ("a Ukrainian woman": no "he").
SEXED_HEADS = {"m": frozenset("woman mother wife daughter sister girl grandmother".split()),
               "f": frozenset("man father husband son brother boy grandfather".split())}
# Parties and peoples ("Democrats", "Ukrainians"): never "he" or "she".
PEOPLES = re.compile(r"[A-Z][a-z]{2,}(?:ians|eans|cans|crats|ists)")  # (not "Evans")
# "Frank quotes Alfred Kahn:" (but "Sokolov was quoted by TASS as saying:" is Sokolov's).
QUOTES_OTHER = re.compile(r"\b(?:quotes|quoted|quoting)\s+(?!by\b|as\b)")
AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling|writing)\b")
# What introduces a quotation at the end of its sentence's lead: a colon, "saying,", "by
# interjecting,", "issued a statement,".
INTRODUCED = re.compile(r"(?::|\b(?:saying|writing|adding|words),?|\b(?:interjecting|responding|"
                        r"replying|quipping|joking|answering|declaring|remarking|statement|tweet|"
                        r"message|post|letter),)\s*[“\"‘']*\s*$")
# An indefinite source, then a verb ('," a member of the Russian nuclear defense troops told').
UNNAMED_CUE = re.compile(r"[\s,]*(?:a|an|one|another|some|several|two|three)\s+"
                         r"([a-z][^.;:!?“”\"]{0,100})")
# An opening adjunct with no comma before a subject: "In an Orthodox Easter message ".
ADJUNCT_LEAD = re.compile(r"\W*(?:In|At|On|During|After|Before)\s+(?:a|an|the|his|her|its|"
                          r"their)\s+[^,;:“”\"]{1,60}?\s+")
# Where the words were given, ending the sentence: " in a statement posted to its Telegram
# channel."
MEDIUM_TAIL = re.compile(r"(?:\s+(?:in|on|via)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?"
                         r"(?:statement|post|interview|video|tweet|message|address)\b)?"
                         r"\s+(?:posted|published|released|issued|shared|carried)\b"
                         r"[^.;:!?“”\"]*[.!?]?\s*$|"
                         r"\s+(?:in|on|via)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?"
                         r"(?:statement|post|interview|video|tweet|message|address)\b"
                         r"[^.;:!?“”\"]*[.!?]?\s*$")
# A possessive title before a name: "The UK's armed forces minister ".
TITLE_LEAD = re.compile(r"\W*(?:The\s+)?[A-Z][\w.’'-]*['’]s\s+(?:[\w-]+\s+){0,4}")
SELF = re.compile(r"\s+(?:(?P<m>himself)|(?P<f>herself))\s*$")
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen".split())
PLURAL_TITLE = re.compile(r"\b(?:Sens|Reps)\.")
# A sentence that is only a name and its verb of speech: ' Blinken said.'
NAME_SAID = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*[a-z]\s+"
                       r"(?:said|says|added|wrote|noted|stated|tweeted)\s*\.")
# What carries somebody's words: "Another SMS message read", "The Twitter account for House
# Republicans captioned" (the name before it is no source unless the registry knows it; and
# the author of a document is: "The Senate Intelligence Committee report falsely claims").
CARRIERS = frozenset("message messages account accounts page channel feed handle".split())
# The word that introduces a quotation, with its comma or colon ('one observer who asked, "').
LAST_WORD = re.compile(r"\b([a-z]+)\s*[,:]\s*[“\"‘']*\s*$")
HEAD_END = re.compile(r"\s(?:of|at|for|from|with|in|on|who|whose)\s|,")
# Heads of a definite description that refers back to an organisation or a person named
# before ("the agency", "the diplomat").
OFFICE_HEADS = frozenset("""ministry department kremlin government office agency pentagon staff
    commission embassy army military""".split())
ORG_NOUNS = frozenset("""company firm group organisation organization operator regulator
    party alliance bloc channel broadcaster newspaper paper outlet website""".split())
# Of those, the heads that may stand for the organisation that spoke last ("The agency
# wrote"): no party, alliance, bloc or regulator.
BODY_NOUNS = (ORG_NOUNS - {"regulator", "party", "alliance", "bloc"}) | {"agency"}
PERSON_NOUNS = frozenset("""official minister diplomat spokesman spokeswoman spokesperson
    president general commander governor mayor senator lawmaker leader chief ambassador
    envoy analyst expert professor economist officer director secretary chairman premier
    chancellor politician executive mp""".split())
# Of those, the heads of anonymous sources: "a senior official" is not named later.
ANONYMOUS_HEADS = frozenset({"official", "officer", "diplomat"})
# Title abbreviations and near-synonyms of PERSON_NOUNS heads ("Gov. Chris Christie" is "the
# governor", "Konrad Muzyka, an independent defence analyst" "the Poland-based expert").
HEAD_ABBREVIATIONS = {"governor": ("gov",), "senator": ("sen",), "general": ("gen",),
                      "lawmaker": ("rep", "sen", "congress", "mp", "legislator"),
                      "officer": ("lt", "col", "maj", "capt", "sgt"),
                      "commander": ("gen", "adm", "col"),
                      "expert": ("analyst", "specialist", "researcher"),
                      "analyst": ("expert", "specialist", "researcher"),
                      "diplomat": ("ambassador", "envoy", "consul"),
                      "mp": ("lawmaker", "parliamentarian", "legislator")}
# Heads of an indefinite phrase that are one person ("a member of the mosque's board"); not a
# reporter, whose words are most often a question that the person asked answers.
PERSON_HEADS = (ROLE_WORDS | PERSON_NOUNS | frozenset("""member refugee resident woman man mother
    father wife husband son daughter sister brother girl boy grandmother grandfather soldier
    fighter volunteer witness survivor student teacher doctor nurse medic paramedic worker
    employee staffer delegate activist voter supporter protester citizen villager local
    neighbour neighbor friend relative source insider observer driver farmer pensioner veteran
    priest businessman businesswoman owner lawyer engineer pilot guard sailor ally critic
    photographer blogger commentator representative""".split())) - frozenset(
    "former acting state house senate white kremlin ukrainian russian american british "
    "democrat republican reporter journalist correspondent host anchor".split())
# The last word of a person's title ("Ukraine's President", "the general").
PERSON_WORDS = TITLE_WORDS | PERSON_ROLES | PERSON_NOUNS
# Heads of "the X" that stand for no organisation named before: a person's ("the president"),
# or a word of a name for something else ("The House" is not the White House, "the post" not
# the Washington Post).
NO_BODY_HEADS = PERSON_ROLES | PERSON_NOUNS | {"house", "post"}
# Heads of such a phrase that speak for themselves, not for the owner ("Ukraine’s human rights
# monitor", "Trump’s campaign manager"; but "Trump’s remarks were 'X'" are Trump's, and
# "Powell’s office said" speaks for Powell).
OWNED_HEADS = PERSON_WORDS | OFFICE_HEADS - {"office", "staff"} | ORG_NOUNS | {
    "monitor", "ombudsman", "ombudswoman", "watchdog", "manager", "adviser", "advisor", "aide",
    "lawyer", "attorney"}
# A possessive cut off from its name by a space: "Ukraine ’s human rights monitor".
STRAY_POSSESSIVE = re.compile(r"\s[’']s(?=\s)")
# Nouns that a country's short name before them modifies: "The US defense secretary".
MODIFIED_HEADS = (PERSON_WORDS | OFFICE_HEADS | ORG_NOUNS |
                  GROUP_NOUNS | {w[:-1] + "ies" if w.endswith("y") else w + "s"
                                 for w in PERSON_NOUNS | ORG_NOUNS}) - \
    {"us", "u.s.", "uk", "u.k.", "eu", "nato", "un", "u.n.", "former", "then", "first"}
WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
GENERIC_MODIFIERS = frozenset("former top senior then new current retired ex".split())
POSSESSIVE_WORD = re.compile(r"\w['’]s\b|s['’](?=\s)")
# Trades that hold no office ("Jamie Grey, 34, a teacher").
TRADES = frozenset("""teacher student resident host anchor presenter reporter correspondent
    journalist doctor nurse worker volunteer soldier pensioner mother father owner lady wife
    husband son daughter brother sister widow""".split())
# Words that give a person an office or a trade next to his name.
CALLINGS = PERSON_NOUNS | TRADES | {a for abbr in HEAD_ABBREVIATIONS.values() for a in abbr}
ARTICLE_WORDS = ("the ", "a ", "an ", "one ", "another ", "two ", "three ", "several ", "some ")


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    cue: Cue | None
    quote: Quote | None = None
    speaker: Entity | None = None
    mention: str | None = None
    cue_text: str | None = None
    listed: bool = False  # goes on with a list of quotations that a colon introduced
    run: bool = False  # a quotation-only paragraph that took the speaker of the paragraph before
    # Who reported a claim whose owner is the fragment's speaker ("Psaki ... clarify Biden's
    # assertion that a "minor incursion" ..."): the quotation after it goes on with them.
    reporter: tuple[Entity | None, str | None] | None = None


@dataclass
class Doc:
    """Per-article working state for speaker resolution."""

    text: str
    date: str | None
    sentences: list[tuple[int, int]]
    mentions: ArticleMentions
    quotes: list[Quote]
    paragraph_starts: list[int]
    cues: BoundPatterns
    resolved: list[Candidate] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentence_starts = [s for s, _ in self.sentences]
        self.sentence_ends = [e for _, e in self.sentences]
        self.quote_opens = [q.open for q in self.quotes]  # find_quotes returns them in order

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence that holds `pos`, or the one before it when `pos` is between two."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[max(i, 0)] if self.sentences else (0, len(self.text))

    def sentence_end_after(self, pos: int) -> int:
        """The end of the first sentence that ends after `pos`."""
        i = bisect.bisect_right(self.sentence_ends, pos)
        return self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.text)

    def quoted_within(self, start: int, end: int) -> bool:
        """Does a quotation overlap text[start:end]?"""
        return any(q.open < end and start < q.close for q in self.quotes)

    def plain_sentence_before(self, pos: int) -> tuple[int, int] | None:
        """The sentence just before `pos` in the same paragraph, if no quotation touches it."""
        p_start, p_end = self.sentence_of(pos - 1)
        if p_end <= pos and "\n" not in self.text[p_end:pos] and \
                not self.quoted_within(p_start, p_end):
            return p_start, p_end
        return None

    def colon_before_paragraph(self, pos: int) -> int | None:
        """Where the previous paragraph ends with a colon, when `pos` opens a paragraph."""
        p_start = self.paragraph_starts[self.paragraph_of(pos)]
        if p_start == 0 or self.text[p_start:pos].strip():
            return None
        end = self.text_end_before(p_start)
        return end - 1 if end > 0 and self.text[end - 1] == ":" else None

    def text_end_before(self, pos: int) -> int:
        """Where the text before `pos` ends, past the whitespace (a paragraph's end)."""
        while pos > 0 and self.text[pos - 1].isspace():
            pos -= 1
        return pos

    def fills_paragraph(self, q: Quote) -> bool:
        """Does quotation q stand alone in its paragraph (but for a word after it)?"""
        p_start = self.paragraph_starts[self.paragraph_of(q.open)]
        p_end = self.text.find("\n", q.close)
        p_end = len(self.text) if p_end == -1 else p_end
        return not self.text[p_start:q.open].strip() and \
            len(self.text[q.close + 1:p_end].split()) <= 1

    def previous_sentence_start(self, pos: int) -> int | None:
        """Where the sentence before the one that holds `pos` starts, if there is one."""
        i = bisect.bisect_left(self.sentence_starts, self.sentence_of(pos)[0])
        return self.sentence_starts[i - 1] if i > 0 else None

    def last_resolved_before(self, pos: int) -> Candidate | None:
        """The latest statement already resolved that ends by `pos`."""
        return next((c for c in reversed(self.resolved) if c.end <= pos), None)

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos) - 1


# A nickname between a first name and a surname: 'Eritha ‘Akile’ Cainion', 'Lois "Bunny" Drueke'
# (not a headline's word: 'I Am ‘Horrified’ By Donald Trump', 'Says ‘Genius’ Trump').
NICKNAME_TEXT = re.compile(r"[A-Z][a-z][\w’'-]*(?:\s[A-Z][a-z][\w’'-]*)?")
NAME_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][a-z][\w-]*)[ \t]$")
NAME_AFTER = re.compile(r"[ \t]([A-Z][a-z][\w-]*)\b")


def _nickname(text: str, q: Quote, verbs: frozenset[str]) -> bool:
    """Is quotation q a nickname inside a name, and so no statement?"""
    if q.runs_on or q.close - q.open - 1 != q.end - q.start or \
            NICKNAME_TEXT.fullmatch(text, q.start, q.end) is None:
        return False  # (nothing but the name between the marks: not '“Hannity,” Newt')
    before = NAME_BEFORE.search(text, max(0, q.open - 30), q.open)
    after = NAME_AFTER.match(text, q.close + 1)
    return before is not None and after is not None and \
        not {before.group(1).lower(), after.group(1).lower()} & (NOT_NAMES | verbs)


def _latest_named(doc: Doc, pos: int, accept) -> Entity | None:
    """The entity of the latest mention outside quotations, in the sentence of `pos` or the
    three before, that `accept` takes."""
    back = [s for s in doc.sentence_starts if s <= pos][-4:]
    for m in reversed(doc.mentions.before(pos)):
        if back and m.start < back[0]:
            break
        if not m.quoted and accept(m):
            return m.entity
    return None


def _in_caption(doc: Doc, m: Mention) -> bool:
    """Is the name the subject of a picture's caption ("Russian President Vladimir Putin
    attends a meeting ... in Moscow on February 14, 2022.")?"""
    s_start, s_end = doc.sentence_of(m.start)
    return CAPTION_DATE.search(doc.text, s_start, s_end) is not None or \
        CAPTION_VERB.match(doc.text, m.end) is not None


def _from_another_story(doc: Doc, c: Candidate) -> bool:
    """"It comes as Ukraine's President accused Russia of 'state terrorism'": a sentence from
    another story, whose unnamed speaker no later "He" or cue-less quotation goes on with
    (but "It comes after Boris Johnson expressed fears ... He said" is his)."""
    sentence = doc.sentence_of(c.end)
    return IT_COMES.match(doc.text, sentence[0]) is not None and \
        (c.mention or "").lower() not in PRONOUN_GENDER and not any(
            m.entity is c.speaker for m in doc.mentions.between(*sentence))


def _only_a_title(ent: Entity, strict: bool = False) -> bool:
    """A name that ends in a title word ("U.S. Secretary"): a title, whoever holds it; or,
    unless `strict`, in a person's role ("Ombudsman")."""
    last = ent.name.split()[-1].lower().rstrip(".")
    return ent.actor is None and (last in TITLE_WORDS or not strict and last in PERSON_ROLES
                                  and not ent.is_org and not ent.person_like)


RANKS = frozenset("""colonel general officer commander sergeant captain major lieutenant
    admiral marshal""".split())


def _role_at_end(ent: Entity) -> bool:
    """A name that ends in a person's role: "Kentucky Republican", "Army Colonel" (an army's
    rank, though "Army" makes it read as an organisation; not "Department of Justice"; nor do
    the capitals of "the MP"), or
    that is a nationality's man or woman ("Frenchwoman")."""
    last = ent.name.split()[-1].lower().rstrip(".")
    return last in PERSON_ROLES and (not ent.is_org or last in RANKS | {"mp", "mep", "pm"}) or \
        ent.actor is None and DEMONYM_PERSON.fullmatch(ent.name) is not None


def _completes_office(text: str, m: Mention) -> bool:
    """"the US ambassador to Poland": a place or body after an envoy's "to" is not the source."""
    return not m.entity.person_like and \
        OFFICE_TO.search(text, max(0, m.start - 30), m.start) is not None


def _titled_mention(m: Mention, honorific: bool = False) -> bool:
    """A mention of a person whose own words end in a title before the name ("Staff Chairman
    Mark Milley", "Computer Science Dr. Murat Kantarcioglu"); with `honorific`, in an
    abbreviated one ("Dr.", "Gen.") that only a person's name follows."""
    lead = m.text[:-len(m.entity.name)].split() if m.text.endswith(m.entity.name) else []
    if not lead:
        return False
    if honorific:
        return lead[-1].endswith(".") and lead[-1][:-1] in HONORIFICS
    return lead[-1].lower().rstrip(".") in TITLE_WORDS | PERSON_ROLES


def _a_person(ent: Entity) -> bool:
    """A person's name, with no title word in it ("Mike Pompeo", not "National Defense")."""
    return ent.person_like and not any(w.lower().rstrip(".") in TITLE_WORDS
                                       for w in ent.name.split())


class Attributor:
    """Finds statements in articles; holds the compiled cue patterns and the registry."""

    def __init__(self, registry: ActorRegistry, lexicon: Lexicon,
                 places: frozenset[str] | None = None):
        self.registry = registry
        self.patterns = CuePatterns(lexicon)
        self.places = load_places() if places is None else places
        self.common_words = load_common_words()
        self.name_plans: dict = {}  # Linker's article-independent readings of names

    def extract(self, article: Article) -> list[Statement]:
        # Rules read the text with the marks of APOSTROPHES swapped; one for one, so offsets
        # hold for article.text.
        text = article.text.translate(APOSTROPHES)
        sentences = sentence_spans(text)
        quotes = [q for q in find_quotes(text)
                  if not _nickname(text, q, self.patterns.lexicon.verbs)]
        linker = Linker(self.registry, self.places, self.name_plans, self.common_words)
        mentions = find_mentions(text, sentences, [(q.open, q.close) for q in quotes], linker)
        paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n+", text)]
        cues = self.patterns.bind(text)
        doc = Doc(text, article.date, sentences, mentions, quotes, paragraph_starts, cues)
        cands = self._quote_candidates(doc, cues)
        # Sentences that carry a direct quotation or a quotation's cue hold no indirect speech.
        blocked = sorted([(c.quote.open, c.quote.close) for c in cands if c.kind == "direct"] +
                         [(c.cue.verb_start, c.cue.verb_end) for c in cands
                          if c.cue and c.kind == "direct"])
        quoted = [(q.open, q.close) for q in quotes]
        for span in find_indirect(text, sentences, blocked, cues):
            # Indirect speech has no quotation marks (specs/labels.md); a clause that holds a
            # quoted fragment is reported through that partial quotation instead.
            if not any(a < span.end and span.start < b for a, b in quoted):
                cands.append(Candidate(span.start, span.end, "indirect", span.cue))
        cands.sort(key=lambda c: c.start)
        self._resolve(doc, cands)
        self._echo(doc, cands)
        _embassy_names(doc, cands, self.places)
        return [
            Statement(
                article_id=article.id,
                kind=c.kind,
                text=article.text[c.start:c.end],
                start=c.start,
                end=c.end,
                speaker=_name(c.speaker),
                speaker_mention=c.mention,
                cue=c.cue_text,
            )
            for c in cands
            if c.end > c.start
        ]

    # -- quotations ---------------------------------------------------------------------
    def _quote_candidates(self, doc: Doc, cues: BoundPatterns) -> list[Candidate]:
        text, out = doc.text, []
        prev_close = -1
        in_source = -1  # the end of a title that stands in the last quotation's source phrase
        for i, q in enumerate(doc.quotes):
            if q.close <= in_source or _listener_title(text, q):
                continue  # (a programme told something is part of the cue before it)
            s_start, _ = doc.sentence_of(q.open)
            lo = max(s_start, prev_close + 1)
            s_end = max(doc.sentence_end_after(q.close + 1), q.close + 1)
            # A title inside the source phrase that follows a name is no quotation of its own
            # ('...,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign
            # pins, said', '...," Chang, author of "The Coming Collapse of China," said'): the
            # cue is looked for past it (not past 'the "Late Show" host').
            j = i + 1
            attached_end = _closing_mark(text, q) in {",", "—", "–"} or \
                text[q.close + 1:q.close + 2] in {",", "—"}
            while attached_end and j < len(doc.quotes) and doc.quotes[j].close < s_end and \
                    self._a_title(text, doc.quotes[j]) and \
                    NAMED_BEFORE_TITLE.search(text, q.close + 1, doc.quotes[j].open):
                j += 1
            nxt = doc.quotes[j].open if j < len(doc.quotes) else len(text)
            hi = min(s_end, nxt)
            near = min(hi, doc.quotes[i + 1].open) if i + 1 < len(doc.quotes) else hi
            prev_close = q.close
            left = text[lo:q.open]
            if NOT_A_STATEMENT.search(left, max(0, len(left) - 40)):  # anchored at the end
                continue
            # ('...now.” — Ans Vorza “If this ...': the previous quotation's dash and name
            # end it; this one opens afresh)
            dashed = (m := DASH_NAME.match(text, lo, q.open)) and not text[m.end():q.open].strip()
            kind = self._kind(text, q, "" if dashed else left)
            if kind == "partial" and AFTER_PREPOSITION.search(left, max(0, len(left) - 30)) and \
                    _title_case(text[q.start:q.end]):
                continue  # "said on “The Late Show With Stephen Colbert”": a title
            right_cue = None
            if q.close < len(text) and not q.runs_on:
                # Spaces and the marks of a nested quotation come off too: "... 'Primates of
                # Park Avenue,'  '' Ms. Ferriss noted".
                last = text[q.start:q.close].rstrip(" \t\n'\"”’»")[-1:]
                attached = last in {",", "?", "!", "—", "–"} or \
                    text[q.close + 1:q.close + 2] in {",", "—"}
                # A fragment that ends its sentence ('... escalation." Later, he said') leaves
                # what follows to the next sentence (unless that is only its cue: '... as
                # “ethnic cleansing or a genocide.” Blinken said.').
                ends = kind == "partial" and last in {".", "?", "!"} and not attached and \
                    not NAME_SAID.match(text, q.close + 1)
                if not ends and (attached or kind == "partial" or
                                 len(text[q.close + 1:near].split()) <= 6 or
                                 _verb_follows(text, q.close + 1, hi, cues,
                                               name=last.isalnum())):
                    right_cue = find_right_cue(text, q.close + 1, hi, cues)
                    # (after "!" only before a lower-case verb, '..!" beamed Donald Hartley':
                    # '...look bad!!!" House Republicans briefed on Monday' is a run-in headline)
                    if right_cue is None and (last in {",", "?"} or last == "!" and
                                              text[q.close + 1:hi].lstrip()[:1].islower()):
                        right_cue = post_quote_cue(
                            text, q.close + 1, hi,
                            cues.lexicon.verbs if kind == "direct" else frozenset())
                    if right_cue is not None and (
                            text[right_cue.verb_end:right_cue.verb_end + 3].lstrip()[:1] == ":" or
                            last in {".", "!", "?"} and NEXT_QUOTE_INTRO.match(
                                text, max(right_cue.verb_end, right_cue.subj_end), hi + 1) or
                            last in {".", "!", "?"} and right_cue.subj_end <= right_cue.verb_start
                            and REPORTED_CLAUSE.match(text, right_cue.verb_end, hi) and
                            text[right_cue.subj_start:right_cue.subj_end].lower() not in
                            {"he", "she", "they", "we", "i"}):
                        # '... NATO." He warned: "...', '... Russia has." Regardless of Putin's
                        # bravado, Petraeus said, "No amount ...' and '...!” Reuters added later
                        # that the fire ...': the next statement's cue (but '..." He added that
                        # ...' is most often the same speaker's)
                        right_cue = None
            left_cue = self._left_cue(doc, lo, q, cues)
            if right_cue is None and left_cue is None and q.close < len(text) and \
                    not text[lo:q.open].strip() and (lo == 0 or text[lo - 1] == "\n"):
                right_cue = dash_line_cue(text, q.close + 1)  # '"..."\n- Bernie Sanders.'
            if right_cue is None and left_cue is None and q.close < len(text) and \
                    kind == "direct" and _closing_mark(text, q) in ".!?":
                # '...moon.” — Ryleigh ...' (not a post's signature after words it quotes
                # from someone its text names: 'Johnson said: "..."— Jessica Parker (@...)')
                right_cue = dash_name_cue(text, q.close + 1)
            if right_cue is not None and j > i + 1 and \
                    doc.quotes[i + 1].close < right_cue.verb_start:
                in_source = max(doc.quotes[k].close for k in range(i + 1, j)
                                if doc.quotes[k].close < right_cue.verb_start)
                prev_close = in_source
            cue = right_cue or left_cue
            if left_cue is not None and right_cue is not None and (
                    _introduces(text, left_cue, q) or
                    (left_cue.participle or left_cue.subj_end > left_cue.subj_start >= 0) and
                    not CLAUSE_JOIN.search(text, left_cue.verb_end, q.open) and
                    text.startswith("according", right_cue.verb_start) and
                    MEDIA_SOURCE.search(text, right_cue.subj_start, right_cue.subj_end)):
                # 'Blinken said, "...," recalling ...': the cue that opens it; 'Peskov
                # responded by saying that ... were "unforgivable," according to the Russian
                # media outlet': the medium only relays the subject's words
                cue = left_cue
            if cue is None and kind == "partial" and not self._worth_keeping(doc, q, lo) and \
                    not (text[q.start:q.start + 1].islower() and
                         self._cued_fragment_before(doc, out, q)):
                continue
            out.append(Candidate(q.start, q.end, kind, cue, q))
        return out

    @staticmethod
    def _a_title(text: str, q: Quote) -> bool:
        """A short quotation in title case: a name or a title ("Ted Cruz", "America's
        Unwritten Constitution,")."""
        content = text[q.start:q.end]
        return content[:1].isupper() and len(content.split()) <= 6 and \
            _title_case(content.rstrip(",")) and any(len(w) > 3 for w in content.split())

    @staticmethod
    def _cued_fragment_before(doc: Doc, out: list[Candidate], q: Quote) -> bool:
        """Is q one of a series of fragments whose first has a cue in q's sentence? ('It
        added that "human warmth" and its "traditional hospitality" is what "freezing ..."')"""
        sentence = doc.sentence_of(q.open)
        for c in reversed(out):
            if c.quote is None or c.kind != "partial" or doc.sentence_of(c.quote.open) != sentence:
                return False
            if c.cue is not None:
                return True
        return False

    def _left_cue(self, doc: Doc, lo: int, q: Quote, cues: BoundPatterns) -> Cue | None:
        text = doc.text
        cue = find_left_cue(text, lo, q.open, cues)
        if cue is None and lo > 0 and text[lo - 1] == "\n":
            # "Starmer said:\n“...": a cue that ends the previous paragraph with a colon.
            p_end = doc.text_end_before(lo - 1)
            if p_end > 0 and text[p_end - 1] == ":" and not text[lo:q.open].strip():
                p_start, _ = doc.sentence_of(p_end - 1)
                cue = find_left_cue(text, p_start, p_end, cues)
        elif cue is None and lo > 0 and not text[lo:q.open].strip():
            # 'Sam Lau, the communications director ..., said in a statement. “There are ...':
            # a sentence that is only an attribution introduces the quotation after it.
            before = doc.plain_sentence_before(lo)
            prev = find_left_cue(text, *before, cues) if before is not None and \
                cues.verb.search(text, before[1] - 40, before[1]) else None
            if prev is not None and prev.subj_start >= 0 and \
                    ONLY_ADJUNCT.fullmatch(text, prev.verb_end, before[1]):
                cue = prev
        return cue

    def _kind(self, text: str, q: Quote, left: str) -> str:
        lead = left.rstrip()
        content = text[q.start:q.end]
        if not lead or lead.endswith((":", ",", "—", "–")) and content[:1].isupper():
            return "direct" if len(content.split()) >= 3 or content[-1:] in ".?!" else "partial"
        if content[:1].isupper() and re.search(r"[.?!]\S*\s+[A-Z“\"]", content):
            return "direct"  # several sentences are never woven into the reporter's
        return "partial"

    def _worth_keeping(self, doc: Doc, q: Quote, lo: int) -> bool:
        """A cue-less fragment is a statement only when someone plausibly said it."""
        content = doc.text[q.start:q.end]
        words = content.split()
        if _title_case(content):
            return False  # a title: "The Death of Stalin"
        return self._sentence_subject(doc, q.open, lo) is not None or len(words) >= 6

    def _sentence_subject(self, doc: Doc, pos: int, lo: int) -> Entity | None:
        """The entity that opens the sentence before `pos`: "Starmer outlined ... 'X'"."""
        s_start, s_end = doc.sentence_of(pos)
        if _verbless(doc.text, s_start, s_end):
            return None  # a picture's caption: "Viktor Bout in 2010."
        for m in reversed(doc.mentions.before(pos)):
            if m.start < s_start:
                break
            if m.subject and not REPORTING.search(doc.text, s_start, m.start):
                # (a subject after "said" heads the reported clause: "Mullen said Putin is
                # 'a cornered animal' and urged ...")
                lead = doc.text[s_start:m.start]
                if "," in lead:
                    lead = lead[lead.rfind(",") + 1:]
                words = [w for w in lead.split() if w.lower() not in {"the", "a", "an"}]
                if words and POSSESSIVE_WORD.search(words[0]) and any(
                        not p.subject and p.end <= m.start and POSSESSIVE_WORD.search(p.text)
                        for p in doc.mentions.between(m.start - len(lead), m.start)):
                    # (a possessor that handed the subject to the holder of its role, and "of"
                    # in the role, count for nothing: "Zelensky’s chief of staff Andrey Yermak",
                    # "Kiev’s top spy agency The Security Service of Ukraine")
                    words = [w for w in words[1:] if w != "of"]
                if (body := self._local_body(doc.text, m)) is not None:
                    return self._local_entity(m, body)  # "The Mariupol city council alleged"
                stray = STRAY_POSSESSIVE.match(doc.text, m.end)
                if (POSSESSIVE_WORD.search(m.text) or stray is not None) and \
                        (owned := OWNED.match(doc.text, stray.end() if stray else m.end)) \
                        is not None and \
                        owned.group().split()[-1] in OWNED_HEADS:
                    # "Ukraine’s human rights monitor said ..., calling it": the owned, not
                    # the owner ("Russia's defence ministry" as the registry knows it), or
                    # the name after it ("Germany’s finance minister, Christian Lindner,")
                    named = [n for n in doc.mentions.between(owned.end(), owned.end() + 80)
                             if n.entity.person_like and
                             not doc.text[owned.end() + 1:n.start].strip()][:1] \
                        if doc.text.startswith(",", owned.end()) else []
                    return named[0].entity if named else \
                        self._description(doc, doc.text[m.start:owned.end()], m.start)
                after = WORD_AFTER.match(doc.text, m.end)
                if re.search(r"\b(?:the|a|an|another)\s*$", lead, re.I) and \
                        not m.entity.person_like \
                        and re.match(r"\s+[a-z]", doc.text[m.end:m.end + 2]) or \
                        re.search(r"\b(?:the|a|an|another)\s+(?:[a-z][\w-]*\s+){1,2}$", lead,
                                  re.I) and after and \
                        after.group(1) in MODIFIED_HEADS | {"administration"} or \
                        m.text.startswith(("The ", "A ", "An ", "Another ")) and \
                        not m.entity.person_like and m.entity.actor is None and after and \
                        after.group(1) in CARRIERS or \
                        COUNTRY_SHORT.fullmatch(m.text) and after and \
                        after.group(1) in MODIFIED_HEADS:
                    # "the Vermont senator", "The US defense secretary", "Another SMS message
                    # read", "The Twitter account for House Republicans", "a senior Biden
                    # administration official": the name only modifies the subject
                    return None
                if lead.split()[:1] and lead.split()[0].lower() in PRONOUNS or \
                        m.entity.actor is None and all(
                            w.lower().rstrip(".") in TITLE_WORDS | PERSON_ROLES
                            for w in m.entity.name.split()) or \
                        PLURAL_TITLE.search(doc.text, m.start, m.end + 2):
                    # "He found that Moscow’s recent adjustments ...": the pronoun is the
                    # subject; "Advisor to the ... forces said": a bare title names nobody;
                    # "Democratic Sens. Amy Klobuchar ... and Dick Durbin": two people
                    return None
                joint = JOINT_SUBJECT.match(doc.text, m.end)
                if joint and not _role_at_end(m.entity) and not _only_a_title(m.entity) and \
                        joint.group("last").split()[-1].lower() not in ORG_WORDS and \
                        not APPOSITIVE_END.match(doc.text, joint.end()):
                    # "The U.S., European Union and United Kingdom agreed" (not a title or a
                    # part of a name: "Burbank Congressman and Chair of the House
                    # Intelligence Committee Adam Schiff weighed", "The Ronald Reagan
                    # Presidential Foundation & Institute notified")
                    return None
                if len(words) <= 3 or m.entity.person_like and any(
                        (not p.entity.person_like or
                         unnamed_phrase(p.entity, self.registry.first_name_gender)) and
                        not doc.text[m.start - len(lead):p.start].strip() and
                        role_gap(doc.text, p.end, m.start)
                        for p in doc.mentions.between(s_start, m.start)[-1:]):
                    # (or "White House press secretary Jen Psaki", "Presumptive Republican
                    # presidential nominee Donald Trump")
                    return m.entity
        return None

    # -- speakers ---------------------------------------------------------------------------
    def _resolve(self, doc: Doc, cands: list[Candidate]) -> None:
        prev: Candidate | None = None
        main: Candidate | None = None  # the previous quotation that is no aside (see below)
        for c in cands:
            if prev is not None and prev is not main and c.quote is not None and \
                    doc.sentence_of(c.quote.open) != doc.sentence_of(prev.quote.open):
                prev = main
            if c.cue is not None:
                c.cue_text = doc.text[c.cue.verb_start:c.cue.verb_end]
                if c.cue.participle and prev is not None and prev.kind == "direct" and \
                        prev.cue is not None and prev.cue.verb_end <= c.cue.verb_start and \
                        doc.sentence_of(prev.quote.close) == doc.sentence_of(c.cue.verb_start):
                    # '"...," Zelensky said, adding that ...': the quotation's speaker goes on
                    c.speaker, c.mention = prev.speaker, prev.mention
                elif c.cue.participle and c.start > c.cue.verb_start and \
                        (holder := self._absolute_holder(doc, c.cue.verb_start)) is not None:
                    # 'Top Russian officials vowed a response ..., the head of Russia’s Security
                    # Council, Nikolay Patrushev, promising retaliatory steps that would "..."':
                    # the participle's own subject
                    c.speaker, c.mention = holder
                elif c.cue.participle and (said := self._said_before(doc, c)) is not None:
                    # 'Blinken on Thursday told CBS News that ..., saying he was "convinced"'
                    c.speaker, c.mention = said.speaker, said.mention
                elif c.cue.participle and PAST_SPEECH.fullmatch(c.cue_text) and \
                        (clause := SUBORDINATE_SUBJECT.search(
                            doc.text, doc.sentence_of(c.cue.verb_start)[0], c.cue.verb_start)):
                    # 'G20 foreign ministers called for an end to the war, as Russia's top
                    # diplomat walked out of a meeting and denounced the West for "frenzied
                    # criticism"': the subject of the clause that "and" goes on with
                    c.speaker, c.mention = self._resolve_phrase(doc, *clause.span("subj"))
                elif c.cue.participle:
                    c.speaker, c.mention = self._opening_subject(doc, c.cue.verb_start)
                elif c.cue.joint:
                    c.speaker, c.mention = None, doc.text[c.cue.subj_start:c.cue.subj_end]
                elif c.cue.subj_start < 0:
                    c.speaker, c.mention = None, None  # "was told:": nobody named
                else:
                    # A quotation's "he" is not someone the quotation names ("he is losing
                    # the war" is not Putin's); an indirect span may hold its own subject.
                    c.speaker, c.mention = self._resolve_phrase(
                        doc, c.cue.subj_start, c.cue.subj_end, c.start,
                        c.end if c.quote is not None else None)
            elif c.quote is not None:
                self._inherit(doc, c, prev)
            if c.kind == "partial" and (owner := self._claim_owner(doc, c)) is not None:
                # 'Johnson also denied claims from Kremlin spokesperson Dmitry Peskov that he
                # was “most active anti-Russian leader”': the claim's owner, not who denied it
                c.reporter = c.speaker, c.mention
                c.speaker, c.mention = owner
            if c.cue is not None or c.speaker is not None:
                doc.resolved.append(c)
            # A fragment in a relative clause on a name that is no subject is an aside
            # ('Jayapal said the letter was conflated with comments from Kevin McCarthy,
            # R-Calif., who warned that Republicans will not write a "blank check"'): no
            # quotation of a later sentence goes on with its speaker (but 'Humphrey, who calls
            # Trump a "sociopath," said ...': the sentence's subject).
            aside = c.kind == "partial" and c.cue is not None and c.cue.relative and \
                not any(m.subject for m in doc.mentions.between(c.cue.subj_start,
                                                                c.cue.subj_end))
            if c.quote is not None:
                prev = c  # (the aside's own sentence goes on with it: '"...' and "a fighter"')
                if not aside:
                    main = c

    def _claim_owner(self, doc: Doc, c: Candidate) -> tuple[Entity, str] | None:
        """The owner of a claim whose that-clause holds the fragment c, after the cue's verb
        ("denied claims from X that ...", "rejected Putin’s claim that ..."), with no verb of
        speech between; None if there is none or it names nobody."""
        s_start, _ = doc.sentence_of(c.start)
        lo = c.cue.verb_end if c.cue is not None and c.cue.verb_end <= c.start else s_start
        found = list(NOUN_CUE.finditer(doc.text, max(lo, s_start), c.start))
        if not found or doc.cues.verb.search(doc.text, found[-1].end(), c.start) is not None:
            return None
        m = found[-1]
        if len(FINITE.findall(doc.text, m.end(), c.start)) > 1:
            return None  # ("Rubio's claim that Cruz is in favor of ... is "simply not true"")
        # (the owner's mention takes its possessive: "Putin’s")
        span = (m.start("owner"), m.end("poss")) if m.group("owner") else m.span("by")
        ent, mention = self._resolve_phrase(doc, *span)
        return (ent, POSSESSIVE.sub("", mention)) if ent is not None else None

    def _absolute_holder(self, doc: Doc, pos: int) -> tuple[Entity, str] | None:
        """The person named between commas after a role, right before the participle at
        `pos` (see ABSOLUTE)."""
        absolute = ABSOLUTE.search(doc.text, doc.sentence_of(pos)[0], pos)
        if absolute is None:
            return None
        ent, mention = self._resolve_phrase(doc, *absolute.span("name"))
        if ent is None or not ent.person_like or not (
                ent.actor is not None or self.registry.first_name_gender(ent.name)):
            return None  # (not a place: "the main square, Maidan Nezalezhnosti, chanting")
        return ent, mention

    @staticmethod
    def _said_before(doc: Doc, c: Candidate) -> Candidate | None:
        """The indirect statement of this sentence whose main verb the participle of c's cue
        goes on from, if it named its source before its verb (not an aside's: "..., who
        said ...")."""
        s_start, _ = doc.sentence_of(c.cue.verb_start)
        # (the verb nearest before the participle: in "Mr. Trump intends to ..., Mr. Manafort
        # said, adding", "said", not "intends")
        last = max((r for r in doc.resolved if r.cue is not None and
                    s_start <= r.cue.verb_start < c.cue.verb_start),
                   key=lambda r: r.cue.verb_start, default=None)
        if last is None or last.kind != "indirect" or last.cue.relative or \
                last.speaker is None or last.cue.subj_end > last.cue.verb_start or \
                doc.cues.verb.search(doc.text, last.cue.verb_end, c.cue.verb_start) is not None:
            return None  # (nor when another verb of speech stands between)
        return last

    def _inherit(self, doc: Doc, c: Candidate, prev: Candidate | None) -> None:
        """A quotation with no cue takes the previous speaker only where the text supports it."""
        q = c.quote
        if c.kind == "direct" and self._cue_not_read(doc, q):
            return
        final = self._final_cue(doc, q) if c.kind == "partial" else None
        if final is None and prev is not None and prev.quote is not None and \
                (prev.speaker or prev.mention) and not _from_another_story(doc, prev):
            if q.continued or self._continues(doc, prev, q):
                c.speaker, c.mention = prev.reporter or (prev.speaker, prev.mention)
                c.cue_text = prev.cue_text
                c.listed = prev.listed or doc.colon_before_paragraph(prev.quote.open) is not None
                c.run = doc.paragraph_of(q.open) != doc.paragraph_of(prev.quote.close)
                return
        # A fragment woven into a sentence, or a quotation that a sentence introduces with a
        # colon or "saying," ('Clinton has since apologized for what happened: "...'), takes
        # the source that opens that sentence.
        if final is not None:
            # 'Putin has built a force "much larger" than in 2014, Victoria Nuland said Tuesday.'
            c.speaker, c.mention = self._resolve_phrase(doc, *final[1])
            c.cue_text = final[0]
        elif c.kind == "partial":
            if prev is not None and prev.cue is not None and prev.cue.passive and \
                    doc.sentence_of(prev.start) == doc.sentence_of(q.open):
                return  # 'Russia’s actions have been described as a "..." and a "prelude"'
            c.speaker, c.mention = self._opening_subject(doc, q.open)
        elif INTRODUCED.search(doc.text, doc.sentence_of(q.open)[0], q.open):
            c.speaker, c.mention = self._introducer(doc, q.open)
        elif c.kind == "direct" and not doc.text[doc.sentence_of(q.open)[0]:q.open].strip():
            # 'Sanders was defiant on Tuesday. "I am staying in this race."': a quotation that
            # opens its sentence, right after a quote-free sentence about one person.
            before = doc.plain_sentence_before(q.open)
            last = doc.last_resolved_before(q.open)
            if before is not None and last is not None and last.kind == "indirect" and \
                    last.start >= before[0] and last.cue is not None and \
                    last.cue.verb_start > last.end and last.speaker is not None and \
                    last.speaker.person_like and (last.mention or "").lower() not in PRONOUN_GENDER:
                # '..., independent media outlets were expelled, says Ms Smirnova. "In
                # southern Ukraine, ...': the source named at the end of the sentence before
                c.speaker, c.mention = last.speaker, last.mention
            elif before is not None:
                ent = self._sentence_subject(doc, before[1], before[0])
                if ent is not None and ent.person_like:
                    c.speaker, c.mention = ent, ent.name
                elif ent is None and last is not None and last.kind == "indirect" and \
                        _closing_mark(doc.text, q) != "," and \
                        last.start >= before[0] and last.speaker is not None and \
                        last.speaker.person_like and \
                        (last.mention or "").lower() not in PRONOUN_GENDER:
                    # ('Yet, sensing that ..., Volodymyr Zelenskiy, Ukraine’s president, on
                    # Thursday morning urged Russians to speak up. “If ...': the source of the
                    # sentence's reported speech, where its opening names nobody; not when a
                    # cue this module could not read follows the quotation's comma)
                    c.speaker, c.mention = last.speaker, last.mention
            elif (colon := doc.colon_before_paragraph(q.open)) is not None:
                # 'President Clinton released the following statement:\n\n"...': the
                # sentence that introduces the paragraph names its source (a person: not
                # "Partial transcript as follows:"; and not one who "quotes" somebody else).
                ent, mention = self._introducer(doc, colon)
                if ent is not None and (ent.person_like or ent.actor is not None):
                    c.speaker, c.mention = ent, mention
            else:
                c.speaker, c.mention = self._spoke_before_paragraph(doc, q)
                c.run = c.speaker is not None

    def _spoke_before_paragraph(self, doc: Doc, q: Quote) -> tuple[Entity | None, str | None]:
        """The source of a quotation-only paragraph whose paragraph before ends with a
        quote-free sentence in which someone spoke: 'Clinton said her campaign would go on.'
        or 'the DNC issued a statement apologizing to Sanders ...'."""
        p_start = doc.paragraph_starts[doc.paragraph_of(q.open)]
        if p_start == 0 or not doc.fills_paragraph(q) or len(doc.text[q.start:q.end].split()) <= 6:
            return None, None
        end = doc.text_end_before(p_start)
        if end == 0:
            return None, None
        s_start, s_end = doc.sentence_of(end - 1)
        if doc.quoted_within(s_start, s_end):
            return None, None
        last = doc.last_resolved_before(q.open)
        if last is not None and last.kind == "indirect" and last.start >= s_start and \
                last.speaker is not None and not (last.cue is not None and last.cue.relative):
            return last.speaker, last.mention  # (not an aside's: "..., who has said ...")
        issued = ISSUED.search(doc.text, s_start, s_end)
        subj = issued and subject_before(doc.text, s_start, issued.start(), doc.cues.lexicon.verbs)
        if subj and not FROM_SOMEONE.match(doc.text, issued.end()):
            ent, mention = self._resolve_phrase(doc, *subj)
            if ent is not None and (ent.person_like or ent.actor is not None or
                                    self._an_organisation(ent)) and \
                    not MEDIA_SOURCE.search(ent.name):
                return ent, mention  # (not "The Guardian published a letter from ...")
        return None, None

    def _final_cue(self, doc: Doc, q: Quote) -> tuple[str, tuple[int, int]] | None:
        """", X said (Tuesday)." closing the sentence after a fragment: the verb and X's span."""
        text = doc.text
        _, s_end = doc.sentence_of(q.open)
        # Other fragments may follow in the sentence ('a "blockade" ... to avoid "blocking"
        # traffic ..., Josep Borrell said'): the cue comes after the last of them.
        i = bisect.bisect_right(doc.quote_opens, q.close)
        while i < len(doc.quote_opens) and doc.quote_opens[i] < s_end and \
                not _listener_title(text, doc.quotes[i]):
            q = doc.quotes[i]
            i += 1
        # '... came under fire from "neo-Nazis" in Ukraine, according to the Russian defence
        # ministry.': the source that closes the sentence.
        acc = FINAL_ACCORDING.search(text, q.close, s_end)
        # (not across another clause: '"faster deliveries" ..., while the talks stalled'; nor,
        # with the comma inside the mark, a medium: '... called the attack "terrorist
        # activity," according to Reuters' is the subject's)
        if acc is not None and not CLAUSE_WORD.search(text, q.close, acc.start()) and not (
                text[q.close - 1:q.close] == "," and MEDIA_SOURCE.search(acc.group(1))):
            made_by = MADE_BY.search(text, *acc.span(1))
            if made_by is not None:
                # "according to data collected by cybersecurity firm CrowdStrike"
                return "according to", (made_by.end(), acc.end(1))
            if not re.search(r"\s(?:and|or|by)\s", acc.group(1)):
                # (not "officials and Democrats", "a bulletin ... obtained by CBS News")
                return "according to", acc.span(1)
        # The last verb before the sentence's end or before a participle that goes on with the
        # same speaker's words (", Nuland said Tuesday, warning of ...").
        v = next((v for v in reversed(list(doc.cues.verb.finditer(text, q.close, s_end)))
                  if not v.group().endswith("ing") and (
                      len(text[v.end():s_end].split()) <= 3 or
                      PARTICIPLE.match(text, v.end(), s_end) or
                      MEDIUM_TAIL.match(text, v.end(), s_end))), None)
        if v is None:
            return None
        subj = subject_before(text, q.close + 1, v.start(), doc.cues.lexicon.verbs)
        # (the comma may stand inside the closing mark: 'and "separatists," Anna Zamazeeva ...')
        # (or a first role joined to the subject's: ", Fox News senior strategic analyst and
        # retired Army Gen. Jack Keane told")
        if subj is None or not (text[q.close + 1:subj[0]].rstrip().endswith(",") or
                                not text[q.close + 1:subj[0]].strip() and
                                _closing_mark(text, q) == "," or
                                ROLE_AND.search(text, q.close + 1, subj[0])):
            return None
        return text[v.start():v.end()], subj

    def _opening_subject(self, doc: Doc, pos: int) -> tuple[Entity | None, str | None]:
        """The source that opens the sentence: a name, "He" or "The Ukrainian leader"."""
        ent = self._sentence_subject(doc, pos, 0)
        if ent is not None:
            return ent, ent.name
        s_start, _ = doc.sentence_of(pos)
        m = OPENING_SUBJECT.match(doc.text, s_start, pos)
        if m is None:
            return None, None
        return self._resolve_phrase(doc, m.start(1), m.end(1))

    def _introducer(self, doc: Doc, pos: int) -> tuple[Entity | None, str | None]:
        """The source of a sentence that introduces a quotation with a colon: its subject,
        or the one it quotes ("Frank quotes former Carter adviser Alfred Kahn:")."""
        s_start, _ = doc.sentence_of(pos)
        other = QUOTES_OTHER.search(doc.text, s_start, pos)
        if other is None:
            return self._opening_subject(doc, pos)
        end = doc.text.rfind(":", other.end(), pos + 1)
        end = pos if end == -1 else end
        as_saying = AS_SAYING.search(doc.text, other.end(), end)
        return self._resolve_phrase(doc, other.end(), as_saying.start() if as_saying else end)

    def _continues(self, doc: Doc, prev: Candidate, q: Quote) -> bool:
        """Does quotation q carry on the previous speaker's words?

        Yes when only the previous quotation's attribution stands between them in one
        paragraph, or when q fills a paragraph of its own right after a paragraph that ended
        with the previous speaker's attributed quotation, or after one of a list of such
        paragraphs that a colon introduced.
        """
        text = doc.text
        between = text[prev.quote.close + 1:q.open]
        if doc.paragraph_of(prev.end) == doc.paragraph_of(q.start):
            if self._names_other(doc, prev, q) or self._introduced_afresh(doc, prev, q):
                return False
            if len(between.split()) <= 12:
                return True
            cue_between = prev.cue is not None and prev.quote.close < prev.cue.verb_start < q.open
            return cue_between and sum(
                prev.quote.close < s < q.open for s in doc.sentence_starts) <= 1
        if doc.paragraph_of(q.start) - doc.paragraph_of(prev.end) != 1 or not prev.speaker:
            return False
        p_start = doc.paragraph_starts[doc.paragraph_of(q.start)]
        alone = doc.fills_paragraph(q)
        tail = text[prev.quote.close + 1:p_start]
        # (a cue before the previous quotation too, when q is a sentence and no quoted
        # heading like "A fight from start to finish.": '..., saying Clinton would "abolish
        # the second amendment."' then '"Although the Second Amendment people, maybe ..."')
        ends_with_cue = prev.cue is not None and len(tail.split()) <= 40 and (
            prev.cue.verb_start > prev.quote.close or len(text[q.start:q.end].split()) > 6)
        # A list of quotation-only paragraphs that a colon introduces ('... issued the
        # following statement:', 'Here they are:') goes on with the list's speaker.
        # So does a run of them after an attributed quotation, while each is a sentence of
        # more than six words that does not name the speaker ("One of the shortcomings of
        # Byler's otherwise excellent piece" is not Byler's; "Yesssss!" is the crowd's).
        prev_start = doc.paragraph_starts[doc.paragraph_of(prev.quote.open)]
        run = prev.run and len(text[q.start:q.end].split()) > 6 and not any(
            m.entity is prev.speaker for m in doc.mentions.between(q.start, q.end))
        listed = not text[prev_start:prev.quote.open].strip() and len(tail.split()) <= 1 and \
            (prev.listed or run or doc.colon_before_paragraph(prev.quote.open) is not None)
        return alone and (ends_with_cue or listed) and c_kind_direct(text, q)

    @staticmethod
    def _cue_not_read(doc: Doc, q: Quote) -> bool:
        """Does a source this module could not read follow q's closing comma, an unnamed one
        with its verb of speech? ('“...,” a member of the Russian nuclear defense troops told
        RT.': somebody else than the speaker before.)"""
        if _closing_mark(doc.text, q) != ",":
            return False
        m = UNNAMED_CUE.match(doc.text, q.close + 1, doc.sentence_of(q.close)[1])
        words = m.group(1).split()[:12] if m is not None else []
        # (not a document, which names its author: '," a bulletin issued Sunday by DHS warned')
        return bool(words) and words[0] not in DOCUMENTS and \
            any(w in doc.cues.lexicon.verbs for w in words[1:])

    @staticmethod
    def _introduced_afresh(doc: Doc, prev: Candidate, q: Quote) -> bool:
        """Does q's own sentence, after the previous quotation and its cue, introduce q with a
        verb of speech and a source of its own, unnamed or named? ('... observed. The tweet was
        hit with immediate backlash, including one observer who asked, "...', 'The Twitter
        account for House Republicans captioned a photo ... by writing, "...': somebody else;
        but 'The former U.S. commander in chief added, "' may be the speaker before.)"""
        s_start = doc.sentence_of(q.open)[0]
        if s_start <= prev.quote.close or prev.cue is not None and s_start < prev.cue.verb_end:
            return False
        last = LAST_WORD.search(doc.text, s_start, q.open)
        if last is None or last.group(1) not in doc.cues.lexicon.verbs and \
                not INTRODUCED.match(doc.text, last.start(), q.open):
            return False  # (a participle that introduces: "by writing,")
        # (no pronoun: not 'When asked if he would use the platform he said: "')
        words = re.findall(r"[A-Za-z’'-]+", doc.text[s_start:last.start()].lower())
        if PRONOUNS - {"it"} & set(words):
            return False
        return bool({"a", "an", "one", "another", "some", "several"} & set(words)) or any(
            (m.entity.person_like or m.entity.is_org) and m.entity is not prev.speaker
            for m in doc.mentions.between(s_start, last.start()))

    def _names_other(self, doc: Doc, prev: Candidate, q: Quote) -> bool:
        """Does a new subject stand between the quotations? Names inside the previous
        quotation's own source phrase ("said Clinton ally James Carville") do not count."""
        cue = prev.cue
        after = prev.quote.close
        if cue is not None and cue.verb_start > prev.quote.close:
            after = doc.sentence_of(cue.verb_start)[1]  # past the attribution's sentence
        return any(m.start > after and m.subject and m.entity is not prev.speaker
                   and (m.entity.person_like or m.entity.actor is not None)
                   for m in doc.mentions.before(q.open)) or any(
            # (or a statement of its own, named or not: '"...," he said. The governor of the
            # Russian-controlled territory of Donetsk said constant shelling ... "There are
            # reports of looting ...," the United Nations Office ... said.')
            # (or "according to X" between: its source comes after its words)
            r.cue is not None and after < min(r.cue.subj_start, r.cue.verb_start) and
            max(r.cue.subj_end, r.cue.verb_end) < q.open and
            not (r.cue.relative or r.cue.participle or r.cue.joint) and
            r.speaker is not prev.speaker and
            (r.mention or "").lower() not in PRONOUN_GENDER for r in doc.resolved)

    def _resolve_phrase(self, doc: Doc, s: int, e: int, content: int | None = None,
                        content_end: int | None = None) -> tuple[Entity | None, str | None]:
        """The entity a source phrase names: a pronoun, a name, a title or a description.

        Names inside the statement's own content (which may come first: "..., the president
        added") are never its source: pronouns and titles look before `content`, and a
        pronoun is nobody named in text[content:content_end] when `content_end` is given.
        """
        if doc.text.startswith(".", e) and COUNTRY_SHORT.fullmatch(doc.text[s:e + 1].strip()):
            e += 1  # "The U.S. said": the abbreviation keeps its point, as its mention does
        if (self_ := SELF.search(doc.text, s, e)) is not None and self_.start() > s:
            # "Cruz himself said", "Clinton herself has proposed": the name, of that sex
            ent, mention = self._resolve_phrase(doc, s, self_.start(), content, content_end)
            sex = ent is not None and (ent.actor.gender if ent.actor is not None else
                                       self.registry.first_name_gender(ent.name))
            return (None if sex and sex != self_.lastgroup else ent), mention
        phrase = doc.text[s:e].strip()
        low = phrase.lower()
        before = s if content is None else min(s, content)
        if low in PRONOUN_GENDER:
            # (not a first name alone: "‘Ron, do me a favor,’" he said: Ron is spoken to)
            named = {id(m.entity) for m in doc.mentions.between(content, content_end)
                     if POSSESSIVE.sub("", m.text.strip()) != m.entity.name.split()[0] or
                     " " not in m.entity.name} \
                if content is not None and content_end is not None else set()
            return self._pronoun(doc, PRONOUN_GENDER[low], before, named), phrase
        if low == "it":
            return self._organisation_before(doc, before), phrase
        if low == "they" and THEY_OPENS.fullmatch(doc.text, doc.sentence_of(s)[0], s):
            # An organisation's staff, opening the sentence after the organisation's statement
            # ('The Ukrainian general staff said ... In a statement, they said:'); not a
            # country, an alliance's members or a group of people ("but they warned").
            last = self._organisation_statement(doc, before, s)
            if last is not None and not PEOPLE_PLURAL.search(
                    doc.text, min(last.start, last.cue.verb_end) if last.cue is not None
                    else last.start, s) and (
                    last.speaker.actor.kind == "organisation" if last.speaker.actor is not None
                    else last.speaker.is_org):
                return last.speaker, phrase
            return None, phrase
        if low in {"i", "we", "they", "you"} or SHARE.fullmatch(phrase) or UNNAMED.search(low):
            # "Six in 10 (voters)": a share of a group is nobody's name; nor is "a source
            # close to the Russian Defence Ministry" the ministry
            return None, phrase
        if (document := DOCUMENT_SOURCE.match(doc.text, s, e)) is not None and \
                (by := self._resolve_phrase(doc, *document.span("src"), content, content_end))[0] \
                is not None:
            return by[0], phrase  # "a statement from the emergency service said"
        if (embassy := EMBASSY.fullmatch(phrase)) is not None and \
                (ent := _embassy(doc.text, embassy, self.places)) is not None:
            return ent, phrase
        for m in doc.mentions.between(s, e):
            if (body := self._local_body(doc.text, m)) is not None and \
                    not doc.text[m.end + len(body.group()):e].strip():
                return self._local_entity(m, body), phrase  # "the Kharkiv regional administration"
        head = HEAD_END.search(doc.text, s, e)
        for m in doc.mentions.between(s, e):
            if head is not None and m.start < head.start() < m.end:
                head = HEAD_END.search(doc.text, m.end, e)  # "the Department of Justice"
        if head is not None:
            in_phrase = [m for m in doc.mentions.before(e) if m.start >= s]
            first = [m for m in in_phrase if m.start < head.start()]
            # "U.S. Secretary of State Mike Pompeo": a title, then the person who holds it.
            last = in_phrase[-1] if in_phrase else None
            # (a role the registry's title words do not know, like "Ombudsman", only when
            # something names its place before the holder: "the Ombudsman of the DPR Daria
            # Morozova", not "the Ombudswoman for Human Rights")
            joiner = doc.text[head.start():head.end()].strip()  # "of", "for", ","
            holder = bool(first) and last.start >= head.end() and _a_person(last.entity) and (
                all(_only_a_title(m.entity, strict=True) for m in first) or
                all(_only_a_title(m.entity) or POSSESSIVE_WORD.search(m.text)
                    for m in first) and
                bool(doc.text[head.end():last.start].strip()) or
                # "Fight for $15 organizing director Kendall Fells": a title right before him
                doc.text[s:last.start].rsplit(None, 1)[-1].lower() in TITLE_WORDS or
                # "Joint Chiefs of Staff Chairman Mark Milley", "UTD Professor of Computer
                # Science Dr. Murat Kantarcioglu": the holder's mention, with his title, right
                # after "of" or an organisation's "for" (not "Colleagues of the vocal critic of
                # ... Putin", "A Kremlin spokesman for President Vladimir Putin")
                _titled_mention(last) and doc.text[head.end():last.start].strip() in ("", "the")
                and (joiner == "of" or joiner == "for" and
                     doc.text[s:head.start()].split()[-1].lower() not in PERSON_WORDS)
                and (last.entity.actor is not None or _titled_mention(last, honorific=True) or
                     self.registry.first_name_gender(last.entity.name) is not None))
            if not first and last is not None and self._holder_after_body(doc, s, head, last, e):
                # "the head of Kyiv regional state administration Oleksiy Kuleba"
                return last.entity, phrase
            if first and not holder:
                e = head.start()  # "Robert Antonacci of the New York delegation": the first name
            elif not first and (low.startswith(ARTICLE_WORDS) or
                                HYPHENED_MODIFIER.match(phrase) and all(
                                    w.islower() for w in doc.text[s:head.start()].split()[1:])
                                or _common_head(doc.text[s:head.start()])) \
                    and not VOICE.search(low):
                # "The top ally of Vladimir Putin", "Russia-backed separatists in eastern
                # Ukraine": the name only qualifies the head noun (but "a spokesperson for ILG"
                # speaks for ILG).
                return self._description(doc, phrase, before), phrase
        # A name that the regex ran together with an opening word ("But Sen. Richard J.
        # Durbin") is inside too.
        inside = [m for m in doc.mentions.before(e) if (m.start >= s or m.end > s and all(
            w.lower() in NOT_NAMES for w in doc.text[m.start:s].split())) and
            not _completes_office(doc.text, m)]
        if inside:
            if len(inside) > 1 and re.search(r"\b(?:and|or|&)\b", phrase) and \
                    len({m.entity.name for m in inside if not (
                        _only_a_title(m.entity) and not low.startswith(ARTICLE_WORDS))}) > 1:
                return None, phrase  # "Trump and Vance": no single speaker
            last = inside[-1]
            paper = doc.text[last.end:e].split()
            if len(paper) == 1 and (
                    paper[0].lower() in DOCUMENTS and last.entity.actor is not None and
                    last.entity.actor.kind != "country" or
                    paper[0].lower() in SPOKESPEOPLE and self._an_organisation(last.entity) and
                    (last.entity.is_org or last.entity.actor is not None) and
                    last.entity.name.lower() not in self.places and
                    low.startswith(("a ", "an "))):
                # "A Pentagon statement said", "a Kremlin spokesman said": the organisation
                # (as "a spokesman for the Kremlin" is; "the Pentagon spokesman" may be the
                # John Kirby named before)
                return last.entity, phrase
            if re.search(r"\b[a-z]{3,}", doc.text[last.end:e]) or \
                    low.startswith(ARTICLE_WORDS) and last.entity.actor is None and \
                    _role_at_end(last.entity):
                # "a former British Army Colonel", "the Kentucky Republican": a description
                # "U.S. officials", "Russia's defence ministry": the name only modifies the
                # head noun; the registry may know the whole description.
                return self._description(doc, phrase, before), phrase
            return last.entity, phrase
        if low.startswith(ARTICLE_WORDS) or phrase[:1].islower() or \
                low and low.split()[-1].rstrip(".") in PERSON_WORDS:
            # (a capitalised title is a description too: "Ukraine's President accused")
            return self._description(doc, phrase, before), phrase
        return None, phrase

    def _holder_after_body(self, doc: Doc, s: int, head: re.Match, last: Mention,
                           e: int) -> bool:
        """Does a role "of" a body end with the person who holds it, with no comma between
        ("the commander of Ukraine’s ground forces Oleksandr Syrskyi")? Not a role of the person
        ("the spokesman of Vladimir Putin") nor of somebody else's office ("an adviser to the
        head of the office of President Zelensky")."""
        text = doc.text
        body = text[head.end():last.start].split()
        role = text[s:head.start()].split()
        return text[head.start():head.end()].strip() == "of" and bool(body) and bool(role) and \
            role[-1].lower() in ROLE_WORDS and not text[last.end:e].strip() and \
            body[-1].lower() not in {"of", "for", "to", "the", "and", "or"} and \
            not POSSESSIVE_WORD.search(body[-1]) and \
            not any(ch in text[head.end():last.start] for ch in ",;()—–") and \
            _a_person(last.entity) and (last.entity.actor is not None or
                                        self.registry.first_name_gender(last.entity.name))

    def _organisation_before(self, doc: Doc, pos: int) -> Entity | None:
        """"It added that ...": the organisation that spoke last, in this sentence or the one
        before, if nobody spoke since; no place ("Russia said ... It" may be a thing). An "It"
        that opens its sentence may also be the organisation that opened the sentence before,
        if that sentence held no statement."""
        subject = self._sentence_subject(doc, pos, 0)  # "The Kremlin says ... what it calls"
        if subject is not None and self._an_organisation(subject):
            return subject
        last = self._organisation_statement(doc, pos, pos)
        if last is not None:
            return last.speaker
        earlier = doc.previous_sentence_start(pos)
        s_start = doc.sentence_of(pos)[0]
        recent = doc.last_resolved_before(pos)
        if earlier is not None and doc.text.startswith("It ", pos) and \
                THEY_OPENS.fullmatch(doc.text, s_start, pos) and \
                (recent is None or recent.end < earlier):
            # "Russia's Investigative Committee has launched a criminal probe ... It said":
            # the organisation that opened the sentence before, if no statement came in it
            # (not "..., the congressional report said. It accused the FDIC")
            subject = self._sentence_subject(doc, s_start - 1, 0)
            if subject is not None and self._an_organisation(subject) and (
                    subject.is_org or subject.actor is not None):
                return subject
        return None

    def _organisation_statement(self, doc: Doc, pos: int, at: int) -> Candidate | None:
        """The latest statement ended by `pos`, if an organisation made it and it ends in the
        sentence before `at`'s or later."""
        earlier = doc.previous_sentence_start(at)
        last = doc.last_resolved_before(pos)
        if last is None or last.speaker is None or earlier is None or last.end < earlier or \
                not self._an_organisation(last.speaker):
            return None
        return last

    def _organisation_named(self, doc: Doc, words: list[str], pos: int) -> Entity | None:
        """The organisation named in this sentence or the three before whose name has all
        these words ("border guard": the Finnish Border Guard; an unknown name with every
        word of such a description is no person's)."""
        return _latest_named(doc, pos, lambda m: m.entity.name.lower() not in self.places and (
            m.entity.actor is None or m.entity.actor.kind == "organisation") and
            set(words) <= set(m.entity.name.lower().split()))

    @staticmethod
    def _medium_before(doc: Doc, pos: int) -> Entity | None:
        """"the paper", "the outlet": the news medium named last, in this sentence or the
        three before (not "Liam Fox", "Times Square" or "a Washington Post-ABC News poll")."""
        return _latest_named(doc, pos, lambda m: not m.entity.person_like and
                             MEDIUM_NAME.search(m.entity.name) is not None and
                             not POLL_AFTER.match(doc.text, m.end))

    def _an_organisation(self, ent: Entity) -> bool:
        """A speaker that "it" can be: no person, place, country or group of people
        ("Republicans", "Ukrainians")."""
        return not ent.person_like and ent.name.lower() not in self.places and \
            (ent.actor is None or ent.actor.kind == "organisation") and \
            not re.search(r"(?:ans|ers|ists|ics)$", ent.name)

    def _country_ministry(self, phrase: str) -> Entity | None:
        """A country's ministry that the registry does not know, named as the registry names
        ministries: "The Norwegian foreign ministry" is the Ministry of Foreign Affairs of
        Norway, "Kazakhstan's interior ministry" the Ministry of Internal Affairs of
        Kazakhstan."""
        m = COUNTRY_MINISTRY.fullmatch(phrase)
        country = country_of(m.group("country")) if m is not None else None
        if country is None:
            return None
        office = f"Ministry of {MINISTRIES[m.group('dept').lower()]} of"
        name = f"{office} {country}"
        actor = self.registry.get(name) or self.registry.get(f"{office} the {country}")
        return Entity(actor.name, actor, True) if actor is not None else Entity(name, is_org=True)

    def _local_body(self, text: str, m: Mention) -> re.Match | None:
        """A place's own council or administration named after it: "the Mariupol city
        council"."""
        body = LOCAL_BODY.match(text, m.end)
        return body if body is not None and m.entity.name.lower() in self.places else None

    @staticmethod
    def _local_entity(m: Mention, body: re.Match) -> Entity:
        """The body a place's mention and LOCAL_BODY match name: the Mariupol City Council."""
        return Entity(f"{m.entity.name} {body.group(1).title()}", is_org=True)

    def _unknown_body(self, doc: Doc, ent: Entity, last: Candidate, pos: int) -> bool:
        """May a name the registry does not know, whose statement came last, be "the company"
        or "the agency"? Only if it was named or spoke in this sentence or the one before, not
        as "he" or "she", and is no first name ("Peter"), medium ("Guardian", "Independent")
        or place ending ("Cambridgeshire")."""
        earlier = doc.previous_sentence_start(pos)
        if earlier is None:
            earlier = doc.sentence_of(pos)[0]
        return (last.end >= earlier or any(
            m.entity is ent for m in doc.mentions.between(earlier, pos))) and \
            (last.mention or "").lower() not in PRONOUN_GENDER and \
            not self.registry.knows_first_name(ent.name.split()[0]) and \
            not MEDIA_SOURCE.search(ent.name) and not ent.name.endswith("shire")

    def _description(self, doc: Doc, phrase: str, pos: int) -> Entity | None:
        """'the Ukrainian leader' via the registry; 'the prime minister' via recent mentions."""
        actor = self.registry.by_title(phrase, doc.date)
        if actor is None and phrase.lower().split()[-1] in OFFICE_HEADS and \
                any(w[:1].isupper() for w in phrase.split()
                    if w.lower() not in ("the", "a", "an")):
            # "the U.K. defense ministry", "Britain's defence ministry": a known alias (not a
            # bare "the foreign office")
            actor = self.registry.get(phrase)
        if actor is not None:
            return Entity(actor.name, actor, actor.kind != "person")
        if (ministry := self._country_ministry(phrase)) is not None:
            return ministry
        # "..., the president added": a recent speaker who holds the title comes first.
        for c in reversed(doc.resolved[-3:]):
            actor = c.speaker.actor if c.speaker is not None else None
            if actor is not None and c.end <= pos and self.registry.holds(actor, phrase, doc.date):
                return c.speaker
        for m in reversed(doc.mentions.before(pos)[-15:]):
            actor = m.entity.actor
            if actor is not None and self.registry.holds(actor, phrase, doc.date):
                return m.entity
        words = phrase.lower().split()
        head = words[-1]
        if len(words) == 2 and words[0] == "the" and head not in NO_BODY_HEADS:
            # "Ukraine's Operational Command South said ... the command said": a recent
            # organisation speaker with the word in its name (not "The court" for a "U.S.
            # District Court Judge")
            for c in reversed(doc.resolved[-3:]):
                if c.speaker is not None and c.end <= pos and \
                        self._an_organisation(c.speaker) and not _only_a_title(c.speaker) and \
                        head in c.speaker.name.lower().split():
                    return c.speaker
        if words[0] == "the" and 3 <= len(words) <= 4 and head not in OFFICE_HEADS and \
                (org := self._organisation_named(doc, words[1:], pos)) is not None:
            return org  # "the Finnish Border Guard said ... the border guard said"
        if head in OFFICE_HEADS or head in ORG_NOUNS and words == ["the", head] or \
                head in MEDIA_HEADS and words[0] == "the" and \
                all(w in MEDIA_MODIFIERS for w in words[1:-1]):
            # (a recent speaker first: "Britain's defence ministry said ... The ministry said")
            for ent in [c.speaker for c in reversed(doc.resolved[-3:]) if c.end <= pos] + \
                    [m.entity for m in reversed(doc.mentions.before(pos)[-15:])]:
                if ent is not None and ent.is_org and head in ent.name.lower():
                    return ent
            if head in MEDIA_HEADS and (medium := self._medium_before(doc, pos)) is not None:
                return medium
            if words == ["the", "embassy"]:
                # "outside the Russian embassy ... the embassy said": the only country's
                # embassy the article has named so far
                named = {c: m for m in EMBASSY.finditer(doc.text, 0, pos)
                         if (c := _embassy_country(m)) is not None}
                if len(named) == 1:
                    return _embassy(doc.text, next(iter(named.values())), self.places)
            if words == ["the", head] and head in BODY_NOUNS:
                # "Energoatom ... revealed that ... The agency wrote": the organisation that
                # spoke last, if no other speaker came between, even one the registry does not
                # know ("Kaseya, an information technology ... company, said") (a government
                # office is an "agency" but no "company" or "group"; no dateline "PORTLAND").
                last = doc.last_resolved_before(pos)
                ent = last.speaker if last is not None else None
                official = ent is not None and ent.actor is not None and \
                    "government" in (ent.actor.affiliation or "").lower()
                if ent is not None and self._an_organisation(ent) and \
                        (head == "agency" or not official) and \
                        not (ent.name.isupper() and len(ent.name) > 5) and \
                        (ent.is_org or self._unknown_body(doc, ent, last, pos)):
                    return ent
        elif head in ISSUED_PAPERS | {"statement", "post", "tweet"} and len(words) == 2 and \
                words[0] in ("the", "a", "its"):
            # 'NASA said in a statement late Thursday that ... "...," the statement said': the
            # statement of whoever spoke in a sentence before that speaks of a statement
            # (not "The Times said Cook provided a written statement": Cook's, not named as
            # the speaker there; no place or country). An organisation the registry knows
            # needs no "in a statement" ('..., according to the Russian defence ministry.
            # "...," said a statement') if nobody else is named since ("The Times said Cook
            # provided a written statement").
            earlier = doc.previous_sentence_start(pos)
            last = doc.last_resolved_before(pos)
            # (a closing cue is only the candidate's cue_text: '"range of measures" ...,
            # William Evanina ..., said in a statement released Friday.')
            said_in = last is not None and (last.cue is not None or last.cue_text) and re.search(
                r"\b(?:in|on|via)\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?" + head,
                doc.text[last.cue.verb_start:last.cue.verb_end + 40] if last.cue is not None
                else last.cue_text) or \
                head in ISSUED_PAPERS | {"statement"} and last is not None and \
                last.speaker is not None and (
                    last.speaker.actor is not None and last.speaker.actor.kind == "organisation"
                    if head == "statement" else
                    last.speaker.is_org or last.speaker.actor is not None) and \
                self._an_organisation(last.speaker) and not any(
                    m.entity.person_like and not m.quoted
                    for m in doc.mentions.between(last.start, pos))
            if said_in and last.speaker is not None and earlier is not None and \
                    last.end > earlier and last.speaker.name.lower() not in self.places and \
                    (last.speaker.actor is None or last.speaker.actor.kind != "country"):
                return last.speaker
        elif head in PERSON_NOUNS and words[0] == "the" and len(words) <= 4:
            unnamed = _unnamed_end(doc.text, head, pos)
            if len(words) == 2 and not head.startswith("spokes") and unnamed < 0:
                # "Secretary of State Antony Blinken met NATO allies ... The secretary also
                # praised": the last person named who now holds an office of that name (not
                # "the spokesperson": spokespeople are mostly unnamed); "the diplomat" is an
                # ambassador.
                speakers = {id(c.speaker) for c in doc.resolved if c.speaker is not None}
                offices = (head, *HEAD_ABBREVIATIONS.get(head, ()))
                for m in reversed(doc.mentions.before(pos)[-15:]):
                    actor = m.entity.actor
                    if actor is not None and actor.kind == "person" and not m.quoted and \
                            (m.subject or id(m.entity) in speakers) and \
                            any(self.registry.holds_word(actor, w, doc.date) for w in offices):
                        return m.entity
            # "the bloc's top diplomat Josep Borrell said ... the diplomat told": a recent
            # speaker whose source phrase had every word of the description ("the PM's
            # spokesman" is not the Kremlin's); a definite one only ("a senior official"
            # refers to nobody named before).
            wanted = set(re.findall(r"[a-z]+", phrase.lower())) - {"the", "s"}
            for c in reversed(doc.resolved[-4:]):
                if c.speaker is not None and c.speaker.person_like and c.end <= pos and \
                        c.mention and wanted <= set(re.findall(r"[a-z]+", c.mention.lower())):
                    return c.speaker
            # (not "the frigate's commander": somebody else's)
            return self._last_named_speaker(doc, phrase, pos, unnamed,
                                            POSSESSIVE_WORD.search(phrase) is not None)
        return None

    def _last_named_speaker(self, doc: Doc, phrase: str, pos: int, unnamed: int,
                            possessive: bool = False) -> Entity | None:
        """'Yakunin said London had ... "...," the former top executive said': a person whom
        the article called by this description's title (the registry, if it knows him, by
        another: "retired Lt. Gen. Keith Kellogg" is "the retired general" in 2022).

        The speaker just before comes first if the article gave him this title ("Kellogg"
        after "retired Lt. Gen. Keith Kellogg" is "the former general"); then the last person
        named with the title ("Chancellor Nadhim Zahawi warned ... the Chancellor said"); then
        the speaker just before if the article gave him no other office or trade ("Mayor
        Vitaliy Maletskiy" is not "the local governor", nor "Jamie Grey, 34, a teacher" "the
        Chancellor"). Nobody for "the frigate's commander" (somebody else's) or after "a police
        officer on the scene" (an unnamed one, whose phrase ends at `unnamed`; -1 if none)
        unless a person named with the title came after it."""
        head = phrase.lower().split()[-1]
        titles = {head} | set(HEAD_ABBREVIATIONS.get(head, ()))
        if possessive:
            return None
        # (after an unnamed one, "A Ukrainian commander ... has disclosed", only a person
        # named with the title since: "their commander Ruslan Miroshnichenko told Politico";
        # but "the official" after "a senior official" is that anonymous one)
        if unnamed >= 0 and head in ANONYMOUS_HEADS:
            return None
        last, said = self._speaker_just_before(doc, pos) if unnamed < 0 else (None, set())
        if last is not None and said & titles:
            return last
        # The most recently named person whom the article gave the title, with the other words
        # of the description ("the Energy secretary"; not "Sen. Joni Ernst, R-Iowa. The Florida
        # senator", nor "the shadow foreign minister, Penny Wong" for "the prime minister").
        modifiers = {w.lower() for w in phrase.split()[1:-1]} - GENERIC_MODIFIERS
        upto = bisect.bisect_left(doc.mentions.starts, pos)
        people = [m for m in doc.mentions.mentions[:upto]
                  if not m.quoted and m.entity.person_like and
                  (m.entity.actor is None or m.entity.actor.kind == "person")]
        titled = {id(m.entity) for m in people
                  if m.start > unnamed and self._titled(doc, m, titles, modifiers)}
        for m in reversed(people):
            if id(m.entity) in titled:
                return m.entity
        return last if last is not None and not said & CALLINGS else None

    @staticmethod
    def _titled(doc: Doc, m: Mention, titles: set[str], modifiers: set[str]) -> bool:
        """Does a mention hold the whole name and one of `titles` (in the mention, or as the
        word right before it), and the `modifiers` next to it? (Not "Bush" linked to the last
        Bush named, nor "a senior US official told CNN's Matthew Chance".)"""
        name = set(m.entity.name.lower().split())
        words = set(re.findall(r"[a-z]+", m.text.lower()))
        before = re.findall(r"[a-z]+", doc.text[max(0, m.start - 20):m.start].lower())[-1:]
        # (or in an appositive: "Maksym Kozytskyy, governor of Lviv Regional State
        # Administration" is "the governor")
        after = re.match(rf",\s+(?:[a-z-]+\s+){{0,3}}(?:{'|'.join(sorted(titles))})\b",
                         doc.text[m.end:m.end + 80])
        if not (name <= words and (titles & (words - name | set(before)) or after)):
            return False
        near = (doc.text[max(0, m.start - 40):m.end] +
                re.split(r"[.\n]", doc.text[m.end:m.end + 80])[0]).lower()
        return all(w in near for w in modifiers)

    @staticmethod
    def _speaker_just_before(doc: Doc, pos: int) -> tuple[Entity | None, set[str]]:
        """The last speaker before `pos`, a full name the registry does not know, in a
        sentence before this one, in this paragraph or the one before, with no other person
        named since; and the words next to his recent mentions (the last 40 of the
        article's: titles before it, an appositive after it)."""
        last = doc.last_resolved_before(pos)
        ent = last.speaker if last is not None else None
        if ent is None or ent.actor is not None or not ent.person_like or \
                len(ent.name.split()) < 2 or last.end > doc.sentence_of(pos)[0] or \
                doc.paragraph_of(pos) - doc.paragraph_of(last.end) > 1 or \
                any(m.entity is not ent and m.entity.person_like and not m.quoted
                    for m in doc.mentions.between(last.end, pos)):
            return None, set()
        near = " ".join(doc.text[max(0, m.start - 40):m.end] + " " + (
            doc.text[m.end:m.end + 80].split(".")[0] if doc.text.startswith(",", m.end) else "")
            for m in doc.mentions.before(pos) if m.entity is ent).lower()
        return ent, set(re.findall(r"[a-z]+", near))

    def _pronoun(self, doc: Doc, gender: str, pos: int, named: set[int] = frozenset()
                 ) -> Entity | None:
        """He/she: a subject of this sentence, the previous speaker, or a recent subject;
        never an entity in `named` (ids of those the statement names)."""

        # (not a plural that opened the sentence of a cue-less fragment: 'Friends offered to
        # ... work for my "campaign"', or that a relative clause follows: 'reassure Ukrainians
        # who fear')
        speakers = {id(c.speaker) for c in doc.resolved if c.speaker is not None and (
            c.cue is not None and not c.cue.relative or c.speaker.actor is not None or
            not BARE_PLURAL.fullmatch(c.speaker.name))}

        def fits(ent: Entity | None) -> bool:
            # (a person the registry does not know may share a first name with people it
            # knows: "Mark Levin" is no "she")
            # (nor a place that spoke: "The United States said ... he said")
            return (ent is not None and (ent.person_like or id(ent) in speakers and
                                         not MEDIUM_NAME.search(ent.name) and
                                         not PEOPLES.fullmatch(ent.name))
                    and not ent.is_org and id(ent) not in named and
                    ent.name.lower() not in self.places and
                    (ent.gender or (self._name_gender(ent.name)
                                    if ent.actor is None else None)) in (None, gender))

        s_start, _ = doc.sentence_of(pos)
        recent = [m for m in doc.mentions.before(pos) if not m.quoted]
        # The sentence's first subject: in "Trump said that Putin had been emboldened, as he
        # said ...", "he" is Trump, not the subject of the reported clause.
        for m in [m for m in recent if m.start >= s_start]:
            if m.subject and fits(m.entity):
                return m.entity
        if self._unnamed_said_before(doc, s_start, gender):
            return None
        par = doc.paragraph_of(pos)
        for c in reversed(doc.resolved):
            if c.kind == "indirect" and c.cue is not None and c.cue.relative and \
                    BACKGROUND.search(doc.text, c.cue.subj_end, c.cue.verb_start) and \
                    not any(m.subject for m in doc.mentions.between(c.cue.subj_start,
                                                                    c.cue.subj_end)):
                # a background aside on a name that is no subject ("... with Ukrainian
                # President Volodymyr Zelensky, who has previously criticised the Security
                # Council") is nobody's "he" (but "Vassily Nebenzia, who said ..." is)
                continue
            gap = par - doc.paragraph_of(c.end)
            if pos - c.end > 1500 or gap > 3:
                break
            if _from_another_story(doc, c):
                continue
            if gap >= 2 and any(m.entity.person_like and m.entity is not c.speaker
                                for m in recent if m.start > c.end):
                break  # two paragraphs back only when nobody else was named in between
            if c.speaker is None and gap <= 1 and pos - c.end < 600 and \
                    self._unnamed_person(doc, c, gender) and \
                    not self._names_a_person(doc, c.cue.subj_end, pos, unsaid=(c.start, c.end)):
                # 'a staff member for ... Médecins Sans Frontières in the city said. “...,” he
                # said': the unnamed person who spoke last (not a person named before)
                return None
            if fits(c.speaker):
                if not c.speaker.person_like and (
                        c.speaker.is_org or MEDIUM_NAME.search(c.speaker.name) or
                        c.speaker.actor is not None and c.speaker.actor.kind != "person"):
                    # A person named as a subject since comes before a speaker that is an
                    # organisation or a medium ('The Mirror revealed ... Kremlin propagandist
                    # Sergei Sreda had shared pictures ... He said:')
                    since = [m.entity for m in recent if m.start > c.end and m.subject and
                             m.entity.person_like and fits(m.entity) and
                             (m.entity.actor is not None or self._name_gender(m.entity.name))]
                    if since:
                        return since[-1]
                if c.speaker.gender is None and (c.mention or "").lower() not in PRONOUN_GENDER:
                    # A later main-clause subject whom the registry knows to be of this gender
                    # comes first ('..., Natalia Panashii told the BBC. ... French President
                    # Emmanuel Macron landed himself in hot water ... "We must not humiliate
                    # Russia," he told French media'); not when the article already called
                    # the speaker "he" or "she".
                    known = self._known_subject_since(doc, doc.sentence_of(c.end)[1], pos,
                                                      gender, fits)
                    if known is not None:
                        return known
                else:
                    # A new person of this gender, subject of the sentence just before, comes
                    # first ('"...," Borisov said. ... It was announced by its defence
                    # minister Sergei Shoigu in August 2021. "...," he said').
                    # (or of the one before that, when the sentence between names nobody and
                    # goes on about a person of this gender:
                    # "Brian Best has lived in Kyiv ... It's where he met his wife ... He told
                    # CBS News" after Lavrov spoke)
                    prior = doc.previous_sentence_start(pos)
                    if prior is not None and prior > c.end:
                        earlier = doc.previous_sentence_start(prior)
                        between = (prior, doc.sentence_of(pos)[0])
                        if earlier is not None and earlier > c.end and not any(
                                not m.quoted for m in doc.mentions.between(*between)) and \
                                SAME_PERSON[gender].search(doc.text, *between):
                            prior = earlier
                        known = self._known_subject_since(doc, prior, pos, gender, fits)
                        if known is not None and known is not c.speaker:
                            return known
                return c.speaker
        # Else the subject of one of the two sentences before: "Zelenskyy arrived. He said".
        earlier = [s for s in doc.sentence_starts if s < s_start][-2:]
        for m in reversed(recent):
            if earlier and m.start < earlier[0]:
                break
            if m.subject and fits(m.entity):
                return m.entity
        return self._lone_person_before(doc, s_start, recent, fits)

    def _unnamed_said_before(self, doc: Doc, s_start: int, gender: str) -> bool:
        """Does the sentence before end with an unnamed person's cue that no statement took
        ("People were boiling ground water ..., a staff member for the international group
        Médecins Sans Frontières in the city said."), or hold one in a relative clause ("remarks
        from a Ukrainian woman, who said people should not ...")?"""
        prior = doc.previous_sentence_start(s_start)
        if prior is None:
            return False
        p_end = doc.sentence_of(prior)[1]
        last = doc.last_resolved_before(s_start)
        if last is not None and last.end > prior:
            return False
        m = FINAL_UNNAMED.search(doc.text, prior, p_end) or \
            next(reversed(list(RELATIVE_UNNAMED.finditer(doc.text, prior, p_end))), None)
        if m is None or m.group("verb") not in doc.cues.lexicon.verbs or m.group("verb") in ASKING:
            return False
        return self._unnamed_subject(doc, *m.span("subj"), gender)

    def _unnamed_subject(self, doc: Doc, s: int, e: int, gender: str) -> bool:
        """Is text[s:e] an indefinite phrase for one person that "he" or "she" (`gender`) may
        refer to, naming nobody ("a staff member for the international group ...")?"""
        m = INDEFINITE_PERSON.match(doc.text, s, e)
        return m is not None and _one_person(m.group("head"), gender) and \
            not self._names_a_person(doc, s, e)

    def _names_a_person(self, doc: Doc, s: int, e: int,
                        unsaid: tuple[int, int] | None = None) -> bool:
        """Does text[s:e] name a person whom the registry or a first name knows? With `unsaid`,
        also any as a sentence's subject ("Harald Wilhelm, the German automaker's chief ..."),
        not in a quotation nor in the words of that span ("A State Department official told
        reporters that Putin’s goal ...": Putin is no "he" who spoke next)."""
        return any(x.entity.person_like and (x.entity.actor is not None or
                                             x.subject and unsaid is not None or
                                             self.registry.first_name_gender(x.entity.name)) and
                   (unsaid is None or not x.quoted and not unsaid[0] <= x.start < unsaid[1])
                   for x in doc.mentions.between(s, e))

    def _unnamed_person(self, doc: Doc, c: Candidate, gender: str) -> bool:
        """Did an unnamed person of no other sex make statement c ("a staff member ...
        said", "A refugee living alone ... said")?"""
        if c.cue is None or c.cue.joint or c.cue.relative or c.cue.participle or \
                c.cue.subj_start < 0 or doc.text[c.start:c.end].rstrip("”\"’' ").endswith("?"):
            return False  # (a question's answer is the person asked's)
        s = c.cue.subj_start
        if APPOSED.search(doc.text, doc.sentence_of(s)[0], s) or \
                doc.text[c.cue.verb_start:c.cue.verb_end].lower() in ASKING:
            # (not an appositive: "Gilda Cobb-Hunter, a member of the Democratic National
            # Committee, recalled", "Adel Nefzi, a chemistry professor and a member of the
            # mosque's board, said"; nor one who asks: "A reporter asked Sanders how he’s
            # feeling ... He replied:")
            return False
        return self._unnamed_subject(doc, s, c.cue.subj_end, gender)

    def _name_gender(self, name: str) -> str | None:
        """The gender of a full name's first name, or of a first name standing alone
        ("Yevgeny tells us ... she tells me": she is not Yevgeny) that is no registry name
        ("Clinton")."""
        if " " in name:
            return self.registry.first_name_gender(name)
        return self.registry.given_name_gender(name) if not self.registry.candidates(name) \
            else None

    def _lone_person_before(self, doc: Doc, s_start: int, recent: list[Mention], fits
                            ) -> Entity | None:
        """The one person named in the sentence before, though as no subject ("One of the
        central claims of President Barack Obama’s speech ... does not stand up to scrutiny.
        He told his Democratic audience"), when the registry knows the gender.

        Nobody else may be a person: no other name in the three sentences before, no
        subject in the six ('... than Clinton, the 68-year-old former secretary of state ...
        "Some people feel ...," she said' is Sarandon's), and nobody unnamed in the sentence
        before ("SpaceX’s launch director issued a thinly veiled jab at Putin ... He said:").
        """
        back = [s for s in doc.sentence_starts if s < s_start][-6:]
        if not back:
            return None
        people = {id(m.entity): m for m in recent if (
            m.start >= back[-3:][0] or m.start >= back[0] and m.subject) and
            (m.entity.person_like or m.entity.actor is not None and not m.entity.is_org)}
        if len(people) != 1:
            return None
        m = next(iter(people.values()))
        if not (back[-1] <= m.start < s_start and fits(m.entity) and (
                m.entity.actor is not None or self.registry.first_name_gender(m.entity.name))):
            return None
        # The sentence's words outside names, less a title right before one ("Ukraine's
        # president Volodymyr Zelenskyy").
        bare, at = [], back[-1]
        for x in doc.mentions.between(back[-1], s_start):
            bare.append(re.sub(r"[a-z]+\s*$", "", doc.text[at:x.start]))
            at = x.end
        bare.append(doc.text[at:s_start])
        if PERSON_NOUNS.intersection(re.findall(r"[a-z]+", " ".join(bare))):
            return None
        return m.entity

    def _known_subject_since(self, doc: Doc, lo: int, pos: int, gender: str, fits
                             ) -> Entity | None:
        """The latest subject of a main clause between lo and pos (not after "when", "as" or
        a pronoun, not in a reported clause, not in a picture caption ending in a date), or
        agent of a passive verb of speech ("was announced by ... Sergei Shoigu"), whom the
        registry, or the first name, makes of `gender` (not the first of a list of names)."""
        starts = [st for st in doc.sentence_starts if lo <= st < doc.sentence_of(pos)[0]]
        for st in reversed(starts):
            s_start, s_end = doc.sentence_of(st)
            if _verbless(doc.text, s_start, s_end):
                continue  # a caption's names: "Nick Mason, Dave Gilmour, Rick Wright."
            mentions = [m for m in doc.mentions.between(s_start, s_end) if not m.quoted]
            # (or the agent of a passive verb of speech: "The development of ... by Russia was
            # announced by its defence minister Sergei Shoigu in August 2021.")
            agent = next((m for m in mentions if PASSIVE_AGENT.search(
                doc.text, max(s_start, m.start - 60), m.start)), None)
            first = next((m for m in mentions if m.subject), None)
            if first is not None and (
                    _in_caption(doc, first) or JOINT_SUBJECT.match(doc.text, first.end) or
                    SUBORDINATE_LEAD.search(lead := doc.text[s_start:first.start]) or
                    REPORTING.search(lead) or len(lead[lead.rfind(",") + 1:].split()) > 3 and
                    not ADJUNCT_LEAD.fullmatch(lead) and not TITLE_LEAD.fullmatch(lead)):
                # (but "In an Orthodox Easter message President Zelensky vowed", "The UK's armed
                # forces minister James Heappey made")
                first = None
            for m in (first, agent):
                if m is not None and fits(m.entity) and (
                        m.entity.gender == gender if m.entity.actor is not None else
                        self.registry.first_name_gender(m.entity.name) == gender):
                    return m.entity
        return None

    def _echo(self, doc: Doc, cands: list[Candidate]) -> None:
        """A quoted fragment repeated elsewhere (a headline, say) keeps its attributed speaker."""
        # (a short one only from a cue: a slogan, like "No to war", is many people's, and a
        # headline's words may have taken a speaker by chance)
        said = {doc.text[c.start:c.end].lower(): c for c in cands if c.quote and c.speaker and (
            c.cue is not None or len(doc.text[c.start:c.end].split()) >= 8)}
        for c in cands:
            if c.quote is not None and c.speaker is None:
                src = said.get(doc.text[c.start:c.end].lower())
                if src is not None:
                    c.speaker, c.mention, c.cue_text = src.speaker, src.mention, src.cue_text


def _one_person(head: str, gender: str) -> bool:
    """May an indefinite phrase with this head be one person that "he" or "she" (`gender`)
    refers to?"""
    return head in PERSON_HEADS and head not in SEXED_HEADS[gender]


def _unnamed_end(text: str, head: str, pos: int) -> int:
    """Where the last indefinite phrase with this head before `pos` ends ("one European
    diplomat", "a U.S. official"), which "the diplomat" may refer back to; -1 if none."""
    found = list(re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?:[A-Z]\.){{2,}}\s+|"
                            rf"[\w-]+\s+){{0,4}}{head}\b(?!['’])").finditer(text, 0, pos))
    return found[-1].end() if found else -1


def _embassy(text: str, m: re.Match, places: frozenset[str]) -> Entity | None:
    """A country's embassy as a speaker, named by its country and the capital it is in
    ("the US embassy in Ukraine" is the Embassy of the United States in Kyiv). An embassy
    whose place is not given takes the place the article first gives its country's embassy."""
    country = _embassy_country(m)
    if country is None:
        return None
    place = _embassy_place(m, places)
    if place is None:
        place = next((p for e in EMBASSY.finditer(text) if _embassy_country(e) == country and
                      (p := _embassy_place(e, places)) is not None), None)
    the = "the " if country.startswith("United ") else ""
    return Entity(f"Embassy of {the}{country}" + (f" in {place}" if place else ""),
                  is_org=True)


def _embassy_country(m: re.Match) -> str | None:
    """The country whose embassy an EMBASSY match names; None for a word that is no country or
    that is its capital ("Britain's Moscow embassy": a capital is the place)."""
    country = country_of(m.group("country"))
    return country if country is not None and capital_of(country) != m.group("country") \
        else None


def _embassy_place(m: re.Match, places: frozenset[str]) -> str | None:
    """The city an embassy match names: a country given for its place stands for its capital;
    a second word only if it completes a place ("South Africa", not "Kyiv Oleksandr")."""
    place = m.group("place")
    if place is None:
        return None
    if " " in place and place.lower() not in places and country_of(place) is None:
        place = place.split()[0]
    if (there := country_of(place)) is not None:
        return capital_of(there) or there
    return place


def _embassy_names(doc: Doc, cands: list[Candidate], places: frozenset[str]) -> None:
    """Name every embassy that spoke alike: an organisation the article names as "the U.S.
    Embassy" takes the name that "the U.S. Embassy in Kyiv" gives it elsewhere."""
    for c in cands:
        if c.speaker is not None and c.speaker.actor is None and c.speaker.is_org and \
                (m := EMBASSY.fullmatch(c.speaker.name)) is not None and \
                (ent := _embassy(doc.text, m, places)) is not None:
            c.speaker = ent


def _closing_mark(text: str, q: Quote) -> str:
    """The last character of q's content before its closing marks ("," in '...,"')."""
    return text[q.start:q.close].rstrip(" '\"”’")[-1:]


def _introduces(text: str, cue: Cue, q: Quote) -> bool:
    """A cue that ends right before the quotation with a colon or comma: 'X said: "'."""
    gap = text[cue.verb_end:q.open]
    # (not a stray colon after the sentence's end: 'officials said. : "...," Denisova said')
    return len(gap.split()) <= 3 and gap.rstrip()[-1:] in {",", ":"} and \
        gap.lstrip()[:1] not in {".", "!", "?"}


NAME_BEFORE_VERB = re.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){0,3}")
# A role ending in a lower-case noun before "and", not a list of names: ", Fox News senior
# strategic analyst and retired Army Gen. Jack Keane told".
WORD_RUN = re.compile(r"\S+")
ROLE_AND = re.compile(r",\s+(?:[\w.’'-]+\s+){0,4}[a-z][\w’'-]*\s+and\s+$")
TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling)\s+$")
# Short words a title of a work leaves in lower case: "The Lead with Jake Tapper".
TITLE_LOWER = frozenset("with from into over upon than".split())


def _verbless(text: str, start: int, end: int) -> bool:
    """Names, numbers and a caption's small words only in text[start:end] ("Viktor Bout in
    2010."); read word by word, so a sentence stops at its first lower-case verb."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.strip(",.()") in CAPTION_WORDS
               for w in map(re.Match.group, WORD_RUN.finditer(text, start, end)))


def _listener_title(text: str, q: Quote) -> bool:
    """A programme told something: 'Jack Keane told "The Story" Wednesday'."""
    return TOLD_BEFORE.search(text, max(0, q.open - 12), q.open) is not None and \
        _title_case(text[q.start:q.end])


def _title_case(content: str) -> bool:
    """Two or more words, every longer one capitalised: "The Death of Stalin"."""
    words = content.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words
                                   if len(w) > 3 and w not in TITLE_LOWER)


def _verb_follows(text: str, pos: int, hi: int, cues: BoundPatterns, name: bool = False) -> bool:
    """A cue verb right after the closing mark: '...anonymity" said Nick Merrill, a ...', or
    after a name there (`name`: a quotation that ends with no stop, '...out of business,
    too" Sweeny said after an event ...'; after a stop, '..." He said' starts a sentence)."""
    v = cues.verb.search(text, pos, min(hi, pos + 40))
    return v is not None and text[v.start()].islower() and (
        not text[pos:v.start()].strip() or name and
        bool(NAME_BEFORE_VERB.fullmatch(text, pos, v.start())))


def _common_head(words: str) -> bool:
    """Words of a plural common noun that open a source phrase ("Multiple reports", "Locals"),
    which a name after a preposition only qualifies: "Multiple reports from Kharkiv"."""
    low = [w.lower().rstrip(".,") for w in words.split()]
    return bool(low) and low[-1].endswith("s") and all(w.isalpha() for w in low) and \
        not any(w in PERSON_ROLES or w in TITLE_WORDS for w in low) and \
        all(w.islower() for w in words.split()[1:])


def c_kind_direct(text: str, q: Quote) -> bool:
    """A quotation that opens with a capital: a full sentence, not a fragment."""
    return text[q.start:q.start + 1].isupper()


def _name(ent: Entity | None) -> str | None:
    if ent is None:
        return None
    return ent.actor.name if ent.actor is not None else ent.name


@lru_cache(maxsize=4)
def _attributor(registry: ActorRegistry, lexicon: Lexicon) -> Attributor:
    return Attributor(registry, lexicon)


def extract(
    article: Article, registry: ActorRegistry | None = None, lexicon: Lexicon | None = None
) -> list[Statement]:
    """The statements in one article (see specs/labels.md), in text order."""
    registry = registry if registry is not None else ActorRegistry.load()
    lexicon = lexicon if lexicon is not None else load_lexicon()
    return _attributor(registry, lexicon).extract(article)

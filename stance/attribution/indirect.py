"""Reported speech without quotation marks: "X warned that ...", "according to X, ..."."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from stance.attribution.cues import (
    ADJUNCT,
    CUE_THEN_PARTICIPLE,
    DAY,
    MONTH,
    PART_OF_DAY,
    PASSIVE,
    PREPOSITIONS,
    RELATIVE_SUBJECT,
    SUBJECT_AFTER,
    BoundPatterns,
    Cue,
    participle_after_comma,
    relative_antecedent,
    strip_span,
    subject_after,
    subject_before,
)
from stance.attribution.lexicon import EVIDENCE_VERBS, RARE_SPEECH_VERBS
from stance.attribution.mentions import INSTITUTION_GROUPS, NOT_NAMES, ROLE_WORDS

# What may stand between a verb and its that-clause: "told reporters on Monday that"; a
# bare noun there ("a deal that") makes "that" a relative pronoun instead.
THAT_GAP = re.compile(
    r"(?:,?\s+(?:(?:on|in|at|during|late|early|this|last|to|via|after|before|with|over)"
    r"\s+[^.;:!?“”\",]{1,40}?|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|him|her|them|us|me|"
    r"(?:—|–|--)[^—–.;!?“”\"]{1,60}?(?:—|–|--)|"
    r"reporters|journalists|lawmakers|parliament|congress|the\s+[A-Z][\w’'.-]*|[a-z]+ly|"
    r"again|also|repeatedly|publicly|previously|earlier|today|yesterday|"
    rf"(?:on\s+)?{DAY}(?:\s+{PART_OF_DAY})?)){{0,3}},?\s+that\b"
)
# A reported question: "asked (reporters) whether ...", "explained why ...".
WH_GAP = re.compile(
    r"(?:\s+(?:him|her|them|us|me|reporters|journalists|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}))?"
    r",?\s+(whether|if|why|how|what|who|when|where|about)\b"
)
WH_VERBS = frozenset("asked asks ask asking wondered wonders questioned questions explained "
                     "explains explaining described describes".split())
NOUN_BEFORE = re.compile(r"(?:['’]s|\b(?:the|a|an|his|her|its|their|our|my|your|this|that))\s+$",
                         re.I)
EVIDENCE_SOURCE = re.compile(
    r"\b(?:[Pp]olls?|[Ss]urveys?|[Ss]tud(?:y|ies)|[Rr]eports?|[Dd]ata|[Rr]ecords|[Aa]nalys[ie]s|"
    r"[Rr]esearch|[Ff]igures|[Rr]esults|[Nn]umbers|[Aa]rticle|[Ii]nvestigation|[Rr]eview|[Aa]udit|"
    r"[Ee]stimates|[A-Z][A-Za-z/&.-]+)\s+(?:\w+ly\s+|also\s+|has\s+|have\s+|had\s+)*$"
)
# A clause can follow "said" without "that": "said the talks", "says referees are"; a
# preposition or an object pronoun there starts something else ("said in", "told him").
BARE_CLAUSE = re.compile(
    r"(?:(?:on|in|at|during)\s+[\w’' ]{1,30}?\s+|(?:late|early|this|last)\s+(?:week|month|year|"
    r"weekend|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|\w+day)\s+|"
    rf"{DAY}\s+(?:night\s+|morning\s+)?)?"
    r"(?!(?:to|in|on|at|of|for|with|by|about|from|into|so|nothing|something|anything|this|"
    r"that|him|her|them|me|us|you|reporters|journalists|yes|no|goodbye|hello|thanks|"
    r"more|much|little|otherwise|as|if|when|while|after|before|but|and|or|not)\b)"
    r"(?=[A-Za-z])"
    # "said her family asked for privacy", "said her country wants", "said 40 people were
    # killed": "her" or a number
    # (not a year) opens a clause when a verb follows ("claimed 14,000 lives" does not).
    # "said much of his discussion with Trump was about Israel": "much of" too (not "said her
    # goodbyes to the staff who had worked ...": no verb of a later clause).
    r"|(?=(?:her|much\s+of(?:\s+(?:the|his|her|their|its|our))?)\s+[a-z]+\s+"
    r"(?:(?!(?:who|which|that|before|after|when|while|he|she|they|we|I)\b)[\w’'-]+\s+){0,5}?"
    r"(?:is|was|were|are|has|had|have|will|"
    r"would|could|should|can|may|might|[a-z]+ed|took|made|gave|went|came|knew|thought|felt|saw|"
    r"left|lost|won|became|began|brought|kept|held|meant|sent|spent|paid|found|grew|rose|led|"
    r"stood|did)\b|her\s+[a-z]+\s+[a-z]+s\b(?!,|\s+(?:and|or)\b))"
    r"|(?=(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\s+(?:\S+\s+){0,6}?"
    r"(?:is|was|were|are|has|had|have|will|would|could|should|can|may|might|[a-z]+ed)\b)",
)
# Where a reported clause stops: a second verb phrase ("..., but cautioned"), a relative or
# subordinate clause after an object ("his observations as he lined up"). Within a
# that-clause, only a verb of speech or thought after "and" is the speaker's own ("said that A
# and warned that B"); other verbs go on with the clause's subject ("told reporters that the
# investigation is independent and is being conducted by career lawyers").
# (So "said the sanctions would come quickly and walked off the stage" keeps its last words:
# telling a narrative verb from the clause's own is beyond these rules.)
# (", yet also said" too, but not "has not yet attributed".)
COORDINATED_VERB = re.compile(r"(?:,?\s+(?:and|but)|,\s+yet)\s+(?:also\s+|then\s+)?"
                              r"(?=([a-z]+(?:ed|s)|(?:said|told|wrote|thought|knew))\b)")
_OBJECT_ENDS = (r"\s+(?:{as}while|when|after|before|because|since|during|amid|until|"
                r"following)\s|"
                r"\s+(?:(?:last|this|next|on|earlier|later)\s+)?(?:week|month|year|" + DAY +
                r")\b|"
                r",?\s+and\s+(?:has|have|had|is|was|will|would)\b|"
                r",\s+(?:who|which|where|as|while|when|after|the|a|an|without|"
                r"even|but|despite|though|although|(?!including\b|[a-z]*thing\b|morning\b|"
                r"evening\b)[a-z]{2,}ing\b(?!,|\s+(?:and|or)\b))\b|;")
# "as" ends an object ("praised the troops as they ..."), but not "such as", "known as",
# "as well as" or "as many as".
OBJECT_END = re.compile(_OBJECT_ENDS.replace(
    "{as}", r"(?<!such )(?<!known )(?<!well )(?<!many )(?<!much )as"
            r"(?!\s+(?:well|many|much)\s+as\b)|"))
# "described the dinner as Washington celebrating itself": after these verbs "as" goes on
# with the statement.
AS_VERBS = frozenset("described describes describing characterized characterised "
                     "portrayed portrays portraying branded brands labeled labelled labels "
                     "dismissed dismisses dismissing denounced denounces criticized criticised "
                     "blasted slammed attacked praised hailed welcomed".split())
OBJECT_END_AS = re.compile(_OBJECT_ENDS.replace("{as}", ""))
# A verb followed by one of these has no object: a passive participle ("described in the
# report as", "criticized as poorly planned") or an intransitive use ("attacked and ...").
NO_OBJECT = re.compile(r"\s+(?:as|by|and|or|but|in|at|from|with)\b")
# A reflexive object, with nothing after it but the sentence's own cue.
REFLEXIVE = re.compile(r"\s+(?:itself|themselves)\s*(?:[,.;]|$)")
# "called off an assault", "called up reservists": an act, not words ("called out" is kept:
# "called out Pompeo for ..." reports criticism).
CALL_PARTICLE = re.compile(r"\s+(?:off|up)\b")
# Where any reported clause stops: a relative or participle clause, an appositive, a contrast.
CLAUSE_END = re.compile(r",\s+(?:which|while|whereas|meaning|saying|adding|telling|noting|"
                        r"arguing|insisting|citing|claiming|urging|however|even\s+though|"
                        r"though|although|compared|after|putting|leaving|making|giving|where|"
                        r"despite|according|a|an)\b|\s+[—–]\s+(?:even|but|and|all)\b|;|"
                        r",\s+(?:but|yet)\s+(?=(?:he|she|they|it|we|I|the|a|an|[A-Z]\w*)\s)")
BARE_VERBS = frozenset(
    "said says say claimed claims argued argues insisted insists believes believe thinks "
    "think added adds warned warns wrote writes tweeted predicted predicts acknowledged "
    "admitted admits believed thought hope hopes hoped fear fears feared feel feels felt "
    "know knows knew doubt doubts suspect suspects suspected saying arguing claiming "
    "insisting adding noting warning explaining reported reports announced announces revealed "
    "reveals confirmed confirms noted notes stated states conceded concedes recalled recalls "
    "claim alleged admit admitting agree agrees disagree repeat realized noticed learned "
    "understood assumed guess estimated estimates projected remember show shows showed found "
    "finds".split()
)
# Verbs of speech whose object is seldom anybody's words: an act ("refused to sign",
# "approved the plan", "pleaded guilty", "testified before Congress", "claiming 14,000
# lives"), a participle before a noun ("videos posted online", "voiced by the actor"), or
# verbs whose clause the bare-clause rule reads ("said", "added"), or whose object is a
# text rather than its words ("wrote a children's book"). The others take their
# object as the statement: "cited security concerns", "accused Ukraine of acting
# provocatively", "highlighted the UK's failure to act".
NOT_OBJECT_VERBS = frozenset(
    "say said says saying add added adds adding claim claims claimed claiming refuse refused "
    "refuses refusing declined approved approve approves ruled rules pleaded presented "
    "unveiled posted testified identified reacted avoided sounded voiced attributed repeated "
    "continued responded referred quoted pointed pressed rebuffed emailed reported reports "
    "laid charged embraced declare declared revealed wrote write writes writing".split()
)
# Verbs whose content can be a to-infinitive: "vowed to veto the bill", "wants to run".
TO_VERBS = frozenset(
    "want wants wanted plan plans planned intend intends intended hope hopes hoped vowed vows "
    "pledged pledges promised promises threatened threatens agreed agrees offered offers "
    "hoping planning vowing promising pledging threatening wanting intending".split()
)  # not "declined to say" or "refused to return the whip": a refusal reports no words
WANT = frozenset("want wants wanted".split())  # "Palestinians want East Jerusalem"
# Thought verbs that tell a story rather than report a view, after "who" ("Viktor, who
# remembers the last time ...").
NARRATIVE_VERBS = frozenset("remember remembers remembered recalls recalled".split())
TO_CLAUSE = re.compile(r"\s+(?:not\s+)?to\s+(?=[a-z])")
TELL = frozenset("told tells tell telling".split())
LISTENER = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|state|local)\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}"
    r"|reporters|journalists|lawmakers|legislators|MPs|parliament|him|her|them|us|me|"
    r"the\s+\w+|supporters|listeners|viewers|students|troops|soldiers|residents|delegates)"
    r"(?:\s+(?:newspaper|magazine|radio|television|TV))?(?:\s+of\s+[A-Z][\w’'.-]*)?"
    r"(?:\s+(?:on|in|at)\s+[A-Z\w][\w’' ]{0,30}?|\s+(?:last|this|next)\s+(?:week|month|year|"
    rf"night|weekend)|\s+(?:on\s+)?{DAY})?(?=\s)"
)
# "told a crowded banquet hall at a hotel in downtown Baltimore that ...": after a form of
# "tell", "that" ends the listener and opens the content.
TELL_THAT = re.compile(r"\s+[^.;:!?“”\"]{1,80}?,?\s+that\s+(?=[a-z]+[’'\s])")
OPENER = re.compile(r"\s*(?:(?:Having|After|When|While|Before|Upon|Once)\s+)?(?=[A-Za-z])")
# "Asked if ..., Stoltenberg replied that ...": the question is the reporter's, not the
# speaker's words; only the reply is a statement.
ASKED = frozenset("asked pressed questioned".split())
MAIN_SUBJECT = re.compile(r"\s+((?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*|he|she|they|"
                          r"we|I)\s+(?=[a-z])")
SUBORDINATE = re.compile(r"\s*(?:While|Although|Though|Even\s+though|Because|If|Since|Whereas|"
                         r"When|Once|Until|Unless)\s")
# "Even as he said X, he clarified ...", "just a day after Obama promised X, U.S. forces
# bombed ...": a subordinate clause's content ends at its comma.
SUBORDINATOR_BEFORE = re.compile(r"\b(?:while|although|though|because|since|whereas|when|once|"
                                 r"until|unless|after|before|(?<!such )(?<!well )as|if)\s+$",
                                 re.I)
AS_SOURCE = re.compile(r"\s*As\s+")
AS_CUE_END = re.compile(r"(?:\s+[\w’' ]{1,25}?)?,\s+")
# "and that ..." carries on the same reported clause: "said A and that she wanted B".
NEXT_CLAUSE = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?!that\b)|\s+[—–]\s+as\s+")
COORDINATION = re.compile(r",?\s+(?:and|but)\s+(?:\w+ly\s+|also\s+)?")
RELATIVE = re.compile(r"\s*(?:which|who|whom|whose|that|where|when)\b", re.I)
ELIDED_SUBJECT = re.compile(r"(?:,|\band|\bbut)\s+(?:\w+ly\s+|also\s+)?$")
SENTENCE_FINAL = re.compile(r"[.!?…\s\"”’]+$")
# A comma that ends a clause: not one inside a number ("40,000 more troops").
CLAUSE_COMMA = re.compile(r",(?!\d)")
PAST_FORM = re.compile(r"\b[a-z]{3,}ed\b")


def _clause_closed(text: str, start: int, end: int) -> bool:
    """Does an opening subordinate clause end, with a verb of its own, before `end`? ("While
    no deployments have been confirmed, the ministry claimed ...", not "While Putin's
    spokesman, Dmitry Peskov, said ...".)"""
    comma = _comma(text, start, end)
    return comma != -1 and (FINITE.search(text, start, comma) is not None or
                            PAST_FORM.search(text, start, comma) is not None)


def _comma(text: str, start: int, end: int) -> int:
    """The first clause-ending comma in text[start:end], or -1."""
    m = CLAUSE_COMMA.search(text, start, end)
    return m.start() if m else -1


@dataclass(frozen=True)
class IndirectSpan:
    start: int
    end: int
    cue: Cue


PARTICIPLE_TAIL = re.compile(rf"[\"”’']?{CUE_THEN_PARTICIPLE}[a-z]+ing\b")


def _content_end(text: str, s_start: int, s_end: int) -> int:
    m = SENTENCE_FINAL.search(text, max(s_start, s_end - 12), s_end)
    return m.start() if m and m.start() < s_end else s_end


def find_indirect(
    text: str, sentences: list[tuple[int, int]], blocked: list[tuple[int, int]],
    patterns: BoundPatterns,
) -> list[IndirectSpan]:
    """Indirect statements in sentences that carry no direct quotation."""
    found: list[IndirectSpan] = []
    bi = 0
    for s_start, s_end in sentences:
        while bi < len(blocked) and blocked[bi][1] <= s_start:
            bi += 1
        if bi < len(blocked) and blocked[bi][0] < s_end:
            # '"...," Trump said, referring to Barack Obama.': only after the quotation and its
            # cue, a participle may report more.
            last, j = blocked[bi][1], bi + 1  # blocked is sorted by start: stop at s_end
            while j < len(blocked) and blocked[j][0] < s_end:
                last, j = max(last, blocked[j][1]), j + 1
            tail = PARTICIPLE_TAIL.match(text, last, s_end)
            if tail is None:
                continue
            span = _indirect_in_sentence(text, last, s_end, patterns, s_start)
            if span is not None and text[span.cue.verb_start:span.cue.verb_end].endswith("ing"):
                found.append(span)
            continue
        span = _indirect_in_sentence(text, s_start, s_end, patterns)
        while span:
            # "A said X, and B said Y": the clause after the conjunction is B's statement.
            span, following = _next_speaker(text, span, s_start, s_end, patterns)
            found.append(span)
            coordinated = [] if following is not None else _coordinated(
                text, span, _content_end(text, s_start, s_end), patterns)
            found.extend(coordinated)
            if following is None and not coordinated and s_end - span.end > 20:
                # "Asked if ..., Trump said ...": a statement after the content ends.
                after = max(span.end, span.cue.verb_end)
                following = _indirect_in_sentence(text, after, s_end, patterns, s_start)
                if following is not None and following.cue.verb_start < span.end:
                    following = None
            span = following
    seen: set[tuple[int, int]] = set()  # one statement per span, however it was reached
    return [f for f in found if (f.start, f.end) not in seen and not seen.add((f.start, f.end))]


def _next_speaker(
    text: str, span: IndirectSpan, sentence: int, s_end: int, patterns: BoundPatterns
) -> tuple[IndirectSpan, IndirectSpan | None]:
    """The span cut before a conjoined clause with its own speaker, and that clause's statement."""
    inner = patterns.verb.with_indirect_verbs(span.start, span.end)
    for m in NEXT_CLAUSE.finditer(text, span.start, span.end) if inner else ():
        if inner[-1].start() < m.end():
            break  # no verb after this conjunction
        nxt = _indirect_in_sentence(text, m.end(), s_end, patterns, sentence)
        if nxt is not None and nxt.cue.subj_start >= m.end() and nxt.cue.verb_start < span.end:
            a, b = strip_span(text, span.start, m.start())
            if b - a >= 15:
                return IndirectSpan(a, b, span.cue), nxt
    return span, None


def _coordinated(
    text: str, span: IndirectSpan, end: int, patterns: BoundPatterns
) -> list[IndirectSpan]:
    """'X said A but insisted that B', 'He congratulated her for her victory and praised her
    effort': B is a second statement with the same subject."""
    for v in patterns.verb.finditer(text, span.end, end):
        m = COORDINATION.search(text, span.end, v.start())
        if m is None or m.end() != v.start():
            continue
        verb = v.group().lower()
        rest = _after_verb(text, v, end, verb, patterns, True) or \
            _after_verb(text, v, end, verb, patterns, False)
        if rest is None or rest[1] - rest[0] < 8 or not _an_object(text, rest):
            continue  # (not "... and announced Thursday")
        cue = replace(span.cue, verb_start=v.start(), verb_end=v.end())
        return [IndirectSpan(rest[0], rest[1], cue)]
    return []


# An object may be short ("Priebus rejected that idea", "Clinton blasts Trump"), but not a
# pronoun or a time alone ("praised it", "announced Thursday", "tweeted last July").
MIN_OBJECT = 5
PRONOUN_ONLY = re.compile(
    r"(?:it|this|that|them|him|her|these|those|me|us|you|so|(?:(?:on|last|this|next|early|"
    rf"late|earlier|later)\s+)?(?:{DAY}|week|month|year|{MONTH}|{PART_OF_DAY})"
    rf"(?:\s+{PART_OF_DAY})?)", re.I)


def _an_object(text: str, span: tuple[int, int]) -> bool:
    """Is text[span] long enough to be a verb's object, and more than a pronoun or a time?"""
    return span[1] - span[0] >= MIN_OBJECT and not PRONOUN_ONLY.fullmatch(text, *span)


# People who can be a source without a name ("the official", "several observers").
SOURCE_NOUNS = ROLE_WORDS | frozenset("official observer source expert resident witness".split())
# What follows "according to" is its source in any form, if it names who or what reports
# ("data released Friday by state gaming regulators", "a publishing executive familiar with the
# talks"), not where the phrase means "in accordance with" ("according to size", "the plan").
ACCORDING_HEADS = frozenset("""data report result figure number statistic estimate poll polling
    survey study research analysis assessment document record filing memo letter email note
    bulletin alert readout transcript statement website account post video footage image imagery
    photo picture map tally count source people person official witness resident expert
    researcher investigator prosecutor officer aide executive government ministry department
    agency authority police media outlet newspaper translation excerpt reporting coverage
    biography book complaint indictment lawsuit affidavit summary timeline projection tracker
    census observer monitor group organisation organization company firm insider""".split())
# "images shared by the State Emergency Service": who shared them is the source; who reviewed
# or obtained them ("satellite imagery reviewed by CNN") is not.
BY_AUTHOR = re.compile(r"\b([a-z]+)\s+by\s+(?=\S)")
NOT_AUTHOR = frozenset("reviewed obtained seen viewed verified analyzed analysed examined "
                       "cited taken".split())
PHRASE_PREPOSITION = re.compile(r"\s+(?:in|at|on|from|to|with|for|during|after|before)\s")
# Words that may open a sentence before "according to X," ("In addition, according to ...").
ACCORDING_OPENER = re.compile(r"(?:(?:and|but|yet|so|still|however|meanwhile|rather|instead|now|"
                              r"indeed|moreover|also|separately|similarly|in\s+addition|in\s+fact|"
                              r"earlier|later|yesterday|today|last\s+\w+|on\s+\w+day)\W*)+",
                              re.I)


def _according_source(text: str, pos: int, hi: int) -> tuple[tuple[int, int], int] | None:
    """The source of "according to" when it is no name-like subject, and where its phrase
    ends: the phrase runs up to the next punctuation (at most 15 words, no finite verb); its
    source is the author after "by", else the words before a preposition ("charging documents
    filed at the time in Topeka": not Topeka)."""
    m = SUBJECT_AFTER.match(text, pos, hi)
    if m is None:
        return None
    s, e = strip_span(text, m.start(), m.end())
    words = text[s:e].lower().split()
    if not words or len(words) > 15 or FINITE.search(text, s, e) or not any(
            w in ACCORDING_HEADS or w in SOURCE_NOUNS or w[-1:] == "s" and (
                w[:-1] in ACCORDING_HEADS or w[:-1] in SOURCE_NOUNS) for w in words):
        return None
    a, b = s, e
    by = list(BY_AUTHOR.finditer(text, s, e))
    if by and by[-1].group(1) in NOT_AUTHOR:
        b = by[-1].start()
    elif by:
        a = by[-1].end()
    elif (prep := PHRASE_PREPOSITION.search(text, s, e)) is not None:
        b = prep.start()
    return strip_span(text, a, b), e


def _according_span(text: str, s_start: int, end: int, acc: re.Match, subj: tuple[int, int],
                    phrase_end: int) -> IndirectSpan | None:
    """"According to X, CONTENT" and "CONTENT, according to X", where X ends at `phrase_end`."""
    a, b = strip_span(text, s_start, acc.start())
    if a == b or text[phrase_end:phrase_end + 1] == "," and \
            ACCORDING_OPENER.fullmatch(text, a, b):
        # "In addition, according to the department, nearly nine million ...": the words
        # before the cue only open the sentence; the content follows the source.
        a, b = strip_span(text, phrase_end, end)
        if CONJUNCTION_START.match(text, a, b):
            return None  # "Prices rose, according to Reuters, and the bank cut rates"
    return IndirectSpan(a, b, Cue(acc.start(), acc.end() - 1, *subj)) if b - a > 15 else None


CONJUNCTION_START = re.compile(r"(?:and|but|or|so)\b", re.I)


RELATIVE_END = re.compile(r"\b(?:which|that|who)$")


def _has_words(text: str, start: int, end: int) -> bool:
    """Is there more than whitespace and punctuation in text[start:end]?"""
    a, b = strip_span(text, start, end)
    return b > a


def _indirect_in_sentence(
    text: str, s_start: int, s_end: int, patterns: BoundPatterns, sentence: int | None = None
) -> IndirectSpan | None:
    """The first statement in text[s_start:s_end], part of the sentence that starts at
    `sentence` (by default at `s_start`)."""
    sentence = s_start if sentence is None else sentence
    end = _content_end(text, s_start, s_end)
    verbs = [v for v in patterns.verb.with_indirect_verbs(s_start, end)
             if text[v.start() - 1:v.start()] != "-"]  # not "so-called", "much-discussed"
    has_according = (text.find("ccording", s_start, end) >= 0 or  # cheaper than the regex
                     text.find("CCORDING", s_start, end) >= 0)
    if not verbs and not has_according:
        return None
    # "According to X, CONTENT" and "CONTENT, according to X."
    acc = patterns.according.search(text, s_start, end) if has_according else None
    fallback = None  # an "according to" whose source is no name: only if no verb speaks
    if acc:
        subj = subject_after(text, acc.end(), end, patterns.lexicon.verbs)
        if subj is not None:
            span = _according_span(text, s_start, end, acc, subj, subj[1])
            if span is not None:
                return span
        elif (source := _according_source(text, acc.end(), end)) is not None:
            fallback = _according_span(text, s_start, end, acc, *source)
            if fallback is not None and fallback.end <= acc.start() and (
                    _has_words(text, source[1], end) or
                    RELATIVE_END.search(text, fallback.start, fallback.end)):
                fallback = None  # "which according to officials was damaged": a cue inside
    # "Asked if he was ever bullied, Trump said ...", "Having announced that ..., the judge
    # proceeded": an opening participle's content ends at the comma; the main subject speaks.
    m = OPENER.match(text, s_start, end)
    if m and verbs and verbs[0].start() == m.end():
        if verbs[0].group().lower() in ASKED:
            # "Asked if he was saying that ..., Stoltenberg clarified ...": the question's
            # verbs are the reporter's words.
            comma = _comma(text, verbs[0].end(), end)
            verbs = [w for w in verbs if w.start() > comma] if comma > 0 else verbs
        else:
            found = _opening_participle(text, verbs, end, patterns)
            if found is not None:
                return found
    # "As The Washington Post reported, CONTENT."
    m = AS_SOURCE.match(text, s_start, end)
    if m and verbs:
        v = verbs[0]
        comma = AS_CUE_END.match(text, v.end(), end)
        subj = subject_before(text, m.end(), v.start(), patterns.lexicon.verbs)
        if comma and subj and subj[0] == m.end():
            a, b = strip_span(text, comma.end(), end)
            if b - a > 15:
                return IndirectSpan(a, b, Cue(v.start(), v.end(), *subj))
    # A that-clause or a bare clause is the surest sign of reported speech; an object is weaker.
    seen: dict = {}
    clause = None
    for v in verbs:
        found = _inverted(text, s_start, v, end, patterns)
        if found is not None:
            return found
        span = _after_verb(text, v, end, v.group().lower(), patterns, True) or \
            (_before_final_cue(text, s_start, v, end) if _inverts(v) else None)
        if span is not None and span[1] - span[0] >= 15:
            clause = _with_subject(text, s_start, v, span, patterns, seen, sentence)
            if clause is not None:
                break
    # An object before the clause's verb comes first ("he is emphasizing his strong finish,
    # asserting that ..."); the clause is found after it.
    for v in verbs:
        if clause is not None and v.end() > clause.cue.verb_start:
            break
        span = _after_verb(text, v, end, v.group().lower(), patterns, False)
        if span is None or not _an_object(text, span):
            continue
        found = _with_subject(text, s_start, v, span, patterns, seen, sentence)
        if found is not None and (clause is None or found.end <= clause.start):
            return found
    return clause if clause is not None else fallback


# An auxiliary makes what follows "said" a clause, not its source: "Mr. Coffman, who
# represents ..., said Mr. Trump had disrespected American troops."
AUXILIARIES = r"(?:has|had|have|is|are|was|were|will|would|could|should|can|may|might|must|" \
    r"did|does|do)"
FINITE = re.compile(rf"\s{AUXILIARIES}\s")


# A source described, not named, after a verb that inverts ("..., said the official", "...,
# said several observers"; not "..., citing their past actions")...
INVERTING = frozenset("said says added adds wrote writes explained noted continued insisted "
                      "asked warned argued recalled remarked observed acknowledged".split())
DETERMINED = re.compile(r"(?:the|a|an|his|her|their|its|several|many|some|other|both|two|three|"
                        r"four|five|one|another|most|few)\s+[a-z]")


def _names_a_source(phrase: str) -> bool:
    """Does a described source end in a person's role ("the country's health minister", "several
    observers"), not in a clause ("the talks failed")?"""
    last = phrase.rsplit(None, 1)[-1].lower()
    return any(form in SOURCE_NOUNS for form in (
        last, last[:-1] if last.endswith("s") else "", last[:-2] if last.endswith("es") else "",
        last[:-3] + "man" if last.endswith("men") else ""))


# Verbs of speech whose object is a person or a thing, never the words.
OBJECT_ONLY = frozenset("""defended defends praised praises thanked thanks welcomed welcomes
    criticized criticised criticizes criticises condemned condemns blamed blames accused accuses
    called calls described describes rejected rejects dismissed dismisses""".split())
# ... which ends the sentence, or a relative clause follows ("said a second package of
# sanctions, including export controls, would be launched" is no inversion).
DESCRIBED_END = re.compile(r"(?:,\s+who\b.*)?[\s.!?]*", re.S)


def _inverts(v) -> bool:
    """May the verb come after its content? Not one that takes a person or a thing as its
    object ("the leader of ..., the St. Pete Uhuru group, defended Russia": Russia is
    defended; but "..., Clinton suggested in a tweet, ...")."""
    return v.group().lower() not in OBJECT_ONLY


def _inverted(text, s_start, v, end, patterns) -> IndirectSpan | None:
    """'CONTENT, said Rita Katz, the director of SITE.': the source follows its verb."""
    if v.group().lower() in TELL or not _inverts(v):
        return None  # "..., Andrii Yusov, a spokesperson ..., told CNN": CNN is the listener
    j = v.start()  # the end of the text before the verb, without its spaces
    while j > s_start and text[j - 1].isspace():
        j -= 1
    if text[j - 1:j] != "," or j - s_start < 16 or THAT_GAP.match(text, v.end(), end):
        return None  # "Sen. Roy Blunt (R-Mo.), facing ..., noted that ...": no inversion
    subj = subject_after(text, v.end(), end, patterns.lexicon.verbs)
    if subj is None or not (text[subj[0]:subj[0] + 1].isupper() or
                            v.group().lower() in INVERTING and
                            DETERMINED.match(text, subj[0], subj[1]) and
                            _names_a_source(text[subj[0]:subj[1]]) and
                            DESCRIBED_END.fullmatch(text, subj[1], end)) or \
            FINITE.search(text, subj[0], subj[1]) or \
            not re.fullmatch(r"(?:,[^.;:!?]*)?[\s.!?]*", text[subj[1]:end]):
        return None
    a, b = strip_span(text, s_start, j - 1)
    return IndirectSpan(a, b, Cue(v.start(), v.end(), *subj)) if b - a >= 15 else None


def _opening_participle(text, verbs, end, patterns) -> IndirectSpan | None:
    """The content of a sentence-opening participle, up to its comma, with the main subject."""
    v = verbs[0]
    verb = v.group().lower()
    span = _after_verb(text, v, end, verb, patterns, True) or \
        _after_verb(text, v, end, verb, patterns, False)
    comma = _comma(text, v.end(), end)
    if span is None or comma < 0 or comma - span[0] < 15 or span[1] < comma:
        return None
    later = [w for w in verbs if w.start() > comma]
    subj = subject_before(text, comma + 1, later[0].start(), patterns.lexicon.verbs) \
        if later else None
    if subj is None:
        m = MAIN_SUBJECT.match(text, comma + 1, end)  # "..., Judge Berman proceeded to"
        if m is None:
            return None
        subj = m.span(1)
    return IndirectSpan(span[0], comma, Cue(v.start(), v.end(), *subj))


# Two sources joined by "and": "Jeb Bush and Chris Christie say", "The State Department and
# the Department of Homeland Security have said", "White House and Pentagon spokesmen said",
# "It also said" (an organisation's); but
# "The Department of Health and Human Services said" is one.
# (Not after or with a possessive: "Ukraine's President and Foreign Minister X" is one man.)
_WORD = r"[A-Z][\w’'.-]*(?<!['’]s)"
_NAMED = rf"(?:[Tt]he\s+)?(?!{DAY}\b|{MONTH}\b){_WORD}(?:\s+(?:of\s+(?:the\s+)?)?{_WORD}){{0,5}}"
# "White House and Pentagon spokesmen", "Russian and Ukrainian officials": a group of both.
_GROUP = rf"(?:\s+(?:{'|'.join(INSTITUTION_GROUPS)}))?"
JOINT_SUBJECT = re.compile(
    rf"(?<![\w’'.-])(?<!['’]s )((?:[Bb]oth\s+)?{_NAMED}\s+and\s+{_NAMED}{_GROUP}|It|it)"
    r"\s+(?:(?:\w+ly|also|have|has|had|will|would)\s+)*$"
)


def _at_clause_start(text: str, s_start: int, pos: int) -> bool:
    """Does a subject at `pos` open its clause, after modifiers at most ("the top U.S. and
    Russian diplomats"), not a phrase ("Authorities in the states of Donetsk and Luhansk")?"""
    pos = MODIFIERS_BEFORE.search(text, max(s_start, pos - 60), pos).start()
    if not text[s_start:pos].strip(" \t\n\"'“‘(") or \
            CLAUSE_START.search(text, max(s_start, pos - 40), pos) is not None:
        return True
    # "Republican presidential hopefuls Jeb Bush and Chris Christie say": a few words of
    # description from the clause's start, with no verb or preposition among them.
    lead = LEAD.search(text, max(s_start, pos - 60), pos)
    return lead is not None and (lead.start() == s_start or CLAUSE_START.search(
        text, max(s_start, lead.start() - 40), lead.start()) is not None)


LEAD = re.compile(r"(?:(?!(?:of|in|on|at|to|from|with|by|for|about|like|including|against|"
                  r"over|under|between|among|into)\b)(?![a-z]+ed\b)[\w’'.-]+\s+){1,4}$")
MODIFIERS_BEFORE = re.compile(r"(?:\b(?:the|top|senior|both|other|several|many|some|former|"
                              r"leading)\s+)*$", re.I)
CLAUSE_START = re.compile(r"(?:[,;:(“\"—–-]|\b(?:that|but|while|as|when|because|so|and|meanwhile|"
                          r"however|also|then|now|still|yet|[a-z]+day|earlier|later|after|before|"
                          r"since|until|if|although|though|unless|once|where|who|which))\s*$",
                          re.I)
OF_BEFORE_AND = re.compile(r"\bof\b(?:(?!\band\b).)*\band\b")


def _subject(text, s_start, v, patterns) -> tuple[tuple[int, int] | None, str] | None:
    """The verb's source phrase and how it was found ("who": before "who"; "joint": two
    sources; else ""); None: no verb of speech."""
    if v.group().lower() in patterns.lexicon.indirect_verbs and NOUN_BEFORE.search(
            text, max(s_start, v.start() - 20), v.start()):
        return None  # "Trump's plan to build", "the fear that": a noun, not a verb
    if v.group().lower() in EVIDENCE_VERBS and not EVIDENCE_SOURCE.search(
            text, max(s_start, v.start() - 60), v.start()):
        return None  # "video showed fighters": only a poll's, a report's or a named source's
    if not v.group().endswith("ing") and \
            PASSIVE.search(text, max(s_start, v.start() - 20), v.start()):
        return None  # "he was welcomed by Starmer"
    if participle_after_comma(text, v):
        return None, ""  # "..., warning that": the sentence's own subject
    subj = subject_before(text, s_start, v.start(), patterns.lexicon.verbs)
    if subj is None:
        # "Charles Barkley, who said he typically votes ...": the relative pronoun's antecedent.
        # (the name before an appositive or after a preposition too: "with help from Labor
        # Secretary Thomas Perez, who said"; an organisation: "The Labor Department, which has
        # said")
        who = RELATIVE_SUBJECT.search(text, max(s_start, v.start() - 40), v.start())
        if who is not None:
            subj = subject_before(text, s_start, who.start(), patterns.lexicon.verbs) \
                if who.group(1) == "who" else None
            if subj is None and v.group().lower() not in NARRATIVE_VERBS and not (
                    who.group(1) == "which" and TO_CLAUSE.match(text, v.end())):
                # (not "Viktor, who remembers", nor an organisation's plan: "Shell, which has
                # agreed to sell")
                subj = relative_antecedent(text, s_start, v.start(), patterns.lexicon.verbs)
            if subj is not None or who.group(1) == "who":
                return subj, "who" if subj is not None else ""
        joint = JOINT_SUBJECT.search(text, max(s_start, v.start() - 120), v.start())
        if joint is not None and joint.group(1).lower() == "it":
            return joint.span(1), ""  # an organisation's, or a report's: "It also said"
        if joint is not None and not OF_BEFORE_AND.search(joint.group(1)) and \
                _at_clause_start(text, s_start, joint.start(1)):
            # A statement of two sources, no one speaker's; at the start of its clause (not
            # "Russian troops shelled Kharkiv and Ukrainian officials said").
            return joint.span(1), "joint"
        phrase = _long_subject(text, s_start, v.start(), patterns.lexicon.verbs)
        if phrase is not None:
            return phrase, ""
    return subj, ""


# What may stand between "X said" and a participle that goes on with X's words.
SAID_THEN = re.compile(CUE_THEN_PARTICIPLE)


LONG_SUBJECT = re.compile(r"\s*((?:[A-Z][\w’'-]*)(?:\s+[\w’'.-]+){1,13}?)"
                          r"(?:\s+(?:\w+ly|also|have|has|had|will|would))*\s*$")
# Words that make the words before a verb a clause, not its subject ("Biden delivered on two
# key economic promises": a noun; "Derkach has released and promoted alleged audiotapes").
NOT_IN_SUBJECT = frozenset("is are was were be been being am do does did not has have had will "
                           "would can could should may might must never".split())
PARTICIPLE_ADJECTIVES = frozenset("unnamed armed concerned related retired based elected "
                                  "appointed informed detailed united alleged".split())


AND_NAME = re.compile(r"\band\s+[A-Z]")


def _long_subject(text: str, s_start: int, verb_start: int, verbs) -> tuple[int, int] | None:
    """A sentence's whole subject before its verb, with prepositions in it: "A person familiar
    with the planning for Thursday's meeting says", "Many speakers at the service said"."""
    m = LONG_SUBJECT.fullmatch(text, s_start, verb_start)
    if m is None or AND_NAME.search(m.group(1)):
        return None  # (not "Ukraine's President and Foreign Minister Dmytro Kuleba": one man?)
    words = m.group(1).lower().split()
    # (A relative clause may hold a verb: "people who have battled other online threats".)
    head = words[:next((i for i, w in enumerate(words) if w in {"who", "that", "which"}),
                       len(words))]
    if words[0] in NOT_NAMES and words[0] not in {"a", "an", "the", "some", "many", "most",
                                                 "several", "other", "both", "all"} or \
            any(w in verbs for w in words) or \
            any(w in NOT_IN_SUBJECT or w.endswith("ed") and w not in PARTICIPLE_ADJECTIVES and
                "-" not in w for w in head[1:]) or \
            words[-1] in PREPOSITIONS or words[-1] in {"the", "a", "an", "of", "and", "or"}:
        return None
    return m.span(1)


def _with_subject(text, s_start, v, span, patterns, seen: dict,
                  sentence: int) -> IndirectSpan | None:
    a, b = span
    key = (s_start, v.start())
    if key not in seen:  # the clausal and the object pass ask about the same verbs
        seen[key] = _subject(text, s_start, v, patterns)
    if seen[key] is None:
        return None
    subj, how = seen[key]
    if subj is not None and subj[0] == a:
        return None  # "Michael Bociurkiw, the former spokesman ..., also expressed": no content
    if how == "who":
        comma = _comma(text, a, b)
        if comma - a >= 15 or comma > a and text[a:comma].strip()[:1].isupper() and \
                v.group().lower() not in BARE_VERBS:
            # the relative clause ends at its comma: "..., who said X, said Y" (a short
            # object, a name: "The National Rifle Association, which has endorsed Trump, used";
            # not a clause's subject: "Shoigu, who claimed Ukraine, with U.S. mercenary help,
            # is preparing")
            b = comma
    if subj is not None:
        if a < subj[0] < b <= v.start() and text[a:subj[0]].rstrip()[-1:] in (",", "—", "–"):
            # "CONTENT, Andrii Yusov, a spokesperson for X, told CNN.", "CONTENT, Jen
            # Miller-Osborn, deputy director of ..., told CNN": the source is no content
            b = subj[0]
            while b > a and text[b - 1] in " \t\n,":
                b -= 1
            if b - a < 15:
                return None
        if SUBORDINATE.match(text, s_start, v.start()) and a > v.start() and \
                not _clause_closed(text, s_start, subj[0]) or \
                SUBORDINATOR_BEFORE.search(text, max(s_start, subj[0] - 12), subj[0]):
            # "While Ramos said that X, he appears ...": X only (not "While no deployments
            # were confirmed, the ministry claimed X": there the clause ended before the source)
            comma = _comma(text, a, b)
            if comma - a >= 15:
                b = comma
        return IndirectSpan(a, b, Cue(v.start(), v.end(), *subj, joint=how == "joint",
                                      relative=how == "who"))
    if a < v.start() or not ELIDED_SUBJECT.search(text, max(s_start, v.start() - 40), v.start()):
        return None
    # "..., Undersecretary of State Victoria Nuland said Tuesday, warning of ...": the subject
    # of the verb of speech right before the participle.
    # (The verb may come before `s_start`, when its own content was found first.)
    said = [w for w in patterns.verb.finditer(text, max(sentence, v.start() - 60), v.start())
            if SAID_THEN.fullmatch(text, w.end(), v.start())]
    if said:
        subj = subject_before(text, max(sentence, said[-1].start() - 150), said[-1].start(),
                              patterns.lexicon.verbs)
        if subj is not None:
            return IndirectSpan(a, b, Cue(v.start(), v.end(), *subj))
    # ", arguing that ..." / "... but insisted that ...": the sentence's own subject.
    return IndirectSpan(a, b, Cue(v.start(), v.end(), -1, -1, participle=True))


# A cue phrase ending in one of these takes a noun phrase: "called for a ban", "talked about
# the economy", "railed against the deal".
PHRASE_OBJECT = frozenset("for about against of at on".split())
PRONOUN_OBJECT = re.compile(r"\s+(?:it|this|that|these|those|them|him|her)\b")


def _after_verb(text, v, end, verb, patterns, clausal: bool) -> tuple[int, int] | None:
    if REFLEXIVE.match(text, v.end(), end):
        return None  # "World War II will repeat itself, he said": no words repeated
    if not clausal:
        if " " in verb and verb.rsplit(None, 1)[-1] in PHRASE_OBJECT:
            if verb.startswith("declined") or PRONOUN_OBJECT.match(text, v.end(), end):
                return None  # a refusal to comment; "talked about it" reports nothing
            return _clause(text, v.end(), end, patterns, OBJECT_END)
        if (verb in patterns.lexicon.object_verbs or verb in WANT or verb in RARE_SPEECH_VERBS
                or verb in EVIDENCE_VERBS or verb in patterns.lexicon.verbs and
                verb not in NOT_OBJECT_VERBS) and verb not in TELL:
            if NO_OBJECT.match(text, v.end(), end) or verb.startswith("call") and \
                    CALL_PARTICLE.match(text, v.end(), end):
                return None  # "Prigozhin, described in US sanctions as ...": a passive
            return _clause(text, v.end(), end, patterns,
                           OBJECT_END_AS if verb in AS_VERBS else OBJECT_END)
        return None
    if verb in TO_VERBS:  # before THAT_GAP: "hoping to avoid any misstep that could ..."
        m = TO_CLAUSE.match(text, v.end(), end)
        if m:
            return _clause(text, m.start() + 1, end, patterns)
    m = THAT_GAP.match(text, v.end(), end)
    if m:
        return _clause(text, m.end(), end, patterns)
    m = WH_GAP.match(text, v.end(), end)
    if m and (m.group(1).lower() in {"whether", "if"} or verb in WH_VERBS):
        # "asked whether ...": the question is the content
        return _clause(text, m.start(1), end, patterns)
    start = v.end()
    if verb in TELL:  # "told reporters the talks had failed": the listener is not content
        m = TELL_THAT.match(text, start, end)
        if m:
            return _clause(text, m.end(), end, patterns)
        m = LISTENER.match(text, start, end)
        if m is None:
            return None
        if TO_CLAUSE.match(text, m.end(), end):
            # "told Jeb Bush to quiet down": an order, with its listener, like "urged X to"
            return _clause(text, start, end, patterns)
        start = m.end()
    elif verb not in BARE_VERBS:
        return None
    gap = start
    while text[gap:gap + 1] == " ":
        gap += 1  # "says  the  majority": archives double some spaces
    if gap > start:
        m = BARE_CLAUSE.match(text, gap, end)
        if m:
            return _clause(text, m.end(), end, patterns)
    return None


def _clause(text: str, start: int, end: int, patterns: BoundPatterns,
            stop: re.Pattern = CLAUSE_END) -> tuple[int, int]:
    """The reported clause from `start`, cut before a coordinated verb phrase."""
    lexicon = patterns.lexicon
    least = 15 if stop is CLAUSE_END else MIN_OBJECT  # "thanked the crowd and praised them"
    for m in COORDINATED_VERB.finditer(text, start, end):
        if m.start() - start >= least and (m.group(1) in lexicon.verbs or
                                        m.group(1) in lexicon.indirect_verbs):
            end = m.start()
            break
    m = stop.search(text, start, end)
    if m and stop is CLAUSE_END and m.group().endswith("which") and \
            NOUN_PHRASE.fullmatch(text, *strip_span(text, start, m.start())):
        # "said the decision, which struck down restrictions ..., illustrates ...": a relative
        # clause inside the clause's subject; the clause goes on after its closing comma.
        close = RELATIVE_CLOSE.search(text, m.end(), min(end, m.end() + 200))
        if close is not None:
            m = stop.search(text, close.end(), end)
    if m and m.start() - start >= 10:
        end = m.start()
    return strip_span(text, start, end)


# A clause's subject: a name or a determiner, then at most four words, no verb among them.
NOUN_PHRASE = re.compile(r"(?:(?:the|a|an|this|that|these|those|his|her|its|their|our)\s+|"
                         r"(?=[A-Z]))(?!\S+\s+(?:is|are|was|were|has|have|had|will|would)\b)"
                         r"(?:[\w’'-]+\s+){0,3}[\w’'-]+")
# The comma that closes such a relative clause, where the clause's verb follows (not a list:
# "the language, traditions and identity"; not "as").
RELATIVE_CLOSE = re.compile(r"[^,;:]+,(?=\s+(?:(?:also|still|now|only|not)\s+)?"
                            r"(?!as\b)(?:is|are|was|were|has|have|had|will|would|could|can|"
                            r"should|may|might|must|does|do|did|[a-z]+s|[a-z]+ed)\b"
                            r"(?!,|\s+(?:and|or)\b))")


CONJUNCTION = re.compile(r"(?:and|but|or|while|whereas|although|though|including|as|which|"
                         r"who|where|so|yet|because|after|before|when|if|(?:\w+ly\s+)?[a-z]+ing)\b")
# The end of a cue set off by commas: "he said," or "he said on Tuesday,".
CUE_ASIDE_END = re.compile(rf"(?:\s+(?:{ADJUNCT}|{DAY}|today|yesterday))?\s*,")


def _before_final_cue(text, s_start, v, end) -> tuple[int, int] | None:
    """'CONTENT, officials said.' or 'CONTENT, he said, CONTENT.': a cue set off by commas."""
    if participle_after_comma(text, v):
        return None  # "Trump went after Bush, calling him ...": no cue of what comes before
    before = text[s_start:v.start()]
    comma = before.rfind(",")
    if comma == -1:
        return None
    tail = text[s_start + comma + 1:v.start()]
    if len(tail.split()) > 6 or RELATIVE.match(tail):
        return None  # ("..., which then-President Trump referred to as": a relative clause)
    if not tail.strip() and before.count(",") < 3:
        # "The head of the office, Andriy Yermak, said": the commas set off the subject's name
        # (but "CONTENT, a spokeswoman, Anna White, said" is a cue)
        return None
    m = CUE_ASIDE_END.match(text, v.end(), end)
    if m and comma > 3 and len(text[v.end():end].split()) > 1:
        # A parenthetical cue: the content runs on both sides of it ("The goal, he said, is to
        # forge a durable cease-fire"); the statement is its longer side, without the cue,
        # unless the side after it opens a clause of its own ("..., he said, but ...").
        first = strip_span(text, s_start, s_start + comma)
        second = strip_span(text, m.end(), end)
        if CONJUNCTION.match(text, second[0], second[1]):
            return first  # (a participle, ", insisting that ...", is a statement of its own)
        return max(second, first, key=lambda ab: ab[1] - ab[0])
    after = text[v.end():end].strip()
    if len(after.split()) <= 4 and "," not in after:
        # (not "World War II will repeat itself, he said": the cue is the one after the comma)
        return strip_span(text, s_start, s_start + comma)
    return None

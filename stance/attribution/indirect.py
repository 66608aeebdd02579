"""Reported speech without quotation marks: "X warned that ...", "according to X, ..."."""

from __future__ import annotations

import re
from dataclasses import dataclass

from stance.attribution.cues import BoundPatterns, Cue, strip_span, subject_after, subject_before

# What may stand between a verb and its that-clause: "told reporters on Monday that"; a
# bare noun there ("a deal that") makes "that" a relative pronoun instead.
THAT_GAP = re.compile(
    r"(?:,?\s+(?:(?:on|in|at|during|late|early|this|last|to|via|after|before|with|over)"
    r"\s+[^.;:!?“”\",]{1,40}?|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|him|her|them|us|me|"
    r"reporters|journalists|lawmakers|parliament|congress|the\s+[A-Z][\w’'.-]*|[a-z]+ly|"
    r"again|also|repeatedly|publicly|previously|earlier|today|yesterday|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))){0,3},?\s+that\b"
)
PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
# A clause can follow "said" without "that": "said the talks", "said he", "says Russia".
BARE_CLAUSE = re.compile(
    r"(?:(?:on|in|at|during|late|early|this|last)\s+[\w’' ]{1,30}?\s+)?"
    r"(?=(?:the|he|she|it|they|we|i|there|his|her|their|its|our|this|these|those|a|an|"
    r"[A-Z][\w’'-]+)\b)",
)
BARE_VERBS = frozenset(
    "said says say claimed claims argued argues insisted insists believes believe thinks "
    "think added adds warned warns wrote writes tweeted predicted predicts acknowledged "
    "admitted admits".split()
)
COORDINATION = re.compile(r",?\s+(?:and|but)\s+(?:\w+ly\s+|also\s+)?")
ELIDED_SUBJECT = re.compile(r"(?:,|\band|\bbut)\s+(?:\w+ly\s+|also\s+)?$")
SENTENCE_FINAL = re.compile(r"[.!?…\s\"”’]+$")


@dataclass(frozen=True)
class IndirectSpan:
    start: int
    end: int
    cue: Cue


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
            continue
        span = _indirect_in_sentence(text, s_start, s_end, patterns)
        if span:
            found.extend(_split_coordinated(text, span, patterns))
    return found


def _split_coordinated(
    text: str, span: IndirectSpan, patterns: BoundPatterns
) -> list[IndirectSpan]:
    """'X said A but insisted that B': two statements, the second with the same subject."""
    for v in patterns.verb.finditer(text, span.start, span.end):
        m = COORDINATION.search(text, span.start, v.start())
        if m is None or m.end() != v.start():
            continue
        rest = _after_verb(text, v, span.end, v.group().lower(), patterns, True)
        if rest is None or rest[1] - rest[0] < 15:
            continue
        first_end = strip_span(text, span.start, m.start())[1]
        if first_end - span.start < 15:
            continue
        second = IndirectSpan(rest[0], rest[1], Cue(v.start(), v.end(), span.cue.subj_start,
                                                      span.cue.subj_end, span.cue.participle))
        return [IndirectSpan(span.start, first_end, span.cue), second]
    return [span]


def _indirect_in_sentence(
    text: str, s_start: int, s_end: int, patterns: BoundPatterns
) -> IndirectSpan | None:
    end = _content_end(text, s_start, s_end)
    # "According to X, CONTENT" and "CONTENT, according to X."
    acc = patterns.according.search(text, s_start, end)
    if acc:
        subj = subject_after(text, acc.end(), end, patterns.lexicon.verbs)
        if subj:
            cue = Cue(acc.start(), acc.end() - 1, *subj)
            if acc.start() - s_start < 3:
                a, b = strip_span(text, subj[1], end)
            else:
                a, b = strip_span(text, s_start, acc.start())
            if b - a > 15:
                return IndirectSpan(a, b, cue)
    verbs = patterns.verb.finditer(text, s_start, end)
    # A that-clause or a bare clause is the surest sign of reported speech; an object is weaker.
    for clausal in (True, False):
        for v in verbs:
            verb = v.group().lower()
            span = _after_verb(text, v, end, verb, patterns, clausal)
            if span is None and clausal:
                span = _before_final_cue(text, s_start, v, end)
            if span is None or span[1] - span[0] < 15:
                continue
            found = _with_subject(text, s_start, v, span, patterns)
            if found is not None:
                return found
    return None


def _with_subject(text, s_start, v, span, patterns) -> IndirectSpan | None:
    a, b = span
    if PASSIVE.search(text, max(s_start, v.start() - 20), v.start()):
        return None  # "he was welcomed by Starmer"
    subj = subject_before(text, s_start, v.start(), patterns.lexicon.verbs)
    if subj is not None:
        return IndirectSpan(a, b, Cue(v.start(), v.end(), *subj))
    if a < v.start() or not ELIDED_SUBJECT.search(text, s_start, v.start()):
        return None
    # ", arguing that ..." / "... but insisted that ...": the sentence's own subject.
    return IndirectSpan(a, b, Cue(v.start(), v.end(), -1, -1, participle=True))


def _after_verb(text, v, end, verb, patterns, clausal: bool) -> tuple[int, int] | None:
    if not clausal:
        if verb in patterns.lexicon.object_verbs:
            return strip_span(text, v.end(), end)
        return None
    m = THAT_GAP.match(text, v.end(), end)
    if m:
        return strip_span(text, m.end(), end)
    if verb in BARE_VERBS:
        m = BARE_CLAUSE.match(text, v.end() + 1, end)
        if m and v.end() < len(text) and text[v.end()] == " ":
            nxt = text[m.end():m.end() + 12].split(" ", 1)[0]
            if nxt.lower() not in {"reporters", "the", "a", "an"} or verb not in {"told", "tells"}:
                return strip_span(text, m.end(), end)
    return None


def _before_final_cue(text, s_start, v, end) -> tuple[int, int] | None:
    """'CONTENT, officials said.': the cue closes the sentence."""
    before = text[s_start:v.start()]
    comma = before.rfind(",")
    if comma == -1:
        return None
    tail = text[s_start + comma + 1:v.start()]
    after = text[v.end():end].strip()
    if len(tail.split()) > 6 or len(after.split()) > 4:
        return None
    return strip_span(text, s_start, s_start + comma)

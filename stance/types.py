"""Plain data records passed between the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("direct", "partial", "indirect")


@dataclass(frozen=True)
class Article:
    """One article: its text and whatever metadata the source carried."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO date where the raw value could be parsed, else raw
    outlet: str | None = None
    url: str | None = None
    origin: str | None = None  # the file (and line/row) it was read from

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class Statement:
    """A span of an article in which a source's words are reported (see specs/labels.md)."""

    article_id: str
    kind: str  # direct | partial | indirect
    text: str  # == article.text[start:end]
    start: int
    end: int
    speaker: str | None  # canonical name, or None when the text does not say
    speaker_mention: str | None  # the words that name the speaker in this article
    cue: str | None  # the speech verb or phrase ("said", "according to")

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class ReadProblem:
    """An input item that could not be read; the batch skips it and goes on."""

    origin: str  # file, and line or row where known ("a.jsonl:17")
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass
class ReadLog:
    """Counts what was read and what was skipped, with reasons."""

    read: int = 0
    problems: list[ReadProblem] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return len(self.problems)

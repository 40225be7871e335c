"""Plain data records shared by every stage of the analysis.

Every record carries character offsets into the input text exactly as read
(a Python ``str`` decoded from UTF-8), end exclusive, so ``text[start:end]``
always equals the record's ``text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# Source types (issue 2).
PERSON = "person"
ORGANIZATION = "organization"
ANONYMOUS = "anonymous"
VAGUE = "vague"
DOCUMENT = "document"
REPORTER = "reporter"
SOURCE_TYPES = (PERSON, ORGANIZATION, ANONYMOUS, VAGUE, DOCUMENT, REPORTER)

REPORTER_NAME = "the reporter"


@dataclass(frozen=True)
class Span:
    """A stretch of the input text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass
class Mention:
    """One place the story names or refers to a source, and how it was resolved."""

    start: int
    end: int
    text: str
    source_id: str
    rule: str = "name"  # e.g. "name", "alias:acronym", "pronoun:most-salient"


@dataclass
class Source:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class ViaFrame:
    """An outer source of a chain that has its own cue in the text: "X said C, according to Y"
    (Y reports that X said C): Y's name, the words naming Y, and the cue ("according to")."""

    name: str
    mention: Optional[Span] = None
    cue: Optional[Span] = None


@dataclass
class ClaimSource:
    name: str
    type: str
    mention: Optional[Span] = None
    via: list[str] = field(default_factory=list)
    source_id: Optional[str] = None
    rule: str = "reporter:unattributed"
    via_frames: list[ViaFrame] = field(default_factory=list)  # outer sources of `via` framed by a cue of their own


@dataclass
class Claim:
    """The unit an editor checks: attributed content, or the reporter's own statement."""

    id: str
    kind: str  # "claim" | "metadata"
    start: int
    end: int
    text: str
    source: ClaimSource
    cue: Optional[Span] = None
    sentence: int = 0
    quoted: bool = False  # the content is (partly) a direct quotation


@dataclass
class Flag:
    id: str
    start: int
    end: int
    text: str
    category: str
    rule: str
    reason: str
    suggestion: str
    claim_id: Optional[str]
    voice: str  # "reporter" | "quoted" | "attributed"
    weight: float = 1.0
    editorial: bool = False  # a newsroom check on sourcing (framing.EDITORIAL_CATEGORIES), not wording that takes a side


@dataclass
class Quantity:
    id: str
    start: int
    end: int
    text: str
    value: Optional[float]
    low: Optional[float]
    high: Optional[float]
    qualifier: Optional[str] = None
    convention: Optional[str] = None
    category: Optional[str] = None
    event: Optional[str] = None
    place: Optional[str] = None
    period: Optional[str] = None
    reported: Optional[str] = None  # when the figure was reported ("Friday", ISO date)
    claim_id: Optional[str] = None
    source: Optional[str] = None
    article_id: Optional[str] = None
    part_of: Optional[str] = None  # id of the figure this one breaks down ("among them 351 ...")


@dataclass
class Relation:
    id: str
    status: str  # consistent | part-of | superseded | different-scope | conflict | needs-review
    quantity_ids: list[str]
    claim_ids: list[str]
    explanation: str
    figure: Optional[float] = None  # the figure to print, where one follows
    low: Optional[float] = None
    high: Optional[float] = None

"""The pipeline: text in, an Analysis (records plus DataFrames) out.

Each stage lives in its own module and works on plain records:
sentences -> attribution (claims, sources) -> framing flags, readability,
quantities -> reconciliation.
"""
from __future__ import annotations

import datetime as dt
import gc
import hashlib
import inspect
import time
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Optional

import pandas as pd

from . import attribution, framing, quantities, readability, reconcile, sentences, sources
from .errors import InputError
from .model import Claim, Flag, Quantity, Relation, Sentence, Source, Span, ViaFrame
from .quotes import one_sided_marks_as_straight, single_marks_as_double
from .sentences import split_sentences
from .textio import check_text, plain_spaces


def story_id(text: str) -> str:
    """A stable id for a story without one: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse_published(published: Any) -> Optional[dt.date]:
    """Accept a date, a datetime or an ISO string (YYYY-MM-DD...); refuse anything else clearly."""
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            raise InputError(f"published: {published!r} is not a date (use YYYY-MM-DD)") from None
    raise InputError(f"published: expected a date or YYYY-MM-DD, got {type(published).__name__}")


@dataclass
class Analysis:
    """Everything verify found in one story. Records are the truth; DataFrames are views of them."""

    text: str
    article_id: str
    published: Optional[dt.date]
    sentences: list[Sentence]
    claim_records: list[Claim]
    source_records: list[Source]
    flag_records: list[Flag] = field(default_factory=list)
    quantity_records: list[Quantity] = field(default_factory=list)
    relation_records: list[Relation] = field(default_factory=list)
    readability_story: dict = field(default_factory=dict)
    readability_claims: dict = field(default_factory=dict)  # claim id -> scores
    path: Optional[str] = None

    @cached_property
    def claims(self) -> pd.DataFrame:
        from .export import claims_frame

        return claims_frame(self)

    @cached_property
    def sources(self) -> pd.DataFrame:
        from .export import sources_frame

        return sources_frame(self)

    @cached_property
    def flags(self) -> pd.DataFrame:
        from .export import records_frame

        return records_frame(self.flag_records, Flag)

    @cached_property
    def quantities(self) -> pd.DataFrame:
        from .export import records_frame

        return records_frame(self.quantity_records, Quantity)

    @cached_property
    def reconciliation(self) -> pd.DataFrame:
        from .export import records_frame

        return records_frame(self.relation_records, Relation)

    def claim(self, claim_id: str) -> Claim:
        for c in self.claim_records:
            if c.id == claim_id:
                return c
        raise KeyError(claim_id)

    def to_dict(self) -> dict:
        from .export import analysis_to_dict

        return analysis_to_dict(self)

    def to_json(self, **kwargs) -> str:
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)


def analyze(text: str, *, article_id: Optional[str] = None, published: Any = None, path: Optional[str] = None) -> Analysis:
    """Analyse one story: claims with their sources, flags, quantities and their reconciliation."""
    check_text(text)
    pub = parse_published(published)
    aid = article_id or story_id(text)
    own = text
    text = single_marks_as_double(one_sided_marks_as_straight(plain_spaces(text)))
    sentences = split_sentences(text)
    claims, sources = attribution.attribute(text, sentences)
    quants = quantities.extract_quantities(text, claims, sentences, published=pub, article_id=aid)
    flags = framing.find_flags(text, claims, quants, sentences)
    story_scores, claim_scores = readability.score(text, claims)
    relations = reconcile.reconcile(quants, text, sentences)
    if text is not own:
        text = own
        _put_back_own_text(own, sentences, claims, sources, flags, quants)
    return Analysis(
        text=text,
        article_id=aid,
        published=pub,
        sentences=sentences,
        claim_records=claims,
        source_records=sources,
        flag_records=flags,
        quantity_records=quants,
        relation_records=relations,
        readability_story=story_scores,
        readability_claims=claim_scores,
        path=path,
    )



def _put_back_own_text(text: str, sentences, claims, sources, flags, quants) -> None:
    """A story was analysed with plain spaces for typographic ones (plain_spaces), with one-sided curled marks as
    straight ones (one_sided_marks_as_straight) or with its single quotation marks as double ones
    (single_marks_as_double), one character for one: every record's text is the story's
    own again, so text[start:end] == record.text holds. Source names keep the plain spaces: a name is a name,
    however the page spaced it."""
    def span(s):
        return None if s is None else Span(s.start, s.end, text[s.start:s.end])

    for r in (*sentences, *flags, *quants):
        r.text = text[r.start:r.end]
    for c in claims:
        c.text = text[c.start:c.end]
        c.cue = span(c.cue)
        c.source.mention = span(c.source.mention)
        c.source.via_frames = [ViaFrame(v.name, span(v.mention), span(v.cue)) for v in c.source.via_frames]
    for s in sources:
        for m in s.mentions:
            m.text = text[m.start:m.end]


_WARM_UP_STORY = ("Officials Say Bridge To Reopen\n\nThe bridge will reopen in May, the mayor said on Tuesday. "
                  "\u201cWe are ready,\u201d said Jane Doe, a spokeswoman. Critics claimed 40 people were hurt.")


# textstat itself: the tests check verify's own readability scores against it; analysis never calls it.
_NOT_ON_THE_RUN_PATH = (readability._textstat,)


def warm_up() -> float:
    """Load every lexicon and build every cue pattern now, at start-up, instead of inside the first stories a
    batch or the app analyses: each analysis module's cached loaders that take no argument, then one short
    story through the whole pipeline. Returns the seconds it took.

    Then the process's objects are frozen (gc.collect(), gc.freeze()): the lexicons, tables and patterns, some
    100,000 objects that live as long as the process, leave the cyclic garbage collector's care. Its full
    collections scanned them all, about once every 84 stories, 50 ms each: 5% of the analysis time. (Objects frozen
    are still freed by reference counting; only a cycle among them would stay.)"""
    t0 = time.perf_counter()
    for module in (attribution, sources, sentences, framing, quantities, readability):
        for fn in list(vars(module).values()):
            if callable(fn) and hasattr(fn, "cache_info") and getattr(fn, "__module__", "") == module.__name__ \
                    and not inspect.signature(fn).parameters and fn not in _NOT_ON_THE_RUN_PATH:
                fn()
    analyze(_WARM_UP_STORY)
    gc.collect()
    gc.freeze()
    return time.perf_counter() - t0

"""Attribution: split sentences into claims and tie each to the source it comes from.

(Baseline: every sentence is the reporter's claim; furniture is metadata.)
"""
from __future__ import annotations

from .furniture import is_furniture
from .model import REPORTER, REPORTER_NAME, Claim, ClaimSource, Sentence, Source


def attribute(text: str, sentences: list[Sentence]) -> tuple[list[Claim], list[Source]]:
    claims: list[Claim] = []
    for s in sentences:
        kind = "metadata" if is_furniture(s.text) else "claim"
        source = ClaimSource(name=REPORTER_NAME, type=REPORTER, rule="reporter:unattributed")
        claims.append(Claim(id=f"c{len(claims) + 1:03d}", kind=kind, start=s.start, end=s.end,
                            text=s.text, source=source, sentence=s.index))
    return claims, []

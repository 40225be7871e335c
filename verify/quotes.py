"""Direct quotations: where they open and close, across sentences and paragraphs.

News style runs a long quotation over several paragraphs by leaving each paragraph
unclosed and opening the next with a quotation mark. Each paragraph's part is one
span; parts of one quotation share a group number. An unbalanced mark is closed at
the end of its paragraph, so one stray character cannot swallow the story.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

OPENING = "\u201c\u00ab"
CLOSING = "\u201d\u00bb"
STRAIGHT = '"'
# Archive and wire copy writes quotation marks as two apostrophes ('') or two backticks (``),
# the Penn Treebank convention; '' works like a straight mark, `` only opens.
_MARKS = re.compile("''|``|[\u201c\u201d\u00ab\u00bb\"]")


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark
    end: int  # after the closing mark (or the paragraph's end when unclosed)
    group: int  # parts of one multi-paragraph quotation share a group
    closed: bool
    open_len: int = 1  # marks are one character, or two ('' and ``)
    close_len: int = 1

    @property
    def inner(self) -> tuple[int, int]:
        """The quoted words, without the marks."""
        return self.start + self.open_len, self.end - (self.close_len if self.closed else 0)


class Quotes(list):
    """Quotations in text order (they never overlap), with their starts for bisecting."""

    def __init__(self, quotes=()):
        super().__init__(quotes)
        self.starts = [q.start for q in self]

    def last_starting_at_or_before(self, pos: int):
        i = bisect.bisect_right(self.starts, pos) - 1
        return self[i] if i >= 0 else None


def find_quotes(text: str, paragraphs) -> "Quotes":
    """The story's quotations, paragraph by paragraph (``paragraphs``: spans from paragraph_spans).

    Cached for the story in hand, as paragraph_spans is: attribution and flagging both ask.
    The Quotes returned are shared, so callers read them and never change them."""
    return _find_quotes(text, tuple(paragraphs))


@lru_cache(maxsize=4)
def _find_quotes(text: str, paragraphs: tuple[tuple[int, int], ...]) -> "Quotes":
    quotes: list[Quote] = []
    group = -1
    carry = False  # the previous paragraph ended inside a quotation
    for p_start, p_end in paragraphs:
        first = p_start
        while first < p_end and text[first].isspace():
            first += 1
        open_at, open_len = None, 1
        continuing = carry and first < p_end and (text[first] in OPENING + STRAIGHT or text.startswith(("''", "``"), first))
        carry = False
        for m in _MARKS.finditer(text, p_start, p_end):
            i = m.start()
            ch = m.group()
            if ch == "''":
                ch = STRAIGHT
            elif ch == "``":
                ch = OPENING[0]
            is_open = ch in OPENING or (ch == STRAIGHT and open_at is None and _opens(text, i))
            if open_at is None and is_open:
                open_at, open_len = i, len(m.group())
                if not (continuing and i == first):
                    group += 1
            elif open_at is not None and (ch in CLOSING or ch == STRAIGHT or ch in OPENING and _mistyped_close(text, i)):
                quotes.append(Quote(open_at, m.end(), group, True, open_len, len(m.group())))
                open_at = None
        if open_at is not None:
            quotes.append(Quote(open_at, p_end, group, False, open_len, 0))
            carry = True
    return Quotes(quotes)


def _mistyped_close(text: str, i: int) -> bool:
    """“It's unusual,“ said Larry Noble: an opening mark after a comma or stop and before a space, inside an
    open quotation, is a closing mark typed the wrong way round."""
    return i > 0 and text[i - 1] in ",.!?" and (i + 1 == len(text) or text[i + 1].isspace())


def _opens(text: str, i: int) -> bool:
    """A straight quote opens after a space, an opening bracket or a dash, or at the start."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{\u2014\u2013-:"


def quote_at(quotes: "Quotes", start: int, end: int):
    """The quotation that contains [start, end), or None."""
    q = quotes.last_starting_at_or_before(start)
    return q if q is not None and end <= q.end else None


def strictly_inside(quotes: "Quotes", pos: int) -> bool:
    """True when a position lies between the marks of a closed quotation, or in a paragraph of a
    quotation that goes on into the next paragraph (news style: no closing mark until its last
    paragraph). An unclosed one that goes nowhere may be a stray mark, so it hides nothing."""
    i = bisect.bisect_right(quotes.starts, pos) - 1
    if i < 0:
        return False
    q = quotes[i]
    goes_on = i + 1 < len(quotes) and quotes[i + 1].group == q.group
    return (q.closed or goes_on) and q.inner[0] <= pos < q.inner[1]


def overlapping(quotes: "Quotes", start: int, end: int) -> list:
    """The quotations that overlap [start, end)."""
    i = max(0, bisect.bisect_right(quotes.starts, start) - 1)
    j = bisect.bisect_left(quotes.starts, end)
    return [q for q in quotes[i:j] if q.start < end and start < q.end]

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
    return (q.closed or _continued(quotes, i)) and q.inner[0] <= pos < q.inner[1]


def goes_on(quotes: "Quotes", q: Quote) -> bool:
    """An unclosed quotation that the next paragraph goes on with (news style: a quotation run over
    paragraphs leaves each paragraph unclosed and opens the next with a mark): it is ended, not stray."""
    return not q.closed and _continued(quotes, bisect.bisect_left(quotes.starts, q.start))


def _continued(quotes: "Quotes", i: int) -> bool:
    """Whether the quotation at index i goes on in the next one (the same group)."""
    return i + 1 < len(quotes) and quotes[i + 1].group == quotes[i].group


def overlapping(quotes: "Quotes", start: int, end: int) -> list:
    """The quotations that overlap [start, end).

    Those starting before end, from the last one starting at or before start: each starts before end, and all but
    the first start after start, so only the first can end too early (asked for every cue and name; most stories
    have few quotations, and the slice is all the work)."""
    starts = quotes.starts
    j = bisect.bisect_left(starts, end)
    if not j:
        return []
    found = quotes[max(0, bisect.bisect_right(starts, start) - 1):j]
    if found and found[0].end <= start:
        del found[0]
    return found


_DOUBLE_MARKS = ("\"", "\u201c", "\u201d", "\u00ab", "``", "''")
_SINGLE_MARK = re.compile("['\u2018\u2019]")
_OPENS_AFTER = " \t\n([{\u2014\u2013-:"
_CLOSES_BEFORE = " \t\n,.;:!?)]}\u2014\u2013-"
_ELISION = re.compile(r"(?:\d\ds?|tis|twas|em|cause|til|n|round|bout)\b", re.I)  # '90s, 'em, rock 'n' roll


def one_sided_marks_as_straight(text: str) -> str:
    """Some publishing systems curl every double quotation mark the same way (”We are ready,” she said): with
    no opening mark at all, or no closing one, the story's marks cannot say which side they are on, so they are
    read as straight marks ("), which the quotation rules pair by position; one character for one, so every offset
    holds, and analyze puts the story's own characters back. Returns ``text`` itself otherwise."""
    opening, closing = text.count("\u201c"), text.count("\u201d")
    if (opening == 0) == (closing == 0) or opening + closing < 2:
        return text
    return text.replace("\u201d" if closing else "\u201c", '"')


def single_marks_as_double(text: str) -> str:
    """British and Commonwealth house style (BBC, Guardian, ABC, The Times) quotes speech in single marks:
    'We have had to make difficult choices,' he said.  Every quotation rule reads double marks, so a story
    that has no double mark at all and quotes in single marks gets its quotation marks (not its apostrophes)
    rewritten as double ones, one character for one, so every offset holds; analyze puts the story's own
    characters back in the records. An opening mark follows a space, bracket, dash or colon and starts a
    word that is no elision ('em, '90s); a closing mark ends a word before a space or punctuation; a plural
    possessive (workers' pay) is passed over when the quotation closes after punctuation further on. A mark
    left unclosed at a paragraph's end is kept only when the next paragraph opens a quotation (a quotation
    run over paragraphs); otherwise it is an apostrophe. Returns ``text`` itself when there is nothing to do."""
    if "'" not in text and "\u2018" not in text or any(m in text for m in _DOUBLE_MARKS):
        return text
    from .sentences import paragraph_spans

    marks: list[tuple[int, str]] = []  # (position, replacement)
    pending = None  # an opening mark left unclosed at the end of the previous paragraph
    for p_start, p_end in paragraph_spans(text):
        found = [m.start() for m in _SINGLE_MARK.finditer(text, p_start, p_end)]
        if pending is not None:
            if found and found[0] == p_start and _single_opens(text, p_start, p_start):
                marks.append((pending, "\u201c"))
            pending = None
        open_at = None
        for k, i in enumerate(found):
            if open_at is None:
                if _single_opens(text, i, p_start):
                    open_at = i
            elif _single_closes(text, i, p_end):
                if text[i - 1] == "s" and text[i - 2:i - 1] not in ",.!?" and any(
                        text[j - 1] in ",.!?" and _single_closes(text, j, p_end) for j in found[k + 1:]):
                    continue  # workers' pay ... ,' : a plural possessive inside the quotation
                marks += [(open_at, "\u201c"), (i, "\u201d")]
                open_at = None
        if open_at is not None:
            pending = open_at
    if not any(r == "\u201d" for _, r in marks):
        return text
    chars = list(text)
    for i, r in marks:
        chars[i] = r
    return "".join(chars)


def _single_opens(text: str, i: int, p_start: int) -> bool:
    nxt = text[i + 1:i + 2]
    return ((i == p_start or text[i - 1] in _OPENS_AFTER) and text[i] != "\u2019"
            and (nxt.isalnum() or nxt in "\u2026.") and not _ELISION.match(text, i + 1))


def _single_closes(text: str, i: int, p_end: int) -> bool:
    prev = text[i - 1]
    return text[i] != "\u2018" and not prev.isspace() and (i + 1 >= p_end or text[i + 1] in _CLOSES_BEFORE)

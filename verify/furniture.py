"""Story furniture: bylines, datelines, agency slugs, credits. Kept as metadata, never as claims."""
from __future__ import annotations

import re

from .lexicon import may_hold

# Whole lines that are furniture, not statements.
_FURNITURE_LINE = re.compile(
    r"""^\s*(?:
        (?:[A-Z]{2,5}/)+[A-Z]{2,5}                         # agency slugs: SHI/SHI, JM/AB/XY
      | by\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,4}(?:\s*(?:and|,)\s*[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3})*\s*$  # By Jane Doe
      | (?:\(?(?:reporting|writing|editing|additional\ reporting|compiled)\ by\b.*)   # Reuters credits
      | (?:[-–—]\s*)?with\ (?:files|reporting|a\ report)\ from\ [A-Z].{0,80}     # With files from The Canadian Press
      | this\ (?:report|story|article)\b.{0,60}?\b(?:was|has\ been)\ (?:first\ |originally\ )?
        (?:published|updated|corrected)\b.{0,120}            # This report by The Canadian Press was first published
      | (?:copyright|\(c\)|©)\b.*                            # copyright lines
      | (?:photo|image|video|file\ photo)\s*:.*              # captions credits
      | [\-–—*_=#]{3,}                                       # rules
      | (?:related|read\ more|advertisement|share\ this|follow\ us)\b.{0,60}
      | (?:story|article)\ continues\ below(?:\ (?:this\ )?advertisement)?\.?    # web page breaks
      | continue\ reading(?:\ below)?\.?|article\ content|sign\ up\ (?:for|to)\b.{0,80}
      | (?:click|tap)\ here\b.{0,80}
      | follow\ (?:@\w+|(?:him|her|them|us|[A-Z][\w.'\-]+(?:\ [A-Z][\w.'\-]+){0,3}))
        (?:\ on\ (?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok)|\ at\ @\w+)\b.{0,60}
                                                           # Follow @janedoe on X.  Follow Jane Doe on Twitter
      | this\ (?:story|report|article)\ was\ (?:produced|made\ possible)\ with\ (?:the\ )?(?:financial\ )?
        (?:assistance|support|help)\ of\b.{0,160}         # Canadian funding notes
      | for\ immediate\ release\b.{0,40}                   # a press release's release line and contact block
      | (?:media\ |press\ |investor\ )?contacts?\s*:.{0,160}
      | (?:for\ more\ information|to\ learn\ more)\b.{0,40}?\b(?:visit|contact|call|go\ to)\b.{0,100}
      | \#{3}|-30-
      | (?:letters?\ )?to\ the\ editor\s*[:,]?|dear\ editor\s*[:,]?    # a letters page's salutation and heading
      | paid\ for\ by\ [A-Z].{0,120}|not\ authorized\ by\ any\ candidate\b.{0,80}   # political disclaimers
    )\s*$""",
    re.I | re.X,
)

# Furniture lines told by words anywhere in them: credits and funding notes ("The Associated Press contributed to
# this report."). Kept apart from _FURNITURE_LINE and tried only when one of their words is in the line: their
# openings ("[A-Z]" read without case, then up to eight words) are tried at every sentence, most of the cost of
# reading furniture. A line is furniture when either pattern matches it whole.
_FURNITURE_BY_WORDS = re.compile(
    r"""^\s*(?:
        [A-Z][\w.'\-]*(?:\ [\w.'\-]+){0,8}\ contributed\ (?:reporting|to\ this\ (?:report|story|article))\b.{0,80}
                                                           # The Associated Press contributed to this report.
      | [A-Z][\w.'\-]*(?:\ [\w.'\-]+){0,5}\ is\ a\ local\ journalism\ initiative\ reporter\b.{0,120}
      | [A-Z].{0,80}?\bcoverage\ receives\ (?:funding|support)\b.{0,160}
      | [A-Z].{0,60}?\bis\ solely\ responsible\ for\ (?:this|the)\ content\b.{0,40}
    )\s*$""",
    re.I | re.X,
)
_WORDS_OF_FURNITURE = ("contributed", "local journalism", "coverage receives", "solely responsible")

# A dateline that opens the first paragraph: "BEIRUT, Jan 11 (Reuters) -", "WASHINGTON (AP) —",
# "FLINT, Mich., Oct. 4 (UPI) --" (a place of four words at most, then up to three parts in lower case or
# figures: state, date, year; a press release's wire slug: "SEATTLE, Oct. 22, 2026 /PRNewswire/ --";
# "SIGN UP FOR OUR NEWSLETTER -" and "POLLS WRONG, JUST TOO EARLY -" are no datelines).
DATELINE = re.compile(
    r"""^\s*(?=[^\s,(]+(?:[ ][^\s,(\-–—]+){0,3}\s*[,(\-–—])[A-Z][A-Z .'\-]{1,40}(?:,\s*[A-Z0-9][a-z0-9.][\w .]{0,29}){0,3}\s*(?:\((?:[A-Za-z .&]{1,40})\))?\s*(?:/[A-Za-z][\w .\-]{0,38}/\s*)?[\-–—]{1,2}\s+""",
)


# The first words _FURNITURE_LINE's lines can open with, read without case; a line opening with another character
# than a letter (a bracket, a dash, a rule, a copyright sign) or with a slug ("JM/") goes to the pattern too.
_FURNITURE_LINE_OPENERS = frozenset(
    "by reporting writing editing additional compiled with this copyright photo image video file related read "
    "advertisement share follow story article continue sign click tap for media press investor contact contacts "
    "letter letters to dear paid not".split())
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _may_be_a_furniture_line(line: str) -> bool:
    """Whether _FURNITURE_LINE can match the line, judged by its first word: the case-blind pattern of two dozen
    branches fails at every body sentence, several times slower than this look. Conservative: a first word with a
    letter outside ASCII (which case-blind matching may fold to an ASCII letter) may."""
    body = line.lstrip()
    word = _FIRST_WORD.match(body)
    if word is None:
        return bool(body)  # a bracket, a dash, a rule or a copyright sign first
    w = word.group()
    return w.lower() in _FURNITURE_LINE_OPENERS or body[word.end():word.end() + 1] == "/" or not w.isascii()


def is_furniture(sentence_text: str) -> bool:
    return _may_be_a_furniture_line(sentence_text) and bool(_FURNITURE_LINE.match(sentence_text)) or (
        may_hold(sentence_text, _WORDS_OF_FURNITURE) and bool(_FURNITURE_BY_WORDS.match(sentence_text)))


def dateline_length(sentence_text: str) -> int:
    """Length of a dateline prefix ("BEIRUT (Reuters) - "), or 0."""
    opening = sentence_text.lstrip()[:2]
    if len(opening) < 2 or not ("A" <= opening[0] <= "Z") or not ("A" <= opening[1] <= "Z" or opening[1] in " .'-"):
        return 0  # no capital and then a capital, a space, a stop, an apostrophe or a hyphen (most sentences)
    m = DATELINE.match(sentence_text)
    if not m:
        return 0
    head = m.group(0)
    letters = [c for c in head.split("(")[0].split(",")[0] if c.isalpha()]  # the city: "PORTO ALEGRE, Brazil"
    # Datelines are written in capitals; a capitalised ordinary sentence is not one.
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return m.end()
    return 0


# A live blog's time stamp opening a paragraph: "10:42 a.m. —", "11:05 AM ET -", "9 p.m. –", "14:30 —".
_TIMESTAMP = re.compile(r"\s*(?:\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.\s?m\.|\d{1,2}\s*[AP]M)"
                        r"(?:\s+[A-Z]{2,4}\b)?\s*(?:[\-\u2013\u2014]{1,2}|:)\s+(?=[\u201c\"'A-Z])", re.I)


def timestamp_length(sentence_text: str) -> int:
    """Length of a live blog's time stamp opening the sentence ("10:42 a.m. — "), or 0: the time the post went
    up, furniture like a dateline, not part of what the post claims."""
    if not sentence_text[:1].isdigit() and not sentence_text.lstrip()[:1].isdigit():
        return 0
    m = _TIMESTAMP.match(sentence_text)
    return m.end() if m else 0

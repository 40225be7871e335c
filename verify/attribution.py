"""Attribution: split sentences into claims and tie each to the source it comes from.

Rules over the patterns news writing uses, driven by the cue lexicon
(verify/data/cues.csv):

  X said (that) C          C, X said          C, said X
  according to X, C        C, according to X  X told Y (that) C   (Y an outlet: via Y)
  X quoted Y as saying C   X, citing Y, said C                     (chains: Y via X)
  it was reported that C   (agentless)        "C," he said.  (quotations, over sentences and paragraphs)

The frame (source and cue) is left out of the claim; the reporter's own clauses
inside an attributed sentence (a fronted scene-setter, a relative clause on the
source) become claims in the reporter's voice.
"""
from __future__ import annotations

import bisect
from collections import Counter
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress
from operator import not_
from typing import Optional

from .furniture import dateline_length, is_furniture, timestamp_length
from .lexicon import WordTable, load_lexicon, load_word_list, may_hold, word_trie
from .model import PERSON, REPORTER, REPORTER_NAME, VAGUE, Claim, ClaimSource, Sentence, Source, Span, ViaFrame
from .quantities import SHARE_PART
from .quotes import Quote, find_quotes, goes_on, overlapping, quote_at, strictly_inside
from .sentences import in_title_case, long_words, opens_a_line, paragraph_spans
from .sources import (AGE_DESCRIPTION, _BODY_KIND_HEADS, _BODY_PLURALS, _head_before_postmodifier, _PLURAL_OF_PEOPLE, _names_several, FRONTED_SPEECH_VERBS, OF_WHOM, INVERTED_AUXILIARIES, PRONOUN_TYPES, Registry,
                      OPENING_CONJUNCTIONS, UNNAMED_WHO, WHO_KNOW_LINK, WHO_KNOW_WORDS,
                      _first_name_index, canonical_name, classify, first_names, names_a_place, source_words)
from .sources import source_lists

# Words that may stand between a source and its cue ("has also said", "went on to say", "was quick to add").
_AUX = r"(?:(?:has|have|had|was|were|is|are|would|will|could|can|did|does|do|wo|ca|should|must)n['\u2019]t|only|instead|always|soon|even|ever|merely|simply|actually|also|has|have|had|was|were|is|are|would|will|could|can|may|might|did|does|do|not|never|n't|later|earlier|since|previously|repeatedly|publicly|privately|reportedly|then|again|once|recently|further|just|already|still|often|long|first|last|himself|herself|itself|themselves|quickly|immediately|separately|subsequently|initially|flatly|strongly|openly|widely|generally|clearly|now|been|being|has\s+been|had\s+been|went\s+on\s+to|goes\s+on\s+to|go\s+on\s+to|going\s+on\s+to|(?:seem|appear|start)(?:s|ed|ing)?\s+to|continu(?:e|es|ed|ing)\s+to|beg(?:in|ins|an|un|inning)\s+to|(?:was|were|is|are)\s+(?:quick|careful|eager)\s+to)"
_AUX_TAIL = re.compile(rf"(?:\s+{_AUX}\b)+\s*$", re.I)
_AUX_WORD = re.compile(_AUX, re.I)


def _ends_an_auxiliary(word: str) -> bool:
    """Whether an auxiliary (or 'to') can end on this last word of a window as written."""
    return bool(_AUX_WORD.fullmatch(word)) or word.lower() == "to"


# asked of every window before a cue, and the same few words (names, "has", "also") come back
_IS_AUXILIARY_WORD = WordTable(_ends_an_auxiliary, limit=65536)


def _aux_tail(segment: str) -> Optional[re.Match]:
    """_AUX_TAIL.search(segment), tried only when the segment's last word is an auxiliary: the search
    tries every space of a 300-character window, and most windows end on a name, not "has also"."""
    last = segment.rsplit(None, 2)
    if not last or not _IS_AUXILIARY_WORD[last[-1]]:
        return None  # "went on to", "was quick to": auxiliaries of several words
    if last[-1] in ("Will", "Long") and len(last) > 1 and not last[-2][-1:].isalnum():
        return None  # "\u201cC,\u201d Will wrote", "In 2015, Long said": a name after punctuation, not an auxiliary
    # the match holds only spaces, letters and apostrophes: it starts after the segment's last other character (a
    # comma, a digit), found backwards from the end, so the search need not try every space of the window
    other = _LAST_NON_LETTER.match(segment)
    return _AUX_TAIL.search(segment, other.end()) if other else _AUX_TAIL.search(segment)


_LAST_NON_LETTER = re.compile(r"(?s:.*)(?:[^\w\s'\u2019]|[\d_])")
# Words that end the search for a source phrase before a cue.
_BOUNDARY_WORDS = {"that", "which", "who", "whom", "whose", "when", "while", "as", "after", "before", "because",
                   "since", "if", "but", "and", "or", "with", "where", "although", "though", "so", "than", "whether",
                   "until", "unless", "whereas", "why", "how", "what", "to", "in", "on", "at", "by", "from", "of",
                   "for", "about", "into", "over", "under", "during", "against", "without", "between", "among"}
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# (a regex alternation of the occasion rows in order: a longer phrase before the word it ends in, 'radio address')
_OCCASION = "(?:" + "|".join(t.replace(" ", r"\s+") for t in source_lists()["occasion"]) + ")"
# A time or occasion between the source and its cue: "X on Friday said", "X during a Sunday rally called".
_WHEN = (rf"(?:(?:late|early)\s+)?on\s+{_DAY}(?:\s+(?:morning|afternoon|evening|night))?"
         rf"|(?:last|this)\s+(?:past\s+)?(?:week|month|year|weekend|{_DAY})|(?:yesterday|today|tonight)"
         rf"|(?:later|earlier)\s+(?:on\s+)?(?:{_DAY}|that\s+(?:day|week|night|morning|evening|afternoon))"
         rf"|in\s+(?:19|20)\d\d|at\s+the\s+time|in\s+the\s+past|in\s+particular"
         rf"|(?:earlier|later)\s+in\s+the\s+(?:day|week|month|year|campaign)"
         rf"|through\s+(?:a|an|his|her|their|its)\s+(?:\w+\s+)?(?:office|spokes(?:man|woman|person)|lawyers?|attorneys?)"
         rf"|(?:in|during|at)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'\u2019-]+\s+){{0,4}}?{_OCCASION}"
         rf"(?:\s+(?:on|with)\s+[\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]*){{0,3}})?")
# One or more of them, each after a space; written "\s+W(\s+W)*" rather than "(\s+W)+" because a pattern that
# opens on a run of spaces lets the engine skip from space to space (six times quicker on the window before a cue).
_WHEN_TAIL = re.compile(rf"\s+(?:{_WHEN})(?:\s+(?:{_WHEN}))*\s*$")
# The last character a _WHEN_TAIL match cannot hold (it holds word characters, spaces, apostrophes, periods, hyphens)
_LAST_OUTSIDE_A_WHEN = re.compile(r"(?s:.*)[^\w\s'\u2019.-]")


def _when_tail(text: str, lo: int = 0, hi: Optional[int] = None) -> Optional[re.Match]:
    """_WHEN_TAIL.search(text, lo, hi), started after the window's last character no time phrase holds (a comma, a
    quotation mark): every match lies after it, so the search need not try each space of the 300-character window
    before a cue ("“C,” Smith on Friday said" is searched from the closing quotation mark)."""
    hi = len(text) if hi is None else hi
    other = _LAST_OUTSIDE_A_WHEN.match(text, lo, hi)
    return _WHEN_TAIL.search(text, other.end() if other else lo, hi)
_MANNER_TAIL = re.compile(r"\s+([a-z]+ly)(?:\s+and)?\s*$")  # lower case: "Kelly said" is a name
_LY_NOUNS = {"family", "rally", "ally", "only", "assembly", "supply", "reply", "daily", "weekly", "monthly", "bully",
             "folly", "belly", "anomaly", "monopoly", "homily", "lily", "jelly", "italy"}
_KEEP_INSIDE_NAME = {"of", "for", "and", "on", "at", "in", "de", "al", "the"}
_TOKEN = re.compile(r"[^\s]+")
WINDOW = 300  # characters searched before a cue for its source, so long sentences stay linear
# Time and manner phrases between a cue and its content ("said on Friday in a statement that"). The occasion may
# carry up to two lower-case modifiers ("in a televised address", "during a radio interview"), a participle naming
# where it appeared ("in a statement posted on its website") and the interpreter of a translated remark ("said through
# an interpreter that"); a time adverb is a whole word ("warned against C" keeps its "against").
_AFTER_CUE = re.compile(
    r"""^(?:\s*,?\s*(?:
        (?:(?:late|early)\s+on|on|late|early|last|this|next)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\w'\u2019])(?:\s+(?:morning|afternoon|evening|night))?
      | (?:on|in|at|by|via|during|over|through)\s+(?:an?|the|his|her|its|their)?\s*(?:(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*)){0,2}['\u2019]s\s+)?(?:(?!(?:the|an?|that|this|which|who)\s)(?-i:[a-z][\w'\u2019-]*)\s+){0,2}(?:statement|interview|tweet|post|email|e-mail|letter|speech|briefing|news\ conference|press\ conference|conference|rally|television|radio|twitter|facebook|x|website|report|meeting|hearing|call|phone\ call|telephone|message|video|remarks?|op-ed|blog|debate|town\ hall|event|sunday|statement\ on\ \w+|news\ release|press\ release|release|court\ filing|filing|court\ documents?|bulletin|update|podcast|column|memo|affidavit|submission|translator|interpreter|program|show)s?\b(?:\s+that\s+(?:night|day|morning|afternoon|evening|week))?(?:\s+(?:on|in|at|to|with)\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)?
        (?:\s+(?:to|before|for)\s+(?:the|an?|his|her|their|its)\s+(?-i:[a-z][\w\u2019-]*)(?:\s+(?-i:[a-z][\w\u2019-]*)){0,2}(?=\s*[.;,!?]|\s*$|\s+that\b))?  # its audience: in a video message to the convention
        (?:\s+(?:posted|released|issued|published|sent|shared|distributed|aired|broadcast)(?:\s+(?:on|by|to|in|at|through|via|late|early|earlier|later))?
           (?:\s+[\w.'\u2019-]+){1,4}?(?:,\s+\d{4})?(?=\s*(?:[.;]|,(?!\s*\d)|$|\s+that\b)))?  # its participle: in a statement posted on its website
        (?:\s+(?:\u201c[A-Z][^\u201c\u201d"]{0,60}\u201d|"[A-Z][^\u201c\u201d"]{0,60}"))?  # its title: on the podcast \u201cT\u201d
      | (?:today|yesterday|tonight|earlier|later|recently|previously|again|also|repeatedly|publicly|privately|last\ (?:week|month|year)|this\ (?:week|month|year)|on\ \w+day)(?![\w'\u2019])  # not "against"
      | (?:on|in)\s+(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*)){0,2}['\u2019]s\s+(?:\u201c[A-Z][^\u201c\u201d"]{0,60}\u201d|"[A-Z][^\u201c\u201d"]{0,60}"|''[A-Z][^'"]{0,60}'')  # on CBS's "Face the Nation"
      | (?-i:in|at)\s+(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,3}(?:,\s+(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*))?(?=,))?(?=\s*[.;,]|\s*$|\s+that\b)  # a place: said Tuesday in Paris, noting C; in Madison, Wisconsin, that C
      | (?:in|on)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?
      | (?:shortly|soon|just|moments|minutes|hours|days)\s+(?:later|earlier|after\s+(?:midnight|noon|dawn|the\s+(?:vote|meeting|hearing|ruling|verdict|announcement|results?|debate|speech|election|attack|crash|blast)))
      | after\s+the\s+(?:vote|meeting|hearing|ruling|verdict|announcement|results?|debate|speech)
      | (?:of|about)\s+[^:,;\u201c\u201d"]{2,60}?(?=:)
    ))+""",
    re.I | re.X,
)
# The words a phrase of _AFTER_CUE can open with (besides a weekday, possibly glued to one of them: "onmonday").
_AFTER_CUE_OPENERS = frozenset(
    "late early on last this next in at by via during over through today yesterday tonight earlier later recently "
    "previously again also repeatedly publicly privately shortly soon just moments minutes hours days after of "
    "about".split())
_GAP_THEN_WORD = re.compile(r"\s*,?\s*([^\W\d_]+)")


def _after_cue_match(seg: str) -> Optional[re.Match]:
    """_AFTER_CUE.match(seg), asked only when the first word after the gap can open one of its phrases. Most cues
    are followed by their content at once ("said that", "said the"), and the big case-blind pattern takes several
    times longer to fail than this look at the first word. A word with a letter outside ASCII goes to the pattern
    (case-blind matching folds some of them to ASCII letters)."""
    m = _GAP_THEN_WORD.match(seg)
    if m is None:
        return None  # every phrase opens with a letter
    word = m.group(1).lower()
    if word not in _AFTER_CUE_OPENERS and not word.endswith("day") and word.isascii():
        return None
    return _AFTER_CUE.match(seg)


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:(?:\w+ly|first)\s+)?$", re.I)
# 'that' right after a cue opens its content clause, unless a verb follows it: then it is the clause's subject,
# a demonstrative ("I think that is nonsense", "He said that's wrong", "Officials said that has never happened")
_THAT = re.compile(r"\s*(?:,\s*)?(?:that\b(?![\u2019']s\b|\s+(?:is|was|isn[\u2019']t|wasn[\u2019']t|has|had(?!\s+(?:they|he|she|we|i|you|it|the)\b)|hasn[\u2019']t|will|"
                   r"won[\u2019']t|would|wouldn[\u2019']t|could|can|can[\u2019']t|should(?!\s+(?:they|he|she|we|i|you|it|the)\b)|may|might|must|does|did|doesn[\u2019']t|"
                   r"didn[\u2019']t)\b)|:)?\s*", re.I)


@dataclass
class Frame:
    """One attribution found in a sentence."""

    cue: tuple[int, int]
    source: tuple[int, int]  # the mention (absolute offsets); (x, x) for agentless
    content: tuple[int, int]
    via: list[tuple[int, int]] = field(default_factory=list)
    reporter_parts: list[tuple[int, int]] = field(default_factory=list)
    rule: str = ""
    agentless: bool = False
    more_content: list[tuple[int, int]] = field(default_factory=list)  # further parts, same source and cue
    via_cues: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # a via mention -> its own cue
    inner: list["Frame"] = field(default_factory=list)  # a stance held by a noun phrase inside this frame's words


@lru_cache(maxsize=1)
def cue_table() -> dict[str, dict]:
    """Each cue form (lower case) -> its lexicon row."""
    df = load_lexicon("cues.csv", required=("term", "forms", "category", "frame"))
    table: dict[str, dict] = {}
    for row in df.to_dict("records"):
        for form in row["forms"].split("|"):
            table[form.strip().lower()] = row
    return table


@lru_cache(maxsize=1)
def cue_regex() -> re.Pattern:
    forms = sorted(cue_table(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")(?![\w-])", re.I)


# A cue form ends at a word boundary and is no possessor: "the state's new law", "the report's author" are nouns.
_NOT_A_POSSESSOR = r"(?![\w-]|['\u2019]s\b)"


@lru_cache(maxsize=1)
def _cues_by_first_word() -> dict[str, re.Pattern]:
    """For each first word of a cue form, a pattern of the forms that start with it (longest first)."""
    groups: dict[str, list[str]] = {}
    for form in cue_table():
        groups.setdefault(form.split()[0], []).append(form)
    return {w: re.compile("(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(fs, key=len, reverse=True))
                          + r")" + _NOT_A_POSSESSOR, re.I) for w, fs in groups.items()}


_WORD = re.compile(r"(?<![\w-])[A-Za-z]+")


def _cue_pattern_opening_with(word: str) -> Optional[re.Pattern]:
    """The pattern of the cue forms that open with this word as written, in any case (None for most words)."""
    return _cues_by_first_word().get(word.lower())


_cue_pattern_of = WordTable(_cue_pattern_opening_with, limit=65536).__getitem__  # every word of every story asks
_MATCH_GROUP = re.Match.group
_MATCH_START = re.Match.start
_MATCH_SPAN = re.Match.span
_SPACES = re.compile(r"\s+")


def _form(cue_text: str) -> str:
    """The lexicon key of a matched cue: lower case, single spaces."""
    low = cue_text.lower()
    return low if low.isalpha() else _SPACES.sub(" ", low)  # any white space, also no-break spaces


def _third_person(word: str) -> str:
    """'call' -> 'calls', 'urge' -> 'urges', 'praise' -> 'praises', 'rally' -> 'rallies', 'push' -> 'pushes'."""
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


_HEADLINE_BASE_FORMS: set[str] = set()  # headline forms that are the bare verb: cues only after a plural subject
# "Halifax council votes to pause bike lane project": a headline's vote is the news itself, told by the reporter
_NOT_IN_HEADLINES = {"vote to", "cast votes for"}


@lru_cache(maxsize=1)
def _headline_cues() -> tuple[re.Pattern, dict[str, dict]]:
    """Headlines speak in the present ('Sanders Promises Action', 'Calderon calls the wall stupid'): every
    cue lemma's third-person form, which the lexicon leaves out where it is mostly a noun (calls, claims,
    promises), is a cue in a headline, and so is its infinitive, the headline's future ('Clinton to call for')."""
    forms: dict[str, dict] = {}
    for row in cue_table().values():
        words = row["term"].lower().split()
        if not words or not words[0].isalpha() or row["frame"] in ("prep", "hedge", "noun", "closing") \
                or row["term"] in _NOT_IN_HEADLINES:  # a headline closes no quotation: 'Criminal charges against'
            continue
        forms.setdefault(" ".join([_third_person(words[0])] + words[1:]), row)
        base = " ".join(words)  # "Terrorism experts rebuke Trump": the present after a plural subject
        if base not in forms and base not in cue_table():
            _HEADLINE_BASE_FORMS.add(base)
            forms[base] = row
        forms.setdefault(" ".join(["to"] + words), row)  # "AFL-CIO to endorse Clinton": the headline's future
    ordered = sorted(forms, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered) + r")"
                         + _NOT_A_POSSESSOR, re.I)
    return pattern, forms


def _is_headline(text: str, sent: Sentence) -> bool:
    """The story's first line, short, alone in its paragraph, with more of the story after it. A press release's
    "FOR IMMEDIATE RELEASE" (furniture lines, two at most) above it does not make it a body sentence."""
    line_end = text.find("\n", sent.start)
    if sent.index == 0:
        first = sent.paragraph == 0
    else:
        first = sent.index <= 2 and all(is_furniture(line) for line in text[:sent.start].splitlines() if line.strip())
    return first and sent.end - sent.start <= 160 and line_end >= 0 and (line_end - sent.end) < 3 \
        and bool(text[line_end:].strip())


def _headline_frames(text: str, start: int, end: int, quotes) -> list[Frame]:
    """The story's first line, when no frame was found in it: a cue in the headline's present tense."""
    pattern, forms = _headline_cues()
    body_end = _body_end(text, start, end)
    for m in pattern.finditer(text, start, body_end):
        if m.start() == start or strictly_inside(quotes, m.start()) or _estimates_compared(text, start, m):
            continue
        frame = _try_cue(text, start, body_end, m.start(), m.end(), forms[_form(m.group())], quotes)
        if frame and not frame.agentless and frame.content[0] > frame.cue[0] and frame.source[0] < frame.cue[0] \
                and (not m.group().lower().startswith("to ") or _announces(text, start, frame)) \
                and (_form(m.group()) not in _HEADLINE_BASE_FORMS or _plural_subject(text, frame, m.start())):
            return [frame]
    return []


_HEADLINE_VERB_AFTER_COMMA = re.compile(r",\s+(?:then\s+)?(?=[A-Za-z])")


def _headline_verb_ends_the_name(text: str, frame: Frame) -> bool:
    """'Ferry service cut as union, BC Ferries trade blame', 'Ottawa, Quebec spar over ...': a headline writes its
    verb in the base form, so a capitalised name followed by a lower-case word that no source lexicon knows ('trade'),
    then the cue, has its verb in that word and the cue is its object: no frame. Read as a frame, the name and the
    verb became one body ('BC Ferries trade') whose name every later 'BC Ferries' of the story took. A known head
    stays a source ('Trump aides blast ...', 'Liberal MPs say ...')."""
    ws = text[frame.source[0]:frame.source[1]].split()
    if len(ws) < 2 or not ws[-1].isalpha() or not ws[-1].islower() or not ws[-2][:1].isupper() \
            or _PLURAL_PEOPLE.fullmatch(ws[-1]) or ws[-1] in _BODY_PLURALS:
        return False  # (a plural of people or bodies is the subject: "Rose Bowl skywriters blast", "Right-wing parties")
    return source_words().get(ws[-1]) is None and source_words().get(ws[-1].rstrip("s")) is None


def _headline_second_verb(text: str, frame: Frame, end: int, quotes) -> Optional[Frame]:
    """'Rep. Ann Lee slams the mayor, praises the council', 'Lee Says the Bridge Is Late, Calls the Delay a Disgrace':
    headlines join their verbs with a comma. A cue in the headline's present right after a comma inside the first
    frame's content has the same source; the first content stops at the comma."""
    if frame.agentless or frame.content[0] < frame.cue[1]:
        return None
    pattern, forms = _headline_cues()
    a, b = frame.content
    body_end = _body_end(text, a, end)
    for m in _HEADLINE_VERB_AFTER_COMMA.finditer(text, a, b):
        if strictly_inside(quotes, m.start()):
            continue
        cue = pattern.match(text, m.end(), b)
        if not cue or _form(cue.group()) in _HEADLINE_BASE_FORMS or cue.group().lower().startswith("to "):
            continue
        row = forms[_form(cue.group())]
        k = _skip_addressee(text, cue.end(), body_end)[0] if row["frame"] == "tell" else cue.end()
        content = _content_after(text, k, body_end) or (_lone_name(text, k, body_end) if row["frame"] == "np" else None)
        if content:
            frame.content = _strip_span(text, a, m.start())
            return Frame(cue=cue.span(), source=frame.source, content=content, via=list(frame.via),
                         rule=f"cue:{cue.group().lower()}/headline-second-verb")
    return None


_HEADLINE_LIST_ITEM = re.compile(r"[A-Za-z][\w'\u2019.-]*(?:\s+[A-Za-z][\w'\u2019.-]*){0,2},\s+")
_NOT_A_LIST_OPENER = {"after", "amid", "as", "at", "before", "despite", "during", "for", "from",
                      "if", "in", "inside", "near", "on", "outside", "over", "since",
                      "to", "under", "when", "while", "with", "without", "yes", "no",
                      "exclusive", "update", "breaking", "watch", "video", "analysis",
                      "opinion", "again", "now", "finally", "meanwhile", "still"}


def _headline_listed_subjects(text: str, start: int, frame: Frame) -> None:
    """'Family, friends remember slain teacher', 'Parents, teachers say school unsafe': a headline writes 'and'
    as a comma, so short noun phrases joined by commas right before the source, from the headline's start, are
    one subject with it. Only before a plural verb ('say', not 'says'): 'After vote, mayor says' opens with a
    fronted phrase, and a singular verb has a single subject."""
    a = frame.source[0]
    if frame.agentless or a <= start or text[a - 2:a] != ", " or text[frame.source[1]:frame.cue[0]].strip():
        return
    verb = text[frame.cue[0]:frame.cue[1]].split()[0].lower()
    if verb.endswith("s") and not verb.endswith("ss") or verb in ("to", "is", "was"):
        return
    k = start
    while k < a:
        m = _HEADLINE_LIST_ITEM.match(text, k, a)
        first = text[m.start():m.end()].split()[0].lower().rstrip(",") if m else ""
        if not m or first in _NOT_A_LIST_OPENER or first.endswith("ly") and first not in _LY_NOUNS:
            return  # "Apparently, they think ...": a sentence adverb, no subject
        k = m.end()
    if k == a and k - start <= 60:
        frame.source = (start, frame.source[1])
        frame.reporter_parts = [p for p in frame.reporter_parts if not (start <= p[0] < a)]


_PLURAL_HEAD = re.compile(r"[A-Za-z][a-z]*[^s'\u2019us]s")


def _plural_subject(text: str, frame: Frame, cs: int) -> bool:
    """'Terrorism experts rebuke Trump', 'Atlantic City officials welcome C': a headline's bare verb is its present
    only after a plural subject, which ends right before it on a plural noun; otherwise it is mostly a noun
    ('Jobs report gives Democrats a lift', 'Obama order opens door')."""
    return frame.source[1] == text.rfind(" ", frame.source[0], cs) \
        and bool(_PLURAL_HEAD.fullmatch(text, text.rfind(" ", frame.source[0], frame.source[1]) + 1, frame.source[1]))


def _announces(text: str, start: int, frame: Frame) -> bool:
    """'AFL-CIO to endorse Clinton': an infinitive tells what a named source will do when the name opens the
    headline, no question ('Why Does Israel Refuse to Recognize ...?'), no verb before ('pushes Dems to reject')."""
    return frame.source[0] == start and _valid_source(text[frame.source[0]:frame.source[1]], strict=True) \
        and "?" not in text[start:frame.content[1] + 1]


@lru_cache(maxsize=1)
def _cue_first_word() -> re.Pattern:
    """A word of a lower-cased story that opens a cue form: what _WORD matches there, when it is one of the forms'
    first words (a trie of them)."""
    return re.compile(r"(?<![\w-])(?:" + word_trie(_cues_by_first_word()) + r")(?![a-z])")


# The two characters str.lower() does not map to one character of the same kind (ASCII letter or not, word character
# or not): İ lower-cases to two characters, K (the Kelvin sign) to an ASCII k. Checked over all of Unicode by a test.
_LOWER_CASE_CHANGES_KIND = ("\u0130", "\u212a")


@lru_cache(maxsize=2)
def _story_cue_matches(text: str) -> tuple[list[int], list[re.Match]]:
    """Every cue match in the story, found once, word by word (linear whatever the lexicon's size). The words that
    open a cue form (one in eight) are found by one search of the lower-cased story for them, not by making every
    word and looking it up: lower-casing keeps each character where it is and of its kind, so the same words are
    found where they are written; a story holding one of the two characters it does not keep is read word by word."""
    if any(map(text.__contains__, _LOWER_CASE_CHANGES_KIND)):
        words = list(_WORD.finditer(text))
        patterns = list(map(_cue_pattern_of, map(_MATCH_GROUP, words)))  # (C-level loops: most words are no cue)
        candidates = zip(map(_MATCH_START, compress(words, patterns)), compress(patterns, patterns))
    else:
        firsts = list(_cue_first_word().finditer(text.lower()))
        candidates = zip(map(_MATCH_START, firsts), map(_cues_by_first_word().__getitem__, map(_MATCH_GROUP, firsts)))
    found = []
    for start, pattern in candidates:
        m = pattern.match(text, start)
        if m:
            found.append(m)
    return [m.start() for m in found], found


def cue_matches(text: str, start: int, end: int):
    """Cue matches in text[start:end]: the story's matches, bisected (every sentence asks several times)."""
    starts, found = _story_cue_matches(text)
    for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        m = found[i]
        if m.end() > end:  # a phrase running past the range: match again inside it
            m = _cues_by_first_word()[_WORD.match(text, m.start()).group().lower()].match(text, m.start(), end)
            if m is None:
                continue
        yield m


_QUOTED_AS = re.compile(r"\bquoted\s+(.{1,80}?)\s+as\s+(?:saying|telling|stating|writing)\b", re.I)
_CITING = re.compile(r",\s*citing\s+([^,]{2,80}),\s*$", re.I)
_AGENTLESS_PARTICIPLES = ("reported", "believed", "said", "thought", "understood", "claimed", "alleged", "estimated",
                          "feared", "expected", "rumored", "rumoured")  # one of them is in every _AGENTLESS match
_AGENTLESS = re.compile(r"\b(?:it\s+(?:is|was|has\s+been|had\s+been)\s+(?:reported|believed|said|thought|understood|claimed|alleged|estimated|feared|expected)|(?:is|are|was|were)\s+(?:widely\s+)?(?:reported|believed|said|thought|alleged|understood|expected|rumou?red)\s+to)\b", re.I)


# A press release's closing boilerplate opens with a heading line of its own: "About Northwind Systems",
# "About the Center for Economic Opportunity".
_BOILERPLATE_HEADING = re.compile(r"About (?:the )?[A-Z][\w.&'\-]*(?: (?:of |and |for |& )?[A-Z][\w.&'\-]*){0,6}")


def _boilerplate_heading(text: str, sent: Sentence) -> bool:
    """"About Northwind Systems" on a line of its own, below the story's opening: the company's standard
    self-description follows to the end of the release (who it is, where, its web site). It is furniture the
    release carries, kept as metadata: not a claim of the story, nor the reporter's."""
    if sent.index < 3 or not sent.text.startswith("About ") or sent.text.rstrip()[-1:] in ".?!\"\u201d:" \
            or not _BOILERPLATE_HEADING.fullmatch(sent.text.strip()):
        return False
    return opens_a_line(text, sent.start) and text[sent.end:sent.end + 1] in ("\n", "")


def attribute(text: str, sentences: list[Sentence]) -> tuple[list[Claim], list[Source]]:
    """Claims in text order with their sources, and the story's source registry."""
    paragraphs = paragraph_spans(text)
    quotes = find_quotes(text, paragraphs)
    registry = Registry()
    entities = organisation_names(text)
    claims: list[Claim] = []
    group_source: dict[int, tuple[ClaimSource, Optional[Span]]] = {}  # quotation group -> who said it, and the cue
    pending: dict[int, list[Claim]] = {}  # quotation group -> quoted sentences waiting for a speaker named later
    carried: dict[int, tuple[ClaimSource, Optional[Span]]] = {}  # group -> the previous speaker it opened with
    previous_paragraph = -1
    boilerplate = False
    for sent in sentences:
        boilerplate = boilerplate or _boilerplate_heading(text, sent)
        if boilerplate:
            claims.append(_claim(len(claims), "metadata", text, sent.start, sent.end,
                                 _reporter("metadata:boilerplate"), sent))
            continue
        if not overlapping(quotes, sent.start, sent.start + 2):  # a quoted speaker's subjects are not the story's
            registry.note_subject(text, sent.start, sent.end)
        new = _claims_for_sentence(text, sent, quotes, registry, entities, len(claims))
        if claims and len(new) == 1 and new[0].source.type == REPORTER and new[0].kind == "claim":
            _frame_only_sentence(text, new[0], claims[-1], quotes, registry, entities)
            _signature_line(text, new[0], claims, quotes, registry, entities)
            _quotation_after_colon_frame(text, new[0], claims[-1], quotes, registry, entities)
            if sent.paragraph == previous_paragraph:
                _next_quotation_same_speaker(text, new[0], _quoting_claim_of_sentence(claims), quotes)
                block = claims[-1].source
                if "/colon-before-block" in block.rule and new[0].source.type == REPORTER:  # the block quotation goes on
                    new[0].source = ClaimSource(name=block.name, type=block.type, mention=block.mention, via=list(block.via),
                                                source_id=block.source_id, rule=block.rule, via_frames=list(block.via_frames))
                    new[0].cue = claims[-1].cue
        previous_paragraph = sent.paragraph
        claims.extend(new)
        for c in new:
            q = quote_at(quotes, c.start, c.end) or _opening_quote(quotes, c)
            if q is None:
                continue
            if c.source.type != REPORTER:
                if c.cue is not None and q.start < c.cue.start and c.cue.end <= q.end:
                    continue  # the quoted speaker attributing something ("We thought ..."): not who speaks
                if c.source.rule == "quotation:next-sentence-same-speaker" and q.end > c.end + 2:
                    carried[q.group] = (c.source, c.cue)  # the quotation goes on: its own frame may name the speaker
                    pending.setdefault(q.group, []).append(c)
                    continue
                group_source.setdefault(q.group, (c.source, c.cue))
                for waiting in pending.pop(q.group, []):  # earlier sentences of the same quotation
                    _inherit(waiting, c.source, c.cue)
            elif c.kind == "claim":
                if q.group in group_source:
                    _inherit(c, *group_source[q.group])
                else:
                    pending.setdefault(q.group, []).append(c)
    _carried_speaker_without_frame(claims, pending, carried)
    _unframed_quotations_after_speaker(text, claims, quotes)
    if "Q:" in text and "A:" in text:
        _interview_turns(text, claims, sentences, paragraphs, registry)
    _fullest_names(text, claims, registry)
    _first_person_is_the_byline(claims, registry, quotes)
    return claims, registry.sources


_BYLINE_AUTHOR = re.compile(r"[Bb]y\s+((?:[A-Z][\w.'\u2019\-]+\s+){1,3}[A-Z][\w'\u2019\-]+)\s*(?:,|$)")


def _first_person_is_the_byline(claims: list[Claim], registry: Registry, quotes) -> None:
    """"By Margaret Ellison ... I think that is nonsense": in a signed piece (a column, an op-ed, a commentary)
    'I' outside quotation marks is the writer the byline names, not an unknown person called 'I'. Only a byline
    of one person among the story's first lines; 'I' inside a quotation is the speaker's, and 'we' may be a
    board or a newsroom, so it is left alone."""
    author = None
    for c in claims[:6]:
        if c.kind == "metadata" and c.source.rule == "metadata:furniture":
            m = _BYLINE_AUTHOR.fullmatch(c.text.strip())
            if m and " and " not in m.group(1):
                author = m.group(1)
                break
    if author is None:
        return
    writer = None  # every unresolved 'I' made a source of its own: they are one writer
    merged: set[str] = set()
    for src in registry.sources:
        if src.name != "I" or not src.mentions or any(strictly_inside(quotes, m.start) for m in src.mentions) \
                or not all(m.rule == "pronoun:i:unresolved" or m.text == "I" for m in src.mentions):
            continue
        if writer is None:
            writer = src
            src.name = author
        else:
            writer.mentions.extend(src.mentions)
            merged.add(src.id)
        for c in claims:
            if c.source.source_id == src.id:
                c.source = replace(c.source, name=author, source_id=writer.id,
                                   rule=c.source.rule.replace("pronoun:i:unresolved", "pronoun:i->byline"))
    registry.sources[:] = [src for src in registry.sources if src.id not in merged]


def _fullest_names(text: str, claims: list[Claim], registry: Registry) -> None:
    """A person first met by surname ("Gingrich" in a headline) whom the story later names in full ("Newt
    Gingrich called ...": the registry's name:longer-form) is that full name in every claim, also those read before
    it. Only a personal name that ends in the surname and is all name words (two to four, no 'and'): the registry's
    longer forms of other sources are often a phrase around the name, not the name."""
    names = {s.id: s.name for s in registry.sources if s.type == PERSON}
    written = registry._written_names(text)  # surname -> the one full name the story writes, None for two
    for c in claims:
        full = names.get(c.source.source_id)
        if full and c.source.type == PERSON and full != c.source.name and full.endswith(" " + c.source.name) \
                and 2 <= len(full.split()) <= 4 and not _names_several(full) and not re.search(r"--|[\u2013\u2014:]", full) \
                and all(w[:1].isupper() or w in ("de", "van", "von", "da", "bin", "al") for w in full.split()) \
                and source_words().get(full.split()[0].lower().rstrip(".")) is None \
                and (written.get(c.source.name) or full).split()[0] in full.split()[:-1] \
                and written.get(c.source.name, full) is not None:  # "Bill Clinton" and "Hillary Clinton": either
            c.source.name = full


_INTERVIEW_TURN = re.compile(r"(Q|A)\s*:\s+")


def _interview_turns(text: str, claims: list[Claim], sentences: list[Sentence], paragraphs, registry) -> None:
    """A Q&A interview ("Q: Why did it take so long?" / "A: I wasn't ready. ..."): each question is the
    publication's own (the reporter's), not a source called Q; each answer paragraph, every sentence of it,
    is the interviewee's - not the reporter's, and its 'I' is the interviewee. The interviewee is the person
    the introduction names most often before the first answer; without one, "the interviewee". Only where
    at least two paragraphs open with "Q:" and two with "A:", or a "Q:" paragraph is followed by an "A:" one (a
    transcript's single "Q:", answered by a named speaker, stays a speaker)."""
    turns = {}
    for i, (ps, pe) in enumerate(paragraphs):
        m = _INTERVIEW_TURN.match(text, ps, pe)
        if m:
            turns[i] = m
    kinds = [m.group(1) for m in turns.values()]
    answered = any(m.group(1) == "Q" and i + 1 in turns and turns[i + 1].group(1) == "A" for i, m in turns.items())
    if (kinds.count("Q") < 2 or kinds.count("A") < 2) and not answered:
        return  # (one exchange is enough when the answer's paragraph follows the question's)
    first_answer = min(paragraphs[i][0] for i, m in turns.items() if m.group(1) == "A")
    named = [(a, b) for a, b in registry._people if b <= first_answer and len(text[a:b].split()) >= 1]
    surnames = Counter(text[a:b].split()[-1].strip(".,'\u2019s") for a, b in named)
    interviewee = None
    if surnames:
        top = surnames.most_common(1)[0][0]
        a, b = max((span for span in named if text[span[0]:span[1]].split()[-1].strip(".,'\u2019s") == top),
                   key=lambda span: (len(text[span[0]:span[1]].split()), -span[0]))
        name = canonical_name(text[a:b], PERSON)
        interviewee = next((src for src in registry.sources if src.name == name), None) \
            or registry._new(name, text[a:b], PERSON, a, b, "interview:interviewee")[0]
    if interviewee is None:
        interviewee = registry._new("the interviewee", "A", PERSON, first_answer, first_answer + 1, "interview:answer")[0]
    dropped = set()
    for c in claims:
        m = turns.get(sentences[c.sentence].paragraph)
        if m is None or c.kind != "claim":
            continue
        if c.start < m.end() <= c.end:  # the turn's label is no part of what is said
            c.start, c.text = m.end(), text[m.end():c.end]
        own = c.source.type == REPORTER or c.source.rule.startswith("cue:colon/headline") and c.source.name == m.group(1) \
            or c.source.name == "I" and "unresolved" in c.source.rule
        if not own:
            continue
        if c.source.type != REPORTER:
            dropped.add(c.source.source_id)
        if m.group(1) == "Q":
            c.source, c.cue = _reporter("interview:question"), None
            continue
        framed = c.source.type != REPORTER  # "I realized C": the interviewee's own frame keeps its cue and content
        c.source = ClaimSource(name=interviewee.name, type=PERSON, mention=c.source.mention if framed else None, via=[],
                               source_id=interviewee.id, rule="interview:answer" + ("; pronoun:i" if framed else ""))
        if not framed:
            c.cue = Span.of(text, m.start(), m.start(1) + 1)
    used = {c.source.source_id for c in claims}
    registry.sources[:] = [src for src in registry.sources if src.id not in dropped or src.id in used]


@lru_cache(maxsize=1)
def _frame_only() -> re.Pattern:
    """A sentence that is only a source and a speech cue from the lexicon ("Jane Doe said.")."""
    forms = sorted((f for f, row in cue_table().items() if row["category"] in ("speech", "stance")
                    and row["frame"] in ("clause", "tell", "np")
                    and " " not in f and not f.endswith("ing")), key=len, reverse=True)
    cue = "|".join(re.escape(f) for f in forms)
    return re.compile(r"(?P<np>[^\s,;:\u201c\u201d\"][^,;:\u201c\u201d\"]{0,60}?)\s+(?P<cue>(?:" + cue + r")(?:\s+\w+)?)"
                      # a closing circumstance: "Jeff Sessions said as he launched the process."
                      r"(?:,?\s+(?:as|while|when|after|before)\s+[^,;:\u201c\u201d\"]{1,80}?)?\s*\.?\s*$", re.I)


def _frame_only_sentence(text: str, claim: Claim, previous: Claim, quotes, registry, entities) -> None:
    """\u201cWe will win.\u201d Jane Doe said.  Punkt ends the quotation's sentence at its stop, leaving a
    sentence that is only a frame: it attributes the quotation just before it."""
    if previous.source.type != REPORTER or previous.kind != "claim" or not previous.text.endswith(("\u201d", '"', "''")) \
            or "\n" in text[previous.end:claim.start]:
        return  # checked before the sentence pattern, which costs more; a frame opens no paragraph ("Rubio disagreed.")
    m = _frame_only().fullmatch(text, claim.start, claim.end)
    if not m or not _valid_source(m.group("np"), strict=True):
        return
    q = quote_at(quotes, previous.start, previous.end) or _opening_quote(quotes, previous)
    if q is None:
        return
    src, how = registry.resolve(text, m.start("np"), m.end("np"), entities=entities)
    previous.source = ClaimSource(name=src.name, type=src.type, mention=Span.of(text, *m.span("np")), via=[],
                                  source_id=src.id, rule=f"cue:{m.group('cue').split()[0].lower()}/next-sentence; {how}")
    previous.cue = Span.of(text, *m.span("cue"))
    previous.quoted = True
    claim.kind = "metadata"  # the frame itself: who said the quotation before it
    claim.source = _reporter("metadata:frame-of-previous-quotation")


_SIGNATURE_LINE = re.compile(r"[-\u2013\u2014\u2015]\s*(?P<np>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4})"
                             r"(?:,\s*[A-Z][^.\n]{0,40})?\.?\s*$")


def _signature_line(text: str, claim: Claim, claims: list[Claim], quotes, registry, entities) -> None:
    """“The whole idea of a 'Crooked Hillary' needs to stop.” ¶ -Michelle Marks, Philadelphia.  A line
    that is only a dash and a name signs the quotation just before it (every sentence of it)."""
    m = _SIGNATURE_LINE.fullmatch(text, claim.start, claim.end)
    previous = claims[-1]
    if not m or previous.kind != "claim" or previous.source.type != REPORTER or not _valid_source(m.group("np"), strict=True):
        return
    q = quote_at(quotes, previous.start, previous.end) or _opening_quote(quotes, previous)
    if q is None:
        return
    ns, ne = m.span("np")
    while ne > ns and text[ne - 1] == ".":
        ne -= 1  # "- Sanders."
    src, how = registry.resolve(text, ns, ne, entities=entities)
    signed = ClaimSource(name=src.name, type=src.type, mention=Span.of(text, ns, ne), via=[], source_id=src.id,
                         rule=f"cue:dash/signature-line; {how}")
    cue = Span.of(text, claim.start, claim.start + 1)
    for c in reversed(claims):
        cq = quote_at(quotes, c.start, c.end) or _opening_quote(quotes, c)
        if c.kind != "claim" or c.source.type != REPORTER or cq is None or cq.group != q.group:
            break
        _inherit(c, signed, cue)
    claim.kind = "metadata"  # the signature itself
    claim.source = _reporter("metadata:signature-of-previous-quotation")


def _next_quotation_same_speaker(text: str, claim: Claim, previous: Claim, quotes) -> None:
    """“Ottawa keeps making announcements,” he said. “We need a real partner.”  A sentence that is
    only a quotation, in the same paragraph right after an attributed quotation, is the same
    speaker going on: news writing names a new speaker before quoting them."""
    if claim.source.type != REPORTER or previous.source.type == REPORTER \
            or not (previous.quoted or _closes_on_its_quotation(text, previous, quotes)) \
            or previous.cue is None or not _whole_quotation(text, claim, quotes):
        return
    _inherit(claim, previous.source, previous.cue)
    claim.source.rule = "quotation:next-sentence-same-speaker"


def _closes_on_its_quotation(text: str, claim: Claim, quotes) -> bool:
    """'As for the tariffs, "I write them off," said Mr. Pike, who runs a mill. "He is a moderate."': a content
    that the reporter's fronted phrase opens but a quotation closes, right before the frame after it, is a
    quotation all the same (shorter than the phrase, so not 'quoted'): the speaker goes on in the next one."""
    if claim.cue is None or claim.cue.start < claim.end or not text[claim.end - 1:claim.end] in ("\u201d", '"', "'"):
        return False
    return any(q.end >= claim.end - 1 and q.start > claim.start for q in overlapping(quotes, claim.end - 2, claim.end))


def _carried_speaker_without_frame(claims: list[Claim], pending: dict, carried: dict) -> None:
    """“C,” Mr. Lee said. “D. E,” he said.  A quotation opening right after an attributed one was given
    its previous speaker (_next_quotation_same_speaker) but waited for a frame of its own: news writing puts the
    frame of a quotation of several sentences after its first or last sentence, and that frame names who speaks
    it (the same person met again as 'he', or another speaker). Where the quotation closes with no frame, its
    sentences go on with the speaker before it."""
    if not carried:
        return
    for group, (source, cue) in carried.items():
        for c in pending.pop(group, []):
            if c.source.type == REPORTER or c.source.rule == "quotation:next-sentence-same-speaker":
                _inherit(c, source, cue)
                c.source.rule = "quotation:next-sentence-same-speaker"


def _last_attributed_of_sentence(claims: list[Claim], upto: Optional[int] = None) -> Claim:
    """The last sentence's attributed claim (of claims[:upto]), past the reporter's description of its
    speaker that may close the sentence ("C," Jane Doe, a former adviser, said.): who goes on speaking."""
    upto = len(claims) if upto is None else upto
    last = claims[upto - 1]
    nested = None  # "C," said Ann Lee, who suggested that D. -- a relative clause in the description: Lee goes on with C
    for i in range(upto - 1, -1, -1):
        c = claims[i]
        if c.sentence != last.sentence or c.kind != "claim":
            break
        if c.source.type != REPORTER:
            if "/relative-clause" not in c.source.rule:
                return c
            nested = nested or c
    return nested or last


def _quoting_claim_of_sentence(claims: list[Claim]) -> Claim:
    """“C,” Clark said, noting that D. “E.”  The last sentence's attributed claim; when that is the speaker's
    own unquoted words after the quotation (a participle), the quotation they go on with."""
    last = _last_attributed_of_sentence(claims)
    if last.quoted or last.source.type == REPORTER:
        return last
    for c in reversed(claims):
        if c.sentence != last.sentence or c.kind != "claim":
            break
        if c.quoted and c.cue is not None and c.source.name == last.source.name and c.source.type == last.source.type:
            return c
    return last


# between a speech cue and the colon that opens the quotation: "said in a statement:", "wrote on Twitter:"
_BEFORE_COLON = re.compile(r"(?:\s+(?:in\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?(?:statement|email|post|tweet|letter|interview)|"
                           r"on\s+(?:Twitter|Facebook|Instagram|X|social\s+media)|(?:on|last|this)\s+\w+day))*\s*")
_ISSUED_STATEMENT = re.compile(r"\b(?:released|issued|posted|put\s+out|sent)\s+(?:the\s+following|this|a|an)\s+"
                               r"(?:(?:brief|short|written|joint)\s+)?(?:statement|message|tweet|note|email|response)"
                               r"(?:\s+(?:on|last|this)\s+\w+)?(?=\s*:\s*$)", re.I)


def _quotation_after_colon_frame(text: str, claim: Claim, previous: Claim, quotes, registry, entities) -> None:
    """In a 1963 speech, he declared:  ¶ “It is very appropriate ...”  A sentence that ends on a
    source, a speech cue and a colon introduces the quotation that follows it."""
    if previous.source.type != REPORTER:
        _colon_after_an_object(text, claim, previous, quotes)
        return
    if previous.kind != "claim" or not previous.text.rstrip().endswith((":", ".")):
        return  # (a frame ending on a stop too: "Sam Lau, the party's director, said in a statement. “C”")
    block = _opening_quote(quotes, claim) is None
    if block and not _block_after_colon(text, previous, claim):
        return
    colon = previous.start + len(previous.text.rstrip()) - 1
    cue = _ISSUED_STATEMENT.search(text, previous.start, colon + 1)
    if cue is None:
        for m in cue_matches(text, previous.start, colon):
            cue = m
        if cue is None or not _BEFORE_COLON.fullmatch(text, cue.end(), colon) \
                or cue_table()[_form(cue.group())]["category"] != "speech":
            if not block:
                _colon_ends_the_subjects_clause(text, claim, previous, colon, registry, entities)
            return
    np = _np_before(text, previous.start, cue.start()) or _sentence_subject(text, previous.start, cue.start())
    if not np:
        return
    (ns, ne), _parts = np
    src, how = registry.resolve(text, ns, ne, entities=entities)
    claim.source = ClaimSource(name=src.name, type=src.type, mention=Span.of(text, ns, ne), via=[], source_id=src.id,
                               rule=f"cue:{_form(cue.group())}/colon-before-{'block' if block else 'quotation'}; {how}")
    claim.cue = Span.of(text, cue.start(), cue.end())
    claim.quoted = not block
    previous.kind = "metadata"  # the frame itself: who speaks the quotation after it
    previous.source = _reporter("metadata:frame-of-next-quotation")


def _block_after_colon(text: str, previous: Claim, claim: Claim) -> bool:
    """In a speech last July, he said:  ¶ Let no one be mistaken - C.  Opinion and blog copy quotes a
    speech, a column or a post as a paragraph of its own without quotation marks (a block quotation) after a
    frame that ends its paragraph on a colon. Only a paragraph of prose: not a tag or a link ("<tweet ...>"),
    not a list item or a new heading."""
    if not previous.text.rstrip().endswith(":") or "\n" not in text[previous.end:claim.start]:
        return False
    first = claim.text.lstrip()[:1]
    return first.isalpha() and first.isupper() and claim.text.rstrip()[-1:] in ".!?"


def _colon_after_an_object(text: str, claim: Claim, previous: Claim, quotes) -> None:
    """He then listed the qualities a nominee needs:  \u00b6 \u201cC\u201d  A frame whose object (a noun phrase
    content: listed, described, named ...) ends on the colon closing its sentence introduces the quotation after
    it: the same source speaks it, and the colon is its cue (the object is what was listed, not what was said)."""
    if previous.kind != "claim" or previous.quoted or previous.cue is None or _opening_quote(quotes, claim) is None \
            or cue_table().get(_form(previous.cue.text), {}).get("frame") not in ("np", "np-as"):
        return
    k = previous.end
    while text[k:k + 1] in (" ", "\t"):
        k += 1
    if text[k:k + 1] != ":" or text[k + 1:claim.start].strip():
        return
    src = previous.source
    claim.source = ClaimSource(name=src.name, type=src.type, mention=src.mention, via=[], source_id=src.source_id,
                               rule="cue:colon/after-the-object-of-a-frame")
    claim.cue = Span.of(text, k, k + 1)
    claim.quoted = True


def _colon_ends_the_subjects_clause(text: str, claim: Claim, previous: Claim, colon: int, registry, entities) -> None:
    """He then listed the qualities a nominee needs:  \u00b6 \u201cC\u201d  A clause whose subject names a source,
    ending on a colon, with no speech verb, introduces the quotation after it; the clause stays the reporter's."""
    if text[colon] != ":":
        return
    subject = _colon_subject(text, previous.start, colon)
    if subject is None:
        return
    src, how = registry.resolve(text, *subject, entities=entities)
    claim.source = ClaimSource(name=src.name, type=src.type, mention=Span.of(text, *subject), via=[], source_id=src.id,
                               rule=f"cue:colon/before-quotation-next-sentence; {how}")
    claim.cue = Span.of(text, colon, colon + 1)
    claim.quoted = True


def _unframed_quotations_after_speaker(text: str, claims: list[Claim], quotes) -> None:
    """Ford said the plan falls short.  \u00b6 \u201cIt's a drop in the bucket. \u00b6 \u201cWe need a partner.\u201d
    A quotation no frame attributes, filling its paragraphs, right after a claim attributed to a
    source, is that source going on: news copy names a new speaker before quoting them."""
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        if c.kind == "claim":
            q = quote_at(quotes, c.start, c.end) or _opening_quote(quotes, c)
            if q is not None:
                groups.setdefault(q.group, []).append(i)
    for group, idx in groups.items():
        members = [claims[i] for i in idx]
        first, previous = members[0], _last_attributed_of_sentence(claims, idx[0]) if idx[0] > 0 else None
        if any(c.source.type != REPORTER for c in members) or previous is None or previous.kind != "claim" \
                or previous.source.type in (REPORTER, VAGUE) or previous.cue is None:
            continue
        parts = [q for q in quotes if q.group == group]
        if first.start != parts[0].start:
            continue
        opens = first.start == 0 or text[first.start - 1] == "\n"
        if not opens and not _right_after_its_sentence(text, previous, first, quotes):
            continue  # the quotation must open its paragraph, or follow the speaker's sentence in it
        para_end = text.find("\n", parts[-1].end)
        if text[parts[-1].end:len(text) if para_end < 0 else para_end].strip():
            continue  # the paragraph goes on after the quotation
        for c in members:
            _inherit(c, previous.source, previous.cue)
            c.source.rule = "quotation:next-paragraph-same-speaker" if opens else "quotation:after-the-speakers-sentence"


def _right_after_its_sentence(text: str, previous: Claim, first: Claim, quotes) -> bool:
    """'Chow said the delay was unacceptable. “Torontonians deserve better.”': a quotation that fills the rest
    of the paragraph right after a sentence whose claim a source makes goes on with that source, as it would in a
    paragraph of its own (the sentence just before, no line break, nothing but its stop between)."""
    if previous.source.name.lower() in PRONOUN_TYPES:
        return False  # an 'I' or 'we' left unresolved names no one to go on with
    if first.sentence != previous.sentence + 1 or "\n" in text[previous.end:first.start]:
        return False
    gap = text[previous.end:first.start].strip(" .!?\u201d\"'")
    if gap and previous.cue is not None and previous.cue.start >= previous.end:
        q = _opening_quote(quotes, first)
        if q is None or not (q.closed or goes_on(quotes, q)):
            return False  # a stray mark, no quotation: nothing to go on with
        gap = text[_frame_end(previous):first.start].strip(" .!?\u201d\"'")  # 'C, Ms. Ruiz said.' ends on its frame
        return not gap or bool(_CLOSING_FRAME_TAIL.fullmatch(gap))
    return not gap


# What may close a sentence after its closing frame: 'said Thursday', 'said of the season', 'said in an interview';
# a few words, no comma, no clause of another subject ('said as the bank disagreed', 'said, but', 'who owns it').
_CLOSING_FRAME_TAIL = re.compile(r"(?:(?!(?:and|but|or|while|though|although|because|whereas|if|as|which|who|that)\b)"
                                 r"[\w.'\u2019-]+\s*){1,6}", re.I)


def _frame_end(claim: Claim) -> int:
    """Where a content's closing frame ends: after its cue and the speaker's mention, whichever is later."""
    m = claim.source.mention
    return max(claim.cue.end, m.end if m is not None and m.start >= claim.end else 0)


def _whole_quotation(text: str, claim: Claim, quotes) -> bool:
    """The claim is one quotation from its opening mark to its closing mark, or to its paragraph's end where
    the quotation goes on into the next paragraph (“C,” he said. “D ¶ “E.”: D and E are his too)."""
    q = _opening_quote(quotes, claim)
    return q is not None and (q.closed or goes_on(quotes, q)) and q.end >= claim.end - 1 and q.start <= claim.start + 1


def _opening_quote(quotes, claim: Claim) -> Optional[Quote]:
    """A quotation that starts at the claim's start (the claim runs past its close)."""
    for q in overlapping(quotes, claim.start, claim.start + 2):
        if q.start == claim.start or (claim.start <= q.start < claim.start + 2 and q.end >= claim.end - 1):
            return q
    return None


def _inherit(claim: Claim, source: ClaimSource, cue: Optional[Span]) -> None:
    """The claim goes on a quotation attributed elsewhere: same source, same cue."""
    claim.source = ClaimSource(name=source.name, type=source.type, mention=source.mention, via=list(source.via),
                               source_id=source.source_id, rule="quotation:continues",
                               via_frames=list(source.via_frames))
    claim.cue = cue
    claim.quoted = True


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    """The source lexicon's organisation words and name words ("ministry", "party", "committee"; "nations", "watch")."""
    return frozenset(w for w, category in source_words().items() if category in ("organization", "name-word"))


_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'-]+)(?:\s+(?:of|for|and|the)?\s*[A-Z][\w'-]+)*")


def organisation_names(text: str) -> list[tuple[int, str]]:
    """Capitalised names containing an organisation word, with their positions (for 'its'). Every capitalised run
    of the story asks (hundreds a story, one in twenty holds such a word): the test runs in C-level loops (a run
    lower-cased whole splits into the words it splits into lower-cased: no character lower-cases to a space)."""
    runs = list(_CAPITALISED_RUN.finditer(text))
    held = map(not_, map(_organisation_words().isdisjoint, map(str.split, map(str.lower, map(_MATCH_GROUP, runs)))))
    return [(m.start(), m.group()) for m in compress(runs, held)]


def _claims_for_sentence(text, sent: Sentence, quotes, registry: Registry, entities, n_before: int) -> list[Claim]:
    start, end = sent.start, sent.end
    if is_furniture(sent.text):
        return [_claim(n_before, "metadata", text, start, end, _reporter("metadata:furniture"), sent)]
    out: list[Claim] = []
    d = dateline_length(sent.text) if sent.paragraph == 0 or sent.index < 8 else 0  # after a headline, deck, byline
    if d:
        meta_end = start + len(sent.text[:d].rstrip(" -\u2013\u2014"))
        out.append(_claim(n_before, "metadata", text, start, meta_end, _reporter("metadata:dateline"), sent))
        start = start + d
    stamp = timestamp_length(sent.text) if text[start:start + 1].isdigit() and opens_a_line(text, start) else 0
    if stamp:  # "10:42 a.m. — The fire department says C": the live blog's time stamp is furniture
        meta_end = start + len(sent.text[:stamp].rstrip(" -:\u2013\u2014"))
        out.append(_claim(n_before, "metadata", text, start, meta_end, _reporter("metadata:timestamp"), sent))
        start = start + stamp
    aside = _attributed_aside(text, start, end, quotes) if "(" in sent.text and sent.index > 0 else None
    around = _claims_around_aside(text, sent, start, end, aside, quotes, registry, entities, n_before + len(out)) \
        if aside is not None else None
    if around is not None:
        return out + around
    frames = find_frames(text, start, end, quotes)
    if sent.index <= 2 and _is_headline(text, sent):
        frames = [f for f in frames if not _headline_verb_ends_the_name(text, f)]
        frames = frames or _headline_frames(text, start, end, quotes)
        for frame in frames:
            _headline_listed_subjects(text, start, frame)
        more = _headline_second_verb(text, frames[-1], end, quotes) if frames else None
        if more is not None:
            frames.append(more)
    if not frames:
        out.append(_claim(n_before + len(out), "claim", text, start, end, _reporter("reporter:unattributed"), sent))
        return _trimmed(text, out)
    pieces: list[tuple[int, int, ClaimSource, Optional[Span]]] = []
    for frame in sorted(frames, key=lambda f: f.source[0]):  # resolve mentions in text order
        source = _frame_source(text, frame, registry, entities)
        if frame.rule.endswith("/thing-that-says"):  # "bottles that said C": the mention is "that", as for "who said"
            rel = re.search(r"\b(?:that|which)\b", text[frame.source[1]:frame.cue[0]])
            if rel:
                source = replace(source, mention=Span.of(text, frame.source[1] + rel.start(), frame.source[1] + rel.end()),
                                 rule=source.rule + "; relative-pronoun")
        for a, b in frame.reporter_parts:
            inner = _relative_clause_frame(text, a, b)  # "Barkley, who said he votes Democratic, said ..."
            if inner is not None and frame.rule.endswith(("/inverted", "/after-content")) \
                    and (_stance_taken(text, inner.cue) or _PASSIVE_BEFORE.search(text, max(0, inner.cue[0] - 20), inner.cue[0])):
                inner = None  # "“C,” said Tom Udall, who supports X" / "who was quoted in a magazine": who the speaker is
            if inner is not None:
                pieces.append((inner.content[0], inner.content[1], _by_relative_pronoun(text, source, a),
                               Span.of(text, *inner.cue)))
                continue
            # "... not paying an architect who said he was stiffed"
            pieces.extend(_split_at_relative_clause(text, a, b, _reporter("reporter:own-clause-in-attributed-sentence"),
                                                    None, registry, entities, describes_speaker=_sets_off_the_speaker(text, frame, a)))
        cue = Span.of(text, *frame.cue)
        if frame.agentless or _is_quoted(text, *frame.content, quotes):
            pieces.append((frame.content[0], frame.content[1], source, cue))
        else:  # "64 percent said yes, compared with 30 percent who say the same of Sanders"
            pieces.extend(_split_at_relative_clause(text, *frame.content, source, cue, registry, entities))
        for a, b in frame.more_content:
            pieces.append((a, b, source, Span.of(text, *frame.cue)))
        for inner in frame.inner:  # "One pastor supporting Mr. Cruz said C": cut out of the words around it
            a, b = inner.content
            pieces = [q for p in pieces for q in _carved(p, a, b)]
            pieces.append((a, b, _frame_source(text, inner, registry, entities), Span.of(text, *inner.cue)))
    tail = _clause_after_frames(text, frames, end)
    if tail and (carried := _content_goes_on_after_frame(text, frames, tail, pieces)) is not None:
        pieces.append(carried)  # "The corporation lost $748 million, it said, and cannot afford C": the speaker's
    elif tail:
        pieces.append((tail[0], tail[1], _reporter("reporter:own-clause-after-frame"), None))
    head = _clause_before_frames(text, frames, pieces, start)
    if head:
        pieces.append((head[0], head[1], _reporter("reporter:own-clause-before-frame"), None))
    for a, b, src, cue in sorted(pieces, key=lambda p: p[0]):
        a, b = _strip_span(text, a, b)
        if b <= a:
            continue
        c = _claim(n_before + len(out), "claim", text, a, b, src, sent)
        c.cue = cue
        if cue is not None:
            c.quoted = _is_quoted(text, a, b, quotes)
        out.append(c)
    if not any(c.kind == "claim" for c in out):
        out.append(_claim(n_before + len(out), "claim", text, start, end, _reporter("reporter:unattributed"), sent))
    return _trimmed(text, out)


_ASIDE = re.compile(r"\(([^()\n]{8,250})\)")


def _attributed_aside(text: str, start: int, end: int, quotes) -> Optional[tuple[int, int]]:
    """A parenthesis inside the sentence that attributes its own words while the sentence around it attributes
    nothing: "The company lost money last year (about $40 million, according to analysts) and cut 200 jobs." The
    aside is the analysts' claim and the words around it the reporter's; read as one sentence, the aside's cue
    took the reporter's words for its content and the words after it were lost. Not an aside in a quotation, nor
    one that opens or closes the sentence."""
    for m in _ASIDE.finditer(text, start, end):
        a, b = m.span()
        if not text[start:a].strip() or not text[b:end].strip(" .!?\"\u201d") or overlapping(quotes, a, b):
            continue
        if next(cue_matches(text, m.start(1), m.end(1)), None) is not None \
                and next(cue_matches(text, start, a), None) is None and next(cue_matches(text, b, end), None) is None:
            return a, b
    return None


def _claims_around_aside(text, sent: Sentence, start: int, end: int, aside: tuple[int, int], quotes, registry, entities,
                         n_before: int) -> Optional[list[Claim]]:
    """The reporter's words before and after an attributed aside, and the aside read as a sentence of its own;
    None when the aside is a bare frame with no words of its own to attribute ("(according to the city)")."""
    a, b = aside
    inner = Sentence(index=sent.index, start=a + 1, end=b - 1, text=text[a + 1:b - 1], paragraph=sent.paragraph)
    before = _strip_span(text, start, a)
    out: list[Claim] = []
    if before[1] > before[0]:
        out.append(_claim(n_before, "claim", text, *before, _reporter("reporter:around-attributed-aside"), sent))
    inside = _claims_for_sentence(text, inner, quotes, registry, entities, n_before + len(out))
    if all(c.source.type == REPORTER for c in inside):
        return None
    out.extend(inside)
    after = _strip_span(text, b, end)
    if after[1] > after[0]:
        out.append(_claim(n_before + len(out), "claim", text, *after, _reporter("reporter:around-attributed-aside"), sent))
    return _trimmed(text, out)


def _sets_off_the_speaker(text: str, frame: Frame, a: int) -> bool:
    """The reporter's words at a are a description set off right after the frame's speaker ("said Ann Lee, a council
    member who endorsed Smith", "Ann Lee, a council member who endorsed Smith, said C"), not a clause of their own."""
    return frame.source[1] <= a and not text[frame.source[1]:a].strip(" ,")


def _stance_taken(text: str, cue: tuple[int, int]) -> bool:
    """A stance taken toward a thing (endorsed X, supports X, declined to C), not one argued in a clause
    ("argued that C"): after a speaker's closing frame ("“C,” said Ann Lee, who endorsed Smith"), such a
    relative clause tells who the speaker is, in the reporter's words; PolNeAR marks no attribution there
    (2 of 14 such predictions gold on train)."""
    row = cue_table()[_form(text[cue[0]:cue[1]])]
    return row["category"] == "stance" and row["frame"] not in ("clause", "tell")


def _carved(piece: tuple, a: int, b: int) -> list[tuple]:
    """The piece without text[a:b]: the parts of it before and after."""
    pa, pb = piece[0], piece[1]
    if pb <= a or b <= pa:
        return [piece]
    return [(x, y, *piece[2:]) for x, y in ((pa, a), (b, pb)) if y > x]


def _split_at_relative_clause(text: str, a: int, b: int, source: ClaimSource, cue: Optional[Span], registry,
                              entities, describes_speaker: bool = False) -> list[tuple[int, int, ClaimSource, Optional[Span]]]:
    """text[a:b] as pieces: a relative clause with a cue inside it ("an architect who said he was stiffed") is
    an attribution of its own, nested in the words around it, which keep their source and cue. Inside
    another source's words only a speech verb with a clause counts ("30 percent who say C"): "voters who
    believe C", "a general who suggested C" describe whom the source speaks of. describes_speaker: text[a:b] is the
    description set off around a frame's speaker ("said Ann Lee, a council member who endorsed Smith"), where a
    stance taken toward a thing tells who the speaker is, as _stance_taken says."""
    inner = _relative_clause_inside(text, a, b)
    if inner is not None and cue is not None and not _says_a_clause(text, inner.cue):
        inner = None
    if inner is not None and describes_speaker and _stance_taken(text, inner.cue):
        inner = None
    inner = inner or _object_relative_inside(text, a, b)  # "..., which he said would C": the gap says which kind
    inner = inner or _subordinate_speech_inside(text, a, b)  # "..., hours after Sanders said C"
    inner = inner or _share_saying_inside(text, a, b)  # "shrugged off the pick, with three in 10 saying C"
    if inner is None:
        return [(a, b, source, cue)]
    head = _RELATIVE_PRONOUN_END.search(text, a, inner.source[0])  # "blamed Russian forces, which he said C"
    cut = head.start() if head else inner.source[0]
    second = text.rfind(" who", inner.source[1], inner.cue[0]) if inner.rule.endswith("/relative-clause") else -1
    joint = _COORDINATED_RELATIVE.search(text, max(a, second - 6), second + 1) if second >= 0 else None
    if joint:  # "a nurse who lives nearby and who says C": the first relative clause stays the reporter's
        cut = joint.start()
    pieces = [(a, cut, source, cue),
              (inner.content[0], inner.content[1], _frame_source(text, inner, registry, entities), Span.of(text, *inner.cue))]
    if cue is not None and b - inner.content[1] > 3:
        pieces.append((inner.content[1], b, source, cue))
    return pieces


_RELATIVE_PRONOUN_END = re.compile(r"[\s,]*\b(?:which|who|whom|that)\s*$", re.I)


_SUBORDINATE_BEFORE_CUE = re.compile(r"\b(?:after|when|because|before|since|until|though|although|once|whereas)\s+"
                                     r"((?:[\w.'\u2019-]+\s+){1,4})$", re.I)


_SAY_OR_TELL = re.compile(r"\s(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling))\b", re.I)


def _subordinate_speech_inside(text: str, a: int, b: int) -> Optional[Frame]:
    """"Clinton weighed in hours after Sanders said he was encouraged", "Rubio denounced the regime after Trump said
    he is open to a deal", "I was not talking about her when I said C": a subordinate clause whose subject speaks (a
    pronoun or a source phrase of up to four words, then a speech verb taking a clause) is an attribution of its own,
    nested in the words around it. Only 'say' and 'tell': "after voters supported X", "when he announced his bid",
    "when I asked him how", "when she testified before the committee" tell when, they report no statement (on train
    12 of 22 such cues of any speech verb were gold, 6 of 8 for say/tell)."""
    if not _SAY_OR_TELL.search(text, a, b):
        return None  # cheap: most contents have neither
    for cm in _cues_inside(text, a, b, ("say", "tell")):
        m = _SUBORDINATE_BEFORE_CUE.search(text, max(a, cm.start() - 60), cm.start())
        found = _cue_then_content(text, cm.start(), b, kinds=("clause", "tell"), limit=b) if m else None
        if not found:
            continue
        cue, content = found
        ns, ne = _strip_span(text, m.start(1), m.end(1))
        subject = text[ns:ne]
        if _PASSIVE_BEFORE.search(subject + " ") or subject.lower() == "you" \
                or not (subject.lower() in ("he", "she", "they", "we", "i") or _valid_source(subject, strict=True)):
            continue
        return Frame(cue=cue.span(), source=(ns, ne), content=content, rule=f"cue:{cue.group().lower()}/subordinate-clause")
    return None


def _share_saying_inside(text: str, a: int, b: int) -> Optional[Frame]:
    """"Many voters shrugged off the pick, with three in 10 saying it would not matter": a share of those polled,
    in an absolute construction inside another frame's content, says what follows (_WITH_SHARE_SAYING)."""
    if "saying" not in text[a:b] and "telling" not in text[a:b]:
        return None
    for cm in _cues_inside(text, a, b, ("say", "tell")):
        if cm.group().lower() not in ("saying", "telling"):
            continue
        m = _WITH_SHARE_SAYING.search(text, max(a, cm.start() - 80), cm.start())
        content = _content_after(text, cm.end(), b) if m and _valid_source(m.group("np")) else None
        if content:
            return Frame(cue=cm.span(), source=m.span("np"), content=content, rule=f"cue:{cm.group().lower()}/with-share")
    return None


def _cues_inside(text: str, a: int, b: int, terms=None, categories=None):
    """The story's cue matches inside text[a:b] (found once per story) of these lexicon terms or categories: a
    nested frame starts at one of them, so its opening words are looked for only there."""
    for cm in cue_matches(text, a, b):
        row = cue_table()[_form(cm.group())]
        if (terms is None or row["term"] in terms) and (categories is None or row["category"] in categories):
            yield cm


def _says_a_clause(text: str, cue: tuple[int, int]) -> bool:
    """A speech verb that takes a clause, in the active voice ("customers who were told C" are addressees);
    not 'write', which in a relative clause names an author ("the editor who wrote the profile")."""
    row = cue_table()[_form(text[cue[0]:cue[1]])]
    return row["category"] == "speech" and row["frame"] in ("clause", "tell") and row["term"] != "write" \
        and not _PASSIVE_BEFORE.search(text, max(0, cue[0] - 20), cue[0])


# a clause joined after a frame: by a comma or semicolon and a conjunction, or by a semicolon alone ("C, the mayor
# said; the auditor disagreed": a clause of its own, with a frame of its own or the reporter's)
_CLAUSE_AFTER_FRAME = re.compile(r"(?:\s+(?:(?:on|in|at|during|last|this|late|early)\s+[\w.]+(?:\s+[\w.]+)?|\w+day))?[\s,;]*(?:(?:,|;)\s*(?:and|but|while|as|so|because|after|before|when|whereas|though|although)\s+|;\s*)(?=\w)", re.I)


# A verb phrase with no subject of its own after ", and": an auxiliary or modal opens it ("and cannot afford",
# "and will appeal", "and has no plans"); its subject is the content's, so the words are the speaker's too
_SUBJECTLESS_AFTER_AND = re.compile(r"(?<=\band\s)(?:also\s+|still\s+)?(?:can(?:not|['\u2019]t)?|could(?:n['\u2019]t)?|will|"
                                    r"won['\u2019]t|would(?:n['\u2019]t)?|should(?:n['\u2019]t)?|must|may|might|"
                                    r"(?:is|was|are|were|has|had|have|does|did)(?:n['\u2019]t)?)\s", re.I)


def _content_goes_on_after_frame(text: str, frames: list[Frame], tail: tuple[int, int], pieces: list):
    """The words after '..., X said, and' when they are a verb phrase with no subject of its own: the content
    before the frame goes on past it ("The corporation lost $748 million last year, it said, and cannot afford the
    union's demands"): a piece of the same source and cue. Only after a frame that closes its content."""
    frame = frames[-1]
    if frame.agentless or frame.content[1] > frame.cue[0] or not _SUBJECTLESS_AFTER_AND.match(text, tail[0]):
        return None
    own = next((p for p in pieces if (p[0], p[1]) == frame.content and p[3] is not None), None)
    b = tail[1] - 1 if text[tail[1] - 1:tail[1]] == "." else tail[1]  # (a content ends before the sentence's stop)
    return (tail[0], b, own[2], own[3]) if own is not None else None


def _clause_after_frames(text: str, frames: list[Frame], end: int) -> Optional[tuple[int, int]]:
    """“C,” Graham said, and the crowd cheered.  A clause joined after the last frame, which no frame
    takes as content, is the reporter's own statement: it must be in some claim for the editor."""
    spans = [s for f in frames for s in [f.cue, f.source, f.content, *f.more_content, *f.reporter_parts, *f.via]]
    last = max(b for _, b in spans)
    m = _CLAUSE_AFTER_FRAME.match(text, last, end)
    if not m:
        return None
    a, b = _strip_span(text, m.end(), end)
    return (a, b) if len(text[a:b].split()) >= 3 else None


# Where a reporter's clause ends before a frame: ", but", ", and", " though", "; ", " - " (a bare comma does not:
# "In a statement on Friday, the mayor said" is a fronted phrase of the frame).
_CLAUSE_BEFORE_FRAME = re.compile(r",\s*(?:and|but|though|although|whereas|yet)\s+|\s(?:but|though|although|whereas)\s+"
                                  r"|\s*;\s*|\s[\u2013\u2014\u2015-]{1,2}\s+", re.I)


_OPENS_SUBORDINATE_SUBJECT = re.compile(r"(?:,\s*|\s(?:when|after|because|as|while|since|before|until)\s+)$", re.I)
_PRONOUN_PIECE = re.compile(r"(?:who|which|he|she|they|it|we)\b", re.I)


def _clause_before_frames(text: str, frames: list[Frame], pieces: list, start: int) -> Optional[tuple[int, int]]:
    """Priorities USA raised $16 million, though the group is expected to report more.  Words before the first
    frame that no frame takes, up to a conjunction, a semicolon or a dash, are the reporter's own statement (the
    mirror of _clause_after_frames) and must be in some claim for the editor."""
    first = min([a for a, *_ in pieces] + [s[0] for f in frames for s in (f.cue, f.source, *f.via)])
    if len(text[start:first].split()) < 6:
        return None
    last = None
    for m in _CLAUSE_BEFORE_FRAME.finditer(text, start, first):
        last = m
    if last is None:  # "Bradley defeated Judge Ann Lee, who was backed by liberals": the first frame's subject
        last = _OPENS_SUBORDINATE_SUBJECT.search(text, max(start, first - 12), first)  # is a relative pronoun or
        if last is None or not _PRONOUN_PIECE.match(text, first):  # a pronoun after 'when': the main clause is
            return None                                            # the reporter's
    a, b = _strip_span(text, start, last.start())
    if len(text[a:b].split()) < 4 or next(cue_matches(text, a, b), None) is not None:
        return None  # (a cue inside is an attribution no frame took: not the reporter's to claim)
    return a, b


_RELATIVE_PRONOUN_AT = re.compile(rf"\s*(who|which|{OF_WHOM.pattern})\b", re.I)


def _by_relative_pronoun(text: str, source: ClaimSource, pos: int) -> ClaimSource:
    """The antecedent's source, mentioned by the relative pronoun that opens its clause ("Barkley, who said
    C": the mention is "who", as PolNeAR annotates it; the name stays the antecedent's)."""
    m = _RELATIVE_PRONOUN_AT.match(text, pos)
    if not m:
        return source
    return replace(source, mention=Span.of(text, *m.span(1)), rule=source.rule + "; relative-pronoun")


def _trimmed(text: str, claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.end > c.start]


def _reporter(rule: str) -> ClaimSource:
    return ClaimSource(name=REPORTER_NAME, type=REPORTER, rule=rule)


def _claim(n: int, kind: str, text: str, a: int, b: int, source: ClaimSource, sent: Sentence) -> Claim:
    return Claim(id=f"c{n + 1:03d}", kind=kind, start=a, end=b, text=text[a:b], source=source, sentence=sent.index)


def _is_quoted(text: str, a: int, b: int, quotes) -> bool:
    return any((q.end - q.start) >= 0.5 * (b - a) for q in overlapping(quotes, a, b))


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim spaces and joining punctuation at the edges of a claim (keep quotation marks)."""
    while a < b and (text[a].isspace() or text[a] in ",;:\u2014\u2013-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:\u2014\u2013-"):
        b -= 1
    return a, b


# --------------------------------------------------------------------------------------
# Finding the frame of one sentence
# --------------------------------------------------------------------------------------

_SUBORDINATE_OPENING = re.compile(r"[\s\u201c\"]*(?:(?:" + "|".join(sorted(OPENING_CONJUNCTIONS)) + r")\s+)?(?:while|though|although|even\s+though|whereas|if|because|"
                                  r"since|when|after|before|as|once|unless)\b", re.I)
_COMMA = re.compile(r",\s+")
_CLAUSE_BREAK = re.compile(r"(?:,[\u201d\"']*\s*(?:but|while|whereas|and|although|though)|;|\s+(?:but|while|whereas|and))\s+", re.I)
_COORDINATED_CUE = re.compile(rf"(?:\s+(?:and|but)\s+|,\s+then\s+)(?:then\s+|{_AUX}\s+)*(?=\w)", re.I)  # ", then says C"


def find_frames(text: str, start: int, end: int, quotes) -> list[Frame]:
    """The sentence's attributions, left to right: a second one may follow a clause break
    inside the first one's content ("75 percent said yes, but 55 percent say she does not")."""
    poll = _IN_A_POLL.match(text, start, end)
    if poll:
        return _in_a_poll(text, poll, end, quotes)
    frames: list[Frame] = []
    frame = find_frame(text, start, end, quotes)
    while frame is not None and len(frames) < 4:
        frames.append(frame)
        nxt = None
        a, b = frame.content
        if frame.rule.endswith("/reduced-passive"):  # "The bill, opposed by X, failed": the rest is the reporter's
            pass
        elif frame.rule.endswith("asked-question"):  # the answer follows the question
            nxt = find_frame(text, b, end, quotes)
        elif frame.rule.endswith("/fronted-participle"):  # "In describing X, Cuban said C": the main clause's frame
            nxt = find_frame(text, frame.reporter_parts[0][0], end, quotes)
            if nxt is not None:
                frame.reporter_parts = []
        elif frame.content[0] >= frame.cue[1] and len(frames) == 1 and _closes_fronted_clause(text, frame, start, quotes):
            nxt = _main_clause_after_fronted(text, frame, end, quotes)  # "Although X opposes A, he ..."
        elif frame.content[0] >= frame.cue[1]:  # content after the cue: look for a second frame inside it
            # "75 percent said yes, but 55 percent say C": a frame whose source opens the next clause;
            # "In September she said A, at the town hall this week she said B": after a fronted time or place
            nxt = _frame_after_break(text, frame, end, quotes, _CLAUSE_BREAK, WINDOW,
                                     lambda m, cand: cand.source[0] == m.end()) \
                or _frame_after_break(text, frame, end, quotes, _FRONTED_AFTER_COMMA, 80, _after_fronted_phrase) \
                or (_frame_after_break(text, frame, end, quotes, _DASH_BREAK, WINDOW, _clause_after_a_dash)
                    if "\u2014" in text[a:b] or "\u2013" in text[a:b] or "--" in text[a:b] else None)
            if nxt is None and (_SUBORDINATE_OPENING.match(text, start, frame.cue[0])
                                or _in_subordinate_clause(text, start, frame)):
                # "While one company says A, another says B": the main clause after the comma has its own frame
                nxt = _frame_after_break(text, frame, end, quotes, _COMMA, WINDOW, lambda m, cand: cand.source[0] == m.end())
            if nxt is None and ":" in text[a:b]:
                nxt = _framed_quotation_after_colon(text, frame, end, quotes) \
                    or _frame_after_break(text, frame, end, quotes, _COLON_BREAK, WINDOW, _reports_after_a_colon)
            if nxt is None and not frame.agentless:
                nxt = _coordinated_or_participial(text, frame, end, quotes)
        elif not frame.agentless:
            nxt = _participial(text, frame, end, quotes) or _resumed_quotation(text, frame, end) \
                or _coordinated_after_frame(text, frame, end) or _resumed_statement(text, frame, end) \
                or _frame_after_clause_break(text, frame, end, quotes)
        frame = nxt
    if frames:
        for f in frames:
            _parenthetical_report(text, f, quotes)
        if frames[0].rule == "agentless" and frames[0].content[0] >= frames[0].cue[1]:
            _agentless_subject(text, start, frames[0], quotes)
        _trailing_citing(text, frames)
        _trailing_according_to(text, frames, start, end, quotes)
        _trailing_report(text, frames, start, end, quotes)
    if not frames and "To " in text[start:start + 12]:
        frames = _to_a_holder(text, start, end)
    if not frames:
        frames = _poll_has(text, start, end)
    _when_asked(text, frames, start, end, quotes)
    _poll_closing_the_clause(text, frames, start, end)
    for f in frames:
        _participle_opening_the_content(text, f)
        _by_saying_opening_the_content(text, f)
    for f in list(frames):
        _hedge_before_cue(text, f)
        _object_without_when_tail(text, f)
        _quotation_then_reporter(text, f, frames, end, quotes)
        _subject_relative_closed(text, start, f, quotes)
    return frames


_COMMA_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\s+$", re.I)


def _subject_relative_closed(text: str, start: int, frame: Frame, quotes) -> None:
    """"The charity, which prosecutors said was funding the group, closed in 2019": a speaker inside a relative
    clause set off by commas ("which X said" with the relative pronoun the subject of what follows the cue) speaks
    only up to the comma that closes the clause; the main clause's predicate after it is the reporter's. Not a
    comma inside a quotation or a figure, nor a content that opens with a quotation."""
    a, b = frame.content
    if a < frame.cue[1] or frame.more_content or not _COMMA_RELATIVE_BEFORE.search(text, max(start, frame.source[0] - 9), frame.source[0]) \
            or not _GAP_AFTER_CUE.match(text, a):
        return
    comma = _first_comma_outside(text, a, b, quotes)
    if comma is None or comma - a < 3 or any(q in text[a:comma] for q in "\"\u201c\u201d"):
        return
    frame.content = _strip_span(text, a, comma)
    rest = _strip_span(text, comma + 1, b)
    if rest[1] > rest[0]:
        frame.reporter_parts.append(rest)


_SPEECH_PARTICIPLE_OPENS = re.compile(r"(?:saying|adding|noting|arguing|writing|stating|declaring)\b\s*(?:,\s*)?(?:that\b\s*)?",
                                      re.I)


_SPEECH_PARTICIPLE_BETWEEN = re.compile(r",\s*(saying|adding|noting|arguing|writing|stating|declaring)\b", re.I)


_BY_SAYING_OPENS = re.compile(r"(?:(?:first|then|only|\w+ly)\s+)?by\s+(?:(?-i:[a-z]+ly)\s+)?(?P<cue>saying|writing|arguing|noting|"
                              r"declaring|stating|explaining|suggesting|asserting|insisting|claiming|warning)\b"
                              r"\s*[,:]?\s*(?:that\b\s*)?", re.I)


def _by_saying_opening_the_content(text: str, frame: Frame) -> None:
    """"A Chinese official responded by saying C", "Husted continued by saying, \u201cC\u201d", "She explained the
    delay by noting that C": a frame verb whose content opens with "by" and a speech participle says how the source
    responded or went on; what was said is what follows the participle, and the cue runs from the verb to it
    (PolNeAR marks "responded by saying" as one cue)."""
    a, b = frame.content
    if a < frame.cue[1] or frame.agentless:
        return
    k = frame.cue[1]
    while k < a and text[k].isspace():
        k += 1
    m = _BY_SAYING_OPENS.match(text, k, b)
    if m and m.start("cue") < b and len(text[max(a, m.end()):b].split()) >= 2:
        frame.cue = (frame.cue[0], m.end("cue"))
        frame.content = _strip_span(text, max(a, m.end()), b)


def _participle_opening_the_content(text: str, frame: Frame) -> None:
    """"Cruz continued on Saturday, saying that C", "The candidate continued, saying, \u201cC\u201d": when the content of
    'continued' opens with a speech participle, the participle is the cue of what follows; 'continued' only says
    the speaking goes on."""
    a, b = frame.content
    if a < frame.cue[1] or frame.agentless or text[frame.cue[0]:frame.cue[1]].lower() != "continued":
        return  # "responded Friday, saying C", "shot back, saying C": PolNeAR marks both verbs (3 of 3 on train)
    between = _SPEECH_PARTICIPLE_BETWEEN.search(text, frame.cue[1], a)
    if between:  # "continued on Saturday, saying that C": the content already starts after it
        frame.cue = between.span(1)
        return
    m = _SPEECH_PARTICIPLE_OPENS.match(text, a, b)
    if m and len(text[m.end():b].split()) >= 2:
        frame.cue = (a, a + len(m.group().split()[0].rstrip(",")))
        frame.content = _strip_span(text, m.end(), b)


_HEDGE_BEFORE_CUE = re.compile(r"(?<![\w-])(?:(?:seem|appear)(?:s|ed)?(?:\s+(?:ready|poised|set|likely|unlikely|eager|willing))?\s+to"
                               r"|apparently)(?:\s+(?:have|be|been|being|not|also|already|now|still|even))*\s+$", re.I)


def _hedge_before_cue(text: str, frame: Frame) -> None:
    """"Carson seems to recognize C", "The aides appeared to oppose C", "She apparently thinks C": a hedge between
    the source and its cue wraps the attribution in the reporter's impression; the hedge and the cue are one
    attributing phrase, so the cue starts at the hedge. Not 'reportedly' ("Trump reportedly told aides C"):
    an unnamed report relays the named speaker's words, and the cue stays the speaker's."""
    cs = frame.cue[0]
    lo = max(frame.source[1], cs - 40)
    if frame.agentless or frame.source[1] > cs or cs - lo < 8:
        return
    gap = text[lo:cs].lower()
    if "seem" not in gap and "appear" not in gap and "apparent" not in gap:
        return
    m = _HEDGE_BEFORE_CUE.search(text, lo, cs)
    if m:
        frame.cue = (m.start(), frame.cue[1])


_SUBORDINATOR = re.compile(r"\b(?:while|though|although|whereas|if|because|since|when|where|after|before|once|unless|"
                           r"despite)\b", re.I)


def _in_subordinate_clause(text: str, start: int, frame: Frame) -> bool:
    """"Even in her hometown, where two members have disavowed Trump, Ferre said C", "Despite what he wrote, Cross
    said C": the frame sits in a clause opened by a subordinating word after the sentence's start or a comma, so
    the main clause after the comma that closes it may have its own frame. Only the words from the last comma
    before the frame are read (cheap, and a subordinator before that comma closed its clause there)."""
    first = min(frame.cue[0], frame.source[0])
    comma = text.rfind(",", start, first)
    return _SUBORDINATOR.search(text, comma + 1 if comma >= 0 else start, first) is not None


def _quotation_then_reporter(text: str, frame: Frame, frames: list[Frame], end: int, quotes) -> None:
    """He said, "Using two accounts was a mistake," but in fact he used one.  A content that opens with a quotation
    closed by its own punctuation (',\u201d' '.\u201d' '!\u201d' '?\u201d') is that quotation; the words after it are the
    reporter's, or another frame's. A quotation closed without punctuation may be a phrase of the content
    ('called "a disgrace" again')."""
    a, b = frame.content
    q = quote_at(quotes, a, a + 1)
    if a < frame.cue[1] or q is None or q.start != a or not q.closed or q.end >= b - 1:
        return
    punct = q.end - q.close_len - 1
    if text[punct:punct + 1] not in (",", ".", "!", "?") or len(text[q.end:b].split()) < 2:
        return
    frame.content = (a, q.end)
    nxt = find_frame(text, q.end, end, quotes)
    if nxt is not None and nxt.cue[0] >= q.end and nxt.source[0] >= q.end:
        frames.append(nxt)
    else:
        frame.reporter_parts.append(_strip_span(text, q.end, b))


def _object_without_when_tail(text: str, frame: Frame) -> None:
    """"Weaver endorsed Clinton during a conference call on Tuesday": the time or occasion closing the object of a
    stance verb (an np frame) tells when the stance was taken; it is no part of the object. A clause content keeps
    it ("said the vote is on Monday": the time may be the claim's)."""
    a, b = frame.content
    if a < frame.cue[1] or cue_table().get(_form(text[frame.cue[0]:frame.cue[1]]), {}).get("frame") != "np":
        return
    citing = _CITING_AFTER_OBJECT.search(text, a, b)
    if citing and citing.start() - a >= 1:  # "put the toll at more than 100, citing residents": the figure is the
        cited = _strip_span(text, citing.end(), b)  # residents' via the leader, as "X reported C, citing Y"
        if cited[1] - cited[0] <= 100 and _valid_source(text[cited[0]:cited[1]], strict=True):
            b = citing.start()
            frame.content = _strip_span(text, a, b)
            _relayed(frame, citing.span("cue"), cited)
    when = None if text.startswith("to ", a) else _when_tail(text, a, b)  # "wanted to see it at a rally"
    if when and when.start() - a >= 2 and text[a:when.start()].split()[-1].lower() not in _NOT_NP_END:
        frame.content = _strip_span(text, a, when.start())


_CITING_AFTER_OBJECT = re.compile(r",\s+(?P<cue>citing)\s")


_FRONTED_CLAUSE = re.compile(r"[\s\u201c\"']*(?:Although|Though|Even\s+though|Even\s+as|Even\s+if|While|Whereas|Because|If|"
                             r"Unless|When|Whenever|As|Since|After|Before|Once|Until)\s", re.I)


def _closes_fronted_clause(text: str, frame: Frame, start: int, quotes) -> bool:
    """"Although Rubio opposes abortions, he does not ...": the frame sits in a clause fronted by a subordinating
    conjunction, its content starts before the comma that closes that clause, and the main clause follows it."""
    a, b = frame.content
    first = min(frame.cue[0], frame.source[0])
    if not _FRONTED_CLAUSE.match(text, start) or "," in text[start:first] or "," in text[frame.cue[1]:a]:
        return False
    return _first_comma_outside(text, a, b, quotes) is not None


def _first_comma_outside(text: str, a: int, b: int, quotes) -> Optional[int]:
    """The first comma of text[a:b] not inside a quotation nor inside a figure ("2,400")."""
    return next((k for k in range(a, b) if text[k] == "," and not strictly_inside(quotes, k)
                 and not _comma_in_figure(text, k)), None)


def _comma_in_figure(text: str, k: int) -> bool:
    """The comma at k groups the digits of a figure ("2,400"): it ends no phrase."""
    return text[k - 1:k].isdigit() and text[k + 1:k + 2].isdigit()


def _phrase_comma_back(text: str, lo: int, hi: int) -> int:
    """The last comma in text[lo:hi] that ends a phrase (not one inside "1,000"), or -1."""
    k = text.rfind(",", lo, hi)
    while k >= 0 and _comma_in_figure(text, k):
        k = text.rfind(",", lo, k)
    return k


def _phrase_comma(text: str, lo: int, hi: int) -> int:
    """The first comma in text[lo:hi] that ends a phrase (not one inside "2,400"), or -1."""
    k = text.find(",", lo, hi)
    while k >= 0 and _comma_in_figure(text, k):
        k = text.find(",", k + 1, hi)
    return k


def _main_clause_after_fronted(text: str, frame: Frame, end: int, quotes) -> Optional[Frame]:
    """When the main clause has a frame of its own ("..., he said C"), the first content stops at the first
    comma outside a quotation. Without one, the content is kept whole: cutting it there loses more of the
    attributions nested in the main clause (PolNeAR train, content overlap) than it gains in exact spans."""
    a, b = frame.content
    cut = _content_closed_by_comma(text, a, b, quotes)
    if cut is None:
        return None
    nxt = find_frame(text, cut[1], end, quotes)
    if nxt is None or nxt.cue[0] < cut[1]:
        return None
    frame.content = cut[0]
    return nxt


def _content_closed_by_comma(text: str, a: int, b: int, quotes) -> Optional[tuple[tuple[int, int], int]]:
    """The content text[a:b] up to its first comma outside a quotation (a closing mark right after the comma
    stays with it), and where the rest starts; None when no content closes there ("When I agreed to, not ...")."""
    comma = _first_comma_outside(text, a, b, quotes)
    if comma is None or comma - a < 3 or text[a:comma].strip().lower() in _NOT_NP_END:
        return None
    close = comma + 1
    while text[close:close + 1] in ("\u201d", '"', "'"):
        close += 1
    return _strip_span(text, a, close if close > comma + 1 else comma), close


_IN_A_POLL = re.compile(r"(?P<cue>In)\s+(?P<poll>(?:(?:a|an|the)\s|[A-Z][\w.&-]*['\u2019]s\s)[^,;:\u201c\u201d\"]{0,80}?\b(?:[Pp]oll|[Ss]urvey)s?\b"
                        r"[^,;:\u201c\u201d\"]{0,60}?|(?:[\w-]+\s+){1,2}(?:polls|surveys)),\s+")
_POLL_CLOSING = re.compile(r"(?<=[^.,;:\s])\s+(?P<cue>in)\s+(?P<poll>(?:the|an?|[A-Z][\w.&-]*['\u2019]s)\s+(?:[\w/.&-]+\s+){0,6}?"
                           r"(?:[Pp]oll|[Ss]urvey)(?:\s+(?:released|conducted|taken|published)\s+\w+|\s+(?:this|last)\s+"
                           r"(?:week|month|year)|\s+[A-Z][a-z]{2,4}\.?\s+\d[\d-]*)?)\s*(?=[,;]|$)")


def _in_a_poll(text: str, poll: re.Match, end: int, quotes) -> list[Frame]:
    """"In a CBS News poll last month, she led Mr. Sanders 56 percent to 32 percent": a fronted poll or survey
    reports what follows. When the rest has a frame of its own ("In a Times survey, 79 percent said C"),
    the poll is its outer source (via, with its cue "In")."""
    rest = poll.end()
    src, cue = poll.span("poll"), poll.span("cue")
    frames = find_frames(text, rest, end, quotes)
    if frames:
        frames[0].via = [src] + frames[0].via
        frames[0].via_cues[src] = cue
        return frames
    content = _content_after(text, rest, _body_end(text, rest, end))
    return [Frame(cue=cue, source=src, content=content, rule="cue:in/poll")] if content else []


def _poll_closing_the_clause(text: str, frames: list[Frame], start: int, end: int) -> None:
    """"Clinton led Sanders 2-1 in a CBS News poll released Sunday.", "X said C in the latest Fox poll": a named
    poll or survey closing the clause ("in" and a singular poll, before a comma or the sentence's end) reports
    the clause before it. A frame whose content runs over it is relayed by the poll (via, with its cue "in");
    without a frame the clause is the poll's finding. Not the general "leads in the polls", more often the
    reporter's own summary than a finding credited to a poll, nor a poll inside the subject ("voters in
    a Times poll said")."""
    body_end = _body_end(text, start, end)
    low = text[start:body_end]
    if "oll" not in low and "urvey" not in low:
        return
    m = _POLL_CLOSING.search(text, start, body_end)
    if m is None:
        return
    cue, src = m.span("cue"), m.span("poll")
    for f in frames:
        if f.agentless or not f.content[0] < cue[0] < f.content[1]:
            continue
        if src not in f.via:
            f.via = [src] + f.via
            f.via_cues[src] = cue
        return
    if frames:
        return
    a = _past_fronted_phrase(text, start, cue[0])
    lead = _LEADING_WORD.match(text, a, cue[0])
    a, b = _strip_span(text, lead.end() if lead else a, cue[0])
    if len(text[a:b].split()) >= 3:
        frames.append(Frame(cue=cue, source=src, content=(a, b), rule="cue:in/poll-closing"))


_TO_HOLDER = re.compile(r"\s*(?:(?:But|And)\s+)?(?P<cue>To)\s+(?P<np>(?!The\b)[A-Z][\w.'\u2019-]*(?:\s+[A-Z]?[\w.'\u2019-]+){0,4}"
                        r"|many|others|some|most|them|him|her|us|me|(?:his|her|their|its|our|my)\s+(?:\w+\s+)?\w+s)\s*,\s+")
_RELATIVE_ASIDE = re.compile(r"(?:who|whose|which)\s[^,;:\u201c\u201d\"]{3,120},\s+")


def _to_a_holder(text: str, start: int, end: int) -> list[Frame]:
    """"To many, Santilli is a provocateur.", "To Sharp, Trump is the man who saved her farm.": a person or
    group fronted with "to" and a comma holds the view the clause states (the clause is how it seems to
    them). Only a name, a pronoun or a possessive group: "To win the nomination, ..." is a purpose,
    "To the shock of many, ..." and "To Anthony's credit, ..." a reaction; a place ("To Iowa, ...") holds
    no view. Not inside a quotation (a speaker's own words), and only when the sentence has no other frame."""
    m = _TO_HOLDER.match(text, start, end)
    if m is None or names_a_place(m.group("np")) or re.search(r"['\u2019]s\b", m.group("np")):  # "To Anthony's credit"
        return []
    k = m.end()
    aside = _RELATIVE_ASIDE.match(text, k, end)  # "To Sexton, who has studied the rallies, C"
    if aside:
        k = aside.end()
    a, b = _strip_span(text, k, _body_end(text, start, end))  # the clause whole: "Tuesday marked a turning point"
    if len(text[a:b].split()) < 3 or in_title_case(long_words(text[a:b])):
        return []  # (a title-case headline: "To Win Back Voters, the Party Needs a New Plan")
    return [Frame(cue=m.span("cue"), source=m.span("np"), content=(a, b), rule="cue:to/holder")]


_POLL_HAS = re.compile(r"(?P<np>(?<![\w'\u2019-])(?:[Aa]n?|[Tt]he|[A-Z][\w.&/-]*['\u2019]s|[Ll]atest|[Nn]ew)\s+(?:[\w.&/'\u2019-]+\s+){0,5}?"
                       r"(?:[Pp]oll(?:ster)?|[Ss]urvey)s?(?:\s+(?:released|conducted|taken|published)(?:\s+\w+){1,2}?)?)\s+"
                       r"(?P<cue>has|had|have|puts|put|gives|gave|give)\s+"
                       r"(?=(?:him|her|them|the\s+[a-z]+|(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})(?:['\u2019]s\s+\w+)?"
                       r"\s+(?:at|leading|trailing|up|down|ahead|behind|with|winning|losing|tied|even|a|an|\d|\w+ing)\b)")


def _poll_has(text: str, start: int, end: int) -> list[Frame]:
    """"A CNN-ORC survey released Friday had him at 4 percent", "Wednesday's Quinnipiac poll has Clinton leading
    Trump by six points", "The CBS poll gave Clinton a much higher lead", "A Leger poll released last week put the
    Tories at 38 per cent", "the same pollster had the Tories ahead": a poll or pollster that has, puts or gives a candidate
    or a party
    somewhere reports where the candidate stands. Only with a candidate (a name or pronoun) and a standing after
    it: "the poll has a margin of error" reports nothing. Taken when the sentence has no other frame."""
    body_end = _body_end(text, start, end)
    if "oll" not in text[start:body_end] and "urvey" not in text[start:body_end]:
        return []
    m = _POLL_HAS.search(text, start, body_end)
    if m is None:
        return []
    content = _content_after(text, m.end(), body_end)
    if not content:
        return []
    return [Frame(cue=m.span("cue"), source=m.span("np"), content=content, rule=f"cue:{m.group('cue').lower()}/poll-has")]


_LEADING_WORD = re.compile(r"\s*(?:" + "|".join(sorted(OPENING_CONJUNCTIONS)) + r")\s+", re.I)


_WHEN_ASKED = re.compile(r"(?:,\s*)?\b(?:when|after\s+being|after\s+(?:he|she|they)\s+(?:was|were))\s+(?P<cue>asked)\s+"
                         r"(?:\w+ly\s+)?(?=(?:about|whether|if|what|how|why|who|when|where|which|by)\b)", re.I)


def _when_asked(text: str, frames: list[Frame], start: int, end: int, quotes) -> None:
    """"\u201cYou bet,\u201d Christie said when asked whether C", "he seemed uneasy when asked about C": the
    question put to the speaker, by someone unnamed, is an agentless attribution of its own; the answer's
    content stops before it, and a sentence without a frame keeps its first part as the reporter's.
    "when asked to leave" is a request, no question."""
    body_end = _body_end(text, start, end)
    lo = max([f.cue[1] for f in frames] + [start])
    if not may_hold(text[lo:body_end], ("asked",)):
        return
    m = next((m for m in _WHEN_ASKED.finditer(text, lo, body_end) if not strictly_inside(quotes, m.start())), None)
    if m is None:
        return
    content = _content_after(text, m.end(), body_end)
    if not content:
        return
    asked = Frame(cue=m.span("cue"), source=(m.start("cue"), m.start("cue")), content=content,
                  rule="agentless:when-asked", agentless=True)
    for f in frames:
        if f.content[0] < m.start() < f.content[1]:
            f.content = _strip_span(text, f.content[0], m.start())
            # what was read after the question (a resumed part, an outer source) is the answer's
            f.more_content = [p for p in f.more_content if p[0] < m.start()]
            f.via_cues = {v: c for v, c in f.via_cues.items() if v[0] < m.start()}
            f.via = [v for v in f.via if v[0] < m.start()]
    if not frames:
        asked.reporter_parts = [_strip_span(text, start, m.start())]
    frames.append(asked)
    # "..., and when asked whether he was encouraging them, he said, 'I hope not.'": the answer's own frame
    # after the question's closing comma ends the question
    cut = _content_closed_by_comma(text, content[0], content[1], quotes)
    if cut is not None:
        answer = find_frame(text, cut[1], end, quotes)
        if answer is not None and answer.cue[0] >= cut[1] and answer.source[0] >= cut[1]:
            asked.content = cut[0]
            frames.append(answer)


_TRAILING_REPORT = re.compile(r",[\u201d\"']*\s+(?:as\s+)?(?P<np>[^,;:\u201c\u201d\"]{2,60}?)\s+(?:first\s+|\w+ly\s+)?"
                              r"(?P<cue>reported|reports|said|says|say|wrote|writes|show|shows|showed|found|finds|indicate|indicates|indicated|"
                              r"added|adds|noted|explained|explains|argued|argues|insisted|insists|recalled|recalls|"
                              r"acknowledged|acknowledges|conceded|concedes|claimed|stated)\b"
                              r"(?!\s+(?:said|say|says|show|shows|showed|found|find|indicate|indicated)\b)(?P<tail>[^,;:\u201c\u201d\"]{0,60})$")


# what else may close a trailing frame: a year ("The Washington Post reported in 1991") or what the speaker was
# doing ("Martha Raddatz said in posing the question to Christie", "he said while visiting Ohio", "Susan said as she
# turned around")
_OCCASION_TAIL = re.compile(r"\s+(?:in\s+(?:19|20)\d\d|(?:in|while|when|after|before)\s+[a-z]+ing\b[^,;:\u201c\u201d\"]*"
                            r"|as\s+(?:he|she|they|we|I)\s+[^,;:\u201c\u201d\"]*)\s*")
_EVIDENCE_VERBS = {"show", "shows", "showed", "found", "finds", "indicate", "indicates", "indicated", "reports", "reported"}


def _trailing_report(text: str, frames: list[Frame], start: int, end: int, quotes) -> None:
    """"In one email, Carter discussed how he had placed a note in a burn bag, the Times reported.", "Clinton
    praised the plan, her spokesman said.": the sentence's last frame is itself reported by an outlet or a
    source named at its end (via, with its cue)."""
    frame = frames[-1]
    body_end = _body_end(text, start, end)
    lo = max(frame.cue[1], frame.source[1])
    if frame.content[1] < body_end - 1 or lo >= body_end:
        return  # the frame's content must run to the report at the sentence's end
    m = _TRAILING_REPORT.search(text, lo, body_end)
    if m is None:
        _trailing_inverted_report(text, frame, start, lo, body_end, quotes)
        return
    if m and m.group("tail").strip():
        tail = _after_cue_match(m.group("tail"))  # "..., Bill Clinton said this week at an event in Wyoming"
        rest = m.group("tail")[tail.end():] if tail else m.group("tail")
        if rest.strip() and not _OCCASION_TAIL.fullmatch(rest):
            return
    if m is None or strictly_inside(quotes, m.start("np")) or m.start() - frame.content[0] < 3 \
            or not _valid_source(m.group("np"), strict=m.group("cue").lower() in _EVIDENCE_VERBS):
        return  # a speech verb names its speaker ("his brother added", "the lawsuit says"); "the data show" needs a record
    frame.content = _strip_span(text, frame.content[0], m.start("np"))
    frame.via = [m.span("np")] + frame.via
    frame.via_cues[m.span("np")] = m.span("cue")


# ", he said," / ',” he said -' (a quotation closed inside the content) / ", many Democrats say,"
_PARENTHETICAL_REPORT = re.compile(r",(?:[\u201d\u2019\"]|'')?\s+(?P<np>he|she|they|I|we|[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+)?"
                                   r"|[a-z][\w'\u2019-]*(?:\s+[\w.'\u2019-]+){0,3}?)\s+"
                                   r"(?P<cue>said|says|say|added|noted|argued|argues|wrote|writes|explained|insisted|recalled)"
                                   r"(?:\s+(?:in|on|during)\s+[^,;:\u201c\u201d\"]{2,40}?)?(?:,|\s+(?:-{1,2}|\u2013|\u2014)|\s*$)\s*")


def _parenthetical_report(text: str, frame: Frame, quotes) -> None:
    """"He hoped, he said, that the paper would stay away", "which is an outcome, he said, “we've long
    anticipated”": a speech frame set off by commas inside another frame's content reports that content
    (its outer source, via, with its cue); the content is the words around it."""
    a, b = frame.content
    if a < frame.cue[1] or "," not in text[a:b]:
        return
    for m in _PARENTHETICAL_REPORT.finditer(text, max(frame.cue[1], a - 2), b):
        if strictly_inside(quotes, m.start("np")) or m.start("np") in (frame.source[0],) \
                or m.end() >= b - 2 and (m.start() <= a or not _closes_quotation_at(text, m.start())):
            continue  # at the content's end only after a quotation: 'praised his "faith," he said - and argued'
        if not _valid_source(m.group("np"), strict=True):
            continue
        frame.via = [m.span("np")] + frame.via
        frame.via_cues[m.span("np")] = m.span("cue")
        if m.start() <= a:  # "He hoped, he said, that C"
            frame.content = _strip_span(text, m.end(), b)
        else:
            frame.content = _strip_span(text, a, m.start("np"))  # a closing quotation mark stays with the content
            if m.end() < b - 2:
                frame.more_content.append(_strip_span(text, m.end(), b))
        return


def _closes_quotation_at(text: str, comma: int) -> bool:
    return text.startswith(("\u201d", "\"", "''", "\u2019"), comma + 1)


def _trailing_inverted_report(text: str, frame: Frame, start: int, lo: int, body_end: int, quotes) -> None:
    """"Even as the race moves to New York, the race will be tight, said Dan Gerstein, an analyst.": the inverted
    frame closing the sentence ("C, said X") reports all before its comma, the earlier frame's words included, as
    ", X said." does (_trailing_report). The cue is the sentence's last, a speech or report verb right after a
    comma, and its source with any description runs to the sentence's end."""
    last = None
    for last in cue_matches(text, lo, body_end):
        pass
    if last is None or strictly_inside(quotes, last.start()) or _comma_before(text, lo, last.start()) is None:
        return  # cheap: the inverted cue sits right after its content's comma
    row = cue_table()[_form(last.group())]
    if row["frame"] != "clause" or row["category"] not in ("speech", "report") or row.get("source") == "document":
        return  # "Newspaper Says Clinton Needs To Quit, Show Compassion": an evidence verb names no speaker
    cand = _try_cue(text, start, body_end, last.start(), last.end(), row, quotes)
    if cand is None or not cand.rule.endswith("/inverted") or cand.content[1] <= frame.content[0] + 3 \
            or cand.content[1] >= frame.content[1] or not _closes_clause(text, cand.source[1], body_end) \
            or max([cand.source[1]] + [b for _a, b in cand.reporter_parts]) < body_end - 60:
        return
    frame.content = _strip_span(text, frame.content[0], cand.content[1])
    frame.via = [cand.source] + frame.via
    frame.via_cues[cand.source] = cand.cue
    frame.reporter_parts.extend(cand.reporter_parts)


_RELATIVE_AFTER = re.compile(r",\s*((?:which|who|whose)\s)")
_TRAILING_ACCORDING_BARE = re.compile(r"\s+(according\s+to)\s+(?=[A-Z])")
_FRAME_TAIL_AFTER_REPORT = re.compile(r",\s+(?:during|in|on|at|after|before|while|when|aboard)\s+[^;:\u201c\u201d\"]{2,200}$")
# the comma may close a quotation first: 'C," according to the report'
_TRAILING_ACCORDING = re.compile(r",(?:[\u201d\u2019\"]|'')?\s*(according\s+to|as\s+(?:first\s+|previously\s+|originally\s+)?reported\s+by)\s+", re.I)


def _trailing_citing(text: str, frames: list[Frame]) -> None:
    """"Local media reported that 15 people died, citing hospital sources": the report relays what the
    sources said, so they are the claim's source, via the outlet (as in "X, citing Y, said C"); the
    participle makes no claim of its own."""
    if len(frames) < 2 or not frames[-1].rule.startswith("cue:citing/") or frames[-1].source != frames[-2].source:
        return
    a, b = _strip_span(text, *frames[-1].content)
    if b - a > 100 or not _valid_source(text[a:b], strict=True):  # "citing low growth": reasons, no source
        return
    _relayed(frames[-2], frames[-1].cue, (a, b))
    frames.pop()


def _relayed(main: Frame, citing: tuple[int, int], cited: tuple[int, int]) -> None:
    """The frame's claim comes from the cited source, via the frame's own source, whose word for relaying it
    ("citing") becomes its cue in the chain."""
    main.via = [main.source] + main.via
    main.via_cues[main.source] = citing
    main.source = cited
    main.rule = "chain:citing"


def _trailing_according_to(text: str, frames: list[Frame], start: int, end: int, quotes) -> None:
    """"Pence said C during the session, according to audio obtained by The Times": the sentence's
    last frame is itself reported by Y. Y is the outer source of a chain (via, with its own cue) and
    "according to Y" is no part of the content."""
    frame = frames[-1]
    if frame.rule.startswith("cue:according-to"):
        return
    body_end = _body_end(text, start, end)
    lo = max(frame.cue[1], frame.source[1])
    m = None
    for m in _TRAILING_ACCORDING.finditer(text, lo, body_end):
        pass  # the last one: an outer report closes the sentence
    content_first = frame.content[1] <= frame.cue[0]  # "C," X told reporters ...: what follows the cue is the frame's
    if m is None and content_first:  # '"C," X said in a statement according to The Blaze': no comma before it
        m = _TRAILING_ACCORDING_BARE.search(text, lo, body_end)
    if m is None or strictly_inside(quotes, m.start(1)):
        return
    sx = _np_after(text, m.end(), body_end, stop_at_comma=True, max_words=14)
    if not sx or text[sx[1]:body_end].strip(" \u201d\"'") and not _RELATIVE_AFTER.match(text, sx[1], body_end) \
            and not (content_first and _FRAME_TAIL_AFTER_REPORT.match(text, sx[1], body_end)):
        sx = _described_at_length(text, m.end(), body_end)  # "according to a Quinnipiac poll conducted in February"
    if not sx:
        return
    relative = _RELATIVE_AFTER.match(text, sx[1], body_end)
    if text[sx[1]:body_end].strip(" \u201d\"'") and not relative \
            and not (content_first and _FRAME_TAIL_AFTER_REPORT.match(text, sx[1], body_end)):
        return  # the source must close the sentence, or a relative clause on it, or (after the content) a time or
        # place of the frame: '"C," the pope told reporters, according to Reuters, during an answer aboard the plane'
    if relative:  # "according to the SITE Intelligence Group, which monitors extremist statements": the reporter's
        frame.reporter_parts.append(_strip_span(text, relative.start(1), body_end))
    a, b = frame.content
    if b > m.start():
        if a >= m.start() and len(frames) == 1 and frame.content[0] >= frame.cue[1] \
                and (replaced := _object_stands_before(text, start, frame, m, body_end)):
            frames[-1] = replaced
            return
        if m.start() - a < 3 and text[a:m.start()].lower() not in ("yes", "no"):  # a poll's answer
            return
        frame.content = _strip_span(text, a, m.start(1))  # a closing quotation mark stays with the content
    frame.via = [sx] + frame.via
    frame.via_cues[sx] = m.span(1)


def _object_stands_before(text: str, start: int, frame: Frame, m: re.Match, body_end: int) -> Optional[Frame]:
    """"Profit was 68 cents, short of the 74 cents analysts had expected, according to LSEG data", "The prize won't
    be handed out next week as many people expected, according to an email": a cue verb whose object stands before
    it (a reduced relative clause, 'as' or 'than' with the verb) says nothing of its own after it, only the report
    'according to Y' that closes the sentence. The sentence is Y's: its 'according to' frame replaces the cue's
    (which, left alone, took 'according to Y' as its content). None when that frame cannot be read."""
    replaced = _according_to(text, start, body_end, *m.span(1))
    if replaced is None or replaced.content[1] > frame.cue[1] + 1:
        return None
    return replaced


def _cue_then_content(text: str, pos: int, body_end: int, kinds=("clause", "tell"),
                      limit: Optional[int] = None, lone_name: bool = False) -> Optional[tuple[re.Match, tuple[int, int]]]:
    """A cue of one of these frame kinds starting at pos, and its content (past the addressee of 'told');
    with lone_name, a noun-phrase cue's content may be a name alone (see _lone_name)."""
    cue = cue_regex().match(text, pos, len(text) if limit is None else limit)
    if not cue or cue.group().lower() in ("claim", "claims") and _claim_is_a_noun(text, max(0, pos - 30), cue.start(), cue.end()):
        return None
    row = cue_table()[_form(cue.group())]
    kind = row["frame"]
    if kind in ("np-as", "np-to") and "np" in kinds and (_AS_LATER if kind == "np-as" else _TO_LATER).match(text, cue.end(), body_end):
        kind = "np"  # "X blamed A and cast her as B", "..., comparing him to Nixon": as in find_frame, with its 'as'/'to'
    if kind not in kinds or row.get("rank") == "fallback" and _held_stance_is_a_noun(text, pos, cue.start(), cue.end()) \
            or _lacks_its_object(text, cue.group().lower(), cue.end(), body_end):
        return None  # "said funding and support for families matter": the noun, no second frame
    k = _skip_addressee(text, cue.end(), body_end)[0] if kind == "tell" else cue.end()
    content = _content_after(text, k, body_end) or (_lone_name(text, k, body_end) if kind == "np" and lone_name else None)
    return (cue, content) if content else None


_COORDINATED_KINDS = ("clause", "tell", "np")


_FRONTED_AFTER_COMMA = re.compile(r",\s+(?=(?:at|in|on|during|after|before|later|earlier|this|last|by|from)\b)")


def _after_closing_marks(text: str, k: int) -> int:
    """A comma at k followed by closing quotation marks (news style puts the comma inside: 'a mistake," although'):
    where the break really is, after the marks; else k itself."""
    if text[k:k + 1] != ",":
        return k
    j = k + 1
    while text[j:j + 1] in ("\u201d", '"', "'"):
        j += 1
    return j if j > k + 1 else k


def _frame_after_break(text: str, frame: Frame, end: int, quotes, breaks: re.Pattern, cue_window: int,
                       fits) -> Optional[Frame]:
    """A second frame inside a frame's content, after a break (`breaks`) where `fits(break, frame)` holds:
    the first frame's content stops at the break."""
    a, b = frame.content
    for m in breaks.finditer(text, a, b):
        cut = _after_closing_marks(text, m.start())  # 'was "a terrible mistake," although she C': the quotation closes
        if strictly_inside(quotes, cut):
            continue
        cand = find_frame(text, m.end(), end, quotes, cue_before=m.end() + cue_window)
        if cand and cand.content[0] > cand.cue[0] and fits(m, cand):
            frame.content = _strip_span(text, a, cut)
            return cand
    return None


_COLON_BREAK = re.compile(r":\s+(?=(?:he|she|they|we|I|[A-Z])[\w.'\u2019-]*\s)")
_COLON_THEN_QUOTATION = re.compile(r":\s+(?=[\u201c\"]|'')")


_THING_THAT = re.compile(r"\b([a-z][\w-]+)\s+(?:that|which)\s+(?:(?-i:[a-z]+ly)\s+)?$")
_QUOTATION_NEXT = re.compile(r"\s*[,:]?\s*(?:[\u201c\"]|'')")


def _wording_of_a_thing(text: str, start: int, body_end: int, cs: int, ce: int) -> Optional[Frame]:
    """"water bottles that said, "Welcome"", "a sign that read "15%!"", "a message that said, "Sorry"", "the caption
    which reads, "C"": a thing named by a lower-case noun before a relative 'that'/'which' and a speech verb with a
    quotation right after it bears those words; the noun is the source, the quotation the content (on PolNeAR
    train 7 of 12 such cues are gold; the others are shirts and hats PolNeAR leaves out, or 'a voice')."""
    if not _QUOTATION_NEXT.match(text, ce, body_end):
        return None
    m = _THING_THAT.search(text, max(start, cs - 40), cs)
    if not m or m.group(1).lower() in _BOUNDARY_WORDS:
        return None
    return _frame_of_a_relative(text, start, body_end, cs, ce, m.span(1), f"cue:{text[cs:ce].lower()}/thing-that-says")


def _frame_of_a_relative(text: str, start: int, body_end: int, cs: int, ce: int, source: tuple[int, int],
                         rule: str) -> Optional[Frame]:
    """The frame of a cue in a relative clause on its source noun ("a sign that read C", "a poll that shows C"): the
    content after the cue, and the reporter's words before the relative, so that no text is lost; None without a
    content."""
    content = _content_after(text, ce, body_end)
    if content is None:
        return None
    return Frame(cue=(cs, ce), source=source, content=content, rule=rule,
                 reporter_parts=_words_before_the_relative(text, start, cs))


_RELATIVE_AT_END = re.compile(r"[\s,]*\b(?:that|which)\s+(?:(?-i:[a-z]+ly)\s+)?$")


def _words_before_the_relative(text: str, start: int, cs: int) -> list[tuple[int, int]]:
    """The reporter's words that name the document or thing ("The firm published a survey" that shows C): no text is lost."""
    rel = _RELATIVE_AT_END.search(text, max(start, cs - 30), cs)
    a, b = _strip_span(text, start, rel.start() if rel else cs)
    return [(a, b)] if b > a else []


def _reports_after_a_colon(m: re.Match, cand: Frame) -> bool:
    """"Early polls show voters rejecting him: A Quinnipiac poll this month found C": after a colon, a clause whose
    subject opens it and whose verb speaks or reports (a speech or report cue; not a stance or belief held, "The
    pride Mr. Cruz feels for his father") is an attribution of its own; the first content stops at the colon."""
    form = cand.rule[4:].split("/")[0] if cand.rule.startswith("cue:") else ""
    return cand.source[0] == m.end() and cue_table().get(_form(form), {}).get("category") in ("speech", "report")


def _framed_quotation_after_colon(text: str, frame: Frame, end: int, quotes) -> Optional[Frame]:
    """"He suggested he had silenced her: "She signed an agreement," he told the Times.": a quotation after a colon
    inside a frame's content that is closed by a frame of its own ("C," he told Y) is that frame's content; the
    first frame's content stops at the colon.  Only a frame whose cue follows the quotation it takes."""
    a, b = frame.content
    for m in _COLON_THEN_QUOTATION.finditer(text, a, b):
        if strictly_inside(quotes, m.start()) or m.start() - a < 3:
            continue
        cand = find_frame(text, m.end(), end, quotes)
        if cand and cand.content[0] - m.end() <= 2 and cand.content[1] <= cand.cue[0] and not cand.agentless:
            frame.content = _strip_span(text, a, m.start())
            return cand
    return None


_DASH_BREAK = re.compile(r"(?:\s+(?:--|\u2014|\u2013)\s+|\u2014)(?=(?:he|she|they|we|I|[A-Z])[\w.'\u2019-]*\s)")


def _clause_after_a_dash(m: re.Match, cand: Frame) -> bool:
    """"Carson seems to recognize the problem \u2014 he told the AP that C": after a dash, a clause whose subject
    (a pronoun or a name, not a relative pronoun) opens it and speaks is a second frame."""
    text = m.string
    subject = text[cand.source[0]:cand.source[1]]
    before = text[max(0, m.start() - 200):m.start()]
    return cand.source[0] == m.end() and not cand.agentless and not _relative_pronoun(text, cand.source) \
        and (subject.lower() in ("he", "she", "they", "we", "i") or subject[:1].isupper()) \
        and not any(d in before for d in ("\u2014", "\u2013", " -- "))  # not the dash closing an aside


def _after_fronted_phrase(m: re.Match, cand: Frame) -> bool:
    """The second frame's source follows a short fronted phrase with no comma of its own."""
    text = m.string
    return not cand.agentless and m.end() < cand.source[0] < m.end() + 70 \
        and "," not in text[m.end():cand.source[0]].rstrip(", ")


def _coordinated_or_participial(text: str, frame: Frame, end: int, quotes) -> Optional[Frame]:
    """"Clinton attacked Trump, saying he would C, and reminded the audience of D": of a coordinated cue and a
    speech participle after a comma, both continuing the subject's words, the one that comes first is the next
    frame (the participle's own content then leads to the coordinated cue)."""
    content = frame.content
    nxt = _coordinated(text, frame, end, quotes)
    if nxt is None:
        return _participial(text, frame, end, quotes)
    cut, frame.content = frame.content, content
    part = _participial(text, frame, end, quotes)
    if part is not None and part.cue[0] < nxt.cue[0]:
        return part
    frame.content = cut
    return nxt


def _coordinated(text: str, frame: Frame, end: int, quotes) -> Optional[Frame]:
    """"X praised A and said C": a second cue sharing the first one's subject."""
    a, b = frame.content
    body_end = _body_end(text, frame.content[0], end)
    for m in _COORDINATED_CUE.finditer(text, a, b):
        if strictly_inside(quotes, m.start()):
            continue
        found = _cue_then_content(text, m.end(), body_end, kinds=_COORDINATED_KINDS, lone_name=True)
        if found and (_base_form_after_finite(text, frame.cue, m, found[0])
                      or _present_after_a_past_clause_frame(text, frame, m, found[0])):
            continue  # "Kasich says he'd sit Putin down and tell him C": 'tell' goes with the content's 'sit'
        if found:
            cue, content = found
            frame.content = (a, m.start())
            return Frame(cue=(cue.start(), cue.end()), source=frame.source, content=content, via=list(frame.via),
                         rule=f"cue:{cue.group().lower()}/coordinated")
    return None


@lru_cache(maxsize=1)
def _past_or_third_person() -> re.Pattern:
    """A verb form in the past or the third person singular ("said", "praised", "says", "written")."""
    return re.compile(rf"(?:[a-z]+(?:ed|[^s\W]s)|{_IRREGULAR_PARTICIPLES}|said|told|wrote|thought|felt|knew|found|saw|"
                      r"spoke|drew|gave|took|understood)$", re.I)


_MODAL_OR_TO_BEFORE = re.compile(r"(?:\b(?:will|would|could|can|may|might|should|must|did|does|do|to|not|never|has|have|had)"
                                 r"|n['\u2019]t|['\u2019](?:d|ll))\s+(?:\w+ly\s+)?$", re.I)


def _base_form_after_finite(text: str, first: tuple[int, int], joint: re.Match, cue: re.Match) -> bool:
    """A verb in its base form joined by 'and'/'but' cannot share the subject of a finite frame verb in the past or
    the third person ("Kasich says he'd sit Putin down and tell him C", "she said Clinton would do an about-face and
    support the deal", "said the mogul has time to step up and show that C"): it goes on from a modal or 'to'
    inside the content, whose subject is someone else (none of the 11 such coordinated cues on PolNeAR train
    overlaps a gold cue). Only where the first verb has no modal or 'to' of its own ("will meet X and tell Y" is coordinated)
    and the second none ("and did not suggest C", "and went on to say C")."""
    word = text[cue.start():cue.end()].split()[0].lower()
    if word.endswith(("s", "ed", "ing")) or _past_or_third_person().match(word) \
            or not any(form in cue_table() for form in (_third_person(word), word + "ed", word + "d")):
        return False  # not a verb's base form ("praise" as a noun has no -s form in the lexicon either way)
    first_word = text[first[0]:first[1]].split()[0]
    if not _past_or_third_person().match(first_word) or _MODAL_OR_TO_BEFORE.search(text, max(0, first[0] - 25), first[0]):
        return False
    return not _MODAL_OR_TO_BEFORE.search(text, joint.start(), cue.start()) \
        and not re.search(r"\b(?:did|does|do|will|would|could|can|to|not|never|has|have|had)\b|n['\u2019]t",
                          text[joint.start():cue.start()], re.I)


def _present_after_a_past_clause_frame(text: str, frame: Frame, joint: re.Match, cue: re.Match) -> bool:
    """A verb in the present third person joined by 'and'/'but' after a frame verb in the past that took a clause
    ("Osuna said the group is not an advocacy group and supports candidates of both parties", "Pence pledged that
    Trump is in favor of free trade but wants tougher deals", "Powell has said he has reviewed the messages and
    disagrees with C") goes on from the present tense of the content, whose subject holds it. Not after a noun
    phrase content ("Clinton has disputed both critiques, but says that C": Clinton says it) or a quotation ("He
    said "C" and swears D"). On PolNeAR train 6 of 7 such coordinated cues match no gold cue."""
    word = text[cue.start():cue.end()].split()[0].lower()
    first = text[frame.cue[0]:frame.cue[1]].split()[0].lower()
    if not re.fullmatch(r"[a-z]+[^s\W]s", word) or first.endswith(("s", "ing")) or not _past_or_third_person().match(first):
        return False
    if cue_table().get(_form(text[frame.cue[0]:frame.cue[1]]), {}).get("frame") not in ("clause", "tell") \
            or re.match(r"\s*[\u201c\"'`]", text[frame.content[0]:frame.content[0] + 3]) \
            or re.search(r"\b(?:will|would|could|can|may|might|should|must|to)\s+(?:\w+ly\s+)?$", text[max(0, frame.cue[0] - 20):frame.cue[0]], re.I):
        return False
    return not re.search(r"\b(?:did|does|do|will|would|could|can|to|not|never|has|have|had)\b|n['\u2019]t",
                         text[joint.start():cue.start()], re.I)


_COORDINATED_AFTER_FRAME = re.compile(rf"(?:\s+(?:on|in|at|during)\s+\w+)?,?\s+(?:and|but)\s+(?:then\s+|also\s+|{_AUX}\s+)*(?=\w)", re.I)


def _coordinated_after_frame(text: str, frame: Frame, end: int) -> Optional[Frame]:
    """“C,” she said, but added that D.  A second cue after the frame shares its source."""
    m = _COORDINATED_AFTER_FRAME.match(text, max(frame.cue[1], frame.source[1]), end)
    if not m:
        return None
    found = _cue_then_content(text, m.end(), _body_end(text, m.end(), end), kinds=_COORDINATED_KINDS)
    if not found or found[0].start() != m.end():
        return None
    cue, content = found
    return Frame(cue=cue.span(), source=frame.source, content=content, via=list(frame.via),
                 rule=f"cue:{cue.group().lower()}/coordinated-after-frame")


_RESUMES = re.compile(r"\s*[,;]\s*(?=[\u201c\"]|''|``)")  # '"C," she said; "D."' resumes as after a comma


def _resumed_quotation(text: str, frame: Frame, end: int) -> Optional[Frame]:
    """\u201cC,\u201d said the senator, \u201cbecause D.\u201d  The quotation goes on after its frame: same source, same cue.
    The speaker's description may come first (said Ann Lee, a pollster, \u201cbecause D.\u201d): the reporter's words;
    or more of the frame (he said of the plan, \u201cbecause D.\u201d)."""
    pos = max(frame.cue[1], frame.source[1])
    described = []
    m = _RESUMES.match(text, pos, end)
    if not m:
        d = _DESCRIPTION_BEFORE_QUOTATION.match(text, pos, end)
        m = d and _RESUMES.match(text, d.end("desc"), end)
        if m and d.group("comma") and not any(a < m.start() and pos < b for a, b in frame.reporter_parts):
            described = [d.span("desc")]
    if not m:
        return None
    content = _content_after(text, m.end(), _body_end(text, m.end(), end))
    if not content:
        return None
    return Frame(cue=frame.cue, source=frame.source, content=(m.end(), content[1]), via=list(frame.via),
                 reporter_parts=described, rule=frame.rule + "/quotation-resumes")


_DESCRIPTION_BEFORE_QUOTATION = re.compile(r"(?P<comma>,\s+(?!(?:and|but|or)\b))?\s*(?![,;])(?P<desc>[^\u201c\u201d\"]{2,200}?)(?=\s*,\s*(?:[\u201c\"]|''|``))")


_RESUMES_STATEMENT = re.compile(r"\s*,\s*(?=[a-z])")
_NOT_A_STATEMENT_START = {"who", "whom", "whose", "which", "where", "when", "while", "as", "on", "in", "at", "during",
                          "after", "before", "with", "from", "to", "for", "about", "according", "citing", "though",
                          "although", "because", "since", "if", "and", "but", "or", "a", "an", "the", "his", "her",
                          "their", "its", "adding", "saying", "noting", "speaking", "referring", "calling", "not"}


def _resumed_statement(text: str, frame: Frame, end: int) -> Optional[Frame]:
    """In the long run, many economists say, this effect could ripple through the system.  A statement
    interrupted by its frame goes on after it: same source, same cue."""
    resumed = _statement_after_interruption(text, frame, end) if _interrupted_phrase(text, frame) else None
    if resumed is not None:
        return resumed
    if frame.source[0] > frame.cue[0]:
        return None  # "C, said Jane Doe, executive director of X": what follows the name describes her
    m = _RESUMES_STATEMENT.match(text, frame.cue[1], end)
    if not m:
        return None
    body_end = _body_end(text, m.end(), end)
    rest = text[m.end():body_end].split()
    if len(rest) < 4 or rest[0].lower().strip(",") in _NOT_A_STATEMENT_START or rest[0].endswith(("ing", "ed")):
        return None  # a participle describes the source ("said Beau Correll, angered by the vote")
    a, b = _strip_span(text, m.end(), body_end)
    return Frame(cue=frame.cue, source=frame.source, content=(a, b), via=list(frame.via),
                 rule=frame.rule + "/statement-resumes")




_OPENING_MARKS = ("\u201c", '"', "'", "`", "\u2018")


def _interrupted_phrase(text: str, frame: Frame) -> bool:
    """"In Miami, the mayor said, Trump is seen as a bully": the frame interrupts its content after an unquoted
    phrase or clause too short to be the whole statement (nine words at most, no quotation)."""
    a, b = frame.content
    if b > frame.cue[0] or frame.rule.endswith("/inverted") or not text[b:frame.cue[0]].lstrip().startswith(","):
        return False  # "said Jane Doe, a lawyer, ...": the name's description follows; "C was derided by": no break
    quoted = text[a:a + 1] in _OPENING_MARKS or text[b - 1:b] in _CLOSE_MARKS
    return not quoted and 0 < len(text[a:b].split()) <= 9


_RESUMES_AFTER_FRAME = re.compile(r"[^,;:\u201c\u201d\"]{0,60}?,\s*(?=[A-Za-z])")


def _statement_after_interruption(text: str, frame: Frame, end: int) -> Optional[Frame]:
    """The statement interrupted by its frame goes on after the frame's closing comma, subject and all."""
    m = _RESUMES_AFTER_FRAME.match(text, max(frame.cue[1], frame.source[1]), end)
    if not m:
        return None
    resume, described = m.end(), []
    closing = _RESUMES_AFTER_FRAME.match(text, resume, end)
    if closing and frame.source[0] > frame.cue[0] and _DESCRIPTION_START.match(text, resume) \
            and not text[frame.source[1]:m.start()].strip(" ,"):
        # "The problem, according to Jane Roe, who advised the campaign, was money": the source's description,
        # set off by commas, is the reporter's; the statement resumes after it
        described, resume = [_strip_span(text, resume, closing.end())], closing.end()
    body_end = _body_end(text, resume, end)
    rest = text[resume:body_end].split()
    if len(rest) < 2 or rest[0].lower() in _NOT_A_CONTINUATION or rest[0].endswith("ing"):
        return None
    a, b = _strip_span(text, resume, body_end)
    if frame.source[0] > frame.cue[0] and not described and _apposed_to_source(text, frame, (a, b)):
        return None
    return Frame(cue=frame.cue, source=frame.source, content=(a, b), via=list(frame.via), reporter_parts=described,
                 rule=frame.rule + "/statement-resumes")


_DETERMINER_BEFORE = re.compile(r"(?:a|an|the|another|one)\s+$", re.I)


def _apposed_to_source(text: str, frame: Frame, after: tuple[int, int]) -> bool:
    """'C, according to a spokesperson for the minister, Jane Doe.' / 'C, according to Jane Doe, a spokesperson
    for the minister.': what follows the source's comma to the sentence's end is the source's name or its
    description in apposition, no statement resumed. The name is the better mention (as in 'His lawyer, Dana
    Ortiz, said'); a description of three words or more is the reporter's own claim."""
    source = frame.source
    det = _DETERMINER_BEFORE.search(text, max(0, source[0] - 10), source[0])
    described = (det.start() if det else source[0], source[1])
    if _names_the_described(text, described, after):
        frame.source, desc = after, described
    elif _short_description(text, after) and _names_the_described(text, after, source):
        desc = after
    else:
        return False
    if len(text[desc[0]:desc[1]].split()) >= 3:
        frame.reporter_parts.append(desc)
    return True


_DESCRIPTION_START = re.compile(r"(?:who|whom|whose|which|an?|the|another|his|her|its|their|former|one)\s", re.I)


_NOT_A_CONTINUATION = {"who", "whom", "whose", "which", "where", "according", "and", "but", "or", "while", "though",
                       "although", "because", "since", "as", "so", "when", "after", "before", "if", "on", "in", "at",
                       "during", "with"}


def _frame_after_clause_break(text: str, frame: Frame, end: int, quotes) -> Optional[Frame]:
    """\u201cC,\u201d said Reince Priebus, though he added that D.  A clause after an inverted frame that
    has a frame of its own (its source opens it) is a second attribution."""
    m = _CLAUSE_AFTER_FRAME.match(text, max(frame.cue[1], frame.source[1]), end)
    if not m:
        return None
    nxt = find_frame(text, m.end(), end, quotes, cue_before=m.end() + WINDOW)
    return nxt if nxt and nxt.source[0] == m.end() and nxt.content[0] > nxt.cue[0] else None


# an adverb may stand between the comma and the participle: ", recently telling", ", likely referring to", ", also noting"
_ADVERB_BEFORE_PARTICIPLE = r"(?:(?-i:[a-z]+ly|also|again|later|once|even|still|now)\s+)?"
# a dash sets the participle off as a comma does ("denounced the vision of the convention - saying C")
_DASH_BEFORE_PARTICIPLE = rf"\s+(?:--?|\u2014|\u2013)\s+{_ADVERB_BEFORE_PARTICIPLE}|\u2014{_ADVERB_BEFORE_PARTICIPLE}"
_PARTICIPLE = re.compile(rf"(?:,[\u201d\"']*\s+(?:before\s+|and\s+|then\s+)?{_ADVERB_BEFORE_PARTICIPLE}|\s+(?:before|while)\s+"
                         rf"|{_DASH_BEFORE_PARTICIPLE})(?=\w+ing\b)", re.I)
# after a noun-phrase object the source's act goes on with "by"/"after" ("dismissed the charge by pointing out that C");
# after a clause the participle belongs to the clause's own subject ("said she won the seat by promising C")
_PARTICIPLE_AFTER_OBJECT = re.compile(rf"(?:,[\u201d\"']*\s+(?:before\s+|and\s+|then\s+)?{_ADVERB_BEFORE_PARTICIPLE}"
                                      rf"|\s+(?:before|while|by|after)\s+|{_DASH_BEFORE_PARTICIPLE})(?=\w+ing\b)", re.I)
_DASH = re.compile(r"\s(?:--?|\u2014|\u2013)\s|\u2014")


def _participial(text: str, frame: Frame, end: int, quotes) -> Optional[Frame]:
    """"X said C, adding that D" / "C," X said, adding that D / "X criticised the deal, saying D":
    a participle of a speech cue after a comma continues the same source's statement."""
    a, b = frame.content
    body_end = _body_end(text, frame.content[0], end)
    lo, hi = (a, b) if a >= frame.cue[1] else (max(frame.cue[1], frame.source[1]), body_end)
    row = cue_table().get(_form(text[frame.cue[0]:frame.cue[1]]))
    breaks = _PARTICIPLE_AFTER_OBJECT if row and row["frame"] == "np" and a >= frame.cue[1] else _PARTICIPLE
    # every match is followed by a word ending in "ing" inside the range: two contents in three hold none
    for m in breaks.finditer(text, lo, hi) if may_hold(text[lo:hi], ("ing",)) else ():
        if strictly_inside(quotes, m.end() - 1):  # the comma may close a quotation: ',\u201d claiming that'
            continue
        found = _cue_then_content(text, m.end(), body_end, kinds=("clause", "tell", "np"))
        if found and _DASH.match(text, m.start(), m.end()) and _DASH.search(text, m.end(), body_end):
            continue  # "argued - rebuking Mr. Trump by name - that C": an aside between dashes, not the statement going on
        if found and found[0].group().split()[0].lower().endswith("ing"):  # "saying", "referring to"
            cue, content = found
            close = m.start() + 1
            while text[close] in "\u201d\"'":
                close += 1
            if a >= frame.cue[1]:
                frame.content = (a, close if text[m.start()] == "," and close > m.start() + 1 else m.start())
            return Frame(cue=(cue.start(), cue.end()), source=frame.source, content=content, via=list(frame.via),
                         rule=f"cue:{cue.group().lower()}/participle")
    return None


# What may stand before a speech participle used as a verb: a comma or dash, an auxiliary,
# a conjunction or preposition that opens a clause, an adverb, a quotation mark or a source word.
_ING_BEFORE = re.compile(r"(?:[,;:\u2014\u2013(\u201d\"']|\b(?:is|was|were|are|am|be|been|being|and|but|or|while|after|"
                         r"before|by|without|when|since|also|still|not|then|\w+ly|he|she|they|we|i|"
                         r"who|[A-Z][\w.'-]*))\s*$")


_DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "whose"}
_CLAUSE_OPENERS = {"that", "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its",
                   "to", "about", "there", "this", "these", "those", "what", "how", "why", "when", "if", "no", "not",
                   "nothing", "all", "some", "many", "more", "most", "our", "my", "your", "as", "in", "on", "of"}


_SUPPORTING_NOUNS = set(source_lists()["supporting-noun"])


def _held_participle_object(text: str, start: int, cs: int, ce: int) -> bool:
    """"a group backing former Gov. Mike Huckabee", "those supporting deportation": a held stance in -ing right after
    a noun takes a lower-case object as readily as a name; only "a supporting role", "supporting documents" and the
    like are nouns, and a determiner before it ("the backing") is caught before."""
    if text[cs:ce].lower() not in ("supporting", "backing", "opposing"):
        return False
    prev = text[max(start, cs - 30):cs].split()
    if not prev or not prev[-1].isalpha() or prev[-1].lower() in _DETERMINERS or prev[-1].lower().endswith("ly"):
        return False
    nxt = text[ce:ce + 30].split()
    return bool(nxt) and nxt[0].lower().strip(",.;:") not in _SUPPORTING_NOUNS


def _ing_is_a_noun(text: str, start: int, cs: int, ce: int) -> bool:
    """A speech word in -ing that names a thing ("the saying", "a creative writing professor")
    rather than someone speaking ("X said C, adding that", "with many of its figures announcing C")."""
    before = text[max(start, cs - 30):cs].split()
    prev = before[-1].lower() if before else ""
    if prev in _DETERMINERS:
        return True
    if not prev or _ING_BEFORE.search(text, max(start, cs - 30), cs):
        return False
    nxt = text[ce:ce + 30].split()
    word = nxt[0].lower().strip(",.;:") if nxt else ""
    return bool(word) and word.isalpha() and word not in _CLAUSE_OPENERS and nxt[0][:1].islower()


_ED_DETERMINERS = _DETERMINERS - {"that", "whose"}
_NOT_A_NOUN = _BOUNDARY_WORDS | {"by", "up", "out", "off", "back", "down", "not", "no"}


_OPPOSED_TO_AFTER = re.compile(r"\s+to\b", re.I)
_BE_BEFORE_OPPOSED = re.compile(r"(?:\b(?:was|were|is|are|am|been|being|be|remain|remains|remained|stay|stays|stayed|"
                                r"seem|seems|seemed|appear|appears|appeared|become|became)|['\u2019](?:s|re|m))"
                                r"\s+(?:\w+ly\s+|so\s+|very\s+|not\s+|also\s+|still\s+|all\s+)*$", re.I)


def _opposed_to_modifies(text: str, start: int, cs: int, ce: int) -> bool:
    """'opposed to' is an adjective: as a verb 'oppose' takes its object with no 'to'. After 'be' (or 'remain',
    'seem') it is the subject's stance ("Smith is opposed to the plan"); with no such verb before it, it
    describes the noun before it ("a parents' group opposed to vaccination said C", "Smith, long opposed to the
    deal, voted no"): no one takes a stance there, and the sentence's real cue comes later."""
    return bool(_OPPOSED_TO_AFTER.match(text, ce)) and not _BE_BEFORE_OPPOSED.search(text, max(start, cs - 40), cs)


# "with more than 100 millimetres expected", "with profit forecast to rise": 'with', a short noun phrase with no verb
# of its own, then a past participle
_WITH_ABSOLUTE = re.compile(r"(?<![\w'\u2019-])with\s+(?!(?:him|her|them|us|me|you|it|his|her|their)\s+$)"
                            r"(?:(?!(?:that|which|who|is|are|was|were|has|have|had|he|she|they|it|we|I|in|on|at|for|by|to|"
                            r"from|being|been|be|over|about|against|when|while|as|if|after|before|because|since|"
                            r"into|under|through)\b)"
                            r"[\w.$%'\u2019-]+\s+){1,6}$", re.I)


_FORECAST_PARTICIPLE = re.compile(r"expected|forecast|predicted|projected|estimated|anticipated|reported|rumou?red|"
                                  r"believed|thought|feared|confirmed")
_AFTER_ABSOLUTE = re.compile(r"\s*(?:[,;.]|$|(?:to|in|on|at|by|for|from|during|over|until|before|after|this|next|"
                             r"later|soon|overnight|today|tomorrow|tonight)\b)")


def _with_absolute(text: str, start: int, body_end: int, cs: int, ce: int) -> Optional[Frame]:
    """"The storm will bring heavy rain, with more than 100 millimetres expected in some areas": after 'with'
    the noun phrase is what the participle is passive of, not its speaker (the absolute construction: 'with X
    expected' is 'X is expected'). The phrase and its participle are an agentless claim up to the next comma;
    what comes before 'with' is the reporter's. Only past participles: 'with reporters saying C' keeps them."""
    if not _FORECAST_PARTICIPLE.fullmatch(text[cs:ce]) or not _AFTER_ABSOLUTE.match(text, ce, body_end) \
            or re.search(r"\b(?:and|or|but)\s+$", text[max(start, cs - 5):cs]):
        return None  # "with each confirmed case": an adjective; "met with X and promised to": a verb of the subject's
    m = _WITH_ABSOLUTE.search(text, max(start, cs - 70), cs)
    a = m.start() + len("with") + len(text[m.start() + 4:m.end()]) - len(text[m.start() + 4:m.end()].lstrip())
    comma = text.find(",", ce, body_end)
    b = _strip_span(text, a, comma if comma > 0 else body_end)[1]
    if b <= ce:
        return None
    frame = Frame(cue=(cs, ce), source=(cs, cs), content=(a, b), rule="agentless:with-absolute", agentless=True)
    before = _strip_span(text, start, m.start())
    if len(text[before[0]:before[1]].split()) >= 2:
        frame.reporter_parts = [before]
    return frame


def _ed_is_an_adjective(text: str, start: int, cs: int, ce: int, irregular: bool = False) -> bool:
    """A cue in -ed between a determiner, a number or a possessive and a noun modifies the noun
    ("the 271 pledged delegates", "his stated aim", "Ford's preferred route"): no one speaks there.
    So does a participle right after a preposition, where no verb can stand ("In written reasons released
    Thursday, Justice X found C", "with written consent", "of reported cases"): the preposition is no speaker.
    irregular: a participle not in -ed ("written"), taken only after a preposition ("Mr. King, 82, told me")."""
    before = text[max(start, cs - 30):cs].split()
    prev = before[-1] if before else ""
    if not (prev.lower() in _PREPOSITIONS_BEFORE_PARTICIPLE or not irregular and (
            prev.lower() in _ED_DETERMINERS or prev.replace(",", "").replace(".", "").isdigit()
            or prev.endswith(("'s", "\u2019s")))):
        return False
    nxt = text[ce:ce + 30].split()
    word = nxt[0].rstrip(",;:.") if nxt else ""
    return word.isalpha() and word.islower() and word not in _CLAUSE_OPENERS and word not in _NOT_A_NOUN \
        and not word.endswith("ly")


# prepositions that take a noun phrase, never a finite verb, right after them ("in written reasons")
_PREPOSITIONS_BEFORE_PARTICIPLE = frozenset(("in", "with", "without", "under", "of", "for", "on", "from", "through", "via"))


_NOUN_DETERMINER_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:a|an|the|his|its|their|our|my|your)\s+(?:\d[\d,]*\s+)?$",
                                     re.I)


# "That said," / "That being said," / "Having said that," / "All that said," opening a clause, read backwards
# from the cue (the text before "said" reversed): the words, then the start of the clause (nothing, "(", a comma).
_THAT_SAID = re.compile(r"\s+(?:taht|siht|gnieb\s+taht|gnivah|taht\s+lla)(?:\s*$|\s*[(\u201c\"]|\s*,|\s+(?:tub|dna)\b)", re.I)


_THAT_OR_COLON = re.compile(r"\s*(?:that\b|:)\s*", re.I)
_PASSIVE_BEFORE_TOLD = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.I)
_BY_AGENT_THEN_THAT = re.compile(r"\s+by\s+(?P<np>[^,;:\u201c\u201d\"]{2,80}?)(?:,[^;:\u201c\u201d\"]{2,100}?,)?\s+that\s", re.I)


def _told_by(text: str, body_end: int, cs: int, ce: int) -> Optional[Frame]:
    """"Reporters were told by Carla Alston, the department's spokeswoman, that C": in the passive the agent
    after 'by' spoke; the subject is who was told."""
    m = _BY_AGENT_THEN_THAT.match(text, ce, body_end)
    if m is None:
        that = _THAT_OR_COLON.match(text, ce, body_end) or _WHERE_THEN_THAT.match(text, ce, body_end)
        # ("I was told that C", "had been told just before the vote that C": no one is named as telling)
        content = _content_after(text, that.end(), body_end) if that else None
        return Frame(cue=(cs, ce), source=(cs, cs), content=content, rule="agentless:was-told", agentless=True) \
            if content else None
    if not _valid_source(m.group("np")):
        return None
    content = _content_after(text, m.end(), body_end)
    return Frame(cue=(cs, ce), source=m.span("np"), content=content, rule="cue:told/passive-by-agent") if content else None


def _after_a_determiner(text: str, start: int, cs: int) -> bool:
    """A cue word right after an article or possessive (a number may come between) is a noun:
    "the suspect", "their claims", "a 911 call". Not "her": it is also an object ("heard her say"). So is one
    right after a compound of a number and a unit, which only ever modifies a noun: "a five-year plan to",
    "Ottawa unveils $2.4-billion plan to" (a headline drops the article), "a 10-point plan"."""
    return bool(_NOUN_DETERMINER_BEFORE.search(text, max(start, cs - 20), cs)) \
        or text[cs - 1:cs] == " " and "-" in text[max(start, cs - 30):cs] \
        and bool(_NUMBER_UNIT_BEFORE.search(text, max(start, cs - 30), cs))


# a compound of a number and a unit right before a word: "five-year", "$2.4-billion", "10-point", "30-day" (not an
# age, "a 47-year-old plans to", where the compound is the noun)
_NUMBER_UNIT_BEFORE = re.compile(
    r"(?<![\w-])(?:\$?\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred)-(?:year|month|week|day|hour|minute|point|page|part|step|stage|phase|billion|million|"
    r"trillion|thousand|per-cent|percent|member|seat|mile|kilometre|kilometer)s?\s+$", re.I)


_OBJECT_OPENERS = {"him", "her", "them", "it", "me", "us", "you", "himself", "herself", "itself", "themselves",
                   "the", "a", "an", "his", "their", "its", "this", "that", "these", "those", "for", "on", "out"}
_PLURAL_OR_VERB = {"calls", "promises", "demands", "hope", "hopes", "fear", "quotes", "note", "lists"}


def _plural_noun(text: str, start: int, cs: int, ce: int) -> bool:
    """'calls', 'promises', 'demands', 'hope(s)', 'fear', 'quotes' are nouns more often than verbs ("phone
    calls", "their calls to end", "campaign promises", "the only hope", "His hopes for a comeback"): a verb
    only after no determiner, possessive or number, with an object or a clause after it ("calls him a liar",
    "promises that", "demands the release", "hopes the efforts will help", "fear the party will lose")."""
    if text[cs:ce].lower() not in _PLURAL_OR_VERB:
        return False
    before = text[max(start, cs - 30):cs].split()
    prev = before[-1] if before else ""
    if prev.lower() in _DETERMINERS or prev.endswith(("'s", "\u2019s")) or prev[:1].isdigit():
        return True
    if prev.lower() in ("i", "we", "you", "he", "she", "they"):
        return False  # a subject pronoun before it: a verb, even before a comma ("What's more, they note, C")
    nxt = text[ce:ce + 30].split()
    word = nxt[0].strip(",.;:\u201c\u201d\"'\u2018\u2019") if nxt else ""
    if word in ("he", "she", "they", "we", "I", "there") and prev.lower() not in _HOPE_AS_A_NOUN_AFTER:
        return False  # a clause opens after it: "Democrats hope they will win", "fear they will lose"; not "any hope he has"
    if word == "to" and text[cs:ce].lower() == "hope" and (prev[:1].isupper() or prev.lower().endswith("s")
                           and prev.lower() not in _NOT_A_HOPER):
        return False  # "The candidates hope to prevent him", "Democrats hope to win": not "little hope to"
    if word in _GAP_MODALS and (prev[:1].isupper() or prev.lower() in ("it", "they", "we", "he", "she")) \
            and prev.lower() not in _HOPE_AS_A_NOUN_AFTER:
        return False  # a relative clause's gap: "a move that Clinton hopes can help", "a tactic Democrats hope will C"
    return not (word.lower() in _OBJECT_OPENERS or word[:1].isupper())


_NOT_A_HOPER = {"this", "its", "his", "less", "was", "is", "has", "as", "us"}
_GAP_MODALS = {"will", "would", "can", "could", "may", "might", "should", "must"}
_HOPE_AS_A_NOUN_AFTER = {"any", "no", "little", "only", "new", "last", "best", "false", "faint", "slim", "some", "every",
                         "many", "several", "broken", "empty"}


_NOUN_THEN = {"for", "from", "among", "across", "against", "behind", "in", "of", "on", "is", "was", "has", "by", "and", "or",
              "than", "up", "down", "off", "away", "out"}


def _held_stance_is_a_noun(text: str, start: int, cs: int, ce: int) -> bool:
    """'support', 'backing', 'plans', 'want' name a thing as often as a stance ("38 percent support", "her
    support for", "Clinton's plans to", "support from whites", "backing from donors"): a held stance is a verb
    only with no article, possessive, number or 'percent' before it, and an object, not a preposition or a
    stop, after it ("voters who support Sanders", "the group backing Bush", "Sanders plans to stay")."""
    before = text[max(start, cs - 30):cs].split()
    prev = before[-1].lower() if before else ""
    if prev in _ED_DETERMINERS or prev in ("own", "percent") or prev.endswith(("'s", "\u2019s", "%")) or prev[:1].isdigit():
        return True
    if prev in ("and", "or") or prev in ("may", "might") and text[cs:ce].lower() == "want":
        return True  # "to free themselves and support another candidate": whose stance is unclear; "may want to": advice
    nxt = text[ce:ce + 30].split()
    word = nxt[0].lower() if nxt else ""
    if word == "to" and text[cs:ce].lower() != "want":  # "enough support to pass": "want to" is the only infinitive
        return True
    return not word[:1].isalnum() and word[:1] not in ("\u201c", '"', "'", "\u2018") or word.rstrip(",;:.") in _NOUN_THEN


_POSSESSOR = r"(?:(?i:his|her|their|its)|the\s+[\w.-]+['\u2019]s?|[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}['\u2019]s?)"
_IN_ONES_VIEW = re.compile(rf"\b[Ii]n\s+(?:(?P<poss>{_POSSESSOR})\s+(?:own\s+)?(?P<noun>view|opinion|estimation|judgment|judgement|eyes|mind)"
                           rf"|the\s+(?P<noun2>view|opinion|eyes|estimation)\s+of\s+(?P<np>[^,;:\u201c\u201d\"]{{2,60}}?))(?=\s*[,.;]|\s*$)")


_POSSESSOR_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<poss>{_POSSESSOR})\s+(?:(?:own|\w+ly|\w+est|recent|repeated|renewed|"
                               rf"public|early|earlier|frequent|continued|constant|previous|first|sharp|harsh|fierce|"
                               rf"energetic|latest|new|many|several)\s+){{0,2}}$")
_COMPLEMENT_BREAK = re.compile(r"\s*(?:[,;:(]|\s[\u2014\u2013]|\s--?\s)|\s(?:is|are|was|were|has|have|had|will|would|could|can|"
                               r"remains?|came|comes|drew|draws|raised|prompted|sparked)\s")


_FINITE_AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would"}
_DRAWS = re.compile(r"(?<![\w-])(?P<verb>drew|drawn|draws|drawing|faced|faces|facing|received|receives|sparked|sparks|"
                    r"prompted|prompts|triggered|provoked|attracted|attracts|came\s+under|comes\s+under|come\s+under|"
                    r"coming\s+under)\s+(?:(?:harsh|heavy|sharp|fierce|strong|widespread|bipartisan|immediate|swift|"
                    r"some|much|more|intense|withering|stinging|scathing|broad|public|stiff|new|renewed|early)\s+){0,2}$", re.I)
_FROM_SOURCE = re.compile(r"\s+from\s+(?=\w)")


def _drawn_reaction(text: str, start: int, body_end: int, cs: int, ce: int) -> Optional[Frame]:
    """"The proposal has drawn harsh criticism from fellow Republicans": criticism drawn, faced or received is the
    critics' stance (after "from"; no one named without it) on the subject of the sentence, which is the content."""
    v = _DRAWS.search(text, max(start, cs - 60), cs)
    if not v:
        return None
    np = _np_before(text, start, v.start())
    if not np:
        return None
    content = np[0]
    f = _FROM_SOURCE.match(text, ce, body_end)
    source = _np_after(text, f.end(), body_end, stop_at_comma=True) if f else None
    if source:
        frame = Frame(cue=(cs, ce), source=source, content=content, rule="cue:drawn-reaction")
    else:
        frame = Frame(cue=(cs, ce), source=(cs, cs), content=content, rule="cue:drawn-reaction/unnamed", agentless=True)
    rest = _strip_span(text, (source or (cs, ce))[1], body_end)
    frame.reporter_parts = [p for p in (_strip_span(text, start, content[0]), rest) if len(text[p[0]:p[1]].split()) >= 2]
    return frame


_QUOTATION_AFTER = re.compile("\\s*(?:[\u201c\"\u2018]|''|``)")


def _possessor_noun_frame(text: str, start: int, body_end: int, cs: int, ce: int, quotes) -> Optional[Frame]:
    """"Mr. Trump has been direct in his attacks on Mr. Clinton", "his suggestion that a judge can't be impartial":
    a noun cue (lexicon frame 'noun') is the possessor's stance, and what follows its preposition is the content,
    up to a comma, a dash or the sentence's own verb ("Trump's criticism of the judge drew rebukes"). The words
    around the phrase are the reporter's. Without a possessive ("the criticism of the plan") no one holds it."""
    pm = _POSSESSOR_BEFORE.search(text, max(start, cs - 80), cs)
    clause = text[cs:ce].lower().endswith("that")  # a that-clause has verbs of its own: only punctuation ends it
    if (not pm or text[pm.start("poss"):pm.end("poss")].lower() in ("its",)) and not clause \
            and not _QUOTATION_AFTER.match(text, ce):
        return None
    a, b = _strip_span(text, ce, body_end)
    k = None
    q = quotes.last_starting_at_or_before(a) if not clause and _QUOTATION_AFTER.match(text, ce) else None
    if q is not None and q.start == a and q.closed and q.end <= b and len(text[q.inner[0]:q.inner[1]].split()) >= 2:
        k = q.end  # "their chants of “Lock her up!” filled the hall": the words chanted, marks included;
        # not a scare-quoted word ("his criticism of “fake” polls")
    for m in () if k is not None else _COMPLEMENT_BREAK.finditer(text, a, b):
        if clause and text[m.start():m.end()].strip()[:1].isalpha():
            continue
        if not strictly_inside(quotes, m.start()) and not (text[m.start() - 1:m.start()].isdigit()
                           and text[m.end():m.end() + 1].isdigit()):
            k = m.start()
            break
    opens = pm.start("poss") if pm else cs
    if k is None and not text[start:opens].strip(" \u201c\"'"):
        return None  # "Her promise to cut taxes won votes": the phrase is the subject, its end unknown
    a, b = _strip_span(text, a, b if k is None else k)
    words = text[a:b].lower().split()
    if b - a < 3 or clause and (len(words) < 3 or words[0] in _PRONOUNS and words[2] in _FINITE_AUX):
        return None  # "the concerns that he raised", "the rumors that he spread were false": a relative clause
    if pm:
        frame = Frame(cue=(cs, ce), source=pm.span("poss"), content=(a, b), rule=f"cue:{_form(text[cs:ce])}/possessor")
    else:  # "Despite complaints that he is a crusader, ...": no one is named
        frame = Frame(cue=(cs, ce), source=(cs, cs), content=(a, b), rule=f"cue:{_form(text[cs:ce])}/agentless-noun",
                      agentless=True)
    frame.reporter_parts = [p for p in (_strip_span(text, start, opens), _strip_span(text, b, body_end))
                            if len(text[p[0]:p[1]].split()) >= 2]
    return frame


def _viewpoint(text: str, start: int, body_end: int) -> Optional[Frame]:
    """"In Bolton's view, C", "C, in his view.", "in the eyes of many voters, C": the sentence is the view of the
    one named; taken only when no cue of the sentence frames (the phrase has no verb of its own). "To Frank, C"
    is _to_a_holder's."""
    seg = text[start:body_end]
    if "view" in seg or "eyes" in seg or "opinion" in seg or "mind" in seg or "estimation" in seg or "judg" in seg:
        m = _IN_ONES_VIEW.search(text, start, body_end)
        if m:
            noun = "noun" if m.group("noun") else "noun2"
            source = m.span("poss") if m.group("poss") else _strip_span(text, *m.span("np"))
            before, after = text[start:m.start()].rstrip(), text[m.end():body_end].lstrip(" ,")
            if not before.strip("\u201c\"' "):  # "In his view, C"
                content = _content_after(text, m.end(), body_end)
            elif not after.strip("\u201d\"' ") and before.endswith(","):  # "C, in Bolton's view."
                content = _strip_span(text, start, start + len(before) - 1)
            else:  # "The only other action, in Knittel's view, would be C": the view is the sentence around it
                a, b = _strip_span(text, start, m.start())  # (the words after it resume it: _resumed_statement)
                return Frame(cue=m.span(noun), source=source, content=(a, b - 1 if text[b - 1] == "," else b),
                             rule="cue:viewpoint") if b - a >= 3 and after else None
            if content and content[1] - content[0] >= 8:
                return Frame(cue=m.span(noun), source=source, content=content, rule="cue:viewpoint")
    return None


_NOT_IN_MODIFIED_NP = {"to", "for", "through", "from", "with", "by", "at", "on", "in", "into", "about", "over",
                       "that", "who", "which", "and", "or", "but"}


def _participle_modifies(text: str, frame: Frame) -> None:
    """"The group ran ads attacking the mayor", "Many carried placards supporting Sanders": a participle right after a
    noun (no comma) modifies that noun, whose phrase is the source, not the whole clause before it; the words before
    that phrase are the reporter's."""
    ns, ne = frame.source
    if ne != frame.cue[0] - 1 or text[ne:frame.cue[0]] != " ":
        return
    toks = _tokens_back(text, ns, ne)
    k = len(toks)
    while k > 0:
        w = text[toks[k - 1][0]:toks[k - 1][1]]
        low = w.lower()
        if k < len(toks) and (low in _VERBISH or low in _NOT_IN_MODIFIED_NP or w[:1].islower() and low.endswith("ed")
                              or w.endswith(",")):
            break
        k -= 1
        if low in _DETERMINERS:
            break
    if 0 < k < len(toks):
        frame.source = (toks[k][0], ne)
        head = _strip_span(text, ns, toks[k - 1][1])
        if len(text[head[0]:head[1]].split()) >= 2:
            frame.reporter_parts = frame.reporter_parts + [head]


_PREPOSITION_OPENING = {"besides", "after", "before", "while", "by", "without", "despite", "since", "instead", "in", "on",
                        "for", "from", "with", "when", "upon", "through"}
_STANCE_PARTICIPLE_CUT = re.compile(r"\s*[,;:(\u2014\u2013]|\s+(?:is|are|was|were|has|have|had|will|would|may|might|can|"
                                    r"could|should|must|did|do|does|who|which|that|amid|because|while|after|during)\s", re.I)


_REACTION_AUX = re.compile(r"\b(?:was|were|is|are|been|be|being|am|get|got|gets|grew|growing|grown|seemed|seems|felt|feel|"
                           r"feels)\s+(?:(?:\w+ly|not|so|too|also|once|still|very|more|most|less|deeply|all)\s+){0,3}$", re.I)


def _reaction(text: str, start: int, body_end: int, cs: int, ce: int, quotes) -> Optional[Frame]:
    """"FBI officials were angered by the deal", "Neither man was impressed by Mrs. Clinton": a feeling in the
    passive, with an auxiliary before it and "by" after it, is the subject's reaction to the "by" phrase: the
    subject is the source, the phrase the content (the reverse of a stance's agent, "the deal was criticized by X")."""
    aux = _REACTION_AUX.search(text, max(start, cs - 50), cs)
    by = re.compile(r"\s+by\s+", re.I).match(text, ce, body_end)
    if not aux or not by:
        return None
    np = _np_before(text, start, aux.start()) or _sentence_subject(text, start, aux.start())
    if not np or not np[0]:
        return None
    content = _content_after(text, by.end(), body_end)
    if not content or content[1] - content[0] < 3:
        return None
    return Frame(cue=(cs, ce), source=np[0], content=content, reporter_parts=list(np[1] or []),
                 rule=f"cue:{text[cs:ce].lower()}/reaction")


def _held_by_a_modified_noun(text: str, frame: Frame, held: Optional[Frame]) -> None:
    """"One pastor supporting Mr. Cruz, John Doe, said C", "Democrats backing Clinton have said C": a held stance
    in -ing right after a noun, before the sentence's speech frame, is an attribution of its own, nested in that
    frame's words: the noun phrase holds it, the object is its content (up to a comma or the main verb)."""
    if held is None or not held.rule.startswith("cue:") or not held.rule.endswith("/before-content") \
            or not text[held.cue[0]:held.cue[1]].lower().endswith("ing") or held.cue[1] > frame.cue[0] \
            or held.source[1] != held.cue[0] - 1 or held.content[0] < held.cue[1] \
            or not _valid_source(text[held.source[0]:held.source[1]]) \
            or text[held.source[0]:held.source[1]].split()[0].lower() in _PREPOSITION_OPENING:
        return  # not "Besides attacking X, Trump said C": a preposition holds nothing
    a, b = held.content
    b = min(b, frame.cue[0], frame.source[0] if frame.source[0] > a else b)
    cut = _STANCE_PARTICIPLE_CUT.search(text, a, b)
    a, b = _strip_span(text, a, cut.start() if cut else b)
    if b - a < 3 or len(text[a:b].split()) > 10 or frame.content[0] < b and a < frame.content[1]:
        return
    frame.inner.append(replace(held, content=(a, b), reporter_parts=[], more_content=[], rule=held.rule + "/nested"))


_SUBJECT_OPENER = re.compile(r"(?:(?:and|but|yet|so|while|even\s+though|though|although|whereas|because|since|as|if|when|after|before)\s+)+",
                             re.I)
_PRONOUN_SUBJECT_BEFORE = re.compile(r"\b(?:who|which|that)\s+$", re.I)
_COORDINATED_PREDICATE = re.compile(r"\s(?:and|but|or)\s+(?:\w+ly\s+)?$", re.I)


def _agentless_subject(text: str, start: int, frame: Frame, quotes) -> None:
    """"More than 250,000 Iowans are expected to attend C": what is expected, believed or reported is the whole
    clause, its subject included (PolNeAR marks 'Iowans | to attend C'); the subject opens the clause after the
    last comma, semicolon or dash before the cue, or is the relative pronoun right before it ("delegates who are
    expected to C"). The words before are the reporter's own, or an attribution of their own ("X killed 11,300
    people, according to WHO estimates, although the real figure is thought to be higher"). A predicate
    coordinated with the reporter's ("She is moving to Chicago but is expected to C") has no subject of its own."""
    cs = frame.cue[0]
    impersonal = text[cs:cs + 3].lower() == "it " and not re.search(r"\bwhich\s+$", text[max(start, cs - 8):cs], re.I)
    # "it is said that C": no subject to take ("an election in which it is expected to win": 'it' is the party)
    rel = None if impersonal else _PRONOUN_SUBJECT_BEFORE.search(text, max(start, cs - 8), cs)
    if rel:
        a = brk = rel.start()
    else:
        a = brk = start
        for br in _CLAUSE_OPENING.finditer(text, start, cs):
            a, brk = br.end(), br.start()
        opener = _SUBJECT_OPENER.match(text, a, cs)
        if opener:
            brk = a if brk == start else brk
            a = opener.end()
        shared = _COORDINATED_PREDICATE.search(text, a, cs)
        if shared:
            a = brk = cs
            brk = shared.start()
    if impersonal and brk == start:
        return
    if a < cs and len(text[a:cs].split()) <= 12 and not impersonal:
        frame.content = (a, frame.content[1])
    before = _strip_span(text, start, brk)
    if len(text[before[0]:before[1]].split()) < 2:
        return
    if next(cue_matches(text, *before), None) is not None:
        held = find_frame(text, start, before[1], quotes)
        if held is not None and held.content[1] <= brk and not held.agentless:
            frame.inner.append(held)  # an attribution of its own before the clause, not the reporter's
        return
    if _CLAUSE_BEFORE_FRAME.match(text, brk) and len(text[before[0]:brk].split()) >= 4:
        return  # "X raised $16 million, though the group is expected to C": _clause_before_frames takes it
    frame.reporter_parts.append(before)


def find_frame(text: str, start: int, end: int, quotes, cue_before: Optional[int] = None,
               named_only: bool = False) -> Optional[Frame]:
    """The outermost attribution of the sentence text[start:end], or None.
    cue_before: only cues starting before this offset (a frame right after a clause break).
    An agentless passive ("X is expected to C", "it is believed that C") is the sentence's frame only when no one
    named frames a content that holds it: "Construction is expected to take six months, staff said" is the staff's
    claim (their forecast), as is the same clause after "According to the weather service,". named_only: that
    second look, skipping the agentless passive."""
    body_end = _body_end(text, start, end)
    m = _AGENTLESS.search(text, start, end) \
        if named_only is False and may_hold(text[start:end], _AGENTLESS_PARTICIPLES) else None
    if m and not strictly_inside(quotes, m.start()):
        content = _content_after(text, m.end(), body_end)
        if content:
            named = find_frame(text, start, end, quotes, cue_before, named_only=True)
            if named is not None and not named.agentless and named.content[0] <= m.start() < named.content[1] \
                    and not re.search(r"[,;:()\u2014\u2013]|\b(?:which|who|that)\b", text[named.content[0]:m.start()]):
                return named  # "X is expected to C, officials said", "According to Y, X is expected to C": Y's
            return Frame(cue=(m.start(), m.end()), source=(m.start(), m.start()), content=content,
                         rule="agentless", agentless=True)
    # whole-sentence shapes first: "X: C", "Asked whether C, ...", "Said X, “C”", "“C” ― X"
    for shape in (_colon_frame, _asked_frame, _fronted_speech_verb, _dash_signature):
        frame = shape(text, start, body_end)
        if frame:
            return frame
    tried: dict[tuple[int, int], tuple[dict, Optional[Frame]]] = {}  # _closing_frame's readings it did not take
    if cue_before is None:
        outer = _closing_frame(text, start, end, body_end, quotes, tried)
        if outer:
            return outer
    relative: Optional[Frame] = None
    hedge: Optional[Frame] = None
    fallback: Optional[Frame] = None  # a stance held (lexicon rank "fallback"): only when no other cue frames
    unnamed: Optional[Frame] = None  # a noun cue with no one named ("speculation that C"): last of all
    for m in cue_matches(text, start, end):
        cs, ce = m.start(), m.end()
        if cue_before is not None and cs > cue_before:
            break
        if strictly_inside(quotes, cs) or _inside_name(text, start, cs) or text[cs - 1:cs] in ("<", "/", "#", "@"):
            continue
        written = m.group()
        low, cue_row = written.lower(), cue_table()[_form(written)]  # (asked by every test below: read once)
        if cue_row["frame"] == "drawn":  # "The plan drew criticism from Democrats"
            fallback = fallback or _drawn_reaction(text, start, body_end, cs, ce)
            continue
        if cue_row["frame"] == "noun":  # "his criticism of the plan": the possessor's
            noun = _possessor_noun_frame(text, start, body_end, cs, ce, quotes)
            if noun is not None and noun.agentless:
                unnamed = unnamed or noun  # "despite complaints that C": no one named, after any hedge
            else:
                fallback = fallback or noun
            continue
        issued = _ISSUED_BEFORE_PARTICIPLE.search(text, max(start, cs - 90), cs) \
            if low in ("saying", "stating", "announcing", "declaring", "warning") else None
        row_frame = cue_row["frame"]  # "According to X" is no participle ("That's according to X")
        fronted = _fronted_participle(text, start, body_end, cs, ce, quotes) if low.endswith("ing") else None
        if fronted:
            return fronted
        if not issued and low.split()[0].endswith("ing") and cs > start and row_frame != "prep" \
                and _ing_is_a_noun(text, start, cs, m.end()) and not _held_participle_object(text, start, cs, m.end()) \
                and not _WITH_SHARE_SAYING.search(text, max(start, cs - 80), cs):
            continue  # "a creative writing professor", "the saying goes": a noun, not a speaker's verb
        if (low.endswith("ed") or low in _IRREGULAR_PARTICIPLE_CUES) and cs > start \
                and _ed_is_an_adjective(text, start, cs, m.end(), irregular=not low.endswith("ed")):
            continue  # "271 pledged delegates", "his stated aim", "the expected result": an adjective
        absolute = _with_absolute(text, start, body_end, cs, ce) \
            if cs > start and written[:1].islower() and _WITH_ABSOLUTE.search(text, max(start, cs - 70), cs) else None
        if absolute is not None:
            hedge = hedge or absolute
            continue  # "with 100 millimetres expected by Saturday": no one named expects it
        if low in _CONTACT_VERBS and _CONTACT_BEFORE_CUE.match(text, ce) \
                and text[max(start, cs - 6):cs].split()[-1:] and text[max(start, cs - 6):cs].split()[-1].lower() in _CONTACT_SUBJECTS:
            continue  # "Teachers I talked with agreed C": the writer's contact clause inside the source phrase
        if low == "opposed" and _opposed_to_modifies(text, start, cs, ce):
            continue  # "a parents' group opposed to vaccination said C": the group's description, not its act
        if cs > start and _after_a_determiner(text, start, cs):
            continue  # "The suspect, 30, was shot", "a 911 call on Friday": a noun, not a verb
        if _plural_noun(text, start, cs, m.end()):
            continue  # "911 calls saying C", "Their calls intensified": a noun
        if _labels_the_story(text, cs, ce, body_end):
            continue
        if (low.endswith("ed") or low in _IRREGULAR_PARTICIPLE_CUES) \
                and _participle_of_the_subject(text, start, end, cs, ce):
            continue  # "A statement posted on the website said C": the subject's description, not its act
        if low == "continued" and _continued_an_action(text, ce, body_end):
            continue  # "continued to raise money", "continued campaigning", "continued as a member": no statement goes on
        if low in ("add", "adds", "added", "adding") and _ADD_TO_A_THING.match(text, ce):
            continue  # "adding to her delegate lead", "added to the uncertainty", "will add about $86 a year"
        if _estimates_compared(text, start, m):
            continue  # "Profit beats estimates", "above analysts' estimates": figures compared, not a source estimating
        if low in ("conceded", "concedes", "concede") and _CONCEDED_THE_RACE.match(text, ce, body_end) \
                and not _QUOTATION_CLOSED.search(text, start, cs):
            continue  # "Becker conceded shortly after midnight": a race given up, nothing said ('"C," he conceded' keeps it)
        if _lacks_its_object(text, low, ce, body_end):
            continue  # "the bill passed the Senate", "emissions declined 3 percent": no law passed, no request declined
        if low in ("maintain", "maintains", "maintained") and _A_THING_AFTER.match(text, ce):
            continue  # "maintains a wide lead", "maintained the title": keeps a thing; "maintained that C" is a stance
        if low == "said" and _THAT_SAID.match(text[max(start, cs - 30):cs][::-1]) \
                and re.match(r"(?:\s+that)?\s*,", text[ce:ce + 8]):
            continue  # "That said, she noted C", "Having said that, ...": a connective (nevertheless), no speaker
        if low == "called" and (_CALLED_PHRASAL.match(text, ce, body_end) or (
                _THING_NAMED_BEFORE.search(text, max(start, cs - 80), cs) and _NAME_AFTER.match(text, ce, body_end))):
            continue  # "called off the deal", "called to mind"; "a firm called Cambridge Analytica": the thing's name
        if low.startswith("explain") and _THING_EXPLAINS.search(text, max(start, cs - 60), cs):
            continue  # "which could partly explain the link", "that may explain why": a cause, no one explains
        if low in _SILENCING_VERBS and _DOWN.match(text, ce, body_end) \
                and not _QUOTATION_CLOSED.search(text, start, cs):
            continue  # "renters shouted down a city official", "talked down the price": silenced or lowered, nothing
            # said ('"Go home," they shouted down the street' keeps its quotation)
        if low == "call" and not _CALL_X_Y.match(text, ce, body_end):
            continue  # "a phone call", "call me back", "call for": the bare verb names only in "call X Y"
        if low in ("add", "adds", "added", "adding") and _ADDED_A_THING.match(text, ce, body_end) \
                and not _CONTENT_CLOSED_BEFORE.search(text, max(start, cs - 4), cs):
            continue  # "added a goal and two assists", "added his own comment", "can add a new title": a thing added
        if low.startswith("recall") and _PRODUCT_RECALL.match(text, ce, body_end):
            continue  # "is recalling 40,000 pounds of spinach", "recalled its ambassador": goods or envoys called back
        if low in ("read", "reads") and _READ_AN_OBJECT.match(text, ce, body_end) \
                and not _QUOTATION_CLOSED.search(text, start, cs):
            continue  # "a committee reads every application": reading, not a text's wording ("the sign reads, C")
        if low == "states" and _COUNT_BEFORE_STATES.search(text, max(start, cs - 16), cs) \
                and not _WORDING_AFTER_READ.match(text, ce, body_end):
            continue  # "a poll of voters in all 50 states revealed": the noun, not "the document states"
        if low in ("points to", "point to") and _FIGURE_BEFORE_POINTS.search(text, max(start, cs - 12), cs):
            continue  # "rose 6 basis points to 4.48%": a score or market move, no one points to anything
        if low == "found" and _HELPED_BEFORE.search(text, max(start, cs - 12), cs):
            continue  # "who helped found EDGE": to found a group, no finding is reported
        if low in ("claim", "claims") and _claim_is_a_noun(text, start, cs, ce):
            continue  # "Trump's claim", "Republican claims of progress", "claims more territory": no one claims C
        if low == "think" and _THINK_TANK.match(text, ce):
            continue  # "a founder of the think tank Third Way, said": a noun, no one thinks
        if low == "find" and _MAY_FIND.search(text, max(start, cs - 25), cs):
            continue  # "could find a way", "you'll find a collection", "help find a job": no finding is reported
        if low == "found" and _FOUND_IN_A_PLACE.match(text, ce, body_end):
            continue  # "a loaded handgun found in the trunk.": where a thing was found, no finding is reported
        if low in ("find", "finds", "found") and _FOUND_ONESELF.match(text, ce, body_end):
            continue  # "found himself in a tight race", "found ways to", "find jobs", "find a solution": no finding
        if low == "told" and _PASSIVE_BEFORE_TOLD.search(text, max(start, cs - 25), cs):
            passive = _told_by(text, body_end, cs, ce)
            if passive:
                return passive
            continue  # "They were told to leave": who was told is no source
        row = cue_row
        if row["frame"] == "closing":
            closing = _closing_a_quotation(text, start, body_end, cs, ce, {**row, "frame": "clause"}, quotes) \
                or _opening_a_quotation(text, start, body_end, cs, ce, {**row, "frame": "clause"}, quotes)
            if closing:
                return closing
            continue
        if row["frame"] == "reaction":  # "FBI officials were angered by the deal": the subject feels it
            fallback = fallback or _reaction(text, start, body_end, cs, ce, quotes)
            continue
        if row.get("rank") == "fallback" and (_held_stance_is_a_noun(text, start, cs, ce)
                                              or text[start:body_end + 1].rstrip(" \u201d\"'").endswith("?")):
            continue  # "38 percent support", "support from whites": a thing; "Do you support X?": no one holds it
        if row["frame"] == "hedge":  # "X seemed to C": only when no one is named as saying anything
            hedge = hedge or _hedge(text, start, body_end, cs, ce)
            continue
        if row["frame"] in ("np-as", "np-to"):  # "Trump cast himself as a change agent"; not "cast a ballot"
            if row["frame"] == "np-as" and not _AS_LATER.match(text, ce, body_end) and not _names_a_pick(text, start, cs, ce):
                continue
            if text[cs:ce].lower() == "seen" and not _seen_by_as(text, start, cs, ce):
                continue  # "has seen a fiercer debate as ...": sight; "seen as critical", no one named: too loose
            if row["frame"] == "np-to" and not _TO_LATER.match(text, ce, body_end):
                continue  # "compared Trump to Goldwater"; not "compared to last year", "compared with 64 percent"
            row = {**row, "frame": "np"}
        if issued:
            cs = issued.start()  # "X issued a statement Tuesday saying C": the statement's issuer speaks
        held = tried.pop((cs, ce), None) if tried else None
        if held is not None and held[0] is row:  # read already up to where _closing_frame stopped
            frame = _frame_with_content_after(text, start, body_end, cs, ce, row, quotes) if held[1] is _READ_ON else held[1]
        else:
            frame = _try_cue(text, start, body_end, cs, ce, row, quotes)
        if row["frame"] == "clause" and row["category"] in ("speech", "report") and text[cs - 1:cs] == " ":
            frame = _wording_of_a_thing(text, start, body_end, cs, ce) or frame
        if frame is None and row["term"] in _JUDGED_IN_THE_PASSIVE and _judged_without_agent(text, start, body_end, cs, ce):
            hedge = hedge or _hedge(text, start, body_end, cs, ce)  # "Sanders has been criticized for C": no one named
            continue
        if frame and _REQUEST_FOR_COMMENT.match(text, frame.content[0], frame.content[1]):
            continue  # "did not respond to a request for comment": nothing is claimed
        if row.get("source") == "document":
            evidence = _evidence_relative(text, start, body_end, cs, ce)  # "a survey that shows C": the survey
            if evidence and (frame is None or frame.source[1] != evidence.source[1]):  # "a new poll showing C" keeps
                frame = evidence                                                      # its fuller phrase
        if row.get("source") == "document" and not (frame and (frame.agentless or _names_a_document(
                text[frame.source[0]:frame.source[1]]) or _reads_a_quotation(text, frame)
                or _estimates_that(text, frame))):
            frame = _document_opening_the_sentence(text, start, body_end, cs, ce) \
                or _document_closing_the_sentence(text, start, body_end, cs, ce)
            if frame is None:
                continue  # "the attackers showed how ...": evidence verbs report only for a poll, record or body
        if frame and _relative_pronoun(text, frame.source):
            # "X, who said A, said B": the main frame comes later; "He met X, who said A": it does not
            relative = relative or frame
            continue
        if frame and (row.get("rank") == "fallback" or frame.rule.endswith(("/reduced-passive", "/noun-participle"))):
            if fallback is None and low.endswith("ing"):
                _participle_modifies(text, frame)
            fallback = fallback or frame  # "One pastor supporting Mr. Cruz said C": the speech frame comes first
            continue
        if frame and relative is not None and _inside_the_subjects_relative_clause(text, start, relative, frame, quotes):
            continue  # "Hussen, who has told aides he sees a path, said C": 'he sees' is the clause's, 'said' the main verb
        if frame and relative is not None and relative.content[0] <= frame.cue[0] < relative.content[1] \
                and relative.content[0] >= relative.cue[1] and _says_a_clause(text, relative.cue) \
                and not frame.agentless and frame.source[0] == relative.content[0] \
                and not _on_the_opening_subject(text, start, relative):
            # "Perez, who said he expects the deal to pass": the later frame opens the relative clause's content,
            # it is nested in it, not the sentence's frame
            closed = _close_relative_clause(text, start, relative, quotes)
            closed.inner.append(frame)
            return closed
        if frame:
            _held_by_a_modified_noun(text, frame, fallback)
            return _main_verb_after_the_subjects_aside(text, start, body_end, frame, quotes) or frame
    if relative is not None:
        return _close_relative_clause(text, start, relative, quotes)
    return fallback or (None if cue_before is not None else _viewpoint(text, start, body_end)) or hedge or unnamed \
        or _colon_before_quotation(text, start, body_end, quotes)


_COMMA_THEN_SPEECH_VERB = re.compile(r",[\u201d\"']*\s+(?:(?-i:[a-z]+ly)\s+|also\s+|then\s+|later\s+)?"
                                     r"(?=(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|insisted|insists|"
                                     r"acknowledged|acknowledges|warned|warns|noted|notes|explained|explains|predicted|predicts)\b)")


def _main_verb_after_the_subjects_aside(text: str, start: int, body_end: int, frame: Frame, quotes) -> Optional[Frame]:
    """"Priebus, in the wake of a new poll showing Trump down to 14 percent, told Fox News that C", "Trump, later
    alleging that Obama wanted to admit refugees, said he would deport them", "The judges who ruled that Texas could
    not enforce its law, for instance, said C": a cue inside an aside or a relative clause on the subject comes first
    in the sentence, but the sentence's frame is the speech verb after the comma that closes it, whose source is the
    subject before the aside. The earlier frame is kept as an attribution nested in the aside (its content stops at
    that comma). Only a speech verb with its own content whose source phrase starts before the earlier cue."""
    a, b = frame.content
    if a < frame.cue[1] or frame.agentless:
        return None
    for m in _COMMA_THEN_SPEECH_VERB.finditer(text, a, b):
        if strictly_inside(quotes, m.start()):
            continue
        cue = cue_regex().match(text, m.end(), body_end)
        if cue is None:
            return None
        row = cue_table()[_form(cue.group())]
        if row["frame"] not in ("clause", "tell"):
            return None
        later = _try_cue(text, start, body_end, cue.start(), cue.end(), row, quotes)
        if later is None or later.agentless or later.content[0] < cue.end() or later.source[0] >= frame.cue[0] \
                or later.source[1] > frame.cue[0] and later.source[0] > frame.source[0]:
            return None
        frame.content = _strip_span(text, a, m.start())
        later.inner.append(frame)
        return later
    return None


def _closing_a_quotation(text: str, start: int, body_end: int, cs: int, ce: int, row: dict, quotes) -> Optional[Frame]:
    """'"C," he went on', '"C," she cut in', '"C," Smith chimed in': verbs that report speech only as the frame
    closing a quotation (lexicon frame "closing"); elsewhere they are no cue ("went on to win", "the meeting went on",
    "a cut in taxes"). The quotation must open the sentence (or the sentence be its last: '"A. B," he went on') and
    the speaker stand right after its closing mark."""
    if not (_OPENS_QUOTATION.match(text, start) or strictly_inside(quotes, start)) \
            or not _QUOTATION_CLOSED.search(text, start, cs):
        return None
    frame = _try_cue(text, start, body_end, cs, ce, row, quotes)
    if frame is None or frame.agentless or not frame.rule.endswith(("/after-content", "/inverted")) \
            or frame.content[0] > start + 2:
        return None
    gap = text[frame.content[1]:min(frame.source[0], frame.cue[0])]  # '"C," exhorted Ann Lee': the verb first
    return frame if not gap.strip(" ,\u201d\"'\u2019") else None


_COLON_OR_COMMA_THEN_QUOTATION = re.compile(r"\s*[:,]\s*(?:[\u201c\"]|'')")


def _opening_a_quotation(text: str, start: int, body_end: int, cs: int, ce: int, row: dict, quotes) -> Optional[Frame]:
    """'Wallnau continues: "C"', 'The letter continues: "C"', 'Hannity pressed, "C"': a verb that reports speech
    only next to a quotation (lexicon frame "closing") frames it from before too, when a colon or comma and the
    opening mark follow it at once; elsewhere still no cue ('the talks continue', 'charged with fraud')."""
    m = _COLON_OR_COMMA_THEN_QUOTATION.match(text, ce, body_end)
    if m is None or _PASSIVE_BEFORE.search(text, max(start, cs - 20), cs):
        return None  # 'He was charged, "in error," his lawyer said': a passive reports no speech
    q = quote_at(quotes, m.end() - 1, m.end())
    if q is None or q.start < m.start() or q.end < body_end - 2:
        return None  # the quotation must run to the sentence's end: 'The talks continue, "for now," X said' is not it
    frame = _try_cue(text, start, body_end, cs, ce, row, quotes)
    if frame is None or frame.agentless or not frame.rule.endswith("/before-content") \
            or not m.start() <= frame.content[0] <= m.end():
        return None
    return frame


_OPENS_A_CLAIMED_CLAUSE = re.compile(r"\s+(?:(?:he|she|they|it|I|we|you|his|her|their|its|the|a|an|this|that|there|these|those|"
                                     r"to)\b|[A-Z\u201c\"\d]|'')")
_POSSESSIVE_END = re.compile(r"(?:['\u2019]s?|\b(?:the|a|an|his|her|their|its|our|my|your|these|those|such|false|new|"
                             r"many|several|two|three|similar|earlier|previous|recent|any|no|those)\b)\s*$", re.I)


def _claim_is_a_noun(text: str, start: int, cs: int, ce: int) -> bool:
    """Bare 'claim'/'claims' (not 'claims that', 'claims to') is a verb only where a subject ends before it (not a
    possessive, an article or a quantifier: "Trump's claim", "such claims") and a clause opens after it (a pronoun,
    a determiner, a name, a quotation: "The ad claims \u201cC\u201d", "Trump claims he's worth $10 billion"); "claims of
    momentum", "claims more territory", "the claims are false" are nouns or another sense. The first word of a
    sentence is a noun too ("Claims of fraud ...")."""
    if cs <= start or text[ce:ce + 1] == "'" or not _OPENS_A_CLAIMED_CLAUSE.match(text, ce):
        return True
    if text[ce:ce + 40].split()[0:1] and text[ce:ce + 40].split()[0].lower() in ("of", "about", "on", "in", "for", "by"):
        return True
    before = text[max(start, cs - 30):cs]
    return bool(_POSSESSIVE_END.search(before)) or not before.strip()


def _lacks_its_object(text: str, form: str, ce: int, body_end: int) -> bool:
    """Acts that state a position only with their object: a body passing a law, with what the law does ("the Senate
    passed a bill making C"; not "the bill passed the Senate", "passed away"), someone declining a request or to act
    ("declined an interview request", "declined to comment"; not "emissions declined 3 percent", "declined to 3 percent")."""
    if form == "passed":
        return not _PASSED_A_LAW.match(text, ce, body_end)
    if form == "signed":
        return not _SIGNED_A_LAW.match(text, ce, body_end)
    if form in ("declined", "declines", "declining"):
        return not _DECLINED_OBJECT.match(text, ce, body_end)
    if form in ("knocked", "knocks"):
        return bool(_KNOCKED_LITERALLY.match(text, ce, body_end))
    if form == "jeered":
        return not _JEERED_WORDS.match(text, ce, body_end) and not _QUOTATION_CLOSED.search(text, max(0, ce - 60), ce)
    return False


# A crowd's jeer reports words only as a quotation: 'supporters jeered: "Go home!"', '"Go home!" they jeered'; "jeered
# him until he left" and "jeered as she left" name no words.
_JEERED_WORDS = re.compile(r"\s*(?:[:,]\s*)?[\u201c\"]|\s*(?:[:,]\s*)?''")


_CONTENT_BEFORE_MARK = re.compile("[,\u201d\"]")
# Election copy: "Becker conceded shortly after midnight", "Smith conceded." -- a race given up, with no clause
# of what is conceded ("conceded late Tuesday that C" keeps its cue)
_CONCEDED_THE_RACE = re.compile(r"\s*(?:[.;]|$|\s(?:shortly|soon|late|early|just|moments|hours|minutes|within)\b"
                                r"(?![^.;:\u201c\"]*\bthat\b)[^.;:\u201c\"]*(?:[.;]|$))")


_PASSED_A_LAW = re.compile(r"\s+(?:(?:a|an|the|more|its|his|her|their|two|three|several|dozens\s+of|at\s+least\s+\d+)\s+)?"
                           r"(?:[\w-]+\s+){0,3}?(?:bills?|amendments?|legislation|laws?|resolutions?|measures?|acts?)"
                           r"\s+(?:that|to|which|\w+ing)\b", re.I)  # what the law does is the position it states
_SIGNED_A_LAW = re.compile(r"\s+(?:into\s+law\b|(?:a|an|the|its|his|her|their|two|three|several)\s+(?:[\w$.-]+\s+){0,3}?"
                           r"(?:bills?|legislation|laws?|measures?|acts?|treat(?:y|ies)|executive\s+orders?)"
                           r"(?:\s+(?:(?:on\s+)?\w+day\s+)?(?:that|to|which|designed|\w+ing)\b|\s+into\s+law\b))", re.I)
_KNOCKED_LITERALLY = re.compile(r"\s+(?:(?:out|down|off|over|it|back|on|up|doors?|into|around|loose|about|at|heads)\b"
                                r"|(?:\S+\s+){0,4}?(?:out|down|off|over|loose)\b)|\s*[,.;:]", re.I)
_DECLINED_OBJECT = re.compile(r"\s+(?:(?:a|an|the|our|his|her|their|its|multiple|several|repeated|numerous)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:requests?|questions?|interviews?|invitations?|offers?|comment|comments|opportunity|"
                              r"chance|calls?|inquiry|inquiries)|comment|requests?|interviews?|invitations?"
                              r"|to\s+(?!(?:a|an|the|its|his|her|their|about|around|nearly|just|roughly|under|below|record|new|lows?|levels?)\b)[a-z]+)\b", re.I)
# "declined to comment", "declines to say whether C" (a refusal to do or say: "to" and the verb open the content);
# not "declined to 3 percent", "declined to a record low", "declined to $4 billion": a figure falling
_THINK_TANK = re.compile(r"\s+tanks?\b", re.I)
_HELPED_BEFORE = re.compile(r"\bhelp(?:s|ed|ing)?\s+$", re.I)
# "add" with an object an indefinite determiner opens is adding a thing, not words: "added a goal", "added another
# facet", "can add a new title". Cues still: "added that C", "adding the U.S. must act" ("the" and "her" may open a
# clause's subject: "added her client has had contact"), and an inverted frame after its content ('"C," added
# another Republican', _CONTENT_CLOSED_BEFORE).
_CONTENT_CLOSED_BEFORE = re.compile("[,\u201d\"'\u2019]\\s*$")
_ADDED_A_THING = re.compile(r"\s+(?:a|an|another|some|two|three|four|five|one|new)\s", re.I)
# A recall of goods or of envoys, not of memories: a quantity right after the verb ("is recalling 40,000 pounds of"), or
# the goods, their hazard or the envoys named in the words that follow ("recalled frozen corn after two people fell
# ill", "Spinach recalled over listeria fears", "recalled its ambassador"); "recalled that/how C" stays a cue.
_PRODUCT_RECALL = re.compile(
    r"(?!\s*(?:that|how|when|what|why|whether)\b|\s*[,:\u201c\"])(?:\s+(?:(?:about|some|nearly|more\s+than|over|roughly|"
    r"almost|at\s+least)\s+)?\d|[^.;:\u201c\u201d\"]{0,80}?\b(?:pounds|packages|bags|boxes|cans|bottles|jars|cartons|units|"
    r"vehicles|cars|trucks|SUVs|models|products?|lots|batch(?:es)?|contaminat\w*|listeria|salmonella|E\.\s*coli|allerg\w*|"
    r"undeclared|defect\w*|ambassadors?|envoys?|diplomats|embassy|ill|illness(?:es)?|sickened)\b)", re.I)
# Someone reading a thing, not a text's wording: "a committee reads every application", "reads the whole book",
# "the transcript reads like a pep talk" ("the sign reads, C", '“C,” the email read' stay cues).
_READ_AN_OBJECT = re.compile(r"\s+(?:the|a|an|every|each|all|like|through)\s", re.I)
# What a text's wording opens on: a quotation, a colon or comma, "that", "in part" ("Article 23 states, C").
_WORDING_AFTER_READ = re.compile(r"\s*(?:[,:\u201c\"\u2018']|``|that\b|in\s+part\b|as\s+follows\b)", re.I)
# A count or a determiner before "states" makes it the noun ("all 50 states", "both states", "member states").
_COUNT_BEFORE_STATES = re.compile(r"(?:\d|\b(?:all|both|several|many|other|these|those|the|some|member|swing|"
                                  r"battleground|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty))\s+$", re.I)
# A figure's unit before "points to": "rose 6 basis points to 4.48%", "fell 212.34 points to 39,128.50" - a market
# move and the level it reached, not evidence anyone points to.
_FIGURE_BEFORE_POINTS = re.compile(r"(?:\d|\b(?:basis|percentage|one|two|three|four|five|six|seven|eight|nine|ten|"
                                   r"[a-z]+teen|[a-z]+ty|hundred|few|several|many))\s+$", re.I)
_A_THING_AFTER = re.compile(r"\s+(?:a|an|the|his|her|its|their|our|my|your|this|some|any|no)\b", re.I)
# "found" then only a place phrase to the end of the sentence ("charged with possessing a handgun found in the
# trunk.", "a rifle found under the bed"): a participle of the thing found, no finding that C is reported
_FOUND_IN_A_PLACE = re.compile(r"\s+(?:in|inside|at|on|near|under|behind|outside|beside|along|among)\s+"
                               r"(?:(?!that\b)[\w'\u2019-]+\s+){0,4}(?!that\b)[\w'\u2019-]+\s*(?:[.;!?]|$)", re.I)
_FOUND_ONESELF = re.compile(r"\s+(?:himself|herself|themselves|itself|myself|ourselves|yourself|"
                            r"(?:(?:a|an|the|new|other|no|better|much\s+better|common|their|his|her|its|our|more)\s+)*"
                            r"(?:ways?|sanctuary|refuge|shelter|homes?|jobs?|work|housing|solutions?|sponsors?|suppliers?|"
                            r"buyers?|tunnels?|ground|footing)\b)", re.I)
_MAY_FIND = re.compile(r"(?:\b(?:can|could|will|would|might|may|must|should|to|help|and|better)|n['\u2019]t|['\u2019](?:ll|d))"
                       r"(?:\s+\w+ly)?\s+$", re.I)
# "a program called Sandy Hook Promise", "a consulting firm called Gavekal": an article, a kind of thing and
# "called" before its name label the thing; no one is quoted calling it so ("Sanders' campaign called AP's report
# a rush to judgment" has no article: the campaign speaks).
_THING_NAMED_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,3}?(?:group|company|firm|program|programme|"
    r"website|site|band|show|film|movie|documentary|book|novel|class|course|move|PAC|organization|organisation|beer|"
    r"spa|resort|culture|procedure|series|app|project|initiative|network|channel|podcast|blog|club|party|play|song|"
    r"album|account|page)\s+$")
_NAME_AFTER = re.compile(r"\s+(?:[\u201c\"]|''|[A-Z])")
_THING_EXPLAINS = re.compile(r"(?<![\w'\u2019-])(?:which|this|that|it|these|those)\s+(?:(?:could|may|might|would|can|"
                             r"will|partly|partially|largely|also|help|helps|helped|to|in\s+part|at\s+least)\s+)+$", re.I)
_SILENCING_VERBS = {"shouted", "shouting", "shouts", "shout", "yelled", "yelling", "yells", "talked", "talking"}
_DOWN = re.compile(r"\s+down\b")
_QUOTATION_CLOSED = re.compile("[\u201d\"]")
_CALLED_PHRASAL = re.compile(r"\s+(?:off|into|to\s+(?:mind|jury)|up|back|in)\b")
_CALL_X_Y = re.compile(r"\s+(?:it|him|her|them|this|that|themselves|himself|herself|itself)\s+"
                       r"(?!(?:out|up|back|for|on|to|and|or|in|at|over|off|evening|morning|night|day|week|is|was|are|were|has|had|will|would)\b)[\w\u201c\"']", re.I)
_CONTINUED_VERB = re.compile(r"\s+(?:to\s+(?:\w+ly\s+)?(?P<verb>[A-Za-z]+)|(?P<ing>[a-z]+ing)\b|as\b(?!\s+(?:to|with)\b)|on(?=\s*[,.;]))")


def _continued_an_action(text: str, ce: int, body_end: int) -> bool:
    """'continued' goes on with a statement ("he continued, 'C'", "'C,' she continued", "continued that C") or with
    something said ("continued to question whether C", "continued saying C"); followed by the infinitive or -ing form
    of a verb that reports nothing, or by 'as' or a bare 'on', it is an action or a state that goes on ("continued to raise
    money", "continued to be a saving grace", "continued campaigning", "continued as a member", "continued on,
    mocking him"): no one speaks (11 of 12 such predictions overlap no gold cue on PolNeAR train)."""
    m = _CONTINUED_VERB.match(text, ce, body_end)
    if m is None:
        return False
    verb = m.group("verb") or m.group("ing")
    if verb is None:
        return True
    at = m.start("verb") if m.group("verb") else m.start("ing")
    pattern = _cue_pattern_of(verb)
    if pattern is not None and pattern.match(text, at):
        return False
    if m.group("verb"):  # lexicon rows list the forms news uses ("questioned", "pushed for"): the base form is often left out
        low, after = verb.lower(), _WORD.match(text, m.end("verb") + 1)
        forms = [f for base in (_third_person(low), low + "ed", low + "d") for f in (base, f"{base} {after.group().lower()}"
                 if after and after.start() == m.end("verb") + 1 else base)]
        return not any(form in cue_table() for form in forms)
    return True


_ADD_TO_A_THING = re.compile(r"\s+to\s+(?:the|a|an|his|her|its|their|our|my|this|that|these|those)\b"
                             r"|\s+(?:about|around|roughly|nearly|almost|some|another|up\s+to|more\s+than|less\s+than)?\s*"
                             r"[$\u00a3\u20ac\u00a5]?(?!(?:19|20)\d\d\b)\d", re.I)
# "profit beats estimates", "topped analysts' estimates", "in line with estimates": the noun, not the verb
_ESTIMATES_COMPARED = re.compile(r"\b(?:beat|beats|beating|tops?|topped|topping|miss(?:es|ed|ing)?|exceed(?:s|ed|ing)?|"
                                 r"surpass(?:es|ed|ing)?|meets?|met|match(?:es|ed|ing)?|lag(?:s|ged|ging)?|trail(?:s|ed|ing)?|"
                                 r"above|below|under|than|with|of|from|against|versus|vs\.|consensus|analysts?['\u2019]?|"
                                 r"Street['\u2019]?s?|earlier|previous|initial|official|own|Reuters|LSEG|FactSet|Zacks|"
                                 r"profit|earnings|revenue|sales|growth|GDP|budget|deficit|inflation|market)\s+$", re.I)
_CREDIT_LINE = re.compile(r"\s+from\s+[A-Z][\w.'\u2019-]*(?:,?\s+[A-Z][\w.'\u2019-]*){0,4}\s*(?:[.;]|$)")


def _estimates_compared(text: str, start: int, m: re.Match) -> bool:
    """Earnings copy compares figures with estimates ("Profit beats estimates", "topped analysts' estimates",
    "in line with estimates", "misses analyst forecasts", "cuts growth forecasts"): there 'estimates' and
    'forecasts' are nouns, after a verb or a noun modifier, and no one is estimating anything."""
    return m.group().lower() in ("estimates", "forecasts") and bool(_ESTIMATES_COMPARED.search(text, max(start, m.start() - 30), m.start()))


_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}


_SEEN_BY = re.compile(r"\s+by\s+(?!\w+ing\b)", re.I)


def _seen_by_as(text: str, start: int, cs: int, ce: int) -> bool:
    """"The change was seen by some as a demotion", "she is seen by party leaders as credible": a passive judgement
    whose holders follow "by" (then "as" and the judgement). Only after an auxiliary: "an option seen by organizers
    as a lifeboat" would name the option as the holder, and "has seen ... as" is sight; "seen as", with no one
    named, is a judgement only after a finite passive (lexicon row "seen as (passive)", checked in _hedge)."""
    return bool(_SEEN_BY.match(text, ce)) and bool(_PASSIVE_BEFORE.search(text, max(start, cs - 20), cs))


def _names_a_pick(text: str, start: int, cs: int, ce: int) -> bool:
    """"Sanders named five people to the committee", "she named Minning": 'named' right after its subject (a name or
    a subject pronoun) picks someone out, even without "as". After a common noun it is a label ("a former staffer
    named Brad", "those who named a candidate"), after a verb a passive ("was named")."""
    if text[cs:ce].lower() != "named":
        return False
    before = text[max(start, cs - 30):cs].split()
    prev = before[-1] if before else ""
    after = text[ce:ce + 20].split()
    if not after or after[0].lower() in _NAMED_THEN_PLACE or not after[0][:1].isalnum():
        return False  # "Individuals named on the watchlist", "a group named after Lincoln", "X named #hashtag"
    return prev.lower() in _SUBJECT_PRONOUNS or (prev[:1].isupper() and prev.isalpha() and not prev.isupper())


_NAMED_THEN_PLACE = {"on", "in", "at", "after", "for", "by", "to", "from", "under"}


def _labels_the_story(text: str, cs: int, ce: int, body_end: int) -> bool:
    """The newsroom's own labels, not a source's words: a rubric before a colon ("Editor's note:") and
    a reporter's credit line ("Lerer reported from Los Angeles.")."""
    if text[ce:ce + 1] == ":" and _rubric(text[cs:ce]):
        return True
    return text[cs:ce].lower() == "reported" and bool(_CREDIT_LINE.match(text[ce:body_end]))


def _colon_subject(text: str, start: int, colon: int) -> Optional[tuple[int, int]]:
    """The subject of the clause text[start:colon] when it names a source: not "It seems unfair to tell
    them:", nor a rubric before a headline ("PSA\u2014\u201cYou have ...")."""
    subject = _opening_subject(text, _past_fronted_phrase(text, start, colon), colon)
    if subject is None or not _valid_source(text[subject[0]:subject[1]], strict=True) \
            or re.search(r"[\u201c\u201d\"\u2014\u2013]|^(?:it|this|that)$", text[subject[0]:subject[1]], re.I):
        return None
    return subject


_COLON_QUOTATION = re.compile(r":\s*(?=[\u201c\"]|'')")


def _colon_before_quotation(text: str, start: int, body_end: int, quotes) -> Optional[Frame]:
    """She then addressed the supporters again: \u201cHere is what I regret.\u201d  A clause whose subject names
    a source, ended by a colon that opens a quotation, introduces the subject's words, whatever its verb. What
    the subject did before the colon is the reporter's own statement."""
    m = _COLON_QUOTATION.search(text, start, body_end)
    if m is None or strictly_inside(quotes, m.start()):
        return None
    subject = _colon_subject(text, start, m.start())
    introduced = None if subject else _INTRODUCED_SPEAKER.search(text, start, m.start())
    if subject is None and introduced is None:
        return None
    content = _content_after(text, m.end(), body_end)
    if not content:
        return None
    if introduced:
        return Frame(cue=(m.start(), m.start() + 1), source=_strip_span(text, *introduced.span("np")), content=content,
                     rule="cue:colon/introduced-speaker")
    return Frame(cue=(m.start(), m.start() + 1), source=subject, content=content,
                 reporter_parts=_what_the_subject_did(text, subject, m.start()), rule="cue:colon/before-quotation")


# "More from Jones: “C”", "From the report: “C”", "Here's Clinton in December 1992: “C”": a
# speaker or text named after "from" or "here's" and the colon introduce the quotation; a time, place or outlet
# after the name ("writing at Mediaite") is no part of it.
_INTRODUCED_SPEAKER = re.compile(r"(?:(?<![^\s])|(?<=[-\u2013\u2014]))(?:More\s+)?(?:[Ff]rom|Here(?:['\u2019]s|\s+is))[\s\u00a0]+"
                                 r"(?P<np>[^:;,.\u201c\u201d\"]{2,80}?)(?:\s+(?:writing|in|at|on|speaking)\s[^:\u201c\u201d\"]{0,60})?\s*$")


# a character of the object before "as"/"to": no clause break, but the stop of an abbreviation stays inside a name
# ("views Mrs. Clinton as", "cast Sen. Cruz as", "compared the U.S. economy to")
_IN_OBJECT = (r"(?:[^,.;:\u201c\u201d\"]|(?<=\b[A-Z])\.|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bSen)\."
              r"|(?<=\bRep)\.|(?<=\bGov)\.|(?<=\bGen)\.|(?<=\bSt)\.|(?<=\bJr)\.)")
_AS_LATER = re.compile(rf"{_IN_OBJECT}{{1,50}}?\sas\s")
_TO_LATER = re.compile(rf"\s+(?!(?:to|with|unfavorably|favorably)\b){_IN_OBJECT}{{1,60}}?\s(?:to|with)\s")
_CLAUSE_OPENING = re.compile(r"(?:[,;:]|\s[\u2014\u2013]|\s--)\s+")


_SHOWED_UP = {"on", "at", "in", "before", "with", "alongside", "onstage", "together", "as", "for", "during", "live", "briefly",
              "to", "from", "after", "inside", "outside", "across", "near", "here", "there", "via", "by", "and", "or", "once",
              "twice", "again", "the", "a", "an", "his", "her", "their", "its", "this", "that", "when", "while", "where",
              "first", "last", "only", "publicly", "regularly", "frequently", "often", "repeatedly", "recently", "today",
              "yesterday", "tonight", "earlier", "later", "since", "until", "behind", "beside", "next", "among", "around"}


_NAMES_AND_VERDICTS = {"known as", "titled", "declared (passive)", "seen as (passive)"}  # hedge frames that are no impression
_HAVE_KNOWN = re.compile(r"(?:^|['\u2019])(?:have|has|had|having|ve|d)$", re.I)


_NAME_WORDS = re.compile(r"\s*(?:(?:the|The)\s+)?[A-Z#@][\w.&'\u2019#-]*(?:\s+(?:(?:of|and|the|for|de|in)\s+)?[A-Z][\w.&'\u2019-]*)*")
_PHRASE_END = re.compile(r"\s*(?:[,;:(]|\s[\u2014\u2013]|\s--?\s)|\s(?:is|are|was|were|has|have|had|will|would|could|can|"
                         r"may|might|must|should|did|does|do)\s")


_NOT_A_NAMED_NOUN = {"be", "been", "being", "best", "better", "well", "not", "now", "also", "once", "still",
                     "long", "perhaps", "most", "more", "less", "least", "first", "later", "previously"}


def _thing_named(text: str, start: int, body_end: int, cs: int, ce: int) -> Optional[tuple[int, int]]:
    """"the string of contests known as Super Tuesday", "a state known for electing moderates", "a book titled
    \u201cC\u201d": a name, title or reputation given to the noun phrase right before the cue (no comma, no verb
    between) is claimed of that phrase only: the phrase, the cue and the name (a quotation, or capitalised words),
    or for a reputation what follows up to the clause's next break. The rest of the sentence is the reporter's.
    None when no noun phrase stands right before the cue ("Russia is known for C": the whole clause)."""
    ns = _noun_phrase_back(text, start, cs)
    last = text[ns:cs].split()[-1].lower() if ns is not None and text[ns:cs].strip() else ""
    if not last or last in _FINITE_AUX or last in _NOT_A_NAMED_NOUN or last.endswith("ly") or "'" in last or "\u2019" in last:
        return None  # "He is best known for C", "it's known as C", "derisively known as": a predicate, the whole clause
    q = _QUOTATION_AFTER.match(text, ce)
    form = text[cs:ce].lower()
    if q:  # a quoted name or title: to its closing mark
        qs = q.end() - 1
        close = re.compile("[\u201d\"]|''").search(text, qs + 1, body_end)
        if close is None:
            return None
        return ns, close.end()
    if form.endswith("as") or form.endswith("titled"):
        m = _NAME_WORDS.match(text, ce, body_end)
        if not m or not m.group().strip():
            return None
        return ns, m.end()
    brk = _PHRASE_END.search(text, ce, body_end)
    return _strip_span(text, ns, brk.start() if brk else body_end)


# "Rubio is seen as", "the refusal was widely viewed as", "the case had generally been viewed as": a finite passive
# states a judgement as held; "being seen as", "can be seen as" (possibility), "who/which/that is seen as" (a
# description inside a noun phrase, 1 of 4 marked on PolNeAR train) do not.
_FINITE_PASSIVE_BEFORE = re.compile(r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bwhat\s)(?<!\bthat\s)\b(?:is|are|was|were|been)\s+(?:[a-z]+ly\s+)?$",
                                    re.I)


_WHOSE_NOUN_BEFORE = re.compile(r"\bwhose\s+[\w'\u2019-]+\s+(?:is|are|was|were|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?$", re.I)


# verbs of criticism and praise that, in a finite passive with no agent, still report a judgement people made
# ('attack' is left out: "was attacked and dragged out" is an assault as often as a criticism)
_JUDGED_IN_THE_PASSIVE = set(source_lists()["judged-in-the-passive"])


def _judged_without_agent(text: str, start: int, body_end: int, cs: int, ce: int) -> bool:
    """"Mr. Sanders has been criticized for offering vague answers", "the deal was widely condemned as reckless",
    "Roof is accused of killing nine people": a judgement in a finite passive whose makers the story does not name.
    It is an attribution all the same (PolNeAR marks it), an agentless one like "is seen as": the claim is the
    clause, its subject included. Not with an agent ("criticized by Y": _passive_by_agent), not in a description
    ("who was criticized", "a plan that was praised") and not "being criticized"."""
    return text[cs:ce].lower().endswith("ed") and bool(_FINITE_PASSIVE_BEFORE.search(text, max(start, cs - 30), cs)) \
        and not _WHOSE_NOUN_BEFORE.search(text, max(start, cs - 60), cs) and not _BY_AGENT.match(text, ce, body_end) \
        and not _RELATIVE_PASSIVE_BEFORE.search(text, max(start, cs - 40), cs)


_RELATIVE_PASSIVE_BEFORE = re.compile(r"\b(?:who|which|that|what)\s+(?:(?:has|have|had|is|are|was|were)\s+)?(?:been\s+)?"
                                      r"(?:[a-z]+ly\s+)?$", re.I)


def _hedge(text: str, start: int, body_end: int, cs: int, ce: int) -> Optional[Frame]:
    """"Mr. Trump seemed to overstay his welcome", "Trump reportedly told aides C": an impression or a
    report no one is named for. The claim is the whole clause, its subject included; it has no source.
    What comes before the clause ("Even as he won in South Carolina,") is the reporter's."""
    words = text[max(start, cs - 20):cs].split()
    if words and words[-1].lower() in ("what", "whatever"):
        return None  # "what appears to be a terrorist attack": a description, not a claim
    if words and text[cs:cs + 5].lower() == "known" and _HAVE_KNOWN.search(words[-1]):
        return None  # "I've known for years", "she had known him": someone known, no name or reputation
    after = text[ce:ce + 20].split()
    if text[cs:ce].lower() == "entitled" and after and after[0].lower() == "to":
        return None  # "he is entitled to his share": a right, not a title
    if cue_table()[_form(text[cs:ce])]["term"] == "seen as (passive)" \
            and (not _FINITE_PASSIVE_BEFORE.search(text, max(start, cs - 30), cs)
                 or _WHOSE_NOUN_BEFORE.search(text, max(start, cs - 60), cs)):
        return None  # "being seen as", "can be seen as", "who/whose state is seen as", "a move seen as": a description
    if text[cs:ce].lower() in ("appeared", "appears", "appear") and after \
            and (not after[0][:1].islower() or after[0].lower().strip(",.") in _SHOWED_UP):
        return None  # "appeared on three Sunday shows", "appeared Tuesday": someone showed up; "appeared nervous": an impression
    named = _thing_named(text, start, body_end, cs, ce) if cue_table()[_form(text[cs:ce])]["term"] in ("known as", "titled") \
        else None
    if named is not None:  # "Clinton won in the string of contests known as Super Tuesday.": only the contests' name
        frame = Frame(cue=(cs, ce), source=(cs, cs), content=named, rule=f"hedge:{_form(text[cs:ce])}", agentless=True)
        frame.reporter_parts = [p for p in (_strip_span(text, start, named[0]), _strip_span(text, named[1], body_end))
                                if len(text[p[0]:p[1]].split()) >= 2]
        return frame
    a = start
    for m in _CLAUSE_OPENING.finditer(text, start, cs):
        a = m.end()
    a, b = _strip_span(text, a, body_end)
    if len(text[a:b].split()) < 4:
        return None
    frame = Frame(cue=(cs, ce), source=(cs, cs), content=(a, b), rule=f"hedge:{_form(text[cs:ce])}", agentless=True)
    before = _strip_span(text, start, a)
    if len(text[before[0]:before[1]].split()) >= 2:
        frame.reporter_parts = [before]
    return frame


_NO_DOCUMENT_DESCRIPTION = re.compile(r"[,;:\u201c\u201d\"()]")


_HEAD_ENDS = {"of", "by", "from", "for", "on", "in", "at", "with", "among"}


def _document_subject(text: str, start: int, cs: int, strict: bool = False) -> Optional[tuple[int, int]]:
    """The clause's subject from its start to the cue (at most 25 words, no punctuation, no verb before the cue) when
    it is a document described at length: a poll, study or record named in its first five words or as the head
    before its first preposition ("A new USA TODAY/Rock the Vote survey of those 18 to 35 years old"). strict: the
    head must be a document word itself (not a body: "A study by Vanderbilt University", not "The University of
    Chicago")."""
    a, b = _strip_span(text, _past_fronted_phrase(text, start, cs), cs)
    aux = _aux_tail(text[a:b])
    b = a + aux.start() if aux else b
    words = text[a:b].split()
    listed = _LISTED_DOCUMENTS.match(text, a, b)  # "Invoices, work orders and internal emails reviewed by X show"
    if not 1 <= len(words) <= 25 or _NO_DOCUMENT_DESCRIPTION.search(text, listed.end() if listed else a, b) \
            or any(w in _AUXILIARY_END for w in words):
        return None  # "The office has ... for the reality TV show": a verb before, and 'show' the noun
    if listed and not strict:
        return (a, b) if _names_a_document(text[listed.end():b]) else None
    if strict and (words[0].lower() in _BOUNDARY_WORDS | PRONOUN_TYPES.keys() or words[-1] in ("to", "and", "but") or any(
            w[:1].islower() and (w.endswith("ed") or w in _VERBISH) for w in words[1:]) or any(
            w.lower() in _NOT_IN_A_MODIFIER or w in ("-", "--", "\u2013", "\u2014") for w in words)):
        return None  # "In a video posted to her account, she ...", "the sign \u2014 which read", "The inquiry undercut
        # her statements to explain", "ProPublica obtained a video and said": no subject of its own, or a verb in it
    prep = next((i for i, w in enumerate(words) if w in _HEAD_ENDS), len(words))
    heads = [words[:5], words[:prep]] if prep <= 9 and prep < len(words) else [words[:5]]
    lex = source_words()
    if not any(_names_a_document(" ".join(h)) and (not strict or any(
            lex.get(w.lower().strip(".,'\u2019")) == "document" for w in h)) for h in heads):
        return None
    return a, b


def _document_opening_the_sentence(text: str, start: int, body_end: int, cs: int, ce: int) -> Optional[Frame]:
    """"A poll conducted by voters in Saturday's primary showed that C", "Surveys of caucus-goers taken as they
    entered caucus sites showed C": a poll or record described at length opens the sentence and runs to its
    cue, past the words (by, as, in) where a speaker's name would stop. The document is named early on."""
    if not re.fullmatch(r"shows?|showed", text[cs:ce], re.I) or _PASSIVE_BEFORE.search(text, max(start, cs - 40), cs):
        return None
    subject = _document_subject(text, start, cs)
    if subject is None:
        return None
    a, b = subject
    content = _content_after(text, ce, body_end)
    return Frame(cue=(cs, ce), source=(a, b), content=content, rule=f"cue:{text[cs:ce].lower()}/document-subject") \
        if content else None


# A list of documents opening the sentence, up to its last member: "Invoices, work orders and " (members of three
# words at most, before 'and')
_LISTED_DOCUMENTS = re.compile(r"(?:[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2},\s+){1,4}(?:[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2},?\s+)?and\s+")


def _document_closing_the_sentence(text: str, start: int, body_end: int, cs: int, ce: int) -> Optional[Frame]:
    """"C, campaign and corporate records show.", "C, FEC records compiled by the Center for Responsive Politics
    show.", "C, tallies by Kantar Media and other trackers show.": records described at length after the comma
    close the sentence and report the clause before it; the description runs past the words (and, by, compiled)
    where a speaker's name would stop."""
    if not re.fullmatch(r"shows?|showed|indicates?|suggests?", text[cs:ce], re.I) \
            or text[ce:body_end].strip(" \u201d\"'"):
        return None
    comma = text.rfind(",", start, cs)
    if comma - start < 8:
        return None
    a, b = _strip_span(text, comma + 1, cs)
    words = text[a:b].split()
    if not 2 <= len(words) <= 16 or _NO_DOCUMENT_DESCRIPTION.search(text, a, b) \
            or not _names_a_document(" ".join(words[:6])) or any(w.lower() in _AUXILIARY_END for w in words):
        return None
    return Frame(cue=(cs, ce), source=(a, b), content=_strip_span(text, start, comma),
                 rule=f"cue:{text[cs:ce].lower()}/document-closing")


_EVIDENCE_RELATIVE = re.compile(r"([A-Za-z-]+)(?:(\s+that|(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+|\d{4}))?,?\s+which)"
                                r"|\s+(?:that|last|this)\s+(?:night|week|month|year))?\s+$")


def _evidence_relative(text: str, start: int, body_end: int, cs: int, ce: int) -> Optional[Frame]:
    """"according to a new poll that shows C", "based on polls that show C", "her medical records, which showed
    C", "handwritten ledgers showing C", "emails that night showing that C": a poll, record or other document
    named right before a relative 'that'/'which' or a participle reports what follows the evidence verb, as the
    same document does as a subject ("the poll shows C"). The document's head noun is the mention, never the
    relative pronoun, which would resolve to the nearest noun ("records in July, which": not July)."""
    form = text[cs:ce].lower()
    if form not in ("show", "shows", "showed", "showing"):
        return None
    m = _EVIDENCE_RELATIVE.search(text, max(start, cs - 40), cs)
    if not m or source_words().get(m.group(1).lower()) != "document" or (form == "showing") == bool(m.group(2)):
        return None
    return _frame_of_a_relative(text, start, body_end, cs, ce, m.span(1), f"cue:{form}/evidence-relative")


def _on_the_opening_subject(text: str, start: int, frame: Frame) -> bool:
    """"Trump, who has told aides C, said D": the relative clause sits on the sentence's opening subject, whose
    own verb follows it."""
    before = text[start:frame.source[0]].rstrip()
    if not before.endswith(","):
        return False
    subject = _opening_subject(text, start, frame.source[0], comma_ends=True)
    return subject is not None and subject[1] == start + len(before) - 1


def _inside_the_subjects_relative_clause(text: str, start: int, relative: Frame, frame: Frame, quotes) -> bool:
    """'X, who has told aides he sees A, said: "Q"': a frame whose cue stands inside a relative clause on the
    sentence's opening subject, before the comma that closes the clause, is nested in that clause's content; the
    sentence's own frame is the main verb after the comma, and the quotation is X's."""
    a, b = relative.content
    if not (a <= frame.cue[0] < b and a >= relative.cue[1]) or not _on_the_opening_subject(text, start, relative):
        return False
    cut = _content_closed_by_comma(text, a, b, quotes)
    return cut is not None and frame.cue[0] < cut[0][1]


def _close_relative_clause(text: str, start: int, frame: Frame, quotes) -> Frame:
    """"Beck, who has described Trump as a narcissist, endorsed Cruz": in a relative clause on the noun phrase
    that opens the sentence, the content stops at the comma that closes the clause; the main verb's
    predicate after it is the reporter's (a main verb with a frame of its own is found before this)."""
    before = text[start:frame.source[0]].rstrip()
    a, b = frame.content
    if a < frame.cue[1] or not before.endswith(","):
        return frame
    subject = _opening_subject(text, start, frame.source[0], comma_ends=True)
    if subject is None or subject[1] != start + len(before) - 1:
        return frame  # "He met Smith, who said C": the clause closes the sentence
    cut = _content_closed_by_comma(text, a, b, quotes)
    if cut is None:
        return frame
    frame.content = cut[0]
    frame.reporter_parts.append(_strip_span(text, cut[1], b))
    return frame


_MORE_WORDS_AFTER_FRAME = re.compile(r"[^,;]{0,60}?,\s*(?:\w+ing\b|[\u201c\"]|''|but\b|and\b|though\b|although\b)", re.I)


def _closing_frame(text: str, start: int, end: int, body_end: int, quotes,
                   tried: Optional[dict] = None) -> Optional[Frame]:
    """"Washington did not complain when China's spending grew, a Chinese official said, adding that D."
    A frame after content from the sentence's start, with more of the source's words after it (a participle,
    a resumed quotation, a clause: _MORE_WORDS_AFTER_FRAME), is the
    outer attribution: cues inside that content (complain) are the source's words, not the sentence's
    frame. When the frame ends the sentence, the inner frame is kept with it as outer source instead.
    Only _try_cue's first readings are tried (_frame_with_content_first): its others never close the sentence.
    tried: (cue start, end) -> (lexicon row, that reading or _READ_ON), for each reading not returned; find_frame,
    which tries the same cues left to right with the same sentence, takes them from there (unchanged: only read
    here) instead of reading each cue twice."""
    found = list(cue_matches(text, start, end))
    if len(found) < 2:
        return None  # one cue: the left-to-right search finds the same frame
    for m in reversed(found[-3:]):
        cs, ce = m.start(), m.end()
        if body_end - ce > 160 or "," not in text[start:cs]:
            continue  # cheap: a closing frame sits near the end, after its content's comma
        if strictly_inside(quotes, cs) or _inside_name(text, start, cs):
            continue
        row = cue_table()[_form(m.group())]
        if row["frame"] not in ("clause", "tell") or row["category"] != "speech":
            continue
        frame = _frame_with_content_first(text, start, body_end, cs, ce, row, quotes)
        if tried is not None:
            tried[(cs, ce)] = (row, frame)
        if frame is _READ_ON:
            continue  # the cue's other readings have their content after it: no frame closing the sentence
        if frame and frame.rule.endswith(("/after-content", "/inverted")) and frame.content[0] <= start + 2 \
                and not frame.agentless and not _relative_pronoun(text, frame.source):
            if not _MORE_WORDS_AFTER_FRAME.match(text, max(frame.cue[1], frame.source[1]), body_end):
                return None  # the frame closes the sentence: an inner frame keeps it as its outer source (_trailing_report)
            return frame
    return None


_FRONTED_PARTICIPLE = re.compile(r"(?:(?:In|By|After|While|When|Before|Without|From)\s+)?")


def _fronted_participle(text: str, start: int, body_end: int, cs: int, ce: int, quotes) -> Optional[Frame]:
    """"In describing Trump, Cuban said C", "After thanking the crowd, he touted ...": a speech or stance
    participle fronted in the sentence is the main clause's subject's; what it takes, up to the comma, is
    its content. The main clause is the reporter's unless a frame of its own follows (find_frames)."""
    if not _FRONTED_PARTICIPLE.fullmatch(text, start, cs):
        return None
    for comma in re.finditer(",", text[ce:body_end]):
        p = ce + comma.start()
        q = strictly_inside(quotes, p) and quote_at(quotes, p, p + 1)
        if not q:
            stop, main = p, p + 1
            break
        if q.end - p <= 3:  # 'as "not Christian," the pope': the quotation closes on the comma
            stop, main = q.end, q.end
            break
    else:
        return None
    content = _content_after(text, ce, stop)
    subject = _opening_subject(text, main, body_end, comma_ends=True)
    if not content or not subject:
        return None
    clause = _strip_span(text, main, body_end)
    return Frame(cue=(cs, ce), source=subject, content=content, reporter_parts=[clause],
                 rule=f"cue:{text[cs:ce].lower()}/fronted-participle")


_RELATIVE_CUE = re.compile(rf"\s*(?:who(?:['\u2019]s\b)?|which|{OF_WHOM.pattern})(?:\s+{_AUX})*\s+", re.I)  # "who's called for C"


def _relative_clause_frame(text: str, a: int, b: int) -> Optional[Frame]:
    """"who said C" / "which has warned that C" inside a source's relative clause: the source's own statement."""
    m = _RELATIVE_CUE.match(text, a, b)
    found = _cue_then_content(text, m.end(), b, kinds=("clause", "tell", "np"), limit=b) if m else None
    if not found:
        return None
    cue, content = found
    if _ANONYMITY.match(text, cue.start(), b):
        return None  # "who asked not to be named": why the source is anonymous, not something they said
    if cue.group().lower().endswith("ed") and _PASSIVE_BEFORE.search(text, a, cue.start()) \
            and cue_table().get(_form(cue.group()), {}).get("frame") == "np":
        return None  # "who was listed on the slate", "who was backed by X": a passive, the relative names no speaker
    return Frame(cue=cue.span(), source=(a, a), content=content, rule="relative-clause")


def _relative_clause_inside(text: str, a: int, b: int) -> Optional[Frame]:
    """A relative clause with a cue inside the reporter's own words ("Trump was defensive about not paying an
    architect who said he was stiffed, saying C"): "who" names the person it follows, who said C. A stance
    merely held (lexicon rank fallback: wants, supports, voted for) tells which people the reporter means
    ("Americans who want ready access to firearms", "a nominal Republican who voted for Kennedy"), not
    something they claim; a belief still is ("owners who foresee an upside in expanding"). A relative clause
    joined to one before it ("a nurse who lives nearby and who says C") has that clause's antecedent: its
    mention is the first "who", not the "and" before the second."""
    if text.find("who", a, b) < 0:
        return None  # cheap: no "who" at all (most contents)
    first_who = None
    for m in re.finditer(r"(?<=[\w,])\s+(who)\b", text[a:b]):
        k = a + m.start(1)
        if first_who is None or not _COORDINATED_RELATIVE.search(text, max(a, k - 6), k):
            first_who = k
        inner = _relative_clause_frame(text, k, b)
        row = cue_table()[_form(text[inner.cue[0]:inner.cue[1]])] if inner is not None else {}
        if row.get("rank") == "fallback" and row["category"] == "stance":
            continue  # "Americans who want ready access to guns", "a Republican who supports Clinton": who they are
        if inner is not None:
            inner.source = (first_who, first_who + 3)
            inner.rule = f"cue:{text[inner.cue[0]:inner.cue[1]].lower()}/relative-clause"
            return inner
    return None


_COORDINATED_RELATIVE = re.compile(r"\s(?:and|but|or),?\s+$", re.I)


_OBJECT_RELATIVE = re.compile(r"(?<=[\w,])\s+(?:which|that|whom|who)\s+(?P<np>he|she|they|we|I|it|[A-Z][\w.'\u2019-]*"
                              rf"(?:\s+[A-Z][\w.'\u2019-]*){{0,3}})(?:\s+{_AUX})*\s+(?=[a-z])")


_GAP_AFTER_CUE = re.compile(r"(?:would|could|will|can|may|might|must|should|is|was|are|were|has|had|have|[a-z]+s|[a-z]+ed|as)\b"
                            r"|[\u201c\"]")  # the relative pronoun is the subject: "which he said would ...", "he described as"


def _object_relative_inside(text: str, a: int, b: int) -> Optional[Frame]:
    """"military spending, which he said would be its lowest ever": the relative pronoun is what the speaker
    says something of; the words after the cue are the content, the phrase before it the source."""
    if not _A_RELATIVE_PRONOUN.search(text, a, b):
        return None  # cheap: no relative pronoun, so neither reading finds one (_object_relative_described)
    for m in _OBJECT_RELATIVE.finditer(text, a, b):
        found = _cue_then_content(text, m.end(), b, kinds=("clause", "tell", "np"), limit=b)
        if found and found[0].start() == m.end() and _GAP_AFTER_CUE.match(text, found[1][0]):
            cue, content = found
            return Frame(cue=cue.span(), source=m.span("np"), content=content,
                         rule=f"cue:{cue.group().lower()}/object-relative")
    return _object_relative_described(text, a, b)


_A_RELATIVE_PRONOUN = re.compile(r"\s(?:which|that|whom|who)\s")
_RELATIVE_BEFORE_CUE = re.compile(r"(?<=[\w,])\s+(?:which|that|whom|who)\s+((?:[\w.'\u2019-]+\s+){1,4})$", re.I)


def _object_relative_described(text: str, a: int, b: int) -> Optional[Frame]:
    """"a charity that prosecutors said was funding terrorism", "her email use, which an FBI investigation said was
    careless", "hackers who U.S. officials say are tied to Russia": the speaker in the gap may be any source phrase
    of up to four words, not only a pronoun or a name. Only a speech or belief verb that takes a clause, then the
    verb whose subject the relative pronoun is: "the bill that the senator supported" names a bill, it says nothing."""
    if not _A_RELATIVE_PRONOUN.search(text, a, b):
        return None  # cheap: no relative clause at all
    for cm in _cues_inside(text, a, b, categories=("speech", "belief")):
        m = _RELATIVE_BEFORE_CUE.search(text, max(a, cm.start() - 60), cm.start())
        found = _cue_then_content(text, cm.start(), b, kinds=("clause",), limit=b) if m else None
        if not found:
            continue
        cue, content = found
        ns, ne = _strip_span(text, m.start(1), m.end(1))
        if not _GAP_AFTER_CUE.match(text, content[0]) or not _valid_source(text[ns:ne], strict=True) \
                or text[ns:ne].split()[0].lower() in ("he", "she", "they", "we", "i", "it", "you"):
            continue  # a pronoun speaker is _OBJECT_RELATIVE's
        return Frame(cue=cue.span(), source=(ns, ne), content=content, rule=f"cue:{cue.group().lower()}/object-relative")
    return None


def _relative_pronoun(text: str, span: tuple[int, int]) -> bool:
    return text[span[0]:span[1]].lower() in ("who", "which", "who's", "who\u2019s") or bool(OF_WHOM.fullmatch(text, *span))


_COLON_HEAD = re.compile(r"(?:[^\n]{0,120}?\s[-\u2013\u2014]\s+)?(?P<np>[A-Z][\w.'\u2019&-]*(?:\s+(?:of|for|and|the|[A-Z][\w.'\u2019&-]*)){0,5}"
                         r"(?:\s+(?:camp|campaign|aides|allies|editorial|team|lawyers?|spokes(?:man|woman|person)))?)"
                         r"(?:\s+(?:to|To|at)\s+[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,5})?"  # "Clinton to Planned Parenthood: C"
                         r"(?:\s+\([A-Z]-[A-Z][\w.-]*\))?"  # a transcript's party label: "Rep. Trey Gowdy (R-S.C.): C"
                         r"\s*(?P<colon>:)(?:\s+|(?=[\u201c\"]))(?=\S)")  # 'Gowdy (R-S.C.):"C"': the quotation glued on


_ASKED = re.compile(r"(?:(?:And|But)\s+(?=[Ww]hen\b))?(?:[Ww]hen\s+|After\s+being\s+)?(?P<cue>[Aa]sked)\s+(?:by\s+(?P<asker>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
                    r"|(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?|[a-z]+s)\s+)?(?:[^,;:\u201c\u201d\"]{0,60}?\s+)??"
                    r"(?=(?:whether|if|about|what|how|why|who|whom|when|where|which)\b"
                    r"|(?P<request>to\s+(?:respond|comment|explain|elaborate|clarify|address|react|name|defend)\b))")
_QUESTION_END = re.compile(r"(?:,[\u201d\"]|[\u201d\"]?,)\s")


def _asked_frame(text: str, start: int, body_end: int) -> Optional[Frame]:
    """"Asked whether X, 75 percent said no": a fronted question put by someone unnamed (a pollster, a
    reporter). The question is agentless content; the answer's frame follows the comma. Where and when
    it was asked may come first ("Asked on Fox News who leads the party, he said"), and who asked it
    ("Asked by Matt Lauer whether C"), the question's source."""
    m = _ASKED.match(text, start, body_end)
    if not m:
        return None
    end = _QUESTION_END.search(text, m.end(), body_end)
    if end is None:
        return None
    stop = end.end() - 1
    if m.group("request") and not m.group("asker"):
        return None  # "Asked to comment, he said C": a request by no one named, no attribution of its own
    if m.group("asker"):  # "Asked by Matt Lauer whether C, she said D": who put the question
        return Frame(cue=m.span("cue"), source=m.span("asker"), content=(m.end(), stop), rule="cue:asked/asked-question")
    return Frame(cue=m.span("cue"), source=(m.start("cue"), m.start("cue")), content=(m.end(), stop),
                 rule="agentless:asked-question", agentless=True)


# "Said Comey, \u201cC\u201d" / "Said Ann Lee, who grew up here, \u201cC\u201d" (a description of the speaker between) /
# "But, said Solovey, \u201cC\u201d" (a conjunction and its comma first, the verb in lower case)
_FRONTED_SPEECH_VERB = re.compile(r"[\u201c\"]?(?:(?:But|And|Still|Yet),\s+)?(?P<cue>" + "|".join(FRONTED_SPEECH_VERBS)
                                  + "|" + "|".join(v.lower() for v in FRONTED_SPEECH_VERBS)
                                  + r")\s+(?P<np>[^,:;\u201c\u201d\"]{2,80}?)(?P<desc>\s*,\s*[^,:;\u201c\u201d\"]{2,120}?)?\s*[,:]\s+(?=[\u201c\"]|'')")


_DASH_SIGNATURE = re.compile(r"(?P<quote>.*[\u201d\"]|.*'')\s*(?P<cue>[\u2015\u2014\u2013]|--?)\s*"
                             r"(?P<np>[A-Z][^\u201c\u201d\"\u2015\u2014\u2013]{1,60}?)\s*\.?\s*$")


def _dash_signature(text: str, start: int, body_end: int) -> Optional[Frame]:
    """“He has said hateful things time and again.” ― Carlos Raúl: a quotation signed with a dash
    and the speaker's name, as in collected reactions and epigraphs."""
    if text.find("\u201d", start, body_end) < 0 and text.find('"', start, body_end) < 0 \
            and text.find("''", start, body_end) < 0:
        return None  # no closing mark (most sentences): the pattern, which backtracks over the sentence, cannot match
    m = _DASH_SIGNATURE.fullmatch(text, start, body_end)
    if not m:
        return None
    phrase = m.group("np").strip()
    if len(phrase.split()) > 8 or not (_valid_source(phrase, strict=True) or classify(phrase) in ("person", "organization")):
        return None
    a, b = _strip_span(text, m.start("quote"), m.end("quote"))
    return Frame(cue=m.span("cue"), source=_strip_span(text, *m.span("np")), content=(a, b), rule="cue:dash/signature")


def _fronted_speech_verb(text: str, start: int, body_end: int) -> Optional[Frame]:
    """'Said Comey, "The thought ... is very painful to us."': the speech verb opens the sentence, its
    speaker follows, and what comes after the comma or colon is the content."""
    if text.find("\u201c", start, body_end) < 0 and text.find('"', start, body_end) < 0 \
            and text.find("''", start, body_end) < 0:
        return None  # the pattern ends before an opening quotation mark: most sentences have none
    m = _FRONTED_SPEECH_VERB.match(text, start, body_end)
    if not m or not _valid_source(m.group("np"), strict=True) \
            or m.group("cue")[:1].islower() and m.start("cue") == start:
        return None  # lower case only after a conjunction: a sentence opens with a capital
    content = _content_after(text, m.end(), body_end)
    if not content:
        return None
    described = [_strip_span(text, *m.span("desc"))] if m.group("desc") else []
    return Frame(cue=m.span("cue"), source=m.span("np"), content=content, reporter_parts=described,
                 rule=f"cue:{m.group('cue').lower()}/fronted")


_RUBRIC_WORDS = set(source_lists()["rubric"])


# The kind of piece as a kicker before the headline ("Editorial: The budget needs honesty", "Opinion: ...",
# "Letters: ...") or a press release's contact label: the section's name, not someone saying what follows. Only
# the whole phrase: "Times editorial: C" names a source.
_PIECE_KICKERS = set(source_lists()["piece-kicker"])


def _rubric(phrase: str) -> bool:
    """A heading before a colon that names a rubric, not a source: "The Latest:", "Delegate Update:",
    "Paid Notice:", "STAT OF THE WEEK:", "Editorial:", "Opinion:", "Media Contact:". (Speaker turns of a
    transcript, "TAPPER:", "Q:", are sources.)"""
    return phrase.split()[-1].lower().strip(".") in _RUBRIC_WORDS or phrase.lower().strip(". ") in _PIECE_KICKERS


def _colon_frame(text: str, start: int, body_end: int) -> Optional[Frame]:
    """Headline and summary attribution: "Marco Rubio: I'm not interested", "Poll: Sanders leads",
    "... - Pew Research: \u201cAll the samples ...\u201d". The name opens the sentence (or follows a dash)."""
    if text.find(":", start, body_end) < 0:
        return None  # no colon (most sentences): the pattern need not be tried
    m = _COLON_HEAD.match(text, start, body_end)
    if not m:
        return None
    ns, ne = m.span("np")
    phrase = text[ns:ne]
    if not (_valid_source(phrase, strict=True) or classify(phrase) in ("document", "organization")):
        return None
    if phrase.split()[0].lower() in _NOT_NP_START or phrase.lower() in ("update", "note", "editor's note", "watch", "according") \
            or _rubric(phrase):
        return None
    content = _content_after(text, m.end(), body_end)
    if not content or len(text[content[0]:content[1]].split()) < 3 or _NAME_LIST.fullmatch(text, *content):
        return None  # "Iowa: Tim Albrecht, Brad Anderson, Rob Barron": a heading over a list of names says nothing
    frame = Frame(cue=m.span("colon"), source=(ns, ne), content=content, rule="cue:colon/headline")
    heading = _strip_span(text, start, ns)
    if len(text[heading[0]:heading[1]].split()) >= 3:  # "RED STATES OUTNUMBER BLUE ONES - Jeffrey M. Jones: C": the
        frame.reporter_parts = [heading]               # heading before the dash is the reporter's own summary
    return frame


_NAME_LIST = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?:,\s+(?:and\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}){2,}")


def _inside_name(text: str, start: int, cs: int) -> bool:
    """A capitalised cue word after the sentence's first word is part of a name ("Islamic State"),
    unless the whole sentence is in title case (a headline: "Trump Says He Will Run")."""
    if not text[cs].isupper():
        return False
    k = cs
    while k > start and text[k - 1] in " \t\u201c\"'(":
        k -= 1
    if k == start or text[k - 1] in ":\u2014":
        return False  # the sentence's first word, or the first after a colon or a dash ("unnoticed: According to")
    ws = long_words(text[start:cs + 40])
    return not (ws and in_title_case(ws))


def _body_end(text: str, start: int, end: int) -> int:
    """End of the sentence without its final stop (quotation marks kept)."""
    b = end
    while b > start and text[b - 1].isspace():
        b -= 1
    if b > start and text[b - 1] in ".!?;" and not (text[b - 2:b - 1].isupper()  # (checked first: seldom so)
                                                    and _ENDS_ON_INITIALS.search(text, max(start, b - 12), b)):
        b -= 1  # (the stop of "the U.S." or "D.C." is the abbreviation's own)
    return b


_ENDS_ON_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


_AS_BEFORE_SOURCE = re.compile(r",\s*as\s+$", re.I)


_REPLY_WORDS = {"yes", "no", "nope", "sure", "sorry", "never", "maybe", "perhaps", "absolutely", "definitely",
                "certainly", "exactly", "true", "right", "wrong", "correct", "fine", "okay", "ok", "agreed", "thanks"}


def _closes_a_quotation_at(text: str, comma: int) -> bool:
    """'"We love this place. We do," Ramaswamy said.': the last sentence of a quotation may be a word or two; the
    closing mark right at its comma makes it the speaker's words however short, as an opening mark does."""
    return text[comma + 1:comma + 2] in ('"', "\u201d") or text[comma - 1:comma] in ('"', "\u201d")


def _short_answer(text: str, start: int, comma: int, rest: str) -> bool:
    """"Yes, she said." / "Not yet, the mayor said.": a reply of a word or two, when the frame closes the
    sentence, is what was said. Only replies count (yes, no, sorry, not + a word): before the comma a
    sentence adverb ("Again, he said"), a discourse word ("Well, they told us") or a name with its
    description after it ("Sam Lau, the party's spokesman, said") is no content."""
    words = text[start:comma].lower().split()
    if rest.strip(" .\u201d\"'") or not words or len(words) > 3 or not all(w.isalpha() for w in words):
        return False
    return (len(words) == 1 and words[0] in _REPLY_WORDS) or (words[0] == "not" and len(words) > 1) \
        or (len(words) == 2 and words[1] in _REPLY_WORDS and words[0] in {"oh", "well", "of"})


_ADVERBIAL_OPENERS = {"at", "in", "on", "during", "after", "before", "earlier", "later", "last", "over", "throughout",
                      "since", "inside", "outside", "from", "under", "within", "across", "until", "following"}
_VERB_SIGNS = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
               "should", "may", "might", "must", "do", "does", "did", "not", "that", "who", "which"}


def _fronted_adverbial(text: str, start: int, comma: int) -> bool:
    """"At a recent town hall meeting, a voter asked about her plans", "On Friday, Gingrich urged ...": a
    short phrase of time or place opening the sentence, with no verb and no quotation, is no one's words; when
    the cue goes on to its own complement ("asked about ...") the phrase is not what the source said."""
    ws = text[start:comma].split()
    if not ws or len(ws) > 12 or ws[0].lower() not in _ADVERBIAL_OPENERS:
        return False
    return not any(q in text[start:comma] for q in "\"\u201c\u201d") and "''" not in text[start:comma] \
        and not any(w.lower().strip(",") in _VERB_SIGNS or w.lower().endswith(("n't", "n\u2019t", "ed")) for w in ws[1:])


# _frame_with_content_first found no frame with the content before the cue: read on (_frame_with_content_after)
_READ_ON = object()


def _try_cue(text, start, body_end, cs, ce, row, quotes) -> Optional[Frame]:
    """The frame of the cue text[cs:ce] with its lexicon row, or None: first the readings whose content comes
    before the cue or its source ("C, X said", "C, said X"), then the others ("X said C")."""
    frame = _frame_with_content_first(text, start, body_end, cs, ce, row, quotes)
    if frame is _READ_ON:
        return _frame_with_content_after(text, start, body_end, cs, ce, row, quotes)
    return frame


def _frame_with_content_first(text, start, body_end, cs, ce, row, quotes):
    """_try_cue's first readings: "according to X", "quoted X as saying", and the frames that close a content
    opening the sentence (rules ending "/after-content" and "/inverted", the only ones that do); _READ_ON when
    none of them frames the cue. _closing_frame, which wants only those, stops there."""
    frame_kind = row["frame"]
    form = text[cs:ce].lower()
    if frame_kind == "prep":  # according to X
        return _according_to(text, start, body_end, cs, ce)
    if form == "quoted":
        m = _QUOTED_AS.match(text, cs)
        if m:
            outer = _np_before(text, start, cs)
            if outer:
                content = _content_after(text, m.end(), body_end)
                if content:
                    comma = text.find(",", m.start(1), m.end(1))  # "quoted Wassim Bouhlel, a Nice native, as saying"
                    inner = _strip_span(text, m.start(1), comma if comma > 0 else m.end(1))
                    said = re.search(r"as\s+\w+$", text[m.end(1):m.end()], re.I)  # the inner speaker's own cue: "as saying"
                    frame = Frame(cue=(m.end(1) + said.start(), m.end()), source=inner, content=content, via=[outer[0]],
                                  reporter_parts=outer[1], rule="chain:quoted-as-saying")
                    frame.via_cues[outer[0]] = (cs, ce)  # the outer source's cue: "quoted"
                    return frame
        return None
    after = text[ce:body_end]
    if frame_kind in ("clause", "tell") and row["category"] == "speech" and text[cs - 2:cs] == ", " \
            and text[start:start + 1] in _QUOTE_OPENERS:
        named = _named_speaker_after_opening_quotation(text, start, cs, ce, body_end, quotes)
        if named is not None:
            (ns, ne), described, content = named
            return Frame(cue=(cs, ce), source=(ns, ne), content=content, reporter_parts=[described],
                         rule=f"cue:{form}/after-content")
    # "C, X said." / "C, X said on Friday." / "C," X told CNN.  -- the cue closes the sentence
    if frame_kind == "tell":
        after = text[_skip_addressee(text, ce, body_end)[0]:body_end]
    tail = _after_cue_match(after)
    rest = after[tail.end():] if tail else after
    if not rest.strip(" ,.\u201d\"'") or _FRAME_TAIL.match(rest) or _PLACE_TAIL.match(rest) or rest.lstrip().startswith(";") \
            or (rest.lstrip().startswith(",") and _comma_before(text, start, cs) is None
                and not _OPENS_QUOTATION.match(rest.lstrip()[1:]) and not rest.lstrip()[1:].lstrip().startswith(("''", "``"))) \
            or _closes_quotation_before(text, start, cs, rest):
        # "C," X said, smiling. / "C," X said, adding that D: a comma closes the frame; "C, X said; D": a semicolon
        np = _np_before(text, start, cs, allow_comma_start=True)
        if np:
            (ns, ne), _parts = np
            comma = _comma_before(text, start, ns)
            if comma is None and ns > start and text[ns - 1].isspace() and _OPENS_QUOTATION.match(text, start) \
                    and text[start:ns].rstrip().endswith(("\u201d", '"')) and row["category"] == "speech":
                comma = len(text[:ns].rstrip())  # a quotation opening the sentence closed without its comma: '"C" X said'
            if comma is None and not rest.strip(" .\u201d\"'") and row["category"] in ("speech", "report") \
                    and not _PASSIVE_BEFORE.search(text, max(start, cs - 40), cs):
                # "C, as some have speculated.": the speaker's words are the clause before
                as_ = _AS_BEFORE_SOURCE.search(text, max(start, ns - 12), ns)
                comma = as_.start() if as_ else None
            if comma is not None and rest.strip(" .\u201d\"'") and not rest.lstrip().startswith(",") \
                    and _fronted_adverbial(text, start, comma):
                comma = None  # "At a town hall meeting, a voter asked about her plans": no content before
            lead: list[tuple[int, int]] = []
            closed = _DESCRIPTION_AFTER_QUOTATION.search(text, start, ns) if comma is not None and ns - start > 12 \
                and _OPENS_QUOTATION.match(text, start) else None
            if closed and _short_description(text, closed.span(1)) and _names_the_described(text, closed.span(1), (ns, ne)):
                # '"C," a spokesperson for the minister, Jane Doe, said': the description is no part of the content
                comma = len(text[:closed.start(1)].rstrip())
                lead = [closed.span(1)] if len(closed.group(1).split()) >= 3 else []  # ("his wife": no claim)
            if comma is not None and (comma - start >= 8 or _OPENS_QUOTATION.match(text, start)  # "Okay," I said
                                      or _short_answer(text, start, comma, rest)
                                      or _closes_a_quotation_at(text, comma)):
                content = (start, comma)
                addressee = _skip_addressee(text, ce, body_end)[1] if frame_kind == "tell" else None
                via = [addressee] if addressee and _is_outlet(text[addressee[0]:addressee[1]]) else []
                described = lead + [p for p in _parts if p[0] >= ne]  # "C," Graham, a former candidate, said.
                return Frame(cue=(cs, ce), source=(ns, ne), content=content, via=via,  # "C," X told CNN.
                             reporter_parts=described, rule=f"cue:{form}/after-content")
    # "C, said X."  -- the cue right after a comma, the source after it
    comma = _comma_before(text, start, cs)
    if comma is None and text[start:cs].rstrip().endswith(("\u201d", '"')) and _OPENS_QUOTATION.match(text, start):
        comma = len(text[:cs].rstrip())  # a quotation opening the sentence closed without its comma: '"C" said X'
    if comma is not None and frame_kind == "clause" and not form.split()[0].endswith("ing") \
            and not form.split()[-1].endswith("ing") and not _described_subject(text, start, cs) \
            and not _NAME_AGE_PLACE.fullmatch(text, start, comma):
        # after "told" comes who was told, not who spoke; after "C, saying" comes what was said
        sx = _np_after(text, ce, body_end, strict=True) or _name_after_description(text, ce, body_end) \
            or _speaker_closing_a_quotation(text, comma, ce, body_end)
        if sx and text[sx[0]:sx[1]].split()[0].lower() in _PRONOUNS and text[sx[0]:body_end].strip(" \u201d\"'").lower() \
                not in _PRONOUNS:  # "X, in a statement, said he appreciates ...", "X, 69, said he had been
            sx = None  # inundated with email": a pronoun starting the content, not "said he."
        if sx and _OPENS_QUOTATION.match(text, sx[1], body_end):
            sx = None  # "X, who represents the area, said residents are \u201ctired\u201d": a clause, not "said X."
        if sx and text[sx[0]:sx[1]].lower().startswith("by "):
            sx = None  # "joined the dissent, written by Justice Malcolm Rowe": a participle and its agent, no frame
        quoted = any(text.endswith(m, start, comma) for m in _CLOSE_MARKS)
        if sx and not _closes_clause(text, sx[1], body_end) \
                and not (quoted and text.startswith("that ", _strip_span(text, sx[1], body_end)[0])):
            # "X, a pollster, said his focus groups show C": a verb follows, the phrase opens the content; after a
            # quotation 'that' opens a relative clause on the speaker ("C," said one owner of a shop that sells shoes)
            sx = None
        if sx and (comma - start >= 8 or quoted):  # a quotation's last sentence may be short: No," said Ann Lee
            described = _description_after_source(text, sx[1], body_end)
            if described and _names_the_described(text, sx, described[0]):
                sx, described = described[0], []  # "C," said a party spokesman, John Smith.
            return Frame(cue=(cs, ce), source=sx, content=(start, comma), rule=f"cue:{form}/inverted",
                         reporter_parts=described)
    return _READ_ON


def _frame_with_content_after(text, start, body_end, cs, ce, row, quotes) -> Optional[Frame]:
    """_try_cue's other readings: a reduced passive, a share saying C, "X said (that) C", a passive with its agent."""
    frame_kind = row["frame"]
    form = text[cs:ce].lower()
    reduced = _reduced_passive(text, start, body_end, cs, ce, row)  # "The bill, opposed by Democrats, failed"
    if reduced is not None:
        return reduced
    absolute = _WITH_SHARE_SAYING.search(text, max(start, cs - 80), cs) if form in ("saying", "telling") else None
    if absolute and _valid_source(absolute.group("np")):
        # "..., with three in 10 saying C", "left 62 percent of voters saying C": the share says it
        content = _content_after(text, ce, body_end)
        if content:
            return Frame(cue=(cs, ce), source=absolute.span("np"), content=content, rule=f"cue:{form}/with-share",
                         reporter_parts=[_strip_span(text, start, absolute.start("np"))])
    # "X said (that) C"; a document's evidence verb ("A poll conducted by X showed C") keeps the whole description
    # (_document_opening_the_sentence)
    np = _subordinate_clause_subject(text, start, cs) \
        or _np_before_restrictive_clause(text, start, cs) \
        or _np_before(text, start, cs) or _made_to_say(text, start, cs) \
        or _first_to_say(text, start, cs) or _went_there_to_say(text, start, cs) \
        or (_subject_before_aside(text, start, cs) if row["category"] == "speech" and frame_kind in ("clause", "tell") else None)
    if row.get("source") != "document":
        np = _np_before_participial_modifier(text, start, cs, np)
    if not np and row["category"] in ("report", "speech") and frame_kind == "clause" and not form.endswith("ing") \
            and text[:cs].rstrip()[-1:] != ",":
        doc = _document_subject(text, start, cs, strict=True)  # "A study by X and Y of Z and W concluded C": too long
        np = (doc, []) if doc else None  # for a source phrase, a document described at length is one
    if not np:
        np = _sentence_subject(text, start, cs)  # "X did A and said C", "X did A, saying C"
        if not np:
            np = _noun_before_participle(text, start, cs, form)
            if np:
                content = _content_after(text, ce, body_end)
                return Frame(cue=(cs, ce), source=np[0], content=content, rule=f"cue:{form}/noun-participle") \
                    if content else None
        if not np:
            return None
        np = (np[0], np[1] or _what_the_subject_did(text, np[0], cs))
    (ns, ne), parts = np
    ns = _holder_of_a_modified_noun(text, start, ns)
    contracted = _CONTRACTED_PRONOUN.fullmatch(text, ns, ne)
    if contracted:  # "He’s comparing A to B": the pronoun speaks, the contracted auxiliary is no part of it
        ns, ne = contracted.span(1)
    via: list[tuple[int, int]] = []
    k = ce
    if frame_kind == "tell":
        k, addressee = _skip_addressee(text, k, body_end)
        if addressee and _is_outlet(text[addressee[0]:addressee[1]]):
            via = [addressee]
    if frame_kind == "clause":  # after "told", _skip_addressee skips a place before "that" too
        where = _WHERE_THEN_THAT.match(text, k, body_end)  # "said in Ottawa that C"
        if where:
            k = where.end()
    content = _content_after(text, k, body_end) or _bare_infinitive(text, form, k, body_end)
    if not content and frame_kind == "np" and text[ns:ne].lower() not in ("who", "which", "that"):
        content = _lone_name(text, k, body_end)  # not "Giuliani, who backs Trump, said": the stance describes him
    if not content and frame_kind == "clause" and text[ns:ne].lower() not in ("who", "which", "that"):
        content = _anaphoric_content(text, k, body_end)
    if not content:
        return None
    if frame_kind == "np" and content[1] - content[0] < 3 and not _LONE_FIGURE.fullmatch(text, *content):
        return None  # ("denied it"; but a figure of one or two digits is a whole estimate: "put the toll at 12")
    if form == "asked" and _PASSIVE_BEFORE.search(text, max(start, cs - 40), cs):
        return _put_to(text, start, body_end, cs, ce)
    progressive = form.split()[0].endswith("ing")  # "is calling for", "was urging": active voice, not a passive
    if not progressive and not form.endswith((" that", " of", " about")) and _PASSIVE_BEFORE.search(text, max(start, cs - 40), cs) and not re.match(r"(?:that\b|[\u201c\"])", text[content[0]:content[0] + 5]) \
            and not text[k:content[0]].strip().startswith(("that", ":")) and frame_kind != "tell" and (form != "asked" or _ASKED_TO.match(text, ce, body_end)):
        # passives ("bodies were found near the river", "was admitted to hospital") report no speech,
        # unless a stance or speech names its agent: "the plan was criticized by Y"
        return _passive_by_agent(text, start, body_end, cs, ce, row, _whole_passive_subject(text, start, (ns, ne), cs))
    parts = parts + _restrictive_clause_of_source(text, ne, cs, parts)
    frame = Frame(cue=(cs, ce), source=(ns, ne), content=content, via=via, reporter_parts=parts,
                  rule=f"cue:{form}/before-content")
    _participle_in_the_aside(text, frame)
    # "X, citing Y, said C": Y via X, whose word for relaying it ("citing") is its own cue, as after the content
    cited = _CITING.search(text, max(start, cs - WINDOW), cs)
    if cited:
        word = cited.start() + cited.group().lower().index("citing")
        _relayed(frame, (word, word + len("citing")), cited.span(1))
    return frame


_ASIDE_PARTICIPLE = re.compile(r"(?P<cue>[a-z]+ing)\s+(?=\S)")


def _participle_in_the_aside(text: str, frame: Frame) -> None:
    """"Sen. Durbin, noting the size of the list, said C", "Mr. Biden, recalling weekly breakfasts with her, described
    D", "The mayor, arguing that the budget was balanced, said C": a speech or stance participle opening the aside
    between the source and its cue is the source's own attribution (its content the rest of the aside), not the
    reporter's description. Not 'citing' (a chain: _relayed), a hope or belief ("Christie, hoping to surge in New
    Hampshire, called ...": an intention) nor a participle that only describes ("leading a coalition of 13 states")."""
    for i, (a, b) in enumerate(frame.reporter_parts):
        if not frame.source[1] <= a < frame.cue[0]:
            continue
        a, b = _strip_span(text, a, b)
        m = _ASIDE_PARTICIPLE.match(text, a, b)
        row = cue_table().get(_form(m.group("cue"))) if m else None
        if row is None or m.group("cue").lower() == "citing" or row["category"] not in ("speech", "report", "stance") \
                or row["frame"] not in ("clause", "np") or row.get("rank") == "fallback" \
                or next(cue_matches(text, m.start(), m.end()), None) is None:
            continue
        content = _content_after(text, m.end("cue"), b)
        if content is None or len(text[content[0]:content[1]].split()) < 2:
            continue
        frame.reporter_parts.pop(i)
        frame.inner.append(Frame(cue=m.span("cue"), source=frame.source, content=content,
                                 rule=f"cue:{m.group('cue').lower()}/aside-participle"))
        return


_ASIDE_CLOSES = (",", " -", " --", "\u2013", "\u2014", ")")
_OPENING_PHRASE = re.compile(r"[^,;:()\u2013\u2014\u201c\u201d\"]{2,80}?(?=\s*,\s|\s+--?\s|\s*[\u2013\u2014]|\s*\(|\s+(?:who|whose)\s)")


def _subject_before_aside(text: str, start: int, cs: int):
    """'Hemsley, the co-author of "Going Viral," about the spread of rumors, said C', 'GOP front-runner Donald Trump -
    who previously said he would C - said D', 'Sen. Jack Reed (D-R.I.), said C', 'The judges who ruled that C, for
    instance, said D': the sentence opens on a source phrase, then an aside (an appositive, a relative clause, a
    parenthesis, set off by commas, dashes or brackets) too long or too mixed for _np_before closes right before a
    speech cue: the opening phrase speaks, the aside is the reporter's."""
    before = text[start:cs].rstrip()
    if not before.endswith(_ASIDE_CLOSES) or len(before) > 320 or not text[cs:cs + 1].islower() \
            or text[cs:cs + 20].split()[0].endswith("ing"):
        return None  # "Sen. Ted Cruz (R-Texas) \u2014 Announced March 23": a list entry; a participle has its own rules
    s0 = _past_fronted_phrase(text, start, cs)
    m = _OPENING_PHRASE.match(text, s0, cs)
    if not m:
        return None
    ns, ne = _strip_span(text, m.start(), m.end())
    subject = text[ns:ne]
    opener = text[ne:cs].lstrip()[:1]
    if not subject.strip() or subject.split()[0].lower() in PRONOUN_TYPES or not _valid_source(subject, strict=True) \
            or len(text[ne:cs].strip(" ,-\u2013\u2014")) < 3 \
            or before.endswith(("-", "\u2013", "\u2014")) and opener not in ("-", "\u2013", "\u2014"):
        return None  # a dash closes only an aside a dash opened
    return (ns, ne), [_strip_span(text, ne, start + len(before))]


# a share of those polled as the subject of an absolute construction: "with three in 10 saying", "left 62 percent of
# voters saying", "with about a third of Republicans telling pollsters"
_WITH_SHARE_SAYING = re.compile(r"\b(?:with|left|leaving|leaves)\s+(?P<np>(?:(?:about|nearly|almost|roughly|more\s+than|fewer\s+than|"
                                r"only|just|some)\s+)?(?:\d[\d.,]*\s*(?:%|percent)|(?:one|two|three|four|five|six|seven|eight|nine|"
                                r"a|\d+)\s+(?:in|out\s+of)\s+(?:10|ten|\d+)|(?:a|one)\s+(?:third|quarter|half|fifth)|half|"
                                r"(?:a\s+)?majority|most|many)(?:\s+of\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)?)\s+$", re.I)


def _noun_before_participle(text: str, start: int, cs: int, form: str):
    """"There is evidence suggesting that C", "an item suggesting that C": a participle right after a noun (no
    comma) whose clause opens with 'that' modifies that noun, which says it, where the sentence has no subject
    to speak ("There is", "It ran alongside")."""
    if " " in form or not form.endswith("ing") or text[cs - 1:cs] != " " or not _THAT_CLAUSE_AFTER_CUE.match(text, cs + len(form)):
        return None
    ns = _noun_phrase_back(text, start, cs - 1)
    if ns is None or not _valid_source(text[ns:cs - 1]) or text[ns:cs - 1].split()[-1].lower().endswith("ly") \
            or text[ns:cs - 1].split()[-1].lower() in _DATE_WORDS or not text[cs - 2].isalpha():
        return None  # not "denying publicly that C", "the year predicting C", "in 2013 alleging C"
    return (ns, cs - 1), []


_WHO_CLAUSE = re.compile(r"(?:who|whom|whose|that)\s", re.I)
_CLAUSE_TAIL_WORDS = {"is", "are", "was", "were", "would", "will", "has", "have", "had", "can", "could", "may", "might",
                      "should", "must", "did", "does", "do", "been", "being", "already", "also", "then", "now", "still",
                      "well", "almost", "-", "\u2014"}
_PRONOUNS_AND_OPENERS = {"he", "she", "it", "they", "we", "i", "you", "when", "if", "what", "that", "as", "because",
                         "after", "before", "while", "since", "where"}


def _restrictive_clause_of_source(text: str, ne: int, cs: int, parts: list) -> list[tuple[int, int]]:
    """"Two men who had just dropped corn into a jar discussed C", "Friends who have seen him on the trail say C":
    the clause that restricts the source (no comma) is part of who they are, in the reporter's words - no claim
    of the source's, but one of the reporter's for the editor. Three words at least, and no cue of its own."""
    a, b = _strip_span(text, ne, cs)
    if text[ne:a].strip() or not _WHO_CLAUSE.match(text, a, b):
        return []  # (most frames: the cue follows its source)
    words = list(re.finditer(r"\S+", text[a:b]))
    while words and (words[-1].group().lower() in _CLAUSE_TAIL_WORDS or words[-1].group().lower().endswith("ly")):
        words.pop()  # "who ran three races is already saying C": the main clause's auxiliary is no part of it
    if len(words) < 4 or words[-1].group().lower() in _PRONOUNS_AND_OPENERS \
            or words[1].group().lower() in _PRONOUNS_AND_OPENERS | {"a", "an", "the", "his", "her", "their", "its"}:
        return []  # "a judge who gained attention when he said C", "who the public would say": another clause's cue
    b = _strip_span(text, a, a + words[-1].end())[1]
    if text[ne:a].strip() or not _WHO_CLAUSE.match(text, a, b) or len(text[a:b].split()) < 4 \
            or any(p[0] < b and a < p[1] for p in parts) or next(cue_matches(text, a, b), None) is not None:
        return []
    return [(a, b)]


# A name with its age, and a place: "Jean-Pierre Lavoie, 54," / "Maria Lopez, 54, of Trois-Rivi\u00e8res," opening the
# sentence is its subject; the cue after it is no inverted frame ("C, said X") whatever words follow the cue.
_NAME_AGE_PLACE = re.compile(r"[A-Z][\w.'\u2019-]*(?:[ ][A-Z][\w.'\u2019-]*){0,3},[ ]\d{1,3}"
                             r"(?:,[ ](?:of|from)[ ][A-Z][^,;:\u201c\u201d\"]{0,40}(?:,[ ][A-Z][\w.'\u2019 -]{0,20})?)?")


def _described_subject(text: str, start: int, cs: int) -> bool:
    """The sentence opens with a name and its description before the cue ("Muhammad Babar, a
    spokesman for the centre, says Ali ..."): the comma closes an apposition, not a content."""
    np = _np_before(text, start, cs)
    if np and np[0][0] > start and text[np[0][1]:cs].strip() == "," and _described_then_named(text, start, np[0]) is not None:
        return True  # "A spokesperson for the RCMP, Jane Doe, said the inquiry ..."
    return bool(np and np[1] and not text[start:np[0][0]].strip(" \u201c\"'"))


# a description that introduces a source named after it: "a spokesperson for the minister", "his lawyer"
_DESCRIPTION_OF_A_SOURCE = r"(?:a|an|the|his|her|its|their|one|another)\s[^,;:\u201c\u201d\"]{2,100}?"
_DESCRIPTION_AFTER_QUOTATION = re.compile(rf"(?<=,[\u201d\"])\s+({_DESCRIPTION_OF_A_SOURCE}),\s*$", re.I)
_DESCRIPTION_BEFORE_NAME = re.compile(rf"{_DESCRIPTION_OF_A_SOURCE}(?=,\s*$)", re.I)


def _described_then_named(text: str, start: int, name: tuple[int, int]) -> Optional[tuple[int, int]]:
    """'A spokesperson for the RCMP, Jane Doe, said C', '"C," a lawyer for the family, John Smith, said': the
    source is introduced by a description, then named in apposition. The description (its span) opens the
    subject, right at start, so the comma after it closes an apposition, not a content."""
    m = _DESCRIPTION_BEFORE_NAME.match(text, start, name[0])
    if m is None or not _short_description(text, m.span()) or not _names_the_described(text, m.span(), name):
        return None
    return m.span()


def _short_description(text: str, span: tuple[int, int]) -> bool:
    """A description phrase, not a clause: at most ten words, none opening a clause ('The stakes are so high that
    Mr. Obama warned the Chinese leader, Xi Jinping, ...' is no description of Xi Jinping)."""
    words = text[span[0]:span[1]].lower().split()
    return len(words) <= 10 and not any(w in _OPENS_A_CLAUSE or w in _FINITE_AUX for w in words)


_OPENS_A_CLAUSE = {"that", "which", "who", "whom", "whose", "when", "while", "because", "if", "although", "though",
                   "whether", "where", "since", "said", "says"}


_LONE_NAME = re.compile(r"[A-Z](?:[A-Za-z'\u2019-]*[a-z]|[A-Z]+)")


def _lone_name(text: str, k: int, body_end: int) -> Optional[tuple[int, int]]:
    """"Graham endorsed Clinton.", "Le Pen Denounces Clinton": a stance taken on someone (a noun-phrase cue) needs
    no more object than a name, though a content is otherwise two words at least. One capitalised word (or an
    acronym) right after the cue, ending the clause; not a subject pronoun, but an object pronoun is one
    ("Voters are rejecting him.")."""
    a, b = _strip_span(text, k, body_end)
    if text[a:b].lower() in ("him", "her", "them", "it") and a == k + 1:
        return a, b
    if a != k + 1 or text[k] != " " or not _LONE_NAME.fullmatch(text, a, b) or text[a:b].lower() in _PRONOUNS:
        return None
    return a, b


def _anaphoric_content(text: str, k: int, body_end: int) -> Optional[tuple[int, int]]:
    """"He said that.", "I think so.", "Sanders rejected that, too.": a word standing for what was said before is
    the content of a speech or belief cue when it alone ends the clause."""
    a, b = _strip_span(text, k, body_end)
    return (a, b) if a == k + 1 and text[a:b].lower() in ("that", "so", "this") else None


def _bare_infinitive(text: str, form: str, k: int, body_end: int) -> Optional[tuple[int, int]]:
    """"He hopes to win.", "A spokesman declined comment.": an infinitive cue's verb, or what a refusal declines, is
    its content even as one word."""
    if not form.endswith(" to") and form not in ("declined", "declines", "declining"):
        return None
    a, b = _strip_span(text, k, body_end)
    return (a, b) if b > a and text[a:b].isalpha() else None


_BY_AGENT = re.compile(r"\s+by\s+(?!\w+ing\b)", re.I)
_NO_BY_AGENT = {"write", "post", "tweet", "ask", "answer", "continue", "quote", "call", "tell"}


_CLAUSE_JOIN = {"and", "but", "yet", "so", "or", "while", "whereas", "though", "although", "because", "since", "when",
                "if", "as", "after", "before"}
_FRONTED_OPENING = {"by", "in", "on", "at", "after", "before", "during", "for", "with", "still", "however", "meanwhile",
                    "last", "this", "earlier", "later", "since", "until", "under", "over", "instead", "yet", "now", "then"}


def _whole_passive_subject(text: str, start: int, np: tuple[int, int], cs: int) -> tuple[int, int]:
    """"By contrast, Berlin's pledge to add 7,000 soldiers by 2023, and an earlier announcement to spend 130
    billion euros by 2030 were warmly welcomed by NATO allies": what the passive stance is about is the clause's
    whole subject, not the noun phrase right before the verb ('2030'). The subject runs from the clause's start
    (past a fronted phrase closed by a comma: "By contrast,", "In 2015,"; past a comma and a conjunction that
    opens a clause of its own: "Clinton won Iowa, and the result was welcomed") to the noun phrase; ", and" joins
    two subjects when the verb is plural and no verb comes before it. At most 40 words, else the noun phrase."""
    a = start
    plural = re.search(r"\b(?:were|are|have)\s+(?:\w+ly\s+|been\s+)*$", text[max(start, cs - 30):cs], re.I) is not None
    for m in _COMMA.finditer(text, start, np[0]):
        seg = [w.lower().strip("\u201c\"") for w in text[a:m.start()].split()]
        nxt = text[m.end():np[0]].split()
        if a == start and seg and seg[0] in _FRONTED_OPENING and len(seg) <= 5:
            a = m.end()  # "By contrast," / "In 2015,": a fronted phrase, no part of the subject
        elif nxt and nxt[0].lower() in _CLAUSE_JOIN:
            if nxt[0].lower() in ("and", "or") and plural and not any(w in _VERBISH or w.endswith("ed") for w in seg):
                continue  # "A, and B were welcomed": one subject of two noun phrases
            a = m.end() + (len(text[m.end():]) - len(text[m.end():].lstrip())) + len(nxt[0])
    a = _strip_span(text, a, np[1])[0]
    if a >= np[0] or len(text[a:np[1]].split()) > 40 or text[a:np[1]].count("\u201c") != text[a:np[1]].count("\u201d"):
        return np
    head = text[np[0]:np[1]].lower().split()
    ext = [w.lower().strip(",.;:\u201c\u201d\"'()") for w in text[a:np[0]].split()]
    if head[0] in _PRONOUNS or head[0] in ("who", "whom", "whose", "which", "that") \
            or any(w in _VERBISH or w.endswith("ed") or w in ("who", "whom", "whose", "which", "that", "\u2013", "\u2014", "-", "--")
                   for w in ext):
        return np  # "..., who was backed by liberals", "she was seen by", "X defeated Y, who": a verb before, not one subject
    return a, np[1]


def _passive_by_agent(text, start, body_end, cs, ce, row, subject, reduced: bool = False) -> Optional[Frame]:
    """"The plan was criticized by Senate Democrats", "He was backed by six in ten voters": a stance
    or speech in the passive with its agent after "by". The agent is the source, the subject is what
    the stance is about (the content); the rest of the clause ("for failing to ...") goes with it."""
    if row["category"] not in ("stance", "belief", "speech") and row["term"] not in ("report", "confirm") \
            or row["term"] in _NO_BY_AGENT:  # "Her death was confirmed by her daughter": the agent confirms it
        return None
    by = _BY_AGENT.match(text, ce, body_end)
    if not by:
        return None
    m = _NP_AFTER_LONG.match(text, by.end(), body_end)
    if not m:
        return None
    a, phrase = m.start(1), m.group(1)
    cut = _AGENT_CUT.search(" " + phrase + " ")
    phrase = phrase[:max(0, cut.start() - 1)] if cut else phrase
    phrase = phrase.rstrip()
    if reduced:  # "a bill backed by Democrats passed the Senate": the main clause's verb ends the agent
        toks = [(t.start(), t.group()) for t in _TOKEN.finditer(phrase)]
        ends = _VERBISH | {"never", "not", "remains", "remained", "became", "becomes"}
        for i in range(1, len(toks)):
            w, prev = toks[i][1], toks[i - 1][1].lower()
            if w.lower() in ends or w.lower() in ("whom", "whose") \
                    or w[:1].islower() and w.endswith("ed") and prev not in _DETERMINERS:
                phrase = phrase[:toks[i][0]].rstrip()
                break
    if not phrase or len(phrase.split()) > 14 or phrase.split()[0].lower() in _PRONOUNS - {"it"} \
            or not (_valid_source(phrase) or _names_a_document(phrase)):
        return None
    frame = Frame(cue=(cs, ce), source=(a, a + len(phrase)), content=subject,
                  rule=f"cue:{text[cs:ce].lower()}/passive-by-agent")
    rest = _strip_span(text, a + len(phrase), body_end)
    where = None if reduced else _CIRCUMSTANCE_AFTER_AGENT.match(text, rest[0], rest[1])
    if where:  # "criticized by libertarians on social media (for C)": where or when, no part of what is criticized
        rest = _strip_span(text, where.end(), body_end)
    if len(text[rest[0]:rest[1]].split()) < 2:
        pass
    elif reduced or "," in text[a + len(phrase):rest[0]]:
        frame.reporter_parts.append(rest)  # "... by the union, which has 40,000 members": the reporter's
    else:
        frame.more_content.append(rest)  # "... by Y for failing to visit": what the stance is about
    return frame


# where or when a passive stance was taken, after its agent: up to a reason or judgement ("for", "as", "over") or the end
_CIRCUMSTANCE_AFTER_AGENT = re.compile(r"(?:on|in|at|during|via|through|last|this|earlier|after|before)\b[^,;:\u201c\"]*?"
                                       r"(?=\s+(?:for|as|over|because)\b|[\s.,;:!?]*$)", re.I)


_MODIFIER_BEFORE = re.compile(r"(?:\s+(?:\w+ly|once|long|first|also|now|since))*\s*$", re.I)


def _noun_phrase_back(text: str, start: int, ne: int) -> Optional[int]:
    """Where the noun phrase ending at ne starts: back to its determiner, at most eight words, stopping
    at a comma, a verb, a preposition or a relative pronoun; None when no noun ends there ("he", "and")."""
    toks = _tokens_back(text, max(start, ne - 100), ne)
    k = len(toks)
    while k > 0 and len(toks) - k < 8:
        w = text[toks[k - 1][0]:toks[k - 1][1]]
        low = w.lower().strip("\u201c\u201d\"'")
        if w.endswith((",", ";", ":")) or w[:1].islower() and (low in _VERBISH or low in _NOT_IN_MODIFIED_NP
                                or low in _PRONOUNS) or low in ("who", "which", "that") \
                or not any(ch.isalnum() for ch in w) or low in _SUBORDINATOR_WORDS:
            break
        k -= 1
        if low in _DETERMINERS:
            break
    if k == len(toks) or text[toks[k][0]:ne].split()[0].lower() in _PRONOUNS:
        return None  # "he backed by": no noun phrase stands before the participle
    return toks[k][0]


_SUBORDINATOR_WORDS = {"while", "though", "although", "whereas", "if", "because", "since", "when", "where", "once", "unless",
                       "as", "so", "than"}
_AGENT_BEFORE = re.compile(r"(?<=\w)\s+(?:\w+ly\s+)?\w+ed\s+by\s+$")


def _holder_of_a_modified_noun(text: str, start: int, ns: int) -> int:
    """"Candidates backed by the party said C": the speakers are the noun phrase the stance participle modifies,
    not its agent; the source reaches back over "N backed by" to that noun phrase's start."""
    m = _AGENT_BEFORE.search(text, max(start, ns - 40), ns)
    if not m:
        return ns
    row = cue_table().get(_form(text[m.start():m.end()].split()[-2]))
    if not row or row["category"] != "stance" or _PASSIVE_BEFORE.search(text, max(start, m.start() - 20), m.start() + 1):
        return ns
    head = _noun_phrase_back(text, start, m.start())
    return ns if head is None else head


def _reduced_passive(text, start, body_end, cs, ce, row) -> Optional[Frame]:
    """"The immigration bill, opposed by House Republicans, never became law", "a practice criticized by
    civil rights groups": a stance participle right after a noun phrase, with its agent after "by" and no
    auxiliary before it, is a reduced relative clause. The agent holds the stance, the noun phrase it
    modifies is what the stance is about (the content); the words around them are the reporter's."""
    form = text[cs:ce].lower()
    if row["category"] != "stance" or row["frame"] != "np" or " " in form or not form.endswith("ed") \
            or not _BY_AGENT.match(text, ce, body_end) or _PASSIVE_BEFORE.search(text, max(start, cs - 40), cs):
        return None
    mod = _MODIFIER_BEFORE.search(text, max(start, cs - 40), cs)
    ne = mod.start() if mod else cs
    if _FLOATING_QUANTIFIER.search(text, max(start, ne - 12), ne):
        return None  # "were both attacked by X": a passive whose auxiliary stands before the quantifier
    comma = text[ne - 1:ne] == ","
    ne -= comma
    ns = _noun_phrase_back(text, start, ne)
    if ns is None:
        return None
    frame = _passive_by_agent(text, start, body_end, cs, ce, row, (ns, ne), reduced=True)
    if frame is None:
        return None
    head = _strip_span(text, start, ns)
    if len(text[head[0]:head[1]].split()) >= 2:
        frame.reporter_parts.insert(0, head)
    frame.rule = f"cue:{form}/reduced-passive"
    return frame


_AGENT_CUT = re.compile(r"\s(?:who|which|that|as|for|over|on|at|during|after|when|because|to|in\s+(?!\d|ten\b))\s")


_ASKED_TO = re.compile(r"\s+to\s")  # "Anyone with information is asked to call police": a request, not speech
_DESCRIPTION_AFTER = re.compile(r"(?:\s*(?P<label>\([^()\n]{1,24}\)))?(?:,\s+(?!(?!managing\b)\w+ing\b|and\b|but\b|before\b|while\b|then\b)"
                                r"(?=[\w(])|\s+(?=(?:who|whose)\s))")
_TITLE_IN_QUOTES = re.compile(r"(?<![,\s])\s+(?:[\u201c\"]|'')[^\u201c\u201d\"]{1,60}?(?:[\u201d\"]|'')")


def _description_after_source(text: str, pos: int, body_end: int) -> list[tuple[int, int]]:
    """"C," said Jane Doe, executive director of the institute.  What follows the speaker's name
    after a comma describes her: the reporter's claim, which no quotation covers. So do a restrictive
    relative clause ("said a data expert who has worked for a rival") and what follows a party label
    ("said Sen. Ann Lee (D-Ore.), who voted against the bill"); a title in quotation marks inside the
    description ("said Ann Lee, author of “The Long Road,” a history of the war") is no quotation resumed."""
    m = _DESCRIPTION_AFTER.match(text, pos, body_end)
    if not m:
        return []
    a, b = _strip_span(text, m.start("label") if m.group("label") else m.end(), body_end)
    if len(text[a:b].split()) < 2:
        return []
    untitled = _TITLE_IN_QUOTES.sub(" T", text[a:b])
    if _OPENS_QUOTATION.search(untitled) or "\u201c" in untitled:
        # a quotation resumed after the description ('said Jane Doe, a lawyer, "D."') is not part of it; a
        # relative clause quoting in its own words is ('said Scott Reed, who added that he will focus on "local issues.')
        rel = _RELATIVE_IN_DESCRIPTION.search(text, a, b)
        quote = re.compile("[\u201c\"]|''").search(text, a, b)
        if rel is None or (quote and quote.start() < rel.start()) or _RESUMED_AFTER_COMMA.search(text, a, b):
            return []
    return [(a, b)]


_RESUMED_AFTER_COMMA = re.compile(r",\s*(?:[\u201c\"]|'')")
_RELATIVE_IN_DESCRIPTION = re.compile(r"\b(?:who|which)\s", re.I)


_PERSONAL_NAME = re.compile(r"[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}")


def _speaker_closing_a_quotation(text: str, comma: int, ce: int, body_end: int) -> Optional[tuple[int, int]]:
    """“C,” said one district party leader.  After a quotation, 'said' and a phrase that closes the
    sentence name the speaker, whatever the head noun: no lexicon lists every role."""
    if not any(text.endswith(m, 0, comma) for m in _CLOSE_MARKS):
        return None
    sx = _np_after(text, ce, body_end)
    if not sx or text[sx[1]:body_end].strip(" .")[:1] not in ("", ","):
        return _determined_speaker(text, ce, body_end) or _described_name_closing(text, ce, body_end)
    ws = text[sx[0]:sx[1]].split()
    if ws[0].lower() in ("a", "an", "one", "another", "the", "his", "her", "their"):
        return sx
    # or a description ending on the person's name: "said 9/11 widow Terry Strada"
    return sx if len(ws) >= 3 and _PERSONAL_NAME.fullmatch(" ".join(ws[-2:])) and classify(" ".join(ws[-2:])) == "person" \
        else _described_name_closing(text, ce, body_end)


_DESCRIBED_NAME = re.compile(r"\s+((?:[\w.'\u2019-]+\s+){1,10}?[A-Z][\w.'\u2019-]+\s+[A-Z][\w'\u2019-]+)(?=\s*,|\s*[.!?]?\s*$|\s+(?:of|from|in|at|during|on|after|before|when|while|who)\s)")


def _described_name_closing(text: str, pos: int, body_end: int) -> Optional[tuple[int, int]]:
    """“C,” said former tech executive Carly Fiorina during the debate. / said undecided voter Ann Lee of Derry, N.H. /
    said former Pennsylvania Gov. and party chairman Ed Rendell.  After a closing quotation and its cue, a description
    of any length that ends on a person's name names the speaker; what follows the name (a place, a time, a relative
    clause) is the reporter's."""
    m = _DESCRIBED_NAME.match(text, pos, body_end)
    if not m or any(q in m.group(1) for q in "\u201c\u201d\"") or not _closes_clause(text, m.end(1), body_end):
        return None
    ws = m.group(1).split()
    name = " ".join(ws[-2:])
    if classify(name) != "person" or any(w.lower() in _VERBISH or w.lower() in _BOUNDARY_WORDS - {"and", "of"} for w in ws[:-2]):
        return None
    return m.span(1)


_DETERMINED_SPEAKER = re.compile(r"\s+((?:a|an|one|another|the)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+?)"
                                 r"(?=\s+(?:of|for|at|to|from|in|on|with|who|whose|that|which|familiar|involved|close)\b"
                                 r"|\s+\w+ed\b|\s*,|\s*$)")


def _determined_speaker(text: str, pos: int, body_end: int) -> Optional[tuple[int, int]]:
    """“C,” said one Republican involved in the planning, who spoke on condition of anonymity. / said the former
    top aide to President Bush / said one former executive who asked not to be named.  After a closing quotation and
    its cue, a determiner opens the speaker's phrase whatever follows it (a participle, a prepositional phrase, a
    relative clause), and whatever its head noun (owner, executive, Democrat: no lexicon lists every role); the
    mention runs on to the next comma or relative pronoun ("one Republican involved in the
    planning"): who the reporter says the speaker is."""
    m = _DETERMINED_SPEAKER.match(text, pos, body_end)
    if not m:
        return None
    ws = m.group(1).lower().split()
    if ws[-1] in _NOT_NP_END or any(w in _VERBISH or w in _BOUNDARY_WORDS for w in ws[1:]) or ws[-1] in _DATE_WORDS \
            or not _valid_source(m.group(1)) or _OPENS_QUOTATION.search(text, m.end(1), body_end):
        return None
    stop = re.compile(r"\s*,|\s+(?:who|whose|which|that)\s|\s*$").search(text, m.end(1), body_end)
    return _strip_span(text, m.start(1), stop.start() if stop else body_end)  # "one Republican involved in the planning"


def _name_after_description(text: str, pos: int, body_end: int) -> Optional[tuple[int, int]]:
    """'said his best friend at college, Bruce Turry': a description no lexicon knows, then the name."""
    comma = text.find(",", pos, min(body_end, pos + 60))
    if comma < 0 or any(q in text[pos:comma] for q in "\u201c\u201d\""):
        return None
    described = _strip_span(text, pos, comma)
    name = _PERSONAL_NAME.match(text, comma + 1 + len(text[comma + 1:]) - len(text[comma + 1:].lstrip()), body_end)
    if name and text[name.end():body_end].lstrip()[:1] in (",", ".", "") and _names_the_described(text, described, name.span()):
        return name.span()
    return None


# A name with its article set off after a description: "the Prairie Growers Association", "the Ontario Nurses' Association"
_THE_NAME = re.compile(r"the(?:\s+(?:[A-Z][\w&.'\u2019-]*|of|for|and|&)){1,6}")


def _body_described_at_length(phrase: str) -> bool:
    """'The agency responsible for the park', 'The group that represents grain farmers': a description of a body
    opening the sentence with a phrase after its head (sources._head_before_postmodifier), so that the name set off
    after it names the body; the words of the phrase are no source."""
    ws = phrase.split()
    if len(ws) < 4 or ws[0] not in ("The", "the"):
        return False
    head = _head_before_postmodifier(phrase)
    return head in _BODY_KIND_HEADS and head != ws[-1].lower()


def _names_the_described(text: str, described: tuple[int, int], after: tuple[int, int]) -> bool:
    """'another Twitter user, Johanna Bayer': a description by a determiner, then the person's name."""
    words = text[described[0]:described[1]].split()
    if not (words and words[0].lower() in ("a", "an", "another", "the", "his", "her", "their", "its", "one")):
        return False
    name_end = after[1]
    of = text.rfind(" of ", after[0], name_end)
    if of > 0 and names_a_place(text[of + 4:name_end]):
        name_end = of  # "The committee chair, Sen. Jane Doe of Manitoba,": a legislator named with the place she sits for
    return _PERSONAL_NAME.fullmatch(text, after[0], name_end) is not None and classify(text[after[0]:after[1]]) == "person"


# what a frame after its content may end on: "Kunin said of Sanders.", "he told CNN after he was asked.",
# "prosecutors said Tuesday as his trial opened" (the occasion: a court report's or a speech's setting)
# "C," the look-alike declared in Mexico City.  -- only a place after the cue: the frame closes
_PLACE_TAIL = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*[.!?]?[\u201d\"']*\s*$")
_FRAME_TAIL = re.compile(r"\s*,?\s+(?:of|about|after|when|before|while|upon|as\s+(?:he|she|they|it|we|I|the|his|her|their|its)|according\s+to|in\s+response\s+to|"
                         r"referring\s+to)\s+"
                         r"[^,;:\u201c\u201d\"]{1,100}?[.!?]?[\u201d\"']*\s*$", re.I)


_STANDING_REQUEST = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?$", re.I)
_ASKER = re.compile(r"\s+by\s+([^,;:\u201c\u201d\"]{2,80}?)(?=\s+(?:whether|if|about|what|how|why|who|when|where|which|to)\b|\s*[,\u201c\"])",
                    re.I)


def _put_to(text: str, start: int, body_end: int, cs: int, ce: int) -> Optional[Frame]:
    """"Sanders was asked to name a decision", "Rubio was asked by moderator Gerard Baker whether C": a
    question put to the subject is the asker's attribution (agentless when no one is named); the subject
    is who answers, not the source. "Anyone with information is asked to call police" is a standing
    request, no attribution."""
    if _STANDING_REQUEST.search(text, max(start, cs - 30), cs) and _ASKED_TO.match(text, ce, body_end):
        return None
    asker = _ASKER.match(text, ce, body_end)
    if asker and _valid_source(asker.group(1)):
        content = _content_after(text, asker.end(), body_end)
        return Frame(cue=(cs, ce), source=asker.span(1), content=content, rule="cue:asked/passive-by-agent") \
            if content else None
    content = _content_after(text, ce, body_end)
    return Frame(cue=(cs, ce), source=(cs, cs), content=content, rule="agentless:put-to", agentless=True) \
        if content else None
_OPENS_QUOTATION = re.compile("\\s*[\u201c\"]\\w")
_QUOTE_CLOSED_BY_COMMA = re.compile("[,!?](?:\u201d|\"|''|'|\u2019|\u00bb)")
_REST_OPENS_CONTENT = re.compile(r"\s*(?:that\b|[\u201c\"`']|:)", re.I)


_QUOTE_OPENERS = "\u201c\"'`"
_NAME_THEN_COMMA = re.compile(r"\s*((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*),\s+")


def _named_speaker_after_opening_quotation(text: str, start: int, cs: int, ce: int, body_end: int, quotes):
    """\u201cC,\u201d Harry Bond, 30, of Raleigh, N.C., who was polled, said in an interview.  A sentence that opens
    with a quotation closed by ',\u201d' (or '?', '!'), then a name, then its descriptions between commas, then the
    speech cue: the name right after the quotation speaks it, the descriptions (age, home town, post, a
    relative clause) are the reporter's, and what follows the cue is its circumstance, unless it opens
    content of its own ('that', a new quotation). Only a capitalised name (one to four words), so a phrase
    the quotation runs into ('the bespectacled, 71-year-old diplomat') is left to the other rules.
    Only where the descriptions are several or a relative clause: one description the other rules read.
    Returns ((source), (description), (content)) or None."""
    q = quote_at(quotes, start, start + 1)
    if q is None or q.start != start or not q.closed or q.end >= cs:
        return None
    last = text[q.end - q.close_len - 1]
    if last not in ",?!" and not (last in "'\u2019" and text[q.end - q.close_len - 2] in ",?!."):
        return None  # (a quotation inside it may close with it: "He said, 'We've got to win.'")
    m = _NAME_THEN_COMMA.match(text, q.end, cs)
    if m is None or m.end() >= cs - 2 or _REST_OPENS_CONTENT.match(text, ce, body_end):
        return None
    ns, ne = m.span(1)
    between = text[m.end():cs - 2]
    if "," not in between and not between.startswith(("who ", "whose ")):
        return None  # one description ("C," Jane Smith, a lawyer, said): _np_before reads it already
    if not _valid_source(text[ns:ne], strict=True) or any(ch in between for ch in "\u201c\u201d\";:"):
        return None
    return (ns, ne), _strip_span(text, m.end(), cs - 2), (start, q.end)


def _closes_quotation_before(text: str, start: int, cs: int, rest: str) -> bool:
    """\u201cC,\u201d Trudeau told reporters in Ottawa.  When a quotation closed by ',\u201d' (or '?\u201d', '!\u201d')
    comes right before the source, the quotation is the content, whatever place or time
    follows the cue, unless what follows opens content of its own ('that ...', a new quotation)."""
    if _REST_OPENS_CONTENT.match(rest) or not _QUOTE_CLOSED_BY_COMMA.search(text, max(start, cs - WINDOW), cs):
        return False
    np = _np_before(text, start, cs, allow_comma_start=True)
    if not np:
        return False
    k = np[0][0]
    while k > start and text[k - 1].isspace():
        k -= 1
    return any(text.endswith(mark, start, k) for mark in _CLOSE_MARKS) and _comma_before(text, start, np[0][0]) is not None


_AFTER_INVERTED_SOURCE = {"who", "whom", "whose", "which", "on", "in", "at", "during", "after", "when", "as", "of",
                          "from", "for", "to", "with", "before", "while", "because", "though", "although", "but",
                          "and", "adding", "according", "citing", "speaking", "referring", "noting", "saying"}


def _closes_clause(text: str, pos: int, body_end: int) -> bool:
    """An inverted source ends its clause ("C, said John Smith." / "..., said John Smith in a statement"):
    after it come only punctuation or a phrase that opens with a preposition, a conjunction, a
    relative pronoun or a participle, never a verb ("said his focus groups show C")."""
    rest = text[pos:body_end].lstrip(" \u201d\"'")
    if not rest or not rest[0].isalpha():
        return True
    return rest.split()[0].lower().strip(",.;:") in _AFTER_INVERTED_SOURCE


_DESCRIBED = re.compile(r"\s*([^,;:\u201c\u201d\"()\u2014]{3,200}?)\s*(?=[,;:\u201c\u201d\"()\u2014]|\s+-\s|$)")
_DESCRIPTION_TAIL = re.compile(r"\s(?:conducted|released|obtained|filed|published|issued|briefed|gave|given|who|which|that|by|for)\s")


def _described_at_length(text: str, pos: int, body_end: int) -> Optional[tuple[int, int]]:
    """A source after "according to" described at length ("early results of the exit poll conducted by Edison
    Research for the Associated Press", "a Quinnipiac poll conducted in February", "three people briefed on the
    discussions"): the whole description up to the next comma when it names a document, a body or unnamed
    people; past 14 words, its head up to a participle or a preposition that starts the description."""
    m = _DESCRIBED.match(text, pos, body_end)
    if not m:
        return None
    a, phrase = m.start(1), m.group(1)
    if len(phrase.split()) > 14:
        cut = _DESCRIPTION_TAIL.search(phrase)
        phrase = phrase[:cut.start()] if cut else ""
    if not 2 <= len(phrase.split()) <= 14 or not _names_a_document(phrase) and not _valid_source(" ".join(phrase.split()[:4])):
        return None
    return a, a + len(phrase)


_RESTRICTIVE_MODIFIER = re.compile(r"\s+(?:who|whose|that|which|in|at|of|by|for|from|on|with|\w+ed|\w+en)\s", re.I)


_RELATIVE_AT = re.compile(r"(?:who|whom|whose|which)\b", re.I)
_CLAUSE_COMMA = re.compile(r",(?!\d)")


def _source_described_to_the_end(text: str, pos: int, body_end: int, long_content: bool) -> list[tuple[int, int]]:
    """"C, according to a person who attended the meeting." / "..., according to a lawsuit filed in Denver by
    two partners.": a source closing the sentence is described by the modifier that runs on to the end (a
    relative clause, a participle, a prepositional phrase); the reporter says so, and the editor must see it.
    Not past a comma: "The problem, according to X, a former envoy, was C" goes on with the statement."""
    a, b = _strip_span(text, pos, body_end)
    while b > a and text[b - 1] in ".!?":
        b -= 1
    if len(text[a:b].split()) < 2 or any(ch in text[a:b] for ch in ";:\u201c\u201d\"") or "''" in text[a:b]:
        return []
    one_phrase = _CLAUSE_COMMA.search(text, a, b) is None  # "1,200" is no clause break
    if _RESTRICTIVE_MODIFIER.match(text, pos, body_end) and one_phrase:
        return [(a, b)]
    if text[pos:a].strip() == "," and _RELATIVE_AT.match(text, a, b) and one_phrase:
        return [(a, b)]  # "C, according to the Observatory, which relies on activists.": no statement resumes
    # "C (ten words or more), according to Jane Doe, who advised the campaign." / "..., according to public filings,
    # a huge sum for a firm of 35 partners.": after a whole statement no statement resumes; what follows the source
    # is the reporter's, unless another attribution starts there (a cue outside a relative clause)
    if not long_content or not (text[pos:a].strip().startswith(",") or _RESTRICTIVE_MODIFIER.match(text, pos, body_end)) \
            or _CLAUSE_AFTER_FRAME.match(text, pos, body_end):
        return []  # ", and the top 10 percent paid ...": a clause of its own (_clause_after_frames)
    if not _RELATIVE_AT.match(text, a, b) and next(cue_matches(text, a, b), None) is not None:
        return []
    return [(a, b)]


_TITLED_DOCUMENT = re.compile(r"\s*(?P<np>(?:the|a|an|his|her|its|their|[A-Z][\w.&-]*['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,2}?"
                              r"(?:[\u201c\"]|'')[^\u201c\u201d\"]{1,60}?(?:[\u201d\"]|'')(?P<after>(?:\s+[\w-]+){1,2}?))"
                              r"(?=\s*(?:[,;.!?]|$)|\s+(?:\w+ed|by|from|that|which|in|on|at|of|for|released|written|he|she|they|it|we)\s)")
# (a pronoun after the noun opens a contact clause on it: "the \u201cMedicare for all\u201d document he released")


def _titled_document(text: str, pos: int, body_end: int) -> Optional[tuple[int, int]]:
    """"C, according to the \u201cMedicare for all\u201d document", "according to the group's \u201cBlueprint\u201d
    report released Tuesday, C": a document named by its title in quotation marks, then the noun saying what it is
    (a report, a plan, a memo). The source phrase holds the marks, which _np_after and _described_at_length stop at."""
    m = _TITLED_DOCUMENT.match(text, pos, body_end)
    if m is None or not _names_a_document(m.group("after")):
        return None
    return m.span("np")


# "That's according to X", "This is according to X": a pronoun standing for what the sentence before reported
_THAT_IS_BEFORE = re.compile(r"[\u201c\"]?((?:That|This|Those|These))(?:['\u2019]s|\s+(?:is|was|are|were))(?:\s+(?:all|also|just))?")


def _according_to(text, start, body_end, cs, ce) -> Optional[Frame]:
    # documents are named at length: "according to a new poll by the Harvard University Institute of Politics"
    titled = _titled_document(text, ce, body_end) if text.find("\u201c", ce, ce + 40) > 0 \
        or text.find('"', ce, ce + 40) > 0 or text.find("''", ce, ce + 40) > 0 else None
    sx = titled or _np_after(text, ce, body_end, stop_at_comma=True, max_words=14) or _described_at_length(text, ce, body_end)
    if not sx:
        return None
    before = text[start:cs].strip()
    if before.endswith((":", "\u2014", "--")) and text[cs:cs + 1] == "A":
        content = _content_after(text, sx[1], body_end)  # "It hasn't gone unnoticed: According to recent polls, C"
        return Frame(cue=(cs, ce), source=sx, content=content, reporter_parts=[_strip_span(text, start, cs)],
                     rule="cue:according-to/before-content") if content else None
    that = _THAT_IS_BEFORE.fullmatch(before)
    if that:  # "That's according to exit polls.": the word standing for the sentence before is the content
        return Frame(cue=(cs, ce), source=sx, content=(start + text[start:cs].index(that.group(1)),
                         start + text[start:cs].index(that.group(1)) + len(that.group(1))),
                     rule="cue:according-to/after-content",
                     reporter_parts=_source_described_to_the_end(text, sx[1], body_end, False))
    if len(before) >= 8:  # "C, according to X"
        a, b = _strip_span(text, start, cs)
        # reporter's words after the source ("according to X, which tracks ...") are not content
        return Frame(cue=(cs, ce), source=sx, content=(a, b), rule="cue:according-to/after-content",
                     reporter_parts=_source_described_to_the_end(text, sx[1], body_end, len(text[a:b].split()) >= 10
                                  or text[a:a + 1] in _OPENING_MARKS))
    content = _content_after(text, sx[1], body_end)  # "According to X, C"
    if not content:
        return None
    return Frame(cue=(cs, ce), source=sx, content=content, rule="cue:according-to/before-content")


_CLOSE_MARKS = ("\u201d", '"', "''", "'", "\u2019", "\u00bb")


def _comma_before(text: str, start: int, pos: int) -> Optional[int]:
    """Where the content ends before a source that follows it: at a comma just before pos, or
    after a closing quotation mark preceded by a comma, "!" or "?" (the mark stays with the
    content: \u201cWe will win,\u201d she said / \u201cA pathetic figure!\u201d he wrote)."""
    k = pos
    while k > start and text[k - 1].isspace():
        k -= 1
    j = k
    if text.endswith("\u201c", start, j) and j - 2 > start and text[j - 2] in ",!?":
        return k  # a closing mark typed the wrong way round: “It's unusual,“ said Larry Noble
    for _ in range(2):  # a quotation inside a quotation closes twice: ‘Thank you for voting,’” Bennett said
        mark = next((m for m in _CLOSE_MARKS if text.endswith(m, start, j)), None)
        if mark is None:
            break
        j -= len(mark)
        while j > start and text[j - 1] == " ":  # spaced marks: “the term ‘poor,’ ” she said
            j -= 1
        if j - 1 > start and text[j - 1] in ",!?\u2026\u2014" or text.endswith("...", start, j):
            return k  # also a trailing ellipsis or dash: “I'm going to look at people…” Clinton said
    if k > start and text[k - 1] == ",":
        return k - 1
    return None


def _tokens_back(text: str, start: int, pos: int) -> list[tuple[int, int]]:
    """The spans of the words (runs of non-space) in text[start:pos], made in a C-level loop (some fifty a window)."""
    return list(map(_MATCH_SPAN, _TOKEN.finditer(text, start, pos)))


_FLOATING_QUANTIFIER = re.compile(r"(?<=\w)\s+(?:both|all|each)\s*$", re.I)


def _tail_search(pattern: re.Pattern, last: tuple[str, ...], text: str, lo: int, pos: int, lower: bool = False):
    """pattern.search(text, lo, pos) for a pattern anchored at the window's end ("...\\s*$") whose match always ends
    on one of `last` (then only spaces): checked first, it spares the search, which tries every character of the
    window, for the windows that cannot match (nearly all). lower: `last` is compared in lower case (re.I)."""
    k = pos
    while k > lo and text[k - 1].isspace():
        k -= 1
    tail = text[max(lo, k - 8):k]
    if not (tail.lower() if lower else tail).endswith(last):
        return None
    return pattern.search(text, lo, pos)


def _coordinated_speakers(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """'..., she and another reporter said.', '..., teachers and union officials told POLITICO.': two speakers
    joined by 'and' right after the content's comma. The word before 'and' is a subject pronoun or a plural
    noun, and a comma (or the sentence's start) comes right before it."""
    if i < 1:
        return False
    before = text[toks[i - 1][0]:toks[i - 1][1]]
    low = before.lower()
    opener = i < 2 or text[toks[i - 2][0]:toks[i - 2][1]].endswith((",", "\u201d", '"', "''"))
    return opener and (low in _SUBJECT_PRONOUNS or (low.isalpha() and low.endswith("s") and low not in _BOUNDARY_WORDS
                                                    and low not in _VERBISH and before[:1].islower()))


_NAME_IN_LIST = re.compile(r"[A-Z][\w.'\u2019-]*,?")
_NOT_IN_A_NAME_LIST = _BOUNDARY_WORDS | {"the", "a", "an", "this", "these", "those", "both", "but", "yet", "so", "then",
                                         "however", "meanwhile", "instead", "still", "also", "now", "today", "yesterday",
                                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _names_listed_from_start(text: str, start: int, toks: list[tuple[int, int]], i: int) -> bool:
    """"Carson, Fiorina and Huckabee all say C", "Clinton and her allies argued C", "Both Bolton and Gorka said C": the
    words before 'and' are names (capitalised words, commas between them) back to the sentence's start, which may
    open with 'Both'. The whole list is the source, not its last member."""
    if i < 1 or i > 9 or text[start:toks[0][0]].strip(" \u201c\"'"):
        return False
    for j in range(i):
        w = text[toks[j][0]:toks[j][1]]
        if j == 0 and w.lower() == "both" and i > 1:
            continue
        if not _NAME_IN_LIST.fullmatch(w) or w.rstrip(",").lower() in _NOT_IN_A_NAME_LIST \
                or (j > 0 and w.lower() in _FRONTED_PLACE_OR_TIME):
            return False
    return not text[toks[i - 1][0]:toks[i - 1][1]].endswith(",")


def _np_before(text: str, start: int, cue_start: int, allow_comma_start: bool = False):
    """The source phrase before a cue: ((start, end), reporter_parts) or None.

    Walks back over auxiliaries ("has also"), then takes words until a clause
    boundary. "X, which ..., said" skips the relative clause, which becomes the
    reporter's own claim; "X, a spokesman for Y, said" skips the appositive.
    """
    lo = max(start, cue_start - WINDOW)  # a source phrase sits right before its cue: bounded work per cue
    seg = text[lo:cue_start]
    aux = _aux_tail(seg)
    pos = lo + (aux.start() if aux else len(seg.rstrip()))
    when = _when_tail(text, lo, pos)  # "Trump on Friday said", "The senator in a statement told"
    if when:
        pos = when.start()
        aux = _aux_tail(text[lo:pos])
        pos = lo + aux.start() if aux else pos
    manner = _tail_search(_MANNER_TAIL, ("ly", "and"), text, lo, pos)  # "X pointedly said", "X has repeatedly and publicly said"
    while manner and manner.group(1).lower() not in _LY_NOUNS:
        pos = manner.start()
        aux = _aux_tail(text[lo:pos])
        pos = lo + aux.start() if aux else pos
        manner = _tail_search(_MANNER_TAIL, ("ly", "and"), text, lo, pos)
    # "He and Bob Smith both condemned", "The ministers all said"
    floating = _tail_search(_FLOATING_QUANTIFIER, ("both", "all", "each"), text, lo, pos, lower=True)
    if floating and floating.start() > start:
        pos = floating.start()
    parts: list[tuple[int, int]] = []
    k = pos
    while k > start and text[k - 1].isspace():
        k -= 1
    title = _TITLE_CLOSED_BY_COMMA.search(text, max(start, k - 100), k) if text[k - 1:k] in "\u201d\"'" else None
    if title:  # "Joe Scarborough, host of \u201cMorning Joe,\u201d suggested": the comma inside the marks ends the apposition
        k = title.start("comma") + 1
    aside = _DASHED_ASIDE.search(text, max(start, k - 200), k) if text[k - 1:k] in ("-", "\u2014", "\u2013") else None
    if aside:  # "John Dickey, the chief executive of Ora Media -- the company that owns it -- told me"
        parts.append(_strip_span(text, aside.start("aside"), aside.end("aside")))
        k = aside.start()
        desc = text.rfind(",", max(start, k - 100), k)
        if desc > start and text[desc + 1:k].split()[:1] and text[desc + 1:k].split()[0].lower() in ("a", "an", "the", "former"):
            parts.append(_strip_span(text, desc + 1, k))  # the description before the aside, then the name
            k = desc
    hops = 0
    place_end: Optional[int] = None
    apposed: Optional[tuple[int, int]] = None  # a name in apposition after the first comma back
    previous_end = k
    while k > start and text[k - 1] == "," and hops < 3:
        # "X, which tracks ..., said" / "X, a spokesman for Y, said" / "X, 35, the daughter of Y, said"
        hops += 1
        inner_end = k - 1
        comma = _phrase_comma_back(text, max(start, inner_end - WINDOW), inner_end)
        if comma < 0:
            if hops == 1:
                return None
            opening = text[start:inner_end].split()
            if opening and opening[0].lower().strip("\u201c\"'") in _FRONTED_PLACE_OR_TIME:
                # "Outside court, Dufresne's daughter, Chantal, said": a fronted phrase, not the source
                if apposed:
                    return _strip_span(text, *apposed), parts
                k = previous_end
                parts = [p for p in parts if p[1] != previous_end - 1]  # that description is the source
                break
            if apposed and hops == 2 and _names_the_described(text, _strip_span(text, start, inner_end),
                               _strip_span(text, *apposed)):
                # "His lawyer, Dana Ortiz, said": the name is the better mention; a longer description is the
                # reporter's own claim, as after the name ("X, a spokesman for Y, said")
                desc = _strip_span(text, start, inner_end)
                return _strip_span(text, *apposed), parts + ([desc] if len(text[desc[0]:desc[1]].split()) >= 3 else [])
            if hops == 2 and (apposed or _THE_NAME.fullmatch(text, *_strip_span(text, k, previous_end - 1))) \
                    and _body_described_at_length(text[start:inner_end]):
                # "The agency responsible for the park, Parks Canada, said", "The group that represents growers, the
                # Prairie Growers Association, said": the whole description, whose name set off after it the registry
                # reads as the source (not "the park" after its last preposition); that name is no claim
                return _strip_span(text, start, inner_end), [p for p in parts if p[1] != previous_end - 1]
            k = inner_end + 1  # the source phrase opens the sentence
            break
        previous_end = inner_end + 1
        inner = text[comma + 1:inner_end].strip()
        first = inner.split()[0].lower() if inner.split() else ""
        if first in ("which", "who", "whose", "where", "who's", "who\u2019s"):  # "X, who's running for Y, said"
            parts.append((comma + 1, inner_end))
        elif first == "when" and len(inner.split()) > 2 and inner.split()[1].lower() in _ED_DETERMINERS:
            # "The case began in 2021, when a local newspaper, the Herald, reported C": "when" opens a clause
            # whose subject is the source; what comes before it is the reporter's own statement
            when_end = comma + 1 + text[comma + 1:inner_end].lower().index("when") + len("when")
            opening = _strip_span(text, start, when_end)
            return _strip_span(text, when_end, inner_end), parts + ([opening] if len(text[opening[0]:opening[1]].split()) >= 3 else [])
        elif first in ("of", "from", "with", "at") and len(inner.split()) > 1 \
                and any(w[:1].isupper() for w in inner.split()[1:4]):
            pass  # an affiliation: "Mr. Mahaney, of RBC Capital Markets, said", "Nair, of the University of Toronto, said"
        elif first == "citing" or first in _INTERJECTED or inner.lower() in _INTERJECTED_PHRASES:
            pass  # "X, citing Y, said" / "X, in a statement on Thursday, said" / "X, however, said"
        elif first in _SUBJECT_PRONOUNS and len(inner.split()) > 3:
            # "Speaking slowly, he read a verse from the Psalms, saying C": a subject pronoun opens a clause, no
            # description of a source; what stands before the comma is no source (_sentence_subject finds 'he')
            return None
        elif _POSSESSIVE_DESCRIPTION.search(inner) or first in ("a", "an", "the", "former", "then") or (
                inner[:1].islower() and (first not in _BOUNDARY_WORDS or _ADDED_SUBJECT.match(inner))) \
                or _capitalized_description(inner):
            # "Tina Tchen, Mrs. Obama's chief of staff, said", "Dean Johnson, a salesman from Sumter, South
            # Carolina, says": the reporter's description of the source, a claim of its own when it says something
            if len(inner.split()) >= 3:
                parts.append((comma + 1, place_end or inner_end))
            if hops == 1 and first not in ("a", "an", "the"):
                apposed = _name_closing_description(text, comma + 1, inner_end) or apposed
        elif first[:1].isdigit():
            pass  # an age: "X, 35, said"
        elif names_a_place(inner):
            pass  # "the shooting in Aurora, Colorado, in July 2012, said": a place's state, not the source
        elif hops == 1 and _titled_name(inner) and all(w[:1].isupper() or w[:1] == "(" for w in inner.split()):
            k = inner_end + 1  # the source before a stray comma: "Gov. John Kasich (R-OH), said"
            break
        elif hops == 1 and inner[:1].isupper() and (_first_name_index(inner.split()) == 0 and (
                len(inner.split()) <= 4 or len(inner.split()) <= 7 and " of " in inner)  # "David Woodard of Clemson University"
                or _long_proper_name(inner)):
            k = inner_end + 1  # "Its president, Scott Pearce, said": the person's name is the better mention
            break
        elif hops == 1 and inner[:1].isupper() and len(inner.split()) <= 4:
            apposed = (comma + 1, inner_end)  # a name in apposition ("the editor of its newspaper, L'Osservatore
            # Romano, said") or a place
        elif hops > 1:
            k = inner_end + 1  # the source itself, after a fronted phrase ("In his response, Steve Coll, the dean, said")
            break
        else:
            return None
        # a place right after a description belongs to it ("a salesman from Sumter, South Carolina,")
        place_end = inner_end if hops == 1 and inner[:1].isupper() and len(inner.split()) <= 4 else None
        k = comma + 1
        while k > start + 1 and text[k - 2].isspace():
            k -= 1
    if k > start and text[k - 1] == ",":
        k -= 1
    if hops:  # "A poll of voters has, however, revealed C": the auxiliary stands before the interjected phrase
        aux = _aux_tail(text[max(start, k - 40):k])
        if aux and aux.group().split()[-1] in _AUXILIARY_END_OR_MODAL:  # (lower case: "Yin Myint May, 61, said")
            k = max(start, k - 40) + aux.start()
    toks = _tokens_back(text, max(start, k - WINDOW), k)
    if toks and not parts and len(toks) >= 2 and (
            text[toks[-1][0]:toks[-1][1]].lower() in ("who", "which") and text[toks[-2][1] - 1] == ","
            or text[toks[-1][0]:toks[-1][1]] == "who" and _restricts(text[toks[-2][0]:toks[-2][1]])):
        # "X, who said C" / "lawmakers who thought C": the relative pronoun names X; what the
        # sentence says before it is the reporter's
        a, b = _strip_span(text, start, toks[-1][0])
        return toks[-1], ([(a, b)] if len(text[a:b].split()) >= 3 else [])
    if toks and not parts and len(toks) >= 4 and text[toks[-1][0]:toks[-1][1]].lower() == "whom" \
            and OF_WHOM.fullmatch(text, toks[-3][0], toks[-1][1]) and text[toks[-4][1] - 1] == ",":
        # "two senators, both of whom opposed the deal": the share of the antecedent is the source
        a, b = _strip_span(text, start, toks[-3][0])
        return (toks[-3][0], toks[-1][1]), ([(a, b)] if len(text[a:b].split()) >= 3 else [])
    toks = _before_parenthetical(text, toks, parts)
    chosen: list[tuple[int, int]] = []
    last_member: Optional[int] = None  # where the last member of a list of names begins
    for i in range(len(toks) - 1, -1, -1):
        a, b = toks[i]
        w = text[a:b]
        bare = w.strip("\u201c\u201d\"'()[]").lower()
        if w.startswith("(") and w.endswith(")") and chosen == [] and len(w) <= 12:
            continue  # a party and state label after a name: "Rep. Elijah Cummings (D-Md.)"
        if w.endswith((",", ";", ":", "\u201d", '"', "''", ")", "\u2014", ",\u2019", ",'")) or w in ("-", "\u2013", "\u2014"):
            break  # also a single quotation closed after its comma: "Guns Are \u2018A Crisis,\u2019 Howard Dean Tells ..."
        if bare == "and" and chosen and w in ("and", "And") and _names_listed_from_start(text, start, toks, i):
            last_member = chosen[-1][0]
            chosen.extend(reversed(toks[:i + 1]))  # "Carson, Fiorina and Huckabee say": the whole list speaks
            break
        if bare in _BOUNDARY_WORDS and not chosen and _contact_clause_end(text, toks, i):
            chosen.append((a, b))  # "Residents we spoke to said": the reporter's contact clause is part of the source
            continue
        if bare in _BOUNDARY_WORDS and (w[:1].islower() or w in ("And", "But") and i > 0) and not (chosen and bare in _KEEP_INSIDE_NAME and _opens_a_name(text, chosen)
                                                             and not _joins_clauses(text, toks, i)) \
                and not (bare == "and" and chosen and _coordinated_speakers(text, toks, i)) \
                and not (chosen and bare in ("in", "at", "of") and i > 0 and _PLURAL_PEOPLE.fullmatch(text, *toks[i - 1])) \
                and not (chosen and bare in _OF_A_BODY and i > 0 and _unnamed_person_head(text[toks[i - 1][0]:toks[i - 1][1]], bare)
                         and not (bare == "for" and _FOR_A_TIME.match(text[toks[i + 1][0]:toks[i + 1][1]]))):
            break
        chosen.append((a, b))
        if len(chosen) == 1 and (bare in _SUBJECT_PRONOUNS or bare == "it"):
            break  # a subject pronoun right before its cue is the whole source ("in September she said",
            # "At the bottom it reads")
        if len(chosen) > 12:
            return None
        if w.startswith(("\u201c", '"', "(", "''", "``")):
            break
    if not chosen:
        return None
    a0, b0 = chosen[-1]
    while a0 < b0 and text[a0] in "(\u201c\"'`[":
        a0 += 1  # "(As BuzzFeed News reported", "\u201cBut presidents can't": the mark is not part of the source
    if a0 >= b0:
        chosen.pop()
    else:
        chosen[-1] = (a0, b0)
    if len(chosen) > 2 and text[chosen[-1][0]:chosen[-1][1]].lower() in ("in", "on", "by", "since", "until") \
            and re.fullmatch(r"(?:1[89]|20)\d\d,?", text[chosen[-2][0]:chosen[-2][1]]):
        chosen = chosen[:-2]  # "In 2010 she said"
    if not chosen:
        return None
    while len(chosen) > 1 and text[chosen[-1][0]:chosen[-1][1]].lower() in OPENING_CONJUNCTIONS:
        chosen.pop()  # "But Ontario Premier Doug Ford said": the conjunction is not part of the name
    if len(chosen) > 1 and text[chosen[-1][0]:chosen[-1][1]].lower() in INVERTED_AUXILIARIES \
            and text[chosen[-1][0]].isupper():
        chosen.pop()  # "Does Rubio, like Tilton, oppose abortions?": the question's auxiliary is no part of the name
    chosen = _quantity(text, start, _extend_partitive(text, start, chosen))
    while len(chosen) > 1 and (text[chosen[-1][0]:chosen[-1][1]].lower().strip(",") in _FRONTED_OR_DATE_WORDS) \
            and not _DETERMINES_THE_SOURCE.fullmatch(text, chosen[-1][0], chosen[-2][1]):
        chosen.pop()  # a fronted adverbial without its comma: "On Wednesday Comey said", "After the vote Cruz said";
        # not "this source told the Post", "this official said": 'this' before a source noun determines it
    ns, ne = chosen[-1][0], chosen[0][1]
    while ne > ns and text[ne - 1] in ",.;:":
        ne -= 1
    unnamed = _UNNAMED_WHO_KNOW.search(text, max(start, ns - 80), ns) \
        if may_hold(text[max(start, ns - 80):ns], WHO_KNOW_WORDS) else None
    if unnamed:
        ns = unnamed.start()  # "two sources with knowledge of [the talks] told": the sources, not the talks
    phrase = text[ns:ne]
    fronted = _FRONTED_DOCUMENT_OR_TIME.match(text, ns, ne) if text[ns:ns + 12].split()[:1] and \
        text[ns:ns + 12].split()[0] in _FRONTED_PREPOSITIONS else None
    if fronted and text[fronted.end():ne].strip() and _valid_source(text[fronted.end():ne].strip(), strict=True):
        ns = fronted.end() + len(text[fronted.end():ne]) - len(text[fronted.end():ne].lstrip())
        phrase = text[ns:ne]  # "In a Bloomberg interview Trump declared": the fronted phrase has no comma, the name speaks
    if not unnamed and not _valid_source(phrase) and last_member is not None and _valid_source(text[last_member:ne]):
        ns, phrase = last_member, text[last_member:ne]  # a list the source test cannot read: its last member, as before
    if not unnamed and not _valid_source(phrase):
        return None
    if ns > start:
        pre_a, pre_b = _strip_span(text, start, ns)
        words = text[pre_a:pre_b].split()
        if len(words) >= 6 or re.search(r"\b(?:which|who|whose)\b", text[pre_a:pre_b]):
            parts.insert(0, (pre_a, pre_b))
    return (ns, ne), parts


_CONTACT_VERBS = {"spoke", "spoken", "talked", "talking", "speaking"}
_CONTACT_SUBJECTS = {"we", "i", "he", "she", "they", "you"}


_CONTACT_BEFORE_CUE = re.compile(r"\s+(?:to|with)\s+(?:said|say|says|told|tell|tells|agreed|agree|agrees|described|"
                                 r"expressed|complained|worried|insisted|noted|believe|believed|think|thought)\b")


def _contact_clause_end(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """'Residents we spoke to said', 'the voters I talked with told me': a relative clause without 'who' in which
    the writer says whom they asked closes the source phrase. Its last word, 'to' or 'with', right before the cue,
    ends the clause, not the source (a subject pronoun and a verb of talking stand before it, a noun before those)."""
    if i < 3 or text[toks[i][0]:toks[i][1]] not in ("to", "with"):
        return False
    verb = text[toks[i - 1][0]:toks[i - 1][1]]
    subject = text[toks[i - 2][0]:toks[i - 2][1]].lower()
    head = text[toks[i - 3][0]:toks[i - 3][1]]
    return verb in _CONTACT_VERBS and subject in _CONTACT_SUBJECTS and head[-1:].isalpha() \
        and head.lower() not in _BOUNDARY_WORDS


_DETERMINES_THE_SOURCE = re.compile(r"(?:this|that)\s+(?:source|official|person|aide|adviser|advisor|"
                                    r"lawmaker|senator|voter|supporter|critic|man|woman|group|campaign|administration|"
                                    r"organization|committee|newspaper|website|outlet|candidate|lawyer|attorney|spokesman|"
                                    r"spokeswoman|spokesperson|analyst|expert|strategist|correspondent|columnist)", re.I)


_ISSUED_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:issued|released|put\s+out|posted|published|sent|delivered|gave)\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|report|letter|memo|video|release|speech|tweet|post|email|message|remarks)"
    r"(?:\s+(?:on\s+)?(?:" + _DAY + r"|today|yesterday|late\s+\w+))?,?\s+$")
_REQUEST_FOR_COMMENT = re.compile(r"(?:to\s+)?(?:a\s+|an\s+|the\s+|multiple\s+|repeated\s+|several\s+)?(?:\w+\s+)?"
                                  r"(?:requests?|messages?|calls?|emails?|inquir(?:y|ies))\s+(?:for|seeking)\s+comment", re.I)
_FRONTED_PLACE_OR_TIME = {"outside", "inside", "in", "on", "at", "after", "before", "during", "later", "earlier",
                          "afterward", "afterwards", "speaking", "meanwhile", "following", "near", "from", "back"}
_TITLE_CLOSED_BY_COMMA = re.compile(r"(?<=[\w\u2019'])\s+(?:[\u201c\"]|'')(?:[^\s\u201c\u201d\"]+\s+){0,7}[^\s\u201c\u201d\"]+?"
                                    r"(?P<comma>,)(?:\u201d|\"|'')$")
_DASHED_ASIDE = re.compile(r"\s+(?:--|\u2014|\u2013|-)\s*(?P<aside>[^\u2014\u2013\u201c\u201d\"]{3,180}?)\s*(?:--|\u2014|\u2013|-)$")
_UNNAMED_WHO_KNOW = re.compile(
    r"(?<![\w-])(?:(?:two|three|four|five|several|a|an|one|some|multiple|many|other)\s+)?(?:[a-z-]+\s+){0,2}"
    + UNNAMED_WHO + r"\s+" + WHO_KNOW_LINK + r"\s+(?:[\w'\u2019-]+\s+){0,5}$", re.I)


def _before_parenthetical(text: str, toks: list[tuple[int, int]], parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Kasich (who has 25 delegates to date) said C": a bracketed aside between the source and its cue is
    skipped; of three words or more it is the reporter's own claim. A one-word label ("(D-Md.)") stays."""
    if len(toks) < 3 or not text[toks[-1][0]:toks[-1][1]].endswith(")") or text[toks[-1][0]] == "(":
        return toks
    for i in range(len(toks) - 2, max(-1, len(toks) - 16), -1):
        w = text[toks[i][0]:toks[i][1]]
        if ")" in w or any(q in w for q in "\u201c\u201d\""):
            return toks
        if w.startswith("("):
            a, b = _strip_span(text, toks[i][0] + 1, toks[-1][1] - 1)
            if len(text[a:b].split()) >= 3:
                parts.append((a, b))
            return toks[:i]
    return toks


# a subordinate clause right before the comma of a participle: ", when protesters interrupted her, shouting"
_SUBORDINATE_BEFORE_PARTICIPLE = re.compile(r"(?:^|[\s,(])(?:when|where|as|while|whereupon|in\s+which|at\s+which)\s+"
                                            r"(?=[^,;:()\u201c\u201d\"\u2014]{3,120},\s*$)", re.I)


def _subordinate_clause_subject(text: str, start: int, cue_start: int):
    """"The trouble began when protesters interrupted her speech, shouting C", "where 50 workers had gathered,
    chanting C", "a scene in which two boys wreck a castle, yelling C": a participle after a comma belongs to the
    nearest clause, and when that clause is opened by when/where/as/while/in which, its own subject is the speaker,
    not the sentence's opening subject nor the last noun before the comma. Only when the clause has a subject and a
    verb of its own ("as mayor for years, saying C" has none: the main clause's subject speaks)."""
    if text[cue_start - 2:cue_start] != ", " or not text[cue_start:cue_start + 20].split()[0].lower().endswith("ing"):
        return None
    comma = cue_start - 2
    lo = max(start, comma - 130)
    sub = None
    for sub in _SUBORDINATE_BEFORE_PARTICIPLE.finditer(text, lo, cue_start):
        pass
    if sub is None:
        return None
    subject = _opening_subject(text, sub.end(), comma)
    if subject is None or text[subject[0]:subject[1]].lower() in ("it", "there"):
        return None
    return subject, [_strip_span(text, start, sub.start())] if sub.start() - start > 10 else []


_RESTRICTIVE_CLAUSE = re.compile(r"\s(?:who|that|speaking\s+(?:to|with)|opposed\s+to)\s[^,;:()\u201c\u201d\"\u2014]{3,120}$")


def _np_before_restrictive_clause(text: str, start: int, cue_start: int):
    """"Officials who spoke with The Huffington Post said C", "Another source speaking to
    Fox News said C", "Residents opposed to the tower said C", "A spokeswoman for the company that owns the plant said
    C", "A worker who prayed there and who asked not to be named said C": the source is the noun phrase before a clause
    that restricts it, not the last words of the clause (the clause is part of who they are, no claim of its own).
    'that' restricts a noun only when a verb follows it, not a subject ("the claim that officials said C")."""
    lo = max(start, cue_start - 160)
    m = _RESTRICTIVE_CLAUSE.search(text, lo, cue_start)
    while m and m.group().split()[0] == "that" and not _that_restricts(text, start, m.start(), cue_start):
        m = _RESTRICTIVE_CLAUSE.search(text, m.start() + 1, cue_start)  # "that someone who hires ... thinks": 'who'
    if not m or len(text[m.end() - 1:cue_start].split()) > 16:
        return None
    clause = [w for w in text[m.start():cue_start].split()[1:] if not _AUX_TAIL.fullmatch(" " + w)
              and not (w.endswith("ly") and w.lower() not in _LY_NOUNS)]
    last = clause[-1].lower() if clause else ""
    if len(clause) < 2 or last in _BOUNDARY_WORDS or last in _NOT_NP_END or last in ("them", "him", "us", "me") \
            or any(w.lower() in ("that", "which", "who") and clause[i - 1].lower() != "and" for i, w in enumerate(clause)):
        return None  # "a birther who has repeatedly pledged to ban", "analysts who claim to find": the clause's own verb
    k = m.start()
    words = text[max(start, k - 30):k].split()
    if not words or (m.group().split()[0] == "who" and not _restricts(words[-1])):
        return None
    np = _np_before(text, start, k)
    if np and m.group().split()[0] == "that" and text[max(start, np[0][0] - 12):np[0][0]].split()[-1:] \
            and text[max(start, np[0][0] - 12):np[0][0]].split()[-1].lower() in _NOT_IN_MODIFIED_NP | {"of"}:
        return None  # "Mr. Bush - in a line that seemed aimed at Trump - declared": a preposition's object, no subject
    return np if np and len(text[np[0][0]:np[0][1]].split()) <= 8 else None


def _that_restricts(text: str, start: int, k: int, cue_start: int) -> bool:
    """'that' at k opens a relative clause on the noun before it ("the company that owns the plant", "Surety
    companies that had insured the mine"): a noun before it, a finite verb right after it (not a subject: "the claim
    that officials said C", "ran that year"), no second finite verb, subordinator or dash inside before the cue
    ("players that have drawn puzzlement is a PAC", "battles that preceded the vote because the court refused")."""
    words = text[max(start, k - 30):k].split()
    seg = text[k + len(" that"):cue_start]
    aux = _aux_tail(seg)  # "the company that owns the plant has said C": the main verb's auxiliary
    after = (seg[:aux.start()] if aux else seg).split()
    verb = after[0] if after else ""
    finite = verb in _VERBISH or verb in _GAP_MODALS or verb.endswith("ed") and verb not in _DATE_WORDS \
        or verb.endswith("s") and not verb.endswith("ss") and len(after) > 1 and after[1] in _DETERMINERS
    return bool(words) and finite and _restricts(words[-1]) and not words[-1].lower().endswith("ed") \
        and not source_words().get(verb) and not any(w in _AUXILIARY_END for w in after[2:]) \
        and not any(w in ("-", "--", "\u2013") or w.lower() in _NOT_IN_A_MODIFIER - {"after", "before", "since", "until"}
                    for w in after) \
        and next(cue_matches(text, k - len(words[-1]), k), None) is None


# a past participle opening a reduced relative clause on the subject: "A report [released Tuesday by the agency]",
# "a legal opinion [drafted for the project in May, and obtained by AP]"; the participle is followed by a preposition
# or a time, so "The agency released a report" (an object) is no modifier
_IRREGULAR_PARTICIPLES = ("written|drawn|given|taken|shown|seen|made|held|led|sent|put|set|done|known|brought|sought|"
                          "built|paid|won|kept|run|read|spent|cast|heard|left|begun|chosen|spoken|frozen|stolen|hidden|"
                          "broken|sworn|torn|worn|thrown|grown|ridden|struck|hung|laid|meant|lost|bought|caught|taught|"
                          "found|told")
_IRREGULAR_PARTICIPLE_CUES = frozenset(_IRREGULAR_PARTICIPLES.split("|"))
_PARTICIPLE_WORD = rf"(?:[a-z]{{2,}}ed|{_IRREGULAR_PARTICIPLES})"
_IRREGULAR_PARTICIPLE_BETWEEN_SPACES = re.compile(rf"\s(?:{_IRREGULAR_PARTICIPLES})\s")  # (compiled once, not per call)
_PARTICIPIAL_MODIFIER = re.compile(
    rf"(?P<sep>,\s+|\s+)(?:(?:first|also|later|only|then|just|\w+ly)\s+)?(?P<ptc>{_PARTICIPLE_WORD})\s+(?!to\s+be\b)"
    r"(?=(?:by|for|in|on|at|to|from|with|during|under|through|via|into|over|about|against|"
    r"(?:last|this|earlier|late|early)\s+(?:week|month|year|spring|summer|fall|autumn|winter|morning|" + _DAY + r")|"
    r"earlier|today|yesterday|" + _DAY + r"|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|"
    r"(?:January|February|March|April|June|July|August|September|October|November|December))\b)")
def _may_name(seg: str) -> bool:
    """One of _NAMING_MODIFIER's participles is in seg (a substring test before the search)."""
    return "called" in seg or "titled" in seg or "named" in seg or "dubbed" in seg


_NAMING_MODIFIER = re.compile(r"(?P<sep>,\s+|\s+)(?P<ptc>called|titled|entitled|named|dubbed)\s+(?=[\u201c\"]|''|[A-Z])")
_NOT_IN_A_MODIFIER = _BOUNDARY_WORDS - {"to", "in", "on", "at", "by", "from", "of", "for", "about", "into", "over", "under",
                                        "during", "against", "without", "between", "among", "with", "and"} \
    | {"he", "she", "they", "we", "i", "it", "you", "there"}  # (after, before, since, until: "escalated after X ordered")
_MODIFIER_AND = re.compile(rf",?\s+and\s+(?:\w+ly\s+)?(?!{_PARTICIPLE_WORD}\b)\S", re.I)


def _np_before_participial_modifier(text: str, start: int, cue_start: int, np=None):
    """The source phrase of a subject that a participle modifies (_participial_modifier), the modifier (of three
    words or more) the reporter's description - where the other readings (np) found no source or one inside the
    modifier ("AP" of "A legal opinion obtained by AP"); a source phrase that already spans the head is kept
    ("Candidates backed by the party said C")."""
    found = _participial_modifier(text, start, cue_start)
    if found is None or np is not None and _holder_of_a_modified_noun(text, start, np[0][0]) < found[0][1] \
            and np[0][1] > found[0][0]:
        return np  # the head already found (a stance participle's holders keep their backers: _holder_of_a_modified_noun)
    head, mod, _ptc = found
    return head, ([mod] if len(text[mod[0]:mod[1]].split()) >= 3 else [])


def _participle_of_the_subject(text: str, start: int, end: int, cs: int, ce: int) -> bool:
    """"A statement posted on the website said C", "A paper called \u201cThe Light\u201d reported C": a cue word that
    is the participle modifying the subject of a later cue describes the document, no one speaks there. Only for a
    common noun with its article or possessor (people are named doing things: "Mitch McConnell agreed to a phone
    call", "Clinton sought to brush aside the loss, pointing to C") and a later cue that is the clause's finite verb
    (not a participle or an infinitive)."""
    later = next(cue_matches(text, ce, end), None)
    if later is None or later.group().split()[0].lower().endswith("ing") \
            or text[max(start, later.start() - 4):later.start()].lower().endswith("to "):
        return False
    found = _participial_modifier(text, start, later.start())
    if found is None or found[2] != cs or text[found[1][1]:later.start()].strip(" ,") or _BY_AGENT.match(text, ce) \
            or text[found[1][0]:found[1][1]].split()[-1].lower() in _DETERMINERS:
        return False  # "an article cited by her campaign quoted C": the campaign cites it, an attribution of its own;
        # "The Times also reported last month Cameron had ordered": the later verb has a subject of its own;
        # "continued to refute a story about his claim": a noun after its possessor is no verb
    head = text[found[0][0]:found[0][1]].split()
    return (head[0].lower() in _ED_DETERMINERS | {"another", "one"} or head[0].endswith(("'s", "\u2019s"))) \
        and head[-1][:1].islower()


def _participial_modifier(text: str, start: int, cue_start: int):
    """"A legal opinion obtained by AP concluded C", "A report released Tuesday by the agency found C", "A legal
    opinion drafted for the project in May 2012, and obtained by AP, said C", "A news site called \u201cThe Local\u201d
    reported C": the subject is a noun phrase and a past participle modifying it (a reduced relative clause, with
    or without commas). The noun phrase before the participle is the source - the document or person that says
    it - not the agent inside the modifier ("AP" only obtained it); the modifier is the reporter's description.
    The modifier holds no clause of its own (no relative pronoun, conjunction or subject pronoun; 'and' only
    before a second participle), and when a comma opens it a comma closes it."""
    word = text[cue_start:cue_start + 30].split()[:1]
    if not word or word[0].lower().rstrip(",;:.").endswith("ing") or text[max(start, cue_start - 4):cue_start].lower().endswith("to "):
        return None  # "Clinton tried to turn the tables, saying C": the subject's own verb, then a participial clause
    s0 = _past_fronted_phrase(text, start, cue_start)
    leading = _LEADING_WORD.match(text, s0, cue_start)  # "And the memo ...": the conjunction opens no noun phrase
    s0 = leading.end() if leading else s0
    seg = text[s0:cue_start]
    if len(seg) > 260 or ("ed " not in seg and not (_may_name(seg) and _NAMING_MODIFIER.search(seg))
                          and not _IRREGULAR_PARTICIPLE_BETWEEN_SPACES.search(seg)):
        return None  # (checked first: most subjects carry no participle)
    aux = _aux_tail(seg)
    p = s0 + (aux.start() if aux else len(seg.rstrip()))
    m = _PARTICIPIAL_MODIFIER.search(text, s0, p) or _NAMING_MODIFIER.search(text, s0, p)
    if m is None:
        return None
    ns, ne = _strip_span(text, s0, m.start())
    head = text[ns:ne]
    ws = head.split()
    low = [w.lower() for w in ws]
    if not ws or len(ws) > 8 or any(c in head for c in ",;:()\u201c\u201d\"\u2014\u2013") \
            or low[0] in PRONOUN_TYPES or not (ws[0][:1].isupper() or ws[0][:1].isdigit() or low[0] in _DETERMINERS) \
            or low[0] in _BOUNDARY_WORDS or any(re.match(r"(?:i|he|she|they|we|you)(?:['\u2019]\w+)?$", w) for w in low) \
            or any(w in _VERBISH or w in _BOUNDARY_NOT_IN_A_HEAD or
                   w.endswith("ed") and i > 0 for i, w in enumerate(low)) or not _valid_source(head):
        return None  # "He was asked by reporters", "Trump, who was ...", "In an election polarized by X", "people I've
        # spoken with": no noun phrase with a modifier
    mod_end = p
    while mod_end > m.start() and text[mod_end - 1] in " ,":
        mod_end -= 1
    mod = text[m.end("sep"):mod_end]
    words = [w.lower().strip("\u201c\u201d\"'.") for w in mod.split()]
    naming = m.re is _NAMING_MODIFIER
    if not words or len(words) > 30 or any(w in _NOT_IN_A_MODIFIER for w in words) \
            or _MODIFIER_AND.search(mod) or ";" in mod or (not naming and any(c in mod for c in "\u201c\u201d\"")) \
            or words[-1] in _NOT_ENDING_A_MODIFIER or words[-1].endswith("ly") \
            or (m.group("sep").startswith(",") and text[mod_end:p].strip() != ",") \
            or any(not re.match(r",?\s+(?:and\s+(?:\w+ly\s+)?" + _PARTICIPLE_WORD + r"\b|\d)", mod[c.start():])
                   for c in re.finditer(",", mod)):
        return None  # "Trump appeared in Iowa, where he said", "The plan was released and Obama said": a clause;
        # "Pollsters tried to tell us C", "Rubio refrained from attacking": the verb, then its complement
    return (ns, ne), (m.end("sep"), mod_end), m.start("ptc")


_INTERROGATIVE_BEFORE = {"unclear", "clear", "know", "knows", "knew", "known", "ask", "asks", "asked", "wonder",
                         "wonders", "wondered", "sure", "decide", "decides", "determine", "see", "matter", "matters",
                         "tell", "tells", "told", "say", "says", "said", "explain", "explains", "show", "shows", "guess",
                         "certain", "unknown", "question", "idea", "care", "cares"}


def _restricts(word: str) -> bool:
    """The word before "who" is a noun the clause restricts ("farmers who", "a governor who"), not a
    verb or adjective asking a question ("unclear who", "knows who", "asked who")."""
    low = word.lower()
    if re.fullmatch(r"\d[\d.,]*%", word):
        return True  # a share of a poll: "including 18% who say C"
    return word[:1].isalpha() and word[-1:].isalpha() and low not in _INTERROGATIVE_BEFORE \
        and low not in _BOUNDARY_WORDS and low not in _VERBISH and not low.endswith("ly")


_PARTY_LABEL = re.compile(r"\([A-Z]{1,3}-[A-Z][A-Za-z.]*\)$")


def _long_proper_name(phrase: str) -> bool:
    """Names in apposition longer than the four words a lone name gets ("Two analysts, Ann Bell and Carl
    Dorn, found", "A pastor, Darran Whit of Grace Baptist Church in Marion, said"): every word a capitalized
    name word or a connector inside a name, so a description with a verb or a lower-case noun is not one."""
    ws = phrase.split()
    return 4 < len(ws) <= 10 and ws[-1][:1].isupper() and all(w[:1].isupper() or w in _KEEP_INSIDE_NAME for w in ws)


def _capitalized_description(phrase: str) -> bool:
    """A description led by a name or proper adjective whose head is a title or role ("South Carolina
    director for Sanders", "Republican strategist"): the reporter's description, not the source itself."""
    ws = phrase.split()
    return phrase[:1].isupper() and len(ws) <= 10 and any(w[:1].islower() and source_words().get(w.lower()) in ("title", "role", "anonymous")
                                 for w in ws)


_NOT_IN_A_ROLE = {"for", "of", "by", "to", "with", "from", "at", "in", "on", "and", "or", "who", "which", "that"}


def _name_closing_description(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The person's name that ends a description in apposition ("The Liberal candidate, former city councillor
    Harkirat Singh, said", "His lawyer, veteran defence counsel Dana Ortiz, said"): news writing introduces a
    person by role, then gives role and name; the name is who speaks (taken only after a description that
    names no one: _names_the_described). None when the description does not end in a person's name."""
    phrase = text[start:end].strip()
    if classify(phrase) != PERSON:
        return None
    name = canonical_name(phrase, PERSON)
    if len(name.split()) < 2 or not phrase.endswith(name) or phrase == name:
        return None
    described = phrase[:-len(name)].split()
    if any(w.lower() in _NOT_IN_A_ROLE or w.endswith(("ed", "ing")) for w in described):
        return None  # "The survey, conducted for the advocacy group America's Voice,": no role, a clause
    b = start + len(text[start:end].rstrip())
    return b - len(name), b


def _titled_name(phrase: str) -> bool:
    """A title before a name ("Gov. John Kasich") or a party label after it ("Kasich (R-OH)")."""
    ws = phrase.split()
    return len(ws) >= 2 and (bool(_PARTY_LABEL.search(phrase)) or (
        source_words().get(ws[0].rstrip(".").lower()) == "title" and ws[1][:1].isupper()))


# "Mrs. Clinton herself, as well as her campaign, maintained C": a second subject added between commas, like
# "along with her campaign" and "together with her aides" (which open with no boundary word); the head speaks
_ADDED_SUBJECT = re.compile(r"as\s+well\s+as\s", re.I)
_POSSESSIVE_DESCRIPTION = re.compile(r"^[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|of|for|and|the)){0,4}['\u2019]s\s+[a-z]")
_INTERJECTED = {"in", "on", "at", "during", "after", "before", "speaking", "writing", "however", "meanwhile", "too",
                "when", "while", "asked",
                "though", "also", "later", "earlier"}
_INTERJECTED_PHRASES = {"for instance", "for example", "in fact", "of course", "in turn", "for their part",
                        "for his part", "for her part", "for its part", "by contrast", "in contrast", "in response",
                        "for one", "in particular", "too", "as well", "for now", "among others", "among them",
                        "for that matter", "likewise"}  # "Bush and Clinton, among others, reject C"
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}
_QUANTIFIERS = {"many", "some", "most", "several", "few", "all", "none", "one", "two", "three", "each", "both", "dozens", "hundreds", "thousands", "half", "majority", "number"}


def _extend_partitive(text: str, start: int, chosen: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'many of its figures': take the quantifier and 'of' into the source phrase."""
    k = chosen[-1][0]
    while k > start and text[k - 1].isspace():
        k -= 1
    if k - 2 < start or text[k - 2:k].lower() != "of" or (k - 2 > start and not text[k - 3].isspace()):
        return chosen  # the word before is no "of" (checked first: the tokens back to the sentence's start cost more)
    toks = _tokens_back(text, start, chosen[-1][0])
    if len(toks) >= 2 and text[toks[-1][0]:toks[-1][1]].lower() == "of":
        q = text[toks[-2][0]:toks[-2][1]].lower()
        if q in _QUANTIFIERS or q in ("percent", "%"):
            k = len(toks) - 2
            if q in ("percent", "%") and k >= 1 and text[toks[k - 1][0]:toks[k - 1][1]].replace(".", "").isdigit():
                k -= 1  # "55 percent of voters"
                if k >= 1 and text[toks[k - 1][0]:toks[k - 1][1]].lower() in ("some", "about", "nearly", "almost", "over"):
                    k -= 1
            if k >= 1 and text[toks[k - 1][0]:toks[k - 1][1]].lower() in ("a", "the"):
                k -= 1
            return chosen + list(reversed(toks[k:]))
    return chosen


_NUMBER = re.compile(r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten", re.I)
_RATIO_BEFORE = re.compile(r"(?:(?:(?:more|fewer|less)\s+than|about|nearly|almost|roughly|around|over|only|just|some)\s+)?"
                           rf"{SHARE_PART}\s+in\s+$", re.I)


def _quantity(text: str, start: int, chosen: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A poll's share as the source phrase: 'more than 4 in 10', the ratio past its 'in'."""
    if _NUMBER.fullmatch(text[chosen[-1][0]:chosen[-1][1]]):
        m = _RATIO_BEFORE.search(text, max(start, chosen[-1][0] - 40), chosen[-1][0])
        if m and _valid_source(text[m.start():chosen[0][1]]):
            return chosen + [(m.start(), m.end())]
    return chosen


_VERBISH = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "did", "does", "do",
            "began", "made", "went", "took", "gave", "got", "came", "left", "met", "ran", "spent", "won", "lost",
            "held", "led", "sent", "drew", "threw", "spoke", "wrote", "broke", "stood", "sat", "became", "kept",
            "brought", "bought", "sought", "fought", "caught", "taught", "felt", "knew", "saw", "heard", "told",
            "said", "says", "may", "might", "should", "must", "also", "then", "later", "again", "once", "still",
            "put", "laid"}  # "An official put the toll higher, saying C"
_COORDINATED = re.compile(rf"(?:\b(?:and|but|then|and\s+then|but\s+then)\s+(?:\w+ly\s+|{_AUX}\s+)*?|(?:,[\u201d\"']*|\s[\u2013\u2014])\s*(?:\w+ly\s+)?"
                          r"|\b(?:by|while|before|after|without)\s+)$", re.I)


_RELATIVE_SUBJECT = re.compile(rf",\s+(who)\s+[^,;:\u201c\u201d\"]{{3,120}}?\s+(?:and|but)\s+(?:{_AUX}\s+)*$")


_MADE_TO = re.compile(r"\b(?:led|leads?|leading|prompted|prompts?|prompting|caused|causes?|causing|forced|forces?|forcing|"
                      r"drove|drives?|driving|spurred|spurs?|left|leaving)\s+(?P<np>[^,;:\u201c\u201d\"()]{2,80}?)\s+to\s+$", re.I)


_NOT_A_CAUSEE = (_OBJECT_OPENERS | {"by"}) - {"the", "a", "an", "his", "their", "its", "this", "these", "those"}


def _made_to_say(text: str, start: int, cue_start: int):
    """"The loss led party chairman Bob Hale to declare C", "This leads many experts to suspect C": what a
    cause made someone do, it did; the one it was made to do it speaks."""
    m = _MADE_TO.search(text, max(start, cue_start - 100), cue_start)
    if not m or m.group("np").split()[0].lower() in _NOT_A_CAUSEE:
        return None  # "led them to", "was spurred by X to": no one is named
    return _strip_span(text, *m.span("np")), []


_FIRST_TO = re.compile(r"(?P<np>\b(?:(?:one|some|two|three)\s+of\s+)?(?:the|a)\s+(?:\w+\s+){0,2}?"
                       r"(?:first|only|earliest|second|third)\b(?!\s+(?:hope|way|chance|option|thing|time|week|year|day)\b)"
                       r"[^,;:\u201c\u201d\"()]{0,60}?)\s+to\s+(?:\w+ly\s+)?(?:have\s+)?$", re.I)
_COPULA_BEFORE = re.compile(r"\s+(?:is|was|are|were|became|becomes|has\s+been|had\s+been|will\s+be|remains)(?:\s+not)?\s*$", re.I)


def _first_to_say(text: str, start: int, cue_start: int):
    """"Grijalva was the first Democrat in Congress to endorse Sanders", "one of the earliest House members to
    endorse X": the first, only or last one to do it did it; the copula's subject names them where there is one."""
    m = _FIRST_TO.search(text, max(start, cue_start - 120), cue_start)
    if not m:
        return None
    copula = _COPULA_BEFORE.search(text, max(start, m.start() - 20), m.start())
    subject = _np_before(text, start, copula.start()) if copula else None
    return subject or (_strip_span(text, *m.span("np")), [])


_WENT_TO = re.compile(r"\b(?:went|goes|took|takes|appeared|appears|came|comes|used|uses|rushed|stepped|returned|interrupted|"
                      r"rose|stood|showed|traveled|travelled|headed|descended|flew|visited|summoned|convened|gathered)\b"
                      r"[^,;:\u201c\u201d\"]{0,90}?\s+to\s+(?:\w+ly\s+)?$", re.I)


def _went_there_to_say(text: str, start: int, cue_start: int):
    """"Lanny Davis appeared on Fox to defend her", "X took to the steps of City Hall to assail Y", "used the
    comments to urge C": an infinitive of purpose after going somewhere or using something is the subject's act."""
    if not _WENT_TO.search(text, max(start, cue_start - 110), cue_start):
        return None
    subject = _opening_subject(text, _past_fronted_phrase(text, start, cue_start), min(cue_start, start + WINDOW))
    return (subject, []) if subject else None


def _sentence_subject(text: str, start: int, cue_start: int):
    """The subject of the sentence, for a cue in a coordinated or participial clause:
    "Graham called both candidates crazy and said ...", "X urged women to vote, saying ...".

    The subject is the sentence's opening noun phrase: a pronoun, or the words up to
    the first verb-like word (a word ending in -ed, or a common auxiliary/irregular verb).
    """
    before = text[max(start, cue_start - 60):cue_start]
    when = _when_tail(before)  # "X freed up funds and on Monday announced C": the time is the second verb's
    before = before[:when.start()] + " " if when else before
    cue_word = text[cue_start:cue_start + 12].split()[0].lower().strip(",.;:") if text[cue_start:cue_start + 12].split() else ""
    m = _COORDINATED.search(before)
    if not m or (not re.match(r"(?:and|but|then)\b", m.group().strip(), re.I) and not cue_word.endswith("ing")):
        return None
    if cue_word.endswith("ed") and re.match(r"\S+\s+by\b", text[cue_start:cue_start + 40]):
        return None  # "a coalition led by Saudi Arabia and backed by the West": a passive participle, no act of the subject
    rel = _RELATIVE_SUBJECT.search(text, max(start, cue_start - 160), cue_start)
    if rel:  # "Annette Guessford, who answered her door and said C": the relative pronoun is the subject
        lead = _COORDINATED.search(text, rel.start(1), cue_start)
        return rel.span(1), [_strip_span(text, start, lead.start() if lead else rel.start(1))]
    subject = _opening_subject(text, _past_fronted_phrase(text, start, cue_start), min(cue_start, start + WINDOW))
    return (subject, []) if subject else None


_SENTENCE_ADVERBS = {"likewise", "however", "meanwhile", "instead", "still", "yet", "moreover", "furthermore",
                     "similarly", "separately", "again", "now", "so", "thus", "also", "indeed", "later", "earlier", "then"}


def _past_fronted_phrase(text: str, start: int, cue_start: int) -> int:
    """Where the subject starts after a fronted adverbial ("Before the convention, Chief Williams lobbied ...")."""
    first = text[start:start + 20].split()[:1]
    word = first[0].lower() if first else ""
    if word in ("but", "and") and len(text[start:start + 30].split()) > 1:  # "But on Tuesday, he stood with ..."
        k = text.index(first[0], start) + len(first[0])
        after = _past_fronted_phrase(text, k, cue_start)
        if after > k:
            return after
    if first and (re.fullmatch(r"[A-Z][a-z]+ly,", first[0]) or first[0][:1].isupper()
                  and first[0].lower().rstrip(",") in _SENTENCE_ADVERBS and first[0].endswith(",")):
        return text.index(first[0], start) + len(first[0])  # "Essentially, Clinton's lawyers looked ...", "Likewise, ..."
    if word in _FRONTED or word in _DATE_WORDS or word in ("in", "throughout", "here", "amid", "amidst") \
            or (word in _BOUNDARY_OR_FRONTED_PLACE and word not in OPENING_CONJUNCTIONS) \
            or (word.endswith(("ing", "ed")) and first[0][:1].isupper()):  # "Walking to the car, X ...", "Asked why, X ..."
        comma = _phrase_comma(text, start, min(cue_start, start + 120))
        while comma > 0:  # "At an event in Ames, Iowa, on Sunday, Mrs. Clinton ...": a place or time goes on
            nxt = _phrase_comma(text, comma + 1, min(cue_start, comma + 100))
            if nxt < 0 or not (_continues_a_fronted_phrase(text[comma + 1:nxt]) or nxt - comma <= 90
                               and _opens_a_second_fronted_phrase(text[comma + 1:nxt])):
                return comma + 1
            comma = nxt
    lapse = _TIME_LAPSE.match(text, start, min(cue_start, start + 50))
    return lapse.end() if lapse else start  # "Hours later, Trump ...", "But a few days later, Trump ..."


_TIME_LAPSE = re.compile(r"\s*(?:(?:but|and|then)\s+)?[\w\s-]{0,30}?\b(?:later|earlier|ago|afterwards?|since)\s*,", re.I)


def _opens_a_second_fronted_phrase(part: str) -> bool:
    """'On Thursday, after remaining neutral throughout the primary, Warren endorsed C': a second adverbial, opened
    by a subordinator or a preposition of time, follows the first before the subject."""
    ws = part.split()
    return len(ws) >= 2 and ws[0] in ("after", "before", "while", "despite", "following", "amid", "during", "when",
                                      "since", "once", "until")


def _continues_a_fronted_phrase(part: str) -> bool:
    """'Iowa', 'on Sunday', 'last week': a state after a town, or a further time or place."""
    ws = part.split()
    return 0 < len(ws) <= 4 and (names_a_place(part) or ws[0].lower() in _FRONTED_PLACE_OR_TIME | _DATE_WORDS)


_CONTRACTED_PRONOUN = re.compile(r"[\u201c\"]?(he|she|they|we|i)['\u2019](?:s|re|ve|d|ll|m)\b", re.I)
_ADVERBS_BEFORE_VERB = {"often", "never", "always", "now", "just", "usually", "sometimes", "frequently", "rarely", "seldom"}
_DETERMINER_AFTER_VERB = _DETERMINERS - {"that", "whose"} | {"these", "those", "our", "my", "your"}


def _present_verb(text: str, word: str, nxt: list[tuple[int, int]]) -> bool:
    """A present-tense verb in -s before a determiner ("Wealth-X keeps its finances", "X questions the ties"):
    a plural noun of the subject is rarely followed by one."""
    return bool(nxt) and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and text[nxt[0][0]:nxt[0][1]].lower() in _DETERMINER_AFTER_VERB


_OPENS_A_PREDICATE = _DETERMINER_AFTER_VERB | {"to", "out", "up", "off", "down", "back", "on", "in", "at", "for", "with",
                                                "about", "over", "him", "them", "it", "me", "us", "no", "not", "so", "as"}


def _verb_after_a_name(text: str, chosen: list[tuple[int, int]], word: str, nxt: list[tuple[int, int]]) -> bool:
    """"Hillary Clinton set out to ...", "Weaver seemed to ...": a lower-case word after a name, before what opens a
    predicate (a determiner, a particle, a preposition), is the verb; "Clinton supporters" is one noun phrase.
    A time between the name and its verb ends the name too ("Joe Biden on Monday hit the trail": 'on' before a
    weekday). (A lower-case word before another name is no sure verb: "Band member Flea", "Some top Democrats".)"""
    if not (all(text[a:a + 1].isupper() for a, _ in chosen) and word.isalpha() and word not in source_words() and nxt):
        return False
    if len(chosen) == 1 and text.rfind("\n", 0, chosen[0][0]) < 0 and not text[:chosen[0][0]].strip() \
            and _common_word_capitalised(text, text[chosen[0][0]:chosen[0][1]]):
        return False  # ("Emergency room at Moncton hospital to close": 'Emergency' is no name, 'room' no verb)
    following = text[nxt[0][0]:nxt[0][1]]
    if word in ("on", "last", "this", "early", "late"):
        return re.match(_DAY, following) is not None
    return following.lower() in _OPENS_A_PREDICATE


def _weekday_after_the_subject(text: str, word: str, nxt: list[tuple[int, int]]) -> bool:
    """"A federal judge on Monday blocked the permit, saying C": a weekday after a noun phrase (a name or not) is
    when the subject acted, so the subject ends before it; news writing puts the day right after the subject
    ("the company on Tuesday said"). _verb_after_a_name does the same for a name alone."""
    return word in ("on", "last", "this", "early", "late") and bool(nxt) \
        and re.match(_DAY, text[nxt[0][0]:nxt[0][1]]) is not None


def _common_word_capitalised(text: str, word: str) -> bool:
    """'Emergency room at Moncton hospital to close' over 'The emergency department ...': a word opening the
    headline (which drops its article) that the story also writes in lower case is a common word capitalised as
    the headline opens, not a name. (Only the headline: a body sentence keeps its article, 'The emergency room'.)"""
    low = word.lower()
    if not low.isalpha() or low == word or low in first_names():
        return False
    k = text.find(low)
    while k >= 0:
        if (k == 0 or not text[k - 1].isalpha()) and not text[k + len(low):k + len(low) + 1].isalpha():
            return True
        k = text.find(low, k + 1)
    return False


_APPOSITIVE = re.compile(r"\s+(?:(?:a|an|the|former)\s[^,;:()\u201c\u201d\"]{3,100}|\d{1,3}),\s+(?!who\b|which\b|whose\b)[a-z]")


# a relative clause or a participle set off after the subject ("Priebus, who has been in contact for months, arrived
# ... and acknowledged C", "House Democrats, looking for a way to shake things up, seized the floor and said C")
_ASIDE_AFTER_SUBJECT = re.compile(r"\s+(?:who|which|[a-z]+ing)\b[^,;:\u201c\u201d\"]{3,150},\s+(?=[a-z])")


_NAME_WORDS_IN_LIST = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}"
_LISTED_NAMES = re.compile(rf"{_NAME_WORDS_IN_LIST}(?:,\s+{_NAME_WORDS_IN_LIST})+,?\s+and\s+{_NAME_WORDS_IN_LIST}(?=\s+[a-z])")


def _opening_subject(text: str, start: int, end: int, comma_ends: bool = False) -> Optional[tuple[int, int]]:
    """The noun phrase opening the clause at start: a pronoun, or the words up to the first verb-like
    word (a word ending in -ed, or a common auxiliary/irregular verb). comma_ends: a comma closes the
    phrase ("her lawyer, David Kendall, wrote"); else a comma means this is no subject."""
    toks = _tokens_back(text, start, end)
    while len(toks) > 1 and text[toks[0][0]:toks[0][1]].lower() in OPENING_CONJUNCTIONS:
        toks = toks[1:]  # "But Scott grinned ... and invoked": the conjunction is no part of the subject
    if not toks:
        return None
    first = text[toks[0][0]:toks[0][1]].lower().strip("\u201c\"")
    if first in ("he", "she", "they", "it", "we", "i"):
        return toks[0]
    contracted = _CONTRACTED_PRONOUN.match(text, toks[0][0], toks[0][1])  # "He's comparing ... and says C"
    if contracted:
        return contracted.span(1)
    listed = _LISTED_NAMES.match(text, toks[0][0], end)
    names = re.split(r",\s+(?:and\s+)?|,?\s+and\s+", listed.group()) if listed else []
    if names and not any(w.lower() in _NOT_IN_A_NAME_LIST for n in names for w in n.split()) \
            and all(_valid_source(n, strict=True) for n in names):
        return listed.span()  # "Carson, Fiorina and Huckabee have all spoken to the groups and say C": the list
    chosen = []
    for i, (a, b) in enumerate(toks[:12]):
        w = text[a:b]
        low = w.lower().strip(",")
        after_det = chosen and text[chosen[-1][0]:chosen[-1][1]].lower() in ("the", "a", "an")
        if chosen and w[:1].islower() and (low in _VERBISH or low.endswith(("n't", "n\u2019t")) or low in _ADVERBS_BEFORE_VERB
                                           or low.endswith("ed") and not after_det  # "The retired neurosurgeon": an adjective
                                           or _present_verb(text, low, toks[i + 1:i + 2])
                                           or _verb_after_a_name(text, chosen, low, toks[i + 1:i + 2])
                                           or _weekday_after_the_subject(text, low, toks[i + 1:i + 2])):
            break
        if w.endswith(","):
            if not comma_ends and not (w[:1].isupper() and _APPOSITIVE.match(text, b, end)
                                       or _ASIDE_AFTER_SUBJECT.match(text, b, end)):
                return None  # "Gary Emineth, a former chairman, became a delegate and said": the name is the subject
            chosen.append((a, b - 1))
            break
        chosen.append((a, b))
    else:
        return None
    while len(chosen) > 1 and re.fullmatch(r"[a-z]+ly", text[chosen[-1][0]:chosen[-1][1]]) \
            and text[chosen[-1][0]:chosen[-1][1]] not in _LY_NOUNS:
        chosen.pop()  # "Hillary Clinton sternly reprimanded Mr. Trump, saying ...": the adverb is not the name
    if not chosen:
        return None
    ns, ne = chosen[0][0], chosen[-1][1]
    return (ns, ne) if _valid_source(text[ns:ne]) else None


def _what_the_subject_did(text: str, subject: tuple[int, int], cue_start: int) -> list[tuple[int, int]]:
    """"She addressed Muslim-Americans in an email, saying C": what the subject did before the cue is
    the reporter's own statement (subject included), a claim of its own."""
    lead = _COORDINATED.search(text, subject[1], cue_start)
    stop = lead.start() if lead else cue_start
    if len(text[subject[1]:stop].split()) < 2:
        return []
    return [(subject[0], stop)]


_RELATIVE_OR_SUBORDINATOR = {"that", "which", "who", "whom", "whose", "because", "when", "if", "while", "as", "since",
                             "although", "though", "where", "whether", "than", "unless", "until"}


def _joins_clauses(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """'and' at toks[i] joins two clauses, not two words of a name ("Procter and Gamble", "the Department of Health and
    Human Services", "the Vermont senator and Democratic candidate"): the word before it is a lower-case word ending a
    clause with a finite verb ("Rubio has won a state and Cruz suggested C": Cruz speaks, not "a state and Cruz")."""
    if i < 1 or text[toks[i][0]:toks[i][1]] != "and":
        return False
    prev = text[toks[i - 1][0]:toks[i - 1][1]]
    if not (prev[:1].islower() and prev.isalpha() and prev not in _KEEP_INSIDE_NAME):
        return False
    for a, b in reversed(toks[max(0, i - 9):i]):  # a finite verb before it: "the senator and candidate" is one phrase
        w = text[a:b]
        if any(c in w for c in ",;:\"\u201c\u201d()") or w in _RELATIVE_OR_SUBORDINATOR:
            break  # (a quotation or clause before the phrase: "so narrow that many economists and advocates believe")
        if w[:1].islower() and (w in _VERBISH or w in _AUXILIARY_END):
            return True
    return False


def _opens_a_name(text: str, chosen: list[tuple[int, int]]) -> bool:
    """The words already taken (walking back) start a name: 'Service', or 'the Toronto Police Service'."""
    if _cap(text, chosen[-1]):
        return True
    return len(chosen) >= 2 and text[chosen[-1][0]:chosen[-1][1]] == "the" and _cap(text, chosen[-2])


def _cap(text: str, tok: tuple[int, int]) -> bool:
    return text[tok[0]:tok[1]][:1].isupper()


# (a comma between digits groups a figure and ends no phrase: "the mayor of the town of 3,000")
_NP_AFTER = re.compile(r"\s*((?:[^,;:\u201c\u201d\"()]|(?<=\d),(?=\d{3})){1,80})")
_NP_AFTER_LONG = re.compile(r"\s*((?:[^,;:\u201c\u201d\"()]|(?<=\d),(?=\d{3})){1,140})")
_WHO_KNOW_AFTER = re.compile(r"^(?:[\w'\u2019-]+\s+){0,4}?(?:" + UNNAMED_WHO + r"|"
                             r"Democrats|Republicans|members|lawmakers|executives|leaders)\s+" + WHO_KNOW_LINK + r"\s", re.I)
_NP_AFTER_CUT = re.compile(r"(?<!known)\s(?:who|which|that|on|in|at|during|after|when|as)\s")  # not "known as Bob"


_THAT_CLAUSE_AFTER_CUE = re.compile(r"\s+that\s", re.I)


_NOUN_ESTIMATES_NEXT = re.compile(r"\s*(?:,|(?:of|for|from|on|put|puts|show|shows|showed|suggest|suggests|have|has|had|are|were|"
                                  r"was|is|vary|varied|range|ranged|differ)\b)", re.I)
_PLURAL_ESTIMATOR = re.compile(r"(?:\b(?:they|we|i|you|who|police|people)|[a-z]s)(?:\s+(?:now|also|still|\w+ly))?\s+$", re.I)


def _estimates_that(text: str, frame: Frame) -> bool:
    """'estimate' and 'estimates' are kept to documents for their noun ("the estimates put ...", "a best estimate");
    they are verbs whoever estimates with a that-clause after them ("The union estimates that C", "Smith, who
    estimates that C"), and, people and bodies estimating being sources as documents are, when a name or a pronoun
    estimates ("Bloomberg estimates his fortune at $42 billion", "which he estimates will cost C") or a plural
    subject right before the bare verb ("Analysts estimate sales fell", "they estimate that C"), the noun's verb
    not following ("estimates of", "cost estimates put", "estimates vary")."""
    cue = text[frame.cue[0]:frame.cue[1]].lower()
    if cue not in ("estimates", "estimate") or frame.agentless:
        return False
    if _THAT_CLAUSE_AFTER_CUE.match(text, frame.cue[1], frame.content[0] + 1):
        return True
    if frame.content[0] < frame.cue[1] or _NOUN_ESTIMATES_NEXT.match(text, frame.cue[1]):
        return False
    source = text[frame.source[0]:frame.source[1]]
    if cue == "estimate":
        return bool(_PLURAL_ESTIMATOR.search(text, frame.source[0], frame.cue[0])) and source.split()[-1].lower() != "its"
    return source.lower() in PRONOUN_TYPES or (source[:1].isupper() and _valid_source(source, strict=True))


def _reads_a_quotation(text: str, frame: Frame) -> bool:
    """Only a written text 'reads' a quotation ("“Vote no,” it read.", "“C,” one sign reads."):
    whatever the source phrase, it names a document. The quotation may open a sentence earlier ("“A! B,” read one.")
    and close right before the cue."""
    cue = text[frame.cue[0]:frame.cue[1]].lower()
    return cue in ("read", "reads") and (bool(_OPENS_QUOTATION.match(text, frame.content[0])) or (
        frame.content[1] <= frame.cue[0] and text[frame.content[1] - 1:frame.content[1]] in ("\u201d", '"')))


def _names_a_document(phrase: str) -> bool:
    """A long description of a poll, report or body: "a new poll by the Harvard University Institute of Politics"."""
    lex = source_words()
    return any(lex.get(w.lower().strip(".,'\u2019")) in ("document", "organization") for w in phrase.split())


_AFFILIATION_AFTER_NAME = re.compile(r"(?<=[a-z.])\s+(?:of|at|from|with)\s+(?=(?:the\s+)?[A-Z])")


def _np_after(text: str, pos: int, body_end: int, stop_at_comma: bool = True, strict: bool = False,
              max_words: int = 8) -> Optional[tuple[int, int]]:
    """The source phrase after a cue ("said John Smith, a spokesman")."""
    m = (_NP_AFTER_LONG if max_words > 8 else _NP_AFTER).match(text, pos, body_end)
    if not m:
        return None
    a, b = m.start(1), m.end(1)
    phrase = text[a:b].rstrip()
    # stop at a relative clause or a verb-like continuation, but not inside "people involved in the talks"; a
    # who-know phrase too long to keep whole stops after its link ("an official with direct knowledge of talks in ...")
    who = _WHO_KNOW_AFTER.search(phrase)
    cut = None if who and len(phrase.split()) <= max_words else _NP_AFTER_CUT.search(" " + phrase + " ", who.end() if who else 0)
    if cut:
        phrase = phrase[:max(0, cut.start() - 1)].rstrip()
    if len(phrase.split()) > max_words:
        # a long affiliation: "said Stephen Vladeck of the University of Texas School of Law" is Vladeck
        affiliation = _AFFILIATION_AFTER_NAME.search(phrase)
        phrase = phrase[:affiliation.start()] if affiliation and classify(phrase[:affiliation.start()]) == "person" else ""
    if not phrase or len(phrase.split()) > max_words:
        return None
    if not _valid_source(phrase, strict=strict) and not (max_words > 8 and _names_a_document(phrase)):
        return None
    return a, a + len(phrase)


# who was told: a name, a group, a pronoun, or a program by its quoted title ('"C," she told "Meet the Press."')
_ADDRESSEE = re.compile(r"\s+((?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.&-]*['\u2019]s\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?=\s+(?:that|on|in|at|about|after|before|during|last|earlier|[\u201c\x22]))|[a-z]{3,}['\u2019]s\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?=\s+(?:that|on|in|at|last|earlier)\b)|[A-Z][\w.'\u2019&-]*(?:\s+(?:of|for|and)?\s*[A-Z][\w.'\u2019&-]*)*(?:\s+\d{1,3}\b)?(?:\s+(?:television|radio|news)?\s*(?:station|network|channel|newspaper|program|programme|show))?(?:\s+[\u201c\x22][A-Z][^\u201d\x22]{0,40}[\u201d\x22])?|(?:[\u201c\x22]|'')[A-Z][^\u201c\u201d\x22]{0,40}?(?:[\u201d\x22]|'')|reporters|journalists|lawmakers|supporters|the\s+\w+|a\s+\w+(?:\s+conference)?|(?:his|her|their|its|our)\s+[a-z]\w+(?:['\u2019]s\s+[a-z]\w+)?|him|her|them|us|me|you|the\s+crowd|an?\s+audience|(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s+that\b)|(?:[a-z][\w-]*\s+)?(?:[a-z]{3,}s|police)(?=\s)))")


_WHERE_THEN_THAT = re.compile(r"\s+(?:(?:in|at|on|during|after|before|from|outside|by|via|over)\s+[^;:\u201c\u201d\"]{1,90}?|(?:last|earlier)\s+"
                              r"[^,;:\u201c\u201d\"]{1,40}?|this\s+(?:morning|afternoon|evening|week|weekend|month|year|spring|"
                              r"summer|fall|autumn|winter))\s+that\b"  # "told the committee last week that C"
                              # not a relative 'that' whose verb follows ("reported 20 victims at a center that could
                              # house more", "said in a statement that was released"): a complement clause has a subject
                              r"(?!['\u2019]s\b|\s+(?:could|would|will|can|may|might|should|must|is|are|was|were|has|have|had|works|exists?)\b)")


def _skip_addressee(text: str, pos: int, body_end: int) -> tuple[int, Optional[tuple[int, int]]]:
    """After 'told', skip who was told ("told Reuters", "told reporters on Friday"), and where or when up to
    'that' ("told supporters at a breakfast spot in Manchester, New Hampshire, that C")."""
    m = _ADDRESSEE.match(text, pos, body_end)
    k = m.end() if m else pos
    where = _WHERE_THEN_THAT.match(text, k, body_end)  # "told supporters in Iowa that C"
    return (where.end() if where else k), ((m.start(1), m.end(1)) if m else None)


def _is_outlet(phrase: str) -> bool:
    """A news organisation an addressee names ("CBC News", "NBC's \u201cToday\u201d": the owner decides)."""
    phrase = re.split(r"['\u2019]s\b", phrase)[0]
    ws = phrase.split()
    return bool(ws) and ws[0][:1].isupper() and classify(phrase) != "person" or any(
        source_words().get(w.lower()) == "outlet" for w in ws)


_OPENS_ONE_WORD_SENTENCE = re.compile(r"(?:[\u201c\"]|'')[A-Za-z]+")


def _content_after(text: str, pos: int, body_end: int) -> Optional[tuple[int, int]]:
    """Content after a cue: skip time/manner phrases, 'that' and a colon; at least two words. A semicolon closes
    the cue's clause: after "A, the mayor said; the auditor disagreed" the next clause is no content of 'said'."""
    seg = text[pos:body_end]
    m = _after_cue_match(seg)
    k = pos + (m.end() if m else 0)
    if text[k:k + 3].lstrip().startswith(";"):
        return None
    m2 = _THAT.match(text, k, body_end)
    if m2:
        k = m2.end()
    a, b = _strip_span(text, k, body_end)
    if ":" in text[a:a + 40]:
        manner = _MANNER_BEFORE_COLON.match(text, a, b)
        if manner:  # 'told the crowd, to cheers: "C"', 'said, with a laugh: "C"': how it was said, not what
            a = manner.end()
    if text[a:b].lower() in ("yes", "no", "when", "why", "how", "where", "whether", "who", "what"):
        return a, b  # a poll's answer: "75 percent said no"; a question left open: "Cook did not say when"
    if (text[a:a + 1] in "\u201c\"" and text[b - 1:b] in "\u201d\"" or text.startswith("''", a)
            and text.endswith("''", a, b)) and b - a >= 4:
        return a, b  # a one-word quotation: Priebus said, "Probably."; Mrs. Clinton said, ''No.''
    if _OPENS_ONE_WORD_SENTENCE.fullmatch(text, a, b) and text[b:b + 1] in ".!?" \
            and text[a:b].strip("\u201c\"'").lower() not in load_word_list("abbreviations.txt"):
        return a, b  # the quotation runs on past a one-word sentence: Ryan said, \u201cSure. I get that.\u201d
    if _LONE_FIGURE.fullmatch(text, a, b) and not text[pos:a].strip():
        return a, b  # "put the number of dead at 12": the figure right after the cue is the whole content
    if b - a < 3 or len(text[a:b].split()) < 2:
        return None
    return a, b


# A short phrase of manner or reception between the cue and the colon that opens a quotation: "to cheers:", "with a
# laugh:", "amid boos:", "over the noise:"; the quotation after the colon is the content.
_MANNER_BEFORE_COLON = re.compile(r"(?:to|with|amid|over)\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+:\s+(?=[\u201c\"])")


_LONE_FIGURE = re.compile(r"(?:\d[\d,.]*\d|\d)%?\.?")


_NOT_NP_START = {"to", "not", "be", "been", "being", "also", "has", "have", "had", "is", "was", "were", "are", "would",
                 "will", "could", "should", "can", "may", "might", "must", "do", "does", "did", "never", "then",
                 "just", "only", "even", "yet", "still", "very", "so", "too", "now", "here", "there", "where",
                 "this", "that", "these", "those", "what", "which", "why", "how", "when", "if", "whether", "it's",
                 "let", "let's", "please", "because", "although", "though", "while", "unless", "than"}
_NOT_NP_END = {"the", "a", "an", "to", "of", "and", "or", "but", "not", "has", "have", "had", "is", "was", "be",
               "been", "would", "will", "could", "should", "can", "may", "might", "must", "very", "also", "then",
               "this", "that", "his", "her", "their", "its", "our", "my", "your"}


# Words that open a fronted adverbial, never the speaker ("However", "Instead", "On Wednesday", "After ...").
# "In a statement [defending X], the campaign said", "By the time [the polls closed]": a fronted phrase opened by a
# preposition before a document or 'time' (not "At the moment Sanders [announced]", where the name may speak)
_FRONTED_PREPOSITIONS = {"In", "At", "By", "During", "After", "Before", "With", "Within", "Over", "Throughout"}
_FRONTED_DOCUMENT_OR_TIME = re.compile(r"(?:In|At|By|During|After|Before|With|Within|Over|Throughout)\s+(?:a|an|the|his|her|"
                                       r"their|its|this|that|one|two|three|several|recent)?\s*(?:[\w-]+\s+){0,2}?"
                                       r"(?:statement|video|message|article|interview|letter|post|tweet|release|speech|"
                                       r"op-ed|email|memo|report|time)\b")
_FRONTED = {"however", "instead", "after", "when", "having", "as", "on", "meanwhile", "before", "since", "once",
            "although", "though", "because", "if", "while", "during", "despite", "unlike", "like", "yet", "still"}
_DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
               "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year", "last", "this", "on",
               "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"}


_OF_A_BODY = {"at", "for", "of", "in", "with", "from", "to", "by"}
# bodies named "X of Y" for their remit ("the department of health"); not "a group of", "a coalition of 13 states"
_BODY_OF_A_REMIT = set(source_lists()["body-of-a-remit"])
# "the president for months blasted": 'for' opens a time, not the remit of a post or body ("the minister for health")
_FOR_A_TIME = re.compile(r"(?:\d|years|months|weeks|days|hours|decades|now|once|life|example|instance|weeks)", re.I)
# Why a source goes unnamed, in a relative clause on the source ("who asked not to be named", "who did not want
# her last name used", "who asked that his name not be used"): the source's name, not something the source claims.
_ANONYMITY = re.compile(r"(?:asked|requested|spoke|speaking|declined)\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition|to\s+be\s+(?:named|identified))"
                        r"|(?:want|wanted|wants|wish|wished|wishes)\s+(?:to\s+be\s+(?:named|identified)|to\s+(?:give|share|use)\s+(?:his|her|their)\s+"
                        r"(?:\w+\s+)?names?\b|(?:his|her|their)\s+(?:\w+\s+)?names?\s+(?:to\s+be\s+)?(?:used|published|printed|disclosed|"
                        r"revealed|given|made\s+public)\b)"
                        r"|(?:asked|requested)\s+that\s+(?:only\s+)?(?:his|her|their)\s+(?:\w+\s+)?names?\s+(?:not\s+)?be\b", re.I)


# A lower-case plural before "in", "at" or "of" right before a cue heads the source it opens: "Real estate agents in
# some markets said", "Parents of students at the school said" (the people, not the markets or the school speak).
_PLURAL_PEOPLE = _PLURAL_OF_PEOPLE  # (the source reader's pattern of plurals of people)


def _unnamed_person_head(word: str, preposition: str) -> bool:
    """'an official [at the ministry]', 'a spokesperson [for the city]', 'a source close [to the talks]':
    the unnamed person or group is the source, not the body named after the preposition."""
    word = word.lower().strip(".,")
    if preposition == "to":  # "a source close to", "an adviser to the senator"
        return word == "close" or source_words().get(word) in ("anonymous", "role")
    kind = source_words().get(word)
    return kind in ("anonymous", "role", "vague") or (kind == "document" and preposition in ("by", "from", "of")) \
        or (kind == "title" and preposition == "of") or (kind == "epithet" and preposition == "for") \
        or (kind in ("title", "organization") and preposition == "for") or (word in _BODY_OF_A_REMIT and preposition == "of")
    # "the former secretary of state", "the minister of finance", "the Republican nominee for the Nov. 8 election",
    # "the minister for health", "the regional centre for education": a post or a body named for its remit; the
    # remit alone ("health") is no source


_AUXILIARY_END = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "do",
                  "does", "did"}
# Unions of the word sets above, built once (they were built again at every call of the functions asking)
_BOUNDARY_OR_FRONTED_PLACE = _BOUNDARY_WORDS | _FRONTED_PLACE_OR_TIME  # _past_fronted_phrase
_FRONTED_OR_DATE_WORDS = _FRONTED | _DATE_WORDS  # _np_before
_AUXILIARY_END_OR_MODAL = _AUXILIARY_END | _GAP_MODALS  # _np_before
_BOUNDARY_NOT_IN_A_HEAD = _BOUNDARY_WORDS - {"of", "for", "at", "in", "from", "and"}  # _participial_modifier
_NOT_ENDING_A_MODIFIER = _OF_A_BODY | _NOT_IN_MODIFIED_NP  # _participial_modifier


def _description_then_name(ws: list[str]) -> bool:
    """A person's description before a name, as an inverted frame names the speaker ("C," said GOP strategist
    Keith Nahigian / Clinton ally James Carville / one New Hampshire Democrat): capitalised words around at
    most two lower-case nouns, or "one"/"another" before a capitalised name."""
    if not 2 <= len(ws) <= 7 or not ws[-1][:1].isupper():
        return False
    lower = [w.lower() for w in ws if not w[:1].isupper()]
    if ws[0].lower() in ("one", "another") and lower == [ws[0].lower()]:
        return True  # "one New Hampshire Democrat"
    if not 1 <= len(lower) <= 2 or not ws[-2][:1].isupper() or not ws[0][:1].isupper() and (
            len(ws) - len(lower) != 2 or ws[:len(lower)] != [w for w in ws if not w[:1].isupper()]
            or classify(" ".join(ws[-2:])) != "person"):
        return False  # "GOP strategist Keith Nahigian": opens and ends capitalised; or lower-case words before a
        # person's name: "political scientist Dossym Satpayev", "former aide Jane Doe"
    return all(w.isalpha() and w not in _NOT_NP_START and w not in _BOUNDARY_WORDS and w not in _VERBISH
               and not w.endswith(("ed", "ing")) and not (w.endswith("ly") and w not in _LY_NOUNS) for w in lower)


# lower-case words inside a proper name: connectors of bodies' names, and the particles of surnames ("Marie de la
# Fontaine", "Ana Paula dos Santos", "Pieter van der Berg", "Luca di Marco")
_NAME_CONNECTORS = frozenset(("of", "for", "and", "the", "a", "an", "so-called", "de", "al", "on", "in", "at",
                              "la", "le", "du", "des", "da", "dos", "das", "van", "von", "der", "den", "ter", "di",
                              "del", "della"))
_STAFF_WORDS = frozenset(source_lists()["staff-word"])


def _figure_then_another_noun(low: list[str]) -> bool:
    """A figure with its unit, then a pronoun or a word for people or a body ("the 6.5 per cent staff [first
    proposed]", "the $14 million the mayor [sought]", "the 3 per cent he [promised]") is the object of a relative
    clause whose subject follows the figure: the figure speaks for no one. "49 per cent of voters said" (a share,
    then "of"), "a 45% plurality of Democrats", "48 percent overall agreed" stay sources."""
    i = 1 if low and low[0] in ("the", "a", "an") else 0
    if len(low) < i + 3 or not (low[i][:1].isdigit() or low[i][:1] == "$" and low[i][1:2].isdigit()):
        return False
    rest = " ".join(low[i + 1:])
    if low[i].endswith("%"):
        rest = "% " + rest
    for unit in ("per cent", "percent", "%", "million", "billion"):
        if rest.startswith(unit + " "):
            after = rest[len(unit) + 1:].split()
            after = after[1:] if after[:1] == ["the"] else after  # ("the $14 million the mayor sought")
            return bool(after) and (after[0] in PRONOUN_TYPES or after[0] in _STAFF_WORDS
                                    or source_words().get(after[0]) in ("anonymous", "role", "organization", "title"))
    return False


@lru_cache(maxsize=8192)  # a pure function of the phrase; a story asks about the same phrases again (3 calls in 4)
def _valid_source(phrase: str, strict: bool = False) -> bool:
    """A phrase that can name who speaks: a name, a pronoun, or a source noun.
    Not strict: also any short noun phrase standing as the subject right before a cue."""
    ws = phrase.strip("\u201c\u201d\"' ").split()
    if not ws or len(ws) > 12:
        return False
    low = [w.lower().strip(".,'\u2019").replace("\u2019", "'") for w in ws]  # (a curled apostrophe: "It\u2019s")
    if len(ws) > 3 and low[-1] in ("to", "with") and ws[-2] in _CONTACT_VERBS and low[-3] in _CONTACT_SUBJECTS:
        return _valid_source(" ".join(ws[:-3]), strict)  # "Residents we spoke to": the residents, as the writer says
    if len(ws) > 2 and low[0] in ("only", "just") and _NUMBER.fullmatch(low[1]):
        ws, low = ws[1:], low[1:]  # "only 49 percent of Republicans": a share, though 'only' opens no noun phrase
    if len(ws) > 1 and low[-1] in _AUXILIARY_END:
        return False  # "residents are": a clause has begun, no source phrase ends in an auxiliary
    if _figure_then_another_noun(low):
        return False  # "down from the 6.5 per cent staff first proposed": the figure is what was proposed
    if len(ws) == 1 and low[0] in PRONOUN_TYPES and low[0] not in ("him", "them", "his", "its", "her"):
        return True
    if low[0] in ("there", "it's", "what", "which", "here", "such", "why", "how", "whether") or low[0] in _FRONTED \
            or ws[0] in _FRONTED_PREPOSITIONS and _FRONTED_DOCUMENT_OR_TIME.match(phrase.strip("\u201c\u201d\"' ")) \
            or low == ["no"]:
        # "In a statement [defending X]", "By the time [those primaries concluded]", "No [wonder Trump said]": a
        # fronted phrase names no one; nor does a question word ("Why not just say: C?")
        return False
    if low[0] == "this" and (len(low) == 1 or low[1] in _AUXILIARY_END or low[1] in _VERBISH):
        return False  # "This is ...", not "this Trump look-alike declared"
    if low[-1] in ("the", "a", "an"):
        return False  # "The claim that C": an article names no one, whatever its capital letter
    if low[0] in ("those", "these") and (len(low) == 1 or len(low) == 2 and low[1].endswith("ed")):
        return True  # "those surveyed say", "Those polled said", "Those [who attended] said"
    if ws[0][:1].islower() and low[0] in _VERBISH:
        return False  # "said the former diplomat couldn't recall", "In describing X": a verb or a preposition opens no source
    if all(w in _DATE_WORDS for w in low):  # "said Sunday", "said on Tuesday"
        return False
    if AGE_DESCRIPTION.fullmatch(" ".join(low)):
        return True  # "said the 46-year-old": the person just named
    if len(low) > 1 and ws[0][:1].islower() and low[0].endswith("ed") and low[1] in ("a", "an", "the", "his", "her",
                                                     "their", "its", "this"):
        return False  # "issued a statement Tuesday [saying]": a verb and its object, no source
    lex = source_words()
    if any(lex.get(w) in ("anonymous", "role", "vague", "document", "organization", "outlet") for w in low[-2:]):
        return True
    if low[-1] in ("many", "some", "others", "most"):
        return True
    if any(w in _OF_A_BODY and i > 0 and _unnamed_person_head(low[i - 1], w) for i, w in enumerate(low)):
        return True  # "a study by the Council of the Great City Schools", "an official at the ministry"
    if len(ws) > 3 and _WHO_KNOW_AFTER.search(phrase.strip() + " "):
        return True  # "an official involved in the talks", "a diplomat privy to the negotiations"
    if len(ws) <= 6 and (lex.get(low[-1]) == "title" and low[0] in ("the", "a", "an", "this", "that") or
                         ws[-1][:1].isupper() and any(lex.get(w) in ("title", "role") for w in low)):
        return True  # "the Florida senator", "Virginia delegate Beau Correll"
    # a proper name: every word capitalised but connectors and determiners, the last word capitalised
    small = _NAME_CONNECTORS
    if ws[-1][:1].isupper() and all(w[:1].isupper() or w.lower() in small for w in ws):
        return True
    if _description_then_name(ws):
        return True
    if len(ws) >= 3 and _first_name_index(ws[-2:]) == 0 and ws[-1][:1].isupper() and ws[0][:1].isupper():
        return True  # "Oversight ranking Democrat Elijah Cummings": a description, then a personal name
    of = [i for i, w in enumerate(ws) if w == "of"]
    if of and of[0] >= 2 and (all(w[:1].isupper() for w in ws[:of[0]]) and _first_name_index(ws[:of[0]]) == 0
                              or classify(" ".join(ws[:of[0]])) == "person"
                              and _valid_source(" ".join(ws[:of[0]]), strict=True)):
        return True  # "Robert Antonacci of the New York delegation", "former Gov. Bill Richardson of New Mexico"
    # any other short noun phrase standing as the subject of the cue ("A producer for Yahoo Studios",
    # "Twenty-four percent", "The billionaire businessman"), unless it starts like no noun phrase does
    if strict or low[0] in _NOT_NP_START or low[-1] in _NOT_NP_END:
        return False
    verb = next((i for i, w in enumerate(ws) if i > 0 and w[:1].islower()), None)
    if verb is not None and all(w[:1].isupper() for w in ws[:verb]) and (verb == 1 or low[verb - 1] not in PRONOUN_TYPES) \
            and (low[verb] in _VERBISH or low[verb].endswith(("n't", "n\u2019t")) or low[verb].endswith("ed") and verb == len(ws) - 1):
        return False  # "Trump made no [mention]", "Thomas Perez stopped [writing]": the name, then its verb
    # a long description ends on the person's name: "Former Secretary of State and Democratic frontrunner Hillary Clinton"
    return len(ws) <= 8 or (len(ws) >= 2 and ws[-1][:1].isupper() and ws[-2][:1].isupper())


def _frame_source(text: str, frame: Frame, registry: Registry, entities) -> ClaimSource:
    """Resolve the frame's mentions: the source, and the outer sources of a chain."""
    via_names: list[str] = []
    via_frames: list[ViaFrame] = []
    for vs, ve in frame.via:
        vsrc, _ = registry.resolve(text, vs, ve, entities=entities)
        registry.note_via(vs)
        via_names.append(vsrc.name)
        if (vs, ve) in frame.via_cues:
            via_frames.append(ViaFrame(name=vsrc.name, mention=Span.of(text, vs, ve),
                                       cue=Span.of(text, *frame.via_cues[(vs, ve)])))
    if frame.agentless:  # "it is believed C"; a hedge, "X seemed to C", is an impression no one is named for
        name = "unnamed (hedged impression)" if frame.rule.startswith("hedge:") \
            and cue_table()[frame.rule[len("hedge:"):]]["term"] not in _NAMES_AND_VERDICTS | _JUDGED_IN_THE_PASSIVE \
            else "unnamed (agentless)"
        return ClaimSource(name=name, type=VAGUE, mention=None, via=via_names,
                           source_id=None, rule=frame.rule, via_frames=via_frames)
    # "Mr. Trump fits that bill, he added": a person named in the content is not who speaks it
    content_first = frame.content[1] <= frame.source[0]
    src, how = registry.resolve(text, frame.source[0], frame.source[1], entities=entities,
                                ignore_people_from=frame.content[0] if content_first else None)
    return ClaimSource(name=src.name, type=src.type, mention=Span.of(text, *frame.source), via=via_names,
                       source_id=src.id, rule=f"{frame.rule}; {how}", via_frames=via_frames)

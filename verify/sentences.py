"""Sentence and paragraph splitting with NLTK's Punkt, set up offline.

Punkt is given its parameters here (news abbreviations) rather than trained
or downloaded, so nothing is fetched at run time. News copy puts one
paragraph on a line, so line breaks end sentences too, except in hard-wrapped
text where a line runs on into the next.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

import regex
from nltk.tokenize import punkt
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

from .lexicon import load_lexicon, load_word_list
from .model import Sentence

CLOSING_QUOTES = "\"'\u201d\u2019\u00bb)]"
_TERMINAL = re.compile(r"[.!?:;\"'\u201d\u2019\u00bb)\]]\s*$")


def _untimed(pattern) -> "regex.Pattern":
    """One of Punkt's own patterns compiled again by the same `regex` engine, without a time limit.

    NLTK runs every pattern through nltk.redos, under a wall-clock limit meant for patterns a
    caller supplies; the limit's bookkeeping doubles the cost of each match, and Punkt matches
    every word of every paragraph it reads (a fifth of the analysis time). Punkt's patterns are
    fixed and linear; source and flags are the same, so every match is the same."""
    if isinstance(pattern, (re.Pattern, regex.Pattern)):
        return pattern  # an NLTK without nltk.redos: already untimed
    return regex.compile(pattern.pattern, pattern.flags)


class _LanguageVars(PunktLanguageVars):
    """Punkt's English language variables, its patterns run without the time limit."""

    __slots__ = ()
    re_boundary_realignment = _untimed(PunktLanguageVars.re_boundary_realignment)

    def _word_tokenizer_re(self):
        try:
            return self._re_word_tokenizer
        except AttributeError:  # first call: NLTK compiles it (timed), kept here untimed
            self._re_word_tokenizer = _untimed(super()._word_tokenizer_re())
            return self._re_word_tokenizer

    def period_context_re(self):
        try:
            return self._re_period_context
        except AttributeError:
            self._re_period_context = _untimed(super().period_context_re())
            return self._re_period_context


class _Token(PunktToken):
    """Punkt's token, its patterns run without the time limit."""

    __slots__ = ()
    _RE_ELLIPSIS = _untimed(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _untimed(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _untimed(PunktToken._RE_INITIAL)
    _RE_ALPHA = _untimed(PunktToken._RE_ALPHA)
    _RE_NON_PUNCT = _untimed(punkt._re_non_punct)

    def __init__(self, tok, **params):
        """PunktToken.__init__, the same attributes set directly instead of by a setattr() loop over its
        property names, and the numeric pattern not tried on a word that opens on a letter (it needs a digit,
        "-", "." or "," first). Punkt makes a token of every word it looks at (a sixth of the splitting time)."""
        self.tok = tok
        low = tok.lower()
        self.type = low if tok[:1].isalpha() else self._RE_NUMERIC.sub("##number##", low)
        self.period_final = tok.endswith(".")
        self.parastart = self.linestart = self.sentbreak = self.abbr = self.ellipsis = None
        for k in params:
            setattr(self, k, params[k])

    @property
    def is_non_punct(self):
        return self._RE_NON_PUNCT.search(self.type)


class _SentenceTokenizer(PunktSentenceTokenizer):
    """Punkt's sentence tokenizer for parameters that hold abbreviations only (no collocations, no frequent
    sentence starters, no orthographic context: nothing is trained), its decisions taken as Punkt takes them.

    With those parameters Punkt's second pass can only take a break back (after an initial or a number before a
    lower-case word or a punctuation mark, after an initial before a capital), never add one; its token objects,
    generator chains and pair iterators (two thirds of the splitting time) are not needed to say so. Checked
    against NLTK's own Punkt on every paragraph of PolNeAR, PTC and the seeds (tests/test_fast_paths.py)."""

    _SENT_END = (".", "?", "!")
    _PUNCTUATION = tuple(";:,.!?")  # PunktSentenceTokenizer.PUNCTUATION: no sentence opens on one

    def __init__(self, params: PunktParameters):
        super().__init__(params, lang_vars=_LanguageVars(), token_cls=_Token)
        if params.collocations or params.sent_starters or any(params.ortho_context.values()):
            raise ValueError("_SentenceTokenizer decides with abbreviations only")
        self._findall = self._lang_vars._word_tokenizer_re().findall

    def span_tokenize(self, text: str, realign_boundaries: bool = True) -> list[tuple[int, int]]:
        """Punkt's _slices_from_text and _realign_boundaries in one list-building pass."""
        if not realign_boundaries:
            return list(super().span_tokenize(text, False))
        cuts = []
        last_break = 0
        for match, context in self._match_potential_end_contexts(text):
            if self.text_contains_sentbreak(context):
                cuts.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        cuts.append((last_break, len(text.rstrip())))
        realignment = self._lang_vars.re_boundary_realignment.match
        out = []
        realign = 0
        last = len(cuts) - 1
        for i, (s1, e1) in enumerate(cuts):
            s1 += realign
            if i < last:
                s2, e2 = cuts[i + 1]
                m = realignment(text[s2:e2])
                if m:
                    out.append((s1, s2 + len(m.group(0).rstrip())))
                    realign = m.end()
                    continue
                realign = 0
            if s1 < e1:  # (text[s1:e1] not empty: e1 is never past the text's end)
                out.append((s1, e1))
        return out

    def text_contains_sentbreak(self, text: str) -> bool:
        """A word of the context ends a sentence and another word follows it."""
        findall = self._findall
        words = findall(text) if "\n" not in text else [w for line in text.split("\n") for w in findall(line)]
        for i in range(len(words) - 1):
            if self._ends_sentence(words[i], words[i + 1]):
                return True
        return False

    def _ends_sentence(self, tok: str, nxt: str) -> bool:
        """Punkt's first and second pass over a word and the next one, with these parameters."""
        if tok in self._SENT_END:
            return True
        if tok[-1:] != "." or tok.endswith(".."):
            return False  # no final period, or an ellipsis
        low = tok[:-1].lower()
        abbrev = self._params.abbrev_types
        if low in abbrev or low.split("-")[-1] in abbrev:
            return False  # an abbreviation: nothing here makes it a break again
        initial = _Token._RE_INITIAL.match(tok)
        if initial or not tok[:1].isalpha() and _Token._RE_NUMERIC.sub("##number##", tok.lower()) in (
                "##number##", "##number##."):
            if nxt in self._PUNCTUATION or nxt[0].islower():
                return False  # an initial or an ordinal before a word that opens no sentence
            if initial and nxt[0].isupper():
                return False  # an initial before a name ("J. Bach")
        return True


@lru_cache(maxsize=1)
def sentence_tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(load_word_list("abbreviations.txt"))
    return _SentenceTokenizer(params)


class SentenceBounds:
    """The story's sentences by offset, for the modules that need a sentence's bounds around a figure or a flag
    (framing, reconcile) rather than sentence-end patterns of their own (which ended sentences at "Mr." and missed
    breaks after ".\xa0")."""

    def __init__(self, sentences):
        self.starts = [s.start for s in sentences]
        self.ends = [s.end for s in sentences]

    def around(self, k: int) -> tuple[int, int]:
        """The start and end of the sentence holding offset k; (k, k) when none does."""
        i = bisect.bisect_right(self.starts, k) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and k < self.ends[i] else (k, k)


def opens_a_line(text: str, pos: int) -> bool:
    """Nothing but spaces between the last line break (or the story's start) and pos: pos opens a line, as a
    live blog's time stamp or a list item's number does."""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


# A line's text from its first character that is not a space to its last (a blank line has none): one pass of
# the regex over the story finds them all.
_LINE_BODY = re.compile(r"(?m)^[^\S\n]*(\S(?:[^\n]*\S)?)")


@lru_cache(maxsize=4)
def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of paragraphs: lines, joined where a hard-wrapped line runs on; a blank line (nothing but spaces)
    ends a paragraph.

    Cached for the story in hand: sentence splitting, attribution and flagging all ask. Each line's body is found
    by one regex over the story; a blank line lies between two bodies when two line breaks do."""
    spans: list[tuple[int, int]] = []
    cur_start = cur_end = -1
    for m in _LINE_BODY.finditer(text):
        b_start, b_end = m.span(1)
        if cur_start < 0:
            cur_start, cur_end = b_start, b_end
        elif text.count("\n", cur_end, b_start) < 2 and text[b_start].islower() \
                and not _TERMINAL.search(text, cur_start, cur_end):
            cur_end = b_end  # a hard-wrapped line runs on: no terminal mark before it, and it opens in lower case
        else:
            spans.append((cur_start, cur_end))
            cur_start, cur_end = b_start, b_end
    if cur_start >= 0:
        spans.append((cur_start, cur_end))
    return tuple(spans)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with exact offsets, each tied to its paragraph number."""
    tok = sentence_tokenizer()
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        para = text[p_start:p_end]
        if _one_sentence(para):
            spans = [(0, len(para))]  # what Punkt returns, at a fraction of the cost
        else:
            spans = tok.span_tokenize(para)
            if len(spans) > 1:  # (the three passes join parts: one part has nothing to join)
                spans = _attach_closing_quotes(para, spans)
                spans = _rejoin_quoted_exclamations(para, spans)
                if len(spans) > 1:
                    spans = _rejoin_after_place_initials(para, spans)
        spans = _split_before_opening_quotes(para, spans)
        spans = _split_after_clock_times(para, spans)
        spans = _split_after_place_abbreviations(para, spans)
        for s, e in spans:
            start = p_start + s
            sentence = para[s:e]
            if sentence.strip():
                sentences.append(Sentence(len(sentences), start, p_start + e, sentence, p_index))
    return sentences


_FINAL_STOP = re.compile(r"[.?!][\"'\u201d\u2019\u00bb)\]]*\s*$")
_STOP = re.compile(r"[.?!]")


def _one_sentence(para: str) -> bool:
    """No sentence-ending mark before the paragraph's own end: Punkt has nowhere to split.

    Most news paragraphs are one sentence; skipping Punkt for them is exact (checked against
    Punkt on 27,759 PolNeAR and PTC paragraphs) and takes a fifth of the splitting time."""
    end = _FINAL_STOP.search(para)
    return _STOP.search(para, 0, end.start() if end else len(para)) is None


_EXCLAIMED = re.compile(r"[!?] ?[\"'\u201d\u2019\u00bb]+\s*$")  # a space may part "?" from its mark: "mean? \""


# a part ending on an abbreviation, then one opening in lower case: "Sen. David Perdue (R-Ga.) said he ...",
# "a former C.I.A. analyst", "in Nashua, N.H. on Monday"
_ABBREVIATION_END = re.compile(r"(?:\([A-Z]{1,2}-[A-Z][\w. ]{0,12}\.\)|\([A-Z]{1,3}-[A-Z][\w.]*\.\)|\([A-Z][a-z]{1,4}\.\)"
                               r"|\b[A-Z][a-z]{1,4}\."
                               r"|(?<![\w.])(?:[A-Za-z]\.){2,}|\.\s\.\s\.)\s*$")  # also "F.B.I.", "N.H.", ". . ."
# a part ending on a first name and a middle initial, then a surname: "votes for Donald J." + "Trump!” US Senator ..."
_MIDDLE_INITIAL_END = re.compile(r"\b[A-Z][a-z]+\s+[A-Z]\.\s*$")
_NO_SURNAME = (r"(?!(?:The|A|An|He|She|It|They|We|I|You|But|And|In|On|At|This|That|There|His|Her|Their|"
               r"Its|If|When|As|After|Before|For|So|Some|Many|Most)\b)")  # words that open a sentence, not a surname
_SURNAME_START = re.compile(_NO_SURNAME + r"[A-Z][a-z'\u2019-]+\b")
# a part ending on a title or another word and two initials given as a first name, then a surname the sentence goes
# on after: "Premier P.J." + "Akeeagok told reporters", "said J.M." + "Berger, a fellow"; initials of a place ("the U.S.",
# "Washington D.C.") are not one
# (GIVEN_INITIALS: two initials, not those of a place or a time of day; sources.py reads them as a first name too)
GIVEN_INITIALS = r"(?!(?:U\.[SKN]|D\.C|B\.C|L\.A|N\.[YJHCDSBLM]|S\.[CD]|E\.U|R\.I|P\.E|A\.M|P\.M)\.)[A-Z]\.[A-Z]\."
_GIVEN_INITIALS_END = re.compile(r"(?:^|(?<![\w.])(?!(?:in|at|from|into|near|across|outside)\s)[A-Za-z][a-z]*\.?\s+)"
                                 + GIVEN_INITIALS + r"\s*$")  # (not a place's initials after a preposition: "in A.C.")
_SURNAME_GOING_ON = re.compile(_NO_SURNAME + r"[A-Z][A-Za-z'\u2019-]*[a-z](?:,|\s+[a-z(])")  # "Akeeagok told", "MacNab, an expert"
_NUMBER_ABBREVIATION = re.compile(r"\b(?:Nos?|no)\.\s*$")


def _ends_on_an_initial(para: str, start: int, end: int) -> bool:
    """Cheap test before _MIDDLE_INITIAL_END, which would read the whole part: para[start:end] ends on a space,
    a capital and a period (and maybe spaces), "... Donald J." """
    while end > start and para[end - 1].isspace():
        end -= 1  # (the pattern's \s*$; \s is what str.isspace() says)
    return end - start >= 3 and para[end - 1] == "." and "A" <= para[end - 2] <= "Z" and para[end - 3].isspace()


def _ends_on_two_initials(para: str, end: int) -> bool:
    """Cheap test before _GIVEN_INITIALS_END: the part ends on "X.Y." (and maybe spaces)."""
    tail = para[max(0, end - 6):end].rstrip()
    return len(tail) >= 4 and tail[-1] == "." and tail[-3] == "." and tail[-2].isupper() and tail[-4].isupper()


def _rejoin_quoted_exclamations(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """\u201cGet out!\u201d he shouted. is one sentence: Punkt ends one at the quoted "!" or "?",
    but a next part that starts in lower case is the attribution that closes it. No sentence starts
    with a comma, a closing bracket or more stops ("Rep. Jane Doe (D-Md.), chair of ...", "go!!!,"); "No."
    before a number is no sentence end ("he'd be No. 1," Millis added), nor an abbreviation Punkt does not
    know before a lower-case word ("Rep. Jim McDermott (D-Wash.) said", "a former C.I.A. analyst")."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        exclaimed = out and _EXCLAIMED.search(para, out[-1][0], out[-1][1])
        if out and (para[s:s + 1] in ",;:)]!?." or exclaimed and (para[s:s + 1].islower() or _speaker_then_speech(para, s, e))
                    or para[s:s + 1].isdigit() and _NUMBER_ABBREVIATION.search(para, out[-1][0], out[-1][1])
                    or para[s:s + 1].islower() and _ABBREVIATION_END.search(para, out[-1][0], out[-1][1])
                    or _ends_on_an_initial(para, out[-1][0], out[-1][1])
                    and _MIDDLE_INITIAL_END.search(para, out[-1][0], out[-1][1]) and _SURNAME_START.match(para, s)
                    or _ends_on_two_initials(para, out[-1][1]) and _SURNAME_GOING_ON.match(para, s)
                    and _GIVEN_INITIALS_END.search(para, out[-1][0], out[-1][1])
                    or para[s:s + 1] in "\u2015\u2014\u2013" and (para[out[-1][1] - 1:out[-1][1]] in "\u201d\"'"
                                                            or _ABBREVIATION_END.search(para, out[-1][0], out[-1][1]))
                    or para.startswith(("--", "- "), s) and _ABBREVIATION_END.search(para, out[-1][0], out[-1][1])):
            # (also a quotation signed with a dash: "“C.” ― Carlos Raúl", and a dateline whose
            # province ends it: "SURREY, B.C. — A man ...", in wire copy typed as two hyphens or one: "HALIFAX, N.S. -- A", "CHARLESTON, S.C. - A";
            # two hyphens after a quotation sign it, as a byline: '"C."--Kim Lee.')
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


@lru_cache(maxsize=1)
def _speaker_then_speech_pattern() -> re.Pattern:
    """A capitalised speaker of up to six words, perhaps described between commas ("Murphy, the head of the PAC,"),
    then a cue verb from the lexicon that takes a clause or a quotation ("said", "asked", "demanded")."""
    df = load_lexicon("cues.csv", required=("term", "forms", "category", "frame"))
    rows = df[((df["category"] == "speech") | (df["category"] == "stance") & df["frame"].isin(["clause", "np"]))
              & (df.get("rank", "") != "fallback")]  # a stance held ("Trump supports") says nothing
    forms = sorted({f for row in rows["forms"] for f in row.split("|") if " " not in f and f[:1].isalpha()},
                   key=len, reverse=True)
    return re.compile(r"(?:[A-Z][\w.'\u2019-]*|the|a|an|of|[A-Z]\.)(?:\s+(?:[A-Z][\w.'\u2019-]*|the|of|[a-z]+ly|\([A-Z]-[\w.]+\))){0,5}"
                      r"(?:,\s+[^,.;:!?\u201c\u201d\"]{2,80}?,)?"  # described: '"Go!" Murphy, the head of the PAC, wrote'
                      r"\s+(?:" + "|".join(forms) + r")\b")


def _speaker_then_speech(para: str, s: int, e: int) -> bool:
    """“Who knows?” Trump told ITV on Monday.  After a quoted question or exclamation, a part that opens
    with its speaker and a speech verb is the quotation's attribution, not a new sentence."""
    return _speaker_then_speech_pattern().match(para, s, e) is not None


_ABBREVIATION_THEN_QUOTE = re.compile("(?<=[A-Z]\\.)\\s+(?=[\u201c\"][A-Z])")


def _split_before_opening_quotes(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """said Sen. Chuck Schumer, D-N.Y. \u201cTonight, common sense prevailed.\u201d  Punkt does not end a sentence
    at an abbreviation, but an abbreviation closing a frame, then a quotation opening on a capital, is
    a sentence boundary."""
    if "\u201c" not in para and '"' not in para:
        return spans  # no opening mark (three paragraphs in four): nothing to look for
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for m in _ABBREVIATION_THEN_QUOTE.finditer(para, s, e):
            if _is_state_or_initials(para, m.start()):
                out.append((s, m.start()))
                s = m.end()
        out.append((s, e))
    return out


_CLOCK_THEN_SENTENCE = re.compile(r"(?<=\b[ap]\.m\.)\s+(?=[\"\u201c]?[A-Z])")
_AFTER_CLOCK_IN_SENTENCE = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "et", "est",
                            "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "mst", "mdt", "at", "adt", "ast", "nt",
                            "eastern", "pacific", "central", "mountain", "atlantic", "newfoundland", "gmt", "utc", "bst",
                            "local", "jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov",
                            "dec", "january", "february", "august", "september", "october", "november", "december"}


def _split_after_clock_times(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"The cars collided just after 7 p.m. The driver ...": "a.m." and "p.m." are abbreviations Punkt never
    ends a sentence on, but one followed by a capitalised word that is no day, month or time zone does, and so
    does a quotation opening on a capital ("Police were called at 2 a.m. \u201cThis is a tragedy,\u201d she said")."""
    if ".m." not in para:
        return spans  # no clock time (nearly every paragraph): nothing to look for
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for m in _CLOCK_THEN_SENTENCE.finditer(para, s, e):
            word = re.match(r"[A-Za-z]+", para[m.end():m.end() + 12])
            if not word or word.group().lower() not in _AFTER_CLOCK_IN_SENTENCE:
                out.append((s, m.start()))
                s = m.end()
        out.append((s, e))
    return out


def long_words(segment: str) -> list[str]:
    """The words of four letters or more that open with a letter: the ones a title-case headline capitalises."""
    return [w for w in segment.split() if w[:1].isalpha() and len(w) > 3]


def in_title_case(words: list[str], share: float = 0.8) -> bool:
    """Four in five of these words capitalised (or the share given): a title-case headline ("Trump Says He Will
    Run"), where a capital marks no name and no sentence start (no words at all counts as title case)."""
    return sum(w[:1].isupper() for w in words) >= share * len(words)


# "... prevent terrorist attacks in the U.S. He says ...": a place abbreviation Punkt never ends a sentence on,
# followed by a word that opens a sentence and cannot go on a noun phrase ("U.S. officials", "U.S. House" can).
class _Break(tuple):
    """Where one sentence ends and the next begins (the span of the spaces between them), like a match's."""
    def __new__(cls, start: int, end: int):
        return super().__new__(cls, (start, end))

    def start(self) -> int:
        return self[0]

    def end(self) -> int:
        return self[1]


_PLACE_ABBREVIATION_THEN_SENTENCE = re.compile(
    r"(?<=\b(?:U\.S|U\.K|D\.C|U\.N|E\.U)\.)\s+(?=(?:He|She|They|We|It|I|But|And|The|This|That|There|His|Her|"
    r"Their|Its|Our|In|On|At|After|When|While|A|An)\s)")


# AP style abbreviations of U.S. states after a town and its comma, ending a sentence: "... in San Bernardino, Calif.
# The Islamic State said C" (not "in the Mass. We need ...")
_STATE_THEN_SENTENCE = re.compile(
    r", (?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|"
    r"Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|S\.C|S\.D|R\.I|W\.Va)\.(\s+)"
    r"(?=(?:He|She|They|We|It|I|But|The|This|His|Her|Their|Its|Our|After|When|While|A|An)\s)")


def _split_after_place_abbreviations(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence ending on "U.S.", "D.C." or "U.K.", or on a state's abbreviation ("Calif.", "N.H."), then one
    opening with a pronoun, an article or a conjunction: two sentences, which Punkt keeps as one because it knows
    the abbreviation."""
    out: list[tuple[int, int]] = []
    places = "U.S." in para or ".C." in para or "U.K." in para or "U.N." in para or "E.U." in para
    for s, e in spans:
        breaks = list(_PLACE_ABBREVIATION_THEN_SENTENCE.finditer(para, s, e)) if places else []
        state = [_Break(b.start(1), b.end(1)) for b in _STATE_THEN_SENTENCE.finditer(para, s, e)]
        if state:
            breaks = sorted(breaks + state, key=lambda b: b.start())
        if breaks and not in_title_case(long_words(para[s:e])):  # (not in a title-case headline)
            for m in breaks:
                out.append((s, m.start()))
                s = m.end()
        out.append((s, e))
    return out


# A province or territory written in initials ("B.C.", "N.L.", "N.W.T.", "P.E.I.") ending what Punkt took for a
# sentence, then an agency credit and the dateline's dash ("KELOWNA, B.C. (CP) \u2014"), or after an article or a
# a capitalised word the initials modify ("A B.C. Supreme Court judge", "The B.C. Liberals"; not "to the U.S. The").
_INITIALS_END = re.compile(r"(?:^|[\s,(])(?P<det>(?:[Aa]n?|The) )?(?:[A-Z]\.){2,3}$")
_INITIALS_ALONE = re.compile(r"(?:[A-Z]\.){2,3}")
_AGENCY_DASH = re.compile(r"\([A-Z][A-Za-z .&]{0,30}\)\s*[\-\u2013\u2014]")


def _rejoin_after_place_initials(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt ends a sentence after initials it does not know ("B.C.", "N.L.") whenever a capital follows; in
    Canadian copy they name a province: a dateline's agency credit ("KELOWNA, B.C. (CP) \u2014 ..."), a noun the
    initials modify after an article ("A B.C. Supreme Court judge") or opening the sentence ("B.C. Premier David
    Eby said") go on in the same sentence."""
    out = [spans[0]]
    for s, e in spans[1:]:
        ps, pe = out[-1]
        tail = para[max(ps, pe - 12):pe].rstrip()
        if tail.endswith(".") and tail[-2:-1].isupper():
            m = _INITIALS_END.search(tail)
            alone = _INITIALS_ALONE.fullmatch(para[ps:pe].strip())  # "B.C. Premier David Eby said": no sentence
            if m and (_AGENCY_DASH.match(para, s) or (m.group("det") or alone) and para[s:s + 1].isupper()):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _is_state_or_initials(para: str, end: int) -> bool:
    """The word before ``end`` is an abbreviation of capitals and dots ("D-N.Y.", "U.S.", "R-Texas." is not)."""
    k = end
    while k > 0 and not para[k - 1].isspace():
        k -= 1
    word = para[k:end].split("-")[-1]
    return len(word) >= 2 and all(ch.isupper() or ch == "." for ch in word)


def _attach_closing_quotes(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move a closing quotation mark that Punkt left at the start of the next sentence back to its own."""
    fixed: list[list[int]] = [list(s) for s in spans]
    for i in range(1, len(fixed)):
        s, e = fixed[i]
        k = s
        while k < e and para[k] in CLOSING_QUOTES and (k + 1 == e or para[k + 1].isspace()):
            k += 1
        if k > s and para[fixed[i - 1][1] - 1:fixed[i - 1][1]] in ".!?,":
            fixed[i - 1][1] = k
            while k < e and para[k].isspace():
                k += 1
            fixed[i][0] = k
    return [(s, e) for s, e in fixed if e > s]

"""Numbers: every figure in the story, with what it counts, where, when and on whose word.

Extraction works on patterns of English number writing: digits with separators,
number words ("twenty-three", "a dozen", "two million"), vague quantities
("dozens", "hundreds", "several") with a documented convention (docs/numbers.md),
qualifiers ("at least", "nearly", "up to") and ranges ("between 13 and 46",
"13-46"). Years, dates, times, ages, ordinals and identifiers are not counts; money and
percentages are kept as figures with their unit.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from .lexicon import is_word_character, may_hold, term_values, word_trie
from .model import Claim, Quantity, Sentence
from .sentences import opens_a_line

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


@lru_cache(maxsize=1)
def figure_words() -> dict[str, dict[str, str]]:
    """Category -> term -> its value (the event a word counts, the relation a money verb makes; empty for a plain
    list), in file order, of verify/data/figure_words.csv: the words a figure's event, category and measure are read
    from, data a newsroom can review and extend. Read once; the module's sets are built from it at import."""
    return term_values("figure_words.csv", "value")


# Vague quantities: (low, high) bounds, documented in docs/numbers.md. None = open. News copy writes "thousands"
# for any crowd or toll short of a hundred thousand ("Thousands march" over a march the police put at 30,000).
VAGUE = {term: tuple(None if b == "-" else int(b) for b in v.split()) for term, v in figure_words()["vague"].items()}
QUALIFIERS = {term: (v.split()[0], int(v.split()[1])) for term, v in figure_words()["qualifier"].items()}
EVENTS = dict(figure_words()["event"])
CATEGORY_NOUNS = set(figure_words()["people-noun"]) | set(figure_words()["thing-noun"])
PERSON_CATEGORIES = set(figure_words()["people-noun"])
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]



_WORDNUM = word_trie(list(UNITS) + list(TENS))
_VAGUE_FORMS = tuple(VAGUE)  # tried in row order: "hundreds of thousands" before "hundreds"
# "scores" is a number only as "scores of people": "test scores", "scores rose", "the team scores twice" are not.
_VAGUE_PATTERNS = {"scores": r"scores(?=\s+of\s)"}
# A figure opens on a digit or on the first letter of a number word: checked first, it spares trying
# every number word at every other word of the claim (the match is the same).
_FIGURE_START = "(?=[\\d" + "".join(sorted({w[0] for w in (*UNITS, *TENS, *_VAGUE_FORMS)})) + "])"
_NUMBER = re.compile(
    r"(?<![\w.,-])" + _FIGURE_START + r"(?:"
    r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?P<dscale>hundred|thousand|million|billion)\b)?"
    r"|(?P<words>(?:(?:" + _WORDNUM + r")(?:[-\s](?:" + _WORDNUM + r"))?)(?:\s+(?:hundred|thousand|million|billion)"
    r"(?:\s+(?:and\s+)?(?:" + _WORDNUM + r")(?:-(?:" + _WORDNUM + r"))?)?)*)"
    r"|(?P<vague>" + "|".join(_VAGUE_PATTERNS.get(f, f) for f in _VAGUE_FORMS) + ")"
    r")(?![\w])", re.I)
_QUALIFIER = re.compile(r"(?:" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\s+$", re.I)
_RANGE_BETWEEN = re.compile(r"between\s+$", re.I)
# A figure a change verb leaves behind ("rose from 31 to 48", "48, up from 31 on Monday"): the sentence itself says
# it was superseded, so it is kept as convention "previous" and never reconciled as a rival of the new figure.
_CHANGE_FROM = re.compile(r"\b(?:rose|risen|rising|rises|climbed|climbing|increased|jumped|grew|soared|fell|dropped|"
                          r"declined|went\s+up|gone\s+up|up|down|revised)\s+from\s+$", re.I)


def _scaled(digits: str, factor: int) -> float:
    """A figure written in digits times its scale word ("4.1 billion", "$2.3m"), exact: the decimal is multiplied as
    written, since the float product of 4.1 and a billion is 4099999999.9999995, not 4100000000. A whole number
    (the most common case) is multiplied as a float, which is exact."""
    if "." in digits and factor != 1:
        return float(Decimal(digits) * factor)
    return float(digits) * factor


def _number_value(m) -> Optional[float]:
    """The value of a _NUMBER match written in digits ("1,200", "2.5 million") or words ("twenty-three"); None for
    a vague quantity ("dozens") or words that make no number."""
    if m.group("digits"):
        digits = m.group("digits").replace(",", "")
        return _scaled(digits, SCALES[m.group("dscale").lower()]) if m.group("dscale") else float(digits)
    return words_to_number(m.group("words")) if m.group("words") else None


_WORD_SEPARATORS = re.compile(r"[\s-]+")
_SPACES = re.compile(r"\s+")


def words_to_number(s: str) -> Optional[float]:
    """'twenty-three' -> 23, 'two million' -> 2000000, 'one hundred and five' -> 105."""
    total, current = 0, 0
    for w in _WORD_SEPARATORS.split(s.lower()):
        if w == "and" or not w:
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total += current
                current = 0
        else:
            return None
    return float(total + current)


def extract_quantities(text: str, claims: list[Claim], sentences: list[Sentence], *,
                       published: Optional[dt.date] = None, article_id: Optional[str] = None) -> list[Quantity]:
    """Every figure in the story's claims (metadata excluded), in text order: counts, and money and
    percentages with their unit."""
    out: list[Quantity] = []
    sentence_starts = [s.start for s in sentences]
    framed: set[tuple[int, int]] = set()  # frames already read (a quotation's parts share one)
    spans = sorted((c.start, c.end) for c in claims)
    for claim in claims:
        if claim.kind != "claim":
            continue
        found = _quantities_in(text, claim.start, claim.end)
        frame = _frame_span(text, claim, sentences, sentence_starts)
        if frame and frame not in framed:
            framed.add(frame)
            found = sorted(found + [q for q in _quantities_in(text, *frame)
                                    if not any(a <= q.start < b for a, b in spans)], key=lambda q: q.start)
        if not found:
            continue  # most claims have no figure
        sentence = _sentence_bounds(claim, sentences, sentence_starts)
        for q in found:
            q.id = f"q{len(out) + 1:03d}"
            q.claim_id = claim.id
            q.article_id = article_id
            q.source = claim.source.name + (" via " + " > ".join(claim.source.via) if claim.source.via else "")
            if q.convention in ("measure", "score", "vote", "share"):
                unit = q.category
                _describe(text, q, sentence, claim, published)
                q.category, q.event = unit, None  # what the figure measures is its unit; no head-count event
            else:
                _describe(text, q, sentence, claim, published)
            previous = out[-1] if out and out[-1].claim_id == claim.id else None
            if previous and _NOT_A_WHOLE.intersection((previous.convention, q.convention)):
                previous = None  # a score, a split or a sum of money breaks down no head count
            if previous and _PARTITIVE.fullmatch(text, previous.end, q.start):
                previous.part_of = q.id  # "Twenty-three of the 53 wounded"
                previous.event = previous.event or q.event
            elif previous and (_FRONTED_PARTITIVE.search(text, max(0, previous.start - 8), previous.start)
                               and "," in text[previous.end:q.start]
                               or _OF_THEM_AFTER.match(text, q.end) and (_value(q) <= _value(previous))):
                q.part_of = previous.id  # "Of the 121 people detained, 77 ...", "20 were injured, five of them seriously"
                q.event = q.event or previous.event
            elif previous and _is_part(text, previous, q):
                whole = next((w for w in out if w.id == previous.part_of), previous)
                if whole.category in (None, "people", "persons") \
                        and (q.category not in (None, "people", "persons")
                             or _PLACE_AFTER.match(text, q.end) and _INCLUDING.search(text, whole.end, q.start)) \
                        and (q.value or q.low or 0) <= (whole.value or whole.low or 0) and counts_people(q):
                    q.part_of = whole.id  # "killed 697 people, among them 351 militants and 246 members"
                    # (not "... to 5,187.67 and the Nasdaq dropped 110.15 points": points are no part of a head count)
                    q.event = q.event or whole.event
            if not q.part_of and q.convention not in _NOT_A_WHOLE:
                whole = _earlier_whole(text, q, out, sentences, sentence_starts)
                if whole is not None:
                    q.part_of = whole.id  # "120 died nationwide. ... 21 died in Sindh alone", "Of them, 30 ..."
                    q.event = q.event or whole.event
            out.append(q)
    return out


# A figure that names itself a part of a total told earlier: "in Sindh alone", "on Saturday alone"; a sentence
# that opens on the total ("Of them, 30 died", "Among the dead were 12 children", "They included 12 in Mardan").
_ALONE = re.compile(r"\b(?:[A-Z][\w'-]+|today|yesterday)\s+alone\b")
_PART_OPENING = re.compile(r"\s*[\"\u201c]?(?:(?:Of|Among)\s+(?:them|those|these|whom|the\s+(?:dead|victims|wounded|injured|"
                           r"missing|detained|arrested|killed|casualties|total))\s*,?\s*(?:were\s+|are\s+)?|"
                           r"(?:They|Those|These|The\s+(?:dead|victims|wounded|injured))\s+(?:included|include|includes)\s+)$")
# "including 58 in Ankara", "12 of them in the northern town of Mardan": a part told by its place (not "and": "130
# in Paris and 32 in Brussels" are two counts side by side)
_INCLUDING = re.compile(r"\b(?:among\s+them|among\s+whom|including|of\s+whom|of\s+them|of\s+those)\b", re.I)
_PLACE_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:of\s+)?[A-Z]")


def _earlier_whole(text: str, q: Quantity, out: list[Quantity], sentences: list[Sentence],
                   starts: list[int]) -> Optional[Quantity]:
    """The total told earlier in the story that q, by its own words, breaks down ("In Lyon alone, 45 were
    detained", "Of them, 30 died in the capital"): the latest earlier head count of the same event (any event
    when q names none) at least as large, itself no part. None without such words: a smaller figure alone may
    be an update or a rival count, which reconcile judges."""
    i = max(bisect.bisect_right(starts, q.start) - 1, 0)
    s_start, s_end = sentences[i].start, sentences[i].end
    those = _OF_THOSE_AFTER.match(text, q.end)  # ("96 of those arrests were in Milwaukee": a part of a total told before)
    opening = _PART_OPENING.fullmatch(text, s_start, q.start) or those
    if not opening:
        a, b = max(s_start, q.start - 60), min(s_end, q.end + 80)
        if "alone" not in text[a:b] or not _ALONE.search(text, a, b):
            return None
    for w in reversed(out):
        if w.part_of or w.convention in _NOT_A_WHOLE or w.convention == "difference" or not counts_people(w):
            continue
        if w.event and (q.event is None or q.event == w.event) and _value(w) >= _value(q) \
                and (not those or _names_the_whole(those.group("noun"), w)):
            return w
    return None


def _names_the_whole(noun: Optional[str], whole: Quantity) -> bool:
    """'96 of those arrests', '12 of them', 'four of those killed': the word after 'of those' (if any) is the whole's
    event or what it counts ('arrests' for people arrested), not another thing ('four of those states')."""
    if noun is None:
        return True
    stem = noun.lower()[:5]
    return stem in ("peopl", "perso") or any((word or "").lower().startswith(stem) for word in (whole.event, whole.category))


_NOT_A_WHOLE = {"score", "vote", "split", "measure", "previous", "share"}


def _frame_span(text: str, claim: Claim, sentences: Optional[list[Sentence]] = None,
                starts: Optional[list[int]] = None) -> Optional[tuple[int, int]]:
    """The attribution frame of a claim, from its source mention to its cue and on to the content's start
    ("A poll of 1,000 voters found that C", "Millennials say by 55%-41% that C"): its figures are the claim's
    too, so that every figure of the story is extracted. None without a mention and a cue in one sentence.
    (The claim's sentences, _sentence_bounds, are found only for a frame after the content.)"""
    m, cue = claim.source.mention, claim.cue
    if m is None or cue is None:
        return None
    a, b = min(m.start, cue.start), max(m.end, cue.end)
    if b <= claim.start and claim.start - b <= 80:
        b = claim.start  # "say by 55%-41% that C"
    elif a >= claim.end and sentences is not None:
        sentence_end = _sentence_bounds(claim, sentences, starts)[1]
        if sentence_end - b <= 300:
            b = sentence_end  # "C, according to a poll, which has a margin of error of 3 points": to the sentence's end
    if b - a > 300 or text.find("\n", a, b) >= 0:
        return None
    return a, b


_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.I)
# a part of a total the story told before, and the noun after 'those' if one follows
_OF_THOSE_AFTER = re.compile(r"\s+of\s+(?:them|those|these)\b(?:\s+(?P<noun>[a-z]{3,})\b(?<!\bwere)(?<!\bwho))?")


def _value(q: Quantity) -> float:
    return q.value if q.value is not None else (q.low or q.high or 0)


_FRONTED_PARTITIVE = re.compile(r"\bof\s+(?:the|these|those)\s+$", re.I)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+")
PART_MARKERS = re.compile(r"\b(?:among\s+them|among\s+whom|including|of\s+whom|of\s+them|of\s+those|and)\b", re.I)


def _is_part(text: str, whole: Quantity, q: Quantity) -> bool:
    """A figure that breaks down the one before it in the same claim."""
    return bool(PART_MARKERS.search(text, whole.end, q.start))


def _sentence_bounds(claim: Claim, sentences: list[Sentence], starts: list[int]) -> tuple[int, int]:
    """The sentences a claim sits in, for context words outside the claim ("said on Friday"), and no further:
    the next sentence's "last month" is not this figure's period."""
    first = max(bisect.bisect_right(starts, claim.start) - 1, 0)
    last = max(bisect.bisect_right(starts, max(claim.end - 1, claim.start)) - 1, first)
    return sentences[first].start, max(sentences[last].end, claim.end)


_RANGE_TAIL = re.compile(r"\s*(?:-|–|to|and)\s*(\d[\d,]*)")
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\.?\s+$", re.I)
_MONTH_AFTER = re.compile(r"\s+(?:" + "|".join(MONTHS) + r")\b")
_NAMED_KIND = re.compile(r"\b(?:No\.|Number|number|Flight|Resolution|Route|Group|Article|Chapter|Section|Room|Unit|"
                         r"Gate|Bus|Line|Channel|Highway|Interstate|Brigade|Division|Battalion|Regiment|Platform|"
                         r"Terminal|Ward|Block|Lot|Case|Bill|Act|Proposition|Amendment)\s+$")
_DAY = re.compile(r"\b(?:on\s+)?(" + "|".join(DAYS) + r")\b", re.I)
# Patterns of the number filters, compiled once (the re module's cache is shared and small).
_YEAR = re.compile(r"(1[5-9]|20)\d\d")
_YEAR_AS_COUNT = re.compile(r"\s+(?:people|persons|civilians|of)")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
# A share written "N in M" ("6 in 10 voters", "one in three"): the parts, shared with sources and attribution.
SHARE_PART = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine)"
SHARE_WHOLE = r"(?:\d+|three|four|five|ten)"
_RATIO_AFTER = re.compile(rf"\s+in\s+{SHARE_WHOLE}\b", re.I)
_RATIO_BEFORE = re.compile(rf"\b{SHARE_PART}\s+in\s+$", re.I)
# A number before a street name: the name is capitalised and ends in a street word.
_STREET_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*){0,3}\s+(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Drive|"
                           r"Dr\.|Lane|Way|Highway|Hwy\.?|Place|Crescent|Court|Terrace|Parkway)(?!\w)")
_CLOCK_AFTER = re.compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|GMT\b|hours?\s+GMT)", re.I)
_TIME_OR_DATE_AFTER = re.compile(r"[:/]\d")
_TIME_OR_DATE_BEFORE = re.compile(r"[:/]$")
_PHONE_BEFORE = re.compile(r"(?:\+|\btel\.?|\bphone)\s*$", re.I)
_PHONE_TAIL = re.compile(r"[\s-]\d{3,}")
_MONEY_OR_PERCENT_AFTER = re.compile(r"\s*(?:percent|per cent|%|dollars|euros|pounds)", re.I)
_AGE_AFTER = re.compile(r"[-\s](?:year|month|week|day)s?[-\s]old")
_AGED_BEFORE = re.compile(r"\b(?:aged?|at\s+the\s+age\s+of|ages?\s+of|ages?)\s+(?:\d{1,3}\s*(?:to|-|\u2013|and)\s*)?$", re.I)
# ("adults aged 45 to 80": the range's end is an age as well, "ages 3 to 17", "children ages 5-11")
_COMMA_AFTER = re.compile(r",\s")
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][a-z]+,\s$")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\W*$")
_CAPITAL_WORD_BEFORE = re.compile(r"(?<=[a-z,]\s)[A-Z][\w&]*\s+$")  # "Group 4", "the S&P 500"
_COMPOUND_MODIFIER = re.compile(r"-[a-z]")
_LIST_MARKER_AFTER = re.compile(r"[.)]\s")
_DECADE_AFTER = re.compile(r"['\u2019]?s\b")
_DECADE_BEFORE = re.compile(r"\b(?:her|his|their|its|the|early|mid|late|mid-)\s*$", re.I)
_AGE_BRACKET_AFTER = re.compile(r"\s+and\s+(?:over|older|above|up|under|younger)\b")
_AGE_BRACKET_BEFORE = re.compile(r"\b(?:voters|those|people|adults|men|women|children|aged?)\s+(?:under|over|below|above)\s+$",
                                 re.I)
_DIGIT_GROUP_BEFORE = re.compile(r"\d[\s-]$")
_DURATION_AFTER = re.compile(r"[\s-]+(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b")
_ONE_PERSON_AFTER = re.compile(r"\s+(?:person|man|woman|child|soldier|civilian|militant)\b")
_OF_NOUN_AFTER = re.compile(r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?P<noun>\w+)")


@lru_cache(maxsize=2)
def _story_numbers(text: str) -> tuple[list[int], list[int], list[re.Match]]:
    """Starts, ends and matches of every _NUMBER in the story, found once: each claim and each frame asks for its
    own range (a story's text is read about one and a half times over otherwise)."""
    found = list(_NUMBER.finditer(text))
    return [m.start() for m in found], [m.end() for m in found], found


def _cuts_a_word(text: str, pos: int) -> bool:
    """Word characters (as the regex engine's \\w reads them) on both sides of pos."""
    return 0 < pos < len(text) and is_word_character(text[pos - 1]) and is_word_character(text[pos])


def _numbers_in(text: str, start: int, end: int) -> list[re.Match]:
    """_NUMBER's matches in text[start:end], as _NUMBER.finditer(text, start, end) gives them: the story's own
    matches, bisected. A range that cuts a figure, ends inside a word (where a figure's closing look-ahead reads
    the range's end as the text's) or whose last figure is "scores" (its look-ahead reads past the figure) reads its
    own text. (A range's start needs no such care: a look-behind reads the text before it.)"""
    starts, ends, found = _story_numbers(text)
    i, j = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    if (i and ends[i - 1] > start) or (j > i and (ends[j - 1] > end or (found[j - 1].group("vague") or "").lower() == "scores")) \
            or _cuts_a_word(text, end):
        return list(_NUMBER.finditer(text, start, end))
    return found[i:j]


_DIGIT = re.compile(r"\d")


def _quantities_in(text: str, start: int, end: int) -> list[Quantity]:
    numbers = _numbers_in(text, start, end)
    if _DIGIT.search(text, start, end) is None:  # a sum of money or a study's statistic is written in digits:
        if not numbers:                           # most claims have none, and one search spares both readers
            return []  # (and most have no figure at all)
        money, stats = [], []
    else:
        money, stats = _money_in(text, start, end), _statistics_in(text, start, end)
    if stats:
        money = sorted(money + stats, key=lambda q: q.start)
    found: list[Quantity] = []
    split_tail = -1
    for m in numbers:
        s, e = m.start(), m.end()
        if any(q.start <= s < q.end for q in money):
            continue
        if found and found[-1].start <= s < found[-1].end:
            continue  # the second share of a pair ("46 percent to 43 percent")
        pair = _share_pair(text, s, e, m, start, end)
        if pair:
            found.extend(pair)
            continue
        margin = _margin_of_error(text, s, e, m, start, end)
        if margin is not None:
            found.append(margin)
            continue
        score = _score(text, s, e, m, start, end)
        if score is not None:
            found.append(score)
            continue
        measure = _measure(text, s, e, m, start, end)
        if measure is not None:
            if not (found and found[-1].start <= measure.start < found[-1].end):
                found.append(measure)
            continue
        if _not_a_count(text, s, e, m):
            continue
        if m.group("vague"):
            key = m.group("vague").lower()
            low, high = VAGUE[key]
            value, convention = None, f"vague:{key}"
        else:
            value = _number_value(m)
            if value is None:
                continue
            low = high = value
            convention = None
        q = Quantity(id="", start=s, end=e, text=text[s:e], value=value, low=low, high=high, convention=convention)
        # range: "between 13 and 46", "13-46", "13 to 46"
        rng = _RANGE_TAIL.match(text, e, end)
        if value is not None and _CHANGE_FROM.search(text, max(start, s - 30), s):
            q.convention = "previous"  # "the toll rose from 31 to 48": 31 was the toll, 48 is; no range
        elif value is not None and rng and not m.group("vague") and (
                _RANGE_BETWEEN.search(text[max(start, s - 10):s]) or text[e:rng.start(1)].strip() in ("-", "–", "to")):
            hi = float(rng.group(1).replace(",", ""))
            if hi <= value:
                q.convention = "split"  # a score or vote split, "voted 5 to 4", "a 52-48 vote": not a total
                split_tail = rng.start(1)
            else:
                b = s - 8 if _RANGE_BETWEEN.search(text[max(start, s - 10):s]) else s
                b = text.lower().rfind("between", max(start, s - 10), s) if b != s else s
                q = Quantity(id="", start=b, end=rng.end(), text=text[b:rng.end()], value=None, low=value, high=hi,
                             qualifier="range")
        else:
            qm = _QUALIFIER.search(text[max(start, s - 20):s])
            if qm:
                qual = qm.group().strip().lower()
                kind, _ = QUALIFIERS[qual]
                qs = s - len(text[max(start, s - 20):s]) + qm.start()
                q.start, q.text, q.qualifier = qs, text[qs:e], qual
                if kind == "low":
                    q.high = None
                elif kind == "high":
                    q.low = None
                elif kind == "approx":
                    q.convention = (q.convention or "") + "approximate"
        if found and found[-1].start <= q.start < found[-1].end:
            continue  # inside the figure before it (found in text order)
        if q.start == split_tail:
            q.convention = "split"
        found.append(q)
    return sorted(found + money, key=lambda q: q.start) if money else found


_CURRENCY_BEFORE = {"US$": "US dollars", "C$": "Canadian dollars", "CA$": "Canadian dollars", "A$": "Australian dollars",
                    "$": "dollars", "\u20ac": "euros", "\u00a3": "pounds", "\u00a5": "yen"}
# The categories a sum of money gets: a currency sign's, or a currency word written after the figure (_UNIT_AFTER).
CURRENCIES = frozenset(_CURRENCY_BEFORE.values()) | {"dollars", "euros", "pounds", "yen"}
_UNIT_AFTER = re.compile(r"\s*(?P<unit>percent|per\s+cent|%|percentage\s+points?|dollars|euros|pounds|yen)\b|\s*%", re.I)
# Units of measure: speed, length, rainfall, weight, volume, area, temperature ("90 km/h", "250 millimetres", "5 cm").
# An amount of something is no head count: it keeps its unit as category and gets no event ("more than 250 millimetres of
# rain ... two people were killed": the rain killed no one 250 times).
_MEASURE_UNIT = re.compile(r"\s*(?P<unit>km/h|kph|mph|knots|(?:square\s+)?(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)|"
                           r"(?:centi|milli)met(?:re|er)s?|cm|mm|inch(?:es)?|feet|foot|ft|kilo(?:gram)?s?|kg|grams?|"
                           r"tonnes?|tons?|lit(?:re|er)s?|gallons?|hectares?|acres?|degrees(?:\s+(?:Celsius|Fahrenheit))?|"
                           r"\u00b0\s?[CF])(?!\w)(?!/)", re.I)
_MONEY = re.compile(r"(?<![\w$])(?P<sym>US\$|CA\$|C\$|A\$|\$|\u20ac|\u00a3|\u00a5)\s?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                    r"(?:(?:\s*|-)(?P<scale>hundred|thousand|million|billion|trillion)\b|(?P<short>bn|mn|m|k|b)\b)?", re.I)
_SCALE_WORDS = {**SCALES, "trillion": 1_000_000_000_000, "mn": 1_000_000, "m": 1_000_000, "bn": 1_000_000_000,
                "b": 1_000_000_000, "k": 1_000}


# Every currency sign of _MONEY has one of these characters; most claims have none, and looking for
# them is quicker than trying the money pattern at every position.
_CURRENCY_CHARACTER = re.compile("[$\u20ac\u00a3\u00a5]")


def _money_in(text: str, start: int, end: int) -> list[Quantity]:
    """Sums of money written with a currency sign: "$4 billion", "$1.2bn", "C$45,000", "\u00a35", and the
    hyphenated modifier "the $45-million budget" (45 million, not 45)."""
    out = []
    if not _CURRENCY_CHARACTER.search(text, start, end):
        return out
    for mm in _MONEY.finditer(text, start, end):
        scale = (mm.group("scale") or mm.group("short") or "").lower()
        value = _scaled(mm.group("n").replace(",", ""), _SCALE_WORDS.get(scale, 1))
        out.append(Quantity(id="", start=mm.start(), end=mm.end(), text=mm.group(), value=value, low=value, high=value,
                            convention="measure", category=_CURRENCY_BEFORE[mm.group("sym")]))
    return out


# A study's statistics: a ratio ("hazard ratio 0.92", "an odds ratio of 1.4", "HR 0.92") and a confidence interval
# ("95% CI 0.88 to 0.96", "95% confidence interval 0.88-0.96"). They are estimates of an effect, not counts: a
# ratio's category is its name, an interval is one figure from its low to its high bound; never reconciled.
_RATIO = re.compile(r"\b(?P<kind>(?:hazard|odds|risk|rate|incidence\s+rate)\s+ratio|relative\s+risk|(?-i:a?HR|a?OR|RR|IRR))"
                    r"(?:\s*\((?-i:a?HR|a?OR|RR|IRR)\))?(?:\s+(?:of|was|were|is)|\s*[=:,])?\s*(?P<n>\d+(?:\.\d+)?)(?![\d.])", re.I)
_INTERVAL = re.compile(r"(?:(?P<level>\d{2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s*)?(?P<kind>(?-i:CI)|(?:confidence|credible)\s+"
                       r"intervals?)(?:\s+(?:of|was|from)|\s*[=:,])?\s*(?P<lo>-?\d+(?:\.\d+)?)\s*(?:to|-|\u2013|,)\s*"
                       r"(?P<hi>-?\d+(?:\.\d+)?)(?![\d.])", re.I)


def _statistics_in(text: str, start: int, end: int) -> list[Quantity]:
    """Ratios and confidence intervals of a study (see _RATIO): most claims name neither, and looking for the
    words first spares the patterns."""
    segment = text[start:end]
    if "CI" not in segment and "ratio" not in segment and "interval" not in segment \
            and "HR" not in segment and "OR" not in segment and "RR" not in segment and "risk" not in segment:
        return []
    out = []
    for mm in _INTERVAL.finditer(text, start, end):
        lo, hi = float(mm.group("lo")), float(mm.group("hi"))
        out.append(Quantity(id="", start=mm.start(), end=mm.end(), text=mm.group(), value=None, low=lo, high=hi,
                            convention="measure", category="confidence interval"))
    for mm in _RATIO.finditer(text, start, end):
        if any(q.start <= mm.start("n") < q.end for q in out):
            continue
        kind = mm.group("kind")
        name = {"HR": "hazard ratio", "OR": "odds ratio", "RR": "risk ratio", "IRR": "incidence rate ratio"}.get(
            kind.lstrip("a"), _SPACES.sub(" ", kind.lower()))
        v = float(mm.group("n"))
        out.append(Quantity(id="", start=mm.start("n"), end=mm.end("n"), text=mm.group("n"), value=v, low=v, high=v,
                            convention="measure", category=name))
    return sorted(out, key=lambda q: q.start)


# A sports score: two small figures joined by a hyphen or dash ("won 3-1", "a 27-24 victory", "beat Spain 2-0"),
# told by a result word near it and no vote or poll word around it ("the bill won 52-48 in the Senate", "Clinton beats
# Cruz 42-40 ... margins within the error" are splits).
_SCORE_TAIL = re.compile(r"[-\u2013](\d{1,3})(?![\w.,]?\d|-\w)")
_SCORE_WORDS = re.compile(r"\b(?:beat|beats|beating|won|win|wins|winning|victory|victories|defeat|defeated|defeats|"
                          r"lost|lose|loses|loss|losses|drew|draw|draws|tied|thrashed|routed|edged|scored|scoreline|"
                          r"goals?|match|game|final|halftime|half-time|shootout|overtime|innings)\b", re.I)
_VOTE_WORDS = re.compile(r"\b(?:vote[sd]?|voting|ballots?|Senate|House|jury|justices|judges|court|ruled|ruling|"
                         r"panel|committee|delegates|lawmakers|senators|polls?|polling|survey|percent|margins?|match-?ups?|head-to-head)\b|%",
                         re.I)
# A vote tally ("passed 7-3", "a 6-4 vote", "the Senate approved it 61-39"): a body that decides by votes, or a vote verb,
# and no poll word (a poll's "44-41" is a split of shares, not of votes cast) nor a clock ("delegates meet 10-11 a.m.").
# Not "judges", which is a verb as often ("when a person judges"): "court", "panel" and "ruled" find a bench's tally.
_TALLY_WORDS = re.compile(r"\b(?:vote[sd]?|voting|ballots?|Senate|House|jury|justices|court|panel|committee|"
                          r"delegates|lawmakers|senators|council|councillors|councilors|board|commission|commissioners|"
                          r"legislature|assembly|parliament|MPs|passed|approved|rejected|adopted|ruled|ruling)\b")
_POLL_WORDS = re.compile(r"\b(?:polls?|polling|survey|percent|margins?|match-?ups?|head-to-head|points?)\b|%", re.I)


def _score(text: str, s: int, e: int, m, start: int, end: int) -> Optional[Quantity]:
    """A sports score is a pair of figures, not a quantity of anything: one figure spanning both ("3-1"), with
    convention and category "score", no value, no event, never reconciled with a count nor part of one. A vote
    tally ("passed 7-3", "a 6-4 vote") is such a pair too, with its own convention and category "vote": neither
    side is a count of people killed nor a total.
    Before the filters of _not_a_count, which would take "Spain 2" for a name's number. The vote and poll words
    are looked for beyond the claim: a list of poll match-ups is cut into several claims."""
    d = m.group("digits")
    if not d or len(d) > 3 or m.group("dscale"):
        return None
    tail = _SCORE_TAIL.match(text, e, end)
    if tail is None:
        return None
    if _TALLY_WORDS.search(text, max(start, s - 80), min(end, tail.end() + 40)) and not _CLOCK_AFTER.match(text, tail.end()) \
            and not _POLL_WORDS.search(text, max(0, s - 200), tail.end() + 60):
        return Quantity(id="", start=s, end=tail.end(), text=text[s:tail.end()], value=None, low=None, high=None,
                        convention="vote", category="vote")
    context = text[max(start, s - 40):min(end, tail.end() + 25)]
    if not _SCORE_WORDS.search(context) or _VOTE_WORDS.search(text, max(0, s - 200), tail.end() + 60):
        return None
    return Quantity(id="", start=s, end=tail.end(), text=text[s:tail.end()], value=None, low=None, high=None,
                    convention="score", category="score")


# A poll's shares, one figure each: "46 percent to 43 percent", "46 to 43 percent", "48%-41%", "48-41%"; a bare
# "44-41" or "44 to 41" near a poll word. The first is the larger (the leader's); a rising pair is a range
# ("40 to 45 percent") or a change ("rose from 40 percent to 45 percent"), read as before.
_PERCENT = r"\s*(?:%|percent\b|per\s+cent\b)"
_SHARE_TAIL = re.compile(rf"(?P<u1>{_PERCENT})?\s*(?:-|\u2013|to)\s*(?P<b>\d{{1,2}}(?:\.\d+)?)(?P<u2>{_PERCENT})?(?![\w.,]?\d|[-\u2013]\d)", re.I)  # not a record "12-4-2"
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)


def _share_pair(text: str, s: int, e: int, m, start: int, end: int) -> Optional[list[Quantity]]:
    """Two shares of a poll side by side: each is a figure an editor checks (the leader's and the trailer's),
    convention "share", category "percent" when the story writes the unit; reconcile measures the gap
    against the poll's margin of error."""
    d = m.group("digits")
    if not d or m.group("dscale") or "," in d or float(d) > 100:
        return None
    tail = _SHARE_TAIL.match(text, e, end)
    if tail is None:
        return None
    a, b = float(d), float(tail.group("b"))
    unit = tail.group("u1") or tail.group("u2")
    if b > a or _FROM_BEFORE.search(text, max(start, s - 6), s) or _CHANGE_FROM.search(text, max(start, s - 30), s):
        return None
    if not unit and (_CLOCK_AFTER.match(text, tail.end()) or not _POLL_WORDS.search(text, max(0, s - 200), tail.end() + 60)):
        return None  # "won 3-1", "passed 7-3", "10 to 2 p.m.": scores, tallies and clocks
    first_end = e + len(tail.group("u1") or "")
    second = tail.start("b")
    category = "percent" if unit else None
    return [Quantity(id="", start=s, end=first_end, text=text[s:first_end], value=a, low=a, high=a,
                     convention="share", category=category),
            Quantity(id="", start=second, end=tail.end(), text=text[second:tail.end()], value=b, low=b, high=b,
                     convention="share", category=category)]


# A poll's margin of error: "a margin of error of plus or minus 3.5 percentage points", "margin of sampling error
# is 3 points", "\u00b13.1 points", "a 3.5-point margin of error". A measure in points, never a head count.
_MARGIN_BEFORE = re.compile(r"(?:\bmargins?\s+of\s+(?:sampling\s+)?error(?:\s+(?:for|among|of)\s+(?:the\s+)?[\w-]+"
                            r"(?:\s+[\w-]+){0,4}?)?\s*(?:(?:is|was|of|at|stands\s+at|:)\s*)?|\bplus\s+or\s+minus\s*|[\u00b1]\s*|"
                            r"\+/-\s*)$", re.I)
_PLUS_OR_MINUS = re.compile(r"(?:\bplus\s+or\s+minus|[\u00b1]|\+/-)\s*$", re.I)
_MARGIN_UNIT = re.compile(r"\s*(?:percentage\s+points?|points?|%|percent\b|per\s+cent\b)", re.I)
_MARGIN_AFTER = re.compile(r"(?P<points>(?:-|\s+)(?:percentage[-\s])?points?)\s+margin\s+of\s+(?:sampling\s+)?error", re.I)


def _margin_of_error(text: str, s: int, e: int, m, start: int, end: int) -> Optional[Quantity]:
    """The poll's margin of error, category "margin of error": the figure that says whether a lead is a lead."""
    if m.group("vague") or m.group("dscale"):
        return None
    value = _number_value(m)
    if value is None or value > 20:
        return None
    after = _MARGIN_AFTER.match(text, e, end)
    if after is not None:
        stop = after.end("points")  # "3.5-point": the figure with its unit, the noun after it
    elif _MARGIN_BEFORE.search(text, max(start, s - 70), s):
        unit = _MARGIN_UNIT.match(text, e, end)
        if unit is None and not _PLUS_OR_MINUS.search(text, max(start, s - 16), s):
            return None  # "the margin of error for all three state polls": a figure inside the phrase
        stop = unit.end() if unit else e
    else:
        return None
    return Quantity(id="", start=s, end=stop, text=text[s:stop], value=value, low=value, high=value,
                    convention="measure", category="margin of error")


def _measure(text: str, s: int, e: int, m, start: int, end: int) -> Optional[Quantity]:
    """Money, percentages and units of measure ("$4 billion", "12 per cent", "zero per cent", "90 km/h", "5 cm"):
    figures an editor checks, kept with their unit as category and their bound ("up to 90 km/h"); they are not
    head counts, so they get no event and are never reconciled."""
    value = _number_value(m)  # also in words: "zero per cent", "five kilometres"
    if value is None:
        return None
    unit_m = _UNIT_AFTER.match(text, e, end)
    if unit_m:
        unit = unit_m.group("unit") or "%"
        unit = "percent" if unit.replace(" ", "").lower() in ("percent", "percent", "%") else _SPACES.sub(" ", unit.lower())
    else:
        unit_m = _MEASURE_UNIT.match(text, e, end) if e < end and text[e] in " \u00b0" + _UNIT_LETTERS else None
        if not unit_m:
            return None
        unit = _SPACES.sub(" ", unit_m.group("unit").lower())
    q = Quantity(id="", start=s, end=unit_m.end(), text=text[s:unit_m.end()], value=value, low=value, high=value,
                 convention="measure", category=unit)
    qm = _QUALIFIER.search(text, max(start, s - 20), s)
    if qm:  # "up to 90 km/h", "more than 250 millimetres": the bound is the measure's too
        kind, _ = QUALIFIERS[qm.group().strip().lower()]
        q.start, q.text, q.qualifier = qm.start(), text[qm.start():q.end], qm.group().strip().lower()
        if kind == "low":
            q.high = None
        elif kind == "high":
            q.low = None
    return q


_UNIT_LETTERS = "kmcfitgldhsaKMCFITGLDHSA"  # the first letters of the units (written "5cm" as well as "5 cm")


def _not_a_count(text: str, s: int, e: int, m) -> bool:
    """Years, dates, times, ages, ordinals, money, percentages, identifiers and parts of names."""
    token = m.group()
    before = text[max(0, s - 25):s]
    after = text[e:e + 25]
    low_after = after.lower()
    if m.group("digits"):
        d = m.group("digits")
        if _YEAR.fullmatch(d) and not m.group("dscale") and not _YEAR_AS_COUNT.match(after):
            return True  # a year
        if _ORDINAL_SUFFIX.match(after) or _CLOCK_AFTER.match(after):
            return True
        if _STREET_AFTER.match(after):
            return True  # an address: "72 Avenue", "1600 Pennsylvania Ave.", "10 Downing Street"
        if _TIME_OR_DATE_AFTER.match(after) or _TIME_OR_DATE_BEFORE.search(before):
            return True  # times, dates 12/3
        if _PHONE_BEFORE.search(before) or _PHONE_TAIL.match(after):
            return True  # phone numbers
        if before.rstrip().endswith(("$", "€", "£", "US$", "Rs")) or _MONEY_OR_PERCENT_AFTER.match(after):
            return True  # money and percentages are not head counts
    if _RATIO_AFTER.match(after) or _RATIO_BEFORE.search(before):
        return True  # a share, not a count: "6 in 10 voters", "Nine in 10 doctors"
    if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(low_after):
        return True  # dates
    if _AGE_AFTER.match(low_after) or _AGED_BEFORE.search(before):
        return True  # ages
    if _COMMA_AFTER.match(after) and _NAME_COMMA_BEFORE.search(before):
        return True  # "John Smith, 35, said"
    prev_word = (_PREVIOUS_WORD.findall(before) or [""])[0].lower()
    named_kind = _NAMED_KIND.search(before)
    mid_name = _CAPITAL_WORD_BEFORE.search(before) and prev_word not in _DAYS_AND_MONTHS
    if token[:1].isdigit() and (named_kind or mid_name):
        return True  # identifiers and parts of names: "Group 4", "Resolution 2254"
    if _DECADE_AFTER.match(after) and _DECADE_BEFORE.search(before):
        return True  # a decade of age or time: "in her 50's", "the 1990s" is a year above, "in their 20s"
    if _AGE_BRACKET_AFTER.match(low_after) or _AGE_BRACKET_BEFORE.search(before):
        return True  # age brackets: "those 45 and over", "voters under 30"
    if _LIST_MARKER_AFTER.match(after) and opens_a_line(text, s):
        return True  # the number of a list item at the start of its line: "2. U.N. PANEL RULES ..."
    if _COMPOUND_MODIFIER.match(low_after):
        return True  # compound modifiers: "the 120-seat parliament", "a 35-year-old"
    if _DIGIT_GROUP_BEFORE.search(before) and m.group("digits"):
        return True  # the tail of a phone number or code: "20 7946 0958"
    if _DURATION_AFTER.match(low_after):
        return True  # durations ("nine days of infighting") are periods, not counts
    if token.lower() in ("one",) and not _ONE_PERSON_AFTER.match(low_after):
        return True  # "one" is mostly a pronoun or determiner
    return False


# The words between a figure and its noun are modifiers ("12 unarmed young men"), never a verb's preposition
# or a possessive: "thousands forced from their homes" counts people, not homes.
_NOT_A_MODIFIER = r"(?!(?:from|their|his|her|its|our|my|your|into|to|in|on|at|by|with|for|as|have|has|had|who|that|" \
                  r"which)\b)"  # ("four or five people", "combat and civilian deaths", "135 were men" keep theirs)
_CATEGORY = re.compile(r"\s+(?:" + _NOT_A_MODIFIER + r"(?:[a-z][\w'-]*|[A-Z][\w'-]*)\s+){0,3}?(?P<noun>" +
                       "|".join(sorted(CATEGORY_NOUNS, key=len, reverse=True)) + r")\b(?P<of>\s+of\s+(?:the\s+)?(?P<group>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*))?")


def _describe(text: str, q: Quantity, sentence: tuple[int, int], claim: Claim, published) -> None:
    """Fill category, event, place, period and report time from the words around the figure
    (within 300 characters of it, so a long sentence full of figures stays linear)."""
    s_start, s_end = max(sentence[0], q.start - 300), min(sentence[1], q.end + 300)
    after = text[q.end:min(s_end, q.end + 80)]
    m = _CATEGORY.match(after)
    if m:
        noun = m.group("noun").lower()
        q.category = f"{noun} of {m.group('group')}" if m.group("of") and noun in ("members", "member") else noun
    else:
        m2 = _OF_NOUN_AFTER.match(after)
        if m2 and m2.group("noun").lower() in CATEGORY_NOUNS:
            q.category = m2.group("noun").lower()
        else:
            q.category = _counted_noun(after)
    if _DIFFERENCE_AFTER.match(after) or _ANOTHER_BEFORE.search(text, max(0, q.start - 10), q.start):
        q.convention = "difference"  # "39 more than needed", "another 12": an increment, not a total
    q.event = _event(text, q, s_start, s_end)
    q.place = _place(text, s_start, s_end, q)
    # a past date in the figure's own sentence ('including one in 2022 that killed 12') beats a vaguer span
    q.period = _past_time(text, q, s_start, s_end) or _period(text, s_start, s_end)
    q.reported = _reported(text, claim, s_start, s_end, published) or _figure_day(text, q, s_start, s_end, published)


_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|fewer|less|extra|additional)\b")
_ANOTHER_BEFORE = re.compile(r"\banother\s+$", re.I)
_PLURAL_NOUN = re.compile(r"[a-z][a-z-]*[^su\W]s")
_NOT_PLURAL_NOUNS = {"was", "has", "is", "as", "his", "this", "its", "yes", "perhaps", "always", "sometimes",
                     "towards", "afterwards", "besides", "nowadays", "whereas", "says", "does", "goes"}
_FUNCTION_WORDS = {"of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "the", "a", "an",
                   "who", "which", "that", "than", "were", "are", "had", "have", "will", "would", "could", "people", "as"}


def _counted_noun(after: str) -> Optional[str]:
    """The plural noun a figure counts when it is none of the listed categories: "30 states",
    "two Navy patrol boats", "four Russians". Two figures that count different things are never
    rival totals. Up to three modifiers may come first; a function word, a verb form or a
    punctuation mark ends the search."""
    for raw in after.split()[:4]:
        word = raw.strip(",.;:!?)\u201d\"'")
        low = word.lower()
        if not word or low in _FUNCTION_WORDS or low.endswith(("ed", "ing")) \
                or not word.replace("-", "").replace(".", "").isalpha():
            return None
        if _PLURAL_NOUN.fullmatch(low) and low not in _NOT_PLURAL_NOUNS:
            return word if _DEMONYM.fullmatch(word) else low
        if raw[-1] in ",;:!?)":
            return None
    return None


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|is|ites)")


def counts_people(q: Quantity) -> bool:
    """Whether the figure can be a head count: no counted noun, a noun for people, or a group of
    people by name ("1.5 million Armenians"); not "30 states" or "five games"."""
    return q.category is None or q.category.split()[0] in PERSON_CATEGORIES or _DEMONYM.fullmatch(q.category) is not None


def _event(text: str, q: Quantity, s_start: int, s_end: int) -> Optional[str]:
    """The nearest event word in the clause around the figure."""
    window_before = _SENTENCE_END.split(text[max(s_start, q.start - 60):q.start].lower())[-1]
    if _WITH_AFTER_A_FIGURE.search(window_before):
        window_before = ""  # "the toll rose to 41, with 120 people still in hospital": the verb is the 41's
    window_after = _SENTENCE_END.split(text[q.end:min(s_end, q.end + 90)].lower())[0]
    cut = _NEXT_FIGURE.split(window_after, 1)
    window_after = cut[0]  # an event after the next figure is that figure's
    own = _OWN_PREDICATE.match(window_after)
    if own:
        mm = _EVENT_WORDS.match(window_after, own.end())
        if mm and mm.group() not in _HELD_PASSIVES:
            return EVENTS[mm.group()]  # "52 had died and 14 were still missing": 14 missing, not killed
    noun_at = window_after.find(q.category.lower()) if q.category else -1
    best = None
    for mm in _EVENT_WORDS.finditer(window_after):
        if mm.group() in _HELD_PASSIVES and not counts_people(q):
            continue  # "five games were held", "talks were held": only people are held in custody
        if len(cut) > 1 and _NEW_CLAUSE_BEFORE.search(window_after, 0, mm.start()) \
                and len(window_after[mm.end():].split()) <= 2:
            break  # "killing more than 50 and injuring nearly 500": the next figure's verb, not this one's
        if mm.start() < noun_at:  # the event describes the counted noun: "1 million internally displaced persons"
            return EVENTS[mm.group()]
        if best is None or mm.start() < best[0]:
            best = (mm.start(), EVENTS[mm.group()])
    for mm in _EVENT_WORDS.finditer(window_before):
        if mm.group() in _HELD_PASSIVES and not counts_people(q):
            continue
        d = len(window_before) - mm.end() + 5  # a verb before the figure ("has killed 697")
        if best is None or d < best[0]:
            best = (d, EVENTS[mm.group()])
    if q.category in ("bodies", "corpses", "deaths", "casualties"):
        return "killed"
    return best[1] if best else None


# The figure's own predicate: up to three words (its noun) and a form of "be" ("14 were still missing",
# "12 people are reported injured"): its event beats a nearer event word before the figure.
_OWN_PREDICATE = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+(?:were|was|are|is|remain|remained|have\s+been|has\s+been|had\s+been)"
                            r"\s+(?:(?:still|also|now|reported|believed|feared|presumed|listed\s+as)\s+)*(?:to\s+be\s+)?")
_HELD_PASSIVES = {"were held", "was held", "are held", "been held"}
_NEXT_FIGURE = re.compile(r"\s\d")
_WITH_AFTER_A_FIGURE = re.compile(r"\d[\w%]*,?\s+(?:and\s+)?with\s+$")
_NEW_CLAUSE_BEFORE = re.compile(r"(?:,|\band|\bor|\bwhile|\bbut)\s+$")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+(?=[\"\u201c\u2018']?[a-z0-9])")
# "took part" is a protest alone ("50,000 people took part") or in one ("took part in a nationwide walk-in"), not in
# anything else ("about 4,100 students took part in the tutoring program").
_TOOK_PART = (r"took\ part(?!\s+in\s+(?![^.;,]{0,40}?\b(?:protest|march|rall|demonstrat|strike|vigil|walk-?in|walkout|"
              r"sit-in|boycott|occupation|blockade)))")
_EVENT_WORDS = re.compile(r"\b(?:" + "|".join(_TOOK_PART if e == "took part" else re.escape(e)
                                              for e in sorted(EVENTS, key=len, reverse=True)) + r")\b")


# "researchers at the University of Michigan followed 48,000 adults", "published in the Journal of ...": a body, no place
_BODY_WORDS = set(figure_words()["body-word"])


# A toll for the whole country ("120 people have died nationwide", "across the country"): its place is NATIONWIDE,
# of which a figure for one province is a part (reconcile).
NATIONWIDE = "nationwide"
_NATIONWIDE = re.compile(r"\b(?:nationwide|countrywide|nation-wide|country-wide|(?:across|throughout)\s+the\s+(?:country|nation))\b",
                         re.I)
# another figure a few words before a place: the place is that figure's ("including 58 in Ankara")
_FIGURE_JUST_BEFORE = re.compile(r"\s(?!(?:19|20)\d\d\b)\d[\d,.]*(?:\s+[a-z]+){0,3}\s*$")
_PLACE = re.compile(r"\bIn\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)(?=(?:\s+alone)?,)|\b(?:in|at|near|outside|around|across)\s+(?:the\s+)?(?:(?:[a-z]+\s+)?(?:town|city|village|province|"
                    r"region|district|state|country)\s+(?:of\s+)?)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")


# Languages and school subjects spelled like a people, no place: "47 percent met standards in English".
_THE_AFTER_PREPOSITION = re.compile(r"\w+\s+the\s", re.I)
_LANGUAGES = set(figure_words()["language"])


_DAYS_AND_MONTHS = frozenset(DAYS + MONTHS)
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_REGION = re.compile(r"\b(?:in|across)\s+the\s+((?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
                     r"centre|center)(?:ern)?)\b", re.I)


def _place(text: str, s_start: int, s_end: int, q: Quantity) -> Optional[str]:
    """The place named nearest the figure in its sentence ("in Sindh", "In Lyon alone,", "in the northern town of
    Mardan"), but not one named after a later figure: "killed 240 people, including 58 in Ankara" puts the 58 in
    Ankara, not the 240."""
    sent = text[s_start:s_end]
    places = [(m.start(), m.group(1) or m.group(2)) for m in _PLACE.finditer(sent)
              if m.start() + s_start < q.end or not _FIGURE_JUST_BEFORE.search(text, q.end, m.start() + s_start)]
    places = [p for p in places if _POSSESSIVE_END.sub("", p[1].split()[0]).lower() not in _DAYS_AND_MONTHS  # not "at Friday's"
              and not _BODY_WORDS.intersection(w.lower() for w in p[1].split())
              and not (p[1].lower() in _LANGUAGES and not _THE_AFTER_PREPOSITION.match(sent, p[0]))]
    # "met the standard in English", "classes in French": a language; "in the French capital" is a place
    places += [(m.start(), m.group(1).lower()) for m in _REGION.finditer(sent)]
    if "tion" in sent or "try" in sent or "wide" in sent:
        places += [(m.start(), NATIONWIDE) for m in _NATIONWIDE.finditer(sent)]
    if not places:
        return None
    rel = q.start - s_start
    at, place = min(places, key=lambda p: abs(p[0] - rel))
    listed = _MORE_PLACES.match(sent, sent.find(place, at) + len(place)) if "and" in sent else None
    if listed and not any(_a_person(item) for item in re.split(r",?\s+and\s+|,\s+", listed.group()) if item):
        return place + listed.group()  # "across Chicago, Milwaukee and Detroit": all three (not "Texas and John Shimkus")
    return place


def _a_person(item: str) -> bool:
    """An item of a list of places that reads as a person's name: a known first name, then more, no place
    ("John Shimkus", not "Sierra Leone"). (sources is imported here: it imports this module.)"""
    from .sources import first_names, names_a_place
    ws = item.split()
    return len(ws) >= 2 and bool(first_names().get(ws[0].lower())) and not names_a_place(item)


# The rest of a list of places after its first: ", Milwaukee, Detroit and Cleveland" (the figure's scope is all of them)
_MORE_PLACES = re.compile(r"(?:,\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)*,?\s+and\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*")


_PERIOD_WORDS = ("day", "week", "month", "year", "since")  # one is in every _PERIOD match
# "nine days of fighting", "two weeks of protests": a count of days, not "by days of rain"
_DURATION_COUNT = "(?:" + "|".join([r"\d+"] + sorted(UNITS) + sorted(TENS) + ["several", "few", "many"]) + ")"
_PERIOD = re.compile(r"\b(?:" + _DURATION_COUNT + r"\s+(?:days|weeks|months|years)\s+of\s+\w+|in\s+(?:the\s+)?(?:recent|past|last)\s+"
                     r"(?:\w+\s+)?(?:days|weeks|months|years)|since\s+(?:the\s+)?[A-Z]?\w+(?:\s+\d{1,4})?|"
                     r"(?:over|during|in)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)|"
                     r"(?:this|last)\s+(?:week|month|year))", re.I)


def _period(text: str, s_start: int, s_end: int) -> Optional[str]:
    m = _PERIOD.search(text, s_start, s_end) if may_hold(text[s_start:s_end], _PERIOD_WORDS) else None
    return m.group() if m else None


_MONTH_NAMES = "(?:" + "|".join(m.capitalize() for m in MONTHS[:12]) + ")"  # the full names, as a story writes them
_DAY_NAMES = "(?:" + "|".join(d.capitalize() for d in DAYS) + ")"
# ("Last year, floods killed more than 100": a sentence may open on the time, capitalised)
PAST_TIME = re.compile(rf"\b(?:[Ll]ast\s+(?:{_MONTH_NAMES}|{_DAY_NAMES}|year|month)"
                       rf"|[Ii]n\s+{_MONTH_NAMES}(?:\s+\d{{4}})?|[Ii]n\s+(?:19|20)\d\d)\b")


def _past_time(text: str, q: Quantity, s_start: int, s_end: int) -> Optional[str]:
    """A past time named in the figure's own sentence ("killed 130 in Paris last November", "in 2012"): a
    figure of another time counts another incident, not a rival to today's toll."""
    a = max(text.rfind(". ", s_start, q.start) + 1, s_start)
    b = text.find(". ", q.end, s_end)
    # the time nearest the figure ("In August 2017 they were charged with four counts for wiring $300,000 in
    # January": four counts in August 2017, the $300,000 in January)
    found = list(PAST_TIME.finditer(text, a, b if b >= 0 else s_end))
    m = min(found, key=lambda m: m.start() - q.end if m.start() >= q.end else q.start - m.end(), default=None)
    return m.group() if m else None


# A day in the figure's own clause ("rose to 48 on Tuesday", "On Monday night ... at 31", "By Tuesday evening ... 52"),
# with its part of the day: not "last Tuesday" (a past time, PAST_TIME) nor "Tuesday's attack" (names an event).
PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
_FIGURE_DAY = re.compile(rf"(?<![Ll]ast )(?<![Nn]ext )(?<![Tt]his )\b({_DAY_NAMES})(?:\s+({'|'.join(PARTS_OF_DAY)}))?\b(?!['\u2019])")
_OTHER_FIGURE = re.compile(r"\d")


def _figure_day(text: str, q: Quantity, s_start: int, s_end: int, published) -> Optional[str]:
    """The day the figure's own clause gives it, when no speech verb dates it: a toll that rose over a day
    ("rose to 48 on Tuesday", "By Tuesday evening the toll had reached 52") is a run of updates, not of rival
    counts. The nearest day in the sentence, not past another figure ("37, up from 23 on Thursday": Thursday
    is the 23's); resolved against the publication date like a report day, its part of the day kept
    ("Tuesday evening") so that two figures of one day still order."""
    a = max(s_start, q.start - 100)
    b = min(s_end, q.end + 60)
    if "day" not in text[a:b]:
        return None
    before = text[a:q.start]
    digits = [m.end() for m in _OTHER_FIGURE.finditer(before)]
    if digits:
        a += digits[-1]
    after_figure = _OTHER_FIGURE.search(text, q.end, b)
    if after_figure:
        b = after_figure.start()
    found = list(_FIGURE_DAY.finditer(text, a, b))
    if not found:
        return None
    m = min(found, key=lambda m: m.start() - q.end if m.start() >= q.end else q.start - m.end())
    day = _resolve_day(m.group(1), published)
    return f"{day} {m.group(2).lower()}" if m.group(2) else day


def _resolve_day(day: str, published) -> str:
    """A weekday of the story's week as a date (the day on or before publication), or the weekday itself."""
    day = day.lower()
    if published:
        delta = (published.weekday() - DAYS.index(day)) % 7
        return (published - dt.timedelta(days=delta)).isoformat()
    return day.capitalize()


def _reported(text: str, claim: Claim, s_start: int, s_end: int, published) -> Optional[str]:
    """When the figure was reported: 'said on Friday' resolved against the publication date."""
    if claim.cue is None:
        return None
    window = text[max(s_start, claim.cue.start - 5):min(s_end, claim.cue.end + 25)]
    m = _DAY.search(window)
    if not m:
        return None
    return _resolve_day(m.group(1), published)

"""Reconciliation: which figures count the same thing, do they agree, which one to print.

Modelled on how casualty recorders work: Iraq Body Count keeps a minimum and a
maximum; ACLED keeps the most conservative reported figure and notes the dispute;
Airwars records a range and grades the sourcing. Every relation carries a status
and one sentence an editor can paste into a correction note.

Statuses: part-of, superseded, different-scope, conflict, consistent, needs-review.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable, Optional, Sequence

from .model import Quantity, Relation, Sentence
from .quantities import CURRENCIES, DAYS, NATIONWIDE, PARTS_OF_DAY, PAST_TIME, counts_people, figure_words
from .sentences import SentenceBounds

GENERIC = {"people", "persons", "person", None}


def _fmt(x: Optional[float]) -> str:
    if x is None:
        return "?"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"


def _label(q: Quantity) -> str:
    text = q.text[:1].lower() + q.text[1:] if q.qualifier else q.text  # "At least 120" inside a sentence
    if not q.category or q.category in q.text:
        return text
    joiner = " of " if (q.convention or "").startswith("vague") else " "
    return f"{text}{joiner}{q.category}"


def _who(q: Quantity) -> str:
    return q.source or "the story"


def _mid(q: Quantity) -> Optional[float]:
    return q.value if q.value is not None else q.low


def reconcile(quantities: list[Quantity], text: Optional[str] = None, sentences: Sequence[Sentence] = ()) -> list[Relation]:
    """Relations between the figures of one story (or of several, see reconcile_many); with the story's text and
    sentences, its sums of money as well (money_relations)."""
    relations: list[Relation] = []
    counted = [q for q in quantities if _is_total(q)]
    by_event: dict[str, list[Quantity]] = {}
    for q in counted:
        by_event.setdefault(q.event, []).append(q)
    for event, qs in by_event.items():
        wholes = [q for q in qs if not q.part_of]
        parts_of: dict[str, list[Quantity]] = {}
        for q in qs:
            if q.part_of:
                parts_of.setdefault(q.part_of, []).append(q)
        headline = max(wholes, key=lambda q: (_mid(q) or 0), default=None)
        regional = _regional_parts(headline, wholes)
        if regional:
            parts_of.setdefault(headline.id, []).extend(regional)
        for whole in wholes:
            if whole.id in parts_of:
                relations.append(_part_of(whole, parts_of[whole.id]))
        totals = [q for q in wholes if q not in regional]
        for q in totals:
            if headline is None or q is headline:
                continue
            first = next((r for r in regional if r.place == q.place), None) if q.place else None
            relations.append(_relate(first or headline, q, event))
    relations.extend(_leads_against_margins(quantities, text))
    if text is not None and sentences:
        relations.extend(money_relations(quantities, text, sentences))
    for i, r in enumerate(relations):
        r.id = f"r{i + 1:03d}"
    return relations


MARGIN_REACH = 600  # characters: a poll's margin of error is told in the paragraph of its figures or the next


def _share_pairs(quantities: list[Quantity], text: Optional[str] = None) -> list[tuple[Quantity, Quantity]]:
    """The poll shares extracted side by side ("46 percent to 43 percent"): each pair once, in story order. With
    the story's text, also two parties or candidates each put at a percentage in one claim of a poll ("found the
    Conservatives at 36 per cent and the Liberals at 34 per cent")."""
    shares = [q for q in quantities if q.convention == "share"]
    pairs, i = [], 0
    while i + 1 < len(shares):
        a, b = shares[i], shares[i + 1]
        if a.claim_id == b.claim_id and 0 <= b.start - a.end < 30:
            pairs.append((a, b))
            i += 2
        else:
            i += 1
    if text is not None:
        pairs += _named_share_pairs(quantities, text)
    return pairs


# "the Progressive Conservatives at 36 per cent (support) and the Liberals at 34 per cent": a name, "at", the first
# share; "and" (or a comma, "while", "to", "versus"), the next name, "at", the second share
_NAMED_SHARE_BEFORE = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+at\s+$")
_NAMED_SHARE_BETWEEN = re.compile(r"(?:\s+support)?(?:,\s*|\s+)(?:and|while|to|versus|vs\.?)?\s*(?:the\s+)?"
                                  r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+at\s+")
_POLL_NEAR = re.compile(r"\b(?:polls?|polling|pollsters?|surveys?)\b", re.I)


def _named_share_pairs(quantities: list[Quantity], text: str) -> list[tuple[Quantity, Quantity]]:
    """Two percentages of one claim, each after a capitalised name and "at", with a poll named near: the shares of
    two parties or candidates, whose gap reconcile sets against the poll's margin of error."""
    percents = [q for q in quantities if q.convention == "measure" and q.category == "percent" and q.value is not None]
    pairs = []
    for a, b in zip(percents, percents[1:]):
        if a.claim_id == b.claim_id and 0 < b.start - a.end < 60 \
                and _NAMED_SHARE_BETWEEN.fullmatch(text, a.end, b.start) \
                and _NAMED_SHARE_BEFORE.search(text, max(0, a.start - 60), a.start) \
                and _POLL_NEAR.search(text, max(0, a.start - 300), b.end + 100):
            pairs.append((a, b))
    return pairs


def _leads_against_margins(quantities: list[Quantity], text: Optional[str] = None) -> list[Relation]:
    """A lead set against the poll's margin of error. The margin applies to each share, so the gap between two
    candidates is beyond sampling error only when it is more than about twice the margin (AP's rule: a smaller
    gap is a close race or a statistical tie, not a lead). Each pair takes the nearest margin in the story."""
    margins = [q for q in quantities if q.category == "margin of error" and q.value]
    if not margins:
        return []
    out, by_claim, starts = [], {}, [m.start for m in margins]  # margins in text order, as extracted
    for m in margins:
        by_claim.setdefault(m.claim_id, []).append(m)
    for a, b in _share_pairs(quantities, text):
        margin = _margin_for(a, margins, starts, by_claim)
        if margin is None:
            continue
        gap, twice = abs((a.value or 0) - (b.value or 0)), 2 * margin.value
        if gap == 0:
            continue  # a tie claims no lead
        ids = [a.id, b.id, margin.id]
        claims = sorted({q.claim_id for q in (a, b, margin) if q.claim_id})
        told = f"{a.text} to {b.text}: a gap of {_fmt(gap)} point{'' if gap == 1 else 's'}, "
        of_error = f"the poll's margin of error of \u00b1{_fmt(margin.value)} points ({_fmt(twice)})"
        if gap > twice:
            out.append(Relation("", "consistent", ids, claims,
                                told + f"more than twice {of_error}: a lead beyond sampling error.",
                                figure=gap, low=gap, high=gap))
        else:
            out.append(Relation("", "needs-review", ids, claims,
                                told + f"within twice {of_error}: a close race or statistical tie, not a clear lead; "
                                f"check that the story does not call it one.", figure=gap, low=gap, high=gap))
    return out


def _margin_for(share: Quantity, margins: list[Quantity], starts: list[int], by_claim: dict) -> Optional[Quantity]:
    """The margin of error of the poll a share comes from: one told in the same claim, else the nearest one told
    after it (a poll story gives its figures, then "The poll's margin of error is ..."), else the nearest before.
    (margins in text order, their starts, and margins by claim: bisected, so a long story stays linear)"""
    same = by_claim.get(share.claim_id)
    if same:
        return min(same, key=lambda m: abs(m.start - share.start))
    i = bisect.bisect_right(starts, share.start)
    if i < len(margins) and margins[i].start - share.start <= MARGIN_REACH:
        return margins[i]
    j = bisect.bisect_left(starts, share.start) - 1
    return margins[j] if j >= 0 and share.start - margins[j].start <= MARGIN_REACH else None


def _regional_parts(headline: Optional[Quantity], wholes: list[Quantity]) -> list[Quantity]:
    """Figures that count one place of a toll the headline gives for the whole country ("At least 120 people
    have died nationwide" ... "21 died in Sindh"): smaller, of the same time and of the headline's category (or a
    narrower one when the headline counts people), they are parts of it, not rival counts. The first figure
    of each place; a later one of the same place is related to it (an update of the regional count)."""
    if headline is None or headline.place != NATIONWIDE:
        return []  # a total for no named place may be another incident ("Ebola killed 11,000" beside 18 in Bikoro)
    parts, places = [], set()
    for q in wholes:
        if q is headline or not q.place or q.place in places or not _smaller(q, headline):
            continue
        if q.period != headline.period and PAST_TIME.fullmatch(q.period or "") \
                or headline.category not in GENERIC and q.category != headline.category:
            continue
        parts.append(q)
        places.add(q.place)
    return parts


def _smaller(b: Quantity, a: Quantity) -> bool:
    """Whether b is surely below a: its top under a's floor ("dozens", read up to 99, is not below 39)."""
    floor = a.low if a.low is not None else _mid(a)
    return b.high is not None and floor is not None and b.high < floor


def _is_total(q: Quantity) -> bool:
    """A head count of an event that another figure could contradict. Not: differences ("39 more"),
    sports scores ("won 3-1"), vote tallies ("passed 7-3") and vote splits ("5 to 4"), a figure its sentence says was updated ("rose from 31 to
    48"), figures that count things ("30 states"), and votes and seats,
    which in one story are a distribution across candidates and parties, not rival totals."""
    if not q.event or q.event in ("votes", "seats") or q.convention in ("difference", "split", "score", "vote", "previous"):
        return False
    return counts_people(q)


def reconcile_many(analyses: Iterable) -> list[Relation]:
    """The same toll reported by several stories: reconcile their figures together."""
    qs: list[Quantity] = []
    for a in analyses:
        for q in a.quantity_records:
            q2 = Quantity(**{**q.__dict__, "id": f"{a.article_id}:{q.id}",
                             "source": f"{q.source} ({a.article_id})"})
            qs.append(q2)
    return reconcile(qs)


def _part_of(whole: Quantity, parts: list[Quantity]) -> Relation:
    total = sum((_mid(p) or 0) for p in parts)
    names = " + ".join(_label(p) + (f" in {p.place}" if p.place and p.place != whole.place else "") for p in parts)
    w = _mid(whole) or 0
    ids = [whole.id] + [p.id for p in parts]
    claims = sorted({q.claim_id for q in [whole, *parts] if q.claim_id})
    if total > w:
        return Relation("", "needs-review", ids, claims,
                        f"The parts ({names} = {_fmt(total)}) add up to more than the whole ({_label(whole)}); "
                        f"check the figures before printing.", figure=None, low=w, high=total)
    rest = w - total
    tail = f", leaving {_fmt(rest)} the story does not break down" if rest else ", which accounts for all of them"
    return Relation("", "part-of", ids, claims,
                    f"{names} = {_fmt(total)} of the {_label(whole)}{tail}.", figure=w, low=w, high=w)


def _relate(a: Quantity, b: Quantity, event: str) -> Relation:
    """Relate the headline figure a to another total b of the same event."""
    ids, claims = [a.id, b.id], sorted({q.claim_id for q in (a, b) if q.claim_id})
    va, vb = _mid(a) or 0, _mid(b) or 0
    where_or_when = _place_or_time_difference(a, b)
    scope = where_or_when or _count_difference(a, b)
    if va == vb and not scope:
        return Relation("", "consistent", ids, claims,
                        f"{_label(a)} ({_who(a)}) and {_label(b)} ({_who(b)}) agree.", figure=va, low=va, high=va)
    vague = next((q for q in (a, b) if (q.convention or "").startswith("vague")), None)
    if vague is not None and not scope and _bounds_overlap(a, b):
        exact = b if vague is a else a
        return Relation("", "consistent", ids, claims,
                        f"{_label(exact)} ({_who(exact)}) fits {_label(vague)} ({_who(vague)}, read as "
                        f"{_fmt(vague.low)}-{_fmt(vague.high)}): they agree.", figure=_mid(exact), low=_mid(exact),
                        high=_mid(exact))
    if scope and (where_or_when or not _is_update(a, b)):
        return Relation("", "different-scope", ids, claims,
                        f"{_label(b)} ({_who(b)}) counts {scope}, so it does not contradict "
                        f"{_label(a)} ({_who(a)}).", figure=None, low=None, high=None)
    earlier, later = _order(a, b)
    if earlier is not None:
        ve, vl = _mid(earlier) or 0, _mid(later) or 0
        if vl >= ve:
            when = f" as of {earlier.reported}" if earlier.reported else " earlier"
            span = f" over {later.period}" if later.period else ""
            return Relation("", "superseded", ids, claims,
                            f"{_label(earlier)} ({_who(earlier)}) was the toll reported{when}; the later cumulative "
                            f"{_label(later)}{span} ({_who(later)}) supersedes it, {_fmt(vl - ve)} more.",
                            figure=vl, low=ve, high=vl)
        return Relation("", "needs-review", ids, claims,
                        f"The later figure {_label(later)} ({_who(later)}) is lower than the earlier "
                        f"{_label(earlier)} ({_who(earlier)}); a cumulative toll should not go down: check it.",
                        figure=None, low=vl, high=ve)
    bound = _open_bound(a, b)
    if bound is not None:
        other = b if bound is a else a
        return Relation("", "consistent", ids, claims,
                        f"{_label(other)} ({_who(other)}) fits {_label(bound)} ({_who(bound)}), which sets only a floor: "
                        f"they agree.", figure=_mid(other), low=_mid(other), high=_mid(other))
    lo, hi = min(va, vb), max(va, vb)
    low_q = a if va == lo else b
    high_q = b if low_q is a else a
    return Relation("", "conflict", ids, claims,
                    f"{_label(low_q)} ({_who(low_q)}) against {_label(high_q)} ({_who(high_q)}) for the same "
                    f"scope: print the range {_fmt(lo)}-{_fmt(hi)} or the conservative {_fmt(lo)}, attributed.",
                    figure=lo, low=lo, high=hi)


def _open_bound(a: Quantity, b: Quantity) -> Optional[Quantity]:
    """'At least 42 killed' in the headline and '51 bodies' in the story's tenth paragraph: a figure given as a
    floor ('at least', 'more than') is not contradicted by a higher figure of the same scope; the floor, when
    the other figure is exact and at or above it, else None. A ceiling ('as many as 15') is left a conflict
    beside a lower figure: the source that says 'as many as' claims the higher toll."""
    for q in (a, b):
        other = b if q is a else a
        if q.qualifier and q.low is not None and q.high is None and other.low == other.high and other.value is not None \
                and other.value >= q.low:
            return q
    return None


def _bounds_overlap(a: Quantity, b: Quantity) -> bool:
    """Whether the two figures' ranges meet (an open bound meets anything on that side)."""
    def bounds(q: Quantity):
        return (q.value, q.value) if q.low is None and q.high is None else (q.low, q.high)

    (lo_a, hi_a), (lo_b, hi_b) = bounds(a), bounds(b)
    return (hi_b is None or lo_a is None or lo_a <= hi_b) and (hi_a is None or lo_b is None or lo_b <= hi_a)


def _count_difference(a: Quantity, b: Quantity) -> str:
    """How what b counts differs from what a counts (category, a single incident), or '' when they count the same
    thing; a place or a time apart is _place_or_time_difference's, which _relate asks first."""
    if _mid(a) == _mid(b) and GENERIC & {a.category, b.category}:
        return ""  # "Shelling kills 14" beside "killed at least 14 civilians": the same count, told twice
    if a.claim_id is not None and (a.article_id, a.claim_id) == (b.article_id, b.claim_id) and _mid(a) != _mid(b):
        return "another group in the same sentence"  # "Seven were treated at the scene and two were taken to a
        # hospital", "12 were hurt, three of them seriously": one sentence never contradicts itself
    if b.category not in GENERIC and a.category in GENERIC and b.category not in ("bodies", "corpses"):
        return f"only {b.category}"
    if b.category not in GENERIC and a.category not in GENERIC and a.category != b.category:
        return f"{b.category}, not {a.category}"
    if (_mid(b) or 0) < 0.05 * (_mid(a) or 1) and not b.reported:
        return "a single incident"
    return ""


def _place_or_time_difference(a: Quantity, b: Quantity) -> str:
    """Another place or a past time: a scope no update of the toll can cross, whatever day each was reported."""
    if a.place and b.place and a.place != b.place:
        return f"a different place ({b.place})"

    past = [q.period for q in (a, b) if q.period and PAST_TIME.fullmatch(q.period)]
    if past and a.period != b.period and _mid(a) != _mid(b):  # the same figure twice is the same event
        return f"another time ({past[-1]})"  # "130 in Paris last November" beside this week's toll
    return ""


def _is_update(a: Quantity, b: Quantity) -> bool:
    return bool(a.reported or b.reported) and a.category in GENERIC and b.category in GENERIC


def _reported_before(x: str, y: str) -> bool:
    """ISO dates (a publication date was given) compare as text. Bare weekdays (none was) do not: "Friday"
    is not before "Monday" by spelling. A story's days are the days just past, so the later of two is the
    one reached going forward in three days or fewer (Friday, then Monday; Monday, then Thursday). Within one day,
    a part of the day orders ("on Tuesday", then "Tuesday evening")."""
    (x, x_part), (y, y_part) = _day_and_part(x), _day_and_part(y)
    if x == y:
        return x_part < y_part  # "on Tuesday", then "Tuesday evening"
    if x.lower() in DAYS and y.lower() in DAYS:
        return (DAYS.index(y.lower()) - DAYS.index(x.lower())) % 7 <= 3
    return x < y


def _day_and_part(when: str) -> tuple[str, int]:
    """'Tuesday evening' -> ('Tuesday', 3); a day alone ranks before its parts."""
    day, _, part = when.partition(" ")
    return day, (PARTS_OF_DAY.index(part) + 1 if part in PARTS_OF_DAY else 0)


def _order(a: Quantity, b: Quantity) -> tuple[Optional[Quantity], Optional[Quantity]]:
    """(earlier, later) when the story dates one figure before the other; a figure with a stated
    report day is older than the story's own cumulative figure."""
    if a.reported and b.reported and a.reported != b.reported:
        return (a, b) if _reported_before(a.reported, b.reported) else (b, a)
    if a.reported and not b.reported:
        return a, b
    if b.reported and not a.reported:
        return b, a
    return None, None


# --- Sums of money -------------------------------------------------------------------------------------------
# Two sums of one story are related only when they measure the same thing: the same measure noun with the same
# modifiers ("a $300,000 settlement" ... "the $350,000 settlement"; "a budget of $45 million" ... "the $45-million
# budget"), or the same verb of the same subject ("the arena will cost $1.2 billion" ... "the arena would cost $1.5
# billion"), in the same currency. A later mention must be definite ("the", a possessive, a name; "revenue", "profit"
# need none): "a $5 million fine" after "the $25 million fine" is another fine. A sum that is hedged ("more than $5
# million"), a rate ("$500 a month", "per share"), one end of a range ("$1 million to $2 million") or the old value of a
# change ("up from $1.8 million") is never related. Revenue, profit and loss are different measures: never related.
_MONEY_NOUNS = tuple(figure_words()["money-noun"])
_MASS_MONEY_NOUNS = set(figure_words()["mass-money-noun"])
_NOUN_ALT = "|".join(sorted((n.replace(" ", r"\s+") for n in _MONEY_NOUNS), key=len, reverse=True))
_MODS = r"(?P<mods>(?:(?!(?i:in|of|for|to|from|on|at|by|and|or|but|as|with|that|when|while|a|an|the|his|her|its|their|our|my|your|was|is|will|would|said|says|say)\b)[a-z][a-z-]*\s+){0,2})"
# "$300,000 settlement", "$45-million operating budget", "$4 million in fines"
_NOUN_AFTER_MONEY = re.compile(r"[\s-]+(?:in\s+)?" + _MODS + r"(?P<noun>" + _NOUN_ALT + r")\b(?!-)")
# "a budget of $45 million", "Revenue was $3.9 billion", "its annual salary of $52,000"
_NOUN_BEFORE_MONEY = re.compile(r"(?:\b(?P<det>[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[A-Za-z][\w.-]*'s)\s+|(?:^|[.;:,]\s+|\s))"
                                + _MODS.replace("[a-z]", "[A-Za-z]", 1) + r"(?P<noun>" + _NOUN_ALT.replace("price", "[Pp]rice")
                                + r"|Revenue|Revenues|Sales|Profit|Loss|Debt)\s+(?:of|was|is|totaled|totalled|stood\s+at|came\s+to|"
                                r"reached|rose\s+to|fell\s+to|will\s+be|would\s+be)\s+$")
# "The arena will cost $1.2 billion", "the charity raised $2.1 million", "The house sold for $850,000"
_MONEY_VERBS = dict(figure_words()["money-verb"])
_VERB_BEFORE_MONEY = re.compile(r"(?:(?P<det>\b[Tt]he|\b[Ii]ts|\b[Tt]heir|\b[Hh]is|\b[Hh]er)\s+)?(?P<subj>[A-Za-z][\w'-]*)\s+"
                                r"(?:(?:will|would|could|might|may|did|does|to|is\s+expected\s+to|was\s+expected\s+to|"
                                r"has|had|have|is|was|were|been|be)\s+){0,2}(?P<verb>"
                                + "|".join(v.replace(" ", r"\s+") for v in sorted(_MONEY_VERBS, key=len, reverse=True))
                                + r")\s+$")
_NOT_A_SUBJECT = {"it", "they", "he", "she", "we", "i", "you", "that", "which", "who", "this", "what", "also", "and",
                  "or", "would", "will", "could", "can", "should", "must", "not", "never", "only", "already", "has",
                  "have", "had", "just", "set", "even", "still"}
_MONEY_HEDGE = re.compile(r"\b(?:more\s+than|less\s+than|at\s+least|nearly|almost|about|around|roughly|some|over|under|"
                          r"up\s+to|as\s+much\s+as|as\s+little\s+as|approximately|an\s+estimated|estimated|upwards\s+of|"
                          r"in\s+excess\s+of|just\s+over|just\s+under|from|than|between|versus|vs\.?|compared\s+with)\s+$",
                          re.I)
_MONEY_RATE_AFTER = re.compile(r"(?:[\s-]+(?:[a-z-]+\s+)?(?:a|an|per|each)\s+(?:year|month|week|day|hour|share|person|"
                               r"head|student|ticket|household|barrel|unit)\b|\s+(?:each|apiece|annually|yearly|monthly|"
                               r"weekly|hourly)\b|/)")
_RANGE_JOIN = re.compile(r"\s*(?:to|-|\u2013|and|or)\s*$")
_MONEY_TIME = re.compile(r"\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter|Q[1-4]|(?:this|last|next)\s+"
                         r"(?:year|quarter|month|season)|a\s+year\s+(?:earlier|ago|before)|year-ago|(?:fiscal\s+)?(?:19|20)\d\d|"
                         r"[Ll]ast\s+\w+day|annual|yearly)\b")
# a definite mention with a restrictive modifier picks out one of several ("the $500 fine for speeding", "the ransom of
# $400,000 that had been hidden", "the $3 million settlement sought by a second family"): not set against the first
_RESTRICTED_AFTER = re.compile(r"\s+(?:that|which|who|whom|for|with|to|from|over|against|on|by|(?:[a-z]+ed|sought|paid|won|"
                               r"made|given|brought|struck|set|held|owed|taken)\s+(?:by|in|at|for|on|to|from|with|under|"
                               r"last|earlier|after|before)\b)")  # a participle, not a verb: "imposed by", not "ended the case"
# "It also agreed to the $3 million settlement", "the other $2 million fine": the sentence says this is another one
_ANOTHER_ONE_BEFORE = re.compile(r"\b(?:also|another|other|second|separate|new|additional|latest|earlier|previous)\b", re.I)
_MONEY_SCOPE = re.compile(r"\b(?:including|included|includes|excluding|not\s+counting|plus|once|if|unless|without|with\s+interest|"
                          r"before\s+taxes|after\s+taxes|in\s+total|all\s+told)\b[^.;,]{0,60}", re.I)


def _money_reading(text: str, q: Quantity, neighbours: list[Quantity], sentence: tuple[int, int]) -> Optional[tuple]:
    """(what the sum measures, whether its mention is definite, its time, its scope words) or None when it measures
    nothing this rule can name, or is hedged, a rate, a range's end or a change's old value."""
    a, b = sentence
    before, after = text[max(a, q.start - 90):q.start], text[q.end:min(b, q.end + 60)]
    if _MONEY_HEDGE.search(before) or _MONEY_RATE_AFTER.match(after):
        return None
    for o in neighbours:
        if o is not q and (0 <= q.start - o.end <= 6 and _RANGE_JOIN.fullmatch(text, o.end, q.start)
                           or 0 <= o.start - q.end <= 6 and _RANGE_JOIN.fullmatch(" " + text[q.end:o.start])):
            return None  # "$1 million to $2 million"
    det = re.search(r"\b(?P<d>an?|the|its|their|his|her|our|[A-Z][\w.-]*'s|\w+'s)\s+$", before, re.I)
    key = definite = None
    owner = det.group("d").lower() if det and det.group("d").endswith("'s") else None  # "the city's $45 million budget"
    m = _NOUN_AFTER_MONEY.match(after)
    if m:
        key = (" ".join((m.group("mods") + m.group("noun")).lower().split()),)
        definite = bool(det) and det.group("d").lower() not in ("a", "an")
        restricted = bool(_RESTRICTED_AFTER.match(after, m.end()))
    else:
        m = _NOUN_BEFORE_MONEY.search(before)
        if m:
            noun = " ".join(m.group("noun").lower().split())
            key = (" ".join((m.group("mods") + noun).lower().split()),)
            d = (m.group("det") or "").lower()
            owner = d if d.endswith("'s") else None  # "the city's budget of $45 million"
            definite = d not in ("a", "an") and (bool(d) or noun in _MASS_MONEY_NOUNS)
            restricted = bool(_RESTRICTED_AFTER.match(after))
        else:
            m = _VERB_BEFORE_MONEY.search(before)
            if m and m.group("subj").lower() not in _NOT_A_SUBJECT and "'" not in m.group("subj") \
                    and not m.group("subj").endswith(("ed", "ly")):  # not "slated to cost", "personally earned"
                verb = _MONEY_VERBS[" ".join(m.group("verb").lower().split())]
                subj = m.group("subj")
                key = (verb, subj.lower())
                opening = not text[a:max(a, q.start - 90) + m.start("subj")].strip(" \"\u201c\n")
                definite = bool(m.group("det")) or subj[:1].isupper() and not opening  # "the arena", "Acme"
                restricted = False
    if key is None:
        return None
    times = list(_MONEY_TIME.finditer(text, a, b))
    near = min(times, key=lambda t: t.start() - q.end if t.start() >= q.end else q.start - t.end(), default=None)
    time = " ".join(near.group().lower().split()) if near else None
    scope = _MONEY_SCOPE.search(text, q.end, b)
    restricted = restricted or bool(_ANOTHER_ONE_BEFORE.search(text, a, q.start))
    return key, definite and not restricted, time, (scope.group().strip() if scope else None), owner


def _money_thing(key: tuple) -> str:
    if len(key) == 1:
        return f"the {key[0]}"
    verb, subj = key
    return {"cost": f"what the {subj} costs", "raised": f"the sum the {subj} raised", "sold for": f"the {subj}'s sale price",
            "priced at": f"the {subj}'s price", "valued at": f"the {subj}'s value", "spent": f"the sum the {subj} spent",
            "earned": f"what the {subj} earned", "owes": f"the {subj}'s debt"}[verb]


def money_relations(quantities: list[Quantity], text: str, sentences: Sequence[Sentence]) -> list[Relation]:
    """Two sums of money one story gives for the same thing (see above): `consistent` when equal, `different-scope`
    when one names another time ("in the second quarter") or says what it includes ("once roads were included"),
    `conflict` otherwise when two sources give them (`needs-review` when one source gives both): an editor checks
    which is right. Each later definite mention is set against the first, unless a restrictive modifier or another
    owner makes it another one."""
    sums = [q for q in quantities if q.convention == "measure" and q.category in CURRENCIES and q.value]
    if len(sums) < 2:
        return []
    first: dict[tuple, tuple[Quantity, tuple]] = {}
    out, bounds = [], SentenceBounds(sentences)  # the story's own sentences: "Mr." and "U.S." end none
    for k, q in enumerate(sums):
        a, b = bounds.around(q.start)
        reading = _money_reading(text, q, sums[max(0, k - 1):k + 2], (a, max(b, q.end)))  # (a range's other end
        # is a neighbour)
        if reading is None:
            continue
        key, definite, time, scope, owner = reading
        group = (q.category, key)
        if group not in first:
            first[group] = (q, reading)
            continue
        p, (_, _, p_time, p_scope, p_owner) = first[group]
        if not definite or owner != p_owner:
            continue  # "a separate $5 million fine", "the county's budget" after "the city's": another one
        ids, claims = [p.id, q.id], sorted({x.claim_id for x in (p, q) if x.claim_id})
        thing = _money_thing(key)
        if p.value == q.value:
            out.append(Relation("", "consistent", ids, claims, f"{p.text} ({_who(p)}) and {q.text} ({_who(q)}) for "
                                f"{thing} agree.", figure=q.value, low=q.value, high=q.value))
        elif p_time != time and p_time and time:
            out.append(Relation("", "different-scope", ids, claims, f"{q.text} ({_who(q)}) is {thing} of another time "
                                f"({time}), so it does not contradict {p.text} ({_who(p)}, {p_time})."))
        elif p_scope != scope:
            which, other, why = (q, p, scope) if scope else (p, q, p_scope)
            out.append(Relation("", "different-scope", ids, claims, f"{which.text} ({_who(which)}) counts {thing} "
                                f"{why}, so it does not contradict {other.text} ({_who(other)})."))
        elif p_time == time and p.source == q.source:
            lo, hi = sorted((p, q), key=lambda x: x.value)
            out.append(Relation("", "needs-review", ids, claims, f"The story gives {lo.text} and {hi.text} for {thing} "
                                f"({_who(q)}): check that they are the same thing and which is right.",
                                figure=None, low=lo.value, high=hi.value))
        elif p_time == time:
            lo, hi = sorted((p, q), key=lambda x: x.value)
            out.append(Relation("", "conflict", ids, claims, f"{lo.text} ({_who(lo)}) against {hi.text} ({_who(hi)}) "
                                f"for {thing}: check which is right, or print both, attributed.",
                                figure=None, low=lo.value, high=hi.value))
    return out

"""The story's source registry: who is speaking, under every name the story uses.

Each mention is resolved to one Source and records the rule that did it, so an
editor can check it: a proper name matches an earlier one by acronym, short form
or surname; a pronoun goes to the most recent compatible source; a definite
description ("the monitoring group") goes to the most recent organisation.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import load_lexicon
from .model import ANONYMOUS, DOCUMENT, ORGANIZATION, PERSON, VAGUE, Mention, Source

PRONOUN_TYPES = {
    "he": (PERSON,), "him": (PERSON,), "his": (PERSON,), "she": (PERSON,), "her": (PERSON,),
    "it": (ORGANIZATION, DOCUMENT), "its": (ORGANIZATION, DOCUMENT),
    "they": (ORGANIZATION, ANONYMOUS, VAGUE, PERSON), "them": (ORGANIZATION, ANONYMOUS, VAGUE),
    "we": (), "i": (), "you": (),
}
# The noun phrase a relative pronoun follows: "Tom Barkley, who said ...", "the ministry, which said ...".
_ANTECEDENT = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*|(?:the|a|an)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3})"
                         r"\s*,\s*$")
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "so-called", "some", "one", "two", "three",
               "several", "other", "another", "its", "their", "his", "her", "our"}
CONNECTORS = {"of", "for", "and", "the", "on", "de", "al", "el", "bin", "van", "von", "der", "da", "&"}
_WORD = re.compile(r"[\w][\w'\u2019.&-]*")


@lru_cache(maxsize=1)
def source_words() -> dict[str, str]:
    df = load_lexicon("source_words.csv")
    return dict(zip(df["term"].str.lower(), df["category"]))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def _bare(word: str) -> str:
    return word.lower().rstrip(".").replace("\u2019", "'").removesuffix("'s")


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def classify(phrase: str) -> str:
    """The type a phrase names: person, organization, anonymous, vague or document."""
    ws = words(phrase)
    if not ws:
        return VAGUE
    lex = source_words()
    cats = [lex.get(_bare(w)) for w in ws]
    content = [w for w in ws if _bare(w) not in DETERMINERS and _bare(w) not in CONNECTORS]
    proper = [w for w in content if is_capitalised(w)]
    head = _bare(ws[-1])
    head_cat = lex.get(head)
    # Unnamed people and groups: the head noun decides ("medical sources", "a senior official").
    if head_cat in ("anonymous", "role") or (head_cat == "title" and not proper[-1:] == [ws[-1]]):
        return ANONYMOUS
    if head_cat == "vague" or (ws and _bare(ws[0]) in ("many", "some", "most", "few", "several") and "of" in [w.lower() for w in ws]):
        return VAGUE
    if head_cat == "document" and not proper[-1:] == [ws[-1]]:
        return DOCUMENT
    if any(c in ("organization", "outlet") for c in cats) or any(w.isupper() and len(w) > 1 for w in content):
        return ORGANIZATION
    if proper:
        return PERSON
    # an unnamed person or group described by a common noun ("a farmer", "the driver", "residents")
    return ANONYMOUS


def canonical_name(phrase: str, kind: str) -> str:
    """The name to file a source under: determiners, 'so-called' and titles stripped."""
    ws = phrase.strip().split()
    while ws and _bare(ws[0]) in DETERMINERS | {"so-called"}:
        ws = ws[1:]
    name = " ".join(ws).strip(" ,;:")
    if name.endswith(("'s", "\u2019s")):
        name = name[:-2]
    if kind == PERSON:
        toks = name.split()
        lex = source_words()
        last_title = max((i for i, w in enumerate(toks) if lex.get(_bare(w)) == "title"), default=-1)
        if 0 <= last_title < len(toks) - 1:
            toks = toks[last_title + 1:]
            while toks and toks[0].lower() in CONNECTORS:
                toks = toks[1:]
        name = " ".join(toks) or name
    return name or phrase.strip()


def acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in CONNECTORS)


def is_definite_description(phrase: str) -> bool:
    """'the monitoring group', 'The Britain-based monitoring group': a lower-case head after 'the'."""
    ws = phrase.split()
    return len(ws) >= 2 and ws[0].lower() == "the" and ws[-1][:1].islower()


class Registry:
    """Sources of one story, in order of first mention, with salience for resolving references."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self._recent: list[str] = []  # source ids, most recent last

    # -- lookup -------------------------------------------------------------------------
    def _by_id(self, sid: str) -> Source:
        return next(s for s in self.sources if s.id == sid)

    def _most_recent(self, types: tuple[str, ...]) -> Optional[Source]:
        for sid in reversed(self._recent):
            s = self._by_id(sid)
            if s.type in types:
                return s
        return None

    def _match_name(self, name: str, kind: str) -> Optional[tuple[Source, str]]:
        low = name.lower()
        for s in self.sources:
            if s.type not in (PERSON, ORGANIZATION):
                continue
            names = [s.name.lower()] + [a.lower() for a in s.aliases]
            if low in names:
                return s, "name:same"
            if name.isupper() and len(name) > 1 and acronym(s.name) == name:
                return s, "alias:acronym"
            if s.name.isupper() and acronym(name) == s.name:
                return s, "alias:acronym"
            nw, sw = low.split(), s.name.lower().split()
            if kind == PERSON and s.type == PERSON and len(nw) == 1 and sw[-1] == nw[0]:
                return s, "alias:surname"
            if len(nw) < len(sw) and _contains(sw, nw) and any(w[:1].isupper() for w in name.split()):
                return s, "alias:short-form"
        return None

    # -- resolution ---------------------------------------------------------------------
    def resolve(self, text: str, start: int, end: int, *, entities: Optional[list[tuple[int, str]]] = None) -> tuple[Source, str]:
        """Resolve the mention text[start:end] to a source (creating one if new); return it and the rule."""
        phrase = text[start:end]
        low = phrase.lower().strip()
        if low in ("who", "which"):
            m = _ANTECEDENT.search(text, max(0, start - 80), start)
            if m:
                found, how = self.resolve(text, m.start(1), m.end(1), entities=entities)
                return self._add_mention(found, start, end, phrase, f"relative-pronoun:{low}->antecedent; {how}")
        if low in PRONOUN_TYPES:
            types = PRONOUN_TYPES[low]
            found = self._most_recent(types) if types else None
            if found:
                return self._add_mention(found, start, end, phrase, f"pronoun:{low}->most-recent-{found.type}")
            kind = types[0] if types else PERSON
            return self._new(phrase, phrase, kind, start, end, f"pronoun:{low}:unresolved")
        kind = classify(phrase)
        if is_definite_description(phrase) and kind == ORGANIZATION:
            found = self._most_recent((ORGANIZATION,))
            if found:
                if phrase.strip() not in found.aliases:
                    found.aliases.append(_strip_det(phrase))
                return self._add_mention(found, start, end, phrase, "description->most-recent-organization")
        if kind in (ANONYMOUS, VAGUE, DOCUMENT):
            name = _resolve_possessive(_strip_det(phrase) if kind != VAGUE else phrase.strip(), start, entities)
            name = name[:1].lower() + name[1:] if name.split()[0].lower() in ("the", "a", "an") else name
            for s in self.sources:
                if s.type == kind and s.name.lower() == name.lower():
                    return self._add_mention(s, start, end, phrase, f"{kind}:same-phrase")
            return self._new(name, phrase, kind, start, end, f"{kind}:new")
        name = canonical_name(phrase, kind)
        match = self._match_name(name, kind)
        if match:
            s, rule = match
            alias = _strip_det(phrase)
            if alias != s.name and alias not in s.aliases:
                s.aliases.append(alias)
            return self._add_mention(s, start, end, phrase, rule)
        # A longer form of an existing short name ("the Observatory" then "Syrian Observatory ...").
        for s in self.sources:
            if s.type in (PERSON, ORGANIZATION) and _contains(name.lower().split(), s.name.lower().split()):
                s.aliases.append(s.name)
                s.name = name
                return self._add_mention(s, start, end, phrase, "name:longer-form")
        return self._new(name, phrase, kind, start, end, "name:new")

    def _new(self, name: str, phrase: str, kind: str, start: int, end: int, rule: str) -> tuple[Source, str]:
        s = Source(id=f"s{len(self.sources) + 1}", name=name.strip(), type=kind)
        m = re.search(r"\(([A-Z]{2,})\)", name)
        if m:
            s.aliases.append(m.group(1))
            s.name = name[:m.start()].strip()
        self.sources.append(s)
        return self._add_mention(s, start, end, phrase, rule)

    def _add_mention(self, s: Source, start: int, end: int, phrase: str, rule: str) -> tuple[Source, str]:
        s.mentions.append(Mention(start, end, phrase, s.id, rule))
        if s.id in self._recent:
            self._recent.remove(s.id)
        self._recent.append(s.id)
        return s, rule


def _contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def _strip_det(phrase: str) -> str:
    ws = phrase.strip().split()
    while len(ws) > 1 and _bare(ws[0]) in ("the", "a", "an", "so-called"):
        ws = ws[1:]
    return " ".join(ws)


def _resolve_possessive(name: str, start: int, entities) -> str:
    """'many of its figures' -> 'many of the National Coalition's figures' when an organisation precedes."""
    m = re.search(r"\b(its|their)\b", name)
    if not m or not entities:
        return name
    before = [e for e in entities if e[0] < start]
    if not before:
        return name
    owner = before[-1][1]
    return name[:m.start()] + f"the {owner}'s" + name[m.end():]

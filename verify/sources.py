"""The story's source registry: who is speaking, under every name the story uses.

Each mention is resolved to one Source and records the rule that did it, so an
editor can check it: a proper name matches an earlier one by acronym, short form
or surname; a pronoun goes to the most recent compatible source; a definite
description ("the monitoring group") goes to the most recent organisation.

'he' and 'she' go to the most recent person of that sex (known from an honorific, a
gendered title or a first name in ``data/first_names.csv``, else from earlier pronouns),
and a person named as the subject of a sentence counts even when that sentence quotes
no one ("Premier Doug Ford was less enthusiastic. 'We need a partner,' he said"). A surname alone
is known by the full name the story writes anywhere ("Donald Trump and House Speaker Paul Ryan met
... Trump eased his tone"), unless two people share it; names on a title-case headline end with the
name; descriptions with a proper name of their own are bodies of their own ("The Trump campaign").
"""
from __future__ import annotations

import bisect
import re
from operator import attrgetter, itemgetter
import unicodedata
from functools import lru_cache
from typing import Optional

from .furniture import dateline_length
from .lexicon import is_word_character, load_lexicon
from .lexicon import term_lists, word_trie
from .model import ANONYMOUS, DOCUMENT, ORGANIZATION, PERSON, VAGUE, Mention, Source
from .quantities import DAYS, SHARE_PART, SHARE_WHOLE
from .sentences import GIVEN_INITIALS
from .sentences import in_title_case, long_words, opens_a_line

PRONOUN_TYPES = {
    "he": (PERSON,), "him": (PERSON,), "his": (PERSON,), "she": (PERSON,), "her": (PERSON,),
    "it": (ORGANIZATION, DOCUMENT), "its": (ORGANIZATION, DOCUMENT),
    "they": (ORGANIZATION, ANONYMOUS, VAGUE, PERSON), "them": (ORGANIZATION, ANONYMOUS, VAGUE),
    "we": (), "i": (), "you": (),
}
# The noun phrase a relative pronoun follows: "Tom Barkley, who said ...", "the ministry, which said ...", a name
# joined by 'for', 'on' or 'of the' ("Citizens for Trump, which ...", "Friends of the Earth, which ...": the group,
# not its last word; not bare 'of', which is as often a place after a person: "Sanders of Vermont").
# Without a comma the clause restricts the noun before it: "lawmakers who thought ...", "a governor who had endorsed him".
_ANTECEDENT = re.compile(r"(?:((?:[A-Z][\w.'\u2019-]*\s+(?:(?:for|on|of\s+the)\s+)?){0,4}[A-Z][\w.'\u2019-]*)\s*,"
                         r"|((?:the|a|an)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}|(?<![\w'\u2019-])[a-z][\w'\u2019-]+)\s*,?)\s*$")
# "Howard Rubel, a senior analyst at Jefferies, who ...": a description set off after a name describes that person,
# so the relative pronoun after it is the person, not the last capitalised word (the firm)
_NAME_THEN_DESCRIPTION = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}),\s+(?:a|an|the)\s+"
                                    r"[^,;:()\u201c\u201d\"]{2,70},\s*$")
# "both of whom", "many of whom": a relative pronoun naming a share of its antecedent
OF_WHOM = re.compile(r"(?:both|all|each|many|most|some|several|none|neither|either|one|two|three|four|five)\s+of\s+whom", re.I)
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "so-called", "some", "one", "two", "three",
               "several", "other", "another", "its", "their", "his", "her", "our"}
CONNECTORS = {"of", "for", "and", "the", "on", "de", "du", "des", "al", "el", "bin", "van", "von", "der", "da", "&"}
_WORD = re.compile(r"[\w][\w'\u2019.&-]*")
MALE, FEMALE = "male", "female"
PRONOUN_SEX = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE, "she": FEMALE, "her": FEMALE, "herself": FEMALE}


@lru_cache(maxsize=1)
def source_words() -> dict[str, str]:
    """Term -> category of source_words.csv. A person's title or role shared with another takes 'co-' ('the
    Québec solidaire co-spokesperson', 'co-chair Ann Lee', 'co-author', 'co-workers'): the same category as the
    word it is made from, unless the file lists it itself."""
    df = load_lexicon("source_words.csv")
    out = dict(zip(df["term"].str.lower(), df["category"]))
    for term, category in list(out.items()):
        if category in ("title", "role", "anonymous") and term.isalpha():
            out.setdefault("co-" + term, category)
    return out


@lru_cache(maxsize=1)
def title_abbreviations() -> dict[str, str]:
    """Titles news copy abbreviates or spells otherwise before a name, as a later description spells them
    ("Sen. Ted Cruz ... the senator"): source_words.csv says so in the reason, 'abbreviation of senator',
    'spelling of councillor'. Abbreviation -> the title."""
    df = load_lexicon("source_words.csv")
    out: dict[str, str] = {}
    for term, category, reason in zip(df["term"].str.lower(), df["category"], df["reason"].fillna("")):
        m = re.match(r"(?:abbreviation|spelling) of (\w+)$", reason.strip())
        if category == "title" and m:
            out[term.rstrip(".")] = m.group(1).lower()
    return out


@lru_cache(maxsize=1)
def source_lists() -> dict[str, tuple[str, ...]]:
    """Category -> its terms in file order, of verify/data/source_lists.csv: the word lists (streets, kinds of body,
    people in the plural, kin ...) that a newsroom can review and extend. Read once; the module's sets are built
    from it at import."""
    return term_lists("source_lists.csv")


# Titles, kin words and roles of a known sex (source_lists.csv male-word, female-word: Mr, Dame, spokeswoman), and
# common nouns for one unnamed person of a known sex (male-noun, female-noun; lower case only: "Sonia Man" is a name).
_SEXED_WORDS = {**dict.fromkeys(source_lists()["male-word"], MALE), **dict.fromkeys(source_lists()["female-word"], FEMALE)}
_SEXED_NOUNS = {**dict.fromkeys(source_lists()["female-noun"], FEMALE), **dict.fromkeys(source_lists()["male-noun"], MALE)}


@lru_cache(maxsize=1)
def source_list_links() -> dict[str, dict[str, tuple[str, ...]]]:
    """Category -> term -> its `related` words of verify/data/source_lists.csv (| separated), in file order."""
    df = load_lexicon("source_lists.csv")
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for term, category, related in zip(df["term"], df["category"], df["related"].fillna("")):
        out.setdefault(category, {})[term] = tuple(w for w in related.split("|") if w)
    return out


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Place names (verify/data/places.csv), as the words of a phrase compare: 'new york', 'mo', 'n.y'."""
    df = load_lexicon("places.csv")
    return frozenset(" ".join(_bare(w) for w in term.split()) for term in df["term"])


@lru_cache(maxsize=8192)  # a pure function of the phrase; stories repeat their names
def names_a_place(phrase: str) -> bool:
    """'Indiana', 'Mo.', 'the United States': a place, which speaks only through its government. Looked up also
    without accents, as French Canadian copy writes 'Québec', 'Montréal', 'Trois-Rivières'."""
    ws = words(phrase)
    if ws and _bare(ws[0]) == "the":
        ws = ws[1:]
    key = " ".join(_bare(w) for w in ws)
    return bool(ws) and (key in places() or not key.isascii() and _Names._plain(key) in places())


class _Names(dict):
    """First names looked up also without their accents: 'antónio', 'josé', 'jürgen' are the list's 'antonio',
    'jose', 'jurgen' (the US birth counts spell most names without them; world news keeps them)."""

    @staticmethod
    def _plain(key):
        if not isinstance(key, str) or key.isascii():
            return None
        return unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def get(self, key, default=None):
        value = dict.get(self, key)
        if value is not None:
            return value  # (most asks: a listed name, or a plain word no accent or hyphen can change)
        if not isinstance(key, str) or key.isascii() and "-" not in key:
            return default
        plain = self._plain(key)
        if plain:
            value = dict.get(self, plain)
        if value is None and "-" in key[1:-1]:
            # Compound given names ("Marie-Philip", "Jean-Pierre", "Ann-Ren\u00e9e"), common in Canadian and French
            # news, are first names when both halves are; the first half gives the sex (Marie-Philip: female), and
            # 'Jean', a woman's name in the US counts, opens only men's compounds (Jean-Luc, Jean-Fran\u00e7ois)
            head, _, tail = key.partition("-")
            if "-" not in tail and self.get(tail) is not None:
                value = "male" if head.lower() == "jean" else self.get(head)
        return default if value is None else value

    def __getitem__(self, key):
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    df = load_lexicon("first_names.csv", required=("term", "category"))
    names = _Names(zip(df["term"], df["category"]))
    more = load_lexicon("first_names_more.csv", required=("term", "category"))  # by hand: names the US counts miss
    for term, sex in zip(more["term"], more["category"]):
        names.setdefault(term, sex)
    return names


@lru_cache(maxsize=8192)  # a pure function of the phrase; stories repeat their names
def sex_of(phrase: str) -> Optional[str]:
    """'Mrs. Clinton', 'spokeswoman Jane Doe', 'Doug Ford': female, female, male; None when unknown."""
    for w in words(phrase):
        if _bare(w) in _SEXED_WORDS:
            return _SEXED_WORDS[_bare(w)]
    name = words(canonical_name(phrase, PERSON))
    return first_names().get(_bare(name[0])) if len(name) >= 2 else None


def _one_person_of_sex(phrase: str) -> Optional[str]:
    """The sex of an unnamed single person ("One mother", "a spokeswoman", "the man"), else None."""
    ws = words(phrase)
    if not ws:
        return None
    head = ws[-1]
    return _SEXED_WORDS.get(_bare(head)) or (_SEXED_NOUNS.get(head) if head.islower() else None)


def _first_name_index(ws: list[str]) -> int:
    """Where a personal name starts: a known first name followed by a capitalised word; -1 if none."""
    names = first_names()
    for i in range(len(ws) - 1):
        if is_capitalised(ws[i]) and _bare(ws[i]) in names and is_capitalised(ws[i + 1]):
            return i
    return -1


# A person named at the start of a sentence: titles or a known first name, then the name.
_SUBJECT_NAME = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]*){0,2}"
                           r"(?:,?\s+[JS]r\.)?"  # a suffix after the surname: "Adm. Harry B. Harris Jr. makes"
                           r"(?=\s*,|\s+[a-z]|\s*[\u2014\u2013]|\s+-\s)")


# Two capitalised words opening a sentence and followed by a lower-case word: a full name whose first
# name the list may not know ("Auston Matthews scored"); used only to expand a later lone surname.
_FULL_NAME_SUBJECT = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?=\s+[a-z])")
_PLACE_PREFIXES = set(source_lists()["place-prefix"])
# Patterns run over a whole story open on the letter they need and check the word boundary just after it
# ("[A-Z](?<!\w[A-Z])" is "\b[A-Z]"): a pattern that opens on a character class lets the regex engine skip
# to the next capital at C speed, where one that opens on "\b" or a look-behind is tried at every character.
# Name words: a capital then lower case, accented letters too ("José", "Müller"); a surname may have a second
# capital after a prefix or an apostrophe ("McDavid", "MacKinnon", "DeSantis", "O'Brien") and a second part
# after a hyphen.
_UP, _LOW = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff"
_WRITTEN_NAME = re.compile(rf"([{_UP}](?<!\w[{_UP}])(?<!\w-[{_UP}])[{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)\s+(?:[A-Z]\.\s+)?(?P<nick>[\u201c\"\u2018'][A-Z][\w.' -]{{0,18}}[\u201d\"\u2019']\s+)?"
                           rf"([{_UP}][{_LOW}]*(?:['\u2019]?[{_UP}][{_LOW}]+)?(?:-[{_UP}][{_LOW}]+)?)\b(?!\s+[A-Z])")
# (a nickname: John \u201cTig\u201d Tiegen; a compound given name: Marie-Philip Poulin, not "Philip Poulin", but a
# dash before a name is no hyphen: "policy--Mark Goldsmith")
_HONORIFIC_NAME = re.compile(r"(M(?<!\wM)(?:r|rs|s|iss))\.?\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")  # Mr, Mrs, Ms, Miss
_AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents")
# Conjunctions and linking adverbs that open a sentence before its subject ("But Eadie questioned that figure",
# "Still the mayor said"): one set for the subject readers here and in attribution (which skip it).
OPENING_CONJUNCTIONS = frozenset({"but", "and", "so", "yet", "or", "still", "also", "then", "now", "meanwhile", "even"})
_OPENING_CONJUNCTION_WORD = "(?:" + "|".join(sorted(w.capitalize() for w in OPENING_CONJUNCTIONS)) + ")"  # as a sentence opens
_OPENING_CONJUNCTION = re.compile(_OPENING_CONJUNCTION_WORD + r"\s+(?=[A-Z])")
# A person's name standing before a noun that makes it a modifier ("Donald Trump supporter", "the Bill Clinton
# administration"): no person is the referent of the phrase.
_NAME_AS_MODIFIER = re.compile(r"\s+(?:supporters?|fans?|voters?|backers?|loyalists?|critics?|aides?|allies|ally|"
                               r"campaign|administration|era|camp|presidency|rally|rallies|team|delegates?|"
                               # a place or thing named for a person ("the White House James S. Brady briefing room")
                               r"briefing|room|center|centre|building|hall|bridge|airport|library|memorial|award|prize|"
                               r"foundation|institute|museum|stadium|arena|highway|doctrine)\b")
_POSSESSOR_SUBJECT = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.-]*)['\u2019]s\s+([a-z]+)(?:\s+([a-z]+))?\b")
# the person asked a question: "asked Sanders whether", "asked Mayor Jane Roe about"
_ASKED_PERSON = re.compile(r"\basked[ ]+((?:[A-Z][\w.'\u2019-]*[ ]+){0,2}[A-Z][\w'\u2019-]+)[ ]+(?:whether|if|about|why|how|what|when|where)\b")
# a main clause after ", but" or a semicolon, its subject a capitalised word, perhaps after an article and a modifier
# ("but a hoarse-voiced Sanders got"; not "but suggested Trump went": a verb, no article)
_CLAUSE_SUBJECT = re.compile(r"(?:,[ ]but|;)[ ]+(?:(?:the|a|an)[ ]+(?:[a-z][\w-]*[ ]+)?)?([A-Z][\w'\u2019-]+[ ]+[a-z])")
_OPENING_WORD = re.compile(r"[A-Z][\w'\u2019-]+(?=\s+[a-z]|\s*,)")  # a capitalised word, then a verb or a comma
def _outlet_host(mention: str) -> bool:
    """"CNN's Jake Tapper", "Fox News' Chris Wallace": a host named with the outlet. Told something ("Ryan told
    CNN's Jake Tapper"), the host is the interviewer, who asks; the next 'he said' is the one interviewed (a
    host who speaks, "noted NBC's Dante Chinni", stays a candidate)."""
    if "'" not in mention and "\u2019" not in mention:
        return False
    owner = re.split(r"['\u2019]s?\s", mention, maxsplit=1)
    return len(owner) == 2 and bool(owner[1][:1].isupper()) and (
        source_words().get(owner[0].lower()) == "outlet" or (owner[0].isupper() and 2 <= len(owner[0]) <= 5))


_NAME_AFTER_WORD = re.compile(r"([A-Z])(?<=[a-z,] [A-Z])")  # a capital after a lower-case word or a comma, and a space
# The opening of every _SUBJECT_NAME phrase of two words or more: a capitalised word, spaces (or a comma and spaces,
# before "Jr."), a capital.
_TWO_CAPITALISED_WORDS = re.compile(r"[A-Z][\w.'\u2019-]*,?\s+[A-Z]")


def subject_person(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The span of a person named as a sentence's opening subject, if any; needs a title,
    an honorific or a known first name, so that 'New York City was' is not a person."""
    if not _TWO_CAPITALISED_WORDS.match(text, start, end):
        return None  # one capitalised word at most: no phrase of two words (most calls; a cheaper pattern first)
    m = _SUBJECT_NAME.match(text, start, end)
    if not m:
        return None
    phrase = m.group()
    if len(phrase.split()) < 2:
        return None  # one word ("in Washington, ..."): no title and name, no first and last name (most calls)
    if phrase.endswith(("'s", "\u2019s", "s'", "s\u2019")):
        return None  # "Donald Trump's campaign manager says": the subject is the manager
    if _NAME_AS_MODIFIER.match(text, m.end(), end):
        return None  # "a devout Catholic and Donald Trump supporter", "the Hillary Clinton campaign": a modifier
    verb = phrase.split()[0]
    if verb in FRONTED_SPEECH_VERBS and re.match(r"\s*[,:]\s*[\u201c\"']", text[m.end():m.end() + 6]) and len(phrase.split()) > 1:
        return subject_person(text, start + len(verb) + 1, end)  # "Said Comey, ...": the verb opens, not a first name
    raw = words(phrase)
    ws = [_bare(w) for w in raw]
    lex = source_words()
    if len(ws) < 2 or not (any(lex.get(w) == "title" or w in _SEXED_WORDS for w in ws) or _first_name_index(raw) >= 0):
        return None
    if all(lex.get(w) == "title" or w in _SEXED_WORDS or w in CONNECTORS for w in ws):
        return None  # "the former Attorney General of Delaware": a title, no name
    return m.span() if classify(phrase) == PERSON else None


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=65536)  # a pure function of the word, asked ~350 times a story (names, titles, every subject)
def _bare(word: str) -> str:
    return word.lower().rstrip(".").replace("\u2019", "'").removesuffix("'s")


def is_capitalised(word: str) -> bool:
    """A capital first letter, or one after an Acadian or French 'd'' particle ("d'Entremont", "d’Amours")."""
    return word[:1].isupper() or word[:1] == "d" and word[1:2] in ("'", "’") and word[2:3].isupper()


_WEEKDAYS = frozenset(DAYS)


@lru_cache(maxsize=8192)  # a pure function of the phrase; stories repeat their names
def classify(phrase: str) -> str:
    """The type a phrase names: person, organization, anonymous, vague or document."""
    ws = words(phrase)
    if not ws:
        return VAGUE
    lex = source_words()
    cats = [lex.get(_bare(w)) for w in ws]
    content = [w for w in ws if _bare(w) not in DETERMINERS and _bare(w) not in CONNECTORS]
    proper = [w for w in content if is_capitalised(w) and _bare(w) not in _WEEKDAYS  # "a study published Wednesday"
              and not w.endswith("-based")]  # "the Toronto-based grocer": where it is based, no name
    head = _bare(ws[-1])
    head_cat = lex.get(head)
    if len(ws) >= 4 and ws[0].lower() == "the" and ws[1].lower() == "office" and ws[2] == "of":
        return ORGANIZATION  # "the office of Housing Minister Sean Fraser said": the office speaks, not the minister
    # "an official at the ministry", "officials in Kabul", "a source close to the talks": the head comes before
    # the preposition
    for i, w in enumerate(ws[1:], start=1):
        if (w in _PERSON_OF_BODY or w.endswith("ing") and w.islower() and len(w) > 5) \
                and (lex.get(_bare(ws[i - 1])) in ("anonymous", "role") or _bare(ws[i - 1]) == "close"
                     or w.endswith("ing") and lex.get(_bare(ws[i - 1])) == "title" and ws[i - 1].islower()):
            return ANONYMOUS  # ... and "a federal judge handling the lawsuit": the judge, not the lawsuit
        if w in ("by", "from", "of") and lex.get(_bare(ws[i - 1])) == "document" and not is_capitalised(ws[i - 1]):
            return DOCUMENT  # "a study by the Council of ...", "a report from the inspector general"
        if w.endswith("ed") and w.islower() and lex.get(_bare(ws[i - 1])) == "document" and not is_capitalised(ws[i - 1]):
            return DOCUMENT  # "a study published Wednesday", "the report released by the ministry"
        if w.endswith("ed") and w.islower() and i >= 2 and _bare(ws[i - 1]) in ("he", "she", "they", "we", "i") \
                and lex.get(_bare(ws[i - 2])) == "document" and not is_capitalised(ws[i - 2]):
            return DOCUMENT  # "the document he released", "a memo they drafted": an object relative on the document
    who_know = _WHO_KNOW.search(phrase)
    if who_know and (any(c in ("anonymous", "role") for c in cats) or _bare(ws[0]) in ("people", "persons")
                     or re.fullmatch(r"(?:\w+\s+){0,2}[A-Z]?[a-z]+s\s+", phrase[:who_know.start()])):
        return ANONYMOUS  # "a person familiar with the planning for Thursday's meeting"
    if len(ws) >= 2 and ws[-1] == "Air" and is_capitalised(ws[-2]):
        return ORGANIZATION  # "Summit Air", "Porter Air": an airline ("Air Force veteran" is a veteran)
    if len(ws) >= 3 and ws[1] in ("of", "at", "in", "on") and lex.get(_bare(ws[0])) is None \
            and _PLURAL_OF_PEOPLE.fullmatch(ws[0]) and not any(is_capitalised(w) for w in ws[2:]):
        return ANONYMOUS  # "Members of the conservative press", "Teachers at the high school": a group of unnamed
        # people, capitalised only as the sentence opens (not "Friends of the Earth", a name)
    if len(ws) >= 4 and (at := next((i for i, w in enumerate(ws[2:-1], start=2) if w in ("in", "from", "across")), 0)) \
            and ws[at - 1].islower() and lex.get(_bare(ws[at - 1])) is None and _PLURAL_OF_PEOPLE.fullmatch(ws[at - 1]) \
            and (place := _trailing_capitalised_run(ws[at + 1:])) and names_a_place(" ".join(place)):
        return ANONYMOUS  # "Lobster fishers in southwest Nova Scotia", "Grain growers across Saskatchewan": people of
        # a trade in a place, no person called "Nova Scotia"
    head_noun = next((i for i, w in enumerate(ws[1:], start=1) if w in _PERSON_OF_BODY), 0) - 1
    if head_noun == (_bare(ws[0]) in DETERMINERS) and lex.get(_bare(ws[head_noun])) == "vague":
        return _vague_of_a_body(ws, head_noun)
    # Unnamed people and groups: the head noun decides ("medical sources", "a senior official").
    if head_cat in ("anonymous", "role") or (head_cat == "title" and not proper[-1:] == [ws[-1]]):
        return ANONYMOUS
    if head_cat == "title" and len(ws) >= 2 and ws[-1].isupper() and _bare(ws[0]) in DETERMINERS:
        return ANONYMOUS  # "the CEO", "the company's CFO", "the MPP": a title written as capitals, no body's name
    if head == "staff":
        return ANONYMOUS  # "City staff told council", "Staff said": employees, no person (only as the head: the
        # lexicon has no 'staff' row, as a modifier is no source word: "the staff member who succeeded him")
    if any(_bare(w) in _SHARE_WORDS and not (_bare(w) in _PARTY_POSTS and is_capitalised(w)) for w in ws) \
            or _RATIO.search(phrase):
        return ANONYMOUS  # a measured share of a poll's respondents ("75 percent", "a majority of Republicans", "4 in 10")
    if _speaks_for_a_place(ws):
        return ORGANIZATION  # "the province announced", "the city said": the place's government speaks
    if head_cat == "vague" or (ws and _bare(ws[0]) in _QUANTIFIER_WORDS):
        return VAGUE  # "many of its figures", "Most voters", "Many Republicans"
    if head.endswith(("ologist", "ologists")) and (ws[-1][:1].islower() or len(ws) == 1):
        return ANONYMOUS  # "Geologists warned", "a Toronto epidemiologist": one who studies a field, a profession,
        # unnamed (the lexicon need not list every field: hydrologists, seismologists, virologists ...); not the
        # capitalised word of a body's name ("the Royal Society of Biologists")
    if head_cat == "document" and (not proper[-1:] == [ws[-1]] or len(ws) == 1 and ws[0][1:].islower()):
        return DOCUMENT  # ... and "Documents show C", "Records show C": capitalised only as the sentence opens
    if len(ws) >= 2 and head_cat == "masthead" and is_capitalised(ws[-1]) and (
            _bare(ws[0]) == "the" or names_a_place(" ".join(ws[:-1]))):
        return ORGANIZATION  # "The Washington Post", "Toronto Star": a newspaper, though Washington is a first name
    if proper and names_a_place(phrase):
        return ORGANIZATION  # "Ottawa said", "Washington warned": the government speaks; "Mo." is no person
    if len(ws) >= 3 and ws[-2] in _FRENCH_OF and is_capitalised(ws[-1]) and names_a_place(ws[-1]) \
            and _first_name_index(ws) < 0 and _bare(ws[0]) not in first_names():
        return ORGANIZATION  # "the Sûreté du Québec", "Université de Montréal": a French body named for its place
    if proper and _named_for_canada(ws, cats):
        return ORGANIZATION  # "Elections Canada", "Parks Canada", "Infrastructure Ontario": an agency
    if _a_body_of_a_place(ws, cats):
        return ORGANIZATION  # "The Town of South Bruce Peninsula", "The Chippewas of Saugeen First Nation"
    if len(ws) >= 2 and _first_name_index(ws[-2:]) == 0 and cats[-1] not in ("organization", "outlet"):
        return PERSON  # "GOP frontrunner Donald Trump": the phrase ends in a personal name
    if _person_of(phrase):
        return PERSON  # "Const. Victor Kwong of the Toronto Police Service"
    if any(is_capitalised(ws[i - 1]) and is_capitalised(ws[i]) and _bare(ws[i]) in _STREET_WORDS
           and is_capitalised(ws[i + 1]) for i in range(1, len(ws) - 1)):
        return ORGANIZATION  # "The King Street Business Improvement Area": a body named for its street (King, Queen
        # and James are no title or first name there)
    if len(ws) >= 2 and is_capitalised(ws[-1]) and cats[-1] is None and "title" in cats[:-1]:
        return PERSON  # "Health Minister Uzoma Asagwara": a title, then a name the lexicons do not know
    run = _trailing_capitalised_run(ws)
    if 2 <= len(run) < len(ws) and _bare(ws[-len(run) - 1]) not in CONNECTORS \
            and any(w[:1].islower() and _bare(w) not in DETERMINERS | CONNECTORS for w in ws[:-len(run)]) \
            and classify(" ".join(run)) == PERSON:
        return PERSON  # "Republican party boss Reince Priebus": a description, then the person's name
    if ws[0].lower() in ("a", "an", "one", "another") and proper and _first_name_index(ws) < 0 \
            and not any(c in ("organization", "outlet", "document", "masthead") for c in cats) \
            and (_bare(ws[-1]) in _AFFILIATIONS or _bare(ws[-1]).endswith(("an", "ese", "ite", "ist"))):
        return ANONYMOUS  # "one New Hampshire Democrat", "a kind-hearted Canadian": unnamed, described by affiliation
    if len(ws) >= 3 and ws[-1][:1].islower() and re.search(r"['\u2019]s\b", phrase) \
            and not re.search(r"['\u2019]s\b", ws[-1]) and (folded := _fold_officer_titles([_bare(w) for w in ws[-3:]])) \
            and folded[-1] not in _BODY_KIND_HEADS and lex.get(folded[-1]) in ("title", "role", "anonymous", "epithet"):
        return ANONYMOUS  # "the company's chief executive", "the team's general manager": a person of the body
    if any(c in ("organization", "outlet") for c in cats) or any(w.isupper() and len(w) > 1 and not _INITIAL.fullmatch(w) for w in content) \
            or any(c == "name-word" and is_capitalised(w) for w, c in zip(ws, cats)):
        return ORGANIZATION
    if proper and _names_a_group(ws):
        return ORGANIZATION
    if proper and "document" in cats:
        return ORGANIZATION  # "Statistics Canada", "Research Triangle": a body named for its work
    if proper and ws[-1][:1].islower() and re.fullmatch(r"[a-z-]+[^s\W]s", ws[-1]):
        return ANONYMOUS  # "Democratic speechwriters", "Republican donors": a group the head noun names, no person
    if proper and _joined_like_a_body(ws):
        return ORGANIZATION
    if proper and _bare(ws[0]) == "the" and len(ws) >= 3 and all(is_capitalised(w) for w in ws[1:]) \
            and _first_name_index(ws) < 0 and not any(c in ("title", "role", "epithet") for c in cats) \
            and not re.search(r"['\u2019]s\b", phrase) and not is_epithet(phrase):
        return ORGANIZATION  # "The Red Cross", "the Salvation Army": no person's name takes 'the'
    if proper:
        return PERSON
    # an unnamed person or group described by a common noun ("a farmer", "the driver", "residents")
    return ANONYMOUS


# French 'of' before a place in a body's name: Sûreté du Québec, Université de Montréal, Assemblée nationale du Québec.
_FRENCH_OF = frozenset({"du", "de", "des"})


def _a_body_of_a_place(ws: list[str], cats: list) -> bool:
    """'The Town of South Bruce Peninsula said', 'The Chippewas of Saugeen First Nation said': a municipality or a
    First Nation named with 'of' is a body, though the words after 'of' may hold a first name ('Bruce') and a
    plural people's name ('The Chippewas') may open it. The body's name word opens the phrase after 'the' and 'of'
    follows it, or the phrase opens with 'the' and ends on the name word; never with a title ('Bank of Canada
    Governor Tiff Macklem' is a person)."""
    if "title" in cats or len(ws) < 3 or "of" not in ws:
        return False
    i = 1 if ws[0].lower() == "the" else 0
    named = all(is_capitalised(w) or w in CONNECTORS for w in ws[i:])  # (not "City of X Police officers Ann Lee")
    if named and (cats[i] == "name-word" or _bare(ws[i]) in _MUNICIPALITY) and is_capitalised(ws[i]) and ws[i + 1] == "of":
        return True
    return i == 1 and named and cats[-1] == "name-word" and is_capitalised(ws[-1])


# Titles that also name a department or an office before another title: "Justice Minister Arif Virani" is no
# judge though 'justice' is a judge's title ("Justice Karen Horsman ... the judge said").
_TITLES_OF_AN_OFFICE = frozenset(source_lists()["office-title"])
_MUNICIPALITY = frozenset(source_lists()["municipality"])


@lru_cache(maxsize=1)
def _canada_and_provinces() -> frozenset[str]:
    df = load_lexicon("places.csv")
    return frozenset({"canada"} | {t.lower() for t, c in zip(df["term"], df["category"]) if c == "province"})


def _named_for_canada(ws: list[str], cats: list) -> bool:
    """Canadian federal and provincial agencies and national bodies are named '<Noun> Canada' or '<Noun>
    <Province>' ("Elections Canada", "Parks Canada", "Hockey Canada", "Infrastructure Ontario"); no person is
    written so. Capitalised words, no title, honorific or known first name, the last word Canada or a province.
    Quebec's Crown corporations join the two with a hyphen ("Hydro-Québec", "Loto-Québec"), and French copy writes
    the province with its accent."""
    if len(ws) == 1 and ws[0].count("-") == 1:
        ws = ws[0].split("-")  # (a hyphenated surname holds no province: "Nadeau-Dubois", "Kirby-Yung")
        cats = [source_words().get(_bare(w)) for w in ws]
    last = _bare(ws[-1]) if ws else ""
    if not 2 <= len(ws) <= 5 or (_Names._plain(last) or last) not in _canada_and_provinces() or last in first_names():
        return False
    body = [w for w in ws[:-1] if _bare(w) not in DETERMINERS | CONNECTORS]
    return bool(body) and all(is_capitalised(w) for w in body) and _first_name_index(ws) < 0 \
        and not any(c in ("title", "role", "epithet") for c in cats) and not any(_bare(w) in _SEXED_WORDS for w in ws) \
        and _bare(body[0]) not in first_names() and not names_a_place(" ".join(ws[:-1]))


_PERSON_OF_BODY = {"at", "for", "in", "with", "from", "to", "of"}
_PLURAL_OF_PEOPLE = re.compile(r"[A-Za-z][a-z]+(?:er|or|ist|ian|ent|ant|ee|ive|ic)s")  # members, teachers, proponents
_BODY_JOINERS = {"the", "for", "to", "on", "&"}  # not "and" (two people), not "of" ("Smith of Ohio")


_STREET_WORDS = set(source_lists()["street"])


def _joined_like_a_body(ws: list[str]) -> bool:
    """'Save the Children', 'Committee to Protect Journalists', 'Physicians for Human Rights', 'Procter & Gamble':
    capitalised words joined by 'the', 'to', 'for' or '&' name a body; a person's name has no such words inside
    (name particles such as 'de' or 'bin' are not among them), and a person "for" an outlet opens with a first
    name ('Cameron Easley for Morning Consult')."""
    while ws and _bare(ws[0]) in DETERMINERS:
        ws = ws[1:]
    inner = ws[1:-1]
    joiner = next((i for i, w in enumerate(ws) if w in _BODY_JOINERS), 0)
    if joiner == 2 and not any(_bare(w) in source_words() for w in ws[:2]):
        return False  # "Cameron Easley for Morning Consult": a first and last name, then whom they speak for
    return len(ws) >= 3 and is_capitalised(ws[0]) and is_capitalised(ws[-1]) \
        and source_words().get(_bare(ws[0])) not in ("title", "role") and _first_name_index(ws) != 0 \
        and any(w in _BODY_JOINERS for w in inner) \
        and all(is_capitalised(w) or w in _BODY_JOINERS for w in inner)


def _vague_of_a_body(ws: list[str], head: int) -> str:
    """'Analysts at Morgan Stanley', 'experts from the Department of Defense': unnamed people of a named body,
    anonymous like 'officials at the ministry'; 'critics of the law', 'supporters of Sanders', 'many in the GOP':
    unnamed people defined by a view or a crowd, vague."""
    prep = ws[head + 1]
    body = ws[head + 2 + (head + 2 < len(ws) and _bare(ws[head + 2]) in DETERMINERS):]
    if prep != "of" and _bare(ws[head]) not in _PEOPLE_IN_GENERAL and body and is_capitalised(body[0]):
        return ANONYMOUS
    return VAGUE
_GOVERNED_PLACES = set(source_lists()["governed-place"])


def _speaks_for_a_place(ws: list[str]) -> bool:
    """"the province", "the city": the government of a place, unnamed (not "The Province", a masthead); a headline
    drops the article ("Province announces 10-year plan", "City says ..."): the word alone, in any case."""
    return len(ws) == 2 and _bare(ws[0]) == "the" and ws[1] in _GOVERNED_PLACES \
        or len(ws) == 1 and ws[0].lower() in _GOVERNED_PLACES
_RATIO = re.compile(rf"\b{SHARE_PART}\s+in\s+{SHARE_WHOLE}\b", re.I)
_PARTY_POSTS = set(source_lists()["party-post"])  # "Senate Minority Whip Dick Durbin", "Majority Leader"
_QUANTIFIER_WORDS = {"many", "some", "most", "few", "several", "other", "others", "everyone", "everybody"}
_PEOPLE_IN_GENERAL = _QUANTIFIER_WORDS | {"people", "persons"}  # a crowd, not people of a body (_vague_of_a_body)
_SHARE_WORDS = set(source_lists()["share"])
# Unnamed-source words that name anyone, not an occupation: "the official" or "the man" is not the person the
# story last named with the word ("senior official Ann Lee"), often an unnamed one (_occupation_named_with_person).
_ANYONE_HEADS = frozenset(source_lists()["anyone-head"])
# Of those, the heads that a description qualifying them ('the master's student') makes the
# person the story named with the head as a title ('Graduate student Ana Roy'), never bare ('the student').
_QUALIFIED_ANYONE_HEADS = frozenset(source_lists()["qualified-anyone-head"])
# "his office said", "her office said": the office of the person just named (Registry._person_just_named), as
# "the office of Minister X said" is that office.
_OFFICE_OF_PRONOUN = re.compile(r"([Hh]is|[Hh]er) office")
_FRONTING = {"in", "on", "at", "after", "before", "during", "while", "when", "as", "despite", "since", "with",
             "asked", "later", "earlier", "meanwhile", "instead", "still", "yet", "but", "and", "also", "for", "by"}
_SUBORDINATORS = {"although", "though", "if", "because", "unless", "until", "once", "whether", "whereas", "unlike",
                  "like", "without", "under", "even", "so", "then", "now", "perhaps", "maybe", "why", "how", "what",
                  "where", "who", "this", "that", "these", "those", "both", "every", "each", "all", "dear", "thank"}
# speech verbs that may open a sentence before their speaker and a quotation: 'Said Comey, "..."'
FRONTED_SPEECH_VERBS = ("Said", "Says", "Added", "Adds", "Wrote", "Writes", "Recalled", "Recalls")
_SUBORDINATORS |= {v.lower() for v in FRONTED_SPEECH_VERBS}
# auxiliaries that open a yes/no question before its subject: "Does Rubio oppose ...?" ("Will" and "Can" are names too)
INVERTED_AUXILIARIES = {"does", "did", "do", "is", "are", "was", "were", "would", "could", "should", "has", "have", "had"}
_SUBORDINATORS |= INVERTED_AUXILIARIES
_FUNCTION_WORDS = _FRONTING | _SUBORDINATORS | DETERMINERS | CONNECTORS
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
AGE_DESCRIPTION = re.compile(r"the\s+\d{1,3}-year-old")  # "said the 46-year-old": the person just named
_AGE_AND_NOUN = re.compile(r"the\s+\d{1,3}-year-old\s+([a-z][a-z-]+)")


def _age_and_calling(low: str) -> bool:
    """'"We never quit," the 27-year-old winger said', 'the 34-year-old nurse': sports and feature copy comes back
    to the person just named by age and trade, as by age alone ('the 27-year-old'). Only a trade or a role (an
    agent noun, the lexicon's roles and titles): not 'the 27-year-old man' or 'the 45-year-old driver' whom crime
    copy often leaves unnamed (a sexed noun, or a word the lexicon lists for an unnamed source)."""
    m = _AGE_AND_NOUN.fullmatch(low) if "-year-old " in low else None
    if not m:
        return False
    noun, lex = m.group(1), source_words().get(m.group(1))
    return noun not in _SEXED_NOUNS and lex != "anonymous" and noun not in _ANYONE_HEADS \
        and (lex in ("role", "title") or noun.endswith(("er", "or", "ist")) and noun not in ("driver", "passenger"))


# (not the stop of "Mr. Band" or "Douglas J. Band": the sentence goes on)
# (the stop first, then what may not stand before it: the engine skips to the next stop at C speed)
_SENTENCE_END = re.compile(r"[.!?](?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bMrs.)(?<!\bSen.)(?<!\bRep.)(?<!\bGov.)(?<!\b[A-Z].)"
                           r"[\"'\u201d\u2019]*\s+(?=[\"\u201c'A-Z])|\n")


def _sentence_opening(text: str, pos: int) -> int:
    """Roughly where the sentence holding pos begins (the last stop or line break before it, in the 400 characters
    before pos); a pos that opens a sentence is its own opening (the search runs one character on, for the capital
    the stop looks ahead to).

    Read off the story's sentence ends, found once (the resolver asks a thousand times a story): scanning the
    window finds the same ends as scanning the story, unless the window starts inside an end's run of spaces and
    line breaks (there the window's own scan is made, as before) or stops inside one (there only its line breaks
    end a sentence)."""
    window = max(0, pos - 400)
    starts, ends = _sentence_ends(text)
    at_window = bisect.bisect_left(starts, window) - 1
    if at_window >= 0 and ends[at_window] > window:
        last = 0
        for m in _SENTENCE_END.finditer(text, window, min(len(text), pos + 1)):
            if m.end() <= pos:
                last = m.end()
        return last
    at_pos = bisect.bisect_right(starts, pos) - 1
    if at_pos >= 0 and ends[at_pos] > pos:
        # pos inside a stop's run: the window's scan cannot see the capital after the run, so the stop ends
        # nothing; each line break of the run before pos ends a sentence
        line_break = text.rfind("\n", starts[at_pos] + 1, pos)
        if line_break >= 0:
            return line_break + 1
        k = at_pos - 1
    else:
        k = bisect.bisect_right(ends, pos) - 1
    return ends[k] if k >= 0 and starts[k] >= window else 0


@lru_cache(maxsize=2)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of every _SENTENCE_END match in the story, in order."""
    spans = [m.span() for m in _SENTENCE_END.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans]


# The spelled-out titles (officer-title rows of source_lists.csv, longest first) -> the short title they are read as.
_OFFICER_TITLES = {tuple(spelled.split()): short[0] for spelled, short in source_list_links()["officer-title"].items()}


# Cabinet posts in Canadian governments whose holder is a minister though the title does not say so.
_MINISTERIAL_POSTS = tuple(tuple(t.split()) for t in source_lists()["ministerial-post"])


def _minister_by_post(ws: list[str]) -> list[str]:
    """'Treasury Board President Caroline Mulroney' is a minister: the words with 'minister' after the post, so that
    a later 'the minister' may be her (the Government House Leader too)."""
    for post in _MINISTERIAL_POSTS:
        k = next((i for i in range(len(ws) - len(post) + 1) if tuple(ws[i:i + len(post)]) == post), -1)
        if k >= 0:
            return ws[:k + len(post)] + ["minister"] + ws[k + len(post):]
    return ws


def _fold_officer_titles(ws: list[str]) -> list[str]:
    """Business copy spells a corporate officer's title out before the name and abbreviates it later, or the other
    way round ("chief executive Linda Marchetti ... the CEO said", "CFO Raj Patel ... the chief financial officer";
    "Crown attorney Angela Reyes ... the prosecutor said"):
    the spelled-out title folded into its abbreviation (lower-case words), so the two compare as one title."""
    if "chief" not in ws and "crown" not in ws and "general" not in ws:
        return ws
    out: list[str] = []
    i = 0
    while i < len(ws):
        for spelled, short in _OFFICER_TITLES.items():
            if tuple(ws[i:i + len(spelled)]) == spelled:
                out.append(short)
                i += len(spelled)
                break
        else:
            out.append(ws[i])
            i += 1
    return out


def _quotation_opening_the_paragraph(text: str, pos: int) -> int:
    """Where the sentence holding pos begins, or, when pos sits in the tag right after a quotation that opens its
    paragraph and runs over several sentences ('"He's a pro. He showed up every day," the coach said.'), where that
    quotation begins: the tag speaks for the whole quotation, so the sentence before it is the one before the
    paragraph (news copy names the speaker there and comes back to them by title in the tag)."""
    para = text.rfind("\n", 0, pos) + 1
    seg = text[para:pos]
    if seg[:1] in ('"', "\u201c") and sum(seg.count(q) for q in '"\u201c\u201d') == 2 \
            and re.fullmatch(r"[^\"\u201c\u201d]*[\"\u201d][\s,]*", seg[1:]):
        return para
    return _sentence_opening(text, pos)


_INITIAL = re.compile(r"[A-Z]\.|I{2,3}|IV|" + GIVEN_INITIALS)  # "Donald J. Trump", "Brent Bozell III", "P.J. Akeeagok":
# not acronyms
_GROUP_ENDINGS = ("cans", "rats", "ives", "ists", "ites")


# The link phrases that tie an unnamed source to what it knows ("a person familiar with the talks", "officials close
# to the president", "sources with knowledge of the plan"): one list for classify() here and for attribution's
# readers of a source before its cue (_UNNAMED_WHO_KNOW) and after it (_WHO_KNOW_AFTER). WHO_KNOW_WORDS holds a
# word of every phrase, for a cheap lexicon.may_hold pre-check.
WHO_KNOW_LINK = (r"(?:with\s+(?:direct\s+)?knowledge\s+of|familiar\s+with|close\s+to|briefed\s+on|involved\s+in|"
                 r"knowledgeable\s+about|privy\s+to)")
WHO_KNOW_WORDS = ("knowledge", "familiar", "close", "briefed", "involved", "privy")
# The unnamed people such a phrase follows ("two sources", "senior officials", "people").
UNNAMED_WHO = "(?:" + word_trie(source_lists()["unnamed-who"]) + ")"  # (a longer word preferred: 'sources')
_WHO_KNOW = re.compile(r"\b" + WHO_KNOW_LINK + r"\b", re.I)
_AFFILIATIONS = set(source_lists()["affiliation"])


def is_epithet(phrase: str) -> bool:
    """A definite description news writing uses for a person it has just named: "the Wisconsin Republican",
    "the real estate mogul", "the Democratic front-runner" (head words: the epithet rows of source_words.csv,
    or a capitalised party or place affiliation)."""
    ws = phrase.split()
    if not 2 <= len(ws) <= 6 or ws[0].lower() != "the":
        return False
    head = ws[-1]
    return source_words().get(_bare(head)) == "epithet" or (is_capitalised(head) and _bare(head) in _AFFILIATIONS)


def _trailing_capitalised_run(ws: list[str]) -> list[str]:
    """The capitalised words that end a phrase ("Reince Priebus" of "Republican party boss Reince Priebus")."""
    k = len(ws)
    while k > 0 and is_capitalised(ws[k - 1]):
        k -= 1
    return ws[k:]


def _names_a_group(ws: list[str]) -> bool:
    """'the Democrats', 'the federal Conservatives': a capitalised plural after 'the' names a party or group."""
    head = ws[-1]
    if head.endswith(_GROUP_ENDINGS) and is_capitalised(head) and not head.endswith("ologists"):
        return True  # Republicans, Democrats, Conservatives, Loyalists; not a profession: "Geologists warned"
    return (len(ws) >= 2 and ws[0].lower() == "the" and head.endswith("s") and not head.endswith(("'s", "\u2019s", "ss"))
            and all(w[:1].islower() for w in ws[1:-1]))


def _plain_full_name(name: str) -> bool:
    """Two to four name words and nothing else: no title, role or place word of the source lexicon ("Author Gary
    Wills", "Ridge Middle School Principal Ron Branch" are a description around a name), no bracket or dash."""
    ws = name.split()
    return 2 <= len(ws) <= 4 and all(re.fullmatch(r"[A-Z][\w'\u2019.-]*", w) for w in ws) \
        and not any(source_words().get(_bare(w)) for w in ws) and not any(names_a_place(w) for w in ws[:-1])


@lru_cache(maxsize=8192)  # a pure function of the phrase; stories repeat their names
def _person_of(phrase: str) -> Optional[str]:
    """'Victor Kwong of the Toronto Police Service' -> 'Victor Kwong': a person named with their body."""
    head, sep, body = phrase.partition(" of ")
    if not sep:
        return None
    bws = body.split()
    if len(bws) >= 3 and all(is_capitalised(w) for w in bws[-2:]) \
            and any(w[:1].islower() and w.lower() not in CONNECTORS for w in bws):
        return None  # "Former Secretary of State and presidential candidate Hillary Clinton": the name ends it
    if len(bws) >= 2 and any(source_words().get(_bare(w)) == "title" for w in bws[:-1]) and is_capitalised(bws[-1]) \
            and not names_a_place(body):
        return None  # "Chief Medical Officer of Health Dr. Kieran Moore": a title inside, the name ends it (not the
        # title-like word of a place: "Sen. Brian Francis of Prince Edward Island", "an MPP of Prince Edward County")
    toks = head.split()
    k = len(toks)
    while k > 0 and is_capitalised(toks[k - 1]):
        k -= 1  # the capitalised run that ends the head: "Municipal law expert [Prof. John Mascarin]"
    ws = toks[k:]
    lex = source_words()
    if ws and lex.get(_bare(ws[-1])) == "title" and _first_name_index(ws) < 0:
        return None  # "B.C. Minister of State for Child Care Mitzi Dean": the title goes on past 'of', the name ends
        # it (not "Representative Peter T. King of New York": a first name, so 'King' is a surname)
    named = [w for w in ws if lex.get(_bare(w)) != "title"]
    titled = any(lex.get(_bare(w)) == "title" for w in ws)
    if named and (titled or _first_name_index(ws) >= 0):
        return " ".join(ws)
    if len(ws) == 2 and not any(_bare(w) in lex for w in ws) and (
            len(toks) == 2 or lex.get(_bare(toks[k - 1])) in ("anonymous", "role", "title")):
        # "Meenakshi Ganguly of Human Rights Watch": a first name the lists lack, then a surname; also after
        # the role that introduces her ("political analyst Dana Whitfield of Northgate University")
        return " ".join(ws)
    return None


# Particles that open a personal name as written in English copy and are no word before it: the Vietnamese middle
# name in "Van Long Nguyen", "Van Jones", "De Niro", "Bin Salman"; "Van Long Nguyen" is not "Long Nguyen" as
# "Rival Hillary Clinton" is Hillary Clinton.
_NAME_PARTICLES = frozenset(source_lists()["name-particle"])


_SURNAME_PARTICLES = _NAME_PARTICLES | set(source_lists()["surname-particle"])


def _particle_inside_name(toks: list[str], i: int) -> bool:
    """A lower-case particle between the words of one name ("Marie de la Fontaine", "Ana Paula dos Santos", "Pieter
    van der Berg") or opening a surname ("dos Santos"): part of the surname, no description before the name
    ("former president Barack Obama")."""
    def joins(j: int) -> bool:
        return 0 <= j < len(toks) and (is_capitalised(toks[j]) or toks[j].lower() in _SURNAME_PARTICLES)
    return toks[i].lower() in _SURNAME_PARTICLES and (i == 0 or joins(i - 1)) and joins(i + 1) \
        and is_capitalised(toks[-1])  # (a name may open with one: "dos Santos said")


def _particle_surname_written_before(text: str, name: str, before: int) -> Optional[str]:
    """"Councillor Maria de Sousa voted no. De Sousa said C": a surname that opens with a particle (capitalised as
    a sentence opens it, or not) is the person the story wrote before with a first name and the same surname,
    the particle in any case; only when one such person is written (two de Sousas stay as written)."""
    ws = name.split()
    if not 2 <= len(ws) <= 3 or ws[0].lower() not in _SURNAME_PARTICLES or not is_capitalised(ws[-1]):
        return None
    pattern = r"\b((?:[A-Z][\w'\u2019-]+\s+)?[A-Z][\w'\u2019-]+)\s+(?i:" + r"\s+".join(map(re.escape, ws[:-1])) \
        + r")\s+" + re.escape(ws[-1]) + r"\b"
    found = set()
    for m in re.finditer(pattern, text[:before]):
        given = m.group(1).split()
        if given[0].lower() not in first_names():
            given = given[1:]  # ("Councillor Maria de Sousa": the first name only)
        if given and given[0].lower() in first_names():
            found.add(" ".join(given + m.group().split()[len(m.group(1).split()):]))
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=8192)  # a pure function of the phrase; stories repeat their names
def canonical_name(phrase: str, kind: str) -> str:
    """The name to file a source under: determiners, 'so-called' and titles stripped."""
    if kind == PERSON and _person_of(phrase):
        phrase = _person_of(phrase)
    ws = phrase.strip().split()
    while ws and _bare(ws[0]) in DETERMINERS | {"so-called"}:
        ws = ws[1:]
    name = " ".join(ws).strip(" ,;:")
    if name.endswith(("'s", "\u2019s")):
        name = name[:-2]
    if kind == PERSON and name.endswith((" Jr", " Sr")):
        name += "."  # one spelling of a suffix, whether the sentence's stop took its own ("... said Joseph R. Biden Jr.")
    if kind == PERSON and " and " in name:
        together = _people_named_together(name)
        if together:
            return together
    if kind == PERSON:
        toks = name.split()
        lex = source_words()
        surname_at = len(toks) - 1 if len(toks) >= 3 and _bare(toks[-2]) in first_names() else len(toks)
        # (a title word as the surname after a first name is the name: "Elder Joseph Chief", "Rev. Mary Bishop")
        last_title = max((i for i, w in enumerate(toks[:surname_at]) if lex.get(_bare(w)) == "title"), default=-1)
        if 0 <= last_title < len(toks) - 1 and not all(_bare(w) in _SUFFIXES for w in toks[last_title + 1:]):
            toks = toks[last_title + 1:]  # (not "Martin Luther King Jr.": a title word inside a name)
            while toks and toks[0].lower() in CONNECTORS:
                toks = toks[1:]
        name = " ".join(toks) or name
        # a lower-case description before the name: "Housing critic Scott Aitchison", "former president Barack Obama"
        toks = name.split()
        described = max((i for i, w in enumerate(toks[:-1]) if (w[:1].islower() or w[:1].isdigit() and "-year" in w)
                         and w.lower() not in CONNECTORS and not _particle_inside_name(toks, i)),
                        default=-1)  # "81-year-old Parker Eaton" too
        if described >= 0 and all(is_capitalised(w) for w in toks[described + 1:]):
            toks = toks[described + 1:]
        toks = _before_adverb(toks)
        # a capitalised word before a first name that is not one itself: "Rival Hillary Clinton"
        first = _first_name_index(toks)
        if first > 0 and not any(_bare(w) in first_names() or w.lower() in _NAME_PARTICLES for w in toks[:first]):
            toks = toks[first:]
        elif len(toks) >= 3 and _bare(toks[0]) not in first_names() and source_words().get(_bare(toks[0])) in (
                "role", "anonymous", "epithet") \
                and all(is_capitalised(w) for w in toks[1:]):
            toks = toks[1:]  # capitalised as a sentence opens: "Fan Jaspreet Dhaliwal", "Resident Tenzin Dolma"
        name = " ".join(toks)
    return name or phrase.strip()


# A sentence opening with a possessive description of a person, then the person's name set off by commas: "Sangha's
# mother, Harpreet Sangha, wept", "Her brother-in-law, Manpreet Sangha, said" (not "The man, Terry Rombot,": no sex).
_DESCRIPTION_THEN_NAME = re.compile(r"(?:Her|His|Their|(?:The[ ][a-z]+[ ])?[A-Z][\w.-]*['\u2019]s)(?:[ ][a-z][\w-]*){1,3},[ ]+"
                                    r"([A-Z][\w'\u2019-]+(?:[ ][A-Z][\w'\u2019-]+){0,2}),")


def _name_after_description_subject(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The span of the name in apposition after a description that opens the sentence ('Sangha's mother, Harpreet
    Sangha, wept as the verdict was read'): that person is the sentence's subject and the next 'she' may be her,
    even when the sentence has no speech verb of its own. The description's head must be a person noun."""
    m = _DESCRIPTION_THEN_NAME.match(text, start, end)
    if not m:
        return None
    head = _bare(text[start:m.start(1)].rstrip(", ").split()[-1])
    if not (_names_a_kind_of_person(head) or head.split("-")[0] in _SEXED_NOUNS) or classify(m.group(1)) != PERSON:
        return None
    if " " not in m.group(1) and not (re.fullmatch(_KIN, head) and m.group(1).lower() in first_names()):
        return None  # a first name alone only for a relative ("Nolan's sister, Erin, wept"), as copy names them
    return m.span(1)


# an adjective of party or nation ("Democratic", "Canadian", "Liberal", "British") or a team named in the plural
# ("Winnipeg Jets", "Toronto Maple Leafs": sports copy) or an adjective of tenure capitalised as the sentence opens
# ("Incumbent mayor Jim Watson lost"; not 'Former', which makes another office), then the role in lower case
_ROLE_THEN_NAME = re.compile(r"(?:[A-Z][a-z]+(?:an|ic|ish|ese|al|ch)[ ]|(?:[A-Z][a-z]+[ ]){1,2}[A-Z][a-z]+s[ ]"
                             r"|(?:Incumbent|Outgoing|Longtime|Veteran|Rookie|Interim|Acting|Retired|Embattled)[ ])?"
                             r"((?:[a-z][\w-]*[ ]){1,3})"
                             r"([A-Z][\w'\u2019-]+[ ][A-Z][\w'\u2019-]+)(?=[ ][a-z])")


def _name_after_role_subject(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """'Democratic front-runner Hillary Clinton prosecuted ...', 'Defence lawyer Michael Grant asked ...': a
    role written in lower case before a full name that opens the sentence (American and Canadian style, no
    commas) makes that person the subject; the role's last word must name a kind of person."""
    if not text[start:start + 1].isupper():
        return None
    m = _ROLE_THEN_NAME.match(text, start, end)
    head = _bare(m.group(1).split()[-1]) if m else ""
    titled = source_words().get(head) == "title"
    if not m or not (_names_a_kind_of_person(head) or titled) or classify(m.group(2)) != PERSON \
            or any(w.endswith("ed") for w in m.group(1).split()):  # (no verb: "Clinton criticized officer Jo Lee")
        return None
    if titled:  # "Winnipeg Jets captain Adam Lowry scored twice": the title with the name, for a later 'the captain'
        return m.start(2) - len(m.group(1).split()[-1]) - 1, m.end(2)
    return m.span(2)


_UNNAMED_PERSON_SUBJECT = re.compile(
    r"(?:A|An|The|One)[ ]+(?:[\w'\u2019-]+[ ]+){0,4}?(?:woman|man|mother|father|girl|boy|wife|husband|daughter|son|"
    r"grandmother|grandfather)(?=,(?![ ]+[A-Z])|[ ]+(?!(?:could|would|can|should|might|may|must|will)\b)[a-z])")


def _name_with_age_subject(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """'Courtney Tolliver, 26, a teacher in the district, agrees.': a full name set off with an age opening the
    sentence is a person, though the first-name lists lack the first name (news writing gives ages to people only).
    So is a name that opens with an initial and is set off before 'who' ("C. Boyden Gray, who served as White House
    counsel, ticked through": news copy writes initials only of people, and 'who' is said only of people)."""
    loose = _FULL_NAME_SUBJECT_BEFORE_COMMA.match(text, start, end)
    if not loose or loose.group().split()[0] in _PLACE_PREFIXES:
        return None
    if _AGE_AFTER_NAME.match(text, loose.end(), end) or _korean_family_name(loose.group().split()):
        span = loose.span()  # (or a Korean name, its given name last: "Ban Ki-moon, the secretary general,")
    elif not text.startswith(", who ", loose.end()):
        return None
    elif loose.group(1):
        span = loose.span()
    else:
        initial = _INITIAL_BEFORE.search(text, max(0, start - 4), start)  # (the sentence reader may cut after "C.")
        if not initial:
            return None
        span = (initial.start(), loose.end())
    return span if classify(loose.group()) == PERSON else None


# (an initial before the name, group 1: "C. Boyden Gray"; one capital and a stop, not a state's "S.C.")
_FULL_NAME_SUBJECT_BEFORE_COMMA = re.compile(r"([A-Z]\.\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][\w'\u2019-]+(?=,)")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.\s+\Z")


# Conjunctions opening a clause fronted before the main one ("When Trump held rallies all over the southwest he was
# received", "Although Assange was not charged, he has accused"): a known surname right after one is a person the
# sentence names, though no comma closes the clause. Not a condition ("If Trump doesn't become the nominee, he said
# he would settle for a rival": the condition is about another person than the one talking). A later 'it' of the
# same sentence takes up a body that is the subject of such a clause (_body_subject_of_a_clause_before).
_CLAUSE_OPENERS = frozenset({"when", "while", "after", "before", "as", "since", "because", "although", "though",
                             "once", "whereas", "until"})


# A name of two to four capitalised words closing its sentence: "... the one of presumptive Democratic nominee Hillary
# Clinton."
_NAME_CLOSING = re.compile(r"(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][a-z][\w'\u2019-]*(?=\.[\s\"'\u201d]*$)")


def _name_closing_the_sentence(text: str, at: int, end: int) -> Optional[tuple[int, int]]:
    """A person named last in the sentence text[..:end], before its full stop ("... a sharp contrast to the conventional
    one of presumptive Democratic nominee Hillary Clinton. She first tweeted"): the subject pattern reads a name only
    before a lower-case word, a comma or a dash, so a name closing a sentence was no candidate for the next he/she.
    Only a name written with its title or role ("House Speaker Paul D. Ryan.", "nominee Hillary Clinton."): a name
    after a comma or a preposition there is as often a thing named for a person or a word of a title ("West Point",
    "The Truman Show", "Make America Great Again"), a relative, or a person spoken of in passing. The same test as
    for a subject then (a person's name); None otherwise."""
    ws = text[at:end].split()
    if not 2 <= len(ws) <= 4 or not all(w[:1].isupper() for w in ws):
        return None  # (a lower-case word follows: the name does not close the sentence; most calls)
    lex = source_words()
    before = text[max(0, at - 25):at].split()[-1:]
    if not any(lex.get(_bare(w)) == "title" for w in ws[:-1]) \
            and not (before and lex.get(_bare(before[0])) in ("title", "role", "epithet")):
        return None  # (only a name with its title or role: "Microsoft co-founder Bill Gates", not "West Point")
    m = _NAME_CLOSING.match(text, at, end)
    if m is None:
        return None
    phrase = m.group() + " x"  # (as if a verb followed)
    span = subject_person(phrase, 0, len(phrase))
    return (at, at + span[1]) if span and span[1] == len(m.group()) else None


# A personal pronoun opening a longer source phrase, then a word that can only follow it as a verb or an adverb ("they
# remain", "they do not make", "They not only cracked"); not "they themselves", "he himself", nor a pronoun joined to
# others ("she and Sen. Bernie Sanders", "He and his wife": the phrase names more than the pronoun).
_PRONOUN_THEN_VERB = re.compile(r"\s*((?i:he|she|they))\s+(?!(?:himself|herself|themselves|alone|all|both|and|or|nor)\b)[a-z]")
# The capitalised words closing a sentence after a lower-case word or a comma ("... nominee Hillary Clinton.").
_CAPITALISED_RUN_CLOSING = re.compile(r"(?<=[a-z,] )(?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w'\u2019-]*\.$")
# A sentence opening with he or she as its subject (after a conjunction or a short fronted phrase).
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:But|And|Yet|So|Then|Still)\s+|[A-Z][^,.;:]{0,30},\s+)?(?:[Hh]e|[Ss]he)\b")


def _inside_a_longer_name(text: str, start: int, at: int) -> bool:
    """A title after the capitalised word that makes it another office ("Vice President Joseph R. Biden Jr. and his
    wife"): no person "President Joseph R. Biden Jr." is named there, who would hold the office the bare "the
    president" names beside the president."""
    return text[at - 2:at - 1] in ("e", "y", "t") \
        and text[max(start, at - 12):at].split()[-1:] in (["Vice"], ["Deputy"], ["Associate"], ["Assistant"])


# A Korean given name written after the family name, its two syllables joined by a hyphen ("Ban Ki-moon", "Moon
# Jae-in", "Kim Jong-un"): news copy then calls the person by the first word ("Ban said"), the family name.
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")
_KOREAN_FAMILY_NAME = re.compile(r"[A-Z][a-z]{1,4}")


@lru_cache(maxsize=512)
def _title_spellings(title: str) -> tuple[str, ...]:
    """'admiral' -> ('admiral', 'Admiral', 'Adm.'): the ways a title is written before or after a name."""
    abbreviations = [a.capitalize() + "." for a, t in title_abbreviations().items() if t == title]
    return (title, title.capitalize(), *abbreviations)


def _korean_family_name(ws: list[str]) -> bool:
    """The words of a name end in a Korean family name and given name ("Ban Ki-moon"): two short syllables joined
    by a hyphen after a short capitalised word that is no function word ("The Wall-mart" is none)."""
    return len(ws) >= 2 and "-" in ws[-1] and bool(_KOREAN_GIVEN_NAME.fullmatch(ws[-1])) and bool(_KOREAN_FAMILY_NAME.fullmatch(ws[-2])) \
        and ws[-2].lower() not in _FUNCTION_WORDS


# "The admiral chuckled", "The president's Pacific roots": 'The', up to three modifiers and a head (group 2),
# then a lower-case verb or a possessive.
_DESCRIBED_SUBJECT = re.compile(r"(The\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]*))(?=['\u2019]s\s|\s+[a-z])")


def _fronted_adverb(word: str) -> bool:
    """'Similarly,', 'Separately,', 'Ultimately,': an adverb in -ly set off by a comma opens the sentence before its
    subject ("Similarly, Rubio gave an interview"), as a fronted phrase does; not a name ending so ("Kelly,",
    "Connolly,", "Reilly,": of adverbs in -lly only those in -ally, "Finally,", "Additionally,")."""
    return word.endswith("ly,") and word[:1].isupper() and (word.endswith("ally,") or not word.endswith("lly,")) \
        and first_names().get(_bare(word[:-1])) is None


def _unnamed_person_subject(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """'A 29-year-old Berlin woman received probation ... "Filth out!" she wrote': an unnamed person of a known sex
    opening the sentence is its subject, and the next 'she' (or 'he') is that person, not someone named before.
    Not a person named in apposition ("One local woman, Karen Robison, told"), nor a generic one ("A blind man
    could see what was happening")."""
    m = _UNNAMED_PERSON_SUBJECT.match(text, start, end) if text[start:start + 1] in ("A", "T", "O") else None
    return m.span() if m else None


def _names_a_kind_of_person(word: str) -> bool:
    """A lower-cased word that describes a person rather than naming one: a role or unnamed source of the lexicon
    ("resident", "fan"), an agent noun ("lawyer", "organizer", "student") or a noun of a sex ("mother")."""
    return source_words().get(word) in ("role", "anonymous", "epithet") or word.endswith(_AGENT_ENDINGS) \
        or word in _SEXED_NOUNS


def _first_name_misleads(text: str, name: str, guessed: Optional[str], sex: str) -> bool:
    """'Sen. Lindsey Graham (R-SC) called out his rival Donald Trump': the sex read from a first name ("Lindsey"
    is mostly a woman's) gives way where the story itself writes 'his'/'himself' ('herself') of the person right
    after the full name, as the subject of a verb before it names anyone else; never a sex an honorific or a
    sexed word tells ("Mrs. Clinton")."""
    if not guessed or " " not in name or sex == guessed or any(_bare(w) in _SEXED_WORDS for w in words(name)):
        return False
    at = text.find(name)
    while at >= 0:
        m = _PRONOUN_AFTER_NAME.match(text, at + len(name))
        if m and PRONOUN_SEX.get(m.group(1)) == sex:
            return True
        at = text.find(name, at + len(name))
    return False


# A possessive or reflexive pronoun after a name, its parenthesis and one or two lower-case words, the verb
# ("Lindsey Graham (R-SC) called out his rival", "Robin Lee found herself")
# ("beat Hillary Clinton in his fourth win": not after a preposition or a conjunction, whose 'his' is another's)
_PRONOUN_AFTER_NAME = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?!(?:in|on|at|for|with|by|to|from|of|about|over|after|"
                                 r"before|against|and|or|but|as|than|into|during|since|under|behind)\b)[a-z]+"
                                 r"(?:\s+[a-z]+)?\s+(his|himself|herself)\b")


def _ends_in_no_person_word(name: str) -> bool:
    """A source typed a person whose name ends in a lower-case word that names no kind of person ("Trump supporters
    typically begin", "Lazar's plea agreement", "There's no", "Sanders started out their ninth debate"): a phrase
    the name reader took in error, which a he/she never takes up; not a description of a person ("Clinton ally",
    "Schilling's son", "Republican presidential candidate") nor a name ("Ludwig van Beethoven" ends capitalised)."""
    ws = name.split()
    if len(ws) < 2 or not ws[-1][:1].islower() or not ws[-1].isalpha():
        return False
    last = ws[-1].lower()
    return not (_names_a_kind_of_person(last) or source_words().get(last) in ("title", "epithet")
                or last in _PERSON_HEADS or last.rstrip("s") in _SEXED_NOUNS or _names_a_kind_of_person(last.rstrip("s")))


# Nouns for a person that neither the lexicon nor an agent ending gives ("Clinton ally", "Republican presidential
# candidate", "Catholic prelate"), for _ends_in_no_person_word.
_PERSON_HEADS = frozenset(source_lists()["person-head"])  # (son, wife, mother ...: _SEXED_NOUNS)


_INITIALS_AT_END = re.compile(r"(?:[A-Z]\.[ ])+\Z")


def _with_initials_before(name: str, side: str) -> str:
    """The name with the initials written before it at the end of side ("J. Edgar Hoover" for "Edgar Hoover"): what a
    search for initials, then the name, then the end of side finds, without compiling a pattern for each name."""
    for whole in (side, side[:-1] if side.endswith("\n") else None):  # ("$" also matches before a final line break)
        if whole is not None and whole.endswith(name):
            m = _INITIALS_AT_END.search(whole, 0, len(whole) - len(name))
            if m:
                return whole[m.start():]
    return name


def _people_named_together(name: str) -> Optional[str]:
    """'Maria Lopez and her husband Juan Lopez said', 'Health Minister Arjun Mehta and Finance Minister Claire
    Dubois said': two people speak together, each named with a description or title of their own; the source is
    both full names ('Maria Lopez and Juan Lopez'), not the last alone. None unless each side is a full name."""
    left, _, right = name.partition(" and ")
    sides = [*re.split(r",\s+", left.strip(" ,")), right]  # "A, B and C": three people listed
    names = [canonical_name(side, PERSON) for side in sides]
    names = [_with_initials_before(n, side) for n, side in zip(names, sides)]  # "J. Edgar Hoover"
    lex = source_words()
    if not all(len(n.split()) >= 2 and " and " not in n and all(
            is_capitalised(w) and not w.isupper() and not lex.get(_bare(w)) for w in n.split()) for n in names):
        return None  # "Former CIA and NSA director Michael Hayden", "Pennsylvania Gov. and DNC chair Ed Rendell": one
    if not any(w[:1].islower() or lex.get(_bare(w)) == "title" for w in (left + " " + right).split()):
        return None  # no description or title on either side: the name as written is already both
    first, surname = names[0].split()[0], names[0].split()[-1]
    if first.lower() in first_names() or surname == names[1].split()[-1] \
            or re.search(r"\b(?:his|her|their)\s", right):  # (not "Popular Christian and evangelical speaker X")
        return ", ".join(names[:-1]) + " and " + names[-1]
    return None


_ADVERBS = {"himself", "herself", "only", "instead", "however", "now", "also", "again", "still", "then", "too",
            "alone", "later", "once", "never", "often", "already"}


def _before_adverb(toks: list[str]) -> list[str]:
    """'Trump publicly', 'Rubio himself', 'Carter however': the frame took the adverb after the
    name; the name ends before it (not 'Trump supporters', whose head is the noun)."""
    k = 0
    while k < len(toks) and is_capitalised(toks[k]):
        k += 1
    if 0 < k < len(toks) and (toks[k] in _ADVERBS or toks[k].endswith("ly") and len(toks[k]) > 4):
        return toks[:k]
    return toks


_FIRST_LETTER = itemgetter(0)  # (of a word split from text: never empty)


def is_title_case(ws: list[str]) -> bool:
    """The first words of a line in title case ('Tim Allen Just Got Real About ...'): a headline. Four capitals at
    least and every long word capitalised (sentences.in_title_case with share 1.0, not its four in five): a line
    wrongly taken for a headline has the names in it cut."""
    return sum(map(str.isupper, map(_FIRST_LETTER, ws))) >= 4 and in_title_case(long_words(" ".join(ws)), share=1.0)


def _name_in_headline(text: str, start: int, phrase: str) -> str:
    """On a title-case headline (the story's first line) a person's name ends after the first and last name ('Tim Allen Just Got',
    'Carly Fiorina Endorses Ted Cruz'), or before a function word ('Obama To Asians'); elsewhere as written."""
    if "\n" in text[:start] or not is_title_case(text[:100].split()[:10]):
        return phrase  # (the first line only: a body line may open with a run of names and titles)
    ws = phrase.split()
    first = _first_name_index(ws)
    if first >= 0:
        last = first + 2 if _INITIAL.fullmatch(ws[first + 1]) is None else first + 3  # "Michael P. McDonald"
        return " ".join(ws[:last])
    words_ = _FRONTING | _SUBORDINATORS | DETERMINERS | {"to"}
    if not ws or not ws[0][:1].isupper() or ws[0].lower() in words_:
        return phrase  # "The One Thing Both Sides Want", "17 Of The Most ...": no name to cut
    stop = next((i for i, w in enumerate(ws) if i and w.lower() in words_), 0)
    return " ".join(ws[:stop]) if stop else phrase


def acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in CONNECTORS)


def is_definite_description(phrase: str) -> bool:
    """'the monitoring group', 'The Britain-based monitoring group': a lower-case head after 'the'; or a title
    the lexicon lists that is written in capitals ('the CEO', 'the MPP'), a description as 'the chief' is."""
    ws = phrase.split()
    return len(ws) >= 2 and ws[0].lower() == "the" and (
        ws[-1][:1].islower() or ws[-1].isupper() and source_words().get(_bare(ws[-1])) == "title")


_NAME_OF = attrgetter("name")
# "the people", "the sources", "the person", "the official(s)": unnamed sources taken up by their head noun
_UNNAMED_TAKEN_UP = frozenset({"the people", "the person", "the sources", "the source", "the officials", "the official"})
# ", known as INDECI,", ", also known by its Spanish acronym INDECI,", ", better known as the Fed,": another name of
# the body just mentioned, set off by commas
_KNOWN_AS = re.compile(r",\s+(?:also\s+|better\s+|widely\s+)?known\s+(?:as|by\s+(?:its|the)\s+(?:[A-Za-z]+\s+)?"
                       r"(?:acronym|initials|abbreviation|name))\s+(?:the\s+)?([A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3}),")


class Registry:
    """Sources of one story, in order of first mention, with salience for resolving references."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self._recent: list[str] = []  # source ids, most recent last
        self._people: list[tuple[int, int]] = []  # persons named as sentence subjects, speakers or not
        self._full_names: list[tuple[int, int]] = []  # "Auston Matthews scored": a full name, for a later surname
        self._subject_starts: set[int] = set()  # where the persons of _people open their sentence as its subject
        self._teams: dict[tuple[int, int], bool] = {}  # spans of _people asked whether they name a team
        self._closing_names: dict[int, int] = {}  # persons of _people named last in their sentence: start -> its end
        self._sex: dict[str, str] = {}  # source id -> male | female, when the story tells
        self._surname_key: tuple = ()
        self._surname_set: set[str] = set()
        self._people_surnames: set[str] = set()  # surnames of _people[:_people_read] (the list only grows)
        self._people_read = 0
        self._via_starts: set[int] = set()  # where the story names an outer source of a chain or an addressee
        self._written_key: tuple = ()
        self._written: dict[str, Optional[str]] = {}
        self._possessive_key: tuple = ()
        self._possessive: dict[str, list[tuple[int, int]]] = {}  # surname -> full names written in the possessive
        self._described_as: dict[int, str] = {}  # where a titled description opens a sentence -> the person's id

    def note_via(self, start: int) -> None:
        """The mention at start is an outer source or an addressee of a frame, not the frame's speaker."""
        self._via_starts.add(start)

    def note_subject(self, text: str, start: int, end: int) -> None:
        """Remember a person who opens the sentence text[start:end] (or its main clause, after a
        fronted phrase), for 'he' and 'she' in later sentences."""
        while start < end and text[start].isspace():
            start += 1
        start += dateline_length(text[start:min(end, start + 200)])  # "CHARLESTON, S.C. - Democratic front-runner ..."
        conjunction = _OPENING_CONJUNCTION.match(text, start, end)
        if conjunction:  # "But Eadie questioned that figure.": the subject follows the conjunction
            start = conjunction.end()
        if start >= end or not text[start].isupper():
            return
        ws = text[start:min(end, start + 100)].split()[:10]
        if is_title_case(ws):
            return  # a headline in title case: every word is capitalised, names cannot be told apart
        span = subject_person(text, start, end) or self._known_surname_subject(text, start, end)
        comma = text.find(", ", start, min(end, start + 120))
        first = ws[0].lower() if ws else ""
        if span is None and comma > 0 and (first in _FRONTING or first.endswith(("ing", "ed")) or first in ("a", "an")
                                           or _fronted_adverb(ws[0])):
            # "Repeating his convention speech, Biden rubbished ...", "In Ottawa, Premier Doug Ford said ...",
            # "Pressed on the deal, Mr. Kasich said", "A high school graduate, Lazar had ...": a fronted participle
            # clause or a description in apposition, then the subject; the clause
            # may hold an apposition ("Preceded by Joe Arpaio, the Arizona sheriff, Trump launched ...")
            for _ in range(3):
                span = subject_person(text, comma + 2, end) or self._known_surname_subject(text, comma + 2, end)
                comma = text.find(", ", comma + 2, min(end, comma + 120))
                if span or comma < 0:
                    break
        if span and first in _FRONTING | _SUBORDINATORS and text[span[0]:span[1]].split()[0].lower() == first:
            span = self._main_clause_subject(text, span, end)
        if span is None:
            span = _name_after_description_subject(text, start, end) or _name_after_role_subject(text, start, end) \
                or _unnamed_person_subject(text, start, end) or _name_with_age_subject(text, start, end)
        if span:
            self._people.append(span)
            self._subject_starts.add(span[0])
        elif possessor := self._possessor_subject(text, start, end):
            self._people.append(possessor)
        elif first == "the" and (described := self._described_person_subject(text, start, end)):
            self._people.append(described)  # "The admiral chuckled.", "The president's Pacific roots came ..."
            self._subject_starts.add(described[0])
        elif first in _CLAUSE_OPENERS and (clause := self._known_surname_subject(text, start + len(ws[0]) + 1, end)):
            self._people.append(clause)  # "When Trump held rallies ... he was received": named in the fronted clause
        else:
            loose = _FULL_NAME_SUBJECT.match(text, start, end)  # (after a dateline: "TORONTO \u2014 Auston Matthews")
            if loose and classify(loose.group()) == PERSON and loose.group().split()[0] not in _PLACE_PREFIXES \
                    and loose.group().split()[0].lower() not in _FRONTING | _SUBORDINATORS:
                self._full_names.append(loose.span())
        self._people.extend(self._people_named_inside(text, span[1] if span else start, end))
        if text.find(" asked ", start, end) >= 0:
            for asked in self._people_asked(text, start, end):
                self._people.append(asked)
                self._subject_starts.add(asked[0])
        if text.find(", but ", start, end) >= 0 or text.find("; ", start, end) >= 0:
            for clause_subject in self._clause_subjects(text, start, end):
                self._people.append(clause_subject)
                self._subject_starts.add(clause_subject[0])

    def _people_asked(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """'Scott Conroy asked Sanders whether his age was fair game. "Sure it is," he said.': the person asked
        a question is the one whose answer follows, so the next 'he' or 'she' may be that person rather than
        the asker. Only a name (a surname the story knows, or a full name) right before the question word."""
        found = []
        for m in _ASKED_PERSON.finditer(text, start, end):
            name = m.group(1)
            if (" " in name and classify(name) == PERSON) or name in self._surnames(text) \
                    or self._written_names(text).get(name):
                found.append(m.span(1))
        return found

    def _clause_subjects(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """'Clinton put Sanders on the defensive, but a hoarse-voiced Sanders got in numerous digs. He ...': the
        subject of a main clause after ', but' or a semicolon, a surname the story knows, is the latest person
        the sentence puts forward, so a candidate for the next 'he'."""
        found = []
        for m in _CLAUSE_SUBJECT.finditer(text, start, end):
            span = self._known_surname_subject(text, m.start(1), end)
            if span:
                found.append(span)
        return found

    def _possessor_subject(self, text: str, start: int, end: int) -> Optional[tuple[int, int]]:
        """"Maria Lopez's bakery closed last year. She said ...": a person whose thing opens the sentence is
        a candidate for a later 'she' (not the sentence's subject: "Trump's spokesman said ... He" is the
        spokesman, so a person-noun head - a role, a title, wife, son - gives none)."""
        m = _POSSESSOR_SUBJECT.match(text, start, end)
        if not m:
            return None
        lex = source_words()
        for head in filter(None, (m.group(2), m.group(3))):
            head = head.lower()
            if lex.get(head) in ("anonymous", "role", "title", "epithet", "vague") or head in _SEXED_WORDS \
                    or head in _SEXED_NOUNS or head.rstrip("s") in _SEXED_NOUNS or head.endswith(_AGENT_ENDINGS):
                return None  # (an agent noun may be a person: "campaign manager", "lawyer", "strategist")
        possessor = m.group(1) + " x"  # the possessor as if it opened the sentence as its subject
        person = subject_person(possessor, 0, len(possessor))
        if person is None and " " not in m.group(1) and (m.group(1) in self._surnames(text)
                                                          or self._written_names(text).get(m.group(1))):
            return m.span(1)  # "Trump's response has been controversial. He has proposed": a surname the story knows
        return (m.start(1), m.end(1)) if person and person[1] == len(m.group(1)) else None

    def _described_person_subject(self, text: str, start: int, end: int) -> Optional[tuple[int, int]]:
        """'The admiral chuckled.', "The president's Pacific roots also came into play.": a description
        headed by a title opening the sentence, as its subject or its possessor, is the one person the
        story wrote with that title (_person_with_title), so the next he/she may be that person. Nothing when no
        person or several hold it: a description is often of someone the story never titled ("the former
        president"), and the most recent person named stays the better guess then."""
        m = _DESCRIBED_SUBJECT.match(text, start, end)
        if not m or source_words().get(_bare(m.group(2))) != "title":
            return None  # (an epithet, "the Republican nominee", resolves to the last person named: not this)
        title = _bare(m.group(2))
        if all(text.find(w, 0, start) < 0 for w in _title_spellings(title)):
            return None  # (the title written nowhere before: no one holds it, and the search below costs)
        found = self._person_with_title(text, m.group(1), start)
        if found is None or found.type != PERSON:
            return None
        self._described_as[m.start(1)] = found.id  # (for the pronoun check: its sex must be known, _may_be)
        return m.span(1)

    def _main_clause_subject(self, text: str, span: tuple[int, int], end: int) -> tuple[int, int]:
        """'When Mr. Trump tried to defend ..., Mr. Kasich forcefully differed': the person after the
        fronted clause is the subject (the first stays a person named inside); without one, the first."""
        comma = text.find(", ", span[1], min(end, span[1] + 250))
        main = subject_person(text, comma + 2, end) if comma > 0 else None
        if main:
            self._people.append(span)
            return main
        return span

    def _people_named_inside(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """People introduced after the subject: "is suing Brampton Mayor Patrick Brown and the city".
        Only names with a title or a known first name count, as for subjects."""
        found = []
        lo = max(start, end - 60)
        tail = text[lo:end].rstrip(" \t\n\"'\u201d\u2019")
        closing = -1  # where the run of capitalised words closing the sentence begins, if it does
        if tail[-1:] == "." and tail[-2:-1].islower() and (run := _CAPITALISED_RUN_CLOSING.search(tail)):
            closing = lo + run.start()
        for m in _NAME_AFTER_WORD.finditer(text, start, end):
            span = subject_person(text, m.start(1), end)
            if span is None and m.start(1) == closing and not _PRONOUN_SUBJECT.match(text, start):
                # (not after a he/she opening the sentence: "He attended, though he may vote for Sen. Bernie Sanders.")
                span = _name_closing_the_sentence(text, m.start(1), end)
                if span:
                    self._closing_names[span[0]] = end
            if span and _inside_a_longer_name(text, start, m.start(1)):
                continue
            if span:
                found.append(span)
        return found

    def _known_surname_subject(self, text: str, start: int, end: int) -> Optional[tuple[int, int]]:
        """'Sanders lost Ohio.': one capitalised word opening the sentence, the surname of a person already named."""
        m = _OPENING_WORD.match(text, start, min(end, start + 40))
        if not m:
            return None
        word, after = m.group(), text[m.end():start + 60].split()[:2]
        if len(after) == 2 and is_capitalised(after[1]) and (
                source_words().get(_bare(after[0])) or after[0].endswith(("ant", "ist", "er"))):
            return None  # "Obama consultant Cornell Belcher said": the surname describes the subject
        if word in self._surnames(text) or word in self._written_names(text):
            return start, m.end()
        # "Angel Mendoza came from Texas ... Growing up in El Paso, Mendoza regularly witnessed": a full name that
        # opened an earlier sentence (one the first-name lists do not know) whose surname now opens a clause
        return (start, m.end()) if any(b <= start and text[a:b].split()[-1] == word
                                       and text[a:b].split()[0].lower() not in _FUNCTION_WORDS
                                       for a, b in self._full_names) else None

    def _possessive_names(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Surname -> where the story writes a full name in the possessive ("For families like Lise Cormier's"), which
        names the person as a subject does; not when a kin word, a word for a kind of person or a title follows it
        ("Bill Clinton's wife, Hillary Clinton", "Gary Johnson's doctor": the anchor of another person). Once a story."""
        key = (id(text), len(text))
        if self._possessive_key != key:
            self._possessive, self._possessive_key = {}, key
            if "'s" in text or "\u2019s" in text:
                for m in _POSSESSIVE_FULL_NAME.finditer(text):
                    w = _bare((text[m.end():m.end() + 30].split() or [""])[0].rstrip(",;:"))
                    if not _names_a_kind_of_person(w) and source_words().get(w) != "title":
                        self._possessive.setdefault(m.group(2), []).append(m.span(1))
        return self._possessive

    def _written_names(self, text: str) -> dict[str, Optional[str]]:
        """Surname -> full name for every person the story writes anywhere with a known first name
        ("Donald Trump and House Speaker Paul Ryan pledged", or inside a quotation): a later 'Trump
        eased his tone' opens with that person, though no claim or subject registered the full name
        (None when two people share the surname)."""
        key = (id(text), len(text))
        if self._written_key != key:
            self._written, self._written_key = {}, key
            names, lex = first_names(), source_words()
            introduced: dict[str, str] = {}
            for m in _WRITTEN_NAME.finditer(text):
                first, last = m.group(1), m.group(3)
                written = m.group() if m.group("nick") is None else m.group(1) + " " + last
                known = first.lower() in names
                if (known or _introduced_as_a_person(text, m.start(), m.end())) \
                        and lex.get(first.lower()) != "title" and not names_a_place(last) \
                        and first.lower() not in _FUNCTION_WORDS and last.lower() not in _FUNCTION_WORDS \
                        and classify(last) == PERSON and classify(written) == PERSON:
                    if not known:  # a first name the lists lack: only where no known first name gives the surname
                        introduced.setdefault(last, " ".join(written.split()))
                        continue
                    seen = self._written.setdefault(last, " ".join(written.split()))
                    if seen and seen.split()[0] != first:
                        self._written[last] = None  # "Bill Clinton" and "Hillary Clinton": which one is unknown
            for last, full in introduced.items():
                self._written.setdefault(last, full)
            for m in _HONORIFIC_NAME.finditer(text):  # "Michelle Obama" written, "Mr. Obama" speaks: two people
                full = self._written.get(m.group(2))
                if full and sex_of(full) not in (None, sex_of(m.group(1))):
                    self._written[m.group(2)] = None
        return self._written

    def _surnames(self, text: str) -> set[str]:
        """Last words of the full names of people named so far (recomputed only when that changes)."""
        key = (len(self.sources), len(self._people), sum(map(len, map(_NAME_OF, self.sources))))  # (names grow when fuller)
        if self._surname_key != key:
            for a, b in self._people[self._people_read:]:  # only the people added since: a story names hundreds
                ws = text[a:b].split()
                if len(ws) >= 2:
                    self._people_surnames.add(ws[-1])
                    if "-" in ws[-1] and _korean_family_name(ws):
                        self._people_surnames.add(ws[-2])
            self._people_read = len(self._people)
            sources = [s.name.split() for s in self.sources if s.type == PERSON]
            self._surname_set = {ws[-1] for ws in sources if len(ws) >= 2} | self._people_surnames
            self._surname_set |= {ws[-2] for ws in sources if len(ws) >= 2 and "-" in ws[-1] and _korean_family_name(ws)}
            self._surname_key = key
        return self._surname_set

    # -- lookup -------------------------------------------------------------------------
    def _by_id(self, sid: str) -> Source:
        return next(s for s in self.sources if s.id == sid)

    def _latest(self, test, default: Optional[Source] = None) -> Optional[Source]:
        """The most recently mentioned source that passes test, else default (each source looked up once: the
        readers of descriptions ask this of the recent sources with their own test)."""
        return next((s for s in map(self._by_id, reversed(self._recent)) if test(s)), default)

    def _most_recent(self, types: tuple[str, ...], named: bool = False, outlets: bool = True,
                     plural_in: Optional[str] = None, pronoun: str = "") -> Optional[Source]:
        """The most recently mentioned source of these types; named: only one with a proper name
        ("the monitoring group" is the Observatory, never "local authorities", nor a 'They' left unresolved); outlets=False: not a news
        outlet an addressee named ("told CBC News": the next "the office" is not CBC); plural_in (the story,
        for 'they'): not a source that is one person; pronoun: not a pronoun left unresolved as another pronoun
        ('it' is never an unresolved 'they')."""
        lex = source_words()
        for sid in reversed(self._recent):
            s = self._by_id(sid)
            if s.type in types and (not named or (any(is_capitalised(w) for w in s.name.split())
                                              and s.name.lower() not in PRONOUN_TYPES)) \
                    and (outlets or not any(lex.get(_bare(w)) == "outlet" for w in s.name.split())) \
                    and (plural_in is None or not self._one_person(plural_in, s)) \
                    and not (pronoun and s.name.lower() in PRONOUN_TYPES and s.name.lower() != pronoun) \
                    and not (pronoun and _not_what_pronoun_means(s, pronoun)):
                return s
        return None

    def _subject_taken_up(self, text: str, start: int, end: int, phrase: str, low: str, found: Optional[Source],
                          entities) -> Optional[tuple[Source, str]]:
        """'they' or 'it' taking up the subject of its sentence or one of the two before, when no source was
        mentioned since: a group ("Liberals got mad because they ...") or an organisation ("The ministry did not
        comment on the strike. It said ..."), though neither is a source yet; None otherwise."""
        if low in ("they", "their"):
            span, rule = self._plural_subject_before(text, start), "plural-subject-before"
        elif low in ("it", "its"):
            span, rule = _organisation_subject_before(text, start, entities), "organisation-subject-before"
            if span is None:
                span, rule = _body_subject_of_a_clause_before(text, start, entities), "organisation-subject-of-a-clause"
            described, how = _body_description_subject_before(text, start)
            if described and (span is None or described[0] > span[0]):  # the nearer of a name and a description
                if how.startswith("fronted-") and span is not None:
                    # (a subject after a fronted phrase that resolves to no body of its own gives way to the name)
                    return self._taken_up(text, start, end, phrase, low, found, entities, described,
                                          f"{how}-subject-before") \
                        or self._taken_up(text, start, end, phrase, low, found, entities, span, rule)
                span, rule = described, f"{how}-subject-before"
        else:
            return None
        return self._taken_up(text, start, end, phrase, low, found, entities, span, rule)

    def _taken_up(self, text: str, start: int, end: int, phrase: str, low: str, found: Optional[Source], entities,
                  span: Optional[tuple[int, int]], rule: str) -> Optional[tuple[Source, str]]:
        """The subject at span taken up by the pronoun at text[start:end] (_subject_taken_up), or None."""
        if span is None or found is not None and any(m.start >= span[0] for m in found.mentions):
            return None
        if text[span[0]:span[1]] in self._surnames(text) or text[span[0]:span[1]] in self._written_names(text):
            return None  # "Jordan said ... It": Rep. Jim Jordan, not the country
        if low in ("they", "their") and (two := _TWO_OF_AN_OFFICE.fullmatch(text, span[0], span[1])) \
                and (pair := self._pair_named_before(text, span[0], two.group(1).lower())) \
                and all(_written_with_office(text, name, two.group(1)[:-1], span[0]) for name in pair):
            # "Finance Minister Chrystia Lalonde ... Public Safety Minister David Okafor ... The two ministers will
            # travel ... They said": the two people named; when the story named more or fewer, the description
            return self._people_together(pair, start, end, phrase, f"pronoun:{low}->{rule}; the-two-named-before")
        if low in ("they", "their") and _PAIR_SUBJECT.fullmatch(text, span[0], span[1]):
            pair = self._pair_named_before(text, span[0], text[span[0]:span[1]].split()[-1].lower())
            if pair is None:
                return None  # ("The two squabbled" after three people, or none the story names in full: unresolved)
            return self._people_together(pair, start, end, phrase, f"pronoun:{low}->{rule}; the-two-named-before")
        body, how = self.resolve(text, span[0], span[1], entities=entities)
        if low in ("they", "their") and body.type == PERSON and (self._one_person(text, body) or _names_several(body.name)) \
                and (listed_span := _NAME_LIST.match(text, span[0])) and listed_span.span(1) == span:
            # "Constable Amir Haddad and Constable Jill Moreau were ...": both people, by name (the last title
            # does not make the list one person); "Rubio and Bush sparred ... They said": both people by the full
            # names the story gave them ("Marco Rubio and Jeb Bush"), a surname it gave no full name as written
            return self._people_together([self._full_name(text, n) for n in _listed(text[span[0]:span[1]])],
                                         start, end, phrase, f"pronoun:{low}->{rule}")
        if low in ("it", "its") and not _source_of_that_name(body, text[span[0]:span[1]]):
            return None  # "the CIA was ... it knew": not "both Trump and the CIA", a source the name was matched to
        if rule.startswith("fronted-") and how.startswith("description->most-recent"):
            return None  # ("In October, the US government expelled ... for what it said": not the last body named)
        fits = not self._one_person(text, body) if low in ("they", "their") else body.type == ORGANIZATION \
            or rule.endswith("document-subject-before") and (body.type == DOCUMENT or body.type in (ANONYMOUS, VAGUE)
                                                      and _bare(body.name.split()[-1]).lower() in _DOCUMENT_HEADS)
        # (a post, an ad, a motion the lexicon does not type a document: "The motion passed this week. It calls for")
        return self._add_mention(body, start, end, phrase, f"pronoun:{low}->{rule}; {how}") if fits else None

    def _single_body_as_they(self, text: str, start: int, end: int, phrase: str,
                             entities) -> Optional[tuple[Source, str]]:
        """A 'they' opening its sentence that takes up one body opening the sentence before (or the one before that)
        as its subject, when no source or group was found for it: Canadian and British copy says 'they' for a
        ministry, a hospital, a team or a company as for its people ("The hospital cancelled dozens of surgeries
        after the flood. They said patients would be called"), as American copy says 'it' (the same subjects
        _organisation_subject_before and _body_description_subject_before find for 'it'). Only when nothing between
        the body and the pronoun could be 'they' instead: no plural of people or of bodies ("The ministry charged two
        men. They said" may be the men), no person, no place standing for its government ("Ontario reported ...
        They said"), no document; never inside a quotation. None otherwise (better unresolved than wrong)."""
        opening = _sentence_opening(text, start)
        lead = text[opening:start].strip(" \"'\u201c\u2018,").lower()
        if lead and lead not in OPENING_CONJUNCTIONS or _inside_quotation(text, start):
            return None
        span, rule = _organisation_subject_before(text, start, entities), "organisation-subject-before"
        described, how = _body_description_subject_before(text, start, _body_heads() | _ACTING_PLACE_HEADS)
        if described and (span is None or described[0] > span[0]):
            span, rule = described, f"{how}-subject-before"
        if span is None or rule.startswith(("document", "fronted-document")):
            return None
        name = text[span[0]:span[1]]
        if _bare(name.split()[-1]).lower() in _ACTING_PLACE_HEADS and _BEING_DONE_TO.match(text, span[1]):
            return None  # ("The hospital was evacuated": a place things happen to, not a body that acts)
        if names_a_place(name) or name in self._surnames(text) or name in self._written_names(text) \
                or self._others_between(text, span[1], opening):
            return None
        body, how = self.resolve(text, span[0], span[1], entities=entities)
        if body.type != ORGANIZATION or names_a_place(body.name) or not _source_of_that_name(body, name):
            return None
        return self._add_mention(body, start, end, phrase, f"pronoun:they->single-body-{rule}; {how}")

    def _others_between(self, text: str, a: int, b: int) -> bool:
        """Whether text[a:b] names what a 'they' could take up instead of a group or body before it: a plural of people
        or of bodies ("indicted two men", "ordered hospitals to"), people together ("the couple", "the family"), or a
        person (a subject noted or a mention of a source)."""
        for m in _PLAIN_WORD.finditer(text, a, b):
            w = m.group()
            if (w.endswith("s") or w.lower() in _PEOPLE_PLURALS) and (_group_of_people(w) or w.lower() in _BODY_PLURALS) \
                    or w.lower() in _PEOPLE_TOGETHER:
                return True
        return any(a <= p[0] < b for p in self._people) \
            or any(s.type == PERSON and any(a <= m.start < b for m in s.mentions) for s in self.sources)

    def _people_together(self, names: list[str], start: int, end: int, phrase: str, rule: str) -> tuple[Source, str]:
        """The one source of several people named together ('Marco Rubio and Jeb Bush', 'A, B and C': the form
        _people_named_together gives a list of speakers) that 'they' takes up; the same source when the story
        already has it. A later 'Rubio' does not join it (_names_several)."""
        name = ", ".join(names[:-1]) + " and " + names[-1]
        same = next((x for x in self.sources if x.type == PERSON and x.name == name), None)
        if same:
            return self._add_mention(same, start, end, phrase, f"{rule}; name:same")
        return self._new(name, phrase, PERSON, start, end, f"{rule}; people-listed")

    def _full_name(self, text: str, name: str) -> str:
        """A person's name as listed ("Rubio", "Sen. Marco Rubio") filed under the full name: the one person of
        the registry with that surname, else the one the story writes in full; a surname the story gives no
        full name, or two people share, stays as written."""
        listed = canonical_name(name, PERSON)
        if len(listed.split()) >= 2:
            return listed
        known = {s.name for s in self.sources if s.type == PERSON and len(s.name.split()) >= 2
                 and s.name.split()[-1] == listed and not _names_several(s.name)}
        if len(known) == 1:
            return known.pop()
        return (self._written_names(text).get(listed) if not known else None) or listed

    def _pair_named_before(self, text: str, at: int, head: str) -> Optional[list[str]]:
        """The two people a subject such as "The two", "The pair", "Both men" at text[at] stands for: the only two
        people named in its sentence before it and the two sentences before (Clinton ... Sanders ... "The two
        squabbled at length. They traded charges"), each by the full name of the one person of the registry with
        that surname (the person a bare "Clinton" already stands for in the story), else the full name the story
        writes (of two people sharing it, the one named first, as news style keeps the bare surname for the story's
        subject: "Hillary Clinton ... her husband, Bill Clinton ... Clinton's rival": _first_named_with_surname).
        None when the story named more or fewer than two there, when a surname there is one two people
        share and the registry does not tell which, or when one person's sex is not the head's ("Both women"
        after "Mr. Rubio")."""
        lo = _sentence_opening(text, at)
        for _ in range(2):
            if lo <= 0:
                break
            lo = _sentence_opening(text, lo - 1)
        lo = max(lo, at - 600)
        written, registered = self._written_names(text), {}
        for s in self.sources:
            ws = s.name.split()
            if s.type == PERSON and len(ws) >= 2 and not _names_several(s.name):
                registered.setdefault(ws[-1], set()).add(s.name)
        people: list[str] = []
        for m in _CAPITALISED_WORD.finditer(text, lo, at):
            word = m.group(1)
            if word not in written and word not in registered:
                continue
            known = registered.get(word, set())
            full = next(iter(known)) if len(known) == 1 else None if known else written.get(word)
            if full is None and word in written:  # two people share it: the bare surname is the one named first
                full = self._first_named_with_surname(text, word, at, word)
            if full is None:
                return None  # ("Clinton" where Bill and Hillary Clinton are both named and neither has spoken)
            if full not in people:
                people.append(full)
        if len(people) != 2:
            return None
        sex = {"men": "m", "women": "f"}.get(head)
        if sex and any(sex_of(p) not in (None, sex) for p in people):
            return None
        return people

    def _mentioned_near(self, text: str, s: Source, start: int) -> bool:
        """Whether the source was mentioned in the pronoun's sentence or one of the two before: news writing takes
        a body up with 'it' or a group with 'they' while it is still in the reader's mind ("Police said ... They
        said"); a body last named paragraphs ago is not what a later 'it' means ("the CBS poll ... [four
        paragraphs] ... readers as to who they would like"), and the story names it again rather than leave a
        reader to search back. Better left unresolved than given to the wrong body. The sentences of a quotation
        opened in the sentence that mentions it are its own words and keep it in mind ("The WHO said in a
        statement: 'A. B. C.' It said D"): they do not count (see _near)."""
        last = max((m.start for m in s.mentions if m.start < start), default=-1)
        if last < 0:
            return False
        return _near(text, last, start)

    def _plural_subject_before(self, text: str, start: int) -> Optional[tuple[int, int]]:
        """A plural noun phrase opening the pronoun's sentence or one of the two before as its subject
        ("Liberals got mad because they ...", "These two young men came to see me. They asked ..."): news
        writing takes a group up again with 'they', though the group said nothing and is no source yet.
        Not a person's surname ("Sanders said"), nor a plural of things (only a head that names people). Two
        names joined by 'and' are a plural subject too ("Cruz and Trump have used ... Yet they"), and a short
        fronted phrase does not hide the subject after it ("In the meantime, authorities have ..."), nor does a
        clause set off by commas inside it ("Prominent Republicans, including Rep. Curbelo, have been vocal in
        their criticism"). A 'they' after its content ("Other factors may play a role, they cautioned") does not
        take up its own sentence's subject: that is part of what it said."""
        lo = _window_start(text, start)
        opening = start
        own = _sentence_opening(text, start)
        after_content = text[max(0, start - 3):start].rstrip().endswith((",", "\u201d", '"'))
        for k in range(3):
            opening = _sentence_opening(text, opening)
            if opening < lo:
                return None
            clause = _fronted_clause_plural(text, start) if k == 0 else None
            if k == 0 and clause is None and (named := self._people_in_fronted_clause(text, opening, start)):
                return named  # "As Johnson and Weld stumped across New England, they were recognized"
            if clause and self._names_people(text, clause.group(2)) \
                    and not (clause.group(2)[:1].isupper() and clause.group(1) != clause.group(2)):
                return clause.span(1)  # "Although many residents were angry, they said"
            if clause:
                return None  # "While these contributions complicate her line, they don't tell": the contributions
            if k == 0 and after_content:  # "Other factors may play a role, they cautioned": what 'they' said
                if opening <= lo:
                    return None
                opening -= 1
                continue
            body = opening
            if k and text[opening:opening + 2].isupper() and text[opening:own].strip():
                # "WINNIPEG - The Winnipeg Jets placed ... They said": past the dateline, of a sentence before the
                # pronoun's only (inside its own: "NEW YORK - Presidential campaigns are always studies in contrast,
                # but rarely have the two nominees - and the campaigns they plan to run - been")
                body += dateline_length(text[opening:min(start, opening + 200)])
            fronted = _FRONTED_PHRASE.match(text, body, start)  # "In the meantime, authorities have ..."
            at = fronted.end() if fronted else body
            pair = _PAIR_SUBJECT_VERB.match(text, at, start)
            if pair and pair.end(1) <= start:
                return pair.span(1)  # "The two squabbled at length. They traded charges": the two people named
            m = _PLURAL_SUBJECT.match(text, at, start)
            inserted = _INSERTED_CLAUSE.search(text, at, min(start, at + 200)) if m is None and "," in text[at:start] else None
            if inserted and inserted.end() < start:  # "Prominent Republicans, including Rep. Curbelo, have been"
                local = text[at:inserted.start()] + " " + text[inserted.end():start]
                m = _PLURAL_SUBJECT.match(local)
                if m and m.end(1) <= inserted.start() - at and "," not in m.group(1) \
                        and (self._names_people(text, m.group(2)) or _team_name(text, at + m.start(1), at + m.end(1))):
                    return at + m.start(1), at + m.end(1)
                m = None
            if m is None:
                named = self._people_listed(text, at, start)  # "Constable Amir Haddad and Constable Jill Moreau were"
                if named:
                    return named
            if m and m.end(1) <= start:
                if self._names_people(text, m.group(2)) or _team_name(text, *m.span(1)) \
                        or _NAMES_JOINED.search(m.group(1)):  # "Cruz and Trump have used ... Yet they"
                    return m.start(1), m.end(1)
                if k == 0 and self._plural_thing_subject(text, start):
                    return None  # "The results were mixed, but they show": no group of an older sentence
            found = self._people_after_capitalised_fronting(text, opening, start) if fronted is None else None
            if found:
                return found
            found = self._people_after_fronted_clause(text, opening, start) if m is None and fronted is None else None
            if found:
                return found
            phrased = _plural_with_relative(text, at, start) or _plural_with_phrase(text, at, start)
            if phrased and phrased.end(1) <= start and self._names_people(text, phrased.group(2)):
                return phrased.span(1)  # "Residents of the valley have complained. They said"; "Groups that
                # endorsed him say they believe"
            if opening <= lo:
                return None
            opening -= 1
        return None

    def _body_typed_as_person(self, text: str, start: int) -> Optional[Source]:
        """A one-word name the rules took for a person ("Twitter", "WikiLeaks", "Tinder": no suffix, no body word)
        that the story itself calls 'it' right after naming it ("WikiLeaks said on Twitter that it was willing to
        bet ... It later tweeted", "Twitter said violent threats had long been against its terms of service. It
        added"): the body a later 'it' takes up, when it is the last source mentioned, in the pronoun's sentence
        or the two before. Not a name the story gives a first name, a title or a sex (a person's surname), and
        not when 'he', 'she', 'his' or 'her' follows it in that sentence instead, nor for 'it is' / 'it was' (a
        cleft: "It is against this backdrop that")."""
        if not self._recent or re.match(r"\s+(?:is|was)\b", text[start + 2:start + 8]):
            return None  # ("It is against this backdrop that": a cleft, no body)
        s = self._by_id(self._recent[-1])
        if s.type != PERSON or " " in s.name.strip() or not is_capitalised(s.name) or s.id in self._sex \
                or s.name in self._surnames(text) or s.name in self._written_names(text) \
                or s.name.lower() in first_names() or not self._mentioned_near(text, s, start):
            return None
        last = max(m.end for m in s.mentions if m.start < start)
        stop = _SENTENCE_END.search(text, last, start)
        ws = [w.lower().strip(".,;:\"'\u201c\u201d\u2019") for w in text[last:stop.start() if stop else start].split()]
        if not {"it", "its"} & set(ws) or {"he", "she", "his", "her", "him"} & set(ws):
            return None
        return s

    def _document_just_named(self, text: str, start: int) -> Optional[Source]:
        """The last source mentioned, when it is a document the lexicon does not type one ('the petition', 'the
        motion', 'the post': left anonymous or vague, _DOCUMENT_HEADS) and was named in the pronoun's sentence or
        the two before: what a following 'it' takes up ("'Workers deserve better,' the petition reads. It also calls
        for"), rather than a body named before it ('The union filed ... the petition reads. It': not the union),
        as _most_recent would take a typed document. None otherwise."""
        if not self._recent:
            return None
        s = self._by_id(self._recent[-1])
        if s.type not in (ANONYMOUS, VAGUE) or not s.name.strip() \
                or _bare(s.name.split()[-1]).lower() not in _DOCUMENT_HEADS or not self._mentioned_near(text, s, start):
            return None
        return s

    def _people_object_before(self, text: str, start: int, entities=None) -> Optional[tuple[int, int]]:
        """The one plural of people the sentence before names after its subject ("This angered Hispanics who viewed
        it as a betrayal. They also have criticized", "Her position has angered some Democrats on the left. They
        have made the case"), for a 'they' that opens its sentence when no source or group was found for it: the
        group the reader has in mind. Only when that sentence names exactly one such plural (two leave it open),
        and never the press the subject spoke to ('told reporters'); not after a plural subject of that sentence
        ('Democratic superdelegates, on the other hand, make up 15 percent of delegates': not the delegates, though
        the superdelegates are no plural the subject rule reads as people). Called after the sources and subjects the
        last sentences named were tried, so a speaker there keeps the 'they'."""
        opening = _sentence_opening(text, start)
        lead = text[opening:start].split()
        if len(lead) > 1 or lead and lead[0].lower() not in OPENING_CONJUNCTIONS:
            return None
        sentence_before = _sentence_before_in_window(text, start)
        if sentence_before is None:
            return None
        before, _ = sentence_before
        if _body_opening(text[before:opening]):
            return None  # ("a progressive paper conducted a survey of how many priests ... They found": the paper)
        if entities and (body := _organisation_subject_before(text, start, entities)) and before <= body[0] < opening \
                or any(_COMPANY_NAME.match(text, at + len(text[at:at + 3]) - len(text[at:at + 3].lstrip()))
                       for at in (before, _main_clause_after_fronting(text, before, opening)) if at is not None):
            return None  # ("Prairie Grain Co. laid off 120 workers. They said": the company as much as the workers)
        group = self._one_group_named(text, before, opening)
        if group:
            head = text[group[0]:group[1]].split()[-1]
            stop = _SENTENCE_END.search(text, start)
            if re.search(r"\b" + re.escape(head) + r"\b", text[start:stop.start() if stop else len(text)]):
                return None  # ("his mother called police. They told police they were not fighting": not police)
        return group

    def _group_of_earlier_they(self, text: str, start: int) -> Optional[tuple[int, int]]:
        """The group an earlier 'they' of a run takes up ("Republicans have spent months on Benghazi, and they are
        circulating talking points. They are also focused on the drawdown, which they say left a vacuum. They say"):
        news writing keeps one 'they' for the same group sentence after sentence, so the subject found for the
        first 'they' of the run (_plural_subject_before, read from that 'they') is what the later ones mean, though
        it lies beyond the pronoun's own window. Each step goes back to a 'they' in the pronoun's sentence or the one
        before (at most three steps), never out of or into a quotation. None when no group is found that way."""
        pos, quoted = start, _inside_quotation(text, start)
        for _ in range(3):
            before = _sentence_before_in_window(text, pos)
            lo = before[0] if before else _sentence_opening(text, pos)
            prev = None
            for prev in _THEY_WORD.finditer(text, lo, pos):
                pass
            if prev is None or _inside_quotation(text, prev.start()) != quoted:
                return None
            span = self._plural_subject_before(text, prev.start())
            if span:
                return span
            pos = prev.start()
        return None

    def _people_object_in_its_sentence(self, text: str, start: int) -> Optional[tuple[int, int]]:
        """The one plural of people the pronoun's own sentence names after its subject and before a 'they' that
        does not open it ("That frustrates many analysts because they believe", "The inquiry has been run by local
        and state police, not the feds, and yet they continue to claim", "forcing public workers to support unions
        they have declined to join"), when no source or group was found for it: news writing takes up the group it
        just named, the object of a verb or a preposition. The same limits as _people_object_before (exactly one
        such plural, not the press, not after a plural subject); not a 'they' before a verb of saying ("Many workers
        were laid off, they said", "the drawdown of troops, which they say left a vacuum": a speaker reported in
        passing is whom the paragraph is about, not the group the reported words name)."""
        opening = _sentence_opening(text, start)
        lead = text[opening:start].split()
        if len(lead) < 2:
            return None  # ("But they said": a 'they' opening its sentence is _people_object_before's)
        if _SAYING_AFTER.match(text, start + 4) or _PARENTHETICAL_SAYING.match(text, start + 4):
            return None
        return self._one_group_named(text, opening, start)

    def _one_group_named(self, text: str, before: int, opening: int) -> Optional[tuple[int, int]]:
        """The span of the one plural of people text[before:opening] names after its subject (for
        _people_object_before and _people_object_in_its_sentence), or None."""
        local = text[before:opening]
        inserted = _INSERTED_CLAUSE.search(local) if "," in local else None
        if inserted:  # "Democratic superdelegates, on the other hand, make up 15 percent of delegates"
            local = local[:inserted.start()] + " " + local[inserted.end():]
        subject = _PLURAL_SUBJECT.match(local) or _plural_with_phrase(local, 0, len(local))
        if subject and subject.group(2).endswith("s") and not subject.group(2).endswith(_NOT_PLURAL_S) \
                and subject.group(2).lower() not in _VERBS_IN_S:
            return None  # a plural subject is what 'they' takes up first, people or not
        if _THEY_WORD.search(local):
            return None  # ("For 40 hours, they spoke on ... the presidential candidates. They spoke": the first they)
        found = [m for m in _PLURAL_WORD.finditer(text, before, opening) if m.start(2) > before + 1
                 and _group_of_people(m.group(2)) and m.group(2) not in self._surnames(text)
                 and (m.group(2).islower() or m.group(1) or text[before:m.start(2)].split()[-1][:1].islower())]
        if len({m.group(2).lower() for m in found}) != 1 or _inside_quotation(text, found[0].start()) \
                or re.match(r"\s+(?:and|or|&)\s", text[found[0].end(2):found[0].end(2) + 6]) \
                or re.search(r"\s(?:and|or)\s+(?:(?:his|her|their|its|our)\s+(?:[a-z-]+\s+)?)?$",
                             text[max(before, found[0].start() - 24):found[0].start()]):
            return None  # ("drew shock from Chileans and rebuke from victims": which of the two is open; "the senator
            # and his allies", "she and her adult friends": all of them, not the group alone)
        return found[0].start(1) if found[0].group(1) else found[0].start(2), found[0].end(2)

    def _fronted_plural_things(self, text: str, start: int) -> Optional[tuple[int, int]]:
        """The plural of things (a lower-case head naming no people) subject of a clause fronted before 'they'
        (_fronted_clause_plural): what the 'they' takes up, so no source named before is."""
        clause = _fronted_clause_plural(text, start)
        if clause and clause.group(2).islower() and not self._names_people(text, clause.group(2)):
            return clause.span(1)
        return None

    def _people_after_capitalised_fronting(self, text: str, opening: int, start: int) -> Optional[tuple[int, int]]:
        """A plural naming people that opens the main clause after a short fronted phrase, written with a capital
        ("In our churches, Christians will search in vain", "On Tuesday, Liberal backbenchers said"): the group a
        'they' takes up, as when no phrase is fronted (_FRONTED_PHRASE reads only a lower-case word after the
        comma, where no name can stand; here the head must name people, or two names be joined by 'and')."""
        fronted = _FRONTED_BEFORE_CAPITAL.match(text, opening, start)
        m = _PLURAL_SUBJECT.match(text, fronted.end(), start) if fronted else None
        if m and m.end(1) <= start and (self._names_people(text, m.group(2)) or _NAMES_JOINED.search(m.group(1))):
            return m.span(1)
        return None

    def _people_after_fronted_clause(self, text: str, opening: int, start: int) -> Optional[tuple[int, int]]:
        """A plural naming people that opens the main clause after a clause or long phrase fronted before it and closed
        by a comma ("As Trump's stature grew at home in recent months, Mexican officials conducted polling ... The
        outreach, they said, raised"; _main_clause_after_fronting): the subject 'they' takes up, as when nothing is
        fronted (_FRONTED_PHRASE reads only short phrases). Not a relative clause or a pronoun after the comma."""
        main = _main_clause_after_fronting(text, opening, start)
        m = _PLURAL_SUBJECT.match(text, main, start) if main else None
        if m and m.end(1) <= start and m.group(1).split()[0].lower() not in _NOT_A_SUBJECT_OPENING \
                and (self._names_people(text, m.group(2)) or _NAMES_JOINED.search(m.group(1))) \
                and not self._others_between(text, m.end(1), _sentence_opening(text, start)):
            return m.span(1)  # (not past other people: "officers went to the home after ... the couple was
            # arguing. They told police" is the couple)
        return None

    def _plural_thing_subject(self, text: str, start: int) -> Optional[tuple[int, int]]:
        """The subject of the pronoun's own sentence when it is a plural that names no people ("The results were
        mixed, but they show ...", "Forty-six percent were certain they would ..."): the nearest plural a 'they'
        after it can take up, so a source mentioned before that sentence is not what 'they' means (an older rule
        gave it to the last source named: "47 percent of Cuban Americans ... Forty-six percent were certain
        they"). Not for 'they' after its content ("The new rules are strict, they said"), nor before a verb of
        saying ("The new rules are strict, but they said exemptions ...": things do not say), where the source
        named before is still the likeliest."""
        if text[max(0, start - 3):start].rstrip().endswith((",", "\u201d", '"')) or _SAYING_AFTER.match(text, start + 4):
            return None
        opening = _sentence_opening(text, start)
        if opening < _window_start(text, start):
            return None
        fronted = _FRONTED_PHRASE.match(text, opening, start)
        at = fronted.end() if fronted else opening
        m = _PLURAL_SUBJECT.match(text, at, start)
        if not m or m.end(1) > start:
            return None
        head, first = m.group(2), m.group(1).split()[0]
        if first[:1].isupper() and first.lower() not in DETERMINERS | _QUANTIFIERS and not _NUMBER_WORD.match(first):
            return None  # "Cruz has also been hit by ... for what they": a name opens it, not a plural
        if not head.islower() or head in _VERBS_IN_S or self._names_people(text, head) or _NAMES_JOINED.search(m.group(1)) \
                or not (head in ("percent", "cent") or head.endswith("s") and not head.endswith(_NOT_PLURAL_S)):
            return None
        return m.span(1)

    def _people_listed(self, text: str, at: int, start: int) -> Optional[tuple[int, int]]:
        """People named one by one as a sentence's subject ("Constable Amir Haddad and Constable Jill Moreau were
        first at the scene", "Tom Reyes, Ann Blake and Sam Ortiz voted"): a group a later 'they' takes up, as a
        plural noun is. Every name must be a person's (a known first name or a title), so "Smith and Wesson
        makes" or "Procter and Gamble said" is none. A clause set off after the names does not hide them ("Ann Palmer
        and Tom Sherman, who joined the paper last year, bring new sources"), as it does not a plural's head."""
        m = _NAME_LIST.match(text, at, start)
        local, shift = text, 0
        if m is None and "," in text[at:start]:
            inserted = _INSERTED_CLAUSE.search(text, at, min(start, at + 300))
            if inserted and inserted.end() < start:
                cut = text[at:inserted.start()] + " " + text[inserted.end():start]
                listed = _NAME_LIST.match(cut)
                if listed and listed.end(1) == inserted.start() - at:  # (the names end where the clause is set off)
                    m, local, shift = listed, cut, at
        if not m or not _VERB_AFTER_SUBJECT.match(local, m.end(1)):
            return None
        for name in _listed(m.group(1)):
            if subject_person(name + " x", 0, len(name) + 2) != (0, len(name)):
                return None
        return m.start(1) + shift, m.end(1) + shift

    def _people_in_fronted_clause(self, text: str, opening: int, start: int) -> Optional[tuple[int, int]]:
        """People named one by one as the subject of a clause fronted right before 'they' ("As Johnson and Weld
        stumped across New England, they were recognized", "While Tom Reyes and Ann Blake agree on taxes, they
        split on trade"): what the 'they' of the main clause takes up, as a plural subject of such a clause is
        (_fronted_clause_plural). Every name must be a person's, as for _people_listed."""
        if "and" not in text[opening:start]:
            return None
        m = _FRONTED_CLAUSE_NAMES.match(text, opening, start)
        if not m or m.end() != start or _PARENTHETICAL_SAYING.match(text, start + 4):
            return None
        for name in _listed(m.group(1)):
            if subject_person(name + " x", 0, len(name) + 2) != (0, len(name)) \
                    and name not in self._surnames(text) and name not in self._written_names(text):
                return None
        return m.span(1)

    def _names_people(self, text: str, head: str) -> bool:
        """Whether a plural subject's head names people ("voters", "officials", "men"), not things, nor a surname;
        a plural the lexicon gives as an unnamed source names people whatever its ending ("aides", "experts",
        "nurses", "delegates"); so does a plural of bodies, which 'they' takes up as the people in them ("Unions
        have been plotting ... they want", "Companies say ... they note"; not 'funds', 'houses', 'services'), and the
        plural of a surname the story gives a person ("Barack Obama ... The Obamas"): the family."""
        low = head.lower()
        if head[:1].isupper() and head.endswith("s") and head[:-1] in self._surnames(text):
            return True  # "The Obamas cut back the ritual ... because they wanted": the family of a person named
        return low in _PEOPLE_PLURALS or (low.endswith(_PEOPLE_PLURAL_ENDINGS) or low.endswith("s") and not low.endswith("ss")
                                          and (source_words().get(low) in ("anonymous", "role", "vague")
                                               or low in _BODY_PLURALS)) \
            and head not in self._surnames(text)

    def _one_person(self, text: str, s: Source) -> bool:
        """A source that is one person, never what 'they' refers to: news writing keeps 'he' or 'she' for a
        named person, and 'they' for a group ("Trump thanked the crowd ... They cheered" is not Trump; "the
        priest ... two young men ... They asked" is not the priest). A person-type name that looks plural
        ("Muslims", "Republicans": no first name, no known sex, ends in -s, no one's surname) may be 'they';
        so may an unnamed source with a plural or collective head ("officials", "Steinle's family")."""
        ws = [_bare(w) for w in words(s.name)]
        if not ws:
            return False
        if s.type == PERSON:
            if any(w in ("and", "&") or (w.endswith("s") and w.islower()) for w in words(s.name)[1:]):
                return False  # "Obama and Clinton", "leaders of the United States and Israel"
            if s.id in self._sex or sex_of(s.name) or ws[-1] in _FIRST_AND_SECOND_PERSON:
                return True
            return not (ws[-1].endswith("s") and words(s.name)[-1] not in self._surnames(text))
        if s.type != ANONYMOUS:
            return False
        if _one_person_of_sex(s.name):
            return True
        lex = source_words()
        if any(w in _COLLECTIVE_HEADS or (w.endswith("s") and lex.get(w) in ("anonymous", "role", "vague"))
               for w in ws):
            return False
        ws = [w for w in ws if w not in DETERMINERS]
        if ws and ws[-1] in _PEOPLE_PLURALS:
            return False  # "these young men", "the children": a plural without an -s is still more than one
        return any(lex.get(w) in ("anonymous", "role") for w in ws) \
            or (0 < len(ws) <= 2 and all(w.islower() for w in words(s.name)) and not ws[-1].endswith("s"))

    def _elder_or_younger(self, text: str, age: str, surname: str, before: int) -> Optional[str]:
        """'the younger Kowalski' / 'the elder Kowalski' where the story names two people of that surname, one of
        them as a child ('His son, Tyler Kowalski', 'Tyler Kowalski, his son,') or a parent of the other: the
        child is the younger, the parent the elder. None when no kin word tells them apart."""
        people: list[str] = []
        for m in re.finditer(r"(?<![\w.])([A-Z][\w'\u2019-]+|" + GIVEN_INITIALS + ") " + re.escape(surname) + r"\b",
                             text[:before]):
            given = _bare(m.group(1))  # a first name, initials, or a word no lexicon lists ("Rémi")
            if (given in first_names() or "." in given or source_words().get(given) is None
                    and given not in _FUNCTION_WORDS) and m.group() not in people:
                people.append(m.group())
        if len(people) != 2:
            return None
        ranks = []
        for name in people:
            at = text.find(name, 0, before)
            lead = re.split(r"[.!?\n]", text[max(0, at - 30):at])[-1]  # "His son, Tyler Kowalski": in its sentence
            after = text[at + len(name):at + len(name) + 25]
            aside = after[1:].split(",")[0] if after.startswith(",") else ""  # "Tyler Kowalski, his son,"
            kin = _KIN_RANK.findall((lead + " " + aside).lower())
            ranks.append(kin[-1] if kin else "")
        for i, rank in enumerate(ranks):
            other = ranks[1 - i]
            if rank in _JUNIOR_KIN and other not in _JUNIOR_KIN:
                return people[i] if age == "younger" else people[1 - i]
            if rank in _SENIOR_KIN and other not in _SENIOR_KIN:
                return people[1 - i] if age == "younger" else people[i]
        return None

    def _match_name(self, name: str, kind: str, sex: Optional[str] = None) -> Optional[tuple[Source, str]]:
        """The source this name is another form of; one of the same type first ("Carson" is Ben
        Carson, not "the Carson campaign"), else the first of another type. Of two people sharing a
        surname, an honorific of one sex picks the one of that sex ("Mrs. Clinton" after Bill Clinton and
        Hillary Clinton); with one person of that surname the honorific does not undo the match (a first
        name read as the other sex, "Lindsey Graham ... Mr. Graham", is the commoner error)."""
        if sex and kind == PERSON and len(name.split()) == 1:
            with_surname = [s for s in self.sources if s.type == PERSON and s.name.split()[-1:] == [name]]
            fits = [s for s in with_surname
                    if (self._sex.get(s.id) or sex_of(s.name)) in (None, sex) and not _names_several(s.name)]
            if fits and len(fits) < len(with_surname):
                return fits[0], "alias:surname"
        low = name.lower()
        nw = low.split()
        is_acronym = name.isupper() and len(name) > 1
        name_acronym = acronym(name)
        other = shorter = None  # (shorter: "Northfield Foods" is "Northfield Foods Inc." rather than a headline's
        # "Maple Leaf grocer Northfield Foods beats profit" read as a body: the name it leaves fewest words out of)
        for s in self.sources:
            if s.type not in (PERSON, ORGANIZATION):
                continue
            s_low = s.name.lower()
            sw = s_low.split()
            if kind == PERSON and s.type == PERSON and len(nw) < len(sw) and _names_several(s.name):
                continue  # "Clinton" after "Bernie Sanders and Hillary Clinton said": she alone, not both
            if low == s_low or low in (a.lower() for a in s.aliases):
                rule = "name:same"
            elif (is_acronym and acronym(s.name) == name) or (s.name.isupper() and name_acronym == s.name):
                rule = "alias:acronym"
            elif kind == PERSON and s.type == PERSON and len(nw) == 1 and sw[-1] == nw[0]:
                rule = "alias:surname"
            elif len(nw) < len(sw) and _contains(sw, nw) and any(w[:1].isupper() for w in name.split()) \
                    and not (kind == PERSON != s.type and any(w[:1].islower() for w in s.name.split())):
                rule = "alias:short-form"  # (not "Carson" for "Carson campaign": his campaign is not he)
            else:
                continue
            if s.type == kind and rule == "alias:short-form" and kind == ORGANIZATION:
                shorter = shorter if shorter and len(shorter[0].name.split()) <= len(sw) else (s, rule)
                continue  # of two bodies whose names hold it, the one it fills best (below)
            if s.type == kind:
                return s, rule
            other = other or (s, rule)
        return shorter or other

    # -- resolution ---------------------------------------------------------------------
    def resolve(self, text: str, start: int, end: int, *, entities: Optional[list[tuple[int, str]]] = None,
                ignore_people_from: Optional[int] = None) -> tuple[Source, str]:
        """Resolve the mention text[start:end] to a source (creating one if new); return it and the rule.
        Sentence subjects noted from ``ignore_people_from`` on are not candidates for a pronoun. A name the story
        says the source is known by ("The agency, known as INDECI, said") becomes one of its aliases."""
        found, rule = self._resolve(text, start, end, entities=entities, ignore_people_from=ignore_people_from)
        if text.startswith(", ", end) and text.find("known", end + 2, end + 20) >= 0 \
                and (known := _KNOWN_AS.match(text, end)) and known.group(1) not in found.aliases \
                and known.group(1) != found.name and found.type == ORGANIZATION:
            found.aliases.append(known.group(1))
        return found, rule

    def _resolve(self, text: str, start: int, end: int, *, entities: Optional[list[tuple[int, str]]] = None,
                 ignore_people_from: Optional[int] = None) -> tuple[Source, str]:
        phrase = text[start:end]
        low = phrase.lower().strip()
        if low[:2] in ("he", "sh", "th") and (cut := _PRONOUN_THEN_VERB.match(phrase)):
            # "they remain hopeful that", "In the end, they do not make a definitive call on", "They not only cracked
            # jokes": a phrase read up to a cue further on holds the verb; the source is the pronoun opening it
            return self.resolve(text, start + cut.start(1), start + cut.end(1), entities=entities,
                                ignore_people_from=ignore_people_from)
        if low == "who":
            app = _NAME_THEN_DESCRIPTION.search(text, max(0, start - 120), start)
            if app:  # "said Howard Rubel, a senior analyst at Jefferies, who notes C": the person named
                found, how = self.resolve(text, app.start(1), app.end(1), entities=entities)
                if found.type == PERSON:
                    return self._add_mention(found, start, end, phrase, f"relative-pronoun:who->named-before-description; {how}")
        if low in ("who", "which") or OF_WHOM.fullmatch(low):
            m = _ANTECEDENT.search(text, max(0, start - 80), start)
            if m:
                g = 1 if m.group(1) else 2
                found, how = self.resolve(text, m.start(g), m.end(g), entities=entities)
                return self._add_mention(found, start, end, phrase, f"relative-pronoun:{low}->antecedent; {how}")
        if low in PRONOUN_SEX or AGE_DESCRIPTION.fullmatch(low) or _age_and_calling(low):  # "he", "the 46-year-old"
            return self._resolve_personal_pronoun(text, start, end, phrase, low,
                                                  start if ignore_people_from is None else ignore_people_from)
        if is_epithet(phrase):  # "the Wisconsin Republican", "the real estate mogul": the person just named
            described = self._person_with_title(text, phrase, start)
            if described:  # "GOP front-runner Donald Trump ... the front-runner": the person the story called that
                return self._add_mention(described, start, end, phrase, "description->person-so-described")
            return self._resolve_personal_pronoun(text, start, end, phrase, low,
                                                  start if ignore_people_from is None else ignore_people_from,
                                                  label="description")
        if low == "it" and _DUMMY_IT.match(text, end):
            # "it is unclear whether", "it has been pointed out that": the 'it' holds the subject's place for the
            # clause after it and stands for no body, so no organisation named before is the source
            return self._new(phrase, phrase, ORGANIZATION, start, end, "pronoun:it:dummy-subject")
        if low in PRONOUN_TYPES:
            types = PRONOUN_TYPES[low]
            found = self._most_recent(types, plural_in=text if low == "they" else None, pronoun=low,
                                      outlets=low != "they") if types else None  # ('they' is never CNN or the Post)
            if found and low in _NEAR_ONLY and not self._mentioned_near(text, found, start):
                found = None  # ("it", "they": what the last sentences named, never a body met paragraphs ago)
            if low in ("it", "its") and (document := self._document_just_named(text, start)):
                found = document  # ("'Workers deserve better,' the petition reads. It also calls for": the petition)
            taken_up = self._subject_taken_up(text, start, end, phrase, low, found, entities)
            if taken_up:
                return taken_up
            if found and low in ("it", "its") and (thing := _thing_opening_sentence_before(text, start)) is not None \
                    and not any(thing <= m.start < start for m in found.mentions):
                found = None  # "The council voted ... The hospital's board met Tuesday. It said": not the council
            if found and low == "they" and (things := self._fronted_plural_things(text, start)
                                            or self._plural_thing_subject(text, start)
                                            or _plural_subject_with_phrase_before(text, start)) \
                    and not any(things[0] <= m.start < start for m in found.mentions):
                found = None  # "Forty-six percent were certain they would support ...": not the source before
            if found is None and low in ("it", "its") and (body := self._body_typed_as_person(text, start)):
                return self._add_mention(body, start, end, phrase, f"pronoun:{low}->name-the-story-calls-it")
            if found is None and low == "they":
                group, where = self._people_object_before(text, start, entities), "people-object-before"
                if group is None:
                    group, where = self._people_object_in_its_sentence(text, start), "people-object-in-its-sentence"
                if group:
                    body, how = self.resolve(text, *group, entities=entities)
                    if not self._one_person(text, body):
                        return self._add_mention(body, start, end, phrase, f"pronoun:{low}->{where}; {how}")
            if low == "they" and (found is None or found.name.lower() == "they") \
                    and (group := self._group_of_earlier_they(text, start)):
                if _PAIR_SUBJECT.fullmatch(text, *group):  # ("The two squabbled. They traded charges. They argued")
                    pair = self._pair_named_before(text, group[0], text[group[0]:group[1]].split()[-1].lower())
                    return self._people_together(pair, start, end, phrase, f"pronoun:{low}->group-of-earlier-they; "
                                                 "the-two-named-before") if pair else \
                        self._new(phrase, phrase, types[0] if types else PERSON, start, end, f"pronoun:{low}:unresolved")
                body, how = self.resolve(text, *group, entities=entities)
                if body.type == PERSON and _names_several(body.name) \
                        and (listed := _NAME_LIST.match(text, group[0])) and listed.span(1) == group:
                    # ("As Johnson and Weld stumped ..., they were recognized ..., they said": both, by full name)
                    return self._people_together([self._full_name(text, n) for n in _listed(text[group[0]:group[1]])],
                                                 start, end, phrase, f"pronoun:{low}->group-of-earlier-they")
                if not self._one_person(text, body):
                    return self._add_mention(body, start, end, phrase, f"pronoun:{low}->group-of-earlier-they; {how}")
            if found is None and low == "they" and (body := self._single_body_as_they(text, start, end, phrase, entities)):
                return body  # ("The hospital cancelled surgeries. They said": Canadian and British copy)
            if found:
                return self._add_mention(found, start, end, phrase, f"pronoun:{low}->most-recent-{found.type}")
            kind = types[0] if types else PERSON
            return self._new(phrase, phrase, kind, start, end, f"pronoun:{low}:unresolved")
        if low in ("their", "its"):
            # "Prominent Cuban American politicians have been vocal in their criticism of Trump": a possessor
            # standing alone as the source is the group or body its sentence (or one of the two before) opens with
            taken_up = self._subject_taken_up(text, start, end, phrase, low, None, entities)
            if taken_up:
                return taken_up
        if (low.startswith(("defen", "crown", "the defen", "the crown")) or low.endswith("prosecutor")) \
                and (side := _COUNSEL_OF_A_SIDE.fullmatch(low)):
            counsel = self._counsel_named_before(text, start, side.group(1) or "crown")
            if counsel:  # "His lawyer, Sarah Klein, ... Defence counsel said": the lawyer the story named
                return self._add_mention(counsel, start, end, phrase, "description->counsel-named-before")
        if low.startswith(("their ", "his ", "her ", "its ")) and (owned := _OWNERS_LAWYER_OR_UNION.fullmatch(low)):
            found = self._owners_lawyer_or_union(text, start, owned.group(1), entities)
            if found:  # "Two brothers were charged. Their lawyer, Sarah Klein, ... Their lawyer said": Sarah Klein
                return self._add_mention(found, start, end, phrase, f"description->{owned.group(1)}-named-before")
        if ("younger" in low or "elder" in low or "older" in low) and (by_age := _SENIORITY.fullmatch(phrase.strip())):
            relative = self._elder_or_younger(text, by_age.group(1).lower(), by_age.group(2), start)
            if relative:  # "Bill Kowalski ... His son, Tyler Kowalski ... the younger Kowalski said": the son
                return self._named_or_new(relative, PERSON, start, end, phrase,
                                          "description->younger-or-elder-of-the-name")
        kind = classify(phrase)
        if kind == ANONYMOUS and _NAME_WORD_DESCRIPTION.fullmatch(phrase.strip()) \
                and source_words().get(_bare(phrase.split()[-1])) == "name-word" \
                and any(_uses_head(self._by_id(sid), _bare(phrase.split()[-1])) for sid in self._recent):
            kind = ORGANIZATION  # "The Alzheimer Society of Canada ... The society says": the body of that name word
        if kind == PERSON and _named_as_a_company(text, phrase):
            kind = ORGANIZATION  # "Shopify Inc. shares rose ... Shopify declined to comment": the company
        elif kind == PERSON and _staffed_like_a_body(text, phrase) and phrase.strip() not in self._surnames(text) \
                and phrase.strip() not in self._written_names(text):
            kind = ORGANIZATION  # "Metrolinx chief executive Phil Verster ... Metrolinx said": the body
        elif kind == PERSON and text.startswith(", ", start - 2) and text.startswith(",", end) and len(set_off := _description_set_before(text, start)) == 2 \
                and _appositive_body_of_kind(text, start, end, _bare(set_off[-1])) \
                and phrase.strip() not in self._surnames(text) and phrase.strip() not in self._written_names(text):
            kind = ORGANIZATION  # "The company, Prairie Grain, said": the body the description set before it names
        if low.startswith("the ") and low.endswith("s") and " " not in (bare := _strip_det(phrase)) \
                and bare[:-1] in self._surnames(text):
            # "The Obamas", "the Trudeaus": the family of a person the story named, people, not a body
            return self._named_or_new(f"{bare[:-1]} family", ANONYMOUS, start, end, phrase, "anonymous:family-of-the-surname")
        if low.endswith("s") and (kind == PERSON or " " not in _strip_det(low)) \
                and not _group_of_people(phrase.split()[-1]) and (team := _team_name(text, start, end)):
            # "The Winnipeg Jets said": a team, not a person called Winnipeg Jets; "The Jets said": the same team
            # (not a provincial party: "the Ontario Liberals" are people of a party)
            return self._named_or_new(team, ORGANIZATION, start, end, phrase, "organization:team")
        if kind == PERSON and _plural_opening_a_sentence(text, phrase, start) and phrase.strip() not in self._surnames(text) \
                and phrase.strip() not in self._written_names(text):
            kind = ANONYMOUS  # "Traders said", "Shoppers said": unnamed people, capitalised as the sentence opens
        if kind == ORGANIZATION and names_a_place(phrase) and phrase.strip() in self._surnames(text):
            kind = PERSON  # "Rep. Jim Jordan ... Jordan said": a surname, not the country
        if kind == ORGANIZATION and _speaks_for_a_place(words(phrase)):
            place = self._latest(lambda s: s.type == ORGANIZATION and names_a_place(s.name))
            if place:  # "Ottawa said ... the city added": the place named before
                return self._add_mention(place, start, end, phrase, "description->most-recent-place")
            same = next((x for x in self.sources if x.type == ORGANIZATION and x.name == _strip_det(phrase)), None)
            if same:
                return self._add_mention(same, start, end, phrase, "organization:same-phrase")
            return self._new(_strip_det(phrase), phrase, kind, start, end, "organization:place-government")
        if end < len(text) and text[end] == "," and kind in (ORGANIZATION, ANONYMOUS) \
                and (is_definite_description(phrase) or _OWNED_BODY.fullmatch(phrase.strip())):
            named = _APPOSITIVE_NAME.match(text, end)
            head = _head_before_postmodifier(phrase)  # ("The union representing workers there, UFCW Local 832,")
            if named and classify(named.group(1)) == ORGANIZATION and (
                    head in _BODY_KIND_HEADS
                    or re.search(_COMPANY_SUFFIX + r"\.?$", named.group(1))):
                # ("The building's owner, Westbridge Properties Ltd., said": any description, when the name set
                # off after it is a company's by its suffix)
                # "The manufacturer, Nutrigen Ltd., said": the name set off after the description is the source
                found, how = self.resolve(text, named.start(1), named.end(1) - named.group(1).endswith("."), entities=entities)
                return self._add_mention(found, start, end, phrase, f"description->appositive-name; {how}")
            if named and _appositive_body_of_kind(text, named.start(1), named.end(1), head) \
                    and named.group(1) not in self._surnames(text):
                # "The union, Unifor Local 444, said", "Their union, Unifor, said": a name the story shows to be a
                # body of the description's kind, though alone it reads as a person's
                found, how = self._body_named(text, named.start(1), named.end(1), entities)
                return self._add_mention(found, start, end, phrase, f"description->appositive-name; {how}")
        if kind == ANONYMOUS and text.startswith(", ", end) and (named := _ROLE_NAME_SET_OFF.match(text, end)) \
                and not set(named.group(1).split()) & _FUNCTION_WORDS and classify(named.group(2)) == PERSON \
                and not any(w.endswith("ing") for w in named.group(1).split()) \
                and (_names_a_kind_of_person(role := named.group(1).split()[-1]) or source_words().get(role) == "title"):
            # "Her neighbour, retired teacher Paul Goguen, said": a description, then the person's name with a role
            # in lower case set off after it; the named person speaks (not "Residents, including nurse Jo Lee,")
            found, how = self.resolve(text, named.start(2), named.end(2), entities=entities)
            return self._add_mention(found, start, end, phrase, f"description->appositive-name; {how}")
        if is_definite_description(phrase) and kind in (ORGANIZATION, ANONYMOUS) \
                and _bare(phrase.split()[-1]) in _BODY_KIND_HEADS and not re.search(r"['\u2019]s\b", phrase):
            described = _strip_det(phrase).lower()
            prior = self._latest(lambda s: s.type == ORGANIZATION and described in (a.lower() for a in s.aliases))
            if prior is not None and _near(text, max(m.start for m in prior.mentions), start, across_paragraphs=True):
                # "Vexa Inc. ... the company said ... according to research firm Omdia. The company declined":
                # the body the description was given just before
                return self._add_mention(prior, start, end, phrase, "description->same-description-before")
            body = _body_of_kind(text, _bare(phrase.split()[-1]), start,
                                 frozenset(_bare(w) for w in phrase.split()[1:-1]))
            if body is not None:  # "Loblaw Companies Ltd. ... The grocer said": the body of that kind named last
                found, how = self._body_named(text, *body, entities)
                if found.type == ORGANIZATION:
                    if _strip_det(phrase) not in found.aliases:
                        found.aliases.append(_strip_det(phrase))
                    return self._add_mention(found, start, end, phrase, f"description->most-recent-body-of-that-kind; {how}")
        if is_definite_description(phrase) and kind == ORGANIZATION and not re.search(r"['\u2019]s\b", phrase):
            # ("the minister's office" is a body of its own, not the last one named)
            found = self._most_recent((ORGANIZATION,), named=True, outlets=False)
            head = _bare(phrase.split()[-1])
            if found and not _may_be_of_kind(text, found, head):
                found = None  # "Health Canada said ... The manufacturer said": no state body makes goods
            if found and head in _STATE_BODY_HEADS and not _is_that_state_body(found, head):
                # "according to the government" after the U.N. office: a government is a place's, or named so
                found = self._latest(lambda s: _is_that_state_body(s, head))
            if found and head in _STATE_BODY_HEADS and head not in _uses_of(found) and names_a_place(found.name) \
                    and not _near(text, max(m.start for m in found.mentions), start, across_paragraphs=True):
                found = None  # "Israel freed 1,000 prisoners ... [paragraphs on] ... the administration insisted"
            if found and head in _KIND_HEADS and not _names_use(found, head):
                # "the foundation" after the Daily Caller, "the city council" after a watchdog association
                found = self._latest(lambda s: s.type == ORGANIZATION and _names_use(s, head))
            if found and _names_another_body(phrase, found):
                found = self._latest(lambda s: s.type == ORGANIZATION and not _names_another_body(phrase, s))  # "the RNC member"
            if found and head in _MEMBER_HEADS and _governs_members(found):
                found = self._latest(lambda s: s.type == ORGANIZATION and not _governs_members(s))  # "the club" is not the league
            same = self._latest(lambda s: s.type == ORGANIZATION and s.name.lower() == _strip_det(phrase).lower())
            if same is not None and found is not None and found is not same and not _uses_head(found, head):
                found = same  # "the company said C ... The company declined": the body met as that description
            if found and head not in _STATE_BODY_HEADS and not _uses_head(found, head):
                found = self._latest(lambda s: _uses_head(s, head), found)  # "the department" -> Department of Health
            if found:
                if phrase.strip() not in found.aliases:
                    found.aliases.append(_strip_det(phrase))
                return self._add_mention(found, start, end, phrase, "description->most-recent-organization")
        if is_definite_description(phrase) and kind in (ORGANIZATION, ANONYMOUS) and len(phrase.split()) == 2 \
                and _bare(phrase.split()[-1]) not in _BODY_KIND_HEADS \
                and source_words().get(_bare(phrase.split()[-1])) in (None, "organization", "name-word") \
                and (body := _named_by_its_head(text, _bare(phrase.split()[-1]), start)) is not None:
            # "The Northern League fined the club ... The league said", "St. Michael's Hospital ... the hospital said":
            # the body just named whose name holds the description's head, though no source yet
            found, how = self._body_named(text, *body, entities)
            if found.type == ORGANIZATION:
                return self._add_mention(found, start, end, phrase, f"description->body-named-by-its-head; {how}")
        if kind == ORGANIZATION and (owned := _OFFICE_OF_PRONOUN.fullmatch(phrase.strip())):
            holder = self._person_just_named(text, start, PRONOUN_SEX.get(owned.group(1).lower()))
            if holder is not None:  # "Treasury Board President Shafqat Ali was not available, his office said"
                name = f"office of {holder}"
                return self._named_or_new(name, ORGANIZATION, start, end, phrase,
                                          "description->office-of-person-just-named")
        if kind == DOCUMENT and is_definite_description(phrase):
            head = _bare(phrase.split()[-1])
            for sid in reversed(self._recent):  # "a staff report ... The report says": the same document, also
                s = self._by_id(sid)  # when the first mention went on ("a study published Wednesday ... the study"),
                # but "the Fox poll" is no other pollster's poll: the description's own names must be the document's
                named = {_bare(w) for w in s.name.split()}
                if s.type == DOCUMENT and head in named \
                        and all(_bare(w) in named for w in phrase.split()[1:] if is_capitalised(w)):
                    return self._add_mention(s, start, end, phrase, "description->most-recent-document")
            author = self._author_of_statement(text, head, start) if head in _STATEMENT_HEADS else None
            if author is not None:
                return self._add_mention(author, start, end, phrase, "description->source-of-that-statement")
        if kind == ANONYMOUS and phrase[:1] in "AaOo" and " who " in text[end:end + 6] \
                and (given := _NAME_GIVEN_ONLY.match(text, end)):
            # "One protester, who gave only her first name, Maria, said": the person, by the name the story has
            return self._named_or_new(given.group(1), PERSON, start, end, phrase, "anonymous->name-given-only")
        if (kind == ANONYMOUS or kind == PERSON and "'" + "s " in phrase.replace("\u2019", "'")) \
                and _KINSHIP.fullmatch(phrase.strip()):
            relative = _relative_named_before(text, phrase.strip(), start)
            if relative is not None:  # "her daughter, Claire Ellison-Hart, ... Her daughter said": that person
                found, how = self.resolve(text, *relative, entities=entities)
                if found.type == PERSON:
                    return self._add_mention(found, start, end, phrase, f"description->relative-named-before; {how}")
            spouse = self._spouse_of_a_couple(text, phrase.strip(), start)
            if spouse is not None:  # "Gord and Linda Petrie packed ... Linda Petrie said ... Her husband said": Gord
                match = self._match_name(spouse, PERSON)
                if match and match[0].name == spouse:
                    return self._add_mention(match[0], start, end, phrase, "description->spouse-of-a-couple")
                return self._new(spouse, phrase, PERSON, start, end, "description->spouse-of-a-couple")
        if kind in (ANONYMOUS, DOCUMENT) and phrase.strip().lower() in _COURT_DECISIONS:
            judge = self._the_one_judge(text, start)
            if judge is not None:  # "Justice Maria Roy found C ... According to the decision, C": hers
                return self._add_mention(judge, start, end, phrase, "description->decision-of-the-one-judge")
        if kind in (ANONYMOUS, VAGUE) and low in _UNNAMED_TAKEN_UP:
            # "Bloomberg reported, citing people familiar with the matter ... the people said": the unnamed sources
            # the story named before, taken up by their head noun, not a new vague "the people"
            head = low.split()[1]
            named = self._latest(lambda s: s.type == ANONYMOUS and head in s.name.lower().split() and s.name.lower() != low
                                 and (head not in ("people", "person") or _WHO_KNOW.search(s.name)))
            # (the people or a person only as sources who know: "people familiar with the talks", not "the people
            # want" after some other people)
            if named is not None:
                return self._add_mention(named, start, end, phrase, "description->unnamed-sources-named-before")
        if kind == ANONYMOUS and is_definite_description(phrase):
            titled = self._person_with_title(text, phrase, start)
            if titled:  # "Brampton Mayor Patrick Brown ... The mayor has denied": the same person
                return self._add_mention(titled, start, end, phrase, "description->person-with-that-title")
            named = _name_set_off_after_a_position(text, phrase.strip(), start)
            if named is not None and classify(named) == PERSON:
                return self._named_or_new(named, PERSON, start, end, phrase, "description->name-set-off-after-position")
        bare_title = " " not in phrase.strip() and source_words().get(_bare(phrase.strip())) == "title"
        if (kind == ANONYMOUS or bare_title) and "\n" not in text[:start] and "\n" in text:
            holder = _title_holder_named_below(text, phrase)  # (a bare "Governor" opening a headline reads as a name)
            if holder:  # the headline "Alberta premier vows to fight cap" over "Alberta Premier Danielle Smith says"
                return self._named_or_new(holder, PERSON, start, end, phrase,
                                          "headline-description->person-named-below")
        if kind == ANONYMOUS and start < _LEDE_CHARS and low.startswith(("a ", "an ")) \
                and (holder := _title_holder_named_below(text, phrase, lede_at=end)):
            # "A federal judge on Tuesday ordered C ... U.S. District Judge Margaret Ellison wrote": the one person
            # the story names below with that title
            return self._named_or_new(holder, PERSON, start, end, phrase, "lede-description->person-named-below")
        if kind in (ANONYMOUS, VAGUE, DOCUMENT):
            name = _resolve_possessive(_strip_det(phrase) if kind != VAGUE else phrase.strip(), start, entities, text)
            name = name[:1].lower() + name[1:] if name.split()[0].lower() in ("the", "a", "an") else name
            if kind == DOCUMENT:
                name = _without_release_details(name)
            for s in self.sources:
                if s.type == kind and s.name.lower() == name.lower():
                    return self._add_mention(s, start, end, phrase, f"{kind}:same-phrase")
            return self._new(name, phrase, kind, start, end, f"{kind}:new")
        name = canonical_name(_name_in_headline(text, start, phrase) if kind == PERSON else phrase, kind)
        if kind == PERSON and " " in name and "\n" not in text[:start] and _headline_name_ends_at_surname(text, name):
            name = name.split()[0]  # "Gingrich Takes Talk Of ..." over "Newt Gingrich called": the surname opens it
        match = self._match_name(name, kind, sex_of(phrase) if kind == PERSON else None)
        if match and match[1] == "alias:surname":
            first = self._first_named_with_surname(text, name, start, phrase)
            given = {w.lower()[:3] for w in match[0].name.split()[:-1]}  # Chris / Christopher, Gary / Garry: one
            if first and not given & {w.lower()[:3] for w in first.split()[:-1]}:
                # another person: "Margaret Ellison ... her daughter, Ruth Ellison ... Dr. Ellison" (not "Juan Carlos
                # Cruz" beside "Carlos Cruz", one man written two ways)
                return self._named_or_new(first, PERSON, start, end, phrase,
                                          "alias:surname-of-first-named", made_as=kind)
        if match:
            s, rule = match
            alias = _strip_det(phrase)
            if rule == "alias:short-form" and kind == ORGANIZATION == s.type and _misread_as_a_name(s.name, name):
                s.aliases.append(s.name)  # "BC Ferries trade blame ... BC Ferries said": the name the story
                s.name = name  # writes, not the longer phrase read as a name before
            if alias != s.name and alias not in s.aliases:
                s.aliases.append(alias)
            return self._add_mention(s, start, end, phrase, rule)
        # A longer form of an existing short name ("the Observatory" then "Syrian Observatory ...").
        for s in self.sources:
            if s.type == kind and _contains(name.lower().split(), s.name.lower().split()):
                s.aliases.append(s.name)
                s.name = name
                return self._add_mention(s, start, end, phrase, "name:longer-form")
        full = self._named_person_with_surname(text, name, start, phrase) if kind == PERSON else None
        if full:  # "Coun. Brad Bradford, who chairs the committee, disagreed. ... said Bradford."
            first = self._first_named_with_surname(text, name, start, phrase)
            if first and first != full and _plain_full_name(first) and (
                    first.endswith(" " + full) or not {w.lower()[:3] for w in first.split()[:-1]}
                    & {w.lower()[:3] for w in full.split()[:-1]}):
                # "For 30 years, Paul Arsenault ... His sister, Anne Arsenault, ... Arsenault says": the bare
                # surname stays with the person named first (as for a surname the registry knows, above); and
                # "Juan Carlos Cruz ... Carlos Cruz ... Cruz said" is the fuller form met first
                return self._new(first, phrase, kind, start, end, "alias:surname-of-first-named")
            return self._new(full, phrase, kind, start, end, "alias:surname-of-person-named-before")
        full = self._named_person_with_first_name(text, name, start) if kind == PERSON and len(name.split()) == 1 else None
        if full:
            return self._new(full, phrase, kind, start, end, "alias:first-name-of-person-named-before")
        full = self._kin_by_first_name(text, name, start, end) if kind == PERSON and " " not in name else None
        if full:
            return self._new(full, phrase, kind, start, end, "name:first-name-of-kin")
        full = _particle_surname_written_before(text, name, start) if kind == PERSON and " " in name else None
        if full:  # "Councillor Maria de Sousa voted no. De Sousa said": the surname with its particle
            return self._named_or_new(full, PERSON, start, end, phrase,
                                      "alias:particle-surname-written-before", made_as=kind)
        if kind == PERSON and " " in name and name.split()[0].lower() in _SURNAME_PARTICLES:
            match = self._match_name(name.split()[-1], kind)
            if match and match[1] == "alias:surname":  # ("Mat dos Santos" written "Matdos Santos": his surname)
                return self._add_mention(match[0], start, end, phrase, "alias:surname-after-particle")
        if kind == ORGANIZATION and " " not in name and is_definite_description(phrase):
            described = self._latest(lambda s: s.type == ORGANIZATION and " " in s.name
                                     and s.name.split()[-1].lower() == name.lower()
                                     and is_definite_description(s.mentions[0].text))
            if described is not None:
                # "the country's civil defence agency said ... The agency said": a body no name was given for yet,
                # met before as a longer description with that head
                if name not in described.aliases:
                    described.aliases.append(name)
                return self._add_mention(described, start, end, phrase, "description->body-met-as-a-longer-description")
        return self._new(name, phrase, kind, start, end, "name:new")

    def _kin_by_first_name(self, text: str, name: str, start: int, end: int) -> Optional[str]:
        """'Kowalchuk's brother, Dean, said': a first name set off after a kin word on a surname's possessive is
        that family's member, Dean Kowalchuk (news copy gives the full name when the surname differs); only a
        first name, a near kin word and the surname of a person the story named. Not a spouse: a spouse's surname
        may differ ("Einarson's husband, Brent"), so the one full name the story writes with that first name
        ("... Anne Moreau said"), else None (the first name alone)."""
        if text[start - 2:start] != ", " or not text.startswith(",", end) or name.lower() not in first_names():
            return None
        kin = _KIN_BEFORE_FIRST_NAME.search(text, max(0, start - 40), start)
        if kin and kin.group(2) not in _BLOOD_KIN:
            fulls = {full for full in self._written_names(text).values() if full and full.startswith(name + " ")}
            return fulls.pop() if len(fulls) == 1 else None
        return f"{name} {kin.group(1)}" if kin and (kin.group(1) in self._surnames(text)
                                                   or kin.group(1) in self._written_names(text)) else None

    def _body_named(self, text: str, a: int, b: int, entities) -> tuple[Source, str]:
        """The source of a body named at text[a:b] that the story showed to be a body (a company suffix, a
        description set off after it): an organisation of that name, though a lone name alone reads as a person's
        ("Orvano, a snack maker, ... the maker")."""
        name = canonical_name(text[a:b], ORGANIZATION)
        match = self._match_name(name, ORGANIZATION)
        if match and match[0].type == ORGANIZATION:
            return self._add_mention(match[0], a, b, text[a:b], match[1])
        if classify(text[a:b]) == ORGANIZATION:
            return self.resolve(text, a, b, entities=entities)
        return self._new(name, text[a:b], ORGANIZATION, a, b, "organization:named-as-a-body")

    def _counsel_named_before(self, text: str, before: int, side: str) -> Optional[Source]:
        """Court copy names each side's lawyer once ("His lawyer, Sarah Klein,", "Crown attorney Michael Osei")
        and then calls them by role alone, often without an article ("Defence counsel said", "the Crown
        prosecutor told the court"): the one person named before with a role of that side, else None."""
        defence = side.startswith("defen")
        spans = [(x.mentions[0].start, x.mentions[0].end) for x in self.sources if x.type == PERSON and x.mentions]
        found = set()  # (people named without a claim of their own count too: two lawyers, no guess)
        for a, b in spans + self._people:
            if a >= before:
                continue
            around = (text[max(0, a - 40):b] + " " + " ".join(_apposition_head(text, b))).lower()
            if defence and _DEFENCE_ROLE.search(around) or not defence and _CROWN_ROLE.search(around):
                found.add(canonical_name(text[a:b], PERSON))
        if len(found) != 1:
            return None
        return next((x for x in self.sources if x.type == PERSON and x.name in found), None)

    def _owners_lawyer_or_union(self, text: str, before: int, role: str, entities) -> Optional[Source]:
        """The lawyer or union a possessive pronoun gives the people just named ("Their lawyer said", "His lawyer
        said", "Their union said"): court and labour copy names the lawyer or the union once ("Their lawyer, Sarah
        Klein,", "The Ontario Nurses' Association called the strike") and then calls it by its role with the
        owner's pronoun. The one lawyer of the defence the story named before (_counsel_named_before), the one
        union it named before (however far back: a story has one union, or names each); None when it named none or
        several. A union named only after the pronoun ("Their union said ... Unifor Local 444 represents the
        workers") is the one union the whole story names, if it names one."""
        if role != "union":
            return self._counsel_named_before(text, before, "defence")
        named = [(a, b) for a, b, kinds in _bodies_named(text) if _fits_kind(kinds, "union")]
        unions = {text[a:b]: (a, b) for a, b in named if b <= before} or {text[a:b]: (a, b) for a, b in named}
        if len(unions) != 1:
            return None
        found, _how = self._body_named(text, *next(iter(unions.values())), entities)
        return found if found.type == ORGANIZATION else None

    def _person_just_named(self, text: str, before: int, sex: Optional[str]) -> Optional[str]:
        """The full name of the person named last before 'before', in its sentence or the two before (_near), whose
        name does not say the other sex: the owner of 'his office', 'her office'."""
        spans = [(m.start, m.end) for x in self.sources if x.type == PERSON for m in x.mentions
                 if m.text[:1].isupper() and m.text.lower() not in PRONOUN_SEX]
        spans += self._people + self._full_names
        for a, b in sorted((sp for sp in spans if sp[0] < before), reverse=True):
            if not _near(text, a, before):
                return None
            name = canonical_name(text[a:b], PERSON)
            match = self._match_name(name, PERSON)
            name = match[0].name if match and match[0].type == PERSON else name
            if len(name.split()) < 2 or _names_several(name) \
                    or not all(is_capitalised(w) or w.lower() in CONNECTORS for w in name.split()):
                continue  # (a full name only: not "No one", not "Sanders and Clinton")
            if sex is None or ((self._sex.get(match[0].id) if match else None) or sex_of(name)) in (None, sex):
                return name  # (a person of the other sex named since is passed over, as for 'she')
        return None

    def _person_elected(self, text: str, office: str, before: int) -> Optional[Source]:
        """'Coun. Dana Price won Monday's vote and will be the next mayor ... the mayor-elect said': an office with
        '-elect' is the one person the story said was elected to it or will be its next holder (in the sentence
        that names them); none, or two, leave it unresolved."""
        said_elected = re.compile(r"\b(?:will\s+be(?:come)?|becomes|was\s+elected(?:\s+as)?|elected(?:\s+as)?)\s+"
                                  r"(?:the\s+)?(?:city's\s+|town's\s+|next\s+|new\s+)?(?:[a-z]+\s+)?" + re.escape(office) + r"\b",
                                  re.IGNORECASE)
        spans = [(m.start, m.end) for s in self.sources if s.type == PERSON for m in s.mentions]
        spans += self._people + self._full_names
        elected = {}
        for a, b in spans:
            if a >= before:
                continue
            stop = _SENTENCE_END.search(text, b)
            if said_elected.search(text, b, stop.start() if stop else len(text)):
                elected.setdefault(canonical_name(text[a:b], PERSON), (a, b))
        if len(elected) != 1:
            return None
        name, span = elected.popitem()
        match = self._match_name(name, PERSON)
        return match[0] if match else self.resolve(text, *span)[0]

    def _spouse_of_a_couple(self, text: str, phrase: str, before: int) -> Optional[str]:
        """'Gord and Linda Petrie packed their truck ... Linda Petrie said ... Her husband said': news copy names a
        couple with one surname ('A and B Surname'), quotes one of them, and calls the other by the kinship: the
        husband, wife, spouse or partner of the person last named is the other one of the couple (one couple
        only; the possessive 'her' or 'his', and the person named last one of the two)."""
        ws = phrase.split()
        if ws[0].lower() not in ("her", "his") or ws[-1].lower() not in _SPOUSES:
            return None
        couples = {(f"{a} {surname}", f"{b} {surname}") for a, b, surname in
                   (m.groups() for m in _COUPLE.finditer(text, 0, before)
                    if not _first_name_before(text, m.start()))}  # (not "Omar Haddad and Julie Roy")
        if "couple" in text[:before]:  # "Kevin Tremblay and Amelie Gagnon have lived there ... The couple's landlord"
            couples |= {(m.group(1), m.group(2)) for m in _COUPLE_TWO_NAMES.finditer(text, 0, before)
                        if _COUPLE_AFTER.search(text, m.end(), min(before, m.end() + 300))
                        and all(_bare(n.split()[0]) in first_names() for n in m.groups())}
        if len(couples) != 1:
            return None
        a, b = couples.pop()
        last = max(((m.start, x) for x in self.sources if x.type == PERSON for m in x.mentions if m.start < before),
                   default=None, key=lambda p: p[0])
        if last is None:
            return None
        return {a: b, b: a}.get(last[1].name)

    def _author_of_statement(self, text: str, head: str, before: int) -> Optional[Source]:
        """'Treasury Board said in a statement that ... "Departments will adapt," the statement said': the
        statement is the words of the source that gave it, named in the sentence that says it was given 'in a
        statement' (or 'in an email', 'in a news release'); that sentence must be the description's or one of the
        two before it, and its source the last one named before 'in a statement'."""
        lo = _sentence_opening(text, before)
        for _ in range(2):
            lo = _sentence_opening(text, lo - 1) if lo > 0 else 0
        given = None
        for m in _GIVEN_IN_A_STATEMENT.finditer(text, lo, before):
            if m.group(1) == head:
                given = m
        if given is None:
            return None
        opening = _sentence_opening(text, given.start())
        found = None
        for x in self.sources:
            if x.type not in (PERSON, ORGANIZATION) or x.name.lower() in _FIRST_OR_SECOND_PERSON:
                continue
            for mention in x.mentions:
                if opening <= mention.start < given.start() and (found is None or mention.start > found[0]):
                    found = (mention.start, x)
        return found[1] if found else None

    def _person_with_title(self, text: str, description: str, before: int) -> Optional[Source]:
        """The most recent person named with the description's title ("Mayor", "coach") before it;
        only when exactly one person of the story carries it, so that two ministers are not merged.
        News copy abbreviates the title before a name and spells it out in the description ("Sen. Ted
        Cruz ... the senator", "Const. Laura Brabant ... the constable"); a deputy, vice or former
        holder is not the office's holder ("Deputy Premier Genevieve Guilbault" is not "the premier"
        beside Premier Francois Legault); and the words before the head tell two holders apart
        ("Health Minister Mark Holland ... Finance Minister ... the health minister"). A description
        the story used before ("the premier" resolved once) is no name of its own."""
        dws = _fold_officer_titles([_bare(w) for w in description.split()[1:]])
        title = dws[-1] if dws else ""
        if title.endswith("-elect") and source_words().get(title[:-6]) == "title" \
                and (elected := self._person_elected(text, title[:-6], before)) is not None:
            return elected
        if source_words().get(title) not in ("title", "epithet") \
                and not self._occupation_named_with_person(title, qualified=len(dws) > 1):
            return None
        title = title_abbreviations().get(title, title)  # "the councilor": the councillor
        extras = {w for w in dws[:-1] if w not in DETERMINERS}
        place = next((w for w in extras if names_a_place(w)), "")
        # "Karen Brown, president of CUPE Local 4400, said ... the union's president said": a title of a body
        # named by its kind with a possessive is the person given the title bare with a body's name after it
        of_its_body = bool(extras) and extras <= _BODY_KIND_HEADS and bool(re.search(r"['\u2019]s\s", description))
        spans = [(m.start, m.end) for s in self.sources if s.type == PERSON for m in s.mentions]
        spans += self._people
        known = {(m.start, m.end): s.name for s in self.sources if s.type == PERSON for m in s.mentions}
        named: dict[str, set[str]] = {}  # canonical name -> the words of the phrases that gave it the title
        elsewhere: set[str] = set()  # surnames of people who hold another office under that title word
        of_a_body: set[str] = set()  # people given the title only set off bare with its body after the name
        for a, b in spans:
            if a >= before:
                continue
            own = words(text[a:b])
            apposition = _apposition_head(text, b) or _description_set_before(text, a)
            ws = [title_abbreviations().get(w, w) for w in _fold_officer_titles([_bare(w) for w in own + apposition])]
            if title == "economist" and "economist" not in ws and _set_off_in_economics(text, b):
                ws = ws + ["economist"]  # "Rebekah Young, head of resilience economics at Scotiabank, ... the economist"
            if title == "minister" and "minister" not in ws:
                ws = _minister_by_post(ws)  # "Treasury Board President Caroline Mulroney ... the minister said"
            held = [i for i, w in enumerate(ws) if w == title and not _another_office(ws[:i], extras)
                    and (i < len(own) or i == len(ws) - 1)  # after the name, only the description's head
                    and not (i + 1 < len(own) and source_words().get(_bare(own[i + 1])) == "title"
                             and _bare(own[i]) in _TITLES_OF_AN_OFFICE)]  # "Justice Minister X" is no judge
            if held and min(held) >= len(own) and extras - set(ws) \
                    and not (of_its_body and not _APPOSITION.match(text, b)) \
                    and extras - _words_after_head(text, b) \
                    and not _modifier_adds_to_bare_head(description, apposition, extras - set(ws)) \
                    and not (extras <= _BODY_KIND_HEADS and _BODY_TITLE_APPOSITION.match(text, b)):
                # ("Sharon Roy, PSAC national president, ... the union president": a body's president, its kind
                # unsaid)
                continue  # "Sanders, the senator from Vermont," is not "the Florida senator" (but is "the Vermont
                # senator", as "Chantal Roy, the owner of a bakery," is "the bakery owner")

            label = _PARTY_STATE.match(text, b, b + 24)
            if held and label and place and label.group(1).lower()[:3] != place[:3]:
                continue  # "Sen. Joni Ernst, R-Iowa" is not "the Florida senator"
            if title in ws and not held:
                elsewhere.add(canonical_name(text[a:b], PERSON).split()[-1])  # "Deputy Premier": another post
            name = (known.get((a, b)) or canonical_name(text[a:b], PERSON)) if held else ""  # (a headline's
            # "Alberta premier" resolved to Danielle Smith is her, not a name of its own)
            if held and extras & _OTHER_OFFICE <= set(ws) and any(
                    is_capitalised(w) and source_words().get(_bare(w)) != "title" and not w.endswith(("'s", "\u2019s"))
                    for w in name.split()):  # ("Manitoba's Minister of Families, Rhea Lund,": no name of its own)
                named.setdefault(name, set()).update(ws)
                if min(held) >= len(own) and not _APPOSITION.match(text, b):
                    of_a_body.add(name)  # "Dan Gross, president of the Brady Campaign,": that body's president
                else:
                    of_a_body.discard(name)
        if len(named) > 1 and extras:
            named = {n: ws for n, ws in named.items() if extras <= ws} or named
        if len(named) > 1 and of_its_body:
            named = {n: ws for n, ws in named.items() if n in of_a_body} or named
        if len(named) > 1:  # "President Barack Obama ... Dan Gross, president of the Brady Campaign": "the
            named = {n: ws for n, ws in named.items() if n not in of_a_body} or named  # president" is Obama
        if len(named) > 1:
            named = self._holder_just_named(text, spans, known, named, before)
        if len(named) != 1:
            return None
        name = next(iter(named))
        if self._untitled_person_in_the_way(text, name, title, before, elsewhere):
            return None
        match = self._match_name(name, PERSON)
        if match:
            return match[0]
        span = max((a, b) for a, b in spans if a < before and canonical_name(text[a:b], PERSON) == name)
        return self.resolve(text, *span)[0]

    def _holder_just_named(self, text: str, spans: list[tuple[int, int]], known: dict, named: dict, before: int) -> dict:
        """Several people of the story hold the title ('Coun. Sherri Rollins ... Coun. Ross Eadie'), and news copy
        names one of them and comes straight back to them by title ('Rollins said she would bring the plan back.
        / "This is not over," the councillor said'): the holder the story named last, when that was in the
        description's sentence or the one before and nobody was named after; else all of them (unresolved)."""
        opening = _quotation_opening_the_paragraph(text, before)
        while opening > 0 and text[opening - 1].isspace():  # (the sentence before may end a paragraph)
            opening -= 1
        lo = _sentence_opening(text, opening - 1) if opening > 0 else 0
        last = max(((a, b) for a, b in spans if a < before), default=None)
        if last is None or last[1] <= lo:  # (its end: "Coun. Ross Eadie" holds a stop of its own)
            return named
        name = known.get(last) or canonical_name(text[last[0]:last[1]], PERSON)
        return {name: named[name]} if name in named else named

    def _the_one_judge(self, text: str, before: int) -> Optional[Source]:
        """The judge whose decision 'the decision' or 'the ruling' is: the one person the story named with the
        title Justice or Judge before it, already a source ("Superior Court Justice Maria Roy found C ... According
        to the decision, C"). None where the story names two judges, or a court by its own name (the Court of
        Appeal's ruling is the court's, a bench of several)."""
        if not any(w in text[:before] for w in ("Justice ", "Judge ")) \
                or any("court" in kinds for a, b, kinds in _bodies_named(text) if b <= before):
            return None
        tails = {m.group(1).split()[-1] for m in _JUDGE_NAMED.finditer(text, 0, before)}
        judges = {s.id: s for s in self.sources if s.type == PERSON and len(s.name.split()) >= 2
                  and s.name.split()[-1] in tails}
        return next(iter(judges.values())) if len(tails) == 1 and len(judges) == 1 else None

    def _occupation_named_with_person(self, head: str, qualified: bool = False) -> bool:
        """'Defence lawyer Michael Grant argued ... the lawyer said': an occupation the story put before or after a
        person's name (the lexicon's unnamed-source words: lawyer, spokesperson, analyst, economist) is that person
        when the description comes back to it, as a title does. Not a word that names anyone rather than an
        occupation ('the official', 'the source', 'the man', 'the resident'), not a plural, and not where the story
        also quotes an unnamed one ('a lawyer for the family said ... the lawyer'): then it is that one."""
        if source_words().get(head) not in ("anonymous", "role") or head.endswith("s") \
                or head in _ANYONE_HEADS and not (qualified and head in _QUALIFIED_ANYONE_HEADS):
            return False  # ("Graduate student Ana Roy ... The master's student said": a student qualified is hers)
        return not any(s.type == ANONYMOUS and head in map(_bare, s.name.split()) for s in self.sources)

    def _untitled_person_in_the_way(self, text: str, name: str, title: str, before: int, elsewhere: set[str]) -> bool:
        """Another person opens or speaks in the description's sentence or the one before (or its paragraph), after
        the titled person was last mentioned, and the story gives them the same title, or none and no description:
        'the senator' may be them ("Sen. Bernie Sanders ... Rubio sought to stoke positive energy ... the senator
        said" is Rubio, whom US copy often leaves untitled). A person the story describes otherwise ("lawyer Sarah
        Chen", "Brenda Nguyen, a privacy lawyer,") holds some other post."""
        opening = _sentence_opening(text, before)
        lo = _sentence_opening(text, opening - 1) if opening > 0 else 0
        lo = min(lo, max(text.rfind("\n", 0, before), 0))  # the paragraph too: a quoted "Marco!" is no sentence
        spans = [(m.start, m.end) for x in self.sources if x.type == PERSON for m in x.mentions
                 if lo <= m.start < before and m.text[:1].isupper() and m.text.lower() not in PRONOUN_SEX]
        spans += [(a, b) for a, b in self._people if lo <= a < before and a in self._subject_starts]
        surname = name.split()[-1]
        match = self._match_name(name, PERSON)
        last = max([m.start for m in match[0].mentions if m.start < before] if match else [], default=-1)
        last = max(last, _last_whole_word(text, surname, before))
        for a, b in spans:
            if a < last:
                continue  # the titled person was named since: still the one in view
            other = canonical_name(text[a:b], PERSON)
            if not other or other.split()[-1] in elsewhere | {surname} or not is_capitalised(other):
                continue
            titles = _titles_written_with(text, other.split()[-1])
            if title in titles or not titles:
                return True
        return False

    def _named_person_with_surname(self, text: str, name: str, before: int, phrase: str = "") -> Optional[str]:
        """The full name of a person named before whose surname this is, else the one full name the
        story writes anywhere with it, unless the mention says another sex ("Mr. Obama": not Michelle). A surname
        of two words whose first is no first name ("Paul St-Pierre Plamondon ... St-Pierre Plamondon said",
        "Andrés Manuel López Obrador ... López Obrador said": French and Spanish double surnames) is the person
        named before with it at the end of a longer name."""
        parts = name.split()
        if len(parts) == 2 and _bare(parts[0]) not in first_names() and is_capitalised(parts[0]) \
                and source_words().get(_bare(parts[0])) is None and not _HONORIFIC_NAME.match(name):
            for a, b in [*reversed(self._people), *reversed(self._full_names)]:
                full = canonical_name(text[a:b], PERSON)
                if a < before and len(full.split()) > 2 and full.split()[-2:] == parts \
                        and _bare(full.split()[0]) in first_names() and not _names_several(full):
                    return full
            return None
        if len(parts) != 1:
            return None
        sex = sex_of(phrase) if phrase else None
        found = None
        for a, b in [*reversed(self._people), *reversed(self._full_names)]:  # titled or first-named people first
            full = canonical_name(text[a:b], PERSON)
            if a < before and len(full.split()) >= 2 and full.split()[-1] == name and not _names_several(full):
                if not sex or sex_of(full) in (None, sex):
                    return full
                found = found or full  # of two people sharing the surname, the honorific's sex ("Mrs. Clinton")
        if found:
            return found
        full = self._written_names(text).get(name)
        return full if full and sex_of(phrase) in (None, sex_of(full)) else None

    def _first_named_with_surname(self, text: str, name: str, before: int, phrase: str) -> Optional[str]:
        """Obituaries and profiles name relatives who share the subject's surname ("Her daughter, Ruth Ellison,
        said ..."), and news style then keeps the bare surname ("Dr. Ellison") for the person named first, the
        story's subject, calling the others by full or first name. The full name of the first person named
        with this surname, as a subject or a source, when it is not of another sex than the mention; else None."""
        spans = [*self._people, *self._full_names]
        spans += [(m.start, m.end) for x in self.sources if x.type == PERSON for m in x.mentions[:1]]
        spans += self._possessive_names(text).get(name, ())  # "For families like Lise Cormier's, ..."
        for a, b in sorted(spans):
            if a >= before:
                break
            full = canonical_name(text[a:b], PERSON)
            if len(full.split()) >= 2 and full.split()[-1] == name and full.split()[0].lower() in first_names() \
                    and not _names_several(full):
                return full if sex_of(phrase) in (None, sex_of(full)) else None  # (not a headline's "Absent Trump")
        return None

    def _named_person_with_first_name(self, text: str, name: str, before: int) -> Optional[str]:
        """'Maria Lopez, 34, runs a bakery ... Maria said': a first name alone is the one person named before
        with it (features and profiles call people by first name); two such people, or a name that is also
        someone's surname, leave it unresolved. Only a known first name counts ("Time" is not Time Magazine)."""
        if name.lower() not in first_names():
            return None
        fulls = {canonical_name(text[a:b], PERSON) for a, b in [*self._people, *self._full_names] if a < before}
        fulls |= {s.name for s in self.sources if s.type == PERSON}
        fulls = {f for f in fulls if len(f.split()) >= 2}
        if any(f.split()[-1] == name for f in fulls):
            return None
        with_it = {f for f in fulls if f.split()[0] == name}
        return with_it.pop() if len(with_it) == 1 else None

    def _resolve_personal_pronoun(self, text: str, start: int, end: int, phrase: str, low: str,
                                  people_before: int, label: str = "pronoun") -> tuple[Source, str]:
        """The most recent person of the pronoun's sex, a speaker or a sentence subject (label: what the
        mention is, for the rule an editor reads: a pronoun or a description)."""
        sex = PRONOUN_SEX.get(low)  # None: "the 46-year-old" may be either
        candidates: list[tuple[int, Optional[Source], tuple[int, int]]] = []
        for s in self.sources:
            if s.type == PERSON and _names_several(s.name):
                continue  # "Sanders and Clinton said ... She added": one of them, never both
            if s.name.lower() in _FIRST_OR_SECOND_PERSON:
                continue  # an "I" or "we" left unresolved inside a quotation is the speaker talking, never a "she"
            if s.type == PERSON and _ends_in_no_person_word(s.name):
                continue  # "Trump supporters typically begin", "Axelrod's memoir": a misread name is no antecedent
            if s.type == PERSON or (s.type == ANONYMOUS and _one_person_of_sex(s.name) == sex):
                # "One mother, who asked not to be identified, said ... \u201c...,\u201d she said."
                before = [m.start for m in s.mentions if m.start < start
                          and not (m.start in self._via_starts and _outlet_host(m.text))]
                if before:
                    candidates.append((max(before), s, (0, 0)))
        for a, b in self._people:
            if a < people_before and not _names_several(text[a:b]) and not (text[b - 1] == "s" and self._team_at(text, a, b)) \
                    and (a not in self._closing_names or _SENTENCE_END.search(text, self._closing_names[a], start) is None):
                candidates.append((a, None, (a, b)))  # (a name closing a sentence: for the next sentence only)
        candidates.sort(key=lambda c: c[0], reverse=True)
        fitting = self._fitting(text, candidates, sex)
        if fitting:
            _pos, s, span = self._speaker_of_that_sentence(text, fitting, start if label == "description" else -1,
                                                           pronoun_at=start)
            if s is None:
                s, how = self._named_person_source(text, span)  # the named subject becomes a source
                return self._pronoun_mention(s, start, end, phrase, low, sex, "most-recent-person-named", label)
            return self._pronoun_mention(s, start, end, phrase, low, sex, "most-recent-person", label)
        # every candidate seems the other sex: unresolved. Taking the most recent person anyway (first names
        # mislead: "Lindsey Graham") was right in 2 of 8 cases over PolNeAR train and PTC half A, and in 0 of 3
        # where only one person was named ("She" -> Leon Draisaitl, "He" -> Angela Merkel).
        return self._new(_strip_det(phrase) if label == "description" else phrase, phrase, PERSON, start, end,
                         f"{label}:{low}:unresolved")

    def _team_at(self, text: str, a: int, b: int) -> bool:
        """_team_name for a span of _people, asked once (every he/she asks about every person named before it)."""
        found = self._teams.get((a, b))
        if found is None:
            found = self._teams[(a, b)] = _team_name(text, a, b) is not None
        return found

    def _named_person_source(self, text: str, span: tuple[int, int]) -> tuple[Source, str]:
        """The source of a person noted as a subject, for a he/she: as resolve finds it, unless that is a body whose
        name holds the surname ("Team Trump sees the convention as ... Trump called the assault ... He offered":
        not the campaign, a he is a person); then the person, by the full name the story writes for the surname."""
        s, how = self.resolve(text, *span)
        named = canonical_name(text[span[0]:span[1]], PERSON)
        if s.type != ORGANIZATION or len(named.split()) >= len(s.name.split()):
            return s, how  # (an unnamed person stays one: "A 29-year-old Berlin woman"; a body named whole stays it)
        s.mentions.pop()  # (the mention resolve just added to the body)
        full = self._written_names(text).get(named) or named
        found = self._match_name(full, PERSON)
        if found and found[0].type == PERSON:
            return self._add_mention(found[0], span[0], span[1], text[span[0]:span[1]], found[1])
        return self._new(full, text[span[0]:span[1]], PERSON, span[0], span[1], "subject:person-not-body")

    def _fitting(self, text: str, candidates: list, sex: Optional[str]) -> list:
        """The candidates of the pronoun's sex, most recent first: the first, then only those of its sentence
        (all that _speaker_of_that_sentence weighs), so a long story is not tested name by name."""
        fitting: list = []
        opening = 0
        for c in candidates:
            if fitting and c[0] < opening:
                break
            if self._may_be(text, c[1], c[2], sex):
                if not fitting:
                    opening = _sentence_opening(text, c[0])
                fitting.append(c)
        return fitting

    def _may_be(self, text: str, s: Optional[Source], span: tuple[int, int], sex: Optional[str]) -> bool:
        """A candidate for a pronoun of this sex: none known, or the same."""
        if not sex:
            return True
        if s is None and span[0] in self._described_as:  # "The governor's plan ...": only a person of known sex
            held = self._by_id(self._described_as[span[0]])
            return (self._sex.get(held.id) or sex_of(held.name)) == sex
        if s is None:
            phrase_here = text[span[0]:span[1]]
            match = self._match_name(canonical_name(phrase_here, PERSON), PERSON)
            known = (self._sex.get(match[0].id) if match else None) or sex_of(phrase_here) \
                or sex_of(self._written_names(text).get(phrase_here.strip()) or "") \
                or _one_person_of_sex(phrase_here)  # "Trump": "Donald Trump"; "A 29-year-old woman"
            return known in (None, sex) or _first_name_misleads(text, phrase_here.strip(), known, sex)
        known = self._sex.get(s.id)
        if known in (None, sex):
            return True
        if _first_name_misleads(text, s.name, known, sex):
            self._sex[s.id] = sex  # the story has told us
            return True
        return False

    def _speaker_of_that_sentence(self, text: str, fitting: list, description_at: int = -1,
                                  pronoun_at: int = -1) -> tuple:
        """The most recent candidate, unless it was only named inside a sentence whose speaker or subject
        is another candidate: "Trump said praise from Vladimir Putin would not matter. He said ..." is
        Trump, "Ham voiced misgivings about the forces under President Barack Obama. “...,” he told
        the host" is Ham (the subject is the likelier antecedent than a person named in passing)."""
        first = fitting[0]
        if first[1] is not None:
            return self._speaker_reporting_the_candidate(text, fitting, pronoun_at) \
                or self._answerer_not_asker(text, fitting) or first
        if first[0] in self._subject_starts:
            return first
        opening = _sentence_opening(text, first[0])
        if description_at >= 0 and _sentence_opening(text, description_at) == opening:
            return first  # "Trump took on Clinton after the Democratic front-runner said": not the subject
        same = [c for c in fitting[1:] if c[0] >= opening]
        for cand in same:
            if cand[1] is not None and any(opening <= m.start < first[0] for m in cand[1].mentions):
                return cand
        for cand in same:
            if cand[1] is None and cand[0] in self._subject_starts:
                return cand
        return first

    def _speaker_reporting_the_candidate(self, text: str, fitting: list, pronoun_at: int) -> Optional[tuple]:
        """'James Melendres said on MSNBC that ..., whereas Petraeus acknowledged that he knew ... He also said':
        the most recent candidate is named inside what the sentence's opening subject said (after its speech verb
        and 'that'), so the next he/she is the speaker, not the person spoken about. None otherwise."""
        first = fitting[0]
        opening = _sentence_opening(text, first[0])
        if pronoun_at >= 0 and _sentence_opening(text, pronoun_at) == opening:
            return None  # ("Smith said that Jones knew he ...": inside the report, the person reported on)
        for cand in fitting[1:]:
            if cand[0] < opening:
                break
            if text[opening:cand[0]].strip() or cand[1] is None:
                continue  # only a source opening the sentence as its subject
            mention = next((m for m in cand[1].mentions if m.start == cand[0]), None)
            if mention and _REPORTED_THAT.match(text, mention.end, first[0]):
                return cand
        return None

    def _answerer_not_asker(self, text: str, fitting: list) -> Optional[tuple]:
        """'Ryan also did not exude confidence when Tapper asked whether Republicans would hold the House. "...,"
        he said': the most recent candidate is the one who asked a question inside a sentence whose subject is
        another candidate, who is then the one answering, so the next he/she. None otherwise."""
        first = fitting[0]
        mention = next((m for m in first[1].mentions if m.start == first[0]), None)
        if mention is None or not text.startswith(" asked ", mention.end):
            return None
        opening = _sentence_opening(text, first[0])
        for cand in fitting[1:]:
            if cand[0] < opening:
                break
            if cand[0] in self._subject_starts or (cand[1] is not None and not text[opening:cand[0]].strip()):
                return cand
        return None

    def _pronoun_mention(self, s: Source, start, end, phrase, low, sex, how, label="pronoun") -> tuple[Source, str]:
        if sex:
            self._sex.setdefault(s.id, sex)  # the story has now told us
        if label == "description" and _strip_det(phrase) not in s.aliases:
            s.aliases.append(_strip_det(phrase))
        return self._add_mention(s, start, end, phrase, f"{label}:{low}->{how}")

    def _named_or_new(self, name: str, kind: str, start: int, end: int, phrase: str, rule: str,
                      made_as: Optional[str] = None) -> tuple[Source, str]:
        """The source of that type already named so, with this mention added; else a new source of that name (of
        type made_as when given): what a rule does once it has settled who a phrase names."""
        same = next((x for x in self.sources if x.type == kind and x.name == name), None)
        if same is not None:
            return self._add_mention(same, start, end, phrase, rule)
        return self._new(name, phrase, made_as or kind, start, end, rule)

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
        if s.type == PERSON and s.id not in self._sex and phrase.lower() not in PRONOUN_SEX:
            known = sex_of(phrase)
            if known:
                self._sex[s.id] = known
        if s.id in self._recent:
            self._recent.remove(s.id)
        self._recent.append(s.id)
        return s, rule


# Words before a title that make it another office than the one the bare description names: "Deputy Premier",
# "former prime minister", "Vice President" (written apart), "Associate Minister".
_OTHER_OFFICE = set(source_lists()["other-office"])


# Days, months (also abbreviated) and holidays, lower case: capitalised words that are no first name or body.
_CALENDAR_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                             "february", "march", "april", "may", "june", "july", "august", "september", "october",
                             "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep",
                             "oct", "nov", "dec", "christmas", "easter"})
_CUE_AFTER_NAME = re.compile(r",?\s+(?:said|says|told|added|asked|wrote)\b")


# What follows a speaker opening a sentence up to a person it reports on: a speech verb, then 'that' ("said on
# MSNBC that for one, ... whereas Petraeus"), no sentence stop between.
_REPORTED_THAT = re.compile(r",?\s+(?:also\s+)?(?:said|says|told|argued|argues|noted|notes|wrote|writes|added|adds|"
                            r"explained|contended|insisted|claimed)\b[^.!?\u201c\u201d\"]{0,60}?\bthat\b[^.!?\u201c\u201d\"]*$")
_AGE_AFTER_NAME = re.compile(r",\s+\d{1,3},")


# ", a small-business owner.", ", an engineer,": a short indefinite description set off after a name, to its head.
_PERSON_SET_OFF = re.compile(r",[ ]+an?[ ]+(?:[a-z][\w-]*[ ]){0,3}([a-z][\w-]*)[,.]")


# a possessive and a lowercase noun (a role or a position, up to three words), then a comma: "Homan's third, ",
# "Hughes's lawyer, ", "her longtime coach, ", right before a name set off by commas
_POSSESSIVE_ROLE_BEFORE = re.compile(r"(?:\w['\u2019]s?|\b(?:his|her|their|its|our))\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s$")


def _introduced_as_a_person(text: str, start: int, end: int) -> bool:
    """Two capitalised words whose first is no first name the lists know ("Ilya Mikheyev", "Wab Kinew", "Navdeep
    Gill") are still a person's full name where news copy introduces one: after a person's description or title
    ("winger Ilya Mikheyev", "Premier Wab Kinew", "lawyer Navdeep Gill"), right before a speech verb ("Tenzin
    Dolma said") or before an age ("Jaskaran Gill, 29,"); a later bare surname is then that person."""
    first = text[start:end].split()[0].lower()
    if first in _CALENDAR_WORDS or source_words().get(first):
        return False  # "On Wednesday Comey said", "Premier Kinew"
    before = text[max(0, start - 3):start].rstrip()
    if _CUE_AFTER_NAME.match(text, end, end + 12) and (not before or before[-1] in ".,\u201d\"\n"):
        return True  # opening its clause: "Tenzin Dolma said", '"C," Tenzin Dolma said'
    if _AGE_AFTER_NAME.match(text, end):
        return True  # "Jaskaran Gill, 29, showed": an age set off after a name is news copy's mark of a person
    described = _PERSON_SET_OFF.match(text, end) if text.startswith(", a", end) else None
    head = _bare(described.group(1)) if described else ""
    if head and (source_words().get(head) in ("role", "anonymous", "title", "epithet")
                 or head.endswith(_AGENT_ENDINGS) or head in _SEXED_NOUNS):
        return True  # "lost her seat to Jordan Clarke, a small-business owner,": a description of a person set off
    if text.startswith(",", end) and text[start - 2:start] == ", " \
            and _POSSESSIVE_ROLE_BEFORE.search(text, max(0, start - 50), start):
        return True  # "Homan's third, Tracy Fleury, shot": a role after a possessive, the name set off after it
    prev = text[max(0, start - 30):start].split()
    if not prev:
        return False
    word = _bare(prev[-1])
    kind = source_words().get(title_abbreviations().get(word, word))
    if kind == "title":
        return True
    return prev[-1][:1].islower() and (kind in ("role", "anonymous", "epithet") or word.endswith(_AGENT_ENDINGS)
                                       or word in _SEXED_NOUNS)


@lru_cache(maxsize=256)  # a pure function of the story and the surname
def _titles_written_with(text: str, surname: str) -> frozenset[str]:
    """The titles the story writes with a person's name, before it ("Sen. Marco Rubio": senator) or in
    apposition after it ("Rubio, a first-term senator,"), and "described" for a description that is no title
    ("lawyer Sarah Chen", "MSNBC's Rachel Maddow", "Brenda Nguyen, a privacy lawyer,"); empty when the story
    names them bare."""
    found: set[str] = set()
    for lead, capitalised, appositive in _written_with(text, surname):
        for w in words(lead + " " + capitalised + " " + (appositive or "")):
            word = title_abbreviations().get(_bare(w), _bare(w))
            if source_words().get(word) in ("title", "role", "epithet"):
                found.add(word)
        if appositive or lead.endswith(("'s", "\u2019s")) or (
                capitalised and lead[:1].islower() and lead.endswith(_AGENT_ENDINGS + ("ian", "ist"))):
            found.add("described")  # (an agent noun before a full name: "lawyer Sarah Chen", "economist Jane Roe")
    return frozenset(found)


_WRITTEN_BEFORE = re.compile(r"(?:([\w'\u2019-]+\.?)[ ]+)?((?:[A-Z][\w'\u2019-]*\.?[ ]+){0,3})\Z")
_APPOSITIVE_AFTER = re.compile(r",[ ]+((?:a|an|the)[ ]+[^,.;:\n]{1,60})")
_WORD_BOUNDARY = re.compile(r"\b")


def _written_with(text: str, surname: str):
    """(word before, capitalised words before, appositive after) for each place the story writes the surname as a
    word, in text order and not overlapping: "Sen. Marco Rubio, a first-term senator," gives ("Sen.", "Marco ",
    "a first-term senator"). Read from the surname's occurrences with fixed patterns: a pattern built per
    surname and run from every position of the story cost a twentieth of the analysis time."""
    last_end, n, i = 0, len(surname), text.find(surname)
    while i >= 0:
        if _WORD_BOUNDARY.match(text, i + n):
            before = _WRITTEN_BEFORE.search(text, max(last_end, i - 200), i)
            after = _APPOSITIVE_AFTER.match(text, i + n)
            yield before.group(1) or "", before.group(2) or "", after.group(1) if after else None
            last_end = after.end() if after else i + n
        i = text.find(surname, max(i + 1, last_end))


_PARTY_STATE = re.compile(r"\s*[,(]\s*(?:R|D|I)-([A-Z][A-Za-z.]*)")  # ", R-Iowa", " (D-Md.)" after a name


def _headline_name_ends_at_surname(text: str, name: str) -> bool:
    """On a title-case headline a name runs into the capitalised verb after it ("Gingrich Takes Talk Of ...");
    the name is its first word when the story below writes that word after a first name ("Newt Gingrich") and
    never writes the two words together, the first word is no possessive ("Trump's Son Says") and the second no
    person noun ("Clinton Pollster Says")."""
    first, second = name.split()[:2]
    body = text.find("\n")
    if body < 0 or not is_title_case(text[:body].split()[:10]) or first.endswith(("'s", "\u2019s")) \
            or source_words().get(_bare(second)) or _bare(second) in _SEXED_NOUNS or _bare(second).endswith(_AGENT_ENDINGS):
        return False
    if re.compile(re.escape(first) + r"\s+" + re.escape(second) + r"\b").search(text, body):
        return False  # "Joe Scarborough" written below too: a full name
    return re.compile(r"[A-Z][\w'\u2019-]+ " + re.escape(first) + r"\b(?! [A-Z])").search(text, body) is not None


# The opening of a story where a lede's delayed identification sits: headline, byline, dateline and the first
# sentence of the story fit in it.
_LEDE_CHARS = 600


def _title_holder_named_below(text: str, phrase: str, lede_at: Optional[int] = None) -> Optional[str]:
    """A headline names a person by title ("Alberta premier vows to fight emissions cap", "Toronto mayor says"),
    and the story below gives the title with the name ("Alberta Premier Danielle Smith"): the full name of the one
    person the story names with that title and the headline's other words ("Alberta"), else None.
    lede_at: the offset of an indefinite description in the lede ("A federal judge on Tuesday ordered ..."), the
    delayed identification of news ledes, named in a later paragraph ("U.S. District Judge Margaret Ellison
    wrote"): the names are looked for after it, and only its capitalised words must be written with the name (a
    lede's "federal" or "veteran" is the writer's gloss, not part of the title)."""
    ws = [_bare(w) for w in phrase.split()]
    if not ws or len(ws) > 4 or source_words().get(ws[-1]) != "title" \
            or ws[0] in DETERMINERS - ({"the"} if lede_at is None else {"a", "an"}):
        return None
    title, extras = ws[-1], {w for w in ws[:-1] if w not in DETERMINERS}
    if lede_at is not None:
        extras = {_bare(w) for w in phrase.split()[1:-1] if is_capitalised(w)}
    forms = {title} | {a for a, full in title_abbreviations().items() if full == title}
    named: dict[str, set[str]] = {}
    pos = text.find("\n") if lede_at is None else lede_at
    low = text.lower()
    last_title = max(low.rfind(form, max(pos, 0)) for form in forms)
    if last_title < 0:
        return None  # the title is written nowhere below the headline (the search for titled names is slow)
    while pos <= last_title and (m := _TITLED_NAME.search(text, pos)) is not None:  # (no title after its last writing)
        pos = m.end()
        if _bare(m.group(2)) not in forms:  # "-- Bank of Canada Governor Tiff Macklem" matched from its dash takes
            pos = text.find(" ", m.start(), m.end()) + 1 or m.end()  # "Canada" for the title: go on a word later
            continue
        before = [title_abbreviations().get(_bare(w), _bare(w)) for w in m.group(1).split()]
        if _another_office(before, extras):
            continue
        before.append(acronym(m.group(1)).lower())  # "DNC chair": "Democratic National Committee Chair"
        name = canonical_name(m.group(2) + " " + m.group(3), PERSON)
        if len(name.split()) >= 2 and classify(m.group(2) + " " + m.group(3)) == PERSON:
            named.setdefault(name, set()).update(before)
    fitting = {n: b for n, b in named.items() if extras <= b}  # "Austrian bishop" is no German bishop named below
    if not fitting and re.search(r"['\u2019]s\b", phrase) and all(names_a_place(w) for w in extras):
        # "Nunavut's premier says ..." over "Premier P.J. Akeeagok told reporters": the place's own holder, whom the
        # story names by the title alone (not one named with another place: "B.C. Premier David Eby")
        fitting = {n: b for n, b in named.items() if not any(names_a_place(w) for w in b)}
    return next(iter(fitting)) if len(fitting) == 1 else None


# A title before a name, with up to three words before it: "Alberta Premier Danielle Smith", "Sen. Ted Cruz".
_TITLED_NAME = re.compile(r"((?:[\w.'\u2019-]+[ ]){0,3})([A-Za-z]+)\.?[ ]+([A-Z][\w'\u2019-]+(?:[ ][A-Z][\w'\u2019-]+){1,2}"
                          r"|" + GIVEN_INITIALS + r"[ ][A-Z][\w'\u2019-]+)")  # also "Premier P.J. Akeeagok"


# A description set off by commas right after a name: ", the city's fire chief," / ", a Liberal MP from Laval,".
_APPOSITION = re.compile(r",[ ]+(?:the|a|an|(?:[A-Z][\w.-]*[ ]){0,2}[A-Z][\w.'\u2019-]*['\u2019]s)[ ]+([^,.;:\n\u201c\"]{1,50}?)"
                         r"(?:[ ]+(?:of|for|at|with|in|from)[ ][^,.;:\n]{1,50})?,")


# The same description closing the sentence, as after an inverted cue: '"We saw embers," said Marisol Okafor, a fire
# information officer with the BC Wildfire Service.' names her 'the fire information officer' as a comma would.
_APPOSITION_ENDING_SENTENCE = re.compile(
    r",[ ]+(?:the|a|an|(?:[A-Z][\w.-]*[ ]){0,2}[A-Z][\w.'\u2019-]*['\u2019]s)[ ]+([^,.;:\n\u201c\"]{1,50}?)"
    r"(?:[ ]+(?:of|for|at|with|in|from)[ ][^,;:\n\u201c\"]{1,50}?)?\.(?=\s|$)")


def _apposition_head(text: str, end: int) -> list[str]:
    """'Jason Brolund, the city's fire chief, said': the words of the description set off after a name up to its
    head ('city's fire chief'), so that a later 'the chief' is that person, as a title before the name would be;
    the words after the head ('the association's chief executive') make no title of 'chief'."""
    if not text.startswith(",", end):
        return []
    m = _APPOSITION.match(text, end) or _APPOSITION_ENDING_SENTENCE.match(text, end)
    if m:  # (up to a relative clause on the head: ", an emergency physician who has worked there for 14 years,")
        ws = words(m.group(1))
        return _up_to_first(ws, ("who", "whose", "which", "that"))
    m = _BARE_APPOSITION.match(text, end)  # "Karen Brown, president of CUPE Local 4400, said": no article before
    if m and source_words().get(m.group(2)) in ("title", "role"):
        return m.group(1).split() + [m.group(2)]  # the title (not ", 47," or ", who lives in Brandon,"), with its
        # words ("Kim Dorsch, general manager of the mine." is 'the general manager')
    m = _BODY_TITLE_APPOSITION.match(text, end)  # "Sharon Roy, PSAC national president, said": the body's name first
    if m and source_words().get(m.group(2)) == "title":
        return m.group(1).split() + [m.group(2)]
    return []


# A description set off after a name, up to its closing comma or full stop (not a relative clause).
_SET_OFF_DESCRIPTION = re.compile(r",[ ]+(?!who\b|which\b|whose\b)([^,;:\n\u201c\"]{1,120}?)(?:,|\.(?=\s|$))")


def _set_off_in_economics(text: str, end: int) -> bool:
    """'Rebekah Young, vice-president and head of resilience economics at Scotiabank, said' / 'Ana Roy, a
    professor of economics at McGill,': a post in economics set off after the name makes the person 'the
    economist' a later sentence quotes, as 'an economist at Scotiabank' would."""
    if not text.startswith(",", end):
        return False
    m = _SET_OFF_DESCRIPTION.match(text, end)
    return bool(m) and "economics" in m.group(1).split()


def _words_after_head(text: str, end: int) -> set[str]:
    """'Chantal Roy, the owner of a bakery on Main Street,': the words of the phrase after the head of the description
    set off after a name ('of a bakery on Main Street'), which a later description may put before the head ('the
    bakery owner')."""
    m = _APPOSITION.match(text, end)
    return {_bare(w) for w in words(text[m.end(1):m.end()])} if m else set()


# A statement the story says a source gave ('said in a statement', 'said in an emailed statement', 'wrote in a news
# release'), which 'the statement said' later comes back to (Registry._author_of_statement).
_STATEMENT_HEADS = frozenset(source_lists()["statement-head"])
_GIVEN_IN_A_STATEMENT = re.compile(r"\bin (?:a|an|its|his|her|their|the) (?:[a-z-]+ ){0,2}?(statement|release|email|e-mail)\b")


def _modifier_adds_to_bare_head(description: str, apposition: list[str], unmatched: set[str]) -> bool:
    """'The family's lawyer, Maya Sokolov, said ... The immigration lawyer said': the story set off the head alone
    after a name (or after a possessive: 'the family's lawyer'), and the later description only adds lower-case
    words of its trade to it ('immigration'), naming no place: the same person. A head the story qualified itself
    ('Jane Roy, a Crown lawyer,') is not 'the defence lawyer', and 'the Florida senator' is no other state's."""
    if not apposition or len(apposition) > 1 and not re.search(r"['\u2019]s$", apposition[-2]):
        return False
    own = description.split()[1:-1]
    return bool(own) and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in own) \
        and not any(names_a_place(w) for w in unmatched)


# "the decision", "the ruling": a court's decision, which a story about one judge's case takes up after naming her
_COURT_DECISIONS = frozenset(source_lists()["court-decision"])
# the name after the title Justice or Judge ("Superior Court Justice Maria Linhares de Sousa"; not "Justice Minister
# Arif Virani", a politician)
_JUDGE_NAMED = re.compile(r"\b(?:Justice|Judge)\s+(?!(?:Minister|Ministry|Department|Canada|Committee|Secretary|Critic|"
                          r"Advocate|Policy|Reform)\b)((?:[A-Z]\.\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|de|da|dos|"
                          r"van|von|la|le|du)(?=\s+[A-Z]|[\s,.;:]))*)")


def _name_set_off_after_a_position(text: str, description: str, before: int) -> Optional[str]:
    """"Homan's third, Tracy Fleury, shot 94 per cent ... the third said": a word the lexicon does not know as a
    title or role (a position in a sport, a post) is still that person's where the story set it after a possessive
    and before a full name set off by commas; the name, when every such use before names the same person (a
    plural or a two-word description never)."""
    ws = description.split()
    head = ws[-1] if len(ws) == 2 and ws[0].lower() == "the" else ""
    if not head.isalpha() or not head.islower() or head.endswith("s") or len(head) < 3 or source_words().get(head):
        return None
    names = {" ".join(m.group(1).split()) for m in re.finditer(
        r"\w['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}" + head + r",\s+([A-Z][\w'\u2019-]+(?:\s+(?:[A-Z][\w'\u2019-]+|de|da|"
        r"dos|van|von|la|le|du)){1,3}),", text[:before])}
    return names.pop() if len(names) == 1 else None


def _description_set_before(text: str, start: int) -> list[str]:
    """'The board's chair, Rachel Lin, said' / 'Ontario's chief medical officer of health, Dr. Kieran Moore, said':
    a description opening the sentence and set off before the name, up to its head ('board's chair', "Ontario's
    chief medical officer"), so that a later 'the chair' is that person, as a description after the name is."""
    if not text.startswith(",", start - 2) and not text.startswith(", ", start - 2):
        return []
    m = _DESCRIPTION_BEFORE.search(text, max(0, start - 90), start)
    if not m:
        return []
    ws = words(m.group(1))
    return _up_to_first(ws, ("of", "for", "at", "with", "in"))


def _up_to_first(ws: list[str], stops: tuple[str, ...]) -> list[str]:
    """A description's words up to its head: before the first of these words after the first word (a relative
    clause, a prepositional phrase), else all of them."""
    return next((ws[:i] for i, w in enumerate(ws) if w in stops and i), ws)


# A description opening a sentence, set off before a name: "The board's chair, " / "Ontario's chief medical officer
# of health, " (a possessive or 'the', lower-case words to the comma), or a formal title capitalised as Canadian copy
# writes it: "Saskatchewan's Minister of Labour Relations and Workplace Safety, ".
_DESCRIPTION_BEFORE = re.compile(r"(?:^|(?<=[.!?\n\u201d\"])\s*)((?:[Tt]he\s+(?:[\w-]+['\u2019]s\s+)?|[A-Z][\w.-]*['\u2019]s\s+"
                                 r"|(?:Its|His|Her|Their)\s+)"
                                 r"(?:[a-z][a-z -]{0,60}|[A-Z][a-z]+(?:[ ](?:[A-Z][\w-]*|of|and|for|on|the)){0,8})),\s*$")


# A near kin word on a surname's possessive, set off before a first name: "Kowalchuk's brother, " (group 1 the surname,
# group 2 the kin word). A spouse ("Einarson's husband, Brent") may have another surname (_kin_by_first_name).
_KIN_BEFORE_FIRST_NAME = re.compile(r"\b([A-Z][\w\u2019'-]*[a-z])['\u2019]s (brother|sister|son|daughter|"
                                    r"father|mother|husband|wife|partner|spouse|fianc\u00e9e?), $")


# A bare title set off after a name, with the body it heads: ", president of the union," / ", chair of the board,";
# also closing the sentence and with up to two words before the head: ', said Kim Dorsch, general manager of the
# Esterhazy operations.' (group 1 those words, group 2 the head).
_BARE_APPOSITION = re.compile(r",[ ]+((?:[a-z]+[ ]){0,2})([a-z]+)[ ]+(?:of|for|at|with)[ ][^,.;:\n]{1,50}(?:,|\.(?=\s|$))")
# A title set off after a name with the body's name before it and no article: "Sharon Roy, PSAC national president,
# said", "Dan Kerr, CUPE Local 79 president,"; group 1 the body's name and any lower-case words, group 2 the title.
_BODY_TITLE_APPOSITION = re.compile(r",[ ]+((?:[A-Z][\w&.'\u2019-]*[ ]|\d+[ ]){1,4}(?:[a-z][a-z-]*[ ]){0,2})([a-z]+),")


def _another_office(before: list[str], extras: set[str]) -> bool:
    """The words before a title (the description's own words skipped: "Former Prime Minister" for "the prime
    minister") make it another office, unless the description says so too ("the former premier")."""
    j = len(before) - 1
    while j >= 0 and before[j] in extras:
        j -= 1
    return j >= 0 and before[j] in _OTHER_OFFICE and before[j] not in extras


def _names_several(name: str) -> bool:
    """'Bernie Sanders and Hillary Clinton', 'Smith & Jones': a source of several people named together, which
    news writing takes up again one by one ("Clinton fired back", "she added"), never as a whole."""
    if "and" not in name and "&" not in name:
        return False  # (most names: asked for every candidate of every pronoun)
    ws = name.split()
    return any(w in ("and", "&") for w in ws[1:-1])


def _contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


# A plural subject opening a sentence: "Liberals got mad", "These two young men said", "Many Democrats believe",
# "Donald Trump's supporters erupted", "Investors see" (a possessive may stand before the head; a present-tense
# verb a plural takes may follow it).
_PLURAL_SUBJECT = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Now),?\s+)?(?!(?:If|When|While|Although|Though|Because|As|Once|"
                             r"Unless|Until|After|Before|Since|Whether|Then|Where|What|How|Why|Who|That|This|There|It|We|I|"
                             r"You|They|He|She|In|On|At|For|With|By|From)\b)((?:(?:The|These|Those|Many|Some|Most|Both|All|Other|"
                             r"Several|Two|Three|Four|Five|Top|Senior)\s+)?(?:[A-Za-z-]+(?:['\u2019]s)?\s+){0,2}?([A-Za-z-]{3,}))"
                             r"(?:\s+(?:still|already|never|now|often|all|both|just))?\s+(?:are|were|have|had|do|did|can|could|will|would|may|might|should|must|also|say|said|"
                             r"believe|believed|think|thought|want|wanted|argue|argued|refuse|refused|got|told|came|"
                             r"know|knew|fear|feared|worry|worried|hope|hoped|insist|insisted|agree|agreed|"
                             r"met|made|took|gave|went|held|won|lost|spent|led|began|wrote|sent|sought|kept|"
                             r"sat|stood|ran|paid|left|see|saw|expect|blame|support|oppose|favor|favour|prefer|feel|felt|plan|"
                             r"remain|seem|tend|need|face|claim|note|warn|complain|contend|found|became|make|[a-z]{3,}ed)\b")
# The words after a dummy 'it' that only holds the place of a clause: "it is unclear whether", "it has been
# pointed out that", "it is believed that", "it seems that" (a passive or an adjective, then the clause).
_DUMMY_IT = re.compile(r"(?:(?:\s+(?:is|was)|['\u2019]s|\s+(?:has|had|have)(?:\s+(?:since|long|now|already|also))?\s+been|\s+(?:would|will|may|might|could|should|"
                       r"must)(?:\s+not)?\s+(?:be|have\s+been))(?:\s+not)?(?:\s+[a-z]+ly)?(?:\s+(?:[a-z]+ed|known|said|"
                       r"thought|understood|shown|seen|written)(?:\s+(?:out|up))?\s+(?:that|whether|if|how|why|what|when)"
                       r"|\s+(?:unclear|clear|likely|unlikely|possible|impossible|true|obvious|evident|apparent|doubtful|"
                       r"certain|uncertain|hard|difficult|important|worth|easy|necessary)\s+(?:that|whether|if|to|how|why|what|when))"
                       r"|\s+(?:seems|seemed|appears|appeared)\s+(?:that|as\s+if|as\s+though))\b")
# A short phrase fronted before the subject, set off by a comma: "In the meantime,", "On Monday,", "Meanwhile,".
_FRONTED_PHRASE = re.compile(r"\s*(?:In|On|At|After|Since|Meanwhile|Earlier|Later|Still|However|Instead|For|During|Over|"
                             r"Throughout|Within|By|Yes|Indeed|Today|Yesterday|Likewise|Similarly|Moreover|Nevertheless|"
                             r"Nonetheless|Besides)\b(?:[^,.;:\"\u201c]|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\bMrs)\.){0,40},\s+(?=[a-z])")
# A clause fronted before the main clause, opening with a subordinator, and the plural subject of that clause (group
# 1; its head, group 2), followed by a verb: "While these contributions complicate", "Although party leaders met".
_FRONTED_CLAUSE_PLURAL = re.compile(r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:While|Although|Though|Because|As|When|If|Once|"
                                    r"Unless|Until|Even\s+though|Even\s+if|Even\s+as)\s+((?:(?:the|these|those|many|"
                                    r"some|most|both|all|other|several)\s+)?(?:[A-Za-z-]+(?:['\u2019]s)?\s+){0,2}?"
                                    r"([A-Za-z-]{3,}s))\s+(?:still\s+|also\s+|now\s+)?(?:are|were|have|had|do|did|can|could|"
                                    r"will|would|may|might|say|said|[a-z]{3,}(?:ed|e|t|n|r|s)?)\b[^,.;:!?]*,\s")
def _fronted_clause_plural(text: str, start: int) -> Optional[re.Match]:
    """The clause fronted before a 'they' that opens the main clause of its sentence ("While these contributions
    complicate her message, they don't tell", "Although many residents were angry, they said"), when its subject
    is a plural: the subject of such a clause is what the 'they' right after it takes up, a group of people
    (then the source) or a plural of things (then no source named before is what 'they' means: left unresolved).
    None for a 'they said,' set off inside its content, for a capitalised head after other words (a name, not a
    plural), and for another plural that could be either."""
    opening = _sentence_opening(text, start)
    clause = _FRONTED_CLAUSE_PLURAL.match(text, opening, start)
    if not clause or clause.end() != start or _PARENTHETICAL_SAYING.match(text, start + 4) \
            or clause.group(2).endswith(_NOT_PLURAL_S):
        return None
    return clause


# A plural noun inside a sentence, with a quantifier or determiner before it (group 1): "some Democrats", "Hispanics",
# "police" (a plural without the s).
_PLURAL_WORD = re.compile(r"(?<![\w'\u2019-])((?:some|many|most|all|the|these|those|other|several|both)\s+)?([A-Za-z-]{3,}s|[Pp]olice)\b"
                          r"(?![-'\u2019])")
_THEY_WORD = re.compile(r"\b[Tt]hey\b")
# The subject a clause opens with, after an optional short phrase set off by a comma: a determiner or possessive and
# up to three words (group 1), the head among them.
_OPENING_NOUN_PHRASE = re.compile(r"\s*(?:[^,.;:!?]{0,60},\s+){0,2}(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+((?:[\w-]+\s+){0,2}[\w-]+)")


def _body_opening(clause: str) -> bool:
    """Whether a clause opens with a body or a document as its subject ('Recently, in France, a progressive paper
    conducted a survey', 'The committee asked ...', 'A new report found'): one word of its first noun phrase is a
    body's head, an outlet or a document of the lexicon, or 'paper'. A 'they' opening the next sentence may take the
    body up (news copy does say 'they' for a paper or a firm), so a group named inside it is no sure antecedent; in the
    pronoun's own sentence the group is nearer ("The council pushed Democrats to say they support": Democrats)."""
    m = _OPENING_NOUN_PHRASE.match(clause)
    if not m:
        return False
    lex, heads = source_words(), _body_heads()
    return any(w in heads or w == "paper" or lex.get(w) in ("outlet", "masthead", "document")
               for w in m.group(1).lower().split())


def _group_of_people(word: str) -> bool:
    """Whether a plural met inside a sentence surely names a group of people: a plural of _PEOPLE_PLURALS, one the
    lexicon gives as unnamed people ('aides', 'economists'), or a capitalised people of a party, nation or faith
    ('Democrats', 'Hispanics', 'Republicans'). The endings _names_people reads on a subject are too loose here
    ('numbers', 'towards', 'launchers', 'organs'); not the press a subject speaks to ('told reporters'), nor a
    word that names no group as such ('heads', 'groups', 'others', 'sources')."""
    low = word.lower()
    if low in _PRESS_PLURALS:
        return False
    return low in _PEOPLE_PLURALS or low in _GROUPS or source_words().get(low) in ("anonymous", "role", "vague") \
        and low not in _NO_GROUP \
        or word[:1].isupper() and word[1:].islower() and low.endswith(("ans", "ats", "ics"))


_PRESS_PLURALS = set(source_lists()["press-plural"])
_NO_GROUP = set(source_lists()["no-group"])
_GROUPS = set(source_lists()["group"])
# 'they said,' set off by commas inside its content ("While the rules are strict, they said, exemptions exist").
_PARENTHETICAL_SAYING = re.compile(r"\s*(?:also\s+)?(?:say|says|said|added|noted|argued|insisted|cautioned|warned),")
# The same fronted phrase before a capitalised word ("In our churches, Christians will search", "On Tuesday, Liberal
# backbenchers said"): only where the subject after it is then read as a plural naming people.
# Words after a fronted clause's comma that open no main clause's subject ("When the company, which ..., ")
_NOT_A_SUBJECT_OPENING = frozenset({"which", "who", "whom", "whose", "that", "where", "when", "while", "he", "she", "it",
                                    "they", "we", "i", "you", "and", "but", "or"})
_FRONTED_BEFORE_CAPITAL = re.compile(_FRONTED_PHRASE.pattern.replace("(?=[a-z])", "(?=[A-Z])"))
# People named one by one, joined by commas and 'and': "Tom Reyes, Ann Blake and Sam Ortiz", "Constable Amir
# Haddad and Constable Jill Moreau" (each a name of up to five words, titles included: "British Prime Minister
# Theresa May, French President Emmanuel Macron and German Chancellor Angela Merkel issued ... They said").
_LISTED_NAME = r"(?:[A-Z][a-z]{0,3}\.|[A-Z][\w'\u2019-]*)(?:\s+(?:[A-Z][a-z]{0,3}\.|[A-Z][\w'\u2019-]*)){0,4}"
_NAME_LIST = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Now),?\s+)?(" + _LISTED_NAME + r"(?:,\s+" + _LISTED_NAME
                        + r"){0,4},?\s+and\s+" + _LISTED_NAME + r")(?=\s+[a-z])")
# A clause fronted before the main clause whose subject is people named one by one (group 1): "As Johnson and Weld
# stumped across New England, ".
_FRONTED_CLAUSE_NAMES = re.compile(r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:While|Although|Though|Because|As|When|After|Once|"
                                   r"Even\s+though|Even\s+as)\s+(" + _LISTED_NAME + r"(?:,\s+" + _LISTED_NAME
                                   + r"){0,3},?\s+and\s+" + _LISTED_NAME + r")\s+[a-z][^,.;:!?\"\u201c]*,\s")
def _listed(names: str) -> list[str]:
    """The names of a list joined by commas and 'and' ("Tom Reyes, Ann Blake and Sam Ortiz")."""
    return re.split(r",\s+(?:and\s+)?|,?\s+and\s+", names)


# Two names joined by 'and', a subject of more than one: "Cruz and Trump", "Smith and Jones".
_NAMES_JOINED = re.compile(r"(?<![\w.'\u2019-])[A-Z][\w'\u2019-]+\s+and\s+[A-Z][\w'\u2019-]+")
# Two people a subject takes up as a pair: "The two", "The pair", "Both men", "The two candidates" (people only:
# not "The two sides", "Both parties").
_PAIR_SUBJECT = re.compile(r"(?:(?:[Tt]he|[Tt]hese)\s+(?:two|pair|duo)|[Bb]oth)(?:\s+(?:men|women|candidates|rivals|leaders|"
                           r"senators|lawmakers|politicians|nominees|officers|brothers|sisters|friends|players))?")
# Two people taken up by the office or trade they share: "The two ministers", "These two lawyers" (group 1: the head).
_TWO_OF_AN_OFFICE = re.compile(r"(?:[Tt]he|[Tt]hese)\s+two\s+(ministers|premiers|mayors|councillors|governors|judges|lawyers|"
                               r"coaches|executives|doctors|MPs|MPPs|MLAs)")
def _written_with_office(text: str, name: str, office: str, before: int) -> bool:
    """Whether the story, before text[before], writes the person's name with the office ("Finance Minister Chrystia
    Lalonde", "Chrystia Lalonde, the finance minister"): "The two ministers" are two people named so, not the
    minister and the opposition leader named beside her."""
    surname, office = name.split()[-1], office.lower()
    at = text.find(surname, 0, before)
    while at >= 0:
        lead = text[max(0, at - 45):at].rsplit(". ", 1)[-1]
        tail = text[at + len(surname):at + len(surname) + 30].split(". ", 1)[0]
        if office in lead.lower() or tail.startswith(",") and office in tail.lower():
            return True
        at = text.find(surname, at + 1, before)
    return False


_PAIR_SUBJECT_VERB = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Now),?\s+)?(" + _PAIR_SUBJECT.pattern + r")(?:\s+(?:still|already|never|now|often|later|also|again))?"
                                r"\s+(?:are|were|have|had|did|said|met|[a-z]{3,}ed|spoke|fought|sat|made|took|went|agreed|traded|argued)\b")
# A capitalised word a person's surname may be (a possessive's 's left off): "Sanders's viability".
_CAPITALISED_WORD = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z][\w-]*)")
# Heads that name people in the plural: "voters", "officials", "activists", "Republicans", "men".
_PEOPLE_PLURALS = set(source_lists()["people-plural"])  # (no ending tells these)
_PEOPLE_PLURAL_ENDINGS = ("ers", "ists", "ans", "ats", "ents", "ants", "ials", "ives", "ors", "ics", "ards", "ees",
                          "ites", "ens", "als", "ords", "ops", "ains")
# 'they' is none of these, and a group's unnamed source with such a head may be 'they' ("the family", "the crowd").
# Pronouns resolved only to a source the last sentences mentioned (Registry._mentioned_near).
_NEAR_ONLY = {"it", "its", "they"}
_NEAR_SENTENCES = 3  # the pronoun's sentence and the two before


_HEAD_ENDS = {"of", "in", "from", "on", "with", "at", "to", "for", "about", "within", "familiar", "who", "that",
              "briefed", "close", "involved", "interviewed", "surveyed", "polled", "inside", "outside", "across"}
_NOT_PLURAL_S = ("ss", "us", "is", "news", "series", "politics", "media")


def _head_word(name: str) -> str:
    """The head of an unnamed source's description, lower-cased: its last word before a prepositional phrase
    or a clause that follows it ("female donors in both parties" -> "donors", "odds" -> "odds")."""
    ws = [_bare(w) for w in words(name)]
    for i, w in enumerate(ws):
        if i and w in _HEAD_ENDS:
            ws = ws[:i]
            break
    return ws[-1] if ws else ""


def _not_what_pronoun_means(s: Source, pronoun: str) -> bool:
    """A source a pronoun of that number never takes up, however recent. 'It' is one body or one document:
    news writing says 'they' for a plural document or body described by a lower-case plural ("the results
    showed ... While it does describe", "the numbers ... It also doesn't" mean something else). 'They' takes up
    people or a body, never an unnamed source described by a plural of things a loose attribution left as a
    source ("the odds ... have shot up ... Would they prefer", "election returns suggest ... before they knew"):
    a description whose head is a number, a document word of the lexicon or one of _THING_PLURALS; nor a body
    described by a singular head that is no group of people ("the company agreed to pay ... so long as they do
    not threaten", "his campaign sought proposals ..., according to sources. They said": American news writing
    says 'it' for the company or the campaign). Such a pronoun is better left unresolved than given to a thing."""
    if not s.name or s.name.lower() in PRONOUN_TYPES \
            or any(w[:1].isupper() and not w.endswith(("'s", "\u2019s")) for w in words(s.name)):
        return False  # a name ("Brujas", "Islamic State", "Clintons") can be either; not a possessor ("Monday's")
    head = _head_word(s.name)
    if not head or not head.isalpha():
        return pronoun == "they" and s.type in (ANONYMOUS, VAGUE) and bool(head) and not head.isalpha()
    plural = head.endswith("s") and not head.endswith(_NOT_PLURAL_S)
    if pronoun in ("it", "its"):  # ("authors of the report" stands for the report)
        lex = source_words()
        return plural and s.type in (DOCUMENT, ORGANIZATION) \
            and not any(lex.get(w) in ("document", "organization") and not w.endswith("s") for w in map(_bare, words(s.name)))
    if pronoun == "they" and s.type in (ANONYMOUS, VAGUE):
        return head in _THING_PLURALS or source_words().get(head) == "document"
    if pronoun == "they" and s.type == ORGANIZATION:  # "the company agreed to pay ... so long as they do not"
        return not plural and head not in _COLLECTIVE_HEADS and head not in _BODIES_OF_PEOPLE
    return False


# Plurals of bodies that a 'they' takes up as the people in them ("Unions have been plotting ... they want"): only
# words that name bodies whatever the story ('funds', 'houses', 'services', 'offices' often name things).
_BODY_PLURALS = set(source_lists()["body-plural"])


# Heads of a description that name a place as often as a body (so not in _body_heads: "taken to the hospital"),
# but a body when they open a sentence and act: "The hospital cancelled dozens of surgeries. They said".
_ACTING_PLACE_HEADS = frozenset(source_lists()["acting-place"])
_BEING_DONE_TO = re.compile(r"\s+(?:is|was|were|are|has\s+been|had\s+been|will\s+be)\b|['\u2019]s\b")
_PLAIN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


# Singular words for people together that a 'they' may take up ("the couple was arguing. They told police")
_PEOPLE_TOGETHER = frozenset(source_lists()["people-together"])


# Singular heads of bodies news writing may take up with 'they' as the people in them ("the board ... they voted").
_BODIES_OF_PEOPLE = set(source_lists()["body-of-people"])


# Plurals of things a loose attribution may leave as an unnamed source ("the odds ... have shot up", "over the last
# couple of weeks said"): spans of time, chances, counts. A 'they' never means them as a speaker.
_THING_PLURALS = set(source_lists()["thing-plural"])


_QUANTIFIERS = {"many", "most", "both", "all", "other", "several", "few", "top", "senior"}
_NUMBER_WORD = re.compile(r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                          r"fifty|sixty|seventy|eighty|ninety|hundred)\b)", re.I)
_VERBS_IN_S = {"has", "was", "is", "does", "says", "goes", "gets", "seems", "looks", "makes"}
# A plural subject with a prepositional phrase after its head: "Party bosses in the riding met", "Residents of the
# valley have complained", "Groups such as the Sierra Club have pushed" (examples after 'like'/'such as'; group 2: the
# head).
_PLURAL_WITH_PHRASE = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Now),?\s+)?((?:(?:The|These|Those|Many|Some|Most|Both|All|"
                                 r"Other|Several|Two|Three|Four|Five|Top|Senior)\s+)?(?:[A-Za-z-]+\s+){0,2}?([A-Za-z-]{3,}s|[A-Za-z]*men|people|"
                                 r"children|police)\s+(?:of|in|from|at|for|with|on|across|inside|like|such\s+as|including)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)"
                                 r"\s+(?:are|were|have|had|did|will|would|met|say|said|told|sat|stood|came|went|took|made|gave|"
                                 r"held|won|lost|spent|led|began|wrote|sent|kept|ran|left|saw|got|knew|thought|felt|[a-z]{3,}ed)\b")


def _plural_subject_with_phrase_before(text: str, start: int) -> Optional[tuple[int, int]]:
    """A plural subject with a phrase after its head opening the sentence before the pronoun's ("Party bosses in
    the riding met on Tuesday. They said the vote was rigged"): the group news writing takes up with 'they' next,
    so a source named before it (the premier's office) is not what 'they' means. Only stops that source (the
    subject is no source yet, and its head may be a thing); a name ("Smith of Acme") or a surname is no plural."""
    sentence_before = _sentence_before_in_window(text, start)
    if sentence_before is None:
        return None
    m = _plural_with_phrase(text, *sentence_before)
    return m.span(1) if m else None


# A plural subject with a relative clause after its head (and perhaps a phrase before that), then a verb of saying or
# thinking: "Progressive groups that have endorsed him say", "Friends of Mr. Clinton's who have seen him on the trail
# recently say" (group 2: the head). Only such a verb: a relative clause hides where the main verb stands, and a
# speaker's verb after it is a sure one.
_PLURAL_WITH_RELATIVE = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Now),?\s+)?((?:(?:The|These|Those|Many|Some|Most|Both|All|"
                                   r"Other|Several|Two|Three|Four|Five|Top|Senior)\s+)?(?:[A-Za-z-]+\s+){0,2}?([A-Za-z-]{3,}s|"
                                   r"[A-Za-z]*men|people|children|police)(?:\s+(?:of|in|from|at|for|with|on|across|inside)\s+"
                                   r"(?:[\w'\u2019.-]+\s+){0,3}?[\w'\u2019-]+)?)\s+(?:who|that)\s+[^,.;:!?\"\u201c\u201d()]{1,80}?"
                                   r"\s+(?:say|said|believe|believed|think|thought|argue|argued|insist|insisted|contend|"
                                   r"contended|warn|warned|claim|claimed|hope|hoped|fear|feared|worry|worried|agree|agreed|"
                                   r"complain|complained|note|noted|told)\b")


def _plural_with_relative(text: str, at: int, end: int) -> Optional[re.Match]:
    """The match of _PLURAL_WITH_RELATIVE at text[at:end] when it is a plural subject with a relative clause after
    it, then a verb of saying ("Progressive groups that have endorsed him say they believe", "Friends of the mayor who
    have seen him say"): the group a 'they' after that verb, or in the sentences after, takes up. Not a name ("Tom
    Reyes, who ..."), as _plural_with_phrase; group 2 is the head."""
    return _plural_with_phrase(text, at, end, _PLURAL_WITH_RELATIVE)


def _plural_with_phrase(text: str, at: int, end: int, pattern: re.Pattern = _PLURAL_WITH_PHRASE) -> Optional[re.Match]:
    """The match of _PLURAL_WITH_PHRASE (or pattern, of the same groups) at text[at:end] when it is a plural subject
    with a phrase after its head ("Party bosses in the riding met"), not a name ("Tom Reyes of Acme said"); group 2 is
    the head."""
    m = pattern.match(text, at, end)
    if not m or m.group(2).endswith(_NOT_PLURAL_S) or m.group(2).lower() in _VERBS_IN_S:
        return None
    first = m.group(1).split()[0]
    if first[:1].isupper() and first.lower() not in DETERMINERS | _QUANTIFIERS and not _NUMBER_WORD.match(first) \
            and not (first == m.group(2) or m.group(1).split()[1][:1].islower()):
        return None  # "Tom Reyes of Acme said": a name ("Party bosses", "Residents of" open a plural)
    return m


# A verb of saying right after 'they' ("they said", "they told reporters"): things named as a subject do not say.
_SAYING_AFTER = re.compile(r"\s*(?:also\s+)?(?:say|says|said|told|tell|add|added|note|noted|stated)\b")


def _sentence_before_in_window(text: str, start: int) -> Optional[tuple[int, int]]:
    """(opening, end) of the sentence just before the one holding start, when both lie within the pronoun's
    window (_window_start); None otherwise."""
    lo = _window_start(text, start)
    opening = _sentence_opening(text, start)
    if opening <= lo:
        return None
    before = _sentence_opening(text, opening - 1)
    return None if before < lo else (before, opening)


def _window_start(text: str, start: int) -> int:
    """Where the search for a subject a pronoun takes up begins: its paragraph, or the paragraph before when the
    pronoun's sentence opens its own ("Thursday's memo from the panel seemed aimed at ...\n\n'So far, 59 witnesses
    ...,' it stated"): news writing often gives a quotation a paragraph of its own, right after the sentence that
    names who or what it comes from (the sentence count of each search still applies); never more than 400
    characters back."""
    par = text.rfind("\n\n", 0, start)
    if par >= 0 and not text[par:_sentence_opening(text, start)].strip():
        par = text.rfind("\n\n", 0, par)
    return max(par, start - 400, 0)


def _inside_quotation(text: str, pos: int) -> bool:
    """Whether pos lies inside a quotation opened earlier in its paragraph (more opening than closing marks)."""
    par = text.rfind("\n", 0, pos) + 1
    seg = text[par:pos]
    if "\u201c" in seg:
        return seg.count("\u201c") > seg.count("\u201d")
    return seg.count('"') % 2 == 1


def _near(text: str, last: int, start: int, across_paragraphs: bool = False) -> bool:
    """Whether a mention at last is within the pronoun's sentence or the two before (_NEAR_SENTENCES); the
    sentences inside a quotation are skipped, as long as the sentence that opens the quotation holds the mention
    (the source's own words keep it in the reader's mind), else they count as usual."""
    opening, counted, skipped = start, 0, 0
    while counted < _NEAR_SENTENCES:
        following, opening = opening, _sentence_opening(text, opening)
        if last >= opening:
            return True
        if opening <= 0:
            return False
        if across_paragraphs and counted and not text[opening:following].strip():
            pass  # (a line break between paragraphs is no sentence: "The Labor Department ... \n\n In addition,
            # according to the department"; 'it' and 'they' keep the stricter window, which counts it)
        elif counted and skipped < 12 and _inside_quotation(text, opening):
            skipped += 1  # (a quoted sentence after the pronoun's own: the quoted source's, when it opened it)
        elif skipped:
            return False  # the quotation was not opened where the source was mentioned
        else:
            counted += 1
        opening -= 1
    return False
_FIRST_AND_SECOND_PERSON = frozenset({"i", "we", "you", "me", "us", "q", "a"})  # and an interview's labels
# Of these, the pronouns a quotation's own speaker leaves as a source ("I", "we", "you": the speaker talking or the
# one spoken to), whom a later "he" or "she" of the reporter never takes up ('"I think it's great," said Brett
# Tolliver ... Courtney Tolliver, 26, agrees. "It teaches respect," she said' is not the "I"); an interview's "Q"
# and "A" stand for the people asking and answering, and stay candidates.
_FIRST_OR_SECOND_PERSON = _FIRST_AND_SECOND_PERSON - {"q", "a"}
_COLLECTIVE_HEADS = set(source_lists()["collective-head"])


# Heads of descriptions that name a state body: "the government" is a country's or a city's, never the
# humanitarian office or the company named just before.
_STATE_BODY_HEADS = set(source_lists()["state-body-head"])


# Heads of descriptions that name one kind of body, which news writing uses for a body whose name says it
# ("the Clinton Foundation ... the foundation", "the Senate Intelligence Committee ... the committee"), never
# for a newspaper, a company or a watchdog named in between ("the city council" after the Better Government
# Association); with no such body named before, the description is a body of its own.
_KIND_HEADS = set(source_lists()["kind-head"])


# "the club", "the team": one member of a league; a body whose name's head is a league's or a federation's
# ("Coastal League", "Football Association") is never what such a description takes up.
_MEMBER_HEADS = set(source_lists()["member-head"])
_GOVERNING_HEADS = set(source_lists()["governing-head"])


def _governs_members(org: Source) -> bool:
    """The body's name ends in the head word of a league, a federation or a council ("the Coastal League"), which
    a member's description ("the club said") does not take up: news names the member club or team instead."""
    ws = words(org.name)
    return bool(ws) and _bare(ws[-1]) in _GOVERNING_HEADS


_NAME_WORD_DESCRIPTION = re.compile(r"[Tt]he\s+[a-z]+")


def _names_use(org: Source, head: str) -> bool:
    """The organisation's name or one of its other names uses this head word (or its plural)."""
    return any(_bare(w) in (head, head + "s") for n in [org.name, *org.aliases] for w in words(n))


def _uses_of(org: Source) -> set[str]:
    """The words of a body's name and aliases."""
    return {_bare(w) for n in (org.name, *org.aliases) for w in words(n)}


def _is_that_state_body(org: Source, head: str) -> bool:
    """The organisation a state-body description may be: one whose names use that head word, or a place."""
    if org.type != ORGANIZATION:
        return False
    names = [org.name, *org.aliases]
    return any(head in (_bare(w) for w in words(n)) for n in names) or any(names_a_place(n) for n in names)


_COMPANY_SUFFIX = "(?:" + "|".join(map(re.escape, source_lists()["company-suffix"])) + r")\b"  # as written, case kept


def _named_as_a_company(text: str, phrase: str) -> bool:
    """One or two capitalised words the story also writes with a company suffix ("Shopify Inc.", "Valeant
    Pharmaceuticals Ltd.") or as a company whose shares trade ("Nvidia shares jumped"): the company, not a person of
    that name."""
    ws = phrase.split()
    if not 1 <= len(ws) <= 2 or not all(w[:1].isupper() for w in ws) or first_names().get(ws[0].lower()):
        return False
    return tuple(ws) in _company_name_set(text)


# The last word of a name that looks like a team's but names a newspaper or another body: "The New York Times".
_NOT_A_TEAM = frozenset({"times", "news", "services", "affairs", "forces", "schools", "industries", "holdings", "systems",
                         "resources", "communications", "partners", "associates", "brothers", "sons", "laboratories"})


# One or two capitalised words right before a team's plural ("Calgary" of "Calgary Flames", "New York" of "New York
# Rangers").
_PLACE_BEFORE_A_NICKNAME = re.compile(r"(?<![\w.])[A-Z][\w.]*(?: [A-Z][\w.]*)?$")


def _team_name(text: str, start: int, end: int) -> Optional[str]:
    """The full name of the team text[start:end] names a sports team by its place and a capitalised plural ("the Toronto Maple Leafs",
    "Washington Redskins", "the Calgary Flames"): a body, never a person (no he/she takes it up) and a plural a 'they'
    opening the next sentence may take up ("The Winnipeg Jets placed ... on injured reserve. They said"). The place
    must open the name (one or two words of places.csv) and one or two capitalised words end it, the last a plural
    (not a newspaper's 'Times', a firm's 'Services'); when the place is also a first name ("Austin Powers", "Georgia
    Rivers"), only with 'the' before the name, which a person's name never has. The plural alone after 'the' ("The
    Flames said") is the team the story named in full before with it. None otherwise."""
    phrase = text[start:end].rstrip(" .,")
    if not phrase.endswith("s") or phrase.endswith(("ss", "'s", "\u2019s")) or not phrase[phrase.rfind(" ") + 1:][:1].isupper():
        return None  # (most phrases: no capitalised plural at the end; cheap)
    ws = phrase.split()
    the_before = ws[0].lower() == "the" or text[max(0, start - 4):start].lower() == "the "
    if ws[0].lower() == "the":
        ws = ws[1:]
    if len(ws) == 1 and the_before and ws[0][1:].islower() and len(ws[0]) >= 4:
        # "The Flames placed ... They said": the team by its plural alone, when the story named it in full before
        at = text.find(" " + ws[0], 0, start)
        while at >= 0:
            place = _PLACE_BEFORE_A_NICKNAME.search(text, max(0, at - 30), at)
            if place and (full := _team_name(text, place.start(), at + 1 + len(ws[0]))):
                return full
            at = text.find(" " + ws[0], at + 1, start)
        return None
    if not 2 <= len(ws) <= 4 or not all(w[:1].isupper() for w in ws) or ws[-1].lower() in _NOT_A_TEAM \
            or len(ws[-1]) < 4 or not ws[-1][1:].islower():
        return None
    for n in (2, 1):
        if n < len(ws) and len(ws) - n <= 2 and names_a_place(" ".join(ws[:n])):
            return " ".join(ws) if the_before or ws[0].lower() not in first_names() else None
    return None


def _plural_opening_a_sentence(text: str, phrase: str, start: int) -> bool:
    """One word in the plural of a person noun ("Traders", "Investors", "Shoppers") opening a sentence: a group of
    unnamed people, capitalised only by its place, not a person called Traders. Not a surname the story gives a
    first name, a title or an honorific ("Bernie Sanders ... Sanders said", "Sen. Peters"; the caller checks the
    names written in the story too)."""
    word = phrase.strip()
    if " " in word or not _PLURAL_OF_PEOPLE.fullmatch(word) or first_names().get(word.lower()) \
            or text[max(0, start - 20):start].rstrip(" \"\u201c")[-1:] not in ("", ".", "!", "?") and not opens_a_line(text, start):
        return False
    return not (_titles_written_with(text, word) or _honorific_before(text, word))


def _honorific_before(text: str, word: str) -> bool:
    """Whether the story writes the word after Mr., Mrs., Ms. or Dr. ("Mr. Rubio"): a person's surname."""
    return any(_boundary(text, m.start(), len(text)) is not None and _whole_word_at(text, word, m.end(), len(text))
               for m in _HONORIFIC_AND_SPACE.finditer(text))


_OFFICER_WORDS = ("spokes", "chief executive", "CEO")


_OFFICER_AFTER_A_NAME = re.compile(r"[ ](?:spokes(?:person|man|woman)|chief[ ]executive|CEO|president[ ]and[ ]CEO)\b")
_SPOKESPERSON_FOR = re.compile(r"\bspokes(?:person|man|woman)[ ]for[ ](?:the[ ])?")


def _officer_of(text: str, word: str) -> bool:
    """The story writes an officer after the capitalised word ("WestJet spokesperson", "Metrolinx's chief executive",
    "Acme president and CEO") or the word after "a spokesperson for (the)", whole: the officers are found by two
    fixed patterns and the word looked for beside them, instead of a pattern compiled for each word."""
    officers, spokespeople = _officer_places(text)
    for at in officers:
        for written in (word, word + "'s", word + "\u2019s"):
            q = at - len(written)
            if q >= 0 and text.startswith(written, q) and (q == 0 or not is_word_character(text[q - 1])):
                return True
    for at in spokespeople:
        r = at + len(word)
        if text.startswith(word, at) \
                and is_word_character(word[-1]) != (r < len(text) and is_word_character(text[r])):
            return True
    return False


@lru_cache(maxsize=2)
def _officer_places(text: str) -> tuple[list[int], list[int]]:
    """Where the story's officers after a name start, and where the words after 'a spokesperson for (the)' start:
    found once per story, asked for each word _officer_of looks for."""
    return [m.start() for m in _OFFICER_AFTER_A_NAME.finditer(text)], [m.end() for m in _SPOKESPERSON_FOR.finditer(text)]


_HONORIFIC_AND_SPACE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?[ ]")


def _boundary(text: str, pos: int, endpos: int) -> Optional[bool]:
    """True where the regex engine's \\b holds at pos of text[:endpos] (a word character on one side only), else None."""
    before = pos > 0 and is_word_character(text[pos - 1])
    after = pos < endpos and is_word_character(text[pos])
    return True if before != after else None


def _whole_word_at(text: str, word: str, at: int, endpos: int) -> bool:
    """Whether text[at:endpos] opens with the word and \\b holds after it, as r"word\\b" matches at `at`."""
    end = at + len(word)
    return end <= endpos and text.startswith(word, at) and _boundary(text, end, endpos) is not None


def _last_whole_word(text: str, word: str, before: int) -> int:
    """The start of the last match of r"\\bword\\b" in text[:before] as finditer gives them (-1 if none), found with
    str.find instead of compiling a pattern for each word."""
    if not word:
        return max([-1] + [m.start() for m in re.finditer(r"\b\b", text[:before])])
    last, pos = -1, 0
    while (at := text.find(word, pos, before)) >= 0:
        if _boundary(text, at, before) is not None and _whole_word_at(text, word, at, before):
            last, pos = at, at + len(word)
        else:
            pos = at + 1
    return last


@lru_cache(maxsize=256)  # a pure function of the story and the word; asked for every one-word source
def _staffed_like_a_body(text: str, phrase: str) -> bool:
    """One capitalised word, no first name, that the story writes before a body's officer ("Metrolinx chief
    executive Phil Verster", "WestJet spokesperson Julia Kaiser") or after "a spokesperson for" ("a spokesperson for
    TransLink"): a body named by one word, not a person of that surname (the caller checks the story names no
    person with it: "Trump spokesperson Hope Hicks" after "Donald Trump")."""
    word = phrase.strip()
    if " " in word or not word[:1].isupper() or first_names().get(word.lower()) or word.lower() in source_words() \
            or not any(officer in text for officer in _OFFICER_WORDS):  # most stories name no officer at all
        return False
    if not _officer_of(text, word):
        return False
    return not (_titles_written_with(text, word) - {"described"} or _honorific_before(text, word))
    # ("Sen. Rubio", "Mr. Rubio": a person)


_COMPANY_NAME = re.compile(r"([A-Z](?<!\w[A-Z])[\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}),?\s+" + _COMPANY_SUFFIX)  # (\b[A-Z]: see _WRITTEN_NAME)
# A suffix after a space, which every _COMPANY_NAME match ends on: looked for first, it spares trying the name pattern at
# every capital of a story that names no company so (most stories).
_SPACED_COMPANY_SUFFIX = re.compile(r"\s" + _COMPANY_SUFFIX)


# A company by its traded shares: "Nvidia shares jumped 6%", "Home Depot's stock fell", "shares of Shopify rose".
_SHARES_WORD = re.compile(r"\b(?:shares|stock)\b")
_SHARES_MOVED = re.compile(r"\s+(?:rose|fell|jumped|gained|lost|dropped|climbed|slid|slipped|slumped|sank|soared|surged|"
                           r"plunged|tumbled|rallied|edged|closed|ended|traded|were|are|have|had|hit)\b")
_NAME_BEFORE_SHARES = re.compile(r"([A-Z](?<!\w[A-Z])[\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:['\u2019]s)?\s+\Z")
_NAME_AFTER_SHARES_OF = re.compile(r"\s+(?:of|in)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})")


def _traded_names(text: str):
    """(start, end) of each name whose shares the story says moved, read from the word 'shares'/'stock' back or on."""
    if "shares" not in text and "stock" not in text:
        return  # (most stories: no scan of the story for the words)
    for m in _SHARES_WORD.finditer(text):
        if _SHARES_MOVED.match(text, m.end()):
            before = _NAME_BEFORE_SHARES.search(text, max(0, m.start() - 60), m.start())
            if before:
                yield before.span(1)
        after = _NAME_AFTER_SHARES_OF.match(text, m.end()) if text.startswith("shares", m.start()) else None
        if after:
            yield after.span(1)


@lru_cache(maxsize=4)
def _company_names(text: str) -> tuple[tuple[str, ...], ...]:
    """The capitalised words before each company suffix of the story, and the names whose shares trade in it,
    once per story."""
    suffixed = [tuple(m.group(1).split()) for m in _COMPANY_NAME.finditer(text)] if _SPACED_COMPANY_SUFFIX.search(text) else []
    return tuple(suffixed + [tuple(text[a:b].split()) for a, b in _traded_names(text)])


@lru_cache(maxsize=64)
def _company_name_set(text: str) -> frozenset[tuple[str, ...]]:
    """Every prefix of every company name of the story (one or two words), for a look-up per source phrase."""
    return frozenset(run[:k] for run in _company_names(text) for k in (1, 2))


def _uses_head(org: Source, head: str) -> bool:
    """An organisation whose names hold the description's head word: "the department" after "the state
    Department of Health" and then "Lane County" is the department, not the county named last (a description
    names its body by the kind of body it is). Only a proper name counts: a body first met as a description
    ("the British newspaper") is no better a match than the body last named."""
    return org.type == ORGANIZATION and any(is_capitalised(w) and _bare(w) == head for w in words(org.name))


def _names_another_body(description: str, org: Source) -> bool:
    """'The Trump campaign' after the F.A.A., 'the Democratic convention committee' after a platform:
    a description with a proper name of its own is that body, unless the organisation's names share it
    (a place or "Britain-based" is no name of its own)."""
    proper = {_bare(w) for w in words(description)[1:] if is_capitalised(w) and "-" not in w and not names_a_place(w)}
    known = {_bare(w) for name in [org.name, *org.aliases] for w in words(name)}
    known |= {acronym(name).lower() for name in [org.name, *org.aliases]}  # "the RNC member"
    remit = _REMIT.search(description)  # "the regional centre for education" after the Canadian Hurricane Centre:
    if remit and not ({_bare(w) for w in words(remit.group(1))} - DETERMINERS - CONNECTORS) & known:
        return True  # a body named for a remit the organisation's names do not share is another body
    return bool(proper) and not proper & known


_REMIT = re.compile(r"\s(?:for|of)\s+(.+)$")

# Heads of descriptions news writing gives a company ("the company", "the grocer", "the airline") and the name
# words that show a body of that kind ("Air Canada ... the airline", "Royal Bank ... the bank"); a generic head
# takes any company.
_COMPANY_HEADS = {head: words for head, words in source_list_links()["company-head"].items()}
# Heads for a public body or a union, known by the word in its name ("the agency" after the Canada Border Services
# Agency); 'agency', 'department' and 'ministry' also take a federal body named '<Noun> Canada' (Health Canada).
_PUBLIC_HEADS = {head: words for head, words in source_list_links()["public-head"].items()}
_BODY_KIND_HEADS = frozenset(_COMPANY_HEADS) | frozenset(_PUBLIC_HEADS)
_COMPANY_NAME_AT = re.compile(r"([A-Z](?<!\w[A-Z])[\w&'\u2019-]*\.?(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'\u2019-]*){0,4}),?\s+"
                              r"(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|Limited|Corporation|Company|Companies)\b")
# "Defence counsel", "the Crown prosecutor", "the prosecutor": a lawyer of one side of a trial, unnamed
_COUNSEL_OF_A_SIDE = re.compile(r"(?:the )?(?:(defen[cs]e|crown) (?:counsel|lawyer|attorney|prosecutor)|prosecutor)")
_DEFENCE_ROLE = re.compile(r"\b(?:defen[cs]e (?:lawyer|counsel|attorney)|(?:(?:his|her|their)|(?<!crown)['\u2019]s)"
                           r" (?:lawyer|counsel|attorney)\b"
                           r"|lawyer for (?!the crown))")
# "their lawyer", "his attorney", "their union": the role of the people just named (_owners_lawyer_or_union)
_OWNERS_LAWYER_OR_UNION = re.compile(r"(?:their|his|her|its) (lawyer|attorney|counsel|union)")
_CROWN_ROLE = re.compile(r"\b(?:crown (?:attorney|prosecutor|counsel|lawyer)|prosecutor)\b")
# ", retired teacher Paul Goguen,": a role in lower case and a full name set off after a description of a person
_ROLE_NAME_SET_OFF = re.compile(r",[ ]((?:[a-z][\w-]*[ ]){1,3})([A-Z][\w'\u2019-]+(?:[ ][A-Z][\w'\u2019-]+){1,2}),")
_APPOSITIVE_NAME = re.compile(r",\s+((?:the\s+)?[A-Z][\w&'\u2019-]*\.?(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'\u2019-]*){0,5}"
                             r"(?:\s+\d{1,5})?),")  # (a union's local: "Unifor Local 444")
# A body described after a possessive pronoun: "Their union", "Its parent company" (the body is named after it).
_OWNED_BODY = re.compile(r"(?:[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){0,2}[a-z]+")


def _head_before_postmodifier(phrase: str) -> str:
    """The head of a description that a phrase after it qualifies: 'The union representing workers there' ->
    'union', 'the group that represents growers' -> 'group', 'the agency responsible for the park' -> 'agency' (a
    participle, 'that'/'which', 'responsible for' or 'in charge of' after the head); else the last word, as for
    'The union'. So the name set off after such a description is read as after the bare one."""
    ws = [_bare(w) for w in phrase.split()]
    for i in range(2, len(ws)):
        w = ws[i]
        if w in ("that", "which", "responsible") or w == "in" and ws[i + 1:i + 2] == ["charge"] \
                or len(w) > 5 and w.endswith("ing") and w not in ("during", "morning", "evening", "building"):
            return ws[i - 1]
    return ws[-1] if ws else ""


def _appositive_body_of_kind(text: str, a: int, b: int, head: str) -> bool:
    """'The union, Unifor Local 444,', 'The company, Prairie Grain,': a name set off after a description of a body
    is that body, though alone it reads as a person's; not a name with a person's first name ('The company, John
    Smith,' is left to the person rules), nor one the story's reading of bodies gives another kind."""
    if head not in _BODY_KIND_HEADS or _first_name_index(text[a:b].split()) >= 0:
        return False
    return all(_fits_kind(kinds, head) for x, y, kinds in _bodies_named(text) if x == a and y == b)
# "Nutrigen Ltd., a supplement maker", "Loblaw, the country's largest grocer,": the kind the story gives a body
_DESCRIBED_BODY = re.compile(r"([A-Z](?<!\w[A-Z])[\w&'\u2019-]*\.?(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'\u2019-]*){0,5}),\s+"
                             r"(?:a|an|the)\s+(?:(?!(?:for|of|at|in|with|to|on|and|or|from|by|who|that)\s)[\w'\u2019-]+\s+){0,4}?([a-z]+)(?=[,.;]|\s+(?:based|in|that|which|with|from|headquartered)\b)")
_LOCAL_NUMBER = re.compile(r"[ ]\d{1,5}\b")  # the number after a union's "Local"
_BODY_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w&'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|&\s+)?[A-Z][\w&'\u2019-]*)*")


def _named_by_its_head(text: str, head: str, before: int) -> Optional[tuple[int, int]]:
    """The last capitalised name before `before`, in the description's sentence or the two before, that holds the
    description's head as a capitalised word and is no person's name: "Northern League" for "the league", "Lancet
    Journal of Medicine" for "the journal" (a leading "The" is no part of the name)."""
    word = head.capitalize()
    lo = max(0, before - 600)
    if len(head) < 3 or _names_a_kind_of_person(head) or text.find(word, lo, before) < 0:
        return None  # (a person's description is no body: "the wife", "the organizer")
    found = None
    for m in _BODY_RUN.finditer(text, lo, before):
        ws = m.group().split()
        if word in ws and len(ws) >= 2:
            found = m.span()
    if found is None:
        return None
    a, b = found
    if text.startswith(("The ", "the "), a):
        a += 4
    name = text[a:b].split()
    if len(name) < 2 or _first_name_index(name + ["X"]) >= 0 or not _near(text, a, before, across_paragraphs=True):
        return None
    return a, b


@lru_cache(maxsize=4)
def _bodies_named(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Every body the story names, once per story, with where and the kind words that fit it: the words of its
    name, 'company' for a company suffix (Inc., Ltd.) and the head of a description set off after it; a
    '<Noun> Canada' federal body counts as an agency, department and ministry, a '<Name> Local <number>' as a
    union, a '<Region> Health' body as a (health) authority. Named but not yet quoted bodies count: "Environment Canada issued a warning ... The agency said" is
    Environment Canada, "members of CUPE Local 375 walked out ... The union said" is the local."""
    out: dict[int, tuple[int, int, set[str]]] = {}
    for m in _COMPANY_NAME_AT.finditer(text):
        out[m.start(1)] = (m.start(1), m.end(1), {"company"} | {_bare(w) for w in m.group(1).split()})
    for a, b in _traded_names(text):  # "Home Depot shares fell": a company whose shares trade
        if a not in out and _first_name_index(text[a:b].split() + ["X"]) < 0:
            out[a] = (a, b, {"company"} | {_bare(w) for w in text[a:b].split()})
    for m in _DESCRIBED_BODY.finditer(text):
        head = m.group(2)
        if head in _BODY_KIND_HEADS and _first_name_index(m.group(1).split() + ["X"]) < 0:  # (not a person's name)
            a, b, kinds = out.get(m.start(1), (m.start(1), m.end(1), {_bare(w) for w in m.group(1).split()}))
            out[a] = (a, b, kinds | {head} | ({"company"} if head in _COMPANY_HEADS else set()))
    for m in _BODY_RUN.finditer(text):
        if m.start() in out or " " not in m.group():
            continue
        ws = m.group().split()
        low = {_bare(w) for w in ws}
        number = _LOCAL_NUMBER.match(text, m.end()) if ws[-1] == "Local" else None
        if number:  # "CUPE Local 375", "Unifor Local 444": a union's local, named by its number
            out[m.start()] = (m.start(), number.end(), low | {"union"})
        elif _named_for_canada(ws, [source_words().get(_bare(w)) for w in ws]):
            out[m.start()] = (m.start(), m.end(), low | {"agency", "department", "ministry"})
        elif ws[-1] == "Health" and not any(source_words().get(w) == "title" for w in low):
            out[m.start()] = (m.start(), m.end(), low | {"authority"})  # "Fraser Health", "Nova Scotia Health": the
            # health authority of a region
        elif ws[-1].lower().endswith("workers") or ws[-1] in ("Teamsters", "Machinists"):
            out[m.start()] = (m.start(), m.end(), low | {"union"})  # "United Steelworkers", "United Food and
            # Commercial Workers": a body named for the workers it organises is a union
        elif "court" in low and _first_name_index(ws + ["X"]) < 0 \
                and re.search(r"\bCourt(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*)*$", m.group()):
            out[m.start()] = (m.start(), m.end(), low)  # "the Ontario Court of Appeal": a court named by its name
            # (not "Superior Court Justice Maria Roy", a judge)
        elif any(w in low for kinds in _PUBLIC_HEADS.values() for w in kinds if w != "court") or low & _NAME_KINDS:
            out[m.start()] = (m.start(), m.end(), low)
    return tuple(sorted(out.values()))


_NAME_KINDS = {w for kinds in _COMPANY_HEADS.values() for w in kinds}


def _fits_kind(kinds: frozenset[str] | set[str], head: str) -> bool:
    """A body whose kind words fit the description's head: its own name or description uses the head, or a word
    of that kind ("Air" for the airline), or, for a generic company head, it is a company."""
    if head in kinds:
        return True
    if head in _COMPANY_HEADS:
        return bool(kinds & set(_COMPANY_HEADS[head])) or (not _COMPANY_HEADS[head] and "company" in kinds)
    return bool(kinds & set(_PUBLIC_HEADS.get(head, ())))


def _body_of_kind(text: str, head: str, before: int, qualifiers: frozenset[str] = frozenset()) -> Optional[tuple[int, int]]:
    """The last body the story named before the description that is of the description's kind ("Maple Leaf Foods
    Inc. ... the company", "Air Canada ... the airline", "Environment Canada ... the agency"); for a specific
    company head ("the grocer") with no body that says so, the company named last; either only while near. A
    court qualified in the description is one whose name has those words ('the appeals court' is the Court of
    Appeals, not the Supreme Court named after it)."""
    bodies = [b for b in _bodies_named(text) if b[1] <= before]
    if head == "court":
        bodies = [b for b in bodies if all(q in b[2] or q + "s" in b[2] or q.removesuffix("s") in b[2]
                                           for q in qualifiers)]  # ('the appeals court': the Court of Appeal)
    found = next(((a, b) for a, b, kinds in reversed(bodies) if _fits_kind(kinds, head)), None)
    if found is None and head in _COMPANY_HEADS:  # no body says it is of that kind: the company named last, if
        # still near (below) - "Nvidia ... Home Depot shares fell 2%. The retailer said" is Home Depot
        found = next(((a, b) for a, b, kinds in reversed(bodies) if "company" in kinds), None)
    if found is None:
        return None
    # the body is still in the reader's mind: its name (its first word) written in the description's sentence or
    # the two before; a company named paragraphs ago is not what "the company" means after other companies
    # were named without a suffix ("CloudFlare, a San Francisco company ... Facebook ... If the company is")
    first = text[found[0]:found[1]].split()[0]
    if _near(text, text.rfind(first, 0, before), before, across_paragraphs=True):
        return found
    if head in _PUBLIC_HEADS and len({text[a:b] for a, b, kinds in bodies if _fits_kind(kinds, head)}) == 1:
        return found  # the one union (board, agency) the story names: "president of ILWU Local 514 ... [paragraphs
        # on other bodies] ... According to the union" is the local, however far back (not a company: many are named)
    return None


_STATE_WORDS = set(source_lists()["state-word"])


def _may_be_of_kind(text: str, org: Source, head: str) -> bool:
    """Whether the body last named may be what a description of a company's or public body's kind names: a state
    body makes nothing and sells nothing ("Health Canada ... the manufacturer" is not Health Canada), a
    company is no agency, department or union, and a body whose own head is a state body's ("Treasury Board",
    "Canada Revenue Agency", "Department of Labour") is no union."""
    if head in _COMPANY_HEADS:
        ws = words(org.name)
        return not ({_bare(w) for w in ws} & _STATE_WORDS or names_a_place(org.name)
                    or _named_for_canada(ws, [source_words().get(_bare(w)) for w in ws]))
    if head == "union" and _bare(org.name.split(" of ")[0].split()[-1]) in _STATE_WORDS:
        return False  # "Treasury Board said ... according to the union": the employer's board is not the union
    if head in _PUBLIC_HEADS:
        return not any(a <= m.start < b and "company" in kinds and head not in kinds
                       for a, b, kinds in _bodies_named(text) for m in org.mentions)
    return True


def _strip_det(phrase: str) -> str:
    ws = phrase.strip().split()
    while len(ws) > 1 and _bare(ws[0]) in ("the", "a", "an", "so-called"):
        ws = ws[1:]
    return " ".join(ws)


# A sentence opens here: after a sentence end (not an initial or abbreviation such as "U.S."), or a new line.
_RELEASE_DETAILS = re.compile(r"(?<!\bnewly)(?<!\brecently)(?<!\bjust)\s+(?:(?:to\s+be\s+)?(?:published|released|conducted|issued|tallied|filed|posted|"
                              r"obtained|made\s+public|out)\b.*|(?:on\s+)?(?:"
                              + "|".join(d.capitalize() for d in DAYS) + r")\b)$")


def _without_release_details(name: str) -> str:
    """A document's name without when and where it came out: 'study published Wednesday in the BMJ' is the study,
    'report from the inspector general to be released Thursday' the inspector general's report; the details stay in
    the mention, which an editor sees."""
    m = _RELEASE_DETAILS.search(name)
    if m is None or " by " in m.group() or not name[:m.start()].strip():
        return name  # "a poll conducted by Quinnipiac": who made it is part of its name
    head = name[:m.start()]
    if len(head.split()) > 1 and head.split()[-1].lower() in ("he", "she", "they", "we", "i"):
        return head.rsplit(None, 1)[0]  # "the document he released": the pronoun opens the object relative
    return head


_VERB_AFTER_SUBJECT = re.compile(r"\s+(?!(?:to|of|in|on|at|for|and|or|with|from|by|the|a|an)\b)[a-z]")


def _organisation_subject_before(text: str, start: int, entities) -> Optional[tuple[int, int]]:
    """The organisation that opens one of the two sentences before a pronoun as their subject, whether or not it
    was quoted ("Russia's Defense Ministry did not comment on the strike. It said its forces ..."): the
    salient 'it', though the registry only holds sources."""
    if not entities:
        return None
    lo = _window_start(text, start)
    entities = _with_short_forms(text, entities, lo, start)
    for k in range(bisect.bisect_left(entities, (start,)) - 1, -1, -1):  # the nearest first, not from the story's end
        pos, name = entities[k]
        if pos < lo:
            return None
        after = pos + len(name)
        if text[after:after + 1] == "." and name.split()[-1] in ("Inc", "Corp", "Co", "Ltd", "Bros"):
            after += 1  # "Northwind Airlines Ltd. cancelled": the stop of the suffix
        inserted = _INSERTED_CLAUSE.match(text, after)  # "The Housing Authority, which runs 4,000 units, raised"
        possessive = name.endswith(("'s", "\u2019s")) or _POSSESSIVE_AFTER.match(text, after)
        if possessive and name.endswith(("'s", "\u2019s")):
            name = name[:-2]  # "Statistics Canada's chief statistician said": the body whose person it is
        op = _sentence_opening(text, pos + 1)
        if (op == pos or op + dateline_length(text[op:pos + 1]) == pos or _after_fronted_phrase(text, pos)) \
                and (possessive or _VERB_AFTER_SUBJECT.match(text, inserted.end() if inserted else after)):
            first, _, rest = name.partition(" ")
            if first.lower() in OPENING_CONJUNCTIONS and rest:  # "But the Red Cross said": the Red Cross
                return pos + len(name) - len(rest), pos + len(name)
            return pos, pos + len(name)
    return None


# Lower-case words a body's name may hold ("Bank of Canada", "Conseil du patronat du Québec").
_BODY_NAME_PARTICLES = frozenset({"of", "for", "and", "the", "on", "de", "du", "des", "la", "le", "les", "d", "l", "et",
                             "&", "in", "to", "at"})


def _misread_as_a_name(longer: str, name: str) -> bool:
    """Whether a body's name read before ('Ferry workers at BC Ferries Terminal', a headline's 'BC Ferries trade')
    is a phrase that holds the name the story now writes ('BC Ferries'), rather than the body's full name: it has
    a lower-case word no body's name has (not a particle, not an organisation word of the lexicon as 'government'),
    and the name now written is capitalised throughout. Then the name written becomes the body's name (resolve)."""
    ws = name.split()
    if not all(w[:1].isupper() or w[:1].isdigit() for w in ws):
        return False
    lex = source_words()
    return any(w[:1].islower() and w not in _BODY_NAME_PARTICLES and lex.get(_bare(w)) not in ("organization", "name-word")
               for w in longer.split())


def _body_subject_of_a_clause_before(text: str, start: int, entities) -> Optional[tuple[int, int]]:
    """'Passengers were stranded after BC Ferries cancelled two sailings because of what it called a crew
    shortage': a body named as the subject of an adverbial clause (after, when, because ...) earlier in the
    pronoun's own sentence is what 'it' takes up, though no source yet; only the nearest body named in the
    sentence, only right after the clause's opening word and before its verb (not an object: 'fined BC Ferries')."""
    if not entities or "it" not in text[start:start + 3].lower():
        return None
    op = _sentence_opening(text, start)
    k = bisect.bisect_left(entities, (start,)) - 1
    if k < 0 or entities[k][0] < op:
        return None
    pos, name = entities[k]
    before = text[max(op, pos - 12):pos].split()
    if before and before[-1].lower() in _CLAUSE_OPENERS and _VERB_AFTER_SUBJECT.match(text, pos + len(name)) \
            and not name.endswith(("'s", "\u2019s")):
        return pos, pos + len(name)
    return None


def _with_short_forms(text: str, entities, lo: int, start: int):
    """The entities, with each later use of a company's name without its suffix between lo and start ("Harbour
    Air Inc. ... Harbour Air's board met on Sunday. It said"): news writing drops 'Inc.' after the first mention,
    and a short form opening a sentence is that company as much as the full name (an older rule gave the 'it' to
    the other company named in the first sentence)."""
    extra = []
    for _, name in entities:
        ws = name.split()
        if len(ws) >= 3 and re.fullmatch(_COMPANY_SUFFIX, ws[-1]):
            short = " ".join(ws[:-1])
            at = text.find(short, lo, start)
            while at >= 0:
                if (at, short) not in entities and not text.startswith(name, at) \
                        and not (text[at - 1:at].isalnum() or text[at + len(short):at + len(short) + 1].isalnum()):
                    extra.append((at, short))
                at = text.find(short, at + 1, start)
    return sorted(set(entities) | set(extra)) if extra else entities


_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\s+[a-z]")  # "The Coast Guard's commander": a possessive subject
# A description of a body opening a sentence as its subject, or as the possessor of it: "The ministry did not
# comment", "But the union's president said" (a head word of a body: group 2).
_SUBJECT_VERB = (r"(?:['\u2019]s\s+[a-z]|,|\s+(?:also\s+|still\s+|now\s+)?(?:has|have|had|is|was|were|will|would|could|"
                 r"can|may|might|must|should|did|does|do|says|said|told|plans|wants|expects|hopes|faces|needs|argues|"
                 r"insists|claims|denies|admits|warns|believes|thinks|calls|runs|owns|[a-z]{3,}ed)\b)")
_BODY_DESCRIPTION_SUBJECT = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Now),?\s+)?((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|"
                                       r"[A-Z][\w-]*['\u2019]s)\s+(?:(?!(?:from|of|by|in|on|at|for|with|to)\s)[\w-]+\s+){0,3}?"
                                       r"([a-z]+)(?:\s+(?:from|of|by)\s+(?:the\s+)?(?:[\w-]+\s+)?(?![a-z]+ed\b)[\w-]+)?)"  # "memo from the panel"
                                       + _SUBJECT_VERB)
# An acronym or a place opening a sentence as its subject: "The CIA will cave.", "Iran is flush with cash."
_NAMED_BODY_SUBJECT = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Now),?\s+)?(?:[Tt]he\s+)?([A-Z]{2,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
                                 + _SUBJECT_VERB.replace("|,|", "|"))  # (no comma: "FARGO, N.D. - " is a dateline)


_THING_OPENS = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Now),?\s+)?(?:The|A|An|This|That|Its)\s")


def _thing_opening_sentence_before(text: str, start: int) -> Optional[int]:
    """Where the sentence before the pronoun's opens with a description ("The hospital's board voted on
    Tuesday.", "The union representing the workers has filed a grievance.", "Its rival, Prairie Mills Ltd., has
    hired"): the subject of the sentence just before is what a following 'it' takes up first, so a body named
    before that sentence (the ministry, the first company) is not what 'it' means. When the subject is a body the
    rules above know, it is taken up; otherwise the pronoun is left unresolved rather than given to the older
    body. None when the sentence before opens otherwise or lies outside the window."""
    sentence_before = _sentence_before_in_window(text, start)
    if sentence_before is None or not _THING_OPENS.match(text, *sentence_before):
        return None
    return sentence_before[0]


def _body_description_subject_before(text: str, start: int,
                                     heads: Optional[frozenset[str]] = None) -> tuple[Optional[tuple[int, int]], str]:
    """A description of a body ('the company', 'the union', 'the ministry', 'the board') opening the pronoun's
    sentence or one of the two before as its subject or its subject's possessor ("The company's chief executive
    resigned on Monday. It said a search had begun"): the 'it' news writing takes up next, as for a name
    (_organisation_subject_before). Singular heads only: 'the authorities' and 'the police' are 'they'. A thing
    opening a nearer sentence ("The motion passed this week. It calls for") is what 'it' takes up, and a sentence
    that is the pronoun's content ("The team will investigate, it said") is no antecedent. A document is taken up
    so too ("A study published Wednesday found ... It also said"), and an acronym or a place that opens the sentence
    as its subject ("The CIA will cave. It will", "Ontario reported 500 cases. It said"). Returns the span and
    which of these it is (heads: the singular heads of a body, _body_heads by default)."""
    lo = _window_start(text, start)
    opening, heads = start, heads or _body_heads()
    after_content = text[max(0, start - 3):start].rstrip().endswith((",", "\u201d", '"'))
    for k in range(3):
        opening = _sentence_opening(text, opening)
        if opening < lo:
            return None, ""
        at = _main_clause_after_fronting(text, opening, start)
        m = None if k == 0 and after_content else _BODY_DESCRIPTION_SUBJECT.match(text, opening, start) \
            or at and _BODY_DESCRIPTION_SUBJECT.match(text, at, start)
        fronted = "fronted-" if m and at and m.start(1) >= at else ""
        if m and m.group(2) in _DOCUMENT_HEADS:
            return m.span(1), fronted + "document"
        if m and m.group(2) in heads and m.group(1)[:1] in "TtHh" and m.end(2) == m.end(1):
            return m.span(1), fronted + "body-description"
        named = None if m or k == 0 and after_content else _NAMED_BODY_SUBJECT.match(text, opening, start) \
            or at and _NAMED_BODY_SUBJECT.match(text, at, start)
        if named and (named.group(1).isupper() or names_a_place(named.group(1))) \
                and named.group(1) not in ("US", "TV", "OK", "AM", "PM"):
            # "The CIA will cave. It will end up giving", "Iran is flush with cash. It wants": an acronym or a place
            return named.span(1), ("fronted-" if at and named.start(1) >= at else "") + "named-body"
        if k and _THING_OPENS.match(text, opening, start):
            return None, ""  # "The council ... The motion passed this week. It calls for": the nearer thing is 'it'
        if opening <= lo:
            return None, ""
        opening -= 1
    return None, ""


# Words that open a phrase or clause fronted before a sentence's subject ("All in all, the government will",
# "Just this week, the trade group ... spelled out", "As I indicated ..., the CIA was").
_FRONTED_OPENERS = frozenset({"in", "on", "at", "after", "before", "during", "while", "when", "as", "despite", "since",
                              "with", "for", "by", "although", "though", "if", "because", "unless", "until", "once",
                              "all", "just", "thus", "amid", "following", "under", "over", "without", "last", "earlier",
                              "later", "meanwhile", "instead", "however", "still", "now"})


def _source_of_that_name(s: Source, phrase: str) -> bool:
    """Whether a source the name of a body was resolved to stands for that body alone: its name or an alias holds the
    phrase's last word, and it names no two ("both Trump and the CIA" is no source for 'the CIA ... it knew'; "US
    Mission in China issued an alert" none for 'the US government')."""
    last = _bare(phrase.split()[-1]).lower() if phrase.split() else ""
    names = [s.name] + list(s.aliases)
    return any(last in {_bare(w).lower() for w in n.split()} for n in names) \
        and not re.search(r"\s(?:and|&)\s", s.name)


def _main_clause_after_fronting(text: str, opening: int, start: int) -> Optional[int]:
    """Where the main clause of the sentence opening at opening begins, after a phrase or clause fronted before its
    subject and closed by a comma ("All in all, the government will return ...", "Despite its exploits in Iraq,
    the regime is furious"): its subject is what a later 'it' takes up as much as a subject opening the sentence.
    None when the sentence opens otherwise or no comma closes the fronted part within 200 characters (before
    start)."""
    first = text[opening:opening + 20].split()[:1]
    if not first or first[0].lower().strip(",") not in _FRONTED_OPENERS:
        return None
    comma = text.find(", ", opening, min(start, opening + 200))
    return comma + 1 if comma > 0 else None


# Heads of a document's description that 'it' takes up as it does a body ("A study published Wednesday found ...
# It also said", "Thursday's memo from the panel ... it stated"): one document, not 'the data' or 'the findings'.
_DOCUMENT_HEADS = frozenset(source_lists()["document-head"])


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """Singular head words of a body's description: the lexicon's organisation words and the kinds of company or
    public body ('grocer', 'agency')."""
    words_ = {w for w, category in source_words().items() if category == "organization" and w.isalpha()}
    return frozenset(w for w in words_ | set(_BODY_KIND_HEADS) if (not w.endswith("s") or w.endswith("ss"))
                     and w not in _PEOPLE_PLURALS and w not in _NOT_A_BODY_ALONE)


# Organisation words that, as the head of a description, are as often no body: "the health of", "the house was
# built", "the front", "the court" (a place to play), "the body was found", "the jury" (people, 'they').
_NOT_A_BODY_ALONE = set(source_lists()["not-a-body-alone"])


# A clause or phrase set off by commas between a subject and its verb: "Statistics Canada, which released the figures
# Tuesday, said", "Prominent Republicans, including Rep. Carlos Curbelo, have been vocal".
_INSERTED_CLAUSE = re.compile(r",\s+(?:(?:which|who|whose|including|among\s+them|such\s+as|led\s+by|like)\s"
                              r"(?:[^.;:!?\"\u201c\u201d]|(?<=[A-Z])\.|(?<=[A-Z][a-z])\.|(?<=[A-Z][a-z]{2})\.|(?<=[A-Z][a-z]{3})\.)"
                              r"{1,120}?|(?:however|meanwhile|though|too|also|instead|in\s+turn|in\s+fact|of\s+course|"
                              r"for\s+(?:example|instance|their\s+part|its\s+part)|on\s+the\s+other\s+hand|by\s+contrast))"
                              r",(?=\s+[a-z])")  # (the stop of "Rep." or "Inc." ends no clause)
# (or an adverb set off by commas: "Democratic superdelegates, on the other hand, make up")
# A short phrase of time or place fronted before the subject: "On Tuesday, ", "After the vote, ", "In Regina, ".
_FRONTED_BEFORE_SUBJECT = re.compile(r"(?:(?:In|On|At|After|Before|During|Since|Earlier|Later|Last|This|Meanwhile|Also|"
                                     r"However|Instead|Still)\b[^,.;:!?\"\u201c\u201d]{0,50},\s+)$")


def _after_fronted_phrase(text: str, pos: int) -> bool:
    """Whether pos opens the main clause of its sentence after a short fronted phrase ("On Tuesday, Northwind
    Airlines Ltd. cancelled 40 flights"): the name there is the sentence's subject all the same."""
    opening = _sentence_opening(text, pos)
    return pos - opening <= 60 and _FRONTED_BEFORE_SUBJECT.match(text[opening:pos]) is not None


_KIN = "|".join(source_lists()["kin"])  # (a regex alternation: a word before the longer words it opens)
# The relative clause news copy sets after an unnamed speaker who would give only part of their name ("One
# protester, who gave only her first name, Maria,", "A student who gave her name only as Jade", "a man who
# identified himself only as Jacques", "a woman who would only give her first name, Lise,"): the name given.
_NAME_GIVEN_ONLY = re.compile(
    r",?\s+who\s+(?:would\s+)?(?:only\s+)?(?:gave|give|provided|provide|offered|offer|shared|share"
    r"|identified\s+(?:himself|herself|themselves|themself)|asked\s+to\s+be\s+(?:identified|called))"
    r"(?:\s+only)?(?:\s+(?:his|her|their)\s+(?:first\s+|last\s+)?name)?(?:\s+only)?(?:\s+as\s+|,\s*)"
    r"([A-Z][\w'\u2019-]+)(?=\s*[,.]|\s+(?:said|says|told|added)\b)")


_BLOOD_KIN = frozenset(source_lists()["blood-kin"])  # (who share the surname)
_KIN_AGE = r"(?:(?:younger|older|elder|eldest|youngest|twin|late)\s+)?"
_SPOUSES = set(source_lists()["spouse"])
# A couple named with one surname: "Gord and Linda Petrie", "Amir and Sara Haddad" (Registry._spouse_of_a_couple).
_COUPLE = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][\w'\u2019-]+)\b")
# A couple with two surnames: two full names joined by 'and' that the story goes on to call 'the couple' ("Kevin
# Tremblay and Amelie Gagnon have lived there for nine years. The couple's landlord ...").
_COUPLE_TWO_NAMES = re.compile(r"\b([A-Z\u00c0-\u00dd][^\W\d_]+ [A-Z\u00c0-\u00dd][\w'\u2019-]+) and "
                               r"([A-Z\u00c0-\u00dd][^\W\d_]+ [A-Z\u00c0-\u00dd][\w'\u2019-]+)\b")
_FULL_NAME_ENDING = re.compile(r"\b([A-Z\u00c0-\u00dd][^\W\d_]+) $")


def _first_name_before(text: str, pos: int) -> bool:
    """A first name just before pos: 'Omar Haddad and Julie Roy' is no couple 'Haddad and Julie Roy'."""
    m = _FULL_NAME_ENDING.search(text, max(0, pos - 30), pos)
    return bool(m) and m.group(1).lower() in first_names()


# A full name in the possessive not followed by a kin word: "Lise Cormier's" (not "Bill Clinton's wife").
_POSSESSIVE_FULL_NAME = re.compile(r"\b([A-Z\u00c0-\u00dd][^\W\d_]+ ([A-Z\u00c0-\u00dd][\w'\u2019-]*[a-z]))['\u2019]s\b"
                                   r"(?!\s+" + _KIN_AGE + "(?:" + _KIN + r")\b)")
_COUPLE_AFTER = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat) couple\b")
_KINSHIP = re.compile(r"(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|[A-Z][\w-]+['\u2019]s)\s+" + _KIN_AGE + "(?:" + _KIN + ")")


# "the younger Kowalski", "the elder Trudeau": one of two people sharing a surname, told apart by age
_SENIORITY = re.compile(r"(?:[Tt]he\s+)?(younger|elder|older)\s+((?:d['\u2019])?[A-Z][\w'\u2019-]+)")
_JUNIOR_KIN = source_lists()["junior-kin"]
_SENIOR_KIN = source_lists()["senior-kin"]
_KIN_RANK = re.compile(r"\b(" + "|".join(_JUNIOR_KIN + _SENIOR_KIN) + r")\b")


def _relative_named_before(text: str, phrase: str, before: int) -> Optional[tuple[int, int]]:
    """Obituaries and profiles name a relative once ("her daughter, Claire Ellison-Hart," or "his son Tom") and then
    write the kinship alone ("Her daughter said"): the same possessive and kin word is that person, when the story
    names exactly one person so (two daughters named leave it unresolved). The name may follow the kinship itself
    ('"He loved the fiddle," said his son, Donald.'): a first name alone the quotation's speaker, not 'his son'.
    The possessor may be a name ("Emily's younger brother, Liam, told the court"), and 'the' takes up a kinship
    named with any possessor ("Her mother, Halima Yusuf, said ... the mother said"), again only when one person."""
    poss, kin = phrase.split()[0], phrase.split()[-1]
    if poss.lower() == "the":
        owner = r"(?:[Hh]er|[Hh]is|[Tt]heir|[A-Z][\w-]+['\u2019]s)"
    else:
        owner = "[" + poss[0].upper() + poss[0].lower() + "]" + re.escape(poss[1:].lower() if poss[1:].islower() else poss[1:])
    pattern = re.compile(r"(?<![\w'\u2019])" + owner + r"\s+" + _KIN_AGE + kin
                         + r",?\s+((?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)\b(?!\s+(?:and|&)\s+[A-Z])")
    own = pattern.match(text, before, before + len(phrase) + 60)  # "said his son, Donald." names him right there
    own = own if own and poss.lower() != "the" and text[own.end(1):own.end(1) + 1] in (".", ",") else None
    found = [m for m in [*pattern.finditer(text, 0, before), *([own] if own else [])] if classify(m.group(1)) == PERSON
             and (" " in m.group(1) or m.group(1).lower() in first_names())]
    if len({m.group(1) for m in found}) != 1:
        return None
    return found[-1].span(1)


_PLURAL_PEOPLE_WORDS = {"others", "they", "many", "some", "both", "all", "several", "few", "most"}


# The noun phrase joined by 'and' just before a possessive: "the players and [their agents]", "the Clinton campaign
# and [its allies]", "Northwind Foods Inc. and [its lenders]"; a definite description or a capitalised name.
_OWNER_AND = re.compile(r"(?:(?<=^)|(?<=[\s\"\u201c(]))((?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+"
                        r"|[A-Z][\w'\u2019&-]*\.?(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\u2019&-]*\.?){0,4})\s+and\s+$")
_OWNER_CUT = re.compile(r"\s+(?:in|of|at|for|from|with|on|who|which|that)\s")


def _owner_joined_before(text: str, start: int, pronoun: str) -> Optional[str]:
    """The owner of a source phrase opening with 'its' or 'their' that is joined by 'and' to a noun phrase just
    before it: "The plaintiffs in the suit and their backers argue" - news writing pairs a party with its own
    people ("the company and its lenders", "the players and their agents"), so the possessive is that party's,
    nearer than any body the last sentences named. 'their' takes a plural only (a head in -s or 'men',
    'people'...), 'its' a singular; a description is cut before its prepositional phrase ("the plaintiffs")."""
    if start < 5 or text[start - 4:start].lower() != "and ":
        return None
    m = _OWNER_AND.search(text, max(0, start - 80), start)
    if not m:
        return None
    owner = m.group(1)
    if owner[:1].islower() or owner.split()[0] in ("The", "These", "Those"):
        cut = _OWNER_CUT.search(owner)
        owner = owner[:cut.start()] if cut else owner
        if len(owner.split()) < 2:
            return None
    head = _bare(owner.split()[-1]).lower()
    plural = head.endswith("s") and not head.endswith("ss") or head in _PEOPLE_PLURALS
    if pronoun == "their" and not plural or pronoun == "its" and (plural and not is_capitalised(owner.split()[-1])
                                                                  or head in _PEOPLE_PLURALS):
        return None
    return owner.rstrip(".")


# A name written in capitals alone ("NORDLINK", "DAHER-TLI", "ESPN"), and capitals that name no body
_CAPITALS_NAME = re.compile(r"(?<![\w.'\u2019-])[A-Z]{2,}(?:-[A-Z]{2,})*(?![\w.'\u2019-])")
_CAPITALS_NO_BODY = frozenset(source_lists()["capitals-no-body"])


# A capitalised name after a preposition ("took a job at Uber", "work for Citi"): a body the story names in passing
_NAME_AFTER_PREPOSITION = re.compile(r"\b(?:at|for|with|from|to|by|joined)\s+([A-Z][\w&'\u2019-]+(?:\s+[A-Z][\w&'\u2019-]+){0,3})")


def _acronym_between(text: str, a: int, b: int, owner: str) -> bool:
    """Whether text[a:b], between the body an 'its' would be given and the 'its', names another body in capitals
    alone ("DAHER-TLI", "NORDLINK") or by a name after a preposition that is no place, person or date ("took a job
    at Uber a few months before its senior vice president boasted"): organisation_names only finds names holding an
    organisation word, so such a body is no entity, yet it is nearer and may be what 'its' means; better unresolved
    than the older body."""
    if any(w.group() not in _CAPITALS_NO_BODY and w.group() not in owner.upper()
           for w in _CAPITALS_NAME.finditer(text, a, b)):
        return True
    for m in _NAME_AFTER_PREPOSITION.finditer(text, a, b):
        name = m.group(1)
        first = name.split()[0]
        if not names_a_place(name) and first.lower() not in first_names() and first.lower() not in _CALENDAR_WORDS \
                and first not in owner:
            return True
    return False


def _resolve_possessive(name: str, start: int, entities, text: str = "") -> str:
    """'many of its figures' -> 'many of the National Coalition's figures' when an organisation precedes, as 'it'
    and 'they' are resolved: only one named in the phrase's sentence or the two before (_near), and for 'their' none
    with a plural of people written after it ("Others were unapologetic in their criticism": the others')."""
    m = re.search(r"\b(its|their)\b", name)
    if not m:
        return name
    owner = _owner_joined_before(text, start, m.group(1)) if text and m.start() == 0 else None
    if owner:  # "The players and their agents said": the players' agents
        return owner + ("'" if owner.endswith("s") and m.group(1) == "their" else "'s") + name[m.end():]
    if not entities:
        return name
    k = bisect.bisect_left(entities, (start,))
    if not k:
        return name
    pos, owner = entities[k - 1]
    if text and m.group(1) == "its" and (subject := _organisation_subject_before(text, start, entities)) \
            and subject[0] < pos and text[subject[0]:subject[1]] != owner:
        # "Northwind Airlines Ltd. said it would buy Harbour Air Inc. ... A statement on its website said": the
        # body the sentence (or one of the two before) is about, not the object named after it
        pos, owner = subject[0], text[subject[0]:subject[1]]
    if text:
        if not _near(text, pos, start):
            return name
        if m.group(1) == "its" and _acronym_between(text, pos + len(owner), start, owner):
            return name  # ("... Lambert is the co-President of DAHER-TLI, '...,' according to its website": not
            # the Transportation Corporation named before; a name of capitals alone is no entity of its own here)
        if m.group(1) == "their" and any(w.lower() in _PLURAL_PEOPLE_WORDS or w in _PEOPLE_PLURALS
                                         or (w.islower() and w.endswith(_PEOPLE_PLURAL_ENDINGS))
                                         for w in words(text[pos + len(owner):start])):
            return name
    owner = owner[4:] if owner.startswith("The ") else owner  # ("The Ontario Securities Commission": not "the The")
    return name[:m.start()] + f"the {owner}'s" + name[m.end():]

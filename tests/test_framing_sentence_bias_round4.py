"""Round h69: wording that makes a news sentence one-sided, found on judged sentences that carried no flag.

Sentences written for these tests (not from the corpora)."""
import pytest

from verify import analyze


def _flags(text):
    return [(f.text, f.rule, f.category, f.voice) for f in analyze(text).flag_records]


def _span(text, flag_text):
    flags = [f for f in analyze(text).flag_records if f.text == flag_text]
    assert flags, _flags(text)
    return flags[0]


@pytest.mark.parametrize("text, flag_text, rule, voice", [
    ("The Democrat Party has lost touch with its base.", "Democrat Party", "democrat-adjective", "reporter"),
    ("Democrat lawmakers walked out of the chamber on Friday.", "Democrat lawmakers", "democrat-adjective", "reporter"),
    ("The bill died in the Democrat-controlled Senate.", "Democrat-controlled", "democrat-adjective", "reporter"),
    ("\u201cThe Democrat agenda is higher taxes,\u201d the senator said.", "Democrat agenda", "democrat-adjective",
     "quoted"),
])
def test_democrat_as_an_adjective_is_a_partisan_label(text, flag_text, rule, voice):
    f = _span(text, flag_text)
    assert (f.rule, f.category, f.voice) == (rule, "label", voice)
    assert text[f.start:f.end] == flag_text
    assert "Democratic" in f.suggestion and not f.editorial


@pytest.mark.parametrize("text", [
    "Democrat Jane Moss won the seat by 400 votes.",  # the noun before a name: the party member
    "She has been a Democrat all her life, her brother said.",
    "The mayor, a Democrat from the east side, signed the order.",
    "Leaders of the Sweden Democrat party met in Stockholm.",  # a party's own name
    "The Democratic Party met in Denver on Monday.",
])
def test_democrat_as_a_noun_or_in_a_name_is_not_flagged(text):
    assert [r for _, r, _, _ in _flags(text) if r == "democrat-adjective"] == []


@pytest.mark.parametrize("text, flag_text, rule", [
    ("Unfortunately, the council did not find the money in time.", "Unfortunately", "lexicon:unfortunately"),
    ("Make no mistake, the plan is a gamble for the mayor.", "Make no mistake", "lexicon:make no mistake"),
    ("The brash developer promised to finish the tower by spring.", "brash developer", "lexicon:brash"),
    ("He answered with a snarky post on social media.", "snarky post", "lexicon:snarky"),
    ("Keeping the families apart is unconscionable.", "unconscionable", "lexicon:unconscionable"),
    ("The governor railed against the new tax on Monday.", "railed against", "lexicon:railed against"),
    ("The coach unloaded on the referees after the game.", "unloaded on", "lexicon:unloaded on"),
    ("The campaign accused its rival of fear-mongering.", "fear-mongering", "lexicon:fear-monger*"),
    ("The council met again on Monday to hear yet another plan for the bridge.", "yet another", "lexicon:yet another"),
    ("The ad was a not-so-subtle jab at the governor.", "not-so-subtle jab", "lexicon:not-so-*"),
    ("Even worse, the new roof leaked for a month.", "Even worse", "lexicon:even worse"),
])
def test_loaded_words_of_the_sentence_bias_round(text, flag_text, rule):
    f = _span(text, flag_text)
    assert f.rule == rule and text[f.start:f.end] == flag_text


@pytest.mark.parametrize("text", [
    "\u201cUnfortunately, we could not reach the family,\u201d the sheriff said.",  # the speaker's regret
    "The mayor said the council would rail against any cuts.",  # attributed: a reporter-only verb of speech
    "Yet another said the plan would fail.",  # "another (person)": no emphasis
    "“That would make the shortage even worse,” the minister said.",  # the speaker's ranking
])
def test_reporter_only_entries_stay_out_of_sources_words(text):
    assert [r for _, r, _, _ in _flags(text) if r in ("lexicon:unfortunately", "lexicon:rail against",
                                                     "lexicon:yet another", "lexicon:even worse")] == []


def test_democrat_adjective_is_flagged_once_per_story_as_a_secondary_flag():
    from verify.framing import secondary
    text = ("Democrat leaders met on Monday. The Democrat Party wants a vote, and Democrat voters agree.")
    flags = [f for f in analyze(text).flag_records if f.rule == "democrat-adjective"]
    assert [f.text for f in flags] == ["Democrat leaders"]
    assert "used 3 times" in flags[0].reason and secondary(flags[0])

"""Genre review (protest, disaster, UK politics and health stories): rival estimates ("Police put the crowd at
12,000", "the UN put the number of people affected at 1.6 million") are each the named side's own figure, and
"a group opposed to X said C" is the group speaking, not a stance on X."""
import pytest
from tests.ledger_helpers import attributed


@pytest.mark.parametrize("text, source, content", [
    ("Organisers put the crowd at 50,000 on Sunday.", "Organisers", "50,000"),
    ("The ministry puts the figure at fewer than 300.", "The ministry", "fewer than 300"),
    ("The Red Cross put the number of people affected at 2 million.", "The Red Cross", "2 million"),
    ("Insurers put the damage at $4 billion.", "Insurers", "$4 billion"),
])
def test_put_the_figure_at_is_the_subjects_estimate(text, source, content):
    [c] = attributed(text)
    assert c.source.mention.text == source and c.text == content and c.cue.text.startswith("put")


def test_rival_crowd_estimates_each_keep_their_side():
    """A protest story sets the police count against the organisers' count: the second is not the police's."""
    text = "Police said 9,000 people took part, while organisers put the crowd at more than 40,000."
    cs = attributed(text)
    by_source = {c.source.mention.text: c.text for c in cs}
    assert by_source["Police"] == "9,000 people took part"
    assert by_source["organisers"] == "more than 40,000"


@pytest.mark.parametrize("text, source, content", [
    ("Officials put the death toll at 12.", "Officials", "12"),
    ("On Friday, officials had put the toll at 9.", "officials", "9"),
    ("Police put the crowd at 40.", "Police", "40"),
    ("The ministry put the number of wounded at 41, including six children.", "The ministry",
     "41, including six children"),
])
def test_a_figure_of_one_or_two_digits_is_a_whole_estimate(text, source, content):
    """A noun-phrase content shorter than three characters is no content ("denied it"), but a lone figure is."""
    [c] = attributed(text)
    assert c.source.mention.text == source and c.text == content and c.cue.text.startswith("put")


def test_a_short_word_after_a_noun_phrase_cue_is_still_no_content():
    assert attributed("The mayor denied it.") == []


def test_put_in_other_senses_is_no_cue():
    assert attributed("She put the figure on the wall.") == []


@pytest.mark.parametrize("text, source, content", [
    ("A spokesman for a tenants' group opposed to the tower said the plan was rushed.",
     "A spokesman for a tenants' group", "the plan was rushed"),
    ("Farmers opposed to the new dam said their fields would flood.", "Farmers", "their fields would flood"),
])
def test_opposed_to_after_a_noun_describes_the_speaker(text, source, content):
    """'opposed to' has no verb use ('oppose' takes its object bare): after a noun it describes the speakers,
    and the sentence's cue is the 'said' that follows."""
    [c] = attributed(text)
    assert c.source.mention.text == source and c.text == content and c.cue.text == "said"


def test_opposed_as_a_verb_is_still_a_stance():
    [c] = attributed("The senator opposed the bill.")
    assert c.cue.text == "opposed" and c.text == "the bill"

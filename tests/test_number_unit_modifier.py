"""A compound of a number and a unit ("five-year", "$2.4-billion", "10-point") only ever modifies a noun: the cue word
after it ("plan to") is that noun, and no one is planning; an age compound is itself the noun ("a 47-year-old")."""
import pytest

from tests.ledger_helpers import attributed


@pytest.mark.parametrize("text", [
    "The government unveiled a $2.4-billion plan to speed up approvals on Tuesday.",
    "Officials released a five-year plan to rebuild the port.",
    "Ottawa unveils $2.4-billion plan to speed up housing approvals",
    "The board adopted a 30-day plan to reopen the plant.",
])
def test_a_cue_word_after_a_number_unit_compound_is_a_noun(text):
    assert attributed(text) == []


def test_a_verb_cue_after_a_hyphenated_place_still_frames():
    [c] = attributed("Officials in Winston-Salem said the road would reopen on Monday.")
    assert c.source.mention.text == "Officials in Winston-Salem" and c.cue.text == "said"

"""Genres the training corpora lack, fourth review (fact checks, markets reports, recalls, aviation incidents,
school results, housing figures, diplomacy with translated remarks, Q&A interviews) - each rule on sentences
written for the test."""
import pytest

from tests.ledger_helpers import claim_of


@pytest.mark.parametrize("text, content", [
    ("Doctors warned against skipping the second dose.", "against skipping the second dose"),
    ("The union argued against extending the contract.", "against extending the contract"),
])
def test_a_cue_before_against_keeps_the_whole_word(text, content):
    assert claim_of(text)[2] == content


@pytest.mark.parametrize("text, content", [
    ("No injuries were reported, the operator said in a statement posted on its website.",
     "No injuries were reported"),
    ("The operator said in a statement released late Friday that no injuries were reported.",
     "no injuries were reported"),
    ("The governor said during a radio interview on Monday that the road would reopen.",
     "the road would reopen"),
    ("The envoy said in a televised address that talks would resume.", "talks would resume"),
    ("The minister said through an interpreter that the border would stay open.", "the border would stay open"),
])
def test_the_occasion_of_a_remark_is_no_part_of_its_content(text, content):
    assert claim_of(text)[2] == content


def test_a_capitalised_name_after_by_is_no_occasion():
    """'reported by The Daily Post' names the source, not an occasion of the remark."""
    source, cue, _ = claim_of("The leak was first reported by The Daily Post.")
    assert "Daily Post" in source and cue == "reported"

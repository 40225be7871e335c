"""The project's own sample stories (seeds/): who each claim comes from, as an editor would check it."""
from pathlib import Path

import pytest

from verify import analyze

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def council():
    return analyze((SEEDS / "101_council_bike_lane.txt").read_text(encoding="utf-8"))


def source_of(analysis, prefix):
    claim = next(c for c in analysis.claim_records if c.text.startswith(prefix))
    return claim.source.name, claim.source.type


@pytest.mark.parametrize("prefix, name, kind", [
    ("Halifax council votes", "the reporter", "reporter"),
    ("the vote ignored", "Dana Whitcombe", "person"),  # "Coun." is a title, not part of the name
    ("\"We asked residents", "Dana Whitcombe", "person"),
    ("\"Throwing that out", "Dana Whitcombe", "person"),  # the quotation goes on after its frame
    ("\"Nobody is cancelling", "Ron Keddy", "person"),  # "he" after "Mayor Ron Keddy said"
    ("the project has already cost", "staff report", "document"),
    ("another $800,000", "staff report", "document"),  # "The report says": the same document
    ("her sales dropped", "Sandra Boutilier", "person"),
    ("They just went somewhere else", "Sandra Boutilier", "person"),
    ("the lane has made the street safer", "cycling advocates", "anonymous"),
    ("\"This lane saves", "Kelsey Lane", "person"),  # "she", and not the bike lane
    ("it was not involved", "province's Department of Public Works", "organization"),
])
def test_council_story_sources(council, prefix, name, kind):
    assert source_of(council, prefix) == (name, kind)


def test_council_story_relays_cbc_and_keeps_the_dateline_out(council):
    told = next(c for c in council.claim_records if c.text.startswith("\"We asked residents"))
    assert told.source.via == ["CBC News"] and told.cue.text == "told"
    assert [c.text for c in council.claim_records if c.kind == "metadata"] == ["HALIFAX"]

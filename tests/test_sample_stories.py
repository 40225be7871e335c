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


@pytest.fixture(scope="module")
def fire():
    return analyze((SEEDS / "102_factory_fire.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("prefix, name, kind", [
    ("Factory fire kills 12", "officials", "anonymous"),  # the headline's own attribution
    ("A fire at a textile factory", "state officials", "anonymous"),
    ("The blaze broke out", "Erik Cavazos", "person"),  # "told reporters" closes the sentence
    ("\"We are investigating", "Erik Cavazos", "person"),  # the quotation goes on
    ("The company, Textiles del Norte, did not respond", "the reporter", "reporter"),  # no claim
    ("20 people were injured", "spokesman for the state governor", "anonymous"),
    ("as many as 15 people may have died", "hospital sources", "anonymous"),  # via Local media
    ("it had opened an investigation", "state prosecutor's office", "organization"),
])
def test_fire_story_sources(fire, prefix, name, kind):
    assert source_of(fire, prefix) == (name, kind)


def test_fire_story_chain_furniture_and_disputed_toll(fire):
    relayed = next(c for c in fire.claim_records if c.text.startswith("as many as 15"))
    assert relayed.source.via == ["Local media"]
    assert [c.text for c in fire.claim_records if c.kind == "metadata"] == [
        "By Maria Lopez", "MONTERREY, Mexico (Reuters)", "(Reporting by Maria Lopez; Editing by Daniel Wallis)"]
    statuses = {r.status for r in fire.relation_records}
    assert "conflict" in statuses and "part-of" in statuses  # 12 against 15; five of the 20 injured
    conflict = next(r for r in fire.relation_records if r.status == "conflict")
    assert "12" in conflict.explanation and "15" in conflict.explanation


@pytest.fixture(scope="module")
def study():
    return analyze((SEEDS / "103_night_shift_study.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("prefix, name, kind", [
    ("Nurses who work rotating night shifts", "study", "document"),  # the mention keeps "published Wednesday"
    ("\"It is not just about sleep", "Anna Becker", "person"),
    ("\"Shift work disrupts", "Anna Becker", "person"),
    ("the findings did not prove", "authors", "anonymous"),
    ("it would review the study", "Health Canada", "organization"),
    ("the union would push", "spokesperson for the Ontario Nurses' Association", "anonymous"),
    ("Some experts were more skeptical", "the reporter", "reporter"),
    ("the study relied on self-reported data", "Raj Patel", "person"),
    ("\"We should be careful", "Raj Patel", "person"),  # "he said"
])
def test_study_story_sources(study, prefix, name, kind):
    assert source_of(study, prefix) == (name, kind)

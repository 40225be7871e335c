"""A sports team named by its place and a capitalised plural ("the Calgary Flames", "Washington Redskins") is a body: a
'they' takes it up, a 'he' or 'she' never does, and the plural alone later ("The Flames said") is the same team (round 7
of he/she/they). Stories written for the test."""
from verify import analyze

from tests.ledger_helpers import claim_starting


def test_they_takes_up_a_team_named_by_its_city():
    a = analyze("The Calgary Flames placed defenceman Luc Berube on injured reserve on Monday. "
                "They said he would miss at least four weeks.")
    c = claim_starting(a, "he would miss at least four weeks")
    assert (c.source.mention.text, c.source.mention.start) == ("They", a.text.index("They"))
    assert c.source.name == "Calgary Flames"
    assert c.source.type == "organization"
    assert "plural-subject-before" in c.source.rule


def test_a_team_is_no_antecedent_of_he():
    a = analyze("Band councillor Ray Tallman led the campaign to rename the Washington Capitals logo because he "
                "claimed it mocked First Nations.")
    c = claim_starting(a, "it mocked First Nations")
    assert c.source.mention.text == "he"
    assert c.source.name == "Ray Tallman"


def test_the_nickname_alone_is_the_team_named_before():
    a = analyze("The Toronto Maple Leafs beat Ottawa 4-1 on Saturday. Coach Denis Arsenault praised the defence. "
                "The Leafs said forward Jonah Weir will miss the next game.")
    c = claim_starting(a, "forward Jonah Weir will miss")
    assert c.source.name == "Toronto Maple Leafs"
    assert c.source.type == "organization"


def test_a_person_whose_first_name_is_a_city_is_no_team():
    """'Austin' and 'Georgia' are cities and first names: without 'the' before it the name is a person's."""
    a = analyze("Georgia Rivers, a nurse in Moncton, spoke to reporters on Monday. She said the ward was short-staffed.")
    c = claim_starting(a, "the ward was short-staffed")
    assert c.source.name == "Georgia Rivers"
    assert c.source.type == "person"


def test_a_newspaper_is_no_team():
    a = analyze("The New York Times published the memo on Friday. They said it was authentic.")
    c = claim_starting(a, "it was authentic")
    assert c.source.name != "New York Times"


def test_they_takes_up_a_team_after_a_dateline():
    """A dateline before the team's sentence ('WINNIPEG - The Winnipeg Jets placed ...') hides no subject."""
    a = analyze("WINNIPEG - The Winnipeg Jets placed defenceman Anders Holm on injured reserve on Tuesday.\n\n"
                "They said Holm would miss six weeks.")
    c = claim_starting(a, "Holm would miss six weeks")
    assert c.source.name == "Winnipeg Jets"


def test_they_takes_up_a_team_whose_verb_follows_an_inserted_word():
    a = analyze("The Calgary Flames lost 3-2 in Edmonton. The Flames, meanwhile, fined forward Owen Pratt for a late "
                "hit. They said the hit was reckless.")
    c = claim_starting(a, "the hit was reckless")
    assert c.source.name == "Calgary Flames"

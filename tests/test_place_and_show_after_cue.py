"""Where the words were said, after a trailing cue: a capitalised place ("said Tuesday in Paris"), an occasion with its
audience ("in a video message to the convention") or an outlet's show by its possessive ("on CTV's "Power Play"")
closes the frame and is never content."""
from tests.ledger_helpers import attributed


def test_a_place_after_a_trailing_cue_closes_the_frame():
    """'C, Dubois said Tuesday in Lyon, noting D': a capitalised place after the cue (also 'in Halifax, Nova
    Scotia, that C') says where the words were said; it is no content, so the clause before is."""
    cs = attributed("The tariff is a mistake, Dubois said Tuesday in Lyon, noting that exports fell.")
    said = [c for c in cs if c.cue.text == "said"][0]
    assert said.text == "The tariff is a mistake" and said.source.mention.text == "Dubois"
    [c] = attributed("Okafor said in Halifax, Nova Scotia, that the ferry would run again.")
    assert c.text == "the ferry would run again"
    assert [c.text for c in attributed("Biden Aims Insult At Trump")] != ["Trump"]  # title case is no place


def test_an_occasion_with_its_audience_or_an_outlets_show_closes_the_frame():
    """'C, she said in a video message to the convention.', 'he said on CTV's "Power Play."', 'he said Sunday on
    Global's morning program': the occasion may name its audience, or an outlet by its possessive; all of it says
    where, none of it is content."""
    [c] = attributed("The party had made real gains in the suburbs, she said in a video message to the convention.")
    assert c.text == "The party had made real gains in the suburbs" and c.cue.text == "said"
    [c] = attributed("The budget will balance by 2027, the minister said Sunday on CTV's \"Power Play.\"")
    assert c.text == "The budget will balance by 2027"
    [c] = attributed("The strike could end this week, the union leader said Monday morning on Global's radio program.")
    assert c.text == "The strike could end this week"
    [c] = attributed("Okafor said in an interview on CBC's morning show that the ferry would run again.")
    assert c.text == "the ferry would run again"

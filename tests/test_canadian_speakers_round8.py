"""Quote speakers in Canadian news, eighth round: a first name written as two initials (P.J., J.D.), a senator or
MP named with the province or city they sit for, set off after a description."""
from verify.sentences import split_sentences

from tests.ledger_helpers import attributed


def test_two_initials_as_a_first_name_stay_with_the_surname():
    """'Premier P.J. Akeeagok told reporters': one sentence, one person named P.J. Akeeagok, whom a later
    surname and 'the premier' take up; initials of a place still end a sentence or modify a body."""
    text = ("Premier P.J. Akeeagok told reporters the territory cannot do it alone.\n\n"
            "\u201cWe need a partner,\u201d Akeeagok said. The premier said he would raise it with Ottawa.")
    assert len(split_sentences(text.split("\n\n")[0])) == 1
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["P.J. Akeeagok"] * 3
    assert cs[0].source.type == "person" and cs[0].source.mention.text == "Premier P.J. Akeeagok"
    cs = attributed("J.D. Marchand, a cattle rancher near Brandon, said the hay crop was thin.")
    assert cs[0].source.name == "J.D. Marchand" and cs[0].source.type == "person"
    assert len(split_sentences("He studied in Vancouver, B.C. Smith said so.")) == 2
    assert len(split_sentences("The casino is bankrupt in A.C. Others will follow.")) == 2  # a place after 'in'
    cs = attributed("“It will get worse,” said T.R. Pelletier, an economist at the bank.")
    assert cs[0].source.name == "T.R. Pelletier"


def test_a_legislator_named_with_the_province_they_sit_for():
    """'Sen. Jane Doe of Prince Edward Island' is Jane Doe (the place is no name, though 'Prince' is a title
    word and 'Edward' a first name), also set off after a description ('The committee chair, ...,'), which a
    later 'the chair' takes up."""
    text = ("The committee chair, Sen. Lorna Pike of Prince Edward Island, asked officials to return with a plan.\n\n"
            "Sen. Walter Dube of Nova Scotia said the delay was costly. The chair said a second meeting was set.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Lorna Pike", "Walter Dube", "Lorna Pike"]
    assert cs[0].source.mention.text == "Sen. Lorna Pike of Prince Edward Island"


def test_a_place_s_title_holder_opening_the_story_is_the_holder_named_below():
    """'Yukon's premier says ...' opening the story, then 'Premier R.J. Pillai told reporters': the premier named
    below (the initials read as his first name); one named with another place's title is not the one meant."""
    text = ("Yukon's premier says the territory needs a housing deal with Ottawa.\n\n"
            "Premier R.J. Pillai told reporters in Whitehorse the territory cannot do it alone.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["R.J. Pillai", "R.J. Pillai"]
    text = ("Yukon's premier says the territory needs a housing deal with Ottawa.\n\n"
            "B.C. Premier Dan Moss told reporters in Victoria he supports the idea.")
    assert attributed(text)[0].source.name != "Dan Moss"

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


def test_the_younger_and_the_elder_of_two_people_sharing_a_surname():
    """A farm or family story names a parent and a child of one surname, then writes 'the younger Roy' or 'the
    elder Roy': the child (introduced as 'his son') is the younger, the parent the elder; without a kin word that
    tells them apart, no guess is made by age."""
    text = ("Pierre Roy said the mill will close. His father, Marc Roy, said he built it in 1970. "
            "\u201cIt is a sad day,\u201d the elder Roy said. The younger Roy said he would look for work.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Pierre Roy", "Marc Roy", "Marc Roy", "Pierre Roy"]
    assert "younger-or-elder" in cs[-1].source.rule
    text = ("Ann Dube runs the dairy. Luc Dube, her son, milks the herd at dawn. "
            "The younger Dube said prices were falling.")
    assert attributed(text)[-1].source.name == "Luc Dube"


def test_business_owners_in_a_district_and_a_chamber_of_commerce():
    """'Business owners in Old Montreal said' is a group of unnamed owners, not a person called 'Old Montreal';
    'The Chamber of Commerce of Metropolitan Quebec said' is the chamber, an organisation."""
    cs = attributed("Business owners in Old Quebec said the closures would keep tourists away.")
    assert cs[0].source.type == "anonymous" and cs[0].source.name == "Business owners in Old Quebec"
    cs = attributed("The Chamber of Commerce of Metropolitan Quebec said the work should be done at night.")
    assert cs[0].source.type == "organization"
    assert cs[0].source.name == "Chamber of Commerce of Metropolitan Quebec"


def test_the_one_union_named_is_the_union_however_far_back():
    """A labour story names the union once, in the president's description, then other bodies; 'according to the
    union' paragraphs later is that local, not the body named last."""
    text = ("Dana Kirby, president of Unifor Local 88, said the strike would go ahead.\n\n"
            "The Atlantic Shippers Association said the offer was fair.\n\n"
            "The Halifax Chamber of Commerce said the strike would cost millions a week.\n\n"
            "According to the union, no talks are scheduled.")
    cs = attributed(text)
    assert cs[-1].source.name == "Unifor Local 88" and cs[-1].source.mention.text == "the union"


def test_a_company_named_for_its_trade_without_a_suffix():
    """'Westbridge Properties said' is a company (no Ltd. or Inc. needed), whom 'the company' takes up; a person
    whose surname is such a word after a first name stays a person."""
    cs = attributed("Harbourview Properties said the building was safe. The company said repairs would start soon.")
    assert [(c.source.name, c.source.type) for c in cs] == [("Harbourview Properties", "organization")] * 2
    cs = attributed("Karen Homes said she was tired of waiting.")
    assert cs[0].source.type == "person"


def test_a_description_after_its_head_is_the_same_description_before_it():
    """'Chantal Roy, the owner of a bakery on Main Street,' is 'the bakery owner' later, as a title before the name
    would be; 'the senator from Vermont' is still not 'the Florida senator'."""
    cs = attributed("Lise Caron, the owner of a bakery on Queen Street, said sales fell. "
                    "\u201cWe are hurting,\u201d the bakery owner said.")
    assert [c.source.name for c in cs] == ["Lise Caron", "Lise Caron"]
    cs = attributed("Dan Holt, the senator from Vermont, said no. \u201cNo,\u201d the Florida senator said.")
    assert cs[-1].source.name != "Dan Holt"


def test_a_title_word_as_a_surname_after_a_first_name():
    """'Elder Joseph Chief' is Joseph Chief: 'Elder' is his title, 'Chief' his surname."""
    cs = attributed("Elder Joseph Chief, who grew up on the land, said the delay has cost a generation. "
                    "\u201cMy father showed me where to set the nets,\u201d Chief said.")
    assert [c.source.name for c in cs] == ["Joseph Chief", "Joseph Chief"]


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


def test_the_health_authority_is_the_region_s_health_body_named_before():
    """B.C. and Nova Scotia copy names a regional health authority '<Region> Health' and then writes 'the health
    authority': that body, even paragraphs after it was named."""
    text = ("A spokesperson for Coastal Ridge Health, Mina Park, said 20 beds were opened.\n\n"
            "\u201cOur staff are working around the clock,\u201d Park said.\n\n"
            "The health authority said the surge was driven by an early flu season.")
    cs = attributed(text)
    assert cs[-1].source.name == "Coastal Ridge Health" and cs[-1].source.type == "organization"


def test_a_cabinet_post_not_called_minister_is_a_minister():
    """'Treasury Board President Lena Doucet' sits in cabinet: 'the minister' right after her is she, not the finance
    minister named before; named in the other order, 'the minister' is the one just named."""
    text = ("Finance Minister Paul Arsenault said the budget is balanced. Treasury Board President Lena Doucet said "
            "the province will cut 300 jobs. The minister said no layoffs would happen before April.")
    assert [c.source.name for c in attributed(text)] == ["Paul Arsenault", "Lena Doucet", "Lena Doucet"]
    text = ("Treasury Board President Lena Doucet said the province will cut 300 jobs. Finance Minister Paul "
            "Arsenault said the budget is balanced. The minister said no layoffs would happen before April.")
    assert attributed(text)[-1].source.name == "Paul Arsenault"


def test_people_of_a_trade_in_a_place_are_unnamed_people():
    """'Lobster fishers in southwest Nova Scotia say' is a group of unnamed fishers, not a person 'Nova Scotia'."""
    cs = attributed("Lobster fishers in southwest Nova Scotia say the new trap limit will push some out of business.")
    assert cs[0].source.type == "anonymous" and cs[0].source.name == "Lobster fishers in southwest Nova Scotia"
    cs = attributed("Bernie Sanders in Iowa said the race was close.")
    assert cs[0].source.type == "person"


def test_an_acadian_surname_with_its_particle():
    """'Rémi d'Eon ... d'Eon said' is Rémi d'Eon (the 'd'' particle before the capital is part of a capitalised
    surname); 'the younger d'Eon' is the one introduced as his daughter."""
    text = ("Rémi d\u2019Eon said the trap limit will cost him a third of his income. His daughter, Annie d\u2019Eon, "
            "fishes with him.\n\n\u201cNobody asked us,\u201d d\u2019Eon said. \u201cI owe more on my licence than on my "
            "house,\u201d the younger d\u2019Eon said.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Rémi d\u2019Eon", "Rémi d\u2019Eon", "Annie d\u2019Eon"]

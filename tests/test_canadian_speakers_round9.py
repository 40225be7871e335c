"""Quote speakers in Canadian news, ninth round: a description set off after a name at the end of the sentence,
a trade word added to a head the story gave bare, a name opening with a particle ('Van', 'De'), 'the statement
said' after a source spoke 'in a statement', and 'the union' never the employer's board."""
from tests.ledger_helpers import attributed


def test_a_description_closing_the_sentence_names_the_person_as_a_comma_would():
    """'"...," said Ana Dube, a fire information officer with the provincial service.' then 'The fire
    information officer added': the person set off with the description at the end of her sentence."""
    text = ("\u201cThe wind turned at noon,\u201d said Ana Dube, a fire information officer with the provincial "
            "service. Dube said 40 crews were on the line.\n\n"
            "The fire information officer added that rain was due on Friday.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Ana Dube"] * 3
    assert cs[-1].source.mention.text == "The fire information officer"
    assert cs[-1].source.type == "person"


def test_a_trade_word_added_to_a_head_given_bare():
    """'The family's lawyer, Rosa Klein, said' then 'The refugee lawyer said': the same lawyer; but 'Jo Marr, a
    Crown lawyer,' is not 'the defence lawyer' (the story qualified the head itself)."""
    text = ("The family\u2019s lawyer, Rosa Klein, said the officer erred.\n\n"
            "The refugee lawyer said she would seek a stay of removal.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Rosa Klein", "Rosa Klein"]
    assert cs[1].source.mention.text == "The refugee lawyer"
    text = "Jo Marr, a Crown lawyer, said the search was lawful.\n\nThe defence lawyer said she would appeal."
    cs = attributed(text)
    assert cs[-1].source.name != "Jo Marr" and cs[-1].source.type != "person"


def test_a_name_opening_with_a_particle_keeps_it():
    """'Van Long Pham' (a Vietnamese middle name) is the whole name, as 'Rival Omar Diaz' is Omar Diaz."""
    cs = attributed("Her husband, Van Long Pham, said through an interpreter that he was held twice.\n\n"
                    "\u201cThey warned me,\u201d he said.")
    assert [c.source.name for c in cs] == ["Van Long Pham", "Van Long Pham"]


def test_the_statement_is_the_source_that_gave_it():
    """'Transport Canada said in a statement that ... "...," the statement said': the department; a statement
    nobody was said to give stays a document."""
    text = ("Transport Canada said in a statement that the inspections would continue.\n\n"
            "\u201cSafety is our first priority,\u201d the statement said.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Transport Canada", "Transport Canada"]
    assert cs[1].source.mention.text == "the statement" and cs[1].source.type == "organization"
    cs = attributed("Mayor Leah Ng said in an emailed statement that crews were out. The statement added that "
                    "roads would reopen by noon.")
    assert [c.source.name for c in cs] == ["Leah Ng", "Leah Ng"]
    cs = attributed("The firm posted a notice on its website. The statement said the plant would close.")
    assert cs[-1].source.type == "document"


def test_the_union_is_not_the_employers_board():
    """'Treasury Board said ... According to the union': a body whose own head is a board, agency or department
    is the employer, not the union; a union named by its name is still the union."""
    text = ("Tom Reid, the alliance's national president, called the order reckless. Treasury Board said in a "
            "statement that offices would adapt.\n\n"
            "According to the union, about 90,000 of its members work in the region.")
    cs = attributed(text)
    assert cs[-1].source.name != "Treasury Board"
    text = ("The Canadian Union of Postal Workers said members would strike. Canada Post said talks would go on. "
            "The union said it was ready.")
    cs = attributed(text)
    assert cs[-1].source.name == "Canadian Union of Postal Workers"


def test_a_title_set_off_with_the_bodys_name_before_it():
    """'Lise Roy, PSAC national president, said' then 'The union president said': a body's president set off after
    her name with the body's name before the title (no article); its kind is unsaid, so 'the union president' is
    she when nobody else is president."""
    text = ("Lise Roy, PSAC national president, said the order was reckless.\n\n"
            "The union president said members would file grievances.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Lise Roy", "Lise Roy"]
    assert cs[1].source.mention.text == "The union president"


def test_the_spouse_of_a_couple_named_together():
    """'Gus and Mona Hale packed the car ... Mona Hale said ... Her husband said': the other one of the couple;
    a husband of someone named alone stays unnamed."""
    text = ("Gus and Mona Hale packed the car in 20 minutes.\n\n"
            "\u201cWe took the dogs,\u201d Mona Hale said. Her husband said he stayed to start the sprinklers.\n\n"
            "\u201cI was scared,\u201d Gus Hale said.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Mona Hale", "Gus Hale", "Gus Hale"]
    assert cs[1].source.mention.text == "Her husband" and cs[1].source.type == "person"
    cs = attributed("Rita Lamb said the rent doubled. Her husband said they would move.")
    assert cs[-1].source.type != "person" or cs[-1].source.name != "Rita Lamb"


def test_the_office_elect_is_the_person_the_story_said_was_elected():
    """'Coun. Rita Boyd won Monday's vote and will be the next mayor ... "...," the mayor-elect said': the one person
    the story said will be the next mayor or was elected mayor; nobody said so leaves it unnamed."""
    cs = attributed("Coun. Rita Boyd won Monday\u2019s vote and will be the next mayor.\n\n"
                    "\u201cWe have work to do,\u201d the mayor-elect said.")
    assert cs[-1].source.name == "Rita Boyd" and cs[-1].source.mention.text == "the mayor-elect"
    cs = attributed("Rita Boyd was elected mayor of Moncton on Monday.\n\n\u201cWe start now,\u201d the mayor-elect said.")
    assert cs[-1].source.name == "Rita Boyd"
    cs = attributed("The vote is Monday. \u201cIt is close,\u201d the mayor-elect said.")
    assert cs[-1].source.type != "person"


def test_a_players_position_is_the_player_just_named():
    """Sports copy comes back to a player by position: 'the veteran forward said', 'the American winger said' is the
    player just named, as 'the goalie' is; 'looks forward' names nobody."""
    cs = attributed("Leon Brandt scored twice. \u201cHe moves the puck well,\u201d the veteran forward said.")
    assert cs[-1].source.name == "Leon Brandt" and cs[-1].source.mention.text == "the veteran forward"
    cs = attributed("Brock Hale scored late. \u201cIt felt good,\u201d the American winger said.")
    assert cs[-1].source.name == "Brock Hale"


def test_a_qualified_student_is_the_student_named_with_that_title():
    """'Graduate student Ana Roy said ... The master's student said': the student named so; a bare 'the student' or
    one quoted unnamed ('A first-year student said ... the first-year student') stays unnamed."""
    cs = attributed("Graduate student Ana Roy said harvesters had asked for years.\n\n"
                    "The master\u2019s student said the team returned in the spring.")
    assert [c.source.name for c in cs] == ["Ana Roy", "Ana Roy"]
    cs = attributed("Graduate student Ana Roy said harvesters had asked. A first-year student said she was worried. "
                    "The first-year student said fees were too high.")
    assert cs[-1].source.type == "anonymous"
    cs = attributed("Graduate student Ana Roy spoke first. \u201cFine,\u201d the student said.")
    assert cs[-1].source.type == "anonymous"


def test_his_or_her_office_is_the_office_of_the_person_just_named():
    """'Transport Minister Ana Pires was not available for an interview, her office said': the office of the person
    just named (of the pronoun's sex); with nobody named near, the office stays unnamed."""
    cs = attributed("Transport Minister Ana Pires was not available for an interview, her office said.")
    assert cs[-1].source.name == "office of Ana Pires" and cs[-1].source.type == "organization"
    cs = attributed("Premier Lise Brunet spoke Monday. Tom Lee said no. Her office said she would reply.")
    assert cs[-1].source.name == "office of Lise Brunet"
    cs = attributed("The plan stalled in the spring. No one would say why.\n\nHis office said the talks went on.")
    assert not cs[-1].source.name.startswith("office of")

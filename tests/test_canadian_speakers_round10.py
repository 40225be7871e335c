"""Quote speakers in Canadian news, tenth round: a bare description closing the sentence after a name, a first name
after a kin word on a surname's possessive, a capitalised formal title set off before a name, 'Landlords say', the
partner of a couple with two surnames, and a body named for the workers it organises as 'the union'."""
from tests.ledger_helpers import attributed


def test_a_bare_description_closing_the_sentence():
    """'"...," said Lena Moss, general manager of the port authority.' then 'The general manager said': the title
    set off with no article, ending the sentence, names her as a comma would."""
    text = ("\u201cThe berth is ready,\u201d said Lena Moss, general manager of the port authority.\n\n"
            "The general manager said ships would dock on Monday.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Lena Moss", "Lena Moss"]
    assert cs[1].source.mention.text == "The general manager" and cs[1].source.type == "person"


def test_a_first_name_after_a_kin_word_on_a_surname():
    """'Novak's sister, Irene, said': Irene Novak, of the family the story named; a possessive that is no person's
    surname gives no surname."""
    text = ("Among the injured was Paul Novak, a welder. Novak\u2019s sister, Irene, said he was in good spirits.\n\n"
            "\u201cHe is tough,\u201d Irene said.")
    cs = attributed(text)
    assert [c.source.name for c in cs][-2:] == ["Irene Novak", "Irene Novak"]
    cs = attributed("The firm\u2019s founder, Irene, said the shop would reopen.")
    assert all(c.source.name != "Irene Novak" for c in cs)


def test_a_capitalised_formal_title_set_off_before_the_name():
    """"Manitoba's Minister of Families and Housing, Rhea Lund, said" then '"...," the minister said in a statement.
    The statement added': both the minister, as with the title in lower case."""
    text = ("Manitoba\u2019s Minister of Families and Housing, Rhea Lund, said the money would flow.\n\n"
            "\u201cWe will act quickly,\u201d the minister said in a statement. The statement added that staff "
            "were ready.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Rhea Lund"] * 3
    assert cs[1].source.mention.text == "the minister"


def test_landlords_opening_a_sentence_are_unnamed_people():
    """'Landlords say the increases are overdue.': people, not a person called Landlords."""
    cs = attributed("The board set the new rate on Monday. Landlords say the increases are overdue.")
    assert cs[-1].source.name.lower() == "landlords" and cs[-1].source.type != "person"


def test_the_partner_of_a_couple_with_two_surnames():
    """'Omar Haddad and Julie Roy have rented the unit for years. The couple ...' then 'Roy said ... Her partner
    said': the other one of the couple; two names with no 'couple' after them are no couple."""
    text = ("Omar Haddad and Julie Roy have rented the same unit for nine years. The couple expect a large increase.\n\n"
            "\u201cWe do the math every night,\u201d Roy said. Her partner said they were looking elsewhere.")
    cs = attributed(text)
    assert [c.source.name for c in cs][-2:] == ["Julie Roy", "Omar Haddad"]
    assert cs[-1].source.mention.text == "Her partner"
    text = ("Omar Haddad and Julie Roy spoke at the meeting.\n\n"
            "\u201cWe do the math every night,\u201d Roy said. Her partner said they were looking elsewhere.")
    assert attributed(text)[-1].source.name != "Omar Haddad"


def test_a_body_named_for_the_workers_it_organises_is_the_union():
    """'Mike Roy, president of the local of the United Steelworkers, ... According to the union': that union."""
    text = ("Mike Roy, president of the local of the United Steelworkers that represents the miners, said the union "
            "wanted answers.\n\n"
            "According to the union, two smaller falls were reported last year.")
    cs = attributed(text)
    assert cs[-1].source.name == "United Steelworkers" and cs[-1].source.type == "organization"


def test_the_court_is_the_court_named_before():
    """'The Ontario Court of Appeal ruled ... In its decision, the court said': the court the story named; 'the
    appeals court' is not the Supreme Court named after it, and a judge's title ('Superior Court Justice Ana
    Roy') names no court."""
    text = ("The Ontario Court of Appeal ruled on Friday that the bylaw was valid. In its decision, the court said "
            "the city had acted within its powers.")
    cs = attributed(text)
    assert cs[-1].source.name == "Ontario Court of Appeal" and cs[-1].source.mention.text == "the court"
    text = ("The Court of Appeal upheld the ruling. The province said it would ask the Supreme Court of Canada to "
            "hear the case. The appeals court said the law was clear.")
    assert attributed(text)[-1].source.name == "Court of Appeal"
    text = ("Superior Court Justice Ana Roy released her reasons on Monday. The court said the search was "
            "unlawful.")
    assert "Ana Roy" not in attributed(text)[-1].source.name


def test_a_post_in_economics_set_off_after_the_name_is_the_economist():
    """'Ana Roy, vice-president and head of climate economics at a bank, said' then 'the economist wrote': her;
    a relative clause ('who studied economics') makes no economist of the person."""
    text = ("Ana Roy, vice-president and head of climate economics at Prairie Bank, said the forecast was too "
            "rosy.\n\n\u201cRates will stay high,\u201d the economist wrote in a note to clients.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Ana Roy", "Ana Roy"]
    assert cs[1].source.mention.text == "the economist"
    text = ("Ana Roy, who studied economics in Lyon, said the forecast was too rosy.\n\n"
            "\u201cRates will stay high,\u201d the economist wrote in a note to clients.")
    assert attributed(text)[-1].source.name != "Ana Roy"

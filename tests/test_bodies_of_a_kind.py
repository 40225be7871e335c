"""Descriptions and pronouns for companies, agencies and relatives: "the grocer" is the grocery company named
before, "The manufacturer, Nutrigen Ltd.," is Nutrigen, "the agency" may be a body named but never quoted, "her
daughter" is the daughter the story named, and 'it' after a body's own quotation of several sentences is the body."""
from verify import analyze

from tests.ledger_helpers import claim_starting


def _said(text):
    return [(c.text, c.source.name, c.source.type, c.source.rule) for c in analyze(text).claim_records
            if c.cue is not None]


def _source_of(text, content):
    return next((name, kind, rule) for c, name, kind, rule in _said(text) if c.startswith(content))


def test_a_company_description_is_the_company_named_before():
    text = "Pinecrest Dairies Ltd. raised its milk prices in March. The company said feed costs had doubled."
    name, kind, rule = _source_of(text, "feed costs")
    assert (name, kind) == ("Pinecrest Dairies", "organization")
    assert "body-of-that-kind" in rule


def test_a_specific_head_takes_the_body_whose_name_says_it():
    text = ("Harbourline Airways and Tessco Ltd. cut jobs on Monday. "
            "The airline said bookings fell by a third.")
    assert _source_of(text, "bookings")[0] == "Harbourline Airways"


def test_a_description_the_story_gave_the_body():
    text = ("The inspection agency said the recall was voluntary. Orvano, a snack maker based in Regina, pulled "
            "three products. The maker said no one had fallen ill.")
    assert _source_of(text, "no one")[0] == "Orvano"


def test_a_state_body_is_no_manufacturer():
    text = "Transport Canada opened an inquiry on Tuesday. The manufacturer said the brakes met every standard."
    assert _source_of(text, "the brakes")[0] != "Transport Canada"


def test_the_name_set_off_after_a_description_is_the_source():
    text = ("Health Canada issued a warning on Friday. The manufacturer, Delmont Ltd., said the pills were being "
            "tested.")
    name, _kind, rule = _source_of(text, "the pills")
    assert name.startswith("Delmont")
    assert "appositive-name" in rule


def test_an_agency_named_but_not_quoted_is_the_agency():
    text = ("Parks Canada closed two trails on Sunday. Chief Ana Ruiz of the Millbrook Fire Department said crews "
            "were on standby. The agency warned that the trails could stay shut for a week.")
    assert _source_of(text, "the trails")[0] == "Parks Canada"


def test_her_daughter_is_the_daughter_named_before():
    text = ("Edna Morrow died on Tuesday at 88. She leaves her daughter, Louise Morrow-Tate, and a grandson. "
            "Her daughter said she never missed a choir practice.")
    name, kind, rule = _source_of(text, "she never missed")
    assert (name, kind) == ("Louise Morrow-Tate", "person")
    assert "relative-named-before" in rule


def test_two_relatives_of_that_kind_leave_it_unresolved():
    text = ("Arnold Pike, 70, was honoured on Friday with his son, Gary Pike, and his son, Wes Pike. "
            "His son said the award was overdue.")
    assert _source_of(text, "the award")[0] not in ("Gary Pike", "Wes Pike")


def test_it_after_the_bodys_own_long_quotation():
    text = ('The Red Cross said in a statement: "Supplies are low. Donations have fallen. Volunteers are tired." '
            "It said new shipments would arrive next week.")
    assert _source_of(text, "new shipments")[:2] == ("Red Cross", "organization")


def test_their_after_a_plural_of_people_is_not_the_body():
    text = ("The Harbour Coalition met with city staff on Monday. Residents were blunt in their criticism of "
            "the plan.")
    names = [name for _c, name, _k, _r in _said(text)]
    assert not any("Harbour Coalition's" in n for n in names)


def test_a_company_known_by_its_traded_shares_is_a_body_and_the_retailer_is_the_last_company():
    """'Nvidia shares jumped' names a company, so 'Nvidia reported' is no person and 'the company said' is Nvidia;
    'Home Depot shares fell. The retailer said': the company named last (before: a tool named earlier)."""
    text = ("Stocks rose as Nvidia shares jumped 6%, according to CME Group's FedWatch tool.\n\n"
            "Nvidia reported revenue of $35 billion. The company said demand remained strong.\n\n"
            "Home Depot shares fell 2%. The retailer said it expected sales to slow.")
    a = analyze(text)
    assert claim_starting(a, "revenue of").source.type == "organization"
    assert claim_starting(a, "demand remained").source.name == "Nvidia"
    assert claim_starting(a, "it expected sales").source.name == "Home Depot"


def test_a_person_who_shares_a_view_is_no_company():
    a = analyze("Sen. Ann Lee shares her doubts about the plan. Lee said the bill was rushed.")
    assert claim_starting(a, "the bill was rushed").source.type == "person"

"""A role noun before a name the first-name lists lack ("political analyst Dana Whitfield of Northgate
University") still introduces a person; a bare role at a body ("an analyst at Redline Research") is an unnamed
person, and British 'organisers' are as unnamed as American 'organizers'."""
from verify import analyze
from verify.sources import classify


def test_role_then_unlisted_name_of_a_body_is_a_person_and_she_is_her():
    text = ("Voters backed the levy, officials said. Political analyst Dana Whitfield of Northgate University said "
            "the result reflected anger over taxes. \"It was a protest vote,\" she said.")
    cs = [c for c in analyze(text).claim_records if c.cue is not None]
    assert cs[1].source.name == "Dana Whitfield" and cs[1].source.type == "person"
    assert cs[2].source.name == "Dana Whitfield"


def test_an_analyst_at_a_firm_is_an_unnamed_person():
    assert classify("an analyst at Redline Research") == "anonymous"


def test_british_organisers_are_unnamed():
    assert classify("Organisers") == "anonymous" == classify("organizers")


def test_seats_of_government_speak_for_their_government():
    """British and European copy: 'Downing Street said', 'the Elysee said', 'Whitehall sources' name the office,
    not a person; a person surnamed Downing stays a person."""
    assert classify("Downing Street") == classify("the Elysee") == classify("Whitehall") == "organization"
    assert classify("Tom Downing") == "person"


def test_a_savings_bank_is_a_body_and_it_is_the_bank():
    text = "The bank, Redwood Valley Savings, said it had repaid customers. It declined to comment further."
    cs = [c for c in analyze(text).claim_records if c.cue is not None]
    assert classify("Redwood Valley Savings") == "organization"
    assert cs[1].source.type == "organization" and cs[1].source.name == cs[0].source.name

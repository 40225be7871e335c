"""'it' and 'they' as sources: what the last sentences named, a dummy 'it' standing for no body, a group the
sentence before opens with. Stories written for the test."""
from verify import analyze

from tests.ledger_helpers import claim_starting


def test_it_takes_up_the_company_quoted_just_before():
    a = analyze("Northwind Foods Inc. said Tuesday it would close its Regina plant. "
                "It said workers would be offered jobs at its Saskatoon site.")
    c = claim_starting(a, "workers would be offered")
    assert c.source.mention.text == "It"
    assert c.source.name == "Northwind Foods Inc"
    assert c.source.rule.endswith("pronoun:it->most-recent-organization")


def test_it_is_not_a_body_named_paragraphs_before():
    """A body last named several sentences back is not what a later 'it' means: left unresolved."""
    a = analyze("The Harbour Authority said the pier would reopen in May.\n\n"
                "Fishermen have waited two years. Many sold their boats. Prices for crab have doubled. "
                "Some families moved to the mainland.\n\n"
                "It told the story of a town that lost its harbour, the film's director said.")
    c = next(c for c in a.claim_records if c.source.mention and c.source.mention.text == "It")
    assert c.source.name != "Harbour Authority"
    assert c.source.rule.endswith("pronoun:it:unresolved")


def test_a_dummy_it_is_no_organisation():
    """'it has been pointed out that', 'it is unclear whether': the 'it' holds the clause's place, no body's."""
    a = analyze("The Coast Guard said the ferry had run aground near the island. "
                "It has been pointed out that two crew members were hurt.")
    c = claim_starting(a, "two crew members")
    assert c.source.name != "Coast Guard"
    assert "dummy-subject" in c.source.rule


def test_it_said_is_not_a_dummy():
    a = analyze("The Coast Guard said the ferry had run aground near the island. "
                "It has said that two crew members were hurt.")
    c = claim_starting(a, "two crew members")
    assert c.source.name == "Coast Guard"


def test_they_is_the_group_opening_the_sentence_before_with_any_past_verb():
    """'City councillors met ... They said': the plural subject of the sentence before, not a body named earlier."""
    a = analyze("The transit commission said it remained hopeful of a deal. Its chief executive said talks would go on.\n\n"
                "City councillors met privately with both sides on Sunday. They said afterwards they were optimistic.")
    c = claim_starting(a, "afterwards")
    assert c.source.name == "City councillors"
    assert "pronoun:they->plural-subject-before" in c.source.rule


def test_they_is_two_people_joined_by_and():
    a = analyze("Tom Reyes and Ann Blake are running for the nomination. Reyes and Blake toured the border towns "
                "this week. Yet they have offered no details about the wall.")
    c = claim_starting(a, "no details")
    assert c.source.name == "Tom Reyes and Ann Blake"  # (both people, by the full names the story gave them)
    assert c.source.type == "person"
    assert "pronoun:they->plural-subject-before" in c.source.rule


def test_they_after_a_fronted_phrase_is_the_subject_after_the_comma():
    a = analyze("In the meantime, investigators still have not released the report they said would explain the crash.")
    c = next(c for c in a.claim_records if c.source.mention and c.source.mention.text == "they")
    assert c.source.name.lower() == "investigators"


def test_it_is_never_an_unresolved_they():
    """An unresolved 'they' is no body for a later 'it'."""
    a = analyze("The union called the offer an insult.\n\nMembers met for hours. Many left early. The hall was full. "
                "They said the vote was close.\n\nIt told members to return on Monday, a steward said.")
    c = next((c for c in a.claim_records if c.source.mention and c.source.mention.text == "It"), None)
    assert c is None or c.source.name.lower() != "they"

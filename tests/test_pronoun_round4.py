"""'they' whose antecedent the story gives in places the earlier rounds did not read (round 4): a plural subject with
a relative clause before its verb of saying, and a run of 'they' whose first one takes up a group beyond the
pronoun's own window. Stories written for the test."""
from verify import analyze

from tests.ledger_helpers import claim_starting


def test_they_after_say_is_the_plural_subject_with_a_relative_clause():
    a = analyze("The council will vote on the budget next week. But tenant groups that have fought the cuts say "
                "they believe the vote should be delayed.")
    c = claim_starting(a, "the vote should be delayed")
    assert c.source.mention.text == "they"
    assert c.source.name == "tenant groups"
    assert "plural-subject-before" in c.source.rule


def test_they_in_the_next_sentence_is_the_plural_subject_with_a_relative_clause():
    a = analyze("Neighbours of the plant who have watched the trucks for years say the dust is worse. "
                "The smell is new, they say, and it lingers at night.")
    c = claim_starting(a, "The smell is new")
    assert c.source.mention.text == "they"
    assert c.source.name == "Neighbours of the plant"


def test_a_relative_clause_without_a_verb_of_saying_gives_no_group():
    """Only a verb of saying after the relative clause is a sure main verb."""
    a = analyze("Teachers who walked out last week returned to class. The ministry met the union. It said talks "
                "would resume.")
    c = claim_starting(a, "talks would resume")
    assert c.source.name != "Teachers"


def test_a_run_of_they_keeps_the_group_its_first_they_took_up():
    a = analyze("Local farmers have spent months fighting the pipeline. The creek floods each spring, and they watch "
                "the water. The route is new, and they walk it daily. They say it crosses two wetlands.")
    c = claim_starting(a, "it crosses two wetlands")
    assert c.source.mention.text == "They"
    assert c.source.name == "Local farmers"
    assert "group-of-earlier-they" in c.source.rule


def test_a_run_of_they_stops_at_a_quotation():
    """A 'they' inside a quotation is the speaker's, not the run of the reporter's 'they'."""
    a = analyze("Local farmers have fought the pipeline for months. \"They never listen,\" the mayor said of the "
                "company. The creek floods each spring. The route is new. They say it crosses two wetlands.")
    c = claim_starting(a, "it crosses two wetlands")
    assert c.source.name != "Local farmers"

"""'they' and kind-of-body descriptions ('the foundation'): which source they refer to, on stories written
for the test."""
from verify import analyze

from tests.ledger_helpers import claim_starting


def test_they_is_not_the_one_person_named_before():
    """News writing keeps 'he' or 'she' for a named person: 'They said' after the mayor is not the mayor."""
    a = analyze("Mayor Jane Holt thanked the volunteers at the shelter on Monday. "
                "They said the new beds would be ready by winter.")
    c = claim_starting(a, "the new beds")
    assert c.source.mention.text == "They"
    assert c.source.name != "Jane Holt"
    assert c.source.rule.endswith("pronoun:they:unresolved")


def test_they_skips_a_single_unnamed_speaker_for_the_group_before():
    a = analyze("Two officials said the talks had stalled. A spokesman for the ministry declined to comment. "
                "They added that a new round was planned for June.")
    c = claim_starting(a, "a new round")
    assert c.cue.text == "added"
    assert c.source.name == "Two officials"
    assert c.source.rule.endswith("pronoun:they->most-recent-anonymous")


def test_they_may_be_two_people_named_together():
    a = analyze("Senators Ann Lee and Tom Park said the bill was dead. They said a new bill would follow in the spring.")
    c = claim_starting(a, "a new bill")
    assert c.source.name == "Ann Lee and Tom Park"
    assert c.source.rule.endswith("pronoun:they->most-recent-person")


def test_the_foundation_is_not_the_newspaper_named_before():
    """'the foundation' names a kind of body: a newspaper named in between is not it."""
    a = analyze("The Daily Planet reported the gift on Friday. The foundation said it would return the money.")
    c = claim_starting(a, "it would return")
    assert c.source.mention.text == "The foundation"
    assert c.source.name == "foundation"
    assert "Daily Planet" not in c.source.name


def test_the_foundation_is_the_foundation_named_before_a_newspaper():
    a = analyze("The Holt Foundation said it would fund the clinic. The Daily Planet reported the gift on Friday. "
                "The foundation said it was proud of the clinic.")
    c = claim_starting(a, "it was proud")
    assert c.source.name == "Holt Foundation"
    assert c.source.rule.endswith("description->most-recent-organization")


def test_an_unresolved_they_is_no_antecedent_for_a_description():
    """A 'They' left unresolved is registered as a body of its own; 'the group' must not become it."""
    a = analyze("Mayor Jane Holt thanked the volunteers on Monday. They said the new beds would be ready by winter. "
                "The group said it needed more money.")
    c = claim_starting(a, "it needed")
    assert c.source.mention.text == "The group"
    assert c.source.name not in ("They", "Jane Holt")


def test_they_taking_up_a_vague_group_is_not_flagged_again():
    """The weasel words are the group's naming ('Critics say'), flagged there; 'They add' adds none."""
    text = "Critics say the plan is too costly. They add that it came far too late."
    a = analyze(text)
    flags = [f for f in a.flag_records if f.rule == "vague-source"]
    assert [text[f.start:f.end] for f in flags] == ["Critics say"]
    c = claim_starting(a, "it came")
    assert c.source.name == "Critics" and c.source.mention.text == "They"


def test_she_is_the_subject_after_a_fronted_past_participle_clause():
    """'Introduced by Ellis, Baker waved': the person after the participle clause is the sentence's subject,
    the likelier antecedent of the next 'she' than the one named before."""
    a = analyze("Governor Ruth Baker arrived in Springfield on Monday. Senator Mary Ellis spoke at the dinner first. "
                "Introduced at the dinner by Ellis, Baker waved to the crowd. \u201cWe will win in November,\u201d she said.")
    c = claim_starting(a, "\u201cWe will win")
    assert c.source.mention.text == "she"
    assert c.source.name == "Ruth Baker"


def test_they_is_the_plural_subject_of_its_own_sentence():
    """'Teachers got angry because they ...': the group opening the sentence, though it is no source yet."""
    a = analyze("Governor Ruth Baker signed the budget on Friday. "
                "Teachers got angry because they thought the raise was far too small.")
    c = claim_starting(a, "the raise")
    assert c.source.mention.text == "they"
    assert c.source.name == "Teachers"
    assert "pronoun:they->plural-subject-before" in c.source.rule


def test_they_is_the_plural_subject_of_a_sentence_before():
    a = analyze("Mayor Jane Holt opened the shelter on Monday. These two young volunteers came to see her. "
                "They asked for more beds.")
    c = claim_starting(a, "for more beds")
    assert c.source.name == "These two young volunteers"


def test_a_subordinate_clause_opening_is_no_plural_subject():
    """'If our leaders wanted it, ...' opens with a subordinator: no subject named 'If our leaders'."""
    a = analyze("Mayor Jane Holt spoke on Monday. If our leaders were serious, the law would pass. "
                "But they want the issue to linger.")
    c = claim_starting(a, "the issue")
    assert not c.source.name.startswith("If")


def test_the_state_party_is_not_the_newspaper_that_reported_it():
    a = analyze("The Coastal Herald reported the dispute over voter data on Friday. "
                "The state party said it would share the data.")
    c = claim_starting(a, "it would share")
    assert c.source.mention.text == "The state party"
    assert "Herald" not in c.source.name

"""'they' whose antecedent the story gives in places the earlier rounds did not read (round 3): the one group of
people named inside the pronoun's own sentence, as the object of a verb or a preposition. Stories written for the
test."""
from verify import analyze

from tests.ledger_helpers import claim_starting


def test_they_is_the_group_named_as_object_in_its_own_sentence():
    a = analyze("The decision frustrates many economists because they believe the plan will fail.")
    c = claim_starting(a, "the plan will fail")
    assert c.source.mention.text == "they"
    assert c.source.name == "many economists"
    assert "people-object-in-its-sentence" in c.source.rule


def test_they_is_police_named_after_a_preposition():
    """'police' is a plural without the s."""
    a = analyze("The inquiry has been run by local and state police, not the federal agency, and yet they "
                "continue to say there was no link.")
    c = claim_starting(a, "there was no link")
    assert c.source.name == "police"


def test_they_said_after_its_content_is_not_the_group_in_that_content():
    a = analyze("Many workers were laid off last week, they said.")
    c = claim_starting(a, "Many workers were laid off")
    assert c.source.name != "Many workers"
    assert c.source.mention.text == "they"


def test_two_groups_in_the_sentence_leave_they_open():
    a = analyze("The ruling angered farmers and some ranchers because they say the water will run out.")
    c = claim_starting(a, "the water will run out")
    assert c.source.name == "they"


def test_they_before_a_verb_of_saying_is_not_the_group_the_sentence_names():
    a = analyze("Critics also attacked the cuts to nurses, which they say will close wards.")
    c = claim_starting(a, "will close wards")
    assert c.source.name != "nurses"


def test_they_is_not_the_group_its_own_clause_names_again():
    """'They told police': the people who spoke to the police, not the police of the sentence before."""
    a = analyze("A neighbour phoned police about the noise. They told police the couple had been shouting.")
    c = claim_starting(a, "the couple had been shouting")
    assert c.source.name != "police"
    b = analyze("A neighbour phoned police about the noise. They told reporters the couple had been shouting.")
    assert claim_starting(b, "the couple had been shouting").source.name == "police"


def test_it_is_the_fed_named_short():
    """'the Fed' is the Federal Reserve, a body 'it' takes up (lexicon name-word 'fed', only when capitalised)."""
    a = analyze("The Fed raised rates on Wednesday. It said inflation was too high.")
    c = claim_starting(a, "inflation was too high")
    assert c.source.mention.text == "It"
    assert c.source.name == "Fed"
    assert c.source.type == "organization"


def test_they_is_a_plural_subject_with_examples_after_it():
    a = analyze("Groups such as the Sierra Club have pushed the plan. They said it would save money.")
    c = claim_starting(a, "it would save money")
    assert c.source.mention.text == "They"
    assert c.source.name == "Groups such as the Sierra Club"


def test_they_is_people_listed_before_a_clause_set_off():
    a = analyze("Ann Palmer and Tom Sherman, who joined the paper last year, bring new sources to the job. "
                "They said the audience would grow.")
    c = claim_starting(a, "the audience would grow")
    assert c.source.mention.text == "They"
    assert c.source.name == "Ann Palmer and Tom Sherman"


def test_a_company_named_for_two_people_is_no_list_of_people():
    a = analyze("Jake Sherman met the executives. Smith and Wesson, which makes guns, lost money. "
                "They said sales fell.")
    c = claim_starting(a, "sales fell")
    assert c.source.name != "Smith and Wesson"


def test_they_is_no_group_named_after_an_earlier_they():
    a = analyze("The council met for nine hours. For most of the night, they sat with the parents in the "
                "hall. They said the budget would pass.")
    c = claim_starting(a, "the budget would pass")
    assert c.source.name != "parents"


def test_they_is_no_group_named_in_a_sentence_a_body_opens():
    a = analyze("Last month, in Ohio, a local newspaper ran a survey of how many priests are leaving the church. They found that one "
                "in five do.")
    c = claim_starting(a, "one in five do")
    assert c.source.name != "many teachers"


def test_they_is_the_group_a_sentence_names_after_an_unnamed_person():
    a = analyze("Her speech has angered some voters in the north. They said the plan would ruin them.")
    c = claim_starting(a, "the plan would ruin them")
    assert c.source.name == "some voters"


def test_they_is_a_plural_head_no_ending_tells():
    """'candidates', 'allies', 'victims', 'friends': plurals of people the endings do not give."""
    a = analyze("Yes, these candidates are all still fighting. But they said they would stay in the race.")
    c = claim_starting(a, "they would stay in the race")
    assert c.source.name == "these candidates"


def test_they_is_a_plural_subject_with_a_phrase_and_an_irregular_verb():
    a = analyze("Women of all ages sat together in the hall. They said the night was a success.")
    c = claim_starting(a, "the night was a success")
    assert c.source.name == "Women of all ages"


def test_they_is_not_the_group_joined_to_a_person_before_it():
    """'the senator and his allies ... they believe': both, not the allies alone."""
    a = analyze("The feud is on again, and the senator and his allies intend to use the arguments that they "
                "believe worked in Iowa.")
    c = claim_starting(a, "worked in Iowa")
    assert c.source.name != "allies"


def test_it_is_the_document_just_quoted_not_the_body_before_it():
    """'the petition' is left an unnamed source by the lexicon; the 'it' right after is the petition, not the union."""
    a = analyze("The union filed a complaint on Monday. \u201cWorkers deserve better,\u201d the petition reads. "
                "It also calls for a new contract.")
    c = claim_starting(a, "a new contract")
    assert c.source.mention.text == "It"
    assert c.source.name == "petition"

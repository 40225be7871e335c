"""'they' taking up a group of people that opens its sentence or one of the two before, written in ways the plural
subject rule did not read: a possessive before the head, a present-tense verb after it, a capitalised head after
a fronted phrase, a phrase after the head, a head only the lexicon knows names people. Stories written for the
test."""
from verify import analyze

from tests.ledger_helpers import claim_starting


def test_a_possessive_before_the_head():
    a = analyze("The mayor's critics packed the hall on Monday. They said the budget was cruel.")
    c = claim_starting(a, "the budget was cruel")
    assert c.source.mention.text == "They"
    assert c.source.name == "the mayor's critics"
    assert "pronoun:they->plural-subject-before" in c.source.rule


def test_a_present_tense_verb_after_the_head():
    a = analyze("Farmers expect a dry summer. They said wells are already low.")
    c = claim_starting(a, "wells are already low")
    assert c.source.name == "Farmers"


def test_a_capitalised_group_after_a_fronted_phrase():
    a = analyze("In our town, Christians will gather on Sunday. They say the church is full.")
    c = claim_starting(a, "the church is full")
    assert c.source.name == "Christians"
    assert "pronoun:they->plural-subject-before" in c.source.rule


def test_a_head_only_the_lexicon_gives_as_people():
    """'aides' ends in no ending of _PEOPLE_PLURAL_ENDINGS, but the lexicon gives it as unnamed people."""
    a = analyze("In Ottawa, the premier's aides were busy. They said a deal was close.")
    c = claim_starting(a, "a deal was close")
    assert c.source.name.endswith("premier's aides")


def test_a_group_with_a_phrase_after_its_head():
    a = analyze("Residents of the valley have complained for years. They say the river floods every spring.")
    c = claim_starting(a, "the river floods")
    assert c.source.mention.text == "They"
    assert c.source.name == "Residents of the valley"


def test_a_plural_of_things_with_a_phrase_is_no_group():
    a = analyze("Prices of homes in the city have risen. They say nothing about rents, the agent said.")
    c = claim_starting(a, "nothing about rents")
    assert c.source.name == "They"


def test_a_possessive_plural_of_things_is_no_group():
    a = analyze("After the vote, the company's shares fell. They said the loss was expected.")
    c = claim_starting(a, "the loss was expected")
    assert "shares" not in c.source.name


def test_a_capitalised_name_after_a_fronted_phrase_is_no_group():
    """'Sanders' ends like no plural of people, but a surname the story gives is one person whatever its ending."""
    a = analyze("Sen. Bernie Sanders spoke for an hour. On Tuesday, Sanders said the vote was close. They said "
                "the count would take days.")
    c = claim_starting(a, "the count would take days")
    assert "Sanders" not in c.source.name


def test_a_group_subject_of_a_clause_fronted_before_they():
    a = analyze("The mayor spoke on Monday. Although many residents were angry, they said the plan could work.")
    c = claim_starting(a, "the plan could work")
    assert c.source.mention.text == "they"
    assert c.source.name == "many residents"


def test_things_subject_of_a_clause_fronted_before_they_leave_it_unresolved():
    """'these contributions' is what 'they' takes up: not the analysts named in the sentence before."""
    a = analyze("Analysts at Acme Bank praised the deal. While these contributions complicate her message, they "
                "don't tell where she stands.")
    c = claim_starting(a, "where she stands")
    assert c.source.name == "they"
    assert c.source.rule.endswith("pronoun:they:unresolved")


def test_they_said_set_off_inside_its_content_keeps_the_source_before():
    a = analyze("Officials praised the plan. While the rules are strict, they said, exemptions exist.")
    c = claim_starting(a, "exemptions exist")
    assert c.source.name == "Officials"


def test_a_plural_of_bodies_is_taken_up_as_a_group():
    a = analyze("Unions have fought the tax for years. Many of them won generous plans, and they want to keep them.")
    c = claim_starting(a, "to keep them")
    assert c.source.name == "Unions"


def test_a_plural_that_names_things_as_often_is_no_group():
    """'funds' may be money: a 'they' after it stays unresolved."""
    a = analyze("The pension funds lost money last year. They said the losses were small.")
    c = claim_starting(a, "the losses were small")
    assert c.source.name == "They"


def test_a_fronted_phrase_may_hold_a_title_abbreviation():
    a = analyze("Since Mr. Ailes's departure, network executives have not pushed the issue. They said the matter "
                "was closed.")
    c = claim_starting(a, "the matter was closed")
    assert c.source.name == "network executives"


def test_they_opening_a_sentence_is_the_one_group_the_sentence_before_names_after_its_subject():
    a = analyze("The new policy angered Hispanics who saw it as a betrayal. They also have criticized the senator.")
    c = claim_starting(a, "the senator")
    assert c.source.mention.text == "They"
    assert c.source.name == "Hispanics"
    assert "pronoun:they->people-object-before" in c.source.rule


def test_a_group_with_its_quantifier():
    a = analyze("The senator met some voters in Iowa on Monday. They said the economy was their main worry.")
    c = claim_starting(a, "the economy")
    assert c.source.name == "some voters"


def test_a_speaker_of_the_sentence_before_keeps_they():
    a = analyze("According to officials, the plan would help farmers. They said it would cost $5 million.")
    c = claim_starting(a, "it would cost")
    assert c.source.name == "officials"


def test_two_groups_joined_leave_they_unresolved():
    a = analyze("The bill would help farmers and ranchers. They said it was overdue.")
    c = claim_starting(a, "it was overdue")
    assert c.source.name == "They"


def test_the_press_a_subject_spoke_to_is_no_group():
    a = analyze("Mr. Smith told reporters the deal was done. They asked about the price.")
    c = claim_starting(a, "about the price")
    assert c.source.name == "They"


def test_a_plural_of_things_inside_the_sentence_before_is_no_group():
    a = analyze("The report counted the numbers of launchers near the border. They said the threat was growing.")
    c = claim_starting(a, "the threat was growing")
    assert c.source.name == "They"


def test_it_takes_up_a_one_word_name_the_story_calls_it():
    """'Zentrix' reads as a person's name, but the story says 'it' of it in the same sentence: a body."""
    a = analyze("Zentrix said on Twitter that it was willing to bet a million dollars. It later tweeted that the "
                "story was false.")
    c = claim_starting(a, "the story was false")
    assert c.source.mention.text == "It"
    assert c.source.name == "Zentrix"
    assert "pronoun:it->name-the-story-calls-it" in c.source.rule


def test_it_never_takes_up_a_name_the_story_calls_he():
    a = analyze("Kowalski said his firm was ready. It later said the deal was off.")
    c = claim_starting(a, "the deal was off")
    assert c.source.name != "Kowalski"


def test_a_cleft_it_takes_up_no_name():
    a = analyze("Zentrix said that it would grow. It is against this backdrop that the minister vowed to act.")
    assert all(c.source.name != "Zentrix" or c.text.startswith("it would grow") for c in a.claim_records)


def test_it_takes_up_a_motion_opening_the_sentence_before():
    a = analyze("The council met on Monday. The motion, proposed by two councillors, passed by a wide margin. It calls "
                "for a new park.")
    c = claim_starting(a, "a new park")
    assert c.source.mention.text == "It"
    assert c.source.name == "motion"
    assert "document-subject-before" in c.source.rule


def test_it_takes_up_a_post_opening_the_sentence_before():
    a = analyze("The post showed a cartoon of the mayor. It says the mayor should resign.")
    c = claim_starting(a, "the mayor should resign")
    assert c.source.name == "post"


def test_it_takes_up_a_body_opening_the_main_clause_after_a_fronted_phrase():
    a = analyze("All in all, the government will return $1.7 billion this year. It said the plan was fair.")
    c = claim_starting(a, "the plan was fair")
    assert c.source.mention.text == "It"
    assert c.source.name == "government"
    assert "fronted-body-description-subject-before" in c.source.rule


def test_it_after_a_fronted_clause_is_not_a_source_that_names_two():
    """'the agency' after a fronted clause resolves to 'Acme and the agency' named before: no source of its own,
    so the subject rule does not give it (the older most-recent rule still may)."""
    a = analyze("Acme and the agency said the deal was done. As expected, the agency was pleased. It said the "
                "terms were fair.")
    c = claim_starting(a, "the terms were fair")
    assert "subject-before" not in c.source.rule


def test_an_adverb_set_off_inside_a_plural_subject():
    a = analyze("The mayor spoke first. Party delegates, on the other hand, rejected the plan. They said it was rushed.")
    c = claim_starting(a, "it was rushed")
    assert c.source.name == "Party delegates"


def test_no_group_inside_the_sentence_after_a_plural_subject_of_it():
    """'they' is the superdelegates (no plural the rules read as people), never the delegates named after them."""
    a = analyze("The mayor spoke first. Democratic superdelegates, on the other hand, make up 15 percent of "
                "delegates. They said the race was close.")
    c = claim_starting(a, "the race was close")
    assert c.source.name != "delegates"


def test_the_plural_of_a_surname_is_the_family():
    """'The Trudeaus' after 'Justin Trudeau': the family, people, which 'they' takes up (round 7)."""
    a = analyze("Prime Minister Justin Trudeau spoke at the gala. The Trudeaus hosted a dinner on Friday. "
                "They said the evening raised $40,000 for the shelter.")
    c = claim_starting(a, "the evening raised $40,000")
    assert c.source.name == "Trudeau family"
    assert c.source.type == "anonymous"

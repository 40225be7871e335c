"""A person named last in a sentence with a title or role ("... the approach of Finance Minister Chrystia Lalonde. She
said") is a candidate for a he/she opening the next sentence (round 7 of he/she); a name closing a sentence with no
title or role, or after a he/she subject, is not. Stories written for the test."""
from verify import analyze

from tests.ledger_helpers import claim_starting


def test_a_titled_name_closing_the_sentence_is_taken_up_by_the_next_she():
    a = analyze("Lemieux attacked the budget on Monday. His tone was a sharp contrast to the calm of Finance Minister "
                "Chrystia Lalonde. She said the deficit would shrink by 2027.")
    c = claim_starting(a, "the deficit would shrink")
    assert c.source.mention.text == "She"
    assert c.source.name == "Chrystia Lalonde"
    assert "most-recent-person-named" in c.source.rule


def test_a_closing_name_counts_only_for_the_next_sentence():
    a = analyze("Lemieux attacked the budget on Monday. His tone was a sharp contrast to the calm of Finance Minister "
                "Chrystia Lalonde. The markets barely moved. The dollar held at 73 cents. She said the deficit would "
                "shrink by 2027.")
    c = claim_starting(a, "the deficit would shrink")
    assert c.source.name != "Chrystia Lalonde"


def test_a_closing_name_without_title_is_no_candidate():
    """'a memo titled "Where the Race Stands."', 'a scholarship to West Point.': words of a title, a place."""
    a = analyze("Coach Luc Gagnon was offered a job at West Point. He said he would stay in Rimouski.")
    c = claim_starting(a, "he would stay in Rimouski")
    assert c.source.name == "Luc Gagnon"


def test_a_closing_name_after_a_he_subject_is_no_candidate():
    a = analyze("Paul Dube voted early. He went to the rally, though he may vote for Premier Susan Holt. "
                "\"I ask my wife,\" he said.")
    c = claim_starting(a, "\"I ask my wife,\"")
    assert c.source.name != "Susan Holt"


def test_a_source_phrase_opening_with_a_pronoun_and_a_verb_is_the_pronoun():
    """'But they remain hopeful that ...': the phrase read before an adjective cue holds the verb; the pronoun is the
    source and takes up its antecedent."""
    a = analyze("Provincial officials said the clinic would close in March. But they remain hopeful that a buyer "
                "will be found.")
    c = claim_starting(a, "a buyer will be found")
    assert c.source.name == "Provincial officials"


def test_a_pronoun_joined_to_another_person_stays_the_whole_phrase():
    a = analyze("Premier Susan Holt toured the mill on Monday. She and her deputy said the mill would reopen.")
    c = claim_starting(a, "the mill would reopen")
    assert c.source.name != "Susan Holt"

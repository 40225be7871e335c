"""'they' taking up people named together (round 5): two or three persons joined by 'and' as a subject, and a pair
taken up as 'The two', 'The pair', 'Both men'. The source is one source of several people, type person, under the
full names the story gave them. Stories written for the test."""
from verify import analyze

from tests.ledger_helpers import claim_starting


def test_surnames_joined_by_and_are_filed_under_the_full_names():
    a = analyze("Mayor Dana Whitfield and Councillor Omar Haddad debated the budget on Monday. Whitfield and Haddad "
                "clashed for an hour. They said the vote would be close.")
    c = claim_starting(a, "the vote would be close")
    assert c.source.mention.text == "They"
    assert c.source.name == "Dana Whitfield and Omar Haddad"
    assert c.source.type == "person"
    assert "plural-subject-before" in c.source.rule


def test_a_later_surname_does_not_join_the_people_named_together():
    a = analyze("Mayor Dana Whitfield and Councillor Omar Haddad debated the budget on Monday. Whitfield and Haddad "
                "clashed for an hour. They said the vote would be close. Haddad said later he had doubts.")
    c = claim_starting(a, "he had doubts")
    assert c.source.name == "Omar Haddad"


def test_a_surname_the_story_gives_no_full_name_stays_as_written():
    a = analyze("Whitfield and Haddad clashed for an hour on Monday. Yet they said the vote would be close.")
    c = claim_starting(a, "the vote would be close")
    assert c.source.name == "Whitfield and Haddad"


def test_the_two_is_the_two_people_named_before():
    a = analyze("Sen. Laura Benton won the state. Rather than questions about Benton's chances, Gov. Mark Ellis "
                "faced questions about his campaign. The two squabbled at length over trade. They traded charges "
                "over the bailout. They argued that health care was a right.")
    c = claim_starting(a, "health care was a right")
    assert c.source.mention.text == "They"
    assert c.source.name == "Laura Benton and Mark Ellis"
    assert "the-two-named-before" in c.source.rule


def test_the_pair_and_they_in_the_same_sentence():
    a = analyze("Laura Benton criticized Mark Ellis on taxes. The pair later met, and they said the feud was over.")
    c = claim_starting(a, "the feud was over")
    assert c.source.name == "Laura Benton and Mark Ellis"
    assert c.source.mention.text == "they"


def test_the_two_after_three_people_is_left_unresolved():
    """Three people named before 'The two men': which two is unknown, so no source is better than a wrong one."""
    a = analyze("Sen. Laura Benton, Gov. Mark Ellis and Mayor Tom Reyes spoke on Friday. The two men argued. "
                "They said the plan was wrong.")
    c = claim_starting(a, "the plan was wrong")
    assert c.source.name == "They"
    assert "unresolved" in c.source.rule


def test_both_women_after_a_man_is_left_unresolved():
    a = analyze("Mary Benton met John Ellis on Friday. Both women later left. They said the trip was long.")
    c = claim_starting(a, "the trip was long")
    assert "Ellis" not in c.source.name


def test_people_named_as_the_subject_of_a_fronted_clause():
    a = analyze("The ticket of Laura Benton and Mark Ellis is new this year. As Benton and Ellis toured the "
                "north, they were greeted by crowds - something new this month, they said.")
    c = claim_starting(a, "As Benton and Ellis toured")
    assert c.source.name == "Laura Benton and Mark Ellis"  # (the second 'they' keeps the first one's people)
    assert "group-of-earlier-they" in c.source.rule


def test_a_company_named_like_two_people_in_a_fronted_clause_is_no_pair():
    a = analyze("As Smith and Wesson expanded its plant, they said jobs would follow.")
    c = claim_starting(a, "jobs would follow")
    assert "Smith" not in c.source.name


def test_the_two_with_a_shared_surname_is_the_person_named_first():
    """Of two people sharing a surname, news style keeps the bare surname for the one named first, the story's
    subject, and names the relative in full: 'The two' after 'Dorsey's rival' is that Dorsey, not her husband named
    last."""
    a = analyze("Premier Joan Dorsey on Saturday opened the new wing of the hospital.\n\n"
                "The wing is near the home she shares with her husband, former mayor Frank Dorsey.\n\n"
                "Dorsey's rival, opposition leader Raj Patel, toured the site on Friday.\n\n"
                "The two are vying for the premier's office, and they have said the campaign will be close.")
    c = claim_starting(a, "the campaign will be close")
    assert c.source.mention.text == "they"
    assert c.source.name == "Joan Dorsey and Raj Patel"


def test_the_two_ministers_are_the_two_ministers_named_before():
    """'The two ministers' after two people named with that office: both, by name (round 7)."""
    a = analyze("Finance Minister Chrystia Lalonde met Public Safety Minister David Okafor in Winnipeg on Monday. "
                 "The two ministers will travel to Washington next week. They said they would meet the commerce "
                 "secretary.")
    c = claim_starting(a, "they would meet the commerce secretary")
    assert c.source.name == "Chrystia Lalonde and David Okafor"
    assert c.source.type == "person"


def test_the_two_ministers_are_not_a_minister_and_a_leader():
    """Only people the story wrote with the office: the opposition leader is no minister (the description stays)."""
    a = analyze("Finance Minister Chrystia Lalonde spoke on Monday. Conservative Leader Pierre Tremblay spoke too. "
                 "The two ministers will travel to Washington next week. They said they would meet the commerce "
                 "secretary.")
    c = claim_starting(a, "they would meet the commerce secretary")
    assert "Tremblay" not in c.source.name

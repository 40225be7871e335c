"""Genres the training corpora lack, third review (investigations, live blogs, council meetings, science, obituaries,
business, weather warnings, opinion) - each rule on sentences written for the test."""
import pytest

from verify import analyze
from tests.ledger_helpers import attributed, claim_of


@pytest.mark.parametrize("text, source, cue, content", [
    ("Construction is expected to take about six months, staff said.",
     "staff", "said", "Construction is expected to take about six months"),
    ("The ferry is expected to resume service on Monday, the operator said.",
     "the operator", "said", "The ferry is expected to resume service on Monday"),
    ("According to the weather service, the storm is expected to weaken before it reaches land.",
     "the weather service", "According to", "the storm is expected to weaken before it reaches land"),
])
def test_an_expected_outcome_someone_named_forecasts_is_theirs(text, source, cue, content):
    assert claim_of(text) == (source, cue, content)


def test_an_expected_outcome_no_one_forecasts_stays_agentless():
    [c] = attributed("The bridge is expected to reopen in May.")
    assert (c.source.name, c.cue.text) == ("unnamed (agentless)", "is expected to")


@pytest.mark.parametrize("text, source, content", [
    ("Schools in the region will remain open Friday, the regional centre for education said.",
     "the regional centre for education", "Schools in the region will remain open Friday"),
    ("The minister for health said the clinics would open in May.",
     "The minister for health", "the clinics would open in May"),
    ("The commissioner for official languages said the complaints had doubled.",
     "The commissioner for official languages", "the complaints had doubled"),
])
def test_a_post_or_body_named_for_its_remit_is_the_whole_source(text, source, content):
    mention, cue, claim = claim_of(text)
    assert (mention, cue, claim) == (source, "said", content)


def test_for_a_time_after_a_title_is_not_its_remit():
    mention, cue, _ = claim_of("The president for months said the deal was dead.")
    assert "president for" not in mention


@pytest.mark.parametrize("text, content", [
    ("The storm will bring heavy rain, with more than 100 millimetres expected in some areas by Saturday.",
     "more than 100 millimetres expected in some areas by Saturday"),
    ("Results are due on Thursday, with profit predicted to rise.", "profit predicted to rise"),
])
def test_with_a_noun_and_a_forecast_participle_is_agentless(text, content):
    [c] = attributed(text)
    assert (c.source.name, c.text) == ("unnamed (agentless)", content)
    assert c.source.mention is None


@pytest.mark.parametrize("text, source", [
    ("She left the meeting with reporters saying the deal was dead.", "reporters"),  # a present participle speaks
    ("The company said profit rose, with costs expected to fall next year.", "company"),  # a named frame first
])
def test_with_absolute_leaves_speakers_alone(text, source):
    [c] = attributed(text)
    assert c.source.name == source


def test_with_a_confirmed_case_is_an_adjective():
    assert attributed("The virus spread further, with each confirmed case sent to the clinic.") == []


LIVE_BLOG = ("Flooding in Marden: live updates\n\n"
             "10:42 a.m. \u2014 \u201cThe water is still rising,\u201d the mayor told reporters.\n\n"
             "11:05 AM ET - Route 9 is closed at the bridge, police said.\n\n"
             "14:30 \u2014 Crews have reopened the school.")


def test_a_live_blog_time_stamp_is_metadata_not_part_of_the_claim():
    a = analyze(LIVE_BLOG)
    stamps = [c for c in a.claim_records if c.kind == "metadata"]
    assert [c.text for c in stamps] == ["10:42 a.m.", "11:05 AM ET", "14:30"]
    assert all(c.source.rule == "metadata:timestamp" for c in stamps)
    by_text = {c.text: c for c in a.claim_records if c.kind == "claim"}
    quoted = by_text["\u201cThe water is still rising,\u201d"]
    assert (quoted.source.mention.text, quoted.cue.text) == ("the mayor", "told")
    police = by_text["Route 9 is closed at the bridge"]
    assert (police.source.mention.text, police.cue.text) == ("police", "said")
    assert by_text["Crews have reopened the school."].source.type == "reporter"
    for c in a.claim_records:
        assert LIVE_BLOG[c.start:c.end] == c.text


def test_a_time_inside_a_sentence_or_a_year_is_no_stamp():
    a = analyze("2019: The year the plant closed.\n\nThe meeting starts at 10:30 a.m. \u2014 and ends at noon.")
    assert not [c for c in a.claim_records if c.kind == "metadata"]


@pytest.mark.parametrize("text, source, content", [
    ("Invoices, work orders and internal emails reviewed by The Star show that the company billed the city twice.",
     "Invoices, work orders and internal emails reviewed by The Star", "the company billed the city twice"),
    ("Minutes, budgets and emails obtained by the Herald show the board knew of the leak in 2019.",
     "Minutes, budgets and emails obtained by the Herald", "the board knew of the leak in 2019"),
])
def test_a_list_of_documents_opening_the_sentence_is_the_source(text, source, content):
    [c] = attributed(text)
    assert (c.source.mention.text, c.source.type, c.cue.text, c.text) == (source, "document", "show", content)


@pytest.mark.parametrize("text, source", [
    ("Forecasters said the heaviest rain would fall overnight.", "Forecasters"),
    ("Inspectors later found that the work had not begun.", "Inspectors"),
    ("Auditors found that the invoices had been paid twice.", "Auditors"),
])
def test_an_unnamed_group_opening_the_sentence_is_no_person(text, source):
    [c] = attributed(text)
    assert (c.source.mention.text, c.source.type) == (source, "anonymous")


@pytest.mark.parametrize("text, source, content", [
    ("Her death was confirmed by her daughter, Ann Ross.", "her daughter", "Her death"),
    ("The closure was confirmed by the school board on Monday.", "the school board", "The closure"),
])
def test_confirmed_by_an_agent_is_the_agents_report(text, source, content):
    c = next(c for c in attributed(text) if c.cue is not None and c.cue.text == "confirmed")
    assert (c.source.mention.text, c.text) == (source, content)


def test_a_body_named_for_another_remit_is_not_the_last_body_named():
    a = analyze("The National Hurricane Centre said the storm would weaken.\n\n"
                "Schools will stay open, the regional centre for education said.")
    [c] = [c for c in a.claim_records if c.text == "Schools will stay open"]
    assert (c.source.name, c.source.type) == ("regional centre for education", "organization")


def test_a_body_of_its_remit_in_lower_case_is_the_body_named_so():
    a = analyze("The Department of Health said the clinics would open.\n\n"
                "The department of health later said the clinics had opened.")
    assert [c.source.name for c in a.claim_records] == ["Department of Health", "Department of Health"]


@pytest.mark.parametrize("text, name, kind", [
    ("The King Street Business Improvement Area said the plan would hurt merchants.",
     "King Street Business Improvement Area", "organization"),
    ("The Toronto-based grocer said profit rose.", "Toronto-based grocer", "anonymous"),
    ("Pastor Joseph Brown of Marion Avenue Baptist Church said the vote was close.", "Joseph Brown", "person"),
])
def test_street_names_and_bases_are_no_personal_names(text, name, kind):
    [c] = attributed(text)
    assert (c.source.name, c.source.type) == (name, kind)


def test_the_name_word_of_a_named_body_refers_to_it():
    a = analyze("The Alzheimer Society of Canada estimates that 600,000 Canadians have the disease. "
                "The society says activity may reduce risk.")
    assert [c.source.name for c in a.claim_records] == ["Alzheimer Society of Canada"] * 2
    assert a.claim_records[1].source.rule.startswith("cue:says/before-content; description->most-recent-organization")


@pytest.mark.parametrize("text, source, kind", [
    ("Nobody in power wants to fix the problem.", "Nobody in power", "anonymous"),
    ("Someone at the ministry said the file was lost.", "Someone at the ministry", "anonymous"),
    ("Everyone in the room agreed that the plan was dead.", "Everyone in the room", "vague"),
])
def test_an_indefinite_pronoun_heads_its_source_phrase(text, source, kind):
    [c] = attributed(text)
    assert (c.source.mention.text, c.source.type) == (source, kind)


def test_shouted_down_silences_and_says_nothing():
    assert attributed("At the town hall, dozens of renters shouted down a city official.") == []
    [c] = attributed("\u201cGo home,\u201d protesters shouted down the street.")
    assert (c.source.mention.text, c.cue.text) == ("protesters", "shouted")


@pytest.mark.parametrize("text", [
    "People in decline may be less active, which could partly explain the link.",
    "This helps explain why turnout fell.",
    "It would also explain why the plant closed early.",
])
def test_a_thing_that_explains_is_a_cause_not_a_speaker(text):
    assert attributed(text) == []


def test_a_person_who_explains_still_speaks():
    assert claim_of("She explained that the plan had failed.") == ("She", "explained", "the plan had failed")


@pytest.mark.parametrize("text", [
    "Documents show the city renewed the contract in 2022.",
    "Polls show a close race in the state.",
])
def test_a_document_word_opening_the_sentence_is_a_document(text):
    [c] = attributed(text)
    assert c.source.type == "document"

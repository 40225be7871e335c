"""House styles and genres the training corpora lack (British quotation marks, sports, earnings, obituaries,
courts, disasters, councils) - each on sentences written for the test."""
import pytest

from verify import analyze
from verify.quotes import single_marks_as_double


STORY_UK = ("Mr Patel said the fare rise was 'unavoidable'. 'We have had to make hard choices,' he told the "
            "meeting. 'Nobody wants to put up fares, but the alternative was cutting routes.'\n\n"
            "The drivers' union said it would fight the plan.")


def test_single_quotation_marks_quote_speech_in_british_style():
    a = analyze(STORY_UK)
    assert a.text == STORY_UK
    by_text = {c.text: c for c in a.claim_records}
    first = by_text["'We have had to make hard choices,'"]
    second = by_text["'Nobody wants to put up fares, but the alternative was cutting routes.'"]
    assert (first.source.name, first.cue.text, first.quoted) == ("Patel", "told", True)
    # the quotation's next sentence is the speaker's, not a frame of its own ('Nobody wants')
    assert (second.source.name, second.quoted) == ("Patel", True)
    for rec in (*a.claim_records, *a.sentences, *a.flag_records, *a.quantity_records):
        assert STORY_UK[rec.start:rec.end] == rec.text
    for c in a.claim_records:
        if c.cue is not None:
            assert STORY_UK[c.cue.start:c.cue.end] == c.cue.text


@pytest.mark.parametrize("text, expected", [
    ("'We won,' she said. 'It was close.'", "\u201cWe won,\u201d she said. \u201cIt was close.\u201d"),
    # a plural possessive inside the quotation is an apostrophe
    ("'The workers' pay is low, and we know it,' she said.", "\u201cThe workers' pay is low, and we know it,\u201d she said."),
    # elisions and contractions are apostrophes
    ("He loved rock 'n' roll in the '90s, he didn't say.", "He loved rock 'n' roll in the '90s, he didn't say."),
    # a quotation over two paragraphs leaves the first one open
    ("He said: 'This is long.\n\n'And it goes on.'", "He said: \u201cThis is long.\n\n\u201cAnd it goes on.\u201d"),
    # an opening mark no paragraph closes or continues is an apostrophe
    ("'Unclosed start\n\nNot a quotation.", "'Unclosed start\n\nNot a quotation."),
    # a story with double marks keeps its single ones as they are (quotations inside quotations)
    ("\u201cHe said 'no' to me,\u201d she said.", "\u201cHe said 'no' to me,\u201d she said."),
])
def test_single_marks_rewritten_as_double_only_where_they_quote(text, expected):
    out = single_marks_as_double(text)
    assert out == expected and len(out) == len(text)


def _frames(text):
    return [(c.text, c.source.name, c.cue.text) for c in analyze(text).claim_records if c.cue is not None]


@pytest.mark.parametrize("text", [
    "The new levy will add about \u00a390 a year to a typical bill.",
    "The factory added 1,200 jobs last year.",
    "The merger adds $3 billion to its annual sales.",
    "Rovers beat City to go top, adding to the pressure on their manager.",
])
def test_add_with_an_amount_is_arithmetic_not_speech(text):
    assert _frames(text) == []


def test_add_still_reports_speech():
    assert _frames("The plan is sound, she added.") == [("The plan is sound", "she", "added")]
    assert _frames("He added that 40 staff would move.") == [("40 staff would move", "He", "added")]


@pytest.mark.parametrize("text", [
    "Acme Corp quarterly profit beats estimates, shares jump\n\nAcme Corp reported a profit on Monday.",
    "Acme's sales topped analysts' estimates in the second quarter.",
    "Revenue came in above estimates for a third straight quarter.",
])
def test_estimates_compared_with_results_is_a_noun(text):
    assert _frames(text) == [] or all(cue != "estimates" for _, _, cue in _frames(text))


def test_estimates_still_reports_a_figure():
    assert _frames("The agency estimates that 40 people died.") == [("40 people died", "agency", "estimates")]


def _sources(text):
    return {(c.source.name, c.source.type) for c in analyze(text).claim_records if c.cue is not None}


def test_unnamed_groups_of_people_are_anonymous_even_capitalised_at_the_start():
    # an obituary's 'Colleagues said', a council story's 'Opposition councillors said', a crash's bystanders
    assert _sources("Colleagues said she was strict but fair.") == {("Colleagues", "anonymous")}
    assert _sources("Opposition councillors said the budget was wasteful.") == {("Opposition councillors", "anonymous")}
    assert _sources("Bystanders said the van did not stop.") == {("Bystanders", "anonymous")}


def test_unnamed_councillors_do_not_take_the_council_description():
    a = analyze("Opposition councillors said the plan was rushed. The council says it must save money.")
    assert [(c.source.name, c.source.type) for c in a.claim_records] == [
        ("Opposition councillors", "anonymous"), ("council", "organization")]


def test_centers_names_an_organisation():
    assert _sources("The study was checked by the Centers for Disease Control, which said the rate fell.") \
        == {("Centers for Disease Control", "organization")}


def test_a_floor_in_the_headline_agrees_with_a_higher_exact_toll():
    a = analyze("Storm kills at least 20 in coastal towns\n\n"
                "A hospital director said 26 people had been killed in the storm.\n")
    (r,) = a.relation_records
    assert r.status == "consistent" and r.figure == 26
    assert "fits at least 20" in r.explanation and "floor" in r.explanation


def test_a_ceiling_beside_a_lower_toll_is_still_a_conflict():
    a = analyze("Officials said 12 people were killed in the fire. Hospital staff said as many as 15 people were killed.")
    assert [r.status for r in a.relation_records] == ["conflict"]


INTERVIEW = ("Q&A: Painter Ada Moss on her first show\n\n"
             "Ada Moss opens her first show on Friday. We talked with Moss about light and luck.\n\n"
             "Q: Why paint the harbour?\n\n"
             "A: I grew up there. My father fished it for 40 years.\n\n"
             "Q: Was the show hard to hang?\n\n"
             "A: Very. I thought the walls would never be ready.\n")


def test_interview_answers_are_the_interviewees_and_questions_the_reporters():
    a = analyze(INTERVIEW)
    by_text = {c.text: c for c in a.claim_records}
    assert by_text["Why paint the harbour"].source.type == "reporter"
    for sentence in ("I grew up there.", "My father fished it for 40 years.", "Very."):
        c = by_text[sentence]
        assert (c.source.name, c.source.type, c.source.rule, c.cue.text) == ("Ada Moss", "person", "interview:answer", "A")
    # the interviewee's own 'I thought C' keeps its frame
    c = by_text["the walls would never be ready"]
    assert (c.source.name, c.cue.text) == ("Ada Moss", "thought")
    assert not [s for s in a.source_records if s.name in ("Q", "A", "Q&A", "I")]
    assert a.claim_records[0].source.type == "reporter"  # the 'Q&A:' rubric names no source


def test_one_question_and_its_answer_are_an_interview_too():
    """'Q: ...' then 'A: ...': the question is the reporter's, the answer the person the introduction names (before,
    'Q' became a person and the answer the reporter's)."""
    a = analyze("Mayor Ann Lee sat down with us on Friday.\n\nQ: Why did the bridge take so long?\n\n"
                "A: We had to redo the review twice.\n\nThe bridge opens in May.\n")
    by_text = {c.text: c for c in a.claim_records}
    assert by_text["Why did the bridge take so long"].source.type == "reporter"
    assert by_text["We had to redo the review twice."].source.name == "Ann Lee"
    assert not [s for s in a.source_records if s.name in ("Q", "A")]


def test_a_single_question_in_a_transcript_is_left_alone():
    text = "Q: Will you run?\n\nThe senator laughed. She said she had not decided.\n"
    assert "interview:" not in "".join(c.source.rule for c in analyze(text).claim_records)


def _flag_texts(text):
    return [f.text for f in analyze(text).flag_records if f.rule == "lexicon:disaster"]


def test_disaster_in_the_name_of_an_agency_or_programme_is_no_loaded_word():
    assert _flag_texts("The provincial disaster agency said 12 roads were closed.") == []
    assert _flag_texts("Farmers applied for disaster relief after the storm.") == []
    assert _flag_texts("The reform was a disaster for farmers.") == ["disaster"]


OBITUARY = ("Helen Marsh, a pioneering pilot, died on Monday at her home in Leeds. She was 88.\n\n"
            "Her son, David Marsh, said the cause was heart failure.\n\n"
            "Ms. Marsh flew cargo planes for 30 years, the airline said.\n\n"
            "In a 2001 interview, Ms. Marsh said flying had been her whole life.\n")


def test_a_bare_surname_shared_by_relatives_is_the_person_named_first():
    by_text = {c.text: c for c in analyze(OBITUARY).claim_records}
    assert by_text["the cause was heart failure"].source.name == "David Marsh"
    assert by_text["Ms. Marsh flew cargo planes for 30 years"].source.name == "airline"
    c = by_text["flying had been her whole life"]
    assert (c.source.name, c.source.rule.split("; ")[-1]) == ("Helen Marsh", "alias:surname-of-first-named")


def test_one_person_written_two_ways_keeps_one_source():
    text = ("Carlos Ruiz Vega spoke first. Later, Carlos Ruiz said the plan was sound.\n\n"
            "Ruiz said the vote would be close.\n")
    names = {c.source.name for c in analyze(text).claim_records if c.cue is not None}
    assert names == {"Carlos Ruiz"}


def test_a_participle_after_put_is_the_subjects():
    # a disaster story's rival toll: "put the toll higher, saying C"
    assert _frames("A local health official put the toll higher, saying 51 bodies had been found.") == [
        ("51 bodies had been found", "local health official", "saying")]


def _figures(text):
    return {q.text: q for q in analyze(text).quantity_records}


def test_a_body_is_no_place_for_a_figure():
    q = _figures("Researchers at the University of Leeds followed 12,000 adults for a decade.")["12,000"]
    assert q.place is None
    q = _figures("The study of 900 patients was published in the Journal of Medicine on Monday.")["900"]
    assert q.place is None
    assert _figures("Floods killed 40 people in Sindh on Monday.")["40"].place == "Sindh"


def test_forced_from_their_homes_is_displacement():
    qs = _figures("At least 12 people were killed and thousands forced from their homes, officials said.")
    assert (qs["At least 12"].event, qs["thousands"].event) == ("killed", "displaced")


def test_a_multiword_name_after_the_is_an_organisation():
    assert _sources("The Red Cross said 3,000 families needed shelter.") == {("Red Cross", "organization")}
    assert _sources("The Salvation Army said it had opened two halls.") == {("Salvation Army", "organization")}
    # a person's name with a title keeps its person
    assert _sources("The Rev. Anne Hollis said the hall would stay open.") == {("Anne Hollis", "person")}


def test_an_age_range_is_no_figure():
    # a health study's cohort: "adults aged 45 to 80"; a survey's "between the ages of 18 and 29"
    assert list(_figures("Researchers followed 48,000 adults aged 45 to 80 for a decade.")) == ["48,000"]
    assert list(_figures("The poll reached 900 people between the ages of 18 and 29.")) == ["900"]
    assert list(_figures("Children ages 5-11 can get the shot, and 300 did.")) == ["300"]

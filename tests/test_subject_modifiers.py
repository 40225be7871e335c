"""The source phrase before a cue when the subject carries a modifier: a participle (a reduced relative clause), a
second subject added between commas, or a title in quotation marks. The head of the subject speaks; the modifier is
the reporter's description."""
import pytest

from verify import analyze

from tests.ledger_helpers import attributed


def _frame(text):
    (claim,) = attributed(text)
    return claim.source.mention.text, claim.cue.text, claim.text


def _reporter_texts(text):
    return [c.text for c in analyze(text).claim_records if c.source.type == "reporter"]


@pytest.mark.parametrize("text, mention, cue, content, description", [
    ("A draft memo obtained by the Gazette concluded that the bridge was unsafe.", "A draft memo", "concluded",
     "the bridge was unsafe", "obtained by the Gazette"),
    ("An audit released Monday by the county found that the clinic overbilled.", "An audit", "found",
     "the clinic overbilled", "released Monday by the county"),
    ("A staff report drafted for the council in June 2019, and obtained by the Gazette, said that the dam leaked.",
     "A staff report", "said", "the dam leaked", "drafted for the council in June 2019, and obtained by the Gazette"),
    ("A regional paper called \u201cThe Harbor Light\u201d reported that the mill had closed.", "A regional paper",
     "reported", "the mill had closed", "called \u201cThe Harbor Light\u201d"),
])
def test_a_participle_modifying_the_subject_leaves_the_head_as_the_source(text, mention, cue, content, description):
    assert _frame(text) == (mention, cue, content)
    assert description in _reporter_texts(text)  # the reporter's description of the document, for the editor


@pytest.mark.parametrize("text, mention, cue, content", [
    ("Rescuers tried to reach the village before dark and said the road was blocked.", None, "said",
     "the road was blocked"),
    ("The mayor struggled on Monday to explain why the budget had failed.", None, None, None),
])
def test_a_verb_and_its_complement_is_no_modifier(text, mention, cue, content):
    """'tried to', 'struggled on Monday to': the subject's own verb, then an infinitive; the rule leaves the
    sentence as it was (the infinitive cue stays no frame, 'and said' keeps its subject)."""
    claims = attributed(text)
    if cue is None:
        assert claims == []
    else:
        (claim,) = claims
        assert (claim.cue.text, claim.text) == (cue, content) and claim.source.mention.text == "Rescuers"


def test_a_second_subject_after_as_well_as_leaves_the_first_speaking():
    text = "The governor herself, as well as her staff, has always maintained that the levee was sound."
    (claim,) = attributed(text)
    assert claim.cue.text == "maintained" and claim.text == "the levee was sound"
    assert claim.source.mention.text.startswith("The governor")
    assert "as well as her staff" in _reporter_texts(text)


@pytest.mark.parametrize("text, mention, content", [
    ("The fund would run dry by 2031, according to the \u201cBlue Horizon\u201d report.",
     "the \u201cBlue Horizon\u201d report", "The fund would run dry by 2031"),
    ("According to the agency's \u201cClean Rivers\u201d study, the fund would run dry by 2031.",
     "the agency's \u201cClean Rivers\u201d study", "the fund would run dry by 2031"),
])
def test_according_to_a_document_named_by_its_title(text, mention, content):
    (claim,) = attributed(text)
    assert claim.cue.text.lower() == "according to" and claim.source.mention.text == mention
    assert claim.text == content and claim.source.type == "document"


def test_according_to_a_title_that_names_no_document_is_no_source():
    assert attributed("The fund would run dry by 2031, according to the \u201cBlue Horizon\u201d crowd.") == []


def test_the_document_he_released_is_a_document():
    (claim,) = attributed("The fund would run dry by 2031, according to the memo he released.")
    assert claim.source.type == "document" and claim.source.name == "memo"


def test_the_participle_of_the_subject_is_no_cue():
    """'posted' describes the statement; the statement says C."""
    assert _frame("A statement posted on the club's website said members would vote in March.") == (
        "A statement", "said", "members would vote in March")


def test_a_subordinate_clause_before_the_subject_is_no_head():
    text = "In a race shaped by the mayor's appeals to older voters, turnout rose."
    assert all(c.source.mention is None or c.source.mention.text != "race" for c in attributed(text))


@pytest.mark.parametrize("text, mention, content", [
    ("A spokeswoman for the company that owns the plant said the leak was small.", "A spokeswoman for the company",
     "the leak was small"),
    ("Insurers that had backed the mine agreed to release the bond.", "Insurers", "to release the bond"),
    ("A guard who worked at the gate and who asked not to be named said the fence was cut.", "A guard",
     "the fence was cut"),
])
def test_a_restrictive_that_clause_on_the_subject_is_not_the_source(text, mention, content):
    claim = next(c for c in attributed(text))
    assert (claim.source.mention.text, claim.text) == (mention, content)
    assert claim.source.mention.text not in ("plant", "mine", "gate")


@pytest.mark.parametrize("text", [
    "The claim that officials said the vote was rigged is false.",
    "Voters rejected the idea that millions of people had been paid, and the senator said the count was fair.",
])
def test_that_before_a_subject_opens_no_restrictive_clause(text):
    """'that officials said', 'that millions of people': a complement clause, whose own subject speaks."""
    assert all(c.source.mention.text not in ("The claim", "the idea") for c in attributed(text))


@pytest.mark.parametrize("text, mention, cue", [
    ("A study by Ann Lee and Tom Park of the State University of Ohio and Professor Ruiz concluded that fares were "
     "too high.", "A study by Ann Lee and Tom Park of the State University of Ohio and Professor Ruiz", "concluded"),
    ("A new Daily Planet/Harbor College survey of renters 18 to 35 years old shows a 60-30 divide on the rule.",
     "A new Daily Planet/Harbor College survey of renters 18 to 35 years old", "shows"),
])
def test_a_document_described_at_length_opening_the_sentence_is_the_source(text, mention, cue):
    """Past the twelve words a source phrase takes, a study or survey at the head of the subject still speaks."""
    (claim,) = attributed(text)
    assert (claim.source.mention.text, claim.cue.text, claim.source.type) == (mention, cue, "document")


@pytest.mark.parametrize("text", [
    "The Gazette obtained a video of the long speech and said the mayor had steered a middle course.",
    "Rivera released a statement Wednesday evening, saying the deal was dead.",
])
def test_a_subject_with_its_own_verb_is_no_document(text):
    """'The Gazette obtained a video ... and said': the paper speaks, not a document."""
    assert all(c.source.type != "document" for c in attributed(text))


@pytest.mark.parametrize("text, mention", [
    ("Neither Lee nor Park has won a district and Ortiz strongly suggested they should drop out.", "Ortiz"),
    ("Crime has risen in recent years and residents worried that the police were stretched.", "residents"),
])
def test_and_after_a_clause_opens_a_new_subject(text, mention):
    """'has won a district and Ortiz suggested': the 'and' joins two clauses, so the name after it speaks alone."""
    (claim,) = attributed(text)
    assert claim.source.mention.text == mention


@pytest.mark.parametrize("text, mention", [
    ("\u201cThe test is a threat,\u201d the Ohio senator and Republican candidate said in a statement.",
     "the Ohio senator and Republican candidate"),
    ("The plan is so narrow that many economists and Wall Street advocates believe it will fail.",
     "many economists and Wall Street advocates"),
    ("The Department of Health and Human Services said the rule was final.", "The Department of Health and Human Services"),
])
def test_and_inside_one_source_phrase_keeps_it_whole(text, mention):
    (claim,) = attributed(text)
    assert claim.source.mention.text == mention


@pytest.mark.parametrize("text, mention, cue, content", [
    ("Reyes has freed up $2 million for the clinics and on Monday announced more money was coming.", "Reyes",
     "announced", "more money was coming"),
    ("Ruiz, Olsen and Baptiste have all described their visits as old commitments and say they will stop.",
     "Ruiz, Olsen and Baptiste", "say", "they will stop"),
])
def test_a_coordinated_cue_shares_the_subject_across_a_time_or_a_list(text, mention, cue, content):
    claim = next(c for c in attributed(text) if c.cue.text == cue)
    assert (claim.source.mention.text, claim.text) == (mention, content)


@pytest.mark.parametrize("text, mention, cue", [
    ("A Harbor College poll of voters has, however, revealed that the mayor trails.", "A Harbor College poll of voters",
     "revealed"),
    ("City officials have, in fact, praised the plan.", "City officials", "praised"),
    ("The Green nominee for the Nov. 8 election later said she was joking.", "The Green nominee for the Nov. 8 election",
     "said"),
])
def test_the_source_past_an_interjection_or_a_nominee_for_an_election(text, mention, cue):
    (claim,) = attributed(text)
    assert (claim.source.mention.text, claim.cue.text) == (mention, cue)


def test_a_name_ending_on_a_modal_word_keeps_it():
    (claim,) = attributed("Yin Myint May, 61, said she was elated.")
    assert claim.source.mention.text == "Yin Myint May"


@pytest.mark.parametrize("text, first, second", [
    ("The mayor, arguing that the budget was balanced, said taxes would not rise.",
     ("arguing", "the budget was balanced"), ("said", "taxes would not rise")),
    ("Sen. Ray Ortiz, noting the size of the crowd, said the race was close.",
     ("noting", "the size of the crowd"), ("said", "the race was close")),
])
def test_a_speech_participle_in_the_aside_is_the_sources_own_claim(text, first, second):
    claims = attributed(text)
    assert [(c.cue.text, c.text) for c in claims] == [first, second]
    assert claims[0].source.name == claims[1].source.name


@pytest.mark.parametrize("text", [
    "The governor, hoping to win the state, called the plan dangerous.",
    "Texas, leading a coalition of 13 states, asked a judge to block the rule.",
])
def test_a_participle_of_intent_or_description_in_the_aside_stays_the_reporters(text):
    assert [c.cue.text for c in attributed(text)] in (["called"], ["asked"])

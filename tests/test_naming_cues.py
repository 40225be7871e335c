"""Cue forms that name, title, judge or chant: agentless names and verdicts, 'seen by X as', 'chants of',
'knocked', 'forecast that' - each on sentences written for the test."""
import pytest

from verify import analyze

from tests.ledger_helpers import attributed, claim_of


@pytest.mark.parametrize("text, cue", [
    ("The county is known for electing moderate mayors.", "known for"),  # a predicate: the whole clause
    ("He is best known for a string of hit songs.", "known for"),
    ("A lender known to be wary of farms turned the family down.", "known to"),
])
def test_a_name_or_reputation_in_common_use_is_agentless(text, cue):
    [c] = attributed(text)
    assert (c.source.mention, c.source.rule, c.cue.text, c.text) == (None, f"hedge:{cue}", cue, text.rstrip("."))
    assert (c.start, c.end) == (0, len(text) - 1)


@pytest.mark.parametrize("text, cue, content", [
    ("The bakery won three prizes at the fair known as the Harvest Show.", "known as", "the fair known as the Harvest Show"),
    ("The mayor campaigned hard in a county known for electing moderates, not radicals.", "known for",
     "a county known for electing moderates"),
    ("The board approved a short memo titled \u201cWhere We Stand\u201d at noon.", "titled",
     "a short memo titled \u201cWhere We Stand\u201d"),
])
def test_a_name_given_to_a_noun_phrase_is_claimed_of_that_phrase(text, cue, content):
    claims = analyze(text).claim_records
    [c] = [c for c in claims if c.cue is not None and c.cue.text == cue]
    assert (c.source.mention, c.source.name, c.text) == (None, "unnamed (agentless)", content)
    assert all(o.source.type == "reporter" for o in claims if o is not c and o.cue is None)


@pytest.mark.parametrize("text", [
    "I have known for years that the mill would close.",
    "She had known him since school, the mayor said.",
    "We've known for a while.",
])
def test_having_known_someone_is_no_reputation(text):
    assert all(c.cue.text.lower() not in ("known as", "known for", "known to") for c in attributed(text))


@pytest.mark.parametrize("text, cue, content", [
    ("The union released a pamphlet titled \u201cFair Shifts Now.\u201d", "titled",
     "a pamphlet titled \u201cFair Shifts Now.\u201d"),
    ("Entitled \u201cOur Town,\u201d the ad shows the mayor at a bakery.", "Entitled",
     "Entitled \u201cOur Town,\u201d the ad shows the mayor at a bakery"),
])
def test_a_work_named_by_its_title_is_agentless(text, cue, content):
    [c] = attributed(text)
    assert (c.source.mention, c.cue.text, c.text) == (None, cue, content)


def test_entitled_to_a_right_is_no_title():
    assert attributed("Workers are entitled to a lunch break.") == []


def test_seen_by_holders_as_a_judgement_is_theirs():
    claims = attributed("The merger was seen by many analysts as a defeat for the union.")
    assert {(c.source.mention.text, c.cue.text) for c in claims} == {("many analysts", "seen")}
    assert [c.text for c in claims] == ["The merger", "as a defeat for the union"]


@pytest.mark.parametrize("text", [
    "The town has seen a sharper debate as new families arrived.",  # sight, an 'as' clause after it
    "The plan could be seen as a gamble.",  # a possibility no one holds: left to the reporter
])
def test_seen_without_holders_after_by_is_no_cue(text):
    assert attributed(text) == []


@pytest.mark.parametrize("text, source, content", [
    ("The mayor was met with chants of \u201cFour more years\u201d at the fair.", None, "\u201cFour more years\u201d"),
    ("Their chants of \u201cOpen the mill\u201d filled the hall.", "Their", "\u201cOpen the mill\u201d"),
    ("The senator walked in to loud chants of ''Vote them out!'' from the floor.", None, "''Vote them out!''"),
])
def test_chants_of_a_quotation_are_the_crowds_words(text, source, content):
    [c] = attributed(text)
    assert (c.source.mention.text if c.source.mention else None, c.cue.text, c.text) == (source, "chants of", content)


@pytest.mark.parametrize("text", [
    "His criticism of \u201cfake\u201d polls grew.",  # a scare-quoted word, not words said
    "The chants of the crowd grew louder.",  # no quotation: no words given
])
def test_no_chanted_words_no_attribution(text):
    assert all(c.cue.text != "chants of" for c in attributed(text))


@pytest.mark.parametrize("text, cue", [
    ("The challenger was declared the winner in the third district.", "was declared"),
    ("Dozens of ballots were deemed invalid after the recount.", "were deemed"),
    ("The closure of the mill was announced on Friday morning.", "was announced"),
    ("The senator was projected the winner shortly after the polls closed.", "was projected"),
])
def test_a_verdict_given_without_naming_who_gave_it_is_agentless(text, cue):
    [c] = attributed(text)
    assert (c.source.mention, c.source.name, c.cue.text, c.text) == (None, "unnamed (agentless)", cue, text.rstrip("."))


@pytest.mark.parametrize("text, cue", [
    ("The new mayor is widely seen as a pragmatist.", "seen as"),
    ("Her decision to skip the debate was viewed as a snub.", "viewed as"),
    ("The harbour festival was billed as the largest in a decade.", "billed as"),
    ("The ruling had generally been regarded as a setback for the union.", "regarded as"),
])
def test_a_judgement_in_a_finite_passive_is_agentless(text, cue):
    [c] = attributed(text)
    assert (c.source.mention, c.source.name, c.cue.text, c.text) == (None, "unnamed (agentless)", cue, text.rstrip("."))


@pytest.mark.parametrize("text", [
    "The mayor worries about being seen as a pushover by the council.",
    "The vote can be seen as a test of the new coalition.",
    "The treasurer, who is seen as a pragmatist, resigned on Friday.",
    "They closed two schools that are seen as failing their pupils.",
    "Two senators spoke first: the mayor, whose district is seen as safe, and her deputy.",
])
def test_a_judgement_no_one_states_is_no_attribution(text):
    assert all(c.cue.text not in ("seen as", "viewed as") for c in attributed(text))


def test_a_seeming_is_still_a_hedged_impression():
    [c] = attributed("The race seemed closer in the north than in the south.")
    assert c.source.name == "unnamed (hedged impression)"


def test_the_mayor_declared_is_still_speech():
    assert claim_of("The mayor declared that the bridge would reopen.") == ("The mayor", "declared", "the bridge would reopen")


@pytest.mark.parametrize("text, source, content", [
    ("The governor knocked the mayor on housing.", "The governor", "the mayor on housing"),
    ("The union has knocked the new rules as unfair to night staff.", "The union", "the new rules as unfair to night staff"),
])
def test_knocking_someone_is_criticism(text, source, content):
    assert claim_of(text) == (source, "knocked", content)


@pytest.mark.parametrize("text", [
    "The storm knocked out power across the county.",
    "Volunteers knocked on doors all weekend.",
    "The blast knocked the statue off its base.",
    "The boxer knocked his rival down in the third round.",
])
def test_a_knock_that_is_a_blow_is_no_criticism(text):
    assert all(c.cue.text != "knocked" for c in attributed(text))


def test_forecast_that_is_a_prediction():
    assert claim_of("The central bank forecast that prices would fall next year.") == (
        "The central bank", "forecast that", "prices would fall next year")


@pytest.mark.parametrize("text", [
    "The forecast calls for rain on Sunday.",
    "Its economic forecasts were revised twice.",
])
def test_the_noun_forecast_is_no_cue(text):
    assert all(c.cue.text.lower() not in ("forecast", "forecasts") for c in attributed(text))


@pytest.mark.parametrize("text, cue", [
    ("The coach has been criticized for benching his best players.", "criticized"),
    ("The new toll was widely condemned as a tax on commuters.", "condemned"),
    ("The driver is accused of leaving the scene of the crash.", "accused"),
    ("Heavy rain was blamed for the delays on the northern line.", "blamed"),
    ("The mayor was described as tired and distracted during the hearing.", "described"),
])
def test_criticism_or_praise_in_a_finite_passive_with_no_one_named_is_agentless(text, cue):
    [c] = attributed(text)
    assert (c.source.mention, c.source.name, c.cue.text, c.text) == (None, "unnamed (agentless)", cue, text.rstrip("."))


@pytest.mark.parametrize("text", [
    "The coach, who has been criticized for his tactics, resigned on Friday.",  # a description of the coach
    "She praised the volunteers, who were praised again at the dinner.",
    "The new toll is being criticized on talk radio.",  # not a finite passive: no 'being'
    "Once again the critics are blaming the referee for the loss.",  # the active progressive
])
def test_a_passive_judgement_in_a_description_is_no_agentless_claim(text):
    assert all(c.source.name != "unnamed (agentless)" for c in attributed(text))


def test_a_passive_judgement_with_its_agent_keeps_the_agent():
    [c, *_] = attributed("The new toll was criticized by the drivers' union for its cost.")
    assert (c.source.mention.text, c.cue.text) == ("the drivers' union", "criticized")

"""Core speech cues in frames the first rounds missed: inverted speakers described at length, object relatives,
subordinate and absolute clauses, asides before a speech verb, trailing and parenthetical reports, bare 'claims',
'hope' as a verb. Each on sentences written for the test."""
import pytest

from tests.ledger_helpers import attributed, claim_of


@pytest.mark.parametrize("text, mention", [
    # any head noun: no lexicon lists every role; 'that' then opens a relative clause on the speaker
    ("\u201cThe rent doubled,\u201d said one former tenant who asked not to be named.", "one former tenant"),
    ("\u201cThe rent doubled,\u201d said one owner of a bakery that sells bread on Main Street.", "one owner of a bakery"),
    # a description of any length ending on a person's name; a place or time after the name is the reporter's
    ("\u201cThe rent doubled,\u201d said longtime bakery owner Ann Marsh during the hearing.", "longtime bakery owner Ann Marsh"),
    ("\u201cThe rent doubled,\u201d said undecided Republican voter Ann Marsh of Derry, N.H., after the meeting.",
     "undecided Republican voter Ann Marsh"),
    ("\u201cThe rent doubled,\u201d said former Ohio Gov. and party finance chairman Tom Reed.",
     "former Ohio Gov. and party finance chairman Tom Reed"),
])
def test_the_speaker_after_a_closing_quotation_whatever_the_head_noun(text, mention):
    [c] = [c for c in attributed(text) if c.cue is not None]
    assert (c.source.mention.text, c.cue.text) == (mention, "said")
    assert c.text.startswith("\u201c") and c.text.endswith(",\u201d")


@pytest.mark.parametrize("text, mention", [
    ("The race is close, said political scientist Ann Marsh in Boston.", "political scientist Ann Marsh"),
])
def test_lower_case_description_before_a_persons_name_of_an_inverted_source(text, mention):
    (claim,) = attributed(text)
    assert claim.source.mention.text == mention and claim.cue.text == "said"


@pytest.mark.parametrize("text, content", [
    ("The coach called the loss \u201ca wake-up call,\u201d according to the Gazette.", "the loss \u201ca wake-up call,\u201d"),
    ("The mayor said residents \u201cdeserve better,'' according to the Gazette.", "residents \u201cdeserve better,''"),
])
def test_trailing_according_to_after_a_quotation_closed_by_its_comma(text, content):
    [c] = attributed(text)
    assert c.text == content
    assert [(v.mention.text, v.cue.text) for v in c.source.via_frames] == [("the Gazette", "according to")]


@pytest.mark.parametrize("text, mention", [
    ("Here in Dayton, the mayor stepped up her attacks on the plan, saying it would close two schools.", "the mayor"),
    ("On Friday, after staying neutral for months, the mayor joined the strikers and endorsed their demands, saying "
     "the city could pay.", "the mayor"),
    ("Amid calls from parents to keep the library open until midnight, the mayor offered a compromise, saying the "
     "budget was tight.", "the mayor"),
    # an -ed word right after an article is an adjective of the subject, not its verb
    ("The retired teacher has given no details about her campaign, saying only that it would be local.",
     "The retired teacher"),
])
def test_a_participle_finds_its_subject_past_fronted_phrases(text, mention):
    c = [c for c in attributed(text) if c.cue.text == "saying"][0]
    assert c.source.mention.text == mention


@pytest.mark.parametrize("text, source, cue, content", [
    ("The judge fined the firm, which regulators said had hidden its losses.", "regulators", "said",
     "had hidden its losses"),
    ("The mayor criticized the contract, which an audit said was badly drafted.", "an audit", "said", "was badly drafted"),
    ("He cited a group of hackers who U.S. officials say are tied to the army.", "U.S. officials", "say",
     "are tied to the army"),
])
def test_an_object_relative_clause_with_any_source_phrase_in_the_gap(text, source, cue, content):
    inner = attributed(text)[-1]
    assert (inner.source.mention.text, inner.cue.text, inner.text) == (source, cue, content)


def test_a_thing_held_in_an_object_relative_says_nothing():
    [c] = attributed("The mayor praised the plan that the council supported last year.")
    assert c.cue.text == "praised"


@pytest.mark.parametrize("text, source, content", [
    ("The governor praised the plan on Monday, hours after the mayor said it would cost too much.", "the mayor",
     "it would cost too much"),
    ("I was not talking about the mayor when I said the council had failed.", "I", "the council had failed"),
])
def test_a_subordinate_clause_whose_subject_speaks_is_an_attribution_of_its_own(text, source, content):
    inner = attributed(text)[-1]
    assert (inner.source.mention.text, inner.cue.text, inner.text) == (source, "said", content)


@pytest.mark.parametrize("text", [
    "The governor praised the plan after voters supported it in a referendum.",
    "The governor praised the plan when he announced his bid for a second term.",
    "Everyone knows what you mean when you say the plan is late.",
])
def test_a_subordinate_clause_without_speech_reports_nothing(text):
    assert all(c.cue.text not in ("supported", "announced", "say") for c in attributed(text))


@pytest.mark.parametrize("text, mention, content", [
    ("Ann Marsh, the author of \u201cLost Roads,\u201d a history of the county, said the bridge was never safe.",
     "Ann Marsh", "the bridge was never safe"),
    ("Mayor Tom Reed - who once said he would \u201cnever raise taxes\u201d - said on Monday that the levy must rise.",
     "Mayor Tom Reed", "the levy must rise"),
    ("Sen. Ann Marsh (D-Ohio), said after the vote that she had not read the bill.", "Sen. Ann Marsh",
     "she had not read the bill"),
    ("Tom Reed, who\u2019s thinking about a run for mayor, said the bridge was never safe.", "Tom Reed",
     "the bridge was never safe"),
])
def test_the_opening_source_speaks_after_a_long_aside(text, mention, content):
    c = [c for c in attributed(text) if c.cue.text == "said"][-1]
    assert (c.source.mention.text, c.text) == (mention, content)


def test_a_relative_clause_opened_by_whos_is_an_attribution_of_its_own():
    rel, main = attributed("Tom Reed, who\u2019s called for a new bridge, said the old one was never safe.")
    assert (rel.source.mention.text, rel.cue.text, rel.text) == ("who", "called for", "a new bridge")
    assert (main.source.mention.text, main.cue.text) == ("Tom Reed", "said")


@pytest.mark.parametrize("text, mention", [
    ("In a statement defending the mayor, her campaign said the audit was flawed.", "her campaign"),
    ("By the time the polls closed, as many as 40 percent of voters said they were undecided.", "40 percent of voters"),
])
def test_a_fronted_phrase_is_no_source(text, mention):
    [c] = attributed(text)
    assert (c.source.mention.text, c.cue.text) == (mention, "said")


def test_a_name_after_a_fronted_phrase_without_its_comma_speaks():
    [c] = attributed("In a radio interview Mayor Reed declared that the audit was flawed.")
    assert (c.source.mention.text, c.cue.text) == ("Mayor Reed", "declared")


def test_no_alone_is_no_source():
    assert [c.cue.text for c in attributed("No wonder the mayor said the audit was flawed.")] == ["said"]


def test_this_before_a_source_noun_determines_it():
    [c] = attributed("\u201cThe staff never liked him,\u201d this source told the Gazette.")
    assert (c.source.mention.text, c.cue.text) == ("this source", "told")


def test_a_clause_after_a_dash_has_its_own_frame():
    first, second = attributed("The mayor admitted the plan is late \u2014 she told the council that the money ran out.")
    assert (second.source.mention.text, second.cue.text, second.text) == ("she", "told", "the money ran out")
    assert "told" not in first.text


def test_the_dash_closing_an_aside_opens_no_second_frame():
    claims = attributed("He said the rebuke \u2014 a word several people used \u2014 Smith spoke of was fair.")
    assert [c.cue.text for c in claims] == ["said"]


def test_a_frame_opening_a_relative_clauses_content_is_nested_in_it():
    claims = attributed("The deal was struck with help from Ann Lee, who said she expects the council to approve it.")
    assert [(c.source.mention.text, c.cue.text) for c in claims] == [("who", "said"), ("she", "expects")]
    assert claims[-1].text == "the council to approve it"


def test_a_share_before_who_is_the_antecedent():
    [c] = attributed("Most voters liked the plan, including 18% who say they would vote for it.")
    assert (c.source.mention.text, c.cue.text, c.text) == ("who", "say", "they would vote for it")


@pytest.mark.parametrize("text, mention, content", [
    ("The shootings have left 62 percent of voters saying the city is less safe.", "62 percent of voters",
     "the city is less safe"),
    ("Most voters shrugged off the pick, with about three in 10 saying it would change their vote.",
     "about three in 10", "it would change their vote"),
])
def test_a_share_saying_in_an_absolute_construction_speaks(text, mention, content):
    c = attributed(text)[-1]
    assert (c.source.mention.text, c.cue.text, c.text) == (mention, "saying", content)


@pytest.mark.parametrize("text, content", [
    ("The mayor continued on Monday, saying that the audit was flawed.", "the audit was flawed"),
    ("The mayor continued, saying, \u201cThe audit was flawed.\u201d", "\u201cThe audit was flawed.\u201d"),
])
def test_continued_then_a_speech_participle_is_the_participles_frame(text, content):
    [c] = attributed(text)
    assert (c.source.mention.text, c.cue.text, c.text) == ("The mayor", "saying", content)


def test_a_dash_closes_only_an_aside_a_dash_opened():
    assert attributed("Sen. Ann Marsh (R-Ohio) \u2014 Announced March 3, 2015") == []


def test_the_last_short_sentence_of_a_quotation_before_its_speaker():
    claims = attributed("\u201cWill he remember all of it? No,\u201d said Ann Marsh, a retired teacher.")
    assert [(c.source.mention.text, c.cue.text) for c in claims if c.cue] == [("Ann Marsh", "said")] * 2
    assert claims[-1].text == "No,\u201d"


def test_a_parenthetical_frame_after_a_quotation_closing_the_content_reports_it():
    c = attributed("The mayor praised the \u201cquiet work\u201d of the staff - \u201cwork that nobody sees,\u201d she said - "
                   "and asked for a raise.")[0]
    assert (c.cue.text, c.text) == ("praised", "the \u201cquiet work\u201d of the staff - \u201cwork that nobody sees,\u201d")
    assert [(v.mention.text, v.cue.text) for v in c.source.via_frames] == [("she", "said")]


def test_a_parenthetical_frame_by_a_described_source_reports_the_content():
    c = attributed("The mayor warned that the levy, many economists say, would hurt small shops.")[0]
    assert [(v.mention.text, v.cue.text) for v in c.source.via_frames] == [("many economists", "say")]


@pytest.mark.parametrize("text, mention, content", [
    ("The mayor claims he never saw the report.", "The mayor", "he never saw the report"),
    ("The flyer claims \u201cthe levy is a giveaway.\u201d", "The flyer", "\u201cthe levy is a giveaway.\u201d"),
    ("Many residents claim the bridge is unsafe.", "Many residents", "the bridge is unsafe"),
])
def test_bare_claims_between_a_subject_and_a_clause_is_a_verb(text, mention, content):
    assert claim_of(text) == (mention, text[text.index("claim"):].split()[0], content)


@pytest.mark.parametrize("text, mention, content", [
    ("Democrats hope they will win the seat.", "Democrats", "they will win the seat"),
    ("The candidates hope to stop him at the convention.", "The candidates", "to stop him at the convention"),
])
def test_hope_before_a_clause_is_a_verb(text, mention, content):
    assert claim_of(text) == (mention, "hope", content)


@pytest.mark.parametrize("text, mention, cue, content", [
    ("The city opened a shelter, a move that Mayor Reed hopes can ease the crowding.", "Mayor Reed", "hopes",
     "can ease the crowding"),
    ("It is building a port in what it hopes will become a hub.", "it", "hopes", "will become a hub"),
])
def test_hope_before_the_gap_of_a_relative_clause_is_a_verb(text, mention, cue, content):
    c = attributed(text)[-1]
    assert (c.source.mention.text, c.cue.text, c.text) == (mention, cue, content)


@pytest.mark.parametrize("text", ["Any hope they had was gone.", "There is little hope to win the seat.",
                                  "He has broken many promises he made to the voters."])
def test_hope_or_promises_after_a_quantifier_is_a_noun(text):
    assert attributed(text) == []


@pytest.mark.parametrize("text", [
    "The mayor's claim surprised the council.",
    "Republican claims of progress were disputed by the council.",
    "The rebels have claims in the area.",
    "Claims of fraud were never proved.",
])
def test_claims_as_a_noun_is_no_cue(text):
    assert all(c.cue.text.lower() not in ("claim", "claims") for c in attributed(text))


@pytest.mark.parametrize("text", [
    "\u201cThe audit was flawed,\u201d the mayor told reporters, according to the Gazette, during a visit to the depot.",
    "\u201cThe audit was flawed,\u201d the mayor said in a statement according to The Gazette.",
])
def test_a_report_of_a_frame_after_its_content_may_be_followed_by_its_time_or_lack_its_comma(text):
    [c] = attributed(text)
    assert c.text == "\u201cThe audit was flawed,\u201d"
    assert [(v.mention.text, v.cue.text) for v in c.source.via_frames] == [(text.split("according to ")[1].split(",")[0].rstrip("."), "according to")]


def test_a_quotation_closed_without_its_comma_before_an_inverted_speaker():
    [c] = attributed("\u201cThe audit was flawed from the start\u201d said Ann Marsh, a council member.")
    assert (c.source.mention.text, c.cue.text, c.text) == ("Ann Marsh", "said", "\u201cThe audit was flawed from the start\u201d")


@pytest.mark.parametrize("text, cue", [
    ("Said Ann Marsh, who grew up on the street, \u201cWe were all so proud of him.\u201d", "Said"),
    ("But, said Ann Marsh, \u201cWe were all so proud of him.\u201d", "said"),
])
def test_a_fronted_speech_verb_with_a_description_or_after_a_conjunction(text, cue):
    c = [c for c in attributed(text) if c.cue is not None][-1]
    assert (c.source.mention.text, c.cue.text, c.text) == ("Ann Marsh", cue, "\u201cWe were all so proud of him.\u201d")


def test_a_state_abbreviation_after_a_town_can_end_a_sentence():
    from verify.sentences import split_sentences
    text = "The fire spread to a mill in Fresno, Calif. The owner said the loss was total."
    assert [s.text for s in split_sentences(text)] == ["The fire spread to a mill in Fresno, Calif.",
                                                       "The owner said the loss was total."]
    assert [(c.source.mention.text, c.cue.text) for c in attributed(text)] == [("The owner", "said")]
    # not a noun ("the Mass."), and not before a lower-case word ("Nashua, N.H. on Monday")
    from verify.sentences import _STATE_THEN_SENTENCE
    assert _STATE_THEN_SENTENCE.search("They knelt during the Mass. We prayed.") is None
    assert len(split_sentences("He spoke in Nashua, N.H. on Monday and left.")) == 1


def test_then_after_a_comma_coordinates_a_second_cue():
    first, second = attributed("The mayor thanked the crowd for coming, then said the audit was flawed.")
    assert (first.cue.text, second.source.mention.text, second.cue.text, second.text) == (
        "thanked", "The mayor", "said", "the audit was flawed")


@pytest.mark.parametrize("text, inner_cue, inner_content, source, cue, content", [
    ("Ms. Okafor, in the wake of a new poll showing her down to 14 percent, told reporters on Sunday that she would "
     "stay in the race.", "showing", "her down to 14 percent", "Ms. Okafor", "told", "she would stay in the race"),
    ("The mayor, later alleging that the council wanted to close the library, said she would veto the budget.",
     "wanted", "to close the library", "The mayor", "said", "she would veto the budget"),
])
def test_the_speech_verb_after_an_aside_on_the_subject_is_the_sentence_frame(text, inner_cue, inner_content, source,
                                                                             cue, content):
    claims = attributed(text)
    main = next(c for c in claims if c.cue.text == cue)
    assert (main.source.mention.text, main.text) == (source, content)
    inner = next(c for c in claims if c.cue.text == inner_cue)
    assert inner.text == inner_content


def test_a_second_speaker_after_a_comma_is_no_aside():
    claims = attributed("The mayor said the plan was dead, the council said it was alive.")
    assert claims[0].source.mention.text == "The mayor" and claims[0].cue.text == "said"


@pytest.mark.parametrize("text, source", [
    ("Turnout rose by a third. That\u2019s according to early results of a survey of voters leaving the polls.",
     "early results of a survey of voters leaving the polls"),
    ("Turnout rose by a third. That is according to the county clerk.", "the county clerk"),
    ("Turnout rose by a third. This was according to the county clerk.", "the county clerk"),
])
def test_that_is_according_to_x_attributes_the_word_standing_for_what_came_before(text, source):
    [c] = attributed(text)
    assert (c.source.mention.text, c.cue.text, c.text) == (source, "according to", text.split(". ")[1][:4])


@pytest.mark.parametrize("text", [
    "The levy would raise $40 million a year, according to the \u201cFair Streets\u201d report she released.",
    "The levy would raise $40 million a year, according to the \u201cFair Streets\u201d report released on Monday.",
])
def test_according_to_a_document_named_by_its_title_and_a_clause_on_it(text):
    [c] = [c for c in attributed(text) if c.cue is not None]
    assert (c.cue.text, c.text) == ("according to", "The levy would raise $40 million a year")
    assert "\u201cFair Streets\u201d report" in c.source.mention.text


@pytest.mark.parametrize("text, cue, content", [
    ("A city spokesman responded by saying the pool would reopen in June.", "responded by saying",
     "the pool would reopen in June"),
    ("The mayor responded by saying that the pool would reopen in June.", "responded by saying",
     "the pool would reopen in June"),
    ("Ms. Okafor continued by saying, \u201cWe will appeal this decision.\u201d", "continued by saying",
     "\u201cWe will appeal this decision.\u201d"),
])
def test_a_frame_verb_then_by_and_a_speech_participle_is_one_cue_before_what_was_said(text, cue, content):
    [c] = attributed(text)
    assert (c.cue.text, c.text) == (cue, content)


def test_by_before_no_speech_participle_stays_in_the_content():
    [c] = attributed("The mayor said by law the council must vote on the budget.")
    assert (c.cue.text, c.text) == ("said", "by law the council must vote on the budget")

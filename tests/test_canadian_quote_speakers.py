"""Quote speakers in Canadian news, third round: full names whose first name no list knows, people who speak
together, descriptions set off after a name, a possessive description before one, provincial datelines, short last
sentences of a quotation, frames nested in a relative clause on the subject, and cues before a colon."""
from verify import analyze
from verify.sentences import split_sentences
from verify.sources import canonical_name

from tests.ledger_helpers import attributed, claim_starting


def _speakers(text):
    return [(c.source.name, c.source.mention.text if c.source.mention else None, c.text) for c in attributed(text)]


def test_a_surname_takes_a_full_name_introduced_after_a_description():
    """'winger Ilya Mikheyev' names a person though 'Ilya' is on no list; the later bare 'Mikheyev' is he."""
    text = ("The Jets traded winger Ilya Mikheyev to Calgary on Friday.\n\n"
            "Speaking in Calgary, Mikheyev said he was excited. \u201cIt's a business,\u201d he said.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Ilya Mikheyev", "Ilya Mikheyev"]
    assert cs[0].source.mention.text == "Mikheyev"
    # a weekday before a surname and its cue is no first name
    [c] = attributed("On Wednesday Okafor said the inquiry was closed.")
    assert c.source.name == "Okafor"


def test_a_sentence_opening_role_word_is_no_part_of_the_name():
    [c] = attributed("Fan Harjeet Basra said the trade made sense.")
    assert c.source.name == "Harjeet Basra" and c.source.mention.text == "Fan Harjeet Basra"
    [c] = attributed("Elder Marlene Kakegamic said the treaty was broken.")
    assert c.source.name == "Marlene Kakegamic"
    assert canonical_name("Rep. Sander M. Levin", "person") == "Sander M. Levin"  # a name ending in -er is kept
    [c] = attributed("Nurse Adaeze Okonkwo said the ward was full.")  # an occupation of the lexicon
    assert c.source.name == "Adaeze Okonkwo"


def test_two_people_named_with_a_description_speak_together():
    cs = attributed("Rosa Tavares and her husband Joao Tavares said the water rose in minutes. "
                    "Her husband said the basement was lost.")
    assert cs[0].source.name == "Rosa Tavares and Joao Tavares" and cs[0].text == "the water rose in minutes"
    assert cs[1].source.name == "Joao Tavares"
    # one person with two roles is not two people
    [c] = attributed("Former CSIS and RCMP official Dana Whitlock said the report was late.")
    assert c.source.name == "Dana Whitlock"


def test_the_head_of_a_description_after_a_name_is_a_title():
    """'Lena Okoro, the city's fire chief, said' then 'The chief said': the description's head is her title; a
    word before the head ('chief executive') is none, and another place's holder is not her."""
    cs = attributed("Lena Okoro, the town's fire chief, said crews were tired. The chief said the fire was out.")
    assert [c.source.name for c in cs] == ["Lena Okoro", "Lena Okoro"] and cs[1].source.mention.text == "The chief"
    cs = attributed("Raj Patel, the port's chief executive, said cargo was diverted. The chief said no.")
    assert cs[-1].source.name != "Raj Patel"
    cs = attributed("Ann Boyd, the senator from Manitoba, said the bill was flawed. The Alberta senator said no.")
    assert cs[-1].source.name != "Ann Boyd"


def test_a_name_after_a_possessive_description_is_the_next_she():
    text = ("The jury convicted the driver on Friday. Liang's mother, Mei-Ling Zhou, wept as the verdict was read.\n\n"
            "\u201cI can finally sleep,\u201d she told reporters.")
    c = claim_starting(analyze(text), "\u201cI can finally")
    assert c.source.name == "Mei-Ling Zhou" and c.source.mention.text == "she"


def test_a_provincial_dateline_with_its_agency_is_one_dateline():
    text = "KAMLOOPS, B.C. (CP) \u2014 Crews held the fire line overnight, the fire chief said."
    assert len(split_sentences(text)) == 1
    a = analyze(text)
    assert a.claim_records[0].kind == "metadata" and a.claim_records[0].text == "KAMLOOPS, B.C. (CP)"
    assert a.claim_records[1].text == "Crews held the fire line overnight"
    text = "SURREY, B.C. \u2014 A B.C. Supreme Court judge denied bail on Friday. She moved to B.C. The firm said no."
    assert [s.text for s in split_sentences(text)] == [
        "SURREY, B.C. \u2014 A B.C. Supreme Court judge denied bail on Friday.", "She moved to B.C.", "The firm said no."]
    text = "The talks were in Regina. B.C. Premier Maya Lund said no."
    assert [s.text for s in split_sentences(text)] == ["The talks were in Regina.", "B.C. Premier Maya Lund said no."]


def test_a_short_last_sentence_of_a_quotation_takes_its_frame():
    text = "\u201cWe love this place. We do,\u201d Ramirez said. \u201cBut we are tired.\u201d"
    assert [(n, m) for n, m, _ in _speakers(text)] == [("Ramirez", "Ramirez")] * 3


def test_a_frame_inside_a_relative_clause_on_the_subject_is_nested():
    """'X, who has told aides he sees A, said: "Q"': the quotation is X's through 'said', and the relative clause is
    X's own claim through 'who', not a frame 'he sees' swallowing the main verb."""
    text = "Amira Haddad, who has told aides she sees a path to victory, said: \u201cWe will win this seat.\u201d"
    cs = attributed(text)
    assert [(c.source.name, c.source.mention.text, c.cue.text, c.text) for c in cs] == [
        ("Amira Haddad", "who", "told", "she sees a path to victory"),
        ("Amira Haddad", "Amira Haddad", "said", "\u201cWe will win this seat.\u201d")]


def test_cues_before_a_colon_that_opens_a_quotation():
    [c] = attributed("The premier spoke as his supporters jeered: \u201cGo home!\u201d")
    assert c.source.mention.text == "his supporters" and c.cue.text == "jeered" and c.text == "\u201cGo home!\u201d"
    assert attributed("The crowd booed and jeered him until he left the stage.") == []  # no words: no cue
    [c] = attributed("Mayor Tanya Roth told the crowd, to cheers: \u201cWe will build it.\u201d")
    assert c.source.name == "Tanya Roth" and c.text == "\u201cWe will build it.\u201d"
    [c] = attributed("Roth said the plan was simple: \u201cBuild it.\u201d")
    assert c.text == "the plan was simple: \u201cBuild it.\u201d"  # no manner phrase: the content is unchanged


def test_a_municipality_or_first_nation_named_with_of_is_a_body():
    """'The Town of Port Elgin said', 'The Chippewas of Nawash First Nation said': a body, not a person named
    'Town' or 'Chippewas', though a first name ('Elgin' or 'Bruce') may follow 'of'; a titled name stays a person."""
    [c] = attributed("The Town of South Bruce Peninsula said in a statement it would work with all parties.")
    assert c.source.type == "organization" and c.source.name == "Town of South Bruce Peninsula"
    [c] = attributed("The Chippewas of Nawash First Nation said they would negotiate.")
    assert c.source.type == "organization" and c.source.name == "Chippewas of Nawash First Nation"
    [c] = attributed("The City of Brandon said the pool would close.")
    assert c.source.type == "organization"
    [c] = attributed("Bank of Canada Governor Tiff Macklem said rates would hold.")
    assert c.source.type == "person" and c.source.name == "Tiff Macklem"


def test_a_quotation_after_the_speakers_sentence_in_its_paragraph_is_theirs():
    """'Chow said the delay was unacceptable. "Torontonians deserve better."': the quotation filling the rest of
    the paragraph goes on with the source of the sentence before it; not when the paragraph goes on after it."""
    text = "Mayor Nadia Petrov said the delay was unacceptable. \u201cRiders deserve better. We all do.\u201d"
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Nadia Petrov"] * 3
    assert cs[1].source.rule == "quotation:after-the-speakers-sentence"
    text = "Petrov said the delay was unacceptable. \u201cRiders deserve better.\u201d The line opens in May."
    assert [c.source.name for c in attributed(text)] == ["Petrov"]


def test_the_judge_is_the_justice_named_before():
    """Canadian superior court judges are styled 'Justice Karen Horsman'; 'the judge' later is that person, also on
    a headline; a justice minister is no judge, and 'the chief justice' is the Chief Justice."""
    cs = attributed("Justice Lena Marchetti said the Crown's case was strong. "
                    "\u201cThe offence is grave,\u201d the judge said.")
    assert [c.source.name for c in cs] == ["Lena Marchetti", "Lena Marchetti"] and cs[1].source.mention.text == "the judge"
    a = analyze("Judge denies bail to man accused in Brandon shooting\n\n"
                "BRANDON, Man. \u2014 Justice Lena Marchetti denied bail on Friday.\n")
    assert a.claim_records[0].source.name == "Lena Marchetti"
    cs = attributed("Justice Minister Omar Haddad said the bill would pass. The judge said the law was unclear.")
    assert cs[-1].source.name != "Omar Haddad"
    cs = attributed("Chief Justice Ruth Okafor said courts were strained. The chief justice said judges were needed.")
    assert cs[-1].source.name == "Ruth Okafor"


def test_a_name_with_its_age_and_town_opening_the_sentence_is_no_content():
    """'Jean-Luc Roy, 54, of Trois-Rivi\u00e8res, said the flood took his house': the name, age and town are the
    subject, not the words of an inverted frame whose speaker would be 'the flood took his house'."""
    for text in ("Jean-Luc Roy, 54, said the flood took his house.",
                 "Jean-Luc Roy, 54, of Trois-Rivi\u00e8res, said the flood took his house."):
        [c] = attributed(text)
        assert c.source.name == "Jean-Luc Roy" and c.text == "the flood took his house"
    [c] = attributed("\u201cIt took everything,\u201d said Jean-Luc Roy, 54, of Trois-Rivi\u00e8res.")
    assert c.source.name == "Jean-Luc Roy" and c.text == "\u201cIt took everything,\u201d"


def test_the_union_is_the_local_named_by_its_number():
    """'members of CUPE Local 375 walked off the job ... The union said': a union's local is named by its number;
    'the union' later is that local, quoted before or not."""
    cs = attributed("About 900 members of CUPE Local 2191 walked off the job on Monday. "
                    "The union said in a statement that the employer had refused to bargain.")
    assert cs[-1].source.name == "CUPE Local 2191" and cs[-1].source.mention.text == "The union"


def test_transit_utility_and_rail_bodies_are_organisations():
    """Canadian public bodies named with a word of their service ('Winnipeg Transit', 'Hydro One', 'Via Rail',
    'Crosslinx Transit Solutions') are bodies, never people, so they are no person quoted."""
    for name in ("Winnipeg Transit", "Hydro One", "Via Rail", "Crosslinx Transit Solutions", "BC Ferries"):
        [c] = attributed(f"{name} said in a statement that service would resume on Monday.")
        assert c.source.type == "organization" and c.source.name == name
    [c] = attributed("A rail worker said the tracks were flooded.")
    assert c.source.type == "anonymous"


def test_a_one_word_body_with_a_spokesperson_or_chief_executive_is_an_organisation():
    """'Metrolinx said ... Metrolinx chief executive Phil Verster said': a one-word name the story writes before a
    body's officer is the body; a person's surname so used is not ('Trump spokesperson' after 'Donald Trump',
    'Sen. Okafor' written with a title)."""
    cs = attributed("The line will not open this year, Metrolinx said. Metrolinx chief executive Phil Verster said "
                    "testing found problems.")
    assert (cs[0].source.name, cs[0].source.type) == ("Metrolinx", "organization")
    assert cs[1].source.name == "Phil Verster"
    cs = attributed("Sen. Okafor spoke in Regina. Okafor spokesperson Lisa Berg said she was tired. "
                    "Okafor said the bill would pass.")
    assert cs[-1].source.type == "person"

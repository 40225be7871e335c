"""Who said each quotation: the speaker a reader would name, on stories written for the test."""
import pytest

from verify import analyze
from verify.evaluate.polnear import _one_per_attribution
from verify.sources import canonical_name, classify, sex_of

from tests.ledger_helpers import attributed, claim_starting

HOUSING = (
    "Prime Minister Justin Trudeau announced new housing money on Tuesday.\n\n"
    "\u201cWe are going to build more homes, faster,\u201d Trudeau told reporters in Ottawa.\n\n"
    "Ontario Premier Doug Ford was less enthusiastic. \u201cOttawa keeps making announcements without "
    "talking to us,\u201d he said in a statement. \u201cWe need a real partner.\u201d\n\n"
    "\u201cIt is a start,\u201d said Jane Morris, an economist. \u201cNothing more.\u201d\n\n"
    "\u201cThe money is welcome.\u201d\n"
)


@pytest.fixture(scope="module")
def housing():
    return analyze(HOUSING)


def test_a_place_after_the_frame_leaves_the_quotation_as_content(housing):
    c = claim_starting(housing, "\u201cWe are going")
    assert c.source.name == "Justin Trudeau"
    assert c.cue.text == "told"
    assert c.text.endswith("faster,\u201d")


def test_he_goes_to_the_person_a_reporter_sentence_named(housing):
    """Ford never speaks before the quotation, but the sentence before names him as its subject."""
    c = claim_starting(housing, "\u201cOttawa keeps")
    assert c.source.mention.text == "he"
    assert c.source.name == "Doug Ford"
    ford = next(s for s in housing.source_records if s.name == "Doug Ford")
    assert "most-recent-person-named" in ford.mentions[-1].rule


def test_a_quotation_after_a_quotation_in_the_paragraph_is_the_same_speaker(housing):
    c = claim_starting(housing, "\u201cWe need a real partner")
    assert c.source.name == "Doug Ford"
    assert c.cue.text == "said"
    assert c.source.rule == "quotation:next-sentence-same-speaker"
    assert claim_starting(housing, "\u201cNothing more").source.name == "Jane Morris"


def test_a_bare_quotation_paragraph_goes_on_with_the_speaker_before_it(housing):
    """No new speaker is named, so the quotation is the last speaker's (news names a new speaker first)."""
    claim = claim_starting(housing, "\u201cThe money is welcome")
    assert claim.source.name == "Jane Morris" and claim.source.rule == "quotation:next-paragraph-same-speaker"


def test_she_skips_a_man_named_more_recently():
    a = analyze("Mary Collins, the council's lawyer, said the vote was valid. Tom Becker said it was not. "
                "\u201cWe will appeal,\u201d she said.")
    c = claim_starting(a, "\u201cWe will appeal")
    assert c.source.name == "Mary Collins"


def test_a_pronoun_whose_only_candidates_seem_the_other_sex_stays_unresolved():
    """Taking the most recent person anyway was wrong in 6 of 8 corpus cases ("She" for a man named Leon, "He" for
    Angela Merkel); a misleading first name ("Lindsey Graham ... he said") is the price: the editor sees 'he'."""
    a = analyze("Lindsey Graham said the party was in trouble. \u201cWe can\u2019t afford to lose,\u201d he said.")
    c = claim_starting(a, "\u201cWe can")
    assert (c.source.name, c.source.rule.split("; ")[-1]) == ("he", "pronoun:he:unresolved")
    a = analyze("Leon Draisaitl added two assists. The mayor spoke next. \u201cThe vote was close,\u201d she said.")
    assert claim_starting(a, "\u201cThe vote").source.name == "she"


def test_a_person_named_in_the_content_does_not_speak_the_trailing_frame():
    a = analyze("Hogan Gidley said voters were tired of politicians. "
                "Mr. Trump, who takes no large donations, fits that bill for many people, he added.")
    c = claim_starting(a, "Mr. Trump, who")
    assert c.source.name == "Hogan Gidley"


def test_said_he_is_not_an_inverted_frame():
    a = analyze("Corey Lewandowski, in a statement released on Thursday, said he appreciated the support.")
    c = claim_starting(a, "he appreciated")
    assert c.source.name == "Corey Lewandowski"
    assert c.cue.text == "said"


def test_a_sentence_inside_a_quotation_names_no_subject():
    a = analyze("Brent Bozell III, a conservative activist, said the race was clear. \u201cIt is clear cut. "
                "Cruz is responding with humor,\u201d Bozell says. \u201cThe party has disdain for us,\u201d he adds.")
    assert claim_starting(a, "\u201cThe party has").source.name == "Brent Bozell III"


def test_every_sentence_of_a_long_quotation_carries_its_cue():
    a = analyze("\u201cI am not shy,\u201d the judge said. \u201cI have said this before. And I will say it again.\u201d")
    parts = [c for c in a.claim_records if c.source.type != "reporter"]
    assert len(parts) == 3
    assert {c.cue.text for c in parts} == {"said"}
    assert {c.cue.start for c in parts} == {parts[0].cue.start}


@pytest.mark.parametrize("phrase, name", [
    ("Housing critic Scott Aitchison", "Scott Aitchison"),
    ("Republican pollster Daron Shaw", "Daron Shaw"),
    ("Prime Minister Justin Trudeau", "Justin Trudeau"),
    ("Rival Hillary Clinton", "Hillary Clinton"),
    ("Bill de Blasio", "Bill de Blasio"),
])
def test_canonical_person_names_drop_descriptions(phrase, name):
    assert canonical_name(phrase, "person") == name


@pytest.mark.parametrize("phrase, kind", [
    ("Donald J. Trump", "person"),
    ("Brent Bozell III", "person"),
    ("GOP frontrunner Donald Trump", "person"),
    ("the IRS", "organization"),
    ("The federal Conservatives", "organization"),
    ("Senate Democrats", "organization"),
    ("Davis", "person"),
])
def test_source_types(phrase, kind):
    assert classify(phrase) == kind


@pytest.mark.parametrize("phrase, sex", [
    ("Mrs. Clinton", "female"), ("Mr. Smith", "male"), ("spokeswoman Ana Diaz", "female"),
    ("Ontario Premier Doug Ford", "male"), ("Dr. Samantha Lee", "female"), ("Freeland", None), ("Jordan Peele", None),
])
def test_sex_from_honorifics_titles_and_first_names(phrase, sex):
    assert sex_of(phrase) == sex


def test_evaluator_scores_parts_of_one_attribution_by_their_hull():
    pred = [{"cue": (5, 9), "content": (10, 20), "source": (0, 4)},
            {"cue": (5, 9), "content": (22, 40), "source": (0, 4)},
            {"cue": None, "content": (50, 60), "source": None}]
    merged = _one_per_attribution(pred)
    assert [p["content"] for p in merged] == [(10, 40), (50, 60)]
    assert pred[0]["content"] == (10, 20)  # the input is left as it was


POLICE = (
    "\u201cWe believe one group is responsible,\u201d Const. Victor Kwong of the Toronto Police Service said "
    "in an email on Sunday.\n\n"
    "Coun. Brad Bradford, who chairs the planning committee, disagreed. \u201cMore lights won\u2019t fix this,\u201d "
    "said Bradford.\n"
)


def test_a_police_rank_does_not_end_the_sentence_and_a_person_of_a_body_is_the_person():
    a = analyze(POLICE)
    c = claim_starting(a, "\u201cWe believe")
    assert c.source.name == "Victor Kwong"
    assert c.source.type == "person"
    assert c.source.mention.text == "Const. Victor Kwong of the Toronto Police Service"


def test_a_surname_goes_to_the_person_a_reporter_sentence_named_in_full():
    a = analyze(POLICE)
    c = claim_starting(a, "\u201cMore lights")
    assert c.source.name == "Brad Bradford"
    assert "surname-of-person-named-before" in c.source.rule


@pytest.mark.parametrize("phrase, kind", [
    ("Most voters", "vague"), ("Many Republicans", "vague"), ("75 percent", "anonymous"),
    ("A majority of respondents", "anonymous"), ("some officials", "anonymous"), ("Donald Trump", "person"),
])
def test_quantified_groups_and_poll_shares(phrase, kind):
    assert classify(phrase) == kind


COUNCIL = (
    "Coun. Jennifer McKelvie, who represents the area, said residents are \u201ctired and frustrated\u201d by the violence.\n\n"
    "The Federation of Canadian Municipalities welcomed the announcement. Its president, Scott Pearce, said cities "
    "have been asking for this kind of support for years.\n\n"
    "\u201cOur members are ready to build,\u201d Pearce said in a news release.\n\n"
    "But Ontario Premier Doug Ford said the plan does not go far enough.\n\n"
    "According to Statistics Canada, housing starts fell 12 per cent in the first quarter.\n\n"
    "Anyone with information is asked to contact police or Crime Stoppers anonymously.\n\n"
    "With files from The Canadian Press\n"
)


@pytest.fixture(scope="module")
def council():
    return analyze(COUNCIL)


def test_relative_clause_then_said_is_not_an_inverted_frame(council):
    claim = claim_starting(council, "residents are")
    assert claim.source.name == "Jennifer McKelvie" and claim.cue.text == "said"
    assert claim_starting(council, "who represents the area").source.type == "reporter"


def test_a_personal_name_in_apposition_is_the_mention(council):
    claim = claim_starting(council, "cities have been")
    assert claim.source.name == "Scott Pearce" and claim.source.mention.text == "Scott Pearce"
    assert claim_starting(council, "\u201cOur members").source.name == "Scott Pearce"


def test_a_leading_conjunction_is_not_part_of_the_name(council):
    assert claim_starting(council, "the plan does not").source.mention.text == "Ontario Premier Doug Ford"


def test_a_body_named_for_its_work_is_an_organization(council):
    claim = claim_starting(council, "housing starts fell")
    assert (claim.source.name, claim.source.type) == ("Statistics Canada", "organization")


def test_police_appeal_and_credit_line_are_not_attributions(council):
    assert claim_starting(council, "Anyone with information").source.type == "reporter"
    credit = next(c for c in council.claim_records if c.text.startswith("With files from"))
    assert credit.kind == "metadata"


LAWSUIT = (
    "A former city manager is suing Brampton Mayor Patrick Brown and the city for $2 million.\n\n"
    "\u201cMy client did exactly what a public servant is supposed to do,\u201d lawyer Sarah Chen told CBC Toronto.\n\n"
    "The mayor has previously denied any wrongdoing. In an interview last month, he said council had acted "
    "\u201centirely within its authority.\u201d\n\n"
    "Municipal law expert Prof. John Mascarin of Osgoode Hall Law School said such lawsuits are rare. "
    "He noted that courts generally defer to councils on staffing decisions.\n"
)


@pytest.fixture(scope="module")
def lawsuit():
    return analyze(LAWSUIT)


def test_a_title_description_is_the_person_who_carries_that_title(lawsuit):
    claim = claim_starting(lawsuit, "any wrongdoing")
    assert claim.source.name == "Patrick Brown" and "person-with-that-title" in claim.source.rule


def test_he_reaches_a_man_named_in_object_position_not_the_woman_quoted_since(lawsuit):
    claim = claim_starting(lawsuit, "council had acted")
    assert claim.source.name == "Patrick Brown" and claim.source.mention.text == "he"


def test_expert_of_an_institution_is_the_person(lawsuit):
    claim = claim_starting(lawsuit, "such lawsuits are rare")
    assert (claim.source.name, claim.source.type) == ("John Mascarin", "person")
    assert claim_starting(lawsuit, "courts generally defer").source.name == "John Mascarin"


def test_a_title_shared_by_two_people_is_not_guessed():
    a = analyze("Finance Minister Ann Lee met Health Minister Tom Park on Monday. The minister said talks went well.")
    claim = claim_starting(a, "talks went well")
    assert claim.source.name not in ("Ann Lee", "Tom Park") and claim.source.type == "anonymous"


@pytest.mark.parametrize("text, mention, kind", [
    ("A spokesperson for the city said it would defend itself.", "A spokesperson for the city", "anonymous"),
    ("A source close to the talks said a deal was near.", "A source close to the talks", "anonymous"),
    ("Officials in Kabul said the road was closed.", "Officials in Kabul", "anonymous"),
    ("Victor Kwong of the Toronto Police Service said two men were arrested.",
     "Victor Kwong of the Toronto Police Service", "person"),
])
def test_an_unnamed_person_of_a_body_is_the_source(text, mention, kind):
    (claim,) = [c for c in analyze(text).claim_records if c.cue]
    assert claim.source.mention.text == mention and claim.source.type == kind


def test_anonymity_formula_is_not_an_attribution():
    a = analyze("A senior official at the ministry, who asked not to be named because he was not authorized to "
                "speak publicly, said the rains were linked to El Nino.")
    attributed = [c for c in a.claim_records if c.cue]
    assert [c.cue.text for c in attributed] == ["said"]
    assert attributed[0].source.type == "anonymous" and attributed[0].text == "the rains were linked to El Nino"


def test_a_description_of_a_body_is_not_merged_into_an_unnamed_one():
    a = analyze("Floods have killed at least 39 people, local authorities said on Friday.\n\n"
                "More than 24,000 people have been forced from their homes, the state's civil defense agency said.")
    assert claim_starting(a, "More than 24,000").source.name != claim_starting(a, "Floods have").source.name


def test_dateline_with_a_country_after_the_city_is_metadata():
    a = analyze("PORTO ALEGRE, Brazil (Reuters) - Floods have killed 39 people, local authorities said on Friday.")
    assert a.claim_records[0].kind == "metadata" and a.claim_records[0].text.startswith("PORTO ALEGRE")
    assert claim_starting(a, "Floods have").source.name == "local authorities"


@pytest.mark.parametrize("text, dateline", [
    ("Mayor resigns\n\nBy Ann Lee\n\nSpringfield Daily\n\nFLINT, Mich., Oct. 4 (UPI) -- The mayor resigned on Friday.",
     "FLINT, Mich., Oct. 4 (UPI)"),
    ("SALZBURG, Austria, February 13, 2018 (LifeSiteNews) \u2013 The bishop resigned on Friday.",
     "SALZBURG, Austria, February 13, 2018 (LifeSiteNews)"),
])
def test_a_dateline_with_state_date_and_year_after_a_headline_and_byline_is_metadata(text, dateline):
    [meta] = [c for c in analyze(text).claim_records if c.source.rule == "metadata:dateline"]
    assert (meta.kind, meta.text) == ("metadata", dateline)


@pytest.mark.parametrize("text", ["Mayor resigns\n\nSIGN UP FOR OUR NEWSLETTER - it is free.",
                                  "POLLS NOT WRONG, JUST TOO EARLY - a look at the race."])
def test_a_line_in_capitals_before_a_dash_is_no_dateline(text):
    assert not [c for c in analyze(text).claim_records if c.source.rule == "metadata:dateline"]


def test_a_clause_before_a_frame_joined_by_a_conjunction_is_the_reporters_claim():
    text = "The charity raised $16 million last year, though the group is expected to report more in March."
    claims = analyze(text).claim_records
    assert [(c.text, c.source.rule) for c in claims][0] == (
        "The charity raised $16 million last year", "reporter:own-clause-before-frame")
    assert [q.text for q in analyze(text).quantity_records] == ["$16 million"]


def test_a_fronted_phrase_without_a_clause_break_stays_with_its_frame():
    claims = analyze("In a statement released late on Tuesday night, the mayor said the bridge would reopen.").claim_records
    assert "reporter:own-clause-before-frame" not in [c.source.rule for c in claims]


@pytest.mark.parametrize("text, speaker", [
    ("\u201cPeople go by and I just say, \u2018Thank you for voting,\u2019\u201d Bennett explained.", "Bennett"),
    ("''It's long and tiring and hard to get through,'' Tina Tchen, Mrs. Obama's chief of staff, said.", "Tina Tchen"),
])
def test_quotation_speaker_after_nested_marks_and_possessive_descriptions(text, speaker):
    (claim,) = [c for c in analyze(text).claim_records if c.kind == "claim" and c.source.type != "reporter"]
    assert claim.source.name == speaker and claim.quoted


def test_a_quoted_question_keeps_the_frame_that_follows_it():
    a = analyze("\u201cIt looks like we will not get along, who knows?\u201d Trump told Britain\u2019s ITV television "
                "station in an interview aired on Monday.")
    (claim,) = [c for c in a.claim_records if c.kind == "claim"]
    assert claim.text.endswith("who knows?\u201d") and claim.source.name == "Trump" and claim.cue.text == "told"


def test_a_question_then_a_new_sentence_is_not_joined():
    a = analyze("\u201cReally?\u201d The crowd laughed.")
    assert [c.text for c in a.claim_records] == ["\u201cReally?\u201d", "The crowd laughed."]


def test_a_quotation_paragraph_after_an_attributed_paragraph_is_the_same_speaker():
    a = analyze("Ontario Premier Doug Ford said the plan does not go far enough.\n\n"
                "\u201cIt is a drop in the bucket.\u201d\n\nThe plan goes to a vote on Friday.")
    assert claim_starting(a, "\u201cIt is a drop").source.name == "Doug Ford"
    assert claim_starting(a, "The plan goes").source.type == "reporter"


def test_a_paragraph_after_a_reporter_paragraph_is_not_given_a_speaker():
    a = analyze("The council met on Monday.\n\n\u201cNo parking.\u201d\n")
    assert claim_starting(a, "\u201cNo parking").source.type == "reporter"


def test_a_frame_ending_in_a_colon_introduces_the_next_paragraph():
    a = analyze("Gov. George Wallace was defiant. In a 1963 speech, he declared:\n\n"
                "\u201cIt is very appropriate that from this cradle we sound the drum.\u201d")
    frame = next(c for c in a.claim_records if c.text.startswith("In a 1963 speech"))
    quote = claim_starting(a, "\u201cIt is very")
    assert frame.kind == "metadata" and quote.source.name == "George Wallace" and quote.cue.text == "declared"
    b = analyze("Here is the list:\n\n\"One, two, three.\"")
    assert claim_starting(b, "\"One").source.type == "reporter"


@pytest.mark.parametrize("phrase, kind", [
    ("A Winnipeg family", "anonymous"), ("Shared Health", "organization"), ("Toronto Public Health", "organization"),
    ("Health Minister Uzoma Asagwara", "person"), ("the health minister", "anonymous"), ("Economists", "vague"),
])
def test_families_health_bodies_and_titled_names(phrase, kind):
    assert classify(phrase) == kind


MEASLES = (
    "\"We are seeing the consequences of years of declining coverage,\" says Dr. Anna Banerji, an infectious "
    "disease specialist.\n\n"
    "\"When coverage drops below 95 per cent, the virus finds the gaps. That is exactly what is happening now.\n\n"
    "\"Parents need to check their children's records before school starts.\"\n\n"
    "Some parents remain hesitant. One mother, who asked not to be identified, said she worries about side "
    "effects.\n\n"
    "\"I just want more information,\" she said.\n"
)


@pytest.fixture(scope="module")
def measles():
    return analyze(MEASLES)


def test_a_quotation_over_paragraphs_without_a_frame_goes_on_with_the_speaker(measles):
    for prefix in ("\"When coverage", "That is exactly", "\"Parents need"):
        claim = claim_starting(measles, prefix)
        assert claim.source.name == "Anna Banerji" and claim.source.rule == "quotation:next-paragraph-same-speaker"


def test_a_cue_inside_a_quotation_that_goes_on_is_not_a_frame(measles):
    assert not any(c.cue is not None and c.cue.text == "finds" for c in measles.claim_records)


def test_she_reaches_an_unnamed_woman(measles):
    claim = claim_starting(measles, "\"I just want")
    assert claim.source.name == "One mother" and claim.source.type == "anonymous"


@pytest.mark.parametrize("text, speaker, first", [
    ("\u201cI had a bad earpiece,\u201d Trump told NBC\u2019s \u201cToday\u201d on Monday. \u201cI could hardly hear.\u201d",
     "Trump", "\u201cI had a bad earpiece,\u201d"),
    ("We sat down. \u201cOkay,\u201d Jane Doe said, attempting to regroup. \u201cI was seventeen.\u201d", "Jane Doe", "\u201cOkay,\u201d"),
])
def test_short_quotations_and_quoted_show_titles(text, speaker, first):
    claims = attributed(text)
    assert claims[0].text == first and all(c.source.name == speaker for c in claims) and len(claims) == 2


def test_a_lone_surname_takes_a_full_name_that_opened_a_sentence():
    a = analyze("TORONTO \u2014 Auston Matthews scored in overtime on Saturday.\n\n\u201cIt was a grind,\u201d Matthews said.")
    assert claim_starting(a, "\u201cIt was a grind").source.name == "Auston Matthews"


def test_a_place_is_not_taken_for_a_full_name():
    a = analyze("New York was quiet on Sunday.\n\n\u201cWe will win,\u201d York said.")
    assert claim_starting(a, "\u201cWe will win").source.name == "York"


def who_says(text):
    return [(c.text, c.source.name, c.source.type) for c in analyze(text).claim_records if c.kind == "claim"]


def test_the_next_quotation_goes_on_past_a_description_of_the_speaker():
    text = ("\u201cThe budget is not enough,\u201d Maria Lopez, the council's finance chair, said Monday. "
            "\u201cWe will need more by spring.\u201d")
    assert who_says(text) == [("\u201cThe budget is not enough,\u201d", "Maria Lopez", "person"),
                              ("the council's finance chair", "the reporter", "reporter"),
                              ("\u201cWe will need more by spring.\u201d", "Maria Lopez", "person")]


def test_a_description_after_an_inverted_frame_is_the_reporters_and_the_quotation_goes_on():
    text = ("\u201cPrices keep rising,\u201d said Tom Becker, director of the Harbor Institute, a research group. "
            "\u201cFamilies feel it first.\u201d")
    assert who_says(text) == [("\u201cPrices keep rising,\u201d", "Tom Becker", "person"),
                              ("director of the Harbor Institute, a research group", "the reporter", "reporter"),
                              ("\u201cFamilies feel it first.\u201d", "Tom Becker", "person")]


@pytest.mark.parametrize("text, speaker, kind", [
    ("\u201cWe are worried,\u201d said another local resident, Omar Haddad.", "Omar Haddad", "person"),
    ("\u201cThe plan is dead,\u201d said a longtime adviser to the governor.", "longtime adviser to the governor",
     "anonymous"),
    ("\u201cThe plan is dead,\u201d said a senior adviser to the governor, who declined to be identified.",
     "senior adviser to the governor", "anonymous"),
])
def test_who_speaks_after_an_inverted_cue(text, speaker, kind):
    first = who_says(text)[0]
    assert first[1:] == (speaker, kind)
    assert all(c[2] == "reporter" for c in who_says(text)[1:])  # "who declined to be identified" reports nothing


@pytest.mark.parametrize("text", ["\u201cI hate the word \u2018poor,\u2019 \u201d she said.",
                                  "\"I hate the word 'poor,' \" she said.",
                                  "''I hate the word 'poor,' '' she said."])
def test_spaced_nested_closing_marks_still_close_the_quotation_before_its_frame(text):
    assert who_says(text) == [(text[:text.index(" she")], "she", "person")]


def test_a_cue_coordinated_after_the_frame_shares_its_speaker():
    claims = analyze("\u201cIt is over,\u201d the mayor said on Friday, but added that talks would go on.").claim_records
    assert [(c.text, c.cue.text) for c in claims] == [("\u201cIt is over,\u201d", "said"), ("talks would go on", "added")]
    assert claims[0].source.source_id == claims[1].source.source_id


def test_a_clause_joined_after_the_frame_is_the_reporters_claim():
    assert who_says("\u201cIt is over,\u201d Graham said on Friday, as protesters gathered outside the hall.") == [
        ("\u201cIt is over,\u201d", "Graham", "person"), ("protesters gathered outside the hall.", "the reporter", "reporter")]


def test_a_subordinator_opening_a_sentence_is_no_part_of_a_name():
    a = analyze("Although Scott lacks a signature achievement, he is known as a hard worker. "
                "\u201cI am insulted,\u201d Scott said.")
    assert [s.name for s in a.source_records if s.type == "person"] == ["Scott"]


def test_the_n_year_old_is_the_person_just_named():
    text = "Police found Ruth Adler at home. \u201cI was asleep,\u201d said the 61-year-old. \u201cI heard nothing.\u201d"
    assert [(c.text, c.source.name) for c in analyze(text).claim_records if c.quoted] == [
        ("\u201cI was asleep,\u201d", "Ruth Adler"), ("\u201cI heard nothing.\u201d", "Ruth Adler")]


@pytest.mark.parametrize("text, speaker", [
    ("\u201cIt was his first try,\u201d said his best friend at college, Bruce Turry, who joined later.", "Bruce Turry"),
    ("\u201cIt was his first try,\u201d said his wife, Mary Turry.", "Mary Turry"),
])
def test_a_name_after_an_unlisted_description_is_the_speaker(text, speaker):
    assert who_says(text)[0][1:] == (speaker, "person")


@pytest.mark.parametrize("text, speaker, cue", [
    ("As one voter put it, the race is a choice between two evils.", "one voter", "put it,"),
    ("As Professor Foner put it: \u201cThe country does a better job.\u201d", "Foner", "put it:"),
])
def test_as_x_put_it(text, speaker, cue):
    (claim,) = attributed(text)
    assert (claim.source.name, claim.cue.text) == (speaker, cue)


def test_to_put_it_somewhere_is_no_attribution():
    assert who_says("She put it on the table and left the room.")[0][2] == "reporter"


@pytest.mark.parametrize("frame, speaker, cue", [
    ("After the vote, Mayor Ann Cole released the following statement:", "Ann Cole", "released the following statement"),
    ("The union said in a statement on Friday:", "union", "said"),
    ("Smith wrote on Twitter:", "Smith", "wrote"),
])
def test_a_frame_ending_on_a_colon_attributes_the_quotation_in_the_next_paragraph(frame, speaker, cue):
    a = analyze(frame + "\n\n\u201cWe will rebuild what was lost.\u201d")
    quote = a.claim_records[-1]
    assert (quote.source.name, quote.cue.text, quote.quoted) == (speaker, cue, True)


@pytest.mark.parametrize("text, speaker", [
    ("\u201cShe didn\u2019t like that,\u201d said a 2008 campaign veteran.", "2008 campaign veteran"),
    ("\u201cOne of my tests was loyalty,\u201d said one district party leader.", "one district party leader"),
])
def test_after_a_quotation_said_and_a_closing_phrase_name_the_speaker(text, speaker):
    assert who_says(text)[0][:2] == (text[:text.index(" said")], speaker)


@pytest.mark.parametrize("text, speaker", [
    ("\"She does need him,\" Kunin said of Sanders.", "Kunin"),
    ("\u201cIt will pass,\u201d she said about the bill.", "she"),
])
def test_a_frame_may_end_on_what_the_quotation_is_about(text, speaker):
    (claim,) = [c for c in analyze(text).claim_records if c.kind == "claim"]
    assert claim.source.mention.text == speaker and claim.quoted


def test_a_spaced_question_mark_and_a_trailing_according_to():
    a = analyze("\"Well, what does that mean? \" Clinton asked, according to a transcript of the interview.")
    (claim,) = a.claim_records
    assert (claim.text, claim.source.name, claim.cue.text) == ("\"Well, what does that mean? \"", "Clinton", "asked")
    assert [(v.name, v.cue.text) for v in claim.source.via_frames] == [("transcript of the interview", "according to")]


@pytest.mark.parametrize("text", [
    "Mayor Dan Okafor made no mention of the budget, saying only that the city would cope.",
    "So Labor Secretary Ann Whitfield stopped writing her speech and listened.",
])
def test_a_name_followed_by_its_verb_is_filed_without_the_verb(text):
    names = [s.name for s in analyze(text).source_records]
    assert not any(w in n for n in names for w in ("made", "stopped")), names


@pytest.mark.parametrize("text, mention", [
    ("Obama hasn't said whether he will sign the bill.", "Obama"),
    ("Rubio only said that he would run.", "Rubio"),
    ("His aides haven\u2019t said much about the debate.", "His aides"),
])
def test_a_negated_auxiliary_or_adverb_before_the_cue_is_no_part_of_the_source(text, mention):
    (claim,) = attributed(text)
    assert claim.source.mention.text == mention


def test_an_age_before_a_name_is_no_part_of_it():
    a = analyze("81-year-old Parker Eaton said the town had changed.")
    assert [s.name for s in a.source_records] == ["Parker Eaton"]


@pytest.mark.parametrize("phrase, kind", [
    ("Indiana", "organization"), ("Mo.", "organization"), ("Ottawa", "organization"), ("B.C.", "organization"),
    ("The Washington Post", "organization"), ("Toronto Star", "organization"), ("the Globe and Mail", "organization"),
    ("Kevin Sun", "person"), ("Washington Irving", "person"), ("Paris Hilton", "person"),
])
def test_places_and_newspapers_are_not_people(phrase, kind):
    assert classify(phrase) == kind


def test_a_surname_that_is_also_a_place_stays_the_person():
    a = analyze("Rep. Jim Jordan criticized the plan. \u201cIt is a disaster,\u201d Jordan said.")
    assert [c.source.name for c in a.claim_records if c.source.type != "reporter"] == ["Jim Jordan", "Jim Jordan"]


@pytest.mark.parametrize("text, speaker", [
    # the speaker of the last sentence, not a person it names in passing
    ("Trump said praise from Russian President Vladimir Putin would not change his policy. "
     "\u201cI get along with people,\u201d he said.", "Trump"),
    ("Clinton criticized police officer Betty Shelby for the shooting. \u201cIt is unbearable,\u201d she said.", "Clinton"),
    # a place in a description is nobody: "he" is the man it describes
    ("Paul Porter, a truck driver from Ava, Mo., said he favored the rule. "
     "\u201cI have friends who are managers,\u201d he said.", "Paul Porter"),
])
def test_he_and_she_prefer_the_speaker_of_the_last_sentence(text, speaker):
    assert [c for c in analyze(text).claim_records if c.quoted][-1].source.name == speaker


@pytest.mark.parametrize("phrase, name", [
    ("Chief Medical Officer of Health Dr. Kieran Moore", "Kieran Moore"),
    ("Const. Victor Kwong of the Toronto Police Service", "Victor Kwong"),
    ("Ward 10 Coun. Ausma Malik", "Ausma Malik"),
])
def test_titles_with_of_and_ward_numbers_are_not_part_of_the_name(phrase, name):
    assert canonical_name(phrase, "person") == name


@pytest.mark.parametrize("text, source", [
    ("The provinces have reached a deal, two sources with knowledge of the talks told CBC News.",
     "two sources with knowledge of the talks"),
    ("Three people familiar with the matter said the bid failed.", "Three people familiar with the matter"),
])
def test_unnamed_sources_with_knowledge_of_something_are_the_source(text, source):
    (claim,) = attributed(text)
    assert (claim.source.mention.text, claim.source.type) == (source, "anonymous")


def test_an_affiliation_with_an_article_between_commas():
    (claim,) = analyze("Economist Priya Nair, of the University of Toronto, says the money will not cut wait times."
                       ).claim_records
    assert (claim.source.name, claim.text) == ("Priya Nair", "the money will not cut wait times")


@pytest.mark.parametrize("text, source", [
    ("Mr. Trump, who said last week that the judge was biased, issued a statement Tuesday saying, "
     "\"I do not feel that heritage matters.\"", "Trump"),
    ("Tracy Martin, the boy's father, issued a statement Thursday, saying a foundation in his son's name is "
     "focusing on youth.", "Tracy Martin"),
])
def test_issuing_a_statement_on_a_day_saying(text, source):
    last = analyze(text).claim_records[-1]
    assert last.source.name == source and last.cue.text.startswith("issued a statement")


@pytest.mark.parametrize("text, source", [
    ("The minister's office later issued a statement saying negotiations were continuing.", "minister's office"),
    ("The company released a report saying profits fell.", "company"),
])
def test_issuing_a_statement_saying(text, source):
    (claim,) = analyze(text).claim_records
    assert claim.source.name == source and claim.text in ("negotiations were continuing", "profits fell")


def test_issuing_a_statement_about_something_is_no_attribution():
    assert analyze("He issued a statement in observance of the holiday.").claim_records[0].source.type == "reporter"


@pytest.mark.parametrize("text, speaker", [
    ("Outside court, the victim's daughter, Chantal, said the family was disappointed.", "Chantal"),
    ("Outside the hall, his lawyer, Ann Lee, said the ruling was wrong.", "Ann Lee"),
    ("After the vote, the party's leader, a former teacher, said the result was clear.", "party's leader"),
])
def test_a_fronted_place_or_time_before_an_apposed_source_is_not_the_source(text, speaker):
    (claim,) = attributed(text)
    assert claim.source.name == speaker


@pytest.mark.parametrize("text, source, kind", [
    ("The head of the nurses' union says the province ignored warnings.", "head of the nurses' union", "anonymous"),
    ("Heads of state said the summit was useful.", "Heads of state", "anonymous"),
])
def test_the_head_of_a_body_is_an_unnamed_person_not_the_body(text, source, kind):
    (claim,) = analyze(text).claim_records
    assert (claim.source.mention.text.removeprefix("The "), claim.source.type) == (source, kind)


def test_a_city_and_its_state_inside_a_relative_clause_are_not_the_source():
    text = ("Sandy Phillips, who lost her daughter during the mass shooting in Aurora, Colorado, in July 2012, "
            "said that Sanders had treated her well.")
    (claim,) = attributed(text)
    assert claim.source.name == "Sandy Phillips"


@pytest.mark.parametrize("text, speaker", [
    ("\"I'm going to look at a lot of different people\u2026\" Clinton said.", "Clinton"),
    ("\"We were about to leave...\" she said.", "she"),
    ("\"We were about to leave\u2014\" she said.", "she"),
])
def test_a_quotation_trailing_off_keeps_its_frame(text, speaker):
    (claim,) = analyze(text).claim_records
    assert claim.source.mention.text == speaker and claim.quoted


def test_a_relative_clause_after_an_inverted_source_is_no_frame_of_the_quotation():
    text = ("\"We are at war with the group,\" said Pentagon spokesman Navy Capt. Jeff Davis, who was asked about "
            "the strategy.")
    first = analyze(text).claim_records[0]
    assert (first.text, first.cue.text, first.source.name) == ("\"We are at war with the group,\"", "said", "Jeff Davis")


@pytest.mark.parametrize("text, speaker", [
    ("Said Comey, \"The thought that an error of ours is connected to this is painful.\"", "Comey"),
    ("Added the mayor: \u201cWe will rebuild.\u201d", "mayor"),
])
def test_a_speech_verb_opening_the_sentence_before_a_quotation(text, speaker):
    (claim,) = analyze(text).claim_records
    assert claim.source.name == speaker and claim.quoted


def test_said_as_a_first_name_is_no_speech_verb():
    assert analyze("Said Jalili, the negotiator, arrived late.").claim_records[0].source.type == "reporter"


def test_a_person_named_before_a_dash_is_a_candidate_for_he_and_she():
    text = ("Analysts praised the plan, with Ann Whitfield \u2014 who has called for tax hikes \u2014 backing it. "
            "\u201cThis is overdue,\u201d she said.")
    assert [c for c in analyze(text).claim_records if c.quoted][0].source.name == "Ann Whitfield"


def test_a_quotation_signed_with_a_dash_is_the_signers():
    text = ("\u201cHe has said hateful things time and again. He is trying to divide us.\u201d \u2015 Carla Ruiz\n"
            "\u201cThe most unqualified man ever to run.\u201d \u2015 Frank Herrera\n")
    assert [(c.source.name, c.quoted) for c in analyze(text).claim_records] == [
        ("Carla Ruiz", True), ("Carla Ruiz", True), ("Frank Herrera", True)]


def test_a_dash_inside_a_sentence_signs_nothing():
    assert analyze("The plan passed 5-4 -- a vote that stunned everyone.").claim_records[0].source.type == "reporter"


def test_a_frame_only_sentence_after_a_question_with_a_stance_verb():
    a = analyze("\u201cWhy is this not proof that the bank is too big to manage?\u201d Vitter demanded. The hearing ended.")
    assert [(c.source.name, c.cue.text if c.cue else None) for c in a.claim_records] == [
        ("Vitter", "demanded"), ("the reporter", None)]


def test_a_title_word_inside_a_name_with_a_suffix():
    assert canonical_name("Martin Luther King Jr.", "person") == "Martin Luther King Jr."


@pytest.mark.parametrize("text, speaker, aside", [
    ("John Dickey, the chief executive of Ora Media -- the company that owns the show -- told me, "
     "''We're a content provider.''", "John Dickey", "the company that owns the show"),
    ("The mayor \u2014 who has held office since 2010 \u2014 said the budget would pass.", "mayor",
     "who has held office since 2010"),
])
def test_an_aside_between_dashes_before_the_cue(text, speaker, aside):
    claims = analyze(text).claim_records
    assert [c.source.name for c in claims if c.source.type != "reporter"] == [speaker]
    assert aside in [c.text for c in claims if c.source.type == "reporter"]


@pytest.mark.parametrize("text, source", [
    ("\u201cWe see charter schools offering hope,\u201d the letter reads.", "letter"),
    ("\u201cI am still with her,\u201d the sign read.", "sign"),
])
def test_a_written_text_reads(text, source):
    (claim,) = analyze(text).claim_records
    assert (claim.source.name, claim.source.type, claim.quoted) == (source, "document", True)


@pytest.mark.parametrize("text", ["He reads the newspaper every morning.", "Officials read the statement aloud."])
def test_a_person_reading_is_no_attribution(text):
    assert analyze(text).claim_records[0].source.type == "reporter"


def test_said_and_a_description_ending_on_a_name():
    text = ("\u201cThe rationales don\u2019t hold weight,\u201d said 9/11 widow Terry Strada. "
            "She continued, \u201cFor us it is personal.\u201d")
    assert [c.source.name for c in analyze(text).claim_records] == ["Terry Strada", "Terry Strada"]


def test_a_broadcaster_told_is_recorded_as_via():
    (claim,) = analyze("\u201cThese were people everyone knew,\u201d Lapierre told Radio-Canada.").claim_records
    assert claim.source.via == ["Radio-Canada"]


@pytest.mark.parametrize("name, sex", [("Chrystia Freeland", "female"), ("Jagmeet Singh", "male"),
                                        ("M\u00e9lanie Joly", "female"), ("Barack Obama", "male")])
def test_first_names_the_us_counts_miss(name, sex):
    assert sex_of(name) == sex


def test_he_prefers_the_subject_over_a_person_named_in_passing():
    text = ("Retired Gen. Carter Ham backs the challenger. "
            "Ham served in Iraq under President John Carter in the 1990s. "
            "\u201cNow that I don\u2019t have to be politically correct anymore,\u201d he told the host.")
    assert [c for c in analyze(text).claim_records if c.quoted][0].source.name == "Carter Ham"


def test_a_line_that_is_only_a_dash_and_a_name_signs_the_quotation_before_it():
    text = ("\"The whole idea of it is something we hear all the time. It needs to stop.\"\n\n"
            "-Michelle Marks, Philadelphia.\n\nThe rally ended at noon.\n")
    claims = analyze(text).claim_records
    assert [(c.kind, c.source.name) for c in claims] == [
        ("claim", "Michelle Marks"), ("claim", "Michelle Marks"), ("metadata", "the reporter"), ("claim", "the reporter")]


@pytest.mark.parametrize("text, source, cue", [
    ("\"Family leave,\" the document states, \"becomes available after one year.\"", "document", "states"),
    ("\"People are afraid of wasting their votes,\" he surmised.", "he", "surmised"),
    ("\u201cMexico!\u201d the audience screamed back.", "audience", "screamed back"),
])
def test_more_quotation_verbs(text, source, cue):
    claim = analyze(text).claim_records[0]
    assert (claim.source.mention.text.removeprefix("the "), claim.cue.text) == (source, cue)


def test_a_frame_ending_on_a_stop_attributes_the_quotation_that_follows():
    a = analyze("Jane Doe wrote on Twitter. \u201cShame on them.\u201d")
    assert [(c.kind, c.source.name) for c in a.claim_records] == [("metadata", "the reporter"), ("claim", "Jane Doe")]


def test_an_unrelated_sentence_before_a_quotation_attributes_nothing():
    a = analyze("The council met on Monday. \u201cWe will rebuild.\u201d")
    assert [c.source.type for c in a.claim_records] == ["reporter", "reporter"]


def test_a_possessive_description_is_a_body_of_its_own_and_no_outlet_is_the_last_body_named():
    text = ("\u201cWe are close,\u201d the minister told CBC News. "
            "The minister's office later issued a statement saying talks were continuing. "
            "The department said it would publish the figures.")
    claims = attributed(text)
    assert [c.source.name for c in claims[1:]] == ["minister's office", "department"]


@pytest.mark.parametrize("phrase, kind", [
    ("Republican party boss Reince Priebus", "person"), ("one New Hampshire Democrat", "anonymous"),
    ("one kind-hearted Canadian", "anonymous"), ("an angry Hollande", "person"),
    ("The province's Department of Public Works", "organization"), ("the New York Times", "organization"),
])
def test_descriptions_before_names_and_unnamed_people_described_by_affiliation(phrase, kind):
    assert classify(phrase) == kind


def test_a_closing_mark_typed_the_wrong_way_round():
    claims = analyze("\u201cIt's unusual,\u201c said Larry Noble, an attorney. \u201cIt happens.\u201d").claim_records
    assert [(c.text, c.source.name) for c in claims if c.quoted] == [
        ("\u201cIt's unusual,\u201c", "Larry Noble"), ("\u201cIt happens.\u201d", "Larry Noble")]


def test_an_unnamed_person_familiar_with_a_long_matter():
    (claim,) = analyze("A person familiar with the planning for Thursday's meeting says the talks will focus on taxes."
                       ).claim_records
    assert claim.source.type == "anonymous" and claim.text == "the talks will focus on taxes"


@pytest.mark.parametrize("text, name", [
    ("Does Rubio, like Tilton, oppose abortions but favor exceptions? Rubio said he would vote for it.", "Rubio"),
    ("Did Clinton say the deal was fair? Hillary Clinton said on Monday that it was.", "Hillary Clinton"),
    ("Will Smith said the film was done.", "Will Smith"),
])
def test_a_question_auxiliary_is_no_part_of_a_name(text, name):
    assert [s.name for s in analyze(text).source_records] == [name]


def test_an_epithet_is_the_person_just_named():
    a = analyze("House Speaker Paul Ryan said on Thursday that he was not ready to endorse Trump. "
                "The Wisconsin Republican said Trump needed to unify the party.\n\n"
                "Donald Trump spoke in Iowa. The real estate mogul said the wall would be built.")
    said = [(c.source.name, c.source.mention.text) for c in a.claim_records if c.cue]
    assert said == [("Paul Ryan", "House Speaker Paul Ryan"), ("Paul Ryan", "The Wisconsin Republican"),
                    ("Donald Trump", "The real estate mogul")]
    ryan = next(s for s in a.source_records if s.name == "Paul Ryan")
    assert "Wisconsin Republican" in ryan.aliases
    assert any("description:" in c.source.rule for c in a.claim_records if c.cue)


def test_an_epithet_with_no_one_named_before_stays_its_own_source():
    [c] = [c for c in analyze("The Republican nominee said the wall would be built.").claim_records if c.cue]
    assert (c.source.name, c.source.type) == ("Republican nominee", "person")


@pytest.mark.parametrize("phrase, kind", [
    ("a study published Wednesday", "document"),
    ("the report released Monday", "document"),
    ("Statistics Canada", "organization"),
])
def test_a_document_named_with_its_publication_day_is_a_document(phrase, kind):
    assert classify(phrase) == kind


def test_a_leading_conjunction_is_no_part_of_a_coordinated_subject():
    text = ("Bobby Scott is a congressman.\n\nBut Scott grinned behind his glasses and invoked the famous story, "
            "saying, \u201cDon't buy a single vote.\u201d")
    assert {(c.source.name, c.source.mention.text) for c in analyze(text).claim_records if c.cue} == {("Bobby Scott", "Scott")}


def _speaker_of(text, prefix):
    return claim_starting(analyze(text), prefix).source.name


def test_a_surname_subject_is_the_person_the_story_wrote_in_full_anywhere():
    """'Hoffman' opens a sentence; the story wrote 'Gerald Hoffman' only after its dateline."""
    text = ("DENVER (AP) \u2014 Gerald Hoffman and Senator Mark Lopez met Thursday.\n\nLopez said the bill was a gift.\n\n"
            "Hoffman smiled on Tuesday. \u201cIt will pay for itself,\u201d he said.\n")
    assert _speaker_of(text, "\u201cIt will pay") == "Gerald Hoffman"


def test_a_surname_before_a_role_describes_the_subject_and_is_not_it():
    """'Hoffman adviser Tom Reed': the adviser is the subject, as before."""
    text = ("DENVER (AP) \u2014 Gerald Hoffman and Senator Mark Lopez met Thursday.\n\nLopez said the bill was a gift.\n\n"
            "Hoffman adviser Tom Reed was blunt. \u201cIt will pay for itself,\u201d he said.\n")
    assert _speaker_of(text, "\u201cIt will pay") == "Tom Reed"


def test_a_surname_two_people_share_is_not_expanded():
    from verify.sources import Registry
    text = "Bill Carter and Jane Carter hosted the dinner. Carter told guests they were glad."
    assert Registry()._written_names(text) == {"Carter": None}


def test_a_surname_with_the_other_sex_honorific_is_not_expanded():
    """The story writes 'Jane Carter' once, but 'Mr. Carter' is a man: another Carter."""
    from verify.sources import Registry
    assert Registry()._written_names("Aides praised Jane Carter. Mr. Carter told guests.") == {"Carter": None}
    assert Registry()._written_names("Aides praised Jane Carter. Ms. Carter told guests.") == {"Carter": "Jane Carter"}


def test_a_description_with_a_name_of_its_own_is_not_the_last_organisation():
    text = ("The Federal Aviation Administration said the jet was safe to fly.\n\n"
            "The Lopez campaign said it would appeal the ruling.\n")
    assert _speaker_of(text, "it would appeal") == "Lopez campaign"


def test_a_description_without_a_name_is_still_the_last_organisation():
    text = ("The Syrian Observatory for Human Rights said the road was closed on Monday.\n\n"
            "The monitoring group said it had counted two convoys.\n")
    assert _speaker_of(text, "it had counted") == "Syrian Observatory for Human Rights"


def test_a_surname_is_the_person_not_the_campaign_named_after_them():
    text = ("The Lopez campaign said it raised two million dollars.\n\n"
            "Lopez said he was pleased with the total.\n")
    claim = claim_starting(analyze(text), "he was pleased")
    assert (claim.source.name, claim.source.type) == ("Lopez", "person")


def test_a_campaign_named_for_a_person_does_not_rename_the_person():
    text = ("Mark Lopez said he would run again.\n\n"
            "The Mark Lopez campaign said it raised two million dollars.\n\n"
            "Lopez said he was pleased with the total.\n")
    claim = claim_starting(analyze(text), "he was pleased")
    assert (claim.source.name, claim.source.type) == ("Mark Lopez", "person")


@pytest.mark.parametrize("phrase, name", [
    ("Mr. Lopez himself", "Lopez"),
    ("Lopez publicly", "Lopez"),
    ("Senator Mark Lopez however", "Mark Lopez"),
    ("Lopez supporters", "Lopez supporters"),  # the noun is the head: as before
    ("Senator Mark Lopez", "Mark Lopez"),
])
def test_an_adverb_after_the_name_is_no_part_of_it(phrase, name):
    assert canonical_name(phrase, "person") == name


def test_an_honorific_stop_does_not_end_the_sentence_of_its_subject():
    """'Mr. Lopez asked her to call Mr. Reed': Reed is named in passing, Lopez is the subject."""
    text = ("Senator Mark Lopez and Tom Reed met on Monday.\n\n"
            "Mr. Lopez asked her to call Mr. Reed at once. \u201cThis is urgent,\u201d he wrote.\n")
    assert _speaker_of(text, "\u201cThis is urgent") == "Mark Lopez"


def test_the_main_clause_subject_after_a_fronted_clause_is_the_subject():
    text = ("Senator Mark Lopez and Tom Reed met on Monday.\n\n"
            "When Mr. Reed tried to defend the plan at the long hearing on Tuesday afternoon in the old hall of "
            "the capital city, Mr. Lopez differed. \u201cIt will fail,\u201d he said.\n")
    assert _speaker_of(text, "\u201cIt will fail") == "Mark Lopez"


def test_a_description_is_not_the_subject_of_its_own_sentence():
    """'Lopez met Jane Reed after the Democratic front-runner said': the front-runner is Reed."""
    text = ("Senator Mark Lopez and Jane Reed met on Monday.\n\n"
            "Mr. Lopez met Ms. Reed on Sunday after the Democratic front-runner said the plan would fail.\n")
    assert _speaker_of(text, "the plan would fail") == "Jane Reed"


def test_a_title_without_a_name_is_no_person_named_inside():
    """'his son Sam Reed, the former Attorney General of Ohio, who died': no one called 'Attorney General'."""
    from verify.sources import subject_person
    text = "Lopez thanked Sam Reed, the former Attorney General of Ohio, who died last year."
    at = text.index("Attorney")
    assert subject_person(text, at, len(text)) is None


def test_a_title_with_a_name_is_still_a_subject():
    from verify.sources import subject_person
    text = "Attorney General Tom Reed said the case was closed."
    assert text[slice(*subject_person(text, 0, len(text)))] == "Attorney General Tom Reed"


@pytest.mark.parametrize("text, phrase, name", [
    ("Jane Lopez Just Got Real About The Budget\n\nBody.", "Jane Lopez Just Got", "Jane Lopez"),
    ("Michael P. Reed Endorses Jane Lopez For Mayor\n\nBody.", "Michael P. Reed Endorses Jane Lopez", "Michael P. Reed"),
    ("Lopez To Voters: Stay Home And Wait\n\nBody.", "Lopez To Voters", "Lopez"),
    ("The One Thing Both Sides Want From Lopez\n\nBody.", "The One Thing Both Sides Want", "The One Thing Both Sides Want"),
    ("Mary Kay Henry said the union would fight.", "Mary Kay Henry", "Mary Kay Henry"),  # no headline: as before
])
def test_a_name_on_a_title_case_headline_ends_with_the_name(text, phrase, name):
    from verify.sources import _name_in_headline
    assert _name_in_headline(text, text.index(phrase), phrase) == name


@pytest.mark.parametrize("phrase, kind", [
    ("Democratic speechwriters", "anonymous"),
    ("Republican donors", "anonymous"),
    ("Clinton aides", "anonymous"),
    ("John Smith", "person"),
])
def test_a_capitalised_modifier_before_a_plural_head_names_a_group(phrase, kind):
    assert classify(phrase) == kind


def test_she_is_not_a_group_named_before():
    text = ("Hillary Clinton debated Donald Trump. Democratic speechwriters argued over the tone. On Monday night, "
            "Clinton leaned in. "
            "She started off by emphasizing fairness. \u201cWhy won\u2019t he release his tax returns?\u201d she said.")
    quoted = [c for c in analyze(text).claim_records if c.text.startswith("\u201cWhy")]
    assert quoted and quoted[0].source.name == "Hillary Clinton"


@pytest.mark.parametrize("text, name", [
    ("His lawyer, Dana Ortiz, said she would appeal.", "Dana Ortiz"),
    ("The committee's chair, Dana Ortiz, said the vote was final.", "Dana Ortiz"),
])
def test_a_name_in_apposition_after_a_description_is_the_speaker(text, name):
    [c] = [c for c in analyze(text).claim_records if c.cue]
    assert (c.source.name, c.source.mention.text) == (name, name)


@pytest.mark.parametrize("phrase", ["Prosecutors", "Researchers", "Lawmakers", "The lawyers"])
def test_plural_roles_opening_a_sentence_are_unnamed_groups(phrase):
    assert classify(phrase) == "anonymous"


def test_a_first_name_alone_is_the_one_person_named_with_it():
    """Profiles call people by first name: "Maria said" is Maria Lopez, named before."""
    a = analyze("Maria Lopez, 34, runs a bakery in the town. Maria said the new rules had cut her sales.")
    c = claim_starting(a, "the new rules")
    assert c.source.name == "Maria Lopez"
    assert c.source.mention.text == "Maria"
    assert "first-name" in c.source.rule


def test_a_first_name_two_people_share_stays_unresolved():
    a = analyze("Maria Lopez and Maria Chen run the bakery. Maria said sales were down.")
    assert claim_starting(a, "sales were down").source.name == "Maria"


def test_a_person_whose_thing_opens_the_sentence_is_a_candidate_for_she():
    """"Maria Lopez's bakery closed. She said ...": the possessor is the person a reader takes 'she' to be."""
    a = analyze("Maria Lopez's bakery closed last year. She said sales had fallen for months.")
    assert claim_starting(a, "sales had fallen").source.name == "Maria Lopez"


@pytest.mark.parametrize("text", [
    "Sen. John Smith's campaign manager resigned on Monday. He said the race was lost.",
    "Maria Lopez's husband runs the shop. He said sales had fallen.",
])
def test_a_possessor_is_no_candidate_when_the_thing_is_a_person(text):
    """The manager or the husband opened the sentence: 'he' is not the possessor."""
    assert claim_starting(analyze(text), "the race" if "race" in text else "sales").source.name == "He"


@pytest.mark.parametrize("line", [
    "\u2014 With files from Liam Casey",
    "This report by The Canadian Press was first published Oct. 2, 2024.",
    "The Associated Press contributed to this report.",
    "Amanda Lee and Omar Hassan contributed reporting from Ottawa.",
    "This story has been updated to include comments from the mayor.",
    "This article was originally published by Jane Roe at Example News",
    "Story continues below advertisement",
    "Follow @janedoe on X.",
    "Follow Jane Roe on Twitter at @janeroe",
    "Jane Roe is a Local Journalism Initiative reporter with the Example Herald.",
    "This story was produced with the financial assistance of the Meta and Canadian Press News Fellowship.",
    "The Canadian Press's health coverage receives support through a partnership with the Canadian Medical Association.",
    "The Canadian Press is solely responsible for this content.",
    "Sign up for our morning newsletter.",
])
def test_wire_credit_and_update_lines_are_metadata(line):
    """Agency credit, contribution and update notes close a story: furniture, not claims or figures."""
    a = analyze("The mayor said the bridge would reopen.\n\n" + line + "\n")
    [c] = [c for c in a.claim_records if c.text.strip() == line.strip()]
    assert c.kind == "metadata"
    assert a.quantities.empty or not any(line.find(t) >= 0 for t in a.quantities["text"])


def test_a_sentence_about_a_contribution_stays_a_claim():
    a = analyze("The firm contributed $2 million to the school fund last year.")
    assert [c.kind for c in a.claim_records] == ["claim"]


@pytest.mark.parametrize("line", [
    "Follow the money, the inspector said.",
    "Police urged drivers to follow the detour signs on Main Street.",
    "The union said it would sign up for the program.",
    "Coverage of the debate receives more attention in Quebec, a pollster said.",
])
def test_sentences_that_look_like_web_furniture_stay_claims(line):
    a = analyze("The mayor said the bridge would reopen.\n\n" + line + "\n")
    assert all(c.kind == "claim" for c in a.claim_records)


def test_the_city_speaks_for_the_place_named_before():
    """"Toronto said ... The city added": one source, an organization (the place's government)."""
    a = analyze("Toronto said the tunnel would open in May. The city added that fares would rise.")
    first, second = [c for c in a.claim_records if c.source.type != "reporter"]
    assert second.source.name == first.source.name == "Toronto"
    assert second.source.type == "organization"


def test_the_province_without_a_place_before_is_one_organization():
    a = analyze("Talks failed last week. On Monday, the province announced a new offer. "
                "Later, the province said talks would resume.")
    provinces = [s for s in a.source_records if s.name == "province"]
    assert len(provinces) == 1 and len(provinces[0].mentions) == 2
    assert provinces[0].type == "organization"


def test_a_subject_after_an_opening_but_is_a_candidate_for_he():
    """"But Eadie questioned that figure. He said ...": the conjunction does not hide the subject."""
    a = analyze("Coun. Ross Eadie says he has received 200 complaints. Transit director Bjorn Radstrom told "
                "the committee that ridership had risen. But Eadie questioned that figure. He said the numbers "
                "include the summer festivals.")
    assert claim_starting(a, "the numbers include").source.name == "Ross Eadie"


def test_the_government_is_not_the_last_organization_named():
    """"according to the government" after a U.N. office: a government is no humanitarian office."""
    a = analyze("The United Nations humanitarian office said 4,000 households had been affected. "
                "Heavy rains killed more than 400 people in 2023, according to the government.")
    c = claim_starting(a, "Heavy rains")
    assert c.source.name == "government" and c.source.type == "organization"


def test_the_court_goes_to_the_court_named_before():
    a = analyze("The Supreme Court said it would hear the case. Conservatives said the law was unfair. "
                "The court declined to block the law.")
    assert claim_starting(a, "to block the law").source.name == "Supreme Court"


@pytest.mark.parametrize("phrase", ["Apple Inc.", "Barclays plc", "Democracy Corp", "Valeant Pharmaceuticals International Inc."])
def test_a_company_suffix_names_an_organization(phrase):
    assert classify(phrase) == "organization"


def test_a_bare_company_name_the_story_writes_with_a_suffix_is_the_company():
    """"Shopify Inc. shares rose ... Shopify declined to comment": not a person called Shopify."""
    a = analyze("Shopify Inc. shares rose 12 per cent on Wednesday. Shopify declined to comment on its plans.")
    [c] = [c for c in a.claim_records if c.source.type != "reporter"]
    assert c.source.name == "Shopify" and c.source.type == "organization"


@pytest.mark.parametrize("text, person", [
    ("Donald Trump supporter Jane Roe spoke first.", None),  # the name is a modifier
    ("The Hillary Clinton campaign said nothing.", None),
    ("Donald Trump said nothing.", "Donald Trump"),
])
def test_a_name_before_supporter_or_campaign_names_no_person(text, person):
    """"a devout Catholic and Donald Trump supporter": no later 'he' may go to Trump."""
    from verify.sources import subject_person
    start = text.index("Donald") if "Donald" in text else text.index("Hillary")
    span = subject_person(text, start, len(text))
    assert (text[span[0]:span[1]] if span else None) == person


def test_a_city_named_in_full_is_not_the_city_before_it():
    """"Kansas City said" names a city of its own; only an unnamed "the city" is the place named before."""
    a = analyze("Toronto said the tunnel would open in May. Kansas City said its own tunnel was late.")
    assert [c.source.name for c in a.claim_records] == ["Toronto", "Kansas City"]


HEADLINE_STORY = ("Governor outlines plan for flood relief\n\n"
                  "SPRINGFIELD \u2014 Gov. Maria Delgado on Tuesday announced a relief package for flooded towns.\n\n"
                  "\"We will not leave anyone behind,\" Delgado said.\n\n"
                  "The governor said the money would go first to families whose homes were destroyed. "
                  "She added that the state would ask for federal help.\n")


def test_a_headline_title_and_the_title_spelled_out_are_the_person_the_story_titles_by_abbreviation():
    a = analyze(HEADLINE_STORY)
    by_start = {c.text[:12]: c.source for c in a.claim_records if c.kind == "claim"}
    assert by_start["plan for flo"].name == "Maria Delgado"
    assert by_start["plan for flo"].rule.endswith("headline-description->person-named-below")
    assert by_start["the money wo"].name == "Maria Delgado"
    assert by_start["the state wo"].name == "Maria Delgado"  # "She": not a source called "Governor"
    assert [s.name for s in a.source_records if s.type == "person"] == ["Maria Delgado"]


def test_an_abbreviated_title_counts_only_for_the_person_last_spoken_of():
    text = ("Sen. Ana Ruiz backed the bill on Monday. Tom Field, who chairs the committee, said he would vote no. "
            "The senator said the vote would be close.")
    claim = claim_starting(analyze(text), "the vote")
    assert claim.source.name != "Ana Ruiz"  # Field was spoken of since; he is no "Sen."


def test_a_bare_title_in_a_headline_with_two_people_so_titled_stays_unresolved():
    """(A former mayor would not count: h28's rule, "Deputy Premier X" is not "the premier".)"""
    text = ("Mayor vows to fight cuts\n\nMayor Ann Lee of Riverton and Mayor Bob Stone of Lakeside met on Monday. "
            "The mayor said the cuts were unfair.\n")
    a = analyze(text)
    assert "Ann Lee" not in [c.source.name for c in a.claim_records if c.text.startswith("to fight")]


def test_a_plural_person_noun_opening_a_sentence_is_a_group_not_a_person():
    """'Traders said', 'Shoppers said': capitalised only as the sentence opens. A surname the story gives a first
    name stays a person ('Bernie Sanders ... Sanders said')."""
    a = analyze("Investors said the cut was priced in. Shoppers said prices were too high.")
    assert [(c.source.name, c.source.type) for c in a.claim_records] == [("Investors", "anonymous"), ("Shoppers", "anonymous")]
    a = analyze("Bernie Sanders spoke in Iowa. Sanders said the cut was wrong.")
    assert claim_starting(a, "the cut was wrong").source.type == "person"


def test_a_body_named_with_presidency_or_management_is_an_organization():
    a = analyze("The Disaster and Emergency Management Presidency said 45 aftershocks had followed the quake.")
    assert [(c.source.name, c.source.type) for c in a.claim_records] == \
        [("Disaster and Emergency Management Presidency", "organization")]

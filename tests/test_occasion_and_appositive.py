"""Court and business copy: a trailing frame's occasion ("prosecutors said Tuesday as his trial opened") closes
the frame, and "who" after "NAME, a DESCRIPTION," is the person named, not the firm that ends the description."""
from tests.ledger_helpers import attributed


def test_as_his_trial_opened_is_the_occasion_of_a_trailing_frame():
    text = "The former clerk took $400,000 from the fund, prosecutors said Monday as her trial opened in Reno."
    [c] = attributed(text)
    assert c.text == "The former clerk took $400,000 from the fund" and c.cue.text == "said"
    assert c.source.mention.text == "prosecutors"


def test_who_after_a_named_persons_description_is_that_person():
    text = "\"Demand is soft,\" said Rosa Lindqvist, an economist at Baylor Capital, who expects rates to fall."
    cs = attributed(text)
    expects = [c for c in cs if c.cue.text == "expects"][0]
    assert expects.source.name == "Rosa Lindqvist" and expects.text == "rates to fall"


def test_conceding_a_race_says_nothing():
    """Election copy: 'Becker conceded shortly after midnight' is a race given up, with no content; a concession
    with a clause or a quotation keeps its cue."""
    assert attributed("Becker conceded shortly after midnight.") == []
    [c] = attributed("\"I lost fairly,\" Becker conceded.")
    assert c.cue.text == "conceded" and c.text == "\"I lost fairly,\""
    [c] = attributed("Becker conceded that he lost.")
    assert c.text == "he lost"


def test_late_on_a_weekday_after_a_trailing_cue_closes_the_frame():
    """'C, Becker said late on Tuesday.': 'late on Tuesday' is when, not what he said."""
    [c] = attributed("The count was fair, Becker said late on Tuesday.")
    assert c.text == "The count was fair" and c.source.mention.text == "Becker"
    [c] = attributed("Becker said early on Monday that the count was fair.")
    assert c.text == "the count was fair"


def test_a_fronted_time_or_place_is_not_the_content_of_a_cue_with_its_own_complement():
    """"At a town hall meeting, a voter asked about the plan": the opening phrase says when and where; what
    was asked follows the cue."""
    [c] = attributed("At a recent town hall meeting in Moncton, a retired teacher asked about the pension plan.")
    assert c.cue.text == "asked" and c.text == "about the pension plan"
    [c] = attributed("In a memo on Tuesday, the network's president reminded staff about the new rules.")
    assert c.text.endswith("about the new rules") and not c.text.startswith("In a memo")
    assert c.source.mention.text == "the network's president"


def test_a_fronted_phrase_stays_content_when_the_frame_closes_the_sentence():
    [c] = attributed("In the three years since the flood, the town has rebuilt every bridge, the mayor said.")
    assert c.text == "In the three years since the flood, the town has rebuilt every bridge"


def test_a_question_word_opening_a_question_is_nobody():
    from verify import analyze
    a = analyze("Why not just say: \"They will go home the way they came\"? How would the mayor explain all that? "
                "Whether any police officer ever talked to him or not I do not know.")
    assert not [c for c in a.claim_records if c.source.name.split()[0] in ("Why", "How", "Whether")]


def test_it_s_with_a_curled_apostrophe_names_no_source():
    from verify import analyze
    a = analyze("Senator Ray Ortiz met the caucus on Tuesday. It\u2019s implied that he won\u2019t stand in the way. "
                "\u201cThe bill is unfit to pass,\u201d he asserted.")
    names = [c.source.name for c in a.claim_records]
    assert "It" not in names and "It\u2019s" not in names
    assert [c for c in a.claim_records if c.text.startswith("\u201cThe bill")][0].source.name == "Ray Ortiz"

"""Evidence relatives: a poll, record or other document named right before 'that'/'which' or a participle reports
what follows 'show' ("a survey that shows C", "the county results, which showed C", "emails showing that C")."""
from tests.ledger_helpers import attributed


def test_a_document_before_that_shows_is_the_source():
    [c] = attributed("The firm published a survey that shows most drivers want lower tolls.")
    assert c.cue.text == "shows" and c.text == "most drivers want lower tolls"
    assert c.source.mention.text == "survey" and c.source.type == "document"


def test_a_document_before_which_showed_is_the_source_not_the_nearest_noun():
    cs = attributed("The clinic released her medical records in March, which showed she was fit to serve.")
    [c] = [c for c in cs if c.cue and c.cue.text == "showed"]
    assert c.text == "she was fit to serve" and c.source.mention.text == "records"
    [c] = [c for c in attributed("The paper printed the county results, which showed the mayor had won by 12 votes.")
           if c.cue and c.cue.text == "showed"]
    assert c.source.mention.text == "results" and c.text == "the mayor had won by 12 votes"


def test_a_document_then_a_time_then_showing():
    cs = attributed("There were also emails that night showing that staff knew the dam was leaking.")
    [c] = [c for c in cs if c.cue and c.cue.text == "showing"]
    assert c.source.mention.text == "emails" and c.text == "staff knew the dam was leaking"


def test_people_or_things_that_show_up_report_nothing():
    assert not [c for c in attributed("The volunteers that showed up were tired.") if c.cue]
    assert not [c for c in attributed("The crowd that showed its anger left early.") if c.cue]


def test_a_speaker_in_a_relative_clause_speaks_up_to_its_closing_comma():
    """"The charity, which prosecutors said was funding the group, closed in 2019": the clause set off by commas is
    the prosecutors' claim; 'closed in 2019' is the main clause's predicate, the reporter's."""
    from verify import analyze
    a = analyze("The charity, which prosecutors said was funding the group, closed in 2019.")
    [c] = [c for c in a.claim_records if c.source.type != "reporter"]
    assert c.cue.text == "said" and c.text == "was funding the group" and c.source.mention.text == "prosecutors"
    assert any(c.text == "closed in 2019" and c.source.type == "reporter" for c in a.claim_records)
    [c] = attributed("The plan, which the mayor said would cost $2,400,000, passed.")
    assert c.text == "would cost $2,400,000"  # a comma in a figure closes nothing


def test_a_relative_clause_speaker_keeps_a_quotation_whole():
    [c] = attributed("The bill, which Lee said \"will hurt, not help, renters,\" passed on Monday.")
    assert c.text.startswith("\"will hurt, not help, renters,\"")


def test_a_quotation_after_a_colon_with_its_own_frame_is_that_frames():
    """'The mayor said the plan had one flaw: "It costs too much," she wrote in a memo.': the quotation after the
    colon is closed by a frame of its own, whose content it is; the first content stops at the colon. Without a
    frame after it the quotation stays in the first content."""
    cs = attributed("The mayor said the plan had one flaw: \"It costs too much,\" she wrote in a memo.")
    assert [(c.cue.text, c.text) for c in cs] == [("said", "the plan had one flaw"), ("wrote", "\"It costs too much,\"")]
    assert cs[1].source.mention.text == "she"
    [c] = attributed("The mayor said the plan had one flaw: \"It costs too much.\"")
    assert c.text == "the plan had one flaw: \"It costs too much.\""


def test_a_clause_after_a_colon_with_its_own_reporting_frame():
    """'Early polls show voters rejecting the plan: A Leger poll this month found C': the clause after the colon
    opens on its own source and reporting verb; the first content stops at the colon. A stance or belief held
    ('The pride she feels for her town is ...') opens no frame there."""
    cs = attributed("Early polls show voters rejecting the plan: A Leger poll this month found support at 31 percent.")
    assert [(c.cue.text, c.text) for c in cs] == [("show", "voters rejecting the plan"),
                                                 ("found", "support at 31 percent")]
    assert cs[1].source.mention.text.endswith("poll")
    cs = attributed("Residents said the town had one strength: The pride she feels for her town is obvious.")
    assert [c.cue.text for c in cs] == ["said"]


def test_a_thing_that_says_a_quotation_bears_those_words():
    """"Volunteers handed out fans that said, "Stay cool, vote early."": the fans bear the words; the mention is the
    relative pronoun (as for 'who said'), the name the thing; the words before it are the reporter's."""
    from verify import analyze
    a = analyze("Volunteers handed out paper fans that said, \"Stay cool, vote early.\"")
    [c] = [c for c in a.claim_records if c.source.type != "reporter"]
    assert c.cue.text == "said" and c.text == "\"Stay cool, vote early.\""
    assert c.source.name == "fans" and c.source.mention.text == "that"
    assert any(c.text == "Volunteers handed out paper fans" for c in a.claim_records)
    [c] = attributed("A girl in the front row held a sign which read \"12%!\"")
    assert c.cue.text == "read" and c.source.name == "sign"


def test_that_said_without_a_quotation_is_no_thing_speaking():
    cs = attributed("It was the mayor that said the budget would balance.")
    assert all(c.source.name != "mayor that" for c in cs)
    assert not [c for c in attributed("The one thing that said much about him was his silence.") if c.source.name == "thing"]

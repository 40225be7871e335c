"""Attribution frames in Canadian copy: a headline's comma standing for 'and' between its subjects, and
'forecasts' as the noun that earnings headlines compare figures with."""
from verify.analysis import analyze


def _claims(headline: str):
    """The claims of a headline set above a one-sentence story."""
    text = headline + "\n\nOTTAWA - Hundreds gathered at the arena on Tuesday evening.\n"
    return [c for c in analyze(text).claim_records if c.kind == "claim" and c.sentence == 0]


def test_a_headline_list_joined_by_commas_is_one_subject():
    (claim,) = _claims("Neighbours, coaches remember retired referee")
    assert (claim.source.name, claim.cue.text, claim.text) == ("Neighbours, coaches", "remember", "retired referee")
    (claim,) = _claims("Nurses, doctors say clinic is short of staff")
    assert (claim.source.name, claim.cue.text, claim.text) == ("Nurses, doctors", "say", "clinic is short of staff")


def test_a_fronted_phrase_or_a_singular_verb_keeps_the_single_subject():
    (claim,) = _claims("After flood, mayor says town will rebuild")
    assert (claim.source.name, claim.cue.text) == ("mayor", "says")
    (claim,) = _claims("Amid strike, teachers say talks have stalled")
    assert (claim.source.name, claim.cue.text) == ("teachers", "say")


def test_forecasts_after_a_verb_or_a_noun_modifier_is_no_cue():
    (claim,) = _claims("Northwind Foods misses analyst forecasts, shares slide")
    assert claim.cue is None and claim.source.name == "the reporter"
    (claim,) = _claims("Retailer cuts sales forecasts for holiday quarter")
    assert claim.cue is None and claim.source.name == "the reporter"
    claims = analyze("The agency forecasts that prices will rise in the spring.").claim_records
    assert claims[0].cue.text == "forecasts that"


def test_a_sentence_adverb_before_the_comma_is_no_listed_subject():
    (claim,) = _claims("Clearly, voters say the budget went too far")
    assert claim.source.name == "voters"


def test_a_second_relative_clause_joined_by_and_has_the_first_ones_antecedent():
    """'a nurse who ... and who says C': the speaker is the one the first 'who' stands for, never 'and'; the
    first relative clause stays the reporter's own words."""
    text = ("\u201cWe will stay,\u201d said Ana Silva, a cook who has worked at the diner for 12 years and who says "
            "she will keep coming.")
    claims = analyze(text).claim_records
    said, own, says = claims
    assert (said.source.name, said.cue.text) == ("Ana Silva", "said")
    assert own.source.name == "the reporter" and own.text == "a cook who has worked at the diner for 12 years"
    assert (says.source.mention.text, says.cue.text, says.text) == ("who", "says", "she will keep coming")
    assert says.source.name != "and" and says.source.mention.start == text.index("who")


def test_why_a_source_is_unnamed_is_no_claim_of_the_source():
    """'who did not want her last name used', 'who asked that his name not be used': the reporter's note on the
    source's name, like 'who asked not to be named'; the source still says C."""
    for text, why in (
            ("Lena, who did not want her last name used, said the bus was late again.",
             "who did not want her last name used"),
            ("One driver, who did not want to be named, said the bus was late again.", "who did not want to be named"),
            ("One rider, who asked that his name not be used, said the bus was late again.",
             "who asked that his name not be used")):
        note, said = analyze(text).claim_records
        assert (note.source.name, note.cue, note.text) == ("the reporter", None, why)
        assert (said.cue.text, said.text) == ("said", "the bus was late again")
    # a wish about something else is still the source's stance
    cs = analyze("Lena, who wants the route restored, said the bus was late again.").claim_records
    assert any(c.cue is not None and c.cue.text == "wants" for c in cs)


def test_a_description_then_the_name_in_apposition_is_the_subject_not_the_content():
    """'A spokesperson for X, Name, said C': the name is the speaker, C the content; never 'said the department'
    read as an inverted frame whose content is the description."""
    text = "A spokesperson for Parks and Recreation Canada, Lina Moreau, said the agency is reviewing the report."
    said = [c for c in analyze(text).claim_records if c.cue is not None]
    assert [(c.source.name, c.cue.text, c.text) for c in said] == [
        ("Lina Moreau", "said", "the agency is reviewing the report")]
    text = "A spokesman for the OPP, Const. Raj Gill, said the search continues."
    (claim,) = analyze(text).claim_records
    assert (claim.source.name, claim.text) == ("Raj Gill", "the search continues")


def test_a_description_before_the_name_after_a_quotation_is_no_part_of_the_content():
    text = "\u201cThe bridge will reopen in May,\u201d a spokesperson for the transit agency, Omar Haddad, said in an email."
    said, desc = analyze(text).claim_records
    assert (said.source.name, said.cue.text, said.text) == ("Omar Haddad", "said", "\u201cThe bridge will reopen in May,\u201d")
    assert (desc.source.name, desc.text) == ("the reporter", "a spokesperson for the transit agency")


def test_a_name_or_description_after_according_to_x_is_no_resumed_statement():
    """'C, according to a spokesperson for the agency, Omar Haddad.': the name is the source and the
    description the reporter's; nothing said resumes after the comma. A real clause still resumes."""
    for text in ("The bridge will reopen in May, according to a spokesperson for the agency, Omar Haddad.",
                 "The bridge will reopen in May, according to Omar Haddad, a spokesperson for the agency."):
        claim, desc = analyze(text).claim_records
        assert (claim.source.name, claim.cue.text, claim.text) == ("Omar Haddad", "according to",
                                                                   "The bridge will reopen in May")
        assert (desc.source.name, desc.text) == ("the reporter", "a spokesperson for the agency")
    claims = analyze("In Halifax, according to Omar Haddad, the bridge is seen as a lifeline.").claim_records
    assert [c.text for c in claims] == ["In Halifax", "the bridge is seen as a lifeline"]

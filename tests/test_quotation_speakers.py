"""Who speaks a direct quotation: the frame of the quotation itself, not the speaker before it, and never
a frame that opens a paragraph of its own."""
from verify import analyze


def _claims(text):
    return [c for c in analyze(text).claim_records if c.kind == "claim"]


def test_a_quotation_with_its_own_closing_frame_takes_that_frame():
    """A quotation of two sentences after an attributed one, closed by 'he said': the mention of every sentence
    is that frame's 'he', not the earlier 'Ms. Okafor'; another speaker's frame names another speaker."""
    text = ("\"We sell fewer tickets every year,\" Ms. Okafor said. \"The hall is half empty. "
            "Nobody wants to drive downtown,\" she said.")
    cs = _claims(text)
    assert [c.source.mention.text for c in cs] == ["Ms. Okafor", "she", "she"]
    assert all(c.source.name == cs[0].source.name for c in cs)
    text = ("\"We sell fewer tickets every year,\" Ms. Okafor said. \"The hall is half empty. "
            "Nobody wants to drive downtown,\" said Tom Reyes, the theatre's owner.")
    cs = _claims(text)
    assert [c.source.mention.text for c in cs[:3]] == ["Ms. Okafor", "Tom Reyes", "Tom Reyes"]
    assert cs[1].source.name == "Tom Reyes" and cs[1].cue.text == "said"


def test_a_quotation_with_no_frame_of_its_own_goes_on_with_the_speaker_before():
    text = "\"We sell fewer tickets every year,\" Ms. Okafor said. \"The hall is half empty. Nobody drives downtown.\""
    cs = _claims(text)
    assert len(cs) == 3 and {c.source.mention.text for c in cs} == {"Ms. Okafor"}
    assert cs[1].text.startswith("\"The hall") and cs[1].cue.text == "said"


def test_a_frame_alone_in_a_new_paragraph_is_no_frame_of_the_quotation_before():
    """'Rubio disagreed.' opening a paragraph answers the quotation before it; it does not attribute it."""
    text = ("\"We sell fewer tickets every year,\" Ms. Okafor said. \"The hall is half empty. Nobody drives downtown.\"\n"
            "Reyes disagreed.\n")
    cs = _claims(text)
    assert all(c.source.mention is None or c.source.mention.text == "Ms. Okafor" for c in cs)


def test_the_name_right_after_an_opening_quotation_speaks_it_past_its_descriptions():
    """'"C," NAME, AGE, of PLACE, who ..., said in an interview.': the name after the quotation is the speaker,
    the descriptions are the reporter's, and what follows the cue is no content."""
    text = "\"Both parties let us down,\" Ruth Hale, 52, of Dayton, Ohio, who voted twice, said in an interview."
    cs = _claims(text)
    said = [c for c in cs if c.source.type != "reporter"]
    assert len(said) == 1 and said[0].source.mention.text == "Ruth Hale" and said[0].cue.text == "said"
    assert said[0].text == "\"Both parties let us down,\""
    text = "\"We are getting the house ready,\" Marsh, who once worked in the Senate, said about the preparations."
    [c] = [c for c in _claims(text) if c.source.type != "reporter"]
    assert c.source.mention.text == "Marsh" and c.text == "\"We are getting the house ready,\""

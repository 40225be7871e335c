"""Writing that reaches newsrooms but is not straight news (editorials, op-eds, letters, corporate and party
press releases): the piece's kicker, a release's dateline with its wire slug, its release and contact lines,
political disclaimers and the closing "About X" boilerplate are furniture, not claims or sources."""
from verify import analyze


def _claims(text):
    return [(c.kind, c.text, c.source.name, c.source.rule) for c in analyze(text).claim_records]


def test_a_piece_kicker_before_a_colon_is_no_source():
    text = "Opinion: The new stadium is a bad bargain for the county\n\nThe county will vote on the plan in May."
    kind, content, name, rule = _claims(text)[0]
    assert (kind, name, rule) == ("claim", "the reporter", "reporter:unattributed")
    assert content.startswith("Opinion: The new stadium")
    text = "Editorial: Voters need a clearer ballot\n\nThe ballot has 14 questions this year."
    assert _claims(text)[0][2] == "the reporter"


def test_a_named_paper_s_editorial_is_still_a_source():
    text = "Gazette editorial: the county should rebuild the bridge before winter\n\nThe bridge closed in May."
    assert _claims(text)[0][2] != "the reporter"


def test_a_press_release_dateline_with_a_wire_slug_is_metadata():
    text = ("Acme Widgets Opens New Plant\n\nDAYTON, Ohio, March 3, 2026 /PRNewswire/ -- Acme Widgets Inc. "
            "today announced the opening of a plant in Dayton that will employ 300 people.\n")
    claims = _claims(text)
    dateline = [c for c in claims if c[3] == "metadata:dateline"]
    assert dateline and dateline[0][1] == "DAYTON, Ohio, March 3, 2026 /PRNewswire/"
    announced = [c for c in claims if c[1].startswith("the opening of a plant")]
    assert announced and announced[0][2] == "Acme Widgets Inc"


def test_release_and_contact_lines_and_disclaimers_are_furniture():
    text = ("FOR IMMEDIATE RELEASE\n\nParty Opens Campaign Office\n\nThe party opened an office in Elm Street "
            "on Monday.\n\nPaid for by the Friends of Jane Roe.\n\nContact: John Smith, spokesman, 555-0100\n")
    kinds = {c[1]: (c[0], c[3]) for c in _claims(text)}
    assert kinds["FOR IMMEDIATE RELEASE"] == ("metadata", "metadata:furniture")
    assert kinds["Paid for by the Friends of Jane Roe."] == ("metadata", "metadata:furniture")
    assert kinds["Contact: John Smith, spokesman, 555-0100"] == ("metadata", "metadata:furniture")
    assert kinds["The party opened an office in Elm Street on Monday."][0] == "claim"


def test_about_boilerplate_closing_a_release_is_metadata():
    text = ("Acme Widgets Opens New Plant\n\nAcme Widgets said Monday it will open a plant in Dayton.\n\n"
            "The plant will employ 300 people.\n\nAbout Acme Widgets\n\nAcme Widgets is a maker of "
            "industrial parts. Founded in 1950, it has 12 plants.\n")
    claims = _claims(text)
    tail = [c for c in claims if c[1].startswith(("About Acme", "Acme Widgets is", "Founded in 1950"))]
    assert len(tail) == 3 and all(c[0] == "metadata" and c[3] == "metadata:boilerplate" for c in tail)
    assert [c for c in claims if c[1] == "The plant will employ 300 people."][0][0] == "claim"


def test_about_in_a_sentence_is_no_boilerplate():
    text = ("The council met on Monday.\n\nIt voted on the budget.\n\nIt heard from residents.\n\n"
            "About 40 residents spoke at the meeting.\n")
    assert all(c[0] == "claim" for c in _claims(text))


def test_an_owner_or_manager_of_a_place_is_the_source_not_the_place():
    from tests.ledger_helpers import attributed
    for text, mention, content in [
        ("The manager of the hardware store said sales doubled in May.", "The manager of the hardware store",
         "sales doubled in May"),
        ("The owner of the cafe on Pine Street told me her rent had gone up.", "The owner of the cafe on Pine Street",
         "her rent had gone up"),
        ("The founder of the charity said donations fell last year.", "The founder of the charity",
         "donations fell last year"),
    ]:
        [c] = attributed(text)
        assert (c.source.mention.text, c.text, c.source.type) == (mention, content, "anonymous")


def test_a_title_case_headline_below_a_release_line_is_read_as_the_headline():
    text = ("FOR IMMEDIATE RELEASE\n\nCouncil Leaders Denounce Mayor's Reckless Budget\n\n"
            "Council leaders criticized the mayor's budget on Monday.\n")
    flags = [(f.text, f.category) for f in analyze(text).flag_records]
    assert ("Reckless", "loaded") in flags
    assert not any(f[0].startswith("FOR") for f in flags)


def test_a_source_the_writer_spoke_to_is_read_with_its_contact_clause():
    from tests.ledger_helpers import attributed
    for text, mention, cue, content in [
        ("Shop owners we spoke to said the road works cost them customers.", "Shop owners we spoke to", "said",
         "the road works cost them customers"),
        ("Teachers I talked with agreed that the new timetable is too tight.", "Teachers I talked with", "agreed",
         "the new timetable is too tight"),
    ]:
        [c] = attributed(text)
        assert (c.source.mention.text, c.cue.text, c.text) == (mention, cue, content)
    assert attributed("She was the first nurse he spoke to when he arrived.") == []


def test_i_in_a_signed_column_is_the_writer_the_byline_names():
    text = ("Why the Ferry Matters\n\nBy Helen Park\n\nI have taken the ferry for 20 years. I believe the county "
            "should keep it running. The mayor said, \u201cI will look at the costs.\u201d I urge readers to write to "
            "the council.\n")
    a = analyze(text)
    mine = [c for c in a.claim_records if c.source.name == "Helen Park"]
    assert [c.text for c in mine] == ["the county should keep it running", "readers to write to the council"]
    assert all(c.source.rule.endswith("pronoun:i->byline") for c in mine)
    assert len({c.source.source_id for c in mine}) == 1
    assert not any(s.name == "I" for s in a.source_records)
    quoted = [c for c in a.claim_records if c.text.startswith("\u201cI will")]
    assert quoted and quoted[0].source.name != "Helen Park"


def test_i_without_a_byline_stays_unresolved():
    a = analyze("I believe the county should keep the ferry running.")
    assert [c.source.name for c in a.claim_records] == ["I"]


def test_a_letters_page_heading_and_salutation_are_furniture():
    text = "Letters to the Editor\n\nKeep the library open\n\nTo the editor:\n\nThe library is the heart of our town.\n"
    kinds = {c[1]: (c[0], c[3]) for c in _claims(text)}
    assert kinds["Letters to the Editor"] == ("metadata", "metadata:furniture")
    assert kinds["To the editor:"] == ("metadata", "metadata:furniture")
    assert kinds["The library is the heart of our town."][0] == "claim"


def test_a_demonstrative_that_after_a_cue_is_the_content_s_subject():
    from tests.ledger_helpers import claim_of
    assert claim_of("I think that is a poor use of public money.")[2] == "that is a poor use of public money"
    assert claim_of("The mayor said that was never the plan.")[2] == "that was never the plan"
    assert claim_of("She said that\u2019s too expensive for the town.")[2] == "that\u2019s too expensive for the town"
    assert claim_of("The mayor said that the plan was never approved.")[2] == "the plan was never approved"
    assert claim_of("He said that had he known, he would have acted.")[2] == "had he known, he would have acted"


def test_a_headline_below_a_release_line_is_attributed_like_a_first_line():
    text = ("FOR IMMEDIATE RELEASE\n\nCouncil Leaders Slam Mayor's Budget Plan\n\n"
            "Council leaders criticized the mayor's budget on Monday.\n")
    head = [c for c in analyze(text).claim_records if c.text == "Mayor's Budget Plan"]
    assert head and head[0].source.name == "Council Leaders" and head[0].cue.text == "Slam"

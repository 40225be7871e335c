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


def _quoted(text):
    """The claims of the quotation marks' contents: (mention text, mention offsets, cue, content)."""
    return [(c.source.mention.text if c.source.mention else None,
             (c.source.mention.start, c.source.mention.end) if c.source.mention else None,
             c.cue.text if c.cue else None, c.text)
            for c in _claims(text) if c.text.startswith(("\"", "\u201c"))]


def test_a_participle_after_a_when_or_where_clause_is_that_clauses_subject_s():
    """', shouting C' after 'when tenants interrupted the hearing' is the tenants' shout, not the opening subject's
    ('The first clash') nor the noun before the clause ('a hearing in Dayton')."""
    text = ("The first clash came at a hearing in Dayton, when tenants interrupted the landlord, "
            "shouting \"fix the heat!\"")
    assert _quoted(text) == [("tenants", (text.index("tenants"), text.index("tenants") + 7), "shouting",
                              "\"fix the heat!\"")]
    text = "The senator spoke near the plant, where about 30 workers had gathered, chanting \"fair pay now\"."
    (mention, _, cue, content), = _quoted(text)
    assert mention == "about 30 workers" and cue == "chanting" and content == "\"fair pay now\""
    # no clause of its own before the participle: the sentence's subject speaks
    text = "The mayor thanked the council, saying: \"We will not close the library.\""
    assert _quoted(text)[0][:3] == ("The mayor", (0, 9), "saying")


def test_a_participle_after_a_clause_opened_by_a_pronoun_is_the_pronouns():
    """'Speaking slowly, he read a verse from the Psalms, saying: C': the clause with 'he' is no description set off
    by commas, and 'the Psalms' no speaker."""
    text = "Speaking slowly, he read a verse from the Psalms, saying: \"The Lord is my shepherd.\""
    (mention, span, cue, content), = _quoted(text)
    assert mention == "he" and span == (17, 19) and cue == "saying" and content == "\"The Lord is my shepherd.\""


def test_a_quotation_closed_without_its_comma_before_the_frame():
    """'"C" Jones said' and '"C -H" Clinton tweeted': the closing mark ends the content as a comma would."""
    text = "\"We will fight this all the way\" Jones said on Tuesday."
    assert _quoted(text) == [("Jones", (33, 38), "said", "\"We will fight this all the way\"")]
    text = "\"Vote early, vote often -H\" Clinton tweeted, quoting a reporter."
    assert _quoted(text) == [("Clinton", (28, 35), "tweeted", "\"Vote early, vote often -H\"")]
    # a title opening the sentence with a name after it is no quotation of that name
    text = "\"The Crown\" star Claire Foy said she was tired."
    assert _quoted(text) == []


def test_went_on_and_cut_in_are_cues_only_closing_a_quotation():
    """'"C," he went on', '"C," she cut in', '"C," Smith chimed in' frame the quotation; 'went on to win', 'went on
    the offensive', 'the talks went on' and 'a cut in taxes' say nothing."""
    text = "\"We are not done,\" he went on."
    assert _quoted(text) == [("he", (19, 21), "went on", "\"We are not done,\"")]
    text = "\"That is not true,\" she cut in."
    assert _quoted(text) == [("she", (20, 23), "cut in", "\"That is not true,\"")]
    text = "\"And another thing,\" Smith chimed in, \"we need more time.\""
    assert [q[0] for q in _quoted(text)] == ["Smith", "Smith"]
    for text in ("The mayor went on to win the election.", "The talks went on for hours.",
                 "Clinton brushed off the findings but also went on the offensive against Trump."):
        assert all(c.cue is None or c.cue.text not in ("went on", "cut in") for c in analyze(text).claim_records)
    text = "\"We want a cut in taxes,\" he said."
    assert _quoted(text) == [("he", (26, 28), "said", "\"We want a cut in taxes,\"")]


def test_a_quoted_title_after_the_frame_is_no_quotation_of_the_speaker():
    """'"C," Reyes said on the podcast "Table Talk."': the title names where she said it; the quotation before the
    frame is hers, and the title is no content of the frame."""
    text = "\"Being a mother, that is my job,\" Reyes said in June on the podcast \"Table Talk.\""
    assert _quoted(text) == [("Reyes", (34, 39), "said", "\"Being a mother, that is my job,\"")]
    text = "Reyes said on the podcast \"Table Talk\" that she was tired."
    (c,) = _claims(text)
    assert c.source.mention.text == "Reyes" and c.text == "she was tired"


def test_went_on_closing_the_last_sentence_of_a_quotation():
    """'"A. B," he went on': the closing frame of a quotation of two sentences gives both its speaker."""
    text = "\"We will win. That is what matters,\" he went on."
    assert [(q[0], q[1]) for q in _quoted(text)] == [("he", (37, 39))]
    assert [c.source.mention.text for c in _claims(text)] == ["he", "he"]


def test_a_quotation_run_over_paragraphs_after_an_attributed_one_is_the_same_speaker():
    """“C,” Ms. Okafor said. “D ¶ “E ¶ “F.”  The second quotation is left unclosed at its paragraph's end and
    goes on in the next paragraphs (news style for a long quotation): every paragraph of it is hers, not the
    reporter's; the same when a participle sits between the frame and the quotation."""
    for frame in ("Ms. Okafor said.", "Ms. Okafor said, pointing at the empty seats."):
        text = ("Nora Okafor has run the theatre since 1998.\n\n"
                "\"We sell fewer tickets every year,\" " + frame + " \"The hall is half empty on weeknights.\n\n"
                "\"Nobody wants to drive downtown in winter.\n\n"
                "\"I keep the lights on because I promised my mother.\"\n")
        cs = _claims(text)
        quoted = [c for c in cs if c.text.lstrip().startswith("\"")]
        assert len(quoted) == 4
        assert {c.source.name for c in quoted} == {"Nora Okafor"}
        assert all(c.cue.text == "said" for c in quoted)


def test_an_unclosed_quotation_that_goes_nowhere_is_not_given_the_speaker_before():
    """A stray mark at a paragraph's end, with no quotation opening the next paragraph, is no run of quotation."""
    text = ("\"We sell fewer tickets every year,\" Ms. Okafor said. \"The hall is half empty.\n\n"
            "The city council meets on Tuesday.\n")
    cs = _claims(text)
    stray = next(c for c in cs if c.text.startswith("\"The hall"))
    assert stray.source.type == "reporter"


def test_verbs_of_manner_frame_a_quotation_only_when_they_close_it():
    """'"C," the host pressed', '"C," Lee charged', '"C," reacted Ms. Diaz' (verb first too), '"C," the crowd cried out':
    verbs that report speech only as the frame closing a quotation (lexicon frame "closing"). Elsewhere - 'charged
    with fraud', 'the battery charged', 'the team retaliated', a headline 'Police charges dropped' - they say nothing."""
    text = "\"Will you raise taxes?\" the host pressed."
    assert _quoted(text) == [("the host", (24, 32), "pressed", "\"Will you raise taxes?\"")]
    text = "\"That is a disgrace,\" Lee charged."
    assert _quoted(text) == [("Lee", (22, 25), "charged", "\"That is a disgrace,\"")]
    text = "\"We lost the vote. Who is to blame?\" reacted Ms. Diaz."
    cs = _claims(text)
    assert [(c.source.mention.text, c.cue.text) for c in cs] == [("Ms. Diaz", "reacted"), ("Ms. Diaz", "reacted")]
    assert cs[0].source.mention.start == 45 and cs[1].text == "Who is to blame?\""
    text = "\"Never!\" the crowd cried out."
    assert _quoted(text) == [("the crowd", (9, 18), "cried out", "\"Never!\"")]
    text = "\"I have two answers,\" Okafor answers."
    assert _quoted(text)[0][:3] == ("Okafor", (22, 28), "answers")
    for text in ("The mayor was charged with fraud in May.", "The battery charged overnight.",
                 "The team retaliated in the second half.", "Police charges dropped against protesters.",
                 "Her answers were wrong, and the market reacted badly."):
        assert all(c.cue is None for c in analyze(text).claim_records), text


def test_a_quotation_after_a_frame_whose_content_opens_with_the_reporters_phrase_goes_on_with_its_speaker():
    """'As for the tariffs, "C," said Mr. Pike, who runs a mill. "D."': the frame's content opens with the
    reporter's fronted phrase, longer than the quotation, but a quotation closes it right before the frame: the
    next sentence, a whole quotation, is Mr. Pike going on; a content with no quotation passes nothing on."""
    text = ("As for the new tariffs on lumber and steel, \"I mostly ignore them,\" said Mr. Pike, who runs a mill "
            "near the river. \"He talks more than he acts.\"")
    cs = _claims(text)
    last = cs[-1]
    assert last.text == "\"He talks more than he acts.\"" and last.source.name == "Pike" and last.cue.text == "said"
    assert last.source.mention.text == "Mr. Pike" and last.source.mention.start == text.index("Mr. Pike")
    text = ("Because of the long winter and the closed roads, \"we lost customers,\" Ms. Ruiz said of the season. "
            "\"Next year will be better.\"")
    assert _claims(text)[-1].source.name == "Ruiz"


def test_a_quotation_filling_the_paragraph_after_a_closing_frame_goes_on_with_its_speaker():
    """'The shop lost customers, Ms. Ruiz said of the season. "D."': the sentence ends on its closing frame and a
    few words of when or where (no comma, no clause of another subject), so the quotation after it is Ms. Ruiz
    going on, as after 'Ms. Ruiz said the shop lost customers.'; after 'said as the bank disagreed' it is not."""
    for frame in ("Ms. Ruiz said", "Ms. Ruiz said of the season", "Ms. Ruiz said in an interview on Monday"):
        text = f"The shop lost customers this winter, {frame}. \"Next year will be better.\""
        last = _claims(text)[-1]
        assert last.text == "\"Next year will be better.\"" and last.source.name == "Ruiz", frame
        assert last.source.mention.text == "Ms. Ruiz" and last.cue.text == "said"
    for frame in ("Ms. Ruiz said as the bank disagreed", "Ms. Ruiz said, but the bank disagreed"):
        text = f"The shop lost customers this winter, {frame}. \"Next year will be better.\""
        assert _claims(text)[-1].source.type == "reporter", frame


def test_a_program_told_by_its_quoted_title_is_the_addressee_not_the_content():
    """'"C," Smith told "Meet the Press."', 'Smith told "Morning Desk" on Monday that C': a quoted title of
    capitalised words right after 'told' is who was told (the program), not what was said."""
    text = "\"We will win the seat,\" Smith told \"Meet the Press\" on Sunday."
    assert _quoted(text) == [("Smith", (24, 29), "told", "\"We will win the seat,\"")]
    text = "\"It is over. We lost,\" Ms. Diaz told \"Morning Desk,\" shaking her head."
    assert [(c.source.mention.text, c.cue.text, c.text) for c in _claims(text)] == [
        ("Ms. Diaz", "told", "\"It is over."), ("Ms. Diaz", "told", "We lost,\"")]
    text = "Smith told \"Morning Desk\" on Monday that the party would win the seat."
    (c,) = _claims(text)
    assert c.source.name == "Smith" and c.text == "the party would win the seat"


def test_a_closing_only_verb_right_before_a_colon_and_a_quotation_opens_it():
    """'Okafor continues: "C"', 'The letter continues: "C"', 'Then Lee pressed, "C"': a verb that reports speech
    only next to a quotation frames the quotation that follows its colon or comma and runs to the sentence's end;
    not a passive ('was charged, "in error," ...') nor a quotation that stops before the sentence does."""
    text = "The crowd cheers, and then Okafor continues: \"We will build it.\""
    (c,) = [c for c in _claims(text) if c.text.startswith("\"")]
    assert (c.source.name, c.cue.text, c.text) == ("Okafor", "continues", "\"We will build it.\"")
    assert c.source.mention.start == text.index("Okafor")
    text = "The letter continues: \"Please explain your reasons.\""
    (c,) = _claims(text)
    assert c.source.mention.text == "The letter" and c.cue.text == "continues"
    text = "He was charged, \"in error,\" his lawyer said."
    (c,) = _claims(text)
    assert c.source.mention.text == "his lawyer" and c.cue.text == "said"
    text = "The talks continue, \"for now,\" officials said."
    (c,) = _claims(text)
    assert c.source.mention.text == "officials" and c.cue.text == "said"


def test_a_transcript_speaker_with_a_party_label_before_the_colon_speaks_the_quotation():
    """'Sen. Jane Lee (D-Ore.): "C"' - a transcript's turn, the speaker's party label before the colon, even with
    the quotation glued to it ('Rep. Tom Reyes (R-Tex.):"C"'); a clock time's colon is no turn."""
    text = "Sen. Jane Lee (D-Ore.): \"We will win this seat in the fall.\""
    (c,) = _claims(text)
    assert (c.source.name, c.cue.text, c.text) == ("Jane Lee", ":", "\"We will win this seat in the fall.\"")
    text = "Rep. Tom Reyes (R-Tex.):\"Who told you that figure?\""
    (c,) = _claims(text)
    assert c.source.name == "Tom Reyes" and c.text == "\"Who told you that figure?\""
    (c,) = _claims("The meeting opened at 10:30 with a prayer.")
    assert c.source.type == "reporter"


def test_jokes_is_a_cue_only_next_to_a_quotation():
    """'jokes' is more often a noun ('Isabelle endures the lewd jokes of her bosses', 'They cracked jokes'): no cue
    there, and no speaker named 'Isabelle endures the lewd'; next to a quotation it still reports speech
    ('He jokes, "C"', '"C," she jokes')."""
    text = "Isabelle endures the lewd jokes and groping of her bosses. \"I never saw it coming,\" Isabelle writes."
    cs = _claims(text)
    assert cs[0].source.type == "reporter" and cs[0].cue is None
    assert cs[1].source.name == "Isabelle" and cs[1].cue.text == "writes"
    for text in ("He jokes, \"It is a never ending line!\"", "\"It is a never ending line!\" he jokes."):
        (c,) = _claims(text)
        assert (c.source.mention.text, c.cue.text, c.text) == ("He" if text[0] == "H" else "he", "jokes",
                                                              "\"It is a never ending line!\"")

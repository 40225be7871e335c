import pytest

from verify.sentences import paragraph_spans, split_sentences


def texts(t):
    return [s.text for s in split_sentences(t)]


def test_abbreviations_do_not_end_sentences():
    t = "Mr. Smith met Gen. Jones in Washington, D.C. on Jan. 5 at 9 a.m. Tuesday. The U.S. Army agreed."
    assert texts(t) == [
        "Mr. Smith met Gen. Jones in Washington, D.C. on Jan. 5 at 9 a.m. Tuesday.",
        "The U.S. Army agreed.",
    ]


def test_curly_and_straight_closing_quotes_stay_with_their_sentence():
    t = 'He said: \u201cStop now.\u201d Then he left. She said "No." It ended.'
    assert texts(t) == ['He said: \u201cStop now.\u201d', "Then he left.", 'She said "No."', "It ended."]


def test_offsets_index_the_text_exactly():
    t = "\ufeffFirst line here.\r\nSecond \u00e9t\u00e9 line. Third \U0001F600 one!\n\n  Fourth."
    sents = split_sentences(t)
    assert [t[s.start:s.end] for s in sents] == [s.text for s in sents]
    assert [s.text for s in sents][-1] == "Fourth."
    assert len(sents) == 4


def test_line_breaks_end_paragraphs_but_hard_wrapped_lines_run_on():
    t = "A headline without a stop\nThe first paragraph starts here and\ncontinues on a wrapped line.\nNext paragraph."
    assert [t[s:e] for s, e in paragraph_spans(t)] == [
        "A headline without a stop",
        "The first paragraph starts here and\ncontinues on a wrapped line.",
        "Next paragraph.",
    ]
    assert [s.paragraph for s in split_sentences(t)] == [0, 1, 2]


@pytest.mark.parametrize("para", [
    "Officials said the road would reopen on Monday",
    "Officials said the road would reopen on Monday.",
    "\u201cWe will rebuild,\u201d the mayor said.\u201d",
    "Was it worth it?)",
    "The U.S. envoy arrived. Talks began at noon.",
    "He left at 3 p.m. on Friday.",
])
def test_one_sentence_shortcut_agrees_with_punkt(para):
    from verify.sentences import _one_sentence, sentence_tokenizer

    punkt = list(sentence_tokenizer().span_tokenize(para))
    if _one_sentence(para):
        assert punkt == [(0, len(para))]
    else:
        assert any(ch in para[:-1] for ch in ".?!")


def test_quoted_exclamation_keeps_its_attribution():
    assert texts("\u201cGet out!\u201d he shouted. Then he left. \u201cWhy?\u201d Asked the crowd.") == [
        "\u201cGet out!\u201d he shouted.", "Then he left.", "\u201cWhy?\u201d", "Asked the crowd."]


def test_a_quotation_opening_after_a_state_abbreviation_starts_a_sentence():
    from verify.sentences import split_sentences
    text = ('"Nobody wants a shutdown," said Sen. Chuck Schumer, D-N.Y. "Tonight, common sense prevailed." '
            'Talks with Mr. \u201cBig\u201d Smith went on.')
    assert [s.text for s in split_sentences(text)] == [
        '"Nobody wants a shutdown," said Sen. Chuck Schumer, D-N.Y.', '"Tonight, common sense prevailed."',
        'Talks with Mr. \u201cBig\u201d Smith went on.']


def test_no_sentence_starts_inside_a_run_of_exclamation_marks():
    text = "They admire him. \"Go Donald Trump, go!!!,\" a leader wrote on Facebook."
    assert [s.text for s in split_sentences(text)] == ["They admire him.", "\"Go Donald Trump, go!!!,\" a leader wrote on Facebook."]


def test_no_before_a_number_ends_no_sentence():
    text = "\u201cHe would be No. 1,\u201d Millis added. The poll closed."
    assert [s.text for s in split_sentences(text)] == ["\u201cHe would be No. 1,\u201d Millis added.", "The poll closed."]


@pytest.mark.parametrize("text", ["Sen. David Perdue (R-Ga.) said he did not believe it.",
                                  "It was signed by Rep. Elijah Cummings (D-Md.) and others."])
def test_a_party_label_ending_in_a_stop_ends_no_sentence_before_lower_case(text):
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize("text", ["Paul Pillar, a former C.I.A. analyst, teaches at Georgetown.",
                                  "He told supporters in Nashua, N.H. on Monday morning that he would win.",
                                  "Boeing and GE and other multinationals . . . pay zero taxes."])
def test_an_initialism_or_spaced_ellipsis_before_lower_case_ends_no_sentence(text):
    assert [s.text for s in split_sentences(text)] == [text]


@pytest.mark.parametrize("text, first", [
    ("Republican George H.W. Bush won 39 states. He lost later.", "Republican George H.W. Bush won 39 states."),
    ("Sens. Ted Cruz and Marco Rubio voted no. They lost.", "Sens. Ted Cruz and Marco Rubio voted no."),
    ("He won Ohio on Mar. 15 and led. Then he lost.", "He won Ohio on Mar. 15 and led."),
    ("The rally in Greenville, S.C. drew 3,000 people. It was loud.", "The rally in Greenville, S.C. drew 3,000 people."),
    ("The fire started near Kelowna, B.C. The crews arrived Monday.", "The fire started near Kelowna, B.C."),
])
def test_initials_plural_titles_and_state_abbreviations_end_no_sentence(text, first):
    assert split_sentences(text)[0].text == first


@pytest.mark.parametrize("text, parts", [
    ("The cars collided just after 7 p.m. The driver of the car died.", 2),
    ("The polls close at 8 p.m. Eastern time.", 1),
    ("It starts at 9 a.m. Monday in Ottawa.", 1),
])
def test_a_clock_time_ends_a_sentence_before_a_capital_that_is_no_day_or_zone(text, parts):
    assert len(split_sentences(text)) == parts


@pytest.mark.parametrize("text", [
    "\u201cWe will win the House,\u201d Rep. Jane Roe (D-Wash.) said.",
    "Senator Tom Hale, the No. 2 Republican in the Senate, said the vote would be close.",
])
def test_an_unknown_abbreviation_inside_a_sentence_does_not_end_it(text):
    assert texts(text) == [text]


def test_a_party_label_before_a_new_sentence_still_ends_it():
    assert texts("The bill passed, said Rep. Jane Roe (D-Wash.). The vote was close.") == [
        "The bill passed, said Rep. Jane Roe (D-Wash.).", "The vote was close."]


@pytest.mark.parametrize("text, n", [
    ("\u201cAlabama casts its votes for Donald J. Trump!\u201d Senator Jeff Sessions said.", 1),
    ("“We will vote for Jane Q. Public!” The delegates cheered.", 2),
])
def test_a_middle_initial_ends_no_sentence(text, n):
    assert len(split_sentences(text)) == n


def test_a_dateline_ending_in_a_state_abbreviation_is_metadata_and_the_lead_a_claim():
    """"SURREY, B.C. \u2014 A man ...": Punkt ends a sentence at "B.C."; the dash part is the lead, not a sentence."""
    from verify import analyze
    a = analyze("Man charged\n\nSURREY, B.C. \u2014 A 41-year-old man has been charged, police say.\n")
    kinds = [(c.kind, c.text) for c in a.claim_records]
    assert ("metadata", "SURREY, B.C.") in kinds
    assert any(c.text.startswith("A 41-year-old man") and c.source.name == "police" for c in a.claim_records)


def test_a_dateline_dash_typed_as_two_hyphens_after_a_province_is_no_sentence_start():
    """Wire copy types the dateline's dash as two hyphens ("HALIFAX, N.S. -- A nurse ..."): the lead after it is
    no sentence of its own, so the subject it names is met (a later surname and 'he' are that person) and no
    source phrase keeps the hyphens."""
    from verify import analyze
    text = ("Keeper stays on\n\nSAINT ANDREWS, N.B. -- For 30 years, Paul Arsenault has kept the harbour light.\n\n"
            "Arsenault, 64, is the last keeper on the bay, and he says he will not retire.\n\n"
            "MONCTON, N.B. -- Tidewater Shipping Ltd. has cut 40 jobs, the union said.\n")
    a = analyze(text)
    says = next(c for c in a.claim_records if c.text.startswith("he will not retire"))
    assert says.source.name == "Paul Arsenault"
    kinds = [(c.kind, c.text) for c in a.claim_records]
    assert ("metadata", "SAINT ANDREWS, N.B.") in kinds
    assert not any(c.source.name.startswith("-") for c in a.claim_records)


def test_a_sentence_ending_on_a_place_abbreviation_ends_there():
    """"... attacks in the U.S. He says ...": Punkt keeps one sentence because it knows "U.S."."""
    from verify.sentences import split_sentences
    text = "Cox says the mayor is trying to distract from the attacks in the U.S. He says voters are tired."
    assert [s.text for s in split_sentences(text)] == [
        "Cox says the mayor is trying to distract from the attacks in the U.S.", "He says voters are tired."]


@pytest.mark.parametrize("text", [
    "U.S. officials said the U.S. Senate would vote.",
    "Erdogan Is In Syria With A Green Light From The U.S. And Iran.",  # a title-case headline
])
def test_a_place_abbreviation_inside_a_sentence_ends_nothing(text):
    from verify.sentences import split_sentences
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_content_ending_on_an_abbreviation_keeps_its_stop():
    from verify import analyze
    [c] = [c for c in analyze("Trump called for a ban on Muslims entering the U.S.").claim_records]
    assert c.text.endswith("the U.S.")


def test_a_quoted_question_closed_by_its_described_speaker_is_one_sentence():
    """'"Is this the end?" Mr. Lee, a former aide, asked.': after a quoted question or exclamation, the speaker
    described between commas and a speech verb close it, as 'Mr. Lee asked' does; a new sentence that opens with
    a name and a comma but no speech verb after the description stays apart."""
    text = "\"Is this the end?\" Mr. Lee, a former aide to the mayor, asked. \"We lost the vote!\" Ruiz, the chair, wrote."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "\"Is this the end?\" Mr. Lee, a former aide to the mayor, asked.", "\"We lost the vote!\" Ruiz, the chair, wrote."]
    text = "\"We lost the vote!\" Ruiz, the chair, left the room. She was angry."
    assert [text[s.start:s.end] for s in split_sentences(text)][0] == "\"We lost the vote!\""

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


@pytest.mark.parametrize("text", [
    "\u201cWe will win the House,\u201d Rep. Jane Roe (D-Wash.) said.",
    "Senator Tom Hale, the No. 2 Republican in the Senate, said the vote would be close.",
])
def test_an_unknown_abbreviation_inside_a_sentence_does_not_end_it(text):
    assert texts(text) == [text]


def test_a_party_label_before_a_new_sentence_still_ends_it():
    assert texts("The bill passed, said Rep. Jane Roe (D-Wash.). The vote was close.") == [
        "The bill passed, said Rep. Jane Roe (D-Wash.).", "The vote was close."]

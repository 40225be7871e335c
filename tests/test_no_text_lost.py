"""No text of a sentence is lost: every word is in a claim, a cue or a source mention (or in the frame's own
circumstances after its cue), and the claim that recovers text carries the right source - the reporter for the
reporter's own words, never for an attribution. Sentences written for the test."""
import re

import pytest

from verify import analyze


def claims(text):
    return analyze(text).claim_records


def reporter_texts(text):
    return [c.text for c in claims(text) if c.source.type == "reporter" and c.kind == "claim"]


def attributed(text):
    return [c for c in claims(text) if c.source.type != "reporter"]


def uncovered_words(text):
    """Words in no claim, no cue, no source mention and no outer source of a chain."""
    cov = bytearray(len(text))
    for c in claims(text):
        spans = [(c.start, c.end)]
        spans += [(s.start, s.end) for s in (c.cue, c.source.mention) if s is not None]
        spans += [(s.start, s.end) for v in c.source.via_frames for s in (v.cue, v.mention) if s is not None]
        for a, b in spans:
            cov[a:b] = b"\x01" * (b - a)
    return [m.group() for m in re.finditer(r"[A-Za-z]+", text) if not any(cov[m.start():m.end()])]


@pytest.mark.parametrize("text, described", [
    ("\u201cThe plan will not survive the winter,\u201d said Tom Reyes, managing editor of the Valley Courier.",
     "managing editor of the Valley Courier"),
    ("\u201cWe were told to wait,\u201d said Sen. Ann Lee (D-Ore.), who voted against the first version of the bill.",
     "(D-Ore.), who voted against the first version of the bill"),
    ("\u201cIt will be hard to finish on time,\u201d said a longtime data expert who has worked for two governors.",
     "who has worked for two governors"),
    ("\u201cThe tax never had a chance,\u201d said Mara Quinn, author of \u201cThe Long Ledger,\u201d a history of the tax.",
     "author of \u201cThe Long Ledger,\u201d a history of the tax"),
])
def test_the_speaker_described_after_an_inverted_frame_is_the_reporters_claim(text, described):
    [c] = attributed(text)
    assert c.cue.text == "said" and c.text.startswith("\u201c")
    assert described in reporter_texts(text)
    assert uncovered_words(text) == []


def test_a_quotation_resumed_after_the_description_is_still_the_speakers():
    text = "\u201cWe will win,\u201d said Ann Lee, a lawyer, \u201cand we will win soon.\u201d"
    assert [c.text for c in attributed(text)] == ["\u201cWe will win,\u201d", "\u201cand we will win soon.\u201d"]
    assert reporter_texts(text) == ["a lawyer"]


@pytest.mark.parametrize("text, mention, described", [
    ("The talks collapsed on Friday, according to a person who attended the meeting in Geneva.",
     "a person", "who attended the meeting in Geneva"),
    ("The tower was never finished, according to a lawsuit filed in Denver by two former partners of the firm.",
     "a lawsuit filed", "in Denver by two former partners of the firm"),
])
def test_a_source_after_according_to_is_described_to_the_end_of_the_sentence(text, mention, described):
    [c] = attributed(text)
    assert (c.cue.text, c.source.mention.text, c.text) == ("according to", mention, text.split(",")[0])
    assert reporter_texts(text) == [described]
    assert uncovered_words(text) == []


def test_a_passive_cue_in_the_speakers_description_is_no_attribution():
    text = "\u201cEverything depends on the bank,\u201d said a local official who was quoted in a magazine article."
    [c] = attributed(text)
    assert (c.source.mention.text, c.text) == ("a local official", "\u201cEverything depends on the bank,\u201d")
    assert reporter_texts(text) == ["who was quoted in a magazine article"]


def test_the_speaker_goes_on_after_a_description_that_reports_a_view():
    text = ("\u201cThe crowds are bigger than ever,\u201d said Rep. Tom Reyes (D-Ore.), a longtime ally who argued "
            "that turnout would decide the race. \u201cWe have never seen lines like this.\u201d")
    last = claims(text)[-1]
    assert last.text == "\u201cWe have never seen lines like this.\u201d"
    assert last.source.name == "Tom Reyes"

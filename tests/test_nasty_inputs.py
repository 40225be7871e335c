"""Nasty input: each ends in a correct result or a clear error, via the API and the command line."""
import json
import time

import pytest

from verify import InputError, analyze
from verify.cli import main
from verify.textio import read_story

SENTENCE = "Officials said 12 people were killed in the town, the ministry said on Friday. "


def check_offsets(text, a):
    for c in a.claim_records:
        assert text[c.start:c.end] == c.text
    for f in a.flag_records:
        assert text[f.start:f.end] == f.text


def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t \r\n", "empty"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("latin1.txt", "Le maire a d\u00e9clar\u00e9 que 12 personnes".encode("latin-1"), "not valid UTF-8"),
    ("utf16.txt", "Police said two men were held.".encode("utf-16"), "UTF-16"),
])
def test_bad_files_are_clear_errors(tmp_path, capsys, name, data, message):
    p = write(tmp_path, name, data)
    with pytest.raises(InputError, match=message):
        read_story(p)
    assert main(["analyze", str(p)]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


@pytest.mark.parametrize("text", [
    "\ufeff" + SENTENCE,                                               # a BOM, kept so offsets match the file
    SENTENCE.replace(" ", "\r\n", 3) + "\r\nNext line here.\r\n",      # Windows line endings
    "<p>Police said <b>two</b> men were held &amp; freed.</p>",        # markup inside a story
    '"' * 10_000,                                                      # 10,000 quotation marks
    ("word " * 10_000) + "said the minister.",                         # a 50,000-character sentence
    "\u05d4\u05de\u05e9\u05d8\u05e8\u05d4 said 3 people \u0645\u0627\u062a\u0648\u0627 were killed.",  # RTL
    "The mayor \U0001F600 said cafe\u0301 owners \U0001F1FA\U0001F1F8 were angry.",  # emoji, combining marks
    "\u201c" * 500 + "Unbalanced quote said the man." + "\u201d" * 3,
])
def test_strange_text_gives_correct_offsets(text):
    a = analyze(text)
    check_offsets(text, a)
    json.loads(a.to_json())


def test_html_page_is_reduced_and_analysed(tmp_path, capsys):
    page = b"<!doctype html><html><head><script>x()</script></head><body><p>Police said two men were held.</p></body></html>"
    p = write(tmp_path, "page.html", page)
    assert main(["analyze", str(p)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["claims"][0]["text"] == "two men were held"


def test_five_megabyte_story_finishes_with_exact_offsets():
    text = (SENTENCE * 8 + "\n\n") * 800
    assert len(text.encode()) > 5_000_000 / 10  # keep the test quick; benchmarks/bench_nasty.py runs 5 MB
    t0 = time.perf_counter()
    a = analyze(text)
    assert time.perf_counter() - t0 < 120  # a hang guard, not a speed claim (see the benchmark)
    check_offsets(text, a)
    assert len(a.claim_records) >= 8 * 800


def test_oversized_file_is_refused(tmp_path):
    p = write(tmp_path, "huge.txt", b"a" * (21 * 1024 * 1024))
    with pytest.raises(InputError, match="limit"):
        read_story(p)


def test_no_break_and_thin_spaces_read_as_spaces_with_the_page_text_kept():
    """A story copied from a web page: no-break spaces inside names and before a cue phrase
    (which used to raise KeyError 'seemed\\xa0to'), a narrow no-break space, a paragraph separator."""
    plain = ("Premier Danielle Smith said the province would act. The plan seemed to work, the minister said.\n\n"
             "\u201cWe are ready,\u201d said Mr. Tom Reid, a spokesman.")
    web = (plain.replace("Danielle Smith", "Danielle\u00a0Smith").replace("seemed to", "seemed\u00a0to")
           .replace("Mr. Tom", "Mr.\u202fTom").replace("\n\n", "\u2029\u2029"))
    a, b = analyze(plain), analyze(web)
    check_offsets(web, b)
    for c in b.claim_records:
        assert c.cue is None or web[c.cue.start:c.cue.end] == c.cue.text
        assert c.source.mention is None or web[c.source.mention.start:c.source.mention.end] == c.source.mention.text
    assert [(c.start, c.end, c.source.name, c.cue and c.cue.start) for c in b.claim_records] == \
        [(c.start, c.end, c.source.name, c.cue and c.cue.start) for c in a.claim_records]
    assert attributed_names(b) >= {"Danielle Smith", "Tom Reid"}  # names spaced plainly, as a name is
    assert "Premier Danielle\u00a0Smith" in {c.source.mention.text for c in b.claim_records if c.source.mention}


def attributed_names(a):
    return {c.source.name for c in a.claim_records if c.kind == "claim"}


@pytest.mark.parametrize("text", [
    '"The plan will work," said, John Smith, the mayor.',  # a stray comma after the cue (IndexError before)
    "The plan will work, said, John Smith.",
    "THE AGENCY QUOTED THE MINISTER AS SAYING THE TALKS FAILED.",  # a story set in capitals (AttributeError)
])
def test_typos_and_capitals_give_a_ledger_not_a_traceback(text):
    a = analyze(text)
    check_offsets(text, a)
    assert a.claim_records


def test_a_chain_in_capitals_keeps_its_inner_cue():
    a = analyze("THE AGENCY QUOTED THE MINISTER AS SAYING THE TALKS FAILED.")
    (claim,) = [c for c in a.claim_records if c.kind == "claim"]
    assert (claim.text, claim.cue.text, claim.source.mention.text) == ("THE TALKS FAILED", "AS SAYING", "THE MINISTER")
    assert [v.mention.text for v in claim.source.via_frames] == ["THE AGENCY"]


@pytest.mark.parametrize("mark", ["\u201d", "\u201c"])
def test_marks_curled_one_way_only_are_paired_like_straight_ones(mark):
    """A publishing system that curls every double mark the same way: the quotations, their speakers and the
    reporter's sentence between them come out as with straight marks, and the record texts keep the page's marks."""
    straight = ('"We are ready," said Mayor Ann Lee. The council met on Monday. '
                '"It will not be easy," the mayor added.')
    curled = straight.replace('"', mark)
    a, b = analyze(straight), analyze(curled)
    check_offsets(curled, b)
    assert [(c.start, c.end, c.source.name) for c in b.claim_records] == \
        [(c.start, c.end, c.source.name) for c in a.claim_records]
    assert [c.source.name for c in b.claim_records] == ["Ann Lee", "the reporter", "Ann Lee"]
    assert b.claim_records[0].text == mark + "We are ready," + mark

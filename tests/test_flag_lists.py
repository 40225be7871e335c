"""The flag rules' word lists are data (verify/data/flag_lists.csv), not code: the file loads, every category the
code reads is present, the rules read them, and a row added to the file is honoured by the loader."""
import re

from verify import framing
from tests.lexicon_helpers import data_rows, with_row_added


def _rows():
    return data_rows("flag_lists.csv")


def test_every_row_has_a_term_a_category_and_a_reason():
    rows = _rows()
    assert rows and all(r["term"] and r["category"] and r["reason"] for r in rows)
    pairs = [(r["category"], r["term"]) for r in rows]
    assert len(pairs) == len(set(pairs)), "a word twice in one list"
    assert all(r["term"] == r["term"].lower() for r in rows)
    assert {r["category"] for r in rows} == {"casualty-event", "sponsored", "casualty-participle", "once-per-story",
                                             "doubt-modifier", "doubted-statement", "democrat-noun", "audience",
                                             "record-superlative"}


def test_the_module_lists_are_the_file_lists():
    lists = framing.flag_lists()
    assert framing.CASUALTY_EVENTS == set(lists["casualty-event"]) and "abducted" in framing.CASUALTY_EVENTS
    assert framing.DOUBT_MODIFIERS == frozenset(lists["doubt-modifier"]) and "so-called" in framing.DOUBT_MODIFIERS
    assert "full of holes" in framing.DOUBTED_STATEMENTS and "regime" in framing.ONCE_PER_STORY
    assert framing._CASUALTY_WORDS[:2] == ("killed", "slain") and framing.RECORD_SUPERLATIVES == {"worst", "greatest"}


def test_the_patterns_read_the_lists():
    assert re.search(framing._SPONSOR_END, "the state-funded channel") and not re.search(framing._SPONSOR_END, "well-fed")
    assert framing._DEMOCRAT_ADJECTIVE.search("The Democrat lawmakers met")
    assert framing._DEMOCRAT_ADJECTIVE.search("a Democrat congresswoman said")
    assert not framing._DEMOCRAT_ADJECTIVE.search("a Democrat from Ohio") and not framing._DEMOCRAT_ADJECTIVE.search("Democrat partying")
    assert framing._BELIEVE_AUDIENCE.search("They want the public to believe it was an accident")
    assert not framing._BELIEVE_AUDIENCE.search("They want the dog to believe it")


def test_a_sentence_is_flagged_through_the_lists():
    from verify.analysis import analyze
    flags = analyze("Officials want us to believe the plan works. The Democrat Party met on Monday.\n").flags
    assert {"democrat-adjective"} <= set(flags["rule"]) and any("believe" in r for r in flags["rule"])


def test_a_row_added_to_the_file_is_honoured(monkeypatch):
    with with_row_added(monkeypatch, "flag_lists.csv", "taxpayers,audience,whom a side is said to deceive,",
                        framing.flag_lists):
        assert framing.flag_lists()["audience"][-1] == "taxpayers"
    assert "taxpayers" not in framing.flag_lists()["audience"]

"""Unnamed sources introduced once ("people familiar with the matter", "a senior administration official") are
the same source when the story takes them up by their head noun ("the people said", "the official said"), not a
new vague "the people"; "the people" of a country are no such source."""
from verify import analyze


def _sources(text):
    return {c.text: c.source for c in analyze(text).claim_records if c.kind == "claim"}


def test_the_people_are_the_people_familiar_named_before():
    got = _sources("Acme is exploring a sale of its logistics unit, Bloomberg reported, citing people familiar with "
                   "the matter. No decision has been made, the people said.")
    assert got["No decision has been made"].name == "people familiar with the matter"
    assert got["No decision has been made"].type == "anonymous"


def test_the_official_is_the_official_described_before():
    got = _sources("A senior administration official said the talks would resume in May. The official said the "
                   "date was not final.")
    assert got["the date was not final"].name == "senior administration official"


def test_the_people_of_a_country_are_no_source_who_knows():
    got = _sources("Two residents said the water was unsafe. The people want answers, the mayor said.")
    assert got["The people want answers"].name == "mayor"
    a = analyze("Some residents said the water was unsafe. Critics say the people deserve answers.")
    assert all(c.source.name != "Some residents" for c in a.claim_records if "deserve" in c.text)

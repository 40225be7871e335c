"""Quote speakers in Canadian news, third round: full names whose first name no list knows, people who speak
together, descriptions set off after a name, a possessive description before one, provincial datelines, short last
sentences of a quotation, frames nested in a relative clause on the subject, and cues before a colon."""
from verify import analyze
from verify.sentences import split_sentences
from verify.sources import canonical_name

from tests.ledger_helpers import attributed, claim_starting


def _speakers(text):
    return [(c.source.name, c.source.mention.text if c.source.mention else None, c.text) for c in attributed(text)]


def test_a_provincial_dateline_with_its_agency_is_one_dateline():
    text = "KAMLOOPS, B.C. (CP) \u2014 Crews held the fire line overnight, the fire chief said."
    assert len(split_sentences(text)) == 1
    a = analyze(text)
    assert a.claim_records[0].kind == "metadata" and a.claim_records[0].text == "KAMLOOPS, B.C. (CP)"
    assert a.claim_records[1].text == "Crews held the fire line overnight"
    text = "SURREY, B.C. \u2014 A B.C. Supreme Court judge denied bail on Friday. She moved to B.C. The firm said no."
    assert [s.text for s in split_sentences(text)] == [
        "SURREY, B.C. \u2014 A B.C. Supreme Court judge denied bail on Friday.", "She moved to B.C.", "The firm said no."]

"""A headline writes its verb in the base form: a capitalised name followed by a lower-case word no source lexicon
knows ('trade') has its verb in that word, so the cue after it is no frame, and the story's body keeps the body's own
name. Stories written for the test."""
from verify import analyze

from tests.ledger_helpers import claim_starting

STORY = ("Late sailings leave islanders stranded as union, Harbour Ferries trade blame\n\n"
         "NANAIMO - Dozens of travellers waited overnight at the terminal after four sailings were cancelled.\n\n"
         "According to Harbour Ferries, service will resume on Monday. The company said passengers would get refunds.\n")


def test_a_headline_verb_is_not_the_end_of_a_name():
    a = analyze(STORY)
    headline = claim_starting(a, "Late sailings leave")
    assert headline.source.type == "reporter"
    assert claim_starting(a, "service will resume").source.name == "Harbour Ferries"
    assert claim_starting(a, "passengers would get refunds").source.name == "Harbour Ferries"


def test_a_plural_of_people_before_the_headline_cue_still_speaks():
    a = analyze("Pipeline protesters blast premier over new permits\n\nThe rally drew about 300 people on Friday.\n")
    c = claim_starting(a, "premier over new permits")
    assert c.source.name == "Pipeline protesters"
    assert c.cue.text == "blast"

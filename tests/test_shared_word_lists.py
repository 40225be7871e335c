"""Word lists several readers share have one definition; these tests pin what each reader does with it, on
sentences written for the test."""
import pytest

from verify.sources import classify

from tests.ledger_helpers import attributed, claim_of


@pytest.mark.parametrize("phrase", ["a person familiar with the plan", "a person knowledgeable about the plan",
                                    "people privy to the talks", "an official with direct knowledge of the deal",
                                    "two aides briefed on the matter"])
def test_who_know_link_makes_an_unnamed_source(phrase):
    assert classify(phrase) == "anonymous"


@pytest.mark.parametrize("text, source", [
    ("Two sources knowledgeable about the plan said the vote would be delayed.", "Two sources knowledgeable about the plan"),
    ("Two officials with knowledge of the talks said the vote would be delayed.", "Two officials with knowledge of the talks"),
    ("The vote will be delayed, said an official with knowledge of talks in Geneva.",
     "an official with knowledge of talks in Geneva"),
    # too long to keep whole: the phrase stops after what the official knows of, not inside the link
    ("The vote will be delayed, said an official with direct knowledge of talks in Geneva.",
     "an official with direct knowledge of talks"),
])
def test_who_know_source_keeps_what_it_knows_of(text, source):
    assert claim_of(text)[0] == source


@pytest.mark.parametrize("opening", ["But", "Now", "Even", "Still"])
def test_opening_conjunction_is_no_part_of_a_polls_finding(opening):
    [c] = attributed(f"{opening} the governor leads the race by nine points in a new Marist poll.")
    assert (c.cue.text, c.text) == ("in", "the governor leads the race by nine points")


@pytest.mark.parametrize("opening", ["But", "Meanwhile", "Also", "Yet"])
def test_opening_conjunction_is_no_part_of_the_source(opening):
    assert claim_of(f"{opening} Regional Chair Ann Lowe said the levy would rise.") == (
        "Regional Chair Ann Lowe", "said", "the levy would rise")


def test_title_case_tests_share_one_word_count():
    from verify.sentences import in_title_case, long_words
    from verify.sources import is_title_case
    line = "Mayor Says Bridge Will Reopen before Winter Storms"  # one long word of seven lowercase
    assert in_title_case(long_words(line))  # enough for the sentence splitter's four in five
    assert not in_title_case(long_words(line), share=1.0)
    assert not is_title_case(line.split())  # a first line's names are cut only under a headline set all in capitals
    assert is_title_case("Mayor Says Bridge Will Reopen Before Winter Storms".split())
    assert not is_title_case("Jane Smith Said No".split()[:3])  # fewer than four capitals


def test_short_title_case_headline_is_matched_in_framing():
    from verify.framing import _title_case_headline_end
    text = "The Cunning Spy\n\nThe agency denied the report.\n"
    assert _title_case_headline_end(text) == text.index("\n")


@pytest.mark.parametrize("answer, flagged", [
    ("The mayor replied that it had not.", False),
    ("The mayor wrote that it had not.", False),
    ("The mayor explained that it had not.", False),
    ("The mayor wondered whether it had.", True),  # a speech verb, but no answer: the question stays the reporter's
])
def test_answer_verbs_come_from_the_cue_lexicon(answer, flagged):
    from verify import analyze
    text = "Did the city ever really pay the fee? " + answer
    rules = [f.rule for f in analyze(text).flag_records]
    assert ("rhetorical-question" in rules) == flagged


# framing takes a sentence's bounds from verify.sentences (the Punkt sentences analyze() has), not its own patterns
def test_rhetorical_question_runs_past_an_honorific():
    from verify import analyze
    text = "How did a plan rejected twice by voters ever reach Mr. Lopez's desk?"
    [f] = [f for f in analyze(text).flag_records if f.rule == "rhetorical-question"]
    assert f.text == text and f.voice == "reporter"


def test_question_inside_a_quotation_is_the_speakers():
    from verify import analyze
    text = "The new ad says \u201cTaxes went up again. ... Do voters really want four more years of that?\u201d"
    assert [f for f in analyze(text).flag_records if f.rule == "rhetorical-question"] == []


def test_doubted_statement_keeps_an_honorific():
    from verify import analyze
    text = "Dr. Lopez's account of the night does not add up."
    [f] = [f for f in analyze(text).flag_records if f.rule == "lexicon:does not add up"]
    assert f.text == "Dr. Lopez's account of the night does not add up"


@pytest.mark.parametrize("text, span, rule, reason", [
    ("Three protesters were killed on Friday.", "were killed", "casualty-passive",
     "casualty passive hides who did it (by whom?)"),
    ("It was the worst storm in history, residents said.", "the worst storm in history", "hyperbole",
     "superlative stretched to all of history: exaggeration"),
])
def test_pattern_rules_keep_their_wording(text, span, rule, reason):
    from verify.framing import _hyperbole_flags, _passive_flags
    rows = _passive_flags(text) + _hyperbole_flags(text)
    assert [(text[s:e], r, why) for s, e, _, r, why, _, _ in rows] == [(span, rule, reason)]


@pytest.mark.parametrize("opening", ["But", "Meanwhile", "Still"])
def test_it_is_the_organisation_opening_the_sentence_before_after_a_conjunction(opening):
    text = f"The storm hit the coast on Friday. {opening} the Red Cross opened three shelters. It said more would open."
    [c] = attributed(text)
    assert c.text == "more would open" and "organisation-subject-before" in c.source.rule
    assert c.source.name.endswith("Red Cross") and c.source.type == "organization"


@pytest.mark.parametrize("opening", ["But", "So", "Yet"])
def test_second_frame_after_an_opening_while_clause(opening):
    from tests.ledger_helpers import attributed
    text = f"{opening} while one union says the deal is fair, another says it cuts pay."
    assert [(c.cue.text, c.text) for c in attributed(text)] == [("says", "the deal is fair"), ("says", "it cuts pay")]


def test_aside_reader_survives_an_opening_of_punctuation_only():
    from verify import analyze
    # the opening phrase strips to nothing: no source, no IndexError (found by the property test)
    assert [(c.source.type, c.text) for c in analyze("- , sAID").claim_records] == [("reporter", "- , sAID")]

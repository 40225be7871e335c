"""Genres the training corpora lack, fifth review (a science study, a court ruling, quarterly results, a football
match): each rule on sentences written for the test."""
import pytest

from verify import analyze


def _flags(text, rule=None):
    a = analyze(text)
    return [(f.text, f.rule) for f in a.flags.itertuples() if rule is None or f.rule == rule]


def _figures(text):
    return [(q.text, q.value) for q in analyze(text).quantities.itertuples()]


@pytest.mark.parametrize("text, quoted", [
    ('An analyst at Pell & Co. downgraded the shares to "hold" from "buy" on Monday.', ['"hold"', '"buy"']),
    ('Morrow Bank upgraded the retailer to "outperform" and raised its price target.', ['"outperform"']),
    ('The broker kept its "overweight" rating on the stock.', ['"overweight"']),
])
def test_a_quoted_rating_is_a_label_not_scare_quotes(text, quoted):
    assert _flags(text, "scare-quotes") == []


def test_a_quoted_word_outside_a_rating_is_still_scare_quotes():
    """The exception needs both a rating word and a rating context: other single quoted terms stay flagged."""
    assert _flags('Prices of "buy" orders rose.', "scare-quotes") == [('"buy"', "scare-quotes")]
    assert _flags('Lenders downgraded the bonds after the "reset" of its brands.', "scare-quotes") \
        == [('"reset"', "scare-quotes")]


@pytest.mark.parametrize("text", [
    "The home side won in front of a sellout crowd of 31,000.",
    "The band played two sellout shows at the arena.",
    "It was the club's fifth sellout game of the season.",
])
def test_sellout_before_a_crowd_or_a_show_is_no_label(text):
    assert [f for f in _flags(text) if f[1].startswith("lexicon:sellout")] == []


def test_sellout_for_a_person_is_still_a_label():
    assert ("sellout", "lexicon:sellout*") in _flags("Protesters called the senator a sellout.")


@pytest.mark.parametrize("text, value", [
    ("Revenue slipped 3 percent to $4.1 billion.", 4_100_000_000.0),
    ("The deal is worth $2.3m to the club.", 2_300_000.0),
    ("Sales reached 1.15 billion units last year.", 1_150_000_000.0),
    ("The firm paid $48 million.", 48_000_000.0),
])
def test_a_decimal_figure_times_its_scale_is_exact(text, value):
    assert value in [v for _, v in _figures(text)]


@pytest.mark.parametrize("text", [
    "Analysts polled by Marketline had expected earnings of 90 cents a share.",
    "Economists surveyed by Dow Financial expected the jobless rate to hold at 4 percent.",
])
def test_a_group_polled_by_a_named_survey_is_no_weasel_word(text):
    assert _flags(text, "vague-source") == []


def test_an_unnamed_group_of_analysts_is_still_vague():
    assert _flags("Analysts had expected earnings of 90 cents a share.", "vague-source") != []


def _source_of(text, content_start):
    a = analyze(text)
    c = next(c for c in a.claim_records if c.kind == "claim" and c.start <= text.index(content_start) < c.end)
    return c.source.name, c.source.type


def test_the_club_is_not_the_league_named_last():
    """A member's description ('the club') never takes up the league or federation that governs it."""
    text = ("Dunmore Athletic won 3-0 on Sunday. The Northern League said it would review a red card. "
            "The club said the crowd was its largest of the season.")
    assert _source_of(text, "the crowd was")[0] != "Northern League"


def test_the_club_takes_up_the_club_that_spoke_before_the_league():
    text = ("Dunmore Football Club said its captain would miss a month. The Northern League said it would review a red "
            "card. The club said the crowd was its largest of the season.")
    assert _source_of(text, "the crowd was")[0] == "Dunmore Football Club"



def test_a_lede_description_is_the_person_named_below_with_that_title():
    """Delayed identification: the lede says 'A federal judge', a later paragraph 'U.S. District Judge ...'."""
    text = ("Court Halts Pipeline Permit\n\nA federal judge on Monday blocked a pipeline permit, saying regulators "
            "had skipped a required review.\n\nU.S. District Judge Thomas Brennick wrote that the agency had acted "
            "too quickly.")
    assert _source_of(text, "regulators had skipped")[0] == "Thomas Brennick"


def test_a_lede_description_with_two_holders_of_the_title_stays_unnamed():
    text = ("Court Halts Pipeline Permit\n\nA federal judge on Monday blocked a pipeline permit, saying regulators "
            "had skipped a required review.\n\nU.S. District Judge Thomas Brennick wrote that the agency had acted "
            "too quickly. U.S. District Judge Alma Ruiz ruled otherwise last year.")
    assert _source_of(text, "regulators had skipped")[0] not in ("Thomas Brennick", "Alma Ruiz")


@pytest.mark.parametrize("text, source", [
    ("A federal judge on Monday blocked the permit, saying regulators had skipped a review.", "federal judge"),
    ("The appeals court on Tuesday sided with the city, saying the ordinance was lawful.", "appeals court"),
])
def test_a_weekday_after_the_subject_is_no_part_of_the_source(text, source):
    """'A federal judge on Monday blocked ..., saying C': the day is when the subject acted, not its name."""
    name = _source_of(text, text.split("saying ")[1][:12])[0]
    assert name == source and "day" not in name

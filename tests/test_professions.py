"""People named by a field they study ("-ologist") are unnamed people, not a body or a person called so, also when
the word opens the sentence; a capitalised field in a body's name stays the body's."""
import pytest

from tests.ledger_helpers import attributed
from verify.sources import classify


@pytest.mark.parametrize("phrase", ["Geologists", "Hydrologists", "a Toronto epidemiologist", "two seismologists"])
def test_one_who_studies_a_field_is_an_unnamed_person(phrase):
    assert classify(phrase) == "anonymous"


def test_a_quantifier_still_makes_them_vague():
    assert classify("Several geologists") == "vague"


def test_a_field_in_a_bodys_name_is_the_body():
    assert classify("the Royal Society of Biologists") == "organization"


def test_a_profession_opening_the_sentence_speaks_as_unnamed_people():
    [c] = attributed("Volcanologists warned on Monday that the summit could collapse.")
    assert c.source.mention.text == "Volcanologists" and c.source.type == "anonymous"
    assert c.text == "the summit could collapse"


def test_a_headline_drops_the_article_before_a_governed_place():
    """'Province announces 10-year plan': the province's government, as 'the province announced' is; no person."""
    from verify.sources import classify
    assert classify("Province") == classify("City") == classify("the province") == "organization"
    [c] = attributed("Province announces plan to hire 500 nurses\n\nThe plan was released on Monday.")[:1]
    assert c.source.mention.text == "Province" and c.source.type == "organization"

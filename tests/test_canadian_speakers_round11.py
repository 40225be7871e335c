"""Quote speakers in Canadian news, eleventh round: a participle after a preposition ("In written reasons"), a thing
"found" in a place, a figure that is the object of a relative clause, a name set off after a possessive and a role
("Homan's third, Tracy Fleury,"), and a curling skip as an epithet for the player named last."""
from tests.ledger_helpers import attributed


def test_a_participle_after_a_preposition_is_no_cue():
    """'In written reasons released Monday, Justice Ana Marie de Souza found that C': 'written' modifies 'reasons';
    the judge found, no speaker called 'In'."""
    text = ("In written reasons released Monday, Superior Court Justice Ana Marie de Souza found that the "
            "officers had no grounds for the search.")
    cs = attributed(text)
    assert [c.source.name for c in cs] == ["Ana Marie de Souza"]
    assert cs[0].cue.text == "found" and cs[0].text == "the officers had no grounds for the search"
    cs = attributed("The board approved the plan with written consent from the owners.")
    assert cs == []


def test_an_irregular_participle_after_a_number_stays_a_cue():
    """'"C," Mr. Olsen, 71, told me.': only a preposition makes 'told' an adjective, not an age."""
    cs = attributed("\u201cI never missed a shift,\u201d Mr. Olsen, 71, told me.")
    assert cs[0].source.name == "Olsen" and cs[0].cue.text == "told"


def test_a_thing_found_in_a_place_is_no_finding():
    """'charged with possessing a rifle found in the trunk.': where it was found; 'The audit found in 2019 that
    C' is still a finding."""
    cs = attributed("Marsh was charged with possessing a loaded rifle found in the trunk.")
    assert cs == []
    cs = attributed("The audit found in 2019 that staff had skipped inspections.")
    assert cs[0].source.name == "audit" and cs[0].text == "staff had skipped inspections"


def test_a_figure_before_a_relative_clause_is_no_source():
    """'lower than the 5.5 per cent staff first proposed, but trustees said C': the figure is what staff proposed;
    the trustees speak. '52 per cent of parents said' is still a share that speaks."""
    text = ("The increase is lower than the 5.5 per cent staff first proposed in March, but trustees said they "
            "had cut all they could.")
    cs = attributed(text)
    assert [c.source.name for c in cs][-1] == "trustees"
    assert all("per cent" not in c.source.name for c in cs)
    cs = attributed("About 52 per cent of parents said the fee was too high.")
    assert cs[0].source.name.endswith("parents") and cs[0].cue.text == "said"


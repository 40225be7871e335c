"""Quote speakers in Canadian news, seventh round: compound given names (Marie-Philip, Jean-Luc), a person named
with a role after a description set off before the name, and a trial's lawyers called by their side alone."""
from verify.sources import first_names

from tests.ledger_helpers import attributed


def test_a_compound_given_name_stays_whole_on_a_later_surname():
    """A player named in a sentence without a speech verb, then quoted by surname: the full compound name."""
    cs = attributed("Forward Anne-Sophie Leclair scored twice on Saturday.\n\n"
                    "\u201cWe finally found our legs,\u201d Leclair said.")
    assert [c.source.name for c in cs] == ["Anne-Sophie Leclair"]
    cs = attributed("The goal came off a rebound from Jean-Luc Tardif in the third period. "
                    "Tardif said he had waited all season for it.")
    assert cs[-1].source.name == "Jean-Luc Tardif"
    names = first_names()
    assert "marie-philip" in names and names.get("marie-philip") == names.get("marie")
    assert "marie-xyzzy" not in names

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


def test_a_description_then_a_role_and_a_name_set_off_is_the_named_person():
    """'His coworker, night nurse Omar Haddad, said': Omar Haddad, not an unnamed coworker; a group 'including'
    someone stays the group."""
    cs = attributed("His coworker, night nurse Omar Haddad, said the ward had been short-staffed for weeks.")
    assert cs[0].source.name == "Omar Haddad" and cs[0].source.type == "person"
    cs = attributed("Their neighbour, retired welder Omar Haddad, said the basement flooded twice.")
    assert cs[0].source.name == "Omar Haddad" and "appositive-name" in cs[0].source.rule
    cs = attributed("Several parents, including nurse Omar Haddad, said the bus was late again.")
    assert cs[0].source.name != "Omar Haddad"


def test_defence_counsel_without_an_article_is_the_defence_lawyer_named_before():
    """'Her lawyer, Tom Reyes, ... Defence counsel said' and 'Crown attorney ... Crown counsel said'."""
    text = ("Her lawyer, Tom Reyes, asked for a conditional sentence. Crown attorney Priya Nair asked for two years.\n\n"
            "Defence counsel said they would consider an appeal. Crown counsel said the ruling was fair.")
    cs = attributed(text)
    assert [c.source.name for c in cs[-2:]] == ["Tom Reyes", "Priya Nair"]
    assert cs[-2].source.mention.text == "Defence counsel"
    # two defence lawyers named: no guess
    text = ("Defence lawyer Tom Reyes asked for bail. His co-accused's lawyer, Ben Cho, said he agreed.\n\n"
            "Defence counsel said the delay was unfair.")
    assert attributed(text)[-1].source.name not in ("Tom Reyes", "Ben Cho")

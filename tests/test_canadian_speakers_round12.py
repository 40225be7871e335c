"""Quote speakers in Canadian news, twelfth round: a spouse named by first name only after a possessive, company
suffixes without a period and French public bodies, a description with the body's name set off after it, the
registry's name for a body written in full, and 'it' for a body named earlier in the same sentence."""
from tests.ledger_helpers import attributed


def test_a_spouse_after_a_possessive_keeps_only_the_first_name():
    """'Lund's husband, Brent, said': a spouse's surname may differ, so the first name alone; a brother keeps the
    family's surname, and a full name the story wrote before is taken."""
    text = "Kerri Lund skipped the rink. Lund\u2019s husband, Brent, said the week had been emotional."
    assert attributed(text)[-1].source.name == "Brent"
    text = "Kerri Lund skipped the rink. Lund\u2019s brother, Brent, said the week had been emotional."
    assert attributed(text)[-1].source.name == "Brent Lund"
    text = ("Kerri Lund and Brent Moore came to the rink. Lund\u2019s husband, Brent, said the week had been "
            "emotional.")
    assert attributed(text)[-1].source.name == "Brent Moore"
    text = ("Kerri Lund skipped the rink. Lund\u2019s wife, Anne, said the week had been emotional. Anne Moreau "
            "said she cried at the last end.")
    assert [c.source.name for c in attributed(text) if c.cue] == ["Anne Moreau", "Anne Moreau"]


def test_a_company_suffix_without_a_period_and_french_bodies_are_organisations():
    """'Mosaic Co said', 'The Tribunal administratif du logement said': a company suffix (Co, Corp, Inc, Ltd) and a
    French body word (Tribunal, Régie) make a body, not a person called so."""
    cs = attributed("Prairie Potash Co said it would cut 400 jobs at its mines.")
    assert (cs[0].source.name, cs[0].source.type) == ("Prairie Potash Co", "organization")
    cs = attributed("The Tribunal administratif du logement said the landlord had no grounds for the eviction.")
    assert (cs[0].source.name, cs[0].source.type) == ("Tribunal administratif du logement", "organization")
    cs = attributed("The Régie du logement ruled that the increase was too high.")
    assert cs[0].source.type == "organization"
    cs = attributed("\u201cWe will appeal,\u201d Prairie Potash Co spokesperson Ben Pratt said.")
    assert (cs[0].source.name, cs[0].source.type) == ("Ben Pratt", "person")


def test_a_body_named_after_its_description_is_the_source():
    """'The union, Unifor Local 444, said': the name set off after a description of a body is the source, as 'The
    manufacturer, Nutrigen Ltd., said' is; also after a possessive ('Their union, ...') and for a name that alone
    reads as a person's ('The company, Prairie Grain,'); not a person's name, nor a name before a cue."""
    cs = attributed("The union, Unifor Local 444, said the workers would strike on Friday.")
    assert (cs[0].source.name, cs[0].source.type) == ("Unifor Local 444", "organization")
    cs = attributed("Their union, Unifor, said the talks had failed.")
    assert (cs[0].source.name, cs[0].source.type) == ("Unifor", "organization")
    cs = attributed("The company, Prairie Grain, said it would appeal the ruling.")
    assert (cs[0].source.name, cs[0].source.type) == ("Prairie Grain", "organization")
    cs = attributed("The company, John Smith, said it would appeal the ruling.")
    assert cs[0].source.type == "person"
    cs = attributed("The board, Smith said, would meet Tuesday.")
    assert {c.source.type for c in cs} == {"person"}


def test_it_takes_up_the_body_opening_a_clause_earlier_in_its_sentence():
    """'... after Harbour Ferries cancelled two sailings because of what it called a crew shortage': the body that
    is the subject of the adverbial clause before the 'it' speaks; not a body that is an object ('fined ...')."""
    text = ("Passengers were stranded Monday after Harbour Ferries cancelled two sailings because of what it called "
            "a crew shortage.")
    cs = [c for c in attributed(text) if c.cue]
    assert cs[0].source.name == "Harbour Ferries" and cs[0].cue.text == "called"
    assert cs[0].text == "a crew shortage"
    text = "The ministry fined Harbour Ferries last month for what it called a safety lapse."
    cs = [c for c in attributed(text) if c.cue]
    assert cs[0].source.name != "Harbour Ferries"


def test_a_name_written_later_replaces_a_phrase_read_as_the_name():
    """'Ferry workers at Coastal Ferries Terminal said ... Coastal Ferries said': the earlier phrase holds lower-case
    words no body's name has, so the name written later becomes the body's name, not the phrase read before; a
    full name with particles ('Bank of Canada' -> 'the Bank') still takes its short form."""
    text = ("Sailings were cancelled Monday. Ferry workers at Coastal Ferries Terminal said the crews were short. "
            "Coastal Ferries said it would add staff.")
    cs = [c for c in attributed(text) if c.cue]
    assert cs[-1].source.name == "Coastal Ferries"
    text = "The Prairie Bank of Commerce said rates would rise. Prairie Bank said it would hire 40 tellers."
    cs = [c for c in attributed(text) if c.cue]
    assert [c.source.name for c in cs] == ["Prairie Bank of Commerce"] * 2


def test_their_union_before_the_union_is_named_is_the_one_union_of_the_story():
    """'Their union said C ... Unifor Local 444 represents ...': labour copy may name the union only after the
    pronoun; the one union the story names is it. Two unions, or none: the bare 'union' stays."""
    text = ("The workers walked off the job Monday. Their union said the talks had failed. Unifor Local 444 "
            "represents 900 workers at the plant.")
    cs = [c for c in attributed(text) if c.cue]
    assert cs[0].source.name == "Unifor Local 444" and cs[0].text == "the talks had failed"
    text = ("The workers walked off the job Monday. Their union said the talks had failed. Unifor Local 444 and "
            "CUPE Local 79 represent the workers.")
    cs = [c for c in attributed(text) if c.cue]
    assert cs[0].source.name == "union"

"""Quote speakers in Canadian news, thirteenth round: a body named after a description with a phrase after its head,
a person named first only in the possessive, a headline's capitalised common noun, and a data provider after
'according to' when the verb before it has its object in front of it."""
from tests.ledger_helpers import attributed


def test_a_body_named_after_a_description_with_a_phrase_after_its_head():
    """'The union representing workers there, UFCW Local 832, said': the head of the description is 'union' (a
    participle, 'that', 'responsible for' follows it), so the name set off after it is the source; a person's name
    after a description of a person stays the person."""
    text = ("Prairie Grain Ltd. will close its plant in Brandon. The union representing workers there, Unifor Local "
            "594, said about 90 people would lose their jobs.")
    cs = [c for c in attributed(text) if c.cue]
    assert (cs[-1].source.name, cs[-1].source.type) == ("Unifor Local 594", "organization")
    assert cs[-1].text == "about 90 people would lose their jobs"
    text = ("Harbour Foods Inc. raised prices. The union representing the drivers, the Ontario Drivers' Association, "
            "said it would file a grievance.")
    cs = [c for c in attributed(text) if c.cue]
    assert (cs[-1].source.name, cs[-1].source.type) == ("Ontario Drivers' Association", "organization")
    cs = attributed("The lawyer representing the family, Sarah Klein, said they would appeal the ruling.")
    assert (cs[-1].source.name, cs[-1].source.type) == ("Sarah Klein", "person")


def test_a_full_name_in_the_possessive_is_the_person_a_shared_surname_stays_with():
    """'For families like Lise Cormier's ... Her father, Rénald Cormier, ... said Cormier, who lives with her
    father': the bare surname is the person named first, also when she was named only in the possessive; not a
    possessive that anchors a relative or a role ('Paul Girard's doctor', 'Paul Girard's wife')."""
    text = ("For families like Lise Cormier\u2019s, the closure is frightening. Her father, R\u00e9nald Cormier, 81, "
            "has a heart condition.\n\n\u201cWe would have to drive across the city,\u201d said Cormier, who lives "
            "with her father in Dieppe.")
    cs = [c for c in attributed(text) if c.cue]
    assert (cs[-1].source.name, cs[-1].cue.text) == ("Lise Cormier", "said")
    text = ("Paul Girard\u2019s doctor, Anne Girard, has treated him for years. \u201cHe is doing well,\u201d "
            "Girard said.")
    cs = [c for c in attributed(text) if c.cue]
    assert cs[-1].source.name == "Anne Girard"


def test_a_headline_opening_with_a_common_noun_gives_no_person():
    """'Emergency room at Moncton hospital to close, citing nurse shortage' over a story writing 'emergency' in lower
    case: the headline's first word is a common noun capitalised as the line opens, not a person who cites."""
    text = ("Emergency room at Moncton hospital to close overnight, citing nurse shortage\n\n"
            "MONCTON, N.B. \u2014 The emergency department will close overnight for two weeks, the health network "
            "said Monday.")
    cs = attributed(text)
    assert not any(c.source.type == "person" for c in cs)
    assert [c.source.name for c in cs if c.cue][-1] == "health network"


def test_according_to_a_data_provider_after_a_verb_with_its_object_before_it():
    """'short of the 74 cents analysts had expected, according to LSEG data': 'expected' has its object before it
    (a reduced relative clause), so it says nothing after it; the sentence is the data provider's, as 'C, according
    to Y' is. A verb with a content of its own keeps its frame, with Y as the outer source."""
    text = ("On an adjusted basis, the company earned 68 cents a share, short of the 74 cents analysts had expected, "
            "according to LSEG data.")
    cs = [c for c in attributed(text) if c.cue]
    assert len(cs) == 1 and (cs[0].source.name, cs[0].cue.text) == ("LSEG data", "according to")
    assert cs[0].text == ("On an adjusted basis, the company earned 68 cents a share, short of the 74 cents analysts "
                          "had expected")
    text = "Sales rose 4 per cent, more than analysts had forecast, according to Refinitiv data."
    cs = [c for c in attributed(text) if c.cue]
    assert (cs[0].source.name, cs[0].cue.text) == ("Refinitiv data", "according to")
    cs = [c for c in attributed("Smith said the plan would fail, according to a report by CBC News.") if c.cue]
    assert (cs[0].source.name, cs[0].text) == ("Smith", "the plan would fail")


def test_a_description_of_a_body_with_a_preposition_or_clause_after_its_head_is_no_source_phrase():
    """'The agency responsible for the park, Parks Canada, said': the source phrase is the whole description, not
    'the park' after its last preposition, so the name set off after it speaks; also a name with its article
    ('the Ontario Nurses' Association'), which is then no claim of the reporter's. A person stays the person."""
    cs = [c for c in attributed("The agency responsible for the park, Parks Canada, said the trail would reopen.")
          if c.cue]
    assert (cs[0].source.name, cs[0].source.type) == ("Parks Canada", "organization")
    cs = attributed("The company that owns the mine, Teck Resources, said the spill was contained.")
    assert [(c.source.name, c.text) for c in cs] == [("Teck Resources", "the spill was contained")]
    cs = attributed("The union representing the drivers, the Ontario Drivers' Association, said it would appeal.")
    assert [(c.source.name, c.text) for c in cs] == [("Ontario Drivers' Association", "it would appeal")]
    cs = attributed("The man responsible for the fire, Tom Reid, said he was sorry.")
    assert [c.source.name for c in cs if c.cue] == ["Tom Reid"]

"""A definite description names its body by the kind of body it is: "the department" is the Department of Health
named before, not the county or firm named last."""
from verify import analyze


def _sources(text):
    return [(c.text, c.source.name) for c in analyze(text).claim_records if c.cue is not None]


def test_the_department_is_the_department_named_before_not_the_last_body():
    text = ("Cases rose to 40, the city Department of Health said. Harbor County reported six cases. "
            "Clinics gave 900 doses last week, the department said.")
    assert ("Clinics gave 900 doses last week", "city Department of Health") in _sources(text)


def test_without_a_body_of_that_kind_the_last_body_is_kept():
    text = "Orion Corp. said profits fell. The firm declined to give a forecast."
    srcs = _sources(text)
    assert srcs[-1][1] == "Orion Corp"


def test_the_same_description_twice_is_the_same_body():
    """'the company said C ... The company declined to D': the company named before (Vexa Inc.), both times, not
    the research firm named in between."""
    text = ("Vexa Inc. unveiled a tablet on Monday. It will cost $300, the company said. "
            "The tablet sold 2 million units, according to research firm Omdia. "
            "The company declined to say how much it spent.")
    srcs = _sources(text)
    assert srcs[-1][1] == srcs[0][1] == "Vexa"

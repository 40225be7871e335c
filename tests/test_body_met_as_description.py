"""A body the story first meets as a description ("the country's civil defence agency") is the same body when the
story takes it up by its head ("The agency said") and by the name it says the body is known by ("known as INDECI")."""
from verify import analyze

STORY = ("The death toll rose to 43, the country's civil defence agency said on Sunday.\n\n"
         "The agency, known as INDECI, said 18 people were still missing.\n\n"
         "A spokesman for the housing ministry said families would be moved.\n\n"
         "By Saturday evening the toll had risen to 31, INDECI said.")


def _sources_of(story):
    a = analyze(story)
    return {c.text: c.source for c in a.claim_records if c.kind == "claim" and c.source.type != "reporter"}, a


def test_the_head_of_a_description_takes_up_the_body_it_described():
    by_text, _ = _sources_of(STORY)
    first = by_text["The death toll rose to 43"]
    assert by_text["18 people were still missing"].name == first.name == "country's civil defence agency"
    assert by_text["18 people were still missing"].mention.text == "The agency"


def test_a_name_the_body_is_known_by_becomes_its_alias():
    by_text, a = _sources_of(STORY)
    assert by_text["By Saturday evening the toll had risen to 31"].name == "country's civil defence agency"
    row = a.sources[a.sources.name == "country's civil defence agency"].iloc[0]
    assert "INDECI" in row.aliases and "agency" in row.aliases


def test_another_head_is_another_body():
    by_text, _ = _sources_of("The death toll rose to 43, the country's civil defence agency said.\n\n"
                             "The ministry said 18 people were missing.")
    assert by_text["18 people were missing"].name != "country's civil defence agency"


def test_the_head_of_a_body_named_just_before_is_that_body():
    """'The Northern League fined the club ... The league said': the body whose name holds the head, though it has
    not spoken yet; a title is no body ('the pope' after 'Pope Francis' stays a person's description)."""
    by_text, _ = _sources_of("The Northern League fined the club $50,000 on Monday. The league said the fine was final.")
    assert by_text["the fine was final"].name == "Northern League"
    assert by_text["the fine was final"].type == "organization"
    by_text, _ = _sources_of("Pope Francis met the bishops on Monday. The pope said the talks were useful.")
    assert by_text["the talks were useful"].type != "organization"

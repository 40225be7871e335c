"""Quote speakers resolved to full names in Canadian news style: titles abbreviated before a name and spelled
out after it, deputies and former office holders, a role then a name in apposition, agencies named for Canada."""
import pytest

from verify import analyze
from verify.sources import classify

from tests.ledger_helpers import attributed, claim_starting

LEGISLATURE = (
    "QUEBEC CITY \u2014 Quebec Premier Mathieu Lavoie said Tuesday the province would cut the fuel tax.\n\n"
    "Deputy Premier Sophie B\u00e9langer, who is also finance minister, said the cut would cost $400 million.\n\n"
    "Lavoie later returned to the subject. \u201cDrivers are paying too much,\u201d the premier said.\n\n"
    "Sen. Colleen Hartley praised the plan. The senator said Ottawa should follow.\n\n"
    "Toronto police Const. Amir Haddad said the crash closed Bloor Street. The constable said no charges had "
    "been laid.\n\n"
    "Coun. Rhea Mendez said the vote was rushed. The councillor said she would ask for a review.\n"
)


@pytest.fixture(scope="module")
def legislature():
    return analyze(LEGISLATURE)


def test_the_premier_is_not_the_deputy_premier(legislature):
    c = claim_starting(legislature, "\u201cDrivers are paying")
    assert c.source.name == "Mathieu Lavoie" and c.source.mention.text == "the premier"
    assert "person-with-that-title" in c.source.rule


def test_an_abbreviated_title_is_the_description_spelled_out(legislature):
    assert claim_starting(legislature, "Ottawa should follow").source.name == "Colleen Hartley"
    assert claim_starting(legislature, "no charges had been laid").source.name == "Amir Haddad"
    c = claim_starting(legislature, "she would ask")
    assert c.source.name == "Rhea Mendez" and c.source.mention.text == "The councillor"


def test_a_description_used_twice_stays_with_its_person():
    cs = attributed("Premier Dana Whitcombe said the talks had failed. The premier said Ottawa had walked away. "
                    "Later, the premier said she was still hopeful.")
    assert [c.source.name for c in cs] == ["Dana Whitcombe"] * 3


def test_words_before_the_title_tell_two_ministers_apart():
    cs = attributed("Health Minister Arjun Mehta met with Finance Minister Claire Dubois on Monday about the budget. "
                    "The health minister said the deal was fair.")
    assert cs[-1].source.name == "Arjun Mehta" and cs[-1].text == "the deal was fair"


def test_a_former_holder_is_not_the_office_holder():
    cs = attributed("Former prime minister Gordon Leblanc criticized the budget. Prime Minister Nadia Rahman "
                    "defended it. \u201cIt is a fair budget,\u201d the prime minister said.")
    assert cs[-1].source.name == "Nadia Rahman"
    cs = attributed("Former premier Carol Osei spoke first. Premier Ray Tanaka spoke next. "
                    "The former premier said the plan was late.")
    assert cs[-1].source.name != "Ray Tanaka"


def test_a_role_then_a_titled_name_in_apposition_is_the_speaker():
    [c] = attributed("The Green candidate, former school trustee Baljit Sandhu, said the riding needs transit.")
    assert c.source.name == "Baljit Sandhu" and c.source.mention.text == "Baljit Sandhu"
    assert c.text == "the riding needs transit"
    [c] = attributed("Dean Porter, former mayor of Kenora, said the bridge was unsafe.")
    assert c.source.name == "Dean Porter"  # a name, then its description: unchanged


def test_agencies_named_for_canada_and_french_bodies_are_organisations():
    assert classify("Elections Canada") == "organization"
    assert classify("Hockey Canada") == "organization"
    assert classify("Infrastructure Ontario") == "organization"
    assert classify("Kevin Canada") == "person"  # a first name: a person
    assert classify("The Conseil du patronat du Qu\u00e9bec") == "organization"
    assert classify("The Regional District of Central Okanagan") == "organization"
    assert classify("Paramedics") == "anonymous"
    [c] = attributed("The Conseil du patronat du Qu\u00e9bec warned that small firms would close.")
    assert c.source.name == "Conseil du patronat du Qu\u00e9bec" and c.source.type == "organization"


def test_an_untitled_person_just_named_may_be_the_description():
    cs = attributed("Sen. Ruth Calder backed the bill last month. Ortiz toured a factory in Windsor on Monday "
                    "with workers and their families. Later that day the senator said the plant would stay open.")
    assert cs[-1].text == "the plant would stay open" and cs[-1].source.name != "Ruth Calder"


def test_a_party_and_state_label_tells_another_senator():
    cs = attributed("Sen. Joan Pike, R-Iowa, spoke first at the rally on Monday night. "
                    "The Florida senator said he felt good.")
    assert cs[-1].source.name != "Joan Pike"


def test_a_surname_or_pronoun_after_two_people_named_together_is_one_of_them():
    cs = attributed("Pierre Gagnon and Lucie Tremblay said the merger was fair. Tremblay added that prices "
                    "would fall. She said the deal would close in June.")
    assert [c.source.name for c in cs] == ["Pierre Gagnon and Lucie Tremblay", "Lucie Tremblay", "Lucie Tremblay"]


def test_a_possessor_known_by_surname_is_the_next_he():
    cs = attributed("Doug Ford spoke at a rally in Sudbury on Monday night. Olivia Chow was second in the poll. "
                    "Ford's response to the strike has been criticized. He has proposed binding arbitration.")
    assert cs[-1].source.name == "Doug Ford" and cs[-1].source.mention.text == "He"


def test_a_nickname_in_quotation_marks_is_not_part_of_the_full_name():
    cs = attributed("Former hockey enforcer David \u201cMoose\u201d Kowalczyk spoke at the event on Friday evening.\n"
                    "\u201cIt was wrong,\u201d Kowalczyk said.")
    assert cs[-1].source.name == "David Kowalczyk"


def test_a_headline_title_is_the_person_the_story_names_with_it():
    a = analyze("Manitoba premier vows to fight federal cap\n\nWINNIPEG \u2014 Manitoba Premier Ray Kinew says his "
                "government will fight the cap. Deputy Premier Uzoma Asagwara agreed.\n")
    c = a.claim_records[0]
    assert c.text.startswith("to fight") and c.source.name == "Ray Kinew" and c.source.mention.text == "Manitoba premier"
    assert claim_starting(a, "his government").source.name == "Ray Kinew"


def test_a_headline_surname_takes_the_full_name_written_below():
    """The headline's name ends at the surname the story writes after a first name, and every claim of that source
    gives the fullest name the story writes, also those read before it."""
    a = analyze("Bergeron Takes Talk Of Coalition Very Seriously\n\nAs Ottawa prepares for what Rustam Bergeron "
                "called the most divided Parliament in decades, the Bloc veteran is weighing his options.\n")
    names = {c.source.name for c in a.claim_records if c.source.type == "person"}
    assert names == {"Rustam Bergeron"}


def test_a_headline_name_written_whole_below_or_before_a_role_is_kept():
    a = analyze("Liberal Pollster Says Tories Lead In Ontario Suburbs\n\nTORONTO \u2014 A Liberal pollster said "
                "Monday the Conservatives lead in the suburbs, where Marcus Pollster once ran.\n")
    assert claim_starting(a, "Tories Lead").source.name != "Liberal"
    a = analyze("Rachel Notley Warns Of Pipeline Delay\n\nEDMONTON \u2014 Rachel Notley said the pipeline would be "
                "late. Fans of the show Good Morning Rachel wrote in.\n")
    assert claim_starting(a, "Of Pipeline Delay").source.name == "Rachel Notley"


def test_a_participle_with_its_agent_is_no_inverted_frame():
    assert attributed("Chief Justice Amara Singh joined the dissent, written by Justice Paul Lemieux.") == []
    assert attributed("The outbreak, declared by the provincial health ministry on Tuesday, is the third this year.") == []


@pytest.mark.parametrize("full, surname", [
    ("Connor McDavid", "McDavid"), ("Nathan MacKinnon", "MacKinnon"), ("Ron DeSantis", "DeSantis"),
    ("Conan O'Brien", "O'Brien"), ("Jos\u00e9 M\u00fcller", "M\u00fcller"),
])
def test_a_surname_with_an_inner_capital_an_apostrophe_or_an_accent_gets_the_full_name(full, surname):
    """The full name is written once in the reporter's own sentence; the quotation gives only the surname. Before,
    name words were only [A-Z][a-z]+, so 'McDavid said' stayed 'McDavid'."""
    a = analyze(f"{full} scored twice on Saturday night.\n\n\u201cIt was a grind,\u201d {surname} said.")
    [c] = [c for c in a.claim_records if c.cue is not None]
    assert (c.source.name, c.source.mention.text) == (full, surname)


def test_a_name_set_off_with_an_age_is_a_person_whose_surname_speaks_later():
    """'Jaskaran Gill, 29,' inside another speaker's claim: the age marks a person, so 'Gill told the court' is
    Jaskaran Gill though the first-name lists lack 'Jaskaran'."""
    a = analyze("The judge said Jaskaran Gill, 29, showed a disregard for life.\n\n"
                "\u201cI am sorry every single day,\u201d Gill told the court.")
    [c] = [c for c in a.claim_records if c.cue is not None and c.cue.text == "told"]
    assert (c.source.name, c.source.mention.text) == ("Jaskaran Gill", "Gill")


def _speakers(text):
    return [(c.source.name, c.source.mention.text if c.source.mention else None)
            for c in analyze(text).claim_records if c.kind == "claim"]


def test_an_occupation_named_before_the_person_is_that_person_when_it_comes_back():
    """'Defence lawyer Michael Grant ... the lawyer said': an occupation written with a name (before it or as
    its apposition) is that person when a description comes back to it, as a title is."""
    text = ("Defence lawyer Michael Grant said his client was sorry.\n\n"
            "\"He will carry this for the rest of his life,\" the lawyer said.\n")
    assert _speakers(text)[-1] == ("Michael Grant", "the lawyer")
    text = ("Raj Mehta, an economist at a Toronto bank, said rates would fall.\n\n"
            "\"The bank has room to cut,\" the economist said.\n")
    assert _speakers(text)[-1] == ("Raj Mehta", "the economist")


def test_an_occupation_is_not_a_named_person_where_an_unnamed_one_speaks_or_the_word_names_anyone():
    """'A lawyer for the tenants said ... the lawyer' is that unnamed lawyer; 'the official' is no occupation."""
    text = ("Ann Lee, a lawyer for the city, said the bylaw was legal. A lawyer for the tenants said it was not. "
            "\"We will appeal,\" the lawyer said.")
    assert _speakers(text)[-1][0] != "Ann Lee"
    text = "Senior official Ann Lee said talks had stalled. \"We are far apart,\" the official said."
    assert _speakers(text)[-1][0] != "Ann Lee"


def test_a_bare_surname_shared_by_relatives_is_the_person_named_first():
    """'Paul Arsenault ... His sister, Anne Arsenault, ... Arsenault says': news style keeps the bare surname for
    the story's subject, named first, and calls relatives by full or first name; the mention's sex still rules."""
    text = ("For 30 years, Paul Arsenault has kept the harbour light.\n\n"
            "His sister, Anne Arsenault, runs the museum next door.\n\n"
            "Arsenault, 64, says he will not retire.\n")
    says = next(c for c in analyze(text).claim_records if c.text.startswith("he will not retire"))
    assert says.source.name == "Paul Arsenault" and says.source.mention.text == "Arsenault"
    text = text.replace("Arsenault, 64, says he", "Ms. Arsenault says she")
    says = next(c for c in analyze(text).claim_records if c.text.startswith("she will not retire"))
    assert says.source.name != "Paul Arsenault"


def test_a_title_that_goes_on_past_of_keeps_the_name_at_its_end():
    """'B.C. Minister of State for Child Care Mitzi Dean said': a provincial title with its portfolio after 'of'
    is all title; the person is the name that ends it, not 'B.C. Minister'."""
    for text, name in (("Yukon Minister of State for Child Care Tara Bellamy said the plan would grow.", "Tara Bellamy"),
                       ("Ontario Minister of Long-Term Care Paul Dionne said the beds would open in May.", "Paul Dionne")):
        c = next(c for c in analyze(text).claim_records if c.kind == "claim")
        assert c.source.name == name
    c = analyze("Victor Kwong of the Toronto Police Service said the road was closed.").claim_records[0]
    assert c.source.name == "Victor Kwong"
    c = analyze("\"It will not be easy,\" said Representative Jane T. King of Ohio, who backs him.").claim_records[0]
    assert c.source.name == "Jane T. King"  # a first name: 'King' is her surname, no title


def test_a_players_position_is_the_player_just_named():
    """Sports copy names a player, then calls them by position: 'Mia Larsen made 31 saves. The goaltender said'
    is Mia Larsen, as 'the real estate mogul' is the last person named."""
    text = ("Mia Larsen made 31 saves for Halifax on Saturday.\n\n"
            "The goaltender said the second goal was a fluke.\n")
    c = next(c for c in analyze(text).claim_records if c.text.startswith("the second goal"))
    assert c.source.name == "Mia Larsen" and c.source.mention.text == "The goaltender"


def test_a_patient_named_is_the_patient_the_description_comes_back_to():
    """Health stories name a patient ('Patient Ana Silva, 58, ...') and then write 'the patient said': that
    person; an unnamed patient stays an unnamed source."""
    text = ("Patient Ana Silva, 58, was among the first to use the new clinic.\n\n"
            "\"It saved me a three-hour drive,\" the patient said.\n")
    c = next(c for c in analyze(text).claim_records if c.kind == "claim" and c.text.startswith("\"It saved"))
    assert c.source.name == "Ana Silva"
    c = analyze("\"I feel fine,\" the patient said.").claim_records[0]
    assert c.source.type == "anonymous" and c.source.name == "patient"

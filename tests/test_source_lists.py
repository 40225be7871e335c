"""The source readers' word lists are data (verify/data/source_lists.csv), not code: the file loads, every
category the code reads is present, and a row added to the file is honoured by the loader."""

import pytest

from verify import sources
from tests.lexicon_helpers import data_rows, with_row_added


def _rows():
    return data_rows("source_lists.csv")


def test_every_row_has_a_term_a_category_and_a_reason():
    rows = _rows()
    assert rows and all(r["term"] and r["category"] and r["reason"] for r in rows)
    pairs = [(r["category"], r["term"]) for r in rows]
    assert len(pairs) == len(set(pairs)), "a word twice in one list"


def test_the_module_sets_are_the_file_lists():
    lists = sources.source_lists()
    assert sources._STREET_WORDS == set(lists["street"])
    assert "boulevard" in sources._STREET_WORDS and "New" in sources._PLACE_PREFIXES
    assert sources._GOVERNED_PLACES >= {"province", "city"} and "county" in sources._MUNICIPALITY


def test_a_row_added_to_the_file_is_honoured(monkeypatch):
    with with_row_added(monkeypatch, "source_lists.csv", "crescent,street,a street,,",
                        sources.source_lists, sources.source_list_links):
        assert sources.source_lists()["street"][-1] == "crescent"
        assert sources.source_list_links()["street"]["crescent"] == ()
    assert "crescent" not in sources.source_lists()["street"]


def test_titles_and_posts_read_from_the_file():
    assert sources._OFFICER_TITLES[("chief", "financial", "officer")] == "cfo"
    assert list(sources._OFFICER_TITLES)[:2] == [("chief", "executive", "officer"), ("chief", "executive")]
    assert ("treasury", "board", "president") in sources._MINISTERIAL_POSTS
    assert sources._minister_by_post(["treasury", "board", "president", "Ann", "Lee"])[3] == "minister"
    assert sources._fold_officer_titles(["chief", "executive", "officer", "Ann"]) == ["ceo", "Ann"]
    assert "new democrat" in sources._AFFILIATIONS and "deputy" in sources._OTHER_OFFICE
    assert sources.is_epithet("the Wisconsin Republican") and not sources.is_epithet("the Wisconsin house")


def test_groups_and_plurals_read_from_the_file():
    lists = sources.source_lists()
    assert sources._BODY_PLURALS == set(lists["body-plural"]) and "unions" in sources._BODY_PLURALS
    assert "troops" in sources._PEOPLE_PLURALS and "couple" in sources._PEOPLE_TOGETHER
    assert "board" in sources._BODIES_OF_PEOPLE and "weeks" in sources._THING_PLURALS
    assert "voters" in sources._GROUPS and "reporters" in sources._PRESS_PLURALS


def test_kinds_of_body_read_from_the_file():
    assert sources._COMPANY_HEADS["airline"] == ("air", "airlines", "airways", "jet")
    assert sources._COMPANY_HEADS["company"] == () and list(sources._COMPANY_HEADS)[0] == "company"
    assert sources._PUBLIC_HEADS["department"] == ("department", "dept")
    assert {"airline", "agency"} <= sources._BODY_KIND_HEADS
    assert "memo" in sources._DOCUMENT_HEADS and "the ruling" in sources._COURT_DECISIONS
    assert "GDP" in sources._CAPITALS_NO_BODY and "parliament" in sources._STATE_BODY_HEADS


def test_kin_read_from_the_file():
    assert sources._JUNIOR_KIN[:2] == ("son", "daughter") and "aunt" in sources._SENIOR_KIN
    assert "wife" in sources._SPOUSES and "sister" in sources._BLOOD_KIN
    m = sources._KINSHIP.search("Her fiancée said")
    assert m and m.group(0) == "Her fiancée"
    assert sources._KINSHIP.search("his stepson spoke").group(0) == "his stepson"


def test_attribution_lists_read_from_the_file():
    from verify import attribution
    lists = sources.source_lists()
    assert attribution._RUBRIC_WORDS == set(lists["rubric"]) and {"breaking", "q&a"} <= attribution._RUBRIC_WORDS
    assert "letters to the editor" in attribution._PIECE_KICKERS and "secretariat" in attribution._BODY_OF_A_REMIT
    assert "evidence" in attribution._SUPPORTING_NOUNS and "councillors" in attribution._STAFF_WORDS


def test_occasions_read_from_the_file_in_order():
    import re

    from verify import attribution
    occasions = sources.source_lists()["occasion"]
    assert occasions.index("radio address") < occasions.index("address")
    assert re.fullmatch(attribution._OCCASION, "news  conference") and re.fullmatch(attribution._OCCASION, "town hall")
    assert not re.fullmatch(attribution._OCCASION, "parade")


def test_judged_in_the_passive_are_cue_lemmas():
    from verify import attribution
    lemmas = {row["term"] for row in attribution.cue_table().values()}
    assert attribution._JUDGED_IN_THE_PASSIVE <= lemmas
    assert {"criticize", "praise"} <= attribution._JUDGED_IN_THE_PASSIVE and "attack" not in attribution._JUDGED_IN_THE_PASSIVE


def test_company_suffixes_read_from_the_file_as_written():
    import re
    assert {"PLC", "plc", "L.L.C"} <= set(sources.source_lists()["company-suffix"])
    assert re.fullmatch(sources._COMPANY_SUFFIX, "L.L.C") and re.fullmatch(sources._COMPANY_SUFFIX, "GmbH")
    assert not re.fullmatch(sources._COMPANY_SUFFIX, "LxLxC") and not re.fullmatch(sources._COMPANY_SUFFIX, "inc")


def test_unnamed_who_read_from_the_file():
    import re
    from verify import attribution
    assert re.fullmatch(sources.UNNAMED_WHO, "advisers") and re.fullmatch(sources.UNNAMED_WHO, "insider")
    m = attribution._UNNAMED_WHO_KNOW.search("two diplomats familiar with the talks ")
    assert m and m.group(0).startswith("two diplomats")


def test_sexed_words_and_name_particles_read_from_the_file():
    lists = sources.source_lists()
    assert sources._SEXED_WORDS["dame"] == sources.FEMALE and sources._SEXED_WORDS["spokesman"] == sources.MALE
    assert set(sources._SEXED_WORDS) == set(lists["male-word"]) | set(lists["female-word"])
    assert sources._SEXED_NOUNS["wife"] == sources.FEMALE and sources._SEXED_NOUNS["grandfather"] == sources.MALE
    assert "bin" in sources._NAME_PARTICLES and "della" not in sources._NAME_PARTICLES
    assert sources._SURNAME_PARTICLES == sources._NAME_PARTICLES | set(lists["surname-particle"])
    # the lists at work: a title gives the sex 'she' refers back to; a particle opens a surname
    assert sources.sex_of("Dame Edna Parker") == sources.FEMALE and sources.sex_of("the spokesman") == sources.MALE
    assert sources._one_person_of_sex("One grandmother") == sources.FEMALE and sources._one_person_of_sex("the Man") is None
    assert sources._particle_inside_name(["Marie", "de", "la", "Fontaine"], 2)

"""The figure readers' word lists are data (verify/data/figure_words.csv), not code: the file loads, every
category the code reads is present, the readers use them, and a row added to the file is honoured by the loader."""

from verify import quantities, reconcile
from tests.lexicon_helpers import data_rows, with_row_added


def _rows():
    return data_rows("figure_words.csv")


def test_every_row_has_a_term_a_category_and_a_reason():
    rows = _rows()
    assert rows and all(r["term"] and r["category"] and r["reason"] for r in rows)
    assert all(r["term"] == r["term"].lower() for r in rows)
    pairs = [(r["category"], r["term"]) for r in rows]
    assert len(pairs) == len(set(pairs)), "a word twice in one list"
    assert {r["category"] for r in rows} == {"event", "people-noun", "thing-noun", "body-word", "language", "money-noun",
                                             "mass-money-noun", "money-verb", "qualifier", "vague"}
    # every event and money verb says what it stands for; the plain lists leave value empty
    assert all(r["value"] for r in rows if r["category"] in ("event", "money-verb", "qualifier", "vague"))
    assert not any(r["value"] for r in rows if r["category"] not in ("event", "money-verb", "qualifier", "vague"))
    assert all(r["value"].split()[0] in ("low", "high", "approx", "exact") and int(r["value"].split()[1]) in (-1, 0, 1)
               for r in rows if r["category"] == "qualifier")
    assert all(len(r["value"].split()) == 2 and all(b == "-" or b.isdigit() for b in r["value"].split())
               for r in rows if r["category"] == "vague")


def test_the_module_lists_are_the_file_lists():
    words = quantities.figure_words()
    assert quantities.EVENTS["died"] == "killed" and quantities.EVENTS["detained"] == "arrested"
    assert list(quantities.EVENTS) == list(words["event"])
    assert "civilians" in quantities.PERSON_CATEGORIES and "votes" in quantities.CATEGORY_NOUNS
    assert "votes" not in quantities.PERSON_CATEGORIES
    assert "journal" in quantities._BODY_WORDS and "english" in quantities._LANGUAGES
    assert reconcile._MONEY_NOUNS[:3] == ("cost", "costs", "price") and "price tag" in reconcile._MONEY_NOUNS
    assert reconcile._MASS_MONEY_NOUNS <= set(reconcile._MONEY_NOUNS)
    assert reconcile._MONEY_VERBS["sells for"] == "sold for"
    assert quantities.QUALIFIERS["more than"] == ("low", 1) and quantities.QUALIFIERS["nearly"] == ("high", -1)
    assert quantities.VAGUE["dozens"] == (24, 99) and quantities.VAGUE["millions"] == (2_000_000, None)
    forms = quantities._VAGUE_FORMS
    assert forms == tuple(words["vague"]) and forms.index("hundreds of thousands") < forms.index("hundreds")


def test_figures_are_read_through_the_lists():
    from verify.analysis import analyze
    a = analyze("At least 12 villagers were killed and 30 homes destroyed in the flood, police said on Monday.\n")
    q = a.quantities.set_index("value")
    assert q.loc[12, "event"] == "killed" and q.loc[12, "category"] == "villagers"
    assert q.loc[30, "category"] == "homes"
    vague = analyze("Hundreds of thousands of people marched on Sunday.\n").quantities
    assert vague.iloc[0]["text"] == "Hundreds of thousands" and vague.iloc[0]["low"] == 200_000
    assert q.loc[12, "qualifier"] == "at least" and q.loc[12, "low"] == 12 and q.loc[12, "high"] != q.loc[12, "high"]  # NaN: open


def test_a_row_added_to_the_file_is_honoured(monkeypatch):
    with with_row_added(monkeypatch, "figure_words.csv", "drowned,event,a word of the event a figure counts,,killed",
                        quantities.figure_words):
        assert quantities.figure_words()["event"]["drowned"] == "killed"
        assert list(quantities.figure_words()["event"])[-1] == "drowned"
    assert "drowned" not in quantities.figure_words()["event"]

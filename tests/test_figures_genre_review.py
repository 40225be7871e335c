"""Figures of council, study, weather and live-toll stories (fourth genre review): vote tallies, units of
measure, a study's statistics and a toll dated by the day in its own clause. Sentences written for the tests."""
import datetime as dt

from verify import analyze


def figures(text, **kw):
    return [(q.text, q.value, q.low, q.high, q.convention, q.category, q.event) for q in analyze(text, **kw).quantity_records]


def test_a_vote_tally_is_one_pair_never_a_count():
    got = figures("The school board passed the levy 7-3 on Monday. After a 6-4 vote, the council adjourned.")
    assert got == [("7-3", None, None, None, "vote", "vote", None), ("6-4", None, None, None, "vote", "vote", None)]
    a = analyze("The county commission approved the plan 5-2, and three people were killed in a crash nearby.")
    assert [(q.text, q.convention, q.part_of) for q in a.quantity_records] == [("5-2", "vote", None), ("three", None, None)]
    assert a.relation_records == []


def test_a_poll_split_and_a_sports_score_are_no_vote_tally():
    assert [q.convention for q in analyze("Lee leads Park 48-45 in the latest poll of the race.").quantity_records] != ["vote"]
    assert [q.convention for q in analyze("The Tigers beat the Lions 3-1 on Sunday.").quantity_records] == ["score"]


def test_an_amount_with_a_unit_keeps_its_unit_and_has_no_head_count_event():
    got = figures("Gusts of up to 110 km/h and more than 120 millimetres of rain hit the valley, where four people "
                  "were killed. About 8 cm of hail fell.")
    assert got == [("up to 110 km/h", 110.0, None, 110.0, "measure", "km/h", None),
                   ("more than 120 millimetres", 120.0, 120.0, None, "measure", "millimetres", None),
                   ("four", 4.0, 4.0, 4.0, None, "people", "killed"),
                   ("About 8 cm", 8.0, 8.0, 8.0, "measure", "cm", None)]


def test_a_percentage_in_words_is_a_percentage():
    assert figures("Turnout rose by zero per cent and costs by five percent.") == [
        ("zero per cent", 0.0, 0.0, 0.0, "measure", "percent", None),
        ("five percent", 5.0, 5.0, 5.0, "measure", "percent", None)]


def test_a_ratio_and_a_confidence_interval_are_named_and_never_reconciled():
    a = analyze("Deaths fell in the treated group (hazard ratio 0.81; 95% CI 0.70 to 0.93), and an odds ratio of 1.6 "
                "was found for falls, the authors wrote. Twelve patients died.")
    got = [(q.text, q.value, q.low, q.high, q.category, q.event) for q in a.quantity_records]
    assert got == [("0.81", 0.81, 0.81, 0.81, "hazard ratio", None),
                   ("95% CI 0.70 to 0.93", None, 0.70, 0.93, "confidence interval", None),
                   ("1.6", 1.6, 1.6, 1.6, "odds ratio", None),
                   ("Twelve", 12.0, 12.0, 12.0, "patients", "killed")]
    assert a.relation_records == []


def test_a_toll_dated_by_the_day_in_its_own_clause_is_an_update():
    text = ("The death toll from the fire climbed to 20 on Thursday, officials said.\n\n"
            "On Wednesday night, rescuers put the number of dead at 9, officials said.\n\n"
            "By Thursday evening the toll had reached 23, the fire chief said.")
    a = analyze(text)
    assert [q.reported for q in a.quantity_records] == ["Thursday", "Wednesday night", "Thursday evening"]
    assert sorted(r.status for r in a.relation_records) == ["superseded", "superseded"]
    a = analyze(text, published=dt.date(2025, 3, 7))  # a Friday
    assert [q.reported for q in a.quantity_records] == ["2025-03-06", "2025-03-05 night", "2025-03-06 evening"]
    assert sorted(r.status for r in a.relation_records) == ["superseded", "superseded"]


def test_a_day_after_another_figure_is_that_figures():
    a = analyze("The toll reached 37, up from 23 on Thursday, officials said. Last Friday's storm killed 5 people.")
    assert [(q.text, q.reported) for q in a.quantity_records] == [("37", None), ("23", "Thursday"), ("5", None)]


def test_hours_beside_a_deciding_body_are_no_vote_tally():
    got = figures("The council will hear residents between 10-11 a.m. on Monday.")
    assert all(c != "vote" for *_, c, _cat, _e in got)

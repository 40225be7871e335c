"""A figure counted across a list of places has all of them for its scope, so one place's own count is no
conflicting figure; 'N of those (arrests)' is a part of the total told before, not a rival count. Sentences
written for the tests (a multi-city protest story)."""
from verify import analyze

STORY = ("CHICAGO (AP) - Police arrested at least 300 people on Saturday, according to local officials.\n\n"
         "In Chicago, the police department said 187 people had been detained downtown.\n\n"
         "Over the weekend, police said 412 people were arrested across Chicago, Milwaukee, Detroit and Cleveland. "
         "A spokeswoman for the Milwaukee police said 96 of those arrests were in her city.")


def _by_text(a):
    return {q.text: q for q in a.quantity_records}


def test_a_list_of_places_is_the_figures_scope():
    q = _by_text(analyze(STORY))["412"]
    assert q.place == "Chicago, Milwaukee, Detroit and Cleveland"


def test_one_place_of_the_list_is_a_different_scope_not_a_conflict():
    a = analyze(STORY)
    qs = _by_text(a)
    pair = {qs["187"].id, qs["412"].id}
    statuses = {r.status for r in a.relation_records if set(r.quantity_ids) == pair}
    assert statuses == {"different-scope"}


def test_n_of_those_is_a_part_of_the_total_told_before():
    a = analyze(STORY)
    qs = _by_text(a)
    assert qs["96"].part_of == qs["412"].id
    assert not any(r.status == "conflict" and qs["96"].id in r.quantity_ids for r in a.relation_records)


def test_of_those_with_another_noun_is_no_part_of_a_head_count():
    a = analyze("Voters in 12 states went to the polls, and 400 people were arrested at protests. "
                "All four of those states voted early.")
    qs = _by_text(a)
    assert qs["four"].part_of is None


def test_a_person_after_a_place_is_no_place_of_the_list():
    q = _by_text(analyze("The group targeted two lawmakers in Texas and John Smith on Friday."))["two"]
    assert q.place == "Texas"


def test_two_parties_each_put_at_a_share_of_a_poll_meet_its_margin():
    """'found the Conservatives at 36 per cent and the Liberals at 34 per cent' with a margin of 2.5 points: a gap
    of 2 within twice the margin is a statistical tie, as the story may say; 48 to 39 against 3.5 is a lead."""
    tied = analyze("The Abacus Data survey found the Conservatives at 36 per cent support and the Liberals at 34 per "
                   "cent. The poll has a margin of error of plus or minus 2.5 percentage points.")
    assert [r.status for r in tied.relation_records] == ["needs-review"]
    assert "a gap of 2 points" in tied.relation_records[0].explanation
    lead = analyze("The survey put Clinton at 48 percent, Trump at 39 percent. The margin of error is plus or minus "
                   "3.5 percentage points.")
    assert [r.status for r in lead.relation_records] == ["consistent"]


def test_percentages_of_places_with_no_poll_are_no_shares():
    a = analyze("Unemployment in Ontario stood at 6 per cent and Quebec at 5 per cent in March, Statistics Canada "
                "said. The margin of error is 1 point.")
    assert a.relation_records == []

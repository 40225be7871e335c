import json
from pathlib import Path

import pytest

from verify import analyze
from verify.reconcile import reconcile_many

CASES = json.loads((Path(__file__).parent / "data" / "quantity_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_case(case):
    a = analyze(case["text"])
    got = [(q.text.lower(), q.low, q.high) for q in a.quantity_records]
    assert got == [(q["text"].lower(), q["low"], q["high"]) for q in case["quantities"]]
    for q, exp in zip(a.quantity_records, case["quantities"]):
        assert case["text"][q.start:q.end] == q.text
        assert q.event == exp["event"]
        assert (exp["category"] or "") in (q.category or "")
    statuses = sorted(r.status for r in a.relation_records if r.status != "different-scope"
                      or "different-scope" in case["relations"])
    assert statuses == sorted(case["relations"])


def test_case_set_is_big_enough():
    assert len(CASES) >= 60


def by_text(analysis):
    return {q.text: q for q in analysis.quantity_records}


def test_seed_figures_with_categories_and_sources(seed_analysis):
    q = by_text(seed_analysis)
    assert set(q) == {"697", "351", "246", "five", "dozens", "500"}
    dozens = [x for x in seed_analysis.quantity_records if x.text == "dozens"]
    assert len(dozens) == 2
    assert (q["697"].category, q["697"].event, q["697"].source) == ("people", "killed", "the reporter")
    assert q["351"].category == "militants" and q["246"].category == "members of ISIL"
    assert q["351"].part_of == q["246"].part_of == q["697"].id
    assert q["500"].source == q["five"].source == "Syrian Observatory for Human Rights"
    assert q["500"].reported == "2014-01-10"  # "said on Friday", published Sunday 12 January 2014
    assert dozens[0].category == "bodies"
    assert dozens[0].source == "medical sources via Syrian Observatory for Human Rights"
    assert (dozens[0].low, dozens[0].high, dozens[0].convention) == (24, 99, "vague:dozens")
    assert dozens[1].source == "Syrian Observatory for Human Rights"
    assert "Nine days" in q["697"].period


def test_seed_relations(seed_analysis):
    rel = {r.status: r for r in seed_analysis.relation_records if r.status in ("part-of", "superseded")}
    q = by_text(seed_analysis)
    part = rel["part-of"]
    assert part.quantity_ids == [q["697"].id, q["351"].id, q["246"].id]
    assert "597" in part.explanation and "100" in part.explanation
    sup = rel["superseded"]
    assert set(sup.quantity_ids) == {q["697"].id, q["500"].id}
    assert sup.figure == 697 and "supersedes" in sup.explanation and "197" in sup.explanation
    assert not [r for r in seed_analysis.relation_records if r.status in ("conflict", "needs-review")]


def test_same_toll_from_two_outlets_is_a_conflict_with_the_conservative_figure():
    a = analyze("The health ministry said 40 people were killed in the attack.", article_id="outlet-a")
    b = analyze("Hospital officials said 55 people were killed in the attack.", article_id="outlet-b")
    [r] = reconcile_many([a, b])
    assert r.status == "conflict"
    assert (r.low, r.high, r.figure) == (40, 55, 40)
    assert "outlet-a" in r.explanation and "outlet-b" in r.explanation


def test_a_vague_headline_figure_agrees_with_an_exact_one_in_its_range():
    a = analyze("Floods kill dozens in Brazil\n\nFloods have killed 39 people, local authorities said on Friday.\n")
    (r,) = a.relation_records
    assert r.status == "consistent" and "fits dozens" in r.explanation and "24-99" in r.explanation


def test_a_vague_figure_outside_the_exact_one_still_needs_review():
    a = analyze("Floods kill dozens in Brazil\n\nFloods have killed 300 people, local authorities said on Friday.\n")
    (r,) = a.relation_records
    assert r.status == "needs-review"


@pytest.mark.parametrize("text", [
    "The victim was struck while crossing 72 Avenue near 128 Street.",
    "Protesters gathered outside 10 Downing Street and 1600 Pennsylvania Ave. on Friday.",
    "The gallery, formerly at 115 Spring St. in SoHo, signed a lease.",
])
def test_street_numbers_are_not_figures(text):
    assert analyze(text).quantities.empty


def test_a_count_before_a_street_name_word_in_lower_case_is_a_figure():
    assert list(analyze("Police said 40 people were hurt on Main Street.").quantities["text"]) == ["40"]


@pytest.mark.parametrize("text, figure", [
    ("Millennials say by 55% to 41% that the law is fair.", "55%"),
    ("A poll of 1,000 voters found that most oppose the plan.", "1,000"),
    ("\u201cWe lost 12 homes,\u201d said the mayor of the town of 3,000.", "3,000"),
])
def test_a_figure_in_the_attribution_frame_is_extracted_with_the_claim_it_frames(text, figure):
    """Every figure of the story, the frame's included: it belongs to the claim the frame introduces."""
    a = analyze(text)
    [q] = [q for q in a.quantity_records if q.text == figure]
    [c] = [c for c in a.claim_records if c.source.type != "reporter"]
    assert q.claim_id == c.id and q.source == c.source.name
    assert text[q.start:q.end] == figure


@pytest.mark.parametrize("text", [
    "Nine in 10 doctors said the drug was safe.",
    "More than 6 in 10 voters said the economy was weak.",
])
def test_a_share_written_n_in_m_is_no_head_count(text):
    assert analyze(text).quantities.empty


def test_a_past_toll_reported_on_a_weekday_is_another_event_not_an_update():
    """'said on Friday' makes a figure datable, but 130 killed 'last November' is another attack, not an update."""
    a = analyze("A truck attack in Nice killed 84 people, the interior minister said on Friday.\n\n"
                "The president recalled that gunmen killed 130 people last November.\n")
    (r,) = a.relation_records
    assert r.status == "different-scope" and "another time (last November)" in r.explanation


def test_a_past_time_opening_the_sentence_is_another_event():
    """'Last year, floods killed more than 100 people': a sentence may open on the past time, capitalised; the
    historical toll is another event beside this week's, not a rival or an update."""
    a = analyze("Floods have killed at least 40 people this week, officials said on Monday.\n\n"
                "Last year, floods in the same region killed more than 100 people.\n")
    (r,) = a.relation_records
    assert r.status == "different-scope" and "another time (Last year)" in r.explanation


def test_each_figure_takes_the_past_time_nearest_it():
    """'rose from $40 million in 2019 to $65 million in 2021': each figure has its own year."""
    a = analyze("Sales rose from $40 million in 2019 to $65 million in 2021, the company said.\n")
    periods = {q.text: q.period for q in a.quantity_records}
    assert periods["$40 million"] == "in 2019" and periods["$65 million"] == "in 2021"


@pytest.mark.parametrize("text, figure, category", [
    ("Hundreds of thousands forced from their homes were sheltering in schools.", "Hundreds of thousands", None),
    ("Officials counted 12 unarmed young men among the dead.", "12", "men"),
    ("Police said three or four officers were hurt.", "four", "officers"),
    ("He sent several emails to supporters.", "several", "emails"),
])
def test_a_figures_noun_comes_before_any_preposition_or_possessive(text, figure, category):
    """The words between a figure and the noun it counts are modifiers; 'forced from their homes' counts no homes."""
    q = next(q for q in analyze(text).quantity_records if q.text == figure)
    assert q.category == category


def test_a_past_year_beside_the_figure_beats_a_vaguer_span_in_the_sentence():
    a = analyze("Storms have killed 40 people this week, officials said.\n\n"
                "The region has had severe storms in recent years, including one in 2019 that killed 11 people.\n")
    q = next(q for q in a.quantity_records if q.text == "11")
    assert q.period == "in 2019"
    (r,) = a.relation_records
    assert r.status == "different-scope" and "another time (in 2019)" in r.explanation


def test_days_of_rain_is_no_period_but_nine_days_of_fighting_is():
    rain = analyze("Floods caused by days of heavy rain have killed 20 people, officials said.\n").quantity_records
    fighting = analyze("Nine days of fighting have killed 20 people, officials said.\n").quantity_records
    assert [q.period for q in rain] == [None]
    assert [q.period for q in fighting] == ["Nine days of fighting"]


def test_a_figure_takes_its_period_from_its_own_sentence_not_the_next():
    text = ("The town had a population of about 25,000. Most residents have fled, officials said last month.\n")
    q = next(q for q in analyze(text).quantity_records if q.text == "about 25,000")
    assert q.period is None


def test_the_same_figure_in_the_headline_and_the_lead_is_one_count():
    a = analyze("Shelling kills 14 in eastern town\n\nArtillery fire killed at least 14 civilians on Sunday, "
                "regional officials said.\n")
    (r,) = a.relation_records
    assert r.status == "consistent"


def test_thousands_in_a_headline_fits_a_crowd_of_tens_of_thousands():
    """'Thousands displaced' over 'more than 30,000 displaced' is the same story told vaguely, not a conflict."""
    a = analyze("Thousands displaced by floods\n\nFloods have displaced more than 30,000 people, "
                "officials said.\n")
    assert [r.status for r in a.relation_records] == ["consistent"]


def test_people_forced_from_their_homes_are_displaced_with_the_object_between():
    """Disaster copy puts the count between the verb and 'from their homes': the count is of the displaced."""
    a = analyze("Floods have forced more than 30,000 people from their homes, officials said.\n")
    (q,) = a.quantity_records
    assert q.event == "displaced" and q.category == "people"


def _rel(a):
    return [(r.status, r.quantity_ids) for r in a.relation_records]


def test_a_province_alone_is_part_of_the_national_toll():
    a = analyze("At least 90 people have died in the storms, the government said. Rescuers searched all night. "
                "Seventeen people died in the province of Ostland alone, officials said.")
    q = by_text(a)
    assert q["Seventeen"].part_of == q["At least 90"].id and q["Seventeen"].place == "Ostland"
    [r] = a.relation_records
    assert r.status == "part-of" and "Seventeen people in Ostland = 17 of the at least 90 people" in r.explanation
    assert "leaving 73" in r.explanation


def test_a_sentence_opening_on_the_total_breaks_it_down():
    a = analyze("The blasts killed 64 people, the army said. Of them, 22 died in the old market.")
    q = by_text(a)
    assert (q["22"].part_of, q["22"].event) == (q["64"].id, "killed")
    assert [r.status for r in a.relation_records] == ["part-of"]
    a = analyze("At least 40 people were killed, police said. They included 9 in the hill town of Varna.")
    q = by_text(a)
    assert q["9"].part_of == q["At least 40"].id and q["9"].place == "Varna"


def test_including_a_count_in_a_place_is_a_part_and_the_place_is_the_parts():
    a = analyze("The quake killed 310 people, including 75 in Port Elm, the agency said.")
    q = by_text(a)
    assert q["310"].place is None and q["75"].place == "Port Elm" and q["75"].part_of == q["310"].id
    assert "75 in Port Elm = 75 of the 310 people" in a.relation_records[0].explanation


def test_two_counts_in_two_places_side_by_side_are_no_breakdown():
    a = analyze("Gunmen killed 40 in Ardent last May and 12 in Belmore in June, the report said.")
    assert all(q.part_of is None for q in a.quantity_records)


def test_regional_counts_are_parts_of_a_nationwide_toll():
    a = analyze("Floods have killed 150 people nationwide, the ministry said. Thirty people died in Eastmark and "
                "45 died in Westmark, officials said.")
    q = by_text(a)
    assert q["150"].place == "nationwide"
    [r] = a.relation_records
    assert r.status == "part-of" and r.quantity_ids == [q["150"].id, q["Thirty"].id, q["45"].id]
    assert "= 75 of the 150 people, leaving 75" in r.explanation


def test_sports_scores_are_one_pair_never_a_count():
    a = analyze("Norway beat Chile 2-0 on Sunday. The Hawks sealed a 27-24 victory in front of 60,000 fans. "
                "The Owls lost 17-3 and two players were hurt.")
    scores = [q for q in a.quantity_records if q.convention == "score"]
    assert [(s.text, s.value, s.event, s.category) for s in scores] == [
        ("2-0", None, None, "score"), ("27-24", None, None, "score"), ("17-3", None, None, "score")]
    two = by_text(a)["two"]
    assert (two.part_of, two.event) == (None, "wounded")
    assert a.relation_records == []


def test_a_vote_tally_is_no_score():
    a = analyze("The Senate passed the bill 61-39 after a long debate, and the team won its game.")
    assert [(q.text, q.convention, q.value) for q in a.quantity_records] == [("61-39", "vote", None)]


def test_a_figures_own_predicate_gives_its_event():
    a = analyze("By evening 52 people had died and 14 were still missing, the governor said.")
    q = by_text(a)
    assert (q["52"].event, q["14"].event) == ("killed", "missing")
    assert a.relation_records == []


def test_a_poll_matchup_is_no_score():
    a = analyze("Smith beats Jones 44-41 in one matchup, within the margin of error.")
    assert [q.convention for q in a.quantity_records] != ["score"]


def test_a_toll_that_rose_from_one_figure_to_another_is_no_range():
    a = analyze("The death toll rose from 23 to 37 on Friday, the coast guard said. Police said 37 people had died.")
    got = [(q.text, q.convention, q.event) for q in a.quantity_records]
    assert got == [("23", "previous", "killed"), ("37", None, "killed"), ("37", None, "killed")]
    assert [r.status for r in a.relation_records] == ["consistent"]
    a = analyze("The toll reached 37, up from 23 on Thursday, officials said.")
    assert [(q.text, q.convention) for q in a.quantity_records] == [("37", None), ("23", "previous")]
    assert a.relation_records == []


def test_weekdays_without_a_publication_date_order_by_the_days_just_past():
    text = ("The health ministry said on Tuesday that 31 people had died in the floods. "
            "The ministry said on Friday that 48 people had died in the floods.")
    [rel] = [r for r in analyze(text).relation_records if r.status == "superseded"]
    later, earlier = rel.quantity_ids
    qs = {q.id: q.text for q in analyze(text).quantity_records}
    assert (qs[later], qs[earlier]) == ("48", "31")  # 'Friday' sorts before 'Tuesday' by spelling, not by time


@pytest.mark.parametrize("text, shares", [
    ("Lee leads Park 46 percent to 43 percent among likely voters.", [("46 percent", 46), ("43 percent", 43)]),
    ("Lee leads Park 46 to 43 percent among likely voters.", [("46", 46), ("43 percent", 43)]),
    ("Lee is ahead 48%-41% among men.", [("48%", 48), ("41%", 41)]),
    ("In the latest poll, Lee led Park 44-41.", [("44", 44), ("41", 41)]),
])
def test_a_polls_two_shares_are_each_a_figure(text, shares):
    got = [(q.text, q.value, q.convention) for q in analyze(text).quantity_records]
    assert got == [(t, v, "share") for t, v in shares]


@pytest.mark.parametrize("text, margin", [
    ("The poll has a margin of error of plus or minus 3.5 percentage points.", "3.5 percentage points"),
    ("The margin of sampling error for all respondents is 4 points.", "4 points"),
    ("The survey of 800 adults has a margin of error of \u00b13.1 points.", "3.1 points"),
    ("The poll has a 3-point margin of error.", "3-point"),
    ("Its margin of error is three percentage points.", "three percentage points"),
])
def test_a_polls_margin_of_error_is_a_measure_of_its_own(text, margin):
    [q] = [q for q in analyze(text).quantity_records if q.category == "margin of error"]
    assert (q.text, q.convention, q.event) == (margin, "measure", None)


def test_a_lead_within_twice_the_margin_of_error_needs_review_and_a_wider_one_is_a_lead():
    text = ("Lee leads Park 46 percent to 43 percent among likely voters, a new poll found. Among men, Lee is ahead "
            "52 percent to 38 percent. The poll of 1,000 voters has a margin of error of plus or minus 3.5 points.")
    a = analyze(text)
    q = {x.id: x.text for x in a.quantity_records}
    got = [(r.status, [q[i] for i in r.quantity_ids]) for r in a.relation_records]
    assert got == [("needs-review", ["46 percent", "43 percent", "3.5 points"]),
                   ("consistent", ["52 percent", "38 percent", "3.5 points"])]
    assert "within twice the poll's margin of error of \u00b13.5 points (7)" in a.relation_records[0].explanation
    assert "a gap of 14 points, more than twice" in a.relation_records[1].explanation


def test_a_margin_told_in_a_frame_after_the_content_is_extracted():
    """'C, according to a poll, which has a margin of error of ...': the figure after the source was read by
    no claim and lost before."""
    text = "Lee leads Park 45 percent to 41 percent, according to a Marist poll, which has a margin of error of 5 points."
    a = analyze(text)
    assert [x.text for x in a.quantity_records] == ["45 percent", "41 percent", "5 points"]
    [r] = a.relation_records
    assert r.status == "needs-review"


def test_no_margin_no_lead_check_and_ties_and_rising_pairs_are_left_alone():
    assert analyze("Lee leads Park 46 percent to 43 percent.").relation_records == []
    a = analyze("Lee and Park are tied 41-41 in the poll, which has a margin of error of 3 points.")
    assert a.relation_records == []
    a = analyze("Support rose from 40 percent to 45 percent, within the margin of error of 3 points.")
    assert [x.convention for x in a.quantity_records if x.category == "percent"] == ["measure", "measure"]
    assert [x.convention for x in analyze("The Lions won 3-1 on Sunday.").quantity_records] == ["score"]
    assert [x.convention for x in analyze("The council voted 7-3 on Monday.").quantity_records] == ["vote"]


def test_a_count_inside_the_margin_phrase_is_no_margin():
    a = analyze("The margin of error for all three state polls was 4 points.")
    assert [(q.text, q.category) for q in a.quantity_records if q.category == "margin of error"] == [("4 points", "margin of error")]


def test_participles_after_the_deed_give_each_figure_its_event():
    a = analyze("The gunman opened fire on the crowd, killing more than 50 and injuring nearly 500, police said.")
    assert [(q.text, q.event) for q in a.quantity_records] == [("more than 50", "killed"), ("nearly 500", "wounded")]
    assert a.relation_records == []


def test_a_win_loss_record_is_no_pair_of_poll_shares():
    """'improved to 12-4-2 ... a point ahead': three figures joined are a record, even with 'point' nearby."""
    a = analyze("The Oilers improved to 12-4-2 on the season, a point ahead of Vancouver.")
    assert "share" not in [q.convention for q in a.quantity_records]


def test_a_count_after_with_takes_no_verb_from_the_figure_before():
    """'the toll had risen to 41, with 120 people still in hospital': 120 are no dead (before: a toll of 120
    killed); 'with 400 injured' keeps its own word."""
    a = analyze("Officials said on Tuesday the toll had risen to 41, with 120 people still in hospital.")
    assert [(q.text, q.event) for q in a.quantity_records] == [("41", "killed"), ("120", None)]
    a = analyze("The quake killed 30 people, with 400 injured.")
    assert [(q.text, q.event) for q in a.quantity_records] == [("30", "killed"), ("400", "wounded")]

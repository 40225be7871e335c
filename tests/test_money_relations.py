"""Sums of money one story gives for the same thing (reconcile.money_relations), on sentences written for the tests."""
import pytest

from verify import analyze


def _money(text):
    a = analyze(text)
    qs = {q.id: q for q in a.quantity_records}
    rels = [r for r in a.relation_records if all(qs[i].category and "dollars" in qs[i].category or
                                                 qs[i].category in ("pounds", "euros") for i in r.quantity_ids)]
    return rels, qs


def test_two_sums_for_the_same_settlement_are_a_conflict_with_both_sources():
    rels, qs = _money("The city agreed to a $200,000 settlement with the driver, officials said.\n\n"
                      "The driver's lawyer, Ann Cole, said the $250,000 settlement was fair.")
    assert [r.status for r in rels] == ["conflict"]
    r = rels[0]
    assert [qs[i].text for i in r.quantity_ids] == ["$200,000", "$250,000"]
    assert (r.low, r.high) == (200_000, 250_000)
    assert "Ann Cole" in r.explanation and "the settlement" in r.explanation


def test_a_budget_told_twice_in_two_spellings_agrees():
    rels, qs = _money("The library board adopted a budget of $12 million on Monday.\n\n"
                      "The $12-million budget keeps branches open on Sundays, the board said.")
    assert [r.status for r in rels] == ["consistent"]
    assert [qs[i].value for i in rels[0].quantity_ids] == [12_000_000, 12_000_000]


def test_a_hyphenated_million_is_read_with_its_scale():
    a = analyze("Voters approved the $30-million bond.")
    assert [(q.text, q.value) for q in a.quantity_records] == [("$30-million", 30_000_000)]


def test_a_cost_that_says_what_it_includes_is_another_scope():
    rels, _ = _money("The stadium will cost $800 million, the governor said.\n\n"
                     "Opponents said the stadium would cost $1 billion once interest was included.")
    assert [r.status for r in rels] == ["different-scope"]
    assert "once interest was included" in rels[0].explanation


def test_revenue_of_two_quarters_is_another_time_and_profit_is_never_related_to_revenue():
    rels, _ = _money("Brightline Inc. said revenue rose to $2.4 billion in the fourth quarter. "
                     "Profit was $200 million.\n\nRevenue was $2.2 billion in the third quarter, the company said.")
    assert [r.status for r in rels] == ["different-scope"]
    assert "third quarter" in rels[0].explanation


@pytest.mark.parametrize("text", [
    # another fine, introduced with "a"
    "The agency imposed a $2 million fine on the airline.\n\nA separate $3 million fine was imposed on its parent.",
    # the old value of a change
    "The school raised $900,000 this year, up from $700,000, the principal said.",
    # a range and a hedged sum
    "The painting sold for $4 million. Similar works sold for $1 million to $2 million, and more than $5 million once.",
    # a rate against a total
    "Nurses will be paid a bonus of $2,000 under the deal.\n\nThe union said the bonus of $100 a month was too small.",
    # another currency
    "Canada offered a C$5 million grant, the minister said. Britain said the grant of \u00a34 million would follow.",
    # different measures of one company
    "The firm reported a loss of $40 million. Its revenue of $900 million was a record.",
    # two owners
    "The state's $3 billion budget was signed. The city's $2 billion budget was not.",
    "The state's budget of $3 billion was signed. The city's budget of $2 billion was not.",
    # a restrictive modifier or "also" makes the later one another
    "A $7,000 fine was imposed on the club. The $200 fine for littering came later.",
    "Kidnappers sought a ransom of $2 million. Police found the ransom of $300,000 that the family had paid.",
    "The insurer paid a $1 million settlement to one driver. It also agreed to the $4 million settlement with the other.",
])
def test_sums_of_different_things_times_or_forms_are_not_related(text):
    rels, _ = _money(text)
    assert rels == []


def test_one_source_giving_two_sums_for_one_thing_needs_review_not_a_conflict():
    rels, _ = _money("A budget of $600,000 was approved for the fair. The budget of $650,000 covers security.")
    assert [r.status for r in rels] == ["needs-review"]
    assert "check that they are the same thing" in rels[0].explanation


def test_a_cost_on_a_condition_is_another_scope():
    rels, _ = _money("The tunnel will cost $3 billion, the agency said.\n\n"
                     "Engineers said the tunnel would cost $4 billion if a second bore is dug.")
    assert [r.status for r in rels] == ["different-scope"]
    assert "if a second bore is dug" in rels[0].explanation

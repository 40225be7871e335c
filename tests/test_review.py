import csv
import io

import pytest

from verify import analyze, review
from verify.store import ReviewStore


@pytest.fixture
def setup(tmp_path, seed_text):
    store = ReviewStore(f"sqlite:///{tmp_path}/r.sqlite")
    a = analyze(seed_text, article_id="seed")
    sid = store.add_story(seed_text, title="seed", article_id="seed")
    return store, a, sid


def rows(csv_text):
    return list(csv.DictReader(io.StringIO(csv_text)))


def test_ledger_carries_decisions_and_round_trips_through_csv(setup):
    store, a, sid = setup
    keys = review.claim_keys(a.claim_records)
    store.save_claim_decision(sid, keys[0], editor="ann", status="needs a source", note="who counted 697?")
    exported = review.export_csv(review.ledger(a, store.claim_decisions(sid)))
    first = rows(exported)[0]
    assert (first["claim_id"], first["status"], first["note"], first["editor"]) == (
        "c001", "needs a source", "who counted 697?", "ann")
    # another newsroom edits the CSV and imports it back
    table = rows(exported)
    table[1]["status"] = "verified"
    table[1]["reviewed_source_name"] = "Syrian Observatory for Human Rights"
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(table[0]))
    w.writeheader()
    w.writerows(table)
    report = review.import_csv(buf.getvalue(), a, store, sid, editor="bob")
    assert report.ok and report.unmatched == []
    assert [c["claim_id"] for c in report.changed] == ["c002"]
    assert report.unchanged == len(table) - 1
    d = store.claim_decisions(sid).set_index("claim_key")
    assert d.loc[keys[1], "status"] == "verified" and d.loc[keys[1], "editor"] == "bob"


@pytest.mark.parametrize("bad, message", [
    ("claim_id,text\nc001,x\n", "missing column"),
    ("claim_key,status\nnot-a-key,verified\n", "not a verify claim key"),
    ("claim_key,status\n0123456789abcdef:1,probably\n", "not one of"),
    ("claim_key,status\n0123456789abcdef:1,verified\n0123456789abcdef:1,false\n", "appears twice"),
    ("claim_key,status\n0123456789abcdef:1,verified,extra\n", "more cells"),
    ("claim_key,status,note\n0123456789abcdef:1,verified," + "x" * 20000 + "\n", "longer than"),
    ("claim_key,status\x00\n", "binary"),
])
def test_hostile_or_malformed_csv_changes_nothing(setup, bad, message):
    store, a, sid = setup
    key = review.claim_keys(a.claim_records)[0]
    good_row = f"{key},verified\n"
    report = review.import_csv(bad if "claim_key" not in bad.split("\n")[0] or "\x00" in bad else bad + good_row,
                               a, store, sid, editor="eve")
    assert not report.ok and any(message in e for e in report.errors)
    assert len(store.claim_decisions(sid)) == 0


def test_formula_cells_are_neutralised_on_export_and_restored_on_import(setup):
    store, a, sid = setup
    key = review.claim_keys(a.claim_records)[0]
    store.save_claim_decision(sid, key, editor="ann", note="=HYPERLINK(\"http://evil\")")
    exported = review.export_csv(review.ledger(a, store.claim_decisions(sid)))
    assert rows(exported)[0]["note"].startswith("'=")
    report = review.import_csv(exported, a, store, sid, editor="ann")
    assert report.ok and report.changed == []


def test_unmatched_rows_are_listed(setup):
    store, a, sid = setup
    report = review.import_csv("claim_key,status,text\n0123456789abcdef:1,verified,a claim that is gone\n",
                               a, store, sid, editor="ann")
    assert report.ok and report.unmatched[0]["text"] == "a claim that is gone"


def test_reanalysis_keeps_matching_decisions_and_lists_the_rest(setup, seed_text):
    store, a, sid = setup
    keys = review.claim_keys(a.claim_records)
    store.save_claim_decision(sid, keys[0], editor="ann", status="verified")
    store.save_claim_decision(sid, keys[1], editor="ann", status="disputed")
    edited = analyze(seed_text.replace("Peace talks are planned", "Peace talks were planned"), article_id="seed")
    kept, orphaned = review.rematch(edited, store.claim_decisions(sid))
    assert list(kept["claim_key"]) == [keys[0]]
    assert list(orphaned["claim_key"]) == [keys[1]]
    assert review.ledger(edited, store.claim_decisions(sid)).iloc[0]["status"] == "verified"


def test_merge_and_split_sources_and_the_ledger_follows(setup):
    store, a, sid = setup
    store.save_source_edit(sid, editor="ann", kind="merge",
                           payload={"keep": "Syrian Observatory for Human Rights", "merge": ["medical sources"]})
    led = review.ledger(a, store.claim_decisions(sid), store.source_edits(sid))
    bodies = led[led["text"].str.startswith("there were dozens of bodies")].iloc[0]
    assert bodies["source_name"] == "Syrian Observatory for Human Rights"
    store.save_source_edit(sid, editor="ann", kind="split", payload={
        "source": "Syrian Observatory for Human Rights", "alias": "it", "new_name": "ISIL"})
    sources, _ = review.apply_source_edits(a, store.source_edits(sid))
    assert any(s.name == "ISIL" and [m.text for m in s.mentions] == ["it"] for s in sources)
    led = review.ledger(a, store.claim_decisions(sid), store.source_edits(sid))
    clashes = led[led["text"].str.startswith("Heavy clashes")].iloc[0]
    assert clashes["source_name"] == "ISIL"

"""The review store on SQLite and (when VERIFY_TEST_PG_URL is set, as in CI) PostgreSQL."""
import os
import subprocess
import sys
import threading
import uuid

import pytest
from sqlalchemy import text as sql

from tests.conftest import in_ci
from verify.store import ConflictError, ReviewStore

PG = os.environ.get("VERIFY_TEST_PG_URL")
BACKENDS = ["sqlite"] + (["postgres"] if PG or in_ci() else [])


@pytest.fixture(params=BACKENDS)
def url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/review.sqlite"
    if not PG:
        pytest.fail("CI must set VERIFY_TEST_PG_URL (.ci/run starts PostgreSQL)")
    return PG


@pytest.fixture
def store(url):
    return ReviewStore(url)


def fresh_story(store, text="Police said two men were arrested."):
    return store.add_story(text + f" [{uuid.uuid4().hex}]", title="t")


def test_decision_is_saved_with_editor_time_and_audit(store):
    sid = fresh_story(store)
    assert store.save_claim_decision(sid, "k:1", editor="ann", status="verified", note="rang police") == 1
    row = store.claim_decisions(sid).iloc[0]
    assert (row["status"], row["note"], row["editor"], row["version"]) == ("verified", "rang police", "ann", 1)
    log = store.audit_log(sid, "k:1")
    assert sorted(log["field"]) == ["note", "status"] and set(log["editor"]) == {"ann"}


def test_state_survives_a_new_store_object(url):
    s1 = ReviewStore(url)
    sid = fresh_story(s1)
    s1.save_claim_decision(sid, "k:1", editor="ann", status="disputed")
    s2 = ReviewStore(url)  # another process or machine with the same database
    assert s2.claim_decisions(sid).iloc[0]["status"] == "disputed"
    assert sid in set(s2.list_stories()["story_id"])


def test_a_stale_save_is_a_conflict_not_an_overwrite(store):
    sid = fresh_story(store)
    store.save_claim_decision(sid, "k:1", editor="ann", status="verified", expected_version=0)
    with pytest.raises(ConflictError) as err:
        store.save_claim_decision(sid, "k:1", editor="bob", status="false", expected_version=0)
    assert err.value.current["editor"] == "ann" and err.value.current["status"] == "verified"
    assert store.claim_decisions(sid).iloc[0]["status"] == "verified"


def test_fields_left_out_keep_their_value(store):
    sid = fresh_story(store)
    store.save_claim_decision(sid, "k:1", editor="ann", status="verified")
    store.save_claim_decision(sid, "k:1", editor="bob", note="second look")
    row = store.claim_decisions(sid).iloc[0]
    assert (row["status"], row["note"], row["version"]) == ("verified", "second look", 2)


def test_bad_status_and_missing_editor_are_refused(store):
    sid = fresh_story(store)
    with pytest.raises(Exception, match="status"):
        store.save_claim_decision(sid, "k:1", editor="ann", status="maybe")
    with pytest.raises(Exception, match="editor"):
        store.save_claim_decision(sid, "k:1", editor="", status="verified")
    assert len(store.claim_decisions(sid)) == 0


def test_flags_figures_and_source_edits(store):
    sid = fresh_story(store)
    store.save_flag_decision(sid, "k:1|lexicon:regime|regime", editor="ann", decision="dismissed", reason="quoted")
    store.save_figure_choice(sid, "q001|q007", editor="ann", figure=697, reason="latest cumulative")
    store.save_source_edit(sid, editor="ann", kind="merge", payload={"keep": "A", "merge": ["B"]})
    assert store.flag_decisions(sid).iloc[0]["decision"] == "dismissed"
    assert store.figure_choices(sid).iloc[0]["figure"] == 697
    assert store.source_edits(sid).iloc[0]["kind"] == "merge"
    assert set(store.audit_log(sid)["target"]) == {"flag", "figure", "source"}


def test_concurrent_editors_lose_nothing(store):
    sid = fresh_story(store)
    errors = []

    def work(editor):
        try:
            for i in range(15):
                store.save_claim_decision(sid, f"{editor}:{i}", editor=editor, status="verified")
                store.save_claim_decision(sid, "shared:1", editor=editor, note=f"{editor} {i}")
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(e,)) for e in ("ann", "bob", "cat")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    d = store.claim_decisions(sid).set_index("claim_key")
    assert len(d) == 46
    assert d.loc["shared:1", "version"] == 45  # every save of the shared claim landed, none overwrote blindly
    notes = store.audit_log(sid, "shared:1")
    assert len(notes) == 45


def test_concurrent_conflicting_edits_are_detected(store):
    sid = fresh_story(store)
    store.save_claim_decision(sid, "k:1", editor="ann", status="verified")
    results = []

    def stale_save(editor):
        try:
            store.save_claim_decision(sid, "k:1", editor=editor, status="false", note=editor, expected_version=1)
            results.append("saved")
        except ConflictError:
            results.append("conflict")

    threads = [threading.Thread(target=stale_save, args=(e,)) for e in ("bob", "cat", "dan", "eve")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["conflict"] * 3 + ["saved"]


CRASH_SCRIPT = """
import sys
from verify.store import ReviewStore
s = ReviewStore(sys.argv[1])
sid = sys.argv[2]
i = 0
while True:
    s.save_claim_decision(sid, f"k:{i % 7}", editor="crash", note=f"n{i}")
    i += 1
    if i == 5:
        print("running", flush=True)
"""


def test_killed_writer_leaves_the_store_consistent(url, tmp_path):
    store = ReviewStore(url)
    sid = fresh_story(store)
    proc = subprocess.Popen([sys.executable, "-c", CRASH_SCRIPT, url, sid], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "running"
    proc.kill()
    proc.wait()
    decisions = store.claim_decisions(sid)
    log = store.audit_log(sid)
    # every decision version is backed by exactly that many audit rows, and no audit row is orphaned
    for row in decisions.itertuples():
        assert (log["key"] == row.claim_key).sum() == row.version
    assert set(log["key"]) == set(decisions["claim_key"])
    store.save_claim_decision(sid, "k:0", editor="after", status="verified")  # still writable


def test_two_processes_opening_a_fresh_database_at_once(tmp_path, monkeypatch):
    """The other process creates the tables between our check and our CREATE."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from verify import store as store_module

    real_create_all = store_module.metadata.create_all
    calls = []

    def racing_create_all(engine):
        calls.append(engine)
        if len(calls) == 1:
            real_create_all(engine)  # the other process wins the race
            raise OperationalError("CREATE TABLE review_audit", {}, sqlite3.OperationalError("table review_audit already exists"))
        real_create_all(engine)

    monkeypatch.setattr(store_module.metadata, "create_all", racing_create_all)
    s = ReviewStore(f"sqlite:///{tmp_path}/fresh.sqlite")
    assert len(calls) == 2
    sid = fresh_story(s)
    s.save_claim_decision(sid, "k:0", editor="ed", status="verified")
    assert s.claim_decisions(sid)["status"].tolist() == ["verified"]


def test_other_database_errors_are_not_swallowed(tmp_path, monkeypatch):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from verify import store as store_module

    def broken(engine):
        raise OperationalError("CREATE TABLE x", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(store_module.metadata, "create_all", broken)
    with pytest.raises(OperationalError, match="disk I/O"):
        ReviewStore(f"sqlite:///{tmp_path}/fresh.sqlite")


def test_a_story_without_a_title_takes_its_first_line(tmp_path):
    s = ReviewStore(f"sqlite:///{tmp_path}/t.sqlite")
    s.add_story("\n  Floods kill dozens in Brazil \n\nFloods have killed 39 people.")
    assert s.list_stories()["title"].tolist() == ["Floods kill dozens in Brazil"]

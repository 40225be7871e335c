import json

import pandas as pd
import pytest

from verify.batch import read_ledger, run_batch
from verify.cli import main

STORIES = [
    ("a", "Police said two men were arrested on Monday."),
    ("b", "The flood killed 12 people, the ministry said."),
    ("c", "The bridge reopened. Officials said traffic was light."),
    ("d", "   "),  # empty: a failure, recorded, not fatal
    ("e", "\u201cWe will rebuild,\u201d said the mayor, Ana Costa."),
]


@pytest.fixture
def jsonl(tmp_path):
    p = tmp_path / "stories.jsonl"
    p.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in STORIES) + "not json\n",
                 encoding="utf-8")
    return p


def test_batch_writes_parquet_csv_and_failures(jsonl, tmp_path):
    out = tmp_path / "out"
    report = run_batch(jsonl, out, chunk=2, progress=False)
    assert report == {"analysed": 4, "failed": 2, "skipped": 0, "chunks": 3}
    ledger = read_ledger(out)
    assert sorted(ledger["article_id"].unique()) == ["a", "b", "c", "e"]
    assert len(list((out / "parts").glob("*.parquet"))) == 3
    csv_rows = pd.read_csv(out / "ledger.csv")
    assert len(csv_rows) == len(ledger)
    failures = [json.loads(l) for l in (out / "failures.jsonl").read_text().splitlines()]
    assert {f["id"] for f in failures} == {"d", "line-6"} and "empty" in failures[0]["error"]


def test_batch_resumes_without_redoing_finished_stories(jsonl, tmp_path):
    out = tmp_path / "out"
    first = run_batch(jsonl, out, chunk=2, progress=False, limit=2)  # interrupted after one chunk
    assert first["analysed"] == 2
    parts_before = {p.name: p.stat().st_mtime_ns for p in (out / "parts").glob("*.parquet")}
    second = run_batch(jsonl, out, chunk=2, progress=False)
    assert second["skipped"] == 2 and second["analysed"] + second["failed"] == 4
    for name, mtime in parts_before.items():
        assert (out / "parts" / name).stat().st_mtime_ns == mtime  # finished parts untouched
    whole = read_ledger(out)
    fresh = read_ledger(_fresh(jsonl, tmp_path))
    pd.testing.assert_frame_equal(whole, fresh)


def _fresh(jsonl, tmp_path):
    out = tmp_path / "fresh"
    run_batch(jsonl, out, chunk=2, progress=False)
    return out


def test_directory_and_csv_inputs_via_the_command_line(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "one.txt").write_text(STORIES[0][1], encoding="utf-8")
    (d / "two.txt").write_text(STORIES[1][1], encoding="utf-8")
    assert main(["batch", str(d), str(tmp_path / "o1"), "--quiet"]) == 0
    assert json.loads(capsys.readouterr().out)["analysed"] == 2
    c = tmp_path / "s.csv"
    pd.DataFrame({"id": ["x", "y"], "text": [STORIES[2][1], STORIES[4][1]]}).to_csv(c, index=False)
    assert main(["batch", str(c), str(tmp_path / "o2"), "--quiet"]) == 0
    assert sorted(read_ledger(tmp_path / "o2")["article_id"].unique()) == ["x", "y"]


def test_dask_cluster_gives_the_same_ledger(jsonl, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        run_batch(jsonl, tmp_path / "dask", chunk=2, progress=False, scheduler=cluster.scheduler_address)
    pd.testing.assert_frame_equal(read_ledger(tmp_path / "dask"), read_ledger(_fresh(jsonl, tmp_path)))

import csv
import io
import json

from verify.cli import main
from verify.export import LEDGER_COLUMNS


def test_analyze_json_has_claims_with_exact_offsets(capsys, seed_text, tmp_path):
    p = tmp_path / "story.txt"
    p.write_text(seed_text, encoding="utf-8")
    assert main(["analyze", str(p), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["path"] == str(p)
    assert doc["claims"]
    for c in doc["claims"]:
        assert seed_text[c["start"]:c["end"]] == c["text"]
        assert set(c["source"]) >= {"name", "type", "mention", "via"}


def test_analyze_directory_as_jsonl_gives_one_object_per_file(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("Police said two men were arrested.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The bridge reopened on Monday.", encoding="utf-8")
    assert main(["analyze", str(tmp_path), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(l)["path"].rsplit("/", 1)[-1] for l in lines] == ["a.txt", "b.txt"]


def test_csv_ledger_has_documented_columns(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("=HYPERLINK(\"http://x\") was typed by a reader.", encoding="utf-8")
    assert main(["analyze", str(tmp_path / "a.txt"), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == list(LEDGER_COLUMNS)
    assert rows[0]["text"].startswith("'=")  # neutralised for spreadsheets


def test_bad_file_is_reported_not_a_traceback(capsys, tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(b"\x00\x01\x02binary")
    assert main(["analyze", str(p)]) == 1
    err = capsys.readouterr().err
    assert "binary" in err and "Traceback" not in err


def test_every_ledger_column_is_documented():
    from pathlib import Path

    doc = (Path(__file__).resolve().parent.parent / "docs" / "ledger.md").read_text(encoding="utf-8")
    missing = [c for c in LEDGER_COLUMNS if f"`{c}`" not in doc]
    assert missing == []


def test_app_command_opens_the_given_story(monkeypatch):
    import subprocess

    calls = []
    monkeypatch.setattr(subprocess, "call", lambda cmd: calls.append(cmd) or 0)
    assert main(["app", "seeds/000_ba9a064b846a63d7.txt", "--port", "8600"]) == 0
    cmd = calls[0]
    assert cmd[1:4] == ["-m", "streamlit", "run"] and cmd[4].endswith("streamlit_app.py")
    assert cmd[-2:] == ["--story", "seeds/000_ba9a064b846a63d7.txt"] and "8600" in cmd

"""The repository itself: no merge left half done in code, data or docs."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"^(?:<{7}|={7}|>{7})(?: |$)", re.M)


def test_no_merge_conflict_markers():
    files = [p for d in ("verify", "docs", "tests", "app_pages", "scripts", "benchmarks", "seeds")
             for p in (ROOT / d).rglob("*") if p.is_file() and p.suffix in (".py", ".md", ".csv", ".txt", ".json")]
    files += [ROOT / "README.md", ROOT / "streamlit_app.py", ROOT / "pyproject.toml"]
    hit = [str(p.relative_to(ROOT)) for p in files if MARKER.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert hit == []


def test_each_lexicon_lists_a_term_once():
    import csv
    for path in sorted((ROOT / "verify" / "data").glob("*.csv")):
        rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
        # source_lists.csv, flag_lists.csv and figure_words.csv are lists of words compared as written, a word in several lists: once in each list
        terms = [(r["term"], r["category"]) if path.name in ("source_lists.csv", "flag_lists.csv", "figure_words.csv") else r["term"].lower()
                 for r in csv.DictReader(rows)]
        assert sorted({t for t in terms if terms.count(t) > 1}) == [], path.name


def test_no_control_characters_in_code_data_or_docs():
    bad = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
    files = [p for d in ("verify", "docs", "tests", "app_pages", "scripts", "benchmarks", "seeds")
             for p in (ROOT / d).rglob("*") if p.is_file() and p.suffix in (".py", ".md", ".csv", ".txt", ".json")]
    assert [str(p.relative_to(ROOT)) for p in files if bad.search(p.read_text(encoding="utf-8", errors="replace"))] == []

"""Helpers for the tests of the lexicon data files: their rows as written, and a loader made to read one more row."""
import csv
from contextlib import contextmanager

from verify import lexicon


def data_rows(name: str) -> list[dict]:
    """The rows of verify/data/NAME, comment lines left out, as the file has them."""
    text = lexicon.data_path(name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#")))


@contextmanager
def with_row_added(monkeypatch, name: str, row: str, *loaders):
    """Inside the block the data file NAME reads with ROW (a CSV line) at its end, and the cached loaders read
    again; after it, the file as it is (caches cleared again, so no other test sees the row)."""
    original = lexicon._read_data
    monkeypatch.setattr(lexicon, "_read_data", lambda n: original(n) + row + "\n" if n == name else original(n))
    caches = (lexicon.load_lexicon,) + loaders
    for loader in caches:
        loader.cache_clear()
    try:
        yield
    finally:
        monkeypatch.undo()
        for loader in caches:
            loader.cache_clear()

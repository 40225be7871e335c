"""Whole archives: analyse many stories, resume after an interruption, write Parquet and CSV.

Input: a directory of story files, or a JSONL / CSV file of stories (columns id, text,
and optionally published, title). Output directory:
  parts/part-NNNNN.parquet   the ledger rows of one chunk of stories (Parquet, partitioned)
  done.txt                   ids of finished stories, appended after each chunk is written
  failures.jsonl             stories that could not be analysed, with the error
  ledger.csv                 all parts as one CSV (neutralised for spreadsheets)
A rerun skips the ids in done.txt, so an interrupted batch resumes where it stopped.
With a Dask scheduler address the chunks run on the cluster; the result is the same.
"""
from __future__ import annotations

import csv
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

import pandas as pd

from .errors import InputError, VerifyError

CHUNK = 50


@dataclass
class Story:
    id: str
    text: str
    published: Optional[str] = None
    path: Optional[str] = None


def read_stories(source: Path) -> Iterator[Story]:
    """Stories from a directory, a .jsonl or a .csv file; a bad record is yielded with text None."""
    from .cli import expand_inputs
    from .textio import read_story

    source = Path(source)
    if source.is_dir():
        for f in expand_inputs([str(source)]):
            try:
                yield Story(str(f.relative_to(source)), read_story(f), path=str(f))
            except VerifyError as exc:
                yield Story(str(f.relative_to(source)), None, path=f"error: {exc}")
    elif source.suffix.lower() == ".jsonl":
        with open(source, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    yield Story(str(rec.get("id", n)), rec["text"], rec.get("published"))
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    yield Story(f"line-{n}", None, path=f"error: line {n}: {exc}")
    elif source.suffix.lower() == ".csv":
        csv.field_size_limit(50 * 1024 * 1024)
        with open(source, encoding="utf-8", newline="") as fh:
            for n, rec in enumerate(csv.DictReader(fh), 2):
                if not rec.get("text"):
                    yield Story(str(rec.get("id") or f"row-{n}"), None, path=f"error: row {n} has no text")
                    continue
                yield Story(str(rec.get("id") or f"row-{n}"), rec["text"], rec.get("published") or None)
    else:
        raise InputError(f"{source}: give a directory of stories, a .jsonl or a .csv file")


def analyse_chunk(stories: list[Story]) -> tuple[pd.DataFrame, list[dict]]:
    """Ledger rows for a chunk of stories, and the failures (never raises for one bad story)."""
    from .analysis import analyze

    frames, failures = [], []
    for s in stories:
        if s.text is None:
            failures.append({"id": s.id, "error": s.path})
            continue
        try:
            frames.append(analyze(s.text, article_id=s.id, published=s.published, path=s.path).claims)
        except VerifyError as exc:
            failures.append({"id": s.id, "error": str(exc)})
    df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return df, failures


def _done_ids(out: Path) -> set[str]:
    done = out / "done.txt"
    return set(done.read_text(encoding="utf-8").splitlines()) if done.exists() else set()


def _write_chunk(out: Path, index: int, df: pd.DataFrame, stories: list[Story], failures: list[dict]) -> None:
    """Write the part atomically, then record the ids as done (the order makes resuming safe)."""
    parts = out / "parts"
    parts.mkdir(parents=True, exist_ok=True)
    if len(df):
        tmp = parts / f".part-{index:05d}.parquet.tmp"
        df.astype({"quoted": bool}).to_parquet(tmp, index=False)
        os.replace(tmp, parts / f"part-{index:05d}.parquet")
    if failures:
        with open(out / "failures.jsonl", "a", encoding="utf-8") as fh:
            for f in failures:
                fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    with open(out / "done.txt", "a", encoding="utf-8") as fh:
        fh.write("".join(s.id + "\n" for s in stories))
        fh.flush()
        os.fsync(fh.fileno())


def run_batch(source: Path, out: Path, *, chunk: int = CHUNK, scheduler: Optional[str] = None,
              progress: bool = True, limit: Optional[int] = None) -> dict:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    done = _done_ids(out)
    todo = [s for s in read_stories(Path(source)) if s.id not in done]
    if limit is not None:
        todo = todo[:limit]
    chunks = [todo[i:i + chunk] for i in range(0, len(todo), chunk)]
    first = len(list((out / "parts").glob("part-*.parquet"))) if (out / "parts").exists() else 0
    bar = _progress(len(todo), progress)
    n_fail = 0
    if scheduler:
        from dask.distributed import Client, as_completed

        with Client(scheduler) as client:
            futures = {client.submit(analyse_chunk, c, pure=False): i for i, c in enumerate(chunks)}
            for fut in as_completed(futures):
                i = futures[fut]
                df, failures = fut.result()
                _write_chunk(out, first + i, df, chunks[i], failures)
                n_fail += len(failures)
                bar.update(len(chunks[i]))
    else:
        if chunks:
            from .analysis import warm_up

            warm_up()  # (lexicons loaded once and the start-up objects frozen: a batch is a long run)
        for i, c in enumerate(chunks):
            df, failures = analyse_chunk(c)
            _write_chunk(out, first + i, df, c, failures)
            n_fail += len(failures)
            bar.update(len(c))
    bar.close()
    write_csv(out)
    return {"analysed": len(todo) - n_fail, "failed": n_fail, "skipped": len(done), "chunks": len(chunks)}


def read_ledger(out: Path) -> pd.DataFrame:
    parts = sorted((Path(out) / "parts").glob("part-*.parquet"))
    if not parts:
        return pd.DataFrame()
    df = pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)
    return df.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def write_csv(out: Path) -> None:
    from .export import ledger_csv

    (Path(out) / "ledger.csv").write_text(ledger_csv([read_ledger(out)]), encoding="utf-8")


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="story", disable=not enabled, file=sys.stderr)

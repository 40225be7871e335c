"""Review logic: the claim ledger with editors' decisions, CSV round trips, re-analysis.

Pure functions over an Analysis and the store's DataFrames; no Streamlit here.
A claim_key survives re-analysis: it hashes the claim's normalised text and
counts repeats, so decisions follow the claim even when ids or offsets shift.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from typing import Optional

import pandas as pd

from .errors import InputError
from .export import claims_frame, ledger_csv
from .model import SOURCE_TYPES, Source

STATUSES = ("unreviewed", "verified", "disputed", "false", "needs a source")
REVIEW_COLUMNS = ["claim_key", "status", "reviewed_source_name", "reviewed_source_type", "note", "editor",
                  "updated_at"]
MAX_CELL = 10_000
MAX_IMPORT_BYTES = 20 * 1024 * 1024


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def claim_keys(claims) -> list[str]:
    """Keys for claims in order: hash of normalised text + occurrence number."""
    seen: dict[str, int] = {}
    keys = []
    for c in claims:
        h = hashlib.sha256(_normalise(c.text).encode("utf-8")).hexdigest()[:16]
        seen[h] = seen.get(h, 0) + 1
        keys.append(f"{h}:{seen[h]}")
    return keys


def claim_key(claim, claims) -> str:
    """The key of one claim among the story's claims."""
    return dict(zip([c.id for c in claims], claim_keys(claims)))[claim.id]


def flag_key(flag, keys_by_claim: dict[str, str]) -> str:
    return f"{keys_by_claim.get(flag.claim_id, '')}|{flag.rule}|{flag.text.lower()}"


def apply_source_edits(analysis, edits: Optional[pd.DataFrame]) -> tuple[list[Source], dict[str, str]]:
    """The registry after editors' merges and splits, and a map old name -> name to show."""
    sources = [Source(s.id, s.name, s.type, list(s.aliases), list(s.mentions)) for s in analysis.source_records]
    rename: dict[str, str] = {}
    if edits is None or not len(edits):
        return sources, rename
    for _, row in edits.iterrows():
        payload = json.loads(row["payload"]) if isinstance(row["payload"], str) else row["payload"]
        if row["kind"] == "merge":
            keep = next((s for s in sources if s.name == payload["keep"]), None)
            for name in payload.get("merge", []):
                other = next((s for s in sources if s.name == name), None)
                if keep is None or other is None or other is keep:
                    continue
                keep.aliases += [other.name] + other.aliases
                keep.mentions += other.mentions
                sources.remove(other)
                rename[name] = keep.name
                for k, v in list(rename.items()):
                    if v == name:
                        rename[k] = keep.name
        elif row["kind"] == "split":
            src = next((s for s in sources if s.name == payload["source"]), None)
            if src is None:
                continue
            alias = payload["alias"]
            moved = [m for m in src.mentions if m.text.strip().lower() == alias.strip().lower()]
            src.mentions = [m for m in src.mentions if m not in moved]
            src.aliases = [a for a in src.aliases if a.lower() != alias.lower()]
            new = Source(f"s{len(sources) + 1}", payload.get("new_name") or alias, payload.get("type") or src.type,
                         [], moved)
            sources.append(new)
            rename[f"{src.name}|{alias.lower()}"] = new.name
    return sources, rename


def ledger(analysis, decisions: Optional[pd.DataFrame] = None, source_edits: Optional[pd.DataFrame] = None) -> pd.DataFrame:
    """The CSV ledger with the editors' decisions and source edits applied."""
    df = claims_frame(analysis)
    df.insert(3, "claim_key", claim_keys(analysis.claim_records))
    _, rename = apply_source_edits(analysis, source_edits)
    if rename:
        mention = df["source_mention"].str.lower()
        df["source_name"] = [rename.get(f"{n}|{m}", rename.get(n, n)) for n, m in zip(df["source_name"], mention)]
    dec = decisions if decisions is not None and len(decisions) else pd.DataFrame(columns=["claim_key"])
    dec = dec.rename(columns={"source_name": "reviewed_source_name", "source_type": "reviewed_source_type"})
    cols = [c for c in REVIEW_COLUMNS if c in dec.columns] + (["version"] if "version" in dec.columns else [])
    out = df.merge(dec[cols], on="claim_key", how="left") if len(dec) else df
    for c in REVIEW_COLUMNS[1:]:
        if c not in out.columns:
            out[c] = None
    out["status"] = out["status"].fillna("unreviewed")
    return out


def export_csv(ledger_df: pd.DataFrame) -> str:
    """The reviewed ledger as CSV, safe to open in a spreadsheet."""
    return ledger_csv([ledger_df.drop(columns=[c for c in ("version",) if c in ledger_df.columns])])


@dataclass
class ImportReport:
    changed: list[dict] = field(default_factory=list)
    unchanged: int = 0
    unmatched: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _clean(value) -> Optional[str]:
    if value is None:
        return None
    v = str(value)
    if v.startswith("'") and v[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        v = v[1:]  # our own export neutralised it
    return v.strip() or None


def parse_review_csv(csv_text: str) -> tuple[list[dict], list[str]]:
    """Rows of a reviewed-ledger CSV, and the problems that make rows unusable."""
    if len(csv_text.encode("utf-8", "replace")) > MAX_IMPORT_BYTES:
        return [], ["the file is larger than 20 MB; split it"]
    if "\x00" in csv_text:
        return [], ["the file contains binary data, not CSV text"]
    try:
        reader = csv.DictReader(io.StringIO(csv_text))
        header = reader.fieldnames or []
        rows = list(reader)
    except csv.Error as exc:
        return [], [f"not a readable CSV: {exc}"]
    missing = [c for c in ("claim_key", "status") if c not in header]
    if missing:
        return [], [f"missing column(s) {', '.join(missing)}; export a ledger from verify to get the layout"]
    errors, good, seen = [], [], set()
    for n, row in enumerate(rows, start=2):
        if None in row:
            errors.append(f"row {n}: more cells than columns")
            continue
        if any(v is not None and len(v) > MAX_CELL for v in row.values()):
            errors.append(f"row {n}: a cell is longer than {MAX_CELL} characters")
            continue
        key = _clean(row.get("claim_key"))
        status = _clean(row.get("status")) or "unreviewed"
        stype = _clean(row.get("reviewed_source_type"))
        if not key or not re.fullmatch(r"[0-9a-f]{16}:\d+", key):
            errors.append(f"row {n}: claim_key {row.get('claim_key')!r} is not a verify claim key")
            continue
        if key in seen:
            errors.append(f"row {n}: claim_key {key} appears twice")
            continue
        if status not in STATUSES:
            errors.append(f"row {n}: status {status!r} is not one of {', '.join(STATUSES)}")
            continue
        if stype and stype not in SOURCE_TYPES:
            errors.append(f"row {n}: source type {stype!r} is not one of {', '.join(SOURCE_TYPES)}")
            continue
        seen.add(key)
        good.append({"row": n, "claim_key": key, "status": status,
                     "source_name": _clean(row.get("reviewed_source_name")), "source_type": stype,
                     "note": _clean(row.get("note")), "text": _clean(row.get("text"))})
    return good, errors


def import_csv(csv_text: str, analysis, store, story_id: str, *, editor: str) -> ImportReport:
    """Apply a reviewed ledger CSV; with any bad row nothing is changed and every bad row is reported."""
    report = ImportReport()
    rows, errors = parse_review_csv(csv_text)
    if errors:
        report.errors = errors
        return report
    keys = dict(zip(claim_keys(analysis.claim_records), analysis.claim_records))
    current = store.claim_decisions(story_id).set_index("claim_key")
    for row in rows:
        claim = keys.get(row["claim_key"])
        if claim is None:
            report.unmatched.append({"row": row["row"], "claim_key": row["claim_key"], "text": row["text"]})
            continue
        old = current.loc[row["claim_key"]] if row["claim_key"] in current.index else None
        new = {"status": row["status"], "source_name": row["source_name"], "source_type": row["source_type"],
               "note": row["note"]}
        diff = {k: v for k, v in new.items() if v is not None and v != _stored(old, k)}
        if not diff:
            report.unchanged += 1
            continue
        store.save_claim_decision(story_id, row["claim_key"], editor=editor, claim_id=claim.id,
                                  claim_text=claim.text, **diff)
        report.changed.append({"claim_id": claim.id, "claim_key": row["claim_key"], **diff})
    return report


def _stored(row, field: str):
    """A stored decision value; no status yet reads as 'unreviewed'."""
    value = None if row is None else row.get(field)
    if value is None or (isinstance(value, float) and value != value):
        return "unreviewed" if field == "status" else None
    return value


def rematch(analysis, decisions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """After re-analysis: (decisions whose claim still exists, decisions whose claim is gone)."""
    if decisions is None or not len(decisions):
        empty = pd.DataFrame(columns=list(decisions.columns) if decisions is not None else ["claim_key"])
        return empty, empty
    keys = set(claim_keys(analysis.claim_records))
    mask = decisions["claim_key"].isin(keys)
    return decisions[mask].reset_index(drop=True), decisions[~mask].reset_index(drop=True)


def read_import_bytes(data: bytes) -> str:
    """Decode an uploaded CSV (UTF-8, with or without BOM) or refuse it clearly."""
    if b"\x00" in data[:4096]:
        raise InputError("the file is binary, not a CSV")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("the CSV is not UTF-8; save it from the spreadsheet as 'CSV UTF-8'") from None

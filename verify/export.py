"""Turning an Analysis into JSON objects, DataFrames and the CSV claim ledger.

The CSV ledger has one row per claim; its columns are documented in
``LEDGER_COLUMNS`` and in docs/ledger.md. Cells a spreadsheet would run as a
formula are neutralised on the way out (OWASP CSV injection guidance).
"""
from __future__ import annotations

import csv
import io
from dataclasses import asdict, fields
from typing import Iterable

import pandas as pd

from .model import Claim, Source

# Column -> meaning. Kept in step with docs/ledger.md.
LEDGER_COLUMNS: dict[str, str] = {
    "article_id": "the story's id (given, or the first 16 hex digits of the text's SHA-256)",
    "path": "the file the story came from, where there was one",
    "claim_id": "the claim's id, stable for the same text (c001, c002 ...)",
    "kind": "claim, or metadata for bylines, datelines, slugs, live-blog time stamps",
    "start": "character offset of the claim in the text as read (UTF-8), inclusive",
    "end": "character offset, exclusive",
    "text": "the claim's text",
    "source_name": "who the claim comes from (\"the reporter\" when unattributed)",
    "source_type": "person, organization, anonymous, vague, document or reporter",
    "source_id": "the source's id in the story's source registry",
    "via": "outer sources of a chain, outermost first, separated by ' > '",
    "source_mention": "the words in the text that name the source for this claim",
    "source_rule": "the rule that tied the claim to its source",
    "cue": "the reporting verb or phrase (said, according to ...)",
    "quoted": "true when the claim is (partly) a direct quotation",
    "flag_count": "number of framing flags in the claim",
    "flags": "the flags, 'category: text' separated by ' | '",
    "quantity_count": "number of figures in the claim and its attribution frame ('a poll of 1,000 voters found')",
    "quantities": "the figures, 'text = value (category, event)' separated by ' | '",
    "reading_ease": "Flesch reading ease of the claim",
    "grade": "Flesch-Kincaid grade of the claim",
}

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """Prefix a cell a spreadsheet would treat as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def records_frame(records: Iterable, cls) -> pd.DataFrame:
    """A DataFrame with one row per record; columns follow the dataclass even when empty."""
    rows = [asdict(r) for r in records]
    return pd.DataFrame(rows, columns=[f.name for f in fields(cls)])


def claim_to_dict(claim: Claim) -> dict:
    d = asdict(claim)
    src = d.pop("source")
    d["source"] = {
        "name": src["name"],
        "type": src["type"],
        "id": src["source_id"],
        "mention": src["mention"],
        "via": src["via"],
        "via_frames": src["via_frames"],
        "rule": src["rule"],
    }
    return d


def source_to_dict(source: Source) -> dict:
    return asdict(source)


def analysis_to_dict(analysis) -> dict:
    return {
        "path": analysis.path,
        "article_id": analysis.article_id,
        "published": analysis.published.isoformat() if analysis.published else None,
        "claims": [claim_to_dict(c) for c in analysis.claim_records],
        "sources": [source_to_dict(s) for s in analysis.source_records],
        "flags": [asdict(f) for f in analysis.flag_records],
        "quantities": [asdict(q) for q in analysis.quantity_records],
        "reconciliation": [asdict(r) for r in analysis.relation_records],
        "readability": {"story": analysis.readability_story, "claims": analysis.readability_claims},
    }


def claims_frame(analysis) -> pd.DataFrame:
    """The claim ledger of one story as a DataFrame (the CSV's rows)."""
    flags_by_claim: dict[str, list] = {}
    for f in analysis.flag_records:
        flags_by_claim.setdefault(f.claim_id, []).append(f)
    quants_by_claim: dict[str, list] = {}
    for q in analysis.quantity_records:
        quants_by_claim.setdefault(q.claim_id, []).append(q)
    rows = []
    for c in analysis.claim_records:
        flags = flags_by_claim.get(c.id, [])
        quants = quants_by_claim.get(c.id, [])
        scores = analysis.readability_claims.get(c.id, {})
        rows.append({
            "article_id": analysis.article_id,
            "path": analysis.path or "",
            "claim_id": c.id,
            "kind": c.kind,
            "start": c.start,
            "end": c.end,
            "text": c.text,
            "source_name": c.source.name,
            "source_type": c.source.type,
            "source_id": c.source.source_id or "",
            "via": " > ".join(c.source.via),
            "source_mention": c.source.mention.text if c.source.mention else "",
            "source_rule": c.source.rule,
            "cue": c.cue.text if c.cue else "",
            "quoted": c.quoted,
            "flag_count": len(flags),
            "flags": " | ".join(f"{f.category}: {f.text}" for f in flags),
            "quantity_count": len(quants),
            "quantities": " | ".join(_quantity_label(q) for q in quants),
            "reading_ease": scores.get("reading_ease"),
            "grade": scores.get("grade"),
        })
    return pd.DataFrame(rows, columns=list(LEDGER_COLUMNS))


def _quantity_label(q) -> str:
    if q.value is not None:
        value = f"{q.value:g}"
    elif q.convention in ("score", "vote"):
        value = q.text  # a pair of figures, "3-1", "7-3": no single value
    else:
        lo = "" if q.low is None else f"{q.low:g}"
        hi = "" if q.high is None else f"{q.high:g}"
        value = f"{lo}-{hi}"
    what = ", ".join(x for x in (q.category, q.event) if x)
    return f"{q.text} = {value}" + (f" ({what})" if what else "")


def sources_frame(analysis) -> pd.DataFrame:
    rows = []
    for s in analysis.source_records:
        rows.append({
            "article_id": analysis.article_id,
            "source_id": s.id,
            "name": s.name,
            "type": s.type,
            "aliases": " | ".join(s.aliases),
            "mentions": len(s.mentions),
            "mention_texts": " | ".join(m.text for m in s.mentions),
        })
    return pd.DataFrame(rows, columns=["article_id", "source_id", "name", "type", "aliases", "mentions", "mention_texts"])


def ledger_csv(frames: Iterable[pd.DataFrame]) -> str:
    """One CSV over many stories' ledgers, safe to open in a spreadsheet."""
    frames = list(frames)
    df = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(LEDGER_COLUMNS))
    safe = df.map(neutralise_cell)
    buf = io.StringIO()
    # every text cell quoted: a lone carriage return inside a cell must not end the row
    safe.to_csv(buf, index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    return buf.getvalue()

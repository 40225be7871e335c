"""Score number extraction and reconciliation on a case file (tests/data/quantity_cases.json).

A predicted quantity matches an expected one when its text equals the expected text
(case-insensitive) and its low/high bounds agree. Extraction precision and recall
count matched quantities; category and event accuracy are over matched ones;
relation accuracy compares the multiset of statuses per case.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from ..analysis import analyze


def _match(pred, exp) -> bool:
    return pred.text.lower() == exp["text"].lower() and pred.low == exp["low"] and pred.high == exp["high"]


def evaluate_file(path: Path, limit: Optional[int] = None) -> dict:
    cases = json.loads(Path(path).read_text(encoding="utf-8"))[:limit]
    tp = n_pred = n_gold = cat_ok = ev_ok = rel_ok = rel_cases = 0
    failures = []
    for case in cases:
        a = analyze(case["text"])
        preds, golds = a.quantity_records, case["quantities"]
        n_pred += len(preds)
        n_gold += len(golds)
        matched = []
        for g in golds:
            p = next((p for p in preds if _match(p, g) and p not in matched), None)
            if p is None:
                failures.append(f"missed {g['text']!r} in: {case['text']}")
                continue
            matched.append(p)
            tp += 1
            cat_ok += (p.category or None) == g["category"] or (g["category"] or "") in (p.category or "")
            ev_ok += p.event == g["event"]
            if p.event != g["event"] or not ((p.category or None) == g["category"] or (g["category"] or "") in (p.category or "")):
                failures.append(f"{g['text']!r}: category {p.category!r} event {p.event!r}, expected "
                                f"{g['category']!r} {g['event']!r}")
        for p in preds:
            if p not in matched:
                failures.append(f"spurious {p.text!r} ({p.low}-{p.high}) in: {case['text']}")
        statuses = sorted(r.status for r in a.relation_records if r.status != "different-scope" or
                          "different-scope" in case["relations"])
        if case["relations"] or statuses:
            rel_cases += 1
            if statuses == sorted(case["relations"]):
                rel_ok += 1
            else:
                failures.append(f"relations {statuses} expected {sorted(case['relations'])} in: {case['text']}")
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"cases": len(cases), "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "category_accuracy": round(cat_ok / tp, 3) if tp else 0.0,
            "event_accuracy": round(ev_ok / tp, 3) if tp else 0.0,
            "relation_accuracy": round(rel_ok / rel_cases, 3) if rel_cases else 0.0,
            "relation_cases": rel_cases, "failures": failures}


def format_report(report: dict) -> str:
    lines = [f"Quantity cases: {report['cases']}",
             f"extraction P {report['precision']:.3f}  R {report['recall']:.3f}  F1 {report['f1']:.3f}",
             f"category accuracy {report['category_accuracy']:.3f}  event accuracy {report['event_accuracy']:.3f}",
             f"relations right in {report['relation_accuracy']:.3f} of {report['relation_cases']} cases",
             "still failing:"] + [f"  - {f}" for f in report["failures"]]
    return "\n".join(lines)

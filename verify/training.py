"""Training mode: exercises built from reviewed stories, and the scoring of trainees' answers.

An answer key is a reviewed ledger (the editors' sources, kept flags and chosen
figure) or, for a story nobody reviewed, the engine's output marked as such.
Scoring gives partial credit and always says why, with the key's reasons.
"""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd

from .analysis import analyze
from .errors import InputError
from .model import REPORTER
from .review import claim_keys

TASKS = ("source", "flags", "figure")


@dataclass
class KeyClaim:
    claim_id: str
    text: str
    source_name: str
    source_type: str
    aliases: list[str] = field(default_factory=list)
    why: str = ""


@dataclass
class KeyFlag:
    start: int
    end: int
    text: str
    category: str
    reason: str


@dataclass
class KeyFigure:
    figure: Optional[float]
    low: Optional[float]
    high: Optional[float]
    why: str


@dataclass
class AnswerKey:
    origin: str  # "review" | "engine" | "written"
    claims: list[KeyClaim]
    flags: list[KeyFlag]
    figure: Optional[KeyFigure]


@dataclass
class Exercise:
    exercise_id: str
    title: str
    text: str
    key: AnswerKey

    def trainee_view(self) -> dict:
        """What a trainee sees: the story and its claims, never the key."""
        return {"exercise_id": self.exercise_id, "title": self.title, "text": self.text,
                "claims": [{"claim_id": c.claim_id, "text": c.text} for c in self.key.claims],
                "figure_question": self.key.figure is not None}


@dataclass
class Score:
    task: str
    item: str
    score: float
    verdict: str  # right | partial | wrong
    explanation: str


def _why(claim) -> str:
    parts = []
    if claim.cue:
        parts.append(f"cue “{claim.cue.text}”")
    if claim.source.mention:
        parts.append(f"named as “{claim.source.mention.text}”")
    if claim.source.via:
        parts.append("via " + " > ".join(claim.source.via))
    if claim.source.type == REPORTER:
        parts.append("no attribution: the reporter's own statement")
    return "; ".join(parts) + f" (rule: {claim.source.rule})"


def key_from_analysis(analysis, decisions: Optional[pd.DataFrame] = None,
                      flag_decisions: Optional[pd.DataFrame] = None,
                      figure_choices: Optional[pd.DataFrame] = None) -> AnswerKey:
    """A key from a story: the editors' decisions where there are any, the engine's output elsewhere."""
    reviewed = decisions is not None and len(decisions) > 0
    by_key = decisions.set_index("claim_key") if reviewed else None
    aliases = {s.name: s.aliases for s in analysis.source_records}
    claims = []
    for c, k in zip(analysis.claim_records, claim_keys(analysis.claim_records)):
        if c.kind != "claim":
            continue
        name, stype, why = c.source.name, c.source.type, _why(c)
        if reviewed and k in by_key.index:
            row = by_key.loc[k]
            if isinstance(row.get("source_name"), str) and row["source_name"]:
                name, why = row["source_name"], f"the editor's correction ({row.get('editor')}); engine said {c.source.name}"
            if isinstance(row.get("source_type"), str) and row["source_type"]:
                stype = row["source_type"]
        claims.append(KeyClaim(c.id, c.text, name, stype, aliases.get(name, []), why))
    dismissed = set()
    if flag_decisions is not None and len(flag_decisions):
        dismissed = set(flag_decisions[flag_decisions["decision"] == "dismissed"]["flag_key"])
    keys = dict(zip([c.id for c in analysis.claim_records], claim_keys(analysis.claim_records)))
    flags = [KeyFlag(f.start, f.end, f.text, f.category, f.reason) for f in analysis.flag_records
             if f"{keys.get(f.claim_id, '')}|{f.rule}|{f.text.lower()}" not in dismissed]
    figure = _key_figure(analysis, figure_choices)
    origin = "review" if reviewed or (figure_choices is not None and len(figure_choices)) else "engine"
    return AnswerKey(origin, claims, flags, figure)


def _key_figure(analysis, figure_choices) -> Optional[KeyFigure]:
    if figure_choices is not None and len(figure_choices):
        row = figure_choices.iloc[-1]
        rel = next((r for r in analysis.relation_records if "|".join(r.quantity_ids) == row["group_key"]), None)
        return KeyFigure(float(row["figure"]), rel.low if rel else None, rel.high if rel else None,
                         f"the editor's choice: {row['reason']}")
    rels = [r for r in analysis.relation_records if r.status in ("superseded", "conflict", "part-of") and r.figure]
    if not rels:
        return None
    r = next((r for r in rels if r.status in ("superseded", "conflict")), rels[0])
    return KeyFigure(r.figure, r.low, r.high, r.explanation)


def load_exercise(path: Path) -> Exercise:
    """An exercise file (JSON): title, text and optionally a written key; else the engine's key."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable exercise file ({exc})") from None
    analysis = analyze(doc["text"], article_id=Path(path).stem, published=doc.get("published"))
    key = key_from_analysis(analysis)
    written = doc.get("key")
    if written:
        key.origin = "written"
        for c in key.claims:
            for exp in written.get("sources", []):
                if exp["claim"] in c.text:
                    c.source_name, c.source_type = exp["source"], exp["type"]
                    c.why = exp.get("why", c.why)
        if "figure" in written:
            f = written["figure"]
            key.figure = KeyFigure(f["figure"], f.get("low"), f.get("high"), f["why"])
    return Exercise(Path(path).stem, doc.get("title", Path(path).stem), doc["text"], key)


def load_exercises(directory: Path) -> dict[str, Exercise]:
    return {p.stem: load_exercise(p) for p in sorted(Path(directory).glob("*.json"))}


def _norm(s: str) -> str:
    s = re.sub(r"[\u2018\u2019']s\b", "", s.lower())
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s)


def score_source(key: KeyClaim, name: str, stype: str) -> Score:
    names = {_norm(key.source_name)} | {_norm(a) for a in key.aliases}
    right_name = _norm(name or "") in names or (bool(name) and _norm(name) in _norm(key.source_name))
    right_type = stype == key.source_type
    expect = f"Key: {key.source_name} ({key.source_type}) — {key.why}."
    if right_name and right_type:
        return Score("source", key.claim_id, 1.0, "right", expect)
    if right_name:
        return Score("source", key.claim_id, 0.5, "partial", f"Right source, wrong type ({stype}). {expect}")
    if right_type:
        return Score("source", key.claim_id, 0.25, "partial", f"Right kind of source, wrong one ({name}). {expect}")
    return Score("source", key.claim_id, 0.0, "wrong", expect)


def score_flags(key: AnswerKey, text: str, marked: list[tuple[str, str]]) -> Score:
    """marked: (words, category) pairs. Credit 1 per key flag found with its category, 0.5 with
    another category; each marked phrase that is no flag counts against, so marking everything does not pay."""
    found, explanations, false = {}, [], 0
    for words, category in marked:
        w = words.strip().lower()
        if not w:
            continue
        hits = [f for f in key.flags if w in f.text.lower() or f.text.lower() in w]
        if not hits:
            false += 1
            explanations.append(f"“{words}” is not flagged in the key.")
            continue
        f = hits[0]
        credit = 1.0 if category == f.category else 0.5
        if found.get(f.text, 0) < credit:
            found[f.text] = credit
        explanations.append(f"“{words}”: found ({f.category}{'' if credit == 1 else f', you said {category}'}) — {f.reason}")
    missed = [f for f in key.flags if f.text not in found]
    explanations += [f"Missed “{f.text}” ({f.category}): {f.reason}" for f in missed]
    denominator = len(key.flags) + false
    score = sum(found.values()) / denominator if denominator else 1.0
    verdict = "right" if score == 1 else "partial" if score > 0 else "wrong"
    return Score("flags", "story", round(score, 3), verdict, " ".join(explanations))


def score_figure(key: AnswerKey, figure: Optional[float]) -> Score:
    k = key.figure
    if k is None:
        return Score("figure", "story", 1.0, "right", "This story has no figures to reconcile.")
    expect = f"Key: {k.figure:g} — {k.why}"
    if figure is not None and k.figure is not None and abs(figure - k.figure) < 1e-9:
        return Score("figure", "story", 1.0, "right", expect)
    if figure is not None and k.low is not None and k.high is not None and k.low <= figure <= k.high:
        return Score("figure", "story", 0.5, "partial", f"{figure:g} is within the reported range but not the "
                                                          f"figure to print. {expect}")
    return Score("figure", "story", 0.0, "wrong", expect)


def results_table(answers: pd.DataFrame) -> pd.DataFrame:
    """Per trainee: mean score per task and overall, ranked (ties share a rank)."""
    cols = ["trainee", *TASKS, "overall", "rank"]
    if answers is None or not len(answers):
        return pd.DataFrame(columns=cols)
    per_task = answers.groupby(["trainee", "task"])["score"].mean().unstack("task")
    for t in TASKS:
        if t not in per_task.columns:
            per_task[t] = float("nan")
    per_task = per_task[list(TASKS)]
    per_task["overall"] = per_task.mean(axis=1, skipna=True)
    per_task = per_task.round(3).reset_index()
    per_task["rank"] = per_task["overall"].rank(method="min", ascending=False).astype(int)
    return per_task.sort_values(["rank", "trainee"]).reset_index(drop=True)[cols]


def common_mistakes(answers: pd.DataFrame, top: int = 5) -> pd.DataFrame:
    """The items most often answered wrongly, with how many trainees missed them."""
    if answers is None or not len(answers):
        return pd.DataFrame(columns=["exercise_id", "task", "item", "missed_by"])
    wrong = answers[answers["score"] < 1]
    out = wrong.groupby(["exercise_id", "task", "item"]).size().rename("missed_by").reset_index()
    return out.sort_values(["missed_by", "exercise_id", "item"], ascending=[False, True, True]).head(top)


def score_dict(s: Score) -> dict:
    return asdict(s)

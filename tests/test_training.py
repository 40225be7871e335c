from pathlib import Path

import pandas as pd
import pytest

from verify import analyze, training
from verify.review import claim_keys
from verify.training import AnswerKey, KeyClaim, KeyFigure, KeyFlag

EXERCISES = Path(__file__).resolve().parent.parent / "seeds" / "exercises"


@pytest.fixture(scope="module")
def exercises():
    return training.load_exercises(EXERCISES)


def test_three_written_exercises_ship(exercises):
    assert len(exercises) >= 3
    assert all(e.key.origin == "written" and e.key.figure is not None for e in exercises.values())


def test_trainee_view_has_no_answers(exercises):
    view = exercises["01_flood_toll"].trainee_view()
    flat = repr(view)
    assert "Amina Bello" in view["text"]  # the story itself
    assert all(set(c) == {"claim_id", "text"} for c in view["claims"])
    assert "reporter" not in flat and "organization" not in flat and "supersedes" not in flat


KEY = KeyClaim("c002", "41 people had died", "interior ministry", "organization", ["ministry"], "cue 'said'")


@pytest.mark.parametrize("name, stype, score, verdict, phrase", [
    ("Interior Ministry", "organization", 1.0, "right", "Key:"),
    ("the interior ministry", "organization", 1.0, "right", "Key:"),
    ("ministry", "organization", 1.0, "right", "Key:"),
    ("interior ministry", "person", 0.5, "partial", "Right source, wrong type"),
    ("Red Cross", "organization", 0.25, "partial", "Right kind of source, wrong one"),
    ("the reporter", "reporter", 0.0, "wrong", "Key: interior ministry (organization)"),
])
def test_source_scoring_with_partial_credit(name, stype, score, verdict, phrase):
    s = training.score_source(KEY, name, stype)
    assert (s.score, s.verdict) == (score, verdict)
    assert phrase in s.explanation and "cue 'said'" in s.explanation


FLAGS = AnswerKey("written", [], [KeyFlag(0, 9, "so-called", "doubt", "distances"),
                                  KeyFlag(20, 29, "extremist", "label", "takes a side")],
                  KeyFigure(697, 500, 697, "later cumulative toll"))


def test_flag_scoring_credits_category_and_penalises_guessing():
    assert training.score_flags(FLAGS, "", [("so-called", "doubt"), ("extremist", "label")]).score == 1.0
    wrong_cat = training.score_flags(FLAGS, "", [("so-called", "loaded"), ("extremist", "label")])
    assert wrong_cat.score == 0.75 and "you said loaded" in wrong_cat.explanation
    guessing = training.score_flags(FLAGS, "", [("so-called", "doubt"), ("extremist", "label"), ("talks", "loaded"),
                                                ("Geneva", "loaded")])
    assert guessing.score == 0.5 and "not flagged in the key" in guessing.explanation
    missed = training.score_flags(FLAGS, "", [])
    assert missed.score == 0 and "Missed “extremist” (label): takes a side" in missed.explanation


def test_figure_scoring():
    assert training.score_figure(FLAGS, 697).score == 1.0
    mid = training.score_figure(FLAGS, 500)
    assert mid.score == 0.5 and "within the reported range" in mid.explanation
    assert training.score_figure(FLAGS, 1000).score == 0.0


def test_results_table_ranks_ties_together_and_lists_common_mistakes():
    answers = pd.DataFrame([
        {"trainee": "ana", "exercise_id": "e1", "task": "source", "item": "c1", "score": 1.0},
        {"trainee": "ana", "exercise_id": "e1", "task": "figure", "item": "story", "score": 0.5},
        {"trainee": "ben", "exercise_id": "e1", "task": "source", "item": "c1", "score": 0.5},
        {"trainee": "ben", "exercise_id": "e1", "task": "figure", "item": "story", "score": 1.0},
        {"trainee": "cy", "exercise_id": "e1", "task": "source", "item": "c1", "score": 0.0},
        {"trainee": "cy", "exercise_id": "e1", "task": "figure", "item": "story", "score": 0.5},
    ])
    table = training.results_table(answers)
    assert list(table["trainee"]) == ["ana", "ben", "cy"]
    assert list(table["rank"]) == [1, 1, 3]  # ana and ben tie on 0.75
    assert list(table["overall"]) == [0.75, 0.75, 0.25]
    mistakes = training.common_mistakes(answers)
    assert mistakes.to_dict("records") == [  # both items missed by two trainees; ties ordered by item
        {"exercise_id": "e1", "task": "source", "item": "c1", "missed_by": 2},
        {"exercise_id": "e1", "task": "figure", "item": "story", "missed_by": 2}]


def test_key_from_a_reviewed_ledger_uses_the_editors_decisions(seed_text):
    a = analyze(seed_text, published="2014-01-12")
    keys = claim_keys(a.claim_records)
    decisions = pd.DataFrame([{"claim_key": keys[1], "source_name": "Reuters", "source_type": "organization",
                               "editor": "ann"}])
    key = training.key_from_analysis(a, decisions)
    assert key.origin == "review"
    c002 = next(c for c in key.claims if c.claim_id == "c002")
    assert (c002.source_name, c002.source_type) == ("Reuters", "organization") and "ann" in c002.why
    engine_key = training.key_from_analysis(a)
    assert engine_key.origin == "engine" and engine_key.figure.figure == 697

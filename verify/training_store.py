"""Training sessions: a join code, trainees, and answers saved as they go.

Same database as the review store (verify.db.get_engine), tables prefixed training_.
"""
from __future__ import annotations

import json
import secrets
from typing import Optional

import pandas as pd
from sqlalchemy import Column, Float, MetaData, String, Table, Text, and_, insert, select, update
from sqlalchemy.exc import IntegrityError

from .db import get_engine
from .errors import VerifyError
from .store import now

metadata = MetaData()
sessions = Table(
    "training_sessions", metadata,
    Column("code", String(12), primary_key=True),
    Column("title", Text, nullable=False),
    Column("exercise_ids", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)
answers = Table(
    "training_answers", metadata,
    Column("code", String(12), primary_key=True),
    Column("trainee", String(80), primary_key=True),
    Column("exercise_id", String(120), primary_key=True),
    Column("task", String(16), primary_key=True),
    Column("item", String(32), primary_key=True),
    Column("answer", Text), Column("score", Float), Column("verdict", String(16)), Column("explanation", Text),
    Column("updated_at", String(32)),
)
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud in a room


class TrainingStore:
    def __init__(self, url: Optional[str] = None):
        self.engine = get_engine(url)
        metadata.create_all(self.engine)

    def create_session(self, title: str, exercise_ids: list[str]) -> str:
        if not exercise_ids:
            raise VerifyError("choose at least one exercise")
        for _ in range(10):
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))
            try:
                with self.engine.begin() as conn:
                    conn.execute(insert(sessions).values(code=code, title=title or "Training session",
                                                         exercise_ids=json.dumps(exercise_ids), created_at=now()))
                return code
            except IntegrityError:
                continue
        raise VerifyError("could not make a unique session code; try again")

    def session(self, code: str) -> dict:
        with self.engine.connect() as conn:
            row = conn.execute(select(sessions).where(sessions.c.code == code.strip().upper())).mappings().first()
        if row is None:
            raise VerifyError(f"no training session with code {code!r}")
        return {**dict(row), "exercise_ids": json.loads(row["exercise_ids"])}

    def save_answer(self, code: str, trainee: str, exercise_id: str, task: str, item: str, answer,
                    score: float, verdict: str, explanation: str) -> None:
        trainee = trainee.strip()
        if not trainee:
            raise VerifyError("give your name to join the session")
        self.session(code)
        key = and_(answers.c.code == code, answers.c.trainee == trainee, answers.c.exercise_id == exercise_id,
                   answers.c.task == task, answers.c.item == item)
        values = dict(answer=json.dumps(answer), score=score, verdict=verdict, explanation=explanation,
                      updated_at=now())
        with self.engine.begin() as conn:
            if conn.execute(select(answers.c.code).where(key)).first():
                conn.execute(update(answers).where(key).values(**values))
            else:
                conn.execute(insert(answers).values(code=code, trainee=trainee, exercise_id=exercise_id, task=task,
                                                    item=item, **values))

    def answers(self, code: str, trainee: Optional[str] = None) -> pd.DataFrame:
        q = select(answers).where(answers.c.code == code)
        if trainee is not None:
            q = q.where(answers.c.trainee == trainee)
        with self.engine.connect() as conn:
            rows = conn.execute(q).mappings().all()
        return pd.DataFrame([dict(r) for r in rows], columns=[c.name for c in answers.columns])

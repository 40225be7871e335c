"""The review store: every editor decision, saved as it is made, with an audit log.

SQLAlchemy Core over verify.db.get_engine: SQLite by default, PostgreSQL by URL,
the same code and tests on both. Each decision row carries a version; a save
that names the version it saw fails with ConflictError when another editor saved
first (a conditional UPDATE, atomic on both back ends), so nobody is overwritten
silently. The decision and its audit rows are written in one transaction.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Optional

import pandas as pd
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, and_, func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from .db import get_engine
from .errors import VerifyError

metadata = MetaData()

stories = Table(
    "review_stories", metadata,
    Column("story_id", String(64), primary_key=True),
    Column("title", Text, nullable=False, default=""),
    Column("outlet", Text, nullable=False, default=""),
    Column("published", String(10)),
    Column("text", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)
claim_decisions = Table(
    "review_claim_decisions", metadata,
    Column("story_id", String(64), primary_key=True),
    Column("claim_key", String(80), primary_key=True),
    Column("claim_id", String(16)), Column("claim_text", Text),
    Column("status", String(32)), Column("source_name", Text), Column("source_type", String(32)),
    Column("note", Text),
    Column("version", Integer, nullable=False), Column("editor", Text), Column("updated_at", String(32)),
)
flag_decisions = Table(
    "review_flag_decisions", metadata,
    Column("story_id", String(64), primary_key=True),
    Column("flag_key", String(300), primary_key=True),
    Column("decision", String(16)), Column("reason", Text),
    Column("version", Integer, nullable=False), Column("editor", Text), Column("updated_at", String(32)),
)
figure_choices = Table(
    "review_figure_choices", metadata,
    Column("story_id", String(64), primary_key=True),
    Column("group_key", String(120), primary_key=True),
    Column("figure", Float), Column("reason", Text),
    Column("version", Integer, nullable=False), Column("editor", Text), Column("updated_at", String(32)),
)
source_edits = Table(
    "review_source_edits", metadata,
    Column("edit_id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", String(64), nullable=False, index=True),
    Column("kind", String(16), nullable=False), Column("payload", Text, nullable=False),
    Column("editor", Text), Column("created_at", String(32)),
)
audit = Table(
    "review_audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", String(64), nullable=False, index=True),
    Column("at", String(32), nullable=False), Column("editor", Text),
    Column("target", String(16)), Column("key", String(300)), Column("field", String(32)),
    Column("old", Text), Column("new", Text),
)


class ConflictError(VerifyError):
    """Another editor saved this decision after you loaded it."""

    def __init__(self, current: dict):
        who = current.get("editor") or "another editor"
        super().__init__(f"{who} changed this at {current.get('updated_at')} (version {current.get('version')}); "
                         "reload to see their decision before saving yours.")
        self.current = current


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def _create_tables(engine, attempts: int = 3) -> None:
    """Create missing tables. Two processes opening a fresh database at once can both see
    a table missing and one CREATE then fails; the second look finds the table there."""
    for attempt in range(attempts):
        try:
            metadata.create_all(engine)
            return
        except (OperationalError, ProgrammingError) as err:
            if "already exists" not in str(err) or attempt == attempts - 1:
                raise


class ReviewStore:
    """Stories and editors' decisions in one database (a file path or a database URL)."""

    def __init__(self, url: Optional[str] = None):
        self.engine = get_engine(url)
        _create_tables(self.engine)

    # -- stories ------------------------------------------------------------------------
    def add_story(self, text: str, *, title: str = "", outlet: str = "", published: Optional[str] = None,
                  article_id: Optional[str] = None) -> str:
        from .analysis import story_id
        from .textio import headline

        sid = article_id or story_id(text)
        title = title.strip() or headline(text)
        with self.engine.begin() as conn:
            row = conn.execute(select(stories.c.story_id).where(stories.c.story_id == sid)).first()
            if row is None:
                try:
                    conn.execute(insert(stories).values(story_id=sid, title=title or "", outlet=outlet or "",
                                                        published=published or None, text=text, created_at=now()))
                except IntegrityError:
                    pass  # added by someone else a moment ago: same story
            elif title or outlet or published:
                conn.execute(update(stories).where(stories.c.story_id == sid).values(
                    title=title or "", outlet=outlet or "", published=published or None))
        return sid

    def list_stories(self) -> pd.DataFrame:
        with self.engine.connect() as conn:
            rows = conn.execute(select(stories.c.story_id, stories.c.title, stories.c.outlet, stories.c.published,
                                       stories.c.created_at).order_by(stories.c.created_at)).mappings().all()
            reviewed = dict(conn.execute(select(claim_decisions.c.story_id, func.count())
                                         .group_by(claim_decisions.c.story_id)).all())
        df = pd.DataFrame([dict(r) for r in rows], columns=["story_id", "title", "outlet", "published", "created_at"])
        df["reviewed"] = [int(reviewed.get(s, 0)) for s in df["story_id"]]
        return df

    def get_story(self, story_id: str) -> dict:
        with self.engine.connect() as conn:
            row = conn.execute(select(stories).where(stories.c.story_id == story_id)).mappings().first()
        if row is None:
            raise VerifyError(f"no story {story_id!r} in the review store")
        return dict(row)

    # -- decisions ----------------------------------------------------------------------
    def claim_decisions(self, story_id: str) -> pd.DataFrame:
        return self._frame(claim_decisions, story_id)

    def flag_decisions(self, story_id: str) -> pd.DataFrame:
        return self._frame(flag_decisions, story_id)

    def figure_choices(self, story_id: str) -> pd.DataFrame:
        return self._frame(figure_choices, story_id)

    def _frame(self, table: Table, story_id: str) -> pd.DataFrame:
        with self.engine.connect() as conn:
            rows = conn.execute(select(table).where(table.c.story_id == story_id)).mappings().all()
        return pd.DataFrame([dict(r) for r in rows], columns=[c.name for c in table.columns])

    def save_claim_decision(self, story_id: str, claim_key: str, *, editor: str, claim_id: str = "",
                            claim_text: str = "", status: Optional[str] = None, source_name: Optional[str] = None,
                            source_type: Optional[str] = None, note: Optional[str] = None,
                            expected_version: Optional[int] = None) -> int:
        from .review import STATUSES

        if status is not None and status not in STATUSES:
            raise VerifyError(f"status {status!r} is not one of {', '.join(STATUSES)}")
        fields = {"status": status, "source_name": source_name, "source_type": source_type, "note": note}
        extra = {"claim_id": claim_id, "claim_text": claim_text}
        return self._save(claim_decisions, "claim_key", "claim", story_id, claim_key, editor, fields, extra,
                          expected_version)

    def save_flag_decision(self, story_id: str, flag_key: str, *, editor: str, decision: str, reason: str = "",
                           expected_version: Optional[int] = None) -> int:
        if decision not in ("accepted", "dismissed"):
            raise VerifyError("a flag decision is 'accepted' or 'dismissed'")
        return self._save(flag_decisions, "flag_key", "flag", story_id, flag_key, editor,
                          {"decision": decision, "reason": reason}, {}, expected_version)

    def save_figure_choice(self, story_id: str, group_key: str, *, editor: str, figure: float, reason: str,
                           expected_version: Optional[int] = None) -> int:
        return self._save(figure_choices, "group_key", "figure", story_id, group_key, editor,
                          {"figure": float(figure), "reason": reason}, {}, expected_version)

    def _save(self, table: Table, key_col: str, target: str, story_id: str, key: str, editor: str,
              fields: dict, extra: dict, expected_version: Optional[int]) -> int:
        """Merge the given fields into the row under optimistic concurrency; audit every change."""
        if not editor:
            raise VerifyError("say who you are (editor name) before saving a decision")
        for _attempt in range(20):
            with self.engine.begin() as conn:
                where = and_(table.c.story_id == story_id, table.c[key_col] == key)
                current = conn.execute(select(table).where(where)).mappings().first()
                seen = current["version"] if current else 0
                if expected_version is not None and expected_version != seen:
                    raise ConflictError(dict(current) if current else {"version": 0})
                changes = {k: v for k, v in fields.items() if v is not None and (current is None or current[k] != v)}
                stamp = now()
                values = {**{k: v for k, v in extra.items() if v}, **changes, "version": seen + 1,
                          "editor": editor, "updated_at": stamp}
                if current is None:
                    try:
                        conn.execute(insert(table).values(story_id=story_id, **{key_col: key}, **values))
                    except IntegrityError:
                        conn.rollback()
                        if expected_version is not None:
                            raise ConflictError(self._row(table, key_col, story_id, key)) from None
                        continue
                else:
                    if not changes:
                        return seen
                    res = conn.execute(update(table).where(and_(where, table.c.version == seen)).values(**values))
                    if res.rowcount != 1:
                        conn.rollback()
                        if expected_version is not None:
                            raise ConflictError(self._row(table, key_col, story_id, key))
                        continue  # someone saved in between: merge again on top of theirs
                for field, new in changes.items():
                    conn.execute(insert(audit).values(story_id=story_id, at=stamp, editor=editor, target=target,
                                                      key=key, field=field,
                                                      old=None if current is None or current[field] is None else str(current[field]),
                                                      new=str(new)))
                return seen + 1
        raise VerifyError("the store is too busy to save this decision; try again")

    def _row(self, table: Table, key_col: str, story_id: str, key: str) -> dict:
        with self.engine.connect() as conn:
            row = conn.execute(select(table).where(and_(table.c.story_id == story_id,
                                                        table.c[key_col] == key))).mappings().first()
        return dict(row) if row else {"version": 0}

    # -- sources ------------------------------------------------------------------------
    def source_edits(self, story_id: str) -> pd.DataFrame:
        df = self._frame(source_edits, story_id)
        return df.sort_values("edit_id").reset_index(drop=True) if len(df) else df

    def save_source_edit(self, story_id: str, *, editor: str, kind: str, payload: dict) -> int:
        if kind not in ("merge", "split"):
            raise VerifyError("a source edit is a 'merge' or a 'split'")
        if not editor:
            raise VerifyError("say who you are (editor name) before saving a decision")
        stamp = now()
        with self.engine.begin() as conn:
            res = conn.execute(insert(source_edits).values(story_id=story_id, kind=kind, payload=json.dumps(payload),
                                                           editor=editor, created_at=stamp))
            edit_id = res.inserted_primary_key[0]
            conn.execute(insert(audit).values(story_id=story_id, at=stamp, editor=editor, target="source",
                                              key=str(edit_id), field=kind, old=None, new=json.dumps(payload)))
        return int(edit_id)

    # -- audit --------------------------------------------------------------------------
    def audit_log(self, story_id: str, key: Optional[str] = None) -> pd.DataFrame:
        q = select(audit.c.at, audit.c.editor, audit.c.target, audit.c.key, audit.c.field, audit.c.old,
                   audit.c.new).where(audit.c.story_id == story_id)
        if key is not None:
            q = q.where(audit.c.key == key)
        with self.engine.connect() as conn:
            rows = conn.execute(q.order_by(audit.c.id)).mappings().all()
        return pd.DataFrame([dict(r) for r in rows], columns=["at", "editor", "target", "key", "field", "old", "new"])

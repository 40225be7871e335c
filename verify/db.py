"""One way to reach the review database: SQLite by default, PostgreSQL by URL.

The URL comes from the caller, else the VERIFY_DB_URL environment variable,
else a SQLite file ``verify.sqlite`` in the current directory. SQLite runs in
WAL mode so readers do not block the editor who is saving.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Optional

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

DEFAULT_SQLITE = "verify.sqlite"


def database_url(url: Optional[str] = None) -> str:
    """Resolve the database URL; a bare file path means a SQLite file."""
    url = url or os.environ.get("VERIFY_DB_URL") or DEFAULT_SQLITE
    if "://" not in url:
        url = "sqlite:///" + str(Path(url).expanduser().resolve())
    return url


@lru_cache(maxsize=16)
def get_engine(url: Optional[str] = None) -> Engine:
    """A pooled engine per URL, shared by the review store and training sessions."""
    resolved = database_url(url)
    if resolved.startswith("sqlite"):
        engine = create_engine(resolved, connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(resolved, pool_pre_ping=True)

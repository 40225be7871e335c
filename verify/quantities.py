"""Numbers: extract every figure with what it counts. (Stub.)"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from .model import Claim, Quantity


def extract_quantities(text: str, claims: list[Claim], *, published: Optional[dt.date] = None,
                       article_id: Optional[str] = None) -> list[Quantity]:
    return []

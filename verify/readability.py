"""Readability per story and per claim with textstat, offline. (Stub.)"""
from __future__ import annotations

from .model import Claim


def score(text: str, claims: list[Claim]) -> tuple[dict, dict]:
    return {}, {}

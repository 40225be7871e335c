"""Framing and loaded language: flags with a reason and a neutral alternative. (Stub.)"""
from __future__ import annotations

from .model import Claim, Flag, Quantity


def find_flags(text: str, claims: list[Claim], quantities: list[Quantity] = ()) -> list[Flag]:
    return []

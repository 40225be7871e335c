"""Each module of verify defines a module-level name once.

A second definition of the same name replaces the first for every reader in the module, silently: two rounds
each wrote their own `_CLAUSE_OPENERS` and `_CALENDAR_WORDS` in verify/sources.py, and the older readers then
read the newer set."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "verify"


def module_level_names(source: str) -> dict[str, list[int]]:
    """Name -> the lines that define it at module level (assignments, functions, classes)."""
    names: dict[str, list[int]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    names.setdefault(target.id, []).append(node.lineno)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.setdefault(node.name, []).append(node.lineno)
    return names


def test_the_check_sees_a_name_defined_twice():
    assert module_level_names("A = 1\ndef f(): pass\nA = frozenset()\n") == {"A": [1, 3], "f": [2]}


@pytest.mark.parametrize("module", sorted(p.name for p in PACKAGE.glob("*.py")))
def test_no_module_level_name_is_defined_twice(module):
    names = module_level_names((PACKAGE / module).read_text(encoding="utf-8"))
    assert {n: lines for n, lines in names.items() if len(lines) > 1} == {}

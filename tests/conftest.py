import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ba9a064b846a63d7.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(seed_text):
    from verify import analyze

    return analyze(seed_text, article_id="seed", published="2014-01-12")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


_MAIN = sys.modules["__main__"]


@pytest.fixture(autouse=True)
def _restore_main_module():
    """AppTest runs the app as `__main__` and leaves it there; a later test that spawns
    processes (the Dask workers) would then re-run the Streamlit app in every child."""
    yield
    sys.modules["__main__"] = _MAIN

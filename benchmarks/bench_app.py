"""Review app: time for a decision to save and the page to redraw, after the first load (AppTest).

Run on demand:  python benchmarks/bench_app.py
"""
import os
import statistics
import tempfile
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


def main(rounds: int = 15) -> None:
    os.environ["VERIFY_DB_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite"
    at = AppTest.from_file(APP, default_timeout=120)
    t = time.perf_counter()
    at.run()
    at.sidebar.button(key="open_btn").click().run()
    print(f"first load (analysis + render): {time.perf_counter() - t:.2f} s")
    times = []
    for i in range(rounds):
        key = "verify" if i % 2 == 0 else "prev"
        t = time.perf_counter()
        at.button(key=key).click().run()
        times.append((time.perf_counter() - t) * 1000)
    assert not at.exception
    print(f"save + redraw: median {statistics.median(times):.0f} ms, max {max(times):.0f} ms over {rounds} actions")


if __name__ == "__main__":
    main()

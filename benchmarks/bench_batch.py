"""Batch throughput and memory for 1, 2 and N workers, and how time grows with story length.

Run on demand:  python benchmarks/bench_batch.py ../shared/corpora/polnear/train/text
"""
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from verify import analyze
from verify.batch import run_batch


def workers_table(directory: Path) -> None:
    n = len(list(directory.glob("*.txt")))
    print(f"stories: {n}")
    t = time.perf_counter()
    run_batch(directory, Path(tempfile.mkdtemp()) / "one", progress=False)
    dt = time.perf_counter() - t
    print(f"1 process        : {n / dt:6.1f} stories/s  peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    from dask.distributed import LocalCluster

    for w in sorted({2, os.cpu_count() or 2}):
        with LocalCluster(n_workers=w, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            t = time.perf_counter()
            run_batch(directory, Path(tempfile.mkdtemp()) / f"w{w}", progress=False, scheduler=cluster.scheduler_address)
            dt = time.perf_counter() - t
            mem = sum(w_["metrics"]["memory"] for w_ in cluster.scheduler_info["workers"].values()) / 2**20
        print(f"{w} dask workers  : {n / dt:6.1f} stories/s  worker memory at the end {mem:.0f} MB in all")


def length_table() -> None:
    para = ("Officials said 12 people were killed in the town on Friday, the ministry said. "
            "\u201cWe will rebuild,\u201d said the mayor. The so-called rebels denied it.\n\n")
    analyze(para)
    print(f"{'size':>8} {'seconds':>8} {'us/byte':>8}")
    for kb in (1, 10, 100, 1000):
        text = para * max(1, kb * 1024 // len(para))
        t = time.perf_counter()
        analyze(text)
        dt = time.perf_counter() - t
        print(f"{kb:>6}KB {dt:8.3f} {dt / len(text.encode()) * 1e6:8.2f}")


if __name__ == "__main__":
    length_table()
    workers_table(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/polnear/train/text"))

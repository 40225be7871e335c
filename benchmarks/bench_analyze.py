"""Articles per second and peak memory of verify.analyze over a directory of stories.

Run on demand:  python benchmarks/bench_analyze.py ../shared/corpora/polnear/dev/text
Prints import and start-up time, articles/second on one core after start-up (wall clock, and per
CPU-second, which a busy shared machine disturbs less), and peak RSS. Measures the checkout the
script is in, not whichever verify is installed.
"""
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's verify, not an installed one
t_import = time.perf_counter()
from verify import analyze, warm_up  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - t_import


def main(directory: str, repeat: int = 1) -> None:
    files = sorted(Path(directory).glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    startup = warm_up()  # every lexicon and cue pattern, loaded once
    t1, c1 = time.perf_counter(), time.process_time()
    n = 0
    for _ in range(repeat):
        for text in texts:
            if text.strip():
                analyze(text)
                n += 1
    elapsed, cpu = time.perf_counter() - t1, time.process_time() - c1
    kb = sum(len(t.encode()) for t in texts) * repeat / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {n}  ({kb:,.0f} KB)")
    print(f"import: {IMPORT_SECONDS:.2f} s  start-up: {startup:.2f} s")
    print(f"throughput: {n / elapsed:.1f} articles/s, {kb / elapsed:,.0f} KB/s (one core, after start-up)")
    print(f"per CPU-second: {n / cpu if cpu else 0:.1f} articles")
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/polnear/dev/text",
         int(sys.argv[2]) if len(sys.argv) > 2 else 1)

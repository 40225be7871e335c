"""Time and peak memory for each nasty input, the 5 MB story included.

Run on demand:  python benchmarks/bench_nasty.py
"""
import time
import tracemalloc

from verify import VerifyError, analyze
from verify.textio import decode_story

SENTENCE = "Officials said 12 people were killed in the town, the ministry said on Friday. "
FIGURES = ("The arena will cost $1.2 billion, the mayor said. Critics said the arena would cost $1.5 billion. "
           "Lee leads Park 46 percent to 43 percent; the margin of error is 3 points. ")
CASES = {
    "empty": b"",
    "whitespace": b" \n\t\r\n",
    "binary": bytes(range(256)) * 64,
    "latin-1": "Le maire a d\u00e9clar\u00e9 que 12 personnes".encode("latin-1"),
    "utf-16": "Police said two men were held.".encode("utf-16"),
    "bom": ("\ufeff" + SENTENCE).encode(),
    "windows line endings": (SENTENCE + "\r\n") .encode() * 200,
    "html": b"<html><body>" + b"<p>Police said <b>two</b> men were held.</p>" * 500 + b"</body></html>",
    "10,000 quotation marks": b'"' * 10_000,
    "50,000-character sentence": ("word " * 10_000 + "said the minister.").encode(),
    "right-to-left and mixed": ("\u05d4\u05de\u05e9\u05d8\u05e8\u05d4 said 3 people \u0645\u0627\u062a\u0648\u0627 were killed. " * 300).encode(),
    "emoji and combining": ("The mayor \U0001F600 said cafe\u0301 owners \U0001F1FA\U0001F1F8 were angry. " * 300).encode(),
    "5 MB story": ((SENTENCE * 8 + "\n\n") * 7900).encode(),
    "1.4 MB of sums and polls": ((FIGURES * 4 + "\n\n") * 2000).encode(),  # money and margin relations stay linear
}


def main() -> None:
    print(f"{'case':28}{'bytes':>10}{'seconds':>9}{'peak MB':>9}  result")
    for name, data in CASES.items():
        tracemalloc.start()
        t = time.perf_counter()
        try:
            a = analyze(decode_story(data, name))
            result = f"{len(a.claim_records)} claims"
        except VerifyError as exc:
            result = f"error: {str(exc)[:50]}"
        dt = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        print(f"{name:28}{len(data):>10,}{dt:9.2f}{peak:9.1f}  {result}")


if __name__ == "__main__":
    main()

"""Robustness sweep: every story of a directory, re-typed the ways real copy arrives, must give a ledger.

Run on demand:  python benchmarks/sweep_variants.py ../shared/corpora/polnear/train/text [VARIANT ...]
Each story is analysed in each variant (web-page spaces, zero-width spaces, soft hyphens, straight or
curly or guillemet or doubled-apostrophe quotation marks, "--" dashes, one line, tabs, capitals, lower
case, entities left in, old Mac line ends, truncation mid-word ...). Prints, per variant, the stories
that raised an exception or gave a record whose text is not text[start:end], and for the spacing
variants that must not change the ledger (no-break spaces, Windows line ends) how many claims changed.
"""
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's verify
from verify import analyze  # noqa: E402


def variants(text: str, rnd: random.Random) -> dict:
    return {
        "no-break spaces": "".join("\u00a0" if ch == " " and rnd.random() < 0.15 else ch for ch in text),
        "windows line ends": text.replace("\n", "\r\n"),
        "zero-width spaces": "".join(ch + ("\u200b" if ch == " " and rnd.random() < 0.05 else "") for ch in text),
        "soft hyphens": "".join(ch + ("\u00ad" if ch.isalpha() and rnd.random() < 0.01 else "") for ch in text),
        "straight quotes": text.translate({0x201C: '"', 0x201D: '"', 0x2018: "'", 0x2019: "'"}),
        "closing marks only": text.replace('"', "\u201d"),
        "guillemets": text.translate({0x201C: "\u00ab", 0x201D: "\u00bb", 0x22: "\u00bb"}),
        "doubled apostrophes": text.replace("\u201c", "''").replace("\u201d", "''").replace('"', "''"),
        "double hyphens": text.replace("\u2014", "--"),
        "ellipsis character": text.replace("...", "\u2026"),
        "one line": text.replace("\n", " "),
        "tabs": text.replace("\n", "\n\t"),
        "capitals": text.upper(),
        "lower case": text.lower(),
        "entities": text.replace("&", "&amp;").replace("\u2019", "&#8217;"),
        "old mac line ends": text.replace("\n", "\r"),
        "truncated": text[:rnd.randrange(1, max(2, len(text)))],
        "full-width punctuation": text.replace(",", "\uff0c").replace(".", "\u3002"),
    }


_MARKS_AS_STRAIGHT = {0x201C: '"', 0x201D: '"', 0x2018: "'", 0x2019: "'", 0xAB: '"', 0xBB: '"'}
SAME_LEDGER = ("no-break spaces", "windows line ends", "straight quotes", "closing marks only", "guillemets", "double hyphens")


def _exact(text: str, a) -> bool:
    spans = [*a.claim_records, *a.flag_records, *a.quantity_records]
    spans += [c.cue for c in a.claim_records if c.cue] + [c.source.mention for c in a.claim_records if c.source.mention]
    return all(text[s.start:s.end] == s.text for s in spans)


def _ledger(a) -> list:
    """Claims as text, so a variant that shifts offsets (CRLF) compares with the plain story."""
    def plain(s):  # the same ledger whatever the marks and spaces
        return s and s.replace("\r", "").replace("\u00a0", " ").translate(_MARKS_AS_STRAIGHT).replace("--", "\u2014")
    return [(c.kind, plain(c.text), plain(c.source.name), c.cue and plain(c.cue.text)) for c in a.claim_records]


def main(directory: str, chosen: list[str]) -> None:
    files = sorted(Path(directory).glob("*.txt"))
    failures: dict[str, list[str]] = {}
    changed = {name: [0, 0] for name in SAME_LEDGER}
    t0 = time.perf_counter()
    for f in files:
        text = f.read_text(encoding="utf-8")
        if not text.strip():
            continue
        plain = _ledger(analyze(text))
        for name, variant in variants(text, random.Random(f.name)).items():
            if chosen and name not in chosen or not variant.strip():
                continue
            try:
                a = analyze(variant)
                if not _exact(variant, a):
                    failures.setdefault(name, []).append(f"{f.name}: a record's text is not text[start:end]")
                if name in changed:
                    ledger = _ledger(a)
                    changed[name][0] += len(set(plain) ^ set(ledger))
                    changed[name][1] += len(plain)
            except Exception:  # noqa: BLE001 - the sweep reports every failure, whatever it is
                failures.setdefault(name, []).append(f"{f.name}: {traceback.format_exc().strip().splitlines()[-1]}")
    print(f"{len(files)} stories, {time.perf_counter() - t0:.0f} s")
    for name in variants("x", random.Random(0)):
        if chosen and name not in chosen:
            continue
        bad = failures.get(name, [])
        extra = f", claims changed {changed[name][0]} of {changed[name][1]}" if name in changed else ""
        print(f"{name:24} failures {len(bad)}{extra}")
        for line in bad[:5]:
            print("    ", line)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])

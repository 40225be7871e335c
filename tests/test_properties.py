"""Properties over arbitrary text (hypothesis): analysis never breaks its own invariants."""
import csv
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify import InputError, analyze
from verify.export import ledger_csv

WORDS = ["said", "told", "according to", "the", "Police", "officials", "He", "it", "\u201c", "\u201d", '"',
         "killed", "500", "dozens", "at least", "so-called", "extremist", ",", ".", "\n", "\n\n", "Mr.",
         "U.S.", "many", "blame", "Observatory", "which", "who", "between 3 and 5", "-", ":", "'", "\u00e9",
         "\u05e9\u05dc\u05d5\u05dd", "\U0001F600", "e\u0301", "\r\n", "\ufeff"]
news_like = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join)
texts = st.one_of(st.text(min_size=1, max_size=400), news_like)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_invariants(text):
    try:
        a = analyze(text)
    except InputError:
        assert not text.strip()
        return
    n = len(text)
    claims = a.claim_records
    prev_end = 0
    for c in claims:
        assert 0 <= c.start < c.end <= n and text[c.start:c.end] == c.text
        assert c.start >= prev_end  # claims do not overlap
        prev_end = c.end
        for span in (c.cue, c.source.mention):
            if span is not None:
                assert text[span.start:span.end] == span.text
    # every sentence has a claim
    for s in a.sentences:
        assert any(c.sentence == s.index for c in claims)
    by_id = {c.id: c for c in claims}
    for f in a.flag_records:
        assert text[f.start:f.end] == f.text and f.claim_id in by_id
    for q in a.quantity_records:
        c = by_id[q.claim_id]  # inside its claim, or inside the frame that attributes it ("a poll of 1,000 found"),
        frame = [c.start, c.end] + ([c.source.mention.start, c.source.mention.end] if c.source.mention else []) \
            + ([c.cue.start, c.cue.end] if c.cue else [])
        if c.cue and c.source.mention and min(c.cue.start, c.source.mention.start) >= c.end:
            frame.append(a.sentences[c.sentence].end)  # a frame after its content runs to the sentence's end
        assert min(frame) <= q.start < q.end <= max(frame) and text[q.start:q.end] == q.text
    # JSON and CSV round-trip
    assert json.loads(a.to_json()) == json.loads(json.dumps(a.to_dict()))
    rows = list(csv.DictReader(io.StringIO(ledger_csv([a.claims]))))
    assert [r["claim_id"] for r in rows] == [c.id for c in claims]
    for r, c in zip(rows, claims):
        expected = "'" + c.text if c.text.startswith(("=", "+", "-", "@", "\t", "\r")) else c.text
        assert r["text"] == expected

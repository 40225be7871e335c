"""The PolNeAR scorer on a tiny corpus written here (BRAT standoff, the layout of ../shared/corpora/polnear)."""
from verify.evaluate.polnear import evaluate_dir, format_report

TEXT = "\u201cWe will rebuild,\u201d the mayor said. Officials said the bridge was safe.\n"


def span(needle, text=TEXT):
    a = text.index(needle)
    return a, a + len(needle)


def write_corpus(tmp_path, source_of_quote):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    rows = []
    for n, (kind, needle) in enumerate([("Content", "\u201cWe will rebuild,\u201d"), ("Cue", "said"),
                                        ("Source", source_of_quote), ("Content", "the bridge was safe"),
                                        ("Cue", "said the"), ("Source", "Officials")], start=1):
        a, b = span(needle) if needle != "said the" else (TEXT.index("said the"), TEXT.index("said the") + 4)
        rows.append(f"T{n}\t{kind} {a} {b}\t{TEXT[a:b]}")
    rows += ["E1\tAttribution:T1 Content:T1 Cue:T2 Source:T3", "E2\tAttribution:T4 Content:T4 Cue:T5 Source:T6"]
    (tmp_path / "attributions" / "a_ann1.ann").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_scores_cues_contents_sources_and_the_speaker_of_quotations(tmp_path):
    write_corpus(tmp_path, "the mayor")
    report = evaluate_dir(tmp_path)
    assert report["cue"]["f1"] == 1.0 and report["content"]["f1"] == 1.0 and report["source"]["f1"] == 1.0
    assert report["quote_speaker"] == {"accuracy": 1.0, "quotations": 1}  # only the direct quotation counts
    assert "speaker of direct quotations: 1.000 of 1" in format_report(report)


def test_a_wrong_speaker_of_a_quotation_scores_zero(tmp_path):
    write_corpus(tmp_path, "Officials")  # gold says the officials spoke the quotation
    report = evaluate_dir(tmp_path)
    assert report["quote_speaker"] == {"accuracy": 0.0, "quotations": 1}

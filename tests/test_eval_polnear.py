"""The PolNeAR scorer on a tiny corpus written here (BRAT standoff, the layout of ../shared/corpora/polnear)."""
from verify.evaluate.polnear import agreement_dir, evaluate_dir, format_report

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


def test_agreement_scores_a_second_annotator_against_the_first(tmp_path):
    write_corpus(tmp_path, "the mayor")
    first = (tmp_path / "attributions" / "a_ann1.ann").read_text(encoding="utf-8").splitlines()
    # a second annotator who marked only the quotation: T1-T3 and E1
    second = [row for row in first if row.split("\t")[0] in {"T1", "T2", "T3", "E1"}]
    (tmp_path / "attributions" / "a_ann2.ann").write_text("\n".join(second) + "\n", encoding="utf-8")
    report = agreement_dir(tmp_path)
    assert report["articles"] == 1
    assert report["annotators"]["cue"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert report["verify"]["cue"]["f1"] == 1.0
    text = format_report(report)
    assert "Further annotators against the first" in text and "speaker of direct quotations" not in text


def test_agreement_needs_articles_with_two_annotators(tmp_path):
    write_corpus(tmp_path, "the mayor")
    assert agreement_dir(tmp_path)["articles"] == 0


def test_the_agreement_flag_is_for_polnear_only(capsys, tmp_path):
    from verify.cli import main

    assert main(["eval", "ptc", str(tmp_path), "--agreement"]) != 0
    assert "--agreement is for polnear" in capsys.readouterr().err

from verify import analyze
from verify.render import legend_html, source_colours, story_html


def test_markup_in_a_story_is_shown_as_text():
    text = 'Police said <script>alert("x")</script> was found & <b>removed</b>.'
    html = story_html(analyze(text))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html


def test_claims_are_coloured_by_source_and_flags_carry_their_reason(seed_analysis):
    html = story_html(seed_analysis)
    assert html.count('class="claim"') == len(seed_analysis.claim_records)
    assert html.count('class="flag"') == len(seed_analysis.flag_records)
    assert 'title="label: contentious label' in html
    colours = source_colours(["Syrian Observatory for Human Rights", "medical sources"])
    assert len(set(colours.values())) == 2
    assert "medical sources" in legend_html(colours) and "the reporter" in legend_html(colours)


def test_legend_escapes_source_names():
    assert "<img" not in legend_html({"<img src=x onerror=alert(1)>": "#fff"})

"""The review app at the level of state and rendered elements (streamlit.testing AppTest)."""
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from verify import review
from verify.store import ReviewStore

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


@pytest.fixture
def db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/app.sqlite"
    monkeypatch.setenv("VERIFY_DB_URL", url)
    monkeypatch.setenv("VERIFY_EDITOR", "ann")
    return url


def opened(db, **choices):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    for key, value in choices.items():
        at.sidebar.radio(key=key).set_value(value) if key == "open_from" else None
    at.run()
    return at


def open_seed(db):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.sidebar.button(key="open_btn").click().run()
    assert not at.exception
    return at


def story_markup(at):
    return "".join(m.value for m in at.markdown if "verify-story" in m.value)


def test_first_screen_asks_for_a_story(db):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert "Open a story" in at.info[0].value


def test_open_seed_shows_the_story_by_source_with_legend_and_flags(db):
    at = open_seed(db)
    assert at.title[0].value == "000_ba9a064b846a63d7"
    html = story_markup(at)
    assert html.count('class="claim"') == 16 and 'class="flag"' in html
    legend = "".join(m.value for m in at.markdown if "verify-legend" in m.value)
    assert "Syrian Observatory for Human Rights" in legend and "medical sources" in legend
    flags = at.dataframe[0].value
    assert {"so-called", "deadly occupation", "697"} <= set(flags["text"])


def test_verify_shortcut_saves_and_moves_on(db):
    at = open_seed(db)
    verify_button = at.button(key="verify")
    assert (verify_button.label, verify_button.proto.shortcut) == ("Verify", "v")  # shown on the button
    verify_button.click().run()
    assert not at.exception
    sid = at.session_state.story_id
    d = ReviewStore(db).claim_decisions(sid)
    assert list(d["status"]) == ["verified"] and list(d["editor"]) == ["ann"]
    assert any("(2 of 16)" in m.value for m in at.markdown)


def test_correct_a_source_and_its_type_with_a_note(db):
    at = open_seed(db)
    at.button(key="next").click().run()  # c002, the Geneva talks line
    k = _key(at, 1)
    at.text_input(key=f"f_source_{k}").set_value("Reuters")
    at.selectbox(key=f"f_type_{k}").set_value("organization")
    at.selectbox(key=f"f_status_{k}").set_value("disputed")
    at.text_area(key=f"f_note_{k}").set_value("wire copy")
    at.button(key="FormSubmitter:claim_form_" + k + "-Save decision").click().run()
    assert not at.exception
    row = ReviewStore(db).claim_decisions(at.session_state.story_id).iloc[0]
    assert (row["source_name"], row["source_type"], row["status"], row["note"]) == (
        "Reuters", "organization", "disputed", "wire copy")
    audit = [df.value for df in at.dataframe if "field" in df.value.columns][0]
    assert set(audit["field"]) == {"source_name", "source_type", "status", "note"}
    # the next claim's form starts from that claim's own values, not the ones just typed
    at.button(key="next").click().run()
    k3 = _key(at, 2)
    assert at.text_input(key=f"f_source_{k3}").value == "many"
    assert at.text_area(key=f"f_note_{k3}").value == ""


def _key(at, index):
    from verify import analyze

    store = ReviewStore()
    text = store.get_story(at.session_state.story_id)["text"]
    a = analyze(text)
    return review.claim_keys(a.claim_records)[index]


def test_decisions_survive_a_new_session(db):
    at = open_seed(db)
    at.button(key="needs_source").click().run()
    again = AppTest.from_file(APP, default_timeout=60)
    again.run()
    again.sidebar.radio(key="open_from").set_value("Saved").run()
    again.sidebar.button(key="open_saved").click().run()
    assert not again.exception
    assert any("status **needs a source**" in m.value for m in again.markdown)


def test_conflicting_save_is_shown_not_overwritten(db):
    at = open_seed(db)
    sid = at.session_state.story_id
    # another editor saves the first claim after this page was drawn
    ReviewStore(db).save_claim_decision(sid, _key(at, 0), editor="bob", status="false")
    at.button(key="verify").click().run()
    assert any("bob" in w.value and "Not saved" in w.value for w in at.warning)
    assert ReviewStore(db).claim_decisions(sid).iloc[0]["status"] == "false"


def test_flag_can_be_dismissed_with_a_reason(db):
    at = open_seed(db)
    at.text_input(key="reason_f001").set_value("it identifies the faction")
    at.button(key="dismissed_f001").click().run()
    d = ReviewStore(db).flag_decisions(at.session_state.story_id)
    assert list(d["decision"]) == ["dismissed"] and list(d["reason"]) == ["it identifies the faction"]


def test_pasted_story_with_script_is_escaped(db):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.sidebar.radio(key="open_from").set_value("Paste").run()
    at.sidebar.text_area(key="paste_text").set_value('Police said <script>alert("x")</script> was found.').run()
    at.sidebar.button(key="open_btn").click().run()
    html = story_markup(at)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_empty_paste_is_a_clear_error(db):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.sidebar.radio(key="open_from").set_value("Paste").run()
    at.sidebar.button(key="open_btn").click().run()
    assert at.sidebar.error[0].value == "Give the story text first."


def test_sources_merge_and_numbers_panel(db):
    at = open_seed(db)
    at.selectbox(key="merge_keep").set_value("Syrian Observatory for Human Rights")
    at.multiselect(key="merge_list").set_value(["medical sources"])
    at.button(key="FormSubmitter:merge_form-Merge sources").click().run()
    assert not at.exception
    edits = ReviewStore(db).source_edits(at.session_state.story_id)
    assert edits.iloc[0]["kind"] == "merge"
    recon = [df.value for df in at.dataframe if "explanation" in df.value.columns][0]
    assert {"part-of", "superseded"} <= set(recon["status"])
    at.button(key="FormSubmitter:figure_form-Record the figure").click().run()
    assert len(ReviewStore(db).figure_choices(at.session_state.story_id)) == 1


def test_a_pasted_story_is_titled_by_its_first_line_not_the_seed(db):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.sidebar.radio(key="open_from").set_value("Paste").run()
    at.sidebar.text_area(key="paste_text").set_value(
        "Winnipeg family says son was denied care\n\nA Winnipeg family says their son waited 14 hours.").run()
    at.sidebar.button(key="open_btn").click().run()
    assert not at.exception
    assert at.title[0].value == "Winnipeg family says son was denied care"

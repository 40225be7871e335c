"""Training mode in the app (AppTest) and its store on both back ends."""
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.test_store import url  # noqa: F401  (the SQLite / PostgreSQL fixture)
from verify.training_store import TrainingStore

APP = str(Path(__file__).resolve().parent.parent / "streamlit_app.py")


def app(monkeypatch, db):
    monkeypatch.setenv("VERIFY_DB_URL", db)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.sidebar.radio(key="mode").set_value("Training").run()
    return at


def join(monkeypatch, db, code, name):
    at = app(monkeypatch, db)
    at.text_input(key="t_code_in").set_value(code)
    at.text_input(key="t_name").set_value(name).run()
    assert not at.exception
    return at


def answer_source(at, claim, source, stype):
    at.selectbox(key=f"t_src_01_flood_toll_{claim}").set_value(source)
    at.selectbox(key=f"t_type_01_flood_toll_{claim}").set_value(stype)
    at.button(key=f"t_ans_01_flood_toll_{claim}").click().run()


def test_session_two_trainees_and_results(monkeypatch, tmp_path):
    db = f"sqlite:///{tmp_path}/t.sqlite"
    trainer = app(monkeypatch, db)
    trainer.radio(key="t_role").set_value("Trainer").run()
    trainer.button(key="FormSubmitter:t_create-Create session").click().run()
    code = trainer.session_state.t_code
    assert len(code) == 6

    ana = join(monkeypatch, db, code, "ana")
    # the key is not on the page before answering
    assert not any("Key:" in m.value for m in ana.markdown)
    answer_source(ana, "c002", "interior ministry", "organization")
    assert any("scored **1** (right)" in m.value for m in ana.markdown)
    ana.number_input(key="t_fig_01_flood_toll").set_value(64)
    ana.button(key="t_figbtn_01_flood_toll").click().run()

    ben = join(monkeypatch, db, code, "ben")
    assert not any("scored" in m.value for m in ben.markdown)  # ana's answers are not shown to ben
    answer_source(ben, "c002", "interior ministry", "person")
    assert any("Right source, wrong type" in m.value for m in ben.markdown)
    ben.number_input(key="t_fig_01_flood_toll").set_value(41)
    ben.button(key="t_figbtn_01_flood_toll").click().run()

    trainer.run()
    table = trainer.dataframe[0].value
    rows = {r["trainee"]: r for r in table.to_dict("records")}
    assert rows["ana"]["source"] == 1.0 and rows["ana"]["figure"] == 1.0 and rows["ana"]["rank"] == 1
    assert rows["ben"]["source"] == 0.5 and rows["ben"]["figure"] == 0.5 and rows["ben"]["rank"] == 2
    mistakes = trainer.dataframe[1].value
    assert set(mistakes["item"]) == {"c002", "story"}


def test_unknown_code_is_a_clear_error(monkeypatch, tmp_path):
    at = join(monkeypatch, f"sqlite:///{tmp_path}/t.sqlite", "NOPE42", "ana")
    assert "no training session" in at.error[0].value


def test_training_store_keeps_answers_per_trainee(url):  # noqa: F811
    s = TrainingStore(url)
    code = s.create_session("t", ["01_flood_toll"])
    s.save_answer(code, "ana", "01_flood_toll", "source", "c001", {"source": "x"}, 0.0, "wrong", "Key: ...")
    s.save_answer(code, "ana", "01_flood_toll", "source", "c001", {"source": "y"}, 1.0, "right", "Key: ...")
    s.save_answer(code, "ben", "01_flood_toll", "source", "c001", {"source": "y"}, 1.0, "right", "Key: ...")
    assert len(s.answers(code)) == 2 and list(s.answers(code, "ana")["score"]) == [1.0]
    with pytest.raises(Exception, match="name"):
        s.save_answer(code, " ", "01_flood_toll", "source", "c001", {}, 0, "wrong", "")

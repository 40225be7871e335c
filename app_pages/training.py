"""The training page: trainers run sessions, trainees answer and see the key's reasons after answering.

UI only: exercises and scoring come from verify.training, storage from verify.training_store.
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from verify import VerifyError, training
from verify.export import ledger_csv
from verify.model import SOURCE_TYPES
from verify.training_store import TrainingStore

EXERCISES = Path(__file__).resolve().parent.parent / "seeds" / "exercises"
FLAG_CATEGORIES = ("doubt", "label", "loaded", "intensifier", "sponsor", "vague-attribution", "said-synonym",
                   "inference", "agentless-passive", "unattributed-figure")


@st.cache_resource
def exercises() -> dict[str, training.Exercise]:
    return training.load_exercises(EXERCISES)


@st.cache_resource
def get_training_store(url: str | None) -> TrainingStore:
    return TrainingStore(url)


def tstore() -> TrainingStore:
    return get_training_store(os.environ.get("VERIFY_DB_URL"))


def render() -> None:
    st.title("Training")
    role = st.radio("I am", ["Trainee", "Trainer"], horizontal=True, key="t_role")
    if role == "Trainer":
        trainer_view()
    else:
        trainee_view()


def open_session(code: str):
    """The session for a code, or None (with the reason shown) when there is none."""
    if not code:
        return None
    try:
        return tstore().session(code)
    except VerifyError as exc:
        st.error(str(exc))
        return None


def show_scored(row) -> None:
    st.markdown(f"Your answer scored **{row['score']:g}** ({row['verdict']}). {row['explanation']}")


def trainer_view() -> None:
    ex = exercises()
    with st.form("t_create"):
        title = st.text_input("Session title", value="Sources, framing and numbers", key="t_title")
        chosen = st.multiselect("Exercises", list(ex), default=list(ex),
                                format_func=lambda k: f"{ex[k].title} (key: {ex[k].key.origin})", key="t_chosen")
        if st.form_submit_button("Create session"):
            try:
                st.session_state.t_code = tstore().create_session(title, chosen)
                st.session_state.t_results_code = st.session_state.t_code
            except VerifyError as exc:
                st.error(str(exc))
    code = st.text_input("Session code", key="t_results_code")
    sess = open_session(code)
    if sess is None:
        return
    st.success(f"Session **{sess['code']}**: trainees join with this code.")
    answers = tstore().answers(sess["code"])
    table = training.results_table(answers)
    st.subheader("Results")
    st.dataframe(table, hide_index=True)
    st.download_button("Download results (CSV)", ledger_csv([table]), file_name=f"training-{sess['code']}.csv",
                       mime="text/csv", key="t_download")
    st.subheader("Commonest mistakes")
    st.dataframe(training.common_mistakes(answers), hide_index=True)


def trainee_view() -> None:
    code = st.text_input("Session code", key="t_code_in").strip().upper()
    name = st.text_input("Your name", key="t_name").strip()
    if not (code and name):
        st.info("Enter the session code your trainer gave you and your name.")
        return
    sess = open_session(code)
    if sess is None:
        return
    ex = exercises()
    pick = st.selectbox("Exercise", [e for e in sess["exercise_ids"] if e in ex],
                        format_func=lambda k: ex[k].title, key="t_ex")
    exercise = ex[pick]
    mine = tstore().answers(code, name)
    mine = mine[mine["exercise_id"] == pick].set_index(["task", "item"]) if len(mine) else None
    view = exercise.trainee_view()
    st.markdown(f"### {view['title']}")
    st.text(view["text"])
    st.markdown("#### Who does each claim come from?")
    names = sorted({c.source_name for c in exercise.key.claims} | {"the reporter"})
    for c in view["claims"]:
        done = mine is not None and ("source", c["claim_id"]) in mine.index
        with st.container(border=True):
            st.markdown(f"**{c['claim_id']}** {c['text']}")
            if done:
                show_scored(mine.loc[("source", c["claim_id"])])
                continue
            cols = st.columns(3)
            source = cols[0].selectbox("Source", ["(choose)"] + names + ["someone else"], key=f"t_src_{pick}_{c['claim_id']}")
            other = cols[1].text_input("If someone else, who", key=f"t_other_{pick}_{c['claim_id']}")
            stype = cols[2].selectbox("Type", SOURCE_TYPES, key=f"t_type_{pick}_{c['claim_id']}")
            if st.button("Answer", key=f"t_ans_{pick}_{c['claim_id']}"):
                given = other if source == "someone else" else ("" if source == "(choose)" else source)
                key = next(k for k in exercise.key.claims if k.claim_id == c["claim_id"])
                s = training.score_source(key, given, stype)
                tstore().save_answer(code, name, pick, "source", c["claim_id"], {"source": given, "type": stype},
                                     s.score, s.verdict, s.explanation)
                st.rerun()
    st.markdown("#### Which words are loaded, and why?")
    if mine is not None and ("flags", "story") in mine.index:
        show_scored(mine.loc[("flags", "story")])
    else:
        marks = st.data_editor(pd.DataFrame({"words": [""] * 4, "category": [FLAG_CATEGORIES[0]] * 4}),
                               column_config={"category": st.column_config.SelectboxColumn(options=FLAG_CATEGORIES)},
                               key=f"t_marks_{pick}", hide_index=True)
        if st.button("Answer", key=f"t_flags_{pick}"):
            pairs = [(r.words, r.category) for r in marks.itertuples() if isinstance(r.words, str) and r.words.strip()]
            s = training.score_flags(exercise.key, exercise.text, pairs)
            tstore().save_answer(code, name, pick, "flags", "story", pairs, s.score, s.verdict, s.explanation)
            st.rerun()
    if view["figure_question"]:
        st.markdown("#### Which figure would you print, and why?")
        if mine is not None and ("figure", "story") in mine.index:
            show_scored(mine.loc[("figure", "story")])
        else:
            fig = st.number_input("Figure", min_value=0.0, step=1.0, key=f"t_fig_{pick}")
            why = st.text_input("Why", key=f"t_why_{pick}")
            if st.button("Answer", key=f"t_figbtn_{pick}"):
                s = training.score_figure(exercise.key, fig)
                tstore().save_answer(code, name, pick, "figure", "story", {"figure": fig, "why": why},
                                     s.score, s.verdict, s.explanation)
                st.rerun()

"""verify's Streamlit app: a thin UI over the verify package.

Run it with `verify app [story.txt]` or `streamlit run streamlit_app.py`.
The pages live in app_pages/; all analysis and storage is in verify/.
"""
import streamlit as st

st.set_page_config(page_title="verify", layout="wide")

from app_pages import review, training  # noqa: E402

MODES = {"Review": review.render, "Training": training.render}
mode = st.sidebar.radio("Mode", list(MODES), key="mode", horizontal=True)
MODES[mode]()

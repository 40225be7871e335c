"""The review page (placeholder until the review app lands)."""
import streamlit as st


def render() -> None:
    st.title("verify")

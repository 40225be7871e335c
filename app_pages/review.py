"""The review page: open a story, read it by source, decide claim by claim, export.

UI only: analysis comes from verify.analyze, storage from verify.store, ledger
logic from verify.review and the story HTML from verify.render.
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from verify import VerifyError, analyze, review
from verify import render as story_render
from verify.model import SOURCE_TYPES
from verify.reconcile import reconcile_many
from verify.store import ConflictError, ReviewStore
from verify.textio import check_text, decode_story, html_to_text, looks_like_html

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@st.cache_resource
def get_store(url: str | None) -> ReviewStore:
    return ReviewStore(url)


@st.cache_data(max_entries=64, show_spinner="Analysing the story...")
def cached_analysis(text: str, published: str | None, story_id: str):
    return analyze(text, article_id=story_id, published=published or None)


def store() -> ReviewStore:
    return get_store(os.environ.get("VERIFY_DB_URL"))


def cli_story() -> str | None:
    """`verify app story.txt` passes --story PATH to the script."""
    args = sys.argv[1:]
    if "--story" in args and args.index("--story") + 1 < len(args):
        return args[args.index("--story") + 1]
    return None


def editor_name() -> str:
    default = os.environ.get("VERIFY_EDITOR") or getpass.getuser() or "editor"
    return st.sidebar.text_input("Editor", value=default, key="editor").strip()


def open_story_panel() -> None:
    s = store()
    with st.sidebar.expander("Open a story", expanded="story_id" not in st.session_state):
        how = st.radio("From", ["Seed", "Paste", "Upload", "Saved"], horizontal=True, key="open_from")
        text, name = None, ""
        if how == "Seed":
            seeds = sorted(p.name for p in SEEDS.glob("*.txt"))
            pick = st.selectbox("Seed story", seeds, key="seed_pick")
            if pick:
                text, name = (SEEDS / pick).read_text(encoding="utf-8"), pick
        elif how == "Paste":
            text = st.text_area("Story text", height=200, key="paste_text") or None
        elif how == "Upload":
            up = st.file_uploader("A .txt or .html file", type=["txt", "html", "htm"], key="upload")
            if up is not None:
                try:
                    text = decode_story(up.getvalue(), up.name)
                    if up.name.lower().endswith((".html", ".htm")) or looks_like_html(text):
                        text = html_to_text(text)
                    name = up.name
                except VerifyError as exc:
                    st.error(str(exc))
        else:
            saved = s.list_stories()
            if len(saved):
                labels = {f"{r.title or r.story_id} ({r.reviewed} reviewed)": r.story_id for r in saved.itertuples()}
                pick = st.selectbox("Saved story", list(labels), key="saved_pick")
                if st.button("Open saved", key="open_saved"):
                    select_story(labels[pick])
            else:
                st.caption("No saved stories yet.")
            return
        title = st.text_input("Title", value=Path(name).stem if name else "", key=f"title:{how}:{name}",
                              placeholder="the first line of the story")
        outlet = st.text_input("Outlet", key="outlet")
        published = st.date_input("Published", value=None, key="published")
        if st.button("Open story", key="open_btn", type="primary"):
            if not text:
                st.error("Give the story text first.")
                return
            try:
                check_text(text)
            except VerifyError as exc:
                st.error(str(exc))
                return
            sid = s.add_story(text, title=title, outlet=outlet,
                              published=published.isoformat() if published else None)
            select_story(sid)


def select_story(story_id: str) -> None:
    st.session_state.story_id = story_id
    st.session_state.claim_index = 0
    st.session_state.pop("conflict", None)


def render() -> None:
    editor = editor_name()
    s = store()
    if "story_id" not in st.session_state and cli_story() and Path(cli_story()).is_file():
        text = decode_story(Path(cli_story()).read_bytes(), cli_story())
        select_story(s.add_story(text, title=Path(cli_story()).stem))
    open_story_panel()
    if "story_id" not in st.session_state:
        st.title("verify")
        st.info("Open a story from the sidebar: a seed, pasted text, or an uploaded file.")
        return
    story = s.get_story(st.session_state.story_id)
    analysis = cached_analysis(story["text"], story["published"], story["story_id"])
    decisions = s.claim_decisions(story["story_id"])
    edits = s.source_edits(story["story_id"])
    led = review.ledger(analysis, decisions, edits)
    st.title(story["title"] or story["story_id"])
    st.caption(" · ".join(x for x in (story["outlet"], story["published"] or "", f"id {story['story_id']}") if x))
    if st.session_state.get("conflict"):
        st.warning(st.session_state.conflict)
    tabs = st.tabs(["Story", "Claims", "Sources", "Numbers", "Export / import", "Readability"])
    with tabs[0]:
        story_tab(analysis, led)
    with tabs[1]:
        claims_tab(analysis, led, editor)
    with tabs[2]:
        sources_tab(analysis, edits, editor)
    with tabs[3]:
        numbers_tab(analysis, editor)
    with tabs[4]:
        export_tab(analysis, led, editor)
    with tabs[5]:
        st.write(analysis.readability_story)
        st.dataframe(led[["claim_id", "reading_ease", "grade"]], hide_index=True)


def shown_names(led: pd.DataFrame) -> dict[str, str]:
    names = {}
    for r in led.itertuples():
        names[r.claim_id] = r.reviewed_source_name if isinstance(r.reviewed_source_name, str) and r.reviewed_source_name else r.source_name
    return names


def story_tab(analysis, led) -> None:
    names = shown_names(led)
    colours = story_render.source_colours([names[c.id] for c in analysis.claim_records if c.source.type != "reporter"])
    st.markdown(story_render.legend_html(colours), unsafe_allow_html=True)
    selected = analysis.claim_records[min(st.session_state.get("claim_index", 0), len(analysis.claim_records) - 1)].id
    st.markdown(story_render.story_html(analysis, source_names=names, selected_claim_id=selected, colours=colours),
                unsafe_allow_html=True)
    if len(analysis.flags):
        st.subheader("Flags")
        st.dataframe(analysis.flags[["id", "text", "category", "voice", "reason", "suggestion", "claim_id"]],
                     hide_index=True)


def stored_version(row) -> int:
    return int(row["version"]) if "version" in row.index and pd.notna(row.get("version")) else 0


def save_claim(analysis, led, i: int, editor: str, **fields) -> None:
    """Save with the version this editor last saw, so a later save by someone else is a conflict."""
    row = led.iloc[i]
    version = st.session_state.get("seen_versions", {}).get(row["claim_key"], stored_version(row))
    try:
        new_version = store().save_claim_decision(st.session_state.story_id, row["claim_key"], editor=editor,
                                                  claim_id=row["claim_id"], claim_text=row["text"],
                                                  expected_version=version, **fields)
        st.session_state.setdefault("seen_versions", {})[row["claim_key"]] = new_version  # our own save
        st.session_state.pop("conflict", None)
    except ConflictError as exc:
        st.session_state.conflict = f"Not saved: {exc} Their decision: status {exc.current.get('status')!r}, " \
                                    f"source {exc.current.get('source_name')!r}, note {exc.current.get('note')!r}."
    except VerifyError as exc:
        st.session_state.conflict = f"Not saved: {exc}"


def claims_tab(analysis, led, editor: str) -> None:
    n = len(led)
    i = min(st.session_state.get("claim_index", 0), n - 1)
    row = led.iloc[i]
    nav = st.columns([1.2, 1, 1, 1.5, 3])
    if nav[0].button("Previous", key="prev", shortcut="k"):
        st.session_state.claim_index = max(0, i - 1)
        st.rerun()
    if nav[1].button("Next", key="next", shortcut="j"):
        st.session_state.claim_index = min(n - 1, i + 1)
        st.rerun()
    if nav[2].button("Verify", key="verify", shortcut="v", type="primary"):
        save_claim(analysis, led, i, editor, status="verified")
        st.session_state.claim_index = min(n - 1, i + 1)
        st.rerun()
    if nav[3].button("Needs source", key="needs_source", shortcut="n"):
        save_claim(analysis, led, i, editor, status="needs a source")
        st.rerun()
    st.session_state.setdefault("seen_versions", {})[row["claim_key"]] = stored_version(row)
    st.markdown(f"**{row['claim_id']}** ({i + 1} of {n}) · status **{row['status']}**")
    st.text(row["text"])
    via = f" via {row['via']}" if row["via"] else ""
    if isinstance(row["reviewed_source_name"], str) and row["reviewed_source_name"]:
        st.markdown(f"Source: **{row['reviewed_source_name']}** (corrected by {row['editor']}; the engine said "
                    f"{row['source_name']}, {row['source_type']})")
    st.markdown(f"Engine source: **{row['source_name']}** ({row['source_type']}){via} · cue: `{row['cue'] or '-'}` · "
                f"rule: `{row['source_rule']}`")
    with st.form(key=f"claim_form_{row['claim_key']}"):
        status = st.selectbox("Status", review.STATUSES, index=review.STATUSES.index(row["status"]), key=f"f_status_{row['claim_key']}")
        current_name = row["reviewed_source_name"] if isinstance(row["reviewed_source_name"], str) else row["source_name"]
        current_type = row["reviewed_source_type"] if isinstance(row["reviewed_source_type"], str) else row["source_type"]
        name = st.text_input("Source", value=current_name, key=f"f_source_{row['claim_key']}")
        stype = st.selectbox("Source type", SOURCE_TYPES, index=SOURCE_TYPES.index(current_type), key=f"f_type_{row['claim_key']}")
        note = st.text_area("Note", value=row["note"] if isinstance(row["note"], str) else "", key=f"f_note_{row['claim_key']}")
        if st.form_submit_button("Save decision"):
            save_claim(analysis, led, i, editor, status=status,
                       source_name=name if name != row["source_name"] or isinstance(row["reviewed_source_name"], str) else None,
                       source_type=stype if stype != row["source_type"] or isinstance(row["reviewed_source_type"], str) else None,
                       note=note or None)
            st.rerun()
    flags_for_claim(analysis, row, editor)
    st.subheader("Audit log for this claim")
    st.dataframe(store().audit_log(st.session_state.story_id, row["claim_key"]), hide_index=True)
    st.subheader("Ledger")
    st.dataframe(led[["claim_id", "kind", "source_name", "reviewed_source_name", "source_type", "status", "flag_count",
                      "text"]], hide_index=True)


def flags_for_claim(analysis, row, editor: str) -> None:
    keys = dict(zip([c.id for c in analysis.claim_records], review.claim_keys(analysis.claim_records)))
    flags = [f for f in analysis.flag_records if f.claim_id == row["claim_id"]]
    if not flags:
        return
    st.subheader("Flags in this claim")
    decided = store().flag_decisions(st.session_state.story_id).set_index("flag_key")
    for f in flags:
        fk = review.flag_key(f, keys)
        state = decided.loc[fk, "decision"] if fk in decided.index else "open"
        version = int(decided.loc[fk, "version"]) if fk in decided.index else 0
        cols = st.columns([3, 2, 1, 1])
        cols[0].markdown(f"**{f.text}** · {f.category} ({f.voice}) · {state}  \n{f.reason}  \n*Suggestion:* {f.suggestion}")
        reason = cols[1].text_input("Reason", key=f"reason_{f.id}", label_visibility="collapsed", placeholder="reason")
        for col, decision, label in ((cols[2], "accepted", "Accept"), (cols[3], "dismissed", "Dismiss")):
            if col.button(label, key=f"{decision}_{f.id}"):
                try:
                    store().save_flag_decision(st.session_state.story_id, fk, editor=editor, decision=decision,
                                               reason=reason, expected_version=version)
                except (ConflictError, VerifyError) as exc:
                    st.session_state.conflict = f"Not saved: {exc}"
                st.rerun()


def sources_tab(analysis, edits, editor: str) -> None:
    sources, _ = review.apply_source_edits(analysis, edits)
    table = pd.DataFrame([{"source": s.name, "type": s.type, "aliases": " | ".join(s.aliases),
                           "mentions": " | ".join(f"{m.text} ({m.rule})" for m in s.mentions)} for s in sources])
    st.dataframe(table, hide_index=True)
    names = [s.name for s in sources]
    if len(names) >= 2:
        with st.form("merge_form"):
            keep = st.selectbox("Keep", names, key="merge_keep")
            merge = st.multiselect("Merge into it", names, key="merge_list")
            if st.form_submit_button("Merge sources") and merge:
                store().save_source_edit(st.session_state.story_id, editor=editor, kind="merge",
                                         payload={"keep": keep, "merge": [m for m in merge if m != keep]})
                st.rerun()
    with_aliases = [s for s in sources if len({m.text.lower() for m in s.mentions}) > 1]
    if with_aliases:
        with st.form("split_form"):
            src = st.selectbox("Source to split", [s.name for s in with_aliases], key="split_source")
            chosen = next(s for s in with_aliases if s.name == src)
            alias = st.selectbox("Wrong mention", sorted({m.text for m in chosen.mentions}), key="split_alias")
            new_name = st.text_input("It is really", key="split_new")
            if st.form_submit_button("Split it off"):
                store().save_source_edit(st.session_state.story_id, editor=editor, kind="split",
                                         payload={"source": src, "alias": alias, "new_name": new_name or alias})
                st.rerun()


def numbers_tab(analysis, editor: str) -> None:
    if not len(analysis.quantities):
        st.info("No figures in this story.")
        return
    st.dataframe(analysis.quantities[["id", "text", "low", "high", "category", "event", "place", "period", "reported",
                                      "source"]], hide_index=True)
    if len(analysis.reconciliation):
        st.subheader("Reconciliation")
        st.dataframe(analysis.reconciliation[["id", "status", "figure", "low", "high", "explanation"]], hide_index=True)
        for r in analysis.relation_records:
            st.markdown(f"- **{r.id} {r.status}**: {r.explanation}")
    chart_df = analysis.quantities.assign(figure=analysis.quantities["value"].fillna(analysis.quantities["low"]),
                                          when=analysis.quantities["reported"].fillna("story"))
    chart = alt.Chart(chart_df.dropna(subset=["figure"])).mark_circle(size=120).encode(
        x=alt.X("when:N", title="reported"), y=alt.Y("figure:Q", title="figure"),
        color=alt.Color("source:N"), tooltip=["text", "category", "event", "source"])
    st.altair_chart(chart, width="stretch")
    choices = store().figure_choices(st.session_state.story_id)
    rels = analysis.relation_records
    if rels:
        with st.form("figure_form"):
            rel = st.selectbox("Relation", [f"{r.id}: {r.status}" for r in rels], key="fig_rel")
            r = rels[[f"{x.id}: {x.status}" for x in rels].index(rel)]
            figure = st.number_input("Figure we will print", value=float(r.figure or r.low or 0), key="fig_value")
            why = st.text_input("Why", value=r.explanation, key="fig_reason")
            if st.form_submit_button("Record the figure"):
                group = "|".join(r.quantity_ids)
                ver = choices.set_index("group_key").loc[group, "version"] if group in set(choices["group_key"]) else 0
                try:
                    store().save_figure_choice(st.session_state.story_id, group, editor=editor, figure=figure,
                                               reason=why, expected_version=int(ver))
                except (ConflictError, VerifyError) as exc:
                    st.session_state.conflict = f"Not saved: {exc}"
                st.rerun()
    if len(choices):
        st.dataframe(choices[["group_key", "figure", "reason", "editor", "updated_at"]], hide_index=True)


def export_tab(analysis, led, editor: str) -> None:
    st.download_button("Download the ledger (CSV)", review.export_csv(led), file_name=f"{analysis.article_id}.csv",
                       mime="text/csv", key="download_csv")
    up = st.file_uploader("Import a reviewed ledger (CSV)", type=["csv"], key="import_csv")
    if up is not None and st.button("Apply the import", key="apply_import"):
        try:
            text = review.read_import_bytes(up.getvalue())
            rep = review.import_csv(text, analysis, store(), st.session_state.story_id, editor=editor)
        except VerifyError as exc:
            st.error(str(exc))
            return
        if rep.errors:
            st.error("Nothing was changed. Problems:\n\n" + "\n".join(f"- {e}" for e in rep.errors))
        else:
            st.success(f"{len(rep.changed)} claims changed, {rep.unchanged} unchanged, "
                       f"{len(rep.unmatched)} rows matched no claim.")
            if rep.unmatched:
                st.dataframe(pd.DataFrame(rep.unmatched), hide_index=True)
    kept, orphaned = review.rematch(analysis, store().claim_decisions(st.session_state.story_id))
    if len(orphaned):
        st.warning(f"{len(orphaned)} decisions no longer match a claim after re-analysis:")
        st.dataframe(orphaned[["claim_text", "status", "note", "editor"]], hide_index=True)
    st.subheader("All stories")
    stories = store().list_stories()
    st.dataframe(stories, hide_index=True)
    if st.button("Build a ledger across all stories", key="all_ledgers"):
        frames, analyses = [], []
        for sid in stories["story_id"]:
            sto = store().get_story(sid)
            a = cached_analysis(sto["text"], sto["published"], sid)
            analyses.append(a)
            frames.append(review.ledger(a, store().claim_decisions(sid), store().source_edits(sid)))
        st.download_button("Download all ledgers (CSV)", review.export_csv(pd.concat(frames, ignore_index=True)),
                           file_name="ledgers.csv", mime="text/csv", key="download_all")
        across = reconcile_many(analyses)
        if across:
            st.dataframe(pd.DataFrame([r.__dict__ for r in across]), hide_index=True)

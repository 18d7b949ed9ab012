"""Vérifier page: « Appliquer les corrections sûres » (preview, one click, what was done) and per-step undo."""
from __future__ import annotations

import json

import streamlit as st

from ui import state
from viz import bulkfix
from viz.dataset import Dataset

DONE_KEY = "bulkfix_done"  # the message of the last bulk fix, shown where the button was while the steps stay
# After the rerun the page is shorter above the button: scroll the message (a keyed container) to mid-screen.
_SCROLL = """<script>(function(tries){function go(){var box=parent.document.querySelector('.st-key-bulkfix_done_box')
||document.querySelector('.st-key-bulkfix_done_box');if(box){box.scrollIntoView({block:'center'});}
else if(tries-->0){setTimeout(go,200);}}setTimeout(go,300);})(25);</script>"""


def _previews(ds: Dataset, findings: list) -> list[bulkfix.FixPreview]:
    """The safe fixes of the current findings, previewed once per (file, steps, fixes offered: a schema changes
    which placeholders count)."""
    steps = bulkfix.safe_steps(findings)
    key = (ds.key, json.dumps([s.to_dict() for s in steps], sort_keys=True, default=str))
    cached = st.session_state.get("bulkfix_plan")
    if not cached or cached[0] != key:
        st.session_state["bulkfix_plan"] = (key, bulkfix.plan(ds.working(), steps))
    return st.session_state["bulkfix_plan"][1]


def section(ds: Dataset, findings: list) -> None:
    """The safe fixes offered together: counts, a preview per column and fix, one button; then what was done."""
    done = st.session_state.get(DONE_KEY)
    if done and done[0] != ds.key:  # the steps changed since: the message no longer describes this table
        st.session_state.pop(DONE_KEY, None)
        done = None
    previews = _previews(ds, findings)
    if not previews and not done:
        return
    st.subheader(state.t("bulkfix.title"))
    if done:  # where the button was, with what it changed (the page keeps about its height: the eye stays here)
        _, message, short, table = done
        with st.container(key="bulkfix_done_box"):
            st.success(message, icon=":material/check_circle:")
            with st.expander(state.t("bulkfix.done_detail"), expanded=True):
                st.dataframe(table, hide_index=True)
        if st.session_state.pop("bulkfix_toast", False):  # the run right after the click: bring the message to the eye
            st.toast(short, icon=":material/check_circle:", duration="long")
            st.html(_SCROLL, unsafe_allow_javascript=True)
    if not previews:
        return
    total = bulkfix.summary(previews)
    st.info(state.t("bulkfix.offer", fixes=total.fixes, cells=total.cells, columns=total.columns))
    st.caption(state.t("bulkfix.intro"))
    kept = bulkfix.held_back(findings)
    if kept:  # `-` may mean closed, `néant` none: said here, reviewed one by one below
        words = sorted({w for ws in kept.values() for w in ws})
        st.caption(state.t("bulkfix.held_back", words=", ".join(f"« {w} »" for w in words),
                           columns=", ".join(f"« {c} »" for c in kept), n=len(kept)))
    with st.expander(state.t("bulkfix.preview")):
        st.dataframe(bulkfix.per_column(previews, state.lang()), hide_index=True)
        st.caption(state.t("bulkfix.examples"))
        st.dataframe(bulkfix.examples(previews, 2 + ds.read.header_row, state.lang()), hide_index=True)
    if st.button(state.t("bulkfix.apply"), type="primary", key="bulkfix_apply", icon=":material/auto_fix_high:"):
        result = bulkfix.apply(ds, previews)
        st.session_state[DONE_KEY] = (ds.key, result.message(state.lang()), result.message(state.lang(), short=True),
                                      bulkfix.per_column(previews, state.lang()))
        st.session_state["bulkfix_toast"] = True
        st.rerun()


def steps_list(ds: Dataset) -> None:
    """The steps applied, numbered, each with its own undo button."""
    for n, step in enumerate(ds.steps):
        label = step.label_en if state.lang() == "en" and step.label_en else step.label_fr or step.op
        left, right = st.columns([5, 1], vertical_alignment="center")
        left.write(f"{n + 1}. {label}")
        if right.button(state.t("bulkfix.undo_one"), key=f"verify_undo_step_{n}", icon=":material/undo:",
                        help=state.t("bulkfix.undo_one_help")):
            try:
                ds.remove_step(n)
                st.session_state["verify_step_note"] = state.t("bulkfix.undone", label=label)
            except Exception as exc:  # noqa: BLE001 - a later step needs this one: keep it, say why
                st.session_state["verify_step_note"] = state.t("bulkfix.undo_refused", label=label,
                                                               error=type(exc).__name__)
            st.rerun()
    note = st.session_state.pop("verify_step_note", None)
    if note:
        st.info(note)

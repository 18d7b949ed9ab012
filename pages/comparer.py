"""Comparer: two versions of a dataset side by side — what changed, where, and the change list (thin)."""
import json

import pandas as pd
import streamlit as st

from ui import state
from ui.tables import french
from viz.compare import compare
from viz.compare.report import changes_csv, column_counts, filtered_changes, to_json
from viz.errors import StudioError
from viz.io import CsvOptions, LoadError, LoadOptions, load_bytes

TYPES = ["csv", "txt", "tsv", "xlsx", "ods", "json", "geojson", "xml"]
KINDS = ("changed", "added", "removed")
AUTO = "auto"

state.sidebar()
st.title(state.t("compare.page.title"))
st.caption(state.t("compare.page.intro"))


def side(name: str, column) -> object | None:
    """One version: an upload read with its own guesses (and the user's overrides), or None."""
    with column:
        upload = st.file_uploader(state.t(f"compare.page.upload_{name}"), type=TYPES, key=f"compare_{name}")
        with st.expander(state.t("compare.page.options")):
            enc = st.selectbox(state.t("import.encoding"), [AUTO, "utf-8", "cp1252", "latin-1", "utf-16"],
                               key=f"compare_{name}_enc", format_func=lambda v: state.t("compare.page.auto") if v == AUTO else v)
            sep = st.selectbox(state.t("import.separator"), [AUTO, ";", ",", "\t", "|"], key=f"compare_{name}_sep",
                               format_func=lambda v: state.t("compare.page.auto") if v == AUTO else repr(v))
            dec = st.selectbox(state.t("import.decimal"), [AUTO, ",", "."], key=f"compare_{name}_dec",
                               format_func=lambda v: state.t("compare.page.auto") if v == AUTO else v)
        if upload is None:
            return None
        pick = {k: (None if v == AUTO else v) for k, v in (("encoding", enc), ("separator", sep), ("decimal", dec))}
        cache_key = (upload.file_id, tuple(pick.items()))
        cached = st.session_state.get(f"compare_{name}_ds")
        if cached is None or cached[0] != cache_key:
            try:
                ds = load_bytes(upload.getvalue(), upload.name, LoadOptions(csv=CsvOptions(**pick)))
            except LoadError as exc:
                st.error(state.t("compare.unreadable", side=state.t(f"compare.{name}"), error=exc.message(state.lang())))
                return None
            st.session_state[f"compare_{name}_ds"] = cached = (cache_key, ds)
        ds = cached[1]
        st.caption(f"{state.fmt_int(len(ds.original))} {state.t('word.rows')} · {ds.read.encoding or ds.read.format} · "
                   f"{state.t('import.separator')} {ds.read.separator!r} · {state.t('import.decimal')} {ds.read.decimal!r}")
        return ds


def pick_schema(columns: list[str]) -> tuple[str, dict | None]:
    """A schema to validate both versions with (catalogue, best fitting first, or an uploaded JSON):
    (cache key, schema or None)."""
    from viz import schemas
    mode = st.radio(state.t("compare.page.schema"), ["none", "catalogue", "upload"], horizontal=True,
                    key="compare_schema_mode", format_func=lambda m: state.t(f"compare.page.schema.{m}"))
    try:
        if mode == "catalogue":
            ranked = [info.id for info, _ in schemas.suggest(columns)]
            ids = list(dict.fromkeys(ranked + [info.id for info in schemas.catalogue()]))
            titles = {info.id: f"{info.title_fr} ({info.version})" for info in schemas.catalogue()}
            pick = st.selectbox(state.t("compare.page.schema.pick"), ids, key="compare_schema_id",
                                format_func=lambda i: titles.get(i, i))
            return f"cat:{pick}", schemas.load_schema(pick)
        if mode == "upload":
            upload = st.file_uploader(state.t("compare.page.schema.file"), type=["json"], key="compare_schema_file")
            if upload is not None:
                return f"file:{upload.file_id}", schemas.load_schema(upload.getvalue())
    except LoadError as exc:
        st.error(exc.message(state.lang()))
    return "none", None


def show_schema(sides: dict) -> None:
    """Each version's verdict side by side, then the error groups new, fixed and still there."""
    st.subheader(state.t("compare.page.schema.title"))
    cols = st.columns(2)
    for column, name in zip(cols, ("old", "new")):
        verdict = sides[name]
        text = (state.t("compare.page.schema.side_valid") if verdict["valid"]
                else state.t("compare.page.schema.side_errors", count=state.fmt_int(verdict["errors"])))
        column.metric(state.t(f"compare.page.upload_{name}"), text)
    for group in ("new_errors", "fixed", "still"):
        st.markdown(f"**{state.t(f'compare.page.schema.{group}')}** ({state.fmt_int(len(sides[group]))})")
        if sides[group]:
            table = pd.DataFrame(sides[group])
            st.dataframe(table.rename(columns=lambda c: state.t(f"compare.page.schema.col.{c}")), hide_index=True,
                         key=f"compare_schema_{group}")
        else:
            st.caption(state.t("compare.page.schema.none_found"))


left, right = st.columns(2)
old, new = side("old", left), side("new", right)
if old is None or new is None:
    st.info(state.t("compare.page.need_two"))
    st.stop()

common = [c for c in old.original.columns if c in set(new.original.columns)]
key = st.multiselect(state.t("compare.page.key"), common, key="compare_key", help=state.t("compare.page.key_help"))
schema_key, schema = pick_schema([str(c) for c in new.original.columns])
run_key = (old.read.sha256, new.read.sha256, tuple(key), st.session_state["compare_old_ds"][0],
           st.session_state["compare_new_ds"][0], schema_key)
cached = st.session_state.get("compare_result")
if cached is None or cached[0] != run_key:
    try:
        with st.spinner(state.t("compare.page.running")):
            cached = (run_key, compare(old, new, key or None, schema))
    except StudioError as exc:
        st.error(exc.message(state.lang()))
        st.stop()
    st.session_state["compare_result"] = cached
cmp = cached[1]
doc = to_json(cmp, state.lang())

st.subheader(state.t("compare.page.summary"))
(st.success if cmp.identical else st.info)(doc["summary"])
used = ", ".join(cmp.key.columns) if cmp.key.source != "content" else state.t("compare.page.whole_row")
st.caption(state.t("compare.page.key_used", columns=used, source=state.t(f"compare.page.source.{cmp.key.source}")))
for note in doc["notes"]:
    st.warning(note)
rows = doc["rows"]
c1, c2, c3, c4 = st.columns(4)
c1.metric(state.t("compare.page.added"), state.fmt_int(rows["added"]))
c2.metric(state.t("compare.page.removed"), state.fmt_int(rows["removed"]))
c3.metric(state.t("compare.page.changed"), state.fmt_int(rows["changed"]))
c4.metric(state.t("compare.page.duplicates"), state.fmt_int(rows["duplicate_keys"] + rows["missing_keys"]))
if rows["duplicate_keys"] or rows["missing_keys"]:
    st.caption(state.t("compare.page.listed", old=doc["listed"]["duplicate_keys"]["old"][:20] + doc["listed"]["missing_keys"]["old"][:20],
                       new=doc["listed"]["duplicate_keys"]["new"][:20] + doc["listed"]["missing_keys"]["new"][:20]))

if cmp.schema is not None:
    show_schema(cmp.schema)

st.subheader(state.t("compare.page.columns"))
counts = column_counts(cmp)
st.dataframe(french(counts.rename(columns=lambda c: state.t(f"compare.page.col.{c}"))), hide_index=True)

st.subheader(state.t("compare.page.rows"))
kinds = st.multiselect(state.t("compare.page.kinds"), list(KINDS), default=["changed"], key="compare_kinds",
                       format_func=lambda k: state.t(f"compare.page.kind.{k}"))
columns = st.multiselect(state.t("compare.page.filter_columns"), list(counts["column"]), key="compare_columns")
shown, total = filtered_changes(cmp, tuple(kinds), columns)
if total:
    styled = shown.style.map(lambda _: "background-color: #fde0dc", subset=["old"]).map(
        lambda _: "background-color: #dff3e4", subset=["new"])
    st.dataframe(styled, hide_index=True)
    st.caption(state.t("compare.page.shown", shown=state.fmt_int(len(shown)), total=state.fmt_int(total)))
else:
    st.caption(state.t("compare.page.nothing"))

st.subheader(state.t("compare.page.downloads"))
d1, d2 = st.columns(2)
d1.download_button(state.t("compare.page.dl_csv"), changes_csv(cmp), "changements.csv", "text/csv", key="compare_dl_csv")
d2.download_button(state.t("compare.page.dl_json"), json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"),
                   "comparaison.json", "application/json", key="compare_dl_json")

"""Importer: a file, a URL or a sample; override each reading guess; first look at the columns."""
import pandas as pd
import streamlit as st

from ui import state
from ui.tables import french
from viz.io import CsvOptions, LoadError, LoadOptions
from viz.io.csv import SEPARATORS

state.sidebar()
st.title(state.t("import.title"))

tab_file, tab_url, tab_sample = st.tabs([state.t("import.tab.file"), state.t("import.tab.url"), state.t("import.tab.sample")])
with tab_file:
    upload = st.file_uploader(state.t("import.upload"), type=["csv", "txt", "tsv", "xlsx", "ods", "json", "geojson", "xml"])
    st.caption(state.t("bigfile.upload_hint"))
    if upload is not None and st.session_state.get("uploaded_id") != upload.file_id:
        st.session_state["uploaded_id"] = upload.file_id
        try:
            state.open_bytes(upload.getvalue(), upload.name)
        except LoadError as exc:
            st.session_state["load_error"] = exc.message(state.lang())
        else:
            st.session_state.pop("load_error", None)
with tab_url:
    state.url_loader()
with tab_sample:
    state.sample_picker()

if st.session_state.get("load_error"):
    st.error(st.session_state["load_error"])
    st.info(state.t("import.kept_previous"))

ds = state.current()
if ds is None:
    st.warning(state.t("app.no_dataset"))
    st.stop()

read = ds.read
st.subheader(f"{ds.meta.title or read.filename}")
for note in read.notes:
    st.info(state.t(note[0], **(note[1] if len(note) > 1 else {})))

if read.format == "csv":
    with st.expander(state.t("import.options"), expanded=False):
        c1, c2, c3, c4, c5 = st.columns(5)
        encodings = ["utf-8", "utf-8-sig", "cp1252", "latin-1", "mixed", "utf-16"]
        enc = c1.selectbox(state.t("import.encoding"), encodings, index=encodings.index(read.encoding) if read.encoding in encodings else 0, key=f"opt_encoding_{read.sha256[:12]}")
        seps = list(SEPARATORS)
        sep = c2.selectbox(state.t("import.separator"), seps, index=seps.index(read.separator) if read.separator in seps else 0, key=f"opt_separator_{read.sha256[:12]}",
                           format_func=lambda s: state.t(f"import.sep.{ {';': 'semicolon', ',': 'comma', chr(9): 'tab', '|': 'pipe'}[s] }"))
        dec = c3.selectbox(state.t("import.decimal"), [",", "."], index=0 if read.decimal == "," else 1, key=f"opt_decimal_{read.sha256[:12]}")
        header = c4.number_input(state.t("import.header_row"), min_value=1, max_value=50, value=read.header_row + 1, key=f"opt_header_{read.sha256[:12]}")
        quotes = ['"', "'", ""]
        quote = c5.selectbox(state.t("import.quote"), quotes, index=quotes.index(read.quotechar or ""),
                             key=f"opt_quote_{read.sha256[:12]}",
                             format_func=lambda q: state.t("import.quote.none") if not q else q)
        if (enc, sep, dec, header - 1, quote) != (read.encoding, read.separator, read.decimal, read.header_row,
                                                  read.quotechar or ""):
            try:
                state.open_bytes(ds.original_bytes(), read.filename, LoadOptions(csv=CsvOptions(
                    encoding=enc, separator=sep, decimal=dec, header_row=int(header) - 1, quotechar=quote)))
                st.rerun()
            except LoadError as exc:
                st.error(exc.message(state.lang()))
elif read.sheets and len(read.sheets) > 1:
    sheet = st.selectbox(state.t("import.sheet"), list(read.sheets), index=list(read.sheets).index(read.sheet), key=f"opt_sheet_{read.sha256[:12]}")
    if sheet != read.sheet:
        try:
            state.open_bytes(ds.original_bytes(), read.filename, LoadOptions(sheet=sheet))
            st.rerun()
        except LoadError as exc:
            st.error(exc.message(state.lang()))

state.read_summary(ds)
state.metadata_form(ds)

st.subheader(state.t("import.columns"))
profiles = state.profile_cached(ds.key, ds.original)
st.dataframe(french(pd.DataFrame([{
    state.t("import.col.name"): p["name"], state.t("import.col.kind"): state.t(f"kind.{p['kind']}"),
    state.t("import.col.missing"): p["missing"], state.t("import.col.distinct"): p["distinct"],
    state.t("import.col.examples"): " · ".join(p["examples"])} for p in profiles])), hide_index=True)

st.subheader(state.t("import.preview"))
state.paged_table(ds.original, key="preview")
st.download_button(state.t("word.download_original"), ds.original_bytes(), file_name=read.filename or "original")

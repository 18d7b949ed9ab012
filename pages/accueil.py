"""Home: the journey at a glance, the loaded dataset, a sample to switch to."""
import streamlit as st

from ui import state
from ui.preview import treemap_preview

state.sidebar()
st.title(state.t("app.title"))
st.write(state.t("app.tagline"))
st.subheader(state.t("app.journey"))
st.markdown(state.t("app.journey.steps"))

ds = state.current()
if ds is None:
    st.warning(state.t("app.no_dataset"))
else:
    st.subheader(state.t("app.current"))
    cols = st.columns(3)
    cols[0].metric(state.t("word.rows").capitalize(), state.fmt_int(len(ds.original)))
    cols[1].metric(state.t("word.columns").capitalize(), state.fmt_int(ds.original.shape[1]))
    cols[2].metric(state.t("home.format"), state.format_name(ds.read.format))
    st.caption(f"**{ds.meta.title or ds.read.filename}** · {ds.read.filename}")
    st.dataframe(ds.original.head(10), hide_index=True)
    st.page_link("pages/importer.py", label=state.t("home.go_import"), icon=":material/upload_file:")
    treemap_preview(ds)

state.sample_picker()

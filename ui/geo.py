"""Streamlit glue shared by the Départements and Carte pages: a quick upload, cached placing and candidates."""
from __future__ import annotations

import streamlit as st

from ui import state
from viz.io import LoadError


def quick_upload(key: str) -> None:
    """Load another file without leaving the page (the same reader as the Importer page)."""
    with st.expander(state.t("geo.page.upload")):
        upload = st.file_uploader(state.t("import.upload"), key=key,
                                  type=["csv", "txt", "tsv", "xlsx", "ods", "json", "geojson", "xml"])
        if upload is not None and st.session_state.get(f"{key}_id") != upload.file_id:
            st.session_state[f"{key}_id"] = upload.file_id
            try:
                state.open_bytes(upload.getvalue(), upload.name)
            except LoadError as exc:
                st.error(exc.message(state.lang()))
                st.info(state.t("import.kept_previous"))
            else:
                st.rerun()  # the sidebar, drawn before, names the new file


@st.cache_data(max_entries=16, show_spinner=False)
def candidates(key: str, _table) -> list[tuple[str, tuple[str, ...], float]]:
    """Ways to place the rows (method, columns, share of a sample placed), best first; keyed on the dataset."""
    from viz.geo.choose import candidates as find
    return [(c.method, c.columns, c.share) for c in find(_table)]


@st.cache_resource(max_entries=8, show_spinner=False)
def placement(key: str, by: str | None, offset: int, _table):
    """Rows placed in départements, once per (dataset key, column): a million rows take about a second."""
    from viz.geo.choose import place_table
    return place_table(_table, by, offset)


def remember_coords(sha256: str, options) -> None:
    """Keep the columns and thresholds chosen on the Coordonnées page, so Vérifier checks with the same."""
    st.session_state["coords_chosen"] = (sha256, options)


def chosen_coords(sha256: str):
    """The CoordOptions chosen on the Coordonnées page for this file, or None (Vérifier then detects)."""
    saved = st.session_state.get("coords_chosen")
    return saved[1] if saved and saved[0] == sha256 else None


def placing_error(exc: Exception) -> None:
    """A French message (never a traceback) and stop the page."""
    st.error(exc.message(state.lang()) if hasattr(exc, "message") else str(exc))
    st.stop()

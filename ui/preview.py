"""Home page: a small preview of the treemap the studio suggests for the loaded file (it also loads the chart
library in the browser, so the Treemap page draws at once)."""
from __future__ import annotations

import streamlit as st

from ui import state


@st.cache_resource(max_entries=8, show_spinner=False)
def _figure(key: str, lang: str, _ds):
    """The suggested treemap, small and without texts around it; None when this file has none to offer."""
    from viz.charts.treemap import build, suggest
    from viz.errors import StudioError
    table = _ds.working()
    try:
        spec = suggest(table, _ds.read.decimal, _ds.read.thousands, lang=lang)
        if not spec.labels:
            return None
        spec.width, spec.height = 900, 320
        figure = build(table, spec).figure
    except (StudioError, ValueError, KeyError):
        return None
    figure.update_layout(title=None, annotations=[], margin={"l": 0, "r": 0, "t": 24, "b": 0})
    return figure


def treemap_preview(ds) -> None:
    """« Aperçu » of the suggested treemap with a link to the page where it is made."""
    figure = _figure(ds.key, state.lang(), ds)
    if figure is None:
        return
    st.subheader(state.t("home.preview"))
    st.plotly_chart(figure, config={"displayModeBar": False, "staticPlot": True}, key="home_preview")
    st.page_link("pages/treemap.py", label=state.t("home.preview.link"), icon=":material/dashboard:")

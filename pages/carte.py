"""Carte: the rows with coordinates as dots (or server-side hexagons on large files) over the département outlines."""
import json

import streamlit as st

from ui import geo, state
from ui.downloads import chart_downloads
from viz.charts.pointmap import MODES, PointMapError, PointMapSpec, build, table_csv
from viz.charts.pointmap_static import static_map
from viz.i18n import t


@st.cache_resource(max_entries=8, show_spinner=False)
def _build(key: str, spec_json: str, _table):
    """One deck per (dataset key, spec)."""
    return build(_table, PointMapSpec.from_dict(json.loads(spec_json)))


@st.cache_resource(max_entries=4, show_spinner=False)
def _static(key: str, spec_json: str, _result):
    """The static figure (PNG, SVG) of the deck built for the same (dataset key, spec)."""
    return static_map(_result).figure


def _controls(columns: list[str], choices: dict) -> PointMapSpec:
    """Colour, tooltip, mode and base map."""
    left, right = st.columns(2)
    colour = left.selectbox(state.t("map.page.colour"), [""] + [c for c in choices if c in columns], key="map_colour",
                            format_func=lambda c: c or t("map.page.no_colour", lang))
    tooltip = left.multiselect(state.t("map.page.tooltip"), columns, key="map_tooltip", max_selections=6,
                               placeholder=state.t("word.choose"))
    mode = right.radio(state.t("map.page.mode"), MODES, key="map_mode", horizontal=True,
                       format_func=lambda m: t(f"map.page.mode.{m}", lang))
    basemap = right.checkbox(state.t("map.page.basemap"), key="map_basemap", help=state.t("map.page.basemap_help"))
    title = right.text_input(state.t("treemap.page.title_field"), key="map_title")
    return PointMapSpec(colour=colour or None, tooltip=list(tooltip), mode=mode, basemap=basemap, title=title,
                        lang=lang)


def _start_from(saved: dict, columns: list[str], choices: dict) -> None:
    """The widgets of a new dataset: the saved map's choices (a project file, last month's file) where its
    columns exist, else the defaults."""
    colour = saved.get("colour") if saved.get("colour") in choices and saved.get("colour") in columns else ""
    st.session_state.update({"map_for": ds.key, "map_colour": colour,
                             "map_tooltip": [c for c in saved.get("tooltip") or [] if c in columns][:6],
                             "map_title": saved.get("title") or ds.meta.title,
                             "map_mode": saved.get("mode") if saved.get("mode") in MODES else "auto",
                             "map_basemap": bool(saved.get("basemap"))})


def _legend(result) -> None:
    """Swatches for the categories (or hexagon classes) and the sentence saying which mode is shown."""
    st.caption(result.sentence())
    if result.legend:
        items = " ".join(f"<span style='display:inline-block;width:12px;height:12px;border-radius:2px;"
                         f"background:rgb({r},{g},{b});margin:0 4px 0 12px;vertical-align:middle'></span>"
                         f"{label}" for label, (r, g, b) in result.legend)
        st.markdown(items, unsafe_allow_html=True)


lang = state.lang()
ds = state.page("map.page.title", "map.page.intro")
geo.quick_upload("map_upload")
ds = state.current()
table = ds.working()
choices = state.filter_choices_cached(ds.key, table)
if st.session_state.get("map_for") != ds.key:
    _start_from(st.session_state.get("pointmap_spec") or {}, [str(c) for c in table.columns], choices)
spec = _controls([str(c) for c in table.columns], choices)
spec_json = json.dumps(spec.to_dict(), sort_keys=True)
try:
    result = _build(ds.key, spec_json, table)
except PointMapError as exc:
    st.session_state.pop("pointmap_spec", None)  # nothing drawn: nothing offered to the context sheet
    geo.placing_error(exc)
st.session_state["pointmap_spec"] = spec.to_dict()  # for the context sheet (Exporter), as every chart page
st.pydeck_chart(result.deck, height=620)
_legend(result)
name = (ds.read.filename.rsplit(".", 1)[0] or "carte") + "_carte"
from viz.export.deck_html import to_html  # noqa: E402  (4 MB bundle read only when a page shows the map)
chart_downloads(_static(ds.key, spec_json, result), name, lambda: to_html(result), table_csv(result),
                html_label=state.t("map.page.html"))
st.caption(state.t("map.page.export_note"))

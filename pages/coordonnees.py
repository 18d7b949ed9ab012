"""Coordonnées: the positions of places checked (viz.geo), one-click fixes as steps, geocoding, the problems map."""
import pandas as pd
import streamlit as st

from ui import state
from ui.geo import remember_coords
from viz.checks.coordinates import file_rows, findings_of
from viz.errors import StudioError
from viz.findings import title as finding_title
from viz.geo.analyse import CoordOptions, analyse
from viz.geo.detect import CoordColumns, detect, guess_order
from viz.geo.problems_map import COLOURS, build_deck, problem_points

ICON = {"error": ":material/error:", "warning": ":material/warning:", "info": ":material/info:"}
ds = state.page("coords.title", "coords.intro")
work = ds.working()
columns = [str(c) for c in work.columns]


def _defaults() -> None:
    """Preset the widgets from the detection, once per file."""
    if st.session_state.get("coords_for") == ds.read.sha256:
        return
    found = detect(work) or CoordColumns()
    st.session_state.update({
        "coords_for": ds.read.sha256, "coords_mode": "combined" if found.combined else "pair",
        "coords_lat": found.lat or columns[0], "coords_lon": found.lon or columns[min(1, len(columns) - 1)],
        "coords_combined": found.combined or columns[0], "coords_order": found.order, "coords_crs": found.crs,
        "coords_detected": found.lat is not None or found.combined is not None})


def chosen_options() -> CoordOptions:
    """The columns and thresholds as the user left them (the detection pre-fills them)."""
    _defaults()
    if not st.session_state["coords_detected"]:
        st.info(state.t("coords.none"))
    with st.expander(state.t("coords.detection"), expanded=not st.session_state["coords_detected"]):
        mode = st.radio(state.t("coords.mode"), ["pair", "combined"], horizontal=True, key="coords_mode",
                        format_func=lambda m: state.t(f"coords.mode.{m}"))
        c1, c2, c3 = st.columns(3)
        if mode == "pair":
            lat = c1.selectbox(state.t("coords.lat"), columns, key="coords_lat")
            lon = c2.selectbox(state.t("coords.lon"), columns, key="coords_lon")
            crs = c3.radio(state.t("coords.crs"), ["wgs84", "lambert93"], key="coords_crs",
                           format_func=lambda c: state.t(f"coords.crs.{c}"))
            cols = CoordColumns(lat=lat, lon=lon, crs=crs)
        else:
            combined = c1.selectbox(state.t("coords.combined"), columns, key="coords_combined")
            order = c2.radio(state.t("coords.order"), ["latlon", "lonlat"], key="coords_order",
                             format_func=lambda o: state.t(f"coords.order.{o}"))
            cols = CoordColumns(combined=combined, order=order)
        c1, c2 = st.columns(2)
        km = c1.slider(state.t("coords.commune_km"), 1, 100, 20, key="coords_km")
        decimals = c2.slider(state.t("coords.min_decimals"), 2, 6, 4, key="coords_decimals")
    return CoordOptions(columns=cols, commune_km=float(km), min_decimals=int(decimals))


options = chosen_options()
remember_coords(ds.read.sha256, options)  # Vérifier checks with what the user chose here
cache_key = (ds.key, repr(options))
if st.session_state.get("coords_cache", (None,))[0] != cache_key:
    try:
        analysis = analyse(work, options)
        with file_rows(ds.read.header_row):  # row numbers as Vérifier's (title lines counted)
            st.session_state["coords_cache"] = (cache_key, analysis, findings_of(work, analysis))
    except StudioError as exc:
        st.error(exc.message(state.lang()))
        st.stop()
_, analysis, findings = st.session_state["coords_cache"]

flagged = int((analysis.fault > 0).sum() + (analysis.duplicate & (analysis.fault == 0)).sum())
st.metric(state.t("coords.summary.label"), state.fmt_int(flagged))
st.caption(state.t("coords.summary", bad=state.fmt_int(flagged), rows=state.fmt_int(len(work))))
if not findings:
    st.success(state.t("coords.ok"))

st.subheader(state.t("coords.findings"))
for i, f in enumerate(findings):
    head = f"{finding_title(f.code, state.lang())} · {state.fmt_int(f.count)}"
    with st.expander(head, icon=ICON[f.severity]):
        st.write(f.message(state.lang()))
        st.caption(f"`{f.code}`")
        if f.fix is not None:
            label = f.fix.label_en if state.lang() == "en" else f.fix.label_fr
            st.caption(label)
            if st.button(state.t("coords.apply"), key=f"coords_fix_{i}_{f.code}"):
                ds.with_step(f.fix)
                st.session_state["coords_note"] = state.t("coords.applied", label=label)
                st.rerun()
if st.session_state.get("coords_note"):
    st.success(st.session_state.pop("coords_note"))
if ds.steps:
    c1, c2 = st.columns([3, 1])
    c1.caption(state.t("coords.steps", count=state.fmt_int(len(ds.steps))))
    if c2.button(state.t("coords.undo"), key="coords_undo"):
        ds.undo()
        st.rerun()

st.subheader(state.t("coords.map"))
points = problem_points(work, analysis, state.lang())
if points.empty:
    st.caption(state.t("coords.map.none"))
else:
    st.pydeck_chart(build_deck(points, state.lang()), height=520)
    st.caption(state.t("coords.map.caption", shown=state.fmt_int(len(points))))
    legend = " · ".join(f"<span style='color:rgb({c[0]},{c[1]},{c[2]})'>●</span> {finding_title('coord.' + n, state.lang())}"
                        for n, c in COLOURS.items() if n in set(points["fault"]))
    st.markdown(legend, unsafe_allow_html=True)

from ui.coords_geocode import geocode_section  # noqa: E402  (the geocoding panel, its own small module)

geocode_section(ds, work, analysis)

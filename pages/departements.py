"""Départements: place rows in départements, then bars or a choropleth; downloads of the chart and its table."""
import json

import streamlit as st

from ui import geo, state
from ui.downloads import chart_downloads
from ui.tables import french
from viz import reference
from viz.charts import classes
from viz.charts.departements import BARMODES, DepartementsSpec, build, table_csv
from viz.charts.treemap import PALETTES
from viz.errors import StudioError
from viz.export import images
from viz.i18n import t


@st.cache_resource(max_entries=16, show_spinner=False)
def _build(key: str, spec_json: str, _table, _placement):
    """One figure per (dataset key, spec): never keyed on the DataFrame (DESIGN.md)."""
    return build(_table, DepartementsSpec.from_dict(json.loads(spec_json)), _placement)


def _placing(ds, table) -> str | None:
    """The column that places rows: the best one by default, or the user's choice."""
    found = geo.candidates(ds.key, table)
    options = [""] + [" + ".join(cols) for _, cols, _ in found]
    labels = {" + ".join(cols): f"{' + '.join(cols)} ({t(f'dep.page.method.{m}', lang)}, "
                                f"{state.fmt_int(round(share * 100))} %)" for m, cols, share in found}
    choice = st.selectbox(state.t("dep.page.by"), options, key="dep_by",
                          format_func=lambda o: labels.get(o, state.t("dep.page.by_auto")) if o else
                          state.t("dep.page.by_auto"))
    if not choice:
        return None
    is_pair = any(m == "coordinates" and " + ".join(c) == choice for m, c, _ in found)
    return "coordinates" if is_pair else choice


def _controls(columns: list[str], numeric: list[str], choices: dict) -> DepartementsSpec:
    """Widgets for each field of the spec."""
    left, mid, right = st.columns(3)
    kind = left.radio(state.t("dep.page.kind"), ["bars", "map"], key="dep_kind", horizontal=True,
                      format_func=lambda k: t(f"dep.page.kind.{k}", lang))
    value = left.selectbox(state.t("dep.page.value"), [""] + numeric, key="dep_value",
                           format_func=lambda c: c or t("dep.page.count", lang))
    rate = left.checkbox(state.t("dep.page.rate"), key="dep_rate")
    regions = reference.regions()
    names = dict(zip(regions["code"], regions["nom"]))
    region = mid.selectbox(state.t("dep.page.region"), [""] + list(regions["code"]), key="dep_region",
                           format_func=lambda c: f"{names[c]} ({c})" if c else t("dep.page.all_regions", lang))
    spec = DepartementsSpec(kind=kind, value=value or None, rate=rate, region=region or None, lang=lang)
    if kind == "bars":
        category = mid.selectbox(state.t("dep.page.category"), [""] + [c for c in choices if c in columns],
                                 key="dep_category", format_func=lambda c: c or t("dep.page.no_category", lang))
        spec.category = category or None
        spec.barmode = right.radio(state.t("dep.page.barmode"), BARMODES, key="dep_barmode", horizontal=True,
                                   format_func=lambda m: t(f"dep.page.barmode.{m}", lang))
        spec.sort = right.radio(state.t("dep.page.sort"), ["value", "code"], key="dep_sort", horizontal=True,
                                format_func=lambda m: t(f"dep.page.sort.{m}", lang))
        spec.palette = right.selectbox(state.t("treemap.page.palette"), list(PALETTES), key="dep_palette",
                                       format_func=lambda p: t(f"treemap.palette.{p}", lang))
    else:
        spec.classes = right.radio(state.t("dep.page.classes"), list(classes.METHODS), key="dep_classes",
                                   horizontal=True, format_func=lambda m: t(f"dep.page.classes.{m}", lang))
        st.session_state.setdefault("dep_n_classes", 5)  # no default argument: the value is kept between pages
        spec.n_classes = int(right.slider(state.t("dep.page.n_classes"), 2, 7, key="dep_n_classes"))
        spec.map_palette = mid.selectbox(state.t("dep.page.map_palette"), list(classes.SEQUENTIAL),
                                         key="dep_map_palette", format_func=lambda p: t(f"dep.palette.{p}", lang))
    with st.expander(state.t("treemap.page.texts")):
        for name, label in (("title", "title_field"), ("subtitle", "subtitle"), ("source", "source"),
                            ("note", "note")):
            setattr(spec, name, st.text_input(state.t(f"treemap.page.{label}"), key=f"dep_{name}"))
    return spec


def _unplaced(result, table) -> None:
    """Why some rows are not placed: counts, then the first rows with their value and reason."""
    placement = result.placement
    if placement.unplaced * 2 > len(placement.codes):
        st.warning(state.t("dep.half_unplaced", count=state.fmt_int(placement.unplaced)))
    if not placement.unplaced:
        return
    with st.expander(state.t("dep.page.unplaced", count=state.fmt_int(placement.unplaced))):
        rows = placement.unplaced_rows(table)
        rows["raison"] = [t(f"dep.reason.label.{r}", lang) for r in rows["raison"]]
        st.dataframe(french(rows), hide_index=True)


def _downloads(result, name: str) -> None:
    """PNG (2x), SVG, HTML and CSV, as the treemap's."""
    chart_downloads(result.figure, name, lambda: images.to_html(result.figure, result.spec.title), table_csv(result))


lang = state.lang()
ds = state.page("dep.page.title", "dep.page.intro")
geo.quick_upload("dep_upload")
ds = state.current()
table = ds.working()
if st.session_state.get("dep_for") != ds.key:
    st.session_state.update({"dep_for": ds.key, "dep_by": "", "dep_value": "", "dep_category": "",
                             "dep_title": ds.meta.title, "dep_source": ds.meta.producer or ds.read.filename})
by = _placing(ds, table)
spec = _controls([str(c) for c in table.columns], state.numeric_columns_cached(ds.key, table),
                 state.filter_choices_cached(ds.key, table))
spec.by, spec.decimal, spec.thousands = by, ds.read.decimal, ds.read.thousands
st.session_state["departements_spec"] = spec.to_dict()
try:
    placement = geo.placement(ds.key, by, ds.read.header_row, table)
    result = _build(ds.key, json.dumps(spec.to_dict(), sort_keys=True), table, placement)
except StudioError as exc:
    geo.placing_error(exc)
st.plotly_chart(result.figure, config={"displaylogo": False})
st.caption(result.sentence())
with st.expander(state.t("sheet.alt_label")):  # what a screen reader reads instead of the chart
    from viz.charts.access import palette_sentence
    from viz.charts.departements_alt import alt_text
    from viz.export.sheet_render import md
    st.markdown(md(alt_text(result, state.lang())))
    st.caption(md(palette_sentence(result.figure, state.lang())))
_unplaced(result, table)
st.subheader(state.t("treemap.page.table"))
st.dataframe(french(result.table), hide_index=True)
_downloads(result, (ds.read.filename.rsplit(".", 1)[0] or "departements") + f"_{spec.kind}")

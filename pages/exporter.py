"""Exporter: the context sheet pre-filled from the session, editable, previewed, downloaded; the project file."""
import copy
import json

import streamlit as st

from ui import state
from viz.errors import StudioError
from viz.export import images
from viz.export.sheet import LIST_FIELDS, TEXT_FIELDS, Sheet, build_sheet, file_stem, merge_edits
from viz.export.sheet_pdf import pdf_available, to_pdf
from viz.export.sheet_render import md, reuse_json, to_html, to_markdown

REUSE_TOPICS = ("others", "politics_and_public_life", "economy_and_business", "society_and_demography",
                "housing_and_development", "transport_and_mobility", "environment_and_energy", "health",
                "culture_and_recreation", "education_and_research", "work_and_training", "food_and_agriculture",
                "safety_and_security", "law_and_justice", "open_data_tools")
LONG = ("summary", "citation")


def _charts(ds) -> list:
    """The session's charts; without any, the treemap the studio suggests (said on the page)."""
    charts = state.session_charts()
    if charts or ds.working().shape[1] == 0:
        return charts
    from viz.charts.treemap import suggest
    st.info(state.t("sheet.page.default_chart"))
    spec = suggest(ds.working(), ds.read.decimal, ds.read.thousands, title=ds.meta.title,
                   source=ds.meta.producer or ds.read.filename, lang=state.lang())
    spec_dict = spec.to_dict()
    spec_dict["decimal"], spec_dict["thousands"] = ds.read.decimal, ds.read.thousands
    return [("treemap", spec_dict)]


def _comparison(ds) -> tuple[object, dict | None]:
    """The Comparer page's comparison when one was made and the user adds it: (marker, document or None)."""
    cached = st.session_state.get("compare_result")
    if not cached:
        return None, None
    run_key, cmp = cached
    same = cmp.new.read.sha256 == ds.read.sha256
    add = st.checkbox(state.t("compare.sheet.page.add"), value=same, key="sheet_add_comparison")
    if not same:
        st.caption(state.t("compare.sheet.page.other_file", new=cmp.new.read.filename, current=ds.read.filename))
    if not add:
        return None, None
    from viz.export.sheet_changes import comparison_doc
    marker = [str(run_key), state.lang()]
    if st.session_state.get("sheet_comparison", (None,))[0] != marker:
        st.session_state["sheet_comparison"] = (marker, comparison_doc(cmp, state.lang()))
    return marker, st.session_state["sheet_comparison"][1]


def _base(ds, charts) -> Sheet:
    """The sheet built from the session, once per (data, steps, charts, schema, comparison, language);
    widgets refilled."""
    schema_ref, schema = state.session_schema()
    compared, comparison = _comparison(ds)
    marker = json.dumps([ds.key, charts, schema_ref, state.lang(), compared], sort_keys=True, default=str)
    if st.session_state.get("sheet_for") != marker:
        with st.spinner(state.t("sheet.page.building")):
            findings = state.session_findings(ds, schema_ref, schema)
            base = build_sheet(ds, findings, charts, schema, lang=state.lang(), images=images.chromium_available(),
                               comparison=comparison)
        saved = st.session_state.pop("sheet_saved", None)
        if saved:
            base = merge_edits(base, Sheet.from_dict(saved))
        st.session_state.update({"sheet_for": marker, "sheet_base": base})
        _fill(base)
    return st.session_state["sheet_base"]


def _fill(sheet: Sheet) -> None:
    """Put the sheet's fields into the widgets' state."""
    for name in TEXT_FIELDS:
        st.session_state[f"sheet_f_{name}"] = getattr(sheet, name)
    for name in LIST_FIELDS:
        st.session_state[f"sheet_f_{name}"] = "\n".join(getattr(sheet, name))
    for i, chart in enumerate(sheet.charts):
        for part in ("title", "reading", "alt"):
            st.session_state[f"sheet_c{i}_{part}"] = getattr(chart, part)
    reuse = sheet.reuse
    st.session_state.update({"sheet_r_topic": reuse.get("topic", "others"), "sheet_r_url": reuse.get("url", ""),
                             "sheet_r_tags": ", ".join(reuse.get("tags", []))})


def _edited(base: Sheet) -> Sheet:
    """Widgets for every field (pre-filled); returns the sheet they describe."""
    sheet = copy.copy(base)
    sheet.charts = [copy.copy(c) for c in base.charts]
    left, right = st.columns(2)
    for n, name in enumerate(TEXT_FIELDS):
        column = left if n % 2 == 0 else right
        widget = column.text_area if name in LONG else column.text_input
        widget(state.t(f"sheet.f.{name}"), key=f"sheet_f_{name}")
    for n, name in enumerate(LIST_FIELDS):
        (left if n % 2 == 0 else right).text_area(state.t(f"sheet.f.{name}"), key=f"sheet_f_{name}", height=160)
    sheet.edit(**{name: st.session_state[f"sheet_f_{name}"] for name in TEXT_FIELDS + LIST_FIELDS})
    for i, chart in enumerate(sheet.charts):
        with st.expander(state.t("sheet.page.chart", number=i + 1, title=chart.title)):
            chart.title = st.text_input(state.t("sheet.page.chart_title"), key=f"sheet_c{i}_title")
            chart.reading = st.text_area(state.t("sheet.reading_label"), key=f"sheet_c{i}_reading")
            chart.alt = st.text_area(state.t("sheet.alt_label"), key=f"sheet_c{i}_alt", height=180)
            st.caption(chart.access)
    if sheet.changes:  # from the comparison: data, shown as it will print
        with st.expander(state.t("compare.sheet.heading")):
            st.markdown("\n".join(f"- {md(line)}" for line in sheet.changes))
    with st.expander(state.t("sheet.h.reuse")):
        topic = st.selectbox(state.t("sheet.page.topic"), REUSE_TOPICS, key="sheet_r_topic")
        url = st.text_input(state.t("sheet.page.reuse_url"), key="sheet_r_url")
        tags = st.text_input(state.t("sheet.page.tags"), key="sheet_r_tags")
    sheet.reuse = {**base.reuse, "topic": topic, "url": url.strip(),
                   "tags": [tag.strip().lower() for tag in tags.split(",") if tag.strip()]}
    return sheet


def _downloads(sheet: Sheet, stem: str) -> None:
    """The sheet in three formats, the reuse JSON to paste, and the project file."""
    cols = st.columns(3)
    cols[0].download_button(state.t("sheet.page.dl_md"), to_markdown(sheet).encode("utf-8"), f"{stem}_fiche.md",
                            "text/markdown", on_click="ignore")
    cols[1].download_button(state.t("sheet.page.dl_html"), to_html(sheet).encode("utf-8"), f"{stem}_fiche.html",
                            "text/html", on_click="ignore")
    if pdf_available():
        cols[2].download_button(state.t("sheet.page.dl_pdf"), lambda: to_pdf(sheet), f"{stem}_fiche.pdf",
                                "application/pdf", on_click="ignore")
    else:
        cols[2].info(state.t("sheet.pdf.missing", error="weasyprint"))
    st.subheader(state.t("sheet.h.reuse"))
    st.code(reuse_json(sheet), language="json", wrap_lines=True)


def _project(sheet: Sheet, stem: str) -> None:
    """Save the whole session to one JSON file, or load one back."""
    st.subheader(state.t("sheet.page.project"))
    st.caption(state.t("sheet.page.project_help"))
    embed = st.checkbox(state.t("sheet.page.embed"), value=True, key="sheet_embed")
    st.download_button(state.t("sheet.page.save_project"), lambda: state.project_bytes(sheet, embed=embed),
                       f"{stem}_projet.json", "application/json", on_click="ignore")
    upload = st.file_uploader(state.t("sheet.page.load_project"), type=["json"], key="sheet_project_file")
    if upload is not None and st.session_state.get("sheet_project_loaded") != upload.file_id:
        st.session_state["sheet_project_loaded"] = upload.file_id
        try:
            state.open_project(upload.getvalue())
            st.session_state["sheet_note"] = ("success", state.t("sheet.page.loaded", name=upload.name))
        except StudioError as exc:
            st.session_state["sheet_note"] = ("error", exc.message(state.lang()))
        st.rerun()


ds = state.page("sheet.page.title", "sheet.page.intro")
if st.session_state.get("sheet_note"):
    kind, text = st.session_state.pop("sheet_note")
    (st.success if kind == "success" else st.error)(text)
stem = file_stem(ds.read.filename)
try:
    base = _base(ds, _charts(ds))
except StudioError as exc:
    st.error(exc.message(state.lang()))
    _project(Sheet(), stem)
    st.stop()
edit, preview, download = st.tabs([state.t("sheet.page.tab_edit"), state.t("sheet.page.tab_preview"),
                                   state.t("sheet.page.tab_download")])
with edit:
    sheet = _edited(base)
with preview:
    # our own page: every value escaped, no script, a CSP forbidding scripts and remote loads
    st.iframe(to_html(sheet), height=900)
with download:
    _downloads(sheet, stem)
    _project(sheet, stem)

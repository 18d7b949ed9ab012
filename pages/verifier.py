"""Vérifier: schema and quality checks, fixes recorded as steps, safe downloads (thin: viz does the work)."""
import streamlit as st

from ui import bulkfix, state
from ui.geo import chosen_coords
from ui.tables import french
from viz import fmt
from viz.budget_scdl import conversion_step
from viz.checks import run_checks
from viz.checks.quality_base import positions
from viz.findings import title as finding_title
from viz.jargon import field_titles
from viz.export.tables import SEPARATORS, XLSX_MAX_ROWS, report_csv, report_json, safe_csv, safe_xlsx, steps_json
from viz.errors import StudioError
from viz.io import LoadError
from viz.recipe import read_recipe, replay, replay_report
from viz.steps.preview import preview

SEVERITY_ICON = {"error": ":material/error:", "warning": ":material/warning:", "info": ":material/info:"}
SEP_KEYS = {";": "semicolon", ",": "comma", "\t": "tab"}

ds = state.page("verify.title", "verify.intro")


def _suggest_once(best) -> None:
    """Preselect the suggested schema for a new file or new columns (a converted budget), through session
    state only: a widget given both a default and a state shows a stale choice in the browser. Without a clear
    match, offer the upload of the file's own schema."""
    marker = (ds.read.sha256, tuple(map(str, ds.working().columns)))
    previous = st.session_state.get("verify_schema_for")
    st.session_state["verify_schema_for"] = marker
    if "verify_schema_mode" in st.session_state and previous in (None, marker):
        return
    st.session_state["verify_schema_mode"] = "catalogue" if best else "file"
    if best:
        st.session_state["verify_schema_id"] = best.info.id
    else:
        st.session_state.pop("verify_schema_id", None)


def choose_schema() -> tuple[str, dict | None]:
    """The schema the user picked (catalogue, uploaded JSON or URL) as (cache key, schema or None)."""
    from viz import schemas
    from viz.schemas import fit
    modes = ["none", "catalogue", "file", "url"]
    best = fit.best([str(c) for c in ds.working().columns])  # working: a converted budget suggests scdl-budget
    _suggest_once(best)
    if best is None:
        st.info(state.t("frenchui.schema.none_fits"))
    mode = st.radio(state.t("verify.schema"), modes, horizontal=True,
                    format_func=lambda m: state.t(f"verify.schema.{m}"), key="verify_schema_mode")
    try:
        if mode == "catalogue":
            pick = st.selectbox(state.t("verify.schema.pick"), [info.id for info in schemas.catalogue()],
                                key="verify_schema_id", index=None,
                                placeholder=state.t("frenchui.schema.pick_placeholder"),
                                format_func=lambda i: _schema_label(i, best))
            return _version_of(pick) if pick else ("none", None)
        if mode == "file":
            upload = st.file_uploader(state.t("verify.schema.upload"), type=["json"], key="verify_schema_file")
            return (f"file:{upload.file_id}", schemas.load_schema(upload.getvalue())) if upload else ("none", None)
        if mode == "url":
            url = st.text_input(state.t("verify.schema.url_input"), key="verify_schema_url").strip()
            return (f"url:{url}", schemas.load_schema(url)) if url else ("none", None)
    except LoadError as exc:
        st.error(exc.message(state.lang()))
    return "none", None


def _schema_label(schema_id: str, best) -> str:
    """A catalogue schema's title and version; the suggested one says how well it fits."""
    from viz import schemas
    info = next(info for info in schemas.catalogue() if info.id == schema_id)
    title = info.title_fr + (f" ({info.version})" if info.version else "")
    if best is None or best.info.id != schema_id:
        return title
    return state.t("frenchui.schema.suggested", title=title, required=state.fmt_int(best.required_found),
                   total=state.fmt_int(best.required_total), covered=fmt.percent(best.covered_share, state.lang(), 0))


def _version_of(pick: str) -> tuple[str, dict]:
    """The catalogue schema in the version the user picks, the one fitting the file's header best first."""
    from viz import schemas
    from viz.schemas.versions import ranked
    options = [version.version for version, *_ in ranked(pick, [str(c) for c in ds.working().columns])]
    if len(options) < 2:
        return f"cat:{pick}", schemas.load_schema(pick)
    version = st.selectbox(state.t("verify.schema.version"), options, key=f"verify_schema_version_{pick}")
    return f"cat:{pick}@{version}", schemas.load_schema(f"{pick}@{version}")


def findings_for(schema_key: str, schema: dict | None) -> list:
    """Run the checks once per (file, steps, schema); keep the result in the session."""
    coords = chosen_coords(ds.read.sha256)  # the columns chosen on the Coordonnées page, if any
    if coords is not None and coords.columns is not None:
        st.caption(state.t("verify.coords.chosen", columns=", ".join(f"« {c} »" for c in coords.columns.columns()),
                           km=state.fmt_int(round(coords.commune_km))))
    key = (ds.key, schema_key, repr(coords))
    cached = st.session_state.get("verify_findings")
    if not cached or cached[0] != key:
        st.session_state["verify_findings"] = (key, run_checks(ds, schema, coords))
    return st.session_state["verify_findings"][1]


# --- budget XML (TOTEM) -> SCDL budget: offered as an undoable step (viz.budget_scdl) ---
conversion = conversion_step(ds)
if conversion is not None:
    st.info(state.t("budget.scdl.info"))
    st.caption(state.t("jargon.budget.detail"))
    if st.button(state.t("budget.scdl.convert"), key="verify_convert_scdl"):
        ds.with_step(conversion)  # new columns: _suggest_once then preselects scdl-budget
        st.rerun()
# --- end budget XML ---
schema_key, schema = choose_schema()
try:
    findings = findings_for(schema_key, schema)
except Exception as exc:  # noqa: BLE001 - a page never shows a traceback
    st.error(state.t("error.unexpected", error=type(exc).__name__))
    st.stop()
work = ds.working()

st.subheader(state.t("verify.summary"))
counts = {sev: sum(1 for f in findings if f.severity == sev) for sev in ("error", "warning", "info")}
c1, c2, c3 = st.columns(3)
c1.metric(state.t("verify.errors"), state.fmt_int(counts["error"]))
c2.metric(state.t("verify.warnings"), state.fmt_int(counts["warning"]))
c3.metric(state.t("verify.infos"), state.fmt_int(counts["info"]))
if counts["error"]:
    st.error(state.t("verify.invalid", count=counts["error"]))
else:
    st.success(state.t("verify.valid"))

bulkfix.section(ds, findings)

st.subheader(state.t("verify.findings"))
if not findings:
    st.info(state.t("verify.nothing"))
order = {"error": 0, "warning": 1, "info": 2}
titles = field_titles(schema)  # BGT_CONTNAT -> « Numéro du compte budgétaire »: the name in the detail line
for i, f in enumerate(sorted(findings, key=lambda f: (f.column or "", order[f.severity], f.code))):
    where = titles.get(f.column, f.column) if f.column is not None else state.t("verify.whole_table")
    title = (f"{where} · {finding_title(f.code, state.lang())} · "
             f"{state.t('verify.count' if f.column and not f.code.startswith('coord.') else 'verify.count.rows', count=f.count)}")
    with st.expander(title, icon=SEVERITY_ICON[f.severity]):
        st.write(f"**{state.t('verify.severity.' + f.severity)}** — {f.message(state.lang())}")
        st.caption(state.t("jargon.column_code", column=f.column, code=f.code) if f.column in titles
                   else state.t("jargon.code", code=f.code))
        rows = positions(list(f.rows), ds.read.header_row)
        if rows and st.checkbox(state.t("verify.show_rows"), key=f"verify_rows_{i}_{f.code}_{f.column}"):
            shown = [r for r in rows[:200] if r < len(work)]
            table = work.iloc[shown]
            table.index = [r + 2 + ds.read.header_row for r in shown]
            st.dataframe(french(table, index=True), column_order=[f.column] + [c for c in work.columns if c != f.column]
                         if f.column in work.columns else None)
            st.caption(state.t("verify.rows_shown", shown=state.fmt_int(len(shown)),
                                       count=state.fmt_int(f.count)))
        if f.fix is None:
            st.caption(state.t("verify.no_fix"))
            continue
        st.caption(f"{state.t('verify.preview')} : {f.fix.label_en if state.lang() == 'en' else f.fix.label_fr}")
        before_after = preview(work, f.fix, rows, first_row=2 + ds.read.header_row)
        if len(before_after):
            st.dataframe(french(before_after.rename(columns={"row": state.t("verify.col.row"),
                                                      "before": state.t("verify.col.before"),
                                                      "after": state.t("verify.col.after")})), hide_index=True)
        if st.button(state.t("verify.apply"), key=f"verify_apply_{i}_{f.code}_{f.column}_{f.constraint}"):
            ds.with_step(f.fix)
            st.rerun()

st.subheader(state.t("verify.steps"))
if ds.steps:
    bulkfix.steps_list(ds)
else:
    st.caption(state.t("verify.no_steps"))
if st.button(state.t("verify.undo"), disabled=not ds.steps, key="verify_undo"):
    ds.undo()
    st.rerun()
saved = st.file_uploader(state.t("recipe.upload"), type=["json"], key="verify_steps_file")
if saved is not None and st.session_state.get("verify_steps_loaded") != saved.file_id:
    st.session_state["verify_steps_loaded"] = saved.file_id
    try:
        steps, source = read_recipe(saved.getvalue())
        if source is None or source == ds.read.sha256:  # the same file: every step applies, or none
            replay(ds, steps)
            st.session_state["verify_recipe_note"] = ("success", state.t("recipe.loaded", count=len(ds.steps)))
        else:  # another version: step by step, what applied and what no longer does
            outcomes = replay_report(ds, steps, source)
            lines = [state.t("recipe.report.title", applied=sum(o.applied for o in outcomes), total=state.fmt_int(len(outcomes)))]
            lines += [f"- {o.message(state.lang())}" for o in outcomes]
            st.session_state["verify_recipe_note"] = ("info", "\n".join(lines))
    except StudioError as exc:
        st.session_state["verify_recipe_note"] = ("error", exc.message(state.lang()))
    st.rerun()
if st.session_state.get("verify_recipe_note"):
    kind, text = st.session_state.pop("verify_recipe_note")
    {"success": st.success, "info": st.info}.get(kind, st.error)(text)

st.subheader(state.t("verify.downloads"))
stem = (ds.read.filename or "donnees").rsplit(".", 1)[0]
if st.toggle(state.t("verify.prepare"), key="verify_prepare"):
    c1, c2 = st.columns(2)
    sep = c1.selectbox(state.t("verify.separator"), list(SEPARATORS), key="verify_sep",
                       format_func=lambda s: state.t(f"verify.sep.{SEP_KEYS[s]}"))
    bom = c2.checkbox(state.t("verify.bom"), value=True, key="verify_bom")
    st.download_button(state.t("verify.dl.csv"), safe_csv(work, sep=sep, bom=bom), f"{stem}_corrige.csv", "text/csv")
    if len(work) <= XLSX_MAX_ROWS:
        st.download_button(state.t("verify.dl.xlsx"), safe_xlsx(work), f"{stem}_corrige.xlsx",
                           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    else:
        st.caption(state.t("verify.xlsx_too_big"))
    st.download_button(state.t("verify.dl.steps"), steps_json(ds.steps, ds.read.sha256), f"{stem}_etapes.json", "application/json")
    st.download_button(state.t("verify.dl.report_json"), report_json(findings, len(work), state.lang()),
                       f"{stem}_rapport.json", "application/json")
    st.download_button(state.t("verify.dl.report_csv"), report_csv(findings, state.lang()),
                       f"{stem}_rapport.csv", "text/csv")
st.download_button(state.t("verify.dl.original"), ds.raw, ds.read.filename or "original", key="verify_dl_original")

"""Session state of the studio: the current Dataset, the language, the bundled samples."""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from viz.dataset import Dataset, Metadata, ReadInfo
from viz.i18n import t as _t
from viz.io import LoadError, LoadOptions, load_bytes

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample_data"
SAMPLES = {
    "budget_primitif_2025.csv": "sample.budget",
    "subventions_associations_2024.csv": "sample.subventions",
    "lieux_inclusion_numerique_paca.csv": "sample.lieux",
}
DEFAULT_SAMPLE = "budget_primitif_2025.csv"


def lang() -> str:
    return st.session_state.get("lang", "fr")


def t(key: str, **params: object) -> str:
    """Translate into the session's language."""
    return _t(key, lang(), **params)


@st.cache_resource(max_entries=8, show_spinner=False)
def _read_cached(sha: str, options_key: str, _data: bytes, filename: str,
                 _options: LoadOptions | None) -> tuple:
    """Read once per (file SHA-256, options): keyed on the hash, never on the DataFrame (DESIGN.md)."""
    ds = load_bytes(_data, filename, _options, known_sha256=sha)
    return ds.original, ds.read, ds.meta


def open_bytes(data: bytes, filename: str, options: LoadOptions | None = None) -> Dataset:
    """Load bytes into a fresh session Dataset (own steps and metadata, shared frozen original)."""
    import hashlib
    sha = hashlib.sha256(data).hexdigest()
    original, read, meta = _read_cached(sha, repr(options), data, filename, options)
    ds = Dataset(original=original, read=read, raw=data, meta=Metadata(**vars(meta)))
    st.session_state["dataset"] = ds
    _show_current(ds)
    return ds


def open_sample(name: str = DEFAULT_SAMPLE) -> Dataset:
    path = SAMPLE_DIR / name
    ds = open_bytes(path.read_bytes(), name)
    ds.meta.title = ds.meta.title or t(SAMPLES.get(name, "app.sample"))
    ds.meta.producer = ds.meta.producer or t("sample.producer")
    ds.meta.licence = ds.meta.licence or "Licence Ouverte 2.0 (etalab-2.0)"
    return ds


def current() -> Dataset | None:
    """The session's dataset, opening the default sample on first visit."""
    if "dataset" not in st.session_state:
        try:
            open_sample()
        except (OSError, LoadError):
            return None
    return st.session_state.get("dataset")


def page(title_key: str, intro_key: str) -> Dataset:
    """Sidebar, title and intro of a page that needs a dataset; stops the page (with a message) if none."""
    sidebar()
    st.title(t(title_key))
    st.caption(t(intro_key))
    ds = current()
    if ds is None:
        st.warning(t("app.no_dataset"))
        st.stop()
    return ds


def read_info() -> ReadInfo | None:
    ds = current()
    return ds.read if ds else None


def _leave_pages_directory_mode() -> None:
    """A fresh server's first visit to a deep link (/verifier) runs the page in Streamlit's legacy
    pages/-directory mode (file names in the menu) before app.py's st.navigation ever ran; switch
    that mode off and rerun so app.py's translated navigation takes over."""
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:
        return
    if getattr(PagesManager, "uses_pages_directory", False):
        PagesManager.uses_pages_directory = False
        st.rerun()


def sidebar() -> None:
    """Language switch and the loaded dataset, on every page."""
    _leave_pages_directory_mode()
    st.session_state.pop("_sidebar_slot", None)
    with st.sidebar:
        st.radio(_t("app.language", lang()), ["fr", "en"], key="lang", horizontal=True,
                 format_func=lambda code: {"fr": "Français", "en": "English"}[code])
        st.session_state["_sidebar_slot"] = st.empty()  # this run's slot (per session, never shared)
    _show_current(current())


def _show_current(ds: Dataset | None) -> None:
    """Name the loaded file in the sidebar: called again by open_bytes, so an upload shows at once."""
    slot = st.session_state.get("_sidebar_slot")
    if slot is None or ds is None:
        return
    colon = " : " if lang() == "fr" else ": "
    slot.caption(f"{t('app.current')}{colon}**{ds.read.filename}** · {t('count.rows', count=len(ds.original))}")


def format_name(code: str) -> str:
    """A file format for people (`Budget (XML)`), the code (`budget_xml`) only where a detail line says it."""
    key = f"jargon.format.{code}"
    name = t(key)
    return code.upper() if name == key else name


def fmt_int(value: int) -> str:
    """`39 192` in French, `39,192` in English."""
    from viz.fmt import number
    return number(value, lang(), digits=0)


def fmt_size(size: int) -> str:
    """`361 o`, `12,4 Ko`, `130,2 Mo` (bytes in French units)."""
    from viz.fmt import number
    for unit, factor in (("Mo", 1e6), ("Ko", 1e3)):
        if size >= factor:
            return f"{number(size / factor, lang(), digits=1)} {unit if lang() == 'fr' else unit.replace('o', 'B')}"
    return f"{size} {'o' if lang() == 'fr' else 'B'}"


def sample_picker() -> None:
    """Switch to another bundled sample."""
    names = [n for n in SAMPLES if (SAMPLE_DIR / n).exists()]
    if not names:
        return
    with st.form("sample_picker"):
        choice = st.selectbox(t("app.sample"), names, format_func=lambda n: t(SAMPLES[n]))
        if st.form_submit_button(t("home.open_sample")):
            open_sample(choice)
            st.rerun()


@st.cache_data(max_entries=16, show_spinner=False)
def profile_cached(key: str, _table) -> list[dict]:
    """Column profiles, cached on the dataset key (file SHA-256 + steps), not on the DataFrame."""
    from viz.profile import profile
    return [p.to_dict() for p in profile(_table)]


def url_loader() -> None:
    """A URL: a direct file link, or a data.gouv.fr / CKAN dataset page whose resource the user picks."""
    url = st.text_input(t("import.url"), placeholder="https://www.data.gouv.fr/fr/datasets/…")
    if st.button(t("import.url.look"), disabled=not url):
        from viz.io.url import resolve
        try:
            st.session_state["url_resources"] = (url, resolve(url.strip()))
            st.session_state.pop("load_error", None)
        except LoadError as exc:
            st.session_state["load_error"] = exc.message(lang())
    found = st.session_state.get("url_resources")
    if not found or found[0] != url:
        return
    resources = found[1]
    if not resources:
        st.warning(t("import.url.none"))
        return
    index = st.selectbox(t("import.url.pick"), range(len(resources)),
                         format_func=lambda i: f"{resources[i].title or resources[i].url} ({resources[i].format or '?'})")
    if st.button(t("import.url.load")):
        from viz.io.url import fetch_url
        try:
            data, name, final = fetch_url(resources[index].url)
            ds = open_bytes(data, name)
            ds.meta.source_url = final
            st.session_state.pop("load_error", None)
        except LoadError as exc:
            st.session_state["load_error"] = exc.message(lang())


def read_summary(ds: Dataset) -> None:
    """Rows, columns and how the file was read."""
    read = ds.read
    cols = st.columns(4)
    cols[0].metric(t("word.rows").capitalize(), fmt_int(len(ds.original)))
    cols[1].metric(t("word.columns").capitalize(), fmt_int(ds.original.shape[1]))
    cols[2].metric(t("home.format"), format_name(read.format))
    cols[3].metric(t("import.size"), fmt_size(read.size_bytes))
    colon, (lq, rq) = (" : ", ("« ", " »")) if lang() == "fr" else (": ", ("“", "”"))
    details = [f"{t('import.encoding')}{colon}{read.encoding}"] if read.encoding else []
    if read.format == "csv":
        sep = "tab" if read.separator == "\t" else read.separator
        details += [f"{t('import.separator')}{colon}{lq}{sep}{rq}", f"{t('import.decimal')}{colon}{lq}{read.decimal}{rq}"]
    if read.sheet:
        details.append(f"{t('import.sheet')}{colon}{read.sheet}")
    details.append(t("jargon.format.detail", code=read.format))
    details.append(f"SHA-256{colon}{read.sha256[:16]}…")
    st.caption(" · ".join(details))


def metadata_form(ds: Dataset) -> None:
    """Title, producer, licence, publication date, source: used by exports and the context sheet."""
    with st.expander(t("import.meta"), expanded=False):
        with st.form("metadata"):
            meta = ds.meta
            title = st.text_input(t("import.meta.title"), meta.title)
            producer = st.text_input(t("import.meta.producer"), meta.producer)
            licence = st.text_input(t("import.meta.licence"), meta.licence)
            published = st.text_input(t("import.meta.published"), meta.published, placeholder="2025-01-31")
            source = st.text_input(t("import.meta.source"), meta.source_url)
            if st.form_submit_button(t("import.meta.save")):
                meta.title, meta.producer, meta.licence = title, producer, licence
                meta.published, meta.source_url = published, source
                st.success(t("import.meta.saved"))


def paged_table(table, key: str, page_size: int = 50) -> None:
    """Show one page of a table: a million rows are never sent to the browser."""
    pages = max(1, -(-len(table) // page_size))
    page = st.number_input(t("import.page", pages=fmt_int(pages)), min_value=1, max_value=pages, value=1, key=f"{key}_page")
    start = (int(page) - 1) * page_size
    view = table.iloc[start:start + page_size].copy()
    view.index = view.index + 2  # row numbers as a spreadsheet (and frictionless) shows them
    from ui.tables import french
    st.dataframe(french(view.map(lambda v: v if len(v) <= 200 else v[:200] + "…"), index=True), width="stretch")


@st.cache_data(max_entries=16, show_spinner=False)
def numeric_columns_cached(key: str, _table) -> list[str]:
    """Columns a chart can sum, cached on the dataset key (file SHA-256 + steps)."""
    from viz.kinds import numeric_columns
    return numeric_columns(_table)


@st.cache_data(max_entries=16, show_spinner=False)
def filter_choices_cached(key: str, _table) -> dict[str, list[str]]:
    """Columns a chart can be filtered on, with their values; cached on the dataset key."""
    from viz.charts.treemap import filter_choices
    return filter_choices(_table)


@st.cache_data(max_entries=16, show_spinner=False)
def order_rows_cached(key: str, _table) -> int:
    """Budget order operations in the table (0 when it holds none, or nothing but them); cached on the key."""
    from viz.charts.budget import order_rows
    return order_rows(_table)


# --- charts, context sheet and project file (pages/exporter.py) ---

def session_charts() -> list[tuple[str, dict]]:
    """The charts of the session: each chart page keeps its spec in st.session_state["<kind>_spec"]."""
    from viz.charts.registry import KINDS
    return [(kind, st.session_state[f"{kind}_spec"]) for kind in KINDS
            if isinstance(st.session_state.get(f"{kind}_spec"), dict)]


def session_schema() -> tuple[str | None, dict | None]:
    """The schema chosen on the Vérifier page, as (reference for a project file, schema), if any."""
    mode = st.session_state.get("verify_schema_mode")
    reference = None
    if mode == "catalogue":
        reference = st.session_state.get("verify_schema_id")
    elif mode == "url":
        reference = (st.session_state.get("verify_schema_url") or "").strip() or None
    if not reference:
        return None, None
    from viz.schemas import load_schema
    try:
        return reference, load_schema(reference)
    except LoadError:
        return None, None


def session_findings(ds: Dataset, schema_ref: str | None, schema: dict | None) -> list:
    """The Vérifier page's findings when they are for this dataset and schema, else the checks run now."""
    cached = st.session_state.get("verify_findings")
    wanted = (ds.key, f"cat:{schema_ref}" if st.session_state.get("verify_schema_mode") == "catalogue"
              else f"url:{schema_ref}" if schema_ref else "none")
    if cached and cached[0] == wanted:
        return cached[1]
    key = ("sheet", ds.key, schema_ref)
    if st.session_state.get("sheet_findings", (None,))[0] != key:
        from viz.checks import run_checks
        st.session_state["sheet_findings"] = (key, run_checks(ds, schema))
    return st.session_state["sheet_findings"][1]


def project_bytes(sheet=None, embed: bool = True) -> bytes:
    """The whole session as a project file (viz.project)."""
    from viz.project import save_project
    ds = current()
    return save_project(ds, session_charts(), sheet, session_schema()[0], embed=embed)


def open_project(data: bytes) -> None:
    """Restore a project file into the session (dataset, steps, charts, schema, sheet fields); StudioError if
    it cannot be loaded, and then the session is unchanged."""
    from viz.project import load_project
    project = load_project(data)
    st.session_state["dataset"] = project.dataset
    for kind, spec in project.charts:
        st.session_state[f"{kind}_spec"] = spec
        if kind == "treemap":
            _treemap_widgets(project.dataset.read.sha256, spec)
    if project.schema:
        st.session_state["verify_schema_mode"] = "catalogue"
        st.session_state["verify_schema_id"] = project.schema
    st.session_state["sheet_saved"] = project.sheet
    st.session_state.pop("sheet_for", None)


def _treemap_widgets(sha: str, spec: dict) -> None:
    """Put the Treemap page's widgets in the state a saved spec describes (so the page draws the same chart)."""
    rules = spec.get("rules") or [{"kind": "none", "value": 0.0}]
    first = rules[0]
    state = {"tm_for": sha, "tm_labels": list(spec.get("labels", [])), "tm_value": spec.get("value") or "",
             "tm_rule": first["kind"], "tm_palette": spec.get("palette", "okabe_ito"),
             "tm_title": spec.get("title", ""), "tm_subtitle": spec.get("subtitle", ""),
             "tm_source": spec.get("source", ""), "tm_note": spec.get("note", ""),
             "tm_filter_cols": list(spec.get("filters", {})), "tm_per_level": len(rules) > 1,
             "tm_real_only": bool(spec.get("real_only"))}
    if first["kind"] != "none":
        state[f"tm_param_{first['kind']}"] = float(first["value"])
    for column, values in spec.get("filters", {}).items():
        state[f"tm_filter_{column}"] = list(values)
    for level, rule in enumerate(rules if len(rules) > 1 else []):
        state[f"tm_rule_{level}"] = rule["kind"]
        if rule["kind"] != "none":
            state[f"tm_param_{level}_{rule['kind']}"] = float(rule["value"])
    st.session_state.update(state)

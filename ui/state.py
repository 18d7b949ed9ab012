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
    ds = load_bytes(_data, filename, _options)
    return ds.original, ds.read, ds.meta


def open_bytes(data: bytes, filename: str, options: LoadOptions | None = None) -> Dataset:
    """Load bytes into a fresh session Dataset (own steps and metadata, shared frozen original)."""
    import hashlib
    sha = hashlib.sha256(data).hexdigest()
    original, read, meta = _read_cached(sha, repr(options), data, filename, options)
    ds = Dataset(original=original, read=read, raw=data, meta=Metadata(**vars(meta)))
    st.session_state["dataset"] = ds
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


def read_info() -> ReadInfo | None:
    ds = current()
    return ds.read if ds else None


def sidebar() -> None:
    """Language switch and the loaded dataset, on every page."""
    with st.sidebar:
        st.radio(_t("app.language", lang()), ["fr", "en"], key="lang", horizontal=True,
                 format_func=lambda code: {"fr": "Français", "en": "English"}[code])
        ds = current()
        if ds is not None:
            st.caption(f"{t('app.current')} : **{ds.read.filename}** · {len(ds.original):,} {t('word.rows')}"
                       .replace(",", "\u202f"))

"""The geocoding panel of the Coordonnées page: columns, service, progress, review (accept/reject), apply as a step."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np
import streamlit as st

from ui import state
from viz.errors import StudioError
from viz.geo.geocode import BAN_DOMAIN, GeocodeSettings, answers_table, geocode
from viz.geo.steps import geocoded_step

CACHE = Path(os.environ.get("STUDIO_GEOCODE_CACHE", Path(tempfile.gettempdir()) / "studio_geocodage" / "cache.json"))


def _column(label_key: str, options: list[str], default: str | None, key: str) -> str | None:
    none = state.t("coords.geocode.none")
    choices = [none] + options
    index = choices.index(default) if default in choices else 0
    picked = st.selectbox(state.t(label_key), choices, index=index, key=key)
    return None if picked == none else picked


def geocode_section(ds, work, analysis) -> None:  # type: ignore[no-untyped-def]
    """Ask the service for the rows without a usable position, show the answers, apply the accepted ones."""
    st.subheader(state.t("coords.geocode"))
    columns = [str(c) for c in work.columns]
    places = analysis.places
    c1, c2, c3 = st.columns(3)
    address = _column("coords.geocode.address", columns, places.address, "coords_geo_address")
    postal = _column("coords.geocode.postal", columns, places.postal, "coords_geo_postal")
    commune = _column("coords.geocode.commune", columns, places.commune, "coords_geo_commune")
    provider = st.radio(state.t("coords.geocode.provider"), ["ban", "nominatim"], horizontal=True,
                        key="coords_geo_provider", format_func=lambda p: state.t(f"coords.geocode.provider.{p}"))
    domain = st.text_input(state.t("coords.geocode.domain"), BAN_DOMAIN if provider == "ban" else
                           "nominatim.openstreetmap.org", key=f"coords_geo_domain_{provider}")
    rows = np.flatnonzero(analysis.fault > 0).tolist()
    st.caption(state.t("coords.geocode.which", count=state.fmt_int(len(rows))))
    if address and rows and st.button(state.t("coords.geocode.run", count=state.fmt_int(len(rows))), key="coords_geo_run"):
        bar = st.progress(0.0)
        settings = GeocodeSettings(provider=provider, domain=domain.strip() or BAN_DOMAIN, cache_path=CACHE)
        try:
            result = geocode(work, rows, address, postal, commune, settings,
                             progress=lambda done, total: bar.progress(done / max(total, 1), state.t(
                                 "coords.geocode.progress", done=state.fmt_int(done), total=state.fmt_int(total))))
            st.session_state["coords_geo_result"] = (ds.key, provider, answers_table(result), result.asked, result.notes)
        except StudioError as exc:
            st.error(exc.message(state.lang()))
    _review(ds, analysis, address, postal, commune)


def _review(ds, analysis, address, postal, commune) -> None:  # type: ignore[no-untyped-def]
    saved = st.session_state.get("coords_geo_result")
    if not saved or saved[0] != ds.key:
        return
    _, provider, table, asked, notes = saved
    for note in notes:
        st.warning(state.t(note))
    st.caption(state.t("coords.geocode.asked", asked=state.fmt_int(asked)))
    st.caption(state.t("coords.geocode.review"))
    labels = {c: state.t(f"coords.col.{c}") for c in ("row", "query", "label", "score", "accept")}
    edited = st.data_editor(table, key="coords_geo_editor", hide_index=True,
                            disabled=[c for c in table.columns if c != "accept"],
                            column_config={c: st.column_config.Column(label) for c, label in labels.items()})
    accepted = edited[edited["accept"] & edited["latitude"].notna()]
    if st.button(state.t("coords.geocode.apply", count=len(accepted)), disabled=accepted.empty, key="coords_geo_apply"):
        chosen = list(zip(accepted["query"], accepted["latitude"], accepted["longitude"]))
        ds.with_step(geocoded_step(analysis.cols, address, postal, commune, chosen, provider))
        st.session_state.pop("coords_geo_result", None)
        st.rerun()

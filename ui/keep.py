"""Widget values that outlive a visit to another page.

Streamlit drops the value of every widget not drawn in a run, so going Treemap → Vérifier → Treemap came back
to empty labels, the count instead of the amount and a threshold of 0 (« Choisissez au moins une colonne »),
and the schema chosen on Vérifier was forgotten by the next run of Exporter.
Writing the values back into the session at the start of each run is Streamlit's documented work-around.
"""
from __future__ import annotations

import streamlit as st

# The chart pages and the Vérifier page's schema choice (read by Exporter too). Their widgets take no default
# argument (a default plus a session value would make Streamlit warn); file uploaders hold no plain value.
KEPT_PREFIXES = ("tm_", "dep_", "verify_schema_")
_PLAIN = (str, int, float, bool, list, tuple)


def keep_widgets() -> None:
    """Hand the kept pages' widget values back to the session before this run's page is drawn."""
    for key in [k for k in st.session_state if isinstance(k, str) and k.startswith(KEPT_PREFIXES)]:
        value = st.session_state[key]
        if isinstance(value, _PLAIN):
            st.session_state[key] = value

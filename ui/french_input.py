"""A number field written the French way (`1 000 000`, `2,5`): st.number_input can only print `1000000.00`."""
from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from ui import state
from viz import fmt
from viz.numbers import to_number


def parse(text: str) -> float | None:
    """`1 000 000`, `2,5`, `1234.5` as a float; None when the text is not a number."""
    value = to_number(pd.Series([text]), ",", None).iloc[0]
    return None if pd.isna(value) else float(value)


def number_field(container: Any, label: str, key: str, low: float = 0.0, disabled: bool = False) -> float:
    """A text field holding the number of session key `key` (set by defaults or a project), shown French."""
    value = float(st.session_state.get(key) or 0.0)
    text_key, shown_key = f"{key}_text", f"{key}_shown"
    if st.session_state.get(shown_key) != value or text_key not in st.session_state:  # changed elsewhere, or hidden
        st.session_state[text_key] = fmt.number(value, state.lang(), 2)
        st.session_state[shown_key] = value
    text = container.text_input(label, key=text_key, disabled=disabled)
    parsed = parse(text)
    if parsed is None or parsed < low:
        container.error(state.t("frenchui.param.invalid", value=text))
        return value
    st.session_state[key] = st.session_state[shown_key] = parsed
    return parsed

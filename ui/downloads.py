"""The download buttons every chart page shows: PNG (2x), SVG, interactive HTML and the CSV of what is drawn."""
from __future__ import annotations

from typing import Callable

import streamlit as st

from ui import state
from viz.export import images


def chart_downloads(figure, name: str, html: Callable[[], bytes], csv: bytes, html_label: str | None = None) -> None:
    """Four buttons; without Chromium, the install note stands where the images would be."""
    st.subheader(state.t("treemap.page.downloads"))
    cols = st.columns(4)
    if images.chromium_available():
        cols[0].download_button(state.t("treemap.page.png"), lambda: images.to_png(figure, scale=2),
                                file_name=f"{name}.png", mime="image/png", on_click="ignore")
        cols[1].download_button(state.t("treemap.page.svg"), lambda: images.to_svg(figure),
                                file_name=f"{name}.svg", mime="image/svg+xml", on_click="ignore")
    else:
        cols[0].info(state.t("images.no_chromium"))
    cols[2].download_button(html_label or state.t("treemap.page.html"), html, file_name=f"{name}.html", mime="text/html",
                            on_click="ignore")
    cols[3].download_button(state.t("treemap.page.csv"), csv, file_name=f"{name}.csv", mime="text/csv",
                            on_click="ignore")

"""The colour sentence speaks of text contrast only where text sits on the colours (treemap tiles)."""
from __future__ import annotations

import plotly.graph_objects as go

from viz.charts.access import palette_sentence

COLOURS = ["#E69F00", "#56B4E9", "#009E73", "#0072B2"]


def test_bars_get_the_colour_check_without_tile_text():
    bars = go.Figure(go.Bar(x=["13", "83", "84", "06"], y=[4, 3, 2, 1], marker={"color": COLOURS}))
    sentence = palette_sentence(bars)
    assert sentence.startswith("4 couleurs") and sentence.endswith(").")
    assert "rectangle" not in sentence and "contraste" not in sentence


def test_treemap_tiles_get_the_text_contrast_too():
    tiles = go.Figure(go.Treemap(labels=["A", "B", "C", "D"], parents=["", "", "", ""], values=[4, 3, 2, 1],
                                 marker={"colors": COLOURS}))
    sentence = palette_sentence(tiles, "en")
    assert sentence.startswith("4 colours") and "black or white text per rectangle, lowest contrast" in sentence
    assert sentence.endswith("(WCAG AA: 4.5:1).")

"""The home page in AppTest: the loaded file, and a preview of the treemap suggested for it."""
from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from viz.io import load_bytes

PAGE = str(Path(__file__).resolve().parents[1] / "app.py")  # the home page, inside the navigation (its links)


def test_the_sample_budget_shows_its_spending_treemap_as_a_preview():
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    assert not at.exception
    assert any(s.value == "Aperçu : la treemap proposée pour ce fichier" for s in at.subheader)
    trace = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]
    top = [label for label, parent in zip(trace["labels"], trace["parents"]) if parent == "root"]
    assert sorted(top) == ["Fonctionnement", "Investissement"]  # spending by default, by section


def test_a_file_without_anything_to_draw_has_no_preview():
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["dataset"] = load_bytes(b"code;montant\r\n", "vide.csv")  # a header and no row: nothing to draw
    at.run()
    assert not at.exception
    assert not any(s.value.startswith("Aperçu") for s in at.subheader)

"""The Coordonnées page in AppTest: findings, a one-click fix recorded as a step, the map, geocoding with review."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.fixtures_coords import lieux_csv
from viz.io import load_bytes

try:
    from viz.reference import communes  # noqa: F401
except ImportError:
    pytest.skip("référence des communes absente (viz/reference)", allow_module_level=True)

PAGE = str(Path(__file__).resolve().parents[1] / "pages" / "coordonnees.py")


def _app(tmp_path, monkeypatch) -> AppTest:
    monkeypatch.setenv("STUDIO_GEOCODE_CACHE", str(tmp_path / "cache.json"))
    at = AppTest.from_file(PAGE, default_timeout=120)
    at.session_state["dataset"] = load_bytes(lieux_csv(), "lieux.csv")
    return at


def test_findings_fix_and_map(tmp_path, monkeypatch):
    at = _app(tmp_path, monkeypatch).run()
    assert not at.exception
    labels = [e.label for e in at.expander]
    assert any("Latitude et longitude inversées" in label for label in labels)
    assert any("Point hors du département déclaré" in label for label in labels)
    assert len(at.get("deck_gl_json_chart")) == 1
    swap = next(b for b in at.button if b.key and b.key.startswith("coords_fix_") and b.key.endswith("coord.swapped"))
    swap.click().run()
    assert not at.exception
    ds = at.session_state["dataset"]
    assert ds.steps[-1].op == "coord_swap"
    assert ds.working().loc[4, "latitude"] == "45.76400" and ds.original.loc[4, "latitude"] == "4.83570"
    assert not any("Latitude et longitude inversées" in e.label for e in at.expander)


def test_geocoding_with_review(tmp_path, monkeypatch, fake_server):
    from tests.fakeserver import Response

    def ban_search(request):
        if "Bellecour" not in request.args.get("q", ""):
            return Response.json({"type": "FeatureCollection", "features": []})
        return Response.json({"type": "FeatureCollection", "features": [{
            "type": "Feature", "geometry": {"type": "Point", "coordinates": [4.8320, 45.7578]},
            "properties": {"label": "1 Place Bellecour 69002 Lyon", "score": 0.91}}]})
    fake_server.route("/geocodage/search", ban_search)
    at = _app(tmp_path, monkeypatch).run()
    at.text_input(key="coords_geo_domain_ban").set_value(fake_server.url("/geocodage")).run()
    at.button(key="coords_geo_run").click().run()
    assert not at.exception
    assert fake_server.requests, "the fake BAN server was asked"
    saved = at.session_state["coords_geo_result"]
    assert len(saved[2]) == 8  # the rows without a usable position or flagged, one answer each
    assert saved[2]["accept"].tolist().count(True) == 1
    at.button(key="coords_geo_apply").click().run()
    assert not at.exception
    ds = at.session_state["dataset"]
    assert ds.steps[-1].op == "coord_geocoded"
    assert (ds.working().loc[4, "latitude"], ds.working().loc[4, "longitude"]) == ("45.757800", "4.832000")


def test_verifier_checks_with_the_columns_chosen_on_the_coordonnees_page(tmp_path, monkeypatch):
    """Columns named `a`/`b` are not detected: once picked on Coordonnées, Vérifier finds the swapped pair too."""
    import io

    import pandas as pd
    table = pd.read_csv(io.BytesIO(lieux_csv()), sep=";", dtype=str, keep_default_na=False)
    raw = table.rename(columns={"latitude": "a", "longitude": "b"}).to_csv(sep=";", index=False).encode()
    monkeypatch.setenv("STUDIO_GEOCODE_CACHE", str(tmp_path / "cache.json"))
    verifier = str(Path(PAGE).with_name("verifier.py"))

    before = AppTest.from_file(verifier, default_timeout=120)
    before.session_state["dataset"] = load_bytes(raw, "lieux.csv")
    before.run()
    assert not before.exception
    assert not any("Latitude et longitude inversées" in e.label for e in before.expander)

    coords = AppTest.from_file(PAGE, default_timeout=120)
    coords.session_state["dataset"] = load_bytes(raw, "lieux.csv")
    coords.run()
    coords.selectbox(key="coords_lat").set_value("a")
    coords.selectbox(key="coords_lon").set_value("b").run()
    assert not coords.exception
    chosen = coords.session_state["coords_chosen"]

    after = AppTest.from_file(verifier, default_timeout=120)
    after.session_state["dataset"] = load_bytes(raw, "lieux.csv")
    after.session_state["coords_chosen"] = chosen
    after.run()
    assert not after.exception
    assert any("Latitude et longitude inversées" in e.label for e in after.expander)
    assert any("colonnes choisies sur la page Coordonnées" in c.value and "« a »" in c.value for c in after.caption)

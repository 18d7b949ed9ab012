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

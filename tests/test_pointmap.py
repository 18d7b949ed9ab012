"""Point map: dots with colours and tooltips, hexagons above the threshold, outlines, and the offline HTML page."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from viz.charts.pointmap import PointMapError, PointMapSpec, build, hexbin, table_csv
from viz.export.deck_html import to_html

ROOT = Path(__file__).resolve().parents[1]
LIEUX = ROOT / "sample_data" / "lieux_inclusion_numerique_paca.csv"


def lieux() -> pd.DataFrame:
    from viz.io import load
    return load(str(LIEUX)).working()


def many_points(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    return pd.DataFrame({"latitude": [f"{v:.5f}" for v in rng.uniform(43.2, 44.8, n)],
                         "longitude": [f"{v:.5f}".replace(".", ",") for v in rng.uniform(4.5, 7.5, n)],
                         "type": rng.choice(["A", "B", "C"], n)})


def test_points_colours_tooltip_outlines_and_view() -> None:
    result = build(lieux(), PointMapSpec(colour="statut_juridique", tooltip=["nom", "commune"]))
    assert result.mode == "points" and result.located == 958 and result.rows == 1000
    deck = json.loads(result.deck.to_json())
    assert [layer["@@type"] for layer in deck["layers"]] == ["GeoJsonLayer", "ScatterplotLayer"]
    assert len(deck["layers"][0]["data"]["features"]) == 101
    assert [label for label, _ in result.legend][:2] == ["Commune", "Association"]
    assert "{t0}" in deck["views"][0].get("tooltip", "") or result.deck._tooltip["html"].startswith("<b>nom</b>")
    view = deck["initialViewState"]
    assert 43 < view["latitude"] < 45 and 5 < view["longitude"] < 7.5 and view["zoom"] > 5
    assert "Chaque ligne est un point" in result.sentence()
    assert table_csv(result).decode().splitlines()[0] == "latitude,longitude,statut_juridique,nom,commune"


def test_hexagons_above_threshold_keep_every_row() -> None:
    table = many_points(60_000)
    result = build(table, PointMapSpec())
    assert result.mode == "hexagons" and 500 < result.cells < 10_000
    assert result.drawn["lignes"].sum() == 60_000
    page = to_html(result)
    assert len(page) < 5_000_000
    assert "hexagones" in result.sentence()
    forced = build(table.head(1000), PointMapSpec(mode="hexagons"))
    assert forced.mode == "hexagons" and "Au-delà" not in forced.sentence()


def test_hexbin_counts_and_centres() -> None:
    lat = np.array([45.0, 45.0001, 45.5, 46.0])
    lon = np.array([5.0, 5.0001, 5.5, 6.0])
    cells = hexbin(lat, lon, 0.05)
    assert cells["count"].sum() == 4 and cells["count"].max() == 2
    near = cells.loc[cells["count"].idxmax()]
    assert abs(near["lat"] - 45.0) < 0.05 and abs(near["lon"] - 5.0) < 0.08


def test_offline_page_has_no_external_resource() -> None:
    result = build(lieux(), PointMapSpec(colour="statut_juridique", tooltip=["nom"], title="Lieux </script>"))
    page = to_html(result).decode()
    assert not re.findall(r"""<(?:script|link|img)[^>]+(?:src|href)=["']?https?:""", page)
    assert "createDeck" in page and "Lieux &lt;/script&gt;" in page
    assert page.count("</script>") == 2  # the bundle's and ours: no early close from the data


def test_errors_in_french() -> None:
    with pytest.raises(PointMapError, match="Aucune colonne de coordonnées"):
        build(pd.DataFrame({"a": ["1"]}), PointMapSpec())
    with pytest.raises(PointMapError, match="Aucune ligne n'a de coordonnées lisibles"):
        build(pd.DataFrame({"latitude": ["x", "0"], "longitude": ["y", "0"]}), PointMapSpec())
    with pytest.raises(PointMapError, match="n'existe pas"):
        build(lieux(), PointMapSpec(colour="couleur"))


def test_cli_map(tmp_path: Path) -> None:
    out = tmp_path / "carte.html"
    done = subprocess.run([sys.executable, "-m", "viz", "map", str(LIEUX), "--colour", "statut_juridique",
                           "--tooltip", "nom", "--out", str(out)], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert "958 lignes sur 1" in done.stderr and out.stat().st_size < 5_000_000
    bad = subprocess.run([sys.executable, "-m", "viz", "map", str(LIEUX), "--out", str(tmp_path / "x.jpg")],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert bad.returncode == 2 and "HTML" in bad.stderr


def test_outlines_cut_to_three_decimals_as_before():
    """The look-behind that cuts the outlines' coordinates gives the page the same polygons as the regex it replaced."""
    import json
    import re

    from viz import reference
    from viz.charts.pointmap import _outlines_geojson
    text = json.dumps(reference.departements_geojson(), separators=(",", ":"))
    assert _outlines_geojson() == json.loads(re.sub(r"(\d+\.\d{3})\d+", r"\1", text))

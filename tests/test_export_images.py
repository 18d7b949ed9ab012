"""Image and HTML exports: PNG signature and size at scale 2, SVG parses as XML, HTML is self-contained."""
from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from viz.charts.treemap import Rule, TreemapSpec, build
from viz.export import images


@pytest.fixture(scope="module")
def figure():
    table = pd.DataFrame({"chapitre libellé": ["Charges de personnel", "Charges à caractère général", "Emprunts"],
                          "montant": ["5 400 000,00", "1 250 000,50", "700 000,00"]}, dtype="str")
    spec = TreemapSpec(labels=["chapitre libellé"], value="montant", rules=[Rule("none", 0)], title="Budget 2025",
                       source="Ville d'Exemple", width=800, height=500)
    return build(table, spec).figure


def test_png_at_scale_two(figure) -> None:
    png = images.to_png(figure, scale=2)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1600, 1000)
    assert images.to_png(figure, scale=1)[16:24] == struct.pack(">II", 800, 500)


def test_svg_is_xml_with_the_labels(figure) -> None:
    svg = images.to_svg(figure)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    text = svg.decode("utf-8")
    assert "Budget 2025" in text
    assert ">Charges de</tspan>" in text and ">personnel</tspan>" in text  # long labels wrap on short lines


def test_html_is_self_contained(figure) -> None:
    html = images.to_html(figure, title="Budget 2025").decode("utf-8")
    assert "<title>Budget 2025</title>" in html
    assert "cdn.plot.ly" not in html.split("<body>")[0]
    assert "Plotly=" in html or "window.Plotly" in html  # plotly.js inlined
    assert len(html) > 3_000_000
    assert "Charges de personnel" in html


def test_write_by_suffix(figure, tmp_path) -> None:
    assert images.write(figure, tmp_path / "t.svg").read_bytes().startswith(b"<svg")
    with pytest.raises(ValueError):
        images.write(figure, tmp_path / "t.jpg")


def test_no_chromium_gives_a_french_install_hint(figure, monkeypatch) -> None:
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    assert images.chromium_available() is False
    monkeypatch.setattr(images, "_server", None)
    with pytest.raises(images.ImageExportError) as err:
        images.to_png(figure)
    assert "apt-get install chromium" in err.value.message("fr")
    assert "HTML et CSV fonctionnent sans lui" in err.value.message("fr")
    assert images.to_html(figure).startswith(b"<!doctype html>")  # HTML still works

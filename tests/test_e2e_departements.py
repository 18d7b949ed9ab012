"""Départements and Carte in a real browser: bars, the choropleth with its insets, the point map (screenshots in
bench/out to look at), and the exported map page opened with every network request refused."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT
from tests.test_e2e_browser import CHROMIUM, _browser_or_skip, _nav, page, shot, studio  # noqa: F401 (fixtures)

LIEUX = ROOT / "sample_data" / "lieux_inclusion_numerique_paca.csv"
OUT = ROOT / "bench" / "out"
WEBGL = ["--headless", "--no-sandbox", "--use-gl=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"]


def _upload_lieux(page, studio: str, tmp_path: Path, path: str = "departements") -> None:
    """Open the page, then load the sample through the page's own « Charger un autre fichier »."""
    OUT.mkdir(parents=True, exist_ok=True)
    upload = tmp_path / "lieux_paca.csv"
    upload.write_bytes(LIEUX.read_bytes())
    page.goto(studio + "/" + path)
    page.get_by_text("Charger un autre fichier").first.wait_for(timeout=90_000)
    page.wait_for_timeout(1500)
    page.get_by_text("Charger un autre fichier").first.click()
    page.locator("input[type=file]").first.set_input_files(str(upload))
    page.get_by_text("lieux_paca.csv").first.wait_for(timeout=60_000)


def test_departements_bars_and_choropleth(studio, page, tmp_path):
    _upload_lieux(page, studio, tmp_path)
    page.locator(".js-plotly-plot").first.wait_for(timeout=90_000)
    page.get_by_text("Bouches-du-Rhône (13)").first.wait_for(timeout=30_000)
    page.get_by_text("placées dans un département").first.wait_for(timeout=30_000)
    page.locator(".js-plotly-plot").first.screenshot(path=str(OUT / "departements-barres.png"))
    page.locator('[data-testid="stRadio"]').get_by_text("Carte", exact=True).first.click()
    page.get_by_text("Mayotte").first.wait_for(timeout=60_000)
    page.wait_for_timeout(2000)
    assert page.get_by_text("Aucune donnée").count() > 0
    page.locator(".js-plotly-plot").first.screenshot(path=str(OUT / "departements-carte.png"))


def test_point_map_page(studio, tmp_path):
    _browser_or_skip()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=WEBGL)
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        _upload_lieux(pg, studio, tmp_path, "carte")
        pg.get_by_text("Chaque ligne est un point").first.wait_for(timeout=90_000)
        pg.locator("canvas").first.wait_for(timeout=60_000)
        pg.wait_for_timeout(4000)
        pg.locator("canvas").first.scroll_into_view_if_needed()
        pg.wait_for_timeout(1500)
        pg.locator("canvas").first.screenshot(path=str(OUT / "carte-points.png"))
        browser.close()


def test_exported_map_renders_points_with_no_network(tmp_path):
    """The page from `python -m viz map`: every http(s) request is refused, the points are still drawn."""
    _browser_or_skip()
    from PIL import Image
    from playwright.sync_api import sync_playwright

    from viz.charts.pointmap import PointMapSpec, build
    from viz.export.deck_html import to_html
    from viz.io import load
    result = build(load(str(LIEUX)).working(), PointMapSpec(title="Lieux", radius=400))
    html = tmp_path / "carte.html"
    html.write_bytes(to_html(result))
    asked: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=WEBGL + ["--proxy-server=127.0.0.1:9"])
        pg = browser.new_page(viewport={"width": 1000, "height": 700})
        pg.route("http*://**", lambda route: (asked.append(route.request.url), route.abort()))
        pg.goto(html.as_uri())
        pg.locator("canvas").first.wait_for(timeout=60_000)
        pg.wait_for_timeout(4000)
        pg.screenshot(path=str(tmp_path / "offline.png"))
        shot(pg, "carte-hors-ligne.png")
        browser.close()
    assert asked == []
    import numpy as np
    pixels = np.asarray(Image.open(tmp_path / "offline.png").convert("RGB"), dtype=int).reshape(-1, 3)
    blue = int((np.abs(pixels - np.array([0, 114, 178])) < 40).all(axis=1).sum())
    assert blue > 300  # the dots (Okabe-Ito blue) are drawn

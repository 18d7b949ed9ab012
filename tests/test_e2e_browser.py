"""End to end in a real browser: `streamlit run app.py`, upload a `;`/latin-1 CSV, see the preview.

Needs Debian's chromium (tools/setup_tests.sh installs it). CI sets VIZ_REQUIRE_BROWSER=1 so that a
missing browser fails there instead of skipping.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT
from tests.fixtures import communes_csv_latin1

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _browser_or_skip() -> None:
    if not os.path.exists(CHROMIUM):
        if os.environ.get("VIZ_REQUIRE_BROWSER"):
            pytest.fail("chromium absent alors que VIZ_REQUIRE_BROWSER=1 : lancez tools/setup_tests.sh")
        pytest.skip("chromium absent : lancez tools/setup_tests.sh")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def studio():
    """A real `streamlit run app.py` on a free loopback port."""
    _browser_or_skip()
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
                             "--server.port", str(port), "--server.address", "127.0.0.1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("streamlit n'a pas démarré en 60 s")
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.fixture
def page():
    _browser_or_skip()
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        yield pg
        browser.close()


def shot(page, name: str) -> None:
    """Keep a screenshot for people to look at (bench/out is git-ignored)."""
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(out / name), full_page=True)


def test_first_visit_by_deep_link_gets_the_french_menu(studio, page):
    """Runs first on a fresh server: Streamlit's legacy pages/ mode must not show file names."""
    page.goto(studio + "/importer")
    page.get_by_text("Importer des données").first.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    links = [t.inner_text().split("\n")[-1] for t in page.locator('[data-testid="stSidebarNavLink"]').all()]
    assert links[:5] == ["Accueil", "Importer", "Vérifier", "Coordonnées", "Treemap"]  # the journey's pages first, in order
    files = {p.stem for p in (ROOT / "pages").glob("*.py")}
    assert not (files | {"app"}) & set(links)  # page titles, never file names (legacy pages/ mode)


def test_home_opens_on_the_sample(studio, page):
    page.goto(studio)
    page.get_by_text("Studio de valorisation des données ouvertes").first.wait_for(timeout=60_000)
    page.get_by_text("Jeu de données chargé").first.wait_for(timeout=30_000)
    page.get_by_text("budget_primitif_2025.csv").first.wait_for(timeout=30_000)
    page.wait_for_timeout(2500)
    assert "1\u202f613" in page.content() or "1 613" in page.content()
    shot(page, "accueil.png")


def test_upload_latin1_semicolon_csv_shows_preview(studio, page, tmp_path):
    path = tmp_path / "communes.csv"
    path.write_bytes(communes_csv_latin1())
    page.goto(studio + "/importer")
    page.get_by_text("Importer des données").first.wait_for(timeout=60_000)
    page.locator("input[type=file]").first.set_input_files(str(path))
    page.get_by_text("communes.csv").first.wait_for(timeout=30_000)
    page.get_by_text("cp1252").first.wait_for(timeout=30_000)
    page.get_by_text("Digne-les-Bains").first.wait_for(state="attached", timeout=30_000)  # canvas grid: cells are hidden a11y nodes
    page.wait_for_timeout(1500)
    body = page.content()
    assert "code commune INSEE" in body  # detected kind, in French
    shot(page, "importer.png")


def test_verifier_page_lists_findings_on_the_sample(studio, page):
    page.goto(studio + "/verifier")
    page.get_by_role("heading", name="Vérifier").first.wait_for(timeout=60_000)
    page.wait_for_timeout(6000)
    shot(page, "verifier.png")
    page.get_by_text("chapitre").first.wait_for(timeout=60_000)  # the sample's chapters that lost their leading zero
    shot(page, "verifier.png")


def test_treemap_page_draws_autre(studio, page):
    page.goto(studio + "/treemap")
    page.get_by_role("heading", name="Treemap").first.wait_for(timeout=60_000)
    page.locator(".js-plotly-plot").first.wait_for(timeout=60_000)
    page.wait_for_timeout(2500)
    assert page.locator("text=/Autre \\(\\d+ postes\\)/").count() > 0
    shot(page, "treemap.png")


def _nav(page, label: str) -> None:
    """Go to another page through the sidebar menu: the same session, so the same dataset and steps."""
    page.locator('[data-testid="stSidebarNavLink"]', has_text=label).first.click()
    page.wait_for_timeout(1500)


def test_milestone_journey_budget_import_check_fix_treemap_export(studio, page, tmp_path):
    """The first milestone in a real browser: a budget as published (`;`, cp1252, decimal commas),
    checked, one fix applied, drawn as a treemap with « Autre », exported as PNG and CSV."""
    budget = ROOT / "sample_data" / "budget_primitif_2025.csv"
    upload = tmp_path / "budget_ville.csv"
    upload.write_bytes(budget.read_bytes())
    page.goto(studio + "/importer")
    page.get_by_text("Importer des données").first.wait_for(timeout=60_000)
    page.locator("input[type=file]").first.set_input_files(str(upload))
    page.get_by_text("budget_ville.csv").first.wait_for(timeout=30_000)
    page.get_by_text("cp1252").first.wait_for(timeout=30_000)

    _nav(page, "Vérifier")
    page.get_by_text("Zéros initiaux perdus").first.wait_for(timeout=60_000)
    page.get_by_text("Zéros initiaux perdus").first.click()
    page.get_by_role("button", name="Appliquer la correction").first.click()
    page.get_by_text("Remettre les zéros initiaux dans « chapitre »").first.wait_for(timeout=30_000)
    shot(page, "parcours-verifier.png")

    _nav(page, "Treemap")
    page.locator(".js-plotly-plot").first.wait_for(timeout=60_000)
    page.wait_for_timeout(2000)
    assert page.locator("text=/Autre \\(\\d+ postes\\)/").count() > 0
    with page.expect_download(timeout=60_000) as png:
        page.get_by_role("button", name="Image PNG").click()
    data = open(png.value.path(), "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    with page.expect_download(timeout=60_000) as csv:
        page.get_by_role("button", name="Tableau CSV").click()
    table = open(csv.value.path(), encoding="utf-8").read()
    assert table.splitlines()[0].endswith(",value") and "Autre (" in table
    shot(page, "parcours-treemap.png")

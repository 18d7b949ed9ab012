"""The studio speaks French in the browser too: Streamlit's own widget texts and <html lang> (ui/french.py)."""
from __future__ import annotations

import re

from tests.conftest import ROOT
from tests.test_e2e_browser import _nav, page, shot, studio  # noqa: F401 (pytest fixtures)

ENGLISH = ("Upload", "Browse files", "per file", "Drag and drop", "Select all", "You can only select",
           "Running...", "Skip to main content", "Press Enter to apply", "No results", "Choose an option")
ARIA_ENGLISH = {"Selected values", "Clear all", "Open", "Decrement", "Increment", "Download plot as a PNG",
                "Fullscreen", "Show/hide columns", "Download as CSV", "Search", "Collapse sidebar", "Main menu"}
_SIZE_EN = re.compile(r"\b\d+(?:\.\d+)?\s?(?:KB|MB|GB)\b")


def _visible_english(page) -> list[str]:
    text = page.inner_text("body")
    found = [word for word in ENGLISH if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    return found + _SIZE_EN.findall(text)


def test_streamlit_widgets_speak_french(studio, page, tmp_path):  # noqa: F811
    upload = tmp_path / "budget_ville.csv"
    upload.write_bytes((ROOT / "sample_data" / "budget_primitif_2025.csv").read_bytes())
    page.goto(studio + "/importer")
    page.get_by_text("Importer des données").first.wait_for(timeout=60_000)
    page.get_by_text("Parcourir").first.wait_for(timeout=30_000)
    assert page.evaluate("document.documentElement.lang") == "fr"
    uploader = page.locator('[data-testid="stFileUploader"]').first  # the page also says « Jusqu'à 200 Mo par fichier »
    assert uploader.get_by_text(re.compile(r"200\s?Mo par fichier")).count() == 1
    page.locator("input[type=file]").first.set_input_files(str(upload))
    page.get_by_text("budget_ville.csv").first.wait_for(timeout=30_000)
    page.wait_for_timeout(1500)
    assert _visible_english(page) == []
    shot(page, "francais-importer.png")

    _nav(page, "Treemap")
    page.locator(".js-plotly-plot").first.wait_for(timeout=60_000)
    page.locator('[data-testid="stMultiSelect"] input:visible').first.click()
    page.get_by_role("option", name="libelle_article").first.click()  # a third level: the list is then full
    page.wait_for_timeout(1500)
    page.locator('[data-testid="stMultiSelect"] input:visible').first.click()
    page.get_by_text("Vous pouvez choisir 3 options au plus").first.wait_for(timeout=10_000)
    assert _visible_english(page) == []
    labels = page.evaluate("[...document.querySelectorAll('[aria-label]')].map(e => e.getAttribute('aria-label'))")
    assert not [a for a in labels if a in ARIA_ENGLISH or a.startswith("Remove ")], labels
    shot(page, "francais-treemap-liste.png")
    page.keyboard.press("Escape")

    page.get_by_text("English").first.click()
    page.wait_for_timeout(2500)
    assert page.evaluate("document.documentElement.lang") == "en"
    page.get_by_text("Français").first.click()
    page.wait_for_timeout(2500)
    assert page.evaluate("document.documentElement.lang") == "fr"

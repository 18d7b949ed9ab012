"""The budget journey in Chromium (home → Importer → Vérifier → Treemap → Exporter) speaks French on every page:
no English text of Streamlit's own widgets (the list is read from the installed Streamlit's frontend bundles),
`<html lang="fr">`, and no number written the English or raw way (`1596`, `2.00`) outside legitimate codes."""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import streamlit

from tests.test_e2e_browser import _nav, page, shot, studio  # noqa: F401 (pytest fixtures)

JS = Path(streamlit.__file__).parent / "static" / "static" / "js"
# Bundles of the widgets the journey shows (uploader, lists, number fields, input hints, placeholders).
WIDGET_BUNDLES = ("FileUploader", "UploadFileInfo", "Multiselect", "Selectbox", "NumberInput", "InputInstructions",
                  "utils", "TextInput", "Checkbox", "Radio", "DownloadButton", "Expander")
# The app's chrome lives in the main bundle beside other languages' words (« Fermer »): these are taken from it
# only after checking they are there.
CHROME = ("Running...", "Stop", "Stopping...", "Deploy", "Rerun", "Main menu", "Skip to main content", "Clear cache",
          "Record a screencast", "Collapse sidebar", "Expand sidebar", "App pages", "Please wait...", "Connecting",
          "Dismiss", "Settings", "Print", "About", "Sidebar")
WORDS = ("Upload", "Open", "Remove", "Clear", "Decrement", "Increment", "Files", "Folder")  # single English words
# A number next to one of these words is a code, shown as the file has it (`chapitre 011`, `SIRET 21340172201787`).
CODE_WORDS = re.compile(r"(code|insee|siren|siret|postal|n°|compte|article|chapitre|nature|fonction|exercice)\W{0,3}$",
                        re.IGNORECASE)
POINT_DECIMAL = re.compile(r"(?<![\w.\-])\d+\.\d+(?![\w.])")  # 2.00, 48.85 (not 1.67.0, x.csv, etalab-2.0)
VERSION_WORDS = re.compile(r"(ouverte|version|v)\W{0,2}$", re.IGNORECASE)  # « Licence Ouverte 2.0 », « version 2.1 »
RAW_INTEGER = re.compile(r"(?<![\w.,/\-])\d{4,}(?![\w/\-]|[.,]\d)")  # 1596, not 1 596, 2025.csv, M57, 1,5


@lru_cache(maxsize=1)
def streamlit_strings() -> tuple[str, ...]:
    """English texts of the installed Streamlit's widgets, read from its frontend: every phrase of two words or
    more in a string or template literal of the widgets' bundles, and single words and the app's chrome from the
    lists above once found there."""
    widgets = "".join(p.read_text(encoding="utf-8", errors="replace") for p in JS.glob("*.js")
                      if p.name.split(".")[0] in WIDGET_BUNDLES)
    pieces = {m.strip(" •.") for m in re.findall(r"(?<=[`}])([^`${}]{3,120})(?=`|\$\{)", widgets)}
    found = {p for p in pieces if re.fullmatch(r"[A-Za-z][A-Za-z,.'!?]*( [A-Za-z][A-Za-z,.'!?]*)+", p)}
    main = "".join(p.read_text(encoding="utf-8", errors="replace") for p in JS.glob("index.*.js"))
    found |= {s for s in WORDS if f"`{s}`" in widgets}
    found |= {s for s in CHROME if f"`{s}`" in main}
    return tuple(sorted(found))


def english_in(page) -> list[str]:  # noqa: F811
    """Streamlit's English texts in what the page shows and in what a screen reader reads (labels, placeholders)."""
    attributes = page.evaluate("[...document.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap(e => "
                               "['aria-label','placeholder','title'].map(a => e.getAttribute(a)).filter(Boolean))")
    text = page.inner_text("body") + "\n" + "\n".join(attributes)
    return [s for s in streamlit_strings() if re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text)]


def raw_numbers(text: str) -> list[str]:
    """Numbers not written the French way: a decimal point (except versions), or 4+ digits without grouping, except
    codes: years 1900–2100, codes with a leading zero, SIREN (9) and SIRET (14) digits, numbers after a code word."""
    out = [m.group() for m in POINT_DECIMAL.finditer(text) if not VERSION_WORDS.search(text[:m.start()])]
    for m in RAW_INTEGER.finditer(text):
        digits = m.group()
        year = len(digits) == 4 and 1900 <= int(digits) <= 2100
        if year or digits.startswith("0") or len(digits) in (9, 14) or CODE_WORDS.search(text[:m.start()]):
            continue
        out.append(digits)
    return out


def test_raw_numbers_rule() -> None:
    text = ("1\u202f613 lignes · 1596 valeurs · seuil 2.00 · budget_primitif_2025.csv · exercice 2025 · "
            "chapitre 6068 · Streamlit 1.67.0 · 12,5\u00a0% · 9\u202f899\u202f500,75\u00a0€ · SIRET 21340172201787 · "
            "ligne 1613 · 01053 · M57 · 2026 · Licence Ouverte 2.0 (etalab-2.0) · 48.85")
    assert raw_numbers(text) == ["2.00", "48.85", "1596", "1613"]


def test_streamlit_strings_come_from_the_installed_frontend() -> None:
    strings = streamlit_strings()
    for expected in ("Upload", "Drag and drop files here", "Select all", "No results", "Clear all", "per file",
                     "Remove an option first", "Choose an option", "Press Enter to", "Running...", "Stop", "Deploy"):
        assert expected in strings, expected
    assert "Fermer" not in strings and "Article" not in strings  # other languages' words, French words


SHOWN = """[...document.querySelectorAll('input:not([type=file]):not([type=checkbox]):not([type=radio])')]
  .map(e => e.value).concat([...document.querySelectorAll('.js-plotly-plot svg text')].map(e => e.textContent))"""


def shown_text(page) -> str:  # noqa: F811
    """What a person reads: the page's text, the values written in its fields, the chart's texts."""
    return page.inner_text("body") + "\n" + "\n".join(page.evaluate(SHOWN))


def check(page, where: str) -> None:  # noqa: F811
    """The page is French: lang, Streamlit's texts, numbers (in the text, the fields and the chart)."""
    page.wait_for_timeout(1500)
    assert page.evaluate("document.documentElement.lang") == "fr", where
    for _ in range(8):  # a widget drawn this instant is translated by the page's observer a moment later
        if not english_in(page):
            break
        page.wait_for_timeout(500)
    assert english_in(page) == [], where
    assert raw_numbers(shown_text(page)) == [], where


def keep(page, name: str, selector: str | None = None) -> None:  # noqa: F811
    """A screenshot for people to look at: bench/out, and VIZ_SHOTS_DIR when set (the notes of a review)."""
    shot(page, name)
    folder = os.environ.get("VIZ_SHOTS_DIR")
    if folder:
        target = page.locator(selector).first if selector else page
        target.screenshot(path=str(Path(folder) / f"frenchui-{name}"))


def test_budget_journey_is_french_everywhere(studio, page):  # noqa: F811
    page.goto(studio)
    page.get_by_text("budget_primitif_2025.csv").first.wait_for(timeout=60_000)
    page.get_by_text("Jeu de données chargé").first.wait_for(timeout=30_000)
    check(page, "Accueil")

    _nav(page, "Importer")
    page.get_by_text("Importer des données").first.wait_for(timeout=60_000)
    page.locator('[data-testid="stFileUploader"]').first.wait_for(timeout=30_000)
    page.get_by_text("Valeurs distinctes").first.wait_for(state="attached", timeout=30_000)  # canvas grid
    check(page, "Importer")
    keep(page, "uploader.png", '[data-testid="stFileUploader"]')

    _nav(page, "Vérifier")
    page.get_by_text("Zéros initiaux perdus").first.wait_for(timeout=60_000)
    page.get_by_text("Aucun schéma du catalogue ne correspond à ce fichier").first.wait_for(timeout=30_000)
    page.get_by_text("Zéros initiaux perdus").first.click()
    page.locator("text=Afficher les lignes concernées >> visible=true").first.click()
    page.locator("[data-testid=\"stDataFrame\"] >> visible=true").first.wait_for(timeout=30_000)
    check(page, "Vérifier")
    keep(page, "verifier.png")

    _nav(page, "Treemap")
    page.locator(".js-plotly-plot .treemaplayer path").first.wait_for(timeout=60_000)
    check(page, "Treemap")
    assert "Immobilisations" in shown_text(page) and "\u00a0€" in shown_text(page)  # the tiles' texts are read
    keep(page, "treemap.png")
    page.locator('[data-testid="stMultiSelect"] input:visible').first.click()
    page.get_by_role("option", name="libelle_article").first.click()  # a third level: the list is then full
    page.wait_for_timeout(1500)
    page.locator('[data-testid="stMultiSelect"] input:visible').first.click()
    page.get_by_text("Vous pouvez choisir 3 options au plus").first.wait_for(timeout=10_000)
    check(page, "Treemap, liste pleine")
    page.keyboard.press("Escape")
    filters = page.locator('[data-testid="stExpander"]', has_text="Filtrer les lignes").first
    columns = filters.locator('[data-testid="stMultiSelect"] input').first
    if not columns.is_visible():
        filters.get_by_text("Filtrer les lignes").first.click()
    columns.wait_for(timeout=10_000)
    page.wait_for_timeout(1000)  # the page may still be running after the expander opened
    columns.click()
    page.get_by_text("Tout sélectionner").first.wait_for(timeout=10_000)
    check(page, "Treemap, liste ouverte")
    keep(page, "multiselect.png")
    page.keyboard.press("Escape")

    _nav(page, "Exporter")
    page.get_by_text("fiche de contextualisation").first.wait_for(timeout=60_000)
    check(page, "Exporter")

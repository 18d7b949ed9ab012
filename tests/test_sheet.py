"""The context sheet: built from each sample dataset in Markdown, HTML and PDF, content checked; hostile text
in every field prints as text; treemap alt text; colour contrast and colour-blind checks."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from viz.charts.access import AA_TEXT, check_palette, contrast, text_colour
from viz.charts.treemap import OTHER_COLOUR, PALETTES, TreemapSpec, build, suggest
from viz.charts.treemap_alt import alt_text
from viz.checks import run_checks
from viz.export.sheet import LIST_FIELDS, TEXT_FIELDS, Sheet, build_sheet, file_stem, merge_edits
from viz.export.sheet_pdf import to_pdf
from viz.export.sheet_render import md, to_html, to_markdown
from viz.io import load, load_bytes

SAMPLES = Path(__file__).resolve().parents[1] / "sample_data"
HOSTILE = '<script>alert(1)</script> =HYPERLINK("http://evil.example/x") [clic](javascript:alert(2)) ```'


def pdf_text(data: bytes, tmp_path: Path) -> str:
    """Text of a PDF through poppler's pdftotext (skips when poppler-utils is absent)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext absent (apt-get install poppler-utils)")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def session(name: str):
    """A sample loaded like the studio does, its suggested fixes applied, and its suggested treemap."""
    ds = load(SAMPLES / name)
    ds.meta.title, ds.meta.producer = f"Exemple {name}", "Ville de Bellerive-sur-Durance"
    ds.meta.licence, ds.meta.source_url = "Licence Ouverte 2.0", "https://www.data.gouv.fr/fr/datasets/exemple/"
    for finding in run_checks(ds):
        if finding.fix is not None and finding.code != "quality.empty_column":
            ds.with_step(finding.fix)
    spec = suggest(ds.working(), ds.read.decimal, ds.read.thousands, title=ds.meta.title)
    return ds, [("treemap", spec.to_dict())]


@pytest.fixture(scope="module", params=sorted(p.name for p in SAMPLES.glob("*.csv")))
def built(request):
    ds, charts = session(request.param)
    findings = run_checks(ds)
    return ds, findings, build_sheet(ds, findings, charts, lang="fr")


def test_sheet_fields_are_prefilled_from_the_session(built) -> None:
    ds, findings, sheet = built
    assert sheet.dataset_title == ds.meta.title and sheet.producer == ds.meta.producer
    assert sheet.rows == len(ds.working()) and [c.name for c in sheet.columns] == list(ds.working().columns)
    assert len(sheet.steps) == len(ds.steps) >= 1
    assert sheet.steps[0] == ds.steps[0].label_fr
    assert len(sheet.checks) == len(findings)
    assert all(f.code in " ".join(sheet.checks) for f in findings)
    chart = sheet.charts[0]
    assert chart.kind == "treemap" and chart.alt.startswith("Treemap « Exemple")
    assert "Total dessiné" in chart.alt and chart.table[0][-2:] == ["Part du total", "Postes regroupés"]
    assert "WCAG AA" in chart.access
    assert sheet.reuse["type"] == "visualization" and sheet.reuse["datasets"] == [ds.meta.source_url]


def test_markdown_sheet(built) -> None:
    _ds, _f, sheet = built
    text = to_markdown(sheet)
    for heading in ("## En bref", "## Les données", "## Contrôles effectués", "## Transformations appliquées",
                    "## Graphiques", "## Chiffres clés", "## Limites et précautions", "## Citer les données"):
        assert heading in text
    assert "- **Producteur** : Ville de Bellerive-sur-Durance" in text
    assert "<https://www.data.gouv.fr/fr/datasets/exemple/>" in text
    assert md(sheet.steps[0]) in text
    reuse = json.loads(text.split("```json\n", 1)[1].split("\n```", 1)[0])
    assert reuse["title"] == sheet.title and reuse["topic"] == "others"
    if sheet.charts[0].png:
        assert "](data:image/png;base64," in text


def test_html_sheet_is_self_contained(built) -> None:
    _ds, _f, sheet = built
    page = to_html(sheet)
    assert page.startswith("<!DOCTYPE html>") and 'lang="fr"' in page
    assert "<script" not in page.lower() and "<link" not in page.lower()
    assert not re.search(r"""(src|href)=["'](?!data:|https://www\.data\.gouv\.fr)""", page)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    if sheet.charts[0].png:
        assert '<img src="data:image/png;base64,' in page and 'alt="Treemap' in page
    else:
        assert "Chromium absent" in page
    assert "<caption>Données du graphique</caption>" in page


def test_pdf_sheet_prints_french_text(built, tmp_path: Path) -> None:
    _ds, _f, sheet = built
    data = to_pdf(sheet)
    assert data.startswith(b"%PDF")
    text = " ".join(pdf_text(data, tmp_path).split())
    assert "Fiche de contextualisation" in text and "Limites et précautions" in text
    assert "Transformations appliquées" in text and "Réutilisation data.gouv.fr" in text
    assert "Texte alternatif" in text


def hostile_session():
    """A file whose column names, labels and metadata all carry hostile text."""
    rows = ["nature;libelle;montant", f"Dépense;{HOSTILE};1 000", "Dépense;Personnel;5 000",
            "Recette;=HYPERLINK(\"http://x\");2 000", "Recette;Impôts;9 000"]
    ds = load_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8"), "hostile.csv")
    ds.meta.title = ds.meta.producer = ds.meta.licence = ds.meta.published = HOSTILE
    ds.meta.source_url = "javascript:alert(3)"
    spec = TreemapSpec(labels=["nature", "libelle"], value="montant", title=HOSTILE, source=HOSTILE)
    return ds, [("treemap", spec.to_dict())]


def hostile_sheet() -> Sheet:
    ds, charts = hostile_session()
    sheet = build_sheet(ds, run_checks(ds), charts, images=False)
    sheet.edit(**{name: HOSTILE for name in TEXT_FIELDS}, **{name: [HOSTILE, HOSTILE] for name in LIST_FIELDS})
    sheet.reuse.update(url="javascript:alert(4)", tags=[HOSTILE], topic=HOSTILE)
    for chart in sheet.charts:
        chart.title = chart.reading = chart.alt = chart.access = HOSTILE
        chart.caveats = [HOSTILE]
    return sheet


def test_hostile_text_in_every_field_stays_text_in_html() -> None:
    page = to_html(hostile_sheet())
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "javascript:" not in re.sub(r">[^<]*<", "><", page)  # only in text nodes, never in an attribute
    assert 'href="javascript' not in page and "=HYPERLINK(&quot;http://evil.example/x&quot;)" in page


def test_hostile_text_in_every_field_stays_text_in_markdown() -> None:
    text = to_markdown(hostile_sheet())
    fence = re.search(r"^(`{3,})json$", text, re.M).group(1)
    prose = text.split(f"{fence}json")[0]  # the JSON block is code: shown as is, never rendered
    assert "<script>" not in text and "\\<script\\>alert(1)\\</script\\>" in prose
    assert not re.search(r"(?<!\\)\]\(javascript:", prose) and "<javascript:" not in text
    assert len(fence) > 3  # longer than the ``` inside the values: the JSON block cannot be closed early
    reuse = json.loads(text.split(f"{fence}json\n", 1)[1].split(f"\n{fence}", 1)[0])
    assert reuse["title"] == HOSTILE and reuse["url"] == "javascript:alert(4)"


def test_hostile_text_prints_as_text_in_pdf(tmp_path: Path) -> None:
    text = pdf_text(to_pdf(hostile_sheet()), tmp_path)
    assert "<script>alert(1)</script>" in text and '=HYPERLINK("http://evil.example/x")' in text


def test_edits_survive_a_rebuild() -> None:
    ds, charts = session("budget_primitif_2025.csv")
    first = build_sheet(ds, [], charts, images=False)
    first.edit(title="Où va l'argent de Bellerive ?", caveats="Ligne 1\n\nLigne 2\n")
    first.charts[0].alt = "Texte revu à la main"
    again = merge_edits(build_sheet(ds, [], charts, images=False), Sheet.from_dict(first.to_dict()))
    assert again.title == "Où va l'argent de Bellerive ?" and again.caveats == ["Ligne 1", "Ligne 2"]
    assert again.charts[0].alt == "Texte revu à la main" and again.charts[0].table == first.charts[0].table


def test_treemap_alt_text_names_shares_filter_and_other() -> None:
    ds = load(SAMPLES / "budget_primitif_2025.csv")
    spec = TreemapSpec(labels=["libelle_chapitre"], value="montant_prevu", title="Dépenses 2025",
                       filters={"sens": ["Dépense"], "section": ["Fonctionnement"]}, decimal=",")
    text = alt_text(build(ds.working(), spec))
    assert text.startswith("Treemap « Dépenses 2025 » : « montant_prevu » par « libelle_chapitre »")
    assert "Filtre appliqué : sens = Dépense ; section = Fonctionnement" in text
    assert "Plus grandes parts : Charges de personnel et frais assimilés" in text
    assert re.search(r"« Autre \(\d+ postes\) » pèse [\d,]+\u00a0% du total et regroupe ", text)
    assert "ne sont pas dessinées" in text  # the zero and negative amounts


def test_contrast_and_text_colour() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert text_colour("#0072B2") == "#FFFFFF" and text_colour("#F0E442") == "#000000"
    for name, colours in PALETTES.items():
        check = check_palette(name, colours + (OTHER_COLOUR,))
        assert check.text_ok and check.min_text_contrast >= AA_TEXT
        assert not check.hard_visions(), (name, check.closest)
    reds = check_palette("rouge-vert", ("#D62728", "#2CA02C"))  # matplotlib's red and green
    assert "deutan" in reds.hard_visions() and "normal" not in reds.hard_visions()


def test_treemap_tiles_get_readable_text() -> None:
    ds = load(SAMPLES / "budget_primitif_2025.csv")
    trace = build(ds.working(), suggest(ds.working(), ",", None)).figure.data[0]
    tiles, texts = trace.marker.colors, trace.textfont.color
    assert len(tiles) == len(texts) > 10
    assert all(contrast(tile, text) >= AA_TEXT for tile, text in zip(tiles, texts))
    assert {"#000000", "#FFFFFF"} == set(texts)


def test_coverage_placeholders_and_citation() -> None:
    ds = load(SAMPLES / "lieux_inclusion_numerique_paca.csv")
    ds.meta.licence = "Licence Ouverte 2.0"
    sheet = build_sheet(ds, [], [], images=False)
    assert "communes (code_insee)" in sheet.spatial and "lignes géolocalisées" in sheet.spatial
    assert sheet.temporal.endswith("2024 (date_maj)")
    assert sheet.citation.endswith(", Licence Ouverte 2.0.") and "licence Licence" not in sheet.citation
    rows = "commune;montant;date\r\nArles;NC;2024-01-02\r\nNîmes;1 200;-\r\nGap;N/A;2024-03-04\r\n"
    filler = build_sheet(load_bytes(rows.encode("utf-8"), "f.csv"), [], [], images=False)
    assert "3 cellules contiennent une valeur de remplissage : « NC », « N/A » dans « montant » (2), « - » dans " \
           "« date » (1)." in filler.caveats


def test_download_names_are_sanitised() -> None:
    assert file_stem("budget_primitif_2025.csv") == "budget_primitif_2025"
    assert file_stem("../../etc/passwd") == "passwd"
    assert file_stem('C:\\Users\\x\\"fiche"<script>.csv') == "fiche_script"
    assert file_stem("Données été 2024.xlsx") == "Données_été_2024"
    assert file_stem("\r\n.csv") == "donnees" and len(file_stem("a" * 500 + ".csv")) == 60


def test_departements_chart_in_the_sheet_and_the_project() -> None:
    """Any chart kind of the registry: the départements bars get alt text, a data table, caveats, a round trip."""
    from viz.charts.departements import DepartementsSpec
    from viz.project import load_project, save_project
    ds = load(SAMPLES / "lieux_inclusion_numerique_paca.csv")
    charts = [("departements", DepartementsSpec(kind="bars", title="Lieux par département").to_dict()),
              ("departements", DepartementsSpec(kind="map", title="Carte").to_dict())]
    sheet = build_sheet(ds, [], charts, images=False)
    bars, choropleth = sheet.charts
    assert bars.alt.startswith("Diagramme en barres « Lieux par département » : nombre de lignes par département")
    assert "Les plus élevés : Bouches-du-Rhône (13)" in bars.alt and choropleth.alt.startswith("Carte des départements")
    assert bars.table[0] == ["Code", "Département", "Valeur"] and bars.table[1][:2] == ["13", "Bouches-du-Rhône"]
    assert bars.reading.startswith("Une barre") and any("placées dans un département" in c for c in sheet.caveats)
    assert "Diagramme en barres" in to_markdown(sheet) and "<caption>Données du graphique</caption>" in to_html(sheet)
    loaded = load_project(save_project(ds, charts))
    assert loaded.charts == charts


def test_chart_html_export_carries_alt_text_and_table() -> None:
    from viz.charts.treemap_alt import data_table
    from viz.export import images
    from viz.export.sheet_render import html_table
    ds, charts = hostile_session()
    result = build(ds.working(), TreemapSpec.from_dict(charts[0][1]))
    table = data_table(result).astype("str")
    page = images.to_html(result.figure, "Titre", alt=alt_text(result),
                          table_html=html_table([list(table.columns)] + table.values.tolist())).decode("utf-8")
    assert 'aria-describedby="alt-text"' in page and '<p id="alt-text">Treemap « &lt;script&gt;alert(1)' in page
    tail = page.split('<p id="alt-text">', 1)[1]
    assert "<script" not in tail and "<td>&lt;script&gt;alert(1)&lt;/script&gt;" in tail


def test_inert_markdown_keeps_the_spaces_of_french_numbers():
    """Line breaks fold, but the no-break spaces of « 1 500 € » stay (a number is never cut at the line end)."""
    from viz.export.sheet_render import md
    assert md("Total :\n1\u202f500\u00a0€ **net**") == "Total : 1\u202f500\u00a0€ \\*\\*net\\*\\*"

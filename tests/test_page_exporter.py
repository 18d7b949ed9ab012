"""The Exporter page driven by AppTest: fields pre-filled and editable, preview, downloads, project load/save."""
from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from viz.charts.treemap import TreemapSpec
from viz.io import load, load_bytes
from viz.project import save_project

ROOT = Path(__file__).resolve().parents[1]
PAGE = str(ROOT / "pages" / "exporter.py")
BUDGET = ROOT / "sample_data" / "budget_primitif_2025.csv"


def open_page(dataset, **state) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=180)
    at.session_state["dataset"] = dataset
    for key, value in state.items():
        at.session_state[key] = value
    return at.run()


def preview(at: AppTest) -> str:
    return at.get("iframe")[0].proto.srcdoc


def field(at: AppTest, label: str):
    return next(w for w in [*at.text_input, *at.text_area] if w.label == label)


def test_prefilled_editable_previewed() -> None:
    ds = load(BUDGET)
    ds.meta.producer = "Ville de Bellerive-sur-Durance"
    at = open_page(ds)
    assert not at.exception and not at.error
    assert "Aucun graphique dans la session" in at.info[0].value
    assert field(at, "Titre de la fiche").value == "Fiche de contextualisation : budget_primitif_2025.csv"
    assert field(at, "Producteur").value == "Ville de Bellerive-sur-Durance"
    assert "Treemap" in field(at, "Texte alternatif").value
    assert [b.label for b in at.get("download_button")][:3] == ["Fiche Markdown", "Fiche HTML (autonome)",
                                                                "Fiche PDF"]
    field(at, "Titre de la fiche").input("Le budget <b>2025</b> expliqué").run()
    page = preview(at)
    assert "<h1>Le budget &lt;b&gt;2025&lt;/b&gt; expliqué</h1>" in page and "<script" not in page
    assert "Ville de Bellerive-sur-Durance" in page
    json_blocks = [c.value for c in at.code]
    assert json.loads(json_blocks[0])["title"] == "Le budget <b>2025</b> expliqué"


def test_session_chart_is_used() -> None:
    ds = load(BUDGET)
    spec = TreemapSpec(labels=["libelle_chapitre"], value="montant_prevu", title="Par chapitre",
                       filters={"sens": ["Dépense"]}, decimal=",")
    at = open_page(ds, treemap_spec=spec.to_dict())
    assert not at.exception and not at.info
    alt = field(at, "Texte alternatif").value
    assert alt.startswith("Treemap « Par chapitre »") and "Filtre appliqué : sens = Dépense" in alt


def test_project_file_loads_back_and_bad_ones_are_refused() -> None:
    ds = load(BUDGET)
    ds.meta.title = "Budget sauvegardé"
    spec = TreemapSpec(labels=["section"], value="montant_prevu", decimal=",", title="Sections")
    data = save_project(ds, [("treemap", spec.to_dict())])
    at = open_page(load_bytes(b"a;b\r\n1;2\r\n", "autre.csv"))
    at.get("file_uploader")[0].set_value(("projet.json", data, "application/json")).run()
    assert not at.exception and "Projet « projet.json » ouvert" in at.success[0].value
    assert at.session_state["dataset"].meta.title == "Budget sauvegardé"
    assert at.session_state["treemap_spec"]["labels"] == ["section"]
    assert at.session_state["tm_labels"] == ["section"]
    assert field(at, "Titre du jeu de données").value == "Budget sauvegardé"
    bad = json.dumps({"format": "viz-project", "version": 2}).encode()
    at.get("file_uploader")[0].set_value(("vieux.json", bad, "application/json")).run()
    assert "Ce projet est en version 2 ; ce studio lit la version 1." in at.error[0].value
    assert at.session_state["dataset"].meta.title == "Budget sauvegardé"  # unchanged


def test_departements_page_says_its_chart_in_words() -> None:
    """Accessibility on every chart page: the Départements page shows the alt text and the colour check."""
    at = AppTest.from_file(str(ROOT / "pages" / "departements.py"), default_timeout=180)
    at.session_state["dataset"] = load(ROOT / "sample_data" / "lieux_inclusion_numerique_paca.csv")
    at.run()
    assert not at.exception
    texts = " ".join(m.value for m in at.markdown)
    assert "par département" in texts and "Bouches-du-Rhône (13)" in texts

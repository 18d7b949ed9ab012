"""AppTest of the home and Importer pages: default sample, upload, bad upload, overriding a guess."""
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.fixtures import communes_csv_latin1, xlsx
from viz.io import load_bytes


def importer(dataset=None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages/importer.py"), default_timeout=60)
    if dataset is not None:
        at.session_state["dataset"] = dataset
    return at.run()


def test_upload_latin1_csv_shows_kinds_and_preview():
    at = importer()
    at.file_uploader[0].set_value(("communes.csv", communes_csv_latin1(), "text/csv")).run()
    assert not at.exception
    ds = at.session_state["dataset"]
    assert ds.read.filename == "communes.csv" and ds.read.encoding == "cp1252"
    kinds = at.dataframe[0].value
    assert list(kinds.iloc[:, 1])[:4] == ["code commune INSEE", "nom de commune", "code postal", "code département"]
    preview = at.dataframe[1].value
    assert list(preview["code_insee"]) == ["01053", "2A004", "04070", "13055", "06088"]
    assert list(preview.index) == [2, 3, 4, 5, 6]  # rows numbered as a spreadsheet shows them
    assert any("cp1252" in c.value for c in at.caption)


def test_bad_upload_says_why_and_keeps_the_previous_dataset():
    at = importer(load_bytes(communes_csv_latin1(), "communes.csv"))
    at.file_uploader[0].set_value(("photo.csv", b"\x89PNG\r\n\x1a\n" + bytes(100), "text/csv")).run()
    assert not at.exception
    assert any("image PNG" in e.value for e in at.error)
    assert any("précédent reste chargé" in i.value for i in at.info)
    assert at.session_state["dataset"].read.filename == "communes.csv"


def test_overriding_the_separator_rereads_the_file():
    at = importer(load_bytes(communes_csv_latin1(), "communes.csv"))
    sha = at.session_state["dataset"].read.sha256[:12]
    sep_box = at.selectbox(key=f"opt_separator_{sha}")
    assert sep_box.value == ";"
    sep_box.set_value(",").run()
    assert not at.exception
    ds = at.session_state["dataset"]
    assert ds.read.separator == "," and ds.original.shape[1] != 7


def test_sheet_choice_for_workbooks():
    data = xlsx({"Budget": [["chapitre", "montant"], ["011", 1200.5]], "Notes": [["texte"], ["Source"]]})
    at = importer(load_bytes(data, "budget.xlsx"))
    sheet = at.selectbox(key=f"opt_sheet_{at.session_state['dataset'].read.sha256[:12]}")
    assert sheet.options == ["Budget", "Notes"]
    sheet.set_value("Notes").run()
    assert at.session_state["dataset"].read.sheet == "Notes"
    assert list(at.session_state["dataset"].original.columns) == ["texte"]


def test_a_new_upload_gets_fresh_guesses_not_the_previous_overrides():
    at = importer(load_bytes(communes_csv_latin1(), "communes.csv"))
    sha = at.session_state["dataset"].read.sha256[:12]
    at.selectbox(key=f"opt_separator_{sha}").set_value(",").run()
    other = "nom|ville\nMairie|Gap\n".encode()
    at.file_uploader[0].set_value(("pipes.csv", other, "text/csv")).run()
    ds = at.session_state["dataset"]
    assert ds.read.filename == "pipes.csv" and ds.read.separator == "|"
    assert list(ds.original.columns) == ["nom", "ville"]


def test_english_interface():
    at = AppTest.from_file(str(ROOT / "pages/importer.py"), default_timeout=60)
    at.session_state["dataset"] = load_bytes(communes_csv_latin1(), "communes.csv")
    at.session_state["lang"] = "en"
    at.run()
    assert at.title[0].value == "Import data"
    assert list(at.dataframe[0].value.iloc[:, 1])[:2] == ["INSEE commune code", "commune name"]


def test_home_page_runs():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state["dataset"] = load_bytes(communes_csv_latin1(), "communes.csv")
    at.run()
    assert not at.exception
    assert at.title[0].value == "Studio de valorisation des données ouvertes"
    assert [m.value for m in at.metric][:2] == ["5", "7"]


def test_sidebar_names_the_uploaded_file_in_the_same_run():
    at = importer()
    assert any("budget_primitif_2025.csv" in c.value for c in at.sidebar.caption)
    at.file_uploader[0].set_value(("communes.csv", communes_csv_latin1(), "text/csv")).run()
    captions = [c.value for c in at.sidebar.caption]
    assert any("communes.csv" in c for c in captions), captions
    assert not any("budget_primitif_2025.csv" in c for c in captions)

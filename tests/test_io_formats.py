"""XLSX/ODS, JSON, GeoJSON and budget XML readers, on fixtures built in code."""
import io
import json

import pandas as pd
import pytest

from tests.fixtures import budget_xml, geojson_points, xlsx
from viz.io import LoadError, LoadOptions, load_bytes


def test_xlsx_first_sheet_numbers_and_dates_as_people_see_them():
    import datetime as dt
    data = xlsx({"Subventions": [["idBeneficiaire", "montant", "dateConvention", "nom"],
                                 [82772807200014, 30000, dt.datetime(2017, 6, 27), "LAVAL AERO SHOW  "],
                                 [317626745, 1500.5, "27/06/2017", None]],
                 "Notes": [["texte"], ["Source : département"]]})
    ds = load_bytes(data, "subventions.xlsx")
    assert ds.read.format == "xlsx" and ds.read.sheet == "Subventions"
    assert ds.read.sheets == ("Subventions", "Notes")
    assert list(ds.original["idBeneficiaire"]) == ["82772807200014", "317626745"]
    assert list(ds.original["montant"]) == ["30000", "1500.5"]
    assert list(ds.original["dateConvention"]) == ["2017-06-27", "27/06/2017"]
    assert ds.original.loc[0, "nom"] == "LAVAL AERO SHOW  " and ds.original.loc[1, "nom"] == ""
    other = load_bytes(data, "subventions.xlsx", LoadOptions(sheet="Notes"))
    assert list(other.original["texte"]) == ["Source : département"]


def test_xlsx_unknown_or_empty_sheet():
    data = xlsx({"Feuil1": [], "Feuil2": [["a"], ["1"]]})
    with pytest.raises(LoadError) as err:
        load_bytes(data, "x.xlsx")
    assert "Feuil1" in err.value.message("fr") and "vide" in err.value.message("fr")
    with pytest.raises(LoadError) as err:
        load_bytes(data, "x.xlsx", LoadOptions(sheet="Budget"))
    assert "Feuil1, Feuil2" in err.value.message("fr")


def test_ods_is_read():
    frame = pd.DataFrame({"code_insee": ["01053", "2A004"], "montant": ["1 234,5", "12"]})
    buf = io.BytesIO()
    frame.to_excel(buf, engine="odf", index=False, sheet_name="Communes")
    ds = load_bytes(buf.getvalue(), "communes.ods")
    assert ds.read.format == "ods" and ds.read.sheet == "Communes"
    assert list(ds.original["code_insee"]) == ["01053", "2A004"]


def test_broken_zip_renamed_xlsx():
    with pytest.raises(LoadError):
        load_bytes(b"PK\x03\x04" + b"\x00" * 50, "casse.xlsx")


@pytest.mark.parametrize("doc,key", [
    ([{"code": "01053", "nb": 12}, {"code": "2A004", "nb": None}], ""),
    ({"data": [{"code": "01053", "nb": 12}, {"code": "2A004"}]}, "data"),
    ({"total": 2, "records": [{"code": "01053", "nb": 12}, {"code": "2A004"}]}, "records"),
    ({"results": [{"code": "01053", "nb": 12}, {"code": "2A004"}], "next": None}, "results"),
])
def test_json_records_in_common_api_shapes(doc, key):
    ds = load_bytes(json.dumps(doc).encode(), "api.json")
    assert list(ds.original["code"]) == ["01053", "2A004"]
    assert list(ds.original["nb"]) == ["12", ""]
    assert bool(ds.read.notes) == bool(key)


def test_json_nested_values_are_flattened_once():
    doc = [{"nom": "Mairie", "adresse": {"cp": "04000", "ville": "Digne"}, "tags": ["a", "b"]}]
    ds = load_bytes(json.dumps(doc, ensure_ascii=False).encode(), "x.json")
    assert ds.original.loc[0, "adresse.cp"] == "04000"
    assert ds.original.loc[0, "tags"] == '["a", "b"]'


@pytest.mark.parametrize("data,fragment", [
    (b'[{"a": 1}, {"a": 2]', "ligne 1"),
    (b'{"a": 1, "b": 2}', "Aucune liste"),
    (b'[1, 2, 3]', "n° 1"),
])
def test_json_bad_input(data, fragment):
    with pytest.raises(LoadError) as err:
        load_bytes(data, "x.json")
    assert fragment in err.value.message("fr")


def test_geojson_points_become_columns():
    ds = load_bytes(geojson_points(), "lieux.geojson")
    assert ds.read.format == "geojson"
    assert list(ds.original["longitude"]) == ["5.9281", "7.262"]
    assert list(ds.original["latitude"]) == ["44.0925", "43.7102"]
    assert list(ds.original["departement"]) == ["04", "06"]
    assert ds.original.loc[1, "extra.etage"] == "2" and ds.original.loc[0, "extra.etage"] == ""


def test_budget_xml_lines_keep_codes_and_add_labels():
    ds = load_bytes(budget_xml(), "budget.xml")
    table = ds.original
    assert ds.read.format == "budget_xml" and ds.read.encoding == "iso-8859-1"
    assert len(table) == 3
    assert list(table["Nature"]) == ["6225", "001", "7311"]
    assert list(table["ContFon"]) == ["930", "001", "930"]
    assert list(table["Sens"]) == ["Dépense", "Dépense", "Recette"]
    assert table.loc[0, "Section"] == "Fonctionnement" and table.loc[0, "ChapitreFonctionnel"] == "Services généraux"
    assert table.loc[1, "Section"] == ""
    assert ds.meta.title == "COMMUNE DE SAINT-ÉTIENNE-DE-TINÉE — Budget primitif 2025"


def test_xml_bomb_is_refused():
    bomb = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            '<DocumentBudgetaire>&lol2;</DocumentBudgetaire>').encode()
    with pytest.raises(LoadError) as err:
        load_bytes(b'<?xml version="1.0"?>' + bomb, "bombe.xml")
    assert "bombe XML" in err.value.message("fr")


def test_external_entity_is_refused():
    xxe = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><DocumentBudgetaire>&x;</DocumentBudgetaire>'
    with pytest.raises(LoadError) as err:
        load_bytes(xxe, "xxe.xml")
    assert "sécurité" in err.value.message("fr")


@pytest.mark.parametrize("data,fragment", [
    (b'<?xml version="1.0"?><DocumentBudgetaire><Budget>', "ligne 1"),
    (b'<?xml version="1.0"?><factures><f/></factures>', "factures"),
    (b'<?xml version="1.0"?><DocumentBudgetaire><Budget/></DocumentBudgetaire>', "aucune ligne"),
])
def test_xml_bad_input(data, fragment):
    with pytest.raises(LoadError) as err:
        load_bytes(data, "x.xml")
    assert fragment in err.value.message("fr")


def test_xlsx_with_no_sheet_at_all():
    import re
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(xlsx({"A": [["x"], ["1"]]})))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in src.namelist():
            body = src.read(name)
            if name == "xl/workbook.xml":
                body = re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", body)
            archive.writestr(name, body)
    with pytest.raises(LoadError) as err:
        load_bytes(out.getvalue(), "vide.xlsx")
    assert err.value.message("fr") == "Le classeur ne contient aucune feuille."


def test_damaged_workbook_says_so_in_french():
    data = bytearray(xlsx({"Feuil1": [["nom", "montant"]] + [[f"Association {i}", i * 10] for i in range(200)]}))
    start = data.find(b"xl/worksheets/sheet1.xml") + 60
    for i in range(start, start + 40):  # corrupt the compressed sheet, keep the ZIP directory readable
        data[i] ^= 0x5A
    with pytest.raises(LoadError) as err:
        load_bytes(bytes(data), "abime.xlsx")
    assert err.value.key == "io.sheet.broken"
    assert err.value.message("fr").startswith("Le classeur est endommagé")


def test_workbooks_read_in_threads_leave_the_warning_filters_as_they_were():
    """Two workbooks read at once (diff, two sessions) never leave the process's warning filters in the other
    read's state: only the one filter for openpyxl's own warnings is added, once."""
    import warnings
    from concurrent.futures import ThreadPoolExecutor
    data = xlsx({"Feuil1": [["nom", "montant"]] + [[f"Association {i}", 100 * i] for i in range(200)]})
    load_bytes(data, "a.xlsx")
    before = list(warnings.filters)
    with ThreadPoolExecutor(max_workers=4) as pool:
        tables = list(pool.map(lambda i: load_bytes(data, f"{i}.xlsx").original.shape, range(16)))
    assert len(set(tables)) == 1
    assert warnings.filters == before
    assert any(f[0] == "ignore" and f[3] is not None and f[3].pattern.startswith("openpyxl") for f in before)

"""Files that look like what French portals publish, built in code (no binary fixtures in the repo)."""
from __future__ import annotations

import io
import json


def communes_csv_latin1() -> bytes:
    """`;` separator, cp1252, decimal commas with NBSP thousands, codes with leading zeros and Corsica."""
    rows = [
        "code_insee;nom_commune;code_postal;département;population;superficie_km2;budget_€",
        "01053;Bourg-en-Bresse;01000;01;41\u00a0365;23,86;52\u00a0340\u00a0112,50",
        "2A004;Ajaccio;20000;2A;71\u00a0361;82,03;98\u00a0112\u00a0004,00",
        "04070;Digne-les-Bains;04000;04;16\u00a0186;117,07;21\u00a0000\u00a0450,10",
        "13055;Marseille;13001;13;873\u00a0076;240,62;1\u00a0650\u00a0000\u00a0000,00",
        "06088;Nice;06000;06;348\u00a0085;71,92;850\u00a0340\u00a0112,00",
    ]
    return ("\r\n".join(rows) + "\r\n").encode("cp1252")


def budget_xml(lines: int = 3, extra: str = "") -> bytes:
    """A small TOTEM DocumentBudgetaire in ISO-8859-1, like the ones municipalities publish."""
    body = "".join(
        f"<LigneBudget><Nature V=\"{nat}\"/><Fonction V=\"0{i}0\"/><ContFon V=\"{cf}\"/><CodRD V=\"{rd}\"/>"
        f"<MtPrev V=\"{mt}\"/><MtReal V=\"{mt}\"/><OpBudg V=\"0\"/></LigneBudget>"
        for i, (nat, cf, rd, mt) in enumerate([("6225", "930", "D", "12000.00"), ("001", "001", "D", "5.50"),
                                               ("7311", "930", "R", "99000.10")][:lines]))
    doc = (f'<?xml version="1.0" encoding="ISO-8859-1"?>{extra}<DocumentBudgetaire xmlns="http://www.minefi.gouv.fr/cp/demat/docbudgetaire">'
           '<EnTeteDocBudgetaire><LibelleColl V="COMMUNE DE SAINT-ÉTIENNE-DE-TINÉE"/><IdColl V="21060120100015"/></EnTeteDocBudgetaire>'
           '<Budget><EnTeteBudget><Nomenclature V="M57-M57"/></EnTeteBudget><BlocBudget><NatDec V="01"/><Exer V="2025"/></BlocBudget>'
           f'{body}</Budget></DocumentBudgetaire>')
    return doc.encode("iso-8859-1")


def xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    """An XLSX workbook with the given sheets (openpyxl)."""
    import openpyxl
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def geojson_points() -> bytes:
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [5.9281, 44.0925]},
         "properties": {"nom": "France services Digne", "code_insee": "04070", "departement": "04"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [7.2620, 43.7102]},
         "properties": {"nom": "Médiathèque Nice", "code_insee": "06088", "departement": "06", "extra": {"etage": 2}}},
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()

"""The studio's schema findings equal frictionless' errors, as sets of (error type, row, field).

Legitimate differences, excluded below and why:
- exclusiveMinimum/exclusiveMaximum: frictionless 5.21 refuses them unless the descriptor is
  datapackage v2 ("requires datapackage v2" field-error); they are tested in test_schema.py.
- extra-label: frictionless leaves field_name empty; the studio names the label, mapped to "" here.
- Vendée file: mixed cp1252/UTF-8 lines. The studio decodes each line correctly; frictionless
  decodes the whole file with one codec, so accented enum values of the UTF-8 lines (rows 87+)
  become mojibake and fail `enum` there. We compare rows before 87 only.
"""
from __future__ import annotations

import json
from pathlib import Path

import frictionless
import pytest
from frictionless import formats

from viz.checks.schema import validate
from viz.io import load

NO_FIELD = {"extra-cell", "blank-row", "primary-key", "extra-label"}


def ours(path: Path, schema: dict) -> set[tuple[str, int, str]]:
    ds = load(path)
    out = set()
    for f in validate(ds.original, schema, ds.read):
        if f.severity != "error":
            continue
        kind = f.code.split(".", 1)[1]
        for row in f.rows:
            out.add((kind, row, "" if kind in NO_FIELD else f.column or ""))
    return out


def theirs(path: Path, schema: dict, separator: str, encoding: str | None) -> set[tuple[str, int, str]]:
    dialect = frictionless.Dialect(controls=[formats.CsvControl(delimiter=separator)])
    with frictionless.system.use_context(trusted=True):
        resource = frictionless.Resource(path=str(path.resolve()), schema=frictionless.Schema.from_descriptor(schema),
                                         dialect=dialect, encoding=encoding)
        report = frictionless.validate(resource, limit_errors=10**7)
    assert not [e for t in report.tasks for e in t.errors if e.type in ("schema-error", "source-error")]
    return {(e.type, getattr(e, "row_number", None) or 1, "" if e.type in NO_FIELD else getattr(e, "field_name", "") or "")
            for t in report.tasks for e in t.errors}


def compare(path: Path, schema: dict, max_row: int | None = None) -> set:
    read = load(path).read
    encoding = {"cp1252": "cp1252", "latin-1": "latin-1", "iso-8859-1": "latin-1"}.get(read.encoding or "", None)
    if read.encoding == "mixed":
        encoding = "cp1252"
    a, b = ours(path, schema), theirs(path, schema, read.separator, encoding)
    if max_row:
        a, b = {x for x in a if x[1] < max_row}, {x for x in b if x[1] < max_row}
    assert a == b, f"only studio: {sorted(a - b)[:10]} / only frictionless: {sorted(b - a)[:10]}"
    return a


REAL = [
    ("scdl-subventions/exemple_valide.csv", "scdl-subventions/schema.json", 0),
    ("scdl-subventions/exemple_invalide_erreurs_cellules.csv", "scdl-subventions/schema.json", 16),
    ("scdl-subventions/exemple_invalide_erreurs_colonnes.csv", "scdl-subventions/schema.json", 47),
    ("subventions-pays-de-la-loire/maine-et-loire-conventions.csv", "scdl-subventions/schema.json", 328),
    ("irve-statique/exemple-valide-statique.csv", "irve-statique/schema-statique.json", 0),
    ("mediation-numerique/exemple-valide.csv", "mediation-numerique/schema.json", 0),
]


@pytest.mark.parametrize("data,schema,expected", REAL)
def test_real_files_match_frictionless(realdata: Path, data: str, schema: str, expected: int) -> None:
    found = compare(realdata / data, json.loads((realdata / schema).read_text(encoding="utf-8")))
    assert len(found) == expected


def test_vendee_mixed_encoding_matches_before_utf8_lines(realdata: Path) -> None:
    found = compare(realdata / "subventions-pays-de-la-loire/vendee-2018-conventions.csv",
                    json.loads((realdata / "scdl-subventions/schema.json").read_text(encoding="utf-8")), max_row=87)
    assert any(kind == "extra-cell" for kind, _, _ in found)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_strings_patterns_lengths_enum_latin1(tmp_path: Path) -> None:
    schema = {"fields": [
        {"name": "siret", "type": "string", "constraints": {"required": True, "pattern": r"\d{14}"}},
        {"name": "code_insee", "type": "string", "constraints": {"pattern": "[0-9]{5}|2[AB][0-9]{3}"}},
        {"name": "nom", "type": "string", "constraints": {"minLength": 3, "maxLength": 12}},
        {"name": "nature", "type": "string", "constraints": {"enum": ["aide en numéraire", "aide en nature"]}},
    ]}
    text = ("siret;code_insee;nom;nature\n21860194600013;01053;Mairie;aide en nature\n"
            "2186019460001;1053;Élé;aide en numéraire\n;2A004;Association sportive de Bourg;numéraire\n"
            "21860194600013;2B;Yo;aide en nature\n")
    found = compare(write(tmp_path, "s.csv", text, "latin-1"), schema)
    assert ("constraint-error", 3, "siret") in found and ("constraint-error", 4, "siret") in found
    assert ("constraint-error", 5, "code_insee") in found and ("constraint-error", 4, "nature") in found


def test_numbers_integers_decimal_comma_and_bounds(tmp_path: Path) -> None:
    schema = {"fields": [
        {"name": "montant", "type": "number", "decimalChar": ",", "groupChar": " ",
         "constraints": {"minimum": 0, "maximum": 1000000}},
        {"name": "taux", "type": "number", "constraints": {"minimum": 0, "maximum": 0.5}},
        {"name": "agents", "type": "integer", "constraints": {"enum": [1, 2, 3, 10]}},
        {"name": "prix", "type": "number", "bareNumber": False},
        {"name": "n", "type": "integer", "bareNumber": False, "constraints": {"minimum": 5}},
    ]}
    text = ("montant;taux;agents;prix;n\n1 234,56;0.5;1;12.5 €;10 pers\n2000000;1;4;€ 3;3\n"
            "12.5;0;2.0;abc;x\n-3;nan;+3; 7 ;1_0\n 5,5 ;1e-1;10;-;7\n")
    found = compare(write(tmp_path, "n.csv", text), schema)
    assert ("type-error", 4, "montant") in found and ("constraint-error", 3, "montant") in found
    assert ("type-error", 4, "agents") in found


def test_booleans_dates_times_years(tmp_path: Path) -> None:
    schema = {"fields": [
        {"name": "ess", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"]},
        {"name": "actif", "type": "boolean"},
        {"name": "date", "type": "date", "constraints": {"minimum": "2018-01-01"}},
        {"name": "date_fr", "type": "date", "format": "%d/%m/%Y"},
        {"name": "horodatage", "type": "datetime"},
        {"name": "heure", "type": "time"},
        {"name": "annee", "type": "year", "constraints": {"maximum": 2030}},
        {"name": "mois", "type": "yearmonth"},
    ]}
    text = ("ess;actif;date;date_fr;horodatage;heure;annee;mois\n"
            "oui;true;2019-02-28;31/12/2019;2019-02-28T10:00:00Z;10:00:00;2019;2019-02\n"
            "Oui;yes;2019-02-30;2019-12-31;2019-02-28 10:00;25:00:00;19;2019-13\n"
            "non;0;2017-05-01;1/2/2019;2019-02-28T10:00:00+01:00;08:30:00+02:00;2031;2019-1\n"
            "non;FALSE;0000-01-01;29/02/2019;2019-02-28T10:00:00.123;8:30:00;2020;x\n")
    found = compare(write(tmp_path, "d.csv", text), schema)
    assert ("type-error", 3, "date") in found and ("constraint-error", 4, "date") in found


def test_email_uri_uuid_json_geopoint_duration(tmp_path: Path) -> None:
    schema = {"fields": [
        {"name": "email", "type": "string", "format": "email"},
        {"name": "site", "type": "string", "format": "uri"},
        {"name": "uid", "type": "string", "format": "uuid"},
        {"name": "xy", "type": "geopoint", "format": "array"},
        {"name": "pt", "type": "geopoint"},
        {"name": "tags", "type": "array", "constraints": {"maxLength": 2}},
        {"name": "meta", "type": "object"},
        {"name": "duree", "type": "duration"},
    ]}
    text = ('email,site,uid,xy,pt,tags,meta,duree\n'
            'contact@mairie.fr,https://www.mairie.fr,2bc1c94f-0deb-43e9-92a1-4775189ec9f8,"[2.35, 48.85]","2.35,48.85",'
            '"[1,2]","{""a"": 1}",P1Y\n'
            'contact@,www.mairie.fr,2bc1c94f,"[200, 48]","2.35;48.85","[1,2,3]","[1]",1 an\n'
            'élu@mairie.fr,mailto:a@b.fr,2BC1C94F0DEB43E992A14775189EC9F8,"{""lon"": 1}",abc,x,"{}",PT3H\n')
    found = compare(write(tmp_path, "e.csv", text), schema)
    assert ("type-error", 3, "email") in found and ("constraint-error", 3, "tags") in found


def test_header_ragged_blank_unique_primary_key(tmp_path: Path) -> None:
    schema = {"primaryKey": ["id", "annee"], "missingValues": ["", "NA"], "fields": [
        {"name": "id", "type": "integer", "constraints": {"required": True}},
        {"name": "annee", "type": "year"},
        {"name": "code", "type": "string", "constraints": {"unique": True}},
        {"name": "nom", "type": "string"},
        {"name": "absente", "type": "string"},
    ]}
    text = ("id;annee;code;Nom\n1;2020;A;x\n1;2020;B;y\n2;2020;A;z\n;;;\nNA;NA;C\n3;2021;D;w;extra;encore\n"
            "4;2021;E;v\n")
    found = compare(write(tmp_path, "h.csv", text), schema)
    assert ("blank-row", 5, "") in found and ("primary-key", 3, "") in found
    assert ("missing-label", 1, "absente") in found and ("incorrect-label", 1, "nom") in found
    assert ("unique-error", 4, "code") in found and ("missing-cell", 6, "nom") in found
    assert ("extra-cell", 7, "") in found and ("primary-key", 5, "") in found


def test_extra_labels_and_any_columns(tmp_path: Path) -> None:
    schema = {"fields": [{"name": "a", "type": "integer"}, {"name": "b", "type": "string", "constraints": {"required": True}}]}
    text = "a;b;c;d\n1;x;3;4\nz;;;\n5;y;6;\n"
    found = compare(write(tmp_path, "x.csv", text), schema)
    assert ("extra-label", 1, "") in found and ("type-error", 3, "a") in found


def test_field_missing_values_and_python_only_pattern(tmp_path: Path) -> None:
    schema = {"fields": [
        {"name": "code", "type": "string", "missingValues": ["-"], "constraints": {"required": True,
                                                                               "pattern": r"(?!00)\d{2}"}},
        {"name": "v", "type": "number", "constraints": {"enum": ["1.5", 2]}},
    ]}
    text = "code,v\n01,1.50\n00,2\n-,3\n,2.0\n"
    found = compare(write(tmp_path, "m.csv", text), schema)
    assert ("constraint-error", 3, "code") in found and ("constraint-error", 4, "code") in found


def test_cp1252_semicolon_required_enum_and_lists(tmp_path: Path) -> None:
    schema = {"fields": [
        {"name": "commune", "type": "string", "constraints": {"required": True, "maxLength": 20}},
        {"name": "catégorie", "type": "string", "constraints": {"enum": ["Équipement", "Mairie"]}},
        {"name": "coût", "type": "number", "decimalChar": ",", "constraints": {"minimum": 0}},
        {"name": "jours", "type": "list", "itemType": "integer", "delimiter": "|"},
    ]}
    text = ("commune;catégorie;coût;jours\nSaint-Étienne;Équipement;12,5;1|2\nBourg-en-Bresse;Equipement;-1;1|x\n"
            ";Mairie;3.5;\nChâteauneuf-sur-Loire-et-Cher;Mairie;1 000;7\n")
    found = compare(write(tmp_path, "c.csv", text, "cp1252"), schema)
    assert ("constraint-error", 3, "catégorie") in found and ("type-error", 4, "coût") in found


def test_columns_with_few_distinct_values_checked_once_per_value(tmp_path: Path) -> None:
    """300 rows of 10 distinct lines: each column is checked per distinct value, then spread to the rows."""
    schema = {"fields": [
        {"name": "siret", "type": "string", "constraints": {"required": True, "pattern": r"\d{14}"}},
        {"name": "nom", "type": "string", "constraints": {"minLength": 3, "maxLength": 12}},
        {"name": "nature", "type": "string", "constraints": {"enum": ["aide en numéraire", "aide en nature"]}},
        {"name": "montant", "type": "number", "decimalChar": ",", "groupChar": " ",
         "constraints": {"minimum": 0, "maximum": 1000000}},
        {"name": "agents", "type": "integer", "constraints": {"enum": [1, 2, 3, 10]}},
        {"name": "ess", "type": "boolean", "trueValues": ["oui"], "falseValues": ["non"]},
        {"name": "date", "type": "date", "constraints": {"minimum": "2018-01-01"}},
        {"name": "annee", "type": "year", "constraints": {"maximum": 2030}},
        {"name": "email", "type": "string", "format": "email"},
        {"name": "uid", "type": "string", "format": "uuid"},
    ]}
    lines = [("21860194600013;Mairie;aide en nature;1 234,56;1;oui;2019-02-28;2019;contact@mairie.fr;"
              "2bc1c94f-0deb-43e9-92a1-4775189ec9f8"),
             "2186019460001;Élé;aide en numéraire;2000000;4;Oui;2019-02-30;19;contact@;2bc1c94f",
             ";Association sportive de Bourg;numéraire;12.5;2.0;non;2017-05-01;2031;élu@mairie.fr;x",
             "21860194600013;Yo;aide en nature;-3;+3;non;0000-01-01;2020;a@b.fr;",
             "21860194600013;Club;;5,5;10;;2020-01-01;;;2BC1C94F-0DEB-43E9-92A1-4775189EC9F8"]
    rows = [lines[i % len(lines)] if i % 7 else lines[(i // 7) % len(lines)] for i in range(300)]
    text = "siret;nom;nature;montant;agents;ess;date;annee;email;uid\n" + "\n".join(rows) + "\n"
    found = compare(write(tmp_path, "few.csv", text), schema)
    assert len(found) > 600
    assert ("constraint-error", 3, "siret") in found and ("type-error", 3, "date") in found
    assert ("constraint-error", 4, "nature") in found and ("type-error", 3, "email") in found

"""Unit behaviour of viz.checks.schema and viz.schemas: messages, bad schemas, catalogue, suggestions."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from viz.checks.schema import validate
from viz.io import load_bytes
from viz.schemas import SchemaError, catalogue, load_schema, suggest


def table(**columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({k: pd.Series(v, dtype="str") for k, v in columns.items()})


def by_code(findings: list, code: str, constraint: str | None = None) -> list:
    return [f for f in findings if f.code == code and (constraint is None or f.constraint == constraint)]


def test_one_finding_per_column_and_constraint_with_french_message() -> None:
    data = ("idBeneficiaire;montant\n" + "\n".join(f"{'1234567890123' if i % 5 == 0 else '12345678901234'};{i},5"
                                                  for i in range(30)) + "\n").encode("latin-1")
    ds = load_bytes(data, "s.csv")
    schema = {"fields": [{"name": "idBeneficiaire", "type": "string", "constraints": {"pattern": r"^\d{14}$"}},
                         {"name": "montant", "type": "number", "decimalChar": ","}]}
    findings = validate(ds.original, schema, ds.read)
    pattern = by_code(findings, "schema.constraint-error", "pattern")
    assert len(pattern) == 1 and pattern[0].rows == [2, 7, 12, 17, 22, 27] and pattern[0].count == 6
    assert "La colonne « idBeneficiaire »" in pattern[0].message_fr and "14 chiffres" in pattern[0].message_fr
    assert "6 valeurs ne correspondent pas (lignes 2, 7, 12" in pattern[0].message_fr
    assert "exactly 14 digits" in pattern[0].message_en
    assert not by_code(findings, "schema.type-error")


def test_exclusive_bounds_and_numbers() -> None:
    schema = {"fields": [{"name": "taux", "type": "number", "constraints": {"exclusiveMinimum": 0, "exclusiveMaximum": 1}}]}
    findings = validate(table(taux=["0", "0.5", "1", "1e-3", "abc"]), schema)
    bounds = {f.constraint: f.rows for f in by_code(findings, "schema.constraint-error")}
    assert bounds == {"exclusiveMinimum": [2], "exclusiveMaximum": [4]}
    assert by_code(findings, "schema.type-error")[0].rows == [6]


def test_invalid_regex_gives_a_french_finding_and_the_rest_still_runs() -> None:
    schema = {"fields": [{"name": "code", "type": "string", "constraints": {"pattern": "([0-9]", "required": True}}]}
    findings = validate(table(code=["01", ""], nom=["a", "b"]), schema)
    invalid = by_code(findings, "schema.invalid-pattern")
    assert invalid and "motif" in invalid[0].message_fr and invalid[0].severity == "error"
    assert by_code(findings, "schema.constraint-error", "required")[0].rows == [3]


def test_unsupported_features_are_named_in_an_info_finding() -> None:
    schema = {"fields": [{"name": "geom", "type": "geojson"}, {"name": "a", "type": "string"}],
              "foreignKeys": [{"fields": "a", "reference": {"resource": "communes", "fields": "insee"}}],
              "custom_checks": []}
    findings = validate(table(geom=['{"type": "Point", "coordinates": [2.35, 48.85]}'], a=["x"]), schema)
    info = by_code(findings, "schema.unsupported")
    assert len(info) == 1 and info[0].severity == "info"
    for word in ("communes", "custom_checks"):
        assert word in info[0].message_fr
    assert "geojson" not in info[0].message_fr and not by_code(findings, "schema.type-error")


def test_constraint_not_allowed_for_its_type_is_a_schema_error() -> None:
    schema = {"fields": [{"name": "n", "type": "integer", "constraints": {"minLength": 2, "pattern": "[0-9]+"}}]}
    findings = by_code(validate(table(n=["1", "22"]), schema), "schema.field-error")
    assert {f.constraint for f in findings} == {"minLength", "pattern"}
    assert all(f.severity == "error" and "integer" in f.message_fr and "string" in f.message_fr for f in findings)


def test_self_referencing_foreign_key_and_array_items() -> None:
    schema = {"fields": [{"name": "id", "type": "integer"}, {"name": "parent", "type": "integer"},
                         {"name": "tags", "type": "array", "arrayItem": {"type": "string",
                                                                         "constraints": {"enum": ["a", "b"]}}}],
              "foreignKeys": [{"fields": "parent", "reference": {"resource": "", "fields": "id"}}]}
    findings = validate(table(id=["1", "2", "3"], parent=["", "1", "7"], tags=['["a"]', '["a", "c"]', "[1]"]), schema)
    assert [(f.code, f.rows) for f in by_code(findings, "schema.foreign-key")] == [("schema.foreign-key", [4])]
    assert by_code(findings, "schema.constraint-error", "enum")[0].rows == [3]
    assert by_code(findings, "schema.type-error")[0].rows == [4]


def test_fields_match_pairs_labels_by_name() -> None:
    fields = [{"name": "id", "type": "integer"}, {"name": "nom", "type": "string", "constraints": {"required": True}}]
    reordered = table(nom=["a", ""], id=["1", "x"], autre=["", ""])
    found = {(f.code, f.column) for f in validate(reordered, {"fields": fields, "fieldsMatch": "equal"})}
    assert found == {("schema.extra-label", "autre"), ("schema.type-error", "id"), ("schema.constraint-error", "nom")}
    assert [f.code for f in validate(reordered[["id"]], {"fields": fields[:1] + [{"name": "x"}], "fieldsMatch": "superset"})] == [
        "schema.type-error"]


def test_pattern_matches_the_whole_value() -> None:
    schema = {"fields": [{"name": "code", "type": "string", "constraints": {"pattern": "a|b"}}]}
    assert by_code(validate(table(code=["a", "b", "ab"]), schema), "schema.constraint-error", "pattern")[0].rows == [4]


def test_schema_matching_no_column_is_one_clear_error() -> None:
    findings = validate(table(Année=["2018"], CP=["72000"]), {"title": "Subventions", "fields": [{"name": "montant"}]})
    assert [f.code for f in findings] == ["schema.unmatched-header"]
    assert "Aucune colonne" in findings[0].message_fr and "« montant »" in findings[0].message_fr


def test_non_python_regex_features_fall_back_to_re() -> None:
    schema = {"fields": [{"name": "code", "type": "string", "constraints": {"pattern": r"(\d)\1"}}]}
    findings = validate(table(code=["11", "12", "22"]), schema)
    assert by_code(findings, "schema.constraint-error", "pattern")[0].rows == [3]


def test_million_row_speed_path_keeps_exact_results_for_odd_values() -> None:
    values = ["1", " 2 ", "1_000", "١٢", "+7", "3.0"] * 1000
    findings = validate(table(n=values), {"fields": [{"name": "n", "type": "integer"}]})
    bad_rows = by_code(findings, "schema.type-error")[0].rows
    assert bad_rows == [i + 2 for i, v in enumerate(values) if v == "3.0"]


def test_catalogue_and_load_schema(tmp_path: Path) -> None:
    ids = {info.id for info in catalogue()}
    assert {"scdl-subventions", "scdl-budget", "irve-statique", "mediation-numerique", "scdl-deliberations"} <= ids
    for info in catalogue():
        data = load_schema(info.id)
        assert data["_meta"]["source"].startswith("https://") and data["_meta"]["licence"]
        assert info.version and info.title_fr
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"fields": [{"name": "a"}]}), encoding="utf-8")
    assert load_schema(path)["fields"][0]["name"] == "a"
    assert load_schema(b'{"fields": [{"name": "b", "type": "integer"}]}')["fields"][0]["type"] == "integer"


@pytest.mark.parametrize("source,words", [
    (b'{"fields": [', "JSON valide"),
    (b'{"title": "x"}', "fields"),
    (b'{"fields": [{"name": "a"}, {"name": "a"}]}', "deux fois"),
    (b'{"fields": [{"name": "a", "type": "texte"}]}', "type inconnu"),
    ("pas-un-schema", "introuvable"),
])
def test_bad_schemas_raise_french_errors(source: bytes | str, words: str) -> None:
    with pytest.raises(SchemaError) as err:
        load_schema(source)
    assert words in err.value.message("fr")


def test_suggest_ranks_by_column_overlap(realdata: Path) -> None:
    ds = load_bytes((realdata / "scdl-subventions/exemple_valide.csv").read_bytes(), "x.csv")
    ranked = suggest(list(ds.original.columns))
    assert ranked[0][0].id == "scdl-subventions" and ranked[0][1] > 0.8
    assert suggest(["zzz"]) == []


def test_bundled_schema_agrees_with_official_on_official_example(realdata: Path) -> None:
    ds = load_bytes((realdata / "scdl-subventions/exemple_invalide_erreurs_cellules.csv").read_bytes(), "x.csv")
    ours = validate(ds.original, load_schema("scdl-subventions"), ds.read)
    official = validate(ds.original, json.loads((realdata / "scdl-subventions/schema.json").read_text()), ds.read)
    assert [(f.code, f.column, f.rows) for f in ours if f.severity == "error"] == \
        [(f.code, f.column, f.rows) for f in official if f.severity == "error"]


def test_distinct_value_path_gives_the_same_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bench.bench_check import SCHEMA, make_file
    from viz.checks import quality_facts, run_checks
    from viz.io import load
    data, _ = make_file(5000, tmp_path)
    ds = load(data)

    def summary() -> list:
        return [(f.code, f.column, f.constraint, f.rows, f.message_fr, f.message_en)
                for f in run_checks(ds, SCHEMA)]
    monkeypatch.setattr(quality_facts, "_FEW", 2.0)   # every column through its distinct values
    by_values = summary()
    monkeypatch.setattr(quality_facts, "_FEW", -1.0)  # every column row by row
    by_rows = summary()
    assert by_values == by_rows
    errors = [f for f in by_rows if f[0].startswith("schema.")]
    assert {f[1] for f in errors} == {f["name"] for f in SCHEMA["fields"]}
    assert sum(len(f[3]) for f in errors) >= 0.015 * 5000


def test_blank_lines_and_title_lines_keep_the_row_numbers_of_the_file() -> None:
    schema = {"fields": [{"name": "id", "type": "integer"}, {"name": "nom", "type": "string"}], "primaryKey": "id"}
    ds = load_bytes(b"id;nom\n1;a\n\nx;b\n2;c\n", "blank.csv")
    rows = {(f.code, r) for f in validate(ds.original, schema, ds.read) for r in f.rows}
    assert rows == {("schema.blank-row", 3), ("schema.primary-key", 3), ("schema.type-error", 4),
                    ("schema.primary-key", 4)}
    ds = load_bytes("Subventions 2024 — Ville de Trifouilly\n\nid;nom\n1;a\nx;b\n".encode(), "titre.csv")
    findings = validate(ds.original, schema, ds.read)
    assert ds.read.header_row == 2 and [(f.code, f.rows) for f in findings if f.code == "schema.type-error"] == [
        ("schema.type-error", [5])]
    assert "5" in by_code(findings, "schema.type-error")[0].message_fr


def test_a_message_about_a_misplaced_column_names_both_columns() -> None:
    schema = {"fields": [{"name": "objet", "type": "string"},
                         {"name": "datesPeriodeVersement", "type": "string", "constraints": {"required": True}},
                         {"name": "montant", "type": "number"}]}
    findings = validate(table(objet=["a", "b"], montant=["", ""], datesPeriodeVersement=["2024-01-01/2024-12-31"] * 2),
                        schema)
    required = by_code(findings, "schema.constraint-error", "required")[0]
    assert required.column == "datesPeriodeVersement"
    assert "« montant »" in required.message_fr and "n° 3" in required.message_fr and "n° 2" in required.message_fr
    assert "“montant”" in required.message_en


def test_quality_findings_count_the_lines_above_the_header_too() -> None:
    from viz.checks import run_checks
    from viz.steps.preview import preview
    ds = load_bytes("Subventions 2024\n\nid;nom\n1;Club A\n1;Club A\n2;Club B \n".encode(), "titre.csv")
    found = {f.code: f for f in run_checks(ds)}
    assert found["quality.duplicate_row"].rows == [5] and "5" in found["quality.duplicate_row"].message_fr
    spaces = found["quality.whitespace"]
    from viz.checks.quality_base import positions
    assert spaces.rows == [6] and positions(spaces.rows, ds.read.header_row) == [2]
    assert preview(ds.working(), spaces.fix, [2], first_row=2 + ds.read.header_row)["row"].tolist() == [6]


def test_a_message_lists_only_the_rows_it_reports_when_blank_rows_are_left_out() -> None:
    schema = {"fields": [{"name": "id", "type": "integer", "constraints": {"required": True}},
                         {"name": "nom", "constraints": {"required": True}}]}
    ds = load_bytes(b"id;nom\n1;a\n\n;b\n", "vides.csv")
    required = by_code(validate(ds.original, schema, ds.read), "schema.constraint-error", "required")
    assert [(f.column, f.rows) for f in required] == [("id", [4])]
    assert "ligne 4" in required[0].message_fr or "lignes 4" in required[0].message_fr
    assert "3" not in required[0].message_fr.split(":")[1]

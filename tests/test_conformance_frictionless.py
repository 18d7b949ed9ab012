"""Table Schema conformance: frictionless-py's own test data, validated by frictionless and by the studio.

Each case is a CSV file and a Table Schema built from frictionless-py's fixtures and parametrised values
(tests/conformance_frictionless_data.py, generated from their repository: data only, none of their code).
Both engines validate it: `frictionless.validate` (the installed version) and the studio's path of
`python -m viz check --schema` (viz.schemas.load_schema, viz.io.load_bytes, viz.checks.schema.validate).
They must report the same set of (error type, row, field). Every intended difference is listed in
DIFFERENCES below, with its reason; a listed case must still differ (so the list stays true).
`python tests/test_conformance_frictionless.py` prints the count of agreeing cases.
"""
from __future__ import annotations

import csv
from fnmatch import fnmatch
import io
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import frictionless
import pytest
from frictionless import Dialect, FrictionlessException, Schema

from conformance_frictionless_data import CELLS, CONSTRAINT_TYPES, FILES
from viz.checks.schema import validate
from viz.io import load_bytes
from viz.io.errors import LoadError
from viz.schemas import load_schema

NO_FIELD = {"extra-cell", "blank-row", "primary-key", "extra-label", "foreign-key", "schema-error"}
HEADER = {"extra-label", "missing-label", "incorrect-label", "blank-label", "duplicate-label", "unmatched-header"}
SCHEMA_LEVEL = {"schema-error", "field-error", "metadata-error", "resource-error"}

# The one place listing where the studio deliberately differs from the installed frictionless, and why.
DIFFERENCES: dict[str, str] = {
    "pattern-alternation-whole-value": (
        "Table Schema: `pattern` is an XML Schema regular expression that matches the whole value, so with "
        "`a|b` the value `ab` is invalid. frictionless compiles `^a|b$` (the anchors bind to the alternatives "
        "only) and accepts `ab`."),
    "skip-rows-comment-char": (
        "frictionless is told `commentChar: '#'` and drops a comment line between two data rows; the studio "
        "has no comment character: that line is a row with one field (missing-cell), reported where it is."),
    "string-2-*": (
        "string format `wkt` (frictionless' fields/__spec__/test_string.py, second table): the installed "
        "frictionless needs the optional `frictionless[wkt]` extra and reports a generic error; the studio "
        "names the format as not checked (schema.unsupported, an info). Neither engine reads WKT here."),
}


def differs(case_id: str) -> str | None:
    """The documented reason why the studio differs on this case (None: both must agree)."""
    return next((why for pattern, why in DIFFERENCES.items() if fnmatch(case_id, pattern)), None)


@dataclass
class Case:
    """One conformance case: CSV text, a Table Schema, frictionless' dialect options (header rows...)."""

    id: str
    text: str
    schema: dict
    dialect: dict = field(default_factory=dict)


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _cell_cases() -> list[Case]:
    """One value of a field type per case, beside an integer `id` column (frictionless' fields/__spec__)."""
    cases = []
    for cell in CELLS:
        if cell["value"] == "":
            continue  # a missing value: nothing to read
        schema = {"fields": [{"name": "id", "type": "integer"}, cell["field"]]}
        cases.append(Case(cell["id"], _csv([["id", "name"], ["1", cell["value"]]]), schema))
    return cases


def _constraint_cases() -> list[Case]:
    """A constraint on each field type: allowed or an error on the schema (schema/__spec__/field)."""
    return [Case(c["id"], "field,other\n,x\n",
                 {"fields": [{"name": "field", "type": c["type"], "constraints": c["constraints"]},
                             {"name": "other", "type": "string"}]}) for c in CONSTRAINT_TYPES]


def _fields_match_cases() -> list[Case]:
    """resource/__spec__/test_validate_schema.py: the `fieldsMatch` parametrised tables."""
    reordered = "name,id\nenglish,1\n"
    out = []
    for label, names in (("reordered-labels", ["id", "name"]), ("extra-label", ["name"]),
                         ("missing-field", ["name", "id", "extra"])):
        for mode in ("exact", "equal", "subset", "superset", "partial"):
            schema = {"fields": [{"name": n, "type": "string"} for n in names], "fieldsMatch": mode}
            out.append(Case(f"resource-fields-match-{mode}-{label}", reordered, schema))
    out.append(Case("resource-fields-match-reads-cells-by-name", FILES["sync-schema.csv"],
                    {"fields": [{"name": "id", "type": "integer"}, {"name": "name", "type": "string"}],
                     "fieldsMatch": "equal"}))
    return out


def _word_rows(name: str) -> str:
    return f"row,{name}\n2,a\n3,ab\n4,abc\n5,abcd\n6\n"


def _score_rows() -> str:
    return "row,score\n2,1\n3,2\n4,3\n5,4\n6\n"


NESTED = {"fields": [{"name": "id", "type": "integer"}, {"name": "cat", "type": "integer"},
                     {"name": "name", "type": "string"}],
          "foreignKeys": [{"fields": "cat", "reference": {"resource": "", "fields": "id"}}]}
ID_NAME = {"fields": [{"name": "id", "type": "integer"}, {"name": "name", "type": "string"}]}


def _schema_cases() -> list[Case]:
    """resource/__spec__/test_validate_schema.py: schemas over data/ fixtures and inline tables."""
    def one(name: str, ftype: str, constraints: dict) -> dict:
        return {"fields": [{"name": "row", "type": "integer"}, {"name": name, "type": ftype, "constraints": constraints}]}
    return [
        Case("resource-extra-headers-and-cells", FILES["table.csv"], {"fields": [{"name": "id", "type": "integer"}]}),
        Case("resource-multiple-errors", FILES["schema-errors.csv"], json.loads(FILES["schema-valid.json"])),
        Case("resource-min-length", _word_rows("word"), one("word", "string", {"minLength": 2})),
        Case("resource-max-length", _word_rows("word"), one("word", "string", {"maxLength": 2})),
        Case("resource-minimum", _score_rows(), one("score", "integer", {"minimum": 2})),
        Case("resource-maximum", _score_rows(), one("score", "integer", {"maximum": 2})),
        Case("resource-foreign-key-self-reference", FILES["nested.csv"], NESTED),
        Case("resource-foreign-key-self-reference-invalid", FILES["nested-invalid.csv"], NESTED),
        Case("resource-unique-and-primary-key", FILES["unique-field.csv"], json.loads(FILES["unique-field.json"])),
        Case("resource-unique-and-type-error", "id,unique_number\na1,100\na2,bad\na3,100\na4,0\na5,0\n",
             {"fields": [{"name": "id", "type": "string"},
                         {"name": "unique_number", "type": "number", "constraints": {"unique": True}}]}),
        Case("resource-primary-key-composite", "id,name\n1,Alex\n1,John\n,Paul\n1,John\n,\n",
             {**ID_NAME, "primaryKey": ["id", "name"]}),
        Case("resource-less-fields-required-issue-950", FILES["table.csv"],
             {"fields": ID_NAME["fields"] + [{"name": "bad", "type": "any", "constraints": {"required": True}}]}),
        Case("resource-missing-required-issue-1611", "A,B\na,b\na1\na2,b2\n\na3,b3,c3\n",
             {"fields": [{"name": "A", "type": "string", "constraints": {"required": True}},
                         {"name": "B", "type": "string"},
                         {"name": "C", "type": "string", "constraints": {"required": True}}]}),
        Case("resource-array-item-enum-issue-833", FILES["issue-833.csv"], json.loads(FILES["issue-833.json"])),
        Case("resource-schema-reverse", FILES["table-reverse.csv"], json.loads(FILES["schema-reverse.json"])),
    ]


def _inferred(name: str) -> dict:
    """The schema frictionless infers for a fixture (their tests validate these files without a schema)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "data.csv"
        path.write_text(FILES[name], encoding="utf-8")
        with frictionless.system.use_context(trusted=True):
            return Schema.describe(str(path)).to_descriptor()


def _fixture_cases() -> list[Case]:
    """resource/__spec__/test_validate.py and the dialect tests: structure errors, blank rows, comments."""
    plain = ["invalid.csv", "blank-headers.csv", "duplicate-headers.csv", "defective-rows.csv", "blank-rows.csv",
             "blank-rows-multiple.csv", "blank-cells.csv", "without-rows.csv", "structure-errors.csv",
             "capital-invalid.csv", "leading-zeros.csv", "capital-valid.csv"]
    cases = [Case(f"resource-{name[:-4]}", FILES[name], _inferred(name)) for name in plain]
    cases += [
        Case("skip-rows-before-headers", FILES["skip-rows-before-headers.csv"], ID_NAME, {"header_rows": [2]}),
        Case("matrix-with-comment", FILES["matrix-with-comment.csv"],
             {"fields": [{"name": f"f{i}", "type": "integer"} for i in range(1, 5)]}, {"header_rows": [2]}),
        Case("skip-rows-comment-char", FILES["skip-rows.csv"], ID_NAME, {"comment_char": "#", "header_rows": [2]}),
    ]
    return cases


def _issue_cases() -> list[Case]:
    """The differences issue 14 names, on the smallest files that show them."""
    pk = {**ID_NAME, "primaryKey": ["id"]}
    return [
        Case("blank-line-shifts-rows", "id,name\n1,a\n\nx,b\n", pk),
        Case("blank-line-at-the-end", "id,name\n1,a\n2,b\n\n", pk),
        Case("title-line-above-header", "# clean this data!\nid,name\n1,a\nx,b\n1,c\n", pk, {"header_rows": [2]}),
        Case("date-fmt-prefix", "id,day\n1,21/11/06\n2,2006-11-21\n",
             {"fields": [{"name": "id", "type": "integer"}, {"name": "day", "type": "date", "format": "fmt:%d/%m/%y"}]}),
        Case("pattern-alternation-whole-value", "id,code\n1,a\n2,b\n3,ab\n4,c\n",
             {"fields": [{"name": "id", "type": "integer"},
                         {"name": "code", "type": "string", "constraints": {"pattern": "a|b"}}]}),
        Case("geojson-type", 'id,geom\n1,"{""type"": ""Point"", ""coordinates"": [2.35, 48.85]}"\n2,"{""type"": ""Nope""}"\n'
             '3,not json\n', {"fields": [{"name": "id", "type": "integer"}, {"name": "geom", "type": "geojson"}]}),
        Case("array-item-type", 'id,tags\n1,"[""a"", ""b""]"\n2,"[1, 2]"\n3,"[""x""]"\n',
             {"fields": [{"name": "id", "type": "integer"},
                         {"name": "tags", "type": "array", "arrayItem": {"type": "string", "constraints": {"enum": ["a", "b"]}}}]}),
    ]


def all_cases() -> list[Case]:
    return _cell_cases() + _constraint_cases() + _fields_match_cases() + _schema_cases() + _fixture_cases() + _issue_cases()


def _key(kind: str, row: int | None, name: str | None) -> tuple[str, int, str]:
    if kind in SCHEMA_LEVEL:
        return ("schema-error", 0, "")
    return (kind, 0 if kind in HEADER else (row or 0), "" if kind in NO_FIELD else name or "")


def ours(case: Case) -> set[tuple[str, int, str]]:
    """The studio, as `python -m viz check FILE --schema SCHEMA` runs it."""
    try:
        schema = load_schema(json.dumps(case.schema))
    except LoadError:
        return {("schema-error", 0, "")}
    dataset = load_bytes(case.text.encode("utf-8"), "case.csv")
    found = set()
    for finding in validate(dataset.working(), schema, dataset.read):
        if finding.severity == "error":
            kind = finding.code.split(".", 1)[1]
            found |= {_key(kind, row, finding.column) for row in (finding.rows or [0])}
    return found


def theirs(case: Case) -> set[tuple[str, int, str]]:
    """frictionless.validate on the same bytes, schema and dialect."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "case.csv"
        path.write_text(case.text, encoding="utf-8")
        try:
            with frictionless.system.use_context(trusted=True):
                resource = frictionless.Resource(path=str(path), schema=Schema.from_descriptor(case.schema),
                                                 dialect=Dialect(**case.dialect))
                report = frictionless.validate(resource, limit_errors=10**6)
        except FrictionlessException:
            return {("schema-error", 0, "")}
    return {_key(e.type, getattr(e, "row_number", None), getattr(e, "field_name", None))
            for task in report.tasks for e in task.errors}


CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_same_findings_as_frictionless(case: Case) -> None:
    a, b = ours(case), theirs(case)
    if differs(case.id):
        assert a != b, f"{case.id} is listed as a difference but both engines agree: remove it from DIFFERENCES"
        return
    assert a == b, f"only studio: {sorted(a - b)} / only frictionless: {sorted(b - a)}"


EXPECTED = {c["id"]: c["spec_valid"] for c in CELLS}
CELL_CASES = [c for c in CASES if c.id in EXPECTED and not differs(c.id)]


@pytest.mark.parametrize("case", CELL_CASES, ids=[c.id for c in CELL_CASES])
def test_cells_read_as_frictionless_own_tests_expect(case: Case) -> None:
    """Their parametrised target: a value (no type error) or None (a type error)."""
    assert not any(kind == "type-error" for kind, _, _ in ours(case)) == EXPECTED[case.id]


def test_differences_name_real_cases() -> None:
    assert all(any(fnmatch(c.id, pattern) for c in CASES) for pattern in DIFFERENCES)


def agreement() -> tuple[int, int]:
    """(agreeing cases, all cases)."""
    return sum(ours(c) == theirs(c) for c in CASES), len(CASES)


if __name__ == "__main__":
    agree, total = agreement()
    print(f"agrees with frictionless on {agree} of {total} conformance cases ({len(DIFFERENCES)} documented differences)")

"""Hostile schemas, charts and exports (issue 21): a corpus built here, one case per item.

Each dangerous case runs the command a user runs (`python -m viz ...`) in a subprocess with a memory limit
and a time bound; every case asserts a French message (never « Erreur inattendue », never a traceback), an
original file left intact and, for exports, no live formula read back from the written file.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from viz.checks import quality
from viz.charts.treemap import TreemapSpec, build, table_csv
from viz.charts.grouping import Rule
from viz.export import images
from viz.export.tables import ExportError, safe_csv, safe_xlsx
from viz.schemas import SchemaError, load_schema

ROOT = Path(__file__).resolve().parents[1]
MEMORY = 3 * 1024 ** 3  # address space of a command under test: a runaway loop dies instead of the machine
BOUND = 120  # seconds: far beyond a normal run on the loaded 2-core machine, far below "never ends"
RISKY_CELL = re.compile(r"^[=+\-@\t\r]")


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run_viz(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`python -m viz ARGS` from the project root, memory-limited; fails the test past BOUND seconds."""
    import os
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "viz", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=BOUND, preexec_fn=_limit, env=full_env)


def assert_french_failure(proc: subprocess.CompletedProcess, *words: str) -> None:
    """Exit status 2, a French message naming `words`, no traceback, no « Erreur inattendue »."""
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "Erreur inattendue" not in proc.stderr, proc.stderr
    assert proc.stderr.startswith("Erreur : "), proc.stderr
    for word in words:
        assert word in proc.stderr, (word, proc.stderr)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def budget(tmp_path: Path) -> Path:
    path = tmp_path / "budget.csv"
    path.write_bytes("chapitre;montant;code\r\n011;1 200,5;A1\r\n012;300;B2\r\n65;45,25;C3\r\n".encode("cp1252"))
    return path


def _schema(tmp_path: Path, schema: object, name: str = "schema.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(schema) if not isinstance(schema, str) else schema, encoding="utf-8")
    return path


# 1. Schema shapes ---------------------------------------------------------------------------------------

def test_empty_decimal_char_is_refused_before_the_number_reader_loops(tmp_path, budget):
    before = digest(budget)
    schema = _schema(tmp_path, {"fields": [{"name": "chapitre"}, {"name": "montant", "type": "number",
                                                                   "decimalChar": ""}, {"name": "code"}]})
    proc = run_viz("check", str(budget), "--schema", str(schema), "--json")
    assert_french_failure(proc, "champ « montant »", "« decimalChar »", "texte vide")
    assert proc.stdout == "" and digest(budget) == before


def test_a_schema_nested_100000_deep_is_refused_in_french(tmp_path, budget):
    schema = _schema(tmp_path, '{"fields": [{"name": "a", "example": ' + "[" * 100_000 + "]" * 100_000 + "}]}")
    proc = run_viz("check", str(budget), "--schema", str(schema), "--json")
    assert_french_failure(proc, "imbrique plus de 32 niveaux")


WRONG_SHAPES = [
    ({"constraints": "obligatoire"}, "montant", "constraints", "un texte"),
    ({"constraints": {"pattern": 5}}, "montant", "constraints.pattern", "un nombre"),
    ({"constraints": {"required": "oui"}}, "montant", "constraints.required", "un texte"),
    ({"constraints": {"minLength": "3"}}, "montant", "constraints.minLength", "un texte"),
    ({"constraints": {"enum": "a,b"}}, "montant", "constraints.enum", "un texte"),
    ({"type": "number", "constraints": {"enum": [[1]]}}, "montant", "constraints.enum", "une liste"),
    ({"type": "number", "constraints": {"minimum": [0]}}, "montant", "constraints.minimum", "une liste"),
    ({"missingValues": "NA"}, "montant", "missingValues", "un texte"),
    ({"type": "boolean", "trueValues": "oui"}, "montant", "trueValues", "un texte"),
    ({"type": "number", "groupChar": 5}, "montant", "groupChar", "un nombre"),
    ({"type": "number", "bareNumber": "no"}, "montant", "bareNumber", "un texte"),
    ({"type": "list", "delimiter": ""}, "montant", "delimiter", "texte vide"),
    ({"format": ["%d/%m/%Y"]}, "montant", "format", "une liste"),
]


@pytest.mark.parametrize("extra, field, prop, found", WRONG_SHAPES)
def test_wrong_property_types_name_the_field_and_the_property(extra, field, prop, found):
    schema = {"fields": [{"name": "chapitre"}, {"name": "montant", **extra}]}
    with pytest.raises(SchemaError) as err:
        load_schema(json.dumps(schema).encode())
    message = err.value.message("fr")
    assert f"champ « {field} »" in message and f"« {prop} »" in message and found in message, message
    assert f"“{prop}”" in err.value.message("en")


@pytest.mark.parametrize("top", [{"primaryKey": 3}, {"missingValues": "NA"}, {"primaryKey": [""]},
                                 {"foreignKeys": {"fields": "a"}}, {"title": ["x"]},
                                 {"foreignKeys": [{"fields": "a", "reference": {"resource": "", "fields": 1}}]}])
def test_wrong_schema_level_properties_are_named(top):
    with pytest.raises(SchemaError) as err:
        load_schema(json.dumps({"fields": [{"name": "a"}], **top}).encode())
    assert f"propriété « {next(iter(top))}" in err.value.message("fr") and "du schéma" in err.value.message("fr")


def test_a_huge_schema_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "big.json"
    with path.open("wb") as out:
        out.truncate(11_000_000)
    with pytest.raises(SchemaError) as err:
        load_schema(str(path))
    assert "au-delà de la limite de 10 Mo" in err.value.message("fr")


def test_verifier_page_shows_a_french_error_for_a_wrongly_typed_schema():
    from streamlit.testing.v1 import AppTest

    from viz.io import load_bytes
    at = AppTest.from_file(str(ROOT / "pages" / "verifier.py"), default_timeout=90)
    at.session_state["dataset"] = load_bytes("a;b\r\n1;x\r\n".encode(), "t.csv")
    at.session_state["verify_schema_mode"] = "file"
    at.run()
    bad = json.dumps({"fields": [{"name": "a", "constraints": "x"}, {"name": "b"}]}).encode()
    at.file_uploader(key="verify_schema_file").set_value(("schema.json", bad, "application/json")).run()
    assert not at.exception
    assert at.error and "propriété « constraints »" in at.error[0].value
    assert not any("inattendue" in e.value for e in at.error)


# 2. Patterns RE2 refuses ------------------------------------------------------------------------------

def test_a_backtracking_pattern_is_cut_after_its_time_budget_and_said(tmp_path):
    data = tmp_path / "codes.csv"
    lines = ["code;nom"] + [f"ok{i};x" for i in range(50)] + ["a" * 30 + "!;y", "a" * 26 + "d;y"]
    data.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    before = digest(data)
    schema = _schema(tmp_path, {"fields": [{"name": "code", "constraints": {"pattern": r"((a|aa|aaa)+)(?=c)\2d"}},
                                           {"name": "nom", "constraints": {"pattern": "(?!z).*"}}]})
    proc = run_viz("check", str(data), "--schema", str(schema), "--json")
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    slow = [f for f in findings if f["code"] == "schema.pattern-timeout"]
    assert len(slow) == 1 and slow[0]["column"] == "code" and slow[0]["severity"] == "warning"
    assert "n'a pas pu être vérifié" in slow[0]["message"] and slow[0]["count"] >= 1
    assert not [f for f in findings if f["column"] == "nom"]  # the honest lookahead checked every cell
    assert digest(data) == before


def test_lookahead_and_backreference_patterns_agree_with_frictionless(tmp_path):
    from frictionless import Resource, Schema, system
    from viz.checks.schema import validate
    from viz.io import load_bytes
    raw = "siren;ref\r\n123456789;abab\r\n000000000;abcd\r\n12345678;xyxy\r\n".encode()
    schema = {"fields": [{"name": "siren", "constraints": {"pattern": r"(?!0{9})\d{9}"}},
                         {"name": "ref", "constraints": {"pattern": r"(\w\w)\1"}}]}
    ds = load_bytes(raw, "t.csv")
    ours = {(f.column, r) for f in validate(ds.original, schema, ds.read) for r in f.rows}
    path = tmp_path / "t.csv"
    path.write_bytes(raw)
    with system.use_context(trusted=True):
        report = Resource(str(path), schema=Schema.from_descriptor(schema)).validate()
    theirs = {(field, row) for field, row in report.flatten(["fieldName", "rowNumber"])}
    assert ours == theirs == {("siren", 3), ("siren", 4), ("ref", 3)}


# 3. Treemap: infinite sums and control characters -----------------------------------------------------

def test_treemap_leaves_out_amounts_whose_sum_is_infinite_and_draws_control_character_labels(tmp_path):
    data = tmp_path / "postes.csv"
    data.write_text("poste;montant\r\nA;1e308\r\nB;1e308\r\nC;5\r\nD\x1fE;3\r\nF;2\r\n", encoding="utf-8")
    before = digest(data)
    out, table = tmp_path / "t.html", tmp_path / "t.csv"
    proc = run_viz("treemap", str(data), "--label", "poste", "--value", "montant", "--out", str(out),
                   "--table", str(table))
    assert proc.returncode == 0, proc.stderr
    assert "2 valeurs trop grandes pour être additionnées" in proc.stderr
    assert "caractères de contrôle" in proc.stderr
    drawn = pd.read_csv(table, dtype=str)
    assert drawn["poste"].tolist() == ["C", "D E", "F"] and digest(data) == before
    assert '"D E"' in out.read_text(encoding="utf-8")


def test_treemap_figure_has_one_tile_per_leaf_and_finite_values():
    table = pd.DataFrame({"poste": ["A", "B", "C\x1fD", "E\x00", "F"], "montant": ["1e308", "1e308", "3", "2", "1"]})
    result = build(table, TreemapSpec(labels=["poste"], value="montant", rules=[Rule("none")]))
    trace = result.figure.data[0]
    ids = set(trace.ids)
    assert all(parent in ids or parent == "" for parent in trace.parents)  # every tile reachable: drawn
    assert len(trace.ids) == 1 + 3 and np.isfinite(trace.values).all()
    assert result.excluded.too_large == 2 and result.excluded.control_labels == 2


# 4. Impossible dates ----------------------------------------------------------------------------------

def test_impossible_dates_are_named():
    table = pd.DataFrame({"date_debut": ["31/02/2024", "01/03/2024", "2023-02-29", "2024-02-29", "15/13/2024",
                                         "29/02/2024", "2024-04-31T10:00"] * 20}, dtype="str")
    found = [f for f in quality.check(table) if f.code == "quality.impossible_date"]
    assert len(found) == 1 and found[0].column == "date_debut" and found[0].severity == "warning"
    assert found[0].rows[:5] == [2, 4, 6, 8, 9] and found[0].count == 80
    assert "80 dates qui n'existent pas au calendrier" in found[0].message("fr") and "31/02/2024" in found[0].message("fr")


def test_real_dates_raise_no_impossible_date_finding():
    days = pd.date_range("2020-01-01", "2024-12-31", freq="D")
    table = pd.DataFrame({"iso": days.strftime("%Y-%m-%d"), "fr": days.strftime("%d/%m/%Y")}, dtype="str")
    assert not [f for f in quality.check(table) if f.code == "quality.impossible_date"]


# 5. XLSX export keeps values exactly ---------------------------------------------------------------------

def test_xlsx_export_writes_text_exactly_and_never_a_formula():
    table = pd.DataFrame({
        "=HYPERLINK(\"http://x\",\"clic\")": ["=1+1", "@SUM(A1)", "+33 1 23", "-x", "ok"],
        "taux": ["1.10", "2", "3", "4", "5"],
        "long": ["0.12345678901234567890", "1", "2", "3", "4"],
        "signe": ["-0", "1", "2", "3", "4"],
        "montant": ["1234.5", "-3", "0.25", "", "10"],
        "code": ["01053", "2A004", "04100", "011", "75056"],
    }, dtype="str")
    data = safe_xlsx(table)
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "=HYPERLINK(\"http://x\",\"clic\")"
    assert [r[0] for r in rows[1:]] == ["=1+1", "@SUM(A1)", "+33 1 23", "-x", "ok"]  # no `'` added
    assert [r[1] for r in rows[1:3]] == ["1.10", "2"] and rows[1][2] == "0.12345678901234567890"
    assert rows[1][3] == "-0" and [r[4] for r in rows[1:]] == [1234.5, -3, 0.25, None, 10]
    assert [r[5] for r in rows[1:]] == ["01053", "2A004", "04100", "011", "75056"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    xml = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def test_xlsx_export_refuses_a_cell_too_long_for_a_spreadsheet_in_french():
    with pytest.raises(ExportError) as err:
        safe_xlsx(pd.DataFrame({"geo_shape": ["x", "y" * 40_000]}, dtype="str"))
    assert "« geo_shape »" in err.value.message("fr") and "ligne 3" in err.value.message("fr")


# 6. PNG export with a broken or hanging browser ----------------------------------------------------------

def _fake_browser(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "chromium"
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_png_export_with_a_browser_that_cannot_start_says_so_in_french(tmp_path, budget):
    browser = _fake_browser(tmp_path, "echo 'cannot open display' >&2\nexit 1")
    out = tmp_path / "t.png"
    proc = run_viz("treemap", str(budget), "--label", "chapitre", "--value", "montant", "--out", str(out),
                   env={"BROWSER_PATH": str(browser)})
    assert_french_failure(proc, "n'a pas pu démarrer", "HTML et CSV fonctionnent sans lui")
    assert not out.exists()


def test_png_export_with_a_hanging_browser_stops_after_its_time_limit(tmp_path, monkeypatch):
    browser = _fake_browser(tmp_path, "exec sleep 30")
    monkeypatch.setenv("BROWSER_PATH", str(browser))
    monkeypatch.setattr(images, "START_SECONDS", 2.0)
    monkeypatch.setattr(images, "_server", None)
    import plotly.graph_objects as go
    with pytest.raises(images.ImageExportError) as err:
        images.to_png(go.Figure())
    assert "n'a pas démarré en 2 s" in err.value.message("fr")
    assert images._server is None  # the next export tries a fresh browser


# 7. Every CSV/XLSX goes through the one safe writer, header included -----------------------------------

def test_treemap_table_neutralises_a_formula_in_a_column_name(tmp_path):
    name = '=HYPERLINK("http://evil.example","clic")'
    data = tmp_path / "postes.csv"
    quoted = '"' + name.replace('"', '""') + '"'
    data.write_text(quoted + ";montant\r\n=1+1;5\r\n@A1;3\r\nB;2\r\n", encoding="utf-8")
    out, table = tmp_path / "t.html", tmp_path / "t.csv"
    proc = run_viz("treemap", str(data), "--label", name, "--value", "montant", "--out", str(out),
                   "--table", str(table))
    assert proc.returncode == 0, proc.stderr
    back = pd.read_csv(table, dtype=str, keep_default_na=False)
    cells = list(back.columns) + [c for row in back.itertuples(index=False) for c in row]
    assert not [c for c in cells if RISKY_CELL.match(c)], cells
    assert back.columns[0] == "'" + name


def test_page_download_and_cli_table_are_the_same_safe_bytes():
    table = pd.DataFrame({"=cmd": ["=1+1", "B", "C"], "montant": ["5", "3", "2"]}, dtype="str")
    result = build(table, TreemapSpec(labels=["=cmd"], value="montant", rules=[Rule("none")]))
    text = table_csv(result).decode("utf-8")
    assert text.splitlines()[0] == "'=cmd,value" and "'=1+1" in text


ALLOWED_WRITERS = {
    "viz/export/tables.py": "the safe writer itself",
    "viz/geo/geocode.py": "the query sent to the geocoding service (addresses as typed), never a file for people",
}


def test_no_csv_or_xlsx_is_written_outside_the_safe_writer():
    """Every CSV/XLSX the studio writes goes through viz/export/tables.py (tools/ and bench/ build test data)."""
    writes = re.compile(r"\.to_csv\(|\.to_excel\(|csv\.writer\(|xlsxwriter|ExcelWriter|Workbook\(")
    offenders = []
    for path in [*ROOT.joinpath("viz").rglob("*.py"), *ROOT.joinpath("pages").rglob("*.py"),
                 *ROOT.joinpath("ui").rglob("*.py"), ROOT / "app.py"]:
        if path.relative_to(ROOT).as_posix() in ALLOWED_WRITERS:
            continue
        offenders += [f"{path.relative_to(ROOT)}:{n}" for n, line in enumerate(path.read_text().splitlines(), 1)
                      if writes.search(line)]
    assert offenders == []


def test_report_and_corrected_csv_neutralise_cells_and_header():
    table = pd.DataFrame({"@colonne": ["-1 234,5", "-x", "\tTab"]}, dtype="str")
    back = pd.read_csv(io.BytesIO(safe_csv(table)), sep=";", dtype=str, keep_default_na=False)
    assert list(back.columns) == ["'@colonne"] and back.iloc[:, 0].tolist() == ["-1 234,5", "'-x", "'\tTab"]


def test_an_honest_lookahead_pattern_on_many_distinct_values_is_never_cut_short():
    from viz.checks.schema_pattern import check_values
    values = [f"{10**13 + 7 * i:014d}" for i in range(50_000)] + ["00000000000000", "123"]
    result = check_values(values, r"(?!0{14})\d{14}")
    assert result.unchecked == [] and result.bad == ["00000000000000", "123"]


@pytest.mark.parametrize("command", ["treemap", "diff"])
def test_an_unwritable_output_gives_a_french_message(tmp_path, budget, command):
    target = str(tmp_path / "absent" / "sortie.csv")
    args = (["treemap", str(budget), "--label", "chapitre", "--value", "montant", "--out",
             str(tmp_path / "t.html"), "--table", target] if command == "treemap"
            else ["diff", str(budget), str(budget), "--out", target])
    proc = run_viz(*args)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "inattendue" not in proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("Erreur : Impossible d'écrire le fichier") and "son dossier n'existe pas" in last

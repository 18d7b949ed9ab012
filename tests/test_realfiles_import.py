"""Import never corrupts a cell: faults met in real published files, rebuilt in code (issue 13)."""
from __future__ import annotations

import codecs
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from viz.checks import run_checks
from viz.io import CsvOptions, LoadOptions, load_bytes
from viz.profile import profile


def bom_cp1252() -> bytes:
    """A UTF-8 BOM, then Windows-1252 text (written so by some spreadsheet exports)."""
    body = "nomAttribuant;nomBénéficiaire;montant\nDépartement de la Sarthe;Comité des fêtes;1 200,50\n" \
           "Région;Amicale de l'Étang;300,00\n"
    return codecs.BOM_UTF8 + body.encode("cp1252")


def test_bom_then_cp1252_body_is_read_by_what_it_is():
    ds = load_bytes(bom_cp1252(), "s.csv")
    assert ds.read.encoding == "cp1252"
    assert list(ds.original.columns) == ["nomAttribuant", "nomBénéficiaire", "montant"]
    assert ds.original["nomBénéficiaire"].tolist() == ["Comité des fêtes", "Amicale de l'Étang"]
    assert not [f for f in run_checks(ds) if f.code == "quality.mojibake"]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8", "utf-8-sig"])
def test_a_forced_encoding_never_keeps_the_bom_in_the_first_header(encoding):
    ds = load_bytes(bom_cp1252(), "s.csv", LoadOptions(csv=CsvOptions(encoding=encoding)))
    assert ds.original.columns[0] == "nomAttribuant"


def test_cells_with_replacement_characters_are_a_mojibake_finding():
    ds = load_bytes(bom_cp1252(), "s.csv", LoadOptions(csv=CsvOptions(encoding="utf-8")))  # the wrong choice
    found = {(f.code, f.column): f for f in run_checks(ds)}
    lost = found[("quality.mojibake", "nomAttribuant")]
    assert lost.rows == [2, 3] and lost.constraint == "replacement" and lost.fix is None
    assert "encodage" in lost.message_fr and "\ufffd" in lost.message_fr


def french_amounts() -> bytes:
    return ("beneficiaire;montant;reference\n"
            "Club A;12 480,00;3.4\nClub B;2 300,75;2.1\nClub C;980,00;1.0\n").encode("utf-8")


def test_french_amounts_outweigh_a_dotted_reference_column():
    ds = load_bytes(french_amounts(), "s.csv")
    assert (ds.read.decimal, ds.read.thousands) == (",", " ")


def test_the_treemap_draws_french_amounts(tmp_path):
    path = tmp_path / "s.csv"
    path.write_bytes(french_amounts())
    table = tmp_path / "t.csv"
    res = run_cli("treemap", path, "--label", "beneficiaire", "--value", "montant", "--out", tmp_path / "t.html",
                  "--table", table)
    assert res.returncode == 0, res.stderr
    values = {r["beneficiaire"]: r["value"] for r in csv.DictReader(io.StringIO(table.read_text("utf-8")))}
    assert values == {"Club A": "12480", "Club B": "2300.75", "Club C": "980"} or \
        {k: float(v) for k, v in values.items()} == {"Club A": 12480.0, "Club B": 2300.75, "Club C": 980.0}


def run_cli(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "viz", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_every_command_takes_the_read_options(tmp_path):
    path = tmp_path / "s.txt"
    path.write_bytes(french_amounts().replace(b";", b"|"))
    common = ("--encoding", "utf-8", "--separator", "|", "--decimal", ",")
    res = run_cli("inspect", path, "--json", *common)
    out = json.loads(res.stdout)
    assert (out["separator"], out["decimal"], out["rows"]) == ("|", ",", 3)
    assert run_cli("check", path, "--json", *common).returncode in (0, 1)
    res = run_cli("treemap", path, "--label", "beneficiaire", "--value", "montant", "--out", tmp_path / "t.html",
                  *common)
    assert res.returncode == 0, res.stderr
    forced = json.loads(run_cli("inspect", path, "--json", "--separator", "|", "--decimal", ".").stdout)
    assert forced["decimal"] == "."
    for command in ("inspect", "check", "treemap"):
        helptext = run_cli(command, "--help").stdout
        for option in ("--encoding", "--separator", "--decimal", "--sheet"):
            assert option in helptext, (command, option)


def test_a_header_published_with_spaces_is_said_and_both_spellings_work(tmp_path):
    data = "libelle;BRUT \nSalaires;1200.5\nPrimes;300\n".encode()
    ds = load_bytes(data, "paie.csv")
    assert list(ds.original.columns) == ["libelle", "BRUT"]
    header = [f for f in run_checks(ds) if f.code == "quality.header_spaces"]
    assert len(header) == 1 and header[0].details["published"] == "BRUT " and header[0].column == "BRUT"
    path = tmp_path / "paie.csv"
    path.write_bytes(data)
    for spelling in ("BRUT ", "BRUT"):
        res = run_cli("treemap", path, "--label", "libelle", "--value", spelling, "--out", tmp_path / "t.html")
        assert res.returncode == 0, (spelling, res.stderr)


def placeholders_csv() -> bytes:
    lines = ["siret;code_postal;commentaire;montant"]
    for i in range(40):
        cp = "75011" if i % 4 == 0 else ["NA", "N/A", "#N/A"][i % 4 - 1] if i % 4 != 0 else ""
        lines.append(f"{'NULL' if i % 2 else '73282932000074'};{cp};{'Non renseigné' if i % 3 else 'néant' if i % 2 else 'ok'};"
                     f"{'-' if i % 5 == 0 else '100'}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_placeholders_are_missing_in_the_first_look_and_the_kinds():
    ds = load_bytes(placeholders_csv(), "p.csv")
    cols = {c.name: c for c in profile(ds.original)}
    assert (cols["code_postal"].missing, cols["code_postal"].kind) == (30, "code_postal")
    assert (cols["siret"].missing, cols["siret"].kind) == (20, "siret")
    assert cols["montant"].missing == 8 and cols["montant"].kind == "money"


def test_placeholders_are_a_finding_whose_step_empties_them():
    ds = load_bytes(placeholders_csv(), "p.csv")
    found = {f.column: f for f in run_checks(ds) if f.code == "quality.placeholder"}
    assert set(found) == {"siret", "code_postal", "commentaire", "montant"}
    cp = found["code_postal"]
    assert cp.count == 30 and cp.details["values"] == ["#N/A", "N/A", "NA"]
    ds.with_step(cp.fix)
    work = ds.working()
    assert (work["code_postal"] == "").sum() == 30 and (work["code_postal"] == "75011").sum() == 10
    assert ds.original["code_postal"].str.fullmatch("NA").sum() == 10  # the original untouched


def test_a_schema_keeps_frictionless_semantics_for_placeholders():
    """Under a schema, only its missingValues are missing: `NA` in an integer field is a type error."""
    ds = load_bytes(placeholders_csv(), "p.csv")
    schema = {"fields": [{"name": "siret"}, {"name": "code_postal"}, {"name": "commentaire"},
                         {"name": "montant", "type": "integer"}]}
    errors = [f for f in run_checks(ds, schema) if f.code == "schema.type-error"]
    assert [f.column for f in errors] == ["montant"] and errors[0].count == 8
    schema["missingValues"] = ["", "-"]
    assert not [f for f in run_checks(ds, schema) if f.code == "schema.type-error"]

"""python -m viz check in a subprocess: JSON on stdout, French summary on stderr, exit 0/1/2."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "viz", "check", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_invalid_file_reports_frictionless_cells_and_exits_1(realdata: Path) -> None:
    done = run(str(realdata / "scdl-subventions/exemple_invalide_erreurs_cellules.csv"), "--schema",
               str(realdata / "scdl-subventions/schema.json"), "--json")
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["rows"] == 29 and report["valid"] is False
    schema = [f for f in report["findings"] if f["code"].startswith("schema.")]
    assert sum(f["count"] for f in schema if f["severity"] == "error") == 16
    pattern = [f for f in schema if f["column"] == "rnaBeneficiaire"][0]
    assert pattern["rows"] == [5, 12, 30] and set(pattern) == {"code", "severity", "column", "rows", "count", "message"}
    assert "problèmes bloquants" in done.stderr or "problème bloquant" in done.stderr


def test_catalogue_id_and_english(realdata: Path) -> None:
    done = run(str(realdata / "scdl-subventions/exemple_valide.csv"), "--schema", "scdl-subventions", "--json",
               "--lang", "en")
    report = json.loads(done.stdout)
    assert not [f for f in report["findings"] if f["code"].startswith("schema.") and f["severity"] == "error"]
    assert "rows checked" in done.stderr


def test_semicolon_latin1_file_with_schema_file(tmp_path: Path) -> None:
    data = tmp_path / "communes.csv"
    data.write_bytes("code_insee;nom\n01053;Bourg-en-Bresse\n1053;Bourg\n".encode("latin-1"))
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps({"fields": [{"name": "code_insee", "constraints": {"pattern": r"\d{5}"}},
                                             {"name": "nom"}]}), encoding="utf-8")
    done = run(str(data), "--schema", str(schema), "--json")
    report = json.loads(done.stdout)
    errors = [f for f in report["findings"] if f["code"] == "schema.constraint-error"]
    assert done.returncode == 1 and errors[0]["rows"] == [3] and "code_insee" in errors[0]["message"]


def test_unreadable_schema_or_file_exits_2(tmp_path: Path) -> None:
    data = tmp_path / "a.csv"
    data.write_text("a;b\n1;2\n", encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text("{ pas du json", encoding="utf-8")
    done = run(str(data), "--schema", str(bad))
    assert done.returncode == 2 and "JSON valide" in done.stderr and "Traceback" not in done.stderr
    done = run(str(tmp_path / "absent.csv"))
    assert done.returncode == 2 and "introuvable" in done.stderr.lower()


def test_budget_xml_is_converted_before_the_scdl_budget_check(tmp_path: Path) -> None:
    from tests.fixtures import budget_xml
    data = tmp_path / "budget.xml"
    data.write_bytes(budget_xml())
    done = run(str(data), "--schema", "scdl-budget", "--json")
    assert done.returncode == 0, done.stderr
    assert ("Les lignes du document budgétaire ont été converties au format SCDL budget avant la vérification."
            in done.stderr)
    report = json.loads(done.stdout)
    assert [f for f in report["findings"] if f["severity"] == "error"] == []
    m14 = tmp_path / "budget_m14.xml"
    m14.write_bytes(budget_xml().replace(b'V="M57-M57"', b'V="M14-M14_COM_500_3500"'))
    report = json.loads(run(str(m14), "--schema", "scdl-budget", "--json").stdout)
    errors = {f["column"]: f["count"] for f in report["findings"] if f["severity"] == "error"}
    assert errors == {"BGT_CONTNAT": 3, "BGT_CONTNAT_LABEL": 3, "BGT_NATURE_LABEL": 3}  # no M14 plan bundled
    assert any(f["code"].startswith("quality.") for f in report["findings"])
    done = run(str(data), "--json")  # no schema: no conversion, no sentence
    assert "converties" not in done.stderr and done.returncode == 0


def test_montpellier_budget_xml_against_scdl_budget(realdata: Path) -> None:
    done = run(str(realdata / "budget-xml/montpellier-CA-2018.xml"), "--schema", "scdl-budget", "--json")
    assert done.returncode == 0 and "converties au format SCDL budget" in done.stderr
    report = json.loads(done.stdout)
    schema = {f["column"]: f["count"] for f in report["findings"] if f["code"].startswith("schema.")
              and f["severity"] == "error"}
    assert schema == {}  # ContNat and labels from the M57 plan: the CA 2018 conforms to SCDL budget


def test_json_rows_are_every_row_number_of_each_finding(tmp_path: Path) -> None:
    from viz.commands.check import as_dict
    from viz.findings import make
    big = make("quality.whitespace", "warning", "nom", list(range(2, 5002)), "quality.whitespace", edges=1,
               double=0, nbsp=0, first="2, 3")
    import orjson
    for lang in ("fr", "en"):  # the rows stay an array up to the JSON: the same text as the list of ints
        assert orjson.dumps(as_dict(big, lang), option=orjson.OPT_SERIALIZE_NUMPY) == orjson.dumps(big.to_dict(lang))
        assert json.dumps(as_dict(big, lang), default=lambda a: a.tolist()) == json.dumps(big.to_dict(lang))
    assert as_dict(big, "fr")["rows"][-1] == 5001 and big.rows[-1] == 5001
    data = tmp_path / "s.csv"
    lines = [f"{'  Mairie' if i % 3 == 0 else 'Mairie'};{i}" for i in range(200)]
    data.write_bytes(("nom;n\n" + "\n".join(lines) + "\n").encode("latin-1"))
    done = run(str(data), "--json")
    spaces = [f for f in json.loads(done.stdout)["findings"] if f["code"] == "quality.whitespace"]
    assert spaces[0]["rows"] == [i + 2 for i in range(0, 200, 3)] and spaces[0]["count"] == 67


def test_json_report_is_the_same_with_or_without_orjson(monkeypatch, capfdbinary):
    import json
    import sys as _sys
    from viz.commands.check import _write_json
    doc = {"rows": 3, "valid": False, "findings": [{"code": "quality.leading_zeros", "rows": [2, 4],
                                                     "message": "Colonne « code_postal » : zéro perdu"}]}
    _write_json(doc)
    fast = capfdbinary.readouterr().out
    monkeypatch.setitem(_sys.modules, "orjson", None)  # import orjson now raises ImportError
    _write_json(doc)
    plain = capfdbinary.readouterr().out
    assert json.loads(fast) == json.loads(plain) == doc
    assert "«".encode() in fast and "«".encode() in plain  # UTF-8, not \\u escapes


def test_schema_version_is_suggested_and_checkable_with_id_at_version(realdata: Path) -> None:
    path = str(realdata / "subventions-pays-de-la-loire/maine-et-loire-conventions.csv")
    hint = [f for f in json.loads(run(path, "--schema", "scdl-subventions", "--json").stdout)["findings"]
            if f["code"] == "schema.version"]
    assert len(hint) == 1 and hint[0]["severity"] == "info" and "scdl-subventions@2.0.2" in hint[0]["message"]
    done = run(path, "--schema", "scdl-subventions@2.0.2", "--json")
    assert done.returncode == 1
    assert not [f for f in json.loads(done.stdout)["findings"] if f["code"] == "schema.version"]
    bad = run(path, "--schema", "scdl-subventions@1.0")
    assert bad.returncode == 2 and "scdl-subventions@2.0.2" in bad.stderr


def test_blank_line_and_title_line_rows_are_the_file_lines(tmp_path: Path) -> None:
    data = tmp_path / "titre.csv"
    data.write_text("Liste des subventions 2024\nid;nom\n1;a\n\nx;b\n", encoding="utf-8")
    schema = tmp_path / "s.json"
    schema.write_text(json.dumps({"fields": [{"name": "id", "type": "integer"}, {"name": "nom"}]}), encoding="utf-8")
    report = json.loads(run(str(data), "--schema", str(schema), "--json").stdout)
    rows = {f["code"]: f["rows"] for f in report["findings"] if f["code"].startswith("schema.")}
    assert rows == {"schema.blank-row": [4], "schema.type-error": [5]}

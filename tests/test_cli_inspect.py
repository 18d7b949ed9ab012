"""python -m viz inspect: JSON contract of ../shared/CLI.md, French errors, exit status."""
import json
import subprocess
import sys

from tests.conftest import ROOT
from tests.fixtures import communes_csv_latin1


def run(*args):
    return subprocess.run([sys.executable, "-m", "viz", *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_inspect_json(tmp_path):
    path = tmp_path / "communes.csv"
    path.write_bytes(communes_csv_latin1())
    res = run("inspect", path, "--json")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert (out["encoding"], out["separator"], out["decimal"], out["rows"]) == ("cp1252", ";", ",", 5)
    by_name = {c["name"]: c for c in out["columns"]}
    assert by_name["code_insee"]["kind"] == "code_insee"
    assert by_name["code_postal"]["kind"] == "code_postal"
    assert by_name["département"]["kind"] == "code_departement"
    assert by_name["population"]["kind"] == "integer"
    assert by_name["budget_€"]["kind"] == "money"
    assert all(c["missing"] == 0 for c in out["columns"])


def test_inspect_bad_file_exit_2_french_message(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(300))
    res = run("inspect", path, "--json")
    assert res.returncode == 2
    assert "image JPEG" in res.stderr and "Traceback" not in res.stderr
    assert res.stdout == ""


def test_inspect_human_output(tmp_path):
    path = tmp_path / "communes.csv"
    path.write_bytes(communes_csv_latin1())
    res = run("inspect", path)
    assert res.returncode == 0 and "5 lignes, 7 colonnes" in res.stdout


def test_inspect_every_real_file(realdata):
    for path in sorted(p for p in realdata.rglob("*") if p.is_file() and p.name != "README.md" and "schema" not in p.name):
        res = run("inspect", path, "--json")
        assert res.returncode == 0, (path, res.stderr)
        assert json.loads(res.stdout)["rows"] > 0

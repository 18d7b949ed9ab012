"""Files too large for memory (viz.big): read in chunks, inspected and checked with the same answers as in memory.

The key test: the same file checked in memory and streamed in chunks of 7 rows gives the same findings (codes,
columns, rows, counts, messages), except those the streaming mode says it does not run.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import viz.big
from viz.big.check import NOT_STREAMED
from viz.big.stream import open_stream
from viz.cli import main
from viz.io import load

CHUNK = ["--stream", "--chunk-rows", "7", "--block-bytes", "1024"]


def subsidies_csv(rows: int = 60) -> bytes:
    """A cp1252 `;` file as a département publishes it: a title line, codes, amounts with decimal commas,
    coordinates, and problems spread over every chunk (lost zeros, stray spaces, placeholders, an empty column,
    e-mails, a SIRET with a wrong key, points outside their département, a blank line, repeated rows)."""
    communes = [("01053", "01000", "Bourg-en-Bresse", "46.2052", "5.2255"), ("13055", "13001", "Marseille", "43.2965", "5.3698"),
                ("2A004", "20000", "Ajaccio", "41.9192", "8.7386"), ("75056", "75001", "Paris", "48.8566", "2.3522"),
                ("04070", "04000", "Digne-les-Bains", "44.0925", "6.2356")]
    lines = ["Subventions versées en 2024 (export du logiciel financier)",
             "siret;code_insee;code_postal;commune;beneficiaire;montant;latitude;longitude;courriel;observations;vide"]
    for i in range(rows):
        insee, postal, name, lat, lon = communes[i % len(communes)]
        siret = f"{21010053400010 + 97 * i:014d}" if i % 11 else "21010053400011"
        if i % 9 == 4:
            insee, postal = insee.lstrip("0"), postal.lstrip("0")
        if i % 13 == 6:
            lat, lon = "43.6047", "1.4442"  # Toulouse: outside the département the row declares
        who = f"Association n°{i % 17}" + ("  " if i % 8 == 3 else "")
        amount = f"{1000 + 37 * i} {i % 1000:03d},{i % 100:02d}"
        mail = f"contact{i}@asso.fr" if i % 5 == 0 else ""
        note = "NA" if i % 6 == 2 else ("néant" if i % 10 == 7 else f"Dossier {i}")
        lines.append(";".join([siret, insee, postal, name, who, amount, lat, lon, mail, note, ""]))
        if i in (20, 44):
            lines.append(lines[-1])  # a repeated row, in another chunk than the row it repeats
        if i == 30:
            lines.append(";" * 10)  # a blank row
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


SCHEMA = {"fields": [
    {"name": "siret", "type": "string", "constraints": {"required": True, "pattern": r"^\d{14}$"}},
    {"name": "code_insee", "type": "string", "constraints": {"pattern": r"^([013-9]\d|2[AB1-9])\d{3}$"}},
    {"name": "code_postal", "type": "string", "constraints": {"minLength": 5}},
    {"name": "commune", "type": "string", "constraints": {"enum": ["Bourg-en-Bresse", "Marseille", "Paris", "Ajaccio"]}},
    {"name": "beneficiaire", "type": "string", "constraints": {"maxLength": 18}},
    {"name": "montant", "type": "number", "decimalChar": ",", "groupChar": " "},
    {"name": "latitude", "type": "number"}, {"name": "longitude", "type": "number"},
    {"name": "courriel", "type": "string", "format": "email"},
    {"name": "observations", "type": "string"}, {"name": "vide", "type": "string"},
]}


@pytest.fixture
def subsidies(tmp_path: Path) -> Path:
    path = tmp_path / "subventions.csv"
    path.write_bytes(subsidies_csv())
    return path


def _run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, dict, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, json.loads(out.out), out.err


def _by_key(findings: list[dict]) -> dict[tuple, dict]:
    return {(f["code"], f["column"]): f for f in findings}


def test_chunks_are_the_table_read_in_memory(subsidies: Path) -> None:
    stream = open_stream(subsidies, chunk_rows=7, block_bytes=1024)
    chunks = list(stream.chunks())
    whole = load(subsidies)
    assert [offset for offset, _ in chunks] == list(range(0, len(whole.original), 7))
    assert pd.concat([c for _, c in chunks], ignore_index=True).equals(whole.original)
    info = stream.info
    assert (info.encoding, info.separator, info.decimal, info.thousands, info.header_row) == (
        whole.read.encoding, whole.read.separator, whole.read.decimal, whole.read.thousands, whole.read.header_row)
    assert stream.rows == len(whole.original) == 63 and stream.sha256 == whole.read.sha256


@pytest.mark.parametrize("with_schema", [False, True])
def test_streamed_check_finds_what_the_in_memory_check_finds(subsidies: Path, tmp_path: Path, with_schema: bool,
                                                             capsys: pytest.CaptureFixture) -> None:
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps(SCHEMA), encoding="utf-8")
    keyed = {**SCHEMA, "primaryKey": ["siret", "commune"],
             "fields": [{**f, "constraints": {**f.get("constraints", {}), "unique": True}}
                        if f["name"] in ("siret", "courriel") else f for f in SCHEMA["fields"]]}
    schema.write_text(json.dumps(keyed), encoding="utf-8")
    extra = ["--schema", str(schema)] if with_schema else []
    code_mem, memory, _ = _run(capsys, "check", str(subsidies), "--json", *extra)
    code_str, streamed, err = _run(capsys, "check", str(subsidies), "--json", *CHUNK, *extra)
    assert code_mem == code_str == 1 and memory["rows"] == streamed["rows"] == 63
    expected = {k: f for k, f in _by_key(memory["findings"]).items() if k[0] not in NOT_STREAMED}
    got = _by_key(streamed["findings"])
    assert set(got) == set(expected)
    for key, finding in expected.items():
        assert got[key] == finding, key
    codes = {k[0] for k in expected}
    assert {"quality.leading_zeros", "quality.whitespace", "quality.placeholder", "quality.duplicate_row",
            "quality.empty_column", "quality.personal_data", "quality.check_key",
            "coord.outside_departement"} <= codes
    assert got[("quality.duplicate_row", None)]["rows"] == [24, 50]  # title line and header above
    if with_schema:  # unique and primary key across chunks: the repeated rows, and the SIRET reused every 11 rows
        assert {"schema.constraint-error", "schema.blank-row", "schema.unique-error", "schema.primary-key"} <= codes
        assert got[("schema.unique-error", "siret")]["count"] == 7
    assert streamed["streamed"] is True and "lecture en flux" in err and "Ne sont pas vérifiés" in err


def test_streamed_inspect_describes_the_file_as_in_memory(subsidies: Path, capsys: pytest.CaptureFixture) -> None:
    _, memory, _ = _run(capsys, "inspect", str(subsidies), "--json")
    _, streamed, err = _run(capsys, "inspect", str(subsidies), "--json", *CHUNK)
    assert streamed.pop("streamed") is True and "types de colonnes" in err
    assert streamed == memory
    kinds = {c["name"]: c["kind"] for c in streamed["columns"]}
    assert kinds["code_postal"] == "code_postal" and kinds["latitude"] == "latitude" and kinds["vide"] == "empty"


def test_kinds_from_a_sample_spread_over_a_long_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """Past 2 x 5,000 values the sample is thinned evenly: a column of codes late in the file stays a code."""
    path = tmp_path / "long.csv"
    frame = pd.DataFrame({"code_postal": [f"{13000 + i % 16:05d}" for i in range(30_000)],
                          "montant": [f"{i},50" for i in range(30_000)]})
    frame.to_csv(path, sep=";", index=False)
    _, memory, _ = _run(capsys, "inspect", str(path), "--json")
    _, streamed, _ = _run(capsys, "inspect", str(path), "--json", "--stream", "--chunk-rows", "4000")
    assert [c["kind"] for c in streamed["columns"]] == [c["kind"] for c in memory["columns"]]
    assert [c["distinct"] for c in streamed["columns"]] == [16, 30_000]


def test_schema_checks_needing_the_whole_table_are_named(subsidies: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture) -> None:
    schema = tmp_path / "schema.json"
    keys = [{"fields": "code_postal", "reference": {"resource": "", "fields": "code_insee"}}]
    schema.write_text(json.dumps({**SCHEMA, "foreignKeys": keys}), encoding="utf-8")
    _, report, err = _run(capsys, "check", str(subsidies), "--json", "--schema", str(schema), *CHUNK)
    assert "foreignKeys" in report["not_checked"] and "Non vérifié en mode flux dans ce schéma : foreignKeys" in err
    assert not [f for f in report["findings"] if f["code"] == "schema.foreign-key"]


def test_large_files_switch_to_streaming_by_themselves(subsidies: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(viz.big, "STREAM_BYTES", 1000)
    _, report, err = _run(capsys, "check", str(subsidies), "--json")
    assert report["streamed"] is True and "lecture en flux" in err
    monkeypatch.setattr(viz.big, "STREAM_BYTES", 10**9)
    _, report, _ = _run(capsys, "check", str(subsidies), "--json")
    assert "streamed" not in report


def test_rows_with_a_wrong_field_count_are_said(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("a;b\n1;2\n3;4;5\n6;7\n", encoding="utf-8")
    code, report, _ = _run(capsys, "check", str(path), "--json", "--stream")
    skipped = [f for f in report["findings"] if f["code"] == "stream.skipped_rows"]
    assert code == 1 and skipped[0]["count"] == 1 and "« 3;4;5 »" in skipped[0]["message"]


def test_importer_page_says_where_files_over_200_mb_go() -> None:
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT
    at = AppTest.from_file(str(ROOT / "pages/importer.py"), default_timeout=60).run()
    assert not at.exception
    assert any("200 Mo" in c.value and "python -m viz check" in c.value for c in at.caption)


def test_row_fingerprints_tell_rows_apart_as_pandas_does() -> None:
    from viz.big.rowhash import row_hashes
    table = pd.DataFrame({"a": ["", "ab", "ba", "a", "", "01053", "1053", "é"],
                          "b": ["ab", "", "", "b", "ab", "x", "x", "é"]}, dtype="str")
    hashes = row_hashes(table)
    assert list(pd.Series(hashes).duplicated()) == list(table.duplicated())
    assert len(set(hashes.tolist())) == 7  # only rows 0 and 4 are equal; `ab|` differs from `|ab` and `a|b`


def test_a_byte_cp1252_lacks_is_named_when_streamed(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """A 0x81 byte (undefined in cp1252) far into a streamed file stopped it with « Erreur inattendue
    (UnicodeDecodeError) »; it is now read as `�` and the mojibake check names its row, as in memory."""
    rows = ["nom;ville;montant"] + [f"Association é {i};Besançon;{i},50" for i in range(3000)]
    path = tmp_path / "subventions.csv"
    path.write_bytes(("\n".join(rows) + "\n").encode("cp1252") + b"Assoc \x81 bad;Lyon;3,00\n")
    code, streamed, err = _run(capsys, "check", str(path), "--json", *CHUNK)
    assert "inattendue" not in err and streamed["rows"] == 3001
    mojibake = [f for f in streamed["findings"] if f["code"] == "quality.mojibake"]
    assert [f["rows"] for f in mojibake] == [[3002]] and mojibake[0]["column"] == "nom"
    code_mem, memory, _ = _run(capsys, "check", str(path), "--json")
    assert [f["rows"] for f in memory["findings"] if f["code"] == "quality.mojibake"] == [[3002]]


def test_streamed_counts_stay_exact_when_a_column_stops_looking_like_numbers(tmp_path: Path,
                                                                             capsys: pytest.CaptureFixture) -> None:
    """Numbers are counted as sorted keys while a column holds only numbers; a code like `A12`, a `-` or a blank
    later on turns what was counted into texts: the counts are still the in-memory ones, whatever the chunks."""
    lines = ["ref;montant;commune"]
    for i in range(6000):
        ref = f"A{i % 40}" if 3000 <= i < 3100 else str(i % 4500)
        montant = "-" if i == 4200 else " " if i == 5100 else f"{i % 700},{i % 100:02d}"
        lines.append(f"{ref};{montant};{['Évry', 'Sète', 'NA'][i % 3]}")
    path = tmp_path / "long.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))
    _, memory, _ = _run(capsys, "inspect", str(path), "--json")
    for rows in ("500", "2999", "3050"):
        _, streamed, _ = _run(capsys, "inspect", str(path), "--json", "--stream", "--chunk-rows", rows)
        streamed.pop("streamed")
        assert streamed == memory, rows
    counts = {c["name"]: (c["missing"], c["distinct"]) for c in memory["columns"]}
    assert counts["ref"] == (0, 4440) and counts["montant"][0] == 2 and counts["commune"] == (2000, 2)


def test_streamed_distinct_counts_stop_at_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past DISTINCT_CAP distinct values a column is no longer counted (a lower bound is said), for numbers
    counted as keys and for texts alike; a column below the cap keeps its exact count."""
    import pyarrow as pa

    import viz.big.profile as big
    monkeypatch.setattr(big, "DISTINCT_CAP", 1000)
    chunks = [(i * 800, pa.table({"id": pa.array([str(n) for n in range(i * 800, (i + 1) * 800)], pa.large_string()),
                                  "nom": pa.array([f"Asso {n}" for n in range(i * 800, (i + 1) * 800)],
                                                  pa.large_string()),
                                  "code": pa.array([f"{n % 90:05d}" for n in range(800)], pa.large_string())}))
              for i in range(3)]
    profiles, capped = big.stream_profile(chunks, ["id", "nom", "code"])
    assert capped == ["id", "nom"]
    assert [p.distinct for p in profiles] == [1000, 1000, 90]
    assert profiles[0].examples == ["0", "1", "2"] and profiles[2].missing == 0

"""Issue 21, read side: no file can take the studio down. A corpus built in code, one case per item.

Each case runs `python -m viz inspect FILE --json` in a subprocess under a memory limit (RLIMIT_AS) and a
timeout (bounds, not speed measurements), and asserts the exit status, a French message on stderr, never
« Erreur inattendue » nor a traceback, and the original file unchanged.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

MEMORY = 2 << 30
TIMEOUT = 120


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def inspect(path: Path, *extra: str) -> subprocess.CompletedProcess:
    """Run `inspect --json` bounded in memory and time; check the invariants every case shares."""
    before = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    res = subprocess.run([sys.executable, "-m", "viz", "inspect", str(path), "--json", *extra], cwd=ROOT,
                         capture_output=True, text=True, timeout=TIMEOUT, preexec_fn=_limit)
    assert "inattendue" not in res.stderr and "Traceback" not in res.stderr, res.stderr
    assert "Warning" not in res.stderr, res.stderr  # openpyxl's "no default style" never reaches a person
    if before is not None:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    return res


def refused(path: Path) -> str:
    res = inspect(path)
    assert res.returncode == 2 and res.stdout == "", res.stderr
    assert res.stderr.startswith("Erreur : "), res.stderr
    return res.stderr.replace("\u202f", " ").replace("\u00a0", " ")  # Babel's French thousands space


def read(path: Path) -> dict:
    res = inspect(path)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buf.getvalue()


def xlsx_raw(sheet_xml: str) -> bytes:
    """A minimal workbook written by hand (no styles part, as some exporters write them)."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return _zip({
        "[Content_Types].xml": (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>').encode(),
        "_rels/.rels": (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>').encode(),
        "xl/workbook.xml": (
            f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>').encode(),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>').encode(),
        "xl/worksheets/sheet1.xml": (f'<?xml version="1.0"?><worksheet xmlns="{main}">{sheet_xml}</worksheet>').encode(),
    })


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def ods_raw(rows_xml: str) -> bytes:
    """A minimal ODS written by hand, so its repeats can be anything a file may declare."""
    content = (
        '<?xml version="1.0"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Feuille1">'
        f'{rows_xml}</table:table></office:spreadsheet></office:body></office:document-content>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml",
                         '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                         '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                         '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                         '</manifest:manifest>', zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _ods_cell(text: str, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{rep}><text:p>{text}</text:p></table:table-cell>'


# 1. Sheets that declare more than they hold, and archives that inflate far beyond their size

def test_xlsx_declaring_the_whole_sheet_with_one_far_cell_is_refused_saying_its_size(tmp_path):
    path = tmp_path / "immense.xlsx"
    path.write_bytes(xlsx_raw('<dimension ref="A1:XFD1048576"/><sheetData>'
                              f'<row r="1">{_cell("A1", "nom")}</row>'
                              f'<row r="1048576">{_cell("XFD1048576", "loin")}</row></sheetData>'))
    assert path.stat().st_size < 4096
    message = refused(path)
    assert "A1:XFD1048576" in message and "1 048 576 lignes × 16 384 colonnes" in message, message


def test_xlsx_declaring_the_whole_sheet_but_holding_a_small_table_is_read(tmp_path):
    path = tmp_path / "declare.xlsx"
    rows = "".join(f'<row r="{i}">{_cell(f"A{i}", f"v{i}")}{_cell(f"B{i}", str(i))}</row>' for i in range(1, 4))
    path.write_bytes(xlsx_raw(f'<dimension ref="A1:XFD1048576"/><sheetData>{rows}</sheetData>'))
    out = read(path)
    assert out["rows"] == 2 and [c["name"] for c in out["columns"]] == ["v1", "1"]


def test_xlsx_bomb_is_refused_before_parsing(tmp_path):
    row = '<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>'
    path = tmp_path / "bombe.xlsx"
    path.write_bytes(xlsx_raw("<sheetData>" + row * 400_000 + "</sheetData>"))  # 30 MB of XML in ~60 KB
    message = refused(path)
    assert "bombe ZIP" in message and "sheet1.xml" in message, message


def test_ods_repeating_a_cell_over_the_whole_sheet_is_refused(tmp_path):
    path = tmp_path / "immense.ods"
    path.write_bytes(ods_raw(f'<table:table-row>{_ods_cell("nom")}</table:table-row>'
                             f'<table:table-row table:number-rows-repeated="1048575">{_ods_cell("x", 16384)}'
                             '</table:table-row>'))
    message = refused(path)
    assert "Feuille1" in message and "1 048 576 lignes × 16 384 colonnes" in message, message


def test_ods_far_cell_after_empty_repeats_is_refused(tmp_path):
    path = tmp_path / "loin.ods"
    path.write_bytes(ods_raw(f'<table:table-row>{_ods_cell("nom")}</table:table-row>'
                             '<table:table-row table:number-rows-repeated="1048574"><table:table-cell/></table:table-row>'
                             '<table:table-row><table:table-cell table:number-columns-repeated="16383"/>'
                             f'{_ods_cell("loin")}</table:table-row>'))
    assert "16 384 colonnes" in refused(path)


def test_ods_bomb_is_refused(tmp_path):
    path = tmp_path / "bombe.ods"
    path.write_bytes(ods_raw("<table:table-row>" + _ods_cell("a") * 600_000 + "</table:table-row>"))
    assert "bombe ZIP" in refused(path)


def test_honest_ods_with_repeats_is_read(tmp_path):
    path = tmp_path / "communes.ods"
    path.write_bytes(ods_raw(f'<table:table-row>{_ods_cell("code")}{_ods_cell("nom")}</table:table-row>'
                             f'<table:table-row table:number-rows-repeated="3">{_ods_cell("01053")}{_ods_cell("Bourg")}'
                             '</table:table-row><table:table-row table:number-rows-repeated="1048570">'
                             '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'))
    out = read(path)
    assert out["rows"] == 3 and out["columns"][0]["examples"] == ["01053"]


# 2. What is not a regular file

def test_dev_zero_is_refused_unopened():
    assert "n'est pas un fichier ordinaire" in refused(Path("/dev/zero"))


def test_fifo_is_refused_unopened(tmp_path):
    fifo = tmp_path / "tube.csv"
    os.mkfifo(fifo)
    assert "tube nommé" in refused(fifo)


# 3. Width: thousands of columns are read quickly, beyond the cap refused with a clear message

def test_five_thousand_columns_are_refused_at_once_saying_the_limit(tmp_path):
    path = tmp_path / "large.csv"
    header = ";".join(f"c{i}" for i in range(5000))
    path.write_text(header + "\n" + ";".join(str(i) for i in range(5000)) + "\n")
    message = refused(path)
    assert "5 000 colonnes" in message and "limite de 3 000 colonnes" in message, message


def test_a_thousand_columns_are_read(tmp_path):
    path = tmp_path / "large.csv"
    path.write_text(";".join(f"c{i}" for i in range(1000)) + "\n" + ";".join(str(i) for i in range(1000)) + "\n"
                    + ";".join(f"0{i},5" for i in range(1000)) + "\n")
    out = read(path)
    assert len(out["columns"]) == 1000 and {c["kind"] for c in out["columns"]} == {"number"}


def test_ragged_rows_cannot_widen_past_the_limit(tmp_path):
    path = tmp_path / "deborde.csv"
    path.write_text("a;b\n1;2\n" + ";".join("x" * 4000) + "\n")
    assert "4 000 colonnes" in refused(path)


def test_twenty_thousand_json_keys_are_refused(tmp_path):
    path = tmp_path / "cles.json"
    path.write_text(json.dumps([{f"k{i}": i for i in range(20_000)}]))
    message = refused(path)
    assert "20 000 colonnes" in message and "3 000" in message, message


def test_json_records_with_ever_new_keys_are_refused_before_the_table_is_built(tmp_path):
    path = tmp_path / "cles.json"
    path.write_text(json.dumps([{f"k{i}": i} for i in range(100_000)]))
    assert "colonnes" in refused(path)


# 4. A workbook over 64 KiB is a workbook, not « une archive ZIP »

def test_xlsx_over_64_kib_is_read_by_the_command_line(tmp_path):
    from tests.fixtures import xlsx
    rows = [["code_insee", "libelle"]] + [[f"{i:05d}", os.urandom(24).hex()] for i in range(3000)]
    path = tmp_path / "grand.xlsx"
    path.write_bytes(xlsx({"Communes": rows}))
    assert path.stat().st_size > 1 << 16
    out = read(path)
    assert out["format"] == "xlsx" and out["rows"] == 3000


def test_ods_over_64_kib_is_read_by_the_command_line(tmp_path):
    rows = "".join(f"<table:table-row>{_ods_cell(f'{i:05d}')}{_ods_cell(os.urandom(30).hex())}</table:table-row>"
                   for i in range(2000))
    path = tmp_path / "grand.ods"
    path.write_bytes(ods_raw(f"<table:table-row>{_ods_cell('code')}{_ods_cell('hash')}</table:table-row>{rows}"))
    assert path.stat().st_size > 1 << 16
    assert read(path)["rows"] == 2000


# 5. Header names never collide

def test_renamed_duplicates_never_collide(tmp_path):
    path = tmp_path / "doublons.csv"
    path.write_text("a;a;a_2;b\n1;2;3;4\n5;6;7;8\n")
    out = read(path)
    names = [c["name"] for c in out["columns"]]
    assert names == ["a", "a_3", "a_2", "b"] and out["columns"][2]["examples"] == ["3", "7"]


# 6. An unterminated quote is said, and the rows after it are not lost

@pytest.mark.parametrize("line", ['B;"Lyon;2', 'B;Lyon;"2'])
def test_unterminated_quote_is_said_and_rows_kept(tmp_path, line):
    path = tmp_path / "guillemet.csv"
    path.write_text("nom;ville;n\nA;Paris;1\n" + line + "\nC;Nice;3\nD;Metz;4\n")
    out = read(path)
    assert out["rows"] == 4
    assert out["columns"][0]["examples"] == ["A", "B", "C"]
    assert any("Ligne 3" in n and "pas refermé" in n for n in out["notes"]), out["notes"]


def test_a_stray_quote_on_every_other_line_is_read_in_one_pass(tmp_path):
    """10 MB where every other line opens a quote closed by the next line's: re-reading the rest of the file at each
    quote (the former careful reader) runs past the timeout; one pass reads every row and says it once."""
    path = tmp_path / "guillemets.csv"
    lines = ["nom;ville;montant"] + [f'"Asso {i};Lyon;{i}' if i % 2 == 0 else f'Asso {i};"Lyon";{i}'
                                     for i in range(400_000)]
    path.write_text("\n".join(lines) + "\n")
    out = read(path)
    assert out["rows"] == 400_000
    assert any(n.startswith("200\u202f000 guillemets ouverts ne sont pas refermés") for n in out["notes"]), out["notes"]


# 7. A cell over 131,072 characters in a ragged file

def test_huge_cell_with_a_ragged_row_is_read(tmp_path):
    shape = "[[" + ", ".join("[2.3522, 48.8566]" for _ in range(9000)) + "]]"
    assert len(shape) > 131_072
    path = tmp_path / "geo_shape.csv"
    path.write_text(f'id;geo_shape;nom\n1;"{shape}";Paris\n2;;Lyon;en trop\n')
    out = read(path)
    assert out["rows"] == 2 and out["columns"][1]["name"] == "geo_shape"


# 8. JSON: flattening keeps every value, huge numbers and deep nesting end in French

def test_json_flattening_keeps_both_values(tmp_path):
    path = tmp_path / "points.json"
    path.write_text('[{"a.b": 1, "a": {"b": 2}}, {"a.b": 3, "a": {"b": 4}}]')
    cols = {c["name"]: c["examples"] for c in read(path)["columns"]}
    assert sorted(cols.values()) == [["1", "3"], ["2", "4"]] and len(cols) == 2, cols


def test_json_number_of_5000_digits_is_kept_as_written(tmp_path):
    path = tmp_path / "grand_nombre.json"
    digits = "9" * 5000
    path.write_text(f'[{{"id": 1, "n": {digits}}}]')
    out = read(path)
    assert out["rows"] == 1 and out["columns"][1]["examples"][0] == digits[:80]


@pytest.mark.parametrize("depth", [5_000, 2_000_000])
def test_deeply_nested_json_is_refused_in_french(tmp_path, depth):
    path = tmp_path / "profond.json"
    path.write_text('[{"a": ' + "[" * depth + "]" * depth + "}]")
    assert "imbriqué" in refused(path)


# 9. UTF-16 without BOM, a stray NUL, a binary refused with its reason, a doubtful encoding

def test_utf16_without_bom_is_read(tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes("nom;ville\nÉlodie;Orléans\nJosé;Besançon\n".encode("utf-16-le"))
    out = read(path)
    assert out["encoding"] == "utf-16-le" and out["columns"][1]["examples"] == ["Orléans", "Besançon"]
    assert any("UTF-16" in n for n in out["notes"])


def test_large_utf16_without_bom_read_from_disk(tmp_path):
    path = tmp_path / "utf16_grand.csv"
    path.write_bytes(("nom;ville\n" + "".join(f"Élodie{i};Orléans\n" for i in range(5000))).encode("utf-16-be"))
    assert path.stat().st_size > 1 << 16
    out = read(path)
    assert (out["encoding"], out["rows"]) == ("utf-16-be", 5000) and out["columns"][1]["examples"] == ["Orléans"]


def test_stray_nul_in_a_cell_is_read_and_reported(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes(b"nom;ville\nA;Pa\x00ris\nB;Lyon\n")
    out = read(path)
    assert out["rows"] == 2 and any("nul" in n and "ligne 2" in n for n in out["notes"]), out["notes"]


def test_binary_file_is_refused_saying_why(tmp_path):
    path = tmp_path / "donnees.csv"
    path.write_bytes(bytes(range(256)) * 40)
    message = refused(path)
    assert "caractères de contrôle" in message and "octets nuls" in message, message


def test_shift_jis_is_read_with_a_doubt(tmp_path):
    path = tmp_path / "japon.csv"
    path.write_bytes("名前;都市\n山田太郎;東京都新宿区\n佐藤花子;大阪市北区\n鈴木一郎;名古屋市\n".encode("shift_jis"))
    out = read(path)
    assert out["rows"] == 3 and any("Encodage incertain" in n for n in out["notes"]), out["notes"]


def test_french_cp1252_has_no_doubt(tmp_path):
    path = tmp_path / "france.csv"
    path.write_bytes("nom;ville\nÉlodie Noël;Orléans\nFrançois Lefèvre;Besançon\nŒuvre créée;Évreux\n".encode("cp1252"))
    out = read(path)
    assert out["encoding"] == "cp1252" and out["notes"] == []


# 10. openpyxl's warnings never reach a person (asserted by `inspect` above on every case too)

def test_workbook_without_styles_is_read_silently(tmp_path):
    path = tmp_path / "sans_style.xlsx"
    path.write_bytes(xlsx_raw(f'<sheetData><row r="1">{_cell("A1", "nom")}</row>'
                              f'<row r="2">{_cell("A2", "Élodie")}</row></sheetData>'))
    res = inspect(path)
    assert res.returncode == 0 and res.stderr == ""


# 11. Every path ends in a French message: damaged files of each format

@pytest.mark.parametrize("name,data", [
    ("casse.xlsx", xlsx_raw("<sheetData><row><c><v>1</v></c></row>")[:-30]),
    ("casse.ods", b"PK\x03\x04" + b"\x00" * 100),
    ("casse.json", b'[{"a": 1}, {"a": 2'),
    ("casse.geojson", b'{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": 5}]}'),
    ("casse.xml", b"<DocumentBudgetaire><Budget>" * 3),
    ("vide.csv", b"\n\n\n"),
])
def test_damaged_files_end_in_french(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    res = inspect(path)
    assert res.returncode in (0, 2)
    if res.returncode == 2:
        assert res.stderr.startswith("Erreur : ")

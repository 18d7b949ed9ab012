"""CSV as portals publish it: encodings, separators, decimal marks, title lines, ragged rows."""
import codecs

import pytest

from tests.fixtures import communes_csv_latin1
from viz.i18n import t
from viz.io import CsvOptions, LoadError, LoadOptions, load, load_bytes


def test_latin1_semicolon_decimal_comma_keeps_codes_as_text():
    ds = load_bytes(communes_csv_latin1(), "communes.csv")
    assert ds.read.encoding == "cp1252"
    assert ds.read.separator == ";"
    assert ds.read.decimal == ","
    assert ds.read.thousands == " "
    assert list(ds.original["code_insee"]) == ["01053", "2A004", "04070", "13055", "06088"]
    assert ds.original["code_postal"].iloc[2] == "04000"
    assert ds.original.loc[0, "population"] == "41\u00a0365"
    assert "département" in ds.original.columns and "budget_€" in ds.original.columns
    assert all(str(dt) == "str" for dt in ds.original.dtypes)


@pytest.mark.parametrize("sep", [";", ",", "\t", "|"])
def test_separator_guessed(sep):
    text = sep.join(["siret", "nom", "montant"]) + "\n"
    text += "\n".join(sep.join([f"{i:014d}", f"Association {i}", f"{i * 10}"]) for i in range(1, 30))
    ds = load_bytes(text.encode(), "x.csv")
    assert ds.read.separator == sep
    assert ds.original.shape == (29, 3)
    assert ds.original.loc[0, "siret"] == "00000000000001"


def test_utf8_bom_and_utf16():
    text = "nom;ville\nÉcole Jules-Ferry;Besançon\n"
    ds = load_bytes(codecs.BOM_UTF8 + text.encode(), "a.csv")
    assert ds.read.encoding == "utf-8-sig" and list(ds.original.columns) == ["nom", "ville"]
    assert ds.original.loc[0, "ville"] == "Besançon"
    ds16 = load_bytes(text.encode("utf-16"), "b.csv")
    assert ds16.read.encoding == "utf-16" and ds16.original.loc[0, "nom"] == "École Jules-Ferry"


def test_mixed_encoding_is_decoded_line_by_line():
    data = "nom;montant\n".encode() + "Comité des fêtes;100 €\n".encode("cp1252") + "Théâtre;200 €\n".encode()
    ds = load_bytes(data, "mixte.csv")
    assert ds.read.encoding == "mixed"
    assert list(ds.original["nom"]) == ["Comité des fêtes", "Théâtre"]
    assert list(ds.original["montant"]) == ["100 €", "200 €"]
    assert ds.read.notes[0][0] == "io.note.mixed_encoding"


def test_title_lines_above_header_are_skipped():
    text = "Budget primitif 2025\nVille de Gap\ncode;libellé;montant\n011;Charges à caractère général;1 234,50\n012;Charges de personnel;9 876,00\n"
    ds = load_bytes(text.encode(), "b.csv")
    assert ds.read.header_row == 2
    assert list(ds.original.columns) == ["code", "libellé", "montant"]
    assert list(ds.original["code"]) == ["011", "012"]


def test_ragged_rows_keep_every_field():
    text = "a;b;c\n1;2;3\n4;5;6;7\n8;9\n"
    ds = load_bytes(text.encode(), "r.csv")
    assert ds.original.shape == (3, 4)
    assert ds.original.loc[1, "colonne_4"] == "7"
    assert ds.original.loc[2, "c"] == ""
    assert ds.read.ragged_rows == ((3, 4), (4, 2))
    assert ds.read.columns_expected == 3


def test_quoted_newlines_in_header_and_cells():
    text = 'nom;"Montant\nde la subvention";cp\n"Club ""Les Amis""";"2 550,00";72000\n"Ligne\nsur deux";"10,00";72100\n'
    ds = load_bytes(text.encode("latin-1"), "q.csv")
    assert list(ds.original.columns) == ["nom", "Montant\nde la subvention", "cp"]
    assert list(ds.original["nom"]) == ['Club "Les Amis"', "Ligne\nsur deux"]
    assert ds.read.decimal == ","


def test_user_overrides_each_guess():
    data = communes_csv_latin1()
    ds = load_bytes(data, "c.csv", LoadOptions(csv=CsvOptions(encoding="utf-8", separator=",", decimal=".")))
    assert ds.read.separator == "," and ds.read.decimal == "." and ds.read.encoding == "utf-8"
    assert ds.original.shape[1] < 7  # read with a comma, the file splits differently: the user sees it at once


def test_duplicate_and_empty_header_names_are_made_unique():
    ds = load_bytes(b"nom;nom;;x\n1;2;3;4\n", "d.csv")
    assert list(ds.original.columns) == ["nom", "nom_2", "colonne_3", "x"]


def test_header_only_file_is_read_with_a_note():
    ds = load_bytes(b"code_insee;nom\n", "h.csv")
    assert ds.original.shape == (0, 2)
    assert ("io.note.header_only",) in ds.read.notes


@pytest.mark.parametrize("data,key", [
    (b"", "io.empty"),
    (b"  \r\n\r\n", "io.empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "io.binary"),
    (b"%PDF-1.7\n" + bytes(100), "io.binary"),
    (b"<!DOCTYPE html><html><body>Not found</body></html>", "io.html"),
])
def test_bad_input_gets_a_french_message(data, key):
    with pytest.raises(LoadError) as err:
        load_bytes(data, "donnees.csv")
    assert err.value.key == key
    message = err.value.message("fr")
    assert message and "Traceback" not in message
    if key == "io.binary":
        assert "donnees.csv" in message and "n'est pas un fichier de données texte" in message


def test_one_huge_line_is_read_not_refused():
    big = "texte\n" + "a" * (50 * 1024 * 1024) + "\n"
    ds = load_bytes(big.encode(), "long.csv")
    assert ds.original.shape == (1, 1)
    assert len(ds.original.iloc[0, 0]) == 50 * 1024 * 1024


def test_file_too_big_is_refused_before_reading(tmp_path, monkeypatch):
    import viz.io as vio
    monkeypatch.setattr(vio, "MAX_BYTES", 1000)
    path = tmp_path / "gros.csv"
    path.write_bytes(b"a;b\n" + b"1;2\n" * 1000)
    with pytest.raises(LoadError) as err:
        load(path)
    assert "au-delà de la limite" in err.value.message("fr")


def test_missing_path_and_folder(tmp_path):
    with pytest.raises(LoadError, match="introuvable"):
        load(tmp_path / "absent.csv")
    with pytest.raises(LoadError, match="dossier"):
        load(tmp_path)


def test_sha256_and_raw_bytes_are_kept():
    data = communes_csv_latin1()
    ds = load_bytes(data, "c.csv")
    import hashlib
    assert ds.read.sha256 == hashlib.sha256(data).hexdigest()
    assert ds.raw == data


def test_large_file_on_disk_is_read_without_holding_its_bytes(tmp_path):
    rows = "".join(f"{i:05d};Commune {i};{i},5\n" for i in range(20_000))
    path = tmp_path / "grand.csv"
    path.write_bytes(("code;nom;valeur\n" + rows).encode())
    ds = load(path)
    assert ds.raw == b"" and ds.source_path == str(path)
    assert ds.original_bytes() == path.read_bytes()
    assert ds.original.shape == (20_000, 3) and ds.original.loc[7, "code"] == "00007"
    import hashlib
    assert ds.read.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_latin1_bytes_after_a_clean_utf8_head_are_detected(tmp_path):
    head = "".join(f"{i:05d};Commune {i}\n" for i in range(10_000))
    tail = "99999;Saint-Étienne-de-Tinée\n".encode("cp1252")
    path = tmp_path / "piege.csv"
    path.write_bytes(("code;nom\n" + head).encode() + tail)
    ds = load(path)
    assert ds.read.encoding == "cp1252"
    assert ds.original.iloc[-1]["nom"] == "Saint-Étienne-de-Tinée"


def test_quote_character_can_be_changed_or_switched_off():
    data = "nom;commentaire\n'Mairie; annexe';ouverte\n\"Club\";fermé\n".encode()
    default = load_bytes(data, "q.csv")
    assert default.original.loc[1, "nom"] == "Club"
    single = load_bytes(data, "q.csv", LoadOptions(csv=CsvOptions(quotechar="'", separator=";")))
    assert single.original.loc[0, "nom"] == "Mairie; annexe"
    none = load_bytes(data, "q.csv", LoadOptions(csv=CsvOptions(quotechar="", separator=";")))
    assert none.original.loc[1, "nom"] == '"Club"'


def test_damaged_utf8_file_read_quietly_with_every_row(monkeypatch):
    """Bytes damaged at random (seed 0, 50 bytes of the subventions sample): pyarrow fails to decode a
    ragged row's text before our handler sees it; that must neither print a traceback nor lose a row."""
    import csv
    import io
    import random
    import sys
    from tests.conftest import ROOT
    data = bytearray((ROOT / "sample_data" / "subventions_associations_2024.csv").read_bytes()[:30000])
    rng = random.Random(0)
    for _ in range(50):
        data[rng.randrange(len(data))] = rng.randrange(256)
    events: list = []
    monkeypatch.setattr(sys, "unraisablehook", events.append)
    ds = load_bytes(bytes(data), "abime.csv")
    assert events == []
    text = bytes(data).decode(ds.read.encoding if ds.read.encoding != "mixed" else "utf-8", errors="replace")
    rows = [r for r in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=ds.read.separator) if r]
    assert len(ds.original) == len(rows) - 1


def test_a_known_sha256_is_not_computed_again():
    import hashlib
    data = communes_csv_latin1()
    digest = hashlib.sha256(data).hexdigest()
    assert load_bytes(data, "c.csv", known_sha256=digest).read.sha256 == digest
    assert load_bytes(data, "c.csv").read.sha256 == digest


@pytest.mark.parametrize("text, values", [
    ("montant\n12,5\n3,25\n", ["12,5", "3,25"]),
    ("montant\n12,5\n3\n1 234,50\n-7,1\n", ["12,5", "3", "1 234,50", "-7,1"]),
    ("Subventions 2024\nmontant\n12,5\n3,25\n", ["12,5", "3,25"]),  # a title above: the header is `montant`
])
def test_one_column_of_decimal_commas_is_one_column(text, values):
    """`montant` / `12,5`: the comma is the decimal mark, not a separator; the header is not taken for a title."""
    ds = load_bytes(text.encode("cp1252"), "montants.csv")
    assert list(ds.original.columns) == ["montant"]
    assert list(ds.original["montant"]) == values
    assert ds.read.decimal == ","
    assert ds.read.separator != ","


@pytest.mark.parametrize("text, columns", [
    ("annee,montant\n2020,5\n2021,7\n", ["annee", "montant"]),  # the header holds the comma: a real separator
    ("nom\nDupont, Jean\nMartin, Léa\n", None),  # text with commas is not a column of numbers
])
def test_comma_separator_kept_when_it_separates(text, columns):
    ds = load_bytes(text.encode(), "x.csv")
    assert ds.read.separator == ","
    if columns:
        assert list(ds.original.columns) == columns and ds.original.shape == (2, 2)


def _associations(rows: int, stray_at: int | None, closing_at: int | None, filler: int = 0) -> bytes:
    lines = ["nom;ville;montant"] + [f"Association {i};Lyon;{i * 10}" for i in range(1, rows + 1)]
    if stray_at:
        lines[stray_at] = f'"Les Amis {stray_at};Lyon;40'  # a quote opening a cell, never closed on its line
    if closing_at:
        lines[closing_at] = f'Association {closing_at};"Lyon centre";{closing_at * 10}'  # a later, proper quote
    lines += [f"Club {i};Nantes;{i}" for i in range(filler)]
    return ("\n".join(lines) + "\n").encode("cp1252")


@pytest.mark.parametrize("filler", [0, 5000])  # the stray quote inside, then beyond, the sniffed head
def test_stray_quote_mid_file_does_not_swallow_rows(filler):
    """`"Les Amis;Lyon;40` opens a quote closed 7 lines later by a proper quote: read as is, 7 rows vanish into one
    cell. Every row is kept, the quote is kept as a character, and the note names the line, column and lines."""
    if filler:  # push the damage past the first 64 KB the reader looks at
        data = _associations(2000, 1500, 1507, filler)
        line, end, total = 1501, 1508, 2000 + filler
    else:
        data = _associations(20, 5, 12)
        line, end, total = 6, 13, 20
    ds = load_bytes(data, "subventions.csv")
    assert len(ds.original) == total
    row = ds.original.iloc[line - 2]
    assert row["nom"] == f'"Les Amis {line - 1}' and row["ville"] == "Lyon" and row["montant"] == "40"
    assert ds.original.iloc[end - 2]["ville"] == "Lyon centre"  # the proper quote still reads as a quote
    assert not ds.original["nom"].str.contains("\n").any()
    notes = [t(n[0], "fr", **n[1]) for n in ds.read.notes if n[0] == "io.note.stray_quote"]
    line = f"{line:,}".replace(",", "\u202f")  # numbers written the French way
    assert notes == [f"Ligne {line} : un guillemet ouvert (colonne « nom ») n'est pas refermé sur sa ligne ; lu tel "
                     f"quel, il aurait fait entrer les lignes suivantes dans une seule cellule. Elles ont été lues une "
                     f"à une et le guillemet gardé comme un caractère : vérifiez la ligne {line}."]


def test_many_stray_quotes_cost_one_pass_and_one_note():
    """A file where every other line opens a quote (hostile or broken export): each line read on its own, in one
    pass (it used to re-read the rest of the file at each quote: minutes for 5 MB), and one note with the count."""
    lines = ["nom;ville;montant"] + [f'"Asso {i};Lyon;{i}' if i % 2 == 0 else f'Asso {i};"Lyon";{i}'
                                     for i in range(200_000)]
    ds = load_bytes(("\n".join(lines) + "\n").encode(), "guillemets.csv")
    assert len(ds.original) == 200_000
    assert ds.original.loc[0, "nom"] == '"Asso 0' and ds.original.loc[1, "ville"] == "Lyon"
    notes = [t(n[0], "fr", **n[1]) for n in ds.read.notes if n[0] == "io.note.stray_quotes"]
    assert notes and notes[0].startswith("100\u202f000 guillemets ouverts ne sont pas refermés sur leur ligne "
                                         "(lignes 2, 4, 6, 8, 10…)")


def test_a_quote_open_to_the_end_of_the_file_is_undone():
    """`B;"Lyon` opens a quote that nothing closes and the lines after it are not rows: undone, said once."""
    data = 'nom;ville;montant\nA;Paris;1\nB;"Lyon\nsuite du texte\nC;Nice;3\n'.encode()
    ds = load_bytes(data, "fin.csv")
    assert ds.original["nom"].tolist() == ["A", "B", "suite du texte", "C"]
    assert ds.original.loc[1, "ville"] == '"Lyon' and ds.original.loc[3, "montant"] == "3"
    notes = [t(n[0], "fr", **n[1]) for n in ds.read.notes if n[0] == "io.note.unclosed_quote"]
    assert len(notes) == 1 and notes[0].startswith("Ligne 3 : un guillemet ouvert (colonne « ville »)")


@pytest.mark.parametrize("cell", ['"12 rue de la Paix\n75002 Paris"', '"Première ligne;\nseconde ligne"'])
def test_cells_written_on_several_lines_stay_one_cell(cell):
    data = f"nom;adresse;montant\nMairie;{cell};100\nÉcole;2 place Bellecour;50\n".encode()
    ds = load_bytes(data, "lieux.csv")
    assert len(ds.original) == 2 and "\n" in ds.original.loc[0, "adresse"]
    assert not [n for n in ds.read.notes if n[0] in ("io.note.stray_quote", "io.note.unclosed_quote")]


def test_comma_file_with_trailing_semicolons_keeps_the_comma():
    """Vendée's subventions: `,` between fields and a trailing `;;` on most lines; the comma separates."""
    header = "nomAttribuant,idAttribuant,dateConvention,objet,montant;;"
    rows = [f"Conseil Départemental,22850001300658,2018-03-22,Objet {i},{i}000;;" for i in range(1, 30)]
    ds = load_bytes(("\n".join([header] + rows) + "\n").encode("cp1252"), "vendee.csv")
    assert ds.read.separator == ","
    assert list(ds.original.columns)[:4] == ["nomAttribuant", "idAttribuant", "dateConvention", "objet"]
    assert ds.original.loc[0, "idAttribuant"] == "22850001300658"


def test_realdata_vendee_read_with_its_comma(realdata):
    ds = load(realdata / "subventions-pays-de-la-loire/vendee-2018-conventions.csv")
    assert ds.read.separator == "," and ds.read.encoding == "mixed"
    assert ds.original.columns[0] == "nomAttribuant" and len(ds.original) == 114


def test_a_byte_cp1252_lacks_past_the_first_megabyte_is_read_and_named(tmp_path):
    """A cp1252 file whose 0x81 byte (undefined in cp1252) sits after the sniffed head: it was refused whole
    (« n'a pas pu être lu comme CSV (UnicodeDecodeError…) »); now every row is read, the byte shows as `�`, a read
    note says so and the mojibake check names the row."""
    from viz.checks import quality
    rows = ["nom;ville;montant"] + [f"Association é {i};Besançon;{i},50" for i in range(60_000)]
    path = tmp_path / "subventions.csv"
    path.write_bytes(("\n".join(rows) + "\n").encode("cp1252") + b"Assoc \x81 bad;Lyon;3,00\n")
    ds = load(path)
    assert ds.read.encoding == "cp1252" and len(ds.original) == 60_001
    assert ds.original.loc[0, "ville"] == "Besançon" and ds.original.loc[60_000, "nom"] == "Assoc \ufffd bad"
    assert ("io.note.bad_bytes", {"encoding": "cp1252"}) in [tuple(n) for n in ds.read.notes]
    found = [f for f in quality.check(ds.original, ds.read) if f.code == "quality.mojibake"]
    assert found and found[0].rows == [60_002]


def test_a_stray_byte_never_turns_a_cp1252_file_into_latin_1():
    """`œuvre` and `€` with one 0x81 byte: read as latin-1 (before), œ and € became invisible control characters
    and the check said nothing; read as cp1252, they stay and the one byte is a `�` that is named."""
    from viz.checks import quality
    rows = ["nom;ville;montant"] + [f"Association œuvre {i};Besançon;{i} €" for i in range(300)]
    data = ("\n".join(rows) + "\n").encode("cp1252") + b"Assoc \x81 bad;Lyon;3 \x80\n"
    ds = load_bytes(data, "subventions.csv")
    assert ds.read.encoding == "cp1252"
    assert ds.original.loc[0, "nom"] == "Association œuvre 0" and ds.original.loc[300, "montant"] == "3 €"
    assert ds.original.loc[300, "nom"] == "Assoc \ufffd bad"
    assert [f.rows for f in quality.check(ds.original, ds.read) if f.code == "quality.mojibake"] == [[302]]

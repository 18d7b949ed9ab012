"""Single-byte CSV parsed as bytes and made UTF-8 column by column reads what pyarrow's own decoding reads."""
import io

import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

from viz.io import load
from viz.io.transcode import chunk_to_utf8, column_to_utf8


def _every_byte(encoding: str) -> list[str]:
    """Each character the encoding defines, in short French-looking cells."""
    chars = []
    for byte in range(0x80, 0x100):
        try:
            chars.append(bytes([byte]).decode(encoding))
        except UnicodeDecodeError:
            continue
    return [f"Opération {c} n°{i}" for i, c in enumerate(chars)] + ["", "ASCII seul", "Besançon", "Évry"]


@pytest.mark.parametrize("encoding,kind", [("cp1252", pa.binary()), ("latin-1", pa.binary()),
                                           ("iso-8859-15", pa.binary()), ("cp1252", pa.large_binary())])
def test_same_text_as_pyarrow_decoding(encoding, kind):
    cells = _every_byte(encoding) * 50
    data = ("libellé;code\n" + "".join(f"{c};{i:05d}\n" for i, c in enumerate(cells))).encode(encoding)
    raw = pacsv.read_csv(io.BytesIO(data), read_options=pacsv.ReadOptions(block_size=4096, column_names=["a", "b"],
                                                                          skip_rows=1),
                         parse_options=pacsv.ParseOptions(delimiter=";"),
                         convert_options=pacsv.ConvertOptions(column_types={"a": kind, "b": kind}))
    assert raw.column("a").num_chunks > 1
    ref = pacsv.read_csv(io.BytesIO(data), read_options=pacsv.ReadOptions(encoding=encoding),
                         parse_options=pacsv.ParseOptions(delimiter=";"),
                         convert_options=pacsv.ConvertOptions(column_types={"libellé": pa.string(), "code": pa.string()}))
    for got, want in zip(raw.columns, ref.columns):
        text = column_to_utf8(got, encoding)
        text.validate(full=True)
        assert text.type == (pa.large_string() if kind == pa.large_binary() else pa.string())
        assert text.to_pylist() == want.to_pylist()
    assert ref.column(0).to_pylist() == cells


def test_sliced_chunk_and_undefined_byte():
    arr = pa.array([b"a\xe9", b"", b"caf\xe9 \x80", b"z"], type=pa.binary())
    assert chunk_to_utf8(arr.slice(1, 3), "cp1252").to_pylist() == ["", "café €", "z"]
    assert chunk_to_utf8(pa.array([b"x\x81"], type=pa.binary()), "cp1252") is None  # cp1252 has no 0x81
    assert chunk_to_utf8(pa.array([b"x\x81"], type=pa.binary()), "latin-1").to_pylist() == ["x\x81"]


def test_cp1252_file_reads_as_before(tmp_path):
    """A big cp1252 file (read from disk by pyarrow) gives the same table as the same text in UTF-8."""
    lines = ["Numéro;Libellé;Montant €"] + [f"{i};Opération « {i} » – œuvre;{i},50" for i in range(80_000)]
    text = "\n".join(lines) + "\n"
    (tmp_path / "a.csv").write_bytes(text.encode("cp1252"))
    (tmp_path / "b.csv").write_bytes(text.encode("utf-8"))
    a, b = load(tmp_path / "a.csv"), load(tmp_path / "b.csv")
    assert a.read.encoding == "cp1252" and b.read.encoding == "utf-8"
    assert a.original.equals(b.original)
    assert list(a.original.columns) == ["Numéro", "Libellé", "Montant €"]
    assert a.original.iloc[79_999].tolist() == ["79999", "Opération « 79999 » – œuvre", "79999,50"]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "iso-8859-15"])
def test_a_table_left_as_bytes_reads_back_as_its_text(encoding):
    """`viz inspect` keeps a single-byte file's columns as bytes: marked, every byte defined, decoded on demand."""
    from viz.io.transcode import as_bytes, bytes_encoding, column_defined, decode, to_text
    cells = _every_byte(encoding) * 20
    raw = pa.chunked_array([pa.array([c.encode(encoding) for c in cells[:500]], pa.binary()),
                            pa.array([c.encode(encoding) for c in cells[500:]], pa.binary())])
    assert column_defined(raw, encoding)
    table = as_bytes(pa.table({"libellé": raw}), encoding)
    assert bytes_encoding(table) == encoding and bytes_encoding(pa.table({"a": ["x"]})) is None
    assert to_text(table).column(0).to_pylist() == cells
    assert decode(raw.chunk(1).slice(3, 4), encoding).to_pylist() == cells[503:507]
    assert decode(pa.array(["déjà texte"]), encoding).to_pylist() == ["déjà texte"]


def test_a_byte_cp1252_lacks_is_seen_in_any_chunk():
    """0x81 (undefined in cp1252, defined in latin-1) anywhere in a column: not decodable as cp1252."""
    from viz.io.transcode import column_defined
    clean = [f"Opération n°{i}".encode("cp1252") for i in range(3000)]
    for where in (0, 1500, 2999):
        damaged = list(clean)
        damaged[where] = b"Op\x81ration"
        column = pa.chunked_array([pa.array(damaged[:1000], pa.binary()), pa.array(damaged[1000:], pa.binary())])
        assert not column_defined(column, "cp1252"), where
        assert column_defined(column, "latin-1"), where
    assert column_defined(pa.chunked_array([pa.array(clean, pa.binary())]), "cp1252")
    assert not column_defined(pa.chunked_array([pa.array([b"a", None], pa.binary())]), "cp1252")


def test_inspect_reads_a_large_cp1252_file_as_bytes_and_a_damaged_one_as_text(tmp_path):
    """A large cp1252 CSV comes to the profile as bytes (no whole-file decoding); one with a byte cp1252 lacks is
    read as before (text, the byte a `�` the read note names)."""
    from viz.io import load_table
    from viz.io.transcode import bytes_encoding
    lines = ["code;commune;montant"] + [f"{i:05d};{['Évry', 'Sète', 'Lyon'][i % 3]};{i},5" for i in range(20_000)]
    good = tmp_path / "bon.csv"
    good.write_bytes("\n".join(lines).encode("cp1252"))
    table, read = load_table(good)
    assert read.encoding == "cp1252" and bytes_encoding(table) == "cp1252"
    assert all(pa.types.is_binary(c.type) for c in table.columns)
    assert table.column(1).chunk(0)[1].as_py() == "Sète".encode("cp1252")
    bad = tmp_path / "abime.csv"
    bad.write_bytes("\n".join(lines).encode("cp1252").replace(b"S\xe8te", b"S\x81te", 1))
    table, read = load_table(bad)
    assert not isinstance(table, pa.Table) and read.encoding == "cp1252"  # the careful reader's DataFrame
    assert list(table["commune"][:3]) == ["Évry", "S\ufffdte", "Lyon"]
    assert ("io.note.bad_bytes", {"encoding": "cp1252"}) in read.notes

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

"""Guess what a byte string is (format, encoding) before reading it."""
from __future__ import annotations

import codecs

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image PNG"),
    (b"\xff\xd8\xff", "image JPEG"),
    (b"GIF87a", "image GIF"),
    (b"GIF89a", "image GIF"),
    (b"%PDF", "document PDF"),
    (b"\x1f\x8b", "archive gzip"),
    (b"7z\xbc\xaf", "archive 7z"),
    (b"Rar!", "archive RAR"),
    (b"\xd0\xcf\x11\xe0", "classeur Excel ancien format (.xls)"),
    (b"PAR1", "fichier Parquet"),
)
_CP1252_UNDEFINED = set(b"\x81\x8d\x8f\x90\x9d")


def binary_kind(head: bytes) -> str | None:
    """Name the binary format of `head` when it is not text (None for text)."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image WebP"
    if b"\x00" in head[:8192] and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "fichier binaire"
    return None


def zip_kind(data: bytes) -> str | None:
    """xlsx, ods or None for a ZIP container."""
    if not data.startswith(b"PK\x03\x04"):
        return None
    import io
    import zipfile
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return "xlsx"
            if "mimetype" in names and archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
                return "ods"
    except zipfile.BadZipFile:
        return "zip-broken"
    return "zip"


def _valid_utf8(data: bytes, chunk: int = 1 << 20) -> bool:
    """Validate UTF-8 chunk by chunk, so a 130 MB file never becomes a 130 MB str at once."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    try:
        for start in range(0, len(view), chunk):
            decoder.decode(view[start:start + chunk])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def decodes_cleanly(data: bytes, encoding: str) -> bool:
    """True when every byte of `data` is valid in `encoding` (a user's choice may be wrong)."""
    if encoding in ("utf-8", "utf-8-sig"):
        return _valid_utf8(data)
    if encoding == "cp1252":
        return not (_CP1252_UNDEFINED & set(data))
    return True


def detect_encoding(data: bytes) -> str:
    """utf-8-sig, utf-16, utf-8, mixed (utf-8 lines among cp1252 ones), cp1252 or latin-1.

    A UTF-8 BOM is only a hint: some tools write one before Windows-1252 text, so the body is checked
    and decoded by what it really is (the BOM bytes are then dropped by the reader, see strip_bom).
    """
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8):]
        return "utf-8-sig" if _valid_utf8(body) else detect_encoding(body)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _valid_utf8(data):
        return "utf-8"
    has_utf8_sequences = any(seq in data for seq in (b"\xc3\xa9", b"\xc3\xa8", b"\xc3\xa0", b"\xc3\xa7", b"\xc3\xb4"))
    if has_utf8_sequences:
        return "mixed"
    if _CP1252_UNDEFINED & set(data[:1 << 20]):
        return "latin-1"
    return "cp1252"


def decode_mixed(data: bytes) -> str:
    """Decode line by line: UTF-8 where a line is valid UTF-8, cp1252 otherwise (files pasted together)."""
    out = []
    for line in data.splitlines(keepends=True):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
    return "".join(out)


def strip_bom(data: bytes, encoding: str) -> bytes:
    """`data` without a UTF-8 BOM the chosen single-byte encoding would read as `ï»¿` (BOM + cp1252 files)."""
    if data.startswith(codecs.BOM_UTF8) and encoding.lower().replace("_", "-") not in ("utf-8", "utf-8-sig", "utf8", "mixed"):
        return data[len(codecs.BOM_UTF8):]
    return data


def decode(data: bytes, encoding: str) -> str:
    """Decode all of `data` with `encoding` (or the mixed rule)."""
    if encoding == "mixed":
        return decode_mixed(data)
    return data.decode(encoding, errors="replace")

"""Guess what a byte string is (format, encoding) before reading it."""
from __future__ import annotations

import codecs
import mmap

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
    head = head[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_without_bom(head):
        return None
    if head.count(0) > 8 or control_bytes(head) > max(8, len(head) // 50):
        return "nul"  # NUL and control bytes: binary (a stray NUL in a text file is read and reported)
    return None


_CONTROL = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])


def control_bytes(head: bytes) -> int:
    """How many bytes of `head` are control characters a text file does not hold (NUL, 0x01-0x08...)."""
    return len(head) - len(head.translate(None, _CONTROL))


def utf16_without_bom(head: bytes) -> str | None:
    """utf-16-le or utf-16-be when the evidence is clear (one byte in two is NUL, the text decodes), else None."""
    head = head[:8192]
    head = head[:len(head) - len(head) % 2]
    if len(head) < 8 or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    half = len(head) // 2
    even, odd = head[0::2].count(0) / half, head[1::2].count(0) / half
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= 0.7 and others <= 0.02:
            text = head.decode(encoding, errors="replace")
            if text.count("\ufffd") <= 1 and sum(c.isprintable() or c in "\r\n\t" for c in text) >= 0.95 * len(text):
                return encoding
    return None


_FRENCH = set("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆñÑ«»€°’‘“”…–—•·²³µ§©®ºª±×½¼¾\u00a0\u202f")


def encoding_doubt(text: str) -> tuple[int, str] | None:
    """(count, examples) when decoded text looks garbled: non-ASCII characters unusual in French, or in runs
    of three or more (Shift-JIS, cp1251... read as Windows-1252); None when it reads like French."""
    odd, non_ascii, run, example = 0, 0, 0, ""
    for i, char in enumerate(text[:200_000]):
        if char < "\x80" or char in "\u00a0\u202f\ufeff":
            run = 0
            continue
        non_ascii += 1
        run += 1
        if char not in _FRENCH or run >= 3:
            odd += 1
            example = example or text[max(0, i - 3):i + 5].strip()
    if non_ascii >= 5 and odd > 0.5 * non_ascii:
        return odd, example
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
            if "mimetype" in names and archive.open("mimetype").read(64).startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
                return "ods"
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError, RuntimeError):
        return "zip-broken"  # damaged, encrypted or exotic compression: said as a broken archive
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


def detect_encoding(data: bytes | mmap.mmap) -> str:
    """utf-8-sig, utf-16, utf-8, mixed (utf-8 lines among cp1252 ones) or cp1252.

    A UTF-8 BOM is only a hint: some tools write one before Windows-1252 text, so the body is checked
    and decoded by what it really is (the BOM bytes are then dropped by the reader, see strip_bom). `data` may
    be a file mapped in memory (only slices, `find` and the buffer are used: a big file is never copied whole).
    """
    if data[:3] == codecs.BOM_UTF8:
        body = data[len(codecs.BOM_UTF8):]
        return "utf-8-sig" if _valid_utf8(body) else detect_encoding(body)
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16"
    without_bom = utf16_without_bom(data[:8192])
    if without_bom:
        return without_bom
    if _valid_utf8(data):
        return "utf-8"
    has_utf8_sequences = data.find(b"\xc3") >= 0 and any(  # one fast scan for the lead byte first (cp1252 text rarely has `Ã`)
        data.find(seq) >= 0 for seq in (b"\xc3\xa9", b"\xc3\xa8", b"\xc3\xa0", b"\xc3\xa7", b"\xc3\xb4"))
    if has_utf8_sequences:
        return "mixed"
    # A byte cp1252 lacks (0x81, 0x8D, 0x8F, 0x90, 0x9D) is damage, not a sign of latin-1: read as latin-1, the
    # file's `€`, `œ`, `’` would silently become invisible control characters. Read as cp1252, that byte becomes a
    # `�` the read note and the mojibake check name, with its row.
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

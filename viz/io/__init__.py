"""load(): any supported source (bytes, path or http(s) URL) into a Dataset with its original frozen."""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from typing import TYPE_CHECKING

import pyarrow as pa

from viz.readinfo import Metadata, ReadInfo, sha256
from viz.io.csv import CsvOptions, read_csv
from viz.io.errors import LoadError
from viz.errors import StudioError
from viz.io.limits import check_zip
from viz.io.sniff import binary_kind, control_bytes, utf16_without_bom, zip_kind

if TYPE_CHECKING:  # pandas and the Dataset are imported when a table is made one: `viz inspect` never needs them
    import pandas as pd

    from viz.dataset import Dataset

__all__ = ["LoadError", "LoadOptions", "CsvOptions", "load", "load_bytes", "load_table", "MAX_BYTES"]

MAX_BYTES = 200 * 1024 * 1024  # same cap as server.maxUploadSize in .streamlit/config.toml


@dataclass
class LoadOptions:
    """The user's overrides: CSV reading choices and the spreadsheet sheet."""

    csv: CsvOptions = field(default_factory=CsvOptions)
    sheet: str | None = None


def _format_of(data: bytes, filename: str) -> str:
    """csv, xlsx, ods, json, geojson or budget_xml, from the bytes first and the name second."""
    kind = zip_kind(data)
    if kind in ("xlsx", "ods"):
        check_zip(data)
        return kind
    if kind is not None:
        raise LoadError("io.zip_unsupported", filename=filename)
    name = filename.lower()
    binary = binary_kind(data[:8192])
    if binary == "nul":
        raise LoadError("io.guard.binary_nul", filename=filename or "fichier", count=control_bytes(data[:8192]),
                        nul=data[:8192].count(0), sample=len(data[:8192]))
    if binary:
        raise LoadError("io.binary", filename=filename or "fichier", kind=binary)
    if utf16_without_bom(data[:8192]):
        return "csv"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        if head[:200].lower().startswith((b"<!doctype html", b"<html")):
            raise LoadError("io.html", filename=filename or "fichier")
        return "budget_xml"
    if head.startswith((b"{", b"[")) or name.endswith((".json", ".geojson")):
        if name.endswith(".geojson") or b'"FeatureCollection"' in data[:65536] or b'"Feature"' in data[:4096]:
            return "geojson"
        return "json"
    if name.endswith((".xls",)):
        raise LoadError("io.xls_old", filename=filename)
    return "csv"


def _finalise(table: pd.DataFrame) -> pd.DataFrame:
    """Every column as text, empty cells as "" (never NaN), a fresh RangeIndex; read-only by convention."""
    table = table.reset_index(drop=True)
    for name in table.columns:
        if str(table[name].dtype) != "str":
            table[name] = table[name].fillna("").astype("str")
    return table


def load_bytes(data: bytes, filename: str = "", options: LoadOptions | None = None,
               url: str | None = None, known_sha256: str | None = None) -> Dataset:
    """Read bytes already in memory (an upload, a download) into a Dataset; `known_sha256` spares a
    second hash when the caller already keyed its cache on it."""
    opts = options or LoadOptions()
    if len(data) > MAX_BYTES:
        raise LoadError("io.too_big", size_mb=round(len(data) / 1e6), max_mb=MAX_BYTES // (1024 * 1024))
    if not data or data.isspace():
        raise LoadError("io.empty")
    fmt = _format_of(data, filename)
    with ThreadPoolExecutor(max_workers=1) as pool:  # hashlib releases the GIL: hash while parsing
        digest = pool.submit(lambda: known_sha256 or sha256(data))
        ds = _read(data, fmt, filename, opts, url, digest)
    return ds


_FORMAT_NAMES = {"csv": "CSV", "xlsx": "classeur XLSX", "ods": "classeur ODS", "json": "JSON",
                 "geojson": "GeoJSON", "budget_xml": "XML budgétaire"}


def _read(data: bytes, fmt: str, filename: str, opts: LoadOptions, url: str | None, digest: Future,
          source: Path | None = None, arrow: bool = False) -> Dataset | tuple[pa.Table, ReadInfo]:
    """Every path ends in a StudioError with a French message: no reader's stray exception reaches a person."""
    try:
        return _dispatch(data, fmt, filename, opts, url, digest, source, arrow)
    except StudioError:
        raise
    except MemoryError as exc:
        raise LoadError("io.guard.memory", format=_FORMAT_NAMES.get(fmt, fmt)) from exc
    except RecursionError as exc:
        raise LoadError("io.json.too_deep") from exc
    except Exception as exc:  # a reader's library failing on a hostile file: say so in French, never a traceback
        raise LoadError("io.guard.read_failed", format=_FORMAT_NAMES.get(fmt, fmt),
                        error=f"{type(exc).__name__} : {str(exc)[:200]}") from exc


def _dispatch(data: bytes, fmt: str, filename: str, opts: LoadOptions, url: str | None, digest: Future,
              source: Path | None = None, arrow: bool = False) -> Dataset | tuple[pa.Table, ReadInfo]:
    """Dispatch to the reader of `fmt`; `digest` is the SHA-256 being computed meanwhile (`arrow`: a CSV
    pyarrow read comes back as (pyarrow Table, ReadInfo), with no Dataset nor pandas copy).

    With `source` (a CSV on disk), `data` is only its head: pyarrow reads the file itself, so the
    bytes are never held twice; the Dataset then keeps the path to give the original back.
    """
    size = source.stat().st_size if source is not None else len(data)
    common = dict(format=fmt, filename=filename, size_bytes=size, url=url)
    if fmt == "csv":
        res = read_csv(source if source is not None else data, opts.csv, arrow)
        info = ReadInfo(**common, encoding=res.encoding, separator=res.separator, quotechar=res.quotechar,
                        decimal=res.decimal, thousands=res.thousands, header_row=res.header_row,
                        notes=tuple(res.notes), ragged_rows=tuple(res.ragged_rows),
                        columns_expected=res.columns_expected)
        table = res.table
    elif fmt in ("xlsx", "ods"):
        from viz.io.spreadsheet import read_spreadsheet
        table, sheet, sheets = read_spreadsheet(data, fmt, opts.sheet)
        info = ReadInfo(**common, sheet=sheet, sheets=tuple(sheets))
    elif fmt == "json":
        from viz.io.json import read_json
        table, notes = read_json(data)
        info = ReadInfo(**common, encoding="utf-8", notes=tuple(notes))
    elif fmt == "geojson":
        from viz.io.geojson import read_geojson
        table, notes = read_geojson(data)
        info = ReadInfo(**common, encoding="utf-8", notes=tuple(notes))
    else:
        from viz.io.budget_xml import read_budget_xml
        table, meta, encoding = read_budget_xml(data)
        info = ReadInfo(**common, encoding=encoding, sha256=digest.result())
        from viz.dataset import Dataset
        return Dataset(original=_finalise(table), read=info, raw=data, meta=meta)
    info = replace(info, sha256=digest.result())
    if isinstance(table, pa.Table):
        return table, info
    from viz.dataset import Dataset
    return Dataset(original=_finalise(table), read=info, raw=b"" if source is not None else data,
                   source_path=str(source) if source is not None else None, meta=Metadata(source_url=url or ""))


def load(source: bytes | str | Path, filename: str = "", options: LoadOptions | None = None,
         allow_private: bool = False) -> Dataset:
    """Load a path, an http(s) URL or bytes; raises LoadError with a French message on bad input."""
    if isinstance(source, bytes):
        return load_bytes(source, filename, options)
    text = str(source)
    if text.startswith(("http://", "https://")):
        from viz.io.url import fetch
        data, name, final_url, _resources = fetch(text, allow_private=allow_private)
        return load_bytes(data, name, options, url=final_url)
    path = Path(text)
    size, head = _head_of(path, text)
    if _big_csv(size, head, path.name):
        return _read_disk_csv(path, head, filename or path.name, options)
    # every other format (a ZIP above all: its directory is at the end) is sniffed on the whole file
    data = head if size <= 1 << 16 else _read_head(path, size)
    return load_bytes(data, filename or path.name, options)


def load_table(source: str | Path, options: LoadOptions | None = None,
               allow_private: bool = False) -> tuple[pd.DataFrame | pa.Table, ReadInfo]:
    """What `load` reads and how, without a Dataset: a CSV file pyarrow reads stays a pyarrow Table (no pandas
    copy of the file: `viz inspect` profiles it in Arrow); every other source comes as the Dataset's original."""
    text = str(source)
    if not text.startswith(("http://", "https://")):
        path = Path(text)
        size, head = _head_of(path, text)
        if _big_csv(size, head, path.name):
            read = _read_disk_csv(path, head, path.name, options, arrow=True)
            return read if isinstance(read, tuple) else (read.original, read.read)
    ds = load(source, options=options, allow_private=allow_private)
    return ds.original, ds.read


def _head_of(path: Path, text: str) -> tuple[int, bytes]:
    """Size and first 64 KB of a regular file on disk, refused when too big."""
    size = _regular_size(path, text)
    if size > MAX_BYTES:
        raise LoadError("io.too_big", size_mb=round(size / 1e6), max_mb=MAX_BYTES // (1024 * 1024))
    return size, _read_head(path, min(size, 1 << 16))


def _big_csv(size: int, head: bytes, name: str) -> bool:
    """A CSV above 64 KB: pyarrow reads it from disk (the bytes are never held in memory)."""
    return size > 1 << 16 and not head.startswith(b"PK") and _format_of(head, name) == "csv"


def _read_disk_csv(path: Path, head: bytes, filename: str, options: LoadOptions | None,
                   arrow: bool = False) -> Dataset | tuple[pa.Table, ReadInfo]:
    """A CSV read from disk while its SHA-256 is computed in a second thread (hashlib releases the GIL)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        digest = pool.submit(_sha256_file, path)
        return _read(head, "csv", filename, options or LoadOptions(), None, digest, source=path, arrow=arrow)


def _regular_size(path: Path, text: str) -> int:
    """The size of a regular file; a FIFO, a device (/dev/zero), a socket or a folder is refused unopened."""
    import stat
    try:
        mode = path.stat().st_mode
    except FileNotFoundError as exc:
        raise LoadError("io.not_found", path=text) from exc
    except OSError as exc:
        raise LoadError("io.guard.read_failed", format="fichier", error=exc.strerror or str(exc)) from exc
    if stat.S_ISDIR(mode):
        raise LoadError("io.is_dir", path=text)
    if not stat.S_ISREG(mode):
        kind = ("tube nommé (FIFO)" if stat.S_ISFIFO(mode) else "périphérique" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "socket" if stat.S_ISSOCK(mode) else "fichier spécial")
        raise LoadError("io.guard.not_regular", path=text, kind=kind)
    return path.stat().st_size


def _read_head(path: Path, size: int = 1 << 16) -> bytes:
    """At most `size` bytes: reads are always bounded, even if the file grows while it is read."""
    with open(path, "rb") as handle:
        return handle.read(size)


def _sha256_file(path: Path) -> str:
    """SHA-256 of a file read in 1 MB chunks (never all in memory)."""
    import hashlib
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()

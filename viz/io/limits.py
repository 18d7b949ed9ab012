"""Limits on work, not only on bytes: what a file may make the studio allocate or inflate before it is refused.

A 2 KB workbook can declare a 17-billion-cell sheet and a 1 MB ZIP can inflate to gigabytes; every reader
checks these caps before materialising anything, and says in French what the file declared.
"""
from __future__ import annotations

import io
import zipfile

from viz.fmt import number
from viz.io.errors import LoadError

MAX_COLUMNS = 3_000  # columns of any table read (CSV header, JSON keys, sheet width): INSEE files reach ~1,900
MAX_CELLS = 20_000_000  # rows x columns of a sheet or a JSON document before it is materialised
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024  # all members of an XLSX/ODS, as declared by the archive
MAX_ZIP_RATIO = 100  # inflated / compressed size of one member (honest sheets: 5 to 20)
_RATIO_FLOOR = 1 << 20  # tiny members may have any ratio


def _mb(size: int) -> str:
    return number(round(size / 1e6, 1))


def check_zip(data: bytes) -> None:
    """Refuse an archive whose declared inflated size or compression ratio is out of bounds (a ZIP bomb).

    zipfile never returns more than a member's declared size (and fails its CRC beyond), so checking the
    declared sizes bounds what is actually inflated.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise LoadError("io.guard.zip_broken", error=str(exc)[:200]) from exc
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED_BYTES:
        raise LoadError("io.guard.zip_too_big", packed=_mb(len(data)), unpacked=_mb(total),
                        max=_mb(MAX_UNZIPPED_BYTES))
    for m in members:
        if m.file_size > _RATIO_FLOOR and m.file_size > MAX_ZIP_RATIO * max(m.compress_size, 1):
            raise LoadError("io.guard.zip_ratio", member=m.filename, packed=_mb(m.compress_size),
                            unpacked=_mb(m.file_size), ratio=number(m.file_size // max(m.compress_size, 1)),
                            max=MAX_ZIP_RATIO)


def check_columns(count: int, where: str) -> None:
    """Refuse a table wider than MAX_COLUMNS before it is built (each column costs kind detection)."""
    if count > MAX_COLUMNS:
        raise LoadError("io.guard.too_many_columns", where=where, count=number(count), max=number(MAX_COLUMNS))


def check_cells(rows: int, columns: int, where: str, declared: str = "") -> None:
    """Refuse rows x columns beyond MAX_CELLS, saying the size the file declares."""
    if rows * columns > MAX_CELLS:
        key = "io.guard.too_many_cells_declared" if declared else "io.guard.too_many_cells"
        raise LoadError(key, where=where, rows=number(rows), columns=number(columns), declared=declared,
                        cells=number(rows * columns), max=number(MAX_CELLS))

"""How a table was read (ReadInfo) and what a user says of it (Metadata): light, no pandas, so the readers
and `viz inspect` can use them before (or without) importing pandas. viz.dataset re-exports both."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class ReadInfo:
    """How the original was read; every guess here can be overridden by the user."""

    format: str  # csv, xlsx, ods, json, geojson, budget_xml
    filename: str = ""
    sha256: str = ""
    size_bytes: int = 0
    encoding: str | None = None
    separator: str | None = None
    quotechar: str | None = '"'
    decimal: str = "."
    thousands: str | None = None
    header_row: int = 0
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    url: str | None = None
    notes: tuple[str, ...] = ()  # i18n keys + params of remarks made while reading, see notes_text()
    ragged_rows: tuple[tuple[int, int], ...] = ()  # (row number counted from the header line, number of fields)
    columns_expected: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Metadata:
    """What a user says about the data: used in exports and the context sheet."""

    title: str = ""
    producer: str = ""
    licence: str = ""
    published: str = ""
    source_url: str = ""
    description: str = ""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

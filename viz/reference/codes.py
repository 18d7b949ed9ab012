"""The codes that exist (INSEE codes of communes, postal codes), in small sorted lists read in a few ms.

Checking a 1,000-row file against the commune reference used to read the whole communes table (37,000 rows,
eight columns, through pandas) to keep one column: about a third of a small `viz check`. These lists are
written by tools/build_reference.py beside the tables they come from; tests/test_reference.py checks they
hold exactly the distinct codes of those tables.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path
from typing import Iterable

HERE = Path(__file__).resolve().parent
FILES = {"code_insee": "codes_insee.txt.gz", "code_postal": "codes_postaux.txt.gz"}


def codes_text(values: Iterable[object]) -> str:
    """The file's text: the distinct non-missing codes, sorted (Python's order), one per line."""
    return "".join(f"{v}\n" for v in sorted({str(v) for v in values if isinstance(v, str) and v}))


def write_codes(folder: Path, communes_codes: Iterable[object], postal_codes: Iterable[object]) -> None:
    """Write both lists into `folder` (gzip with a fixed timestamp: rebuilding gives the same bytes)."""
    for kind, values in (("code_insee", communes_codes), ("code_postal", postal_codes)):
        with open(folder / FILES[kind], "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                                     compresslevel=9) as gz:
            gz.write(codes_text(values).encode("ascii"))


@lru_cache(maxsize=2)
def sorted_codes(kind: str) -> tuple[str, ...]:
    """The distinct codes of `kind` (`code_insee` or `code_postal`), sorted; OSError when the file is missing."""
    return tuple(gzip.decompress((HERE / FILES[kind]).read_bytes()).decode("ascii").split())

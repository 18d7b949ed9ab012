"""Coordinate findings number rows as every other finding does: title lines above the header counted."""
from __future__ import annotations

import pytest

from tests.fixtures_coords import lieux_csv
from viz.checks import run_checks
from viz.checks.quality_base import positions
from viz.io import load_bytes

try:
    from viz.reference import communes  # noqa: F401
except ImportError:
    pytest.skip("référence des communes absente (viz/reference)", allow_module_level=True)


def test_a_title_line_shifts_coordinate_rows_like_the_others():
    plain = load_bytes(lieux_csv(), "lieux.csv")
    titled = load_bytes("Lieux d'inclusion numérique (export du 02/12/2026)\n".encode() + lieux_csv(), "lieux.csv")
    assert titled.read.header_row == 1 and plain.read.header_row == 0
    swapped = {name: next(f for f in run_checks(ds) if f.code == "coord.swapped")
               for name, ds in (("plain", plain), ("titled", titled))}
    assert swapped["plain"].rows == [6] and swapped["titled"].rows == [7]
    at = positions(list(swapped["titled"].rows), titled.read.header_row)
    assert titled.working().iloc[at[0]]["nom"] == "Inversé"  # « show the rows » lands on the right line

"""Build viz/reference/m57_2018.csv.gz from the official M57 chart of accounts (plan de comptes, TOTEM).

Source: ../shared/realdata/budget-xml/plan-de-compte-M57-2018.xml (DGFiP M57 nomenclature as the TOTEM tools
ship it; see viz/reference/PROVENANCE_M57.md). One row per code of each family:
  nature_chapitre, nature_compte, fonction_chapitre, fonction_compte, fonction_ref
with its label, chapter type (G real, C, L others), section (F/I) and, for nature accounts, the chapter a line
falls in by direction and operation type (DR/RR real, DOES/DOIS/ROES/ROIS order operations).
Run: .venv/bin/python tools/build_m57.py [PATH_TO_PLAN.xml]
"""
from __future__ import annotations

import csv
import gzip
import io
import sys
from pathlib import Path

from defusedxml.ElementTree import fromstring

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from viz.io.nomenclature_xml import COLUMNS, nomenclature_rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "realdata" / "budget-xml" / "plan-de-compte-M57-2018.xml"
OUT = ROOT / "viz" / "reference" / "m57_2018.csv.gz"


def build(source: Path) -> list[dict[str, str]]:
    """All rows of the reference, in the order of the source file."""
    root = fromstring(source.read_bytes(), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    rows = nomenclature_rows(root)
    if not rows:
        raise SystemExit(f"{source}: no Nature/Fonction codes (not an M57 plan de comptes?)")
    return rows


def main(argv: list[str]) -> int:
    """Write the gzip CSV (byte-identical on every run: fixed gzip mtime)."""
    source = Path(argv[0]) if argv else DEFAULT_SOURCE
    rows = build(source)
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(text.getvalue().encode("utf-8"), mtime=0))
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} codes, {OUT.stat().st_size} octets")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

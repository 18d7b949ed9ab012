"""Quality findings come in one fixed order, whatever module was imported first (a page, a test, the CLI)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
from viz.checks import quality
print(",".join(code for code, _ in quality.ordered()))
"""


def _order(*first: str) -> str:
    out = subprocess.run([sys.executable, "-c", PROBE, *first], cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_the_order_does_not_depend_on_what_was_imported_first():
    plain = _order()
    assert plain.split(",")[0].startswith("quality.") and len(plain.split(",")) > 15
    assert _order("viz.checks.quality_dates", "viz.checks.quality_text", "viz.checks.quality_values") == plain
    assert _order("viz.checks.coordinates", "viz.bulkfix") == plain

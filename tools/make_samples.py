"""Write the three sample datasets into sample_data/ (fixed seed, byte-for-byte reproducible, no network).

Usage: python tools/make_samples.py [OUT_DIR]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools import samples_budget, samples_lieux, samples_subventions  # noqa: E402

SAMPLES = {
    "budget_primitif_2025.csv": samples_budget.build,
    "subventions_associations_2024.csv": samples_subventions.build,
    "lieux_inclusion_numerique_paca.csv": samples_lieux.build,
}


def write_samples(out_dir: Path) -> dict[str, Path]:
    """Build every sample and write it under `out_dir`; returns file name -> path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, build in SAMPLES.items():
        path = out_dir / name
        path.write_bytes(build())
        written[name] = path
    return written


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    out_dir = Path(argv[0]) if argv else ROOT / "sample_data"
    for name, path in write_samples(out_dir).items():
        print(f"{path}  {path.stat().st_size:,} octets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

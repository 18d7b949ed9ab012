"""What exists, in small sorted lists read in a few ms: INSEE codes of communes, postal codes, commune names folded.

Checking a 1,000-row file against the commune reference used to read the whole communes table (37,000 rows,
eight columns, through pandas) to keep one column, and to fold 35,000 names at every start: a third of a small
`viz check`, 0.2 s of a small `viz inspect`. These lists are written from the tables they come from by
tools/build_reference.py (or `python -m viz.reference.codes` after a change of the folding); tests/test_reference.py
checks they hold exactly what the tables give.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    import pandas as pd

HERE = Path(__file__).resolve().parent
FILES = {"code_insee": "codes_insee.txt.gz", "code_postal": "codes_postaux.txt.gz",
         "commune_name": "noms_communes.txt.gz"}


def lines_text(values: Iterable[object]) -> str:
    """The file's text: the distinct non-empty texts, sorted (Python's order), one per line."""
    return "".join(f"{v}\n" for v in sorted({v for v in values if isinstance(v, str) and v}))


def folded_names(communes: pd.DataFrame) -> list[str]:
    """Commune names as the `commune` kind compares them (viz.kinds._names.fold_values)."""
    import pandas as pd

    from viz.kinds._names import fold_values
    names = pd.Series(sorted({n for n in communes["nom"] if isinstance(n, str)}), dtype="str")
    return list(fold_values(names))


def write_lists(folder: Path, communes: pd.DataFrame, postal: pd.DataFrame) -> None:
    """Write the three lists into `folder` (gzip with a fixed timestamp: rebuilding gives the same bytes)."""
    lists = {"code_insee": communes["code_insee"], "code_postal": postal["code_postal"],
             "commune_name": folded_names(communes)}
    for kind, values in lists.items():
        with open(folder / FILES[kind], "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                                     compresslevel=9) as gz:
            gz.write(lines_text(values).encode("utf-8"))


@lru_cache(maxsize=3)
def sorted_list(kind: str) -> tuple[str, ...]:
    """The distinct texts of `kind` (`code_insee`, `code_postal`, `commune_name`), sorted; OSError without the file."""
    return tuple(gzip.decompress((HERE / FILES[kind]).read_bytes()).decode("utf-8").splitlines())


if __name__ == "__main__":  # rebuild the lists from the tables beside them
    from viz import reference
    write_lists(HERE, reference.communes(), reference.postal_codes())

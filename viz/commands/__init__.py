"""One module per `python -m viz` subcommand: each has add_parser(subparsers) and run(args) -> exit code."""
from __future__ import annotations

import argparse
import os
from typing import Iterable

SEPARATOR_NAMES = {"tab": "\t", "tabulation": "\t", "\\t": "\t", "pointvirgule": ";", "virgule": ",", "pipe": "|"}


def entier(text: str) -> int:
    """argparse type for whole numbers (its name shows in French errors: « entier attendu »)."""
    return int(text.strip())


def nombre(text: str) -> float:
    """argparse type for numbers, `2,5` or `2.5` (its name shows in French errors: « nombre attendu »)."""
    return float(text.strip().replace(",", "."))


def add_read_options(parser: argparse.ArgumentParser) -> None:
    """`--encoding`, `--separator`, `--decimal`, `--sheet`: override what the studio guessed (every command)."""
    group = parser.add_argument_group("lecture du fichier (sans ces options, le studio devine)")
    group.add_argument("--encoding", metavar="ENC", help="encodage du fichier : utf-8, cp1252, latin-1, utf-16…")
    group.add_argument("--separator", metavar="SEP", help="séparateur de colonnes : « ; », « , », « tab », « | »")
    group.add_argument("--decimal", metavar="MARQUE", choices=(",", "."), help="marque décimale des nombres : « , » ou « . »")
    group.add_argument("--sheet", metavar="NOM", help="feuille à lire dans un classeur XLSX ou ODS")


def load_options(args: argparse.Namespace):  # -> viz.io.LoadOptions
    """The LoadOptions the read options of `args` ask for (None fields: guess)."""
    from viz.io import CsvOptions, LoadOptions
    sep = getattr(args, "separator", None)
    sep = SEPARATOR_NAMES.get(sep.lower(), sep) if sep else None
    csv = CsvOptions(encoding=getattr(args, "encoding", None) or None, separator=sep,
                     decimal=getattr(args, "decimal", None))
    return LoadOptions(csv=csv, sheet=getattr(args, "sheet", None))


def resolve_column(name: str, columns: Iterable[str]) -> str:
    """The table's column for `name` as typed: exact, else the one equal once spaces are trimmed and folded
    (`BRUT ` published, `BRUT` typed, or the reverse); `name` itself when none or several match."""
    names = [str(c) for c in columns]
    if name in names:
        return name
    key = " ".join(name.split())
    hits = [c for c in names if " ".join(c.split()) == key]
    return hits[0] if len(hits) == 1 else name


def not_found(path: str) -> bool:
    """Whether `path` is a local file that does not exist (an http(s) address is left to the reader)."""
    if path.startswith(("http://", "https://")):
        return False
    try:
        os.stat(path)
    except FileNotFoundError:
        return True
    except (OSError, ValueError):  # no right, a name too long, a NUL byte: the reader says what it is
        return False
    return False


def big_csv_on_disk(path: str) -> bool:
    """Whether `path` looks like a CSV file above 64 KB (what pyarrow reads from disk): a hint of which libraries a
    command will need, decided on the name and first bytes only (a wrong guess costs an import later, nothing else)."""
    if path.startswith(("http://", "https://")):
        return False
    try:
        if os.path.getsize(path) <= 1 << 16 or not os.path.isfile(path):
            return False
        with open(path, "rb") as handle:
            head = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    except (OSError, ValueError):
        return False
    if path.lower().endswith((".xlsx", ".ods", ".xls", ".json", ".geojson", ".xml", ".zip")):
        return False
    return not head.startswith((b"PK", b"{", b"[", b"<"))

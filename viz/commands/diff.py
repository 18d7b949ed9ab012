"""python -m viz diff OLD NEW [--key COL ...] [--schema SCHEMA] [--json] [--out CHANGES.csv]."""
from __future__ import annotations

import argparse
import sys
from typing import Any

from viz.i18n import t

READ_OPTIONS = ("encoding", "separator", "decimal", "sheet")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("diff", help="Comparer deux versions d'un jeu de données")
    p.add_argument("old", help="version précédente (fichier ou adresse http(s))")
    p.add_argument("new", help="nouvelle version (fichier ou adresse http(s))")
    p.add_argument("--key", action="append", help="colonne clé (répétable pour une clé composée)")
    p.add_argument("--schema", help="Table Schema : fichier JSON, adresse ou identifiant du catalogue")
    p.add_argument("--json", action="store_true", help="Écrire le résultat JSON sur la sortie standard")
    p.add_argument("--out", help="Écrire la liste des cellules changées (CSV : key,column,old,new,kind)")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="langue des messages : fr (par défaut) ou en")
    for name in READ_OPTIONS:
        p.add_argument(f"--{name}", help=f"{name} des deux versions (remplace la détection)")
        p.add_argument(f"--old-{name}", help=f"{name} de la version précédente")
        p.add_argument(f"--new-{name}", help=f"{name} de la nouvelle version")
    p.add_argument("--allow-private-urls", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(run=run, missing=_missing)


def _options(args: argparse.Namespace, side: str) -> Any:
    """The reading overrides of one side: `--old-encoding` beats `--encoding`."""
    from viz.io import CsvOptions, LoadOptions
    pick = {n: getattr(args, f"{side}_{n}") or getattr(args, n) for n in READ_OPTIONS}
    sep = {"tab": "\t", "\\t": "\t"}.get(pick["separator"] or "", pick["separator"])
    csv = CsvOptions(encoding=pick["encoding"], separator=sep, decimal=pick["decimal"])
    return LoadOptions(csv=csv, sheet=pick["sheet"])


def _load(args: argparse.Namespace, side: str) -> tuple[Any, str]:
    """One version, or None and a French message naming which one cannot be read (exit status 2)."""
    from viz.io import LoadError, load
    try:
        return load(getattr(args, side), options=_options(args, side), allow_private=args.allow_private_urls), ""
    except LoadError as exc:
        return None, t("compare.unreadable", args.lang, side=t(f"compare.{side}", args.lang),
                       error=exc.message(args.lang))


def _missing(args: argparse.Namespace) -> bool:
    """Say which version's file does not exist, as the reader would (viz.cli asks before importing pandas)."""
    from viz.commands import not_found
    missing = [side for side in ("old", "new") if not_found(getattr(args, side))]
    for side in missing:
        print(t("compare.unreadable", args.lang, side=t(f"compare.{side}", args.lang),
                error=t("io.not_found", args.lang, path=getattr(args, side))), file=sys.stderr)
    return bool(missing)


def _load_both(args: argparse.Namespace) -> tuple[Any, Any]:
    """Both versions, read at once in two threads (Arrow's CSV reader and the file hash release the GIL);
    messages printed in order, the previous version's first."""
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda side: _load(args, side), ("old", "new")))
    for _, message in results:
        if message:
            print(message, file=sys.stderr)
    return results[0][0], results[1][0]


def run(args: argparse.Namespace) -> int:
    """Load both versions, compare, print; 0 identical, 1 different, 2 unreadable."""
    from viz.compare import compare
    from viz.compare.report import changes_csv, to_json
    from viz.errors import StudioError
    schema = None
    if args.schema:
        from viz.schemas import load_schema
        schema = load_schema(args.schema)
    old, new = _load_both(args)
    if old is None or new is None:
        return 2
    try:
        cmp = compare(old, new, args.key, schema)
    except StudioError as exc:
        print(f"Erreur : {exc.message(args.lang)}", file=sys.stderr)
        return 2
    doc = to_json(cmp, args.lang)
    if args.out:
        from viz.export.tables import write_bytes
        try:
            write_bytes(args.out, changes_csv(cmp))
        except StudioError as exc:
            print(f"Erreur : {exc.message(args.lang)}", file=sys.stderr)
            return 2
    if args.json:
        from viz.commands.check import _write_json
        _write_json(doc)
    for note in doc["notes"]:
        print(note, file=sys.stderr)
    print(doc["summary"], file=sys.stderr)
    return 0 if cmp.identical else 1

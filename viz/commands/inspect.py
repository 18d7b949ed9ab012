"""python -m viz inspect FILE [--json]: how the file was read and what each column holds."""
from __future__ import annotations

import argparse
import json
import sys

from viz.commands import add_read_options, load_options
from viz.i18n import t


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("inspect", help="Lire un fichier et décrire ses colonnes")
    p.add_argument("file", metavar="FICHIER", help="fichier ou adresse http(s) à lire")
    p.add_argument("--json", action="store_true", help="écrire la description JSON sur la sortie standard")
    p.add_argument("--allow-private-urls", action="store_true", help=argparse.SUPPRESS)
    add_read_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Load, profile, print how the file was read and what each column holds."""
    from viz.io import load
    from viz.profile import profile
    ds = load(args.file, options=load_options(args), allow_private=args.allow_private_urls)
    prof = profile(ds.original)
    out = {
        "format": ds.read.format,
        "encoding": ds.read.encoding,
        "separator": ds.read.separator,
        "decimal": ds.read.decimal,
        "thousands": ds.read.thousands,
        "sheet": ds.read.sheet,
        "sha256": ds.read.sha256,
        "rows": int(len(ds.original)),
        "notes": [t(n[0], "fr", **(n[1] if len(n) > 1 else {})) for n in ds.read.notes],
        "columns": [{"name": c.name, "kind": c.kind, "missing": c.missing, "distinct": c.distinct,
                     "examples": c.examples} for c in prof],
    }
    if args.json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for note in out["notes"]:
            print(f"Remarque : {note}", file=sys.stderr)
        how = (f"{ds.read.encoding}, séparateur {ds.read.separator!r}, décimale {ds.read.decimal!r}"
               if ds.read.format == "csv" else (f"feuille {ds.read.sheet!r}" if ds.read.sheet else ds.read.encoding or ""))
        print(f"{out['rows']} lignes, {len(out['columns'])} colonnes ({ds.read.format}, {how})")
        for c in out["columns"]:
            print(f"  {c['name']:<40} {t('kind.' + c['kind'], 'fr'):<24} manquants : {c['missing']}")
    return 0

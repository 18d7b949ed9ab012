"""python -m viz departements FILE [--by COL] [--value COL] [--region CODE] --out OUT.(html|png|svg) [--table OUT.csv]."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from viz.errors import StudioError
from viz.i18n import t

OUTPUTS = (".html", ".htm", ".png", ".svg")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("departements", help="Compter ou sommer les lignes par département (barres ou carte)")
    p.add_argument("file", help="fichier ou adresse http(s)")
    p.add_argument("--by", metavar="COL", help="colonne qui place les lignes (code ou nom de département, code INSEE, "
                   "code postal, nom de commune) ou « coordinates » ; sans elle, la meilleure est choisie")
    p.add_argument("--value", metavar="COL", help="colonne à sommer (sans elle : nombre de lignes)")
    p.add_argument("--region", metavar="CODE", help="ne garder que les départements d'une région (ex. 93)")
    p.add_argument("--category", metavar="COL", help="seconde catégorie (barres empilées)")
    p.add_argument("--grouped", action="store_true", help="barres côte à côte au lieu d'empilées")
    p.add_argument("--rate", action="store_true", help="pour 100 000 habitants")
    p.add_argument("--map", action="store_true", help="carte des départements (choroplèthe) au lieu des barres")
    p.add_argument("--classes", choices=("quantiles", "jenks"), default="quantiles",
                   help="classes de la carte : quantiles ou seuils naturels (jenks)")
    p.add_argument("--title", default="", help="titre du graphique")
    p.add_argument("--source", default=None, help="ligne de source (par défaut : le nom du fichier)")
    p.add_argument("--lang", default="fr", choices=("fr", "en"))
    p.add_argument("--out", required=True, help="fichier de sortie .html, .png ou .svg")
    p.add_argument("--table", help="écrire aussi le tableau dessiné (CSV : code,nom,value)")
    p.add_argument("--json", action="store_true", help="résumé du placement des lignes en JSON sur stdout")
    p.add_argument("--allow-private-urls", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(run=run)


def _error(exc: StudioError) -> int:
    print(f"Erreur : {exc.message('fr')}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    """Read, place, draw and write; unplaced rows counted on stderr; French errors with exit status 2."""
    from viz import fmt
    from viz.charts.departements import DepartementsSpec, build, table_csv
    from viz.io import load
    out = Path(args.out)
    if out.suffix.lower() not in OUTPUTS:
        print(f"Erreur : {t('dep.error.bad_output', 'fr', suffix=out.suffix or out.name)}", file=sys.stderr)
        return 2
    ds = load(args.file, allow_private=args.allow_private_urls)
    spec = DepartementsSpec(kind="map" if args.map else "bars", by=args.by, value=args.value, category=args.category,
                            barmode="group" if args.grouped else "stack", rate=args.rate, region=args.region,
                            classes=args.classes, title=args.title or ds.meta.title, lang=args.lang,
                            source=args.source if args.source is not None else ds.read.filename,
                            decimal=ds.read.decimal, thousands=ds.read.thousands)
    try:
        result = build(ds.working(), spec)
    except StudioError as exc:
        return _error(exc)
    from viz.export import images
    try:
        images.write(result.figure, out)
    except images.ImageExportError as exc:
        return _error(exc)
    print(t("dep.cli.written", "fr", path=out), file=sys.stderr)
    if args.table:
        from viz.export.tables import write_bytes
        try:
            write_bytes(args.table, table_csv(result))
        except StudioError as exc:
            return _error(exc)
        print(t("dep.cli.written", "fr", path=args.table), file=sys.stderr)
    print(result.sentence(), file=sys.stderr)
    if result.placement.unplaced * 2 > len(result.placement.codes):
        print(t("dep.half_unplaced", "fr", count=fmt.number(result.placement.unplaced, "fr", 0)), file=sys.stderr)
    if args.json:
        import json
        print(json.dumps(result.placement.to_dict(), ensure_ascii=False))
    return 0

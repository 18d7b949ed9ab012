"""python -m viz treemap FILE --label COL [--label COL2 ...] [--value COL] [--threshold PCT] [--top N] --out OUT."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from viz.commands import add_read_options, entier, load_options, nombre, resolve_column
from viz.i18n import t

if TYPE_CHECKING:
    from viz.charts.treemap import Rule

OUTPUTS = (".html", ".htm", ".png", ".svg")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("treemap", help="Dessiner un treemap (petits postes regroupés dans « Autre »)")
    p.add_argument("file", metavar="FICHIER", help="fichier ou adresse http(s)")
    p.add_argument("--label", action="append", required=True, metavar="COL",
                   help="colonne de libellés (1 à 3, du niveau le plus large au plus fin)")
    p.add_argument("--value", metavar="COL", help="colonne des montants (sans elle : nombre de lignes)")
    p.add_argument("--threshold", type=nombre, metavar="PCT",
                   help="regrouper les postes de moins de PCT %% du total de leur parent dans « Autre »")
    p.add_argument("--top", type=entier, metavar="N", help="garder les N plus grands postes de chaque parent")
    p.add_argument("--min", type=nombre, metavar="VALEUR", dest="minimum",
                   help="regrouper les postes de moins de VALEUR")
    p.add_argument("--where", action="append", default=[], metavar="COL=VALEUR",
                   help="ne garder que les lignes où COL vaut VALEUR (répétable ; COL=A|B pour plusieurs valeurs)")
    p.add_argument("--operations-reelles", action="store_true", dest="real_only",
                   help="budget : écarter les opérations d'ordre (chapitres 021, 023, 040 à 043), comptées deux fois")
    p.add_argument("--title", default="", metavar="TITRE", help="titre du graphique")
    p.add_argument("--subtitle", default="", metavar="SOUS_TITRE", help="sous-titre du graphique")
    p.add_argument("--source", default=None, metavar="SOURCE", help="ligne de source (par défaut : le nom du fichier)")
    p.add_argument("--note", default="", metavar="NOTE", help="note écrite sous le graphique")
    p.add_argument("--palette", default="okabe_ito", metavar="PALETTE", help="palette de couleurs : okabe_ito (par défaut), tol_bright ou tol_muted")
    p.add_argument("--lang", default="fr", choices=("fr", "en"), help="langue des messages : fr (par défaut) ou en")
    p.add_argument("--scale", type=nombre, default=2, metavar="ÉCHELLE", help="échelle des images PNG (2 par défaut)")
    p.add_argument("--out", required=True, metavar="SORTIE", help="fichier de sortie .html, .png ou .svg")
    p.add_argument("--table", metavar="TABLEAU", help="écrire aussi le tableau dessiné (CSV)")
    p.add_argument("--allow-private-urls", action="store_true", help=argparse.SUPPRESS)
    add_read_options(p)
    p.set_defaults(run=run)


def _rule(args: argparse.Namespace) -> Rule:
    """The grouping rule asked (none when no option is given)."""
    from viz.charts.treemap import Rule, TreemapError
    given = [(k, v) for k, v in (("share", args.threshold), ("top", args.top), ("min", args.minimum))
             if v is not None]
    if len(given) > 1:
        raise TreemapError("treemap.error.rules_exclusive")
    return Rule(given[0][0], float(given[0][1])) if given else Rule("none", 0.0)


def _filters(args: argparse.Namespace) -> dict[str, list[str]]:
    """`--where Sens=Dépense --where TypeOperation=Réelle` as the spec's filters."""
    from viz.charts.treemap import TreemapError
    filters: dict[str, list[str]] = {}
    for item in args.where:
        column, sep, values = item.partition("=")
        if not sep or not column.strip():
            raise TreemapError("treemap.error.bad_where", item=item)
        filters.setdefault(column.strip(), []).extend(v.strip() for v in values.split("|"))
    return filters


def run(args: argparse.Namespace) -> int:
    """Read, group, draw and write; French errors on stderr with exit status 2."""
    from viz.charts.treemap import TreemapError, TreemapSpec, build, table_csv
    from viz.io import load
    out = Path(args.out)
    if out.suffix.lower() not in OUTPUTS:
        print(f"Erreur : {t('treemap.error.bad_output', 'fr', suffix=out.suffix or out.name)}", file=sys.stderr)
        return 2
    ds = load(args.file, options=load_options(args), allow_private=args.allow_private_urls)
    source = args.source if args.source is not None else (ds.meta.producer or ds.read.filename)
    try:
        columns = list(ds.original.columns)
        labels = [resolve_column(c, columns) for c in args.label]
        value = resolve_column(args.value, columns) if args.value else None
        filters = {resolve_column(c, columns): v for c, v in _filters(args).items()}
        spec = TreemapSpec(labels=labels, value=value, rules=[_rule(args)], colour=labels[0],
                           filters=filters, real_only=args.real_only,
                           palette=args.palette, title=args.title or ds.meta.title, subtitle=args.subtitle,
                           source=source, note=args.note, lang=args.lang, decimal=ds.read.decimal,
                           thousands=ds.read.thousands)
        result = build(ds.working(), spec)
    except TreemapError as exc:
        print(f"Erreur : {exc.message('fr')}", file=sys.stderr)
        return 2
    from viz.errors import StudioError
    from viz.export import images
    from viz.export.tables import write_bytes
    try:
        images.write(result.figure, out, scale=args.scale)
        print(t("treemap.cli.written", "fr", path=out), file=sys.stderr)
        if args.table:
            write_bytes(args.table, table_csv(result))
            print(t("treemap.cli.written", "fr", path=args.table), file=sys.stderr)
    except StudioError as exc:
        print(f"Erreur : {exc.message('fr')}", file=sys.stderr)
        return 2
    print(result.sentence(), file=sys.stderr)
    return 0

"""python -m viz map FILE --out OUT.(html|png|svg): the point map as a page that loads nothing from the internet,
or as a static image (département outlines, dots or hexagons) through kaleido and a local Chromium."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from viz.charts.pointmap_options import MODES, THRESHOLD
from viz.errors import StudioError
from viz.i18n import t

OUTPUTS = (".html", ".htm", ".png", ".svg")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("map", help="Carte des points (page HTML autonome, sans internet)")
    p.add_argument("file", help="fichier ou adresse http(s)")
    p.add_argument("--lat", metavar="COL", help="colonne de latitude (ou colonne « lat,lon »)")
    p.add_argument("--lon", metavar="COL", help="colonne de longitude")
    p.add_argument("--colour", "--color", dest="colour", metavar="COL", help="colonne de catégorie pour la couleur")
    p.add_argument("--tooltip", action="append", default=[], metavar="COL", help="colonne montrée au survol (répétable)")
    p.add_argument("--mode", choices=MODES, default="auto", help="points, hexagones, ou auto (hexagones au-delà "
                   f"de {THRESHOLD} points)")
    p.add_argument("--title", default="", help="titre de la carte")
    p.add_argument("--lang", default="fr", choices=("fr", "en"))
    p.add_argument("--out", required=True, help="fichier de sortie .html, .png ou .svg")
    p.add_argument("--allow-private-urls", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(run=run)


def _write(result, out: Path) -> None:  # noqa: ANN001  (a PointMapResult: pydeck is imported late)
    """The offline page (.html), or the static figure as PNG (scale 2) or SVG."""
    if out.suffix.lower() in (".html", ".htm"):
        from viz.export.deck_html import to_html
        from viz.export.tables import write_bytes
        write_bytes(out, to_html(result))
        return
    from viz.charts.pointmap_static import static_map
    from viz.export import images
    images.write(static_map(result).figure, out, scale=2)


def run(args: argparse.Namespace) -> int:
    """Read, build the deck, write the offline page."""
    from viz.charts.pointmap import PointMapError, PointMapSpec, build
    from viz.io import load
    out = Path(args.out)
    if out.suffix.lower() not in OUTPUTS:
        print(f"Erreur : {t('mapexport.error.bad_output', 'fr', suffix=out.suffix or out.name)}", file=sys.stderr)
        return 2
    ds = load(args.file, allow_private=args.allow_private_urls)
    spec = PointMapSpec(lat=args.lat, lon=args.lon, colour=args.colour, tooltip=list(args.tooltip), mode=args.mode,
                        title=args.title or ds.meta.title, lang=args.lang)
    try:
        result = build(ds.working(), spec)
    except PointMapError as exc:
        print(f"Erreur : {exc.message('fr')}", file=sys.stderr)
        return 2
    try:
        _write(result, out)
    except StudioError as exc:
        print(f"Erreur : {exc.message('fr')}", file=sys.stderr)
        return 2
    print(t("dep.cli.written", "fr", path=out), file=sys.stderr)
    print(result.sentence(), file=sys.stderr)
    return 0

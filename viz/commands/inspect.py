"""python -m viz inspect FILE [--json]: how the file was read and what each column holds."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from viz.commands import add_read_options, load_options
from viz.i18n import t


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("inspect", help="Lire un fichier et décrire ses colonnes")
    p.add_argument("file", metavar="FICHIER", help="fichier ou adresse http(s) à lire")
    p.add_argument("--json", action="store_true", help="écrire la description JSON sur la sortie standard")
    p.add_argument("--allow-private-urls", action="store_true", help=argparse.SUPPRESS)
    from viz.big.cli import add_stream_options
    add_stream_options(p)
    add_read_options(p)
    p.set_defaults(run=run, tables=_tables)


def _tables(args: argparse.Namespace) -> tuple[str, ...]:
    """What the process imports first: a large CSV on disk is read and profiled in Arrow alone (pandas, 0.4 s and
    40 MB, never imported); any other source becomes a pandas table."""
    from viz.big import should_stream
    from viz.cli import TABLES
    from viz.commands import big_csv_on_disk
    if big_csv_on_disk(args.file) or should_stream(args.file, force=args.stream):
        return ("pyarrow.csv", "pyarrow.compute")
    return TABLES


def _description(read: Any, rows: int, prof: list) -> dict[str, Any]:
    """The JSON description: how the file was read, its rows, and each column's profile."""
    return {
        "format": read.format,
        "encoding": read.encoding,
        "separator": read.separator,
        "decimal": read.decimal,
        "thousands": read.thousands,
        "sheet": read.sheet,
        "sha256": read.sha256,
        "rows": int(rows),
        "notes": [t(n[0], "fr", **(n[1] if len(n) > 1 else {})) for n in read.notes],
        "columns": [{"name": c.name, "kind": c.kind, "missing": c.missing, "distinct": c.distinct,
                     "examples": c.examples} for c in prof],
    }


def _streamed(args: argparse.Namespace) -> tuple[Any, dict[str, Any]] | None:
    """(read info, description) of a file read in chunks, or None when the file is read in memory."""
    from viz.big.cli import say_streaming, stream_for
    stream = stream_for(args)
    if stream is None:
        return None
    from dataclasses import replace

    from viz.big.profile import stream_profile
    say_streaming(stream, "inspect")
    prof, capped = stream_profile(stream.arrow_chunks(), stream.names)
    read = replace(stream.info, sha256=stream.sha256)
    out = _description(read, stream.rows, prof)
    out["streamed"] = True
    if capped:
        out["distinct_at_least"] = capped
    if stream.rows == 0:
        out["notes"].append(t("io.note.header_only", "fr"))
    if stream.skipped:
        out["notes"].append(t("bigfile.skipped", "fr", count=len(stream.skipped), text=stream.skipped[0]))
    return read, out


def _profile(holder: list) -> list:
    """The profile of the one table in `holder`, taken out of it: a large CSV's columns are then held only by
    the profile, which frees each once counted (the peak stays that of the read)."""
    import pyarrow as pa

    from viz.io.transcode import bytes_encoding
    from viz.profile import by_columns, profile, profile_columns
    table = holder.pop()
    if isinstance(table, pa.Table) and by_columns(table):
        names, columns, encoding = table.column_names, table.columns, bytes_encoding(table)
        del table
        return profile_columns(names, columns, encoding)
    return profile(table)


def run(args: argparse.Namespace) -> int:
    """Load (or stream), profile, print how the file was read and what each column holds."""
    streamed = _streamed(args)
    if streamed is not None:
        read, out = streamed
    else:
        from viz.io import load_table
        table, read = load_table(args.file, options=load_options(args), allow_private=args.allow_private_urls)
        rows, holder = len(table), [table]
        del table  # the holder's reference is the last: the profile takes it and frees each column once counted
        out = _description(read, rows, _profile(holder))
    if args.json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for note in out["notes"]:
            print(f"Remarque : {note}", file=sys.stderr)
        how = (f"{read.encoding}, séparateur {read.separator!r}, décimale {read.decimal!r}"
               if read.format == "csv" else (f"feuille {read.sheet!r}" if read.sheet else read.encoding or ""))
        print(f"{out['rows']} lignes, {len(out['columns'])} colonnes ({read.format}, {how})")
        at_least = set(out.get("distinct_at_least", ()))
        for c in out["columns"]:
            print(f"  {c['name']:<40} {t('kind.' + c['kind'], 'fr'):<24} manquants : {c['missing']}"
                  + (f", distinctes : au moins {c['distinct']}" if c["name"] in at_least else ""))
    return 0

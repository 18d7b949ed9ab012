"""python -m viz: the studio's journey, headless (contract in ../shared/CLI.md)."""
from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = ("inspect", "check", "treemap", "diff", "sheet", "departements", "map")


def _french(message: str) -> str:
    """argparse's texts in French (usage, errors, help headings), from the i18n catalogue."""
    from viz.i18n import CATALOGUE
    texts = CATALOGUE.get(f"argparse:{message}")
    return texts["fr"] if texts else message


def _french_plural(singular: str, plural: str, n: int) -> str:
    return _french(singular if n == 1 else plural)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser, speaking French; with `only`, just that command's module is imported (`check` never loads plotly)."""
    argparse._ = _french  # argparse looks its texts up through this module-level gettext alias
    argparse.ngettext = _french_plural
    parser = argparse.ArgumentParser(prog="python -m viz", description="Studio de valorisation des données ouvertes")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS if only not in COMMANDS else (only,):
        importlib.import_module(f"viz.commands.{name}").add_parser(sub)
    return parser


def _check_input(args: argparse.Namespace) -> None:
    """A local FILE that does not exist is said at once, as the reader says it, before pandas is imported (a
    command with other inputs checks them in its `missing` default, called next)."""
    from viz.commands import not_found
    from viz.errors import LoadError
    path = getattr(args, "file", None)
    if isinstance(path, str) and not_found(path):
        raise LoadError("io.not_found", path=path)


TABLES = ("pandas", "pyarrow.csv")  # what a command reads its table with (`inspect` of a large CSV: no pandas)


def _import_tables(modules: tuple[str, ...] = TABLES) -> None:
    """Import pandas and pyarrow (`modules`) with the garbage collector paused, then freeze what they built.

    Their import makes ~60,000 objects that live to the end of the process; the collector walked them some 150
    times (about a tenth of a small command's CPU). Frozen, later collections skip them. Only for a process
    started to run one command (`python -m viz`), never for a caller of main() (tests, the app)."""
    import gc
    gc.disable()
    try:
        for name in modules:
            importlib.import_module(name)
    finally:
        gc.freeze()
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    """Parse, run, and turn every LoadError into a French message and exit status 2 (argv None: this process
    runs one command and ends, so its start-up is tuned)."""
    from viz.errors import StudioError  # light: viz.io would import pandas before --help
    process = argv is None
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv[0] if argv else None).parse_args(argv)
    try:
        _check_input(args)
        if getattr(args, "missing", None) is not None and args.missing(args):  # diff: which version is missing
            return 2
        if process:
            tables = getattr(args, "tables", TABLES)
            _import_tables(tables(args) if callable(tables) else tables)
        return int(args.run(args))
    except StudioError as exc:
        print(f"Erreur : {exc.message('fr')}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # an output that cannot be written: which path, why, in French
        from viz.errors import os_error
        print(f"Erreur : {os_error(exc).message('fr')}", file=sys.stderr)
        return 2
    except Exception as exc:  # never a traceback for a person: say what happened, in French
        print(f"Erreur inattendue ({type(exc).__name__}) : {exc}. Le fichier original n'a pas été modifié.",
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

"""Chart kinds the sheet, the project file and the Exporter page know, by name.

A kind is a module providing: `spec_from_dict(dict) -> spec` (the spec has `to_dict()` and `title`),
`build(table, spec) -> result` (with `.figure` and `.spec`), `alt_text(result, lang) -> str`,
`data_table(result, lang) -> DataFrame`, `caveats(result, lang) -> list[str]` and
`key_figures(result, lang) -> list[str]`. A new chart adds one line to KINDS (or calls register()).
"""
from __future__ import annotations

import importlib
from types import ModuleType

KINDS: dict[str, str] = {
    "treemap": "viz.charts.treemap_alt",
    "departements": "viz.charts.departements_alt",
    "pointmap": "viz.charts.pointmap_alt",
}
REQUIRED = ("spec_from_dict", "build", "alt_text", "data_table", "caveats", "key_figures")


def register(kind: str, module: str) -> None:
    """Add a chart kind (module path) at run time."""
    KINDS[kind] = module


def kind_module(kind: str) -> ModuleType:
    """The module of a chart kind; KeyError when the kind is unknown, TypeError when it lacks a function."""
    module = importlib.import_module(KINDS[kind])
    missing = [name for name in REQUIRED if not hasattr(module, name)]
    if missing:
        raise TypeError(f"chart kind {kind!r} lacks {', '.join(missing)}")
    return module

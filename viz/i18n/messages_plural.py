"""Counts with their agreeing word, for captions built on the pages (viz.fmt.plural through the catalogue)."""
MESSAGES = {
    "count.rows": {"fr": "{count:n|ligne|lignes}", "en": "{count:n|row|rows}"},
    "count.columns": {"fr": "{count:n|colonne|colonnes}", "en": "{count:n|column|columns}"},
    "count.cells": {"fr": "{count:n|cellule|cellules}", "en": "{count:n|cell|cells}"},
}

"""Plain words for internal names on the pages: a schema column's own title (`numéro du compte budgétaire` for
`BGT_CONTNAT`), so codes stay in a detail line."""
from __future__ import annotations

from typing import Any


def field_titles(schema: dict[str, Any] | None) -> dict[str, str]:
    """Column name -> the schema's title for it (first letter capitalised); empty without a schema."""
    titles = {}
    for field in (schema or {}).get("fields", []) if isinstance(schema, dict) else []:
        if isinstance(field, dict) and isinstance(field.get("name"), str) and isinstance(field.get("title"), str):
            title = field["title"].strip()
            if title and title != field["name"]:
                titles[field["name"]] = title[:1].upper() + title[1:]
    return titles

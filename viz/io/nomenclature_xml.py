"""A budget nomenclature (plan de comptes M57/M14 as TOTEM ships it, root `Nomenclature`): one row per code.

Families: nature_chapitre, nature_compte, fonction_chapitre, fonction_compte, fonction_ref; each row keeps the
code as text, its label, chapter type (G real, C, L others), section (F/I), the account holding it and, for
nature accounts, the chapter a line falls in (DR/RR real operations, DOES/DOIS/ROES/ROIS order operations).
"""
from __future__ import annotations

from xml.etree.ElementTree import Element

import pandas as pd

COLUMNS = ("famille", "code", "libelle", "type_chapitre", "section", "parent", "DR", "RR", "DOES", "DOIS",
           "ROES", "ROIS")
_ATTRIBUTES = COLUMNS[6:]
_BLOCKS = (("Nature", "Chapitres", "nature_chapitre", "Chapitre"), ("Nature", "Comptes", "nature_compte", "Compte"),
           ("Fonction", "Chapitres", "fonction_chapitre", "Chapitre"),
           ("Fonction", "Comptes", "fonction_compte", "Compte"),
           ("Fonction", "RefFonctionnelles", "fonction_ref", "RefFonc"))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: Element | None, name: str) -> Element | None:
    if element is None:
        return None
    return next((c for c in element if _local(c.tag) == name), None)


def _rows(element: Element, family: str, tag: str, parent: str = "") -> list[dict[str, str]]:
    """Every `tag` below `element` (accounts nest: an iterative walk, so depth costs no recursion)."""
    rows: list[dict[str, str]] = []
    stack = [(child, parent) for child in reversed(list(element))]
    while stack:
        node, holder = stack.pop()
        if _local(node.tag) != tag:
            continue
        row = {name: (node.get(name) or "").strip() for name in _ATTRIBUTES}
        row.update(famille=family, code=node.get("Code", ""), libelle=(node.get("Libelle") or "").strip(),
                   type_chapitre=node.get("TypeChapitre", ""), section=node.get("Section", ""), parent=holder)
        rows.append(row)
        stack.extend((child, row["code"]) for child in reversed(list(node)))
    return rows


def nomenclature_rows(root: Element) -> list[dict[str, str]]:
    """All codes of a `Nomenclature` element, in the order of the file."""
    rows: list[dict[str, str]] = []
    for part, block, family, tag in _BLOCKS:
        holder = _child(_child(root, part), block)
        if holder is not None:
            rows.extend(_rows(holder, family, tag))
    return rows


def read_nomenclature(root: Element) -> pd.DataFrame:
    """The table of a nomenclature (all text); empty when the file holds no code."""
    return pd.DataFrame(nomenclature_rows(root), columns=list(COLUMNS)).fillna("").astype("str")

"""The XML of a municipal budget (TOTEM `DocumentBudgetaire`): one row per `LigneBudget`.

Parsed with defusedxml (no DTD, no external entities, no entity expansion: an XML bomb is refused).
Each child element of a line becomes a column holding its `V` attribute, as text (`001` stays `001`);
`MtSup` elements become `MtSup_<Code>`. A few readable columns are added after the raw ones.
"""
from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

import pandas as pd
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from viz.dataset import Metadata
from viz.io.errors import LoadError
from viz.reference import m57

NATURE_OF_DECISION = {"01": "Budget primitif", "02": "Décision modificative", "03": "Budget supplémentaire",
                      "09": "Compte administratif"}
M57_FUNCTION_CHAPTERS = {
    "0": "Services généraux", "1": "Sécurité", "2": "Enseignement, formation professionnelle et apprentissage",
    "3": "Culture, vie sociale, jeunesse, sports et loisirs", "4": "Santé et action sociale",
    "5": "Aménagement des territoires et habitat", "6": "Action économique", "7": "Environnement",
    "8": "Transports",
}
_CONTEXT = ("LibelleColl", "IdColl", "Exer", "NatDec", "Nomenclature", "LibelleEtab")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(data: bytes) -> Element:
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise LoadError("io.xml.forbidden", error=type(exc).__name__) from exc
    except ParseError as exc:
        line, col = getattr(exc, "position", (0, 0))
        raise LoadError("io.xml.malformed", line=line, col=col + 1) from exc


def _line_record(line: Element) -> dict[str, str]:
    record: dict[str, str] = {}
    for child in line:
        name = _local(child.tag)
        if name == "MtSup" and child.get("Code"):
            name = f"MtSup_{child.get('Code')}"
        elif name in record:
            name = f"{name}_{sum(k.startswith(name) for k in record) + 1}"
        record[name] = child.get("V", (child.text or "").strip())
    return record


def _readable(table: pd.DataFrame) -> pd.DataFrame:
    """Add `Sens`, `TypeOperation`, `Section`, `ChapitreFonctionnel` labels next to the raw codes."""
    out = table.copy()
    if "CodRD" in out:
        out["Sens"] = out["CodRD"].map({"D": "Dépense", "R": "Recette"}).fillna("").astype("str")
    if "OpBudg" in out:
        out["TypeOperation"] = out["OpBudg"].map({"0": "Réelle", "1": "Ordre"}).fillna("").astype("str")
    if "ContFon" in out:
        code = out["ContFon"].astype("str")
        section = pd.Series("", index=out.index, dtype="str")
        section[code.str.fullmatch(r"90\d")] = "Investissement"
        section[code.str.fullmatch(r"93\d")] = "Fonctionnement"
        out["Section"] = section
        label = code.str[-1].map(M57_FUNCTION_CHAPTERS).fillna("").astype("str").where(section != "", "")
        official = m57.chapter_labels(code)
        out["ChapitreFonctionnel"] = official.where(official != "", label)
    return _nomenclature(out)


def _nomenclature(out: pd.DataFrame) -> pd.DataFrame:
    """Labels from the official M57 chart of accounts: the nature's chapter (real or order), its label, the
    nature's label and the function's label, so charts show words rather than bare codes."""
    if "Nature" in out:
        if "CodRD" in out and "OpBudg" in out:
            chapter = m57.nature_chapters(out["Nature"], out["CodRD"], out["OpBudg"])
            out["ChapitreNature"] = chapter
            out["LibelleChapitreNature"] = m57.chapter_labels(chapter).where(chapter != "", "")
        out["LibelleNature"] = m57.nature_labels(out["Nature"])
    if "Fonction" in out:
        out["LibelleFonction"] = m57.function_labels(out["Fonction"])
    return out


def _nomenclature_table(root: Element, encoding: str) -> tuple[pd.DataFrame, Metadata, str]:
    """A plan de comptes (M57, M14...): one row per chapter, account and functional reference."""
    from viz.io.nomenclature_xml import read_nomenclature
    table = read_nomenclature(root)
    if table.empty:
        raise LoadError("io.xml.no_codes")
    norm, year = root.get("Norme", "?"), root.get("Exer", "")
    meta = Metadata(title=f"Plan de comptes {norm} {year}".strip(), description=f"Nomenclature budgétaire {norm}")
    return table, meta, encoding


def read_budget_xml(data: bytes) -> tuple[pd.DataFrame, Metadata, str]:
    """Read a DocumentBudgetaire: (table of budget lines, metadata, declared encoding)."""
    match = re.match(rb"<\?xml[^>]*encoding=[\"']([\w.-]+)", data.lstrip()[:200])
    encoding = match.group(1).decode("ascii").lower() if match else "utf-8"
    root = _parse(data)
    if _local(root.tag) == "Nomenclature":
        return _nomenclature_table(root, encoding)
    if _local(root.tag) != "DocumentBudgetaire":
        raise LoadError("io.xml.not_budget", root=_local(root.tag))
    context: dict[str, str] = {}
    for element in root.iter():
        name = _local(element.tag)
        if name in _CONTEXT and name not in context:
            context[name] = element.get("V", "")
    lines = [_line_record(el) for el in root.iter() if _local(el.tag) == "LigneBudget"]
    if not lines:
        raise LoadError("io.xml.no_lines")
    table = pd.DataFrame(lines).fillna("").astype("str")
    table = _readable(table)
    for name in ("Exer", "LibelleColl", "NatDec", "IdColl"):  # NatDec, IdColl: for the SCDL budget form
        if name in context:
            table[name] = pd.Series(context[name], index=table.index, dtype="str")
    decision = NATURE_OF_DECISION.get(context.get("NatDec", ""), "Document budgétaire")
    coll = context.get("LibelleColl", "").strip()
    meta = Metadata(title=f"{coll} — {decision} {context.get('Exer', '')}".strip(" —"), producer=coll,
                    description=f"Nomenclature {context.get('Nomenclature', '?')}, SIRET {context.get('IdColl', '?')}")
    return table, meta, encoding

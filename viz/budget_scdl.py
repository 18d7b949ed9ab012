"""The TOTEM budget lines (viz.io.budget_xml) written in the SCDL budget 0.8.3 form (BGT_* columns).

The SCDL budget schema mirrors the `LigneBudget` elements of the XML, so the conversion is a set of
column maps, one per BGT_* field, in the schema's order. Nothing is invented: what the document does not
carry (ContNat, the nomenclature's labels) comes from the official M57 plan when the document follows M57
(the nature's chapter for a real or an order operation, the labels); otherwise it stays empty and the schema
check reports it.

Section rule (BGT_SECTION), from the nature's account (M57/M14 nomenclature):
  - chapters/natures 001, 021, 024, 040, 041 → investissement; 002, 023, 042, 043 → fonctionnement;
  - otherwise the account class, its first digit: 1 and 2 → investissement, 6 and 7 → fonctionnement;
    accounts 454x and 458x (operations for third parties, under mandate) → investissement;
  - when the nature says nothing, the functional chapter ContFon decides: 90x, 92x, 950, 951, 954 and
    001 → investissement; 93x, 94x, 952, 953 and 002 → fonctionnement;
  - when nature and ContFon contradict each other, or neither is known, the section is left empty.
"""
from __future__ import annotations

import re
from typing import Any

import pandas as pd

from viz.dataset import Dataset, Metadata
from viz.steps.base import Step
from viz.i18n import t

OP = "convert_scdl_budget"
SCDL_FIELDS = ("BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_NOM", "BGT_CONTNAT", "BGT_CONTNAT_LABEL",
               "BGT_NATURE", "BGT_NATURE_LABEL", "BGT_FONCTION", "BGT_FONCTION_LABEL", "BGT_OPERATION",
               "BGT_SECTION", "BGT_OPBUDG", "BGT_CODRD", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC",
               "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112", "BGT_ARTSPE")
NATDEC = {"01": "budget primitif", "02": "décision modificative", "03": "budget supplémentaire",
          "09": "compte administratif"}
CODRD = {"D": "dépense", "R": "recette"}
OPBUDG = {"0": "réel", "1": "ordre"}
ARTSPE = {"false": "non spécialisé", "true": "spécialisé", "0": "non spécialisé", "1": "spécialisé"}
# BGT_* field <- TOTEM element copied as text, exactly as in the XML
COPIED = {"BGT_ANNEE": "Exer", "BGT_SIRET": "IdColl", "BGT_NOM": "LibelleColl", "BGT_CONTNAT": "ContNat",
          "BGT_NATURE": "Nature", "BGT_FONCTION": "Fonction", "BGT_OPERATION": "Operation",
          "BGT_MTREAL": "MtReal", "BGT_MTBUDGPREC": "MtBudgPrec", "BGT_MTRARPREC": "MtRARPrec",
          "BGT_MTPROPNOUV": "MtPropNouv", "BGT_MTPREV": "MtPrev", "BGT_CREDOUV": "CredOuv",
          "BGT_MTRAR3112": "MtRAR3112"}
MAPPED = {"BGT_NATDEC": ("NatDec", NATDEC), "BGT_CODRD": ("CodRD", CODRD), "BGT_OPBUDG": ("OpBudg", OPBUDG),
          "BGT_ARTSPE": ("ArtSpe", ARTSPE)}
INVEST, FONCT = "investissement", "fonctionnement"
SPECIAL_CHAPTERS = {"001": INVEST, "021": INVEST, "024": INVEST, "040": INVEST, "041": INVEST,
                    "002": FONCT, "023": FONCT, "042": FONCT, "043": FONCT}
TOTEM_MARKERS = ("Nature", "CodRD")
TOTEM_AMOUNTS = ("MtReal", "MtPrev", "CredOuv")


def _column(table: pd.DataFrame, name: str, default: str = "") -> pd.Series:
    """`table[name]` as text, or `default` on every row when the document has no such element."""
    if name in table.columns:
        return table[name].astype("str")
    return pd.Series(default, index=table.index, dtype="str")


def _recode(values: pd.Series, mapping: dict[str, str]) -> pd.Series:
    """Codes replaced by their SCDL wording; an unknown code is kept as is so the schema check shows it."""
    clean = values.str.strip()
    return clean.map(mapping).fillna(clean).astype("str")


def section_from_nature(nature: pd.Series) -> pd.Series:
    """investissement / fonctionnement from the nature's account (special chapters, class, 454x/458x), else ""."""
    code = nature.astype("str").str.strip()
    out = code.map(SPECIAL_CHAPTERS).fillna("").astype("str")
    first = code.str.slice(0, 1)
    rest = out == ""
    out = out.mask(rest & first.isin(["1", "2"]), INVEST)
    out = out.mask(rest & first.isin(["6", "7"]), FONCT)
    out = out.mask(rest & code.str.match(r"45[48]\d"), INVEST)
    return out.astype("str")


def section_from_function(contfon: pd.Series) -> pd.Series:
    """investissement / fonctionnement from the M57 functional chapter ContFon (90x, 92x / 93x, 94x...), else ""."""
    code = contfon.astype("str").str.strip()
    out = pd.Series("", index=code.index, dtype="str")
    out = out.mask(code.str.fullmatch(r"9[02]\d|95[014]|001"), INVEST)
    out = out.mask(code.str.fullmatch(r"9[34]\d|95[23]|002"), FONCT)
    return out.astype("str")


def derive_section(table: pd.DataFrame) -> pd.Series:
    """BGT_SECTION: the nature's section, else ContFon's; empty when unknown or when the two contradict."""
    by_nature = section_from_nature(_column(table, "Nature"))
    by_function = section_from_function(_column(table, "ContFon"))
    conflict = (by_nature != "") & (by_function != "") & (by_nature != by_function)
    out = by_nature.where(by_nature != "", by_function)
    return out.mask(conflict, "").astype("str")


def section_conflicts(table: pd.DataFrame) -> list[int]:
    """DataFrame positions of the lines whose nature and functional chapter give different sections."""
    by_nature = section_from_nature(_column(table, "Nature"))
    by_function = section_from_function(_column(table, "ContFon"))
    conflict = (by_nature != "") & (by_function != "") & (by_nature != by_function)
    return [int(i) for i in conflict.to_numpy().nonzero()[0]]


def _context_from_meta(meta: Metadata | None) -> dict[str, str]:
    """Fallbacks for a table without context columns: name and SIRET as the reader wrote them in the metadata."""
    if meta is None:
        return {}
    found = re.search(r"SIRET (\d+)", meta.description or "")
    plan = re.search(r"Nomenclature ([^,\s]+)", meta.description or "")
    return {"LibelleColl": meta.producer or "", "IdColl": found.group(1) if found else "",
            "Nomenclature": plan.group(1) if plan and plan.group(1) != "?" else ""}


def to_scdl_budget(table: pd.DataFrame, meta: Metadata | None = None, **context: str) -> pd.DataFrame:
    """The TOTEM lines of `table` as the SCDL budget 0.8.3 columns (schema order, text, one row per line)."""
    fallback = {**_context_from_meta(meta), **{k: v for k, v in context.items() if v}}
    columns: dict[str, pd.Series] = {}
    for field in SCDL_FIELDS:
        if field in COPIED:
            columns[field] = _column(table, COPIED[field], fallback.get(COPIED[field], "")).str.strip()
        elif field in MAPPED:
            source, mapping = MAPPED[field]
            columns[field] = _recode(_column(table, source, fallback.get(source, "")), mapping)
        elif field == "BGT_SECTION":
            columns[field] = derive_section(table)
        elif field == "BGT_NATURE_LABEL":  # the document's own account label (LibCpte) when it gives one
            columns[field] = _column(table, "LibCpte").str.strip()
        else:  # BGT_CONTNAT_LABEL, BGT_FONCTION_LABEL: not in the document
            columns[field] = pd.Series("", index=table.index, dtype="str")
    if _is_m57(fallback.get("Nomenclature", "")):
        _from_m57(table, columns)
    return pd.DataFrame(columns, index=table.index).astype("str").reset_index(drop=True)


def _is_m57(nomenclature: str) -> bool:
    """The document follows M57 (the plan bundled), or does not say (the reader already labels it with M57)."""
    return not nomenclature.strip() or nomenclature.strip().upper().startswith("M57")


def _from_m57(table: pd.DataFrame, columns: dict[str, pd.Series]) -> None:
    """What the document leaves empty, from the official M57 plan (a nomenclature, not a guess): the nature's
    chapter for a real or an order operation, and the chapter's, nature's and function's labels."""
    from viz.reference import m57
    contnat = columns["BGT_CONTNAT"]
    if {"Nature", "CodRD", "OpBudg"} <= set(table.columns):
        chapter = m57.nature_chapters(table["Nature"].astype("str").str.strip(), table["CodRD"], table["OpBudg"])
        contnat = contnat.where(contnat != "", chapter.astype("str"))
    columns["BGT_CONTNAT"] = contnat
    columns["BGT_CONTNAT_LABEL"] = m57.chapter_labels(contnat).where(contnat != "", "").astype("str")
    nature = columns["BGT_NATURE_LABEL"]
    columns["BGT_NATURE_LABEL"] = nature.where(nature != "", m57.nature_labels(columns["BGT_NATURE"])).astype("str")
    columns["BGT_FONCTION_LABEL"] = m57.function_labels(columns["BGT_FONCTION"]).astype("str")


def looks_like_totem(columns: list[str] | pd.Index) -> bool:
    """True when the columns are TOTEM `LigneBudget` elements (Nature, CodRD and an amount)."""
    names = set(columns)
    return all(m in names for m in TOTEM_MARKERS) and any(a in names for a in TOTEM_AMOUNTS)


def conversion_step(dataset: Dataset) -> Step | None:
    """The conversion Step for a budget XML (or a table of TOTEM lines) not converted yet, else None."""
    if any(step.op == OP for step in dataset.steps):
        return None
    columns = dataset.working().columns if dataset.steps else dataset.original.columns
    if dataset.read.format != "budget_xml" and not looks_like_totem(columns):
        return None
    fallback = {k: v for k, v in _context_from_meta(dataset.meta).items() if v and k not in columns}
    return Step.new(OP, label_fr=t("budget.scdl.step", "fr"), label_en=t("budget.scdl.step", "en"), **fallback)


def is_scdl_budget_schema(schema: dict[str, Any] | None) -> bool:
    """True for the SCDL budget schema, recognised by its field names (catalogue copy, file or URL alike)."""
    if not schema:
        return False
    names = {f.get("name") for f in schema.get("fields", []) if isinstance(f, dict)}
    return {"BGT_NATURE", "BGT_CODRD", "BGT_SECTION", "BGT_OPBUDG"} <= names


def convert_for_schema(dataset: Dataset, schema: dict[str, Any] | None) -> bool:
    """Record the conversion when `dataset` holds TOTEM lines and `schema` is SCDL budget; True if added."""
    if not is_scdl_budget_schema(schema):
        return False
    step = conversion_step(dataset)
    if step is None:
        return False
    dataset.with_step(step)
    return True

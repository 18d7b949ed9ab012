"""Text cells: stray spaces, empty columns, mojibake (`Ã©`), one category spelled several ways."""
from __future__ import annotations

from typing import Any, Iterator

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.checks.quality_base import ColumnFacts, column_facts, first_rows, fold, positions, quality_check, row_numbers
from viz.checks.quality_facts import take
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t
from viz.steps.text import MOJIBAKE

_SPACE_RUN = r"[ \u00a0\u202f\t]{2,}"


def _labels(key: str, **params: object) -> dict[str, str]:
    return {"label_fr": t(key, "fr", **params), "label_en": t(key, "en", **params)}


def _may_hold_spaces(facts: ColumnFacts) -> bool:
    """False when no byte of the column can belong to a space (ASCII controls, space, non-ASCII)."""
    return facts.has_byte_below(0x21) or not facts.is_ascii()


@quality_check("quality.whitespace")
def whitespace(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Leading or trailing spaces (non-breaking ones too) and runs of spaces inside a cell."""
    found = []
    for column in table.columns:
        facts = column_facts(table, column)
        if not _may_hold_spaces(facts):
            continue
        unit_edges = np.asarray(pc.not_equal(facts.unit_trimmed(), facts.units).fill_null(False)
                                .to_numpy(zero_copy_only=False), dtype=bool)
        unit_double = facts.unit_match(_SPACE_RUN, skip=facts.unit_digits())
        unit_mask = unit_edges | unit_double
        if not unit_mask.any():
            continue
        rows = row_numbers(facts.per_row(unit_mask))
        nbsp = facts.rows_in(facts.unit_match(r"[\u00a0\u202f]") & unit_mask)
        edges, double = facts.rows_in(unit_edges), facts.rows_in(unit_double)
        fix = Step.new("strip_spaces", column, **_labels("quality.fix.whitespace", column=column))
        found.append(make("quality.whitespace", "warning" if edges else "info", column, rows,
                          "quality.whitespace", fix=fix, first=first_rows(rows), edges=edges,
                          double=double, nbsp=nbsp, details={"edges": edges, "double": double, "nbsp": nbsp}))
    return found


@quality_check("quality.empty_column")
def empty_column(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Columns without a single non-blank cell."""
    found = []
    if table.empty:
        return found
    for column in table.columns:
        facts = column_facts(table, column)
        if facts.unit_nonempty().any() and not _may_hold_spaces(facts):
            continue
        if not pc.any(pc.not_equal(facts.unit_trimmed(), "").fill_null(True)).as_py():
            fix = Step.new("drop_column", column, **_labels("quality.fix.empty_column", column=column))
            found.append(make("quality.empty_column", "info", column, [], "quality.empty_column",
                              count=len(table), fix=fix))
    return found


@quality_check("quality.mojibake")
def mojibake(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """UTF-8 text decoded as Windows-1252 (`Ã©` for `é`, `â‚¬` for `€`)."""
    found = []
    for column in table.columns:
        facts = column_facts(table, column)
        if facts.has_bytes(b"\xbd") and facts.unit_match("\ufffd").any():
            found.append(_replacement_chars(column, facts))
        if not facts.has_bytes(b"\xc3") or not facts.unit_match("[ÃÂâ]").any():
            continue
        mask = facts.match(MOJIBAKE)
        if not mask.any():
            continue
        rows = row_numbers(mask)
        fix = Step.new("fix_mojibake", column, **_labels("quality.fix.mojibake", column=column))
        found.append(make("quality.mojibake", "warning", column, rows, "quality.mojibake", fix=fix,
                          first=first_rows(rows)))
    return found


def _replacement_chars(column: str, facts: ColumnFacts) -> Finding:
    """Cells holding `�` (U+FFFD): characters lost when the file was read with the wrong encoding."""
    rows = row_numbers(facts.match("\ufffd"))
    return make("quality.mojibake", "warning", column, rows, "realfiles.replacement_char", constraint="replacement",
                first=first_rows(rows))


def _short(value: str, limit: int = 40) -> str:
    """A value cut to `limit` characters for a message, on one line."""
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


_NEGATIONS = {"non", "pas", "sans", "hors", "anti", "ne", "not", "no"}  # « non spécialisé » is not « spécialisé »


def _spelling_groups(counts: pd.Series) -> dict[str, str]:
    """Map each variant spelling of a category to its most frequent spelling.

    Only values equal after folding case, accents, spaces and punctuation are merged: anything looser
    (`NUMERAIRE` and `Aide en numéraire`) may be two different things and is only asked (similar_pairs).
    """
    keys = fold(pd.Series(counts.index, dtype="str"))
    frame = pd.DataFrame({"value": counts.index, "n": counts.to_numpy(), "key": keys.to_numpy()})
    frame = frame[frame["key"].str.contains(r"[a-z]", regex=True)]  # `1,5`/`1.5`, `1`/`1;;`: marks matter there
    mapping: dict[str, str] = {}
    for _, group in frame.groupby("key", sort=False):
        if len(group) < 2:
            continue
        canon = group.sort_values("n", ascending=False, kind="stable")["value"].iloc[0]
        canon_spaced = " ".join(canon.split())
        for value in group["value"]:
            if value != canon and " ".join(value.split()) != canon_spaced:
                mapping[value] = canon
    return mapping


def similar_pairs(counts: pd.Series) -> list[tuple[str, str]]:
    """(value, longer value) pairs that may name one thing (`NUMERAIRE`, `Aide en numéraire`): a question only.

    `X` and `… X` are often two different things (the town « X » and « Les Loges-en-X »), so they are
    never merged by a fix; the user is asked.
    """
    keys = fold(pd.Series(counts.index, dtype="str"))
    first: dict[str, str] = {}
    for value, key in zip(counts.index, keys):
        if key:
            first.setdefault(key, str(value))
    pairs = []
    for key in first:
        if not key.isalpha() or len(key) < 5:
            continue
        longer = [k for k in first if k.endswith(" " + key) and len(k.split()) <= 4
                  and not _NEGATIONS & set(k[: -len(key) - 1].split())]
        if len(longer) == 1:
            pairs.append((first[key], first[longer[0]]))
    return pairs


def _value_counts(facts: ColumnFacts) -> pd.Series:
    """`values[values != ""].value_counts()`, from the distinct values when the column has few (same order)."""
    if facts.codes is None or facts.weights is None:
        return facts.values[facts.values != ""].value_counts()
    keep = facts.unit_nonempty() & ~np.asarray(pc.is_null(facts.units).to_numpy(zero_copy_only=False), dtype=bool)
    idx = np.flatnonzero(keep)
    index = pd.Index(take(facts.units, idx).to_pylist(), dtype="str")
    counts = pd.Series(facts.weights[idx], index=index, name="count")
    return counts.sort_values(ascending=False, kind="stable")  # ties in order of first appearance, as value_counts


def _category_columns(table: pd.DataFrame) -> Iterator[tuple[str, Any, pd.Series]]:
    """(column, facts, value counts) of the columns that hold categories: few distinct values, not only numbers."""
    for column in table.columns:
        facts = column_facts(table, column)
        probe = facts.sample()
        if probe.empty or probe.nunique() > min(100, len(probe) // 2) or probe.str.fullmatch(r"[\d\s.,-]+").all():
            continue
        yield column, facts, _value_counts(facts)


@quality_check("quality.inconsistent_case")
def inconsistent_case(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """A category spelled several ways (`NUMERAIRE`, `numéraire`, `Aide en numéraire`)."""
    found = []
    for column, facts, counts in _category_columns(table):
        mapping = _spelling_groups(counts) if len(counts) <= 500 else {}
        if not mapping:
            continue
        hit = pc.is_in(facts.units, value_set=pa.array(list(mapping), type=facts.units.type))
        rows = row_numbers(facts.per_row(np.asarray(hit.fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)))
        shown = " ; ".join(f"« {_short(v)} » → « {_short(c)} »" for v, c in list(mapping.items())[:3])
        fix = Step.new("map_values", column, mapping=mapping, **_labels("quality.fix.inconsistent_case", column=column))
        found.append(make("quality.inconsistent_case", "warning", column, rows, "quality.inconsistent_case",
                          fix=fix, first=first_rows(rows), variants=len(mapping), shown=shown,
                          details={"mapping": mapping}))
    return found


@quality_check("quality.similar_values")
def similar_values(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Values that may name one category written differently (`NUMERAIRE`, `Aide en numéraire`): a question, no fix."""
    found = []
    for column, facts, counts in _category_columns(table):
        pairs = similar_pairs(counts) if len(counts) <= 500 else []
        if not pairs:
            continue
        asked = {v for pair in pairs for v in pair}
        hit = pc.is_in(facts.units, value_set=pa.array(sorted(asked), type=facts.units.type))
        rows = row_numbers(facts.per_row(np.asarray(hit.fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)))
        shown = " ; ".join(f"« {_short(a)} » / « {_short(b)} »" for a, b in pairs[:3])
        found.append(make("quality.similar_values", "info", column, rows, "realfiles.similar_values",
                          first=first_rows(rows), pairs=len(pairs), shown=shown,
                          details={"pairs": [list(p) for p in pairs]}))
    return found


@quality_check("quality.header_spaces")
def header_spaces(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Header cells published with spaces around them (`BRUT `): trimmed on reading, said here (both names work)."""
    notes = [n for n in (read.notes if read is not None else ()) if n and n[0] == "io.note.header_trimmed"]
    found = []
    for published, name in (notes[0][1]["names"] if notes else []):
        if name in table.columns:
            found.append(make("quality.header_spaces", "info", name, [], "realfiles.header_spaces", count=1,
                              published=published, details={"published": published}))
    return found

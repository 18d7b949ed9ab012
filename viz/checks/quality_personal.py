"""Likely personal data (RGPD) before release: e-mails, phones, NIR, IBAN, names of natural persons.

Messages give the column and how many cells, never the values themselves.
Patterns are RE2-compatible (pyarrow runs them): no look-arounds, no back-references.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from viz.checks.quality_base import (
    ColumnFacts,
    column_facts,
    first_rows,
    matches,
    name_tokens,
    quality_check,
    row_numbers,
)
from viz.checks.quality_facts import regex_mask, take
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t

EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
_PAIRS = r"(?:\d{8}|(?: \d{2}){4}|(?:\.\d{2}){4}|(?:-\d{2}){4})"
PHONE = rf"(?:^|[^\d.,/-])(?:(?:\+|00)33 ?(?:\(0\) ?)?|0)[1-9]{_PAIRS}(?:$|[^\d.,/-])"
NIR = r"(?:^|[^\dA-Z])([12])\s?(\d{2})\s?(0[1-9]|1[0-2]|[2-9]\d)\s?(\d{2}|2[AB])\s?(\d{3})\s?(\d{3})\s?(\d{2})(?:$|[^\d])"
IBAN = r"(?:^|[^A-Z0-9])([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)(?:$|[^A-Z0-9])"
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zà-öø-ÿ"
CIVILITY = r"(?:M\.|Mme\.?|Mlle\.?|Mr\.?|Monsieur|Madame|Mademoiselle|Dr\.?|Me)\s+\S.*"
LAST_FIRST = rf"[{_UP}][{_UP}'-]+(?: [{_UP}][{_UP}'-]+)? [{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
FIRST_LAST = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)? [{_UP}][{_UP}'-]+(?: [{_UP}][{_UP}'-]+)?"
ORGANISATION = (r"(?i)(?:^|\s)(?:association|asso|club|comit[eé]|amicale|soci[eé]t[eé]|sarl|sas|eurl|scop|gaec|"
                r"earl|commune|mairie|ville|syndicat|f[eé]d[eé]ration|union|ligue|centre|office|maison|foyer|"
                r"coll[eè]ge|lyc[eé]e|[eé]cole|ccas|cias|ehpad|fondation|institut|conseil|d[eé]partement|"
                r"r[eé]gion|communaut[eé]|groupe|gip|gie|compagnie|entreprise|[eé]glise|paroisse|cercle|"
                r"chorale|harmonie|collectif|atelier|festival|th[eé][aâ]tre|les|la|le|du|des|de|sa|sasu|sci|snc|scea|selarl|"
                r"ets|[eé]tablissements?|garage|transports?|cabinet|agence|ferme|domaine|h[oô]tel|restaurant|"
                r"camping|pharmacie|laboratoire|\w+(?:eries?|ies|tion|ments?|ages?))(?:$|[\s'])")
PERSON_WORDS = {"nom", "prenom", "beneficiaire", "titulaire", "contact", "responsable", "representant",
                "referent", "personne", "agent", "elu", "auteur", "demandeur", "name", "firstname",
                "lastname", "signataire", "president", "interlocuteur", "destinataire"}
NOT_PERSON_WORDS = {"commune", "ville", "structure", "organisme", "attribuant", "lieu", "departement", "region",
                    "association", "entreprise", "service", "etablissement", "projet", "dispositif", "voie", "rue",
                    "site", "equipement", "station", "operateur", "amenageur", "enseigne", "dossier", "aide"}


def _nir_ok(values: pd.Series) -> np.ndarray:
    """Mask of the cells holding a social security number (NIR) whose 2-digit key is right."""
    parts = values.str.extract(NIR)
    found = parts[0].notna().to_numpy().copy()
    if not found.any():
        return found
    p = parts[found]
    body = (p[0] + p[1] + p[2] + p[3].str.replace("2A", "19").str.replace("2B", "18") + p[4] + p[5])
    key = 97 - (pd.to_numeric(body).astype("int64") % 97)
    found[found] = (key.to_numpy() == pd.to_numeric(p[6]).to_numpy())
    return found


def _iban_ok(values: pd.Series) -> np.ndarray:
    """Mask of the cells holding an IBAN whose mod-97 check holds."""
    found = values.str.extract(IBAN)[0]
    ok = np.zeros(len(values), dtype=bool)
    idx = np.flatnonzero(found.notna().to_numpy())
    for i, code in zip(idx, found.iloc[idx].str.replace(" ", "")):
        moved = code[4:] + code[:4]
        ok[i] = int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
    return ok


def _person_names(column: str, facts: ColumnFacts) -> np.ndarray | None:
    """Cells that look like a natural person's name, in a column whose name suggests people."""
    words = name_tokens(column)
    if not words & PERSON_WORDS or words & NOT_PERSON_WORDS:
        return None
    if words & {"prenom", "firstname"}:
        return facts.match(rf"[{_UP}{_LOW}]")
    civil = facts.unit_match(CIVILITY, full=True)
    digit = facts.unit_match("[0-9]")  # a value with a digit has neither name shape (letters, ' - and spaces only)
    shaped = facts.unit_match(LAST_FIRST, full=True, skip=digit) | facts.unit_match(FIRST_LAST, full=True, skip=digit)
    todo = np.flatnonzero(shaped)  # organisation words are looked for in the name-shaped values only
    organisation = np.zeros(len(shaped), dtype=bool)
    organisation[todo] = regex_mask(take(facts.units, todo), ORGANISATION)
    return facts.per_row(civil | (shaped & ~organisation))


def _kinds(column: str, facts: ColumnFacts) -> dict[str, np.ndarray]:
    """One mask per kind of personal data present in the column."""
    probe = facts.sample(5000)
    out: dict[str, np.ndarray] = {}
    if facts.has_bytes("@") and facts.unit_match("@").any():
        out["email"] = facts.match(EMAIL)
    if matches(probe, PHONE).any():
        out["phone"] = facts.match(PHONE)
    if matches(probe, r"[12]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}\s?\d{2}").any():
        out["nir"] = _nir_ok(facts.values)
    if matches(probe, r"[A-Z]{2}\d{2}\s?[A-Z0-9]{4}").any():
        out["iban"] = _iban_ok(facts.values)
    names = _person_names(column, facts)
    if names is not None:
        out["person_name"] = names
    return {kind: mask for kind, mask in out.items() if mask.any()}


def _nonblank(facts: ColumnFacts) -> int:
    """How many cells hold more than spaces (Python's idea of a space, as str.strip)."""
    if facts.codes is None:
        return int((facts.values.str.strip() != "").sum())
    units = pd.Series(facts.units.to_pylist(), dtype="str")
    return facts.rows_in((units.str.strip() != "").to_numpy(dtype=bool))


@quality_check("quality.personal_data")
def personal_data(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Warn before release about cells that probably hold personal data (never quoting them)."""
    found = []
    for column in table.columns:
        facts = column_facts(table, column)
        kinds = _kinds(column, facts)
        if not kinds:
            continue
        nonempty = _nonblank(facts)
        for kind, mask in kinds.items():
            rows = row_numbers(mask)
            fix = None
            if kind != "person_name" and len(rows) >= 0.8 * nonempty:
                labels = {f"label_{lang}": t("quality.fix.personal_data", lang, column=column) for lang in ("fr", "en")}
                fix = Step.new("drop_column", column, **labels)
            found.append(make("quality.personal_data", "warning", column, rows, f"quality.personal_data.{kind}",
                              constraint=kind, fix=fix, first=first_rows(rows), details={"kind": kind}))
    return found

"""Safe fixes in bulk (viz.bulkfix): on a list of places built in code, exactly the expected cells change, the
meaning-changing fixes are left out, each fix is its own undoable step, and the recipe replays on a new version."""
from __future__ import annotations

import pandas as pd
import pytest

from viz import bulkfix
from viz.checks import run_checks
from viz.export.tables import steps_json
from viz.io import load_bytes
from viz.recipe import read_recipe, replay_report

SPACED = ["nom", "adresse", "commune", "type_lieu", "structure", "public", "services", "accessibilite",
          "horaires_semaine", "site_web", "reseau"]  # 11 columns with stray spaces
TYPES = ["Médiathèque", "Mairie", "Espace France services", "Tiers-lieu"]  # row 7 of `categorie`: MEDIATHEQUE


def _siret(n: int) -> str:
    """A 14-digit SIRET starting with 0 whose Luhn key is right."""
    body = f"0{n:012d}"
    for last in "0123456789":
        digits = [int(c) for c in body + last]
        total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(reversed(digits)))
        if total % 10 == 0:
            return body + last
    raise AssertionError


def _dirty(row: int, col: int) -> str:
    """How a clean cell was spoiled: trailing, leading, doubled or non-breaking spaces, or not at all."""
    return {0: "trail", 3: "lead", 5: "double", 6: "nbsp"}.get((row + 2 * col) % 9, "")


def _spoil(value: str, how: str) -> str:
    return {"trail": value + " ", "lead": "  " + value, "double": value.replace(" ", "  ", 1) if " " in value
            else value + "  x", "nbsp": value + "\u00a0", "": value}[how]


def places(rows: int = 40, seed: int = 0) -> tuple[bytes, dict]:
    """A list of public places as a town publishes it (`;`, UTF-8): spaces in 11 columns, codes that lost their
    zeros, decimal commas, « NC » / « - » / « N/A » placeholders, one category spelled two ways, a duplicate row.
    Also returns the cells a safe fix must change: {(row, column): expected value}."""
    header = ["id_lieu", "code_insee", "code_postal", "siret", *SPACED, "categorie", "surface_m2", "telephone_accueil"]
    lines, expected = [";".join(header)], {}
    for r in range(rows):
        i = r + seed
        clean = {"id_lieu": f"L{i:04d}", "code_insee": f"0{4001 + i}"[-5:], "code_postal": "04100",
                 "siret": _siret(1000 + i), "nom": f"Lieu numéro {i}", "adresse": f"{i} rue de la Gare",
                 "commune": "Manosque", "type_lieu": TYPES[i % 4], "structure": "Commune de Manosque",
                 "public": "Tout public", "services": "Aide aux démarches", "accessibilite": "Accès de plain-pied",
                 "horaires_semaine": "9h - 12h", "site_web": f"https://lieux.example.fr/{i}",
                 "reseau": "France services", "categorie": TYPES[i % 2], "surface_m2": f"{100 + i}.5", "telephone_accueil": "04 92 00 00 00"}
        cells = dict(clean)
        for c, col in enumerate(SPACED):
            how = _dirty(i, c)
            cells[col] = _spoil(clean[col], how)
            if how == "double" and " " not in clean[col]:
                clean[col] = clean[col] + " x"
            if how:
                expected[(r, col)] = clean[col]
        if r % 5 == 1:  # lost leading zeros, as a spreadsheet leaves them
            cells["code_insee"], cells["code_postal"], cells["siret"] = (cells["code_insee"].lstrip("0"), "4100",
                                                                         cells["siret"][1:])
            expected.update({(r, "code_insee"): clean["code_insee"], (r, "code_postal"): "04100",
                             (r, "siret"): clean["siret"]})
        cells["surface_m2"] = cells["surface_m2"].replace(".", ",")
        expected[(r, "surface_m2")] = clean["surface_m2"]
        if r % 6 == 2:
            cells["telephone_accueil"] = ["NC", "-", "N/A"][r % 3]
            expected[(r, "telephone_accueil")] = ""
        if r == 7:
            cells["categorie"] = "MEDIATHEQUE"  # one category spelled two ways: a merge changes meaning
        lines.append(";".join(cells[h] for h in header))
    lines.append(lines[-1])  # a duplicate row: dropping it is not a safe fix (its cells are fixed as the last one)
    expected.update({(rows, c): v for (r, c), v in list(expected.items()) if r == rows - 1})
    return ("\r\n".join(lines) + "\r\n").encode("utf-8"), expected


@pytest.fixture(scope="module")
def checked():
    data, expected = places()
    ds = load_bytes(data, "lieux.csv")
    return ds, run_checks(ds, None), expected


def test_only_the_fixes_that_normalise_are_offered(checked):
    ds, findings, _ = checked
    ops = {f.fix.op for f in findings if f.fix is not None}
    assert {"map_values", "drop_rows"} <= ops  # the checks do suggest meaning-changing fixes…
    steps = bulkfix.safe_steps(findings)
    assert {s.op for s in steps} == {"strip_spaces", "restore_leading_zeros", "normalise_number", "blank_placeholders"}
    assert sorted(s.column for s in steps if s.op == "strip_spaces") == sorted(SPACED)  # one per column: 11
    assert {s.column for s in steps if s.op == "restore_leading_zeros"} == {"code_insee", "code_postal", "siret"}
    assert all(s.targeting == "rule" for s in steps)


def test_exactly_the_expected_cells_change_and_one_step_per_fix(checked):
    data, expected = places()
    ds = load_bytes(data, "lieux.csv")
    findings = run_checks(ds, None)
    previews = bulkfix.plan(ds.working(), bulkfix.safe_steps(findings))
    done = bulkfix.apply(ds, previews)
    assert len(ds.steps) == len(previews) == done.fixes == 11 + 3 + 1 + 1
    work, original = ds.working(), ds.original
    changed = {(r, c) for c in work.columns for r in range(len(work)) if work[c].iloc[r] != original[c].iloc[r]}
    assert changed == set(expected)
    assert all(work[c].iloc[r] == v for (r, c), v in expected.items())
    assert done.cells == len(expected) and done.columns == 16
    assert work["categorie"].iloc[7] == "MEDIATHEQUE" and len(work) == len(original)  # nothing merged or dropped
    assert original["code_postal"].iloc[1] == "4100"  # the original is untouched
    assert done.message() .startswith(f"16 corrections appliquées : {len(expected)} cellules modifiées dans 16 colonnes")


def test_preview_counts_and_examples_match_what_is_applied(checked):
    ds, findings, expected = checked
    previews = bulkfix.plan(ds.working(), bulkfix.safe_steps(findings))
    by = {(p.step.op, p.column): p for p in previews}
    assert by[("restore_leading_zeros", "code_postal")].cells == 8  # rows 1, 6, … 36
    assert by[("blank_placeholders", "telephone_accueil")].examples[0][1:] == ("N/A", "")
    assert all(len(p.examples) <= 3 for p in previews)
    table = bulkfix.per_column(previews)
    assert list(table.columns) == ["Colonne", "Correction", "Cellules modifiées"]
    examples = bulkfix.examples(previews)
    assert "Lieu numéro 0␣" in examples["Avant"].tolist() and "(vide)" in examples["Après"].tolist()


def test_undoing_one_fix_leaves_the_others(checked):
    data, _ = places()
    ds = load_bytes(data, "lieux.csv")
    bulkfix.apply(ds, bulkfix.plan(ds.working(), bulkfix.safe_steps(run_checks(ds, None))))
    n = next(i for i, s in enumerate(ds.steps) if s.op == "strip_spaces" and s.column == "nom")
    removed = ds.remove_step(n)
    assert removed.column == "nom" and len(ds.steps) == 15
    work = ds.working()
    assert work["nom"].tolist() == ds.original["nom"].tolist()  # back as published
    assert work["adresse"].str.strip().tolist() == work["adresse"].tolist()  # the others stay fixed
    assert work["code_postal"].eq("04100").all()
    remaining = bulkfix.plan(work, bulkfix.safe_steps(run_checks(ds, None)))
    assert [(p.step.op, p.column) for p in remaining] == [("strip_spaces", "nom")]


def test_recipe_saved_after_a_bulk_fix_replays_on_the_next_version():
    data, _ = places()
    ds = load_bytes(data, "lieux.csv")
    bulkfix.apply(ds, bulkfix.plan(ds.working(), bulkfix.safe_steps(run_checks(ds, None))))
    steps, source = read_recipe(steps_json(ds.steps, ds.read.sha256))
    data2, expected2 = places(rows=55, seed=100)  # next month: other places, other dirty cells
    ds2 = load_bytes(data2, "lieux_2.csv")
    outcomes = replay_report(ds2, steps, source)
    assert all(o.applied for o in outcomes), [o.message() for o in outcomes]
    work = ds2.working()
    assert all(work[c].iloc[r] == v for (r, c), v in expected2.items())
    assert bulkfix.plan(work, bulkfix.safe_steps(run_checks(ds2, None))) == []


def test_nothing_offered_on_a_clean_file():
    ds = load_bytes(b"code_postal;commune\r\n04100;Manosque\r\n13001;Marseille\r\n", "propre.csv")
    assert bulkfix.plan(ds.working(), bulkfix.safe_steps(run_checks(ds, None))) == []


def test_real_list_of_places_one_click_instead_of_15(realdata):
    """France services 2020 (908 places): 13 columns with stray spaces, zeros lost in 2; its 779 placeholders
    are all `-` in opening hours (closed): left to the one-by-one fix, never emptied in bulk."""
    from viz.io import load
    ds = load(realdata / "lieux" / "france-services-2020-09.geojson")
    findings = run_checks(ds, None)
    previews = bulkfix.plan(ds.working(), bulkfix.safe_steps(findings))
    done = bulkfix.apply(ds, previews)
    assert (done.fixes, done.cells, done.columns) == (15, 279, 14)
    cells = {op: sum(p.cells for p in previews if p.step.op == op) for op in bulkfix.SAFE_OPS}
    flagged = {f.column: f.count for f in findings if f.code == "quality.whitespace"}
    assert {p.column: p.cells for p in previews if p.step.op == "strip_spaces"} == flagged  # no more, no less
    assert cells == {"strip_spaces": 198, "blank_placeholders": 0, "restore_leading_zeros": 81, "normalise_number": 0}
    assert ds.working()["h_samedi"].eq("-").sum() == ds.original["h_samedi"].eq("-").sum() > 0
    work = ds.working()
    assert not work["code_postal"].str.fullmatch(r"\d{4}").any() and "03120" in set(work["code_postal"])
    assert len(work) == len(ds.original) and list(work.columns) == list(ds.original.columns)  # nothing dropped
    left = [f.code for f in run_checks(ds, None)]
    assert len(findings) == 31 and len(left) == 16 and "quality.whitespace" not in left
    assert left.count("quality.placeholder") == 9  # the `-` of the hours, to review one by one


def test_a_dash_or_neant_is_never_emptied_in_bulk():
    """`-` in opening hours means closed, `néant` means none: the bulk fix empties `NC` only; the finding's own
    one-by-one fix still names every word."""
    data = ("nom;h_samedi;aides\r\n" + "\r\n".join(
        f"Lieu {i};{['9h-12h', '-', 'NC'][i % 3]};{['néant', '1200', 'N/A'][i % 3]}" for i in range(12)) + "\r\n")
    ds = load_bytes(data.encode("utf-8"), "horaires.csv")
    findings = run_checks(ds, None)
    one_by_one = {f.column: f.fix.options["values"] for f in findings if f.code == "quality.placeholder"}
    assert one_by_one == {"h_samedi": ["-", "NC"], "aides": ["N/A", "néant"]}
    bulkfix.apply(ds, bulkfix.plan(ds.working(), bulkfix.safe_steps(findings)))
    work = ds.working()
    assert work["h_samedi"].tolist()[:3] == ["9h-12h", "-", ""] and work["h_samedi"].eq("-").sum() == 4
    assert work["aides"].tolist()[:3] == ["néant", "1200", ""] and work["aides"].eq("néant").sum() == 4

"""The Vérifier page in AppTest: « Appliquer les corrections sûres » records one step per fix, says what was done
next to where the button was, refreshes the findings, and each step can be undone on its own."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.test_bulkfix import SPACED, places
from viz.io import load_bytes

PAGE = str(Path(__file__).resolve().parents[1] / "pages" / "verifier.py")


def _run(ds) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=90)
    at.session_state["dataset"] = ds
    at.session_state["verify_schema_mode"] = "none"
    return at.run()


def test_bulk_fix_button_applies_every_safe_fix_as_its_own_step_and_says_so():
    data, expected = places()
    ds = load_bytes(data, "lieux.csv")
    at = _run(ds)
    assert not at.exception
    assert any(i.value.startswith("16 corrections sûres possibles") for i in at.info)
    spaces_before = sum("Espaces en trop" in e.label for e in at.expander)
    assert spaces_before == len(SPACED)
    at.button(key="bulkfix_apply").click().run()
    assert not at.exception
    session_ds = at.session_state["dataset"]
    assert len(session_ds.steps) == 16 and len({(s.op, s.column) for s in session_ds.steps}) == 16
    done = [s.value for s in at.success if "corrections appliquées" in s.value]
    assert done and done[0].startswith(f"16 corrections appliquées : {len(expected)} cellules modifiées dans 16 colonnes")
    assert [x.value for x in at.toast] == [f"16 corrections appliquées : {len(expected)} cellules modifiées dans 16 colonnes."]
    assert not any("Espaces en trop" in e.label for e in at.expander)  # the findings list is refreshed
    assert not [b for b in at.button if b.key == "bulkfix_apply"]  # nothing safe is left to offer
    assert any("MEDIATHEQUE" in e.label or "plusieurs façons" in e.label for e in at.expander)  # merge: one by one
    assert session_ds.original["code_postal"].iloc[1] == "4100"
    assert at.get("download_button")[-1].proto.label == "Fichier original, intact"


def test_undo_one_step_of_a_bulk_fix_keeps_the_others():
    data, _ = places()
    ds = load_bytes(data, "lieux.csv")
    at = _run(ds)
    at.button(key="bulkfix_apply").click().run()
    at.button(key="verify_undo_step_0").click().run()  # the first step: spaces of « nom »
    assert not at.exception
    session_ds = at.session_state["dataset"]
    assert len(session_ds.steps) == 15 and all(s.column != "nom" or s.op != "strip_spaces" for s in session_ds.steps)
    assert any(i.value.startswith("Étape annulée") for i in at.info)
    spaces = [e.label for e in at.expander if "Espaces en trop" in e.label]
    assert len(spaces) == 1 and spaces[0].startswith("nom ")
    assert any(i.value.startswith("1 correction sûre possible : 19 cellules dans 1 colonne") for i in at.info)


def test_bulk_fix_speaks_english_when_asked():
    data, _ = places()
    at = AppTest.from_file(PAGE, default_timeout=90)
    at.session_state["dataset"] = load_bytes(data, "lieux.csv")
    at.session_state["verify_schema_mode"] = "none"
    at.session_state["lang"] = "en"
    at.run()
    assert any(i.value.startswith("16 safe fixes available: 274 cells in 16 columns.") for i in at.info)
    assert at.button(key="bulkfix_apply").label == "Apply the safe fixes"
    assert any(e.label == "See what changes before applying" for e in at.expander)
    assert list(at.dataframe[0].value.columns) == ["Column", "Fix", "Cells changed"]
    # (clicking is not tried here: AppTest re-reads the French labels of the page's radio outside the script)


def test_words_that_may_mean_closed_are_named_and_left_for_one_by_one_review():
    data = ("nom;h_samedi;telephone\r\n" + "\r\n".join(
        f"Lieu {i} ;{['9h-12h', '-'][i % 2]};{['NC', '04 92 00 00 00'][i % 2]}" for i in range(10)) + "\r\n")
    at = _run(load_bytes(data.encode("utf-8"), "horaires.csv"))
    assert not at.exception
    held = [c.value for c in at.caption if c.value.startswith("Non compris :")]
    assert held and "« - » dans « h_samedi »" in held[0] and "fermé" in held[0]
    at.button(key="bulkfix_apply").click().run()
    work = at.session_state["dataset"].working()
    assert work["h_samedi"].eq("-").sum() == 5 and work["telephone"].eq("").sum() == 5
    assert any(e.label.startswith("h_samedi ") for e in at.expander)  # the `-` still offered one by one

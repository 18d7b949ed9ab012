"""The Comparer page: two uploads (each read its own way), the summary, the change list, filters, downloads."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
PAGE = str(ROOT / "pages" / "comparer.py")
LIEUX = (ROOT / "sample_data" / "lieux_inclusion_numerique_paca.csv").read_bytes()


def _versions() -> tuple[bytes, bytes]:
    old = pd.read_csv(io.BytesIO(LIEUX), dtype=str, keep_default_na=False)
    new = old.drop(index=[0, 1]).copy()
    new.loc[2, "typologie"] = "TIERS_LIEU"
    new["code_insee"] = new["code_insee"].str.lstrip("0")
    return old.to_csv(index=False).encode(), new.to_csv(index=False, sep=";").encode("cp1252")


def _downloads(at: AppTest) -> dict:
    return {el.proto.label: el for el in at.get("download_button")}


def test_page_asks_for_two_files():
    at = AppTest.from_file(PAGE, default_timeout=120).run()
    assert not at.exception
    assert any("Déposez les deux versions" in i.value for i in at.info)


def test_page_compares_two_uploads():
    old, new = _versions()
    at = AppTest.from_file(PAGE, default_timeout=120).run()
    at.file_uploader(key="compare_old").set_value(("lieux_v1.csv", old, "text/csv")).run()
    at.file_uploader(key="compare_new").set_value(("lieux_v2.csv", new, "text/csv")).run()
    assert not at.exception
    summary = at.info[0].value
    assert summary.startswith("0 ligne ajoutée, 2 retirées,") and "zéros initiaux" in summary
    assert any("id (colonne unique trouvée)" in c.value for c in at.caption)
    assert [m.value for m in at.metric][:3] == ["0", "2", at.metric[2].value]
    changes = at.dataframe[1].value
    assert set(changes["kind"]) == {"changed"} and "TIERS_LIEU" in set(changes["new"])
    at.multiselect(key="compare_kinds").set_value(["removed"]).run()
    removed = at.dataframe[1].value
    assert set(removed["kind"]) == {"removed"} and set(removed["key"]) == {"lieu-0001", "lieu-0002"}
    assert len(_downloads(at)) == 2


def test_page_says_which_file_cannot_be_read():
    at = AppTest.from_file(PAGE, default_timeout=120).run()
    at.file_uploader(key="compare_old").set_value(("v1.csv", LIEUX, "text/csv")).run()
    at.file_uploader(key="compare_new").set_value(("v2.csv", b"", "text/csv")).run()
    assert not at.exception
    assert any("La nouvelle version ne peut pas être lue" in e.value for e in at.error)

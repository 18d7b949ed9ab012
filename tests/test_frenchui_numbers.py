"""Numbers in the page's tables and fields are written the French way, and tables stay sortable numbers."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from tests.test_grouping import budget_csv
from ui.french_input import parse
from ui.tables import french
from viz.io import load_bytes

PAGES = Path(__file__).resolve().parents[1] / "pages"


def test_tables_show_french_numbers_and_keep_numeric_columns() -> None:
    table = pd.DataFrame({"colonne": ["a", "b"], "distinctes": [1596, 3], "part": [0.5, 1234.25],
                          "vides": pd.array([None, 12000], dtype="Int64")}, index=[1613, 2])
    styled = french(table, index=True)
    text = styled.to_string(delimiter=";")
    assert "1\u202f596" in text and "1\u202f234,25" in text and "12\u202f000" in text and "1\u202f613" in text
    assert "<NA>" not in text and "1596" not in text
    assert styled.data["distinctes"].dtype == "int64"  # the browser sorts numbers, not text


def test_tables_too_big_or_ambiguous_are_left_as_they_are() -> None:
    assert isinstance(french(pd.DataFrame({"a": range(200_000)})), pd.DataFrame)
    assert isinstance(french(pd.DataFrame([[1, 2]], columns=["a", "a"])), pd.DataFrame)


def test_parse_reads_french_and_plain_numbers() -> None:
    assert [parse(x) for x in ("1 000 000", "2,5", "1\u202f500", "1500.5", "abc", "")] == [1e6, 2.5, 1500, 1500.5,
                                                                                          None, None]


def _treemap() -> AppTest:
    at = AppTest.from_file(str(PAGES / "treemap.py"), default_timeout=60)
    at.session_state["dataset"] = load_bytes(budget_csv(), "budget_primitif_2025.csv")
    return at.run()


def test_treemap_threshold_reads_2_and_amounts_are_typed_the_french_way() -> None:
    at = _treemap()
    share = at.number_input(key="tm_param_share")
    assert share.value == 2.0 and share.proto.format == "%g"  # the browser prints « 2 », not « 2.00 »
    at.selectbox(key="tm_rule").set_value("min").run()
    field = at.text_input(key="tm_param_min_text")
    assert field.value == "0"
    field.set_value("1 000 000").run()
    assert not at.exception and not at.error
    assert at.session_state["tm_param_min"] == 1e6
    assert at.session_state["treemap_spec"]["rules"][0]["value"] == 1e6
    at.text_input(key="tm_param_min_text").set_value("un million").run()
    assert "« un million » n'est pas un nombre" in at.error[0].value
    assert at.session_state["treemap_spec"]["rules"][0]["value"] == 1e6  # the last good number stays
    at.selectbox(key="tm_rule").set_value("share").run()
    at.selectbox(key="tm_rule").set_value("min").run()
    assert at.text_input(key="tm_param_min_text").value == "1\u202f000\u202f000"  # written back when shown again


def test_importer_column_table_writes_distinct_counts_french() -> None:
    rows = "".join(f"{i};x\n" for i in range(1200))
    at = AppTest.from_file(str(PAGES / "importer.py"), default_timeout=60)
    at.session_state["dataset"] = load_bytes(("code;lettre\n" + rows).encode(), "codes.csv")
    at.run()
    assert not at.exception
    shown = at.dataframe[0].proto.arrow_data.styler.display_values  # what the browser writes
    assert "1\u202f200".encode() in shown and at.dataframe[0].value["Valeurs distinctes"].tolist() == [1200, 1]


def test_row_lists_in_messages_group_thousands() -> None:
    from viz.checks.quality_base import first_rows
    from viz.checks.schema_report import rows_text
    assert first_rows([2, 1613, 40000]) == "2, 1\u202f613, 40\u202f000"
    assert "1\u202f613, 1\u202f614" in rows_text([1613, 1614], "fr")

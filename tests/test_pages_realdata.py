"""Every real published file through the three pages (AppTest): read, checked and drawn without a traceback."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import REALDATA, ROOT
from viz.io import load_bytes

FILES = sorted(p.relative_to(REALDATA).as_posix() for p in REALDATA.rglob("*")
               if p.is_file() and p.name != "README.md" and "schema" not in p.name) if REALDATA.is_dir() else []


def run_page(name: str, dataset) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / name), default_timeout=120)
    at.session_state["dataset"] = dataset
    return at.run()


@pytest.mark.parametrize("path", FILES)
def test_real_file_through_every_page(realdata, path):
    data = (realdata / path).read_bytes()
    importer = AppTest.from_file(str(ROOT / "pages" / "importer.py"), default_timeout=120).run()
    importer.file_uploader[0].set_value((path.rsplit("/", 1)[-1], data, "application/octet-stream")).run()
    assert not importer.exception and not importer.error
    ds = importer.session_state["dataset"]
    assert ds.original_bytes() == data
    assert len(importer.dataframe[0].value) == ds.original.shape[1]  # one profile line per column
    verifier = run_page("verifier.py", load_bytes(data, path.rsplit("/", 1)[-1]))
    assert not verifier.exception
    assert len(verifier.metric) == 3
    treemap = run_page("treemap.py", load_bytes(data, path.rsplit("/", 1)[-1]))
    assert not treemap.exception
    assert treemap.get("plotly_chart") and not treemap.error  # every real file gets a sensible default chart

"""Shared fixtures: the real published files of ../shared/realdata (skipped cleanly when absent)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REALDATA = ROOT.parent / "shared" / "realdata"
sys.path.insert(0, str(ROOT))


@pytest.fixture
def realdata() -> Path:
    """Folder of real files as French portals published them; skip the test when it is not here."""
    if not REALDATA.is_dir():
        pytest.skip("../shared/realdata absent : fichiers réels non disponibles")
    return REALDATA


pytest_plugins = ["tests.fakeserver"]  # the `fake_server` fixture (a small HTTP server on 127.0.0.1)

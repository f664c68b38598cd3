"""Shared fixtures: real SQLite files, a real PostgreSQL when NEXTSEASON_TEST_PG is set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = os.environ.get("NEXTSEASON_TEST_PG")
    if not url:
        pytest.skip("no PostgreSQL server (NEXTSEASON_TEST_PG unset): POSTGRES TESTS SKIPPED")
    return url


@pytest.fixture(autouse=True)
def _no_user_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch the user's own store: NEXTSEASON_DB from the shell is ignored."""
    monkeypatch.delenv("NEXTSEASON_DB", raising=False)

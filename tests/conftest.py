"""Fixtures shared by every test folder, and an audit that runs with every test: a change to
the glossary database outside an explicit transaction fails the test that made it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.store.connection import Connection
from tests.store_audit import WriteAudit

# The tiny Argos model and the network guard, for every test that asks for them.
pytest_plugins = ["tests.argos_fixture"]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """An empty data folder of the test's own (created by the app on first use)."""
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def writes_in_transactions(monkeypatch: pytest.MonkeyPatch) -> Iterator[WriteAudit]:
    """Every store connection opened during the test is watched (the store itself runs
    unchanged: its connection only reports the statements SQLite runs)."""
    audit = WriteAudit()
    connect = Connection._connect

    def watched(connection: Connection) -> sqlite3.Connection:
        conn = connect(connection)
        audit.watch(conn)
        return conn

    monkeypatch.setattr(Connection, "_connect", watched)
    yield audit
    assert audit.outside == [], f"database writes outside a transaction: {audit.outside}"

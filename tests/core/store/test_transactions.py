"""The transaction audit every test runs under (tests/conftest.py) sees what it must."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reader.core.models import Context, EntryDraft
from reader.core.store import Database
from tests.store_audit import WriteAudit


def test_a_write_without_begin_is_reported_and_the_stores_own_writes_are_not(
    tmp_path: Path,
) -> None:
    audit = WriteAudit()
    with Database(tmp_path / "glossary.sqlite3") as store:
        audit.watch(store._connection.sqlite)
        store.glossary.save(
            EntryDraft(word="chats", lemma="chat", context=Context("Les chats dorment.", "chats"))
        )
        store.learning.record_reading(date(2024, 5, 1))
        assert audit.outside == []
        store._connection.sqlite.execute("INSERT INTO reading_days (day) VALUES ('2024-05-02')")
        assert audit.outside == ["INSERT INTO reading_days (day) VALUES ('2024-05-02')"]

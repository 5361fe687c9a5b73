"""Watching a store's SQLite connection: which changes ran outside an explicit transaction."""

from __future__ import annotations

import sqlite3
import threading

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


class WriteAudit:
    """Collects every write statement a watched connection runs in autocommit mode (no
    BEGIN): each would be its own transaction, so a change of several statements could be
    half-saved by a crash."""

    def __init__(self) -> None:
        self.outside: list[str] = []
        self._lock = threading.Lock()  # the window's store runs on its database thread

    def watch(self, conn: sqlite3.Connection) -> None:
        def trace(statement: str) -> None:
            if statement.lstrip().upper().startswith(WRITES) and not conn.in_transaction:
                with self._lock:
                    self.outside.append(statement)

        conn.set_trace_callback(trace)

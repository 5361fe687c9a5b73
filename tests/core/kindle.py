"""A Kindle's vocab.db for the word-list import tests (the core's and the window's)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

# The schema a Kindle writes (system/vocabulary/vocab.db), trimmed of nothing.
KINDLE_SCHEMA = """
CREATE TABLE WORDS (id TEXT PRIMARY KEY NOT NULL UNIQUE, word TEXT, stem TEXT, lang TEXT,
    category INTEGER DEFAULT 0, timestamp INTEGER DEFAULT 0, profileid TEXT);
CREATE TABLE LOOKUPS (id TEXT PRIMARY KEY NOT NULL, word_key TEXT, book_key TEXT,
    dict_key TEXT, pos TEXT, usage TEXT, timestamp INTEGER DEFAULT 0);
CREATE TABLE BOOK_INFO (id TEXT PRIMARY KEY NOT NULL UNIQUE, asin TEXT, guid TEXT, lang TEXT,
    title TEXT, authors TEXT);
CREATE TABLE DICT_INFO (id TEXT PRIMARY KEY NOT NULL UNIQUE, asin TEXT, langin TEXT,
    langout TEXT);
CREATE TABLE METADATA (id TEXT PRIMARY KEY NOT NULL UNIQUE, dsname TEXT, sscnt INTEGER,
    profileid TEXT);
CREATE INDEX wordkey ON LOOKUPS (word_key);
"""
MARCH_1 = int(datetime(2025, 3, 1, 20, 0, tzinfo=UTC).timestamp() * 1000)


def kindle_db(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(KINDLE_SCHEMA)
    words = [
        ("fr:menées", "menées", "mener", "fr", 0, MARCH_1),
        ("fr:mène", "mène", "mener", "fr", 0, MARCH_1 + 1000),
        ("fr:maison", "maison", "maison", "fr-FR", 100, MARCH_1 + 2000),
        ("en:house", "house", "house", "en", 0, MARCH_1 + 3000),
    ]
    conn.executemany("INSERT INTO WORDS VALUES (?, ?, ?, ?, ?, ?, 'p')", words)
    conn.executemany(
        "INSERT INTO BOOK_INFO VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("b1", "A1", "g1", "fr", "Bel-Ami", "Maupassant"),
            ("b2", "A2", "g2", "en", "Emma", "Austen"),
        ],
    )
    lookups = [
        ("l1", "fr:menées", "b1", "Les enquêtes ont été menées en secret.", MARCH_1),
        ("l2", "fr:mène", "b1", "Il mène la danse.", MARCH_1 + 1000),
        ("l3", "fr:maison", "b1", "La maison était vide.", MARCH_1 + 2000),
        ("l4", "en:house", "b2", "The house was empty.", MARCH_1 + 3000),
    ]
    conn.executemany(
        "INSERT INTO LOOKUPS VALUES (?, ?, ?, 'd', '', ?, ?)",
        lookups,
    )
    conn.commit()
    conn.close()
    return path

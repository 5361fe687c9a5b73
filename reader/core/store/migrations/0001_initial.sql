-- The glossary: one entry per lemma, every sentence it was met in, and the learner's tags.
-- Released migrations are never edited: add 0002_....sql instead.

CREATE TABLE entries (
    -- AUTOINCREMENT: an id is never reused, so undoing a deletion can put the entry back
    -- under its old id even after other words were saved.
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    word TEXT NOT NULL,
    lemma TEXT NOT NULL,
    -- The identity of an entry: the lemma in NFC, lower-cased (COLLATE NOCASE only folds ASCII,
    -- so "Élan" and "élan" would otherwise be two entries).
    lemma_key TEXT NOT NULL UNIQUE,
    pos TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    translation TEXT NOT NULL DEFAULT '',
    grammar TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    -- Checked by the store, not by a CHECK constraint, so a new status needs no table rebuild.
    status TEXT NOT NULL DEFAULT 'learning-1',
    -- Lemma, word, translation, notes and tags without accents or case, for LIKE searches.
    search_text TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,  -- ISO 8601, UTC
    updated TEXT NOT NULL   -- ISO 8601, UTC
);

CREATE INDEX entries_updated ON entries (updated DESC, id DESC);

CREATE INDEX entries_status ON entries (status);

CREATE TABLE contexts (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    sentence TEXT NOT NULL,
    word TEXT NOT NULL DEFAULT '',
    source_title TEXT NOT NULL DEFAULT '',
    source_path TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    -- Meeting the same sentence twice adds nothing; its index also serves lookups by entry.
    UNIQUE (entry_id, sentence)
);

CREATE INDEX contexts_source_title ON contexts (source_title);

CREATE INDEX contexts_source_path ON contexts (source_path);

CREATE TABLE tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (entry_id, tag)
);

CREATE INDEX tags_tag ON tags (tag);

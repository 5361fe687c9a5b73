-- The library: imported texts with their pages, reading position and tags; what the analysis
-- of each page found (difficulty counts and lemma counts, so the library shows a book's level
-- and the learner's share of known words without analysing it again); reading lists with their
-- texts and prepared glossary.
-- Released migrations are never edited: add 0004_....sql instead.

CREATE TABLE texts (
    -- AUTOINCREMENT: an id is never reused, so a reading list or an undo never points at
    -- another text.
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    source_path TEXT NOT NULL DEFAULT '',
    source_format TEXT NOT NULL DEFAULT '',   -- text, markdown, html, epub, srt, vtt, pdf
    language_warning TEXT NOT NULL DEFAULT '',
    warnings TEXT NOT NULL DEFAULT '[]',      -- JSON list of strings
    chapters TEXT NOT NULL DEFAULT '[]',      -- JSON [[title, start, end], ...]
    word_count INTEGER NOT NULL,
    length INTEGER NOT NULL,                  -- characters in the body
    -- sha256 of the normalised text: importing the same text twice finds this row.
    fingerprint TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,      -- last reading position: a character offset
    search_text TEXT NOT NULL DEFAULT '',     -- title, author, file name, tags folded
    added TEXT NOT NULL,                      -- ISO 8601, UTC
    opened TEXT,                              -- last opened; NULL: never
    deleted TEXT                              -- in the bin since then (undo); NULL: not deleted
);

CREATE INDEX texts_deleted ON texts (deleted);

-- Apart from texts, so listing the library never reads a book's megabytes.
CREATE TABLE text_bodies (
    text_id INTEGER PRIMARY KEY REFERENCES texts (id) ON DELETE CASCADE,
    body TEXT NOT NULL
);

CREATE TABLE text_tags (
    text_id INTEGER NOT NULL REFERENCES texts (id) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (text_id, tag)
) WITHOUT ROWID;

CREATE INDEX text_tags_tag ON text_tags (tag);

-- A text in pages of about a thousand words, cut at paragraph ends within chapters.
-- The counts are NULL until the page is analysed; analysis names the analyser that made them.
CREATE TABLE pages (
    text_id INTEGER NOT NULL REFERENCES texts (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,                  -- from 0
    start_offset INTEGER NOT NULL,            -- [start, end) in the body, in characters
    end_offset INTEGER NOT NULL,
    chapter INTEGER NOT NULL,                 -- index into texts.chapters
    words INTEGER NOT NULL,
    analysis TEXT,
    judged_words INTEGER,                     -- difficulty.WordCounts, field by field
    frequent_words INTEGER,
    uncommon_words INTEGER,
    rare_words INTEGER,
    sentences INTEGER,
    sentence_words INTEGER,
    PRIMARY KEY (text_id, number)
) WITHOUT ROWID;

-- How often each lemma a learner must learn (names left out) occurs on an analysed page.
CREATE TABLE page_lemmas (
    text_id INTEGER NOT NULL,
    page INTEGER NOT NULL,
    lemma_key TEXT NOT NULL,                  -- as lemma_statuses.lemma_key
    occurrences INTEGER NOT NULL,
    PRIMARY KEY (text_id, page, lemma_key),
    FOREIGN KEY (text_id, page) REFERENCES pages (text_id, number) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE reading_lists (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '',           -- the level the prepared glossary is for
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);

-- A text may belong to several lists.
CREATE TABLE reading_list_texts (
    list_id INTEGER NOT NULL REFERENCES reading_lists (id) ON DELETE CASCADE,
    text_id INTEGER NOT NULL REFERENCES texts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,                -- order in the list, from 0
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (list_id, text_id)
) WITHOUT ROWID;

CREATE INDEX reading_list_texts_text ON reading_list_texts (text_id);

-- The prepared glossary of a list: the handout words as the teacher edited them.
CREATE TABLE reading_list_words (
    list_id INTEGER NOT NULL REFERENCES reading_lists (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text_id INTEGER REFERENCES texts (id) ON DELETE SET NULL,
    word TEXT NOT NULL,
    lemma TEXT NOT NULL,
    headword TEXT NOT NULL DEFAULT '',
    pos TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    translation TEXT NOT NULL DEFAULT '',
    sentence TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (list_id, position)
) WITHOUT ROWID;

-- What a teacher does to a handout is kept, and a teacher's list reaches the student.
-- A prepared glossary remembers the translations the teacher typed (edited: a new search for
-- words keeps them) and the words the teacher unticked (left_out: they stay out of handouts and
-- list files, and a new search does not bring them back). A handout of one library text keeps
-- its words and edits per text (text_handouts, text_handout_words). A list that came from a
-- list file says so (imported), so its words show on the word card as the teacher's.
-- Released migrations are never edited: add 0005_....sql instead.

ALTER TABLE reading_list_words ADD COLUMN edited INTEGER NOT NULL DEFAULT 0;

ALTER TABLE reading_list_words ADD COLUMN left_out INTEGER NOT NULL DEFAULT 0;

-- As entries.lemma_key (NFC, lower case), to find a clicked word's teacher's translation. The
-- app writes it from now on; lemmas already stored are the analysis's, lower case but for rare
-- names, so SQLite's ASCII-only lower() gives the same key for them.
ALTER TABLE reading_list_words ADD COLUMN lemma_key TEXT NOT NULL DEFAULT '';

UPDATE reading_list_words SET lemma_key = lower(trim(lemma));

CREATE INDEX reading_list_words_lemma ON reading_list_words (lemma_key);

-- When the list was imported from a list file; NULL: made here.
ALTER TABLE reading_lists ADD COLUMN imported TEXT;

-- Lists imported before this version: their new texts were stored with the list file's name
-- and member as their source (list_files: "semaine-1.zip/texts/001.txt"), never an absolute
-- path as a text imported from a file has.
UPDATE reading_lists SET imported = created WHERE EXISTS (
    SELECT 1 FROM reading_list_texts AS l JOIN texts AS t ON t.id = l.text_id
    WHERE l.list_id = reading_lists.id
    AND t.source_path GLOB '?*/texts/[0-9][0-9][0-9].txt'
    AND t.source_path NOT GLOB '/*'
    AND t.source_path NOT GLOB '[A-Za-z]:*'
);

-- The handout of one library text as the teacher left it (a list's is reading_list_words).
CREATE TABLE text_handouts (
    text_id INTEGER PRIMARY KEY REFERENCES texts (id) ON DELETE CASCADE,
    level TEXT NOT NULL,
    updated TEXT NOT NULL
);

CREATE TABLE text_handout_words (
    text_id INTEGER NOT NULL REFERENCES text_handouts (text_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    word TEXT NOT NULL,
    lemma TEXT NOT NULL,
    lemma_key TEXT NOT NULL,
    headword TEXT NOT NULL DEFAULT '',
    pos TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    translation TEXT NOT NULL DEFAULT '',
    sentence TEXT NOT NULL DEFAULT '',
    edited INTEGER NOT NULL DEFAULT 0,
    left_out INTEGER NOT NULL DEFAULT 0,
    -- [start, end) where the word first stands in the text, for the glossed text; -1: not known
    start_offset INTEGER NOT NULL DEFAULT -1,
    end_offset INTEGER NOT NULL DEFAULT -1,
    PRIMARY KEY (text_id, position)
) WITHOUT ROWID;

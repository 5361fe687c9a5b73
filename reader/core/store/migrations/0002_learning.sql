-- Learning: a status for every lemma the learner has marked (saved or not), the FSRS review
-- schedule and every review, the days the learner read, and what was last exported to Anki.
-- Released migrations are never edited: add 0003_....sql instead.

-- One row per lemma whose status is not "new": knowing "aller" marks vais, irons, allé.
-- Kept apart from entries: a learner marks a word known without saving it.
CREATE TABLE lemma_statuses (
    lemma_key TEXT PRIMARY KEY,  -- as entries.lemma_key: the lemma in NFC, lower-cased
    status TEXT NOT NULL,        -- checked by the store, as entries.status
    updated TEXT NOT NULL        -- ISO 8601, UTC
) WITHOUT ROWID;

CREATE INDEX lemma_statuses_status ON lemma_statuses (status);

INSERT INTO lemma_statuses (lemma_key, status, updated)
SELECT lemma_key, status, updated FROM entries WHERE status <> 'new';

-- The FSRS state of an entry's card. Keyed by the entry's identity (its lemma), not its id,
-- and without a foreign key: deleting an entry and undoing it keeps its schedule.
CREATE TABLE review_cards (
    lemma_key TEXT PRIMARY KEY,
    state INTEGER NOT NULL,      -- fsrs.State: 1 learning, 2 review, 3 relearning
    step INTEGER,                -- learning or relearning step; NULL in review
    stability REAL,              -- days until recall drops to 90 %
    difficulty REAL,             -- 1 to 10
    due TEXT NOT NULL,           -- ISO 8601, UTC, fixed width so text order is time order
    last_review TEXT,
    reps INTEGER NOT NULL DEFAULT 0,
    lapses INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE INDEX review_cards_due ON review_cards (due);

-- Every review, never changed: the history an FSRS optimiser would need.
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    lemma_key TEXT NOT NULL,
    rating INTEGER NOT NULL,     -- 1 again, 2 hard, 3 good, 4 easy
    reviewed TEXT NOT NULL,      -- ISO 8601, UTC
    duration_ms INTEGER,
    state INTEGER NOT NULL,      -- the card after the review
    stability REAL,
    difficulty REAL,
    due TEXT NOT NULL,
    status_before TEXT NOT NULL,
    status_after TEXT NOT NULL
);

CREATE INDEX reviews_lemma ON reviews (lemma_key, reviewed);

-- The learner's local calendar days with reading, for the streak.
CREATE TABLE reading_days (
    day TEXT PRIMARY KEY         -- YYYY-MM-DD
) WITHOUT ROWID;

-- What each Anki note looked like when last exported: a changed note gets a newer
-- modification time (Anki's default import updates a note only when the incoming one is newer),
-- an unchanged one keeps its time (so edits made in Anki survive a re-export).
CREATE TABLE anki_notes (
    guid TEXT PRIMARY KEY,
    checksum TEXT NOT NULL,
    mod INTEGER NOT NULL         -- seconds since the epoch, as Anki stores it
) WITHOUT ROWID;

CREATE INDEX entries_created ON entries (created);

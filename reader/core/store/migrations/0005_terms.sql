-- The learner's own expressions: a glossary entry may be a term of several words, found again
-- in every text by the lemmas of its words (mettre … l'accent sur), split ones too.
-- Released migrations are never edited: add 0006_....sql instead.

-- The words to look for: a JSON list of lemma keys in text order, "…" where other words may
-- stand between two of them; '' for an ordinary entry (one word, or an expression the app's
-- own lists find).
ALTER TABLE entries ADD COLUMN pattern TEXT NOT NULL DEFAULT '';

CREATE INDEX entries_terms ON entries (id) WHERE pattern <> '';

-- A teacher reads part of a book with a class: a reading list's text and a text's handout may
-- be only some chapters or pages of it ("chapters:1-2", "pages:10-25"; "": the whole text).
-- Released migrations are never edited: add 0007_....sql instead.

ALTER TABLE reading_list_texts ADD COLUMN part TEXT NOT NULL DEFAULT '';

ALTER TABLE text_handouts ADD COLUMN part TEXT NOT NULL DEFAULT '';

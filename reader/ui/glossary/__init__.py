"""The Glossary tab: the saved words as a table model and view, saving, editing, deleting and
restoring them (features), a word's contexts, and teachers' lists on the student's side."""

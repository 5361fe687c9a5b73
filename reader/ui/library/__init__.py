"""The Library and Lists tabs: texts, reading lists, handouts for teachers, and reading a
library text page by page (book)."""

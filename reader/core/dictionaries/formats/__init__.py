"""Readers of other dictionary formats, each yielding DictionaryEntry rows as it streams."""

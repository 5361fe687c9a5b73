"""The app without its window: plain Python, spaCy and SQLite, never Qt (import-linter says so).

The shared kernel is this package's own modules (models, errors, progress, paths, files,
articles); each feature is a package with a small public surface: importers, dictionaries,
grammar, analysis, store, translation, speech, lookup, learning, library, exports, teaching.
The packages form layers, in that order from the bottom, checked by an import-linter contract.
"""

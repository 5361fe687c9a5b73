"""French Reader: a desktop reading and glossary app for learners of French, fully offline.

Layers, each importing only those below it: cli/ (the command line) and ui/ (the window) at
the top; worker/ (the spaCy and Argos process) and render/ (PDF with Qt); core/ (plain Python,
spaCy and SQLite, never Qt) at the bottom.
"""

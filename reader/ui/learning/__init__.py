"""Learning in the window: statuses and their numbers, the Review tab, the progress dialog,
exporting the glossary and importing word lists."""

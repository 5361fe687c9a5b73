"""The window (PySide6), grouped by screen: reading/, glossary/, learning/, library/,
translation/ and speech/ over common/ (the one task runner and delayed progress, settings,
small widgets). main_window.py is the shell that builds the screens against the window
context (common/context.py) and wires their signals; no business rules live here.
"""

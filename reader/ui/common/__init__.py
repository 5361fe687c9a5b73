"""What every screen shares: the one TaskRunner (tasks.py, the only owner of threads and the
worker process) and its delayed progress (progress.py), the window context features are typed
against (context.py), settings, file choosers, labels, undo, and small widgets (naming.py)."""

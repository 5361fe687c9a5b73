"""The worker process: spaCy and Argos, away from the window's process. No Qt here.

The window (reader.ui.common.tasks) spawns one long-lived process running process.serve and
sends it protocol.Request messages naming a job function of jobs.py or library_jobs.py with its
arguments; the answers (progress, slices of a big Analysis, the result or the failure) come
back on a second queue. Models load lazily inside the process, never at import time.
"""

"""Senses the topic calls for that nobody wrote cue rows for: automatic topic signatures
(signatures.py), read by reader/core/lookup/topics.py after the written cues."""

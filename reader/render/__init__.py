"""Rendering outside the core: may use Qt (PDF printing), never imported by reader.core."""

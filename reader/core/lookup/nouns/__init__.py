"""Nouns whose sense their own grammar decides (lookup's noun rules)."""

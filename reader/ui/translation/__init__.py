"""Offline translation in the window: the card's machine translations, Translate Paragraph,
and the Settings dialogs of translation models and dictionaries."""

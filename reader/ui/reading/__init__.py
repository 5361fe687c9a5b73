"""The Read tab: the article (reading_view, text_map), the word card (word_panel, card_tools,
sentence_translation, conjugation_view), word statuses and their keys, opening texts (files),
the article's analysis (analysis), the card's Glosser and conjugation tables."""

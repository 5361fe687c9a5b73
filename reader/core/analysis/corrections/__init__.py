"""The corrections the analysis makes to spaCy's output, each a named rule that fires only
where it is sure: lemma rules (lemmas, over the word tables of lemma_tables), the lexicon
check (lexicon_check) over the model's own tables (model_tables), which capitalised words are
names (names), parts of speech settled by the neighbouring words (retagging, which tests the
contexts in tag_contexts and makes the changes in tag_changes), participles and adjectives
settled by their role in the parse (parse_roles), moods and tenses settled by the context
(moods), and the switches that let scripts/evaluate_ud.py measure each rule (rule_switches).

Only the analyser uses them; nothing is exported here.
"""

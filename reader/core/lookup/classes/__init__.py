"""Partner classes: kinds of noun a verb's or an adjective's sense depends on (PERSON, MONEY,
DRINK, BODY, ...), so that one sense row keyed by a class covers every noun of it: toucher
with a sum of money as its object is receive, whatever the sum is called (son traitement,
dix centimes, une prime). Read from resources/senses/partner_classes.tsv: seeds written by
hand, neighbours added by scripts/build_partner_classes.py from word vectors."""

from reader.core.lookup.classes.members import CLASS_MARK, class_words, expand

__all__ = ["CLASS_MARK", "class_words", "expand"]

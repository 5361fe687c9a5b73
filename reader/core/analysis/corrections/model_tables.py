"""spaCy's own French lemma rules and tables, asked again for words it saw in another form."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Endings of regular -er verbs, longest first.
ER_ENDINGS = tuple("eraient erions erais erait aient ions ent ées és ée ais ait ez es é e".split())
INFINITIVE_ENDINGS = ("er", "ir", "re", "ïr")


class ModelTables:
    """The model's lemma rules and lookup tables (one per loaded pipeline)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        lemmatizer = nlp.get_pipe("lemmatizer")
        self.lemmatizer = lemmatizer
        self.lookup = lemmatizer.lookups.get_table("lemma_lookup", {})
        index = lemmatizer.lookups.get_table("lemma_index", {})
        self.verbs = frozenset(index.get("verb", []))
        self.nouns = frozenset(index.get("noun", []))
        self.lemmas = (
            self.verbs
            | self.nouns
            | frozenset(lemma for pos in ("adj", "adv") for lemma in index.get(pos, []))
        )
        self.relemmatise = lru_cache(maxsize=8192)(self._relemmatise)

    def _relemmatise(self, word: str, pos: str) -> str:
        """Lemmatise a lower-cased word as if the model had tagged it pos."""
        # Only when needed: it brings spaCy.
        from spacy.tokens import Doc

        doc = Doc(self.nlp.vocab, words=[word])
        doc[0].pos_ = pos
        forms: list[str] = self.lemmatizer.rule_lemmatize(doc[0])
        lemma = forms[0] if forms else word
        if pos == "VERB" and lemma not in self.verbs:
            return self.verb_of(word) or lemma  # indique: the verb table knows indiquer
        return lemma

    def is_lemma(self, word: str) -> bool:
        """Whether the model's lemma index lists the word (as a noun, verb, adjective, adverb)."""
        return word in self.lemmas

    def looked_up(self, form: str) -> str:
        """The lookup table's lemma of a lower-cased form, whatever its part of speech."""
        found = self.lookup.get(form, "")
        return str(found[0] if isinstance(found, list) and found else found)

    def verb_of(self, form: str) -> str:
        """affaiblie -> affaiblir, or '' when the form is not known as a verb form."""
        verb = self.looked_up(form)
        return verb if verb in self.verbs else self._first_group_verb(form)

    def table_verb(self, form: str) -> str:
        """The verb the model's lookup table gives for a form, without any guessing."""
        verb = self.looked_up(form)
        return verb if verb.endswith(INFINITIVE_ENDINGS) else ""

    def _first_group_verb(self, form: str) -> str:
        """montre -> montrer: the tables miss some forms of regular -er verbs."""
        for ending in ER_ENDINGS:
            if form.endswith(ending) and form[: -len(ending)] + "er" in self.verbs:
                return form[: -len(ending)] + "er"
        return ""


_tables: dict[int, ModelTables] = {}


def model_tables(nlp: Any) -> ModelTables:
    """One ModelTables per loaded pipeline, so its cache lives as long as the model."""
    if id(nlp) not in _tables:
        _tables[id(nlp)] = ModelTables(nlp)
    return _tables[id(nlp)]

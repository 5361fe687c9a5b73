"""The learner's own expressions: selected words become a term (its lemma and its pattern of
lemmas), saved as one glossary entry, found again in other texts (split ones too), and
coloured by the expression's status once it is saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.analysis.expressions.own import OWN, Term, find_terms, term_of
from reader.core.errors import InputError
from reader.core.learning.statuses import StatusIndex
from reader.core.lookup.card import OWN_EXPRESSION_LABEL, Glosser
from reader.core.models import Status
from reader.core.store import Database, StatusChange
from tests.core.analysed import analysed, token

FIRST = "Le ministre ouvre la fenêtre du salon."
LATER = "Les enfants ont ouvert hier la fenêtre du salon. Elle ouvrait une porte."


def indices(text: str, *words: str) -> list[int]:
    analysis = analysed(text)
    return [token(analysis, word).index for word in words]


def test_selected_words_become_a_term_of_lemmas() -> None:
    analysis = analysed(FIRST)
    term = term_of(analysis, indices(FIRST, "fenêtre", "ouvre"))  # any order
    assert term == Term("ouvrir … fenêtre", ("ouvrir", "…", "fenêtre"))
    whole = term_of(analysis, indices(FIRST, "ouvre", "la", "fenêtre", "du", "salon"))
    assert whole == Term("ouvrir la fenêtre du salon", ("ouvrir", "le", "fenêtre", "de", "salon"))


def test_one_word_or_a_whole_page_is_not_an_expression() -> None:
    analysis = analysed(FIRST)
    with pytest.raises(InputError, match="two words or more"):
        term_of(analysis, indices(FIRST, "fenêtre"))
    long = analysed("Un deux trois quatre cinq six sept huit neuf dix onze douze treize.")
    with pytest.raises(InputError, match="at most"):
        term_of(long, [t.index for t in long.tokens])


def test_a_term_is_found_again_by_its_lemmas_split_too() -> None:
    term = term_of(analysed(FIRST), indices(FIRST, "ouvre", "la", "fenêtre", "du", "salon"))
    later = analysed(LATER)
    [found] = find_terms(later, [term])
    assert found.source == OWN and found.lemma == "ouvrir la fenêtre du salon"
    assert found.form == "ont ouvert … la fenêtre du salon"  # hier stands between
    assert token(later, "ouvrait").index not in found.unit  # the other sentence's ouvrir


def test_saved_term_reads_back_and_colours_its_words(tmp_path: Path) -> None:
    with Database(tmp_path / "glossary.sqlite3") as store:
        glosser = Glosser(store)
        analysis = analysed(FIRST)
        chosen = indices(FIRST, "ouvre", "la", "fenêtre", "du", "salon")
        info = glosser.explain_selection(analysis, chosen)
        assert info.pos_label == OWN_EXPRESSION_LABEL and info.form == "ouvre la fenêtre du salon"
        assert info.entry_lemma == "ouvrir la fenêtre du salon"
        # Each word's first senses are offered, marked with the word.
        assert any(t.origin.endswith("· fenêtre") for t in info.translations)
        saved = store.glossary.save(glosser.draft(info, translation="open the living-room window"))
        assert saved.pattern == ("ouvrir", "le", "fenêtre", "de", "salon")

        later = analysed(LATER)
        terms = [Term(lemma, pattern) for lemma, pattern in store.glossary.terms()]
        own = find_terms(later, terms)
        card = glosser.explain(later, token(later, "fenêtre").index, own)
        assert card.headword == "ouvrir la fenêtre du salon" and card.saved == saved
        assert card.best_translation is not None
        assert card.best_translation.senses == ("open the living-room window",)

        index = StatusIndex(later, own)
        words = [token(later, w).index for w in ("ouvert", "fenêtre", "salon", "ouvrait", "hier")]
        before = index.statuses({})
        after = dict(before)
        index.apply(after, [StatusChange("ouvrir la fenêtre du salon", Status.NEW, Status.KNOWN)])
        assert [after[i] for i in words[:3]] == [Status.KNOWN] * 3
        assert after[words[3]] == before[words[3]] and after[words[4]] == before[words[4]]

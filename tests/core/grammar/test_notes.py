"""Grammar notes in plain English that name the French term."""

from __future__ import annotations

from reader.core.grammar.notes import with_article
from tests.core.analysed import analysed, token

SAMPLE = (
    "Lors des consultations sur la sécurité stratégique qui ont eu lieu lundi en Chine, la "
    "Russie et la Chine ont convenu de renforcer la coopération par l’intermédiaire de leurs "
    "ministères de la défense, en mettant l’accent sur les exercices."
)


def test_noun_note_gives_gender_number_and_article() -> None:
    note = token(analysed(SAMPLE), "coopération").grammar
    assert note == "noun, feminine singular (la coopération)"


def test_noun_gender_falls_back_to_the_dictionary() -> None:
    # The model gives intermédiaire no gender; FreeDict knows it is masculine.
    note = token(analysed(SAMPLE), "intermédiaire").grammar
    assert "masculine" in note


def test_possessive_determiner() -> None:
    assert token(analysed(SAMPLE), "leurs").grammar == "possessive determiner, plural (their)"


def test_verb_notes_name_the_french_tense() -> None:
    analysis = analysed("Il faut qu'il vienne. Il viendrait. Il venait souvent. Nous partirons.")
    assert "subjonctif présent" in token(analysis, "vienne").grammar
    assert "conditionnel présent" in token(analysis, "viendrait").grammar
    assert "imparfait" in token(analysis, "venait").grammar
    assert "futur simple" in token(analysis, "partirons").grammar
    assert "1st person plural" in token(analysis, "partirons").grammar


def test_infinitive_and_gerund() -> None:
    analysis = analysed(SAMPLE)
    assert token(analysis, "renforcer").grammar == "infinitive of renforcer (infinitif)"
    assert "gérondif" in token(analysis, "mettant").grammar


def test_elided_article_and_contractions() -> None:
    analysis = analysed(SAMPLE)
    assert "elided le or la" in token(analysis, "l’").grammar
    assert token(analysis, "des").pos in ("ADP", "DET")
    assert "de + les" in token(analysis, "des").grammar or "some" in token(analysis, "des").grammar


def test_pronoun_notes() -> None:
    analysis = analysed("Comment cela va-t-il aujourd'hui, monsieur Daniel ?")
    assert "inversion" in token(analysis, "-t-il").grammar


def test_with_article() -> None:
    assert with_article("coopération", "Fem") == "la coopération"
    assert with_article("ministère", "Masc") == "le ministère"
    assert with_article("intermédiaire", "Masc") == "l'intermédiaire"
    assert with_article("homme", "Masc") == "l'homme"
    assert with_article("chose", "") == "chose"

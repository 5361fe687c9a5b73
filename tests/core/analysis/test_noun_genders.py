"""A noun of one gender only takes the lexicon's gender (rule noun-gender), so a word card's
header and its grammar note agree; nouns of both genders keep the gender their determiner
gives. The real model, the bundled lexicon and the real Glosser."""

from __future__ import annotations

from typing import Any

import pytest

from reader.core.analysis import analyse
from reader.core.analysis.corrections.lexicon_check import correct_noun_genders
from reader.core.analysis.corrections.rule_switches import rule_names, rules_disabled
from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
from reader.core.lookup.card import Glosser
from tests.core.analysed import analysed, token


@pytest.mark.parametrize(
    ("sentence", "word", "gender", "note"),
    [
        # the model's gender is wrong: the lexicon knows these nouns as feminine or masculine
        ("Oh putain !", "putain", "Fem", "noun, feminine singular (la putain)"),
        ("Silence !", "Silence", "Masc", "noun, masculine singular (le silence)"),
        ("Victoire !", "Victoire", "Fem", "noun, feminine singular (la victoire)"),
        ("Pitié !", "Pitié", "Fem", "noun, feminine singular (la pitié)"),
        # the model was right: unchanged
        ("Les putains sont là.", "putains", "Fem", "noun, feminine plural (la putain)"),
        ("Il fait un effort.", "effort", "Masc", "noun, masculine singular (l'effort)"),
        # both genders: the determiner decides, as the model read it
        ("Nous avons visité la tour Eiffel.", "tour", "Fem", "noun, feminine singular (la tour)"),
        ("Il a gagné le tour de France.", "tour", "Masc", "noun, masculine singular (le tour)"),
        ("Elle a lu le livre.", "livre", "Masc", "noun, masculine singular (le livre)"),
        ("Le poste de police est fermé.", "poste", "Masc", "noun, masculine singular (le poste)"),
        ("Une élève est venue.", "élève", "Fem", "noun, feminine singular (l'élève)"),
    ],
)
def test_noun_gender_and_note(sentence: str, word: str, gender: str, note: str) -> None:
    found = token(analysed(sentence), word)
    assert (found.morph.get("Gender"), found.grammar) == (gender, note)


@pytest.mark.parametrize(
    ("sentence", "word", "header"),
    [
        ("Oh putain !", "putain", "la putain"),
        ("Silence !", "Silence", "le silence"),
        ("Victoire !", "Victoire", "la victoire"),
        ("Il monta en haut de la tour du château.", "tour", "la tour"),
        ("Il a gagné le tour de Suisse.", "tour", "le tour"),
    ],
)
def test_card_header_agrees_with_its_note(sentence: str, word: str, header: str) -> None:
    analysis = analysed(sentence)
    info = Glosser(None).explain(analysis, token(analysis, word).index)
    assert info.headword == header
    assert info.grammar.endswith(f"({header})")


def test_the_rule_is_what_corrects_the_model() -> None:
    assert "noun-gender" in rule_names()
    with rules_disabled({"noun-gender"}):
        model = token(analyse("Oh putain !"), "putain")
    assert model.morph.get("Gender") == "Masc"  # spaCy's reading, which the card contradicted
    assert "le putain" in model.grammar
    assert token(analysed("Oh putain !"), "putain").morph.get("Gender") == "Fem"


def test_a_form_that_is_not_its_lemma_keeps_its_gender() -> None:
    # amie lemmatised as ami (Lexique's way): the masculine lemma says nothing of amie's gender
    fields: list[dict[str, Any]] = [
        {"text": "amie", "lemma": "ami", "pos": "NOUN", "morph": {"Gender": "Fem"}},
        {"text": "chevaux", "lemma": "cheval", "pos": "NOUN", "morph": {"Gender": "Fem"}},
        {"text": "Marie", "lemma": "Marie", "pos": "PROPN", "morph": {"Gender": "Masc"}},
    ]
    correct_noun_genders(fields, bundled_lexicon(), {})
    assert [values["morph"]["Gender"] for values in fields] == ["Fem", "Masc", "Masc"]


def test_a_form_that_is_also_an_adjective_needs_a_determiner_of_no_other_gender() -> None:
    # une étrange obstination, une fille, tranquille: adjectives the tagger took for nouns
    # agree with their own noun; l'uniforme, le rance are the nouns
    def noun(text: str, gender: str) -> dict[str, Any]:
        return {"text": text, "lemma": text, "pos": "NOUN", "morph": {"Gender": gender}}

    def det(text: str, morph: dict[str, str]) -> dict[str, Any]:
        return {"text": text, "lemma": text, "pos": "DET", "morph": morph}

    fields = [det("une", {"Gender": "Fem"}), noun("étrange", "Fem"), noun("obstination", "Fem")]
    fields += [noun("fille", "Fem"), {"text": ",", "lemma": ",", "pos": "PUNCT", "morph": {}}]
    fields += [noun("tranquille", "Fem"), det("l'", {"Number": "Sing"}), noun("uniforme", "Fem")]
    fields += [det("le", {"Gender": "Masc"}), noun("rance", "Fem")]
    correct_noun_genders(fields, bundled_lexicon(), {})
    genders = [values["morph"].get("Gender") for values in fields if values["pos"] == "NOUN"]
    assert genders == ["Fem", "Fem", "Fem", "Fem", "Masc", "Masc"]


def test_repeated_words_share_their_corrected_features() -> None:
    analysis = analyse("Silence ! Silence, vous dis-je.")
    first, second = (t for t in analysis.tokens if t.text == "Silence")
    assert first.morph == second.morph == {**first.morph, "Gender": "Masc"}

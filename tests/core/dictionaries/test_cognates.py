"""The cognate guesser: real cognates found, false friends and non-words never offered."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency

from reader.core.dictionaries.cognates import (
    CONTENT_POS,
    ENGLISH_ZIPF,
    FALSE_FRIENDS,
    ORIGIN,
    cognate_translation,
    guess_cognate,
)
from reader.core.dictionaries.dictionary import bundled_dictionary
from reader.core.models import Translation, TranslationSource


@pytest.mark.parametrize(
    ("word", "pos", "english"),
    [
        ("organisation", "NOUN", "organization"),
        ("procédure", "NOUN", "procedure"),
        ("rapidement", "ADV", "rapidly"),
        ("nationalité", "NOUN", "nationality"),
        ("gouvernement", "NOUN", "government"),
        ("développement", "NOUN", "development"),
        ("démocratie", "NOUN", "democracy"),
        ("histoire", "NOUN", "history"),
        ("forêt", "NOUN", "forest"),
        ("politique", "ADJ", "political"),
        ("économique", "ADJ", "economic"),
        ("dangereux", "ADJ", "dangerous"),
        ("traditionnel", "ADJ", "traditional"),
        ("nécessaire", "ADJ", "necessary"),
        ("actif", "ADJ", "active"),
        ("utiliser", "VERB", "utilize"),
        ("établir", "VERB", "establish"),
        ("participer", "VERB", "participate"),
        ("produire", "VERB", "produce"),
        ("permettre", "VERB", "permit"),
        ("évidemment", "ADV", "evidently"),
        ("initialement", "ADV", "initially"),
    ],
)
def test_guesses_real_cognates(word: str, pos: str, english: str) -> None:
    assert guess_cognate(word, pos) == english


@pytest.mark.parametrize(
    ("word", "pos"),
    [
        ("actuellement", "ADV"),
        ("librairie", "NOUN"),
        ("assister", "VERB"),
        ("éventuellement", "ADV"),
        ("actuel", "ADJ"),
        ("sensible", "ADJ"),
        ("location", "NOUN"),
        ("blessé", "ADJ"),  # the participle of a false friend
        ("sensiblement", "ADV"),  # an adverb of one
    ],
)
def test_false_friends_get_no_guess(word: str, pos: str) -> None:
    assert guess_cognate(word, pos) is None
    assert cognate_translation(word, pos) is None


def test_no_false_friend_gets_a_guess_in_any_part_of_speech() -> None:
    assert len(FALSE_FRIENDS) >= 60
    for word in FALSE_FRIENDS:
        for pos in CONTENT_POS:
            assert guess_cognate(word, pos) is None, word


@pytest.mark.parametrize(
    ("word", "pos"),
    [
        ("pain", "NOUN"),  # short look-alikes are coincidences: bread, not pain
        ("code", "NOUN"),  # an English word already, but too short to trust
        ("couche", "NOUN"),  # layer, not couch
        ("Chine", "NOUN"),  # capitalised lemmas are names
        ("pour", "ADP"),  # only content words
        ("car", "CCONJ"),
        ("donner", "VERB"),  # give, not donate
        ("liquider", "VERB"),  # English "liquid" is no verb
        ("aujourd'hui", "ADV"),
        ("", "NOUN"),
    ],
)
def test_unsure_words_get_no_guess(word: str, pos: str) -> None:
    assert guess_cognate(word, pos) is None


def test_every_guess_is_a_common_english_word() -> None:
    guesses = [
        guess
        for entry in bundled_dictionary()
        if (guess := guess_cognate(entry.headword, entry.pos or "NOUN")) is not None
    ]
    assert len(guesses) > 1000
    assert all(zipf_frequency(guess, "en") >= ENGLISH_ZIPF for guess in guesses)


def test_cognate_translation_is_labelled() -> None:
    assert cognate_translation("nationalité", "NOUN") == Translation(
        senses=("nationality",), source=TranslationSource.COGNATE, origin=ORIGIN
    )
    assert ORIGIN == "likely cognate"


def test_guesses_are_cached() -> None:
    guess_cognate("coalition", "NOUN")
    hits = guess_cognate.cache_info().hits
    assert guess_cognate("coalition", "NOUN") == "coalition"
    assert guess_cognate.cache_info().hits == hits + 1

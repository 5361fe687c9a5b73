"""English word frequencies from the app's copy of wordfreq's list: the same answers as
wordfreq, without loading it."""

from __future__ import annotations

import hashlib
from importlib.metadata import version
from pathlib import Path

import pytest
import wordfreq
from wordfreq import get_frequency_dict, zipf_frequency

from reader.core.dictionaries.english import FLOOR, english_zipf, ing_form, ly_form
from reader.core.dictionaries.lexicon.senses import is_rare_english
from reader.core.paths import resources_dir


def test_the_copy_answers_as_wordfreq_at_the_floor_and_above() -> None:
    words = list(get_frequency_dict("en", "best"))[::25]  # ~13,000 words of every frequency
    words += ["house", "nationality", "abasement", "dutied", "liquided", "qwzxv"]
    for word in words:
        mine, theirs = english_zipf(word), zipf_frequency(word, "en")
        if theirs >= FLOOR or mine >= FLOOR:
            assert mine == theirs, word
        else:
            assert mine < FLOOR, word


def test_other_spellings_ask_wordfreq() -> None:
    for word in ("café", "niño", "Paris", "don't"):
        assert english_zipf(word) == zipf_frequency(word, "en")


def test_rare_senses_are_those_wordfreq_finds_rare() -> None:
    assert is_rare_english("enfermo")  # malade: a Spanish word in a source
    assert not is_rare_english("sick")
    assert not is_rare_english("to be sick")  # more than one word: never rare


def test_the_copy_records_the_installed_wordfreq() -> None:
    source = (resources_dir() / "english" / "SOURCE.txt").read_text()
    data = Path(wordfreq.__file__).parent / "data" / "large_en.msgpack.gz"
    assert f"wordfreq {version('wordfreq')} (PyPI)" in source
    assert hashlib.sha256(data.read_bytes()).hexdigest() in source
    assert (resources_dir() / "english" / "en.zipf.LICENSE.txt").is_file()


@pytest.mark.parametrize(
    ("verb", "ing"),
    [
        ("smile", "smiling"),
        ("stop", "stopping"),
        ("die", "dying"),
        ("see", "seeing"),
        ("be", "being"),
        ("visit", "visiting"),
        ("quiver", "quivering"),
        ("shake with fear", "shaking with fear"),
        ("smiling", "smiling"),
        ("Rome", "Rome"),
    ],
)
def test_a_verbs_ing_form_is_the_spelling_english_uses(verb: str, ing: str) -> None:
    assert ing_form(verb) == ing


@pytest.mark.parametrize(
    ("adjective", "adverb"),
    [
        ("soft", "softly"),
        ("angry", "angrily"),
        ("gentle", "gently"),
        ("frantic", "frantically"),
        ("true", "truly"),
        ("full", "fully"),
        ("cowardly", "in a cowardly way"),
        ("in vain", ""),
        ("qwzxv", ""),
    ],
)
def test_an_adjectives_ly_adverb_is_the_spelling_english_uses(adjective: str, adverb: str) -> None:
    assert ly_form(adjective) == adverb

"""The bundled FreeDict dictionary: loading, lookup, translate, and its converter script."""

from __future__ import annotations

import gzip
import importlib.util
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from reader.core.dictionaries.dictionary import (
    BUNDLED_NAME,
    Dictionary,
    DictionaryEntry,
    bundled_dictionary,
    translate,
)
from reader.core.errors import DictionaryError
from reader.core.models import TranslationSource
from reader.core.paths import resources_dir
from tests.paths import ROOT

TSV = resources_dir() / "dictionaries" / "freedict-fra-eng.tsv"


@pytest.fixture(scope="module")
def freedict() -> Dictionary:
    return bundled_dictionary()


def test_bundled_dictionary_loads_every_headword(freedict: Dictionary) -> None:
    assert freedict.name == BUNDLED_NAME == "FreeDict French–English"
    assert 8400 <= len(freedict) <= 8600
    assert bundled_dictionary() is freedict  # cached: loaded once per process


def test_loading_and_repeated_lookups_give_the_same_entries() -> None:
    # Speed is measured by benchmarks/word_lookup.py and lexicon_lookup.py, never here.
    dictionary = Dictionary.from_tsv(TSV, "timing")
    first = dictionary.lookup("abandonner")
    assert first
    for _ in range(100):
        assert dictionary.lookup("abandonner") == first
        assert translate(dictionary, "mené", "menées", "ADJ") is not None


def test_bundled_tsv_is_sorted_utf8_lf_with_a_licence_header() -> None:
    raw = TSV.read_bytes()
    assert b"\r" not in raw
    header, *lines = raw.decode("utf-8").splitlines()
    assert header.startswith("# French-English FreeDict Dictionary ver. 0.4.1")
    assert "GPL-2.0-or-later" in header and "2022.04.21-1" in header
    assert all(line.count("\t") == 4 for line in lines)
    headwords = [line.split("\t")[0].casefold() for line in lines]
    assert headwords == sorted(headwords)
    licence = (TSV.parent / "freedict-fra-eng.LICENSE.txt").read_text(encoding="utf-8")
    assert "Horst Eyermann" in licence and "John Darrington" in licence
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 2, June 1991" in licence


def test_entry_carries_pos_gender_ipa_and_senses(freedict: Dictionary) -> None:
    (entry,) = freedict.lookup("abaissement")
    assert entry == DictionaryEntry(
        headword="abaissement",
        pos="NOUN",
        gender="Masc",
        ipa="abɛsəmɑ̃",
        senses=(
            "abasement",
            "decrease, lowering",
            "abatement, curtailment, retrenchment",
            "adversity, decay",
        ),
    )


@pytest.mark.parametrize(
    ("query", "headword"),
    [
        ("Abandon", "abandon"),  # capitalised at the start of a sentence
        ("abat-jour", "abat-jour"),
        ("abat jour", "abat-jour"),
        ("abat‑jour", "abat-jour"),  # non-breaking hyphen
        ("aujourd’hui", "aujourd'hui"),  # curly apostrophe
        ("c’est-à-dire", "c'est-à-dire"),
        ("porte monnaie", "porte-monnaie"),
    ],
)
def test_lookup_finds_case_hyphen_and_apostrophe_variants(
    freedict: Dictionary, query: str, headword: str
) -> None:
    assert headword in [entry.headword for entry in freedict.lookup(query)]


@pytest.mark.parametrize(("plain", "accented"), [("sur", "sûr"), ("mur", "mûr"), ("ou", "où")])
def test_lookup_keeps_accents_apart(freedict: Dictionary, plain: str, accented: str) -> None:
    assert {entry.headword for entry in freedict.lookup(plain)} == {plain}
    assert {entry.headword for entry in freedict.lookup(accented)} == {accented}
    assert not freedict.lookup("cote") and freedict.lookup("côte")


def test_lookup_puts_the_exact_spelling_first(freedict: Dictionary) -> None:
    entries = freedict.lookup("japonais")
    assert [(entry.headword, entry.pos) for entry in entries] == [
        ("japonais", "ADJ"),
        ("Japonais", "NOUN"),
    ]


def test_contains_and_len(freedict: Dictionary) -> None:
    assert "abandonner" in freedict
    assert "Abandonner" in freedict
    assert "xyzzy" not in freedict
    assert 42 not in freedict
    assert len(Dictionary("tiny", [])) == 0


@pytest.mark.parametrize(
    ("lemma", "pos", "senses"),
    [
        ("accessoire", "NOUN", ("accessory, side-issue",)),
        ("accessoire", "ADJ", ("adventitious, secondary",)),
        ("critique", "ADJ", ("critical",)),
        ("critique", "NOUN", ("critic", "review")),
        ("bien", "NOUN", ("estate, farm, property, ranch",)),
    ],
)
def test_translate_picks_the_senses_of_the_same_part_of_speech(
    freedict: Dictionary, lemma: str, pos: str, senses: tuple[str, ...]
) -> None:
    translation = translate(freedict, lemma, lemma, pos)
    assert translation is not None
    assert translation.senses == senses
    assert translation.source is TranslationSource.DICTIONARY
    assert translation.origin == "FreeDict French–English"


def test_translate_merges_entries_of_one_part_of_speech(freedict: Dictionary) -> None:
    translation = translate(freedict, "livre", "livres", "NOUN")
    assert translation is not None
    assert set(translation.senses) == {"book", "pound"}


def test_translate_gives_ipa(freedict: Dictionary) -> None:
    translation = translate(freedict, "abandon", "abandon", "NOUN")
    assert translation is not None
    assert translation.ipa == "abɑ̃dɔ̃"


@pytest.mark.parametrize(
    ("lemma", "form", "pos", "sense"),
    [
        ("être", "est", "AUX", "be"),  # AUX counts as VERB
        ("France", "France", "PROPN", "France"),  # PROPN counts as NOUN
        ("mené", "menées", "ADJ", "conduct, guide, lead"),  # participle -> its verb
        ("menée", "menée", "ADJ", "conduct, guide, lead"),
        ("ouvert", "ouverte", "ADJ", "open, open up"),
        ("se rencontrer", "rencontrés", "VERB", "come across, encounter, meet, see"),
        ("se dépêcher", "dépêche", "VERB", "hurry"),
    ],
)
def test_translate_maps_spacy_tags_and_verb_forms(
    freedict: Dictionary, lemma: str, form: str, pos: str, sense: str
) -> None:
    translation = translate(freedict, lemma, form, pos)
    assert translation is not None
    assert sense in translation.senses


def test_translate_falls_back_from_lemma_to_form(freedict: Dictionary) -> None:
    # A lemmatiser mistake: the lemma is unknown, the form as written is an entry.
    translation = translate(freedict, "abandonnemen", "Abandon", "NOUN")
    assert translation is not None
    assert translation.senses[0] == "abandonment"


def test_translate_falls_back_to_any_part_of_speech(freedict: Dictionary) -> None:
    translation = translate(freedict, "mûr", "mûrs", "VERB")
    assert translation is not None
    assert "mature, ripe" in translation.senses


def test_translate_unknown_word_is_none(freedict: Dictionary) -> None:
    assert translate(freedict, "xyzzy", "xyzzy", "NOUN") is None


def test_missing_file_raises_a_readable_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="is missing"):
        Dictionary.from_tsv(tmp_path / "nowhere.tsv", "missing")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"abandon\tNOUN\tMasc\tabandonment\n", "malformed at line 1"),
        (b"# header\n\nabandon\tNOUN\tMasc\t\t\n", "malformed at line 3"),
        (b"# only a comment\n", "has no entries"),
        (b"abandon\tNOUN\tMasc\t\t\xff\n", "not UTF-8"),
    ],
)
def test_malformed_file_raises_a_readable_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.tsv"
    path.write_bytes(content)
    with pytest.raises(DictionaryError, match=message) as error:
        Dictionary.from_tsv(path, "bad")
    assert str(path) in str(error.value)


def test_core_modules_do_not_import_qt() -> None:
    code = (
        "import sys, reader.core.dictionaries.dictionary, reader.core.dictionaries.cognates;"
        "assert not any(name.startswith('PySide6') for name in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# The converter script, run on a tiny dictd dictionary written here.


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_dictionary", ROOT / "scripts" / "build_dictionary.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def write_dictd(
    folder: Path, articles: list[tuple[str, str]], encode: Callable[[int], str]
) -> None:
    data = b""
    index = []
    for key, text in articles:
        raw = text.encode("utf-8")
        index.append(f"{key}\t{encode(len(data))}\t{encode(len(raw))}")
        data += raw
    (folder / "freedict-fra-eng.dict.dz").write_bytes(gzip.compress(data))
    (folder / "freedict-fra-eng.index").write_text("\n".join(index) + "\n", encoding="utf-8")


def test_build_script_converts_dictd_to_tsv(tmp_path: Path) -> None:
    script = load_script()
    alphabet: str = script.BASE64

    def encode(number: int) -> str:
        digits = ""
        while True:
            number, digit = divmod(number, 64)
            digits = alphabet[digit] + digits
            if not number:
                return digits

    info = (
        "00-database-info\nFreeDict\n\nAvailability:\n\n    Copyright: 1999 Someone\n"
        "    GPL 2 or later.\n\nNotes: none\n"
    )
    articles = [
        ("00databaseinfo", info),
        ("00databaseshort", "00-database-short\nFrench-English FreeDict Dictionary ver. 0.4.1\n"),
        ("mener", "mener /məne/ <v>\nconduct, guide, lead\n"),
        ("abatjour", "abat-jour /abaʒuʀ/ <n, masc>\nlamp-shade\n"),
        ("falloir", 'falloir /falwaʀ/ <v>\n1.\n   "Il faut que"\n It is necessary that\n\n'),
        ("afinde", "afin de /afɛ̃də/\n1. in order to\n2. so as to\n"),
    ]
    write_dictd(tmp_path, articles, encode)
    out = tmp_path / "out"
    assert script.main([str(tmp_path), "--output", str(out), "--package-version", "9-1"]) == 0
    header, *rows = (out / "freedict-fra-eng.tsv").read_text(encoding="utf-8").splitlines()
    assert "ver. 0.4.1" in header and "9-1" in header
    assert rows == [
        "abat-jour\tNOUN\tMasc\tabaʒuʀ\tlamp-shade",
        "afin de\t\t\tafɛ̃də\tin order to | so as to",
        "falloir\tVERB\t\tfalwaʀ\tIl faut que: It is necessary that",
        "mener\tVERB\t\tməne\tconduct, guide, lead",
    ]
    licence = (out / "freedict-fra-eng.LICENSE.txt").read_text(encoding="utf-8")
    assert "Copyright: 1999 Someone" in licence and "GNU GENERAL PUBLIC LICENSE" in licence

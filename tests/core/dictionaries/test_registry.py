"""The learner's dictionaries: order, enable/disable, remove, lookups across them in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.dictionaries.importing import import_dictionary
from reader.core.dictionaries.lexicon.lexicon import PIVOT_ORIGIN, bundled_lexicon
from reader.core.dictionaries.registry import BUNDLED_NAME, DictionaryRegistry, DictionarySet
from reader.core.dictionaries.storage import ImportedDictionary, index_path
from reader.core.errors import DictionaryError
from reader.core.lookup.card import Glosser
from reader.core.lookup.gloss import lookup
from reader.core.models import Translation, TranslationSource
from reader.core.store import Database
from tests.paths import DATA as TEST_DATA

DATA = TEST_DATA / "dictionaries"
WIKTIONARY = "Wiktionary (kaikki.org)"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def three(root: Path) -> DictionaryRegistry:
    """Two imported dictionaries and the bundled one: [words, Wiktionary, the lexicon]."""
    import_dictionary(root, DATA / "words.csv")
    import_dictionary(root, DATA / "kaikki-french.jsonl")
    return DictionaryRegistry(root)


def origins(found: tuple[Translation, ...]) -> list[str]:
    """Each dictionary's origin once: the lexicon may add its senses "via other languages"."""
    return [t.origin for t in found if t.origin != PIVOT_ORIGIN]


def names(registry: DictionaryRegistry) -> list[str]:
    return [entry.name for entry in registry.all()]


def test_a_new_data_folder_has_the_bundled_dictionary(root: Path) -> None:
    registry = DictionaryRegistry(root)
    assert names(registry) == [BUNDLED_NAME]
    assert registry.all()[0].is_bundled
    assert DictionarySet.installed(root).dictionaries == (bundled_lexicon(),)
    assert not (root / "dictionaries").exists(), "reading creates nothing"


def test_imports_go_above_the_bundled_dictionary(three: DictionaryRegistry) -> None:
    assert names(three) == ["words", WIKTIONARY, BUNDLED_NAME]
    entries = three.all()
    assert [e.kind for e in entries] == ["csv", "kaikki", "bundled"]
    assert entries[0].entries == 5 and entries[0].imported.endswith("+00:00")


def test_translations_come_from_each_dictionary_in_order(
    root: Path, three: DictionaryRegistry
) -> None:
    found = DictionarySet.installed(root).translate("maison", "maison", "NOUN")
    assert origins(found) == ["words", BUNDLED_NAME]
    assert found[0].senses == ("house", "home")
    assert all(t.source is TranslationSource.DICTIONARY for t in found)
    chat = DictionarySet.installed(root).translate("chat", "chats", "NOUN")
    assert origins(chat) == [WIKTIONARY, BUNDLED_NAME]
    assert chat[0].ipa == "ʃa", "IPA kept from the dictionary that has it"


def test_reorder(root: Path, three: DictionaryRegistry) -> None:
    reordered = three.reorder([BUNDLED_NAME, "WORDS"])
    assert [e.name for e in reordered] == [BUNDLED_NAME, "words", WIKTIONARY]
    assert names(three) == [BUNDLED_NAME, "words", WIKTIONARY]
    found = DictionarySet.installed(root).translate("maison", "maison", "NOUN")
    assert origins(found) == [BUNDLED_NAME, "words"]
    with pytest.raises(DictionaryError, match="once"):
        three.reorder(["words", "words"])
    with pytest.raises(DictionaryError, match="No dictionary named «nope»"):
        three.reorder(["nope"])


def test_disable_and_enable(root: Path, three: DictionaryRegistry) -> None:
    assert not three.set_enabled(BUNDLED_NAME, False).enabled
    assert DictionarySet.installed(root).names == ("words", WIKTIONARY)
    three.set_enabled("words", False)
    assert DictionarySet.installed(root).names == (WIKTIONARY,)
    three.set_enabled(BUNDLED_NAME, True)
    assert DictionarySet.installed(root).names == (WIKTIONARY, BUNDLED_NAME)
    assert names(three) == ["words", WIKTIONARY, BUNDLED_NAME], "disabling keeps the order"


def test_remove(root: Path, three: DictionaryRegistry) -> None:
    entry = three.find("words")
    tsv = three.path_of(entry)
    assert tsv is not None and tsv.is_file() and index_path(tsv).is_file()
    assert three.remove("words") == entry
    assert names(three) == [WIKTIONARY, BUNDLED_NAME]
    assert not tsv.exists() and not index_path(tsv).exists()
    with pytest.raises(DictionaryError, match="cannot be removed: disable it"):
        three.remove(BUNDLED_NAME)
    with pytest.raises(DictionaryError, match="No dictionary named"):
        three.remove("words")


def test_a_missing_file_is_skipped_not_fatal(root: Path, three: DictionaryRegistry) -> None:
    entry = three.find("words")
    path = three.path_of(entry)
    assert path is not None
    path.unlink()
    assert not three.is_available(entry)
    assert DictionarySet.installed(root).names == (WIKTIONARY, BUNDLED_NAME)


def test_a_lost_index_is_rebuilt(root: Path, three: DictionaryRegistry) -> None:
    path = three.path_of(three.find(WIKTIONARY))
    assert path is not None
    index_path(path).unlink()
    rebuilt = ImportedDictionary(WIKTIONARY, path)
    assert [e.headword for e in rebuilt.lookup("chats")] == ["chat"]
    assert index_path(path).is_file()
    index_path(path).write_bytes(b"garbage")
    assert ImportedDictionary(WIKTIONARY, path).lookup("vite")[0].senses == ("quickly, fast",)


def test_a_damaged_list_says_so(root: Path, three: DictionaryRegistry) -> None:
    three.path.write_text("{not json", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"dictionary list .* is damaged"):
        three.all()


def test_glosser_asks_every_dictionary_then_the_model(
    root: Path, three: DictionaryRegistry
) -> None:
    asked: list[tuple[str, str]] = []

    def machine(lemma: str, form: str) -> Translation:
        asked.append((lemma, form))
        return Translation(
            ("machine answer",), TranslationSource.COGNATE, "machine translation (test)"
        )

    glosser = Glosser(None, dictionaries=DictionarySet.installed(root), machine=machine)
    assert origins(glosser.translations("maison", "maison", "NOUN")) == [
        "words",
        BUNDLED_NAME,
    ]
    assert asked == [], "the model is only asked when no dictionary knows the word"
    unknown = glosser.translations("infrastructurel", "infrastructurels", "ADJ")
    assert asked == [("infrastructurel", "infrastructurels")]
    assert unknown[0].origin == "machine translation (test)"
    assert glosser.noun_gender("pomme de terre") == "Fem", "genders from imported dictionaries"


def test_an_empty_set_is_not_the_bundled_one(root: Path) -> None:
    glosser = Glosser(None, dictionaries=DictionarySet([]))
    assert all(
        t.source is not TranslationSource.DICTIONARY
        for t in glosser.translations("maison", "maison", "NOUN")
    )


def test_lookup_shows_every_dictionary_in_order(root: Path, three: DictionaryRegistry) -> None:
    with Database.open_in(root) as store:
        result = lookup("maison", store)
    assert [t["origin"] for t in result["translations"] if t["origin"] != PIVOT_ORIGIN] == [
        "words",
        BUNDLED_NAME,
    ]
    assert result["translations"][0]["senses"] == ["house", "home"]


def test_lookup_of_an_inflected_form_finds_its_lemma(root: Path, three: DictionaryRegistry) -> None:
    with Database.open_in(root) as store:
        result = lookup("chats", store)
    assert result["lemma"] == "chat" and result["ipa"] == "ʃa"
    assert [t["origin"] for t in result["translations"] if t["origin"] != PIVOT_ORIGIN] == [
        WIKTIONARY,
        BUNDLED_NAME,
    ]

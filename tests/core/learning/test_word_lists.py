"""Word lists and a Kindle's vocab.db into the glossary: analysed, one entry per lemma."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.errors import Cancelled, InputError
from reader.core.learning.word_lists import import_words, read_items
from reader.core.models import Status
from reader.core.store import Database
from tests.core.kindle import kindle_db
from tests.core.learning_helpers import FixedClock, draft, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    with open_store(tmp_path / "glossary.sqlite3", FixedClock()) as opened:
        yield opened


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_with_a_header_row(store: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path / "mots.csv",
        "French,English,Example,Tags\n"
        'menées,"carried out, led",Les enquêtes ont été menées.,verbes\n'
        "mène,,Il mène la danse.,verbes B1\n"
        "maison,house,,\n"
        ",orphan,,\n",
    )
    result = import_words(store, path, tags=["liste"])
    assert (result.added, result.merged) == (2, 0)
    assert result.skipped == ("row 4: no word",)
    mener = store.glossary.find_by_lemma("mener")
    assert mener is not None
    assert mener.translation == "carried out, led"
    assert mener.pos == "VERB"
    assert [c.sentence for c in mener.contexts] == [
        "Les enquêtes ont été menées.",
        "Il mène la danse.",
    ]
    assert mener.contexts[0].word == "ont été menées"  # the verb group, as the card shows it
    assert set(mener.tags) == {"verbes", "B1", "liste"}
    assert mener.status is Status.LEARNING_1
    maison = store.glossary.find_by_lemma("maison")
    assert maison is not None
    assert (maison.translation, maison.contexts, maison.gender) == ("house", (), "Fem")


def test_tsv_without_header_and_existing_words(store: Database, tmp_path: Path) -> None:
    store.glossary.save(draft("aller", "Je vais bien.", word="vais", translation="to go"))
    path = write(
        tmp_path / "mots.tsv",
        "irons\t\tNous irons demain.\n"
        'hommes\t"men\tpeople"\n'
        "grand-mère\tgrandmother\n"
        "aujourd’hui\ttoday\n",
    )
    result = import_words(store, path)
    assert (result.added, result.merged) == (3, 1)
    aller = store.glossary.find_by_lemma("aller")
    assert aller is not None
    assert aller.translation == "to go"  # a blank translation keeps the learner's own
    assert [c.sentence for c in aller.contexts] == ["Je vais bien.", "Nous irons demain."]
    homme = store.glossary.find_by_lemma("homme")
    assert homme is not None and homme.translation == "men\tpeople"
    assert store.glossary.find_by_lemma("grand-mère") is not None
    assert store.glossary.find_by_lemma("aujourd'hui") is not None or store.glossary.find_by_lemma(
        "aujourd’hui"
    )


def test_semicolon_csv_and_anki_text_export(store: Database, tmp_path: Path) -> None:
    semicolons = write(tmp_path / "liste.csv", "mot;traduction\nchat;cat\nchien;dog\n")
    assert [item.word for item in read_items(semicolons)[0]] == ["chat", "chien"]
    anki = write(
        tmp_path / "anki.txt",
        "#separator:tab\n#html:true\n#columns:GUID\tWord\tTranslation\tTags\n"
        "x1\tchats\t<b>cats</b> &amp; kittens<br>felines\tanimaux\n",
    )
    (item,), _ = read_items(anki)
    assert (item.word, item.translation, item.tags) == (
        "chats",
        "cats & kittens\nfelines",
        ("animaux",),
    )


def test_kindle_vocab_db(store: Database, tmp_path: Path) -> None:
    path = kindle_db(tmp_path / "vocab.db")
    result = import_words(store, path)
    assert (result.added, result.merged) == (2, 0)  # mener (two lookups) and maison; not house
    assert store.glossary.find_by_lemma("house") is None
    mener = store.glossary.find_by_lemma("mener")
    assert mener is not None
    assert [(c.sentence, c.source_title) for c in mener.contexts] == [
        ("Les enquêtes ont été menées en secret.", "Bel-Ami"),
        ("Il mène la danse.", "Bel-Ami"),
    ]
    assert mener.contexts[0].created == "2025-03-01T20:00:00.000000+00:00"
    assert mener.translation  # from the dictionary: the list had none
    assert store.learning.status_of("maison") is Status.KNOWN  # mastered on the Kindle


def test_not_a_kindle_file(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="not a Kindle vocabulary file"):
        read_items(path)


def test_empty_or_missing_list(store: Database, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no words"):
        import_words(store, write(tmp_path / "blank.csv", "word,translation\n,\n"))
    with pytest.raises(InputError, match="does not exist"):
        import_words(store, tmp_path / "missing.csv")


def test_cancel_saves_nothing(store: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "mots.tsv", "chat\tcat\nchien\tdog\n")
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        import_words(store, path, cancel=cancel)
    assert store.glossary.count() == 0

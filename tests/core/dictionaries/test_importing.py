"""Importing kaikki, dictd, StarDict and CSV/TSV dictionaries, good files and broken ones."""

from __future__ import annotations

import gzip
import itertools
import shutil
import struct
import threading
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.dictionaries.dictionary import Dictionary
from reader.core.dictionaries.importing import detect_format, import_dictionary
from reader.core.dictionaries.registry import DictionaryRegistry
from reader.core.dictionaries.storage import ImportedDictionary
from reader.core.errors import Cancelled, DictionaryError
from tests.paths import DATA as TEST_DATA

DATA = TEST_DATA / "dictionaries"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def opened(root: Path, name: str) -> ImportedDictionary:
    registry = DictionaryRegistry(root)
    entry = registry.find(name)
    path = registry.path_of(entry)
    assert path is not None
    return ImportedDictionary(entry.name, path)


def files_in(root: Path) -> list[str]:
    folder = root / "dictionaries"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def assert_nothing_imported(root: Path) -> None:
    assert [e.name for e in DictionaryRegistry(root).all()] == ["French–English lexicon"]
    assert [name for name in files_in(root) if name != "dictionaries.json"] == []


# --- kaikki -------------------------------------------------------------------------------------


def test_kaikki_french_entries(root: Path) -> None:
    entry = import_dictionary(root, DATA / "kaikki-french.jsonl")
    assert (entry.name, entry.kind, entry.enabled) == ("Wiktionary (kaikki.org)", "kaikki", True)
    assert entry.source.endswith("kaikki-french.jsonl")
    words = opened(root, entry.name)
    assert len(words) == entry.entries
    (chat,) = words.lookup("chat")
    assert (chat.pos, chat.gender, chat.ipa) == ("NOUN", "Masc", "ʃa")
    assert chat.senses == ("cat", "tomcat (male cat)", "chat (online conversation)")
    assert words.lookup("vite")[0].ipa == "vit"
    assert words.lookup("vite")[0].senses == ("quickly, fast",)
    assert words.lookup("zorglub")[0].senses == ("made-up word / for tests",)
    assert words.lookup("coopération")[0].gender == "Fem", "from the sense tags"
    assert not words.lookup("Katze") and not words.lookup("cat"), "other languages skipped"


def test_kaikki_inflected_forms_lead_to_their_lemma(root: Path) -> None:
    words = opened(root, import_dictionary(root, DATA / "kaikki-french.jsonl").name)
    assert [e.headword for e in words.lookup("chats")] == ["chat"]
    assert [e.headword for e in words.lookup("chatte")] == ["chat"], "from the entry's forms"
    # menées: a noun of its own, then (via mené) the verb mener.
    assert [(e.headword, e.pos) for e in words.lookup("menées")] == [
        ("menées", "NOUN"),
        ("mener", "VERB"),
    ]
    assert words.lookup("menées")[0].gender == "Fem"
    assert words.lookup("mené")[0].senses[0] == "to lead, to take (someone somewhere)"
    assert not words.lookup("menant"), "conjugated forms come as entries of their own"


def test_imported_file_is_the_apps_tsv_format(root: Path) -> None:
    entry = import_dictionary(root, DATA / "kaikki-french.jsonl")
    tsv = root / "dictionaries" / entry.file
    plain = Dictionary.from_tsv(tsv, entry.name)
    assert len(plain) == entry.entries
    assert [e.senses for e in plain.lookup("chats")] == [("→ chat",), ("→ chat: plural of chat",)]
    assert tsv.read_text(encoding="utf-8").startswith("# Wiktionary (kaikki.org): imported")


def test_kaikki_gzip(root: Path, tmp_path: Path) -> None:
    packed = tmp_path / "french.jsonl.gz"
    packed.write_bytes(gzip.compress((DATA / "kaikki-french.jsonl").read_bytes()))
    entry = import_dictionary(root, packed, name="Wiktionary gz")
    assert opened(root, entry.name).lookup("chat")[0].ipa == "ʃa"


def test_kaikki_progress_by_bytes(root: Path) -> None:
    progress: list[tuple[int, int]] = []
    import_dictionary(
        root, DATA / "kaikki-french.jsonl", report=lambda d, t: progress.append((d, t))
    )
    size = (DATA / "kaikki-french.jsonl").stat().st_size
    assert progress[-1] == (size, size)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(progress))


def test_big_kaikki_file_in_bounded_memory(root: Path, tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = '{"word": "mot%d", "lang_code": "fr", "pos": "noun", "senses": [{"glosses": ["w%d"]}]}\n'
    other = '{"word": "Wort%d", "lang_code": "de", "pos": "noun", "senses": [{"glosses": ["w"]}]}\n'
    with open(path, "w", encoding="utf-8") as file:
        for number in range(20_000):
            file.write(line % (number, number))
            file.write(other % number)
    tracemalloc.start()
    entry = import_dictionary(root, path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert entry.entries == 20_000
    assert peak < 8_000_000, (
        f"peak {peak / 1e6:.1f} MB for a {path.stat().st_size / 1e6:.1f} MB file"
    )
    assert opened(root, entry.name).lookup("mot19999")[0].senses == ("w19999",)


# --- CSV / TSV ----------------------------------------------------------------------------------


def test_csv_word_list(root: Path) -> None:
    entry = import_dictionary(root, DATA / "words.csv")
    assert (entry.name, entry.kind, entry.entries) == ("words", "csv", 5)
    words = opened(root, "words")
    (maison,) = words.lookup("maison")
    assert (maison.pos, maison.senses) == ("NOUN", ("house", "home"))
    (pomme,) = words.lookup("pomme de terre")
    assert (pomme.pos, pomme.gender, pomme.senses) == ("NOUN", "Fem", ("potato",))
    assert words.lookup("courir")[0].senses == ("to run", "to hurry")
    assert words.lookup("zorglub")[0].senses == ("gadget, thingamajig",)
    assert words.lookup("deja") == () and words.lookup("déjà")[0].senses == ("already",)
    assert not words.lookup("word"), "the header row is not an entry"


def test_tsv_word_list_with_bom(root: Path) -> None:
    import_dictionary(root, DATA / "words.tsv", name="Mes mots")
    words = opened(root, "mes mots")
    assert words.lookup("maison")[0].pos == "NOUN"
    (chat,) = words.lookup("chat")
    assert (chat.pos, chat.gender, chat.senses) == ("NOUN", "Masc", ("tomcat",))


# --- dictd --------------------------------------------------------------------------------------


def test_dictd(root: Path) -> None:
    entry = import_dictionary(root, DATA / "freedict-sample.index")
    assert (entry.name, entry.kind, entry.entries) == (
        "Sample French-English FreeDict Dictionary",
        "dictd",
        5,
    )
    words = opened(root, entry.name)
    (maison,) = words.lookup("maison")
    assert (maison.pos, maison.gender, maison.ipa) == ("NOUN", "Fem", "mɛzɔ̃")
    assert maison.senses == ("house", "home", '"maison de campagne" country house')
    assert words.lookup("abat jour")[0].headword == "abat-jour"
    assert words.lookup("bonjour")[0].senses == ("hello; good morning",)
    assert not words.lookup("00-database-short")


def test_dictd_dictzip(root: Path, tmp_path: Path) -> None:
    shutil.copy(DATA / "freedict-sample.index", tmp_path / "sample.index")
    (tmp_path / "sample.dict.dz").write_bytes(
        gzip.compress((DATA / "freedict-sample.dict").read_bytes())
    )
    entry = import_dictionary(root, tmp_path / "sample.dict.dz", name="dz")
    assert entry.kind == "dictd" and entry.entries == 5
    assert opened(root, "dz").lookup("grand")[0].senses == ("big", "tall", "great")


# --- StarDict -----------------------------------------------------------------------------------

ARTICLES = [("chat", "cat\ntomcat"), ("maison", "house"), ("vite", "quickly")]


def make_stardict(
    folder: Path,
    articles: list[tuple[str, str]] = ARTICLES,
    *,
    types: str = "m",
    offset_bits: int = 32,
    synonyms: tuple[tuple[str, int], ...] = (("chatte", 0),),
    count: int | None = None,
    encode: Callable[[str], bytes] = lambda text: text.encode("utf-8"),
) -> Path:
    """NAME.ifo, NAME.idx, NAME.dict.dz and NAME.syn, written with struct as StarDict does."""
    data, index = b"", b""
    for word, text in sorted(articles):
        body = encode(text)
        number = struct.pack(">QI" if offset_bits == 64 else ">II", len(data), len(body))
        index += encode(word) + b"\0" + number
        data += body
    (folder / "tiny.idx").write_bytes(index)
    (folder / "tiny.dict.dz").write_bytes(gzip.compress(data))
    syn = b"".join(encode(word) + b"\0" + struct.pack(">I", at) for word, at in synonyms)
    (folder / "tiny.syn").write_bytes(syn)
    lines = [
        "StarDict's dict ifo file",
        "version=3.0.0",
        "bookname=Tiny StarDict",
        f"wordcount={len(articles) if count is None else count}",
        f"synwordcount={len(synonyms)}",
        f"idxfilesize={len(index)}",
        f"idxoffsetbits={offset_bits}",
    ]
    if types:
        lines.append(f"sametypesequence={types}")
    (folder / "tiny.ifo").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "tiny.ifo"


def test_stardict(root: Path, tmp_path: Path) -> None:
    entry = import_dictionary(root, make_stardict(tmp_path))
    assert (entry.name, entry.kind, entry.entries) == ("Tiny StarDict", "stardict", 4)
    words = opened(root, entry.name)
    assert words.lookup("chat")[0].senses == ("cat", "tomcat")
    assert [e.headword for e in words.lookup("chatte")] == ["chat"], "a synonym leads to its word"


def test_stardict_64_bit_offsets_and_typed_fields(root: Path, tmp_path: Path) -> None:
    """Without sametypesequence each field carries its type: t (phonetic), h (HTML)."""
    articles = [
        ("chat", "t/ʃa/\0h<b>chat</b><br>cat<br>tomcat &amp; co\0"),
        ("vite", "mquickly\0"),
    ]
    ifo = make_stardict(tmp_path, articles, types="", offset_bits=64, synonyms=())
    import_dictionary(root, ifo)
    words = opened(root, "Tiny StarDict")
    (chat,) = words.lookup("chat")
    assert chat.ipa == "ʃa"
    assert chat.senses == ("cat", "tomcat & co")
    assert words.lookup("vite")[0].senses == ("quickly",)


def test_format_detection() -> None:
    assert detect_format(DATA / "kaikki-french.jsonl") == "kaikki"
    assert detect_format(DATA / "words.csv") == "csv"
    assert detect_format(DATA / "words.tsv") == "csv"
    assert detect_format(DATA / "freedict-sample.index") == "dictd"
    assert detect_format(DATA / "freedict-sample.dict") == "dictd"


def test_format_detection_by_content(tmp_path: Path) -> None:
    shutil.copy(DATA / "kaikki-french.jsonl", tmp_path / "download")
    assert detect_format(tmp_path / "download") == "kaikki"
    ifo = make_stardict(tmp_path)
    assert detect_format(tmp_path / "tiny.dict.dz") == "stardict"
    shutil.copy(ifo, tmp_path / "description")
    assert detect_format(tmp_path / "description") == "stardict"
    (tmp_path / "mystery").write_bytes(b"\x00\x01binary")
    with pytest.raises(DictionaryError, match="--format"):
        detect_format(tmp_path / "mystery")


def test_a_folder_stands_for_its_dictionary(root: Path, tmp_path: Path) -> None:
    make_stardict(tmp_path)
    assert import_dictionary(root, tmp_path).kind == "stardict"


# --- broken input: a clear error and nothing imported -------------------------------------------


def _copy(name: str) -> Callable[[Path], Path]:
    def copied(folder: Path) -> Path:
        return Path(shutil.copy(DATA / name, folder / name))

    return copied


def _dictd_truncated(folder: Path) -> Path:
    shutil.copy(DATA / "freedict-sample.index", folder / "cut.index")
    (folder / "cut.dict").write_bytes((DATA / "freedict-sample.dict").read_bytes()[:200])
    return folder / "cut.index"


def _dictd_bad_index(folder: Path) -> Path:
    (folder / "bad.index").write_text("maison\tA\nchat\t!!\tB\n", encoding="utf-8")
    (folder / "bad.dict").write_text("x", encoding="utf-8")
    return folder / "bad.index"


def _dictd_no_data(folder: Path) -> Path:
    shutil.copy(DATA / "freedict-sample.index", folder / "alone.index")
    return folder / "alone.index"


def _dictzip_truncated(folder: Path) -> Path:
    shutil.copy(DATA / "freedict-sample.index", folder / "cut.index")
    packed = gzip.compress((DATA / "freedict-sample.dict").read_bytes())
    (folder / "cut.dict.dz").write_bytes(packed[: len(packed) // 2])
    return folder / "cut.index"


def _stardict_truncated_index(folder: Path) -> Path:
    ifo = make_stardict(folder)
    idx = folder / "tiny.idx"
    idx.write_bytes(idx.read_bytes()[:-3])
    return ifo


def _stardict_wrong_count(folder: Path) -> Path:
    return make_stardict(folder, count=7)


def _stardict_latin1(folder: Path) -> Path:
    return make_stardict(
        folder, [("déjà", "already")], synonyms=(), encode=lambda t: t.encode("latin-1")
    )


def _stardict_not_ifo(folder: Path) -> Path:
    ifo = make_stardict(folder)
    ifo.write_text("Some other file\nbookname=x\n", encoding="utf-8")
    return ifo


def _binary(folder: Path) -> Path:
    (folder / "words.csv").write_bytes(b"\x00\x01\x02binary\x00")
    return folder / "words.csv"


BROKEN: dict[str, tuple[Callable[[Path], Path], str | None, str]] = {
    "kaikki truncated": (_copy("kaikki-truncated.jsonl"), None, "truncated"),
    "kaikki wrong encoding": (_copy("kaikki-latin1.jsonl"), None, "not UTF-8"),
    "kaikki without French": (_copy("kaikki-no-french.jsonl"), None, "no French entries"),
    "CSV given as kaikki": (_copy("words.csv"), "kaikki", "not a kaikki.org JSON-lines file"),
    "kaikki given as CSV": (_copy("kaikki-french.jsonl"), "csv", "looks like JSON"),
    "CSV wrong encoding": (_copy("words-cp1252.csv"), None, r"not UTF-8 text \(line 2\)"),
    "CSV missing column": (_copy("words-broken.csv"), None, "line 2: expected"),
    "binary as CSV": (_binary, None, "not a text file"),
    "dictd truncated": (_dictd_truncated, None, "truncated"),
    "dictzip truncated": (_dictzip_truncated, None, "truncated or damaged"),
    "dictd bad index": (_dictd_bad_index, None, "line 1 should be"),
    "dictd without data": (_dictd_no_data, None, "needs both"),
    "StarDict truncated index": (_stardict_truncated_index, None, "truncated"),
    "StarDict wrong word count": (_stardict_wrong_count, None, "announces 7"),
    "StarDict wrong encoding": (_stardict_latin1, None, "not UTF-8"),
    "StarDict not an ifo": (_stardict_not_ifo, None, "not a StarDict .ifo"),
    "dictd given as StarDict": (_copy("freedict-sample.index"), "stardict", "needs .*ifo"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_files_import_nothing(case: str, root: Path, tmp_path: Path) -> None:
    make, kind, message = BROKEN[case]
    source = tmp_path / "source"
    source.mkdir()
    with pytest.raises(DictionaryError, match=message):
        import_dictionary(root, make(source), kind=kind)
    assert_nothing_imported(root)


def test_missing_file(root: Path, tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="does not exist"):
        import_dictionary(root, tmp_path / "nothing.jsonl")


def test_cancel_imports_nothing(root: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        import_dictionary(root, DATA / "kaikki-french.jsonl", cancel=cancel)
    assert_nothing_imported(root)


def test_same_name_twice(root: Path) -> None:
    import_dictionary(root, DATA / "words.csv")
    with pytest.raises(DictionaryError, match=r"already installed.*--name"):
        import_dictionary(root, DATA / "words.tsv", name="Words")
    assert [e.name for e in DictionaryRegistry(root).all()] == ["words", "French–English lexicon"]
    second = import_dictionary(root, DATA / "words.tsv", name="words 2")
    assert second.file == "words-2.tsv"

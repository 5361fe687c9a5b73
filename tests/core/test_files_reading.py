"""Reading text files in every encoding a French learner is likely to meet."""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import Any

import pytest

from reader.core.errors import InputError
from reader.core.files import decode_bytes, read_text_file
from tests.corpus import corpus_file, news

SENTENCE = "Là-bas, l'élève était très âgé — « déjà » œuvre"
# Latin-1 has no dash, no œ and no curly quotes; everything else French it has.
LATIN1_SENTENCE = "Là-bas, l'élève était très âgé, « déjà » Noël à l'hôtel"
TRAPS = "L\u2019homme s'est levé aujourd'hui\u00a0; c'est-à-dire, dit-il : « jusqu'à demain ! »"
PARAGRAPH = (
    "La coopération militaire entre la Russie et la Chine s'est renforcée cette année. "
    "Les deux pays ont mené des exercices communs près des côtes, et les ministres "
    "de la Défense se sont rencontrés à Pékin. « Nos relations n'ont jamais été aussi "
    "étroites », a déclaré l'un d'eux, précisant que d'autres manœuvres étaient prévues.\r\n"
)


def write(tmp_path: Path, data: bytes, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (SENTENCE, "utf-8"),
        (TRAPS, "utf-8"),
        (SENTENCE, "cp1252"),
        (LATIN1_SENTENCE, "latin-1"),
        ("café", "cp1252"),
        ("café", "latin-1"),
        ("très", "cp1252"),
        ("Noël", "latin-1"),
        ("à", "cp1252"),
        ("Ô", "latin-1"),
        ("« Oui »", "cp1252"),
        ("ÉCOLE", "cp1252"),
        ("Œuf", "cp1252"),
        ("l\u2019homme", "cp1252"),
        (PARAGRAPH, "cp1252"),
        (PARAGRAPH * 20, "cp1252"),
        (SENTENCE, "utf-16-le"),
        (SENTENCE, "utf-16-be"),
        (PARAGRAPH, "utf-16-le"),
        ("café", "utf-16-be"),
    ],
)
def test_decodes_each_encoding_exactly(tmp_path: Path, text: str, encoding: str) -> None:
    assert read_text_file(write(tmp_path, text.encode(encoding))) == text


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_removes_the_byte_order_mark_only(tmp_path: Path, bom: bytes, encoding: str) -> None:
    text = "\ufeff est gardé au milieu ; " + SENTENCE
    assert read_text_file(write(tmp_path, bom + text.encode(encoding))) == text


def test_keeps_line_endings_and_spaces_as_written() -> None:
    text = "  Première ligne\r\nDeuxième\u00a0: ligne\rTroisième\n\n\tfin  "
    assert decode_bytes(text.encode("utf-8")) == text
    assert decode_bytes(text.encode("cp1252")) == text


def test_mac_roman_french_falls_back_to_detection() -> None:
    text = PARAGRAPH.replace("œ", "oe")
    assert decode_bytes(text.encode("mac_roman")) == text


def test_dos_end_of_file_mark_is_still_text() -> None:
    assert decode_bytes("Fin du fichier.\r\n\x1a".encode("cp1252")) == "Fin du fichier.\r\n\x1a"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_text_file(tmp_path / "absent.txt")


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        read_text_file(tmp_path)


@pytest.mark.parametrize(
    "data",
    [b"", b"   \r\n\t\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + "  \n".encode("utf-16-le")],
)
def test_empty_or_blank_file(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match="is empty"):
        read_text_file(write(tmp_path, data))


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
        b"caf\xe9\x00\x00\x01\x02 binaire",
        bytes(range(1, 32)) * 20,
        bytes(range(256)) * 4,
    ],
)
def test_binary_data_is_not_text(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match="is not a text file"):
        read_text_file(write(tmp_path, data, "photo.png"))


def test_random_bytes_are_not_text() -> None:
    data = bytes((index * 7919 + 13) % 256 for index in range(4096))
    with pytest.raises(InputError, match="not a text file"):
        decode_bytes(data, name="blob.bin")


def test_broken_utf16_with_a_mark_is_a_clear_error() -> None:
    data = codecs.BOM_UTF16_LE + "texte".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(InputError, match="UTF-16") as caught:
        decode_bytes(data, name="broken.txt")
    assert "broken.txt" in str(caught.value)


def test_too_large_file_names_size_and_limit(tmp_path: Path) -> None:
    path = write(tmp_path, ("é" * 600_000).encode("utf-8"))
    with pytest.raises(InputError, match="too large") as caught:
        read_text_file(path, max_bytes=1_000_000)
    assert "1.2 MB" in str(caught.value)
    assert "1.0 MB" in str(caught.value)


def test_small_limit_is_given_in_bytes(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="20 bytes"):
        read_text_file(write(tmp_path, b"x" * 30), max_bytes=20)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root reads any file, and tests run as root here: the system's refusal to open this
    # one file is made by hand (every other path opens as usual).
    path = write(tmp_path, b"secret")
    real_open = os.open

    def refuse(name: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(name) == path:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(InputError, match="permission denied"):
        read_text_file(path)


def test_decode_bytes_names_its_input_in_errors() -> None:
    with pytest.raises(InputError, match=r"^clipboard is empty"):
        decode_bytes(b"", name="clipboard")


def clean_article() -> str:
    """A real article and a novel's opening, kept to characters Latin-1 can write, so every
    hostile encoding below can hold the same text."""
    paragraphs = news()[3].read_text(encoding="utf-8").splitlines()
    paragraphs += corpus_file("novel_daudet_petit_chose.txt").read_text().splitlines()[:60]
    kept = [p for p in paragraphs if _latin1(p)]
    return "\n".join(kept) + "\n"


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def halves(text: str) -> tuple[str, str]:
    lines = text.splitlines(keepends=True)
    return "".join(lines[: len(lines) // 2]), "".join(lines[len(lines) // 2 :])


def crlf_every_other_line(text: str) -> str:
    lines = text.splitlines()
    return "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(lines))


def hostile(text: str, kind: str) -> bytes:
    """The same article as the five files users sent that broke other readers."""
    first, second = halves(text)
    if kind == "utf8-then-latin1":
        return crlf_every_other_line(first).encode() + crlf_every_other_line(second).encode(
            "latin-1"
        )
    if kind == "latin1-then-utf8":
        return first.encode("latin-1") + second.encode()
    if kind == "double-encoded":  # UTF-8 read as Windows-1252 and saved again as UTF-8
        return text.encode().decode("cp1252", errors="replace").encode()
    if kind == "bom-with-garbled-half":
        garbled = second.encode().decode("cp1252", errors="replace")
        return codecs.BOM_UTF8 + (first + garbled).encode()
    assert kind == "utf16-no-bom-crlf"
    return text.replace("\n", "\r\n").encode("utf-16-le")


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize(
    "kind",
    [
        "utf8-then-latin1",
        "latin1-then-utf8",
        "double-encoded",
        "bom-with-garbled-half",
        "utf16-no-bom-crlf",
    ],
)
def test_hostile_encodings_read_word_for_word(kind: str) -> None:
    clean = clean_article()
    decoded = decode_bytes(hostile(clean, kind))
    assert words(decoded) == words(clean)
    assert len(words(clean)) > 1_000


def test_each_line_keeps_its_own_encoding() -> None:
    data = "Une caissière d'été\n".encode() + "Le château à Noël\r\n".encode("latin-1")
    assert decode_bytes(data) == "Une caissière d'été\nLe château à Noël\r\n"


def test_well_formed_text_that_merely_looks_odd_is_left_alone() -> None:
    text = "Â l'époque, « Ã » était une lettre du portugais ; le château.\n"
    assert decode_bytes(text.encode()) == text

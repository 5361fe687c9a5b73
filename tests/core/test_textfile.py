"""Reading text files in every encoding a French learner is likely to meet."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.core.errors import InputError
from reader.core.textfile import decode_bytes, read_text_file

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
    # Root reads any file, and tests run as root here: let the OS refusal come from read_bytes.
    path = write(tmp_path, b"secret")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError, match="permission denied"):
        read_text_file(path)


def test_decode_bytes_names_its_input_in_errors() -> None:
    with pytest.raises(InputError, match=r"^clipboard is empty"):
        decode_bytes(b"", name="clipboard")

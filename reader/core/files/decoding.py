"""Decoding a text file's bytes whatever their encoding: UTF-8, UTF-16/32, a legacy French
code page, a mix of them line by line, or UTF-8 garbled by a wrong decoding on the way
(mojibake)."""

from __future__ import annotations

import codecs
import re
from types import ModuleType

from reader.core.errors import InputError

# Longest marks first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF16_32 = ["utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"]
# Below this size charset-normalizer guesses wildly (big5 for "très", cp932 for "Ô").
_RELIABLE_GUESS_BYTES = 256
# Control characters text never holds; \t \n \v \f \r are allowed, and so is \x1a,
# the end-of-file mark of old DOS files.
_BINARY_CONTROLS = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f]")
_MAX_CONTROL_RATIO = 0.01
# The first two characters of a UTF-8 accented letter or typographic sign read as Windows-1252
# or Latin-1: a lead byte (Â Ã Ä Å â) and a continuation byte (0x80-0xBF in either code page).
# French never writes such a pair, so only lines holding one are shown to ftfy.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00c5\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039"
    "\u203a\u20ac\u2122]"
)


def decode_bytes(data: bytes, *, name: str = "text") -> str:
    """Decode bytes of unknown encoding; InputError if they are empty or not text."""
    if not data:
        raise InputError(f"{name} is empty.")
    text = _repair_mojibake(_decode(data, name))
    if not text.strip():
        raise InputError(f"{name} is empty (it holds only spaces or blank lines).")
    if not _looks_like_text(text):
        raise InputError(f"{name} is not a text file (it looks like binary data).")
    return text


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, name)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise InputError(f"{name} is not a text file (it contains binary data).")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        lines = data.splitlines(keepends=True)
        return _decode_lines(lines) if _has_utf8_line(lines) else _decode_legacy(data, name)


def _has_utf8_line(lines: list[bytes]) -> bool:
    """Whether some line is UTF-8 beyond ASCII: then the file mixes encodings (files pasted
    together), since a legacy French line is almost never valid UTF-8 by chance."""
    return any(not line.isascii() and _utf8(line) is not None for line in lines)


def _decode_lines(lines: list[bytes]) -> str:
    """Each line in its own encoding: UTF-8 where it is valid, else Windows-1252 (Latin-1 for
    the five bytes Windows-1252 leaves undefined)."""
    return "".join(_utf8(line) or _cp1252_or_latin1(line) for line in lines)


def _utf8(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _cp1252_or_latin1(line: bytes) -> str:
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:
        return line.decode("latin-1")


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 ("Ã©tÃ©" -> "été"), line by line, and only on lines ftfy
    finds certainly garbled, so well-formed text is returned exactly as written."""
    if _MOJIBAKE.search(text) is None:
        return text
    import ftfy  # deferred: only text that looks garbled pays for it

    lines = text.splitlines(keepends=True)
    return "".join(_repair_line(line, ftfy) for line in lines)


def _repair_line(line: str, ftfy: ModuleType) -> str:
    if _MOJIBAKE.search(line) is None or not ftfy.is_bad(line):
        return line
    return str(ftfy.fix_encoding(line))


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        label = encoding.upper().replace("-LE", "").replace("-BE", "")
        raise InputError(
            f"{name} starts with a {label} marker but is not valid {label} "
            f"(bad bytes at position {exc.start}). Save it again as UTF-8."
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a mark: Latin text has a zero in every other byte."""
    half = len(data) // 2
    if half == 0 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    encoding = _dominant_zero_side(even, odd, half)
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _dominant_zero_side(even: int, odd: int, half: int) -> str | None:
    def many(count: int) -> bool:
        return count >= half * 0.4

    def few(count: int) -> bool:
        return count <= half * 0.05

    if many(odd) and few(even):
        return "utf-16-le"
    if many(even) and few(odd):
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes, name: str) -> str:
    """Not UTF-8: almost always Windows-1252 or Latin-1 for French text."""
    guess = _guess(data)
    if guess is not None and len(data) >= _RELIABLE_GUESS_BYTES and _is_multi_byte(guess):
        return data.decode(guess, errors="replace")
    try:
        # cp1252 is a superset of Latin-1's printable characters (adds œ, €, « curly quotes »).
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    if guess is not None:
        return data.decode(guess, errors="replace")
    raise InputError(f"{name} is not a text file (its encoding cannot be recognised).")


def _guess(data: bytes) -> str | None:
    # Without a byte-order mark, UTF-16 is handled above; charset-normalizer
    # mistakes short Latin text for it ("café" -> utf_16_be).
    # Loaded on the first file of unknown encoding, not by every module that writes a file.
    import charset_normalizer

    match = charset_normalizer.from_bytes(data, cp_exclusion=_UTF16_32).best()
    return None if match is None else str(match.encoding)


def _is_multi_byte(encoding: str) -> bool:
    sample = bytes(range(256))
    return len(sample.decode(encoding, errors="replace")) != len(sample)


def _looks_like_text(text: str) -> bool:
    return len(_BINARY_CONTROLS.findall(text)) <= len(text) * _MAX_CONTROL_RATIO

"""Re-cut spaCy's French tokens into the units a learner sees as words.

spaCy splits `c'est-à-dire`, `quelqu'un` and `états-majors` into pieces and glues the final
period to `y.` in `Allons-y.`; it keeps `dit` `-il` apart, which is right. The rules below work
on the token strings and rebuild the Doc, so the model sees the same units the learner clicks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the rules alone (regroup) serve the window's quick look without spaCy
    from spacy.tokens import Doc

# Pronouns that follow a verb with a hyphen: inversion (dit-il) or imperative (prends-le).
CLITICS = frozenset(
    "je tu il elle on nous vous ils elles le la les lui leur moi toi y en ce m' t' l'".split()
)
# Words that spaCy splits but a learner sees as one, longest first when they overlap.
FIXED_UNITS = frozenset(
    {
        "c'est-à-dire",
        "peut-être",
        "quelqu'un",
        "quelqu'une",
        "aujourd'hui",
        "presqu'île",
        "prud'homme",
        "rendez-vous",
        "cessez-le-feu",
        "vis-à-vis",
        "après-midi",
        "au-delà",
        "au-dessus",
        "au-dessous",
        "là-bas",
    }
)
_LONGEST_FIXED = 8  # spaCy pieces in the longest fixed unit (c' est - à - dire)
# Every start of a fixed unit: pieces that do not spell one stop the search at once.
_FIXED_PREFIXES = frozenset(unit[:end] for unit in FIXED_UNITS for end in range(1, len(unit) + 1))
HYPHENS = ("-",)
# The fixed units without a hyphen (quelqu'un, aujourd'hui): in a text without a hyphen, only
# one of these, written in it, can change spaCy's pieces.
_UNHYPHENATED_UNITS = tuple(sorted(unit for unit in FIXED_UNITS if "-" not in unit))

Piece = tuple[str, bool]  # token text, followed by a space
# An elided word glued to a quotation mark and the quoted word (l'"exigence, d'«abord).
_QUOTE_AFTER_ELISION = re.compile(r"['’][\"“«]")
_QUOTED_ELISION = re.compile(
    r"^((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’])([\"“«])(\w.*)$", re.IGNORECASE
)


def regroup(pieces: list[Piece]) -> list[Piece]:
    """Merge and split spaCy pieces into learner units."""
    pieces = _split_quoted_elisions(pieces)
    pieces = _merge_fixed_units(pieces)
    if not any(text.startswith("-") for text, _ in pieces):
        return pieces  # the hyphen rules below all need a piece that starts with one
    pieces = _attach_hyphens(pieces)
    return _merge_hyphenated(pieces)


def _split_quoted_elisions(pieces: list[Piece]) -> list[Piece]:
    """`l'"exigence` -> `l'` `"` `exigence`: spaCy keeps an elided word, the quotation mark
    after it and the quoted word as one piece."""
    if not any(_QUOTE_AFTER_ELISION.search(text) for text, _ in pieces):
        return pieces
    out: list[Piece] = []
    for text, space in pieces:
        match = _QUOTED_ELISION.match(text)
        if match is None:
            out.append((text, space))
        else:
            elided, quote, word = match.groups()
            out.extend([(elided, False), (quote, False), (word, space)])
    return out


def _merge_fixed_units(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        # A unit's first piece starts it: most pieces are passed over without a search.
        first = pieces[i][0].lower() in _FIXED_PREFIXES
        length = _fixed_unit_length(pieces, i) if first else 0
        if length > 1:
            out.append(
                ("".join(text for text, _ in pieces[i : i + length]), pieces[i + length - 1][1])
            )
            i += length
        else:
            out.append(pieces[i])
            i += 1
    return out


def _fixed_unit_length(pieces: list[Piece], start: int) -> int:
    """How many attached pieces from start spell a fixed unit (0 if none)."""
    best, joined = 0, ""
    for offset in range(start, min(start + _LONGEST_FIXED, len(pieces))):
        text, space = pieces[offset]
        joined += text.lower()
        if joined not in _FIXED_PREFIXES:
            break  # no fixed unit starts so: nor will a longer run
        if joined in FIXED_UNITS:
            best = offset - start + 1
        if space:
            break
    return best


def _attach_hyphens(pieces: list[Piece]) -> list[Piece]:
    """Glue a lone hyphen between two words to the word after it: `-` `le` -> `-le`."""
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        text, space = pieces[i]
        attached = (
            text in HYPHENS
            and not space
            and out
            and not out[-1][1]
            and i + 1 < len(pieces)
            and pieces[i + 1][0][:1].isalnum()
        )
        if attached:
            following, following_space = pieces[i + 1]
            out.extend(_split_final_period("-" + following, following_space))
            i += 2
        else:
            out.append(pieces[i])
            i += 1
    return out


def _split_final_period(text: str, space: bool) -> list[Piece]:
    """`-y.` -> `-y` `.`: spaCy reads `y.` as an abbreviation."""
    if text.endswith(".") and text[1:-1].lower() in CLITICS:
        return [(text[:-1], False), (".", space)]
    return [(text, space)]


def _merge_hyphenated(pieces: list[Piece]) -> list[Piece]:
    """Join `-word` to the word before unless it is a pronoun (dit-il, a-t-il, va-t'en)."""
    out: list[Piece] = []
    for text, space in pieces:
        previous_attached = bool(out) and not out[-1][1]
        if previous_attached and text.startswith("-") and len(text) > 1:
            before = out[-1][0]
            if _is_euphonic_t(before):
                out[-1] = (before + text, space)  # -t + -il -> -t-il
            elif _is_clitic(text) or _is_euphonic_t(text):
                out.append((text, space))
            elif not _is_clitic(before) and before[-1:].isalnum():
                out[-1] = (before + text, space)  # états + -majors -> états-majors
            else:
                out.append((text, space))
        elif previous_attached and _is_elided_clitic(out[-1][0]) and text.lower() in CLITICS:
            out[-1] = (out[-1][0] + text, space)  # -t' + en -> -t'en
        else:
            out.append((text, space))
    return out


def _is_clitic(text: str) -> bool:
    return text.startswith("-") and text[1:].lower() in CLITICS


def _is_euphonic_t(text: str) -> bool:
    return text.lower() == "-t"


def _is_elided_clitic(text: str) -> bool:
    return text.lower() in ("-t'", "-m'", "-l'")


def _has_unhyphenated_unit(text: str) -> bool:
    if "'" not in text:
        return False
    lowered = text.lower()
    return any(unit in lowered for unit in _UNHYPHENATED_UNITS)


class LearnerTokenizer:
    """Wraps spaCy's tokenizer: same pieces, regrouped into learner units."""

    def __init__(self, base: Callable[[str], Doc]) -> None:
        self.base = base

    def __call__(self, text: str) -> Doc:
        doc = self.base(text)
        if (
            "-" not in text
            and not _has_unhyphenated_unit(text)
            and not _QUOTE_AFTER_ELISION.search(text)
        ):
            # Every hyphen rule needs a hyphen, a unit is a run of attached pieces, so it is
            # written in the text, and so is a quotation mark after an elision: most
            # paragraphs are passed over without making their tokens' pieces (issue 14).
            return doc
        pieces = [(token.text, bool(token.whitespace_)) for token in doc]
        regrouped = regroup(pieces)
        if regrouped == pieces:
            return doc
        words = [text for text, _ in regrouped]
        spaces = [space for _, space in regrouped]
        return type(doc)(doc.vocab, words=words, spaces=spaces)

    # spaCy serialises the tokenizer with the pipeline; delegate so nlp.to_disk still works.
    def __getattr__(self, name: str) -> Any:
        return getattr(self.base, name)

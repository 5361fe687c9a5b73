"""The expressions a text is searched for: the project's phrase lists (resources/phrases/:
fixed phrases, verbal idioms, split constructions, pronominal verbs, verbs with the preposition
they govern) and the bundled lexicon's multi-word headwords, each read into an Entry, the
pattern the matcher looks for (SPEC.md gives the contract)."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reader.core.analysis.expressions.words import GAP, match_key, words
from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
from reader.core.paths import resources_dir

FOLDER = "phrases"
LIST_FILES = ("expressions.tsv", "pronominal.tsv", "governed.tsv")
# Where an expression comes from; the lists are written for learners and win over the lexicon.
EXPRESSIONS, PRONOMINAL, GOVERNED, LEXICON = "expressions", "pronominal", "governed", "lexicon"
SOURCE_RANK = {EXPRESSIONS: 0, PRONOMINAL: 0, GOVERNED: 1, LEXICON: 2}
# Kinds of pattern (SPEC.md, "By kind"), plus the two lists' own.
FIXED, AGREEING, VERBAL, SPLIT = "fixed", "agreeing", "verbal", "split"
PREPOSITIONS = frozenset("à de sur pour par en avec contre dans vers parmi".split())
REFLEXIVE = frozenset({"se", "s'"})
CLITICS = frozenset({"en", "y"})
# Words a verbal entry may have before its head (il y a, il s'agit de, l'emporter, en avoir).
BEFORE_HEAD = frozenset({"il", "y", "se", "s'", "en", "ne", "n'", "le", "la", "l'"})
VERB_ENDINGS = ("er", "ir", "re", "ïr")
# The lexicon's multi-word headwords kept as expressions: plain words only, no names.
_PLAIN = re.compile(r"^[a-zàâäçéèêëîïôöùûüÿœæ][\w'’ -]*$")
# Words that never make a lexicon headword an expression by themselves (de la, en ce).
_FUNCTION_WORDS = frozenset(
    "à au aux de du des le la les l un une en y ce cet cette ces se sa son ses que qui dont ou "
    "et il elle on ne pas par pour sur dans avec est a être avoir".split()
)
_LEXICON_BAND = 3
# Who a lexicon headword "à ..." may name: a preposition and its object, no idiom.
_PERSONS = frozenset(
    {*"moi toi soi lui elle nous vous eux elles personne chacun".split(), "tout le monde"}
)
# A lexicon headword that starts with an article (la nuit, le matin) is found inside ordinary
# phrases (dans la nuit): not an expression.
_ARTICLES = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux"})
# Ordinals before personne: the grammar's first person only "du singulier", "du pluriel" (their
# own headwords); alone, the first person one meets.
_ORDINALS = frozenset({"première", "deuxième", "seconde", "troisième"})
# The lexicon's faire + infinitive headwords that are far more often a plain causative (faire
# jouer les enfants, faire marcher la machine, faire tourner le moteur, faire chanter la
# chorale: make play, run, sing) than the idiom the lexicon gives (action, fool, pass round,
# blackmail): the causative construction reads them (constructions.tsv).
_LITERAL_CAUSATIVES = frozenset(
    "jouer marcher tourner tournoyer avancer accepter glisser paître chanter".split()
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One expression as a pattern of normalised words (words.key)."""

    lemma: str  # its dictionary form: avoir lieu, ne ... que, se rendre compte, convenir de
    source: str  # EXPRESSIONS, PRONOMINAL, GOVERNED or LEXICON
    kind: str  # FIXED, AGREEING, VERBAL, SPLIT; a pronominal or governed entry is VERBAL
    pos: str  # what the unit does: ADV, ADP, VERB, NOUN ... (SPEC.md)
    band: int  # 1 core, 2 common, 3 rarer (the lexicon's are 3)
    parts: tuple[tuple[str, ...], ...]  # the words; SPLIT: one tuple per part between gaps;
    # VERBAL: the words after the head
    head: str = ""  # VERBAL: the infinitive (or a governed adjective or noun)
    before: tuple[str, ...] = ()  # VERBAL: the words written before the head (il y a)
    reflexive: bool = False  # a pronominal verb: se or s' before the head
    optional_end: bool = False  # VERBAL: the final preposition may be missing (SPEC.md, 5)
    infinitive: bool = False  # GOVERNED: every gloss ends in "to" (ask to, belong to)
    english: tuple[str, ...] = ()  # the list's glosses, best first (the lexicon's: looked up)
    note: str = ""

    @property
    def size(self) -> int:
        """How many words the entry has: a longer match wins (SPEC.md, "Overlaps")."""
        head = (1 if self.head else 0) + (1 if self.reflexive else 0)
        return len(self.before) + sum(map(len, self.parts)) + head


def _rows(name: str) -> Iterator[dict[str, str]]:
    """The entries of one list, by column; comment lines skipped."""
    lines = (resources_dir() / FOLDER / name).read_text(encoding="utf-8").split("\n")
    body = [line for line in lines if line and not line.startswith("#")]
    header = body[0].split("\t")
    for line in body[1:]:
        yield dict(zip(header, line.split("\t"), strict=False))


def _senses(english: str) -> tuple[str, ...]:
    return tuple(sense for sense in english.split(" | ") if sense)


def _keys(written: Iterable[str]) -> tuple[str, ...]:
    return tuple(part for word in written for part in match_key(word))


def _ends_with_preposition(after: tuple[str, ...]) -> bool:
    """A final preposition is optional in a verbal entry (SPEC.md, rule 5)."""
    return bool(after) and after[-1] in PREPOSITIONS


def _expression(row: dict[str, str]) -> Entry | None:
    written, kind = row["expression"], row["kind"]
    common = {
        "lemma": written,
        "source": EXPRESSIONS,
        "pos": row["pos"],
        "band": int(row["band"] or 3),
        "english": _senses(row["english"]),
        "note": row.get("note", ""),
    }
    if kind == SPLIT:
        parts = tuple(match_key(part) for part in written.split(f" {GAP} "))
        return Entry(kind=SPLIT, parts=parts, **common)  # type: ignore[arg-type]
    if kind != VERBAL:
        return Entry(kind=kind, parts=(match_key(written),), **common)  # type: ignore[arg-type]
    cut = words(written)
    at = next((i for i, word in enumerate(cut) if word.lower() not in BEFORE_HEAD), None)
    if at is None:
        return None
    after = _keys(cut[at + 1 :])
    return Entry(
        kind=VERBAL,
        parts=(after,),
        head=row["head"],
        before=_keys(cut[:at]),
        optional_end=_ends_with_preposition(after),
        **common,  # type: ignore[arg-type]
    )


def _pronominal(
    written: str, source: str, english: tuple[str, ...], note: str, *, optional: bool = True
) -> Entry | None:
    """se rendre compte (de), s'en aller, s'y prendre: se, a clitic, the verb, its words."""
    cut = words(written)
    if not cut or cut[0].lower() not in REFLEXIVE:
        return None
    rest = cut[1:]
    clitics = []
    while rest and rest[0].lower() in CLITICS:
        clitics.append(rest.pop(0).lower())
    if not rest:
        return None
    after = _keys(rest[1:])
    return Entry(
        lemma=written,
        source=source,
        kind=VERBAL,
        pos="VERB",
        band=1,
        parts=(after,),
        head=rest[0].lower(),
        before=tuple(clitics),
        reflexive=True,
        optional_end=optional and _ends_with_preposition(after),
        english=english,
        note=note,
    )


def _governed(row: dict[str, str]) -> Entry | None:
    """penser à, compter sur, capable de, s'occuper de: a head and its preposition."""
    head, preposition = row["head"], row["preposition"]
    english, note = _senses(row["english"]), row.get("note", "")
    lemma = f"{head} {preposition}"
    if words(head)[0].lower() in REFLEXIVE:
        # The preposition is the point of a governed entry: never optional.
        return _pronominal(lemma, GOVERNED, english, note, optional=False)
    return Entry(
        lemma=lemma,
        source=GOVERNED,
        kind=VERBAL,
        pos=row["pos"],
        band=1,
        parts=((preposition,),),
        head=head,
        infinitive=_wants_infinitive(preposition, english),
        english=english,
        note=note,
    )


# English words that take an infinitive after to (begin to, have to, be to, easy to): a
# governed à with a gloss ending in one of them wants an infinitive, and au, aux (à + the) do
# not bring it (être au bureau, commence au mois de mai).
INFINITIVE_TAKERS = frozenset(
    "begin start try seek learn have help tend hesitate encourage be happen undertake "
    "resolve strive slow mind oneself ready willing inclined easy difficult hard "
    "impossible prepared manage want need decide fail refuse continue intend expect "
    "dare bound expected obliged required".split()
)


def _wants_infinitive(preposition: str, english: tuple[str, ...]) -> bool:
    """Whether a governed entry's senses want an infinitive (ask to, have to), so that du,
    au, aux (a noun after them) do not bring its preposition: every gloss ends in "to", and
    for à, one is a word that takes an infinitive (begin to; être à: be to), where none
    takes only a noun (belong to, come back to: revient au conservateur, appartient au roi)."""
    if not english or not all(gloss.endswith(" to") for gloss in english):
        return False
    if preposition != "à":
        return True  # demander de: ask to; demander du pain is no infinitive
    lasts = [gloss.removesuffix(" to").split()[-1:] for gloss in english]
    return any(last and last[0] in INFINITIVE_TAKERS for last in lasts)


@functools.cache
def list_entries() -> tuple[Entry, ...]:
    """Every entry of the three lists, in file order."""
    found: list[Entry | None] = [_expression(row) for row in _rows("expressions.tsv")]
    for row in _rows("pronominal.tsv"):
        found.append(_pronominal(row["verb"], PRONOMINAL, _senses(row["english"]), row["note"]))
    found.extend(_governed(row) for row in _rows("governed.tsv"))
    return tuple(entry for entry in found if entry is not None)


def lexicon_entry(headword: str, pos: str) -> Entry | None:
    """A multi-word headword of the lexicon as an expression, or None when it is a name, has
    a gap or odd characters, or is only grammar words (de la, en ce)."""
    headword = headword.replace("’", "'")
    if not _PLAIN.match(headword) or pos in ("PROPN", "X"):
        return None
    cut = words(headword)
    if len(cut) < 2 or all(word.lower() in _FUNCTION_WORDS for word in cut):
        return None
    if cut[0].lower() == "à" and " ".join(cut[1:]).lower() in _PERSONS:
        return None  # à toi, à personne: "to you" far more often than "yours" (à toi de jouer)
    if cut[0].lower() in _ARTICLES:
        return None
    if len(cut) == 2 and cut[1].lower() == "personne" and cut[0].lower() in _ORDINALS:
        return None  # la première personne qu'il rencontra: no grammatical person
    if pos == "VERB":
        return _lexicon_verb(headword, cut)
    kind = AGREEING if pos in ("NOUN", "ADJ") else FIXED
    return Entry(headword, LEXICON, kind, pos or "X", _LEXICON_BAND, (match_key(headword),))


def _lexicon_verb(headword: str, cut: list[str]) -> Entry | None:
    if cut[0].lower() in REFLEXIVE:
        return _pronominal(headword, LEXICON, (), "")
    head, rest = cut[0].lower(), cut[1:]
    if not head.endswith(VERB_ENDINGS) or all(word.lower() in _FUNCTION_WORDS for word in rest):
        return None
    if head == "être" and len(rest) == 1:
        return None  # être joyeux, être présent: the copula and an adjective, read as words
    if head == "faire" and len(rest) == 1 and rest[0].lower() in _LITERAL_CAUSATIVES:
        return None
    after = _keys(rest)
    return Entry(
        headword,
        LEXICON,
        VERBAL,
        "VERB",
        _LEXICON_BAND,
        (after,),
        head=head,
        optional_end=_ends_with_preposition(after),
    )


@functools.cache
def all_entries() -> tuple[Entry, ...]:
    """The lists' entries, then the lexicon's multi-word headwords the lists do not have."""
    entries = list(list_entries())
    seen = {_shape(entry) for entry in entries}
    headwords: dict[str, list[str]] = {}
    for headword, pos, _ in bundled_lexicon().phrases():
        headwords.setdefault(headword, []).append(pos)
    for headword, tags in headwords.items():
        entry = lexicon_entry(headword, _one_pos(tags))
        if entry is not None and _shape(entry) not in seen:
            seen.add(_shape(entry))
            entries.append(entry)
    return tuple(entries)


def _shape(entry: Entry) -> tuple[object, ...]:
    return (entry.head, entry.reflexive, entry.before, entry.parts)


def _one_pos(tags: list[str]) -> str:
    """One part of speech for a headword the sources tag differently (à bord: ADV and ADJ):
    a verb if any says so, a noun or adjective only if all do (their words agree)."""
    if "VERB" in tags:
        return "VERB"
    if all(tag in ("NOUN", "ADJ") for tag in tags):
        return tags[0]
    return next((tag for tag in tags if tag not in ("NOUN", "ADJ", "")), tags[0])


@functools.cache
def entries_by_lemma() -> dict[tuple[str, str], Entry]:
    """(source, lemma) -> the list entry: what the word card shows for a found expression."""
    return {(entry.source, entry.lemma): entry for entry in list_entries()}


@functools.cache
def lists_fingerprint() -> str:
    """A short hash of the lists and of the lexicon's recorded sources, for the analysis
    cache: a changed list finds other expressions, so cached analyses are redone."""
    digest = hashlib.sha256()
    for name in (*LIST_FILES,):
        digest.update((resources_dir() / FOLDER / name).read_bytes())
    digest.update((resources_dir() / "lexicon" / "SOURCES.json").read_bytes())
    return digest.hexdigest()[:12]

"""The full conjugation of a French verb: every simple tense from the Lefff, every compound tense
built with the right auxiliary, pronominal verbs (se lever -> je me suis levé(e)), elision
(j'aime, je hais, il s'appelle), and where a clicked form sits in the table.

The analysis keeps its own small paradigms (conjugation.py); this module serves the learner.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Final

from reader.core.errors import ReaderError
from reader.core.grammar.lefff_verbs import ConjugationTable, conjugation_table


class ConjugationError(ReaderError):
    """A word the conjugation tables do not know as a verb."""


SUBJECTS: Final = ("je", "tu", "il/elle", "nous", "vous", "ils/elles")
REFLEXIVES: Final = ("me", "te", "se", "nous", "vous", "se")
IMPERATIVE_REFLEXIVES: Final = ("", "toi", "", "nous", "vous", "")

# Verbs conjugated with être (when they take no direct object); the analysis adds a few that
# older texts conjugate with être (conjugation.ETRE_VERBS).
ETRE_VERBS: Final = frozenset(
    "aller venir devenir revenir redevenir parvenir intervenir survenir advenir provenir "
    "arriver partir repartir entrer rentrer sortir ressortir monter remonter descendre "
    "redescendre naître renaître mourir décéder rester tomber retomber retourner passer "
    "repasser éclore apparaître échoir".split()
)
# Of those, the ones that take avoir with a direct object (elle a sorti la voiture).
BOTH_AUXILIARIES: Final = frozenset(
    "sortir ressortir monter remonter descendre redescendre rentrer retourner passer "
    "repasser".split()
)
# Verbs whose h is aspirated: no elision (je hais, il se hâte), unlike j'habite.
H_ASPIRE: Final = frozenset(
    "hacher haïr haler hâler haleter hanter happer harceler harasser harnacher "
    "harponner hasarder hâter hausser héler hennir hérisser heurter hisser hocher honnir "
    "houspiller huer hululer hurler hiérarchiser hoqueter".split()
)
VOWELS: Final = frozenset("aeiouyàâäéèêëîïôöùûüœæ")
SUBJECT_WORDS: Final = frozenset("je tu il elle on nous vous ils elles que qu".split())
NEGATION: Final = frozenset("ne n' pas plus jamais rien personne point guère".split())


@dataclass(frozen=True, slots=True)
class Cell:
    """One line of a tense: `text` as shown (je me suis levé(e)); `person` 0-5, or None for
    the infinitive and participles; `spellings`: the conjugated words without the subject, in
    every agreement (me suis levé, me suis levée), to find a clicked form."""

    text: str
    person: int | None
    spellings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tense:
    mood: str  # Indicatif, Subjonctif, ...
    name: str  # présent, passé composé, ...
    cells: tuple[Cell, ...]
    compound: bool = False


@dataclass(frozen=True, slots=True)
class Conjugation:
    infinitive: str  # se lever
    auxiliary: str  # avoir or être
    pronominal: bool
    tenses: tuple[Tense, ...]
    note: str = ""  # être verbs that also take avoir

    def tense(self, mood: str, name: str) -> Tense:
        return next(t for t in self.tenses if t.mood == mood and t.name == name)

    def find(self, form: str, morph: Mapping[str, str] | None = None) -> list[tuple[int, int]]:
        """(tense index, cell index) of every cell a form as written can be; the model's mood
        and tense, when they name one of them, narrow it. Not its person: the form alone does
        not tell je parle from il parle, and the model guesses it wrong often enough."""
        wanted = spelling(form)
        words = wanted.split(" ")
        if words[0] in SUBJECT_WORDS and len(words) > 1:
            wanted = " ".join(words[1:])  # j'ai aimé: the cells spell the verb without it
        if not wanted:
            return []
        found = [
            (t, c)
            for t, tense in enumerate(self.tenses)
            for c, cell in enumerate(tense.cells)
            if wanted in cell.spellings
        ]
        narrowed = [place for place in found if _agrees(self.tenses, place, morph or {})]
        return narrowed or found


# -- building the table ------------------------------------------------------------------------

SIMPLE: Final = (
    # (mood, name, tense letter, compound name, with "que")
    ("Indicatif", "présent", "P", "passé composé"),
    ("Indicatif", "imparfait", "I", "plus-que-parfait"),
    ("Indicatif", "passé simple", "J", "passé antérieur"),
    ("Indicatif", "futur simple", "F", "futur antérieur"),
    ("Conditionnel", "présent", "C", "passé"),
    ("Subjonctif", "présent", "S", "passé"),
    ("Subjonctif", "imparfait", "T", "plus-que-parfait"),
    ("Impératif", "présent", "Y", "passé"),
)
MOODS: Final = ("Indicatif", "Conditionnel", "Subjonctif", "Impératif", "Infinitif", "Participe")
MORPH_TENSES: Final = {
    ("Ind", "Pres"): ("Indicatif", "présent"),
    ("Ind", "Imp"): ("Indicatif", "imparfait"),
    ("Ind", "Past"): ("Indicatif", "passé simple"),
    ("Ind", "Fut"): ("Indicatif", "futur simple"),
    ("Cnd", "Pres"): ("Conditionnel", "présent"),
    ("Sub", "Pres"): ("Subjonctif", "présent"),
    ("Sub", "Imp"): ("Subjonctif", "imparfait"),
    ("Imp", "Pres"): ("Impératif", "présent"),
}


@dataclass(frozen=True, slots=True)
class _Verb:
    """What the builders share: the table, the verb, its auxiliary and participle."""

    table: ConjugationTable
    base: str  # lever
    pronominal: bool
    auxiliary: str
    persons: tuple[int, ...]  # the persons the verb has (il faut: only 2)
    en: bool = False  # s'en aller: the reflexive pronoun and en go together

    def reflexive(self, pronoun: str, following: str, base: str) -> str:
        """The pronouns before a form: me, m', m'en, nous en; nothing if not pronominal."""
        if not self.pronominal:
            return ""
        if self.en:
            return (pronoun[0] + "'" if pronoun in ("me", "te", "se") else pronoun + " ") + "en "
        return _reflexive(pronoun, following, base)

    def forms(self, letter: str) -> tuple[str | None, ...]:
        return self.table.tense(self.base, letter)

    def aux(self, letter: str) -> tuple[str | None, ...]:
        return self.table.tense(self.auxiliary, letter)

    @property
    def participles(self) -> tuple[str | None, ...]:
        return self.forms("K")


def conjugate(verb: str) -> Conjugation:
    """The whole table of an infinitive (aimer, se lever, s'appeler, s'en aller)."""
    base, pronominal = split_reflexive(verb)
    en = pronominal and base.startswith("en ")
    base = base[3:].strip() if en else base
    table = conjugation_table()
    if base not in table:
        raise ConjugationError(
            f"«{verb.strip()}» is not a verb in the conjugation tables. "
            "Give an infinitive, such as «prendre» or «se lever»."
        )
    auxiliary = "être" if pronominal or base in ETRE_VERBS else "avoir"
    info = _Verb(table, base, pronominal, auxiliary, _persons(table, base), en)
    tenses = [t for t in (*_finite_tenses(info), *_impersonal_tenses(info)) if t.cells]
    order = {mood: index for index, mood in enumerate(MOODS)}
    tenses.sort(key=lambda tense: order[tense.mood])  # stable: simple before compound
    note = ""
    if base in BOTH_AUXILIARIES and not pronominal:
        note = "With a direct object it takes avoir: elle a sorti la voiture."
    name = f"{info.reflexive('se', base, base)}{base}"
    return Conjugation(name, auxiliary, pronominal, tuple(tenses), note)


def split_reflexive(verb: str) -> tuple[str, bool]:
    """se lever -> (lever, True); s’appeler -> (appeler, True); aimer -> (aimer, False)."""
    text = " ".join(verb.replace("’", "'").lower().split())
    for prefix in ("se ", "s'"):
        if text.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix) :].strip(), True
    return text, False


def _persons(table: ConjugationTable, base: str) -> tuple[int, ...]:
    present = table.tense(base, "P")
    persons = tuple(p for p, form in enumerate(present) if form is not None)
    return persons or tuple(range(6))


def _finite_tenses(info: _Verb) -> list[Tense]:
    tenses = []
    for mood, name, letter, compound in SIMPLE:
        tenses.append(Tense(mood, name, _simple_cells(info, letter)))
        tenses.append(Tense(mood, compound, _compound_cells(info, letter), compound=True))
    return tenses


def _simple_cells(info: _Verb, letter: str) -> tuple[Cell, ...]:
    cells = []
    for person, form in enumerate(info.forms(letter)):
        if form is not None and (letter == "Y" or person in info.persons):
            cells.append(_cell(info, letter, person, form))
    return tuple(cells)


def _compound_cells(info: _Verb, letter: str) -> tuple[Cell, ...]:
    cells = []
    own = info.forms(letter)
    for person, aux in enumerate(info.aux(letter)):
        if letter == "Y":
            # The verb's own imperative says which persons exist; a pronominal verb has no
            # compound imperative.
            wanted = own[person] is not None and not info.pronominal
        else:
            wanted = person in info.persons
        if aux is None or not wanted or info.participles[0] is None:
            continue
        cells.append(_compound_cell(info, letter, person, aux))
    return tuple(cells)


def _cell(info: _Verb, letter: str, person: int, form: str) -> Cell:
    if letter == "Y":
        pronoun = IMPERATIVE_REFLEXIVES[person] if info.pronominal else ""
        if pronoun and info.en:  # va-t'en, allons-nous-en
            pronoun = "t'en" if pronoun == "toi" else f"{pronoun}-en"
        text = f"{form}-{pronoun}" if pronoun else form
        return Cell(text, person, (spelling(text),))
    words = f"{info.reflexive(REFLEXIVES[person], form, info.base)}{form}"
    return Cell(_with_subject(letter, person, words, info), person, (spelling(words),))


def _compound_cell(info: _Verb, letter: str, person: int, aux: str) -> Cell:
    shown, spelled = _participle(info, person)
    if letter == "Y":
        text = f"{aux} {shown}"
        return Cell(text, person, tuple(spelling(f"{aux} {p}") for p in spelled))
    reflexive = info.reflexive(REFLEXIVES[person], aux, info.auxiliary)
    words = f"{reflexive}{aux} {shown}"
    spellings = tuple(spelling(f"{reflexive}{aux} {p}") for p in spelled)
    return Cell(_with_subject(letter, person, words, info), person, spellings)


def _with_subject(letter: str, person: int, words: str, info: _Verb) -> str:
    subject = SUBJECTS[person] if len(info.persons) > 1 else ("il", "ils")[person // 3]
    if person == 0 and _starts_with_vowel(words, info.base):
        text = f"j'{words}"
    else:
        text = f"{subject} {words}"
    if letter in ("S", "T"):
        return f"qu'{text}" if text.startswith("il") else f"que {text}"
    return text


def _participle(info: _Verb, person: int | None) -> tuple[str, tuple[str, ...]]:
    """The past participle as shown and every spelling it can take for that person."""
    ms, mp, fs, fp = (form or "" for form in info.participles)
    if info.auxiliary == "avoir":
        return ms, (ms,)
    if person is None:
        return _agreement(ms, fs), (ms, fs, mp, fp)
    if person == 4:  # vous: one person spoken to politely, or several
        return _agreement(ms, fs) + ("(s)" if fp == fs + "s" else ""), (ms, fs, mp, fp)
    if person < 3:
        return _agreement(ms, fs), (ms, fs)
    if not fp.startswith(mp) and mp == ms + "s" and fp == fs + "s":
        return _agreement(ms, fs) + "s", (mp, fp)  # levés, levées -> levé(e)s
    return _agreement(mp, fp), (mp, fp)


def _agreement(masculine: str, feminine: str) -> str:
    """allé, allée -> allé(e); pris, prises -> pris(es)."""
    if feminine.startswith(masculine) and feminine != masculine:
        return f"{masculine}({feminine[len(masculine) :]})"
    return masculine if feminine == masculine else f"{masculine}/{feminine}"


def _reflexive(pronoun: str, following: str, base: str) -> str:
    """me, te, se elide before a vowel or a mute h: je m'appelle, il s'habille, il se hâte."""
    if pronoun in ("me", "te", "se") and _starts_with_vowel(following, base):
        return pronoun[0] + "'"
    return pronoun + " "


def _starts_with_vowel(words: str, base: str) -> bool:
    first = words[:1]
    if first == "h":
        return base not in H_ASPIRE
    return first in VOWELS


def _impersonal_tenses(info: _Verb) -> list[Tense]:
    """Infinitive and participles, present and past."""
    ms = info.participles[0]
    infinitive = info.forms("W")[0] or info.base
    present = info.forms("G")[0]
    aux_inf = info.auxiliary
    aux_part = "ayant" if info.auxiliary == "avoir" else "étant"

    def reflexive(word: str) -> str:
        return info.reflexive("se", word, info.base)

    tenses = [Tense("Infinitif", "présent", (_plain(reflexive(infinitive) + infinitive),))]
    if ms is not None:
        shown, spelled = _participle(info, None)
        words = f"{reflexive(aux_inf)}{aux_inf}"
        past = Cell(f"{words} {shown}", None, tuple(spelling(f"{words} {p}") for p in spelled))
        tenses.append(Tense("Infinitif", "passé", (past,), compound=True))
    if present is not None:
        tenses.append(Tense("Participe", "présent", (_plain(reflexive(present) + present),)))
    if ms is not None:
        forms = [form for form in info.participles if form]
        passé = Cell(" / ".join(dict.fromkeys(forms)), None, tuple(spelling(f) for f in forms))
        tenses.append(Tense("Participe", "passé", (passé,)))
        shown, spelled = _participle(info, None)
        words = f"{reflexive(aux_part)}{aux_part}"
        compound = Cell(f"{words} {shown}", None, tuple(spelling(f"{words} {p}") for p in spelled))
        tenses.append(Tense("Participe", "passé composé", (compound,), compound=True))
    return tenses


def _plain(text: str) -> Cell:
    return Cell(text, None, (spelling(text),))


# -- finding a form ------------------------------------------------------------------------------

_WORDS = re.compile(r"[^\s\-'…]+'?")
_ELIDED = {"j'": "je", "m'": "me", "t'": "te", "s'": "se", "l'": "le"}


def spelling(form: str) -> str:
    """A comparable spelling: lower case, straight apostrophes, elisions spelled out, no
    negation, words split at spaces, hyphens and apostrophes (ne s'est pas levée -> se est
    levée; lève-toi -> lève toi)."""
    words = _WORDS.findall(form.replace("’", "'").lower())
    kept = [_ELIDED.get(word, word.rstrip("'")) for word in words if word not in NEGATION]
    return " ".join(kept)


def _agrees(tenses: tuple[Tense, ...], place: tuple[int, int], morph: Mapping[str, str]) -> bool:
    tense = tenses[place[0]]
    named = MORPH_TENSES.get((morph.get("Mood", ""), morph.get("Tense", "")))
    return named is None or (tense.mood, tense.name) == named


@cache
def _form_index() -> dict[str, tuple[str, ...]]:
    """Every simple form -> the infinitives that have it, the most frequent verb first
    (suis: être, suivre)."""
    # Only when needed: it brings wordfreq's lists.
    from wordfreq import word_frequency

    table = conjugation_table()
    index: dict[str, dict[str, None]] = {}
    for verb in table.verbs():
        for form in table.forms(verb) or ():
            if form is not None:
                index.setdefault(form, {})[verb] = None

    def frequency(verb: str) -> float:
        return -float(word_frequency(verb, "fr"))

    return {
        form: tuple(sorted(verbs, key=frequency)) if len(verbs) > 1 else tuple(verbs)
        for form, verbs in index.items()
    }


def infinitives_of(form: str) -> tuple[str, ...]:
    """The infinitives a written form can belong to: mangeons -> manger; suis -> être, suivre."""
    word = spelling(form).split(" ")[-1] if spelling(form) else ""
    return _form_index().get(word, ())


def layout(conjugation: Conjugation) -> list[tuple[str, list[tuple[int, ...]]]]:
    """Tense indices by mood, a simple tense beside its compound tense (présent | passé
    composé), as conjugation tables print them; the CLI and the card share it."""
    moods: dict[str, list[tuple[int, ...]]] = {}
    for index, tense in enumerate(conjugation.tenses):
        rows = moods.setdefault(tense.mood, [])
        if tense.compound and rows and len(rows[-1]) == 1:
            rows[-1] = (*rows[-1], index)
        else:
            rows.append((index,))
    return list(moods.items())


def table_for_card(
    lemma: str, form: str, morph: Mapping[str, str] | None = None
) -> tuple[Conjugation, list[tuple[int, int]]]:
    """The table of a clicked verb and where its form sits. A group the table does not hold
    as a whole (ont été menées, va partir) marks its last word: the participle, the infinitive."""
    table = conjugate(lemma)
    found = table.find(form, morph)
    if not found and " " in spelling(form):
        found = table.find(spelling(form).split(" ")[-1])
    return table, found

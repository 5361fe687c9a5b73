"""The bundled French–English lexicon: merged sources, read in place, ranked on lookup.

Built by scripts/build_lexicon.py into resources/lexicon/ (one TSV per licence and one
index, see lexicon_format). Nothing is read until the first lookup; then the files are
mapped into memory and the index loaded (a few milliseconds), so start-up does not change
and memory grows by the index only. A lookup hashes the word, bisects the index and parses
the few matching lines.

Lookups find the word the way a reader would: the lemma, then the form as written, then the
lemmas Lexique gives for that form. Each file's senses are merged with the others'
(lexicon_senses); gender and IPA come from the most reliable source that has them.
"""

from __future__ import annotations

import bisect
import functools
import json
import mmap
import threading
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from reader.core.dictionaries.dictionary import (
    BROADER_POS,
    Dictionary,
    DictionaryEntry,
    loose_key,
    normalise,
)
from reader.core.dictionaries.english import ing_form, ly_form
from reader.core.dictionaries.lexicon.demonyms import demonym_senses
from reader.core.dictionaries.lexicon.format import (
    MAX_OFFSET,
    OFFSET_BITS,
    Row,
    entry_key,
    pack,
    parse_row,
    read_index,
)
from reader.core.dictionaries.lexicon.guesses import (
    COMBINING,
    adjective_stems,
    infinitive_guesses,
    ligatured,
    prefixed,
    repeated,
    roman_ordinal,
    roman_value,
    visible,
)
from reader.core.dictionaries.lexicon.leading import leading, leading_any
from reader.core.dictionaries.lexicon.senses import (
    RankedSense,
    main_pos,
    merge,
    own_sense,
    same_pos,
)
from reader.core.errors import DictionaryError
from reader.core.models import Translation, TranslationSource
from reader.core.paths import resources_dir

LEXICON_NAME = "French–English lexicon"
PIVOT_ORIGIN = f"{LEXICON_NAME}, via other languages"
DEMONYM_ORIGIN = "the place's name"
FOLDER = "lexicon"
SOURCES_NAME = "SOURCES.json"
FILES = (
    "fra-eng.gpl.tsv",  # 0 FreeDict + Apertium senses, genders, FreeDict IPA
    "fra-eng.wiktionary.tsv",  # 1 Wiktionary senses; WikiPron, WikDict IPA; WikDict genders
    "fra-eng.pivots.tsv",  # 2 senses two pivot languages agree on
    "fra.lexique.tsv",  # 3 Lexique 3.83: genders, IPA, lemmas of forms
    "fra.lefff.tsv",  # 4 Lefff genders
    "fra.espeak.tsv",  # 5 espeak-ng IPA, the last resort
)
SENSE_FILES = frozenset({0, 1, 2})
LEXIQUE = 3  # the file whose rows give a form's lemmas
LEFFF = 4  # the file of the Lefff's nouns (lemmas) with their genders
NOUNS = ("NOUN", "")
GENDER_ORDER = (3, 4, 1, 0)  # Lexique, Lefff, WikDict, Apertium/FreeDict
IPA_ORDER = (1, 0, 3, 5)  # WikiPron/WikDict, FreeDict, Lexique, espeak-ng
# Tags spaCy gives a verb form it failed to lemmatise (téléchargeaient: ADV).
GUESSED_POS = frozenset({"VERB", "AUX", "ADV", "ADJ", "NOUN"})
# Tags spaCy gives an adverb in -ment it does not know (ridiculeusement: NOUN).
ADVERB_POS = frozenset({"ADV", "NOUN", "ADJ"})


class Lexicon(Dictionary):
    """The merged lexicon (see the module's docstring). Thread-safe; loads on first use."""

    def __init__(self, folder: Path, name: str = LEXICON_NAME) -> None:  # no super(): lazy
        self.name = name
        self.folder = folder
        self._lock = threading.Lock()
        self._data: list[mmap.mmap] | None = None
        self._keys: array[int] = array("Q")
        self.rows = functools.lru_cache(maxsize=65_536)(self._rows)
        self._translated = functools.lru_cache(maxsize=65_536)(self._translate)
        # A text asks a noun's gender at each occurrence; the answer never changes.
        self.gender_of = functools.lru_cache(maxsize=65_536)(self._gender_of)
        # A whole-text gloss asks it for most of its words, a few thousand distinct ones per
        # 20,000 words (issue 14: ~10 % of the gloss's own work).
        self.is_headword = functools.lru_cache(maxsize=65_536)(self._is_headword)
        # The analysis' rules ask it ~21,000 times per 20,000 words, for ~5,000 distinct
        # forms (issue 14); the answer is shared, so no caller may change it.
        self.readings = functools.lru_cache(maxsize=65_536)(self._readings)
        # A whole-text gloss asks it around every grammar word and unknown word (~6,000
        # times per 20,000 words), mostly of the same few word runs (issue 14).
        self._phrases = functools.lru_cache(maxsize=65_536)(self._phrase)

    # Reading the files

    def _open(self) -> list[mmap.mmap]:
        with self._lock:
            if self._data is None:
                data = [self._map(name) for name in FILES]
                keys = read_index(self.folder, list(FILES))
                self._keys = keys if keys is not None else _rebuild(data)
                self._data = data
            return self._data

    def _map(self, name: str) -> mmap.mmap:
        path = self.folder / name
        try:
            with open(path, "rb") as file:
                return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as error:
            raise DictionaryError(
                f"The bundled lexicon file {path} cannot be read ({error}): reinstall the app."
            ) from None

    def _rows(self, word: str) -> tuple[tuple[int, Row], ...]:
        """(file number, row) of every row for the word: exact spelling, else other cases,
        else the same letters without hyphens, spaces or apostrophes."""
        data = self._open()
        word = normalise(visible(word))
        key = loose_key(word)
        if not key:
            return ()
        hashed = entry_key(word) << 32
        position = bisect.bisect_left(self._keys, hashed)
        group: list[tuple[int, Row]] = []
        while position < len(self._keys) and self._keys[position] >> 32 == hashed >> 32:
            packed = self._keys[position]
            number, offset = packed >> OFFSET_BITS & 0xF, packed & (MAX_OFFSET - 1)
            row = _row_at(data[number], offset)
            if row is not None and loose_key(row.headword) == key:
                group.append((number, row))
            position += 1
        group.sort(key=lambda item: item[0])
        exact = [item for item in group if normalise(item[1].headword) == word]
        lower = [item for item in group if normalise(item[1].headword).lower() == word.lower()]
        return tuple(exact or lower or group)

    # What the app asks

    def lookup(self, word: str) -> tuple[DictionaryEntry, ...]:
        """One entry per part of speech that has senses, with gender and IPA filled in."""
        rows = self.rows(word)
        entries = []
        for pos in dict.fromkeys(row.pos for n, row in rows if n in SENSE_FILES and row.senses):
            senses = merge([row for n, row in rows if n in SENSE_FILES], pos)
            gender = self.gender(word) if pos == "NOUN" else ""
            headword = next(row.headword for _, row in rows)
            ipa = _first_ipa(rows, pos)
            entries.append(DictionaryEntry(headword, pos, gender, ipa, _texts(senses)))
        return tuple(entries)

    def translate(self, lemma: str, form: str, pos: str) -> tuple[Translation, ...]:
        """Ranked senses for a token, then the ones only pivot languages give, marked so."""
        return self._translated(lemma, form.lower(), pos)

    def _translate(self, lemma: str, form: str, pos: str) -> tuple[Translation, ...]:
        found = self._senses_of(lemma, form, pos)
        if found is None:
            return self._compound(lemma, form, pos)
        rows, senses = found
        ipa = _first_ipa(rows, pos) or self.ipa(lemma, pos) or None
        direct = tuple(s.text for s in senses if not s.is_pivot_only)
        pivots = tuple(s.text for s in senses if s.is_pivot_only)
        translations = []
        if direct:
            translations.append(Translation(direct, TranslationSource.DICTIONARY, self.name, ipa))
        if pivots:
            translations.append(
                Translation(pivots, TranslationSource.DICTIONARY, PIVOT_ORIGIN, ipa)
            )
        if pivots and _pivots_lead(senses):
            translations.reverse()  # a stray word alone (malade: "enfermo") does not lead
        return tuple(translations)

    def _compound(self, lemma: str, form: str, pos: str) -> tuple[Translation, ...]:
        """vice-ministre: "vice-" and the translations of ministre, said to be built so."""
        parts = prefixed(lemma) or prefixed(form)
        found = self._senses_of(parts[1], parts[1], pos) if parts else None
        if parts is None or found is None:
            return self._repeated(lemma, pos)
        rows, senses = found
        size = 1 if parts[0] in COMBINING.values() else 3
        built = tuple(parts[0] + s.text for s in senses if not s.is_pivot_only)[:size]
        origin = f"{self.name} · {parts[0]} + {rows[0][1].headword}"
        ipa = self.ipa(lemma) or None
        return (Translation(built, TranslationSource.DICTIONARY, origin, ipa),) if built else ()

    def _repeated(self, lemma: str, pos: str) -> tuple[Translation, ...]:
        """refermer, a verb no source has: "close again", from fermer, said to be built so."""
        verb = normalise(lemma).removeprefix("se ").removeprefix("s'")
        bases = repeated(verb) if BROADER_POS.get(pos, pos) == "VERB" else []
        for base in (base for base in bases if self._is_verb(base)):
            found = self._first_with_senses([base], "VERB")
            if found is None:
                continue
            senses = [s.text for s in found[1] if not s.is_pivot_only and s.same_pos][:3]
            built = tuple(f"{sense} again" for sense in senses)
            origin = f"{self.name} · re- + {base}"
            return (Translation(built, TranslationSource.DICTIONARY, origin),) if built else ()
        return self._numeral(lemma, pos)

    def _numeral(self, word: str, pos: str = "") -> tuple[Translation, ...]:
        ordinal = roman_ordinal(visible(word))
        if ordinal:  # le XIXe siècle: the 19th century
            sense = f"{ordinal} ({word}, Roman numeral)"
            return (Translation((sense,), TranslationSource.DICTIONARY, self.name),)
        value = roman_value(visible(word))
        if value is None:
            return self._demonym(word, pos)
        sense = f"{word} ({value}, Roman numeral)"
        return (Translation((sense,), TranslationSource.DICTIONARY, self.name),)

    def _demonym(self, word: str, pos: str) -> tuple[Translation, ...]:
        """toulousaine: "from Toulouse", when the lexicon knows the place's name."""
        if pos not in ("ADJ", "NOUN", "PROPN"):
            return ()
        senses = demonym_senses(word, pos, self._name_senses)
        origin = f"{self.name} · {DEMONYM_ORIGIN}"
        return (Translation(senses, TranslationSource.DICTIONARY, origin),) if senses else ()

    def _name_senses(self, name: str) -> tuple[str, ...]:
        """The English of a place's name the lexicon lists capitalised (Bruxelles: Brussels)."""
        if not self.is_name(name):
            return ()
        rows = [row for n, row in self.rows(name) if n in SENSE_FILES and row.headword == name]
        return tuple(s.text for row in rows for s in row.senses if s.text[:1].isupper())[:1]

    def _senses_of(
        self, lemma: str, form: str, pos: str
    ) -> tuple[tuple[tuple[int, Row], ...], list[RankedSense]] | None:
        """The lemma's main senses where no source has it (vêtu); else senses of the first
        candidate word that has some (see _first_with_senses), an -ant adjective's verb's in
        -ing before another part of speech's, an infinitive the form may be an inflection of;
        else the main senses of a candidate of any part of speech."""
        found = self._own_main_senses(lemma, pos) or self._plural_senses(lemma, form, pos)
        if found is None and pos == "ADV":  # a participle the tagger took for an adverb (vêtu)
            found = self._own_main_senses(form, "ADJ")
        words = self.candidates(lemma, form, pos)
        if found is None and pos == "ADJ":  # souriant: smiling, not sourire's "smile"
            found = self._first_of_pos(words, pos) or self._present_participle(lemma)
        if found is None:
            found = self._first_with_senses(words, pos)
        if found is None and pos in ADVERB_POS:
            found = self._adverb(lemma) or self._adverb(form)
        if found is None and pos in GUESSED_POS:
            found = self._first_with_senses(self.guessed_verbs(form), "VERB")
        return found or self._main_senses_only(words, pos)

    def _main_senses_only(
        self, words: list[str], pos: str
    ) -> tuple[tuple[tuple[int, Row], ...], list[RankedSense]] | None:
        """Main senses of a word no source translates that the project does (gars: guy; the
        lemma s'attendrir by attendrir's), of any part of speech where the token's has none:
        the tagger's (là-dessus an "adjective") may be wrong."""
        for word in words:
            main = leading(word, main_pos(pos)) or (leading_any(word) if pos != "PROPN" else ())
            if main:
                return self.rows(word), [own_sense(text) for text in main]
        return None

    def _own_main_senses(
        self, lemma: str, pos: str
    ) -> tuple[tuple[tuple[int, Row], ...], list[RankedSense]] | None:
        """The project's main senses of a lemma no source translates, before any other word's:
        the adjective vêtu is "dressed", not the senses of vêtir (its form is also the verb's)."""
        word = normalise(lemma)
        main = leading(word, main_pos(pos))
        if not main:
            return None
        if self.has_senses(word):
            return None  # the lexicon's own senses, with these first (senses.merge)
        return self.rows(word), [own_sense(text) for text in main]

    def _plural_senses(
        self, lemma: str, form: str, pos: str
    ) -> tuple[tuple[tuple[int, Row], ...], list[RankedSense]] | None:
        """A noun's plural with a meaning of its own, which the project's main senses list
        under the plural (des ennuis: trouble, not boredom; les vivres: supplies; ses gages:
        wages): those senses, before the singular's."""
        plural = normalise(form).lower()
        if pos != "NOUN" or plural == normalise(lemma).lower():
            return None
        main = leading(plural, "NOUN")
        return (self.rows(plural), [own_sense(text) for text in main]) if main else None

    def _present_participle(
        self, lemma: str
    ) -> tuple[tuple[tuple[int, Row], ...], list[RankedSense]] | None:
        """An adjective in -ant no source has (souriant, frémissant): its verb's senses in
        English's -ing form (smiling, quivering); its own rows, for its IPA."""
        word = normalise(lemma).lower()
        if not word.endswith("ant"):
            return None
        verbs = (*self.lemmas_of(word, "VERB"), *infinitive_guesses(word))
        found = self._first_with_senses([v for v in verbs if self._is_verb(v)], "VERB")
        if found is None:
            return None
        senses = [replace(s, text=ing_form(s.text)) for s in found[1] if s.same_pos]
        return (self.rows(word), senses) if senses else None

    def _adverb(self, word: str) -> tuple[tuple[tuple[int, Row], ...], list[RankedSense]] | None:
        """An adverb in -ment no source has (mollement, rageusement): its adjective's senses as
        English adverbs in -ly (softly, angrily), those English has."""
        for stem in adjective_stems(normalise(word)):
            adjectives = [stem, *self.lemmas_of(stem, "ADJ")]
            found = self._first_of_pos([a for a in adjectives if self.is_headword(a, "ADJ")], "ADJ")
            if found is None:
                continue
            adverbs = [(s, ly_form(s.text)) for s in found[1] if s.same_pos]
            senses = [replace(s, text=adverb) for s, adverb in adverbs if adverb]
            if senses:
                return self.rows(normalise(word)), senses
        return None

    def guessed_verbs(self, form: str) -> list[str]:
        """The verbs the sources have that an inflected form may come from, each infinitive
        before its pronominal one: attablées -> s'attabler, which they list only so."""
        guesses = (v for g in infinitive_guesses(form) for v in (g, pronominal(g)))
        return [verb for verb in dict.fromkeys(guesses) if self._is_verb(verb)]

    def _is_verb(self, word: str) -> bool:
        return any(n in SENSE_FILES and row.pos == "VERB" for n, row in self.rows(word))

    def _first_with_senses(
        self, words: list[str], pos: str
    ) -> tuple[tuple[tuple[int, Row], ...], list[RankedSense]] | None:
        """The first word with senses of the token's POS, or main senses for it (super, an
        adjective the sources list only as a verb: "great", not "sip"); else of a verb for an
        adjective (a participle); else of any POS."""
        wanted = [pos, "VERB"] if pos == "ADJ" else [pos]
        for target in [*wanted, None]:
            if found := self._first_of_pos(words, target, pos):
                return found
        return None

    def _first_of_pos(
        self, words: list[str], target: str | None, pos: str = ""
    ) -> tuple[tuple[tuple[int, Row], ...], list[RankedSense]] | None:
        """The first word with senses of the target POS or main senses for it (any POS when
        target is None), its senses ranked for the target (else for pos)."""
        for word in words:
            rows = self.rows(word)
            with_senses = [row for n, row in rows if n in SENSE_FILES and row.senses]
            if not with_senses:
                continue
            if target is None or _has_pos(with_senses, target) or leading(word, main_pos(target)):
                return rows, merge(with_senses, target or pos)
        return None

    def candidates(self, lemma: str, form: str, pos: str) -> list[str]:
        """The lemma (and without "se"), the form as written, then Lexique's lemmas of it."""
        words = [normalise(lemma)]
        for prefix in ("se ", "s'"):
            if words[0].lower().startswith(prefix):
                words.append(words[0][len(prefix) :])
        words.append(normalise(form).lower())
        words.extend(self.lemmas_of(form, pos))
        words.extend(pronominal(word) for word in list(words) if _is_infinitive(word))
        words.extend(ligatured(word) for word in list(words))  # choeur: chœur
        return [word for word in dict.fromkeys(words) if word]

    def lemmas_of(self, form: str, pos: str = "") -> list[str]:
        """Lexique's lemmas of an inflected form, those of the token's POS first."""
        rows = [row for n, row in self.rows(form) if n == LEXIQUE and row.lemmas]
        rows.sort(key=lambda row: not same_pos(row.pos, pos))
        return list(dict.fromkeys(lemma for row in rows for lemma in row.lemmas))

    def _readings(self, form: str) -> dict[str, tuple[str, ...]]:
        """Lexique's readings of a form spelled exactly so: part of speech -> its lemmas (the
        form itself where it is a lemma); empty when Lexique does not list the form
        (`readings`, which keeps the answers: never change the dict it returns)."""
        found: dict[str, tuple[str, ...]] = {}
        for number, row in self.rows(form):
            if number == LEXIQUE and row.headword == form:
                lemmas = row.lemmas or (form,)
                found[row.pos] = tuple(dict.fromkeys((*found.get(row.pos, ()), *lemmas)))
        return found

    def is_word(self, word: str) -> bool:
        """Whether the word, spelled exactly so, is a headword with senses or a Lexique form."""
        return any(
            row.headword == word and (number == LEXIQUE or row.senses)
            for number, row in self.rows(word)
        )

    def has_senses(self, word: str) -> bool:
        """Whether a source translates the word (as its lookup key finds it), in any part of
        speech."""
        return any(number in SENSE_FILES and row.senses for number, row in self.rows(word))

    def _is_headword(self, word: str, pos: str) -> bool:
        """Whether the word, spelled exactly so, is a headword with senses of that POS
        (`is_headword`, which keeps the answers)."""
        return any(
            number in SENSE_FILES and row.headword == word and row.senses and same_pos(row.pos, pos)
            for number, row in self.rows(word)
        )

    def is_noun(self, word: str) -> bool:
        """Whether the word, spelled exactly so, is a noun of its own in a dictionary (with
        senses or a gender) or in the Lefff: productrice, not only a form of producteur."""
        return any(
            row.headword == word
            and row.pos == "NOUN"
            and (number == LEFFF or (number in SENSE_FILES and bool(row.senses or row.gender)))
            for number, row in self.rows(word)
        )

    def is_lemma(self, word: str) -> bool:
        """Whether the word, spelled exactly so, is a headword with senses or a Lexique lemma
        (états-majors is a form, état-major its lemma)."""
        return any(
            row.headword == word and (row.senses if number in SENSE_FILES else not row.lemmas)
            for number, row in self.rows(word)
        )

    def is_name(self, word: str) -> bool:
        """Whether a dictionary has the word, capitalised exactly so, as a headword with
        senses: Marie, Paris (the names it knows), not Tenez or Police."""
        return word[:1].isupper() and any(
            number in SENSE_FILES and row.headword == word and bool(row.senses)
            for number, row in self.rows(word)
        )

    def gender(self, lemma: str, context: str = "") -> str:
        """Masc or Fem for a noun, from the most reliable source that knows it. For a noun
        used with both (le/la touriste, le/la poste) the context's gender (spaCy's, from the
        determiner) decides, else the more frequent one."""
        genders = self.gender_of(lemma).split(",")
        return context if len(genders) > 1 and context in genders else genders[0]

    def _gender_of(self, lemma: str) -> str:
        """Masc, Fem, both ("Fem,Masc": the more likely first) or "" when unknown.

        The most reliable source that knows the noun decides, unless two later ones agree
        on the other gender (Lefff's "le pomme de terre" against WikDict and FreeDict); for a
        noun of both genders the others' votes say which to show without a context."""
        answers = self._genders(lemma)
        if not answers:
            return ""
        votes = Counter(answer for answer in answers[1:] if "," not in answer)
        first = answers[0].split(",")
        if len(first) == 2:
            likely, other = first
            return f"{other},{likely}" if votes[other] > votes[likely] else answers[0]
        other = "Fem" if first[0] == "Masc" else "Masc"
        return other if votes[other] >= 2 and votes[other] > votes[first[0]] else first[0]

    def _genders(self, lemma: str) -> list[str]:
        """Each gender source's answer, most reliable first."""
        rows = self.rows(lemma)
        answers = []
        for number in GENDER_ORDER:
            found = (r.gender for n, r in rows if n == number and r.gender and r.pos in NOUNS)
            answers.append(next(found, ""))
        return [answer for answer in answers if answer]

    def ipa(self, word: str, pos: str = "") -> str:
        """The word's IPA (the lexicon's first source that has it), or ""."""
        return _first_ipa(self.rows(word), pos)

    def phrases(self) -> Iterator[tuple[str, str, tuple[str, ...]]]:
        """(headword, pos, senses) of every multi-word headword with senses, in file order."""
        data = self._open()
        for number in sorted(SENSE_FILES):
            for row in _all_rows(data[number]):
                if " " in row.headword and row.senses:
                    yield row.headword, row.pos, tuple(s.text for s in row.senses)

    def phrase(
        self, words: Sequence[str], *, before: int = 0
    ) -> tuple[str, tuple[Translation, ...]] | None:
        """The longest multi-word headword the words start with, and its translations; it
        must reach past the first `before` words."""
        return self._phrases(tuple(words[:4]), before)  # _phrase reads no more than four

    def _phrase(
        self, words: tuple[str, ...], before: int
    ) -> tuple[str, tuple[Translation, ...]] | None:
        for size in range(min(len(words), 4), max(1, before), -1):
            phrase = " ".join(words[:size])
            rows = [row for n, row in self.rows(phrase) if n in SENSE_FILES and row.senses]
            if rows and " " in rows[0].headword:
                return rows[0].headword, self.translate(rows[0].headword, phrase, rows[0].pos)
        return None

    def __len__(self) -> int:
        """Distinct headwords with senses."""
        return self._headword_count()

    @functools.cache  # noqa: B019 - one lexicon per process; the count never changes
    def _headword_count(self) -> int:
        """Recorded by the build in SOURCES.json: counting would read every file."""
        try:
            sources = json.loads((self.folder / SOURCES_NAME).read_text(encoding="utf-8"))
            return int(sources["headwords_with_senses"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0

    def __iter__(self) -> Iterator[DictionaryEntry]:
        data = self._open()
        for number in sorted(SENSE_FILES):
            for row in _all_rows(data[number]):
                if row.senses:
                    senses = tuple(s.text for s in row.senses)
                    yield DictionaryEntry(row.headword, row.pos, row.gender, row.ipa, senses)

    def __repr__(self) -> str:
        return f"Lexicon({self.name!r}, {self.folder})"


def _pivots_lead(senses: list[RankedSense]) -> bool:
    """Whether the pivot languages' senses go first: the direct sources give no common
    English word of the token's part of speech (only a stray "enfermo", or the adjective's
    "sick" for the noun malade) and the pivots give one."""
    direct = [s for s in senses if not s.is_pivot_only and s.same_pos]
    pivots = [s for s in senses if s.is_pivot_only and s.same_pos]
    if all(s.is_rare for s in direct) and any(not s.is_rare for s in pivots):
        return True
    return all(s.is_rare for s in senses if not s.is_pivot_only)


def _is_infinitive(word: str) -> bool:
    return word.endswith(("er", "ir", "re")) and " " not in word and "'" not in word


def pronominal(verb: str) -> str:
    """The verb with se, elided before a vowel or a mute h (attabler: s'attabler; pencher: se
    pencher), as the dictionaries and the phrase lists write it."""
    return f"s'{verb}" if verb[:1] in "aeéèêiîoôuhy" else f"se {verb}"


def _has_pos(rows: list[Row], pos: str) -> bool:
    return any(same_pos(row.pos, pos) for row in rows)


def _texts(senses: list[RankedSense]) -> tuple[str, ...]:
    return tuple(sense.text for sense in senses)


def _first_ipa(rows: Sequence[tuple[int, Row]], pos: str) -> str:
    for number in IPA_ORDER:
        candidates = [row for n, row in rows if n == number and row.ipa]
        candidates.sort(key=lambda row: not same_pos(row.pos, pos))
        if candidates:
            return candidates[0].ipa
    return ""


def _row_at(data: mmap.mmap, offset: int) -> Row | None:
    end = data.find(b"\n", offset)
    return parse_row(data[offset : end if end >= 0 else len(data)].decode("utf-8", "replace"))


def _all_rows(data: mmap.mmap) -> Iterator[Row]:
    for line in data[:].decode("utf-8", "replace").splitlines():
        if line and not line.startswith("#") and (row := parse_row(line)) is not None:
            yield row


def _rebuild(data: list[mmap.mmap]) -> array[int]:
    """The index, when the shipped one does not match the files (they were changed)."""
    keys = array("Q")
    for number, mapped in enumerate(data):
        offset = 0
        for line in mapped[:].split(b"\n"):
            if line and not line.startswith(b"#"):
                headword = line.split(b"\t", 1)[0].decode("utf-8", "replace")
                keys.append(pack(headword, number, offset))
            offset += len(line) + 1
    return array("Q", sorted(keys))


@functools.cache
def bundled_lexicon() -> Lexicon:
    """The lexicon shipped with the app (nothing is read until the first lookup)."""
    return Lexicon(resources_dir() / FOLDER)


def multiword_headwords() -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(headword, pos, senses) of the bundled lexicon's multi-word entries (afin de, pomme de
    terre, avoir lieu ...), for recognising expressions in a text."""
    return bundled_lexicon().phrases()

"""The lexicon check: a lemma that Lexique's forms contradict is corrected.

Lexique 3 lists each form with its part of speech and lemma (montre: noun montre, verb
montrer). Where the form is listed with the token's part of speech, the lemma must be one of
that part of speech's (demeure tagged VERB -> demeurer, connues tagged ADJ -> connu, the
participle used as an adjective), unless the dictionaries know the model's lemma as a word of
that part of speech: Lexique gives the masculine of nouns (amie -> ami, épouse -> époux),
the dictionaries know amie and épouse. A verb's lemma is sure when the Lefff conjugates it to
the form (élue: élire, not Lexique's éluer). Where the form is listed only with other parts of
speech, the tagger erred: a lemma that is no word at all (gras -> grer, quoique -> quoiqu)
gives way to the one lemma every reading agrees on, else to the form itself where it is a
lemma (manque -> manqu: the noun manque). A form Lexique does not list keeps its lemma,
unless the Lefff contradicts it: a verb it does not conjugate to the form gives way to the
one it does (se rassit: rasseoir, not rassir), a lemma that is no word to the participle the
form is (attablées -> attablé).

Once the doc's parts of speech are settled, a noun the lexicon knows with one gender only
takes that gender where the model gave the other (Oh putain !: feminine), so the card's
header (the lexicon's gender) and its grammar note (the features) agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from reader.core.analysis.corrections.rule_switches import is_enabled, register

RARE_VERB = register(
    "rare-verb", "a far commoner verb with the same form: rentrait -> rentrer, not rentraire"
)
LIGATURE = register("ligature", "forms with œ checked as Lexique writes them: mœurs, cœurs")
FEMININE = register("feminine-adjective", "an adjective's feminine is no lemma: étroite -> étroit")
ADJECTIVE = register(
    "adjective-reading", "a noun or verb Lexique knows only as an adjective: souriante"
)
PLURAL_ONLY = register(
    "plural-only", "a plural Lexique gives as its own lemma: obsèques, fiançailles, ténèbres"
)
PARTICIPLE_NOUN = register(
    "participle-noun", "a participle used as a noun takes its masculine: habituées -> habitué"
)
LEFFF_VERB = register(
    "lefff-verb", "a verb form Lexique lacks takes the Lefff's verb: se rassit -> rasseoir"
)
LEFFF_PARTICIPLE = register(
    "lefff-participle", "an unknown word that is a Lefff participle: attablées -> attablé"
)
NOUN_GENDER = register(
    "noun-gender", "a noun of one gender only takes the lexicon's: Oh putain ! (Fem, not Masc)"
)

# The token's part of speech -> Lexique's (Lexique has one tag for all conjunctions).
LEXIQUE_POS = {
    "NOUN": "NOUN",
    "VERB": "VERB",
    "ADJ": "ADJ",
    "ADV": "ADV",
    "ADP": "ADP",
    "CCONJ": "CCONJ",
    "SCONJ": "CCONJ",
    "INTJ": "INTJ",
}
# Tags the check applies to: the closed classes (pronouns, determiners) are missing from
# Lexique, so their readings there (la: the musical note) would mislead.
CHECKED = frozenset({*LEXIQUE_POS, "X"})
# A plural's ending -> its singular's, the likelier first (chevaux -> cheval, not chevau).
PLURAL_ENDINGS = (("aux", "al"), ("s", ""), ("x", ""))
# A plural's ending -> its lemma's, for the nouns whose gender is checked (chevaux, travaux).
NOUN_PLURALS = (("s", ""), ("x", ""), ("aux", "al"), ("aux", "ail"))
# How much more common (Zipf points: 1.5 is about 30 times) a verb conjugated to the same
# form must be to replace the model's (rentrait: rentrer, not rentraire; nous allions: aller,
# not allier); il vit stays vivre or voir as the model says (0.9 apart).
RARER_VERB = 1.5
Features = dict[str, str]


class Lexique(Protocol):
    """What the check asks of the lexicon and the conjugation tables."""

    def readings(self, form: str) -> Mapping[str, tuple[str, ...]]:
        """Lexique's readings of a form spelled so: part of speech -> lemmas."""

    def is_headword(self, word: str, pos: str) -> bool:
        """Whether a dictionary has the word, spelled so, as a headword of that POS."""

    def is_lemma(self, word: str) -> bool:
        """Whether the word is a lemma at all (a headword, a Lexique lemma, a Lefff verb)."""

    def is_noun(self, word: str) -> bool:
        """Whether a dictionary or the Lefff has the word, spelled so, as a noun of its own."""

    def conjugates_to(self, verb: str, form: str) -> bool:
        """Whether the Lefff conjugates the verb to the form."""

    def agrees(self, verb: str, form: str, person: str, number: str) -> bool:
        """Whether the form is the verb's in that person and number (finite forms)."""

    def masculine_participle(self, verb: str, form: str) -> str:
        """The masculine singular of the verb's participle the form is (affaiblies ->
        affaibli, rassurant -> rassurant), or ""."""

    def frequency(self, word: str) -> float:
        """How common the word is in French (Zipf scale)."""

    def is_verb(self, lemma: str) -> bool:
        """Whether the word is a verb's infinitive (the model's tables or the Lefff)."""

    def verbs_with_form(self, form: str) -> tuple[str, ...]:
        """The Lefff verbs conjugated to the form (among those spelled with its first three
        letters: the forms Lexique lacks are rare verbs' regular ones)."""


class Genders(Protocol):
    """What the gender check asks of the lexicon."""

    def readings(self, form: str) -> Mapping[str, tuple[str, ...]]:
        """Lexique's readings of a form spelled so: part of speech -> lemmas."""

    def gender_of(self, noun: str) -> str:
        """The noun's gender: Masc, Fem, both ("Fem,Masc") or "" when unknown."""


def check_lemma(
    form: str, pos: str, lemma: str, lexique: Lexique, number: str = "", person: str = ""
) -> tuple[str, str]:
    """(part of speech, lemma) after the check; form is in lower case, as a dictionary
    writes it; number and person are the model's (Sing, Plur, 1, 2, 3 or "")."""
    if "œ" in form and is_enabled(LIGATURE) and not isinstance(lexique, _Ligatures):
        # Lexique writes oe (moeurs, coeur), the dictionaries œ (belle-sœur)
        return check_lemma(form, pos, lemma, _Ligatures(lexique), number, person)
    if pos == "NOUN" and (own_noun := noun_headword(form, lemma, number, lexique)):
        return pos, _participle_noun_lemma(own_noun, lexique) or own_noun
    found = lexique.readings(form) if pos in CHECKED else {}
    if not found:
        if unlisted := _unlisted_form(form, pos, lemma, lexique, (person, number)):
            return unlisted
        return (("ADJ" if _participle_noun(pos, lemma, lexique) else pos), lemma)
    own = found.get(LEXIQUE_POS.get(pos, ""), ())
    if pos == "VERB" and own:
        return pos, _verb_lemma(form, lemma, own, lexique, (person, number))
    if _adjective_only(form, pos, lemma, own, found, lexique):
        # souriante, étroite tagged as a noun or a verb that Lexique knows only as an adjective
        # (and a verb's form): the model's lemma is no word, the adjective's is
        return "ADJ", _own_lemma(form, "ADJ", lemma, found["ADJ"], lexique)
    if own:
        return pos, _own_lemma(form, pos, lemma, own, lexique)
    if set(found) == {"VERB"} and pos in ("ADJ", "NOUN"):
        # affaiblie, y compris, rassurant: participles Lexique lists as verbs only
        masculine = _participle_lemma(form, found["VERB"], lexique)
        if masculine:
            return pos, masculine
    if lexique.is_lemma(lemma):
        return pos, lemma
    agreed = {candidate for lemmas in found.values() for candidate in lemmas}
    if len(agreed) != 1:
        # manque -> manqu: a lemma that is no word gives way to the form, where it is one
        own_pos = [tag for tag, lemmas in found.items() if form in lemmas]
        return (own_pos[0], form) if own_pos else (pos, lemma)
    only = next(iter(agreed))
    return (next(iter(found)) if len(found) == 1 else pos), only


class _Ligatures:
    """The lexicon for a form written with œ: Lexique's readings asked with oe (moeurs) and
    given back with œ; the dictionaries, which write œ, asked as they are."""

    def __init__(self, lexique: Lexique) -> None:
        self.lexique = lexique
        self.is_headword = lexique.is_headword
        self.is_lemma = lexique.is_lemma
        self.is_noun = lexique.is_noun
        self.conjugates_to = lexique.conjugates_to
        self.agrees = lexique.agrees
        self.masculine_participle = lexique.masculine_participle
        self.frequency = lexique.frequency
        self.is_verb = lexique.is_verb
        self.verbs_with_form = lexique.verbs_with_form

    def readings(self, form: str) -> Mapping[str, tuple[str, ...]]:
        found = self.lexique.readings(form.replace("œ", "oe"))
        return {
            pos: tuple(lemma.replace("oe", "œ") for lemma in lemmas)
            for pos, lemmas in found.items()
        }


def _adjective_only(
    form: str,
    pos: str,
    lemma: str,
    own: tuple[str, ...],
    found: Mapping[str, tuple[str, ...]],
    lexique: Lexique,
) -> bool:
    """souriante tagged NOUN, étroite tagged VERB: Lexique knows the form as an adjective
    and not in the token's part of speech, and the model's lemma is no word (for a noun) or
    no verb conjugated to the form (for a verb: its lemma étroite is a word, not a verb)."""
    if not is_enabled(ADJECTIVE) or pos not in ("NOUN", "VERB") or own or not found.get("ADJ"):
        return False
    if pos == "VERB":
        return not lexique.conjugates_to(lemma, form)
    return not lexique.is_lemma(lemma)


def _unlisted_form(
    form: str, pos: str, lemma: str, lexique: Lexique, person: tuple[str, str]
) -> tuple[str, str] | None:
    """A form Lexique does not list, which the model lemmatised to a word that cannot be its
    lemma: a verb the Lefff knows but does not conjugate to the form (il se rassit: not
    rassir, which the Lefff gives no rassit, but rasseoir's passé simple), a noun or
    adjective whose lemma is no word (attablées -> attablée) but a Lefff verb's participle.
    None when the Lefff offers nothing (a new verb keeps the model's lemma)."""
    if pos == "VERB" and is_enabled(LEFFF_VERB) and _unconjugated_verb(lemma, form, lexique):
        verbs = lexique.verbs_with_form(form)
        verbs = tuple(verb for verb in verbs if lexique.agrees(verb, form, *person)) or verbs
        return ("VERB", max(verbs, key=lexique.frequency)) if verbs else None
    if pos in ("NOUN", "ADJ") and is_enabled(LEFFF_PARTICIPLE) and not lexique.is_lemma(lemma):
        masculine = _participle_lemma(form, lexique.verbs_with_form(form), lexique)
        return (pos, masculine) if masculine else None
    return None


def _unconjugated_verb(lemma: str, form: str, lexique: Lexique) -> bool:
    """rassir for rassit: a verb the Lefff knows but does not conjugate to the form; a
    lemma that is no verb at all (issu) is left to the adjective check."""
    return lexique.is_verb(lemma) and not lexique.conjugates_to(lemma, form)


def _participle_noun(pos: str, lemma: str, lexique: Lexique) -> bool:
    """une voisine souriante: a "noun" whose lemma is only a verb's present participle."""
    if not is_enabled(ADJECTIVE) or pos != "NOUN" or not lemma.endswith("ant"):
        return False
    return set(lexique.readings(lemma)) == {"VERB"}


def noun_headword(form: str, lemma: str, number: str, lexique: Lexique) -> str:
    """A noun that is a noun of its own: actrice (not acteur), fois, cours, passe (not
    passer); in the plural, the singular noun (parties -> partie), unless the plural is a
    noun too (fils: sons or threads), where the model's choice stays, or the plural is
    Lexique's only lemma of it (obsèques). "" if none."""
    singulars = [
        singular
        for ending, replacement in PLURAL_ENDINGS
        if number == "Plur"
        and form.endswith(ending)
        and lexique.is_noun(singular := form.removesuffix(ending) + replacement)
    ]
    singular = singulars[0] if singulars else ""
    if singular:
        if not lexique.is_noun(form) or lemma not in (form, singular):
            return singular
        return form if _plural_only(form, lexique) else lemma
    if number != "Plur" and lexique.is_noun(form):
        return form
    return ""


def _plural_only(form: str, lexique: Lexique) -> bool:
    """obsèques, fiançailles, ténèbres: a plural that Lexique gives as its own and only lemma,
    though the singular is a noun somewhere (the Lefff's obsèque), is the lemma a learner
    looks up; fils (sons or threads), which Lexique also gives as fil's, stays the model's."""
    return is_enabled(PLURAL_ONLY) and lexique.readings(form).get("NOUN") == (form,)


def _participle_noun_lemma(noun: str, lexique: Lexique) -> str:
    """habituée, employée: the feminine of a past participle used as a noun, which no
    dictionary has as a headword of its own, takes the masculine (habitué, employé), as
    Lexique and UD lemmatise it; a feminine the dictionaries have stays (mariée: bride;
    armée, arrivée are nouns of their own in Lexique too). "" if none."""
    if not is_enabled(PARTICIPLE_NOUN) or not noun.endswith("e"):
        return ""
    masculine = noun[:-1]
    found = lexique.readings(noun)
    if found.get("NOUN") != (masculine,) or lexique.is_headword(noun, "NOUN"):
        return ""
    verbs = found.get("VERB", ())
    return (
        masculine if any(_participle_lemma(noun, (v,), lexique) == masculine for v in verbs) else ""
    )


def _participle_lemma(form: str, verbs: tuple[str, ...], lexique: Lexique) -> str:
    """affaiblie -> affaibli: a participle's masculine singular, the lemma of its use as an
    adjective or a noun; "" when the form is no verb's participle."""
    for verb in verbs:
        if masculine := lexique.masculine_participle(verb, form):
            return masculine
    return ""


def _verb_lemma(
    form: str, lemma: str, own: tuple[str, ...], lexique: Lexique, person: tuple[str, str]
) -> str:
    """The verb the form belongs to: among the model's and Lexique's, those the Lefff
    conjugates to the form, in the model's person and number where one is (convient: il
    convient is convenir, ils convient convier), the model's, else the most frequent."""
    verbs = [verb for verb in dict.fromkeys((lemma, *own)) if lexique.conjugates_to(verb, form)]
    agreeing = [verb for verb in verbs if lexique.agrees(verb, form, *person)]
    verbs = agreeing or verbs
    if not verbs:
        return lemma if lemma in own else closest(own, lemma, form)
    if lemma not in verbs:
        return max(verbs, key=lexique.frequency)
    if len(verbs) == 1 or not is_enabled(RARE_VERB):
        return lemma
    common = max(verbs, key=lexique.frequency)
    rarer = lexique.frequency(common) - lexique.frequency(lemma) >= RARER_VERB
    return common if rarer else lemma


def _own_lemma(form: str, pos: str, lemma: str, own: tuple[str, ...], lexique: Lexique) -> str:
    """The lemma among Lexique's for the token's POS, unless the model's is as sure."""
    if lemma in own:
        return lemma
    # amie, épouse: Lexique gives the masculine of nouns; nouvelle: its own adjective; not
    # étroite, whose lemma is étroit
    feminine = pos == "ADJ" and lemma == form and form[:-1] in own and is_enabled(FEMININE)
    own_word = pos == "NOUN" or set(own) <= {form, form[:-1]}
    if lexique.is_headword(lemma, pos) and own_word and not feminine:
        return lemma
    return closest(own, lemma, form)


def closest(candidates: tuple[str, ...], lemma: str, form: str) -> str:
    """The candidate nearest the model's lemma: the form itself if it is one, else the one
    sharing the longest beginning with the model's lemma (durent: devoir or durer)."""
    if len(candidates) == 1:
        return candidates[0]
    if form in candidates:
        return form
    return max(candidates, key=lambda candidate: _shared_start(candidate, lemma))


def _shared_start(one: str, other: str) -> int:
    length = 0
    for left, right in zip(one, other, strict=False):
        if left != right:
            break
        length += 1
    return length


def correct_noun_genders(
    fields: list[dict[str, Any]], lexique: Genders, kept: dict[int, tuple[Features, Features]]
) -> None:
    """A noun whose lemma the lexicon knows with one gender only takes that gender where the
    model gave the other (« Oh putain ! »: Fem, as the card's header la putain says). Nouns
    of both genders (le/la livre, tour, poste, élève) keep the model's, which their
    determiner decides; so does a form that is not the lemma or its plural (amie, whose
    lemma may be ami), and a form that is also an adjective unless a determiner of the
    lexicon's gender (or of none) comes right before it (une étrange obstination). `kept`
    maps a model's features to their corrected copy, so repeated words share one (the
    notes' memo keys on the features' id)."""
    if not is_enabled(NOUN_GENDER):
        return
    for index, values in enumerate(fields):
        if values["pos"] != "NOUN":
            continue
        morph = values["morph"]
        gender = morph.get("Gender")
        if gender not in ("Masc", "Fem"):
            continue
        lemma = values["lemma"]
        sure = lexique.gender_of(lemma)
        if sure == gender or sure not in ("Masc", "Fem"):
            continue
        form = values["text"].lower().replace("’", "'")
        if not _spells_lemma(form, lemma) or _adjective_by_noun(fields, index, form, lexique):
            continue
        found = kept.get(id(morph))
        if found is None or found[0] is not morph:
            found = kept[id(morph)] = (morph, {**morph, "Gender": sure})
        values["morph"] = found[1]


def _spells_lemma(form: str, lemma: str) -> bool:
    """Whether the form is the lemma or a plural of it (putains, chevaux), so has its gender:
    not amie for the lemma ami, nor employées for employé."""
    if form == lemma:
        return True
    return any(
        form.endswith(ending) and form.removesuffix(ending) + replacement == lemma
        for ending, replacement in NOUN_PLURALS
    )


def _adjective_by_noun(
    fields: list[dict[str, Any]], index: int, form: str, lexique: Genders
) -> bool:
    """une étrange obstination, le match éliminatoire, une fille, tranquille: a form that is
    also an adjective may be one the tagger took for a noun, agreeing with a noun of its own;
    it is taken for the noun only right after a determiner of no other gender (l'uniforme,
    les exemplaires, le rance)."""
    if "ADJ" not in lexique.readings(form):
        return False
    if index == 0 or fields[index - 1]["pos"] != "DET":
        return True
    # the model's gender, which the lexicon contradicts: a determiner of that gender agrees
    # with the adjective's noun, not with the lexicon's
    model = fields[index]["morph"].get("Gender")
    return bool(fields[index - 1]["morph"].get("Gender") == model)

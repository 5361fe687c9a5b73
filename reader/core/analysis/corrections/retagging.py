"""Parts of speech the tagger gets wrong where the neighbouring words settle it.

Each rule looks at a word's neighbours or its place in the parse, and changes its part of
speech (and so its lemma and features) only where French grammar leaves no doubt and the
lexicon knows the word in the new part of speech:

- a word before a hyphenated subject pronoun is a verb (A-t-il, dit-il);
- a word right after a reflexive or object clitic (se, me, te) is a verb (on se mouche);
- en + a form in -ant is a gérondif (en grandissant, en le regardant), and so is an object
  pronoun + a form in -ant that is only a verb's (puis, le regardant);
- a conjugated form never takes an auxiliary: avait envie is avoir + the noun envie, est
  content être + the adjective content (not a passive);
- a past participle with an auxiliary is a verb, whatever the tagger said (se sont félicités);
- pas, point, plus, jamais, guère right after ne are the negation (ne point se déranger);
- a capitalised imperative alone at a sentence start is the verb (« Tiens, Forestier ! »);
- a noun after a comma, without a determiner and before one, whose form is a verb's third
  person, is the verb of an incise (« … », note le communiqué);
- a word right after a subject clitic (il, je, on), or after the clitic and ne, in a finite
  form of that person, is a verb (il entre dans la salle; je ne pus);
- a "verb" right after a determiner that is never a pronoun (sa, une, cette) is a noun
  (elle regarde sa montre);
- pas, point, guère right after a verb that ne precedes close the negation (il ne faut point);
- the participle of a verb conjugated with être, after être, is that verb's compound tense
  (il est mort: mourir), not an adjective;
- a third-person "verb" with no subject opening a heading (or after its colon) before de is
  a noun (High-tech : annonce de la console);
- a passé simple or imperfect subjunctive plural Lexique knows only as a verb's is that verb
  (les élèves ricanèrent, nous accourûmes);
- in a clause the tagger left without a finite verb, a noun with no determiner between a
  noun and another word, whose form is a verb's indicative third person agreeing with it, is
  that verb (La commune compte 500 habitants; L'église date du XIIe siècle).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol

from reader.core.analysis.corrections.rule_switches import is_enabled, register
from reader.core.grammar.conjugation import closest_reading, correct_finite
from reader.core.grammar.lefff_verbs import form_readings

Fields = list[dict[str, Any]]

INVERSION = register("inversion", "a word before -il, -t-il, -moi is a verb")
CLITIC = register("clitic-verb", "a word right after se, me, te is a verb: on se mouche")
GERUND = register("gerund", "en + -ant is a gérondif: en grandissant")
AUXILIARY = register("auxiliary-noun", "a conjugated form takes no auxiliary: avait envie")
PARTICIPLE = register(
    "auxiliary-participle", "a participle with an auxiliary is a verb: se sont félicités"
)
NEGATION = register("negation-word", "pas, point, guère, jamais right after ne: ne point")
PARTICIPLE_CLAUSE = register(
    "participle-clause", "an object pronoun + a form in -ant that is only a verb's: le regardant"
)
INTERJECTION = register("imperative-start", "an imperative alone at a sentence start: Tiens,")
INCISE = register("incise", "the verb of an incise: », note le communiqué")
SUBJECT = register("subject-clitic", "a finite form right after il, je, on is a verb: il entre")
SUBJECT_PROPN = register("subject-name", "a lower-case 'name' right after il, je is a verb: il lit")
SUBJECT_NE = register(
    "subject-ne", "a finite form after je ne, je le, il ne lui is a verb: je ne pus, je le compris"
)
DETERMINED = register("determiner-noun", "a verb form right after sa, une, cette is a noun")
NEGATION_AFTER_VERB = register("negation-after-verb", "ne faut point: the partner after the verb")
HEADING = register(
    "heading-noun", "a subjectless 'verb' opening a heading before de is a noun: annonce de"
)
LITERARY = register(
    "literary-tense", "passé simple and imperfect subjunctive plurals: ricanèrent, accourûmes"
)
VERBLESS = register(
    "verbless-sentence", "the verb of a sentence the tagger left without one: la commune compte"
)
ETRE_VERB = register("être-participle", "est mort, est entré: mourir, entrer after être")

CLITICS = frozenset({"se", "s'", "me", "m'", "te", "t'"})
# Object pronouns that stand between en and its participle (en le regardant, en s'en allant).
OBJECTS = frozenset("le la les l' lui leur se s' me m' te t' nous vous y en".split())
ARTICLES = frozenset("le la les l'".split())
# Endings of the passé simple's and the imperfect subjunctive's plurals, found in no noun
# or adjective that Lexique does not also list as one (âmes, flûtes, infâmes).
LITERARY_ENDINGS = tuple(
    "èrent irent urent inrent âmes îmes ûmes âtes îtes ûtes assent issent ussent inssent".split()
)
PARTITIVES = frozenset({"de", "d'", "d’"})
RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle"})
NEGATION_ADVERBS = frozenset({"pas", "point", "plus", "jamais", "guère", "nullement"})
NEGATION_PRONOUNS = frozenset({"rien", "personne"})
NOMINAL = frozenset({"NOUN", "ADJ", "PROPN", "INTJ", "X"})
DETERMINERS = frozenset("le la les l' un une son sa ses leur leurs ce cet cette ces".split())
CLOSING = frozenset({",", "!", "?", "…", "."})
OPENING = frozenset({"«", "—", "–", "-", '"', "“", ":"})
# Subject clitics and the person and number of the verb they take (elle, elles: not after a
# preposition, where they are stressed pronouns).
SUBJECT_CLITICS = {
    "je": ("1", "Sing"),
    "j'": ("1", "Sing"),
    "tu": ("2", "Sing"),
    "il": ("3", "Sing"),
    "elle": ("3", "Sing"),
    "on": ("3", "Sing"),
    "ils": ("3", "Plur"),
    "elles": ("3", "Plur"),
}
# Determiners that are never object pronouns (unlike le, la, les, leur), so never before a verb.
NOUN_DETERMINERS = frozenset(
    "un une du au aux des mon ma mes ton ta tes son sa ses notre nos votre vos leurs ce cet "
    "cette ces chaque quelque plusieurs".split()
)
# Verbs whose compound tenses take être (il est mort, elle est née, ils sont entrés).
ETRE_VERBS = frozenset(
    "aller venir arriver partir mourir naître entrer sortir monter descendre tomber rester "
    "retourner devenir revenir rentrer repartir ressortir décéder parvenir intervenir "
    "survenir advenir redevenir".split()
)


class Lexique(Protocol):
    """What the rules ask of the lexicon."""

    def readings(self, form: str) -> Mapping[str, tuple[str, ...]]:
        """Lexique's readings of a form spelled so: part of speech -> lemmas."""

    def is_name(self, word: str) -> bool:
        """Whether a dictionary knows the word, capitalised so, as a name (Marie, Paris)."""


Relemmatise = Callable[[str, str], str]


class Verbs:
    """The verbs a form belongs to: Lexique's, and the model's rules' (mouche -> moucher,
    which Lexique lists as a noun only), each checked against the Lefff's conjugation."""

    def __init__(self, lexique: Lexique, relemmatise: Relemmatise) -> None:
        self.lexique = lexique
        self.is_name = lexique.is_name
        self.relemmatise = relemmatise

    def readings(self, form: str) -> Mapping[str, tuple[str, ...]]:
        found = dict(self.lexique.readings(form))
        guessed = self.relemmatise(form, "VERB")
        candidates = (*found.get("VERB", ()), guessed)
        verbs = tuple(dict.fromkeys(v for v in candidates if form_readings(v, form)))
        if verbs:
            found["VERB"] = verbs
        else:
            found.pop("VERB", None)
        return found


def retag(fields: Fields, lexique: Lexique, relemmatise: Relemmatise) -> None:
    """Correct the fields of one doc's tokens in place (pos, lemma, morph)."""
    verbs = Verbs(lexique, relemmatise)
    for index, values in enumerate(fields):
        before = fields[index - 1] if index else None
        after = fields[index + 1] if index + 1 < len(fields) else None
        if is_enabled(INVERSION) and _before_subject_clitic(values, after):
            _make_verb(values, relemmatise(values["_spacy"].text.lower(), "VERB"), "Fin")
        elif _gerund(fields, index, verbs):
            _to_gerund(values, verbs)
        elif is_enabled(CLITIC) and _after_clitic(values, before):
            _to_finite_verb(values, verbs)
        elif is_enabled(AUXILIARY) and _conjugated_with_auxiliary(values, verbs):
            _to_noun(values, verbs)
        elif is_enabled(PARTICIPLE) and _participle_with_auxiliary(values):
            _to_participle(values, verbs)
        elif is_enabled(NEGATION) and _after_ne(values, before):
            lower = values["text"].lower()
            values["pos"] = "PRON" if lower in NEGATION_PRONOUNS else "ADV"
            values["lemma"] = lower
            values["morph"] = {"Polarity": "Neg"} if values["pos"] == "ADV" else {}
        elif is_enabled(INTERJECTION) and _imperative_start(values, before, after, verbs):
            _to_imperative(values, verbs)
        elif is_enabled(INCISE) and _incise(fields, index, verbs):
            _to_finite_verb(values, verbs)
        elif person := _subject_person(fields, index):
            _to_agreeing_verb(values, verbs, person)
        elif is_enabled(DETERMINED) and _after_noun_determiner(values, before, verbs):
            _to_noun(values, verbs)
        elif is_enabled(NEGATION_AFTER_VERB) and _negation_after_verb(fields, index):
            values.update(lemma=values["text"].lower(), pos="ADV", morph={"Polarity": "Neg"})
        elif is_enabled(ETRE_VERB) and (verb := _etre_participle(values, verbs)):
            values.update(lemma=verb, pos="VERB", morph=_participle_morph(values, verb))
        elif is_enabled(HEADING) and (noun := _heading_noun(fields, index, verbs)):
            values.update(lemma=noun, pos="NOUN", morph={"Number": "Sing"})
        elif is_enabled(LITERARY) and _literary_form(values, verbs):
            _to_finite_verb(values, verbs)
        elif is_enabled(VERBLESS) and (reading := _verb_of_verbless(fields, index, verbs)):
            values.update(pos="VERB", lemma=reading[0], morph=reading[1])


def _before_subject_clitic(values: dict[str, Any], after: dict[str, Any] | None) -> bool:
    """A-t-il, dit-il: the word before a hyphenated pronoun is a verb."""
    if after is None or not values["is_word"] or values["pos"] in ("VERB", "AUX", "PRON"):
        return False  # allez-vous-en: -vous before -en is a pronoun itself
    return bool(after["text"].startswith("-") and after["pos"] == "PRON")


def _after_clitic(values: dict[str, Any], before: dict[str, Any] | None) -> bool:
    """on se mouche: a clitic pronoun stands only before a verb (or another clitic)."""
    if before is None or values["pos"] not in NOMINAL:
        return False
    return before["pos"] == "PRON" and before["text"].lower().replace("’", "'") in CLITICS


def _after_en(fields: Fields, index: int) -> bool:
    """en grandissant, en le regardant, en s'en allant: en + object pronouns + a present
    participle."""
    values = fields[index]
    if values["pos"] in ("VERB", "AUX") or not values["text"].endswith("ant"):
        return False
    before = index - 1
    while before > 0 and _object_clitic(fields[before]):
        before -= 1
    return before >= 0 and fields[before]["text"].lower() == "en"


def _gerund(fields: Fields, index: int, verbs: Verbs) -> bool:
    """A present participle by one of two rules: after en, or right after its object."""
    return (is_enabled(GERUND) and _after_en(fields, index)) or (
        is_enabled(PARTICIPLE_CLAUSE) and _after_object(fields, index, verbs)
    )


def _after_object(fields: Fields, index: int, verbs: Verbs) -> bool:
    """puis, le regardant des pieds à la tête: an object pronoun + a form in -ant that is
    only a verb's (not le passant, le restaurant, which are nouns too)."""
    values = fields[index]
    if index == 0 or values["pos"] in ("VERB", "AUX") or not values["text"].endswith("ant"):
        return False
    if not _object_clitic(fields[index - 1]):
        return False
    return set(verbs.readings(values["text"].lower())) == {"VERB"}


def _object_clitic(values: dict[str, Any]) -> bool:
    """An object pronoun; le, la, les, l' also when tagged as articles (French has no
    en + the definite article: en le regardant is the pronoun)."""
    lower = values["text"].lower().replace("’", "'")
    if values["pos"] == "DET":
        return lower in ARTICLES
    return values["pos"] == "PRON" and lower in OBJECTS


def _conjugated_with_auxiliary(values: dict[str, Any], verbs: Verbs) -> bool:
    """avait envie, est content: the tagger took a noun or an adjective for a conjugated verb
    after avoir or être."""
    token = values["_spacy"]
    if values["pos"] != "VERB" or values["morph"].get("VerbForm") != "Fin":
        return False
    if not any(child.dep_ in ("aux:tense", "aux:pass") for child in token.children):
        return False
    form = values["text"].lower()
    found = verbs.readings(form)
    participle = any(
        reading["VerbForm"] == "Part"
        for verb in found.get("VERB", ())
        for reading in form_readings(verb, form)
    )
    return ("NOUN" in found or "ADJ" in found) and not participle


def _participle_with_auxiliary(values: dict[str, Any]) -> bool:
    """se sont félicités: the tagger took the participle of a compound tense for a noun."""
    if values["pos"] not in ("NOUN", "ADJ"):
        return False
    return any(child.dep_ in ("aux:tense", "aux:pass") for child in values["_spacy"].children)


def _after_ne(values: dict[str, Any], before: dict[str, Any] | None) -> bool:
    """ne point, n'… pas: the word right after ne is its partner, never a verb or a noun."""
    if before is None or before["text"].lower().replace("’", "'") not in ("ne", "n'"):
        return False
    lower = values["text"].lower()
    return lower in NEGATION_ADVERBS | NEGATION_PRONOUNS and values["pos"] not in ("ADV",)


def _imperative_start(
    values: dict[str, Any],
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    verbs: Verbs,
) -> bool:
    """« Tiens, Forestier ! », Tenez, Voyons: a capitalised imperative alone before a comma;
    never a name the dictionaries know (« Marie, viens ! », not marier)."""
    if values["pos"] in ("VERB", "AUX") or not values["text"][:1].isupper():
        return False
    if verbs.is_name(values["_spacy"].text):
        return False
    starts = before is None or before["sentence"] != values["sentence"] or before["text"] in OPENING
    ends = after is not None and after["text"] in CLOSING
    return starts and ends and bool(_imperative_verbs(values["text"].lower(), verbs))


def _incise(fields: Fields, index: int, verbs: Verbs) -> bool:
    """« … », note le communiqué: a noun without a determiner between a comma and a short
    subject (a determiner and a noun ending the clause), that is a verb's third person."""
    values = fields[index]
    window = fields[index - 1 : index + 4]
    if values["pos"] != "NOUN" or index == 0 or len(window) < 4:
        return False
    comma, _, determiner, noun, *end = window
    if comma["text"] != "," or determiner["text"].lower() not in DETERMINERS:
        return False
    if noun["pos"] not in ("NOUN", "PROPN") or (end and end[0]["is_word"]):
        return False
    if any(child.dep_ == "det" for child in values["_spacy"].children):
        return False
    return any(
        reading.get("Person") == "3" and reading.get("Mood") == "Ind"
        for reading in _verb_readings(values["text"].lower(), verbs)
    )


def _after_subject(fields: Fields, index: int, any_pos: bool = False) -> tuple[str, str] | None:
    """il entre, on note: the person and number of the subject clitic right before a word the
    tagger did not take for a verb (any_pos: before ne), or None."""
    values = fields[index]
    if index == 0 or not values["is_word"]:
        return None
    if not any_pos and values["pos"] not in ("NOUN", "ADJ", "ADP"):
        return None
    before = fields[index - 1]
    clitic = before["text"].lower().replace("’", "'")
    if before["pos"] != "PRON" or clitic not in SUBJECT_CLITICS:
        return None
    if clitic.startswith("elle") and index > 1 and fields[index - 2]["pos"] == "ADP":
        return None  # pour elle seule: a stressed pronoun
    return SUBJECT_CLITICS[clitic]


def _subject_person(fields: Fields, index: int) -> tuple[str, str] | None:
    """The person and number of the subject clitic the word follows, by one of three rules:
    right after it (il entre; il lit, tagged as a name), or after it and ne (je ne pus)."""
    if is_enabled(SUBJECT) and (person := _after_subject(fields, index)):
        return person
    values = fields[index]
    if is_enabled(SUBJECT_PROPN) and values["pos"] == "PROPN" and values["text"].islower():
        return _after_subject(fields, index, any_pos=True)  # plus il lit: no name in lower case
    return _after_subject_ne(fields, index) if is_enabled(SUBJECT_NE) else None


def _after_subject_ne(fields: Fields, index: int) -> tuple[str, str] | None:
    """je ne pus, il n'osa, je le compris: after a subject clitic, ne and object pronouns
    comes a verb; the subject's person and number, or None."""
    values = fields[index]
    if index < 2 or not values["is_word"] or values["pos"] in ("VERB", "AUX", "PRON"):
        return None
    before = index - 1
    while before > 0 and _negation_or_object(fields[before]):
        before -= 1
    if before == index - 1:
        return None
    return _after_subject(fields, before + 1, any_pos=True)


def _negation_or_object(values: dict[str, Any]) -> bool:
    """ne, n', or an object pronoun: what stands between a subject clitic and its verb."""
    return values["text"].lower().replace("’", "'") in ("ne", "n'") or _object_clitic(values)


def _to_agreeing_verb(values: dict[str, Any], verbs: Verbs, person: tuple[str, str]) -> None:
    """The verb whose finite form, in the subject's person and number, the word is."""
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        for reading in form_readings(verb, form):
            if (reading.get("Person"), reading.get("Number")) == person:
                values.update(lemma=verb, pos="VERB", morph=reading)
                return


def _after_noun_determiner(
    values: dict[str, Any], before: dict[str, Any] | None, verbs: Verbs
) -> bool:
    """sa montre, une annonce: a determiner that is never a pronoun stands before a noun."""
    if before is None or values["pos"] != "VERB" or before["pos"] != "DET":
        return False
    if before["text"].lower() not in NOUN_DETERMINERS:
        return False
    return bool(verbs.readings(values["text"].lower()).get("NOUN"))


def _negation_after_verb(fields: Fields, index: int) -> bool:
    """il ne faut point, ne voyait guère: pas, point, guère after a verb that ne precedes."""
    values = fields[index]
    lower = values["text"].lower()
    if lower not in NEGATION_ADVERBS or values["pos"] == "ADV" or index < 2:
        return False
    verb = fields[index - 1]
    if verb["pos"] not in ("VERB", "AUX"):
        return False
    window = fields[max(0, index - 5) : index - 1]
    return any(
        other["text"].lower().replace("’", "'") in ("ne", "n'")
        and other["sentence"] == values["sentence"]
        for other in window
    )


def _etre_participle(values: dict[str, Any], verbs: Verbs) -> str:
    """il est mort, elle est entrée: a participle tagged as an adjective, with être as its
    copula, of a verb whose compound tenses take être; "" otherwise (never a noun: elle est
    partie intégrante)."""
    if values["pos"] != "ADJ":
        return ""
    token = values["_spacy"]
    if not any(c.dep_ == "cop" and c.lemma_ == "être" for c in token.children):
        return ""
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        if verb in ETRE_VERBS and any(
            r.get("VerbForm") == "Part" and r.get("Tense") == "Past"
            for r in form_readings(verb, form)
        ):
            return verb
    return ""


def _heading_noun(fields: Fields, index: int, verbs: Verbs) -> str:
    """« High-tech : annonce de la console »: a third-person "verb" with no subject that
    opens the sentence or follows a colon, before de + a determiner, is the noun Lexique
    knows; or ""."""
    values = fields[index]
    morph = values["morph"]
    if values["pos"] != "VERB" or morph.get("VerbForm") != "Fin" or morph.get("Person") != "3":
        return ""
    if not _before_determined_complement(fields, index):
        return ""
    before = fields[index - 1] if index else None
    if before is not None and before["sentence"] == values["sentence"] and before["text"] != ":":
        return ""
    if any(child.dep_.startswith(("nsubj", "expl")) for child in values["_spacy"].children):
        return ""
    nouns = verbs.readings(values["text"].lower()).get("NOUN", ())
    return nouns[0] if nouns else ""


def _before_determined_complement(fields: Fields, index: int) -> bool:
    """annonce de la console, hausse des prix (not « Reste de marbre ! », an imperative)."""
    following = [other["text"].lower() for other in fields[index + 1 : index + 3]]
    if not following:
        return False
    if following[0] in ("du", "des"):
        return True
    return following[0] in PARTITIVES and len(following) > 1 and fields[index + 2]["pos"] == "DET"


def _literary_form(values: dict[str, Any], verbs: Verbs) -> bool:
    """ricanèrent tagged as an adverb, accourûmes as an adjective: a form in -èrent, -irent,
    -urent, -âmes, -îmes, -assent... that Lexique knows only as a verb's (not âmes, flûtes)."""
    if values["pos"] in ("VERB", "AUX", "PROPN") or not values["is_word"]:
        return False
    form = values["text"].lower()
    if not form.endswith(LITERARY_ENDINGS):
        return False
    return set(verbs.readings(form)) == {"VERB"}


def _verb_of_verbless(
    fields: Fields, index: int, verbs: Verbs
) -> tuple[str, dict[str, str]] | None:
    """(verb, reading) of a bare noun that must be the verb of its sentence, or None."""
    values = fields[index]
    if values["pos"] != "NOUN" or index == 0 or not values["text"].islower():
        return None
    before = fields[index - 1]
    if before["pos"] not in ("NOUN", "PROPN") or before["sentence"] != values["sentence"]:
        return None
    after = fields[index + 1] if index + 1 < len(fields) else None
    if after is None or not after["is_word"] or after["sentence"] != values["sentence"]:
        return None  # l'homme singe, règne: a noun in apposition before a comma
    if any(child.dep_ == "det" for child in values["_spacy"].children):
        return None
    clause = list(_clause(fields, index))
    if any(o["pos"] in ("VERB", "AUX") and o["morph"].get("VerbForm") == "Fin" for o in clause):
        return None
    start = _clause_start(fields, index)
    if fields[start]["pos"] not in ("DET", "PROPN"):
        return None  # passant devant les cafés d'un air crâne: no subject opens the clause
    number = before["morph"].get("Number", "")
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        for reading in form_readings(verb, form):
            third = reading.get("Mood") == "Ind" and reading.get("Person") == "3"
            if third and reading.get("Number") == (number or "Sing"):
                return verb, reading
    return None


def _clause(fields: Fields, index: int) -> Iterator[dict[str, Any]]:
    """The words of the clause around index: up to a comma, a conjunction or a relative
    pronoun on either side, within the sentence (La commune compte 500 habitants, et le bourg
    est petit: est is another clause's verb)."""
    sentence = fields[index]["sentence"]
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(fields) and fields[other]["sentence"] == sentence:
            if _clause_boundary(fields[other]):
                break
            yield fields[other]
            other += step


def _clause_start(fields: Fields, index: int) -> int:
    start = index
    while start > 0 and fields[start - 1]["sentence"] == fields[index]["sentence"]:
        if _clause_boundary(fields[start - 1]):
            break
        start -= 1
    return start


def _clause_boundary(values: dict[str, Any]) -> bool:
    if values["text"] in (",", ";", ":", "(", ")", "«", "»") or values["pos"] in ("CCONJ", "SCONJ"):
        return True
    return values["pos"] == "PRON" and values["text"].lower() in RELATIVES


def _participle_morph(values: dict[str, Any], verb: str) -> dict[str, str]:
    """The participle's reading nearest the adjective's gender and number (née: Fem Sing)."""
    form = values["text"].lower()
    past = [r for r in form_readings(verb, form) if r.get("VerbForm") == "Part"]
    return closest_reading(values["morph"], past)


def _verb_readings(form: str, verbs: Verbs) -> list[dict[str, str]]:
    return [
        reading
        for verb in verbs.readings(form).get("VERB", ())
        for reading in form_readings(verb, form)
    ]


def _imperative_verbs(form: str, verbs: Verbs) -> list[str]:
    return [
        verb
        for verb in verbs.readings(form).get("VERB", ())
        if any(
            reading["Mood"] == "Imp" for reading in form_readings(verb, form) if "Mood" in reading
        )
    ]


def _make_verb(values: dict[str, Any], lemma: str, verb_form: str) -> None:
    values["lemma"] = lemma
    values["pos"] = "AUX" if lemma in ("avoir", "être") else "VERB"
    values["morph"] = correct_finite(lemma, values["_spacy"].text, {"VerbForm": verb_form})


def _to_finite_verb(values: dict[str, Any], verbs: Verbs) -> None:
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        finite = [r for r in form_readings(verb, form) if r["VerbForm"] == "Fin"]
        if finite:
            values.update(lemma=verb, pos="VERB", morph=finite[0])
            return


def _to_gerund(values: dict[str, Any], verbs: Verbs) -> None:
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        if {"Tense": "Pres", "VerbForm": "Part"} in form_readings(verb, form):
            values.update(lemma=verb, pos="VERB", morph={"Tense": "Pres", "VerbForm": "Part"})
            return


def _to_participle(values: dict[str, Any], verbs: Verbs) -> None:
    """The verb whose past participle the form is, if the Lefff says it is one."""
    form = values["text"].lower()
    for verb in verbs.readings(form).get("VERB", ()):
        participle = [r for r in form_readings(verb, form) if r["VerbForm"] == "Part"]
        if participle and participle[0].get("Tense") == "Past":
            values.update(lemma=verb, pos="VERB", morph=participle[0])
            return


def _to_noun(values: dict[str, Any], verbs: Verbs) -> None:
    """avait envie: the noun; est content: the adjective after être (not a passive)."""
    form = values["text"].lower()
    readings = verbs.readings(form)
    token = values["_spacy"]
    after_etre = any(c.dep_ == "aux:pass" and c.lemma_ == "être" for c in token.children)
    pos = "ADJ" if "ADJ" in readings and (after_etre or "NOUN" not in readings) else "NOUN"
    number = values["morph"].get("Number", "")
    if pos == "ADJ":  # the adjective agrees with the subject (il est content: singular)
        subjects = [c for c in token.children if c.dep_.startswith("nsubj")]
        number = subjects[0].morph.get("Number", [number])[0] if subjects else number
    values.update(lemma=readings[pos][0], pos=pos, morph={"Number": number} if number else {})


def _to_imperative(values: dict[str, Any], verbs: Verbs) -> None:
    form = values["text"].lower()
    for verb in _imperative_verbs(form, verbs):
        imperative = [r for r in form_readings(verb, form) if r.get("Mood") == "Imp"]
        values.update(lemma=verb, pos="VERB", morph=imperative[0])
        return

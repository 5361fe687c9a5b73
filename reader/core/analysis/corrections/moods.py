"""Moods and tenses that only the context decides, for the conjugated verbs of one text.

- Many -it, -ut and -is forms are both présent and passé simple (il agit, il conclut, je finis).
  They are présent unless the text narrates in the passé simple, that is unless a form that can
  only be a passé simple (il resta, ils entendirent, il fut) has been met in the text so far:
  "il s'agit" in a news article is a présent.
- vit and vis are vivre's présent or voir's passé simple: where the text does not narrate in
  the passé simple, vivre (il vit à Paris; la France vit une crise), unless an object clitic
  comes before (il la vit, il se vit confier: voir); where it narrates, voir, unless a word
  saying how or since when one lives, or the clause's end, follows (l'on vit seul).
- mise right after a noun, before sur, is miser's présent (le parti mise sur la jeunesse) where
  the participle cannot agree with the noun or the sentence has no other conjugated verb.
- durent is devoir's passé simple only before its infinitive (ils durent partir, ils durent
  se cacher); else durer's présent (les travaux durent depuis trois mois).
- A past participle right after je or tu, with only object clitics or ne between, is the
  passé simple it also spells (je pris, je me mis, tu compris): a participle never follows its
  subject without an auxiliary.
- A conjugated verb with no subject, heading its own clause, in a form the imperative has
  (viens, allons, prenez), is an imperative; a form that is also an indicative third person
  (arrive, va) only where the sentence speaks to a tu: « Et arrive le plus tôt que tu pourras »;
  and a form before -toi or -moi is one whatever the parse says (Figure-toi, dis-moi).
  A form in -is opening its sentence that the tagger read as a plural participle (Réfléchis
  bien !, Choisis celui-ci) is the imperative before an object, an adverb or the end.
"""

from __future__ import annotations

from typing import Any

from reader.core.analysis.corrections.rule_switches import is_enabled, register
from reader.core.grammar.lefff_verbs import form_readings

NARRATION = register("passé-simple", "-it/-ut forms are présent unless the text narrates")
VIVRE = register("vit-vivre", "vit, vis are vivre unless the text narrates: il vit à Paris")
DURER = register("durent-durer", "durent is durer unless an infinitive follows: ils durent 3 mois")
IMPERATIVE = register(
    "imperative", "a verb with no subject, in an imperative form, heading a clause"
)
MISER = register("mise-miser", "mise sur right after its subject noun is miser: le parti mise sur")
SUBJECT_PAST = register("je-pris", "a participle right after je or tu is a passé simple: je pris")

SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj", "csubj"})
# The relations of a verb that heads its own clause (the sentence's root, a coordinated verb).
CLAUSE_HEADS = frozenset({"ROOT", "conj", "parataxis"})
PAST = (("Ind", "Past"), ("Sub", "Imp"))  # passé simple, imparfait du subjonctif
SECOND_PERSON = frozenset("tu te t' t’ toi ton ta tes -toi".split())
# voir's passé simple forms that are also vivre's présent.
VIT = frozenset({"vit", "vis"})
# Object clitics before vit make it voir's: vivre takes none in practice.
VOIR_OBJECTS = frozenset(
    "le la les l' l’ me m' m’ te t' t’ se s' s’ nous vous lui leur en y".split()
)
# After vit in a narration, words that say how or since when one lives (l'on vit seul).
LIVING = frozenset(
    "seul seule seuls ensemble encore toujours désormais depuis chez heureux pauvrement".split()
)
# The subject clitics a participle form cannot follow directly, and the person they give it.
PERSON_OF_SUBJECT = {"je": "1", "j'": "1", "j’": "1", "tu": "2"}
# What may stand between a subject clitic and its verb: object clitics and ne.
BETWEEN_SUBJECT_AND_VERB = VOIR_OBJECTS | frozenset("ne n' n’".split())
CLAUSE_ENDS = frozenset({".", "!", "?", ";", "…"})
# What may stand between devoir and its infinitive (ils durent alors se cacher, n'y plus).
BEFORE_INFINITIVE = frozenset({"ADV", "PRON", "PART"})
# What follows a command (Finis ton assiette, Choisis celui-ci, Réfléchis bien, Dis-moi).
COMMAND_NEXT = frozenset({"DET", "PRON", "ADV"})
OBJECT_AFTER_IMPERATIVE = frozenset("-moi -toi -le -la -les -lui -leur -nous -vous -en -y".split())


class Moods:
    """Decides tenses and moods over the docs of one text, in order."""

    def __init__(self) -> None:
        self.narrates = False  # a form that is only a passé simple has been met

    def fix(self, fields: list[dict[str, Any]]) -> None:
        """Correct the morphology of the conjugated verbs of one doc, in place."""
        verbs = [v for v in fields if v["pos"] in ("VERB", "AUX") and v["is_word"]]
        for index, values in enumerate(fields if is_enabled(DURER) else ()):
            if _lasts(fields, index):
                # before the narration test: ils durent deux heures is no passé simple
                values["lemma"] = "durer"
                values["morph"] = {**values["morph"], **form_readings("durer", "durent")[0]}
        for index, values in enumerate(fields if is_enabled(MISER) else ()):
            if _bets(fields, index):
                values["lemma"] = "miser"
                third = [r for r in form_readings("miser", "mise") if r.get("Person") == "3"]
                values["morph"] = {**third[0], "Mood": "Ind"} if third else values["morph"]
        readings = {id(v): form_readings(v["lemma"], v["_spacy"].text) for v in verbs}
        if any(_only_past(readings[id(v)]) and not _is_vit(v) for v in verbs):
            self.narrates = True
        # The switches read once per doc, not per word (issue 14).
        vivre, narration, imperative_on = map(is_enabled, (VIVRE, NARRATION, IMPERATIVE))
        if is_enabled(SUBJECT_PAST):
            for index, values in enumerate(fields):
                person = _subject_before_participle(fields, index)
                past = [r for r in readings.get(id(values), ()) if _is_past_of(r, person)]
                if person and past:
                    values["morph"] = {**values["morph"], **past[0]}
                    values["morph"].pop("Gender", None)
                    self.narrates = True  # je pris can only be a passé simple
        for index, values in enumerate(fields):
            if vivre and _is_vit(values) and self._lives(fields, index):
                values["lemma"] = "vivre"
                readings[id(values)] = form_readings("vivre", values["_spacy"].text.lower())
                values["morph"] = _vivre_reading(values["morph"], readings[id(values)])
        for values in verbs:
            found = readings[id(values)]
            if narration and not self.narrates:
                values["morph"] = _present_rather_than_past(values["morph"], found)
            if imperative_on and _participle_command(values, found):
                values["morph"] = next(r for r in found if r.get("Mood") == "Imp")
                continue
            if imperative_on and _is_imperative(values, found):
                imperative = next(r for r in found if r.get("Mood") == "Imp")
                values["morph"] = {**values["morph"], **imperative}

    def _lives(self, fields: list[dict[str, Any]], index: int) -> bool:
        """Whether vit / vis at index is vivre's (see the module's list)."""
        values = fields[index]
        before = fields[index - 1] if index else None
        same = before is not None and before["sentence"] == values["sentence"]
        if same and before is not None and before["text"].lower() in VOIR_OBJECTS:
            return False
        if not self.narrates:
            return True
        after = fields[index + 1] if index + 1 < len(fields) else None
        if after is None or after["sentence"] != values["sentence"]:
            return True
        return after["text"].lower() in LIVING or after["text"] in CLAUSE_ENDS


def _subject_before_participle(fields: list[dict[str, Any]], index: int) -> str:
    """The person (1 or 2) of the je or tu right before a past participle, past object
    clitics and ne only (je pris, je me mis, tu ne compris pas); "" otherwise."""
    values = fields[index]
    morph = values["morph"]
    if values["pos"] != "VERB" or morph.get("VerbForm") != "Part" or morph.get("Tense") != "Past":
        return ""
    before = index - 1
    while before >= 0 and fields[before]["text"].lower() in BETWEEN_SUBJECT_AND_VERB:
        before -= 1
    if before < 0 or fields[before]["sentence"] != values["sentence"]:
        return ""
    return PERSON_OF_SUBJECT.get(fields[before]["text"].lower(), "")


def _is_past_of(reading: dict[str, str], person: str) -> bool:
    """Whether a reading is the indicative passé simple of that person, in the singular."""
    wanted = ("Fin", "Ind", "Past", person, "Sing")
    keys = ("VerbForm", "Mood", "Tense", "Person", "Number")
    return tuple(reading.get(key) for key in keys) == wanted


def _lasts(fields: list[dict[str, Any]], index: int) -> bool:
    """durent with no infinitive after it (past adverbs and clitics): durer's présent."""
    values = fields[index]
    if values["lemma"] != "devoir" or values["text"].lower() != "durent":
        return False
    for after in fields[index + 1 : index + 5]:
        if after["morph"].get("VerbForm") == "Inf":
            return False
        if after["pos"] not in BEFORE_INFINITIVE:
            break
    return True


def _bets(fields: list[dict[str, Any]], index: int) -> bool:
    """Le parti mise sur la victoire, la France mise sur le nucléaire: mise before sur, right
    after its subject noun, is miser's présent where the participle cannot agree with that
    noun (a masculine) or the sentence has no other conjugated verb (la somme mise sur la
    table était énorme keeps mettre's participle)."""
    values = fields[index]
    if values["lemma"] != "mettre" or values["text"].lower() != "mise" or index == 0:
        return False
    after = [v for v in fields[index + 1 : index + 4] if v["pos"] != "ADV"]
    if not after or after[0]["text"].lower() != "sur":
        return False  # mise beaucoup sur: adverbs may come between
    noun = fields[index - 1]
    if noun["pos"] not in ("NOUN", "PROPN"):
        return False
    if index > 1 and fields[index - 2]["text"].lower() in ("de", "du", "des", "d'"):
        return False  # une pièce de théâtre mise sur pied: the complement's noun, no subject
    if noun["morph"].get("Gender") == "Masc":
        return True
    return not any(
        other is not values
        and other["sentence"] == values["sentence"]
        and other["morph"].get("VerbForm") == "Fin"
        for other in fields
    )


def _is_vit(values: dict[str, Any]) -> bool:
    """voir's vit or vis, which may be vivre's."""
    return values["lemma"] == "voir" and values["text"].lower() in VIT and values["is_word"]


def _vivre_reading(morph: dict[str, str], readings: list[dict[str, str]]) -> dict[str, str]:
    """vivre's présent in the person the model gave (je vis: 1st; il vit: 3rd)."""
    present = [r for r in readings if r.get("Mood") == "Ind"]
    return next((r for r in present if r.get("Person") == morph.get("Person")), present[0])


def _only_past(readings: list[dict[str, str]]) -> bool:
    finite = [(r.get("Mood"), r.get("Tense")) for r in readings]
    return bool(finite) and all(reading in PAST for reading in finite)


def _present_rather_than_past(
    morph: dict[str, str], readings: list[dict[str, str]]
) -> dict[str, str]:
    """il agit: the présent reading of a form that is also a passé simple."""
    if morph.get("Mood") != "Ind" or morph.get("Tense") != "Past":
        return morph
    same_person = [
        r
        for r in readings
        if (r.get("Mood"), r.get("Tense")) == ("Ind", "Pres")
        and r.get("Person") == morph.get("Person")
        and r.get("Number") == morph.get("Number")
    ]
    return {**morph, "Tense": "Pres"} if same_person else morph


def _is_imperative(values: dict[str, Any], readings: list[dict[str, str]]) -> bool:
    """Et arrive le plus tôt que tu pourras: no subject, heading its clause, imperative form."""
    token = values["_spacy"]
    if values["morph"].get("VerbForm") != "Fin" or values["morph"].get("Mood") == "Imp":
        return False
    if values["text"].startswith("-") or not any(r.get("Mood") == "Imp" for r in readings):
        return False
    if _before_own_pronoun(token):
        return True  # Figure-toi, dis-moi: whatever the parse made of the pronoun
    if token.dep_ not in CLAUSE_HEADS:
        return False
    if token.dep_ == "conj" and _has_subject(token.head):
        return False  # il entre et arrive: the subject of the first verb is the second's
    if _has_subject(token) or _inverted(token):
        return False
    # arrive, propose, va are also the indicative's third person, whose subject the parse
    # often misses (se trouve une place): such a form is an imperative only beside a tu.
    # (rappelons, pensez: a first or second person always has its clitic subject.)
    indicative = any(r.get("Mood") == "Ind" and r.get("Person") == "3" for r in readings)
    return not indicative or _speaks_to_tu(token) or _exclaimed_command(token)


def _participle_command(values: dict[str, Any], readings: list[dict[str, str]]) -> bool:
    """Réfléchis bien !, Choisis celui que tu veux, Finis ton assiette: a form in -is opening
    its sentence that is both a plural participle and an imperative, the tagger's participle,
    is the imperative before what a command takes (an object, an adverb, its end); a
    participle opening a sentence goes before a preposition or a comma (Réunis autour de la
    table, ...; Choisis par le jury, ...)."""
    token = values["_spacy"]
    if values["morph"].get("VerbForm") != "Part" or not values["text"].lower().endswith("is"):
        return False
    if not any(r.get("Mood") == "Imp" for r in readings):
        return False
    sentence = token.sent
    if not all(word.is_punct for word in token.doc[sentence.start : token.i]):
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None:
        return False
    after = token.nbor(2) if token.i + 2 < len(token.doc) else None
    if following.pos_ == "ADV" and after is not None and after.lower_ in ("de", "d'", "du", "des"):
        return False  # Réunis autour de la table: a place, after a participle
    if following.pos_ == "ADV" and after is not None and after.text == ",":
        return False  # Punis sévèrement, les coupables se turent
    return following.pos_ in COMMAND_NEXT or following.text in ("!", ".")


def _exclaimed_command(token: Any) -> bool:
    """A verb opening an exclamation, nothing but punctuation before it (Va voir !, « Arrive
    vite ! »): the command a third person present would not be without its subject."""
    sentence = token.sent
    before = token.doc[sentence.start : token.i]
    if not all(word.is_punct for word in before):
        return False
    return any(word.text == "!" for word in token.doc[token.i + 1 : sentence.end])


def _before_own_pronoun(token: Any) -> bool:
    """-toi and -moi after a verb are never its subject: only an imperative takes them."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in ("-toi", "-moi")


def _speaks_to_tu(token: Any) -> bool:
    """The sentence speaks to one person as tu (tu pourras, donne-moi, ta mère)."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in OBJECT_AFTER_IMPERATIVE:
        return True
    return any(other.lower_ in SECOND_PERSON for other in token.sent)


def _has_subject(token: Any) -> bool:
    """A pronoun, noun or name as subject (the parser sometimes calls a conjunction one)."""
    return any(
        child.dep_ in SUBJECTS and child.pos_ in ("PRON", "NOUN", "PROPN", "DET", "NUM")
        for child in token.children
    )


def _inverted(token: Any) -> bool:
    """viens-tu ?, arrive-t-il: a subject pronoun after a hyphen makes a question."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (following is not None and following.text.startswith("-t")) or (
        following is not None
        and following.text.lower().lstrip("-") in ("je", "tu", "il", "elle", "on", "ils", "elles")
        and following.text.startswith("-")
    )

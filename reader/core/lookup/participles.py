"""A past participle read as an adjective on the card: the adjective's lemma, senses and note.

The analysis keeps a bare participle's verb lemma (des enfants fatigués: fatiguer), as the UD
treebanks do: relemmatising it there lowered content-word lemmas on UD dev (GSD 97.64 ->
97.50 %). A learner clicking *fatigués* after its noun wants the adjective, though: "tired",
not the verb's first sense "bored". So the card reads such a participle as the adjective its
masculine singular is, when the dictionaries have that adjective with senses of its own, and
the participle is used as one: right after the noun it qualifies, after a degree adverb (très
peuplée), or after a copula other than être (semblait fatiguée, restait préoccupé) or a verb
that is one when reflexive (je me sentis débordé). Not in a verb group (a compound tense or
a passive) unless a degree adverb grades it after être (il est très posé: an adjective, not
a passive), not before a preposition that brings an agent
or a complement (fatigué par la route, posé sur la table are the verb's), and not a
form that is also one of the verb's finite forms (cette révolution fait de la ville: the
present, which the tagger may take for the participle).

For a few frequent participles the lexicon has no adjective entry, though the adjective means
something the verb's participle does not (un homme posé: calm, not "put"): the project's main
senses (resources/senses/main_senses.tsv) give them as adjectives.

A participle or adjective no dictionary translates by its lemma falls back (card.py) to the
adjective its masculine singular is (masculine_of: apeurée, apeuré) and to the fixed adjective
an adverb before makes with it (adverb_phrase: mal famées, mal famé). À before an infinitive
does not make the participle the verb's (trop disposés à me jalouser: inclined), as de does
not.

Round 14: after a body part a gesture moves the participle is the verb's (la main tendue: held
out, not the adjective's "tense"); a present participle where an adjective stands, with no
complement, is the verbal adjective (de plus en plus souffrant: unwell); the tagger's "adverb"
that is a verb's past participle (vêtue et coiffée) and its "noun" in -ant that takes what a
verb takes (, montant à pas lents) are read as the participles they are; and a posture verb's
bare participle, set off by a comma or after a copula, leads with the posture (Charles, étendu
sur un canapé: lying).
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.grammar.lefff_verbs import conjugation_table, form_readings
from reader.core.grammar.notes import WordFacts, describe_word
from reader.core.lookup.english import POSTURES
from reader.core.lookup.surroundings import neighbour
from reader.core.models import Analysis, Token

# Verbs whose complement describes the subject, as être's does; être's own participle is a
# passive or a compound tense (its verb group says which).
COPULAS = frozenset({"sembler", "paraître", "rester", "demeurer", "devenir"})
# Verbs that describe their subject only when reflexive: je me sentis débordé, elle se trouvait
# isolée, il se montra soulagé (without the clitic, j'ai senti passé le temps is the verb's).
REFLEXIVE_COPULAS = frozenset({"sentir", "trouver", "montrer", "croire", "juger", "savoir"})
REFLEXIVE = frozenset({"me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’"})
# Adverbs that grade an adjective: très peuplée, si fatigué.
DEGREE = frozenset({"très", "trop", "si", "assez", "fort", "peu", "aussi", "tellement", "mieux"})
# Those that grade a present participle as an adjective (de plus en plus souffrant), where
# plus and moins grade passives too (plus utilisé).
COMPARING = DEGREE | {"plus", "moins"}
# Those that, after être, make the participle an adjective, not a passive: il est très posé.
# Mieux too: it compares states (je serai mieux disposé: in a better mood, not "arranged").
GRADING = frozenset({"très", "trop", "si", "assez", "fort", "tellement", "extrêmement", "mieux"})
# Prepositions that, right after the participle, bring the verb's agent or complement (posé
# sur la table, fatigué par la route); not de, which adjectives take too (ravie de vous voir),
# nor those of time (fatiguée après le voyage).
COMPLEMENT = frozenset(
    "par sur à au aux dans en sous contre avec vers chez entre devant derrière".split()
)
PASSED_OVER = ("ADV",)
# The clitics between à and its infinitive (disposés à me jalouser).
OBJECT_CLITICS = ("PRON",)
# Body parts a gesture or a posture moves: after one, a participle says what was done with it
# (la main tendue: held out, not the adjective's "tense"; la tête baissée, les bras croisés),
# the absolute construction grammars describe; the verb's participle, not the adjective.
GESTURING = frozenset(
    "main mains bras tête poing poings doigt doigts jambe jambes pied pieds genou genoux "
    "lèvre lèvres bouche yeux œil paupière paupières cou épaule épaules".split()
)
# What a present participle follows and what it takes, that a noun does not (, montant à pas
# lents; , tournant seulement la tête).
LINKS = frozenset({",", ";"})
VERB_FOLLOWERS = frozenset({"ADV", "ADP", "DET", "PRON"})
# What a noun in apposition takes (X, dirigeant d'Elf; Y, représentant de l'ONU; Z,
# étudiant en droit).
OF = frozenset({"de", "d'", "d’", "du", "des", "en"})
# What, after a posture verb's participle, makes it the verb's other sense: étendu à tout le
# pays (extended to), appuyé par le parti (supported by), couvert de (covered with).
NO_POSTURE_AFTER = frozenset("à au aux par de du des d' jusqu' jusque en".split())
# The adverbs that make fixed adjectives with a participle (mal famé, bien élevé).
PARTICIPLE_ADVERBS = frozenset({"bien", "mal", "mieux"})
# A participle's feminine and plural endings, after the masculine singular's last letters
# (fatiguées, prises, écrite, perdus).
_AGREEMENT = ("es", "e", "s")
_MASCULINE_ENDS = ("é", "i", "u", "is", "it", "ert", "int", "ort")


def adjective_reading(analysis: Analysis, token: Token, is_adjective: Callable[[str], bool]) -> str:
    """The adjective (masculine singular) a bare past participle is used as here, or "".
    is_adjective(word) says whether the dictionaries have the word as an adjective."""
    if token.pos != "VERB":
        return ""
    if token.morph.get("VerbForm") == "Part" and token.morph.get("Tense") == "Pres":
        return _verbal_adjective(analysis, token, is_adjective)
    group = analysis.group_of(token)
    if group is not None and not (group.passive and _graded(analysis, token)):
        return ""
    if not is_past_participle(token):
        return ""
    after = neighbour(analysis, token, 1)
    if (
        after is not None
        and after.text.lower() in COMPLEMENT
        and not _before_infinitive(analysis, after)
    ):
        return ""  # posé sur la table, accrochée à la station, fatigué par la route
    if not _used_as_adjective(analysis, token):
        return ""
    form = token.text.lower()
    if any(r.get("VerbForm") == "Fin" for r in form_readings(token.lemma, form)):
        return ""
    masculine = masculine_singular(token.lemma, form)
    return masculine if masculine and is_adjective(masculine) else ""


def _verbal_adjective(analysis: Analysis, token: Token, is_adjective: Callable[[str], bool]) -> str:
    """The adjective a present participle is used as (de plus en plus souffrant: ill, un
    homme souriant), or "": where an adjective stands (after its noun, a degree adverb or a
    copula) and taking no complement, which only the verb's participle takes (souffrant de
    la tête, tournant la tête)."""
    after = neighbour(analysis, token, 1)
    if analysis.group_of(token) is not None or (after is not None and after.pos != "CCONJ"):
        return ""
    before = neighbour(analysis, token, -1)
    graded = before is not None and before.text.lower() in COMPARING
    if not (graded or _used_as_adjective(analysis, token)):
        return ""
    form = token.text.lower()
    return form if is_adjective(form) else ""


def _before_infinitive(analysis: Analysis, preposition: Token) -> bool:
    """à before an infinitive, which an adjective takes (trop disposés à me jalouser,
    habitué à lire), as it takes de; not the verb's complement (accrochée à la station)."""
    if preposition.text.lower() != "à":
        return False
    verb = neighbour(analysis, preposition, 1, OBJECT_CLITICS)
    return verb is not None and verb.pos == "VERB" and verb.morph.get("VerbForm") == "Inf"


def is_past_participle(token: Token) -> bool:
    """Whether the analysis read the token as a past participle (fatigués, levé)."""
    return token.morph.get("VerbForm") == "Part" and token.morph.get("Tense") == "Past"


def _graded(analysis: Analysis, token: Token) -> bool:
    """très posé, si fatigué: a degree adverb right before, which grades adjectives only
    (aussi, peu, plus grade passives too: est aussi utilisé, sont peu développées)."""
    before = neighbour(analysis, token, -1)
    return before is not None and before.text.lower() in GRADING


def _used_as_adjective(analysis: Analysis, token: Token) -> bool:
    """Right after its noun, after a degree adverb, or after a copula or avoir l'air (adverbs
    aside)."""
    before = neighbour(analysis, token, -1)
    if before is None or _after_gesturing_part(before):
        return False
    if before.pos in ("NOUN", "PROPN") or before.text.lower() in DEGREE:
        return True
    if after_air(analysis, token):
        return True  # tu as l'air bien pressé: avoir l'air and its adjective
    verb = neighbour(analysis, token, -1, PASSED_OVER)
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return False
    return verb.lemma in COPULAS or (verb.lemma in REFLEXIVE_COPULAS and _reflexive(analysis, verb))


def _agreement(token: Token, adjective: str) -> dict[str, str]:
    """The gender and number an adjective's form shows against its masculine singular
    (inquiète: feminine singular), for a form the tagger read as a verb's, whose features
    are the verb's (content: conter's plural)."""
    form = token.text.lower()
    plural = form.endswith(("s", "x")) and not adjective.endswith(("s", "x"))
    singular = form[:-1] if plural else form
    feminine = singular != adjective and singular.endswith("e") and not adjective.endswith("e")
    return {"Gender": "Fem" if feminine else "Masc", "Number": "Plur" if plural else "Sing"}


def after_air(analysis: Analysis, token: Token) -> bool:
    """tu as l'air bien pressé, elle avait l'air inquiète: the word is avoir l'air's adjective
    (adverbs aside)."""
    before = neighbour(analysis, token, -1, PASSED_OVER)
    return before is not None and before.text.lower() == "air"


def _after_gesturing_part(before: Token) -> bool:
    """la main tendue, les yeux baissés: the participle of a gesture, the verb's."""
    return before.pos == "NOUN" and before.text.lower() in GESTURING


def is_mistagged_participle(token: Token) -> bool:
    """A past participle the tagger called an adverb (aux joues rouges, vêtue et coiffée;
    les enfants, effrayés, se cachèrent): its lemma is a verb whose participle the form is."""
    return token.pos == "ADV" and bool(masculine_singular(token.lemma, token.text.lower()))


def present_participle_of(
    analysis: Analysis, token: Token, verbs_of: Callable[[str], list[str]]
) -> str:
    """The verb whose present participle a "noun" in -ant is where no determiner makes it a
    noun: after a comma or a conjunction and before what a verb takes, an adverb, a
    preposition, a determiner or a pronoun (il rencontra, montant à pas lents; sans bouger,
    tournant seulement la tête); else "". verbs_of(form) lists the verbs the form may be of."""
    form = token.text.lower()
    if token.pos != "NOUN" or not form.endswith("ant") or token.index == 0:
        return ""
    before = analysis.tokens[token.index - 1]
    after = neighbour(analysis, token, 1)
    if before.sentence != token.sentence or not (before.text in LINKS or before.pos == "CCONJ"):
        return ""
    if after is None or after.pos not in VERB_FOLLOWERS or after.text.lower() in OF:
        return ""  # Alfred Sirven, dirigeant d'Elf: a noun in apposition, with its de
    for verb in verbs_of(form):
        if any(r.get("VerbForm") == "Part" for r in form_readings(verb, form)):
            return verb
    return ""


def posture_state(analysis: Analysis, token: Token, pronominal: tuple[str, ...]) -> str:
    """The posture a bare past participle describes (Charles, étendu sur un canapé: lying;
    il resta allongé: lying), or "": the participle of a verb whose pronominal form is a
    posture (s'étendre: lie down, pronominal its glosses), set off by a comma or after a
    copula, and not before what brings the verb's other senses (étendu à tout le pays)."""
    if not pronominal or not is_past_participle(token) or analysis.group_of(token) is not None:
        return ""
    posture = POSTURES.get(pronominal[0].partition(" ")[0], "")
    after = neighbour(analysis, token, 1)
    if not posture or (after is not None and after.text.lower() in NO_POSTURE_AFTER):
        return ""
    before = analysis.tokens[token.index - 1] if token.index else None
    detached = before is not None and before.sentence == token.sentence and before.text == ","
    verb = neighbour(analysis, token, -1, PASSED_OVER)
    copula = verb is not None and verb.pos in ("VERB", "AUX") and verb.lemma in COPULAS
    return posture if detached or copula else ""


def _reflexive(analysis: Analysis, verb: Token) -> bool:
    """A reflexive clitic right before the verb (me sentis, se trouvait) or before its
    auxiliary être (je me suis senti, ne s'était pas trouvée): a reflexive verb's compound
    tenses take être, so avoir (j'ai senti) never brings the clitic."""
    before = neighbour(analysis, verb, -1)
    if is_past_participle(verb):
        auxiliary = neighbour(analysis, verb, -1, PASSED_OVER)
        if auxiliary is not None and auxiliary.lemma == "être":
            before = neighbour(analysis, auxiliary, -1)
    return before is not None and before.text.lower() in REFLEXIVE


def masculine_singular(verb: str, form: str) -> str:
    """The masculine singular of the verb's past participle the form is, or ""."""
    forms = conjugation_table().tense(verb, "K")
    return (forms[0] or "") if form in forms else ""


def masculine_of(verb: str, form: str) -> str:
    """The masculine singular of a participle or an adjective form: the verb's participle
    when the conjugations know it, else the form without its agreement (apeurées: apeuré)."""
    known = masculine_singular(verb, form)
    if known:
        return known
    for ending in _AGREEMENT:
        stem = form.removesuffix(ending)
        if stem != form and stem.endswith(_MASCULINE_ENDS):
            return stem
    return form if form.endswith(_MASCULINE_ENDS) else ""


def adverb_phrase(analysis: Analysis, token: Token, masculine: str) -> str:
    """The fixed adjective an adverb right before makes with the participle (les tavernes
    les plus mal famées: mal famé), or ""."""
    before = neighbour(analysis, token, -1)
    if before is None or before.text.lower() not in PARTICIPLE_ADVERBS:
        return ""
    return f"{before.text.lower()} {masculine}"


def adjective_note(analysis: Analysis, token: Token, adjective: str) -> str:
    """The note of the participle read as an adjective: its agreement and the verb; after
    être, that it is no passive. A finite form read as an adjective (avoir l'air inquiète)
    is no participle: the adjective's note."""
    morph = {k: v for k, v in token.morph.items() if k in ("Gender", "Number")}
    if token.morph.get("VerbForm") == "Fin":  # elle avait l'air inquiète: no participle
        return describe_word(WordFacts(token.text, adjective, "ADJ", _agreement(token, adjective)))
    note = describe_word(WordFacts(token.text, adjective, "ADJ", morph, participle_of=token.lemma))
    if analysis.group_of(token) is not None:
        note += "; after être, an adjective describing the subject, not a passive"
    return note

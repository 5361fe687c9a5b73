"""The gloss the words after an expression call for first (in_context): ago before a length
of time, remember to before an infinitive, belong to before a stressed pronoun, a copular
gloss before an adjective, it takes before a noun phrase ...; each cue reads only the
words of the expression's sentence."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.core.analysis.expressions.lists import GOVERNED, PRONOMINAL
from reader.core.lookup.senses.neighbours import QUANTITIES, _following, _is_duration
from reader.core.lookup.subjects import by_number, by_subject, thing_subject
from reader.core.lookup.surroundings import neighbour, plain
from reader.core.lookup.topics import topic_sense
from reader.core.models import Analysis, Expression, Token

INDEFINITES = frozenset({"un", "une"})
STRESSED = frozenset("moi toi lui elle nous vous eux elles".split())
# Glosses for a number next: près de 300 (nearly), au nombre de cinq (numbering).
COUNT_SENSES = frozenset({"nearly", "numbering"})


def in_context(
    senses: tuple[str, ...], expression: Expression, analysis: Analysis
) -> tuple[str, ...]:
    """The glosses with the one the words after the expression call for first: "ago" before
    a length of time (il y a deux ans), "remember to" before an infinitive (pense à
    fermer) and "think about" before a noun (pense à sa mère), "have just" only before an
    infinitive (il vient de partir; il vient de Paris: come from), a fixed phrase's gloss
    ending in "to" before an infinitive, not a verb's (comme pour envoyer un baiser: as if
    to; se permettre de keeps take the liberty of), "belong
    to" before a stressed
    pronoun (est à moi), "want to" before an infinitive where a gloss and the same with "to"
    are both listed (avoir envie de manger; avoir envie d'une glace: want), "make into" before a
    noun phrase and the indefinite one it becomes
    (fait de la ville une pionnière), "nearly" or "numbering" before a number (près de 300
    morts, au nombre de cinq); and before all, a pronominal verb's gloss for a person, a
    thing or an event as its subject is one, and its reciprocal gloss (each other) only for a
    plural subject (subjects); "both ... and" where tant ... que correlates two phrases; a
    pronominal verb's gloss its topic calls for leads before the subject's (les Bleus se sont
    inclinés en quart de finale: lose; sense_cues.tsv)."""
    senses = by_number(by_subject(senses, expression, analysis), expression, analysis)
    senses = _by_topic(senses, expression, analysis)
    following = _following_words(expression, analysis)
    if any(sense == "ago" for sense in senses) and _is_duration(following):
        return _first(senses, lambda sense: sense == "ago")
    linking = _copular_gloss(senses, expression, analysis) if _before_adjective(following) else None
    if linking is not None:
        return _first(senses, lambda sense: sense == linking)
    if any(sense.endswith(" into") for sense in senses) and _object_then_attribute(following):
        return _first(senses, lambda sense: sense.endswith(" into"))
    if "in a moment" in senses and "earlier" in senses:
        ahead = _looks_ahead(expression, analysis)
        if ahead is None:
            return senses  # no verb to tell (Tout à l'heure, au jardin.): the list's order
        wanted = "in a moment" if ahead else "earlier"
        return _first(senses, lambda sense: sense == wanted)
    if "belong to" in senses and _is_stressed_pronoun(following):
        return _first(senses, lambda sense: sense == "belong to")
    if any(sense in COUNT_SENSES for sense in senses) and _is_count(following):
        return _first(senses, lambda sense: sense in COUNT_SENSES)  # près de 300 morts
    if expression.source == GOVERNED and any(s.endswith(" to") for s in senses):
        infinitive = _is_infinitive(following)
        return _first(senses, lambda sense: sense.endswith(" to") == infinitive)
    paired = [sense for sense in senses if f"{sense} to" in senses]
    if paired:  # avoir envie de: want to before an infinitive, want before a noun
        wanted = f"{paired[0]} to" if _is_infinitive(following) else paired[0]
        return _first(senses, lambda sense: sense == wanted)
    to_first = None if expression.pos == "VERB" else to_before_infinitive(senses, following)
    if to_first is not None:
        return to_first  # comme pour dire: as if to
    if "have just" in senses and not _is_infinitive(following):
        return _first(senses, lambda sense: sense != "have just")  # il vient de Paris
    if IT_TAKES in senses and _noun_phrase_next(following):
        wanted = NEED if _dative_before(expression, analysis) and NEED in senses else IT_TAKES
        return _first(senses, lambda sense: sense == wanted)  # il faut deux heures, il me faut
    if BOTH_AND in senses[1:] and _correlates_phrases(expression, analysis):
        return _first(senses, lambda sense: sense == BOTH_AND)  # tant au Maghreb que
    if any(sense in NO_ONE_SENSES for sense in senses) and _partner_alone(expression, analysis):
        return _first(senses, lambda sense: sense in NO_ONE_SENSES)  # nul ne sait, aucun ne
    return senses


def to_before_infinitive(senses: tuple[str, ...], following: list[Token]) -> tuple[str, ...] | None:
    """A phrase's gloss ending in "to" first before an infinitive (comme pour envoyer un
    baiser: as if to, not as for), or None where no later gloss does or no infinitive
    follows."""
    if any(s.endswith(" to") for s in senses[1:]) and _is_infinitive(following):
        return _first(senses, lambda sense: sense.endswith(" to"))
    return None


# il faut before a noun phrase: "it takes" (il faut deux heures, il fallait des soins
# infinis), "need" with a dative (il me faut un cheval, il lui fallait un début); before an
# infinitive or que the list's "have to" stays.
IT_TAKES, NEED = "it takes", "need"
DATIVES = frozenset("me m' m’ te t' t’ lui nous vous leur".split())
NOUN_PHRASE_STARTS = frozenset({"DET", "NUM", "NOUN", "PROPN"})
NEGATIONS = frozenset({"pas", "point", "plus", "jamais", "guère"})


def _noun_phrase_next(following: Sequence[Token]) -> bool:
    """Whether a noun phrase comes next, adverbs aside (il faut encore deux jours); not
    after a negation (il ne faut pas d'erreur: there must be no mistake)."""
    for word in following:
        if word.text.lower() in NEGATIONS:
            return False
        if word.pos != "ADV":
            return word.pos in NOUN_PHRASE_STARTS
    return False


def _dative_before(expression: Expression, analysis: Analysis) -> bool:
    """Whether a dative clitic stands among or just before the expression's words: il me
    faut, il lui fallait."""
    head = analysis.tokens[expression.head]
    before = neighbour(analysis, head, -1)
    return before is not None and before.text.lower() in DATIVES


BOTH_AND = "both ... and"
# What follows tant in tant ... que "both ... and": a noun phrase or a preposition (tant les
# hommes que les femmes, tant au Maghreb que); not a graded adjective, adverb or verb (tant
# aimé que, il a tant plu que) nor a clause (tant il se jugea mieux qu'il n'aurait cru).
PHRASE_STARTS = frozenset({"ADP", "DET", "NOUN", "PROPN", "NUM"})


def _correlates_phrases(expression: Expression, analysis: Analysis) -> bool:
    """Whether a split construction's first word introduces a phrase, not a graded word:
    tant au Maghreb que dans le Sahel, tant les hommes que les femmes (both ... and)."""
    if len(expression.tokens) < 2:
        return False
    after = neighbour(analysis, analysis.tokens[expression.tokens[0]], 1)
    return after is not None and after.pos in PHRASE_STARTS


# ne ... aucun and ne ... nul with no noun after aucun or nul: the pronoun's none, no one.
NO_ONE_SENSES = frozenset({"none", "no one"})


def _partner_alone(expression: Expression, analysis: Analysis) -> bool:
    """Whether aucun or nul of a negation stands for a noun (nul ne sait, aucun d'entre eux,
    il n'en a vu aucun), not before one (aucun homme)."""
    for index in expression.tokens:
        word = analysis.tokens[index]
        if word.text.lower() in ("aucun", "aucune", "nul", "nulle"):
            after = neighbour(analysis, word, 1)
            return after is None or plain(after.text) in STANDS_ALONE_BEFORE
    return False


# What follows aucun or nul standing alone: its de (aucun d'entre eux), the ne of its verb.
STANDS_ALONE_BEFORE = frozenset("de d' ne n'".split())


def _looks_ahead(expression: Expression, analysis: Analysis) -> bool | None:
    """Whether the sentence speaks of what is to come (tout à l'heure: in a moment): a future,
    aller + an infinitive, or a present with no past tense; a past tense makes it earlier.
    None when the sentence has no verb besides the expression."""
    verbs = [
        t
        for t in _sentence_tokens(analysis, analysis.tokens[expression.head])
        if t.pos in ("VERB", "AUX") and t.index not in expression.tokens
    ]
    if not verbs:
        return None
    for verb, after in zip(verbs, [*verbs[1:], None], strict=True):
        going = verb.lemma == "aller" and after is not None and after.morph.get("VerbForm") == "Inf"
        if verb.morph.get("Tense") == "Fut" or going:
            return True
    tenses = {verb.morph.get("Tense") for verb in verbs}
    return "Pres" in tenses and not tenses & {"Past", "Imp"}


def _sentence_tokens(analysis: Analysis, token: Token) -> list[Token]:
    start = end = token.index
    while start > 0 and analysis.tokens[start - 1].sentence == token.sentence:
        start -= 1
    while end + 1 < len(analysis.tokens) and analysis.tokens[end + 1].sentence == token.sentence:
        end += 1
    return list(analysis.tokens[start : end + 1])


def _is_stressed_pronoun(words: Sequence[Token]) -> bool:
    """moi, lui, eux next: est à moi (is mine), not était à Lyon (was in Lyon)."""
    return bool(words) and words[0].pos == "PRON" and words[0].text.lower() in STRESSED


def _object_then_attribute(words: Sequence[Token]) -> bool:
    """A noun phrase, then an indefinite one (de la ville une pionnière, de lui un héros):
    what the object is made into, as against faire de la politique."""
    named = False
    for word in words:
        if named and word.text.lower() in INDEFINITES:
            return True
        if word.pos in ("NOUN", "PROPN", "PRON"):
            named = True
        elif word.pos not in ("DET", "ADJ"):
            return False
    return False


def _is_copular(sense: str) -> bool:
    """A gloss that links to an adjective: say one is, prove (to be)."""
    return sense.endswith((" one is", "(to be)", " to be"))


def _copular_gloss(
    senses: tuple[str, ...], expression: Expression, analysis: Analysis
) -> str | None:
    """The first gloss linking to an adjective; one about oneself (find oneself (to be), say
    one is) only when the subject may be a person: les murs se trouvaient cachés (were)."""
    linking = [sense for sense in senses if _is_copular(sense)]
    if any(_of_oneself(sense) for sense in linking) and thing_subject(expression, analysis):
        linking = [sense for sense in linking if not _of_oneself(sense)]
    return linking[0] if linking else None


def _of_oneself(sense: str) -> bool:
    return "oneself" in sense or " one is" in sense


def _before_adjective(words: Sequence[Token]) -> bool:
    """An adjective or a participle next, adverbs and quotation marks aside: se dit « très
    satisfait », s'est montré prudent."""
    for word in words:
        if word.lemma.lower() == "tout":
            return False  # se voient tous les jours: a time, not an attribute
        if word.pos == "ADJ" or word.morph.get("VerbForm") == "Part":
            return True
        if word.pos != "ADV" and word.is_word:
            return False
    return False


# A gloss's hint of its subject: assert oneself (of a person), be essential (of a thing).
SUBJECT_HINT = re.compile(r" \((?:of|for) [^)]*\)$")


def _by_topic(
    senses: tuple[str, ...], expression: Expression, analysis: Analysis
) -> tuple[str, ...]:
    """A pronominal verb's glosses, the one the cues around it call for first (the rows of
    s'incliner, s'imposer, se présenter in sense_cues.tsv, which name the pronominal verb
    without its preposition: se présenter à la porte, turn up at); else as they are."""
    if expression.source != PRONOMINAL:
        return senses
    wanted = topic_sense(analysis, analysis.tokens[expression.head])
    if wanted is None:
        return senses
    return _first(senses, lambda sense: SUBJECT_HINT.sub("", sense).startswith(wanted))


def _first(senses: tuple[str, ...], wanted: Callable[[str], bool]) -> tuple[str, ...]:
    chosen = next((sense for sense in senses if wanted(sense)), None)
    if chosen is None:
        return senses
    return (chosen, *(sense for sense in senses if sense != chosen))


def _following_words(expression: Expression, analysis: Analysis) -> list[Token]:
    """The words after the expression's last one, in its sentence (at most four)."""
    return _following(analysis, analysis.tokens[expression.tokens[-1]])


def _is_count(words: Sequence[Token]) -> bool:
    """A number next (près de 300, près de deux millions), not a place (près de la gare)."""
    return bool(words) and (words[0].pos == "NUM" or words[0].text.lower() in QUANTITIES)


def _is_infinitive(words: Sequence[Token]) -> bool:
    """An infinitive next, after object pronouns or ne pas at most (à ne pas le dire)."""
    for word in words:
        if word.morph.get("VerbForm") == "Inf":
            return True
        if word.pos != "PRON" and plain(word.text) not in ("ne", "n'", "pas"):
            return False
    return False

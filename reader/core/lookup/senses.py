"""Choosing the senses a card leads with in context: an expression's meaning before its words'
(from the phrase lists or the lexicon, the gloss the words after it call for first); a
word's sense its neighbours decide (by_neighbours: a title before a name, monsieur after a
determiner, heure on the clock, aussi opening a sentence, a partner of ne, the partitive du,
then the rules of surroundings/, function_words/, contexts.py and constructions.py); and,
when a translation model is installed, the sense the machine translation of the sentence
uses."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from reader.core.analysis.expressions.lists import (
    EXPRESSIONS,
    GOVERNED,
    LEXICON,
    PRONOMINAL,
    entries_by_lemma,
)
from reader.core.dictionaries.lexicon.lexicon import Lexicon
from reader.core.dictionaries.registry import DictionarySet
from reader.core.grammar.lefff_verbs import form_readings
from reader.core.lookup.constructions import by_construction
from reader.core.lookup.contexts import by_context
from reader.core.lookup.english import past_participle
from reader.core.lookup.function_words import by_function_word
from reader.core.lookup.nouns.genders import by_gender
from reader.core.lookup.participles import is_past_participle
from reader.core.lookup.partners import verb_of
from reader.core.lookup.subjects import by_number, by_subject, thing_subject
from reader.core.lookup.surroundings import GRAMMAR_ORIGIN, by_surroundings, neighbour, plain
from reader.core.lookup.topics import topic_sense
from reader.core.models import Analysis, Expression, Token, Translation, TranslationSource

PHRASES_ORIGIN = "French Reader phrase lists"
TIME_UNITS = frozenset(
    "seconde minute heure jour nuit semaine mois an année siècle décennie instant".split()
)
INDEFINITES = frozenset({"un", "une"})
STRESSED = frozenset("moi toi lui elle nous vous eux elles".split())
# Glosses for a number next: près de 300 (nearly), au nombre de cinq (numbering).
COUNT_SENSES = frozenset({"nearly", "numbering"})
QUANTITIES = frozenset("un une quelques plusieurs deux trois quatre cinq six sept huit dix".split())
_WORD = re.compile(r"[a-z][a-z'-]*")
_PARENTHESES = re.compile(r"\([^()]*\)")
# English endings a translated sentence may add to a sense's words (agree: agreed, agrees).
_ENDINGS = ("ing", "ied", "ies", "ed", "es", "s", "d")
_UNTOLD = frozenset(
    "a an the to of be is are was were been do does did have has had it its one oneself "
    "someone something sb sth".split()
)


def expression_translations(
    expression: Expression, dictionaries: DictionarySet, analysis: Analysis | None = None
) -> tuple[Translation, ...]:
    """An expression's meaning: its phrase list's glosses, or the lexicon's senses of the
    headword, the one its context calls for first (il y a deux ans: ago); marked with the
    expression, so the card says what is translated."""
    if expression.source == LEXICON:
        return _lexicon_senses(expression, dictionaries)
    entry = entries_by_lemma().get((expression.source, expression.lemma))
    if entry is None or not entry.english:
        return ()
    senses = in_context(entry.english, expression, analysis) if analysis else entry.english
    if analysis and _in_participles(expression, analysis):
        senses = tuple(dict.fromkeys(past_participle(sense) for sense in senses))
    elif analysis and _told_in_past(expression, analysis):
        senses = tuple(_in_past(sense) for sense in senses)
    origin = f"{PHRASES_ORIGIN} · «{expression.lemma}»"
    return (Translation(senses, TranslationSource.DICTIONARY, origin),)


# The openings of impersonal glosses, worded in the past where the verb is (il lui semblait
# que: it seemed that; il y avait: there was; il faisait froid: it was cold).
_PAST_OPENINGS = (
    ("it seems", "it seemed"),
    ("it is", "it was"),
    ("it's", "it was"),
    ("there is", "there was"),
    ("there are", "there were"),
    ("the weather is", "the weather was"),
)


def _in_past(sense: str) -> str:
    """An impersonal gloss in the past: it seemed that, there was, it was cold."""
    for present, past in _PAST_OPENINGS:
        if sense == present or sense.startswith(present + " "):
            return past + sense[len(present) :]
    return sense


def _told_in_past(expression: Expression, analysis: Analysis) -> bool:
    """Whether the expression's verb is an imparfait (il semblait que) or a passé simple no
    présent spells (il sembla, il y eut, il fit froid); not il s'agit, which a narration's
    tenses may call a passé simple (dont il s'agit in a novel's dialogue)."""
    for index in expression.tokens:
        word = analysis.tokens[index]
        if word.pos not in ("VERB", "AUX") or word.morph.get("VerbForm") != "Fin":
            continue
        tense = word.morph.get("Tense")
        if tense == "Imp" or (tense == "Past" and not _also_present(word)):
            return True
    return False


def _also_present(word: Token) -> bool:
    """Whether the form is also a présent of its verb (agit, conclut, finis)."""
    readings = form_readings(word.lemma, word.text.lower())
    return any(r.get("Mood") == "Ind" and r.get("Tense") == "Pres" for r in readings)


def _in_participles(expression: Expression, analysis: Analysis) -> bool:
    """Whether the card words the glosses as English participles: a verb and its preposition
    in the passive or as a lone participle, a verbal idiom of the lists in the passive
    (seront mises en œuvre: implemented; not le petit Daniel fait signe, whose fait the
    tagger may take for a participle)."""
    if expression.source == GOVERNED:
        # an adjective's glosses are worded as such already (appelé à: bound to, not bounded)
        return expression.pos != "ADJ" and _passive(expression, analysis)
    if expression.source != EXPRESSIONS or expression.pos != "VERB":
        return False
    head = analysis.tokens[expression.head]
    verb = verb_of(analysis, head) if analysis.group_of(head) is not None else None
    return verb is not None and verb.passive


def _passive(expression: Expression, analysis: Analysis) -> bool:
    """Whether the governed verb is a passive (le coût a été estimé à deux millions: estimated
    at) or a past participle standing alone (le suspect, soupçonné de vol: suspected of),
    whose glosses the card words as English participles, as a construction's."""
    head = analysis.tokens[expression.head]
    if analysis.group_of(head) is None:
        return is_past_participle(head) and _stands_alone(analysis, head)
    verb = verb_of(analysis, head)
    return verb is not None and verb.passive


def _stands_alone(analysis: Analysis, participle: Token) -> bool:
    """A participle after a comma or at the sentence's start (adverbs aside), or after a noun
    it agrees with (les fonds destinés à); not the tagger's "participle" that is the finite
    verb of its subject (cette révolution fait de la ville: makes)."""
    before = neighbour(analysis, participle, -1)
    while before is not None and before.pos == "ADV":
        before = neighbour(analysis, before, -1)
    if before is None or before.text in (",", "(", "—"):
        return True
    if before.pos not in ("NOUN", "PROPN"):
        return False
    return all(
        before.morph.get(feature) in (None, participle.morph.get(feature))
        for feature in ("Gender", "Number")
        if participle.morph.get(feature)
    )


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


def _is_duration(words: Sequence[Token]) -> bool:
    """deux ans, trente jours, quelques minutes, une heure: a number and a unit of time."""
    if len(words) < 2:
        return False
    number, unit = words[0], words[1]
    counted = number.pos == "NUM" or number.text.lower() in QUANTITIES
    return counted and unit.lemma.lower() in TIME_UNITS


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


def _lexicon_senses(expression: Expression, dictionaries: DictionarySet) -> tuple[Translation, ...]:
    pos = "" if expression.pos == "X" else expression.pos
    for dictionary in dictionaries:
        if isinstance(dictionary, Lexicon):
            found = dictionary.translate(expression.lemma, expression.lemma, pos)
            mark = f"«{expression.lemma}»"
            return tuple(
                replace(t, senses=senses, origin=f"{t.origin} · {mark}")
                for t in found
                if (senses := tuple(s for s in t.senses if not s.startswith("-")))
            )
    return ()


# -- function words read by their neighbours -----------------------------------------------------

# A title before a name: M. Dupont is Mr Dupont, not "gentleman".
TITLES = {
    "m.": "Mr",
    "mm.": "Messrs",
    "mme": "Mrs",
    "mmes": "Mesdames",
    "mlle": "Miss",
    "monsieur": "Mr",
    "madame": "Mrs",
    "mademoiselle": "Miss",
}
# Monsieur with a determiner is a man (ce monsieur: gentleman); alone, an address, the row of
# main_senses.tsv (sir). Messieurs is "gentlemen" either way (Messieurs, ces messieurs).
DETERMINED = {"monsieur": ("gentleman", "man")}
GENTLEMEN = ("gentlemen", "sirs")
# The time of day: à six heures, il est dix heures, vers une heure, neuf heures du soir
# (o'clock); not pendant deux heures, trois heures plus tard, une heure et demie (hours).
CLOCK_BEFORE = frozenset("à vers est sont était étaient dès jusqu'à sur".split())
CLOCK_AFTER = frozenset("du moins un précises sonnaient sonnèrent sonna sonnait".split())
HOURS_COUNTED = frozenset("une deux trois quatre cinq six sept huit neuf dix onze douze".split())
CLOCK = ("o'clock", "hour")
# An abbreviated title is one wherever it stands (M. de Marelle, M. et Mme Walter).
ABBREVIATED = frozenset({"m.", "mm.", "mme", "mmes", "mlle"})
# Aussi first in its sentence, without a comma after it, is "so": Aussi ma mémoire est-elle
# reconnaissante (so my memory is grateful).
AUSSI_FIRST = ("so", "therefore", "and so")


# The literary partners of ne, whose own senses as nouns or adverbs lead otherwise (point:
# "dot"), when the analysis read them as the negation (Polarity=Neg: ne point, ne ... guère).
NEGATION_PARTNERS = {
    "point": ("not", "not at all"),
    "guère": ("hardly", "scarcely", "barely"),
    "nullement": ("not at all", "in no way"),
}


def by_neighbours(analysis: Analysis, token: Token) -> Translation | None:
    """A word whose sense its neighbours decide: a title before a name, monsieur after a
    determiner, heure on the clock, aussi opening its sentence, a partner of ne, the
    partitive du."""
    text = token.text.lower()
    negation = token.morph.get("Polarity") == "Neg" and analysis.group_of(token) is None
    if text in NEGATION_PARTNERS and negation:
        return Translation(NEGATION_PARTNERS[text], TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    following = neighbour(analysis, token, 1)
    if text in TITLES and (text in ABBREVIATED or _before_name(following)):
        return Translation((TITLES[text],), TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    if (senses := _person(analysis, token, text, following)) is not None:
        return Translation(senses, TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    if text in ("heure", "heures") and _on_the_clock(analysis, token, following):
        return Translation(CLOCK, TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    if text == "aussi" and following is not None and neighbour(analysis, token, -1) is None:
        return Translation(AUSSI_FIRST, TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    if text in ("voici", "voilà") and _is_duration(_following(analysis, token)):
        return Translation(("ago",), TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    if text in EXCLAMATIVE and _is_exclamation(analysis, token):
        return Translation(EXCLAMATIVE[text], TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)
    return (
        by_surroundings(analysis, token)
        or by_gender(analysis, token)
        or by_function_word(analysis, token)
        or by_context(analysis, token)
        or by_construction(analysis, token)
        or partitive(analysis, token)
    )


def _on_the_clock(analysis: Analysis, token: Token, following: Token | None) -> bool:
    """Heure after a number that tells the time: a word before the number puts it on the
    clock (à six heures), or one after it (six heures du soir, et demie, moins le quart)."""
    if token.index == 0 or (following is not None and plain(following.text) == "de"):
        return False  # deux heures de marche: how long
    number = analysis.tokens[token.index - 1]  # a figure (14 heures) is not a word
    if number.sentence != token.sentence:
        return False
    if not (number.pos == "NUM" or plain(number.text) in HOURS_COUNTED):
        return False
    if following is not None and plain(following.text) in CLOCK_AFTER:
        return True
    before = neighbour(analysis, number, -1)
    return before is not None and plain(before.text) in CLOCK_BEFORE


def _before_name(following: Token | None) -> bool:
    """A name after a title, or et and the next title (Monsieur et Madame Walter)."""
    return following is not None and (following.pos == "PROPN" or plain(following.text) == "et")


def _person(
    analysis: Analysis, token: Token, text: str, following: Token | None
) -> tuple[str, ...] | None:
    """Monsieur after a determiner (gentleman), messieurs (gentlemen); None for every other
    word."""
    if token.pos != "NOUN":
        return None
    if text == "messieurs":
        return GENTLEMEN
    before = neighbour(analysis, token, -1, skip=("ADJ", "ADV"))  # un gros monsieur
    if before is None:
        return None
    if text in DETERMINED and before.pos == "DET":
        return DETERMINED[text]
    return None


# quel in an exclamation (Quel dommage ! Quelle belle journée !) is "what (a)", not "which".
EXCLAMATIVE = dict.fromkeys(("quel", "quelle", "quels", "quelles"), ("what", "what a"))


def _is_exclamation(analysis: Analysis, token: Token) -> bool:
    sentence = analysis.sentence_of(token)
    return analysis.text[sentence.start : sentence.end].rstrip(' »"”.…').endswith("!")


def _following(analysis: Analysis, token: Token) -> list[Token]:
    """The next words in the token's sentence (at most four): voici quatre ans."""
    after = analysis.tokens[token.index + 1 : token.index + 5]
    return [t for t in after if t.sentence == token.sentence]


# -- the partitive article ----------------------------------------------------------------------

PARTITIVE_SENSES = ("some", "any")
# Verbs that take du as "from the" (sortir du bois) though no list governs them, and the two
# the governed list names whose du is mostly partitive all the same (c'est du vin, faire du
# sport).
ORIGIN_VERBS = frozenset("sortir partir descendre tomber sauter tirer retirer extraire".split())
PARTITIVE_VERBS = frozenset({"être", "faire", "avoir"})


def partitive(analysis: Analysis, token: Token) -> Translation | None:
    """du as the partitive article (il boit du vin: some wine): after a verb (adverbs may
    stand between) that does not take de itself, and before a noun or an adjective."""
    if token.text.lower() != "du" or _governed_preposition(analysis, token):
        return None
    following = neighbour(analysis, token, 1)
    if following is None or following.pos not in ("NOUN", "ADJ"):
        return None
    verb = neighbour(analysis, token, -1, skip=("ADV", "PART"))
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return None
    group = analysis.group_of(verb)
    lemma = (group.lemma if group is not None else verb.lemma).lower()
    if lemma in ORIGIN_VERBS or lemma in _de_verbs():
        return None
    return Translation(PARTITIVE_SENSES, TranslationSource.DICTIONARY, GRAMMAR_ORIGIN)


def _governed_preposition(analysis: Analysis, token: Token) -> bool:
    """Whether a verb's governed de found in the text is this du (parler du film)."""
    # Only the governed expressions around the token: scanning all of a text's for each du
    # grew with the square of its length.
    return any(
        e.source == GOVERNED
        and token.index in e.tokens
        and e.head != token.index
        and e.lemma.rsplit(" ", 1)[0] in _de_verbs()
        for e in analysis.governed_around(token)
    )


@functools.cache
def _de_verbs() -> frozenset[str]:
    """The verbs the governed list says take de before a noun (parler de, venir de), not
    only before an infinitive (demander de partir); être, faire and avoir left out."""
    found = frozenset(
        entry.lemma.rsplit(" ", 1)[0]
        for (source, _), entry in entries_by_lemma().items()
        if source == GOVERNED and entry.lemma.endswith(" de") and not entry.infinitive
    )
    return found - PARTITIVE_VERBS


def of_word(translations: Iterable[Translation], lemma: str) -> tuple[Translation, ...]:
    """A word's own translations on an expression's card, marked with the word's lemma
    (WordInfo.entry_translation finds a verb group's main verb by the mark)."""
    return tuple(replace(t, origin=f"{t.origin} · {lemma}") for t in translations)


# -- the sentence's machine translation ----------------------------------------------------------


def stems(text: str) -> list[str]:
    """The words of an English text without their inflections (agreed, agrees: agre)."""
    return [_stem(word) for word in _words(text)]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word.rstrip("e")


def is_in(sense: str, sentence: Sequence[str]) -> bool:
    """Whether the sense's own words stand in a row in the (stemmed) English sentence; words
    any sense may hold (be, to, someone) are left out before stemming."""
    words = _words(_PARENTHESES.sub(" ", sense))
    wanted = [_stem(word) for word in words if word not in _UNTOLD]
    if not wanted:
        return False
    size = len(wanted)
    return any(list(sentence[i : i + size]) == wanted for i in range(len(sentence) - size + 1))


def prefer_translated(
    translations: tuple[Translation, ...], english: str, *, first_only: bool = False
) -> tuple[Translation, ...]:
    """The card's translations with the first sense the machine translation of the sentence
    uses moved to the front of its translation, and that translation first among the
    dictionaries' (the learner's own and the teacher's stay ahead). first_only: only the
    first dictionary translation may change (an expression's, which its words never pass)."""
    sentence = stems(english)
    if not sentence:
        return translations
    dictionaries = [
        position
        for position, translation in enumerate(translations)
        if translation.source is TranslationSource.DICTIONARY
    ]
    for position in dictionaries[:1] if first_only else dictionaries:
        translation = translations[position]
        chosen = next((s for s in translation.senses if is_in(s, sentence)), None)
        if chosen is None:
            continue
        senses = (chosen, *(s for s in translation.senses if s != chosen))
        return _lead(translations, position, replace(translation, senses=senses))
    return translations


def _lead(
    translations: tuple[Translation, ...], position: int, chosen: Translation
) -> tuple[Translation, ...]:
    """The chosen translation before the other dictionaries' answers."""
    ahead = [
        t
        for t in translations[:position]
        if t.source in (TranslationSource.GLOSSARY, TranslationSource.TEACHER)
    ]
    rest = [t for i, t in enumerate(translations) if i != position and t not in ahead]
    return (*ahead, chosen, *rest)

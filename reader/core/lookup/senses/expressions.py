"""An expression's meaning on the card: its phrase list's glosses, or the lexicon's senses of its
headword, the one its context calls for first, worded in the past (il y avait: there was)
or as participles where the text tells it so; and a word's own translations on an
expression's card (of_word)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from reader.core.analysis.expressions.lists import EXPRESSIONS, GOVERNED, LEXICON, entries_by_lemma
from reader.core.dictionaries.lexicon.lexicon import Lexicon
from reader.core.dictionaries.registry import DictionarySet
from reader.core.grammar.lefff_verbs import form_readings
from reader.core.lookup.english import past_participle
from reader.core.lookup.participles import is_past_participle
from reader.core.lookup.partners import verb_of
from reader.core.lookup.senses.cues import in_context
from reader.core.lookup.surroundings import neighbour
from reader.core.models import Analysis, Expression, Token, Translation, TranslationSource

PHRASES_ORIGIN = "French Reader phrase lists"


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


def of_word(translations: Iterable[Translation], lemma: str) -> tuple[Translation, ...]:
    """A word's own translations on an expression's card, marked with the word's lemma
    (WordInfo.entry_translation finds a verb group's main verb by the mark)."""
    return tuple(replace(t, origin=f"{t.origin} · {lemma}") for t in translations)

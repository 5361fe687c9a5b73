"""Senses the construction a verb sits in decides, before the dictionaries' order: a verb
reporting a quotation (« ... », a-t-il lancé: said; il reprit : « ... »: went on), a verb
before que and its clause (il a relevé que: pointed out), and the kind of subject or object a
verb has (gagner la porte: reach; le film sort: come out; partners.py), and what follows or
precedes it (cela le rendit fier: make; il comptait partir: intend to; complements.py).

The senses are rows of resources/senses/constructions.tsv: (construction, lemma) -> English,
in the infinitive; a verb in a past tense shows them in the simple past (reprit-il: went on).
The analysis keeps no dependency tree, so each construction is read from the words' places
and tags, and a rule returns None wherever they do not settle it."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from reader.core.lookup import complements, kinds, partners
from reader.core.lookup.english import past_participle, simple_past
from reader.core.lookup.partners import INVERTED, Verb, after_verb, verb_of
from reader.core.lookup.surroundings import plain
from reader.core.models import Analysis, Token, Translation, TranslationSource
from reader.core.paths import resource_rows

ORIGIN = "French Reader constructions"
FOLDER = "senses"
NAME = "constructions.tsv"
HEADER = ("construction", "lemma", "english")
# Constructions whose rows are written in the tense they are shown in (devait: had to; "can"
# has no English past a rule could make).
AS_WRITTEN = frozenset(
    {"past modal", "never to", "probable", "was probable", "as preposition", "parts"}
)
# What may stand right before a reporting verb in an incise: the end of the quotation, or the
# comma that cuts it (« Et puis, reprit-il, ... »).
QUOTE_ENDS = frozenset({",", "»", "”", '"', "!", "?", "…", "..."})
QUOTE_CLOSES = ("»", "”")
STRAIGHT_QUOTE = '"'
# Marks of a quotation or of dialogue in the sentences before the verb.
QUOTE_MARKS = frozenset({"«", "»", "“", "”", '"', "—", "–"})
# What opens the quotation after a colon: il reprit : « ... », il a déclaré : — ...
QUOTE_OPENS = frozenset({"«", "“", '"', "—", "–"})
# How many sentences back a quotation mark makes the verb's sentence a quotation's.
QUOTED_SENTENCES = 2
# The words an inverted noun subject may hold: a fairly short name or noun phrase.
SUBJECT_WORDS = 6
SUBJECT_TAGS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
# The possessives of the one spoken to: what follows the verb is its object (jette tes livres).
ADDRESSED = frozenset({"ton", "ta", "tes", "votre", "vos"})
SUBJECT_LINKS = frozenset({"de", "d'", "du", "des"})
# What may close an inverted subject: the incise ends with the sentence or a comma.
CLAUSE_ENDS = frozenset({".", ",", ";", "!", "?", "…", "...", "»", ":"})
# What may go on after an inverted subject: a gerund or sans and an infinitive (lança un
# gars en se hissant sur sa couchette; fit Bastien sans lever les yeux).
SUBJECT_GOES_ON = frozenset({"en", "sans"})
# The one spoken to, a clitic between the quotation's end and the verb (lui souffla son mari).
TOLD = frozenset({"lui", "leur", "me", "m'", "te", "t'", "nous", "vous"})
# A pronoun that names a speaker as a noun does (reprit l'autre).
SPEAKER_PRONOUNS = frozenset({"autre", "un", "une"})
# Object pronouns right before a verb: its object is not a quotation (puis la jetait ... :).
OBJECTS = frozenset({"le", "la", "l'", "les"})
RELATIVES = frozenset({"qui", "que", "qu'", "dont", "où"})
# How many words an aside after the verb and a comma may hold before the colon.
ASIDE_WORDS = 20
# Prepositions before an infinitive that make it another verb's aim (pour s'en assurer :).
PURPOSES = frozenset({"pour", "sans", "afin"})
# How many words (adverbs, a manner: d'une voix câline) may stand between a verb and its colon.
BEFORE_COLON = 8
# What a line is said in, after its verb: d'un ton grave, d'une voix douce.
VOICES = frozenset({("un", "ton"), ("une", "voix")})


@functools.cache
def construction_senses() -> dict[tuple[str, str], tuple[str, ...]]:
    """(construction, lemma) -> the senses the construction gives the verb, in order."""
    rows = resource_rows(FOLDER, NAME, len(HEADER), "constructions")
    return {
        (name, lemma): tuple(sense.strip() for sense in english.split("|"))
        for name, lemma, english in rows
    }


@functools.cache
def construction_lemmas() -> frozenset[str]:
    """Every verb some construction gives senses to: the rest are not read at all."""
    return frozenset(lemma for _, lemma in construction_senses())


def by_construction(analysis: Analysis, token: Token) -> Translation | None:
    """The senses the construction the token's verb sits in gives it, or None."""
    if token.pos not in ("VERB", "AUX"):
        return None
    verb = verb_of(analysis, token)
    if verb is None or verb.lemma not in construction_lemmas():
        return None
    senses = construction_senses()
    for name, applies in RULES:
        found = senses.get((name, verb.lemma))
        if found and applies(analysis, verb):
            worded = found if name in AS_WRITTEN else _worded(analysis, found, verb)
            return Translation(worded, TranslationSource.DICTIONARY, ORIGIN)
    return None


def _worded(analysis: Analysis, senses: tuple[str, ...], verb: Verb) -> tuple[str, ...]:
    """A passive's senses as English participles (sera assisté: assisted), a past tense's in
    the simple past (reprit: went on), the rest as written."""
    if verb.passive:
        return tuple(past_participle(s) for s in senses)
    if not verb.past:
        return senses
    plural = _finite_number(analysis, verb) == "Plur"  # ils sont sortis: were released
    return tuple(simple_past(s, plural=plural) for s in senses)


def _finite_number(analysis: Analysis, verb: Verb) -> str:
    """The Number of the group's conjugated word (its auxiliary's: ils ont paru), or ""."""
    group = analysis.tokens[verb.first : verb.last + 1]
    return next((t.morph.get("Number", "") for t in group if t.morph.get("VerbForm") == "Fin"), "")


# -- reporting a quotation -----------------------------------------------------------------------


def reports_speech(analysis: Analysis, verb: Verb) -> bool:
    """« C'est fini », a-t-il lancé; « Assez ! » tonna le général; — Oui, reprit Duroy, ...;
    il avait alors lâché : « ... ». Never an imperative (« Daniel, jette tes livres »), a
    bare past participle (Ceci fait, il ...), nor a verb with an object of its own before it
    (puis la jetait sur un meuble :, la maison qu'il avait indiquée)."""
    if not _may_report(analysis, verb):
        return False
    return (
        is_incise(analysis, verb) or before_quotation(analysis, verb) or in_a_voice(analysis, verb)
    )


def in_a_voice(analysis: Analysis, verb: Verb) -> bool:
    """The verb right before the voice or tone it is said in (il prononça d'un ton triste
    mais résolu, ...; elle reprit d'une voix douce), past adverbs and an inverted pronoun."""
    after = after_verb(analysis, verb)
    if after is None:
        return False
    words = [plain(t.text) for t in analysis.tokens[after.index : after.index + 3]]
    return len(words) == 3 and words[0] in ("d'", "de") and tuple(words[1:]) in VOICES


def _may_report(analysis: Analysis, verb: Verb) -> bool:
    morph = verb.head.morph
    if morph.get("Mood") == "Imp" or (morph.get("Person") == "2" and verb.first == verb.last):
        return False  # jette tes livres, fais une chose
    bare = verb.first == verb.last and morph.get("VerbForm") == "Part"
    if bare and morph.get("Tense") == "Past":
        return False
    before = [plain(t.text) for t in analysis.tokens[max(0, verb.first - 3) : verb.first]]
    if before and before[-1] in OBJECTS:
        return False
    return not any(word in ("que", "qu'", "comme") for word in before)


def is_incise(analysis: Analysis, verb: Verb) -> bool:
    """The verb right after a quotation's end or a comma, its subject inverted: a pronoun in a
    quotation's sentences or between commas (Mais, reprit-il, nous ...), a noun right after
    a quotation or inside one (« Assez ! » tonna le général; — Oui, reprit Duroy, ...)."""
    if not _after_quote_end(analysis, verb):
        return False
    pronoun = _inverted_pronoun(analysis, verb)
    if pronoun is not None:
        end = max(pronoun, verb.last) + 1
        return _quoted(analysis, verb) or _closes_clause(analysis, end)
    return _inverted_subject(analysis, verb) and _in_or_after_quotation(analysis, verb)


def _after_quote_end(analysis: Analysis, verb: Verb) -> bool:
    """The verb right after a quotation's end or a comma, or after one clitic naming the one
    spoken to there (« ... ? » lui souffla son mari; », me dit-il); after a comma and a
    clitic only with an inverted pronoun (ce soir, nous allons faire une noce: a subject)."""
    before = verb.first - 1
    if before > 0 and plain(analysis.tokens[before].text) in TOLD:
        before -= 1
        if analysis.tokens[before].text == "," and _inverted_pronoun(analysis, verb) is None:
            return False
    return before >= 0 and analysis.tokens[before].text in QUOTE_ENDS


def _inverted_pronoun(analysis: Analysis, verb: Verb) -> int | None:
    """The index of -il, -t-elle after the verb or between its auxiliary and itself
    (avait-il lâché), or None."""
    tokens = analysis.tokens[verb.first : verb.last + 2]
    return next((t.index for t in tokens if plain(t.text) in INVERTED), None)


def _inverted_subject(analysis: Analysis, verb: Verb) -> bool:
    """A short noun phrase after the verb that ends its clause: tonna le général., reprit
    Duroy, ..."""
    index = verb.last + 1
    tokens = analysis.tokens
    while index < len(tokens) and tokens[index].pos == "ADV":
        index += 1  # a ensuite précisé Febelfin
    start = index
    if start < len(tokens) and plain(tokens[start].text) in ADDRESSED:
        return False  # jette tes livres: an imperative's object, not a subject
    while index < len(tokens) and index - start < SUBJECT_WORDS:
        word = tokens[index]
        if word.pos not in SUBJECT_TAGS and plain(word.text) not in SUBJECT_LINKS:
            break
        index += 1
    if index == start + 1 and index < len(tokens) and plain(tokens[index].text) in SPEAKER_PRONOUNS:
        index += 1  # reprit l'autre
    named = any(
        t.pos in ("NOUN", "PROPN") or plain(t.text) in SPEAKER_PRONOUNS for t in tokens[start:index]
    )
    ended = named and _subject_ends(tokens, index)
    if not ended and start < len(tokens) and tokens[start].pos == "DET":
        index = _mistagged_noun_end(tokens, start)  # fit le vieux cocher: vieux, cocher mistagged
        named = index > start + 1
    return named and _subject_ends(tokens, index)


def _mistagged_noun_end(tokens: Sequence[Token], start: int) -> int:
    """The end of a noun phrase opened by a determiner whose words the tagger took for others
    (le vieux/NOUN cocher/PRON, le vieux/ADJ marin/ADJ): up to a verb, a preposition, a
    conjunction or the clause's end, within SUBJECT_WORDS words."""
    index = start + 1
    while index < len(tokens) and index - start < SUBJECT_WORDS:
        word = tokens[index]
        if word.text in CLAUSE_ENDS or word.pos in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ"):
            break
        index += 1
    return index


def _subject_ends(tokens: Sequence[Token], index: int) -> bool:
    """The inverted subject ends its clause, or a gerund or sans and an infinitive follow it."""
    if index == len(tokens) or tokens[index].text in CLAUSE_ENDS:
        return True
    if plain(tokens[index].text) not in SUBJECT_GOES_ON:
        return False
    following = tokens[index + 1 : index + 3]  # en se hissant, sans lever
    return any(t.pos in ("VERB", "AUX") for t in following)


def _quoted(analysis: Analysis, verb: Verb) -> bool:
    """A quotation mark or a dialogue dash in the verb's sentence or the two before it."""
    window = analysis.tokens[_window_start(analysis, verb) : verb.first]
    return any(word.text in QUOTE_MARKS for word in window)


def _window_start(analysis: Analysis, verb: Verb) -> int:
    """The first token of the sentence two before the verb's: how far back a quotation is
    read."""
    sentence = analysis.tokens[verb.first].sentence
    index = verb.first
    while index > 0 and analysis.tokens[index - 1].sentence >= sentence - QUOTED_SENTENCES:
        index -= 1
    return index


def _in_or_after_quotation(analysis: Analysis, verb: Verb) -> bool:
    """A quotation just closed before the verb (« Assez ! » tonna, « ... », a lancé), one
    still open (« Et puis, reprit Duroy, nous ... »), or a line of dialogue (— Oui, reprit).
    A straight quotation mark opens and closes alike: the count of them before the verb
    tells which it is ("Assez !" tonna: an even count, the last one closes)."""
    tokens = analysis.tokens
    window = tokens[_window_start(analysis, verb) : verb.first]
    straight = sum(word.text == STRAIGHT_QUOTE for word in window)
    closes = (*QUOTE_CLOSES, STRAIGHT_QUOTE) if straight and not straight % 2 else QUOTE_CLOSES
    first = verb.first - (plain(tokens[verb.first - 1].text) in TOLD)  # » lui souffla
    before = [t.text for t in tokens[max(0, first - 2) : first]]
    if before[-1] in closes or before[-2:] in ([c, ","] for c in closes):
        return True
    opened = False
    for word in window:
        if word.text in ("«", "“", "—", "–"):
            opened = True
        elif word.text in ("»", "”"):
            opened = False
        elif word.text == STRAIGHT_QUOTE:
            opened = not opened
    return opened


def _closes_clause(analysis: Analysis, index: int) -> bool:
    tokens = analysis.tokens
    return index >= len(tokens) or tokens[index].text in (".", ",", "!", "…", "...")


def before_quotation(analysis: Analysis, verb: Verb) -> bool:
    """il reprit : « ... »; elle reprit, d'une voix câline : « ... »; lui murmura dans
    l'oreille : « ... »; a lâché : (the quotation in the next paragraph). Not with an object
    before the colon (il reprit sa mine joyeuse : ...), an infinitive (cela le fit rire :) or
    as the infinitive of a purpose (pour s'en assurer :, sans lâcher la rose :)."""
    if _introduced(analysis, verb):
        return False
    tokens = analysis.tokens
    index = verb.last + 1
    while index < len(tokens) and (tokens[index].pos == "ADV" or tokens[index].text in INVERTED):
        index += 1
    if index < len(tokens) and tokens[index].text == ",":
        # reprit, avec ce ton rêveur de ... : (a finite verb; soufflant, pressé : is panting)
        return _is_finite(verb) and _colon_after_aside(analysis, index)
    loose = False  # past a preposition: lui murmura dans l'oreille :, reprit d'un ton grave :
    while index < len(tokens) and index - verb.last <= BEFORE_COLON:
        word = tokens[index]
        if word.text == ":":
            return _opens_quotation(analysis, index)
        if _is_gerund(analysis, word) or (loose and word.morph.get("VerbForm") == "Part"):
            index += 1  # reprit en souriant :, d'un ton convaincu : a manner, not a verb
            continue
        if plain(word.text) == "tout" and _next_text(analysis, index) in ("bas", "haut"):
            index += 2  # prononça tout bas :
            continue
        if word.pos in ("VERB", "AUX", "SCONJ", "CCONJ") or word.text in (".", ";", "«", ","):
            return False
        if not loose and word.pos in ("DET", "NOUN", "PROPN", "NUM"):
            return False  # the verb's object: reprit sa mine, fit un signe
        loose = loose or _opens_adjunct(analysis, word)
        index += 1
    return False


def _next_text(analysis: Analysis, index: int) -> str:
    following = analysis.tokens[index + 1 : index + 2]
    return plain(following[0].text) if following else ""


def _is_gerund(analysis: Analysis, word: Token) -> bool:
    """A present participle after en (en souriant)."""
    if word.morph.get("VerbForm") != "Part" or word.morph.get("Tense") != "Pres":
        return False
    return word.index > 0 and plain(analysis.tokens[word.index - 1].text) == "en"


def _opens_adjunct(analysis: Analysis, word: Token) -> bool:
    """A preposition that opens a manner or a place (dans l'oreille, d'un ton grave), not the
    de of an object (faisait de courts saluts)."""
    if word.pos != "ADP":
        return False
    if plain(word.text) not in ("de", "d'"):
        return True
    following = analysis.tokens[word.index + 1 : word.index + 2]
    return bool(following) and plain(following[0].text) in ("un", "une")


def _is_finite(verb: Verb) -> bool:
    return verb.first != verb.last or verb.head.morph.get("VerbForm") == "Fin"


def _colon_after_aside(analysis: Analysis, comma: int) -> bool:
    """A colon and a quotation after an aside the comma opens: elle reprit, comme il ne
    parlait pas : « ... »; not il reprit, après un silence, sa lecture."""
    tokens = analysis.tokens
    subordinate = False  # a verb in the aside is one of a clause it opens (comme il ...)
    for index in range(comma + 1, min(len(tokens), comma + 1 + ASIDE_WORDS)):
        word = tokens[index]
        if word.text == ":":
            return _opens_quotation(analysis, index)
        if word.text in (".", ";", "«", "!", "?"):
            return False
        subordinate = subordinate or word.pos == "SCONJ" or plain(word.text) in RELATIVES
        if word.morph.get("VerbForm") == "Fin" and not subordinate:
            return False  # ..., il se présenta au contrôle : the colon is that verb's
    return False


def _opens_quotation(analysis: Analysis, colon: int) -> bool:
    """A quotation or a dialogue line after the colon, or the paragraph's end there."""
    tokens = analysis.tokens
    return colon + 1 == len(tokens) or tokens[colon + 1].text in QUOTE_OPENS


def _introduced(analysis: Analysis, verb: Verb) -> bool:
    """An infinitive after pour, sans or afin (de): the aim of another verb, not a report."""
    if verb.head.morph.get("VerbForm") != "Inf":
        return False
    index = verb.first - 1
    while index >= 0 and (
        analysis.tokens[index].pos == "PRON" or plain(analysis.tokens[index].text) in ("en", "y")
    ):
        index -= 1  # pour s'en assurer (the tagger may call en a preposition)
    return index >= 0 and plain(analysis.tokens[index].text) in PURPOSES


def as_preposition(analysis: Analysis, verb: Verb) -> bool:
    """A present participle alone before a noun phrase, as a preposition (les questions
    concernant la femme: concerning; suivant les cas); not a gerund (en suivant la route)."""
    head = verb.head
    if verb.first != verb.last or head.morph.get("VerbForm") != "Part":
        return False
    if head.morph.get("Tense") != "Pres" or not head.text.lower().endswith("ant"):
        return False
    if head.index and plain(analysis.tokens[head.index - 1].text) == "en":
        return False
    following = analysis.tokens[head.index + 1 : head.index + 2]
    return bool(following) and following[0].pos in ("DET", "PROPN", "PRON", "NUM")


def names_parts(analysis: Analysis, verb: Verb) -> bool:
    """A whole and its parts: a past participle, passive or alone, before de (la salle est
    constituée de trois pièces, un jury composé de dix membres: made up of); not a compound
    past (il a composé de belles chansons) nor the present (cela constitue de la diffamation)."""
    head = verb.head
    if head.morph.get("VerbForm") != "Part" or head.morph.get("Tense") != "Past":
        return False
    if not verb.passive and (verb.first != verb.last or verb.past):
        return False
    following = analysis.tokens[verb.last + 1 : verb.last + 2]
    return bool(following) and plain(following[0].text) in ("de", "d'", "du", "des")


def before_clause(analysis: Analysis, verb: Verb) -> bool:
    """il a relevé que, souligne également que; not il ne relève que (ne ... que)."""
    after = after_verb(analysis, verb)
    if after is None or plain(after.text) not in ("que", "qu'"):
        return False
    before = analysis.tokens[max(0, verb.first - 3) : verb.last]
    return not any(plain(t.text) in ("ne", "n'") for t in before)


# A counted length of time as the object of an infinitive or an imperative (tenir dix ans:
# last; comptez trois heures: allow).
DURATIONS = frozenset("an année mois semaine jour heure minute".split())


def has_duration_object(analysis: Analysis, verb: Verb) -> bool:
    """tenir dix ans, comptez trois heures aller-retour: an infinitive or an imperative; not
    tenir la porte, compter les jours, un agent qui compte vingt ans de service (has)."""
    head = verb.head.morph
    if head.get("VerbForm") != "Inf" and head.get("Mood") != "Imp":
        return False
    phrase = partners.object_of(analysis, verb)
    return phrase is not None and phrase.counted and plain(phrase.head.lemma) in DURATIONS


RULES: tuple[tuple[str, Callable[[Analysis, Verb], bool]], ...] = (
    ("probable", complements.is_probable),
    ("was probable", complements.was_probable),
    ("conditional", partners.is_conditional),
    ("never to", partners.is_never_to),
    ("scheduled", kinds.is_scheduled),
    ("past modal", partners.is_past),
    ("past conditional", partners.is_past_conditional),
    ("speech", reports_speech),
    ("as preposition", as_preposition),
    ("parts", names_parts),
    ("clause", before_clause),
    ("give up", kinds.gives_up),
    ("place", partners.has_place_object),
    ("time", partners.has_time_object),
    ("duration", has_duration_object),
    ("release", partners.has_product_subject),
    ("event", partners.has_event_object),
    ("object", partners.has_direct_object),
    ("aim", partners.is_aimed),
    ("opening", partners.closes_opening),
    ("share", partners.falls_to),
    ("dative", partners.has_dative),
    ("missed", kinds.is_missed),
    ("missed object", kinds.misses_object),
    ("surrender", kinds.surrenders),
    ("concern", kinds.concerns),
    ("feeling", partners.worked_on),
    ("person", partners.has_person_object),
    ("idea", partners.has_idea_object),
    ("figure", partners.has_object_in(partners.FIGURES)),
    ("feat", partners.has_feat_object),
    ("blow", partners.has_object_in(partners.BLOWS)),
    ("result", partners.has_object_in(partners.RESULTS)),
    ("fire", partners.has_object_in(partners.FIRE)),
    ("hardship", partners.has_object_in(partners.HARDSHIPS)),
    ("jobs", partners.has_object_in(partners.JOBS)),
    ("act", partners.has_object_in(partners.ACTS)),
    ("name", partners.is_named),
    ("talk", partners.talks),
    ("out", partners.is_driven_out),
    ("attribute", complements.has_attribute),
    ("intention", complements.before_infinitive),
    ("intend", complements.intends),
    ("causative", complements.causes),
    ("held", complements.holds_in(frozenset({"à", "au", "aux"}))),
    ("worn", complements.holds_in(frozenset({"sur"}))),
    ("happen", kinds.happens),
    ("arrival", complements.person_arrives),
    ("debt", complements.owes),
    ("fail", complements.fails_to),
    ("nearly", complements.nearly),
    ("robbed", complements.robs),
    ("news", complements.tells),
    ("hour", complements.strikes),
    ("bell", complements.rings),
    ("reflexive", complements.is_reflexive),
    ("embrace", complements.hugs),
    ("grip", complements.grips),
    ("spend", complements.spends),
    ("made", partners.has_object_in(complements.MADE)),
    ("step", partners.has_object_in(frozenset({"pas"}))),
    ("regain", partners.has_object_in(complements.REGAINED)),
    ("thing", kinds.thing_subject),
    ("person object", kinds.person_object),
    ("harm", kinds.object_in(kinds.HARMS)),
    ("verdict", kinds.object_in(kinds.VERDICTS)),
    ("glance", kinds.object_in(kinds.GLANCES)),
    ("hand", partners.has_object_in(frozenset({"main"}))),
    ("badly", kinds.goes_badly),
    ("smell", kinds.smells_of),
    ("rumour", kinds.goes_round),
    ("shot", kinds.subject_in(kinds.SHOTS)),
    ("business", kinds.object_in(kinds.BUSINESSES)),
    ("records", kinds.object_in(kinds.RECORDS)),
    ("attached", kinds.is_attached),
    ("due", kinds.is_due),
    ("garment", kinds.object_in(kinds.GARMENTS)),
    ("toast", partners.has_object_in(frozenset({"toast"}))),
    ("stamp", kinds.stamps),
    ("knock", kinds.knocks),
    ("taken out", kinds.takes_out),
    ("look", partners.has_object_in(kinds.LOOKS)),
    ("in kind", kinds.object_in(kinds.RETURNED)),
    ("service", kinds.object_in(kinds.SERVICES)),
    ("home", kinds.sees_home),
    ("someone", kinds.turns_up),
    ("light", kinds.object_in(kinds.LIGHTS)),
    ("clock", kinds.object_in(kinds.CLOCKS)),
    ("clap", partners.has_object_in(frozenset({"main"}))),
    ("shuffle", partners.has_object_in(frozenset({"carte"}))),
    ("feed", kinds.feeds),
    ("serve", kinds.gives_food),
    ("drinks", kinds.gives_drink),
    ("understand", kinds.understands_nothing),
    ("recover", kinds.recovers),
    ("dwelling", kinds.dwells),
    ("awaited", kinds.awaits),
    ("alighting", kinds.gets_off),
    ("carried", kinds.object_in(kinds.CARRIED)),
    ("amount", kinds.object_in(kinds.AMOUNTS)),
    ("crack", kinds.cracks),
)

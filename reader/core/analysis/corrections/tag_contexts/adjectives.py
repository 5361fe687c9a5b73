"""The contexts that settle a noun against an adjective: a determiner before a noun, an
adjective standing for a noun (une seconde, un jeune), an adjective after a noun or between
two (un bruit subit et violent, ce pauvre garçon), de + adjective after rien or quelque chose."""

from __future__ import annotations

from typing import Any

from reader.core.analysis.corrections.tag_changes import Fields, Verbs
from reader.core.analysis.corrections.tag_contexts.words import SUBJECT_CLITICS, VERB_DEPENDENTS

# Determiners that are never object pronouns (unlike le, la, les, leur), so never before a verb.
NOUN_DETERMINERS = frozenset(
    "un une du au aux des mon ma mes ton ta tes son sa ses notre nos votre vos leurs ce cet "
    "cette ces chaque quelque plusieurs".split()
)


def after_noun_determiner(
    values: dict[str, Any], before: dict[str, Any] | None, verbs: Verbs
) -> bool:
    """sa montre, une annonce: a determiner that is never a pronoun stands before a noun."""
    if before is None or values["pos"] != "VERB" or before["pos"] != "DET":
        return False
    if before["text"].lower() not in NOUN_DETERMINERS:
        return False
    return bool(verbs.readings(values["text"].lower()).get("NOUN"))


# Indefinite and partitive determiners: after them an adjective with no noun is itself a noun
# (une seconde, des nouvelles), where after le, la it may stand for a noun said before (la
# dernière, la seconde: the last, the second one).
INDEFINITES = frozenset({"un", "une", "des", "de", "d'", "d’"})
# What may follow the noun: not a noun, adjective, number or name it would qualify.
QUALIFIED = frozenset({"NOUN", "ADJ", "PROPN", "NUM", "X"})


def nominal_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """une seconde (a second), des nouvelles de sa mère (news), une bonne (a maid), une
    première (a first): a word tagged as an adjective right after an indefinite determiner,
    with no noun after it, that a dictionary has as a feminine noun of its own, other than
    the adjective's lemma (second, nouveau, bon). Not after en (il en veut une seconde: a
    second one). After a determiner and an adjective that goes before its noun, any determiner
    (une bonne nouvelle, cette mauvaise nouvelle: news; la petite bonne: the maid; une vieille
    ferme: a farm). The noun's lemma, or ""."""
    values = fields[index]
    if values["pos"] != "ADJ" or index < 1:
        return ""
    prenominal = _after_prenominal(fields, index)
    if not prenominal:
        if fields[index - 1]["pos"] != "DET":
            return ""
        determiner = fields[index - 1]["text"].lower()
        if determiner not in INDEFINITES and not _definite_subject(fields, index, determiner):
            return ""
    if index + 1 < len(fields) and fields[index + 1]["pos"] in QUALIFIED:
        return ""  # the text may end on the noun: Attends une seconde
    form = values["text"].lower()
    noun = form[:-1] if form.endswith("s") else form
    own = prenominal or noun != values["lemma"]  # une vieille ferme: lemma ferme either way
    if not noun.endswith("e") or not own or not verbs.is_headword(noun, "NOUN"):
        return ""
    window = fields[max(0, index - 4) : index - 1]
    return "" if any(other["text"].lower() == "en" for other in window) else noun


def _after_prenominal(fields: Fields, index: int) -> bool:
    """The word follows a determiner and an adjective that goes before its noun (une bonne
    nouvelle; the tagger may call that adjective a noun: une vieille ferme); not nouvelle itself,
    which is the noun there (les nouvelles bonnes ou mauvaises)."""
    if (
        index < 2
        or fields[index - 2]["pos"] != "DET"
        or fields[index - 1]["pos"] not in ("ADJ", "NOUN")
    ):
        return False
    return fields[index - 1]["text"].lower() in PRENOMINAL


# Adjectives that go before their noun (bon, mauvais, petit, vieux ...), nouveau aside.
PRENOMINAL = frozenset(
    "bon bonne bons bonnes mauvais mauvaise mauvaises petit petite petits petites grand grande "
    "grands grandes vieux vieille vieil vieilles beau belle bel beaux belles jeune jeunes gros "
    "grosse grosses joli jolie jolis jolies long longue longues excellent excellente "
    "excellentes".split()
)


def _definite_subject(fields: Fields, index: int, determiner: str) -> bool:
    """la bonne apporta, les nouvelles arrivaient: after la or les, the word is the subject
    of the finite verb right after it; not a word that heads a phrase whose noun is understood
    (la première entra, la seconde montre, la seule)."""
    if determiner not in ("la", "les") or index + 1 >= len(fields):
        return False
    after = fields[index + 1]
    form = fields[index]["text"].lower()
    understood = (form in ELLIPTIC and not form.startswith("nouvelle")) or form.startswith("second")
    return (
        not understood
        and after["pos"] in ("VERB", "AUX")
        and (after["morph"].get("VerbForm") == "Fin")
    )


def coordinated_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """un bruit subit et violent (sudden, not subir): a word tagged as a finite verb right
    after a noun and right before et and an adjective, that Lexique also reads as an
    adjective, is that adjective, coordinated with the next. Its lemma, or "". (The
    adjective after et is left as tagged: the rules see one word at a time.)"""
    values = fields[index]
    if values["pos"] != "VERB" or values["morph"].get("VerbForm") != "Fin" or index < 1:
        return ""
    if fields[index - 1]["pos"] != "NOUN" or index + 2 >= len(fields):
        return ""
    if fields[index + 1]["text"].lower() != "et" or not _adjective(fields[index + 2], verbs):
        return ""
    adjectives = verbs.lexique.readings(values["text"].lower()).get("ADJ", ())
    return adjectives[0] if adjectives else ""


def second_coordinated_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """un homme bourru mais juste (fair, not just): a word tagged as an adverb right after et
    or mais that follows an adjective, ending its clause, that Lexique also reads as an
    adjective, is that adjective. Its lemma, or ""."""
    values = fields[index]
    if values["pos"] != "ADV" or index < 2:
        return ""
    if fields[index - 1]["text"].lower() not in ("et", "mais"):
        return ""
    if fields[index - 2]["pos"] != "ADJ":
        return ""
    after = fields[index + 1] if index + 1 < len(fields) else None
    if after is not None and after["pos"] != "PUNCT":
        return ""  # bon et bien souvent: an adverb before its word
    adjectives = verbs.lexique.readings(values["text"].lower()).get("ADJ", ())
    return adjectives[0] if adjectives else ""


def _adjective(values: dict[str, Any], verbs: Verbs) -> bool:
    """Tagged an adjective, or a noun Lexique also reads as one (subit et violent: the
    tagger, misled by the verb before, may call violent a noun)."""
    if values["pos"] == "ADJ":
        return True
    return values["pos"] == "NOUN" and "ADJ" in verbs.lexique.readings(values["text"].lower())


# Articles before a noun the tagger may take for an adjective (le particulier qui fumait).
# (the singular possessives too: sa ferme depuis la mort de sa femme; novel17)
NOUN_ARTICLES = frozenset("le la l' l’ un une mon ma ton ta son sa notre votre leur".split())
# What ends the noun phrase right after it: a relative, a verb, a preposition, punctuation.
PHRASE_END = frozenset({"PUNCT", "VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ"})
# Adjectives that head a noun phrase whose noun is understood (le premier qui parle, l'autre
# viendra, le même, le seul): still adjectives, as UD tags them.
ELLIPTIC = frozenset(
    "premier première dernier dernière seul seule même autre prochain prochaine suivant "
    "suivante précédent précédente nouveau nouvelle".split()
)


def article_noun(fields: Fields, index: int, verbs: Verbs) -> str:
    """le particulier qui fumait, un jeune entra: a word tagged as an adjective right after
    an article, with no noun after it (the phrase ends there), that Lexique also reads as a
    noun of the same lemma, is that noun. Not an ordinal or other word that heads a phrase
    whose noun is understood (le premier qui parle, l'autre). The noun's lemma, or ""."""
    values = fields[index]
    if values["pos"] != "ADJ" or index < 1:
        return ""
    article = fields[index - 1]
    if article["pos"] != "DET" or article["text"].lower() not in NOUN_ARTICLES:
        return ""
    if index + 1 < len(fields) and fields[index + 1]["pos"] not in PHRASE_END:
        return ""  # the text's end also ends the phrase: a heading, Le particulier
    form = values["text"].lower()
    if form in ELLIPTIC or form.endswith("ième") or values["lemma"] in ELLIPTIC:
        return ""
    nouns = verbs.lexique.readings(form).get("NOUN", ())
    return values["lemma"] if values["lemma"] in nouns else ""


def standing_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """une masse informe gisait: a word tagged as a finite verb right after a noun that the
    parse makes it qualify (its head, as a modifier), with no subject or object of its own,
    not the only finite verb of its sentence, agreeing in number with the noun, whose form
    the lexicon knows as an adjective (Lexique, the dictionaries or the project's senses), is
    that adjective. Its lemma, or ""."""
    values = fields[index]
    if values["pos"] != "VERB" or values["morph"].get("VerbForm") != "Fin" or index < 1:
        return ""
    noun = fields[index - 1]
    if noun["pos"] != "NOUN" or noun["text"].lower() in SUBJECT_CLITICS:
        return ""  # Tu informes, the tagger's "noun" Tu at a sentence start
    if not _qualifies(values["_spacy"], noun["_spacy"]) or _only_verb(values["_spacy"]):
        return ""
    form = values["text"].lower()
    adjective = _adjective_of(form, verbs)
    plural = form.endswith(("s", "x")) and not adjective.endswith(("s", "x"))
    number = noun["morph"].get("Number")
    if not adjective or (number and (number == "Plur") != plural):
        return ""
    return adjective


def _qualifies(word: Any, noun: Any) -> bool:
    """The parse attaches the word to the noun as a modifier, with no subject or object."""
    if word.head.i != noun.i or word.dep_ not in ("acl", "amod"):
        return False
    return not any(child.dep_.startswith(VERB_DEPENDENTS) for child in word.children)


def _only_verb(word: Any) -> bool:
    """Whether the word is the only finite verb of its sentence, which then needs it
    (Viens ! le Muguet régale: treats, the parse's modifier of the name notwithstanding)."""
    return not any(
        other.i != word.i and other.pos_ in ("VERB", "AUX") and "Fin" in other.morph.get("VerbForm")
        for other in word.sent
    )


def _adjective_of(form: str, verbs: Verbs) -> str:
    """The adjective the form is: Lexique's lemma of it as one, else the form or its singular
    where a dictionary or the project's senses have it as an adjective (informes: informe)."""
    lemmas = verbs.lexique.readings(form).get("ADJ", ())
    if lemmas:
        return lemmas[0]
    for word in dict.fromkeys((form, form.removesuffix("s"), form.removesuffix("x"))):
        if verbs.is_headword(word, "ADJ") or verbs.lexique.is_own_adjective(word):
            return word
    return ""


# The indefinite pronouns an adjective follows after de (rien de méchant, quelque chose de
# bizarre, quoi de neuf, personne d'autre).
INDEFINITE_PRONOUNS = frozenset({"rien", "chose", "quoi", "personne"})


def indefinite_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """Il n'avait rien de méchant, quelque chose de bizarre: a word tagged as a noun right
    after rien, quelque chose, quoi or personne and de, with no determiner, that the lexicon
    knows as an adjective, is that adjective (novel17). Its lemma, or ""."""
    values = fields[index]
    if values["pos"] != "NOUN" or index < 2:
        return ""
    of, pronoun = fields[index - 1], fields[index - 2]
    if of["text"].lower() not in ("de", "d'", "d’"):
        return ""
    if pronoun["text"].lower() not in INDEFINITE_PRONOUNS:
        return ""
    if pronoun["sentence"] != values["sentence"] or not _bare_pronoun(fields, index - 2):
        return ""
    return _adjective_of(values["text"].lower(), verbs)


def _bare_pronoun(fields: Fields, index: int) -> bool:
    """chose only after quelque (quelque chose, not la chose de gauche), personne only with no
    determiner (personne de sérieux, not une personne de droite)."""
    word = fields[index]["text"].lower()
    before = fields[index - 1] if index else None
    if word == "chose":
        return before is not None and before["text"].lower() == "quelque"
    return not (before is not None and before["pos"] in ("DET", "ADJ", "NUM"))


# Adjectives French puts before the noun that the tagger reads as a noun there (le brave
# homme, ce brave Jacques): the ones whose sense their place decides
# (lookup/surroundings/adjectives.py PLACED), and the common short ones.
BEFORE_NOUN = frozenset(
    "brave pauvre sacré vieux vieil vieille jeune bon bonne grand grande petit petite gros "
    "grosse beau bel belle joli jolie cher chère vrai vraie seul seule simple ancien ancienne "
    "propre digne fameux fameuse excellent excellente honnête malheureux malheureuse gentil "
    "gentille méchant méchante satané satanée maudit maudite fichu fichue certain certaine "
    "curieux curieuse sale unique pur pure".split()
)


def adjective_before_noun(fields: Fields, index: int, verbs: Verbs) -> str:
    """le brave homme, ce brave Jacques: a word of BEFORE_NOUN, in the singular or plural,
    tagged as a noun right between a determiner and a noun or a name, is the adjective that
    Lexique reads it as. The adjective's lemma, or ""."""
    values = fields[index]
    if values["pos"] != "NOUN" or not 0 < index < len(fields) - 1:
        return ""
    form = values["text"].lower()
    if form.rstrip("sx") not in BEFORE_NOUN and form not in BEFORE_NOUN:
        return ""
    before, after = fields[index - 1], fields[index + 1]
    if before["pos"] != "DET" or after["pos"] not in ("NOUN", "PROPN"):
        return ""
    adjectives = verbs.lexique.readings(form).get("ADJ", ())
    return adjectives[0] if adjectives else ""


def swapped_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """un brave garçon: a word tagged as an adjective right after a determiner and a "noun"
    that is a prenominal adjective (brave, pauvre, vrai; Lexique reads it as one), the word
    itself being only a noun for Lexique: the tagger swapped the two. The adjective's lemma
    of the word before, or ""."""
    values = fields[index]
    if values["pos"] != "ADJ" or index < 2:
        return ""
    before, determiner = fields[index - 1], fields[index - 2]
    if before["pos"] != "NOUN" or determiner["pos"] != "DET":
        return ""
    form = before["text"].lower()
    if form not in PRENOMINAL and form not in BEFORE_NOUN and form.rstrip("sx") not in BEFORE_NOUN:
        return ""  # l'armée malienne: a noun and its adjective, whatever Lexique lacks
    readings = verbs.lexique.readings(values["text"].lower())
    if not readings.get("NOUN") or "ADJ" in readings:
        return ""
    adjectives = verbs.lexique.readings(before["text"].lower()).get("ADJ", ())
    return adjectives[0] if adjectives else ""


def noun_after_adjective(fields: Fields, index: int, verbs: Verbs) -> str:
    """ce pauvre garçon: a word tagged as an adjective right after a determiner and an
    adjective, that Lexique reads only as a noun, is that noun. Its lemma, or ""."""
    values = fields[index]
    if values["pos"] != "ADJ" or index < 2:
        return ""
    if fields[index - 1]["pos"] != "ADJ" or fields[index - 2]["pos"] != "DET":
        return ""
    readings = verbs.lexique.readings(values["text"].lower())
    nouns = readings.get("NOUN", ())
    return nouns[0] if nouns and "ADJ" not in readings else ""

"""Short English meanings of French grammatical words, for the grammar notes.

The bundled dictionary is thin on these little words, and they are the ones a note must
explain exactly (leurs = their, du = de + le).
"""

from __future__ import annotations

from reader.core.models import Translation, TranslationSource

GRAMMAR_WORDS_ORIGIN = "French Reader grammar words"

# form -> (kind, meaning)
DETERMINERS: dict[str, tuple[str, str]] = {
    "le": ("definite article", "the"),
    "la": ("definite article", "the"),
    "l'": ("definite article, elided le or la before a vowel or mute h", "the"),
    "les": ("definite article", "the"),
    "un": ("indefinite article", "a, an"),
    "une": ("indefinite article", "a, an"),
    "des": ("indefinite article", "some, or not translated"),
    "du": ("partitive article, de + le", "some, any"),
    "de": ("partitive or indefinite article after a negation or before an adjective", "some, any"),
    "d'": ("partitive article, elided de", "some, any"),
    "mon": ("possessive determiner", "my"),
    "ma": ("possessive determiner", "my"),
    "mes": ("possessive determiner", "my"),
    "ton": ("possessive determiner", "your, informal"),
    "ta": ("possessive determiner", "your, informal"),
    "tes": ("possessive determiner", "your, informal"),
    "son": ("possessive determiner", "his, her, its"),
    "sa": ("possessive determiner", "his, her, its"),
    "ses": ("possessive determiner", "his, her, its"),
    "notre": ("possessive determiner", "our"),
    "nos": ("possessive determiner", "our"),
    "votre": ("possessive determiner", "your"),
    "vos": ("possessive determiner", "your"),
    "leur": ("possessive determiner", "their"),
    "leurs": ("possessive determiner", "their"),
    "ce": ("demonstrative determiner", "this, that"),
    "cet": ("demonstrative determiner, before a vowel", "this, that"),
    "cette": ("demonstrative determiner", "this, that"),
    "ces": ("demonstrative determiner", "these, those"),
    "quel": ("interrogative determiner", "which, what"),
    "quelle": ("interrogative determiner", "which, what"),
    "quels": ("interrogative determiner", "which, what"),
    "quelles": ("interrogative determiner", "which, what"),
    "chaque": ("indefinite determiner", "each, every"),
    "plusieurs": ("indefinite determiner", "several"),
    "quelques": ("indefinite determiner", "a few, some"),
    "aucun": ("negative determiner", "no, not any"),
    "aucune": ("negative determiner", "no, not any"),
    "tout": ("indefinite determiner", "all, every"),
    "toute": ("indefinite determiner", "all, every"),
    "tous": ("indefinite determiner", "all"),
    "toutes": ("indefinite determiner", "all"),
    "certains": ("indefinite determiner", "some, certain"),
    "certaines": ("indefinite determiner", "some, certain"),
}

PREPOSITIONS: dict[str, str] = {
    "à": "to, at, in",
    "de": "of, from",
    "d'": "of, from (elided de)",
    "au": "à + le: to the, at the",
    "aux": "à + les: to the, at the",
    "du": "de + le: of the, from the",
    "des": "de + les: of the, from the",
    "dans": "in, into",
    "en": "in, to, by",
    "par": "by, through",
    "pour": "for, in order to",
    "sur": "on, about",
    "sous": "under",
    "avec": "with",
    "sans": "without",
    "entre": "between, among",
    "vers": "towards",
    "chez": "at the home of",
    "contre": "against",
    "depuis": "since, for",
    "pendant": "during",
    "après": "after",
    "avant": "before",
    "selon": "according to",
    "malgré": "despite",
    "parmi": "among",
    "lors": "at the time (lors de: during, at)",
    "jusque": "until, as far as",
    "jusqu'": "until, as far as (elided jusque)",
    "envers": "towards",
    "dès": "from, as early as",
    "face": "facing (face à)",
    "autour": "around (autour de)",
    "près": "near (près de)",
}

# lemma -> (kind, meaning)
PRONOUNS: dict[str, tuple[str, str]] = {
    "je": ("subject pronoun", "I"),
    "j'": ("subject pronoun, elided je", "I"),
    "tu": ("subject pronoun, informal", "you"),
    "il": ("subject pronoun", "he, it"),
    "elle": ("personal pronoun", "she, her, it"),
    "on": ("subject pronoun", "one, we, people"),
    "nous": ("personal pronoun", "we, us"),
    "vous": ("personal pronoun", "you"),
    "ils": ("subject pronoun", "they"),
    "elles": ("personal pronoun", "they, them (feminine)"),
    "me": ("object pronoun", "me, myself"),
    "m'": ("object pronoun, elided me", "me, myself"),
    "te": ("object pronoun, informal", "you, yourself"),
    "t'": ("object pronoun, elided te", "you, yourself"),
    "se": ("reflexive pronoun", "himself, herself, itself, themselves, each other"),
    "s'": ("reflexive pronoun, elided se", "himself, herself, themselves, each other"),
    "le": ("direct object pronoun", "him, it"),
    "la": ("direct object pronoun", "her, it"),
    "l'": ("direct object pronoun, elided le or la", "him, her, it"),
    "les": ("direct object pronoun", "them"),
    "lui": ("personal pronoun", "him, to him, to her"),
    "leur": ("indirect object pronoun", "to them"),
    "eux": ("stressed pronoun", "them"),
    "moi": ("stressed pronoun", "me"),
    "toi": ("stressed pronoun, informal", "you"),
    "soi": ("stressed reflexive pronoun", "oneself"),
    "moi-même": ("emphatic pronoun", "myself"),
    "toi-même": ("emphatic pronoun, informal", "yourself"),
    "lui-même": ("emphatic pronoun", "himself, itself"),
    "elle-même": ("emphatic pronoun", "herself, itself"),
    "soi-même": ("emphatic pronoun", "oneself"),
    "nous-mêmes": ("emphatic pronoun", "ourselves"),
    "vous-même": ("emphatic pronoun", "yourself"),
    "vous-mêmes": ("emphatic pronoun", "yourselves"),
    "eux-mêmes": ("emphatic pronoun", "themselves"),
    "elles-mêmes": ("emphatic pronoun", "themselves"),
    "y": ("adverbial pronoun", "there, to it, about it"),
    "en": ("adverbial pronoun", "of it, of them, some, from there"),
    "qui": ("relative or interrogative pronoun", "who, which, that"),
    "que": ("relative or interrogative pronoun", "that, which, whom, what"),
    "qu'": ("relative or interrogative pronoun, elided que", "that, which, whom, what"),
    "dont": ("relative pronoun", "of which, whose, about which"),
    "où": ("relative pronoun", "where, when"),
    "lequel": ("relative pronoun", "which"),
    "laquelle": ("relative pronoun", "which"),
    "lesquels": ("relative pronoun", "which"),
    "lesquelles": ("relative pronoun", "which"),
    "ce": ("demonstrative pronoun", "it, this, that"),
    "c'": ("demonstrative pronoun, elided ce", "it, this, that"),
    "cela": ("demonstrative pronoun", "that, it"),
    "ça": ("demonstrative pronoun, informal", "that, it"),
    "ceci": ("demonstrative pronoun", "this"),
    "celui": ("demonstrative pronoun", "the one"),
    "celle": ("demonstrative pronoun", "the one"),
    "ceux": ("demonstrative pronoun", "the ones, those"),
    "celles": ("demonstrative pronoun", "the ones, those"),
    "celui-ci": ("demonstrative pronoun", "this one, the latter"),
    "celle-ci": ("demonstrative pronoun", "this one, the latter"),
    "ceux-ci": ("demonstrative pronoun", "these, the latter"),
    "celles-ci": ("demonstrative pronoun", "these, the latter"),
    "celui-là": ("demonstrative pronoun", "that one, the former"),
    "celle-là": ("demonstrative pronoun", "that one, the former"),
    "ceux-là": ("demonstrative pronoun", "those, the former"),
    "celles-là": ("demonstrative pronoun", "those, the former"),
    "quelqu'un": ("indefinite pronoun", "someone, anyone"),
    "personne": ("negative pronoun", "nobody, anybody"),
    "rien": ("negative pronoun", "nothing, anything"),
    "tout": ("indefinite pronoun", "everything, all"),
    "chacun": ("indefinite pronoun", "each one"),
    "sien": ("possessive pronoun (le sien)", "his, hers, its"),
    "sienne": ("possessive pronoun (la sienne)", "his, hers, its"),
    "siens": ("possessive pronoun (les siens: his family)", "his, hers, its"),
    "siennes": ("possessive pronoun (les siennes)", "his, hers, its"),
    "plusieurs": ("indefinite pronoun", "several"),
}

CONJUNCTIONS: dict[str, str] = {
    "et": "and",
    "ou": "or",
    "mais": "but",
    "donc": "so, therefore",
    "or": "yet, now",
    "ni": "nor",
    "car": "because, for",
    "que": "that",
    "qu'": "that (elided que)",
    "si": "if, whether",
    "quand": "when",
    "lorsque": "when",
    "puisque": "since, as",
    "comme": "as, like, since",
    "parce": "because (parce que)",
    "bien": "although (bien que)",
    "afin": "so that (afin que)",
    "pendant": "while (pendant que)",
    "tandis": "while, whereas (tandis que)",
    "quoique": "although",
    "ainsi": "thus, as (ainsi que: as well as)",
    "puis": "then, and then, next",
}

ADVERBS: dict[str, str] = {
    "très": "very",
    "plus": "more; le plus: the most",
    "moins": "less; le moins: the least",
    "aussi": "also, too, as",
    "bien": "well",
    "mal": "badly",
    "encore": "still, again, yet",
    "déjà": "already",
    "toujours": "always, still",
    "souvent": "often",
    "ici": "here",
    "là": "there",
    "où": "where",
    "comment": "how",
    "pourquoi": "why",
    "quand": "when",
    "beaucoup": "a lot, much, many",
    "peu": "little, few",
    "trop": "too, too much",
    "assez": "enough, quite",
    "y": "there",
    "puis": "then, next, afterwards",
    "ainsi": "thus, so",
    "lors": "then; lors de: during",
    "plutôt": "rather",
    "surtout": "especially, above all",
    "également": "also, equally",
    "notamment": "in particular, notably",
    "aujourd'hui": "today",
    "hier": "yesterday",
    "demain": "tomorrow",
    "peut-être": "perhaps, maybe",
    "c'est-à-dire": "that is to say",
}


def meaning_of(word: str, table: dict[str, str]) -> str:
    """' (meaning)' for a known word, '' otherwise: ready to append to a note."""
    meaning = table.get(word)
    return f" ({meaning})" if meaning else ""


def grammar_word_translation(lemma: str, form: str, pos: str) -> Translation | None:
    """The exact meaning of a little word (leurs = their), ahead of the dictionary's list."""
    lower = form.lower().lstrip("-").replace("’", "'")  # the tables spell d', qu', l'
    meaning = ""
    if pos == "DET":
        meaning = DETERMINERS.get(lower, DETERMINERS.get(lemma, ("", "")))[1]
    elif pos == "ADP":
        meaning = PREPOSITIONS.get(lower, PREPOSITIONS.get(lemma, ""))
    elif pos == "PRON":
        meaning = PRONOUNS.get(lower, PRONOUNS.get(lemma, ("", "")))[1]
    elif pos in ("CCONJ", "SCONJ"):
        meaning = CONJUNCTIONS.get(lower, CONJUNCTIONS.get(lemma, ""))
    elif pos == "ADV":
        meaning = ADVERBS.get(lemma, "")
    if not meaning:
        return None
    return Translation((meaning,), TranslationSource.DICTIONARY, GRAMMAR_WORDS_ORIGIN)

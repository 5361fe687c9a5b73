"""Degree and quantity words, read by the word they grade: le plus (most), si (so; Si !:
yes), bien (very, much, at least), encore (even, another, more), donc after an imperative
(then), drôle comme tout (ever so), de after a negation (any), tous les trois jours
(every), tout before an adjective (very)."""

from __future__ import annotations

from reader.core.dictionaries.lexicon.lexicon import bundled_lexicon
from reader.core.lookup.function_words.pronouns import (
    ARTICLES_ALONE,
    governed_glosses,
    grammar,
    verb_lemma,
)
from reader.core.lookup.participles import is_past_participle
from reader.core.lookup.surroundings import neighbour, plain
from reader.core.models import Analysis, Token, Translation

# -- plus, si, bien, encore: degree words ----------------------------------------------------------


def superlative(analysis: Analysis, token: Token) -> Translation | None:
    """le plus beau, les plus grands, ce qu'il aime le plus: most; not plus de (more)."""
    if token.text.lower() != "plus" or token.morph.get("Polarity") == "Neg":
        return None
    before = neighbour(analysis, token, -1)
    if before is None or plain(before.text) not in ARTICLES_ALONE or before.pos != "DET":
        return None
    return grammar("most", "the most")


# Adverbs that si or bien grades (si souvent: so often; bien loin: far); not si jamais (if
# ever), si seulement (if only), si vraiment (if really).
GRADED = frozenset(
    "souvent longtemps loin près tôt tard vite peu mal bien fort haut bas profondément "
    "doucement rapidement lentement facilement vivement simplement gentiment".split()
)
COMPARATIVES = frozenset(
    "plus moins mieux pis pire meilleur meilleure meilleurs meilleures trop davantage".split()
)


def si(analysis: Analysis, token: Token) -> Translation | None:
    """si beau, si souvent: so; Si ! (to a negative question): yes; si tu viens: if, the
    list's."""
    if token.text.lower() != "si":
        return None
    after = neighbour(analysis, token, 1)
    if after is None:
        # Mais si ! Si, si.: a clause's if never ends it; vous avez été si… si… gentils: so
        return None if _trails_off(analysis, token) else grammar("yes", "oh yes")
    if after.pos == "ADV" and after.text.lower() in GRADED:
        return grammar("so", "such")
    if after.pos != "ADJ" or after.text.lower() in QUANTIFIERS:
        return None  # si tous les hommes, si autre chose: if
    following = neighbour(analysis, after, 1)
    return None if following is not None and following.pos == "DET" else grammar("so", "such")


def _trails_off(analysis: Analysis, token: Token) -> bool:
    following = analysis.tokens[token.index + 1 : token.index + 2]
    return bool(following) and following[0].text in ("…", "...", "..")


# Adjectives that stand where a determiner would, after which si is "if" (si tous les hommes
# étaient bons, si seul le roi le savait).
QUANTIFIERS = frozenset(
    "tout toute tous toutes seul seule seuls seules autre autres certain certaine certains "
    "certaines quelque quelques chaque même mêmes aucun aucune nul nulle plusieurs tel telle "
    "tels telles divers diverses différents différentes".split()
)


def degree(analysis: Analysis, token: Token) -> Translation | None:
    """bien content: very; bien plus, encore mieux: much, even; bien une centaine: at
    least; c'est bien lui: indeed; il chante bien, encore là: the list's well, still."""
    text = token.text.lower()
    if text not in ("bien", "encore"):
        return None
    after = neighbour(analysis, token, 1)
    if after is None:
        return None
    if after.text.lower() in COMPARATIVES:
        if text == "encore" and after.text.lower() == "trop":
            return None  # encore trop tôt: still too early
        return grammar("much", "far") if text == "bien" else grammar("even", "still")
    if text == "encore":
        return None
    if after.pos == "NUM" or _approximate(analysis, after):
        return grammar("at least", "easily", "a good")
    if after.pos in ("PRON", "DET", "PROPN") and _after_copula(analysis, token):
        return grammar("indeed", "really", "actually")  # c'est bien lui, c'était bien ce que
    graded = after.pos == "ADJ" and not after.text.lower().endswith(PARTICIPLE_ENDINGS)
    if graded or (after.pos == "ADV" and after.text.lower() in GRADED):
        return grammar("very", "quite", "really")
    return None


# What makes assez + adjective "enough" after all: a negation just before it (pas assez grand,
# pas encore assez), a purpose or a measure after the adjective (assez grand pour).
NEGATIONS_BEFORE = frozenset({"pas", "point", "plus", "jamais", "guère"})
ENOUGH_AFTER = frozenset({"pour", "que", "qu'", "de", "d'"})


def fairly(analysis: Analysis, token: Token) -> Translation | None:
    """c'est assez difficile à expliquer, une femme assez jolie: quite, rather; pas assez
    grand, assez grand pour, assez de temps, j'en ai assez: the list's enough."""
    if token.text.lower() != "assez":
        return None
    after = neighbour(analysis, token, 1)
    earlier = [neighbour(analysis, token, step) for step in (-1, -2, -3)]
    if after is None or any(
        word is not None and plain(word.text) in NEGATIONS_BEFORE | {"ne", "n'"} for word in earlier
    ):
        return None  # pas assez grand, n'étant pas encore assez répandu: not ... enough
    if not (after.pos == "ADJ" or (after.pos == "ADV" and after.text.lower() in GRADED)):
        return None
    following = [neighbour(analysis, after, step) for step in (1, 2)]
    if any(word is not None and plain(word.text) in ENOUGH_AFTER for word in following[:1]):
        return None
    if any(word is not None and plain(word.text) == "pour" for word in following):
        return None
    return grammar("quite", "rather", "fairly")


def so_adjective(analysis: Analysis, token: Token) -> Translation | None:
    """dans des circonstances aussi dramatiques: so, such; une mine aussi sinistre que ce
    jour-là: as (que after the adjective); not il est aussi connu, Carey est aussi une
    auteur (also: no noun before aussi)."""
    if token.text.lower() != "aussi":
        return None
    before, after = neighbour(analysis, token, -1), neighbour(analysis, token, 1)
    if before is None or before.pos != "NOUN" or after is None or after.pos != "ADJ":
        return None
    if after.morph.get("VerbForm") == "Part":
        return None  # un livre aussi publié en anglais: also
    following = [neighbour(analysis, after, step) for step in (1, 2, 3)]
    if any(word is not None and plain(word.text) in ("que", "qu'") for word in following):
        return grammar("as", "so")
    return grammar("so", "such", "as")


def _after_copula(analysis: Analysis, token: Token) -> bool:
    """Whether a form of être stands right before (c'est bien, c'était bien, il est bien)."""
    before = neighbour(analysis, token, -1)
    return before is not None and before.pos in ("AUX", "VERB") and before.lemma == "être"


# Adjectives that are past participles (bien sablées, bien assorties, bien connu): well.
PARTICIPLE_ENDINGS = tuple(
    stem + end for stem in ("é", "i", "u", "is", "it") for end in ("", "e", "s", "es")
)


def _approximate(analysis: Analysis, word: Token) -> bool:
    """une centaine, une vingtaine: a round count after un or une."""
    if word.text.lower() not in ("un", "une"):
        return False
    noun = neighbour(analysis, word, 1)
    return noun is not None and noun.text.lower().endswith("aine")


# -- donc after an imperative, comme tout ----------------------------------------------------------


def emphatic_donc(analysis: Analysis, token: Token) -> Translation | None:
    """Entrez donc !, taisez-vous donc: then, go on (the imperative's emphasis); not il est
    donc parti (so)."""
    if token.text.lower() != "donc":
        return None
    verb = neighbour(analysis, token, -1, skip=("PRON",))
    if verb is None or verb.pos not in ("VERB", "AUX") or verb.morph.get("Mood") != "Imp":
        return None
    if verb.text.lower() in ("allons", "allez") and neighbour(analysis, token, 1) is None:
        return grammar("come on", "nonsense")  # Allons donc !
    return grammar("then", "go on", "do")


def comme_tout(analysis: Analysis, token: Token) -> Translation | None:
    """drôle comme tout, gentille comme tout: ever so, really; not comme tout le monde."""
    if token.text.lower() != "tout":
        return None
    comme = neighbour(analysis, token, -1)
    graded = neighbour(analysis, comme, -1) if comme is not None else None
    if comme is None or comme.text.lower() != "comme" or graded is None:
        return None
    if graded.pos not in ("ADJ", "ADV") and graded.morph.get("VerbForm") != "Part":
        return None
    after = neighbour(analysis, token, 1)
    if after is not None and after.pos in ("DET", "NOUN", "ADJ", "PRON"):
        return None
    return grammar("ever so", "terribly", "really")


def quite_tout(analysis: Analysis, token: Token) -> Translation | None:
    """j'ai été tout surpris, ils étaient tout contents, elle parut toute troublée: tout,
    toute, toutes right before an adjective or a past participle grade it (very, quite);
    not the object of avoir (il a tout vu: everything), nor tout autre (any other)."""
    if token.text.lower() not in ("tout", "toute", "toutes"):
        return None
    after = neighbour(analysis, token, 1)
    if after is None or after.text.lower() in ("autre", "autres"):
        return None
    participle = is_past_participle(after)
    if after.pos != "ADJ" and not participle:
        return None
    if participle and _after_avoir(analysis, token):
        return None  # il a tout vu; eût, malgré sa promesse, tout raconté: everything
    return grammar("very", "quite", "completely")


def _after_avoir(analysis: Analysis, token: Token) -> bool:
    """Whether the nearest verb before the word, in its sentence, is avoir (il a tout vu),
    not être (j'ai été tout surpris)."""
    for index in range(token.index - 1, max(-1, token.index - 8), -1):
        word = analysis.tokens[index]
        if word.sentence != token.sentence:
            return False
        if word.pos in ("VERB", "AUX"):
            return word.lemma == "avoir"
    return False


# -- de after a negation, encore before an article -------------------------------------------------

PARTNERS = frozenset("pas plus jamais point guère".split())


def negative_de(analysis: Analysis, token: Token) -> Translation | None:
    """il ne mange pas de viande, il n'a plus d'argent: any, no (the partitive after a
    negation); il ne parle pas de sa mère, de politique: the verb's de."""
    if plain(token.text) not in ("de", "d'"):
        return None
    partner = neighbour(analysis, token, -1)
    noun = neighbour(analysis, token, 1)
    if partner is None or noun is None or noun.pos not in ("NOUN", "ADJ"):
        return None
    if noun.text.lower() in QUANTIFIERS:
        return None  # je ne dormis pas de toute la nuit: all night
    main = None
    if partner.morph.get("VerbForm") in ("Part", "Inf"):  # je n'ai pas vu de, ne veut pas boire de
        main, partner = partner, neighbour(analysis, partner, -1)
    if partner is None or partner.text.lower() not in PARTNERS:
        return None
    verb = neighbour(analysis, partner, -1, skip=("ADV", "PRON", "PART"))
    if verb is None or verb.pos not in ("VERB", "AUX"):
        return None
    before = analysis.tokens[max(0, verb.index - 4) : token.index]
    if not any(w.sentence == token.sentence and plain(w.text) in ("ne", "n'") for w in before):
        return None
    others = [w for w in before if w.text.lower() in PARTNERS and w is not partner]
    if partner.text.lower() == "plus" and others:
        return None  # n'y aurait pas causé plus de stupeur: more
    if verb_lemma(analysis, main or verb) in governed_glosses("de"):
        return None  # il ne parle pas de politique: about
    return grammar("any", "no")


def another(analysis: Analysis, token: Token) -> Translation | None:
    """encore un verre: another, one more; encore du pain: more; ce n'est pas encore un homme,
    il a encore des amis: the list's yet, still."""
    if token.text.lower() != "encore":
        return None
    article = neighbour(analysis, token, 1)
    noun = neighbour(analysis, article, 1) if article is not None else None
    if article is None or noun is None or noun.pos != "NOUN":
        return None
    before = analysis.tokens[max(0, token.index - 6) : token.index]
    if any(w.sentence == token.sentence and plain(w.text) in ("ne", "n'", "pas") for w in before):
        return None
    if article.text.lower() in ("un", "une"):
        return grammar("another", "one more")
    if plain(article.text) in ("du", "de"):
        return grammar("more", "some more")
    return None


# -- tous les before a count -----------------------------------------------------------------------


def every(analysis: Analysis, token: Token) -> Translation | None:
    """tous les trois jours, toutes les cinq minutes: every; tous les quatre accrochés, tous
    les deux: all, both (the list's)."""
    text = token.text.lower()
    after = neighbour(analysis, token, 1)
    if text not in ("tous", "toutes") or after is None or plain(after.text) != "les":
        return None
    count = neighbour(analysis, after, 1)
    noun = neighbour(analysis, count, 1) if count is not None else None
    if count is None or noun is None or not plain_noun(noun):
        return None
    if count.pos == "NUM" or count.text.lower() in NUMBER_WORDS:
        return grammar("every")  # tous les deux jours: every other day
    return None


NUMBER_WORDS = frozenset("deux trois quatre cinq six sept huit neuf dix quinze vingt cent".split())


def plain_noun(word: Token) -> bool:
    """A noun that is no adjective or participle the tagger took for one (tout rouge, tout
    capitonné, tous les quatre accrochés: very, all), by the lexicon."""
    if word.pos != "NOUN":
        return False
    lexicon, form = bundled_lexicon(), word.text.lower()
    if lexicon.is_headword(form, "ADJ"):
        return False
    lemmas = lexicon.lemmas_of(form, "ADJ")
    return not any(lexicon.is_headword(w, "ADJ") or w.endswith(VERB_ENDINGS) for w in lemmas)


VERB_ENDINGS = ("er", "ir", "re")

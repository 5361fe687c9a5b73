"""Adjectives whose sense their place decides: before or after their noun (la seule idée:
only; elle vit seule: alone), or standing as an adverb after a verb (il parla haut: loudly)."""

from __future__ import annotations

from reader.core.lookup.surroundings.words import _grammar, neighbour, plain
from reader.core.models import Analysis, Token, Translation

# -- adjectives whose sense depends on their place --------------------------------------------

# (before the noun, after it or after être): the classic adjectives whose meaning changes with
# their place; only the senses a dictionary would not lead with in that place are given.
PLACED = {
    "seul": (("only", "sole", "single"), ()),
    "propre": (("own",), ("clean", "neat")),
    "ancien": (("former", "ex-"), ("old", "ancient")),
    "cher": (("dear",), ("expensive", "dear")),
    "certain": (("certain", "some"), ("sure", "certain")),
    "simple": (("mere", "simple", "just a"), ()),
    "brave": (("good", "decent", "kind"), ("brave", "courageous")),
    "curieux": (("odd", "strange", "curious"), ()),
    "sale": (("nasty", "rotten"), ("dirty", "filthy")),
    "unique": (("only", "single", "sole"), ("unique",)),
    "différent": (("various", "several"), ()),
    "divers": (("various", "several"), ()),
    "pur": (("sheer", "pure", "utter"), ()),
    "sacré": (("damned", "real", "a hell of a"), ()),
    # Round partner15: de rares promeneurs (few), un triste personnage (sorry), un air digne
    # (dignified; un digne homme keeps worthy).
    "rare": (("few", "rare", "occasional"), ()),
    "triste": (("sorry", "wretched", "sad"), ()),
    "digne": ((), ("dignified", "worthy")),
}
# Words that may stand between an adjective before its noun and the noun: la seule bonne idée.
BETWEEN = frozenset({"ADJ", "ADV"})


def by_position(analysis: Analysis, token: Token) -> Translation | None:
    """seule before its noun is "only", after it "alone"; propre before it "own", after it
    "clean"; ancien before it "former", after it "old"."""
    if token.pos != "ADJ" or token.lemma.lower() not in PLACED:
        return None
    if analysis.governing(token) is not None:
        return None  # propre à, cher à: the governed preposition decides the sense
    before, after = PLACED[token.lemma.lower()]
    if _before_noun(analysis, token) or _opens_noun_phrase(analysis, token):
        return _grammar(before) if before else None
    if token.lemma.lower() == "différent" and token.morph.get("Number") == "Plur":
        return None
    return _grammar(after) if after else None


def _opens_noun_phrase(analysis: Analysis, token: Token) -> bool:
    """Seul opening its clause before a determiner: Seul le président peut décider, seuls
    quelques ouvriers passaient (only); not il est seul le soir."""
    if token.lemma.lower() != "seul":
        return False
    previous = neighbour(analysis, token, -1)
    following = neighbour(analysis, token, 1)
    opens = previous is None or previous.text in (";", ",", ":", "«", "—", "(")
    return opens and following is not None and following.pos == "DET"


def _before_noun(analysis: Analysis, token: Token) -> bool:
    """Whether a noun or a name follows, other adjectives or an adverb at most between."""
    index = token.index + 1
    while index < len(analysis.tokens) and index <= token.index + 3:
        word = analysis.tokens[index]
        if word.sentence != token.sentence or not word.is_word:
            return False
        if word.pos in ("NOUN", "PROPN"):
            return True
        if word.pos not in BETWEEN:
            return False
        index += 1
    return False


# -- adjectives used as adverbs after a verb ---------------------------------------------------

# An adjective right after a verb other than a copula says how it is done, invariable (parler
# haut, chanter faux, coûter cher, travailler dur, s'arrêter net): the adverb's senses.
ADVERBIAL = {
    "haut": ("high", "loudly", "aloud"),
    "bas": ("low", "quietly"),
    "faux": ("out of tune", "false", "wrong"),
    "juste": ("right", "accurately", "in tune"),
    "cher": ("a lot", "dearly"),
    "clair": ("clearly",),
    "dur": ("hard",),
    "net": ("dead", "short", "sharply"),
    "court": ("short",),
    "droit": ("straight",),
    "lourd": ("a lot", "heavily"),
    "ferme": ("firmly", "hard"),
}
# After a verb of speech or sound, haut and bas say how loud (parler haut, dire tout bas);
# after another verb, how high (voler haut, saluer bas). fort has its own rule (contexts.py).
LOUDNESS = {
    "haut": ("loudly", "aloud", "out loud"),
    "bas": ("quietly", "in a low voice", "softly"),
}
SPEAKING = frozenset(
    "parler dire crier hurler chanter rire pleurer jouer appeler répéter proclamer déclarer "
    "prononcer penser lire réciter demander répondre causer chuchoter murmurer compter "
    "s'écrier écrier sonner annoncer ajouter répliquer souffler balbutier bégayer soupirer "
    "gémir jurer siffler".split()
)
# Degree words between the verb and the adjective (parle plus fort, pense tout haut).
ADVERBIAL_DEGREES = frozenset("plus moins si très trop assez tout bien".split())
# Verbs whose adjective after them describes someone (se sentir fort) or makes an idiom (faire
# droit à, avoir juste de quoi): no adverb there.
NOT_HOW = frozenset(
    "être sembler paraître devenir rester demeurer sentir faire avoir trouver".split()
)


def adverbial_adjective(analysis: Analysis, token: Token) -> Translation | None:
    """Il parla haut: loudly; elle chante faux: out of tune; ça coûte cher: a lot; not la
    maison est haute, il a la voix haute (an adjective of its noun)."""
    if token.lemma.lower() not in ADVERBIAL or token.pos not in ("ADJ", "ADV", "NOUN"):
        return None
    if token.morph.get("Number") == "Plur" or token.morph.get("Gender") == "Fem":
        return None  # invariable as an adverb: haute, fortes agree with a noun
    index = token.index - 1
    tokens = analysis.tokens
    while index >= 0 and plain(tokens[index].text) in ADVERBIAL_DEGREES:
        index -= 1
    if index < 0 or tokens[index].sentence != token.sentence:
        return None
    verb = tokens[index]
    if verb.pos != "VERB" or verb.lemma.lower() in NOT_HOW:
        return None
    past = verb.morph.get("VerbForm") == "Part" and verb.morph.get("Tense") != "Pres"
    if past and verb.group is None:
        return None  # un sol gelé plus dur que la pierre: harder, of the ground
    following = neighbour(analysis, token, 1)
    if following is not None and (
        following.pos in ("ADJ", "ADV", "VERB") or plain(following.text) in ("de", "d'", "que")
    ):
        return None  # fort bien, fort troublé, juste de quoi: a degree word, not how
    if _before_noun(analysis, token):
        return None
    lemma = token.lemma.lower()
    if lemma in LOUDNESS and verb.lemma.lower() in SPEAKING:
        return _grammar(LOUDNESS[lemma])
    return _grammar(ADVERBIAL[lemma])

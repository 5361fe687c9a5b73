"""Words said as interjections: an imperative alone before a comma (Tiens, ...: well) or
after one at a sentence's end (..., allez.: believe me), Seulement opening a sentence (but),
a swear word alone or before de (Oh putain !, ce putain de temps: damn)."""

from __future__ import annotations

from reader.core.lookup.surroundings.words import _grammar, neighbour, plain
from reader.core.models import Analysis, Token, Translation

# -- imperatives that are interjections ------------------------------------------------------

# An imperative standing alone before a comma or an exclamation mark is a discourse word
# (Tiens, te voilà ! Allons, du courage !), not the verb's sense (keep, go).
DISCOURSE = {
    "tiens": ("well", "hey", "look"),
    "tenez": ("here", "look", "well"),
    "voyons": ("come on", "come now", "let's see"),
    "allons": ("come on", "come now"),
    "allez": ("come on", "go on"),
}

# Penses-tu ! Pensez-vous ! said alone: a denial (not likely), not the verb's think.
DOUBTS = {"penses": "-tu", "pensez": "-vous"}
DOUBTED = ("not likely", "you must be joking", "not at all")

# allez or va said after a comma at a sentence's end insists on what was said (Les enfants me
# font souffrir, allez.: believe me; Ce n'est pas grave, va.: you know).
ASIDES = {"allez": ("believe me", "you know", "really"), "va": ("you know", "believe me")}


# Seulement opening a sentence before a comma is "but" (Seulement, je vais vous dire...).
OPENERS = {"seulement": ("but", "only", "however")}


def discourse_imperative(analysis: Analysis, token: Token) -> Translation | None:
    """Tiens, Forestier ! -> well, hey; not je tiens, à ... nor tiens-le. Seulement, ... ->
    but."""
    text = token.text.lower()
    if text in ASIDES and _aside(analysis, token):
        return _grammar(ASIDES[text])
    if text in DOUBTS and _doubting(analysis, token, DOUBTS[text]):
        return _grammar(DOUBTED)
    if not _alone_before_punctuation(analysis, token):
        return None
    if text in OPENERS and neighbour(analysis, token, -1) is None:
        return _grammar(OPENERS[text])
    if text not in DISCOURSE:
        return None
    before = neighbour(analysis, token, -1)
    if before is not None and before.pos == "PRON":
        return None  # je tiens, vous allez: a verb with its subject
    return _grammar(DISCOURSE[text])


def _doubting(analysis: Analysis, token: Token, pronoun: str) -> bool:
    """Penses-tu ! Pensez-vous, il est à la cantine: the verb, its inverted pronoun, then an
    exclamation mark or a comma (not Pensez-vous qu'il viendra ?)."""
    following = analysis.tokens[token.index + 1 : token.index + 3]
    return (
        len(following) == 2
        and following[0].text.lower() == pronoun
        and following[1].text in ("!", ",")
    )


def _alone_before_punctuation(analysis: Analysis, token: Token) -> bool:
    """Whether punctuation or the sentence's end follows the word, or donc and then one
    (Allons donc ! Voyons donc, ...: come now)."""
    index = token.index + 1
    tokens = analysis.tokens
    if index < len(tokens) and tokens[index].text.lower() == "donc":
        index += 1
    if index >= len(tokens) or tokens[index].sentence != token.sentence:
        return True
    return tokens[index].text in (",", "!", "?", "…", "...", "»", ";")


def _aside(analysis: Analysis, token: Token) -> bool:
    """Whether the word ends its sentence after a comma: ..., allez. (Allez. alone may be go)."""
    index = token.index + 1
    if index >= len(analysis.tokens) or token.index == 0:
        return False
    return analysis.tokens[index].text == "." and analysis.tokens[token.index - 1].text == ","


# -- swear words said as interjections -------------------------------------------------------

# A swear word said alone (Oh putain ! Putain, il pleut. Punaise !) is the oath, not the
# noun's sense (hooker, brothel, drawing pin, mash); one before de (ce putain de temps, bordel
# de merde) is an intensifier. Only words whose own senses would mislead there: merde's lead
# with the oath anyway. (alone, before de): no sense before de leaves the dictionaries' order.
OATHS = {
    "putain": (("damn", "fuck", "bloody hell"), ("damn", "fucking", "bloody")),
    "bordel": (("damn it", "hell", "bloody hell"), ("damn", "bloody")),
    "punaise": (("blimey", "gosh", "wow"), ()),
    "purée": (("blimey", "gosh", "damn"), ()),
    "mince": (("darn", "blast", "gosh"), ()),
}
# Words that may stand before an oath said alone (Oh putain ! Et puis mince !) or right after
# it (Mince alors !).
OATH_OPENERS = frozenset("oh ah ô eh hé ben bah bon mais et puis alors ouais oui non".split())
OATH_FOLLOWERS = frozenset({"alors"})


def oath(analysis: Analysis, token: Token) -> Translation | None:
    """Oh putain ! -> damn; ce putain de métier -> damn; not une putain, la mince couche."""
    text = token.text.lower()
    if text not in OATHS:
        return None
    alone, before_de = OATHS[text]
    following = neighbour(analysis, token, 1)
    if before_de and following is not None and plain(following.text) in ("de", "d'"):
        return _grammar(before_de)
    if following is not None and following.text.lower() not in OATH_FOLLOWERS:
        return None
    return _grammar(alone) if _only_openers_before(analysis, token) else None


def _only_openers_before(analysis: Analysis, token: Token) -> bool:
    """Whether only interjections stand between the token and the start of its sentence or
    the punctuation before it (Oh putain, Et puis mince)."""
    step = -1
    while (before := neighbour(analysis, token, step)) is not None:
        if before.text.lower() not in OATH_OPENERS:
            return False
        step -= 1
    return True

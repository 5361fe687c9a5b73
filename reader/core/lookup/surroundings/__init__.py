"""Senses the surrounding words decide, for the card, before the dictionaries' own order:

- an adjective before or after its noun (la seule idée: only; elle vit seule: alone);
- de quoi before an infinitive (de quoi vivre: enough to);
- an imperative alone before a comma (Tiens, ...: well) or after one at a sentence's end (...,
  allez.: believe me), and Seulement opening a sentence (but);
- a swear word said alone (Oh putain !: damn) or before de (ce putain de temps: damn);
- an object pronoun before apprendre or voler (il m'a appris: taught; on lui a volé: stole);
- arriver: arrive, come in before a rank, happen only to someone, succeed after a wish
  (le désir d'arriver);
- tout before an adjective (tout petit: very), sur between two counts (un sur trois: out of);
- a round number before de (une vingtaine de: about twenty) and faire with a count of the
  dead (a fait dix morts: left);
- dont before a count or a list with no verb (dix blessés, dont trois enfants; plusieurs
  pays, dont la France, ...: including), before a definite article and its verb (l'homme
  dont la femme est partie: whose), before a subject, its verb and a definite object (dont il
  payait l'éducation: whose), before l'un or la plupart (of which), and after
  manière or façon (la façon dont: in which);
- avoir before a count and ans (il avait vingt ans: be, not have).

Each rule reads only the words around the token (the analysis has no dependency tree), and
returns None where they do not settle the sense, so the dictionaries' order stands. The rules
are tried only on the words they start from (may_apply, in order.py): a whole-text gloss asks
for every word. plain and neighbour (words.py) are the word helpers the other rule modules share.

One module per family: adjectives.py (their place), little_words.py (de quoi, tout, dont),
interjections.py (imperatives and swear words said alone), verbs.py (an object pronoun,
arriver), counts.py (sur, an age, round numbers, the dead); order.py holds the rules' order
and their prefilter."""

from __future__ import annotations

from reader.core.lookup.surroundings.order import by_surroundings, every_rule
from reader.core.lookup.surroundings.verbs import NEWS_TOLD, before_news, happening_after
from reader.core.lookup.surroundings.words import GRAMMAR_ORIGIN, neighbour, plain

__all__ = [
    "GRAMMAR_ORIGIN",
    "NEWS_TOLD",
    "before_news",
    "by_surroundings",
    "every_rule",
    "happening_after",
    "neighbour",
    "plain",
]

"""Senses of the little words whose meaning their place decides, as a grammar book states it:

- même after a noun with its article (le jour même: very), after a stressed pronoun (moi
  même: myself), after an article with no noun (c'est la même: same);
- the pronoun en with a verb or an adjective that governs de (il en parle: about it; j'en suis
  sûr: of it), a verb of leaving (il en sort: from there), a count (j'en ai deux: of them),
  faire and an attribute (en faire de petits bourgeois: of them), or a negation with none
  (je n'en ai pas: any); en before a gerund (en marchant: while, by);
- the pronoun y with a verb that governs à (j'y pense: about it; y renoncer: it);
- que opening an exclamation (Que de fois !: how many; Que tu es belle !: how) or asking
  (Que fais-tu ?, il ne sut que répondre: what);
- où after a noun of time (le jour où: when), que after autant or même (as), jamais after
  sans, after a comparative's que or in a question with no ne (ever), personne and rien
  there (anyone, anything) or alone (Personne !: nobody); depuis and pendant before a
  length of time (for); si asking with the imperfect (Et si on allait ... ?: what if); de
  after a negation (il n'a pas d'argent: any); encore un (another), encore du (more); tous
  les trois jours (every);
- le plus (the most), si before an adjective (so) or alone (Si !: yes), bien before an
  adjective (very) or a comparative (much), assez before an adjective (quite), encore before
  a comparative (even), comme opening an exclamation (how), donc after an imperative (entrez
  donc: then), drôle comme tout (ever so);
- pour and de before an infinitive (to), à before a place name (in, at), par before a unit (a,
  per), de after a verb of leaving, before où and in du ... au (from, to), comme before a
  noun with its article (like);
- ce before a relative (what), l'un (one), que asking before an inverted verb (what), le
  standing for a clause (je le sais: it), quelque before a noun (some), plus de with no verb
  (no more), tout au bout (right), que after plus, moins, mieux ... (than), the pronoun en
  as a verb's object (some), and exclamations whose sentence runs on past "!...";
- le, la, les before a verb (him, her, them) where the tagger read an article, nous between
  a subject and its verb (us), leur before a verb (them), qui after a thing (which), même
  after aujourd'hui or ici (very), autre right after its noun before que (than), comme between
  a noun and a name (des compositeurs comme Bach: like, such as), en before a person with no
  article (en homme qui: as), à between a person and a part of the body or a described noun
  (un homme à longs cheveux: with), tantôt twice in a sentence (sometimes, now ... now),
  au-delà with no article (beyond), aussi between a noun and its adjective (so, such), côté
  and a bare noun opening a clause before a comma (Côté gouvernement, ...: as for).

Like surroundings/, each rule reads only the words around the token and returns None where
they do not settle the sense, so the grammar words' list and the dictionaries stand; a word
tries only the rules that start from it (RULES, at the end: each rule with its words). The
rules live in pronouns.py (même, en, y), clauses.py (que, comme, où, si asking, jamais,
personne, depuis) and degrees.py (plus, si, bien, assez, encore, donc, de, tous); adverbs.py
(toujours, encore again, déjà asking, plus between amounts, tout autre, nul, aucun, ne ...
plus aujourd'hui que, plus de with no verb, tout au bout); prepositions.py (pour, à, par, de,
du ... au, comme), references.py (ce qui, l'un, que asking, le for a clause, quelque) and
objects.py (le, la, les the tagger read as articles before a verb: him, her, them; nous as
the object: us; leur before a verb: them; qui after a thing: which)."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.lookup.function_words.adverbs import (
    again,
    alternately,
    any_other,
    as_for,
    asking_again,
    beyond,
    no_more,
    nobody,
    only_left,
    plus_amount,
    restating,
    right_there,
    still,
)
from reader.core.lookup.function_words.clauses import (
    anyone,
    comparative_que,
    duration,
    ever,
    exclamative,
    interrogative_que,
    suggestion,
    when,
)
from reader.core.lookup.function_words.degrees import (
    another,
    comme_tout,
    degree,
    emphatic_donc,
    every,
    fairly,
    negative_de,
    quite_tout,
    si,
    so_adjective,
    superlative,
)
from reader.core.lookup.function_words.objects import (
    en_as,
    leur_pronoun,
    object_nous,
    object_pronoun,
    relative_which,
    with_feature,
)
from reader.core.lookup.function_words.prepositions import (
    infinitive_de,
    likeness,
    named_example,
    per_unit,
    place,
    purpose,
    source,
    until,
)
from reader.core.lookup.function_words.pronouns import (
    en_pronoun,
    gerund,
    meme,
    y_pronoun,
)
from reader.core.lookup.function_words.references import asking, neuter_le, one, some, what
from reader.core.lookup.surroundings import plain
from reader.core.models import Analysis, Token, Translation

__all__ = [
    "BY_WORD",
    "RULES",
    "RULE_WORDS",
    "again",
    "alternately",
    "another",
    "any_other",
    "anyone",
    "asking",
    "asking_again",
    "beyond",
    "by_function_word",
    "comme_tout",
    "comparative_que",
    "degree",
    "duration",
    "emphatic_donc",
    "en_as",
    "en_pronoun",
    "ever",
    "every",
    "every_rule",
    "exclamative",
    "fairly",
    "gerund",
    "infinitive_de",
    "interrogative_que",
    "leur_pronoun",
    "likeness",
    "may_apply",
    "meme",
    "named_example",
    "negative_de",
    "neuter_le",
    "no_more",
    "nobody",
    "object_nous",
    "object_pronoun",
    "one",
    "only_left",
    "per_unit",
    "place",
    "plus_amount",
    "purpose",
    "relative_which",
    "right_there",
    "si",
    "so_adjective",
    "some",
    "source",
    "still",
    "suggestion",
    "superlative",
    "until",
    "what",
    "when",
    "with_feature",
    "y_pronoun",
]


def by_function_word(analysis: Analysis, token: Token) -> Translation | None:
    """The sense the words around a function word call for, or None."""
    # A whole-text gloss asks for every word; few are these words, and each tries only the
    # rules that start from it (issue 14).
    for rule in BY_WORD.get(plain(token.text), ()):
        if found := rule(analysis, token):
            return found
    return None


def every_rule(analysis: Analysis, token: Token) -> Translation | None:
    """The first rule's answer, each rule tried in turn (by_function_word without its
    index)."""
    for rule, _ in RULES:
        if found := rule(analysis, token):
            return found
    return None


# -- the index -------------------------------------------------------------------------------------

Rule = Callable[[Analysis, Token], Translation | None]
# The rules in the order they are tried, each with the words it starts from as written (lower
# case, straight apostrophe): a rule added to a module of this package declares its words
# here (tests/core/lookup/test_sense_prefilters.py compares with every rule tried on every
# word).
RULES: tuple[tuple[Rule, tuple[str, ...]], ...] = (
    (meme, ("même", "mêmes")),
    (en_pronoun, ("en", "-en")),
    (gerund, ("en",)),
    (y_pronoun, ("y", "-y")),
    (en_as, ("en",)),
    (with_feature, ("à", "au", "aux")),
    (exclamative, ("que", "qu'", "comme")),
    (interrogative_que, ("que", "qu'")),
    (asking, ("que", "qu'")),
    (superlative, ("plus",)),
    (suggestion, ("si",)),
    (si, ("si",)),
    (degree, ("bien", "encore")),
    (fairly, ("assez",)),
    (emphatic_donc, ("donc",)),
    (comme_tout, ("tout",)),
    (when, ("où",)),
    (comparative_que, ("que", "qu'")),
    (ever, ("jamais",)),
    (anyone, ("personne", "rien")),
    (duration, ("depuis", "pendant")),
    (negative_de, ("de", "d'")),
    (another, ("encore",)),
    (every, ("tous", "toutes")),
    (still, ("toujours",)),
    (alternately, ("tantôt",)),
    (beyond, ("au-delà", "au delà")),
    (so_adjective, ("aussi",)),
    (again, ("encore",)),
    (asking_again, ("déjà",)),
    (plus_amount, ("plus",)),
    (any_other, ("tout", "toute")),
    (quite_tout, ("tout", "toute", "toutes")),
    (nobody, ("nul", "nulle", "aucun", "aucune")),
    (only_left, ("que", "qu'")),
    (no_more, ("plus",)),
    (right_there, ("tout",)),
    (purpose, ("pour",)),
    (infinitive_de, ("de", "d'")),
    (place, ("à",)),
    (per_unit, ("par",)),
    (source, ("de", "d'", "du", "des")),
    (until, ("au", "à")),
    (likeness, ("comme",)),
    (named_example, ("comme",)),
    (what, ("ce",)),
    (one, ("un", "une")),
    (neuter_le, ("le", "l'")),
    (some, ("quelque",)),
    (object_pronoun, ("le", "la", "l'", "les")),
    (object_nous, ("nous",)),
    (leur_pronoun, ("leur",)),
    (relative_which, ("qui",)),
    (restating, ("soit",)),
    (as_for, ("côté",)),
)
# Each word's rules, in the order above.
BY_WORD: dict[str, tuple[Rule, ...]] = {
    word: tuple(rule for rule, words in RULES if word in words)
    for word in dict.fromkeys(word for _, words in RULES for word in words)
}
RULE_WORDS = frozenset(BY_WORD)


def may_apply(analysis: Analysis, token: Token) -> bool:
    """Whether any rule may give the token a sense: one of its words."""
    return plain(token.text) in RULE_WORDS

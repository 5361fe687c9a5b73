"""A name's card: the name itself, which English writes the same (Clotilde, Walter,
Pierrotte), before any common word it also spells in lower case (Rose before rose, pink;
Forestier before forester). The dictionaries' own entry for a name capitalised so comes first
instead (Russie: Russia; le Midi: the South of France).

Where the capital proves nothing, the name does not lead: at a sentence or a quotation's start
(Quelquefois, Adieu, Cher ami, which the tagger may call names), unless its verb follows (Rose
sourit); in the plural (les Persans, les Bleus: a people, a team); and after a determiner,
where the name is an institution's or a paper's made of common words (la Compagnie
Transatlantique, La Plume, la Nouvelle Démocratie), which the common word explains. A name
with no translation at all is itself there too.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.analysis.corrections.names import BEFORE_VERB, LINE_OPENINGS
from reader.core.models import Analysis, Token, Translation, TranslationSource

ORIGIN = "French Reader grammar · a name no dictionary has; English mostly writes it the same"


def as_name(
    analysis: Analysis,
    token: Token,
    lemma: str,
    found: tuple[Translation, ...],
    capitalised_entry: Callable[[str], bool],
) -> tuple[Translation, ...]:
    """The translations of a word tagged as a name, the name itself first where it is surely a
    name the dictionaries do not translate (see the module's docstring)."""
    if not _name_shaped(lemma) or any(lemma in t.senses for t in found):
        return found
    name = Translation((lemma,), TranslationSource.DICTIONARY, ORIGIN)
    if not found:
        return (name,)
    if token.text.endswith(("s", "x")) or capitalised_entry(lemma):
        return found
    if token.index and analysis.tokens[token.index - 1].pos == "DET":
        return found
    if _opens(analysis, token) and not _subject(analysis, token):
        return found
    return (name, *found)


def _name_shaped(lemma: str) -> bool:
    """Capitalised, the rest in lower case (not an acronym such as ONU), letters only; each
    part of a hyphenated name so (Laroche-Mathieu)."""
    return all(part[:1].isupper() and part[1:].islower() for part in lemma.split("-")) and (
        lemma.replace("-", "").isalpha()
    )


def _opens(analysis: Analysis, token: Token) -> bool:
    """Whether the token opens its sentence, a quotation or a dialogue line (as the analysis'
    name rules read it)."""
    if token.index == 0 or analysis.sentence_of(token).start == token.start:
        return True
    return analysis.tokens[token.index - 1].text in LINE_OPENINGS


def _subject(analysis: Analysis, token: Token) -> bool:
    """Whether a verb, or a clitic before one, follows the word in its sentence."""
    if token.index + 1 >= len(analysis.tokens):
        return False
    after = analysis.tokens[token.index + 1]
    if after.sentence != token.sentence:
        return False
    return after.pos in ("VERB", "AUX") or after.text.lower().replace("’", "'") in BEFORE_VERB

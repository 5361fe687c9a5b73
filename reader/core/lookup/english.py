"""English past participles of verb glosses, for a French participle read as an adjective or
a passive (axée sur: focused on, a été reporté: postponed), and their simple past, for a verb
in a past tense whose sense the construction gives (reprit-il: went on): the first word's
participle or past (dictionaries/english.py: irregular verbs by hand, regular ones by rule and
frequency), the rest of the gloss as it is."""

from __future__ import annotations

from reader.core.dictionaries.english import participle

# The irregular verbs whose simple past is not their participle (went, not gone).
IRREGULAR_PAST = dict(
    pair.split(":")
    for pair in (
        "become:became begin:began blow:blew break:broke choose:chose come:came do:did draw:drew "
        "drink:drank drive:drove eat:ate fall:fell fly:flew forget:forgot forgive:forgave "
        "freeze:froze get:got give:gave go:went grow:grew hide:hid know:knew ride:rode ring:rang "
        "run:ran rise:rose see:saw shake:shook sing:sang sink:sank speak:spoke steal:stole "
        "swear:swore swim:swam take:took tear:tore throw:threw wake:woke wear:wore write:wrote"
    ).split()
)


def past_participle(gloss: str) -> str:
    """ "postpone" -> "postponed", "carry out" -> "carried out", "set up" -> "set up"; a
    gloss whose first word has no English participle is returned unchanged."""
    first, _, rest = gloss.partition(" ")
    if not first.isalpha() or not first.islower() or first in ("be", "get"):
        return gloss  # be about, get by: no participle a learner would read as one
    found = participle(first)
    return f"{found} {rest}" if found and rest else found or gloss


def simple_past(gloss: str, *, plural: bool = False) -> str:
    """ "go on" -> "went on", "point out" -> "pointed out", "say" -> "said", "be released"
    -> "was released" (were, for a plural subject); a gloss whose first word has no English
    past is returned unchanged."""
    first, _, rest = gloss.partition(" ")
    if first == "be":
        return f"{'were' if plural else 'was'} {rest}".rstrip()
    if first not in IRREGULAR_PAST:
        return past_participle(gloss)
    return f"{IRREGULAR_PAST[first]} {rest}".rstrip()

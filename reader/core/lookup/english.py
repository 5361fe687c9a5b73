"""English past participles of verb glosses, for a French participle read as an adjective or
a passive (axée sur: focused on, a été reporté: postponed): the first word's participle
(dictionaries/english.py: irregular verbs by hand, regular ones by rule and frequency), the
rest of the gloss as it is."""

from __future__ import annotations

from reader.core.dictionaries.english import participle


def past_participle(gloss: str) -> str:
    """ "postpone" -> "postponed", "carry out" -> "carried out", "set up" -> "set up"; a
    gloss whose first word has no English participle is returned unchanged."""
    first, _, rest = gloss.partition(" ")
    if not first.isalpha() or not first.islower() or first in ("be", "get"):
        return gloss  # be about, get by: no participle a learner would read as one
    found = participle(first)
    return f"{found} {rest}" if found and rest else found or gloss

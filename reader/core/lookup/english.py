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

# English verbs whose participle alone names no state and makes no passive of their sense.
NO_PASSIVE = frozenset({"have", "get"})
_DETERMINERS = frozenset("a an the some one's his her their its my your".split())
# Verbs of posture (and of a face's set), whose past participle names no state (sat, lain,
# knelt, frowned): a French participle of one describes a posture (attablé, agenouillé,
# allongé, renfrogné), which English says so.
# Not stand, which is also bear (supporter: stood, not standing).
POSTURES = {
    "sit": "seated",
    "lie": "lying",
    "kneel": "kneeling",
    "lean": "leaning",
    "crouch": "crouching",
    "squat": "squatting",
    "frown": "frowning",
    "scowl": "scowling",
}
# The particles of the movement into the posture (sit down, lie down), which the state drops;
# sit down to table is then seated at table.
_MOVEMENT = {"down": "", "up": "", "to": "at"}


def past_participle(gloss: str) -> str:
    """ "postpone" -> "postponed", "carry out" -> "carried out", "set up" -> "set up"; a
    posture's state (sit down: seated, kneel: kneeling); a gloss whose first word has no
    English participle is returned unchanged."""
    first, _, rest = gloss.partition(" ")
    if not first.isalpha() or not first.islower() or first in ("be", "get"):
        return gloss  # be about, get by: no participle a learner would read as one
    if first in POSTURES:
        return _posture(first, rest)
    found = participle(first)
    return f"{found} {rest}" if found and rest else found or gloss


def participles(glosses: tuple[str, ...], verb: str = "") -> tuple[str, ...]:
    """The glosses of a French verb as English participles, once each: get's a state is
    what it gets to (get impatient: impatient); have and get alone (disposer de: have,
    recevoir: get) make no participle of a state or a passive (mieux disposé is not "had"),
    and are left out unless nothing else is left, or the verb is avoir (eussé-je: had)."""
    own = verb == "avoir"
    kept = [g for g in glosses if own or g not in NO_PASSIVE] or list(glosses)
    return tuple(dict.fromkeys(_state(gloss) or past_participle(gloss) for gloss in kept))


def _state(gloss: str) -> str:
    """get impatient: impatient, get rid of: rid of; not get a tan, whose object is no state;
    "" for other glosses."""
    first, _, rest = gloss.partition(" ")
    if first != "get" or not rest or rest.partition(" ")[0] in _DETERMINERS:
        return ""
    return rest


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


def _posture(verb: str, rest: str) -> str:
    """ "sit down to table" -> "seated at table", "lie down" -> "lying"."""
    words = rest.split()
    while words and words[0] in _MOVEMENT:
        replaced = _MOVEMENT[words.pop(0)]
        if replaced:
            words.insert(0, replaced)
            break
    return " ".join((POSTURES[verb], *words))

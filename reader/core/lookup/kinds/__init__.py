"""The kind of a verb's subject or object where it, and not the verb alone, decides the sense
(constructions.py): a thing as the subject, not a person (mon étude ne marchait pas: work;
cela sentait la misère: smell of; cela tient à peu de chose: be due to), a rumour (le bruit
courait: go round), a shot (le coup partit: go off); what one keeps or runs (tenir un
cabaret: run), blows out (souffler la lumière), winds (remonter la pendule), claps (battre
des mains); food given (donner à manger: serve, feed), nothing understood (n'entendre rien
à), a shock got over (revenu de sa surprise: recover from), something that happens to someone
(il leur arrive de: happen), a garment worn (porter une blouse: wear), a knock (on frappa:
knock), and a negated aller of a thing (les affaires ne vont pas: go well).

Whether the subject is a person or a thing is subjects.py's subject_kind.

The families: things.py (a thing as the subject), objects.py (what follows the verb),
persons.py (someone as the subject, the object or a dative); words.py holds the word lists.
The names below are what constructions.py reads as kinds.NAME."""

from __future__ import annotations

from reader.core.lookup.kinds.objects import (
    awaits,
    concerns,
    cracks,
    dwells,
    gets_off,
    misses_object,
    object_in,
    person_object,
    sees_home,
    surrenders,
    takes_out,
)
from reader.core.lookup.kinds.persons import (
    feeds,
    gives_drink,
    gives_food,
    happens,
    is_missed,
    knocks,
    recovers,
    stamps,
    turns_up,
)
from reader.core.lookup.kinds.things import (
    gives_up,
    goes_badly,
    goes_round,
    is_attached,
    is_due,
    is_scheduled,
    smells_of,
    subject_in,
    thing_subject,
    understands_nothing,
)
from reader.core.lookup.kinds.words import (
    AMOUNTS,
    BUSINESSES,
    CARRIED,
    CLOCKS,
    GARMENTS,
    GLANCES,
    HARMS,
    LIGHTS,
    LOOKS,
    RECORDS,
    RETURNED,
    SERVICES,
    SHOTS,
    VERDICTS,
)

__all__ = [
    "AMOUNTS",
    "BUSINESSES",
    "CARRIED",
    "CLOCKS",
    "GARMENTS",
    "GLANCES",
    "HARMS",
    "LIGHTS",
    "LOOKS",
    "RECORDS",
    "RETURNED",
    "SERVICES",
    "SHOTS",
    "VERDICTS",
    "awaits",
    "concerns",
    "cracks",
    "dwells",
    "feeds",
    "gets_off",
    "gives_drink",
    "gives_food",
    "gives_up",
    "goes_badly",
    "goes_round",
    "happens",
    "is_attached",
    "is_due",
    "is_missed",
    "is_scheduled",
    "knocks",
    "misses_object",
    "object_in",
    "person_object",
    "recovers",
    "sees_home",
    "smells_of",
    "stamps",
    "subject_in",
    "surrenders",
    "takes_out",
    "thing_subject",
    "turns_up",
    "understands_nothing",
]

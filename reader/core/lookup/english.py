"""English past participles of verb glosses, for a French participle read as an adjective or
a passive (axée sur: focused on, a été reporté: postponed), and their simple past, for a verb
in a past tense whose sense the construction gives (reprit-il: went on): the irregular verbs
by hand, the regular ones by rule, the spelling English uses (stopped, visited) chosen by its
frequency (dictionaries/english.py)."""

from __future__ import annotations

import functools

from reader.core.dictionaries.english import english_zipf

IRREGULAR = dict(
    pair.split(":")
    for pair in (
        "arise:arisen awake:awoken be:been bear:borne beat:beaten become:become begin:begun "
        "bend:bent bet:bet bind:bound bite:bitten bleed:bled blow:blown break:broken "
        "breed:bred bring:brought build:built burn:burnt burst:burst buy:bought cast:cast "
        "catch:caught choose:chosen cling:clung come:come cost:cost creep:crept cut:cut "
        "deal:dealt dig:dug do:done draw:drawn dream:dreamt drink:drunk drive:driven "
        "eat:eaten fall:fallen feed:fed feel:felt fight:fought find:found flee:fled "
        "fling:flung fly:flown forbid:forbidden forecast:forecast foresee:foreseen "
        "forget:forgotten forgive:forgiven freeze:frozen get:got give:given go:gone "
        "grind:ground grow:grown hang:hung have:had hear:heard hide:hidden hit:hit "
        "hold:held hurt:hurt keep:kept kneel:knelt know:known lay:laid lead:led lean:leant "
        "leave:left lend:lent let:let lie:lain light:lit lose:lost make:made mean:meant "
        "meet:met mislead:misled mistake:mistaken overcome:overcome overtake:overtaken "
        "pay:paid put:put quit:quit read:read rid:rid ride:ridden ring:rung rise:risen "
        "run:run say:said see:seen seek:sought sell:sold send:sent set:set sew:sewn "
        "shake:shaken shed:shed shine:shone shoot:shot show:shown shrink:shrunk shut:shut "
        "sing:sung sink:sunk sit:sat sleep:slept slide:slid sow:sown speak:spoken "
        "speed:sped spend:spent spin:spun spit:spat split:split spread:spread spring:sprung "
        "stand:stood steal:stolen stick:stuck sting:stung stink:stunk strike:struck "
        "string:strung strive:striven swear:sworn sweep:swept swell:swollen swim:swum "
        "swing:swung take:taken teach:taught tear:torn tell:told think:thought throw:thrown "
        "thrust:thrust tread:trodden undergo:undergone understand:understood "
        "undertake:undertaken undo:undone upset:upset wake:woken wear:worn weave:woven "
        "weep:wept win:won wind:wound withdraw:withdrawn withhold:withheld "
        "withstand:withstood wring:wrung write:written"
    ).split()
)
# The irregular verbs whose simple past is not their participle (went, not gone).
IRREGULAR_PAST = dict(
    pair.split(":")
    for pair in (
        "begin:began blow:blew break:broke choose:chose come:came do:did draw:drew "
        "drink:drank drive:drove eat:ate fall:fell fly:flew forget:forgot forgive:forgave "
        "freeze:froze get:got give:gave go:went grow:grew hide:hid know:knew ride:rode ring:rang "
        "rise:rose see:saw shake:shook sing:sang sink:sank speak:spoke steal:stole "
        "swear:swore swim:swam take:took tear:tore throw:threw wake:woke wear:wore write:wrote"
    ).split()
)
VOWELS = frozenset("aeiou")
KNOWN_ZIPF = 2.0  # a made-up form (dutied) is not English: the gloss is left as it is


def past_participle(gloss: str) -> str:
    """ "postpone" -> "postponed", "carry out" -> "carried out", "set up" -> "set up"; a
    gloss whose first word has no English participle is returned unchanged."""
    first, _, rest = gloss.partition(" ")
    if not first.isalpha() or not first.islower() or first in ("be", "get"):
        return gloss  # be about, get by: no participle a learner would read as one
    participle = _participle(first)
    return f"{participle} {rest}" if participle and rest else participle or gloss


def simple_past(gloss: str) -> str:
    """ "go on" -> "went on", "point out" -> "pointed out", "say" -> "said"; a gloss whose
    first word has no English past is returned unchanged."""
    first, _, rest = gloss.partition(" ")
    if first not in IRREGULAR_PAST:
        return past_participle(gloss)
    return f"{IRREGULAR_PAST[first]} {rest}".rstrip()


@functools.lru_cache(maxsize=8192)
def _participle(verb: str) -> str:
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    scored = [(english_zipf(form), form) for form in _regular(verb)]
    best = max(scored, default=(0.0, ""))
    return best[1] if best[0] >= KNOWN_ZIPF else ""


def _regular(verb: str) -> list[str]:
    """The spellings a regular participle may have: stopped or visited, tried, hoped."""
    if verb.endswith("e"):
        return [verb + "d"]
    if verb.endswith("y") and verb[-2:-1] not in VOWELS:
        return [verb[:-1] + "ied"]
    forms = [verb + "ed"]
    if len(verb) >= 3 and verb[-1] not in VOWELS | {"w", "x", "y"} and verb[-2] in VOWELS:
        forms.append(verb + verb[-1] + "ed")
    return forms

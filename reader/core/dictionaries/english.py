"""How common an English word is, on wordfreq's Zipf scale: the app's own copy of wordfreq's
English list for words of lower-case ASCII letters (resources/english, built by
scripts/build_english_frequency.py; read in ~50 ms where wordfreq takes ~0.3 s), wordfreq
itself for any other spelling; and the English forms made with it, the spelling English uses
chosen by that frequency: a gloss's -ing form, an adjective's -ly adverb, a verb's past
participle (the irregular ones by hand)."""

from __future__ import annotations

import functools

from reader.core.paths import resources_dir

# The file holds every word at this Zipf value or above; below, a word counts as 0. No
# threshold the app compares with is lower (lexicon/senses.py: RARE_ZIPF).
FLOOR = 1.5
FILE = ("english", "en.zipf.tsv")


def english_zipf(word: str) -> float:
    """wordfreq's `zipf_frequency(word, "en")`, or 0.0 for a word of lower-case ASCII
    letters below FLOOR."""
    if word.isascii() and word.isalpha() and word.islower():
        return _table().get(word, 0.0)
    # Only for other spellings (café, Paris): wordfreq's English list takes ~0.3 s to load.
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


@functools.cache
def _table() -> dict[str, float]:
    """word -> Zipf value, from the lines "value<TAB>word word ..."."""
    table: dict[str, float] = {}
    with resources_dir().joinpath(*FILE).open(encoding="utf-8") as lines:
        for line in lines:
            value, _, words = line.partition("\t")
            table.update(dict.fromkeys(words.split(), float(value)))
    return table


def load() -> None:
    """Read the file now (off the GUI thread), not on the first word that needs it."""
    _table()


def ing_form(gloss: str) -> str:
    """A verb's sense as its English -ing form, for a French present participle used as an
    adjective (souriant: smiling): the first word's spelling English uses most (stopping,
    smiling, dying, being), the rest as it is ("shake with fear": shaking with fear)."""
    verb, space, rest = gloss.partition(" ")
    if verb.endswith("ing") or not (verb.isalpha() and verb.islower()):
        return gloss
    spellings = [verb + "ing"]
    if verb.endswith("ie"):
        spellings.append(verb[:-2] + "ying")
    elif verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        spellings.insert(0, verb[:-1] + "ing")  # the rule when no spelling is known
    if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou":
        spellings.append(verb + verb[-1] + "ing")
    best = max(spellings, key=english_zipf)  # the first of equals: the rule's spelling
    return best + space + rest


def ly_form(adjective: str) -> str:
    """An English adjective's adverb in -ly, the spelling English uses most (softly, angrily,
    gently, frantically, truly); "in a cowardly way" for an adjective in -ly; "" when English
    has none (a phrase, a spelling no text uses)."""
    if not (adjective.isalpha() and adjective.islower()):
        return ""
    if adjective.endswith("ly"):
        return f"in a {adjective} way"
    spellings = [adjective + "ly"]
    if adjective.endswith("y"):
        spellings.append(adjective[:-1] + "ily")
    if adjective.endswith(("le", "ue")):
        spellings.append(adjective[:-1] + ("y" if adjective.endswith("le") else "ly"))
    if adjective.endswith("ic"):
        spellings.append(adjective + "ally")
    if adjective.endswith("ll"):
        spellings.append(adjective + "y")
    best = max(spellings, key=english_zipf)
    return best if english_zipf(best) > 0 else ""


# Past participles: the irregular verbs by hand, the regular ones by rule, the spelling
# English uses (stopped, visited) chosen by its frequency.
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
VOWELS = frozenset("aeiou")
KNOWN_ZIPF = 2.0  # a made-up form (dutied) is not English: the gloss is left as it is


@functools.lru_cache(maxsize=8192)
def participle(verb: str) -> str:
    """An English verb's past participle (lose: lost, bury: buried, stop: stopped), the
    spelling English uses; "" for a word with none English uses."""
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

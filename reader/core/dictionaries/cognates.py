"""Guessing English cognates of French words the dictionary lacks, checked against English.

The bundled dictionary covers only about three content words in four of news text, but
many of the rest are transparent (organisation, nationalité, procédure). A guess is made
only by a documented spelling rule, only when the result is a real English word by
wordfreq, and never for a known false friend; the app labels it "likely cognate".
benchmarks/cognate_precision.py measures how often the guesses are right.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from reader.core.dictionaries.dictionary import bundled_dictionary
from reader.core.models import Translation, TranslationSource

ORIGIN = "likely cognate"
# Zipf 3 is about once per million English words: "nationality" is 3.7, "abasement" 1.7.
# Below it wordfreq's English list is mostly names, typos and French quoted in English.
ENGLISH_ZIPF = 3.0
# A candidate much more frequent in French than in English is French seen in English
# text ("parle", "rencontre", "pierre"), not an English word.
FRENCH_LEAK = 1.0
# An English verb shows itself by its past form (adapted, utilized); "liquided" or
# "cuisined" do not exist, so liquider and cuisiner get no noun for a verb.
VERB_PAST_ZIPF = 2.5
# Same spelling is a strong hint only for longer words: pain, main, sale, lit, chat ...
MIN_IDENTICAL = 5
MIN_LENGTH = 4
# When one rule offers several English endings, earlier ones are preferred unless a later
# one is this many Zipf points more frequent (économique: economic beats economical).
PREFERENCE_STEP = 1.0
# Likewise the plain stem is preferred to a respelled one (affaire: affair, not afar).
VARIANT_STEP = 0.5

# Words that look like an English word but mean something else. A guess for them would
# teach a mistake, so the guesser stays silent (the dictionary may still know them).
FALSE_FRIENDS = frozenset(
    """
    achever actualité actuel actuellement agenda agrément assistance assister assumer
    attendre audience avertir avertissement blesser blindé bras bride car carton cave chair
    champ chance chose coin collège commande concurrence conducteur confection conférence
    consistant convenir course court crâne crayon décade déception délai demander démission
    déranger disposer divers donner éditeur engagement entrée envie envoyer essence
    étiquette éventuel éventuellement évidence fabrique fastidieux figure formidable gentil
    gland gratuit habit hasard ignorer inconvénient injure instance introduire journée
    labourer large lecture libraire librairie location luxure magasin manger manifestation
    marcher marier mince monnaie montrer occasion parole partie patron pétrole phrase
    physicien plat porter préjudice préservatif prétendre procès propre propriétaire
    propriété raisin rapport réaliser récipient réclamation regarder relier remettre rente
    reporter rester résumer retard réunion robe roman rouge séculaire sensible sentence
    sentir slip sortir stage store supplier supporter susceptible sympathique tentative
    trépasser trivial trouble user versatile veste vicieux
    """.split()
)

# Names that wordfreq counts as English words and that are also French common nouns:
# manuel (textbook), marin (sailor), milan (kite), merle (blackbird).
ENGLISH_NAMES = frozenset(
    "crete detroit germain macon manuel marie marin merle milan olivier pierre roman tempe".split()
)

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
# English words a content word never translates to, though spelling rules reach them
# (abouter -> about, allonger -> along).
FUNCTION_WORDS = frozenset(
    """
    about above after again against along also among around away before behind below
    beside between beyond both down during each either else even ever every from here
    into less many more most much never none once only other over quite rather since
    some such than that then there these they this those though through thus under
    until upon very what when where which while whom whose with within without would
    """.split()
)

# A rule: a French ending, the English endings in order of preference, and the shortest
# guess it may make. Short guesses are where coincidences live (code -> cod, plaie -> play).
Rule = tuple[str, tuple[str, ...], int]
SAME = ("", ("",), MIN_IDENTICAL)  # the word itself, unaccented
NOUN_RULES: tuple[Rule, ...] = (
    ("isation", ("ization", "isation"), 4),
    SAME,
    ("xion", ("xion", "ction"), 4),
    ("iété", ("iety",), 4),
    ("ité", ("ity",), 4),
    ("té", ("ty",), 4),
    ("isme", ("ism",), 4),
    ("iste", ("ist",), 4),
    ("atie", ("acy",), 4),
    ("ique", ("ic", "ics"), 4),
    ("ateur", ("ator",), 4),
    ("eur", ("or", "our"), 4),
    ("ance", ("ance", "ancy"), 4),
    ("ence", ("ence", "ency"), 4),
    ("oire", ("ory",), 4),
    ("aire", ("ary", "ar", "air"), 4),
    ("aine", ("ain",), 5),
    ("ère", ("ery",), 5),
    ("ée", ("y",), 6),
    ("ie", ("y",), 5),
    ("ement", ("ment",), 4),
    ("ien", ("ian",), 4),
    ("if", ("ive",), 4),
    ("at", ("ate",), 4),
    ("re", ("er",), 6),
    ("e", ("",), 5),
)
ADJ_RULES: tuple[Rule, ...] = (
    ("ique", ("ical", "ic"), 4),
    ("ieux", ("ious",), 4),
    ("eux", ("ous",), 4),
    ("euse", ("ous",), 4),
    ("if", ("ive",), 4),
    ("ive", ("ive",), 4),
    ("ionnel", ("ional",), 4),
    ("iel", ("ial",), 4),
    ("el", ("al",), 4),
    ("elle", ("al",), 4),
    ("aire", ("ary", "ar"), 4),
    ("oire", ("ory",), 4),
    SAME,
    ("able", ("able", "ible"), 4),
    ("eur", ("or",), 4),
    ("isé", ("ized", "ised"), 4),
    ("ifié", ("ified",), 4),
    ("é", ("ed", "ated", "ate"), 5),
    ("ain", ("an",), 4),
    ("ien", ("ian",), 4),
    ("at", ("ate",), 4),
    ("et", ("ete",), 4),
    ("re", ("er",), 6),
    ("e", ("",), 5),
)
VERB_RULES: tuple[Rule, ...] = (
    ("iser", ("ize", "ise"), 4),
    ("ifier", ("ify",), 4),
    ("iquer", ("icate",), 4),
    ("quer", ("ck", "cate"), 4),
    ("truire", ("truct",), 4),
    ("uire", ("uce",), 6),
    ("evoir", ("eive",), 4),
    ("mettre", ("mit",), 5),
    ("clure", ("clude",), 4),
    ("oudre", ("olve",), 4),
    ("quérir", ("quire",), 4),
    ("endre", ("end",), 5),
    ("ondre", ("ond",), 5),
    ("ier", ("y",), 5),
    ("uer", ("ute", "uate", "ue"), 4),
    ("trer", ("ter",), 5),
    ("er", ("ate",), 5),
    ("er", ("", "e"), 6),
    ("ir", ("ish",), 5),
    # Without their ending only when long: sentir, sortir, partir are false friends.
    ("ir", ("", "e"), 6),
)
RULES = {"NOUN": NOUN_RULES, "ADJ": ADJ_RULES, "VERB": VERB_RULES}
ADVERB_ENDINGS = (
    ("emment", "ent"),
    ("amment", "ant"),
    ("ément", "e"),
    ("ement", "e"),
    ("ment", ""),
)
# A final e is dropped (rapide -> rapid, méthode -> method) only after these endings;
# after others it makes a different word: couche -> couch, ministère -> minister.
SILENT_E_AFTER = ("d", "t", "m", "p", "b", "rn")


def zipf_frequency(word: str, language: str) -> float:
    """wordfreq's frequency, imported on the first guess: wordfreq takes ~0.6 s to import,
    and the window's first screen imports the word card (hence this module) before any."""
    from wordfreq import zipf_frequency as frequency

    return float(frequency(word, language))


def strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.replace("œ", "oe").replace("æ", "ae"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def is_english(word: str) -> bool:
    """A common English word that is not just French quoted in English text."""
    english = zipf_frequency(word, "en")
    return english >= ENGLISH_ZIPF and zipf_frequency(word, "fr") - english <= FRENCH_LEAK


def is_english_verb(word: str) -> bool:
    """Has a regular past form in use: adapt -> adapted, permit -> permitted, study -> studied."""
    if word.endswith("e"):
        pasts = [word + "d"]
    elif re.search("[^aeiou]y$", word):
        pasts = [word[:-1] + "ied"]
    else:
        pasts = [word + "ed", word + word[-1] + "ed"]
    return any(zipf_frequency(past, "en") >= VERB_PAST_ZIPF for past in pasts)


def is_acceptable(guess: str, min_length: int, pos: str) -> bool:
    if len(guess) < min_length or guess in FUNCTION_WORDS or guess in ENGLISH_NAMES:
        return False
    if not is_english(guess):
        return False
    return pos != "VERB" or is_english_verb(guess)


def stem_variants(stem: str, suffixed: bool) -> list[str]:
    """The stem unaccented, and with the spelling shifts French made after borrowing."""
    plain = strip_accents(stem)
    variants = [plain, plain.replace("ou", "o")]  # gouvernement -> government
    if stem.startswith("é"):
        variants += ["s" + plain[1:], "es" + plain[1:]]  # étudier -> study, établir -> establish
    if suffixed:
        # Only before a real English suffix: développement -> development, not barre -> bar.
        variants += [re.sub(r"([bcdfglmnprt])\1", r"\1", variant) for variant in variants]
    return list(dict.fromkeys(variants))


def best(candidates: Iterable[tuple[str, float]], min_length: int, pos: str) -> str | None:
    """The most frequent acceptable English word, after each candidate's penalty."""
    scored = [
        (zipf_frequency(word, "en") - penalty, word)
        for word, penalty in candidates
        if is_acceptable(word, min_length, pos)
    ]
    return max(scored)[1] if scored else None


def identical(word: str) -> str | None:
    """Same spelling without accents; a final é is a sound of its own (accusé, not accuse)."""
    if len(word) < MIN_IDENTICAL or word.endswith("é"):
        return None
    circumflex = strip_accents(re.sub("([âêîôû])", r"\1s", word))  # forêt -> forest
    return best(((strip_accents(word), 0.0), (circumflex, 0.0)), MIN_IDENTICAL, "NOUN")


def by_rule(word: str, rule: Rule, pos: str) -> str | None:
    ending, english, min_length = rule
    if not ending:
        return identical(word)
    stem = word.removesuffix(ending)
    if stem == word or len(stem) < 2:
        return None
    if english == ("",) and not stem.endswith(SILENT_E_AFTER):
        return None
    candidates = [
        (variant + suffix, PREFERENCE_STEP * rank + VARIANT_STEP * shift)
        for rank, suffix in enumerate(english)
        for shift, variant in enumerate(
            stem_variants(stem, suffixed=bool(suffix) and pos != "VERB")
        )
    ]
    return best(candidates, min_length, pos)


def to_adverb(adjective: str) -> str | None:
    """English adverb of an English adjective: rapid -> rapidly, possible -> possibly."""
    if adjective.endswith("ic"):
        adverb = adjective + "ally"
    elif adjective.endswith(("ble", "ple", "tle")):
        adverb = adjective[:-1] + "y"
    elif re.search("[^aeiou]y$", adjective):
        adverb = adjective[:-1] + "ily"
    elif adjective in ("true", "due"):
        adverb = adjective[:-1] + "ly"
    else:
        adverb = adjective + "ly"
    return best(((adverb, 0.0),), MIN_LENGTH, "ADV")


def lookalike_sense(adjective: str) -> str | None:
    """A one-word English sense of the adjective in the dictionary, spelled like it.

    This keeps the guess a cognate (franc: "frank", absolu: "absolute") while letting the
    dictionary pick the right one of several spellings.
    """
    plain = strip_accents(adjective)
    for entry in bundled_dictionary().lookup(adjective):
        if entry.pos != "ADJ":
            continue
        for sense in entry.senses:
            for word in (part.strip() for part in sense.split(",")):
                if word.isalpha() and word.islower() and word[:4] == plain[:4]:
                    return word
    return None


def guess_adverb(word: str) -> str | None:
    """-ment adverbs through their adjective: rapidement -> rapide -> rapid -> rapidly."""
    for ending, replacement in ADVERB_ENDINGS:
        if not word.endswith(ending):
            continue
        stem = word.removesuffix(ending)
        # The feminine form first (rapide), then the masculine (initialement -> initial).
        for adjective in dict.fromkeys((stem + replacement, stem)):
            if len(adjective) < MIN_LENGTH or adjective in FALSE_FRIENDS:
                continue
            english = guess_cognate(adjective, "ADJ") or lookalike_sense(adjective)
            adverb = to_adverb(english) if english else None
            if adverb:
                return adverb
        return None
    return None


@functools.lru_cache(maxsize=65536)
def guess_cognate(word: str, pos: str) -> str | None:
    """An English word spelled like the French lemma, or None when unsure.

    Capitalised lemmas are names (spaCy lower-cases common nouns), and names are not
    translated by spelling: Chine is not chin.
    """
    word = word.strip()
    if pos not in CONTENT_POS or not word.isalpha() or not word.islower():
        return None
    if word in FALSE_FRIENDS or len(word) < MIN_LENGTH:
        return None
    if word.endswith("é") and word[:-1] + "er" in FALSE_FRIENDS:
        return None  # the participle of a false friend: blessé is not blessed
    if pos == "ADV":
        return guess_adverb(word)
    rules = RULES[pos]
    if SAME in rules and is_english(strip_accents(word)):
        # A French word that is already an English word (code, site) is that or nothing,
        # unless a rule before SAME says otherwise (organisation -> organization).
        rules = rules[: rules.index(SAME) + 1]
    return next((guess for rule in rules if (guess := by_rule(word, rule, pos))), None)


def cognate_translation(lemma: str, pos: str) -> Translation | None:
    """The guess as a Translation the word card can show, clearly labelled."""
    guess = guess_cognate(lemma, pos)
    if guess is None:
        return None
    return Translation((guess,), TranslationSource.COGNATE, ORIGIN)

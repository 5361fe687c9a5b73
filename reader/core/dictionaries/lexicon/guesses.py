"""Words the lexicon lacks as written: inflected verbs the lemmatiser missed, prefixed compounds.

spaCy sometimes keeps an inflected verb as its own lemma ("téléchargeaient", tagged ADV);
Lexique lists only the forms it met in its corpora. The endings below give the infinitives a
form may come from; the lexicon keeps only those it has as verbs. A hyphenated word made of a
productive prefix and a known word (vice-ministre, anti-virus, e-conseiller) is translated
as the English prefix with the word's translation; a verb repeated with re- (refermer) as
the verb's translation and "again"; an adverb in -ment from its adjective (mollement: softly).
"""

from __future__ import annotations

import re
import unicodedata

# Verb endings, longest first, and the infinitive endings a stem can take.
ENDINGS = sorted(
    """eraient iraient issaient assent erions eriez erais erait erons eront irons iront
    issant issait issent issons issez aient èrent irent erai eras era ira ions iez ais ait ant ent
    ons ez ées ée és ie is it ai as a es e é i u ue us""".split(),
    key=len,
    reverse=True,
)
INFINITIVES = ("er", "ir", "re", "oir")
VOWELS = frozenset("aàâeéèêiîoôuûhy")
# French prefix -> English prefix, for hyphenated compounds.
PREFIXES = {
    "vice": "vice-",
    "anti": "anti-",
    "ex": "ex-",
    "e": "e-",
    "co": "co-",
    "non": "non-",
    "néo": "neo-",
    "post": "post-",
    "pré": "pre-",
    "pro": "pro-",
    "semi": "semi-",
    "mini": "mini-",
    "micro": "micro-",
    "super": "super-",
    "ultra": "ultra-",
    "multi": "multi-",
    "inter": "inter-",
    "auto": "self-",
    "contre": "counter-",
    "sous": "sub-",
    "demi": "half-",
    "mi": "mid-",
    "quasi": "quasi-",
    "pseudo": "pseudo-",
    "euro": "euro-",
    "cyber": "cyber-",
    "méga": "mega-",
    "hyper": "hyper-",
}
# The -o forms that join two adjectives (militaro-technique, franco-allemand): the compound is
# one adjective, so only the second word's first sense is joined to it.
COMBINING = {
    "militaro": "military-",
    "politico": "political-",
    "économico": "economic-",
    "socio": "socio-",
    "technico": "technical-",
    "franco": "Franco-",
    "germano": "German-",
    "anglo": "Anglo-",
    "russo": "Russian-",
    "sino": "Sino-",
    "italo": "Italian-",
    "hispano": "Hispano-",
    "judéo": "Judeo-",
    "gréco": "Greco-",
    "afro": "Afro-",
    "indo": "Indo-",
    "austro": "Austro-",
    "israélo": "Israeli-",
    "arabo": "Arab-",
    "irano": "Iranian-",
    "turco": "Turkish-",
    "américano": "American-",
}
PREFIXES |= COMBINING
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_HYPHENS = re.compile(r"[-‐‑]")


def visible(word: str) -> str:
    """The word without soft hyphens and zero-width characters (copied from web pages)."""
    return unicodedata.normalize("NFC", word).translate(INVISIBLE)


def infinitive_guesses(form: str) -> list[str]:
    """Infinitives an inflected verb form may come from: téléchargeaient -> télécharger."""
    word = visible(form).lower()
    guesses: list[str] = []
    for ending in ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            for base in _stems(stem, ending):
                guesses.extend(base + infinitive for infinitive in INFINITIVES)
    return list(dict.fromkeys(guess for guess in guesses if guess != word))


def _stems(stem: str, ending: str) -> list[str]:
    """mangeaient -> mange, mang; commençait -> commenç, commenc (spelling before a/o)."""
    stems = [stem]
    if ending[:1] in "aoâ" and stem.endswith("ge"):
        stems.append(stem[:-1])
    if stem.endswith("ç"):
        stems.append(stem[:-1] + "c")
    return stems


def ligatured(word: str) -> str:
    """The word spelled with œ where it has oe (choeur: chœur, the sources' spelling), or ""
    when it has none. Tried after the word as written: moelle and coexister stay as they are."""
    spelled = word.replace("oe", "œ").replace("Oe", "Œ").replace("OE", "Œ")
    return spelled if spelled != word else ""


def repeated(verb: str) -> list[str]:
    """The verbs an infinitive may repeat with re-: refermer, redevenir (re + consonant),
    réapprendre (ré + vowel), rallumer, rouvrir, rhabiller (r + a, ou, h), ressortir (res + s)."""
    word = visible(verb).lower()
    if not word.endswith(INFINITIVES):
        return []
    found = []
    if word.startswith("re") and word[2:3] not in VOWELS:
        found.append(word[2:])
    if word.startswith("res") and word[3:4] == "s":
        found.append(word[3:])
    if word.startswith("ré") and word[2:3] in VOWELS:
        found.append(word[2:])
    if word.startswith(("ra", "rou", "rh")):  # rallumer, rouvrir; not roser (oser), a noun
        found.append(word[1:])
    return [rest for rest in found if len(rest) >= 4]


def adjective_stems(adverb: str) -> list[str]:
    """The adjective forms an adverb in -ment may be made from: mollement (molle),
    éperdument (éperdu), savamment (savant), prudemment (prudent), énormément (énorme),
    précisément (précis, précise); and the masculine of a feminine in -euse, -ive or -e."""
    word = visible(adverb).lower()
    if not word.endswith("ment") or len(word) < 8:
        return []
    stem = word[:-4]
    stems = [stem]
    if word.endswith(("amment", "emment")):
        stems.append(word[:-6] + word[-6] + "nt")
    if word.endswith("ément"):
        stems.extend((word[:-5] + "e", word[:-5]))
    for feminine, masculine in (("euse", "eux"), ("ive", "if"), ("e", "")):
        if stem.endswith(feminine):
            stems.append(stem[: -len(feminine)] + masculine)
    return list(dict.fromkeys(stems))


def prefixed(word: str) -> tuple[str, str] | None:
    """(English prefix, the rest) of a hyphenated word with a productive prefix, else None."""
    parts = _HYPHENS.split(visible(word), maxsplit=1)
    if len(parts) != 2 or not parts[1]:
        return None
    english = PREFIXES.get(parts[0].lower())
    return (english, parts[1]) if english else None


ROMAN = {"I": 1, "V": 5, "X": 10}
# Up to XXXIX: kings, popes, centuries and volumes. Larger ones are mostly acronyms in news
# text (CD, MD, XL, DC), so they are not read as numbers.
_ROMAN = re.compile(r"X{0,3}(IX|IV|V?I{0,3})")


def roman_value(word: str) -> int | None:
    """XIV -> 14 for a well-formed Roman numeral in capitals (Louis XIV, Jean-Paul II)."""
    if len(word) < 2 or not _ROMAN.fullmatch(word):
        return None
    values = [ROMAN[char] for char in word]
    pairs = zip(values, [*values[1:], 0], strict=True)
    return sum(-value if value < after else value for value, after in pairs)


# Ordinal endings written after a Roman numeral: XIXe, XVIIIème, IIIè, Ier, Ire (siècle, Louis).
_ORDINAL = re.compile(r"(?P<number>[IVX]+)(?:e|ème|è|er|re)")


def roman_ordinal(word: str) -> str:
    """XIXe -> "19th", Ier -> "1st" (a century, a king, a republic), or "" for other words."""
    match = _ORDINAL.fullmatch(word)
    if match is None or not _ROMAN.fullmatch(match["number"]):
        return ""
    values = [ROMAN[char] for char in match["number"]]
    pairs = zip(values, [*values[1:], 0], strict=True)
    value = sum(-value if value < after else value for value, after in pairs)
    suffix = (
        "th" if value % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    )
    return f"{value}{suffix}"

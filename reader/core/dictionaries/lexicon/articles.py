"""Elision before a noun: l'honneur but la hausse. Owns the list of h-aspiré words.

French drops the vowel of le/la before a vowel and before a mute h (l'homme, l'heure), but
not before an "aspirated" h (la hausse, le héros, la honte), which is silent too yet blocks
elision and liaison. Nothing in the spelling tells them apart, and none of the lexicon's
sources marks it in a form a program can read (Lexique 3 and WikiPron give the same IPA for
both kinds), so the words are listed here: the h-aspiré words of everyday and news French,
as French dictionaries mark them (an asterisk or "h aspiré" before the headword), with the
derived words that keep the aspiration. Written for this project from general knowledge of
French; GPL-3.0-or-later like the app.

Families that keep the aspiration are listed by stem with a trailing "*" (hauss*: hausse,
haussement, hausser ...). Words that look like a listed family but have a mute h are listed
as exceptions (héroïne and héroïsme, unlike héros).
"""

from __future__ import annotations

import unicodedata

VOWELS = "aàâäeéèêëiîïoôöuùûüyÿœæ"
H_ASPIRE_WORDS = frozenset(
    """
    ha hâble hache hachis hachoir hachure haddock hagard haie haillon haine haineux haïr
    haïssable halage hâle hâler haleter hall halle hallebarde hallier halo halte hamac hamburger
    hameau hammam hampe hamster hanche handball handicap handicapé handicaper hangar hanneton
    hanter hantise happer harangue haranguer haras harassant harasser harcèlement harceler
    harde hardes hardi hardiesse hardiment harem hareng hargne hargneux haricot harnais
    harnachement harnacher harpe harpie harpon harponner hasard hasarder hasardeux haschich
    hase hâte hâter hâtif hâtivement hauban haubert hausse haussement hausser haut hautain
    hautbois hauteur hautement havre havresac hayon hé heaume hem hennir hennissement hep
    hérisser hérisson hernie héron héros herse hêtre heurt heurter heurtoir hibou hic hideur
    hideusement hideux hiérarchie hiérarchique hiérarchiquement hiérarchiser hi-fi hindi hip-hop
    hippie hisser hit hit-parade hobby hochement hocher hochet hockey holà holding hold-up
    hollandais hollande homard hongre hongrois honnir honte honteusement honteux hop hoquet
    horde horion hors hors-jeu hors-la-loi hors-série hot-dog hotte houblon houe houille
    houiller houle houlette houleux houppe houppelande hourra houspiller housse houx hublot
    huche huée huer huguenot huit huitaine huitième hululer humer hune huppe huppé hure
    hurlement hurler hurleur hussard hutte
    """.split()
)
H_ASPIRE_STEMS = ("hach", "hain", "hâl", "harc", "hard", "hauss", "haut", "heurt", "hiérarch",
                  "hont", "hurl", "hutt", "hiss", "houill", "huit")  # fmt: skip
MUTE_EXCEPTIONS = frozenset("héroïne héroïque héroïquement héroïsme".split())


def is_h_aspire(word: str) -> bool:
    """True for la hausse, le héros; False for l'homme, l'héroïne."""
    word = unicodedata.normalize("NFC", word).lower()
    if not word.startswith("h") or word in MUTE_EXCEPTIONS:
        return False
    return word in H_ASPIRE_WORDS or word.startswith(H_ASPIRE_STEMS)


def elides(word: str) -> bool:
    """Whether le/la becomes l' before the word: a vowel or a mute h."""
    first = unicodedata.normalize("NFC", word)[:1].lower()
    if first == "h":
        return not is_h_aspire(word)
    return bool(first) and first in VOWELS

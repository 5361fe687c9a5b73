"""Who made the data of the bundled lexicon, under which licence: for the About box.

Each file under resources/lexicon/ has its own LICENSE file; SOURCES.json there records the
exact version and checksum of every input. This list is what a person reads.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Credit:
    name: str
    authors: str
    licence: str
    url: str
    used_for: str


CREDITS: tuple[Credit, ...] = (
    Credit(
        "FreeDict French–English",
        "FreeDict contributors",
        "GPL-2.0-or-later",
        "https://freedict.org/",
        "translations, genders, IPA",
    ),
    Credit(
        "Apertium fra-eng, fra-cat, eng-cat, eo-fr",
        "Apertium contributors",
        "GPL-3.0 / GPL-2.0-or-later",
        "https://www.apertium.org/",
        "translations (directly, and through Catalan and Esperanto), genders",
    ),
    Credit(
        "Wiktionary",
        "Wiktionary contributors; translation tables extracted by Quentin Pradet",
        "CC BY-SA 3.0",
        "https://fr.wiktionary.org/",
        "translations, genders, IPA",
    ),
    Credit(
        "WikDict",
        "Karl Bartel, from Wiktionary (packaged by FreeDict and Debian)",
        "CC BY-SA 3.0",
        "https://www.wikdict.com/",
        "translations through other languages, genders, IPA",
    ),
    Credit(
        "FreeDict German, Spanish, Italian, Portuguese, Swedish, Esperanto–English",
        "FreeDict contributors; German from Ding by Frank Richter",
        "GPL-2.0-or-later / GPL-3.0-or-later / CC BY 3.0",
        "https://freedict.org/",
        "translations through other languages",
    ),
    Credit(
        "Lexique 3.83",
        "Boris New, Christophe Pallier et al.",
        "CC BY-SA 4.0",
        "http://www.lexique.org/",
        "genders, IPA, lemmas of inflected forms",
    ),
    Credit(
        "Lefff",
        "Benoît Sagot (packaged by Ludan Stoecklé as french-words-gender-lefff)",
        "LGPL-LR",
        "https://gitlab.inria.fr/almanach/alexina/lefff",
        "genders",
    ),
    Credit(
        "WikiPron",
        "Jackson L. Lee, Kyle Gorman et al., from English Wiktionary",
        "CC BY-SA 3.0 (data), Apache-2.0 (code)",
        "https://github.com/CUNY-CL/wikipron",
        "IPA",
    ),
    Credit(
        "eSpeak NG",
        "eSpeak NG contributors",
        "GPL-3.0-or-later",
        "https://github.com/espeak-ng/espeak-ng",
        "IPA of the words no other source transcribes",
    ),
)

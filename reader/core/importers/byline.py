"""A web page's author, from what the extractor took for it: a byline may bring its first words
("Publié le", "Mis à jour le 12/03") or a prefix ("Par Marie Dupont"); only names are kept.

A part of the byline is a name when every word is capitalised, or a particle of a name (de,
du, van...), and it holds no digit and none of the words bylines put around dates.
"""

from __future__ import annotations

import re

_PARTS = re.compile(r"\s*(?:;|,|\|| et | and |&)\s*")
_PREFIX = re.compile(
    r"^(?:propos recueillis par|rédigé par|écrit par|publié par|texte de|texte|par|by|de)\s+",
    re.IGNORECASE,
)
_PARTICLES = frozenset("de du des d' la le van von der den da di dos del y".split())
_NOT_NAMES = frozenset(
    "publié publiée publication mis mise modifié modifiée actualisé actualisée updated "
    "published posted lecture min minutes il y a hier aujourd'hui rédaction correspondant "
    "correspondante envoyé envoyée spécial spéciale".split()
)
MAX_NAME_WORDS = 5


def clean_author(raw: str) -> str:
    """The names in a byline, joined by ", "; "" when it holds none."""
    names: list[str] = []
    for part in _PARTS.split(" ".join(raw.split())):
        name = _PREFIX.sub("", part.strip(" .:-–—")).strip()
        if is_name(name) and name not in names:
            names.append(name)
    return ", ".join(names)


def is_name(text: str) -> bool:
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS or any(ch.isdigit() for ch in text):
        return False
    for word in words:
        folded = word.casefold().strip(".")
        if folded in _NOT_NAMES:
            return False
        if folded not in _PARTICLES and not word[:1].isupper():
            return False
    return any(word[:1].isupper() for word in words)


def clean_title(title: str, site: str) -> str:
    """The page's title without the site's name after it ("Les cigognes - Le Journal")."""
    site = site.strip()
    if not site:
        return title
    for separator in (" - ", " – ", " — ", " | ", " : ", " · "):
        suffix = separator + site
        if title.endswith(suffix) and len(title) > len(suffix):
            return title[: -len(suffix)].strip()
    return title

"""Sentences after a dateline and in dialogue (issue 13): a sentence never starts with the
dateline's full stop or dash, a dialogue's incise stays with its line, and a comma never ends
a sentence."""

from __future__ import annotations

import pytest

from reader.core.lookup.card import Glosser
from reader.core.teaching.handouts import find_words
from tests.core.analysed import analysed


def sentences(text: str) -> list[str]:
    analysis = analysed(text)
    return [text[s.start : s.end] for s in analysis.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MOSCOU, 12 novembre 2012. - Le 12 mars, la Russie a signé un accord.",
            ["MOSCOU, 12 novembre 2012. -", "Le 12 mars, la Russie a signé un accord."],
        ),
        (
            "Paris, 3 mai 2012. — Suzanne est arrivée hier. Elle est contente.",
            ["Paris, 3 mai 2012. —", "Suzanne est arrivée hier.", "Elle est contente."],
        ),
    ],
)
def test_a_dateline_keeps_its_full_stop_and_dash(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_dialogue_lines_keep_their_dash_and_their_incise() -> None:
    text = "— Bonjour, dit-il. — Bonjour ! répondit Suzanne. — Tu viens ? — Oui."
    assert sentences(text) == [
        "— Bonjour, dit-il.",
        "— Bonjour ! répondit Suzanne.",
        "— Tu viens ?",
        "— Oui.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOU, 12 novembre 2012. - Le 12 mars, la Russie a signé un accord.",
        "Paris, 3 mai 2012. — Suzanne est arrivée hier.",
        "— Bonjour ! répondit Suzanne. — Tu viens ?",
    ],
)
def test_no_sentence_starts_with_a_full_stop_or_ends_with_a_comma(text: str) -> None:
    for sentence in sentences(text):
        assert sentence[0] not in ".,;!?" and not sentence.endswith(",")


def test_a_handouts_sentences_start_with_their_first_word() -> None:
    """The handout shows each word's sentence: never ". Suzanne…" after a dateline."""
    text = (
        "Boulogne, 3 mai 2012. — Suzanne raccommode les filets du chalutier sur le quai. "
        "— Les mouettes tournoient, dit-elle, au-dessus des cormorans."
    )
    words = find_words([(0, analysed(text))], Glosser(None), level="B1", limit=None)
    assert {"raccommoder", "chalutier"} <= {w.word.lemma for w in words}
    for word in words:
        sentence = word.word.sentence
        assert sentence[0].isalpha() or sentence[0] == "—", sentence
        assert not sentence.startswith(("Boulogne", ".", "-")), sentence

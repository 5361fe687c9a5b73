"""The learner units cut from spaCy's French tokens."""

from __future__ import annotations

import pytest

from tests.core.analysed import analysed


def texts(sentence: str) -> list[str]:
    return [token.text for token in analysed(sentence).tokens]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("L'homme arrive.", ["L'", "homme", "arrive", "."]),
        ("L’homme arrive.", ["L’", "homme", "arrive", "."]),
        ("Il est venu aujourd'hui.", ["Il", "est", "venu", "aujourd'hui", "."]),
        ("C'est-à-dire demain.", ["C'est-à-dire", "demain", "."]),
        ("C’est-à-dire demain.", ["C’est-à-dire", "demain", "."]),
        ("C'est peut-être vrai.", ["C'", "est", "peut-être", "vrai", "."]),
        ("Quelqu'un frappe.", ["Quelqu'un", "frappe", "."]),
        (
            "Ma grand-mère et son porte-monnaie.",
            ["Ma", "grand-mère", "et", "son", "porte-monnaie", "."],
        ),
        ("Les états-majors.", ["Les", "états-majors", "."]),
        ("Oui, dit-il.", ["Oui", ",", "dit", "-il", "."]),
        ("Comment cela va-t-il ?", ["Comment", "cela", "va", "-t-il", "?"]),
        ("Va-t'en !", ["Va", "-t'en", "!"]),
        ("Prends-le. Allons-y.", ["Prends", "-le", ".", "Allons", "-y", "."]),
        (
            "Il vient jusqu'à nous, lorsqu'il peut, puisqu'il veut.",
            [
                "Il",
                "vient",
                "jusqu'",
                "à",
                "nous",
                ",",
                "lorsqu'",
                "il",
                "peut",
                ",",
                "puisqu'",
                "il",
                "veut",
                ".",
            ],
        ),
        ("Il a un rendez-vous.", ["Il", "a", "un", "rendez-vous", "."]),
        # an elided word glued to a quotation mark and the quoted word
        (
            'Il a réaffirmé l\'"exigence absolue".',
            ["Il", "a", "réaffirmé", "l'", '"', "exigence", "absolue", '"', "."],
        ),
        ("C'est l’«affaire».", ["C'", "est", "l’", "«", "affaire", "»", "."]),
    ],
)
def test_learner_units(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


def test_elided_forms_are_separate_units_for_every_elision() -> None:
    sentence = "J'aime qu'il m'écrive, n'est-ce pas ? S'il t'appelle, c'est d'accord."
    words = texts(sentence)
    for elided in ("J'", "qu'", "m'", "n'", "S'", "t'", "c'", "d'"):
        assert elided in words


def test_paragraphs_passed_over_are_those_regrouping_leaves_alone() -> None:
    """The tokenizer regroups only a paragraph with a hyphen, an unhyphenated unit
    (aujourd'hui) or a quotation mark after an elision (l'"exigence) in it: on every
    paragraph of three corpus texts and a few spellings, its units are those of regrouping
    spaCy's pieces."""
    from reader.core.analysis.analyser import paragraph_spans
    from reader.core.analysis.normalise import normalise_for_analysis
    from reader.core.analysis.pipeline import load_pipeline
    from reader.core.analysis.tokenizer import regroup
    from tests.corpus import corpus_file

    tokenizer = load_pipeline().tokenizer
    paragraphs = ["AUJOURD'HUI il vient.", "Quelqu'une, presqu' île", "prud'Homme l'a dit."]
    paragraphs += ['Il parle d\'"exigence".', "C'est l’«affaire» d’«abord»."]
    for name in ("novel_daudet_petit_chose.txt", "news/44046.txt", "news/44374.txt"):
        text = normalise_for_analysis(corpus_file(name).read_text(encoding="utf-8")[:60_000])
        paragraphs.extend(text[start:end] for start, end in paragraph_spans(text))
    for paragraph in paragraphs:
        pieces = [(token.text, bool(token.whitespace_)) for token in tokenizer.base(paragraph)]
        units = [(token.text, bool(token.whitespace_)) for token in tokenizer(paragraph)]
        assert units == regroup(pieces), paragraph

"""scripts/list_lookalike_senses.py: the frequent lemmas whose card leads with an English
look-alike, and the audit of main_senses.tsv's look-alike rows on running text."""

from __future__ import annotations

from types import ModuleType

import pytest

from reader.core.dictionaries.lexicon.leading import leading, replaced
from tests.scripts.loading import load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("list_lookalike_senses")


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("consécration", "consecration"),
        ("baptiser", "to baptize"),
        ("malicieux", "malicious"),
        ("sympathie", "sympathy"),
        ("chronique", "chronic"),
        ("formidable", "wonderful formidable"),
        ("définitivement", "definitively"),
        ("instamment", "instantly"),
    ],
)
def test_a_look_alike_is_found_through_accents_and_suffix_pairs(
    script: ModuleType, french: str, english: str
) -> None:
    assert script.lookalike(french, english) >= script.CLOSE


@pytest.mark.parametrize(
    ("french", "english"),
    [("quitter", "leave"), ("bénéfice", "profit"), ("sympathie", "liking"), ("pâte", "dough")],
)
def test_a_different_word_is_no_look_alike(script: ModuleType, french: str, english: str) -> None:
    assert script.lookalike(french, english) == 0.0


def test_the_listing_shows_look_alikes_the_rows_do_not_lead(script: ModuleType) -> None:
    rows = [line.split("\t") for line in script.listing(4000, False, False)]
    listed = {(row[1], row[2]): row[4] for row in rows}
    assert listed[("impression", "NOUN")] == "impression"  # a look-alike that is right
    assert ("baptiser", "VERB") not in listed  # main_senses.tsv leads with "name"
    ranks = [int(row[0]) for row in rows]
    assert ranks == sorted(ranks)
    with replaced():
        bare = {
            (row[1], row[2]): row[4]
            for row in (line.split("\t") for line in script.listing(4000, False, False))
        }
    assert bare[("baptiser", "VERB")] == "baptize"


def test_the_audit_turns_off_the_look_alike_rows_only(script: ModuleType) -> None:
    section = script.section_rows()
    assert {("consécration", "NOUN"), ("baptiser", "VERB")} <= section
    assert ("quitter", "VERB") not in section  # an older section's row
    with script.without_section():
        assert leading("consécration", "NOUN") == ()
        assert leading("quitter", "VERB")[0] == "leave"
    audit = load_script("audit_main_senses")
    texts = [("t", "Il obtint enfin la consécration. Il quitta la ville.")]
    clicked, changed = audit.changes(texts, script.without_section)
    assert clicked >= 4
    assert [(c.lemma, c.old, c.new) for c in changed] == [
        ("consécration", "consecration", "recognition")
    ]

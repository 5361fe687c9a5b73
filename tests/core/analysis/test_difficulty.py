"""Difficulty: CEFR levels calibrated on the test corpus and on graded texts written here,
the learner's coverage, and the speed of an estimate on a long book."""

from __future__ import annotations

import re
import statistics
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.analysis.difficulty import (
    LEVELS,
    UNLISTED,
    Coverage,
    WordCounts,
    count_words,
    estimate_difficulty,
    frequency_rank,
    learner_coverage,
    vocabulary,
)
from reader.core.errors import InputError
from reader.core.models import Analysis, Sentence, Token
from tests.core.analysed import analysed
from tests.corpus import news, novels

NEWS = news()
NOVELS = novels()

# Written for these tests, one per level, as a French teacher would grade them.
GRADED = {
    "A1": (
        "Bonjour ! Je m'appelle Léa. J'ai dix ans. J'habite dans une petite maison avec ma "
        "famille. Mon père est grand. Ma mère est belle. J'ai un chat noir et un chien blanc. "
        "Le matin, je mange du pain et je bois du lait. Je vais à l'école à pied. J'aime lire "
        "et jouer avec mes amis. Le soir, je regarde la télévision. Le samedi, nous allons au "
        "parc. Il fait beau et nous sommes contents."
    ),
    "A2": (
        "Hier, je suis allé au marché avec ma sœur. Il faisait froid, mais le soleil brillait. "
        "Nous avons acheté des pommes, du fromage et des fleurs pour notre grand-mère. Au "
        "marché, nous avons rencontré un ami de l'école. Il nous a invités à boire un chocolat "
        "chaud dans un café. Après, nous sommes rentrés à la maison en bus. Le soir, ma mère a "
        "préparé une soupe de légumes. C'était une très bonne journée, et nous étions fatigués "
        "mais heureux."
    ),
    "B1": (
        "Depuis quelques années, de plus en plus de jeunes choisissent de partir travailler à "
        "l'étranger après leurs études. Certains veulent apprendre une nouvelle langue, "
        "d'autres espèrent trouver un emploi mieux payé. Pourtant, cette expérience n'est pas "
        "toujours facile : il faut s'habituer à une autre culture, trouver un logement et "
        "parfois supporter la solitude. Selon une enquête récente, la plupart de ceux qui sont "
        "partis ne regrettent pas leur décision, car ils ont gagné en confiance et en autonomie."
    ),
}
EXPLANATION = re.compile(
    r"\d+ % of the words are among the 2,000 most frequent, \d+ % beyond the 5,000 "
    r"\(\d+ % beyond the 10,000\); sentences average \d+ words\."
)


def level_index(level: str) -> int:
    return LEVELS.index(level)


def excerpt(path: Path, words: int) -> str:
    """The first paragraphs of a file, about `words` words long."""
    kept: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        kept.append(line)
        if sum(len(p.split()) for p in kept) >= words:
            break
    return "\n\n".join(kept)


@pytest.mark.parametrize("level", list(GRADED))
def test_graded_texts_come_out_at_their_level(level: str) -> None:
    difficulty = estimate_difficulty(analysed(GRADED[level]))
    assert difficulty.level == level, difficulty


def test_a_simple_text_is_a1_or_a2_and_easier_than_the_others() -> None:
    scores = [estimate_difficulty(analysed(text)).score for text in GRADED.values()]
    assert estimate_difficulty(analysed(GRADED["A1"])).level in ("A1", "A2")
    assert scores == sorted(scores)


@pytest.mark.parametrize("novel", NOVELS, ids=lambda path: path.stem)
def test_nineteenth_century_novels_are_b2_to_c1(novel: Path) -> None:
    difficulty = estimate_difficulty(analysed(excerpt(novel, 6_000)))
    assert difficulty.level in ("B2", "C1"), difficulty
    assert difficulty.words > 5_000


def test_news_articles_are_b2_to_c1_with_a_few_either_side() -> None:
    assert len(NEWS) == 20
    difficulties = [estimate_difficulty(analysed(path.read_text())) for path in NEWS]
    levels = [d.level for d in difficulties]
    assert all(level in ("B1", "B2", "C1", "C2") for level in levels), levels
    assert sum(level in ("B2", "C1") for level in levels) >= 15, levels
    median = statistics.median(d.score for d in difficulties)
    assert 4.0 <= median < 6.0, median
    hardest_graded = estimate_difficulty(analysed(GRADED["B1"])).score
    assert median > hardest_graded


def test_explanation_is_one_line_with_the_numbers() -> None:
    difficulty = estimate_difficulty(analysed(NEWS[0].read_text()))
    assert EXPLANATION.fullmatch(difficulty.explanation), difficulty.explanation
    assert f"{round(difficulty.frequent_share * 100)} % of the words" in difficulty.explanation
    short = estimate_difficulty(analysed("Le chat dort sur le lit."))
    assert short.explanation.endswith("A short text: the level is a rough guess.")
    assert "\n" not in short.explanation


def test_counts_of_chapters_add_up_to_the_book() -> None:
    first, second = GRADED["A2"], GRADED["B1"]
    whole = count_words(analysed(first + "\n\n" + second))
    assert count_words(analysed(first)) + count_words(analysed(second)) == whole
    assert estimate_difficulty(whole) == estimate_difficulty(analysed(first + "\n\n" + second))


def test_no_words_no_estimate() -> None:
    with pytest.raises(InputError, match="no words"):
        estimate_difficulty(WordCounts())


def test_frequency_ranks() -> None:
    assert frequency_rank("de") == 1
    assert frequency_rank("maison") < 1_000 < frequency_rank("pendaison") < UNLISTED
    assert frequency_rank("oeil") == frequency_rank("œil")
    assert frequency_rank("grand-mère") == max(frequency_rank("grand"), frequency_rank("mère"))
    assert frequency_rank("l'") == frequency_rank("l")
    assert frequency_rank("Maison") == frequency_rank("maison")
    assert frequency_rank("zorglubesque") == UNLISTED


def test_names_are_not_vocabulary() -> None:
    """Marie is tagged a name; Pierrotte and Eyssette, tagged nouns, are unknown capitals."""
    analysis = analysed("Marie, Pierrotte et Eyssette mangent une pomme.")
    counted = [token.text for token in vocabulary(analysis.tokens)]
    assert counted == ["et", "mangent", "une", "pomme"]
    assert count_words(analysis).words == 4
    assert count_words(analysis).sentence_words == 7  # sentence length counts names


def test_learner_coverage() -> None:
    analysis = analysed("Le chat de Marie mange dans la cuisine, puis le chat dort sur le lit.")
    lemmas = [token.lemma.lower() for token in vocabulary(analysis.tokens)]
    assert "marie" not in lemmas and lemmas.count("chat") == 2 and lemmas.count("le") == 4
    assert learner_coverage(analysis, set()) == Coverage(0.0, 1.0)
    assert learner_coverage(analysis, set(lemmas)) == Coverage(1.0, 0.0)
    known, unknown = learner_coverage(analysis, {"LE", "Chat", "pomme"})
    assert known == pytest.approx(6 / len(lemmas))
    assert unknown == pytest.approx((len(set(lemmas)) - 2) / len(set(lemmas)))


def test_learner_coverage_of_a_text_without_words() -> None:
    assert learner_coverage(analysed("1 2 3."), {"le"}) == Coverage(1.0, 0.0)


def long_analysis(words: int) -> Analysis:
    """Two analysed news articles repeated to `words` running words, without running spaCy."""
    source = analysed(NEWS[0].read_text() + "\n\n" + NEWS[1].read_text())
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    copies = words // len(source.words) + 1
    for _ in range(copies):
        offset = len(sentences)
        sentences.extend(source.sentences)
        tokens.extend(replace(t, sentence=t.sentence + offset) for t in source.tokens)
    return Analysis("", tuple(sentences), tuple(tokens))


def test_a_100000_word_text_is_estimated_the_same_cold_and_warm() -> None:
    # Speed is measured by benchmarks/difficulty_speed.py, never here.
    analysis = long_analysis(100_000)
    assert len(analysis.words) >= 100_000
    frequency_rank.cache_clear()
    cold = estimate_difficulty(analysis)
    warm = estimate_difficulty(analysis)
    assert cold == warm
    coverage = learner_coverage(analysis, {"le", "de", "un"})
    assert coverage == learner_coverage(analysis, {"le", "de", "un"})

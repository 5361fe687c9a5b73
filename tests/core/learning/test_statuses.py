"""Statuses by lemma: from a lemma to every form of it in a text, undo, per-article counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.learning.stats import current_streak, longest_streak, overall_stats
from reader.core.learning.statuses import StatusIndex, article_stats, mark_rest_known, statuses_for
from reader.core.models import Status
from reader.core.store import Database, StatusChange
from tests.core.analysed import analysed, token
from tests.core.learning_helpers import FixedClock, draft, open_store

TEXT = (
    "Je vais à Paris avec Marie. Nous irons en 2025 et ils sont allés au marché.\n\n"
    "Ils ne se sont pas rencontrés. Les enquêtes ont été menées. "
    "Aujourd'hui, l'homme va bien ; il mène la danse."
)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def store(tmp_path: Path, clock: FixedClock) -> Iterator[Database]:
    with open_store(tmp_path / "glossary.sqlite3", clock) as opened:
        yield opened


def status_of_word(store: Database, text: str, occurrence: int = 0) -> Status:
    analysis = analysed(TEXT)
    return statuses_for(analysis, store)[token(analysis, text, occurrence).index]


# ---------------------------------------------------------------- from lemma to forms


def test_knowing_a_lemma_marks_every_form(store: Database) -> None:
    assert store.learning.set_status(["aller"], Status.KNOWN) == [
        StatusChange("aller", Status.NEW, Status.KNOWN)
    ]
    for form in ("vais", "irons", "allés", "va"):
        assert status_of_word(store, form) is Status.KNOWN, form
    assert status_of_word(store, "mène") is Status.NEW


def test_a_verb_group_takes_its_lemma(store: Database) -> None:
    store.learning.set_status(["se rencontrer"], Status.LEARNING_2)
    store.learning.set_status(["mener"], Status.LEARNING_4)
    for form in ("ne", "se", "pas", "rencontrés"):
        assert status_of_word(store, form) is Status.LEARNING_2, form
    for form in ("ont", "été", "menées", "mène"):
        assert status_of_word(store, form) is Status.LEARNING_4, form
    # sont allés: the auxiliary belongs to aller here, not to être
    store.learning.set_status(["aller"], Status.KNOWN)
    assert status_of_word(store, "sont") is Status.KNOWN


def test_names_and_numbers_are_ignored_until_marked(store: Database) -> None:
    analysis = analysed(TEXT)
    statuses = statuses_for(analysis, store)
    assert statuses[token(analysis, "Paris").index] is Status.IGNORED
    assert statuses[token(analysis, "Marie").index] is Status.IGNORED
    assert token(analysis, "2025").index not in statuses  # not a word: no status at all
    store.learning.set_status(["Paris"], Status.LEARNING_1)
    assert status_of_word(store, "Paris") is Status.LEARNING_1


def test_status_ignores_case_and_accent_composition(store: Database) -> None:
    store.learning.set_status(["E\u0301te\u0301"], Status.KNOWN)  # decomposed É
    assert store.learning.status_of("été") is Status.KNOWN
    assert store.learning.status_of("ÉTÉ") is Status.KNOWN
    assert store.learning.status_of("ete") is Status.NEW


def test_only_real_changes_are_returned(store: Database) -> None:
    store.learning.set_status(["aller", "homme"], Status.KNOWN)
    changes = store.learning.set_status(["aller", "mener", "  "], Status.KNOWN)
    assert changes == [StatusChange("mener", Status.NEW, Status.KNOWN)]
    assert store.learning.set_status(["aller"], Status.NEW) == [
        StatusChange("aller", Status.KNOWN, Status.NEW)
    ]
    assert "aller" not in store.learning.lemma_statuses()


def test_undo_puts_back_exactly_and_returns_the_redo(store: Database) -> None:
    store.learning.set_status(["aller"], Status.LEARNING_3)
    changes = store.learning.set_status(["aller", "homme"], Status.KNOWN)
    redo = store.learning.undo_status_changes(changes)
    assert store.learning.statuses_of(["aller", "homme"]) == {"aller": Status.LEARNING_3}
    store.learning.undo_status_changes(redo)
    assert store.learning.statuses_of(["aller", "homme"]) == {
        "aller": Status.KNOWN,
        "homme": Status.KNOWN,
    }


# ---------------------------------------------------------------- glossary entries


def test_saving_a_word_puts_its_lemma_into_learning(store: Database) -> None:
    entry = store.glossary.save(draft("mener", "Il mène la danse.", word="mène"))
    assert store.learning.status_of("mener") is Status.LEARNING_1
    assert status_of_word(store, "menées") is Status.LEARNING_1
    store.learning.set_status(["mener"], Status.LEARNING_3)
    assert store.glossary.get(entry.id).status is Status.LEARNING_3  # the entry follows its lemma
    store.glossary.update(entry.id, status=Status.KNOWN)
    assert store.learning.status_of("mener") is Status.KNOWN  # and the lemma follows its entry


def test_saving_a_word_marked_known_puts_it_back_into_learning(store: Database) -> None:
    store.learning.set_status(["homme", "mener"], Status.KNOWN)
    store.learning.set_status(["danse"], Status.LEARNING_3)
    assert store.glossary.save(draft("homme")).status is Status.LEARNING_1
    assert store.glossary.save(draft("danse")).status is Status.LEARNING_3  # progress is kept
    store.glossary.update(store.glossary.save(draft("mener")).id, status=Status.KNOWN)
    assert (
        store.glossary.save(draft("mener", "Il mène.")).status is Status.KNOWN
    )  # a re-save keeps it


def test_deleting_an_entry_being_learned_makes_it_new_and_undo_restores(
    store: Database,
) -> None:
    entry = store.glossary.save(draft("mener", status=Status.LEARNING_2))
    known = store.glossary.save(draft("homme", status=Status.KNOWN))
    store.glossary.delete(entry.id)
    store.glossary.delete(known.id)
    assert store.learning.status_of("mener") is Status.NEW
    assert store.learning.status_of("homme") is Status.KNOWN  # still known without the entry
    store.glossary.restore(entry)
    assert store.learning.status_of("mener") is Status.LEARNING_2


def test_lemmas_by_status_includes_words_never_saved(store: Database) -> None:
    store.glossary.save(draft("mener"))
    store.learning.set_status(["aller"], Status.KNOWN)
    assert store.learning.lemmas_by_status() == {"mener": Status.LEARNING_1, "aller": Status.KNOWN}


# ---------------------------------------------------------------- mark the rest as known


def test_mark_the_rest_known_and_undo(store: Database) -> None:
    analysis = analysed(TEXT)
    store.glossary.save(draft("mener"))
    store.learning.set_status(["homme"], Status.IGNORED)
    before = statuses_for(analysis, store)
    changes = mark_rest_known(store, analysis, today=date(2025, 3, 10))
    after = statuses_for(analysis, store)
    assert {change.before for change in changes} == {Status.NEW}
    assert {change.after for change in changes} == {Status.KNOWN}
    assert "aller" in {change.lemma for change in changes}
    assert "paris" not in {change.lemma for change in changes}  # a name stays ignored
    for index, status in before.items():
        expected = Status.KNOWN if status is Status.NEW else status
        assert after[index] is expected
    assert store.learning.reading_days() == [date(2025, 3, 10)]
    store.learning.undo_status_changes(changes)
    assert statuses_for(analysis, store) == before
    assert store.learning.lemma_statuses() == {"mener": Status.LEARNING_1, "homme": Status.IGNORED}


def test_mark_the_rest_known_on_one_page(store: Database) -> None:
    analysis = analysed(TEXT)
    first_paragraph = [t.index for t in analysis.tokens if t.sentence < 2]
    changes = mark_rest_known(store, analysis, tokens=first_paragraph)
    statuses = statuses_for(analysis, store)
    assert statuses[token(analysis, "vais").index] is Status.KNOWN
    assert statuses[token(analysis, "mène").index] is Status.NEW
    assert statuses[token(analysis, "va").index] is Status.KNOWN  # aller, wherever it is
    assert len(changes) == len({c.lemma for c in changes})


# ---------------------------------------------------------------- the index


def test_applying_changes_equals_computing_again(store: Database) -> None:
    analysis = analysed(TEXT)
    index = StatusIndex(analysis)
    statuses = statuses_for(analysis, store, index)
    changes = store.learning.set_status(["aller", "Paris"], Status.KNOWN)
    repaint = index.apply(statuses, changes)
    assert statuses == statuses_for(analysis, store, index)
    assert repaint == index.tokens_of(["aller", "paris"])
    assert token(analysis, "vais").index in repaint
    undo = store.learning.undo_status_changes(changes)
    index.apply(statuses, undo)
    assert statuses == statuses_for(analysis, store, index)
    assert statuses[token(analysis, "Paris").index] is Status.IGNORED


# ---------------------------------------------------------------- counts


def test_article_stats(store: Database) -> None:
    analysis = analysed(TEXT)
    fresh = article_stats(analysis, store)
    assert fresh.words == len(analysis.words)
    assert fresh.known_words == 0 and fresh.known_share == 0.0
    assert fresh.new_lemmas == fresh.lemmas
    assert fresh.ignored_words == 2  # Paris, Marie
    store.learning.set_status(["aller"], Status.KNOWN)
    store.glossary.save(draft("mener"))
    stats = article_stats(analysis, store)
    goes = 5  # vais, irons, sont allés (two words), va
    assert stats.known_words == goes
    assert stats.known_share == pytest.approx(goes / (stats.words - 2))
    assert (stats.known_lemmas, stats.learning_lemmas) == (1, 1)
    assert stats.new_lemmas == fresh.new_lemmas - 2


def test_overall_stats(store: Database, clock: FixedClock) -> None:
    for day in range(3):
        store.glossary.save(draft(f"mot{day}"))
        if day == 2:
            store.glossary.save(draft("autre"))
        store.learning.record_reading(clock().date())
        clock.advance(days=1)
    store.learning.set_status(["aller", "venir"], Status.KNOWN)
    today = clock().date()  # nothing read yet today: the streak goes on from yesterday
    stats = overall_stats(store, today, days=7, tz=UTC)
    assert stats.known_lemmas == 2
    assert stats.learning_lemmas == 4
    assert stats.saved_words == 4
    assert stats.saved_per_day[-4:] == (
        (today - timedelta(days=3), 1),
        (today - timedelta(days=2), 1),
        (today - timedelta(days=1), 2),
        (today, 0),
    )
    assert len(stats.saved_per_day) == 7
    assert stats.saved_per_day_average == pytest.approx(4 / 7)
    assert (stats.streak, stats.longest_streak, stats.reading_days) == (3, 3, 3)
    assert overall_stats(store, today + timedelta(days=1), tz=UTC).streak == 0


def test_streaks() -> None:
    days = [date(2025, 1, d) for d in (1, 2, 3, 5, 6, 9, 9)]
    assert longest_streak(days) == 3
    assert current_streak(days, date(2025, 1, 9)) == 1
    assert current_streak(days, date(2025, 1, 7)) == 2
    assert current_streak(days, date(2025, 1, 8)) == 0
    assert current_streak([], date(2025, 1, 8)) == longest_streak([]) == 0


def test_saved_times_are_utc(store: Database, clock: FixedClock) -> None:
    store.glossary.save(draft("mener"))
    assert store.learning.saved_times() == [clock()]
    assert store.learning.saved_times(clock() + timedelta(seconds=1)) == []
    assert store.learning.saved_times(datetime(2025, 3, 10, 10, 0, tzinfo=UTC)) == []

"""`french-reader export|import-words|status|review|stats`: learning from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.cli.common import Subcommands, data_root, open_store, print_json
from reader.core.models import Status

if TYPE_CHECKING:
    from reader.core.store import Database

STATUS_SHORTCUTS = {str(level): Status(f"learning-{level}") for level in range(1, 6)}
SHOWN_SKIPPED = 3  # examples of the lines import-words left out


def add_learning_parsers(commands: Subcommands) -> None:
    _add_export(commands)

    words = commands.add_parser(
        "import-words", help="import a word list (CSV/TSV) or a Kindle vocab.db into the glossary"
    )
    words.add_argument("file", type=Path)
    words.add_argument("--tag", action="append", default=[], help="tag every word (repeatable)")
    words.set_defaults(command=import_word_list)

    status = commands.add_parser("status", help="show or set the status of a word's lemma")
    status.add_argument("word", help="a French word in any form: vais sets aller")
    status.add_argument(
        "status",
        nargs="?",
        type=parse_status,
        help="new, learning-1 ... learning-5 (or 1 ... 5), known, ignored; omit to show it",
    )
    status.add_argument("--lemma", action="store_true", help="take WORD as the lemma as is")
    status.set_defaults(command=word_status)

    _add_review(commands)

    stats = commands.add_parser("stats", help="progress overall, and in one text if given")
    stats.add_argument("file", type=Path, nargs="?")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(command=show_stats)


def _add_export(commands: Subcommands) -> None:
    # Loaded by this command only, not by every command.
    from reader.cli.speech import add_audio_options
    from reader.core.exports import DEFAULT_DECK, ExportFormat

    export = commands.add_parser(
        "export", help="export the glossary to Anki (.apkg or text), CSV or Quizlet"
    )
    export.add_argument("format", choices=[fmt.value for fmt in ExportFormat])
    export.add_argument("out", type=Path, help="the file to write")
    export.add_argument("--tag", help="only words with this tag")
    export.add_argument("--status", type=parse_status, help="only words with this status")
    export.add_argument("--source", help="only words met in this article (title or path)")
    export.add_argument(
        "--since", type=parse_since, help="only words saved on or after this date (YYYY-MM-DD)"
    )
    export.add_argument("--deck", default=DEFAULT_DECK, help=f"Anki deck (default {DEFAULT_DECK})")
    export.add_argument(
        "--reverse", action="store_true", help="Anki: an English -> French card too"
    )
    add_audio_options(export)
    export.set_defaults(command=export_words)


def _add_review(commands: Subcommands) -> None:
    review = commands.add_parser("review", help="review due words (FSRS)")
    actions = review.add_subparsers(title="actions", metavar="ACTION", required=True)
    due = actions.add_parser("due", help="list the words due for review")
    due.add_argument("--limit", type=int)
    due.add_argument("--json", action="store_true")
    due.add_argument("--now", type=parse_now, default=None, help=argparse.SUPPRESS)
    due.set_defaults(command=list_due)

    grade = actions.add_parser("grade", help="grade one word: again, hard, good or easy")
    grade.add_argument("entry", type=int, help="the entry's id (see review due)")
    grade.add_argument("grade", choices=["again", "hard", "good", "easy", "1", "2", "3", "4"])
    grade.add_argument("--now", type=parse_now, default=None, help=argparse.SUPPRESS)
    grade.set_defaults(command=grade_entry)

    session = actions.add_parser("start", help="review the due words one by one in the terminal")
    session.add_argument("--limit", type=int, default=50)
    session.set_defaults(command=review_session)


# ---------------------------------------------------------------- argument types


def parse_status(text: str) -> Status:
    value = text.strip().lower()
    if value in STATUS_SHORTCUTS:
        return STATUS_SHORTCUTS[value]
    try:
        return Status(value)
    except ValueError:
        names = ", ".join(status.value for status in Status)
        raise argparse.ArgumentTypeError(f"unknown status {text!r}: use {names}") from None


def parse_since(text: str) -> datetime:
    """A date is local midnight; a full ISO time without a zone is local time."""
    try:
        if len(text.strip()) == 10:
            return datetime.combine(date.fromisoformat(text.strip()), time()).astimezone()
        return datetime.fromisoformat(text.strip()).astimezone()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def parse_now(text: str) -> datetime:
    return parse_since(text)


def _now(args: argparse.Namespace) -> datetime:
    return getattr(args, "now", None) or datetime.now().astimezone()


# ---------------------------------------------------------------- commands


def export_words(args: argparse.Namespace) -> int:
    # Loaded by this command only, not by every command.
    from reader.cli.speech import audio_options
    from reader.core.exports import ExportFilter, export_glossary

    selection = ExportFilter(args.tag, args.status, args.source, args.since)
    audio = audio_options(args)
    with open_store(args) as store:
        result = export_glossary(
            store,
            args.format,
            args.out,
            selection=selection,
            deck=args.deck,
            reverse=args.reverse,
            audio=audio,
        )
    deck = f" (deck «{args.deck}»)" if args.format in ("anki", "tsv") else ""
    print(f"Exported {_count(result.count, 'word')} to {result.path}{deck}.")
    return 0


def import_word_list(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.learning import import_words

    with open_store(args) as store:
        result = import_words(store, args.file, tags=args.tag)
    print(
        f"Imported {_count(len(result.entries), 'word')} from {args.file}: {result.added} new, "
        f"{result.merged} added to entries you had."
    )
    if result.skipped:
        # A count and a few examples: a file of junk must not flood the terminal.
        shown = "; ".join(result.skipped[:SHOWN_SKIPPED])
        more = " …" if len(result.skipped) > SHOWN_SKIPPED else ""
        count = len(result.skipped)
        what = "1 line that is not a word" if count == 1 else f"{count:,} lines that are not words"
        print(f"Skipped {what}: {shown}{more}", file=sys.stderr)
    return 0


def word_status(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.learning import lemma_of

    lemma = args.word.strip() if args.lemma else lemma_of(args.word)
    with open_store(args) as store:
        if args.status is None:
            print(f"{lemma}: {store.learning.status_of(lemma).value}")
            return 0
        status = args.status
        changes = store.learning.set_status([lemma], status)
    before = changes[0].before.value if changes else status.value
    print(f"{lemma}: {before} -> {status.value}")
    return 0


def list_due(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers, FSRS and wordfreq's lists.
    from reader.core.learning import due_entries

    with open_store(args) as store:
        entries = due_entries(store, _now(args), limit=args.limit)
        cards = {entry.id: store.learning.card_state(entry.lemma) for entry in entries}
    dues = {key: None if card is None else card.due for key, card in cards.items()}
    if args.json:
        data = [
            {
                "id": entry.id,
                "lemma": entry.lemma,
                "translation": entry.translation,
                "status": entry.status.value,
                "due": None if (when := dues[entry.id]) is None else when.isoformat(),
            }
            for entry in entries
        ]
        print_json(data)
        return 0
    for entry in entries:
        card = cards[entry.id]
        due = "new" if card is None else card.due.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{entry.id:>4}  {entry.lemma} — {entry.translation}  ({entry.status.value}, {due})")
    if not entries:
        print("Nothing to review now.")
    return 0


def grade_entry(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers, FSRS and wordfreq's lists.
    from reader.core.learning import review

    with open_store(args) as store:
        outcome = review(store, args.entry, args.grade, _now(args))
    when = outcome.due.astimezone().strftime("%Y-%m-%d %H:%M")
    change = outcome.change
    print(
        f"{outcome.entry.lemma}: next review {when}; status {change.before.value} -> "
        f"{change.after.value}"
    )
    return 0


def review_session(args: argparse.Namespace) -> int:
    """Prompt, reveal on Enter, grade with 1-4 (again, hard, good, easy) or q to stop."""
    # Loaded by this command only: it brings the importers' parsers, FSRS and wordfreq's lists.
    from reader.core.exports import blanked
    from reader.core.learning import due_entries, grade, review

    done = 0
    with open_store(args) as store:
        for entry in due_entries(store, _now(args), limit=args.limit):
            context = entry.contexts[0] if entry.contexts else None
            print(f"\n{entry.lemma}" + (f"\n  {blanked(context)}" if context else ""))
            if _ask("  [Enter] to show the answer, q to stop: ") == "q":
                break
            print(f"  {entry.translation}\n  {entry.grammar}")
            if context:
                print(f"  « {context.sentence} »")
            answer = _ask("  1 again, 2 hard, 3 good, 4 easy (q to stop): ")
            while answer not in {"1", "2", "3", "4", "q"}:
                answer = _ask("  1, 2, 3, 4 or q: ")
            if answer == "q":
                break
            outcome = review(store, entry.id, grade(answer), _now(args))
            print(f"  -> {outcome.change.after.value}")
            done += 1
    print(f"\nReviewed {_count(done, 'word')}.")
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _ask(prompt: str) -> str:
    try:
        return input(prompt).strip().lower()
    except EOFError:
        return "q"


def show_stats(args: argparse.Namespace) -> int:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.learning import overall_stats

    with open_store(args) as store:
        article = _article_stats(args, store) if args.file else None
        overall = overall_stats(store)
    data: dict[str, Any] = {
        "known_lemmas": overall.known_lemmas,
        "learning_lemmas": overall.learning_lemmas,
        "saved_words": overall.saved_words,
        "saved_per_day": overall.saved_per_day_average,
        "streak": overall.streak,
        "longest_streak": overall.longest_streak,
    }
    if article is not None:
        data["article"] = article
    if args.json:
        print_json(data)
        return 0
    if article is not None:
        print(
            f"{args.file}: {article['words']} words, {article['lemmas']} lemmas, "
            f"{article['new_lemmas']} new, {article['known_share']:.0%} of the words known"
        )
    recent = sum(count for _, count in overall.saved_per_day)
    print(
        f"Known lemmas: {overall.known_lemmas}; learning: {overall.learning_lemmas}; "
        f"saved words: {overall.saved_words} ({overall.saved_per_day[-1][1]} today, "
        f"{recent} in the last {len(overall.saved_per_day)} days); "
        f"reading streak: {_count(overall.streak, 'day')} (longest {overall.longest_streak})"
    )
    return 0


def _article_stats(args: argparse.Namespace, store: Database) -> dict[str, Any]:
    # Loaded by this command only: it brings the importers' parsers and wordfreq's lists.
    from reader.core.analysis import AnalysisCache, analyse_cached
    from reader.core.articles import load_article
    from reader.core.learning import article_stats
    from reader.core.paths import cache_dir

    article = load_article(args.file)
    analysis = analyse_cached(article.text, AnalysisCache(cache_dir(data_root(args))))
    stats = article_stats(analysis, store)
    return {
        "words": stats.words,
        "lemmas": stats.lemmas,
        "new_lemmas": stats.new_lemmas,
        "learning_lemmas": stats.learning_lemmas,
        "known_lemmas": stats.known_lemmas,
        "known_share": stats.known_share,
    }

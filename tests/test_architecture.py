"""The package's shape, checked: no import cycle anywhere in reader/ (function-local and
TYPE_CHECKING imports included), no folder of more than 15 modules, every module says what it
owns, each package's public surface is what it claims, and importing the window or the command
line leaves spaCy and genanki unloaded (the deferred imports are what keeps them out)."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.paths import ROOT

PACKAGE = ROOT / "reader"
MAX_MODULES = 15
HEAVY = ("spacy", "genanki")
# Not needed before the learner imports a file or asks for a word's frequency or a cognate.
FIRST_SCREEN_HEAVY = (
    "wordfreq",
    "trafilatura",
    "pypdf",
)  # Built after the window's first page is painted (app.launch, MainWindow.build).
AFTER_FIRST_PAINT = (
    "multiprocessing",
    "sqlite3",
    "reader.ui.common.tasks",
    "reader.ui.reading.word_panel",
    "reader.ui.glossary.view",
    "reader.ui.learning.review_view",
    "reader.ui.library.features",
    "reader.core.files",
    "reader.core.importers",
    "reader.core.dictionaries.lexicon",
    "reader.core.store.database",
    "reader.core.speech.espeak",
    "reader.core.models",  # its dataclasses: ~10 ms
    "platformdirs",  # ~5 ms: the data folder is given, or found by the command line
    "datetime",
    "dataclasses",
    "reader.ui.menus",
)
# Screens and dialogs the first screen does not show: built, and imported, on first use.
DEFERRED_UI = (
    "reader.ui.library.library_view",
    "reader.ui.library.lists_view",
    "reader.ui.translation.models_dialog",
    "reader.ui.translation.dictionaries_dialog",
    "reader.ui.translation.paragraph_dialog",
    "reader.ui.glossary.contexts_dialog",
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(path: Path, names: set[str]) -> Iterator[str]:
    """Every reader module this file imports, wherever the import stands (in a function,
    under TYPE_CHECKING): `from a.b import c` is a.b.c when that is a module, else a.b."""
    package = (
        module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    )
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in names:
                target = target.rpartition(".")[0]
            if target:
                yield target


def import_graph() -> dict[str, set[str]]:
    found = modules()
    names = set(found)
    return {name: set(imported(path, names)) - {name} for name, path in found.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_import_graph_has_no_cycle() -> None:
    graph = import_graph()
    assert len(graph) > 150  # the whole package was read
    assert cycles(graph) == []


def test_the_cycle_finder_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]


def test_no_folder_holds_more_than_15_modules() -> None:
    folders = {path.parent for path in PACKAGE.rglob("*.py")}
    crowded = {
        str(folder.relative_to(ROOT)): count
        for folder in folders
        if (count := len(list(folder.glob("*.py")))) > MAX_MODULES
    }
    assert crowded == {}


def test_every_module_says_what_it_owns() -> None:
    silent = [
        name
        for name, path in modules().items()
        if not ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert silent == []


def lazy_packages() -> list[str]:
    return [name for name, path in modules().items() if "_EXPORTS = {" in path.read_text()]


@pytest.mark.parametrize("name", lazy_packages())
def test_a_public_surface_is_what_it_claims(name: str) -> None:
    """Each name comes from the module the table gives (the same object), the type checker
    sees the same names, and no name is also a submodule's (it would shadow it)."""
    package = importlib.import_module(name)
    table: dict[str, str] = package._EXPORTS
    source = ast.parse(modules()[name].read_text(encoding="utf-8"))
    checked = {
        alias.asname: f"{node.module}.{alias.name}"
        for node in ast.walk(source)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.asname
    }
    assert checked == {key: f"{name}.{module}.{key}" for key, module in table.items()}
    folder = modules()[name].parent
    submodules = {path.stem for path in folder.glob("*.py")} | {
        path.parent.name for path in folder.glob("*/__init__.py")
    }
    assert not set(table) & submodules
    for key, module in table.items():
        assert getattr(package, key) is getattr(importlib.import_module(f"{name}.{module}"), key)
    with pytest.raises(AttributeError, match="no attribute"):
        _ = package.not_a_public_name


def loaded_after(code: str, heavy: tuple[str, ...] = HEAVY) -> list[str]:
    """The heavy libraries a fresh interpreter has loaded after running code."""
    script = (
        f"{code}\nimport json, sys\nprint(json.dumps([m for m in {heavy!r} if m in sys.modules]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout.splitlines()[-1])
    return loaded


@pytest.mark.parametrize(
    "code",
    [
        "import reader.ui.main_window",
        "import reader.ui.app",
        "import reader.cli",
        "from reader.cli.commands import build_parser; build_parser()",
    ],
)
def test_the_window_and_the_command_line_start_without_spacy_or_genanki(code: str) -> None:
    assert loaded_after(code) == []


def test_the_window_starts_without_the_importers_parsers_or_word_frequencies() -> None:
    """Issue 14: the first screen imports only what it shows (each of these costs 0.2-0.6 s)."""
    code = "import reader.ui.app, reader.ui.main_window"
    assert loaded_after(code, FIRST_SCREEN_HEAVY) == []


def test_the_window_starts_without_the_screens_it_does_not_show() -> None:
    """Issue 14: the Library and Lists tabs are built, and their modules imported, when first
    shown (ui/library/features.py); the translation and contexts dialogs when first opened."""
    code = "import reader.ui.app, reader.ui.main_window"
    assert loaded_after(code, DEFERRED_UI) == []


def test_the_first_page_paints_before_the_rest_of_the_window_is_imported() -> None:
    """Issue 14: app.launch shows the reading view with the file's text, and imports the
    task runner, the spaCy process's multiprocessing, the other screens, the card and the
    core's packages behind them only after that first paint (MainWindow.build)."""
    code = (
        "import tempfile\nfrom pathlib import Path\nfrom reader.core.paths import seeds_dir\n"
        "from reader.ui.app import create_application, launch\n"
        "app = create_application()\n"
        "window = launch(next(seeds_dir().glob('*.txt')), Path(tempfile.mkdtemp()))\n"
        "assert not window.is_built and not window.reading_view.document().isEmpty()"
    )
    assert loaded_after(code, AFTER_FIRST_PAINT) == []


def test_the_cards_dictionaries_load_without_wordfreq() -> None:
    """Issue 14: the card's Glosser, warmed up, reads the app's copy of wordfreq's English
    frequencies (~0.07 s), not wordfreq's own lists (~0.3 s)."""
    code = "from reader.ui.reading.card_glosser import make_glosser\nmake_glosser(None)"
    assert loaded_after(code, ("wordfreq",)) == []


def test_the_check_sees_a_heavy_library_when_one_is_loaded() -> None:
    assert loaded_after("import genanki") == ["genanki"]


def test_a_plain_text_import_loads_no_other_formats_parser() -> None:
    """Issue 14: opening the first article (plain text) must not wait for the web-page, EPUB
    and PDF parsers' libraries (~1 s of imports)."""
    code = (
        "from pathlib import Path\nfrom reader.core.importers import import_file\n"
        "from reader.core.articles import sample_article_path\n"
        "import_file(sample_article_path())"
    )
    assert loaded_after(code, ("trafilatura", "pypdf", "ebooklib")) == []


def test_opening_the_first_article_in_the_window_loads_no_analyser_nor_wordfreq() -> None:
    """Issue 14: what the window's database thread does before the article shows (import
    it, language check left for later, open it) loads neither the analyser (it runs in the
    worker) nor wordfreq, nor any other format's parser."""
    code = (
        "import tempfile\nfrom pathlib import Path\nfrom reader.core.store import Database\n"
        "from reader.core.library import import_or_find, open_text\n"
        "from reader.core.articles import sample_article_path\n"
        "store = Database.open_in(Path(tempfile.mkdtemp()))\n"
        "found = import_or_find(store, sample_article_path(), check_language=False)\n"
        "open_text(store, found.record.id)"
    )
    heavy = ("reader.core.analysis.analyser", "wordfreq", "trafilatura", "pypdf", "ebooklib")
    assert loaded_after(code, heavy) == []

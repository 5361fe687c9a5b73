"""Argos models and machine translation through the core, with a tiny real model, offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from reader.core.errors import Cancelled
from reader.core.lookup.card import Glosser
from reader.core.models import TranslationSource
from reader.core.translation import translate as translation
from reader.core.translation.argos import (
    MODEL_FILE,
    NoNetworkError,
    TranslationModelError,
    argos_package,
    find_model,
    list_models,
    models_dir,
    remove_model,
    set_models_dir,
)
from reader.core.translation.cache import TranslationCache
from reader.core.translation.download import NO_NETWORK, download_model
from reader.core.translation.install import install_model
from reader.core.translation.translate import (
    MachineTranslator,
    is_machine,
    machine_words,
    split_sentences,
    translate_sentence,
    translate_text,
)
from tests.argos_fixture import ANSWER, OTHER_ANSWER, Network, pack

# Argos reads its folders at its first import: never the real home folders in tests.
pytestmark = pytest.mark.usefixtures("argos_environment")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def installed(root: Path, tiny_model: Path, no_network: Network) -> Path:
    install_model(root, tiny_model)
    return root


def leftovers(root: Path) -> list[str]:
    return sorted(path.name for path in models_dir(root).iterdir())


# --- install, list, remove ----------------------------------------------------------------------


def test_install_list_and_remove(root: Path, tiny_model: Path, no_network: Network) -> None:
    assert list_models(root) == []
    progress: list[tuple[int, int]] = []
    model = install_model(
        root, tiny_model, report=lambda done, total: progress.append((done, total))
    )
    assert model.name == "translate-fr_en-tiny"
    assert model.path == root / "translation-models" / "translate-fr_en-tiny"
    assert (model.from_code, model.to_code, model.package_version) == ("fr", "en", "1.0")
    assert model.size > 0 and model.is_french_english
    assert progress[-1][0] == progress[-1][1] > 0
    assert list_models(root) == [model]
    assert find_model(root) == model
    assert remove_model(root, "translate-fr_en-tiny") == model
    assert list_models(root) == []
    assert leftovers(root) == []


def test_models_stay_in_the_data_folder_and_argos_is_pointed_there(
    installed: Path, argos_environment: Path
) -> None:
    settings = sys.modules["argostranslate.settings"]
    assert Path(settings.package_data_dir) == models_dir(installed)
    assert settings.package_dirs == [models_dir(installed)]
    assert not list((argos_environment / "packages").glob("*"))
    # The import borrowed the XDG variables and gave them back (platformdirs reads them too).
    assert os.environ["XDG_DATA_HOME"] == str(argos_environment / "xdg_data_home")


def test_argos_itself_sees_the_installed_package(installed: Path) -> None:
    """The folder is a valid Argos packages folder: Argos's own listing reads it."""
    packages = argos_package(installed).get_installed_packages()
    assert [(p.from_code, p.to_code) for p in packages] == [("fr", "en")]


def test_reinstalling_replaces_the_model(
    installed: Path, other_package: Path, tmp_path: Path
) -> None:
    newer = pack(other_package, tmp_path / "newer.argosmodel", metadata={"package_version": "1.1"})
    # Same folder name inside: the tiny builder names both translate-fr_en-tiny.
    model = install_model(installed, newer)
    assert model.package_version == "1.1"
    assert [m.package_version for m in list_models(installed)] == ["1.1"]
    assert leftovers(installed) == ["translate-fr_en-tiny"]


def test_another_models_folder(
    root: Path, tiny_model: Path, tmp_path: Path, no_network: Network
) -> None:
    """The learner may point the app at an existing Argos packages folder."""
    shared = tmp_path / "shared-argos-packages"
    assert set_models_dir(root, shared) == shared.resolve()
    install_model(root, tiny_model)
    assert (shared / "translate-fr_en-tiny" / "metadata.json").is_file()
    assert translate_text(root, "Bonjour.").translation == ANSWER
    assert set_models_dir(root, None) == root / "translation-models"
    assert list_models(root) == []


def test_stray_folders_are_not_models(installed: Path) -> None:
    (models_dir(installed) / "notes").mkdir()
    (models_dir(installed) / ".installing-left-by-a-crash").mkdir()
    assert [m.name for m in list_models(installed)] == ["translate-fr_en-tiny"]


def test_remove_unknown_model(installed: Path) -> None:
    with pytest.raises(TranslationModelError, match=r"No translation model named «nope».*tiny"):
        remove_model(installed, "nope")


# --- broken packages: a clear message each, nothing installed -----------------------------------


def _flat(package: Path, file: Path) -> Path:
    return pack(package, file, flat=True)


def _two_folders(package: Path, file: Path) -> Path:
    pack(package, file)
    with zipfile.ZipFile(file, "a") as archive:
        archive.writestr("other/readme.txt", "x")
    return file


def _truncated(package: Path, file: Path) -> Path:
    pack(package, file)
    file.write_bytes(file.read_bytes()[:-2000])
    return file


def _damaged_weights(package: Path, file: Path) -> Path:
    with zipfile.ZipFile(file, "w") as archive:
        for path in sorted(package.rglob("*")):
            if path.is_file():
                name = f"{package.name}/{path.relative_to(package).as_posix()}"
                data = b"not a model" * 10 if path.name == "model.bin" else path.read_bytes()
                archive.writestr(name, data)
    return file


def _not_a_zip(package: Path, file: Path) -> Path:
    file.write_text("hello", encoding="utf-8")
    return file


BROKEN = {
    "not a zip": (_not_a_zip, "not a valid Argos model"),
    "truncated zip": (_truncated, "broken or incomplete|damaged"),
    "no top folder": (_flat, "should hold one folder"),
    "two folders": (_two_folders, "exactly one folder"),
    "no metadata": (lambda p, f: pack(p, f, omit=("metadata.json",)), "metadata.json is missing"),
    "wrong pair": (
        lambda p, f: pack(p, f, metadata={"from_code": "de", "from_name": "German"}),
        "translates German → English; the app needs a French → English model",
    ),
    "English to French": (
        lambda p, f: pack(p, f, metadata={"from_code": "en", "to_code": "fr"}),
        "needs a French → English model",
    ),
    "other Argos version": (
        lambda p, f: pack(p, f, metadata={"argos_version": "2.0"}),
        "built for Argos Translate 2.0, but the app has 1.",
    ),
    "newer Argos version": (
        lambda p, f: pack(p, f, metadata={"argos_version": "1.99"}),
        "built for Argos Translate 1.99",
    ),
    "no weights": (lambda p, f: pack(p, f, omit=("model/model.bin",)), "incomplete: .*model.bin"),
    "no tokenizer": (
        lambda p, f: pack(p, f, omit=("sentencepiece.model",)),
        "incomplete: .*sentencepiece.model",
    ),
    "damaged weights": (_damaged_weights, "cannot be loaded by this app"),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_packages_install_nothing(
    case: str, root: Path, tiny_package: Path, tmp_path: Path, no_network: Network
) -> None:
    build, message = BROKEN[case]
    file = build(tiny_package, tmp_path / "model.argosmodel")
    with pytest.raises(TranslationModelError, match=message) as raised:
        install_model(root, file)
    assert "Traceback" not in str(raised.value)
    assert list_models(root) == []
    assert leftovers(root) == []


def test_missing_file(root: Path, tmp_path: Path) -> None:
    with pytest.raises(TranslationModelError, match="does not exist"):
        install_model(root, tmp_path / "nowhere.argosmodel")


def test_a_broken_package_leaves_the_installed_one(
    installed: Path, tiny_package: Path, tmp_path: Path
) -> None:
    file = pack(tiny_package, tmp_path / "v2.argosmodel", metadata={"argos_version": "2.0"})
    with pytest.raises(TranslationModelError):
        install_model(installed, file)
    assert [m.package_version for m in list_models(installed)] == ["1.0"]
    assert translate_text(installed, "Bonjour.").translation == ANSWER


def test_cancelled_install_installs_nothing(
    root: Path, tiny_model: Path, no_network: Network
) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        install_model(root, tiny_model, cancel=cancel)
    assert list_models(root) == [] and leftovers(root) == []


# --- translation --------------------------------------------------------------------------------


def test_translate_text_offline_and_marked(installed: Path) -> None:
    result = translate_text(installed, "Le chat dort. Il fait beau aujourd'hui !")
    assert result.translation == f"{ANSWER} {ANSWER}"
    assert result.model == "Argos French → English 1.0"
    assert result.origin == "machine translation (Argos French → English 1.0)"
    assert not result.cached
    # Argos's own translate module (and its MiniSBD splitter, which downloads) is never used.
    assert "argostranslate.translate" not in sys.modules
    assert "minisbd" not in sys.modules


def test_paragraphs_keep_their_lines(installed: Path) -> None:
    result = translate_text(installed, "Bonjour. Ça va ?\n\nOui.\n")
    assert result.translation == f"{ANSWER} {ANSWER}\n\n{ANSWER}"


def test_translate_sentence_for_the_word_card(installed: Path) -> None:
    result = translate_sentence(installed, "Les consultations ont été menées dans la ville.")
    assert result.translation == ANSWER
    assert result.text == "Les consultations ont été menées dans la ville."


def test_second_translation_comes_from_the_disk_cache(installed: Path) -> None:
    text = "La ville est grande."
    assert not translate_text(installed, text).cached
    translation.forget_loaded_models()
    again = translate_text(installed, text)
    assert again.cached and again.translation == ANSWER
    assert not translation._ENGINES, "a cache hit must not load the model"
    cache = TranslationCache.in_data_dir(installed)
    assert len(cache) == 1
    assert (installed / "cache" / "translations.sqlite3").is_file()


def test_no_cache_translates_again(installed: Path) -> None:
    translator = MachineTranslator.open(installed, cache=False)
    assert not translator.translate("Bonjour.").cached
    assert not translator.translate("Bonjour.").cached


def test_the_cache_is_keyed_by_model(installed: Path, other_package: Path, tmp_path: Path) -> None:
    assert translate_text(installed, "Bonjour.").translation == ANSWER
    newer = pack(other_package, tmp_path / "newer.argosmodel", metadata={"package_version": "1.1"})
    install_model(installed, newer)
    result = translate_text(installed, "Bonjour.")
    assert (result.translation, result.cached) == (OTHER_ANSWER, False)


def test_progress_and_cancel(installed: Path) -> None:
    progress: list[tuple[int, int]] = []
    MachineTranslator.open(installed).translate(
        "Un. Deux. Trois.", report=lambda d, t: progress.append((d, t))
    )
    assert progress[0] == (0, 3) and progress[-1] == (3, 3)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        MachineTranslator.open(installed).translate("Quatre. Cinq.", cancel=cancel)


def test_no_model_says_how_to_get_one(root: Path) -> None:
    with pytest.raises(
        TranslationModelError, match="No French → English translation model"
    ) as raised:
        translate_text(root, "Bonjour.")
    # The exact model, and how to install it.
    assert MODEL_FILE in str(raised.value) and "Install Translation Model" in str(raised.value)
    assert machine_words(root) is None


def test_word_fallback_translates_lemma_and_form(installed: Path) -> None:
    hook = machine_words(installed)
    assert hook is not None
    found = hook("mener", "menées")
    assert found is not None and is_machine(found)
    assert found.senses == ("Hello world", "menées: Hello world")
    assert found.source is TranslationSource.MACHINE
    only_lemma = hook("chat", "Chat")
    assert only_lemma is not None and only_lemma.senses == ("Hello world",)


def test_glosser_uses_the_model_when_no_dictionary_knows_the_word(installed: Path) -> None:
    glosser = Glosser(None, machine=machine_words(installed))
    found = glosser.translations("zorglubisme", "zorglubisme", "NOUN")
    assert found and is_machine(found[0])
    known = glosser.translations("maison", "maison", "NOUN")
    assert known and not any(is_machine(t) for t in known)


# --- sentences ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Le chat dort. Il fait beau.", ["Le chat dort.", "Il fait beau."]),
        ("M. Dupont est là. Mme Roux aussi.", ["M. Dupont est là.", "Mme Roux aussi."]),
        ("Vraiment\u00a0? Oui\u00a0! Bien.", ["Vraiment\u00a0?", "Oui\u00a0!", "Bien."]),
        ("« Tu viens ? » demanda-t-il. Non.", ["« Tu viens ? » demanda-t-il.", "Non."]),
        (
            "Il a dit : « C'est fini. » Puis il est parti.",
            ["Il a dit : « C'est fini. »", "Puis il est parti."],
        ),
        ("Il mesure 3.5 m. Ensuite, rien.", ["Il mesure 3.5 m.", "Ensuite, rien."]),
        ("J. K. Rowling écrit. Voilà.", ["J. K. Rowling écrit.", "Voilà."]),
        ("Voir p. 12 et la suite… Fin.", ["Voir p. 12 et la suite…", "Fin."]),
        ("aujourd'hui, c'est-à-dire demain", ["aujourd'hui, c'est-à-dire demain"]),
        ("  ", []),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


# --- download -----------------------------------------------------------------------------------


def _index(tmp_path: Path, entries: list[dict[str, object]]) -> str:
    path = tmp_path / "index.json"
    path.write_text(json.dumps(entries), encoding="utf-8")
    return path.as_uri()


def _entry(model: Path, **changes: object) -> dict[str, object]:
    return {
        "type": "translate",
        "from_code": "fr",
        "to_code": "en",
        "package_version": "1.0",
        "argos_version": "1.9",
        "links": [model.as_uri()],
        **changes,
    }


def test_download_without_network_says_so(root: Path, offline: Network) -> None:
    with pytest.raises(NoNetworkError) as raised:
        download_model(root, index="https://example.invalid/index.json", timeout=2)
    assert str(raised.value) == NO_NETWORK
    assert str(raised.value).startswith("no network: download the model on another computer")
    assert offline.attempts, "the download must have tried (and failed) to connect"
    assert list_models(root) == [] and leftovers(root) == []


def test_download_from_an_index(
    root: Path, tiny_model: Path, tmp_path: Path, no_network: Network
) -> None:
    """file:// links exercise the whole download path without a network."""
    entries = [
        _entry(tiny_model, from_code="de"),
        _entry(tiny_model, package_version="9.0", argos_version="2.0"),
        _entry(tiny_model),
    ]
    progress: list[tuple[int, int]] = []
    model = download_model(
        root, index=_index(tmp_path, entries), report=lambda d, t: progress.append((d, t))
    )
    assert model.name == "translate-fr_en-tiny"
    assert progress and progress[-1][0] == progress[-1][1]
    assert leftovers(root) == ["translate-fr_en-tiny"]


def test_download_cancelled(
    root: Path, tiny_model: Path, tmp_path: Path, no_network: Network
) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        download_model(root, index=_index(tmp_path, [_entry(tiny_model)]), cancel=cancel)
    assert list_models(root) == [] and leftovers(root) == []


def test_index_without_a_model_for_this_argos(root: Path, tiny_model: Path, tmp_path: Path) -> None:
    index = _index(tmp_path, [_entry(tiny_model, argos_version="2.0")])
    with pytest.raises(
        TranslationModelError, match="no French → English model for Argos Translate"
    ):
        download_model(root, index=index)


# --- lazy import --------------------------------------------------------------------------------


def test_importing_the_core_does_not_import_argos() -> None:
    code = (
        "import sys, reader.core.translation.translate, reader.core.lookup.card,"
        " reader.core.dictionaries.registry;"
        "print([m for m in ('argostranslate', 'ctranslate2', 'sentencepiece') if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"

"""`french-reader models`, `translate`, `dict` and `lookup` as a person or a script uses them,
with the network blocked (any attempt fails the test)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.argos_fixture import ANSWER, Network, pack
from tests.cli.helpers import run
from tests.paths import DATA as TEST_DATA

# Argos reads its folders at its first import: never the real home folders in tests.
pytestmark = pytest.mark.usefixtures("argos_environment")


DATA = TEST_DATA / "dictionaries"


def test_models_install_list_translate_remove(
    capsys: pytest.CaptureFixture[str],
    data: Path,
    tiny_model: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_network: Network,
) -> None:
    code, out, _ = run(capsys, data, "models", "list")
    assert code == 0 and "No translation model installed" in out

    code, out, _ = run(capsys, data, "models", "install", str(tiny_model))
    assert code == 0 and "Installed translate-fr_en-tiny" in out

    code, out, _ = run(capsys, data, "models", "list", "--json")
    (model,) = json.loads(out)
    assert (model["name"], model["from_code"], model["to_code"]) == (
        "translate-fr_en-tiny",
        "fr",
        "en",
    )
    assert model["path"].startswith(str(data / "translation-models"))

    code, out, err = run(capsys, data, "translate", "Le chat dort. Il fait beau.")
    assert (code, out) == (0, f"{ANSWER} {ANSWER}\n")
    assert "machine translation" in err

    monkeypatch.setattr("sys.stdin", io.StringIO("Bonjour tout le monde.\n"))
    code, out, _ = run(capsys, data, "translate", "-", "--json")
    result = json.loads(out)
    assert (result["translation"], result["cached"]) == (ANSWER, False)
    assert result["origin"].startswith("machine translation")

    code, out, _ = run(capsys, data, "translate", "Bonjour tout le monde.", "--json")
    assert json.loads(out)["cached"] is True

    code, out, _ = run(capsys, data, "models", "remove", "translate-fr_en-tiny")
    assert code == 0 and "Removed" in out
    code, _, err = run(capsys, data, "translate", "Bonjour.")
    assert code == 7 and "No French → English translation model" in err


def test_broken_model_file(
    capsys: pytest.CaptureFixture[str],
    data: Path,
    tiny_package: Path,
    tmp_path: Path,
    no_network: Network,
) -> None:
    wrong = pack(tiny_package, tmp_path / "de.argosmodel", metadata={"from_code": "de"})
    code, out, err = run(capsys, data, "models", "install", str(wrong))
    assert code == 7 and out == ""
    assert "needs a French → English model" in err and "Traceback" not in err
    code, out, _ = run(capsys, data, "models", "list", "--json")
    assert json.loads(out) == []


def test_download_offline(capsys: pytest.CaptureFixture[str], data: Path, offline: Network) -> None:
    code, _, err = run(
        capsys, data, "models", "download", "--index", "https://example.invalid/", "--timeout", "2"
    )
    assert code == 8
    assert "no network: download the model on another computer" in err
    assert "File ▸ Install translation model" in err


def test_models_folder(capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path) -> None:
    assert run(capsys, data, "models", "folder")[1].strip() == str(data / "translation-models")
    assert (
        str(tmp_path / "argos") in run(capsys, data, "models", "folder", str(tmp_path / "argos"))[1]
    )
    assert str(data / "translation-models") in run(capsys, data, "models", "folder", "--default")[1]


def test_translate_needs_text(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, _, err = run(capsys, data, "translate", "  ")
    assert code == 3 and "Give French text" in err


def test_dict_import_list_order_disable_remove(
    capsys: pytest.CaptureFixture[str], data: Path, no_network: Network
) -> None:
    code, out, _ = run(
        capsys, data, "dict", "import", str(DATA / "words.csv"), "--name", "Mes mots"
    )
    assert code == 0 and "Imported «Mes mots» (csv): 5 entries" in out
    code, out, _ = run(
        capsys, data, "dict", "import", str(DATA / "freedict-sample.index"), "--json"
    )
    assert json.loads(out)["format"] == "dictd"

    code, out, _ = run(capsys, data, "dict", "list")
    assert out.splitlines() == [
        " 1. Mes mots  [csv, 5 entries]",
        " 2. Sample French-English FreeDict Dictionary  [dictd, 5 entries]",
        " 3. French–English lexicon  [bundled, bundled]",
    ]

    code, out, _ = run(capsys, data, "lookup", "maison")
    assert code == 0
    lines = out.splitlines()
    assert lines[1].startswith("  [Mes mots] house; home")
    assert lines[2].startswith("  [Sample French-English FreeDict Dictionary] house; home")
    assert lines[3].startswith("  [French–English lexicon] ")

    code, out, _ = run(capsys, data, "dict", "order", "French–English lexicon")
    assert out.splitlines()[0] == " 1. French–English lexicon"
    code, out, _ = run(capsys, data, "dict", "disable", "mes mots")
    assert code == 0 and "«Mes mots» disabled" in out
    code, out, _ = run(capsys, data, "lookup", "maison", "--json")
    origins = [t["origin"] for t in json.loads(out)["translations"]]
    assert origins == [
        "French–English lexicon",
        "French–English lexicon, via other languages",  # senses only pivots give
        "Sample French-English FreeDict Dictionary",
    ]
    code, out, _ = run(capsys, data, "dict", "enable", "Mes mots")
    assert code == 0

    code, out, _ = run(capsys, data, "dict", "remove", "Mes mots")
    assert code == 0 and "Removed «Mes mots»" in out
    code, out, _ = run(capsys, data, "dict", "list", "--json")
    assert [d["name"] for d in json.loads(out)] == [
        "French–English lexicon",
        "Sample French-English FreeDict Dictionary",
    ]


def test_dict_import_broken_file(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, err = run(capsys, data, "dict", "import", str(DATA / "kaikki-truncated.jsonl"))
    assert code == 5 and out == ""
    assert "truncated" in err and "Traceback" not in err
    code, _, err = run(capsys, data, "dict", "remove", "French–English lexicon")
    assert code == 5 and "disable it instead" in err

"""`french-reader say|voices` and `export anki --audio`, with the real espeak-ng, and with no
speech engine on the PATH (a clear one-line message, exit code 1)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
import soundfile

from tests.cli.helpers import run


@pytest.fixture
def no_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty-path"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


def test_voices_lists_the_french_voices(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    code, out, _ = run(capsys, data, "voices")
    assert code == 0
    assert "roa/fr\tFrench (France)" in out.splitlines()
    assert not any(line.startswith("mb/") for line in out.splitlines())  # no mbrola program


@pytest.mark.parametrize("suffix", [".wav", ".mp3"])
def test_say_writes_french_speech_to_a_file(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"phrase{suffix}"
    code, printed, _ = run(
        capsys, data, "say", "Aujourd’hui, l’homme s’est levé.", "--out", str(out)
    )
    assert code == 0 and printed == f"Wrote {out}.\n"
    samples, rate = soundfile.read(out)
    assert rate == 22050 and len(samples) > rate  # more than a second of speech


def test_say_slower_is_longer(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    run(capsys, data, "say", "Il fait beau.", "--out", str(tmp_path / "a.wav"), "--rate", "100")
    run(capsys, data, "say", "Il fait beau.", "--out", str(tmp_path / "b.wav"), "--rate", "300")
    slow, fast = (soundfile.info(tmp_path / name).frames for name in ("a.wav", "b.wav"))
    assert slow > 1.5 * fast


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (["say", "bonjour", "--voice", "xx/none", "--out", "x.wav"], 1, "voice is not installed"),
        (["say", "   "], 1, "Nothing to say"),
        (["say", "bonjour", "--out", "x.ogg"], 3, "give a .wav or .mp3 file name"),
    ],
)
def test_say_bad_input_is_one_clear_line(
    capsys: pytest.CaptureFixture[str],
    data: Path,
    args: list[str],
    exit_code: int,
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, data, *args)
    assert code == exit_code and out == ""
    assert err.count("\n") == 1 and message in err


def test_without_an_engine_every_speech_command_says_how_to_add_one(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, no_engine: None
) -> None:
    for args in (["voices"], ["say", "bonjour"], ["say", "bonjour", "--out", "x.wav"]):
        code, out, err = run(capsys, data, *args)
        assert code == 1 and out == ""
        assert err == (
            "french-reader: No French voice is installed: install espeak-ng with your package "
            "manager (sudo apt install espeak-ng), then try again.\n"
        )


def test_export_anki_with_audio(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    run(capsys, data, "glossary", "add", "menées", "--sentence", "Les enquêtes ont été menées.")
    out = tmp_path / "mots.apkg"
    code, printed, err = run(capsys, data, "export", "anki", str(out), "--audio", "--rate", "120")
    assert code == 0 and printed.startswith("Exported 1 word"), err
    with zipfile.ZipFile(out) as package:
        media = json.loads(package.read("media"))
        assert len(media) == 2 and all(name.endswith(".mp3") for name in media.values())
    code, _, err = run(capsys, data, "export", "csv", str(tmp_path / "m.csv"), "--audio")
    assert code == 1 and "--audio works with Anki packages only" in err

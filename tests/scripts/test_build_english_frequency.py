"""scripts/build_english_frequency.py: the installed wordfreq gives the committed bytes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.paths import ROOT

SCRIPT = ROOT / "scripts" / "build_english_frequency.py"


def test_the_build_gives_the_committed_files(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_english_frequency", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.main(["--output", str(tmp_path)]) == 0
    committed = ROOT / "resources" / "english"
    for name in ("en.zipf.tsv", "en.zipf.LICENSE.txt", "SOURCE.txt"):
        assert (tmp_path / name).read_bytes() == (committed / name).read_bytes(), name

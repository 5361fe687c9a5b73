"""Machine translation with the tiny test model: first translation, per sentence, cache hits.

The tiny model (tests/argos_fixture.py) is built, installed from its .argosmodel file, and
timed: a fresh process's first translation (imports + model load) against a fresh process
that only starts Python and imports the core; then, in this process, the model load, one
sentence without the cache against CTranslate2 alone on the same tokens (the floor), and a
cache hit. A real fr→en model is ~100 MB: its load and per-sentence times are far higher
(third-party figures: 1–3 s to load, a few hundred ms per sentence on a CPU), so read the
ratios, not the absolute numbers, as what the app adds.

    .venv/bin/python -m benchmarks.translation_speed
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import median, percentile, report
from reader.core.translation import translate as translation
from reader.core.translation.install import install_model
from reader.core.translation.translate import MachineTranslator
from tests.argos_fixture import build_package, pack

XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")
SENTENCES = [f"Le chat numéro {n} dort sur le canapé de la maison." for n in range(200)]
COLD = (
    "import sys, time; start = time.perf_counter(); {imports}; print(time.perf_counter() - start)"
)
FIRST = (
    "from pathlib import Path; from reader.core.translation.translate import MachineTranslator; "
    "MachineTranslator.open(Path(sys.argv[1]), cache=False).translate('Le chat dort.')"
)


def fresh_process(imports: str, root: Path, runs: int = 3) -> float:
    """The best of a few fresh interpreters: Python's own start-up is not counted.

    Argos creates its folders under the XDG ones at import: keep them in the temporary folder.
    """
    code = COLD.format(imports=imports)
    home = root.parent / "argos-home"
    environment = {
        **os.environ,
        "PYTHONDONTWRITEBYTECODE": "1",
        "ARGOS_PACKAGES_DIR": str(home / "packages"),
        **{name: str(home / name.lower()) for name in XDG},
    }
    times = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", code, str(root)],
            capture_output=True,
            text=True,
            check=True,
            env=environment,
        )
        times.append(float(result.stdout.strip().splitlines()[-1]))
    return min(times)


def cold_rows(root: Path) -> list[tuple[str, str]]:
    core = fresh_process("import reader.core.translation.translate", root)
    first = fresh_process(FIRST, root)
    package = fresh_process("import argostranslate.package", root)
    full = fresh_process("import argostranslate.translate", root)
    return [
        ("fresh process: import reader.core.translation.translate", f"{core * 1000:.0f} ms"),
        ("fresh process: first translation (imports + load)", f"{first * 1000:.0f} ms"),
        ("first translation / core import", f"{first / core:.1f}"),
        ("import argostranslate.package (used)", f"{package * 1000:.0f} ms"),
        ("import argostranslate.translate (avoided)", f"{full * 1000:.0f} ms"),
    ]


def warm_rows(root: Path) -> list[tuple[str, str]]:
    translation.forget_loaded_models()
    translator = MachineTranslator.open(root)
    start = time.perf_counter()
    translator.load()
    load = time.perf_counter() - start
    uncached, hits, floor = [], [], []
    engine = translation._engine(root, translator.model)
    for sentence in SENTENCES:  # interleaved, so machine noise hits both alike
        pieces = engine.package.tokenizer.encode(sentence)
        start = time.perf_counter()
        engine.translator.translate_batch([pieces], beam_size=translation.BEAM_SIZE)
        floor.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        translator.translate_sentence(sentence)
        uncached.append((time.perf_counter() - start) * 1000)
    for sentence in SENTENCES:
        start = time.perf_counter()
        result = translator.translate_sentence(sentence)
        hits.append((time.perf_counter() - start) * 1000)
        assert result.cached
    paragraph = " ".join(SENTENCES[:10]).replace("maison.", "ville.")
    start = time.perf_counter()
    translator.translate(paragraph)
    batch = (time.perf_counter() - start) * 1000
    return [
        ("model load (tokenizer + CTranslate2)", f"{load * 1000:.1f} ms"),
        (
            "one sentence, not cached: median / p95",
            f"{median(uncached):.2f} / {percentile(uncached, 0.95):.2f} ms",
        ),
        ("baseline: CTranslate2 alone, tokens ready", f"{median(floor):.2f} ms"),
        (
            "not cached (tokenize, translate, cache) / baseline",
            f"{median(uncached) / median(floor):.2f}",
        ),
        ("paragraph of 10 new sentences (one batch)", f"{batch:.1f} ms"),
        ("cache hit: median / p95", f"{median(hits):.3f} / {percentile(hits, 0.95):.3f} ms"),
        ("cache hit / not cached", f"{median(hits) / median(uncached):.3f}"),
    ]


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        model = pack(build_package(folder / "build"), folder / "tiny.argosmodel")
        root = folder / "data"
        root.mkdir()
        start = time.perf_counter()
        install_model(root, model)
        installed = (time.perf_counter() - start) * 1000
        report(
            "Install the tiny .argosmodel",
            [("install (check, unpack, load, move)", f"{installed:.0f} ms")],
        )
        report("Time to first translation (fresh processes, best of 3)", cold_rows(root))
        report(f"Translation in a warm process ({len(SENTENCES)} sentences)", warm_rows(root))


if __name__ == "__main__":
    main()

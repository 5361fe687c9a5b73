"""A tiny French → English Argos package built at test time, and a network tripwire.

The package is real (SentencePiece tokenizer, CTranslate2 model, metadata.json, zipped as
.argosmodel) but its weights are set by hand so that it always answers one fixed sentence:
the decoder's residual branches and word embeddings are zero and its position encodings
one-hot, so its state at step t is LayerNorm(e_t), and projection row k adds up the states
of the steps that must emit token k. No torch, no download; about 0.1 s to build.

It has no minisbd/ folder on purpose: were Argos's own sentence splitter ever used, it would
try to download one, and the network tripwire would fail the test.
"""

from __future__ import annotations

import json
import os
import socket
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SENTENCES = [
    "Le chat dort sur le canapé.",
    "Bonjour tout le monde.",
    "La ville est grande.",
    "Il fait beau aujourd'hui.",
    "Les consultations ont été menées dans la ville.",
    "Elle parle français avec ses amis.",
    "The cat sleeps on the sofa.",
    "Hello world.",
    "The city is big.",
    "Good night.",
    "The weather is nice today.",
    "She speaks French with her friends.",
]
ANSWER = "Hello world."
OTHER_ANSWER = "Good night."
WIDTH = 32  # model width: also the longest answer in tokens (one-hot positions)
FFN = 64
METADATA = {
    "package_version": "1.0",
    "argos_version": "1.9",
    "from_code": "fr",
    "from_name": "French",
    "to_code": "en",
    "to_name": "English",
    "type": "translate",
    "links": [],
}


def build_package(
    folder: Path, *, answer: str = ANSWER, name: str = "translate-fr_en-tiny"
) -> Path:
    """An unpacked package folder: metadata.json, sentencepiece.model, model/."""
    import sentencepiece as spm

    package = folder / name
    package.mkdir(parents=True)
    corpus = folder / "corpus.txt"
    corpus.write_text("\n".join(SENTENCES * 5) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(package / "sentencepiece"),
        vocab_size=160,
        hard_vocab_limit=False,
        model_type="unigram",
        character_coverage=1.0,
        minloglevel=2,
    )
    tokenizer = spm.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
    vocabulary = [tokenizer.id_to_piece(i) for i in range(tokenizer.get_piece_size())]
    target = [*tokenizer.encode(answer, out_type=int), 2]  # 2 is </s>
    assert len(target) <= WIDTH and 0 not in target, "the answer must be in the vocabulary"
    spec = _spec(len(vocabulary), target)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    _save(spec, package / "model")
    (package / "vocab.txt").unlink(missing_ok=True)
    (package / "sentencepiece.vocab").unlink(missing_ok=True)
    (package / "metadata.json").write_text(json.dumps(METADATA, indent=1), encoding="utf-8")
    return package


def _spec(size: int, target: list[int]) -> Any:
    import ctranslate2
    import numpy as np

    random = np.random.default_rng(7)

    def weights(*shape: int) -> Any:
        return random.normal(0, 0.1, shape).astype(np.float32)

    def zeros(*shape: int) -> Any:
        return np.zeros(shape, dtype=np.float32)

    def norm(layer: Any) -> None:
        layer.gamma = np.ones(WIDTH, dtype=np.float32)
        layer.beta = zeros(WIDTH)

    spec = ctranslate2.specs.TransformerSpec.from_config((1, 1), num_heads=2)
    encoder, decoder = spec.encoder, spec.decoder
    encoder.embeddings[0].weight = weights(size, WIDTH)
    norm(encoder.layer_norm)
    layer = encoder.layer[0]
    norm(layer.self_attention.layer_norm)
    layer.self_attention.linear[0].weight = weights(3 * WIDTH, WIDTH)
    layer.self_attention.linear[1].weight = weights(WIDTH, WIDTH)
    norm(layer.ffn.layer_norm)
    layer.ffn.linear_0.weight = weights(FFN, WIDTH)
    layer.ffn.linear_1.weight = weights(WIDTH, FFN)

    decoder.embeddings.weight = zeros(size, WIDTH)
    positions = zeros(256, WIDTH)
    positions[:WIDTH] = np.eye(WIDTH, dtype=np.float32)
    decoder.position_encodings.encodings = positions
    norm(decoder.layer_norm)
    layer = decoder.layer[0]
    norm(layer.self_attention.layer_norm)
    layer.self_attention.linear[0].weight = weights(3 * WIDTH, WIDTH)
    layer.self_attention.linear[1].weight = zeros(WIDTH, WIDTH)
    norm(layer.attention.layer_norm)
    layer.attention.linear[0].weight = weights(WIDTH, WIDTH)
    layer.attention.linear[1].weight = weights(2 * WIDTH, WIDTH)
    layer.attention.linear[2].weight = zeros(WIDTH, WIDTH)
    norm(layer.ffn.layer_norm)
    layer.ffn.linear_0.weight = weights(FFN, WIDTH)
    layer.ffn.linear_1.weight = zeros(WIDTH, FFN)

    projection = zeros(size, WIDTH)
    for step, token in enumerate(target):
        state = np.eye(WIDTH, dtype=np.float32)[step]
        projection[token] += (state - state.mean()) / np.sqrt(state.var() + 1e-6)
    decoder.projection.weight = projection
    return spec


def _save(spec: Any, folder: Path) -> None:
    from ctranslate2.converters.converter import Converter

    class Saver(Converter):
        def _load(self) -> Any:
            return spec

    Saver().convert(str(folder), force=True)


def pack(
    package: Path,
    file: Path,
    *,
    metadata: dict[str, Any] | None = None,
    omit: tuple[str, ...] = (),
    flat: bool = False,
) -> Path:
    """Zip a package folder as .argosmodel; metadata changes, omitted files and a missing
    top-level folder (flat) make the broken packages the tests need."""
    with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(package.rglob("*")):
            relative = path.relative_to(package).as_posix()
            if path.is_dir() or relative in omit:
                continue
            name = relative if flat else f"{package.name}/{relative}"
            if relative == "metadata.json" and metadata is not None:
                archive.writestr(name, json.dumps({**METADATA, **metadata}))
            else:
                archive.write(path, name)
    return file


# --- fixtures -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def argos_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Argos reads these once, at its first import: never the real home folders in tests."""
    home = tmp_path_factory.mktemp("argos-home")
    names = ("ARGOS_PACKAGES_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")
    saved = {name: os.environ.get(name) for name in names}
    os.environ["ARGOS_PACKAGES_DIR"] = str(home / "packages")
    for name in names[1:]:
        os.environ[name] = str(home / name.lower())
    yield home
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def tiny_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_package(tmp_path_factory.mktemp("tiny-model"))


@pytest.fixture(scope="session")
def other_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same package answering another sentence: a second model version."""
    return build_package(tmp_path_factory.mktemp("tiny-model-2"), answer=OTHER_ANSWER)


@pytest.fixture(scope="session")
def tiny_model(tiny_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """translate-fr_en-tiny.argosmodel"""
    return pack(tiny_package, tmp_path_factory.mktemp("packed") / "translate-fr_en-tiny.argosmodel")


class Network:
    """Every attempt to resolve or connect, recorded; each one fails as if offline."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def refuse(self, what: str) -> Any:
        def refused(*args: Any, **kwargs: Any) -> Any:
            self.attempts.append(f"{what}{args[:2]!r}")
            raise OSError(101, "Network is unreachable (blocked by the test)")

        return refused


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Network:
    """Block the network; the test asserts itself what it expected (see no_network)."""
    network = Network()
    monkeypatch.setattr(socket.socket, "connect", network.refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", network.refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", network.refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", network.refuse("getaddrinfo"))
    return network


@pytest.fixture
def no_network(offline: Network) -> Iterator[Network]:
    """Block the network and fail the test if anything so much as tried it."""
    yield offline
    assert offline.attempts == [], f"network used: {offline.attempts}"

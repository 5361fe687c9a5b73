"""`french-reader models list|install|download|remove|folder` and `french-reader translate`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.cli.common import Progress, Subcommands, data_root, print_json
from reader.core.errors import InputError

if TYPE_CHECKING:
    from reader.core.translation import InstalledModel


def add_translation_parser(commands: Subcommands) -> None:
    models = commands.add_parser(
        "models", help="list, install, download or remove translation models"
    )
    actions = models.add_subparsers(title="actions", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="the installed Argos Translate models")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.set_defaults(command=list_models)

    install = actions.add_parser("install", help="install a French → English .argosmodel file")
    install.add_argument("file", type=Path)
    install.set_defaults(command=install_model)

    download = actions.add_parser(
        "download", help="download the French → English model from the Argos package index"
    )
    download.add_argument("--index", metavar="URL", help="another package index (index.json)")
    download.add_argument("--timeout", type=float, default=20.0, help="seconds per network wait")
    download.set_defaults(command=download_model)

    remove = actions.add_parser("remove", help="remove an installed model by name (see list)")
    remove.add_argument("name")
    remove.set_defaults(command=remove_model)

    folder = actions.add_parser("folder", help="show or change the folder models are kept in")
    folder.add_argument("path", nargs="?", type=Path, help="an existing Argos packages folder")
    folder.add_argument("--default", action="store_true", help="back to the app's own folder")
    folder.set_defaults(command=models_folder)

    translate = commands.add_parser("translate", help="machine-translate French text, offline")
    translate.add_argument("text", help='the French text, or "-" to read it from stdin')
    translate.add_argument("--model", help="an installed model's name (default: the newest)")
    translate.add_argument(
        "--no-cache", action="store_true", help="translate again, skip the cache"
    )
    translate.add_argument("--json", action="store_true", help="print JSON instead of text")
    translate.set_defaults(command=translate_text)


def _root(args: argparse.Namespace) -> Path:
    return data_root(args)


def list_models(args: argparse.Namespace) -> int:
    # Loaded by this command only, not by every command.
    from reader.core.translation import list_models as installed
    from reader.core.translation import models_dir

    root = _root(args)
    models = installed(root)
    if args.json:
        print_json([model_data(m) for m in models])
        return 0
    print(f"Models folder: {models_dir(root)}")
    for model in models:
        pair = f"{model.from_code} → {model.to_code}"
        print(
            f"  {model.name}  {pair}  version {model.package_version or '?'}  ({_size(model.size)})"
        )
    if not models:
        print(
            "  No translation model installed: `french-reader models install FILE` or `download`."
        )
    return 0


def model_data(model: InstalledModel) -> dict[str, Any]:
    return {
        "name": model.name,
        "path": str(model.path),
        "from_code": model.from_code,
        "to_code": model.to_code,
        "package_version": model.package_version,
        "argos_version": model.argos_version,
        "size": model.size,
    }


def install_model(args: argparse.Namespace) -> int:
    # Loaded by this command only, not by every command.
    from reader.core.translation import install_model as install

    with Progress("Installing") as progress:
        model = install(_root(args), args.file, report=progress)
    print(f"Installed {model.name} ({model.label}) in {model.path.parent}")
    return 0


def download_model(args: argparse.Namespace) -> int:
    # Loaded by this command only, not by every command.
    from reader.core.translation import download_model as download

    with Progress("Downloading") as progress:
        model = download(_root(args), index=args.index, timeout=args.timeout, report=progress)
    print(f"Downloaded and installed {model.name} ({model.label})")
    return 0


def remove_model(args: argparse.Namespace) -> int:
    # Loaded by this command only, not by every command.
    from reader.core.translation import remove_model as remove

    model = remove(_root(args), args.name)
    print(f"Removed {model.name}")
    return 0


def models_folder(args: argparse.Namespace) -> int:
    # Loaded by this command only, not by every command.
    from reader.core.translation import models_dir, set_models_dir

    root = _root(args)
    if args.default or args.path is not None:
        print(f"Models folder: {set_models_dir(root, None if args.default else args.path)}")
    else:
        print(models_dir(root))
    return 0


def translate_text(args: argparse.Namespace) -> int:
    # Loaded by this command only, not by every command.
    from reader.core.translation import MachineTranslator

    text = sys.stdin.read() if args.text == "-" else args.text
    if not text.strip():
        raise InputError("Give French text to translate (or - to read it from stdin).")
    translator = MachineTranslator.open(_root(args), model=args.model, cache=not args.no_cache)
    result = translator.translate(text)
    if args.json:
        data = {
            "text": result.text,
            "translation": result.translation,
            "model": result.model,
            "origin": result.origin,
            "cached": result.cached,
        }
        print_json(data)
    else:
        print(result.translation)
        print(f"[{result.origin}]", file=sys.stderr)
    return 0


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"

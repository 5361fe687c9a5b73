"""The repository's scripts, imported by the tests as modules (scripts/ is no package)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.paths import ROOT


def load_script(name: str) -> ModuleType:
    """scripts/<name>.py as a module, registered under its name: dataclasses look their module
    up while the script loads."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module

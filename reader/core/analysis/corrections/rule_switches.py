"""Names of the analysis' correction rules, and switching them off to measure each one.

Every lemma, part-of-speech and morphology rule has a name. scripts/evaluate_ud.py scores the
analysis on UD gold files with a rule switched off (`--without NAME`), so each rule's effect is
known; the app itself never switches a rule off.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

_REGISTERED: dict[str, str] = {}  # rule name -> what it does, in one line
_DISABLED: set[str] = set()


def register(name: str, summary: str) -> str:
    """Declare a rule; returns its name, for the module's own use."""
    _REGISTERED[name] = summary
    return name


def rule_names() -> dict[str, str]:
    """Every rule declared so far (its module imported), with its one-line summary."""
    return dict(_REGISTERED)


def is_enabled(name: str) -> bool:
    return name not in _DISABLED


@contextmanager
def rules_disabled(names: set[str]) -> Iterator[None]:
    """Switch rules off while measuring what each does (scripts/evaluate_ud.py)."""
    unknown = names - set(_REGISTERED)
    if unknown:
        raise ValueError(f"no analysis rule named {', '.join(sorted(unknown))}")
    before = set(_DISABLED)
    _DISABLED.update(names)
    try:
        yield
    finally:
        _DISABLED.clear()
        _DISABLED.update(before)

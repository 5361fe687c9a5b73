"""Words shown for the core's enums: learning statuses and translation sources."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.core.models import Status, TranslationSource


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_label(status: Status) -> str:
    names = {
        Status.NEW: _tr("New"),
        Status.KNOWN: _tr("Known"),
        Status.IGNORED: _tr("Ignored"),
    }
    if status in names:
        return names[status]
    return _tr("Learning %s") % status.value.rsplit("-", 1)[-1]


def source_label(source: TranslationSource) -> str:
    return {
        TranslationSource.GLOSSARY: _tr("your glossary"),
        TranslationSource.DICTIONARY: _tr("dictionary"),
        TranslationSource.COGNATE: _tr("likely cognate"),
        TranslationSource.MACHINE: _tr("machine translation"),
        TranslationSource.TEACHER: _tr("your teacher's list"),
    }[source]

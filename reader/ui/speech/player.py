"""Speaking from the window: espeak-ng as a QProcess, so the GUI thread never waits on audio.

A new utterance stops the one before. The engine plays through the computer's sound output
itself. In `capture` mode (benchmarks, tests) it writes its audio to the player instead, which
keeps it in `audio` and reports the first samples with `audio_started`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from reader.core.speech import (
    WAV_HEADER,
    SpeechSettings,
    failure_message,
    find_engine,
    install_hint,
    speak_arguments,
    speakable,
)


class SpeechPlayer(QObject):
    """Speaks one text at a time; failures arrive as a message for the learner, never raised."""

    started = Signal()  # the engine runs: sound follows within milliseconds
    audio_started = Signal()  # capture mode: the first samples have arrived
    finished = Signal()
    failed = Signal(str)

    def __init__(
        self,
        settings: Callable[[], SpeechSettings],
        *,
        search_path: str | None = None,
        capture: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.search_path = search_path  # None: $PATH
        self.capture = capture
        self._process: QProcess | None = None
        self._old: set[QProcess] = set()  # killed, kept until Qt reports them finished
        self.audio = bytearray()
        self.requested_at = 0.0  # perf_counter() of the last speak(), for measurements
        self.last_text = ""  # what the last speak() said, as given to the engine
        self.last_arguments: list[str] = []

    @property
    def is_speaking(self) -> bool:
        return self._process is not None

    def speak(self, text: str) -> bool:
        """Start speaking text (stopping what was being said); False if there is nothing to
        say or no engine, in which case `failed` says how to add a French voice."""
        self.requested_at = time.perf_counter()
        self.stop()
        text = speakable(text)
        if not text:
            return False
        engine = find_engine(self.search_path)
        if engine is None:
            self.failed.emit(install_hint())
            return False
        self.audio = bytearray()
        self.last_text = text
        self._process = self._start(str(engine), text)
        return True

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            self._old.add(process)
            process.kill()  # asynchronous: Qt reaps it and emits finished later

    def _start(self, program: str, text: str) -> QProcess:
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("LC_ALL", "C.UTF-8")
        process.setProcessEnvironment(environment)
        process.setProgram(program)
        self.last_arguments = speak_arguments(self._settings(), to_stdout=self.capture)
        process.setArguments(self.last_arguments)
        process.started.connect(self.started)
        process.finished.connect(lambda code, _status, p=process: self._on_finished(p, code))
        process.errorOccurred.connect(lambda error, p=process: self._on_error(p, error))
        if self.capture:
            process.readyReadStandardOutput.connect(lambda p=process: self._on_output(p))
        process.start()
        process.write(text.encode("utf-8"))
        process.closeWriteChannel()
        return process

    def _on_output(self, process: QProcess) -> None:
        if process is not self._process:
            return
        was_empty = len(self.audio) <= WAV_HEADER
        self.audio += process.readAllStandardOutput().data()
        if was_empty and len(self.audio) > WAV_HEADER:
            self.audio_started.emit()

    def _on_finished(self, process: QProcess, code: int) -> None:
        if process in self._old:
            self._old.discard(process)
            process.deleteLater()
            return
        if process is not self._process:
            return
        if self.capture:
            self._on_output(process)
        self._process = None
        stderr = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        process.deleteLater()
        problem = failure_message(stderr)
        if problem is None and code != 0:
            problem = "The speech engine stopped with an error."
        if problem is not None:
            self.failed.emit(problem)
        else:
            self.finished.emit()

    def _on_error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and process is self._process:
            self._process = None
            process.deleteLater()
            self.failed.emit(install_hint())

    def shutdown(self) -> None:
        """Stop speaking and wait briefly for the engines to go (window closing)."""
        self.stop()
        for process in list(self._old):
            process.waitForFinished(500)

"""One small task runner: database work on one worker thread, results back by signal.

Services stay synchronous and Qt-free; views hand them to ``TaskRunner.run`` and get the
result on the GUI thread. All local-database work shares one worker, so writes never
race each other and the window never waits on the disk.
"""

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.core.errors import TresenError

log = logging.getLogger(__name__)

T = TypeVar("T")


class Task(QObject):
    """A running piece of work; ``succeeded`` or ``failed`` fires once, on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    # Emitted from the worker; queued to this object's (the GUI) thread.
    _finished = Signal(object, object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._finished.connect(self._on_finished)

    @Slot(object, object)
    def _on_finished(self, result: object, error: object) -> None:
        if error is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(error)
        self.deleteLater()


class TaskRunner(QObject):
    """Runs callables off the GUI thread and reports back on it.

    ``report_error`` shows errors that the caller did not handle: a ``TresenError`` as its
    message, anything else as a short notice (it has been logged with its traceback).
    """

    def __init__(
        self, report_error: Callable[[BaseException], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._report_error = report_error
        self._database = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tresen-db")
        self._pending = 0

    def run(
        self,
        work: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[TresenError], None] | None = None,
        control: QWidget | None = None,
    ) -> Task:
        """Run ``work(*args)`` on the database worker.

        ``on_error`` receives a ``TresenError`` (a message meant for the user); without it,
        and for every unexpected exception, the runner's error reporter speaks. ``control``
        is disabled until the work is done, so a double click cannot do it twice.
        """
        task = Task(self)
        if control is not None:
            control.setEnabled(False)

        def finish_ui() -> None:
            self._pending -= 1
            if control is not None:
                control.setEnabled(True)

        def succeeded(result: object) -> None:
            finish_ui()
            if on_done is not None:
                on_done(result)  # type: ignore[arg-type]

        def failed(error: object) -> None:
            finish_ui()
            assert isinstance(error, BaseException)
            if isinstance(error, TresenError) and on_error is not None:
                on_error(error)
            else:
                self._report_error(error)

        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        self._pending += 1
        future = self._database.submit(work, *args)
        future.add_done_callback(lambda done: self._deliver(task, done))
        return task

    @staticmethod
    def _deliver(task: Task, future: "Future[Any]") -> None:
        error = future.exception()
        if error is not None and not isinstance(error, TresenError):
            log.error("unexpected error in background work", exc_info=error)
        task._finished.emit(None if error else future.result(), error)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        """Wait for running work to finish (at exit), so nothing is left half-written."""
        self._database.shutdown(wait=True)

"""One small task runner: work on worker threads ("lanes"), results back by signal.

Services stay synchronous and Qt-free; views hand them to ``TaskRunner.run`` and get the
result on the GUI thread. All local-database work shares one worker (the "database"
lane), so writes never race each other and the window never waits on the disk. Talking
to the shared database has a worker of its own (the "network" lane): a slow or silent
server never holds up the desk's own work.
"""

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.core.errors import TresenError

log = logging.getLogger(__name__)

T = TypeVar("T")

Lane = Literal["database", "network"]


def _alive(target: object) -> bool:
    """False for a widget (or a widget's method) whose window was closed and deleted meanwhile.

    The work itself is done and saved; only there is no one left to show the result to.
    """
    owner = getattr(target, "__self__", target)
    return target is not None and (not isinstance(owner, QObject) or shiboken6.isValid(owner))


@dataclass(frozen=True)
class _Callbacks:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[TresenError], None] | None
    control: QWidget | None


class TaskRunner(QObject):
    """Runs callables off the GUI thread and reports back on it.

    ``report_error`` shows errors that the caller did not handle: a ``TresenError`` as its
    message, anything else as a short notice (it has been logged with its traceback).

    The worker thread only ever touches plain Python values: callbacks wait in a dict on
    the GUI thread, and the result travels back through one queued signal. (A QObject
    per task, deleted later, was destroyed twice when its runner went away first.)
    """

    # Emitted from the worker; queued to the runner's (the GUI) thread. The token travels
    # as a Python object because Qt's int is 32 bits wide.
    _delivered = Signal(object, object, object)

    def __init__(
        self, report_error: Callable[[BaseException], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._report_error = report_error
        self._lanes: dict[Lane, ThreadPoolExecutor] = {
            "database": ThreadPoolExecutor(max_workers=1, thread_name_prefix="tresen-db"),
            "network": ThreadPoolExecutor(max_workers=1, thread_name_prefix="tresen-net"),
        }
        self._waiting: dict[int, _Callbacks] = {}
        self._tokens = itertools.count()
        # Queued even when work finished before add_done_callback ran (then on this thread):
        # results always arrive from the event loop, never inside run().
        self._delivered.connect(self._on_delivered, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        work: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[TresenError], None] | None = None,
        control: QWidget | None = None,
        lane: Lane = "database",
    ) -> None:
        """Run ``work(*args)`` on the worker of ``lane``, after the work handed to it before.

        ``on_error`` receives a ``TresenError`` (a message meant for the user); without it,
        and for every unexpected exception, the runner's error reporter speaks. ``control``
        is disabled until the work is done, so a double click cannot do it twice. Work
        that talks to the shared database goes on the "network" lane.
        """
        if control is not None:
            control.setEnabled(False)
        token = next(self._tokens)
        self._waiting[token] = _Callbacks(on_done, on_error, control)
        future = self._lanes[lane].submit(work, *args)
        future.add_done_callback(lambda done: self._deliver(token, done))

    def _deliver(self, token: int, future: "Future[Any]") -> None:
        error = future.exception()
        if error is not None and not isinstance(error, TresenError):
            log.error("unexpected error in background work", exc_info=error)
        self._delivered.emit(token, None if error else future.result(), error)

    @Slot(object, object, object)
    def _on_delivered(self, token: int, result: object, error: object) -> None:
        callbacks = self._waiting.pop(token)
        if _alive(callbacks.control):
            assert callbacks.control is not None
            callbacks.control.setEnabled(True)
        if error is None:
            if callbacks.on_done is not None and _alive(callbacks.on_done):
                callbacks.on_done(result)
        elif isinstance(error, TresenError) and callbacks.on_error is not None:
            if _alive(callbacks.on_error):
                callbacks.on_error(error)
        else:
            assert isinstance(error, BaseException)
            self._report_error(error)

    @property
    def busy(self) -> bool:
        return bool(self._waiting)

    def shutdown(self) -> None:
        """Wait for running work to finish (at exit), so nothing is left half-written.

        Work on the network lane ends first too: a silent server is given up after the
        connection timeout.
        """
        for lane in self._lanes.values():
            lane.shutdown(wait=True)

"""Python's cyclic garbage collection, moved onto the GUI thread.

The collector runs on whichever thread happens to allocate. When it runs on the database
worker and frees a cycle that holds a Qt widget, Qt destroys that widget off the GUI
thread and the process crashes. So automatic collection is switched off, and a timer on
the GUI thread collects instead (the same remedy as Anki's ``aqt.main.GarbageCollector``).
"""

import gc

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Disables automatic collection and collects from a GUI-thread timer meanwhile."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        counts = gc.get_count()
        # Collect the oldest generation whose count passed its threshold, as Python would.
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

"""The rotating log file in the data directory, where unexpected errors are written."""

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_FILE = "tresen.log"
_HANDLER_NAME = "tresen-file"
_MAX_BYTES = 1_000_000
_BACKUP_COUNT = 5


class _RotatingFileOnFirstRecord(logging.Handler):
    """A rotating log file opened with the first record written to it.

    Most runs log nothing; ``logging.handlers`` (it brings ``socket`` and ``pickle``) is
    loaded only when something is logged, not while the program starts.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: RotatingFileHandler | None = None

    def _opened(self) -> "RotatingFileHandler":
        # Called under the handler's lock (``handle`` takes it before ``emit``).
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                self.path, maxBytes=_MAX_BYTES, backupCount=_BACKUP_COUNT, encoding="utf-8"
            )
            self._file.setFormatter(self.formatter)
        return self._file

    def emit(self, record: logging.LogRecord) -> None:
        self._opened().emit(record)

    def flush(self) -> None:
        self.acquire()
        try:
            if self._file is not None:
                self._file.flush()
        finally:
            self.release()

    def close(self) -> None:
        self.acquire()
        try:
            if self._file is not None:
                self._file.close()
                self._file = None
        finally:
            self.release()
        super().close()


def set_up_logging(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOG_FILE
    handler = _RotatingFileOnFirstRecord(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(_HANDLER_NAME)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)  # a second desk in the same process (tests) logs to its own file
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path

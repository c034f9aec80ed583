"""The rotating log file in the data directory, where unexpected errors are written."""

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "tresen.log"
_HANDLER_NAME = "tresen-file"


def set_up_logging(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(_HANDLER_NAME)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)  # a second desk in the same process (tests) logs to its own file
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path

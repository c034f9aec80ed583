"""Writing a file whole or not at all: into a new file beside it, then in its place."""

import contextlib
import io
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import IO

from desktop_app.core.errors import FileNotWritten


def write_atomically(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Let ``write`` fill a new file beside ``path``, then replace ``path`` with it.

    A failed write (full disk, file open in Excel on Windows, an error in ``write``)
    leaves the previous file or none, never half a file, and no temporary file either.
    The folder is not created. Raises ``FileNotWritten`` for any ``OSError``; other
    errors of ``write`` pass unchanged.
    """
    # A random name, so two writes to the same file do not write into each other, and
    # created with "x" rather than mkstemp, so the file gets the usual permissions.
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with partial.open("xb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
    except BaseException as error:
        # Where the file could not even be created, it cannot be removed either.
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise FileNotWritten(path, error) from error
        raise


def write_text_atomically(
    path: Path, write: Callable[[IO[str]], object], encoding: str = "utf-8"
) -> None:
    """``write_atomically`` for text; line ends are written as given (no translation)."""

    def write_bytes(file: IO[bytes]) -> None:
        text = io.TextIOWrapper(file, encoding=encoding, newline="")
        write(text)
        text.flush()
        # Detached, so closing the wrapper does not close the file that is still synced.
        text.detach()

    write_atomically(path, write_bytes)


def make_folder(folder: Path) -> None:
    """Create ``folder`` and its parents if missing; ``FileNotWritten`` if that fails."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FileNotWritten(folder, error) from error

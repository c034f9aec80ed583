"""Opening a desk that is set up, for the commands that work on one (directory, sync)."""

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.access import command_line

if TYPE_CHECKING:
    from desktop_app.core.db import Database
    from desktop_app.core.records import FacilityRecord


class NoDesk(Exception):
    """The data folder holds no set-up desk; the message says what to do."""


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment nor the user database
        return "?"


@contextmanager
def opened_desk(data_dir: Path | None) -> Iterator[tuple["Database", "FacilityRecord"]]:
    """The desk's database and facility, closed afterwards; ``NoDesk`` when there is none.

    Only an existing database is opened: a command must not create an empty one beside
    the real one.
    """
    from desktop_app.core.db import open_database
    from desktop_app.core.errors import DatabaseProblem
    from desktop_app.core.local_file import DATABASE_FILE
    from desktop_app.core.paths import default_data_dir
    from desktop_app.core.services.setup import SetupService

    data_dir = data_dir or default_data_dir()
    if not (data_dir / DATABASE_FILE).is_file():
        raise NoDesk(f"No Tresen database in {data_dir}: set up this desk first.")
    try:
        database = open_database(data_dir)
    except DatabaseProblem as problem:
        raise NoDesk(str(problem)) from problem
    try:
        facility = SetupService(database.sessions).local_facility()
        if facility is None:
            raise NoDesk(f"The desk in {data_dir} is not set up: set up this desk first.")
        database.on_duty.sign_in(command_line(_os_user()))
        yield database, facility
    finally:
        database.close()

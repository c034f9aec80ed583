"""A desk and its shared database: connecting once, then syncing and keeping the status.

Where the shared database is lives in the desk's own database (``local_state``), so a demo
database or a second data folder never syncs by accident; the password lives in the
operating system's keyring. The status (last success, last problem) is kept there too, so
the command line and the window tell the same story.
"""

import json
import logging
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from desktop_app.core.db import Database
from desktop_app.sync import problems
from desktop_app.sync.connection import ServerAddress, connect, connector, store_password
from desktop_app.sync.engine import Synchronizer, SyncReport
from desktop_app.sync.join import join
from desktop_app.sync.local import LocalSide

log = logging.getLogger(__name__)

ADDRESS_KEY = "sync_server"
SUCCESS_KEY = "sync_last_success"
PROBLEM_KEY = "sync_last_problem"
WARNING_KEY = "sync_warning"


@dataclass(frozen=True)
class SyncStatus:
    connected: bool
    pending: int
    last_success: datetime | None
    # The last problem as English source text with its values (translated where shown);
    # empty once a sync succeeds again.
    problem: str
    problem_params: dict[str, object]
    # Whether the last problem was that the shared database could not be reached.
    offline: bool = False
    # Something the last successful sync noticed (a transaction holding pulls back).
    warning: str = ""
    warning_params: dict[str, object] | None = None


def saved_address(database: Database) -> ServerAddress | None:
    stored = LocalSide(database).state(ADDRESS_KEY)
    if not stored:
        return None
    return ServerAddress(**json.loads(stored))


def connect_desk(
    database: Database, facility_id: uuid.UUID, address: ServerAddress, password: str
) -> uuid.UUID:
    """Check the account, join the facility, keep the address and the password.

    Returns the facility's id on the shared database, which the desk uses from now on.
    Raises a ``SyncProblem`` (wrong password, unreachable, certificate, not registered).
    """
    with connect(address, password) as server:
        try:
            shared_id = join(database, facility_id, server)
        except LookupError as exc:
            raise problems.NotRegistered(address.role) from exc
    store_password(address, password)
    LocalSide(database).set_state(ADDRESS_KEY, json.dumps(asdict(address)))
    return shared_id


def synchronizer_for(database: Database, facility_id: uuid.UUID) -> Synchronizer:
    address = saved_address(database)
    if address is None:
        raise problems.NotConnected()
    return Synchronizer(database, facility_id, connector(address))


def run_sync(database: Database, synchronizer: Synchronizer) -> SyncReport:
    """One sync, with its outcome kept for the status line; raises the ``SyncProblem``."""
    local = LocalSide(database)
    try:
        report = synchronizer.sync()
    except problems.SyncProblem as problem:
        # Unreachable or cut off is "offline"; a wrong clock or version is something else.
        offline = isinstance(problem, problems.ServerUnreachable | problems.ConnectionLost)
        local.set_state(
            PROBLEM_KEY,
            json.dumps(
                {"message": problem.message, "params": _plain(problem.params), "offline": offline}
            ),
        )
        raise
    except Exception:
        log.exception("sync failed unexpectedly")
        local.set_state(PROBLEM_KEY, json.dumps({"message": problems.UNEXPECTED, "params": {}}))
        raise
    held = report.held_back_minutes
    if held:
        log.warning("pulls held back for %d minutes by a long-running transaction", held)
    local.set_state(
        SUCCESS_KEY,
        datetime.now(UTC).isoformat(),
        **{
            PROBLEM_KEY: "",
            WARNING_KEY: json.dumps({"message": problems.HELD_BACK, "params": {"minutes": held}})
            if held
            else "",
        },
    )
    log.info("sync: %s", report.describe())
    return report


def status(database: Database) -> SyncStatus:
    local = LocalSide(database)
    success = local.state(SUCCESS_KEY)
    problem = json.loads(local.state(PROBLEM_KEY) or "null") or {}
    warning = json.loads(local.state(WARNING_KEY) or "null") or {}
    return SyncStatus(
        connected=saved_address(database) is not None,
        pending=local.pending(),
        last_success=datetime.fromisoformat(success) if success else None,
        problem=problem.get("message", ""),
        problem_params=problem.get("params", {}),
        offline=bool(problem.get("offline", False)),
        warning=warning.get("message", ""),
        warning_params=warning.get("params", {}),
    )


def _plain(params: object) -> dict[str, object]:
    return {key: str(value) for key, value in dict(params).items()}  # type: ignore[call-overload]

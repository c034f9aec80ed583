"""Desk and shared database of different versions: checked at the start of every sync.

A shared database that speaks a newer protocol or has a schema this desk does not know
tells the desk to update; one that is older tells the administrator to run init-shared-db.
Either way the desk says so in plain words, sends nothing, and keeps every change until
the versions match again.
"""

import pytest

from desktop_app.core.local_file import KNOWN_REVISIONS
from desktop_app.core.records import VisitorDraft
from desktop_app.sync import problems
from desktop_app.sync.schema import PROTOCOL_VERSION
from tests.sync.conftest import Network, assert_converged, sync_all

FACILITY = "Haus am Park"
UPDATE_TRESEN = (
    "The shared database needs a newer Tresen. Please install the update; until then this "
    "desk works on its own and its changes wait."
)
RUN_INIT = (
    "The shared database is older than this Tresen. The administrator needs to run "
    "“tresen admin init-shared-db” once; until then changes wait here."
)
# Words of the machinery that a receptionist should not have to read.
JARGON = ("protocol", "revision", "schema", "psycopg", "sql", "version", "error", "exception")


@pytest.mark.parametrize(
    ("protocol", "revision", "problem", "words"),
    [
        (PROTOCOL_VERSION + 1, KNOWN_REVISIONS[-1], problems.DeskTooOld, UPDATE_TRESEN),
        (PROTOCOL_VERSION - 1, KNOWN_REVISIONS[-1], problems.ServerTooOld, RUN_INIT),
        (PROTOCOL_VERSION, "9999_from_a_newer_tresen", problems.DeskTooOld, UPDATE_TRESEN),
        (PROTOCOL_VERSION, KNOWN_REVISIONS[-2], problems.ServerTooOld, RUN_INIT),
    ],
    ids=["newer protocol", "older protocol", "unknown schema", "older schema"],
)
def test_a_version_mismatch_is_explained_and_no_change_is_lost(
    network: Network,
    protocol: int,
    revision: str,
    problem: type[problems.SyncProblem],
    words: str,
) -> None:
    desk = network.desk(FACILITY)
    other = network.desk(FACILITY)
    sync_all(desk, other)
    with network.admin() as connection:
        original = connection.execute(
            "SELECT protocol, schema_revision FROM tresen.meta"
        ).fetchone()
    assert original == (PROTOCOL_VERSION, KNOWN_REVISIONS[-1])

    visitor = desk.services.visitors.register(VisitorDraft(first_name="Selin", last_name="Kaya"))
    waiting = desk.pending()
    assert waiting > 0
    with network.admin() as connection:
        connection.execute(
            "UPDATE tresen.meta SET protocol = %s, schema_revision = %s", (protocol, revision)
        )

    for attempt in (desk, other):
        with pytest.raises(problem) as refused:
            attempt.sync()
        message = str(refused.value)
        assert message == words
        assert not any(word in message.lower() for word in JARGON), message
    assert desk.pending() == waiting
    assert visitor.id not in network.server_rows(desk, "visitor")

    # The administrator sets things right: the waiting change goes out and reaches the other.
    with network.admin() as connection:
        connection.execute("UPDATE tresen.meta SET protocol = %s, schema_revision = %s", original)
    sync_all(desk, other)
    assert desk.pending() == 0
    assert other.services.visitors.get(visitor.id).last_name == "Kaya"
    assert_converged(network, desk, other)

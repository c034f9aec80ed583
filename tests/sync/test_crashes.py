"""A desk that dies mid-sync, or loses the connection during COMMIT, loses and doubles nothing.

The desk process is killed outright (SIGKILL: no clean-up, no goodbye to the server) at
every step of a push and during a pull; the connection is cut just before the COMMIT
reaches the server, and just after it landed but before the desk heard so. Each time the
next sync completes, and every desk ends up with every record exactly once.
"""

import uuid
from dataclasses import dataclass

import pytest

from desktop_app.core.records import OfferDraft, VisitorDraft
from desktop_app.sync import problems
from desktop_app.sync.schema import SCHEMA
from tests.sync.conftest import Desk, Network, assert_converged, sync_all
from tests.sync.desk_process import kill_at, synchronizer_for
from tests.sync.fault_proxy import FaultProxy
from tests.sync.pg import server_address

PUSH_STEPS = ["push:read", "push:staged", "push:merged", "push:committed", "push:acknowledged"]
PULL_STEPS = ["pull:fetched", "pull:applied"]
COUNTED = ("visitor", "visit", "tally_mark", "sync_conflict")


@dataclass
class Day:
    """A morning's work at two desks of one facility, and what must come of it."""

    desk: Desk
    other: Desk
    renamed: uuid.UUID
    visitors: set[uuid.UUID]
    expected: dict[str, int]


def server_counts(network: Network) -> dict[str, int]:
    """Rows per table on the shared database (all facilities; the test has one)."""
    with network.admin() as connection:
        counts = {}
        for table in COUNTED:
            row = connection.execute(f"SELECT count(*) FROM {SCHEMA}.{table}").fetchone()
            counts[table] = int(row[0]) if row else -1
        return counts


def desk_counts(desk: Desk) -> dict[str, int]:
    return {table: int(desk.sql(f"SELECT count(*) FROM {table}")[0][0]) for table in COUNTED}


def a_morning(network: Network, *, first_sync_done: bool = True) -> Day:
    """The desk registers, renames, checks in and counts; the other desk registers too.

    With ``first_sync_done`` false the desk has never synced: everything it holds goes
    up in its first sync (after joining), the one the crash then interrupts.
    """
    desk = network.desk("Haus am Park")
    other = network.desk("Haus am Park")
    offer = desk.services.offers.create(OfferDraft("Offenes Café"))
    known = desk.services.visitors.register(VisitorDraft(first_name="Ayşe", last_name="Yılmaz"))
    if first_sync_done:
        sync_all(desk, other)
    other.sync()
    theirs = [
        other.services.visitors.register(VisitorDraft(first_name="Gast", last_name=f"Drüben {n}"))
        for n in range(7)
    ]
    other.sync()
    ours = [
        desk.services.visitors.register(VisitorDraft(first_name="Gast", last_name=f"Hier {n}"))
        for n in range(3)
    ]
    desk.services.visitors.update(known.id, VisitorDraft(first_name="Ayşe", last_name="Demir"))
    desk.services.visits.check_in(ours[0].id, offer.id)
    desk.services.tallies.count(offer.id)
    assert desk.pending() > 0
    return Day(
        desk=desk,
        other=other,
        renamed=known.id,
        visitors={known.id, *(v.id for v in ours), *(v.id for v in theirs)},
        expected={"visitor": 11, "visit": 1, "tally_mark": 1, "sync_conflict": 0},
    )


def assert_whole(network: Network, day: Day) -> None:
    """Every record exactly once on the server and at both desks, the rename everywhere."""
    assert server_counts(network) == day.expected
    for desk in (day.desk, day.other):
        assert desk_counts(desk) == day.expected, desk.name
        assert set(desk.rows("visitor")) == day.visitors, desk.name
        assert desk.rows("visitor")[day.renamed]["last_name"] == "Demir", desk.name
    assert_converged(network, day.desk, day.other)


def recover(network: Network, day: Day) -> None:
    """The next sync at the desk completes and leaves it whole; then the other desk syncs."""
    report = day.desk.sync()
    assert day.desk.pending() == 0
    assert desk_counts(day.desk) == day.expected
    assert set(day.desk.rows("visitor")) == day.visitors
    assert report.conflicts == 0
    sync_all(day.other, day.desk)
    assert_whole(network, day)


@pytest.mark.parametrize("step", PUSH_STEPS)
def test_a_desk_killed_while_pushing_loses_and_doubles_nothing(network: Network, step: str) -> None:
    day = a_morning(network)
    kill_at(day.desk, step)
    recover(network, day)


@pytest.mark.parametrize("step", PULL_STEPS)
def test_a_desk_killed_while_pulling_loses_and_doubles_nothing(network: Network, step: str) -> None:
    day = a_morning(network)
    # Three rows a page: the desk dies with pages of the other desk's visitors still to come.
    kill_at(day.desk, step, "--page-rows", "3")
    recover(network, day)


@pytest.mark.parametrize("step", ["push:merged", "push:committed", "pull:applied"])
def test_a_desk_killed_during_its_first_sync_loses_and_doubles_nothing(
    network: Network, step: str
) -> None:
    day = a_morning(network, first_sync_done=False)
    kill_at(day.desk, step, "--page-rows", "3")
    recover(network, day)


@pytest.mark.parametrize(
    ("landed", "direction", "pattern"),
    [(False, "to_server", b"COMMIT"), (True, "to_client", b"COMMIT\x00")],
    ids=["commit-lost", "commit-landed-unheard"],
)
def test_a_connection_dropped_during_commit_loses_and_doubles_nothing(
    network: Network, landed: bool, direction: str, pattern: bytes
) -> None:
    with FaultProxy(*server_address()) as proxy:
        desk = network.desk("Haus am Park", proxy=proxy)
        other = network.desk("Haus am Park")
        sync_all(desk, other)
        first = desk.services.visitors.register(VisitorDraft(first_name="Ben", last_name="Erst"))
        sync_all(desk, other)
        desk.services.visitors.update(first.id, VisitorDraft(first_name="Ben", last_name="Zweit"))
        new = [
            desk.services.visitors.register(VisitorDraft(first_name="Gast", last_name=str(n)))
            for n in range(4)
        ]
        waiting = desk.pending()

        cuts = [(direction, pattern)]

        def cut_at_commit(name: str) -> None:
            # Everything is merged; the next thing on the wire is the COMMIT. Once only.
            if name == "push:merged" and cuts:
                way, bytes_seen = cuts.pop()
                proxy.cut_after(way, bytes_seen, forward=False)  # type: ignore[arg-type]

        # The desk's own synchronizer from now on, so the next sync is the desk's next sync.
        desk.synchronizer.close()
        desk.synchronizer = synchronizer_for(desk, cut_at_commit)
        with pytest.raises(problems.ConnectionLost):
            desk.sync()
        assert not proxy.armed, "the cut never happened"
        assert desk.pending() == waiting, "nothing may be taken as sent without an answer"
        with network.admin() as connection:
            arrived = connection.execute(
                f"SELECT count(*) FROM {SCHEMA}.visitor WHERE id = ANY(%s)",
                ([visitor.id for visitor in new],),
            ).fetchone()
        assert arrived == ((4,) if landed else (0,))

        report = desk.sync()
        # Sent once: after a landed commit the desk learns so and sends nothing again.
        assert report.pushed == (0 if landed else 5)
        assert desk.pending() == 0
        sync_all(desk, other)
        expected = {"visitor": 5, "visit": 0, "tally_mark": 0, "sync_conflict": 0}
        assert server_counts(network) == expected
        for each in (desk, other):
            assert desk_counts(each) == expected
            assert each.rows("visitor")[first.id]["last_name"] == "Zweit"
        assert_converged(network, desk, other)

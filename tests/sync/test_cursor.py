"""The pull cursor: a transaction that commits late, or stays open long, loses no row.

A sequence number is not a safe cursor: desk A's push draws the lower number, desk B's
the higher one and commits first; a desk that pulls in between and moves its cursor past
B's number never sees A's row. The desks pull by (transaction id, sequence) below the
oldest running transaction instead; these tests hold a push open at the shared database
to show that it works, and that the naive cursor does not.
"""

import uuid
from typing import Any

from psycopg import Connection

from desktop_app.core.records import VisitorDraft
from desktop_app.sync.schema import SCHEMA
from tests.sync.conftest import Desk, Network, assert_converged, sync_all
from tests.sync.desk_process import HeldSync


def naive_pull(connection: Connection[Any], cursor: int) -> list[tuple[uuid.UUID, int]]:
    """What a desk would pull with a plain ``seq > cursor``: visitor ids and their seqs."""
    return [
        (row[0], int(row[1]))
        for row in connection.execute(
            f"SELECT id, _seq FROM {SCHEMA}.visitor WHERE _seq > %s ORDER BY _seq", (cursor,)
        )
    ]


def visitor_ids(desk: Desk) -> set[uuid.UUID]:
    return set(desk.rows("visitor"))


def server_visitors(network: Network) -> list[uuid.UUID]:
    """Every visitor row on the shared database, sorted; a doubled row would show twice."""
    with network.admin() as connection:
        return sorted(row[0] for row in connection.execute(f"SELECT id FROM {SCHEMA}.visitor"))


def test_a_push_that_commits_after_a_later_one_still_reaches_every_desk(
    network: Network,
) -> None:
    slow = network.desk("Haus am Park")
    quick = network.desk("Haus am Park")
    reader = network.desk("Haus am Park")
    sync_all(slow, quick, reader)
    with reader.server() as connection:
        row = connection.execute(f"SELECT coalesce(max(_seq), 0) FROM {SCHEMA}.visitor").fetchone()
        assert row is not None
        naive_cursor = int(row[0])

    late = slow.services.visitors.register(VisitorDraft(first_name="Lea", last_name="Spät"))
    early = quick.services.visitors.register(VisitorDraft(first_name="Emil", last_name="Früh"))
    with HeldSync(slow, "push:merged") as held:
        # The slow desk has written its row (and drawn its sequence number) but not committed.
        held.reached()
        quick.sync()
        reader.sync()  # a pull in between: the quick desk's row is committed, the slow one's not

        with reader.server() as connection:
            seen = naive_pull(connection, naive_cursor)
        assert [row_id for row_id, _ in seen] == [early.id]
        naive_cursor = max(seq for _, seq in seen)
        assert late.id not in visitor_ids(reader)

        report = held.result()
    assert report.pushed == 1

    with reader.server() as connection:
        late_seq = connection.execute(
            f"SELECT _seq FROM {SCHEMA}.visitor WHERE id = %s", (late.id,)
        ).fetchone()
        assert late_seq is not None
        # The trap: the late commit drew the lower number, so "seq > cursor" skips it for good.
        assert int(late_seq[0]) < naive_cursor
        assert late.id not in [row_id for row_id, _ in naive_pull(connection, naive_cursor)]

    reader.sync()
    assert {late.id, early.id} <= visitor_ids(reader)
    sync_all(slow, quick, reader)
    assert server_visitors(network) == sorted([late.id, early.id])
    for desk in (slow, quick, reader):
        assert visitor_ids(desk) == {late.id, early.id}
    assert_converged(network, slow, quick, reader)


def test_a_long_open_transaction_holds_pulls_back_and_afterwards_nothing_is_missing(
    network: Network,
) -> None:
    writer = network.desk("Haus am Park")
    reader = network.desk("Haus am Park")
    sync_all(writer, reader)
    before = writer.services.visitors.register(VisitorDraft(first_name="Vera", last_name="Vorher"))
    sync_all(writer, reader)
    assert before.id in visitor_ids(reader)

    # A maintenance session on the shared database that started writing and was left open.
    with network.admin() as maintenance, maintenance.transaction():
        maintenance.execute("SELECT pg_current_xact_id()")
        during = [
            writer.services.visitors.register(VisitorDraft(first_name="Gast", last_name=str(n)))
            for n in range(3)
        ]
        writer.sync()
        assert writer.pending() == 0, "pushing must not wait for the open transaction"
        for _ in range(2):
            reader.sync()
            # Committed after the open transaction began, so not pulled past it yet.
            assert not {visitor.id for visitor in during} & visitor_ids(reader)
        with reader.server() as connection:
            committed = connection.execute(
                f"SELECT count(*) FROM {SCHEMA}.visitor WHERE id = ANY(%s)",
                ([visitor.id for visitor in during],),
            ).fetchone()
        assert committed == (3,)

    reader.sync()
    expected = {before.id, *(visitor.id for visitor in during)}
    assert visitor_ids(reader) == expected
    sync_all(writer, reader)
    assert server_visitors(network) == sorted(expected)
    assert visitor_ids(writer) == expected
    assert_converged(network, writer, reader)

"""Pushes at the same time, and batches that arrive again, with a gap, or stale.

Two desks push at once; one desk pushes from two processes at once (the window's timer
and a scheduled command-line sync, say). The shared database applies every desk's batch
exactly once: a batch it has applied before is skipped, a desk whose acknowledged
changes the shared database lost resends everything, and a batch read before a newer
push of the same desk landed changes nothing.
"""

import contextlib
import threading
import uuid
from typing import Any

from desktop_app.core.records import OfferDraft, VisitorDraft
from desktop_app.sync import problems
from desktop_app.sync.local import CLIENT_KEY
from desktop_app.sync.schema import SCHEMA
from tests.sync.conftest import Desk, Network, assert_converged, sync_all
from tests.sync.desk_process import TIMEOUT_S, DeskProcess, HeldSync, synchronizer_for

COUNTED = ("visitor", "visit", "tally_mark", "sync_conflict")


def server_counts(network: Network) -> dict[str, int]:
    with network.admin() as connection:
        counts = {}
        for table in COUNTED:
            row = connection.execute(f"SELECT count(*) FROM {SCHEMA}.{table}").fetchone()
            counts[table] = int(row[0]) if row else -1
        return counts


def desk_counts(desk: Desk) -> dict[str, int]:
    return {table: int(desk.sql(f"SELECT count(*) FROM {table}")[0][0]) for table in COUNTED}


def assert_counts(network: Network, expected: dict[str, int], *desks: Desk) -> None:
    """Exactly the expected number of records on the server and at every desk."""
    assert server_counts(network) == expected
    for desk in desks:
        assert desk_counts(desk) == expected, desk.name


def register(desk: Desk, last_name: str, **fields: Any) -> uuid.UUID:
    draft = VisitorDraft(first_name="Gast", last_name=last_name, **fields)
    return desk.services.visitors.register(draft).id


def stamps(network: Network) -> dict[uuid.UUID, tuple[str, int]]:
    """Which transaction last wrote each visitor on the shared database, and in what order."""
    with network.admin() as connection:
        return {
            row[0]: (row[1], int(row[2]))
            for row in connection.execute(f"SELECT id, _txid::text, _seq FROM {SCHEMA}.visitor")
        }


def server_last_seq(network: Network, desk: Desk) -> int:
    client = desk.sql("SELECT value FROM local_state WHERE key = :key", key=CLIENT_KEY)[0][0]
    with network.admin() as connection:
        row = connection.execute(
            f"SELECT last_seq FROM {SCHEMA}.sync_client WHERE client_id = %s", (client,)
        ).fetchone()
    assert row is not None
    return int(row[0])


# Pushing at the same time.


def test_two_desks_push_at_once(network: Network) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    offer = first.services.offers.create(OfferDraft("Offenes Café"))
    regular = first.services.visitors.register(VisitorDraft(first_name="Ayşe", last_name="Yılmaz"))
    sync_all(first, second)

    # Both desks change the same visitor (different fields) and register and count.
    first.services.visitors.update(
        regular.id, VisitorDraft(first_name="Ayşe", last_name="Yılmaz", postcode="10999")
    )
    second.services.visitors.update(
        regular.id, VisitorDraft(first_name="Ayşe", last_name="Yılmaz", phone="030 1234567")
    )
    for desk in (first, second):
        for n in range(5):
            register(desk, f"{desk.name} {n}")
        desk.services.tallies.count(offer.id)
    first.services.visits.check_in(regular.id, offer.id)

    # Both stand inside their push transactions before either merges a row.
    barrier = threading.Barrier(2, timeout=TIMEOUT_S)
    met: set[str] = set()

    def meet(desk_name: str) -> Any:
        def step(name: str) -> None:
            if name == "push:staged" and desk_name not in met:
                met.add(desk_name)
                barrier.wait()

        return step

    errors: list[BaseException] = []

    def run(desk: Desk) -> None:
        synchronizer = synchronizer_for(desk, meet(desk.name))
        try:
            synchronizer.sync()
        except BaseException as exc:
            errors.append(exc)
            barrier.abort()
        finally:
            synchronizer.close()

    threads = [threading.Thread(target=run, args=(desk,)) for desk in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT_S)
    assert not any(thread.is_alive() for thread in threads), "a push never ended"
    assert not errors, errors
    assert met == {first.name, second.name}
    assert first.pending() == 0 and second.pending() == 0

    sync_all(first, second)
    assert_counts(
        network, {"visitor": 11, "visit": 1, "tally_mark": 2, "sync_conflict": 0}, first, second
    )
    for desk in (first, second):
        both = desk.services.visitors.get(regular.id)
        assert (both.postcode, both.phone) == ("10999", "030 1234567"), desk.name
    assert_converged(network, first, second)


def test_one_desk_pushing_from_two_processes_at_once_sends_its_batch_once(
    network: Network,
) -> None:
    desk = network.desk("Haus am Park")
    other = network.desk("Haus am Park")
    offer = desk.services.offers.create(OfferDraft("Offenes Café"))
    regular = desk.services.visitors.register(VisitorDraft(first_name="Ben", last_name="Alt"))
    sync_all(desk, other)
    desk.services.visitors.update(regular.id, VisitorDraft(first_name="Ben", last_name="Neu"))
    for n in range(6):
        register(desk, f"Zwei Prozesse {n}")
    desk.services.visits.check_in(regular.id, offer.id)
    desk.services.tallies.count(offer.id)
    waiting_rows = 9  # the renamed visitor, six new ones, a visit and a tally mark

    meeting = network.tmp / "meeting"
    options = ("--meet-at", "push:read", "--meet-dir", str(meeting), "--meet-count", "2")
    with DeskProcess(desk, *options) as one, DeskProcess(desk, *options) as two:
        outcomes = [one.finish(), two.finish()]
    # Both read the same batch and pushed together; the shared database applied it once.
    assert all(line.startswith("synced ") for line in outcomes), outcomes
    pushed = sorted(line.split()[1] for line in outcomes)
    assert pushed == ["pushed=0", f"pushed={waiting_rows}"], outcomes
    assert desk.pending() == 0

    sync_all(desk, other)
    assert_counts(
        network, {"visitor": 7, "visit": 1, "tally_mark": 1, "sync_conflict": 0}, desk, other
    )
    assert other.services.visitors.get(regular.id).last_name == "Neu"
    assert_converged(network, desk, other)


def test_a_push_overlapping_one_that_landed_meanwhile_loses_and_doubles_nothing(
    network: Network,
) -> None:
    desk = network.desk("Haus am Park")
    other = network.desk("Haus am Park")
    sync_all(desk, other)
    early = register(desk, "Früh")
    with HeldSync(desk, "push:read") as smaller:
        smaller.reached()  # holds a batch with the early visitor
        late = register(desk, "Spät")
        with HeldSync(desk, "push:read") as larger:
            larger.reached()  # holds a batch with both
            assert smaller.result().pushed == 1
            # Either refused as overlapping, or sending what is left: both lose nothing.
            with contextlib.suppress(problems.SyncProblem):
                larger.result()
    desk.sync()
    assert desk.pending() == 0
    sync_all(desk, other)
    assert_counts(network, {"visitor": 2, "visit": 0, "tally_mark": 0, "sync_conflict": 0}, desk)
    assert set(other.rows("visitor")) == {early, late}
    assert_converged(network, desk, other)


# Batches replayed, with a gap, or stale.


def test_a_replayed_batch_is_skipped(network: Network) -> None:
    desk = network.desk("Haus am Park")
    other = network.desk("Haus am Park")
    regular = desk.services.visitors.register(VisitorDraft(first_name="Cem", last_name="Alt"))
    sync_all(desk, other)
    desk.services.visitors.update(regular.id, VisitorDraft(first_name="Cem", last_name="Neu"))
    new = [register(desk, f"Wieder {n}") for n in range(3)]
    sent = desk.sql("SELECT seq, table_name, row_id, column_name, old_json, hlc FROM sync_outbox")
    assert desk.sync().pushed == 4
    before = stamps(network)

    # The same entries with the same numbers again, as after a restore of the outbox.
    for seq, table, row_id, column, old_json, hlc in sent:
        desk.sql(
            "INSERT INTO sync_outbox (seq, table_name, row_id, column_name, old_json, hlc) "
            "VALUES (:seq, :table, :row_id, :column, :old_json, :hlc)",
            seq=seq,
            table=table,
            row_id=row_id,
            column=column,
            old_json=old_json,
            hlc=hlc,
        )
    assert desk.pending() == len(sent)
    report = desk.sync()
    assert report.pushed == 0
    assert desk.pending() == 0
    assert stamps(network) == before, "the replayed batch was applied again"

    sync_all(desk, other)
    assert_counts(network, {"visitor": 4, "visit": 0, "tally_mark": 0, "sync_conflict": 0}, desk)
    assert set(other.rows("visitor")) == {regular.id, *new}
    assert other.services.visitors.get(regular.id).last_name == "Neu"
    assert_converged(network, desk, other)


def test_a_gap_after_the_shared_database_lost_acknowledged_changes_is_filled(
    network: Network,
) -> None:
    desk = network.desk("Haus am Park")
    other = network.desk("Haus am Park")
    offer = desk.services.offers.create(OfferDraft("Offenes Café"))
    sync_all(desk, other)
    kept = register(desk, "Gesichert")
    desk.sync()
    backup_seq = server_last_seq(network, desk)
    lost = register(desk, "Verloren")
    desk.services.visits.check_in(lost, offer.id)
    desk.sync()
    other.sync()
    assert server_last_seq(network, desk) > backup_seq

    # The shared database goes back to a backup taken between the two pushes: the second
    # push is gone, although the desk had it acknowledged.
    with network.admin() as connection:
        connection.execute(f"DELETE FROM {SCHEMA}.visit WHERE visitor_id = %s", (lost,))
        connection.execute(f"DELETE FROM {SCHEMA}.visitor WHERE id = %s", (lost,))
        connection.execute(f"UPDATE {SCHEMA}.sync_client SET last_seq = %s", (backup_seq,))
    unsent = register(desk, "Ungesendet")

    report = desk.sync()
    assert report.full_resync
    assert desk.pending() == 0
    sync_all(desk, other)
    assert_counts(
        network, {"visitor": 3, "visit": 1, "tally_mark": 0, "sync_conflict": 0}, desk, other
    )
    assert set(desk.rows("visitor")) == {kept, lost, unsent}
    assert_converged(network, desk, other)


def test_a_stale_batch_is_skipped_and_overwrites_nothing(network: Network) -> None:
    desk = network.desk("Haus am Park")
    other = network.desk("Haus am Park")
    regular = desk.services.visitors.register(VisitorDraft(first_name="Dana", phone="030 111"))
    sync_all(desk, other)

    def phone(number: str) -> VisitorDraft:
        return VisitorDraft(first_name="Dana", phone=number)

    desk.services.visitors.update(regular.id, phone("030 222"))
    added = register(desk, "Dazu")
    with HeldSync(desk, "push:read") as stale:
        stale.reached()  # holds a batch: the phone number changed to 222, a new visitor
        desk.services.visitors.update(regular.id, phone("030 333"))
        assert desk.sync().pushed == 2  # the newer push of the same desk lands first
        other.sync()
        other.services.visitors.update(regular.id, phone("030 444"))
        other.sync()
        assert stale.result().pushed == 0

    sync_all(desk, other)
    assert_counts(network, {"visitor": 2, "visit": 0, "tally_mark": 0, "sync_conflict": 0}, desk)
    for each in (desk, other):
        assert each.services.visitors.get(regular.id).phone == "030 444", each.name
        assert set(each.rows("visitor")) == {regular.id, added}
    assert_converged(network, desk, other)

"""The shared database restored from a backup: the desks notice, and a full resync repairs it.

Two ways a restore hurts. Restored into the same cluster, the shared database lacks what
desks sent after the backup, although it had acknowledged it; the desks hold those rows
and send them again. Restored into a new cluster, the stored transaction ids lie ahead of
the new cluster's counter, so new changes would sort before what desks have already
pulled and never reach them; the desks refuse until the administrator has run
``init-shared-db``, which stamps every row anew.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.core.records import OfferDraft, VisitorDraft
from desktop_app.core.sharing import SYNC_TABLES
from desktop_app.sync import admin, problems
from desktop_app.sync.schema import DISTRICT_SCHEMA, SCHEMA
from tests.sync.conftest import Desk, Network, assert_converged, sync_all


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path is not None, f"{name} is needed to back up and restore the shared database"
    return path


def back_up(network: Network, target: Path) -> None:
    subprocess.run(
        [_tool("pg_dump"), "--format=custom", f"--file={target}", f"--dbname={network.admin_url}"],
        check=True,
    )


def restore(network: Network, source: Path, *desks: Desk) -> None:
    """Put the backup back in place of the shared schemas, as an administrator would."""
    for desk in desks:
        desk.synchronizer.close()  # the server is down while it is restored
    with network.admin() as connection:
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        connection.execute(f"DROP SCHEMA {SCHEMA}, {DISTRICT_SCHEMA} CASCADE")
    subprocess.run(
        [
            _tool("pg_restore"),
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={network.admin_url}",
            str(source),
        ],
        check=True,
    )


def test_a_restore_that_lost_acknowledged_changes_is_repaired_by_the_desks(
    network: Network, tmp_path: Path
) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    offer = first.services.offers.create(OfferDraft(title="Mittagstisch"))
    early = first.services.visitors.register(VisitorDraft(first_name="Elif", phone="030 111"))
    other = second.services.visitors.register(VisitorDraft(first_name="Tomasz"))
    sync_all(first, second)
    backup = tmp_path / "shared.dump"
    back_up(network, backup)

    # After the backup: new visitors, an edit, check-ins, all acknowledged by the server.
    late = first.services.visitors.register(VisitorDraft(first_name="Amara"))
    first.services.visitors.update(early.id, VisitorDraft(first_name="Elif", phone="030 222"))
    late_visit = first.services.visits.check_in(late.id, offer.id)
    later = second.services.visitors.register(VisitorDraft(first_name="Sven"))
    other_visit = second.services.visits.check_in(other.id, offer.id)
    sync_all(first, second)
    assert first.pending() == second.pending() == 0

    restore(network, backup, first, second)
    with network.admin() as connection:
        missing = connection.execute(
            f"SELECT count(*) FROM {SCHEMA}.visitor WHERE id = ANY(%s)", ([late.id, later.id],)
        ).fetchone()
    assert missing == (0,)  # the backup really lacks them

    first_report = first.sync()
    second_report = second.sync()
    assert first_report.full_resync and second_report.full_resync
    sync_all(first, second)

    shared = network.server_rows(first, "visitor")
    assert {early.id, other.id, late.id, later.id} <= shared.keys()
    assert shared[early.id]["phone"] == "030 222"  # the edit made after the backup
    visits = network.server_rows(first, "visit")
    assert {late_visit.id, other_visit.id} <= visits.keys()
    for desk in (first, second):
        assert desk.services.visitors.get(early.id).phone == "030 222"
        assert desk.services.visitors.get(later.id).first_name == "Sven"
    # Nothing is doubled: one row per visitor number.
    numbers = [row["number"] for row in shared.values()]
    assert len(numbers) == len(set(numbers)) == 4
    assert_converged(network, first, second)


def test_after_a_restore_the_newer_value_of_each_field_wins(
    network: Network, tmp_path: Path
) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    visitor = first.services.visitors.register(
        VisitorDraft(first_name="Elif", phone="030 111", email="elif@example.org")
    )
    sync_all(first, second)
    backup = tmp_path / "shared.dump"
    back_up(network, backup)

    # The first desk changes the phone after the backup; the second never hears of it.
    first.services.visitors.update(
        visitor.id, VisitorDraft(first_name="Elif", phone="030 222", email="elif@example.org")
    )
    first.sync()
    restore(network, backup, first, second)

    # The second desk lost nothing; it changes the e-mail address, later than the phone.
    second.sync()
    assert second.services.visitors.get(visitor.id).phone == "030 111"
    second.services.visitors.update(
        visitor.id, VisitorDraft(first_name="Elif", phone="030 111", email="neu@example.org")
    )
    second.sync()

    assert first.sync().full_resync
    sync_all(first, second)
    for desk in (first, second):
        found = desk.services.visitors.get(visitor.id)
        assert (found.phone, found.email) == ("030 222", "neu@example.org")
        # Repairing the restore is nobody's conflicting edit: nothing to review.
        assert desk.services.conflicts.open_conflicts() == []
    assert_converged(network, first, second)


def _raise_stored_txids(network: Network) -> int:
    """Give every stored row a transaction id the server has not reached yet, as a restore
    into a new cluster does; returns that id."""
    with network.admin() as connection, connection.transaction():
        row = connection.execute("SELECT pg_current_xact_id()::text::bigint + 1000000").fetchone()
        assert row is not None
        ahead = int(row[0])
        for plan in SYNC_TABLES:
            table = f"{SCHEMA}.{plan.name}"
            connection.execute(f"ALTER TABLE {table} DISABLE TRIGGER stamp")
            connection.execute(f"UPDATE {table} SET _txid = %s::text::xid8", (str(ahead),))
            connection.execute(f"ALTER TABLE {table} ENABLE TRIGGER stamp")
    return ahead


def _pulled_in_old_cluster(desk: Desk, ahead: int) -> None:
    """The desk's cursors as the old cluster gave them: the stored rows' transaction id."""
    desk.sql("UPDATE sync_cursor SET txid = :ahead WHERE txid > 0", ahead=ahead)


def test_a_restore_into_a_new_cluster_is_refused_until_repaired_then_desks_catch_up(
    network: Network,
) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    anna = first.services.visitors.register(VisitorDraft(first_name="Anna"))
    sync_all(first, second)

    ahead = _raise_stored_txids(network)
    for desk in (first, second):
        _pulled_in_old_cluster(desk, ahead)

    # Work goes on at the desk while the shared database cannot be used.
    waiting = first.services.visitors.register(VisitorDraft(first_name="Bilal"))
    with pytest.raises(problems.ServerRestored):
        first.sync()
    with pytest.raises(problems.ServerRestored):
        second.sync()
    assert first.pending() > 0
    with network.admin() as connection:
        absent = connection.execute(
            f"SELECT count(*) FROM {SCHEMA}.visitor WHERE id = %s", (waiting.id,)
        ).fetchone()
    assert absent == (0,)  # refused before anything was sent

    report = admin.init_shared_db(network.admin_url, prefix=network.prefix)
    assert report.restamped
    with network.admin() as connection:
        row = connection.execute(
            f"SELECT max(_txid::text::bigint) < pg_current_xact_id()::text::bigint "
            f"FROM {SCHEMA}.visitor"
        ).fetchone()
    assert row == (True,)

    assert first.sync().full_resync
    assert second.sync().full_resync
    assert second.services.visitors.get(waiting.id).first_name == "Bilal"

    # New changes flow both ways again.
    later = second.services.visitors.register(VisitorDraft(first_name="Chiara"))
    second.services.visitors.update(anna.id, VisitorDraft(first_name="Anna", phone="030 5"))
    sync_all(second, first)
    assert first.services.visitors.get(later.id).first_name == "Chiara"
    assert first.services.visitors.get(anna.id).phone == "030 5"
    assert not first.sync().full_resync
    assert_converged(network, first, second)

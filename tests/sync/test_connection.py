"""The connection a desk keeps between syncs, and what a sync notices on the way."""

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.core.records import VisitorDraft
from desktop_app.sync import desk as desk_sync
from desktop_app.sync import problems
from desktop_app.sync.connection import connect
from desktop_app.sync.engine import HORIZON_KEY, Synchronizer
from tests.sync.conftest import Network, assert_converged, sync_all
from tests.sync.fault_proxy import FaultProxy
from tests.sync.pg import server_address


def test_a_connection_that_died_between_syncs_is_replaced_without_a_failed_sync(
    network: Network,
) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    sync_all(first, second)
    with network.admin() as connection:  # a restarted server, a router's idle timeout
        ended = connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND usename = %s",
            (network.database, first.login.role),
        ).fetchall()
    assert ended
    visitor = first.services.visitors.register(VisitorDraft(first_name="Aylin"))
    assert first.sync().pushed == 1
    sync_all(first, second)
    assert second.services.visitors.get(visitor.id).first_name == "Aylin"
    assert_converged(network, first, second)


def test_a_long_open_transaction_is_reported_and_nothing_is_lost(network: Network) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    sync_all(first, second)
    with network.admin() as holding:
        holding.autocommit = False
        holding.execute("SELECT pg_current_xact_id()")  # a transaction with an id, left open
        visitor = first.services.visitors.register(VisitorDraft(first_name="Bojan"))
        first.sync()
        assert second.sync().held_back_minutes == 0  # noticed, not yet reported
        eleven_minutes_ago = (datetime.now(UTC) - timedelta(minutes=11)).isoformat()
        horizon = second.sql("SELECT value FROM local_state WHERE key = :key", key=HORIZON_KEY)
        mark = horizon[0][0].split(";")[0]
        second.sql(
            "UPDATE local_state SET value = :value WHERE key = :key",
            value=f"{mark};{eleven_minutes_ago}",
            key=HORIZON_KEY,
        )
        report = desk_sync.run_sync(second.database, second.synchronizer)
        assert report.held_back_minutes >= 10
        status = desk_sync.status(second.database)
        assert "long-running transaction" in status.warning
        assert status.problem == ""
        holding.rollback()
    desk_sync.run_sync(second.database, second.synchronizer)
    assert desk_sync.status(second.database).warning == ""
    assert second.services.visitors.get(visitor.id).first_name == "Bojan"
    sync_all(first, second)
    assert_converged(network, first, second)


def test_the_status_tells_offline_from_a_sync_refused_for_another_reason(
    network: Network,
) -> None:
    desk = network.desk("Haus am Park")
    desk.services.visitors.register(VisitorDraft(first_name="Chiara"))
    ahead = Synchronizer(
        desk.database,
        desk.facility_id,
        lambda: connect(desk.address, desk.login.password),
        clock=lambda: datetime.now(UTC) + timedelta(hours=2),
    )
    try:
        with pytest.raises(problems.ClockSkew):
            desk_sync.run_sync(desk.database, ahead)
    finally:
        ahead.close()
    refused = desk_sync.status(desk.database)
    assert "clock" in refused.problem and not refused.offline

    with FaultProxy(*server_address()) as proxy:
        proxy.refuse()
        away = Synchronizer(
            desk.database,
            desk.facility_id,
            lambda: connect(network.address(desk.login, proxy), desk.login.password),
        )
        try:
            with pytest.raises(problems.ServerUnreachable):
                desk_sync.run_sync(desk.database, away)
        finally:
            away.close()
    unreachable = desk_sync.status(desk.database)
    assert "cannot be reached" in unreachable.problem and unreachable.offline

    desk_sync.run_sync(desk.database, desk.synchronizer)
    assert desk_sync.status(desk.database).problem == ""
    assert_converged(network, desk)

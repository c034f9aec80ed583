"""Two desks of one facility share their work through the shared database."""

from desktop_app.core.records import VisitorDraft
from tests.sync.conftest import Network, assert_converged, sync_all


def test_a_visitor_registered_at_one_desk_reaches_the_other(network: Network) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    visitor = first.services.visitors.register(VisitorDraft(first_name="Ayşe", last_name="Yılmaz"))
    sync_all(first, second)
    found = second.services.visitors.get(visitor.id)
    assert (found.first_name, found.last_name, found.number) == ("Ayşe", "Yılmaz", visitor.number)
    assert_converged(network, first, second)


def test_notes_never_leave_the_desk(network: Network) -> None:
    first = network.desk("Haus am Park")
    second = network.desk("Haus am Park")
    visitor = first.services.visitors.register(
        VisitorDraft(first_name="Ben", notes="kommt dienstags")
    )
    sync_all(first, second)
    assert second.services.visitors.get(visitor.id).notes == ""
    with network.admin() as connection:
        columns = {
            row[0]
            for row in connection.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'visitor'"
            )
        }
    assert "notes" not in columns
    assert_converged(network, first, second)

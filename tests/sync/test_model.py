"""Random days at three desks of one facility (and one desk of another), against a model.

Hypothesis draws a list of things that happen: receptionists register visitors, change one
field of a visitor, check visitors in, take check-ins back and remove visitors; desks sync;
desks sync while the connection drops at a chosen step (reset, COMMIT lost on its way to
the server, COMMIT done but its reply lost), or the desk program dies at a chosen step of
a sync (the step callback raises; the desk starts again with a new synchronizer). At the
end every desk syncs twice round without faults, and the result is compared with a model.

The reference model records only what the receptionists did, never how the desks synced:

- every visitor and every visit made anywhere exists exactly once on every desk of its
  facility and on the shared database, and on no desk of the other facility; it is
  removed exactly when a desk removed it (the model has no "restore");
- every edit writes a value used nowhere else, and records the value the receptionist saw
  and replaced (its base). For each field of each visitor:

  1. the final value is the last value one of the editing desks wrote (intermediate values
     of a desk are overwritten by its own later edit), or the value given at registration
     when no desk edited the field;
  2. a field edited at one desk only ends with that desk's last value and no conflict;
  3. a desk's last value that did not win was either seen and replaced by someone (it is
     the base of an edit), or it lost against a concurrent edit, and then it is kept in
     ``sync_conflict`` as the value not taken;
  4. every conflict record names two values written to that field, the value not taken is
     not the final one, and no conflict is recorded twice (a replayed push merges nothing).

Point 3 holds for any correct per-column merge: a value on the shared database is replaced
either by an edit based on it (a plain edit) or by one that was not (a conflict, which is
recorded); a value pushed against a different current one is either taken or recorded.
Which of two concurrent values wins depends on the clocks of the pushes, so the model
asks only that the winner is one of them and the loser is kept.

After each sync that completed, the desk has no change waiting and still holds every
record entered at it.
"""

import contextlib
import itertools
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from hypothesis import HealthCheck, Phase, event, example, given, note, settings
from hypothesis import strategies as st

from desktop_app.core.errors import NotFoundError, RuleError
from desktop_app.core.models import Visitor, utcnow
from desktop_app.core.records import OfferDraft, VisitorDraft
from desktop_app.sync import problems
from desktop_app.sync.connection import connect
from desktop_app.sync.engine import Synchronizer, SyncReport
from tests.sync.conftest import Desk, Network, assert_converged
from tests.sync.fault_proxy import FaultProxy
from tests.sync.pg import server_address

FIELDS = ("first_name", "last_name", "phone", "postcode", "email")
STEPS = (
    "push:read",
    "push:staged",
    "push:merged",
    "push:committed",
    "push:acknowledged",
    "pull:fetched",
    "pull:applied",
)
# Small pages, so that pulls take several rounds and faults hit between pages.
PAGE_ROWS = 4
# Desks 0 to 2 serve facility A, desk 3 serves facility B.
DESKS_A = 3
# Longest wait for the server to end the sessions of connections the proxy cut.
SESSION_END_WAIT = 15.0


class DeskCrashed(Exception):
    """The desk program died at this step of a sync (power cut, killed)."""


@dataclass(frozen=True)
class Fault:
    action: str  # "crash", "cut", "lose_commit" or "lose_reply"
    step: str
    occurrence: int = 1  # at the first or a later time the sync reaches the step


@dataclass(frozen=True)
class Write:
    desk: int
    value: str
    base: str  # the value the receptionist saw and replaced


@dataclass
class VisitorModel:
    id: uuid.UUID
    facility: str
    desk: int
    initial: dict[str, str]
    writes: dict[str, list[Write]] = field(default_factory=lambda: {f: [] for f in FIELDS})
    removed: bool = False


@dataclass
class VisitModel:
    id: uuid.UUID
    facility: str
    desk: int
    visitor_id: uuid.UUID
    undone: bool = False


class FaultyDesk:
    """A desk whose connection goes through a proxy and whose syncs can be made to fail."""

    def __init__(self, index: int, facility: str, desk: Desk, proxy: FaultProxy) -> None:
        self.index = index
        self.facility = facility
        self.desk = desk
        self.proxy = proxy
        self.fault: Fault | None = None
        self.reached: Counter[str] = Counter()
        self.fired = False
        # A cut after a sync's last exchange is noticed by the next sync only.
        self.connection_may_be_dead = False
        self.start_program()

    def start_program(self) -> None:
        """(Re)start the desk program: a synchronizer with nothing in memory."""
        self.desk.synchronizer.close()
        desk = self.desk
        self.desk.synchronizer = Synchronizer(
            desk.database,
            desk.facility_id,
            lambda: connect(desk.address, desk.login.password),
            page_rows=PAGE_ROWS,
            step=self._step,
        )

    def _step(self, name: str) -> None:
        fault = self.fault
        if fault is None or fault.step != name:
            return
        self.reached[name] += 1
        if self.reached[name] != fault.occurrence:
            return
        self.fired = True
        if fault.action == "crash":
            raise DeskCrashed(name)
        if fault.action == "cut":
            self.proxy.cut()
        elif fault.action == "lose_commit":
            self.proxy.cut_after("to_server", b"COMMIT\x00", forward=False)
        elif fault.action == "lose_reply":
            self.proxy.cut_after("to_client", b"COMMIT\x00", forward=False)

    def sync(self) -> SyncReport:
        """A sync without faults; it must complete and leave nothing waiting."""
        try:
            report = self.desk.sync()
        except problems.ConnectionLost:
            assert self.connection_may_be_dead, f"{self.desk.name}: a sync broke off by itself"
            report = self.desk.sync()
        self.connection_may_be_dead = False
        assert self.desk.pending() == 0, f"{self.desk.name}: changes wait after a sync"
        return report

    def sync_with(self, fault: Fault) -> str:
        """A sync that meets ``fault`` if it reaches the step; returns how it ended."""
        self.fault, self.fired = fault, False
        self.reached.clear()
        try:
            self.desk.sync()
            outcome = "completed"
            self.connection_may_be_dead = self.fired
        except DeskCrashed:
            outcome = "crashed"
            self.start_program()
            self.connection_may_be_dead = False
        except problems.ConnectionLost:
            outcome = "connection lost"
            self.connection_may_be_dead = False
        finally:
            self.fault = None
        assert not self.proxy.armed, "the COMMIT to cut at never came"
        return outcome


@dataclass
class Day:
    """One random day: the network's desks, and the model of what was entered."""

    network: Network
    desks: list[FaultyDesk]
    offers: dict[str, list[uuid.UUID]]
    visitors: list[VisitorModel] = field(default_factory=list)
    visits: list[VisitModel] = field(default_factory=list)
    counter: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def desk_with_changes(self) -> FaultyDesk:
        waiting = [desk for desk in self.desks if desk.desk.pending()]
        return waiting[0] if waiting else self.desks[0]

    def of(self, desk: FaultyDesk, items: list[Any], pick: int) -> Any | None:
        mine = [item for item in items if item.facility == desk.facility]
        return mine[pick % len(mine)] if mine else None

    def new_value(self, name: str) -> str:
        n = next(self.counter)
        return {
            "first_name": f"Vorname {n}",
            "last_name": f"Nachname {n}",
            "phone": f"030 {n:06d}",
            "postcode": f"{10000 + n:05d}",
            "email": f"gast{n}@example.org",
        }[name]

    # What receptionists do.

    def register(self, desk: FaultyDesk) -> None:
        first_name = f"Gast {next(self.counter)}"
        record = desk.desk.services.visitors.register(VisitorDraft(first_name=first_name))
        initial = {name: "" for name in FIELDS} | {"first_name": first_name}
        self.visitors.append(VisitorModel(record.id, desk.facility, desk.index, initial))

    def edit(self, desk: FaultyDesk, pick: int, name: str) -> None:
        visitor = self.of(desk, self.visitors, pick)
        if visitor is None:
            return
        try:
            current = desk.desk.services.visitors.get(visitor.id)
        except NotFoundError:
            return  # not at this desk yet, or removed here
        value = self.new_value(name)
        desk.desk.services.visitors.update(visitor.id, replace(current.draft(), **{name: value}))
        visitor.writes[name].append(Write(desk.index, value, getattr(current, name)))

    def check_in(self, desk: FaultyDesk, pick: int, offer: int) -> None:
        visitor = self.of(desk, self.visitors, pick)
        if visitor is None:
            return
        offers = self.offers[desk.facility]
        try:
            visit = desk.desk.services.visits.check_in(visitor.id, offers[offer % len(offers)])
        except (NotFoundError, RuleError):
            return  # not here, removed here, or checked in to this offer today already
        self.visits.append(VisitModel(visit.id, desk.facility, desk.index, visitor.id))

    def undo(self, desk: FaultyDesk, pick: int) -> None:
        visit = self.of(desk, self.visits, pick)
        if visit is None:
            return
        try:
            desk.desk.services.visits.undo(visit.id)
        except NotFoundError:
            return
        visit.undone = True

    def remove(self, desk: FaultyDesk, pick: int) -> None:
        visitor = self.of(desk, self.visitors, pick)
        if visitor is None:
            return
        with desk.desk.database.sessions.begin() as session:
            row = session.get(Visitor, visitor.id)
            if row is None or row.deleted_at is not None:
                return
            row.deleted_at = utcnow()
        visitor.removed = True

    # Checks.

    def check_desk_keeps_its_records(self, desk: FaultyDesk) -> None:
        visitors = desk.desk.rows("visitor").keys()
        visits = desk.desk.rows("visit").keys()
        for visitor in self.visitors:
            if visitor.desk == desk.index:
                assert visitor.id in visitors, f"{desk.desk.name} lost a visitor entered there"
        for visit in self.visits:
            if visit.desk == desk.index:
                assert visit.id in visits, f"{desk.desk.name} lost a check-in made there"

    def check_against_model(self) -> None:
        for facility in self.offers:
            probe = next(d.desk for d in self.desks if d.facility == facility)
            self._check_visitors(facility, probe)
            self._check_visits(facility, probe)

    def _check_visitors(self, facility: str, probe: Desk) -> None:
        shared = self.network.server_rows(probe, "visitor")
        expected = {v.id: v for v in self.visitors if v.facility == facility}
        assert shared.keys() == expected.keys(), f"{facility}: visitors missing or foreign"
        numbers = [row["number"] for row in shared.values()]
        assert len(numbers) == len(set(numbers))
        conflicts: dict[tuple[uuid.UUID, str], list[dict[str, Any]]] = {}
        for record in self.network.server_rows(probe, "sync_conflict").values():
            if record["table_name"] == "visitor" and record["column_name"] in FIELDS:
                conflicts.setdefault((record["row_id"], record["column_name"]), []).append(record)
        for visitor in expected.values():
            row = shared[visitor.id]
            assert (row["deleted_at"] is not None) == visitor.removed, f"{visitor.id} removal"
            for name in FIELDS:
                check_field(visitor, name, row[name], conflicts.get((visitor.id, name), []))

    def _check_visits(self, facility: str, probe: Desk) -> None:
        shared = self.network.server_rows(probe, "visit")
        expected = {v.id: v for v in self.visits if v.facility == facility}
        assert shared.keys() == expected.keys(), f"{facility}: visits missing or foreign"
        for visit in expected.values():
            row = shared[visit.id]
            assert row["visitor_id"] == visit.visitor_id
            assert (row["deleted_at"] is not None) == visit.undone, f"visit {visit.id} undo"


def check_field(
    visitor: VisitorModel, name: str, final: str, conflicts: list[dict[str, Any]]
) -> None:
    """Points 1 to 4 of the model (see the module's docstring) for one field."""
    writes = visitor.writes[name]
    where = f"visitor {visitor.id}, {name}: {final!r}; writes {writes}; conflicts {conflicts}"
    if not writes:
        assert final == visitor.initial[name], where
        assert not conflicts, where
        return
    last = {write.desk: write.value for write in writes}  # each desk's last value
    assert final in last.values(), where  # 1
    if len(last) == 1:
        assert not conflicts, where  # 2
    written = {visitor.initial[name]} | {write.value for write in writes}
    replaced = {write.base for write in writes}
    not_taken = {record["other_value"] for record in conflicts}
    for value in last.values():
        if value != final:
            assert value in replaced or value in not_taken, where  # 3
    pairs = Counter((record["kept_value"], record["other_value"]) for record in conflicts)
    for (kept, other), times in pairs.items():  # 4
        assert kept in written and other in written, where
        assert other != final, where
        assert times == 1, where


def wait_for_cut_sessions(network: Network) -> None:
    """Sessions whose connection the proxy cut end on the server a moment later; until then
    their open transaction holds pulls back (nothing is lost, it only comes later)."""
    deadline = time.monotonic() + SESSION_END_WAIT
    with network.admin() as connection:
        while True:
            row = connection.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL"
            ).fetchone()
            if row == (0,):
                return
            assert time.monotonic() < deadline, "sessions of cut connections stay open"
            time.sleep(0.05)


# What happens during a day, drawn by hypothesis.
desk_numbers = st.integers(0, DESKS_A)
picks = st.integers(0, 1000)
faults = st.one_of(
    st.builds(Fault, st.sampled_from(["crash", "cut"]), st.sampled_from(STEPS), st.integers(1, 2)),
    st.builds(
        Fault,
        st.sampled_from(["lose_commit", "lose_reply"]),
        st.sampled_from(["push:read", "push:staged", "push:merged"]),
    ),
)
register = st.tuples(st.just("register"), desk_numbers)
edit = st.tuples(st.just("edit"), desk_numbers, picks, st.sampled_from(FIELDS))
check_in = st.tuples(st.just("check_in"), desk_numbers, picks, st.integers(0, 1))
undo = st.tuples(st.just("undo"), desk_numbers, picks)
remove = st.tuples(st.just("remove"), desk_numbers, picks)
sync = st.tuples(st.just("sync"), desk_numbers)
# A faulty sync mostly hits a desk that has something to send.
faulty_sync = st.tuples(st.just("fault"), st.one_of(st.none(), desk_numbers), faults)
operations = st.lists(
    st.one_of(register, edit, edit, edit, check_in, undo, remove, sync, faulty_sync, faulty_sync),
    min_size=16,
    max_size=48,
)

# A day that meets every kind of trouble at least once, whatever hypothesis draws.
EVERY_TROUBLE: list[tuple[Any, ...]] = [
    ("register", 0),
    ("register", 1),
    ("register", 3),
    *[("register", 0)] * 4,
    ("sync", 0),
    ("sync", 1),
    # Six visitors and more come in pages of four: the connection drops between pages.
    ("fault", 2, Fault("cut", "pull:fetched", 2)),
    ("sync", 2),
    ("sync", 3),
    ("sync", 0),
    ("edit", 0, 0, "phone"),
    ("edit", 1, 0, "phone"),
    ("edit", 2, 1, "first_name"),
    ("check_in", 2, 0, 0),
    ("fault", 0, Fault("crash", "push:committed")),
    ("fault", 1, Fault("lose_reply", "push:merged")),
    ("remove", 0, 1),
    ("edit", 1, 1, "email"),
    ("fault", 2, Fault("lose_commit", "push:staged")),
    ("fault", 2, Fault("cut", "pull:fetched")),
    ("edit", 0, 0, "phone"),
    ("fault", 0, Fault("crash", "pull:applied")),
    ("edit", 3, 0, "last_name"),
    ("fault", 3, Fault("cut", "push:staged")),
    ("fault", 1, Fault("crash", "push:merged")),
    ("sync", 1),
]


@contextlib.contextmanager
def new_day(network: Network, number: int) -> Iterator[Day]:
    """Two new facilities on the test's shared database: A with three desks, B with one."""
    names = {"A": f"Haus am Park {number}", "B": f"Treffpunkt Nord {number}"}
    with contextlib.ExitStack() as stack:
        desks: list[FaultyDesk] = []
        for index in range(DESKS_A + 1):
            facility = names["A"] if index < DESKS_A else names["B"]
            proxy = stack.enter_context(FaultProxy(*server_address()))
            plain = network.desk(facility, proxy=proxy, page_rows=PAGE_ROWS)
            stack.callback(network.desks.remove, plain)
            stack.callback(plain.close)
            desks.append(FaultyDesk(index, facility, plain, proxy))
        offers = {
            names["A"]: [
                desks[0].desk.services.offers.create(OfferDraft(title=title)).id
                for title in ("Mittagstisch", "Sprachcafé")
            ],
            names["B"]: [
                desks[DESKS_A].desk.services.offers.create(OfferDraft(title="Nähcafé")).id
            ],
        }
        for faulty in desks:
            faulty.sync()
        yield Day(network, desks, offers)


_days = itertools.count(1)


@settings(
    max_examples=12,
    deadline=None,
    database=None,
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(steps=operations)
@example(steps=EVERY_TROUBLE)
def test_desks_converge_to_the_model_whatever_fails_on_the_way(
    network: Network, steps: list[tuple[Any, ...]]
) -> None:
    with new_day(network, next(_days)) as day:
        for step in steps:
            kind = step[0]
            desk = day.desks[step[1]] if step[1] is not None else day.desk_with_changes()
            if kind == "register":
                day.register(desk)
            elif kind == "edit":
                day.edit(desk, step[2], step[3])
            elif kind == "check_in":
                day.check_in(desk, step[2], step[3])
            elif kind == "undo":
                day.undo(desk, step[2])
            elif kind == "remove":
                day.remove(desk, step[2])
            elif kind == "sync":
                desk.sync()
                day.check_desk_keeps_its_records(desk)
            else:
                outcome = desk.sync_with(step[2])
                note(f"{desk.desk.name}: {step[2]} -> {outcome}")
                event(f"{step[2].action} at {step[2].step}: {outcome}")
                day.check_desk_keeps_its_records(desk)

        wait_for_cut_sessions(network)
        for desk in day.desks:
            desk.sync()
        for desk in day.desks:
            # Everything went up in the first round; pulled rows are not sent back.
            assert desk.sync().pushed == 0, f"{desk.desk.name} sent pulled rows back"
            day.check_desk_keeps_its_records(desk)
        day.check_against_model()
        # The other facility's desk holds none of A's person-level records, nor A's of B's.
        for desk in day.desks:
            foreign = {v.id for v in day.visitors if v.facility != desk.facility}
            assert not foreign & desk.desk.rows("visitor").keys()
        assert_converged(network, *(desk.desk for desk in day.desks))

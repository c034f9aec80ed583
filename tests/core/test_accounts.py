"""Staff accounts and roles: hashing, signing in, slowing guesses, refusals, hostile input."""

import contextlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from argon2 import PasswordHasher, Type, extract_parameters
from sqlalchemy import func, select

from desktop_app.core import passwords
from desktop_app.core.access import NotSignedIn, PermissionDenied, Role, StaffMember
from desktop_app.core.audit import NOBODY, AuditAction
from desktop_app.core.db import Database
from desktop_app.core.errors import NotFoundError, RuleError, TresenError, ValidationError
from desktop_app.core.models import AuditEntry, Offer, StaffAccount, Visitor
from desktop_app.core.privacy_records import AuditQuery, RequestDraft, RequestKind
from desktop_app.core.records import FacilityDraft, FacilityRecord, OfferDraft, VisitorDraft
from desktop_app.core.reference import FacilityKind
from desktop_app.core.services import Services
from desktop_app.core.services.accounts import (
    AccountDraft,
    AccountRecord,
    AccountService,
    SignInDelayed,
    SignInRefused,
)
from desktop_app.core.services.audit_trail import AuditTrailService
from desktop_app.core.services.requests import RequestService
from desktop_app.core.services.setup import SetupService
from desktop_app.core.validation import CONTROL
from desktop_app.core.volunteer_records import VolunteerDraft
from tests.conftest import FakeClock

ADMIN_PASSWORD = "Tee mit Zitrone 7"
PASSWORD = "Kaffee ohne Zucker 3"


@pytest.fixture
def accounts(database: Database, clock: FakeClock) -> AccountService:
    # As at the first start: nobody on duty until the first admin exists.
    database.on_duty.sign_out()
    return AccountService(database.sessions, clock)


@pytest.fixture
def admin(accounts: AccountService) -> AccountRecord:
    return accounts.create_first_admin(
        AccountDraft("Aylin Demir", "aylin", Role.ADMIN), ADMIN_PASSWORD
    )


def _stored(database: Database, account_id: uuid.UUID) -> StaffAccount:
    with database.sessions() as session:
        row = session.get(StaffAccount, account_id)
        assert row is not None
        return row


# Hashing


def test_the_program_hashes_with_argon2id_and_enough_memory(
    production_hasher: PasswordHasher, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(passwords, "HASHER", production_hasher)
    stored = passwords.hash_secret(ADMIN_PASSWORD)
    assert stored.startswith("$argon2id$")
    parameters = extract_parameters(stored)
    assert parameters.type is Type.ID
    # OWASP's least: 19 MiB with two passes; RFC 9106's second option is 64 MiB, three passes.
    assert parameters.memory_cost >= 19 * 1024
    assert parameters.time_cost >= 2
    assert passwords.verify_secret(stored, ADMIN_PASSWORD)
    assert not passwords.verify_secret(stored, ADMIN_PASSWORD + "!")
    assert not passwords.verify_secret("not a hash at all", ADMIN_PASSWORD)


def test_accounts_store_only_hashes(
    database: Database, admin: AccountRecord, accounts: AccountService
) -> None:
    accounts.set_own_pin("4711")
    row = _stored(database, admin.id)
    assert row.password_hash.startswith("$argon2id$")
    assert row.pin_hash is not None and row.pin_hash.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in row.password_hash and "4711" not in row.pin_hash


# The first admin and signing in


def test_the_first_admin_is_created_once_and_signed_in(
    database: Database, accounts: AccountService
) -> None:
    assert not accounts.has_accounts()
    # Whatever role the form says: the first account administers the desk.
    first = accounts.create_first_admin(
        AccountDraft(" Aylin Demir ", "aylin", Role.RECEPTION), ADMIN_PASSWORD
    )
    assert (first.display_name, first.user_name, first.role) == ("Aylin Demir", "aylin", Role.ADMIN)
    assert not first.must_change_password
    assert accounts.has_accounts()
    assert database.on_duty.member == first.member
    with pytest.raises(RuleError):
        accounts.create_first_admin(AccountDraft("Mallory", "mallory", Role.ADMIN), PASSWORD)
    assert [account.user_name for account in accounts.list_accounts()] == ["aylin"]


def test_the_first_admin_needs_a_sound_password(accounts: AccountService) -> None:
    with pytest.raises(ValidationError) as refused:
        accounts.create_first_admin(AccountDraft("Aylin Demir", "aylin", Role.ADMIN), "short")
    assert set(refused.value.problems) == {"password"}
    assert not accounts.has_accounts()


def test_signing_in_with_the_right_password_puts_the_account_on_duty(
    database: Database, admin: AccountRecord, accounts: AccountService
) -> None:
    accounts.sign_out()
    assert database.on_duty.member is None
    # The user name as typed: surrounding spaces and capitals do not matter.
    signed_in = accounts.sign_in(" Aylin ", ADMIN_PASSWORD)
    assert signed_in.id == admin.id
    assert database.on_duty.member == admin.member


def test_a_wrong_password_is_refused_and_signs_nobody_in(
    database: Database, admin: AccountRecord, accounts: AccountService
) -> None:
    accounts.sign_out()
    with pytest.raises(SignInRefused):
        accounts.sign_in("aylin", ADMIN_PASSWORD.upper())
    with pytest.raises(SignInRefused):
        accounts.sign_in("aylin", "")
    assert database.on_duty.member is None
    assert _stored(database, admin.id).failed_attempts == 2


def _refusal(accounts: AccountService, user_name: str, password: str) -> TresenError:
    with pytest.raises(TresenError) as refused:
        accounts.sign_in(user_name, password)
    return refused.value


def test_unknown_and_inactive_user_names_get_the_same_refusal(
    database: Database, admin: AccountRecord, accounts: AccountService
) -> None:
    draft = AccountDraft("Jonas Weber", "jonas", Role.RECEPTION)
    jonas = accounts.add_account(draft, PASSWORD)
    accounts.update_account(jonas.id, draft, active=False)
    accounts.sign_out()
    wrong_password = _refusal(accounts, "aylin", "Kein Passwort 123")
    unknown = _refusal(accounts, "niemand", "Kein Passwort 123")
    inactive = _refusal(accounts, "jonas", PASSWORD)  # right password, retired account
    for refusal in (unknown, inactive):
        assert type(refusal) is type(wrong_password) is SignInRefused
        assert (refusal.message, str(refusal)) == (wrong_password.message, str(wrong_password))
    assert database.on_duty.member is None


def test_wrong_passwords_cost_nothing_three_times_then_a_doubling_wait(
    database: Database, admin: AccountRecord, accounts: AccountService, clock: FakeClock
) -> None:
    accounts.sign_out()
    for _ in range(3):  # no wait at all: the clock does not move between these attempts
        with pytest.raises(SignInRefused):
            accounts.sign_in("aylin", "Vertippt 1234")
    waits = []
    for _ in range(5):
        # While the wait lasts even the right password is turned away, uncounted.
        with pytest.raises(SignInDelayed) as delayed:
            accounts.sign_in("aylin", ADMIN_PASSWORD)
        waits.append(delayed.value.seconds)
        clock.advance(seconds=delayed.value.seconds - 0.5)
        with pytest.raises(SignInDelayed):
            accounts.sign_in("aylin", ADMIN_PASSWORD)
        clock.advance(seconds=0.5)
        with pytest.raises(SignInRefused):
            accounts.sign_in("aylin", "Vertippt 1234")
    assert waits == [1, 2, 4, 8, 16]
    assert _stored(database, admin.id).failed_attempts == 8
    assert database.on_duty.member is None
    clock.advance(seconds=32)
    assert accounts.sign_in("aylin", ADMIN_PASSWORD).id == admin.id
    # A success forgives the failures: the next mistake costs no wait again.
    assert _stored(database, admin.id).failed_attempts == 0
    with pytest.raises(SignInRefused):
        accounts.sign_in("aylin", "Vertippt 1234")


def test_the_wait_stops_growing_at_five_minutes() -> None:
    assert [passwords.wait_after(n) for n in range(5)] == [
        timedelta(0),
        timedelta(0),
        timedelta(0),
        timedelta(seconds=1),
        timedelta(seconds=2),
    ]
    assert passwords.wait_after(11) == timedelta(seconds=256)
    assert passwords.wait_after(12) == timedelta(minutes=5)
    # About four hours of guessing at five minutes a try: still five minutes, no overflow.
    assert passwords.wait_after(60) == passwords.wait_after(500) == timedelta(minutes=5)


def test_sign_ins_and_refusals_are_in_the_trail(
    database: Database, admin: AccountRecord, accounts: AccountService
) -> None:
    accounts.sign_out()
    with pytest.raises(SignInRefused):
        accounts.sign_in("aylin", "Vertippt 1234")
    accounts.sign_in("aylin", ADMIN_PASSWORD)
    with database.sessions() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.record_kind == "staff_account")
            .order_by(AuditEntry.seq)
        ).all()
        trail = [(row.action, row.staff_name, row.record_id) for row in rows]
    assert trail == [
        (AuditAction.CREATE, NOBODY, admin.id),
        (AuditAction.SIGN_IN, "Aylin Demir", admin.id),
        (AuditAction.REFUSED, NOBODY, admin.id),
        (AuditAction.SIGN_IN, "Aylin Demir", admin.id),
    ]


# Unlocking the screen


def test_unlocking_takes_the_password_or_the_pin(
    database: Database, admin: AccountRecord, accounts: AccountService
) -> None:
    with pytest.raises(ValidationError):
        accounts.set_own_pin("12")
    assert accounts.set_own_pin("4711").has_pin
    accounts.sign_out()  # the screen locks
    assert accounts.unlock(admin.id, "4711").id == admin.id
    assert database.on_duty.member == admin.member
    accounts.sign_out()
    assert accounts.unlock(admin.id, ADMIN_PASSWORD).id == admin.id
    accounts.sign_out()
    for wrong in ("4712", "Vertippt 1234"):
        with pytest.raises(SignInRefused):
            accounts.unlock(admin.id, wrong)
    with pytest.raises(SignInRefused):
        accounts.unlock(uuid.uuid4(), ADMIN_PASSWORD)
    assert database.on_duty.member is None
    assert _stored(database, admin.id).failed_attempts == 2


def test_without_a_pin_only_the_password_unlocks(
    admin: AccountRecord, accounts: AccountService
) -> None:
    accounts.set_own_pin("4711")
    accounts.set_own_pin(None)
    accounts.sign_out()
    with pytest.raises(SignInRefused):
        accounts.unlock(admin.id, "4711")
    assert accounts.unlock(admin.id, ADMIN_PASSWORD).id == admin.id


# An admin's upkeep


def test_an_admin_resets_a_forgotten_password(
    database: Database, admin: AccountRecord, accounts: AccountService
) -> None:
    jonas = accounts.add_account(AccountDraft("Jonas Weber", "jonas", Role.RECEPTION), PASSWORD)
    assert jonas.must_change_password  # the admin chose it: its owner replaces it
    accounts.sign_in("jonas", PASSWORD)
    own = accounts.change_own_password(PASSWORD, "Mein eigenes Passwort")
    assert not own.must_change_password
    assert accounts.set_own_pin("2580").has_pin
    with pytest.raises(SignInRefused):
        accounts.sign_in("jonas", "Vergessen 12345")

    accounts.sign_in("aylin", ADMIN_PASSWORD)
    reset = accounts.reset_password(jonas.id, "Neues Startpasswort")
    assert reset.must_change_password
    assert not reset.has_pin  # the PIN belonged with the forgotten password
    assert _stored(database, jonas.id).failed_attempts == 0
    accounts.sign_out()
    with pytest.raises(SignInRefused):
        accounts.sign_in("jonas", "Mein eigenes Passwort")
    with pytest.raises(SignInRefused):
        accounts.unlock(jonas.id, "2580")
    assert accounts.sign_in("jonas", "Neues Startpasswort").must_change_password


def test_changing_the_own_password_needs_the_current_one(
    database: Database, admin: AccountRecord, accounts: AccountService
) -> None:
    with pytest.raises(ValidationError) as refused:
        accounts.change_own_password("Vertippt 1234", "Ganz neues Passwort")
    assert set(refused.value.problems) == {"old_password"}
    with pytest.raises(ValidationError) as same:
        accounts.change_own_password(ADMIN_PASSWORD, ADMIN_PASSWORD)
    assert set(same.value.problems) == {"new_password"}
    accounts.sign_out()
    assert accounts.sign_in("aylin", ADMIN_PASSWORD).id == admin.id


def test_the_last_active_admin_cannot_be_demoted_or_deactivated(
    admin: AccountRecord, accounts: AccountService
) -> None:
    draft = AccountDraft("Aylin Demir", "aylin", Role.ADMIN)
    demoted = replace(draft, role=Role.COORDINATION)
    with pytest.raises(RuleError):
        accounts.update_account(admin.id, demoted, active=True)
    with pytest.raises(RuleError):
        accounts.update_account(admin.id, draft, active=False)
    [kept] = accounts.list_accounts()
    assert (kept.role, kept.active) == (Role.ADMIN, True)

    bernd = AccountDraft("Bernd Koch", "bernd", Role.ADMIN)
    second = accounts.add_account(bernd, PASSWORD)
    accounts.sign_in("bernd", PASSWORD)
    assert accounts.update_account(admin.id, demoted, active=True).role == Role.COORDINATION
    # Now Bernd is the last admin.
    with pytest.raises(RuleError):
        accounts.update_account(second.id, bernd, active=False)
    with pytest.raises(RuleError):
        accounts.update_account(second.id, replace(bernd, role=Role.RECEPTION), active=True)
    # An admin account that is not active does not count.
    accounts.update_account(admin.id, draft, active=False)
    with pytest.raises(RuleError):
        accounts.update_account(second.id, replace(bernd, role=Role.RECEPTION), active=True)
    assert {(a.user_name, a.role, a.active) for a in accounts.list_accounts()} == {
        ("aylin", Role.ADMIN, False),
        ("bernd", Role.ADMIN, True),
    }


def test_user_names_are_unique_and_plain(admin: AccountRecord, accounts: AccountService) -> None:
    with pytest.raises(ValidationError) as taken:
        accounts.add_account(AccountDraft("Aylin Zweite", "aylin", Role.RECEPTION), PASSWORD)
    assert set(taken.value.problems) == {"user_name"}
    jonas = accounts.add_account(AccountDraft("Jonas Weber", "jonas", Role.RECEPTION), PASSWORD)
    with pytest.raises(ValidationError) as renamed:
        accounts.update_account(
            jonas.id, AccountDraft("Jonas Weber", "aylin", Role.RECEPTION), active=True
        )
    assert set(renamed.value.problems) == {"user_name"}
    for name in ("Jonas", "j", "jonas weber", "robert'); drop table staff_account;--", ".jonas"):
        with pytest.raises(ValidationError) as odd:
            accounts.add_account(AccountDraft("Jonas Zwei", name, Role.RECEPTION), PASSWORD)
        assert set(odd.value.problems) == {"user_name"}, name
    assert [account.user_name for account in accounts.list_accounts()] == ["aylin", "jonas"]


# Roles: what each may do, asked of the services themselves


@dataclass(frozen=True)
class Desk:
    database: Database
    services: Services
    accounts: AccountService
    setup: SetupService
    trail: AuditTrailService
    requests: RequestService
    admin: AccountRecord
    volunteer_id: uuid.UUID
    request_id: uuid.UUID


REQUEST = RequestDraft(RequestKind.ACCESS, "Amal Haddad", date(2026, 11, 20))
FACILITY = FacilityDraft(name="Nachbarschaftshaus Am Park", kind=FacilityKind.NACHBARSCHAFTSHAUS)

# Each action with the permission it needs.
ACTIONS: dict[str, Callable[[Desk], object]] = {
    "accounts.add_account": lambda d: d.accounts.add_account(
        AccountDraft("Mallory", "mallory", Role.ADMIN), PASSWORD
    ),
    "accounts.reset_password": lambda d: d.accounts.reset_password(d.admin.id, PASSWORD),
    "accounts.list_accounts": lambda d: d.accounts.list_accounts(),
    "accounts.update_account": lambda d: d.accounts.update_account(
        d.admin.id, AccountDraft("Aylin Demir", "aylin", Role.ADMIN), active=True
    ),
    "directory.delete": lambda d: d.services.directory.delete(uuid.uuid4()),
    "volunteers.delete": lambda d: d.services.volunteers.delete(d.volunteer_id),
    "offers.create": lambda d: d.services.offers.create(OfferDraft(title="Yoga")),
    "setup.update_facility": lambda d: d.setup.update_facility(FACILITY),
    "hours.export_rows": lambda d: d.services.hours.export_rows(
        date(2026, 1, 1), date(2026, 12, 31)
    ),
    "conflicts.open_conflicts": lambda d: d.services.conflicts.open_conflicts(),
    "trail.entries": lambda d: d.trail.entries(AuditQuery()),
    "trail.staff_names": lambda d: d.trail.staff_names(),
    "trail.check": lambda d: d.trail.check(),
    "trail.record_export": lambda d: d.trail.record_export("volunteer_hours", None, None),
    "requests.open_requests": lambda d: d.requests.open_requests(),
    "requests.all_requests": lambda d: d.requests.all_requests(),
    "requests.record": lambda d: d.requests.record(REQUEST),
    "requests.answer": lambda d: d.requests.answer(d.request_id, date(2026, 11, 23)),
    "requests.update": lambda d: d.requests.update(d.request_id, REQUEST),
}
ACCOUNT_ACTIONS = {name for name in ACTIONS if name.startswith("accounts.")}


@pytest.fixture
def desk(
    database: Database,
    facility: FacilityRecord,
    services: Services,
    clock: FakeClock,
    accounts: AccountService,
    admin: AccountRecord,
) -> Desk:
    requests = RequestService(database.sessions, facility.id, clock)
    return Desk(
        database=database,
        services=services,
        accounts=accounts,
        setup=SetupService(database.sessions),
        trail=AuditTrailService(database.sessions),
        requests=requests,
        admin=admin,
        volunteer_id=services.volunteers.create(VolunteerDraft(first_name="Jonas")).id,
        request_id=requests.record(REQUEST).id,
    )


def _sign_in_as(desk: Desk, role: Role) -> None:
    """Sign in through the account service, as the sign-in page does."""
    user_name, password = "aylin", ADMIN_PASSWORD
    if role is not Role.ADMIN:
        user_name, password = "kim", PASSWORD
        desk.accounts.add_account(AccountDraft("Kim Lee", user_name, role), password)
    desk.accounts.sign_out()
    desk.accounts.sign_in(user_name, password)
    assert desk.database.on_duty.current().role is role


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_reception_is_refused_every_coordination_and_admin_action(desk: Desk, action: str) -> None:
    _sign_in_as(desk, Role.RECEPTION)
    with pytest.raises(PermissionDenied):
        ACTIONS[action](desk)


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_coordination_is_refused_only_the_accounts(desk: Desk, action: str) -> None:
    _sign_in_as(desk, Role.COORDINATION)
    if action in ACCOUNT_ACTIONS:
        with pytest.raises(PermissionDenied):
            ACTIONS[action](desk)
    else:
        _allowed(desk, action)


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_an_admin_may_do_everything(desk: Desk, action: str) -> None:
    _sign_in_as(desk, Role.ADMIN)
    _allowed(desk, action)


def _allowed(desk: Desk, action: str) -> None:
    # Let through, the action may still find no record of the made-up id it was given.
    with contextlib.suppress(NotFoundError):
        ACTIONS[action](desk)


@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_nobody_signed_in_is_asked_to_sign_in(desk: Desk, action: str) -> None:
    desk.accounts.sign_out()
    with pytest.raises(NotSignedIn):
        ACTIONS[action](desk)


def test_nobody_signed_in_cannot_use_the_desk_either(desk: Desk) -> None:
    desk.accounts.sign_out()
    with pytest.raises(NotSignedIn):
        desk.services.visitors.search("Amal")
    with pytest.raises(NotSignedIn):
        desk.services.visitors.register(VisitorDraft(first_name="Amal"))
    with pytest.raises(NotSignedIn):
        desk.trail.record_view("visitor", None, None)


def test_a_refused_action_leaves_nothing_behind(desk: Desk) -> None:
    _sign_in_as(desk, Role.RECEPTION)
    for action in ("accounts.add_account", "offers.create", "requests.record"):
        with pytest.raises(PermissionDenied):
            ACTIONS[action](desk)
    with desk.database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(StaffAccount)) == 2
        assert session.scalar(select(func.count()).where(Offer.title == "Yoga")) == 0
    _sign_in_as(desk, Role.ADMIN)
    assert len(desk.requests.all_requests()) == 1


def test_reception_works_the_desk(desk: Desk) -> None:
    """The refusals above are about roles, not a desk that refuses everyone."""
    _sign_in_as(desk, Role.RECEPTION)
    visitor = desk.services.visitors.register(VisitorDraft(first_name="Amal"))
    assert desk.services.visitors.search("amal")[0].id == visitor.id
    desk.trail.record_view("visitor", visitor.id, visitor.id)
    desk.trail.record_print("visitor", visitor.id, visitor.id, "slip")


def test_the_on_duty_member_is_what_the_services_check(database: Database) -> None:
    """A member put on duty without an account is held to their role all the same."""
    database.on_duty.sign_in(StaffMember(id=uuid.uuid4(), name="Kim Lee", role=Role.RECEPTION))
    with pytest.raises(PermissionDenied):
        SetupService(database.sessions).update_facility(FACILITY)


# Hostile input


SQL_NAME = "Robert'); DROP TABLE visitor;--"


def test_sql_like_text_is_stored_literally_and_found_again(
    database: Database, services: Services
) -> None:
    visitor = services.visitors.register(VisitorDraft(first_name=SQL_NAME, last_name="O'Brien"))
    assert services.visitors.get(visitor.id).first_name == SQL_NAME
    assert [found.id for found in services.visitors.search("Robert")] == [visitor.id]
    assert [found.id for found in services.visitors.search("DROP TABLE")] == [visitor.id]
    assert [found.id for found in services.visitors.search("obrien")] == [visitor.id]
    with database.sessions() as session:
        assert session.scalar(select(Visitor.first_name).where(Visitor.id == visitor.id)) == (
            SQL_NAME
        )
        assert session.scalar(select(func.count()).select_from(Visitor)) == 1


def test_sql_like_user_names_are_simply_unknown(
    admin: AccountRecord, accounts: AccountService
) -> None:
    accounts.sign_out()
    for user_name in ("aylin' --", "' OR '1'='1", "aylin'; DROP TABLE staff_account;--"):
        with pytest.raises(SignInRefused):
            accounts.sign_in(user_name, "' OR '1'='1")
    assert accounts.sign_in("aylin", ADMIN_PASSWORD).id == admin.id


@pytest.mark.parametrize(
    "first_name",
    ["Ro\x00bert", "Ro\x07bert", "Robert\nSmith", "Robert\tSmith", "Ro\u200bbert", "Ro\x7fbert"],
)
def test_control_characters_are_refused_with_a_message(
    database: Database, services: Services, first_name: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.visitors.register(VisitorDraft(first_name=first_name, last_name="Smith"))
    assert refused.value.problems["first_name"].message == CONTROL
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Visitor)) == 0


def test_control_characters_in_account_names_are_refused(
    admin: AccountRecord, accounts: AccountService
) -> None:
    with pytest.raises(ValidationError) as refused:
        accounts.add_account(AccountDraft("Jonas\x1bWeber", "jonas", Role.RECEPTION), PASSWORD)
    assert refused.value.problems["display_name"].message == CONTROL

"""Staff accounts: the first admin, signing in, unlocking, and an admin's account upkeep."""

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from math import ceil

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core import audit, limits, passwords
from desktop_app.core.access import OnDuty, Permission, Role, StaffMember
from desktop_app.core.audit import AuditAction
from desktop_app.core.db import SessionFactory
from desktop_app.core.errors import (
    FieldProblem,
    NotFoundError,
    RuleError,
    TresenError,
    ValidationError,
)
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.models import StaffAccount
from desktop_app.core.services.base import NOT_FOUND
from desktop_app.core.text import clean
from desktop_app.core.validation import REQUIRED, TOO_LONG, Checker

PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("errors", "The two passwords differ.")
PASSWORD_MIN = 10
PASSWORD_MAX = 200
_USER_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
_PIN = re.compile(r"^[0-9]{4,8}$")


class SignInRefused(TresenError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "User name or password is not correct."))


class SignInDelayed(TresenError):
    """Too many wrong attempts: the next one must wait."""

    def __init__(self, seconds: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Too many wrong attempts. Please wait {seconds} seconds and try again.",
            ),
            seconds=seconds,
        )
        self.seconds = seconds


@dataclass(frozen=True)
class AccountDraft:
    display_name: str
    user_name: str
    role: Role


@dataclass(frozen=True, kw_only=True)
class AccountRecord(AccountDraft):
    id: uuid.UUID
    active: bool
    has_pin: bool
    must_change_password: bool

    @property
    def member(self) -> StaffMember:
        return StaffMember(id=self.id, name=self.display_name, role=self.role)


def _record(row: StaffAccount) -> AccountRecord:
    return AccountRecord(
        id=row.id,
        display_name=row.display_name,
        user_name=row.user_name,
        role=Role(row.role),
        active=row.active,
        has_pin=row.pin_hash is not None,
        must_change_password=row.must_change_password,
    )


def _check_password(checker: Checker, password: str, name: str = "password") -> None:
    if not password:
        checker.add(name, REQUIRED)
    elif len(password) < PASSWORD_MIN:
        checker.add(
            name, QT_TRANSLATE_NOOP("errors", "At least {min} characters."), min=PASSWORD_MIN
        )
    elif len(password) > PASSWORD_MAX:
        checker.add(name, TOO_LONG, max=PASSWORD_MAX)


def check_account(draft: AccountDraft, password: str | None) -> None:
    """Raise a ``ValidationError`` for a draft (and a new password) that cannot be saved."""
    checker = Checker()
    checker.text("display_name", draft.display_name, limits.NAME_MAX, required=True)
    checker.text("user_name", draft.user_name, 40, required=True)
    checker.pattern(
        "user_name",
        draft.user_name,
        lambda v: _USER_NAME.match(v) is not None,
        QT_TRANSLATE_NOOP(
            "errors",
            "2 to 40 small letters, digits, dots, hyphens or underscores, starting with a"
            " letter or digit.",
        ),
    )
    if password is not None:
        _check_password(checker, password)
    checker.raise_if_any()


class AccountService:
    """Accounts of this desk. Signing in changes who is on duty (``OnDuty``)."""

    def __init__(self, sessions: SessionFactory, clock: Callable[[], datetime]) -> None:
        self._sessions = sessions
        self._clock = clock
        self._on_duty: OnDuty = audit.on_duty_for(sessions)

    # Before anyone has signed in

    def has_accounts(self) -> bool:
        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(StaffAccount)) != 0

    def create_first_admin(self, draft: AccountDraft, password: str) -> AccountRecord:
        """The first start's admin account, signed in at once; refused once any exists."""
        draft = AccountDraft(clean(draft.display_name), clean(draft.user_name), Role.ADMIN)
        check_account(draft, password)
        with self._sessions.begin() as session:
            if session.scalar(select(func.count()).select_from(StaffAccount)):
                raise RuleError(QT_TRANSLATE_NOOP("errors", "This desk already has accounts."))
            row = self._add(session, draft, password)
            record = _record(row)
            self._on_duty.sign_in(record.member)
            audit.record(session, AuditAction.SIGN_IN, "staff_account", record_id=row.id)
        return record

    def sign_in(self, user_name: str, password: str) -> AccountRecord:
        """Check the password and put the account on duty; failures slow the next try."""
        with self._sessions.begin() as session:
            row = session.scalar(
                select(StaffAccount).where(StaffAccount.user_name == clean(user_name).lower())
            )
            if row is None or not row.active:
                passwords.verify_nothing(password)
                refused = True
            else:
                refused = not self._attempt(session, row, row.password_hash, password)
            if not refused:
                assert row is not None
                record = _record(row)
                self._on_duty.sign_in(record.member)
                audit.record(session, AuditAction.SIGN_IN, "staff_account", record_id=row.id)
                return record
        raise SignInRefused()

    def unlock(self, account_id: uuid.UUID, secret: str) -> AccountRecord:
        """Unlock the screen for the account that locked it, with its password or PIN."""
        with self._sessions.begin() as session:
            row = session.get(StaffAccount, account_id)
            if row is None or not row.active:
                raise SignInRefused()
            # Passwords are longer than any PIN: the secret's form says which to check.
            stored = row.pin_hash if row.pin_hash and _PIN.match(secret) else row.password_hash
            if self._attempt(session, row, stored, secret):
                record = _record(row)
                self._on_duty.sign_in(record.member)
                return record
        raise SignInRefused()

    def _attempt(self, session: Session, row: StaffAccount, stored: str, secret: str) -> bool:
        """Verify ``secret``; count a failure (committed with the session) or clear them."""
        now = self._clock()
        next_at = passwords.next_attempt_at(row.failed_attempts, row.last_failed_at)
        if next_at is not None and now < next_at:
            raise SignInDelayed(ceil((next_at - now).total_seconds()))
        if passwords.verify_secret(stored, secret):
            row.failed_attempts = 0
            row.last_failed_at = None
            if stored == row.password_hash and passwords.HASHER.check_needs_rehash(stored):
                row.password_hash = passwords.hash_secret(secret)
            return True
        row.failed_attempts += 1
        row.last_failed_at = now
        audit.record(
            session,
            AuditAction.REFUSED,
            "staff_account",
            record_id=row.id,
            member=StaffMember(id=None, name=audit.NOBODY, role=Role.RECEPTION),
        )
        return False

    def sign_out(self) -> None:
        self._on_duty.sign_out()

    # The signed-in staff member's own account

    def change_own_password(self, old_password: str, new_password: str) -> AccountRecord:
        member = self._on_duty.current()
        checker = Checker()
        _check_password(checker, new_password, "new_password")
        if new_password and new_password == old_password:
            checker.add(
                "new_password",
                QT_TRANSLATE_NOOP("errors", "The new password must differ from the old one."),
            )
        checker.raise_if_any()
        with self._sessions.begin() as session:
            row = self._own(session, member)
            if self._attempt(session, row, row.password_hash, old_password):
                row.password_hash = passwords.hash_secret(new_password)
                row.must_change_password = False
                return _record(row)
        # Outside the transaction: the failed attempt is counted (committed) all the same.
        wrong = QT_TRANSLATE_NOOP("errors", "This is not your current password.")
        raise ValidationError({"old_password": FieldProblem(wrong)})

    def set_own_pin(self, pin: str | None) -> AccountRecord:
        """A PIN of 4 to 8 digits for unlocking the screen, or none."""
        member = self._on_duty.current()
        if pin is not None and not _PIN.match(pin):
            checker = Checker()
            checker.add("pin", QT_TRANSLATE_NOOP("errors", "A PIN has 4 to 8 digits."))
            checker.raise_if_any()
        with self._sessions.begin() as session:
            row = self._own(session, member)
            row.pin_hash = passwords.hash_secret(pin) if pin is not None else None
            return _record(row)

    def _own(self, session: Session, member: StaffMember) -> StaffAccount:
        row = session.get(StaffAccount, member.id) if member.id else None
        if row is None:
            raise NotFoundError(NOT_FOUND)
        return row

    # An admin's upkeep

    def list_accounts(self) -> list[AccountRecord]:
        self._on_duty.require(Permission.ACCOUNTS)
        with self._sessions() as session:
            rows = session.scalars(select(StaffAccount).order_by(StaffAccount.display_name))
            return [_record(row) for row in rows]

    def add_account(self, draft: AccountDraft, password: str) -> AccountRecord:
        self._on_duty.require(Permission.ACCOUNTS)
        draft = AccountDraft(clean(draft.display_name), clean(draft.user_name), draft.role)
        check_account(draft, password)
        with self._sessions.begin() as session:
            return _record(self._add(session, draft, password, must_change_password=True))

    def update_account(
        self, account_id: uuid.UUID, draft: AccountDraft, *, active: bool
    ) -> AccountRecord:
        self._on_duty.require(Permission.ACCOUNTS)
        draft = AccountDraft(clean(draft.display_name), clean(draft.user_name), draft.role)
        check_account(draft, None)
        with self._sessions.begin() as session:
            row = session.get(StaffAccount, account_id)
            if row is None:
                raise NotFoundError(NOT_FOUND)
            self._check_unique(session, draft.user_name, account_id)
            row.display_name = draft.display_name
            row.user_name = draft.user_name
            row.role = draft.role.value
            row.active = active
            session.flush()
            self._keep_an_admin(session)
            record = _record(row)
        # Whoever changed their own account works on with its new name and role.
        member = self._on_duty.member
        if member is not None and member.id == account_id:
            if active:
                self._on_duty.sign_in(record.member)
            else:
                self._on_duty.sign_out()
        return record

    def reset_password(self, account_id: uuid.UUID, new_password: str) -> AccountRecord:
        """A forgotten password replaced by the admin; its owner sets a new one at sign-in."""
        self._on_duty.require(Permission.ACCOUNTS)
        checker = Checker()
        _check_password(checker, new_password)
        checker.raise_if_any()
        with self._sessions.begin() as session:
            row = session.get(StaffAccount, account_id)
            if row is None:
                raise NotFoundError(NOT_FOUND)
            row.password_hash = passwords.hash_secret(new_password)
            row.pin_hash = None
            row.must_change_password = True
            row.failed_attempts = 0
            row.last_failed_at = None
            return _record(row)

    def _add(
        self,
        session: Session,
        draft: AccountDraft,
        password: str,
        *,
        must_change_password: bool = False,
    ) -> StaffAccount:
        self._check_unique(session, draft.user_name, None)
        row = StaffAccount(
            user_name=draft.user_name,
            display_name=draft.display_name,
            role=draft.role.value,
            password_hash=passwords.hash_secret(password),
            must_change_password=must_change_password,
            active=True,
            failed_attempts=0,
        )
        session.add(row)
        session.flush()
        return row

    @staticmethod
    def _check_unique(session: Session, user_name: str, own_id: uuid.UUID | None) -> None:
        taken = session.scalar(
            select(StaffAccount.id).where(
                StaffAccount.user_name == user_name, StaffAccount.id != own_id
            )
        )
        if taken is not None:
            checker = Checker()
            checker.add(
                "user_name", QT_TRANSLATE_NOOP("errors", "This user name is already taken.")
            )
            checker.raise_if_any()

    @staticmethod
    def _keep_an_admin(session: Session) -> None:
        admins = session.scalar(
            select(func.count())
            .select_from(StaffAccount)
            .where(StaffAccount.role == Role.ADMIN.value, StaffAccount.active.is_(True))
        )
        if not admins:
            raise RuleError(
                QT_TRANSLATE_NOOP("errors", "The desk needs at least one active administrator.")
            )

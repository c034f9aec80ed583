"""Who works at the desk and what their role lets them do.

Every service asks ``OnDuty.require`` before it acts, so a reception account is refused an
admin action whichever way it is asked for (menu, shortcut, command line, a test calling
the service), not only where a screen hides the button.
"""

import threading
import uuid
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.errors import TresenError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    RECEPTION = "reception"
    COORDINATION = "coordination"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.RECEPTION: QT_TRANSLATE_NOOP("reference", "Reception"),
    Role.COORDINATION: QT_TRANSLATE_NOOP("reference", "Coordination"),
    Role.ADMIN: QT_TRANSLATE_NOOP("reference", "Administration"),
}


class Permission(StrEnum):
    DESK = "desk"  # check-in, head counts, visitors, referrals, volunteers' hours
    EXPORT = "export"  # files and reports that leave the program
    DELETE = "delete"  # deleting records of people and partners
    CONSENT_ADMIN = "consent_admin"  # withdrawing consents, with what follows from it
    RETENTION = "retention"  # deletion runs
    RETENTION_RULES = "retention_rules"  # how long each kind of record is kept
    SETTINGS = "settings"  # facility profile, offers, fields of action, shared database
    PRIVACY_OFFICE = "privacy_office"  # audit trail, access reports, requests, register
    ACCOUNTS = "accounts"  # staff accounts and passwords


_COORDINATION = frozenset(Permission) - {Permission.ACCOUNTS, Permission.RETENTION_RULES}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTION: frozenset({Permission.DESK}),
    Role.COORDINATION: _COORDINATION,
    Role.ADMIN: frozenset(Permission),
}


@dataclass(frozen=True)
class StaffMember:
    """A signed-in staff member, as services and the audit trail name them."""

    id: uuid.UUID | None  # None for the command line, which has no account
    name: str
    role: Role

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


def command_line(user: str) -> StaffMember:
    """Whoever runs a ``tresen`` command: the operating system's user, with full rights.

    The command line acts on the database file directly; whoever may run it may also copy
    the file, so a role would protect nothing there.
    """
    return StaffMember(id=None, name=f"{COMMAND_LINE} ({user})", role=Role.ADMIN)


COMMAND_LINE = "Kommandozeile"


class NotSignedIn(TresenError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Please sign in first."))


class PermissionDenied(TresenError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Your role does not allow this. Please ask a coordinator or an administrator.",
            )
        )


class OnDuty:
    """The staff member working at this desk now; changes at sign-in, lock and takeover.

    One per open database. Services read it on the worker thread while the window changes
    it on the GUI thread, hence the lock.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._member: StaffMember | None = None

    @property
    def member(self) -> StaffMember | None:
        with self._lock:
            return self._member

    def sign_in(self, member: StaffMember) -> None:
        with self._lock:
            self._member = member

    def sign_out(self) -> None:
        with self._lock:
            self._member = None

    def current(self) -> StaffMember:
        member = self.member
        if member is None:
            raise NotSignedIn()
        return member

    def require(self, permission: Permission) -> StaffMember:
        """The staff member on duty, if their role allows ``permission``; else refuse."""
        member = self.current()
        if not member.may(permission):
            raise PermissionDenied()
        return member

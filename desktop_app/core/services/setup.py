"""The facility this desk serves: first-start set-up and the facility profile."""

import uuid

from desktop_app.core.access import Permission
from desktop_app.core.audit import on_duty_for
from desktop_app.core.db import SessionFactory
from desktop_app.core.errors import RuleError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.ids import new_id
from desktop_app.core.local_file import FACILITY_KEY
from desktop_app.core.models import Facility, FieldOfAction, LocalState
from desktop_app.core.records import FacilityDraft, FacilityRecord
from desktop_app.core.reference import DEFAULT_FIELDS_OF_ACTION, FacilityKind
from desktop_app.core.text import clean
from desktop_app.core.validation import check_facility

DESK_KEY = "desk_id"


def _record(row: Facility) -> FacilityRecord:
    return FacilityRecord(
        id=row.id,
        name=row.name,
        kind=FacilityKind(row.kind),
        street=row.street,
        postcode=row.postcode,
        city=row.city,
        phone=row.phone,
        email=row.email,
        contact_person=row.contact_person,
        last_name_required=row.last_name_required,
    )


def _cleaned(draft: FacilityDraft) -> FacilityDraft:
    return FacilityDraft(
        name=clean(draft.name),
        kind=draft.kind,
        street=clean(draft.street),
        postcode=clean(draft.postcode),
        city=clean(draft.city),
        phone=clean(draft.phone),
        email=clean(draft.email),
        contact_person=clean(draft.contact_person),
        last_name_required=draft.last_name_required,
    )


class SetupService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def local_facility(self) -> FacilityRecord | None:
        """The facility this desk serves, or None before the first-start set-up."""
        with self._sessions.begin() as session:
            state = session.get(LocalState, FACILITY_KEY)
            if state is None:
                return None
            row = session.get(Facility, uuid.UUID(state.value))
            return None if row is None else _record(row)

    def set_up(self, draft: FacilityDraft) -> FacilityRecord:
        """Create the desk's facility with the default fields of action."""
        draft = _cleaned(draft)
        check_facility(draft)
        with self._sessions.begin() as session:
            if session.get(LocalState, FACILITY_KEY) is not None:
                raise RuleError(QT_TRANSLATE_NOOP("errors", "This desk is already set up."))
            row = Facility(id=new_id(), **_fields(draft))
            session.add(row)
            session.flush()
            session.add(LocalState(key=FACILITY_KEY, value=str(row.id)))
            session.add(LocalState(key=DESK_KEY, value=str(new_id())))
            session.add_all(
                FieldOfAction(facility_id=row.id, name=name, position=position)
                for position, name in enumerate(DEFAULT_FIELDS_OF_ACTION)
            )
            return _record(row)

    def validate_facility(self, draft: FacilityDraft) -> None:
        """Raise the ``ValidationError`` that ``update_facility(draft)`` would; save nothing.

        Lets the settings dialog check every tab before it saves any of them.
        """
        check_facility(_cleaned(draft))

    def update_facility(self, draft: FacilityDraft) -> FacilityRecord:
        on_duty_for(self._sessions).require(Permission.SETTINGS)
        draft = _cleaned(draft)
        check_facility(draft)
        with self._sessions.begin() as session:
            state = session.get(LocalState, FACILITY_KEY)
            row = None if state is None else session.get(Facility, uuid.UUID(state.value))
            if row is None:
                raise RuleError(QT_TRANSLATE_NOOP("errors", "This desk is not set up yet."))
            for name, value in _fields(draft).items():
                setattr(row, name, value)
            return _record(row)


def _fields(draft: FacilityDraft) -> dict[str, object]:
    return {
        "name": draft.name,
        "kind": draft.kind.value,
        "street": draft.street,
        "postcode": draft.postcode,
        "city": draft.city,
        "phone": draft.phone,
        "email": draft.email,
        "contact_person": draft.contact_person,
        "last_name_required": draft.last_name_required,
    }

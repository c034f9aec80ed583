"""Access reports (Art. 15 GDPR): finding the person, gathering all their data, logging it.

A report covers one person: a visitor, together with the volunteer profile linked to them,
or a volunteer, together with their visitor record. Each kind of record is read with one
query for the whole person, however long their history. Making a report is the privacy
office's task and is written to the audit trail.
"""

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, literal_column, or_, select, text
from sqlalchemy.orm import Session

from desktop_app.core import audit, codes, limits
from desktop_app.core.access import Permission, StaffMember
from desktop_app.core.access_report import (
    ACCESSES,
    ACCESSES_NOTE,
    ALLOWANCE_KINDS_DE,
    ALLOWANCES,
    AUDIT_ACTIONS_DE,
    BENEFIT_LABELS,
    BENEFIT_NOTE,
    BENEFIT_TEXT,
    CONFLICTS,
    CONFLICTS_NOTE,
    CONSENT_MANNERS_DE,
    CONSENT_PURPOSES_DE,
    CONSENTS,
    FURTHER,
    GENDERS_DE,
    HOURS,
    HOURS_NOTE,
    HOURS_STATUSES_DE,
    INTRO,
    LANGUAGES_DE,
    NO_DATA_INTRO,
    NO_DATA_REQUEST_KEPT,
    OTHER_COLUMN_LABELS,
    RECIPIENTS_NEVER,
    RECIPIENTS_REFERRAL_SHARED,
    RECIPIENTS_REFERRALS,
    RECIPIENTS_SHARED,
    RECIPIENTS_SLIP,
    REFERRAL_STATUSES_DE,
    REFERRAL_STEPS,
    REFERRALS,
    REPORT_TITLE,
    REQUEST_KINDS_DE,
    REQUESTS,
    RIGHTS,
    SECTION_TITLES,
    SOURCE_AUDIT,
    SOURCE_DESK,
    SOURCE_REFERRAL_STEPS,
    SOURCE_VOLUNTEER,
    TRAININGS,
    VISITOR_LABELS,
    VISITS,
    VOLUNTEER_LABELS,
    AccessReport,
    Hours,
    Money,
    PersonKind,
    PersonMatch,
    ReportField,
    ReportSection,
    ReportTable,
    Value,
    german,
)
from desktop_app.core.audit import AuditAction
from desktop_app.core.document_records import Letterhead
from desktop_app.core.models import (
    AllowancePayment,
    AuditEntry,
    Consent,
    DataRequest,
    Facility,
    Offer,
    Referral,
    ReferralEvent,
    ReferralPerson,
    SyncConflict,
    Visit,
    Visitor,
    Volunteer,
    VolunteerBenefitFlag,
    VolunteerHours,
    VolunteerTraining,
)
from desktop_app.core.processing import (
    ACCESS_REQUESTS,
    DISTRICT_AGGREGATES,
    ProcessingActivity,
    register_activities,
)
from desktop_app.core.services.base import FacilityService
from desktop_app.core.services.visitors import fts_expression
from desktop_app.core.sharing import BY_NAME, LOCAL_ONLY, TABLE_NAMES_DE, Scope
from desktop_app.core.text import clean, fold
from desktop_app.core.validation import Checker

# The audit trail's name for a report; its detail says which kind was made.
RECORD_KIND = "access_report"
NO_DATA_DETAIL = "no_data"
# More matches than this are not a search for one person any more.
MATCH_LIMIT = 100

NOTES = VISITOR_LABELS["notes"]
_RECORD_KINDS: dict[str, str] = {**TABLE_NAMES_DE, RECORD_KIND: REPORT_TITLE}


@dataclass(frozen=True)
class _Person:
    """The rows the report is about: a visitor record, volunteer profiles, or both."""

    visitor: Visitor | None
    volunteers: tuple[Volunteer, ...]

    @property
    def ids(self) -> tuple[uuid.UUID, ...]:
        own = (self.visitor.id,) if self.visitor is not None else ()
        return own + tuple(volunteer.id for volunteer in self.volunteers)

    @property
    def name(self) -> str:
        row = self.visitor if self.visitor is not None else self.volunteers[0]
        return f"{row.first_name} {row.last_name}".strip()


class AccessReportService(FacilityService):
    """The privacy office's access reports: coordination and administration only."""

    def find_people(self, text: str) -> list[PersonMatch]:
        """Visitors by name or visitor number, and volunteers by name, in name order."""
        self._require(Permission.PRIVACY_OFFICE)
        words = fold(text).split()
        if not words:
            return []
        with self._sessions.begin() as session:
            visitors = self._matching_visitors(session, text)
            volunteers = session.scalars(
                self._live_volunteers()
                .where(*(Volunteer.sort_name.contains(word, autoescape=True) for word in words))
                .order_by(Volunteer.sort_name)
                .limit(MATCH_LIMIT)
            ).all()
            matches = [
                PersonMatch(
                    PersonKind.VISITOR,
                    row.id,
                    f"{row.first_name} {row.last_name}".strip(),
                    row.birth_year,
                    row.number,
                )
                for row in visitors
            ]
            matches.extend(
                PersonMatch(
                    PersonKind.VOLUNTEER,
                    row.id,
                    f"{row.first_name} {row.last_name}".strip(),
                    row.birth_year,
                )
                for row in volunteers
            )
        return sorted(matches, key=lambda match: (fold(match.display_name), match.kind, match.id))

    def for_visitor(self, visitor_id: uuid.UUID) -> AccessReport:
        """The report of a visitor, with any volunteer profile linked to them."""
        member = self._require(Permission.PRIVACY_OFFICE)
        with self._sessions.begin() as session:
            visitor = self._get(session, Visitor, visitor_id)
            volunteers = session.scalars(
                self._live_volunteers()
                .where(Volunteer.visitor_id == visitor.id)
                .order_by(Volunteer.created_at)
            ).all()
            return self._report(session, _Person(visitor, tuple(volunteers)), member)

    def for_volunteer(self, volunteer_id: uuid.UUID) -> AccessReport:
        """The report of a volunteer; one linked to a visitor gets the visitor's report,
        which holds both."""
        member = self._require(Permission.PRIVACY_OFFICE)
        with self._sessions.begin() as session:
            volunteer = self._get(session, Volunteer, volunteer_id)
            visitor = None
            if volunteer.visitor_id is not None:
                visitor = session.get(Visitor, volunteer.visitor_id)
                if visitor is not None and (
                    visitor.deleted_at is not None or visitor.facility_id != self._facility_id
                ):
                    visitor = None
            volunteers: Sequence[Volunteer] = (volunteer,)
            if visitor is not None:
                volunteers = session.scalars(
                    self._live_volunteers()
                    .where(Volunteer.visitor_id == visitor.id)
                    .order_by(Volunteer.created_at)
                ).all()
            return self._report(session, _Person(visitor, tuple(volunteers)), member)

    def no_data(self, requester: str) -> AccessReport:
        """The answer that nothing is held about ``requester``, as they named themselves."""
        member = self._require(Permission.PRIVACY_OFFICE)
        requester = clean(requester)
        checker = Checker()
        checker.text("requester", requester, limits.NAME_MAX, required=True)
        checker.raise_if_any()
        with self._sessions.begin() as session:
            kept = NO_DATA_REQUEST_KEPT.format(retention=ACCESS_REQUESTS.retention[0])
            report = AccessReport(
                requester=requester,
                controller=self._controller(session),
                made_at=self._now(),
                intro=f"{NO_DATA_INTRO} {kept}",
                sections=(),
                activities=(),
                recipients=(),
                source=(),
                further=(),
                rights=RIGHTS,
                no_data=True,
            )
            audit.record(
                session, AuditAction.EXPORT, RECORD_KIND, detail=NO_DATA_DETAIL, member=member
            )
            return report

    # Gathering.

    def _report(self, session: Session, person: _Person, member: StaffMember) -> AccessReport:
        sections: list[ReportSection] = []
        found: set[str] = set()
        visitor = person.visitor
        shared_referrals: list[tuple[str, str]] = []
        referrals_found = False
        steps_by_others = False
        if visitor is not None:
            found.add("visitor")
            sections.append(_visitor_section(visitor))
            sections.extend(self._visits(session, visitor, found))
            sections.extend(self._consents(session, visitor, found))
            referral_sections, shared_referrals, steps_by_others = self._referrals(
                session, visitor, found
            )
            referrals_found = bool(referral_sections)
            sections.extend(referral_sections)
        if person.volunteers:
            found.add("volunteer")
            sections.extend(self._volunteering(session, person, found))
        if visitor is not None:
            sections.extend(self._requests(session, visitor, found))
        sections.extend(self._conflicts(session, person, found))
        sections.extend(self._accesses(session, person.ids, found))

        notes = any(row.notes.strip() for row in (visitor, *person.volunteers) if row is not None)
        report = AccessReport(
            requester=person.name,
            controller=self._controller(session),
            made_at=self._now(),
            intro=INTRO,
            sections=tuple(sections),
            activities=_activities(found),
            recipients=_recipients(found, notes, referrals_found, shared_referrals),
            source=_source(found, steps_by_others),
            further=FURTHER,
            rights=RIGHTS,
        )
        for person_id in person.ids:
            audit.record(
                session,
                AuditAction.EXPORT,
                RECORD_KIND,
                record_id=person_id,
                person_id=person_id,
                member=member,
            )
        return report

    def _visits(self, session: Session, visitor: Visitor, found: set[str]) -> list[ReportSection]:
        rows = session.execute(
            select(Visit.visited_at, Offer.title)
            .join(Offer, Offer.id == Visit.offer_id)
            .where(Visit.visitor_id == visitor.id, Visit.deleted_at.is_(None))
            .order_by(Visit.visited_at)
        ).all()
        if not rows:
            return []
        found.add("visit")
        table = ReportTable(VISITS, tuple((_local(at), title) for at, title in rows))
        return [ReportSection("visits", SECTION_TITLES["visits"], table=table)]

    def _consents(self, session: Session, visitor: Visitor, found: set[str]) -> list[ReportSection]:
        rows = session.execute(
            select(Consent, Referral.code)
            .outerjoin(Referral, Referral.id == Consent.referral_id)
            .where(
                Consent.visitor_id == visitor.id,
                Consent.facility_id == self._facility_id,
                Consent.deleted_at.is_(None),
            )
            .order_by(Consent.given_at, Consent.created_at)
        ).all()
        if not rows:
            return []
        found.add("consent")
        table = ReportTable(
            CONSENTS,
            tuple(
                (
                    german(CONSENT_PURPOSES_DE, consent.purpose),
                    _local(consent.given_at),
                    german(CONSENT_MANNERS_DE, consent.manner),
                    consent.text_version,
                    german(LANGUAGES_DE, consent.language),
                    consent.recorded_by,
                    consent.guardian_name,
                    consent.recipient,
                    consent.data_shared,
                    consent.purpose_text,
                    codes.grouped(code) if code else None,
                    _local(consent.withdrawn_at),
                )
                for consent, code in rows
            ),
        )
        return [ReportSection("consents", SECTION_TITLES["consents"], table=table)]

    def _referrals(
        self, session: Session, visitor: Visitor, found: set[str]
    ) -> tuple[list[ReportSection], list[tuple[str, str]], bool]:
        """The referral sections, the (receiver, code) of those shared with the receiving
        facility, and whether another facility entered one of their steps."""
        rows = session.execute(
            select(Referral, Facility.name)
            .join(ReferralPerson, ReferralPerson.referral_id == Referral.id)
            .outerjoin(Facility, Facility.id == Referral.receiving_facility_id)
            .where(
                ReferralPerson.visitor_id == visitor.id,
                ReferralPerson.facility_id == self._facility_id,
                ReferralPerson.deleted_at.is_(None),
                Referral.deleted_at.is_(None),
            )
            .order_by(Referral.issued_on, Referral.created_at)
        ).all()
        if not rows:
            return [], [], False
        found.update({"referral", "referral_person"})
        shared: list[tuple[str, str]] = []
        referral_rows = []
        for referral, receiver_name in rows:
            code = codes.grouped(referral.code)
            receiver = receiver_name or (
                str(referral.target.get("name", "")) if referral.receiving_facility_id else ""
            )
            if referral.shared_with_receiver and receiver:
                shared.append((receiver, code))
            referral_rows.append(
                (
                    code,
                    referral.issued_on,
                    _target_text(referral.target),
                    referral.field_of_action,
                    referral.purpose,
                    _local(referral.appointment_at),
                    referral.person_label,
                    german(LANGUAGES_DE, referral.slip_language),
                    german(REFERRAL_STATUSES_DE, referral.status),
                    _local(referral.status_changed_at),
                    referral.shared_with_receiver,
                    receiver or None,
                )
            )
        codes_by_id = {referral.id: codes.grouped(referral.code) for referral, _ in rows}
        steps = session.execute(
            select(ReferralEvent, Facility.name)
            .outerjoin(Facility, Facility.id == ReferralEvent.facility_id)
            .where(
                ReferralEvent.referral_id.in_(list(codes_by_id)),
                ReferralEvent.deleted_at.is_(None),
            )
            .order_by(ReferralEvent.occurred_at, ReferralEvent.created_at)
        ).all()
        sections = [
            ReportSection(
                "referrals",
                SECTION_TITLES["referrals"],
                table=ReportTable(REFERRALS, tuple(referral_rows)),
            )
        ]
        if steps:
            found.add("referral_event")
            step_rows = tuple(
                (
                    codes_by_id[event.referral_id],
                    _local(event.occurred_at),
                    german(REFERRAL_STATUSES_DE, event.status),
                    facility_name,
                )
                for event, facility_name in steps
            )
            sections.append(
                ReportSection(
                    "referral_steps",
                    SECTION_TITLES["referral_steps"],
                    table=ReportTable(REFERRAL_STEPS, step_rows),
                )
            )
        by_others = any(event.facility_id != self._facility_id for event, _ in steps)
        return sections, shared, by_others

    def _volunteering(
        self, session: Session, person: _Person, found: set[str]
    ) -> list[ReportSection]:
        ids = [volunteer.id for volunteer in person.volunteers]
        trainings = session.scalars(
            select(VolunteerTraining)
            .where(VolunteerTraining.volunteer_id.in_(ids), VolunteerTraining.deleted_at.is_(None))
            .order_by(VolunteerTraining.held_on, VolunteerTraining.position)
        ).all()
        hours = session.scalars(
            select(VolunteerHours)
            .where(VolunteerHours.volunteer_id.in_(ids), VolunteerHours.deleted_at.is_(None))
            .order_by(VolunteerHours.worked_on, VolunteerHours.recorded_at)
        ).all()
        payments = session.scalars(
            select(AllowancePayment)
            .where(AllowancePayment.volunteer_id.in_(ids), AllowancePayment.deleted_at.is_(None))
            .order_by(AllowancePayment.paid_on, AllowancePayment.created_at)
        ).all()
        flags = session.scalars(
            select(VolunteerBenefitFlag)
            .where(VolunteerBenefitFlag.volunteer_id.in_(ids))
            .order_by(VolunteerBenefitFlag.consent_given_on)
        ).all()
        offer_ids = {row.offer_id for row in hours if row.offer_id is not None}
        for volunteer in person.volunteers:
            offer_ids.update(
                uuid.UUID(item["offer_id"]) for item in volunteer.activities if item.get("offer_id")
            )
        offers = self._offer_titles(session, offer_ids)

        sections = []
        several = len(person.volunteers) > 1
        for number, volunteer in enumerate(person.volunteers, start=1):
            sections.append(_volunteer_section(volunteer, person.visitor, offers, number, several))
        if trainings:
            found.add("volunteer_training")
            rows: tuple[tuple[Value, ...], ...] = tuple(
                (row.title, row.held_on, Hours(row.minutes)) for row in trainings
            )
            sections.append(
                ReportSection(
                    "trainings", SECTION_TITLES["trainings"], table=ReportTable(TRAININGS, rows)
                )
            )
        if hours:
            found.add("volunteer_hours")
            rows = tuple(
                (
                    row.worked_on,
                    row.activity,
                    offers.get(row.offer_id) if row.offer_id is not None else None,
                    Hours(row.minutes),
                    german(HOURS_STATUSES_DE, row.status),
                    row.recorded_by,
                    _local(row.recorded_at),
                    row.reason,
                    _local(row.withdrawn_at),
                    row.withdrawn_by,
                )
                for row in hours
            )
            sections.append(
                ReportSection(
                    "hours",
                    SECTION_TITLES["hours"],
                    table=ReportTable(HOURS, rows),
                    note=HOURS_NOTE,
                )
            )
        if payments:
            found.add("allowance_payment")
            rows = tuple(
                (
                    row.paid_on,
                    Money(row.amount_cents),
                    german(ALLOWANCE_KINDS_DE, row.kind),
                    row.activity,
                    row.note,
                )
                for row in payments
            )
            sections.append(
                ReportSection(
                    "allowances", SECTION_TITLES["allowances"], table=ReportTable(ALLOWANCES, rows)
                )
            )
        for flag in flags:
            found.add("volunteer_benefit_flag")
            sections.append(
                ReportSection(
                    "benefit_flag",
                    SECTION_TITLES["benefit_flag"],
                    fields=(
                        ReportField("receives", BENEFIT_LABELS["receives"], BENEFIT_TEXT),
                        ReportField(
                            "consent_given_on",
                            BENEFIT_LABELS["consent_given_on"],
                            flag.consent_given_on,
                        ),
                        ReportField(
                            "consent_manner",
                            BENEFIT_LABELS["consent_manner"],
                            german(CONSENT_MANNERS_DE, flag.consent_manner),
                        ),
                    ),
                    note=BENEFIT_NOTE,
                )
            )
        return sections

    def _requests(self, session: Session, visitor: Visitor, found: set[str]) -> list[ReportSection]:
        rows = session.scalars(
            select(DataRequest)
            .where(
                DataRequest.visitor_id == visitor.id,
                DataRequest.facility_id == self._facility_id,
                DataRequest.deleted_at.is_(None),
            )
            .order_by(DataRequest.received_on, DataRequest.created_at)
        ).all()
        if not rows:
            return []
        found.add("data_request")
        table = ReportTable(
            REQUESTS,
            tuple(
                (
                    german(REQUEST_KINDS_DE, row.kind),
                    row.requester,
                    row.received_on,
                    row.due_on,
                    row.answered_on,
                    row.note,
                )
                for row in rows
            ),
        )
        return [ReportSection("requests", SECTION_TITLES["requests"], table=table)]

    def _conflicts(self, session: Session, person: _Person, found: set[str]) -> list[ReportSection]:
        """Values of the person's records that two desks changed apart: both are kept."""
        volunteer_ids = [volunteer.id for volunteer in person.volunteers]
        visitor_ids = [person.visitor.id] if person.visitor is not None else []
        owned: list[tuple[str, Select[uuid.UUID] | list[uuid.UUID]]] = [
            ("visitor", visitor_ids),
            ("volunteer", volunteer_ids),
            ("visit", select(Visit.id).where(Visit.visitor_id.in_(visitor_ids))),
            ("consent", select(Consent.id).where(Consent.visitor_id.in_(visitor_ids))),
            (
                "referral_person",
                select(ReferralPerson.id).where(ReferralPerson.visitor_id.in_(visitor_ids)),
            ),
            (
                "data_request",
                select(DataRequest.id).where(DataRequest.visitor_id.in_(visitor_ids)),
            ),
            (
                "volunteer_training",
                select(VolunteerTraining.id).where(
                    VolunteerTraining.volunteer_id.in_(volunteer_ids)
                ),
            ),
            (
                "volunteer_hours",
                select(VolunteerHours.id).where(VolunteerHours.volunteer_id.in_(volunteer_ids)),
            ),
            (
                "allowance_payment",
                select(AllowancePayment.id).where(AllowancePayment.volunteer_id.in_(volunteer_ids)),
            ),
        ]
        rows = session.scalars(
            select(SyncConflict)
            .where(
                SyncConflict.facility_id == self._facility_id,
                SyncConflict.deleted_at.is_(None),
                or_(
                    *(
                        (SyncConflict.table_name == table) & SyncConflict.row_id.in_(ids)
                        for table, ids in owned
                    )
                ),
            )
            .order_by(SyncConflict.created_at)
        ).all()
        if not rows:
            return []
        found.add("sync_conflict")
        labels = {**OTHER_COLUMN_LABELS, **VOLUNTEER_LABELS, **VISITOR_LABELS}
        table = ReportTable(
            CONFLICTS,
            tuple(
                (
                    _local(row.created_at),
                    german(_RECORD_KINDS, row.table_name),
                    german(labels, row.column_name),
                    _stored(row.kept_value),
                    _stored(row.other_value),
                    _local(row.resolved_at),
                )
                for row in rows
            ),
        )
        return [
            ReportSection(
                "conflicts", SECTION_TITLES["conflicts"], table=table, note=CONFLICTS_NOTE
            )
        ]

    def _accesses(
        self, session: Session, person_ids: Iterable[uuid.UUID], found: set[str]
    ) -> list[ReportSection]:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.person_id.in_(list(person_ids)))
            .order_by(AuditEntry.seq)
        ).all()
        if not rows:
            return []
        found.add("audit_entry")
        table = ReportTable(
            ACCESSES,
            tuple(
                (
                    _local(row.occurred_at),
                    german(AUDIT_ACTIONS_DE, row.action),
                    german(_RECORD_KINDS, row.record_kind),
                    _detail(row.detail),
                    row.staff_name,
                )
                for row in rows
            ),
        )
        return [
            ReportSection("accesses", SECTION_TITLES["accesses"], table=table, note=ACCESSES_NOTE)
        ]

    # Helpers.

    def _matching_visitors(self, session: Session, typed: str) -> list[Visitor]:
        """Live visitors whose number was typed or whose name parts start with the words."""
        statement = select(Visitor).where(
            Visitor.facility_id == self._facility_id, Visitor.deleted_at.is_(None)
        )
        found: dict[uuid.UUID, Visitor] = {}
        number = codes.normalise(typed)
        if len(number) == limits.VISITOR_NUMBER_LENGTH and codes.is_valid(number):
            for row in session.scalars(statement.where(Visitor.number == number)):
                found[row.id] = row
        expression = fts_expression(typed)
        if expression is not None:
            matches = text(
                "SELECT rowid FROM visitor_search WHERE visitor_search MATCH :expression"
            ).bindparams(expression=expression)
            rows = session.scalars(
                statement.where(literal_column("visitor.rowid").in_(matches))
                .order_by(Visitor.sort_name)
                .limit(MATCH_LIMIT)
            )
            for row in rows:
                found.setdefault(row.id, row)
        return list(found.values())

    def _live_volunteers(self) -> Select[Volunteer]:
        return select(Volunteer).where(
            Volunteer.facility_id == self._facility_id, Volunteer.deleted_at.is_(None)
        )

    def _controller(self, session: Session) -> Letterhead:
        facility = session.get(Facility, self._facility_id)
        assert facility is not None
        return Letterhead.of(facility)

    @staticmethod
    def _offer_titles(session: Session, offer_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
        if not offer_ids:
            return {}
        rows = session.execute(select(Offer.id, Offer.title).where(Offer.id.in_(offer_ids)))
        return {offer_id: title for offer_id, title in rows}


def _local(moment: datetime | None) -> datetime | None:
    """A stored moment (UTC) in the desk's time zone, to the second."""
    return None if moment is None else moment.astimezone().replace(microsecond=0)


def _target_text(target: dict[str, object]) -> str:
    """Where the slip sent the person: the offer, the facility, its address."""
    name = str(target.get("name", ""))
    offer = str(target.get("offer_name", ""))
    address = target.get("address_lines", ())
    lines = [str(line) for line in address] if isinstance(address, list | tuple) else []
    title = f"{offer} – {name}" if offer else name
    return ", ".join(part for part in (title, *lines) if part)


def _stored(value: object) -> Value:
    """A value as the shared database kept it (JSON): texts and numbers as they are."""
    if value is None or isinstance(value, str | int | bool):
        return value
    return json.dumps(value, ensure_ascii=False)


def _detail(detail: str) -> str:
    """The trail's detail in German: changed fields by their labels."""
    if detail == NO_DATA_DETAIL:
        return ""
    labels = {**OTHER_COLUMN_LABELS, **VOLUNTEER_LABELS, **VISITOR_LABELS}
    names = [name.strip() for name in detail.split(",") if name.strip()]
    return ", ".join(labels.get(name, name) for name in names)


def _visitor_section(visitor: Visitor) -> ReportSection:
    values: dict[str, Value] = {
        "number": visitor.number,
        "first_name": visitor.first_name,
        "last_name": visitor.last_name,
        "birth_year": visitor.birth_year,
        "age_band": f"{visitor.age_band} Jahre" if visitor.age_band else None,
        "gender": german(GENDERS_DE, visitor.gender),
        "preferred_language": german(LANGUAGES_DE, visitor.preferred_language)
        if visitor.preferred_language
        else None,
        "postcode": visitor.postcode,
        "phone": visitor.phone,
        "email": visitor.email,
        "notes": visitor.notes,
        "created_at": _local(visitor.created_at),
        "updated_at": _local(visitor.updated_at),
        "id": str(visitor.id),
    }
    fields = tuple(ReportField(key, VISITOR_LABELS[key], value) for key, value in values.items())
    return ReportSection("visitor", SECTION_TITLES["visitor"], fields=fields)


def _volunteer_section(
    volunteer: Volunteer,
    visitor: Visitor | None,
    offers: dict[uuid.UUID, str],
    number: int,
    several: bool,
) -> ReportSection:
    activities = []
    for item in volunteer.activities:
        name = str(item.get("name", ""))
        offer = offers.get(uuid.UUID(item["offer_id"])) if item.get("offer_id") else None
        activities.append(f"{name} (Angebot: {offer})" if offer else name)
    linked = visitor is not None and volunteer.visitor_id == visitor.id
    values: dict[str, Value] = {
        "first_name": volunteer.first_name,
        "last_name": volunteer.last_name,
        "email": volunteer.email,
        "phone": volunteer.phone,
        "birth_date": volunteer.birth_date,
        "birth_year": volunteer.birth_year,
        "started_on": volunteer.started_on,
        "ended_on": volunteer.ended_on,
        "activities": "; ".join(activities),
        "agreement_signed_on": volunteer.agreement_signed_on,
        "police_certificate_seen_on": volunteer.police_certificate_seen_on,
        "school_pass": volunteer.school_pass,
        "notes": volunteer.notes,
        "visitor_id": visitor.number if linked and visitor is not None else None,
        "created_at": _local(volunteer.created_at),
        "updated_at": _local(volunteer.updated_at),
        "id": str(volunteer.id),
    }
    fields = tuple(ReportField(key, VOLUNTEER_LABELS[key], value) for key, value in values.items())
    title = SECTION_TITLES["volunteer"]
    return ReportSection(
        f"volunteer_{number}" if several else "volunteer",
        f"{title} ({number})" if several else title,
        fields=fields,
    )


def _activities(found: set[str]) -> tuple[ProcessingActivity, ...]:
    """The register's activities whose tables hold some of the person's data."""
    return tuple(activity for activity in register_activities() if found & set(activity.tables))


def _table_names(tables: Iterable[str]) -> str:
    order = {name: position for position, name in enumerate(TABLE_NAMES_DE)}
    ordered = sorted(tables, key=lambda name: order.get(name, len(order)))
    return ", ".join(TABLE_NAMES_DE.get(name, name) for name in ordered)


def _recipients(
    found: set[str],
    notes: bool,
    referrals: bool,
    shared_referrals: Sequence[tuple[str, str]],
) -> tuple[str, ...]:
    """Who receives the person's data, from the sync plan and the referrals found."""
    lines = []
    facility_only = [
        name for name in found if name in BY_NAME and BY_NAME[name].scope is Scope.FACILITY
    ]
    if facility_only:
        lines.append(RECIPIENTS_SHARED.format(tables=_table_names(facility_only)))
    if referrals:
        lines.append(RECIPIENTS_REFERRALS)
        lines.extend(
            RECIPIENTS_REFERRAL_SHARED.format(receiver=receiver, code=code)
            for receiver, code in shared_referrals
        )
        lines.append(RECIPIENTS_SLIP)
    never = [NOTES] if notes else []
    never.extend(TABLE_NAMES_DE[name] for name in sorted(found & LOCAL_ONLY))
    if never:
        lines.append(RECIPIENTS_NEVER.format(items=", ".join(never)))
    if found & {"visit", "referral", "volunteer"}:
        lines.append(DISTRICT_AGGREGATES)
    return tuple(lines)


def _source(found: set[str], steps_by_others: bool) -> tuple[str, ...]:
    lines = []
    if "visitor" in found:
        lines.append(SOURCE_DESK)
    if "volunteer" in found:
        lines.append(SOURCE_VOLUNTEER)
    if steps_by_others:
        lines.append(SOURCE_REFERRAL_STEPS)
    if "audit_entry" in found:
        lines.append(SOURCE_AUDIT)
    return tuple(lines)

"""Anonymising people: their visits stay as anonymous counts, nothing that names them stays.

A person's visits turn into tally marks with the same offer and time, the person's age
band in the visit's year and their gender, so that every statistic of visits by offer,
month, age band and gender comes out as before. The visits themselves and the visitor
record are deleted the way shared records are (``deleted_at``), with every field that
describes the person emptied in the same transaction: the capture triggers send the
emptied fields and the deletion to the shared database like any edit.

The writes are set-based SQL, since a deletion run may anonymise a million visits; the
audit entries the session listener would write for ORM changes are written here
explicitly, one per record of a person.
"""

import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Integer,
    SQLColumnExpression,
    Update,
    Uuid,
    and_,
    case,
    func,
    insert,
    literal,
    literal_column,
    select,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from desktop_app.core import audit
from desktop_app.core.audit import AuditAction
from desktop_app.core.ids import new_id
from desktop_app.core.models import (
    Base,
    ReferralPerson,
    TallyMark,
    UtcDateTime,
    Visit,
    Visitor,
)
from desktop_app.core.reference import AGE_BANDS, Gender

# Ids per statement: well below SQLite's limit of bound parameters.
CHUNK = 500
_NEW_ID = "tresen_new_id"
# The facility condition behind a unary "+", which keeps SQLite from choosing the facility's
# index (https://sqlite.org/optoverview.html#disqualifying_where_clause_terms_using_unary_):
# a desk's visits are nearly all its own facility's, so that index would read them all,
# where the visitor's or the day's index finds the few asked for (a deletion run's 500
# visitors at a time: 1.2 s a batch on a million visits, against milliseconds).
_VISIT_FACILITY: ColumnClause[uuid.UUID] = literal_column("+visit.facility_id", Uuid())

# What a deleted visitor's row keeps: its key, facility and number (unique per facility,
# and naming no one once nothing else is left) and its timestamps. Everything else that
# describes the person is emptied, the derived name columns with it.
VISITOR_BLANK: dict[str, object] = {
    "first_name": "",
    "last_name": "",
    "birth_year": None,
    "age_band": None,
    "gender": Gender.UNSPECIFIED.value,
    "preferred_language": "",
    "postcode": "",
    "phone": "",
    "email": "",
    "notes": "",
    "sort_name": "",
    "search_terms": "",
}


@dataclass(frozen=True)
class Anonymised:
    """What an anonymisation did, or would do: visitors deleted, visits turned into counts,
    links of referrals to the person removed."""

    visitors: int = 0
    visits: int = 0
    referral_links: int = 0

    def __add__(self, other: "Anonymised") -> "Anonymised":
        return Anonymised(
            self.visitors + other.visitors,
            self.visits + other.visits,
            self.referral_links + other.referral_links,
        )


def bulk_update(model: type[Base]) -> Update:
    """An UPDATE of many rows that leaves the session's objects as they are.

    The callers hold none of the rows they change this way, or expire the one they hold
    (``anonymise_visitor``); synchronising the session would fetch back the key of every
    changed row (seconds for a million visits).
    """
    return update(model).execution_options(synchronize_session=False)


def _of_facility(facility_id: uuid.UUID) -> ColumnElement[bool]:
    """Visits of the facility, in words that let SQLite choose a better index."""
    # The column first, so that it types (and converts) the bound UUID.
    return _VISIT_FACILITY == facility_id  # noqa: SIM300


def _new_id_hex() -> str:
    # The way SQLAlchemy stores a UUID in SQLite: 32 hex digits.
    return new_id().hex


def _register_new_id(session: Session) -> None:
    """Let this session's SQLite connection make UUIDv7 keys inside an INSERT … SELECT."""
    raw = cast(sqlite3.Connection, session.connection().connection.driver_connection)
    raw.create_function(_NEW_ID, 0, _new_id_hex)


def age_band_of_visit() -> ColumnElement[Any]:
    """The visitor's age band in the year of the visit (as ``reference.age_band_for``
    computes it), else the band stored with the visitor; for a query joining both."""
    year = sql_cast(func.substr(Visit.visited_on, 1, 4), Integer)
    return age_band_in(year, Visitor.birth_year, Visitor.age_band)


def age_band_in(
    year: SQLColumnExpression[int] | int,
    birth_year: SQLColumnExpression[int | None],
    stored_band: SQLColumnExpression[str | None],
) -> ColumnElement[Any]:
    """SQL for the age band in ``year`` of someone born in ``birth_year``, else ``stored_band``."""
    age = year - birth_year
    # The bands are in order and without gaps, so the first band whose top is not below the
    # age is the one; an age below zero (a year of birth after the visit) falls in the first.
    whens = [(age <= band.high, band.code) for band in AGE_BANDS if band.high is not None]
    by_year = case(*whens, else_=AGE_BANDS[-1].code)
    return case((birth_year.is_(None), stored_band), else_=by_year)


def visits_to_tallies(session: Session, condition: ColumnElement[bool], now: datetime) -> int:
    """Turn the live visits matching ``condition`` into tally marks and delete them.

    Returns how many visits were turned into marks.
    """
    _register_new_id(session)
    live = and_(condition, Visit.deleted_at.is_(None))
    stamp = literal(now, UtcDateTime())
    marks = (
        select(
            getattr(func, _NEW_ID)(),
            Visit.facility_id,
            Visit.offer_id,
            Visit.visited_on,
            Visit.visited_at,
            age_band_of_visit(),
            Visitor.gender,
            stamp,
            stamp,
        )
        .join(Visitor, Visitor.id == Visit.visitor_id)
        .where(live)
    )
    columns = ["id", "facility_id", "offer_id", "counted_on", "counted_at", "age_band", "gender"]
    inserted = session.execute(
        insert(TallyMark).from_select([*columns, "created_at", "updated_at"], marks)
    )
    session.execute(bulk_update(Visit).where(live).values(deleted_at=now, updated_at=now))
    return int(cast(Any, inserted).rowcount)


def anonymise_visits_before(
    session: Session, facility_id: uuid.UUID, before: date, now: datetime
) -> int:
    """Turn the facility's visits of days before ``before`` into anonymous counts."""
    condition = and_(_of_facility(facility_id), Visit.visited_on < before)
    return visits_to_tallies(session, condition, now)


def _chunks(ids: Sequence[uuid.UUID]) -> Iterator[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def anonymise_visitors(
    session: Session,
    facility_id: uuid.UUID,
    visitor_ids: Sequence[uuid.UUID],
    now: datetime,
    *,
    detail: str = "",
) -> Anonymised:
    """Anonymise the facility's live visitors among ``visitor_ids``.

    Their visits become tally marks; the links of referrals to them are deleted (the
    referrals stay, naming no one of this desk); their records are emptied and deleted.
    Their consents stay: they prove what was agreed, and the consent rule deletes them
    later. ``detail`` goes into the audit entries (why they were deleted).
    """
    done = Anonymised()
    for chunk in _chunks(visitor_ids):
        visitors = session.scalars(
            select(Visitor.id).where(
                Visitor.id.in_(chunk),
                Visitor.facility_id == facility_id,
                Visitor.deleted_at.is_(None),
            )
        ).all()
        if not visitors:
            continue
        visits = visits_to_tallies(
            session,
            and_(Visit.visitor_id.in_(visitors), _of_facility(facility_id)),
            now,
        )
        links = unlink_referrals(
            session,
            and_(
                ReferralPerson.visitor_id.in_(visitors),
                ReferralPerson.facility_id == facility_id,
            ),
            now,
            detail,
        )
        session.execute(
            bulk_update(Visitor)
            .where(Visitor.id.in_(visitors))
            .values(**VISITOR_BLANK, deleted_at=now, updated_at=now)
        )
        for visitor_id in visitors:
            audit_deletion(session, "visitor", visitor_id, visitor_id, detail)
        done += Anonymised(len(visitors), visits, links)
    return done


def unlink_referrals(
    session: Session, condition: ColumnElement[bool], now: datetime, detail: str
) -> int:
    """Soft-delete the live links between referrals and people that meet ``condition``;
    the referrals no longer name those people here. How many links went."""
    links = session.execute(
        select(ReferralPerson.id, ReferralPerson.visitor_id).where(
            condition, ReferralPerson.deleted_at.is_(None)
        )
    ).all()
    if links:
        session.execute(
            bulk_update(ReferralPerson)
            .where(ReferralPerson.id.in_([link_id for link_id, _ in links]))
            .values(deleted_at=now, updated_at=now)
        )
    for link_id, person_id in links:
        audit_deletion(session, "referral_person", link_id, person_id, detail)
    return len(links)


def anonymise_visitor(session: Session, visitor: Visitor, now: datetime) -> Anonymised:
    """Anonymise one visitor (a withdrawn registration); ``visitor`` is reloaded after."""
    session.flush()
    done = anonymise_visitors(session, visitor.facility_id, [visitor.id], now)
    session.expire(visitor)
    return done


def anonymisation_counts(session: Session, visitor: Visitor) -> Anonymised:
    """What ``anonymise_visitor`` would do to ``visitor`` now, for a preview."""
    if visitor.deleted_at is not None:
        return Anonymised()
    visits = session.scalar(
        select(func.count())
        .select_from(Visit)
        .where(Visit.visitor_id == visitor.id, Visit.deleted_at.is_(None))
    )
    links = session.scalar(
        select(func.count())
        .select_from(ReferralPerson)
        .where(ReferralPerson.visitor_id == visitor.id, ReferralPerson.deleted_at.is_(None))
    )
    return Anonymised(1, visits or 0, links or 0)


def audit_deletion(
    session: Session, kind: str, record_id: uuid.UUID, person_id: uuid.UUID, detail: str
) -> None:
    """The entry the session listener writes for a deleted record of a person; bulk
    updates pass the listener by, so they write it themselves (``detail``: why)."""
    audit.record(
        session,
        AuditAction.DELETE,
        kind,
        record_id=record_id,
        person_id=person_id,
        detail=detail,
    )

"""Registering, finding and editing visitors."""

import uuid
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Integer,
    Select,
    Uuid,
    case,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute

from desktop_app.core import audit, codes, derived
from desktop_app.core.audit import AuditAction
from desktop_app.core.limits import VISITOR_NUMBER_LENGTH
from desktop_app.core.models import Facility, Offer, Visit, Visitor
from desktop_app.core.processing import (
    ADJUSTABLE,
    DISTRICT_AGGREGATES,
    SHARED_DATABASE_FACILITY,
    LegalBasis,
    LegalGround,
    ProcessingActivity,
)
from desktop_app.core.records import VisitorDraft, VisitorQuery, VisitorRecord, VisitRecord
from desktop_app.core.reference import AGE_BAND_CODES, Gender, age_band_for
from desktop_app.core.services.base import FacilityService
from desktop_app.core.text import clean, index_terms, search_words
from desktop_app.core.validation import check_visitor

SEARCH_LIMIT = 50
# Matches ranked by their latest visit; past this many candidates the newest registrations win.
_SEARCH_CANDIDATES = 500
_NUMBER_ATTEMPTS = 20

# The newest live visit, walked backwards along ix_visit_visitor_visited_at: stops at the
# first row instead of reading a regular's hundreds of visits as max() would.
_LAST_VISIT = (
    select(Visit.visited_on)
    .where(Visit.visitor_id == Visitor.id, Visit.deleted_at.is_(None))
    .order_by(Visit.visited_at.desc())
    .limit(1)
    .correlate(Visitor)
    .scalar_subquery()
)

_SORT_COLUMNS: dict[str, InstrumentedAttribute[Any]] = {
    "name": Visitor.sort_name,
    "number": Visitor.number,
    "created": Visitor.id,  # UUIDv7 keys are in order of creation
    "age_band": Visitor.age_band,
    "postcode": Visitor.postcode,
}

_ROWID: ColumnClause[int] = literal_column("visitor.rowid", Integer())
# Age bands in their natural order (as text "6-13" would sort after "51-64"); no band last.
_AGE_BAND_ORDER = case(
    {code: position for position, code in enumerate(AGE_BAND_CODES)},
    value=Visitor.age_band,
    else_=len(AGE_BAND_CODES),
)
# The visitors screen's orders: each key's columns, ascending; the rowid breaks ties.
_SORT_KEYS: dict[str, tuple[ColumnElement[Any] | InstrumentedAttribute[Any], ...]] = {
    **{key: (column,) for key, column in _SORT_COLUMNS.items()},
    # Youngest first: the band, then within it the latest year of birth.
    "age": (_AGE_BAND_ORDER, -Visitor.birth_year),
    "gender": (Visitor.gender,),
}
SORT_KEYS: frozenset[str] = frozenset(_SORT_KEYS)
# Orders an index of (facility_id, column) delivers; with the rowid as tie-breaker (the
# implicit last column of every index) SQLite walks the index and stops after the page.
_INDEX_ORDERS = frozenset({"name", "number"})
# The facility condition behind a unary "+", which keeps SQLite from choosing an index for it
# (https://sqlite.org/optoverview.html#disqualifying_where_clause_terms_using_unary_). A desk's
# database holds its own facility's visitors only (SYNC.md, row-level security), so reading
# the table in order is cheaper than looking up every row from an index in random order
# (about 20 ms instead of 150 ms for 100,000 visitors).
_FACILITY_UNINDEXED: ColumnClause[uuid.UUID] = literal_column("+visitor.facility_id", Uuid())


def sort_name(draft: VisitorDraft) -> str:
    return derived.sort_name(draft.first_name, draft.last_name)


def fts_expression(query: str) -> str | None:
    """An FTS5 query matching every typed word as a prefix, in any order."""
    words = search_words(query)
    return " AND ".join(f'"{word}"*' for word in words) if words else None


def _record(row: Visitor, last_visit_on: date | None = None) -> VisitorRecord:
    return VisitorRecord(
        id=row.id,
        number=row.number,
        created_at=row.created_at,
        first_name=row.first_name,
        last_name=row.last_name,
        birth_year=row.birth_year,
        age_band=row.age_band,
        gender=Gender(row.gender),
        preferred_language=row.preferred_language,
        postcode=row.postcode,
        phone=row.phone,
        email=row.email,
        notes=row.notes,
        last_visit_on=last_visit_on,
    )


def visit_record(visit: Visit, visitor: Visitor, offer: Offer) -> VisitRecord:
    return VisitRecord(
        id=visit.id,
        visitor_id=visitor.id,
        visitor_number=visitor.number,
        visitor_name=f"{visitor.first_name} {visitor.last_name}".strip(),
        offer_id=offer.id,
        offer_title=offer.title,
        visited_on=visit.visited_on,
        visited_at=visit.visited_at.astimezone(),
    )


class VisitorService(FacilityService):
    def _live(self) -> Select[Visitor]:
        return select(Visitor).where(
            Visitor.facility_id == self._facility_id, Visitor.deleted_at.is_(None)
        )

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[VisitorRecord]:
        """Visitors whose name parts start with the typed words, or whose number it is.

        Recent visitors come first: the person at the desk is most likely a regular.
        """
        self._require()
        expression = fts_expression(query)
        if expression is None:
            return []
        with self._sessions.begin() as session:
            found: list[VisitorRecord] = []
            number = codes.normalise(query)
            if len(number) == VISITOR_NUMBER_LENGTH and codes.is_valid(number):
                row = session.execute(
                    self._live().add_columns(_LAST_VISIT).where(Visitor.number == number)
                ).first()
                if row is not None:
                    found.append(_record(row[0], row[1]))
            rowids = session.scalars(
                text(
                    "SELECT rowid FROM visitor_search WHERE visitor_search MATCH :expression "
                    "ORDER BY rowid DESC LIMIT :candidates"
                ),
                {"expression": expression, "candidates": _SEARCH_CANDIDATES},
            ).all()
            last_visit = _LAST_VISIT.label("last_visit_on")
            rows = session.execute(
                self._live()
                .add_columns(last_visit)
                .where(literal_column("visitor.rowid").in_(rowids))
                .order_by(literal_column("last_visit_on").desc().nulls_last(), Visitor.sort_name)
                .limit(limit)
            )
            seen = {record.id for record in found}
            found.extend(_record(row[0], row[1]) for row in rows if row[0].id not in seen)
            return found[:limit]

    def get(self, visitor_id: uuid.UUID) -> VisitorRecord:
        self._require()
        with self._sessions.begin() as session:
            row = session.execute(
                self._live().add_columns(_LAST_VISIT).where(Visitor.id == visitor_id)
            ).first()
            if row is None:
                self._get(session, Visitor, visitor_id)  # raises NotFoundError
            assert row is not None
            return _record(row[0], row[1])

    def _filtered(self, query: VisitorQuery, *, use_indexes: bool = True) -> Select[Visitor]:
        statement = (
            self._live()
            if use_indexes
            else select(Visitor).where(
                # The column first, so that it types (and converts) the bound UUID.
                _FACILITY_UNINDEXED == self._facility_id,  # noqa: SIM300
                Visitor.deleted_at.is_(None),
            )
        )
        expression = fts_expression(query.text)
        if expression is not None:
            matches: Select[Any] = (
                select(literal_column("rowid"))
                .select_from(text("visitor_search"))
                .where(text("visitor_search MATCH :expression").bindparams(expression=expression))
            )
            statement = statement.where(literal_column("visitor.rowid").in_(matches))
        return statement

    def count(self, query: VisitorQuery) -> int:
        """How many visitors match; a typed filter is answered by the search index."""
        self._require()
        with self._sessions.begin() as session:
            subquery = self._filtered(query, use_indexes=False).with_only_columns(_ROWID)
            return session.scalar(select(func.count()).select_from(subquery.subquery())) or 0

    def page(self, query: VisitorQuery, offset: int, limit: int) -> list[VisitorRecord]:
        """One slice of the visitors screen's list, in the chosen order.

        Unknown sort keys fall back to the name. First only the slice's row ids are
        chosen, so that sorting and skipping move the sort keys alone and the last visit is
        looked up for this page's rows only.
        """
        self._require()
        sort = query.sort if query.sort in _SORT_KEYS else "name"
        keys = (*_SORT_KEYS[sort], _ROWID)
        order = [key.desc() if query.descending else key.asc() for key in keys]
        # With a typed filter the search index yields the few matching rows; without one,
        # an index gives the name and number orders, and the table is read for the others.
        use_indexes = fts_expression(query.text) is None and sort in _INDEX_ORDERS
        with self._sessions.begin() as session:
            rowids = session.scalars(
                self._filtered(query, use_indexes=use_indexes)
                .with_only_columns(_ROWID)
                .order_by(*order)
                .offset(offset)
                .limit(limit)
            ).all()
            if not rowids:
                return []
            rows = session.execute(
                self._live().add_columns(_LAST_VISIT, _ROWID).where(_ROWID.in_(rowids))
            )
            position = {rowid: index for index, rowid in enumerate(rowids)}
            ordered = sorted(rows, key=lambda row: position[row[2]])
            return [_record(row[0], row[1]) for row in ordered]

    def register(self, draft: VisitorDraft) -> VisitorRecord:
        """Register a new visitor with a fresh visitor number."""
        self._require()
        draft = self._checked(draft)
        for _ in range(_NUMBER_ATTEMPTS):
            try:
                with self._sessions.begin() as session:
                    number = codes.new_code(VISITOR_NUMBER_LENGTH)
                    row = Visitor(
                        facility_id=self._facility_id,
                        number=number,
                        **self._columns(draft, number),
                    )
                    session.add(row)
                    session.flush()
                    return _record(row)
            except IntegrityError:
                continue  # the random number was taken; draw another
        raise RuntimeError("no free visitor number found")

    def update(self, visitor_id: uuid.UUID, draft: VisitorDraft) -> VisitorRecord:
        self._require()
        draft = self._checked(draft)
        with self._sessions.begin() as session:
            row = self._get(session, Visitor, visitor_id)
            for name, value in self._columns(draft, row.number).items():
                setattr(row, name, value)
        return self.get(visitor_id)

    def history(self, visitor_id: uuid.UUID) -> list[VisitRecord]:
        """The visitor's visits, newest first."""
        self._require()
        with self._sessions.begin() as session:
            visitor = self._get(session, Visitor, visitor_id)
            # Choosing a visitor on the visitors screen shows their record and history.
            audit.record(
                session, AuditAction.VIEW, "visitor", record_id=visitor_id, person_id=visitor_id
            )
            rows = session.execute(
                select(Visit, Offer)
                .join(Offer, Offer.id == Visit.offer_id)
                .where(Visit.visitor_id == visitor_id, Visit.deleted_at.is_(None))
                .order_by(Visit.visited_at.desc())
            )
            return [visit_record(visit, visitor, offer) for visit, offer in rows]

    def _checked(self, draft: VisitorDraft) -> VisitorDraft:
        today = self._today()
        draft = VisitorDraft(
            first_name=clean(draft.first_name),
            last_name=clean(draft.last_name),
            birth_year=draft.birth_year,
            age_band=draft.age_band or None,
            gender=Gender(draft.gender),
            preferred_language=draft.preferred_language,
            postcode=clean(draft.postcode),
            phone=clean(draft.phone),
            email=clean(draft.email),
            notes=draft.notes.strip(),
        )
        check_visitor(draft, today=today, last_name_required=self._last_name_required())
        return draft

    def _last_name_required(self) -> bool:
        with self._sessions.begin() as session:
            facility = session.get(Facility, self._facility_id)
            return bool(facility and facility.last_name_required)

    def _columns(self, draft: VisitorDraft, number: str) -> dict[str, object]:
        # With a year of birth the age band follows from it; otherwise it is as given.
        age_band = draft.age_band
        if draft.birth_year is not None:
            age_band = age_band_for(draft.birth_year, self._today().year)
        return {
            "first_name": draft.first_name,
            "last_name": draft.last_name,
            "birth_year": draft.birth_year,
            "age_band": age_band,
            "gender": draft.gender.value,
            "preferred_language": draft.preferred_language,
            "postcode": draft.postcode,
            "phone": draft.phone,
            "email": draft.email,
            "notes": draft.notes,
            "sort_name": sort_name(draft),
            "search_terms": index_terms(draft.first_name, draft.last_name, number),
        }


PROCESSING_ACTIVITY = ProcessingActivity(
    key="visitor_registration",
    name="Registrierung von Besucherinnen und Besuchern",
    purposes=(
        "Besucherinnen und Besucher beim nächsten Besuch wiedererkennen und ihren Besuch mit "
        "wenigen Tastendrücken erfassen.",
        "Kontakt per Telefon oder E-Mail, etwa zu Angeboten oder Terminen, wenn die Person "
        "dafür eingewilligt hat.",
        "Grundlage für Vermittlungen und für die Statistik (Altersgruppe, Geschlecht, "
        "Postleitzahl; nur zusammengefasst).",
    ),
    legal_bases=(
        LegalBasis(
            LegalGround.CONSENT,
            "Die Person willigt ein, dass ihre Registrierung gespeichert wird, und gesondert "
            "in die Kontaktaufnahme per Telefon oder E-Mail; für Personen unter 16 Jahren "
            "willigt die sorgeberechtigte Person ein.",
        ),
        LegalBasis(
            LegalGround.LEGITIMATE_INTERESTS,
            "Kurze Notizen des Tresens zur Person (etwa eine vereinbarte Rückmeldung), die die "
            "Arbeit mit ihr braucht; sie verlassen den Arbeitsplatz nie.",
        ),
    ),
    data_subjects=(
        "Besucherinnen und Besucher der Einrichtung, die sich registrieren lassen, Kinder und "
        "Jugendliche eingeschlossen.",
    ),
    data_categories=(
        "Vorname; Nachname, soweit angegeben oder von der Einrichtung verlangt.",
        "Besuchernummer (vom Programm vergeben).",
        "Geburtsjahr oder nur die Altersgruppe.",
        "Geschlecht (weiblich, männlich, divers oder keine Angabe).",
        "Bevorzugte Sprache, Postleitzahl.",
        "Telefonnummer und E-Mail-Adresse, soweit angegeben.",
        "Notiz als freier Text.",
        "Zeitpunkt der Registrierung und der letzten Änderung.",
    ),
    recipients=(
        SHARED_DATABASE_FACILITY,
        "Die Notizen werden nicht synchronisiert; sie bleiben auf dem Arbeitsplatz, an dem "
        "sie geschrieben wurden.",
        # Age group and gender, counted by the database for the district's figures.
        DISTRICT_AGGREGATES,
    ),
    retention=(
        "Registrierte Personen, die 24 Monate lang weder zu Besuch kamen noch anders "
        "erfasst wurden, werden gelöscht.",
        "Nach einem Widerruf der Einwilligung werden ihre Daten gelöscht; ihre Besuche "
        "bleiben nur als anonyme Zählung mit Altersgruppe und Geschlecht.",
        ADJUSTABLE,
    ),
    measures=(
        "Pflicht ist nur der Vorname, der Nachname nur, wenn die Einrichtung ihn verlangt; "
        "alle anderen Angaben sind freiwillig.",
        "Ein Geburtsdatum wird nicht erfasst: Aus dem Geburtsjahr ergibt sich die "
        "Altersgruppe, oder es wird nur die Altersgruppe angegeben.",
        "Suche und Liste zeigen nur die Besucherinnen und Besucher der eigenen Einrichtung.",
    ),
    tables=("visitor",),
)

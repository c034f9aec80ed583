"""The district's figures: every facility's counts of a period side by side.

The shared database counts them (``tresen_district`` functions, desktop_app/sync/schema.py)
and hands out aggregates only. A person-level count from 1 to 2 never leaves it: it
arrives as ``None`` here and is shown as "< 3" (``count_text``). A row whose
``facility_id`` is None holds the figures of all facilities together.
"""

import uuid
from dataclasses import dataclass

from desktop_app.core.reference import Gender
from desktop_app.core.statistics_records import NOT_STATED, SMALL_COUNT_TEXT, AgeGroup, Period

AGE_GROUP_ORDER: tuple[str, ...] = (*(group.value for group in AgeGroup), NOT_STATED)
GENDER_ORDER: tuple[str, ...] = tuple(gender.value for gender in Gender)


def count_text(count: int | None) -> str:
    """A count as the district sees it: "< 3" where the database withheld it."""
    return SMALL_COUNT_TEXT if count is None else str(count)


@dataclass(frozen=True)
class FacilityFigures:
    """One facility's figures of the period (``facility_id`` None: all facilities)."""

    facility_id: uuid.UUID | None
    facility: str
    visits: int
    visitors: int | None
    new_visitors: int | None
    returning_visitors: int | None
    tallied: int
    counselling_visits: int
    counselling_visitors: int | None
    counselling_tallied: int
    referrals_issued: int
    referrals_received: int
    volunteers: int | None
    volunteer_minutes: int

    @property
    def is_total(self) -> bool:
        return self.facility_id is None

    @property
    def people(self) -> int:
        """Visits and head counts together: everyone who came."""
        return self.visits + self.tallied

    @property
    def counselling_contacts(self) -> int:
        """Counselling check-ins and head counts at counselling offers together."""
        return self.counselling_visits + self.counselling_tallied

    @property
    def volunteer_hours(self) -> float:
        return self.volunteer_minutes / 60


@dataclass(frozen=True)
class FieldFigures:
    """Visits, visitors and head counts in one field of action ("" without a field)."""

    facility_id: uuid.UUID | None
    facility: str
    field_of_action: str
    visits: int
    visitors: int | None
    tallied: int
    counselling_visits: int

    @property
    def people(self) -> int:
        return self.visits + self.tallied


@dataclass(frozen=True)
class PersonFigures:
    """Visits, visitors and head counts by age group and gender.

    ``age_group`` is an ``AgeGroup`` value or ``NOT_STATED``, ``gender`` a ``Gender``
    value; None in either means all of them (a row by gender only, or by age group only).
    Every count here is about people, so each may be withheld.
    """

    facility_id: uuid.UUID | None
    facility: str
    age_group: str | None
    gender: str | None
    visits: int | None
    visitors: int | None
    new_visitors: int | None
    returning_visitors: int | None
    tallied: int | None


@dataclass(frozen=True)
class ReferralFlow:
    """Referrals from one facility to another facility of the network or to a target
    outside it (``receiving_facility_id`` None), in one field of action and status."""

    facility_id: uuid.UUID
    facility: str
    receiving_facility_id: uuid.UUID | None
    receiving: str
    field_of_action: str
    status: str  # a ReferralStatus value
    referrals: int

    @property
    def within_network(self) -> bool:
        return self.receiving_facility_id is not None


@dataclass(frozen=True)
class JobcenterOffers:
    """A facility's offers suited to the Jobcenter cooperation in one field of action and
    for one target group ("" where an offer names none), with the referrals of that field
    the facility issued to and received from the other facilities in the period."""

    field_of_action: str
    target_group: str
    facility_id: uuid.UUID
    facility: str
    offers: int
    titles: tuple[str, ...]
    referrals_issued: int
    referrals_received: int


@dataclass(frozen=True)
class DistrictFigures:
    """Everything the district sees of a period, each table in reading order."""

    period: Period
    facilities: tuple[FacilityFigures, ...]  # by name, all facilities together last
    by_field: tuple[FieldFigures, ...]  # by field of action, then facility; all first
    by_person: tuple[PersonFigures, ...]  # by facility (all last), age group, gender
    referral_flows: tuple[ReferralFlow, ...]  # by facility, receiver, field, status
    jobcenter: tuple[JobcenterOffers, ...]  # by field of action, target group, facility

    @property
    def total(self) -> FacilityFigures:
        return next(row for row in self.facilities if row.is_total)

    @property
    def jobcenter_fields(self) -> frozenset[str]:
        """The fields of action with an offer suited to the Jobcenter cooperation."""
        return frozenset(row.field_of_action for row in self.jobcenter)

    def jobcenter_flows(self) -> tuple[ReferralFlow, ...]:
        """Referrals between facilities of the network in the fields of action that have
        an offer suited to the Jobcenter cooperation."""
        fields = self.jobcenter_fields
        return tuple(
            flow
            for flow in self.referral_flows
            if flow.within_network and flow.field_of_action in fields
        )


def age_group_position(key: str | None) -> int:
    """Where a row of ``age_group`` ``key`` goes: the groups in order, not stated, all."""
    return AGE_GROUP_ORDER.index(key) if key in AGE_GROUP_ORDER else len(AGE_GROUP_ORDER)


def gender_position(key: str | None) -> int:
    return GENDER_ORDER.index(key) if key in GENDER_ORDER else len(GENDER_ORDER)

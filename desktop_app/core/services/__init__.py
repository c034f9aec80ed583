"""Services: one method per user action, one transaction each, records in and out.

The service modules (and with them SQLAlchemy) are imported when the services are built,
not when this package is: the window can appear before the database layer is loaded.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.core.db import SessionFactory
    from desktop_app.core.services.access_report import AccessReportService
    from desktop_app.core.services.accounts import AccountService
    from desktop_app.core.services.allowances import AllowanceService
    from desktop_app.core.services.audit_trail import AuditTrailService
    from desktop_app.core.services.conflicts import ConflictService
    from desktop_app.core.services.consents import ConsentService
    from desktop_app.core.services.directory import DirectoryService
    from desktop_app.core.services.hours import HoursService
    from desktop_app.core.services.offers import OfferService
    from desktop_app.core.services.referrals import ReferralService
    from desktop_app.core.services.requests import RequestService
    from desktop_app.core.services.retention import RetentionService
    from desktop_app.core.services.statistics import StatisticsService
    from desktop_app.core.services.tally import TallyService
    from desktop_app.core.services.visitors import VisitorService
    from desktop_app.core.services.visits import VisitService
    from desktop_app.core.services.volunteers import VolunteerService
    from desktop_app.core.volunteering_rules import VolunteeringRules

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """The current time, aware, in the desk's local time zone."""
    return datetime.now().astimezone()


@dataclass(frozen=True)
class Services:
    """The services of one facility's desk, built once the facility is set up."""

    offers: "OfferService"
    visitors: "VisitorService"
    visits: "VisitService"
    tallies: "TallyService"
    directory: "DirectoryService"
    referrals: "ReferralService"
    volunteers: "VolunteerService"
    hours: "HoursService"
    allowances: "AllowanceService"
    conflicts: "ConflictService"
    accounts: "AccountService"
    audit_trail: "AuditTrailService"
    requests: "RequestService"
    access_reports: "AccessReportService"
    consents: "ConsentService"
    retention: "RetentionService"
    statistics: "StatisticsService"


def build_services(
    sessions: "SessionFactory",
    facility_id: uuid.UUID,
    clock: Clock = local_now,
    rules: "VolunteeringRules | None" = None,
) -> Services:
    """The services of a set-up desk; ``rules`` default to the bundled volunteering rules."""
    from desktop_app.core.services.access_report import AccessReportService
    from desktop_app.core.services.accounts import AccountService
    from desktop_app.core.services.allowances import AllowanceService
    from desktop_app.core.services.audit_trail import AuditTrailService
    from desktop_app.core.services.conflicts import ConflictService
    from desktop_app.core.services.consents import ConsentService
    from desktop_app.core.services.directory import DirectoryService
    from desktop_app.core.services.hours import HoursService
    from desktop_app.core.services.offers import OfferService
    from desktop_app.core.services.referrals import ReferralService
    from desktop_app.core.services.requests import RequestService
    from desktop_app.core.services.retention import RetentionService
    from desktop_app.core.services.statistics import StatisticsService
    from desktop_app.core.services.tally import TallyService
    from desktop_app.core.services.visitors import VisitorService
    from desktop_app.core.services.visits import VisitService
    from desktop_app.core.services.volunteers import VolunteerService
    from desktop_app.core.volunteering_rules import load_rules

    rules = rules or load_rules()
    directory = DirectoryService(sessions, facility_id, clock)
    return Services(
        offers=OfferService(sessions, facility_id, clock),
        visitors=VisitorService(sessions, facility_id, clock),
        visits=VisitService(sessions, facility_id, clock),
        tallies=TallyService(sessions, facility_id, clock),
        directory=directory,
        referrals=ReferralService(sessions, facility_id, clock, directory),
        volunteers=VolunteerService(sessions, facility_id, clock, rules),
        hours=HoursService(sessions, facility_id, clock),
        allowances=AllowanceService(sessions, facility_id, clock, rules),
        conflicts=ConflictService(sessions, facility_id, clock),
        accounts=AccountService(sessions, clock),
        audit_trail=AuditTrailService(sessions),
        requests=RequestService(sessions, facility_id, clock),
        access_reports=AccessReportService(sessions, facility_id, clock),
        consents=ConsentService(sessions, facility_id, clock),
        retention=RetentionService(sessions, facility_id, clock),
        statistics=StatisticsService(sessions, facility_id, clock),
    )

"""How long each kind of record is kept, and the records of a deletion run's preview and result.

Every rule is a number of months the facility can change within bounds; the defaults are
those of PRIVACY.md. A rule counts its months from the event that ends the record's use,
and ``cutoff`` turns a rule into a day: records whose event lies before that day are due.

Rules that count from the end of a year ("visits: the end of the year after the reporting
year"; "receipts: 8 years from the end of the year of payment") go ``months`` back from
today: every year that ended before that day has been over for at least ``months`` months,
the year of that day has not. So the cut-off is the 1 January of that day's year. With the
default of 12 months for visits, on any day of 2027 the cut-off is 1 January 2026 (12
months back is a day of 2026): the visits of 2025 and earlier are anonymised, those of
2026 stay with the person until the end of 2027.

The audit trail is not deleted by these rules: each entry is chained to the one before
it by its hash, so removing old entries would break the chain that shows tampering. Its
entries name records by id only and copy no personal data (``audit``).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from desktop_app.core.i18n import QT_TRANSLATE_NOOP
from desktop_app.core.privacy_records import add_months


class RetentionKind(StrEnum):
    """The kinds of record a deletion run looks at, in the order a run treats them."""

    VISITS = "visits"  # person-linked visits: turned into anonymous counts
    VISITORS = "inactive_visitors"  # visitors without activity: deleted, visits counted
    REFERRALS = "referral_details"  # a closed referral's details: only a log line stays
    CONSENTS = "consents"  # consent records after the processing ended or the withdrawal
    ALLOWANCE_PAYMENTS = "allowance_payments"  # receipts of allowances (§ 147 AO)
    VOLUNTEERS = "volunteers"  # former volunteers


RETENTION_KIND_LABELS: dict[RetentionKind, str] = {
    RetentionKind.VISITS: QT_TRANSLATE_NOOP("reference", "Person-linked visits"),
    RetentionKind.VISITORS: QT_TRANSLATE_NOOP("reference", "Visitors without activity"),
    RetentionKind.REFERRALS: QT_TRANSLATE_NOOP("reference", "Details of closed referrals"),
    RetentionKind.CONSENTS: QT_TRANSLATE_NOOP("reference", "Consent records"),
    RetentionKind.ALLOWANCE_PAYMENTS: QT_TRANSLATE_NOOP("reference", "Allowance payments"),
    RetentionKind.VOLUNTEERS: QT_TRANSLATE_NOOP("reference", "Former volunteers"),
}

# What a run does to the records due, in a sentence.
RETENTION_ACTIONS: dict[RetentionKind, str] = {
    RetentionKind.VISITS: QT_TRANSLATE_NOOP(
        "reference",
        "They become anonymous counts with the offer, the time, the age band and the gender; "
        "the visits themselves are deleted.",
    ),
    RetentionKind.VISITORS: QT_TRANSLATE_NOOP(
        "reference",
        "Their registrations are deleted; their visits become anonymous counts with age band "
        "and gender, and their referrals no longer name them.",
    ),
    RetentionKind.REFERRALS: QT_TRANSLATE_NOOP(
        "reference",
        "Purpose, appointment, how the slip named the person and the link to the person are "
        "deleted; code, dates, status and target stay as a log line for the statistics.",
    ),
    RetentionKind.CONSENTS: QT_TRANSLATE_NOOP(
        "reference",
        "The consent records are deleted, with the guardian's name and who took the consent.",
    ),
    RetentionKind.ALLOWANCE_PAYMENTS: QT_TRANSLATE_NOOP(
        "reference", "The payments are deleted with their notes."
    ),
    RetentionKind.VOLUNTEERS: QT_TRANSLATE_NOOP(
        "reference",
        "Their records are deleted with contact details, birth date, notes and trainings; names "
        "stay only as long as allowance receipts of theirs must be kept. Their hours stay, "
        "naming no one, for the statistics.",
    ),
}

# Why the records go when they do: the rule in words; ``{months}`` and ``{cutoff}`` are
# filled in (the cut-off as a date in the user's format).
RETENTION_REASONS: dict[RetentionKind, str] = {
    RetentionKind.VISITS: QT_TRANSLATE_NOOP(
        "reference",
        "Visits stay linked to the person until {months} months after the end of their year, "
        "so that the year can be reported in the year after it: visits before {cutoff}.",
    ),
    RetentionKind.VISITORS: QT_TRANSLATE_NOOP(
        "reference",
        "Registered visitors with no visit, change, consent or referral for {months} months: "
        "none since {cutoff}. Visitors who are volunteers or have an open request about their "
        "data are kept.",
    ),
    RetentionKind.REFERRALS: QT_TRANSLATE_NOOP(
        "reference",
        "A referral's details are kept for {months} months after it was closed, for "
        "questions about it: referrals closed before {cutoff}.",
    ),
    RetentionKind.CONSENTS: QT_TRANSLATE_NOOP(
        "reference",
        "A consent is proof of what was agreed for as long as the processing lasts and "
        "{months} months after it ended or the consent was withdrawn: ended before {cutoff}.",
    ),
    RetentionKind.ALLOWANCE_PAYMENTS: QT_TRANSLATE_NOOP(
        "reference",
        "Receipts are kept for {months} months from the end of the year of payment "
        "(§ 147 AO: 8 years): payments before {cutoff}.",
    ),
    RetentionKind.VOLUNTEERS: QT_TRANSLATE_NOOP(
        "reference",
        "Volunteers' records are kept for {months} months after the engagement ended, for "
        "certificates and questions: engagements that ended before {cutoff}, and records "
        "deleted earlier that still hold personal data.",
    ),
}

# Shown with every preview: why the audit trail is not among the kinds above.
AUDIT_TRAIL_KEPT = QT_TRANSLATE_NOOP(
    "reference",
    "The audit trail is not deleted by a run: each entry is chained to the one before it, "
    "so that removing entries would break the proof that nothing was altered. Its entries "
    "name records by number only and copy no personal data.",
)

DEFAULT_MONTHS: dict[RetentionKind, int] = {
    # After the end of the year that follows the reporting year.
    RetentionKind.VISITS: 12,
    RetentionKind.VISITORS: 24,
    RetentionKind.REFERRALS: 6,
    # For the life of the processing plus 3 years.
    RetentionKind.CONSENTS: 36,
    # 8 years from the end of the year of payment (receipts, § 147 AO).
    RetentionKind.ALLOWANCE_PAYMENTS: 96,
    # The engagement plus 3 years.
    RetentionKind.VOLUNTEERS: 36,
}

# The months a facility may choose, both included. Receipts may not go before the 8 years
# of § 147 AO, nor consents before the 3 years in which claims about them lapse (§ 195 BGB);
# visits stay at least until their year is over.
MONTHS_RANGE: dict[RetentionKind, tuple[int, int]] = {
    RetentionKind.VISITS: (0, 60),
    RetentionKind.VISITORS: (6, 120),
    RetentionKind.REFERRALS: (1, 60),
    RetentionKind.CONSENTS: (36, 120),
    RetentionKind.ALLOWANCE_PAYMENTS: (96, 180),
    RetentionKind.VOLUNTEERS: (0, 120),
}

# Rules counted from the end of the record's year rather than from its day.
_FROM_YEAR_END = frozenset({RetentionKind.VISITS, RetentionKind.ALLOWANCE_PAYMENTS})


def cutoff(kind: RetentionKind, months: int, today: date) -> date:
    """The first day whose records ``kind``'s rule of ``months`` still keeps on ``today``."""
    back = add_months(today, -months)
    return date(back.year, 1, 1) if kind in _FROM_YEAR_END else back


@dataclass(frozen=True)
class RetentionRuleRecord:
    kind: RetentionKind
    months: int

    @property
    def default_months(self) -> int:
        return DEFAULT_MONTHS[self.kind]

    @property
    def is_default(self) -> bool:
        return self.months == self.default_months

    @property
    def lowest(self) -> int:
        return MONTHS_RANGE[self.kind][0]

    @property
    def highest(self) -> int:
        return MONTHS_RANGE[self.kind][1]


@dataclass(frozen=True)
class RetentionStep:
    """One kind of record in a run: how many are due (or were done), under which rule."""

    kind: RetentionKind
    months: int
    cutoff: date
    count: int

    @property
    def label(self) -> str:
        return RETENTION_KIND_LABELS[self.kind]

    @property
    def action(self) -> str:
        return RETENTION_ACTIONS[self.kind]

    @property
    def reason(self) -> str:
        """The rule in words, untranslated, with ``reason_params`` to fill in."""
        return RETENTION_REASONS[self.kind]

    @property
    def reason_params(self) -> Mapping[str, object]:
        return MappingProxyType({"months": self.months, "cutoff": self.cutoff})

    def reason_text(self) -> str:
        """The rule in words, untranslated and filled in: for logs and the command line."""
        return self.reason.format(months=self.months, cutoff=self.cutoff.isoformat())


@dataclass(frozen=True)
class RetentionPlan:
    """A run's preview (``done`` False) or what a run did (``done`` True), kind by kind."""

    today: date
    steps: tuple[RetentionStep, ...]
    done: bool = False
    notes: tuple[str, ...] = field(default=(AUDIT_TRAIL_KEPT,))

    @property
    def total(self) -> int:
        return sum(step.count for step in self.steps)

    @property
    def is_empty(self) -> bool:
        return self.total == 0

    def step(self, kind: RetentionKind) -> RetentionStep:
        found = next((step for step in self.steps if step.kind is kind), None)
        if found is None:
            raise KeyError(kind)
        return found

    def count(self, kind: RetentionKind) -> int:
        return self.step(kind).count

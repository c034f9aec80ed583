"""Hours and euro amounts as people type them ("2,5", "2:30", "12,50 €") and as they read them.

Hours are whole quarter hours, kept as minutes; money is kept as cents. A decimal comma
and a decimal point are both accepted, because German and English keyboards differ.
"""

import re

from desktop_app.core.errors import FieldProblem
from desktop_app.core.i18n import QT_TRANSLATE_NOOP

QUARTER = 15
DAY_MINUTES = 24 * 60
# A training course over several weeks (a Juleica course is about 50 hours) stays well below.
TRAINING_MINUTES = 30 * DAY_MINUTES

_HOURS_DECIMAL = re.compile(r"^(\d{1,4})(?:[.,](\d{1,2}))?\s*(?:h|std\.?|stunden?)?$", re.I)
_HOURS_CLOCK = re.compile(r"^(\d{1,2}):([0-5]\d)$")
_EUROS = re.compile(r"^(\d{1,6})(?:[.,](\d{1,2}))?\s*(?:€|eur|euro)?$", re.I)
# Thousands written with a dot and cents with a comma: "1.234,50".
_EUROS_GROUPED = re.compile(r"^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?\s*(?:€|eur|euro)?$", re.I)

NOT_HOURS = QT_TRANSLATE_NOOP(
    "errors", "Type hours as 2,5 or 2:30 (in quarter hours: ,25 ,5 ,75 or :15 :30 :45)."
)
NOT_QUARTER = QT_TRANSLATE_NOOP(
    "errors", "Hours are counted in quarter hours: use ,25 ,5 ,75 (or :15 :30 :45)."
)
NO_HOURS = QT_TRANSLATE_NOOP("errors", "The hours must be more than zero.")
TOO_MANY = QT_TRANSLATE_NOOP("errors", "More than 24 hours cannot be worked in one day.")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "That is more hours than one training can take.")
NOT_AMOUNT = QT_TRANSLATE_NOOP("errors", "Type the amount in euros, for example 12,50.")
NO_AMOUNT = QT_TRANSLATE_NOOP("errors", "The amount must be more than zero.")


class QuantityError(ValueError):
    """Typed text that is not a quantity; ``problem`` says why, for the field."""

    def __init__(self, problem: FieldProblem) -> None:
        super().__init__(problem.text())
        self.problem = problem


def parse_hours(text: str, most: int = DAY_MINUTES) -> int:
    """Minutes of typed hours: "2", "2,5", "2.25", "2:30", "1,75 h". Raises ``QuantityError``.

    ``most`` is the largest number of minutes accepted: one day's for worked hours, more
    for a training course that ran over several days.
    """
    typed = text.strip().replace(" ", "")
    if typed.startswith("-"):
        raise QuantityError(FieldProblem(NO_HOURS))
    clock = _HOURS_CLOCK.match(typed)
    decimal = _HOURS_DECIMAL.match(typed)
    if clock is not None:
        minutes = int(clock[1]) * 60 + int(clock[2])
    elif decimal is not None:
        fraction = decimal[2] or "0"
        hundredths = int(fraction.ljust(2, "0"))
        if hundredths % 25:
            raise QuantityError(FieldProblem(NOT_QUARTER))
        minutes = int(decimal[1]) * 60 + hundredths * 60 // 100
    else:
        raise QuantityError(FieldProblem(NOT_HOURS))
    problem = minutes_problem(minutes, most)
    if problem is not None:
        raise QuantityError(problem)
    return minutes


def minutes_problem(minutes: int, most: int = DAY_MINUTES) -> FieldProblem | None:
    """What is wrong with ``minutes`` as hours: none, not quarter hours, more than ``most``.

    ``most`` is one day's minutes for worked hours (too many for a day), or more for a
    training course (too many for one training).
    """
    if minutes <= 0:
        return FieldProblem(NO_HOURS)
    if minutes % QUARTER:
        return FieldProblem(NOT_QUARTER)
    if minutes > most:
        return FieldProblem(TOO_MANY if most == DAY_MINUTES else TOO_LONG)
    return None


class Hours(int):
    """Minutes of work in a message's values: they read as hours ("2,5"), and the GUI
    writes them in the user's notation."""

    def __format__(self, spec: str) -> str:
        return format_hours(int(self))

    def __str__(self) -> str:
        return format_hours(int(self))


def format_hours(minutes: int, decimal_point: str = ",") -> str:
    """ "2,25" for 135 minutes; whole hours without decimals: "3"."""
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return str(hours)
    return f"{hours}{decimal_point}{rest * 100 // 60:02d}".rstrip("0")


def parse_euros(text: str) -> int:
    """Cents of a typed amount: "12,50", "12.50 €", "1.234,50", "300". Raises ``QuantityError``."""
    typed = text.strip()
    if typed.startswith("-"):
        raise QuantityError(FieldProblem(NO_AMOUNT))
    grouped = _EUROS_GROUPED.match(typed)
    plain = _EUROS.match(typed.replace(" ", ""))
    if grouped is not None:
        euros, cents = int(grouped[1].replace(".", "")), grouped[2]
    elif plain is not None:
        euros, cents = int(plain[1]), plain[2]
    else:
        raise QuantityError(FieldProblem(NOT_AMOUNT))
    amount = euros * 100 + int((cents or "0").ljust(2, "0"))
    if amount <= 0:
        raise QuantityError(FieldProblem(NO_AMOUNT))
    return amount

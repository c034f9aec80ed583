"""Hours and euro amounts as people type them."""

import pytest

from desktop_app.core.quantities import (
    DAY_MINUTES,
    NO_HOURS,
    NOT_QUARTER,
    TOO_LONG,
    TOO_MANY,
    TRAINING_MINUTES,
    QuantityError,
    format_hours,
    minutes_problem,
    parse_euros,
    parse_hours,
)


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("2", 120),
        ("2,5", 150),
        ("2.25", 135),
        ("0,75", 45),
        ("2:30", 150),
        ("1:15", 75),
        (" 3,5 h ", 210),
        ("4 Std.", 240),
        ("24", 1440),
    ],
)
def test_hours_are_read_in_every_usual_spelling(typed: str, minutes: int) -> None:
    assert parse_hours(typed) == minutes


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("-2", "more than zero"),
        ("0", "more than zero"),
        ("0:00", "more than zero"),
        ("2,3", "quarter hours"),
        ("1:10", "quarter hours"),
        ("24,25", "24 hours"),
        ("zwei", "Type hours"),
        ("", "Type hours"),
        ("2,5,5", "Type hours"),
    ],
)
def test_hours_that_cannot_be_are_refused_with_a_reason(typed: str, why: str) -> None:
    with pytest.raises(QuantityError) as raised:
        parse_hours(typed)
    assert why in str(raised.value)


def test_a_training_may_take_more_than_a_day_but_not_without_end() -> None:
    assert parse_hours("50", most=TRAINING_MINUTES) == 50 * 60
    with pytest.raises(QuantityError) as raised:
        parse_hours("9999", most=TRAINING_MINUTES)
    assert "more hours than one training" in str(raised.value)


def test_hours_are_written_back_with_a_decimal_comma() -> None:
    assert [format_hours(m) for m in (120, 135, 150, 45)] == ["2", "2,25", "2,5", "0,75"]
    assert format_hours(135, ".") == "2.25"


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("12,50", 1250), ("12.50", 1250), ("300", 30000), ("1.234,50 €", 123450), ("0,5", 50)],
)
def test_amounts_take_a_decimal_comma(typed: str, cents: int) -> None:
    assert parse_euros(typed) == cents


@pytest.mark.parametrize("typed", ["-5", "0", "12,505", "zwölf", "12,50 $", ""])
def test_unreadable_amounts_are_refused(typed: str) -> None:
    with pytest.raises(QuantityError):
        parse_euros(typed)


def test_minutes_are_checked_alike_for_a_day_and_for_a_training() -> None:
    def why(minutes: int, most: int = DAY_MINUTES) -> str | None:
        problem = minutes_problem(minutes, most)
        return None if problem is None else problem.message

    assert why(150) is None and why(DAY_MINUTES) is None
    assert [why(m) for m in (0, -15, 50, DAY_MINUTES + 15)] == [
        NO_HOURS,
        NO_HOURS,
        NOT_QUARTER,
        TOO_MANY,
    ]
    assert why(50 * 60, TRAINING_MINUTES) is None
    assert why(50 * 60 + 10, TRAINING_MINUTES) == NOT_QUARTER
    assert why(TRAINING_MINUTES + 15, TRAINING_MINUTES) == TOO_LONG

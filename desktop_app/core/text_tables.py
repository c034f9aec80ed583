"""Document texts kept per language in TOML tables, checked whole when first read; dates
written out in a language's format."""

import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any


class TextsProblem(ValueError):
    """Bundled document texts are incomplete or malformed: a defect of the installation."""


# Reads a value that is neither a text nor a list of texts; ``where`` starts its message.
SpecialValue = Callable[[object, str], Any]


def read_text_tables(
    path: Path,
    languages: Iterable[str],
    keys: tuple[str, ...],
    list_lengths: Mapping[str, int],
    special: Mapping[str, SpecialValue] | None = None,
) -> dict[str, dict[str, Any]]:
    """Each language's values by key: texts, lists of ``list_lengths`` texts, or special.

    Every language must have every key and no other, and the file no other language; a
    problem raises ``TextsProblem`` naming the file, the language and the key.
    """
    with path.open("rb") as file:
        tables = tomllib.load(file)
    languages = tuple(languages)
    unknown = sorted(set(tables) - set(languages))
    if unknown:
        raise TextsProblem(f"{path}: tables for no known language: {', '.join(unknown)}.")
    return {
        language: _values(
            f"{path}: [{language}]", tables.get(language), keys, list_lengths, special
        )
        for language in languages
    }


def _values(
    where: str,
    table: object,
    keys: tuple[str, ...],
    list_lengths: Mapping[str, int],
    special: Mapping[str, SpecialValue] | None,
) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise TextsProblem(f"{where} is missing.")
    missing = [key for key in keys if key not in table]
    unknown = sorted(set(table) - set(keys))
    if missing or unknown:
        raise TextsProblem(
            f"{where} lacks {', '.join(missing) or 'nothing'}"
            f" and has unknown keys {', '.join(unknown) or 'none'}."
        )
    values: dict[str, Any] = {}
    for key in keys:
        value = table[key]
        if special is not None and key in special:
            values[key] = special[key](value, f"{where} {key}")
        elif key in list_lengths:
            if not (
                isinstance(value, list)
                and len(value) == list_lengths[key]
                and all(isinstance(item, str) and item.strip() for item in value)
            ):
                raise TextsProblem(f"{where} {key} must list {list_lengths[key]} texts.")
            values[key] = tuple(value)
        elif isinstance(value, str) and value.strip():
            values[key] = value
        else:
            raise TextsProblem(f"{where} {key} must be a text.")
    return values


def filled_date(
    template: str,
    day: date,
    months: Sequence[str],
    weekdays: Sequence[str] = (),
    weekdays_short: Sequence[str] = (),
    **more: object,
) -> str:
    """``template`` with ``day`` filled in: {day} 1, {dd} 01, {month} its name, {mm} 12,
    {yyyy}; {weekday} and {weekday_short} where the texts name the weekdays; ``more``."""
    values: dict[str, object] = {
        "day": day.day,
        "dd": f"{day.day:02d}",
        "month": months[day.month - 1],
        "mm": f"{day.month:02d}",
        "yyyy": f"{day.year:04d}",
    }
    if weekdays:
        values["weekday"] = weekdays[day.weekday()]
    if weekdays_short:
        values["weekday_short"] = weekdays_short[day.weekday()]
    return template.format(**values, **more)

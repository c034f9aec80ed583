"""Columns a desk derives from a record's names: the folded name for ordering, search words.

Services fill them when people edit; a pulled record gets them from the same functions,
so every desk derives the same values from the same names and they never travel.
"""

from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.core.text import fold, index_terms


def sort_name(first_name: str, last_name: str) -> str:
    """ "Müller Anna" folded: the order people are listed in."""
    return fold(f"{last_name} {first_name}".strip())


@dataclass(frozen=True)
class Derivation:
    sources: tuple[str, ...]
    columns: tuple[str, ...]
    compute: Callable[..., tuple[str, ...]]


def _visitor(first_name: str, last_name: str, number: str) -> tuple[str, ...]:
    return sort_name(first_name, last_name), index_terms(first_name, last_name, number)


def _volunteer(first_name: str, last_name: str) -> tuple[str, ...]:
    return (sort_name(first_name, last_name),)


DERIVED = {
    "visitor": Derivation(
        ("first_name", "last_name", "number"), ("sort_name", "search_terms"), _visitor
    ),
    "volunteer": Derivation(("first_name", "last_name"), ("sort_name",), _volunteer),
}

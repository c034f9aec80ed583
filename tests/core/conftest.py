"""Fixtures of the core tests: cheap password hashing."""

from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher

from desktop_app.core import passwords

# Saved before any test replaces it: the one test of the production parameters reads it.
_PRODUCTION_HASHER = passwords.HASHER


@pytest.fixture(autouse=True)
def quick_hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[PasswordHasher]:
    """argon2id with the least work: the production parameters cost ~50 ms per hash, and
    many tests hash passwords."""
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(passwords, "HASHER", hasher)
    yield hasher


@pytest.fixture
def production_hasher() -> PasswordHasher:
    """The hasher the program uses, as the module defines it."""
    return _PRODUCTION_HASHER

"""Hashing staff passwords and PINs with argon2id, and slowing down guessing."""

from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2-cffi's defaults are RFC 9106's second recommended option (argon2id, 64 MiB, three
# passes): about 50 ms on an office PC, once per sign-in.
HASHER = PasswordHasher()


FREE_ATTEMPTS = 3
LONGEST_WAIT = timedelta(minutes=5)


def hash_secret(secret: str) -> str:
    return HASHER.hash(secret)


def verify_secret(stored_hash: str, secret: str) -> bool:
    try:
        return HASHER.verify(stored_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _unknown_user_hash() -> str:
    """A hash of a password nobody has, made once."""
    return HASHER.hash("no such user")


def verify_nothing(secret: str) -> None:
    """Spend the time of one verification for a user name that does not exist, so that
    the time a refusal takes does not tell which user names exist."""
    verify_secret(_unknown_user_hash(), secret)


def wait_after(failed_attempts: int) -> timedelta:
    """How long the next attempt must wait: nothing for the first three failures, then
    one second, doubling with each further failure, at most five minutes."""
    if failed_attempts < FREE_ATTEMPTS:
        return timedelta(0)
    if failed_attempts - FREE_ATTEMPTS >= 9:  # 2⁹ s is past the longest wait already
        return LONGEST_WAIT
    return min(timedelta(seconds=2 ** (failed_attempts - FREE_ATTEMPTS)), LONGEST_WAIT)


def next_attempt_at(failed_attempts: int, last_failed_at: datetime | None) -> datetime | None:
    if last_failed_at is None:
        return None
    wait = wait_after(failed_attempts)
    return last_failed_at + wait if wait else None

"""Short codes people read aloud and type: visitor numbers and, later, referral codes.

The alphabet has 31 characters: the digits 2–9 and the capital letters without I, L and
O, so that 0/O and 1/I/l can never be confused. Because 31 is prime, a weighted check
character (weights 1, 2, 3, … modulo 31) catches every single wrong character and every
swap of two characters, neighbours included: a single change alters the weighted sum by
``w·d`` and a swap by ``(wᵢ − wⱼ)·d``, and neither product is ever 0 modulo a prime when
``d`` and the weight difference are non-zero and smaller than 31.
"""

import secrets

from desktop_app.core.limits import REFERRAL_CODE_LENGTH

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
_BASE = len(ALPHABET)
_VALUE = {char: index for index, char in enumerate(ALPHABET)}

assert _BASE == 31


def _weighted_sum(body: str) -> int:
    return sum((position + 1) * _VALUE[char] for position, char in enumerate(body))


def check_character(body: str) -> str:
    """Return the character that makes the weighted sum of ``body + check`` divisible by 31."""
    weight = len(body) + 1
    if weight % _BASE == 0:
        raise ValueError("code too long for a mod-31 check character")
    # Solve weight * c ≡ -sum (mod 31); pow(x, -1, p) is the modular inverse.
    value = (-_weighted_sum(body) * pow(weight, -1, _BASE)) % _BASE
    return ALPHABET[value]


def new_code(length: int) -> str:
    """Return a random code of ``length`` characters, the last one being the check."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(length - 1))
    return body + check_character(body)


def normalise(text: str) -> str:
    """Upper-case ``text`` and drop spaces and hyphens people add while typing."""
    return "".join(char for char in text.upper() if char not in " -")


def is_valid(code: str) -> bool:
    """True if ``code`` uses only the alphabet and its check character fits."""
    code = normalise(code)
    if len(code) < 2 or any(char not in _VALUE for char in code):
        return False
    return _weighted_sum(code) % _BASE == 0


def uses_alphabet(text: str) -> bool:
    """True if ``text`` (normalised) holds only characters a code can have."""
    return all(char in _VALUE for char in normalise(text))


def new_referral_code() -> str:
    """A fresh referral code: nine random characters and the check character.

    The code must be unique across every desk of the network, yet a desk issues it offline,
    without asking a server. Nine random characters of 31 give N = 31⁹ ≈ 2.6·10¹³ codes.
    Among n codes in use, the chance that any two agree is about n²/(2N) (the birthday
    bound): for 100,000 referrals that is 1.9·10⁻⁴ (one network in 5,000 ever sees one), for
    a million 1.9 %. Codes need only be unique while their referrals are kept (details are
    deleted six months after a referral closes, PRIVACY.md), so a network stays far below a
    million live codes; each desk also refuses a code it already holds, and the shared
    database's unique index catches what is left, so a clash is noticed rather than mixed up.
    """
    return new_code(REFERRAL_CODE_LENGTH)


def is_referral_code(text: str) -> bool:
    """True if ``text`` is a complete referral code with a fitting check character."""
    code = normalise(text)
    return len(code) == REFERRAL_CODE_LENGTH and is_valid(code)


def grouped(code: str, size: int = 5) -> str:
    """``code`` in groups for reading aloud and typing: "7KM4Q-X9TB2"."""
    return "-".join(code[start : start + size] for start in range(0, len(code), size))

"""Short codes people read aloud and type: visitor numbers and, later, referral codes.

The alphabet has 31 characters: the digits 2–9 and the capital letters without I, L and
O, so that 0/O and 1/I/l can never be confused. Because 31 is prime, a weighted check
character (weights 1, 2, 3, … modulo 31) catches every single wrong character and every
swap of two characters, neighbours included: a single change alters the weighted sum by
``w·d`` and a swap by ``(wᵢ − wⱼ)·d``, and neither product is ever 0 modulo a prime when
``d`` and the weight difference are non-zero and smaller than 31.
"""

import secrets

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

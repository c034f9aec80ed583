"""Visitor numbers and other typable codes: alphabet and check character."""

import itertools

from desktop_app.core import codes


def test_new_codes_are_valid_and_avoid_confusable_characters() -> None:
    for _ in range(500):
        code = codes.new_code(7)
        assert len(code) == 7
        assert codes.is_valid(code)
        assert not set(code) & set("01OIL")


def test_every_single_wrong_character_is_caught() -> None:
    code = codes.new_code(9)
    for position, replacement in itertools.product(range(len(code)), codes.ALPHABET):
        if code[position] == replacement:
            continue
        wrong = code[:position] + replacement + code[position + 1 :]
        assert not codes.is_valid(wrong), wrong


def test_every_swap_of_neighbours_is_caught() -> None:
    for _ in range(200):
        code = codes.new_code(9)
        for position in range(len(code) - 1):
            a, b = code[position], code[position + 1]
            if a == b:
                continue
            swapped = code[:position] + b + a + code[position + 2 :]
            assert not codes.is_valid(swapped), swapped


def test_typing_is_forgiving_about_case_spaces_and_hyphens() -> None:
    code = codes.new_code(8)
    typed = f"{code[:4].lower()} - {code[4:]}"
    assert codes.normalise(typed) == code
    assert codes.is_valid(typed)


def test_garbage_is_not_valid() -> None:
    assert not codes.is_valid("")
    assert not codes.is_valid("A")
    assert not codes.is_valid("HELLO0!")


def test_referral_codes_are_ten_characters_with_a_check_and_read_in_groups() -> None:
    seen = {codes.new_referral_code() for _ in range(2000)}
    assert len(seen) == 2000
    for code in seen:
        assert len(code) == 10 and codes.is_valid(code)
    code = next(iter(seen))
    assert codes.grouped(code) == f"{code[:5]}-{code[5:]}"
    assert codes.normalise(codes.grouped(code)) == code


def test_only_the_code_alphabet_counts_as_code_characters() -> None:
    assert codes.uses_alphabet("7km4q-x9tb2")
    assert not codes.uses_alphabet("7KM4Q-X9TB0")

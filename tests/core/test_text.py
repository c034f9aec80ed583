"""Folding names for search and checking typed text."""

from desktop_app.core.text import clean, fold, has_control_characters, index_terms, search_words


def test_folding_ignores_case_and_accents() -> None:
    assert fold("Müller") == "muller"
    assert fold("ÖZDEMIR") == "ozdemir"
    assert fold("Straße") == "strasse"
    assert fold("Łukasz Dąbrowski") == "lukasz dabrowski"


def test_index_holds_every_spelling_of_umlauts() -> None:
    terms = index_terms("Jürgen", "Müller").split()
    assert {"jurgen", "juergen", "muller", "mueller"} <= set(terms)


def test_joined_words_are_indexed_too() -> None:
    assert "obrien" in index_terms("Siobhan", "O'Brien").split()
    assert "schmidtmuller" in index_terms("Jana", "Schmidt-Müller").split()


def test_scripts_other_than_latin_are_kept() -> None:
    assert "محمد" in index_terms("محمد", "").split()
    assert search_words("Nguyễn Thị") == ["nguyen", "thi"]


def test_control_characters_are_detected() -> None:
    assert has_control_characters("Anna\x00")
    assert has_control_characters("Anna\nMüller")
    assert not has_control_characters("Anna\nMüller", multiline=True)
    assert has_control_characters("Anna\x07", multiline=True)
    assert not has_control_characters('O\'Brien "Obi" 😀 محمد')


def test_clean_trims_and_normalises_but_keeps_the_rest() -> None:
    decomposed = "Mu\u0308ller"
    assert clean(f"  {decomposed} ") == "Müller"
    assert clean(' O\'Brien "Obi" 😀 ') == 'O\'Brien "Obi" 😀'

"""Reading the documents' text tables: a broken file is refused whole, naming what is wrong."""

import re
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from desktop_app.core.text_tables import TextsProblem
from desktop_app.documents.texts import read_slip_texts, slip_texts_file
from desktop_app.documents.volunteer_texts import read_volunteer_texts, volunteer_texts_file

Tables = dict[str, Any]

_READERS: Mapping[str, tuple[Callable[[], Path], Callable[[Path], object]]] = {
    "slip": (slip_texts_file, read_slip_texts),
    "volunteer": (volunteer_texts_file, read_volunteer_texts),
}


def _without(tables: Tables, language: str, key: str) -> None:
    del tables[language][key]


def _one_field_of_action_less(tables: Tables) -> None:
    fields = tables["en"]["fields_of_action"]
    del fields[next(iter(fields))]


@pytest.mark.parametrize(
    ("kind", "breakage", "named"),
    [
        ("slip", lambda tables: _without(tables, "en", "voluntary"), "voluntary"),
        ("slip", lambda tables: tables["tr"].update(colour="mavi"), "colour"),
        ("slip", lambda tables: tables["de"]["months"].pop(), "months"),
        ("slip", lambda tables: tables["ar"].update(title="  "), "title"),
        ("slip", lambda tables: tables["en"].update(stamp=3), "stamp"),
        ("slip", _one_field_of_action_less, "fields_of_action"),
        ("slip", lambda tables: tables.pop("tr"), "[tr] is missing"),
        ("slip", lambda tables: tables.update(fr=tables["en"]), "language: fr"),
        ("volunteer", lambda tables: _without(tables, "de", "page_of"), "page_of"),
        ("volunteer", lambda tables: tables["en"]["months_short"].pop(), "months_short"),
        ("volunteer", lambda tables: tables["en"]["months"].__setitem__(3, ""), "months"),
        ("volunteer", lambda tables: tables.update(tr=tables["en"]), "language: tr"),
    ],
    ids=[
        "missing key",
        "unknown key",
        "eleven months",
        "empty text",
        "number for a text",
        "fields of action",
        "missing language",
        "unknown language",
        "volunteer missing key",
        "volunteer eleven short months",
        "volunteer empty month",
        "volunteer unknown language",
    ],
)
def test_a_broken_table_is_refused_naming_the_key(
    tmp_path: Path, kind: str, breakage: Callable[[Tables], object], named: str
) -> None:
    bundled, read = _READERS[kind]
    with bundled().open("rb") as file:
        tables = tomllib.load(file)
    read(_written(tmp_path, tables))  # the bundled texts as they are: read without a problem
    breakage(tables)
    with pytest.raises(TextsProblem, match=re.escape(named)):
        read(_written(tmp_path, tables))


def _written(tmp_path: Path, tables: Tables) -> Path:
    path = tmp_path / "texts.toml"
    path.write_bytes(tomli_w.dumps(tables).encode())
    return path

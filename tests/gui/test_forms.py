"""The committed Python forms are exactly what pyside6-uic makes of the Designer files."""

from pathlib import Path

import pytest

from desktop_app.gui.forms.__main__ import UI_DIR, compile_form, form_path

UI_FILES = sorted(UI_DIR.glob("*.ui"))


def test_there_are_forms() -> None:
    assert len(UI_FILES) >= 2


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda path: path.name)
def test_form_is_up_to_date(ui_file: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.py"
    compile_form(ui_file, fresh)
    committed = form_path(ui_file)
    assert committed.exists(), f"run: python -m desktop_app.gui.forms ({committed} missing)"
    assert committed.read_text() == fresh.read_text(), (
        f"{committed.name} is stale: run python -m desktop_app.gui.forms"
    )


def test_every_generated_form_has_its_designer_file() -> None:
    generated = {path.name for path in form_path(UI_DIR / "x.ui").parent.glob("ui_*.py")}
    assert generated == {form_path(ui).name for ui in UI_FILES}

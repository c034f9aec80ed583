"""Unexpected errors reach the log with their traceback and the user as a short message."""

import logging
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.core.errors import DuplicateHours, FieldProblem, RuleError
from desktop_app.core.logs import set_up_logging
from desktop_app.core.quantities import Hours
from desktop_app.core.services.hours import BEFORE_START, DUPLICATE
from desktop_app.gui.error_dialogs import ErrorReporter
from desktop_app.gui.i18n import error_text, problem_text
from desktop_app.gui.tasks import TaskRunner


def _fail() -> None:
    raise ZeroDivisionError("deep inside")


def _open_box(qtbot: QtBot, reporter: ErrorReporter) -> QMessageBox:
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    assert reporter.box is not None
    return reporter.box


def test_unexpected_error_in_background_work_is_logged_and_told_briefly(
    qtbot: QtBot, tmp_path: Path
) -> None:
    log_path = set_up_logging(tmp_path)
    reporter = ErrorReporter(log_path)
    runner = TaskRunner(reporter.report)
    try:
        runner.run(_fail)
        box = _open_box(qtbot, reporter)
        assert "unexpected problem" in box.text()
        assert str(log_path) in box.text()
        assert "Traceback" not in box.text() and "ZeroDivisionError" not in box.text()
        box.close()
    finally:
        runner.shutdown()
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "ZeroDivisionError: deep inside" in logged
    assert "Traceback" in logged


def test_an_error_meant_for_the_user_is_shown_as_its_message(qtbot: QtBot, tmp_path: Path) -> None:
    reporter = ErrorReporter(tmp_path / "tresen.log")
    reporter.report(RuleError("Only today's check-ins can be undone."))
    box = _open_box(qtbot, reporter)
    assert box.text() == "Only today's check-ins can be undone."
    box.close()


def test_dates_and_hours_in_messages_are_written_the_users_way(language: str) -> None:
    error = DuplicateHours(DUPLICATE, name="Jonas Weber", hours=Hours(150), activity="Café")
    problem = FieldProblem(BEFORE_START, {"day": date(2026, 3, 9)})
    if language == "de":
        assert "schon 2,5 Std." in error_text(error)
        assert "09.03.26" in problem_text(problem)
    else:
        assert "already has 2.5 h" in error_text(error)
        assert "3/9/26" in problem_text(problem)

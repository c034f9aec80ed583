"""The task runner: work off the GUI thread, results and errors back on it."""

import threading

import shiboken6
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.core.errors import RuleError, TresenError
from desktop_app.gui.tasks import TaskRunner
from tests.gui.conftest import ReportedErrors


def test_work_runs_off_the_gui_thread_and_reports_back_on_it(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    gui_thread = threading.get_ident()
    seen: list[tuple[int, int]] = []
    button = QPushButton()
    qtbot.addWidget(button)
    release = threading.Event()

    def work() -> int:
        release.wait(5)
        return threading.get_ident()

    runner.run(
        work, on_done=lambda worker: seen.append((worker, threading.get_ident())), control=button
    )
    assert not button.isEnabled(), "the control is disabled while the work runs"
    release.set()
    qtbot.waitUntil(lambda: bool(seen))
    worker, delivered_on = seen[0]
    assert worker != gui_thread and delivered_on == gui_thread
    assert button.isEnabled()


def test_errors_for_the_user_go_to_on_error_else_to_the_reporter(
    qtbot: QtBot, runner: TaskRunner, reported_errors: ReportedErrors
) -> None:
    handled: list[TresenError] = []

    def refuse() -> None:
        raise RuleError("Not today.")

    runner.run(refuse, on_error=handled.append)
    runner.run(refuse)
    qtbot.waitUntil(lambda: not runner.busy)
    assert [str(error) for error in handled] == ["Not today."]
    assert [str(error) for error in reported_errors] == ["Not today."]
    reported_errors.clear()


def test_a_result_for_a_closed_widget_is_dropped_quietly(qtbot: QtBot, runner: TaskRunner) -> None:
    button = QPushButton()
    release = threading.Event()
    runner.run(lambda: release.wait(5), on_done=button.setText, control=button)
    button.deleteLater()
    qtbot.waitUntil(lambda: not _valid(button))
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)


def _valid(widget: QPushButton) -> bool:
    return bool(shiboken6.isValid(widget))


def test_a_silent_server_does_not_hold_up_the_desks_own_work(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    server_answers = threading.Event()
    done: list[str] = []

    def sync() -> str:
        server_answers.wait(10)
        return "synced"

    runner.run(sync, on_done=done.append, lane="network")
    runner.run(lambda: "saved", on_done=done.append)
    qtbot.waitUntil(lambda: done == ["saved"])
    assert runner.busy, "the sync is still waiting for the server"
    server_answers.set()
    qtbot.waitUntil(lambda: done == ["saved", "synced"])


def test_errors_on_the_network_lane_reach_on_error_as_on_the_database_lane(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    handled: list[TresenError] = []

    def unreachable() -> None:
        raise RuleError("The server cannot be reached.")

    runner.run(unreachable, on_error=handled.append, lane="network")
    qtbot.waitUntil(lambda: bool(handled))
    assert [str(error) for error in handled] == ["The server cannot be reached."]

"""GUI fixtures: the task runner and a recorder for errors it would show."""

import gc
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.gui.tasks import TaskRunner


@pytest.fixture(autouse=True, scope="session")
def collect_on_the_gui_thread() -> Iterator[None]:
    """As in the program (desktop_app.gui.garbage): no collection on worker threads."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


class ReportedErrors(list[BaseException]):
    """Errors the runner would have shown in a dialog; tests assert on them."""


@pytest.fixture
def reported_errors() -> ReportedErrors:
    return ReportedErrors()


@pytest.fixture
def runner(qtbot: QtBot, reported_errors: ReportedErrors) -> Iterator[TaskRunner]:
    task_runner = TaskRunner(reported_errors.append)
    yield task_runner
    qtbot.waitUntil(lambda: not task_runner.busy)
    task_runner.shutdown()
    # An error nobody expected would have reached the user: the test fails. Tests that
    # provoke one assert on it and clear the list.
    assert not reported_errors, reported_errors

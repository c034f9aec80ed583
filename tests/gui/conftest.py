"""GUI fixtures: the task runner, a recorder for errors it would show, the main window."""

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.db import Database
from desktop_app.core.records import FacilityRecord
from desktop_app.core.services import Services
from desktop_app.core.services.setup import SetupService
from desktop_app.core.settings import Settings
from desktop_app.gui.i18n import Translations
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.tasks import TaskRunner
from tests.conftest import FakeClock


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


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English texts as the program shows them, plural forms included."""
    translations = Translations(qapp)
    translations.apply("en")
    yield
    translations.remove()


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, english: None, qapp: QApplication) -> Iterator[str]:
    """Each language of the program in turn, over the English of the ``english`` fixture."""
    translations = Translations(qapp)
    translations.apply(request.param)
    yield request.param
    translations.remove()


@pytest.fixture
def window(
    english: None,
    qtbot: QtBot,
    services: Services,
    database: Database,
    runner: TaskRunner,
    facility: FacilityRecord,
    clock: FakeClock,
) -> Iterator[MainWindow]:
    """The real main window on a set-up desk, in English, shown."""
    main = MainWindow(
        services=services,
        setup=SetupService(database.sessions),
        runner=runner,
        facility=facility,
        settings=Settings(language="en"),
        demo=False,
        data_path=Path(database.path),
        clock=clock,
        on_duty=database.on_duty,
    )
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()

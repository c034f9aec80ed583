"""The layers stay apart: nothing outside the GUI loads Qt."""

import pkgutil
import subprocess
import sys

import desktop_app

QT_FREE_PACKAGES = ("desktop_app.core", "desktop_app.sync", "desktop_app.documents")


def _qt_free_modules() -> list[str]:
    names = []
    for module in pkgutil.walk_packages(desktop_app.__path__, "desktop_app."):
        if module.name.startswith(QT_FREE_PACKAGES) and ".migrations" not in module.name:
            names.append(module.name)
    return names


def test_non_gui_modules_never_load_pyside6() -> None:
    modules = _qt_free_modules()
    assert "desktop_app.core.services.visitors" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]", result.stdout


def test_the_command_line_does_not_load_qt_for_demo_data() -> None:
    script = (
        "import sys\nimport desktop_app.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"

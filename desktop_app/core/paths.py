"""Where Tresen keeps its data, its settings and its bundled resources."""

import sys
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP_NAME = "Tresen"


def default_data_dir() -> Path:
    """The platform's data directory, e.g. ``~/.local/share/Tresen`` or ``%LOCALAPPDATA%``."""
    return user_data_path(APP_NAME, appauthor=False)


def demo_data_dir() -> Path:
    """The demo database lives apart from the real one and never replaces it."""
    return default_data_dir() / "demo"


def config_dir() -> Path:
    return user_config_path(APP_NAME, appauthor=False)


def resources_dir() -> Path:
    """``resources/`` beside the package, or inside the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"

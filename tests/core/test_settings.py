"""The desk's settings file: saved and read back, hand edits that make no sense ignored."""

from pathlib import Path

from desktop_app.core.settings import SETTINGS_FILE, Settings, load_settings, save_settings


def test_settings_are_read_back_as_saved(tmp_path: Path) -> None:
    settings = Settings(
        language="en",
        slip_paper="A4",
        logo_file="/x/logo.png",
        follow_up_days=7,
        sync_interval_minutes=30,
    )
    save_settings(tmp_path, settings)
    assert load_settings(tmp_path) == settings


def test_a_missing_or_damaged_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == Settings()
    (tmp_path / SETTINGS_FILE).write_text("language = [unclosed", encoding="utf-8")
    assert load_settings(tmp_path) == Settings()


def test_values_of_the_wrong_kind_or_range_fall_back_to_their_defaults(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_text(
        'language = "xx"\nslip_paper = "Letter"\nfollow_up_days = "soon"\nlogo_file = 3\n'
        "unknown = 1\n",
        encoding="utf-8",
    )
    assert load_settings(tmp_path) == Settings()
    (tmp_path / SETTINGS_FILE).write_text("follow_up_days = 0\n", encoding="utf-8")
    assert load_settings(tmp_path).follow_up_days == Settings().follow_up_days
    (tmp_path / SETTINGS_FILE).write_text("sync_interval_minutes = 0\n", encoding="utf-8")
    assert load_settings(tmp_path).sync_interval_minutes == Settings().sync_interval_minutes

"""The command line's own commands: a deletion run for a scheduled task."""

import re
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.demo import fill_demo_directory


def test_retention_previews_by_default_and_deletes_only_with_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "desk"
    fill_demo_directory(data_dir, visitors=50, visits=300, seed=1)

    assert main(["retention", "--data-dir", str(data_dir)]) == 0
    preview = capsys.readouterr().out
    assert "Visitors without activity: " in preview
    assert preview.rstrip().endswith("Nothing was deleted.")
    due = _total(preview, "due")
    assert due > 0  # the demo has referrals closed long enough ago

    # The run does what the preview showed; then nothing is due any more.
    assert main(["retention", "--run", "--data-dir", str(data_dir)]) == 0
    assert _total(capsys.readouterr().out, "done") == due

    assert main(["retention", "--data-dir", str(data_dir)]) == 0
    assert "In all 0 record(s) due." in capsys.readouterr().out


def _total(output: str, verb: str) -> int:
    match = re.search(rf"In all (\d+) record\(s\) {verb}\.", output)
    assert match is not None, output
    return int(match.group(1))


def test_retention_without_a_desk_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["retention", "--data-dir", str(tmp_path / "nothing")]) == 2
    assert "set up this desk first" in capsys.readouterr().err

"""The one-folder build for office PCs: it builds, starts, and opens its main window."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "build_installer.spec"),
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    program = work / "dist" / "tresen" / ("tresen.exe" if os.name == "nt" else "tresen")
    assert program.exists()
    return program


@pytest.mark.build
def test_built_program_tells_its_version(built_program: Path) -> None:
    result = subprocess.run(
        [str(built_program), "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().startswith("Tresen ")


@pytest.mark.build
def test_built_program_opens_and_closes_its_main_window(
    built_program: Path, tmp_path: Path
) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    environment["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run(
        [
            str(built_program),
            "--demo",
            "--data-dir",
            str(tmp_path / "data"),
            "--quit-after-start",
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    # The demo database was created and migrated inside the bundle.
    assert (tmp_path / "data" / "tresen.sqlite3").exists()
    assert "Traceback" not in result.stderr


@pytest.mark.build
def test_built_program_prints_its_sample_documents(built_program: Path, tmp_path: Path) -> None:
    """The bundle brings the fonts, the slip texts and the Arabic shaping along."""
    environment = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [
            str(built_program),
            "sample-documents",
            "--out",
            str(tmp_path / "samples"),
            "--language",
            "ar",
            "--data-dir",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    written = sorted((tmp_path / "samples").glob("*.pdf"))
    assert written and all(path.read_bytes().startswith(b"%PDF") for path in written)
    assert "Traceback" not in result.stderr

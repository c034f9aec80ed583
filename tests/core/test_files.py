"""Files written whole or not at all, and failures that say which file and why."""

from pathlib import Path
from typing import IO

import pytest

from desktop_app.core.errors import FileNotWritten
from desktop_app.core.files import make_folder, write_atomically, write_text_atomically


def test_text_is_written_as_given(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    write_text_atomically(path, lambda file: file.write("ä;b\r\n"))
    assert path.read_bytes() == "ä;b\r\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_a_failed_write_keeps_the_previous_file_and_leaves_no_temporary_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("before")

    def fail(file: IO[bytes]) -> None:
        file.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(FileNotWritten) as failure:
        write_atomically(path, fail)
    assert str(failure.value) == (
        f"{path} could not be written (No space left on device). "
        "Choose another folder or close the file."
    )
    assert failure.value.path == path
    assert path.read_text() == "before"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_other_errors_pass_unchanged(tmp_path: Path) -> None:
    def fail(file: IO[bytes]) -> None:
        raise ValueError("not written")

    with pytest.raises(ValueError, match="not written"):
        write_atomically(tmp_path / "a.txt", fail)
    assert list(tmp_path.iterdir()) == []


def test_a_file_in_place_of_the_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(FileNotWritten) as failure:
        write_atomically(tmp_path / "file" / "a.txt", lambda file: None)
    assert str(failure.value).startswith(f"{tmp_path / 'file' / 'a.txt'} could not be written (")
    with pytest.raises(FileNotWritten) as failure:
        make_folder(tmp_path / "file" / "folder")
    assert failure.value.path == tmp_path / "file" / "folder"

"""Regenerate every form in this package from the Designer files in ``ui/``."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent


def form_path(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path, output: Path) -> None:
    uic = Path(sys.executable).with_name("pyside6-uic")
    subprocess.run([str(uic), "--no-autoconnection", str(ui_file), "-o", str(output)], check=True)


def main() -> None:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        compile_form(ui_file, form_path(ui_file))
        print(f"{ui_file.relative_to(ROOT)} -> {form_path(ui_file).relative_to(ROOT)}")


if __name__ == "__main__":
    main()

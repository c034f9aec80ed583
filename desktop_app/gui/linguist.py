"""Updates the German translation source from the code and compiles it, for developers.

``python -m desktop_app.gui.linguist`` collects every translatable text (``tr()``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP`` and the Designer forms) into
``resources/translations/tresen_de.ts`` (and the plural forms into ``tresen_en.ts``),
keeping existing translations, then compiles the ``.qm`` files. Translate new entries
with Qt Linguist (``pyside6-linguist``).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
# German is a full translation; the English file only holds plural forms ("%n visitors"),
# since the English source text is what the program shows otherwise.
LANGUAGES = ("de", "en")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def sources() -> list[Path]:
    """Python sources except the generated forms (their texts come from ``ui/``)."""
    python = [
        path
        for path in sorted((ROOT / "desktop_app").rglob("*.py"))
        if "forms" not in path.parts and "migrations" not in path.parts
    ]
    return python + sorted((ROOT / "ui").glob("*.ui"))


def update(ts_file: Path, language: str) -> str:
    """Run lupdate into ``ts_file``; return its report (how many texts are new)."""
    result = subprocess.run(
        [
            _tool("lupdate"),
            *map(str, sources()),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            "-ts",
            str(ts_file),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout + result.stderr


def release(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
    )


def main() -> None:
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"tresen_{language}.ts"
        print(update(ts_file, language).strip())
        release(ts_file, ts_file.with_suffix(".qm"))


if __name__ == "__main__":
    main()

"""Translations: loading them at start (ours + Qt's own), and refreshing the .ts/.qm files.

    python -m desktop.ui.i18n update     run lupdate over desktop/ and lrelease on every .ts
    python -m desktop.ui.i18n check      exit 1 when a Korean message is unfinished (lists them)
    python -m desktop.ui.i18n fill F.json  set Korean translations from {"Context|source": "번역"}, then update
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"
CATALOGUE = "designation_review"
_log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    from desktop.core.resources import resource_path

    return resource_path("translations")


def catalogue_path(language: str, suffix: str = ".qm") -> Path:
    return translations_dir() / f"{CATALOGUE}_{language}{suffix}"


def install_translators(language: str) -> list[QTranslator]:
    """Replace the installed translators with ``language``'s: ours, then Qt's ``qtbase``.

    Also routes ``desktop.core.i18n.translate`` (domain messages) through Qt. Safe to call again to switch.
    """
    from desktop.core.i18n import install_translator

    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Create the QApplication before installing translators.")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.Korean if language == "ko" else QLocale.Language.English))
    ours = QTranslator(app)
    try:
        path = catalogue_path(language)
        if not ours.load(str(path)):
            _log.warning("could not load translations %s", path)
        else:
            app.installTranslator(ours)
            _installed.append(ours)
    except Exception as error:  # a missing resources folder must not stop the application
        _log.warning("translations unavailable: %s", error, exc_info=True)
    if language != "en":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    install_translator(lambda context, text: QCoreApplication.translate(context, text), language)
    return list(_installed)


# -- maintenance ---------------------------------------------------------------------------------------------

def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def source_files(root: Path) -> list[str]:
    return sorted(str(p) for p in (root / "desktop").rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(root: Path, ts_files: list[Path], *, no_obsolete: bool = True) -> str:
    """Collect every translatable string of ``desktop/`` into ``ts_files`` (existing translations kept)."""
    command = [_tool("pyside6-lupdate"), *source_files(root), "-locations", "none"]
    if no_obsolete:
        command.append("-no-obsolete")
    command += ["-ts", *map(str, ts_files)]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True,
                   capture_output=True, text=True)


def update(root: Path | None = None) -> None:
    root = root or Path(__file__).resolve().parents[2]
    folder = root / "resources" / "translations"
    ts_files = [folder / f"{CATALOGUE}_{language}.ts" for language in LANGUAGES]
    print(run_lupdate(root, ts_files).strip())
    for ts in ts_files:
        run_lrelease(ts, ts.with_suffix(".qm"))
        print(f"compiled {ts.with_suffix('.qm').name}")


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    import xml.etree.ElementTree as ET

    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not (translation.text or "").strip():
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append((name, message.findtext("source", "")))
    return missing


def fill(table: dict[str, str], root: Path | None = None) -> int:
    """Write Korean translations for ``Context|source`` keys into the Korean .ts; returns how many were set."""
    import xml.etree.ElementTree as ET

    root = root or Path(__file__).resolve().parents[2]
    ts_file = root / "resources" / "translations" / f"{CATALOGUE}_ko.ts"
    tree = ET.parse(ts_file)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = f"{name}|{message.findtext('source', '')}"
            translation = message.find("translation")
            if key in table and translation is not None:
                translation.text = table[key]
                translation.attrib.pop("type", None)
                count += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    text = ts_file.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        ts_file.write_text(text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1), encoding="utf-8")
    return count


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["update"]:
        update()
        return 0
    if argv[:1] == ["fill"] and len(argv) == 2:
        import json

        update()  # collect new strings first
        print(f"filled {fill(json.loads(Path(argv[1]).read_text(encoding='utf-8')))} translations")
        update()  # normalise the file and compile
        return 0
    if argv[:1] == ["check"]:
        missing = unfinished(Path(__file__).resolve().parents[2] / "resources" / "translations"
                             / f"{CATALOGUE}_ko.ts")
        for context, source in missing:
            print(f"{context}: {source}")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())

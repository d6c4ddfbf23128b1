"""Translations: loading them at start (ours + Qt's own), and refreshing the .ts/.qm files.

    python -m desktop.ui.i18n update     run lupdate over desktop/ and lrelease on every .ts
    python -m desktop.ui.i18n check      exit 1 when a Korean message (or an English plural) is unfinished
    python -m desktop.ui.i18n fill F.json  set Korean translations from {"Context|source": "번역"}, then update

Plurals: ``self.tr("%n row(s)", "", n)`` in a QObject, ``Plural.tr("%n row(s)", "", n)`` elsewhere (lupdate sees
a plural only in a ``….tr`` call). Korean has one form (the JSON value); English has two, taken from the source
("%n row(s)" → "%n row", "%n rows") unless the JSON gives them:
``{"Context|source": {"ko": "%n명", "en": ["%n person", "%n people"]}}``.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop.core.i18n import PLURAL_ENDING, Plural

__all__ = ["Plural"]  # counts outside a QObject, Qt-free (desktop.core.i18n); pages import it from here too

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"
CATALOGUE = "designation_review"
_log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


APPLICATION_NAME = QT_TRANSLATE_NOOP("MainWindow", "Designation review of IP valuation institutes")
"""The main window's title, which Qt also appends to every other window's title ("Settings — …"): set in the
chosen language by ``install_translators``."""

QT_STRINGS_MISSING_FROM_QTBASE_KO = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
"""Labels of Qt's own dialogs that the qtbase_ko.qm shipped with PySide6 lacks (it has only the older "Look in:"):
lupdate collects them into our catalogue, which answers when qtbase does not."""


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
    install_translator(lambda context, text, n: QCoreApplication.translate(context, text, None, n), language)
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", APPLICATION_NAME))
    return list(_installed)


# -- maintenance ---------------------------------------------------------------------------------------------

def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def source_files(root: Path) -> list[str]:
    return sorted(str(p) for p in (root / "desktop").rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(root: Path, ts_files: list[Path], *, no_obsolete: bool = True) -> str:
    """Collect every translatable string of ``desktop/`` into ``ts_files`` (existing translations kept)."""
    import subprocess  # maintenance only: not on the start-up path

    command = [_tool("pyside6-lupdate"), *source_files(root), "-locations", "none"]
    if no_obsolete:
        command.append("-no-obsolete")
    command += ["-ts", *map(str, ts_files)]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    import subprocess

    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True,
                   capture_output=True, text=True)


NUMERUS_FORMS = {"ko": 1, "en": 2}  # Korean counts have one form; English has singular and plural


def english_forms(source: str) -> list[str]:
    """The singular and plural of a plural source: "%n row(s)" → ["%n row", "%n rows"]."""
    return [PLURAL_ENDING.sub("", source), PLURAL_ENDING.sub(r"\1", source)]


def _write_ts(tree: Any, ts_file: Path) -> None:
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    text = ts_file.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        ts_file.write_text(text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1), encoding="utf-8")


def _set_forms(message: Any, forms: list[str]) -> None:
    import xml.etree.ElementTree as ET

    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for old in list(translation):
        translation.remove(old)
    translation.text = None
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form
    if all(forms):
        translation.attrib.pop("type", None)


def fill_english_plurals(ts_file: Path) -> int:
    """Give each English plural message without forms the ones of its source; returns how many were given."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_file)
    changed = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if len(forms) == NUMERUS_FORMS["en"] and all(forms) and translation.get("type") != "unfinished":
            continue
        derived = english_forms(message.findtext("source", ""))
        _set_forms(message, [old or new for old, new in zip([*forms, "", ""][:2], derived, strict=True)])
        changed += 1
    if changed:
        _write_ts(tree, ts_file)
    return changed


def update(root: Path | None = None) -> None:
    root = root or Path(__file__).resolve().parents[2]
    folder = root / "resources" / "translations"
    ts_files = [folder / f"{CATALOGUE}_{language}.ts" for language in LANGUAGES]
    print(run_lupdate(root, ts_files).strip())
    if fill_english_plurals(folder / f"{CATALOGUE}_en.ts"):
        run_lupdate(root, ts_files)  # back to lupdate's own layout
    for ts in ts_files:
        run_lrelease(ts, ts.with_suffix(".qm"))
        print(f"compiled {ts.with_suffix('.qm').name}")


def unfinished(ts_file: Path, *, plurals_only: bool = False) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation (of every plural form)."""
    import xml.etree.ElementTree as ET

    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            if plurals_only and not numerus:
                continue
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            texts = [f.text for f in translation.iter("numerusform")] if numerus and translation is not None \
                else [translation.text if translation is not None else None]
            if translation is None or translation.get("type") == "unfinished" or not texts \
                    or not all((t or "").strip() for t in texts):
                missing.append((name, message.findtext("source", "")))
    return missing


def fill(table: dict[str, Any], root: Path | None = None) -> int:
    """Write translations for ``Context|source`` keys: Korean (a string, or ``{"ko": …, "en": [one, many]}`` for a
    plural whose English forms are irregular) into the Korean .ts, English plural forms into the English one.
    Returns how many messages were set."""
    import xml.etree.ElementTree as ET

    root = root or Path(__file__).resolve().parents[2]
    count = 0
    for language in LANGUAGES:
        ts_file = root / "resources" / "translations" / f"{CATALOGUE}_{language}.ts"
        tree = ET.parse(ts_file)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                key = f"{name}|{message.findtext('source', '')}"
                value = table.get(key)
                translation = message.find("translation")
                if value is None or translation is None:
                    continue
                korean = value["ko"] if isinstance(value, dict) else value
                if language == "ko":
                    if message.get("numerus") == "yes":
                        _set_forms(message, [korean] * NUMERUS_FORMS["ko"])
                    else:
                        translation.text = korean
                        translation.attrib.pop("type", None)
                    count += 1
                elif message.get("numerus") == "yes" and isinstance(value, dict) and "en" in value:
                    _set_forms(message, list(value["en"]))
        _write_ts(tree, ts_file)
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
        folder = Path(__file__).resolve().parents[2] / "resources" / "translations"
        missing = unfinished(folder / f"{CATALOGUE}_ko.ts") + \
            [(f"{context} (English plural)", source)
             for context, source in unfinished(folder / f"{CATALOGUE}_en.ts", plurals_only=True)]
        for context, source in missing:
            print(f"{context}: {source}")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())

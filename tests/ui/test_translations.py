"""The committed translations are complete and current: Korean finished, .qm compiled from the .ts, no new
source string missing from the .ts."""

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.ui.i18n import CATALOGUE, LANGUAGES, run_lrelease, run_lupdate, unfinished

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def messages(ts_file: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.add((name, message.findtext("source", "")))
    return found


def test_every_korean_message_is_translated() -> None:
    missing = unfinished(FOLDER / f"{CATALOGUE}_ko.ts")
    assert missing == [], f"{len(missing)} unfinished, e.g. {missing[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_qm_matches_its_ts(language: str, tmp_path: Path) -> None:
    ts = FOLDER / f"{CATALOGUE}_{language}.ts"
    compiled = tmp_path / "fresh.qm"
    run_lrelease(ts, compiled)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        "run: python -m desktop.ui.i18n update"


def test_no_source_string_is_missing_from_the_ts(tmp_path: Path) -> None:
    committed = FOLDER / f"{CATALOGUE}_ko.ts"
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    run_lupdate(ROOT, [fresh])
    new = messages(fresh) - messages(committed)
    assert not new, f"strings not in the .ts yet (run python -m desktop.ui.i18n update): {sorted(new)[:10]}"


def test_korean_catalogue_translates_at_run_time(qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(FOLDER / f"{CATALOGUE}_ko.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Workflow", "Supplement requested") == "보완요청"
        assert QCoreApplication.translate("MainWindow", "Log out") == "로그아웃"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_every_english_plural_has_its_singular_and_plural_form() -> None:
    english = FOLDER / f"{CATALOGUE}_en.ts"
    assert unfinished(english, plurals_only=True) == []
    plurals = [m for m in ET.parse(english).getroot().iter("message") if m.get("numerus") == "yes"]
    assert len(plurals) > 20
    for message in plurals:
        one, many = (f.text for f in message.iter("numerusform"))
        assert one != many or "(s)" not in message.findtext("source", ""), message.findtext("source")

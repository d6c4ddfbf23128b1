"""Offline round trip: export, fill in the file without the database, import; edits on both sides are shown
and resolved item by item; a tampered, foreign or misdirected file is refused with nothing changed."""

import json
import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import ConflictError, ValidationError
from desktop.domain.inspections import filling, offline
from desktop.domain.inspections.models import FindingSeverity, InspectionStatus
from desktop.domain.inspections.offline_file import OfflineFile, state_hash
from desktop.domain.inspections.queries import get_inspection
from tests.domain.inspections.conftest import PDF


def export(site, tmp_path: Path, name: str = "copy.inspection") -> Path:
    filename, data = site.run(offline.export_offline, site.inspector, site.inspection_id)
    assert filename.endswith(".inspection")
    path = tmp_path / name
    path.write_bytes(data)
    return path


def snapshot(site):
    d = site.run(get_inspection, site.inspector, site.inspection_id)
    return d.items, d.findings, d.status


def test_the_offline_file_is_filled_in_without_the_database(site, tmp_path):
    site.run(filling.answer_item, site.inspector, site.inspection_id, "S1", "conform")
    path = export(site, tmp_path)
    with OfflineFile.open(path) as copy:
        assert copy.manifest.number == site.run(get_inspection, site.inspector, site.inspection_id).number
        assert copy.state("S1")["response"] == "conform"
        copy.answer("U1", None, Decimal(4))
        copy.answer("C1", "nonconform")
        copy.set_note("C1", "잠금장치 없음")
        copy.add_evidence("C1", "사진.pdf", PDF)
        copy.update_finding("C1", "major", "잠금장치 없음", "설치", date(2030, 1, 2))
        assert copy.progress().answered == 3
        with pytest.raises(ValidationError, match="whole number from 0 to 5"):
            copy.answer("F1", None, Decimal(9))
    with OfflineFile.open(path) as again:  # every change was saved into the file
        assert again.state("C1")["finding"]["severity"] == "major"
        assert again.evidence_bytes(again.state("C1")["evidence"][0]["sha256"]) == PDF


def test_edits_only_in_the_file_are_imported_through_the_services(site, tmp_path):
    path = export(site, tmp_path)
    with OfflineFile.open(path) as copy:
        copy.answer("S1", "conform")
        copy.answer("C1", "nonconform")
        copy.set_note("C1", "잠금장치 없음")
        copy.add_evidence("C1", "사진.pdf", PDF)
        copy.update_finding("C1", "major", "잠금장치 없음", "설치", date(2030, 1, 2))
    plan = site.run(offline.plan_import, site.inspector, site.inspection_id, path)
    assert [(i.item_id, i.kind) for i in plan.changed] == [("S1", "file"), ("C1", "file")]
    assert plan.conflicts == ()
    assert site.run(offline.apply_import, site.inspector, site.inspection_id, path, plan, {}) == 2
    d = site.run(get_inspection, site.inspector, site.inspection_id)
    assert d.item("C1").answer.note == "잠금장치 없음"
    assert [e.filename for e in d.item("C1").evidence] == ["사진.pdf"]
    assert (d.findings[0].severity, d.findings[0].deadline) == (FindingSeverity.MAJOR, date(2030, 1, 2))
    assert d.status == InspectionStatus.IN_PROGRESS


def test_the_same_file_imported_again_changes_nothing_and_says_when_and_by_whom(site, tmp_path):
    path = export(site, tmp_path)
    site.run(filling.set_note, site.inspector2, site.inspection_id, "S1", "사무실에서 확인")
    with OfflineFile.open(path) as copy:
        copy.set_note("S1", "현장에서 원본 대조")
        copy.answer("M1", None, 3)
    plan = site.run(offline.plan_import, site.inspector, site.inspection_id, path)
    assert site.run(offline.apply_import, site.inspector, site.inspection_id, path, plan, {"S1": "database"}) == 1
    before = snapshot(site)
    expected = (r"This offline file was already imported on 2026\. 11\. 25\. 10:\d\d by inspector; "
                r"nothing was changed\.")
    with pytest.raises(offline.AlreadyImported, match=expected):  # not the same conflict offered again
        site.run(offline.plan_import, site.inspector2, site.inspection_id, path)
    with pytest.raises(offline.AlreadyImported):
        site.run(offline.apply_import, site.inspector, site.inspection_id, path, plan, {"S1": "file"})
    assert snapshot(site) == before
    with OfflineFile.open(path) as copy:  # the inspector goes on in the same file: that is a new import
        copy.answer("M1", None, 4)
    again = site.run(offline.plan_import, site.inspector, site.inspection_id, path)
    assert [(i.item_id, i.kind) for i in again.changed] == [("S1", "conflict"), ("M1", "conflict")]


def test_a_later_export_of_an_imported_inspection_imports_normally(site, tmp_path):
    first = export(site, tmp_path, "first.inspection")
    with OfflineFile.open(first) as copy:
        copy.answer("S1", "conform")
    site.run(offline.apply_import, site.inspector, site.inspection_id, first,
             site.run(offline.plan_import, site.inspector, site.inspection_id, first), {})
    second = export(site, tmp_path, "second.inspection")
    with OfflineFile.open(second) as copy:
        copy.answer("S2", "conform")
    plan = site.run(offline.plan_import, site.inspector, site.inspection_id, second)
    assert [(i.item_id, i.kind) for i in plan.changed] == [("S2", "file")]
    assert site.run(offline.apply_import, site.inspector, site.inspection_id, second, plan, {}) == 1


def test_a_conflicting_edit_is_shown_and_resolved_never_overwritten(site, tmp_path):
    site.run(filling.answer_item, site.inspector, site.inspection_id, "S1", "conform")
    path = export(site, tmp_path)
    site.run(filling.set_note, site.inspector2, site.inspection_id, "S1", "사무실에서 확인")  # database side
    site.run(filling.answer_item, site.inspector2, site.inspection_id, "S2", "conform")  # database only
    with OfflineFile.open(path) as copy:  # laptop side
        copy.set_note("S1", "현장에서 원본 대조")
        copy.answer("M1", None, 3)
    plan = site.run(offline.plan_import, site.inspector, site.inspection_id, path)
    kinds = {i.item_id: i.kind for i in plan.changed}
    assert kinds == {"S1": "conflict", "S2": "database", "M1": "file"}
    [conflict] = plan.conflicts
    assert (conflict.base["note"], conflict.database["note"], conflict.file["note"]) == (
        None, "사무실에서 확인", "현장에서 원본 대조")
    before = snapshot(site)
    with pytest.raises(ValidationError, match="Choose which version to keep for item\\(s\\) S1"):
        site.run(offline.apply_import, site.inspector, site.inspection_id, path, plan, {})
    assert snapshot(site) == before
    site.run(offline.apply_import, site.inspector, site.inspection_id, path, plan, {"S1": "database"})
    d = site.run(get_inspection, site.inspector, site.inspection_id)
    assert d.item("S1").answer.note == "사무실에서 확인"  # kept, as chosen
    assert d.item("S2").answer.response == "conform"  # the database-only edit survives
    assert d.item("M1").answer.score == Decimal(3)  # the file-only edit arrives


def test_choosing_the_file_takes_its_version(site, tmp_path):
    path = export(site, tmp_path)
    site.run(filling.answer_item, site.inspector2, site.inspection_id, "P1", "conform")
    with OfflineFile.open(path) as copy:
        copy.answer("P1", "not_applicable")
    plan = site.run(offline.plan_import, site.inspector, site.inspection_id, path)
    site.run(offline.apply_import, site.inspector, site.inspection_id, path, plan, {"P1": "file"})
    assert site.run(get_inspection, site.inspector, site.inspection_id).item("P1").answer.response == \
        "not_applicable"


def test_the_database_changing_during_the_review_refuses_the_import(site, tmp_path):
    path = export(site, tmp_path)
    with OfflineFile.open(path) as copy:
        copy.answer("S1", "conform")
    plan = site.run(offline.plan_import, site.inspector, site.inspection_id, path)
    site.run(filling.answer_item, site.inspector2, site.inspection_id, "S1", "nonconform")
    before = snapshot(site)
    with pytest.raises(ConflictError, match="review it again"):
        site.run(offline.apply_import, site.inspector, site.inspection_id, path, plan, {})
    assert snapshot(site) == before


def _rewrite_manifest(path: Path, change) -> None:
    connection = sqlite3.connect(path)
    raw = json.loads(connection.execute("SELECT value FROM offline_meta WHERE key='manifest'").fetchone()[0])
    change(raw)
    connection.execute("UPDATE offline_meta SET value=? WHERE key='manifest'",
                       (json.dumps(raw, ensure_ascii=False, sort_keys=True, indent=1),))
    connection.commit()
    connection.close()
    with OfflineFile.open(path, check_seal=False) as copy:
        copy.reseal()  # a forger who knows the format: only the signature can catch them


def _other_database_identity(path: Path) -> None:
    _rewrite_manifest(path, lambda raw: raw.update(database="0" * 32))


def _tampered_base(path: Path) -> None:
    def change(raw):
        raw["base"]["S1"]["state"]["response"] = "conform"
        raw["base"]["S1"]["hash"] = state_hash(raw["base"]["S1"]["state"])
    _rewrite_manifest(path, change)


def _edited_outside_the_application(path: Path) -> None:
    connection = sqlite3.connect(path)
    state = json.loads(connection.execute("SELECT state FROM offline_items WHERE item_id='S1'").fetchone()[0])
    state["response"] = "conform"
    connection.execute("UPDATE offline_items SET state=? WHERE item_id='S1'", (json.dumps(state),))
    connection.commit()
    connection.close()


def _not_ours(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 some zip file")


def _unknown_export(path: Path) -> None:
    _rewrite_manifest(path, lambda raw: raw.update(token="f" * 32))


@pytest.mark.parametrize("damage,message", [
    (_other_database_identity, "was exported from another database"),
    (_tampered_base, r"was altered after it was exported \(its signature does not match\)"),
    (_edited_outside_the_application, "was changed outside the application or is damaged"),
    (_not_ours, "is not an offline inspection file"),
    (_unknown_export, "was not exported from this database"),
])
def test_a_tampered_or_foreign_file_is_refused_with_nothing_changed(site, tmp_path, damage, message):
    path = export(site, tmp_path)
    with OfflineFile.open(path) as copy:
        copy.answer("S2", "nonconform")
    damage(path)
    before = snapshot(site)
    with pytest.raises(ValidationError, match=message):
        site.run(offline.plan_import, site.inspector, site.inspection_id, path)
    assert snapshot(site) == before


def test_a_file_of_another_inspection_is_refused(site, tmp_path, database):
    from desktop.domain.inspections.models import Inspection, InspectionInspector

    path = export(site, tmp_path)
    with database.transaction() as session:  # a second inspection in the same database
        other = Inspection(number="실사-2099-001", application_id=site.application_id,
                           scheduled_at=datetime(2099, 1, 1, 1, tzinfo=UTC), place="부산",
                           checklist_version="2026.1", status=InspectionStatus.SCHEDULED)
        session.add(other)
        session.flush()
        other.inspectors = [InspectionInspector(user_id=site.inspector.user_id)]
        other_id = other.id
    with pytest.raises(ValidationError, match=r"belongs to inspection 실사-\d{4}-\d{3}, not to 실사-2099-001"):
        site.run(offline.plan_import, site.inspector, other_id, path)


def test_a_completed_inspection_takes_no_import(site, tmp_path):
    path = export(site, tmp_path)
    site.fill()
    site.run(filling.complete_inspection, site.inspector, site.inspection_id)
    with pytest.raises(Exception, match="reopen it"):
        site.run(offline.plan_import, site.inspector, site.inspection_id, path)


@given(st.sampled_from("abc"), st.sampled_from("abc"), st.sampled_from("abc"))
def test_who_changed_what_is_read_from_the_three_hashes(base, database, file):
    kind = offline.classify(base, database, file)
    if database == base and file == base:
        assert kind == "unchanged"
    elif file == base:
        assert kind == "database"  # only the database changed: kept as it is
    elif database == base:
        assert kind == "file"  # only the file changed: taken from the file
    else:
        assert kind == ("same" if database == file else "conflict")  # both: the user decides unless equal

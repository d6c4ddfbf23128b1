"""Saving a file where the user chooses: suffix added, atomic write, a plain message naming the file and the reason,
nothing half-written — the same writer as the command line, for single files, the round's ZIP and the JSON export."""

import stat

import pytest
from sqlalchemy import func, select

from desktop.core.errors import FileError
from desktop.domain.audit.models import AuditEvent
from desktop.ui.widgets.file_save import save_bytes


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_suffix_is_added_and_nothing_partial_is_left(tmp_path, dialogs, qapp):
    dialogs.save_path = tmp_path / "결정서"
    path = save_bytes(None, dialogs, b"%PDF-1.4", "Save", "x.pdf", "PDF (*.pdf)")
    assert path == tmp_path / "결정서.pdf" and path.read_bytes() == b"%PDF-1.4"
    assert list(tmp_path.iterdir()) == [path]


def test_an_unwritable_place_is_reported_not_raised(tmp_path, dialogs, qapp):
    dialogs.save_path = tmp_path / "missing-folder" / "a.pdf"
    assert save_bytes(None, dialogs, b"%PDF", "Save", "a.pdf", "PDF (*.pdf)") is None
    assert dialogs.errors == [f"Could not write {dialogs.save_path}: the folder {tmp_path / 'missing-folder'} "
                              "does not exist."]
    assert names(tmp_path) == []


def test_a_read_only_file_is_not_replaced(tmp_path, dialogs, qapp):
    kept = tmp_path / "a.pdf"
    kept.write_bytes(b"mine")
    kept.chmod(0o444)
    dialogs.save_path = kept
    assert save_bytes(None, dialogs, b"%PDF", "Save", "a.pdf", "PDF (*.pdf)") is None
    assert dialogs.errors == [f"Could not write {kept}: the file is read-only."]
    assert kept.read_bytes() == b"mine" and stat.S_IMODE(kept.stat().st_mode) == 0o444 and names(tmp_path) == ["a.pdf"]


def test_a_full_disk_is_reported_and_leaves_nothing(tmp_path, dialogs, qapp, full_disk):
    dialogs.save_path = tmp_path / "a.pdf"
    assert save_bytes(None, dialogs, b"%PDF" * 1000, "Save", "a.pdf", "PDF (*.pdf)") is None
    assert dialogs.errors == [f"Could not write {tmp_path / 'a.pdf'}: the disk is full."]
    assert names(tmp_path) == []


def test_cancelling_writes_nothing(tmp_path, dialogs, qapp):
    assert save_bytes(None, dialogs, b"%PDF", "Save", "a.pdf", "PDF (*.pdf)") is None
    assert dialogs.errors == [] and list(tmp_path.iterdir()) == []


def _round_requests(database, actor):
    from desktop.domain.scoring.service import find_round_id
    from desktop.issuing.batch import round_requests

    with database.read() as session:
        return round_requests(session, actor, find_round_id(session, "2026-1"))


def test_the_round_archive_on_a_full_disk_leaves_nothing(tmp_path, demo_database, demo_actors, full_disk):
    from desktop.ui.pages.decisions.round_batch import ZipSink, produce

    target = tmp_path / "out" / "round.zip"
    target.parent.mkdir()
    work = produce(demo_database, demo_actors["approver"], _round_requests(demo_database, demo_actors["approver"]),
                   ZipSink(target))
    with pytest.raises(FileError) as refused:
        for _ in work:
            pass
    assert refused.value.message == f"Could not write {target}: the disk is full."
    assert names(target.parent) == []


def test_the_round_archive_to_a_missing_folder_is_refused_before_any_document(tmp_path, demo_database,
                                                                              demo_actors):
    from desktop.ui.pages.decisions.round_batch import ZipSink, produce

    (tmp_path / "out").mkdir()
    sink = ZipSink(tmp_path / "out" / "gone" / "round.zip")
    work = produce(demo_database, demo_actors["approver"], _round_requests(demo_database, demo_actors["approver"]),
                   sink)
    next(work)  # "Preparing…"
    with pytest.raises(FileError, match="does not exist"):
        next(work)
    assert sink.names == [] and names(tmp_path / "out") == []


def _audit_events(database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count(AuditEvent.id)))


@pytest.mark.parametrize("where", ["missing folder", "full disk"])
def test_the_json_export_records_no_audit_event_when_its_file_is_not_written(tmp_path, demo_database, demo_actors,
                                                                              request, where):
    from desktop.ui.context import AppContext
    from desktop.ui.export_json import export_to_file

    folder = tmp_path / "out"
    folder.mkdir()
    if where == "full disk":
        request.getfixturevalue("full_disk")
        target = folder / "dump.json"
    else:
        target = folder / "gone" / "dump.json"
    events = _audit_events(demo_database)
    with pytest.raises(FileError, match=f"^Could not write {target}: "):
        for _ in export_to_file(AppContext(demo_database, demo_actors["admin"]), target):
            pass
    assert _audit_events(demo_database) == events
    assert names(folder) == []

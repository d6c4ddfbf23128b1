"""Attachments: each file type's limits and readability, stored once by content, and their review by a screener."""

import pytest
from sqlalchemy import func, select

from desktop.core.errors import ValidationError, WorkflowError
from desktop.domain.applications.attachments import add_attachment, check_file, review_attachment
from desktop.domain.applications.models import Attachment, AttachmentKind, AttachmentStatus
from desktop.domain.blobs.models import Blob
from tests.domain.helpers import World


@pytest.fixture
def world(database):
    return World(database)


@pytest.mark.parametrize("name,data,message", [
    ("scan.png", b"GIF89a", "scan.png is not a readable PNG file"),
    ("photo.jpg", b"\x89PNG\r\n\x1a\n", "photo.jpg is not a readable JPEG file"),
    ("plan.docx", b"%PDF-1.4", "plan.docx is not a readable Word file"),
    ("plan.hwp", b"PK\x03\x04", "plan.hwp is not a readable HWP file"),
    ("empty.zip", b"", "empty.zip is empty."),
    ("virus.exe", b"MZ", "files of type '.exe' cannot be attached"),
    ("noext", b"data", "files of type '?' cannot be attached"),
])
def test_unreadable_or_unsupported_files_are_named_in_the_message(name, data, message):
    with pytest.raises(ValidationError, match=message.replace("?", r"\?").replace(".", r"\.")) as error:
        check_file(name, data)
    assert error.value.field == "attachment"


@pytest.mark.parametrize("name,data", [("a.png", b"\x89PNG\r\n\x1a\n..."), ("b.jpeg", b"\xff\xd8\xff\xe0"),
                                       ("c.hwpx", b"PK\x03\x04"), ("d.hwp", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
                                       ("e.txt", b"plain"), ("f.csv", b"a,b")])
def test_readable_files_pass(name, data):
    check_file(name, data)


def test_a_file_over_the_limit_says_its_size_and_the_limit(monkeypatch):
    from desktop.domain.applications import attachments

    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 1024)
    with pytest.raises(ValidationError, match=r"big.pdf is 0.0 MB; the limit is 0 MB"):
        check_file("big.pdf", b"%PDF" + b"0" * 2000)


def test_the_same_bytes_are_stored_once_and_notes_are_kept(world):
    with world.database.transaction() as s:
        for n in range(3):
            add_attachment(s, world.secretariat, world.application_id, AttachmentKind.STAFF_EVIDENCE,
                           f"insurance-{n}.pdf", b"%PDF-1.4 the same", note="김변리: 고용보험")
    with world.database.read() as s:
        assert s.scalar(select(func.count()).select_from(Blob)) == 1
        assert {a.note for a in s.scalars(select(Attachment))} == {"김변리: 고용보험"}


def test_a_failed_save_leaves_no_blob_behind(world):
    with pytest.raises(ValidationError), world.database.transaction() as s:
        add_attachment(s, world.secretariat, world.application_id, AttachmentKind.OTHER, "ok.pdf", b"%PDF-ok")
        add_attachment(s, world.secretariat, world.application_id, AttachmentKind.OTHER, "bad.pdf", b"nope")
    with world.database.read() as s:
        assert s.scalar(select(func.count()).select_from(Blob)) == 0


def test_documents_are_reviewed_only_during_intake_and_screening(world):
    with world.database.transaction() as s:
        attachment_id = add_attachment(s, world.secretariat, world.application_id, AttachmentKind.OTHER, "a.pdf",
                                       b"%PDF-1")
    with pytest.raises(WorkflowError, match="reviewed only"), world.database.transaction() as s:
        review_attachment(s, world.secretariat, attachment_id, accepted=True)
    from desktop.domain.applications.models import ApplicationStatus
    from desktop.domain.applications.service import transition

    with world.database.transaction() as s:
        transition(s, world.secretariat, world.application_id, ApplicationStatus.SUBMITTED)
        review_attachment(s, world.secretariat, attachment_id, accepted=False, reason="흐릿함")
        review_attachment(s, world.secretariat, attachment_id, accepted=True)
    with world.database.read() as s:
        attachment = s.get_one(Attachment, attachment_id)
        assert attachment.status == AttachmentStatus.ACCEPTED and attachment.rejection_reason is None

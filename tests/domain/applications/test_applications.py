import pytest

from desktop.core.errors import ConflictError, ValidationError
from desktop.domain.applications.attachments import add_attachment, attachment_content
from desktop.domain.applications.models import AttachmentKind
from desktop.domain.applications.service import (
    StaffData,
    create_application,
    get_application,
    list_applications,
    update_application,
)
from tests.domain.helpers import World, application_data


@pytest.fixture
def world(database):
    return World(database)


def test_the_same_institution_applies_once_per_round(world):
    with pytest.raises(ConflictError, match="already applied"), world.database.transaction() as s:
        create_application(s, world.secretariat, world.round_id, world.institution_id, application_data())


def test_saving_over_someone_elses_save_is_refused(world):
    with world.database.transaction() as s:
        version = update_application(s, world.secretariat, world.application_id, application_data(facilities="A"), 1)
    assert version == 2
    with pytest.raises(ConflictError, match="was changed by"), world.database.transaction() as s:
        update_application(s, world.secretariat, world.application_id, application_data(facilities="B"), 1)
    with world.database.read() as s:
        assert get_application(s, world.secretariat, world.application_id).data.facilities == "A"


def test_roster_rows_are_validated_with_their_row_number(world):
    bad = application_data(staff=(StaffData("김"), StaffData("", experience_years=1)))
    with pytest.raises(ValidationError, match="row 2") as error, world.database.transaction() as s:
        update_application(s, world.secretariat, world.application_id, bad, 1)
    assert error.value.field == "staff:2:name"


def test_attachments_are_content_addressed_and_limited(world):
    pdf = b"%PDF-1.4 same bytes"
    with world.database.transaction() as s:
        first = add_attachment(s, world.secretariat, world.application_id, AttachmentKind.OTHER, "a.pdf", pdf)
        second = add_attachment(s, world.secretariat, world.application_id, AttachmentKind.OTHER, "b.pdf", pdf)
    with world.database.read() as s:
        from desktop.domain.blobs.models import Blob

        assert s.query(Blob).count() == 1
        assert attachment_content(s, world.secretariat, second) == ("b.pdf", pdf)
        assert first != second
    for name, data, message in [("x.exe", b"MZ", "cannot be attached"), ("e.pdf", b"", "empty"),
                                ("fake.pdf", b"not a pdf", "not a readable PDF"),
                                ("big.pdf", b"%PDF" + b"0" * (50 * 1024 * 1024), "limit")]:
        with pytest.raises(ValidationError, match=message), world.database.transaction() as s:
            add_attachment(s, world.secretariat, world.application_id, AttachmentKind.OTHER, name, data)


def test_list_shows_the_application_with_formatted_brn(world):
    with world.database.read() as s:
        rows = list_applications(s, world.secretariat)
    assert [(r.number, r.brn, r.staff_count) for r in rows] == [("2026-9-001", "124-81-00998", 4)]

"""The seal image setting: only a transparent PNG of at most 2 MB is stored; a refused file changes nothing; the
audit log keeps its SHA-256, not the image; the 위임전결 table names who approves a letter."""

import base64
import hashlib
from io import BytesIO

import pytest
from PIL import Image
from sqlalchemy import select

from desktop.core.errors import ValidationError
from desktop.demo.seal import demo_seal_png
from desktop.domain.audit.models import AuditEvent
from desktop.domain.settings.delegation import final_approver
from desktop.domain.settings.seal import check_seal_png, seal_text
from desktop.domain.settings.service import get_settings, save_settings
from tests.domain.helpers import World


def png(mode: str, size=(40, 40), colour=(200, 0, 0, 0), **options) -> bytes:
    buffer = BytesIO()
    Image.new(mode, size, colour[: len(mode)] if mode != "L" else 0).save(buffer, format="PNG", **options)
    return buffer.getvalue()


@pytest.fixture
def world(database):
    return World(database)


def test_the_demo_seal_is_a_transparent_png():
    check_seal_png(demo_seal_png())  # does not raise
    assert demo_seal_png() == demo_seal_png()  # the same bytes every time


@pytest.mark.parametrize(("data", "message"), [
    (b"\xff\xd8\xff\xe0" + b"JFIF" * 100, "must be a PNG file"),
    (png("RGB"), "no transparency"),
    (png("RGBA", colour=(200, 0, 0, 255)), "no transparency"),  # an alpha channel that is opaque everywhere
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "cannot be read"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (2 * 1024 * 1024), "2 MB at most"),
])
def test_a_bad_seal_image_is_refused_with_a_sentence(data, message):
    with pytest.raises(ValidationError, match=message) as refused:
        check_seal_png(data)
    assert refused.value.field == "seal_image"


def test_a_refused_image_stores_nothing_and_a_good_one_is_audited_by_its_hash(world):
    db, admin = world.database, world.admin
    opaque = base64.b64encode(png("RGB")).decode()
    with pytest.raises(ValidationError), db.transaction() as s:
        save_settings(s, admin, {"seal_image": opaque, "pass_mark": "60"})
    with db.read() as s:
        assert get_settings(s)["seal_image"] == "" and get_settings(s)["pass_mark"] == "70"
    image = demo_seal_png()
    with db.transaction() as s:
        assert save_settings(s, admin, {"seal_image": seal_text(image)}) == ["seal_image"]
    with db.read() as s:
        assert base64.b64decode(get_settings(s)["seal_image"]) == image
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "setting.update",
                                                   AuditEvent.summary == "seal_image")).one()
        assert event.after == {"seal_image": f"PNG, {len(image):,} bytes, SHA-256 {hashlib.sha256(image).hexdigest()}"}
        assert event.before == {"seal_image": ""}


def test_the_delegation_table_names_the_holder_of_the_position(demo_database):
    with demo_database.read() as s:
        settings = get_settings(s)
        director = final_approver(s, settings, "supplement_request")
        assert (director.position, director.title, director.name) == ("director", "과장", "한서윤")
        nobody = final_approver(s, {**settings, "delegation_supplement_request": "director_general"},
                                "supplement_request")
        assert (nobody.title, nobody.name) == ("국장", "")  # the position printed, nobody named

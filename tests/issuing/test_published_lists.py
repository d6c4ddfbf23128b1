"""The public lists as issued documents: publishing a list as of a day numbers it and freezes its content; its PDF is
issued signed in Korean and English, prints by number from the command line, verifies, and stays as published when
the registry changes; its website workbooks are stored bytes, exported identically later."""

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from desktop.cli import main
from desktop.core.errors import PermissionDenied, ValidationError
from desktop.domain.institutions.service import institution_data, update_institution
from desktop.domain.issued.kind import DocumentKind
from desktop.domain.publication.service import list_publications, publication_workbook, published_list
from desktop.domain.registry.models import RegistryEntry
from desktop.issuing.issue import issued_pdf
from desktop.issuing.publication_kinds import publish
from desktop.issuing.verify import VerificationStatus, verify_pdf

DAY = date(2026, 11, 25)


def _text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).replace(" ", "")


def _publish(database, actor, kind, day=DAY) -> int:
    with database.transaction() as s:
        return publish(s, actor, kind, day)


def test_each_list_published_prints_by_number_in_both_languages_and_verifies(demo_database, demo_actors, tmp_path,
                                                                              capsys):
    secretariat = demo_actors["secretariat"]
    registry_id = _publish(demo_database, secretariat, DocumentKind.REGISTRY_LIST)
    sanctions_id = _publish(demo_database, secretariat, DocumentKind.SANCTIONS_LIST)
    with demo_database.read() as s:
        rows = {r.id: r for r in list_publications(s, secretariat)}
    # 0001 and 0002 are the demo's own two published lists (desktop/demo/publications.py)
    assert rows[registry_id].number == "공표-2026-0003" and rows[sanctions_id].number == "공표-2026-0004"
    assert rows[registry_id].rows == 8 and rows[sanctions_id].rows == 2  # the demo: a suspension, a revocation
    for cli, number in (("registry-list", "공표-2026-0003"), ("sanctions-list", "PUB-2026-0004")):
        for language in ("ko", "en"):
            out = tmp_path / f"{cli}-{language}.pdf"
            assert main(["--database", demo_database.url, "document", cli, number, "--language", language,
                         "-o", str(out)]) == 0, (cli, language)
            with demo_database.read() as s:
                report = verify_pdf(s, demo_actors["approver"], out.read_bytes())
            assert report.status == VerificationStatus.VALID, (cli, language, report.status)
    capsys.readouterr()
    korean = _text((tmp_path / "sanctions-list-ko.pdf").read_bytes())
    assert "지식재산평가기관행정처분현황" in korean and "(2026.11.25.기준)" in korean and "공표-2026-0004" in korean
    assert "지정취소" in korean and "지정효력정지3개월" in korean and "법제31조제1항제1호" in korean
    english = _text((tmp_path / "registry-list-en.pdf").read_bytes())
    assert "DesignatedIntellectualPropertyValuationInstitutes" in english and "PUB-2026-0003" in english
    assert "designation-reviewverify" in english  # the verification line on the page


def test_a_number_of_the_other_list_is_refused(demo_database, demo_actors, tmp_path, capsys):
    with demo_database.read() as s:  # 공표-2026-0001: the list of designated institutes the demo published
        assert list_publications(s, demo_actors["secretariat"])[-1].kind == DocumentKind.REGISTRY_LIST
    out = tmp_path / "wrong.pdf"
    assert main(["--database", demo_database.url, "document", "sanctions-list", "공표-2026-0001", "-o",
                 str(out)]) != 0
    assert "No published list is numbered 공표-2026-0001" in capsys.readouterr().err and not out.exists()


def test_the_published_list_stays_as_published_when_an_institute_is_renamed(demo_database, demo_actors):
    secretariat = demo_actors["secretariat"]
    publication_id = _publish(demo_database, secretariat, DocumentKind.REGISTRY_LIST)
    with demo_database.transaction() as s:
        first = issued_pdf(s, secretariat, DocumentKind.REGISTRY_LIST, publication_id, "ko")
        _, workbook = publication_workbook(s, secretariat, publication_id, "ko")
        listed = published_list(s, secretariat, publication_id).registry
        entry = s.get_one(RegistryEntry, listed.rows[0].entry_id)
        data = institution_data(s, secretariat, entry.institution_id)
        update_institution(s, secretariat, entry.institution_id, data.__class__(**{**data.__dict__,
                                                                                   "name_en": "Renamed Ltd"}))
    with demo_database.transaction() as s:
        again = issued_pdf(s, secretariat, DocumentKind.REGISTRY_LIST, publication_id, "ko")
        _, workbook_again = publication_workbook(s, secretariat, publication_id, "ko")
        english = issued_pdf(s, secretariat, DocumentKind.REGISTRY_LIST, publication_id, "en")
    assert again.data == first.data and not again.new and workbook_again == workbook
    assert "RenamedLtd" not in _text(english.data)
    sheet = load_workbook(io.BytesIO(workbook)).active
    # 공표-2026-0003: after the demo's own two (desktop/demo/publications.py)
    assert sheet["A1"].value == "지식재산 평가기관 지정 현황" and sheet["H2"].value == "공표-2026-0003"
    assert len(list(sheet.iter_rows(min_row=4))) == 8


def test_a_publication_cannot_be_changed_or_deleted_in_the_database(demo_database, demo_actors):
    publication_id = _publish(demo_database, demo_actors["secretariat"], DocumentKind.SANCTIONS_LIST)
    for statement in ("UPDATE publications SET as_of = '2026-01-01' WHERE id = :id",
                      "DELETE FROM publications WHERE id = :id"):
        with pytest.raises(Exception, match="published list cannot be changed"), demo_database.transaction() as s:
            s.execute(text(statement), {"id": publication_id})


def test_a_future_day_and_a_member_are_refused(demo_database, demo_actors):
    with demo_database.read() as s:
        before = list_publications(s, demo_actors["secretariat"])
    assert len(before) == 2  # the demo's own two published lists (desktop/demo/publications.py)
    with pytest.raises(ValidationError) as refused:
        _publish(demo_database, demo_actors["secretariat"], DocumentKind.REGISTRY_LIST, date(2026, 11, 26))
    assert refused.value.field == "as_of"
    with pytest.raises(PermissionDenied):
        _publish(demo_database, demo_actors["member"], DocumentKind.SANCTIONS_LIST)
    with demo_database.read() as s:
        assert list_publications(s, demo_actors["secretariat"]) == before

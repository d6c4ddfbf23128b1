"""What a signed PDF proves without the database: intact and trusted, re-saved with its content intact, or altered;
the facts are read from the signed revision only."""

import io

import pytest
from pypdf import PdfReader, PdfWriter

from desktop.core.clock import clock_set_to, now
from desktop.issuing.claims import ClaimsError
from desktop.issuing.pdf_check import Integrity, check_signed_pdf, page_fingerprint, read_signed_claims
from desktop.issuing.trust import TrustStore
from tests.issuing.helpers import FACTS, sample_pdf, sign_sample


def resave(data: bytes, *, metadata: bool = True, pages_from: bytes | None = None) -> bytes:
    """What another program makes of the file: pypdf copying every page (and the metadata) into a new file."""
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pages_from)).pages if pages_from else reader.pages:
        writer.add_page(page)
    if metadata:
        writer.add_metadata(reader.metadata)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def appended(data: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    """``data`` with one more revision appended by ``change(writer)`` (pyHanko's incremental writer)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    change(writer)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def test_a_signed_document_is_intact_trusted_through_the_root_and_names_its_record(signed, root_trust):
    check = check_signed_pdf(signed, root_trust)
    assert check.integrity == Integrity.SIGNED
    assert (check.intact, check.valid, check.trusted, check.coverage) == (True, True, True, "entire file")
    assert check.ok and check.problems == ()
    assert dict(check.claims.facts) == FACTS
    assert check.claims.page_fingerprint == page_fingerprint(sample_pdf())  # sealed before signing: no circle


def test_without_trusted_certificates_the_signature_is_valid_but_not_trusted(signed):
    check = check_signed_pdf(signed, TrustStore())
    assert check.integrity == Integrity.SIGNED and check.valid
    assert not check.trusted and not check.ok
    assert check.problems == ("No certificate is trusted here: give the authority's certificate with --trust or add "
                              "it to the trust folder.",)


def test_a_signer_from_another_root_is_not_trusted(signed):
    from tests.issuing.helpers import make_certificate

    _, stranger = make_certificate(name="OTHER Root")
    check = check_signed_pdf(signed, TrustStore().with_certificates([stranger], "other"))
    assert not check.trusted
    assert "is not issued by a trusted certificate" in check.problems[0]


def test_a_copy_resaved_by_pypdf_keeps_the_fingerprint_and_names_the_record(signed, root_trust):
    copy = resave(signed)
    assert page_fingerprint(copy) == page_fingerprint(signed) == page_fingerprint(sample_pdf())
    check = check_signed_pdf(copy, root_trust)
    assert check.integrity == Integrity.RESAVED and check.ok
    assert check.claims.facts["number"] == "제2026-0001호"


def test_a_whole_clone_whose_signature_no_longer_matches_its_bytes_is_resaved_not_altered(signed, root_trust):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(signed)))
    output = io.BytesIO()
    writer.write(output)
    check = check_signed_pdf(output.getvalue(), root_trust)
    assert check.integrity == Integrity.RESAVED and check.signed
    assert "saved again by another program" in check.notes[0]


def test_one_word_changed_on_a_page_is_altered(signed, root_trust):
    assert page_fingerprint(sample_pdf("취소")) != page_fingerprint(sample_pdf("지정"))
    forged = resave(signed, pages_from=sample_pdf("취소"))  # other pages under the signed metadata
    check = check_signed_pdf(forged, root_trust)
    assert check.integrity == Integrity.ALTERED and not check.ok
    assert check.problems[0] == "The pages differ from those that were signed."


def test_stripping_the_metadata_loses_the_claims(signed, root_trust):
    stripped = resave(signed, metadata=False)
    assert read_signed_claims(stripped) is None
    check = check_signed_pdf(stripped, root_trust)
    assert check.integrity == Integrity.UNSIGNED and check.claims is None


def test_content_appended_after_signing_is_altered_and_a_harmless_update_is_not(signed, root_trust):
    from pyhanko.pdf_utils import generic

    def draw_over(writer) -> None:  # type: ignore[no-untyped-def]
        page = writer.root["/Pages"]["/Kids"][0].get_object()
        extra = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 100 Td (FAKE) Tj ET"))
        page["/Contents"] = generic.ArrayObject([page.raw_get("/Contents"), extra])
        writer.update_container(page)

    check = check_signed_pdf(appended(signed, draw_over), root_trust)
    assert check.integrity == Integrity.ALTERED and check.intact  # the signed revision itself is untouched
    assert check.modification == "changes what is shown"

    def retitle(writer) -> None:  # type: ignore[no-untyped-def]
        info = writer.trailer["/Info"]
        writer.set_info(writer.add_object(generic.DictionaryObject(
            {**dict(info.items()), generic.NameObject("/Title"): generic.TextStringObject("renamed")})))

    check = check_signed_pdf(appended(signed, retitle), root_trust)
    assert check.integrity == Integrity.UPDATED and check.ok
    assert check.modification == "harmless"


def test_claims_come_from_the_signed_revision_not_from_later_additions(signed):
    from pyhanko.pdf_utils import generic

    def forge_claims(writer) -> None:  # type: ignore[no-untyped-def]
        info = writer.trailer["/Info"]
        text = str(info["/DesignationReviewClaims"]).replace("designated", "not_designated")
        writer.set_info(writer.add_object(generic.DictionaryObject(
            {**dict(info.items()), generic.NameObject("/DesignationReviewClaims"): generic.TextStringObject(text)})))

    assert read_signed_claims(appended(signed, forge_claims)).facts["outcome"] == "designated"


def test_a_changed_byte_in_the_signed_facts_breaks_the_seal(signed, root_trust):
    at = signed.index(b"designated")  # the outcome, inside the signed revision's information dictionary
    forged = signed[:at] + b"Designated" + signed[at + len(b"designated"):]
    with pytest.raises(ClaimsError, match="do not match their seal"):
        read_signed_claims(forged)
    check = check_signed_pdf(forged, root_trust)
    assert check.integrity == Integrity.ALTERED and not check.ok


def test_a_signing_time_after_the_certificate_expired_is_not_trusted(identity, root_trust):
    late = now().replace(year=now().year + 11)
    with clock_set_to(lambda: late):  # the identity was checked yesterday; the document claims a later day
        document = sign_sample(identity)
    check = check_signed_pdf(document, root_trust)
    assert check.expired_at_signing and not check.trusted
    assert "was not valid when the document says it was signed" in check.problems[0]


def test_a_file_that_is_no_pdf_is_one_sentence(root_trust):
    check = check_signed_pdf(b"hello", root_trust)
    assert check.integrity == Integrity.UNSIGNED
    assert check.problems == ("The file is not a readable PDF document.",)

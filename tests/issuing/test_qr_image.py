"""QR codes read from page images with zxing-cpp: a 150-dpi rendering of a signed page gives back a payload that
verifies offline; an image without a code, or a file that is no image, is one sentence."""

import shutil
import subprocess
from datetime import date

import pytest
from PIL import Image

from desktop.issuing.claims import PayloadFields, decode_payload, encode_payload
from desktop.issuing.qr_image import QrImageError, decode_qr
from tests.issuing.helpers import sample_pdf

needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is missing")


def render_page(pdf: bytes, folder, dpi: int = 150, name: str = "page"):  # type: ignore[no-untyped-def]
    (folder / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", "1", "-l", "1",
                    str(folder / f"{name}.pdf"), str(folder / name)], check=True)
    return folder / f"{name}.png"


@needs_pdftoppm
def test_the_qr_of_a_page_rendered_at_150_dpi_decodes_and_verifies(tmp_path, identity, authority_trust):
    fields = PayloadFields("decision", "제2026-0001호", "주식회사 한국지식재산가치평가연구원", "1101111234567",
                           "not_designated", date(2026, 11, 25), "cd" * 32)
    payload = encode_payload(fields, identity)
    image = render_page(sample_pdf(qr=payload), tmp_path)  # the layout's QR size today: 16 mm
    assert decode_qr(image) == [payload]
    assert decode_payload(decode_qr(image)[0], authority_trust).fields == fields


@needs_pdftoppm
def test_a_photo_like_jpeg_in_grey_decodes_too(tmp_path, identity):
    payload = encode_payload(PayloadFields("certificate", "제2026-0002호", "가치평가원", "1234567890", "designated",
                                           date(2026, 11, 25), "ab" * 32), identity)
    png = render_page(sample_pdf(qr=payload), tmp_path, dpi=200)
    photo = tmp_path / "photo.jpg"
    Image.open(png).convert("L").rotate(3, expand=True, fillcolor=255).save(photo, quality=60)
    assert decode_qr(photo) == [payload]


def test_an_image_without_a_code_is_one_sentence(tmp_path):
    blank = tmp_path / "blank.png"
    Image.new("RGB", (400, 300), "white").save(blank)
    with pytest.raises(QrImageError, match=r"^No QR code could be read in .*blank\.png\.$"):
        decode_qr(blank)


def test_a_file_that_is_no_image_or_missing_is_one_sentence(tmp_path):
    (tmp_path / "notes.png").write_text("not an image")
    with pytest.raises(QrImageError, match=r"notes\.png is not an image that can be read \(PNG or JPEG\)\.$"):
        decode_qr(tmp_path / "notes.png")
    with pytest.raises(QrImageError, match=r"^The image .*gone\.png does not exist\.$"):
        decode_qr(tmp_path / "gone.png")

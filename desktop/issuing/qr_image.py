"""QR codes read from a scan or a photo of a page (PNG, JPEG, …) with zxing-cpp; Pillow (ReportLab's own
dependency) opens the image."""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import DomainError
from desktop.core.i18n import translate


class QrImageError(DomainError):
    """An image that cannot be read, or one without a QR code."""


def decode_qr_image(image: object) -> list[str]:
    """The texts of every QR code in a PIL image (top to bottom); an empty list when there is none."""
    import zxingcpp

    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    if not found:  # a faint photo: try once more in grey with global contrast
        from PIL import ImageOps

        grey = ImageOps.autocontrast(image.convert("L"))  # type: ignore[attr-defined]
        found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode,
                                       binarizer=zxingcpp.Binarizer.GlobalHistogram)
    ordered = sorted(found, key=lambda code: (code.position.top_left.y, code.position.top_left.x))
    return [code.text for code in ordered if code.valid]


def decode_qr(path: Path | str) -> list[str]:
    """The QR codes' texts in the image file ``path``; a QrImageError sentence when none can be read."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path).expanduser()
    try:
        with Image.open(path) as opened:
            opened.load()
            image = opened.convert("RGB") if opened.mode not in ("L", "RGB") else opened.copy()
    except FileNotFoundError:
        raise QrImageError(translate("QrImage", "The image {file} does not exist.").format(file=path)) from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise QrImageError(translate("QrImage", "{file} is not an image that can be read (PNG or JPEG).")
                           .format(file=path)) from None
    texts = decode_qr_image(image)
    if not texts:
        raise QrImageError(translate("QrImage", "No QR code could be read in {file}.").format(file=path))
    return texts

"""The authority's electronic seal image (전자이미지관인): a transparent PNG of at most 2 MB, kept as a setting.

The image is stored in the database (base64 in the ``seal_image`` setting) so that a document frozen at issue
carries the seal it was issued with; the audit log records its SHA-256 and size, never the image itself.
"""

import base64
import binascii
import hashlib
from io import BytesIO

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate

MAX_SEAL_BYTES = 2 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def check_seal_png(data: bytes) -> None:
    """Refuse what is not a PNG, is larger than 2 MB or has no transparency (a sentence naming the problem)."""
    from PIL import Image, UnidentifiedImageError

    def refuse(message: str) -> ValidationError:
        return ValidationError(message, field="seal_image")

    if len(data) > MAX_SEAL_BYTES:
        raise refuse(translate("Settings", "The seal image is {size:.1f} MB; it may be 2 MB at most.")
                     .format(size=len(data) / 1024 / 1024))
    if not data.startswith(PNG_SIGNATURE):
        raise refuse(translate("Settings", "The seal image must be a PNG file (this file is not one)."))
    try:
        with Image.open(BytesIO(data)) as image:
            image.load()
            transparent = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
            if transparent and image.mode != "P":
                transparent = image.getchannel("A").getextrema()[0] < 255
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise refuse(translate("Settings", "The seal image cannot be read as a PNG file.")) from error
    if not transparent:
        raise refuse(translate("Settings", "The seal image has no transparency: load the registered seal as a PNG "
                               "with a transparent background (an alpha channel)."))


def seal_text(data: bytes) -> str:
    """The checked image as the text stored in the setting."""
    check_seal_png(data)
    return base64.b64encode(data).decode("ascii")


def seal_bytes(text: object) -> bytes | None:
    """The PNG of a stored setting value; None when no seal is loaded (or the value is not base64)."""
    if not isinstance(text, str) or not text:
        return None
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None


def checked_seal_text(text: str) -> str:
    """A stored value checked again (the service's ``validate_setting``): empty, or a valid seal PNG in base64."""
    if not text:
        return ""
    data = seal_bytes(text)
    if data is None:
        raise ValidationError(translate("Settings", "The seal image cannot be read as a PNG file."),
                              field="seal_image")
    check_seal_png(data)
    return text


def audited_seal(text: object) -> str:
    """What the audit log keeps of a seal value: ``PNG, 13,095 bytes, SHA-256 df6b…`` (the whole digest), or ""."""
    data = seal_bytes(text)
    if data is None:
        return ""
    return f"PNG, {len(data):,} bytes, SHA-256 {hashlib.sha256(data).hexdigest()}"

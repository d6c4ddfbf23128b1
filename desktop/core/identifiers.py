"""Korean business (BRN) and corporate (CRN) registration numbers, validated as DOMAIN.md describes."""

from dataclasses import dataclass

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate

BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)

_BRN_TYPES: tuple[tuple[range, str], ...] = (
    (range(1, 80), "taxable individual"),
    (range(80, 81), "non-corporate organisation"),
    (range(81, 82), "corporation head office"),
    (range(82, 83), "non-profit corporation"),
    (range(83, 84), "state or local government"),
    (range(84, 85), "foreign corporation"),
    (range(85, 86), "corporate branch"),
    (range(86, 89), "corporation head office"),
    (range(89, 90), "religious body"),
    (range(90, 100), "tax-exempt individual"),
)


def _digits(text: str) -> str:
    """Keep the digits of ``text``; hyphens and spaces are allowed, anything else is refused."""
    cleaned = text.strip().replace("-", "").replace(" ", "")
    if not cleaned.isdecimal() or not cleaned.isascii():
        raise ValidationError(translate("Identifiers", "Only digits and hyphens are allowed."))
    return cleaned


def brn_check_digit(first_nine: str) -> int:
    """The check digit of a business registration number from its first nine digits."""
    d = [int(c) for c in first_nine]
    total = sum(w * x for w, x in zip(BRN_WEIGHTS, d, strict=True)) + (d[8] * 5) // 10
    return (10 - total % 10) % 10


def crn_check_digit(first_twelve: str) -> int:
    """The check digit of a corporate registration number from its first twelve digits."""
    total = sum((1 if i % 2 == 0 else 2) * int(c) for i, c in enumerate(first_twelve))
    return (10 - total % 10) % 10


def brn_type_label(type_code: int) -> str:
    """What the two-digit type code (digits 4–5) says about the holder."""
    for codes, label in _BRN_TYPES:
        if type_code in codes:
            return label
    return "unknown"


@dataclass(frozen=True)
class BusinessRegistrationNumber:
    """A structurally valid BRN; ``checksum_ok`` False is a warning the user may override."""

    digits: str
    checksum_ok: bool

    @property
    def formatted(self) -> str:
        return format_brn(self.digits)

    @property
    def type_code(self) -> int:
        return int(self.digits[3:5])

    @property
    def type_label(self) -> str:
        return brn_type_label(self.type_code)


def parse_brn(text: str) -> BusinessRegistrationNumber:
    """Validate the structure of a BRN (10 digits, type code, serial) and report its check digit.

    Raises ValidationError for a malformed number; a wrong check digit is only flagged.
    """
    digits = _digits(text)
    if len(digits) != 10:
        raise ValidationError(
            translate("Identifiers", "A business registration number has 10 digits (XXX-XX-XXXXX); got {n}.")
            .format(n=len(digits))
        )
    if digits[3:5] == "00":
        raise ValidationError(translate("Identifiers", "The type code (digits 4–5) cannot be 00."))
    if digits[5:9] == "0000":
        raise ValidationError(translate("Identifiers", "The serial number (digits 6–9) cannot be 0000."))
    return BusinessRegistrationNumber(digits, brn_check_digit(digits[:9]) == int(digits[9]))


def parse_crn(text: str) -> str:
    """Validate a corporate registration number and return its 13 digits."""
    digits = _digits(text)
    if len(digits) != 13:
        raise ValidationError(
            translate("Identifiers", "A corporate registration number has 13 digits (XXXXXX-XXXXXXX); got {n}.")
            .format(n=len(digits))
        )
    if crn_check_digit(digits[:12]) != int(digits[12]):
        raise ValidationError(
            translate("Identifiers", "The check digit of this corporate registration number is wrong.")
        )
    return digits


def format_brn(digits: str) -> str:
    """``1248100998`` → ``124-81-00998``."""
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}" if len(digits) == 10 else digits


def format_crn(digits: str) -> str:
    """``1101110000000`` → ``110111-0000000``."""
    return f"{digits[:6]}-{digits[6:]}" if len(digits) == 13 else digits

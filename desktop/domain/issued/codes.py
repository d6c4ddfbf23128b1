"""The verification code (문서확인번호) printed on every page of an issued document, and the files' fingerprints."""

import hashlib

# Crockford's base 32: no I, L, O or U, so a code read aloud or typed is not misread.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_GROUPS = 3


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_code(seed: str) -> str:
    """``7K3M-Q9PX-2HND``: 60 bits of SHA-256(seed) in Crockford base 32, in groups of four."""
    number = int.from_bytes(hashlib.sha256(seed.encode("utf-8")).digest()[:8], "big") >> 4
    characters = []
    for _ in range(CODE_GROUPS * 4):
        number, digit = divmod(number, 32)
        characters.append(CODE_ALPHABET[digit])
    text = "".join(reversed(characters))
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalise_code(text: str) -> str:
    """A code as typed (lower case, spaces, O for 0, I/L for 1) in its printed form."""
    cleaned = text.strip().upper().replace(" ", "").replace("-", "")
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    return "-".join(cleaned[i:i + 4] for i in range(0, len(cleaned), 4))

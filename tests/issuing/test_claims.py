"""The compact signed payload of the QR code: small, in the QR alphanumeric alphabet, checked against the trusted
certificates offline, and refused in one plain sentence when it is not one, damaged, unknown or forged."""

import hashlib
from datetime import date

import pytest
import segno
from cryptography.hazmat.primitives.asymmetric import rsa

from desktop.issuing.claims import (
    BASE45,
    ClaimsError,
    PayloadFields,
    base45_decode,
    base45_encode,
    decode_payload,
    encode_payload,
)
from desktop.issuing.signing import SigningIdentity
from desktop.issuing.trust import TrustStore
from tests.issuing.helpers import demo_issued, write_p12

FIELDS = PayloadFields("decision", "제2026-0001호", "한국기술가치연구원", "123-45-67890", "designated",
                       date(2026, 11, 20), hashlib.sha256(b"frozen content").hexdigest())


@pytest.mark.parametrize("data,text", [(b"AB", "BB8"), (b"Hello!!", "%69 VD92EX0"), (b"base-45", "UJCLQE7W581"),
                                       (b"", "")])
def test_base45_follows_rfc_9285(data, text):
    assert base45_encode(data) == text
    assert base45_decode(text) == data


def test_a_payload_round_trips_through_the_authority_certificate(identity, authority_trust):
    payload = encode_payload(FIELDS, identity)
    claims = decode_payload(payload, authority_trust)
    assert claims.fields == PayloadFields(**{**FIELDS.__dict__, "registration_number": "1234567890"})
    assert claims.signer == identity.name
    assert encode_payload(FIELDS, identity) == payload  # deterministic: the same document, the same code


def test_a_payload_is_small_and_fits_the_qr_alphanumeric_mode(identity):
    long_name = PayloadFields("certificate", "제2026-0123호", "주식회사 한국지식재산가치평가연구원", "110111-1234567",
                              "not_designated", date(2036, 2, 29), "ab" * 32)
    for fields in (FIELDS, long_name):
        payload = encode_payload(fields, identity)
        assert len(payload) <= 260 and set(payload) <= set(BASE45)
        code = segno.make(payload, error="m", micro=False)
        assert code.mode == "alphanumeric" and code.version <= 9  # 53 × 53 modules
        assert decode_payload(payload, TrustStore().with_certificates([identity.certificate], "a")).fields.kind \
            == fields.kind


def test_typing_it_in_lower_case_or_over_two_lines_still_reads(identity, authority_trust):
    payload = encode_payload(FIELDS, identity)
    typed = payload[:100].lower() + "\n" + payload[100:]
    assert decode_payload(typed, authority_trust).fields.number == "제2026-0001호"


@pytest.mark.parametrize("text", ["7K3M-Q9PX-2HND", "https://example.kr/verify", ""])
def test_something_else_is_not_a_payload(identity, authority_trust, text):
    with pytest.raises(ClaimsError, match=r"^This is not a verification payload of this program \(it does not begin "
                                          r"with DR:\)\.$"):
        decode_payload(text, authority_trust)


def test_a_damaged_payload_is_one_sentence(identity, authority_trust):
    payload = encode_payload(FIELDS, identity)
    for damaged in (payload[:40], payload[:-1], payload.replace(payload[10], "~")):
        with pytest.raises(ClaimsError, match=r"^The payload is damaged and cannot be read"):
            decode_payload(damaged, authority_trust)


def test_a_payload_from_an_untrusted_key_names_it(identity, root_trust):
    with pytest.raises(ClaimsError, match=r"^The payload was signed with a key that is not trusted here \(key "
                                          + identity.key_id[:4].hex()):
        decode_payload(encode_payload(FIELDS, identity), root_trust)  # the root alone does not name the key


def test_a_changed_field_breaks_the_signature(identity, authority_trust):
    from desktop.issuing.claims import PREFIX

    data = bytearray(base45_decode(encode_payload(FIELDS, identity)[len(PREFIX):]))
    data[5] ^= 0x01  # one bit of the issue date
    with pytest.raises(ClaimsError, match=r"^The payload's signature is not valid: its content was changed, or it "
                                          r"was not signed by DEMO 지식재산처 전자관인\.$"):
        decode_payload(PREFIX + base45_encode(bytes(data)), authority_trust)


def test_an_rsa_key_signs_payloads_too(tmp_path):
    key, certificate, _ = demo_issued(key=rsa.generate_private_key(public_exponent=65537, key_size=2048))
    rsa_identity = SigningIdentity.from_pkcs12(write_p12(tmp_path, key, certificate), "secret")
    payload = encode_payload(FIELDS, rsa_identity)
    assert len(payload) > 400  # 256 signature bytes: prefer the P-256 key for a small QR code
    claims = decode_payload(payload, TrustStore().with_certificates([certificate], "c"))
    assert (claims.fields.number, claims.fields.institution, claims.signer) == (FIELDS.number, FIELDS.institution,
                                                                                "TEST 전자관인")


def test_an_issue_date_outside_the_certificate_is_refused(identity, authority_trust):
    early = PayloadFields(**{**FIELDS.__dict__, "issue_date": date(2020, 1, 1)})
    with pytest.raises(ClaimsError, match="that certificate was not valid on the issue date 2020-01-01"):
        decode_payload(encode_payload(early, identity), authority_trust)

"""The case dossier: what it holds, that it verifies, and that every change to it is named."""

import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.clock import set_clock
from desktop.core.errors import NotFound, PermissionDenied
from desktop.core.progress import run_to_end
from desktop.db.engine import Database
from desktop.domain.accounts.models import User
from desktop.domain.accounts.permissions import Actor
from desktop.domain.applications.models import Application
from desktop.domain.audit.models import AuditEvent
from desktop.domain.committee.models import CommitteeMember, ConflictDeclaration, ConflictKind
from desktop.domain.settings.service import get_settings
from desktop.issuing.dossier import MANIFEST, SIGNATURE, build_dossier, find_application
from desktop.issuing.dossier_audit import DOSSIER_ACTION, WITHHELD_NAMES
from desktop.issuing.dossier_data import collect_records
from desktop.issuing.dossier_verify import check_events, verify_dossier
from desktop.issuing.issue import environment_identity
from desktop.issuing.kinds import KINDS
from desktop.issuing.trust import TrustStore, trust_store
from tests.conftest import reference_clock
from tests.domain.helpers import application_with_an_unprinted_notice

DESIGNATED = "2026-1-002"  # 국립지식재산평가원, designated in the completed round


def application_id(database: Database, number: str) -> int:
    with database.read() as session:
        return find_application(session, number).id


def make(database: Database, actor: Actor, path: Path, number: str = DESIGNATED, **options):  # type: ignore[no-untyped-def]
    return run_to_end(build_dossier(database, actor, application_id(database, number), environment_identity, path,
                               **options))


def authority_trust(database: Database) -> TrustStore:
    """What a bank has after installing the authority's certificate: nothing of this computer's trust folder."""
    with database.read() as session:
        return trust_store(get_settings(session), user_folder=False)


@pytest.fixture(scope="module")
def made(demo_template: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The designated applicant's dossier made once from a copy of the demo (for the tests that only read it)."""
    folder = tmp_path_factory.mktemp("dossier")
    shutil.copyfile(demo_template, folder / "demo.sqlite3")
    database = Database(f"sqlite:///{folder / 'demo.sqlite3'}")
    set_clock(reference_clock())
    try:
        with database.read() as session:
            secretariat = Actor.command_line()
            user = session.scalars(select(User).where(User.username == "secretariat")).one()
            secretariat = Actor(user.id, user.username, user.display_name, user.role)
        result = make(database, secretariat, folder / "dossier.zip")
        trust = authority_trust(database)
    finally:
        set_clock(None)
        database.dispose()
    return result, (folder / "dossier.zip").read_bytes(), trust


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_the_designated_applicants_dossier_verifies_and_its_manifest_matches_every_file(made):
    result, data, trust = made
    report = verify_dossier(data, trust)
    assert report.valid, report.problem_lines()
    assert report.message().startswith("VALID: the case dossier of application 2026-1-002 (국립지식재산평가원)")
    files = entries(data)
    manifest = json.loads(files[MANIFEST])
    listed = {f["path"]: f for f in manifest["files"]}
    assert set(listed) == set(files) - {MANIFEST, SIGNATURE}
    for name, content in files.items():
        if name in listed:
            assert listed[name]["size"] == len(content)
            assert listed[name]["sha256"] == hashlib.sha256(content).hexdigest()
    documents = sorted(n for n in files if n.startswith("documents/"))
    kinds = " ".join(documents)
    for label in ("지정결과통지", "지정서", "고시", "현장실사통지", "현장실사보고", "회의록", "타당성조사통지"):
        assert label in kinds
    # six of the designation, two notices of the validity check the demo opened on one of its reports, and the list
    # of designated institutes the demo published (desktop/demo/publications.py), which names the institute
    assert len(report.documents) == len(documents) == result.documents == 9
    assert all(r.valid for _, r in report.documents)
    assert result.issued_now == 0  # the demo printed every document it issued
    assert len([n for n in files if n.startswith("attachments/")]) == result.attachments == 5
    assert report.events == result.events > 40
    readme = files["README.txt"].decode()
    assert "designation-review verify" in readme and "확인하는 방법" in readme and "What that proves" in readme


def test_openssl_checks_the_manifest_signature_without_this_program(made, tmp_path):
    _, data, trust = made
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    files = entries(data)
    for name in (MANIFEST, SIGNATURE, "SIGNER.pem"):
        (tmp_path / name).write_bytes(files[name])
    root = trust.certificates[-1]
    from cryptography.hazmat.primitives import serialization

    (tmp_path / "root.pem").write_bytes(root.public_bytes(serialization.Encoding.PEM))
    done = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", SIGNATURE, "-content",
                           MANIFEST, "-CAfile", "root.pem", "-out", "/dev/null"], cwd=tmp_path, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    (tmp_path / MANIFEST).write_bytes(files[MANIFEST].replace(b'"size": 1', b'"size": 2', 1))
    done = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", SIGNATURE, "-content",
                           MANIFEST, "-CAfile", "root.pem", "-out", "/dev/null"], cwd=tmp_path, capture_output=True)
    assert done.returncode != 0


@pytest.mark.parametrize("which", ["documents/", "attachments/", "data/dossier.json", "audit/events.json",
                                   "README.txt", "SIGNER.pem"])
def test_one_changed_byte_in_any_file_is_named(made, which):
    _, data, trust = made
    files = entries(data)
    name = next(n for n in sorted(files) if n.startswith(which))
    changed = bytearray(files[name])
    changed[len(changed) // 2] ^= 0x01
    report = verify_dossier(rezipped({**files, name: bytes(changed)}), trust)
    assert not report.valid
    assert report.changed == (name,)
    assert f"Changed: {name} is not the file the manifest lists" in "\n".join(report.problem_lines())
    assert report.signature is not None and report.signature.valid  # the manifest itself is untouched


def test_an_added_file_a_removed_file_and_an_edited_manifest_are_each_named(made):
    _, data, trust = made
    files = entries(data)
    added = verify_dossier(rezipped({**files, "documents/extra.txt": b"not listed"}), trust)
    assert added.extra == ("documents/extra.txt",) and not added.valid
    assert "Added: documents/extra.txt is in the dossier but not in the manifest." in added.problem_lines()
    gone = next(n for n in sorted(files) if n.startswith("attachments/"))
    removed = verify_dossier(rezipped({n: c for n, c in files.items() if n != gone}), trust)
    assert removed.missing == (gone,) and not removed.valid
    # Someone changes a file and writes its new SHA-256 into the manifest: the signature no longer holds.
    target = "data/dossier.json"
    new = files[target].replace("국립지식재산평가원".encode(), "가짜평가원".encode(), 1)
    manifest = json.loads(files[MANIFEST])
    for entry in manifest["files"]:
        if entry["path"] == target:
            entry["size"], entry["sha256"] = len(new), hashlib.sha256(new).hexdigest()
    edited = verify_dossier(rezipped({**files, target: new, MANIFEST: json.dumps(manifest).encode()}), trust)
    assert not edited.valid and not edited.changed
    assert any("does not match its signature" in line for line in edited.problem_lines())
    unsigned = verify_dossier(rezipped({n: c for n, c in files.items() if n != SIGNATURE}), trust)
    assert not unsigned.valid and any("MANIFEST.p7s is missing" in line for line in unsigned.problem_lines())


def test_without_the_authoritys_certificate_the_dossier_is_not_trusted(made):
    _, data, _ = made
    report = verify_dossier(data, TrustStore())
    assert not report.valid and report.signature is not None and report.signature.intact
    assert any("No certificate is trusted here" in line for line in report.problem_lines())


def test_an_audit_event_edited_in_the_dossier_is_named_by_its_number(made):
    _, data, _ = made
    events = json.loads(entries(data)["audit/events.json"])
    shown = [e for e in events["events"] if "withheld" not in e]
    assert check_events(events)[3] == []
    shown[0]["actor_name"] = "someone else"  # the field, not the content it is hashed from
    shown[1]["canonical_content"] = shown[1]["canonical_content"].replace("2026", "2025", 1)
    problems = check_events(events)[3]
    assert f"Audit event #{shown[0]['sequence']}: the fields listed are not those its content states." in problems
    assert f"Audit event #{shown[1]['sequence']}: its content does not give its hash: it was changed." in problems


def test_a_chain_head_sealed_in_a_document_is_checked_against_the_event_listed_at_its_number(made):
    from desktop.issuing.pdf_check import read_signed_claims

    _, data, trust = made
    files = entries(data)
    document = next(n for n in sorted(files) if n.startswith("documents/"))
    sequence, _, digest = read_signed_claims(files[document]).facts["audit_head"].partition(":")
    events = json.loads(files["audit/events.json"])
    place = {"sequence": int(sequence), "at": "", "action": "", "entity_type": "", "entity_id": None,
             "previous_hash": "", "withheld": "test"}
    anchors = {}
    for listed_hash, problem in ((digest, False), ("0" * 64, True)):
        events["events"] = [e for e in events["events"] if e["sequence"] != int(sequence)] + [
            {**place, "hash": listed_hash}]
        report = verify_dossier(rezipped({**files, "audit/events.json": json.dumps(events).encode()}), trust)
        anchors[problem] = report.anchors
        assert any(f"{document} sealed audit event #{sequence} with another hash" in line
                   for line in report.problem_lines()) is problem
    # the document's seal is an anchor only with its hash; the list the demo published (desktop/demo/publications.py)
    # seals an event the dossier lists too, so the dossier has anchors either way
    assert anchors[False] > anchors[True] >= 1


def test_member_names_are_hidden_where_the_round_hides_them(made, demo_database):
    _, data, _ = made
    with demo_database.read() as session:
        names = list(session.scalars(select(CommitteeMember.name)))
        assert get_settings(session)["hide_member_names"] is True  # the demo's default
    files = entries(data)
    case = files["data/dossier.json"].decode()
    events = json.loads(files["audit/events.json"])
    shown = json.dumps([e for e in events["events"] if "withheld" not in e], ensure_ascii=False)
    for name in names:
        assert name not in case and name not in shown
    document = json.loads(case)
    assert [s["member"] for s in document["committee"]["seats"]] == list("ABCDEFG")
    assert document["score_sheets"]["shown"] and {s["member"] for s in document["score_sheets"]["sheets"]} \
        == set("ABCDEF")
    assert all("member_id" not in row for row in document["conflict_declarations"])
    withheld = [e for e in events["events"] if "withheld" in e]
    assert {e["action"] for e in withheld} >= {"score.submit", "conflict.none"}
    assert all(e["withheld"] == WITHHELD_NAMES and "canonical_content" not in e for e in withheld)


def test_a_round_that_shows_names_shows_them(demo_database, demo_actors, tmp_path):
    with demo_database.transaction() as session:
        round_ = session.scalars(select(Application).where(Application.number.startswith("2026-1-"))).first().round
        round_.settings = {**round_.settings, "hide_member_names": False}
    make(demo_database, demo_actors["secretariat"], tmp_path / "named.zip")
    files = entries((tmp_path / "named.zip").read_bytes())
    document = json.loads(files["data/dossier.json"])
    assert all(seat.get("name") for seat in document["committee"]["seats"])
    assert all(sheet.get("member_name") for sheet in document["score_sheets"]["sheets"])
    events = json.loads(files["audit/events.json"])["events"]
    assert any(e["action"] == "score.submit" and "canonical_content" in e for e in events)


def test_a_conflicted_member_cannot_make_one(demo_database, demo_actors, tmp_path):
    with demo_database.read() as session:
        declaration = session.scalars(select(ConflictDeclaration).where(
            ConflictDeclaration.kind == ConflictKind.EXCLUSION).order_by(ConflictDeclaration.id)).first()
        member = session.get_one(CommitteeMember, declaration.member_id)
        user = session.get_one(User, member.user_id)
        number = session.get_one(Application, declaration.application_id).number
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(PermissionDenied):
        make(demo_database, demo_actors[user.username], folder / "refused.zip", number)
    assert list(folder.iterdir()) == []


def test_an_unknown_application_is_one_sentence(demo_database):
    with demo_database.read() as session, pytest.raises(NotFound) as refused:
        find_application(session, "2026-1-999")
    assert refused.value.message == "There is no application 2026-1-999."
    with demo_database.read() as session:
        assert find_application(session, "2026-1-2").number == DESIGNATED


def test_cancelling_leaves_no_file_and_records_nothing(demo_database, demo_actors, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "cancelled.zip"
    steps = build_dossier(demo_database, demo_actors["secretariat"], application_id(demo_database, DESIGNATED),
                          environment_identity, target)
    messages = []
    while not messages or not messages[-1].startswith("Writing documents/"):
        messages.append(next(steps)[2])
    assert next(p.name for p in folder.iterdir()).startswith(".cancelled.zip.")  # being written
    steps.close()  # what the Cancel button does between two files
    assert list(folder.iterdir()) == []
    with demo_database.read() as session:
        assert session.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == DOSSIER_ACTION)) == 0


def test_the_zip_is_byte_identical_when_made_twice(demo_database, demo_actors, tmp_path):
    number = application_with_an_unprinted_notice(demo_database, demo_actors["secretariat"])
    first = make(demo_database, demo_actors["secretariat"], tmp_path / "first.zip", number)
    second = make(demo_database, demo_actors["secretariat"], tmp_path / "second.zip", number)
    assert (tmp_path / "first.zip").read_bytes() == (tmp_path / "second.zip").read_bytes()
    assert first.issued_now == 1 and second.issued_now == 0  # the rescheduled notice was issued for the first
    with demo_database.read() as session:  # each was recorded, and neither record changed the dossier
        assert session.scalar(select(func.count(AuditEvent.id)).where(AuditEvent.action == DOSSIER_ACTION)) == 2
    with zipfile.ZipFile(tmp_path / "first.zip") as archive:
        names = archive.namelist()
        assert names[:-2] == sorted(names[:-2]) and names[-2:] == [MANIFEST, SIGNATURE]
        assert {info.date_time for info in archive.infolist()} == {(2026, 11, 25, 0, 0, 0)}


def test_an_administrator_makes_one_without_issuing_and_the_dossier_says_what_was_never_issued(
        demo_database, demo_actors, tmp_path):
    number = application_with_an_unprinted_notice(demo_database, demo_actors["secretariat"])
    result = make(demo_database, demo_actors["admin"], tmp_path / "admin.zip", number)
    assert result.issued_now == 0 and result.not_issued == 1
    files = entries((tmp_path / "admin.zip").read_bytes())
    missing = json.loads(files["data/dossier.json"])["documents_not_issued"]
    assert [m["kind"] for m in missing] == ["inspection_notice"]
    assert "never issued as a file" in files["README.txt"].decode()
    assert verify_dossier((tmp_path / "admin.zip").read_bytes(), authority_trust(demo_database)).valid


def test_a_tampered_audit_trail_makes_no_dossier(demo_database, demo_actors, tmp_path):
    from desktop.issuing.dossier import AuditTrailBroken
    from tests.domain.helpers import drop_guard_triggers

    drop_guard_triggers(demo_database)
    with demo_database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE audit_events SET summary = 'edited' WHERE sequence = 30")
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(AuditTrailBroken) as refused:
        make(demo_database, demo_actors["secretariat"], folder / "broken.zip")
    assert "The audit trail does not verify, so no dossier was made" in refused.value.message
    assert "#30" in refused.value.message and list(folder.iterdir()) == []


def test_every_kind_of_document_is_looked_for(demo_database, demo_actors):
    with demo_database.read() as session:
        application = session.get_one(Application, application_id(demo_database, DESIGNATED))
        records = collect_records(session, demo_actors["secretariat"], application)
    assert {spec.entity_type for spec in KINDS.values()} <= set(records.tables)

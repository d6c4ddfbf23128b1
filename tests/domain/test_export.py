import json

from desktop.db.migrate import current_revision
from desktop.domain.export.json_dump import export_json
from desktop.domain.models import metadata


def test_export_holds_every_table_and_no_password_hash(demo_database, demo_actors):
    with demo_database.transaction() as s:
        document = export_json(s, demo_actors["admin"], current_revision(demo_database))
    text = json.dumps(document, ensure_ascii=False)  # JSON-serialisable as is
    assert set(document["tables"]) == set(metadata.tables)
    assert document["schema_revision"] == "0006"
    assert all(u["password_hash"] is None for u in document["tables"]["users"])
    assert all(e["secret"] is None for e in document["tables"]["inspection_offline_exports"])
    assert "$argon2" not in text
    decisions = document["tables"]["decisions"]
    issued = [d for d in decisions if d["status"] == "issued"]
    assert len(issued) == 11 and all(d["issued_at"].endswith("+00:00") for d in issued)
    assert [d["status"] for d in decisions if d not in issued] == ["draft"]  # awaiting the approver
    assert {len(document["tables"][t]) > 0 for t in ("score_sheets", "score_entries", "conflict_declarations",
                                                     "inspections", "registry_entries", "audit_events")} == {True}

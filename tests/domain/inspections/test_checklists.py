"""Checklist templates: the shipped one is complete and valid; a malformed one is refused with the file and the
item named; an inspection keeps the template it was scheduled with."""

import copy
import json
from pathlib import Path

import pytest

from desktop.core.errors import ValidationError
from desktop.core.resources import resource_path
from desktop.domain.inspections import checklists
from desktop.domain.inspections.access import checklist_of, load_inspection
from desktop.domain.inspections.checklists import (
    ITEM_KEYS,
    RESPONSE_TYPES,
    load_checklist,
    parse_checklist,
    read_checklist_file,
)
from desktop.domain.settings.service import DEFAULTS

SHIPPED = json.loads(resource_path("checklists", "2026.1.json").read_text(encoding="utf-8"))


def test_the_default_template_covers_what_the_issue_lists():
    checklist = load_checklist(DEFAULTS["checklist_version"])
    english = " ".join(i.en.lower() for i in checklist.items)
    for topic in ("qualif", "dedicated evaluation unit", "office", "facilities", "data sources", "confidentiality",
                  "manual", "quality-control", "past evaluation reports", "conflict-of-interest", "fee schedule",
                  "record keeping"):
        assert topic in english, topic
    assert any(i.basis == "법 제31조의7" for i in checklist.items)  # confidentiality (Act Art. 31-7)
    assert {i.response for i in checklist.items} == set(RESPONSE_TYPES)
    assert all(i.ko and i.en for i in checklist.items)
    assert checklist.max_score == 51


def test_the_schema_for_editors_names_the_same_fields_as_the_validator():
    schema = json.loads(resource_path("checklists", "checklist.schema.json").read_text(encoding="utf-8"))
    item = schema["$defs"]["item"]
    assert set(item["properties"]) == set(ITEM_KEYS)
    assert item["properties"]["response"]["enum"] == list(RESPONSE_TYPES)


def mutated(change) -> dict:
    raw = copy.deepcopy(SHIPPED)
    change(raw)
    return raw


@pytest.mark.parametrize("change,expected", [
    (lambda r: r["items"][2].pop("text"), "item 3 (U1): 'text' must be an object"),
    (lambda r: r["items"][0].update(response="yes/no"), "item 1 (S1): 'response' must be one of"),
    (lambda r: r["items"][3].update(max=12), "item 4 (F1): 'max' of a score item must be a whole number from 1 to 9"),
    (lambda r: r["items"][4].update(weight=-2), "item 5 (C1): 'weight' must be a number of at least 0"),
    (lambda r: r["items"][4].update(weight="heavy"), "item 5 (C1): 'weight' must be a number"),
    (lambda r: r["items"][0].update(wieght=3), "item 1 (S1): unknown field 'wieght'"),
    (lambda r: r["items"][1].update(id="S1"), "item 2 (S1): the id S1 is used twice"),
    (lambda r: r["items"][0].update(max=5), "item 1 (S1): 'max' is only for score items"),
    (lambda r: r["items"][10].update(weight=1), "item 11 (N1): a text item is not scored"),
    (lambda r: r["items"][0].update(note_required="yes"), "item 1 (S1): 'note_required' must be true or false"),
    (lambda r: r["items"][0]["text"].pop("en"), "item 1 (S1): 'text.en' must be non-empty text"),
    (lambda r: r["items"][2].update(nonconform_below=7), "item 3 (U1): 'nonconform_below' cannot exceed 'max'"),
    (lambda r: r["items"][5].update(id="M 1"), "item 6 (M 1): 'id' must be a short code"),
    (lambda r: r.update(items=[]), "'items' must be a non-empty list"),
    (lambda r: r.update(version="first"), "'version' must look like 2026.1"),
    (lambda r: r.update(format=2), "format 2 is not supported"),
])
def test_a_malformed_template_names_the_file_and_the_item(change, expected):
    with pytest.raises(ValidationError) as raised:
        parse_checklist(mutated(change), "2026.9.json")
    assert raised.value.message.startswith("2026.9.json")
    assert expected in raised.value.message


def test_unreadable_json_names_the_file_and_the_line(tmp_path: Path):
    path = tmp_path / "2026.9.json"
    path.write_text('{"format": 1,\n "version": "2026.9",\n "items": [,]}', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"2026.9.json: not valid JSON \(line 3"):
        read_checklist_file(path)


def test_the_version_must_match_the_file_name(tmp_path: Path):
    path = tmp_path / "2027.1.json"
    path.write_text(json.dumps(SHIPPED, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"declares version 2026\.1; the file name must be 2026\.1\.json"):
        read_checklist_file(path)


def test_a_new_template_version_never_changes_an_old_inspection(site, tmp_path: Path, monkeypatch):
    """Editing the file in place (or shipping another) leaves the scheduled inspection on its own copy."""
    changed = copy.deepcopy(SHIPPED)
    changed["items"] = changed["items"][:3]
    changed["items"][0]["text"]["ko"] = "바뀐 항목"
    folder = tmp_path / "checklists"
    folder.mkdir()
    (folder / "2026.1.json").write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(checklists, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    checklists.load_checklist.cache_clear()
    checklists.template_document.cache_clear()
    try:
        assert len(load_checklist("2026.1").items) == 3
        with site.database.read() as session:
            pinned = checklist_of(load_inspection(session, site.inspection_id))
        assert len(pinned.items) == 11
        assert pinned.items[0].ko.startswith("상시 고용 전문인력")
    finally:
        checklists.load_checklist.cache_clear()
        checklists.template_document.cache_clear()

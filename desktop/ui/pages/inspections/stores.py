"""Where the checklist form saves: the database (through the services, one unit of work per change) or an
offline file (no database). Both hand the form the same plain ``FormState`` after every change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Protocol

from desktop.core.errors import StaleEdit
from desktop.domain.inspections import filling
from desktop.domain.inspections.checklists import ChecklistItem
from desktop.domain.inspections.findings import update_finding
from desktop.domain.inspections.models import FindingSeverity
from desktop.domain.inspections.offline_file import OfflineFile, answer_of
from desktop.domain.inspections.queries import InspectionDetail, get_inspection
from desktop.domain.inspections.rules import Answer, Progress, is_answered, is_nonconform, item_points
from desktop.ui.context import AppContext


@dataclass(frozen=True)
class EvidenceRef:
    key: str  # evidence id (database) or "sha256/filename" (offline file)
    filename: str


@dataclass(frozen=True)
class FindingDraft:
    severity: FindingSeverity
    description: str
    corrective_action: str
    deadline: date | None


@dataclass(frozen=True)
class FormItem:
    item: ChecklistItem
    answer: Answer | None
    answered: bool
    nonconform: bool
    points: tuple[Decimal, Decimal] | None
    evidence: tuple[EvidenceRef, ...]
    problems: tuple[str, ...]
    finding: FindingDraft | None


@dataclass(frozen=True)
class FormState:
    title: str
    editable: bool
    items: tuple[FormItem, ...]
    progress: Progress

    def index_of(self, item_id: str) -> int:
        return next(n for n, i in enumerate(self.items) if i.item.id == item_id)


class ChecklistStore(Protocol):
    def state(self) -> FormState: ...
    def answer(self, item_id: str, response: str | None, score: Decimal | None = None) -> FormState: ...
    def set_note(self, item_id: str, note: str) -> FormState: ...
    def set_text(self, item_id: str, text: str) -> FormState: ...
    def add_evidence(self, item_id: str, path: Path) -> FormState: ...
    def remove_evidence(self, item_id: str, key: str) -> FormState: ...
    def evidence(self, key: str) -> tuple[str, bytes]: ...
    def update_finding(self, item_id: str, finding: FindingDraft) -> FormState: ...


def _form_from_detail(detail: InspectionDetail) -> FormState:
    findings = {f.item_id: f for f in detail.findings}
    items = []
    for s in detail.items:
        f = findings.get(s.item.id)
        draft = FindingDraft(f.severity, f.description, f.corrective_action, f.deadline) if f else None
        items.append(FormItem(s.item, s.answer, s.answered, s.nonconform, s.points,
                              tuple(EvidenceRef(str(e.id), e.filename) for e in s.evidence), s.problems, draft))
    title = f"{detail.number} · {detail.application_number} {detail.institution_name}"
    return FormState(title, detail.may_fill, tuple(items), detail.progress)


class DatabaseStore:
    """Each change is one transaction through the services; the fresh state is read in the same one."""

    def __init__(self, context: AppContext, inspection_id: int) -> None:
        self.context = context
        self.inspection_id = inspection_id
        self.detail: InspectionDetail | None = None
        self.expected: dict[str, int] = {}  # item → the version a restored draft started from (its next save)

    def _run(self, function, *args) -> FormState:  # type: ignore[no-untyped-def]
        try:
            with self.context.writing() as session:
                if function is not None:
                    function(session, self.context.actor, *args)
                    session.flush()
                    session.expire_all()
                self.detail = get_inspection(session, self.context.actor, self.inspection_id)
        except StaleEdit:
            self.state()  # the refusal names who answered; the same input again then goes over it deliberately
            raise
        return _form_from_detail(self.detail)

    def state(self) -> FormState:
        with self.context.reading() as session:
            self.detail = get_inspection(session, self.context.actor, self.inspection_id)
        return _form_from_detail(self.detail)

    def version_of(self, item_id: str) -> int | None:
        """The version the item's input started from: a restored draft's, else the answer's shown."""
        if item_id in self.expected:
            return self.expected[item_id]
        return self.detail.item(item_id).version if self.detail is not None else None

    def _shown_version(self, item_id: str) -> int | None:
        """The version of the answer the form shows: another inspector's save since then is refused, not lost."""
        if item_id in self.expected:
            return self.expected.pop(item_id)
        return self.detail.item(item_id).version if self.detail is not None else None

    def answer(self, item_id: str, response: str | None, score: Decimal | None = None) -> FormState:
        return self._run(partial(filling.answer_item, expected_version=self._shown_version(item_id)),
                         self.inspection_id, item_id, response, score)

    def set_note(self, item_id: str, note: str) -> FormState:
        return self._run(partial(filling.set_note, expected_version=self._shown_version(item_id)),
                         self.inspection_id, item_id, note)

    def set_text(self, item_id: str, text: str) -> FormState:
        return self._run(partial(filling.set_text, expected_version=self._shown_version(item_id)),
                         self.inspection_id, item_id, text)

    def add_evidence(self, item_id: str, path: Path) -> FormState:
        return self._run(filling.add_evidence, self.inspection_id, item_id, path.name, path.read_bytes())

    def remove_evidence(self, item_id: str, key: str) -> FormState:
        return self._run(filling.remove_evidence, int(key))

    def evidence(self, key: str) -> tuple[str, bytes]:
        with self.context.reading() as session:
            return filling.evidence_content(session, self.context.actor, int(key))

    def update_finding(self, item_id: str, finding: FindingDraft) -> FormState:
        assert self.detail is not None
        finding_id = self.detail.item(item_id).finding_id
        return self._run(update_finding, finding_id, finding.severity, finding.description,
                         finding.corrective_action, finding.deadline)


class OfflineStore:
    """The same form on an offline file: each change is saved into the file at once."""

    def __init__(self, path: Path) -> None:
        self.file = OfflineFile.open(path)

    def close(self) -> None:
        self.file.close()

    @property
    def manifest(self) -> dict:
        return self.file.manifest.inspection

    def state(self) -> FormState:
        states = self.file.states()
        problems: dict[str, list[str]] = {}
        for problem in self.file.problems():
            problems.setdefault(problem.item_id, []).append(problem.message)
        items = []
        for item in self.file.checklist.items:
            state = states[item.id]
            answer = answer_of(state)
            raw = state.get("finding")
            draft = FindingDraft(FindingSeverity(raw["severity"]), raw["description"], raw["corrective_action"],
                                 date.fromisoformat(raw["deadline"]) if raw["deadline"] else None) if raw else None
            items.append(FormItem(item, answer, is_answered(item, answer), is_nonconform(item, answer),
                                  item_points(item, answer),
                                  tuple(EvidenceRef(f"{e['sha256']}/{e['filename']}", e["filename"])
                                        for e in state["evidence"]), tuple(problems.get(item.id, ())), draft))
        m = self.manifest
        title = f"{m['number']} · {m['application_number']} {m['institution_name']}"
        return FormState(title, True, tuple(items), self.file.progress())

    def answer(self, item_id: str, response: str | None, score: Decimal | None = None) -> FormState:
        self.file.answer(item_id, response, score)
        return self.state()

    def set_note(self, item_id: str, note: str) -> FormState:
        self.file.set_note(item_id, note)
        return self.state()

    def set_text(self, item_id: str, text: str) -> FormState:
        self.file.set_text(item_id, text)
        return self.state()

    def add_evidence(self, item_id: str, path: Path) -> FormState:
        self.file.add_evidence(item_id, path.name, path.read_bytes())
        return self.state()

    def remove_evidence(self, item_id: str, key: str) -> FormState:
        sha256, _, filename = key.partition("/")
        self.file.remove_evidence(item_id, sha256, filename)
        return self.state()

    def evidence(self, key: str) -> tuple[str, bytes]:
        sha256, _, filename = key.partition("/")
        return filename, self.file.evidence_bytes(sha256)

    def update_finding(self, item_id: str, finding: FindingDraft) -> FormState:
        self.file.update_finding(item_id, finding.severity.value, finding.description, finding.corrective_action,
                                 finding.deadline)
        return self.state()

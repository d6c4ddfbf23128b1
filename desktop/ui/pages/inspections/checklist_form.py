"""The keyboard-driven checklist form, the same on the database and on an offline file.

In the list: ↑/↓, Tab/Shift+Tab move item to item; C conform, N nonconform, A not applicable, 0–9 a score,
Delete clears; Enter writes the note (Esc or Ctrl+Enter comes back); T writes a text answer; E adds evidence;
F goes to the finding's corrective action; M switches a finding between minor and major; Ctrl+Enter completes.
Every answer is saved at once; notes and finding details a moment after typing stops (and when leaving the
field). Progress and the score follow as it fills.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drafts import DraftStore
from desktop.core.errors import DomainError, StaleEdit
from desktop.core.formatting import official_datetime, score_text
from desktop.domain.inspections.rules import CONFORM, NONCONFORM, NOT_APPLICABLE, Answer
from desktop.ui import theme
from desktop.ui.dialogs.edit_conflict import APPLY_MINE, RELOAD, differing
from desktop.ui.dialogs.service import DialogService
from desktop.ui.pages.inspections.checklist_model import ChecklistModel, answer_text, number
from desktop.ui.pages.inspections.item_panel import ItemPanel
from desktop.ui.pages.inspections.stores import ChecklistStore, FormItem, FormState
from desktop.ui.widgets.draft_keeper import DraftKeeper, Snapshot

SAVE_DELAY_MS = 700


class ChecklistView(QTableView):
    """The item list; single keys answer, Tab moves to the next item instead of the next cell."""

    keyTyped = Signal(int, str)
    completeRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.completeRequested.emit()
            return
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if plain and (Qt.Key.Key_0 <= key <= Qt.Key.Key_9 or key in (
                Qt.Key.Key_C, Qt.Key.Key_N, Qt.Key.Key_A, Qt.Key.Key_E, Qt.Key.Key_M, Qt.Key.Key_T, Qt.Key.Key_F,
                Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.keyTyped.emit(key, event.text())
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        self.move(1 if forward else -1)
        return True

    def move(self, step: int) -> None:
        model = self.model()
        if model is None or not model.rowCount():
            return
        row = min(max(self.currentIndex().row() + step, 0), model.rowCount() - 1)
        self.setCurrentIndex(model.index(row, ChecklistModel.ANSWER))


CHECKLIST_DRAFT = "checklist-item"  # drafts (desktop.core.drafts) of a note or text typed for one item


class ChecklistForm(QWidget):
    """Fills in one checklist through a ``ChecklistStore``; emits ``saved`` after every stored change."""

    saved = Signal()
    completeRequested = Signal()  # Ctrl+Enter in the list

    def __init__(self, store: ChecklistStore, dialogs: DialogService | None = None, language: str = "ko",
                 parent: QWidget | None = None, *, drafts: DraftStore | None = None, record: object = "") -> None:
        """``drafts``: where a note or text typed and not yet saved is kept on this computer (per item of the
        inspection ``record``), so that a lost server, quitting or a crash loses nothing."""
        super().__init__(parent)
        self.store = store
        self.record = record
        self.dialogs = dialogs or DialogService()
        self.state: FormState | None = None
        self.prompting: str | None = None  # the item whose nonconform answer still asks for its note or evidence
        self.model = ChecklistModel(language, self)
        self.view = ChecklistView(self)
        self.view.setObjectName("checklist")
        self.view.setAccessibleName(self.tr("Checklist items"))
        self.view.setAccessibleDescription(self.tr("C conform, N nonconform, A not applicable, 0 to 9 a score, "
                                                   "Enter the note"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ChecklistModel.NOTE, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(ChecklistModel.NOTE, 150)
        self.panel = ItemPanel(language, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        scroll.setMinimumWidth(380)

        self.title = QLabel(self)
        self.title.setObjectName("formTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progress")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(160)
        self.score_label = QLabel(self)
        self.score_label.setObjectName("score")
        self.score_label.setStyleSheet("font-weight: bold;")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problemCount")
        self.keys = QLabel(self.tr("Keys: ↑↓/Tab move · C conform · N nonconform · A not applicable · 0–9 score · "
                                   "Del clear · Enter note · T text · E evidence · F finding · M major/minor · "
                                   "Ctrl+Enter complete"), self)
        self.keys.setObjectName("keyHelp")
        theme.set_tone(self.keys, theme.Tone.MUTED)
        self.keys.setWordWrap(True)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_typing)

        self.drafts = (DraftKeeper(drafts, CHECKLIST_DRAFT, self._unsaved_typing, self, current=self._draft_key)
                       if drafts is not None else None)
        if self.drafts is not None:
            self.panel.edited.connect(self.drafts.edited)

        self.view.keyTyped.connect(self._key)
        self.view.completeRequested.connect(self._complete_requested)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.panel.answered.connect(lambda response, score: self.answer(response, score))
        self.panel.edited.connect(self.save_timer.start)
        self.panel.edited.connect(self._update_prompt)
        self.panel.returnToList.connect(self.back_to_list)
        self.panel.evidenceAddRequested.connect(self.add_evidence)
        self.panel.evidenceOpenRequested.connect(self.open_evidence)
        self.panel.evidenceRemoveRequested.connect(self.remove_evidence)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress_bar)
        top.addSpacing(12)
        top.addWidget(self.score_label)
        top.addSpacing(12)
        top.addWidget(self.problem_label)
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.keys)

    # -- loading -----------------------------------------------------------------------------------------------
    def load(self) -> bool:
        try:
            state = self.store.state()
        except Exception as error:
            self.dialogs.show_error(self, error)
            return False
        self._show(state)
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, ChecklistModel.ANSWER))
        return True

    def _show(self, state: FormState, keep_fields: bool = False) -> None:
        self.state = state
        row = self.current_row()
        self.model.set_items(state.items)
        self.title.setText(state.title)
        p = state.progress
        self.progress_label.setText(self.tr("Answered {answered} / {total}").format(answered=p.answered,
                                                                                    total=p.total))
        self.progress_bar.setMaximum(p.total)
        self.progress_bar.setValue(p.answered)
        percent = f" ({score_text(p.ratio * 100)} %)" if p.ratio is not None else ""
        self.score_label.setText(self.tr("Score {points} / {maximum}").format(
            points=number(p.points), maximum=number(p.maximum)) + percent)
        problems = sum(len(i.problems) for i in state.items)
        self.problem_label.setText(self.tr("%n item(s) to finish", "", problems) if problems
                                   else self.tr("Ready to complete"))
        if row is not None and row < len(state.items):
            self.panel.show_item(state.items[row], state.editable, keep_fields=keep_fields)
            if not keep_fields:
                self._restore_draft(state.items[row])

    def current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def current_item_id(self) -> str | None:
        row = self.current_row()
        return self.state.items[row].item.id if self.state is not None and row is not None else None

    def select_item(self, item_id: str) -> None:
        if self.state is not None:
            self.view.setCurrentIndex(self.model.index(self.state.index_of(item_id), ChecklistModel.ANSWER))

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.prompting = None
        if self.panel.dirty:
            self.save_timer.stop()
            self._save_fields(previous.row())
            if self.panel.dirty and self.panel.message.text():  # refused: say so before the item changes
                self.dialogs.error(self, self.panel.message.text())
        if self.state is not None and current.isValid():
            self.panel.show_item(self.state.items[current.row()], self.state.editable)
            self._restore_draft(self.state.items[current.row()])

    # -- what was typed and not saved, kept on this computer ---------------------------------------------------
    def _draft_key(self, item_id: str | None = None) -> str | None:
        item_id = item_id or (self.panel.current.item.id if self.panel.current is not None else None)
        return f"{self.record}-{item_id}" if item_id is not None else None

    def _unsaved_typing(self) -> Snapshot:
        typed = self.panel.dirty & {"note", "text"}
        if self.panel.current is None or not typed:
            return None
        item_id = self.panel.current.item.id
        version_of = getattr(self.store, "version_of", None)
        return (self._draft_key(item_id), {"note": self.panel.note(), "text": self.panel.answer_text(),
                                           "typed": sorted(typed)}, version_of(item_id) if version_of else None)

    def _restore_draft(self, row: FormItem) -> None:
        """A note or text typed for this item and never saved (a lost server, a crash) is put back, to be saved."""
        if self.drafts is None or not self.state or not self.state.editable:
            return
        draft = self.drafts.find(self._draft_key(row.item.id))
        if draft is None:
            return
        answer = row.answer or Answer()
        typed = {f: draft.content.get(f, "") for f in draft.content.get("typed", ())}
        if all(typed[f] == (self.panel.note() if f == "note" else self.panel.answer_text()) for f in typed) \
                and self.panel.dirty >= set(typed):
            return  # put back already
        if all(typed[f].strip() == ((answer.note if f == "note" else answer.text) or "") for f in typed):
            self.drafts.discard(self._draft_key(row.item.id))  # stored already: nothing to restore
            return
        if draft.base_version is not None and hasattr(self.store, "expected"):
            self.store.expected[row.item.id] = draft.base_version  # its save still meets a change made since
        if "note" in typed:
            self.panel.note_edit.setPlainText(typed["note"])
        if "text" in typed:
            self.panel.text_edit.setPlainText(typed["text"])
        self.panel.message.setText(self.tr(
            "Restored what you typed on this computer at {time} and had not saved yet; it is saved when you "
            "leave the field.").format(time=official_datetime(draft.kept_at)))

    # -- saving --------------------------------------------------------------------------------------------------
    def _store(self, call, *args) -> bool:  # type: ignore[no-untyped-def]
        """Run one store change; on refusal the message shows at the item and nothing else changes."""
        try:
            state = call(*args)
        except StaleEdit as error:
            return self._resolve_stale(error, call, args)
        except DomainError as error:
            self.panel.message.setText(error.message)
            return False
        except Exception as error:
            self.dialogs.show_error(self, error)
            return False
        self.panel.message.clear()
        self._show(state, keep_fields=True)
        self._update_prompt()
        self.saved.emit()
        return True

    def _resolve_stale(self, error: StaleEdit, call: Callable[..., FormState], args: tuple) -> bool:
        """Another inspector saved this item since it was shown: theirs beside what was typed; reload theirs, or
        save the typed one over it (the store now holds their version), or keep typing (cancel)."""
        item_id = args[0]
        try:
            fresh = self.store.state()
        except Exception as failure:
            self.dialogs.show_error(self, failure)
            return False
        stored = fresh.items[fresh.index_of(item_id)]
        self._show(fresh, keep_fields=True)  # the list shows theirs; the panel keeps the typed input
        choice = self.dialogs.resolve_edit_conflict(self, error, differing(self._typed_and_stored(call, args,
                                                                                                  stored)))
        if choice == APPLY_MINE:
            return self._store(call, *args)
        if choice == RELOAD:
            self.panel.show_item(stored, fresh.editable)
            self.panel.clean()
            if self.drafts is not None:
                self.drafts.discard(self._draft_key(item_id))
            return True
        self.panel.message.setText(error.message)
        return False

    def _typed_and_stored(self, call: Callable[..., FormState], args: tuple, stored: FormItem
                          ) -> list[tuple[str, object, object]]:
        answer = stored.answer or Answer()
        name = getattr(call, "__name__", "")
        if name == "answer":
            typed = replace(stored, answer=replace(answer, response=args[1], score=args[2] if len(args) > 2
                                                   else None))
            return [(self.tr("Answer"), answer_text(typed), answer_text(stored))]
        if name == "set_note":
            return [(self.tr("Note"), args[1].strip(), answer.note or "")]
        if name == "set_text":
            return [(self.tr("Text"), args[1].strip(), answer.text or "")]
        return []

    def answer(self, response: str | None, score: Decimal | None = None) -> bool:
        """Answer the current item and move on, unless the answer now needs a note or evidence."""
        item_id = self.current_item_id()
        if item_id is None or self.state is None:
            return False
        if not self.state.editable:
            self.panel.message.setText(self.tr("This checklist is read-only."))
            return False
        self.save_typing()
        if not self._store(self.store.answer, item_id, response, score):
            return False
        row = self.state.items[self.state.index_of(item_id)]
        if self._prompt(row, (row.answer.note if row.answer else None) or ""):
            self.prompting = item_id  # stay on the item, the keyboard in the list: Enter writes the note, E evidence
            self._update_prompt()
        else:
            self.view.move(1)
        return True

    def _prompt(self, row: FormItem, note: str) -> str:
        """What a nonconform answer still needs at this item, or "" when nothing."""
        if not row.nonconform:
            return ""
        if row.item.note_required and not note.strip():
            return self.tr("Nonconform: write what was found (Enter; the note is required).")
        if row.item.evidence_required and not row.evidence:
            return self.tr("Nonconform: attach evidence (E).")
        return ""

    def _update_prompt(self) -> None:
        """The item's prompt follows what is typed and saved: the next need, or gone once nothing is missing."""
        row = self.current_row()
        if self.prompting is None or self.state is None or row is None:
            return
        current = self.state.items[row]
        if current.item.id != self.prompting:
            self.prompting = None
            return
        prompt = self._prompt(current, self.panel.note())
        if prompt:
            self.panel.message.setText(prompt)
        else:
            self.panel.message.clear()
            self.prompting = None

    def save_typing(self) -> None:
        """Save what was typed in the current item's note, text and finding (if anything changed)."""
        self.save_timer.stop()
        row = self.current_row()
        if row is not None:
            self._save_fields(row)

    def _save_fields(self, row: int) -> None:
        """Save the fields typed in (note, text, finding); a refused one keeps what was typed and says why."""
        if self.state is None or not self.state.editable or not 0 <= row < len(self.state.items):
            return
        current = self.state.items[row]
        panel = self.panel
        if panel.current is None or panel.current.item.id != current.item.id or not panel.dirty:
            return
        item_id = current.item.id
        answer = current.answer
        if self.drafts is not None:
            self.drafts.keep_now()  # on this computer first: a lost server or a crash during the save loses nothing
        saved = True
        if "note" in panel.dirty and panel.note().strip() != ((answer.note if answer else None) or ""):
            saved &= self._store(self.store.set_note, item_id, panel.note())
        if "text" in panel.dirty and panel.answer_text().strip() != ((answer.text if answer else None) or ""):
            saved &= self._store(self.store.set_text, item_id, panel.answer_text())
        fresh = self.state.items[row]
        if "finding" in panel.dirty and fresh.finding is not None:
            typed = panel.finding()
            if (typed.severity, typed.description.strip(), typed.corrective_action.strip(), typed.deadline) != (
                    fresh.finding.severity, fresh.finding.description, fresh.finding.corrective_action,
                    fresh.finding.deadline):
                saved &= self._store(self.store.update_finding, item_id, typed)
        if saved:
            panel.clean()
            if self.drafts is not None:
                self.drafts.discard(self._draft_key(item_id))

    def _complete_requested(self) -> None:
        self.save_typing()
        self.completeRequested.emit()

    def back_to_list(self) -> None:
        self.save_typing()
        self.view.setFocus()

    # -- keys ------------------------------------------------------------------------------------------------------
    def _key(self, key: int, text: str) -> None:
        row = self.current_row()
        if row is None or self.state is None:
            return
        item = self.state.items[row].item
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            if item.response != "score":
                self.panel.message.setText(self.tr("Item {item} is answered with C, N or A.").format(item=item.id))
                return
            self.answer(None, Decimal(key - Qt.Key.Key_0))
        elif key == Qt.Key.Key_C or key == Qt.Key.Key_N:
            if item.response != "conform":
                self.panel.message.setText(self.tr("Item {item} takes a score (0–{max}) or A.")
                                           .format(item=item.id, max=number(item.max)) if item.response == "score"
                                           else self.tr("Item {item} takes a text (T) or A.").format(item=item.id))
                return
            self.answer(CONFORM if key == Qt.Key.Key_C else NONCONFORM)
        elif key == Qt.Key.Key_A:
            self.answer(NOT_APPLICABLE)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.answer(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.panel.note_edit.setFocus()
        elif key == Qt.Key.Key_T and item.response == "text":
            self.panel.text_edit.setFocus()
        elif key == Qt.Key.Key_E:
            self.add_evidence()
        elif key == Qt.Key.Key_M:
            self.panel.toggle_severity()
            self.save_typing()
        elif key == Qt.Key.Key_F and self.state.items[row].finding is not None:
            self.panel.corrective_action.setFocus()

    # -- evidence ----------------------------------------------------------------------------------------------------
    def add_evidence(self) -> None:
        item_id = self.current_item_id()
        if item_id is None or self.state is None or not self.state.editable:
            return
        paths = self.dialogs.open_files(self, self.tr("Add evidence to item {item}").format(item=item_id),
                                        self.tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.hwp *.hwpx "
                                                "*.docx *.xlsx *.txt)"))
        for path in paths:
            if not self._store(self.store.add_evidence, item_id, Path(path)):
                break
        self.view.setFocus()

    def remove_evidence(self, key: str) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self._store(self.store.remove_evidence, item_id, key)

    def open_evidence(self, key: str) -> None:
        try:
            filename, data = self.store.evidence(key)
        except Exception as error:
            self.dialogs.show_error(self, error)
            return
        folder = Path(tempfile.mkdtemp(prefix="evidence-"))
        path = folder / filename
        path.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

"""Editing gestures of the board: post-its, links, tags, steps and lanes, in-place editors.

A mixin of :class:`~symetrie_desktop.ui.board.view.BoardView`, kept apart from the
mouse and zoom handling so that each module stays readable. Every method turns one
gesture into one edit pushed on the model; refusals come back through
``model.failed`` as one sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt

from ...commands import board as edits
from ...domain.model import CardKind, LaneKind, Phase
from ...domain.rules import Reason
from .. import ask
from . import style
from .editors import CardEditor, NameEditor
from .style import CARD_W, STEP_HEADER_H

# lupdate reads the context of each call: literals go through translate("BoardView", "…").
translate = QCoreApplication.translate


class EditingMixin:
    """Needs ``self.model``, ``self.board``, ``self.workshop`` and the view's geometry."""

    editor = None
    # -- card edits ---------------------------------------------------------------------------

    def delete_selection(self) -> None:
        ids = self.selected_card_ids()
        if ids:
            self.model.try_push(edits.remove_cards, ids)

    def duplicate_selection(self) -> None:
        ids = self.selected_card_ids()
        if ids:
            edit = self.model.try_push(edits.duplicate_cards, ids)
            if edit is not None and edit.created is not None:
                self.board.select_cards([edit.created])

    def link_selection(self) -> None:
        ids = self.selected_card_ids()
        if len(ids) != 2:
            self.model.refuse(Reason.PICK_A_PAIR)
            return
        self.link(*ids)

    def link(self, first: int, second: int) -> None:
        self.model.try_push(edits.link_cards, first, second)

    def unlink(self, link) -> None:
        self.model.try_push(edits.unlink_cards, link)

    def set_card_fields(self, ids, **fields) -> None:
        """Change kind or author of several cards: one undo step for all of them."""
        if ids:
            self.model.try_push(edits.update_cards, ids, **fields)

    def toggle_tag(self, card_id: int, tag: str) -> None:
        card = self.workshop.cards[card_id]
        tags = tuple(t for t in card.tags if t != tag) if tag in card.tags else (*card.tags, tag)
        self.model.try_push(edits.update_card, card_id, tags=tags)

    # -- in-place editors ---------------------------------------------------------------------

    def _editor_rect(self, scene_rect: QRectF, min_w: int, min_h: int) -> QRect:
        rect = self.mapFromScene(scene_rect).boundingRect()
        rect.setWidth(max(rect.width(), min_w))
        rect.setHeight(max(rect.height(), min_h))
        view = self.viewport().rect()
        rect.moveLeft(max(0, min(rect.left(), view.width() - rect.width())))
        rect.moveTop(max(0, min(rect.top(), view.height() - rect.height())))
        return rect

    def _open(self, editor, rect: QRect) -> None:
        self.close_editor()
        self.editor = editor
        editor.setGeometry(rect)
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.destroyed.connect(lambda *_: self._editor_gone(editor))

    def _editor_gone(self, editor) -> None:
        if self.editor is editor:
            self.editor = None

    def close_editor(self) -> None:
        """Commit an open editor (as leaving it would)."""
        editor, self.editor = self.editor, None
        if editor is not None:
            editor._finish(True)

    def new_card(self, lane_id: int, step_id: int) -> CardEditor:
        """Open an empty post-it at the end of a cell; Enter adds it, an empty text adds none."""
        lay = self.board.layout
        lane = self.workshop.lanes[lane_id]
        experience = lane.kind.is_experience
        kind = self.new_card_kind if experience else CardKind.NOTE
        x, y = lay.slot_pos(lane_id, step_id, len(lay.cells.get((lane_id, step_id), [])))
        self.reveal(QRectF(x, y, CARD_W, style.D.card_h))
        editor = CardEditor(self.viewport(), "", kind, kinds=experience)
        self.set_current_step(step_id)

        def commit(text: str) -> None:
            if not text.strip():
                return
            if experience:
                self.new_card_kind = editor.kind
            edit = self.model.try_push(edits.add_card, lane_id, step_id, editor.kind, text,
                                       self.model.active_author)
            if edit is not None and edit.created is not None:
                self.board.select_cards([edit.created])

        editor.committed.connect(commit)
        self._open(editor, self._editor_rect(QRectF(x, y, CARD_W, style.D.card_h), 260, 120))
        return editor

    def edit_card(self, card_id: int) -> CardEditor:
        card = self.workshop.cards[card_id]
        item = self.board.cards[card_id]
        self.reveal(item.sceneBoundingRect())
        editor = CardEditor(self.viewport(), card.text, card.kind)

        def commit(text: str) -> None:
            if text == card.text:
                return
            if not text.strip():
                self.model.refuse(Reason.CARD_NOT_EMPTIED)
                return
            self.model.try_push(edits.update_card, card_id, text=text)

        editor.committed.connect(commit)
        self._open(editor, self._editor_rect(item.sceneBoundingRect(), 300, 160))
        return editor

    # -- steps and lanes ----------------------------------------------------------------------

    def rename_step(self, step_id: int) -> NameEditor:
        header = self.board.step_headers[step_id]
        editor = NameEditor(self.viewport(), self.workshop.steps[step_id].name)
        editor.committed.connect(
            lambda text: self.model.try_push(edits.update_step, step_id, name=text)
            if text.strip() else None)
        self._open(editor, self._editor_rect(header.sceneBoundingRect(), 200, 34))
        return editor

    def rename_lane(self, lane_id: int) -> NameEditor:
        header = self.board.lane_headers[lane_id]
        rect = header.sceneBoundingRect()
        rect.setHeight(STEP_HEADER_H)
        editor = NameEditor(self.viewport(), self.workshop.lanes[lane_id].name)
        editor.committed.connect(
            lambda text: self.model.try_push(edits.update_lane, lane_id, text)
            if text.strip() else None)
        self._open(editor, self._editor_rect(rect, 200, 34))
        return editor

    def add_step(self, index: int, phase: Phase | None = None) -> int | None:
        steps = self.board.layout.steps
        if phase is None:
            near = steps[min(index, len(steps)) - 1] if steps and index > 0 else None
            phase = near.phase if near else Phase.BEFORE
        name = translate("BoardView", "Nouvelle étape")
        edit = self.model.try_push(edits.add_step, name, phase, index)
        if edit is None or edit.created is None:
            return None
        self.set_current_step(edit.created)
        self.reveal(self.board.step_headers[edit.created].sceneBoundingRect())
        self.rename_step(edit.created)
        return edit.created

    def add_lane(self, kind: LaneKind, index: int | None) -> int | None:
        name = (style.lane_kind_label(kind) if kind != LaneKind.CUSTOM
                else translate("BoardView", "Nouveau couloir"))
        edit = self.model.try_push(edits.add_lane, kind, name, index)
        if edit is None or edit.created is None:
            return None
        self.reveal(self.board.lane_headers[edit.created].sceneBoundingRect())
        self.rename_lane(edit.created)
        return edit.created

    def remove_step(self, step_id: int) -> bool:
        """Remove a step; one holding post-its is removed only after the facilitator agrees."""
        step = self.workshop.steps[step_id]
        count = sum(1 for c in self.workshop.cards.values() if c.step_id == step_id)
        if count and not self._confirm_removal(
                translate("BoardView", "Supprimer l'étape"),
                translate("BoardView", "L'étape « {name} » contient {n} post-it. La supprimer "
                          "avec ses post-it ? (Ctrl+Z la fait revenir.)").format(
                    name=step.name, n=count)):
            return False
        return self.model.try_push(edits.remove_step, step_id) is not None

    def _confirm_removal(self, title: str, question: str) -> bool:
        """Ask before removing a step or a lane that holds post-its; No is the default."""
        return ask.confirm(self, title, question)

    def remove_lane(self, lane_id: int) -> bool:
        lane = self.workshop.lanes[lane_id]
        if lane.kind.is_experience:
            self.model.refuse(Reason.EXPERIENCE_LANE, name=lane.name)
            return False
        count = sum(1 for c in self.workshop.cards.values() if c.lane_id == lane_id)
        if count and not self._confirm_removal(
                translate("BoardView", "Supprimer le couloir"),
                translate("BoardView", "Le couloir « {name} » contient {n} post-it. Le "
                          "supprimer avec ses post-it ? (Ctrl+Z le fait revenir.)").format(
                    name=lane.name, n=count)):
            return False
        return self.model.try_push(edits.remove_lane, lane_id) is not None

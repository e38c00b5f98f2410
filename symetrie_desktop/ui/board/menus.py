"""Right-click menus of the board: on a post-it, on a step or lane header, on an empty cell.

Built fresh for each click from the workshop as it is; every entry calls a method
of the view, so the menus add no behaviour of their own (and tests can trigger an
entry by its text).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from ...domain.model import DIMENSION_TAGS, MOMENT_TAGS, CardKind, LaneKind, Phase
from . import style
from .card_item import CardItem
from .headers import LaneHeaderItem, StepHeaderItem

# lupdate reads the context of each call: literals go through translate("BoardMenu", "…").
translate = QCoreApplication.translate


def _short(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def context_menu(view, pos: QPointF, item) -> QMenu | None:
    if isinstance(item, CardItem):
        return card_menu(view, item.card_id)
    if isinstance(item, StepHeaderItem):
        return step_menu(view, item.step.id)
    if isinstance(item, LaneHeaderItem):
        return lane_menu(view, item.lane.id)
    cell = view.board.layout.cell_at(pos.x(), pos.y())
    if cell is None:
        return None
    menu = QMenu(view)
    menu.addAction(translate("BoardMenu", "Ajouter un post-it ici"), lambda: view.new_card(*cell))
    return menu


def card_menu(view, card_id: int) -> QMenu:
    w = view.workshop
    card = w.cards[card_id]
    selected = view.selected_card_ids()
    ids = selected if card_id in selected else [card_id]
    menu = QMenu(view)
    menu.addAction(translate("BoardMenu", "Modifier le texte…"), lambda: view.edit_card(card_id))
    if w.lanes[card.lane_id].kind.is_experience:
        kinds = menu.addMenu(translate("BoardMenu", "Type"))
        group = QActionGroup(kinds)
        for kind in CardKind:
            action = kinds.addAction(style.kind_label(kind),
                                     lambda k=kind: view.set_card_fields(ids, kind=k))
            action.setCheckable(True)
            action.setChecked(card.kind == kind)
            group.addAction(action)
    tags = menu.addMenu(translate("BoardMenu", "Étiquettes"))
    for group_tags in (MOMENT_TAGS, DIMENSION_TAGS):
        for tag in group_tags:
            action = tags.addAction(style.tag_label(tag),
                                    lambda t=tag: view.toggle_tag(card_id, t))
            action.setCheckable(True)
            action.setChecked(tag in card.tags)
        tags.addSeparator()
    authors = menu.addMenu(translate("BoardMenu", "Auteur"))
    none = authors.addAction(translate("BoardMenu", "Sans auteur"),
                             lambda: view.set_card_fields(ids, author_id=None))
    none.setCheckable(True)
    none.setChecked(card.author_id is None)
    for p in w.ordered_participants():
        action = authors.addAction(p.name,
                                   lambda pid=p.id: view.set_card_fields(ids, author_id=pid))
        action.setCheckable(True)
        action.setChecked(card.author_id == p.id)
    menu.addSeparator()
    if len(selected) == 2 and card_id in selected:
        menu.addAction(translate("BoardMenu", "Lier ces deux post-it\tL"), view.link_selection)
    links = [x for x in w.links if card_id in (x.customer_card_id, x.employee_card_id)]
    for link in sorted(links, key=lambda x: (x.customer_card_id, x.employee_card_id)):
        other = link.employee_card_id if link.customer_card_id == card_id else link.customer_card_id
        text = _short(w.cards[other].text) if other in w.cards else "?"
        menu.addAction(translate("BoardMenu", "Délier de « {text} »").format(text=text),
                       lambda x=link: view.unlink(x))
    menu.addSeparator()
    menu.addAction(translate("BoardMenu", "Dupliquer\tCtrl+D"), view.duplicate_selection)
    menu.addAction(translate("BoardMenu", "Supprimer\tSuppr"), view.delete_selection)
    return menu


def step_menu(view, step_id: int) -> QMenu:
    w = view.workshop
    step = w.steps[step_id]
    index = [s.id for s in w.ordered_steps()].index(step_id)
    menu = QMenu(view)
    menu.addAction(translate("BoardMenu", "Renommer l'étape"), lambda: view.rename_step(step_id))
    phases = menu.addMenu(translate("BoardMenu", "Phase"))
    group = QActionGroup(phases)
    for phase in Phase:
        action = phases.addAction(
            style.phase_label(phase),
            lambda p=phase: view.model.try_push(_edits().update_step, step_id, phase=p))
        action.setCheckable(True)
        action.setChecked(step.phase == phase)
        group.addAction(action)
    menu.addSeparator()
    menu.addAction(translate("BoardMenu", "Insérer une étape avant"),
                   lambda: view.add_step(index, step.phase))
    menu.addAction(translate("BoardMenu", "Insérer une étape après"),
                   lambda: view.add_step(index + 1, step.phase))
    menu.addSeparator()
    menu.addAction(translate("BoardMenu", "Supprimer l'étape…"), lambda: view.remove_step(step_id))
    return menu


def lane_menu(view, lane_id: int) -> QMenu:
    w = view.workshop
    lane = w.lanes[lane_id]
    order = [x.id for x in w.ordered_lanes()]
    menu = QMenu(view)
    menu.addAction(translate("BoardMenu", "Renommer le couloir"), lambda: view.rename_lane(lane_id))
    insert = menu.addMenu(translate("BoardMenu", "Ajouter un couloir"))
    for kind in (LaneKind.ACTORS, LaneKind.CHANNELS, LaneKind.TOOLS, LaneKind.INDICATORS,
                 LaneKind.CUSTOM):
        insert.addAction(style.lane_kind_label(kind),
                         lambda k=kind: view.add_lane(k, order.index(lane_id) + 1))
    menu.addSeparator()
    remove = menu.addAction(translate("BoardMenu", "Supprimer le couloir…"),
                            lambda: view.remove_lane(lane_id))
    if lane.kind.is_experience:
        remove.setToolTip(translate("BoardMenu",
                                    "Les couloirs client et collaborateur sont toujours là."))
    return menu


def _edits():
    from ...commands import board

    return board

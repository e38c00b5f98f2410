"""The decision pages and the board's own widgets, built in English, show no French.

The workshop is the demo with every text people typed replaced by neutral words
("Card 12", "Step 3"), so whatever French is left on screen is the interface's own:
buttons, labels, tabs, group titles, column headers, placeholders, menus, tooltips,
combo items and the captions of the lists.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from symetrie_desktop.commands import Document
from symetrie_desktop.domain.model import CardKind

FRENCH = re.compile(
    r"[àâçéèêëîïôûùœÀÂÇÉÈÊÎÔÛŒ«»]|\b(le|la|les|des|du|un|une|au|aux|et|est|sont|pas|ne|ce|ces"
    r"|sur|de|dans|pour|avec|sans|aucun|aucune|tous|toutes|étape|couloir|idée|porteur)\b"
    r"|\b[cdlnjq]u?'|\w [:;?!]", re.IGNORECASE)


def french_in(text: str) -> str | None:
    text = re.sub(r"<[^>]+>", " ", text).replace("Symétrie", "")
    found = FRENCH.search(text)
    return found.group(0) if found else None


def neutral(w):
    """The demo's structure (cards, links, ideas, votes, actions) with neutral words."""
    w.info = replace(w.info, title="Workshop", organization="Org", facilitator="Host",
                     objective="Goal")
    w.cards.update({k: replace(c, text=f"Card {k}") for k, c in w.cards.items()})
    w.steps.update({k: replace(s, name=f"Step {k}") for k, s in w.steps.items()})
    w.lanes.update({k: replace(x, name=f"Lane {k}") for k, x in w.lanes.items()})
    w.participants.update({k: replace(p, name=f"Person {k}", department="Dept")
                           for k, p in w.participants.items()})
    w.ideas.update({k: replace(i, text=f"Idea {k}", theme=f"Theme {k % 3}" if i.theme else "")
                    for k, i in w.ideas.items()})
    w.actions.update({k: replace(a, title=f"Action {k}", owner="Person 1" if a.owner else "")
                      for k, a in w.actions.items()})
    return w


@pytest.fixture
def english_model(english, tmp_path, demo):
    from symetrie_desktop.ui.model import WorkshopModel

    doc = Document.create(tmp_path / "neutral.symetrie", neutral(demo))
    model = WorkshopModel(doc)
    yield model
    model.close()


def columns(model, parent) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def item_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    root = QModelIndex()
    orientations = (Qt.Orientation.Horizontal, Qt.Orientation.Vertical)
    for orientation, count in zip(orientations, (columns(model, root),
                                                 model.rowCount(root)), strict=True):
        for n in range(min(count, 50)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(n, orientation, role)
                if isinstance(value, str) and not (orientation == Qt.Orientation.Vertical
                                                   and value.isdigit()):
                    out.append(value)

    def walk(parent, depth=0):
        for row in range(min(model.rowCount(parent), 60)):
            for col in range(columns(model, parent)):
                index = model.index(row, col, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.UserRole + 10):
                    value = index.data(role)
                    if isinstance(value, str):
                        out.append(value)
                if depth < 2 and col == 0 and model.rowCount(index) > 0:
                    walk(index, depth + 1)

    walk(root)
    return out


def action_texts(actions) -> list[str]:
    out = []
    for action in actions:
        out += [action.text(), action.toolTip() if action.toolTip() != action.text() else ""]
        if action.menu() is not None:
            out += action_texts(action.menu().actions())
    return out


def chrome(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible string of ``root`` and its children."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = type(w).__name__
        texts = [w.toolTip(), w.accessibleName(), w.windowTitle(), w.statusTip()]
        if isinstance(w, QAbstractButton | QLabel):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit | QPlainTextEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
            texts += [w.tabToolTip(i) for i in range(w.count())]
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView):
            texts += item_texts(w)
        texts += action_texts(w.actions())
        found += [(name, t) for t in texts if t]
    return found


def assert_english(where: str, strings) -> None:
    french = [(w, t, french_in(t)) for w, t in strings if french_in(t)]
    assert not french, f"French left in {where}: {french[:10]}"


def test_decision_pages_speak_english(english_model, qtbot):
    from symetrie_desktop.ui.decide import decision_pages

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for title, page in decision_pages(english_model, tabs):
        tabs.addTab(page, title)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Cross matrix", "Brainstorm and vote", "Action plan", "Insights"]
    tabs.resize(1400, 900)
    tabs.show()
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)  # a page refreshes when shown
        qtbot.waitExposed(tabs.widget(i))
        assert_english(tabs.tabText(i), chrome(tabs.widget(i)))
    strings = [t for _w, t in chrome(tabs)]
    assert "Priority 1" in " ".join(strings)
    assert "Owner" in strings and "Due date" in strings


def test_board_widgets_speak_english(english_model, qtbot):
    from symetrie_desktop.ui.board import menus
    from symetrie_desktop.ui.board.editors import CardEditor, NameEditor
    from symetrie_desktop.ui.board.view import BoardView
    from symetrie_desktop.ui.capture_bar import CaptureBar
    from symetrie_desktop.ui.participants import ParticipantDialog, ParticipantsPanel

    view = BoardView(english_model)
    qtbot.addWidget(view)
    bar = CaptureBar(english_model, view)
    qtbot.addWidget(bar)
    panel = ParticipantsPanel(english_model)
    qtbot.addWidget(panel)
    dialog = ParticipantDialog(panel, None, "#1f77b4")
    qtbot.addWidget(dialog)
    editor = CardEditor(view.viewport(), "", CardKind.IRRITANT, kinds=True)
    name_editor = NameEditor(view.viewport(), "Step 1")
    for where, widget in [("capture bar", bar), ("participants", panel),
                          ("participant dialog", dialog), ("post-it editor", editor),
                          ("name editor", name_editor)]:
        assert_english(where, chrome(widget))
    assert "Shift+Enter" in editor.placeholderText()

    w = english_model.workshop
    card = w.links and sorted(w.links, key=lambda x: x.customer_card_id)[0].customer_card_id
    step, lane = w.ordered_steps()[0], w.ordered_lanes()[0]
    built: list[QMenu] = [menus.card_menu(view, card), menus.step_menu(view, step.id),
                          menus.lane_menu(view, lane.id)]
    strings = [("menu", t) for m in built for t in action_texts(m.actions())]
    assert_english("board menus", strings)
    texts = [t for _w, t in strings]
    assert "Delete\tDel" in texts and "Tags" in texts and "Pain point" in texts
    assert any(t.startswith("Unlink from “Card ") for t in texts)


def test_start_screen_speaks_english(english, qtbot):
    from symetrie_desktop.ui.start_screen import StartScreen

    screen = StartScreen()
    qtbot.addWidget(screen)
    strings = chrome(screen)
    assert_english("start screen", strings)
    assert "Opening a bank account" in [t for _w, t in strings]


def test_the_french_check_sees_french(qapp):
    """The detector used above: French chrome is caught, English and neutral data pass."""
    assert french_in("Supprimer l'étape")
    assert french_in("Étiquettes")
    assert french_in("Idée :")
    assert not french_in("Delete the step")
    assert not french_in("Step 3: Card 12 — Person 4")
    assert not french_in("<b>Symétrie</b> 1.0")


def test_actions_of_a_window_menu_are_collected(qapp):
    menu = QMenu()
    sub = menu.addMenu("Outer")
    sub.addAction(QAction("Intérieur", sub))
    assert french_in(" ".join(action_texts(menu.actions())))

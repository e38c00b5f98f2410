"""Participants pasted as a list into the participants panel, driven with the keys, then the
file on disk read back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from symetrie_desktop.commands.roster import RosterError, parse_roster
from symetrie_desktop.domain.model import Office


def test_a_pasted_list_adds_everyone_as_one_undo_step(window, qtbot, ui):
    before = [p.name for p in window.model.workshop.ordered_participants()]
    QGuiApplication.clipboard().setText(
        "Léa Roux ; Accueil ; front\r\n"
        "Marc Petit\tFacturation\tback-office\n"   # cells copied from a spreadsheet
        "\n"
        "Zoé Martin;;\n")
    panel = window.participants
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    people = ui.on_disk(window).ordered_participants()
    assert [p.name for p in people] == [*before, "Léa Roux", "Marc Petit", "Zoé Martin"]
    added = people[-3:]
    assert [(p.department, p.office) for p in added] == [
        ("Accueil", Office.FRONT), ("Facturation", Office.BACK), ("", None)]
    assert len({p.colour for p in added}) == 3
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [p.name for p in ui.on_disk(window).ordered_participants()] == before


def test_a_bad_line_is_named_and_nothing_is_added(window, qtbot, ui):
    before = len(window.model.workshop.participants)
    QGuiApplication.clipboard().setText("Léa Roux;Accueil;front\nMarc Petit;Facturation;milieu\n")
    window.participants.list.setFocus()
    qtbot.keyClick(window.participants.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(ui.on_disk(window).participants) == before
    assert "ligne 2" in window.last_message and "milieu" in window.last_message


def test_parse_roster_reads_both_separators():
    lines = parse_roster("A;B;back\nC\tD\n  \n")
    assert [(x.name, x.department, x.office) for x in lines] == [
        ("A", "B", Office.BACK), ("C", "D", None)]
    try:
        parse_roster("A;B;maybe")
    except RosterError as e:
        assert (e.line, e.value) == (1, "maybe")
    else:
        raise AssertionError("a bad office was accepted")

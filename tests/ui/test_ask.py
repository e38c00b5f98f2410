"""Questions to the facilitator go through one module, and no test can wait on a dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from symetrie_desktop.ui import ask


def test_a_question_nobody_scripted_fails_instead_of_waiting(dialogs, qapp):
    with pytest.raises(AssertionError, match="unexpected dialog"):
        ask.confirm(None, "Supprimer", "Vraiment ?")
    assert [q.kind for q in dialogs.unexpected] == [ask.CONFIRM]
    dialogs.unexpected.clear()  # seen and expected here: the fixture need not fail the test


def test_a_dialog_opened_around_the_module_fails_at_once(qapp):
    with pytest.raises(AssertionError, match="go through"):
        QMessageBox.question(None, "Titre", "Question ?")
    with pytest.raises(AssertionError, match="go through"):
        QFileDialog.getSaveFileName(None, "Titre", "", "")


def test_scripted_answers_are_given_in_order_and_typed(dialogs, qapp, tmp_path):
    dialogs.expect(ask.CONFIRM, True).expect(ask.SAVE_PATH, str(tmp_path / "a.pdf"))
    dialogs.expect(ask.OPEN_PATH, "").expect(ask.NUMBER, 900)
    assert ask.confirm(None, "Titre", "Oui ?") is True
    assert ask.save_path(None, "Titre", tmp_path / "x.pdf", "PDF (*.pdf)") == tmp_path / "a.pdf"
    assert ask.open_path(None, "Titre", tmp_path, "*") is None  # cancelled
    assert ask.number(None, "Durée", "minutes", 5, 1, 600) == 600  # kept within bounds
    assert [q.kind for q in dialogs.asked] == ["confirm", "save", "open", "number"]
    assert dialogs.asked[1].default == str(tmp_path / "x.pdf")


def test_a_page_that_fails_to_build_fails_loudly_when_first_shown(qtbot, demo_file, monkeypatch):
    from symetrie_desktop.ui.decide import matrix_page
    from symetrie_desktop.ui.main_window import MainWindow

    def broken(*_args, **_kwargs):
        raise RuntimeError("page cassée")

    monkeypatch.setattr(matrix_page, "MatrixPage", broken)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.open_file(demo_file)  # the board opens; the page is made when first shown
    index = win.tabs.index_of_key("MatrixPage")
    with qtbot.captureExceptions() as raised:
        win.tabs.setCurrentIndex(index)  # the facilitator clicks the tab
    assert [str(e[1]) for e in raised] == ["page cassée"]
    with pytest.raises(RuntimeError, match="page cassée"):
        win.tabs.page(index)
    win.close()

"""A workshop is made in the interface's language and keeps it; Qt's own dialogs speak the
interface's language too."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLabel, QTreeView

from symetrie_desktop.cli import main
from symetrie_desktop.exchange.templates import blank, from_template, templates
from symetrie_desktop.resources import resource
from symetrie_desktop.store import load_file

from .conftest import language


def test_new_from_a_template_in_english(tmp_path, capsys):
    out = tmp_path / "shop.symetrie"
    assert main(["new", str(out), "--template", "ecommerce", "--lang", "en"]) == 0
    w = load_file(out)
    french = from_template("ecommerce")
    steps = [s.name for s in w.ordered_steps()]
    assert steps[0] == "Discovering the offer" and steps[-1] == "Reviews and loyalty"
    assert [s.phase for s in w.ordered_steps()] == [s.phase for s in french.ordered_steps()]
    assert not set(steps) & {s.name for s in french.ordered_steps()}
    assert [x.name for x in w.ordered_lanes()][:2] == ["Customer experience",
                                                       "Employee experience"]
    assert w.info.title == "E-commerce order and delivery"
    blank_out = tmp_path / "blank.symetrie"
    assert main(["new", str(blank_out), "--lang", "en"]) == 0
    b = load_file(blank_out)
    assert b.info.title == "New workshop"
    assert [s.name for s in b.ordered_steps()] == ["Before the purchase", "Purchase",
                                                    "After the purchase"]


@pytest.mark.parametrize("name", [t.name for t in templates()])
def test_every_template_has_an_english_twin_with_the_same_journey(name):
    fr, en = from_template(name), from_template(name, lang="en")
    assert [(s.phase, s.position) for s in fr.ordered_steps()] == [
        (s.phase, s.position) for s in en.ordered_steps()]
    assert [x.kind for x in fr.ordered_lanes()] == [x.kind for x in en.ordered_lanes()]
    doc = json.loads(resource("templates", "en", f"{name}.json").read_text(encoding="utf-8"))
    words = " ".join([doc["template"]["label"], doc["workshop"]["objective"],
                      *(s["name"] for s in doc["steps"]), *(x["name"] for x in doc["lanes"])])
    for french in ("é", "è", "à", "’", " et ", " du ", " de "):
        assert french not in words, (name, french)
    assert blank(lang="en").info.title != blank().info.title


def test_a_new_workshop_follows_the_english_interface_and_stays_english_in_french(
        qapp, qtbot, tmp_path, dialogs):
    from symetrie_desktop.ui.main_window import MainWindow

    with language("en"):
        win = MainWindow()
        qtbot.addWidget(win)
        dialogs.expect("save", str(tmp_path / "mine"))
        assert win.new_workshop("installation")
        assert dialogs.asked[0].default.endswith("workshop.symetrie")
        win.close()
    w = load_file(tmp_path / "mine.symetrie")
    assert w.ordered_steps()[0].name == "Eligibility check and choice of offer"
    # reopened in the French interface, the workshop keeps its own words
    french = MainWindow()
    qtbot.addWidget(french)
    assert french.open_file(tmp_path / "mine.symetrie")
    names = [s.name for s in french.model.workshop.ordered_steps()]
    assert names == [s.name for s in w.ordered_steps()]
    assert french.model.workshop.lane_of_kind(w.ordered_lanes()[0].kind).name == \
        "Customer experience"
    french.close()


ENGLISH = ("look in", "file name", "files of type", "cancel", "open", "save", "back",
           "forward", "parent directory", "create new folder", "list view", "detail view",
           "name", "size", "date modified", "all files", "directory", "computer")


def test_the_french_file_dialog_has_no_english_label(qapp, qtbot, tmp_path):
    """Qt's own non-native file dialog, as the French interface shows it."""
    with language("fr"):
        for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
            dialog = QFileDialog(None, "Ouvrir un atelier", str(tmp_path),
                                 "Ateliers Symétrie (*.symetrie);;Tous les fichiers (*)")
            qtbot.addWidget(dialog)
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.setAcceptMode(mode)
            dialog.show()
            qtbot.waitExposed(dialog)
            texts = [w.text() for w in dialog.findChildren(QLabel)]
            texts += [t for b in dialog.findChildren(QAbstractButton)
                      for t in (b.text(), b.toolTip())]
            for view in dialog.findChildren(QTreeView):
                model = view.model()
                texts += [str(model.headerData(k, view.header().orientation()))
                          for k in range(model.columnCount())]
            texts = [t.replace("&", "").strip() for t in texts if t and t.strip()]
            assert len(texts) >= 10 and any("Voir dans" in t for t in texts), texts
            english = [t for t in texts
                       if t.lower().rstrip(" :\u00a0") in ENGLISH]
            assert not english, english
            combos = dialog.findChildren(QComboBox)
            assert combos
            dialog.close()


def test_english_layouts_fit_the_step_column_and_the_curve_legend(qapp, qtbot, demo_doc):
    from symetrie_desktop.ui.decide.curve import SymmetryCurve
    from symetrie_desktop.ui.main_window import MainWindow

    with language("en"):
        win = MainWindow()
        qtbot.addWidget(win)
        win.resize(1920, 1080)
        win.show()
        demo_doc.close()
        assert win.open_file(demo_doc.path)
        win.tabs.setCurrentIndex(1)
        page = win.tabs.currentWidget()
        view = page.counts_view
        qtbot.waitExposed(win)
        header = view.horizontalHeader()
        for col in range(1, 7):  # two-line headers, none cut
            text = view.model().headerData(col, header.orientation())
            assert "\n" in text
            assert all(view.fontMetrics().horizontalAdvance(line) <= header.sectionSize(col)
                       for line in text.split("\n")), text
        longest = max((s.name for s in win.model.workshop.steps.values()
                       if len(s.name) <= 26), key=len)
        assert header.sectionSize(0) >= view.fontMetrics().horizontalAdvance(longest) + 8
        curve = SymmetryCurve()
        qtbot.addWidget(curve)
        fm = curve.fontMetrics()
        curve.resize(560, 300)
        assert curve._note_wraps() and curve._plot_rect().top() >= 3 * fm.height()
        curve.resize(1400, 300)
        assert not curve._note_wraps() and curve._plot_rect().top() < 3 * fm.height()
        win.close()

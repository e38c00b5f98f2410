"""Due dates in the plan follow the chosen locale, not a format written in the code."""

from PySide6.QtCore import QLocale, Qt

from symetrie_desktop.ui.decide.plan_page import COL_DUE, PlanTableModel
from symetrie_desktop.ui.model import WorkshopModel


def due_texts(model: PlanTableModel) -> list[str]:
    return [model.data(model.index(r, COL_DUE), Qt.ItemDataRole.DisplayRole)
            for r in range(model.rowCount())]


def test_due_dates_follow_the_locale(qtbot, demo_doc):
    table = PlanTableModel(WorkshopModel(demo_doc))
    table.refresh()
    saved = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        french = due_texts(table)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        american = due_texts(table)
    finally:
        QLocale.setDefault(saved)
    assert "15/01/2027" in french  # the demo's first action is due on 2027-01-15
    assert "1/15/27" in american

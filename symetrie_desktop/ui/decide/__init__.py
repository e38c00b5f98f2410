"""The decision views: cross matrix, brainstorm and vote, action plan, insights.

Each page is a widget over the one :class:`WorkshopModel`; it re-reads
``model.workshop`` when the model says something changed and pushes edits on the
model's undo stack, exactly like the board.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..model import WorkshopModel


def decision_pages(
    model: WorkshopModel, parent: QWidget | None = None
) -> list[tuple[str, QWidget]]:
    """The pages the main window shows after the board, as (tab title, widget)."""
    from .insights_page import InsightsPage
    from .matrix_page import MatrixPage
    from .plan_page import PlanPage
    from .vote_page import VotePage

    translate = QCoreApplication.translate  # lupdate reads the context at each call
    return [
        (translate("Decide", "Matrice croisée"), MatrixPage(model, parent)),
        (translate("Decide", "Brainstorm et vote"), VotePage(model, parent)),
        (translate("Decide", "Plan d'actions"), PlanPage(model, parent)),
        (translate("Decide", "Enseignements"), InsightsPage(model, parent)),
    ]

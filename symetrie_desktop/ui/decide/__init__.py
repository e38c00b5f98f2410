"""The decision views: cross matrix, brainstorm and vote, action plan, insights.

Each page is a widget over the one :class:`WorkshopModel`; it re-reads
``model.workshop`` when the model says something changed and pushes edits on the
model's undo stack, exactly like the board.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..model import WorkshopModel


def decision_page_makers(
    model: WorkshopModel, parent: QWidget | None = None
) -> list[tuple[str, str, Callable[[], QWidget]]]:
    """(tab title, page class name, maker) for each page: the main window makes a page when
    its tab is first shown, so that opening a file builds only the board."""

    def maker(module: str, name: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            from importlib import import_module

            return getattr(import_module(f"{__name__}.{module}"), name)(model, parent)

        return make

    translate = QCoreApplication.translate  # lupdate reads the context at each call
    return [
        (translate("Decide", "Matrice croisée"), "MatrixPage", maker("matrix_page", "MatrixPage")),
        (translate("Decide", "Brainstorm et vote"), "VotePage", maker("vote_page", "VotePage")),
        (translate("Decide", "Plan d'actions"), "PlanPage", maker("plan_page", "PlanPage")),
        (translate("Decide", "Enseignements"), "InsightsPage",
         maker("insights_page", "InsightsPage")),
    ]


def decision_pages(
    model: WorkshopModel, parent: QWidget | None = None
) -> list[tuple[str, QWidget]]:
    """The pages the main window shows after the board, as (tab title, widget), all made
    now (the window itself makes each one on first show, see :func:`decision_page_makers`)."""
    return [(title, make()) for title, _key, make in decision_page_makers(model, parent)]

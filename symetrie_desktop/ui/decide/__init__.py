"""The decision views: cross matrix, brainstorm and vote, action plan, insights."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..model import WorkshopModel


def decision_pages(model: WorkshopModel, parent: QWidget | None = None) -> list[tuple[str, QWidget]]:
    """The pages the main window shows after the board, as (tab title, widget)."""
    return []

"""The pages for what comes after the workshop: the follow-up review, the mirror survey and
the self-diagnosis. Same contract as :mod:`..decide`: views over the one model."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..model import WorkshopModel


def after_page_makers(
    model: WorkshopModel, parent: QWidget | None = None
) -> list[tuple[str, str, Callable[[], QWidget]]]:
    """(tab title, page class name, maker): made when their tab is first shown."""

    def maker(module: str, name: str) -> Callable[[], QWidget]:
        def make() -> QWidget:
            from importlib import import_module

            return getattr(import_module(f"{__name__}.{module}"), name)(model, parent)

        return make

    translate = QCoreApplication.translate
    return [
        (translate("After", "Suivi"), "FollowUpPage", maker("followup_page", "FollowUpPage")),
        (translate("After", "Enquête miroir"), "MirrorPage", maker("mirror_page", "MirrorPage")),
        (translate("After", "Autodiagnostic"), "DiagnosisPage",
         maker("diagnosis_page", "DiagnosisPage")),
    ]


def after_pages(model: WorkshopModel, parent: QWidget | None = None) -> list[tuple[str, QWidget]]:
    """The pages, all made now."""
    return [(title, make()) for title, _key, make in after_page_makers(model, parent)]

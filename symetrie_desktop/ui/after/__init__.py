"""The pages for what comes after the workshop: the follow-up review, the mirror survey and
the self-diagnosis. Same contract as :mod:`..decide`: views over the one model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..model import WorkshopModel


def after_pages(model: WorkshopModel, parent: QWidget | None = None) -> list[tuple[str, QWidget]]:
    from .diagnosis_page import DiagnosisPage
    from .followup_page import FollowUpPage
    from .mirror_page import MirrorPage

    translate = QCoreApplication.translate
    return [
        (translate("After", "Suivi"), FollowUpPage(model, parent)),
        (translate("After", "Enquête miroir"), MirrorPage(model, parent)),
        (translate("After", "Autodiagnostic"), DiagnosisPage(model, parent)),
    ]

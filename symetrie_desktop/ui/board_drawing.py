"""The board drawn into a picture while the window keeps living (« Exporter le tableau »).

The board's items are Qt graphics items: only the window's thread may draw them. At 5,000
post-its the picture is 2,400 × 22,000 px, drawn in 3 s and encoded as PNG in 4 more: done
at once, the window and the projector froze for 7 s with no sign of life. Here the picture
is drawn band by band (:class:`~.board.picture.BoardRender`), one band per turn of the
event loop, behind a dialog whose Annuler stops it; :mod:`.export_actions` then encodes and
writes the file on a pool thread, as it writes the summary.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..domain.model import Workshop
from .board.picture import BoardRender
from .export_actions import progress_dialog


class BoardDrawing(QObject):
    """Draws ``workshop``'s board ``width`` pixels wide; emits :attr:`drawn` with the image,
    or :attr:`cancelled`."""

    drawn = Signal(object)  # the QImage
    cancelled = Signal()

    def __init__(self, workshop: Workshop, parent: QWidget, width: int = 2400,
                 band: int = 200) -> None:
        super().__init__(parent)
        self.render = BoardRender(workshop, width, band)
        self.dialog = progress_dialog(parent, self.tr("Exporter le tableau"),
                                      self.tr("Dessin du tableau…"), self.tr("Annuler"),
                                      self.render.height)
        self.dialog.hide()  # shown by start()
        self.dialog.canceled.connect(self.cancel)
        self.timer = QTimer(self)
        self.timer.setInterval(0)  # a band, then whatever the window has to do, then the next
        self.timer.timeout.connect(self._band)

    def start(self) -> None:
        self.dialog.show()
        self.timer.start()

    def cancel(self) -> None:
        if self.timer.isActive():
            self._end()
            self.cancelled.emit()

    def _band(self) -> None:
        done = self.render.step()
        self.dialog.setValue(min(self.render.done, self.render.height - 1))
        if done:
            self._end()
            self.drawn.emit(self.render.image)

    def _end(self) -> None:
        self.timer.stop()
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

"""File menu entries for the summary: PDF, plan CSV, Markdown, Excel, PowerPoint, printing.

The PDF of a 5,000-post-it workshop takes a couple of seconds, so it is written off the UI
thread, from a snapshot of the workshop taken on the UI thread (the values are frozen
dataclasses, only the dicts are copied), with a progress dialog that can cancel it. The
workbook and the deck take about a second for a usual workshop and several for thousands of
post-its (3.8 s each at 5,000): written at once, they froze the window and the projector
for that long, so they are written the same way, with a busy dialog (no Annuler: each is
one call of its library, and it writes its file atomically at the end). The CSV and the
Markdown take milliseconds and are written at once. "Imprimer…" writes the PDF to a
temporary file and hands it to the system's viewer, which prints it.

The main window calls :func:`install_export_actions` once; ``model`` may be a
:class:`WorkshopModel` or a callable returning the current one (or None).
"""

from __future__ import annotations

import copy
import dataclasses
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QProgressDialog, QWidget

from ..domain.model import Workshop
from . import ask
from .model import WorkshopModel

if TYPE_CHECKING:
    from .board_drawing import BoardDrawing

ModelSource = WorkshopModel | Callable[[], WorkshopModel | None]


def render_report(*args, **kwargs) -> int:
    """The report writer (imported late: reportlab is only needed when exporting)."""
    from ..report import render_report as render

    return render(*args, **kwargs)


class ExportCancelled(Exception):
    """Raised in the worker when the facilitator pressed Annuler; nothing is written."""


def snapshot(workshop: Workshop) -> Workshop:
    """A copy the worker can read while the room keeps editing the original."""
    return dataclasses.replace(
        workshop,
        **{f.name: copy.copy(getattr(workshop, f.name)) for f in dataclasses.fields(workshop)},
    )


def progress_dialog(parent: QWidget, title: str, label: str, cancel_text: str | None,
                    maximum: int) -> QProgressDialog:
    """The window-modal dialog of an export in progress, shown at once, kept open until
    the export closes it (``maximum`` 0: busy, with no percentage)."""
    dialog = QProgressDialog(label, cancel_text, 0, maximum, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


class _JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(str, int)
    failed = Signal(str)
    cancelled = Signal()


#: What a background export runs: (workshop, path, lang, progress) -> pages, rows or slides.
Writer = Callable[[Workshop, Path, str, Callable[[int, int], None]], int]


def _write_pdf(workshop: Workshop, path: Path, lang: str, progress) -> int:
    return render_report(workshop, path, lang=lang, progress=progress)


def _write_xlsx(workshop: Workshop, path: Path, lang: str, _progress) -> int:
    from ..exchange.xlsx_export import write_xlsx

    return write_xlsx(workshop, path, lang)


def _write_pptx(workshop: Workshop, path: Path, lang: str, _progress) -> int:
    from ..report.deck import write_deck

    return write_deck(workshop, path, lang)


class ReportJob(QRunnable):
    """Writes one file (the PDF, the workbook or the deck) on a pool thread and reports
    through signals living on the UI thread."""

    def __init__(self, workshop: Workshop, path: Path, lang: str,
                 write: Writer = _write_pdf) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.workshop = workshop
        self.path = path
        self.lang = lang
        self.write = write
        self.cancel_requested = False
        self.signals = _JobSignals()

    def _progress(self, done: int, total: int) -> None:
        if self.cancel_requested:
            raise ExportCancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            pages = self.write(self.workshop, self.path, self.lang, self._progress)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except OSError as e:
            self.signals.failed.emit(e.strerror or str(e))
        except Exception as e:  # a report bug must not take the workshop down with it
            self.signals.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.signals.finished.emit(str(self.path), pages)


class ExportActions(QObject):
    """The four actions and the export in progress (one at a time)."""

    #: A PDF was written: its path and its number of pages (also for Imprimer…).
    pdfWritten = Signal(str, int)
    #: A workbook or a deck was written off the UI thread: its path.
    officeWritten = Signal(str)
    #: An export ended without a file: cancelled, or failed (the message is shown too).
    exportEnded = Signal()

    def __init__(
        self, window: QWidget, menu: QMenu, model: ModelSource, before: QAction | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self._before = before
        self._model = model
        self.job: ReportJob | None = None
        self.drawing: BoardDrawing | None = None  # the board's picture being drawn
        self._done_text: str | None = None  # the status once the file is written, if not
        # the usual « Exporté : … »
        self._office = False  # the job in progress writes a workbook or a deck
        self._then: Callable[[], object] | None = None  # run once the job has written its file
        self._last_job: ReportJob | None = None
        self.dialog: QProgressDialog | None = None
        self.last_message = ""
        self._open_when_done = False
        self.pdf_action = self._add(menu, self.tr("Exporter la synthèse (PDF)…"), self.export_pdf)
        self.csv_action = self._add(
            menu, self.tr("Exporter le plan d'actions (CSV)…"), self.export_plan
        )
        self.md_action = self._add(
            menu, self.tr("Exporter la synthèse (Markdown)…"), self.export_markdown
        )
        self.xlsx_action = self._add(
            menu, self.tr("Exporter l'atelier pour Excel (XLSX)…"), self.export_xlsx
        )
        self.pptx_action = self._add(
            menu, self.tr("Exporter le diaporama du comité (PowerPoint)…"), self.export_pptx
        )
        self.print_action = self._add(menu, self.tr("Imprimer…"), self.print_summary)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.actions = [self.pdf_action, self.csv_action, self.md_action, self.xlsx_action,
                        self.pptx_action, self.print_action]

    def _add(self, menu: QMenu, text: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setProperty("needsWorkshop", True)
        action.triggered.connect(lambda *_: slot())
        if self._before is not None:
            menu.insertAction(self._before, action)
        else:
            menu.addAction(action)
        return action

    @property
    def model(self) -> WorkshopModel | None:
        return self._model if isinstance(self._model, WorkshopModel) else self._model()

    @staticmethod
    def language() -> str:
        try:
            from .i18n import current_language

            return current_language()
        except Exception:  # no language set-up (tests, scripts): the default
            return "fr"

    # -- choosing a file --------------------------------------------------------------------

    def _ask(self, title: str, default_name: str, file_filter: str, suffix: str) -> Path | None:
        model = self.model
        if model is None:
            return None
        folder = model.document.path.parent
        path = ask.save_path(self.window, title, folder / default_name, file_filter)
        if path is None:
            return None
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _stem(self) -> str:
        model = self.model
        return model.document.path.stem if model is not None else "atelier"

    # -- the PDF, off the UI thread ---------------------------------------------------------

    def export_pdf(self, path: Path | None = None) -> bool:
        if self.job is not None or self.model is None:
            return False
        if path is None:
            path = self._ask(
                self.tr("Exporter la synthèse"),
                self.tr("{name} - synthèse.pdf").format(name=self._stem()),
                self.tr("Document PDF (*.pdf)"),
                ".pdf",
            )
            if path is None:
                return False
        self._open_when_done = False
        return self._start(Path(path))

    def print_summary(self) -> bool:
        """Write the PDF to a temporary file and open it in the system's viewer to print."""
        if self.job is not None or self.model is None:
            return False
        folder = Path(tempfile.mkdtemp(prefix="symetrie-"))
        self._open_when_done = True
        return self._start(folder / f"{self._stem()}.pdf")

    def _start(self, path: Path) -> bool:
        return self._background(path, _write_pdf, self.tr("Écriture de la synthèse…"),
                                self.tr("Synthèse"), office=False)

    def _background(self, path: Path, write: Writer, label: str, title: str,
                    office: bool) -> bool:
        """Write ``path`` on a pool thread from a snapshot taken now, behind a window-modal
        dialog: the PDF's shows its progress and can be cancelled, the Office files' only
        say that they are being written."""
        model = self.model
        if model is None or self.job is not None:
            return False
        job = ReportJob(snapshot(model.workshop), path, self.language(), write)
        cancel_text = None if office else self.tr("Annuler")
        dialog = progress_dialog(self.window, title, label, cancel_text, 0 if office else 100)
        dialog.canceled.connect(self.cancel)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self.job, self.dialog, self._office = job, dialog, office
        for action in self.actions:
            action.setEnabled(False)
        dialog.show()
        QThreadPool.globalInstance().start(job)
        return True

    @property
    def busy(self) -> bool:
        """An export is being made: the board's picture drawn, or a file written."""
        return self.job is not None or self.drawing is not None

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel_requested = True

    def when_done(self, then: Callable[[], object]) -> None:
        """Run ``then`` once the export in progress has written its file or was cancelled
        (closing the window waits so: its worker writes from a snapshot, and a window torn
        down under it lost the file). A failure does not run it: its message stays shown."""
        self._then = then

    def _then_once(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            QTimer.singleShot(0, then)

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and total and not self._office:
            self.dialog.setValue(min(99, 100 * done // total))

    def _finish(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
        # Keep the job alive: its thread may still be returning from run() after the signal.
        self._last_job = self.job
        self.job = self.dialog = None
        for action in self.actions:
            action.setEnabled(True)

    def _on_finished(self, path: str, pages: int) -> None:
        office = self._office
        self._finish()
        if office:
            done, self._done_text = self._done_text, None
            self._status(done or self.tr("Exporté : {name}").format(name=Path(path).name))
            self.officeWritten.emit(path)
            self._then_once()
            return
        if self._open_when_done:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
            self._status(self.tr("Synthèse ouverte pour impression ({n} pages).").format(n=pages))
        else:
            self._status(
                self.tr("Synthèse enregistrée : {name} ({n} pages).").format(
                    name=Path(path).name, n=pages
                )
            )
        self.pdfWritten.emit(path, pages)
        self._then_once()

    def _on_failed(self, why: str) -> None:
        office, path = self._office, self.job.path if self.job is not None else None
        self._then = None  # the window stays, with the message
        self._finish()
        if office and path is not None:
            self._warn(self.tr("« {name} » n'a pas pu être écrit ({why}).").format(
                name=path.name, why=why))
        else:
            self._warn(self.tr("La synthèse n'a pas pu être écrite ({why}).").format(why=why))
        self.exportEnded.emit()

    def _on_cancelled(self) -> None:
        self._finish()
        self._status(self.tr("Export de la synthèse annulé : aucun fichier écrit."))
        self.exportEnded.emit()
        self._then_once()

    # -- the board's picture: drawn here, band by band, encoded off the UI thread ----------

    def export_png(self, path: Path | None = None) -> bool:
        """The whole board as a PNG picture: drawn on the window's thread a band at a time
        behind a dialog with Annuler (:mod:`.board_drawing`), then encoded and written on
        a pool thread behind a busy dialog, the file written whole or not at all."""
        model = self.model
        if model is None or self.busy:
            return False
        if path is None:
            path = self._ask(self.tr("Exporter le tableau (PNG)"),
                             self.tr("{name} - tableau.png").format(name=self._stem()),
                             self.tr("Images PNG (*.png)"), ".png")
            if path is None:
                return False
        path = Path(path)
        path = path if path.suffix.lower() == ".png" else path.with_name(path.name + ".png")
        from .board_drawing import BoardDrawing

        drawing = self.drawing = BoardDrawing(snapshot(model.workshop), self.window)
        for action in self.actions:
            action.setEnabled(False)
        drawing.drawn.connect(lambda image: self._picture_drawn(path, image))
        drawing.cancelled.connect(self._picture_cancelled)
        drawing.start()
        return True

    def _picture_drawn(self, path: Path, image) -> None:
        self.drawing = None

        def write(_workshop, target: Path, _lang, _progress) -> int:
            from ..disk import write_atomic
            from .board.picture import png_bytes

            write_atomic(target, png_bytes(image))
            return 1

        self._done_text = self.tr("Tableau exporté : {path}").format(path=path)
        self._background(path, write, self.tr("Écriture de l'image…"),
                         self.tr("Exporter le tableau"), office=True)

    def _picture_cancelled(self) -> None:
        self.drawing = None
        for action in self.actions:
            action.setEnabled(True)
        self._status(self.tr("Export du tableau annulé : aucun fichier écrit."))
        self.exportEnded.emit()
        self._then_once()

    # -- the quick exports ------------------------------------------------------------------

    def export_plan(self, path: Path | None = None) -> bool:
        from ..report.plan_csv import write_plan_csv

        return self._quick(
            path,
            write_plan_csv,
            self.tr("Exporter le plan d'actions"),
            self.tr("{name} - plan d'actions.csv").format(name=self._stem()),
            self.tr("Tableur CSV (*.csv)"),
            ".csv",
        )

    def export_markdown(self, path: Path | None = None) -> bool:
        from ..report.markdown import write_markdown

        return self._quick(
            path,
            write_markdown,
            self.tr("Exporter la synthèse en Markdown"),
            self.tr("{name} - synthèse.md").format(name=self._stem()),
            self.tr("Markdown (*.md)"),
            ".md",
        )

    def export_xlsx(self, path: Path | None = None) -> bool:
        return self._office_export(
            path,
            _write_xlsx,
            self.tr("Exporter l'atelier pour Excel"),
            self.tr("{name}.xlsx").format(name=self._stem()),
            self.tr("Classeur Excel (*.xlsx)"),
            ".xlsx",
            self.tr("Écriture du classeur Excel…"),
        )

    def export_pptx(self, path: Path | None = None) -> bool:
        return self._office_export(
            path,
            _write_pptx,
            self.tr("Exporter le diaporama du comité"),
            self.tr("{name} - comité.pptx").format(name=self._stem()),
            self.tr("Présentation PowerPoint (*.pptx)"),
            ".pptx",
            self.tr("Écriture du diaporama…"),
        )

    def _office_export(self, path, write, title, default_name, file_filter, suffix,
                       label) -> bool:
        if self.job is not None or self.model is None:
            return False
        if path is None:
            path = self._ask(title, default_name, file_filter, suffix)
            if path is None:
                return False
        return self._background(Path(path), write, label, title, office=True)

    def _quick(self, path, write, title, default_name, file_filter, suffix) -> bool:
        model = self.model
        if model is None:
            return False
        if path is None:
            path = self._ask(title, default_name, file_filter, suffix)
            if path is None:
                return False
        try:
            write(model.workshop, path, self.language())
        except OSError as e:
            self._warn(
                self.tr("« {name} » n'a pas pu être écrit ({why}).").format(
                    name=Path(path).name, why=e.strerror or e
                )
            )
            return False
        self._status(self.tr("Exporté : {name}").format(name=Path(path).name))
        return True

    # -- telling the facilitator ------------------------------------------------------------

    def _status(self, text: str) -> None:
        self.last_message = text
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 10000)

    def _warn(self, text: str) -> None:
        """A problem, shown without blocking the room (the main window's own way if it has one)."""
        self.last_message = text
        show = getattr(self.window, "show_message", None)
        if callable(show):
            show(text)
            return
        ask.notice(self.window, self.tr("Symétrie"), text)


def install_export_actions(
    window: QWidget, menu: QMenu, model: ModelSource, before: QAction | None = None
) -> ExportActions:
    """Add Exporter la synthèse (PDF)…, Exporter le plan d'actions (CSV)…, Exporter la
    synthèse (Markdown)… and Imprimer… to ``menu`` (before the action ``before`` if given);
    returns the object that owns them. The actions carry ``needsWorkshop`` like the main
    window's own, so its enabling rule covers them."""
    return ExportActions(window, menu, model, before)

"""The list of training runs: how each went and what changed since the one before.

Checking runs overlays their curves on the learning curves; each run keeps one colour, in the
list and in the plot.
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..engine.runs import RunRecord, shown_note
from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from ..spec import Project, SpecError, project_from_dict
from ..spec.diff import describe_changes
from .. import colours

# The live run is drawn in blue and orange; earlier runs take the palette's other colours, in turn
# (colour-blind safe, like the live pair: see colours.py).
RUN_COLOURS = tuple(colour for colour in colours.CATEGORICAL if colour not in (colours.TRAINING, colours.VALIDATION))

COLUMNS = (  # shown through translate_marked("RunsView", ...)
    QT_TRANSLATE_NOOP("RunsView", "Run"),
    QT_TRANSLATE_NOOP("RunsView", "Started"),
    QT_TRANSLATE_NOOP("RunsView", "Took"),
    QT_TRANSLATE_NOOP("RunsView", "Epochs"),
    QT_TRANSLATE_NOOP("RunsView", "Best val_loss"),
    QT_TRANSLATE_NOOP("RunsView", "Final val_loss"),
    QT_TRANSLATE_NOOP("RunsView", "Changes since the run before"),
)
RACE_NOTE = "race: "  # the note of a race's copies begins so (race_control's RACE_NOTE, kept in the runs file)
_RUN, _STARTED, _TOOK, _EPOCHS, _BEST, _FINAL, _CHANGES = range(len(COLUMNS))
_NUMBER_COLUMNS = (_TOOK, _EPOCHS, _BEST, _FINAL)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NUMBER_ROLE = Qt.ItemDataRole.UserRole


def run_colour(number: int) -> QColor:
    return QColor(RUN_COLOURS[(number - 1) % len(RUN_COLOURS)])


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour.darker(130))
    painter.setBrush(colour)
    painter.drawRoundedRect(1, 1, 12, 12, 3, 3)
    painter.end()
    return QIcon(pixmap)


def _duration(seconds: float) -> str:
    if seconds < 60:
        if seconds < 10:
            return translate("RunsView", "{seconds:.1f} s").format(seconds=seconds)
        return translate("RunsView", "{seconds:.0f} s").format(seconds=seconds)
    minutes, rest = divmod(round(seconds), 60)
    if minutes < 60:
        return translate("RunsView", "{minutes} min {seconds:02d} s").format(minutes=minutes, seconds=rest)
    return translate("RunsView", "{hours} h {minutes:02d} min").format(hours=minutes // 60, minutes=minutes % 60)


def _started(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.date() == datetime.now().date():
        return moment.strftime("%H:%M")
    # The month's name in the interface's language (QLocale), not the C library's locale.
    return QLocale().toString(QDateTime(moment), "d MMM HH:mm")


def _loss(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.4g}" if math.isfinite(value) else "NaN"


def _project(run: RunRecord) -> Project | None:
    try:
        return project_from_dict(run.project)
    except SpecError:
        return None


def changes_between(before: RunRecord | None, run: RunRecord) -> list[str]:
    """What the user changed between two runs ([] for the same settings); the first run says so."""
    if before is None:
        return [translate("RunsView", "first run")]
    old, new = _project(before), _project(run)
    if old is None or new is None:
        return [translate("RunsView", "(the settings of one of these runs cannot be read)")]
    return describe_changes(old, new)


def _note(note: str) -> str:
    """A run's note as shown: a race's copy says so in the window's language (the file keeps "race: ")."""
    if note.startswith(RACE_NOTE):
        return translate("RunsView", "race: {verdict}").format(verdict=note.removeprefix(RACE_NOTE))
    return shown_note(note)


class RunList(QWidget):
    """Every run of the project, newest first, each with a check box that overlays its curves."""

    checked_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runs: list[RunRecord] = []
        self._tree = QTreeWidget()
        self._tree.setColumnCount(len(COLUMNS))
        self._tree.setHeaderLabels([translate_marked("RunsView", title) for title in COLUMNS])
        self._tree.setAccessibleName(translate("RunsView", "Training runs"))
        self._tree.setAccessibleDescription(
            translate("RunsView", "Every run of the project, newest first; check a run to draw its curves")
        )
        self._tree.setRootIsDecorated(False)
        self._tree.setAlternatingRowColors(True)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self._tree.header()
        header.setStretchLastSection(True)
        for column in range(_CHANGES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        titles = self._tree.headerItem()
        for column in _NUMBER_COLUMNS:
            titles.setTextAlignment(column, _RIGHT)
        titles.setToolTip(_BEST, translate("RunsView", "The lowest validation loss of any epoch (lower is better)."))
        titles.setToolTip(_FINAL, translate("RunsView", "The validation loss after the last epoch trained."))
        titles.setToolTip(_RUN, translate("RunsView", "Check runs to draw their curves with the live ones."))
        # Long changes wrap inside their column rather than run off its edge, and at least four
        # runs stay in sight however the splitter above is dragged.
        self._tree.setWordWrap(True)
        line = self._tree.fontMetrics().height() + 6
        self._tree.setMinimumHeight(line * 5 + 8)  # the header and four one-line runs
        self._tree.itemChanged.connect(self._item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._tree)

    def runs(self) -> list[RunRecord]:
        return list(self._runs)

    def set_runs(self, runs: list[RunRecord]) -> None:
        """Show another project's runs; nothing stays checked."""
        was_checked = bool(self.checked_runs())
        self._runs = sorted(runs, key=lambda run: run.number)
        with QSignalBlocker(self._tree):
            self._tree.clear()
            before: RunRecord | None = None
            for run in self._runs:
                self._tree.insertTopLevelItem(0, self._row(run, before))
                before = run
        if was_checked:
            self.checked_changed.emit()

    def add_run(self, run: RunRecord) -> None:
        """Append a run that just finished; it shows at the top, unchecked."""
        before = self._runs[-1] if self._runs else None
        self._runs.append(run)
        with QSignalBlocker(self._tree):
            self._tree.insertTopLevelItem(0, self._row(run, before))
        self._tree.scrollToTop()

    def check_newest(self) -> None:
        """Draw the newest run's curves (a reopened trained project shows how it was trained)."""
        if self._tree.topLevelItemCount():
            self._tree.topLevelItem(0).setCheckState(_RUN, Qt.CheckState.Checked)

    def checked_runs(self) -> list[RunRecord]:
        """The checked runs, oldest first."""
        checked = set()
        for index in range(self._tree.topLevelItemCount()):
            item = self._tree.topLevelItem(index)
            if item.checkState(_RUN) == Qt.CheckState.Checked:
                checked.add(item.data(_RUN, _NUMBER_ROLE))
        return [run for run in self._runs if run.number in checked]

    def _row(self, run: RunRecord, before: RunRecord | None) -> QTreeWidgetItem:
        changes = changes_between(before, run)
        best = _loss(run.best_val_loss)
        if run.best_val_loss is not None:
            epoch = run.history["val_loss"].index(run.best_val_loss) + run.first_epoch
            restored = run.restored_best and run.best_epoch == epoch
            if restored:
                best += translate("RunsView", " (epoch {epoch}, restored)").format(epoch=epoch)
            else:
                best += translate("RunsView", " (epoch {epoch})").format(epoch=epoch)
        final = _loss(run.final_val_loss)
        epochs = str(run.epochs)
        if run.first_epoch > 1:
            epochs += f" ({run.first_epoch}–{run.last_epoch})"
        if run.stopped_early:
            epochs += translate("RunsView", " (stopped early)")
        # one change a line: a row grows rather than hiding changes behind "…"
        notes = [f"({_note(run.note)})"] if run.note else []
        change_text = "\n".join((changes or [translate("RunsView", "nothing changed")]) + notes)
        item = QTreeWidgetItem([
            translate("RunsView", "Run {number}").format(number=run.number), _started(run.started),
            _duration(run.seconds), epochs, best, final, change_text,
        ])  # fmt: skip
        item.setData(_RUN, _NUMBER_ROLE, run.number)
        item.setIcon(_RUN, _swatch(run_colour(run.number)))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(_RUN, Qt.CheckState.Unchecked)
        for column in _NUMBER_COLUMNS:
            item.setTextAlignment(column, _RIGHT)
        item.setToolTip(_STARTED, run.started.replace("T", " "))
        item.setToolTip(_CHANGES, change_text)
        if run.restored_best:
            item.setToolTip(
                _BEST, translate("RunsView", "Early stopping restored the weights of epoch {epoch}.").format(epoch=run.best_epoch)
            )
        return item

    @Slot(QTreeWidgetItem, int)
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == _RUN:
            self.checked_changed.emit()

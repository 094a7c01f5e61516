"""What the trained network predicts: its validation rows beside the true answers, the figures a
course uses, and predictions for a new table.

The network runs on the engine thread, which keeps the trained model; the threshold slider only recounts
answers already computed, so it follows the mouse.
"""

from __future__ import annotations

import functools
import html
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import pyqtgraph as pg

from ..engine import jobs
from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked, upper
from .. import colours
from .chart_table import Cell, ChartAccess, ChartData
from .engine_client import EngineClient
from .panel import PROBLEM_COLOR
from .table_model import FrameTableModel

if TYPE_CHECKING:  # the engine's prediction module loads pandas and scikit-learn
    from ..engine.predict import Figures, Predictions

CSV_FILTER = QT_TRANSLATE_NOOP("Predictions", "Tables (*.csv *.tsv *.txt);;All files (*)")
POINT_COLOUR = QColor(colours.TRAINING)  # the learning curves' training colour
SHOWN_DIGITS = 4  # decimals in the validation table
TABLE_ROWS = 5000  # rows in a chart's table at most: the chart still draws every point
FIGURE_HELP = {  # shown through translate_marked("Predictions", …)
    "MAE": QT_TRANSLATE_NOOP(
        "Predictions", "Mean absolute error: how far off a prediction is on average, in the target's own units."
    ),
    "RMSE": QT_TRANSLATE_NOOP("Predictions", "Root mean squared error: like MAE, but large misses count more."),
    "R²": QT_TRANSLATE_NOOP(
        "Predictions",
        "How much of the target's spread the network explains: 1 is perfect, 0 is no better than always "
        "guessing the average.",
    ),
    "accuracy": QT_TRANSLATE_NOOP("Predictions", "The share of validation rows the network gets right."),
    "precision": QT_TRANSLATE_NOOP("Predictions", "Of the rows predicted to be the class, the share that truly are."),
    "recall": QT_TRANSLATE_NOOP("Predictions", "Of the rows that truly are the class, the share the network finds."),
}
WAITING = QT_TRANSLATE_NOOP("Predictions", "Train the network to see what it predicts for the validation rows.")


def _short(value: float) -> str:
    """Three significant digits, but never scientific notation for a number in the thousands."""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"


# The predictions table's column names and yes/no cells, as shown (the table written to CSV keeps them).
TABLE_WORDS = {
    "row": QT_TRANSLATE_NOOP("Predictions", "row"),
    "actual": QT_TRANSLATE_NOOP("Predictions", "actual"),
    "predicted": QT_TRANSLATE_NOOP("Predictions", "predicted"),
    "error": QT_TRANSLATE_NOOP("Predictions", "error"),
    "probability": QT_TRANSLATE_NOOP("Predictions", "probability"),
    "right": QT_TRANSLATE_NOOP("Predictions", "right"),
    "yes": QT_TRANSLATE_NOOP("Predictions", "yes"),
    "no": QT_TRANSLATE_NOOP("Predictions", "no"),
}


def _table_words(word: str) -> str:
    return translate_marked("Predictions", TABLE_WORDS[word]) if word in TABLE_WORDS else word


def _figure_text(figures: Figures, rows: int) -> str:
    shown = " &nbsp;·&nbsp; ".join(
        f"<span title='{html.escape(translate_marked('Predictions', FIGURE_HELP.get(name, '')))}'>"
        f"{html.escape(translate_marked('Predict', name))} <b>{value:.3f}</b></span>"
        for name, value in figures.values.items()
    )
    rows_text = html.escape(translate("Predictions", "on {rows:,} validation rows").format(rows=rows))
    return f"{shown} &nbsp;&nbsp;<span style='color: gray'>{rows_text}</span>"


class ConfusionMatrix(QTableWidget):
    """Counts of validation rows by true class (rows) and predicted class (columns); right answers on the diagonal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Predictions", "Confusion matrix"))
        self.setAccessibleDescription(
            translate(
                "Predictions",
                "Rows are the true classes, columns the predicted ones; the right answers are on the diagonal.",
            )
        )
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setToolTip(
            translate("Predictions", "Each row counts the validation rows of one true class by the class the network predicted.")
        )

    def set_counts(self, counts: np.ndarray, labels: list[str]) -> None:
        size = len(labels)
        self.setRowCount(size)
        self.setColumnCount(size)
        predicted = translate("Predictions", "predicted\n{label}")
        actual = translate("Predictions", "actual {label}")
        self.setHorizontalHeaderLabels([predicted.format(label=label) for label in labels])
        self.setVerticalHeaderLabels([actual.format(label=label) for label in labels])
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        most = max(int(counts.max()), 1)
        bold = QFont(self.font())
        bold.setBold(True)
        for row in range(size):
            for column in range(size):
                count = int(counts[row, column])
                item = QTableWidgetItem(f"{count:,}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                hue = QColor(52, 120, 230) if row == column else QColor(230, 80, 60)
                share = 0.08 + 0.55 * count / most if count else 0.0
                item.setBackground(QBrush(QColor(*(round(b + (h - b) * share) for b, h in
                                                   zip(base.getRgb()[:3], hue.getRgb()[:3])))))
                item.setForeground(QBrush(text))
                if row == column:
                    item.setFont(bold)
                if row == column:
                    tip = translate("Predictions", "{count:,} validation rows of class '{actual}' predicted as '{predicted}' (right)")
                else:
                    tip = translate("Predictions", "{count:,} validation rows of class '{actual}' predicted as '{predicted}' (wrong)")
                item.setToolTip(tip.format(count=count, actual=labels[row], predicted=labels[column]))
                self.setItem(row, column, item)


class PredictionsPanel(QWidget):
    """show_results() after training; "Predict a CSV…" for new rows."""

    row_chosen = Signal(int)  # a validation row to trace through the network (its row of the table, from 0)

    def __init__(self, engine: EngineClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine  # the trained model is the one the engine keeps for engine.owner
        self._available = False  # a trained model is there to predict with
        self._predictions: Predictions | None = None
        self._generation = 0  # results of an older show_results are dropped
        # What the scatter plot draws: (actual, predicted, row in the source table or None), finite points only.
        self._scattered: tuple[np.ndarray, np.ndarray, np.ndarray | None] | None = None
        self._figures: Figures | None = None  # the figures shown, at the threshold chosen

        self.figures_label = QLabel(translate_marked("Predictions", WAITING))
        self.figures_label.setWordWrap(True)
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.predict_button = QPushButton(translate("Predictions", "Predict a CSV…"))
        self.predict_button.setToolTip(
            translate(
                "Predictions",
                "Choose a table with the same columns as the training data; the network's predictions are saved "
                "as a new CSV beside it",
            )
        )
        self.predict_button.setEnabled(False)
        self.predict_button.clicked.connect(lambda: self.predict_csv())
        top = QHBoxLayout()
        top.addWidget(self.figures_label, 1)
        top.addWidget(self.predict_button)

        self.table_model = FrameTableModel(self, shown_words=_table_words)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(translate("Predictions", "Validation predictions"))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(translate("Predictions", "Double-click a row (or press Enter) to trace it through the network"))
        self.table.doubleClicked.connect(lambda index: self._trace(index.row()))  # not ``activated``: see DataPanel
        trace_action = QAction(translate("Predictions", "Trace This Row Through the Network"), self.table)
        trace_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        trace_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        trace_action.triggered.connect(lambda: self._trace(self.table.currentIndex().row()))
        self.table.addAction(trace_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.chart_pages = QStackedWidget()
        self.chart_pages.addWidget(self._build_scatter())
        self.chart_pages.addWidget(self._build_confusion())

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.chart_pages)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([370, 430])
        self.results = split

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.addLayout(top)
        column.addWidget(split, 1)
        column.addWidget(self.message)
        split.hide()

    def _build_scatter(self) -> QWidget:
        palette = self.palette()
        foreground = palette.color(QPalette.ColorRole.Text)
        self.scatter_view = pg.PlotWidget(background=palette.color(QPalette.ColorRole.Base))
        self.scatter_view.setAccessibleName(translate("Predictions", "Predicted against actual values"))
        self.scatter_view.setAccessibleDescription(
            translate(
                "Predictions",
                "Each dot is a validation row: its true value across, the prediction up. "
                "The table lists the same numbers.",
            )
        )
        plot = self.scatter_view.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.showGrid(x=True, y=True, alpha=0.15)
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setPen(foreground)
            axis.setTextPen(foreground)
            axis.enableAutoSIPrefix(False)
        self.ideal_line = pg.PlotDataItem(pen=pg.mkPen(foreground, width=1, style=Qt.PenStyle.DashLine))
        self.points = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush(POINT_COLOUR.red(), POINT_COLOUR.green(),
                                                                            POINT_COLOUR.blue(), 150))
        plot.addItem(self.ideal_line)
        plot.addItem(self.points)
        self.scatter_note = QLabel(
            translate("Predictions", "Each dot is a validation row; on the dashed line the prediction would be exact.")
        )
        self.scatter_note.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scatter_view, 1)
        self.scatter_access = ChartAccess(self.scatter_view, self.chart_data)
        layout.addWidget(self.scatter_access)
        layout.addWidget(self.scatter_note)
        return page

    def _build_confusion(self) -> QWidget:
        self.confusion = ConfusionMatrix()
        self.threshold_slider = QSlider(Qt.Orientation.Horizontal)
        self.threshold_slider.setRange(1, 99)
        self.threshold_slider.setValue(50)
        self.threshold_slider.setAccessibleName(translate("Predictions", "Threshold"))
        self.threshold_slider.setToolTip(
            translate(
                "Predictions",
                "Above this probability the network's answer counts as the second class. Lower it to find more of "
                "that class (higher recall) at the price of more false alarms (lower precision).",
            )
        )
        self.threshold_label = QLabel(f"{self.threshold:.2f}")
        self.threshold_slider.valueChanged.connect(self._threshold_moved)
        self.threshold_row = QWidget()
        row = QHBoxLayout(self.threshold_row)
        row.setContentsMargins(0, 0, 0, 0)
        threshold_caption = QLabel(translate("Predictions", "Threshold"))
        threshold_caption.setBuddy(self.threshold_slider)
        row.addWidget(threshold_caption)
        row.addWidget(self.threshold_slider, 1)
        row.addWidget(self.threshold_label)
        self.figures_note = QLabel()
        self.figures_note.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.confusion, 1)
        self.confusion_access = ChartAccess(self.confusion, self.confusion_data)
        self.confusion_access.table_button.hide()  # the matrix is a table already: only its sentence is added
        layout.addWidget(self.confusion_access)
        layout.addWidget(self.threshold_row)
        layout.addWidget(self.figures_note)
        return page

    # Validation rows ---------------------------------------------------------------------------
    @property
    def threshold(self) -> float:
        return self.threshold_slider.value() / 100

    def show_results(self) -> None:
        """Predict the validation rows with the trained model the engine keeps, on the engine thread."""
        self._available = True
        self._generation += 1
        generation = self._generation
        self.predict_button.setEnabled(True)
        self.figures_label.setText(translate("Predictions", "Working out the predictions for the validation rows…"))
        self.engine.submit(
            functools.partial(jobs.validation_predictions, owner=self.engine.owner),
            lambda predictions: self._predictions_ready(generation, predictions),
            lambda message: self._predictions_failed(generation, message),
        )

    def clear(self) -> None:
        """Forget the trained network (the project changed or a new run starts)."""
        self._generation += 1
        self._available = False
        self._predictions = None
        self.predict_button.setEnabled(False)
        self.figures_label.setText(translate_marked("Predictions", WAITING))
        self.results.hide()
        self.message.hide()
        self.table_model.set_frame(None)
        self._scattered = None
        self._figures = None
        self.scatter_access.refresh()
        self.confusion_access.refresh()

    def _predictions_ready(self, generation: int, predictions: Predictions) -> None:
        if generation != self._generation:
            return
        self._predictions = predictions
        task = predictions.task
        self.chart_pages.setCurrentIndex(0 if task.kind == "regression" else 1)
        self.threshold_row.setVisible(task.kind == "binary")
        if task.kind == "regression":
            self._draw_scatter(predictions)
        self.results.show()
        self._update_figures()

    def _trace(self, shown: int) -> None:
        predictions = self._predictions
        if predictions is not None and predictions.rows is not None and 0 <= shown < len(predictions.rows):
            self.row_chosen.emit(int(predictions.rows[shown]))

    def _predictions_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.results.hide()
        self.figures_label.setText(f"<span style='color: {PROBLEM_COLOR}'>{html.escape(message)}</span>")

    def _draw_scatter(self, predictions: Predictions) -> None:
        actual, predicted = predictions.actual, predictions.predicted()
        finite = np.isfinite(actual) & np.isfinite(predicted)
        self.points.setData(actual[finite], predicted[finite])
        rows = predictions.rows[finite] if predictions.rows is not None and len(predictions.rows) == len(actual) else None
        self._scattered = (actual[finite], predicted[finite], rows)
        both = np.concatenate([actual[finite], predicted[finite]])
        if both.size:
            low, high = float(both.min()), float(both.max())
            self.ideal_line.setData([low, high], [low, high])
        plot = self.scatter_view.getPlotItem()
        target = predictions.task.target
        plot.setLabel("bottom", translate("Predictions", "actual {target}").format(target=target))
        plot.setLabel("left", translate("Predictions", "predicted {target}").format(target=target))
        self.scatter_access.refresh()

    def chart_data(self) -> ChartData | None:
        """The predicted-against-actual chart in words and numbers: how far off the points are, and each point."""
        predictions, scattered = self._predictions, self._scattered
        if predictions is None or scattered is None or predictions.task.kind != "regression":
            return None
        actual, predicted, rows = scattered
        target = predictions.task.target
        title = translate("Predictions", "Predicted against actual {target}").format(target=target)
        columns = [
            translate("Predictions", "actual {target}").format(target=target),
            translate("Predictions", "predicted {target}").format(target=target),
            translate("Predictions", "error"),
        ]
        if rows is not None:
            columns.insert(0, translate("Predictions", "row"))
        table: list[list[Cell]] = []
        for place in range(min(len(actual), TABLE_ROWS)):
            cells: list[Cell] = [float(actual[place]), float(predicted[place]), float(predicted[place] - actual[place])]
            table.append(([int(rows[place]) + 1] if rows is not None else []) + cells)  # numbered as the Data tab does
        if not len(actual):
            return ChartData(title, translate("Predictions", "No validation row has a prediction to draw."), columns, table)
        misses = np.abs(predicted - actual)
        capped = (
            translate("Predictions", "; the table lists the first {shown:,}").format(shown=TABLE_ROWS)
            if len(actual) > TABLE_ROWS
            else ""
        )
        summary = translate(
            "Predictions",
            "On {rows:,} validation rows the predictions are off by {mae} on average (MAE) and by {worst} at most{capped}.",
        ).format(rows=len(actual), mae=_short(float(misses.mean())), worst=_short(float(misses.max())), capped=capped)
        return ChartData(title, summary, columns, table)

    def confusion_data(self) -> ChartData | None:
        """The confusion matrix in one sentence: how many rows are right, and the most frequent mistake."""
        if self._predictions is None:
            return None
        figures = self._figures
        if figures is None or figures.confusion is None:
            return None
        counts, labels = figures.confusion, figures.labels
        total, right = int(counts.sum()), int(np.trace(counts))
        title = translate("Predictions", "Confusion matrix")
        columns = [translate("Predictions", "actual"), *labels]
        table: list[list[Cell]] = [[label, *(int(c) for c in counts[row])] for row, label in enumerate(labels)]
        wrong = counts.copy()
        np.fill_diagonal(wrong, 0)
        if right == total:
            summary = translate("Predictions", "The network gets all {rows:,} validation rows right.").format(rows=total)
        else:
            actual, predicted = np.unravel_index(int(np.argmax(wrong)), wrong.shape)
            summary = translate(
                "Predictions",
                "The network gets {right:,} of {rows:,} validation rows right; its most frequent mistake is taking "
                "'{actual}' for '{predicted}' ({count:,} rows).",
            ).format(
                right=right, rows=total, actual=labels[actual], predicted=labels[predicted],
                count=int(wrong[actual, predicted]),
            )  # fmt: skip
        return ChartData(title, summary, columns, table)

    @Slot(int)
    def _threshold_moved(self, value: int) -> None:
        self.threshold_label.setText(f"{value / 100:.2f}")
        if self._predictions is not None:
            self._update_figures()

    def _update_figures(self) -> None:
        predictions = self._predictions
        assert predictions is not None
        threshold = self.threshold
        figures = self._figures = predictions.figures(threshold)
        self.figures_label.setText(_figure_text(figures, len(predictions.actual)))
        table = predictions.table(threshold)
        numbers = table.select_dtypes("float").columns
        table[numbers] = table[numbers].round(SHOWN_DIGITS)
        self.table_model.set_frame(table)
        self.table.resizeColumnsToContents()
        if figures.confusion is not None:
            self.confusion.set_counts(figures.confusion, figures.labels)
            self.figures_note.setText(upper(figures.note[0]) + figures.note[1:] + ".")
        self.confusion_access.refresh()

    # New rows ---------------------------------------------------------------------------------
    def ask_open_csv(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("Predictions", "Predict a table"), "", translate_marked("Predictions", CSV_FILTER)
        )
        return Path(name) if name else None

    def ask_save_csv(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("Predictions", "Save the predictions"), str(suggested), translate_marked("Predictions", CSV_FILTER)
        )
        return Path(name) if name else None

    def predict_csv(self, path: Path | None = None, out: Path | None = None) -> None:
        """Predict every row of a table with the trained network and save it with the predictions added."""
        if not self._available:
            return
        path = path or self.ask_open_csv()
        if path is None:
            return
        out = out or self.ask_save_csv(path.with_name(f"{path.stem}-predictions.csv"))
        if out is None:
            return
        if out.resolve() == path.resolve():
            self._say(
                translate("Predictions", "Not saved: {name} is the table being predicted; choose another file name.").format(
                    name=out.name
                ),
                problem=True,
            )
            return
        self.predict_button.setEnabled(False)
        self._say(translate("Predictions", "Predicting {name}…").format(name=path.name))
        self.engine.submit(
            functools.partial(jobs.predict_csv, owner=self.engine.owner, path=path, out=out, threshold=self.threshold),
            self._csv_done,
            self._csv_failed,
            keep_when_stale=True,  # the file is written either way: say so
        )

    def _csv_done(self, answer: tuple[Path, int, list[str]]) -> None:
        out, rows, notes = answer
        self.predict_button.setEnabled(self._available)
        text = translate("Predictions", "Saved {rows:,} rows with their predictions to {out}.").format(rows=rows, out=out)
        if notes:
            text = translate("Predictions", "{saved} Note: {notes}.").format(saved=text, notes="; ".join(notes))
        self._say(text)

    def _csv_failed(self, message: str) -> None:
        self.predict_button.setEnabled(self._available)
        self._say(translate("Predictions", "Nothing was saved: {message}.").format(message=message), problem=True)

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet(f"color: {PROBLEM_COLOR};" if problem else "")
        self.message.setText(text)
        self.message.show()

    def wait(self) -> None:
        """Block until the engine has finished the predictions asked for (tests)."""
        self.engine.wait()

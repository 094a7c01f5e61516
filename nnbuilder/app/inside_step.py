"""The window's side of looking inside one step: the row trace on the Network tab, Step and
Step ×10, and the learning-rate finder (a mixin over the window). The work is done by engine jobs on the model the engine keeps for the
window; the answers go to the session, and the views render them."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot

from ..engine import jobs
from ..engine.checks import is_linear_unit
from ..i18n import translate
from .landscape_view import LandscapeView
from .lr_finder_view import LRFinderView
from .session import Change
from .step_view import StepView

if TYPE_CHECKING:  # the engine's modules behind these load pandas; the window paints first
    from ..engine.landscape import Landscape
    from ..engine.lr_find import LRFinding
    from ..engine.trace import RowTrace
    from .window import MainWindow

RETRACE_DELAY_MS = 300


def _plain(value: object) -> str:
    """A table's value as a student reads it: 179 rather than 179.0, 124.2 rather than 124.2103."""
    return f"{value:.4g}" if isinstance(value, float) else str(value)


class InsideStepMixin:
    """Single steps and the learning-rate finder, for MainWindow."""

    def _connect_inside(self: MainWindow) -> None:
        self.step_view: StepView | None = None
        self.rate_view: LRFinderView | None = None
        self._steps_pending = False
        self._step_start_note = ""
        self.training_controls.step_clicked.connect(self.take_steps)
        self.training_controls.find_rate_clicked.connect(self.find_rate)
        self.training_controls.landscape_clicked.connect(self.show_landscape)
        self.landscape_view: LandscapeView | None = None
        self.document.changed.connect(self._offer_landscape)
        self.training.running_changed.connect(self._offer_landscape)
        self.session.connect(Change.STEPPED, self._session_stepped)
        self.session.connect(Change.RESET, self._inside_views_reset)
        self.session.connect(Change.RUN_STARTED, self._steps_forgotten)
        self._traced_row: tuple[int, bool] | None = None  # (row, Dropout as in training) of the trace shown
        self._trace_weights = ""  # which weights the shown trace went through, in words
        self.trace_bar.trace_requested.connect(self.trace_row)
        self.trace_bar.cleared.connect(self._trace_cleared)
        self.data_panel.row_chosen.connect(self._data_row_chosen)
        self.predictions.row_chosen.connect(self._data_row_chosen)
        self.session.connect(Change.TRAINED, self._trace_again)
        self.session.connect(Change.RESET, self.trace_bar.clear)
        # An edit traces the row again, once the typing pauses: not a model built per key.
        self._retrace_timer = QTimer(self)
        self._retrace_timer.setSingleShot(True)
        self._retrace_timer.setInterval(RETRACE_DELAY_MS)
        self._retrace_timer.timeout.connect(self._trace_again)
        self.document.changed.connect(self._network_changed)
        self.data_panel.summary_changed.connect(self._rows_known)
        self.stack.selectionModel().currentChanged.connect(self._show_traced_layer)

    @property
    def busy(self: MainWindow) -> bool:
        """Training, a race or single steps are under way: nothing else may start."""
        return self.training.running or self.racing or self._steps_pending

    # The row trace ---------------------------------------------------------------------------
    def _trained_network_fits(self: MainWindow) -> bool:
        """The kept model has this project's layers and data (its optimizer may differ): a row is
        traced, and the finder searches, from the trained weights."""
        trained = self.session.trained
        if trained is None or trained.diverged:
            return False
        then, now = trained.project.to_dict(), self.document.project.to_dict()
        return then["layers"] == now["layers"] and then["data"] == now["data"]

    @Slot(int, bool)
    def trace_row(self: MainWindow, row: int, dropout_training: bool = False, automatic: bool = False) -> None:
        """Row ``row`` of the table (counted from 0) through the network: the kept model, or the
        project's initial weights before any training. ``automatic``: traced again after a change,
        so a problem is said under the diagram rather than in a message box."""
        self._traced_row = (row, dropout_training)
        trained = self._trained_network_fits()
        work = functools.partial(jobs.trace_row, owner=self.engine.owner, project=self.document.project.copy(),
                                 base_dir=self._base_dir(), go_on=trained, row=row,
                                 dropout_training=dropout_training)  # fmt: skip
        self.engine.submit(work, lambda trace: self._row_traced(trace, trained),
                           lambda message: self._row_not_traced(message, automatic))  # fmt: skip

    def _row_traced(self: MainWindow, trace: RowTrace, trained: bool) -> None:
        if self._traced_row is None:  # cleared while it was on its way
            return
        self._trace_weights = (translate("InsideStep", "the trained weights") if trained
                               else translate("InsideStep", "the initial weights, before training"))  # fmt: skip
        self.diagram.set_trace(trace)
        self._show_traced_layer()

    def _row_not_traced(self: MainWindow, message: str, automatic: bool) -> None:
        if automatic:  # the project is half-edited, say: the row waits for a network that works
            self.diagram.set_trace(None)
            self.trace_bar.show_problem(translate("InsideStep", "The row cannot be traced now: {message}").format(message=message))
            return
        self._traced_row = None
        self.trace_bar.clear()
        self.dialogs.error(translate("InsideStep", "Cannot trace the row"), message)

    @Slot()
    def _show_traced_layer(self: MainWindow) -> None:
        trace = self.diagram.trace
        if trace is None:
            return
        weights = self._trace_weights
        headline = translate("InsideStep", "Row {row}: target {target}, predicted {prediction} (with {weights})").format(
            row=trace.row + 1, target=_plain(trace.target), prediction=_plain(trace.prediction), weights=weights
        )
        row = self.selected_row()
        title = f"{row + 1}. {self.document.project.layers[row].class_name}" if row is not None else None
        self.trace_bar.show_traced(headline, title, self.diagram.traced(row) if row is not None else None)

    def _trace_again(self: MainWindow) -> None:
        """Training or a step changed the weights: the row shown is traced through the new ones."""
        if self._traced_row is not None and self.trace_bar.showing:
            self.trace_row(*self._traced_row, automatic=True)

    @Slot()
    def _network_changed(self: MainWindow) -> None:
        if self._traced_row is not None and self.trace_bar.showing:
            self._retrace_timer.start()  # the same row through the network as it is now

    @Slot(object)
    def _rows_known(self: MainWindow, summary: object) -> None:
        frame = getattr(summary, "frame", None)
        self.trace_bar.set_rows(len(frame) if frame is not None else None)

    @Slot()
    def _trace_cleared(self: MainWindow) -> None:
        self._traced_row = None
        self.diagram.set_trace(None)

    @Slot(int)
    def _data_row_chosen(self: MainWindow, row: int) -> None:
        """A row double-clicked (or Enter) in the Data or Predictions tab: trace it on the Network tab."""
        self.tabs.setCurrentWidget(self.network_page)
        self.trace_bar.trace_row(row)

    # Single steps ------------------------------------------------------------------------------
    @Slot(int)
    def take_steps(self: MainWindow, count: int = 1) -> None:
        if self.busy:
            return
        self._steps_pending = True
        self._step_buttons_enabled(False)
        view = self._step_view()
        view.set_busy(True)
        view.show()
        view.raise_()
        self.training_controls.status.setText(
            translate("InsideStep", "Taking a single step…") if count == 1
            else translate("InsideStep", "Taking {count} single steps…").format(count=count)
        )  # fmt: skip
        reason = self.training.can_continue(self.document.project)
        # A trained model that no longer fits the settings is replaced by the initial one: say why.
        self._step_start_note = translate("InsideStep", " It started from the initial weights: {reason}.").format(
            reason=reason) if (reason is not None and self.session.trained is not None) else ""  # fmt: skip
        work = functools.partial(jobs.take_steps, owner=self.engine.owner, project=self.document.project.copy(),
                                 base_dir=self._base_dir(), count=count, go_on=reason is None)  # fmt: skip
        self.engine.submit(work, self._stepped, self._steps_failed)

    def _step_view(self: MainWindow) -> StepView:
        if self.step_view is None:
            self.step_view = StepView(self)
            self.step_view.step_requested.connect(self.take_steps)
            self.step_view.show_in_weights.connect(self._show_step_in_weights)
        return self.step_view

    def _step_buttons_enabled(self: MainWindow, enabled: bool) -> None:
        if enabled:
            self._update_training_controls()
            self._offer_landscape()
        else:
            self.training_controls.set_busy()

    def _steps_done(self: MainWindow) -> None:
        self._steps_pending = False
        self._step_buttons_enabled(True)
        if self.step_view is not None:
            self.step_view.set_busy(False)

    def _stepped(self: MainWindow, stepped: jobs.Stepped) -> None:
        self._steps_done()
        self.session.stepped(stepped)

    def _steps_failed(self: MainWindow, message: str) -> None:
        self._steps_done()
        self.training_controls.status.setText(translate("InsideStep", "The step failed: {message}").format(message=message))
        self.dialogs.error(translate("InsideStep", "Cannot take a step"), message)

    def _session_stepped(self: MainWindow) -> None:
        stepped = self.session.last_step
        if stepped is None:
            return
        updates = {(tensor.layer, tensor.name): tensor.update for tensor in stepped.step.tensors}
        self.inspector.set_last_step(updates, stepped.number)
        if stepped.initial is not None:  # a new model: the old run's curves and boundary are not its own
            self.curves.clear()
            index = self.tabs.indexOf(self.boundary)
            if index >= 0:
                self.tabs.removeTab(index)
            self.inspector.set_snapshots(self.session.snapshots, list(stepped.summary.data.feature_names),
                                         self._target_name())  # fmt: skip
            self.inspector.set_last_step(updates, stepped.number)
        count = len(stepped.losses)
        if count == 1:
            took = translate("InsideStep", "Took a single step ({number} since the network was built or last trained). "
                                           "Continue trains on from here; Train starts over.").format(number=stepped.number)
        else:
            took = translate("InsideStep", "Took {count} single steps ({number} since the network was built or last "
                                           "trained). Continue trains on from here; Train starts over.").format(
                count=count, number=stepped.number)
        self.training_controls.status.setText(took + (self._step_start_note if stepped.initial is not None else ""))  # fmt: skip
        names = list(stepped.summary.data.feature_names)
        self._step_view().show_steps(stepped, names, self._target_name() or translate("InsideStep", "target"))

    def _inside_views_reset(self: MainWindow) -> None:
        """Another project is open: answers still on their way are dropped (the engine client drops
        them), so nothing may wait for them; the dialogs showed the old project and close."""
        self._steps_pending = False
        self._steps_forgotten()
        for view in (self.rate_view, self.landscape_view):
            if view is not None:
                view.close()
        if self.rate_view is not None:
            self.rate_view.finding = None  # its "Use this rate" belongs to the old project

    def _steps_forgotten(self: MainWindow) -> None:
        """Another project or a new run: the last step no longer describes the model."""
        self.inspector.set_last_step({}, 0)
        if self.step_view is not None:
            self.step_view.close()

    @Slot()
    def _show_step_in_weights(self: MainWindow) -> None:
        self.tabs.setCurrentWidget(self.weights_tab)
        self.inspector.show_last_step()

    # The learning-rate finder ------------------------------------------------------------------
    @Slot()
    def find_rate(self: MainWindow) -> None:
        if self.busy:
            return
        if self.rate_view is None:
            self.rate_view = LRFinderView(self)
            self.rate_view.use_rate.connect(self.use_learning_rate)
        self.rate_view.show_busy()
        self.rate_view.show()
        self.rate_view.raise_()
        self.training_controls.find_rate_button.setEnabled(False)
        work = functools.partial(jobs.find_rate, owner=self.engine.owner, project=self.document.project.copy(),
                                 base_dir=self._base_dir(), go_on=self._trained_network_fits())  # fmt: skip
        self.engine.submit(work, self._rate_found, self._rate_not_found)

    def _rate_found(self: MainWindow, finding: LRFinding) -> None:
        self.training_controls.find_rate_button.setEnabled(not self.busy)
        if self.rate_view is not None:
            self.rate_view.show_finding(finding, self.document.project.training.optimizer.config.get("learning_rate"))

    def _rate_not_found(self: MainWindow, message: str) -> None:
        self.training_controls.find_rate_button.setEnabled(not self.busy)
        if self.rate_view is not None:
            self.rate_view.close()
        self.dialogs.error(translate("InsideStep", "Cannot find a learning rate"), message)

    # The linear unit's loss landscape ----------------------------------------------------------
    @Slot()
    def _offer_landscape(self: MainWindow) -> None:
        """The button works for one Dense(1) on one feature; otherwise its tooltip says why not."""
        button = self.training_controls.landscape_button
        reason = is_linear_unit(self.document.project, self.document.model.input_width)
        button.setEnabled(reason is None and not self.busy)
        button.setToolTip(
            translate("InsideStep", "The loss over every (w, b), and the paths SGD and Adam take across it") if reason is None
            else translate("InsideStep", "Not for this network: {reason}").format(reason=reason)
        )  # fmt: skip

    @Slot()
    def show_landscape(self: MainWindow) -> None:
        if self.busy or is_linear_unit(self.document.project, self.document.model.input_width):
            return
        if self.landscape_view is None:
            self.landscape_view = LandscapeView(self)
        self.landscape_view.show_busy()
        self.landscape_view.show()
        self.landscape_view.raise_()
        work = functools.partial(jobs.loss_landscape, owner=self.engine.owner, project=self.document.project.copy(),
                                 base_dir=self._base_dir())  # fmt: skip
        self.engine.submit(work, self._landscape_ready, self._landscape_failed)

    def _landscape_ready(self: MainWindow, land: Landscape) -> None:
        if self.landscape_view is not None:
            self.landscape_view.show_landscape(land)

    def _landscape_failed(self: MainWindow, message: str) -> None:
        if self.landscape_view is not None:
            self.landscape_view.close()
        self.dialogs.error(translate("InsideStep", "Cannot draw the landscape"), message)

    @Slot(float)
    def use_learning_rate(self: MainWindow, rate: float) -> None:
        """The finder's suggestion becomes the optimizer's learning rate, as one undo step."""
        changed = self.document.project.copy()
        changed.training.optimizer.config["learning_rate"] = float(rate)
        self.document.replace_contents(
            changed, translate("InsideStep", "Use the learning rate the finder suggested ({rate:g})").format(rate=rate)
        )
        self.statusBar().showMessage(
            translate("InsideStep", "The learning rate is {rate:g} now (Undo takes it back).").format(rate=rate), 8000
        )

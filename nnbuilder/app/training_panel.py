"""Training settings (optimizer, loss, metrics, batches, early stopping) and the run controls."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from ..spec import (
    LOSSES,
    OPTIMIZERS,
    EarlyStoppingSpec,
    OptimizerSpec,
    Param,
    TrainingSpec,
)
from ..spec.validate import BATCH_SIZE, EPOCHS, MIN_DELTA, PATIENCE, RESTORE, SEED
from ..spec.words import counted
from .panel import ParameterPanel, locked_label
from .wrapping_row import WrappingRow

LOSS_HELP = {  # shown through translate_marked("TrainingPanel", ...)
    "mae": QT_TRANSLATE_NOOP("TrainingPanel", "Mean absolute error: the average distance between prediction and target."),
    "mse": QT_TRANSLATE_NOOP("TrainingPanel", "Mean squared error: punishes large errors much more than small ones."),
    "huber": QT_TRANSLATE_NOOP("TrainingPanel", "Squared for small errors, absolute for large ones: robust to outliers."),
    "binary_crossentropy": QT_TRANSLATE_NOOP(
        "TrainingPanel", "For two classes with a sigmoid output: how surprised the network is by the true class."
    ),
    "categorical_crossentropy": QT_TRANSLATE_NOOP(
        "TrainingPanel", "For several classes with a softmax output and one-hot targets."
    ),
    "sparse_categorical_crossentropy": QT_TRANSLATE_NOOP(
        "TrainingPanel", "For several classes with a softmax output and class numbers as targets."
    ),
}
COMMON_METRICS = ("accuracy", "mae", "mse")
PROGRESS_INTERVAL = 0.2  # seconds between two updates of the progress bar while training (each repaints it)
OPTIMIZER_HELP = {  # shown through translate_marked("TrainingPanel", ...)
    "Adam": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Adam: SGD that adapts each weight's step size; a good default that needs little tuning."
    ),
    "SGD": QT_TRANSLATE_NOOP(
        "TrainingPanel", "Stochastic gradient descent: one small step downhill per minibatch, optionally with momentum."
    ),
    "RMSprop": QT_TRANSLATE_NOOP("TrainingPanel", "RMSprop: scales each weight's steps by its recent gradient size."),
}


STOPPING_TIP = QT_TRANSLATE_NOOP(
    "TrainingPanel", "Stop when the watched value has not improved for a while, keeping the best weights"
)


def monitor_param(metrics: list[str], has_validation: bool) -> Param:
    watched = ["loss", *metrics]
    choices = [f"val_{name}" for name in watched] + watched if has_validation else watched
    return Param(
        "monitor", "choice", choices[0],
        translate("TrainingPanel", "What early stopping watches: usually the validation loss, which rises once "
                                   "the network learns noise."),
        choices=tuple(choices),
    )  # fmt: skip


class TrainingSettings(QScrollArea):
    """Edits a TrainingSpec; every change is reported as a whole new TrainingSpec (undoable upstream)."""

    training_changed = Signal(object)  # TrainingSpec

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("TrainingPanel", "Training settings"))
        self.setWidgetResizable(True)
        self.spec = TrainingSpec()
        self.has_validation = True
        body = QWidget()
        column = QVBoxLayout(body)

        optimizer_box = self.optimizer_box = QGroupBox(translate("TrainingPanel", "Optimizer"))
        optimizer_layout = QVBoxLayout(optimizer_box)
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.addItems(list(OPTIMIZERS))
        self.optimizer_combo.setAccessibleName(translate("TrainingPanel", "Optimizer"))
        for index, name in enumerate(OPTIMIZERS):
            self.optimizer_combo.setItemData(index, translate_marked("TrainingPanel", OPTIMIZER_HELP[name]), Qt.ItemDataRole.ToolTipRole)
        self.optimizer_combo.currentTextChanged.connect(self._optimizer_chosen)
        self.optimizer_params = ParameterPanel()
        self.optimizer_params.tab_after = self.optimizer_combo
        self.optimizer_params.value_changed.connect(self._optimizer_setting)
        optimizer_layout.addWidget(self.optimizer_combo)
        optimizer_layout.addWidget(self.optimizer_params)
        column.addWidget(optimizer_box)

        loss_box = QGroupBox(translate("TrainingPanel", "Loss and metrics"))
        loss_form = QFormLayout(loss_box)
        self.loss_combo = QComboBox()
        self.loss_combo.addItems(list(LOSSES))
        self.loss_combo.setAccessibleName(translate("TrainingPanel", "Loss"))
        for index, name in enumerate(LOSSES):
            self.loss_combo.setItemData(index, translate_marked("TrainingPanel", LOSS_HELP[name]), Qt.ItemDataRole.ToolTipRole)
        self.loss_combo.currentTextChanged.connect(lambda loss: self._edit(loss=loss))
        loss_label = self.loss_label = QLabel(translate("TrainingPanel", "&loss"))
        loss_label.setBuddy(self.loss_combo)
        loss_form.addRow(loss_label, self.loss_combo)
        metric_row = QHBoxLayout()
        self.metric_boxes: dict[str, QCheckBox] = {}
        for name in COMMON_METRICS:
            box = QCheckBox(name)
            box.setToolTip(translate("TrainingPanel", "Also report {name} each epoch (it does not change training)").format(name=name))
            box.toggled.connect(self._metrics_toggled)
            metric_row.addWidget(box)
            self.metric_boxes[name] = box
        metric_row.addStretch(1)
        self.metrics_label = QLabel(translate("TrainingPanel", "metrics"))
        loss_form.addRow(self.metrics_label, metric_row)
        column.addWidget(loss_box)

        self.batch_params = ParameterPanel()
        self.batch_params.show_params(translate("TrainingPanel", "Batches and epochs"), "", (BATCH_SIZE, EPOCHS, SEED), {})
        self.batch_params.value_changed.connect(lambda name, value: self._edit(**{name: value}))
        column.addWidget(self.batch_params)

        self.stopping_box = QGroupBox(translate("TrainingPanel", "Early stopping"))
        self.stopping_box.setCheckable(True)
        self.stopping_box.setToolTip(translate_marked("TrainingPanel", STOPPING_TIP))
        self.stopping_box.toggled.connect(self._stopping_toggled)
        stopping_layout = QVBoxLayout(self.stopping_box)
        self.stopping_params = ParameterPanel()
        self.stopping_params.value_changed.connect(self._stopping_setting)
        stopping_layout.addWidget(self.stopping_params)
        column.addWidget(self.stopping_box)
        column.addStretch(1)
        # Long loss names ("sparse_categorical_crossentropy") need not set the column's width: the
        # boxes may show them shortened, their lists show them whole.
        for combo in body.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.setWidget(body)
        # Never narrower than its fields: squeezed, it hid the drop-downs' and spin boxes' arrows (at
        # 1024 pixels). The Training tab scrolls as a whole instead.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 4)

    def set_locked(self, parts: dict[str, str], batch_fields: dict[str, str]) -> None:
        """An assignment's locks: {"loss" | "optimizer" | "metrics" | "early_stopping": why}, and
        {"batch_size" | "epochs" | "seed": why}. Locked settings show, read-only, behind a lock."""
        boxes = {"optimizer": [self.optimizer_combo, self.optimizer_params], "loss": [self.loss_combo],
                 "metrics": list(self.metric_boxes.values()), "early_stopping": [self.stopping_box]}  # fmt: skip
        if not hasattr(self, "_own_tips"):  # each widget's own tooltip, back when its lock goes
            self._own_tips = {id(w): w.toolTip() for widgets in boxes.values() for w in widgets}
        for part, widgets in boxes.items():
            why = parts.get(part)
            for widget in widgets:
                widget.setEnabled(why is None)
                widget.setToolTip(why or self._own_tips[id(widget)])
        self.optimizer_params.set_locked({"*": parts["optimizer"]} if "optimizer" in parts else {})
        def marked(words: str, part: str) -> str:
            return locked_label(words) if part in parts else words

        self.optimizer_box.setTitle(marked(translate("TrainingPanel", "Optimizer"), "optimizer"))
        self.loss_label.setText(marked(translate("TrainingPanel", "&loss"), "loss"))
        self.metrics_label.setText(marked(translate("TrainingPanel", "metrics"), "metrics"))
        self.stopping_box.setTitle(marked(translate("TrainingPanel", "Early stopping"), "early_stopping"))
        self.batch_params.set_locked(batch_fields)

    def set_train_rows(self, rows: int | None, batch_size: int) -> None:
        """Say so under the batch size when one batch already holds every training row."""
        hint = None
        if rows and batch_size > rows:
            hint = translate("TrainingPanel", "There are {rows}: a batch of {batch_size:,} takes them all at once, "
                             "so each epoch is a single step.").format(
                rows=counted(rows, translate("TrainingPanel", "training row"), translate("TrainingPanel", "training rows")),
                batch_size=batch_size,
            )  # fmt: skip
        self.batch_params.set_hint("batch_size", hint)

    def set_training(self, training: TrainingSpec, has_validation: bool) -> None:
        """Show ``training`` without reporting it back."""
        self.spec = copy.deepcopy(training)
        self.has_validation = has_validation
        widgets = [self.optimizer_combo, self.loss_combo, self.stopping_box, *self.metric_boxes.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.optimizer_combo.setCurrentText(training.optimizer.class_name)
        self.loss_combo.setCurrentText(training.loss)
        for name, box in self.metric_boxes.items():
            box.setChecked(name in training.metrics)
        self.stopping_box.setChecked(training.early_stopping is not None)
        for widget in widgets:
            widget.blockSignals(False)
        name = training.optimizer.class_name
        help_text = translate_marked("TrainingPanel", OPTIMIZER_HELP[name]) if name in OPTIMIZER_HELP else ""
        self.optimizer_params.show_params(name, help_text, OPTIMIZERS.get(name, ()), training.optimizer.config)
        self.batch_params.set_values({"batch_size": training.batch_size, "epochs": training.epochs, "seed": training.seed})
        stopping = training.early_stopping or EarlyStoppingSpec(monitor="val_loss" if has_validation else "loss")
        self.stopping_params.show_params(
            "", "", (monitor_param(training.metrics, has_validation), MIN_DELTA, PATIENCE, RESTORE), vars(stopping)
        )
        self.stopping_params.setEnabled(training.early_stopping is not None)

    def _edit(self, **changes: Any) -> None:
        spec = copy.deepcopy(self.spec)
        for name, value in changes.items():
            setattr(spec, name, value)
        self.training_changed.emit(spec)

    def _optimizer_chosen(self, name: str) -> None:
        # A new optimizer starts from Keras's defaults, keeping the learning rate the student chose.
        rate = self.spec.optimizer.config.get("learning_rate")
        self._edit(optimizer=OptimizerSpec(name, {"learning_rate": rate} if rate is not None else {}))

    def _optimizer_setting(self, name: str, value: Any) -> None:
        config = dict(self.spec.optimizer.config)
        config[name] = value
        self._edit(optimizer=OptimizerSpec(self.spec.optimizer.class_name, config))

    def _metrics_toggled(self) -> None:
        custom = [m for m in self.spec.metrics if m not in self.metric_boxes]
        chosen = [name for name, box in self.metric_boxes.items() if box.isChecked()]
        self._edit(metrics=chosen + custom)

    def _stopping_toggled(self, on: bool) -> None:
        monitor = "val_loss" if self.has_validation else "loss"
        self._edit(early_stopping=EarlyStoppingSpec(monitor=monitor, patience=10) if on else None)

    def _stopping_setting(self, name: str, value: Any) -> None:
        stopping = copy.deepcopy(self.spec.early_stopping) or EarlyStoppingSpec()
        setattr(stopping, name, value)
        self._edit(early_stopping=stopping)


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class TrainingControls(QWidget):
    """Train, Continue, Pause, Stop, and a progress bar with epoch, batch, elapsed time and ETA."""

    train_clicked = Signal()
    continue_clicked = Signal(int)  # more epochs
    pause_toggled = Signal(bool)
    stop_clicked = Signal()
    step_clicked = Signal(int)  # how many single steps
    find_rate_clicked = Signal()
    landscape_clicked = Signal()
    race_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.train_button = QPushButton(translate("TrainingPanel", "&Train"))
        self.train_button.setToolTip(translate("TrainingPanel", "Build the network with fresh random weights and train it"))
        self.continue_button = QPushButton(translate("TrainingPanel", "&Continue"))
        self.more_epochs = QSpinBox()
        self.more_epochs.setRange(1, 100_000)
        self.more_epochs.setValue(10)
        self.more_epochs.setSuffix(translate("TrainingPanel", " more epochs"))
        self.more_epochs.setAccessibleName(translate("TrainingPanel", "Epochs to continue"))
        self.pause_button = QPushButton(translate("TrainingPanel", "&Pause"))
        self.pause_button.setCheckable(True)
        self.stop_button = QPushButton(translate("TrainingPanel", "&Stop"))
        self.stop_button.setToolTip(translate("TrainingPanel", "Finish the current step and keep the weights trained so far"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("TrainingPanel", "Training progress"))
        self.progress.setTextVisible(True)
        self.status = QLabel(translate("TrainingPanel", "Not trained yet."))
        self.status.setWordWrap(True)
        self.train_button.clicked.connect(self.train_clicked)
        self.continue_button.clicked.connect(lambda: self.continue_clicked.emit(self.more_epochs.value()))
        self.pause_button.toggled.connect(self._pause_toggled)
        self.stop_button.clicked.connect(self.stop_clicked)
        # P is Pause's too, which is off whenever Step is on
        self.step_button = QPushButton(translate("TrainingPanel", "Ste&p"))
        self.step_button.setToolTip(translate("TrainingPanel", "Train exactly one batch and see its loss, gradients and update"))
        self.step_ten_button = QPushButton(translate("TrainingPanel", "Step ×1&0"))
        self.step_ten_button.setToolTip(translate("TrainingPanel", "Train ten batches, one after another, and see the last one"))
        self.find_rate_button = QPushButton(translate("TrainingPanel", "Find a Learning R&ate…"))
        self.find_rate_button.setToolTip(translate("TrainingPanel", "Raise the learning rate batch by batch until the loss "
                                                   "blows up, and suggest one (the weights are put back as they were)"))  # fmt: skip
        self.landscape_button = QPushButton(translate("TrainingPanel", "Loss Lan&dscape…"))
        self.landscape_button.setToolTip(translate("TrainingPanel", "For a single linear unit: the loss over every (w, b), "
                                                   "and the paths SGD and Adam take across it"))  # fmt: skip
        self.landscape_button.clicked.connect(self.landscape_clicked)
        self.race_button = QPushButton(translate("TrainingPanel", "&Race…"))
        self.race_button.setToolTip(translate("TrainingPanel", "Train two to four copies from the same start with different "
                                              "learning rates (or batch sizes), side by side"))  # fmt: skip
        self.race_button.clicked.connect(self.race_clicked)
        self.step_button.clicked.connect(lambda: self.step_clicked.emit(1))
        self.step_ten_button.clicked.connect(lambda: self.step_clicked.emit(10))
        self.find_rate_button.clicked.connect(self.find_rate_clicked)
        self.buttons = WrappingRow([
            [self.train_button, self.continue_button, self.more_epochs],
            [self.pause_button, self.stop_button],
            [self.step_button, self.step_ten_button],
            [self.find_rate_button, self.race_button, self.landscape_button],
        ])  # fmt: skip
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.info: Any = None
        self.started = 0.0
        self._status_before_pause = ""
        # While training the bar is told of each batch report, and each change of its text is a frame
        # painted: it shows the newest report at most every PROGRESS_INTERVAL.
        self._pending: tuple[int, int, float] | None = None
        self._shown_at = 0.0
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(round(PROGRESS_INTERVAL * 1000))
        self._flush.timeout.connect(self._show_progress)
        self.set_running(False, continue_reason=translate("TrainingPanel", "nothing has been trained yet"))

    def _pause_toggled(self, paused: bool) -> None:
        self.pause_button.setText(translate("TrainingPanel", "&Resume") if paused else translate("TrainingPanel", "&Pause"))
        info = self.info
        prefix = translate("TrainingPanel", "paused · ")  # before the progress bar's own text
        if paused:
            self._show_progress()  # the step it paused at, before the bar says "paused"
            self._status_before_pause = self.status.text()
            self.status.setText(translate("TrainingPanel", "Paused. Resume goes on from here; Stop keeps the weights "
                                                           "trained so far."))  # fmt: skip
            self.progress.setFormat(prefix + self.progress.format())
        else:
            self.status.setText(self._status_before_pause or (
                translate("TrainingPanel", "Training on {rows:,} rows…").format(rows=info.train_rows)
                if info is not None else ""))  # fmt: skip
            self.progress.setFormat(self.progress.format().removeprefix(prefix))
        self.pause_toggled.emit(paused)

    def set_running(self, running: bool, continue_reason: str | None = None) -> None:
        self.train_button.setEnabled(not running)
        self.continue_button.setEnabled(not running and continue_reason is None)
        self.more_epochs.setEnabled(not running and continue_reason is None)
        self.continue_button.setToolTip(
            translate("TrainingPanel", "Train the same weights for more epochs") if continue_reason is None
            else translate("TrainingPanel", "Cannot continue: {reason}").format(reason=continue_reason)
        )  # fmt: skip
        self.pause_button.setEnabled(running)
        self.stop_button.setEnabled(running)
        for button in (self.step_button, self.step_ten_button, self.find_rate_button, self.race_button):
            button.setEnabled(not running)
        if not running:
            self.pause_button.blockSignals(True)
            self.pause_button.setChecked(False)
            self.pause_button.setText(translate("TrainingPanel", "&Pause"))
            self.pause_button.blockSignals(False)

    def set_busy(self) -> None:
        """Something else trains (a race): no button may start more work until it ends."""
        for button in (self.train_button, self.continue_button, self.more_epochs, self.pause_button, self.stop_button,
                       self.step_button, self.step_ten_button, self.find_rate_button, self.race_button,
                       self.landscape_button):  # fmt: skip
            button.setEnabled(False)

    def reset(self, status: str | None = None) -> None:
        """Another project is open, or a kept model was loaded: no run is in progress here (``status``
        says so; by default "Not trained yet.")."""
        if status is None:
            status = translate("TrainingPanel", "Not trained yet.")
        self.info = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("")
        self.status.setText(status)

    def began(self, info: Any, now: float) -> None:
        self.info, self.started = info, now
        self._pending, self._shown_at = None, 0.0
        self._flush.stop()
        total_steps = (info.epochs - info.initial_epoch) * info.steps_per_epoch
        self.progress.setRange(0, max(total_steps, 1))
        self.progress.setValue(0)
        self.progress.setFormat(
            translate("TrainingPanel", "epoch {epoch}/{epochs}").format(epoch=info.initial_epoch + 1, epochs=info.epochs)
        )
        self.status.setText(translate("TrainingPanel", "Training on {rows:,} rows, checking on {validation_rows:,}…").format(
            rows=info.train_rows, validation_rows=info.validation_rows))  # fmt: skip

    def finished(self, result: Any) -> None:
        self._pending = None
        self._flush.stop()
        self.progress.setValue(self.progress.maximum())
        epochs = counted(result.epochs_run, translate("TrainingPanel", "epoch"), translate("TrainingPanel", "epochs"))
        self.progress.setFormat(
            translate("TrainingPanel", "done: {epochs} in {time}").format(epochs=epochs, time=_clock(result.seconds))
        )

    def advanced(self, epoch: int, step: int, now: float) -> None:
        self._pending = (epoch, step, now)
        if now - self._shown_at >= PROGRESS_INTERVAL:
            self._show_progress()
        elif not self._flush.isActive():
            self._flush.start()

    @Slot()
    def _show_progress(self) -> None:
        self._flush.stop()
        pending, self._pending = self._pending, None
        info = self.info
        if pending is None or info is None:
            return
        epoch, step, now = pending
        self._shown_at = now
        done = (epoch - 1 - info.initial_epoch) * info.steps_per_epoch + step
        elapsed = now - self.started
        total = self.progress.maximum()
        eta = elapsed / done * (total - done) if done else 0.0
        self.progress.setFormat(
            translate("TrainingPanel", "epoch {epoch}/{epochs} · batch {step}/{steps} · {elapsed} elapsed · ETA {eta}").format(
                epoch=epoch, epochs=info.epochs, step=step, steps=info.steps_per_epoch, elapsed=_clock(elapsed),
                eta=_clock(eta))
        )  # fmt: skip
        # setValue repaints the bar at once, a window flush of its own; with updates off it is only
        # marked for the next paint, which the curves' redraw shares.
        self.progress.setUpdatesEnabled(False)
        self.progress.setValue(min(done, total))
        self.progress.setUpdatesEnabled(True)

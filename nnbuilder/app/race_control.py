"""The window's side of a race (a mixin over the window): start it on the engine thread, draw each
copy's epochs as they come, and keep every copy as a run with its verdict."""

from __future__ import annotations

import dataclasses
import datetime
import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from ..engine import jobs
from ..engine.runs import RunRecord, next_run_number
from ..i18n import translate
from .race_view import RaceView, setting_name, setting_names
from .runs_view import RACE_NOTE
from .session import Change
from .training import RelayReporter, new_run_id

# RACE_NOTE (from runs_view): a race's copies are runs whose note starts so; they kept no model.

if TYPE_CHECKING:  # the race module loads the training code, and pandas with it
    from ..engine.race import RaceCopy
    from .window import MainWindow


class RaceMixin:
    def _connect_race(self: MainWindow) -> None:
        self.race_view: RaceView | None = None
        self._race: dict[int, tuple[int, RelayReporter]] = {}  # run id → (copy, its reporter)
        self._race_started = datetime.datetime.now()
        self.training_controls.race_clicked.connect(self.show_race)
        self.session.connect(Change.RESET, self._race_abandoned)

    @property
    def racing(self: MainWindow) -> bool:
        return bool(self._race)

    @Slot()
    def show_race(self: MainWindow) -> None:
        if self.race_view is None:
            self.race_view = RaceView(self)
            self.race_view.start_requested.connect(self.start_race)
            self.race_view.stop_requested.connect(self.stop_race)
        training = self.document.project.training
        self.race_view.offer(training.optimizer.config.get("learning_rate"), training.batch_size)
        self.race_view.show()
        self.race_view.raise_()

    @Slot(str, list)
    def start_race(self: MainWindow, setting: str, values: list[float]) -> None:
        if self.busy or self.race_view is None:
            return
        if not 2 <= len(values) <= 4:
            self.race_view.show_problem(translate("RaceControl", "A race needs 2 to 4 copies; {count} {settings} are given").format(
                count=len(values), settings=setting_names(setting)))  # fmt: skip
            return
        reporters = [RelayReporter(self.engine.relay, new_run_id(), want_weights=False) for _ in values]
        self._race = {reporter.run: (copy, reporter) for copy, reporter in enumerate(reporters)}
        self._race_started = datetime.datetime.now()
        first = next_run_number(self.session.runs)
        data = self.document.project.data
        has_validation = isinstance(data.validation_split, (int, float)) and data.validation_split > 0
        labels = [f"{setting_name(setting)} {value:g}" for value in values]
        self.race_view.started(labels, [first + copy for copy in range(len(values))], has_validation)
        self.training_controls.set_busy()
        self.training_controls.status.setText(translate("RaceControl", "Racing: {copies}…").format(copies=", ".join(labels)))
        work = functools.partial(jobs.race, owner=self.engine.owner, project=self.document.project.copy(),
                                 base_dir=self._base_dir(), setting=setting, values=values,
                                 reporters=reporters)  # fmt: skip
        self.engine.submit(work, self._raced, self._race_failed)

    @Slot()
    def stop_race(self: MainWindow) -> None:
        for _copy, reporter in self._race.values():
            reporter.stop_flag.set()

    def _race_abandoned(self: MainWindow) -> None:
        """Another project is open (or the window closes): the race stops, and its answer is dropped."""
        if self.racing:
            self.stop_race()
            self._race_over()  # its answer will be dropped: the buttons come back now
            if self.race_view is not None:
                self.race_view.failed(translate("RaceControl", "The race stopped: another project was opened."))

    def race_epoch(self: MainWindow, run: int, epoch: int, logs: dict[str, float]) -> bool:
        """An epoch of a race's copy (True), drawn in the race; False: not a race's run."""
        entry = self._race.get(run)
        if entry is None:
            return False
        if self.race_view is not None:
            self.race_view.add_epoch(entry[0], epoch, logs)
        return True

    def _race_over(self: MainWindow) -> None:
        self._race = {}
        self._update_training_controls()
        self._offer_landscape()

    def _raced(self: MainWindow, copies: list[RaceCopy]) -> None:
        from ..engine.race import verdicts  # loaded on the engine thread by now

        self._race_over()
        said = verdicts(copies)
        first = next_run_number(self.session.runs)
        records = []
        for number, (copy, verdict) in enumerate(zip(copies, said), start=first):
            record = RunRecord.from_result(number, copy.project, copy.result, self._race_started)
            records.append(dataclasses.replace(record, note=RACE_NOTE + verdict))
        self.session.add_runs(records)
        self.training_controls.status.setText(translate("RaceControl", "Race over. {verdicts}.").format(verdicts="; ".join(said)))
        if self.race_view is not None:
            self.race_view.finished(said)

    def _race_failed(self: MainWindow, message: str) -> None:
        self._race_over()
        self.training_controls.status.setText(translate("RaceControl", "The race could not run: {message}").format(message=message))
        if self.race_view is not None:
            self.race_view.failed(message)

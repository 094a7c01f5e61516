"""The window's session state, without a window: each transition leaves one consistent state and
tells its listeners what changed."""

from __future__ import annotations

import datetime

import numpy as np

from nnbuilder.app.session import Change, Session
from nnbuilder.engine.jobs import TrainedSummary
from nnbuilder.engine.reporting import TrainResult
from nnbuilder.engine.runs import RunRecord
from nnbuilder.engine.weights import WeightTensor
from nnbuilder.spec import LayerSpec, Project

PROJECT = Project(title="tiny", layers=[LayerSpec("Dense", {"units": 1})])
DATA = object()  # the session hands the prepared data on; it never looks inside


def kernel(value: float) -> list[WeightTensor]:
    return [WeightTensor("dense", "kernel", np.full((2, 1), value, dtype=np.float32))]


def finish(session: Session, result: TrainResult, epochs_done: int) -> None:
    number = len(session.runs) + 1
    run = RunRecord.from_result(number, PROJECT, result, datetime.datetime(2026, 11, 30))
    session.run_finished(result, TrainedSummary(PROJECT, epochs_done, DATA), run)


def listening(session: Session) -> list[Change]:
    heard: list[Change] = []
    for change in Change:
        session.connect(change, lambda change=change: heard.append(change))
    return heard


def test_a_run_from_start_to_early_stopping_then_another_project():
    session = Session()
    heard = listening(session)
    session.begin_run(resume=False)
    session.data_prepared(DATA)
    for epoch in (1, 2, 3):
        session.add_snapshot(epoch, kernel(epoch))
    history = {"loss": [3.0, 2.0, 2.5], "val_loss": [3.0, 2.0, 2.5]}
    finish(session, TrainResult(history, 3, stopped_early=True, best_epoch=2, restored_best=True), epochs_done=3)
    assert heard == [Change.RUN_STARTED, Change.PREPARED, *[Change.SNAPSHOT] * 3, Change.TRAINED, Change.RUNS]
    assert session.held_epoch == 2 and session.restored_best, "the model holds the epoch early stopping went back to"
    assert session.snapshots.epochs() == [1, 2, 3] and [run.number for run in session.runs] == [1]
    assert session.trained is not None and not session.trained.diverged

    heard.clear()
    session.start_over([])
    assert heard == [Change.RESET]
    assert (session.trained, session.result, session.held_epoch, session.prepared) == (None, None, None, None)
    assert session.snapshots.epochs() == [] and session.runs == [] and not session.restored_best


def test_continuing_keeps_the_epochs_and_a_fresh_run_forgets_them():
    session = Session()
    session.begin_run(resume=False)
    session.add_snapshot(1, kernel(1))
    finish(session, TrainResult({"loss": [1.0]}, 1), epochs_done=1)
    session.begin_run(resume=True)
    assert session.trained is not None and session.snapshots.epochs() == [1]
    session.add_snapshot(2, kernel(2))
    finish(session, TrainResult({"loss": [0.5]}, 1), epochs_done=2)
    assert session.held_epoch == 2 and [run.number for run in session.runs] == [1, 2]
    session.begin_run(resume=False)
    assert session.trained is None and session.snapshots.epochs() == [] and len(session.runs) == 2


def test_a_diverged_run_cannot_be_continued_and_says_why():
    session = Session()
    session.begin_run(resume=False)
    finish(session, TrainResult({"loss": [float("nan")]}, 1, diverged="the loss became NaN at epoch 1"), epochs_done=1)
    assert session.trained.diverged and session.error == "the loss became NaN at epoch 1"
    assert session.runs[-1].note == "the loss became NaN or infinite"


def test_restoring_kept_weights_makes_the_project_trained_on_its_last_epoch():
    session = Session()
    heard = listening(session)
    session.restored(TrainedSummary(PROJECT, 25, DATA), kernel(0.5))
    assert heard == [Change.PREPARED, Change.SNAPSHOT, Change.TRAINED]
    assert session.held_epoch == 25 and session.snapshots.epochs() == [25] and session.prepared is DATA
    assert session.result is None, "a restore is not a run: there is no run result to report"


def test_a_failed_run_keeps_the_model_the_engine_still_has():
    session = Session()
    session.restored(TrainedSummary(PROJECT, 5, DATA), kernel(0.5))
    session.begin_run(resume=True)
    session.run_failed("out of memory")
    assert session.error == "out of memory" and session.trained is not None and session.held_epoch == 5



def test_steps_from_a_new_model_replace_the_old_runs_model_and_a_step_ends_an_early_stopping_restore():
    from nnbuilder.engine.jobs import Stepped
    from nnbuilder.engine.one_step import StepResult

    session = Session()
    session.begin_run(resume=False)
    for epoch in (1, 2, 3):
        session.add_snapshot(epoch, kernel(epoch))
    finish(session, TrainResult({"loss": [2.0, 1.0, 1.5]}, 3, stopped_early=True, best_epoch=2, restored_best=True), 3)
    step = StepResult(np.zeros((1, 1)), np.zeros((1, 1)), 1.0, 0.9, "SGD", 0.1, [])
    session.stepped(Stepped(TrainedSummary(PROJECT, 3, DATA), step, [(1.0, 0.9)], 1, kernel(0.6), None))
    assert not session.restored_best and session.snapshots.epochs() == [1, 2, 3] and session.result is not None
    fresh_data = object()
    session.stepped(Stepped(TrainedSummary(PROJECT, 0, fresh_data), step, [(1.0, 0.9)], 1, kernel(0.6), kernel(0.5)))
    assert session.snapshots.epochs() == [0] and session.result is None and session.prepared is fresh_data
    assert len(session.runs) == 1, "the runs stay: they are what was trained before"

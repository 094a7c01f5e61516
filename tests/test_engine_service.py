"""The engine thread: jobs in order on one thread, failures as answers, collection only between jobs,
and a Keras model that refuses to be touched from another thread."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from nnbuilder.engine.ownership import WrongThreadError
from nnbuilder.engine.service import EngineService, collect_garbage, shared_engine
from nnbuilder.spec import NNBuilderError, project_from_dict

from .conftest import project_dict


@pytest.fixture
def engine():
    service = EngineService(name="test-engine")
    yield service
    service.shutdown()


def test_jobs_run_in_the_order_asked_on_one_thread(engine):
    answers = []
    done = threading.Event()
    for number in range(20):
        engine.submit(lambda workspace, n=number: (n, threading.current_thread().name), answers.append)
    engine.submit(lambda workspace: None, lambda answer: done.set())
    assert done.wait(10)
    assert [answer.value[0] for answer in answers] == list(range(20))
    assert {answer.value[1] for answer in answers} == {"test-engine"}
    assert [answer.job for answer in answers] == sorted(answer.job for answer in answers)


def test_a_failing_job_is_an_answer_with_its_reason_and_the_engine_goes_on(engine):
    def broken(workspace):
        raise ValueError("no such column")

    answers = []
    engine.submit(broken, answers.append, owner="w", generation=3)
    assert engine.call(lambda workspace: "still here") == "still here"
    assert answers[0].error == "unexpected ValueError: no such column" and not answers[0].ok
    assert (answers[0].owner, answers[0].generation) == ("w", 3)
    with pytest.raises(NNBuilderError, match="not trained"):
        engine.call(lambda workspace: (_ for _ in ()).throw(NNBuilderError("not trained")))


def test_models_stay_in_the_workspace_per_owner_and_are_forgotten(engine):
    engine.call(lambda workspace: workspace.trained.update(a=1, b=2))
    engine.call(lambda workspace: workspace.forget("a"))
    assert engine.call(lambda workspace: sorted(workspace.trained)) == ["b"]


def test_garbage_is_not_collected_while_the_engine_is_in_a_job():
    engine = shared_engine()
    inside, release = threading.Event(), threading.Event()
    engine.submit(lambda workspace: (inside.set(), release.wait(10)), lambda answer: None)
    assert inside.wait(10)
    try:
        assert not collect_garbage(0)  # the GUI thread's turn is skipped, not forced
    finally:
        release.set()
    assert engine.wait_idle(10)
    assert collect_garbage(0)


def test_a_model_used_off_the_thread_that_made_it_fails_loudly():
    from nnbuilder.engine.build import build_project_model

    project = project_from_dict(project_dict())
    model = shared_engine().call(lambda workspace: build_project_model(project, 10))
    with pytest.raises(WrongThreadError, match="belongs to thread 'nnbuilder-engine'"):
        model.predict(np.zeros((1, 10), dtype="float32"), verbose=0)
    with pytest.raises(WrongThreadError):
        model.get_weights()
    assert len(shared_engine().call(lambda workspace: model.get_weights())) == 10  # fine where it lives

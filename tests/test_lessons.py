"""The six built-in lessons: every one trains headless and shows its point in the curves or weights.

Variants are built from the lessons' own "try this" changes, so the tests check what the notes
promise a student. Training is seeded, so the numbers repeat run after run.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pytest

from nnbuilder.engine.backend import seed_everything
from nnbuilder.engine.batches import shuffled_batches
from nnbuilder.engine.build import build_project_model
from nnbuilder.engine.lessons import (
    LESSON_IDS,
    Lesson,
    apply_change,
    boundary_grid,
    boundary_probabilities,
    has_boundary,
    lesson_project_path,
    list_lessons,
    load_lesson,
    resolve_project_argument,
)
from nnbuilder.engine.train import TrainedModel, prepare_project, train
from nnbuilder.spec import NNBuilderError, Project, SpecError, load_project, validate


def variant(lesson: Lesson, change: dict[str, Any]) -> Project:
    assert change in [step.change for step in lesson.steps], f"lesson '{lesson.id}' no longer offers {change}"
    return apply_change(lesson.project, change)


def run(project: Project) -> TrainedModel:
    trained = train(project, None)
    assert trained.result.diverged is None
    return trained


def final(trained: TrainedModel, key: str) -> float:
    return trained.result.history[key][-1]


# ---------------------------------------------------------------------------------------------
# Content


def test_the_six_lessons_are_listed_in_course_order_with_titles_and_summaries():
    lessons = list_lessons()
    assert [info.id for info in lessons] == list(LESSON_IDS) == [
        "linear-unit", "deep-network", "sgd", "overfitting", "dropout-batchnorm", "binary-classification",
    ]  # fmt: skip
    assert lessons[0].title == "A single neuron: the linear unit"
    for info in lessons:
        assert info.summary.endswith(".") and "*" not in info.summary and "<" not in info.summary


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_every_lesson_is_a_valid_project_with_notes_and_steps_that_apply(lesson_id):
    lesson = load_lesson(lesson_id)
    assert validate(lesson.project) == []
    assert load_project(lesson_project_path(lesson_id)).to_dict() == lesson.project.to_dict()
    assert lesson.project.data.source.startswith("builtin:")  # works offline, on every lab PC
    assert lesson.notes_html.startswith("<p>") and "## Try this" not in lesson.notes_html
    changes = [step.change for step in lesson.steps if step.change is not None]
    assert len(changes) >= 3
    for change in changes:
        changed = apply_change(lesson.project, change)
        assert validate(changed) == [] and changed.to_dict() != lesson.project.to_dict()


def test_notes_markup_becomes_html_and_steps_keep_plain_text():
    lesson = load_lesson("linear-unit")
    assert "<b>weight</b>" in lesson.notes_html and "<code>bmi</code>" in lesson.notes_html
    assert lesson.figures == ["linear-unit"]
    step = next(step for step in lesson.steps if step.change == {"data.features": ["bmi", "bp"]})
    assert "blood pressure (bp)" in step.text and "`" not in step.text
    assert "<code>bp</code>" in step.html


def test_a_lesson_is_named_where_a_project_file_is_expected(tmp_path):
    assert resolve_project_argument("builtin:lesson/sgd") == lesson_project_path("sgd")
    assert lesson_project_path("sgd").name == "sgd.nnb" and lesson_project_path("sgd").is_file()
    assert resolve_project_argument(str(tmp_path / "mine.nnb")) == tmp_path / "mine.nnb"


def test_an_unknown_lesson_is_refused_with_a_suggestion():
    with pytest.raises(NNBuilderError, match="no lesson 'overfiting'; did you mean 'overfitting'"):
        load_lesson("overfiting")
    with pytest.raises(NNBuilderError, match="no lesson 'sdg'; did you mean 'sgd'"):
        resolve_project_argument("builtin:lesson/sdg")


# ---------------------------------------------------------------------------------------------
# apply_change


def test_apply_change_sets_paths_inserts_and_removes_layers_on_a_copy():
    project = load_lesson("deep-network").project
    before = project.to_dict()
    changed = apply_change(
        project,
        {
            "layers.0.config.units": 8,
            "training.optimizer.config.momentum": 0.9,  # a settings dict may gain a key...
            "training.optimizer.class_name": "SGD",  # ...checked against the changed project
            "insert_layer": {"at": 1, "layer": {"class_name": "Dropout", "config": {"rate": 0.2}}},
            "remove_layer": {"at": 3},
        },
    )
    assert project.to_dict() == before
    assert [(layer.class_name, layer.config) for layer in changed.layers] == [
        ("Dense", {"units": 8, "activation": "relu"}),
        ("Dropout", {"rate": 0.2}),
        ("Dense", {"units": 64, "activation": "relu"}),
    ]
    assert changed.training.optimizer.class_name == "SGD"
    assert changed.training.optimizer.config == {"learning_rate": 0.01, "momentum": 0.9}


def test_a_project_made_by_a_step_shares_nothing_with_the_step():
    lesson = load_lesson("deep-network")
    step = lesson.steps[0]
    changed = apply_change(lesson.project, step.change)
    changed.layers[0].config["units"] = 7  # the student edits the applied network...
    assert step.change == {"layers": [{"class_name": "Dense", "config": {"units": 1}}]}  # ...not the lesson


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"layers.5.config.units": 8}, r"layers has 3 items, numbered from 0 to 2; '5' is not one of them"),
        ({"training.optimiser.config.learning_rate": 0.1}, r"training has no 'optimiser'; did you mean 'optimizer'"),
        ({"data.sorce": "builtin:xor"}, r"data has no 'sorce'; did you mean 'source'"),
        ({"training.early_stopping.patience": 5}, r"training.early_stopping is off \(null\); set it as a whole"),
        ({"layers.0.config.units": 0}, r"invalid: layer 1 \(Dense\): Dense units must be at least 1 .*; got 0"),
        ({"layers.0.config.unit": 8}, r"Dense has no setting 'unit'; did you mean 'units'"),
        ({"remove_layer": {"at": 3}}, r"cannot remove a layer at position 4: the network has 3 layers \(positions 1 to 3\)"),
        ({"insert_layer": {"at": 0, "layer": "Dense"}}, r"insert_layer: \"layer\" must be an object"),
        ({}, r"a change must be a non-empty object"),
    ],
)
def test_apply_change_explains_what_cannot_be_changed(change, message):
    with pytest.raises(SpecError, match=message):
        apply_change(load_lesson("deep-network").project, change)


# ---------------------------------------------------------------------------------------------
# Each lesson trains and shows its point


def test_linear_unit_learns_the_least_squares_line():
    trained = run(load_lesson("linear-unit").project)
    (kernel, bias) = trained.model.layers[0].get_weights()
    x, y = trained.data.x_train.astype(np.float64), trained.data.y_train.astype(np.float64).ravel()
    (w_best, b_best), *_ = np.linalg.lstsq(np.column_stack([x, np.ones(len(x))]), y, rcond=None)
    assert kernel.shape == (1, 1) and bias.shape == (1,)  # one neuron: one weight and one bias
    assert kernel[0, 0] == pytest.approx(w_best, rel=0.005)
    assert bias[0] == pytest.approx(b_best, rel=0.005)
    assert w_best == pytest.approx(49, abs=1) and b_best == pytest.approx(152, abs=1)  # as the notes say
    assert not has_boundary(trained.data)  # one input and a number: no decision boundary to draw


def test_deep_network_follows_the_sine_where_the_linear_unit_cannot():
    lesson = load_lesson("deep-network")
    deep = run(lesson.project)
    line = run(variant(lesson, {"layers": [{"class_name": "Dense", "config": {"units": 1}}]}))
    assert final(deep, "val_loss") < 0.03  # near the data's own noise (0.1² = 0.01)
    assert final(line, "val_loss") > 0.4  # a flat line through the wave: sin² averages 0.5
    assert final(deep, "val_loss") < final(line, "val_loss") / 10


def test_sgd_with_a_ten_times_smaller_learning_rate_falls_much_more_slowly():
    lesson = load_lesson("sgd")
    assert lesson.project.training.optimizer.class_name == "SGD"
    fast = run(lesson.project)
    slow = run(variant(lesson, {"training.optimizer.config.learning_rate": 0.01}))
    fast_loss, slow_loss = np.array(fast.result.history["loss"]), np.array(slow.result.history["loss"])
    assert np.all(slow_loss[2:] > fast_loss[2:])  # behind at every epoch once the first steps are taken
    assert slow_loss[-1] > 2 * fast_loss[-1]
    assert slow_loss[-1] < slow_loss[0]  # still learning, only slowly


def test_overfitting_validation_loss_turns_up_and_early_stopping_restores_the_best_weights():
    lesson = load_lesson("overfitting")
    epochs = lesson.project.training.epochs
    overfit = run(lesson.project)
    loss, val_loss = overfit.result.history["loss"], overfit.result.history["val_loss"]
    best = int(np.argmin(val_loss))
    assert best < epochs / 2  # the validation loss bottoms out early...
    assert val_loss[-1] > 1.2 * val_loss[best]  # ...then turns up clearly
    assert loss[-1] < 0.8 * loss[best]  # while the training loss keeps falling

    stopping = {"monitor": "val_loss", "min_delta": 0, "patience": 5, "restore_best_weights": True}
    stopped = run(variant(lesson, {"training.early_stopping": stopping}))
    result = stopped.result
    assert result.stopped_early and result.restored_best
    assert result.best_epoch == best + 1 and result.epochs_run == best + 1 + 5 < epochs
    restored_val_loss = stopped.model.evaluate(stopped.data.x_val, stopped.data.y_val, verbose=0)[0]
    assert restored_val_loss == pytest.approx(val_loss[best], rel=1e-3)


def _gap(trained: TrainedModel, last: int = 5) -> float:
    history = trained.result.history
    return float(np.mean(np.subtract(history["val_loss"][-last:], history["loss"][-last:])))


def test_dropout_clearly_lowers_the_validation_loss_and_batch_normalization_rescues_unscaled_data():
    lesson = load_lesson("dropout-batchnorm")
    assert lesson.project.data.scaling == "none"
    both = run(lesson.project)
    no_dropout = run(variant(lesson, {"layers.2.config.rate": 0.0, "layers.4.config.rate": 0.0}))
    no_batchnorm = run(variant(lesson, {"remove_layer": {"at": 0}}))
    scaled = run(variant(lesson, {"remove_layer": {"at": 0}, "data.scaling": "standard"}))
    # Dropout clearly helps: a validation loss at least 10% lower (the notes say about 40%).
    assert final(both, "val_loss") < 0.9 * final(no_dropout, "val_loss")
    # The numbers the notes give, with room for another TensorFlow's rounding:
    val_loss = both.result.history["val_loss"]
    assert final(both, "val_loss") == pytest.approx(0.75, abs=0.08)  # "ends near 0.75"
    assert final(both, "accuracy") == pytest.approx(0.95, abs=0.03)  # "about 95%"
    assert final(both, "val_accuracy") == pytest.approx(0.77, abs=0.05)  # "near 77%"
    assert 3 <= int(np.argmin(val_loss)) + 1 <= 8 and min(val_loss) == pytest.approx(0.53, abs=0.05)  # "epoch 5, 0.53"
    assert final(no_dropout, "accuracy") > 0.98 and final(no_dropout, "loss") < 0.04  # "99%, near 0.02"
    assert final(no_dropout, "val_loss") == pytest.approx(1.2, abs=0.2)  # "about 1.2"
    assert final(no_dropout, "val_loss") > 1.4 * final(both, "val_loss")  # "60% higher"
    assert final(no_dropout, "val_accuracy") == pytest.approx(0.72, abs=0.05)  # "about 72%"
    assert no_batchnorm.result.history["loss"][0] == pytest.approx(90, rel=0.3)  # "jumps to about 90"
    assert final(no_batchnorm, "loss") == pytest.approx(5.5, rel=0.5)  # "still near 5.5"
    assert final(no_batchnorm, "val_accuracy") < 0.6  # "below 60%"
    assert final(scaled, "val_loss") == pytest.approx(0.8, abs=0.1)  # "near 0.8": the scaler's job


def test_binary_classifier_reaches_high_accuracy_and_its_boundary_encloses_the_inner_ring():
    lesson = load_lesson("binary-classification")
    trained = run(lesson.project)
    assert final(trained, "val_accuracy") >= 0.85
    assert trained.result.history["val_loss"][-1] < trained.result.history["val_loss"][0] / 5

    assert has_boundary(trained.data)
    grid = boundary_grid(trained.data.x_train, resolution=60)
    assert grid.points.shape == (3600, 2) and grid.shape == (60, 60)
    assert grid.xs[0] < trained.data.x_train[:, 0].min() and grid.ys[-1] > trained.data.x_train[:, 1].max()
    probabilities = boundary_probabilities(trained.model, grid)
    assert probabilities.shape == (60, 60) and np.all((probabilities >= 0) & (probabilities <= 1))
    centre = probabilities[30, 30]
    corners = probabilities[[0, 0, -1, -1], [0, -1, 0, -1]]
    assert centre > 0.9 and np.all(corners < 0.1)  # the inner ring is class 1, the outer ring class 0

    inner = (np.hypot(grid.points[:, 0], grid.points[:, 1]) < 0.5).reshape(grid.shape)
    assert np.all(probabilities[inner] > 0.5)  # all around the centre, not just at one point


def test_a_boundary_needs_two_inputs():
    with pytest.raises(NNBuilderError, match="needs exactly 2 inputs; this data has 3"):
        boundary_grid(np.zeros((10, 3), dtype=np.float32))


def test_a_two_unit_softmax_draws_its_second_unit_as_class_1():
    grid = boundary_grid(np.array([[0.0, 0.0], [1.0, 2.0]], dtype=np.float32), resolution=3)

    def softmax_of_x(points, training):  # stands in for a model: class 1 more likely to the right
        assert training is False
        right = 1 / (1 + np.exp(-points[:, 0]))
        return np.column_stack([1 - right, right])

    probabilities = boundary_probabilities(softmax_of_x, grid)
    assert probabilities.shape == (3, 3)
    np.testing.assert_allclose(probabilities[0], 1 / (1 + np.exp(-grid.xs)))
    assert np.all(probabilities[:, 0] == probabilities[0, 0])  # depends on x only


# The "try this" steps that look inside one step say what the tools show


def test_lesson_1_step_trace_and_landscape_show_the_numbers_its_notes_give():
    from nnbuilder.engine.data import load_source
    from nnbuilder.engine.landscape import landscape
    from nnbuilder.engine.one_step import first_batch, take_step
    from nnbuilder.engine.trace import trace_table_row

    project = load_lesson("linear-unit").project
    data = prepare_project(project, None)
    seed_everything(project.training.seed)
    model = build_project_model(project, data.input_width)
    step = take_step(model, *first_batch(data, project))
    assert len(step.x) == 309
    assert step.loss_before == pytest.approx(29_422, rel=1e-3) and step.loss_after == pytest.approx(20_231, rel=1e-3)
    kernel, bias = step.tensors
    assert bias.gradient[0] == pytest.approx(-304, abs=1) and bias.update[0] == pytest.approx(30.4, abs=0.1)

    trained = run(project)
    trace = trace_table_row(trained.model, trained.data, load_source(project.data, None).frame, 12)
    (x,) = trace.input
    assert x == pytest.approx(-0.57, abs=0.005) and trace.target == 179
    assert trace.prediction == pytest.approx(124, abs=0.5)

    sgd, adam = landscape(project, None).paths
    assert len(sgd.points) == 41 and sgd.losses[-1] == pytest.approx(3_893, rel=0.01)
    assert adam.losses[-1] == pytest.approx(27_852, rel=0.01)


def test_lesson_2_trace_shows_neurons_at_zero_and_adams_first_steps_are_the_learning_rate():
    from nnbuilder.engine.data import load_source
    from nnbuilder.engine.one_step import first_batch, take_step
    from nnbuilder.engine.trace import trace_table_row

    project = load_lesson("deep-network").project
    trained = run(project)
    trace = trace_table_row(trained.model, trained.data, load_source(project.data, None).frame, 12)
    first, second = (int((layer.output == 0).sum()) for layer in trace.layers[:2])
    assert 22 <= first <= 38 and 32 <= second <= 48  # "about 30" and "about 40" of 64

    data = prepare_project(project, None)
    seed_everything(project.training.seed)
    model = build_project_model(project, data.input_width)
    step = take_step(model, *first_batch(data, project))
    moved = np.concatenate([np.abs(t.update[t.gradient != 0]).ravel() for t in step.tensors])
    assert moved.max() == pytest.approx(0.01, rel=0.01) and np.median(moved) > 0.009  # ≈ lr, whatever the gradient
    gradients = np.concatenate([np.abs(t.gradient[t.gradient != 0]).ravel() for t in step.tensors])
    assert gradients.max() > 20 * np.median(gradients)  # gradients of very different sizes, the same step
    batches = iter(shuffled_batches(data.x_train, data.y_train, project.training.batch_size, project.training.seed))
    next(batches)  # the first step's batch
    for x, y in itertools.islice(batches, 9):  # Step ×10: "the moves shrink where the gradients disagree"
        step = take_step(model, np.array(x), np.array(y))
    moved = np.concatenate([np.abs(t.update[t.gradient != 0]).ravel() for t in step.tensors])
    assert np.median(moved) < 0.005


def test_lesson_3_race_and_finder_say_what_its_notes_give():
    from nnbuilder.engine.lr_find import find_learning_rate
    from nnbuilder.engine.race import race_projects, run_race, verdicts

    project = load_lesson("sgd").project
    values = [0.0001, 0.02, 0.3, 5.0]
    said = verdicts(run_race(race_projects(project, "learning_rate", values), values, "learning_rate", None))
    assert said[0].startswith("0.0001 hardly learned") and said[3] == "5 diverged at epoch 1: the loss became NaN"
    assert said[2].startswith("0.3 won: the lowest validation loss, 0.07")
    data = prepare_project(project, None)
    seed_everything(project.training.seed)
    assert find_learning_rate(build_project_model(project, data.input_width), data, project).suggestion == 0.02

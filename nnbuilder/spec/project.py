"""The project: data source, layer stack and training settings, as plain serialisable data.

The field names are the project file's contract (see README "Project file"): they are Keras's
own class and argument names wherever Keras has one, so a project reads like the code it stands for.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from .assignment import AssignmentSpec

FORMAT = "nnbuilder/project"
VERSION = 3  # the newest file version this nnbuilder reads
# Version 2 added "lesson"; version 3 added "assignment", "notes", "questions" and "answers". A file
# is written with the lowest version that holds it, so a plain project still opens in an older nnbuilder.
LESSON_VERSION = 2
CLASSROOM_VERSION = 3

SCALINGS = ("standard", "minmax", "none")
MISSING_POLICIES = ("drop", "impute")
BUILTIN_PREFIX = "builtin:"
# The data sets nnbuilder.engine.datasets makes or loads offline, by their ``builtin:NAME`` name.
BUILTIN_DATASET_NAMES = (
    "circles", "xor", "spiral", "gaussians", "sine", "noisy-measurements", "diabetes", "breast-cancer", "wine", "iris",
)


@dataclass
class DataSpec:
    """Where the table comes from and how it becomes network inputs."""

    source: str = ""
    target: str | None = None
    features: list[str] | None = None  # None: every column but the target
    validation_split: float = 0.3
    split_seed: int = 0
    scaling: str = "standard"
    missing: str = "drop"  # rows with missing feature values: drop them or impute
    stratify: bool = True  # classification splits keep each class's share in both parts
    samples: int | None = None  # generated built-in sets only: how many points (None: the set's default)
    noise: float | None = None  # generated built-in sets only: how much scatter (None: the set's default)

    @property
    def is_builtin(self) -> bool:
        return self.source.startswith(BUILTIN_PREFIX)


@dataclass
class LayerSpec:
    """One layer: its Keras class name and the Keras arguments the user set (others: defaults)."""

    class_name: str
    config: dict[str, Any] = field(default_factory=dict)


@dataclass
class OptimizerSpec:
    class_name: str = "Adam"
    config: dict[str, Any] = field(default_factory=lambda: {"learning_rate": 0.001})


@dataclass
class EarlyStoppingSpec:
    monitor: str = "val_loss"
    min_delta: float = 0.0
    patience: int = 5
    restore_best_weights: bool = True


@dataclass
class TrainingSpec:
    optimizer: OptimizerSpec = field(default_factory=OptimizerSpec)
    loss: str = "mse"
    metrics: list[str] = field(default_factory=list)
    batch_size: int = 32
    epochs: int = 10
    seed: int = 0
    early_stopping: EarlyStoppingSpec | None = None


@dataclass
class Project:
    title: str = "Untitled"
    data: DataSpec = field(default_factory=DataSpec)
    layers: list[LayerSpec] = field(default_factory=list)
    training: TrainingSpec = field(default_factory=TrainingSpec)
    lesson: str | None = None  # the built-in lesson it started from: its notes and steps open with it
    assignment: AssignmentSpec | None = None  # a teacher's task: instructions, goal, limits, locks
    notes: str | None = None  # the teacher's own lesson notes, in the built-in lessons' Markdown
    questions: list[str] = field(default_factory=list)  # asked in the lesson dock
    answers: list[str] = field(default_factory=list)  # the student's, one per question

    @property
    def has_classroom_sections(self) -> bool:
        return self.assignment is not None or self.notes is not None or bool(self.questions) or bool(self.answers)

    def copy(self) -> Project:
        return copy.deepcopy(self)

    def to_dict(self) -> dict[str, Any]:
        """The project file's JSON object, keys in the documented order."""
        training = self.training
        stopping = training.early_stopping
        lesson = {} if self.lesson is None else {"lesson": self.lesson}
        classroom: dict[str, Any] = {}
        if self.assignment is not None:
            classroom["assignment"] = self.assignment.to_dict()
        if self.notes is not None:
            classroom["notes"] = self.notes
        if self.questions or self.answers:
            classroom["questions"] = list(self.questions)
            classroom["answers"] = list(self.answers)
        version = CLASSROOM_VERSION if classroom else 1 if self.lesson is None else LESSON_VERSION
        return {
            "format": FORMAT,
            "version": version,
            "title": self.title,
            **lesson,
            **classroom,
            "data": {
                "source": self.data.source,
                "target": self.data.target,
                "features": None if self.data.features is None else list(self.data.features),
                "validation_split": self.data.validation_split,
                "split_seed": self.data.split_seed,
                "scaling": self.data.scaling,
                "missing": self.data.missing,
                "stratify": self.data.stratify,
                "samples": self.data.samples,
                "noise": self.data.noise,
            },
            "layers": [
                {"class_name": layer.class_name, "config": copy.deepcopy(layer.config)}
                for layer in self.layers
            ],
            "training": {
                "optimizer": {
                    "class_name": training.optimizer.class_name,
                    "config": copy.deepcopy(training.optimizer.config),
                },
                "loss": training.loss,
                "metrics": list(training.metrics),
                "batch_size": training.batch_size,
                "epochs": training.epochs,
                "seed": training.seed,
                "early_stopping": None
                if stopping is None
                else {
                    "monitor": stopping.monitor,
                    "min_delta": stopping.min_delta,
                    "patience": stopping.patience,
                    "restore_best_weights": stopping.restore_best_weights,
                },
            },
        }

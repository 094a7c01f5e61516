"""The project description: pure data, validation and the project file. No Qt, no TensorFlow."""

from .catalogue import CATALOGUE, LOSSES, OPTIMIZERS, LayerKind, Param
from .errors import DataError, NNBuilderError, SpecError, TrainingError
from .io import check_project, dumps_project, load_project, loads_project, project_from_dict, save_project
from .project import (
    BUILTIN_DATASET_NAMES,
    BUILTIN_PREFIX,
    DataSpec,
    EarlyStoppingSpec,
    LayerSpec,
    OptimizerSpec,
    Project,
    TrainingSpec,
)
from .shapes import LayerShape, layer_shape, stack_shapes, total_params
from .validate import validate

__all__ = [
    "BUILTIN_DATASET_NAMES", "BUILTIN_PREFIX", "CATALOGUE", "LOSSES", "OPTIMIZERS",
    "DataError", "DataSpec", "EarlyStoppingSpec", "LayerKind", "LayerShape", "LayerSpec",
    "NNBuilderError", "OptimizerSpec", "Param", "Project", "SpecError", "TrainingError",
    "TrainingSpec", "check_project", "dumps_project", "layer_shape", "load_project",
    "loads_project", "project_from_dict", "save_project", "stack_shapes", "total_params", "validate",
]  # fmt: skip
